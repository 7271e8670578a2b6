"""Forms of a title that broke its readings. An office's ordinal ("Presiden ke-6 RI",
"Wakil Presiden ke-13", "Ketua DPR RI ke-20") belongs to the title: the person after it
holds the role, acts as the subject of a verb and is the object of one, and no noun phrase
"Wakil Presiden ke-13 X" becomes an entity beside the person. Short titles (*PM*,
*Presdir*) start no name. On fixed mentions; exact sets of facts."""

import pytest
from test_components import argument_entity, run_after_ner, stated


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # a deputy's title with an ordinal, as the subject of a verb
            "Wakil Presiden ke-11 Budi Santoso mengunjungi Surabaya.",
            [("Budi Santoso", "PER"), ("Surabaya", "LOC")],
            {("Budi Santoso", "VISITS", "Surabaya")},
        ),
        (  # the same without the ordinal
            "Wakil Presiden Budi Santoso mengunjungi Surabaya.",
            [("Budi Santoso", "PER"), ("Surabaya", "LOC")],
            {("Budi Santoso", "VISITS", "Surabaya")},
        ),
        (  # the object of a verb, after a title, an ordinal and the country
            "Budi Santoso bertemu Presiden ke-6 RI Andi Wijaya di Bogor.",
            [("Budi Santoso", "PER"), ("RI", "LOC"), ("Andi Wijaya", "PER"), ("Bogor", "LOC")],
            {("Budi Santoso", "MEETS", "Andi Wijaya"), ("Andi Wijaya", "LEADER_OF", "Indonesia")},
        ),
        (  # the ordinal after the role's organisation
            "Ketua DPR RI ke-20 Andi Wijaya hadir.",
            [("DPR RI", "ORG"), ("Andi Wijaya", "PER")],
            {("Andi Wijaya", "LEADER_OF", "DPR RI")},
        ),
    ],
)
def test_an_ordinal_belongs_to_the_title(nlp, text, names, expected):
    assert stated(run_after_ner(nlp, text, names)) == expected


def test_a_titled_name_with_an_ordinal_and_its_short_form_is_the_person(nlp):
    doc = run_after_ner(
        nlp,
        "Program itu dirintis oleh Presiden ke-7 Budi Santoso (Budi).",
        [("Budi Santoso", "PER"), ("Budi", "PER")],
    )
    assert argument_entity(doc, "Presiden ke-7 Budi Santoso (Budi)").name == "Budi Santoso"


def test_no_noun_phrase_entity_beside_the_titled_person(nlp):
    doc = run_after_ner(
        nlp,
        "Wakil Presiden ke-13 Budi Santoso mengunjungi Surabaya.",
        [("Budi Santoso", "PER"), ("Surabaya", "LOC")],
    )
    names = {e.name for f in doc._.kg_triples for e in (f.subject, f.object)}
    assert names == {"Budi Santoso", "Surabaya"}


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # the NER takes the short title into the country's name
            "PM Malaysia Anwar Ibrahim bertemu Budi Santoso di Jakarta.",
            [("PM Malaysia", "ORG"), ("Anwar Ibrahim", "PER"), ("Budi Santoso", "PER"), ("Jakarta", "LOC")],
            {("Anwar Ibrahim", "LEADER_OF", "Malaysia"), ("Anwar Ibrahim", "MEETS", "Budi Santoso")},
        ),
        (
            "Presdir PT Sentosa Abadi Budi Santoso hadir.",
            [("Presdir PT Sentosa Abadi", "ORG"), ("Budi Santoso", "PER")],
            {("Budi Santoso", "LEADER_OF", "PT Sentosa Abadi")},
        ),
    ],
)
def test_a_short_title_starts_no_name(nlp, text, names, expected):
    """*PM* (perdana menteri) and *Presdir* (presiden direktur) are titles: never the start of
    a name, whatever the NER made of them, and their holder leads the country or company."""
    assert stated(run_after_ner(nlp, text, names)) == expected
