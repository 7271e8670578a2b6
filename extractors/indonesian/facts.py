"""The facts of a doc: the relation model's pairs and the rule extractor's triples, made
into triples between entities, with the words that state them, the role, the modality
and the date.

- A pair's arguments become entities (:mod:`.fact_entities`): a named mention is its
  resolved entity; a noun phrase becomes an entity of its own (name as written, type as
  guessed); a pronoun takes the person it refers to (*ia*: the last person named before
  it; *saya*: the speaker of its quote), or the pair is dropped; a schema relation through
  a pronoun needs a probability of ``PRONOUN_THRESHOLD``.
- The words (:mod:`.fact_words`): for role relations the title before the person ("Wakil
  Ketua Umum", the ``role`` property, with ``deputy``/``acting``/``former`` flags); for
  the others the verb between the arguments that states the fact, else the words between
  them, else the nearest verb around them; and its lemma.
- Modality: a negated fact keeps ``negated: "true"``, a hypothetical one (a plan, a
  condition, a question, an obligation) ``hypothetical: "true"``, a hedged one
  (*diduga*) ``alleged: "true"``; their confidence is lowered.
- Rules and model: where both give a fact on the same pair, the canonical relation wins
  over RELATED_TO and the higher confidence over the lower; facts that repeat another go
  (:mod:`.redundancy`), and so do the model's pairs that only stand side by side in a
  list or an address (:mod:`.coordination`).

Writes ``doc._.kg_triples`` (list of :class:`Fact`), ``doc.spans["kg_fact_mentions"]``
(the noun phrases, pronouns and rule objects the facts use; ``kb_id_`` = entity id) and
``doc._.kg_fact_entities`` ({id: Entity} of those that are not named mentions, and of
named ones a generic word stood for, with that word as an alias: :mod:`.institutions`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.appositions import holder_for, people_by_start, title_phrase_for, titled_name
from kg.extractors.indonesian.candidates import (
    MEASURES,
    NOT_PARTICIPANTS,
    QUANTIFIERS,
    TIME_NOUNS,
    describes_person,
    unspecific,
    vague,
)
from kg.extractors.indonesian.coordination import Positions
from kg.extractors.indonesian.dates import SPAN_KEY as DATES
from kg.extractors.indonesian.dates import nearest_date
from kg.extractors.indonesian.fact_entities import ArgumentEntities, Fact
from kg.extractors.indonesian.fact_words import fact_words, verb_around
from kg.extractors.indonesian.label_guards import guarded
from kg.extractors.indonesian.lists import overlaps, spread
from kg.extractors.indonesian.offices import RULE as UNIT_OFFICE
from kg.extractors.indonesian.offices import through_units
from kg.extractors.indonesian.pairs import Candidate, lemma
from kg.extractors.indonesian.qualifiers import FAILURES, negated_between, purpose_between, requested
from kg.extractors.indonesian.redundancy import without_repeats
from kg.extractors.indonesian.relation_model import Pair
from kg.extractors.indonesian.rulebook import rule_confidences
from kg.extractors.indonesian.speaker_sides import ROLE_RELATIONS
from kg.model import Entity
from kg.vocab import OPEN_RELATION, relations

SPAN_KEY = "kg_fact_mentions"
# verbs of reporting: an open fact stated by them is where or what someone said ("ditemui di",
# "mengungkapkan"): 0 true of 8 and 2 of 17 on the training articles (docs/relations.md)
REPORTING = frozenset(["temu", "ungkap"])
MODALITY_FACTOR = {"plain": 1.0, "hypothetical": 0.7, "negated": 0.5}

# Which source states which relations, decided per family by measurement (README, "How well
# it extracts"): role relations come from the rules only (on validation articles: rules P 0.82
# R 0.23; the model's role pairs P 0.25 R 0.06, and together P 0.55 R 0.29).
RULES_ONLY = ROLE_RELATIONS
# A schema fact whose argument is a pronoun (ia, saya, kami) needs more of the model: on the
# validation folds such facts were right 9 times of 27 at the model's threshold (0.25), 8 of
# 13 from 0.4 on (docs/relations.md, sixteenth session)
PRONOUN_KINDS = frozenset(["pronoun", "speaker", "group"])
PRONOUN_THRESHOLD = 0.4
# an open fact between two concepts is kept only when one causes the other ("cuaca panas
# disebabkan oleh aktivitas industri"): the lemmas of causing
CAUSES = frozenset(["sebab", "picu", "akibat", "dampak", "pengaruh", "karena"])


# a place named after these is no agent of the verb after it (:func:`place_as_agent`)
PLACE_PREPS = lx.LOC_PREPS - {"dari"}  # "dari" names a source, which acts
WE = frozenset(["kami", "kita", "saya", "aku"])
STANDING = frozenset(["LOCATED_IN", "PART_OF"])
NOT_SPREAD = STANDING | ROLE_RELATIONS | {OPEN_RELATION}  # labels not spread over a list (:mod:`.lists`)
SYMMETRIC = frozenset(name for name, relation in relations().items() if relation.symmetric)


class FactBuilder:
    def __init__(self, name: str) -> None:
        self.name = name
        self.unit_office = rule_confidences()[UNIT_OFFICE]

    def __call__(self, doc: Doc) -> Doc:
        ents = ArgumentEntities(doc)
        facts: dict[tuple[str, str, str, int], Fact] = {}
        for raw in doc._.kg_rule_triples or []:
            fact = ents.from_rule(raw)
            if fact is not None:
                _keep(facts, fact)
        positions, people = Positions(doc), people_by_start(doc)
        stated = [_through_titles(positions, people, pair) for pair in doc._.kg_pairs or []]
        for pair in filter(None, map(guarded, [*stated, *spread(positions, stated, NOT_SPREAD)])):
            fact = self._from_pair(doc, ents, positions, pair)
            if fact is not None:
                _keep(facts, fact)
        for fact in through_units(list(facts.values()), self.unit_office):
            _keep(facts, fact)
        kept = [ents.current(f) for f in without_repeats(list(facts.values()), ROLE_RELATIONS, set(ents.created))]
        kept = [_as_written(doc, f) for f in kept]
        doc._.kg_triples = kept
        doc.spans[SPAN_KEY] = ents.used_spans({f.subject.id for f in kept} | {f.object.id for f in kept})
        doc._.kg_fact_entities = {**ents.created, **ents.institutions.aliased}
        return doc

    def _from_pair(self, doc: Doc, ents: ArgumentEntities, positions: Positions, pair: Pair) -> Fact | None:
        nominals = [c.span for c in (pair.head, pair.tail) if c.kind == "nominal" and not describes_person(c.span)]
        if not _admissible(doc, ents, positions, pair, nominals):
            return None
        subject, obj = ents.of(pair.head), ents.of(pair.tail)
        if subject is None or obj is None or subject.id == obj.id or vague(subject.name) or vague(obj.name):
            return None  # "[situasi]", "[kemudahan]" alone name no one; "di [kantornya]" stays
        text, lemma_, props = fact_words(doc, pair)
        modality = _modality(doc, pair, text)
        props.update(_flags(doc, pair, modality))
        confidence = round(pair.score * MODALITY_FACTOR[modality], 3)
        if pair.label == OPEN_RELATION and _says_nothing(doc, ents, pair, nominals, lemma_):
            return None
        flags = tuple(sorted(props.items()))
        return Fact(subject, pair.label, text, obj, pair.sentence.start_char, confidence, "model", flags, lemma_)


def _admissible(doc: Doc, ents: ArgumentEntities, positions: Positions, pair: Pair, nominals: list[Span]) -> bool:
    """Whether the model's pair may state a fact at all, before its arguments get entities."""
    if pair.label in RULES_ONLY or not _fits(pair, ents.type_of):
        return False
    if pair.label == OPEN_RELATION and any(map(unspecific, nominals)):
        return False  # an open fact about "mobil tersebut" says nothing on its own
    through = {pair.head.kind, pair.tail.kind} & PRONOUN_KINDS
    if through and pair.label != OPEN_RELATION and pair.score < PRONOUN_THRESHOLD:
        return False
    if place_as_agent(doc, pair):
        return False  # "Ledakan di [Monas] mengakibatkan dua anggota TNI terluka"
    # list members ("AS, Inggris, dan Jerman"), an address's far ends
    return not positions.by_position_only(pair.sentence, pair.label, pair.head.span, pair.tail.span)


