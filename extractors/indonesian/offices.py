"""Offices held through a unit: "Kepala Dinas Ketahanan Pangan Pemprov DKI, Hasudungan
Sidabalok" leads the Dinas, which the unit rule made part of Pemprov DKI; he is also an
official of Pemprov DKI, his role the role and the unit ("Kepala Dinas Ketahanan Pangan").

The annotations write both facts for an office in an administrative unit (a department,
directorate, agency office or section of a larger body), and only the first for a unit of
an assembly (a DPR commission or faction: its chair is not an official of the DPR), so the
rule is kept to the administrative heads in :data:`ADMINISTRATIVE_UNITS`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extractors.indonesian.fact_entities import Fact
    from kg.model import Entity

RULE = "unit office"
# heads of a unit of an administration, whose office holders hold office in the whole body
ADMINISTRATIVE_UNITS = frozenset(
    "departemen direktorat ditjen subdirektorat divisi biro bagian dinas seksi satuan unit pusat".split()
)
# an office in a unit, by the relation to the whole body
THROUGH = {"LEADER_OF": "OFFICIAL_OF", "OFFICIAL_OF": "OFFICIAL_OF", "EMPLOYEE_OF": "EMPLOYEE_OF"}
HOLDING_RULES = frozenset(["role", "title"])


def through_units(facts: list[Fact], confidence: float) -> list[Fact]:
    """For each role fact of a person in an administrative unit that a fact of the same
    sentence makes part of a body, the person's office in the body."""
    bodies = {
        (f.subject.id, f.sentence_start): f.object
        for f in facts
        if f.predicate == "PART_OF" and _head(f.subject.name) in ADMINISTRATIVE_UNITS
    }
    return [
        _in_body(f, body, confidence)
        for f in facts
        if f.rule in HOLDING_RULES
        and f.predicate in THROUGH
        and (body := bodies.get((f.object.id, f.sentence_start))) is not None
        and body.id != f.subject.id
    ]


def _head(name: str) -> str:
    """A unit's head word, lower-cased ("Dinas Kesehatan" -> "dinas")."""
    return name.split(maxsplit=1)[0].lower() if name.strip() else ""


def _in_body(held: Fact, body: Entity, confidence: float) -> Fact:
    """The office in the body: the unit's name joins the role ("Kepala" + "Dinas X")."""
    props = dict(held.properties)
    unit = held.object.name
    props["role"] = f"{props['role']} {unit}" if props.get("role") else unit
    return replace(
        held,
        predicate=THROUGH[held.predicate],
        object=body,
        confidence=confidence,
        rule=RULE,
        properties=tuple(sorted(props.items())),
    )
