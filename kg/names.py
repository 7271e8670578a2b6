"""Name tests the corpus resolver relies on, language-independent: folding a name to the
key it is compared by, telling acronyms from names, and whether an acronym can stand for a
name ("BPS" for "Badan Pusat Statistik", "Kemensos" for "Kementerian Sosial", never "AUD"
for "Australia").

What differs by language (state suffixes such as Indonesian "RI", currency codes, the
words that make a name an organisation's, generic heads that name nothing) comes in a
:class:`NamePolicy`, which an extractor publishes as its ``names`` attribute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SEPARATORS = re.compile(r"[\s\-\u2013\u2014_/.,]+")
CURRENCY_SIGNS = re.compile(r"^[A-Z]{0,3}[$€£¥₩₹]$|^[$€£¥₩₹]")


@dataclass(frozen=True)
class NamePolicy:
    """Language knowledge for entity resolution; every field is lower-case words."""

    suffixes: tuple[str, ...] = ()  # folded away at the end of a name ("dpr ri" = "dpr")
    currencies: frozenset[str] = frozenset()  # never an entity, never a country's alias
    org_words: frozenset[str] = frozenset()  # a name with one is no person's or country's alias
    generic: frozenset[str] = frozenset()  # a name made only of these names nothing ("kementerian")
    function_words: frozenset[str] = frozenset()  # skipped when matching acronyms ("dan", "untuk")
    known: tuple[tuple[str, str], ...] = ()  # (surface form, canonical name): a gazetteer

    def merged(self, other: NamePolicy) -> NamePolicy:
        return NamePolicy(
            tuple(sorted(set(self.suffixes) | set(other.suffixes), key=lambda s: (-len(s), s))),
            self.currencies | other.currencies,
            self.org_words | other.org_words,
            self.generic | other.generic,
            self.function_words | other.function_words,
            self.known + other.known,
        )

    def canonical(self) -> dict[str, str]:
        """Folded surface form -> canonical name, for the forms that name one entity only."""
        seen: dict[str, set[str]] = {}
        for surface, name in self.known:
            seen.setdefault(fold(surface, self), set()).add(name)
            seen.setdefault(fold(name, self), set()).add(name)
        return {form: next(iter(names)) for form, names in seen.items() if len(names) == 1}


def fold(name: str, policy: NamePolicy) -> str:
    """The comparison key: case, separators and a trailing state suffix do not count."""
    key = SEPARATORS.sub(" ", name.casefold()).strip()
    for suffix in policy.suffixes:
        if key.endswith(" " + suffix) and len(key) > len(suffix) + 2:
            return key[: -len(suffix) - 1]
    return key


def is_acronym(name: str) -> bool:
    """One word with at least two capitals, or a short all-capital word: "BPS", "DPR-RI",
    "Polri" is not (a syllabic short form is matched like an acronym all the same)."""
    word = name.replace("-", "")
    return " " not in name and 2 <= len(word) <= 10 and sum(c.isupper() for c in word) >= 2


def is_junk(name: str, policy: NamePolicy) -> bool:
    """Currency and units, a bare generic head, a span across a bracket, no letters."""
    words = fold(name, NamePolicy()).split()
    if not words or not any(c.isalpha() for c in name):
        return True
    if not _balanced(name):
        return True
    if CURRENCY_SIGNS.search(name) or words[-1] in policy.currencies or words[0] in policy.currencies:
        return True
    return all(w in policy.generic for w in words)


def _balanced(name: str) -> bool:
    depth = 0
    for c in name:
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return False
    return depth == 0


def abbreviates(short: str, name: str, policy: NamePolicy) -> bool:
    """Whether ``short`` is made of prefixes of ``name``'s words, in order, starting with
    the first word: "BPS" ~ "Badan Pusat Statistik", "Kemensos" ~ "Kementerian Sosial",
    "KPU" ~ "Komisi Pemilihan Umum"; not "AUD" ~ "Australia", not "BLBI" ~ "Bank Indonesia"."""
    letters = re.sub(r"[^a-z0-9]", "", short.casefold())
    words = [w for w in fold(name, policy).split() if w not in policy.function_words]
    if not letters or not words or letters[0] != words[0][0] or fold(short, policy) == fold(name, policy):
        return False
    return _prefixes(letters, tuple(words))


@lru_cache(maxsize=4096)
def _prefixes(letters: str, words: tuple[str, ...]) -> bool:
    if not letters:
        return True
    if not words:
        return False
    word = words[0]
    if _prefixes(letters, words[1:]) and len(words) > 1:
        return True
    k = 0
    while k < len(word) and k < len(letters) and letters[k] == word[k]:
        k += 1
        if _prefixes(letters[k:], words[1:]):
            return True
    return False


def has_org_word(name: str, policy: NamePolicy) -> bool:
    return any(w in policy.org_words for w in fold(name, policy).split())
