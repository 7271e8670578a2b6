"""The place rule of :class:`relations.RelationExtractor` (a mixin: it uses the extractor's
``_emit``): a building or site whose name ends in the city, region or
province it stands in is LOCATED_IN that place, as the annotations write it ("Stadion
Teladan Medan", "Istana Kepresidenan Jakarta", "Hotel Indonesia Kempinski Jakarta"; the
NER and the name rules keep such a name whole).

The name opens with a facility's head word (:data:`heads.FACILITY_NAME_HEADS`) and keeps
two words or more before the place; the place (its last one to three words, the longest
first) is the gazetteer's, below a country ("Universitas Indonesia", "Hotel Indonesia" name
no place), or one of Indonesia's regencies and cities (:func:`regions.is_region`); the fact's
words are the place as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.extractors.indonesian.arguments import Arg, Context
from kg.extractors.indonesian.gazetteer import LEVELS, place_levels
from kg.extractors.indonesian.heads import FACILITY_NAME_HEADS
from kg.extractors.indonesian.regional_names import known_places
from kg.extractors.indonesian.regions import is_region
from kg.extractors.indonesian.rulebook import Cue

if TYPE_CHECKING:
    from kg.extractors.indonesian.relations import RawTriple

LOCATED_IN = Cue(name="LOCATED_IN")  # no cue words of its own in rules.toml: the relation model's otherwise
MAX_PLACE_WORDS = 3
MIN_NAME_WORDS = 2  # the facility's own words before the place ("Istana Kepresidenan")


class PlaceRules:
    def _place_within(self, ctx: Context, sent: Span, i: int) -> list[RawTriple]:
        """The place a facility's name at ``i`` ends in: "Stadion Teladan [Medan]"."""
        span = ctx.by_start.get(i)
        if span is None or ctx.doc[i].lower_ not in FACILITY_NAME_HEADS or not ctx.doc[i].text[:1].isupper():
            return []
        place = _place_at_end(ctx, span)
        if place is None:
            return []
        return self._emit(ctx, sent, (place.start, span.end), LOCATED_IN, [ctx.arg(span)], [place], "within", {})


def _place_at_end(ctx: Context, span: Span) -> Arg | None:
    """The place that the last words of ``span`` write (the gazetteer's below a country, or a
    regency or city), with at least :data:`MIN_NAME_WORDS` words before it, the longest first."""
    places, levels = known_places(), place_levels()
    for words in range(MAX_PLACE_WORDS, 0, -1):
        start = span.end - words
        if start - span.start < MIN_NAME_WORDS:
            continue
        written = ctx.doc[start : span.end]
        canonical = places.get(written.text.casefold())
        if (canonical is not None and levels.get(canonical, 0) < LEVELS["country"]) or is_region(written.text):
            return ctx.place_object(written)
    return None
