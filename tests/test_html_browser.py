"""The HTML view in real headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright for Python, no `playwright install`): it draws, clicks show evidence,
search and filters work, hostile names stay text, and no network request is made."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from conftest import ROOT, need

from kg.ids import entity_id
from kg.viz.browser import CHROMIUM
from kg.viz.browser import LAUNCH_ARGS as ARGS
from kg.viz.html import write_html


@pytest.fixture(scope="module")
def browser():
    need(Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "playwright is not installed (pip install -e .[dev])")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


class Page:
    def __init__(self, browser, path: Path) -> None:
        self.context = browser.new_context(offline=True, viewport={"width": 1280, "height": 800})
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.__kgReady === true", timeout=90_000)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def click_node(self, node_id: str) -> None:
        pos = self.page.evaluate("window.__kgScreenPositions()")[node_id]
        box = self.page.locator("#network").bounding_box()
        self.page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])

    def visible_nodes(self) -> int:
        return self.page.evaluate("window.__kgNetwork.body.data.nodes.get({filter: n => !n.hidden}).length")


def test_page_draws_and_makes_no_network_request(browser, built):
    view = Page(browser, built / "graph.html")
    painted = view.page.evaluate("""() => {
        const c = document.querySelector('#network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && d[i] + d[i + 1] + d[i + 2] < 600) n++;
        return n; }""")
    assert painted > 500
    shot = ROOT / "tests" / "artifacts" / "graph.png"  # kept for people to look at (git-ignored)
    shot.parent.mkdir(exist_ok=True)
    view.page.screenshot(path=str(shot))
    assert view.requests == []
    view.context.close()


def test_click_search_and_filter(browser, built):
    from kg.graph import read_json

    graph = read_json(built)
    kim = next(n for n, d in graph.nodes(data=True) if d["name"] == "Kim Jong-un")
    view = Page(browser, built / "graph.html")
    view.click_node(kim)
    panel = view.page.locator("#panel")
    assert "Kim Jong-un" in panel.inner_text()
    assert "mengunjungi pabrik produksi rudal taktis" in panel.inner_text()
    assert view.page.locator("#panel mark").count() > 0  # the mention is highlighted
    view.page.fill("#search", "Korut")
    assert view.page.locator("#panel h2").inner_text() == "North Korea"
    before = view.visible_nodes()
    view.page.uncheck("#legend input[data-type=PERSON]")
    persons = sum(1 for _, d in graph.nodes(data=True) if d["type"] == "PERSON")
    assert view.visible_nodes() == before - persons
    visible_edges = "window.__kgNetwork.body.data.edges.get({filter: e => !e.hidden}).length"
    all_edges = view.page.evaluate(visible_edges)
    visits = sum(1 for *_, k in graph.edges(keys=True) if k == "VISITS")
    view.page.uncheck("#relations input[data-relation=VISITS]")
    assert view.page.evaluate(visible_edges) == all_edges - visits
    assert max(d["confidence"] for *_, d in graph.edges(data=True)) < 1
    view.page.fill("#confidence", "1")
    view.page.dispatch_event("#confidence", "input")
    assert view.page.evaluate(visible_edges) == 0  # no fact is certain
    view.page.fill("#confidence", "0")
    view.page.dispatch_event("#confidence", "input")
    assert view.page.is_visible("#date-filter")  # the seed's facts carry dates
    assert view.requests == []
    view.context.close()


def test_date_slider_hides_later_facts(browser, tmp_path):
    from kg import api

    article = tmp_path / "visits.txt"
    article.write_text(
        "Kunjungan\n\nXi Jinping mengunjungi Moskow pada 3 Maret 2024. "
        "Vladimir Putin mengunjungi Beijing pada 5 Mei 2024. Jepang mengecam Korea Utara.\n",
        encoding="utf-8",
    )
    api.build([str(article)], tmp_path / "out")
    view = Page(browser, tmp_path / "out" / "graph.html")
    visible_edges = "window.__kgNetwork.body.data.edges.get({filter: e => !e.hidden}).length"
    assert view.page.evaluate(visible_edges) == 3
    view.page.fill("#date", "0")  # until 2024-03-03: the May visit goes, the undated fact stays
    view.page.dispatch_event("#date", "input")
    assert view.page.evaluate(visible_edges) == 2
    assert view.page.inner_text("#date-value") == "2024-03-03"
    view.context.close()


def test_hostile_names_stay_text(browser, tmp_path):
    names = ["<img src=x onerror=alert(1)>", "</script><script>alert(1)</script>", "__DATA__"]
    graph = nx.MultiDiGraph(articles={"a": {"title": "<b>t</b>"}})
    ids = [entity_id(n) for n in names]
    for node, name in zip(ids, names, strict=True):
        graph.add_node(node, name=name, type="PERSON", aliases=[name], wikidata="")
    evidence = {
        "article": "a",
        "sentence_index": 0,
        "sentence": names[0] + " bertemu " + names[1],
        "start": 0,
        "end": 10,
        "extractor": "t",
        "confidence": 0.9,
        "predicate_text": "bertemu",
        "properties": {},
    }
    for a, b in ((0, 1), (1, 2)):  # the page draws entities that take part in a fact
        graph.add_edge(
            ids[a],
            ids[b],
            key="MEETS",
            predicate="MEETS",
            predicate_texts=["bertemu"],
            confidence=0.9,
            evidence=[evidence],
        )
    path = tmp_path / "x.html"
    write_html(graph, path)
    view = Page(browser, path)
    view.click_node(ids[0])
    text = view.page.locator("#panel").inner_text()
    assert names[0] in text and names[1] in text
    assert view.page.locator("#panel img").count() == 0
    assert view.dialogs == []
    view.page.fill("#search", "__DATA")
    assert view.page.locator("#panel h2").inner_text() == "__DATA__"
    assert view.dialogs == [] and view.requests == []
    view.context.close()


def test_a_big_graph_draws_the_most_connected_first_and_the_rest_on_demand(browser, tmp_path):
    from kg.synthetic import synthetic_graph

    graph = synthetic_graph(entities=1_000, facts=2_500, articles=50)
    path = tmp_path / "big.html"
    write_html(graph, path, cap=300)
    view = Page(browser, path)
    total = sum(1 for n in graph if graph.degree(n))
    assert view.page.evaluate("window.__kgNetwork.body.data.nodes.length") == 300
    assert view.page.locator("#status").inner_text().startswith(f"300 of {total} entities")
    drawn = set(view.page.evaluate("window.__kgNetwork.body.data.nodes.getIds()"))
    degrees = sorted((graph.degree(n) for n in graph if graph.degree(n)), reverse=True)
    assert min(graph.degree(n) for n in drawn) == degrees[299]  # the most connected
    view.page.click("#more")
    assert view.page.evaluate("window.__kgNetwork.body.data.nodes.length") == 600
    hidden = next(
        n
        for n in graph
        if graph.degree(n)
        and n not in drawn
        and n not in set(view.page.evaluate("window.__kgNetwork.body.data.nodes.getIds()"))
    )
    view.page.fill("#search", graph.nodes[hidden]["name"])
    assert view.page.locator("#panel h2").inner_text() == graph.nodes[hidden]["name"]
    assert hidden in set(view.page.evaluate("window.__kgNetwork.body.data.nodes.getIds()"))
    assert view.requests == []
    view.context.close()


def test_a_denied_fact_is_dashed_and_the_stated_filter_hides_it(browser, tmp_path):
    from kg import api

    article = tmp_path / "denial.txt"
    article.write_text(
        "Bantahan\n\nJepang membantah mengecam Korea Utara. Xi Jinping mengunjungi Moskow.\n", encoding="utf-8"
    )
    api.build([str(article)], tmp_path / "out")
    view = Page(browser, tmp_path / "out" / "graph.html")
    edges = "window.__kgNetwork.body.data.edges.get({filter: e => !e.hidden})"
    shown = view.page.evaluate(f"{edges}.map(e => [e.label, e.dashes])")
    assert sorted(shown) == [["CRITICIZES", True], ["VISITS", False]]
    view.page.check("#stated")
    assert view.page.evaluate(f"{edges}.map(e => e.label)") == ["VISITS"]
    view.page.uncheck("#stated")
    assert view.page.evaluate(f"{edges}.length") == 2
    assert view.requests == []
    view.context.close()
