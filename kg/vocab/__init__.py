"""The schema: relations and entity types. Language-neutral: each extractor keeps its
own cue words and gazetteer.

Everything that ends up as a Neo4j label, a relationship type or an RDF term comes from
here, so it doubles as the whitelist for generated Cypher.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.model import OPEN_RELATION  # noqa: F401  (re-exported: the open fallback, any other stated relation)

# Entity type -> graph label (Neo4j label, RDF class local name). Fixed whitelist.
ENTITY_LABELS: dict[str, str] = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "GeopoliticalEntity",
    "LOC": "Location",
    "FACILITY": "Facility",
    "PRODUCT": "Product",
    "EVENT": "Event",
    "LAW": "Law",
    "PROGRAM": "Program",
    "MONEY": "Money",
    "CONCEPT": "Concept",
    "MISC": "Thing",
}
_NAME = re.compile(r"^[A-Z][A-Z_]*[A-Z]$")


@dataclass(frozen=True)
class Relation:
    name: str
    label_en: str
    label_id: str
    family: str = ""
    wikidata: tuple[str, ...] = ()
    domain: tuple[str, ...] = ()
    range: tuple[str, ...] = ()
    symmetric: bool = False
    inverse: str = ""
    canonical: bool = True


def _read(name: str) -> dict:
    return tomllib.loads(resources.files("kg.vocab").joinpath(name).read_text("utf-8"))


@lru_cache(maxsize=1)
def relations() -> dict[str, Relation]:
    """The schema's relations, by name, in file order."""
    result: dict[str, Relation] = {}
    for name, spec in _read("relations.toml").items():
        if not _NAME.match(name):
            raise ValueError(f"relation name {name!r} must be UPPER_SNAKE_CASE")
        fields = {k: tuple(v) if isinstance(v, list) else v for k, v in spec.items()}
        result[name] = Relation(name=name, **fields)
    return result


def relation_names() -> tuple[str, ...]:
    return tuple(relations())


def check_relation(name: str) -> str:
    """Return ``name`` if it is a relation of the schema, else raise ValueError."""
    if name not in relations():
        raise ValueError(f"{name!r} is not a relation of the schema")
    return name


def label_for(entity_type: str) -> str:
    """The whitelisted graph label of an entity type (MISC's for unknown types)."""
    return ENTITY_LABELS.get(entity_type, ENTITY_LABELS["MISC"])
