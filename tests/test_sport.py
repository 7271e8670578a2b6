"""Sport news (extractor v189): a national team is an organisation, not its country; its
coaches are its employees and its players its members; the loser's verb names the winner
("kalah 2-3 dari X"). Exact sets of the rules' facts on fixed NER output, with the near
variants that must give none (a player's home country, a loss denied)."""

import pytest
from test_components import run_after_ner
from test_cue_words import ruled


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        (
            "Timnas Indonesia mengalahkan Vietnam 2-0 di Jakarta.",
            [("Indonesia", "LOC"), ("Vietnam", "LOC"), ("Jakarta", "LOC")],
            {("Timnas Indonesia", "WINS_AGAINST", "Vietnam")},
        ),
        (
            "Pelatih Timnas Indonesia Patrick Kluivert memuji para pemain.",
            [("Indonesia", "LOC"), ("Patrick Kluivert", "PER")],
            {("Patrick Kluivert", "EMPLOYEE_OF", "Timnas Indonesia")},
        ),
        (
            "Timnas U-23 Indonesia kalah 1-2 dari Tim Nasional Jepang U-23.",
            [("Indonesia", "LOC"), ("Jepang", "LOC")],
            {("Tim Nasional Jepang U-23", "WINS_AGAINST", "Timnas U-23 Indonesia")},
        ),
        (
            "Bojan Hodak, pelatih Persib Bandung, memuji Marc Klok.",
            [("Bojan Hodak", "PER"), ("Persib Bandung", "ORG"), ("Marc Klok", "PER")],
            # the praise by rule since v239, its subject past the role apposition
            {("Bojan Hodak", "EMPLOYEE_OF", "Persib Bandung"), ("Bojan Hodak", "PRAISES", "Marc Klok")},
        ),
        (
            "Penyerang Persija Jakarta, Marko Simic, absen.",
            [("Persija Jakarta", "ORG"), ("Marko Simic", "PER")],
            {("Marko Simic", "MEMBER_OF", "Persija Jakarta")},
        ),
        (
            "Semua berawal dari tekanan terhadap pelatih Arsenal saat ini, Unai Emery.",
            [("Arsenal", "ORG"), ("Unai Emery", "PER")],
            {("Unai Emery", "EMPLOYEE_OF", "Arsenal F.C.")},
        ),
        # a player's home country is no team; a loss denied, or in a clause of its own, is none
        ("Pemain asal Brasil, Ciro Alves, mencetak gol.", [("Brasil", "LOC"), ("Ciro Alves", "PER")], set()),
        (
            "Persib Bandung tidak kalah dari Persija Jakarta.",
            [("Persib Bandung", "ORG"), ("Persija Jakarta", "ORG")],
            set(),
        ),
        (  # a sport report's words for beating (extractor v242)
            "Real Madrid ditumbangkan PSG dengan skor 0-3.",
            [("Real Madrid", "ORG"), ("PSG", "ORG")],
            {("PSG", "WINS_AGAINST", "Real Madrid CF")},
        ),
        (
            "Persib Bandung menekuk Persija Jakarta 2-1.",
            [("Persib Bandung", "ORG"), ("Persija Jakarta", "ORG")],
            {("Persib Bandung", "WINS_AGAINST", "Persija Jakarta")},
        ),
        (  # "menundukkan" is also to subdue, and no cue
            "Langkah Mourinho menundukkan Tottenham selalu mendapat perlawanan.",
            [("Mourinho", "PER"), ("Tottenham", "ORG")],
            set(),
        ),
        (
            "Arsenal tidak akan memecat Unai Emery sekalipun kalah dari Leicester City.",
            [("Arsenal", "ORG"), ("Unai Emery", "PER"), ("Leicester City", "ORG")],
            set(),
        ),
    ],
)
def test_sport(nlp, text, names, facts):
    assert ruled(run_after_ner(nlp, text, names)) == facts


def test_a_national_team_is_one_organisation(nlp):
    """The team word, the country, the age group and the side are one ORG mention, however
    the NER cut them; the country alone stays the country."""
    doc = run_after_ner(
        nlp,
        "Timnas Indonesia U-23 bertanding di Indonesia.",
        [("Timnas", "LOC"), ("Indonesia", "LOC"), ("U-23", "ORG"), ("Indonesia", "LOC")],
    )
    assert [(s.text, s.label_) for s in doc.spans["kg_mentions"]] == [
        ("Timnas Indonesia U-23", "ORG"),
        ("Indonesia", "GPE"),
    ]
