"""`kg eval --relations` and `kg eval --facts`, pinned on small gold fixtures of our own."""

import json
import subprocess
import sys

import pytest
from conftest import RELATION_ARTICLES

from kg.evaluate_facts import _gold_set, _match, _predicted_set, fact_recall, found, relation_scores
from kg.gold import GoldFact, in_split
from kg.model import Entity, Provenance, Triple


def test_relations_are_scored_once_per_article_by_name(relation_split):
    report = relation_scores(relation_split, "t1-t3")
    assert report.articles == 3
    assert (report.schema.tp + report.schema.fn) == 3  # the twice-stated fact counts once
    assert report.by_label["VISITS"].tp == 1 and report.by_label["CRITICIZES"].tp == 1
    assert report.by_label["LEADER_OF"].tp == 1
    assert report.all.tp + report.all.fn == 4
    only_t1 = relation_scores(relation_split, "t1")
    assert only_t1.articles == 1 and only_t1.schema.tp + only_t1.schema.fn == 1


def test_min_confidence_scores_only_the_confident_triples(relation_split):
    from kg.io import read_articles
    from kg.pipeline import extract_one

    articles = read_articles(sorted(map(str, relation_split.glob("*.txt"))))
    confidences = sorted(t.provenance.confidence for a in articles for t in extract_one(a).triples)
    assert confidences and confidences[0] < confidences[-1] <= 1.0
    everything, none_ = (
        relation_scores(relation_split, "t1-t3"),
        relation_scores(relation_split, "t1-t3", min_confidence=1.0),
    )
    assert relation_scores(relation_split, "t1-t3", min_confidence=0.0) == everything
    assert none_.all.tp + none_.all.fp == sum(1 for c in confidences if c >= 1.0) == 0
    assert none_.all.fn == everything.all.tp + everything.all.fn
    above = relation_scores(relation_split, "t1-t3", min_confidence=confidences[-1])
    assert 0 < above.all.tp + above.all.fp < everything.all.tp + everything.all.fp
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "eval",
            "--relations",
            str(relation_split),
            "--split",
            "t1-t3",
            "--min-confidence",
            "1",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and "(tp=0 fp=0 fn=3)" in result.stdout


def test_matching_uses_names_and_aliases_and_is_one_to_one():
    gold = _gold_set(
        [
            GoldFact("a", "s", "Korut", "Korea Utara", "GPE", "MEETS", "AS", "Amerika Serikat", "GPE"),
            GoldFact("a", "s", "Kim", "Kim Jong-un", "PERSON", "VISITS", "pabrik", "pabrik rudal", "FACILITY"),
        ]
    )
    us = Entity("e1", "United States", "GPE", ("AS", "Amerika Serikat"))
    nk = Entity("e2", "North Korea", "GPE", ("Korea Utara", "Korut"))
    prov = Provenance("a", 0, "s", 0, 1, "x", 1.0)
    predicted = _predicted_set([Triple(us, "MEETS", "bertemu", nk, prov), Triple(us, "MEETS", "bertemu", nk, prov)])
    assert [g for g, _ in _match(gold, predicted)] == [0]  # symmetric, by alias; the duplicate counts once


def test_each_annotated_line_is_found_with_its_distinct_fact():
    """Two lines of one fact (two sentences) are both found by one triple; a fact of another
    relation between the same entities is not."""
    facts = [
        GoldFact("a", "s1", "Kim", "Kim Jong-un", "PERSON", "VISITS", "pabrik", "pabrik rudal", "FACILITY"),
        GoldFact("a", "s2", "Korut", "Korea Utara", "GPE", "SELLS_TO", "Rusia", "Rusia", "GPE"),
        GoldFact(
            "a", "s3", "Kim Jong-un", "Kim Jong-un", "PERSON", "VISITS", "pabrik rudal", "pabrik rudal", "FACILITY"
        ),
        GoldFact("a", "s4", "Kim", "Kim Jong-un", "PERSON", "ORDERS", "pabrik", "pabrik rudal", "FACILITY"),
    ]
    kim = Entity("e1", "Kim Jong-un", "PERSON", ("Kim",))
    factory = Entity("e2", "pabrik rudal", "FACILITY", ())
    prov = Provenance("a", 0, "s", 0, 1, "x", 1.0)
    assert found([Triple(kim, "VISITS", "mengunjungi", factory, prov)], facts) == [True, False, True, False]
    assert found([], facts) == [False] * 4


