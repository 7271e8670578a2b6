"""Names the NER glued together: an organisation or place and the person after it, as
written after a title ("Ketua Komisi III DPR Habiburokhman", "Kepala Dinas Pendidikan
Kota Bandung Asep Saeful"), come out of the NER as one name. :func:`split_glued` cuts such
a mention in two where the article itself shows the cut:

- the right part looks like a person's name (capitalised words; no common word first;
  no organisation or place word, acronym, title or gazetteer name) and either follows a
  title or the article writes it, or its first or last word, elsewhere (*Habiburokhman
  mengatakan ...*);
- the right part does not start right after a place noun, regional government or regional
  title ("DPRD [Bantaeng] Budi Santoso" is cut before "Budi"), nor with a word the article
  writes alone as a place ("Dinas Pendidikan [Banjarmasin] Ryan Utama");
- the left part names something that is not a person: the gazetteer knows it, the
  article writes it alone as such, it ends in an acronym (*DPR*, *KPK*), it has an
  organisation word (*Dinas Pendidikan Kota Bandung*), or it is a region: right after a
  place noun or regional body (*DPRD [Bantaeng] Budi*), or one the article names after
  such a word elsewhere (*Wali Kota [Bandung] Farhan* in an article on *Kota Bandung*).

Both conditions must hold. The left part keeps the gazetteer's or the mention's type
(LOC for such a region; ORG when the mention was a person), the right part is a PERSON.

Two more cuts after a title: where the NER began its name inside a minister's portfolio
right after *dan* ("Menteri Desa dan [Pembangunan Daerah Tertinggal Yandri Susanto]"), the
portfolio's words (common words or affixed forms) are cut off and dropped, with any name
the NER found inside the portfolio; and a word glued between *Menteri* and a person the
article names right after that title elsewhere is the portfolio's ("Menteri [Imipas] Agus
Adrianto" ... "ujar Menteri Agus").
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.cues import names_region
from kg.extractors.indonesian.heads import ORG_HEADS, REGIONAL_ORGS
from kg.extractors.indonesian.lemmas import is_common_word, lemma
from kg.extractors.indonesian.postags import lexicon as word_classes
from kg.extractors.indonesian.regions import is_region, regions_in
from kg.extractors.indonesian.spans import all_capitals
from kg.extractors.indonesian.spelled import spelled_names

PERSON_LABELS = ("PERSON", "PER")
PLACE_LABELS = {"LOC", "GPE", "FACILITY"}
COMMON = ("NN", "VB", "JJ", "ADV")  # word classes no name starts with
PORTFOLIO_TITLES = frozenset(["menteri", "menko", "wamen"])  # titles a portfolio follows, not a name


def split_glued(doc: Doc, spans: list[Span], gazetteer: dict[tuple[int, int], Span]) -> list[Span]:
    article = _Article(spans, gazetteer)
    out: list[Span] = []
    for span in spans:
        regions = regions_in(span) if len(span) > 1 else []  # the regencies and cities inside, found once
        cut = _cut(doc, span, article, regions)
        if cut is None and (inside := _begun_inside(doc, span, article, out[-1] if out else None)):
            out = [s for s in out if s.end <= inside[0]]
            out += [Span(doc, inside[0], inside[1], label="ORG"), Span(doc, inside[1], span.end, label="PERSON")]
            continue
        if cut is None:
            out.extend(_region_last(span, article, regions))
            continue
        end = cut - 1 if _rank(doc[cut - 1]) else cut  # "Polda Babel [Kombes] Yeyen Lesmana"
        known = gazetteer.get((span.start, end))
        left = known.label_ if known else ("ORG" if span.label_ in PERSON_LABELS else span.label_)
        if not known and (article.region(doc[span.start : end]) or article.place_word(doc[span.start])):
            left = "LOC"  # "Wali Kota [Bandung] Muhammad Farhan", "(Walkot) [Pekanbaru] Agung"
        title = _title_before(doc, span.start) if not known and _portfolio_end(doc[span.start : end]) else None
        if title is not None:  # words of the title's portfolio: "Menteri [Desa] dan [Pembangunan Daerah Tertinggal]"
            out = [s for s in out if s.end <= title]
        elif end > span.start:
            out.append(Span(doc, span.start, end, label=left, kb_id=known.kb_id_ if known else ""))
        out.append(Span(doc, cut, span.end, label="PERSON"))
    return out


def _begun_inside(doc: Doc, span: Span, article: _Article, previous: Span | None) -> tuple[int, int] | None:
    """A person's name the NER began inside the organisation before it, which the article
    writes whole elsewhere: "Direktur Utama Jasa [Marga Rivan Achmad Purwantono]" with
    "Jasa Marga" alone elsewhere, "[PT Pertamina] [Gas Gamal Imam Santoso]" with "PT
    Pertamina Gas"; or began past the person's first name, after an organisation the
    article names ("Pelatih Persib Bojan [Hodak]" with "Persib Bandung" elsewhere): (start,
    cut) of the organisation, the person after the cut."""
    if span.label_ not in PERSON_LABELS:
        return None
    adjacent = previous is not None and previous.end == span.start
    if adjacent:
        starts = [previous.start] if previous.label_ not in PERSON_LABELS else []
    else:
        starts = []
        for j in range(span.start - 1, max(span.start - 3, previous.end - 1 if previous else -1), -1):
            if not (doc[j].text[:1].isupper() and doc[j].is_alpha) or _title(doc[j].lower_):
                break  # not past a title, nor a region's noun ("Wali Kota [Pekanbaru Agung]")
            if doc[j].lower_ in lx.REGION_BEFORE:
                break
            starts.append(j)
    for start in starts:
        for cut in range(span.start + 1, span.end):
            if article.in_organisation(doc[start:cut]) and _person_like(doc[cut : span.end]):
                return start, cut
        if adjacent:
            continue
        for cut in range(start + 1, span.start):  # the first name before the mention
            if article.opens_organisation(doc[start:cut]) and _person_like(doc[cut : span.end]):
                return start, cut
    return None


def _region_last(span: Span, article: _Article, regions: list[tuple[int, int]]) -> list[Span]:
    """A "person" the NER ended with a regency or city after an organisation is the two:
    "Ketua DPD [Nasdem Sumenep]" -> Nasdem (an organisation), Sumenep (a place)."""
    if span.label_ not in PERSON_LABELS or not regions:
        return [span]
    if regions[-1][1] != span.end or regions[-1][0] == span.start:
        return [span]
    doc, at = span.doc, regions[-1][0]
    if not article.organisation(doc[span.start : at], span.label_):
        return [span]
    return [Span(doc, span.start, at, label="ORG"), Span(doc, at, span.end, label="GPE")]


class _Article:
    """What the article writes alone: its names (with their types) and the words of its
    person names (counted over mentions), and the tokens the gazetteer covers."""

    def __init__(self, spans: list[Span], gazetteer: dict[tuple[int, int], Span]) -> None:
        self.gazetteer = gazetteer
        self.short_forms = _short_forms(spans)
        self.places = {i for (a, b) in gazetteer for i in range(a, b)}
        self.names = {s.text.lower(): s.label_ for s in spans}
        self.people = {s.text.lower() for s in spans if len(s) == 1 and s.label_ in PERSON_LABELS}
        # regions the article names after a place noun or regional body: "Kota Bandung" -> bandung
        self.regions = {s[1:].text.lower() for s in spans if len(s) > 1 and s[0].lower_ in lx.REGION_NOUNS}
        self.labels: dict[str, set[str]] = {}
        for s in spans:
            self.labels.setdefault(s.text.lower(), set()).add(s.label_)
        # first words of persons the article writes right after a title: "ujar Menteri [Agus]"
        self.titled = {
            s[0].lower_ for s in spans if s.label_ in PERSON_LABELS and s.start and _title(s.doc[s.start - 1].lower_)
        }
        self.person_ends = {s.end for s in spans if s.label_ in PERSON_LABELS}
        self.person_starts = {s.start for s in spans if s.label_ in PERSON_LABELS}
        self.words: Counter[str] = Counter()
        for s in spans:
            if s.label_ in PERSON_LABELS or (len(s) == 1 and s.label_ == "MISC"):
                self.words.update({t.lower_ for t in s})

    def person_evidence(self, span: Span, right: Span) -> bool:
        """The right part, or its first or last word, is written elsewhere in the article."""
        if self.names.get(right.text.lower()) in PERSON_LABELS:
            return True
        if span.label_ not in PERSON_LABELS:  # only a person written alone shows a person in a thing's name
            return right[0].lower_ in self.people or right[-1].lower_ in self.people
        counted = span.label_ in PERSON_LABELS or (len(span) == 1 and span.label_ == "MISC")  # in the count
        own = {t.lower_ for t in span} if counted else set()
        return any(self.words[w] > (1 if w in own else 0) for w in (right[0].lower_, right[-1].lower_))

    def after_title_elsewhere(self, span: Span, cut: int) -> bool:
        """A word glued between a title and a person the article names right after that
        title elsewhere: "Menteri [Imipas] Agus Adrianto" ... "ujar Menteri Agus"."""
        doc = span.doc
        glued = span.label_ in PERSON_LABELS and cut == span.start + 1 and span.start > 0
        return glued and doc[span.start - 1].lower_ in PORTFOLIO_TITLES and doc[cut].lower_ in self.titled

    def holder_apart(self, span: Span, title: int) -> bool:
        """The title's holder may be a person named apart from the mention: right before the
        title ("Budi Hartono, Direktur Utama PT Maju Jaya", "Budi selaku mantan Direktur ...")
        or after a comma right after the mention ("Direktur Utama PT Maju Jaya, Agus Salim").
        The title alone then shows no cut before a last word ("PT Maju [Jaya]"); a longer
        right part still is a person after the title (in a list of titled people: "Budi,
        Ketua DPR [Puan Maharani]")."""
        doc, k = span.doc, title - 1
        k -= k >= 0 and doc[k].lower_ in ("mantan", "eks")
        before = k >= 0 and doc[k].lower_ in (",", "selaku") and k in self.person_ends
        after = span.end + 1 < len(doc) and doc[span.end].text == "," and span.end + 1 in self.person_starts
        return before or after

    def in_organisation(self, left: Span) -> bool:
        """The article writes these words as an organisation's name, alone or inside one
        ("Jasa Marga" in "PT Jasa Marga (Persero) Tbk")."""
        words = f" {left.text.lower()} "
        return any("ORG" in labels and words in f" {name} " for name, labels in self.labels.items())

    def opens_organisation(self, left: Span) -> bool:
        """The article writes these words as an organisation's name or its first words
        ("Persib" in "Persib Bandung")."""
        words = left.text.lower()
        return any("ORG" in labels and f"{name} ".startswith(f"{words} ") for name, labels in self.labels.items())

    def place_word(self, token: Token) -> bool:
        """The article writes this word alone as a place, never as a person."""
        labels = self.labels.get(token.lower_, set())
        return bool(labels & PLACE_LABELS) and not labels & {*PERSON_LABELS}

    def named_before(self, span: Span, right: Span) -> bool:
        """An organisation the NER named with the person after it: the article writes the
        person's first word alone as a person ("The Prakarsa [Roby] Rushandie" ... "kata Roby")."""
        return span.label_ == "ORG" and right[0].lower_ in self.people

    def region(self, left: Span) -> bool:
        """A region: after a place noun or regional body, named after one elsewhere, a
        regency or city by name ("Sekretaris DPRD (Sekwan) [Bantaeng] Saharuddin"), or a
        place noun with its name ("Kepala [Desa Sukamaju] Budi")."""
        if names_region(left.doc, left.start, left.end, titles=False) or left.text.lower() in self.regions:
            return True
        if _place_noun_name(left):
            return True
        return is_region(left.text) and not _personal_title_before(left)  # not "Wamendagri [Bima] Arya"

    def organisation(self, left: Span, label: str) -> bool:
        """The left part of a mention of type ``label`` names something that is not a person."""
        known = self.gazetteer.get((left.start, left.end))
        if known is not None:
            return known.label_ not in PERSON_LABELS
        if self.region(left):
            return True  # "DPRD [Bantaeng] Budi", "[Desa Sukamaju] Budi", "Wali Kota [Bandung] Farhan"
        if left.text.lower() in self.short_forms:
            return True  # "Asosiasi Pengusaha Indonesia (Apindo)" ... "Ketua Umum [Apindo] Shinta Kamdani"
        labels = self.labels.get(left.text.lower(), set())
        alone = labels - {*PERSON_LABELS, "MISC"} or (len(left) > 1 and labels == {"MISC"})
        # written alone as a thing; but a person's first word that the NER took for an
        # organisation or a place elsewhere ("[Bayu] Aji", "Bayu menyebut"; "[Purbaya] Yudhi
        # Sadewa") shows no cut, unless a region is expected there ("Kota [Pekanbaru] Agung")
        if alone and (len(left) > 1 or label not in PERSON_LABELS or (labels & PLACE_LABELS and _region_slot(left))):
            return True
        if len(left) > 1 and left[0].text == "The":
            return True  # an English name with its article: "The Fed", "The Prakarsa"
        last = left[-1]
        if (all_capitals(last.text) or lx.ministry_word(last.text)) and last.lower_ not in ORG_HEADS:
            return True  # "Komisi III [DPR]", "Dirjen Perhubungan Laut [Kemenhub]" Agus H Purnomo
        return len(left) > 1 and any(t.lower_ in ORG_HEADS for t in left)


def _place_noun_name(left: Span) -> bool:
    """A place noun and the region's name of one or two capitalised words: "Desa Sukamaju",
    "Kabupaten Kolaka Timur" (no person's name starts with the noun)."""
    noun = left[0].lower_ in lx.REGION_NOUNS and left[0].lower_ not in REGIONAL_ORGS
    return 1 < len(left) <= 3 and noun and all(t.text[:1].isupper() for t in left)


def _short_forms(spans: list[Span]) -> set[str]:
    """The short forms the article brackets after a name they spell ("Apindo"), not after a
    person's ("Joko Widodo (Jokowi)")."""
    if not spans:
        return set()
    doc, people_end = spans[0].doc, {s.end for s in spans if s.label_ in PERSON_LABELS}
    return {doc[end + 1].lower_ for _, end in spelled_names(doc) if end not in people_end}


def _personal_title_before(left: Span) -> bool:
    """A title that is no regional one right before: a person's name follows it."""
    k = left.start - 1
    return k >= 0 and _title(left.doc[k].lower_) and left.doc[k].lower_.rstrip(".") not in lx.REGION_BEFORE


def _region_slot(left: Span) -> bool:
    """Right after a place noun, regional body or regional title ("Kota", "DPRD", "Bupati"),
    or after its bracketed short form ("Wali Kota (Walkot) [Pekanbaru] Agung")."""
    doc, k = left.doc, left.start - 1
    if k >= 3 and doc[k].text == ")" and doc[k - 2].text == "(":
        k -= 3
    return k >= 0 and doc[k].lower_.rstrip(".") in lx.REGION_BEFORE


def _cut(doc: Doc, span: Span, article: _Article, regions: list[tuple[int, int]]) -> int | None:
    if len(span) < 2:
        return None
    title = _title_before(doc, span.start)
    titled = title is not None
    apart = titled and article.holder_apart(span, title)
    short = _short_form_after(doc, span.end)
    for cut in range(span.start + 1, span.end):
        right = doc[cut : span.end]
        if not _person_like(right) or article.places.intersection(range(cut, span.end)):
            continue
        if doc[cut - 1].lower_ in ("dan", "serta", ","):
            continue  # a field the name lists: "Departemen Kebijakan Ekonomi dan [Moneter]"
        if doc[cut - 1].lower_.rstrip(".") in lx.REGION_BEFORE or article.place_word(right[0]):
            continue  # "DPRD [Bantaeng]", "Kota [Bandung]", "Dinas Pendidikan [Banjarmasin]": a region
        if any(a < cut < b or a == cut for a, b in regions):
            continue  # a regency or city: "Pengadilan Negeri (PN) [Medan] Jamaluddin"
        if short[:1] == span.text[:1].upper() != right.text[:1].upper():
            continue  # the short form spells the whole: "Otorita Ibu Kota Nusantara (OIKN)"
        if _rank(doc[cut - 1]) and cut - 1 > span.start:
            return cut  # a rank inside the mention, right before the person
        if not ((titled and not (apart and len(right) == 1)) or article.person_evidence(span, right)):
            continue
        if article.organisation(doc[span.start : cut], span.label_) or article.named_before(span, right):
            return cut
        if titled and _portfolio_end(doc[span.start : cut]) and not _wordish(right[0]):
            return cut
        if article.after_title_elsewhere(span, cut):
            return cut
    return None


def _portfolio_end(left: Span) -> bool:
    """Words of a title's portfolio after *dan*, where the NER began its name: "Menteri
    Desa dan [Pembangunan Daerah Tertinggal] Yandri Susanto"."""
    doc = left.doc
    return left.start > 0 and doc[left.start - 1].lower_ == "dan" and all(map(_wordish, left))


def _wordish(token: Token) -> bool:
    """A common word, or a form with an affix ("Menengah", "Kewilayahan"): no name's."""
    lower = token.lower_
    return is_common_word(token.text) or word_classes().get(lower) in COMMON or lemma(lower) != lower


def _short_form_after(doc: Doc, end: int) -> str:
    """The acronym bracketed right after a mention ("(OIKN)"), or ""."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and all_capitals(doc[end + 1].text):
        return doc[end + 1].text
    return ""


def _title_before(doc: Doc, start: int) -> int | None:
    """The title right before, or before capitalised words and bracketed short forms
    ("Direktur Utama", "Kepala Departemen Pengelolaan Moneter (DPMA) [BI Erwin ...]")."""
    for k in range(start - 1, max(start - 13, -1), -1):
        if _title(doc[k].lower_):
            return k
        joined = doc[k].lower_ == "dan" and doc[k + 1].text[:1].isupper()  # "Ekonomi dan Moneter"
        if not (doc[k].text[:1].isupper() or doc[k].text in ("(", ")", "&") or joined):
            return None
    return None


# a company's legal forms, which end its name and are in no person's ("PT Krakatau [Steel Tbk]")
COMPANY_FORMS = frozenset(["tbk", "persero", "ltd", "inc", "corp", "plc", "llc", "gmbh"])
# English words of a firm's name that events and venues share, so they type no name
# (lexicon.ORG_WORDS) but are in no person's: "PT Astra [International] Djony ..."
BUSINESS_WORDS = frozenset(["international", "energy", "capital", "finance", "investment", "mining", "trading"])


def _person_like(span: Span) -> bool:
    if word_classes().get(span[0].lower_) in COMMON:
        return False
    return all(
        t.text[:1].isupper()
        and t.is_alpha
        and not all_capitals(t.text)
        and t.lower_ not in ORG_HEADS
        and t.lower_ not in lx.ORG_WORDS
        and t.lower_ not in lx.PLACE_NOUNS
        and t.lower_ not in lx.DIRECTIONS
        and t.lower_ not in COMPANY_FORMS
        and t.lower_ not in BUSINESS_WORDS
        and not _derived_noun(t.lower_)
        and (not _title(t.lower_) or (len(t) == 1 and t.i > span.start))  # "Agus [H] Purnomo": an initial
        for t in span
    )


def _derived_noun(lower: str) -> bool:
    """A noun formed with *peN-* or *ke-* from a root of four letters or more ("Penjamin",
    "Pengelola", "Kesehatan"), or with *-an* from a verb, noun or adjective of the lexicon
    ("Simpanan", not "Tambunan"): an organisation's word, in no person's name ("Lembaga
    [Penjamin Simpanan] Purbaya ..."; no such word among the person names of the NER and
    relation training data)."""
    base = lemma(lower)
    prefixed = base != lower and len(base) >= 4 and lower.startswith(("pe", "ke"))
    return prefixed or (lower == f"{base}an" and word_classes().get(base) in COMMON)


def _rank(token: Token) -> bool:
    return token.lower_.rstrip(".") in lx.RANKS


def _title(lower: str) -> bool:
    return lower.rstrip(".") in lx.TITLES or lower in lx.ROLE_NOUNS or lower in lx.TEAM_ROLES
