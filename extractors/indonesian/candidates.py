"""Argument candidates beyond names: the noun phrases a fact can hold (*pabrik rudal*,
*bantuan sosial*, *tarif impor*, *massa buruh*, *dua orang tersangka itu*), the
third-person pronouns (*ia*, *dia*, *beliau*) and the first-person ones (*saya*, *aku*,
*kami*, *kita*, *pihaknya*), chunked over the lexicon tags of
:mod:`kg.extractors.indonesian.postags`.

:class:`ArgumentFinder` writes ``doc.spans["kg_arguments"]``: label = the guessed type
(the head word's most frequent type among the arguments of the relation training data,
``data/argument_heads.tsv``, written by ``scripts/train_relations.py``; else CONCEPT),
``kb_id_`` = "pronoun" for third-person pronouns, "speaker" for *saya*/*aku*, "group"
for *kami*/*kita*/*pihaknya*, "" for noun phrases. Spans identical to a named mention are
left out (the mention is the candidate). :func:`vague` tells a common noun written alone
that the annotations never take alone as an argument (``data/single_words.tsv``, also
written by ``scripts/train_relations.py``): the fact builder gives it no fact.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.cues import title_tokens
from kg.extractors.indonesian.designators import designates
from kg.extractors.indonesian.lemmas import is_common_word
from kg.extractors.indonesian.lexicon import HEADS, head_types  # noqa: F401  (the training script writes HEADS)
from kg.extractors.indonesian.postags import lexicon as word_classes
from kg.extractors.indonesian.role_names import OFFICE_TITLES
from kg.extractors.indonesian.speakers import FIRST_PERSON, FIRST_PLURAL
from kg.extractors.indonesian.title_holders import office

SPAN_KEY = "kg_arguments"
SINGLE_WORDS = Path(__file__).parent / "data" / "single_words.tsv"
SINGLE_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")  # "masyarakat", "anak-anak": one common noun as written
PRONOUNS = frozenset(["ia", "dia", "beliau"])
PERSONAL = PRONOUNS | FIRST_PERSON | FIRST_PLURAL
QUANTIFIERS = frozenset(
    "para sejumlah beberapa seluruh semua setiap tiap seorang sebuah sebanyak kedua ketiga berbagai banyak".split()
)
# quantifiers that open a new phrase after a noun (not the ordinals: "tahap kedua")
COUNTS = QUANTIFIERS - {"kedua", "ketiga"}
ENDERS = frozenset(["ini", "itu", "tersebut"])
# heads of phrases that point back at a statement, not at a participant ("hal ini", "hal itu")
ANAPHORIC = frozenset(["hal", "halnya"])
# nouns that count or measure and name nothing alone ("pertama [kali]", "dua [kali] lipat")
MEASURES = frozenset(["kali", "kalinya", "lipat"])
NOUNISH = frozenset(["NN", "NNP", "FW", "NUM"])
# adjectives that, right before a prefixed verb, modify the verb, not the phrase before them:
# "para penegak hukum [serius] menangani", "pemerintah [resmi] menetapkan", "franc Swiss
# [cenderung] menguat", "siswa [langsung] dipulangkan" (not "bantuan langsung tunai")
ADVERBIAL = frozenset(["serius", "cenderung", "wajib", "resmi", "konsisten", "sukses", "langsung", "rutin", "aktif"])
VERB_PREFIXES = ("me", "di", "ber", "ter")
MAX_TOKENS = 12


UNSPECIFIC_AFTER = ENDERS | frozenset(["pertama", "kedua", "ketiga", "terakhir"])
TIME_NOUNS = frozenset(
    "detik menit jam pukul hari tanggal pekan minggu bulan tahun periode pagi siang sore malam kemarin besok".split()
)

# a time after a phrase is the clause's, not the phrase's: "tiga saksi [hari ini]", "Komisi VI
# DPR RI [kemarin]" (not an age: "pria 32 tahun ini")
TIME_ALONE = frozenset(["kemarin", "besok", "lusa", "tadi"])
TIME_PERIODS = frozenset(["hari", "malam", "pagi", "siang", "sore", "pekan", "minggu", "bulan", "tahun"])
TIME_DEIXIS = frozenset(["ini", "lalu", "depan", "kemarin"])
TIMES = TIME_ALONE | TIME_PERIODS | TIME_DEIXIS


# types of phrases that name a thing only with more words: "program", "acara", "aturan", "dana"
NOT_PARTICIPANTS = frozenset(["CONCEPT", "PROGRAM", "EVENT", "LAW", "MONEY"])


def unspecific(span: Span) -> bool:
    """Whether a noun phrase (not a name) names nothing without its context: a noun with a
    demonstrative or an ordinal ("mobil tersebut", "sasaran pertama"), a time, a day, a
    month or a year ("pekan lalu", "Kamis malam itu", "Maret 2020 mendatang", "2021
    mendatang"), or one word of no participant type the training data taught
    ("penelitian", "imbauan": typed CONCEPT). One word of such a type ("polisi", "warga")
    does name someone (measured: docs/relations.md), but not one of the people a crime
    report describes ("korban", "pelaku": every article's victim would be one node). Open
    facts need specific arguments (:mod:`.facts`)."""
    words = [t.lower_ for t in span if not (t.is_space or t.is_punct)]
    if not words:
        return True
    one_concept = len(words) == 1 and (span.label_ in NOT_PARTICIPANTS or words[0] in NOTHING_ALONE)
    vague = words[0] in VAGUE and 1 < len(words) <= 3  # "sejumlah opsi penyelesaian utang ..." is specific
    when = words[0] in TIME_NOUNS or lx.is_date_word(words[0]) or _year(words)
    return one_concept or vague or when or (len(words) == 2 and words[1] in UNSPECIFIC_AFTER)


YEAR = re.compile(r"(19|20)\d\d")
YEAR_DEIXIS = (TIME_DEIXIS - {"kemarin"}) | {"mendatang", "silam"}  # "2021 mendatang", "2015 silam"


def _year(words: list[str]) -> bool:
    """A year alone or with its deixis: "2021 mendatang", "2015 silam"."""
    return bool(YEAR.fullmatch(words[0])) and all(w in YEAR_DEIXIS for w in words[1:])


# words before a role that keep it the holder's ("Mantan Menteri Pertahanan itu"); people a
# crime report describes are seldom the last person it named ("korban ini", "pelaku itu")
ROLE_MODIFIERS = frozenset(["eks", "mantan", "wakil", "sang"])
NOT_DESCRIBING = frozenset(["korban", "pelaku", "tersangka", "terdakwa", "terpidana", "saksi"])
# quantifiers of no one in particular: "sejumlah kementerian", "berbagai pihak", "seorang warga"
VAGUE = frozenset(["sejumlah", "berbagai", "beberapa", "seluruh", "seorang", "satu", "sebesar"])
# words that alone name no one in particular: "tim" (whose team?), "orang", "pemerintahan"
NAMES_NO_ONE = frozenset(["tim", "orang", "orang-orang", "pemerintahan"])
NOTHING_ALONE = NOT_DESCRIBING | NAMES_NO_ONE


def compound_head(span: Span) -> bool:
    """A one-word name that is a common word with a common noun right after it: the head of
    a compound or a phrase ("Air kelapa", "Ambil contoh", "Jet lag", "Hitung biaya"), which
    the NER took for a person; no one-word person of idner-news-2k's 2,000 is so written."""
    if len(span) != 1 or not is_common_word(span.text) or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    noun = after.text[:1].islower() and after.tag_ == "NN"
    return noun and after.lower_ not in TIMES and after.lower_ not in TIME_NOUNS


def describes_person(span: Span) -> bool:
    """A role or occupation with a demonstrative, standing for a person named before it:
    "Politikus PKB ini", "Ketua DPR RI ke-20 ini", "Mantan Menteri Pertahanan itu"."""
    words = [t.lower_ for t in span if not (t.is_space or t.is_punct)]
    if len(words) < 2 or words[-1] not in ENDERS:
        return False
    first = next((w for w in words[:-1] if w not in ROLE_MODIFIERS), "")
    role = first in lx.ROLE_NOUNS or first.rstrip(".") in lx.TITLES or first in lx.OCCUPATIONS
    return role and first not in NOT_DESCRIBING


@lru_cache(maxsize=1)
def single_words() -> frozenset[str]:
    """The common nouns the annotations take alone as an argument ("masyarakat", "penyidik")."""
    return frozenset(lx.read_pairs(SINGLE_WORDS))


def vague(name: str) -> bool:
    """One common noun written alone that the annotations never take alone as an argument
    ("situasi", "rumah", "kemudahan"): a place-holder, not an entity; one with a possessive
    is someone's ("rumahnya", "kantornya")."""
    alone = SINGLE_WORD.fullmatch(name) is not None and not name.endswith("nya")
    return alone and name not in single_words()


def guess_type(span: Span) -> str:
    """The type of a noun phrase by its head (first noun) word, or else by the head's root,
    learned from the training data (a pronoun's type is no root's: "pengakuan" is no "aku");
    an amount in a currency is MONEY."""
    head = next((t for t in span if t.lower_ not in QUANTIFIERS and t.tag_ != "NUM"), span[0])
    if head.lower_ in lx.CURRENCIES:
        return "MONEY"
    known, root = head_types(), head.lemma_ or head.lower_
    by_root = known.get(root) if root not in PERSONAL else None  # "pengakuan" is no "aku"
    return known.get(head.lower_) or by_root or "CONCEPT"


class ArgumentFinder:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        named = {(s.start, s.end) for s in doc.spans.get("kg_mentions", [])}
        titled = title_tokens(doc)
        inside = {i for s in doc.spans.get("kg_mentions", []) for i in range(s.start, s.end)}
        # the dateline ("HOLOPIS.COM, JAKARTA –") and page furniture ("Simak juga Video: ...",
        # another story's headline, which the annotations leave out as the names step does)
        skipped = [(a, b) for a, b in doc._.kg_skip or []] + lx.furniture_spans(lx.doc_text(doc))
        spans = []
        for sent in doc.sents:
            for start, end in chunks(doc, sent.start, sent.end, inside):
                at = doc[start].idx
                if any(a <= at < b for a, b in skipped):
                    continue
                lone = end - start == 1 and designates(doc, start, inside)  # "ketua DPD I dan [II]"
                kept = (start, end) not in named and _worth(doc, start, end) and not lone
                if kept and not _in_title(doc, start, end, titled):
                    span = doc[start:end]
                    spans.append(Span(doc, start, end, label=guess_type(span)))
            spans += [_pronoun(doc, t.i, t.lower_) for t in sent if t.lower_ in PERSONAL]
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: (s.start, s.end))
        return doc


def _pronoun(doc: Doc, i: int, lower: str) -> Span:
    if lower in FIRST_PLURAL:
        return Span(doc, i, i + 1, label="ORG", kb_id="group")
    return Span(doc, i, i + 1, label="PERSON", kb_id="pronoun" if lower in PRONOUNS else "speaker")


def chunks(doc: Doc, start: int, end: int, inside: set[int]) -> list[tuple[int, int]]:
    """Maximal noun phrases in ``doc[start:end]``: [quantifier] noun (noun | adjective |
    name | number)* [(bracketed acronym)] [ini/itu/tersebut]."""
    found, i = [], start
    while i < end:
        j = i + 1 if doc[i].lower_ in QUANTIFIERS else i
        k = j
        while k < end and k - i < MAX_TOKENS and _continues(doc, k, j, inside):
            k += 1
        if k > j and not (k - j == 1 and doc[j].tag_ == "NUM"):
            k = _bracket(doc, k, end, inside)
            if k < end and doc[k].lower_ in ENDERS:
                k += 1
            found.append((i, k))
            i = k
        else:
            i += 1
    return found


def _time_after(doc: Doc, k: int) -> bool:
    """A lower-case time word or period with its deixis at ``k``, after a phrase's first word."""
    word = doc[k].text
    if word in TIME_ALONE:
        return True
    deixis = k + 1 < len(doc) and doc[k + 1].text in TIME_DEIXIS
    return word in TIME_PERIODS and deixis and doc[k - 1].tag_ != "NUM"


def _continues(doc: Doc, k: int, first: int, inside: set[int]) -> bool:
    token = doc[k]
    if token.is_space or "\n" in token.text:
        return False
    if k > first and k not in inside and _time_after(doc, k):
        return False
    if k > first and token.text in COUNTS:  # "gedung milik Kemenkeu [sebanyak 1.360 gedung]"
        return False
    if k == first and nominalised(token.lower_):
        return False  # "[lambatnya] realisasi belanja": the slowness of what the fact is about
    if k in inside or token.tag_ in NOUNISH:
        return not (k == first and token.lower_ in lx.CLAUSE_BREAKS)
    if token.lower_ in ADVERBIAL and k + 1 < len(doc) and _prefixed_verb(doc[k + 1]):
        return False
    return token.tag_ == "JJ" and k > first and k - 1 not in inside  # no adjective after a name


def _prefixed_verb(token: Token) -> bool:
    """A verb with its prefix (meN-, di-, ber-, ter-): "menangani", "dipulangkan"."""
    return token.tag_ == "VB" and token.lower_.startswith(VERB_PREFIXES)


def nominalised(lower: str) -> bool:
    """An adjective or verb made a noun by *-nya* ("lambatnya", "maraknya", "adanya",
    "dibangunnya"): it opens no argument, the phrase after it does (the annotations take
    "realisasi belanja ..." in "menyoroti lambatnya realisasi belanja ...")."""
    return len(lower) > 5 and lower.endswith("nya") and word_classes().get(lower[:-3]) in ("JJ", "VB")


def _bracket(doc: Doc, k: int, end: int, inside: set[int]) -> int:
    """Past a bracketed short form right after the phrase: "Badan Gizi Nasional (BGN)";
    not past a number in brackets right after a name, such as a person's age ("Erwin
    Saputra (30)" is the name, not a phrase of its own)."""
    if k < end and doc[k].text == "(":
        close = next((m for m in range(k + 1, min(k + 8, end)) if doc[m].text == ")"), None)
        if close is not None and close > k + 1 and not (k - 1 in inside and _numbers(doc[k + 1 : close])):
            return close + 1
    return k


def _in_title(doc: Doc, start: int, end: int, titled: set[int]) -> bool:
    """A phrase cut out of a title at a word joining its portfolio: "[Menteri Energi] dan
    [Sumber Daya Mineral (ESDM)] Bahlil Lahadalia" (the whole title stays out, as "Menteri
    Keuangan" before a person's name does: the name is the candidate)."""
    if start not in titled:
        return False
    before = start > 0 and start - 1 in titled and doc[start - 1].lower_ in ("dan", ",")
    return before or (end < len(doc) and end in titled and doc[end].lower_ in ("dan", ","))


def _cut_in_run(doc: Doc, end: int) -> bool:
    """The phrase ends inside a run of capitalised words."""
    return end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_sent_start


def _numbers(span: Span) -> bool:
    return all(t.tag_ == "NUM" for t in span)


def _worth(doc: Doc, start: int, end: int) -> bool:
    """Not a bare date, number, title of no office (an office's title stands for its holder:
    :mod:`.title_holders`), measure word or function word."""
    words = [t for t in doc[start:end] if not (t.is_punct or t.is_space)]
    if not words or words[0].lower_ in ANAPHORIC:
        return False
    if all(t.tag_ == "NUM" or lx.is_date_word(t.lower_) or t.text in TIMES for t in words):
        return False  # "kemarin", "tahun ini": a time of the clause
    if words[0].lower_ in OFFICE_TITLES and words[0].text[:1].isupper() and _cut_in_run(doc, end):
        return False  # part of an office's title: "[Direktur Barang] Milik Negara Kementerian Keuangan"
    one = words[0].lower_ if len(words) == 1 else ""
    # "Presiden" alone stands for its holder; "menteri" in lower case is any minister
    bare_title = one in lx.TITLES and not (office(one) and words[0].text[:1].isupper())
    return not (bare_title or one in MEASURES or (one and lx.is_function_word(one)))
