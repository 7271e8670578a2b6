"""A national team is an organisation, not its country: "Timnas Indonesia", "Tim Nasional
Jepang U-23", "Timnas U-17 Indonesia" are teams that play, win and hire coaches, while the
NER marks only the country in them (so that "Timnas Indonesia mengalahkan Vietnam" gave
Indonesia WINS_AGAINST Vietnam, and "Pelatih Timnas Indonesia X" no employer).
:func:`join_teams` makes one ORG mention of the team word, the country and an age group
or a women's side written with them. A currency written with its country ("dolar AS",
"yen Jepang") is no mention of the country either: :func:`currency_countries` gives the
tokens the mention finder blocks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.gazetteer import gazetteer

TEAM_WORDS = (("timnas",), ("tim", "nasional"))
AGE_GROUP = re.compile(r"^u-?\d{2}$", re.IGNORECASE)  # "U-23", "U23"
SIDES = frozenset(["putri", "wanita"])  # "Timnas Indonesia Putri"
PLACES = frozenset(["GPE", "LOC"])


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every way the gazetteer writes a country, lower case."""
    return frozenset(name.lower() for entry in gazetteer() if entry.level == "country" for name in entry.names)


def join_teams(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, not overlapping) with each country written after a team word
    made one ORG mention with it, its age group and its side (the NER may have made a
    mention of the team word or of the age group alone: "[Timnas] [Indonesia] [U-23]")."""
    out: list[Span] = []
    skip_to = 0
    for span in spans:
        if span.start < skip_to:
            continue
        start = _team_start(doc, span)
        if start is None:
            out.append(span)
            continue
        while out and out[-1].end > start:
            if out[-1].start < start:
                break
            out.pop()  # the team word the NER made a name of its own
        if out and out[-1].end > start:
            out.append(span)  # the team word inside a longer name: leave it
            continue
        end = _after_group(doc, span.end)
        skip_to = end
        out.append(Span(doc, start, end, label="ORG"))
    return out


def _team_start(doc: Doc, span: Span) -> int | None:
    """Where the team's name starts when ``span`` is a country after a team word (and an
    age group: "Timnas U-23 Indonesia")."""
    if span.label_ not in PLACES or span.text.lower() not in country_names():
        return None
    k = span.start - (span.start > 0 and bool(AGE_GROUP.match(doc[span.start - 1].text)))
    for words in TEAM_WORDS:
        start = k - len(words)
        if start >= 0 and tuple(t.lower_ for t in doc[start:k]) == words and doc[start].text[:1].isupper():
            return start
    return None


def _after_group(doc: Doc, end: int) -> int:
    while end < len(doc) and (AGE_GROUP.match(doc[end].text) or doc[end].lower_ in SIDES):
        end += 1
    return end


def currency_countries(doc: Doc) -> Iterable[int]:
    """The tokens of a country named in a currency ("20 miliar dolar [AS]"): part of the
    amount, no participant of a fact."""
    for token in doc:
        if token.lower_ not in lx.CURRENCY_NOUNS:
            continue
        for k in (2, 1):
            words = doc[token.i + 1 : token.i + 1 + k]
            if len(words) == k and words[0].text[:1].isupper() and words.text.lower() in country_names():
                yield from range(words.start, words.end)
                break
