"""Loading into the real FalkorDB engine (native protocol, unix socket)."""

from kg import api
from kg.graph import build_graph, read_json
from kg.model import Article
from kg.pipeline import extract
from kg.stores.base import counts, load_graph
from kg.stores.falkordb import FalkorStore, LocalServer


def test_build_fills_the_local_store(built):
    columns, rows = api.query_cypher(built, "MATCH (n:Entity) RETURN count(n) AS n")
    assert columns == ["n"] and rows[0][0] == read_json(built).number_of_nodes()
    _, rows = api.query_cypher(
        built, "MATCH (a:Entity {name: $name})-[r:LEADER_OF]->(b) RETURN b.name", {"name": "Kim Jong-un"}
    )
    assert rows == [["North Korea"]]
    _, roles = api.query_cypher(
        built, "MATCH (:Sentence)-[m:MENTIONS]->(e:Entity) RETURN e.type, m.role ORDER BY e.type, m.role"
    )
    assert {role for etype, role in roles if etype == "GPE"} >= {"place", "actor"}
    assert {role for etype, role in roles} <= {"place", "actor", ""}
    assert {role for etype, role in roles if etype != "GPE"} == {""}


def test_second_identical_load_changes_no_counts(built, tmp_path):
    graph = read_json(built)
    with LocalServer(tmp_path) as server:
        store = FalkorStore(server.client())
        first = load_graph(store, graph, batch_size=7)
        second = load_graph(store, graph, batch_size=3)
        assert (first.nodes, first.relationships) == (second.nodes, second.relationships)
        _, rows = store.query("MATCH ()-[r]->() WHERE r.evidence_count IS NOT NULL RETURN max(r.evidence_count)")
        assert rows[0][0] >= 1
        _, dup = store.query(
            "MATCH (s:Entity)-[r]->(o:Entity) WITH s, type(r) AS t, o, count(r) AS c WHERE c > 1 RETURN count(*)"
        )
        assert dup[0][0] == 0


def test_incremental_load_extends_entities(tmp_path):
    first = build_graph(extract([Article(id="a", text="Jepang mengecam Korea Utara.")]))
    second = build_graph(extract([Article(id="b", text="Jepang mengecam Korea Utara. Korut membantah Jepang.")]))
    with LocalServer(tmp_path) as server:
        store = FalkorStore(server.client())
        load_graph(store, first)
        load_graph(store, second)
        _, rows = store.query(
            "MATCH (:Entity {name: 'Japan'})-[r:CRITICIZES]->(:Entity {name: 'North Korea'}) RETURN r.evidence_count"
        )
        assert rows == [[2]]
        _, rows = store.query("MATCH (n:Entity {name: 'North Korea'}) RETURN n.aliases")
        assert "Korut" in rows[0][0]


HOSTILE = ["x'}) DETACH DELETE n //", 'q"uote', "back`tick", "{brace}", "back\\slash", "$param", "<b>&amp;"]


def test_hostile_names_arrive_verbatim_and_change_nothing_else(tmp_path):
    import networkx as nx

    from kg.ids import entity_id

    graph = nx.MultiDiGraph(articles={"a": {}})
    graph.add_node(entity_id("Anchor"), name="Anchor", type="ORG", aliases=[], wikidata="")
    for name in HOSTILE:
        graph.add_node(entity_id(name), name=name, type="PERSON", aliases=[name + "'"], wikidata="")
    with LocalServer(tmp_path) as server:
        store = FalkorStore(server.client())
        load_graph(store, graph)
        before = counts(store)
        _, rows = store.query("MATCH (n:Entity) RETURN n.name, n.aliases ORDER BY n.name")
        assert sorted(r[0] for r in rows) == sorted(HOSTILE + ["Anchor"])
        assert all(r[1] == [r[0] + "'"] for r in rows if r[0] != "Anchor")
        load_graph(store, graph)
        assert counts(store) == before == (len(HOSTILE) + 2, 0)  # + the Article node


def test_query_errors_are_one_line(built):
    import pytest

    from kg.errors import QueryError

    with pytest.raises(QueryError) as info:
        api.query_cypher(built, "MATCH (n RETURN n")
    assert "\n" not in info.value.one_line()
