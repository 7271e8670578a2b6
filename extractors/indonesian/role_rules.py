"""The role rules of :class:`relations.RelationExtractor` (a mixin: it uses the extractor's
relations, roles and ``_emit``): a role apposition ("Ketua Komisi XI DPR RI, Misbakhun"), a
title that names its organisation ("Kapolri Listyo Sigit": Polri) and a unit written before
its organisation ("Komisi XI DPR RI"). The parts of the apposition are found by
:class:`roleparts.RoleParts` and :class:`roleholders.RoleHolders`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian import short_titles
from kg.extractors.indonesian.arguments import Arg, Context, passive_agent
from kg.extractors.indonesian.candidates import ENDERS
from kg.extractors.indonesian.english_titles import opens_title, title_relation
from kg.extractors.indonesian.gazetteer import LEVELS, place_levels
from kg.extractors.indonesian.lemmas import is_common_word
from kg.extractors.indonesian.role_names import heads_a_unit
from kg.extractors.indonesian.roleholders import relative_clause, titled_short_form_end
from kg.extractors.indonesian.roleparts import REGIONAL_ROLES, SINGLE_UNITS
from kg.extractors.indonesian.rulebook import Cue, learned_roles
from kg.extractors.indonesian.spelled import spells, spells_end
from kg.ids import name_key

if TYPE_CHECKING:
    from kg.extractors.indonesian.relations import RawTriple

ROLE_FLAGS = lx.ROLE_FLAGS
# words that end no role, written between it and its organisation ("VP of Retail [for] X")
ROLE_TAILS = frozenset(["di", "dari", "pada", "asal", "the", "dan", "serta", "atau", "for", "of", "and"])
# staff of an office holder, by their relation to the holder's organisation as the annotations
# write it ("Staf Ahli Menteri ... | Kemensos": OFFICIAL_OF; "Jubir | KPK": SPOKESPERSON_OF)
STAFF = {
    tuple(words.split()): "SPOKESPERSON_OF" if words in ("juru bicara", "jubir") else "OFFICIAL_OF"
    for words in (
        "staf ahli|staf khusus|stafsus|tenaga ahli|tenaga ahli utama|asisten pribadi|ajudan|sekretaris pribadi|"
        "sespri|penasihat|penasihat khusus|juru bicara|jubir"
    ).split("|")
}
CENTRAL_BOARDS = frozenset([("dpp",), ("dewan", "pimpinan", "pusat")])  # a party's, with many chairs
# "Waka" is "Wakil Ketua" written short; "Wadirut", "Wakasat", "Wakapolres": clipped deputies' titles
DEPUTIES = frozenset(["wakil", "waka", "waketum", *short_titles.DEPUTIES, *lx.DEPUTY_TITLE_ORGS])
# clipped unit heads that open one word: "Satlantas", "Ditreskrimsus", "Subditgakkum"
UNIT_CLIPS = (("subdit", "subdirektorat"), ("sat", "satuan"), ("dit", "direktorat"))
NOT_WITHIN = frozenset(["kantor", "pusat"])  # a building, a centre: "Kantor Gubernur Bali", "Pusat Kota"
# counts and quantifiers right before a role: the role is said of a group ("dua anggota TNI")
COUNT_WORDS = frozenset(
    "para sejumlah beberapa seluruh semua setiap tiap berbagai banyak kedua ketiga dua tiga empat lima enam "
    "tujuh delapan sembilan sepuluh belasan puluhan ratusan ribuan".split()
)


def unit_head(word: str) -> str:
    """A unit's head word, a clipped one read whole: "Satlantas" (Satuan Lalu Lintas) is a
    "satuan", "Ditreskrimsus" a "direktorat", "Subditgakkum" a "subdirektorat"; not a
    dictionary word ("Ditanggung")."""
    lower = word.lower()
    for clipped, head in UNIT_CLIPS:
        if lower.startswith(clipped) and len(lower) >= len(clipped) + 3 and lower.isalpha():
            return head if not is_common_word(lower) else lower
    return lower


def _named_tail(ctx: Context, first: int, end: int, exclude: str, types: tuple[str, ...]) -> Arg | None:
    """The longest run of a name's last words, from ``first`` on, that names another entity
    of the article of one of ``types`` (by its name or an alias; a region may still be typed
    a place here), not a country."""
    names = ctx.names_index()
    for k in range(first, end):
        if not ctx.doc[k].text[:1].isupper():
            continue
        entity = names.get(name_key(ctx.doc[k:end].text))
        if entity is None or entity.id == exclude or entity.type not in types:
            continue
        if place_levels().get(entity.name) != LEVELS["country"]:
            return Arg(entity.id, k, end)
    return None


def build_roles(relations: dict[str, Cue]) -> dict[tuple[str, ...], str]:
    """Role words -> relation: the cue lists and the clipped titles ("Kasat", "Wadirut") first,
    then the roles learned from the training data; not a title that names its organisation
    ("Kapolres Bogor X" leads Polres Bogor, not Bogor: the title rule makes the organisation)."""
    roles = {tuple(role.split()): rel.name for rel in relations.values() for role in rel.roles}
    roles.update(((title,), relation) for title, relation in short_titles.ROLES.items())
    for words, relation in learned_roles().items():
        roles.setdefault(words, relation)
    return {words: relation for words, relation in roles.items() if not (len(words) == 1 and words[0] in lx.TITLE_ORGS)}


class RoleRules:
    relations: dict[str, Cue]
    roles: dict[tuple[str, ...], str]
    role_starts: set[str]
    max_role: int
    units: dict[str, Cue]

    def _role_at(self, doc: Doc, sent: Span, i: int) -> tuple[int, str] | None:
        """(size, relation) of the role words at ``i``: an English title ("Marketing
        Director"), else the longest role of the cue lists and the training data."""
        if (end := opens_title(doc, i, sent.end)) is not None:
            rel = title_relation(doc, i, end)
            return (end - i, rel) if rel else None
        if doc[i].lower_ not in self.role_starts:
            return None
        for size in range(self.max_role, 0, -1):
            words = tuple(t.lower_ for t in doc[i : i + size])
            if words in self.roles and i + size <= sent.end:
                return size, self.roles[words]
        return None

    def _role(self, ctx: Context, sent: Span, i: int) -> list[RawTriple]:
        doc = ctx.doc
        found = self._role_at(doc, sent, i)
        if found is None:
            return []
        size, rel = found
        words = tuple(t.lower_ for t in doc[i : i + size])
        bracketed = _bracketed_flag(doc, sent.start, i)  # "Penjabat (Pj) Bupati"
        before = doc[i - 2].lower_ if bracketed else doc[i - 1].lower_ if i > sent.start else ""
        named = self._named_role(doc, sent, i, size, rel, before)
        organisation = _role_organisation(ctx, sent, (i, i + size), named[0], words) if named else None
        if named is None or organisation is None:
            return []
        (org, rel), props = organisation, named[1]
        opener = i - 2 if before in ROLE_FLAGS or before == "wakil" else i - 1  # the word before the role
        kin = opener >= sent.start and doc[opener].lower_ in lx.KIN  # "istri Presiden X, Y": Y is the wife
        person, rule = ctx.role_person_after(sent, org.end, not kin) or ctx.role_person_before(sent, i), "role"
        if person is None:
            person, rule = _described(ctx, sent, i, org), "described"
        if person is None or person.entity == org.entity:
            return []
        start, at = i - 1 if (before in ROLE_FLAGS or before == "wakil") and not bracketed else i, (i, i + size)
        if staff := _staff_before(doc, start, sent.start):  # "Staf Khusus Kepala BGN, X": the head's aide
            start, rel, props = staff[0], STAFF[staff[1]], {}
            at = (start, i + size)
        props["role"] = (doc[i - 2].text + " " if bracketed else "") + _role_words(doc, start, i + size, org.start)
        if rel in ("LEADER_OF", "OFFICIAL_OF") and short_titles.speaks_for(props["role"]):
            rel = "SPOKESPERSON_OF"  # the head of a public-relations unit: "Kabid Humas Polda X"
        triples = self._emit(ctx, sent, at, self.relations[rel], [person], [org], rule, props)
        return triples + self._party(ctx, sent, (i, i + size), person, org)

    def _named_role(
        self, doc: Doc, sent: Span, i: int, size: int, rel: str, before: str
    ) -> tuple[str, dict[str, str]] | None:
        """The relation and properties of the role written at ``doc[i : i + size]`` with the
        word before it (a deputy's, an acting or a former holder's), or None where the words
        name no one's role here."""
        words = tuple(t.lower_ for t in doc[i : i + size])
        if before == "dewan":
            return None  # "Dewan Pimpinan Pusat": a board's name, not a role ("pimpinan", leader)
        if before == "wakil" and ("wakil", *words) in self.roles:
            return None  # "Wakil Ketua": the deputy's role starts a word earlier
        opener = i - 2 if before in ROLE_FLAGS or before == "wakil" else i - 1  # the word before the role
        if _counted(doc, opener, sent):
            return None  # "dua anggota TNI AD", "22 anggota DPRD Muara Enim": several holders, none named here
        props = {"role": doc[i : i + size].text}
        if before in ROLE_FLAGS:
            props = {"role": doc[i - 1 : i + size].text, ROLE_FLAGS[before]: "true"}
            rel = "OFFICIAL_OF" if before in lx.ACTING else rel
        elif before == "wakil":  # a deputy of a head no deputy role names: "Wakil Kepala", "Wakil Rektor"
            props = {"role": doc[i - 1 : i + size].text, "deputy": "true"}
            rel = "OFFICIAL_OF" if rel == "LEADER_OF" else rel
        if words[0] in DEPUTIES:
            props["deputy"] = "true"
        return rel, props

    def _party(self, ctx: Context, sent: Span, at: tuple[int, int], person: Arg, org: Arg) -> list[RawTriple]:
        """The holder's party, from the faction between the role's organisation and the holder."""
        party = ctx.faction_between(org.end, person.start) if person.start > org.end else None
        if party is None or party.entity in (org.entity, person.entity):
            return []
        return self._emit(ctx, sent, at, self.relations["MEMBER_OF"], [person], [party], "role", {})

    def _unit(self, ctx: Context, sent: Span, i: int) -> list[RawTriple]:
        """A unit written before its organisation is part of it: "Komisi XI DPR RI"."""
        word = ctx.doc[i]
        if word.lower_ not in self.units or not word.text[:1].isupper():
            return []
        found = ctx.unit_before(sent, i)
        if found is None:
            return []
        unit, parents = found
        return self._emit(ctx, sent, i, self.units[word.lower_], [unit], parents, "unit", {})

    def _unit_within(self, ctx: Context, sent: Span, i: int) -> list[RawTriple]:
        """A unit the NER took in one name with its organisation ("Satlantas Polres Serang",
        "Departemen Komunikasi BI") is part of the organisation the name's last words name
        elsewhere in the article; a unit named by its head word alone ("Inspektorat Kabupaten
        Majalengka") also of a region. Not an office or a centre ("Kantor Gubernur Bali",
        a building), nor a unit of a country ("Komite Nasional Pemuda Indonesia")."""
        span, word = ctx.by_start.get(i), ctx.doc[i]
        if span is None or not word.text[:1].isupper():
            return []
        head = unit_head(word.text)
        if head not in self.units or head in NOT_WITHIN:
            return []
        whole, single = ctx.arg(span), word.lower_ != head or head in SINGLE_UNITS
        if ctx.etype(whole) != "ORG" and (not single or ctx.etype(whole) == "PERSON"):
            return []  # the NER's type of a clipped or single unit may be a place's
        first = i + 1 if single else i + 2
        if first < span.end and ctx.doc[first - 1].lower_ != "jenderal" and ctx.doc[first].lower_ == "jenderal":
            first += 2  # "Direktorat Jenderal [Pajak] Kemenkeu": the unit's own name comes first
        regional = head in SINGLE_UNITS and word.lower_ == head  # not a clipped police unit's ("Satlantas")
        parent = _named_tail(ctx, first, span.end, whole.entity, ("ORG", "GPE", "LOC") if regional else ("ORG",))
        return self._emit(ctx, sent, i, self.units[head], [whole], [parent], "unit", {}) if parent else []

    def _embedded_role(self, ctx: Context, sent: Span, i: int) -> list[RawTriple]:
        """A title that names its organisation, before a person: "Kapolri Listyo Sigit" (Polri),
        "Kapolda Metro Jaya Irjen X" (Polda Metro Jaya), "Menteri Keuangan Sri Mulyani"
        (Kementerian Keuangan): the organisation is made from the title."""
        doc = ctx.doc
        named = ctx.title_organisation(sent, i)
        if named is None:
            return []
        relation, name, role_end, title_end = named
        wakil = i > sent.start and doc[i - 1].lower_ == "wakil"
        deputy = wakil or doc[i].lower_ in DEPUTIES  # "Wakil Kapolri X", "Wakapolres Bogor X"
        relation = "OFFICIAL_OF" if deputy and relation == "LEADER_OF" else relation
        start = i - 1 if wakil else i
        person = ctx.person_after_title(sent, _after_short_form(doc, start, title_end))
        if person is None and _set_off_before(doc, start, sent.start):
            person = ctx.role_person_before(sent, start)  # "melantik X sebagai Menteri Kesehatan", "X, Kapolri,"
            person = None if person is None or passive_agent(doc, person.start, sent.start) else person
        if person is None:
            return []
        if staff := _staff_before(doc, start, sent.start):  # "Staf Ahli Menteri Keuangan X": not the minister
            start, relation, deputy = staff[0], STAFF[staff[1]], False
        org = ctx.title_org(doc[i:title_end], name)
        props = {"role": doc[start:role_end].text}
        if deputy:
            props["deputy"] = "true"
        flag = start - 2 if _bracketed_flag(doc, sent.start, start) else start - 1  # "Pelaksana Tugas (Plt)"
        if flag >= sent.start and doc[flag].lower_ in ROLE_FLAGS:
            props[ROLE_FLAGS[doc[flag].lower_]] = "true"
            relation = "OFFICIAL_OF" if doc[flag].lower_ in lx.ACTING and relation == "LEADER_OF" else relation
        return self._emit(ctx, sent, (i, i + 1), self.relations[relation], [person], [org], "title", props)


# words that set a title off from its holder written before it
BEFORE_TITLE = frozenset([",", "sebagai", "selaku", "adalah", "menjadi", "jadi", "menjabat"])


def _set_off_before(doc: Doc, start: int, sent_start: int) -> bool:
    """A comma or a copula right before a title ("X, Menteri Kesehatan", "X sebagai
    [mantan] Kapolri"), or a relative clause opening ("X, yang juga Kapolri"): a name just
    before it may be a headline's word ("Santuy Menhub")."""
    k = start - 1 - (start - 1 > sent_start and doc[start - 1].lower_ in ROLE_FLAGS)
    if k < sent_start:
        return False
    return doc[k].lower_ in BEFORE_TITLE or relative_clause(doc, sent_start, k) is not None


def _party_of_board(ctx: Context, org: Arg) -> tuple[Arg, bool]:
    """The party of a central board named in full ("[Dewan Pimpinan Pusat] Partai Demokrat"),
    as "DPP Partai Demokrat" is the party's; whether ``org`` was that board."""
    words = tuple(t.lower_ for t in ctx.doc[org.start : org.start + 3])
    party = ctx.by_start.get(org.start + 3)
    if words in CENTRAL_BOARDS and party is not None and party.end == org.end:
        return ctx.arg(party), True
    return org, False


def _staff_before(doc: Doc, start: int, sent_start: int) -> tuple[int, tuple[str, ...]] | None:
    """The staff words right before a title ("[Staf Khusus] Menteri Keuangan X", "[Jubir]
    Presiden X"): the person serves the office holder, and holds no office of the title."""
    for n in (3, 2, 1):
        words = tuple(t.lower_ for t in doc[max(sent_start, start - n) : start])
        if len(words) == n and words in STAFF:
            return start - n, words
    return None


def _minister(words: tuple[str, ...]) -> bool:
    """A minister or deputy minister; not a prime minister, who leads the country."""
    return "menteri" in words and "perdana" not in words


def _named_by_title(ctx: Context, sent: Span, i: int, org: Arg) -> Arg:
    """The organisation a title names when the role's organisation is the place the title
    ends with: "Menteri Dalam Negeri Australia" is of Kementerian Dalam Negeri Australia,
    whether the holder is named before or after it."""
    named = ctx.title_organisation(sent, i)
    if named is None or named.end != org.end or named.end == named.role_end:
        return org
    return ctx.title_org(ctx.doc[named.role_end : named.end], named.name)


def _counted(doc: Doc, k: int, sent: Span) -> bool:
    """A count or a quantifier at ``k``, right before a role: the role is said of a group."""
    if k < sent.start:
        return False
    word = doc[k].lower_
    return word in COUNT_WORDS or (word.isdigit() and int(word) < 1000)


def _described(ctx: Context, sent: Span, i: int, org: Arg) -> Arg | None:
    """A role with a demonstrative ("Ketua DPR RI ke-20 ini") stands for the last person
    named before its sentence; not a role inside a noun phrase ("mobil dinas Ketua DPRD itu"),
    nor one whose demonstrative comes after a verb (it points at the verb's object)."""
    k = i - 1 if i > sent.start and ctx.doc[i - 1].lower_ in ROLE_FLAGS else i
    if k > sent.start and ctx.doc[k - 1].tag_ in ("NN", "NNP"):
        return None
    for k in range(org.end, min(org.end + 4, sent.end)):
        if ctx.doc[k].lower_ in ENDERS:
            return ctx.last_person(sent.start)
        if (ctx.doc[k].is_punct and ctx.doc[k].text != "-") or ctx.doc[k].tag_ == "VB":
            return None  # "Rektor UI menandatangani nota kesepahaman [tersebut]": another noun's
    return None


def _bracketed_flag(doc: Doc, sent_start: int, i: int) -> bool:
    """An acting holder's mark as the short form in brackets right before the role: "Penjabat
    (Pj) Bupati", "Pelaksana Tugas (Plt) Kepala"."""
    return i - 3 >= sent_start and doc[i - 1].text == ")" and doc[i - 3].text == "(" and doc[i - 2].lower_ in ROLE_FLAGS


def _role_words(doc: Doc, start: int, end: int, org: int) -> str:
    """The role as written, with the words that specify it up to its organisation ("Kasi
    Intel", "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat", "Presiden ke-7");
    not the preposition before the organisation, nor a bracketed short form, nor a quoted
    nickname of the organisation ("pemimpin “Negara Para Pertapa” Korea Utara")."""
    stop = org if end <= org <= end + 10 else end
    while stop > end:
        if doc[stop - 1].is_quote and (opening := _opening_quote(doc, end, stop - 1)) is not None:
            stop = opening
        elif stop > end + 2 and doc[stop - 1].text == ")" and doc[stop - 3].text == "(":
            stop -= 3  # "Kepala Departemen Moneter (DPMA) BI", "Wali Kota (Walkot) Pekanbaru"
        elif doc[stop - 1].is_punct or doc[stop - 1].lower_ in ROLE_TAILS:
            stop -= 1
        else:
            break
    return doc[start:stop].text


def _opening_quote(doc: Doc, start: int, closing: int) -> int | None:
    """The quote that opens the one at ``closing``, at ``start`` or after it."""
    return next((k for k in range(closing - 1, start - 1, -1) if doc[k].is_quote), None)


def _after_short_form(doc: Doc, start: int, end: int) -> int:
    """After the title's bracketed short form, when it starts as the title does
    ("Menteri Sosial (Mensos) X", "Wakil Menteri Dalam Negeri (Wamendagri) X"; not
    "Menteri Koordinator (Permenko) Bidang ...") or spells its last words ("Menteri Energi
    dan Sumber Daya Mineral (ESDM) X"); two letters only for the last two words ("Menteri
    Pekerjaan Umum (PU) X", not a country's "(AS)"). A short form of two or three words
    must start as the title does ("Menteri Koordinator Bidang Perekonomian (Menko
    Perekonomian) X")."""
    bracketed = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
    if not bracketed:
        longer = titled_short_form_end(doc, end, len(doc))  # "(Menko Perekonomian)"
        return longer if longer is not None and _starts_as(doc, end + 1, start) else end
    short = doc[end + 1].lower_
    words = tuple(t.lower_ for t in doc[start + 1 : end])
    spelt = spells_end(short, words) if len(short) > 2 else len(words) > 1 and spells(short, words[-2:])
    return end + 3 if _starts_as(doc, end + 1, start) or spelt else end


def _starts_as(doc: Doc, short: int, title: int) -> bool:
    """The short form at ``short`` starts with the two letters the title at ``title`` does."""
    return doc[short].lower_[:2] == doc[title].lower_[:2]


def role_taken_for_name(ctx: Context, i: int, role_starts: set[str]) -> bool:
    """A role the name rules took for a name of no known kind ("Deputi Bidang Statistik
    Sosial" as MISC): its first word still opens a role."""
    span = ctx.by_start.get(i)
    return span is not None and ctx.etype(ctx.arg(span)) == "MISC" and ctx.doc[i].lower_ in role_starts


def _role_organisation(
    ctx: Context, sent: Span, role: tuple[int, int], rel: str, words: tuple[str, ...]
) -> tuple[Arg, str] | None:
    """The organisation of the role at ``role`` (token start and end) and the relation to it:
    the head of a unit is its official, and so is a "Ketua" of a central board; a minister
    is no official of a country named after the title."""
    i, end = role
    org = ctx.role_org(sent, end, regional=words[-1] in REGIONAL_ROLES)
    if org is None:
        return None
    if rel == "LEADER_OF" and ctx.etype(org) == "ORG" and heads_a_unit(ctx.doc, end, org.start):
        rel = "OFFICIAL_OF"  # the head of a unit of the organisation: "Kepala Seksi Intelijen Kejari X"
    org, board = _party_of_board(ctx, _named_by_title(ctx, sent, i, org))
    if _minister(words) and ctx.etype(org) == "GPE" and org.start > end:
        return None  # the minister of a portfolio is an official of its ministry (the title rule's), not of a country
    if words == ("ketua",) and (board or tuple(t.lower_ for t in ctx.doc[end : org.start]) in CENTRAL_BOARDS):
        rel = "OFFICIAL_OF"  # "Ketua DPP Golkar": one of its central board's chairs, led by the "Ketua Umum"
    return org, rel
