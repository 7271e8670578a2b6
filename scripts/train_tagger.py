"""Train the Indonesian part-of-speech tagger shipped in extractors/indonesian/models/tagger.

Data: ``nlp_id/data/dataset_postag.txt`` from the PyPI package ``nlp-id`` (MIT,
32,780 news sentences, 16 tags). kg does not depend on nlp-id; fetch the data once:

    pip download nlp-id==0.1.23.0 --no-deps -d /tmp/nlpid && cd /tmp/nlpid && unzip -oq nlp_id-*.whl
    python scripts/train_tagger.py --data /tmp/nlpid/nlp_id/data/dataset_postag.txt

The corpus is padded with near-copies (the same sentence with one word changed), so the
split is by near-duplicate cluster: sentences of equal length that differ in one token
share a cluster, and a whole cluster goes to train, dev or test (by a hash of its first
sentence). A random split would put copies on both sides and read ~99.8%.
The clitic ``nya``, a token of its own in the corpus, is joined to the word before it,
as kg's tokenizer keeps ``adanya`` whole. Fixed seed, CPU; prints test accuracy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import spacy
from spacy.cli.init_config import init_config
from spacy.cli.train import train
from spacy.lang.id import Indonesian
from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "extractors" / "indonesian" / "models" / "tagger"
NO_SPACE_BEFORE = {".", ",", ")", ":", ";", "?", "!", "%", "'", '"'}

Sentence = list[tuple[str, str]]


def read_corpus(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            sentences.append([])
            continue
        word, _, tag = line.partition("\t")
        sentences[-1].append((word, tag.strip().upper()))
    return [join_clitics(s) for s in sentences if s]


def join_clitics(sentence: Sentence) -> Sentence:
    out: Sentence = []
    for word, tag in sentence:
        if word.lower() == "nya" and out and out[-1][0].isalpha():
            out[-1] = (out[-1][0] + word, out[-1][1])
        else:
            out.append((word, tag))
    return out


def clusters(sentences: list[Sentence]) -> list[int]:
    """Union-find over 'same sentence with one token masked' keys."""
    parent = list(range(len(sentences)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[str, ...], int] = {}
    for i, sentence in enumerate(sentences):
        words = [w for w, _ in sentence]
        for k in range(len(words)):
            key = (*words[:k], "\0", *words[k + 1 :])
            j = owner.setdefault(key, i)
            parent[find(i)] = find(j)
    return [find(i) for i in range(len(sentences))]


def split_of(sentence: Sentence) -> str:
    bucket = int(hashlib.sha1(" ".join(w for w, _ in sentence).encode()).hexdigest(), 16) % 10
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"


def to_doc(nlp: Indonesian, sentence: Sentence) -> Doc:
    words = [w for w, _ in sentence]
    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE for i in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=[t for _, t in sentence])


def make_bins(sentences: list[Sentence]) -> dict[str, DocBin]:
    nlp = Indonesian()
    roots = clusters(sentences)
    bins = {"train": DocBin(), "dev": DocBin(), "test": DocBin()}
    for sentence, root in zip(sentences, roots, strict=True):
        bins[split_of(sentences[root])].add(to_doc(nlp, sentence))
    print(json.dumps({k: len(v) for k, v in bins.items()} | {"clusters": len(set(roots))}))
    return bins


def configure(work: Path, args: argparse.Namespace):
    config = init_config(lang="id", pipeline=["tagger"], optimize="efficiency", gpu=False)
    config["paths"]["train"] = str(work / "train.spacy")
    config["paths"]["dev"] = str(work / "dev.spacy")
    for part in ("encode", "embed"):
        config["components"]["tok2vec"]["model"][part]["width"] = args.width
    config["components"]["tok2vec"]["model"]["encode"]["depth"] = args.depth
    config["training"]["max_steps"] = args.steps
    config["training"]["seed"] = 7
    config["system"]["seed"] = 7
    return config


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--width", type=int, default=64, help="tok2vec width (efficiency default: 96)")
    parser.add_argument("--depth", type=int, default=2, help="tok2vec depth (default: 4)")
    parser.add_argument("--steps", type=int, default=6000)
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-tagger-"))
    for name, docbin in make_bins(read_corpus(args.data)).items():
        docbin.to_disk(work / f"{name}.spacy")
    configure(work, args).to_disk(work / "config.cfg")
    train_and_save(work, args.out)
    print(f"test tag accuracy: {test_accuracy(args.out, work / 'test.spacy'):.4f}")


def train_and_save(work: Path, out: Path, keep: str = "model-best") -> None:
    """Train ``work/config.cfg`` on CPU and copy the best (or ``keep``) model to ``out``."""
    train(work / "config.cfg", work / "out", use_gpu=-1)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(work / "out" / keep, out)
    print(f"saved {out}")


def test_accuracy(model: Path, test: Path) -> float:
    """Tag accuracy on the held-out clusters, tagging the corpus's own tokens."""
    nlp = spacy.load(model)
    right = total = 0
    for gold in DocBin().from_disk(test).get_docs(nlp.vocab):
        doc = Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        right += sum(a.tag_ == b.tag_ for a, b in zip(doc, gold, strict=True))
        total += len(gold)
    return right / total


if __name__ == "__main__":
    main()
