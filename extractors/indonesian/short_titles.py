"""Clipped Indonesian titles: "Kasat Reskrim Polres Bogor AKP X", "Kabid Humas Polda Metro
Jaya Kombes X", "Dirjen Bea Cukai Kemenkeu, X", "Wadirut Bulog X", "Wakapolres Bogor X".

Police, prosecutors' and civil-service news name officials by clipped titles: *Ka-* (kepala)
with a clipped unit (*Kasat*, *Kanit*, *Kasi*, *Kabid*, *Kasubdit*, *Kadiv*), *Dir-*
(direktur: *Dirjen*, *Dirreskrimum*), and *Wa-* (wakil) before any title (*Wakasat*,
*Wadirut*, *Wasekjen*, *Wakapolres*: a deputy, OFFICIAL_OF).

The head of a unit is written with the unit's words and then the organisation the unit
belongs to, whose official the holder is (OFFICIAL_OF, as the annotations write "Kasi Intel
Kejari Sikka", "Kanit Reskrim Polsek Medan Kota"), or its spokesperson when the unit is
public relations (*Humas*; :func:`speaks_for`). The NER and the name rules often take the
title and its unit into the organisation's name ("[Kasat Lantas Polres Sleman]");
:func:`name_start` gives where the name starts without them.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.heads import DEPUTY, deputy_titles

# heads of a unit, written before the unit's words and its organisation: OFFICIAL_OF it
UNIT_TITLES = frozenset(
    "kasat kasatreskrim kasatlantas kasatresnarkoba kasatintelkam kasatsamapta kasatbinmas kasatpolairud "
    "kanit kanitreskrim kasi kasie kabid kabag kasubdit kasubbid kasubid kasubbag kasubag kasubsi kasubnit "
    "kadiv kaur dirjen dirreskrimum dirreskrimsus dirresnarkoba dirlantas dirintelkam dirsamapta dirbinmas "
    "dirpolairud".split()
)
# clipped titles written right before their organisation: the head of a dinas, a
# regional office, a prison, a company ("Kadis DLH Kalteng", "Dirut Perum Bulog"); a
# company's finance or operations director, a secretary general, a regional secretary
OFFICE_TITLES = {
    **dict.fromkeys("kadis kakanwil kalapas karutan dirut".split(), "LEADER_OF"),
    **dict.fromkeys("dirkeu dirops sekjen sekda".split(), "OFFICIAL_OF"),
}
# the unit's words that make its head the organisation's spokesperson: "Kabid Humas Polda X"
PUBLIC_RELATIONS = frozenset(["humas", "penerangan", "penkum"])
DEPUTIES = frozenset(deputy_titles([*UNIT_TITLES, *OFFICE_TITLES]))
# clipped title -> the relation of its holder to the organisation after it
ROLES = {**dict.fromkeys(UNIT_TITLES, "OFFICIAL_OF"), **OFFICE_TITLES, **dict.fromkeys(DEPUTIES, "OFFICIAL_OF")}


def unit_title(word: str) -> bool:
    """A clipped title of a unit's head, or its deputy's ("kasat", "wakasat", "dirjen")."""
    return word in UNIT_TITLES or (word in DEPUTIES and word[len(DEPUTY) :] in UNIT_TITLES)


def speaks_for(role: str) -> bool:
    """The role is the head of a public-relations unit: "Kabid Humas", "Kasi Humas"."""
    return any(word in PUBLIC_RELATIONS for word in role.lower().split())


def name_start(doc: Doc, start: int, end: int, known: Container[int] = ()) -> int:
    """Where the name starts in ``doc[start:end]`` that opens with a clipped title: after a
    unit head's title, at the organisation after the unit's words
    ("Kasat Lantas [Polres Sleman]"), ``end`` when none follows ("[Kasat Reskrim]": no name)
    or only its head word, its region outside ("[Kabid Humas Polda] Jateng": the role rule
    joins them),
    and so right after the title ("Kadiv Humas [Polri]"); after another title, right after
    it ("Wadirut [Bulog]"). ``known``: the starts of gazetteer names."""
    word = doc[start].lower_ if start < end else ""
    if unit_title(word):
        at = _organisation_at(doc, start + 1, end, known) or end
        return end if at == end - 1 and doc[at].lower_ in lx.ORG_HEADS else at  # "Kabid Humas [Polda]" Jateng
    if start > 0 and unit_title(doc[start - 1].lower_):
        return _organisation_at(doc, start, end, known) or start  # "Kadiv [Humas] Polri"
    return start + 1 if word in ROLES else start


def _organisation_at(doc: Doc, start: int, end: int, known: Container[int]) -> int | None:
    return next((k for k in range(start, end) if k in known or _opens_organisation(doc[k].text)), None)


def _opens_organisation(text: str) -> bool:
    """An organisation's head word ("Polres", "Kejari", "Kementerian") or a ministry's
    short form ("Kemenkeu", "Kemenhub")."""
    return text.lower() in lx.ORG_HEADS or lx.ministry_word(text)
