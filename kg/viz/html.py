"""The interactive HTML view: one self-contained file (vis-network inlined,
no network access), graph data in a JSON script block with ``<``, ``>`` and
``&`` escaped, and a side panel that writes only ``textContent``."""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.files import write_text
from kg.qualifiers import fact_qualifiers


def view_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """What the page draws: the entities that take part in a fact (the others stay in
    graph.json and the stores, behind their mentions), the facts, the articles."""
    nodes = [
        {
            "id": n,
            "name": d["name"],
            "type": d["type"],
            "aliases": d.get("aliases", []),
            "wikidata": d.get("wikidata", ""),
            "degree": graph.degree(n),
        }
        for n, d in graph.nodes(data=True)
        if graph.degree(n)
    ]
    nodes.sort(key=lambda n: (-n["degree"], n["name"], n["id"]))  # the page draws the first ones
    edges = [
        {
            "source": u,
            "target": v,
            "predicate": k,
            "confidence": d["confidence"],
            "dates": d.get("dates", []),
            "modality": fact_qualifiers(d["evidence"])["modality"],
            "evidence": d["evidence"],
        }
        for u, v, k, d in graph.edges(keys=True, data=True)
    ]
    articles = {
        aid: {k: v for k, v in meta.items() if k != "text"} for aid, meta in graph.graph.get("articles", {}).items()
    }
    return {"nodes": nodes, "edges": edges, "articles": articles}


def script_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _asset(name: str) -> str:
    return resources.files("kg.viz").joinpath(name).read_text("utf-8")


CAP = 300  # entities drawn when the page opens; the others come with "Show more", search, neighbours


def generate_html(graph: nx.MultiDiGraph, title: str = "kg graph", cap: int = CAP) -> str:
    page = _asset("template.html")
    vis_js = _asset("static/vis-network.min.js").replace("</script", "<\\/script")
    values = {"TITLE": html.escape(title), "DATA": script_json(view_data(graph)), "VIS_JS": vis_js, "CAP": str(cap)}
    # one pass, so text inside the data can never be taken for a marker
    return re.sub(r"__(TITLE|DATA|VIS_JS|CAP)__", lambda m: values[m.group(1)], page)


def write_html(graph: nx.MultiDiGraph, path: str | Path, title: str = "kg graph", cap: int = CAP) -> None:
    write_text(path, generate_html(graph, title, cap))
