"""Loading only what changed: the rows of a new graph that differ from those of the graph
a store was loaded with (``kg build --append --neo4j``). Removed or changed facts, gone
mentions, sentences and entities are deleted first, then new and changed rows are merged
in dependency order; unchanged rows are not sent."""

from __future__ import annotations

import json
from collections.abc import Callable

import networkx as nx

from kg import cypher
from kg.stores.base import CypherStore, LoadReport, counts, send
from kg.stores.rows import Row, article_rows, entity_rows, fact_rows, mention_rows, sentence_rows, stored

Key = Callable[[Row], tuple]


def _index(rows: list[Row], key: Key) -> dict[tuple, str]:
    return {key(row): json.dumps(row, sort_keys=True, default=str) for row in rows}


def _changed(old: list[Row], new: list[Row], key: Key) -> tuple[list[Row], list[Row]]:
    """(rows to delete: gone or changed; rows to merge: new or changed)."""
    before, after = _index(old, key), _index(new, key)
    gone = [row for row in old if before[key(row)] != after.get(key(row))]
    fresh = [row for row in new if after[key(row)] != before.get(key(row))]
    return gone, fresh


def change_plan(old: nx.MultiDiGraph, new: nx.MultiDiGraph, dialect: str = "neo4j") -> list[tuple[str, list[Row]]]:
    steps: list[tuple[str, list[Row]]] = []
    upserts: list[tuple[str, list[Row]]] = []
    fact_key: Key = lambda r: (r["source"], r["target"], r["lemma"])  # noqa: E731
    old_facts, new_facts = fact_rows(old), fact_rows(new)
    for rel in sorted(set(old_facts) | set(new_facts)):
        gone, fresh = _changed(old_facts.get(rel, []), new_facts.get(rel, []), fact_key)
        steps.append((cypher.delete_facts(rel), [{k: r[k] for k in ("source", "target", "lemma")} for r in gone]))
        upserts.append((cypher.merge_facts(rel), fresh))
    mention_key: Key = lambda r: (r["sentence"], r["entity"], r["start"], r["end"])  # noqa: E731
    gone, fresh_mentions = _changed(mention_rows(old), mention_rows(new), mention_key)
    steps.append((cypher.delete_mentions(), [{k: r[k] for k in ("sentence", "entity", "start", "end")} for r in gone]))
    by_id: Key = lambda r: (r["id"],)  # noqa: E731
    for label, old_rows, new_rows in (
        ("Sentence", sentence_rows(old), sentence_rows(new)),
        ("Article", article_rows(old), article_rows(new)),
    ):
        new_ids = {r["id"] for r in new_rows}
        steps.append((cypher.delete_nodes(label), [{"id": r["id"]} for r in old_rows if r["id"] not in new_ids]))
    old_entities = [r for rows in entity_rows(old).values() for r in rows]
    new_ids = {r["id"] for rows in entity_rows(new).values() for r in rows}
    steps.append((cypher.delete_nodes("Entity"), [{"id": r["id"]} for r in old_entities if r["id"] not in new_ids]))
    for label, rows in entity_rows(new).items():
        _, fresh = _changed(entity_rows(old).get(label, []), rows, by_id)
        steps += [(statement, fresh) for statement in cypher.merge_entities(label, dialect)]
    steps.append((cypher.merge_articles(), _changed(article_rows(old), article_rows(new), by_id)[1]))
    steps.append((cypher.merge_sentences(), _changed(sentence_rows(old), sentence_rows(new), by_id)[1]))
    steps.append((cypher.merge_mentions(), fresh_mentions))
    steps += upserts
    return [(statement, [stored(row) for row in rows]) for statement, rows in steps if rows]


def load_changes(store: CypherStore, old: nx.MultiDiGraph, new: nx.MultiDiGraph, batch_size: int) -> LoadReport:
    """Send only the changes from ``old`` (what the store was loaded with) to ``new``;
    both are first resolved with the entities the store holds, so its ids stay."""
    from kg.stores.base import joined

    done, sent = send(store, change_plan(joined(store, old), joined(store, new), store.dialect.name), batch_size)
    return LoadReport(*counts(store), rows=done, batches=sent)