def test_a_gold_name_counts_without_its_bracketed_short_form():
    gold = _gold_set(
        [
            GoldFact(
                "a",
                "s",
                "Dinas Perhubungan (Dishub)",
                "Dinas Perhubungan (Dishub) Kabupaten Serang",
                "ORG",
                "CRITICIZES",
                "Budi",
                "Budi",
                "PERSON",
            )
        ]
    )
    dishub = Entity("e1", "Dinas Perhubungan", "ORG", ("Dishub",))
    other = Entity("e3", "Dishub", "ORG", ())
    budi = Entity("e2", "Budi", "PERSON", ())
    prov = Provenance("a", 0, "s", 0, 1, "x", 1.0)
    assert _match(gold, _predicted_set([Triple(dishub, "CRITICIZES", "kritik", budi, prov)])) == [(0, 0)]
    assert (
        _match(gold, _predicted_set([Triple(other, "CRITICIZES", "kritik", budi, prov)])) == []
    )  # not the short form alone


def test_split_ranges():
    assert in_split("t105", "t101-t120") and not in_split("t121", "t101-t120")
    assert in_split("t007", "t001-t010,t050") and in_split("t050", "t001-t010,t050")
    assert in_split("anything", None)


def test_fact_recall_with_regex_gold(tmp_path):
    (tmp_path / "d1.txt").write_text(RELATION_ARTICLES["t1"], encoding="utf-8")
    (tmp_path / "d2.txt").write_text(RELATION_ARTICLES["t2"], encoding="utf-8")
    gold = {
        "entities": {
            "JOKOWI": ["joko widodo", "^jokowi$"],
            "TOKYO": ["tokyo"],
            "JP": ["^jepang$", "japan"],
            "NK": ["korea"],
        },
        "facts": [
            {"id": "visit", "head": "JOKOWI", "rel": ["visit", "kunjung"], "tail": "TOKYO", "card": True},
            {"id": "meet", "head": "JOKOWI", "rel": ["meet", "temu"], "tail": "TOKYO"},
        ],
        "not_entities": ["^pekan$"],
    }
    (tmp_path / "d1.json").write_text(json.dumps(gold), encoding="utf-8")
    gold2 = {
        "entities": gold["entities"],
        "facts": [{"id": "c", "head": "JP", "rel": ["critici", "kecam"], "tail": "NK"}],
    }
    (tmp_path / "d2.json").write_text(json.dumps(gold2), encoding="utf-8")
    recall = fact_recall(tmp_path, [str(tmp_path)])
    assert recall.per_article == {"d1": (1, 2), "d2": (1, 1)}
    assert recall.mean_recall == pytest.approx(0.75) and (recall.card_found, recall.cards) == (1, 1)
    result = subprocess.run(
        [sys.executable, "-m", "kg", "eval", "--facts", str(tmp_path), str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 0 and "facts mean_recall=0.750 facts=3 found=2 card=1/1 junk=0" in result.stdout
    assert recall.missed == (("d1", "meet"),) and "missed:" not in result.stdout
    shown = subprocess.run(
        [sys.executable, "-m", "kg", "eval", "--facts", str(tmp_path), str(tmp_path), "--show-errors"],
        capture_output=True,
        text=True,
    )
    assert shown.returncode == 0 and "  missed: d1: meet" in shown.stdout.splitlines()


def test_cli_relations(relation_split):
    result = subprocess.run(
        [sys.executable, "-m", "kg", "eval", "--relations", str(relation_split), "--split", "t1-t3"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "relations" in result.stdout and "over the schema, 3 articles" in result.stdout
    assert "with RELATED_TO" in result.stdout
    assert "names on no entity" in result.stdout and " of 6 names" in result.stdout  # 6 named arguments
    assert "missed:" not in result.stdout and "wrong:" not in result.stdout


def test_show_errors_lists_the_missed_and_the_wrong_relation_facts(relation_split):
    """Each unmatched annotated fact once, by its fullest names, and each unmatched distinct
    triple once: as many of each as the scores count, also on the command line."""
    report = relation_scores(relation_split, "t1-t3")
    assert [(e.kind, e.article, e.head, e.relation, e.tail) for e in report.errors] == [
        ("missed", "t3", "Setyo Budiyanto", "RELATED_TO", "hal itu")
    ]
    facts = relation_split / "facts.jsonl"
    lines = [json.loads(line) for line in facts.read_text(encoding="utf-8").splitlines()]
    lines[0]["relation"] = "MEETS"  # t1 now annotates a meeting: its visit is wrong, the meeting missed
    facts.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    report = relation_scores(relation_split, "t1-t3")
    kinds = [(e.kind, e.article, e.relation) for e in report.errors]
    assert ("missed", "t1", "MEETS") in kinds and ("wrong", "t1", "VISITS") in kinds
    assert (sum(e.kind == "missed" for e in report.errors), sum(e.kind == "wrong" for e in report.errors)) == (
        report.all.fn,
        report.all.fp,
    )
    result = subprocess.run(
        [sys.executable, "-m", "kg", "eval", "--relations", str(relation_split), "--split", "t1-t3", "--show-errors"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    listed = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith(("missed:", "wrong:"))]
    assert listed == [f"{e.kind}: {e.article}: {e.head} {e.relation} {e.tail}" for e in report.errors]
    assert "wrong: t1: Joko Widodo VISITS Tokyo" in listed
