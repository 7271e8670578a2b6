import pytest

from kg.model import Article
from kg.pipeline import extract_one


def props(text: str, date: str = "") -> list[dict]:
    ex = extract_one(Article(id="d", text=text, date=date))
    return [dict(t.properties) for t in ex.triples]


def test_day_range_resolved_against_the_article_date():
    [p] = props("Kim Jong-un mengunjungi Moskow pada tanggal 11-12 Agustus lalu.", "2024-08-20")
    assert p["date"] == "2024-08-11/2024-08-12" and p["date_text"] == "11-12 Agustus"


def test_weekday_with_day_and_month():
    [p] = props("Senin (14/8), Vladimir Putin bertemu dengan Xi Jinping.", "2023-08-15")
    assert p["date"] == "2023-08-14"


def test_full_date_and_year_only():
    [p] = props("Jepang mengecam Korea Utara (18/10/2025).")
    assert p["date"] == "2025-10-18"
    [p] = props("Jepang mengecam Korea Utara pada 2019.")
    assert p["date"] == "2019"


def test_unknown_year_is_kept_partial():
    [p] = props("Jepang mengecam Korea Utara pada 3 Maret.")
    assert p["date"] == "--03-03"


def test_a_fact_takes_the_date_of_its_clause_and_a_role_takes_none():
    from kg.model import Article
    from kg.pipeline import extract_one

    text = "Presiden AS Donald Trump, yang rezimnya runtuh pada 2019, mengunjungi Seoul pada 12 Agustus 2024."
    ex = extract_one(Article(id="t", text=text, date="2024-08-20"))
    props = {t.predicate: dict(t.properties) for t in ex.triples}
    assert props["VISITS"]["date"] == "2024-08-12" and props["VISITS"]["date_text"] == "12 Agustus 2024"
    assert "date" not in props["LEADER_OF"]


def test_a_title_that_names_its_office_gives_a_role_no_date(nlp):
    """ "Menteri Keuangan Sri Mulyani bertemu ... pada 12 Agustus 2024": the meeting is
    dated, the minister's office (from the title, extractor v137) is a state and is not."""
    from test_components import run_after_ner

    text = "Menteri Keuangan Sri Mulyani bertemu Retno Marsudi di Jakarta pada 12 Agustus 2024."
    doc = run_after_ner(nlp, text, [("Sri Mulyani", "PER"), ("Retno Marsudi", "PER"), ("Jakarta", "LOC")])
    titled = [t for t in doc._.kg_rule_triples if t.rule == "title"]
    assert titled and all("date" not in dict(t.properties) for t in titled)
    met = [t for t in doc._.kg_rule_triples if t.predicate == "MEETS"]
    assert met and all(dict(t.properties)["date"] == "2024-08-12" for t in met)


def test_a_december_date_in_a_january_article_is_last_year():
    assert props("Jepang mengecam Korea Utara pada 28 Desember.", "2025-01-02")[0]["date"] == "2024-12-28"
    assert props("Jepang mengecam Korea Utara pada 28 Desember.", "2025-12-30")[0]["date"] == "2025-12-28"
    assert props("Jepang mengecam Korea Utara Senin (29/12).", "2026-01-03")[0]["date"] == "2025-12-29"


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("kemarin", "2024-08-20"),
        ("hari ini", "2024-08-21"),
        ("tiga hari lalu", "2024-08-18"),
        ("10 hari yang lalu", "2024-08-11"),
        ("pekan lalu", "2024-08-12/2024-08-18"),  # the article is of Wednesday 21 August
        ("minggu depan", "2024-08-26/2024-09-01"),
        ("bulan lalu", "2024-07"),
        ("tahun lalu", "2023"),
    ],
)
def test_relative_dates_resolved_against_the_article_day(when, expected):
    [p] = props(f"Jepang mengecam Korea Utara {when}.", "2024-08-21")
    assert (p["date"], p["date_text"]) == (expected, when)


def test_relative_dates_need_the_article_day_and_roll_over_years():
    assert "date" not in props("Jepang mengecam Korea Utara kemarin.")[0]
    assert "date" not in props("Jepang mengecam Korea Utara tahun lalu.", "2024")[0]
    assert props("Jepang mengecam Korea Utara bulan lalu.", "2025-01-10")[0]["date"] == "2024-12"
    assert props("Jepang mengecam Korea Utara kemarin.", "2025-01-01")[0]["date"] == "2024-12-31"


def test_a_model_fact_takes_the_date_nearest_its_verb(nlp):
    from kg.extractors.indonesian.facts import _date
    from kg.extractors.indonesian.pairs import Candidate
    from kg.extractors.indonesian.relation_model import Pair

    doc = nlp.make_doc("Pada 3 Maret, Partai Hijau mendanai Partai Biru kemarin.")
    doc._.kg_article_date = "2024-08-21"
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    text = doc.text
    head, tail = (doc.char_span(text.index(n), text.index(n) + len(n)) for n in ("Partai Hijau", "Partai Biru"))
    sentence = next(doc.sents)
    pair = Pair(Candidate(head, "ORG", "name"), Candidate(tail, "ORG", "name"), "FUNDS", 0.9, "plain", sentence)
    assert _date(doc, pair) == {"date": "2024-08-20", "date_text": "kemarin"}


def test_an_undated_article_reads_a_day_without_a_year_against_the_day_its_text_dates():
    """An article given without a date (a .txt file) that dates a day as news does, by
    weekday and full date, gives a day written without a year that year, rolled back as
    for a dated article (extractor v221); its relative dates stay unresolved."""
    text = "Jakarta, Kamis (2/1/2025) - Polisi menangkap dua orang. Jepang mengecam Korea Utara pada 28 Desember."
    assert [p["date"] for p in props(text) if p.get("date_text") == "28 Desember"] == ["2024-12-28"]
    text = "Jakarta, Kamis (2/1/2025) - Polisi menangkap dua orang. Jepang mengecam Korea Utara kemarin."
    assert all("date" not in p for p in props(text) if p.get("date_text") != "(2/1/2025)")
    later = "Jepang mengecam Korea Utara pada 28 Desember. Rapat itu digelar Senin (5/1/2026)."
    assert props(later)[0]["date"] == "2025-12-28"  # the first dated day, wherever it stands
    undated = "Pada 17 Agustus 1945 Indonesia merdeka. Jepang mengecam Korea Utara pada 28 Desember."
    assert [p["date"] for p in props(undated) if p.get("date_text") == "28 Desember"] == ["--12-28"]
    given = "Jakarta, Kamis (2/1/2025) - Polisi menangkap dua orang. Jepang mengecam Korea Utara pada 28 Desember."
    dated = [p["date"] for p in props(given, "2026-01-05") if p.get("date_text") == "28 Desember"]
    assert dated == ["2025-12-28"]  # the article's own date wins


def test_dated_in_text_takes_the_first_valid_weekday_date():
    from kg.extractors.indonesian.dates import dated_in_text

    assert str(dated_in_text("Senin (31/2/2025) lalu; Jumat, (3/1/2025) pagi")) == "2025-01-03"
    assert dated_in_text("pada (3/1/2025)") is None  # no weekday: a date of anything
    assert dated_in_text("Sabtu (3/1)") is None  # no year
