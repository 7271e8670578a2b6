"""Date expressions in Indonesian news: "tanggal 11-12 Agustus", "Senin (14/8)",
"(18/10/2025)", "pada 2019", and, when the article's day is known, relative ones:
"kemarin", "hari ini", "tiga hari lalu", "pekan lalu", "bulan depan", "tahun lalu".
Writes ``doc.spans["kg_dates"]`` with ``kb_id_`` = the ISO value (``2023-08-11``,
``2023-08-11/2023-08-12``, ``2023-08``, ``2019``, or ``--08-14`` when the year is
unknown), resolved against ``doc._.kg_article_date`` when known. An article given without
a date still has its year for a day written without one when its text dates a day as
news does, by weekday and full date ("Senin (28/7/2025)": :func:`dated_in_text`); that
day is not taken for the article's own, so relative dates stay unresolved."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from kg.extractors.indonesian.lexicon import doc_text

SPAN_KEY = "kg_dates"
MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            "januari jan",
            "februari feb",
            "maret mar",
            "april apr",
            "mei",
            "juni jun",
            "juli jul",
            "agustus agu agt ags aug",
            "september sep sept",
            "oktober okt oct",
            "november nov",
            "desember des dec",
        ]
    )
    for name in names.split()
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
PATTERNS = [
    ("range", re.compile(rf"\b(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})\s+({_MONTH})\b(?:\s+(\d{{4}}))?", re.I)),
    ("day", re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\b(?:\s+(\d{{4}}))?", re.I)),
    ("slash", re.compile(r"\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)")),
    ("year", re.compile(r"\b(?:pada|tahun|sejak|hingga|awal|akhir)\s+((?:19|20)\d{2})\b", re.I)),
]
COUNTS = {"satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7}
RELATIVE = re.compile(
    r"\b(?:(kemarin|besok|hari ini)|(\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh) hari (?:yang )?lalu"
    r"|(pekan|minggu|bulan|tahun) (lalu|ini|depan))\b",
    re.I,
)
SHIFT = {"lalu": -1, "ini": 0, "depan": 1}
# a day dated as the news dates its own: weekday and full date ("Senin (28/7/2025)", "Jumat, (3/1/2025)")
WEEKDAY_DATE = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s*,?\s*\((\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\)", re.I
)


def _iso(year: int | None, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat() if year else f"--{month:02d}-{day:02d}"
    except ValueError:
        return ""


def year_for(month: int, day: int, article: date | None) -> int | None:
    """The year of a day and month written without one: the article's, unless that puts
    the date more than a month after the article (news reports the past: an article of
    2 January that mentions 28 Desember means the December before)."""
    if article is None:
        return None
    try:
        candidate = date(article.year, month, day)
    except ValueError:
        return article.year
    return article.year - 1 if (candidate - article).days > 31 else article.year


class DateFinder:
    def __init__(self, name: str = "kg_dates") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        article = _article_date(doc._.kg_article_date or "") or dated_in_text(text)
        spans: list[Span] = []
        taken: list[tuple[int, int]] = []
        for kind, pattern in PATTERNS:
            for m in pattern.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                value = self._value(kind, m, article)
                span = doc.char_span(m.start(), m.end(), label="DATE", kb_id=value, alignment_mode="expand")
                if value and span is not None:
                    spans.append(span)
                    taken.append((m.start(), m.end()))
        day = _article_day(doc._.kg_article_date or "")
        for m in RELATIVE.finditer(text) if day else ():
            span = doc.char_span(m.start(), m.end(), label="DATE", kb_id=relative(m, day), alignment_mode="expand")
            if span is not None and not any(a < m.end() and m.start() < b for a, b in taken):
                spans.append(span)
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: s.start)
        return doc

    @staticmethod
    def _value(kind: str, m: re.Match, article: date | None) -> str:
        if kind == "range":
            month = MONTHS[m.group(3).lower()]
            y = int(m.group(4)) if m.group(4) else year_for(month, int(m.group(1)), article)
            first, last = _iso(y, month, int(m.group(1))), _iso(y, month, int(m.group(2)))
            return f"{first}/{last}" if first and last else ""
        if kind == "day":
            month, day = MONTHS[m.group(2).lower()], int(m.group(1))
            return _iso(int(m.group(3)) if m.group(3) else year_for(month, day, article), month, day)
        if kind == "slash":
            month, day = int(m.group(2)), int(m.group(1))
            return _iso(int(m.group(3)) if m.group(3) else year_for(month, day, article), month, day)
        return m.group(1)


def dated_in_text(text: str) -> date | None:
    """The first day the text dates by weekday and full date ("Senin (28/7/2025)"), the
    year a day written without one is read against when the article comes without a date."""
    for m in WEEKDAY_DATE.finditer(text):
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            continue
    return None


def relative(m: re.Match, day: date) -> str:
    """The ISO value of a match of RELATIVE in an article of ``day``: a day, a week as a
    range from Monday to Sunday, a month (``2024-07``) or a year."""
    word, count, unit, shift = (g.lower() if g else g for g in m.groups())
    if word:
        return (day + timedelta(days={"kemarin": -1, "besok": 1}.get(word, 0))).isoformat()
    if count:
        return (day - timedelta(days=int(count) if count.isdigit() else COUNTS[count])).isoformat()
    if unit in ("pekan", "minggu"):
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=SHIFT[shift])
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    if unit == "bulan":
        months = day.year * 12 + day.month - 1 + SHIFT[shift]
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return str(day.year + SHIFT[shift])


def nearest_date(doc: Doc, dates: list[Span], i: int) -> dict[str, str]:
    """The properties of the date among ``dates`` (those of one sentence) nearest the
    trigger at token ``i``: tokens between, a comma between them (another clause) costing
    5, a date before the trigger 1 (adverbials of time usually follow the verb)."""

    def distance(span: Span) -> int:
        lo, hi = (span.end, i) if span.end <= i else (i + 1, span.start)
        return hi - lo + 5 * sum(1 for t in doc[lo:hi] if t.text == ",") + (span.end <= i)

    if not dates:
        return {}
    span = min(dates, key=lambda d: (distance(d), d.start))
    return {"date": span.kb_id_, "date_text": span.text}


def _article_day(value: str) -> date | None:
    """The article's day when its date gives one (relative dates need it)."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _article_date(value: str) -> date | None:
    """The article's date (ISO, or its year alone: then 1 July, so no date rolls a year back)."""
    return _article_day(value) or (date(int(value[:4]), 7, 1) if value[:4].isdigit() else None)
