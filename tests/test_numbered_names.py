"""Schools named by their number are one organisation, whatever the NER made of them
(fixed NER output, so the tests do not move with its weights)."""

import pytest
from test_components import mentions, run_after_ner


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # the NER stopped at the number and took the city into the person
            "Kepala SMPN 2 Bandung Budi Santoso hadir.",
            [("SMPN", "ORG"), ("Bandung Budi Santoso", "PER")],
            [("SMPN 2 Bandung", "ORG"), ("Budi Santoso", "PERSON")],
        ),
        (  # "Negeri" and a city of two words
            "Siswa SMA Negeri 16 Tangerang Selatan meraih juara.",
            [("SMA Negeri", "MISC"), ("Tangerang Selatan", "GPE")],
            [("SMA Negeri 16 Tangerang Selatan", "ORG")],
        ),
        (  # the NER's whole name, with a place no list knows, stays whole
            "Wakil Kepala SMKN 2 Labuan Bajo, Saharil, hadir.",
            [("SMKN 2 Labuan Bajo", "ORG"), ("Saharil", "PER")],
            [("SMKN 2 Labuan Bajo", "ORG"), ("Saharil", "PERSON")],
        ),
        (  # no city after the number: the school alone
            "Budi Santoso mendatangi SDN 3 kemarin.",
            [("Budi Santoso", "PER")],
            [("Budi Santoso", "PERSON"), ("SDN 3", "ORG")],
        ),
    ],
)
def test_a_numbered_school_is_one_organisation(nlp, text, names, expected):
    assert mentions(run_after_ner(nlp, text, names)) == expected


def test_a_year_is_no_school_number_and_the_supreme_court_no_school(nlp):
    text = "Putusan MA 2 kali ditolak. Lulusan SMA 2020 mendaftar di Bandung."
    doc = run_after_ner(nlp, text, [("MA", "ORG"), ("Bandung", "GPE")])
    assert mentions(doc) == [("MA", "ORG"), ("Bandung", "GPE")]


def test_the_head_of_a_numbered_school_leads_it(nlp):
    doc = run_after_ner(nlp, "Kepala SMPN 33 Banjarmasin, Sumiyati membantah hal itu.", [("Sumiyati", "PER")])
    facts = {(f.subject.name, f.predicate, f.object.name) for f in doc._.kg_triples}
    assert ("Sumiyati", "LEADER_OF", "SMPN 33 Banjarmasin") in facts
