"""Ways of writing that the models should read plainly: spaces other than the plain one,
and names written with an apostrophe.

Scraped news writes no-break spaces (HTML's ``&nbsp;``), thin and narrow spaces and
zero-width spaces between words; spaCy's tokenizer splits words at the plain space only,
so "Presiden Joko&nbsp;Widodo" made a noun phrase "Presiden Joko" beside the name and a
name "Setyo\u200bBudiyanto" that no other article's "Setyo Budiyanto" matched (a no-break
hyphen likewise kept "Kim Jong\u2011un" apart from "Kim Jong-un").
:func:`spaced` gives the text the pipeline reads with each of them a plain space (or
hyphen): one character for one, so every offset into the article's text stays true.

Indonesian writes many names of Arabic origin with an apostrophe inside the word
("Ma'ruf Amin", "Abdul Mu'ti", "Syafi'i", "Jum'at"), straight or curly. The NER's
training sentences hardly have any, so the word's shape (``Xx'xxx``), norm and suffix are
ones it never learned: "Wakil Presiden Ma'ruf Amin" gave no person, "Maruf Amin" does.
:func:`fold_apostrophes` makes such a word look to the statistical models as it does
without its apostrophes. Only the lexical attributes the NER's embedding reads (norm,
shape, suffix) change; the text, every offset and the names kg writes keep the apostrophe.
English clitics ("World's", "don't", "we'll") and French elisions ("d'Apollon") are left
as they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from spacy.attrs import NORM, SHAPE, SUFFIX
from spacy.vocab import Vocab

# zero-width characters written between words (format characters, not category Zs)
ZERO_WIDTH = "\u200b\u2060\ufeff"
_SPACES = "".join(chr(c) for c in range(0x80, 0x3001) if unicodedata.category(chr(c)) == "Zs") + ZERO_WIDTH
HYPHENS = "\u2010\u2011"  # the hyphen and the no-break hyphen: "Kim Jong\u2011un" is "Kim Jong-un"
_PLAIN = str.maketrans(_SPACES + HYPHENS, " " * len(_SPACES) + "-" * len(HYPHENS))
APOSTROPHES = "'\u2019\u2018"
_WORD = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}][^\W\d_]+)+")
_SPLIT = re.compile(rf"[{APOSTROPHES}]")
ENGLISH_CLITICS = frozenset({"s", "t", "d", "m", "ll", "re", "ve"})
ELISIONS = frozenset({"d", "l"})  # "Galerie d'Apollon", "l'Oréal": French, not a name's inner apostrophe
FOLDED = (NORM, SHAPE, SUFFIX)


def spaced(text: str) -> str:
    """``text`` with each Unicode space and zero-width space a plain space and each Unicode
    hyphen a plain one: same length."""
    return text.translate(_PLAIN)


def folded(word: str) -> str | None:
    """The word without its inner apostrophes, or None when it has none to fold: a word
    of letters with an apostrophe between letters, neither ending in an English clitic nor
    opening with a French elision."""
    if not _WORD.fullmatch(word):
        return None
    parts = _SPLIT.split(word)
    if parts[-1].lower() in ENGLISH_CLITICS or parts[0] in ELISIONS:
        return None
    return _SPLIT.sub("", word)


def _folding(getter: Callable[[str], object]) -> Callable[[str], object]:
    def get(word: str) -> object:
        plain = folded(word)
        return getter(word if plain is None else plain)

    get.kg_folded = True  # type: ignore[attr-defined]
    return get


def fold_apostrophes(vocab: Vocab) -> None:
    """From now on, each new lexeme of a word with inner apostrophes takes its norm, shape
    and suffix from the word without them; lexemes already in ``vocab`` are refolded."""
    getters = vocab.lex_attr_getters
    if getattr(getters[NORM], "kg_folded", False):
        return  # folded already
    for attr in FOLDED:
        getters[attr] = _folding(getters[attr])
    for lexeme in vocab:
        if folded(lexeme.orth_) is not None:
            lexeme.norm_ = getters[NORM](lexeme.orth_)
            lexeme.shape_ = getters[SHAPE](lexeme.orth_)
            lexeme.suffix_ = getters[SUFFIX](lexeme.orth_)
