"""Subheadings run into their sentence: a text that lost the line break after a subheading
("Ryan Reynolds" over a paragraph) reads "Ryan Reynolds Selain memiliki ...", and the NER
takes the sentence's opening word into the name. :func:`before_opener` ends a name before
such a word."""

from __future__ import annotations

from spacy.tokens import Doc, Span

# words that open a sentence and stand inside no name: a subheading whose line break the
# text lost runs into the sentence under it ("Ryan Reynolds [Selain] memiliki ...")
OPENERS = frozenset(
    "selain menurut seperti sebagai setelah sebelum sejak saat ketika dengan oleh sudah masih ingin "
    "akhirnya sebaiknya apalagi bahkan usai selama bagi pada namun meski meskipun karena".split()
)
PERSON_OPENERS = OPENERS | {"dalam", "di"}  # "Menteri Dalam Negeri" is no person's name


def before_opener(span: Span) -> Span | None:
    """The span up to a capitalised sentence opener after its first word: the last word of
    any name ("Curry Rice [Selain]"), any word of a person's ("Olla Ramlan [Seperti Luna
    Maya]", "Oprah Winfrey [Dalam]"). None when only an abbreviation or an initial is left
    ("Jl. [Selain]"). A gazetteer name stays whole."""
    if span.kb_id_:
        return span
    person = span.label_ in ("PERSON", "PER")
    words = range(span.start + 1 if person else max(span.start + 1, span.end - 1), span.end)
    openers = PERSON_OPENERS if person else OPENERS
    doc = span.doc
    cut = next((k for k in words if _opener(doc, k, openers)), None)
    if cut is None:
        return span
    while cut > span.start + 1 and doc[cut - 1].is_punct and doc[cut - 1].text not in ").":
        cut -= 1  # "(UNVR) [\"] Ketika"
    word = doc[span.start].text
    if cut == span.start + 1 and (word.endswith(".") or len(word) == 1):
        return None
    return Span(doc, span.start, cut, label=span.label_)


def _opener(doc: Doc, k: int, openers: frozenset[str]) -> bool:
    """A capitalised opener, not the *Dalam* of "Dalam Negeri" (home affairs, domestic) nor
    the *Di* of a surname inside the span ("Angel Di Maria", "Leonardo Di Caprio")."""
    if not (doc[k].text[:1].isupper() and doc[k].lower_ in openers):
        return False
    following = doc[k + 1] if k + 1 < len(doc) else None
    if doc[k].lower_ == "dalam":
        return not (following is not None and following.lower_ == "negeri")
    if doc[k].lower_ == "di":
        return not (following is not None and following.text[:1].isupper())
    return True
