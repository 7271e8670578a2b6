"""The entity list of a build (``kg entities``): what a user reads to find split or wrongly
merged entities, and fixes with ``kg build --aliases FILE``."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.graph import read_json


@dataclass(frozen=True)
class EntityRow:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: int
    facts: int
    wikidata: str = ""


def entity_rows(out: str | Path, with_facts_only: bool = False) -> list[EntityRow]:
    """``kg entities``: every entity of the graph in OUT with its aliases, type and mention
    and fact counts; entities with facts first (most facts first), then by mentions."""
    graph = read_json(out)
    facts: Counter[str] = Counter()
    for u, v in graph.edges():
        facts[u] += 1
        facts[v] += 1
    mentions = Counter(m[1] for m in graph.graph.get("mentions", []))
    rows = [
        EntityRow(n, d["name"], d["type"], tuple(d.get("aliases", [])), mentions[n], facts[n], d.get("wikidata", ""))
        for n, d in graph.nodes(data=True)
        if facts[n] or not with_facts_only
    ]
    return sorted(rows, key=lambda r: (-r.facts, -r.mentions, r.name, r.id))