def _modality(doc: Doc, pair: Pair, text: str) -> str:
    """The model's modality, or what the words between the pair make of a plain one: a
    negation or a failure ("gagal memasukkan", also after another verb), a purpose, a
    request or a question."""
    if pair.modality != "plain":
        return pair.modality
    gap = _gap(pair)
    if negated_between(doc, *gap) or _failure(text):
        return "negated"
    if purpose_between(doc, *gap) or _asked(doc, pair) or questioned(pair):
        return "hypothetical"
    return "plain"


def _flags(doc: Doc, pair: Pair, modality: str) -> dict[str, str]:
    """The fact's modality flag, *alleged* in a sentence that hedges, and the date of an event."""
    props = {modality: "true"} if modality != "plain" else {}
    if any(t.lower_ in lx.HEDGES for t in pair.sentence):
        props["alleged"] = "true"
    if pair.label not in ROLE_RELATIONS:
        props.update(_date(doc, pair))
    return props


def _says_nothing(doc: Doc, ents: ArgumentEntities, pair: Pair, nominals: list[Span], lemma_: str) -> bool:
    """An open fact that states no relation between its arguments."""
    if lemma_ in REPORTING or _reported(doc, pair):
        return True  # "kata Gatot saat ditemui di [lokasi]": where or what was said, no relation
    if not any(c.isalnum() for c in lemma_):
        return True  # an open fact needs the words that state it, not a colon or a comma
    if _between_concepts(pair, nominals) and lemma_ not in CAUSES:
        return True  # what an explainer says of two concepts, unless one causes the other
    return place_of_event(doc, pair, ents.type_of)  # "menjual mobil di [Jakarta]": no party


