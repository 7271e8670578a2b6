"""What a demonstrative description refers back to: "kasus ini", "keputusan itu", "Kedua
bantuan ini", "mobil tersebut" name the thing the article named before with the same head
noun ("kasus dugaan korupsi BUMD Majalengka", "Keputusan KPU RI Nomor 731 Tahun 2025").

The relation annotations resolve every such argument (245 of 245 on the training articles
carry the antecedent's name), and a node called "Bantuan ini" means nothing in a graph.
:func:`antecedent` finds, among the article's names and noun phrases (``kg_mentions`` and
``kg_arguments``) that end before the description, the nearest one of two words or more
whose head (first word past quantifiers) is the description's head and which is no
description itself, and which has every word the description adds ("Tim teknis itu" is
not "Tim terakhir"). Times ("tahun ini", "Rapat kali ini"), statements
("hal itu") and people described by their role ("Politikus PKB ini", resolved as persons)
are not looked up.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.candidates import ANAPHORIC, ENDERS, QUANTIFIERS, TIME_NOUNS

SOURCES = ("kg_mentions", "kg_arguments")
NAMING = frozenset(["bernama", "berinisial"])  # "pria bernama X": X is the phrase's name
# nouns that class an event before its name: "acara [MPR Goes to Campus]", "kegiatan [Jumat
# Sehat]", "forum [Dialog Peradaban Global]", "acara pembukaan [Indonesia Climate Change Forum]"
EVENT_CLASSES = frozenset("acara kegiatan agenda gelaran ajang forum rangkaian pembukaan".split())
ROLE_WORDS = lx.TITLES | lx.ROLE_NOUNS


class Descriptions:
    """The article's possible antecedents by head word, in text order (built on first use)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_head: dict[str, list[Span]] | None = None

    def antecedent(self, span: Span) -> Span | None:
        """The name or noun phrase ``span`` (a demonstrative description) refers back to."""
        words = _words(span)
        if len(words) < 2 or words[-1] not in ENDERS or words[0] in ANAPHORIC | TIME_NOUNS or "kali" in words:
            return None
        if self.by_head is None:
            self.by_head = self._index()
        before = self.by_head.get(words[0], [])
        k = bisect_left([s.end for s in before], span.start + 1)
        added = set(words[1:-1])  # "Tim teknis itu" is not "Tim terakhir"
        return next((s for s in reversed(before[:k]) if added <= set(_words(s))), None)

    def _index(self) -> dict[str, list[Span]]:
        index: dict[str, list[Span]] = {}
        for key in SOURCES:
            for s in self.doc.spans.get(key, []):
                words = _words(s)
                if len(words) > 1 and words[-1] not in ENDERS:
                    index.setdefault(words[0], []).append(s)
        return {head: sorted(spans, key=lambda s: (s.end, -s.start)) for head, spans in index.items()}


def event_name(span: Span, starts: dict[int, list[Span]]) -> tuple[Span, Span | None] | None:
    """The capitalised name a noun phrase of event nouns ends with ("acara agenda [Mahakam
    Investment Forum (MIF) 2025]") and the name mention (``starts``: by start token) that is
    all of it but a bracketed short form, if any: the annotations name the event (21 of the
    23 training arguments written so; "acara temu media", with no name, stays as written).
    None when a role opens the name ("kegiatan Presiden Prabowo")."""
    doc, k = span.doc, span.start
    while k < span.end and doc[k].lower_ in EVENT_CLASSES and doc[k].is_lower:
        k += 1
    if not span.start < k < span.end or not doc[k].text[:1].isupper() or doc[k].lower_.rstrip(".") in ROLE_WORDS:
        return None
    name = doc[k : span.end]
    ends = {name.end, before_bracket(name)}
    return name, next((m for m in starts.get(k, ()) if m.end in ends), None)


def before_bracket(span: Span) -> int:
    """Where a noun phrase ends without a bracketed short form closing it."""
    if span[-1].text != ")":
        return span.end
    opening = max((t.i for t in span if t.text == "("), default=span.start)
    return opening if opening > span.start else span.end


def _words(span: Span) -> list[str]:
    """The lower-case words of ``span`` past its quantifiers ("Kedua bantuan ini" -> bantuan ini)."""
    words = [t.lower_ for t in span if not (t.is_punct or t.is_space)]
    while words and words[0] in QUANTIFIERS:
        words = words[1:]
    return words


def name_after(span: Span, starts: dict[int, list[Span]]) -> Span | None:
    """The name mention (``starts``: the mentions by start token) a noun phrase goes by,
    written right after it: "pelaku pembunuhan bernama [Erwin]", "tersangka berinisial
    [DS]", "partai politik baru bernama [America Party]" (the annotations name the person or
    thing, 9 of the 11 training facts on such phrases)."""
    doc, k = span.doc, span.end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].like_num:
        k += 3  # an age: "pelaku pembunuhan Riky Saputra (31) bernama Erwin"
    k += k < len(doc) and doc[k].text == ","
    k += k < len(doc) and doc[k].lower_ == "yang"
    if k + 1 >= len(doc) or doc[k].lower_ not in NAMING:
        return None
    k += 1 + (doc[k + 1].is_quote and k + 2 < len(doc))  # past a quote: bernama 'Camp'
    return next(iter(starts.get(k, ())), None)
