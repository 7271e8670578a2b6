"""Coordinated lists: members of one enumeration ("AS, Inggris, Jerman, dan Selandia
Baru"; "PT Surveyor Indonesia, PT Geoservices, dan PT Sucofindo") stand side by side, so
being listed next to each other states no relation between them. A chain of places
joined by commas alone ("Kecamatan Tambora, Kota Jakarta Barat, DKI Jakarta"; "Garut,
Jawa Barat") is an address, not a list: a list has a conjunction before a member. A list
after *antara* ("kesepakatan antara Amerika Serikat dan China") is the two sides of a
relation, so it is no such list. In an address, a place is in the next one, and only
through it in the one after: "kantor KPU RI, Menteng, Jakarta Pusat" states that the
office is in Menteng (as the annotations do; the graph can walk the chain).

:func:`coordinated` reads token offsets only; the facts step (:mod:`.facts`) asks
:meth:`Positions.by_position_only` about each pair the relation model gives (rules decide for
themselves: "A dan B bekerja sama" states a relation between list members).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.pairs import Candidate, candidates

CONJUNCTIONS = lx.CONJUNCTIONS | frozenset(["hingga", "sampai"])  # also a range: "dari Banten ... hingga Jawa Timur"
SEPARATORS = lx.LIST_JOINERS | CONJUNCTIONS
BETWEEN = frozenset(["antara"])
Offsets = tuple[int, int]
MEMBER_SPANS = ("kg_mentions", "kg_arguments")


class Positions:
    """The tokens of a doc's candidates (named mentions and noun phrases), read once per
    doc, and the questions the facts step asks about a pair of argument spans."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.covered = {i for key in MEMBER_SPANS for s in doc.spans.get(key, []) for i in range(s.start, s.end)}
        self.by_sentence: dict[int, list[Candidate]] = {}

    def candidates(self, sentence: Span) -> list[Candidate]:
        """The pair candidates of ``sentence`` (:func:`.pairs.candidates`), built once."""
        if sentence.start not in self.by_sentence:
            self.by_sentence[sentence.start] = candidates(self.doc, sentence)
        return self.by_sentence[sentence.start]

    def by_position_only(self, sentence: Span, label: str, a: Span, b: Span) -> bool:
        """Whether the relation ``label`` between ``a`` and ``b`` would come from where they
        stand, not from words that state it: members of one list, or the far ends of an
        address (LOCATED_IN past a place between them)."""
        return self.listed_together(sentence, a, b) or (label == "LOCATED_IN" and self.skips_a_link(a, b))

    def listed_together(self, sentence: Span, a: Span, b: Span) -> bool:
        return coordinated(self.doc, sentence, self.covered, (a.start, a.end), (b.start, b.end))

    def skips_a_link(self, a: Span, b: Span) -> bool:
        """Whether another candidate stands between ``a`` and ``b`` in a chain of commas
        ("kantor KPU RI, [Menteng], Jakarta Pusat"): the place in an address is in the next
        one, and only through it in the one after (the annotations state the first link)."""
        first, second = sorted([(a.start, a.end), (b.start, b.end)])
        between = range(first[1], second[0])
        if not any(i in self.covered for i in between):
            return False
        return all(i in self.covered or self.doc[i].text == "," for i in between)


def coordinated(doc: Doc, sentence: Span, covered: set[int], a: Offsets, b: Offsets) -> bool:
    """Whether the argument spans ``a`` and ``b`` (token offsets) are members of one list:
    only separators and candidate tokens (``covered``) lie between them, and the chain of
    members they belong to has a conjunction in it and no *antara* before it."""
    first, second = sorted([a, b])
    if first[1] > second[0]:
        return False
    joins = [i for i in range(first[1], second[0]) if i not in covered]
    if not joins or any(doc[i].lower_ not in SEPARATORS for i in joins):
        return False
    left, before = _chain_end(doc, sentence, covered, first[0], -1)
    right, after = _chain_end(doc, sentence, covered, second[1] - 1, 1)
    words = {doc[i].lower_ for i in (*joins, *before, *after)}
    opener = doc[left - 1].lower_ if left > sentence.start else ""
    return bool(CONJUNCTIONS & words) and opener not in BETWEEN


def _chain_end(doc: Doc, sentence: Span, covered: set[int], at: int, step: int) -> tuple[int, list[int]]:
    """Walking from the member token ``at`` outwards: the last member token of the chain,
    and the separators passed that join a further member to it."""
    end, passed, i = at, [], at + step
    while sentence.start <= i < sentence.end:
        if i in covered:
            end, i = i, i + step
            continue
        gap = []
        while sentence.start <= i < sentence.end and i not in covered and doc[i].lower_ in SEPARATORS:
            gap.append(i)
            i += step
        if not gap or not (sentence.start <= i < sentence.end and i in covered):
            break
        passed += gap
    return end, passed
