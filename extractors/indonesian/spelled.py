"""Names the NER split or cut short, joined again by the short form after them.

"Badan Riset dan Inovasi Nasional (BRIN)", "Himpunan Pengusaha Muda Indonesia (HIPMI)",
"Kesatuan Bangsa dan Politik (Kesbangpol)": the NER ends a name at *dan* or leaves words
out, so one organisation became two mentions ("Badan Riset", "Inovasi Nasional") or a
piece of one ("Indonesia (HIPMI)"). The short form in brackets says where the name
starts: the capitalised words before it (*dan* included) whose first letters or syllables
spell it in order (after the first word, a word may give its last syllables: "Daya
Anagata Nusantara (Danantara)", "Natal dan Tahun Baru (Nataru)"). :func:`join_spelled`
replaces the mentions inside such a name with one mention of all of it, when the NER
named part of it and no mention reaches out of it; an organisation head right before the
spelled words belongs to the name too ("Kementerian [Energi dan Sumber Daya Mineral]").
:func:`spelled_end` and :func:`spells_end` let the role rules read a minister's portfolio
the same way ("Menteri Energi dan Sumber Daya Mineral (ESDM) X").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.heads import ORG_HEADS

CONNECTORS = frozenset(["dan", "&"])
MAX_WORDS = 10
MAX_SKIPPED = 2  # words a short form may leave out (spells_skipping)


def join_spelled(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted mentions) with each name spelled by the short form after it as one
    mention, its short form beside it; unchanged where there is none, where a mention
    reaches out of the name, or where no mention lies inside it (a title or a regulation:
    "Menteri Sosial (Mensos)", "Instruksi Presiden (Inpres)")."""
    for start, end in spelled_names(doc):
        inside = [s for s in spans if s.start < end + 3 and s.end > start]
        named = [s for s in inside if s.start < end]
        if not named or any(s.start < start or s.end > end + 3 or (s.start, s.end) == (start, end) for s in inside):
            continue
        label = _label(doc[start].lower_, named)
        kept = [s for s in spans if s not in inside]
        joined = [Span(doc, start, end, label=label), Span(doc, end + 1, end + 2, label=label)]
        spans = sorted([*kept, *joined], key=lambda s: (s.start, s.end))
    return spans


def _label(first: str, inside: list[Span]) -> str:
    if first in ORG_HEADS or any(s.label_ == "ORG" for s in inside):
        return "ORG"
    return max(inside, key=len).label_


def spelled_names(doc: Doc) -> list[tuple[int, int]]:
    """(first word, index of the "(") of each name a bracketed short form spells."""
    found = []
    for token in doc:
        if token.text != "(" or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        short = doc[token.i + 1].text
        if len(short) < 3 or not short[:1].isupper() or not short.isalpha():
            continue
        start = _start(doc, token.i, short.lower())
        if start is not None:
            found.append((start, token.i))
    return found


def _start(doc: Doc, end: int, short: str) -> int | None:
    """The first word of the capitalised run before ``end`` whose words spell ``short``
    (never a title: "[Menteri] Sosial (Mensos)"), or else spell it leaving out a word or two
    (:func:`spells_skipping`), or spell it with a word's last syllables
    (:func:`spells_syllables`); an organisation head right before it joins."""
    run = []
    for k in range(end - 1, max(end - MAX_WORDS - 1, -1), -1):
        text = doc[k].text
        if not (text[:1].isupper() or text.lower() in CONNECTORS or (text == "," and k < end - 1)):
            break
        run.insert(0, k)
    for spelling in (spells, spells_skipping, spells_syllables):
        for k in run:
            words = tuple(doc[i].lower_ for i in range(k, end) if doc[i].text != ",")
            listed = len(words) < end - k  # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"
            if doc[k].text == "," or (listed and not doc[end + 1].text.isupper()):
                continue  # a list is one name only when spelled by capitals: not "(Jabodetabek)"
            if words[0] in CONNECTORS or words[0] in lx.TITLES or not spelling(short, words):
                continue
            return k - 1 if k > 0 and k - 1 in run and doc[k - 1].lower_ in ORG_HEADS else k
    return None


def spelled_end(doc: Doc, start: int, limit: int) -> int | None:
    """Where the name starting at ``start`` ends when the short form in brackets after its
    capitalised words spells all of them, *dan* inside ("Menteri [Energi dan Sumber Daya
    Mineral] (ESDM) X"): the index of the "(" ; else ``None``."""
    end = start
    while end < min(limit, start + MAX_WORDS) and (doc[end].text[:1].isupper() or doc[end].lower_ in CONNECTORS):
        end += 1
    bracketed = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
    words = tuple(t.lower_ for t in doc[start:end])
    if not bracketed or not CONNECTORS.intersection(words) or words[-1] in CONNECTORS:
        return None
    return end if spells(doc[end + 1].lower_, words) else None


