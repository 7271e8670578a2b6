"""Regional governments by name: "Pemerintah Provinsi Jawa Tengah", "Pemerintah Kota
(Pemkot) Bandung".

:func:`join_office_region` (a mention step) makes one organisation of a regional
government and the region after it, its short form in brackets between or not, which the
gazetteer's place would otherwise cut off, leaving a "Pemerintah Provinsi" that every
province's government shares; :func:`inner_short_form` gives such a name's other
spellings ("Pemkot Bandung"), which the entity layer takes as aliases, and
:func:`government_key` links "Pemprov Jateng" to it within an article.
A national body's regional office written out joins its region the same way, its short
form between or not ("Kejaksaan Negeri (Kejari) Sidoarjo", as "Kejari Sidoarjo" is one
name). An agency before its region stays apart from it ("Dinas Perhubungan (Dishub)
[Kabupaten Serang]": the annotations make the agency PART_OF the regency). :func:`regional_body`
finds a regional office and its region inside a run of capitalised words after a unit's
name ("Seksi Intelijen [Kejari Jayawijaya]"), where the run is cut in two.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.cues import head_word
from kg.extractors.indonesian.gazetteer import LEVELS, gazetteer, names_of, place_levels
from kg.extractors.indonesian.heads import REGIONAL_ORGS
from kg.extractors.indonesian.regions import is_region

# the level of a regional government by the words that open its name
GOVERNMENT_LEVELS = {
    "pemerintah provinsi": "provinsi",
    "pemprov": "provinsi",
    "pemerintah kabupaten": "kabupaten",
    "pemkab": "kabupaten",
    "pemerintah kota": "kota",
    "pemkot": "kota",
}
# a region's government, written before the region ("Pemerintah Provinsi Jawa Tengah")
GOVERNMENTS = frozenset([*GOVERNMENT_LEVELS, "pemerintah daerah"])
# regional offices of national bodies, spelt out and short, by the words that open their
# names: "Kejaksaan Negeri Sidoarjo" is "Kejari Sidoarjo" (longest opening first)
REGIONAL_OFFICES = {
    "kejaksaan negeri": "kejari",
    "kejaksaan tinggi": "kejati",
    "kepolisian daerah": "polda",
    "kepolisian resor kota besar": "polrestabes",
    "kepolisian resor kota": "polresta",
    "kepolisian resort kota": "polresta",
    "kepolisian resor": "polres",
    "kepolisian resort": "polres",
    "kepolisian sektor": "polsek",
    **{short: short for short in ("kejari", "kejati", "polda", "polrestabes", "polresta", "polres", "polsek")},
}
OFFICE_OPENINGS = tuple(sorted(REGIONAL_OFFICES, key=len, reverse=True))


@lru_cache(maxsize=1)
def known_places() -> dict[str, str]:
    """Every written name of a gazetteer place, case-folded -> the place's canonical name."""
    places = [entry for entry in gazetteer() if entry.type in ("GPE", "LOC")]
    return {surface.casefold(): entry.name for entry in places for surface in entry.names}


def government_key(key: str) -> str | None:
    """The region and level of a regional government's name key, the region as the
    gazetteer knows it: "pemprov jateng" and "pemerintah provinsi jawa tengah" are both
    "provinsi:Central Java"; None for any other name."""
    for opening, level in GOVERNMENT_LEVELS.items():
        if key.startswith(opening + " "):
            place = key[len(opening) + 1 :].strip()
            return f"{level}:{known_places().get(place, place)}" if place else None
    return None


def regional_office_key(key: str) -> str | None:
    """The office and its region of a regional office's name key: "kejari sidoarjo" and
    "kejaksaan negeri sidoarjo" are both "kejari:sidoarjo"; None for any other name."""
    for opening in OFFICE_OPENINGS:
        if key.startswith(opening + " "):
            place = key[len(opening) + 1 :].strip()
            return f"{REGIONAL_OFFICES[opening]}:{place}" if place else None
    return None


def join_office_region(spans: list[Span]) -> list[Span]:
    """A regional government or a national body's regional office and its region are one
    organisation: "Pemerintah Provinsi Jawa Tengah", "Pemerintah Provinsi (Pemprov) Jawa
    Tengah", "Kejaksaan Negeri (Kejari) Sidoarjo" (not "Kejaksaan Negeri" and the regency);
    never with a country."""
    out: list[Span] = []
    for span in spans:
        start = _office_before(out, span)
        if start is None:
            out.append(span)
            continue
        while out and out[-1].start >= start:
            out.pop()
        out.append(Span(span.doc, start, span.end, label="ORG"))
    return out


def _office_before(out: list[Span], region: Span) -> int | None:
    """Where the regional government right before ``region`` (or before its short form in
    brackets there) starts, if one is."""
    doc = region.doc
    place = region.label_ in ("GPE", "LOC") or is_region(region.text)  # "Bandung" before its typing
    if not out or not place or place_levels().get(region.kb_id_, 0) >= LEVELS["country"]:
        return None
    k = region.start
    if k >= 4 and doc[k - 1].text == ")" and doc[k - 3].text == "(" and out[-1].start == k - 2:
        out = out[:-1]  # the short form between: "Pemerintah Provinsi (Pemprov) Jawa Tengah"
        k -= 3
    office = out[-1] if out else None
    if office is None or office.end != k or office.label_ == "PERSON" or office.kb_id_:
        return None
    name = office.text.lower()
    if name.endswith(")") and " (" in name:
        name = name.rsplit(" (", 1)[0]  # the NER's span with its short form: "Kejaksaan Negeri (Kejari)"
    return office.start if name in GOVERNMENTS or name in REGIONAL_OFFICES else None


