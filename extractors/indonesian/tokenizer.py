"""Indonesian tokenizer rules on top of spaCy's: keep hyphenated words and
number ranges whole (Jong-un, 11-12, keluarga-keluarga), but split names of
organisations or places joined by hyphens ("Kejagung-Polri-KPK", "Rusia-Ukraina":
each a name the gazetteer knows) into the names and the hyphens; keep common
abbreviations with their dot (Jl., PT., Ir.), and drop emoticon exceptions
that eat closing brackets (``8)`` in ``(14/8)``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
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
    "Ph.D",
    "S.Pd.I",
    "M.Pd.I",
    "M.Kes",
    "M.Kes.",
    "Moh.",  # shortened forenames: "Moh. Nurhidayat", "Muh. Hasrul" (no sentence ends there)
    "Muh.",
    "Moch.",
    "Mhd.",
    "Abd.",
    "drg.",
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
_CAPITALISED_HYPHENATED = re.compile(r"[A-Z]\w*(?:-[A-Z]\w*)+")


def _exceptions(defaults: dict) -> dict:
    """spaCy's Indonesian exceptions that still change anything under our infixes: its
    15,600 plain hyphenated words (*abu-abu*) are whole tokens here anyway, and loading
    them cost seconds at every start; emoticons that eat a closing bracket (``8)`` in
    ``(14/8)``) go too."""
    kept = {}
    for text, value in defaults.items():
        plain = len(value) == 1 and set(value[0]) == {ORTH} and _PLAIN_HYPHENATED.fullmatch(text)
        glued = text.endswith(",")  # spaCy's "M.Kes," would keep the comma in the degree
        if not plain and not glued and not re.fullmatch(r"[\w:;=]{1,2}[)\]]", text):
            kept[text] = value
    kept.update({abbr: [{ORTH: abbr}] for abbr in ABBREVIATIONS})
    return kept


@lru_cache(maxsize=1)
def compound_parts() -> frozenset[str]:
    """One-word names of the gazetteer's organisations and places ("Polri", "KPK", "Rusia")."""
    from kg.extractors.indonesian.gazetteer import gazetteer

    return frozenset(n for e in gazetteer() if e.type != "PERSON" for n in e.names if " " not in n and "-" not in n)


def compound(text: str) -> bool:
    """Names joined by hyphens, each one the gazetteer knows: "TNI-Polri", "AS-China"."""
    parts = text.split("-")
    return len(parts) > 1 and all(p in compound_parts() for p in parts)


# a lower-case word glued to a name after it, as pages lose the space before a link or an
# italic name: "dilansirdetikFinance", "kepadaCNBC", "bertajukMarch"
_GLUED = re.compile(r"\b[a-z]{3,}+[A-Z]\w*")  # possessive: no backtracking
GLUE_TAGS = frozenset(["IN", "CC", "SC", "VB"])  # word classes of the words a name is glued to


def glued_parts(text: str) -> list[str]:
    """``text`` cut after each preposition, conjunction or verb of the POS lexicon that opens
    it and has a name glued to it ("dilansir", "detikFinance"), or ``[text]``."""
    from kg.extractors.indonesian.postags import lexicon

    for k in range(len(text) - 2, 2, -1):
        rest = text[k:]
        if lexicon().get(text[:k]) in GLUE_TAGS and any(c.isupper() for c in rest) and rest[:1].isalpha():
            return [text[:k], *glued_parts(rest)]
    return [text]


class IndonesianTokenizer(Tokenizer):
    """spaCy's tokenizer with our rules, then hyphenated names split (:func:`compound`) and
    words glued to a name cut from it (:func:`glued_parts`)."""

    def __call__(self, text: str) -> Doc:
        doc = super().__call__(text)
        found = _hyphenated(doc, text) + _glued(doc, text)
        if found:
            with doc.retokenize() as retokenizer:
                for token, parts in found:
                    retokenizer.split(token, parts, heads=[(token, 0)] * len(parts))
        return doc


def _hyphenated(doc: Doc, text: str) -> list[tuple[Token, list[str]]]:
    if not any(compound(m.group()) for m in _CAPITALISED_HYPHENATED.finditer(text)):
        return []
    return [(t, re.split("(-)", t.text)) for t in doc if "-" in t.text and compound(t.text)]


def _glued(doc: Doc, text: str) -> list[tuple[Token, list[str]]]:
    found = []
    for match in _GLUED.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1 and len(parts := glued_parts(span.text)) > 1:
            found.append((span[0], parts))
    return found


def make_tokenizer(nlp: Language, split_names: bool = True) -> Tokenizer:
    """Built once, directly with its rules (no defaults loaded and then replaced); with
    ``split_names``, names joined by hyphens are split (:class:`IndonesianTokenizer`)."""
    defaults = nlp.Defaults
    prefixes = compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None
    suffixes = compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None
    return (IndonesianTokenizer if split_names else Tokenizer)(
        nlp.vocab,
        rules=_exceptions(defaults.tokenizer_exceptions),
        prefix_search=prefixes,
        suffix_search=suffixes,
        infix_finditer=compile_infix_regex(_infixes(list(defaults.infixes))).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """``kg.id_tokenizer.v1``: hyphenated names stay whole."""
    return lambda nlp: make_tokenizer(nlp, split_names=False)


def create_tokenizer_v2() -> Callable[[Language], Tokenizer]:
    """``kg.id_tokenizer.v2``: names joined by hyphens are split."""
    return make_tokenizer
