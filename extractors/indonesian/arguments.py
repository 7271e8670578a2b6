"""Finding the arguments of a relation trigger: subjects to the left (with
coordination and pronouns), objects to the right (lists, noun phrases,
prepositional objects) and agents of passives; the parts of role appositions are
:class:`roleparts.RoleParts` and :class:`roleholders.RoleHolders`."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.coreference import Arg, Coreference
from kg.extractors.indonesian.gazetteer import written_entry
from kg.extractors.indonesian.heads import EVENT_HEADS, FACILITY_HEADS, FACILITY_NAME_HEADS
from kg.extractors.indonesian.lemmas import is_common_word, lemma, roots
from kg.extractors.indonesian.mentions import SPAN_KEY
from kg.extractors.indonesian.names import without_state
from kg.extractors.indonesian.qualifiers import INTENT, SKIPPABLE, SPEECH_VERBS, Qualifiers
from kg.extractors.indonesian.roleholders import RoleHolders
from kg.extractors.indonesian.roleparts import RoleParts
from kg.extractors.indonesian.rulebook import Cue, role_words
from kg.extractors.indonesian.speakers import FIRST_PERSON, FIRST_PLURAL
from kg.ids import entity_id, name_key, normalize_name
from kg.model import Entity

QUANTIFIERS = frozenset(["para", "sejumlah", "beberapa", "seluruh", "semua", "sebuah"])
CONCESSIVE = frozenset(["sekalipun", "meskipun", "walaupun", "meski", "walau"])
SCORE = re.compile(r"^\d{1,2}-\d{1,2}$")  # a match's score between a verb and its object
NUMBER_WORDS = frozenset(["no", "nomor", "nomer", "nmr"])  # a document's number, never a holder
# an organisation's head word ("[Perum Bulog] selaku Kepala ..."), or a company's legal form
# the NER glued to the person after it ("PT Garuda Indonesia (Persero) [Tbk I Gusti ...]"),
# or a word for a unit or an area of one ("Ketua DPP Golkar [Bidang Ekokraf]", "anggota
# Kepolisian [Sektor Panakkukang]"), which the NER may take for a person
SPEAKERS_OWN = FIRST_PERSON | FIRST_PLURAL  # a reported clause's subject that is the speaker or the speaker's side
NOT_AGENT_AFTER = lx.LOC_PREPS | {"asal"}  # a place, or an origin: "wisatawan [asal] China"
UNIT_WORDS = frozenset(["bidang", "sektor", "seksi", "subdit", "subbidang", "unit", "satuan", "bagian", "cabang"])
NOT_HOLDER_HEADS = lx.ORG_HEADS | UNIT_WORDS | {"perum", "tbk", "persero", "wilayah", "markas", "komando"}
# nor an event's or a building's ("[Piala] Raja Spanyol", "[Stadion] ...")
NOT_HOLDER_HEADS |= EVENT_HEADS | FACILITY_HEADS | FACILITY_NAME_HEADS


# a verb right after these shares the subject of the verb phrase before them
VERB_JOINERS = frozenset(["dan", "serta"])


MAX_BEFORE_AGENT = 6  # words between a passive verb and its *oleh*


class Context(Coreference, Qualifiers, RoleParts, RoleHolders):
    """Per-doc lookups shared by the rules."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.links: dict[tuple[int, int], str] = doc._.kg_links
        self.entities: dict[str, Entity] = doc._.kg_entities
        self.mentions = [s for s in doc.spans[SPAN_KEY] if (s.start_char, s.end_char) in self.links]
        self.by_start = {s.start: s for s in self.mentions}
        self.by_end = {s.end - 1: s for s in self.mentions}
        self.covered = {i for s in self.mentions for i in range(s.start, s.end)}
        self.objects: list[tuple[Span, Entity]] = []
        self.pending: dict[str, Entity] = {}
        self.object_keys: dict[str, Entity] = {}  # name key (state aside) -> the rules' entity
        self._names: dict[str, Entity] | None = None
        self._index_sentences()

    def _index_sentences(self) -> None:
        """Mentions, persons and dates by sentence, so that no rule scans the whole doc
        (the rules stay linear in the article's length)."""
        self.sentence_start = [0] * len(self.doc)
        for sent in self.doc.sents:
            self.sentence_start[sent.start : sent.end] = [sent.start] * len(sent)
        self.in_sentence: dict[int, list[Span]] = {}
        for span in self.mentions:
            self.in_sentence.setdefault(self.sentence_start[span.start], []).append(span)
        self.dates_in: dict[int, list[Span]] = {}
        for span in self.doc.spans.get("kg_dates", []):
            self.dates_in.setdefault(self.sentence_start[span.start], []).append(span)
        self.people = sorted((s for s in self.mentions if self.etype(self.arg(s)) == "PERSON"), key=lambda s: s.end)
        self.people_ends = [s.end for s in self.people]

    def names_index(self) -> dict[str, Entity]:
        """The article's entities by every name and alias (case-folded), built once."""
        if self._names is None:
            self._names = {}
            for entity in sorted(self.entities.values(), key=lambda e: e.id):
                for name in (entity.name, *entity.aliases):
                    self._names.setdefault(name_key(name), entity)
        return self._names

    def arg(self, span: Span) -> Arg:
        return Arg(self.links[(span.start_char, span.end_char)], span.start, span.end)

    def etype(self, arg: Arg) -> str:
        entity = self.entities.get(arg.entity) or self.pending[arg.entity]
        return entity.type

    def holder(self, arg: Arg) -> bool:
        """A person, or an untyped name, that does not open with a common word: not the
        "Perintah Penahanan" of "surat Perintah Penahanan Kepala Kejaksaan ...", nor a Title
        Case verb of a headline taken for a person ("Waka MPR [Desak] Perketat ..."), nor an
        untyped word formed from a verb's root ("Ini [Imbauan] dari KBRI"), nor an untyped
        name that opens with a role word ("[Staf Khusus] Menteri BUMN"), nor a document's
        number ("Peraturan Menteri ... [No.] 7", "telegram Panglima TNI [No TR/422]"), nor a
        name, typed a person or untyped, that opens with an organisation's head word or a
        company's legal form ("Perum Bulog", "Tbk I Gusti ..."), nor one word
        that is a noun formed with ke-/pe-...-an ("Menteri Koordinator Bidang [Kemaritiman]
        dan Investasi", which the NER may take for a person)."""
        etype, first = self.etype(arg), self.doc[arg.start]
        lower, one = first.lower_, arg.end - arg.start == 1
        if etype not in ("PERSON", "MISC") or lower.rstrip(".") in NUMBER_WORDS:
            return False
        if one and lower in roots() and first.idx < (self.doc._.kg_headline or 0):
            return False  # one word of a headline, a verb's root
        base = lemma(lower)
        if one and lower.startswith(("ke", "pe")) and lower.endswith("an") and len(base) > 2 and base != lower:
            return False  # "Kemaritiman", "Perekonomian": an abstract noun, not a person
        if etype == "PERSON":
            return lower not in NOT_HOLDER_HEADS
        derived = one and base != lower and base in roots()
        return not (is_common_word(first.text) or derived or lower in role_words() or lower in NOT_HOLDER_HEADS)

    def left_args(self, sent: Span, i: int) -> list[Arg]:
        j, content, own = self._before_relative_clause(sent, i - 1), 0, 0
        relative = False  # past "yang" after a common noun: "menangkap tersangka [yang] membunuh"
        while j >= sent.start:
            token = self.doc[j]
            if relative and token.tag_ == "VB":
                return []  # the relative clause's subject is the noun, the object of this verb
            relative = relative or (token.lower_ == "yang" and j - 1 not in self.by_end)
            if j in self.by_end:
                span = self.by_end[j]
                if span.start > sent.start and self.doc[span.start - 1].lower_ in NOT_AGENT_AFTER:
                    return []  # "datang ke Jakarta untuk bertemu", "wisatawan asal China mengunjungi": not who acts
                if passive_agent(self.doc, span.start, sent.start):
                    return []  # "yang ditugaskan [Trump] untuk memimpin": the passive's agent
                return self._coordinated_left(sent, span)
            if token.lower_ in lx.CLAUSE_BREAKS or token.lower_ in CONCESSIVE or token.text in ".;:!?":
                return []  # "memecat Emery [sekalipun] kalah dari X": the clause's subject is not named
            if token.lower_ in VERB_JOINERS and not content:
                return []  # "meninjau Papua dan [meresmikan]": the name before is the first verb's object
            if token.lower_ in SPEECH_VERBS and content > own:
                return []  # "Budi menyebut [mereka] menyerang Israel": the reported clause has its own subject
            if token.lower_ in lx.PRONOUNS:
                person = self.pronoun_person(j)
                return [person] if person else []
            if token.lower_ in lx.DEMONSTRATIVES and (described := self.described_person(sent, j)):
                return [described]
            if not (token.is_punct or token.lower_ in SKIPPABLE or token.lower_ in INTENT):
                content += 1
                own += token.lower_ in SPEAKERS_OWN  # "Jhony menjelaskan [pihaknya] akan mengirim": the speaker's side
                if content > 2:
                    return []
            j -= 1
        return []

    def _before_relative_clause(self, sent: Span, j: int) -> int:
        """``X, yang tiba di Beijing, bertemu`` / ``X, pemimpin Korea Utara, bertemu`` / ``X, putra
        Presiden Y, bertemu``: skip back over the ", yang ... ," clause or the ", <role> ... ,"
        or ", <kin> ... ," apposition."""
        if j <= sent.start or self.doc[j].text != ",":
            return j
        for k in range(j - 1, sent.start, -1):
            if self.doc[k].text == ",":
                first = self.doc[k + 1].lower_
                apposed = first in lx.ROLE_NOUNS or first in lx.TITLES or lx.kin_kind(first) is not None
                return k - 1 if first == "yang" or apposed or self._noun_apposition(k + 1, j) else j
        return j

    def _noun_apposition(self, start: int, end: int) -> bool:
        """``X, pendiri SpaceX, mengunjungi``: a lower-case noun opening a phrase of no verb,
        set off by commas after the subject."""
        first = self.doc[start]
        if not first.is_lower or first.tag_ != "NN" or end - start > 8:
            return False
        return not any(t.tag_ == "VB" or t.lower_ in lx.CONJUNCTIONS for t in self.doc[start:end])

    def _coordinated_left(self, sent: Span, span: Span) -> list[Arg]:
        """``A, B, dan C <verb>``: commas count only in a list closed by "dan"/"serta"."""
        args = [self.arg(span)]
        j, seen_and = span.start - 1, False
        while j > sent.start:
            if self.doc[j].text == ")" and j - 2 in self.by_end and self.doc[j - 2].text == "(":
                j -= 3  # "(AS)" after a name
                continue
            k = j
            while k > sent.start and self.doc[k].lower_ in (",", "dan", "serta"):
                k -= 1
            words = {self.doc[m].lower_ for m in range(k + 1, j + 1)}
            seen_and = seen_and or bool(words & {"dan", "serta"})
            if k == j or k not in self.by_end or not seen_and:
                break
            prev = self.by_end[k]
            args.append(self.arg(prev))
            j = prev.start - 1
        return _dedupe(args)

    def agent_args(self, sent: Span, i: int) -> list[Arg]:
        j = self._agent_marker(sent, i + 1)
        while j < sent.end and (self.doc[j].lower_ in ("oleh", ",") or self.doc[j].lower_ in SKIPPABLE):
            j += 1
        j = self.past_role(sent, j)
        return self.list_right(sent, j) if j in self.by_start else []

    def _agent_marker(self, sent: Span, j: int) -> int:
        """The *oleh* a few words after a passive verb, past what the act gave or where
        ("divonis 6,5 tahun penjara [oleh] X", "ditangkap di rumahnya [oleh] X"), else ``j``;
        no verb or punctuation between."""
        for k in range(j, min(j + MAX_BEFORE_AGENT, sent.end)):
            token = self.doc[k]
            if token.lower_ == "oleh":
                return k
            if token.tag_ == "VB" or (token.is_punct and token.text != "-") or token.lower_ in lx.CLAUSE_BREAKS:
                break
        return j

    def right_args(self, sent: Span, i: int, rel: Cue) -> list[Arg]:
        j = i + 1
        while j < sent.end and (
            self.doc[j].lower_ in QUANTIFIERS or self.doc[j].lower_ in rel.object_preps or SCORE.match(self.doc[j].text)
        ):  # "kalah [2-3] dari Arab Saudi": a match's score
            j += 1
        j = self.past_role(sent, j)
        if j in self.by_start:
            return self.list_right(sent, j)
        if rel.common_object:
            return self._noun_phrases(sent, j)
        return []

    def list_right(self, sent: Span, j: int) -> list[Arg]:
        """``A, B, C, dan D``: a comma-only chain is an apposition, so only A counts
        (unless a "dan"/"serta" follows the chain: "A, B, C, serta banyak negara")."""
        args, listed = [], False
        while j in self.by_start:
            span = self.by_start[j]
            args.append(self.arg(span))
            j = span.end
            if j + 2 < sent.end and self.doc[j].text == "(" and self.doc[j + 2].text == ")":
                j += 3
            k = _skip_joiners(self.doc, j, sent.end)
            listed = listed or any(self.doc[m].lower_ in lx.CONJUNCTIONS for m in range(j, k))
            if k == j or k not in self.by_start:
                break
            j = k
        return _dedupe(args if listed else args[:1])

    def _noun_phrases(self, sent: Span, j: int) -> list[Arg]:
        args = []
        while True:
            arg = self.noun_phrase(sent, j)
            if arg is None:
                break
            args.append(arg)
            nxt = _skip_joiners(self.doc, arg.end, sent.end)
            if nxt == arg.end:
                break
            j = nxt
        return args

    def noun_phrase(self, sent: Span, j: int) -> Arg | None:
        k = j
        while k < sent.end and k - j < 5 and _np_word(self.doc[k]):
            k += 1
        if k == j:
            return None
        head = self.doc[j].lower_
        etype = "FACILITY" if head in lx.FACILITY_HEADS else "PRODUCT" if head in lx.PRODUCT_HEADS else ""
        if not etype:
            return None
        return self._new_object(j, k, normalize_name(self.doc[j:k].text.lower()), etype)

    def thing(self, phrase: Span) -> Arg:
        """A noun phrase of the argument finder as a rule's object (named as written, typed as guessed)."""
        return self._new_object(phrase.start, phrase.end, normalize_name(phrase.text), phrase.label_)

    def title_org(self, title: Span, name: str) -> Arg:
        """The organisation a title names ("Kapolri" -> Polri), an object of the rules."""
        return self._new_object(title.start, title.end, name, "ORG")

    def _new_object(self, start: int, end: int, name: str, etype: str, aliases: tuple[str, ...] = ()) -> Arg:
        """An entity the rules make from ``doc[start:end]`` (not a named mention); one the
        rules made before under the same name (a state written after it aside: "Komisi II
        DPR" = "Komisi II DPR RI") is the same entity."""
        key = without_state(name_key(name))
        ent = self.object_keys.get(key) or _known(name, etype) or Entity(entity_id(name), name, etype, aliases)
        if name != ent.name and name not in ent.aliases:
            ent = replace(ent, aliases=tuple(sorted({*ent.aliases, name})))
        self.object_keys[key] = ent
        self.objects.append((Span(self.doc, start, end, label=etype), ent))
        self.pending[ent.id] = ent
        return Arg(ent.id, start, end)

    def person_after_title(self, sent: Span, j: int) -> Arg | None:
        """The person right after a title and its rank words ("Kapolda Metro Jaya Irjen [X]")."""
        k = j
        while k < sent.end and k - j < 4 and (self.doc[k].lower_.rstrip(".") in lx.TITLES or self.doc[k].text == ","):
            k += 1
        if k in self.by_start and self.holder(self.arg(self.by_start[k])):
            return self.arg(self.by_start[k])
        return None

    def used_objects(self, used: set[str]) -> list[tuple[Span, Entity]]:
        """The noun-phrase objects that ended up in a triple (the rule component's own
        entities: the entity table of named mentions is not written here)."""
        return [(span, ent) for span, ent in self.objects if ent.id in used]

    def prep_object(self, sent: Span, i: int, rel: Cue, noun: bool = False) -> tuple[list[Arg], dict[str, str]]:
        """``menjual senjata ke Rusia``: goods right after, object after a preposition; after a
        noun of the act (``noun``) not past a verb ("Kunjungan Merkel [dilakukan] dua bulan
        usai serangan di Sinagoge": the synagogue is the attack's)."""
        goods: dict[str, str] = {}
        j = i + 1
        k = j
        while k < sent.end and _np_word(self.doc[k]) and k - j < 5:
            k += 1
        if k > j:
            goods["goods"] = self.doc[j:k].text
        for m in range(k, min(k + 8, sent.end - 1)):
            word = self.doc[m].lower_
            if word in lx.CLAUSE_BREAKS or self.doc[m].text in ".;" or (noun and self.doc[m].tag_ == "VB"):
                break
            if word in rel.object_preps and m + 1 in self.by_start:
                return self.list_right(sent, m + 1), goods
        return [], goods

    def genitive(self, sent: Span, i: int, exclude: set[str]) -> list[Arg]:
        """``penjualan senjata Iran``: a name right after the noun (and its goods) is the agent."""
        j = i + 1
        while j < sent.end and _np_word(self.doc[j]) and j - i <= 5:
            j += 1
        if j in self.by_start:
            arg = self.arg(self.by_start[j])
            if arg.entity not in exclude and self.etype(arg) in ("GPE", "ORG", "PERSON"):
                return [arg]
        return []

    def participants_after(self, sent: Span, i: int) -> list[Arg]:
        """The coordinated names shortly after a noun: "pertemuan (yang dilakukan menteri) A dan B"."""
        for j in range(i + 1, min(i + 7, sent.end)):
            if j in self.by_start:
                args = self.list_right(sent, j)
                return args if len(args) > 1 else []
            if self.doc[j].is_punct or self.doc[j].lower_ in lx.CLAUSE_BREAKS:
                return []
        return []

    def after_prep(self, sent: Span, j: int, preps: tuple[str, ...]) -> Arg | None:
        """The mention after ``prep`` (and up to three common nouns: "dari organisasi X")."""
        if j >= sent.end or self.doc[j].lower_ not in preps:
            return None
        k = j + 1
        while k < sent.end and k - j <= 3 and k not in self.by_start and _np_word(self.doc[k]):
            k += 1
        return self.arg(self.by_start[k]) if k in self.by_start else None

    def nearest_left(self, sent: Span, i: int, exclude: set[str]) -> list[Arg]:
        """The nearest person, organisation or country before ``i``, not across a speech
        verb ("Hendra menjelaskan, kunjungan Kapolda ke ...": Hendra reports the visit) nor
        when a title follows the noun (the visit is the untitled Kapolda's)."""
        if i + 1 < sent.end and self.doc[i + 1].lower_.rstrip(".") in lx.TITLES:
            return []
        said = max((k for k in range(sent.start, i) if self.doc[k].lower_ in SPEECH_VERBS), default=-1)
        for span in reversed(self.in_sentence.get(sent.start, [])):
            if span.end <= said:
                return []  # the speech verb lies between this name and the noun, and so for all before it
            if span.end <= i:
                arg = self.arg(span)
                if arg.entity not in exclude and self.etype(arg) in ("GPE", "ORG", "PERSON"):
                    return [arg]
        return []


