"""The schema's person slots, checked on the final types (``kg_id_schema_check_v1``).

Runs after the entity typer (:mod:`kg.extractors.indonesian.entity_types`) and the
person-name merge (:mod:`kg.extractors.indonesian.person_names`; a merged name is its
person's) and keeps in ``doc._.kg_triples`` only the facts that put no person, as they
leave the types, in a slot whose domain or range names no person: "Mak Igun LOCATED_IN
Jakarta", "Seksi Pidana Khusus PART_OF Sidoarjo", "Yogyakarta LOCATED_IN Supomo". The
fact builder checks the schema on the pipeline's types of names and pronouns; this check
sees the final type of every argument, noun phrases included ("1.743 personel pengamanan
LOCATED_IN Jakpus").
On the training articles 13 of the 14 facts it drops were false (the annotations put no
person in LOCATED_IN or PART_OF). Other mismatches stay: MISC, CONCEPT and the other
types of noun phrases are guessed too loosely to reject a fact on.

It drops an OWNS whose object is, by its final type, a GPE (:data:`NOT_OWNED`; the
four such facts of the training and pseudo-articles were all false: "North Korea OWNS
sembilan negara pemilik senjata atom", "Malaysia OWNS Singapore"). It also keeps a place
in a place only when the gazetteer's levels allow it: a city in a province or a country,
a province in a country, never a country or a province in a place of its own level or
below ("Jakarta LOCATED_IN West Java" from "tiba di Jakarta dari
Garut, Jawa Barat"; "China LOCATED_IN North Sulawesi"). Places the gazetteer gives no
level are not judged.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extractors.indonesian.fact_entities import Fact
from kg.extractors.indonesian.gazetteer import place_levels
from kg.vocab import relations

PERSON = "PERSON"
CONTAINMENT = frozenset(["LOCATED_IN", "PART_OF"])
# a state, a province or a city is no one's property: the annotations never make one the
# object of OWNS (0 of the training articles' 40), while the model gave "Malaysia OWNS
# Singapore" ("Temasek dari Singapura dan Khazanah milik Malaysia")
NOT_OWNED = frozenset(["GPE"])


class SchemaCheck:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.kg_triples:
            types = {**(doc._.kg_entity_types or {}), **dict.fromkeys(doc._.kg_entity_merges or {}, PERSON)}
            kept = (f for f in doc._.kg_triples if person_fits(f, types) and places_nest(f))
            doc._.kg_triples = [f for f in kept if owned_fits(f, types)]
        return doc


def person_fits(fact: Fact, types: dict[str, str]) -> bool:
    """No person, by the final types (``types``: the typer's changes), where the relation
    allows none."""
    relation = relations().get(fact.predicate)
    if relation is None:
        return True
    for entity, allowed in ((fact.subject, relation.domain), (fact.object, relation.range)):
        if allowed and PERSON not in allowed and types.get(entity.id, entity.type) == PERSON:
            return False
    return True


def places_nest(fact: Fact) -> bool:
    """A containment fact between two places of known level puts the lower in the higher."""
    if fact.predicate not in CONTAINMENT:
        return True
    levels = place_levels()
    inner, outer = levels.get(fact.subject.name, 0), levels.get(fact.object.name, 0)
    return not (inner and outer) or inner < outer


def owned_fits(fact: Fact, types: dict[str, str]) -> bool:
    """No place that governs itself (:data:`NOT_OWNED`, by its final type) owned by anyone."""
    return fact.predicate != "OWNS" or types.get(fact.object.id, fact.object.type) not in NOT_OWNED