def inner_short_form(span: Span) -> list[str] | None:
    """The names of a name with a short form inside brackets before its region: "Pemerintah
    Kota (Pemkot) Bandung" spells "Pemerintah Kota Bandung" and "Pemkot Bandung" too."""
    texts = [t.text for t in span]
    if "(" not in texts[1:-3] or texts[-1] == ")":
        return None
    opened = texts.index("(")
    if texts[opened + 2] != ")" or not texts[opened + 1][:1].isupper():
        return None
    head, short, rest = span[:opened].text, texts[opened + 1], span[opened + 3 :].text
    area = rest.split()[0].lower() in ("kabupaten", "kota", "provinsi")
    place = area or is_region(rest) or rest.casefold() in known_places()
    return [f"{head} {rest}", f"{short} {rest}", span.text] if place else None


def regional_body(doc: Doc, start: int, end: int) -> int | None:
    """Where a regional office ("Kejari", "Polres", "DPRD") and the region after it begin
    inside the run of capitalised words ``start:end`` that no head word opens: a unit's
    name is written before its office ("Seksi Intelijen Kejari Jayawijaya")."""
    if head_word(doc[start]) in lx.ORG_HEADS or head_word(doc[start]) in lx.LOC_HEADS:
        return None
    return next((k for k in range(start + 1, end - 1) if doc[k].lower_ in REGIONAL_ORGS), None)


# the spelt-out openings of the short forms of regional offices and governments
SPELLED_OUT = {
    "kejari": "Kejaksaan Negeri",
    "kejati": "Kejaksaan Tinggi",
    "polda": "Kepolisian Daerah",
    "polres": "Kepolisian Resor",
    "polresta": "Kepolisian Resor Kota",
    "polrestabes": "Kepolisian Resor Kota Besar",
    "polsek": "Kepolisian Sektor",
    "pemprov": "Pemerintah Provinsi",
    "pemkab": "Pemerintah Kabupaten",
    "pemkot": "Pemerintah Kota",
}

# and back: "Kejaksaan Negeri Sidoarjo" is also "Kejari Sidoarjo" (longest opening first)
SPELLED_OPENINGS = {full: short.title() for short, full in sorted(SPELLED_OUT.items(), key=lambda kv: -len(kv[1]))}


@lru_cache(maxsize=1)
def written_places() -> dict[str, str]:
    """Every written name of a gazetteer place, case-folded -> the place's first Indonesian
    name as the gazetteer writes it ("jateng" -> "Jawa Tengah", "diy" -> "Daerah Istimewa
    Yogyakarta")."""
    places = [entry for entry in gazetteer() if entry.type in ("GPE", "LOC") and entry.names]
    return {surface.casefold(): entry.names[0] for entry in places for surface in entry.names}


def spelled_out(name: str) -> tuple[str, ...]:
    """The other spellings of a regional office's or government's name written short, as
    documents and readers write it in full: "Kejati Jateng" is also "Kejaksaan Tinggi
    Jateng", "Kejaksaan Tinggi Jawa Tengah" and "Kejati Jawa Tengah" (the region by the
    gazetteer's Indonesian name); "Polresta Bogor Kota" "Kepolisian Resor Kota Bogor Kota";
    and a name spelt out also short ("Kejaksaan Negeri Sidoarjo": "Kejari Sidoarjo"). Nothing
    for any other name."""
    short, _, region = name.partition(" ")
    full = SPELLED_OUT.get(short.lower())
    if full is None:
        opening = next((o for o in SPELLED_OPENINGS if name.lower().startswith(o.lower() + " ")), None)
        if opening is None:
            return ()
        full, short, region = opening, SPELLED_OPENINGS[opening], name[len(opening) + 1 :]
    if not region:
        return ()
    place = written_places().get(region.casefold(), region)
    return tuple(
        n
        for n in dict.fromkeys([f"{full} {region}", f"{full} {place}", f"{short} {region}", f"{short} {place}"])
        if n != name
    )


def regional_place(name: str, written: str) -> bool:
    """Whether the place ``name`` (canonical; ``written`` as the text has it) is a region a
    national body keeps an office in: a province, a city or a regency, not a country."""
    level = place_levels().get(name, 0)
    return 0 < level < LEVELS["country"] or (not level and is_region(written))


def office_spellings(body: str, region: str) -> tuple[str, ...]:
    """The names of a national body's office in ``region`` (as written) other than the
    body's short name and the region as written: each Indonesian name the gazetteer gives the
    body (canonical ``body``) with the region as written and by its Indonesian name ("BPS
    NTB": "Badan Pusat Statistik NTB", "Badan Pusat Statistik Nusa Tenggara Barat", "BPS Nusa
    Tenggara Barat")."""
    names = names_of().get(body, ())
    places = dict.fromkeys([region, written_places().get(region.casefold(), region)])
    return tuple(dict.fromkeys(f"{n} {p}" for n in names for p in places))


# words of a body's name that make it a region's or an office's already
REGIONAL_WORDS = frozenset(
    ["wilayah", "kanwil", "perwakilan", "cabang", "daerah", "regional", "provinsi", "kabupaten", "kota"]
)


def regional_name(span: Span) -> bool:
    """Whether an organisation's name is a region's office or body already: a word of
    :data:`REGIONAL_WORDS` or a regional body's short form ("Polda", "DPRD"), or a place
    ("Kantor Wilayah Bea Cukai [Bali]")."""
    places = written_places()
    return any(
        t.lower_ in REGIONAL_WORDS or t.lower_ in REGIONAL_ORGS or t.lower_ in places or is_region(t.text) for t in span
    )
