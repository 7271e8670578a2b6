"""A lone capital letter or Roman numeral after a word designates what it follows; it is no
name of its own: "hepatitis [A]", "vitamin [D]", "jaringan 5[G]", "triwulan [IV]", "ketua
DPD I dan [II]". The NER takes such a token for a name (a MISC "A", a PERSON "D"), and the
graph then holds an entity "A" with the facts of its sentence.

:func:`join_designators` (a mention step) gives the designator to the name it follows
("Raja [Charles] III" -> "Charles III", "[DPD] I" -> "DPD I") and drops a lone designator
mention after a common noun or glued to a number. A capital after a person's noun is that
person's initial and stays ("tersangka [A]", "korban [D] (25)", "berinisial [S]"), as do
a capital that opens its sentence or follows punctuation (a list of initials, "S, DP dan
ABT") and one written again after *dan* or a comma in a list of such capitals, which
shares the first one's reading ("vitamin C dan [D]", "tersangka A dan [B]").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.balinese import BIRTH_NAMES
from kg.extractors.indonesian.postags import affixed_verb
from kg.extractors.indonesian.postags import lexicon as word_classes
from kg.extractors.indonesian.spans import aged

DESIGNATOR = re.compile(r"[A-Z]|(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})")
LIST_JOINERS = frozenset(["dan", ",", "&", "atau", "serta"])
# an amount's magnitude after its number in headlines: triliun, miliar
MAGNITUDES = frozenset(["T", "M"])


def is_designator(token: Token) -> bool:
    return DESIGNATOR.fullmatch(token.text) is not None


def join_designators(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, not overlapping) with each designator joined to the name before it
    or dropped when it follows a common word; a person's initial stays."""
    names = {i for s in spans for i in range(s.start, s.end)}
    longer = {s.start for s in spans if len(s) > 1}
    joined: dict[int, Span] = {}  # a name's start -> the name with the designator after it
    dropped: set[int] = set()
    for span in spans:
        token = doc[span.end] if span.end < len(doc) else None
        free = token is not None and token.i not in longer and doc[span.end - 1].whitespace_
        if free and is_designator(token) and not _balinese(token):
            joined[span.start] = Span(doc, span.start, span.end + 1, label=span.label_, kb_id=span.kb_id_)
            dropped.add(span.end)
        elif len(span) == 1 and is_designator(span[0]) and designates(doc, span.start, names):
            dropped.add(span.start)
    return _unique([joined.get(s.start, s) for s in spans if not (len(s) == 1 and s.start in dropped)])


def designates(doc: Doc, i: int, names: set[int]) -> bool:
    """The designator at ``i`` designates what it follows, a name (``names``: the tokens of
    the mentions), a common word or a number, or repeats a designator that does ("vitamin
    C dan [D]"); not a person's initial ("tersangka [A]", "berinisial [S]", "[A] (25)")."""
    if i == 0 or not is_designator(doc[i]):
        return False
    before = doc[i - 1]
    if before.text in LIST_JOINERS:
        earlier = i - 2
        while earlier > 0 and doc[earlier].text in LIST_JOINERS:
            earlier -= 1
        if earlier > 0 and is_designator(doc[earlier]):
            return earlier - 1 in names or designates(doc, earlier, names)
    if not before.whitespace_ and before.text[-1:].isdigit():
        return True  # "5G", "765G"
    if doc[i].text in MAGNITUDES and before.like_num:
        return True  # "Rp 371,5 [T]": trillion, as headlines shorten it
    if before.i in names:
        return True
    if aged(doc, i, i + 1) or not before.text[:1].islower():
        return False
    return _designated_noun(before.lower_)


def _designated_noun(lower: str) -> bool:
    """A common noun a capital may designate ("hepatitis", "triwulan"), not a verb ("dibuat [C] &
    F Group"), a word before a name ("berinisial", "yakni") or a person's noun ("tersangka")."""
    if word_classes().get(lower) not in (None, "NN") or affixed_verb(lower) or lower in lx.INITIAL_CUES:
        return False
    return lx.head_types().get(lower) != "PERSON"


def _unique(spans: list[Span]) -> list[Span]:
    """The spans without one a joined name now covers."""
    kept, end = [], -1
    for span in spans:
        if span.start >= end:
            kept.append(span)
            end = span.end
    return kept


def _balinese(token: Token) -> bool:
    """ "I" opening a Balinese name ("I Made Kembang"), not a numeral."""
    doc = token.doc
    return token.text == "I" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in BIRTH_NAMES
