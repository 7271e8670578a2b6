"""Where a graph is loaded: a fresh local FalkorDB store, a Neo4j server over Bolt (all
rows, or only those that changed since the previous build), a remote FalkorDB. Used by
:func:`kg.api.build` and :func:`kg.api.load`; the store clients are imported inside the
functions, so importing this module stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.constants import DEFAULT_BATCH_SIZE
from kg.progress import QUIET, Progress

if TYPE_CHECKING:
    import networkx as nx

    from kg.stores.base import LoadReport


@dataclass(frozen=True)
class Neo4jTarget:
    """Where to load: a Neo4j server over Bolt (``neo4j+s://`` passes TLS to the driver)."""

    uri: str
    user: str = "neo4j"
    password: str | None = None  # None: from $NEO4J_PASSWORD
    database: str | None = None
    schema: bool = True


def load_local(
    graph: nx.MultiDiGraph, folder: str | Path, batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress = QUIET
) -> LoadReport:
    """Fill a fresh local FalkorDB store in ``folder/store`` and save it there."""
    from kg.stores.base import load_graph
    from kg.stores.falkordb import local_store

    with local_store(folder, fresh=True) as store:
        return load_graph(store, graph, batch_size, progress=progress.rows("loading the local store"))


def load_neo4j(
    graph: nx.MultiDiGraph, target: Neo4jTarget, batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress = QUIET
) -> LoadReport:
    from kg.stores.base import load_graph
    from kg.stores.neo4j import Neo4jStore

    with Neo4jStore(target.uri, target.user, target.password, target.database) as store:
        return load_graph(store, graph, batch_size, schema=target.schema, progress=progress.rows("loading Neo4j"))


def read_previous_graph(folder: Path) -> nx.MultiDiGraph:
    from kg.graph import read_json

    return read_json(folder / "graph.json")


def load_neo4j_changes(
    old: nx.MultiDiGraph, new: nx.MultiDiGraph, target: Neo4jTarget, batch_size: int = DEFAULT_BATCH_SIZE
) -> LoadReport:
    """``kg build --append --neo4j``: only the rows that changed since the previous build."""
    from kg.stores.changes import load_changes
    from kg.stores.neo4j import Neo4jStore

    with Neo4jStore(target.uri, target.user, target.password, target.database) as store:
        if target.schema:
            store.ensure_schema()
        return load_changes(store, old, new, batch_size)


def load_falkordb(
    graph: nx.MultiDiGraph, url: str, batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress = QUIET
) -> LoadReport:
    from kg.stores.base import load_graph
    from kg.stores.falkordb import remote_store

    return load_graph(remote_store(url), graph, batch_size, progress=progress.rows("loading FalkorDB"))
