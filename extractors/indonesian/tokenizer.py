"""Indonesian tokenizer rules on top of spaCy's: keep hyphenated words and
number ranges whole (Jong-un, 11-12, keluarga-keluarga), keep common
abbreviations with their dot (Jl., PT., Ir.), and drop emoticon exceptions
that eat closing brackets (``8)`` in ``(14/8)``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, registry

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


def make_tokenizer(nlp: Language) -> Tokenizer:
    tokenizer: Tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
    tokenizer.infix_finditer = compile_infix_regex(_infixes(list(nlp.Defaults.infixes))).finditer
    rules = {
        text: value for text, value in (tokenizer.rules or {}).items() if not re.fullmatch(r"[\w:;=]{1,2}[)\]]", text)
    }
    tokenizer.rules = rules
    for abbr in ABBREVIATIONS:
        tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    return tokenizer


def create_tokenizer() -> Callable[[Language], Tokenizer]:
    return make_tokenizer
