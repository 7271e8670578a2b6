"""An office's ordinal ("Presiden ke-6 RI", "Wakil Presiden ke-13", "Ketua DPR RI ke-20")
belongs to the title: the person after it holds the role, acts as the subject of a verb and
is the object of one, and no noun phrase "Wakil Presiden ke-13 X" becomes an entity beside
the person. On fixed mentions; exact sets of facts."""

import pytest
from test_components import run_after_ner, stated


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


def test_no_noun_phrase_entity_beside_the_titled_person(nlp):
    doc = run_after_ner(
        nlp,
        "Wakil Presiden ke-13 Budi Santoso mengunjungi Surabaya.",
        [("Budi Santoso", "PER"), ("Surabaya", "LOC")],
    )
    names = {e.name for f in doc._.kg_triples for e in (f.subject, f.object)}
    assert names == {"Budi Santoso", "Surabaya"}
