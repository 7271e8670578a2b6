"""The writer shared by every Cypher backend: graph -> rows -> ``UNWIND $rows`` batches."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import networkx as nx

from kg import cypher
from kg.constants import DEFAULT_BATCH_SIZE
from kg.errors import check_terminated
from kg.stores.rows import Row, article_rows, entity_rows, fact_rows, mention_rows, sentence_rows, stored


class CypherStore(Protocol):
    dialect: cypher.Dialect

    def ensure_schema(self) -> None: ...

    def write(self, statement: str, rows: list[Row]) -> None: ...

    def query(
        self, statement: str, params: dict[str, Any] | None = None, write: bool = True
    ) -> tuple[list[str], list[list[Any]]]: ...


@dataclass(frozen=True)
class LoadReport:
    nodes: int
    relationships: int
    rows: int
    batches: int


def batches(rows: Sequence[Row], size: int) -> Iterator[list[Row]]:
    if size < 1:
        raise ValueError("batch size must be at least 1")
    for start in range(0, len(rows), size):
        yield list(rows[start : start + size])


def plan(graph: nx.MultiDiGraph, dialect: str = "neo4j") -> list[tuple[str, list[Row]]]:
    """(statement, rows) in dependency order: entities, articles, sentences, mentions, facts."""
    steps = [
        (statement, rows)
        for label, rows in entity_rows(graph).items()
        for statement in cypher.merge_entities(label, dialect)
    ]
    steps.append((cypher.merge_articles(), article_rows(graph)))
    steps.append((cypher.merge_sentences(), sentence_rows(graph)))
    steps.append((cypher.merge_mentions(), mention_rows(graph)))
    steps += [(cypher.merge_facts(rel), rows) for rel, rows in fact_rows(graph).items()]
    return [(statement, [stored(row) for row in rows]) for statement, rows in steps if rows]


Progress = Callable[[int, int], None]


def load_graph(
    store: CypherStore,
    graph: nx.MultiDiGraph,
    batch_size: int = DEFAULT_BATCH_SIZE,
    schema: bool = True,
    progress: Progress | None = None,
) -> LoadReport:
    """MERGE the whole graph into ``store``; running it twice changes no counts.

    ``progress(rows_done, rows_total)`` is called after every batch.
    """
    if schema:
        store.ensure_schema()
    graph = joined(store, graph)
    done, sent = send(store, plan(graph, store.dialect.name), batch_size, progress)
    return LoadReport(*counts(store), rows=done, batches=sent)


def joined(store: CypherStore, graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph resolved with the entities already in the store (their ids are kept)."""
    from kg.resolve import with_store_entities

    _, rows = store.query(cypher.store_entities(), {}, write=False)
    return with_store_entities(graph, rows)


def send(
    store: CypherStore, steps: list[tuple[str, list[Row]]], batch_size: int, progress: Progress | None = None
) -> tuple[int, int]:
    """Write a :func:`plan` in batches of ``batch_size`` rows; returns (rows, batches)."""
    total = sum(len(rows) for _, rows in steps)
    done = sent = 0
    for statement, rows in steps:
        for batch in batches(rows, batch_size):
            check_terminated()
            store.write(statement, batch)
            done, sent = done + len(batch), sent + 1
            if progress:
                progress(done, total)
    return done, sent


def counts(store: CypherStore) -> tuple[int, int]:
    _, nodes = store.query(cypher.count_nodes(), write=False)
    _, rels = store.query(cypher.count_relationships(), write=False)
    return int(nodes[0][0]), int(rels[0][0])
