"""The CLI: one-line errors with hints, no tracebacks, documented commands."""

import json
import re
import subprocess
import sys

from conftest import EXAMPLE, ROOT

from kg.cli import cli


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "kg", *args], input=stdin, capture_output=True, check=False)


def assert_one_line_error(result, *words):
    """One error line with a hint, after at most the lines naming the skipped inputs."""
    err = result.stderr.decode()
    assert result.returncode not in (0, 70)
    assert "Traceback" not in err
    *skipped, last = err.splitlines()
    assert last.startswith("kg: error:") and "hint:" in last, err
    assert all(line.startswith("kg: skipped ") for line in skipped), err
    for word in words:
        assert word in err


def test_missing_path(tmp_path):
    assert_one_line_error(run("extract", str(tmp_path / "nope.txt")), "no such file")


def test_binary_and_empty_files(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\x00\xff\x00")
    assert_one_line_error(run("extract", str(tmp_path / "b.txt")), "binary")
    (tmp_path / "e.txt").write_text("   ")
    assert_one_line_error(run("build", str(tmp_path / "e.txt"), "--out", str(tmp_path / "o")), "empty")
    assert not (tmp_path / "o" / "graph.json").exists()


def test_unreachable_neo4j_is_one_line(tmp_path):
    result = run("build", str(EXAMPLE), "--out", str(tmp_path), "--neo4j", "bolt://127.0.0.1:1", "--password", "x")
    assert_one_line_error(result, "cannot reach Neo4j", "bolt://127.0.0.1:1")
    assert (tmp_path / "graph.json").exists()  # files written before the failing load stay whole


def test_query_needs_a_built_folder(tmp_path):
    assert_one_line_error(run("query", str(tmp_path), "--cypher", "RETURN 1"), "kg build")
    assert_one_line_error(run("query", str(tmp_path), "--sparql", "SELECT * WHERE {?s ?p ?o}"), "kg build")


def test_stdin(tmp_path):
    result = run("extract", "-", stdin=b"Jepang mengecam Korea Utara.")
    assert result.returncode == 0 and b'"CRITICIZES"' in result.stdout


def test_build_then_query_export_viz(tmp_path):
    out = tmp_path / "out"
    assert run("build", str(EXAMPLE), "--out", str(out)).returncode == 0
    result = run(
        "query", str(out), "--cypher", "MATCH (n:Person) RETURN n.name AS name ORDER BY name", "--format", "csv"
    )
    assert result.returncode == 0 and b"Lee Jae-myung" in result.stdout
    result = run("query", str(out), "--sparql", f"@{ROOT / 'queries' / 'who_visited_what.sparql'}", "--format", "json")
    assert b'"visitor": "Lee Jae-myung"' in result.stdout
    assert run("export", str(out), "--format", "nt", "-o", str(tmp_path / "g.nt")).returncode == 0
    assert (tmp_path / "g.nt").read_text().count(" .\n") > 10
    assert run("viz", str(out), "-o", str(tmp_path / "v.html")).returncode == 0
    assert run("load", str(out)).returncode == 0


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert re.search(rf"`kg {name}\b", readme), f"README does not document `kg {name}`"
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt not in ("--help",):
                    assert opt in readme, f"README does not mention {opt} of kg {name}"


def test_every_command_the_readme_names_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`kg ([a-z]+)\b", readme))
    assert named and named <= set(cli.commands), f"README names missing commands: {named - set(cli.commands)}"


def test_eval_scores_entities_and_explains_missing_arguments(tmp_path):
    gold = tmp_path / "gold.jsonl"
    text = "Presiden Joko Widodo mengunjungi Surabaya ."
    gold.write_text(
        json.dumps(
            {
                "id": "s1",
                "text": text,
                "entities": [
                    {"start": 9, "end": 20, "type": "PER", "text": "Joko Widodo"},
                    {"start": 33, "end": 41, "type": "LOC", "text": "Surabaya"},
                ],
            }
        )
        + "\n"
    )
    result = run("eval", "--entities", str(gold))
    assert result.returncode == 0 and b"entities ALL" in result.stdout and b"tp=" in result.stdout
    gold.write_text(gold.read_text().replace('"end": 41, "type": "LOC"', '"end": 41, "type": "ORG"'))
    shown = run("eval", "--entities", str(gold), "--show-errors").stdout.decode()
    assert "  missed: s1: 'Surabaya' ORG" in shown and "  wrong: s1: 'Surabaya' LOC" in shown, shown
    result = run("eval")
    assert result.returncode != 0 and b"Traceback" not in result.stderr and b"hint" in result.stderr


def test_english_articles_are_detected_and_not_mangled():
    stdin = b'{"id": "en", "text": "North Korea sells weapons to Russia, officials said on Monday."}\n'
    stdin += b'{"id": "id", "text": "Korea Utara menjual senjata ke Rusia."}\n'
    result = run("extract", "-", stdin=stdin)
    assert result.returncode == 0
    assert result.stderr.decode().strip() == "kg: warning: article 'en' is in 'en'; no extractor for it"
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines and {fact["provenance"]["article"] for fact in lines} == {"id"}


def test_an_article_too_long_for_the_pipeline_is_a_clear_error(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(("Jepang mengecam Korea Utara. " * 40_000), encoding="utf-8")  # 1.16M characters
    assert_one_line_error(run("extract", str(path)), "over the 1,000,000 limit", "split it")
    path.with_name("ok.txt").write_text("Jepang mengecam Korea Utara.", encoding="utf-8")
    result = run("extract", str(path), str(path.with_name("ok.txt")))  # the other article still extracts
    assert result.returncode == 3 and b"CRITICIZES" in result.stdout


def test_bad_values_and_damaged_files_are_one_line_errors(tmp_path, built):
    assert_one_line_error(run("extract", "--min-confidence", "nan", str(EXAMPLE)), "between 0 and 1")
    assert_one_line_error(run("export", str(built), "-o", str(tmp_path / "x.ttl"), "--base-iri", "http://a b/"), "IRI")
    assert_one_line_error(run("load", str(built), "--neo4j", "http://127.0.0.1:7474"), "not a Neo4j Bolt address")
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    ttl = (built / "graph.ttl").read_bytes()
    (damaged / "graph.ttl").write_bytes(ttl[: len(ttl) // 2])
    assert_one_line_error(run("sparql", str(damaged), "SELECT * WHERE { ?s ?p ?o }"), "damaged or incomplete")
    assert_one_line_error(run("query", str(damaged), "--sparql", "SELECT * WHERE { ?s ?p ?o }"), "damaged")
    shapes = ('{"graph": {}, "nodes": [], "edges": []}', '{"graph": {"format": 2}, "nodes": [1], "edges": []}', "[]")
    for shape in shapes:
        (damaged / "graph.json").write_text(shape)
        assert_one_line_error(run("viz", str(damaged), "-o", str(tmp_path / "v.html")), "not a kg graph file")
    (damaged / "graph.json").write_text('{"graph": {"format": 99}, "nodes": [], "edges": []}')
    assert_one_line_error(run("export", str(damaged), "-o", str(tmp_path / "g.nt")), "newer than")


def test_a_port_in_use_is_one_line(built):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert_one_line_error(run("serve", str(built), "--port", str(port)), f"port {port}", "already in use")


def test_a_full_disk_is_one_line(tmp_path, monkeypatch):
    import errno

    from kg.errors import OutputError
    from kg.files import write_text

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.replace", full)
    try:
        write_text(tmp_path / "a.txt", "x")
    except OutputError as exc:
        assert "the disk is full" in exc.message and exc.hint
    else:
        raise AssertionError("no OutputError")
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone too


def test_build_progress_covers_every_step(tmp_path):
    result = run("build", str(EXAMPLE), "--out", str(tmp_path / "o"), "--progress")
    err = result.stderr.decode()
    assert result.returncode == 0, err
    steps = ("extracting", "building the graph", "graph.json", "graph.ttl", "graph.html", "loading the local store")
    assert all(step in err for step in steps), err


def test_a_sigterm_whose_exception_python_dropped_still_ends_the_run_as_terminated(monkeypatch, capsys):
    """Python drops an exception raised in a finalizer; a SIGTERM handled there must not be lost."""
    import contextlib
    import signal

    from kg import cli as kg_cli

    def swallowed(**kwargs):
        with contextlib.suppress(kg_cli.Terminated):  # what Python does with one raised inside __del__
            kg_cli._on_sigterm(signal.SIGTERM, None)
        return 0

    monkeypatch.setattr(kg_cli.cli, "main", swallowed)
    assert kg_cli.main([]) == 143
    assert capsys.readouterr().err.startswith("kg: terminated as the command finished")
    monkeypatch.undo()
    assert kg_cli.main(["--version"]) == 0  # the next run starts with no signal noted


def test_a_sigterm_whose_exception_python_dropped_stops_a_load_at_the_next_batch():
    """The load does not go on to its end after such a signal (a unit test of the batch
    loop: the store records what it is sent; the real store's load is in test_store_safety)."""
    import pytest

    from kg import errors
    from kg.stores.base import send

    class Recorder:
        def __init__(self) -> None:
            self.batches: list[list] = []

        def write(self, statement, rows) -> None:
            self.batches.append(rows)
            errors.TERMINATED.append(15)  # the signal came while this batch was sent, its exception lost

    store = Recorder()
    try:
        with pytest.raises(errors.Terminated):
            send(store, [("MERGE (n)", [{"id": i} for i in range(10)])], batch_size=2)
    finally:
        errors.TERMINATED.clear()
    assert len(store.batches) == 1
