"""A place named after *di*/*ke*/*menuju* is no agent of the verb after it (extractor
v106): exact facts on fixed NER output, and the exceptions on fixed word classes."""

import pytest
from test_components import run_after_ner


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        (
            "Ledakan yang terjadi di Monas pagi tadi mengakibatkan dua anggota TNI mengalami luka berat.",
            [("Monas", "LOC"), ("TNI", "ORG")],
            {("dua anggota TNI", "RELATED_TO", "mengalami", "luka berat")},
        ),
        (
            "Siti yang baru lulus di Akademi Kepolisian memutuskan masuk ke Kepolisian Udara pada 2009.",
            [("Siti", "PER"), ("Akademi Kepolisian", "ORG"), ("Kepolisian Udara", "ORG")],
            {("Siti", "RELATED_TO", "masuk", "Kepolisian Udara")},
        ),
    ],
)
def test_a_place_is_no_agent_of_the_verb_after_it(nlp, text, names, facts):
    doc = run_after_ner(nlp, text, names)
    assert {(f.subject.name, f.predicate, f.predicate_text, f.object.name) for f in doc._.kg_triples} == facts


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Ledakan di Monas melukai dua prajurit", "RELATED_TO", True),
        ("penggemar ke Jakarta menonton Persib", "RELATED_TO", True),
        ("Ledakan di Monas melukai dua prajurit", "LOCATED_IN", False),  # a place's own relation
        ("kompleks di Istana yang menghadap Monas", "RELATED_TO", False),  # a relative clause's subject
        ("kami di BPJS menerima kabar", "RELATED_TO", False),  # "we at BPJS": the organisation acts
        ("pihak dari China menyetujui langkah", "RELATED_TO", False),  # a source, not a place
        ("Ledakan di Monas dan prajurit", "RELATED_TO", False),  # no verb between
    ],
)
def test_the_place_rule_and_its_exceptions(nlp, text, label, expected):
    from spacy.tokens import Span

    from kg.extractors.indonesian.facts import place_as_agent
    from kg.extractors.indonesian.pairs import Candidate
    from kg.extractors.indonesian.relation_model import Pair

    doc = nlp.make_doc(text)
    for token in doc:
        token.tag_ = "VB" if token.lower_.startswith("me") else "NN"
    head, tail = Candidate(Span(doc, 2, 3), "GPE", "name"), Candidate(Span(doc, len(doc) - 1, len(doc)), "ORG", "name")
    assert place_as_agent(doc, Pair(head, tail, label, 0.5, "plain", doc[:])) is expected
