"""Coarse part-of-speech tags from a lexicon: every word's most frequent tag in nlp-id's
POS-tagged news corpus (``data/pos.tsv``, built by ``scripts/build_lemmas.py``), and for
words it lacks, the word's shape (capitalised: NNP, digits: NUM, punctuation: SYM) and
affixes (meN-/di-/ber-/ter- forms with a lemma of their own: VB; *dinas* is a noun). No
model, so it costs almost nothing; the noun phrase chunker and the relation features read it.

:class:`PosTagger` writes ``Token.tag_`` (nlp-id's tag set: NN, NNP, VB, JJ, IN, CC, SC,
PR, DT, ADV, NEG, NUM, SYM, FW, RP, UH).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.lemmas import lemma

PATH = Path(__file__).parent / "data" / "pos.tsv"
_VERB_FORM = re.compile(r"^(?:me[mnr]?|meng|meny|di|ber|ter|memper|diper)[a-z]{3,}$")
_NUMBER = re.compile(r"^[\d.,/%-]+$")
ROOTS_KEY = "kg_headline_roots"  # doc.user_data: :func:`headline_root_verbs`


# function words the corpus tags against their use here: "selaku" (in the capacity of) is a
# preposition like "sebagai", never the noun that would carry a name into a noun phrase, and so
# is "sesuai" (in accordance with); "kini" (now) and "dulu" (before) are adverbs, never part of
# a noun phrase ("Pemerintah kini"); the parties of a case named by a ter- form (the suspect,
# the accused, the convict, the defendant, the reported party) are nouns, which the corpus
# and the affix rule take for verbs ("menangkap dua [tersangka] kasus narkoba")
CORRECTED = {"selaku": "IN", "sesuai": "IN", "kini": "ADV", "dulu": "ADV"} | dict.fromkeys(
    ["tersangka", "terdakwa", "terpidana", "tergugat", "terlapor", "tertuduh", "terperiksa"], "NN"
)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    return {**lx.read_pairs(PATH), **CORRECTED}


def tag_of(token: Token) -> str:
    text = token.text
    if token.is_space or token.is_punct or not any(c.isalnum() for c in text):
        return "SYM"
    if _NUMBER.match(text) or token.like_num:
        return "NUM"
    lower = token.lower_
    known = lexicon().get(lower)
    if known and not (text[:1].isupper() and known in ("NN", "FW") and not token.is_sent_start):
        return known
    if text[:1].isupper():
        return "NNP"
    if known:
        return known
    return "VB" if _VERB_FORM.match(lower) and lemma(lower) != lower else "NN"  # "dinas" is no di- verb


def affixed_verb(lower: str) -> bool:
    """A verb with its prefix, as the corpus tags it ("memiliki", "dipasang", "tersedia")."""
    return lexicon().get(lower) == "VB" and _VERB_FORM.match(lower) is not None and lemma(lower) != lower


def headline_verb(lower: str) -> bool:
    """A word a Title Case headline capitalises that is a verb: one the corpus lexicon tags as
    a verb ("Puji"), or an unknown word with a verb's affix ("Dinonaktifkan"; "Tetapkan", a
    root with *-kan*/*-i*), or *per-* on an adjective or verb root ("Perkuat").
    The body writes such words in lower case, where the lexicon or the affix rule tags them;
    capitalised, they would read as names and join the names around them."""
    known, root = lexicon().get(lower), lemma(lower)
    if known == "VB" or root == lower:
        return known == "VB"
    roots = lexicon().get(root) in ("VB", "JJ", "ADV")
    if lower.startswith("per") and not lower.endswith("an") and roots:
        return True  # "perkuat" (the corpus has it as a noun)
    return known is None and (_VERB_FORM.match(lower) is not None or lower.endswith(("kan", "i")) and roots)


class PosTagger:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        headline_end = doc._.kg_headline or 0
        for token in doc:
            tag = tag_of(token)
            if token.idx < headline_end and tag in ("NN", "NNP") and headline_verb(token.lower_):
                tag = "VB"  # "Pertamina [Perkuat] Ketahanan Energi"
            token.tag_ = tag
        return doc


def headline_root_verbs(doc: Doc) -> frozenset[str]:
    """The bare roots a Title Case headline may write as verbs ("Gempa [Guncang] Cianjur",
    "Polisi [Tangkap] Pelaku"): roots the body uses affixed as verbs (*mengguncang*) and never
    writes capitalised inside a sentence ("Ganjar", the root of *mengganjar*, is a name there).
    Computed once per doc."""
    cached = doc.user_data.get(ROOTS_KEY)
    if cached is not None:
        return cached
    body = doc[_body_start(doc) :]
    used = {t.lemma_ for t in body if t.tag_ == "VB" and t.lemma_ != t.lower_}
    named = {t.lower_ for t in body if t.text[:1].isupper() and not t.is_sent_start}
    doc.user_data[ROOTS_KEY] = roots = frozenset(used - named)
    return roots


def _body_start(doc: Doc) -> int:
    headline = doc._.kg_headline or 0
    span = doc.char_span(headline, len(lx.doc_text(doc)), alignment_mode="expand") if headline else None
    return span.start if span is not None else 0
