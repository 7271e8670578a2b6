"""The organisation of a role apposition: the organisation after a role noun (with the unit
or region written before it, "Ketua [Komisi XI] [DPR RI]"), and the organisation a title
names ("Kapolda Metro Jaya", "Menteri Keuangan"); the holder is found by
:mod:`.roleholders`. A mixin of :class:`arguments.Context`, whose mentions, entities and
new objects it uses."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.coreference import Arg
from kg.extractors.indonesian.heads import ORG_HEADS
from kg.extractors.indonesian.portfolios import coordinating, past_coordinating_short_form, portfolio_end
from kg.extractors.indonesian.regional_names import office_spellings, regional_name, regional_place
from kg.extractors.indonesian.spelled import spelled_end
from kg.ids import normalize_name

# heads of an organisation or of a unit in one ("Komisi XI DPR RI", "Departemen Kajian BEM UI")
UNIT_HEADS = ORG_HEADS | {"departemen", "direktorat", "dinas", "biro", "divisi", "satuan", "bagian", "fraksi"}
# houses of parliament: a faction written before its house is that house's ("Fraksi PKB DPR RI")
HOUSES = frozenset(["dpr", "dprd", "dprk", "mpr", "dpd"])
# unit heads that name a unit on their own before the organisation ("Inspektorat Kabupaten X")
SINGLE_UNITS = frozenset(["inspektorat", "sekretariat", "direktorat", "fraksi"])
# titles of a region's head: the words after them name the region
REGIONAL_ROLES = frozenset(["gubernur", "bupati", "kota", "walikota", "camat", "lurah"])
# prepositions between a role and its organisation: "peneliti di Universitas Indonesia"
ROLE_PREPS = frozenset(["di", "dari", "pada"])
HOME_STATE = "Indonesia"  # the country whose ministries are named without it ("Menteri Keuangan RI")


class TitleOrg(NamedTuple):
    """What a title that names its organisation gives: the relation, the organisation's
    name, where the role's words end, where the title ends (after a country, say)."""

    relation: str
    name: str
    role_end: int
    end: int


