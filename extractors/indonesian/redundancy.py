"""Facts that say again what another fact of the same sentence says, or that contradict
another, removed by the facts step (:mod:`.facts`) before it writes ``doc._.kg_triples``:

- two containment facts of an article (LOCATED_IN, PART_OF) that say each holds the other
  (both go: lists of cities give them, "Medan LOCATED_IN Surabaya" and back);
- one role relation per person and organisation in a sentence (the most confident);
- of two facts alike but for one argument, one name starting the other, the shorter when
  the longer goes on with a name, else the longer;
- an open fact whose pair a canonical fact already links, or whose object that fact
  holds as a property or names inside its own;
- of two open facts of a sentence that link one pair both ways ("Penyaluran dana
  dilakukan melalui PT Pos" and back), the more confident: a sentence states one relation
  between two arguments, in one direction;
- a canonical fact whose object is a noun phrase around the object of another fact with
  the same subject and relation: "Garuda OWNS [pesawat baru Airbus A330-900 Neo]" beside
  "Garuda OWNS [Airbus A330-900 Neo]" (open facts keep both: the annotations take either
  extent; a name around a name, "Kedutaan Besar Rusia" around "Rusia", stays);
- a thing asked for or given (URGES, WARNS, SENDS, SUPPLIES, PROVIDES_AID_TO) beside a
  party the same subject asks or gives to in the sentence: the annotations take "the
  party when named and the thing otherwise" ("Agus mengimbau [seluruh pihak] agar ...
  menyukseskan [Sekolah Rakyat]": the parties only).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from kg.vocab import OPEN_RELATION

if TYPE_CHECKING:
    from kg.extractors.indonesian.fact_entities import Fact
    from kg.model import Entity


def without_repeats(facts: list[Fact], roles: frozenset[str], phrases: Collection[str] = ()) -> list[Fact]:
    """``facts`` without those that repeat another (in order); ``roles``: the role
    relations; ``phrases``: the ids of the entities made of noun phrases, not names."""
    kept = _one_direction(_without_shadowed_open(_without_cycles(_without_twins(facts))))
    return _without_things_beside_parties(_without_wrapped(_one_role(kept, roles), phrases))


def _without_twins(facts: list[Fact]) -> list[Fact]:
    """One of two facts of a sentence with the same relation and the same other argument,
    one argument's name the start of the other's (:func:`_lesser`): the NER cut a name the
    noun phrase holds whole ("[Pemerintah Provinsi] Jawa Tengah", "[Kabupaten] Serang"), or
    the noun phrase ran past the name; or one argument the origin of the people the other
    names ("wisatawan asal [China]": the tourists visit, not China)."""
    names: dict[tuple, list[str]] = {}
    for f in facts:
        for key, entity in _sides(f):
            names.setdefault(key, []).append(entity.name)
    return [f for f in facts if not any(_lesser(entity, n) for key, entity in _sides(f) for n in names[key])]


def _sides(f: Fact) -> list[tuple[tuple, Entity]]:
    """Each argument under the key of the rest of the fact."""
    return [
        (("subject", f.predicate, f.sentence_start, f.object.id), f.subject),
        (("object", f.predicate, f.sentence_start, f.subject.id), f.object),
    ]


def _lesser(entity: Entity, other: str) -> bool:
    """Of two names one of which starts the other, ``entity``'s is the one to drop: the
    shorter when the longer goes on with a name, a number or brackets ("Pemerintah Provinsi
    [DKI Jakarta]", "SEA Games [2019]"), the longer when it goes on with common words
    ("Timnas [juara]", "Hyundai [rencana]": a noun phrase run past the name); and a name
    the other gives as its origin ("47 ribu wisatawan asal [China]")."""
    name = entity.name
    if any(f" asal {n.lower()} " in f" {other.lower()} " for n in (name, *entity.aliases)):
        return True
    if other.lower().startswith(name.lower() + " "):
        return _goes_on_with_a_name(other[len(name) + 1 :])
    if name.lower().startswith(other.lower() + " "):
        return not _goes_on_with_a_name(name[len(other) + 1 :])
    return False


NAME_JOINERS = frozenset(["dan", "and", "of", "&", "de", "van", "von", "der", "du", "la", "di"])


def _goes_on_with_a_name(rest: str) -> bool:
    """ "Jawa Tengah", "2019", "(TGPF)", "and Hove Albion" go on with a name; "juara",
    "sejauh ini", "itu" do not."""
    words = rest.split()
    while len(words) > 1 and words[0].lower() in NAME_JOINERS:
        words = words[1:]
    return bool(words) and not words[0][:1].islower()


CONTAINMENT = frozenset(["LOCATED_IN", "PART_OF"])
MODEL = "model"  # the rule name of the relation model's facts


def _without_cycles(facts: list[Fact]) -> list[Fact]:
    """Neither of two containment facts of an article that say each holds the other
    ("Medan LOCATED_IN Surabaya" and "Surabaya LOCATED_IN Medan" from lists of cities),
    unless a rule read one of them from its construction and only the model the other
    ("[anak usaha] Pertamina, PT Pertamina Gas": the subsidiary is part of its parent)."""
    said: dict[tuple[str, str, str], set[bool]] = {}
    for f in facts:
        if f.predicate in CONTAINMENT:
            said.setdefault((f.subject.id, f.predicate, f.object.id), set()).add(f.rule == MODEL)
    return [f for f in facts if not _reversed(said, f)]


def _reversed(said: dict[tuple[str, str, str], set[bool]], f: Fact) -> bool:
    """Whether another fact says the reverse of ``f``, ``f`` not a rule's against the model's only."""
    reverse = said.get((f.object.id, f.predicate, f.subject.id))
    return bool(reverse) and not (f.rule != MODEL and reverse == {True})


def _without_wrapped(facts: list[Fact], phrases: Collection[str]) -> list[Fact]:
    named: dict[tuple[str, str, int], list[tuple[str, str]]] = {}
    for f in facts:
        if f.predicate != OPEN_RELATION:
            named.setdefault((f.subject.id, f.predicate, f.sentence_start), []).append(
                (f.object.id, f.object.name.lower())
            )

    def wrapped(f: Fact) -> bool:
        if f.object.id not in phrases or f.rule == "title":
            return False  # "Kedutaan Besar Rusia" is a name of its own, not a phrase around "Rusia";
            # so is the organisation a title names ("Menteri Koordinator Bidang ... Pembangunan Kewilayahan")
        name = f.object.name.lower()
        others = named.get((f.subject.id, f.predicate, f.sentence_start), [])
        return any(
            oid != f.object.id and len(inner) > 2 and len(inner) < len(name) and inner in name for oid, inner in others
        )

    titled = {(f.subject.id, f.predicate, f.sentence_start): f.object for f in facts if f.rule == "title"}

    def part_of_title(f: Fact) -> bool:
        """A piece of the organisation a title names (by any of its names: "BUMN" of the
        known "Kementerian BUMN"), taken for the role's organisation."""
        whole = titled.get((f.subject.id, f.predicate, f.sentence_start))
        if whole is None or f.rule not in ("role", "described"):
            return False
        part = f.object.name.lower()
        return any(part in name.lower() and len(part) < len(name) for name in (whole.name, *whole.aliases))

    return [f for f in facts if f.predicate == OPEN_RELATION or not (wrapped(f) or part_of_title(f))]


def _one_role(facts: list[Fact], roles: frozenset[str]) -> list[Fact]:
    """One role relation per person and organisation in a sentence: the most confident."""
    best: dict[tuple[str, str, int], Fact] = {}
    for f in facts:
        if f.predicate in roles:
            key = (f.subject.id, f.object.id, f.sentence_start)
            if key not in best or f.confidence > best[key].confidence:
                best[key] = f
    return [f for f in facts if f.predicate not in roles or best[(f.subject.id, f.object.id, f.sentence_start)] is f]


def _one_direction(facts: list[Fact]) -> list[Fact]:
    """Of open facts of a sentence linking one pair both ways, the most confident (the
    first of equals)."""
    best: dict[tuple[frozenset[str], int], Fact] = {}
    for f in facts:
        if f.predicate == OPEN_RELATION:
            key = (frozenset((f.subject.id, f.object.id)), f.sentence_start)
            if key not in best or f.confidence > best[key].confidence:
                best[key] = f

    def outdone(f: Fact) -> bool:  # the most confident of the pair points the other way
        return best[(frozenset((f.subject.id, f.object.id)), f.sentence_start)].subject.id != f.subject.id

    return [f for f in facts if f.predicate != OPEN_RELATION or not outdone(f)]


def _without_shadowed_open(facts: list[Fact]) -> list[Fact]:
    """An open fact goes when a canonical fact of the same sentence already links its pair;
    or, from the same subject and verb, already holds its object as a property ("Korea Utara
    menjual senjata ke Rusia": SELLS_TO Russia with goods "senjata", not also RELATED_TO
    "senjata"), or has an object named inside the open one's ("mengecam Korea Utara
    (18/10/2025)": CRITICIZES North Korea, not also RELATED_TO the longer phrase)."""
    canonical = {(f.subject.id, f.object.id, f.sentence_start) for f in facts if f.predicate != OPEN_RELATION}
    canonical |= {(o, s, st) for s, o, st in canonical}
    values: dict[tuple[str, int, str], set[str]] = {}
    objects: dict[tuple[str, int, str], set[str]] = {}
    for f in (f for f in facts if f.predicate != OPEN_RELATION):
        key = (f.subject.id, f.sentence_start, f.predicate_lemma)
        values.setdefault(key, set()).update(value.lower() for _, value in f.properties)
        objects.setdefault(key, set()).update(n.lower() for n in (f.object.name, *f.object.aliases) if len(n) > 2)

    def shadowed(f: Fact) -> bool:
        key, obj = (f.subject.id, f.sentence_start, f.predicate_lemma), f.object.name.lower()
        return (
            (f.subject.id, f.object.id, f.sentence_start) in canonical
            or obj in values.get(key, ())
            or any(n in obj for n in objects.get(key, ()))
        )

    return [f for f in facts if f.predicate != OPEN_RELATION or not shadowed(f)]


ADDRESSED = frozenset(["URGES", "WARNS", "SENDS", "SUPPLIES", "PROVIDES_AID_TO"])
PARTIES = frozenset(["PERSON", "ORG", "GPE", "LOC"])  # a region receives aid too


def _without_things_beside_parties(facts: list[Fact]) -> list[Fact]:
    """No fact of :data:`ADDRESSED` whose object is a thing when the same subject has one of
    the same relation with a party in the sentence."""
    parties = [f for f in facts if f.predicate in ADDRESSED and f.object.type in PARTIES]
    with_party = {(f.sentence_start, f.subject.id, f.predicate) for f in parties}
    return [
        f
        for f in facts
        if f.predicate not in ADDRESSED
        or f.object.type in PARTIES
        or (f.sentence_start, f.subject.id, f.predicate) not in with_party
    ]