def _through_titles(positions: Positions, people: dict[int, Span], pair: Pair) -> Pair:
    """A title apposition's person in place of its organisation (:mod:`.appositions`):
    "KPK menahan Komisaris [PT IAE], Arso Sadewo" -> KPK ARRESTS Arso Sadewo; with no
    person named, the title's noun phrase ("Eddy mengusulkan agar [pimpinan MPR] ...")."""
    if pair.label in STANDING or pair.label in ROLE_RELATIONS:
        return pair

    def holder(arg: Candidate, other: Candidate) -> Candidate:
        if (person := holder_for(people, pair.sentence, arg, other)) is not None:
            return person
        if not titled_name(arg):
            return arg
        phrase = title_phrase_for(positions.candidates(pair.sentence), arg)
        return phrase if phrase is not None and not overlaps(phrase, other) else arg

    head = holder(pair.head, pair.tail)
    tail = holder(pair.tail, head)
    return pair if (head, tail) == (pair.head, pair.tail) else replace(pair, head=head, tail=tail)


def place_as_agent(doc: Doc, pair: Pair) -> bool:
    """The pair's subject is a place the sentence names after *di*, *ke* or *menuju* and
    before the verb that reaches the object: the place is where something acts, not who
    ("Ledakan yang terjadi di [Monas] mengakibatkan dua anggota TNI ...", "Siti yang baru
    lulus di [Akademi Kepolisian] ... masuk ke Kepolisian Udara"), as the rules already read
    it (``arguments.NOT_AGENT_AFTER``). Not a place's own standing relations (LOCATED_IN,
    PART_OF), not the subject of a relative clause ("kompleks Istana [yang] berseberangan
    dengan Monas"), and not the organisation of "kami di BPJS Kesehatan menerima ...";
    *dari* (a source: "dari pihak China sudah menyetujui") is not such a place."""
    head, tail = pair.head, pair.tail
    if pair.label in STANDING or head.start > tail.start or head.start == 0:
        return False
    if doc[head.start - 1].lower_ not in PLACE_PREPS:
        return False
    if head.end < len(doc) and doc[head.end].lower_ == "yang":
        return False
    if head.start > 1 and doc[head.start - 2].lower_ in WE:
        return False
    return any(t.tag_ == "VB" for t in doc[head.end : tail.start])


