"""A noun phrase followed by the name it goes by stands for that name: "pelaku pembunuhan
bernama Erwin", "tersangka berinisial DS" (extractor v175; the annotations name the person
or thing). Components on fixed NER output."""

import pytest
from test_components import argument_entity, run_after_ner


@pytest.mark.parametrize(
    ("text", "names", "phrase", "name"),
    [
        (
            "Polisi menangkap pelaku pembunuhan Riky Saputra (31) bernama Erwin (45) di Palembang.",
            [("Riky Saputra", "PER"), ("Erwin", "PER"), ("Palembang", "LOC")],
            "pelaku pembunuhan Riky Saputra",
            "Erwin",
        ),
        (
            "Kejaksaan menahan pelaku penganiayaan berinisial DS pada Senin.",
            [("Kejaksaan", "ORG"), ("DS", "PER")],
            "pelaku penganiayaan",
            "DS",
        ),
        (
            "Musk mendirikan partai politik baru yang bernama America Party.",
            [("Musk", "PER"), ("America Party", "ORG")],
            "partai politik baru",
            "America Party",
        ),
    ],
)
def test_a_phrase_is_the_name_it_goes_by(nlp, text, names, phrase, name):
    assert getattr(argument_entity(run_after_ner(nlp, text, names), phrase), "name", None) == name


def test_a_phrase_before_a_name_without_bernama_is_its_own(nlp):
    doc = run_after_ner(nlp, "Polisi menangkap pelaku penganiayaan di rumah Erwin.", [("Erwin", "PER")])
    assert argument_entity(doc, "pelaku penganiayaan").name == "pelaku penganiayaan"
