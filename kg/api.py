"""The public Python API; the CLI (``kg.cli``) mirrors it one command per function.

Heavy libraries (spaCy, rdflib, the store clients) are imported inside the functions
that need them, so ``import kg.api`` and ``kg --help`` stay fast.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.constants import DEFAULT_BASE, DEFAULT_BATCH_SIZE
from kg.errors import InputError
from kg.model import Extraction, Failure
from kg.progress import QUIET, Progress
from kg.targets import Neo4jTarget, load_falkordb, load_local, load_neo4j, load_neo4j_changes, read_previous_graph

if TYPE_CHECKING:
    import networkx as nx

    from kg.aliases import Curated
    from kg.evaluate import Score
    from kg.evaluate_facts import FactRecall, RelationReport
    from kg.inventory import EntityRow
    from kg.stores.base import LoadReport

Rows = tuple[list[str], list[list[Any]]]


@dataclass
class RunSummary:
    """What a run processed and what it skipped (one Failure per skipped article)."""

    articles: int = 0
    failures: list[Failure] = field(default_factory=list)

    def line(self, shown: int = 5) -> str:
        text = f"{self.articles:,} articles, {len(self.failures):,} skipped"
        if self.failures:
            listed = ", ".join(f.short() for f in self.failures[:shown])
            more = f", and {len(self.failures) - shown:,} more" if len(self.failures) > shown else ""
            text += f": {listed}{more}"
        return text


@dataclass(frozen=True)
class BuildReport:
    articles: int
    entities: int
    facts: int
    local: LoadReport | None
    neo4j: LoadReport | None
    files: tuple[str, ...]
    summary: RunSummary
    appending: Any = None  # kg.build.Appending with --append: new, unchanged, replaced articles


@dataclass(frozen=True)
class Workers:
    """Where extraction runs: ``jobs`` processes here, or the Dask cluster ``dask``
    ("local" starts a LocalCluster of ``jobs`` workers; "tcp://host:8786" joins one)."""

    jobs: int = 1
    dask: str | None = None

    def stream(self, articles, strict: bool):
        if self.jobs <= 1 and not self.dask:
            from kg.pipeline import extract

            return extract(articles, strict)
        from kg.parallel import extract_parallel

        return extract_parallel(articles, self.jobs, strict, self.dask)


ONE = Workers()


def extract_paths(
    paths: Iterable[str],
    min_confidence: float = 0.0,
    strict: bool = False,
    summary: RunSummary | None = None,
    progress: Progress = QUIET,
    workers: Workers = ONE,
) -> Iterator[Extraction]:
    """``kg extract``: read articles and extract triples (those below ``min_confidence``
    dropped). Articles that cannot be read or extracted are reported through ``progress``,
    counted in ``summary`` and skipped (``strict``: the first one raises)."""
    from kg.build import extractions

    summary = summary if summary is not None else RunSummary()
    for item in extractions(paths, workers, strict, summary, progress):
        if isinstance(item, Failure):
            summary.failures.append(item)
            progress.note(f"kg: skipped {item.line()}")
            continue
        summary.articles += 1
        item = item.at_least(min_confidence)
        yield item


def build_from(
    paths: Iterable[str],
    min_confidence: float = 0.0,
    strict: bool = False,
    summary: RunSummary | None = None,
    progress: Progress = QUIET,
    curated: Curated | None = None,
    workers: Workers = ONE,
) -> nx.MultiDiGraph:
    """The graph of ``paths`` (extraction, graph building, entity resolution; nothing written)."""
    from kg.build import build_graph

    summary = summary if summary is not None else RunSummary()
    return build_graph(paths, workers, summary, None, None, min_confidence, strict, progress, curated)


def build(
    paths: Iterable[str],
    out: str | Path,
    neo4j: Neo4jTarget | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    min_confidence: float = 0.0,
    strict: bool = False,
    progress: Progress = QUIET,
    local: bool = True,
    aliases: str | Path | None = None,
    workers: Workers = ONE,
    append: bool = False,
) -> BuildReport:
    """``kg build``: graph files, the local Cypher store and, optionally, Neo4j. The files
    and the store of ``out`` change together (a new generation, see :mod:`kg.outdir`).
    ``append``: extract only the articles not in the previous build of ``out`` (new, or
    changed: a changed article's old facts go) and build the graph of all of them."""
    from kg import cache, outdir
    from kg.build import Appending, build_graph

    summary = RunSummary()
    with outdir.writing(out) as gen:
        previous = outdir.previous(out) if append else None
        appending = Appending(previous, cache.hashes(previous)) if previous else None
        if append and previous is None:
            raise InputError(f"nothing to append to in {out}", "build it once without --append")
        curated = read_curated(aliases)
        graph = build_graph(paths, workers, summary, gen.path, appending, min_confidence, strict, progress, curated)
        write_outputs(graph, gen.path, progress)
        local_report = load_local(graph, gen.path, batch_size, progress) if local else None
        gen.publish(_manifest(graph, summary))
    if neo4j and appending is not None:
        remote = load_neo4j_changes(read_previous_graph(appending.folder), graph, neo4j, batch_size)
    else:
        remote = load_neo4j(graph, neo4j, batch_size, progress) if neo4j else None
    files = tuple(str(Path(out) / name) for name in OUTPUT_FILES)
    counts = (len(graph.graph["articles"]), graph.number_of_nodes(), graph.number_of_edges())
    return BuildReport(*counts, local_report, remote, files, summary, appending)


OUTPUT_FILES = ("graph.json", "graph.ttl", "graph.html")


def read_curated(path: str | Path | None) -> Curated | None:
    """The user's alias file (``--aliases FILE``, :mod:`kg.aliases`), if one is given."""
    from kg.aliases import read_aliases

    return read_aliases(path) if path else None


def entities(out: str | Path, with_facts_only: bool = False) -> list[EntityRow]:
    """``kg entities``: every entity of the graph in OUT with its aliases, type and mention
    and fact counts; entities with facts first (most facts first), then by mentions."""
    from kg.inventory import entity_rows

    return entity_rows(out, with_facts_only)


def _manifest(graph: nx.MultiDiGraph, summary: RunSummary) -> dict:
    from kg import __version__

    return {
        "kg": __version__,
        "articles": len(graph.graph.get("articles", {})),
        "entities": graph.number_of_nodes(),
        "facts": graph.number_of_edges(),
        "skipped": [f.article for f in summary.failures],
    }


def write_outputs(graph: nx.MultiDiGraph, folder: Path, progress: Progress = QUIET) -> None:
    from kg.graph import write_json
    from kg.rdf.export import write_rdf
    from kg.viz.html import write_html

    writers = (write_json, lambda g, p: write_rdf(g, p, "ttl"), write_html)
    for name, write in zip(OUTPUT_FILES, writers, strict=True):
        with progress.step(f"writing {name}"):
            write(graph, folder / name)


def load(
    out: str | Path,
    neo4j: Neo4jTarget | None = None,
    falkordb: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress = QUIET,
) -> LoadReport:
    """``kg load``: load an already built graph without re-extracting (the local store:
    a new generation of ``out`` with the same files and a freshly loaded store)."""
    from kg import outdir
    from kg.graph import read_json

    if neo4j or falkordb:
        graph = read_json(out)
        if neo4j:
            return load_neo4j(graph, neo4j, batch_size, progress)
        return load_falkordb(graph, falkordb or "", batch_size, progress)
    with outdir.writing(out) as gen, outdir.reading(out) as source:
        graph = read_json(source / "graph.json")
        _link_files(source, gen.path)
        report = load_local(graph, gen.path, batch_size, progress)
        gen.publish(_manifest(graph, RunSummary(len(graph.graph.get("articles", {})))))
    return report


def _link_files(source: Path, target: Path, store: bool = False) -> None:
    """The graph files of one generation in another (hard links where possible)."""
    import shutil

    from kg.stores.falkordb import DB_FILE, STORE_DIR

    names = [*OUTPUT_FILES, *([f"{STORE_DIR}/{DB_FILE}"] if store else [])]
    for name in names:
        src, dst = source / name, target / name
        if not src.exists():
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(DB_FILE):
            shutil.copyfile(src, dst)  # the server rewrites it: a copy, never a link
            continue
        try:
            os.link(src, dst)
        except OSError:
            shutil.copyfile(src, dst)


def query_cypher(
    out: str | Path,
    statement: str,
    params: dict[str, Any] | None = None,
    neo4j: Neo4jTarget | None = None,
    write: bool = False,
) -> Rows:
    """``kg query --cypher``: on the local store of ``out``, or on Neo4j. Read-only unless
    ``write`` (then the local store's change is saved as a new generation of ``out``)."""
    if neo4j:
        from kg.stores.neo4j import Neo4jStore

        with Neo4jStore(neo4j.uri, neo4j.user, neo4j.password, neo4j.database) as store:
            return store.query(statement, params, write=write)
    from kg import outdir
    from kg.stores.falkordb import local_store

    if not write:
        with outdir.reading(out) as gen:
            _need_store(gen, out)
            with local_store(gen, read_only=True) as store:
                return store.query(statement, params, write=False)
    with outdir.writing(out) as gen, outdir.reading(out) as source:
        _need_store(source, out)
        _link_files(source, gen.path, store=True)
        with local_store(gen.path) as store:
            rows = store.query(statement, params, write=True)
        gen.publish({"changed_by_query": statement[:200]})
    return rows


def _need_store(folder: Path, out: str | Path) -> None:
    from kg.errors import OutputError
    from kg.stores.falkordb import DB_FILE, STORE_DIR

    if not (folder / STORE_DIR / DB_FILE).exists():
        raise OutputError(f"no local store in {out}", "run `kg build PATH --out DIR` first")


def query_sparql(out: str | Path, query: str, params: dict[str, Any] | None = None) -> Rows:
    """``kg query --sparql``: SPARQL over ``out/graph.ttl``."""
    from kg.rdf.sparql import load_rdf, run_sparql

    return run_sparql(load_rdf(out), query, params)


def export(out: str | Path, fmt: str, output: str | Path, base: str = DEFAULT_BASE) -> None:
    """``kg export``: the graph as RDF in any of :data:`kg.rdf.export.FORMATS`."""
    from kg.graph import read_json
    from kg.rdf.export import FORMATS, write_rdf

    if fmt not in FORMATS:
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
    from kg.graph import read_json
    from kg.viz.exports import focus, write_export
    from kg.viz.html import write_html

    graph = focus(read_json(out), entity, hops, article)
    if fmt == "html":
        write_html(graph, output)
    else:
        write_export(graph, output, fmt)


def evaluate_entities(gold: str | Path, all_mentions: bool = False) -> dict[str, Score]:
    """``kg eval --entities``: micro P/R/F1 overall ("ALL") and per gold type; GPE
    mentions used as actors are scored only with ``all_mentions`` (see kg.evaluate)."""
    from kg.evaluate import entity_scores

    return entity_scores(gold, all_mentions)


def entity_report(gold: str | Path, all_mentions: bool = False) -> tuple[dict[str, Score], list[dict]]:
    """``kg eval --entities --show-errors``: the scores and the missed and wrong entities
    (one dict each: kind, id, text, type), from one extraction pass."""
    from kg.evaluate import entity_report as report

    return report(gold, all_mentions)


def evaluate_triples(gold: str | Path, paths: Iterable[str]) -> tuple[Score, list[dict], list[dict]]:
    """``kg eval --triples``: the score, the missed gold facts and the wrong predictions."""
    from kg.evaluate import triple_scores

    return triple_scores(gold, paths)


def evaluate_relations(folder: str | Path, split: str | None = None, min_confidence: float = 0.0) -> RelationReport:
    """``kg eval --relations DIR --split IDS``: P/R/F1 per relation and micro, against
    exhaustive annotations (see :mod:`kg.evaluate_facts`), of the triples at
    ``min_confidence`` or above."""
    from kg.evaluate_facts import relation_scores

    return relation_scores(folder, split, min_confidence=min_confidence)


def evaluate_facts(folder: str | Path, paths: Iterable[str], min_confidence: float = 0.0) -> FactRecall:
    """``kg eval --facts DIR ARTICLES...``: mean per-article recall of regex fact gold, by
    the triples at ``min_confidence`` or above."""
    from kg.evaluate_facts import fact_recall

    return fact_recall(folder, paths, min_confidence=min_confidence)
