"""scripts/error_sources.py: each annotated schema line and each wrong stated fact of a split
gets one kind, on the three articles of the relation fixture through the real pipeline and
shipped model; and the kinds of fixed triples against fixed annotations."""

from conftest import load_script

from kg.evaluate_facts import relation_scores
from kg.gold import GoldFact
from kg.model import Entity, Provenance, Triple


def _script():
    return load_script("scripts/error_sources.py", "error_sources")


def _triple(subject: str, predicate: str, obj: str, source: str = "model") -> Triple:
    prov = Provenance("x", 0, "", 0, 0, f"kg.id_rules.v1:{source}", 0.5)
    return Triple(Entity("e1", subject, "ORG"), predicate, "", Entity("e2", obj, "ORG"), prov)


def _fact(head: str, relation: str, tail: str) -> GoldFact:
    return GoldFact("x", "", head, head, "ORG", relation, tail, tail, "ORG")


def test_every_annotated_line_and_every_wrong_fact_gets_one_kind(relation_split):
    script = _script()
    counts = script.error_sources(relation_split, "t1-t3")
    scores = relation_scores(relation_split, "t1-t3").schema
    assert sum(counts["missed"].values()) == 4  # the schema lines: RELATED_TO left out, a repeat counted
    assert set(counts["missed"]) <= set(script.MISSED) and set(counts["wrong"]) <= set(script.WRONG)
    assert scores.tp <= counts["missed"]["found"] <= scores.tp + 1  # the fact stated twice is two lines
    assert sum(counts["wrong"].values()) == scores.fp
    sources = counts["sources"]
    assert sum(n for (_, _, right), n in sources.items() if right) == scores.tp
    assert sum(n for (_, _, right), n in sources.items() if not right) == scores.fp


def test_a_missed_fact_is_told_by_what_the_output_holds():
    script = _script()
    fact = _fact("KPK", "ARRESTS", "Budi Santoso")
    entities = frozenset({"kpk", "budi santoso"})
    assert script.missed_kind(fact, True, [], entities) == "found"
    assert script.missed_kind(fact, False, [_triple("KPK", "RELATED_TO", "Budi Santoso")], entities) == "other label"
    assert script.missed_kind(fact, False, [_triple("Budi Santoso", "ARRESTS", "KPK")], entities) == "reversed"
    assert script.missed_kind(fact, False, [], entities) == "both entities"
    assert script.missed_kind(fact, False, [], frozenset({"kpk"})) == "one entity"
    assert script.missed_kind(fact, False, [], frozenset()) == "no entity"


def test_a_wrong_fact_is_told_by_the_nearest_annotation():
    script = _script()
    facts = [_fact("KPK", "ARRESTS", "Budi Santoso"), _fact("Polri", "INVESTIGATES", "kasus korupsi")]
    assert script.wrong_kind(_triple("KPK", "ARRESTS", "Budi"), facts) == "extent"
    assert script.wrong_kind(_triple("KPK", "ARRESTS", "Ani"), facts) == "one argument"
    assert script.wrong_kind(_triple("Polri", "ARRESTS", "kasus korupsi"), facts) == "other label"
    assert script.wrong_kind(_triple("BPK", "FUNDS", "Ani"), facts) == "nothing near"
    assert script.source(_triple("KPK", "ARRESTS", "Ani", source="role")) == "role"
