"""Train the Indonesian NER model shipped in extractors/indonesian/models/ner.

Reproducible: fixed split (by a hash of the sentence id), fixed seed, CPU.
Data: ../shared/eval/id_ner_train.jsonl (idner-news-2k train split, MIT,
khairunnisaor/idner-news-2k). The dev split (id_ner_dev.jsonl) is never used
here; it is what `kg eval` measures on.

    python scripts/train_ner.py --data ../shared/eval/id_ner_train.jsonl
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
from spacy.tokens import DocBin

import extractors.factories  # noqa: F401  (registers kg.id_tokenizer.v1)

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "extractors" / "indonesian" / "models" / "ner"


def split_of(sentence_id: str) -> str:
    return "dev" if int(hashlib.sha1(sentence_id.encode()).hexdigest(), 16) % 10 == 0 else "train"


def to_docbins(path: Path, nlp) -> dict[str, DocBin]:
    bins = {"train": DocBin(), "dev": DocBin()}
    misaligned = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        doc = nlp.make_doc(record["text"])
        spans = []
        for ent in record["entities"]:
            span = doc.char_span(ent["start"], ent["end"], label=ent["type"], alignment_mode="contract")
            if span is None or span.text != ent["text"]:
                misaligned += 1
            if span is not None:
                spans.append(span)
        doc.ents = spacy.util.filter_spans(spans)
        bins[split_of(record["id"])].add(doc)
    print(f"misaligned gold spans: {misaligned}")
    return bins


def use_tagger(config, tagger: Path) -> None:
    """The frozen tagger runs first and the NER embeds its tags next to the word features."""
    config["nlp"]["pipeline"] = ["tagger", "tok2vec", "ner"]
    config["components"]["tagger"] = {"source": str(tagger), "replace_listeners": ["model.tok2vec"]}
    config["training"]["frozen_components"] = ["tagger"]
    config["training"]["annotating_components"] = ["tagger"]
    embed = config["components"]["tok2vec"]["model"]["embed"]
    embed["attrs"] = [*embed["attrs"], "TAG"]
    embed["rows"] = [*embed["rows"], 64]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "id_ner_train.jsonl")
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--width", type=int, default=64, help="tok2vec width (spaCy's efficiency default: 96)")
    parser.add_argument("--depth", type=int, default=3, help="tok2vec depth (default config: 4)")
    parser.add_argument("--tagger", type=Path, help="a tagger from scripts/train_tagger.py: its tags become a feature")
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args()
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "kg.id_tokenizer.v1"}}})
    work = Path(tempfile.mkdtemp(prefix="kg-ner-"))
    for name, docbin in to_docbins(args.data, nlp).items():
        docbin.to_disk(work / f"{name}.spacy")
    config = init_config(lang="id", pipeline=["ner"], optimize="efficiency", gpu=False)
    config["nlp"]["tokenizer"] = {"@tokenizers": "kg.id_tokenizer.v1"}
    config["paths"]["train"] = str(work / "train.spacy")
    config["paths"]["dev"] = str(work / "dev.spacy")
    config["components"]["tok2vec"]["model"]["encode"]["width"] = args.width
    config["components"]["tok2vec"]["model"]["encode"]["depth"] = args.depth
    config["components"]["tok2vec"]["model"]["embed"]["width"] = args.width
    if args.tagger:
        use_tagger(config, args.tagger)
    config["training"]["max_epochs"] = args.epochs
    config["training"]["patience"] = 2000
    config["training"]["seed"] = 7
    config["system"]["seed"] = 7
    config.to_disk(work / "config.cfg")
    train(work / "config.cfg", work / "out", use_gpu=-1)
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(work / "out" / "model-best", args.out)
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()
