"""Fact quality against the two kinds of fact gold (see :mod:`kg.gold`).

- :func:`relation_scores` (``kg eval --relations DIR --split t101-t120``): precision,
  recall and F1 per relation and micro-averaged, against exhaustive annotations. Facts
  are counted once per article: a gold fact is (head, relation, tail) by the arguments'
  fullest names; a predicted fact is (subject entity, relation, object entity). They match
  when the relation is the same and each gold argument, as written or by its fullest
  name, equals (ignoring case) the predicted entity's name or one of its aliases (a gold
  name also counts without its bracketed short forms, which kg keeps as aliases:
  "Dinas Perhubungan (Dishub)" = "Dinas Perhubungan"; since extractor v10);
  symmetric relations match either way round; one-to-one. Scored over the schema's
  relations, and again with RELATED_TO. ``errors`` lists each annotated fact no triple
  matches ("missed", by the fullest names) and each distinct triple that matches no
  annotated fact ("wrong"), in article order. The same report counts the entity types
  (``types``): of the annotated arguments written as a name and typed PERSON, ORG, GPE,
  LOC or FACILITY, those an entity of the article carries (by its name, an alias or a
  mention's text, ignoring case), and how many of those have the annotated type.
- Both take ``min_confidence`` (``kg eval --min-confidence X``): triples below it are
  dropped first, as ``kg extract --min-confidence`` drops them.
- :func:`fact_recall` (``kg eval --facts DIR ARTICLES...``): the semantics of
  ``score_dir.py``: a regex gold fact is found when one triple of its article matches
  head, relation and tail; recall per article, then the mean over articles; headline
  ("card") facts and junk entities (``not_entities``) counted too; ``missed`` names each
  gold fact not found (article, fact id).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.evaluate import Score, distinct_triples, extract_all
from kg.gold import GoldFact, article_paths, read_regex_gold, read_relation_facts, regex_any
from kg.ids import name_key
from kg.io import read_articles
from kg.model import OPEN_RELATION, Entity, Extraction, Triple
from kg.names import without_brackets
from kg.vocab import relations

NAMED_TYPES = frozenset(["PERSON", "ORG", "GPE", "LOC", "FACILITY"])


@dataclass(frozen=True)
class TypeCount:
    right: int  # found with the annotated type
    found: int  # annotated names an entity carries
    total: int  # annotated names

    def __add__(self, other: TypeCount) -> TypeCount:
        return TypeCount(self.right + other.right, self.found + other.found, self.total + other.total)


@dataclass(frozen=True)
class RelationError:
    kind: str  # "missed" (an annotated fact no triple matches) or "wrong" (a triple no annotation matches)
    article: str
    relation: str
    head: str
    tail: str


@dataclass(frozen=True)
class RelationReport:
    schema: Score  # over the schema's relations
    all: Score  # with RELATED_TO
    by_label: dict[str, Score]
    articles: int
    types: TypeCount = TypeCount(0, 0, 0)
    errors: tuple[RelationError, ...] = ()


def relation_scores(
    folder: str | Path, split: str | None = None, extractor=None, min_confidence: float = 0.0
) -> RelationReport:
    facts = read_relation_facts(folder, split)
    ids = {f.article for f in facts}
    articles = read_articles(str(p) for p in article_paths(folder, ids))
    extractions = {ex.article.id: ex for ex in extract_all(articles, extractor, min_confidence)}
    counts: dict[str, Counter[str]] = {"tp": Counter(), "fp": Counter(), "fn": Counter()}
    types, errors = TypeCount(0, 0, 0), []
    for article in sorted(ids):
        own = [f for f in facts if f.article == article]
        types += type_count(own, extractions[article])
        errors += _score_article(article, own, extractions[article].triples, counts)
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    labels = sorted(set(tp) | set(fp) | set(fn))
    by_label = {label: Score(tp[label], fp[label], fn[label]) for label in labels}
    schema = [label for label in labels if label != OPEN_RELATION]
    return RelationReport(_sum(by_label, schema), _sum(by_label, labels), by_label, len(ids), types, tuple(errors))


def _score_article(
    article: str, facts: list[GoldFact], triples: Iterable[Triple], counts: dict[str, Counter[str]]
) -> list[RelationError]:
    """Count one article's matches into ``counts`` (tp, fp, fn by relation); its errors."""
    table, distinct = _gold_table(facts), _distinct(triples)
    gold, predicted = list(table.values()), _keys(distinct)
    matched = _match(gold, predicted)
    named = {_gold_key(f): (f.head_name, f.tail_name) for f in reversed(facts)}  # the first line's names
    for label, _, _ in gold:
        counts["tp"][label] += 0
    for g, _ in matched:
        counts["tp"][gold[g][0]] += 1
    missed = sorted(set(range(len(gold))) - {g for g, _ in matched})
    wrong = sorted(set(range(len(predicted))) - {p for _, p in matched})
    for g in missed:
        counts["fn"][gold[g][0]] += 1
    for p in wrong:
        counts["fp"][predicted[p][0]] += 1
    keys = list(table)
    return [RelationError("missed", article, keys[g][0], *named[keys[g]]) for g in missed] + [
        RelationError("wrong", article, distinct[p].predicate, distinct[p].subject.name, distinct[p].object.name)
        for p in wrong
    ]


