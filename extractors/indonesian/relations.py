"""Cue triples by rules over tokens, mentions and verb morphology.

Constructions: active (X mengunjungi Y), passive (Y dibantah oleh X),
nominalisation (penjualan senjata ke Rusia), object lists (A, B, dan C),
coordinated subjects (A dan B memulai ...), role appositions (pemimpin
Korea Utara, Kim Jong-un) and negation (tidak berniat menyerang -> nothing).
Writes ``doc._.kg_rule_triples`` (list of RawTriple, entity ids) and the common-noun
objects it found ("pabrik produksi rudal") to ``doc.spans["kg_objects"]`` with their
entities in ``doc._.kg_rule_objects`` ({id: Entity}).

A triple's confidence is its rule's (:func:`rulebook.rule_confidences`: the rule's precision
on the training articles), lowered for a negated or hypothetical one.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian import short_titles
from kg.extractors.indonesian.arguments import Arg, Context
from kg.extractors.indonesian.candidates import ENDERS
from kg.extractors.indonesian.english_titles import opens_title, title_relation
from kg.extractors.indonesian.lemmas import voice
from kg.extractors.indonesian.morphology import inflect, parse_form
from kg.extractors.indonesian.role_names import heads_a_unit
from kg.extractors.indonesian.roleparts import REGIONAL_ROLES
from kg.extractors.indonesian.rulebook import Cue, learned_roles, rule_confidences
from kg.extractors.indonesian.spelled import spells_end

OBJECT_KEY = "kg_objects"
ROLE_FLAGS = {"plt": "acting", "pelaksana": "acting", "mantan": "former", "eks": "former"}
STATES = ("role", "described", "unit")
# words that end no role, written between it and its organisation ("VP of Retail [for] X")
ROLE_TAILS = frozenset(["di", "dari", "pada", "the", "dan", "serta", "atau", "for", "of", "and"])
# staff of an office holder, by their relation to the holder's organisation as the annotations
# write it ("Staf Ahli Menteri ... | Kemensos": OFFICIAL_OF; "Jubir | KPK": SPOKESPERSON_OF)
STAFF = {
    tuple(words.split()): "SPOKESPERSON_OF" if words in ("juru bicara", "jubir") else "OFFICIAL_OF"
    for words in (
        "staf ahli|staf khusus|stafsus|tenaga ahli|tenaga ahli utama|asisten pribadi|ajudan|sekretaris pribadi|"
        "sespri|penasihat|penasihat khusus|juru bicara|jubir"
    ).split("|")
}
CAUSED_PREDICATES = frozenset(["VB", "JJ", "ADV", "NEG"])
CENTRAL_BOARDS = frozenset([("dpp",), ("dewan", "pimpinan", "pusat")])  # a party's, with many chairs
# "Waka" is "Wakil Ketua" written short; "Wadirut", "Wakasat", "Wakapolres": clipped deputies' titles
DEPUTIES = frozenset(["wakil", "waka", "waketum", *short_titles.DEPUTIES, *lx.DEPUTY_TITLE_ORGS])


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


def build_roles(relations: dict[str, Cue]) -> dict[tuple[str, ...], str]:
    """Role words -> relation: the cue lists and the clipped titles ("Kasat", "Wadirut") first,
    then the roles learned from the training data; not a title that names its organisation
    ("Kapolres Bogor X" leads Polres Bogor, not Bogor: the title rule makes the organisation)."""
    roles = {tuple(role.split()): rel.name for rel in relations.values() for role in rel.roles}
    roles.update(((title,), relation) for title, relation in short_titles.ROLES.items())
    for words, relation in learned_roles().items():
        roles.setdefault(words, relation)
    return {words: relation for words, relation in roles.items() if not (len(words) == 1 and words[0] in lx.TITLE_ORGS)}


class RelationExtractor:
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
                    if _role_taken_for_name(ctx, token.i, self.role_starts):
                        triples.extend(self._role(ctx, sent, token.i))
                    continue
                triples.extend(self._role(ctx, sent, token.i))
                triples.extend(self._embedded_role(ctx, sent, token.i))
                triples.extend(self._unit(ctx, sent, token.i))
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
        """``X menuai kecaman dari Y`` -> Y CRITICIZES X: the giver follows "dari"/"oleh"."""
        if ctx.negated(i):
            return []
        k = j + 1
        while k < sent.end and k - j <= 3 and ctx.doc[k].lower_ not in ("dari", "oleh") and ctx.doc[k].is_alpha:
            k += 1
        giver = ctx.after_prep(sent, k, ("dari", "oleh"))
        receivers = ctx.left_args(sent, i)
        if giver is None or not receivers:
            return []
        return self._emit(ctx, sent, (i, j + 1), rel, [giver], receivers, "received", {})

    # -- verbs ---------------------------------------------------------------
    def _trigger(self, ctx: Context, sent: Span, i: int, rel: Cue, voice: str) -> list[RawTriple]:
        if ctx.negated(i):
            return []
        props: dict[str, str] = {}
        if voice == "passive":
            objects = ctx.left_args(sent, i)
            subjects = ctx.agent_args(sent, i)
            rule = "passive"
        elif voice == "inverse":  # "X yang terdiri dari A, B" -> A REL X
            objects = ctx.left_args(sent, i)
            subjects = ctx.right_args(sent, i, rel)
            rule = "inverse"
        elif voice == "noun" and rel.symmetric:  # "pertemuan ... Rusia dan Korea Utara"
            return self._pairwise(ctx, sent, i, rel, ctx.participants_after(sent, i))
        elif voice == "noun":
            objects, goods = ctx.prep_object(sent, i, rel)
            exclude = {o.entity for o in objects}
            subjects = ctx.genitive(sent, i, exclude) or ctx.nearest_left(sent, i, exclude)
            rule = "nominalization"
            props.update(goods)
        else:
            subjects, rule = ctx.left_args(sent, i), "active"
            if subjects and ctx.irrealis(subjects[0].end, i):
                return []  # "Kim menyerukan untuk membuat truk": a call, not a fact
            if not subjects and (subjects := ctx.controller(sent, i)):
                rule = "controlled"
            objects = ctx.right_args(sent, i, rel)
            if rel.causative and objects and _caused(ctx.doc, objects[-1].end, sent.end):
                return []  # "membuat Persib menang": Persib is made to win, not made
            if not objects and rel.object_preps:
                objects, goods = ctx.prep_object(sent, i, rel)
                props.update(goods)
            if not objects and rel.symmetric and len(subjects) > 1:
                return self._pairwise(ctx, sent, i, rel, subjects)
        props.update(ctx.attribution(sent, i))
        flags = ctx.modality(sent, i)
        props.update(flags)
        factor = 0.5 if "negated" in flags else 0.7 if "hypothetical" in flags else 1.0
        return self._emit(ctx, sent, i, rel, subjects, objects, rule, props, factor)

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
        if len(subjects) < 2:
            return []
        """``A, B dan C bertemu``: a symmetric relation between every pair."""
        return [
            t
            for k, a in enumerate(subjects)
            for b in subjects[k + 1 :]
            for t in self._emit(ctx, sent, i, rel, [a], [b], "pairwise", {})
        ]

    # -- roles ---------------------------------------------------------------
    def _role_at(self, doc: Doc, sent: Span, i: int) -> tuple[int, str] | None:
        """(size, relation) of the role words at ``i``: an English title ("Marketing
        Director"), else the longest role of the cue lists and the training data."""
        if (end := opens_title(doc, i, sent.end)) is not None:
            rel = title_relation(doc, i, end)
            return (end - i, rel) if rel else None
        if doc[i].lower_ not in self.role_starts:
            return None
        for size in range(self.max_role, 0, -1):
            words = tuple(t.lower_ for t in doc[i : i + size])
            if words in self.roles and i + size <= sent.end:
                return size, self.roles[words]
        return None

    def _role(self, ctx: Context, sent: Span, i: int) -> list[RawTriple]:
        doc = ctx.doc
        found = self._role_at(doc, sent, i)
        if found is None:
            return []
        size, rel = found
        words = tuple(t.lower_ for t in doc[i : i + size])
        before = doc[i - 1].lower_ if i > sent.start else ""
        if before == "dewan":
            return []  # "Dewan Pimpinan Pusat": a board's name, not a role ("pimpinan", leader)
        if before == "wakil" and ("wakil", *words) in self.roles:
            return []  # "Wakil Ketua": the deputy's role starts a word earlier
        opener = i - 2 if before in ROLE_FLAGS or before == "wakil" else i - 1  # the word before the role
        if _counted(doc, opener, sent):
            return []  # "dua anggota TNI AD", "22 anggota DPRD Muara Enim": several holders, none named here
        props = {"role": doc[i : i + size].text}
        if before in ROLE_FLAGS:
            props = {"role": doc[i - 1 : i + size].text, ROLE_FLAGS[before]: "true"}
            rel = "OFFICIAL_OF" if before in ("plt", "pelaksana") else rel
        elif before == "wakil":  # a deputy of a head no deputy role names: "Wakil Kepala", "Wakil Rektor"
            props = {"role": doc[i - 1 : i + size].text, "deputy": "true"}
            rel = "OFFICIAL_OF" if rel == "LEADER_OF" else rel
        if words[0] in DEPUTIES:
            props["deputy"] = "true"
        org = ctx.role_org(sent, i + size, regional=words[-1] in REGIONAL_ROLES)
        if org is None:
            return []
        if rel == "LEADER_OF" and ctx.etype(org) == "ORG" and heads_a_unit(doc, i + size, org.start):
            rel = "OFFICIAL_OF"  # the head of a unit of the organisation: "Kepala Seksi Intelijen Kejari X"
        org, board = _party_of_board(ctx, _named_by_title(ctx, sent, i, org))
        if _minister(words) and ctx.etype(org) == "GPE" and org.start > i + size:
            return []  # the minister of a portfolio is an official of its ministry (the title rule's), not of a country
        if words == ("ketua",) and (board or tuple(t.lower_ for t in doc[i + size : org.start]) in CENTRAL_BOARDS):
            rel = "OFFICIAL_OF"  # "Ketua DPP Golkar": one of its central board's chairs, led by the "Ketua Umum"
        kin = opener >= sent.start and doc[opener].lower_ in lx.KIN  # "istri Presiden X, Y": Y is the wife
        person, rule = ctx.role_person_after(sent, org.end, not kin) or ctx.role_person_before(sent, i), "role"
        if person is None:
            person, rule = _described(ctx, sent, i, org), "described"
        if person is None or person.entity == org.entity:
            return []
        props["role"] = _role_words(doc, i - 1 if before in ROLE_FLAGS or before == "wakil" else i, i + size, org.start)
        if rel in ("LEADER_OF", "OFFICIAL_OF") and short_titles.speaks_for(props["role"]):
            rel = "SPOKESPERSON_OF"  # the head of a public-relations unit: "Kabid Humas Polda X"
        triples = self._emit(ctx, sent, (i, i + size), self.relations[rel], [person], [org], rule, props)
        return triples + self._party(ctx, sent, (i, i + size), person, org)

    def _party(self, ctx: Context, sent: Span, at: tuple[int, int], person: Arg, org: Arg) -> list[RawTriple]:
        """The holder's party, from the faction between the role's organisation and the holder."""
        party = ctx.faction_between(org.end, person.start) if person.start > org.end else None
        if party is None or party.entity in (org.entity, person.entity):
            return []
        return self._emit(ctx, sent, at, self.relations["MEMBER_OF"], [person], [party], "role", {})

    def _unit(self, ctx: Context, sent: Span, i: int) -> list[RawTriple]:
        """A unit written before its organisation is part of it: "Komisi XI DPR RI"."""
        word = ctx.doc[i]
        if word.lower_ not in self.units or not word.text[:1].isupper():
            return []
        found = ctx.unit_before(sent, i)
        if found is None:
            return []
        unit, parent = found
        return self._emit(ctx, sent, i, self.units[word.lower_], [unit], [parent], "unit", {})

    def _embedded_role(self, ctx: Context, sent: Span, i: int) -> list[RawTriple]:
        """A title that names its organisation, before a person: "Kapolri Listyo Sigit" (Polri),
        "Kapolda Metro Jaya Irjen X" (Polda Metro Jaya), "Menteri Keuangan Sri Mulyani"
        (Kementerian Keuangan): the organisation is made from the title."""
        doc = ctx.doc
        named = ctx.title_organisation(sent, i)
        if named is None:
            return []
        relation, name, role_end, title_end = named
        wakil = i > sent.start and doc[i - 1].lower_ == "wakil"
        deputy = wakil or doc[i].lower_ in DEPUTIES  # "Wakil Kapolri X", "Wakapolres Bogor X"
        relation = "OFFICIAL_OF" if deputy and relation == "LEADER_OF" else relation
        start = i - 1 if wakil else i
        person = ctx.person_after_title(sent, _after_short_form(doc, start, title_end))
        if person is None:
            return []
        if staff := _staff_before(doc, start, sent.start):  # "Staf Ahli Menteri Keuangan X": not the minister
            start, relation, deputy = staff[0], STAFF[staff[1]], False
        org = ctx.title_org(doc[i:title_end], name)
        props = {"role": doc[start:role_end].text}
        if deputy:
            props["deputy"] = "true"
        if start > sent.start and doc[start - 1].lower_ in ROLE_FLAGS:
            props[ROLE_FLAGS[doc[start - 1].lower_]] = "true"
        return self._emit(ctx, sent, (i, i + 1), self.relations[relation], [person], [org], "title", props)


def _party_of_board(ctx: Context, org: Arg) -> tuple[Arg, bool]:
    """The party of a central board named in full ("[Dewan Pimpinan Pusat] Partai Demokrat"),
    as "DPP Partai Demokrat" is the party's; whether ``org`` was that board."""
    words = tuple(t.lower_ for t in ctx.doc[org.start : org.start + 3])
    party = ctx.by_start.get(org.start + 3)
    if words in CENTRAL_BOARDS and party is not None and party.end == org.end:
        return ctx.arg(party), True
    return org, False


def _staff_before(doc: Doc, start: int, sent_start: int) -> tuple[int, tuple[str, ...]] | None:
    """The staff words right before a title ("[Staf Khusus] Menteri Keuangan X", "[Jubir]
    Presiden X"): the person serves the office holder, and holds no office of the title."""
    for n in (3, 2, 1):
        words = tuple(t.lower_ for t in doc[max(sent_start, start - n) : start])
        if len(words) == n and words in STAFF:
            return start - n, words
    return None


def _minister(words: tuple[str, ...]) -> bool:
    """A minister or deputy minister; not a prime minister, who leads the country."""
    return "menteri" in words and "perdana" not in words


def _named_by_title(ctx: Context, sent: Span, i: int, org: Arg) -> Arg:
    """The organisation a title names when the role's organisation is the place the title
    ends with: "Menteri Dalam Negeri Australia" is of Kementerian Dalam Negeri Australia,
    whether the holder is named before or after it."""
    named = ctx.title_organisation(sent, i)
    if named is None or named.end != org.end or named.end == named.role_end:
        return org
    return ctx.title_org(ctx.doc[named.role_end : named.end], named.name)


COUNT_WORDS = frozenset(
    "para sejumlah beberapa seluruh semua setiap tiap berbagai banyak kedua ketiga dua tiga empat lima enam "
    "tujuh delapan sembilan sepuluh belasan puluhan ratusan ribuan".split()
)


def _caused(doc: Doc, k: int, end: int) -> bool:
    """Whether the object ending at ``k`` is followed by its own predicate (a verb, an
    adjective, an adverb or a negation: "membuat Knicks ' hanya ' mampu"), which makes the
    verb before it causative."""
    while k < end and doc[k].is_quote:
        k += 1
    return k < end and doc[k].tag_ in CAUSED_PREDICATES


def _counted(doc: Doc, k: int, sent: Span) -> bool:
    """A count or a quantifier at ``k``, right before a role: the role is said of a group."""
    if k < sent.start:
        return False
    word = doc[k].lower_
    return word in COUNT_WORDS or (word.isdigit() and int(word) < 1000)


def _described(ctx: Context, sent: Span, i: int, org: Arg) -> Arg | None:
    """A role with a demonstrative ("Ketua DPR RI ke-20 ini") stands for the last person
    named before its sentence; not a role inside a noun phrase ("mobil dinas Ketua DPRD itu")."""
    k = i - 1 if i > sent.start and ctx.doc[i - 1].lower_ in ROLE_FLAGS else i
    if k > sent.start and ctx.doc[k - 1].tag_ in ("NN", "NNP"):
        return None
    for k in range(org.end, min(org.end + 4, sent.end)):
        if ctx.doc[k].lower_ in ENDERS:
            return ctx.last_person(sent.start)
        if ctx.doc[k].is_punct and ctx.doc[k].text != "-":
            return None
    return None


def _role_words(doc: Doc, start: int, end: int, org: int) -> str:
    """The role as written, with the words that specify it up to its organisation ("Kasi
    Intel", "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat", "Presiden ke-7");
    not the preposition before the organisation, nor a bracketed short form."""
    stop = org if end <= org <= end + 10 else end
    while stop > end:
        if stop > end + 2 and doc[stop - 1].text == ")" and doc[stop - 3].text == "(":
            stop -= 3  # "Kepala Departemen Moneter (DPMA) BI", "Wali Kota (Walkot) Pekanbaru"
        elif doc[stop - 1].is_punct or doc[stop - 1].lower_ in ROLE_TAILS:
            stop -= 1
        else:
            break
    return doc[start:stop].text


def _after_short_form(doc: Doc, start: int, end: int) -> int:
    """After the title's bracketed short form, when it starts as the title does
    ("Menteri Sosial (Mensos) X", "Wakil Menteri Dalam Negeri (Wamendagri) X"; not
    "Menteri Koordinator (Permenko) Bidang ...") or spells its last words ("Menteri Energi
    dan Sumber Daya Mineral (ESDM) X")."""
    bracketed = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
    if not bracketed:
        return end
    short = doc[end + 1].lower_
    words = tuple(t.lower_ for t in doc[start + 1 : end])
    return end + 3 if short[:2] == doc[start].lower_[:2] or (len(short) > 2 and spells_end(short, words)) else end


def _role_taken_for_name(ctx: Context, i: int, role_starts: set[str]) -> bool:
    """A role the name rules took for a name of no known kind ("Deputi Bidang Statistik
    Sosial" as MISC): its first word still opens a role."""
    span = ctx.by_start.get(i)
    return span is not None and ctx.etype(ctx.arg(span)) == "MISC" and ctx.doc[i].lower_ in role_starts


def _unique(triples: list[RawTriple]) -> list[RawTriple]:
    best: dict[tuple, RawTriple] = {}
    for t in triples:
        key = (t.subject, t.predicate, t.object, t.sentence_start)
        if key not in best or t.confidence > best[key].confidence:
            best[key] = t
    return list(best.values())
