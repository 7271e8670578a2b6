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


def test_a_persons_short_name_the_ner_took_for_a_place_acts_as_the_person(nlp):
    """ "Purbaya meminta agar TPIP ...": the NER typed this "Purbaya" a place, but the
    article names the person "Purbaya Yudhi Sadewa", so the schema's domain check of an
    appeal reads the person; an organisation's type stays its mention's."""
    from test_components import run_after_ner

    from kg.extractors.indonesian.fact_entities import ArgumentEntities
    from kg.extractors.indonesian.facts import _fits
    from kg.extractors.indonesian.pairs import Candidate
    from kg.extractors.indonesian.relation_model import Pair

    text = "Menteri Keuangan Purbaya Yudhi Sadewa hadir. Purbaya meminta agar TPIP terus bersinergi."
    doc = run_after_ner(nlp, text, [("Purbaya Yudhi Sadewa", "PER"), ("Purbaya", "LOC"), ("TPIP", "ORG")])
    at = text.index("Purbaya meminta")
    short = doc.char_span(at, at + len("Purbaya"))
    tpip = doc.char_span(text.index("TPIP"), text.index("TPIP") + 4)
    head, tail = Candidate(short, "LOC", "name"), Candidate(tpip, "ORG", "name")
    ents = ArgumentEntities(doc)
    pair = Pair(head, tail, "URGES", 0.8, "plain", short.sent)
    assert (ents.type_of(head), ents.type_of(tail)) == ("PERSON", "ORG")
    assert _fits(pair, ents.type_of) and not _fits(pair, lambda cand: cand.type)


@pytest.mark.parametrize(
    ("text", "place", "object_span", "expected"),
    [
        ("Budi menjual mobil di Jakarta", 4, (2, 3), True),  # the verb's own object between: where it acts
        ("penjual di kawasan Jakarta menawarkan diskon", 3, None, True),  # no verb before: where the subject is
        ("Demo berlangsung beberapa kali di Jakarta", 5, (2, 4), False),  # how often is no object
        ("Budi dibawa ke tempat di kawasan Jakarta", 6, (3, 4), False),  # where one goes
        ("Budi tinggal di Jakarta", 3, None, False),  # where one is
        ("Budi menjual mobil ke Jakarta", 4, (2, 3), False),  # not after *di*
    ],
)
def test_an_open_fact_to_the_place_of_an_act_on_something_else(nlp, text, place, object_span, expected):
    """ "Budi RELATED_TO Jakarta" says where Budi sold the car, not a relation between the
    two; where something happens, is or goes stays a fact."""
    from spacy.tokens import Span

    from kg.extractors.indonesian.facts import place_of_event
    from kg.extractors.indonesian.pairs import Candidate
    from kg.extractors.indonesian.relation_model import Pair

    doc = nlp.make_doc(text)
    for token in doc:
        token.tag_ = "VB" if token.lower_ in ("menjual", "menawarkan", "berlangsung", "dibawa", "tinggal") else "NN"
    doc.spans["kg_arguments"] = [Span(doc, *object_span, label="CONCEPT")] if object_span else []
    head = Candidate(Span(doc, 0, 1), "PERSON", "name")
    tail = Candidate(Span(doc, place, place + 1), "GPE", "name")
    pair = Pair(head, tail, "RELATED_TO", 0.5, "plain", doc[:])
    assert place_of_event(doc, pair, lambda c: c.type) is expected