def type_count(facts: list[GoldFact], extraction: Extraction) -> TypeCount:
    """The annotated named arguments of one article (by fullest name) against the types of
    its entities; an argument is found by its fullest name, else as written, each also
    without bracketed short forms (as :func:`relation_scores` matches them)."""
    gold: dict[str, tuple[str, frozenset[str]]] = {}
    for f in facts:
        for written, name, etype in ((f.head, f.head_name, f.head_type), (f.tail, f.tail_name, f.tail_type)):
            if etype in NAMED_TYPES and name[:1].isupper():
                gold[name_key(name)] = (etype, argument_names(written, name))
    typed: dict[str, str] = {}
    by_id = {e.id: e for e in extraction.entities}
    for e in extraction.entities:
        for name in (e.name, *e.aliases):
            typed.setdefault(name_key(name), e.type)
    for m in extraction.mentions:
        if m.entity_id in by_id:
            typed.setdefault(name_key(m.text), by_id[m.entity_id].type)
    right = found = 0
    for key, (etype, names) in gold.items():
        match = next((typed[k] for k in (key, *sorted(names)) if k in typed), None)
        found += match is not None
        right += match == etype
    return TypeCount(right, found, len(gold))


def _sum(by_label: dict[str, Score], labels: Iterable[str]) -> Score:
    labels = list(labels)
    return Score(*(sum(getattr(by_label[k], f) for k in labels) for f in ("tp", "fp", "fn")))


GoldKey = tuple[str, frozenset[str], frozenset[str]]


def _gold_set(facts: list[GoldFact]) -> list[GoldKey]:
    return list(_gold_table(facts).values())


def _gold_table(facts: list[GoldFact]) -> dict[tuple[str, str, str], GoldKey]:
    """The distinct annotated facts, by (relation, head, tail) name keys in sorted order,
    each with every name its lines give the two arguments."""
    seen: dict[tuple[str, str, str], GoldKey] = {}
    for f in facts:
        key = _gold_key(f)
        names = fact_names(f)
        if key in seen:
            old = seen[key]
            names = (old[1] | names[0], old[2] | names[1])
        seen[key] = (f.relation, *names)
    return {k: seen[k] for k in sorted(seen)}


def argument_names(*names: str) -> frozenset[str]:
    """An argument as written and by its fullest name, each also without the short forms
    in brackets that kg keeps as aliases ("Dinas Perhubungan (Dishub)" = "Dinas Perhubungan")."""
    return frozenset(name_key(n) for name in names for n in (name, without_brackets(name)) if n.strip())


def fact_names(fact: GoldFact) -> tuple[frozenset[str], frozenset[str]]:
    """The names an annotated fact gives its head and its tail (:func:`argument_names`)."""
    return argument_names(fact.head, fact.head_name), argument_names(fact.tail, fact.tail_name)


def entity_names(entity: Entity) -> frozenset[str]:
    """The name keys an extracted entity matches by: its name and aliases."""
    return frozenset({name_key(entity.name), *(name_key(a) for a in entity.aliases)})


def _distinct(triples: Iterable[Triple]) -> list[Triple]:
    """One triple per (relation, subject entity, object entity): the first, in key order."""
    return sorted(distinct_triples(triples), key=lambda t: (t.predicate, t.subject.id, t.object.id))


def _predicted_set(triples: Iterable[Triple]) -> list[GoldKey]:
    return _keys(_distinct(triples))


