"""The validation-fold figures of docs/relations.md: each fold of the training articles
(t001-t030 and t121-t150) is scored end to end by the current code with a relation model
and lexicons fitted without it.

    python scripts/folds.py [--data ../shared/eval/id_news_train] [--work DIR] [--keep]
                            [--folds t001-t030,t121-t150]

The default folds are the ones whose errors were read while writing the rules (they
flatter the extractor); ``--folds t061-t090,t211-t240`` scores two fresher ones, whose
errors no session read one by one (docs/relations.md, forty-first session).

For each fold, a git worktree of HEAD (with the working tree's uncommitted changes
applied) is made under ``--work``; ``scripts/train_relations.py --leave-out FOLD --fixed
L2,NONE,T,OPEN_T`` rewrites that worktree's lexicons without the fold and fits its model
(the shipped settings; about 5 minutes a fold, the two folds side by side); then ``kg eval
--relations DATA --split FOLD`` runs on the worktree's code. The worktree's package is put
first on ``PYTHONPATH`` through a folder of links (``kg`` with ``extractors`` and
``queries`` inside, as the installed package maps them), so the installed kg is not touched.
Prints the two score lines of each fold and a summary line (schema tp / fp; with
RELATED_TO), the form of the tables in docs/relations.md. Worktrees are removed unless
``--keep``. ``--drop IDS`` leaves these training articles out of every fold model too (a
learning curve: the same folds scored by models fitted on less data).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "id_news_train"
FOLDS = ("t001-t030", "t121-t150")
SHIPPED = "3e-05,0.2,0.25,0.2"  # l2, NONE weight, threshold, open threshold (models/relations)


def worktree(work: Path, fold: str) -> Path:
    """A worktree of HEAD at ``work/fold`` with the uncommitted changes of the checkout,
    new files not yet added to git included."""
    tree = work / fold
    subprocess.run(["git", "worktree", "add", "--detach", "-q", str(tree), "HEAD"], cwd=ROOT, check=True)
    diff = subprocess.run(["git", "diff", "HEAD", "--binary"], cwd=ROOT, check=True, capture_output=True).stdout
    if diff:
        subprocess.run(["git", "apply", "--whitespace=nowarn"], cwd=tree, input=diff, check=True)
    untracked = subprocess.run(
        ["git", "ls-files", "--others", "--exclude-standard", "-z"], cwd=ROOT, check=True, capture_output=True
    ).stdout.decode()
    for name in filter(None, untracked.split("\0")):
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tree / name)
    return tree


def package_links(tree: Path, into: Path) -> Path:
    """``into/kg`` holding links to the worktree's ``kg`` modules and its ``extractors`` and
    ``queries`` as ``kg.extractors`` and ``kg.queries``; ``into`` goes on PYTHONPATH."""
    kg = into / "kg"
    kg.mkdir(parents=True)
    for item in (tree / "kg").iterdir():
        (kg / item.name).symlink_to(item)
    for name in ("extractors", "queries"):
        (kg / name).symlink_to(tree / name)
    return into


def train(tree: Path, path: Path, fold: str, data: Path, fixed: str, drop: str = "") -> subprocess.Popen:
    model = tree / "extractors" / "indonesian" / "models" / "relations"
    args = [sys.executable, "scripts/train_relations.py", "--data", str(data), "--leave-out", left_out(fold, drop)]
    args += ["--fixed", fixed, "--out", str(model)]
    env = {**os.environ, "PYTHONPATH": str(path)}
    return subprocess.Popen(args, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def left_out(fold: str, drop: str = "") -> str:
    """The articles a fold model is fitted without: the fold, and ``drop`` (``--drop``)."""
    return f"{fold},{drop}" if drop else fold


def score(path: Path, fold: str, data: Path) -> list[str]:
    """The schema line and the with-RELATED_TO line of ``kg eval --relations``."""
    env = {**os.environ, "PYTHONPATH": str(path)}
    args = [sys.executable, "-m", "kg", "eval", "--relations", str(data), "--split", fold]
    run = subprocess.run(args, cwd=path, env=env, capture_output=True, text=True)
    if run.returncode:
        raise SystemExit(f"{fold}: kg eval failed\n{run.stderr[-2000:]}")
    out = run.stdout
    return [line for line in out.splitlines() if line.startswith(("relations ", "with RELATED_TO"))]


def counts(line: str) -> str:
    """ "tp / fp" of a score line."""
    fields = dict(part.split("=") for part in line.split("(")[1].split(")")[0].split())
    return f"{fields['tp']} / {fields['fp']}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--work", type=Path, help="where the worktrees go (default: a temporary folder)")
    parser.add_argument("--fixed", default=SHIPPED, help="L2,NONE,T,OPEN_T of the fold models")
    parser.add_argument("--keep", action="store_true", help="keep the worktrees and their fold models")
    parser.add_argument("--folds", default=",".join(FOLDS), help="the folds, comma-separated (default %(default)s)")
    parser.add_argument("--drop", default="", metavar="IDS", help="articles left out of every fold model too")
    args = parser.parse_args()
    folds = tuple(args.folds.split(","))
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-folds-"))
    trees = {fold: worktree(work, fold) for fold in folds}
    try:
        paths = {fold: package_links(trees[fold], work / f"{fold}.path") for fold in folds}
        data = args.data.resolve()
        jobs = {fold: train(trees[fold], paths[fold], fold, data, args.fixed, args.drop) for fold in folds}
        for fold, job in jobs.items():
            _, err = job.communicate()
            if job.returncode:
                raise SystemExit(f"{fold}: training failed\n{err.decode()[-2000:]}")
        lines = {fold: score(paths[fold], fold, args.data.resolve()) for fold in folds}
        for fold in folds:
            print(fold, *lines[fold], sep="\n  ")
        schema = "; ".join(counts(lines[f][0]) for f in folds)
        print(f"folds (schema tp / fp; with RELATED_TO): {schema} | {'; '.join(counts(lines[f][1]) for f in folds)}")
    finally:
        if not args.keep:
            for tree in trees.values():
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)


if __name__ == "__main__":
    main()
