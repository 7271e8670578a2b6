"""GraphML/GEXF round trips, Cytoscape.js JSON, static pictures, focused views."""

import json
import shutil

import networkx as nx
import pytest
from conftest import need

from kg import api
from kg.errors import InputError
from kg.graph import read_json
from kg.viz.exports import focus, generate_dot, unflatten, write_export


@pytest.mark.parametrize(("fmt", "reader"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_round_trip_keeps_every_attribute(built, tmp_path, fmt, reader):
    graph = read_json(built)
    write_export(graph, tmp_path / f"g.{fmt}", fmt)
    back = unflatten(reader(tmp_path / f"g.{fmt}"))
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True), key=str) == sorted(graph.edges(keys=True, data=True), key=str)


def test_cytoscape_json(built, tmp_path):
    write_export(read_json(built), tmp_path / "g.cyjs", "cytoscape")
    data = json.loads((tmp_path / "g.cyjs").read_text())
    names = {n["data"]["name"] for n in data["elements"]["nodes"]}
    assert "Kim Jong-un" in names and data["elements"]["edges"]


def test_focused_views(built):
    graph = read_json(built)
    kim = focus(graph, entity="Kim", hops=1)  # an alias works
    assert {d["name"] for _, d in kim.nodes(data=True)} >= {
        "Kim Jong-un",
        "North Korea",
        "pabrik produksi rudal taktis",
    }
    assert "Russia" not in {d["name"] for _, d in kim.nodes(data=True)}
    assert "Russia" in {d["name"] for _, d in focus(graph, entity="Kim Jong-un", hops=2).nodes(data=True)}
    seed = focus(graph, article="000_122afc5b818c93bc")
    assert all(any(e["article"] == "000_122afc5b818c93bc" for e in d["evidence"]) for *_, d in seed.edges(data=True))
    with pytest.raises(InputError):
        focus(graph, entity="Nobody Here")


def test_dot_escapes_names():
    graph = nx.MultiDiGraph()
    graph.add_node("a", name='x" -> "y [label="pwn"]\\', type="PERSON", aliases=[])
    dot = generate_dot(graph)
    assert '"x\\" -> \\"y [label=\\"pwn\\"]\\\\"' in dot


@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_static_pictures(built, tmp_path, fmt):
    need(shutil.which("sfdp") is not None, "Graphviz is not installed (apt-get install graphviz)")
    out = tmp_path / f"kim.{fmt}"
    api.viz(built, out, fmt, entity="Kim Jong-un", hops=1)
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG") if fmt == "png" else b"Kim Jong&#45;un" in data
