"""Academic degrees written after a person's name: "Drs. H. Andi Islamuddin, M.Si.",
"Dr. Muh. Hasrul, S.H., M.H.", "dr. Nursaidah Sirajuddin, M.Kes". A degree is no name:
the NER types "M.Si." an organisation and "S.H." a place, and a capitalised run reads
"M.Sc." as the person who acts. :func:`degree_tokens` finds them for the mention finder,
which never makes them a mention or lets a name run into them.

A degree is a token of two or more capitalised groups of letters joined by dots ("S.H.",
"M.Pd.", "S.I.Kom.", "Ph.D", "Sp.PD") written after a comma that follows a name's word or
another degree. Initials written before a name ("J.K. Rowling") are not after a comma.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

__all__ = ["DEGREE", "degree_tokens", "past_degrees"]

DEGREE = re.compile(r"(?:[A-Z][A-Za-z]{0,4}\.)+[A-Z][A-Za-z]{0,4}\.?")


def degree_tokens(doc: Doc) -> set[int]:
    """Indices of the degrees after a name in ``doc`` (commas between them excluded)."""
    found: set[int] = set()
    for token in doc:
        i = token.i
        if i < 2 or doc[i - 1].text != "," or not DEGREE.fullmatch(token.text):
            continue
        before = doc[i - 2]
        if i - 2 in found or (before.text[:1].isupper() and before.is_alpha):
            found.add(i)
    return found


def past_degrees(doc: Doc, i: int, end: int) -> int:
    """Past the degrees written from ``i`` on, each after its comma (", S.H., M.H."): the
    index after the last one, or ``i`` where none follows."""
    k = i
    while k + 1 < end and doc[k].text == "," and DEGREE.fullmatch(doc[k + 1].text):
        k += 2
    return k
