"""A minister's portfolio in a title: where its words end ("Menteri [Kelautan dan
Perikanan]"), past the title's own short form inside a coordinating minister's title
("Menteri Koordinator [(Menko)] Perekonomian"), and a coordinating ministry's portfolio as
its official name writes it ("Koordinator Bidang Perekonomian", v117: on the training
articles the annotated name of three facts that the title rule missed)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

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
    """The end of a minister's portfolio words, "dan" and commas joining them: "Menteri
    [Kelautan dan Perikanan]", "Menteri [Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi]"."""
    end = start
    while end < limit and _portfolio_word(doc[end]):
        end += 1
        end += joined_portfolio(doc, end, limit)
    return end


def joined_portfolio(doc: Doc, k: int, limit: int) -> int:
    """How many joining words ("dan", ",", ", dan") at ``k`` lead to a further capitalised
    portfolio word that is no title ("Menteri Keuangan [dan] Menteri ..." joins nothing)."""
    n = 0
    while k + n < limit and n < 2 and doc[k + n].lower_ in ("dan", ","):
        n += 1
    if n == 0 or k + n >= limit:
        return 0
    word = doc[k + n]
    return n if _portfolio_word(word) and word.lower_ not in lx.TITLES else 0


def _portfolio_word(token: Token) -> bool:
    """A capitalised portfolio word; not "Republik", which starts the country's name after
    the portfolio ("Menteri Keuangan [Republik] Indonesia")."""
    return token.lower_ in lx.PORTFOLIO and token.text[:1].isupper() and token.lower_ != "republik"
