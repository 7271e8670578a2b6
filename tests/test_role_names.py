"""Names inside an office's title ("Direktur [Registrasi] dan Identifikasi Polda X, Y",
"Direktur [Sentosa Sekuritas], Y"): words of the role, or the role's organisation, not
persons (extractors/indonesian/role_names.py); the head of a unit is an official of the
organisation; a minister is no official of a country. Exact results on fixed NER output."""

import pytest
from test_components import run_after_ner, stated

from kg.extractors.indonesian.role_names import title_names


def labels(doc):
    return [(s.text, s.label_) for s in doc.spans["kg_mentions"]]


@pytest.mark.parametrize(
    ("text", "names", "expected", "mentions"),
    [
        (  # words of the portfolio the NER took for names
            "Direktur Registrasi dan Identifikasi Polda Sentosa, Brigjen Budi Santoso mengatakan hal itu.",
            [("Registrasi", "PER"), ("Identifikasi", "MISC"), ("Polda Sentosa", "ORG"), ("Budi Santoso", "PER")],
            {("Budi Santoso", "OFFICIAL_OF", "Polda Sentosa")},
            [("Polda Sentosa", "ORG"), ("Budi Santoso", "PERSON")],
        ),
        (  # an organisation the NER took for a person
            "Direktur Sentosa Sekuritas, Budi Santoso mengatakan hal itu.",
            [("Sentosa Sekuritas", "PER"), ("Budi Santoso", "PER")],
            {("Budi Santoso", "OFFICIAL_OF", "Sentosa Sekuritas")},
            [("Sentosa Sekuritas", "ORG"), ("Budi Santoso", "PERSON")],
        ),
        (  # the head of a unit is an official of the organisation, not its leader
            "Kepala Seksi Intelijen Kejari Sentosa, Budi Santoso mengatakan hal itu.",
            [("Seksi Intelijen", "MISC"), ("Kejari Sentosa", "ORG"), ("Budi Santoso", "PER")],
            {
                ("Budi Santoso", "OFFICIAL_OF", "Kejari Sentosa"),
                ("Seksi Intelijen Kejari Sentosa", "PART_OF", "Kejari Sentosa"),
            },
            [("Kejari Sentosa", "ORG"), ("Budi Santoso", "PERSON")],
        ),
        (  # the head of the organisation itself stays its leader
            "Kepala Eksekutif Sentosa Institute, Budi Santoso mengatakan hal itu.",
            [("Sentosa Institute", "ORG"), ("Budi Santoso", "PER")],
            {("Budi Santoso", "LEADER_OF", "Sentosa Institute")},
            [("Sentosa Institute", "ORG"), ("Budi Santoso", "PERSON")],
        ),
    ],
)
def test_names_inside_an_office_title(nlp, text, names, expected, mentions):
    doc = run_after_ner(nlp, text, names)
    assert labels(doc) == mentions
    assert {t for t in stated(doc) if t[1] != "RELATED_TO"} == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the holder is named before the title: the run's last name is no holder
        (
            "Andi Wijaya selaku Kepala Seksi Intelijen Kejari Sentosa mengatakan hal itu.",
            [("Andi Wijaya", "PER"), ("Seksi Intelijen", "PER"), ("Kejari Sentosa", "PER")],
        ),
        # two persons joined by "dan": a list, not an organisation and its holder
        (
            "Direktur Budi Santoso dan Andi Wijaya hadir.",
            [("Budi Santoso", "PER"), ("Andi Wijaya", "PER")],
        ),
        # before a place, the names may be its agency's: left to the NER
        (
            "Kepala Kesatuan Bangsa Kota Sentosa, Budi Santoso mengatakan hal itu.",
            [("Kesatuan Bangsa", "PER"), ("Kota Sentosa", "GPE"), ("Budi Santoso", "PER")],
        ),
    ],
)
def test_names_an_office_title_does_not_hold_stay_as_they_are(nlp, text, names):
    doc = nlp.make_doc(text)
    spans = []
    for name, label in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label=label))
    assert [(s.text, s.label_) for s in title_names(doc, spans)] == [(s.text, s.label_) for s in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wakil Menteri Sosial RI, Budi Santoso mengatakan hal itu.",
            {("Budi Santoso", "OFFICIAL_OF", "Ministry of Social Affairs of Indonesia")},
        ),
        # past the title's short form to the country (v157): the ministry again, never the country
        (
            "Wakil Menteri Sosial (Wamensos) RI, Budi Santoso mengatakan hal itu.",
            {("Budi Santoso", "OFFICIAL_OF", "Ministry of Social Affairs of Indonesia")},
        ),
    ],
)
def test_a_minister_is_an_official_of_the_ministry_not_of_the_country(nlp, text, expected):
    doc = run_after_ner(nlp, text, [("RI", "LOC"), ("Budi Santoso", "PER")])
    assert {t for t in stated(doc) if t[1] != "RELATED_TO"} == expected


def test_words_of_an_office_title_are_no_noun_phrase_argument(nlp):
    doc = run_after_ner(
        nlp,
        "Direktur Barang Milik Negara Kementerian Sentosa, Budi Santoso mengatakan hal itu.",
        [("Barang Milik Negara", "MISC"), ("Kementerian Sentosa", "ORG"), ("Budi Santoso", "PER")],
    )
    assert not [s.text for s in doc.spans["kg_arguments"] if s.text.startswith("Direktur")]
    assert {t for t in stated(doc) if t[1] != "RELATED_TO"} == {("Budi Santoso", "OFFICIAL_OF", "Kementerian Sentosa")}


def test_the_organisations_short_form_between_it_and_the_holder(nlp):
    doc = run_after_ner(
        nlp,
        "Direktur Pemasaran Sentosa Motor (SMI) Budi Santoso menargetkan penjualan naik.",
        [("Sentosa Motor", "ORG"), ("Budi Santoso", "PER")],
    )
    assert {t for t in stated(doc) if t[1] != "RELATED_TO"} == {("Budi Santoso", "OFFICIAL_OF", "Sentosa Motor")}
