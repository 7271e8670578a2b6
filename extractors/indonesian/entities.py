"""Within-article entity resolution: mentions -> canonical entities with aliases.

Links, in order: same gazetteer entry; same normalised text (a state written after a
name aside: "DPR RI" = "DPR"; a company's legal forms aside: "PT Jasa Marga (Persero) Tbk"
= "Jasa Marga"; a regional government or office spelt out or short: "Pemprov Jateng" =
"Pemerintah Provinsi Jawa Tengah", "Kejari Sidoarjo" = "Kejaksaan Negeri Sidoarjo"); an acronym in
brackets after a name ("Amerika Serikat (AS)"); a one-word name that is the
first or last word of a longer person name ("Kim" -> "Kim Jong-un"; a person's name of
two words or more that opens a longer one, before), or of a place name
whose other words are place nouns ("Bandung" -> "Kota Bandung", never "Bali" -> "Arak Bali");
a one-word name made of the starts of a longer name's words ("Flotim" -> "Flores Timur").
A name the gazetteer knows by the short form in its brackets and spelt a letter or two
apart is that entry ("Badan Pusat Statistika (BPS)" -> Statistics Indonesia).
Writes ``doc._.kg_entities`` ({id: Entity}) and ``doc._.kg_links``
({(start_char, end_char): entity id}).
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.cues import capital_city
from kg.extractors.indonesian.gazetteer import GazetteerEntry, written_entry
from kg.extractors.indonesian.lemmas import is_common_word
from kg.extractors.indonesian.mentions import SPAN_KEY, bracket_names, title_or_rank
from kg.extractors.indonesian.names import without_legal_form, without_state
from kg.extractors.indonesian.regional_names import government_key, regional_office_key
from kg.extractors.indonesian.spans import addressed_initials, after_age, all_capitals, initials, spells_tail
from kg.extractors.indonesian.spelled import abbreviates, abbreviates_words
from kg.ids import entity_id, name_key, normalize_name
from kg.model import Entity


def _written_with_state(span: Span, key: str) -> bool:
    """An unknown name whose text ``key`` leaves a state or legal form out ("DPR RI")."""
    return not span.kb_id_ and key.startswith("txt:") and name_key(span.text) != key[4:]


class _Groups:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class EntityResolver:
    def __init__(self, name: str, entries: dict[str, GazetteerEntry]) -> None:
        self.name = name
        self.entries = entries
        self.by_name: dict[str, GazetteerEntry] | None = None  # surface name -> entry, built once

    def __call__(self, doc: Doc) -> Doc:
        mentions = list(doc.spans[SPAN_KEY])
        groups = _Groups(len(mentions))
        self._link_same(mentions, groups)
        short_forms = self._link_acronyms(doc, mentions, groups)
        self._link_part_names(mentions, groups, short_forms)
        self._link_short_names(mentions, groups, short_forms)
        self._link_abbreviations(mentions, groups, short_forms)
        self._link_initials(doc, mentions, groups)
        self._link_aliases(doc, mentions, groups)
        entities, links = {}, {}
        members: dict[int, list[Span]] = {}
        for i, span in enumerate(mentions):
            members.setdefault(groups.find(i), []).append(span)
        for spans in members.values():
            entity = self.make_entity(spans)
            entities[entity.id] = _merge(entities.get(entity.id), entity)
            links.update({(s.start_char, s.end_char): entity.id for s in spans})
        doc._.kg_entities = {k: v for k, v in sorted(entities.items())}
        doc._.kg_links = links
        return doc

    def _link_same(self, mentions: list[Span], groups: _Groups) -> None:
        """Same entry, or the same text (state and legal forms aside). A known name takes the
        names written as it is after it, and those before it of its type written with a state
        or legal form ("DPR RI ... DPR") or as the gazetteer writes the entry (a headline's
        "KPK" the body's known "KPK"; not "Saudara AS ... AS" = the United States)."""
        first: dict[str, int] = {}
        for i, span in enumerate(mentions):
            texts = [without_legal_form(without_state(name_key(text))) for text in surface_names(span)]
            keys = ["txt:" + key for key in texts] + ["gov:" + gov for gov in filter(None, map(government_key, texts))]
            keys += ["office:" + office for office in filter(None, map(regional_office_key, texts))]
            if spelling := _spelling_key(span):
                keys.append(spelling)
            if span.kb_id_:
                for key in keys:
                    j = first.setdefault(key, i)
                    earlier = mentions[j]
                    if j != i and earlier.label_ == span.label_ and not earlier.kb_id_:
                        entry = self.entries.get(span.kb_id_)
                        if _written_with_state(earlier, key) or (entry and earlier.text in entry.names):
                            groups.union(j, i)
                keys = ["gaz:" + span.kb_id_]
            for key in keys:
                groups.union(first.setdefault(key, i), i)

    @staticmethod
    def _link_acronyms(doc: Doc, mentions: list[Span], groups: _Groups) -> set[int]:
        """Link a name and the short form bracketed after it; the short forms' indices."""
        by_start = {s.start: i for i, s in enumerate(mentions)}
        linked = set()
        for i, span in enumerate(mentions):
            if span.end + 2 < len(doc) and doc[span.end].text == "(":
                j = by_start.get(span.end + 1)
                closed = j is not None and mentions[j].end < len(doc) and doc[mentions[j].end].text == ")"
                if closed and _short_form_of(mentions[j], span):
                    groups.union(i, j)
                    linked.add(j)
        return linked

    @staticmethod
    def _link_part_names(mentions: list[Span], groups: _Groups, short_forms: set[int]) -> None:
        """A person's name of two words or more that opens the one longer person name of the
        article it fits, both of name words only (a word glued before a name is more often a
        title the NER took in: "Motivator Merry Riana") ("Jhon Franky": "Jhon Franky Yanafia
        Ariandi"), so the one-word "Jhon" after it finds one person too."""
        people = [
            (i, tuple(t.lower_ for t in s if not t.is_punct))
            for i, s in enumerate(mentions)
            if s.label_ == "PERSON" and len(s) > 1 and i not in short_forms and _plain_name(s)
        ]
        for i, words in people:
            n = len(words)
            hits = {groups.find(j) for j, name in people if len(name) > n and name[:n] == words}
            if len(hits) == 1:
                groups.union(i, hits.pop())

    @staticmethod
    def _link_short_names(mentions: list[Span], groups: _Groups, short_forms: set[int]) -> None:
        """A one-word name joins the one longer person name it is a word of ("Doli": "Ahmad
        Doli Kurnia") or the one place name it starts or ends; never a name's bracketed
        short form ("(Gaikindo)" is no "Gaikindo Yohannes Nangoi")."""
        long_names: dict[str, list[int]] = {}  # a word of a person's name, an end of a place's -> longer names
        for i, s in enumerate(mentions):
            if len(s) > 1 and s.label_ == "PERSON":
                called = {s[0].text, s[-1].text} | ({s[1].text} if len(s) > 2 and _prefix_name(s[0]) else set())
                called |= {t.text for t in s if t.is_alpha and not _prefix_name(t)} if _plain_name(s) else set()
                for word in called - {t.text for t in s if all_capitals(t.text)}:
                    long_names.setdefault(word, []).append(i)  # no person ends in "IKN"
            elif len(s) > 1 and not s.kb_id_ and (s.label_ in ("MISC", "LOC") or capital_city(s[0])):
                for word in _place_names(s):  # "Kota Bandung" -> Bandung, not "Arak Bali" -> Bali
                    long_names.setdefault(word, []).append(i)
        for i, span in enumerate(mentions):
            if len(span) != 1 or span.kb_id_ or i in short_forms:
                continue
            hits = {groups.find(j) for j in long_names.get(span.text, ())}
            if len(hits) == 1:
                groups.union(i, hits.pop())

    @staticmethod
    def _link_abbreviations(mentions: list[Span], groups: _Groups, short_forms: set[int]) -> None:
        """A one-word name of four letters or more that abbreviates a longer name of the
        article joins it when no other group fits: syllables ("Flotim" = "Flores Timur",
        "Buwas" = "Budi Waseso", whatever type the NER gave the short one; a company's legal
        form aside: "Pertagas" = "PT Pertamina Gas") or, in capitals, initials ("DJKN"); no
        brackets needed. So does a longer name with runs of its words written short
        ("Ditjen Pendis", "Polda Babel", "Kementerian HAM": :func:`spelled.abbreviates_words`)."""
        longer = [(j, _name_words(s), initials(s)) for j, s in enumerate(mentions) if len(s) > 1]
        for i, span in enumerate(mentions):
            if span.kb_id_ or i in short_forms:
                continue
            short = span.text
            if len(span) > 1:
                written = _name_words(span)
                hits = {groups.find(j) for j, words, _ in longer if abbreviates_words(written, words)}
            elif len(short) < 4:
                continue
            elif all_capitals(short):
                hits = {groups.find(j) for j, _, letters in longer if short == letters}
            else:
                hits = {groups.find(j) for j, words, _ in longer if abbreviates(short.lower(), words)}
            if len(hits) == 1:
                groups.union(i, hits.pop())

    @staticmethod
    def _link_initials(doc: Doc, mentions: list[Span], groups: _Groups) -> None:
        """Initials after a form of address name the one person of the article whose name
        they abbreviate: "saudara AS" is "Arso Sadewo" (police and court news)."""
        people: dict[str, list[int]] = {}
        for i, s in enumerate(mentions):
            if len(s) > 1 and s.label_ == "PERSON":
                people.setdefault(initials(s), []).append(i)
        for i, span in enumerate(mentions):
            if addressed_initials(doc, span.start, span.end):
                hits = {groups.find(j) for j in people.get(span.text, ())}
                if len(hits) == 1:
                    groups.union(i, hits.pop())

    @staticmethod
    def _link_aliases(doc: Doc, mentions: list[Span], groups: _Groups) -> None:
        """Two names of one type joined by *alias* are one: "Saifullah Yusuf alias Gus Ipul",
        "RM TPS alias KRT WD", "Sergei Domogatskii (40) alias ..." (an age between); so are
        a person's full name and one word after *atau* ("Immanuel Ebenezer atau Noel"; not
        "Anies atau Ganjar", a choice)."""
        by_start = {s.start: i for i, s in enumerate(mentions)}
        for i, span in enumerate(mentions):
            k = after_age(doc, span.end) or span.end
            j = by_start.get(k + 1) if k < len(doc) and doc[k].lower_ in ("alias", "atau") else None
            if j is None or mentions[j].label_ not in (span.label_, "MISC"):
                continue  # the NER types a nickname now a person, now MISC
            if doc[k].lower_ == "alias" or (span.label_ == "PERSON" and len(span) > 1 and len(mentions[j]) == 1):
                groups.union(i, j)

    def make_entity(self, spans: list[Span]) -> Entity:
        gaz = next((s.kb_id_ for s in spans if s.kb_id_), "")
        entry = self.entries.get(gaz) or self._misspelt(spans) or _written_known(spans)
        # not an alias: initials only a form of address gave ("saudara AS" of "Arso Sadewo")
        named = [s for s in spans if not addressed_initials(s.doc, s.start, s.end)]
        texts = [normalize_name(text) for s in named for text in surface_names(s)]
        heads = [normalize_name(surface_names(s)[0]) for s in spans]  # not what brackets hold
        name = entry.name if entry else max(heads, key=lambda t: (len(t), -heads.index(t)))
        etype = entry.type if entry else _vote([s for s in spans if not _initials_of_person(s, spans)])
        if not entry and any(s[0].lower_ in lx.ORG_HEADS and len(s) > 1 for s in spans):
            etype = "ORG"  # "Badan Legislasi (Baleg)": the head word outvotes the model on "Baleg"
        elif not entry and any(capital_city(s[0]) and len(s) > 2 for s in spans):
            etype = "LOC"  # "Ibu Kota Nusantara (IKN)": a capital city, whatever "IKN" was taken for
        aliases = tuple(sorted({t for t in texts if t != name}))
        return Entity(entity_id(name), name, etype, aliases, entry.wikidata if entry else "", "en" if entry else "")

    def _misspelt(self, spans: list[Span]) -> GazetteerEntry | None:
        """The known entity whose short form the brackets hold and whose name the article
        misspells: "Badan Pusat Statistika (BPS)" is "Badan Pusat Statistik" (BPS)."""
        if self.by_name is None:
            self.by_name = {n.lower(): e for e in self.entries.values() for n in e.names}
        for span in spans:
            long, *shorts = surface_names(span)
            for short in shorts:
                entry = self.by_name.get(short.lower())
                if entry and len(long) >= MISSPELT_LENGTH and any(_near(long, n) for n in entry.names):
                    return entry
        return None


# the gazetteer's types a mention's label may stand for
KNOWN_LABELS = {"ORG": ("ORG",), "PERSON": ("PERSON",), "GPE": ("GPE",), "LOC": ("GPE", "LOC")}


def _written_known(spans: list[Span]) -> GazetteerEntry | None:
    """The gazetteer's entry a mention the matcher left unlinked writes exactly, of a type its
    label allows: "DPR" of a "Komisi VI DPR" the NER split, "Jokowi" in a headline."""
    entries = (written_entry(span.text, KNOWN_LABELS.get(span.label_, ())) for span in spans)
    return next((entry for entry in entries if entry is not None), None)


MISSPELT_LENGTH = 12  # a shorter name a letter away is another name ("Bank BRI" / "Bank BPR")


def _near(a: str, b: str) -> bool:
    """A letter or two apart (a typo), for names of MISSPELT_LENGTH characters or more."""
    return SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.9 and abs(len(a) - len(b)) <= 2


# first names a person is not called by: "Moch Faruk Rozi" is "Faruk"
PREFIX_NAMES = frozenset(["muhammad", "muhamad", "mohammad", "mohamad", "mohammed", "moch", "mochamad", "mochammad"])
PREFIX_NAMES |= frozenset(["moh", "muh", "mohd", "m"])


def _spelling_key(span: Span) -> str | None:
    """A person's name as compared across spellings: no period after an initial, no doubled
    letter ("Dedie A. Rachim" = "Dedie A Rachim", "Affifudin" = "Afifuddin")."""
    if span.label_ != "PERSON" or span.kb_id_:
        return None
    key = DOUBLED.sub(r"\1", INITIAL_PERIOD.sub(r"\1", name_key(span.text)))
    return "per:" + key if len(key) >= 5 else None


INITIAL_PERIOD = re.compile(r"\b(\w)\.")
DOUBLED = re.compile(r"(\w)\1+")


def _plain_name(span: Span) -> bool:
    """A person's name of name words only: no common word, title or function word the NER
    took in ("Penyelenggara Munas Melchias ...", "Elizabeth Hurley Menurut Harper")."""
    return all(
        t.is_punct or (not is_common_word(t.text) and t.lower_ not in lx.TITLES and not lx.is_function_word(t.lower_))
        for t in span
    )


def _prefix_name(token: Token) -> bool:
    return prefix_name(token.text)


def prefix_name(word: str) -> bool:
    """A name the person is not called by: "Muhammad", "Moch", or an initial ("[R] Sony
    Sulaksono Wibowo" is "Sony", "[A.] Rahman Hakim" is "Rahman")."""
    word = word.rstrip(".")
    return word.lower() in PREFIX_NAMES or (len(word) == 1 and word.isupper())


def _place_names(span: Span) -> set[str]:
    """The first or last word of a place name whose other words are place nouns."""
    opened = next((t.i for t in span if t.text == "("), span.end)  # "Ibu Kota Nusantara (IKN)"
    span = span.doc[span.start : opened]
    words = ["kota" if capital_city(t) else t.lower_ for t in span]  # "Ibu Kota Nusantara" -> Nusantara
    return {span[k].text for k, rest in ((0, words[1:]), (-1, words[:-1])) if all(w in lx.PLACE_NOUNS for w in rest)}


def surface_names(span: Span) -> list[str]:
    """The names a mention spells: "Bursa Efek Indonesia (BEI)" spells two."""
    return bracket_names(span) or [span.text]


def _short_form_of(short: Span, span: Span) -> bool:
    """What the brackets after ``span`` hold names it: its acronym, or another unknown name
    that does not spell only the end of it ("Panja RUU Ibu Kota Negara (IKN)")."""
    return _is_acronym_of(short.text, span) or not (short.kb_id_ or spells_tail(short.text, span))


def _is_acronym_of(acronym: str, span: Span) -> bool:
    return acronym.upper() == initials(span)


def _initials_of_person(short: Span, spans: list[Span]) -> bool:
    """A person's initials ("BHS" for "Bambang Haryo Soekartono"), whatever type the NER gave
    them: the person's name decides the entity's type."""
    return all_capitals(short.text) and any(
        len(s) > 1 and s.label_ in ("PERSON", "PER") and initials(s) == short.text for s in spans
    )


MINISTERS = frozenset(["menteri", "menko", "wamen"])  # before their portfolio's words
PORTFOLIO_WORDS = lx.PORTFOLIO - MINISTERS


def _vote(spans: list[Span]) -> str:
    """The type most mentions carry (MISC only when no other); a tie goes to the type of the
    longest mention ("Bayu Aji" PERSON over "Bayu" ORG). A person's mention right after a
    title counts three times: the title says who it is ("mantan Menteri Perdagangan [Thomas
    Lembong]" against two mentions the model typed ORG)."""
    counts = Counter(s.label_ for s in spans if s.label_ != "MISC")
    if titled := sum(1 for s in spans if s.label_ == "PERSON" and _titled(s)):
        counts["PERSON"] += 2 * titled
    if not counts:
        return "MISC"
    top = max(counts.values())
    tied = {label for label, n in counts.items() if n == top}
    return min((s for s in spans if s.label_ in tied), key=lambda s: (-len(s), s.label_)).label_


def _merge(old: Entity | None, new: Entity) -> Entity:
    if old is None:
        return new
    aliases = tuple(sorted(set(old.aliases) | set(new.aliases)))
    etype = old.type if old.type != "MISC" else new.type
    return Entity(old.id, old.name, etype, aliases, old.wikidata or new.wikidata, old.name_lang)


def _titled(span: Span) -> bool:
    """A minister's title, a title that names its organisation or a rank right before the
    mention ("Menteri Perdagangan X", "Kapolri X", "AKBP X"): what follows is its holder.
    Not a role that takes an organisation after it ("Direktur Utama [Garuda Indonesia]")."""
    k = span.start - 1
    while k >= 0 and span.doc[k].lower_ in PORTFOLIO_WORDS and span.start - k <= 4:
        k -= 1
    word = span.doc[k].lower_ if k >= 0 else ""
    if k < span.start - 1:
        return word.rstrip(".") in MINISTERS
    return title_or_rank(word)


def _name_words(span: Span) -> tuple[str, ...]:
    """A name's words in lower case, without punctuation and company forms ("PT", "Tbk")."""
    return tuple(without_legal_form(" ".join(t.lower_ for t in span if not t.is_punct)).split())
