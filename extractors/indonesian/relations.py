"""Cue triples by rules over tokens, mentions and verb morphology.

Constructions: active (X mengunjungi Y), passive (Y dibantah oleh X),
nominalisation (penjualan senjata ke Rusia), object lists (A, B, dan C),
coordinated subjects (A dan B memulai ...), role appositions (pemimpin
Korea Utara, Kim Jong-un: :mod:`.role_rules`), family ties (istri Presiden X, Y:
:mod:`.kin_rules`) and negation (tidak berniat menyerang -> nothing).
Writes ``doc._.kg_rule_triples`` (list of RawTriple, entity ids) and the common-noun
objects it found ("pabrik produksi rudal") to ``doc.spans["kg_objects"]`` with their
entities in ``doc._.kg_rule_objects`` ({id: Entity}).

A triple's confidence is its rule's (:func:`rulebook.rule_confidences`: the rule's precision
on the training articles), lowered for a negated or hypothetical one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.arguments import ACTED_ON_PHRASES, AGENT_PHRASES, Arg, Context
from kg.extractors.indonesian.coreference import CONTROLLING
from kg.extractors.indonesian.kin_rules import KinRules
from kg.extractors.indonesian.lemmas import voice
from kg.extractors.indonesian.morphology import inflect, parse_form
from kg.extractors.indonesian.orders import noun_agent, noun_object
from kg.extractors.indonesian.place_rules import PlaceRules
from kg.extractors.indonesian.qualifiers import acted_by_another, failure_before, purpose_between, requested
from kg.extractors.indonesian.role_rules import RoleRules, build_roles, role_taken_for_name
from kg.extractors.indonesian.rulebook import Cue, rule_confidences

OBJECT_KEY = "kg_objects"
# rules whose facts are states: no date of the sentence
STATES = ("role", "described", "unit", "title", "kin", "within")
CAUSED_PREDICATES = frozenset(["VB", "JJ", "ADV", "NEG"])
# what a cue finds: its subjects, its objects, the rule that found them and the fact's properties
Found = tuple[list[Arg], list[Arg], str, dict[str, str]]


@dataclass(frozen=True)
class RawTriple:
    subject: str
    predicate: str
    predicate_text: str
    object: str
    sentence_start: int
    confidence: float
    rule: str
    properties: tuple[tuple[str, str], ...] = ()
    predicate_lemma: str = ""


def build_triggers(relations: dict[str, Cue]) -> dict[str, tuple[str, str]]:
    triggers: dict[str, tuple[str, str]] = {}
    for rel in relations.values():
        for root in rel.roots:
            for form, form_voice in inflect(root).items():
                triggers.setdefault(form, (rel.name, form_voice))
        for spec in rel.forms:
            form, form_voice = parse_form(spec)
            triggers[form] = (rel.name, form_voice)
    return triggers


class RelationExtractor(RoleRules, KinRules, PlaceRules):
    def __init__(self, name: str, relations: dict[str, Cue], confidences: dict[str, float] | None = None) -> None:
        self.name = name
        self.confidence = confidences if confidences is not None else rule_confidences()
        self.relations = relations
        self.triggers = build_triggers(relations)
        self.by_root: dict[str, str] = {}
        for rel in relations.values():  # the first relation naming a root wins, as in build_triggers
            for root in rel.roots:
                self.by_root.setdefault(root, rel.name)
        self.roles = build_roles(relations)
        self.max_role = max((len(k) for k in self.roles), default=1)
        self.role_starts = {words[0] for words in self.roles}
        self.units = {word: cue for cue in relations.values() for word in cue.units}

    def __call__(self, doc: Doc) -> Doc:
        ctx = Context(doc)
        triples: list[RawTriple] = []
        received: set[int] = set()
        for sent in doc.sents:
            for token in sent:
                if token.i in ctx.covered or token.i in received:
                    if role_taken_for_name(ctx, token.i, self.role_starts):
                        triples.extend(self._role(ctx, sent, token.i))
                    triples.extend(self._unit_within(ctx, sent, token.i))
                    triples.extend(self._place_within(ctx, sent, token.i))
                    continue
                triples.extend(self._role(ctx, sent, token.i))
                triples.extend(self._embedded_role(ctx, sent, token.i))
                triples.extend(self._unit(ctx, sent, token.i))
                triples.extend(self._kin(ctx, sent, token.i))
                if token.lower_ in lx.RECEIVE_VERBS and (noun := self._received_noun(sent, token.i)):
                    received.add(noun[0])
                    triples.extend(self._received(ctx, sent, token.i, *noun))
                elif trigger := self.trigger(token):
                    rel, form_voice = trigger
                    triples.extend(self._trigger(ctx, sent, token.i, self.relations[rel], form_voice))
        doc._.kg_rule_triples = _unique(triples)
        used = ctx.used_objects({t.object for t in triples} | {t.subject for t in triples})
        doc.spans[OBJECT_KEY] = [Span(doc, span.start, span.end, label=span.label_, kb_id=ent.id) for span, ent in used]
        doc._.kg_rule_objects = {ent.id: ent for _, ent in used}
        return doc

    def trigger(self, token: Token) -> tuple[str, str] | None:
        """(relation, voice) of a trigger word: a generated form of a vocabulary root, else
        a word whose lemma is such a root ("mengunjunginya", "kunjungannya")."""
        if token.lower_ in self.triggers:
            return self.triggers[token.lower_]
        rel = self.by_root.get(token.lemma_) if token.lemma_ != token.lower_ else None
        form_voice = voice(token.lower_, token.lemma_) if rel else None
        return (rel, form_voice) if rel and form_voice else None

    def _received_noun(self, sent: Span, i: int) -> tuple[int, Cue] | None:
        """``menuai kecaman``, ``menghadapi kritik keras``: the act noun after a verb of receiving."""
        j = i + 1
        if j >= sent.end:
            return None
        word = sent.doc[j].lower_
        name, form_voice = self.triggers.get(word, ("", ""))
        rel = self.by_root.get(word) or (name if form_voice == "noun" else "")
        return (j, self.relations[rel]) if rel else None

    def _received(self, ctx: Context, sent: Span, i: int, j: int, rel: Cue) -> list[RawTriple]:
        """``X menuai kecaman dari Y`` -> Y CRITICIZES X: the giver follows "dari"/"oleh", or
        the noun right away, past a title ("menerima kunjungan Perdana Menteri Malaysia Anwar
        Ibrahim": Anwar VISITS X; "mendapat dukungan PDIP": PDIP SUPPORTS X)."""
        if ctx.negated(i):
            return []
        k = j + 1
        while k < sent.end and k - j <= 3 and ctx.doc[k].lower_ not in ("dari", "oleh") and ctx.doc[k].is_alpha:
            k += 1
        giver = ctx.after_prep(sent, k, ("dari", "oleh")) or _genitive_agent(ctx, sent, j + 1)
        receivers = ctx.left_args(sent, i)
        if giver is None or not receivers:
            return []
        return self._emit(ctx, sent, (i, j + 1), rel, [giver], receivers, "received", {})

    # -- verbs ---------------------------------------------------------------
    def _trigger(self, ctx: Context, sent: Span, i: int, rel: Cue, voice: str) -> list[RawTriple]:
        if ctx.negated(i):
            return []
        found = self._arguments(ctx, sent, i, rel, voice)
        if isinstance(found, list):
            return found  # no fact, or the facts between each two participants
        subjects, objects, rule, props = found
        if rel.undone_by and _undone(ctx.doc, i, objects, rel.undone_by):
            return []  # "memvonis Henry bebas", "divonis bebas": an acquittal is no sentence
        if rel.needs_after and not _followed_by(ctx.doc, max([i, *(a.end - 1 for a in objects)]), rel.needs_after):
            return []  # "CNN melaporkan X": a report, not a complaint to an authority ("ke polisi")
        props.update(ctx.attribution(sent, i))
        flags = _flags(ctx, sent, i, rule, subjects)
        props.update(flags)
        factor = 0.5 if "negated" in flags else 0.7 if "hypothetical" in flags else 1.0
        first = failure_before(ctx.doc[i])  # "gagal mengalahkan": the failure is in the words
        at = (first, i + 1) if first is not None and first >= sent.start else i
        return self._emit(ctx, sent, at, rel, subjects, objects, rule, props, factor)

    def _arguments(self, ctx: Context, sent: Span, i: int, rel: Cue, voice: str) -> Found | list[RawTriple]:
        """The subjects, objects, rule name and properties of the cue at ``i`` in ``voice``,
        or the triples to return at once (none, or those of a symmetric relation's participants)."""
        if voice == "passive":
            kinds = ACTED_ON_PHRASES if rel.common_object else AGENT_PHRASES
            objects = ctx.left_args(sent, i) or ctx.nominal_subject(sent, i, kinds)
            if rel.common_object and len(objects) == 1 and (thing := ctx.thing_of_name(sent, objects[0])):
                objects = [thing]  # "Pabrik rudal Korea Utara dikunjungi Kim": the factory, not the country
            return ctx.agent_args(sent, i), objects, "passive", {}
        if voice == "inverse":  # "X yang terdiri dari A, B" -> A REL X
            objects = ctx.left_args(sent, i)
            return ctx.right_args(sent, i, rel), objects, "inverse", {}
        light = i > sent.start and ctx.doc[i - 1].lower_ in rel.light_verbs  # "melakukan [pertemuan] dengan X"
        if voice == "noun" and rel.symmetric and not light and not _other_side_next(ctx, sent, i, rel):
            # "pertemuan Rusia dan Korea Utara": the participants after the noun, pairwise
            pairs = self._pairwise(ctx, sent, i, rel, ctx.participants_after(sent, i))
            if pairs or not rel.light_verbs:
                return pairs
        if voice == "noun":  # "melakukan pertemuan dengan X", "pertemuan Prabowo dengan Anwar"
            found = _noun_arguments(ctx, sent, i, rel)
            if rel.symmetric and not isinstance(found, list) and not found[1]:  # "A dan B menggelar rapat"
                return self._pairwise(ctx, sent, i, rel, found[0])
            return found
        return self._verb_arguments(ctx, sent, i, rel)

    def _verb_arguments(self, ctx: Context, sent: Span, i: int, rel: Cue) -> Found | list[RawTriple]:
        """An active verb's subjects (or its controller's) and objects."""
        props: dict[str, str] = {}
        subjects, rule = ctx.left_args(sent, i) or ctx.nominal_subject(sent, i), "active"
        if subjects and ctx.irrealis(subjects[0].end, i):
            return []  # "Kim menyerukan untuk membuat truk": a call, not a fact
        if not subjects and (subjects := ctx.controller(sent, i)):
            rule = "controlled"
            purpose = ctx.doc[i - 1].lower_ in CONTROLLING
            if purpose and (ctx.irrealis(subjects[0].end, i) or acted_by_another(ctx.doc, subjects[0].end, i)):
                return []  # "Prabowo meminta menteri untuk menyalurkan": the asked one acts
        objects = ctx.right_args(sent, i, rel)
        if rel.causative and objects and _caused(ctx.doc, objects[-1].end, sent.end):
            return []  # "membuat Persib menang": Persib is made to win, not made
        if objects and rel.goods:  # "mengekspor CPO ke India": the name right after is the goods
            objects, goods = self._goods_first(ctx, sent, i, rel, objects)
            props.update(goods)
        if not objects and rel.object_preps:
            objects, goods = ctx.prep_object(sent, i, rel)
            props.update(goods if rel.goods else {})  # "bekerja keras untuk X": no goods
        if not objects and rel.symmetric and len(subjects) > 1:
            return self._pairwise(ctx, sent, i, rel, subjects)
        return subjects, objects, rule, props

    @staticmethod
    def _goods_first(ctx: Context, sent: Span, i: int, rel: Cue, objects: list[Arg]) -> tuple[list[Arg], dict]:
        """The direct objects of a verb of trade, or the party after its preposition with the
        direct objects as the goods: "mengekspor CPO ke India" (not CPO the buyer)."""
        party, goods = ctx.prep_object(sent, i, rel)
        if not party:
            return objects, {}
        return party, goods or {"goods": ctx.doc[objects[0].start : objects[-1].end].text}

    def _emit(
        self,
        ctx: Context,
        sent: Span,
        at: int | tuple[int, int],
        rel: Cue,
        subjects: list[Arg],
        objects: list[Arg],
        rule: str,
        props: dict[str, str],
        factor: float = 1.0,
    ) -> list[RawTriple]:
        """The triples of every subject with every object, at the rule's confidence times
        ``factor`` (the modality's), 0.05 less for each object after a list's first."""
        conf = round(self.confidence[rule] * factor, 3)
        start, end = at if isinstance(at, tuple) else (at, at + 1)
        text = ctx.doc[start:end].text
        if rule not in STATES:  # a role is a state, not an event: the sentence's date is another fact's
            props = props | ctx.date_of(sent, start)
        return [
            RawTriple(
                s.entity,
                rel.name,
                text,
                o.entity,
                sent.start_char,
                conf - 0.05 * (k > 0),
                rule,
                tuple(sorted(props.items())),
            )
            for s in subjects
            for k, o in enumerate(objects)
            if s.entity != o.entity and rel.allows(ctx.etype(s), ctx.etype(o))
        ]

    def _pairwise(self, ctx: Context, sent: Span, i: int, rel: Cue, subjects: list[Arg]) -> list[RawTriple]:
        """``A, B dan C bertemu``: a symmetric relation between every pair."""
        if len(subjects) < 2:
            return []
        return [
            t
            for k, a in enumerate(subjects)
            for b in subjects[k + 1 :]
            for t in self._emit(ctx, sent, i, rel, [a], [b], "pairwise", {})
        ]


def _other_side_next(ctx: Context, sent: Span, i: int, rel: Cue) -> bool:
    """A preposition of the other side right after a symmetric act's noun and at most two of
    its own words ("rapat [kerja] dengan BPS dan KSP"): those after it are one side, not
    the pairs of :meth:`RelationExtractor._pairwise`."""
    for k in range(i + 1, min(i + 4, sent.end)):
        if ctx.doc[k].lower_ in rel.object_preps or ctx.doc[k].lower_ in rel.noun_preps:
            return True
        if k in ctx.covered or not ctx.doc[k].is_alpha:
            return False
    return False


def _genitive_agent(ctx: Context, sent: Span, j: int) -> Arg | None:
    """The named agent written right after an act noun, past a title and its country."""
    k = ctx.past_role(sent, j)
    span = ctx.by_start.get(k) if k < sent.end else None
    if span is None:
        return None
    arg = ctx.arg(span)
    return arg if ctx.etype(arg) in ("PERSON", "ORG", "GPE") else None


def _caused(doc: Doc, k: int, end: int) -> bool:
    """Whether the object ending at ``k`` is followed by its own predicate (a verb, an
    adjective, an adverb or a negation: "membuat Knicks ' hanya ' mampu"), which makes the
    verb before it causative."""
    while k < end and doc[k].is_quote:
        k += 1
    return k < end and doc[k].tag_ in CAUSED_PREDICATES


def _flags(ctx: Context, sent: Span, i: int, rule: str, subjects: list[Arg]) -> dict[str, str]:
    """The modality of a verb rule's fact (:meth:`Qualifiers.modality`), and hypothetical for
    an act asked of its subject ("meminta KPK menangkap X") or a purpose ("X datang untuk
    membantu Y", as the relation model's facts read it)."""
    flags = ctx.modality(sent, i)
    if rule == "active" and subjects and requested(ctx.doc, subjects[0].start, sent.start):
        flags["hypothetical"] = "true"
    if rule in ("active", "controlled") and subjects and purpose_between(ctx.doc, max(subjects[0].end, i - 3), i + 1):
        flags["hypothetical"] = "true"
    return flags


def _undone(doc: Doc, i: int, objects: list[Arg], words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` comes right after the trigger or its last object."""
    after = [i + 1, *(o.end for o in objects[-1:])]
    return any(k < len(doc) and doc[k].lower_ in words for k in after)


def _followed_by(doc: Doc, i: int, words: tuple[str, ...], window: int = 8) -> bool:
    """Whether one of ``words`` comes within ``window`` tokens after ``i``, in its clause
    ("melaporkan Imam atas dugaan pencemaran nama baik [ke] polisi")."""
    for token in doc[i + 1 : i + 1 + window]:
        if token.lower_ in words:
            return True
        if token.is_punct or token.is_sent_start:
            return False
    return False


def _unique(triples: list[RawTriple]) -> list[RawTriple]:
    best: dict[tuple, RawTriple] = {}
    for t in triples:
        key = (t.subject, t.predicate, t.object, t.sentence_start)
        if key not in best or t.confidence > best[key].confidence:
            best[key] = t
    return list(best.values())


def _noun_arguments(ctx: Context, sent: Span, i: int, rel: Cue) -> Found | list[RawTriple]:
    """A noun of the act's agent and object: after a light verb ("mengeluarkan perintah
    untuk ..."), else the object after its preposition and the agent right after the noun
    or the nearest one before it."""
    if rel.noun_preps:
        rel = replace(rel, object_preps=rel.object_preps + rel.noun_preps)
    if rel.light_verbs or rel.agent_preps:
        if i > sent.start and ctx.doc[i - 1].lower_ in rel.light_verbs and ctx.negated(i - 1):
            return []
        subjects, after = noun_agent(ctx, sent, i, rel)
        if subjects and ctx.irrealis(subjects[0].end, i - 1):
            return []  # "Prabowo meminta menteri menyalurkan bantuan": the asker gives none
        return subjects, noun_object(ctx, sent, after, rel), "nominalization", {}
    objects, goods = ctx.prep_object(sent, i, rel, noun=True)
    exclude = {o.entity for o in objects}
    subjects = ctx.genitive(sent, i, exclude) or ctx.nearest_left(sent, i, exclude)
    return subjects, objects, "nominalization", dict(goods) if rel.goods else {}