class RoleParts:
    def role_org(self, sent: Span, j: int, regional: bool = False) -> Arg | None:
        """The organisation or country after a role noun and the words that specify the role
        ("Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat [Kementerian Keuangan]");
        quoted nicknames skipped. A unit written before the organisation is the role's
        organisation ("Ketua [Komisi XI DPR RI]"), and so is an organisation or, after a
        regional title, a place the NER missed, up to the person ("Sekretaris [Kementerian
        Pariwisata] Bayu Aji", "Bupati [Flores Timur] Anton Doni Dihen")."""
        quoted, unit = False, None
        skipped = self._short_form(sent, j)
        for m in range(j, min(j + 10, sent.end)):
            token = self.doc[m]
            if m in skipped:
                continue
            if token.is_quote:
                quoted = not quoted
            elif m in self.by_start:
                stop, org = self._org_at_name(sent, m, unit, regional, quoted)
                if stop:
                    return org
            elif quoted or token.lower_ in lx.PORTFOLIO or lx.ORDINAL.fullmatch(token.lower_):
                continue  # "Presiden [ke-7] RI"
            elif lx.completes_title(self.doc, m):
                continue  # "Sekretaris [Perusahaan] PT Pertamina": the title's word
            elif (
                m in self.covered
                or token.text[:1].isupper()
                or token.lower_ in ("dan", ",", "of", "and", "&", "for", "(", ")")
                or token.lower_ in lx.TITLES
            ):
                # the role's own words ("Direktur Jenderal Kekayaan Negara (DJKN)"), also where the name rules
                # took them for a name ("[Kabid Humas Polda] Jateng"); a unit head starts a unit
                head = token.lower_ in UNIT_HEADS or (regional and m not in self.covered)
                unit = m if unit is None and token.text[:1].isupper() and head else unit
            else:
                return self._org_after_prep(sent, m) if unit is None and not quoted else None
        return None

    def _short_form(self, sent: Span, j: int) -> range:
        """The role's own bracketed short form, to skip: "Direktur Utama [(Dirut)] PT PGN"."""
        doc = self.doc
        if j + 2 < sent.end and doc[j].text == "(" and doc[j + 2].text == ")" and j + 1 not in self.by_start:
            return range(j, j + 3) if doc[j + 1].text[:1].isupper() else range(0)
        return range(0)

    def _org_at_name(
        self, sent: Span, m: int, unit: int | None, regional: bool, quoted: bool
    ) -> tuple[bool, Arg | None]:
        """At a name inside or after the role's words: (stop here, the organisation found)."""
        span = self.by_start[m]
        arg = self.arg(span)
        etype = self.etype(arg)
        if etype in ("GPE", "ORG", "LOC"):
            if unit is None:
                office = self._regional_office(sent, span) if etype == "ORG" else None
                return True, office or self._last_same(arg, sent)
            if (house := self.house_after(sent, span.end, unit)) is not None:
                return True, self.unit_org(sent, unit, house, short=span.end)  # "Fraksi PKB DPR RI"
            short = m if m - unit > 1 else 0  # "Komisi XI" of "Komisi XI DPR RI"; no bare "Fraksi"
            return True, self.unit_org(sent, unit, span.end, short=short)
        if etype == "PERSON" and unit is not None and not quoted:
            return True, self.unit_org(sent, unit, m, "GPE" if regional else "ORG")
        if etype == "MISC" and _title_word(span[0].lower_):
            return False, None  # a role the name rules took for a name ("Deputi Bidang Statistik Sosial")
        return not quoted, None

    def _regional_office(self, sent: Span, span: Span) -> Arg | None:
        """A national body's office in the region written right after the body's name:
        "Kepala [BPS NTB], Wahyudin", "Ketua [KPU Jabar] X" (the office, as the annotations
        name it, not the national body), with its names in full as aliases
        (:func:`regional_names.office_spellings`); not a body whose name is a region's already
        ("Kantor Wilayah Bea Cukai Bali" [NTT dan NTB]), nor in a country ("KPU RI")."""
        region = self.by_start.get(span.end)
        if region is None or region.end > sent.end or self.etype(self.arg(region)) not in ("GPE", "LOC"):
            return None
        body, place = (self.entities.get(self.arg(s).entity) for s in (span, region))
        if body is None or regional_name(span) or place is None or not regional_place(place.name, region.text):
            return None
        name = normalize_name(self.doc[span.start : region.end].text)
        aliases = tuple(a for a in office_spellings(body.name, region.text) if a != name)
        return self._new_object(span.start, region.end, name, "ORG", aliases)

    def _org_after_prep(self, sent: Span, m: int) -> Arg | None:
        """``peneliti [di] Universitas Indonesia``, ``pengamat otomotif [dari] ITB``,
        ``pakar transportasi ITB``: an organisation after di/dari/pada, or right after, at
        most two nouns or adjectives that specify the role. A place there is where the holder
        is, not the organisation."""
        start = m
        while m < min(start + 2, sent.end) and self.doc[m].tag_ in ("NN", "JJ", "FW") and m not in self.by_start:
            if self.doc[m].lower_ in ROLE_PREPS:
                break
            m += 1
        if m > start and m < sent.end and m in self.by_start:
            at = m  # "pakar transportasi [ITB]", "ekonom senior [INDEF]": the field, then the organisation
        elif m + 1 >= sent.end or self.doc[m].lower_ not in ROLE_PREPS or m + 1 not in self.by_start:
            return None
        else:
            at = m + 1
        arg = self.arg(self.by_start[at])
        return self._last_same(arg, sent) if self.etype(arg) == "ORG" else None

    def unit_org(self, sent: Span, start: int, end: int, etype: str = "ORG", short: int = 0) -> Arg | None:
        """The organisation (or place) written from ``start`` to ``end``, without the rank
        titles and commas before a person ("Polres Serang AKP"); a unit written with its
        organisation ("Komisi XI DPR RI") has the unit alone as its alias ("Komisi XI",
        up to ``short``)."""
        while end > start and (self.doc[end - 1].lower_.rstrip(".") in lx.TITLES or self.doc[end - 1].is_punct):
            end -= 1
        if end - 2 > start and self.doc[end - 2].text == "(":
            end -= 2  # the bracket's closing half went with the punctuation: "Fraksi PAN (PAN"
        if end <= start:
            return None
        aliases = (normalize_name(self.doc[start:short].text),) if start < short < end else ()
        return self._new_object(start, end, normalize_name(self.doc[start:end].text), etype, aliases)

    def unit_before(self, sent: Span, i: int) -> tuple[Arg, list[Arg]] | None:
        """``Komisi XI [DPR RI]``, ``Sekretariat Daerah (Setda) [Pemkab Bantaeng]``: a unit
        (the head at ``i`` and capitalised words, not a name of its own) written right
        before an organisation or region; (unit, the organisations it is part of: a
        faction's party and the house written after it)."""
        j = i + 1
        while j < sent.end and j - i < 8 and j not in self.by_start and j not in self.covered:
            token = self.doc[j]
            if token.text == "(":
                close = next((m for m in range(j + 1, min(j + 5, sent.end)) if self.doc[m].text == ")"), None)
                if close is None:
                    return None
                j = close + 1
            elif token.text[:1].isupper() or token.lower_ in ("dan", "&"):
                j += 1
            else:
                return None
        if j not in self.by_start or (j - i == 1 and self.doc[i].lower_ not in SINGLE_UNITS):
            return None
        parent = self.arg(self.by_start[j])
        if self.etype(parent) not in ("ORG", "GPE"):
            return None
        end = self.by_start[j].end
        if (house := self.house_after(sent, end, i)) is not None:
            unit = self.unit_org(sent, i, house, short=end)  # "Fraksi PKB DPR RI", alias "Fraksi PKB"
            parents = [parent, self.arg(self.by_start[end])]
        else:
            unit = self.unit_org(sent, i, end, short=j if j - i > 1 else 0)  # no bare "Fraksi" alias
            parents = [parent]
        return (unit, parents) if unit is not None else None

    def house_after(self, sent: Span, j: int, unit: int) -> int | None:
        """Where the house of parliament written right after a faction's party ends ("[Fraksi]
        PKB [DPR RI]", "Fraksi NasDem [DPRD Jawa Barat]"): the faction is that house's, and
        the same party's faction in another house is another faction."""
        house = self.by_start.get(j)
        if self.doc[unit].lower_ != "fraksi" or house is None or house.end > sent.end:
            return None
        if self.etype(self.arg(house)) != "ORG" or house[0].lower_ not in HOUSES:
            return None
        end = house.end
        at = end + (end < sent.end and self.doc[end].lower_ in lx.REGION_NOUNS)  # "DPRD [Kabupaten] Solok"
        region = self.by_start.get(at) if len(house) == 1 and house[0].lower_ != "dpr" else None
        if region is not None and region.end <= sent.end and self.etype(self.arg(region)) in ("GPE", "LOC"):
            return region.end  # "[DPRD] [Kabupaten Solok]": a regional house and its region
        return end + 1 if end < sent.end and self.doc[end].text == "RI" else end  # the state's suffix

    def _last_same(self, arg: Arg, sent: Span) -> Arg:
        """Skip a repeat of the same entity ("Negara Para Pertapa" Korea Utara)."""
        j = arg.end
        while j < sent.end and self.doc[j].is_quote:
            j += 1
        if j in self.by_start and self.arg(self.by_start[j]).entity == arg.entity:
            return self.arg(self.by_start[j])
        return arg

    def title_organisation(self, sent: Span, i: int) -> TitleOrg | None:
        """The organisation a title at ``i`` names: "Kapolri" (Polri), "Kapolda Metro Jaya"
        (Polda Metro Jaya), "Menteri Keuangan" (:meth:`_ministry`)."""
        doc, word = self.doc, self.doc[i].lower_
        if i + 1 < sent.end and (phrase := lx.TITLE_PHRASES.get((word, doc[i + 1].lower_))):
            return TitleOrg(*phrase, i + 2, i + 2)  # "Sekretaris Kabinet X": Sekretariat Kabinet
        if word in ("menteri", "menko"):
            return self._ministry(sent, i)
        if word == "dirjen" or (word == "direktur" and i + 1 < sent.end and doc[i + 1].lower_ == "jenderal"):
            return self._directorate(sent, i + 1 if word == "dirjen" else i + 2)
        if word not in lx.TITLE_ORGS:
            return None
        relation, name = lx.TITLE_ORGS[word]
        if word not in lx.REGIONAL_TITLES:
            return TitleOrg(relation, name, i + 1, i + 1)
        region = self._region_after(sent, i + 1)
        return TitleOrg(relation, f"{name} {doc[i + 1 : region].text}", region, region) if region > i + 1 else None

    def _directorate(self, sent: Span, j: int) -> TitleOrg | None:
        """A director general's directorate, named by the capitalised words after the title
        up to the person: "Direktur Jenderal Pajak Bimo Wijayanto", "Dirjen Bea dan Cukai X"
        (Direktorat Jenderal Pajak; a unit, so OFFICIAL_OF, as the annotations write it). Not
        where an organisation follows those words ("Dirjen Pajak Kemenkeu X": the role rule's
        ministry) or no word names the directorate."""
        doc, end = self.doc, j
        while end < min(j + 6, sent.end) and doc[end].lower_.rstrip(".") not in lx.TITLES:
            span = self.by_start.get(end)
            if span is not None and self.etype(self.arg(span)) == "MISC":
                end = span.end  # a word of the name the name rules took alone: "Bea dan [Cukai]"
            elif span is None and end not in self.covered and (doc[end].text[:1].isupper() or doc[end].lower_ == "dan"):
                end += 1
            else:
                break
        while end > j and doc[end - 1].lower_ == "dan":
            end -= 1
        k = end
        while k < sent.end and k - end < 3 and doc[k].lower_.rstrip(".") in lx.TITLES:
            k += 1  # the holder's rank: "Dirjen Imigrasi Irjen X"
        if end == j or k not in self.by_start or self.etype(self.arg(self.by_start[k])) != "PERSON":
            return None
        return TitleOrg("OFFICIAL_OF", "Direktorat Jenderal " + doc[j:end].text, end, end)

    def _ministry(self, sent: Span, i: int) -> TitleOrg | None:
        """A minister's ministry: "Menteri Keuangan" -> Kementerian Keuangan; with a country
        after the portfolio, that country's ministry ("Menteri Dalam Negeri Australia" ->
        Kementerian Dalam Negeri Australia), Indonesia's named without it ("Menteri
        Keuangan RI"). The role is the title without the country."""
        doc = self.doc
        end = spelled_end(doc, i + 1, sent.end) or portfolio_end(doc, i + 1, sent.end)
        if end == i + 1 and self._short_portfolio(sent, i + 1):
            end = i + 2  # "Menteri BUMN", "Menteri ESDM": Kementerian BUMN, Kementerian ESDM
        if end == i + 1:
            return None
        portfolio = doc[i + 1 : end].text
        if (after := past_coordinating_short_form(doc, i + 1, end, sent.end)) is not None:
            end, portfolio = after, f"{portfolio} {doc[end + 3 : after].text}"  # "Koordinator (Menko) Perekonomian"
        portfolio = coordinating(portfolio, doc[i].lower_ == "menko")
        if portfolio.lower().startswith("sekretaris "):  # the secretary's office: "Kementerian Sekretariat Negara"
            portfolio = "Sekretariat" + portfolio[len("sekretaris") :]
        country = self.by_start.get(end)
        if country is None and end + 3 < sent.end and doc[end].text == "(" and doc[end + 2].text == ")":
            country = self.by_start.get(end + 3)  # "Wakil Menteri Sosial (Wamensos) RI, Agus Jabo Priyono"
        if country is None or self.etype(self.arg(country)) != "GPE":
            return TitleOrg("OFFICIAL_OF", "Kementerian " + portfolio, end, end)
        home = self.entities[self.arg(country).entity].name == HOME_STATE
        name = "Kementerian " + portfolio + ("" if home else " " + country.text)
        return TitleOrg("OFFICIAL_OF", name, end, country.end)

    def _short_portfolio(self, sent: Span, k: int) -> bool:
        """A portfolio's acronym after *Menteri* ("BUMN", "PUPR"): not a country ("AS"), nor a
        ministry named in full by the article or the gazetteer ("ESDM": the role rule links it)."""
        text = self.doc[k].text if k < sent.end else ""
        if not (len(text) >= 2 and text.isupper() and text.isalpha()):
            return False
        span = self.by_start.get(k)
        if span is None:
            return True
        entity = self.entities[self.arg(span).entity]
        names = (entity.name, *entity.aliases)
        ministry = any(lx.ministry_word(n.split()[0]) or n.startswith("Ministry") for n in names)
        return entity.type != "GPE" and not ministry

    def _region_after(self, sent: Span, start: int) -> int:
        """The end of the region after a regional title: its capitalised words up to a rank,
        whatever the NER made of them ("Kapolres [Metro Jakarta Pusat] Kombes X", "Kapolres
        [Tasikmalaya Kota], AKBP X"); without a rank, up to a title or the holder's name."""
        doc, end = self.doc, start
        while end < sent.end and _region_word(doc[end]):
            end += 1
        if end > start and end < sent.end and doc[end].lower_.rstrip(".") in lx.RANKS:
            return end - 1 if doc[end - 1].text == "," else end
        region = start
        while region < end and doc[region].text != ",":
            span = self.by_start.get(region)
            if span is not None and self.etype(self.arg(span)) == "PERSON":
                break
            region += 1
        return region


def _region_word(token: Token) -> bool:
    return (token.text[:1].isupper() or token.text == ",") and token.lower_ not in lx.TITLES


def _title_word(lower: str) -> bool:
    return lower in lx.TITLES or lower in lx.ROLE_NOUNS
