"""The local store and the out folder under concurrent commands, killed processes and
hostile input: real FalkorDB servers, real kg processes, real signals."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import EXAMPLE
from procs import alive, children, cpu_ticks, kg, manifest, server_of, stop, wait_for

from kg import api
from kg.errors import QueryError, StoreError
from kg.graph import read_json, write_json
from kg.stores.falkordb import PREFIX, FalkorStore, LocalServer, reap_orphans
from kg.synthetic import synthetic_graph

SLOW = "UNWIND range(1, 40000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n"


def corpus(folder: Path, articles: dict[str, str]) -> Path:
    path = folder / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in articles.items()), encoding="utf-8")
    return path


def store_count(out: Path, label: str = "Article") -> int:
    return api.query_cypher(out, f"MATCH (n:{label}) RETURN count(n)")[1][0][0]


@pytest.fixture
def small(tmp_path) -> Path:
    out = tmp_path / "out"
    api.build([str(EXAMPLE)], out)
    return out


def test_a_query_never_saves_over_a_newer_build(small, tmp_path):
    """Case 1: `kg query` while `kg build` replaces the folder; and write queries."""
    reader = kg("query", str(small), "--cypher", SLOW)
    server_of(reader)  # the query is running
    new = corpus(tmp_path, {f"n{i}": "Jepang mengecam Korea Utara." for i in range(3)})
    assert api.build([str(new)], small).articles == 3
    reader.communicate(timeout=120)
    assert store_count(small) == 3 == len(read_json(small).graph["articles"])
    before = store_count(small, "Entity")
    with pytest.raises(QueryError, match="read-only"):
        api.query_cypher(small, "MATCH (n) DETACH DELETE n")
    assert store_count(small, "Entity") == before
    generation = manifest(small)["generation"]
    api.query_cypher(small, "MATCH (n:Article) DETACH DELETE n", write=True)
    assert store_count(small) == 0 and manifest(small)["generation"] == generation + 1


def test_a_second_writer_fails_at_once_with_the_first_ones_pid(small, tmp_path):
    graph = synthetic_graph(entities=20000, facts=40000, articles=200)
    flat = tmp_path / "flat"
    write_json(graph, flat / "graph.json")
    first = kg("load", str(flat))
    server_of(first)
    second = subprocess.run([sys.executable, "-m", "kg", "load", str(flat)], capture_output=True, text=True)
    assert second.returncode == 1
    assert second.stderr.startswith(f"kg: error: {flat} is being written by another kg (PID {first.pid})")
    assert first.wait(timeout=300) == 0


def test_a_stopped_server_is_an_error_not_a_hang(small):
    """Case 2: SIGSTOP the server of a running `kg query`."""
    reader = kg("query", str(small), "--cypher", SLOW, env={"KG_STORE_TIMEOUT": "3"})
    server = server_of(reader)
    wait_for(lambda: cpu_ticks(server) > 30)  # the query is running
    os.kill(server, signal.SIGSTOP)
    try:
        _, err = reader.communicate(timeout=60)
    finally:
        stop(server)
    assert reader.returncode == 1
    assert err.decode().startswith("kg: error: FalkorDB did not answer within 3 s")
    wait_for(lambda: not alive(server), 15)


def test_a_failed_save_stops_the_server_and_removes_its_folder(tmp_path):
    """Case 3: the save before shutdown fails (its folder is gone, like a lost disk)."""
    server = LocalServer(tmp_path / "data")
    server.start()
    FalkorStore(server.client()).query("CREATE (:Entity {id: 'x'})")
    shutil.rmtree(tmp_path / "data")
    with pytest.raises(StoreError, match="could not save the local store"):
        server.stop(save=True)
    assert server.process.poll() is not None and not Path(server.sock_dir).exists()


def test_a_signal_inside_popen_poll_does_not_hang_the_stop(tmp_path):
    """A SIGTERM that came while ``Popen.poll()`` held its lock left the lock held, and the
    stop's ``wait()`` then waited for ever (seen in CI: a ``kg load`` terminated while its
    server started). Here the lock is held as that signal left it."""
    import threading

    server = LocalServer(tmp_path / "data")
    server.start()
    pid = server.process.pid
    server.process._waitpid_lock.acquire()  # what the interrupted poll() left behind
    stopping = threading.Thread(target=server.stop, kwargs={"save": False}, daemon=True)
    stopping.start()
    stopping.join(timeout=60)
    assert not stopping.is_alive(), "stop() hangs on Popen's lock"
    assert server.process.returncode is not None and not alive(pid)
    assert not Path(server.sock_dir).exists()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_a_killed_build_leaves_no_server_and_the_previous_outputs(small, tmp_path, sig):
    """Cases 3 and 5: kill `kg load` (the long step of a build) while it loads."""
    before = manifest(small)
    write_json(synthetic_graph(entities=20000, facts=40000, articles=200), tmp_path / "g.json")
    big = tmp_path / "big"
    big.mkdir()
    shutil.copy(tmp_path / "g.json", big / "graph.json")
    loader = kg("load", str(big))
    server = server_of(loader)
    folder = wait_for(lambda: [p for p in Path(tempfile.gettempdir()).glob(f"{PREFIX}*") if _owner(p) == loader.pid])
    loader.send_signal(sig)
    _, err = loader.communicate(timeout=60)
    wait_for(lambda: not alive(server), 15)  # SIGKILL: the kernel's parent-death signal stopped it
    if sig == signal.SIGTERM:
        assert loader.returncode == 143 and err.decode().startswith("kg: terminated"), err.decode()[-2000:]
        assert not folder[0].exists()
    else:
        reap_orphans()
        assert not folder[0].exists()
    assert not list((big / ".kg").glob("gen-*.staging-*")) or sig == signal.SIGKILL
    assert manifest(big)["adopted"] and read_json(big).number_of_nodes() == 20000
    assert manifest(small) == before


def _owner(folder: Path) -> int:
    try:
        return json.loads((folder / "owner.json").read_text())["owner"]
    except (OSError, ValueError):
        return 0


def test_ids_and_text_the_store_cannot_hold(tmp_path):
    """Case 4: an empty id is refused at reading; a NUL reaches the store as a space."""
    path = tmp_path / "c.jsonl"
    lines = [
        {"id": "", "text": "Jepang mengecam Korea Utara."},
        {"id": "n", "text": "Jepang\u0000 mengecam Korea Utara."},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    report = api.build([str(path)], tmp_path / "out")
    assert report.summary.articles == 1 and report.summary.failures[0].error.startswith('no "id"')
    _, rows = api.query_cypher(tmp_path / "out", "MATCH (s:Sentence) RETURN s.text")
    assert rows == [["Jepang  mengecam Korea Utara."]]
    assert read_json(tmp_path / "out").graph["articles"]["n"]["text"].startswith("Jepang\u0000")


def test_a_reader_refuses_a_mismatched_set(small):
    """Case 5: a file of the current generation no longer matches the manifest."""
    ttl = small / "graph.ttl"
    data = ttl.read_bytes()
    os.unlink(ttl.resolve())
    ttl.resolve().write_bytes(data[: len(data) // 2])
    result = subprocess.run(
        [sys.executable, "-m", "kg", "sparql", str(small), "ASK {}"], capture_output=True, text=True
    )
    assert result.returncode == 1 and "does not match its build's manifest" in result.stderr


def test_leftovers_of_an_interrupted_build_are_cleaned(small):
    staging = small / ".kg" / "gen-000099.staging-1"
    staging.mkdir()
    (small / ".graph.ttl.abc.tmp").write_text("")
    api.build([str(EXAMPLE)], small)
    assert not staging.exists() and not (small / ".graph.ttl.abc.tmp").exists()
    assert len(list((small / ".kg").glob("gen-[0-9]*[0-9]"))) == 1


def test_a_type_change_replaces_the_type_label(tmp_path):
    """Case 8: an entity loaded as MISC, then as PERSON, has one type label."""
    import networkx as nx

    from kg.stores.base import load_graph

    def graph(etype):
        g = nx.MultiDiGraph(articles={})
        g.add_node("e1", name="Kota Nusantara", type=etype, aliases=[], wikidata="")
        return g

    with LocalServer(tmp_path) as server:
        store = FalkorStore(server.client())
        load_graph(store, graph("MISC"))
        load_graph(store, graph("PERSON"))
        assert store.query("MATCH (n:Entity) RETURN labels(n)")[1] == [[["Entity", "Person"]]]
        assert store.query("MATCH (n:Thing) RETURN count(n)")[1] == [[0]]


def test_terminal_escapes_are_printed_escaped(tmp_path, capsys):
    """Case 9: article text with ESC sequences, through table and CSV output."""
    path = tmp_path / "e.jsonl"
    path.write_text(json.dumps({"id": "e\u001b[31m", "text": "Jepang\u001b[31m mengecam Korea Utara."}) + "\n")
    api.build([str(path)], tmp_path / "out")
    for fmt in ("table", "csv"):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "kg",
                "query",
                str(tmp_path / "out"),
                "--format",
                fmt,
                "--cypher",
                "MATCH (s:Sentence) RETURN s.article, s.text",
            ],
            capture_output=True,
        )
        assert result.returncode == 0 and b"\x1b" not in result.stdout and b"[31m" in result.stdout
    sparql = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "sparql",
            str(tmp_path / "out"),
            "--format",
            "csv",
            "SELECT ?t WHERE { ?s <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t }",
        ],
        capture_output=True,
    )
    assert sparql.returncode == 0 and b"\x1b" not in sparql.stdout and b"\\x1b[31m" in sparql.stdout
    from kg.tables import print_rows  # a value with raw escapes (from Neo4j, say) is escaped too

    print_rows(["t"], [["a\x1b[2Jb\x9b1m"]], "table")
    assert capsys.readouterr().out == "t\na\\x1b[2Jb\\x9b1m\n"


def test_no_server_outlives_the_tests_own_runs():
    """Every server the kg processes above started is gone (checked by PID: our children)."""
    assert not [p for p in children(os.getpid()) if "redis-server" in Path(f"/proc/{p}/cmdline").read_text()]
