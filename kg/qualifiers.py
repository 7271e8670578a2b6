"""A fact's qualifiers over all its evidence, for the sinks that keep one edge per fact
(Cypher stores, RDF): how strongly the sentences state it, and the role and kin words they
give it. graph.json keeps every sentence's own properties; this is their summary.

``modality`` is the strongest claim any sentence makes: ``stated`` when one states it
plainly, else ``alleged`` (reported as suspected: *diduga*), else ``hypothetical``
(asked for, planned, conditional), else ``negated`` (denied). "Jepang membantah mengecam
Korea Utara" alone gives CRITICIZES with modality ``negated``: a query for what happened
filters on ``stated`` (and ``alleged``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

MODALITIES = ("negated", "hypothetical", "alleged", "stated")  # weakest to strongest claim
ASSERTED = frozenset(["stated", "alleged"])  # what a sentence says happened or holds
FLAGS = ("deputy", "acting", "former")  # a role's flags: true when any sentence gives them
LISTS = {"role": "roles", "kind": "kinds"}  # evidence property -> the edge's list of its values


def modality(properties: Mapping[str, str]) -> str:
    """One sentence's claim: its flag, or ``stated``."""
    return next((m for m in MODALITIES[:-1] if properties.get(m) == "true"), "stated")


def strongest(modalities: Iterable[str]) -> str:
    return max(modalities, key=MODALITIES.index, default="stated")


def fact_qualifiers(evidence: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """``modality``, the role flags and the sorted distinct ``roles`` and ``kinds`` of a
    fact's evidence (each item's ``properties``)."""
    props = [e.get("properties") or {} for e in evidence]
    out: dict[str, Any] = {"modality": strongest(modality(p) for p in props)}
    for flag in FLAGS:
        out[flag] = any(p.get(flag) == "true" for p in props)
    for key, name in LISTS.items():
        out[name] = sorted({p[key] for p in props if p.get(key)})
    return out
