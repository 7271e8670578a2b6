"""Parallel and Dask extraction give the bytes of one process; appending gives the graph
of one build; a failing article on a worker is reported and skipped like at home."""

import shutil
import subprocess
import sys

import pytest
from conftest import SHARED, need

from kg import api
from kg.errors import InputError

GOLD = SHARED / "eval" / "id_news_gold"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    need(GOLD.exists(), f"{GOLD} not found")
    root = tmp_path_factory.mktemp("corpus")
    for part, names in (("a", ["d01", "d02", "d03"]), ("b", ["d04", "d05", "d06"])):
        (root / part).mkdir()
        for name in names:
            shutil.copy(GOLD / f"{name}.txt", root / part / f"{name}.txt")
    return root


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, check=False)


def test_jobs_and_dask_give_the_bytes_of_one_process(corpus, tmp_path):
    one = kg("build", str(corpus / "a"), str(corpus / "b"), "--out", str(tmp_path / "one"), "--no-progress")
    two = kg("build", str(corpus / "a"), str(corpus / "b"), "--out", str(tmp_path / "two"), "-j", "2")
    dask = kg(
        "build", str(corpus / "a"), str(corpus / "b"), "--out", str(tmp_path / "dask"), "-j", "2", "--dask", "local"
    )
    for result in (one, two, dask):
        assert result.returncode == 0, result.stderr.decode()
    reference = (tmp_path / "one" / "graph.json").read_bytes()
    assert (tmp_path / "two" / "graph.json").read_bytes() == reference
    assert (tmp_path / "dask" / "graph.json").read_bytes() == reference
    extracted = kg("extract", str(corpus / "a"), "-j", "2")
    assert extracted.stdout == kg("extract", str(corpus / "a")).stdout and extracted.stdout


def test_a_failing_article_on_a_worker_is_skipped_and_reported(corpus, tmp_path):
    (tmp_path / "long.txt").write_text("Jepang mengecam Korea Utara. " * 40_000, encoding="utf-8")
    result = kg("extract", str(tmp_path / "long.txt"), str(corpus / "a"), "-j", "2")
    assert result.returncode == 3 and b"long: extract failed" in result.stderr and b"CRITICIZES" in result.stdout


def test_append_gives_the_graph_of_one_build_and_twice_changes_nothing(corpus, tmp_path):
    out, full = tmp_path / "out", tmp_path / "full"
    api.build([str(corpus / "a")], out, local=False)
    report = api.build([str(corpus / "b")], out, local=False, append=True)
    assert (report.appending.new, report.appending.unchanged) == (3, 0)
    api.build([str(corpus / "a"), str(corpus / "b")], full, local=False)
    assert (out / "graph.json").read_bytes() == (full / "graph.json").read_bytes()
    again = api.build([str(corpus / "b")], out, local=False, append=True)
    assert (again.appending.new, again.appending.unchanged) == (0, 3)
    assert (out / "graph.json").read_bytes() == (full / "graph.json").read_bytes()


def test_an_append_after_an_extractor_upgrade_extracts_the_kept_articles_again(corpus, tmp_path, monkeypatch):
    from kg import cache, outdir, registry

    out, full = tmp_path / "out", tmp_path / "full"
    with monkeypatch.context() as old_kg:  # A was built by another version of the extractor
        old_kg.setattr(registry, "versions", lambda: ("id=kg.id_rules.v0",))
        api.build([str(corpus / "a")], out, local=False)
    assert {tuple(row["extractors"]) for row in cache.read(outdir.previous(out))} == {("id=kg.id_rules.v0",)}
    report = api.build([str(corpus / "b")], out, local=False, append=True)
    assert (report.appending.new, report.appending.upgraded) == (3, 3)
    assert {tuple(row["extractors"]) for row in cache.read(outdir.previous(out))} == {registry.versions()}
    assert registry.versions() == (f"id={registry.get('id').name}",)
    api.build([str(corpus / "a"), str(corpus / "b")], full, local=False)
    assert (out / "graph.json").read_bytes() == (full / "graph.json").read_bytes()
    again = api.build([str(corpus / "b")], out, local=False, append=True)
    assert (again.appending.new, again.appending.unchanged, again.appending.upgraded) == (0, 3, 0)


