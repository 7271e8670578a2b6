"""The schema check after the entity typer (kg_id_schema_check_v1), on fixed facts: no
person, by the final types, where the relation's domain or range has none; no state or city
owned; places nested by level."""

from kg.extractors.indonesian.fact_entities import Fact
from kg.model import Entity

MAK = Entity("e1", "Mak Igun", "PERSON")
JAKARTA = Entity("e2", "Jakarta", "GPE")
BEA_CUKAI = Entity("e3", "Ditjen Bea Cukai", "ORG")
KEMENKEU = Entity("e4", "Kementerian Keuangan", "ORG")
STADION = Entity("e5", "Stadion Utama", "MISC")


def fact(subject: Entity, predicate: str, obj: Entity) -> Fact:
    return Fact(subject, predicate, "", obj, 0, 0.9, "model")


def checked(nlp, facts: list[Fact], retyped: dict[str, str]) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc("Teks apa saja.")
    doc._.kg_triples, doc._.kg_entity_types = facts, retyped
    doc = nlp.get_pipe("kg_id_schema_check")(doc)
    return {(f.subject.name, f.predicate, f.object.name) for f in doc._.kg_triples}


def test_a_person_is_in_no_place_and_part_of_nothing(nlp):
    facts = [
        fact(MAK, "LOCATED_IN", JAKARTA),  # a person where the domain has places and organisations
        fact(MAK, "VISITS", JAKARTA),  # a person where the domain allows one
        fact(MAK, "RELATED_TO", JAKARTA),  # the open relation has no domain
        fact(STADION, "LOCATED_IN", JAKARTA),  # MISC is typed too loosely to reject a fact on
        fact(BEA_CUKAI, "PART_OF", KEMENKEU),
    ]
    assert checked(nlp, facts, {}) == {
        ("Mak Igun", "VISITS", "Jakarta"),
        ("Mak Igun", "RELATED_TO", "Jakarta"),
        ("Stadion Utama", "LOCATED_IN", "Jakarta"),
        ("Ditjen Bea Cukai", "PART_OF", "Kementerian Keuangan"),
    }


def test_the_types_are_the_typers(nlp):
    """The typer's final type decides: an organisation it made a person loses its PART_OF,
    and a person it would make a place (it never does) would keep its LOCATED_IN."""
    facts = [fact(BEA_CUKAI, "PART_OF", KEMENKEU), fact(MAK, "LOCATED_IN", JAKARTA)]
    assert checked(nlp, facts, {"e3": "PERSON", "e1": "LOC"}) == {("Mak Igun", "LOCATED_IN", "Jakarta")}


def test_no_facts_no_error(nlp):
    doc = nlp.make_doc("Teks apa saja.")
    assert nlp.get_pipe("kg_id_schema_check")(doc)._.kg_triples is None


def test_a_place_is_only_in_a_place_of_a_higher_level(nlp):
    """The gazetteer's levels: a city in a country, a province in a country; never a province
    in a province nor a country in any place ("tiba di Jakarta dari Garut, Jawa Barat")."""
    london, uk = Entity("g1", "London", "GPE"), Entity("g2", "United Kingdom", "GPE")
    west_java, china = Entity("g3", "West Java", "GPE"), Entity("g4", "China", "GPE")
    indonesia = Entity("g5", "Indonesia", "GPE")
    facts = [
        fact(london, "LOCATED_IN", uk),
        fact(JAKARTA, "LOCATED_IN", indonesia),
        fact(JAKARTA, "LOCATED_IN", west_java),
        fact(china, "LOCATED_IN", west_java),
        fact(indonesia, "PART_OF", uk),
        fact(STADION, "LOCATED_IN", west_java),  # a place the gazetteer gives no level
        fact(china, "CRITICIZES", indonesia),  # no containment
    ]
    assert checked(nlp, facts, {}) == {
        ("London", "LOCATED_IN", "United Kingdom"),
        ("Jakarta", "LOCATED_IN", "Indonesia"),
        ("Stadion Utama", "LOCATED_IN", "West Java"),
        ("China", "CRITICIZES", "Indonesia"),
    }


def test_no_state_or_city_is_owned(nlp):
    """OWNS of a GPE (by the final type) goes; an organisation, a place of another kind or
    a thing may be owned."""
    malaysia, singapore = Entity("g6", "Malaysia", "GPE"), Entity("g7", "Singapore", "GPE")
    khazanah, pulau = Entity("o1", "Khazanah", "ORG"), Entity("l1", "Pulau Sentosa", "LOC")
    facts = [
        fact(malaysia, "OWNS", singapore),
        fact(malaysia, "OWNS", khazanah),
        fact(malaysia, "OWNS", pulau),
        fact(malaysia, "RELATED_TO", singapore),
        fact(KEMENKEU, "OWNS", STADION),
    ]
    assert checked(nlp, facts, {"e5": "GPE"}) == {
        ("Malaysia", "OWNS", "Khazanah"),
        ("Malaysia", "OWNS", "Pulau Sentosa"),
        ("Malaysia", "RELATED_TO", "Singapore"),
    }
