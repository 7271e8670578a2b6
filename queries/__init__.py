"""Saved query twins: each ``NAME.cypher`` has a ``NAME.sparql`` giving the same rows.

Parameters: ``$name`` in Cypher is ``?name`` in SPARQL (bound by the runner).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any


def names() -> list[str]:
    files = resources.files("kg.queries").iterdir()
    return sorted(f.name[: -len(".cypher")] for f in files if f.name.endswith(".cypher"))


def text(name: str, engine: str) -> str:
    return resources.files("kg.queries").joinpath(f"{name}.{engine}").read_text("utf-8")


def run(name: str, out: str | Path, engine: str, params: dict[str, Any] | None = None) -> list[tuple]:
    """Run one twin on a built graph folder; rows as sorted tuples."""
    from kg import api

    runner = api.query_cypher if engine == "cypher" else api.query_sparql
    _, rows = runner(out, text(name, engine), params or {})
    return sorted(tuple(row) for row in rows)
