"""Legal and personnel events the training articles state too rarely to learn (extractor
v174: the cues of the schema proposal in ``data/rules.toml``): dismissals, sentences,
arrests by the verbs of crime news. Exact sets of stated facts on fixed NER output, with
near variants that must state nothing (a denial, a question, a condition)."""

import pytest
from test_components import run_after_ner, stated

PEOPLE = [("Ade Kuswara", "PER"), ("Slamet Riyadi", "PER")]


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        (
            "Ade Kuswara memecat Slamet Riyadi pada Senin.",
            PEOPLE,
            {("Ade Kuswara", "DISMISSES", "Slamet Riyadi")},
        ),
        (
            "Slamet Riyadi dicopot oleh Ade Kuswara pada Senin.",
            PEOPLE,
            {("Ade Kuswara", "DISMISSES", "Slamet Riyadi")},
        ),
        (
            "Pengadilan Negeri Bekasi memvonis Slamet Riyadi lima tahun penjara.",
            [("Pengadilan Negeri Bekasi", "ORG"), ("Slamet Riyadi", "PER")],
            {("Pengadilan Negeri Bekasi", "SENTENCES", "Slamet Riyadi")},
        ),
        (
            "Polres Metro Bekasi membekuk Slamet Riyadi di rumahnya.",
            [("Polres Metro Bekasi", "ORG"), ("Slamet Riyadi", "PER")],
            {("Polres Metro Bekasi", "ARRESTS", "Slamet Riyadi")},
        ),
        # an acquittal is no sentence (extractor v175)
        (
            "Pengadilan Negeri Bekasi memvonis Slamet Riyadi bebas.",
            [("Pengadilan Negeri Bekasi", "ORG"), ("Slamet Riyadi", "PER")],
            set(),
        ),
        (
            "Slamet Riyadi divonis bebas oleh Pengadilan Negeri Bekasi.",
            [("Slamet Riyadi", "PER"), ("Pengadilan Negeri Bekasi", "ORG")],
            set(),
        ),
        ("Ade Kuswara tidak memecat Slamet Riyadi.", PEOPLE, set()),
        ("Apakah Ade Kuswara memecat Slamet Riyadi?", PEOPLE, set()),
        ("Jika Ade Kuswara memecat Slamet Riyadi, warga akan protes.", PEOPLE, set()),
    ],
)
def test_legal_and_personnel_events(nlp, text, names, facts):
    doc = run_after_ner(nlp, text, names)
    canonical = {(s, p, o) for s, p, o in stated(doc) if p != "RELATED_TO"}
    assert canonical == facts
