"""Loading speed: the same synthetic graph (default 20k entities, 50k facts with
evidence) loaded row-at-a-time and in UNWIND batches into a real engine: the
local FalkorDB by default, or Neo4j with --neo4j URI. Prints rows/s per batch
size and a final line ``ratio=<best batched rows/s / row-at-a-time rows/s>``, both
timing the writes (the rows are built from the graph once per run, outside that
timing, as the two strategies share that work); the end-to-end figures include it.

    python benchmarks/neo4j_load.py [--entities N --facts N] [--neo4j bolt://HOST:7687]
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time

from kg.stores.base import plan, send
from kg.synthetic import synthetic_graph


def fresh_store(args, tmp: str):
    if args.neo4j:
        from kg.stores.neo4j import Neo4jStore

        store = Neo4jStore(args.neo4j, args.user, args.password, args.database)
        store.write("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", [])
        return store, None
    from kg.stores.falkordb import FalkorStore, LocalServer

    server = LocalServer(tempfile.mkdtemp(dir=tmp))
    server.start()
    return FalkorStore(server.client()), server


def measure(args, graph, batch_size: int, tmp: str) -> tuple[int, float, float]:
    """Rows written, seconds writing them, seconds end to end (rows built from the graph + writes)."""
    store, server = fresh_store(args, tmp)
    try:
        store.ensure_schema()
        gc.collect()  # the previous run's garbage is not this run's cost
        start = time.perf_counter()
        steps = plan(graph, store.dialect.name)
        built = time.perf_counter()
        rows, _ = send(store, steps, batch_size)
        end = time.perf_counter()
        return rows, end - built, end - start
    finally:
        if server:
            server.stop(save=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--facts", type=int, default=50_000)
    parser.add_argument("--batch-sizes", default="10,100,1000,5000")
    parser.add_argument("--neo4j", help="load into Neo4j instead of the local FalkorDB")
    parser.add_argument("--user", default="neo4j")
    parser.add_argument("--password", default=None)
    parser.add_argument("--database", default=None)
    args = parser.parse_args()
    graph = synthetic_graph(args.entities, args.facts)
    engine = f"neo4j at {args.neo4j}" if args.neo4j else "local FalkorDB (unix socket)"
    print(f"engine: {engine}; graph: {args.entities:,} entities, {args.facts:,} facts")
    with tempfile.TemporaryDirectory() as tmp:
        rows, seconds, whole = measure(args, graph, 1, tmp)
        single, single_whole = rows / seconds, rows / whole
        print(
            f"row-at-a-time: {rows:,} rows in {seconds:.1f} s = {single:,.0f} rows/s ({single_whole:,.0f} end to end)"
        )
        best = best_whole = 0.0
        for size in (int(x) for x in args.batch_sizes.split(",")):
            rows, seconds, whole = measure(args, graph, size, tmp)
            best, best_whole = max(best, rows / seconds), max(best_whole, rows / whole)
            rate, rate_whole = rows / seconds, rows / whole
            print(
                f"batch {size:>5}: {rows:,} rows in {seconds:.2f} s = {rate:,.0f} rows/s ({rate_whole:,.0f} end to end)"
            )
    print(f"end-to-end ratio (rows built from the graph + writes)={best_whole / single_whole:.1f}")
    print(f"ratio={best / single:.1f}")


if __name__ == "__main__":
    main()
