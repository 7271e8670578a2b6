"""Smoke test of the official neo4j-driver path (Bolt) against FalkorDB's
experimental Bolt endpoint. That endpoint binds every interface, so it runs in
a loopback-only network namespace (`unshare -n`, as root). Neo4j itself is not
available on these registries; this proves our driver code, not Neo4j."""

import json
import os
import subprocess
import sys

from conftest import ROOT, has_binary, need


def test_kg_build_loads_through_the_neo4j_driver():
    need(os.geteuid() == 0 and has_binary("unshare") and has_binary("ip"), "needs root, unshare and ip")
    script = f"ip link set lo up && {sys.executable} {ROOT / 'tests' / 'helpers' / 'bolt_smoke.py'}"
    result = subprocess.run(
        ["unshare", "-n", "sh", "-c", script], capture_output=True, text=True, timeout=300, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    first, second = report["first"], report["second"]
    assert first["rc"] == 0, first["stderr"]
    assert "neo4j:" in first["stdout"]
    assert {"Japan", "North Korea", "Vladimir Putin", "Xi Jinping", "Russia"} <= set(first["names"])
    assert second["rc"] == 0 and second["counts"] == first["counts"]  # idempotent rerun
