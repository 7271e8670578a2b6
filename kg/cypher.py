"""Every Cypher statement kg sends, as pure builder functions (Neo4j 5 Cypher).

Values always travel as parameters (``$rows``); labels and relationship types
are interpolated only after a whitelist check against :mod:`kg.vocab`.
Where FalkorDB differs from Neo4j, the difference lives in :data:`DIALECTS`.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.vocab import ENTITY_LABELS, OPEN_RELATION, check_relation, relation_names

NODE_KEYS = {"Entity": "id", "Article": "id", "Sentence": "id"}


@dataclass(frozen=True)
class Dialect:
    """How one backend differs from Neo4j 5."""

    name: str
    # schema statements run with the Cypher endpoint, in order
    schema: tuple[str, ...]
    # (label, property) pairs made unique by a server command instead of Cypher
    unique_by_command: tuple[tuple[str, str], ...] = ()
    # error text meaning "this index/constraint already exists" (safe to ignore)
    exists_error: str = ""
    # SET n:Label is ~10x slower than creating the node with its labels (FalkorDB 4.16:
    # 3k vs 26k rows/s), so entities are created with labels and relabelled only on change
    slow_label_set: bool = False


def _neo4j_schema() -> tuple[str, ...]:
    unique = tuple(
        f"CREATE CONSTRAINT kg_{label.lower()}_{key} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{key} IS UNIQUE"
        for label, key in NODE_KEYS.items()
    )
    return unique + ("CREATE INDEX kg_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",)


def _falkordb_schema() -> tuple[str, ...]:
    keyed = tuple(f"CREATE INDEX FOR (n:{label}) ON (n.{key})" for label, key in NODE_KEYS.items())
    return keyed + ("CREATE INDEX FOR (n:Entity) ON (n.name)",)


DIALECTS: dict[str, Dialect] = {
    "neo4j": Dialect("neo4j", _neo4j_schema()),
    "falkordb": Dialect(
        "falkordb",
        _falkordb_schema(),
        unique_by_command=tuple(NODE_KEYS.items()),
        exists_error="already indexed",
        slow_label_set=True,
    ),
}


def entity_label(label: str) -> str:
    if label not in ENTITY_LABELS.values():
        raise ValueError(f"{label!r} is not a whitelisted entity label")
    return label


def merge_entities(label: str, dialect: str = "neo4j") -> tuple[str, ...]:
    """Upsert entities of one type; ``$rows``: id, name, type, aliases, wikidata. A type
    change replaces the type label: the other type labels go in the same statement.

    Neo4j: one MERGE. Dialects with a slow ``SET n:Label``: create missing nodes with
    their labels, update properties, then relabel only the nodes whose type changed.
    """
    label = entity_label(label)
    others = ":".join(sorted(other for other in ENTITY_LABELS.values() if other != label))
    props = "e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.wikidata = row.wikidata"
    if not DIALECTS[dialect].slow_label_set:
        return (f"UNWIND $rows AS row\nMERGE (e:Entity {{id: row.id}})\nSET {props}, e:{label}\nREMOVE e:{others}",)
    return (
        "UNWIND $rows AS row\nOPTIONAL MATCH (x:Entity {id: row.id})\nWITH row, x WHERE x IS NULL\n"
        f"CREATE (e:Entity:{label} {{id: row.id}})",
        f"UNWIND $rows AS row\nMATCH (e:Entity {{id: row.id}})\nSET {props}",
        f"UNWIND $rows AS row\nMATCH (e:Entity {{id: row.id}})\nWHERE NOT e:{label}\nSET e:{label}\nREMOVE e:{others}",
    )


def merge_articles() -> str:
    """``$rows``: id, title, date, url, source, place, lang."""
    return (
        "UNWIND $rows AS row\n"
        "MERGE (a:Article {id: row.id})\n"
        "SET a.title = row.title, a.date = row.date, a.url = row.url, a.source = row.source, "
        "a.place = row.place, a.lang = row.lang"
    )


def merge_sentences() -> str:
    """``$rows``: id, article, index, text, start, end."""
    return (
        "UNWIND $rows AS row\n"
        "MATCH (a:Article {id: row.article})\n"
        "MERGE (s:Sentence {id: row.id})\n"
        "SET s.article = row.article, s.index = row.index, s.text = row.text, "
        "s.start = row.start, s.end = row.end\n"
        "MERGE (a)-[:HAS_SENTENCE]->(s)"
    )


def merge_mentions() -> str:
    """``(:Sentence)-[:MENTIONS {start, end, role}]->(:Entity)``; ``$rows``: sentence,
    entity, start, end, role ("place"/"actor" for a country or city, else "")."""
    return (
        "UNWIND $rows AS row\n"
        "MATCH (s:Sentence {id: row.sentence})\n"
        "MATCH (e:Entity {id: row.entity})\n"
        "MERGE (s)-[m:MENTIONS {start: row.start, end: row.end}]->(e)\n"
        "SET m.role = row.role"
    )


# the stronger claim of the stored and the loaded modality, by its rank in
# kg.qualifiers.MODALITIES (the stored rank read before it is replaced)
_STRONGER = "coalesce(r.modality_rank, -1) >= row.modality_rank"
_STRONGEST = (
    f"r.modality = CASE WHEN {_STRONGER} THEN r.modality ELSE row.modality END, "
    f"r.modality_rank = CASE WHEN {_STRONGER} THEN r.modality_rank ELSE row.modality_rank END, "
)


def merge_facts(relation: str) -> str:
    """Upsert facts of one relation; evidence (sentence ids), source verbs and dates
    are merged, never duplicated; first/last seen widen to cover every load.

    ``$rows``: source, target, lemma, predicate_texts, confidence, sentence_ids, dates,
    first_seen, last_seen, and the qualifiers of :func:`kg.qualifiers.fact_qualifiers`:
    modality and modality_rank (the strongest claim of any load: stated > alleged >
    hypothetical > negated),
    deputy / acting / former (true once any load says so), roles and kinds (merged lists).
    Open facts (RELATED_TO) are one relationship per lemma.
    """
    rel = check_relation(relation)
    keyed = " {lemma: row.lemma}" if rel == OPEN_RELATION else ""
    return (
        "UNWIND $rows AS row\n"
        "MATCH (s:Entity {id: row.source})\n"
        "MATCH (o:Entity {id: row.target})\n"
        f"MERGE (s)-[r:{rel}{keyed}]->(o)\n"
        "WITH r, row, "
        "[x IN coalesce(r.sentence_ids, []) WHERE NOT x IN row.sentence_ids] + row.sentence_ids AS sids, "
        "[x IN coalesce(r.predicate_texts, []) WHERE NOT x IN row.predicate_texts] + row.predicate_texts AS verbs, "
        "[x IN coalesce(r.dates, []) WHERE NOT x IN row.dates] + row.dates AS dates, "
        "[x IN coalesce(r.roles, []) WHERE NOT x IN row.roles] + row.roles AS roles, "
        "[x IN coalesce(r.kinds, []) WHERE NOT x IN row.kinds] + row.kinds AS kinds\n"
        "SET r.sentence_ids = sids, r.evidence_count = size(sids), r.predicate_texts = verbs, r.dates = dates, "
        "r.roles = roles, r.kinds = kinds, r.deputy = coalesce(r.deputy, false) OR row.deputy, "
        "r.acting = coalesce(r.acting, false) OR row.acting, r.former = coalesce(r.former, false) OR row.former, "
        f"{_STRONGEST}"
        "r.confidence = CASE WHEN coalesce(r.confidence, 0.0) > row.confidence "
        "THEN r.confidence ELSE row.confidence END, "
        "r.first_seen = CASE WHEN r.first_seen IS NULL OR row.first_seen < r.first_seen "
        "THEN coalesce(row.first_seen, r.first_seen) ELSE r.first_seen END, "
        "r.last_seen = CASE WHEN r.last_seen IS NULL OR row.last_seen > r.last_seen "
        "THEN coalesce(row.last_seen, r.last_seen) ELSE r.last_seen END"
    )


def delete_facts(relation: str) -> str:
    """Remove facts of one relation (an append replaced the articles that stated them);
    ``$rows``: source, target, lemma."""
    rel = check_relation(relation)
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (:Entity {{id: row.source}})-[r:{rel}]->(:Entity {{id: row.target}})\n"
        "WHERE coalesce(r.lemma, '') = row.lemma\n"
        "DELETE r"
    )


def delete_mentions() -> str:
    """``$rows``: sentence, entity, start, end."""
    return (
        "UNWIND $rows AS row\n"
        "MATCH (:Sentence {id: row.sentence})-[m:MENTIONS {start: row.start, end: row.end}]->"
        "(:Entity {id: row.entity})\n"
        "DELETE m"
    )


def delete_nodes(label: str) -> str:
    """Remove nodes (and their relationships) of one of our labels; ``$rows``: id."""
    if label not in ("Entity", "Article", "Sentence"):
        raise ValueError(f"not a node label of kg: {label!r}")
    return f"UNWIND $rows AS row\nMATCH (n:{label} {{id: row.id}})\nDETACH DELETE n"


def count_nodes() -> str:
    return "MATCH (n) RETURN count(n) AS nodes"


def count_relationships() -> str:
    return "MATCH ()-[r]->() RETURN count(r) AS relationships"


def all_statements() -> list[str]:
    """Every statement the code can emit (for the linter test)."""
    statements = [
        *DIALECTS["neo4j"].schema,
        *DIALECTS["falkordb"].schema,
        merge_articles(),
        merge_mentions(),
        merge_sentences(),
        count_nodes(),
        count_relationships(),
    ]
    statements += [q for label in ENTITY_LABELS.values() for d in DIALECTS for q in merge_entities(label, d)]
    statements += [merge_facts(name) for name in relation_names()]
    statements += [delete_facts(name) for name in relation_names()]
    statements += [delete_mentions(), store_entities(), *(delete_nodes(x) for x in ("Entity", "Article", "Sentence"))]
    return statements


def store_entities() -> str:
    """The entities a store already holds, read before a load so that they keep their ids."""
    return "MATCH (e:Entity) RETURN e.id, e.name, e.type, e.aliases, e.wikidata ORDER BY e.id"
