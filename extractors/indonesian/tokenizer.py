"""Indonesian tokenizer rules on top of spaCy's: keep hyphenated words and
number ranges whole (Jong-un, 11-12, keluarga-keluarga), keep common
abbreviations with their dot (Jl., PT., Ir.), and drop emoticon exceptions
that eat closing brackets (``8)`` in ``(14/8)``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

ABBREVIATIONS = [
    "Jl.",
    "Jln.",
    "PT.",
    "Tbk.",
    "CV.",
    "Ir.",
    "Dr.",
    "dr.",
    "Drs.",
    "Dra.",
    "Prof.",
    "Pol.",  # "Kombes Pol. X"
    "H.",
    "Hj.",
    "KH.",
    "St.",
    "No.",
    "Kab.",
    "Kec.",
    "Kel.",
    "Prov.",
    "Rp.",
    "Sdr.",
    "Bpk.",
    "Yth.",
    "dll.",
    "dsb.",
    "dkk.",
    "tsb.",
    "a.n.",
    "u.p.",
    "S.H.",
    "S.E.",
    "M.Si.",
    "M.Sc.",
    "Ph.D.",
    "Kol.",
    "Brigjen.",
    "Mayjen.",
    "Letjen.",
    "Jend.",
    "Kapt.",
    "Lt.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "St.",
    "vs.",
    "No.",
    "Tel.",
    "Telp.",
    "Hal.",
    "Vol.",
]
_HYPHEN = ("(?:-|–|—", "[+\\-\\*^](?=[0-9-])", ")-(?=", "])-(?=")


def _infixes(defaults: list[str]) -> list[str]:
    kept = [p.replace("[\\/-]", "[\\/]") for p in defaults if not any(marker in p for marker in _HYPHEN)]
    # keep arithmetic signs between digits but never a hyphen
    # a comma glued to a closing quote ('Burma,"tulis') is punctuation too
    return kept + [r"(?<=[0-9])[+\*^](?=[0-9])", r"(?<=[\w])[–—](?=[\w])", r"(?<=[^\W\d])[,;](?=[\"“”])"]


_PLAIN_HYPHENATED = re.compile(r"\w+(?:-\w+)+")


def _exceptions(defaults: dict) -> dict:
    """spaCy's Indonesian exceptions that still change anything under our infixes: its
    15,600 plain hyphenated words (*abu-abu*) are whole tokens here anyway, and loading
    them cost seconds at every start; emoticons that eat a closing bracket (``8)`` in
    ``(14/8)``) go too."""
    kept = {}
    for text, value in defaults.items():
        plain = len(value) == 1 and set(value[0]) == {ORTH} and _PLAIN_HYPHENATED.fullmatch(text)
        if not plain and not re.fullmatch(r"[\w:;=]{1,2}[)\]]", text):
            kept[text] = value
    kept.update({abbr: [{ORTH: abbr}] for abbr in ABBREVIATIONS})
    return kept


def make_tokenizer(nlp: Language) -> Tokenizer:
    """Built once, directly with its rules (no defaults loaded and then replaced)."""
    defaults = nlp.Defaults
    prefixes = compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None
    suffixes = compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None
    return Tokenizer(
        nlp.vocab,
        rules=_exceptions(defaults.tokenizer_exceptions),
        prefix_search=prefixes,
        suffix_search=suffixes,
        infix_finditer=compile_infix_regex(_infixes(list(defaults.infixes))).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


def create_tokenizer() -> Callable[[Language], Tokenizer]:
    return make_tokenizer
