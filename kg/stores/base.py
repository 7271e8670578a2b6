"""The writer shared by every Cypher backend: graph -> rows -> ``UNWIND $rows`` batches."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import networkx as nx

from kg import cypher
from kg.stores.rows import Row, article_rows, entity_rows, fact_rows, sentence_rows

DEFAULT_BATCH_SIZE = 1000


class CypherStore(Protocol):
    dialect: cypher.Dialect

    def ensure_schema(self) -> None: ...

    def write(self, statement: str, rows: list[Row]) -> None: ...

    def query(self, statement: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]: ...


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


def plan(graph: nx.MultiDiGraph) -> list[tuple[str, list[Row]]]:
    """(statement, rows) in dependency order: entities, articles, sentences, facts."""
    steps = [(cypher.merge_entities(label), rows) for label, rows in entity_rows(graph).items()]
    steps.append((cypher.merge_articles(), article_rows(graph)))
    steps.append((cypher.merge_sentences(), sentence_rows(graph)))
    steps += [(cypher.merge_facts(rel), rows) for rel, rows in fact_rows(graph).items()]
    return [(statement, rows) for statement, rows in steps if rows]


def load_graph(
    store: CypherStore, graph: nx.MultiDiGraph, batch_size: int = DEFAULT_BATCH_SIZE, schema: bool = True
) -> LoadReport:
    """MERGE the whole graph into ``store``; running it twice changes no counts."""
    if schema:
        store.ensure_schema()
    total_rows = total_batches = 0
    for statement, rows in plan(graph):
        for batch in batches(rows, batch_size):
            store.write(statement, batch)
            total_rows += len(batch)
            total_batches += 1
    return LoadReport(*counts(store), rows=total_rows, batches=total_batches)


def counts(store: CypherStore) -> tuple[int, int]:
    _, nodes = store.query(cypher.count_nodes())
    _, rels = store.query(cypher.count_relationships())
    return int(nodes[0][0]), int(rels[0][0])
