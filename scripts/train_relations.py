"""Train the Indonesian relation model shipped in extractors/indonesian/models/relations,
and derive the two lexicons it reads (data/triggers.tsv, data/argument_heads.tsv).

Data: ../shared/eval/id_news_train (detik.com articles with every stated fact annotated,
relation schema v2). Training articles: t001-t100 and t121-t240; the held-out split
t101-t120 and ../shared/eval/id_news_gold are never read here. The regularisation, the
weight of NONE pairs and the probability threshold are chosen on two validation folds of
the training articles (t001-t030 and t121-t150, each left out of its fit in turn), then
the model is fitted on all training articles.

The objective (softmax cross-entropy of the relation, with NONE pairs down-weighted, plus
that of the modality on the pairs that state a fact, plus L2) is minimised with L-BFGS
(scipy); the shipped pipe computes the same model on the same sparse design matrix
(``relation_model.design_matrix``, float32 there, float64 here). A
factored model (``factored`` in config.cfg) has two more heads, each fitted the same way
on its own: stated or not (every pair, NONE weighted 1), and the relation of the pairs
that state one.

Reproducible: deterministic, CPU, same bytes for the same data and config; about 20
minutes on one core. cfg.json keeps a digest of what the fit read (lexicons, labels, every
training pair's features and gold), so ``--check`` tells in a few minutes, without fitting,
whether the shipped weights are this script's fit on today's extractor; a test holds it.

    python scripts/train_relations.py [--data ../shared/eval/id_news_train] [--out DIR]
    python scripts/train_relations.py --check
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy
from scipy import sparse
from scipy.optimize import minimize
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import load_config

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))
from relation_data import aligned_gold, load_docs  # noqa: E402

from kg.extractors.indonesian import candidates, pairs, rulebook  # noqa: E402
from kg.extractors.indonesian.lemmas import lemma  # noqa: E402
from kg.extractors.indonesian.relation_model import (  # noqa: E402
    GOLD_KEY,
    MODALITIES,
    NONE,
    RelationModel,
    design_matrix,
    head_probabilities,
    heads,
    relation_classifier,
    relation_distribution,
    strongest_relation,
)
from kg.gold import in_split, read_relation_facts  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "id_news_train"
MODEL = ROOT / "extractors" / "indonesian" / "models" / "relations"
TRAIN = "t001-t100,t121-t240"
FOLDS = ("t001-t030", "t121-t150")


def lexicons(facts) -> dict[Path, str]:
    """The lexicons the extractor reads, learned from the annotations, by file: trigger
    lemmas, argument head types, nouns taken alone and role words."""
    alone = Counter(w for f in facts for w in (f.head, f.tail) if candidates.SINGLE_WORD.fullmatch(w))
    tables = (
        (pairs.LEXICON, "lemma\trelation\tcount: annotated triggers of the training articles", _triggers(facts)),
        (candidates.HEADS, "head word\ttype\tcount: common-noun heads of annotated arguments", _heads(facts)),
        (
            candidates.SINGLE_WORDS,
            "word\tcount: common nouns annotated alone as an argument",
            [f"{w}\t{n}\n" for w, n in sorted(alone.items())],
        ),
        (rulebook.ROLES, "role words\trelation\tcount: roles of annotated role relations", _roles(facts)),
    )
    return {path: f"# {header} (scripts/train_relations.py)\n" + "".join(rows) for path, header, rows in tables}


def write_lexicons(facts) -> None:
    write_texts(lexicons(facts))


def write_texts(texts: dict[Path, str]) -> None:
    """Write the lexicons (:func:`lexicons`) and drop what the extractor cached of them."""
    for path, text in texts.items():
        path.write_text(text, encoding="utf-8")
    for cached in (pairs.trigger_lexicon, candidates.head_types, candidates.single_words, rulebook.learned_roles):
        cached.cache_clear()


def _triggers(facts) -> list[str]:
    """lemma -> relation, kept when one relation has at least 60% of a lemma's 3 or more uses."""
    by_lemma: dict[str, Counter] = defaultdict(Counter)
    for fact in facts:
        for word in fact.trigger.lower().split():
            if word.isalpha() and len(word) > 2:
                by_lemma[lemma(word)][fact.relation] += 1
    rows = []
    for word, counts in sorted(by_lemma.items()):
        relation, n = counts.most_common(1)[0]
        if n >= 3 and n / sum(counts.values()) >= 0.6:
            rows.append(f"{word}\t{relation}\t{n}\n")
    return rows


