"""A load interrupted by a dead server completes on rerun, with the counts of a
clean load: real FalkorDB (append-only file), killed with SIGKILL mid-load."""

import os
import signal
import subprocess
import sys
import time

from kg.graph import write_json
from kg.stores.base import counts, load_graph
from kg.stores.falkordb import FalkorStore, LocalServer, remote_store
from kg.synthetic import synthetic_graph


def run_load(out, socket, *extra):
    cmd = [sys.executable, "-m", "kg", "load", str(out), "--falkordb", f"unix://{socket}", "--batch-size", "5", *extra]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_rerun_after_sigkill_equals_a_clean_load(tmp_path):
    graph = synthetic_graph(entities=3000, facts=6000, articles=100)
    write_json(graph, tmp_path / "built" / "graph.json")
    with LocalServer(tmp_path / "clean") as server:
        clean = load_graph(FalkorStore(server.client()), graph, batch_size=500)

    server = LocalServer(tmp_path / "data", appendonly=True)
    server.start()
    loader = run_load(tmp_path / "built", server.socket)
    probe = remote_store(f"unix://{server.socket}")
    deadline = time.monotonic() + 60
    while counts(probe)[0] < 1000 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(server.process.pid, signal.SIGKILL)
    server.process.wait()
    _, err = loader.communicate(timeout=120)
    assert loader.returncode != 0, "the load should have been cut off mid-way"
    message = err.decode().strip()
    assert message.startswith("kg: error:") and "\n" not in message and "Traceback" not in message
    server.stop(save=False)

    restarted = LocalServer(tmp_path / "data", appendonly=True)
    with restarted:
        partial = counts(remote_store(f"unix://{restarted.socket}"))
        assert 0 < partial[0] < clean.nodes  # the append-only file kept what was written
        rerun = run_load(tmp_path / "built", restarted.socket)
        out, err = rerun.communicate(timeout=300)
        assert rerun.returncode == 0, err.decode()
        assert counts(remote_store(f"unix://{restarted.socket}")) == (clean.nodes, clean.relationships)


def test_unreachable_falkordb_is_one_line(tmp_path):
    write_json(synthetic_graph(entities=5, facts=3, articles=1), tmp_path / "graph.json")
    result = subprocess.run(
        [sys.executable, "-m", "kg", "load", str(tmp_path), "--falkordb", "redis://127.0.0.1:1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0 and result.stderr.startswith("kg: error: cannot reach FalkorDB")
    assert result.stderr.count("\n") == 1
