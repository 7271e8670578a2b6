"""Shared fixtures. Tests may read ../shared (seed article, eval data); the
project never needs it at run time.

Set KG_REQUIRE_ALL=1 (CI does) to turn skips for missing Chromium, Node
modules, unshare or ../shared into failures.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seeds" / "000_122afc5b818c93bc.txt"
EXAMPLE = ROOT / "examples" / "berita_contoh.txt"
REQUIRE_ALL = os.environ.get("KG_REQUIRE_ALL") == "1"


def need(condition: bool, reason: str) -> None:
    """Skip when a test's tool is missing, or fail when KG_REQUIRE_ALL=1."""
    if condition:
        return
    if REQUIRE_ALL:
        pytest.fail(f"required for this run: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    need(SEED.exists(), f"seed article not found at {SEED}")
    return SEED


@pytest.fixture(scope="session")
def seed_extraction(seed_path):
    from kg.io import read_articles
    from kg.pipeline import extract

    return next(extract(read_articles([str(seed_path)])))


@pytest.fixture(scope="session")
def built(tmp_path_factory, seed_path) -> Path:
    """The seed article plus the bundled example, built once with `kg build`."""
    from kg import api

    out = tmp_path_factory.mktemp("built")
    api.build([str(seed_path), str(EXAMPLE)], out)
    return out


@pytest.fixture(scope="session")
def nlp():
    from kg import registry

    return registry.get("id").nlp


def has_binary(name: str) -> bool:
    return shutil.which(name) is not None
