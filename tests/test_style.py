"""The code stays ruff-clean (lint and format), checked with the pinned dev tool, and within
the sizes the developers' guide asks: modules of at most 400 lines, functions of about 30
(a body of at most 40 lines, docstring aside)."""

import ast
import subprocess
import sys

from conftest import ROOT


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_lint_is_clean():
    result = ruff("check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    result = ruff("format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


SOURCES = ("kg", "extractors", "scripts", "benchmarks", "queries")
MODULE_LINES = 400
FUNCTION_LINES = 40


def sources() -> list:
    return sorted(p for d in SOURCES for p in (ROOT / d).rglob("*.py"))


def body_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines of a function's body without its docstring."""
    first = node.body[0]
    docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and len(node.body) > 1
    start = node.body[1].lineno if docstring and isinstance(first.value.value, str) else first.lineno
    return node.end_lineno - start + 1


def test_modules_stay_within_400_lines():
    long = [f"{p.relative_to(ROOT)}: {n}" for p in sources() if (n := len(p.read_text().splitlines())) > MODULE_LINES]
    assert not long, long


def test_functions_stay_short():
    long = []
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and body_lines(node) > FUNCTION_LINES:
                long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({body_lines(node)} lines)")
    assert not long, long
