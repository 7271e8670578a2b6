"""A fact's qualifiers reach every sink that keeps one edge per fact (kg.qualifiers): a
denial ("Jepang membantah mengecam Korea Utara") is a CRITICIZES edge with modality
``negated`` in the real Cypher engine, a reified but unasserted fact in RDF, and a dashed
edge in the view; the strongest claim wins when loads merge; roles and kin kinds are lists
on the edge."""

import networkx as nx
from rdflib import Literal, URIRef

from kg.graph import build_graph
from kg.model import Article
from kg.pipeline import extract
from kg.qualifiers import fact_qualifiers
from kg.rdf.export import to_rdf
from kg.rdf.namespace import KG
from kg.stores.base import load_graph
from kg.stores.falkordb import FalkorStore, LocalServer
from kg.viz.html import view_data

DENIED = "Jepang membantah mengecam Korea Utara."
STATED = "Jepang mengecam Korea Utara."
QUERY = "MATCH (:Entity {name: 'Japan'})-[r:CRITICIZES]->(:Entity {name: 'North Korea'}) RETURN r.modality"


def evidence(**props):
    return {"properties": {k: "true" if v is True else v for k, v in props.items()}}


def test_the_strongest_claim_and_the_role_words_of_the_evidence():
    denied, supposed = evidence(negated=True), evidence(hypothetical=True)
    assert fact_qualifiers([denied])["modality"] == "negated"
    assert fact_qualifiers([denied, supposed])["modality"] == "hypothetical"
    assert fact_qualifiers([denied, evidence(alleged=True)])["modality"] == "alleged"
    assert fact_qualifiers([supposed, evidence()])["modality"] == "stated"
    roles = fact_qualifiers([evidence(role="Menteri"), evidence(role="Menteri Keuangan", former=True), evidence()])
    assert roles == {
        "modality": "stated",
        "deputy": False,
        "acting": False,
        "former": True,
        "roles": ["Menteri", "Menteri Keuangan"],
        "kinds": [],
    }


def test_a_denied_fact_is_negated_in_the_store_until_a_load_states_it(tmp_path):
    denied = build_graph(extract([Article(id="a", text=DENIED)]))
    stated = build_graph(extract([Article(id="b", text=STATED)]))
    with LocalServer(tmp_path) as server:
        store = FalkorStore(server.client())
        load_graph(store, denied)
        assert store.query(QUERY)[1] == [["negated"]]
        load_graph(store, stated)
        assert store.query(QUERY)[1] == [["stated"]]
        load_graph(store, denied)  # a later denial does not unsay what a sentence stated
        assert store.query(QUERY)[1] == [["stated"]]


def test_a_family_tie_keeps_its_kind_in_the_store(tmp_path):
    graph = build_graph(extract([Article(id="a", text="Istri Presiden Joko Widodo, Iriana, meninjau pasar.")]))
    with LocalServer(tmp_path) as server:
        store = FalkorStore(server.client())
        load_graph(store, graph)
        _, rows = store.query("MATCH (a)-[r:RELATIVE_OF]->(b) RETURN a.name, b.name, r.kinds, r.modality")
    assert rows == [["Iriana", "Joko Widodo", ["spouse"], "stated"]]


def test_rdf_asserts_only_what_a_sentence_says_happened():
    denied, stated = (to_rdf(build_graph(extract([Article(id="a", text=t)]))) for t in (DENIED, STATED))
    for rdf, modality, asserted in ((denied, "negated", False), (stated, "stated", True)):
        criticizes = KG.CRITICIZES
        assert (None, criticizes, None) in rdf if asserted else (None, criticizes, None) not in rdf
        facts = list(rdf.subjects(URIRef(str(KG.modality)), Literal(modality)))
        assert len(facts) == 1
        assert (facts[0], URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"), criticizes) in rdf


def test_the_view_draws_a_denied_fact_dashed():
    graph: nx.MultiDiGraph = build_graph(extract([Article(id="a", text=DENIED)]))
    assert [e["modality"] for e in view_data(graph)["edges"] if e["predicate"] == "CRITICIZES"] == ["negated"]