def place_of_event(doc: Doc, pair: Pair, type_of: Callable[[Candidate], str]) -> bool:
    """The pair's object is a place named after *di* (and a place noun: "di kawasan
    Jakarta Selatan") with no verb before it ("penjual [di kawasan Jakarta Selatan]
    menawarkan ...": where the subject is, the fact's words are another's) or after a verb
    whose own object lies between ("menjual [mobil] di Jakarta": where it acts on something
    else); not where it happens, is or goes ("berlangsung di Australia", "dibawa ke sebuah
    tempat di kawasan Jimbaran")."""
    head, tail = pair.head, pair.tail
    if tail.start < head.end or type_of(tail) not in ("GPE", "LOC"):
        return False
    k = tail.start - 1
    if k > head.end and doc[k].lower_ in lx.PLACE_NOUNS:
        k -= 1
    if k < head.end or doc[k].lower_ != "di":
        return False
    verb = next((t.i for t in doc[head.end : k] if t.tag_ == "VB"), None)
    return verb is None or _object_between(doc, verb + 1, k)


def _object_between(doc: Doc, start: int, end: int) -> bool:
    """A name or noun phrase right after the verb, before ``end``, and no preposition
    before it ("menawarkan [diskon]", not "dibawa [ke] sebuah tempat")."""
    if start >= end or doc[start].lower_ in lx.LOC_PREPS or doc[start].tag_ == "IN":
        return False
    spans = (s for key in ("kg_mentions", "kg_arguments") for s in doc.spans.get(key, []) if s.start == start)
    return any(not _how_often(s) for s in spans)


def _how_often(span: Span) -> bool:
    """A phrase of how often or when, no object: "beberapa kali", "dua hari"."""
    words = [t.lower_ for t in span if t.lower_ not in QUANTIFIERS and t.tag_ != "NUM"]
    return all(w in MEASURES or w in TIME_NOUNS for w in words)


def _reported(doc: Doc, pair: Pair) -> bool:
    """A pair with no verb between whose verb around is one of reporting: "[ungkap] Prabowo
    dalam pidatonya di ..." states where something was said."""
    first, second = sorted((pair.head, pair.tail), key=lambda c: c.start)
    if any(t.tag_ == "VB" for t in doc[first.end : second.start]):
        return False
    verb = verb_around(doc, pair.sentence, first.start, second.end)
    return verb is not None and lemma(verb) in REPORTING


def _date(doc: Doc, pair: Pair) -> dict[str, str]:
    """The date of the pair's sentence nearest its verb (the first between the arguments)."""
    first, second = (pair.head, pair.tail) if pair.head.start < pair.tail.start else (pair.tail, pair.head)
    i = next((t.i for t in doc[first.end : second.start] if t.tag_ == "VB"), first.end)
    sent = pair.sentence
    return nearest_date(doc, [d for d in doc.spans.get(DATES, []) if sent.start <= d.start < sent.end], i)


def _between_concepts(pair: Pair, nominals: list[Span]) -> bool:
    """Both arguments noun phrases of no participant type ("hubungan cinta", "enam kesalahan")."""
    return len(nominals) == 2 and all(c.type in NOT_PARTICIPANTS for c in (pair.head, pair.tail))


def _fits(pair: Pair, type_of: Callable[[Candidate], str]) -> bool:
    """The schema's domain and range, checked on arguments whose type is known (names, by
    their entity's type, and pronouns; the types guessed for noun phrases are not trusted
    that far)."""
    relation = relations().get(pair.label)
    if relation is None:
        return False
    for cand, allowed in ((pair.head, relation.domain), (pair.tail, relation.range)):
        etype = type_of(cand)
        if allowed and cand.kind != "nominal" and etype not in allowed and etype != "MISC":
            return False
    return True


