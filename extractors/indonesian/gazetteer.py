"""The Indonesian gazetteer: well-known entities with their canonical (English) name,
type, Indonesian and English surface forms, and Wikidata id where certain
(``data/gazetteer.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.vocab import ENTITY_LABELS

PATH = Path(__file__).parent / "data" / "gazetteer.toml"


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    names: tuple[str, ...]
    wikidata: str = ""


@lru_cache(maxsize=1)
def gazetteer() -> tuple[GazetteerEntry, ...]:
    entries = []
    for spec in tomllib.loads(PATH.read_text("utf-8"))["entity"]:
        if spec["type"] not in ENTITY_LABELS:
            raise ValueError(f"gazetteer type {spec['type']!r} is not one of {sorted(ENTITY_LABELS)}")
        entries.append(GazetteerEntry(spec["name"], spec["type"], tuple(spec["names"]), spec.get("wikidata", "")))
    return tuple(entries)
