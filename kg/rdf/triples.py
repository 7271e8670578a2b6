"""The graph as RDF statements, generated once for two libraries: rdflib (``to_rdf``, what
users get as a Python object) and pyoxigraph (the streaming writer of big files). A
:class:`Terms` makes the nodes of one library; :func:`statements` yields
``(subject, predicate, object, graph)`` with ``graph`` the article a statement belongs to
(its sentences and the ``prov:wasDerivedFrom`` links to them) or None (the default graph).

Entities carry SKOS labels, one property per relation, each fact reified
(``rdf:Statement``, ``kg:Fact``) with ``prov:wasDerivedFrom`` its NIF sentences and its
qualifiers (``kg:modality``, ``kg:role``, ``kg:kind``, the role flags: :mod:`kg.qualifiers`);
a fact only denied or only supposed is reified but not asserted. Articles are NIF
contexts, mentions NIF phrases.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, XSD
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.ids import fact_id, sentence_id, stable_hash
from kg.qualifiers import ASSERTED, FLAGS, fact_qualifiers
from kg.rdf.namespace import ITSRDF, KG, NIF, WD
from kg.vocab import label_for, relations

Statement = tuple[Any, Any, Any, Any]
NNI = str(XSD.nonNegativeInteger)


class Terms:
    """IRIs and literals of one RDF library, and our resources' IRIs under a base."""

    def __init__(self, base: str, iri, literal) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.iri = iri  # str -> IRI node
        self._literal = literal  # (lexical form, datatype IRI | None, language | None) -> literal
        self._cache: dict[str, Any] = {}

    def v(self, term: str) -> Any:
        """A vocabulary IRI (cached: the same few are used millions of times)."""
        node = self._cache.get(term)
        if node is None:
            node = self._cache[term] = self.iri(str(term))
        return node

    def text(self, value: str, lang: str | None = None) -> Any:
        return self._literal(value, None, lang)

    def typed(self, value: Any, datatype: str) -> Any:
        return self._literal(str(value), datatype, None)

    def entity(self, eid: str) -> Any:
        return self.iri(f"{self.base}entity/{eid}")

    def article(self, aid: str) -> Any:
        return self.iri(f"{self.base}article/{quote(aid, safe='')}")

    def sentence(self, sid: str) -> Any:
        return self.iri(f"{self.base}sentence/{sid}")

    def mention(self, aid: str, start: int, end: int) -> Any:
        return self.iri(f"{self.base}mention/{stable_hash('mention', aid, start, end)}")

    def fact(self, fid: str) -> Any:
        return self.iri(f"{self.base}fact/{fid}")


def statements(graph: nx.MultiDiGraph, t: Terms) -> Iterator[Statement]:
    """Every statement once (sentences shared by facts and relation declarations are
    emitted the first time only), in the graph's order."""
    for aid, meta in graph.graph.get("articles", {}).items():
        yield from _article(t, aid, meta)
    for node, data in graph.nodes(data=True):
        yield from _entity(t, t.entity(node), data, data.get("name_lang") or "id")
    yield from _mentions(t, graph)
    used: set[str] = set()
    seen: set[str] = set()
    for u, v, key, data in graph.edges(keys=True, data=True):
        used.add(data.get("predicate", key))
        yield from _fact(t, u, v, key, data, seen)
    for name in sorted(used):
        yield from _relation(t, name)


def _article(t: Terms, aid: str, meta: dict[str, str]) -> Iterator[Statement]:
    """An article is a NIF context: its text, and the offsets of sentences and mentions point into it."""
    iri, a = t.article(aid), t.v(RDF.type)
    yield iri, a, t.v(KG.Article), None
    yield iri, t.v(DCTERMS.identifier), t.text(aid), None
    if meta.get("text"):
        yield iri, a, t.v(NIF.Context), None
        yield iri, t.v(NIF.isString), t.text(meta["text"]), None
        yield iri, t.v(NIF.beginIndex), t.typed(0, NNI), None
        yield iri, t.v(NIF.endIndex), t.typed(len(meta["text"]), NNI), None
    for prop, key in ((DCTERMS.title, "title"), (DCTERMS.date, "date"), (KG.source, "source"), (KG.place, "place")):
        if meta.get(key):
            yield iri, t.v(prop), t.text(meta[key]), None


def _entity(t: Terms, iri: Any, data: dict, lang: str) -> Iterator[Statement]:
    """Labels carry a language: the name's (a gazetteer's English name is ``en``, a name
    as written takes its article's), aliases are as written in the (Indonesian) articles."""
    yield iri, t.v(RDF.type), t.v(KG.Entity), None
    yield iri, t.v(RDF.type), t.v(KG[label_for(data["type"])]), None
    yield iri, t.v(KG.entityType), t.text(data["type"]), None
    yield iri, t.v(SKOS.prefLabel), t.text(data["name"], lang), None
    for alias in data.get("aliases", []):
        yield iri, t.v(SKOS.altLabel), t.text(alias, "id"), None
    if data.get("wikidata"):
        yield iri, t.v(OWL.sameAs), t.iri(str(WD[data["wikidata"]])), None