def _heads(facts) -> list[str]:
    """head word -> the type of most annotated arguments it heads (twice or more)."""
    heads: dict[str, Counter] = defaultdict(Counter)
    for fact in facts:
        for text, etype in ((fact.head, fact.head_type), (fact.tail, fact.tail_type)):
            words = [w for w in text.split() if w.lower() not in candidates.QUANTIFIERS and not w[:1].isdigit()]
            if words and words[0][:1].islower():
                heads[words[0].lower()][etype] += 1
    return [f"{w}\t{c.most_common(1)[0][0]}\t{c.total()}\n" for w, c in sorted(heads.items()) if c.total() >= 2]


def _roles(facts) -> list[str]:
    """role words -> relation (60% of 2 or more uses), "wakil"/"plt" with the next word."""
    roles: dict[str, Counter] = defaultdict(Counter)
    for fact in facts:
        words = fact.role.lower().split() if fact.role else []
        if words and words[0].isalpha():
            roles[" ".join(words[:2]) if words[0] in ("wakil", "plt") and len(words) > 1 else words[0]][
                fact.relation
            ] += 1
    rows = []
    for role, counts in sorted(roles.items()):
        relation, n = counts.most_common(1)[0]
        if n >= 2 and n / counts.total() >= 0.6 and role not in ("mantan", "eks"):
            rows.append(f"{role}\t{relation}\t{n}\n")
    return rows


def examples_of(docs: dict[str, Doc], facts) -> list[Example]:
    out = []
    for article, doc in sorted(docs.items()):
        reference = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        reference.user_data[GOLD_KEY] = aligned_gold(doc, [f for f in facts if f.article == article])
        out.append(Example(doc, reference))
    return out


class Featurized:
    """Every training pair once: its features, its relation and modality, its article."""

    def __init__(self, pipe: RelationModel, examples: list[Example]) -> None:
        self.examples = examples  # in the order of the pairs (scripts/encoder_pairs.py reads their texts)
        self.features: list[list[str]] = []
        self.articles: list[str] = []
        self.relation: list[int] = []
        self.modality: list[int] = []
        for eg in examples:
            per_doc, feats = pipe.featurize([eg.predicted])
            relation, modality = pipe.gold([eg], per_doc)
            self.features += feats
            self.relation += relation
            self.modality += modality
            self.articles += [eg.predicted.user_data["kg_article"]] * len(feats)

    def rows(self, split: str | None, inside: bool) -> list[int]:
        return [k for k, a in enumerate(self.articles) if split is None or in_split(a, split) == inside]


def fit(
    data: Featurized,
    rows: list[int],
    table: dict[str, int],
    n_labels: int,
    l2: float,
    none_weight: float,
    factored: bool = False,
):
    """(W, b) of every head (relation_model.heads) minimising the objective of the module
    docstring over ``rows``; a factored model's two further heads are fitted apart: stated
    or not (NONE pairs weighted 1) on every row, the relation on the rows that state one."""
    X = design_matrix([data.features[k] for k in rows], table, "float64")
    y = numpy.asarray([data.relation[k] for k in rows])
    m = numpy.asarray([data.modality[k] for k in rows])
    return fit_matrix(X, y, m, n_labels, l2, none_weight, factored)


def fit_matrix(X, y: numpy.ndarray, m: numpy.ndarray, n_labels: int, l2: float, none_weight: float, factored: bool):
    """:func:`fit` over a ready design matrix, relations ``y`` and modalities ``m``."""
    stated = y != 0
    parts = [
        _fit_softmax(X, [(n_labels, y, numpy.where(stated, 1.0, none_weight)), (len(MODALITIES), m, stated * 1.0)], l2)
    ]
    if factored:
        parts.append(_fit_softmax(X, [(2, stated.astype(int), numpy.ones(len(y)))], l2))
        parts.append(_fit_softmax(X[stated], [(n_labels - 1, y[stated] - 1, numpy.ones(int(stated.sum())))], l2))
    return numpy.hstack([W for W, _ in parts]), numpy.concatenate([b for _, b in parts])


