"""Calibrate the rule extractor's confidences: each rule's precision on the training articles.

    python scripts/calibrate_rules.py [--data ../shared/eval/id_news_train]
    python scripts/calibrate_rules.py --report t101-t120

The shipped pipeline runs over the training articles (t001-t100 and t121-t240; the held-out
split t101-t120 and ../shared/eval/id_news_gold are never read to calibrate) with the
relation model silenced, so that each fact is its rule's own. Each rule's facts of the
schema's relations are matched with the annotations as ``kg eval --relations`` matches
them, and ``extractors/indonesian/data/rule_confidence.tsv`` gets the counts (rule, true
facts, facts). The extractor then gives a rule's facts ``(true + 2 prior) / (facts + 2)``,
the prior being the rule's hand-written confidence (``rulebook.PRIORS``).

Which role relation a person gets in a sentence depends on the rules' confidences (the
most confident), so the counts are taken again with the new confidences until they stop
changing (two or three rounds; about 15 seconds each).

``--report SPLIT`` writes nothing: it prints, for the facts of the full pipeline (model
included) on SPLIT, each source's mean confidence beside its measured precision.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kg.evaluate import extract_all
from kg.evaluate_facts import judge
from kg.extractors.indonesian import rulebook
from kg.extractors.indonesian.extractor import IndonesianExtractor
from kg.gold import article_paths, read_relation_facts
from kg.io import read_articles
from kg.model import OPEN_RELATION

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "id_news_train"
TRAIN = "t001-t100,t121-t240"
HEADER = "# rule\ttrue\tfacts: schema facts of each rule on the training articles (scripts/calibrate_rules.py)\n"
MAX_ROUNDS = 5


def source(extractor: str) -> str:
    """The rule (or "model") named at the end of a provenance's extractor."""
    return extractor.rsplit(":", 1)[-1]


def counts(data: Path, split: str, extractor: IndonesianExtractor) -> dict[str, tuple[int, int, float]]:
    """Source -> (true facts, facts, summed confidence) of the schema's relations on ``split``."""
    facts = read_relation_facts(data, split)
    ids = {f.article for f in facts}
    articles = read_articles(str(p) for p in article_paths(data, ids))
    true, total, confidence = Counter(), Counter(), Counter()
    for ex in extract_all(articles, extractor):
        triples = [t for t in ex.triples if t.predicate != OPEN_RELATION]
        for triple, found in judge(triples, [f for f in facts if f.article == ex.article.id]):
            rule = source(triple.provenance.extractor)
            true[rule] += found
            total[rule] += 1
            confidence[rule] += triple.provenance.confidence
    return {rule: (true[rule], total[rule], confidence[rule]) for rule in sorted(total)}


def rules_alone(confidences: dict[str, float]) -> IndonesianExtractor:
    extractor = IndonesianExtractor()
    model = extractor.nlp.get_pipe("kg_id_relation_model")
    model.cfg["threshold"] = model.cfg["open_threshold"] = 2.0  # no probability reaches it
    extractor.nlp.get_pipe("kg_id_relations").confidence = confidences
    return extractor


def calibrate(data: Path) -> dict[str, tuple[int, int]]:
    found: dict[str, tuple[int, int]] = {}
    for round_ in range(1, MAX_ROUNDS + 1):
        confidences = {r: rulebook.calibrated(p, *found.get(r, (0, 0))) for r, p in rulebook.PRIORS.items()}
        new = {rule: (t, n) for rule, (t, n, _) in counts(data, TRAIN, rules_alone(confidences)).items()}
        print(f"round {round_}: " + ", ".join(f"{r} {t}/{n}" for r, (t, n) in new.items()))
        if new == found:
            break
        found = new
    return found


def write(found: dict[str, tuple[int, int]]) -> None:
    rows = "".join(f"{rule}\t{t}\t{n}\n" for rule, (t, n) in sorted(found.items()) if rule in rulebook.PRIORS)
    rulebook.CONFIDENCE.write_text(HEADER + rows, encoding="utf-8")


def report(data: Path, split: str) -> None:
    print(f"{'source':16s} {'true':>5s} {'facts':>5s} {'precision':>9s} {'mean confidence':>15s}")
    for rule, (t, n, c) in counts(data, split, IndonesianExtractor()).items():
        print(f"{rule:16s} {t:5d} {n:5d} {t / n:9.2f} {c / n:15.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--report", metavar="SPLIT", help="print confidence against precision on SPLIT; write nothing")
    args = parser.parse_args()
    if args.report:
        report(args.data, args.report)
        return
    found = calibrate(args.data)
    write(found)
    for rule, prior in rulebook.PRIORS.items():
        print(f"{rule:16s} prior {prior:.2f} -> {rulebook.calibrated(prior, *found.get(rule, (0, 0))):.3f}")


if __name__ == "__main__":
    main()
