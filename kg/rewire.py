"""Rebuild a graph after resolution: one node per group, edges and mentions moved to it,
junk gone, redirects recorded. Used by :func:`kg.resolve.resolve`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.aliases import Curated
from kg.graph import voted_type
from kg.ids import entity_id
from kg.names import NamePolicy, fold, is_acronym, is_junk, untitled


@dataclass(frozen=True)
class Plan:
    nodes: dict[str, dict]  # the nodes that are kept, aliases already checked
    members: dict[str, list[str]]  # group -> node ids
    junk: set[str]
    dropped: dict[str, set[str]]  # node id -> folded aliases it lost
    votes: dict[str, Counter]  # node id -> mention types
    known: set[str]


def rewire(graph: nx.MultiDiGraph, plan: Plan, curated: Curated, policy: NamePolicy) -> nx.MultiDiGraph:
    types = {fold(name, policy): etype for name, etype in curated.types}
    canonical = policy.canonical()
    heads: dict[str, str] = {}
    out = nx.MultiDiGraph(**{k: v for k, v in graph.graph.items() if k not in ("mentions", "redirects")})
    for ids in plan.members.values():
        head, data = _merge(ids, plan, types, policy)
        head, data = _named(head, data, canonical, plan, policy, set(ids))
        out.add_node(head, **data)
        heads.update({i: head for i in ids})
    by_name = {fold(a, policy): n for n, d in out.nodes(data=True) for a in d["aliases"]}
    by_name |= {fold(d["name"], policy): n for n, d in out.nodes(data=True)}
    by_name |= {
        fold(form, policy): by_name[fold(name, policy)]
        for form, name in canonical.items()
        if fold(name, policy) in by_name
    }
    out.graph["mentions"] = _mentions(graph, plan, heads, by_name, out, policy)
    for (u, v, key), data in sorted(_edges(graph, heads).items()):
        out.add_edge(u, v, key=key, **data)
    redirects = dict(graph.graph.get("redirects", {}))
    redirects.update({i: h for i, h in heads.items() if i != h})
    out.graph["redirects"] = {old: heads.get(new, new) for old, new in sorted(redirects.items())}
    return _sorted(out)


def _merge(ids: list[str], plan: Plan, types: dict[str, str], policy: NamePolicy) -> tuple[str, dict[str, Any]]:
    nodes = plan.nodes
    votes = sum((plan.votes.get(i) or Counter({nodes[i]["type"]: 1}) for i in ids), Counter())
    head = _head(ids, plan, policy)
    names = {nodes[i]["name"] for i in ids} | {a for i in ids for a in nodes[i]["aliases"]}
    data = dict(nodes[head])
    data["aliases"] = sorted(n for n in names if n != data["name"])
    data["type"] = types.get(fold(data["name"], policy)) or voted_type(votes)
    data["wikidata"] = next((nodes[i]["wikidata"] for i in ids if nodes[i].get("wikidata")), "")
    return head, data


def _named(
    head: str, data: dict, canonical: dict[str, str], plan: Plan, policy: NamePolicy, ids: set[str]
) -> tuple[str, dict]:
    """A group the gazetteer knows by another name takes that name and its id (the id the
    extractor gives it wherever the gazetteer matched), unless its id is already known or
    that id is another group's (kept apart on purpose)."""
    name = canonical.get(fold(data["name"], policy))
    if name is None or name == data["name"] or head in plan.known:
        return head, data
    if entity_id(name) in plan.nodes and entity_id(name) not in ids:
        return head, data
    aliases = sorted({*data["aliases"], data["name"]} - {name})
    return entity_id(name), data | {"name": name, "name_lang": "en", "aliases": aliases}


def _head(ids: list[str], plan: Plan, policy: NamePolicy) -> str:
    """The node whose id and name the group keeps: a known id first (stable across loads),
    then a gazetteer entity, then the full name (no acronym, two words or more) written
    most often, then the longest."""
    known = sorted(i for i in ids if i in plan.known)
    if known:
        return known[0]
    nodes = plan.nodes

    def rank(i: str) -> tuple:
        name = nodes[i]["name"]
        written = sum((plan.votes.get(i) or Counter()).values())
        gazetteer = (not nodes[i].get("wikidata"), nodes[i].get("name_lang") != "en")
        plain = (name != name.strip(",.;:-"), is_acronym(name), bool(untitled(name, policy)), "(" in name)
        return (*gazetteer, *plain, len(name.split()) < 2, -written, -len(name), i)

    return min(ids, key=rank)


def _mentions(
    graph: nx.MultiDiGraph, plan: Plan, heads: dict[str, str], by_name: dict, out: nx.MultiDiGraph, policy: NamePolicy
) -> list[list[Any]]:
    """Mentions moved to their group; one written with an alias its node lost goes to the
    node of that name (or a new node), a junk one goes."""
    sentences, articles = graph.graph.get("sentences", {}), graph.graph.get("articles", {})
    kept = []
    for sid, eid, start, end, *role in graph.graph.get("mentions", []):
        if eid in plan.junk or eid not in heads:
            continue
        target = heads[eid]
        if plan.dropped.get(eid):
            text = articles.get(sentences.get(sid, {}).get("article"), {}).get("text", "")[start:end]
            key = fold(text, policy)
            if key in plan.dropped[eid]:
                if is_junk(text, policy):
                    continue
                target = by_name.get(key) or _new_node(out, by_name, text, key)
        kept.append([sid, target, start, end, *role])
    return sorted(kept)


def _new_node(out: nx.MultiDiGraph, by_name: dict, text: str, key: str) -> str:
    node = entity_id(text)
    out.add_node(node, name=text, name_lang="", type="MISC", aliases=[], wikidata="")
    by_name[key] = node
    return node


def _edges(graph: nx.MultiDiGraph, heads: dict[str, str]) -> dict[tuple[str, str, str], dict]:
    edges: dict[tuple[str, str, str], dict] = {}
    for u, v, key, data in graph.edges(keys=True, data=True):
        if u not in heads or v not in heads or heads[u] == heads[v]:
            continue
        k = (heads[u], heads[v], key)
        edges[k] = _combine(edges[k], data) if k in edges else dict(data)
    return edges


def _combine(a: dict, b: dict) -> dict:
    evidence = {(e["article"], e["sentence_index"]): e for e in a["evidence"]}
    for e in b["evidence"]:
        old = evidence.get((e["article"], e["sentence_index"]))
        if old is None or e["confidence"] > old["confidence"]:
            evidence[(e["article"], e["sentence_index"])] = e
    out = dict(a)
    out["evidence"] = [evidence[k] for k in sorted(evidence)]
    out["predicate_texts"] = sorted(set(a["predicate_texts"]) | set(b["predicate_texts"]))
    out["confidence"] = max(e["confidence"] for e in out["evidence"])
    out["dates"] = sorted(set(a.get("dates", [])) | set(b.get("dates", [])))
    return out


def _sorted(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph(**graph.graph)
    for n in sorted(graph.nodes):
        out.add_node(n, **graph.nodes[n])
    for u, v, key in sorted(graph.edges(keys=True)):
        out.add_edge(u, v, key=key, **graph.edges[u, v, key])
    return out