def _fit_softmax(X: sparse.csr_matrix, outputs: list[tuple[int, numpy.ndarray, numpy.ndarray]], l2: float):
    """Side-by-side softmax heads (width, target, row weight) over X, by L-BFGS."""
    n, d, width = X.shape[0], X.shape[1], sum(w for w, _, _ in outputs)
    edges = numpy.cumsum([0, *(w for w, _, _ in outputs)])

    def objective(flat):
        W, b = flat[:-width].reshape(d, width), flat[-width:]
        Z = X @ W + b
        loss, G = 0.0, numpy.zeros_like(Z)
        for (_, target, weight), a, z in zip(outputs, edges[:-1], edges[1:], strict=True):
            P = head_probabilities(Z[:, a:z], [z - a])
            loss -= (numpy.log(P[numpy.arange(n), target] + 1e-12) * weight).sum() / n
            P[numpy.arange(n), target] -= 1.0
            G[:, a:z] = P * weight[:, None] / n
        loss += l2 * (W * W).sum() / 2
        return loss, numpy.concatenate([(X.T @ G + l2 * W).ravel(), G.sum(axis=0)])

    result = minimize(objective, numpy.zeros(d * width + width), jac=True, method="L-BFGS-B", options={"maxiter": 300})
    return result.x[:-width].reshape(d, width), result.x[-width:]


def table_of(data: Featurized, rows: list[int], min_count: int) -> dict[str, int]:
    counts = Counter(f for k in rows for f in set(data.features[k]))
    return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}


def pair_scores(data, rows, table, W, b, labels, thresholds, factored, open_only=False) -> dict[float, tuple]:
    """Pair-level micro P/R/F1 over the schema's relations, or over RELATED_TO alone."""
    n = len(labels)
    scores = head_probabilities(
        design_matrix([data.features[k] for k in rows], table, "float64") @ W + b, heads(n, factored)
    )
    P = relation_distribution(scores, n, factored)
    best = strongest_relation(P)
    score = P[numpy.arange(len(P)), best]
    gold = numpy.asarray([data.relation[k] for k in rows])
    open_ = labels.index("RELATED_TO") if "RELATED_TO" in labels else -1
    out = {}
    for t in thresholds:
        keep = (best == open_) if open_only else (best != open_)
        predicted = numpy.where((best != 0) & (score >= t) & keep, best, 0)
        truth = numpy.where((gold == open_) != open_only, 0, gold)
        tp = int(((predicted == truth) & (truth != 0)).sum())
        fp = int(((predicted != 0) & (predicted != truth)).sum())
        fn = int(((truth != 0) & (predicted != truth)).sum())
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        out[t] = (p, r, 2 * p * r / max(p + r, 1e-9))
    return out


