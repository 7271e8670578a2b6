"""The Indonesian gazetteer: well-known entities with their canonical (English) name,
type, Indonesian and English surface forms, and Wikidata id where certain
(``data/gazetteer.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.ids import entity_id, name_key
from kg.model import Entity
from kg.vocab import ENTITY_LABELS

PATH = Path(__file__).parent / "data" / "gazetteer.toml"
LEVELS = {"": 0, "city": 1, "province": 2, "country": 3}  # a place's rank: only in a higher one


@lru_cache(maxsize=1)
def place_levels() -> dict[str, int]:
    """Canonical name -> the rank of its level, for the places the gazetteer gives one."""
    return {entry.name: LEVELS[entry.level] for entry in gazetteer() if entry.level}


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    names: tuple[str, ...]
    wikidata: str = ""
    level: str = ""  # of a place: "country", "province" or "city" (a place is only in a higher one)
    # a company or club whose name starts the names of its products and teams ("Toyota Rush",
    # "Samsung Galaxy S10"): a longer run of capitalised words it starts stays one name
    brand: bool = False

    def entity(self, aliases: tuple[str, ...] = ()) -> Entity:
        """The entry as an article's entity (canonical English name, Wikidata id), with
        ``aliases`` as written: what the rules' objects and noun phrases that write the
        entry's name become."""
        return Entity(entity_id(self.name), self.name, self.type, aliases, self.wikidata, "en")


@lru_cache(maxsize=1)
def gazetteer() -> tuple[GazetteerEntry, ...]:
    entries = []
    for spec in tomllib.loads(PATH.read_text("utf-8"))["entity"]:
        if spec["type"] not in ENTITY_LABELS:
            raise ValueError(f"gazetteer type {spec['type']!r} is not one of {sorted(ENTITY_LABELS)}")
        if spec.get("level", "") not in LEVELS:
            raise ValueError(f"gazetteer level {spec['level']!r} is not one of {sorted(LEVELS)}")
        entries.append(
            GazetteerEntry(
                spec["name"],
                spec["type"],
                tuple(spec["names"]),
                spec.get("wikidata", ""),
                spec.get("level", ""),
                spec.get("brand", False),
            )
        )
    return tuple(entries)


@lru_cache(maxsize=1)
def names_of() -> dict[str, tuple[str, ...]]:
    """Canonical name -> the entry's surface names."""
    return {entry.name: entry.names for entry in gazetteer()}


@lru_cache(maxsize=1)
def by_surface_name() -> dict[str, GazetteerEntry]:
    """Surface name (as the gazetteer writes it) -> its entry; a name two entries share goes
    to neither."""
    seen: dict[str, list[GazetteerEntry]] = {}
    for entry in gazetteer():
        for name in entry.names:
            seen.setdefault(name, []).append(entry)
    return {name: entries[0] for name, entries in seen.items() if len(entries) == 1}


def written_entry(name: str, types: tuple[str, ...]) -> GazetteerEntry | None:
    """The entry whose surface names include ``name`` exactly (:func:`by_surface_name`),
    when its type is one of ``types``."""
    entry = by_surface_name().get(name)
    return entry if entry is not None and entry.type in types else None


@lru_cache(maxsize=1)
def by_name_key() -> dict[str, GazetteerEntry]:
    """The surface names of more than one word by their key (``kg.ids.name_key``: case and
    separators aside) -> their entry, as :func:`by_surface_name`: a noun phrase written in
    lower case ("kementerian pariwisata") is the entity too; one word is not (*as*, *AS*)."""
    return {name_key(name): entry for name, entry in by_surface_name().items() if " " in name.strip()}
