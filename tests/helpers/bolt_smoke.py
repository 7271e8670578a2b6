"""Run inside a loopback-only network namespace (see test_bolt_smoke.py).

Starts FalkorDB with its experimental Bolt endpoint, loads a tiny graph with
`kg build --neo4j` (the official neo4j driver path) twice, and prints the
counts seen through the native client as JSON.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from kg.stores.falkordb import FalkorStore, LocalServer

ARTICLE = "Jepang mengecam Korea Utara. Presiden Rusia, Vladimir Putin, bertemu dengan Xi Jinping di Beijing."
PORT = 7687


def warm_up(socket: str) -> None:
    """After a Bolt session, FalkorDB 4.16 leaves the next native connection unanswered
    (measured: the first PING waits until a client timeout, the retry answers at once).
    Open and time out one throwaway connection so the real client is not stuck."""
    import redis

    for _ in range(5):
        try:
            redis.Redis(unix_socket_path=socket, socket_timeout=2).ping()
            return
        except redis.exceptions.RedisError:
            continue


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="kg-bolt-") as tmp:
        print(json.dumps(smoke(Path(tmp))))


def smoke(work: Path) -> dict:
    """Build the tiny article twice through Bolt; what the native client then sees."""
    (work / "tiny.txt").write_text(ARTICLE, encoding="utf-8")
    cmd = [
        sys.executable,
        "-m",
        "kg",
        "build",
        str(work / "tiny.txt"),
        "--out",
        str(work / "out"),
        "--neo4j",
        f"bolt://127.0.0.1:{PORT}",
        "--user",
        "falkordb",
        "--password",
        "",
        "--no-schema",
        "--batch-size",
        "5",
    ]
    report: dict = {}
    with LocalServer(work / "server", bolt_port=PORT) as server:
        for run in ("first", "second"):
            result = subprocess.run(cmd, capture_output=True, text=True, check=False)
            report[run] = {"rc": result.returncode, "stdout": result.stdout, "stderr": result.stderr}
            warm_up(server.socket)
            db = server.client()
            graphs = db.list_graphs()
            report[run]["graphs"] = graphs
            if graphs:
                store = FalkorStore(db, graphs[0])
                _, nodes = store.query("MATCH (n) RETURN count(n)")
                _, rels = store.query("MATCH ()-[r]->() RETURN count(r)")
                _, names = store.query("MATCH (n:Entity) RETURN n.name ORDER BY n.name")
                report[run]["counts"] = [nodes[0][0], rels[0][0]]
                report[run]["names"] = [row[0] for row in names]
        warm_up(server.socket)  # stopping the server saves through a native connection
    return report


if __name__ == "__main__":
    main()
