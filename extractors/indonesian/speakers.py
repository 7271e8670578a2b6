"""Who "saya" is: the speaker of the quote a first-person pronoun stands in; and who "ia" is.

News quotes name their speaker in the same sentence or at the end of the quoted
paragraph: *"Saya sudah alokasi dana," kata Ahmad Luthfi.* / *Luthfi mengatakan saya ...*
For a first-person singular pronoun (*saya*, *aku*) :func:`speaker` takes the person a
speech cue names (*kata X*, *ujar X*: the person right after, or after a title phrase set
off by a comma: *kata Pakar Hukum, X*; *X mengatakan*: right before, or before an
apposition set off by commas: *X, Direktur PT Y, mengatakan*) in its sentence, else in
the next ``AHEAD`` sentences (the paragraph's attribution), else in the sentence before.
An attribution to someone named before (*ujarnya*, *imbuhnya*, *kata dia*, *Dia
mengatakan*) is to the person of the last attribution to a named one in the ``BACK``
sentences before it ("Fery mengatakan ... . Dia berharap ... . 'Kami mengajak ...,'
imbuhnya."); where there is none, the search goes on. A quote with no attributed speaker
gives no fact. *Kami*, *kita* and *pihaknya* stand for the speaker's organisation: the one
the article gives the speaker a role in (the caller looks it up). A third-person pronoun
(*ia*, *dia*, *beliau*) is the person :func:`antecedent` gives.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from kg.extractors.indonesian import lexicon as lx

FIRST_PERSON = frozenset(["saya", "aku"])
# "we" and "his side": the organisation of the speaker (from the speaker's role in the article)
FIRST_PLURAL = frozenset(["kami", "kita", "pihaknya"])
SPEECH_VERBS = lx.OPENING_SPEAKER_VERBS | {"mengatakan", "menjelaskan", "menuturkan", "mengungkapkan"}
AHEAD = 3
BACK = 10  # sentences searched for the named speaker of "ujarnya"
APPOSITION = 16  # tokens from a speaker's name to the speech verb after an apposition
NEAR = 3  # tokens between a cue and its speaker ("kata Kepala BPS Amalia")
SALIENT = 6  # sentences searched for the person "ia" refers to
EARLIER = "earlier"  # an attribution to someone named before: "ujarnya", "kata dia"


def speaker(sents: list[Span], k: int, people: dict[int, Span]) -> Span | None:
    """The person mention (from ``people``, by start token) who speaks ``sents[k]``."""
    ends = {span.end: span for span in people.values()}
    for j in [*range(k, min(k + AHEAD + 1, len(sents))), *range(max(0, k - 1), k)]:
        found = attributed(sents[j], people, ends)
        if isinstance(found, Span):
            return found
        if found is not None and (named := named_before(sents, j, people, ends)) is not None:
            return named  # EARLIER: the last speaker named before, else the search goes on
    return None


def named_before(sents: list[Span], k: int, people: dict[int, Span], ends: dict[int, Span]) -> Span | None:
    """The speaker of the last attribution to a named person before ``sents[k]``."""
    for j in range(k - 1, max(-1, k - 1 - BACK), -1):
        found = attributed(sents[j], people, ends)
        if isinstance(found, Span):
            return found
    return None


def attributed(sent: Span, people: dict[int, Span], ends: dict[int, Span]) -> Span | str | None:
    """The person a speech cue of ``sent`` attributes it to (``ends``: ``people`` by end),
    or ``EARLIER`` for a cue that refers back to someone named before."""
    for token in sent:
        word = token.lower_
        if word in lx.SPEAKER_CUES:
            for j in range(token.i + 1, min(token.i + 1 + NEAR + 2, sent.end)):
                if j in people:
                    return _holder(people[j], people)
            if (titled := _after_title(sent, token.i + 1, people)) is not None:
                return titled
            if token.i + 1 < sent.end and sent.doc[token.i + 1].lower_ in lx.PRONOUNS:
                return EARLIER  # "kata dia"
        elif word in SPEECH_VERBS and token.i in ends:
            return ends[token.i]
        elif word in SPEECH_VERBS and (person := _before_apposition(sent, token.i, ends)) is not None:
            return person
        elif _refers_back(token, sent.start):
            return EARLIER
    return None


def _holder(person: Span, people: dict[int, Span]) -> Span:
    """The person named right after ``person``, or after a comma, when there is one: a
    title the NER took for a person precedes its holder ("kata [Pakar Hukum], Hardjuno")."""
    return _next_person(person, people) or person


def _next_person(person: Span, people: dict[int, Span]) -> Span | None:
    """The person (``people`` by start) right after ``person`` or after a comma after it."""
    doc, end = person.doc, person.end
    if end < len(doc) and doc[end].text == ",":
        end += 1
    return people.get(end)


def _after_title(sent: Span, start: int, people: dict[int, Span]) -> Span | None:
    """The person after a cue's title phrase set off by a comma: "kata [Pakar Hukum dan
    Pembangunan], Hardjuno Wiwoho" (the title's words capitalised, or function words)."""
    doc = sent.doc
    for j in range(start, min(start + APPOSITION, sent.end - 1)):
        if doc[j].text == ",":
            return people.get(j + 1) if j > start else None
        if not (doc[j].text[:1].isupper() or lx.is_function_word(doc[j].lower_)):
            return None
    return None


