"""An organisation whose name lists its fields: "Dinas Perumahan, Permukiman, Cipta Karya
dan Tata Ruang", "Kementerian Pendidikan Tinggi, Sains, dan Teknologi", "Departemen
Pengelolaan Moneter dan Aset Sekuritas". The NER cuts such names at their commas and
conjunctions and types the pieces as people and places ("Cipta Karya", "Moneter",
"Satuan Tugas Koordinasi"); a run of capitalised words stops at the first comma.

:func:`join_listed_fields` makes one ORG mention of an organisation's head word (*Dinas*,
*Kementerian*, *Satuan* ...) and the fields after it: segments of capitalised words
separated by commas and closed by *dan*/*serta* and a last segment. It holds only when
at least half of the segments' words are common words or portfolio words and no
segment of two words or more lacks one (not "Dinas Pendidikan, Budi Santoso dan Ani
Lestari", people after an office), and no segment opens with another organisation's
head ("Polda Metro Jaya dan Polres Bogor"). A segment stops before an acronym (also a
word with two capitals: "KemenPANRB"), a title, a place's head word, a region's name, a
known name or a bracket, so what follows stays a name of its own ("... dan Supervisi
[KPK]", "... dan Tata Ruang [Sidoarjo]", "... Menengah [Republik Indonesia]"); a
following "RI" is the state's and part of the name, as in "Kementerian Pendidikan Dasar
dan Menengah RI". Spans inside the joined name go; a span crossing its edge keeps its
part outside.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.lemmas import is_common_word
from kg.extractors.indonesian.regions import is_region

# not *partai*: "Partai Republik dan Demokrat" are two parties
HEADS = (lx.ORG_HEADS - {"partai"}) | frozenset(["satuan", "satgas", "balai", "subdirektorat", "seksi"])
JOINS = frozenset(["dan", "serta"])
MOST_WORDS = 5  # words of one segment at most
STATE = "RI"

__all__ = ["join_listed_fields", "listed_end"]


def join_listed_fields(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, not overlapping) with each organisation that lists its fields
    made one ORG span (see the module's doc)."""
    out = list(spans)
    known = {s.start for s in spans if s.kb_id_}  # "... Menengah [Republik Indonesia]"
    i = 0
    while i < len(doc):
        end = listed_end(doc, i, known) if _head(doc[i]) else None
        if end is None or _known_across(out, i, end):
            i += 1
            continue
        out = _replace(doc, out, i, end)
        i = end
    return out


def listed_end(doc: Doc, head: int, known: Collection[int] = ()) -> int | None:
    """Where the name of the organisation whose head word is at ``head`` ends, if it lists
    its fields; else None. No segment runs into a known name starting at ``known``."""
    k, segments, closed = head + 1, [], False
    while True:
        end = _segment_end(doc, k, known)
        if end == k:
            return None
        segments.append(doc[k:end])
        if closed:
            break
        closed, k = _separator(doc, end)
        if k is None:
            return None
    if not _fields(segments):
        return None
    end = segments[-1].end
    return end + 1 if end < len(doc) and doc[end].text == STATE else end


def _head(token: Token) -> bool:
    return token.text[:1].isupper() and token.lower_ in HEADS


def _segment_end(doc: Doc, k: int, known: Collection[int]) -> int:
    start = k
    while k < len(doc) and k - start < MOST_WORDS and _field_word(doc[k]) and k not in known:
        if k > start and doc[k].lower_ in HEADS:
            break  # "... dan Pelayanan Publik [Perum] Bulog"
        k += 1
    return k


def _field_word(token: Token) -> bool:
    text, lower = token.text, token.lower_
    if not text[:1].isupper() or not text.replace("-", "").isalpha() or token.is_sent_start:
        return False
    capitals = sum(c.isupper() for c in text) > 1  # an acronym, also "KemenPANRB"
    named_apart = capitals or is_region(text) or lower in lx.LOC_HEADS
    return not (named_apart or lower in lx.TITLES or lx.is_date_word(lower))  # ranks are titles


def _separator(doc: Doc, end: int) -> tuple[bool, int | None]:
    """(closing, where the next segment starts) after a segment: a comma, *dan* or
    *serta*, or a comma and one of them; (False, None) if none follows."""
    n = len(doc)
    if end < n and doc[end].lower_ in JOINS:
        return True, end + 1
    if end < n and doc[end].text == ",":
        if end + 1 < n and doc[end + 1].lower_ in JOINS:
            return True, end + 2
        return False, end + 1
    return False, None


def _fields(segments: list[Span]) -> bool:
    """Segments that name fields: at least two, none after the first opening with an
    organisation's head ("Kantor [Kementerian ...]" may open the first), at least half of
    their words common or portfolio words, and no segment of two words or more without one
    (a person's name: "Budi Santoso")."""
    words = [t for s in segments for t in s]
    common = sum(_common(t) for t in words)
    opens = all(s[0].lower_ not in HEADS for s in segments[1:])
    named = any(len(s) > 1 and not any(_common(t) for t in s) for s in segments)
    return len(segments) >= 2 and opens and 2 * common >= len(words) and not named


def _common(token: Token) -> bool:
    return is_common_word(token.text) or token.lower_ in lx.PORTFOLIO


def _known_across(spans: list[Span], start: int, end: int) -> bool:
    """A gazetteer name crossing the joined name's edge, or one span holding it already
    ("Departemen Kebijakan Ekonomi dan Moneter BI", "Dewan Pengarah Badan Riset dan
    Inovasi Nasional")."""
    for s in spans:
        if s.start <= start and end <= s.end:
            return True
        crosses = s.start < end and s.end > start and (s.start < start or s.end > end)
        if crosses and s.kb_id_:
            return True
    return False


def _replace(doc: Doc, spans: list[Span], start: int, end: int) -> list[Span]:
    out = [Span(doc, start, end, label="ORG")]
    for s in spans:
        if s.end <= start or s.start >= end:
            out.append(s)
            continue
        for a, b in ((s.start, start), (_past_bracket(doc, end, s.end), s.end)):
            if a < b and any(t.text[:1].isupper() for t in doc[a:b]):
                out.append(Span(doc, a, b, label=s.label_, kb_id=s.kb_id_))
    return sorted(out, key=lambda s: s.start)


def _past_bracket(doc: Doc, k: int, end: int) -> int:
    """Past the joined name's short form in brackets, which a later step makes its alias:
    "... Aset Sekuritas [(DPMA)] BI" leaves "BI"."""
    if k < end and doc[k].text == "(":
        close = next((j for j in range(k + 1, end) if doc[j].text == ")"), None)
        return close + 1 if close is not None else k
    return k
