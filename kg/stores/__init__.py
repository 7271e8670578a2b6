"""Graph stores: rows from the graph, batched writes, and the backends
(Neo4j over Bolt with the official driver; FalkorDB, local or remote)."""

from kg.stores.base import CypherStore, LoadReport, load_graph

__all__ = ["CypherStore", "LoadReport", "load_graph"]
