"""Corpus scale, one run: extraction speed on one process, two processes and a Dask
LocalCluster of two workers (ratios against one process, graph.json bytes compared),
append against a full build, peak memory of builds of 1k, 5k and 10k articles, and the
time the 1,000-article graph.html takes to open and settle in headless Chromium.

The corpus is the shared detik.com articles (../shared/eval: id_news_train, id_news_gold,
id_news_dev) repeated with new ids up to the size asked (the benchmark's own data; no
quality figure comes from it).

    python benchmarks/corpus.py [--shared ../shared] [--sizes 1000,5000,10000] [--skip-memory]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from kg.io import read_articles

ROOT = Path(__file__).resolve().parents[1]


def corpus(shared: Path, size: int, folder: Path) -> Path:
    """``size`` articles as JSONL: the shared articles, repeated with new ids."""
    folders = [shared / "eval" / name for name in ("id_news_train", "id_news_gold", "id_news_dev")]
    paths = sorted(str(p) for folder in folders for p in folder.glob("*.txt"))
    base = list(read_articles(paths))
    path = folder / f"corpus-{size}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for k in range(size):
            article = base[k % len(base)]
            out.write(json.dumps({"id": f"{article.id}-r{k // len(base)}", "text": article.text}) + "\n")
    return path


def run(*args: str) -> tuple[float, int]:
    """Seconds and peak RSS (bytes, the kg process and its workers together, sampled)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg", *args, "--no-progress"], stdout=subprocess.DEVNULL)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.2)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    code = proc.wait()
    done.set()
    thread.join()
    if code not in (0, 3):
        raise SystemExit(f"kg {' '.join(args)} failed with {code}")
    return time.perf_counter() - start, peak[0]


def speed(data: Path, tmp: Path, articles: int) -> None:
    runs = {"--jobs 1": [], "--jobs 2": ["-j", "2"], "--dask local, 2 workers": ["-j", "2", "--dask", "local"]}
    seconds, outputs = {}, {}
    for label, extra in runs.items():
        out = tmp / f"out-{len(outputs)}"
        seconds[label], peak = run("build", str(data), "--out", str(out), *extra)
        outputs[label] = (out / "graph.json").read_bytes()
        print(
            f"build {articles} articles, {label}: {seconds[label]:.1f} s = {articles / seconds[label]:.1f} "
            f"articles/s, peak RSS {peak / 2**20:.0f} MB"
        )
    one = seconds["--jobs 1"]
    for label in list(runs)[1:]:
        same = "identical" if outputs[label] == outputs["--jobs 1"] else "DIFFERENT"
        print(f"ratio {label} / --jobs 1 (kg build, end to end): {one / seconds[label]:.2f}x; graph.json {same}")
    extract = {label: run("extract", str(data), *extra)[0] for label, extra in runs.items()}
    for label in list(runs)[1:]:
        print(
            f"ratio {label} / --jobs 1 (kg extract): {extract['--jobs 1'] / extract[label]:.2f}x "
            f"({articles / extract['--jobs 1']:.1f} -> {articles / extract[label]:.1f} articles/s)"
        )


def append(data: Path, tmp: Path) -> None:
    lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp / "first.jsonl", tmp / "second.jsonl"
    first.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    second.write_text("".join(lines[len(lines) // 2 :]), encoding="utf-8")
    full, _ = run("build", str(data), "--out", str(tmp / "full"))
    a, _ = run("build", str(first), "--out", str(tmp / "inc"))
    b, _ = run("build", str(second), "--out", str(tmp / "inc"), "--append")
    again, _ = run("build", str(second), "--out", str(tmp / "inc"), "--append")
    same = (tmp / "inc" / "graph.json").read_bytes() == (tmp / "full" / "graph.json").read_bytes()
    print(
        f"append: full build {full:.1f} s; first half {a:.1f} s + append second half {b:.1f} s; "
        f"graph.json {'identical' if same else 'DIFFERENT'}; appending the same half again {again:.1f} s"
    )


def memory(shared: Path, tmp: Path, sizes: list[int]) -> None:
    for size in sizes:
        data = corpus(shared, size, tmp)
        seconds, peak = run("build", str(data), "--out", str(tmp / f"mem-{size}"), "-j", "2")
        print(f"build {size} articles (--jobs 2): {seconds:.0f} s, peak RSS {peak / 2**20:.0f} MB (all processes)")


def view(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    from kg.viz.browser import CHROMIUM, LAUNCH_ARGS

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        start = time.perf_counter()
        page.goto((out / "graph.html").resolve().as_uri())
        page.wait_for_function("window.__kgReady === true", timeout=120_000)
        seconds = time.perf_counter() - start
        status = page.locator("#status").inner_text()
        browser.close()
    print(f"graph.html of the 1,000-article build: open and settle {seconds:.1f} s ({status})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sizes", default="1000,5000,10000")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        data = corpus(args.shared, 1000, tmp)
        speed(data, tmp, 1000)
        view(tmp / "out-0")
        append(data, tmp)
        if not args.skip_memory:
            memory(args.shared, tmp, [int(s) for s in args.sizes.split(",")])


if __name__ == "__main__":
    main()
