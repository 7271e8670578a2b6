"""scripts/folds.py's helpers (the fold runs themselves are measured, not tested: ten
minutes of training)."""

import subprocess
import sys

from conftest import load_script


def test_the_worktree_package_is_importable_as_kg_through_links(tmp_path):
    """The links folder makes ``kg``, ``kg.extractors`` and ``kg.queries`` of a checkout
    importable from it, ahead of the installed package."""
    script = load_script("scripts/folds.py", "folds")
    tree = tmp_path / "tree"
    for folder, module in (("kg", "__init__.py"), ("extractors", "__init__.py"), ("queries", "__init__.py")):
        (tree / folder).mkdir(parents=True)
        (tree / folder / module).write_text(f"WHERE = {folder!r}\n")
    path = script.package_links(tree, tmp_path / "path")
    code = "import kg, kg.extractors, kg.queries; print(kg.WHERE, kg.extractors.WHERE, kg.queries.WHERE, kg.__file__)"
    out = subprocess.run([sys.executable, "-c", code], cwd=path, capture_output=True, text=True, check=True).stdout
    assert out.split()[:3] == ["kg", "extractors", "queries"] and out.split()[3].startswith(str(path))


def test_a_score_line_gives_its_true_and_false_counts():
    script = load_script("scripts/folds.py", "folds")
    line = "relations        P=0.772 R=0.378 F1=0.508 (tp=112 fp=33 fn=184) over the schema, 30 articles"
    assert script.counts(line) == "112 / 33"


def test_a_fold_model_leaves_out_its_fold_and_the_dropped_articles():
    script = load_script("scripts/folds.py", "folds")
    assert script.left_out("t061-t090") == "t061-t090"
    assert script.left_out("t061-t090", "t002,t004") == "t061-t090,t002,t004"


def test_a_fold_worktree_has_the_checkouts_changes_and_its_new_files(tmp_path, monkeypatch):
    """The worktree is HEAD with the uncommitted changes, new files not yet added included
    (a new module the changed code imports)."""
    script = load_script("scripts/folds.py", "folds")
    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args):
        subprocess.run(["git", "-c", "user.name=kg", "-c", "user.email=kg@example.org", *args], cwd=repo, check=True)

    git("init", "-q")
    (repo / "a.txt").write_text("old\n")
    git("add", "a.txt")
    git("commit", "-q", "-m", "a")
    (repo / "a.txt").write_text("new\n")
    (repo / "pkg").mkdir()
    (repo / "pkg" / "b.py").write_text("B = 1\n")
    monkeypatch.setattr(script, "ROOT", repo)
    tree = script.worktree(tmp_path / "work", "t001-t030")
    try:
        assert (tree / "a.txt").read_text() == "new\n"
        assert (tree / "pkg" / "b.py").read_text() == "B = 1\n"
    finally:
        git("worktree", "remove", "--force", str(tree))
