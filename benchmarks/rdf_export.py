"""RDF export and SPARQL speed on a graph of >= 1M triples (synthetic, same
format as a real build): triples/s of `kg export` (N-Triples and Turtle streamed
from the graph through pyoxigraph, end to end) against the rdflib baseline (build
the rdflib Graph, then serialize), and the time of a two-pattern SPARQL join in
each engine, all in one process.

    python benchmarks/rdf_export.py [--entities N --facts N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.rdf.export import to_rdf, write_rdf
from kg.synthetic import synthetic_graph

JOIN = """PREFIX kg: <https://kg.example.org/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT (COUNT(*) AS ?n) WHERE { ?f kg:confidence ?c . ?f <http://www.w3.org/ns/prov#wasDerivedFrom> ?s }"""


def timed(label: str, func, triples: int | None = None):
    start = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - start
    rate = f" = {triples / seconds:,.0f} triples/s" if triples else ""
    print(f"{label}: {seconds:.1f} s{rate}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entities", type=int, default=30_000)
    parser.add_argument("--facts", type=int, default=90_000)
    args = parser.parse_args()
    graph = synthetic_graph(args.entities, args.facts, articles=2_000)
    with tempfile.TemporaryDirectory() as tmp:
        nt, ttl = Path(tmp) / "g.nt", Path(tmp) / "g.ttl"
        start = time.perf_counter()
        write_rdf(graph, Path(tmp) / "kg.nt", "nt")
        streamed = time.perf_counter() - start
        n = (Path(tmp) / "kg.nt").read_bytes().count(b"\n")
        print(f"triples: {n:,}")
        print(f"kg export N-Triples (streamed, from the graph): {streamed:.1f} s = {n / streamed:,.0f} triples/s")
        timed("kg export Turtle (streamed, from the graph)", lambda: write_rdf(graph, Path(tmp) / "kg.ttl", "ttl"), n)
        start = time.perf_counter()
        rdf = to_rdf(graph)
        rdf.serialize(destination=str(nt), format="nt", encoding="utf-8")
        baseline = time.perf_counter() - start
        print(f"rdflib baseline N-Triples (to_rdf + serialize): {baseline:.1f} s = {n / baseline:,.0f} triples/s")
        print(f"ratio: streamed N-Triples is {baseline / streamed:.1f}x the rdflib baseline")
        timed("rdflib Turtle export (serialize only)", lambda: rdf.serialize(destination=str(ttl), format="turtle"), n)
        store = ox.Store()
        timed("pyoxigraph N-Triples load", lambda: store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES), n)
        timed(
            "pyoxigraph Turtle export",
            lambda: store.dump(str(Path(tmp) / "o.ttl"), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph()),
            n,
        )
        count = timed("SPARQL two-pattern join, pyoxigraph", lambda: next(iter(store.query(JOIN)))[0].value)
        count2 = timed("SPARQL two-pattern join, rdflib", lambda: next(iter(rdf.query(JOIN)))[0])
        print(f"join rows: pyoxigraph {count}, rdflib {count2}")


if __name__ == "__main__":
    main()
