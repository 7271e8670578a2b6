"""Sentence boundaries for news text: final punctuation (with closing quotes
and brackets kept in the sentence) and line breaks (titles, furniture lines)."""

from __future__ import annotations

from spacy.tokens import Doc

FINAL = frozenset(".!?…")
CLOSERS = frozenset("\"'”’)]»")


class SentenceSplitter:
    """Sets ``Token.is_sent_start`` on every token of the doc."""

    def __init__(self, name: str = "kg_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        start_next = True
        for token in doc:
            token.is_sent_start = start_next and not token.is_space
            if token.is_space and start_next:
                continue
            start_next = self._ends_here(doc, token)
        return doc

    @staticmethod
    def _ends_here(doc: Doc, token) -> bool:
        if "\n" in token.text or "\n" in token.whitespace_:
            return True
        if token.text in CLOSERS and token.i > 0 and doc[token.i - 1].text in FINAL:
            return True
        if token.text not in FINAL:
            return False
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return following is None or following.text not in CLOSERS
