"""A minister's portfolio in a title: where its words end ("Menteri [Kelautan dan
Perikanan]"), past the title's own short form inside a coordinating minister's title
("Menteri Koordinator [(Menko)] Perekonomian"), and a coordinating ministry's portfolio as
its official name writes it ("Koordinator Bidang Perekonomian", v117: on the training
articles the annotated name of three facts that the title rule missed)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extractors.indonesian import lexicon as lx


def coordinating(portfolio: str, short_title: bool) -> str:
    """A coordinating ministry's portfolio as its official name writes it: "Koordinator
    Bidang Perekonomian" for "Menteri Koordinator Perekonomian" and "Menko Perekonomian"
    (a short portfolio stays: "Koordinator Polhukam")."""
    words = portfolio.split()
    if short_title:
        words = ["Koordinator", *words]
    if len(words) > 1 and words[0].lower() == "koordinator" and words[1].lower() != "bidang" and not words[1].isupper():
        words.insert(1, "Bidang")
    return " ".join(words)


def past_coordinating_short_form(doc: Doc, start: int, end: int, limit: int) -> int | None:
    """The end of the portfolio words after the title's short form in brackets inside a
    coordinating minister's title ("Menteri Koordinator [(Menko)] Perekonomian"), if any."""
    bracket = end + 2 < limit and doc[end].text == "(" and doc[end + 2].text == ")"
    if not (bracket and end == start + 1 and doc[start].lower_ == "koordinator"):
        return None
    if not doc[end + 1].lower_.startswith("menko"):
        return None
    after = portfolio_end(doc, end + 3, limit)
    return after if after > end + 3 else None


def portfolio_end(doc: Doc, start: int, limit: int) -> int:
    """The end of a minister's portfolio words, "dan" joining two: "Menteri Kelautan dan Perikanan"."""
    end = start
    while end < limit and doc[end].lower_ in lx.PORTFOLIO and doc[end].text[:1].isupper():
        joined = end + 2 < limit and doc[end + 1].lower_ == "dan" and doc[end + 2].lower_ in lx.PORTFOLIO
        end += 2 if joined and doc[end + 2].text[:1].isupper() else 1
    return end
