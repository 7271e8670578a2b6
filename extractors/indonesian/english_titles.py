"""English job titles written in Indonesian news: "PR Manager Oppo, Aryo Meidianto",
"Chief Technology Officer Gojek X", "Vice President Corporate Communication PT Pertamina
(Persero) Fadjar Djoko Santoso", "Founder & CEO Bukalapak Achmad Zaky".

A title is a run of capitalised words ending in a head word (*Manager*, *Director*, *Head*,
*Officer*, *CEO* ...), heads joined by *&* or *and* counted in ("Founder & CEO"). The NER
often takes the title into the name of the organisation after it ("PR Manager Oppo" as an
organisation); :func:`past_title` gives where the name starts without it, and
:func:`title_relation` the role relation the title states, for the role rule:

- the company's head (*CEO*, *Chief Executive Officer*, *President*, *President Director*,
  *Executive Director*, *Chairman*): LEADER_OF;
- a communications title (*Corporate Communication*, *Public Relations*, *PR*):
  SPOKESPERSON_OF, as the annotations write "Vice President Corporate Communication";
- *Director*, *Head*, *Officer*, *Vice President*, *Secretary* ("Corporate Secretary")
  and the chiefs (*CFO*, *CTO*): OFFICIAL_OF; *Manager*, *Specialist*, *Analyst*,
  *Engineer*: EMPLOYEE_OF;
- a founder alone states no schema relation (the title is still no name).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.lemmas import is_common_word

LEADERS = frozenset(["ceo", "president", "chairman", "chairwoman", "chairperson"])
OFFICIALS = frozenset(
    ["director", "head", "officer", "vp", "cfo", "coo", "cto", "cmo", "cio", "cso", "evp", "svp", "secretary"]
)
EMPLOYEES = frozenset(["manager", "specialist", "analyst", "engineer", "supervisor", "consultant", "executive"])
FOUNDERS = frozenset(["founder", "co-founder", "cofounder"])
HEADS = LEADERS | OFFICIALS | EMPLOYEES | FOUNDERS
JOINERS = frozenset(["&", "and"])
# words of a title that make its holder the head: "Chief Executive", "President Director"
TOP = frozenset([("chief", "executive"), ("president", "director"), ("executive", "director")])
DEPUTY = frozenset(["vice", "deputy", "assistant", "senior"])  # "Vice President": not the head
COMMUNICATIONS = frozenset(["communication", "communications", "pr", "relations", "humas"])
# the fields a title names after its head ("Director of Communications", "Vice President
# Corporate Communication", "General Manager After Sales"): taken into the title, not the name
AREAS = frozenset(
    "corporate communication communications public relations affairs marketing sales finance financial "
    "operations operating product products research business development digital technology technical "
    "strategy human resources legal government external internal investor brand engineering design data "
    "risk compliance retail commercial customer service services hospitality talent membership trading "
    "procurement supply chain logistics program project content creative media network security quality "
    "innovation planning partnership partnerships growth regional after domestic international global "
    "licensing division department team".split()
)
LINKS = frozenset(["of", "&", "and", "for"])  # inside a title: "Head of Trading", "Sales & Marketing"
MAX_BEFORE = 4  # capitalised words before the first head ("Head Product Improvement Technical ...")


def title_end(doc: Doc, start: int, end: int) -> int | None:
    """The end of the English title that opens ``doc[start:end]``, else None."""
    first = next((k for k in range(start, min(start + MAX_BEFORE + 1, end)) if doc[k].lower_ in HEADS), None)
    if first is None or not all(_modifier(doc, k) for k in range(start, first)):
        return None
    last = first
    while last + 1 < end:
        if doc[last + 1].lower_ in HEADS:
            last += 1
        elif last + 2 < end and doc[last + 1].lower_ in JOINERS and doc[last + 2].lower_ in HEADS:
            last += 2
        else:
            break
    return _after_areas(doc, last + 1, end)


def _after_areas(doc: Doc, k: int, end: int) -> int:
    """The end of the fields written after a title's head from ``k``: "[of Communications]",
    "[Corporate Communication]", "[Licensing & Retail] for The Coca-Cola Company"; after
    *of*, one capitalised word if it names no known field ("Head of [Hospitality]")."""
    while k < end:
        word = doc[k].lower_
        if word in AREAS or (word in HEADS and doc[k - 1].lower_ in AREAS):
            k += 1  # also a second head after a field: "Vice President Corporate [Secretary]"
        elif k + 1 < end and _linked(doc, k):
            k += 2  # "Sales [& Marketing]", "Head [of Trading]"
        else:
            break
    return k


def _linked(doc: Doc, k: int) -> bool:
    """A link and the field after it ("& Marketing"), or *of* and any capitalised word."""
    word = doc[k].lower_
    return word in LINKS and (doc[k + 1].lower_ in AREAS or (word == "of" and _title_word(doc, k + 1)))


def _after_title(doc: Doc, start: int) -> bool:
    """``start`` follows an English title's head, or fields written after one ("VP of
    Global Licensing & [Retail]")."""
    k = start - 1
    while k >= max(0, start - 6) and (doc[k].lower_ in AREAS or doc[k].lower_ in LINKS or _title_word(doc, k)):
        if doc[k].lower_ in HEADS:
            return True
        k -= 1
    return k >= 0 and doc[k].lower_ in HEADS


