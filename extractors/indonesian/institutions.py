"""A generic word for an institution stands for the one of its kind the article names.

News names a police unit, a prosecutor's office or a government once and then calls it
*polisi*, *kejaksaan*, *pemerintah*: "Polres Tasikmalaya Kota menangkap ... polisi
menyita ..." is one police. :func:`institution_kind` tells the kind a named mention
is of (by its first words: *Polres*, *Kejari*, *Pemkab*, *Pemerintah Indonesia*, ...);
:func:`generic_kinds` the kinds a generic phrase may stand for; :meth:`Institutions.referent`
picks, among the article's named mentions, the nearest one of such a kind before the
phrase (in the headline, the first after it). Used by the fact builder for a noun phrase
that is a fact's argument; the phrase becomes an alias of the named entity. So does a noun
phrase that writes one of a named entity's names (:meth:`Institutions.written`:
"Kejaksaan Negeri (Kejari) Sidoarjo" where the NER named "Kejaksaan Negeri Sidoarjo").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.ids import name_key, normalize_name
from kg.model import Entity
from kg.names import without_brackets

MENTIONS = "kg_mentions"

POLICE, PROSECUTION, NATIONAL, REGIONAL, COURT = "police", "prosecution", "national", "regional", "court"

# the first word of a named institution of each kind: "Polres Tasikmalaya Kota", "Kejari Solo"
NAMED_BY_FIRST = {
    **dict.fromkeys(["polri", "polda", "polres", "polresta", "polrestabes", "polsek", "bareskrim"], POLICE),
    **dict.fromkeys(["kejagung", "kejari", "kejati"], PROSECUTION),
    **dict.fromkeys(["pemkab", "pemkot", "pemprov", "pemda"], REGIONAL),
    "pn": COURT,
}
# heads that name an institution only with more words: "Kepolisian Resor Bogor", "Kejaksaan
# Agung", "Pengadilan Negeri Jakarta Selatan", "Pemerintah Indonesia"
NAMED_HEADS = {"kepolisian": POLICE, "kejaksaan": PROSECUTION, "pengadilan": COURT, "pemerintah": NATIONAL}
LEVELS = frozenset(["provinsi", "kabupaten", "kota", "daerah"])
ALONE = frozenset(["polri", "kejagung", "bareskrim"])  # one word that is the national institution

# generic phrases (lower case, without "pihak" / "itu" / "tersebut") -> kinds they stand for
GENERIC = {
    "polisi": (POLICE,),
    "kepolisian": (POLICE,),
    "aparat kepolisian": (POLICE,),
    "kejaksaan": (PROSECUTION,),
    "pemerintah": (NATIONAL,),
    "pemerintah pusat": (NATIONAL,),
    "pemerintah daerah": (REGIONAL,),
    "pemda": (REGIONAL,),
    "pemerintah provinsi": (REGIONAL,),
    "pemprov": (REGIONAL,),
    "pemerintah kabupaten": (REGIONAL,),
    "pemkab": (REGIONAL,),
    "pemerintah kota": (REGIONAL,),
    "pemkot": (REGIONAL,),
    "pengadilan": (COURT,),
}
AROUND = frozenset(["pihak", "itu", "tersebut", "ini", "setempat"])


def _words(span: Span) -> list[str]:
    return [t.lower_ for t in span if not (t.is_punct or t.is_space)]


def generic_kinds(span: Span) -> tuple[str, ...]:
    """The kinds of institution a generic phrase stands for ("pihak kepolisian": police)."""
    return GENERIC.get(_generic(span), ())


def home_government(span: Span) -> bool:
    """*pemerintah* alone ("pihak pemerintah", "pemerintah itu"): where the article names no
    government before it, its country's own, as the annotations resolve it (65 of the 86
    annotated arguments written so in the training articles; 19 keep the word, 2 name
    another government)."""
    return _generic(span) == "pemerintah"


def _generic(span: Span) -> str:
    return " ".join(w for w in _words(span) if w not in AROUND)


def institution_kind(span: Span) -> str | None:
    """The kind of a named institution by its first words; None for anything else (and
    for a generic word alone, which names no one institution). A country right after
    *pemerintah* stands for its government ("pemerintah [Australia]"), as the phrase does."""
    if span.label_ == "GPE" and span.start > 0 and span.doc[span.start - 1].lower_ == "pemerintah":
        return NATIONAL
    words = _words(span)
    if not words or (len(words) == 1 and words[0] not in ALONE):
        return None
    named = len(words) > 1 and span[1].text[:1].isupper()  # "Pemerintah Indonesia", not "pemerintah daerah"
    if words[0] in NAMED_BY_FIRST and (named or words[0] in ALONE):
        return NAMED_BY_FIRST[words[0]]
    if words[0] in NAMED_HEADS and named:
        kind = NAMED_HEADS[words[0]]
        return REGIONAL if kind == NATIONAL and words[1] in LEVELS else kind
    return None


class Institutions:
    """The article's named institutions (ORG or GPE mentions of a kind) by position; the
    entities generic words stood for, with those words as aliases (``aliased``)."""

    def __init__(self, doc: Doc, named: dict[str, Entity], links: dict[tuple[int, int], str]) -> None:
        self.named, self.links = named, links
        self.aliased: dict[str, Entity] = {}
        self.index: list[Span] | None = None  # built on first use
        self.by_name: dict[str, str] | None = None  # name key -> the one named entity of it, built on first use
        self.doc = doc

    def entity(self, span: Span) -> Entity | None:
        """The named entity a generic phrase stands for, with the phrase as an alias."""
        ref = self.referent(span)
        if ref is None:
            return None
        return self.alias(self.links[(ref.start_char, ref.end_char)], span)

    def written(self, span: Span) -> Entity | None:
        """The one named entity whose name or alias the phrase writes (case and bracketed
        short forms aside: "Kejari Sidoarjo", "Kejaksaan Negeri (Kejari) Sidoarjo"), with the
        phrase as an alias; None when no name or two entities' names fit."""
        if self.by_name is None:
            keys: dict[str, set[str]] = {}
            for eid, entity in self.named.items():
                for name in (entity.name, *entity.aliases):
                    keys.setdefault(_key(name), set()).add(eid)
            self.by_name = {key: next(iter(ids)) for key, ids in keys.items() if len(ids) == 1}
        eid = self.by_name.get(_key(span.text))
        return self.alias(eid, span) if eid is not None else None

    def alias(self, eid: str, span: Span, etype: str = "") -> Entity:
        """The named entity ``eid`` with the phrase ``span`` as one more alias (and the type
        ``etype`` when the phrase says what the name's type did not)."""
        entity, phrase = self.aliased.get(eid) or self.named[eid], normalize_name(span.text)
        if etype and etype != entity.type:
            entity = self.aliased[eid] = replace(entity, type=etype)
        if phrase != entity.name and phrase not in entity.aliases:
            entity = replace(entity, aliases=tuple(sorted({*entity.aliases, phrase})))
            self.aliased[eid] = entity
        return entity

    def referent(self, span: Span) -> Span | None:
        """The named institution a generic phrase stands for: the nearest of its kind
        before it; in the headline, which speaks before the body names it, the first after
        it; else None (a generic word before any name is meant generically)."""
        kinds = generic_kinds(span)
        if not kinds:
            return None
        if self.index is None:
            self.index = sorted((s for s in self.doc.spans.get(MENTIONS, []) if self._typed(s)), key=lambda s: s.start)
        fits = [s for s in self.index if institution_kind(s) in kinds and s.start != span.start]
        if not fits:
            return None
        k = bisect_right([s.start for s in fits], span.start)
        if k > 0:
            return fits[k - 1]
        return fits[0] if span.start_char < (span.doc._.kg_headline or 0) else None

    def _typed(self, span: Span) -> bool:
        eid = self.links.get((span.start_char, span.end_char))
        return eid is not None and self.named[eid].type in ("ORG", "GPE") and institution_kind(span) is not None


def _key(name: str) -> str:
    return name_key(without_brackets(name))
