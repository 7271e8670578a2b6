"""The person a title apposition names, standing for the organisation inside it.

In "KPK menahan [Komisaris PT Inti Alasindo Energi (IAE), Arso Sadewo]" the one held is
Arso Sadewo, not the company his title names; "audiensi dengan Kepala Kantor Perwakilan
Bank Indonesia Sumsel, Bambang Pramono" is a meeting with Bambang. The relation model
often pairs the verb's other argument with the organisation, which sits nearer.
:func:`holder_for` gives, for such an argument of a pair, the person the apposition
names after it: a title or role word before the organisation (over the capitalised
words of a longer title: "Direktur Utama", "Kepala Kantor Perwakilan"), and right after
it, past its bracketed short form and a comma, a person's mention. A noun phrase of the
title and the organisation ("[Direktur Utama PT Maju Jaya], Agus Salim") stands for the
person alike. The facts step
(:mod:`.facts`) puts that person in the organisation's place; the role itself is the
rules' fact ("Arso Sadewo OFFICIAL_OF PT Inti Alasindo Energi"). With no person after
it, the noun phrase of the title and the organisation stands for the holder
(:func:`title_phrase_for`: "Ketua DPRD Kota Bogor Ajak ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.pairs import Candidate
from kg.extractors.indonesian.rulebook import role_words

PLACE_TYPES = frozenset(["ORG", "GPE", "LOC"])
TITLE_WORDS = 4  # capitalised words of a title read back from the organisation at most


def holder_for(people: dict[int, Span], sentence: Span, arg: Candidate, other: Candidate) -> Candidate | None:
    """The person a title apposition around ``arg`` names, if ``arg`` is the organisation
    (or region) of one and ``other``, the pair's other argument, lies outside it.
    ``people``: the doc's person mentions by their first token."""
    doc = sentence.doc
    if not (titled_name(arg) or (arg.kind == "nominal" and _title_word(doc[arg.start].lower_))):
        return None
    k = arg.end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3  # "PT Inti Alasindo Energi [(IAE)], Arso Sadewo"
    k += k < len(doc) and doc[k].text == ","
    person = people.get(k)
    if person is None or person.end > sentence.end:
        return None
    if other.end > arg.start - 1 and other.start < person.end:
        return None  # the other argument is in the apposition: "Ketua [DPR] [Puan]"
    return Candidate(person, "PERSON", "name")


def title_phrase_for(cands: list[Candidate], arg: Candidate) -> Candidate | None:
    """The noun phrase of a title and the organisation ``arg`` names, when no person follows
    it ("Ketua [DPRD Kota Bogor] Ajak ...", "agar pimpinan [MPR] ikut ..."): the title's
    holder, whom the annotations name by the phrase. The shortest such phrase that ends
    with ``arg``."""
    doc = arg.span.doc
    if not titled_name(arg):
        return None
    phrases = [
        c
        for c in cands
        if c.kind == "nominal" and c.start < arg.start and c.end == arg.end and _title_word(doc[c.start].lower_)
    ]
    return min(phrases, key=lambda c: c.end - c.start, default=None)


def titled_name(arg: Candidate) -> bool:
    """An organisation's or region's name after a title or role word, or after the
    capitalised words of a longer title ("[Kepala] Kantor Perwakilan Bank Indonesia")."""
    if arg.kind != "name" or arg.type not in PLACE_TYPES:
        return False
    doc = arg.span.doc
    for k in range(arg.start - 1, max(arg.start - 1 - TITLE_WORDS, -1), -1):
        if _title_word(doc[k].lower_):
            return True
        if not doc[k].text[:1].isupper():
            return False
    return False


def _title_word(lower: str) -> bool:
    lower = lower.rstrip(".")
    return lower in lx.TITLES or lower in role_words()


def people_by_start(doc: Doc) -> dict[int, Span]:
    return {s.start: s for s in doc.spans.get("kg_mentions", []) if s.label_ == "PERSON"}
