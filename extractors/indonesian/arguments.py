"""Finding the arguments of a relation trigger: subjects to the left (with
coordination and pronouns) and agents of passives; objects to the right (lists, noun
phrases, prepositional objects) are :class:`objects.Objects`, the parts of role
appositions :class:`roleparts.RoleParts` and :class:`roleholders.RoleHolders`."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.candidates import ENDERS, vague
from kg.extractors.indonesian.coreference import Arg, Coreference
from kg.extractors.indonesian.heads import EVENT_HEADS, FACILITY_HEADS, FACILITY_NAME_HEADS
from kg.extractors.indonesian.lemmas import is_common_word, lemma, roots
from kg.extractors.indonesian.mentions import SPAN_KEY
from kg.extractors.indonesian.objects import Objects, dedupe, head_thing
from kg.extractors.indonesian.qualifiers import INTENT, SKIPPABLE, SPEECH_VERBS, Qualifiers
from kg.extractors.indonesian.roleholders import RoleHolders
from kg.extractors.indonesian.roleparts import RoleParts
from kg.extractors.indonesian.rulebook import role_words
from kg.extractors.indonesian.speakers import FIRST_PERSON, FIRST_PLURAL
from kg.ids import name_key
from kg.model import Entity

CONCESSIVE = frozenset(["sekalipun", "meskipun", "walaupun", "meski", "walau"])
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
AGENT_PHRASES = frozenset(["PERSON", "ORG"])  # the guessed types of a noun phrase that may act
# and of one a rule whose objects may be common nouns acts on ("Gedung baru dibangun oleh X")
ACTED_ON_PHRASES = AGENT_PHRASES | {"FACILITY", "PRODUCT"}


class Context(Coreference, Qualifiers, RoleParts, RoleHolders, Objects):
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
        self.phrases: dict[int, Span] | None = None  # the argument finder's phrases by start (objects.phrase_at)
        self.phrase_ends: dict[int, Span] | None = None  # and by last token (objects.phrase_ending)
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
                if span.start > sent.start and self._not_agent_after(self.doc[span.start - 1].lower_):
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

    @staticmethod
    def _not_agent_after(lower: str) -> bool:
        """A place's or an origin's word, or a kin word: the name after it is not who acts but
        where, or whose relative does ("ibunda [Galih] tiba di Jakarta")."""
        return lower in NOT_AGENT_AFTER or lx.kin_kind(lower) is not None

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
        return dedupe(args)

    def nominal_subject(self, sent: Span, i: int, kinds: frozenset[str] = AGENT_PHRASES) -> list[Arg]:
        """A noun phrase of people or of a body right before the verb at ``i`` (past its
        auxiliaries), for a verb no name is the subject of: "Polisi [telah] menangkap X",
        "Petugas kepolisian menangkap dua pelaku", "Jaksa penuntut umum mendakwa X" (the
        annotations write such agents as the phrase); not a pronoun (:meth:`left_args`), a
        word the annotations never take alone (:func:`candidates.vague`), nor a phrase with a
        name in it ("Wisatawan asal China": not China, :meth:`left_args` decides on names),
        nor one after a preposition, a relative "yang" or a passive verb."""
        j = i - 1
        while (
            j >= sent.start
            and self.phrase_ending(j) is None
            and (self.doc[j].lower_ in SKIPPABLE or self.doc[j].lower_ in INTENT)
        ):
            j -= 1
        phrase = self.phrase_ending(j)
        named = phrase is not None and any(k in self.covered for k in range(phrase.start, phrase.end))
        if phrase is None or named or not _acting(phrase, kinds):
            return []  # a phrase with a name in it: :meth:`left_args` decides on the names
        if phrase.start > sent.start:
            before = self.doc[phrase.start - 1]
            if before.tag_ in ("IN", "VB") or before.lower_ == "yang" or self._not_agent_after(before.lower_):
                return []
        return [self.thing(phrase)]

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

    def person_after_title(self, sent: Span, j: int) -> Arg | None:
        """The person right after a title and its rank words ("Kapolda Metro Jaya Irjen [X]")."""
        k = j
        while k < sent.end and k - j < 4 and (self.doc[k].lower_.rstrip(".") in lx.TITLES or self.doc[k].text == ","):
            k += 1
        if k in self.by_start and self.holder(self.arg(self.by_start[k])):
            return self.arg(self.by_start[k])
        return None

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


def _acting(phrase: Span, kinds: frozenset[str]) -> bool:
    """A noun phrase of one of ``kinds`` by its guessed type (of people or of a body, for
    one that acts) or by its head, a facility's or a product's noun as the rules' objects
    read them ("[gedung] baru"); not a pronoun, a word the annotations never take alone
    (:func:`candidates.vague`) nor a description ending in a demonstrative."""
    if phrase[-1].lower_ in ENDERS:
        return False  # "Rumah sakit itu": a description, the fact builder's to name or refer back
    thing = head_thing(phrase[0].lower_)
    return not phrase.kb_id_ and (phrase.label_ in kinds or thing in kinds) and not vague(phrase.text.lower())


def passive_agent(doc: Doc, k: int, sent_start: int) -> bool:
    """The name at ``k`` is the agent of a passive verb before it, past its titles ("ditunjuk
    Presiden [Joko Widodo] menjadi Menteri X": the president appoints, not holds the title;
    "yang ditugaskan [Trump] untuk memimpin": Trump does not lead)."""
    k -= 1
    while k >= sent_start and doc[k].lower_.rstrip(".") in lx.TITLES:
        k -= 1
    return k >= sent_start and doc[k].tag_ == "VB" and doc[k].lower_.startswith("di")