def _before_apposition(sent: Span, verb: int, ends: dict[int, Span]) -> Span | None:
    """The person nearest a speech verb after a comma, set off by commas: "Ketua DIKPI,
    [Kombes Pol Dedy Tabrani], menjelaskan", "[Ivan Ermisyam], Direktur Operasi PT INALUM,
    menjelaskan"."""
    doc = sent.doc
    if verb - 1 <= sent.start or doc[verb - 1].text != ",":
        return None
    for end in range(verb - 1, max(sent.start, verb - APPOSITION), -1):
        if end in ends and doc[end].text == ",":
            return ends[end]
    return None


def _refers_back(token: Token, start: int) -> bool:
    """*ujarnya*, *imbuhnya* (a cue with the clitic), or a pronoun before a speech verb
    ("Dia mengatakan")."""
    word = token.lower_
    if word.endswith("nya") and word[:-3] in lx.SPEAKER_CUES:
        return True
    before = token.nbor(-1).lower_ if token.i > start else ""
    return word in SPEECH_VERBS and before in lx.PRONOUNS


def antecedent(sents: list[Span], k: int, at: int, people: list[Span]) -> Span | None:
    """The person a third-person pronoun at token ``at`` of ``sents[k]`` refers to
    (``people`` sorted by start): the first one named before it in its sentence ("Menurut
    Budi, ia ..."); else, in the nearest of the ``SALIENT`` sentences before that names
    one, the person its speech cue attributes it to, else the first one it names (news
    sentences open with their subject: "Prabowo memuji Jokowi. Ia menilai ..." is
    Prabowo); else the last person named before it."""
    starts = [p.start for p in people]
    own = _named_in(people, starts, sents[k].start, at)
    if own:
        return own[0]
    by_start, ends = {p.start: p for p in people}, {p.end: p for p in people}
    for j in range(k - 1, max(-1, k - 1 - SALIENT), -1):
        named = _named_in(people, starts, sents[j].start, sents[j].end)
        if named:
            found = attributed(sents[j], by_start, ends)
            return found if isinstance(found, Span) else _subject(named, by_start)
    before = [p for p in people if p.end <= at]
    return max(before, key=lambda p: p.end) if before else None


def _subject(named: list[Span], people: dict[int, Span]) -> Span:
    """The first of a sentence's people, past one that another follows at once or after a
    comma, the way a title the NER took for a person precedes its holder ("Pakar Hukum,
    [Hardjuno Wiwoho]")."""
    return next((person for person in named if _next_person(person, people) is None), named[-1])


def _named_in(people: list[Span], starts: list[int], start: int, end: int) -> list[Span]:
    """The people named from token ``start`` up to ``end``, in text order."""
    found = []
    for person in people[bisect_left(starts, start) :]:
        if person.start >= end:
            break
        if person.end <= end:
            found.append(person)
    return found
