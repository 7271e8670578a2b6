"""Shared fixtures. Tests may read ../shared (seed article, eval data); the
project never needs it at run time.

Set KG_REQUIRE_ALL=1 (CI does) to turn skips for missing Chromium, Node
modules, unshare or ../shared into failures.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_script(path: str, name: str):
    """A script of the project (``scripts/...``, ``benchmarks/...``) as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


# Three small articles and their annotated facts, in the format of ../shared/eval/id_news_train
RELATION_ARTICLES = {
    "t1": "Presiden Joko Widodo mengunjungi Tokyo pada pekan lalu.",
    "t2": "Jepang mengecam Korea Utara. Korut membantah tuduhan itu.",
    "t3": "Ketua KPK Setyo Budiyanto menyampaikan hal itu.",
}


def relation_fact(article, head, relation, tail, **names):
    sentence = RELATION_ARTICLES[article].split(". ")[0]
    return {
        "article": article,
        "sentence": sentence,
        "head": head,
        "head_name": names.get("head_name", head),
        "head_type": "PERSON",
        "relation": relation,
        "tail": tail,
        "tail_name": names.get("tail_name", tail),
        "tail_type": "GPE",
        "trigger": "",
        "role": None,
        "negated": False,
        "hypothetical": False,
    }


@pytest.fixture
def relation_split(tmp_path):
    for aid, text in RELATION_ARTICLES.items():
        (tmp_path / f"{aid}.txt").write_text(text, encoding="utf-8")
    rows = [
        relation_fact("t1", "Joko Widodo", "VISITS", "Tokyo"),
        relation_fact("t2", "Jepang", "CRITICIZES", "Korea Utara"),
        relation_fact("t2", "Jepang", "CRITICIZES", "Korea Utara"),  # stated twice: one fact
        relation_fact("t3", "Setyo Budiyanto", "LEADER_OF", "KPK"),
        relation_fact("t3", "Setyo Budiyanto", "RELATED_TO", "hal itu"),
    ]
    (tmp_path / "facts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path