def _keys(distinct: list[Triple]) -> list[GoldKey]:
    """The match keys of triples already made distinct (:func:`_distinct`)."""
    return [(t.predicate, entity_names(t.subject), entity_names(t.object)) for t in distinct]


def judge(triples: Iterable[Triple], facts: list[GoldFact]) -> list[tuple[Triple, bool]]:
    """Each predicted fact of one article (its first triple) and whether it matches one of
    the article's annotated ``facts``, as :func:`relation_scores` counts them."""
    distinct = _distinct(triples)
    matched = {p for _, p in _match(_gold_set(facts), _keys(distinct))}
    return [(t, k in matched) for k, t in enumerate(distinct)]


def found(triples: Iterable[Triple], facts: list[GoldFact]) -> list[bool]:
    """For each annotated fact of one article (each line, repeats too), whether a predicted
    fact matches it, as :func:`relation_scores` counts them."""
    table = _gold_table(facts)
    matched = {g for g, _ in _match(list(table.values()), _predicted_set(_distinct(triples)))}
    index = {key: g for g, key in enumerate(table)}
    return [index[_gold_key(f)] in matched for f in facts]


def _gold_key(fact: GoldFact) -> tuple[str, str, str]:
    return (fact.relation, name_key(fact.head_name), name_key(fact.tail_name))


def _match(gold: list[GoldKey], predicted: list[GoldKey]) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs = []
    for g, (label, heads, tails) in enumerate(gold):
        symmetric = label in relations() and relations()[label].symmetric
        for p, (plabel, subjects, objects) in enumerate(predicted):
            if p in used or plabel != label:
                continue
            if (heads & subjects and tails & objects) or (symmetric and heads & objects and tails & subjects):
                used.add(p)
                pairs.append((g, p))
                break
    return pairs


@dataclass(frozen=True)
class FactRecall:
    mean_recall: float
    facts: int
    found: int
    card_found: int
    cards: int
    junk: int
    triples: int
    per_article: dict[str, tuple[int, int]]  # article -> (found, facts)
    missed: tuple[tuple[str, str], ...] = ()  # (article, gold fact id) of each fact not found


def fact_recall(gold_dir: str | Path, paths: Iterable[str], extractor=None, min_confidence: float = 0.0) -> FactRecall:
    golds = read_regex_gold(gold_dir)
    extracted = extract_all(read_articles(paths), extractor, min_confidence)
    extractions: dict[str, Extraction] = {ex.article.id: ex for ex in extracted}
    recalls, per_article, missed = [], {}, []
    found = facts = cards = card_found = junk = triples = 0
    for gold in golds:
        records = [t.to_json() for aid, ex in extractions.items() if gold.article in aid for t in ex.triples]
        hits = [_found(gold, fact, records) for fact in gold.facts]
        per_article[gold.article] = (sum(hits), len(hits))
        missed += [(gold.article, str(f.get("id", k))) for k, f in enumerate(gold.facts) if not hits[k]]
        recalls.append(sum(hits) / max(1, len(hits)))
        found, facts, triples = found + sum(hits), facts + len(hits), triples + len(records)
        cards += sum(1 for f in gold.facts if f.get("card"))
        card_found += sum(1 for f, hit in zip(gold.facts, hits, strict=True) if f.get("card") and hit)
        names = {e["name"] for r in records for e in (r["subject"], r["object"])}
        junk += sum(1 for n in names if regex_any(gold.not_entities, [n]))
    mean = sum(recalls) / max(1, len(recalls))
    return FactRecall(mean, facts, found, card_found, cards, junk, triples, per_article, tuple(missed))


def _entity_strings(entity: dict) -> list[str]:
    return [entity.get("name", ""), entity.get("id", ""), *entity.get("aliases", [])]


def _relation_strings(record: dict) -> list[str]:
    out = [v for k, v in record.items() if isinstance(v, str) and k not in ("subject", "object", "provenance")]
    return out + [v for v in record.get("properties", {}).values() if isinstance(v, str)]


def _found(gold, fact: dict, records: list[dict]) -> bool:
    heads, tails = gold.entities[fact["head"]], gold.entities[fact["tail"]]
    for r in records:
        if not regex_any(fact["rel"], _relation_strings(r)):
            continue
        s, o = _entity_strings(r["subject"]), _entity_strings(r["object"])
        if regex_any(heads, s) and regex_any(tails, o):
            return True
        if fact.get("symmetric") and regex_any(heads, o) and regex_any(tails, s):
            return True
    return False
