"""Lemmas from a lookup table, and the voice an affix gives a verb form.

The table (``data/lemmas.tsv``, built by ``scripts/build_lemmas.py`` from nlp-id's
lemma dictionary, restricted to attested open-class words) maps *mengunjungi* ->
*kunjung*, *dibantah* -> *bantah*, *penjualan* -> *jual*. Clitics are stripped
first (*mengunjunginya* -> *mengunjungi*). Words the table lacks go to the
PySastrawi stemmer (*pemasaran* -> *pasar*), which is weaker on exactly the
verbs the table gets right (*dibantah* -> *ban*), hence the order. No affix
stripping by hand.

:class:`Lemmatizer` writes ``Token.lemma_`` where the lemma differs from the word.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from kg.extractors.indonesian.lexicon import is_function_word, read_pairs

TABLE = Path(__file__).parent / "data" / "lemmas.tsv"
COMMON = Path(__file__).parent / "data" / "common_words.txt"
CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    return read_pairs(TABLE)


@lru_cache(maxsize=1)
def roots() -> frozenset[str]:
    return frozenset(table().values())


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    lines = COMMON.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_common_word(word: str) -> bool:
    """A word news text uses as a verb, noun or adjective (*demo*, *bersekolah* via its
    lemma *sekolah*), not as a name (*Budi*, *Jokowi*)."""
    lower = word.lower()
    common = common_words()
    return lower in common or (lower.isalpha() and (base := lemma(lower)) != lower and base in common)


def is_common_phrase(words: list[str]) -> bool:
    """Two words or more, each a common word or a function word: a description or a term
    capitalised ("Wajib Pajak", "Rapat Dengar Pendapat", "Dana Pihak Ketiga"), never a
    person's name (the NER data and the relation annotations name no person so; persons
    named by a common word are named by one, "Akbar", "Putri")."""
    return len(words) > 1 and all(w.isalpha() and (is_common_word(w) or is_function_word(w.lower())) for w in words)


@lru_cache(maxsize=1)
def stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The table's lemma (after stripping a clitic), else PySastrawi's stem."""
    lower = word.lower()
    lemmas = table()
    if lower in lemmas:
        return lemmas[lower]
    base = _without_clitic(lower)
    if base != lower and (base in lemmas or base in roots()):
        return lemmas.get(base, base)
    if not lower.isalpha() or is_function_word(lower):
        return lower  # secara, setelah: not cara, telah
    return stemmer().stem(lower)


def voice(form: str, root: str) -> str | None:
    """The voice of an affixed form of ``root``; None for derivations whose meaning
    drifts from the root's (ber-: *berhasil*; per-/ke-...-an: *pertahanan*)."""
    form = _without_clitic(form.lower())
    if form.startswith(root):
        return "noun" if form == root + "an" else None
    if form.startswith(("ber", "per", "ke", "se")) or (root not in form and not _nasalised(form)):
        return None
    if form.startswith(("di", "ter")):
        return "passive"
    if form.startswith("me"):
        return "active"
    return "noun" if form.startswith("pe") and form.endswith("an") else None


def _without_clitic(form: str) -> str:
    for clitic in CLITICS:
        if form.endswith(clitic) and len(form) - len(clitic) > 3:
            return form[: -len(clitic)]
    return form


def _nasalised(form: str) -> bool:
    return form.startswith(("meng", "meny", "mem", "men", "peng", "peny", "pem", "pen"))


class Lemmatizer:
    """Sets ``Token.lemma_`` where the lookup table knows a lemma other than the word
    itself (other tokens keep spaCy's empty lemma: read them as their lower-case form)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.is_alpha and len(token) > 4 and (found := lemma(token.text)) != token.lower_:
                token.lemma_ = found
        return doc
