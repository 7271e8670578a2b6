"""Regression floors for extraction quality on the shared evaluation data (the
figures in the README are measured with `kg eval` and benchmarks/quality.py; these
floors sit a little below). Held-out floors first; the dev and seed floors are on
articles the rules were written on."""

from pathlib import Path

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
    assert report.schema.f1 >= 0.26 and report.schema.precision >= 0.38, report.schema  # v43: 0.289, 0.438
    types = report.types  # v43: 104 of 133 (0.782); v33: 87 of 132 (0.659) without the entity typer
    assert types.total == 165 and types.right / types.found >= 0.75, types


def test_fact_gold_recall_floor():
    need(FACT_GOLD.exists(), f"{FACT_GOLD} not found")
    from kg import api

    report = api.evaluate_facts(FACT_GOLD, [str(p) for p in sorted(FACT_GOLD.glob("*.txt"))])
    assert report.facts == 274 and report.mean_recall >= 0.27, report.mean_recall  # measured 0.300 (extractor v43)


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
    # measured 0.79, 0.55: v56 dropped "X dari ORG" as MEMBER_OF (0 of 3 right on the annotated
    # training articles, which mostly say EMPLOYEE_OF), and one of these dev triples with it
    assert score.recall >= 0.78 and score.tp / (score.tp + fp) >= 0.45


def test_seed_triples(seed_path: Path):
    score, misses, false_positives = ev.triple_scores(GOLD / "seed_triples.jsonl", [str(seed_path)])
    fp = schema_only(false_positives)
    assert score.tp / (score.tp + len(fp)) >= 0.85 and score.recall == 1.0, (misses, fp)  # every annotated fact


def test_gold_files_use_the_vocabulary():
    from kg.vocab import relations

    for name in ("id_news_dev_triples.jsonl", "seed_triples.jsonl"):
        for row in ev.read_jsonl(GOLD / name):
            assert row["predicate"] in relations(), row


def test_min_confidence_filters(seed_path):
    from kg import api

    def confidences(threshold: float) -> list[float]:
        return [t.provenance.confidence for ex in api.extract_paths([str(seed_path)], threshold) for t in ex.triples]

    everything = confidences(0.0)
    assert everything
    for threshold in (0.7, max(everything), max(everything) + 0.001):
        kept = confidences(threshold)
        assert all(c >= threshold for c in kept)
        assert len(kept) == sum(1 for c in everything if c >= threshold)
    assert confidences(max(everything) + 0.001) == []


def test_countries_used_as_actors_are_scored_only_with_all_mentions():
    from kg.model import Mention

    actor = Mention("a", 0, 6, "Israel", "GPE", "e", "actor")
    place = Mention("a", 0, 6, "Israel", "GPE", "e", "place")
    person = Mention("a", 0, 4, "Kim", "PERSON", "k")
    assert ev.scored_type(actor) is None and ev.scored_type(actor, all_mentions=True) == "LOC"
    assert ev.scored_type(place) == "LOC" and ev.scored_type(person) == "PER"


def test_entities_across_articles_floor():
    """Issue 15's targets on the 150 articles of our same-entity groups (not held out:
    the resolver's rules were checked on them): of the 100 entities with the most facts,
    at most 5 with a duplicate node, at most 2 wrong merges, no junk."""
    need((SHARED / "eval" / "id_news_train").exists(), "../shared/eval not found")
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("entities_benchmark", ROOT / "benchmarks" / "entities.py")
    bench = sys.modules["entities_benchmark"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    graph, resolved, policy, _ = bench.build(SHARED)
    before, after = bench.counts(graph, policy), bench.counts(resolved, policy)
    assert after.duplicates <= 5 and after.wrong <= 2 and after.junk == 0, after
    assert after.duplicates < before.duplicates and after.joined == 0, (before, after)


def test_held_out_fact_words_floor(nlp):
    """The words taken as a fact's words are the annotated trigger more often than the
    earlier choices were (held-out split; two verbs or more between, v105: 23 / 31 open and
    18 / 31 schema facts against 8 and 11 for the first main verb; no verb between, v102: 2 /
    8 and 24 / 47 against 1 and 20 for the verb around)."""
    need(RELATIONS.exists(), f"{RELATIONS} not found")
    import importlib.util
    import sys

    from kg.evaluate_facts import read_relation_facts

    spec = importlib.util.spec_from_file_location("words_benchmark", ROOT / "benchmarks" / "predicate_words.py")
    bench = sys.modules["words_benchmark"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    facts = [f for f in read_relation_facts(RELATIONS, "t101-t120") if f.relation not in bench.ROLE_RELATIONS]
    counts = bench.count(nlp, [f for f in facts if f.trigger])
    between, none = "verbs between", "no verb between"
    assert counts[between, "open"] >= 25 and counts[between, "open", "shipped"] >= 0.6 * counts[between, "open"]
    assert counts[between, "schema", "shipped"] > counts[between, "schema", "first main verb (v98)"], counts
    assert counts[none, "schema"] >= 40, counts
    assert counts[none, "schema", "shipped"] > counts[none, "schema", "verb around (v99)"], counts
