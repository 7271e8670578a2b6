"""The agent of a reported clause is its own subject, not the one who reports it
(extractors/indonesian/arguments.py, ``Context.left_args``): the rules' triples on fixed
mentions (the relation model's pairs aside)."""

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
