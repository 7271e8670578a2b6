"""Pure builders: whitelist checks, and (with a mock driver) the exact queries the
Neo4j store sends. The real-engine tests are in test_falkordb.py."""

from unittest import mock

import pytest

from kg import cypher
from kg.graph import read_json
from kg.stores.base import load_graph, plan
from kg.stores.neo4j import Neo4jStore


def test_labels_and_relation_types_come_only_from_the_whitelist():
    assert "e:Person" in cypher.merge_entities("Person")[0]
    create, update, relabel = cypher.merge_entities("Person", "falkordb")
    assert "CREATE (e:Entity:Person" in create and "SET e:Person" in relabel and "Person" not in update
    assert "[r:VISITS]" in cypher.merge_facts("VISITS")
    for bad in ("Person`) DETACH DELETE n //", "Label"):
        with pytest.raises(ValueError):
            cypher.merge_entities(bad)
    with pytest.raises(ValueError):
        cypher.merge_facts("VISITS]->() DELETE r //")


def test_values_travel_only_as_parameters(built):
    for statement, rows in plan(read_json(built)):
        assert statement.startswith("UNWIND $rows AS row")
        for row in rows:
            for value in row.values():
                if isinstance(value, str) and len(value) > 3:
                    assert value not in statement


def test_neo4j_store_sends_batched_unwind_in_write_transactions(built):
    graph = read_json(built)
    sent = []
    tx = mock.Mock()
    tx.run.side_effect = lambda q, p: sent.append((q, p)) or mock.Mock()
    session = mock.MagicMock()
    session.__enter__.return_value = session
    session.execute_write.side_effect = lambda work: work(tx)
    count = mock.Mock()
    count.keys.return_value = ["n"]
    count.__iter__ = lambda self: iter([mock.Mock(values=lambda: [7])])
    entities = mock.Mock()  # the store's entities, read before loading (none: a fresh database)
    entities.keys.return_value = ["e.id", "e.name", "e.type", "e.aliases", "e.wikidata"]
    entities.__iter__ = lambda self: iter([])
    reads = mock.Mock()
    reads.run.side_effect = lambda q, p=None: entities if "e.aliases" in q else count
    session.execute_read.side_effect = lambda work: work(reads)  # counts run in read transactions
    driver = mock.Mock()
    driver.session.return_value = session
    with mock.patch("neo4j.GraphDatabase.driver", return_value=driver):
        store = Neo4jStore("bolt://example:7687", "neo4j", "pw", database="news")
        report = load_graph(store, graph, batch_size=5)
    driver.session.assert_called_with(database="news")
    session.run.assert_any_call("RETURN 1 AS ok")
    schema = [q for q, _ in sent if q.startswith("CREATE")]
    assert schema == list(cypher.DIALECTS["neo4j"].schema)
    writes = [(q, p) for q, p in sent if q.startswith("UNWIND")]
    assert all(1 <= len(p["rows"]) <= 5 for _, p in writes)
    assert sum(len(p["rows"]) for _, p in writes) == report.rows
    assert report.nodes == 7
    assert [c.args[0] for c in reads.run.call_args_list] == [
        cypher.store_entities(),
        cypher.count_nodes(),
        cypher.count_relationships(),
    ]


def test_password_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "from-env")
    with mock.patch("neo4j.GraphDatabase.driver") as driver:
        driver.return_value.session.return_value.__enter__.return_value.run.return_value = mock.Mock()
        Neo4jStore("neo4j+s://db.example:7687", "neo4j")
    driver.assert_called_once_with("neo4j+s://db.example:7687", auth=("neo4j", "from-env"))


@pytest.mark.parametrize(
    ("error", "words"),
    [
        ("auth", "rejected the credentials"),
        ("nodb", "no such database"),
        ("down", "cannot reach Neo4j"),
    ],
)
def test_neo4j_failures_become_one_line_store_errors(error, words):
    from neo4j import exceptions as ex

    from kg.errors import StoreError

    raised = {
        "auth": ex.AuthError("bad credentials"),
        "nodb": ex.ClientError._hydrate_neo4j(code="Neo.ClientError.Database.DatabaseNotFound", message="no db x"),
        "down": ex.ServiceUnavailable("refused"),
    }[error]
    with mock.patch("neo4j.GraphDatabase.driver") as driver:
        driver.return_value.session.return_value.__enter__.return_value.run.side_effect = raised
        with pytest.raises(StoreError) as info:
            Neo4jStore("bolt://db.example:7687", "neo4j", "pw", database="x")
    assert words in info.value.one_line() and "\n" not in info.value.one_line() and info.value.hint
