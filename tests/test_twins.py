"""Every saved Cypher query has a SPARQL twin giving the same rows on the same graph."""

import pytest

from kg import queries

PARAMS = {
    "who_visited_what": {},
    "relations_of_entity": {"name": "Kim Jong-un"},
    "evidence_for_relation": {"relation": "VISITS"},
}


def test_at_least_three_twins_ship():
    assert len(queries.names()) >= 3
    for name in queries.names():
        assert queries.text(name, "sparql")
        assert name in PARAMS, f"add parameters for {name} to this test"


@pytest.mark.parametrize("name", sorted(PARAMS))
def test_cypher_and_sparql_agree(built, name):
    cypher_rows = queries.run(name, built, "cypher", PARAMS[name])
    sparql_rows = queries.run(name, built, "sparql", PARAMS[name])
    assert cypher_rows, "the seed graph should answer every saved query"
    assert cypher_rows == sparql_rows


def test_twins_answer_the_seed_questions(built):
    visits = queries.run("who_visited_what", built, "cypher")
    assert ("Kim Jong-un", "pabrik produksi rudal taktis") in visits
    evidence = queries.run("evidence_for_relation", built, "cypher", {"relation": "SELLS_TO"})
    assert any(row[:2] == ("North Korea", "Russia") and "penjualan senjata" in row[4] for row in evidence)


def test_twins_tell_a_denied_fact_from_a_stated_one(tmp_path):
    """A denial is in the evidence of its relation with modality "negated" in both twins,
    and not among the facts of its entity, which a sentence must state."""
    from kg import api

    article = tmp_path / "denial.txt"
    article.write_text("Bantahan\n\nJepang membantah mengecam Korea Utara.\n", encoding="utf-8")
    api.build([str(article)], tmp_path / "out")
    out = tmp_path / "out"
    for engine in ("cypher", "sparql"):
        evidence = queries.run("evidence_for_relation", out, engine, {"relation": "CRITICIZES"})
        assert [(row[0], row[1], row[5]) for row in evidence] == [("Japan", "North Korea", "negated")]
        relations = queries.run("relations_of_entity", out, engine, {"name": "Japan"})
        assert ("Japan", "CRITICIZES", "North Korea") not in relations
