"""Sentence boundaries for news text: final punctuation (with closing quotes
and brackets kept in the sentence), line breaks (titles, furniture lines) and the end of
a skipped range (``doc._.kg_skip``: a dateline, "Jakarta -", is a sentence of its own).

A sentence is capped so that the rules over it stay linear in the article's length: after
``SOFT_CAP`` tokens it ends at the next comma or semicolon, after ``HARD_CAP`` tokens
anywhere. Real news sentences stay far below (the longest of 6,264 sentences in the
shared evaluation articles has 101 tokens); text without punctuation does not."""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from kg.extractors.indonesian.degrees import DEGREE

FINAL = frozenset(".!?…")
CLOSERS = frozenset("\"'”’)]»")
SOFT_CAP = 150
HARD_CAP = 250


class SentenceSplitter:
    """Sets ``Token.is_sent_start`` on every token of the doc (True at a start, else False)."""

    def __init__(self, name: str = "kg_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # all flags set at once: setting Token.is_sent_start one by one checks the whole
        # doc each time, which is quadratic in the article's length
        flags = numpy.full((len(doc), 1), -1, dtype="int64")
        start_next, length = True, 0
        skip_ends = {b for _, b in doc._.kg_skip or []}
        for token in doc:
            if token.is_space and start_next:
                continue
            if start_next:
                flags[token.i, 0] = 1
                length = 0
            length += 1
            start_next = self._ends_here(doc, token) or self._capped(token, length) or _before(token, skip_ends)
        if len(doc):
            doc.from_array([SENT_START], flags.astype("uint64"))  # spaCy reads -1 back from uint64
        return doc

    @staticmethod
    def _capped(token, length: int) -> bool:
        return length >= HARD_CAP or (length >= SOFT_CAP and token.text in ",;")

    @staticmethod
    def _ends_here(doc: Doc, token) -> bool:
        if "\n" in token.text or "\n" in token.whitespace_:
            return True
        if token.text in CLOSERS and token.i > 0 and doc[token.i - 1].text in FINAL:
            return True
        if token.text not in FINAL:
            return _final_degree(doc, token)
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return following is None or following.text not in CLOSERS


def _final_degree(doc: Doc, token) -> bool:
    """A degree after a name that ends its sentence with its own dot: "..., Ir. Muh. Yasin,
    [M.T.] Yasin terbukti bersalah" (the tokenizer keeps the dot in the degree); not before
    a lower-case word ("Andi Islamuddin, M.Si. mengatakan") or another degree."""
    i = token.i
    if not token.text.endswith(".") or i < 1 or i + 1 >= len(doc) or doc[i - 1].text != ",":
        return False
    following = doc[i + 1].text
    return bool(DEGREE.fullmatch(token.text)) and following[:1].isupper() and not DEGREE.fullmatch(following)


def _before(token, ends: set[int]) -> bool:
    """The token is the last one before a skipped range ends (the next starts at or after it)."""
    last = token.idx + len(token)
    return bool(ends) and any(last <= end <= last + len(token.whitespace_) for end in ends)
