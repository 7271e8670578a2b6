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
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import OutputError
from kg.files import write_text
from kg.ids import sentence_id
from kg.model import OPEN_RELATION, Entity, Extraction, Failure, Triple
from kg.names import distinct_aliases, written_name

FORMAT_VERSION = 3  # 3: schema v2 relations, name_lang, open facts keyed by lemma


def build_graph(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    builder = GraphBuilder()
    for ex in extractions:
        failure = builder.add(ex)
        if failure:
            raise ValueError(failure.line())
    return builder.graph()


class GraphBuilder:
    """Adds one article's extraction at a time; an article whose data is malformed is
    refused whole (a :class:`Failure`) and leaves the graph as it was."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}
        self.edges: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.lexical = _Lexical()
        self.type_votes: dict[str, Counter[str]] = {}  # entity id -> the types its mentions had
        self.named: set[str] = set()  # entity ids written as a name at least once (not only as a noun phrase)

    def add(self, ex: Extraction) -> Failure | None:
        try:
            _check(ex)
        except (TypeError, ValueError, AttributeError, KeyError, IndexError) as exc:
            return Failure(ex.article.id, "build", f"{type(exc).__name__}: {exc}")
        self.lexical.add(ex)
        for m in ex.mentions:
            self.type_votes.setdefault(m.entity_id, Counter())[m.type] += 1
            if m.kind == "name":
                self.named.add(m.entity_id)
        lang = ex.article.lang or "und"
        for entity in ex.entities:
            _add_node(self.nodes, entity, lang)
        for triple in ex.triples:
            _add_node(self.nodes, triple.subject, lang)
            _add_node(self.nodes, triple.object, lang)
            _add_edge(self.edges, triple)
        return None

    def graph(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph(format=FORMAT_VERSION, **self.lexical.attributes())
        for node_id in sorted(self.nodes):
            graph.add_node(node_id, **_finish_node(self.nodes[node_id], self.type_votes.get(node_id)))
        for u, v, key in sorted(self.edges):
            graph.add_edge(u, v, key=key, **_finish_edge(self.edges[(u, v, key)]))
        return graph


def _check(ex: Extraction) -> None:
    """What the builder relies on, checked before anything is added."""
    if not isinstance(ex.article.id, str) or not ex.article.id:
        raise ValueError("the article has no id")
    if ex.mentions and not ex.sentences:
        raise ValueError("mentions without sentences")
    for m in ex.mentions:
        if not (isinstance(m.start, int) and isinstance(m.end, int) and m.entity_id):
            raise ValueError(f"malformed mention {m!r}")
    for t in ex.triples:
        if not (t.subject.id and t.object.id and t.predicate):
            raise ValueError(f"malformed triple {t!r}")
        float(t.provenance.confidence)


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


def _add_node(nodes: dict[str, dict[str, Any]], entity: Entity, lang: str) -> None:
    """Whatever order articles come in, a node ends with the same attributes: its name is
    the form most articles give (then the first in sort order), its type is decided by
    votes (:meth:`GraphBuilder.graph`), its aliases are the union."""
    node = nodes.setdefault(entity.id, {"names": Counter(), "types": Counter(), "aliases": set(), "wikidata": ""})
    node["names"][(entity.name, entity.name_lang or lang)] += 1
    node["types"][entity.type] += 1
    node["aliases"] |= set(entity.aliases)
    node["wikidata"] = min(filter(None, (node["wikidata"], entity.wikidata)), default="")


def voted_type(votes: Counter) -> str:
    """The type most mentions give; MISC only when nothing else is said."""
    typed = {t: c for t, c in votes.items() if t != "MISC"}
    return min(typed, key=lambda t: (-typed[t], t)) if typed else "MISC"


def _finish_node(node: dict[str, Any], votes: Counter | None) -> dict[str, Any]:
    name, lang = written_name(node["names"])
    etype = voted_type(votes if votes and any(t != "MISC" for t in votes) else node["types"])
    return {
        "name": name,
        "name_lang": lang,
        "type": etype,
        "aliases": list(distinct_aliases(name, tuple(sorted(node["aliases"])))),
        "wikidata": node["wikidata"],
    }


def _add_edge(edges: dict[tuple[str, str, str], dict[str, Any]], triple: Triple) -> None:
    key = (triple.subject.id, triple.object.id, triple.edge_key)
    edge = edges.setdefault(
        key, {"predicate": triple.predicate, "lemma": triple.predicate_lemma, "predicate_texts": set(), "evidence": {}}
    )
    edge["predicate_texts"].add(triple.predicate_text)
    prov = triple.provenance
    item = prov.to_json() | {"predicate_text": triple.predicate_text, "properties": dict(triple.properties)}
    old = edge["evidence"].get((prov.article, prov.sentence_index))
    if old is None or item["confidence"] > old["confidence"]:
        edge["evidence"][(prov.article, prov.sentence_index)] = item


def _finish_edge(edge: dict[str, Any]) -> dict[str, Any]:
    evidence = [edge["evidence"][k] for k in sorted(edge["evidence"])]
    lemma = {"predicate_lemma": edge["lemma"]} if edge["predicate"] == OPEN_RELATION else {}
    return {
        "predicate": edge["predicate"],
        **lemma,
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
    """A graph file back as a graph; a file of another shape or format version raises ValueError."""
    data = json.loads(text)
    check_shape(data)
    if data["graph"]["format"] == 2:
        _upgrade_2(data)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


RENAMED_IN_3 = {"DENIES": "REJECTS", "MINISTER_OF": "OFFICIAL_OF"}  # schema v1 -> v2


def _upgrade_2(data: dict) -> None:
    """Format 2 (schema v1) as format 3: two relations renamed, names in the article's language."""
    for edge in data["edges"]:
        edge["key"] = RENAMED_IN_3.get(edge["key"], edge["key"])
        edge["predicate"] = RENAMED_IN_3.get(edge.get("predicate", ""), edge.get("predicate", edge["key"]))
    for node in data["nodes"]:
        node.setdefault("name_lang", "id")
    data["graph"]["format"] = FORMAT_VERSION


READABLE = (2, FORMAT_VERSION)  # format versions this kg reads


def check_shape(data: Any) -> None:
    """What every reader relies on: the format version, and nodes and edges of the right shape."""
    if not isinstance(data, dict) or not isinstance(data.get("graph"), dict):
        raise ValueError("not a node-link graph")
    version = data["graph"].get("format")
    if version not in READABLE:
        newer = isinstance(version, int) and version > FORMAT_VERSION
        raise ValueError(f"format {version!r}, {'newer than' if newer else 'not one of'} the versions this kg reads")
    nodes, edges = data.get("nodes"), data.get("edges")
    if not isinstance(nodes, list) or not isinstance(edges, list):
        raise ValueError("no nodes or edges list")
    for node in nodes:
        if not isinstance(node, dict) or not {"id", "name", "type"} <= set(node):
            raise ValueError(f"a node without id, name and type: {str(node)[:80]}")
    for edge in edges:
        if not isinstance(edge, dict) or not {"source", "target", "key"} <= set(edge):
            raise ValueError(f"an edge without source, target and key: {str(edge)[:80]}")
        if not isinstance(edge.get("evidence"), list):
            raise ValueError(f"an edge without evidence: {str(edge)[:80]}")


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """A graph file, or the graph.json of a build folder's current generation."""
    path = Path(path)
    if path.is_dir():
        from kg import outdir

        with outdir.reading(path) as folder:
            return read_json(folder / "graph.json")
    try:
        return parse_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise OutputError(f"no graph at {path}", "run `kg build PATH --out DIR` first") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise OutputError(f"cannot read {path}: {exc}", "check the file") from exc
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        detail = " ".join(str(exc).split())[:160]
        raise OutputError(f"{path} is not a kg graph file ({detail})", "rebuild it with `kg build`") from exc