def spells_end(short: str, words: tuple[str, ...]) -> bool:
    """``short`` spells the last words of ``words``: "(ESDM)" after "Menteri Energi dan
    Sumber Daya Mineral"."""
    return any(spells(short, words[k:]) for k in range(len(words)) if words[k] not in CONNECTORS)


def spells_skipping(short: str, words: tuple[str, ...]) -> bool:
    """Like :func:`spells` where the short form leaves out up to two words between the
    first and the last, which always give letters ("gaikindo" = ga(bungan) i(ndustri)
    k(endaraan) [bermotor] indo(nesia))."""
    return any(short[:n] == words[0][:n] and _spelled(short[n:], words[1:], MAX_SKIPPED) for n in range(1, len(short)))


def spells(short: str, words: tuple[str, ...]) -> bool:
    """Whether ``short`` is, in order, a non-empty start of each word (connectors give
    nothing): "brin" = b(adan) r(iset) i(novasi) n(asional), "kesbangpol" = kes bang pol."""
    return _spelled(short, words, 0)


def spells_syllables(short: str, words: tuple[str, ...]) -> bool:
    """Like :func:`spells`, where a word after the first may give its end instead of its start
    ("danantara" = da(ya) ana(gata) (nusa)ntara, "puspenkum" = pus(at) pen(erangan) (hu)kum)."""
    return _syllables(short, tuple(w for w in words if w not in CONNECTORS), True)


@lru_cache(maxsize=4096)
def _syllables(short: str, words: tuple[str, ...], first: bool) -> bool:
    if not words:
        return not short
    word, rest = words[0], words[1:]
    for n in range(1, min(len(word), len(short)) + 1):
        if short[:n] == word[:n] and _syllables(short[n:], rest, False):
            return True
        if not first and n >= 2 and n < len(word) and short[:n] == word[-n:] and _syllables(short[n:], rest, False):
            return True
    return False


def abbreviates(short: str, words: tuple[str, ...]) -> bool:
    """Whether ``short`` is a word made of the starts of all ``words`` (two or more), each
    word of more than three letters giving only part of itself: "flotim" = flo(res)
    tim(ur), "buwas" = bu(di) was(eso); not "aries" of "Aries Susanti" nor "toyota" of
    "Toyota Avanza", which open with a whole word."""
    words = tuple(w for w in words if w not in CONNECTORS)
    whole_first = len(words[0]) > 3 and short.startswith(words[0]) if words else False
    return len(words) > 1 and not whole_first and _spelled(short, words, 0, partial=True)


@lru_cache(maxsize=4096)
def _spelled(short: str, words: tuple[str, ...], skips: int, partial: bool = False) -> bool:
    """``short`` spelled by starts of ``words``, up to ``skips`` of them (not the last) giving
    none; ``partial``: a word of more than three letters gives only part of itself."""
    if not words:
        return not short
    word, rest = words[0], words[1:]
    if word in CONNECTORS:
        return _spelled(short, rest, skips, partial)
    if rest and skips and _spelled(short, rest, skips - 1, partial):
        return True
    longest = min(len(word) - (partial and len(word) > 3), len(short))
    return any(short[:n] == word[:n] and _spelled(short[n:], rest, skips, partial) for n in range(1, longest + 1))


# bureaucratic short words that spell no start of their words ("Ditjen Pendis" = "Direktorat
# Jenderal Pendidikan Islam"); the others spell their starts ("Kemen", "Kanwil")
UNIT_WORDS = {
    "ditjen": ("direktorat", "jenderal"),
    "dirjen": ("direktur", "jenderal"),
    "itjen": ("inspektorat", "jenderal"),
    "setjen": ("sekretariat", "jenderal"),
    "sekjen": ("sekretaris", "jenderal"),
}


def abbreviates_words(short: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether a name of two words or more (``short``, lower case) is a longer name
    (``words``) with some of its runs of words written short, each other word as it is:
    "Ditjen Pendis" = "Direktorat Jenderal Pendidikan Islam", "Polda Babel" = "Polda Bangka
    Belitung", "Kementerian HAM" = "Kementerian Hak Asasi Manusia". A short word gives the
    starts of two words or more, none whole but the last (:func:`abbreviates`; initials too),
    or is one of :data:`UNIT_WORDS`; "Suku Bunga" is no short form of "suku bunga acuan"."""
    words = tuple(w for w in words if w not in CONNECTORS)
    if not 1 < len(short) < len(words) or short[0][:1] != words[0][:1]:
        return False  # every short form opens with its name's first letter
    return _runs(short, words)


@lru_cache(maxsize=4096)
def _runs(short: tuple[str, ...], words: tuple[str, ...]) -> bool:
    if not short or not words:
        return not short and not words
    for m in range(1, len(words) - len(short) + 2):
        if _short_for(short[0], words[:m]) and _runs(short[1:], words[m:]):
            return True
    return False


def _short_for(word: str, run: tuple[str, ...]) -> bool:
    if len(run) == 1:
        return word == run[0]
    return UNIT_WORDS.get(word) == run or abbreviates(word, run)
