"""Regression floors for extraction quality on the shared evaluation data (the
figures in the README are measured with `kg eval`; these floors sit a little below)."""

from pathlib import Path

import pytest
from conftest import ROOT, SHARED, need

from kg import evaluate as ev

GOLD = ROOT / "tests" / "gold"
NER_DEV = SHARED / "eval" / "id_ner_dev.jsonl"
NEWS_DEV = SHARED / "eval" / "id_news_dev"


def test_entity_f1_floor():
    need(NER_DEV.exists(), f"{NER_DEV} not found")
    assert ev.entity_scores(NER_DEV)["ALL"].f1 >= 0.85  # the target
    assert ev.entity_scores(NER_DEV, all_mentions=True)["ALL"].f1 >= 0.79


def test_dev_article_triples_floor():
    need(NEWS_DEV.exists(), f"{NEWS_DEV} not found")
    score, _, _ = ev.triple_scores(GOLD / "id_news_dev_triples.jsonl", [str(NEWS_DEV)])
    assert score.recall >= 0.82 and score.precision >= 0.90


def test_seed_triples(seed_path: Path):
    score, misses, _ = ev.triple_scores(GOLD / "seed_triples.jsonl", [str(seed_path)])
    assert score.precision >= 0.85 and score.recall == 1.0, misses  # every annotated fact


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
