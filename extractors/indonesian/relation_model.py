"""The trained relation component: every candidate pair of a sentence (see
:mod:`kg.extractors.indonesian.pairs`) labelled with a relation of the schema,
RELATED_TO or NONE, and with its modality (plain, negated, hypothetical), learned from
the exhaustive relation annotations by ``scripts/train_relations.py``.

Model (``kg.RelationClassifier.v1``): a linear model over the pair's feature strings
(the features seen at least three times in training, each counted as often as it occurs,
in training and here alike) with softmax heads side by side (:func:`heads`): the
relation, the modality, and, in a factored model (``cfg["factored"]``, since extractor
v16), whether the pair states a fact at all and which relation if it does. The
detector's weights are shared by every relation, so what marks a stated fact (a verb
between subject and object, the distance, ...) is learned from all of them at once.
Measured against a hashed-embedding network and a hashed sparse-linear layer on the same
features, it was the best on validation articles (see docs/relations.md), it is small
(weights stored as float16) and fast.

:class:`RelationModel` writes ``doc._.kg_pairs``: a list of :class:`Pair`, the pairs
whose most probable relation (NONE aside) has a probability of at least ``threshold``
(``open_threshold`` for RELATED_TO, ``label_thresholds[label]`` for a relation given its
own); in a factored model that probability is the mean of the relation head's and of P(stated) x
P(relation | stated) (:func:`relation_distribution`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy
from scipy import sparse
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry
from spacy.vocab import Vocab
from thinc.api import Model
from thinc.types import Floats2d

from kg.errors import ExtractionError, OutputError
from kg.extractors.indonesian.pairs import Candidate, TokenView, candidates_by_sentence, features, pairs
from kg.model import OPEN_RELATION

NONE = "NONE"
MODALITIES = ("plain", "negated", "hypothetical")
GOLD_KEY = "kg_gold_pairs"  # on a reference Doc: {(head start, head end, tail start, tail end): (label, modality)}
Instance = tuple[Span, Candidate, Candidate, list[Candidate]]


@dataclass(frozen=True)
class Pair:
    head: Candidate
    tail: Candidate
    label: str
    score: float
    modality: str
    sentence: Span


@registry.architectures("kg.RelationClassifier.v1")
def relation_classifier() -> Model[list[list[str]], Floats2d]:
    """Feature strings -> the softmax heads side by side (:func:`heads`); the feature table,
    the labels and the heads are set by :meth:`RelationModel.initialize` or loaded from disk."""
    return Model(
        "feature_linear", _forward, attrs={"features": {}, "n_labels": 0, "heads": []}, params={"W": None, "b": None}
    )


def heads(n_labels: int, factored: bool) -> list[int]:
    """The widths of the softmax heads, in column order: relation (NONE first), modality,
    and when factored, stated (no, yes) and relation given stated (the labels after NONE)."""
    return [n_labels, len(MODALITIES), *([2, n_labels - 1] if factored else [])]


def relation_distribution(scores: numpy.ndarray, n_labels: int, factored: bool) -> numpy.ndarray:
    """P(label) over the labels (NONE first) for each row of the model's output."""
    joint = scores[:, :n_labels]
    if not factored:
        return joint
    at = n_labels + len(MODALITIES)
    stated = scores[:, at + 1 : at + 2]
    chained = numpy.concatenate([1.0 - stated, stated * scores[:, at + 2 :]], axis=1)
    return (joint + chained) / 2


def feature_indices(feats: list[str], table: dict[str, int]) -> list[int]:
    """The model's encoding of a pair, shared with training's design matrix: the indices of
    its known features, a feature as often as it occurs (a word twice between the
    arguments, twice), sorted."""
    found = [i for i in map(table.get, feats) if i is not None]
    found.sort()
    return found


def design_matrix(feats: list[list[str]], table: dict[str, int], dtype: str = "float32") -> sparse.csr_matrix:
    """The pairs' rows of feature counts (:func:`feature_indices`), as a sparse matrix."""
    indices: list[int] = []
    pointers = [0]
    for row in feats:
        indices += feature_indices(row, table)
        pointers.append(len(indices))
    ones = numpy.ones(len(indices), dtype=dtype)
    return sparse.csr_matrix((ones, indices, pointers), shape=(len(feats), len(table)))


