"""The controlled vocabularies: relations, entity types, and the gazetteer.

Everything that ends up as a Neo4j label, a relationship type or an RDF term
comes from here, so it doubles as the whitelist for generated Cypher.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Entity type -> graph label (Neo4j label, RDF class local name). Fixed whitelist.
ENTITY_LABELS: dict[str, str] = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "GeopoliticalEntity",
    "LOC": "Location",
    "FACILITY": "Facility",
    "PRODUCT": "Product",
    "EVENT": "Event",
    "MISC": "Thing",
}
_NAME = re.compile(r"^[A-Z][A-Z_]*[A-Z]$")


@dataclass(frozen=True)
class Relation:
    name: str
    label_en: str
    label_id: str
    roots: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    object_preps: tuple[str, ...] = ()
    goods: bool = False
    common_object: bool = False
    domain: tuple[str, ...] = ()
    range: tuple[str, ...] = ()
    symmetric: bool = False
    inverse: str = ""
    affiliation_preps: tuple[str, ...] = ()
    strict_types: bool = False

    def allows(self, subject_type: str, object_type: str) -> bool:
        """Domain/range check (only for ``strict_types`` relations; MISC fits anywhere)."""
        if not self.strict_types:
            return True
        fits = lambda t, allowed: t == "MISC" or not allowed or t in allowed  # noqa: E731
        return fits(subject_type, self.domain) and fits(object_type, self.range)


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    names: tuple[str, ...]
    wikidata: str = ""


def _read(name: str) -> dict:
    return tomllib.loads(resources.files("kg.vocab").joinpath(name).read_text("utf-8"))


@lru_cache(maxsize=1)
def relations() -> dict[str, Relation]:
    """The canonical relations, by name, in file order."""
    result: dict[str, Relation] = {}
    for name, spec in _read("relations.toml").items():
        if not _NAME.match(name):
            raise ValueError(f"relation name {name!r} must be UPPER_SNAKE_CASE")
        fields = {k: tuple(v) if isinstance(v, list) else v for k, v in spec.items()}
        result[name] = Relation(name=name, **fields)
    return result


@lru_cache(maxsize=1)
def gazetteer() -> tuple[GazetteerEntry, ...]:
    entries = []
    for spec in _read("gazetteer.toml")["entity"]:
        if spec["type"] not in ENTITY_LABELS:
            raise ValueError(f"gazetteer type {spec['type']!r} is not one of {sorted(ENTITY_LABELS)}")
        entries.append(GazetteerEntry(spec["name"], spec["type"], tuple(spec["names"]), spec.get("wikidata", "")))
    return tuple(entries)


def relation_names() -> tuple[str, ...]:
    return tuple(relations())


def check_relation(name: str) -> str:
    """Return ``name`` if it is a canonical relation, else raise ValueError."""
    if name not in relations():
        raise ValueError(f"{name!r} is not a canonical relation")
    return name


def label_for(entity_type: str) -> str:
    """The whitelisted graph label of an entity type (MISC's for unknown types)."""
    return ENTITY_LABELS.get(entity_type, ENTITY_LABELS["MISC"])
