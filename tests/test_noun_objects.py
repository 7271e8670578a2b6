"""The object of an act written as a noun ("Kunjungan Merkel ke Sinagoge"): a preposition's
name after the noun, not one past a verb that begins another clause (fixed NER output)."""

import pytest
from test_components import run_after_ner


def visits(doc) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in doc._.kg_triples if f.predicate == "VISITS"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kunjungan Merkel ke Sinagoge Halle berlangsung kemarin.", {("Merkel", "Sinagoge Halle")}),
        # the place is the attack's, after the verb of the visit's own clause
        ("Kunjungan Merkel dilakukan dua bulan usai serangan di Sinagoge Halle.", set()),
    ],
)
def test_a_noun_of_the_act_takes_no_object_past_a_verb(nlp, text, expected):
    doc = run_after_ner(nlp, text, [("Merkel", "PER"), ("Sinagoge Halle", "LOC")])
    assert visits(doc) == expected
