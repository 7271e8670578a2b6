"""The public Python API; the CLI (``kg.cli``) mirrors it one command per function."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import networkx as nx

from kg.evaluate import Score, entity_scores, triple_scores
from kg.evaluate import entity_report as _entity_report
from kg.graph import build_graph, read_json, write_json
from kg.io import read_articles
from kg.model import Extraction
from kg.pipeline import extract
from kg.rdf.export import FORMATS, write_rdf
from kg.rdf.namespace import DEFAULT_BASE
from kg.rdf.sparql import load_rdf, run_sparql
from kg.stores.base import DEFAULT_BATCH_SIZE, LoadReport, Progress, load_graph
from kg.viz.html import write_html

Rows = tuple[list[str], list[list[Any]]]


@dataclass(frozen=True)
class Neo4jTarget:
    """Where to load: a Neo4j server over Bolt (``neo4j+s://`` passes TLS to the driver)."""

    uri: str
    user: str = "neo4j"
    password: str | None = None  # None: from $NEO4J_PASSWORD
    database: str | None = None
    schema: bool = True


@dataclass(frozen=True)
class BuildReport:
    articles: int
    entities: int
    facts: int
    local: LoadReport
    neo4j: LoadReport | None
    files: tuple[str, ...]


def extract_paths(paths: Iterable[str], min_confidence: float = 0.0) -> Iterator[Extraction]:
    """``kg extract``: read articles and extract triples (those below ``min_confidence`` dropped)."""
    for ex in extract(read_articles(paths)):
        if min_confidence > 0:
            ex = replace(ex, triples=tuple(t for t in ex.triples if t.provenance.confidence >= min_confidence))
        yield ex


def build(
    paths: Iterable[str],
    out: str | Path,
    neo4j: Neo4jTarget | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    min_confidence: float = 0.0,
    progress: Progress | None = None,
) -> BuildReport:
    """``kg build``: graph files, the local Cypher store and, optionally, Neo4j."""
    graph = build_graph(extract_paths(paths, min_confidence))
    out = Path(out)
    files = write_outputs(graph, out)
    local = load_local(graph, out, batch_size)
    remote = load_neo4j(graph, neo4j, batch_size, progress) if neo4j else None
    return BuildReport(
        len(graph.graph["articles"]), graph.number_of_nodes(), graph.number_of_edges(), local, remote, files
    )


def write_outputs(graph: nx.MultiDiGraph, out: Path) -> tuple[str, ...]:
    files = (out / "graph.json", out / "graph.ttl", out / "graph.html")
    write_json(graph, files[0])
    write_rdf(graph, files[1], "ttl")
    write_html(graph, files[2])
    return tuple(str(f) for f in files)


def load_local(
    graph: nx.MultiDiGraph, out: str | Path, batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress | None = None
) -> LoadReport:
    """Fill the zero-setup FalkorDB store in ``out/store`` (replacing what was there)."""
    from kg.stores.falkordb import local_store

    with local_store(out, fresh=True) as store:
        return load_graph(store, graph, batch_size, progress=progress)


def load_neo4j(
    graph: nx.MultiDiGraph, target: Neo4jTarget, batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress | None = None
) -> LoadReport:
    from kg.stores.neo4j import Neo4jStore

    with Neo4jStore(target.uri, target.user, target.password, target.database) as store:
        return load_graph(store, graph, batch_size, schema=target.schema, progress=progress)


def load_falkordb(
    graph: nx.MultiDiGraph, url: str, batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress | None = None
) -> LoadReport:
    from kg.stores.falkordb import remote_store

    return load_graph(remote_store(url), graph, batch_size, progress=progress)


def load(
    out: str | Path,
    neo4j: Neo4jTarget | None = None,
    falkordb: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
) -> LoadReport:
    """``kg load``: load an already built graph without re-extracting."""
    graph = read_json(out)
    if neo4j:
        return load_neo4j(graph, neo4j, batch_size, progress)
    if falkordb:
        return load_falkordb(graph, falkordb, batch_size, progress)
    return load_local(graph, out, batch_size, progress)


def query_cypher(
    out: str | Path, statement: str, params: dict[str, Any] | None = None, neo4j: Neo4jTarget | None = None
) -> Rows:
    """``kg query --cypher``: on the local store of ``out``, or on Neo4j."""
    if neo4j:
        from kg.stores.neo4j import Neo4jStore

        with Neo4jStore(neo4j.uri, neo4j.user, neo4j.password, neo4j.database) as store:
            return store.query(statement, params)
    from kg.errors import OutputError
    from kg.stores.falkordb import DB_FILE, STORE_DIR, local_store

    if not (Path(out) / STORE_DIR / DB_FILE).exists():
        raise OutputError(f"no local store in {out}", "run `kg build PATH --out DIR` first")
    with local_store(out) as store:
        return store.query(statement, params)


def query_sparql(out: str | Path, query: str, params: dict[str, Any] | None = None) -> Rows:
    """``kg query --sparql``: SPARQL over ``out/graph.ttl``."""
    return run_sparql(load_rdf(out), query, params)


def export(out: str | Path, fmt: str, output: str | Path, base: str = DEFAULT_BASE) -> None:
    """``kg export``: the graph as RDF in any of :data:`kg.rdf.export.FORMATS`."""
    if fmt not in FORMATS:
        from kg.errors import InputError

        raise InputError(f"unknown RDF format {fmt!r}", f"use one of {', '.join(FORMATS)}")
    write_rdf(read_json(out), output, fmt, base)


def viz(
    out: str | Path,
    output: str | Path,
    fmt: str = "html",
    entity: str | None = None,
    hops: int = 1,
    article: str | None = None,
) -> None:
    """``kg viz``: the interactive HTML view of a built graph (or of a focused part of
    it), a static picture, or an export for Gephi, yEd and Cytoscape."""
    from kg.viz.exports import focus, write_export

    graph = focus(read_json(out), entity, hops, article)
    if fmt == "html":
        write_html(graph, output)
    else:
        write_export(graph, output, fmt)


def evaluate_entities(gold: str | Path, all_mentions: bool = False) -> dict[str, Score]:
    """``kg eval --entities``: micro P/R/F1 overall ("ALL") and per gold type; GPE
    mentions used as actors are scored only with ``all_mentions`` (see kg.evaluate)."""
    return entity_scores(gold, all_mentions)


def entity_report(gold: str | Path, all_mentions: bool = False) -> tuple[dict[str, Score], list[dict]]:
    """``kg eval --entities --show-errors``: the scores and the missed and wrong entities
    (one dict each: kind, id, text, type), from one extraction pass."""
    return _entity_report(gold, all_mentions)


def evaluate_triples(gold: str | Path, paths: Iterable[str]) -> tuple[Score, list[dict], list[dict]]:
    """``kg eval --triples``: the score, the missed gold facts and the wrong predictions."""
    return triple_scores(gold, paths)
