"""Per-article fault isolation: one bad or crashing article is reported on one line,
counted and skipped; every other article's facts are still there."""

import json
import subprocess
import sys

import pytest

from kg import api, cli, registry
from kg.model import Article, Extraction, Failure
from kg.pipeline import extract

ARTICLES = {
    "a1": "Jepang mengecam Korea Utara.",
    "poison": "Rusia menjual senjata kepada Iran.",
    "a3": "Presiden Joko Widodo mengunjungi Tokyo.",
}


@pytest.fixture
def poisoned(monkeypatch):
    """The real Indonesian extractor, made to crash on the article whose text has "Rusia"."""
    extractor = registry.get("id")
    real = type(extractor).extract

    def extract_or_crash(self, articles):
        if any("Rusia" in a.text for a in articles):
            raise IndexError("poisoned article")
        return real(self, articles)

    monkeypatch.setattr(type(extractor), "extract", extract_or_crash)
    return extractor


def corpus(tmp_path, extra_lines=()):
    lines = [json.dumps({"id": k, "text": v}) for k, v in ARTICLES.items()] + list(extra_lines)
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def facts(extractions):
    return {(t.subject.name, t.predicate, t.object.name) for ex in extractions for t in ex.triples}


def test_a_crashing_article_costs_only_itself(poisoned):
    items = list(extract([Article(id=k, text=v, lang="id") for k, v in ARTICLES.items()]))
    assert [type(i) for i in items] == [Extraction, Failure, Extraction]
    failure = items[1]
    assert failure.article == "poison" and failure.stage == "extract"
    assert failure.error.startswith("IndexError in extract_or_crash (test_pipeline.py:")
    assert facts(items[::2]) == {("Japan", "CRITICIZES", "North Korea"), ("Joko Widodo", "VISITS", "Tokyo")}


def test_strict_stops_at_the_first_failure(poisoned):
    from kg.errors import ExtractionError

    with pytest.raises(ExtractionError, match="poison: extract failed: IndexError"):
        list(extract([Article(id=k, text=v, lang="id") for k, v in ARTICLES.items()], strict=True))


def test_cli_reports_skips_and_exits_3(poisoned, tmp_path, capsys):
    path = corpus(tmp_path, ["not json", json.dumps({"id": "a5", "text": "Ketua KPK\u0085 mengunjungi Bandung."})])
    status = cli.main(["extract", str(path)])
    captured = capsys.readouterr()
    assert status == 3
    printed = {json.loads(line)["provenance"]["article"] for line in captured.out.splitlines()}
    assert printed == {"a1", "a3", "a5"}  # a5 holds U+0085 inside its text
    err = captured.err.splitlines()
    assert err[0].startswith("kg: skipped poison: extract failed: IndexError in extract_or_crash (test_pipeline.py:")
    assert err[1] == f"kg: skipped {path}:4: read failed: not JSON (Expecting value at column 1)"
    assert err[2].startswith("kg: 3 articles, 2 skipped: poison (IndexError in extract_or_crash")
    assert len(err) == 3


def test_build_keeps_every_other_article(poisoned, tmp_path):
    report = api.build([str(corpus(tmp_path))], tmp_path / "out", local=False)
    assert report.summary.articles == 2 and [f.article for f in report.summary.failures] == ["poison"]
    assert set(json.loads((tmp_path / "out" / "graph.json").read_text())["graph"]["articles"]) == {"a1", "a3"}


def test_cli_strict_exit_status(tmp_path):
    path = corpus(tmp_path, ["not json"])
    result = subprocess.run(
        [sys.executable, "-m", "kg", "extract", "--strict", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1 and "kg: error: " in result.stderr and ":4: read failed: not JSON" in result.stderr
    clean = subprocess.run([sys.executable, "-m", "kg", "extract", str(path)], capture_output=True, text=True)
    assert clean.returncode == 3 and clean.stderr.splitlines()[-1] == "kg: 3 articles, 1 skipped: " + (
        f"{path}:4 (not JSON (Expecting value at column 1))"
    )
