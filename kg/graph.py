"""Triples <-> a networkx MultiDiGraph, and its node-link JSON file.

Nodes are entities (name, type, aliases, wikidata); edges are keyed by the
canonical predicate and carry every piece of evidence. The same fact stated
twice is one edge with two pieces of evidence.

Graph attributes: ``articles`` (id -> metadata and text), ``sentences`` (sentence id ->
article, index, start, end, text: every sentence with a mention) and
``mentions`` ([sentence id, entity id, start, end, role], offsets in the article; role
"place" or "actor" for a country or city, else ""):
the lexical graph behind the facts.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import OutputError
from kg.files import write_text
from kg.ids import sentence_id
from kg.model import Entity, Extraction, Triple

FORMAT_VERSION = 2


def build_graph(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    lexical = _Lexical()
    for ex in extractions:
        lexical.add(ex)
        for entity in ex.entities:
            _add_node(nodes, entity)
        for triple in ex.triples:
            _add_node(nodes, triple.subject)
            _add_node(nodes, triple.object)
            _add_edge(edges, triple)
    graph = nx.MultiDiGraph(format=FORMAT_VERSION, **lexical.attributes())
    for node_id in sorted(nodes):
        graph.add_node(node_id, **nodes[node_id])
    for u, v, key in sorted(edges):
        graph.add_edge(u, v, key=key, **_finish_edge(edges[(u, v, key)]))
    return graph


class _Lexical:
    """Articles, sentences with mentions, and mentions (the provenance side)."""

    def __init__(self) -> None:
        self.articles: dict[str, dict[str, str]] = {}
        self.sentences: dict[str, dict[str, Any]] = {}
        self.mentions: list[list[Any]] = []

    def add(self, ex: Extraction) -> None:
        self.articles[ex.article.id] = ex.article.metadata() | {"text": ex.article.text}
        starts = [s.start for s in ex.sentences]
        for m in ex.mentions:
            sent = ex.sentences[max(bisect_right(starts, m.start) - 1, 0)]
            sid = sentence_id(sent.article, sent.index)
            self.sentences.setdefault(
                sid,
                {"article": sent.article, "index": sent.index, "start": sent.start, "end": sent.end, "text": sent.text},
            )
            self.mentions.append([sid, m.entity_id, m.start, m.end, m.role])

    def attributes(self) -> dict[str, Any]:
        return {
            "articles": dict(sorted(self.articles.items())),
            "sentences": dict(sorted(self.sentences.items())),
            "mentions": sorted(self.mentions),
        }


def _add_node(nodes: dict[str, dict[str, Any]], entity: Entity) -> None:
    node = nodes.setdefault(entity.id, {"name": entity.name, "type": entity.type, "aliases": [], "wikidata": ""})
    node["aliases"] = sorted(set(node["aliases"]) | set(entity.aliases))
    if node["type"] == "MISC":
        node["type"] = entity.type
    node["wikidata"] = node["wikidata"] or entity.wikidata


def _add_edge(edges: dict[tuple[str, str, str], dict[str, Any]], triple: Triple) -> None:
    key = (triple.subject.id, triple.object.id, triple.predicate)
    edge = edges.setdefault(key, {"predicate": triple.predicate, "predicate_texts": set(), "evidence": {}})
    edge["predicate_texts"].add(triple.predicate_text)
    prov = triple.provenance
    item = prov.to_json() | {"predicate_text": triple.predicate_text, "properties": dict(triple.properties)}
    old = edge["evidence"].get((prov.article, prov.sentence_index))
    if old is None or item["confidence"] > old["confidence"]:
        edge["evidence"][(prov.article, prov.sentence_index)] = item


def _finish_edge(edge: dict[str, Any]) -> dict[str, Any]:
    evidence = [edge["evidence"][k] for k in sorted(edge["evidence"])]
    return {
        "predicate": edge["predicate"],
        "predicate_texts": sorted(edge["predicate_texts"]),
        "confidence": max(e["confidence"] for e in evidence),
        "dates": sorted({e["properties"]["date"] for e in evidence if e["properties"].get("date")}),
        "evidence": evidence,
    }


def generate_json(graph: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(graph, edges="edges")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def write_json(graph: nx.MultiDiGraph, path: str | Path) -> None:
    write_text(path, generate_json(graph))


def parse_json(text: str) -> nx.MultiDiGraph:
    data = json.loads(text)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def read_json(path: str | Path) -> nx.MultiDiGraph:
    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    try:
        return parse_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise OutputError(f"no graph at {path}", "run `kg build PATH --out DIR` first") from exc
    except (ValueError, KeyError) as exc:
        raise OutputError(f"{path} is not a kg graph file ({exc})", "rebuild it with `kg build`") from exc
