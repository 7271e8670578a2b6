"""The rules' confidences: each rule's precision on the training articles, smoothed towards
its hand-written prior (``scripts/calibrate_rules.py`` writes the counts)."""

from conftest import load_script

from kg.extractors.indonesian import rulebook


def test_a_rule_s_confidence_is_its_precision_smoothed_towards_its_prior():
    assert rulebook.calibrated(0.9, 72, 111) == round((72 + 2 * 0.9) / (111 + 2), 3)
    assert rulebook.calibrated(0.7, 0, 0) == 0.7  # never fired: the prior
    assert rulebook.calibrated(0.85, 0, 100) == round(1.7 / 102, 3)


def test_the_shipped_counts_give_every_rule_a_confidence():
    counts = rulebook.read_counts()
    confidences = rulebook.rule_confidences()
    assert set(confidences) == set(rulebook.PRIORS)
    assert counts and set(counts) <= set(rulebook.PRIORS)
    for rule, prior in rulebook.PRIORS.items():
        assert confidences[rule] == rulebook.calibrated(prior, *counts.get(rule, (0, 0)))
        assert 0 < confidences[rule] < 1


def test_counts_are_written_and_read_back(tmp_path, monkeypatch):
    script = load_script("scripts/calibrate_rules.py", "calibrate_rules")
    monkeypatch.setattr(rulebook, "CONFIDENCE", tmp_path / "rule_confidence.tsv")
    script.write({"role": (3, 4), "title": (0, 2), "model": (9, 9)})
    assert rulebook.read_counts(rulebook.CONFIDENCE) == {"role": (3, 4), "title": (0, 2)}  # rules only
    assert rulebook.read_counts(tmp_path / "missing.tsv") == {}


def test_each_rule_is_counted_on_its_own_facts_at_the_confidence_given(relation_split):
    """With the model silenced every fact is a rule's; each carries its rule's confidence."""
    script = load_script("scripts/calibrate_rules.py", "calibrate_rules")
    given = {rule: 0.5 for rule in rulebook.PRIORS} | {"role": 0.6}
    found = script.counts(relation_split, "t1-t3", script.rules_alone(given))
    assert found == {"active": (2, 2, 1.0), "role": (1, 1, 0.6)}
