"""Train the entity typer shipped in extractors/indonesian/models/entity_types (see
kg.extractors.indonesian.entity_types).

Data: the argument types of ../shared/eval/id_news_train (every annotated fact names its
two arguments by their fullest name and gives their type). An example is a named entity
of the pipeline (without the typer), typed as a person, an organisation or a place, whose
name, an alias or a mention is an annotated argument name of the same article; its label
is the annotated type (PERSON, ORG, GPE, LOC, FACILITY, else OTHER). Training articles
t001-t100 and t121-t240; the held-out split t101-t120 and ../shared/eval/id_news_gold are
never read here. The L2 weight is chosen on two validation folds (t001-t030, t121-t150,
each left out of its fit in turn) by the accuracy of the types the pipeline ends with;
then the model is fitted on all training articles. Softmax regression, L-BFGS (scipy);
deterministic: same bytes for the same data.

    python scripts/train_entity_types.py [--data ../shared/eval/id_news_train] [--out FILE]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy
from scipy import sparse
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).parent))
from relation_data import load_docs  # noqa: E402

from kg.extractors.indonesian.entity_types import (  # noqa: E402
    LABELS,
    MODEL,
    TYPED,
    TypeModel,
    entity_features,
    final_type,
    mentions_by_entity,
)
from kg.gold import in_split, read_relation_facts  # noqa: E402
from kg.ids import name_key  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "id_news_train"
TRAIN = "t001-t100,t121-t240"
FOLDS = ("t001-t030", "t121-t150")
GRID = (0.03, 0.1, 0.3, 1.0)
MIN_COUNT = 2
Example = tuple[str, str, list[str], str]  # article, pipeline type, features, gold label


def gold_types(data: Path, ids: set[str]) -> dict[str, dict[str, str]]:
    """{article: {name key: label}} for the annotated arguments written as names."""
    out: dict[str, dict[str, str]] = {}
    for f in read_relation_facts(data):
        if f.article in ids:
            for name, etype in ((f.head_name, f.head_type), (f.tail_name, f.tail_type)):
                if name[:1].isupper():
                    out.setdefault(f.article, {})[name_key(name)] = etype if etype in LABELS else "OTHER"
    return out


def examples(docs: dict, gold: dict[str, dict[str, str]]) -> list[Example]:
    rows = []
    for article, doc in sorted(docs.items()):
        for eid, spans in sorted(mentions_by_entity(doc).items()):
            entity = doc._.kg_entities[eid]
            if entity.type not in TYPED or any(s.kb_id_ for s in spans):
                continue
            names = [entity.name, *entity.aliases, *(s.text for s in spans)]
            label = next((gold[article][k] for k in map(name_key, names) if k in gold.get(article, {})), None)
            if label is not None:
                rows.append((article, entity.type, entity_features(doc, entity, spans), label))
    return rows


def fit(rows: list[Example], l2: float) -> TypeModel:
    counts = Counter(f for row in rows for f in row[2])
    table = {f: k for k, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
    cells = [(i, table[f]) for i, row in enumerate(rows) for f in row[2] if f in table]
    ones = numpy.ones(len(cells))
    X = sparse.csr_matrix((ones, ([i for i, _ in cells], [j for _, j in cells])), shape=(len(rows), len(table)))
    X = sparse.hstack([X, numpy.ones((len(rows), 1))]).tocsr()
    Y = numpy.zeros((len(rows), len(LABELS)))
    Y[numpy.arange(len(rows)), [LABELS.index(row[3]) for row in rows]] = 1

    def loss(w: numpy.ndarray) -> tuple[float, numpy.ndarray]:
        W = w.reshape(X.shape[1], len(LABELS))
        S = X @ W
        S -= S.max(axis=1, keepdims=True)
        P = numpy.exp(S)
        P /= P.sum(axis=1, keepdims=True)
        value = -numpy.sum(Y * numpy.log(P + 1e-12)) + l2 * numpy.sum(W[:-1] ** 2)
        grad = X.T @ (P - Y)
        grad[:-1] += 2 * l2 * W[:-1]
        return value, numpy.asarray(grad).ravel()

    w0 = numpy.zeros(X.shape[1] * len(LABELS))
    W = minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 500}).x.reshape(X.shape[1], len(LABELS))
    W = numpy.round(W, 4)
    return TypeModel({f: W[k] for f, k in table.items()}, W[-1])


def accuracy(model: TypeModel | None, rows: list[Example]) -> float:
    typed = [row for row in rows if row[3] != "OTHER"]
    right = sum((final_type(model, row[1], row[2]) if model else row[1]) == row[3] for row in typed)
    return right / max(1, len(typed))


def choose(rows: list[Example]) -> float:
    held = {fold: [r for r in rows if in_split(r[0], fold)] for fold in FOLDS}
    rest = {fold: [r for r in rows if not in_split(r[0], fold)] for fold in FOLDS}
    scores = {l2: [accuracy(fit(rest[fold], l2), held[fold]) for fold in FOLDS] for l2 in GRID}
    base = [accuracy(None, held[fold]) for fold in FOLDS]
    print("validation folds, named arguments typed as annotated: pipeline " + " / ".join(f"{x:.3f}" for x in base))
    for l2, acc in scores.items():
        print(f"  L2 {l2}: " + " / ".join(f"{x:.3f}" for x in acc))
    return max(GRID, key=lambda l2: (round(sum(scores[l2]), 6), -l2))


def write(model: TypeModel, path: Path, n: int, l2: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    head = f"# feature\t{chr(9).join(LABELS)}: scripts/train_entity_types.py, {n} entities, L2 {l2}\n"
    lines = ["<bias>\t" + "\t".join(f"{x:g}" for x in model.bias)]
    lines += [f + "\t" + "\t".join(f"{x:g}" for x in w) for f, w in sorted(model.weights.items()) if numpy.any(w)]
    path.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--leave-out", metavar="IDS", help="also leave these training articles out (experiments)")
    args = parser.parse_args()
    ids = {f.article for f in read_relation_facts(args.data) if in_split(f.article, TRAIN)}
    ids = {i for i in ids if not (args.leave_out and in_split(i, args.leave_out))}
    docs = load_docs(args.data, sorted(ids))
    rows = examples(docs, gold_types(args.data, ids))
    print(f"{len(rows)} entities with an annotated type in {len(ids)} articles")
    l2 = choose(rows)
    model = fit(rows, l2)
    write(model, args.out, len(rows), l2)
    print(f"L2 {l2}; {len(model.weights)} features -> {args.out}")


if __name__ == "__main__":
    main()
