"""Schools named by their number: "SMA Negeri 16 Palembang", "SMPN 33 Banjarmasin",
"SRMA 33 Tangerang Selatan", "SDN 3 Cibinong".

The NER, which has seen few such names, stops at the number or starts after it ("[SMA
Negeri] 1 [Medan]", "[SMPN] 2 [Bandung Budi Santoso]"), so neither the school nor the
person after it is named right. :func:`join_numbered` (a mention step) makes one
organisation of a school's kind (an Indonesian school abbreviation, written in capitals
as the abbreviations are), an optional *Negeri* or *Swasta*, a number of one to three
digits (a year is no school's number) and the regency or city written right after it,
if any, or the end of a name the NER began within it and ended after it ("SMKN 2 Labuan
Bajo"); a mention reaching into it keeps only its part outside ("Budi Santoso"), unless
that part is one common word ("Kepala [Sekolah] SMPN 33").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extractors.indonesian.lemmas import is_common_word
from kg.extractors.indonesian.regional_names import known_places
from kg.extractors.indonesian.regions import is_region

# kinds of school, as written: primary, junior and senior high, vocational, Islamic, special,
# and the Sekolah Rakyat (SRMA, SRMP, SRT); "MA" and "MI" alone are left out (Mahkamah Agung)
KINDS = frozenset(
    "SD SDN SMP SMPN SMA SMAN SMK SMKN SMU SMUN SLTP SLTA MIN MTs MTsN MAN SLB SLBN SRMA SRMP SRT SRSD".split()
)
STATUS = frozenset(["Negeri", "Swasta"])
LONGEST_PLACE = 3  # tokens of a place name after the number


def join_numbered(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted mentions) with every numbered school as one ORG mention."""
    schools = [_with_name_after(start, end, spans) for start, end in _schools(doc)]
    if not schools:
        return spans
    out = []
    for span in spans:
        out.extend(_outside(span, schools))
    out.extend(Span(doc, start, end, label="ORG") for start, end in schools)
    return sorted(out, key=lambda s: (s.start, s.end))


def _schools(doc: Doc) -> list[tuple[int, int]]:
    found = []
    for token in doc:
        if token.text not in KINDS:
            continue
        k = token.i + 1
        if k < len(doc) and doc[k].text in STATUS:
            k += 1
        if k >= len(doc) or not (doc[k].is_digit and len(doc[k]) <= 3):
            continue
        found.append((token.i, _place_end(doc, k + 1)))
    return found


def _with_name_after(start: int, end: int, spans: list[Span]) -> tuple[int, int]:
    """A school the NER named whole, with a place no list knows ("SMKN 2 Labuan Bajo"),
    ends where that name ends; not where a person's name after it ends."""
    for span in spans:
        if start <= span.start < end < span.end and span.label_ not in ("PER", "PERSON"):
            return start, span.end
    return start, end


def _place_end(doc: Doc, start: int) -> int:
    """The end of the regency or city written at ``start`` (the longest), or ``start``."""
    for n in range(min(LONGEST_PLACE, len(doc) - start), 0, -1):
        text = doc[start : start + n].text
        if is_region(text) or text.casefold() in known_places():
            return start + n
    return start


def _outside(span: Span, schools: list[tuple[int, int]]) -> list[Span]:
    """The part of ``span`` no school covers (nothing, the part before, or the part after)."""
    for start, end in schools:
        if span.start < end and span.end > start:
            if span.start < start:  # not a lone common word: "Kepala [Sekolah] SMPN 33"
                left = Span(span.doc, span.start, start, label=span.label_)
                return [] if len(left) == 1 and is_common_word(left.text) else [left]
            if span.end > end:
                return [Span(span.doc, end, span.end, label=span.label_)]
            return []
    return [span]
