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
