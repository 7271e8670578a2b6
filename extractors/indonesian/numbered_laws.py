"""Regulations named by their number: "Undang-Undang Nomor 11 Tahun 2008 tentang Informasi
dan Transaksi Elektronik", "Perpres Nomor 79 Tahun 2025", "Peraturan Menteri Koordinator
(Permenko) Bidang Perekonomian Nomor 16 Tahun 2025", "PKPU No. 3 Tahun 2024", "surat
telegram Panglima TNI No TR/422/2025".

The NER stops at the number word ("[Undang-Undang Nomor] 11 Tahun 2008 tentang Informasi
dan [Transaksi Elektronik]"), so the law was a name "Undang-Undang Nomor" that every
article's law of any number shares (a corpus made them one entity) and its subject a
name of its own. :func:`join_laws` (a mention step) makes one LAW mention of a
regulation's kind (a word that opens a regulation's name: *Undang-Undang*, *UU*,
*Peraturan*, *Perpres*, *Keputusan*, *Inpres*, *SK*, ...; any capitalised words and
bracketed short forms between it and the number word), the number word (*Nomor*, *No*),
the number as written (with its slashes: "1117/Kpts./SR.310/M/10/2025"), the year after
*Tahun* if written, and the subject after *tentang* when it is written as a title
("tentang Pemberantasan Tindak Pidana Korupsi"; not "tentang perubahan ..."). A mention
reaching into it keeps only its part outside.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extractors.indonesian.numbered_names import replaced

# words that open a regulation's name, as written in lower case; and the prefixes of the
# ministers' regulations and decrees ("Permenkes", "Kepmendagri")
KINDS = frozenset(
    "undang-undang uu ruu perppu peraturan perpres pp perda pergub perbup perwali perwal perkada "
    "keputusan keppres kepres instruksi inpres pkpu perkap perpol perma perban sk se surat putusan qanun".split()
)
KIND_PREFIXES = ("permen", "kepmen")
NUMBER_WORDS = frozenset(["nomor", "no", "no.", "nomer"])
JOINING = frozenset(["dan", "atas", "serta"])  # inside a regulation's subject
ENDS = frozenset(".,;:()")
MAX_BEFORE = 10  # tokens between a regulation's kind and its number word
MAX_SUBJECT = 12  # tokens of the subject after "tentang"


def join_laws(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted mentions) with every numbered regulation as one LAW mention."""
    laws: list[tuple[int, int]] = []
    for token in doc:
        law = _law_at(doc, token.i)
        if law is not None and (not laws or law[0] >= laws[-1][1]):
            laws.append(law)
    return replaced(doc, spans, laws, "LAW")


def is_kind(word: str) -> bool:
    lower = word.lower()
    return lower in KINDS or (lower.startswith(KIND_PREFIXES) and len(lower) > 6)


def _law_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """The regulation whose number word is ``doc[i]``, as a token range, or None."""
    if doc[i].lower_ not in NUMBER_WORDS or i + 1 >= len(doc) or not any(c.isdigit() for c in doc[i + 1].text):
        return None
    start = _kind_start(doc, i)
    if start is None:
        return None
    end = _number_end(doc, i + 1)
    if end + 1 < len(doc) and doc[end].lower_ == "tahun" and doc[end + 1].is_digit and len(doc[end + 1]) == 4:
        end += 2
    return start, _subject_end(doc, end)


def _kind_start(doc: Doc, i: int) -> int | None:
    """The first token of the regulation's kind before the number word at ``i``: the
    leftmost kind word of the capitalised run (brackets included) before it, or a kind
    word in lower case that ends the run ("keputusan KPU nomor 731")."""
    start = None
    for k in range(i - 1, max(i - 1 - MAX_BEFORE, -1), -1):
        word = doc[k].text
        if not (word in "()" or word[:1].isupper() or is_kind(word)):
            break
        if is_kind(word):
            start = k
        if doc[k].is_sent_start or not (word in "()" or word[:1].isupper()):
            break
    return start


def _number_end(doc: Doc, k: int) -> int:
    """The end of the number written at ``k``, with the pieces glued to it ("1117", "/",
    "Kpts./SR.310", "/", ...), not a sentence's punctuation after it."""
    end = k + 1
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text not in ENDS:
        end += 1
    return end


def _subject_end(doc: Doc, end: int) -> int:
    """``end`` past "tentang" and the subject written as a title after it, if any, with a
    year it names ("Rencana Kerja Pemerintah Tahun 2025"), up to another regulation
    ("tentang Perubahan atas [Undang-Undang Nomor 31 ...]")."""
    if end >= len(doc) or doc[end].lower_ != "tentang":
        return end
    last, k = None, end + 1
    while k < min(end + 1 + MAX_SUBJECT, len(doc)) and not is_kind(doc[k].text):
        word = doc[k].text
        if word.lower() == "tahun" and k + 1 < len(doc) and doc[k + 1].is_digit and len(doc[k + 1]) == 4:
            last, k = k + 1, k + 2
            continue
        if not (word[:1].isupper() or word in JOINING):
            break
        last = k if word[:1].isupper() else last
        k += 1
    return end if last is None else last + 1
