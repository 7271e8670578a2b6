"""Family ties and subsidiaries named beside the one they belong to (extractor v189,
:mod:`kg.extractors.indonesian.kin_rules`): exact sets of the rules' facts on fixed NER
output, with the near variants that must give none (a group, a subordinate, a kin word
that opens a clause, a subsidiary through which another acts)."""

import pytest
from test_components import run_after_ner
from test_cue_words import ruled

PEOPLE = [("Joko Widodo", "PER"), ("Iriana", "PER")]


def kinds(doc) -> dict[tuple[str, str], dict[str, str]]:
    return {
        (f.subject.name, f.object.name): dict(f.properties) for f in doc._.kg_triples if f.predicate == "RELATIVE_OF"
    }


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        ("Istri Presiden Joko Widodo, Iriana, meninjau pasar.", PEOPLE, {("Iriana", "RELATIVE_OF", "Joko Widodo")}),
        ("Acara itu dihadiri Iriana, istri Presiden Joko Widodo.", PEOPLE, {("Iriana", "RELATIVE_OF", "Joko Widodo")}),
        (
            "Polisi menangkap Budi Santoso dan istrinya, Ani Lestari, di Bogor.",
            [("Budi Santoso", "PER"), ("Ani Lestari", "PER")],
            # the arrest by the police since extractor v253 (a phrase before the verb acts)
            {("Ani Lestari", "RELATIVE_OF", "Budi Santoso"), ("Polisi", "ARRESTS", "Budi Santoso")},
        ),
        (
            "Kaesang Pangarep, putra bungsu Presiden Joko Widodo, bertemu dengan Gibran Rakabuming.",
            [("Kaesang Pangarep", "PER"), ("Joko Widodo", "PER"), ("Gibran Rakabuming", "PER")],
            # the verb's subject is the one the kin apposition describes, not the president
            {("Kaesang Pangarep", "RELATIVE_OF", "Joko Widodo"), ("Kaesang Pangarep", "MEETS", "Gibran Rakabuming")},
        ),
        # a group, a subordinate, a kin word opening its own clause: no tie
        (
            "Dua anak Budi Santoso, Rudi dan Sari, hadir.",
            [("Budi Santoso", "PER"), ("Rudi", "PER"), ("Sari", "PER")],
            set(),
        ),
        (
            "Anak buah Kapolri Listyo Sigit, Ferdy Sambo, ditahan.",
            [("Listyo Sigit", "PER"), ("Ferdy Sambo", "PER")],
            {("Listyo Sigit", "LEADER_OF", "Indonesian National Police")},
        ),
        ("Menurut Iriana, anak Joko Widodo sudah pulang.", PEOPLE, set()),
        # a copula before the kin word (extractor v191)
        (
            "Arsy merupakan putra dari Yovie Widianto serta Gita Gutawa adalah anak Erwin Gutawa.",
            [("Arsy", "PER"), ("Yovie Widianto", "PER"), ("Gita Gutawa", "PER"), ("Erwin Gutawa", "PER")],
            {("Arsy", "RELATIVE_OF", "Yovie Widianto"), ("Gita Gutawa", "RELATIVE_OF", "Erwin Gutawa")},
        ),
        ("Budi Santoso adalah anak buah Joko Widodo.", [("Budi Santoso", "PER"), ("Joko Widodo", "PER")], set()),
        # a subsidiary is part of its parent
        (
            "Anak usaha Pertamina, PT Pertamina Gas, membangun pipa.",
            [("Pertamina", "ORG"), ("PT Pertamina Gas", "ORG")],
            {("PT Pertamina Gas", "PART_OF", "Pertamina")},
        ),
        (
            "PT Mega Eltra, anak perusahaan PT Pupuk Indonesia, merugi.",
            [("PT Mega Eltra", "ORG"), ("PT Pupuk Indonesia", "ORG")],
            {("PT Mega Eltra", "PART_OF", "PT Pupuk Indonesia")},
        ),
        (
            "Melalui anak usaha PT Sang Hyang Seri, ID Food telah memasok benih.",
            [("PT Sang Hyang Seri", "ORG"), ("ID Food", "ORG")],
            set(),
        ),
    ],
)
def test_ties(nlp, text, names, facts):
    assert ruled(run_after_ner(nlp, text, names)) == facts


def test_a_tie_says_its_kind(nlp):
    """``kind`` is what the subject is to the object; a former spouse is flagged former."""
    doc = run_after_ner(
        nlp,
        "Mantan istri Ahmad Dhani, Maia Estianty, datang bersama putranya, Al Ghazali.",
        [("Ahmad Dhani", "PER"), ("Maia Estianty", "PER"), ("Al Ghazali", "PER")],
    )
    assert kinds(doc) == {
        ("Maia Estianty", "Ahmad Dhani"): {"kind": "spouse", "former": "true"},
        ("Al Ghazali", "Maia Estianty"): {"kind": "child"},
    }


