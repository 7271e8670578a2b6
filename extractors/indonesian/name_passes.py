"""Two last passes over an article's name spans (:class:`.mentions.MentionFinder`): an
English event head the NER made a name of its own joins the name before it ("SEA Games"),
and the "persons" of common words go, unless another mention names the same words as no
person, whose type they take (a Title Case headline's "Jasa Marga")."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.candidates import compound_head
from kg.extractors.indonesian.spans import common_person


def join_event_heads(spans: list[Span]) -> list[Span]:
    """An English event head the NER made a name of its own right after a name is that
    name's last word: "[SEA] [Games]" is the event "SEA Games" (the "Games" a person)."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and span.start == prev.end and len(span) == 1 and span[0].lower_ in lx.EVENT_WORDS:
            out[-1] = Span(span.doc, prev.start, span.end, label="EVENT")
            continue
        out.append(span)
    return out


# types a headline "person" does not take from the body: places are typed by :func:`type_regions`
NOT_RETYPED = frozenset(["PERSON", "MISC", "LOC", "GPE"])


def without_common_persons(spans: list[Span]) -> list[Span]:
    """The spans without the "persons" of common words only (:func:`spans.common_person`)
    or heading a compound (:func:`candidates.compound_head`: "Air kelapa", "Jet lag").
    Such a "person", or one in the headline, that another mention of the body names as no
    person takes that mention's type ("Jasa Marga" typed a person in a Title Case headline,
    "PT Jasa Marga (Persero) Tbk" an organisation in the body)."""
    headline = (spans[0].doc._.kg_headline or 0) if spans else 0
    other = {s.text: s.label_ for s in spans if s.label_ not in NOT_RETYPED and s.start_char >= headline}
    out = []
    for span in spans:
        common = not span.kb_id_ and (common_person(span) or _compound_person(span))
        named = span.label_ == "PERSON" and not span.kb_id_ and (common or span.end_char <= headline)
        if named and (label := _named_as(span.text, other)) is not None:
            out.append(Span(span.doc, span.start, span.end, label=label))
        elif not common:
            out.append(span)
    return out


def _compound_person(span: Span) -> bool:
    return span.label_ == "PERSON" and compound_head(span)


def _named_as(text: str, other: dict[str, str]) -> str | None:
    """The type of a mention whose words contain ``text`` as whole words."""
    padded = f" {text} "
    return next((label for name, label in other.items() if padded in f" {name} "), None)
