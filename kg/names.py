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
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

SEPARATORS = re.compile(r"[\s\-\u2013\u2014_/.,]+")
INNER_APOSTROPHE = re.compile(r"(?<=\w)['\u2018\u2019](?=\w)")  # "Ma'ruf" = "Ma’ruf" = "Maruf"
INITIALS = re.compile(r"(?:[^\W\d_]\.\s*)+")
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
    trailing: frozenset[str] = frozenset()  # determiners folded away at the end ("polisi itu")
    titles: frozenset[str] = frozenset()  # an alias made only of these is a title, not a name
    legal: frozenset[str] = frozenset()  # company forms that do not count ("PT", "Tbk", "Persero")
    prefixes: frozenset[str] = frozenset()  # folded away at the start ("provinsi bali" = "bali")

    def merged(self, other: NamePolicy) -> NamePolicy:
        return NamePolicy(
            tuple(sorted(set(self.suffixes) | set(other.suffixes), key=lambda s: (-len(s), s))),
            self.currencies | other.currencies,
            self.org_words | other.org_words,
            self.generic | other.generic,
            self.function_words | other.function_words,
            self.known + other.known,
            self.trailing | other.trailing,
            self.titles | other.titles,
            self.legal | other.legal,
            self.prefixes | other.prefixes,
        )

    def canonical(self) -> dict[str, str]:
        """Folded surface form -> canonical name, for the forms that name one entity only."""
        seen: dict[str, set[str]] = {}
        for surface, name in self.known:
            seen.setdefault(fold(surface, self), set()).add(name)
            seen.setdefault(fold(name, self), set()).add(name)
        return {form: next(iter(names)) for form, names in seen.items() if len(names) == 1}


BRACKET_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
BRACKETED = re.compile(r"\s*\([^()]*\)")  # a short form in brackets, anywhere in a name


def without_brackets(name: str) -> str:
    """A name without the short forms in brackets it writes: "Kejaksaan Negeri (Kejari)
    Sidoarjo" -> "Kejaksaan Negeri Sidoarjo"."""
    return BRACKETED.sub("", name)


def fold(name: str, policy: NamePolicy) -> str:
    """The comparison key: case, separators, an apostrophe inside a word ("Ma'ruf Amin" is
    "Maruf Amin"), a bracket at the end ("Joko Widodo (Jokowi)"), leading prefixes
    ("Provinsi"), trailing determiners and a trailing state suffix do not count."""
    key = SEPARATORS.sub(" ", BRACKET_TAIL.sub("", name).casefold() or name.casefold()).strip()
    key = INNER_APOSTROPHE.sub("", key)
    words = [w.strip("()") for w in key.split()]
    words = without_legal(words, policy)
    while len(words) > 1 and words[0] in policy.prefixes:
        words.pop(0)
    while len(words) > 1 and words[-1] in policy.trailing:
        words.pop()
    key = " ".join(words)
    for suffix in policy.suffixes:
        if key.endswith(" " + suffix) and len(key) > len(suffix) + 2:
            return key[: -len(suffix) - 1]
    return key


def without_legal(words: list[str], policy: NamePolicy) -> list[str]:
    """``words`` without the company forms of ``policy`` ("PT", "Tbk"), unless nothing else is left."""
    return [w for w in words if w not in policy.legal] or words


def distinct_aliases(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """``aliases`` in their order, each written once whatever its case, the form with the
    most capitals kept ("Kementerian Pariwisata", not also "kementerian pariwisata"); none
    that is ``name`` in another case."""
    best: dict[str, str] = {}
    for alias in aliases:
        key = alias.casefold()
        if key not in best or _capitals(alias) > _capitals(best[key]):
            best[key] = alias
    best.pop(name.casefold(), None)
    return tuple(best.values())


def _capitals(text: str) -> int:
    return sum(c.isupper() for c in text)


def _inner_capitals(name: str) -> int:
    return sum(word[:1].isupper() for word in name.split()[1:])


def written_name(counts: dict[tuple[str, str], int]) -> tuple[str, str]:
    """The (name, language) of an entity written in several articles: the name written most
    often, its forms in other cases counted with it, in its form with the most words
    capitalised after the first ("Kementerian Pariwisata" over "kementerian pariwisata",
    however often each is written; a capital that only starts a sentence, "Massa", or
    capitals all through, "PT POS", choose nothing), then the form written most often;
    ties go to the name that sorts first."""
    totals: Counter = Counter()
    first: dict[str, tuple[str, str]] = {}
    for key, n in counts.items():
        fold_ = key[0].casefold()
        totals[fold_] += n
        first[fold_] = min(first.get(fold_, key), key)
    group = min(totals, key=lambda f: (-totals[f], first[f]))
    forms = [key for key in counts if key[0].casefold() == group]
    return min(forms, key=lambda key: (-_inner_capitals(key[0]), -counts[key], key))


def is_name(name: str) -> bool:
    """A name, not a noun phrase: its first letter is not a lower-case one ("Kota Bandung",
    "3T", not "penerima BLT Kesra")."""
    first = next((c for c in name if c.isalpha()), "")
    return not first.islower()


def is_acronym(name: str) -> bool:
    """One word with at least two capitals, or a short all-capital word: "BPS", "DPR-RI",
    "Polri" is not (a syllabic short form is matched like an acronym all the same)."""
    word = name.replace("-", "")
    return " " not in name and 2 <= len(word) <= 10 and sum(c.isupper() for c in word) >= 2


def is_junk(name: str, policy: NamePolicy) -> bool:
    """Currency and units, a bare generic head, a span across a bracket, no letters,
    initials alone ("D.", "A. B.": an initial names no one without the name it opens)."""
    words = fold(name, NamePolicy()).split()
    if not words or not any(c.isalpha() for c in name) or INITIALS.fullmatch(name.strip()):
        return True
    if not _balanced(name):
        return True
    if CURRENCY_SIGNS.search(name) or words[-1] in policy.currencies or words[0] in policy.currencies:
        return True
    return all(w in policy.generic for w in words)


def is_bare_noun(name: str, policy: NamePolicy) -> bool:
    """One word besides determiners and generic words ("masyarakat", "polisi itu")."""
    words = [w for w in fold(name, NamePolicy()).split() if w not in policy.generic]
    return len(words) <= 1


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


def is_title(name: str, policy: NamePolicy) -> bool:
    """Only title words ("Menkeu", "Kopral Dua"): a role, not a name."""
    words = fold(name, policy).split()
    return bool(words) and all(w in policy.titles or w.isdigit() or w == "dua" for w in words)


def untitled(name: str, policy: NamePolicy) -> str:
    """The folded name without the titles before it ("Mensos Saifullah Yusuf" ->
    "saifullah yusuf"), or "" when there is none or nothing but titles."""
    words = fold(name, policy).split()
    k = 0
    while k < len(words) and words[k] in policy.titles:
        k += 1
    return " ".join(words[k:]) if 0 < k < len(words) else ""


def has_org_word(name: str, policy: NamePolicy) -> bool:
    return any(w in policy.org_words for w in fold(name, policy).split())
