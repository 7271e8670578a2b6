"""A fact stated of one member of a list holds for every member: "Rano mengapresiasi
Polri, Kejaksaan Agung dan KPK" praises all three, "Prabowo dan Gibran mengunjungi ..."
are two visitors. The relation model scores each pair on its own and often misses the
later members (the words between no longer look like a statement, or the member lies
beyond its pair window).

:func:`spread` gives, for each of the model's schema pairs (not RELATED_TO, not a
standing relation such as LOCATED_IN, whose lists are addresses, nor a role), the same
pair with each other member of the list its argument stands in (a list as
:mod:`.coordination` sees one: candidates joined by commas and a conjunction), when the
member is of the same kind and type, lies outside the pair and the pair's other argument
is not itself in that list. The facts step keeps the better of a spread pair and one
the model gave.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg.extractors.indonesian.coordination import Positions
from kg.extractors.indonesian.pairs import Candidate
from kg.extractors.indonesian.relation_model import Pair


def spread(positions: Positions, pairs: Iterable[Pair], excluded: frozenset[str]) -> Iterator[Pair]:
    """The pairs to the other members of each pair's lists; ``excluded``: labels not spread."""
    for pair in pairs:
        if pair.label in excluded:
            continue
        cands = positions.candidates(pair.sentence)
        for other in _listed_with(positions, pair, pair.tail, pair.head, cands):
            yield replace(pair, tail=other)
        for other in _listed_with(positions, pair, pair.head, pair.tail, cands):
            yield replace(pair, head=other)


def _listed_with(
    positions: Positions, pair: Pair, arg: Candidate, fixed: Candidate, cands: list[Candidate]
) -> Iterator[Candidate]:
    for cand in cands:
        if (cand.kind, cand.type) != (arg.kind, arg.type) or overlaps(cand, arg) or overlaps(cand, fixed):
            continue
        if positions.listed_together(pair.sentence, arg.span, cand.span) and not positions.listed_together(
            pair.sentence, fixed.span, cand.span
        ):
            yield cand


def overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end
