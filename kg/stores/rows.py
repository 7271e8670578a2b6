"""The graph as parameter rows for ``UNWIND $rows`` statements."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from kg.ids import sentence_id
from kg.qualifiers import MODALITIES, fact_qualifiers
from kg.vocab import label_for

Row = dict[str, Any]
# C0 control characters (but tab and line breaks) and DEL: a NUL cuts a FalkorDB query, and
# none belongs in stored text. Each becomes a space, so offsets into stored text still hold;
# graph.json keeps the original.
_CONTROLS = {c: " " for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]}


def stored(row: Row) -> Row:
    """The row as the store gets it: control characters in its text replaced."""
    return {key: _stored_value(value) for key, value in row.items()}


def _stored_value(value: Any) -> Any:
    if isinstance(value, str):
        return value.translate(_CONTROLS)
    if isinstance(value, list):
        return [_stored_value(v) for v in value]
    return value


def entity_rows(graph: nx.MultiDiGraph) -> dict[str, list[Row]]:
    """Entity rows grouped by their whitelisted label."""
    groups: dict[str, list[Row]] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        row = {
            "id": node,
            "name": data["name"],
            "type": data["type"],
            "aliases": list(data.get("aliases", [])),
            "wikidata": data.get("wikidata", ""),
        }
        groups[label_for(data["type"])].append(row)
    return dict(sorted(groups.items()))


def article_rows(graph: nx.MultiDiGraph) -> list[Row]:
    keys = ("title", "date", "url", "source", "place", "lang")
    return [{"id": aid} | {k: meta.get(k, "") for k in keys} for aid, meta in graph.graph.get("articles", {}).items()]


def sentence_rows(graph: nx.MultiDiGraph) -> list[Row]:
    """Sentences with mentions (the lexical graph) plus every evidence sentence."""
    seen: dict[str, Row] = {sid: {"id": sid} | data for sid, data in graph.graph.get("sentences", {}).items()}
    for _, _, data in graph.edges(data=True):
        for ev in data["evidence"]:
            sid = sentence_id(ev["article"], ev["sentence_index"])
            seen.setdefault(
                sid,
                {
                    "id": sid,
                    "article": ev["article"],
                    "index": ev["sentence_index"],
                    "text": ev["sentence"],
                    "start": ev["start"],
                    "end": ev["end"],
                },
            )
    return [seen[k] for k in sorted(seen)]


def mention_rows(graph: nx.MultiDiGraph) -> list[Row]:
    return [
        {"sentence": sid, "entity": eid, "start": start, "end": end, "role": role[0] if role else ""}
        for sid, eid, start, end, *role in graph.graph.get("mentions", [])  # older graph files: no role
        if eid in graph
    ]


def fact_rows(graph: nx.MultiDiGraph) -> dict[str, list[Row]]:
    """Fact rows grouped by relation; first/last seen are article dates; ``lemma`` tells
    open facts (RELATED_TO) apart; the evidence's modality, role flags, roles and kinds
    (:func:`kg.qualifiers.fact_qualifiers`)."""
    groups: dict[str, list[Row]] = defaultdict(list)
    dates = {aid: meta.get("date") for aid, meta in graph.graph.get("articles", {}).items()}
    for u, v, key, data in graph.edges(keys=True, data=True):
        seen = sorted(d for e in data["evidence"] if (d := dates.get(e["article"])))
        groups[data.get("predicate", key)].append(
            {
                "source": u,
                "target": v,
                "lemma": data.get("predicate_lemma", ""),
                "predicate_texts": list(data["predicate_texts"]),
                "confidence": float(data["confidence"]),
                "sentence_ids": [sentence_id(e["article"], e["sentence_index"]) for e in data["evidence"]],
                "dates": list(data.get("dates", [])),
                "first_seen": seen[0] if seen else None,
                "last_seen": seen[-1] if seen else None,
                **(qualifiers := fact_qualifiers(data["evidence"])),
                "modality_rank": MODALITIES.index(qualifiers["modality"]),
            }
        )
    return dict(sorted(groups.items()))
