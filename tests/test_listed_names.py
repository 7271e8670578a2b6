"""An organisation whose name lists its fields ("Dinas Perumahan, Permukiman, Cipta Karya
dan Tata Ruang") is one ORG mention, whatever pieces the NER made of it (extractor v205);
a list of people after an office, or of organisations, stays apart. Fixed NER output, so
the tests do not move with its weights."""

import pytest
from test_components import mentions, run_after_ner


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # fields listed with commas, the NER's pieces typed as a person and a place
            "Mereka pejabat Dinas Perumahan, Permukiman, Cipta Karya dan Tata Ruang Sidoarjo.",
            [("Dinas Perumahan", "ORG"), ("Cipta Karya", "PER"), ("Tata Ruang Sidoarjo", "LOC")],
            [("Dinas Perumahan, Permukiman, Cipta Karya dan Tata Ruang", "ORG"), ("Sidoarjo", "LOC")],
        ),
        (  # a comma before *dan*, and the state's "RI" after
            "Lomba itu digelar Kementerian Pendidikan Tinggi, Sains, dan Teknologi RI.",
            [("Kementerian Pendidikan Tinggi", "ORG"), ("Sains", "LOC"), ("Teknologi RI", "PER")],
            [("Kementerian Pendidikan Tinggi, Sains, dan Teknologi RI", "ORG")],
        ),
        (  # *dan* alone; the acronym and the person after it are names of their own
            "Kata Kepala Satuan Tugas Koordinasi dan Supervisi KPK Dian Patria.",
            [("Satuan Tugas Koordinasi", "PER"), ("Supervisi", "MISC"), ("KPK", "ORG"), ("Dian Patria", "PER")],
            [("Satuan Tugas Koordinasi dan Supervisi", "ORG"), ("KPK", "ORG"), ("Dian Patria", "PERSON")],
        ),
    ],
)
def test_an_organisation_listing_its_fields_is_one_name(nlp, text, names, expected):
    assert mentions(run_after_ner(nlp, text, names)) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # people after an office
            "Hadir pula Dinas Pendidikan, Budi Santoso dan Ani Lestari.",
            [("Dinas Pendidikan", "ORG"), ("Budi Santoso", "PER"), ("Ani Lestari", "PER")],
            [("Dinas Pendidikan", "ORG"), ("Budi Santoso", "PERSON"), ("Ani Lestari", "PERSON")],
        ),
        (  # organisations listed
            "Rapat dihadiri Kementerian Sosial, Kementerian Keuangan dan Bank Indonesia.",
            [("Kementerian Sosial", "ORG"), ("Kementerian Keuangan", "ORG"), ("Bank Indonesia", "ORG")],
            [("Kementerian Sosial", "ORG"), ("Kementerian Keuangan", "ORG"), ("Bank Indonesia", "ORG")],
        ),
    ],
)
def test_a_list_after_an_organisation_stays_apart(nlp, text, names, expected):
    assert mentions(run_after_ner(nlp, text, names)) == expected


def test_a_field_after_dan_is_no_persons_name(nlp):
    """The glued-name split does not cut a listed field off as a person's name after a
    title ("Direktur Departemen Kebijakan Ekonomi dan [Moneter] BI Juli ...")."""
    text = "Menurut Direktur Departemen Kebijakan Ekonomi dan Moneter BI Juli Budi Winantya, inflasi rendah."
    names = [("Departemen Kebijakan Ekonomi", "ORG"), ("Moneter BI Juli Budi Winantya", "PER")]
    assert mentions(run_after_ner(nlp, text, names)) == [
        ("Departemen Kebijakan Ekonomi dan Moneter", "ORG"),
        ("BI", "ORG"),
        ("Juli Budi Winantya", "PERSON"),
    ]


def test_an_office_word_before_the_listed_name_opens_it(nlp):
    """An office word before a ministry ("Kantor Kementerian ... dan Keamanan") opens the
    one name: the ministry's head in the first segment starts no organisation of its own."""
    text = "Rapat digelar di Kantor Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan hari ini."
    names = [("Kantor Kementerian Koordinator Bidang Politik", "ORG"), ("Keamanan", "MISC")]
    assert mentions(run_after_ner(nlp, text, names)) == [
        ("Kantor Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan", "ORG")
    ]
