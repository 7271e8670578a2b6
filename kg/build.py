"""Articles -> one graph: extraction (here, on processes or on Dask), the extractions kept
with the build (:mod:`kg.cache`), graph building and corpus-level entity resolution.

With ``previous`` (``kg build --append``) only articles that are new or changed (by id and
content hash) are extracted; the kept extractions of the others are read back, and the
graph is built from both, so appending gives the graph a build of everything at once
gives (the graph builder does not depend on article order). A kept extraction made by
other extractor versions (kg was upgraded since) is made again from its kept article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg import cache
from kg.errors import InputError
from kg.graph import GraphBuilder
from kg.model import Article, Extraction, Failure
from kg.progress import QUIET, Progress

if TYPE_CHECKING:
    import networkx as nx

    from kg.aliases import Curated
    from kg.api import RunSummary, Workers


@dataclass
class Appending:
    """What an append keeps from the previous build: the content hash of each article."""

    folder: Path
    hashes: dict[str, str]
    new: int = 0  # articles extracted in this run
    unchanged: int = 0  # articles given again, identical, not extracted
    replaced: int = 0  # articles given again, changed: their old facts go
    upgraded: int = 0  # kept articles extracted again: other extractor versions made them


def extractions(
    paths: Iterable[str],
    workers: Workers,
    strict: bool,
    summary: RunSummary,
    progress: Progress,
    appending: Appending | None = None,
) -> Iterator[Extraction | Failure]:
    from kg.io import count_articles, iter_articles

    paths = list(paths)
    articles: Iterable[Article | Failure] = iter_articles(paths)
    if appending is not None:
        articles = _fresh(articles, appending)
    yield from progress.items(workers.stream(articles, strict), "extracting", total=count_articles(paths))


def _fresh(articles: Iterable[Article | Failure], appending: Appending) -> Iterator[Article | Failure]:
    for article in articles:
        if isinstance(article, Article):
            old = appending.hashes.get(article.id)
            if old == cache.content_hash(article):
                appending.unchanged += 1
                continue
            appending.replaced += old is not None
            appending.new += 1
        yield article


def build_graph(
    paths: Iterable[str],
    workers: Workers,
    summary: RunSummary,
    keep: Path | None = None,
    appending: Appending | None = None,
    min_confidence: float = 0.0,
    strict: bool = False,
    progress: Progress = QUIET,
    curated: Curated | None = None,
) -> nx.MultiDiGraph:
    """The resolved graph of ``paths`` (plus the kept extractions of ``appending``); the
    extractions are written to ``keep`` when given."""
    from kg.registry import versions

    builder, current = GraphBuilder(), versions()
    with _keeper(keep) as kept:
        added: set[str] = set()

        def add_all(items: Iterable[Extraction | Failure]) -> None:
            for item in items:
                done = _add(builder, item, summary, progress, min_confidence)
                if done is not None:
                    kept(cache.record(done, current))
                    added.add(done.article.id)

        add_all(extractions(paths, workers, strict, summary, progress, appending))
        if appending is not None:  # the articles of the previous build not extracted again
            stale = _keep_previous(builder, appending, added, current, kept)
            add_all(progress.items(workers.stream(stale, strict), "extracting again", total=len(stale)))
    if not builder.lexical.articles:
        raise InputError(f"no article could be read ({summary.line()})", "check the paths and the messages above")
    with progress.step("building the graph"):
        graph = builder.graph()
    with progress.step("resolving entities across articles"):
        from kg.resolve import resolve_graph

        return resolve_graph(graph, curated, votes=builder.type_votes, named=builder.named)


def _keep_previous(
    builder: GraphBuilder,
    appending: Appending,
    added: set[str],
    current: tuple[str, ...],
    kept: Callable[[dict[str, Any]], None],
) -> list[Article]:
    """Adds the previous build's records not extracted in this run and made by the
    ``current`` extractors to the graph and keeps them; returns the articles the others
    were made from, to be extracted again."""
    stale = []
    for row in cache.read(appending.folder):
        if row["article"]["id"] in added:
            continue
        if cache.made_by(row, current):
            builder.add(cache.extraction(row))
            kept(row)
        else:
            stale.append(cache.article(row))
    appending.upgraded = len(stale)
    return stale


def _add(builder: GraphBuilder, item, summary: RunSummary, progress: Progress, min_confidence: float):
    """Adds one extraction; returns it (filtered by confidence), or None when it failed."""
    if isinstance(item, Failure):
        summary.failures.append(item)
        progress.note(f"kg: skipped {item.line()}")
        return None
    item = item.at_least(min_confidence)
    failure = builder.add(item)
    if failure:
        summary.failures.append(failure)
        progress.note(f"kg: skipped {failure.line()}")
        return None
    summary.articles += 1
    return item


class _keeper:
    """A callable that keeps records in ``folder`` (or drops them when there is none)."""

    def __init__(self, folder: Path | None) -> None:
        self.writer = cache.Writer(folder) if folder else None

    def __enter__(self):
        if self.writer is None:
            return lambda row: None
        return self.writer.__enter__().add

    def __exit__(self, *exc) -> None:
        if self.writer is not None:
            self.writer.__exit__(*exc)
