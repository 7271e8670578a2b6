"""The lines ``kg eval`` prints for each kind of gold (:mod:`kg.cli`): pure functions of the
reports :mod:`kg.api` returns, so the command and a Python user print the same text."""

from __future__ import annotations

from kg.evaluate import Score
from kg.evaluate_facts import FactRecall, RelationReport


def score_line(label: str, score: Score) -> str:
    return (
        f"{label:<16} P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} "
        f"(tp={score.tp} fp={score.fp} fn={score.fn})"
    )


def entity_lines(scores: dict[str, Score], errors: list[dict], show_errors: bool) -> list[str]:
    lines = [score_line(f"entities {name}", score) for name, score in scores.items()]
    return lines + [f"  {e['kind']}: {e['id']}: {e['text']!r} {e['type']}" for e in (errors if show_errors else ())]


def triple_lines(score: Score, misses: list[dict], wrong: list[dict], show_errors: bool) -> list[str]:
    lines = [score_line("triples", score)]
    for label, items in (("missed", misses), ("wrong", wrong)) if show_errors else ():
        lines += [f"  {label}: {t['article']}: {t['subject']} {t['predicate']} {t['object']}" for t in items]
    return lines


def relation_lines(report: RelationReport, show_errors: bool) -> list[str]:
    t = report.types
    lines = [score_line(f"  {label}", score) for label, score in report.by_label.items()]
    lines += [
        score_line("relations", report.schema) + f" over the schema, {report.articles} articles",
        score_line("with RELATED_TO", report.all),
        f"entity types     {t.right}/{t.found} annotated names typed as annotated "
        f"({t.right / max(1, t.found):.3f}); {t.total - t.found} of {t.total} names on no entity",
    ]
    return lines + [f"  {e.kind}: {e.article}: {e.head} {e.relation} {e.tail}" for e in report.errors if show_errors]


def fact_lines(recall: FactRecall, show_errors: bool) -> list[str]:
    lines = [f"  {article}: {found}/{total}" for article, (found, total) in recall.per_article.items()]
    lines += [f"  missed: {article}: {fact_id}" for article, fact_id in recall.missed if show_errors]
    return lines + [
        f"facts mean_recall={recall.mean_recall:.3f} facts={recall.facts} found={recall.found} "
        f"card={recall.card_found}/{recall.cards} junk={recall.junk} triples={recall.triples}"
    ]
