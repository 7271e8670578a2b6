"""Regression floors for extraction quality on the shared evaluation data (the
figures in the README are measured with `kg eval` and benchmarks/quality.py; these
floors sit a little below). Held-out floors first; the dev and seed floors are on
articles the rules were written on."""

from pathlib import Path

import pytest
from conftest import ROOT, SHARED, need

from kg import evaluate as ev

GOLD = ROOT / "tests" / "gold"
NER_DEV = SHARED / "eval" / "id_ner_dev.jsonl"
NEWS_DEV = SHARED / "eval" / "id_news_dev"
RELATIONS = SHARED / "eval" / "id_news_train"
FACT_GOLD = SHARED / "eval" / "id_news_gold"


def test_held_out_relation_floor():
    """t101-t120: never read by the relation model's training or by the rules."""
    need(RELATIONS.exists(), f"{RELATIONS} not found")
    from kg import api

    report = api.evaluate_relations(RELATIONS, "t101-t120")
    assert report.articles == 19  # t101-t120 with at least one annotated fact
    assert report.schema.f1 >= 0.19 and report.schema.precision >= 0.30, report.schema  # measured 0.204, 0.329


def test_fact_gold_recall_floor():
    need(FACT_GOLD.exists(), f"{FACT_GOLD} not found")
    from kg import api

    report = api.evaluate_facts(FACT_GOLD, [str(p) for p in sorted(FACT_GOLD.glob("*.txt"))])
    assert report.facts == 274 and report.mean_recall >= 0.22, report.mean_recall  # measured 0.243


def schema_only(false_positives: list[dict]) -> list[dict]:
    """The hand-written triple gold names schema relations only: open facts are not scored."""
    return [f for f in false_positives if f["predicate"] != "RELATED_TO"]


def test_entity_f1_floor():
    need(NER_DEV.exists(), f"{NER_DEV} not found")
    assert ev.entity_scores(NER_DEV)["ALL"].f1 >= 0.85  # the target
    assert ev.entity_scores(NER_DEV, all_mentions=True)["ALL"].f1 >= 0.79


def test_dev_article_triples_floor():
    need(NEWS_DEV.exists(), f"{NEWS_DEV} not found")
    score, _, false_positives = ev.triple_scores(GOLD / "id_news_dev_triples.jsonl", [str(NEWS_DEV)])
    fp = len(schema_only(false_positives))
    assert score.recall >= 0.82 and score.tp / (score.tp + fp) >= 0.45  # measured 0.94, 0.50


def test_seed_triples(seed_path: Path):
    score, misses, false_positives = ev.triple_scores(GOLD / "seed_triples.jsonl", [str(seed_path)])
    fp = schema_only(false_positives)
    assert score.tp / (score.tp + len(fp)) >= 0.85 and score.recall == 1.0, (misses, fp)  # every annotated fact


def test_gold_files_use_the_vocabulary():
    from kg.vocab import relations

    for name in ("id_news_dev_triples.jsonl", "seed_triples.jsonl"):
        for row in ev.read_jsonl(GOLD / name):
            assert row["predicate"] in relations(), row


@pytest.mark.parametrize("threshold", [0.0, 0.7, 0.95])
def test_min_confidence_filters(seed_path, threshold):
    from kg import api

    triples = [t for ex in api.extract_paths([str(seed_path)], threshold) for t in ex.triples]
    assert all(t.provenance.confidence >= threshold for t in triples)
    assert (len(triples) > 0) == (threshold < 0.95)


def test_countries_used_as_actors_are_scored_only_with_all_mentions():
    from kg.model import Mention

    actor = Mention("a", 0, 6, "Israel", "GPE", "e", "actor")
    place = Mention("a", 0, 6, "Israel", "GPE", "e", "place")
    person = Mention("a", 0, 4, "Kim", "PERSON", "k")
    assert ev.scored_type(actor) is None and ev.scored_type(actor, all_mentions=True) == "LOC"
    assert ev.scored_type(place) == "LOC" and ev.scored_type(person) == "PER"
