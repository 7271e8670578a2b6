"""Balinese personal names: "I Made Kembang Hartawan", "Ni Luh Suastini".

A Balinese name opens with a particle (*I* for a man, *Ni* for a woman) and a birth-order
name (*Wayan*, *Made*, *Nyoman*, *Ketut*, ...), and the NER often gives the particle to
the name before it and cuts the rest: "Wakil Bupati [Jembrana I] [Made] Kembang
[Hartawan]" (a place "Jembrana I" and two persons). :func:`balinese_names` makes the
particle, the birth-order name and the capitalised words after them one person and gives
the other names back what is theirs. After a numbered unit ("Komisi I", "Asisten I") the
*I* is the unit's number and the person starts at the birth-order name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

PARTICLES = frozenset(["I", "Ni"])
BIRTH_NAMES = frozenset("wayan putu gede made kadek nengah nyoman komang ketut luh".split())
NUMBERED = frozenset("komisi asisten seksi bidang bagian tahap jilid babak kodam ring".split())
MAX_WORDS = 4  # capitalised words after the birth-order name


def balinese_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, not overlapping) with each Balinese name as one PERSON span."""
    for start, end in _names(doc):
        spans = [s for part in spans for s in _outside(doc, part, start, end)]
        spans.append(Span(doc, start, end, label="PERSON"))
    return sorted(spans, key=lambda s: (s.start, s.end))


def _names(doc: Doc) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for token in doc[:-1]:
        i = token.i
        if token.text not in PARTICLES or doc[i + 1].lower_ not in BIRTH_NAMES or not doc[i + 1].is_title:
            continue
        if found and i < found[-1][1]:
            continue
        start = i + 1 if i > 0 and doc[i - 1].lower_ in NUMBERED else i
        end = i + 2
        while end < len(doc) and end - i - 2 < MAX_WORDS and doc[end].is_title and doc[end].is_alpha:
            if doc[end].is_sent_start:
                break
            end += 1
        found.append((start, end))
    return found


def _outside(doc: Doc, span: Span, start: int, end: int) -> list[Span]:
    """What of ``span`` lies outside [start, end): the part before, or the part after (no
    longer the gazetteer's name, if it was one)."""
    if span.end <= start or span.start >= end:
        return [span]
    parts = [(span.start, start), (end, span.end)]
    return [Span(doc, a, z, label=span.label_) for a, z in parts if a < z]
