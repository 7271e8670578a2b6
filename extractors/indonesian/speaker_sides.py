"""Who a pronoun of an article stands for, for :class:`.fact_entities.ArgumentEntities`
(a mixin): *ia*, *dia*, *beliau* the person named before it, *saya* the speaker of its
quote, and *kami*, *kita*, *pihaknya* the speaker's side: the organisation the speaker holds
a role in by the rules' role facts, a regional head's government ("Pemerintah Provinsi
Sumatera Selatan"), or the home state's government for its president.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from kg.extractors.indonesian.gazetteer import names_of
from kg.extractors.indonesian.pairs import Candidate
from kg.extractors.indonesian.regional_names import government_key
from kg.extractors.indonesian.roleparts import HOME_STATE
from kg.extractors.indonesian.speakers import antecedent, speaker
from kg.ids import entity_id, name_key
from kg.model import Entity

ROLE_RELATIONS = frozenset(["LEADER_OF", "OFFICIAL_OF", "SPOKESPERSON_OF", "MEMBER_OF", "EMPLOYEE_OF"])
HOME_GOVERNMENT = f"Pemerintah {HOME_STATE}"  # what "pemerintah" alone stands for (institutions.home_government)
# the government a regional head (or deputy) speaks for with "kami", "kita", "pihaknya": the
# annotations name it "Pemerintah Provinsi Sumatera Selatan", not the province
REGIONAL_HEADS = {"gubernur": "Provinsi", "bupati": "Kabupaten", "wali kota": "Kota", "walikota": "Kota"}


class SpeakerSides:
    """The referents of pronouns; reads ``doc``, ``named``, ``links``, ``people``,
    ``rule_objects`` and writes ``created``, ``described``, ``spans`` of the class it is
    mixed into."""

    doc: Doc
    named: dict[str, Entity]
    links: dict[tuple[int, int], str]
    people: list[Span]
    rule_objects: dict[str, Entity]
    created: dict[str, Entity]
    described: dict[str, Entity]
    spans: list[Span]
    sentences: list[Span] | None
    sentence_starts: list[int]
    people_by_start: dict[int, Span]
    people_in_order: list[Span]

    def _antecedent(self, cand: Candidate) -> Span | None:
        """A third-person pronoun's person (:func:`~kg.extractors.indonesian.speakers.antecedent`);
        a first-person one's: the speaker of its quote (:mod:`kg.extractors.indonesian.speakers`)."""
        if self.sentences is None:
            self.sentences = list(self.doc.sents)
            self.sentence_starts = [s.start for s in self.sentences]
            self.people_by_start = {s.start: s for s in sorted(self.people, key=lambda s: s.start)}
            self.people_in_order = list(self.people_by_start.values())
        k = bisect_right(self.sentence_starts, cand.start) - 1
        if cand.kind == "pronoun":
            return antecedent(self.sentences, k, cand.start, self.people_in_order)
        return speaker(self.sentences, k, self.people_by_start)

    def _speakers_organisation(self, cand: Candidate) -> Entity | None:
        """*kami*, *kita*, *pihaknya*: the organisation the speaker holds a role in, by the
        rules' role facts of the article (the first one), as long as there is one."""
        person = self._antecedent(Candidate(cand.span, "PERSON", "speaker"))
        if person is None:
            return None
        pid = self.links[(person.start_char, person.end_char)]
        for raw in self.doc._.kg_rule_triples or []:
            if raw.subject == pid and raw.predicate in ROLE_RELATIONS:
                org = self.named.get(raw.object) or self.rule_objects.get(raw.object)
                if org is not None:
                    if raw.object in self.rule_objects:
                        org = self._with_named(self.rule_objects[raw.object])
                        self.created[org.id] = self.described[org.id] = org
                    org = self._government(dict(raw.properties).get("role", ""), org)
                    self.spans.append(Span(self.doc, cand.start, cand.end, label=org.type, kb_id=org.id))
                    return org
        if self._head_of_state(pid):  # "Kita juga sudah mulai ... membangun", kata Presiden Prabowo
            return self._named_phrase(HOME_GOVERNMENT, cand.span, "ORG")
        return None

    def _head_of_state(self, pid: str) -> bool:
        """The person is named after *Presiden* or *Wakil Presiden* (*Wapres*) without a
        country ("Presiden Prabowo", "Presiden RI Prabowo"): the home state's."""
        for span in self.people:
            if self.links.get((span.start_char, span.end_char)) == pid:
                before = [t.lower_ for t in self.doc[max(0, span.start - 2) : span.start]]
                if before[-1:] in (["presiden"], ["wapres"]) or before == ["presiden", "ri"]:
                    return True
        return False

    def _government(self, role: str, org: Entity) -> Entity:
        """A regional head's place as the one "kami" stands for: the region's government,
        the one the article names when it does ("Pemprov Sumsel")."""
        name = regional_government(role, org)
        if name is None:
            return org
        key = government_key(name_key(name))
        for entity in self.named.values():
            if entity.type == "ORG" and key in {government_key(name_key(n)) for n in (entity.name, *entity.aliases)}:
                return entity
        return self.created.setdefault(entity_id(name), Entity(entity_id(name), name, "ORG"))

    def _with_named(self, obj: Entity) -> Entity:
        raise NotImplementedError

    def _named_phrase(self, name: str, span: Span, etype: str) -> Entity:
        raise NotImplementedError


def regional_government(role: str, place: Entity) -> str | None:
    """ "Pemerintah Provinsi Sumatera Selatan" for the place of a "Wakil Gubernur" (the
    place's Indonesian name when the gazetteer knows it), or None for other roles."""
    words = role.lower().split()
    words = words[1:] if words[:1] in (["wakil"], ["plt"]) else words
    level = REGIONAL_HEADS.get(" ".join(words[:2])) or REGIONAL_HEADS.get(words[0] if words else "")
    if level is None or place.type != "GPE":
        return None
    return f"Pemerintah {level} {(names_of().get(place.name) or (place.name,))[0]}"
