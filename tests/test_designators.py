"""A lone capital letter or Roman numeral designates what it follows and is no name of its
own; a person's initial stays (fixed NER output, so the tests do not move with its weights)."""

import pytest
from test_components import mentions, run_after_ner

from kg.extractors.indonesian.designators import is_designator


def arguments(doc) -> list[str]:
    return [s.text for s in doc.spans["kg_arguments"]]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # after a common noun: part of the noun phrase, no entity "A"
            "Wabah hepatitis A melanda kota Depok.",
            [("A", "MISC"), ("Depok", "LOC")],
            [("Depok", "LOC")],
        ),
        (  # glued to a number
            "Telkomsel meluncurkan jaringan 5G di Indonesia.",
            [("Telkomsel", "ORG"), ("G", "MISC"), ("Indonesia", "GPE")],
            [("Telkomsel", "ORG"), ("Indonesia", "GPE")],
        ),
        (  # listed after one that is dropped
            "Ahli gizi menyarankan vitamin C dan D untuk anak.",
            [("C", "MISC"), ("D", "PER")],
            [],
        ),
        (  # after a name: the name's own; one listed after it is no name of its own
            "Airlangga Hartarto mengumpulkan ketua DPD I dan II di Jakarta.",
            [("Airlangga Hartarto", "PER"), ("DPD", "ORG"), ("I", "PER"), ("II", "MISC"), ("Jakarta", "GPE")],
            [("Airlangga Hartarto", "PERSON"), ("DPD I", "ORG"), ("Jakarta", "GPE")],
        ),
        (  # a regnal number the NER left out
            "Raja Charles III bertemu Paus Leo di Vatikan.",
            [("Charles", "PER"), ("Vatikan", "LOC")],
            [("Charles III", "PERSON"), ("Leo", "PERSON"), ("Vatikan", "LOC")],  # "Paus" a title (v203)
        ),
    ],
)
def test_a_designator_is_no_name_of_its_own(nlp, text, names, expected):
    doc = run_after_ner(nlp, text, names)
    assert mentions(doc) == expected


@pytest.mark.parametrize(
    ("text", "names", "initials"),
    [
        ("Polisi menangkap tersangka A dan B di Medan.", [("A", "MISC"), ("B", "MISC")], ["A", "B"]),
        ("Pria berinisial S ditangkap di Bogor.", [("S", "PER")], ["S"]),
        ("Saat itu, A (25) dibawa ke rumah sakit.", [("A", "PER")], ["A"]),
    ],
)
def test_a_persons_initial_stays(nlp, text, names, initials):
    doc = run_after_ner(nlp, text, names)
    assert [text for text, _ in mentions(doc) if len(text) == 1] == initials


def test_a_balinese_name_keeps_its_particle(nlp):
    doc = run_after_ner(
        nlp, "Bupati Gianyar I Made Mahayastra hadir.", [("Gianyar", "LOC"), ("Made Mahayastra", "PER")]
    )
    assert ("Gianyar", "LOC") in mentions(doc)
    assert ("I Made Mahayastra", "PERSON") in mentions(doc)


def test_a_dropped_designator_is_no_argument_either(nlp):
    names = [("Airlangga Hartarto", "PER"), ("DPD", "ORG"), ("I", "PER"), ("II", "MISC")]
    doc = run_after_ner(nlp, "Airlangga Hartarto mengumpulkan ketua DPD I dan II.", names)
    assert arguments(doc) == ["ketua DPD I"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("A", True), ("IV", True), ("XIV", True), ("II", True), ("AB", False), ("IIII", False), ("Ia", False)],
)
def test_designator_words(nlp, word, expected):
    assert is_designator(nlp.make_doc(word)[0]) is expected


def test_an_amounts_magnitude_after_its_number_is_no_name(nlp):
    """Headlines shorten *triliun* to "T" ("Rp 371,5 T"): no entity "T" (extractor v215)."""
    doc = run_after_ner(nlp, "Purbaya umumkan APBN defisit Rp 371,5 T sampai September 2025.", [("T", "MISC")])
    assert "T" not in [s.text for s in doc.spans["kg_mentions"]]
