"""A name after a comma that follows a role or occupation and its organisation is a
person, whatever type the NER gave it (extractor v173): "Koordinator Nasional JPPI, Ubaid
Matraji", "Vice President Public Relations KAI, Anne Purba". Right before a name, such a
word may open an organisation's name and types nothing ("Mahasiswa Fakultas Pertanian").
Fixed NER output, so the test does not move with the NER's weights."""

import pytest
from test_components import run_after_ner


@pytest.mark.parametrize(
    ("text", "names", "name", "label"),
    [
        (
            "Koordinator Nasional JPPI, Ubaid Matraji menilai kebijakan itu keliru.",
            [("Ubaid Matraji", "ORG")],
            "Ubaid Matraji",
            "PERSON",
        ),
        (
            "Pakar Hukum dan Pembangunan, Hardjuno Wiwoho, menyebut aturan itu lemah.",
            [("Hardjuno Wiwoho", "LOC")],
            "Hardjuno Wiwoho",
            "PERSON",
        ),
        (  # a symbol inside the organisation's name no longer hides the title
            "Ketua IM57+ Institute, Lakso Anindito, mengatakan mereka siap.",
            [("Lakso Anindito", "ORG")],
            "Lakso Anindito",
            "PERSON",
        ),
        (  # no comma: an occupation opening an organisation's name
            "Ia aktif sebagai Mahasiswa Fakultas Pertanian di Universitas Riau.",
            [("Fakultas Pertanian", "ORG"), ("Universitas Riau", "ORG")],
            "Fakultas Pertanian",
            "ORG",
        ),
    ],
)
def test_a_name_apposed_to_a_role_is_a_person(nlp, text, names, name, label):
    doc = run_after_ner(nlp, text, names)
    assert {s.text: s.label_ for s in doc.spans["kg_mentions"]}[name] == label
