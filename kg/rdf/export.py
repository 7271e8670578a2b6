"""The graph as RDF: :func:`to_rdf` (an rdflib Graph, for Python users), :func:`to_dataset`
(per-article named graphs) and :func:`write_rdf` (files; the line formats and Turtle
stream through pyoxigraph). What the statements are is in :mod:`kg.rdf.triples`."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, XSD, Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS
from rdflib.plugins.stores.memory import Memory

from kg.constants import RDF_FORMATS
from kg.errors import InputError
from kg.files import atomic_path
from kg.rdf.namespace import DEFAULT_BASE, ITSRDF, KG, NIF, WD
from kg.rdf.triples import oxigraph_terms, rdflib_terms, statements

FORMATS = RDF_FORMATS


class SortedMemory(Memory):
    """rdflib's memory store, but "all triples" comes out sorted: rdflib keeps them in a
    set, whose order changes from process to process, and several serializers
    (N-Triples, N-Quads, RDF/XML, JSON-LD) write in that order. Named graphs likewise."""

    def triples(self, triple_pattern, context=None):
        if triple_pattern == (None, None, None):
            yield from sorted(super().triples(triple_pattern, context), key=lambda item: item[0])
        else:
            yield from super().triples(triple_pattern, context)

    def contexts(self, triple=None):
        yield from sorted(super().contexts(triple), key=lambda graph: str(graph.identifier))


_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`]+")


def check_base(base: str) -> None:
    """A base IRI must be absolute and hold no character an IRI cannot (spaces, <, >, ...)."""
    if not _IRI.fullmatch(base):
        raise InputError(f"{base!r} is not a valid base IRI", "use an absolute IRI such as https://example.org/id/")


def to_rdf(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Graph:
    """The graph as an rdflib Graph (statements in :mod:`kg.rdf.triples`)."""
    check_base(base)
    terms = rdflib_terms(base)
    rdf = Graph(store=SortedMemory(), identifier=URIRef(f"{terms.base}graph"))
    for prefix, ns in PREFIXES.items():
        rdf.bind(prefix, ns)
    for s, p, o, _ in statements(graph, terms):
        rdf.add((s, p, o))
    return rdf


PREFIXES = {
    "kg": str(KG._NS),
    "skos": str(SKOS),
    "prov": str(PROV),
    "nif": str(NIF),
    "dct": str(DCTERMS),
    "owl": str(OWL),
    "wd": str(WD),
    "itsrdf": str(ITSRDF),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}


DATASET_FORMATS = ("trig", "nq")


def to_dataset(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Dataset:
    """The graph as a dataset: entities and facts in the default graph, and one named
    graph per article (named by the article IRI) holding its sentences, its mentions and
    the ``prov:wasDerivedFrom`` links of the facts it states."""
    check_base(base)
    terms = rdflib_terms(base)
    dataset = Dataset(store=SortedMemory())
    for prefix, ns in PREFIXES.items():
        dataset.bind(prefix, ns)
    for s, p, o, g in statements(graph, terms):
        (dataset.graph(g) if g is not None else dataset.default_graph).add((s, p, o))
    return dataset


def context() -> dict:
    return json.loads(resources.files("kg.rdf").joinpath("context.jsonld").read_text("utf-8"))


STREAMED = {"nt": "N_TRIPLES", "ttl": "TURTLE", "nq": "N_QUADS", "trig": "TRIG"}


def write_rdf(graph: nx.MultiDiGraph, path: str | Path, fmt: str = "ttl", base: str = DEFAULT_BASE) -> None:
    """N-Triples, Turtle, N-Quads and TriG stream through pyoxigraph's writers (big graphs
    never become an rdflib Graph); RDF/XML and JSON-LD go through rdflib's plugins (the
    JSON-LD with the shipped ``@context``). trig/nq carry one named graph per article."""
    check_base(base)
    with atomic_path(path) as tmp:
        if fmt in STREAMED:
            write_streamed(graph, tmp, fmt, base)
        elif fmt == "jsonld":  # rdflib's JSON-LD writer orders nodes by a set: sort them
            text = to_rdf(graph, base).serialize(format="json-ld", context=context()["@context"], auto_compact=True)
            tmp.write_text(json.dumps(_sorted_arrays(json.loads(text)), ensure_ascii=False, indent=2) + "\n")
        else:
            to_rdf(graph, base).serialize(destination=str(tmp), format=FORMATS[fmt], encoding="utf-8")


def write_streamed(graph: nx.MultiDiGraph, path: Path, fmt: str, base: str = DEFAULT_BASE) -> None:
    import pyoxigraph as ox

    terms = oxigraph_terms(base)
    stream = statements(graph, terms)
    if fmt in DATASET_FORMATS or fmt == "trig":
        default = ox.DefaultGraph()
        items = (ox.Quad(s, p, o, g if g is not None else default) for s, p, o, g in stream)
    else:
        items = (ox.Triple(s, p, o) for s, p, o, _ in stream)
    prefixes = PREFIXES if fmt in ("ttl", "trig") else None
    with open(path, "wb") as out:
        ox.serialize(items, out, getattr(ox.RdfFormat, STREAMED[fmt]), prefixes=prefixes)


def _sorted_arrays(value):
    """JSON-LD with every array in a canonical order (we emit no ``@list``, so order is free)."""
    if isinstance(value, dict):
        return {k: _sorted_arrays(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted_arrays(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value