def choose(data: Featurized, labels: list[str], settings: dict) -> tuple[float, float, float, float]:
    """(l2, none weight, threshold, open threshold): the best mean validation F1 over the
    folds, over the schema's relations; then the open threshold best for RELATED_TO alone."""
    schema: dict[tuple[float, float, float], list[tuple]] = defaultdict(list)
    open_: dict[tuple[float, float, float], list[tuple]] = defaultdict(list)
    for fold in FOLDS:
        rows, held = data.rows(fold, inside=False), data.rows(fold, inside=True)
        table = table_of(data, rows, settings["min_count"])
        for l2 in settings["l2_choices"]:
            for none_weight in settings["none_weight_choices"]:
                W, b = fit(data, rows, table, len(labels), l2, none_weight, settings["factored"])
                scored = pair_scores(data, held, table, W, b, labels, settings["thresholds"], settings["factored"])
                for t, (p, r, f) in scored.items():
                    schema[(l2, none_weight, t)].append((p, r, f))
                    print(f"fold {fold} l2={l2} none={none_weight} t={t}: schema P {p:.3f} R {r:.3f} F1 {f:.3f}")
                opened = pair_scores(
                    data, held, table, W, b, labels, settings["thresholds"], settings["factored"], True
                )
                for t, prf in opened.items():
                    open_[(l2, none_weight, t)].append(prf)
    l2, none_weight, threshold = max(schema, key=lambda k: numpy.mean([f for *_, f in schema[k]]))
    same = [k for k in open_ if k[:2] == (l2, none_weight)]
    open_threshold = max(same, key=lambda k: numpy.mean([f for *_, f in open_[k]]))[2]
    for name, table_, t in (("schema", schema, threshold), ("RELATED_TO", open_, open_threshold)):
        p, r, f = (numpy.mean([x[i] for x in table_[(l2, none_weight, t)]]) for i in range(3))
        print(f"chosen for {name}: l2={l2} none={none_weight} threshold={t}: mean P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return l2, none_weight, threshold, open_threshold


def training_digest(texts: dict[Path, str], labels: list[str], data: Featurized) -> str:
    """sha256 of all a fit reads besides config.cfg: the lexicons, the labels and, pair by
    pair, its article, features, relation and modality. Kept in cfg.json, so ``--check``
    (and tests/test_relation_training.py) can tell whether the shipped weights are those
    this script fits on this extractor's candidates."""
    digest = hashlib.sha256(json.dumps(labels).encode())
    for path in sorted(texts, key=lambda p: p.name):
        digest.update(f"{path.name}\n{texts[path]}".encode())
    for row in zip(data.articles, data.features, data.relation, data.modality, strict=True):
        digest.update(json.dumps(row, ensure_ascii=False).encode())
    return digest.hexdigest()


def prepare(folder: Path, leave_out: str | None = None, ner: Path | None = None, write: bool = True):
    """(lexicon texts, labels, pipe, featurized pairs) of the training articles of ``folder``;
    ``write`` rewrites the package's lexicons first (features read them)."""
    facts = [f for f in read_relation_facts(folder) if in_split(f.article, TRAIN)]
    facts = [f for f in facts if not (leave_out and in_split(f.article, leave_out))]
    texts = lexicons(facts)
    if write:
        write_texts(texts)
    docs = load_docs(folder, sorted({f.article for f in facts}), ner)
    labels = [NONE, *sorted({f.relation for f in facts})]
    pipe = RelationModel(next(iter(docs.values())).vocab, relation_classifier(), "relations", labels=labels)
    return texts, labels, pipe, Featurized(pipe, examples_of(docs, facts))


def check(folder: Path = DATA, model: Path = MODEL) -> tuple[str, str]:
    """(the digest kept beside the weights, the digest of today's training data)."""
    kept = json.loads((model / "cfg.json").read_text(encoding="utf-8")).get("training_digest", "")
    texts, labels, _, data = prepare(folder, write=False)
    return kept, training_digest(texts, labels, data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--config", type=Path, default=MODEL / "config.cfg")
    parser.add_argument("--check", action="store_true", help="only tell whether the shipped model is this fit")
    parser.add_argument("--leave-out", metavar="IDS", help="also leave these training articles out (experiments)")
    parser.add_argument("--ner", type=Path, help="another NER model than the shipped one (experiments)")
    parser.add_argument("--fixed", metavar="L2,NONE,T,OPEN_T", help="skip the validation folds (experiments)")
    args = parser.parse_args()
    if args.check:
        kept, now = check(args.data)
        print("the shipped model is this script's fit" if kept == now else f"refit needed: {kept} != {now}")
        sys.exit(0 if kept == now else 1)
    settings = load_config(args.config)["training"]
    if args.out != MODEL and args.leave_out:
        print(f"lexicons of {MODEL.parent.parent / 'data'} are rewritten without {args.leave_out}")
    texts, labels, pipe, data = prepare(args.data, args.leave_out, args.ner)
    print(f"{len(data.features):,} candidate pairs, {sum(1 for r in data.relation if r):,} stating a fact")
    if args.fixed:
        l2, none_weight, threshold, open_threshold = (float(x) for x in args.fixed.split(","))
    else:
        l2, none_weight, threshold, open_threshold = choose(data, labels, settings)
        threshold = settings.get("threshold", threshold)  # when chosen end to end on the folds
        open_threshold = settings.get("open_threshold", open_threshold)
    rows = data.rows(None, inside=True)
    table = table_of(data, rows, settings["min_count"])
    pipe.cfg["factored"] = settings["factored"]
    W, b = fit(data, rows, table, len(labels), l2, none_weight, settings["factored"])
    pipe.set_weights(table, W, b)
    pipe.cfg["threshold"], pipe.cfg["open_threshold"] = threshold, open_threshold
    pipe.cfg["label_thresholds"] = dict(sorted(settings.get("label_thresholds", {}).items()))
    pipe.cfg["training_digest"] = training_digest(texts, labels, data)
    pipe.to_disk(args.out)
    print(f"saved {args.out}: {len(table):,} features, {len(labels)} labels")


if __name__ == "__main__":
    main()
