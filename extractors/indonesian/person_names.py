"""A person's one-word name, linked by the final types (``kg_id_person_names_v1``).

The entity resolver (:mod:`kg.extractors.indonesian.entities`) joins a one-word name to
the longer person name it is a word of ("Kluivert" -> "Patrick Kluivert"), but only to a
name the NER typed a person. The NER types the same name differently from one sentence to
the next ("Dianxi Xiaoge" a place, then an organisation; "Dianxi" a person, a place,
MISC), so a person the entity typer (:mod:`kg.extractors.indonesian.entity_types`) only
later makes a person keeps a second entity for the name the article mostly calls them by,
often of a wrong type ("Kluivert" GPE beside "Patrick Kluivert").

Runs after the typer and writes ``doc._.kg_entity_merges`` ({entity id: person's entity
id}): a one-word name that no gazetteer entry or region names, not written in capitals
and typed a person, an organisation or a place (not MISC: a prize, a product or a law is
often named after a person, and "memenangkan Nobel" is no Alfred Nobel) joins the one
person of the article, by the final types, whose name of two words or more starts or ends
with it, or has it after a prefix name ("Muhammad", an initial; "Akbar Djohan" joins
"Muhammad Akbar Djohan" too), unless that name holds a title or as many common words as
others (the typer's junk persons: "Hadiah Nobel", "Hasan Nasbi Ikut Sidang"). When two
persons share the word, nothing is joined. The conversion to the core's contract
(:func:`kg.extractors.indonesian.extractor.to_extraction`) gives the merged entity's
mentions and facts to the person; the schema check reads it as a person.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.entities import prefix_name
from kg.extractors.indonesian.entity_types import mentions_by_entity
from kg.extractors.indonesian.lemmas import is_common_word
from kg.extractors.indonesian.regions import is_region
from kg.extractors.indonesian.spans import all_capitals
from kg.model import Entity

PERSON = "PERSON"
NAMED = frozenset([PERSON, "ORG", "GPE", "LOC", "FACILITY"])  # not MISC: "memenangkan Nobel" is no Alfred Nobel


class PersonNames:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_entity_merges = person_merges(doc)
        return doc


def person_merges(doc: Doc) -> dict[str, str]:
    """{one-word entity id: the person entity id it joins} (see the module's doc)."""
    types: dict[str, str] = doc._.kg_entity_types or {}
    entities: dict[str, Entity] = doc._.kg_entities or {}
    spans = mentions_by_entity(doc)
    known = {eid for eid, group in spans.items() if any(s.kb_id_ for s in group)}
    called: dict[str, set[str]] = {}  # a word a person is called by -> the persons' ids
    for eid, entity in entities.items():
        if eid not in known and types.get(eid, entity.type) == PERSON:
            for word in called_by(entity.name):
                called.setdefault(word, set()).add(eid)
    merges = {}
    for eid, entity in entities.items():
        if eid in known or types.get(eid, entity.type) not in NAMED or not _called_alone(entity.name):
            continue
        persons = called.get(entity.name, set()) - {eid}
        if len(persons) == 1:
            merges[eid] = persons.pop()
    return merges


def called_by(name: str) -> set[str]:
    """The names a person of this name of two words or more is called by: the first word
    (or the one after a prefix name, and then also the name without it) and the last;
    none for a name with a title in it or with as many common words as others ("Hasan
    Nasbi Ikut Sidang", "Hadiah Nobel")."""
    words = name.split()
    common = sum(1 for w in words if is_common_word(w) and not prefix_name(w))
    if len(words) < 2 or 2 * common >= len(words) or not all(_name_word(w) for w in words):
        return set()
    if prefix_name(words[0]) and len(words) > 2:  # "Muhammad Akbar Djohan": "Akbar", "Akbar Djohan"
        return {words[1], words[-1], " ".join(words[1:])}
    return {words[0], words[-1]}


def _called_alone(name: str) -> bool:
    """A name that may be a word of a longer person's name, or that name without its prefix."""
    if " " in name:
        return all(_name_word(w) for w in name.split())
    return _name_word(name) and not all_capitals(name) and not is_region(name)


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in lx.TITLES
