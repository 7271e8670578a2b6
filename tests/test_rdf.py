import pyoxigraph
import rdflib
from rdflib.compare import isomorphic

from kg.graph import build_graph, read_json
from kg.model import Article
from kg.pipeline import extract
from kg.rdf.export import FORMATS, to_rdf, write_rdf
from kg.rdf.namespace import KG


def test_turtle_parses_back_isomorphic(built):
    parsed = rdflib.Graph().parse(str(built / "graph.ttl"), format="turtle")
    assert isomorphic(parsed, to_rdf(read_json(built)))
    assert len(parsed) > 100


def test_every_format_round_trips(built, tmp_path):
    graph = read_json(built)
    expected = to_rdf(graph)
    for fmt, rdflib_name in FORMATS.items():
        path = tmp_path / f"g.{fmt}"
        write_rdf(graph, path, fmt)
        if fmt == "trig":  # the graph is one named graph
            parsed = rdflib.Dataset().parse(str(path), format="trig").graph(expected.identifier)
        else:
            parsed = rdflib.Graph().parse(str(path), format=rdflib_name)
        assert isomorphic(parsed, expected), fmt


def test_pyoxigraph_reads_our_turtle(built):
    store = pyoxigraph.Store()
    store.load(path=str(built / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(rdflib.Graph().parse(str(built / "graph.ttl"), format="turtle"))


def test_hostile_names_give_valid_iris():
    text = 'Presiden Ukraina, Volodymyr Zelensky, mengecam "Grup <x> {y}" .'
    graph = build_graph(extract([Article(id="a b/<c>#?", text=text + " Rusia mengecam Ukraina.")]))
    data = to_rdf(graph).serialize(format="nt")
    parsed = rdflib.Graph().parse(data=data, format="nt")
    store = pyoxigraph.Store()
    store.load(data.encode(), format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert len(store) == len(parsed) > 0
    assert any("article/a%20b%2F%3Cc%3E%23%3F" in str(s) for s in parsed.subjects())


def test_namespace_rejects_misspelt_terms():
    assert str(KG.VISITS).endswith("#VISITS")
    try:
        KG.VISTIS  # noqa: B018
    except AttributeError:
        return
    raise AssertionError("a misspelt term must raise")
