"""kg's date parser against dateparser (PyPI) on the date expressions of the relation
training articles (../shared/eval/id_news_train): how often they agree, what each one
misses, and how fast each is. Prints one line per measure.

    pip install dateparser   # only for this comparison; kg does not depend on it
    python benchmarks/dates.py [--data ../shared/eval/id_news_train]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from kg import registry
from kg.extractors.indonesian.extractor import make_doc
from kg.io import read_articles

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "id_news_train"
BASE = datetime(2025, 11, 1)  # the articles carry no date: a base date just after their publication


def main() -> None:
    try:
        import dateparser
    except ImportError:
        sys.exit("benchmarks/dates.py compares with dateparser: pip install dateparser (kg does not depend on it)")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    nlp = registry.get("id").nlp
    paths = sorted(str(p) for p in args.data.glob("*.txt"))
    articles = [replace(a, date=BASE.date().isoformat()) for a in read_articles(paths)]
    found = []
    with nlp.select_pipes(enable=["kg_id_sentences", "kg_id_dates"]):
        for doc in nlp.pipe(make_doc(nlp, a) for a in articles):
            found += [(span.text, span.kb_id_) for span in doc.spans["kg_dates"]]
    settings = {"RELATIVE_BASE": BASE, "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
    start = time.perf_counter()
    theirs = [dateparser.parse(text.strip("()"), languages=["id"], settings=settings) for text, _ in found]
    elapsed = time.perf_counter() - start
    outcome = Counter()
    for (_, ours), parsed in zip(found, theirs, strict=True):
        if parsed is None:
            outcome["dateparser: no date"] += 1
        elif "/" in ours or len(ours) == 4:
            outcome["ranges and years (dateparser gives one day)"] += 1
        elif parsed.date().isoformat() == ours:
            outcome["same day"] += 1
        else:
            outcome["different day"] += 1
    print(f"{len(found)} date expressions found by kg in {len(articles)} articles")
    for name, n in outcome.most_common():
        print(f"  {name}: {n} ({n / len(found):.0%})")
    print(f"dateparser: {len(found) / elapsed:,.0f} expressions/s; kg's parser runs inside the pipeline (regexes)")


if __name__ == "__main__":
    main()
