"""Clipped Indonesian titles ("Kasat Reskrim", "Kabid Humas", "Dirjen", "Wadirut",
"Wakapolres", "Pangdam"): no part of a name, and a role of the person they name
(extractors/indonesian/short_titles.py). Exact results on fixed NER output."""

import pytest
from test_components import run_after_ner, stated

from kg.extractors.indonesian.short_titles import deputy_titles, name_start, speaks_for


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kasat Lantas Polres Sentosa", "Polres Sentosa"),
        ("Kasubdit Gakkum Ditlantas Polda Sentosa", "Polda Sentosa"),
        ("Dirjen Perhubungan Darat Kemenhub", "Kemenhub"),
        ("Kasat Reskrim", ""),  # a title and its unit: no name
        ("Wadirut Perum Sentosa", "Perum Sentosa"),
        ("Kasih Ibu Sentosa", "Kasih Ibu Sentosa"),  # no title
        ("Kabar Sentosa", "Kabar Sentosa"),
    ],
)
def test_where_the_name_starts_after_a_clipped_title(nlp, text, name):
    doc = nlp.make_doc(text)
    assert doc[name_start(doc, 0, len(doc)) :].text == name


def test_a_unit_after_a_title_outside_the_name_is_no_part_of_it(nlp):
    doc = nlp.make_doc("Kasi Intel Kejari Sentosa")
    assert doc[name_start(doc, 1, len(doc)) :].text == "Kejari Sentosa"
    doc = nlp.make_doc("Kadiv Humas Polri")  # a gazetteer name starts the organisation
    assert doc[name_start(doc, 1, len(doc), known={2}) :].text == "Polri"
    assert doc[name_start(doc, 1, len(doc)) :].text == "Humas Polri"  # no organisation found: kept


def test_the_deputies_titles_and_the_public_relations_units():
    assert deputy_titles(["dirut", "kasat", "wakasat", "sek"]) == {"wadirut": "dirut", "wakasat": "kasat"}
    assert speaks_for("Kabid Humas") and speaks_for("Kepala Bidang Penerangan")
    assert not speaks_for("Kasi Intel")


@pytest.mark.parametrize(
    ("text", "names", "expected", "props"),
    [
        (  # the NER took the title and its unit into the organisation's name
            "Kasat Reskrim Polres Sentosa AKP Budi Kurniawan mengatakan hal itu.",
            [("Kasat Reskrim Polres Sentosa", "ORG"), ("Budi Kurniawan", "PER")],
            {("Budi Kurniawan", "OFFICIAL_OF", "Polres Sentosa")},
            {"role": "Kasat Reskrim"},
        ),
        (  # the head of a public-relations unit speaks for the organisation
            "Kabid Humas Polda Sentosa Kombes Rina Hartati mengatakan hal itu.",
            [("Humas Polda Sentosa", "ORG"), ("Rina Hartati", "PER")],
            {("Rina Hartati", "SPOKESPERSON_OF", "Polda Sentosa")},
            {"role": "Kabid Humas"},
        ),
        (
            "Dirjen Perhubungan Darat Kementerian Sentosa, Heru Santoso, mengatakan hal itu.",
            [("Dirjen Perhubungan Darat Kementerian Sentosa", "ORG"), ("Heru Santoso", "PER")],
            {("Heru Santoso", "OFFICIAL_OF", "Kementerian Sentosa")},
            {"role": "Dirjen Perhubungan Darat"},
        ),
        (  # "Wa-": a deputy
            "Wadirut PT Sentosa Abadi Gatot Santoso mengatakan hal itu.",
            [("Wadirut PT Sentosa Abadi", "ORG"), ("Gatot Santoso", "PER")],
            {("Gatot Santoso", "OFFICIAL_OF", "PT Sentosa Abadi")},
            {"role": "Wadirut", "deputy": "true"},
        ),
        (  # a deputy of a title that names its organisation
            "Wakapolres Sentosa Kompol Andi Wijaya mengatakan hal itu.",
            [("Andi Wijaya", "PER")],
            {("Andi Wijaya", "OFFICIAL_OF", "Polres Sentosa")},
            {"role": "Wakapolres Sentosa", "deputy": "true"},
        ),
        (  # a deputy is no leader, with "Wakil" written out too
            "Wakil Kapolda Sentosa Brigjen Andi Wijaya mengatakan hal itu.",
            [("Sentosa", "LOC"), ("Andi Wijaya", "PER")],
            {("Andi Wijaya", "OFFICIAL_OF", "Polda Sentosa")},
            {"role": "Wakil Kapolda Sentosa", "deputy": "true"},
        ),
        (  # the army's regional command, named by the title
            "Pangdam Sentosa Mayjen Andi Wijaya mengatakan hal itu.",
            [("Sentosa", "PER"), ("Andi Wijaya", "PER")],
            {("Andi Wijaya", "LEADER_OF", "Kodam Sentosa")},
            {"role": "Pangdam Sentosa"},
        ),
        (
            "Kapendam Sentosa Kolonel Budi Santoso membenarkan hal itu.",
            [("Budi Santoso", "PER")],
            {("Budi Santoso", "SPOKESPERSON_OF", "Kodam Sentosa")},
            {"role": "Kapendam Sentosa"},
        ),
    ],
)
def test_a_clipped_title_is_a_role_and_no_part_of_a_name(nlp, text, names, expected, props):
    doc = run_after_ner(nlp, text, names)
    assert stated(doc) == expected
    assert [dict(f.properties) for f in doc._.kg_triples] == [props]


def test_a_title_and_its_unit_without_an_organisation_state_nothing(nlp):
    doc = run_after_ner(
        nlp,
        "Kasat Reskrim Budi Santoso mengatakan hal itu.",
        [("Kasat Reskrim", "ORG"), ("Budi Santoso", "PER")],
    )
    assert stated(doc) == set()
    assert [s.text for s in doc.spans["kg_mentions"]] == ["Budi Santoso"]


def test_the_region_of_a_title_is_no_name_of_its_own(nlp):
    """The region after a title that names its organisation ("Kapolda [Metro Sentosa]") is
    part of that organisation's name, not a person or a place of its own."""
    doc = run_after_ner(
        nlp,
        "Kapolda Metro Sentosa Irjen Budi Santoso mengatakan hal itu.",
        [("Metro Sentosa", "PER"), ("Budi Santoso", "PER")],
    )
    assert [s.text for s in doc.spans["kg_mentions"]] == ["Budi Santoso"]
    assert stated(doc) == {("Budi Santoso", "LEADER_OF", "Polda Metro Sentosa")}
