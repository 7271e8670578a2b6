"""Closed word lists for Indonesian news: function words, cues, dates; the titles and role
words (:mod:`.titles`) and the heads of common-noun phrases (:mod:`.heads`) re-exported."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extractors.indonesian.heads import (  # noqa: F401  (re-exported: lexicon is the one word-list namespace)
    DEPUTY_TITLE_ORGS,
    EVENT_HEADS,
    EVENT_WORDS,
    FACILITY_HEADS,
    FACILITY_NAME_HEADS,
    FACILITY_WORDS,
    LOC_HEADS,
    ORG_HEADS,
    ORG_WORDS,
    PRODUCT_HEADS,
    REGION_BEFORE,
    REGION_NOUNS,
    REGION_TITLES,
    REGIONAL_TITLES,
    TITLE_ORGS,
    TITLE_PHRASES,
)
from kg.extractors.indonesian.titles import (  # noqa: F401  (re-exported, as above)
    CORPS,
    KIN,
    KIN_KINDS,
    OCCUPATIONS,
    PORTFOLIO,
    RANKS,
    ROLE_NOUNS,
    TEAM_ROLES,
    TITLES,
    completes_title,
    corps_after_rank,
    kin_kind,
)

MONTHS = frozenset(
    [
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "agu",
        "agt",
        "ags",
        "sep",
        "sept",
        "okt",
        "nov",
        "des",
    ]
)
# forms of address: before a short form in capitals they make it a person's initials
# ("saudara AS", "Sdr. HPS"), not the country or the organisation the letters also spell
HONORIFICS = frozenset("saudara saudari sdr sdri pak bapak bu ibu tuan tn nyonya ny".split())
DAYS = frozenset(["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"])

PERSON_VERBS = frozenset(
    ["mengatakan", "kata", "katanya", "ujar", "ujarnya", "menuturkan", "menjelaskan", "tutur", "tuturnya"]
    + ["ucap", "ucapnya", "imbuh", "imbuhnya"]
)
# verbs after which a lone capitalised word opening a sentence is a person: "Tumiran
# mengungkapkan ...", "Miller berharap ..." (32 of 32 such words in idner-news-2k's training split)
OPENING_SPEAKER_VERBS = PERSON_VERBS | {
    *("menambahkan", "mengungkapkan", "berharap", "menegaskan", "menyatakan", "mengaku", "menilai"),
    *("menyebutkan", "menyebut", "mengakui", "membantah", "meminta", "mengimbau", "menerangkan", "memaparkan"),
}
# speech and writing verbs that come before the speaker: "kata Lee", "seperti ditulis Benvenuti"
# and the other attribution verbs that follow a closing quote in news ('," ungkap Amran')
SPEAKER_CUES = frozenset(
    ["kata", "ujar", "tutur", "tulis", "ditulis", "imbuh", "ucap", "tandas"]
    + "ungkap jelas terang tegas lanjut tambah pungkas beber tutup sebut papar sambung urai sahut".split()
)
LOC_PREPS = frozenset(["di", "ke", "dari", "menuju"])
# estuary, cape, bay: first words of places' names ("Kuala Lumpur", "Muara Enim", "Tanjung
# Priok", "Teluk Bintuni"), unlike "Pulau"/"Danau" + a name, which may stand for the name
PLACE_FIRST_WORDS = frozenset(["kuala", "muara", "tanjung", "teluk"])
# A party's boards and factions: "Dewan Pimpinan Pusat Partai Golkar", "DPD Partai Demokrat",
# "Fraksi PKB" (DPD alone is also the regional senate, so a one-word unit needs "Partai" or
# a party of the gazetteer after it)
PARTY_UNITS = (
    *(("dewan", "pimpinan", level) for level in ("pusat", "daerah", "wilayah", "cabang")),
    *((unit,) for unit in ("dpp", "dpd", "dpw", "dpc", "fraksi")),
)
DIRECTIONS = frozenset(
    ["utara", "selatan", "timur", "barat", "tengah", "tenggara", "timur laut", "barat laut", "barat daya"]
)
# Common nouns after which a country or city names a place: "kota Bandung", "arah Gaza"
PLACE_NOUNS = frozenset(
    [
        *("kota", "ibukota", "wilayah", "kawasan", "daerah", "arah", "asal", "perbatasan", "provinsi", "kabupaten"),
        *("pulau", "negeri", "luar", "tetangga", "perairan", "udara", "pemilihan", "dapil"),
    ]
)
# Common nouns of a kind of place, naming the place after them: "kota Pyongyang", "provinsi Aceh"
PLACE_CLASSES = frozenset(
    ["kota", "ibukota", "provinsi", "kabupaten", "negara", "desa", "kecamatan", "pulau", "wilayah"]
)
NAME_PARTICLES = frozenset(
    ["bin", "binti", "van", "von", "de", "der", "al", "el", "da", "of", "for", "in", "on", "the"]
)
# the words that join the members of a list ("A, B, dan C"; "A maupun B")
CONJUNCTIONS = frozenset(["dan", "serta", "atau", "maupun"])
LIST_JOINERS = CONJUNCTIONS | frozenset([","])
# words that report a claim as alleged ("diduga menerima suap")
HEDGES = frozenset(["diduga", "disebut", "dikabarkan", "konon", "dituding", "disinyalir", "terduga", "dituduh"])
# verbs that take another verb and carry no fact of their own: hedges, claims, attempts,
# phases ("diduga menerima", "mengaku siap menjalani", "berhasil merebut", "memutuskan menurunkan")
CONTROL_VERBS = HEDGES | frozenset(
    "mengaku berhasil mulai memulai sempat berencana berupaya berusaha ingin hendak mencoba bersedia "
    "diharapkan dinilai dianggap memutuskan sepakat bertekad berjanji terus kembali".split()
)
# verbs that leave what is done to the noun after them ("menyampaikan apresiasi")
LIGHT_VERBS = frozenset(
    "melakukan memberikan memberi mengadakan menyampaikan mengeluarkan membuat mengambil mendapat "
    "mendapatkan menjalin menggelar melaksanakan menyatakan".split()
)
NEGATIONS = frozenset(["tidak", "tak", "bukan", "belum", "tanpa", "jangan", "enggan", "menolak"])
CLAUSE_BREAKS = frozenset(["bahwa", "tetapi", "namun", "sedangkan", "sementara", "karena", "sebab", ";", ":", "jika"])
PRONOUNS = frozenset(["ia", "dia", "beliau"])
DEMONSTRATIVES = frozenset(["itu", "tersebut"])
RECEIVE_VERBS = frozenset(["menghadapi", "mendapat", "mendapatkan", "menerima", "menuai", "memperoleh"])
# the currency an amount of money opens with ("Rp 300 ribu", "US$ 2,2 juta")
CURRENCIES = frozenset("rp us$ usd idr $ € s$ rm eur sgd myr aud jpy cny gbp".split())
# currency nouns written with their country: "dolar [AS]", "yen [Jepang]", "ringgit [Malaysia]"
CURRENCY_NOUNS = frozenset("dolar dollar yen yuan renminbi ringgit won baht rupee peso riyal lira franc".split())
# Capitalised phrases and abbreviations that are common nouns, not names: "Tanah Air" (the
# homeland), fuel (BBM), the state budget (APBN), elections and candidates (Pilpres, Capres),
# school types (SMA), human rights (HAM), bank ratios and instruments (ROA, NIM, SBI, BI Rate),
# currencies and the words of an amount ("Rp", "Triliun"), and the religious interjections
# quotes open with ("Alhamdulillah", "Insyaallah")
NOT_NAMES = frozenset(
    [
        *("tanah air", "bbm", "apbn", "apbd", "umkm", "ktp", "phk", "parpol", "ormas", "ham", "pansel"),
        *("pemilu", "pilpres", "pileg", "pilkada", "capres", "cawapres", "caleg", "cagub"),
        *("sd", "smp", "sma", "smk"),
        *("roa", "roe", "nim", "npl", "ldr", "sbi", "bi rate"),
        *CURRENCIES,
        *("ribu", "juta", "miliar", "triliun"),
        *("alhamdulillah", "insyaallah", "insya allah", "masyaallah", "masya allah", "bismillah", "subhanallah"),
        *("assalamualaikum", "astagfirullah", "astaghfirullah", "wallahualam"),
        # how lifestyle and parenting pages address their readers ("Yuk, Moms, ...")
        *("moms", "mom", "bunda", "ladies", "guys", "gaes", "bestie", "sis", "bro", "sob"),
    ]
)
FURNITURE = re.compile(
    r"^\s*(SCROLL TO CONTINUE WITH CONTENT|ADVERTISEMENT|Simak (juga )?[Vv]ideo.*|"
    r"Baca [Jj]uga\s*:.*|Lihat [Jj]uga\s*:.*|Tonton [Jj]uga.*|Gambas:.*)\s*$",
    re.MULTILINE,
)


NOT_NAME_PHRASES = tuple(sorted(p for p in NOT_NAMES if " " in p))
NUMBERED_COMMISSION = re.compile(r"komisi [ivx]+")
# the words before a title that make its holder acting ("Plt", "Plh": pelaksana tugas/harian;
# "Pj", "Penjabat", "Pjs": an appointed acting head) or former; the annotations write an
# acting head's role as OFFICIAL_OF
ACTING = frozenset(["plt", "plh", "pj", "pjs", "penjabat", "pelaksana"])
ROLE_FLAGS = {**dict.fromkeys(sorted(ACTING), "acting"), "mantan": "former", "eks": "former"}
# an office's ordinal: "Presiden [ke-7] RI", "Ketua DPR RI [ke-20]", "Wakil Presiden [ke-13]"
ORDINAL = re.compile(r"ke-?\d+")


def is_not_name(text: str) -> bool:
    """A common phrase (:data:`NOT_NAMES`) or a numbered parliamentary commission ("Komisi
    III"), which idner-news-2k's training split never tags (it tags the "DPR" after it)."""
    lower = text.lower()
    return lower in NOT_NAMES or NUMBERED_COMMISSION.fullmatch(lower) is not None


def is_function_word(lower: str) -> bool:
    return lower in STOP_WORDS or lower in NEGATIONS or lower in CLAUSE_BREAKS


def ministry_word(text: str) -> bool:
    """*Kementerian*, or a ministry's short form ("Kemenag", "Kemensos", "KemenPANRB")."""
    return text == "Kementerian" or (text.startswith("Kemen") and len(text) > 6 and text != "Kementrian")


def is_date_word(lower: str) -> bool:
    """A month or day name, or a range of them ("januari-agustus", "senin-jumat")."""
    return all(part in MONTHS or part in DAYS for part in lower.split("-"))


@lru_cache(maxsize=1)
def title_first_words() -> frozenset[str]:
    return frozenset(t.split()[0] for t in TITLES)


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of page furniture lines ("SCROLL TO CONTINUE WITH CONTENT")."""
    return [(m.start(1), m.end(1)) for m in FURNITURE.finditer(text)]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc: spaCy joins every token's text on each access."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def read_rows(path: Path) -> list[list[str]]:
    """The tab-separated rows of a data file (``#`` comments and blank lines aside); a
    missing file (a lexicon not trained yet) has none."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def read_pairs(path: Path) -> dict[str, str]:
    """A data file of ``key<TAB>value[<TAB>...]`` lines as a dict of its first two columns."""
    return {row[0]: row[1] for row in read_rows(path)}


# words right before a person's initials ("pria berinisial [AS]"), and before a person's
# name or initials ("yakni [A]", "bernama [Erwin]")
INITIALS = frozenset(["berinisial", "inisial"])
INITIAL_CUES = INITIALS | frozenset(["bernama", "yakni", "yaitu"])
HEADS = Path(__file__).parent / "data" / "argument_heads.tsv"


@lru_cache(maxsize=1)
def head_types() -> dict[str, str]:
    """The type of a common-noun argument by its head word, learned from the training data
    (``scripts/train_relations.py`` writes the file)."""
    return read_pairs(HEADS)
