"""Where the annotated facts of a split are lost: for each annotated schema fact (each
line of facts.jsonl, repeats in other sentences too), the stage that stops it.

    python scripts/recall_breakdown.py [--data ../shared/eval/id_news_train] [--split t101-t120]

Stages, in order (the first that applies):

- ``no pair``: its two arguments do not both align with a candidate of its sentence (an
  argument no mention or noun phrase covers, one across sentences, a bare title), as
  ``scripts/relation_data.py`` aligns the training facts;
- ``extent``: both align, but one only by overlap (the candidate is longer or shorter
  than the annotated argument: "[pembentukan] tim restrukturisasi", "Kejari [Jayawijaya]");
- ``model < 0.1`` / ``model < threshold`` / ``model passes``: both align exactly, and the
  relation model gives the annotated relation this probability.

``--by-relation`` adds one line per relation. Each row also says how many of its facts
the pipeline finds anyway, as ``kg eval --relations`` matches them (a rule may state a
fact the model misses; a fact the model passes may still be lost to names, pronouns or
modality). Aggregate figures only: the script prints no fact, so it may run on the
held-out split. With a fold's worktree first
on ``PYTHONPATH`` (``scripts/folds.py --keep``) it uses that fold's model.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).parent))
from relation_data import aligned_gold, load_docs  # noqa: E402

from kg import registry  # noqa: E402
from kg.evaluate import extract_all  # noqa: E402
from kg.evaluate_facts import found  # noqa: E402
from kg.extractors.indonesian.relation_model import relation_distribution  # noqa: E402
from kg.gold import GoldFact, article_paths, read_relation_facts  # noqa: E402
from kg.io import read_articles  # noqa: E402
from kg.model import OPEN_RELATION  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "id_news_train"
STAGES = ("no pair", "extent", "model < 0.1", "model < threshold", "model passes")


class Probabilities:
    """The relation model's probability of each candidate pair of a doc, by token offsets."""

    def __init__(self) -> None:
        self.pipe = registry.get("id").nlp.get_pipe("kg_id_relation_model")

    def of(self, doc: Doc) -> dict[tuple[int, int, int, int], dict[str, float]]:
        per_doc, scores = self.pipe.predict([doc])
        labels = self.pipe.labels
        dist = relation_distribution(scores, len(labels), self.pipe.cfg["factored"])
        return {
            (a.start, a.end, b.start, b.end): dict(zip(labels, map(float, dist[k]), strict=True))
            for k, (_, a, b, _) in enumerate(per_doc[0])
        }


def stage(doc: Doc, fact: GoldFact, probabilities: dict, needed: float) -> str:
    """The stage that stops ``fact`` (:data:`STAGES`)."""
    aligned = aligned_gold(doc, [fact])
    if not aligned:
        return "no pair"
    key = next(iter(aligned))
    head, tail = doc[key[0] : key[1]].text, doc[key[2] : key[3]].text
    if head not in (fact.head, fact.head_name) or tail not in (fact.tail, fact.tail_name):
        return "extent"
    p = probabilities.get(key, {}).get(fact.relation, 0.0)
    return "model < 0.1" if p < 0.1 else "model < threshold" if p < needed else "model passes"


def breakdown(data: Path, split: str) -> Counter:
    """(stage, found by the pipeline, relation) -> annotated schema facts of ``split``."""
    facts = [f for f in read_relation_facts(data, split) if f.relation != OPEN_RELATION]
    ids = sorted({f.article for f in facts})
    docs = load_docs(data, ids)
    extractions = {ex.article.id: ex for ex in extract_all(read_articles(str(p) for p in article_paths(data, ids)))}
    model, counts = Probabilities(), Counter()
    for article in ids:
        own = [f for f in facts if f.article == article]
        probabilities = model.of(docs[article])
        hits = found(extractions[article].triples, own)
        for fact, hit in zip(own, hits, strict=True):
            counts[
                (stage(docs[article], fact, probabilities, model.pipe.needed(fact.relation)), hit, fact.relation)
            ] += 1
    return counts


def by_stage(counts: Counter, relation: str | None = None) -> dict[tuple[str, bool], int]:
    """(stage, found) -> facts, of one relation or of all."""
    out: Counter = Counter()
    for (name, hit, rel), n in counts.items():
        if relation is None or rel == relation:
            out[(name, hit)] += n
    return out


def print_relations(counts: Counter) -> None:
    """One line per relation, most facts first: its facts at each stage, and found."""
    relations = Counter(rel for (_, _, rel), n in counts.items() for _ in range(n))
    print("  " + " / ".join(STAGES) + ", found")
    for rel, total in relations.most_common():
        own = by_stage(counts, rel)
        stages = " / ".join(str(own[(name, True)] + own[(name, False)]) for name in STAGES)
        print(f"  {rel:24s} {total:4d}: {stages}, found {sum(n for (_, hit), n in own.items() if hit)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", default="t101-t120")
    parser.add_argument("--by-relation", action="store_true", help="also one line per relation")
    args = parser.parse_args()
    counts = breakdown(args.data, args.split)
    total = sum(counts.values())
    print(f"{args.split}: {total} annotated schema facts (lines)")
    overall = by_stage(counts)
    for name in STAGES:
        n, hit = overall[(name, True)] + overall[(name, False)], overall[(name, True)]
        print(f"  {name:18s} {n:4d} ({n / max(total, 1):.0%}), found {hit}")
    if args.by_relation:
        print_relations(counts)


if __name__ == "__main__":
    main()