def test_a_build_kept_before_kg_recorded_extractor_versions_is_extracted_again(corpus, tmp_path):
    from kg import cache, outdir

    out = tmp_path / "out"
    assert kg("build", str(corpus / "a"), "--out", str(out), "--no-progress").returncode == 0
    rows = [{k: v for k, v in row.items() if k != "extractors"} for row in cache.read(outdir.previous(out))]
    with cache.Writer(outdir.previous(out)) as writer:  # as an older kg wrote it
        for row in rows:
            writer.add(row)
    result = kg("build", str(corpus / "b"), "--out", str(out), "--append", "--no-progress")
    assert result.returncode == 0, result.stderr.decode()
    assert b"appended: 3 articles extracted (0 replaced), 0 unchanged" in result.stdout
    assert b"3 kept articles extracted again: kg's extractors changed since they were built" in result.stdout


def test_a_changed_article_replaces_its_old_facts(corpus, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "x.txt").write_text("Jepang mengecam Korea Utara.", encoding="utf-8")
    api.build([str(folder)], tmp_path / "out", local=False)
    (folder / "x.txt").write_text("Jepang mengunjungi Korea Selatan.", encoding="utf-8")
    report = api.build([str(folder)], tmp_path / "out", local=False, append=True)
    assert report.appending.replaced == 1
    from kg.graph import read_json

    facts = {(u, k, v) for u, v, k in read_json(tmp_path / "out").edges(keys=True)}
    assert len(facts) == 1 and next(iter(facts))[1] == "VISITS"


def test_append_needs_a_build_and_dask_a_scheduler(corpus, tmp_path):
    with pytest.raises(InputError, match="nothing to append to"):
        api.build([str(corpus / "a")], tmp_path / "none", local=False, append=True)
    result = kg("extract", str(corpus / "a"), "--dask", "bogus")
    assert result.returncode != 0 and b"neither 'local' nor a scheduler address" in result.stderr


def test_an_append_loads_only_the_changed_rows_into_a_real_store(corpus, tmp_path):
    from kg.stores.base import counts, load_graph
    from kg.stores.changes import load_changes
    from kg.stores.falkordb import local_store

    folder = tmp_path / "articles"
    shutil.copytree(corpus / "a", folder)
    before = api.build_from([str(folder)])
    (folder / "x.txt").write_text("Jepang mengecam Korea Utara.", encoding="utf-8")
    middle = api.build_from([str(folder)])
    (folder / "x.txt").write_text("Jepang mengunjungi Korea Selatan.", encoding="utf-8")
    after = api.build_from([str(folder)])
    with local_store(tmp_path / "fresh", fresh=True) as store:
        full = load_graph(store, after)
        expected = counts(store)
        _, facts = store.query("MATCH ()-[r]->() WHERE type(r) IN ['VISITS', 'CRITICIZES'] RETURN type(r)", write=False)
    with local_store(tmp_path / "inc", fresh=True) as store:
        load_graph(store, before)
        load_changes(store, before, middle, 1000)
        report = load_changes(store, middle, after, 1000)
        assert counts(store) == expected and report.rows < full.rows / 5
        _, got = store.query("MATCH ()-[r]->() WHERE type(r) IN ['VISITS', 'CRITICIZES'] RETURN type(r)", write=False)
        assert sorted(got) == sorted(facts)
        gone = "MATCH (:Entity {name: 'Japan'})-[r:CRITICIZES]->(:Entity {name: 'North Korea'}) RETURN count(r)"
        assert store.query(gone, write=False)[1] == [[0]]
