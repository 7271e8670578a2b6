"""The kg ontology (classes, relation properties) generated from the vocabulary,
and the SHACL shapes our exports satisfy. Both ship as Turtle files in the package
(``kg/ontology.ttl``, ``kg/shapes.ttl``); a test keeps them in sync."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH, SKOS

from kg.qualifiers import MODALITIES
from kg.rdf.namespace import KG, ONTOLOGY_IRI
from kg.vocab import ENTITY_LABELS, relations

SCHEMA = Namespace("https://schema.org/")
SCHEMA_CLASS = {
    "Person": SCHEMA.Person,
    "Organization": SCHEMA.Organization,
    "GeopoliticalEntity": SCHEMA.Place,
    "Location": SCHEMA.Place,
    "Facility": SCHEMA.Place,
    "Product": SCHEMA.Product,
    "Event": SCHEMA.Event,
    "Law": SCHEMA.Legislation,
    "Program": SCHEMA.Thing,
    "Money": SCHEMA.MonetaryAmount,
    "Concept": SCHEMA.DefinedTerm,
    "Thing": SCHEMA.Thing,
}
WIKIDATA_PROPERTY = Namespace("http://www.wikidata.org/prop/direct/")


def ontology() -> Graph:
    g = Graph()
    for prefix, ns in (("kg", KG._NS), ("owl", OWL), ("schema", SCHEMA), ("skos", SKOS), ("wdt", WIKIDATA_PROPERTY)):
        g.bind(prefix, ns)
    g.add((URIRef(ONTOLOGY_IRI.rstrip("#")), RDF.type, OWL.Ontology))
    g.add((KG.Entity, RDF.type, OWL.Class))
    for etype, label in ENTITY_LABELS.items():
        cls = KG[label]
        g.add((cls, RDF.type, OWL.Class))
        g.add((cls, RDFS.subClassOf, KG.Entity))
        g.add((cls, RDFS.subClassOf, SCHEMA_CLASS[label]))
        g.add((cls, RDFS.label, Literal(etype)))
    for rel in relations().values():
        _relation(g, rel)
    return g


def _relation(g: Graph, rel) -> None:
    prop = KG[rel.name]
    g.add((prop, RDF.type, OWL.ObjectProperty))
    g.add((prop, RDF.type, KG.Relation))
    g.add((prop, RDFS.label, Literal(rel.label_en, lang="en")))
    g.add((prop, RDFS.label, Literal(rel.label_id, lang="id")))
    if rel.family:
        g.add((prop, KG.family, Literal(rel.family)))
    for pid in rel.wikidata:  # Wikidata-aligned standing relations
        g.add((prop, SKOS.closeMatch, WIKIDATA_PROPERTY[pid]))
    if not rel.canonical:
        g.add(
            (
                prop,
                RDFS.comment,
                Literal("open fallback: the fact's words are in kg:predicateText and kg:predicateLemma", lang="en"),
            )
        )
    if rel.symmetric:
        g.add((prop, RDF.type, OWL.SymmetricProperty))
    if rel.inverse:
        g.add((prop, OWL.inverseOf, KG[rel.inverse]))
    for axis, types in ((RDFS.domain, rel.domain), (RDFS.range, rel.range)):
        classes = sorted({KG[ENTITY_LABELS[t]] for t in types if t in ENTITY_LABELS})
        if len(classes) == 1:
            g.add((prop, axis, classes[0]))
        elif classes:  # a union class, as owl:unionOf needs an RDF list
            union = URIRef(f"{ONTOLOGY_IRI}{rel.name}_{'domain' if axis == RDFS.domain else 'range'}")
            g.add((prop, axis, union))
            g.add((union, RDF.type, OWL.Class))
            head = BNode(f"{rel.name}{axis.fragment}")
            Collection(g, head, classes)
            g.add((union, OWL.unionOf, head))


NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
# (path, datatype or None, min count, max count or None) of each shape's properties
ENTITY_PROPERTIES = [(SKOS.prefLabel, RDF.langString, 1, 1), (KG.entityType, XSD.string, 1, 1)]
FACT_PROPERTIES = [
    (RDF.subject, None, 1, 1),
    (RDF.predicate, None, 1, 1),
    (RDF.object, None, 1, 1),
    (KG.confidence, XSD.decimal, 1, 1),
    (KG.predicateText, XSD.string, 1, None),
    (KG.modality, XSD.string, 1, 1),
    (URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None, 1, None),
]
SENTENCE_PROPERTIES = [
    (NIF.anchorOf, XSD.string, 1, 1),
    (NIF.beginIndex, XSD.nonNegativeInteger, 1, 1),
    (NIF.endIndex, XSD.nonNegativeInteger, 1, 1),
]


def shapes() -> Graph:
    """SHACL: entities have one prefLabel and a type class; facts have subject,
    predicate, object, a confidence in [0, 1], one modality of kg.qualifiers and at least
    one source sentence;
    sentences have their text and offsets."""
    g = Graph()
    g.bind("sh", SH)
    g.bind("kg", KG._NS)
    _shape(g, "EntityShape", KG.Entity, ENTITY_PROPERTIES)
    _shape(g, "FactShape", KG.Fact, FACT_PROPERTIES)
    _shape(g, "SentenceShape", NIF.Sentence, SENTENCE_PROPERTIES)
    relation = URIRef(f"{ONTOLOGY_IRI}FactShape-predicate")
    g.add((relation, SH["class"], KG.Relation))  # only relations of the schema
    confidence = URIRef(f"{ONTOLOGY_IRI}FactShape-confidence")
    g.add((confidence, SH.minInclusive, Literal(0, datatype=XSD.decimal)))
    g.add((confidence, SH.maxInclusive, Literal(1, datatype=XSD.decimal)))
    modalities = BNode()  # one of kg.qualifiers.MODALITIES
    Collection(g, modalities, [Literal(m) for m in MODALITIES])
    g.add((URIRef(f"{ONTOLOGY_IRI}FactShape-modality"), SH["in"], modalities))
    return g


def _shape(g: Graph, name: str, target: URIRef, props: list) -> None:
    shape = URIRef(f"{ONTOLOGY_IRI}{name}")
    g.add((shape, RDF.type, SH.NodeShape))
    g.add((shape, SH.targetClass, target))
    for path, datatype, low, high in props:
        local = path.split("#")[-1].split("/")[-1]
        prop = URIRef(f"{ONTOLOGY_IRI}{name}-{local}")
        g.add((shape, SH.property, prop))
        g.add((prop, SH.path, path))
        if datatype is not None:
            g.add((prop, SH.datatype, datatype))
        g.add((prop, SH.minCount, Literal(low)))
        if high is not None:
            g.add((prop, SH.maxCount, Literal(high)))


def packaged(name: str) -> Graph:
    return Graph().parse(data=resources.files("kg").joinpath(name).read_text("utf-8"), format="turtle")


def write_files(folder: Path) -> None:
    """Regenerate ``ontology.ttl`` and ``shapes.ttl`` (run after changing the vocabulary)."""
    ontology().serialize(destination=str(folder / "ontology.ttl"), format="turtle")
    shapes().serialize(destination=str(folder / "shapes.ttl"), format="turtle")


if __name__ == "__main__":
    write_files(Path(__file__).parents[1])
