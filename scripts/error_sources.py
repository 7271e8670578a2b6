"""Where the relation figures of a split are lost, by names rather than by pipeline stage
(``scripts/recall_breakdown.py`` gives the stages): each annotated schema fact against the
article's output, and each schema fact kg states that matches no annotation.

    python scripts/error_sources.py [--data ../shared/eval/id_news_train] [--split t101-t120]

Names are matched as ``kg eval --relations`` matches them (an argument as written or by its
fullest name, brackets dropped, against an entity's name and aliases). Annotated facts (each
line, repeats too): ``found``; ``other label`` (a fact joins the two, another relation);
``reversed`` (a fact joins them the other way); ``both entities`` (both are entities of the
article's output, no fact joins them); ``one entity``; ``no entity``. Stated facts that
match none: ``extent`` (an annotated fact of the same relation has one argument the same and
the other overlapping, one inside the other's name); ``one argument`` (one the same, the
other elsewhere); ``other label`` (the annotated pair, another relation); ``nothing near``.
``--by-source`` adds the stated facts, true / false, by relation and the rule or model that
stated them. Aggregate figures only: the script prints no fact, so it may run on the
held-out split (docs/relations.md, sixty-second session).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kg.evaluate import extract_all
from kg.evaluate_facts import entity_names as names
from kg.evaluate_facts import fact_names as gold_names
from kg.evaluate_facts import found, judge
from kg.gold import GoldFact, article_paths, read_relation_facts
from kg.io import read_articles
from kg.model import OPEN_RELATION, Extraction, Triple

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "id_news_train"
MISSED = ("found", "other label", "reversed", "both entities", "one entity", "no entity")
WRONG = ("extent", "one argument", "other label", "nothing near")


def missed_kind(fact: GoldFact, hit: bool, triples: list[Triple], entities: frozenset[str]) -> str:
    """Where an annotated fact stands in the output (:data:`MISSED`)."""
    if hit:
        return "found"
    heads, tails = gold_names(fact)
    pairs = [(names(t.subject), names(t.object)) for t in triples]
    if any(heads & s and tails & o for s, o in pairs):
        return "other label"
    if any(tails & s and heads & o for s, o in pairs):
        return "reversed"
    known = (bool(heads & entities), bool(tails & entities))
    return "both entities" if all(known) else "one entity" if any(known) else "no entity"


def _overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(x and y and (x in y or y in x) for x in a for y in b)


def wrong_kind(triple: Triple, facts: list[GoldFact]) -> str:
    """How near a stated fact that matches no annotation comes to one (:data:`WRONG`)."""
    subject, obj = names(triple.subject), names(triple.object)
    kind = "nothing near"
    for fact in facts:
        heads, tails = gold_names(fact)
        if fact.relation != triple.predicate:
            kind = "other label" if heads & subject and tails & obj else kind
        elif (heads & subject and _overlap(tails, obj)) or (tails & obj and _overlap(heads, subject)):
            return "extent"
        elif (heads & subject or tails & obj) and kind == "nothing near":
            kind = "one argument"
    return kind


def source(triple: Triple) -> str:
    """The rule or model that stated a fact, from its provenance ("kg.id_rules.v215:role")."""
    return triple.provenance.extractor.rpartition(":")[2]


def article_counts(extraction: Extraction, facts: list[GoldFact], counts: dict[str, Counter]) -> None:
    """Add one article's annotated schema facts and stated schema facts to ``counts``."""
    entities = frozenset().union(*(names(e) for e in extraction.entities))
    for fact, hit in zip(facts, found(extraction.triples, facts), strict=True):
        counts["missed"][missed_kind(fact, hit, extraction.triples, entities)] += 1
    for triple, right in judge(extraction.triples, facts):
        if triple.predicate == OPEN_RELATION:
            continue
        counts["sources"][(triple.predicate, source(triple), right)] += 1
        if not right:
            counts["wrong"][wrong_kind(triple, facts)] += 1


def error_sources(data: Path, split: str) -> dict[str, Counter]:
    """{"missed": kind -> lines, "wrong": kind -> facts, "sources": (relation, source, right) -> facts}."""
    facts = [f for f in read_relation_facts(data, split) if f.relation != OPEN_RELATION]
    ids = sorted({f.article for f in facts})
    counts: dict[str, Counter] = {"missed": Counter(), "wrong": Counter(), "sources": Counter()}
    for extraction in extract_all(read_articles(str(p) for p in article_paths(data, ids))):
        article_counts(extraction, [f for f in facts if f.article == extraction.article.id], counts)
    return counts


def print_counts(split: str, counts: dict[str, Counter], by_source: bool = False) -> None:
    missed, wrong = counts["missed"], counts["wrong"]
    print(f"{split}: {sum(missed.values())} annotated schema facts (lines)")
    print("  " + ", ".join(f"{kind} {missed[kind]}" for kind in MISSED))
    print(f"stated schema facts matching no annotation: {sum(wrong.values())}")
    print("  " + ", ".join(f"{kind} {wrong[kind]}" for kind in WRONG))
    if by_source:
        rows = Counter((rel, src) for rel, src, _ in counts["sources"].elements())
        for rel, src in sorted(rows, key=lambda k: (-rows[k], k)):
            right, all_ = counts["sources"][(rel, src, True)], rows[(rel, src)]
            print(f"  {rel:24s} {src:14s} {right:4d} true, {all_ - right:4d} false")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", default="t101-t120")
    parser.add_argument("--by-source", action="store_true", help="stated facts by relation and source")
    args = parser.parse_args()
    print_counts(args.split, error_sources(args.data, args.split), args.by_source)


if __name__ == "__main__":
    main()
