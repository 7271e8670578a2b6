"""A fact's words are its main verb, not the hedge, claim or phase verb before it
("diduga menerima" states *menerima*, flagged alleged); a failure ("gagal mengalahkan")
stays in the words, since the verb after it did not happen. On fixed NER output."""

import pytest
from test_components import run_after_ner


@pytest.mark.parametrize(
    ("text", "names", "subject", "words"),
    [
        (
            "Polisi menyebut Bambang diduga menerima suap dari PT Maju Jaya.",
            [("Bambang", "PER"), ("PT Maju Jaya", "ORG")],
            "Bambang",
            {"menerima"},
        ),
        (
            "Bank Indonesia memutuskan menurunkan suku bunga acuan.",
            [("Bank Indonesia", "ORG")],
            "Bank Indonesia",
            {"menurunkan"},
        ),
        ("Arsenal kembali mengalahkan Chelsea.", [("Arsenal", "ORG"), ("Chelsea", "ORG")], "Arsenal", {"mengalahkan"}),
        ("Arsenal gagal mengalahkan Chelsea.", [("Arsenal", "ORG"), ("Chelsea", "ORG")], "Arsenal", {"gagal"}),
    ],
)
def test_the_words_of_a_fact_are_its_main_verb(nlp, text, names, subject, words):
    doc = run_after_ner(nlp, text, names)
    assert {f.predicate_text for f in doc._.kg_triples if f.subject.name == subject} == words


def test_a_hedged_fact_is_flagged_alleged(nlp):
    doc = run_after_ner(
        nlp, "Bambang diduga menerima suap dari PT Maju Jaya.", [("Bambang", "PER"), ("PT Maju Jaya", "ORG")]
    )
    facts = [f for f in doc._.kg_triples if f.subject.name == "Bambang"]
    assert facts and all(dict(f.properties).get("alleged") == "true" for f in facts)