def test_a_rule_fact_outlives_the_models_reverse():
    """Two containment facts that say each holds the other both go, unless a rule read one
    from its construction and only the model the other."""
    from kg.extractors.indonesian.fact_entities import Fact
    from kg.extractors.indonesian.redundancy import _without_cycles
    from kg.model import Entity

    parent, child = Entity("e1", "Pertamina", "ORG"), Entity("e2", "PT Pertamina Gas", "ORG")
    ruled_fact = Fact(child, "PART_OF", "anak usaha", parent, 0, 0.85, "kin", (), "")
    reverse = Fact(parent, "PART_OF", "", child, 0, 0.4, "model", (), "")
    assert _without_cycles([ruled_fact, reverse]) == [ruled_fact]
    assert _without_cycles([reverse, Fact(child, "PART_OF", "", parent, 0, 0.4, "model", (), "")]) == []


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        (
            '"Enggak hadir," kata pengacara Lisa Mariana, Jhony Nababan, kepada wartawan.',
            [("Lisa Mariana", "PER"), ("Jhony Nababan", "PER")],
            {("Jhony Nababan", "RELATED_TO", "Lisa Mariana")},
        ),
        (
            "Kuasa hukum Fahmi Bagus, Andi Saputra, akan mengajukan banding.",
            [("Fahmi Bagus", "PER"), ("Andi Saputra", "PER")],
            {("Andi Saputra", "RELATED_TO", "Fahmi Bagus")},
        ),
        (
            "Budi Santoso melalui pengacaranya, Hotman Paris, membantah tuduhan itu.",
            [("Budi Santoso", "PER"), ("Hotman Paris", "PER")],
            {("Hotman Paris", "RELATED_TO", "Budi Santoso")},
        ),
        (  # a group of lawyers, and a lawyer not named beside the client
            "Dua pengacara Budi Santoso hadir bersama Hotman Paris.",
            [("Budi Santoso", "PER"), ("Hotman Paris", "PER")],
            set(),
        ),
    ],
)
def test_a_person_s_counsel_is_an_open_fact(nlp, text, names, facts):
    """ "pengacara X, Y", "kuasa hukum X, Y", "X melalui pengacaranya, Y" (extractor v232): Y
    RELATED_TO X with the tie's words, as the annotations write a lawyer; the relation
    model's open fact on the same pair in other words goes."""
    doc = run_after_ner(nlp, text, names)
    assert ruled(doc) == facts
    pairs = [(f.subject.name, f.object.name) for f in doc._.kg_triples if f.predicate == "RELATED_TO"]
    assert len(pairs) == len(set(map(frozenset, pairs)))  # one open fact per pair
    assert all(
        f.predicate_text.lower().startswith(("pengacara", "kuasa hukum"))
        for f in doc._.kg_triples
        if f.rule == "counsel"
    )


@pytest.mark.parametrize(
    ("text", "name", "facts"),
    [
        (
            "Presiden memimpin rapat di Istana Kepresidenan Jakarta pada Senin.",
            "Istana Kepresidenan Jakarta",
            {("Istana Kepresidenan Jakarta", "LOCATED_IN", "Jakarta")},
        ),
        (
            "Polisi menjaga Stadion Teladan Medan sejak pagi.",
            "Stadion Teladan Medan",
            {("Stadion Teladan Medan", "LOCATED_IN", "Medan")},
        ),
        # the place is the whole name after its head, a country, or no place at all
        ("Presiden menginap di Istana Bogor pada Senin.", "Istana Bogor", set()),
        ("Acara digelar di Hotel Indonesia Kempinski.", "Hotel Indonesia Kempinski", set()),
        ("Ia menginap di Hotel Indonesia pada Senin.", "Hotel Indonesia", set()),
        ("Ia kuliah di Universitas Gadjah Mada Yogyakarta.", "Universitas Gadjah Mada Yogyakarta", set()),
    ],
)
def test_a_facility_named_with_its_place_is_located_in_it(nlp, text, name, facts):
    """ "Stadion Teladan Medan" (extractor v257): a building's name that ends in the city or
    region it stands in states where it is, as the annotations write it; not a place that is
    the name's only word after the head, a country, nor an organisation's name."""
    assert {f for f in ruled(run_after_ner(nlp, text, [(name, "LOC")])) if f[1] == "LOCATED_IN"} == facts