def _forward(model: Model, X: list[list[str]], is_train: bool):
    W, b = model.get_param("W"), model.get_param("b")
    matrix = design_matrix(X, model.attrs["features"], W.dtype)
    probs = head_probabilities(matrix @ W + b, model.attrs["heads"])

    def backprop(d_probs: Floats2d) -> list[list[str]]:
        # d_probs is the gradient of each head's softmax cross-entropy w.r.t. its logits (probs - target)
        model.inc_grad("W", numpy.asarray(matrix.T @ d_probs, dtype=W.dtype))
        model.inc_grad("b", d_probs.sum(axis=0))
        return X

    return probs.astype("float32"), backprop


def strongest_relation(distribution: numpy.ndarray) -> numpy.ndarray:
    """The index of each row's most probable label other than NONE (column 0): the pair
    states it when its probability reaches the threshold, whatever P(NONE) is."""
    return distribution[:, 1:].argmax(axis=1) + 1 if len(distribution) else numpy.zeros(0, dtype=int)


def head_probabilities(logits: numpy.ndarray, widths: list[int]) -> numpy.ndarray:
    """Each head's softmax over its own columns (widths as :func:`heads` gives them)."""
    edges = numpy.cumsum([0, *widths])
    return numpy.concatenate([_softmax(logits[:, a:z]) for a, z in zip(edges[:-1], edges[1:], strict=True)], axis=1)


