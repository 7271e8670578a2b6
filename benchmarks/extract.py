"""Extraction speed: how long the pipeline takes to load, then sentences/s of the full
pipeline and, in the same run, of tokenization alone (the baseline), on the given articles
(default: the dev articles). Each is timed ``--rounds`` times and the best round counts
(like ``timeit``): this shared machine's speed varies by a third from minute to minute,
and the best round is the one least slowed by other work.

    python benchmarks/extract.py [PATH...] [--repeat N] [--rounds K]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from kg import registry
from kg.io import read_articles
from kg.pipeline import extract

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "id_news_dev"
LOAD = (
    "import time; t = time.perf_counter(); from kg import registry; registry.get('id').nlp; "
    "print(time.perf_counter() - t)"
)


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def load_seconds() -> float:
    """Import and pipeline load, in a fresh process (what `kg extract` pays before the first article)."""
    return float(subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT)])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"load: {min(load_seconds() for _ in range(3)):.2f} s (import + pipeline, fresh process, best of 3)")
    once = read_articles(args.paths)
    articles = once * args.repeat
    nlp = registry.get("id").nlp
    list(extract(articles[:1]))  # warm up
    sentences = sum(len(ex.sentences) for ex in extract(once)) * args.repeat
    tokens = sum(len(nlp.make_doc(a.text)) for a in articles)
    t_tok = min(timed(lambda: [nlp.make_doc(a.text) for a in articles]) for _ in range(args.rounds))
    t_all = min(timed(lambda: list(extract(articles))) for _ in range(args.rounds))
    print(f"articles={len(articles)} sentences={sentences} tokens={tokens} (best of {args.rounds} rounds)")
    print(f"tokenizer: {sentences / t_tok:,.0f} sentences/s ({tokens / t_tok:,.0f} tokens/s)")
    print(
        f"pipeline:  {sentences / t_all:,.0f} sentences/s ({len(articles) / t_all:,.1f} articles/s, "
        f"{tokens / t_all:,.0f} tokens/s)"
    )
    print(f"ratio={t_tok / t_all:.3f} (pipeline speed / tokenizer speed)")


if __name__ == "__main__":
    main()
