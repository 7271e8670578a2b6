"""The graph as RDF through rdflib: entities with SKOS labels, one property
per canonical relation, and each fact reified (``rdf:Statement``) with
``prov:wasDerivedFrom`` pointing at NIF sentence resources."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from importlib import resources
from pathlib import Path
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS
from rdflib.plugins.stores.memory import Memory

from kg.constants import RDF_FORMATS
from kg.errors import InputError
from kg.files import atomic_path
from kg.ids import fact_id, sentence_id, stable_hash
from kg.rdf.namespace import DEFAULT_BASE, ITSRDF, KG, NIF, WD
from kg.vocab import label_for, relations

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


class Iris:
    """IRIs of our resources under a base; ids are hashes, article ids are %-escaped."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        check_base(base)
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, eid: str) -> URIRef:
        return URIRef(f"{self.base}entity/{eid}")

    def article(self, aid: str) -> URIRef:
        return URIRef(f"{self.base}article/{quote(aid, safe='')}")

    def sentence(self, sid: str) -> URIRef:
        return URIRef(f"{self.base}sentence/{sid}")

    def mention(self, aid: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}mention/{stable_hash('mention', aid, start, end)}")

    def fact(self, fid: str) -> URIRef:
        return URIRef(f"{self.base}fact/{fid}")


