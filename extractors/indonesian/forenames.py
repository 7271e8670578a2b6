"""A person's first names that the NER left out: "Ekonom UGM [Wisnu Setiadi] Nugroho",
"Deputi ... BPJS Kesehatan, [M. Iqbal] Anas Ma'ruf", "Bupati Solok [Jon] Firman Pandu".
The words between a known region after a regional title and the person are the person's
too, with no other evidence ("Bupati Kolaka Timur [Abdul] Azis").

:func:`with_forenames` extends a person's mention to the left over at most two words right
before it that no mention covers, when each is a name's word (capitalised, not a word of
the POS lexicon, no common word, title, rank, role, occupation, form of address, English
title or organisation word; an initial such as "M." too), the words before them do not
go on as such a name (no clear start), and the article writes one of them in a person's
name elsewhere ("... ujar Iqbal") or the first is an initial or a forename written short
("M.", "Moh."), which opens a name. On the training articles (extractor v116; development
figures): schema facts 888 / 536 -> 890 / 535 (tp / fp), with the open ones 1,380 / 1,377 ->
1,383 / 1,375; six names over 253 articles, seven over the 1,638 nlp-id pseudo-articles.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.cues import name_like, sentence_initial
from kg.extractors.indonesian.english_titles import DEPUTY, HEADS
from kg.extractors.indonesian.postags import lexicon as word_classes
from kg.extractors.indonesian.regions import is_region

MOST = 2  # words added at most
REGION_WORDS = 3  # words of a region's name at most


def with_forenames(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, not overlapping) with persons' mentions completed to the left."""
    people = {t.lower_ for s in spans if s.label_ == "PERSON" for t in s if len(t) > 2}
    spans = _from_organisations(doc, spans, people)
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        start = None
        if span.label_ == "PERSON" and not span.kb_id_:
            start = _forenames_start(doc, span, taken, people) or _after_region(doc, span, taken)
        out.append(span if start is None else Span(doc, start, span.end, label=span.label_))
    return out


def _from_organisations(doc: Doc, spans: list[Span], people: set[str]) -> list[Span]:
    """A person's first name the NER ended an organisation with, the person right after it:
    "Ketua Fraksi PAN [DPR RI Putri] [Zulkifli Hasan]" when the organisation's name ends in
    a short form before it and the article writes the word in a person's name elsewhere
    ("kata Putri")."""
    out = list(spans)
    for k in range(len(out) - 1):
        org, person = out[k], out[k + 1]
        if person.label_ != "PERSON" or org.label_ == "PERSON" or org.end != person.start or len(org) < 2:
            continue
        last = doc[org.end - 1]
        before = doc[org.end - 2]  # the organisation ends in its short form: "DPR RI", not "PT"
        bare = len(org) == 2 and before.lower_ in lx.ORG_HEADS
        if last.lower_ in people and _first_name(last) and before.is_upper and before.is_alpha and not bare:
            out[k] = Span(doc, org.start, org.end - 1, label=org.label_, kb_id=org.kb_id_)
            out[k + 1] = Span(doc, org.end - 1, person.end, label="PERSON", kb_id=person.kb_id_)
    return out


def _first_name(token: Token) -> bool:
    """Capitalised, not written in capitals, and no organisation, place, title or role word."""
    text = token.text
    if not (text[:1].isupper() and token.is_alpha and not token.is_upper and len(text) > 2):
        return False
    return not (_role_or_organisation_word(token.lower_) or is_region(text))


def _forenames_start(doc: Doc, span: Span, taken: set[int], people: set[str]) -> int | None:
    k = span.start
    while k > 0 and span.start - k < MOST and k - 1 not in taken and forename(doc[k - 1]):
        k -= 1
    if k == span.start or sentence_initial(doc, k):
        return None
    if k > 0 and k - 1 not in taken and forename(doc[k - 1]):
        return None  # more such words before: no clear start
    initial = _initial(doc[k])  # "[M. Iqbal] Anas": an initial opens the name
    return k if initial or any(t.lower_ in people for t in doc[k : span.start]) else None


def _after_region(doc: Doc, span: Span, taken: set[int]) -> int | None:
    """Name words between a region and the person after a regional title or place noun
    belong to the person: "Bupati Kolaka Timur [Abdul] Azis" (the region known by name, the
    longest one after the title)."""
    for title in range(span.start - 2, max(span.start - 3 - MOST - REGION_WORDS, -1), -1):
        if doc[title].lower_.rstrip(".") not in lx.REGION_BEFORE:
            continue
        last = min(title + 1 + REGION_WORDS, span.start)
        ends = [e for e in range(title + 2, last + 1) if is_region(doc[title + 1 : e].text)]
        if not ends:
            return None
        words = range(ends[-1], span.start)  # none when the region reaches the person
        if 0 < len(words) <= MOST and not taken.intersection(words) and all(forename(doc[i]) for i in words):
            return ends[-1]
        return None
    return None


def forename(token: Token) -> bool:
    """A word a first name may be: capitalised, not a word of the POS lexicon, no title, role,
    occupation, form of address, English title or organisation word; or an initial ("M.")."""
    text, low = token.text, token.lower_
    if _initial(token):
        return True  # an initial: "M. Iqbal", "Moh. Nurhidayat"
    if not (text[:1].isupper() and token.is_alpha and not token.is_upper and len(text) > 1):
        return False
    if word_classes().get(low) is not None or not name_like(token):
        return False
    return not (_role_or_organisation_word(low) or low.rstrip(".") in lx.RANKS)


# forenames written short with a dot, as initials are
SHORT_FORENAMES = frozenset(["moh.", "muh.", "moch.", "mhd.", "abd."])


def _initial(token: Token) -> bool:
    """An initial ("M.") or a forename written short ("Moh."); not an honorific ("H.", Haji)."""
    text, low = token.text, token.lower_
    initial = len(text) == 2 and text[0].isupper() and text[1] == "." and low[0] not in lx.TITLES
    return initial or low in SHORT_FORENAMES


def _role_or_organisation_word(low: str) -> bool:
    """A title, role, occupation, form of address, English title or organisation word."""
    stops = (lx.TITLES, lx.ROLE_NOUNS, lx.OCCUPATIONS, lx.HONORIFICS, lx.ORG_WORDS, HEADS, DEPUTY, lx.TITLE_ORGS)
    return any(low in words for words in stops)
