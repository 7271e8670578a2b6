"""Readers for the two kinds of fact gold kg is measured against.

- **Exhaustive relation annotations** (a folder with ``facts.jsonl`` and the articles
  ``ID.txt``): every stated fact of an article, one JSON object per line, with the
  sentence (verbatim), the arguments as written (``head``, ``tail``) and by their
  fullest name (``head_name``, ``tail_name``), their types, the ``relation`` (a schema
  label or RELATED_TO), ``trigger``, ``role``, ``negated`` and ``hypothetical``.
- **Regex fact gold** (a folder of ``ID.json`` beside ``ID.txt``): ``entities`` maps
  keys to regexes an entity's name, id or alias must match, ``facts`` lists
  ``{id, head, rel, tail, card?, symmetric?}`` where ``rel`` regexes are tried against
  the triple's predicate and its other string fields, ``not_entities`` are junk names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError


@dataclass(frozen=True)
class GoldFact:
    article: str
    sentence: str
    head: str
    head_name: str
    head_type: str
    relation: str
    tail: str
    tail_name: str
    tail_type: str
    trigger: str = ""
    role: str = ""
    negated: bool = False
    hypothetical: bool = False


def in_split(article_id: str, split: str | None) -> bool:
    """``split`` is ``None`` (all), an id range ``t101-t120`` or a comma list of ranges and ids."""
    if not split:
        return True
    for part in split.split(","):
        first, _, last = part.strip().partition("-")
        if (first <= article_id <= last) if last else article_id == first:
            return True
    return False


def read_relation_facts(folder: str | Path, split: str | None = None) -> list[GoldFact]:
    path = Path(folder) / "facts.jsonl"
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}", "give the folder that holds facts.jsonl") from exc
    facts = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            fact = GoldFact(
                **{k: row[k] for k in ("article", "sentence", "head", "head_name", "head_type", "relation")},
                **{k: row[k] for k in ("tail", "tail_name", "tail_type")},
                trigger=row.get("trigger") or "",
                role=row.get("role") or "",
                negated=bool(row.get("negated")),
                hypothetical=bool(row.get("hypothetical")),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(
                f"{path} line {number} is not a relation annotation ({exc})", "see kg eval --help"
            ) from exc
        if in_split(fact.article, split):
            facts.append(fact)
    return facts


def article_paths(folder: str | Path, ids: set[str]) -> list[Path]:
    """The article files of ``ids`` in ``folder`` (``ID.txt``), sorted; a missing one raises."""
    paths = []
    for article in sorted(ids):
        path = Path(folder) / f"{article}.txt"
        if not path.exists():
            raise InputError(f"no article file {path} for the gold facts", "keep the articles beside facts.jsonl")
        paths.append(path)
    return paths


@dataclass(frozen=True)
class RegexGold:
    article: str
    entities: dict[str, list[str]]
    facts: list[dict]
    not_entities: list[str]


def read_regex_gold(folder: str | Path) -> list[RegexGold]:
    """Every ``ID.json`` with facts in ``folder`` (the format of id_news_gold)."""
    golds = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read gold file {path}: {exc}", "give a folder of ID.json gold files") from exc
        if "facts" in data:
            golds.append(RegexGold(path.stem, data["entities"], data["facts"], data.get("not_entities", [])))
    return golds


def regex_any(patterns: list[str], texts: list[str]) -> bool:
    return any(re.search(p, t, re.I) for p in patterns for t in texts if t)