def _softmax(z: numpy.ndarray) -> numpy.ndarray:
    if not z.shape[1]:
        return z
    z = z - z.max(axis=1, keepdims=True)
    e = numpy.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class RelationModel(TrainablePipe):
    def __init__(
        self, vocab: Vocab, model: Model, name: str = "relations", *, labels: Iterable[str] = (), threshold: float = 0.5
    ) -> None:
        self.vocab = vocab
        self.model = model
        self.name = name
        # threshold: of the schema's relations; open_threshold: of RELATED_TO (chosen apart: the
        # schema's precision is measured, the open facts feed recall and the graph's breadth)
        self.cfg = {"labels": list(labels), "threshold": threshold, "open_threshold": threshold, "factored": False}

    @property
    def labels(self) -> list[str]:
        return self.cfg["labels"]

    def needed(self, label: str) -> float:
        """The probability a pair's strongest relation ``label`` needs to be kept."""
        own = self.cfg.get("label_thresholds", {}).get(label)
        if own is not None:
            return own
        return self.cfg["open_threshold"] if label == OPEN_RELATION else self.cfg["threshold"]

    @property
    def ready(self) -> bool:
        return bool(self.model.has_param("W"))

    def instances(self, doc: Doc) -> list[Instance]:
        found = []
        sents = list(doc.sents)
        by_sentence = candidates_by_sentence(doc, sents)
        for sent in sents:
            cands = by_sentence.get(sent.start, [])
            found += [(sent, a, b, cands) for a, b in pairs(cands)]
        return found

    def featurize(self, docs: Iterable[Doc]) -> tuple[list[list[Instance]], list[list[str]]]:
        per_doc, feats = [], []
        for doc in docs:
            found = self.instances(doc)
            per_doc.append(found)
            view = TokenView(doc)
            feats += [features(doc, sent, a, b, cands, view) for sent, a, b, cands in found]
        return per_doc, feats

    def predict(self, docs: Iterable[Doc]):
        per_doc, feats = self.featurize(docs)
        if not feats or not self.ready:
            return per_doc, numpy.zeros((0, sum(heads(len(self.labels), self.cfg["factored"]))), dtype="f")
        return per_doc, self.model.predict(feats)

    def set_annotations(self, docs: Iterable[Doc], predictions) -> None:
        per_doc, scores = predictions
        n = len(self.labels)
        relation = relation_distribution(scores, n, self.cfg["factored"])
        best = strongest_relation(relation)
        modality = scores[:, n : n + len(MODALITIES)].argmax(axis=1) if len(scores) else best
        k = 0
        for doc, found in zip(docs, per_doc, strict=True):
            kept = []
            for sent, a, b, _ in found[: max(len(scores) - k, 0)]:
                label, score = self.labels[best[k]], float(relation[k, best[k]])
                if score >= self.needed(label):  # never NONE (strongest_relation)
                    kept.append(Pair(a, b, label, score, MODALITIES[int(modality[k])], sent))
                k += 1
            doc._.kg_pairs = kept

    def update(
        self,
        examples: Iterable[Example],
        *,
        drop: float = 0.0,
        sgd=None,
        losses: dict[str, float] | None = None,
    ) -> dict[str, float]:
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        examples = list(examples)
        per_doc, feats = self.featurize(eg.predicted for eg in examples)
        if not feats:
            return losses
        scores, backprop = self.model.begin_update(feats)
        loss, gradient = self.get_loss(examples, (per_doc, scores))
        backprop(gradient)
        if sgd is not None:
            self.finish_update(sgd)
        losses[self.name] += loss
        return losses

    def gold(self, examples: Iterable[Example], per_doc) -> tuple[list[int], list[int]]:
        index = {label: i for i, label in enumerate(self.labels)}
        relation, modality = [], []
        for eg, found in zip(examples, per_doc, strict=True):
            gold = eg.reference.user_data.get(GOLD_KEY, {})
            for _, a, b, _ in found:
                label, mod = gold.get((a.start, a.end, b.start, b.end), (NONE, "plain"))
                relation.append(index.get(label, index[NONE]))
                modality.append(MODALITIES.index(mod))
        return relation, modality

    def get_loss(self, examples: Iterable[Example], predictions) -> tuple[float, Floats2d]:
        """Softmax cross-entropy on every head (:func:`heads`): the modality and the relation
        given stated only for pairs that state a fact."""
        per_doc, scores = predictions
        relation, modality = (numpy.asarray(x) for x in self.gold(examples, per_doc))
        n, rows = len(self.labels), numpy.arange(len(relation))
        stated = relation != self.labels.index(NONE)
        at = n + len(MODALITIES)
        target, weight = numpy.zeros_like(scores), numpy.ones_like(scores)
        target[rows, relation] = 1.0
        target[rows, n + modality] = 1.0
        weight[:, n:at] *= stated[:, None]
        if self.cfg["factored"]:
            target[rows, at + stated.astype(int)] = 1.0
            target[rows[stated], at + 1 + relation[stated]] = 1.0
            weight[:, at + 2 :] *= stated[:, None]
        gradient = (scores - target) * weight / len(relation)
        loss = float(-(numpy.log(numpy.clip(scores, 1e-9, 1.0)) * target * weight).sum() / len(relation))
        return loss, gradient

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None, labels=None, min_count=3
    ) -> None:
        """The labels and the feature table (features seen at least ``min_count`` times)."""
        from collections import Counter

        if labels is not None:
            self.cfg["labels"] = [NONE, *sorted(set(labels) - {NONE})]
        counts: Counter[str] = Counter()
        for eg in get_examples():
            for feats in self.featurize([eg.predicted])[1]:
                counts.update(set(feats))
        table = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
        width = sum(heads(len(self.labels), self.cfg["factored"]))
        self.set_weights(table, numpy.zeros((len(table), width), dtype="f"))

    def set_weights(self, table: dict[str, int], weights: numpy.ndarray, bias: numpy.ndarray | None = None) -> None:
        """The feature table and the weights of every head (:func:`heads`, by ``cfg["factored"]``)."""
        widths = heads(len(self.labels), self.cfg["factored"])
        width = sum(widths)
        if weights.shape != (len(table), width):
            raise ExtractionError(f"relation model: weights of shape {weights.shape}, expected {(len(table), width)}")
        self.model.attrs["features"] = table
        self.model.attrs["n_labels"] = len(self.labels)
        self.model.attrs["heads"] = widths
        self.model.set_param("W", weights.astype("f"))
        self.model.set_param("b", numpy.zeros((width,), dtype="f") if bias is None else bias.astype("f"))

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """cfg.json, features.txt (one per row) and weights.npz (float16)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "cfg.json").write_text(json.dumps(self.cfg, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        table = self.model.attrs["features"]
        ordered = sorted(table, key=table.get)
        if broken := next((f for f in ordered if "\n" in f or "\r" in f), None):  # one feature per line
            raise OutputError(f"relation model: the feature {broken!r} holds a line break (features.txt: one per line)")
        (path / "features.txt").write_text("".join(f + "\n" for f in ordered), encoding="utf-8")
        W, b = self.model.get_param("W"), self.model.get_param("b")
        with open(path / "weights.npz", "wb") as fh:
            numpy.savez_compressed(fh, W=W.astype("float16"), b=b.astype("float32"))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RelationModel:
        path = Path(path)
        self.cfg.update(json.loads((path / "cfg.json").read_text(encoding="utf-8")))
        ordered = (path / "features.txt").read_text(encoding="utf-8").split("\n")[:-1]
        with numpy.load(path / "weights.npz") as data:
            self.set_weights({f: i for i, f in enumerate(ordered)}, data["W"].astype("f"), data["b"])
        return self

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            self.set_annotations([doc], self.predict([doc]))
            yield doc