def to_rdf(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Graph:
    iris = Iris(base)
    rdf = Graph(store=SortedMemory(), identifier=URIRef(f"{iris.base}graph"))
    for prefix, ns in (
        ("kg", KG._NS),
        ("skos", SKOS),
        ("prov", PROV),
        ("nif", NIF),
        ("dct", DCTERMS),
        ("owl", OWL),
        ("wd", WD),
        ("itsrdf", ITSRDF),
    ):
        rdf.bind(prefix, ns)
    for aid, meta in graph.graph.get("articles", {}).items():
        _article(rdf, iris.article(aid), aid, meta)
    for node, data in graph.nodes(data=True):
        _entity(rdf, iris.entity(node), data, data.get("name_lang") or "id")
    _mentions(rdf, iris, graph)
    used = set()
    for u, v, key, data in graph.edges(keys=True, data=True):
        used.add(data.get("predicate", key))
        _fact(rdf, iris, u, v, key, data)
    for name in sorted(used):
        _relation(rdf, name)
    return rdf


def _article(rdf: Graph, iri: URIRef, aid: str, meta: dict[str, str]) -> None:
    """An article is a NIF context: its text, and the offsets of sentences and mentions point into it."""
    rdf.add((iri, RDF.type, KG.Article))
    rdf.add((iri, DCTERMS.identifier, Literal(aid)))
    if meta.get("text"):
        rdf.add((iri, RDF.type, NIF.Context))
        rdf.add((iri, NIF.isString, Literal(meta["text"])))
        rdf.add((iri, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
        rdf.add((iri, NIF.endIndex, Literal(len(meta["text"]), datatype=XSD.nonNegativeInteger)))
    for prop, key in ((DCTERMS.title, "title"), (DCTERMS.date, "date"), (KG.source, "source"), (KG.place, "place")):
        if meta.get(key):
            rdf.add((iri, prop, Literal(meta[key])))


def _entity(rdf: Graph, iri: URIRef, data: dict, lang: str) -> None:
    """Labels carry a language: the name's (a gazetteer's English name is ``en``, a name
    as written takes its article's), aliases are as written in the (Indonesian) articles."""
    rdf.add((iri, RDF.type, KG.Entity))
    rdf.add((iri, RDF.type, KG[label_for(data["type"])]))
    rdf.add((iri, KG.entityType, Literal(data["type"])))
    rdf.add((iri, SKOS.prefLabel, Literal(data["name"], lang=lang)))
    for alias in data.get("aliases", []):
        rdf.add((iri, SKOS.altLabel, Literal(alias, lang="id")))
    if data.get("wikidata"):
        rdf.add((iri, OWL.sameAs, WD[data["wikidata"]]))


def _mentions(rdf: Graph, iris: Iris, graph: nx.MultiDiGraph) -> None:
    """Each mention as a NIF phrase linked to its entity (``itsrdf:taIdentRef``)."""
    sentences = graph.graph.get("sentences", {})
    for sid, eid, start, end, *_ in graph.graph.get("mentions", []):
        sent = sentences[sid]
        iri = iris.mention(sent["article"], start, end)
        rdf.add((iri, RDF.type, NIF.Phrase))
        rdf.add((iri, NIF.anchorOf, Literal(sent["text"][start - sent["start"] : end - sent["start"]])))
        rdf.add((iri, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger)))
        rdf.add((iri, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
        rdf.add((iri, NIF.referenceContext, iris.article(sent["article"])))
        rdf.add((iri, NIF.sentence, iris.sentence(sid)))
        rdf.add((iri, ITSRDF.taIdentRef, iris.entity(eid)))


def _relation(rdf: Graph, name: str) -> None:
    prop = KG[name]
    rel = relations()[name]
    rdf.add((prop, RDF.type, OWL.ObjectProperty))
    rdf.add((prop, RDF.type, KG.Relation))
    rdf.add((prop, RDFS.label, Literal(name)))
    rdf.add((prop, SKOS.prefLabel, Literal(rel.label_en, lang="en")))
    rdf.add((prop, SKOS.prefLabel, Literal(rel.label_id, lang="id")))


def _fact(rdf: Graph, iris: Iris, u: str, v: str, key: str, data: dict) -> None:
    s, o, p = iris.entity(u), iris.entity(v), KG[data.get("predicate", key)]
    rdf.add((s, p, o))
    fact = iris.fact(fact_id(u, key, v))
    rdf.add((fact, RDF.type, RDF.Statement))
    rdf.add((fact, RDF.type, KG.Fact))
    rdf.add((fact, RDF.subject, s))
    rdf.add((fact, RDF.predicate, p))
    rdf.add((fact, RDF.object, o))
    rdf.add((fact, KG.confidence, Literal(Decimal(str(data["confidence"])), datatype=XSD.decimal)))
    rdf.add((fact, KG.evidenceCount, Literal(len(data["evidence"]))))
    for text in data["predicate_texts"]:
        rdf.add((fact, KG.predicateText, Literal(text)))
    if data.get("predicate_lemma"):
        rdf.add((fact, KG.predicateLemma, Literal(data["predicate_lemma"])))
    for value in data.get("dates", []):
        rdf.add((fact, KG.date, Literal(value)))
    for ev in data["evidence"]:
        sent = iris.sentence(sentence_id(ev["article"], ev["sentence_index"]))
        rdf.add((fact, PROV.wasDerivedFrom, sent))
        _sentence(rdf, iris, sent, ev)


def _sentence(rdf: Graph, iris: Iris, iri: URIRef, ev: dict) -> None:
    rdf.add((iri, RDF.type, NIF.Sentence))
    rdf.add((iri, NIF.anchorOf, Literal(ev["sentence"])))
    rdf.add((iri, NIF.beginIndex, Literal(ev["start"], datatype=XSD.nonNegativeInteger)))
    rdf.add((iri, NIF.endIndex, Literal(ev["end"], datatype=XSD.nonNegativeInteger)))
    rdf.add((iri, NIF.referenceContext, iris.article(ev["article"])))
    rdf.add((iri, KG.sentenceIndex, Literal(ev["sentence_index"])))


DATASET_FORMATS = ("trig", "nq")


def to_dataset(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Dataset:
    """The graph as a dataset: entities and facts in the default graph, and one named
    graph per article (named by the article IRI) holding its sentences and the
    ``prov:wasDerivedFrom`` links of the facts it states."""
    rdf = to_rdf(graph, base)
    dataset = Dataset(store=SortedMemory())
    for prefix, namespace in rdf.namespaces():
        dataset.bind(prefix, namespace)
    default = dataset.default_graph
    per_article: dict[str, list] = {}
    sentence_article = {s: a for s, a in rdf.subject_objects(NIF.referenceContext)}
    for triple in rdf:
        s, p, o = triple
        if s in sentence_article:
            per_article.setdefault(sentence_article[s], []).append(triple)
        elif p == PROV.wasDerivedFrom and o in sentence_article:
            per_article.setdefault(sentence_article[o], []).append(triple)
        else:
            default.add(triple)
    for article in sorted(per_article):
        named = dataset.graph(article)
        for triple in per_article[article]:
            named.add(triple)
    return dataset


def context() -> dict:
    return json.loads(resources.files("kg.rdf").joinpath("context.jsonld").read_text("utf-8"))


def write_rdf(graph: nx.MultiDiGraph, path: str | Path, fmt: str = "ttl", base: str = DEFAULT_BASE) -> None:
    """Serialize through rdflib's plugins; trig/nq carry one named graph per article,
    JSON-LD uses the shipped ``@context``."""
    data = to_dataset(graph, base) if fmt in DATASET_FORMATS else to_rdf(graph, base)
    with atomic_path(path) as tmp:
        if fmt == "jsonld":  # rdflib's JSON-LD writer orders nodes by a set: sort them
            text = data.serialize(format="json-ld", context=context()["@context"], auto_compact=True)
            tmp.write_text(json.dumps(_sorted_arrays(json.loads(text)), ensure_ascii=False, indent=2) + "\n")
        else:
            data.serialize(destination=str(tmp), format=FORMATS[fmt], encoding="utf-8")


def _sorted_arrays(value):
    """JSON-LD with every array in a canonical order (we emit no ``@list``, so order is free)."""
    if isinstance(value, dict):
        return {k: _sorted_arrays(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted_arrays(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value
