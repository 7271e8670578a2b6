"""Our vocabulary as an rdflib ``DefinedNamespace``: a misspelt term raises."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg.constants import DEFAULT_BASE  # noqa: F401  (re-exported)
from kg.vocab import ENTITY_LABELS, relation_names

ONTOLOGY_IRI = "https://kg.example.org/ontology#"
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")


class KG(DefinedNamespace):
    """Classes and properties of kg; relation properties come from the vocabulary."""

    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True
    _extras = [*relation_names(), *ENTITY_LABELS.values()]

    Entity: URIRef
    Article: URIRef
    Fact: URIRef
    Relation: URIRef
    entityType: URIRef
    confidence: URIRef
    evidenceCount: URIRef
    date: URIRef
    predicateText: URIRef
    predicateLemma: URIRef
    family: URIRef
    sentenceIndex: URIRef
    source: URIRef
    place: URIRef
    modality: URIRef
    role: URIRef
    kind: URIRef
    deputy: URIRef
    acting: URIRef
    former: URIRef
