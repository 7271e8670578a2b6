"""Who "saya" is: the speaker of the quote a first-person pronoun stands in.

News quotes name their speaker in the same sentence or at the end of the quoted
paragraph: *"Saya sudah alokasi dana," kata Ahmad Luthfi.* / *Luthfi mengatakan saya ...*
For a first-person singular pronoun (*saya*, *aku*) :func:`speaker` takes the person a
speech cue names (*kata X*, *ujar X*: the person right after; *X mengatakan*: right before)
in its sentence, else in the next ``AHEAD`` sentences (the paragraph's attribution), else
in the sentence before. A quote with no attributed speaker gives no fact. *Kami*, *kita*
and *pihaknya* stand for the speaker's organisation: the one the article gives the speaker
a role in (the caller looks it up).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extractors.indonesian import lexicon as lx

FIRST_PERSON = frozenset(["saya", "aku"])
# "we" and "his side": the organisation of the speaker (from the speaker's role in the article)
FIRST_PLURAL = frozenset(["kami", "kita", "pihaknya"])
SPEECH_VERBS = lx.OPENING_SPEAKER_VERBS | {"mengatakan", "menjelaskan", "menuturkan", "mengungkapkan"}
AHEAD = 3
NEAR = 3  # tokens between a cue and its speaker ("kata Kepala BPS Amalia")


def speaker(sents: list[Span], k: int, people: dict[int, Span]) -> Span | None:
    """The person mention (from ``people``, by start token) who speaks ``sents[k]``."""
    ends = {span.end: span for span in people.values()}
    for other in [*sents[k : k + AHEAD + 1], *sents[max(0, k - 1) : k]]:
        found = attributed(other, people, ends)
        if found is not None:
            return found
    return None


def attributed(sent: Span, people: dict[int, Span], ends: dict[int, Span]) -> Span | None:
    """The person a speech cue of ``sent`` attributes it to (``ends``: ``people`` by end)."""
    for token in sent:
        word = token.lower_
        if word in lx.SPEAKER_CUES:
            for j in range(token.i + 1, min(token.i + 1 + NEAR + 2, sent.end)):
                if j in people:
                    return people[j]
        elif word in SPEECH_VERBS and token.i in ends:
            return ends[token.i]
    return None
