"""A seeded random sample of the facts kg finds in unseen text, printed for judging by hand:
each fact with its confidence, flags and sentence, numbered, so a reader marks it right,
partly right or wrong against its sentence (the issue's first measurement judged 150 facts
of real detik.com articles this way). The text is the 200 nlp-id pseudo-articles of
``benchmarks/quality.py`` (see there for fetching the corpus); the sample is drawn from all
their facts with ``random.Random(SEED)``, so the same extractor gives the same sample.

    python benchmarks/fact_sample.py --nlp-id /tmp/nlpid/nlp_id/data [--size 100] [--seed 14]

The judgements of each sample are in docs/relations.md (the verdicts by sample number).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from kg.evaluate import extract_all
from kg.model import Triple

sys.path.insert(0, str(Path(__file__).parent))
from quality import pseudo_articles  # noqa: E402


def sample(corpus: Path, size: int, seed: int) -> list[tuple[str, Triple]]:
    """``size`` facts drawn at random from all the facts of the 200 pseudo-articles, in
    the order they were found."""
    facts = [(ex.article.id, t) for ex in extract_all(pseudo_articles(corpus)) for t in ex.triples]
    picked = sorted(random.Random(seed).sample(range(len(facts)), min(size, len(facts))))
    return [facts[i] for i in picked]


def line(number: int, article: str, triple: Triple) -> str:
    words = f" {triple.predicate_text}" if triple.predicate_text else ""
    flags = ", ".join(f"{k}={v}" for k, v in triple.properties if k in ("negated", "hypothetical", "alleged", "role"))
    head = f"{triple.subject.name} [{triple.subject.type}] | {triple.predicate}{words} | {triple.object.name}"
    return f"{number}\t{article}\t{head} [{triple.object.type}] | {triple.provenance.confidence:.2f} {flags}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nlp-id", type=Path, required=True, help="nlp_id/data of the unpacked nlp-id wheel")
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    facts = sample(args.nlp_id / "dataset_postag.txt", args.size, args.seed)
    for number, (article, triple) in enumerate(facts):
        sys.stdout.write(line(number, article, triple) + f"    {triple.provenance.sentence[:260]}\n")
    canonical = sum(t.predicate != "RELATED_TO" for _, t in facts)
    print(f"{len(facts)} facts sampled (seed {args.seed}): {canonical} canonical, {len(facts) - canonical} open")


if __name__ == "__main__":
    main()
