"""Arguments done right by the rules, on fixed mentions (the relation model's pairs aside):
the agent of a reported clause is its own subject, not the one who reports it
(extractors/indonesian/arguments.py, ``Context.left_args`` and ``nearest_left``), and the
goods of a verb of trade are goods, not its buyer (extractors/indonesian/relations.py)."""

import pytest
from test_orders import rule_triples


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # the clause's subject is someone else: no agent for the rules
            "Budi Santoso menyebut mereka menyerang Israel.",
            [("Budi Santoso", "PER"), ("Israel", "LOC")],
            set(),
        ),
        (  # the speaker's own side ("pihaknya", "kami") is the speaker's act
            "Budi Santoso mengatakan pihaknya mengunjungi Surabaya.",
            [("Budi Santoso", "PER"), ("Surabaya", "LOC")],
            {("Budi Santoso", "VISITS", "Surabaya")},
        ),
        (  # no subject in the clause: the speaker's
            "Budi Santoso mengatakan akan mengunjungi Surabaya.",
            [("Budi Santoso", "PER"), ("Surabaya", "LOC")],
            {("Budi Santoso", "VISITS", "Surabaya")},
        ),
    ],
)
def test_the_reporter_is_no_agent_of_a_clause_with_its_own_subject(nlp, text, names, expected):
    assert rule_triples(nlp, text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # the example: Hendra reports the visit, the untitled Kapolda makes it
            "Hendra menjelaskan, kunjungan Kapolda ke Surabaya berjalan lancar.",
            [("Hendra", "PER"), ("Surabaya", "LOC")],
            set(),
        ),
        (  # a speech verb between: the reporter is no agent of the noun
            "Hendra menjelaskan penjualan senjata ke Rusia meningkat.",
            [("Hendra", "PER"), ("Rusia", "LOC")],
            set(),
        ),
        (  # the nearest name before the noun acts
            "Korea Utara melakukan penjualan senjata ke Rusia.",
            [("Korea Utara", "LOC"), ("Rusia", "LOC")],
            {("North Korea", "SELLS_TO", "Russia")},
        ),
    ],
)
def test_the_reporter_is_no_agent_of_a_noun_in_the_reported_clause(nlp, text, names, expected):
    assert rule_triples(nlp, text, names) == expected


def test_goods_named_right_after_a_verb_of_trade_are_goods_not_the_buyer(nlp):
    """ "mengekspor CPO ke India": India buys, CPO is what is sold (the issue's example),
    also when the NER took CPO for an organisation."""
    from test_components import run_after_ner

    text = "Indonesia mengekspor CPO ke India."
    doc = run_after_ner(nlp, text, [("Indonesia", "LOC"), ("CPO", "ORG"), ("India", "LOC")])
    entities = doc._.kg_entities
    found = {
        (entities[t.subject].name, t.predicate, entities[t.object].name, t.properties) for t in doc._.kg_rule_triples
    }
    assert found == {("Indonesia", "EXPORTS_TO", "India", (("goods", "CPO"),))}
