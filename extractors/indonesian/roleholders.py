"""The holder of a role: the person after a role's organisation or before the role
("Ketua Komisi XI DPR RI, [Misbakhun]", "[Misbakhun], Ketua Komisi XI DPR RI"), across
short forms, ranks, factions and a second role. A mixin of :class:`arguments.Context`,
whose mentions and entities it uses (``holder`` is the role rules' test of a person)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.coreference import Arg
from kg.extractors.indonesian.degrees import past_degrees
from kg.extractors.indonesian.heads import ORG_HEADS
from kg.extractors.indonesian.portfolios import joined_portfolio
from kg.extractors.indonesian.rulebook import role_words

# words between a role's organisation and the faction of its holder
FACTION_LINKS = frozenset(["dari", "fraksi"])
# verbs and adverbs between a person and the role the person holds or takes
COPULA = frozenset(
    "menjabat terpilih ditunjuk diangkat dilantik menjadi jadi resmi pernah kini juga masih sempat kembali".split()
    + ["saat", "ketika"]  # "X saat masih menjabat sebagai Wali Kota ..."
)
YANG_ALSO = frozenset(["juga", "kini", "saat", "ini", "merupakan", "menjabat", "sebagai", "selaku", "adalah"])


def titled_short_form_end(doc: Doc, j: int, limit: int) -> int | None:
    """After a role's short form of two or three capitalised words in brackets at ``j``, the
    title's and its body's ("Kepala Badan Gizi Nasional [(Kepala BGN)] X", "Menteri
    Koordinator Bidang Perekonomian [(Menko Perekonomian)] X"), if one is there."""
    if j >= limit or doc[j].text != "(":
        return None
    for k in range(j + 1, min(j + 5, limit)):
        if doc[k].text == ")":
            return k + 1 if k > j + 2 else None
        if not doc[k].text[:1].isupper():
            return None
    return None


class RoleHolders:
    def role_person_after(self, sent: Span, j: int, appositive: bool = True) -> Arg | None:
        """The holder after a role's organisation; with ``appositive``, the person set off by
        commas after the name that follows it (:meth:`_appositive_person`)."""
        while True:
            if j in self.by_start and self._org_or_place(self.by_start[j]):
                j = self.by_start[j].end  # "Ketua Baleg DPR RI, Bob Hasan"
            elif j + 2 < sent.end and self.doc[j].text == "(" and self.doc[j + 2].text == ")":
                j += 3  # the organisation's short form: "Direktur Pemasaran Toyota-Astra Motor [(TAM)] X"
            elif (after := titled_short_form_end(self.doc, j, sent.end)) is not None:
                j = after  # the role's short form: "Kepala Badan Gizi Nasional [(Kepala BGN)] X"
            elif j < sent.end and self.doc[j].text == "RI" and j not in self.covered:
                j += 1  # the country after its parliament, where no mention holds it: "Komisi VII DPR [RI]"
            elif j < sent.end and lx.ORDINAL.fullmatch(self.doc[j].lower_):
                j += 1  # the office's ordinal: "Ketua DPR RI [ke-20] Puan Maharani"
            elif (
                j < sent.end
                and self.doc[j].lower_ in ("dan", "&")
                and j + 1 in self.by_start
                and self._org_or_place(self.by_start[j + 1])
            ):
                j += 1  # "Kepala Kantor Wilayah Bea Cukai Bali NTT [dan] NTB Hendra Prasmono"
            elif j < sent.end and self.doc[j].lower_ in FACTION_LINKS and self._faction_follows(sent, j + 1):
                j += 1  # "Wakil Ketua Komisi IX DPR [dari] [Fraksi] Partai Gerindra, Andre Rosiade"
            else:
                break
        if j < sent.end and self.doc[j].lower_ in ("lainnya", "lain"):
            j += 1  # "anggota Komisi II DPR lainnya, Deddy Yevri Sitorus"
        elif j + 1 < sent.end and (self.doc[j].lower_, self.doc[j + 1].lower_) == ("saat", "ini"):
            j += 2  # "pelatih Arsenal saat ini, Unai Emery": the current holder
        comma = j < sent.end and self.doc[j].text == ","
        j += comma
        if j < sent.end and self.doc[j].lower_ == "sekaligus":
            return self._person_after_second_role(sent, j + 1)
        j = self._after_ranks(sent, j)  # "Direktur Utama BPJS Kesehatan Prof Ali Ghufron Mukti"
        if j in self.by_start:
            shifted = appositive and not comma and self._appositive_person(sent, self.by_start[j].end)
            arg = shifted or self.arg(self.by_start[j])
            return arg if self.holder(arg) else None
        return None

    def _after_ranks(self, sent: Span, j: int) -> int:
        ranks = j
        while j < sent.end and j - ranks < 3 and self.doc[j].lower_.rstrip(".") in lx.TITLES:
            j += 1
        return j

    def _appositive_person(self, sent: Span, j: int) -> Arg | None:
        """The person set off by commas after the name that follows a role's organisation:
        that name ends the organisation's, which the NER cut short ("Kepala Dinas PU [Cipta
        Karya Jember], Deni, saat dikonfirmasi ..."); not a list of names ("..., Ani, dan")."""
        if j >= sent.end or self.doc[j].text != ",":
            return None
        k = self._after_ranks(sent, j + 1)
        if k not in self.by_start or self.etype(self.arg(self.by_start[k])) != "PERSON":
            return None
        end = past_degrees(self.doc, self.by_start[k].end, sent.end)  # "X, M.T., divonis"
        if end > self.by_start[k].end and (end >= sent.end - 1 or self.doc[end].is_lower):
            return self.arg(self.by_start[k])  # "X, M.Si. mengatakan", "... kepada X, M.T."
        if end + 1 >= sent.end or self.doc[end].text != "," or not self.doc[end + 1].is_lower:
            return None
        return None if self.doc[end + 1].lower_ in lx.CONJUNCTIONS else self.arg(self.by_start[k])

    def _org_or_place(self, span: Span) -> bool:
        """An organisation or a place, or an untyped name of an organisation's head word
        ("Ketua Fraksi NasDem [DPRD] Jawa Barat, X")."""
        etype = self.etype(self.arg(span))
        return etype in ("GPE", "ORG") or (etype == "MISC" and self.doc[span.start].lower_ in ORG_HEADS)

    def _person_after_second_role(self, sent: Span, j: int) -> Arg | None:
        """``Anggota DPR RI sekaligus Wakil Ketua Umum Partai Golkar [Bambang Soesatyo]``:
        the holder after a second role, across its capitalised words and names."""
        for k in range(j, min(j + 12, sent.end)):
            if k in self.by_start:
                arg = self.arg(self.by_start[k])
                if self.holder(arg):
                    return arg
            elif not (self.doc[k].text[:1].isupper() or self.doc[k].lower_ in ("dan", ",")) and k not in self.covered:
                return None
        return None

    def faction_between(self, start: int, end: int) -> Arg | None:
        """The party of the faction written between a role's organisation and its holder
        ("Anggota Komisi XII DPR RI [Fraksi Golkar], X", "... DPR dari Fraksi [PDIP], X")."""
        for k in range(start, end):
            if self.doc[k].lower_ != "fraksi":
                continue
            for at in (k + 1, k):
                if at in self.by_start and self.etype(self.arg(self.by_start[at])) == "ORG":
                    return self.arg(self.by_start[at])
        return None

    def _faction_follows(self, sent: Span, j: int) -> bool:
        """A name, or *Fraksi* and a name, starts at ``j``."""
        if j < sent.end and self.doc[j].lower_ == "fraksi":
            j += 1
        return j < sent.end and j in self.by_start

    def past_role(self, sent: Span, j: int) -> int:
        """``Presiden Indonesia, Prabowo Subianto``, ``tersangka (berinisial) Budi``: the
        argument is the person."""
        if (occupied := self._past_occupation(sent, j)) is not None:
            return occupied
        k = j
        while k < sent.end and (self.doc[k].lower_ in lx.TITLES or (k > j and self._title_goes_on(sent, k))):
            k += 1  # "Menteri Kelautan [dan] Perikanan X", "Presiden [ke-6] RI X"
        if k == j:
            return j
        if k in self.by_start and self.etype(self.arg(self.by_start[k])) in ("GPE", "ORG", "LOC"):
            k = self.by_start[k].end
            k += k < sent.end and lx.ORDINAL.fullmatch(self.doc[k].lower_) is not None  # "Ketua DPR [ke-20] X"
            if k in self.by_start and self.etype(self.arg(self.by_start[k])) in ("GPE", "LOC"):
                k = self.by_start[k].end  # the office's region: "Kepala Dinas PUPR [Kabupaten Mamuju], X"
        else:  # "Bupati [Kolaka Timur] Abdul Azis": a region no mention names
            k = next((m for m in range(k, min(k + 4, sent.end)) if not self._unnamed_capital(m)), k)
        if k < sent.end and self.doc[k].text == ",":
            k += 1
        while k < sent.end and self.doc[k].lower_.rstrip(".") in lx.RANKS:
            k += 1  # ranks and honorifics: "kepada mantan Kepala Dinas PUPR, [Ir. H.] Muh. Yasin"
        if k in self.by_start and self.etype(self.arg(self.by_start[k])) in ("PERSON", "MISC"):
            return k
        return j

    def _title_goes_on(self, sent: Span, k: int) -> bool:
        """A portfolio, a word joining two, or the office's ordinal after a title's words."""
        lower = self.doc[k].lower_
        ordinal = lx.ORDINAL.fullmatch(lower) is not None
        return ordinal or lower in lx.PORTFOLIO or joined_portfolio(self.doc, k, sent.end)

    def _past_occupation(self, sent: Span, j: int) -> int | None:
        """The person after an occupation or a party to a case, past a naming word and the
        nouns before it: "menangkap tersangka [Budi]", "pelaku berinisial [AS]", "dua
        tersangka kasus narkoba berinisial [RS] dan AN", "dua tersangka, yakni [RS] ..."."""
        j += j + 1 < sent.end and self.doc[j].tag_ == "NUM"  # "dua tersangka"
        if j >= sent.end or self.doc[j].lower_ not in lx.OCCUPATIONS:
            return None
        k = next((m + 1 for m in range(j + 1, min(j + 6, sent.end)) if self.doc[m].lower_ in lx.INITIAL_CUES), j + 1)
        between = self.doc[j + 1 : k - 1] if k > j + 1 else []
        plain = all(t.text == "," or (t.is_lower and t.tag_ == "NN") for t in between)
        person = plain and k in self.by_start and self.etype(self.arg(self.by_start[k])) == "PERSON"
        return k if person else None

    def _unnamed_capital(self, k: int) -> bool:
        return k not in self.covered and self.doc[k].is_alpha and self.doc[k].text[:1].isupper()

    def role_person_before(self, sent: Span, i: int) -> Arg | None:
        j = self._before_sekaligus(sent, i - 1)
        if j >= sent.start and (self.doc[j].lower_ in lx.ROLE_FLAGS or self.doc[j].lower_ == "wakil"):
            j -= 1
        before = self._before_yang(sent, j)
        relative, j = before != j, before  # "X, yang juga Ketua ...": no list of titled people
        if j >= sent.start and self.doc[j].lower_ in ("selaku", "sebagai", "adalah"):
            j -= 1
        k = j
        while k > sent.start and j - k < 3 and self.doc[k].lower_ in COPULA:
            k -= 1  # "X [menjabat] sebagai Ketua ...", "X [terpilih menjadi] Ketua ..."
        j = k
        if j > sent.start and self.doc[j].text == ",":
            j -= 1
        if j > sent.start + 2 and self.doc[j].text == ")" and self.doc[j - 2].text == "(":
            j -= 3  # "Danny Praditya (DP) selaku Direktur ..."
        if j >= sent.start and self.doc[j].lower_ == "mantan":
            j -= 1
        if j in self.by_end:
            span = self.by_end[j]
            arg = self.arg(span)
            listed = not relative and self.doc[j + 1].text == "," and self._titled(sent, span.start)  # titled people
            return arg if self.holder(arg) and not listed else None
        return None

    def _titled(self, sent: Span, start: int) -> bool:
        """A title right before the person, over its organisation or place: "Wakil Bupati Solok
        [Candra], Ketua Fraksi ..." lists people by their titles, and the title after the
        comma belongs to the next name, not to Candra."""
        k = start - 1
        while k >= sent.start and start - k <= 6:
            word = self.doc[k].lower_.rstrip(".")
            if word in role_words() or word in lx.TITLES:
                return True
            if not (k in self.covered or self.doc[k].text[:1].isupper() or word in lx.PORTFOLIO):
                return False
            k -= 1
        return False

    def _before_yang(self, sent: Span, j: int) -> int:
        """``Eddy yang juga Waketum PAN``, ``X, yang kini menjabat Ketua ...``: the role of the
        name before the relative clause."""
        k = relative_clause(self.doc, sent.start, j)
        if k is None:
            return j
        return k - 1 if self.doc[k - 1].text != "," else k - 2

    def _before_sekaligus(self, sent: Span, j: int) -> int:
        """``X, ekonom asal Belgia sekaligus wakil direktur ORG``: a second role joined by
        "sekaligus" belongs to the name before the first one's comma."""
        if j <= sent.start or self.doc[j].lower_ != "sekaligus":
            return j
        for k in range(j - 1, max(sent.start, j - 8) - 1, -1):
            if self.doc[k].text == ",":
                return k
        return j


def relative_clause(doc: Doc, sent_start: int, j: int) -> int | None:
    """The *yang* that opens a relative clause whose words (:data:`YANG_ALSO`) end at ``j``
    ("X, [yang] juga menjabat", "X [yang] kini"), with a name's place before it, or None."""
    k = j
    while k > sent_start and doc[k].lower_ in YANG_ALSO:
        k -= 1
    return k if k != j and k > sent_start and doc[k].lower_ == "yang" else None
