"""Every Cypher statement kg emits, and every saved query, passes Neo4j's own linter."""

import json
import subprocess

from conftest import ROOT, has_binary, need

from kg import cypher, queries

JS = ROOT / "tests" / "js"


def lint(statements: list[str]) -> list[list[dict]]:
    need(has_binary("node"), "node is not installed")
    need((JS / "node_modules" / "@neo4j-cypher" / "language-support").exists(), "run: cd tests/js && npm ci")
    result = subprocess.run(
        ["node", str(JS / "lint_cypher.mjs")],
        input=json.dumps(statements),
        capture_output=True,
        text=True,
        check=True,
        timeout=600,  # a guard against a hung node process, not a speed check (about 15 s a call alone)
    )
    return json.loads(result.stdout)


def test_every_statement_and_saved_query_lints_clean():
    statements = cypher.all_statements() + [queries.text(n, "cypher") for n in queries.names()]
    problems = {s: d for s, d in zip(statements, lint(statements), strict=True) if d}
    assert not problems, json.dumps(problems, indent=1)


def test_the_linter_does_catch_errors():
    [diagnostics] = lint(["MATCH (n:Entity RETURN n"])
    assert diagnostics and diagnostics[0]["severity"] == 1


def test_vendored_vis_network_is_the_registry_file():
    need((JS / "node_modules" / "vis-network").exists(), "run: cd tests/js && npm ci")
    shipped = (ROOT / "kg" / "viz" / "static" / "vis-network.min.js").read_bytes()
    registry = (JS / "node_modules" / "vis-network" / "standalone" / "umd" / "vis-network.min.js").read_bytes()
    assert shipped == registry
