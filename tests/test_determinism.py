"""Same input, same bytes: extract output and every built file."""

import subprocess
import sys

from conftest import EXAMPLE


def test_extract_is_byte_identical_across_processes(seed_path):
    cmd = [sys.executable, "-m", "kg", "extract", str(seed_path), str(EXAMPLE)]
    first = subprocess.run(cmd, capture_output=True, check=True).stdout
    second = subprocess.run(cmd, capture_output=True, check=True).stdout
    assert first and first == second


def test_build_files_are_byte_identical(tmp_path, seed_path, built):
    from kg import api

    api.build([str(seed_path), str(EXAMPLE)], tmp_path)
    for name in ("graph.json", "graph.ttl", "graph.html"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name
