"""The graph for other tools: GraphML and GEXF (networkx writers; list and map
attributes stored as JSON strings), Cytoscape.js JSON, Graphviz DOT and static
PNG/SVG pictures (Graphviz ``sfdp``), and focused subgraphs."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import networkx as nx

from kg.errors import InputError, OutputError
from kg.files import atomic_path, write_text
from kg.ids import name_key
from kg.model import fact_key

FORMATS = ("html", "graphml", "gexf", "cytoscape", "dot", "png", "svg")


def focus(
    graph: nx.MultiDiGraph, entity: str | None = None, hops: int = 1, article: str | None = None
) -> nx.MultiDiGraph:
    """The neighbourhood of an entity (by name or alias) or the facts of one article."""
    if entity:
        key = name_key(entity)
        hits = [n for n, d in graph.nodes(data=True) if key in {name_key(d["name"]), *map(name_key, d["aliases"])}]
        if not hits:
            raise InputError(f"no entity named {entity!r} in the graph", "check the name; aliases work too")
        keep = set(nx.ego_graph(graph.to_undirected(as_view=True), hits[0], radius=hops))
        return graph.subgraph(keep).copy()
    if article:
        if article not in graph.graph.get("articles", {}):
            raise InputError(f"no article {article!r} in the graph", "see the article ids in graph.json")
        edges = [
            (u, v, k)
            for u, v, k, d in graph.edges(keys=True, data=True)
            if any(e["article"] == article for e in d["evidence"])
        ]
        return graph.edge_subgraph(edges).copy()
    return graph


def flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars (lists/maps as JSON strings)."""
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: _scalar(v) for k, v in data.items()})
    for u, v, key, data in graph.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **{k: _scalar(v) for k, v in data.items()})
    return out


def _scalar(value):
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, list | dict) else value


def unflatten(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Inverse of :func:`flat` for graphs read back from GraphML/GEXF."""
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: _unscalar(v) for k, v in data.items() if k not in ("label", "id")})
    edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)
    for u, v, *rest in edges:
        data = rest[-1]
        key = fact_key(data["predicate"], data.get("predicate_lemma", "")) if "predicate" in data else rest[0]
        out.add_edge(u, v, key=key, **{k: _unscalar(x) for k, x in data.items() if k not in ("id", "label", "key")})
    return out


def _unscalar(value):
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def generate_cytoscape(graph: nx.MultiDiGraph) -> str:
    data = nx.cytoscape_data(graph, name="name", ident="id")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def generate_dot(graph: nx.MultiDiGraph) -> str:
    colors = {
        "PERSON": "#e4572e",
        "ORG": "#4c72b0",
        "GPE": "#55a868",
        "LOC": "#8c8c3a",
        "FACILITY": "#8172b2",
        "PRODUCT": "#c44e52",
        "EVENT": "#dd8452",
    }
    lines = [
        "digraph kg {",
        '  graph [overlap=false, splines=true, fontname="DejaVu Sans"];',
        '  node [style=filled, fontname="DejaVu Sans", fontsize=11, fontcolor=white];',
        '  edge [fontname="DejaVu Sans", fontsize=9, color="#9aa3b2"];',
    ]
    for node, d in graph.nodes(data=True):
        lines.append(f'  {_q(node)} [label={_q(d["name"])}, fillcolor="{colors.get(d["type"], "#937860")}"];')
    for u, v, key in graph.edges(keys=True):
        lines.append(f"  {_q(u)} -> {_q(v)} [label={_q(key)}];")
    return "\n".join(lines + ["}"]) + "\n"


def _q(text: str) -> str:
    """A DOT quoted string: every character is data."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def write_picture(graph: nx.MultiDiGraph, path: str | Path, fmt: str) -> None:
    engine = shutil.which("sfdp") or shutil.which("dot")
    if not engine:
        raise OutputError("Graphviz is not installed", "apt-get install graphviz (or use --format html)")
    with atomic_path(path) as tmp:
        result = subprocess.run(
            [engine, f"-T{fmt}", "-o", str(tmp)],
            input=generate_dot(graph).encode(),
            capture_output=True,
            check=False,
            timeout=300,
        )
        if result.returncode != 0:
            raise OutputError(f"Graphviz failed: {result.stderr.decode()[:200]}", "try a focused view (--entity)")


def write_export(graph: nx.MultiDiGraph, path: str | Path, fmt: str) -> None:
    if fmt in ("png", "svg"):
        return write_picture(graph, path, fmt)
    if fmt == "cytoscape":
        return write_text(path, generate_cytoscape(graph))
    if fmt == "dot":
        return write_text(path, generate_dot(graph))
    with atomic_path(path) as tmp:
        writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
        writer(flat(graph), str(tmp))
    return None
