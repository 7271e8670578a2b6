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
        if fmt in ("trig", "nq"):  # one named graph per article + the default graph
            dataset = rdflib.Dataset().parse(str(path), format=rdflib_name)
            parsed = rdflib.Graph()
            for quad in dataset.quads((None, None, None, None)):
                parsed.add(quad[:3])
            assert len({str(q[3]) for q in dataset.quads((None, None, None, None))}) == 3  # 2 articles + default
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


def test_every_format_is_byte_identical_across_processes(built, tmp_path):
    import subprocess
    import sys

    for fmt in FORMATS:
        outputs = []
        for run in ("a", "b"):
            path = tmp_path / f"{run}.{fmt}"
            subprocess.run(
                [sys.executable, "-m", "kg", "export", str(built), "--format", fmt, "-o", str(path)],
                check=True,
                capture_output=True,
            )
            outputs.append(path.read_bytes())
        assert outputs[0] == outputs[1], fmt


def test_packaged_ontology_and_shapes_match_the_vocabulary():
    from kg.rdf.ontology import ontology, packaged, shapes

    def reparsed(graph):
        return rdflib.Graph().parse(data=graph.serialize(format="turtle"), format="turtle")

    assert isomorphic(packaged("ontology.ttl"), reparsed(ontology())), "run: python -m kg.rdf.ontology"
    assert isomorphic(packaged("shapes.ttl"), reparsed(shapes())), "run: python -m kg.rdf.ontology"
    onto = packaged("ontology.ttl")
    from rdflib import OWL, RDF, RDFS, Namespace

    schema = Namespace("https://schema.org/")
    assert (KG.Person, RDFS.subClassOf, schema.Person) in onto
    assert (KG.MEETS, RDF.type, OWL.SymmetricProperty) in onto
    assert (KG.SELLS_TO, OWL.inverseOf, KG.BUYS_FROM) in onto
    labels = {(str(o), o.language) for o in onto.objects(KG.VISITS, RDFS.label)}
    assert labels == {("visits", "en"), ("mengunjungi", "id")}


def test_seed_export_conforms_to_the_shapes_and_a_broken_one_does_not(built):
    from pyshacl import validate
    from rdflib import Literal

    from kg.rdf.ontology import packaged

    data = to_rdf(read_json(built))
    conforms, _, report = validate(data, shacl_graph=packaged("shapes.ttl"))
    assert conforms, report
    fact = next(data.subjects(KG.confidence, None))
    data.set((fact, KG.confidence, Literal(1.5)))
    entity = next(data.subjects(rdflib.RDF.type, KG.Entity))
    data.remove((entity, rdflib.namespace.SKOS.prefLabel, None))
    conforms, _, report = validate(data, shacl_graph=packaged("shapes.ttl"))
    assert not conforms
    assert "FactShape-confidence" in report and "EntityShape-prefLabel" in report


def test_sparql_endpoint_answers_a_standard_client(built):
    from SPARQLWrapper import CSV, JSON, SPARQLWrapper

    from kg import queries
    from kg.rdf.endpoint import serve_in_background

    server, url = serve_in_background(built)
    try:
        client = SPARQLWrapper(url)
        client.setQuery(queries.text("who_visited_what", "sparql"))
        client.setReturnFormat(JSON)
        bindings = client.query().convert()["results"]["bindings"]
        rows = sorted((b["visitor"]["value"], b["visited"]["value"]) for b in bindings)
        assert rows == queries.run("who_visited_what", built, "cypher")
        client.setMethod("POST")
        client.setReturnFormat(CSV)
        assert client.query().convert().decode().startswith("visitor,visited")
    finally:
        server.shutdown()
        server.server_close()


def test_rdflib_and_pyoxigraph_agree(built):
    from kg import queries
    from kg.rdf.endpoint import load_store, rows, run

    _, oxi = rows(run(load_store(built), queries.text("who_visited_what", "sparql")))
    assert sorted(map(tuple, oxi)) == queries.run("who_visited_what", built, "sparql")


def test_nif_context_mentions_and_language_tags(built):
    from rdflib.namespace import SKOS

    from kg.rdf.namespace import ITSRDF, NIF

    data = to_rdf(read_json(built))
    seed = next(s for s in data.subjects(rdflib.namespace.DCTERMS.identifier, rdflib.Literal("000_122afc5b818c93bc")))
    text = str(data.value(seed, NIF.isString))
    assert (seed, rdflib.RDF.type, NIF.Context) in data
    mentions = list(data.subjects(NIF.referenceContext, seed))
    phrases = [m for m in mentions if (m, rdflib.RDF.type, NIF.Phrase) in data]
    assert phrases
    for m in phrases:  # offsets point into the context string and the anchor is the text there
        begin, end = int(data.value(m, NIF.beginIndex)), int(data.value(m, NIF.endIndex))
        assert text[begin:end] == str(data.value(m, NIF.anchorOf))
        assert data.value(m, ITSRDF.taIdentRef) is not None
    kim = next(s for s, o in data.subject_objects(SKOS.prefLabel) if str(o) == "North Korea")
    assert data.value(kim, SKOS.prefLabel).language == "en"
    assert {a.language for a in data.objects(kim, SKOS.altLabel)} == {"id"}
