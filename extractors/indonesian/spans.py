"""Span boundaries: the trained NER's spans merged with the rule spans, then trimmed to
the named part (headline verbs, sentence starters), a party's board cut to the party, a
compass word joined to its place, side-by-side person spans joined, and names with a
bracketed acronym or alias ("Mahkamah Konstitusi (MK)") kept together."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.cues import NAME_HEADS, capital_city, name_like, sentence_initial
from kg.extractors.indonesian.gazetteer import names_of
from kg.extractors.indonesian.lemmas import is_common_phrase, is_common_word
from kg.extractors.indonesian.postags import headline_root_verbs
from kg.extractors.indonesian.regional_names import inner_short_form
from kg.extractors.indonesian.subheadings import before_opener


def join_article(spans: list[Span]) -> list[Span]:
    """The English article the NER left alone joins the name right after it: "[The] [Fed
    Jerome Powell]" -> "The Fed Jerome Powell" (the glued-name cut then finds the person)."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.text == "The" and prev.end == span.start:
            out[-1] = Span(span.doc, prev.start, span.end, label=span.label_, kb_id=span.kb_id_)
        else:
            out.append(span)
    return [s for s in out if s.text != "The"]


def join_people(spans: list[Span]) -> list[Span]:
    """Two person names the model put side by side are one: "[Muhammad Atabika] [Farma Nanda]"."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        person = prev is not None and prev.doc[prev.start].ent_type_ == "PER"  # the NER's person first
        if prev is not None and prev.end == span.start and _short_name(prev, person) and _short_name(span, person):
            out[-1] = Span(span.doc, prev.start, span.end, label="PERSON")
        else:
            out.append(span)
    return out


def _short_name(span: Span, persons: bool = False) -> bool:
    """One or two plain words of a person's name (no acronym, hyphen or common word; after a
    span the NER typed a person, a common word capitalised mid-sentence is a name's:
    "Andi Winarno [Eka Putra]", not "[Jasa Marga] Rivan Purwantono", an organisation's span
    a title before it made a person)."""
    words = (t.is_alpha and (name_like(t) or (persons and _name_word(t))) for t in span)
    return span.label_ == "PERSON" and len(span) <= 2 and all(words)


def _name_word(token: Token) -> bool:
    capitalised = token.text[:1].isupper() and not token.is_upper and not sentence_initial(token.doc, token.i)
    return capitalised and is_common_word(token.text) and not lx.is_date_word(token.lower_) and not _titled(token)


def _titled(token: Token) -> bool:
    lower = token.lower_.rstrip(".")
    return lower in lx.TITLES or lower in lx.ROLE_NOUNS or lower in lx.OCCUPATIONS or lower in lx.HONORIFICS


def named_part(doc: Doc, span: Span) -> Span | None:
    """The span without the common words capitalised only by their position: a headline's
    Title Case verbs ("Ahmad Luthfi [Sebut]"), a sentence starter that is a common word
    ("Bersekolah", "Demo"), a "person" of common words there ("Massa Demo"). Mid-sentence,
    only an untyped one-word span that is a common word goes; typed spans and gazetteer
    names are kept as they are (*Vena*, *Akbar* are names there). Anywhere, a name ends
    before a sentence's opening word a lost line break glued to it (:mod:`subheadings`).
    Spans come within one line (the mention finder cuts the NER's at line breaks)."""
    span = before_opener(span)
    if span is None:
        return None
    headline = span.end_char <= (doc._.kg_headline or 0)
    if span.kb_id_ or not (headline or sentence_initial(doc, span.start)):
        untyped_word = span.label_ == "MISC" and len(span) == 1 and is_common_word(span.text)
        return None if untyped_word else span  # "Suasana", "Rencana" capitalised for emphasis
    roots = headline_root_verbs(doc) if headline else frozenset()
    start = span.start
    while start < span.end - 1 and doc[start].lower_ in roots:
        start += 1  # "Gempa [Guncang] Cianjur": a headline's bare verb
    common = (t.i for t in doc[start : span.end] if is_common_word(t.text) or t.lower_ in roots)
    end = next(common, span.end) if headline else span.end
    end = _body_prefix(doc, start, end) if headline else end
    if headline and end < span.end and (written := _written_prefix(doc, start, span.end)) is not None:
        end = max(end, written)  # "[Jasa Marga] Tingkatkan ...": common words the body writes as a name
    while span.label_ != "PERSON" and start < end - 1 and _starter(doc[start]):
        start += 1  # "[Laporan] Global Energy Alliance"
    words = [t for t in doc[start:end] if not (t.is_punct or t.is_space)]
    if (
        not words
        or all(is_common_word(t.text) or t.like_num for t in words)
        and (len(words) == 1 or span.label_ == "PERSON")
    ):
        return None  # "Bawa [8] Tuntutan": a number is no name either
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


def common_person(span: Span) -> bool:
    """A "person" of common words only (:func:`lemmas.is_common_phrase`)."""
    return span.label_ == "PERSON" and is_common_phrase([t.text for t in span if not t.is_space])


def _body_prefix(doc: Doc, start: int, end: int) -> int:
    """A headline name the body does not write, cut to its longest start the body writes
    ("[Eddy Soeparno] Serap Aspirasi", "[Prabowo] Tunggangi Maung": Title Case verbs)."""
    text, body = lx.doc_text(doc), doc._.kg_headline or 0
    if end - start < 2 or text.find(doc[start:end].text, body) >= 0:
        return end
    return _written_prefix(doc, start, end - 1, shortest=1) or end


def _written_prefix(doc: Doc, start: int, end: int, shortest: int = 2) -> int | None:
    """The end of the longest start of a headline span (``doc[start:end]`` or shorter, of
    ``shortest`` words or more) that the body writes as it is, as whole words ("Jasa Marga",
    two common words capitalised as a name)."""
    text, body = lx.doc_text(doc), doc._.kg_headline or 0
    return next((k for k in range(end, start + shortest - 1, -1) if _written(text, doc[start:k].text, body)), None)


def _written(text: str, name: str, after: int) -> bool:
    """``name`` occurs in ``text`` after ``after`` as whole words."""
    at = text.find(name, after)
    while at >= 0:
        before, following = text[at - 1 : at], text[at + len(name) : at + len(name) + 1]
        if not before.isalnum() and not following.isalnum():
            return True
        at = text.find(name, at + 1)
    return False


def _starter(token: Token) -> bool:
    """A common word opening a sentence that is no head of a name ("Partai", "Gedung")."""
    lower = token.lower_
    if capital_city(token):
        return False
    kept = lower in lx.ORG_WORDS or lower == "pemerintah" or any(lower in h for h, _ in NAME_HEADS)
    return is_common_word(token.text) and not kept


def party_of(span: Span) -> Span:
    """A party's board is the party, a numbered commission its parliament:
    "[Dewan Pimpinan Pusat] Partai Demokrat", "[DPD] Partai Golkar", "[Komisi II] DPR"."""
    if span.label_ != "ORG":
        return span
    lowers = [t.lower_ for t in span]
    if len(span) > 2 and lx.is_not_name(f"{lowers[0]} {lowers[1]}"):
        return Span(span.doc, span.start + 2, span.end, label="ORG")
    for prefix in lx.PARTY_UNITS:
        n = len(prefix)
        rest = span[n:] if tuple(lowers[:n]) == prefix else None
        if rest and rest[0].text[:1].isupper() and (n > 1 or rest[0].lower_ == "partai"):
            return Span(span.doc, rest.start, rest.end, label="ORG", kb_id=span.kb_id_)
    return span


# heads of a ministry's units, written before the ministry: "Direktorat Jenderal Pajak Kementerian Keuangan"
MINISTRY_UNITS = frozenset(["direktorat", "ditjen", "badan", "pusat", "biro", "inspektorat", "sekretariat", "satuan"])


def split_nested_organisation(span: Span, known: dict[tuple[int, int], Span]) -> list[Span]:
    """A house and a faction in it written as one name are two organisations, the faction
    named by its party: "[DPR] Fraksi [PDIP]", "[DPRD Jawa Barat] Fraksi [Golkar]" (the unit
    rule makes "Fraksi PDIP" part of the party, and "Anggota Komisi II DPR Fraksi PDIP, X"
    a member of the party, as "... DPR dari Fraksi PDIP, X" is); so are a ministry's unit
    and the ministry after it:
    "[Direktorat Jenderal Pajak] [Kementerian Keuangan]", "[Ditjen Pendis] [Kemenag]".
    ``known``: the gazetteer's spans by offsets."""
    if span.label_ != "ORG":
        return [span]
    k = next((t.i for t in span[1:-1] if t.text == "Fraksi"), None)
    if k is None and span[0].lower_ in MINISTRY_UNITS:
        k = next((t.i for t in span[2:] if lx.ministry_word(t.text)), None)
    if k is None:
        return [span]
    parts = ((span.start, k), (k + 1 if span.doc[k].text == "Fraksi" else k, span.end))
    return [known.get(part) or Span(span.doc, *part, label="ORG") for part in parts]  # a gazetteer name keeps its entry


def with_direction(span: Span) -> Span:
    """A place and the lower-case compass word after it are one region: "Afrika timur",
    "Israel utara" (a place of its own, no longer the country's gazetteer entry)."""
    if span.label_ not in ("GPE", "LOC") or span.end >= len(span.doc) or span.doc[span.end].text not in lx.DIRECTIONS:
        return span
    return Span(span.doc, span.start, compass_end(span.doc, span.end, len(span.doc)), label="LOC")


def compass_end(doc: Doc, end: int, limit: int) -> int:
    """The end of the compass word(s) right after a place ending at ``end`` ("Jakarta
    [Selatan]", "Afrika [barat laut]"), not beyond ``limit``; ``end`` when there are none."""
    if end >= limit or doc[end].lower_ not in lx.DIRECTIONS:
        return end
    two = end + 1 < limit and f"{doc[end].lower_} {doc[end + 1].lower_}" in lx.DIRECTIONS  # "barat laut"
    return end + (2 if two else 1)


def join_bracketed(spans: list[Span]) -> list[Span]:
    """An organisation or place name and its acronym in brackets become one mention:
    "Mahkamah Konstitusi (MK)" (person names keep their nickname apart: "Joko Widodo (Jokowi)")."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and _acronym_after(prev, span):
            doc = span.doc
            kb = prev.kb_id_ or span.kb_id_
            out[-1] = Span(doc, prev.start, span.end + 1, label=prev.label_, kb_id=kb)
        else:
            out.append(span)
    return out


def _acronym_after(name: Span, acronym: Span) -> bool:
    """``acronym`` fills the brackets right after ``name``: one short form ("(MK)",
    "(Kemensos)") or a name with its acronym ("(Luxembourg Institute of Socio-Economic Research/LISER)")."""
    doc = name.doc
    return (
        name.label_ not in ("PERSON", "MISC")
        and acronym.start == name.end + 1
        and doc[name.end].text == "("
        and acronym.end < len(doc)
        and doc[acronym.end].text == ")"
        and (acronym.text[:1].isupper() if len(acronym) == 1 else "/" in acronym.text)
        and not (name.kb_id_ and acronym.kb_id_ and name.kb_id_ != acronym.kb_id_)
        and not spells_tail(acronym.text, name)
        and not _names_the_tail(name, acronym)
        and not _cut_short(name, acronym)
    )


def _names_the_tail(name: Span, acronym: Span) -> bool:
    """The brackets hold a known place's short form that the name ends with in full: "Bank
    Indonesia Kalimantan Timur (Kaltim)" is the bank's office, not the province."""
    text = name.text
    return bool(acronym.kb_id_) and any(
        text.endswith(f" {n}") for n in names_of().get(acronym.kb_id_, ())
    )  # only a strict tail: "Komisi Pemilihan Umum (KPU)" is the commission


def _cut_short(name: Span, acronym: Span) -> bool:
    """The brackets hold the short form of a longer name the NER cut ("Gabungan Industri
    Kendaraan Bermotor [Indonesia] (Gaikindo)", "Tangerang, [Banten] (CGK)"): the short
    form starts with another letter than ``name``, and ``name`` is one word or ends a
    longer run of capitalised words."""
    doc = name.doc
    firsts = {name[0].lower_[:1]}
    if len(name) > 1 and name[0].lower_ in UNSPELLED_HEADS:
        firsts.add(name[1].lower_[:1])
    if acronym.text[:1].lower() in firsts:  # "PT Astra Honda Motor (AHM)"
        return False
    before = doc[name.start - 1] if name.start > 0 else None
    return len(name) == 1 or (before is not None and before.text[:1].isupper())


LEGAL = frozenset({"pt", "cv", "pd", "perum", "persero"})
# heads a short form leaves out: "Kementerian Energi dan Sumber Daya Mineral (ESDM)"
UNSPELLED_HEADS = LEGAL | frozenset({"kementerian", "badan", "dinas", "direktorat"})


def all_capitals(text: str) -> bool:
    """An acronym written in capitals only ("DPR", "IKN"), two letters or more."""
    return len(text) >= 2 and text.isupper() and text.isalpha()


def addressed_initials(doc: Doc, start: int, end: int) -> bool:
    """Capitals after a form of address or *berinisial* are a person's initials: "saudara
    [AS]", "Sdr. [HPS]", "pria berinisial [AS]" (not the United States)."""
    word = doc[start].text
    before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
    if before == "" and start > 1 and doc[start - 1].text == ".":
        before = doc[start - 2].lower_
    cue = before in lx.HONORIFICS or before in lx.INITIALS
    return end - start == 1 and initials_like(word) and cue


def initials_like(word: str) -> bool:
    """One to four capitals, as a person's initials are written ("AS", "HPS")."""
    return word.isupper() and len(word) <= 4


def aged(doc: Doc, start: int, end: int) -> bool:
    """A name right before an age in brackets is a person's: "Samina (42)", "AP (19 tahun)"
    (a date in brackets is written with a slash: "Senin (4/11)")."""
    return after_age(doc, end) is not None


def after_age(doc: Doc, end: int) -> int | None:
    """The token after an age in brackets at token ``end`` ("(42)", "(19 tahun)"), if one is there."""
    k = end + (end < len(doc) and doc[end].text == "(")
    if k == end or k >= len(doc) or not (doc[k].text.isdigit() and len(doc[k].text) <= 2 and doc[k].text[0] != "0"):
        return None
    k += k + 1 < len(doc) and doc[k + 1].lower_ == "tahun"
    return k + 2 if k + 1 < len(doc) and doc[k + 1].text == ")" else None


def initials(span: Span) -> str:
    return "".join(t.text[0] for t in span if t.text[:1].isupper()).upper()


def spells_tail(acronym: str, span: Span) -> bool:
    """ "Panja RUU Ibu Kota Negara (IKN)": the short form names only the end of the span,
    not all of it (the span then is something of that thing, not the thing)."""
    short, first = acronym.upper(), 1 if span[0].lower_ in UNSPELLED_HEADS else 0  # "PT Perusahaan Gas Negara (PGN)"
    return short != initials(span[first:]) and any(short == initials(span[k:]) for k in range(first + 1, len(span)))


def bracket_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """ "Name (ACR)" from the model is merged as two spans, the name and what the brackets
    hold, so that rules may still widen the name; :func:`join_bracketed` rejoins them."""
    opened = _bracket_open(doc[start:end]) if end > start else None
    if opened is None:
        return [(start, end)] if end > start else []
    return [(start, start + opened), (start + opened + 1, end - 1)]


def _bracket_open(span: Span) -> int | None:
    """Index of the "(" in "Name (ACR)" / "Name (Other Name/ACR)", a span that ends with ")";
    the last bracket: "PT Bank Mandiri (Persero) Tbk [(]BMRI)" names the bank with its legal form."""
    texts = [t.text for t in span]
    if len(texts) < 4 or texts[-1] != ")" or "(" not in texts[1:-2]:
        return None
    opened = len(texts) - 1 - texts[::-1].index("(")
    if opened > len(texts) - 3 or ")" in texts[opened:-1]:
        return None
    return opened if span[opened + 1].text[:1].isupper() else None


def bracket_names(span: Span) -> list[str] | None:
    """ "Kantor Berita Pusat Korea (KCNA)", "Lembaga Riset (Luxembourg Institute/LISER)": one
    mention spelling several names (the entity layer makes all but the first aliases); so
    does a short form inside: "Pemerintah Kota (Pemkot) Bandung" is "Pemerintah Kota
    Bandung" and "Pemkot Bandung"."""
    opened = _bracket_open(span)
    if opened is None:
        return inner_short_form(span)
    inner = span[opened + 1 : -1].text
    return [span[:opened].text, *(part.strip() for part in inner.split("/") if part.strip())]


def model_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names of an NER span as the mention finder keeps them: apart from its brackets
    (:func:`bracket_parts`), cut at a closing bracket whose opening one the span began
    before ("(BI) Jawa Timur" after "Bank Indonesia": the short form "BI", which
    :func:`join_bracketed` joins to its name, and "Jawa Timur"), and ended before a slash
    and the title after it ("Tata Ruang[/Kepala]")."""
    texts = [t.text for t in doc[start:end]]
    if start > 0 and doc[start - 1].text == "(" and ")" in texts and "(" not in texts[: texts.index(")")]:
        close = start + texts.index(")")
        return [part for a, z in ((start, close), (close + 1, end)) if z > a for part in model_parts(doc, a, z)]
    end = next((k for k in range(start + 1, end - 1) if _second_title(doc, k)), end)
    return bracket_parts(doc, start, bracket_end(doc, start, end))


def _second_title(doc: Doc, k: int) -> bool:
    """A slash before a title: a second title of the same holder begins ("Menteri Agraria
    dan Tata Ruang/[Kepala] BPN Nusron Wahid"), which no name runs into."""
    return doc[k].text == "/" and doc[k + 1].lower_ in lx.TITLES


def bracket_end(doc: Doc, start: int, end: int) -> int:
    """Where a span ends: before an unclosed bracket it runs into, before a stray closing one."""
    texts = [t.text for t in doc[start:end]]
    if "(" not in texts:
        return end - 1 if texts[-1] == ")" else end
    opened = texts.index("(")
    return end if ")" in texts[opened:] else start + opened
