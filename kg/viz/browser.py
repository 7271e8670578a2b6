"""How kg drives headless Chromium (Debian's ``/usr/bin/chromium``, no downloaded
browser) to check and measure the HTML view: shared by the browser tests and
``benchmarks/viz_render.py``."""

import os

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
