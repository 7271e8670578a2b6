"""SPARQL over a built graph's RDF (rdflib's engine)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Graph, Literal

from kg.errors import OutputError, QueryError


def load_rdf(path: str | Path) -> Graph:
    path = Path(path)
    if path.is_dir():
        from kg import outdir

        with outdir.reading(path) as folder:
            return load_rdf(folder / "graph.ttl")
    if not path.exists():
        raise OutputError(f"no RDF at {path}", "run `kg build PATH --out DIR` first")
    rdf = Graph()
    try:
        rdf.parse(str(path), format="turtle")
    except Exception as exc:  # rdflib raises BadSyntax and other errors on a damaged file
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise OutputError(f"{path} is damaged or incomplete ({first[:160]})", "rebuild it with `kg build`") from exc
    return rdf


def run_sparql(rdf: Graph, query: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
    bindings = {k: Literal(v) for k, v in (params or {}).items()}
    try:
        result = rdf.query(query, initBindings=bindings)
    except Exception as exc:  # rdflib raises pyparsing and other errors
        raise QueryError(f"bad SPARQL: {str(exc).splitlines()[0]}", "check the query syntax") from exc
    columns = [str(v) for v in (result.vars or [])]
    return columns, [[_plain(term) for term in row] for row in result]


def _plain(term: Any) -> Any:
    """Literals as Python values (numbers stay numbers), IRIs and blank nodes as strings."""
    if term is None:
        return None
    value = term.toPython()
    return str(value) if hasattr(value, "n3") else value