def passive_agent(doc: Doc, k: int, sent_start: int) -> bool:
    """The name at ``k`` is the agent of a passive verb before it, past its titles ("ditunjuk
    Presiden [Joko Widodo] menjadi Menteri X": the president appoints, not holds the title;
    "yang ditugaskan [Trump] untuk memimpin": Trump does not lead)."""
    k -= 1
    while k >= sent_start and doc[k].lower_.rstrip(".") in lx.TITLES:
        k -= 1
    return k >= sent_start and doc[k].tag_ == "VB" and doc[k].lower_.startswith("di")


def _np_word(token) -> bool:
    lower = token.lower_
    return (
        (token.is_alpha or "-" in token.text)
        and token.text[:1].islower()
        and not lx.is_function_word(lower)
        and not lx.is_date_word(lower)
        and lower not in lx.TITLES
    )


def _skip_joiners(doc: Doc, j: int, end: int) -> int:
    k = j
    while k < end and doc[k].lower_ in lx.LIST_JOINERS:
        k += 1
    return k if k > j else j


def _dedupe(args: list[Arg]) -> list[Arg]:
    seen: set[str] = set()
    out = []
    for arg in args:
        if arg.entity not in seen:
            seen.add(arg.entity)
            out.append(arg)
    return out


def _known(name: str, etype: str) -> Entity | None:
    """The gazetteer's entity of a name the rules made ("Kementerian PU" of "Menteri PU"), when
    the gazetteer writes the name and types it alike: the entity a named mention of it gets
    (:meth:`kg.extractors.indonesian.entities.EntityResolver.make_entity`), so the article does
    not hold the ministry twice."""
    entry = written_entry(name, (etype,))
    return entry.entity((name,)) if entry is not None else None