def _asked(doc: Doc, pair: Pair) -> bool:
    """The head, written first, is whom a request verb right before it asks to act ("meminta
    polisi menghukum pelaku"): the act between it and the tail is asked for, not done (a
    standing relation, "meminta saudara AS selaku Komisaris Utama", is no act)."""
    standing = pair.label in relations() and relations()[pair.label].family == "standing"
    return not standing and pair.head.start < pair.tail.start and requested(doc, pair.head.start, pair.sentence.start)


def questioned(pair: Pair) -> bool:
    """The sentence asks a question and no comma or colon parts the pair from its question
    mark: "Kapan ASN Pindah ke IKN?" asks; "124 Ribu WNA Jadi Peserta JKN, Emang Boleh?" asks
    only its last clause (the training articles flag 6 of their 8 facts in questions, these two not)."""
    sent = pair.sentence
    if not sent.text.rstrip().endswith("?"):
        return False
    end = max(pair.head.span.end, pair.tail.span.end)
    return not any(t.text in (",", ":") for t in sent.doc[end : sent.end])


def _failure(text: str) -> bool:
    """The fact's words open with a failure and the verb it governs ("gagal masuk", "batal
    menggelar"): the training articles flag the facts after a failure word negated (8 of 8,
    :data:`qualifiers.FAILURES`); a bare *gagal* ("banding Arsenal gagal dan ...") negates nothing."""
    words = text.lower().split()
    return len(words) > 1 and words[0] in FAILURES and words[1] not in lx.CONJUNCTIONS


def _gap(pair: Pair) -> tuple[int, int]:
    """The tokens between the pair's arguments: (end of the first, start of the second)."""
    first, second = (pair.head, pair.tail) if pair.head.start < pair.tail.start else (pair.tail, pair.head)
    return first.end, second.start


def _keep(facts: dict[tuple[str, str, str, int], Fact], fact: Fact) -> None:
    key = (fact.subject.id, fact.predicate, fact.object.id, fact.sentence_start)
    if fact.predicate in SYMMETRIC:  # "A bekerja sama dengan B" is one fact, not one each way
        key = (min(key[0], key[2]), key[1], max(key[0], key[2]), key[3])
    if fact.predicate == OPEN_RELATION:
        if fact.rule == "model" and _tied(facts, fact):
            return  # the pair's tie is a rule's open fact ("kuasa hukum X, Y"): not again in other words
        key = (*key[:2], f"{fact.object.id}:{fact.predicate_lemma}", key[3])
    old = facts.get(key)
    if old is None or fact.confidence > old.confidence:
        facts[key] = fact


def _as_written(doc: Doc, fact: Fact) -> Fact:
    """A symmetric fact with its participants in the order its sentence writes them
    ("Indonesia dan Australia perkuat kolaborasi": Indonesia COOPERATES_WITH Australia), as
    the annotations write every such fact; either way round it states the same."""
    if fact.predicate not in SYMMETRIC:
        return fact
    at = doc.char_span(fact.sentence_start, fact.sentence_start + 1, alignment_mode="expand")
    if at is None:
        return fact
    text = at.sent.text.lower()
    subject, obj = (_first_written(text, e) for e in (fact.subject, fact.object))
    return replace(fact, subject=fact.object, object=fact.subject) if 0 <= obj < subject else fact


def _first_written(text: str, entity: Entity) -> int:
    """Where ``text`` first writes one of the entity's names, or -1."""
    return min((at for name in (entity.name, *entity.aliases) if (at := text.find(name.lower())) >= 0), default=-1)


def _tied(facts: dict[tuple[str, str, str, int], Fact], fact: Fact) -> bool:
    """A rule's open fact already joins the pair, either way, in the same sentence."""
    pair = {fact.subject.id, fact.object.id}
    return any(
        f.rule != "model"
        and f.predicate == OPEN_RELATION
        and f.sentence_start == fact.sentence_start
        and {f.subject.id, f.object.id} == pair
        for f in facts.values()
    )
