"""The entity of every argument of a fact, for the facts step (:mod:`.facts`): a named
mention is its resolved entity; a noun phrase that is a titled name ("Presiden Joko
Widodo", "anggota Komisi X DPR RI Budi Santoso (BS)") is that name's entity; a generic
word the article's institutions stand for ("polisi") is that institution; any other noun
phrase becomes an entity of its own (name as written, type as guessed); a pronoun takes
the person it refers to (*ia*: the last person named before it; *saya*: the speaker of its
quote; *kami*: the speaker's organisation, :mod:`.speaker_sides`), or there is none. Also :class:`Fact`, the
facts step's record of a triple.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.candidates import (
    ANAPHORIC,
    ENDERS,
    QUANTIFIERS,
    TIME_NOUNS,
    describes_person,
)
from kg.extractors.indonesian.descriptions import ROLE_WORDS, Descriptions, before_bracket, event_name, name_after
from kg.extractors.indonesian.gazetteer import by_name_key
from kg.extractors.indonesian.institutions import Institutions, home_government
from kg.extractors.indonesian.pairs import Candidate, lemma
from kg.extractors.indonesian.qualifiers import FAILURES
from kg.extractors.indonesian.relations import OBJECT_KEY
from kg.extractors.indonesian.rulebook import unit_heads
from kg.extractors.indonesian.speaker_sides import HOME_GOVERNMENT, SpeakerSides
from kg.extractors.indonesian.title_holders import TitleHolders, holder_title
from kg.ids import entity_id, name_key, normalize_name
from kg.model import Entity


@dataclass(frozen=True)
class Fact:
    subject: Entity
    predicate: str
    predicate_text: str
    object: Entity
    sentence_start: int
    confidence: float
    rule: str
    properties: tuple[tuple[str, str], ...] = ()
    predicate_lemma: str = ""


# words around a name in a phrase that is the person ("anggota ... Bambang", "terdakwa Mansur")
PERSON_WORDS = ROLE_WORDS | lx.OCCUPATIONS
TITLES_OR_OCCUPATIONS = lx.TITLES | lx.OCCUPATIONS
AREA_NOUNS = frozenset(["kawasan", "daerah", "wilayah", "area", "kota", "kabupaten", "provinsi"])
PLACES = frozenset(["GPE", "LOC", "FACILITY", "MISC"])


class ArgumentEntities(SpeakerSides):
    """The entity of every argument: named mentions through the resolver's links, noun
    phrases as entities of their own, pronouns through the person they refer to."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.named: dict[str, Entity] = doc._.kg_entities or {}
        self.links: dict[tuple[int, int], str] = doc._.kg_links or {}
        self.rule_objects: dict[str, Entity] = doc._.kg_rule_objects or {}
        self.created: dict[str, Entity] = {}
        self.spans: list[Span] = []
        self.starts: dict[int, list[Span]] = {}
        for s in doc.spans.get("kg_mentions", []):
            self.starts.setdefault(s.start, []).append(s)
        people = [s for s in doc.spans.get("kg_mentions", []) if self._linked(s, "PERSON")]
        self.people = sorted(people, key=lambda s: s.end)
        self.sentences: list[Span] | None = None
        self.sentence_starts: list[int] = []
        self.people_by_start: dict[int, Span] = {}
        self.people_in_order: list[Span] = []  # by start
        self.institutions = Institutions(doc, self.named, self.links)
        self.descriptions = Descriptions(doc)
        self.holders: TitleHolders | None = None
        self.described: dict[str, Entity] = {}  # noun phrases' entities that gained a description as alias
        self.units: dict[int, list[Span]] = {}  # the rules' units before their organisation, by end
        for obj in doc.spans.get(OBJECT_KEY, []):
            if obj.label_ == "ORG" and obj[0].lower_ in unit_heads():
                for end in self._unit_ends(obj):
                    self.units.setdefault(end, []).append(obj)

    def type_of(self, cand: Candidate) -> str:
        """A name's type, a person's when its entity is one: a "Purbaya" the NER took for a
        place is the person "Purbaya Yudhi Sadewa" the article names; other types stay the
        mention's ("IKN" building is the authority, though the entity is the city)."""
        if cand.kind == "name":
            eid = self.links.get((cand.span.start_char, cand.span.end_char))
            if eid in self.named and self.named[eid].type == "PERSON":
                return "PERSON"
        return cand.type

    def _linked(self, span: Span, etype: str) -> bool:
        eid = self.links.get((span.start_char, span.end_char))
        return eid is not None and self.named[eid].type == etype

    def of(self, cand: Candidate) -> Entity | None:
        span = cand.span
        if cand.kind == "name":
            if (unit := self._unit_of(span)) is not None:
                return unit  # "[Komisi III] DPR RI mendesak": the commission, not the house
            return self._entity_of(span)
        if cand.kind == "group":
            return self._speakers_organisation(cand)
        if cand.kind in ("pronoun", "speaker") or describes_person(span):
            kind = "speaker" if cand.kind == "speaker" else "pronoun"
            return self._as_person(span, self._antecedent(Candidate(span, "PERSON", kind)))
        holders = self.holders = self.holders or TitleHolders(self.doc, self.people)
        if holders.applies(span) and ((person := holders.holder(span)) is not None or len(span) == 1):
            return self._as_person(span, person)  # "Presiden", "Menpar", "Ketua Banggar DPR": the holder
        if (unit := self._unit_of(span, whole=True)) is not None:
            self.spans.append(Span(self.doc, span.start, span.end, label=unit.type, kb_id=unit.id))
            return unit
        if (named := self._named_after(span)) is not None:
            self.spans.append(Span(self.doc, span.start, span.end, label=named.type, kb_id=named.id))
            return named
        titled = self._titled_name(span)
        if titled is not None:
            return titled
        if (event := self._event(span)) is not None:
            return event
        if (institution := self._institution(span)) is not None:
            self.spans.append(Span(self.doc, span.start, span.end, label=institution.type, kb_id=institution.id))
            return institution
        earlier = self.descriptions.antecedent(span)
        entity = self._described(earlier, span) if earlier is not None else self._phrase(span, cand.type)
        self.spans.append(Span(self.doc, span.start, span.end, label=entity.type, kb_id=entity.id))
        return entity

    def _institution(self, span: Span) -> Entity | None:
        """The named entity a noun phrase stands for: "kawasan Tebet" Tebet (a place),
        "polisi" the police the article named, "pemerintah" the home government,
        "Kejaksaan Negeri (Kejari) Sidoarjo" the name the NER found."""
        area = self._area_name(span)
        place = "LOC" if area and self.named[area].type == "MISC" else ""  # "kawasan [Tebet]": a place
        institution = self.institutions.alias(area, span, place) if area else self.institutions.entity(span)
        if institution is None and home_government(span):
            institution = self._named_phrase(HOME_GOVERNMENT, span, "ORG")
        return institution if institution is not None else self.institutions.written(span)

    def _as_person(self, span: Span, person: Span | None) -> Entity | None:
        """The entity of the person mention a phrase stands for (a pronoun's antecedent, a
        title's holder), the phrase recorded as a mention of it; None without one."""
        if person is None:
            return None
        entity = self.named[self.links[(person.start_char, person.end_char)]]
        self.spans.append(Span(self.doc, span.start, span.end, label="PERSON", kb_id=entity.id))
        return entity

    def _named_after(self, span: Span) -> Entity | None:
        """The entity of the name a noun phrase goes by (:func:`.descriptions.name_after`)."""
        mention = name_after(span, self.starts)
        return self._entity_of(mention) if mention is not None else None

    def _entity_of(self, mention: Span) -> Entity | None:
        eid = self.links.get((mention.start_char, mention.end_char))
        return self.named.get(eid) if eid else None

    def _event(self, span: Span) -> Entity | None:
        """The event a phrase of event nouns names (:func:`.descriptions.event_name`): its name
        mention's entity, not a person's or place's ("acara Jakarta"), or one named so, of two
        words or more ("acara Hari": no name yet), the phrase an alias."""
        name, mention = event_name(span, self.starts) or (None, None)
        if mention is not None:
            entity = self._entity_of(mention)
            entity = None if entity is None or entity.type in ("PERSON", "GPE") else entity
        else:
            entity = self._named_phrase(normalize_name(name.text), span, "EVENT") if name and len(name) > 1 else None
        if entity is not None:
            self.spans.append(Span(self.doc, span.start, span.end, label=entity.type, kb_id=entity.id))
        return entity

    def _unit_ends(self, obj: Span) -> list[int]:
        """Where a rule unit ends, and where its short form ends inside it ("Fraksi PKB" of
        "Fraksi PKB DPR RI"): a name or a phrase ending there stands for the unit too."""
        entity = self.rule_objects.get(obj.kb_id_)
        aliases = {name_key(a) for a in entity.aliases} if entity is not None else set()
        inner = [k for k in range(obj.start + 2, obj.end) if name_key(self.doc[obj.start : k].text) in aliases]
        return [*inner, obj.end]

    def _unit_of(self, span: Span, whole: bool = False) -> Entity | None:
        """The unit the rules made of an organisation and the unit's words before it ("Komisi XI
        DPR RI", :meth:`RelationExtractor._unit`), for the organisation's name (``span`` ends it)
        or, with ``whole``, for a noun phrase that is the unit: the annotations name the unit
        as the one who acts ("Komisi III DPR RI mendesak ...")."""
        for obj in self.units.get(span.end, ()):
            if obj.start == span.start if whole else obj.start < span.start:
                return self.rule_objects.get(obj.kb_id_)
        return None

    def _phrase(self, span: Span, etype: str) -> Entity:
        """A noun phrase's own entity, named as written; a description of a thing that
        refers back to nothing named ("tunggakan pajak kendaraan tersebut") is named
        without its demonstrative, the written form kept as an alias (the training
        annotations name no argument with its demonstrative: 0 of 298)."""
        name = normalize_name(span.text)
        if (known := self._known_phrase(span)) is not None:
            return known
        core = before_bracket(span)
        if span.start + 2 <= core < span.end:  # "realisasi belanja daerah (APBD)": the written form an alias
            return self._named_phrase(normalize_name(span[: core - span.start].text), span, etype)
        if not _bare_description(span, etype):
            return self.created.setdefault(entity_id(name), Entity(entity_id(name), name, etype))
        return self._named_phrase(normalize_name(span[:-1].text), span, etype)

    def _known_phrase(self, span: Span) -> Entity | None:
        """The gazetteer's entity a noun phrase writes out ("kementerian pariwisata"): the one
        the article's names or the rules' objects gave it, else made as they make it."""
        entry = by_name_key().get(name_key(span.text))
        if entry is None:
            return None
        eid = entity_id(entry.name)
        known = self.created.get(eid) or self.named.get(eid) or self.rule_objects.get(eid)
        return self._aliased(known or entry.entity(), span)

    def _named_phrase(self, name: str, span: Span, etype: str) -> Entity:
        """The entity ``name`` (``etype``) a phrase stands for, the phrase as written an alias."""
        return self._aliased(self.created.setdefault(entity_id(name), Entity(entity_id(name), name, etype)), span)

    def _aliased(self, entity: Entity, span: Span) -> Entity:
        """A created entity with the phrase ``span`` as written as one more alias."""
        written = normalize_name(span.text)
        if written != entity.name and written not in entity.aliases:
            entity = replace(entity, aliases=tuple(sorted({*entity.aliases, written})))
            self.created[entity.id] = self.described[entity.id] = entity
        return entity

    def _described(self, earlier: Span, span: Span) -> Entity:
        """The entity of the name or noun phrase a description refers back to ("kasus ini":
        "kasus dugaan korupsi ..."), with the description as one more alias."""
        eid = self.links.get((earlier.start_char, earlier.end_char))
        if eid is not None:  # a name: its entity
            return self.institutions.alias(eid, span)
        return self._aliased(self._phrase(earlier, earlier.label_), span)

    def current(self, fact: Fact) -> Fact:
        """The fact with its entities as they are now (a named one may have gained an alias)."""
        subject, obj = self._latest(fact.subject), self._latest(fact.object)
        return fact if (subject, obj) == (fact.subject, fact.object) else replace(fact, subject=subject, object=obj)

    def _latest(self, entity: Entity) -> Entity:
        """``entity`` with the aliases it gained since (as a generic word's or a description's referent)."""
        return self.institutions.aliased.get(entity.id) or self.described.get(entity.id, entity)

    def _titled_name(self, span: Span) -> Entity | None:
        """A noun phrase that is a name with titles or capitalised words around it
        ("Presiden Joko Widodo", "Menteri Keuangan RI Purbaya") is the named entity, unless
        a title or role opens it and its one name is no person ("Ketua DPRD Kota Bogor",
        "Presiden AS": the title's holder, an entity of its own); so is
        one of a role noun, an organisation and a person, the person's short form in
        brackets after it ("anggota Komisi X DPR RI Budi Santoso (BS)"): the person; and a
        name with another name's short form in brackets after it ("Bank Indonesia
        Kalimantan Timur (Kaltim)"): the first name."""
        end, names = span.end, self._names_in(span.start, span.end)
        core = before_bracket(span)  # "anggota Komisi VII DPR RI Bambang Haryo Soekartono [(BHS)]"
        if core < end:
            inner = self._names_in(span.start, core)
            role = span[0].lower_.rstrip(".") in ROLE_WORDS and self._person_last(inner, core)
            if role or (len(names) == 2 and _titled_whole(inner, span.start, core)):
                end, names = core, inner  # "Bank Indonesia Kalimantan Timur [(Kaltim)]", "Presiden Jokowi [(X)]"
        person = self._person_last(names, end)
        if not names or (len(names) > 1 and not person):
            return None  # several names: the person at the end ("Ketua Komisi III DPR Habiburokhman")
        if len(names) == 1 and holder_title(span[0].lower_.rstrip(".")) and not self._linked(names[0], "PERSON"):
            return None  # a title and its organisation name the title's holder: "Ketua [DPRD Kota Bogor]"
        inside = {i for m in names for i in range(m.start, m.end)}
        rest = [t for t in self.doc[span.start : end] if not (t.i in inside or t.is_punct)]
        # "anggota Komisi VII DPR RI Bambang ...": a role noun; "terdakwa Mansur": a party to a case
        one_person = names[-1].end == end and self._linked(names[-1], "PERSON")
        words = PERSON_WORDS if person else TITLES_OR_OCCUPATIONS if one_person else lx.TITLES
        if not all(t.lower_ in words or t.text[:1].isupper() or lx.ORDINAL.fullmatch(t.lower_) for t in rest):
            return None
        return self._entity_of(names[-1])

    def _area_name(self, span: Span) -> str | None:
        """The place of a noun phrase that is an area noun and one place's name ("kawasan
        Tebet", "wilayah Jawa Barat"): the phrase is that place, written so."""
        if len(span) < 2 or span[0].lower_ not in AREA_NOUNS or not span[0].is_lower:
            return None
        names = self._names_in(span.start + 1, span.end)
        if len(names) != 1 or (names[0].start, names[0].end) != (span.start + 1, span.end):
            return None
        eid = self.links.get((names[0].start_char, names[0].end_char))
        return eid if eid is not None and self.named[eid].type in PLACES else None

    def _names_in(self, start: int, end: int) -> list[Span]:
        return [m for i in range(start, end) for m in self.starts.get(i, []) if m.end <= end]

    def _person_last(self, names: list[Span], end: int) -> bool:
        """Several names, the last a person ending at ``end``."""
        return len(names) > 1 and names[-1].end == end and self._linked(names[-1], "PERSON")

    def from_rule(self, raw) -> Fact | None:
        for eid in (raw.subject, raw.object):
            if eid in self.rule_objects:
                self.created[eid] = self.described[eid] = self._with_named(self.rule_objects[eid])
        subject = self.created.get(raw.subject) or self.named.get(raw.subject)
        obj = self.created.get(raw.object) or self.named.get(raw.object)
        if subject is None or obj is None:
            return None
        text = raw.predicate_text
        lemma_ = lemma(self.doc[self._key_token(raw.sentence_start, text)]) if text else ""
        props = tuple(sorted(raw.properties))
        return Fact(subject, raw.predicate, text, obj, raw.sentence_start, raw.confidence, raw.rule, props, lemma_)

    def _with_named(self, obj: Entity) -> Entity:
        """A rule's object as the article's entities end: a gazetteer entity named in the
        article too (same id) has the named one's aliases and the rule's name."""
        named = self.named.get(obj.id)
        if named is None:
            return obj
        return replace(named, aliases=tuple(sorted({*named.aliases, *obj.aliases} - {named.name})))

    def _key_token(self, start: int, text: str) -> int:
        """The token whose lemma keys a rule's words: the first, or "gagal (untuk) [kalah]"'s verb."""
        k = self._token_at(start, text)
        return k + len(text.split()) - 1 if self.doc[k].lower_ in FAILURES else k

    def _token_at(self, start: int, text: str) -> int:
        at = lx.doc_text(self.doc).find(text.split()[0], start)  # its first word's token
        span = self.doc.char_span(at, at + 1, alignment_mode="expand") if at >= 0 else None
        return span.start if span is not None else 0

    def used_spans(self, used: set[str]) -> list[Span]:
        kept = {(s.start, s.end): s for s in self.spans if s.kb_id_ in used}
        for span in self.doc.spans.get("kg_objects", []):
            if span.kb_id_ in used:
                kept[(span.start, span.end)] = span
        return [kept[k] for k in sorted(kept)]


def _titled_whole(names: list[Span], start: int, end: int) -> bool:
    """One name ending at ``end``, with nothing but titles (and an office's ordinal: "Presiden
    ke-7 Joko Widodo (Jokowi)") before it from ``start``."""
    if len(names) != 1 or names[0].end != end:
        return False
    before = names[0].doc[start : names[0].start]
    return all(t.lower_.rstrip(".") in lx.TITLES or lx.ORDINAL.fullmatch(t.lower_) for t in before)


def _bare_description(span: Span, etype: str) -> bool:
    """Whether ``span`` is two words or more about a thing and a demonstrative, which names
    the thing: not a person described ("pria 32 tahun ini", one of many), a count ("Kedua
    perusahaan itu"), a time ("musim ini", "kali ini") or a statement ("hal ini")."""
    words = [t.lower_ for t in span]
    if len(words) < 3 or words[-1] not in ENDERS or span[-2].is_punct or etype == "PERSON":
        return False
    return words[0] not in QUANTIFIERS | ANAPHORIC | TIME_NOUNS and not {"kali", "musim"} & set(words)
