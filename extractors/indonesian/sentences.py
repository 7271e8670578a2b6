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
        # Only starts (True) and the token after each (False) are marked; unmarked tokens
        # continue a sentence. Setting every token's flag is several times slower.
        start_next = True
        for token in doc:
            if token.is_space and start_next:
                continue
            if start_next:
                token.is_sent_start = True
                if token.i + 1 < len(doc):
                    doc[token.i + 1].is_sent_start = False  # marks the doc as annotated
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
