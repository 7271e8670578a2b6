"""Extraction speed: sentences/s of the full pipeline and, in the same run, of
tokenization alone (the baseline), on the given articles (default: the dev articles).

    python benchmarks/extract.py [PATH...] [--repeat N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg.io import read_articles
from kg.pipeline import extract, load_pipeline

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "id_news_dev"


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT)])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    articles = read_articles(args.paths) * args.repeat
    nlp = load_pipeline()
    list(extract(articles[:1], nlp))  # warm up
    sentences = sum(len(ex.sentences) for ex in extract(articles[: len(articles) // args.repeat], nlp)) * args.repeat
    tokens = sum(len(nlp.make_doc(a.text)) for a in articles)
    t_tok = timed(lambda: [nlp.make_doc(a.text) for a in articles])
    t_all = timed(lambda: list(extract(articles, nlp)))
    print(f"articles={len(articles)} sentences={sentences} tokens={tokens}")
    print(f"tokenizer: {sentences / t_tok:,.0f} sentences/s ({tokens / t_tok:,.0f} tokens/s)")
    print(
        f"pipeline:  {sentences / t_all:,.0f} sentences/s ({len(articles) / t_all:,.1f} articles/s, "
        f"{tokens / t_all:,.0f} tokens/s)"
    )
    print(f"ratio={t_tok / t_all:.3f} (pipeline speed / tokenizer speed)")


if __name__ == "__main__":
    main()
