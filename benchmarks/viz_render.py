"""Render time of the HTML view in headless Chromium: seconds from navigation to a
stabilised layout (``window.__kgReady``) for synthetic graphs of 200 and 2,000
entities (1k and 5k facts). Needs Debian's /usr/bin/chromium and playwright.

    python benchmarks/viz_render.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from kg.synthetic import synthetic_graph
from kg.viz.browser import CHROMIUM, LAUNCH_ARGS
from kg.viz.html import write_html


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        for entities, facts in ((200, 500), (2000, 5000)):
            path = Path(tmp) / f"g{entities}.html"
            write_html(synthetic_graph(entities, facts, articles=50), path)
            page = browser.new_context(offline=True, bypass_csp=True).new_page()  # lets the probe poll
            start = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("window.__kgReady === true", timeout=300_000)
            seconds = time.perf_counter() - start
            size = path.stat().st_size / 1e6
            print(f"{entities:,} entities / {facts:,} facts: ready in {seconds:.1f} s (page {size:.1f} MB)")
            page.screenshot(path=str(Path("/tmp") / f"kg-render-{entities}.png"))
        browser.close()


if __name__ == "__main__":
    main()
