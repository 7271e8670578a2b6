"""Institutions and places named after a person: "Universitas Sam Ratulangi", "UIN Syarif
Hidayatullah", "Bandara Syamsudin Noor", "Jalan Jenderal Sudirman", "RSUD Dr Soetomo".

The NER takes the namesake for a person and leaves the head word apart ("Universitas" as
one organisation, "Sam Ratulangi" as a person), and the role rules then make the person the
head of that word ("Rektor Universitas Sam Ratulangi X" gave "Sam Ratulangi LEADER_OF
Universitas"). :func:`join_namesakes` joins a capitalised head word of such an institution
or place, any titles or ranks of the namesake after it, and the person mention after them
into one mention typed by the head word.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx

# head words of institutions and places that are named after people, with the type they give
NAMESAKE_HEADS = {
    **dict.fromkeys("universitas uin iain stain institut politeknik akademi yayasan pesantren ponpes".split(), "ORG"),
    **dict.fromkeys(
        "bandara stadion masjid rsud rsup rs museum gedung pelabuhan jembatan terminal stasiun jalan jl jln "
        "gelora bendungan lapangan".split(),
        "FACILITY",
    ),
}
# words of a namesake's title between the head word and the name: "Jalan [Jenderal] Sudirman"
NAMESAKE_TITLES = lx.RANKS | frozenset("kh kyai kiai haji h hj sultan bung pangeran raja sunan syekh".split())
MAX_TITLES = 3


def join_namesakes(doc: Doc, spans: list[Span]) -> list[Span]:
    """The mentions with each person named after by an institution or place joined to its
    head word (and a one-word mention of that head word dropped); left as they are where
    the head word is inside a longer name ("Universitas Indonesia Budi Santoso")."""
    out: list[Span] = []
    for span in spans:
        head = _head_before(doc, span) if span.label_ == "PERSON" else None
        between = [s for s in out if s.end > head] if head is not None else []
        if head is None or any(s.start < head for s in between):
            out.append(span)
            continue
        del out[len(out) - len(between) :]  # the head word alone ("Universitas", "Jalan")
        out.append(Span(doc, head, span.end, label=NAMESAKE_HEADS[doc[head].lower_.rstrip(".")]))
    return out


def _head_before(doc: Doc, span: Span) -> int | None:
    """The index of the capitalised head word before ``span`` (past up to three titles)."""
    i = span.start - 1
    while i >= 0 and span.start - i <= MAX_TITLES and doc[i].lower_.rstrip(".") in NAMESAKE_TITLES:
        i -= 1
    if i < 0 or not doc[i].text[:1].isupper():
        return None
    return i if doc[i].lower_.rstrip(".") in NAMESAKE_HEADS else None