def past_title(doc: Doc, start: int, end: int) -> int:
    """Where a name starts after the English title that opens it ("[PR Manager] Oppo"), or
    after the fields of a title right before it ("Vice President [Corporate Communication]")."""
    found = title_end(doc, start, end)
    start = start if found is None else found
    if 0 < start < end and _after_title(doc, start):
        if doc[end - 1].lower_ in AREAS:
            return end  # "SVP [Traffic Operations]": all of it names the title's field
        start = _after_areas(doc, start, end)
        start += start < end and doc[start].lower_ in LINKS  # "Retail [for] The Coca-Cola Company"
    return start


def title_relation(doc: Doc, start: int, end: int) -> str | None:
    """The role relation an English title from ``start`` to ``end`` states (None: none)."""
    words = [t.lower_ for t in doc[start:end]]
    pairs = zip(words, words[1:], strict=False)
    heads = [w for w in words if w in HEADS]
    if any(w in COMMUNICATIONS for w in words):
        return "SPOKESPERSON_OF"
    if DEPUTY.isdisjoint(words) and (not TOP.isdisjoint(pairs) or any(w in LEADERS for w in heads)):
        return "LEADER_OF"
    if any(w in OFFICIALS or w in LEADERS for w in heads):
        return "OFFICIAL_OF"
    return "EMPLOYEE_OF" if any(w in EMPLOYEES for w in heads) else None


def opens_title(doc: Doc, i: int, end: int) -> int | None:
    """The end of an English title that starts at ``i`` (not inside a longer run of
    capitalised words), else None."""
    if i > 0 and (_modifier(doc, i - 1) or doc[i - 1].lower_ in HEADS):
        return None
    return title_end(doc, i, end) if _modifier(doc, i) or doc[i].lower_ in HEADS else None


def _modifier(doc: Doc, k: int) -> bool:
    """A word that specifies a title before its head ("Marketing", "PR", "Senior"), not an
    Indonesian word ("[Menurut] Chief Executive Officer", "[Kata] Brand Manager")."""
    if not _title_word(doc, k):
        return False
    lower = doc[k].lower_
    return lower in DEPUTY or not (lx.is_function_word(lower) or is_common_word(lower))


def _title_word(doc: Doc, k: int) -> bool:
    """A capitalised word of Latin letters that can specify a title ("Marketing", "PR")."""
    text = doc[k].text
    return text[:1].isupper() and text.replace("-", "").isalpha() and text.isascii()
