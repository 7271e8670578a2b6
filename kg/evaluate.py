"""Quality harness: entity and triple precision/recall/F1 against gold files.

Entity gold: JSONL as ``{"id", "text", "entities": [{"start", "end", "type", "text"}]}``
(the idner-news-2k format); matched on exact span and type, micro-averaged;
our types map PERSON->PER, ORG->ORG, LOC->LOC, GPE->LOC, FACILITY->LOC (idner-news-2k
tags buildings and sites as locations: 34 of the 36 facility-headed names in its training
split are LOC) and other types are not scored.
A GPE mention used as an actor or modifier (``Mention.role == "actor"``: *serangan
Israel*, *Presiden AS*) is not a named location in idner-news-2k's convention, which tags
a country or city only where it is a place (*di Israel*), so by default it is not scored
as LOC; ``all_mentions=True`` scores every mention.

Triple gold: JSONL, one fact per line:
``{"article": ID, "subject": NAME, "predicate": RELATION, "object": NAME}``
(a NAME may also be a list of acceptable names).
A predicted triple matches when the predicate is equal and each gold name equals
(case-insensitively) the predicted entity's canonical name or one of its aliases;
symmetric relations match in either direction. Matching is one-to-one.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.ids import name_key
from kg.io import read_articles
from kg.model import Article, Entity, Extraction, Mention, Triple
from kg.pipeline import extract
from kg.vocab import relations

if TYPE_CHECKING:
    from kg.registry import Extractor

TYPE_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FACILITY": "LOC"}


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def read_jsonl(path: str | Path) -> list[dict]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read gold file {path}: {exc}", "give a JSONL gold file") from exc


def scored_type(mention: Mention, all_mentions: bool = False) -> str | None:
    """The gold type a mention is scored as, or None when it is not scored (noun phrases and
    pronouns are arguments of facts, not names)."""
    if mention.kind != "name" or (mention.role == "actor" and not all_mentions):
        return None
    return TYPE_MAP.get(mention.type)


def extract_all(
    articles: Iterable[Article], extractor: Extractor | None = None, min_confidence: float = 0.0
) -> Iterator[Extraction]:
    """Extractions for scoring: every article must extract (a failure raises); triples below
    ``min_confidence`` dropped, as ``kg extract --min-confidence`` drops them."""
    for item in extract(articles, strict=True, extractor=extractor):
        assert isinstance(item, Extraction)
        item = item.at_least(min_confidence)
        yield item


def _entity_sets(
    gold_path: str | Path, all_mentions: bool, extractor: Extractor | None
) -> Iterator[tuple[dict, set, set]]:
    """Per gold record: the record, its gold (start, end, type) set and our predicted set."""
    records = read_jsonl(gold_path)
    articles = [Article(id=str(r["id"]), text=r["text"], lang="id") for r in records]
    for record, ex in zip(records, extract_all(articles, extractor), strict=True):
        gold = {(e["start"], e["end"], e["type"]) for e in record["entities"]}
        pred = {(m.start, m.end, t) for m in ex.mentions if (t := scored_type(m, all_mentions))}
        yield record, gold, pred


def entity_scores(
    gold_path: str | Path, all_mentions: bool = False, extractor: Extractor | None = None
) -> dict[str, Score]:
    """Micro scores overall ("ALL") and per gold type (``extractor``: another than the shipped one)."""
    return entity_report(gold_path, all_mentions, extractor)[0]


def entity_report(
    gold_path: str | Path, all_mentions: bool = False, extractor: Extractor | None = None
) -> tuple[dict[str, Score], list[dict]]:
    """The scores and, in order, the missed gold entities ("missed") and the wrong
    predictions ("wrong"), from one extraction pass."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errors = []
    for record, gold, pred in _entity_sets(gold_path, all_mentions, extractor):
        for item in gold & pred:
            tp[item[2]] += 1
        for kind, items, counter in (("missed", gold - pred, fn), ("wrong", pred - gold, fp)):
            for start, end, etype in sorted(items):
                counter[etype] += 1
                errors.append({"kind": kind, "id": str(record["id"]), "text": record["text"][start:end], "type": etype})
    types = sorted(set(tp) | set(fp) | set(fn))
    scores = {t: Score(tp[t], fp[t], fn[t]) for t in types}
    scores["ALL"] = Score(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return scores, errors


def triple_scores(gold_path: str | Path, paths: Iterable[str]) -> tuple[Score, list[dict], list[dict]]:
    """Score and the unmatched gold (misses) and unmatched predictions (false positives)."""
    gold = read_jsonl(gold_path)
    extractions = {ex.article.id: ex for ex in extract_all(read_articles(paths))}
    unknown = sorted({g["article"] for g in gold} - set(extractions))
    if unknown:
        raise InputError(f"gold names articles not given: {', '.join(unknown)}", "pass the article files too")
    misses, false_positives, tp = [], [], 0
    for article_id, ex in sorted(extractions.items()):
        wanted = [g for g in gold if g["article"] == article_id]
        predicted = distinct_triples(ex.triples)
        for g in wanted:
            hit = next((t for t in predicted if _matches(g, t)), None)
            if hit is None:
                misses.append(g)
            else:
                predicted.remove(hit)
                tp += 1
        false_positives += [_describe(article_id, t) for t in predicted]
    return Score(tp, len(false_positives), len(misses)), misses, false_positives


def distinct_triples(triples: Iterable[Triple]) -> list[Triple]:
    """The first triple of each (subject, relation, object), in order."""
    seen: dict[tuple[str, str, str], Triple] = {}
    for t in triples:
        seen.setdefault((t.subject.id, t.predicate, t.object.id), t)
    return list(seen.values())


def _names(entity: Entity) -> set[str]:
    return {name_key(entity.name), *(name_key(a) for a in entity.aliases)}


def _matches(gold: dict, triple: Triple) -> bool:
    if gold["predicate"] != triple.predicate:
        return False
    s, o = _gold_names(gold["subject"]), _gold_names(gold["object"])
    forward = bool(s & _names(triple.subject)) and bool(o & _names(triple.object))
    symmetric = relations()[triple.predicate].symmetric
    return forward or (symmetric and bool(s & _names(triple.object)) and bool(o & _names(triple.subject)))


def _gold_names(value: str | list[str]) -> set[str]:
    return {name_key(v) for v in ([value] if isinstance(value, str) else value)}


def _describe(article_id: str, t: Triple) -> dict:
    return {"article": article_id, "subject": t.subject.name, "predicate": t.predicate, "object": t.object.name}
