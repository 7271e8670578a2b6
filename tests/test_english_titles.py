"""English job titles in Indonesian news: no part of a name, and a role of the person they
name (extractors/indonesian/english_titles.py). Exact results on fixed NER output."""

import pytest
from test_components import run_after_ner, stated

from kg.extractors.indonesian.english_titles import past_title, title_end, title_relation


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("PR Manager Oppo", "PR Manager"),
        ("Chief Executive Officer Gojek", "Chief Executive Officer"),
        ("Founder & CEO Bukalapak", "Founder & CEO"),
        ("Director of Communications BMW Group", "Director of Communications"),
        ("Head of Hospitality Hotel Mulia", "Head of Hospitality"),
        ("Supervisor of Fragrance Victoria", "Supervisor of Fragrance"),
        ("Vice President Corporate Communication PT Pertamina", "Vice President Corporate Communication"),
        ("Sales Manager Domestic PT Hankook", "Sales Manager Domestic"),
        ("Vice President Corporate Secretary Garuda Indonesia", "Vice President Corporate Secretary"),
        ("Corporate Secretary PT Pertamina", "Corporate Secretary"),
    ],
)
def test_the_title_that_opens_a_name(nlp, text, title):
    doc = nlp.make_doc(text)
    assert doc[: title_end(doc, 0, len(doc))].text == title


@pytest.mark.parametrize(
    "text", ["Bank Sentosa", "Manchester United", "PT Maju Jaya Abadi Sentosa Head", "Menurut Chief Executive Officer"]
)
def test_a_name_without_a_title_opening_it_is_kept_whole(nlp, text):
    """No head word, none within the first five words, or an Indonesian word before it."""
    doc = nlp.make_doc(text)
    assert title_end(doc, 0, len(doc)) is None
    assert past_title(doc, 0, len(doc)) == 0


@pytest.mark.parametrize(
    ("title", "relation"),
    [
        ("CEO", "LEADER_OF"),
        ("Chief Executive Officer", "LEADER_OF"),
        ("President Director", "LEADER_OF"),
        ("Executive Director", "LEADER_OF"),
        ("Vice President", "OFFICIAL_OF"),
        ("Chief Technology Officer", "OFFICIAL_OF"),
        ("Marketing Director", "OFFICIAL_OF"),
        ("Vice President Corporate Communication", "SPOKESPERSON_OF"),
        ("Vice President Corporate Secretary", "OFFICIAL_OF"),
        ("PR Manager", "SPOKESPERSON_OF"),
        ("Brand Manager", "EMPLOYEE_OF"),
        ("Co-Founder", None),
    ],
)
def test_the_relation_a_title_states(nlp, title, relation):
    doc = nlp.make_doc(title)
    assert title_relation(doc, 0, len(doc)) == relation


@pytest.mark.parametrize(
    ("text", "names", "expected", "role"),
    [
        (  # the NER took the title into the organisation's name
            "Hal itu disampaikan Marketing Director PT Sentosa Motor Budi Kurniawan di Jakarta.",
            [("Marketing Director PT Sentosa Motor", "ORG"), ("Budi Kurniawan", "PER"), ("Jakarta", "LOC")],
            {("Budi Kurniawan", "OFFICIAL_OF", "PT Sentosa Motor")},
            "Marketing Director",
        ),
        (
            "Menurut Chief Executive Officer PT Sentosa Digital Achmad Rizal, penjualan naik.",
            [("PT Sentosa Digital", "ORG"), ("Achmad Rizal", "PER")],
            {("Achmad Rizal", "LEADER_OF", "PT Sentosa Digital")},
            "Chief Executive Officer",
        ),
        (  # the holder before the title; the fields of the title after it, up to "for"
            "Menurut Rina Hartati, VP of Global Licensing & Retail for The Sentosa Company, kolaborasi itu penting.",
            [("Rina Hartati", "PER"), ("Retail for The Sentosa Company", "ORG")],
            {("Rina Hartati", "OFFICIAL_OF", "The Sentosa Company")},
            "VP of Global Licensing & Retail",
        ),
        (  # the NER took the title's fields for a person
            "Sementara itu, Vice President Corporate Communication PT Sentosa Energi Fajar Santoso menambahkan.",
            [("Corporate Communication", "PER"), ("PT Sentosa Energi", "ORG"), ("Fajar Santoso", "PER")],
            {("Fajar Santoso", "SPOKESPERSON_OF", "PT Sentosa Energi")},
            "Vice President Corporate Communication",
        ),
    ],
)
def test_an_english_title_is_a_role_and_no_part_of_a_name(nlp, text, names, expected, role):
    doc = run_after_ner(nlp, text, names)
    assert stated(doc) == expected
    assert [dict(f.properties)["role"] for f in doc._.kg_triples] == [role]


def test_a_title_alone_is_no_name(nlp):
    doc = run_after_ner(nlp, "Hal itu dikatakan Marketing Director kemarin.", [("Marketing Director", "ORG")])
    assert [s.text for s in doc.spans["kg_mentions"]] == []


def test_a_name_never_ends_with_a_joiner(nlp):
    doc = run_after_ner(nlp, "Produk itu dibuat C & F Group di Jakarta.", [("C &", "ORG"), ("Jakarta", "LOC")])
    assert [s.text for s in doc.spans["kg_mentions"]] == ["C", "F Group", "Jakarta"]