def _mentions(t: Terms, graph: nx.MultiDiGraph) -> Iterator[Statement]:
    """Each mention as a NIF phrase linked to its entity (``itsrdf:taIdentRef``), in its
    article's graph."""
    sentences = graph.graph.get("sentences", {})
    for sid, eid, start, end, *_ in graph.graph.get("mentions", []):
        sent = sentences[sid]
        iri, article = t.mention(sent["article"], start, end), t.article(sent["article"])
        yield iri, t.v(RDF.type), t.v(NIF.Phrase), article
        yield iri, t.v(NIF.anchorOf), t.text(sent["text"][start - sent["start"] : end - sent["start"]]), article
        yield iri, t.v(NIF.beginIndex), t.typed(start, NNI), article
        yield iri, t.v(NIF.endIndex), t.typed(end, NNI), article
        yield iri, t.v(NIF.referenceContext), article, article
        yield iri, t.v(NIF.sentence), t.sentence(sid), article
        yield iri, t.v(ITSRDF.taIdentRef), t.entity(eid), article


def _relation(t: Terms, name: str) -> Iterator[Statement]:
    prop, rel = t.v(KG[name]), relations()[name]
    yield prop, t.v(RDF.type), t.v(OWL.ObjectProperty), None
    yield prop, t.v(RDF.type), t.v(KG.Relation), None
    yield prop, t.v(RDFS.label), t.text(name), None
    yield prop, t.v(SKOS.prefLabel), t.text(rel.label_en, "en"), None
    yield prop, t.v(SKOS.prefLabel), t.text(rel.label_id, "id"), None


def _fact(t: Terms, u: str, v: str, key: str, data: dict, seen: set[str]) -> Iterator[Statement]:
    s, o, p = t.entity(u), t.entity(v), t.v(KG[data.get("predicate", key)])
    fact = t.fact(fact_id(u, key, v))
    qualifiers = fact_qualifiers(data["evidence"])
    if qualifiers["modality"] in ASSERTED:
        yield s, p, o, None  # a fact only denied or only supposed is not asserted, only described
    for prop, value in ((RDF.type, t.v(RDF.Statement)), (RDF.type, t.v(KG.Fact)), (RDF.subject, s)):
        yield fact, t.v(prop), value, None
    yield fact, t.v(RDF.predicate), p, None
    yield fact, t.v(RDF.object), o, None
    yield fact, t.v(KG.confidence), t.typed(Decimal(str(data["confidence"])), str(XSD.decimal)), None
    yield fact, t.v(KG.evidenceCount), t.typed(len(data["evidence"]), str(XSD.integer)), None
    for text in data["predicate_texts"]:
        yield fact, t.v(KG.predicateText), t.text(text), None
    if data.get("predicate_lemma"):
        yield fact, t.v(KG.predicateLemma), t.text(data["predicate_lemma"]), None
    for value in data.get("dates", []):
        yield fact, t.v(KG.date), t.text(value), None
    yield from _qualifiers(t, fact, qualifiers)
    for ev in data["evidence"]:
        sid = sentence_id(ev["article"], ev["sentence_index"])
        sent, article = t.sentence(sid), t.article(ev["article"])
        yield fact, t.v(PROV.wasDerivedFrom), sent, article
        if sid not in seen:
            seen.add(sid)
            yield from _sentence(t, sent, article, ev)


def _qualifiers(t: Terms, fact: Any, qualifiers: dict[str, Any]) -> Iterator[Statement]:
    """kg:modality, the role flags that hold, and each role and kin word (kg.qualifiers)."""
    yield fact, t.v(KG.modality), t.text(qualifiers["modality"]), None
    for flag in FLAGS:
        if qualifiers[flag]:
            yield fact, t.v(KG[flag]), t.typed("true", str(XSD.boolean)), None
    for prop, name in ((KG.role, "roles"), (KG.kind, "kinds")):
        for value in qualifiers[name]:
            yield fact, t.v(prop), t.text(value), None


def _sentence(t: Terms, iri: Any, article: Any, ev: dict) -> Iterator[Statement]:
    yield iri, t.v(RDF.type), t.v(NIF.Sentence), article
    yield iri, t.v(NIF.anchorOf), t.text(ev["sentence"]), article
    yield iri, t.v(NIF.beginIndex), t.typed(ev["start"], NNI), article
    yield iri, t.v(NIF.endIndex), t.typed(ev["end"], NNI), article
    yield iri, t.v(NIF.referenceContext), article, article
    yield iri, t.v(KG.sentenceIndex), t.typed(ev["sentence_index"], str(XSD.integer)), article


def rdflib_terms(base: str) -> Terms:
    from rdflib import Literal, URIRef

    def literal(value: str, datatype: str | None, lang: str | None):
        return Literal(value, lang=lang) if lang else Literal(value, datatype=URIRef(datatype) if datatype else None)

    return Terms(base, URIRef, literal)


def oxigraph_terms(base: str) -> Terms:
    import pyoxigraph as ox

    datatypes: dict[str, Any] = {}

    def literal(value: str, datatype: str | None, lang: str | None):
        if lang:
            return ox.Literal(value, language=lang)
        if datatype:
            node = datatypes.get(datatype) or datatypes.setdefault(datatype, ox.NamedNode(datatype))
            return ox.Literal(value, datatype=node)
        return ox.Literal(value)

    return Terms(base, ox.NamedNode, literal)
