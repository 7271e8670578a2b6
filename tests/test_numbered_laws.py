"""Regulations named by their number are one LAW mention each (extractor v224:
extractors/indonesian/numbered_laws.py), whatever part the NER took for a name; and a
rule's relation whose schema slot takes no law gives no fact with one. On fixed NER input,
so the NER's weights do not move the tests."""

import pytest
from test_components import mentions, run_after_ner, stated


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("Prabowo meneken Perpres Nomor 79 Tahun 2025.", "Perpres Nomor 79 Tahun 2025"),
        (
            "Aturan itu ada dalam Peraturan Menteri Koordinator (Permenko) Bidang Perekonomian Nomor 16 Tahun 2025.",
            "Peraturan Menteri Koordinator (Permenko) Bidang Perekonomian Nomor 16 Tahun 2025",
        ),
        ("Hal itu diatur dalam keputusan KPU nomor 731 tahun 2025.", "keputusan KPU nomor 731 tahun 2025"),
        (
            "Harga diatur Keputusan Menteri Pertanian Nomor 1117/Kpts./SR.310/M/10/2025 tentang HET.",
            "Keputusan Menteri Pertanian Nomor 1117/Kpts./SR.310/M/10/2025 tentang HET",
        ),
        (  # the subject keeps the year it names
            "Prabowo meneken Perpres Nomor 79 Tahun 2025 tentang Rencana Kerja Pemerintah Tahun 2025 di Jakarta.",
            "Perpres Nomor 79 Tahun 2025 tentang Rencana Kerja Pemerintah Tahun 2025",
        ),
        (  # a subject in lower case is no title
            "Polisi memakai UU Nomor 1 Tahun 2024 tentang perubahan kedua aturan itu.",
            "UU Nomor 1 Tahun 2024",
        ),
    ],
)
def test_a_numbered_regulation_is_one_law(nlp, text, law):
    doc = run_after_ner(nlp, text, [])
    assert (law, "LAW") in mentions(doc)


def test_the_ners_pieces_of_a_law_give_way_to_it(nlp):
    text = (
        "Polisi menjerat Budi dengan Undang-Undang Nomor 20 Tahun 2001 Tentang Perubahan atas Undang-Undang"
        " Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi."
    )
    ner = [("Budi", "PER"), ("Undang-Undang Nomor", "ORG"), ("Undang-Undang Nomor", "ORG"), ("Pidana Korupsi", "ORG")]
    assert mentions(run_after_ner(nlp, text, ner)) == [
        ("Budi", "PERSON"),
        ("Undang-Undang Nomor 20 Tahun 2001 Tentang Perubahan", "LAW"),  # up to the law it amends
        ("Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi", "LAW"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Kantornya di Jl. Sudirman No. 5 Jakarta.", "Ia menginap di Kamar Nomor 12.", "Polisi memakai UU ITE."],
)
def test_no_law_without_a_kind_and_a_number(nlp, text):
    assert all(label != "LAW" for _, label in mentions(run_after_ner(nlp, text, [])))


def test_signing_a_regulation_is_no_agreement_with_it(nlp):
    text = "Presiden Prabowo Subianto menandatangani Perpres Nomor 79 Tahun 2025."
    doc = run_after_ner(nlp, text, [("Prabowo Subianto", "PER")])
    assert not any(p == "SIGNS_AGREEMENT_WITH" for _, p, _ in stated(doc))


def test_two_regulations_state_no_open_fact_between_them(nlp):
    """A regulation is no participant: "UU A mengubah UU B" relates two texts, not two
    parties, and the annotations state no fact there (RELATED_TO joins participants)."""
    doc = run_after_ner(nlp, "UU Nomor 1 Tahun 2024 mengubah UU Nomor 11 Tahun 2008.", [])
    assert [label for _, label in mentions(doc)] == ["LAW", "LAW"]
    assert doc._.kg_triples == []
