"""How much do the name rules add on sentences nobody has read? A two-fold check on the
training split of idner-news-2k, which the rules were not written against:

    python scripts/crossfold.py --data ../shared/eval/id_ner_train.jsonl

The sentences are split in two halves (by a hash of their id). For each half, an NER is
trained on the other half with the shipped recipe (``scripts/train_ner.py``), then the
half is scored twice: that NER alone, and the full pipeline (that NER plus the rules).
Both are exact span and type, micro, as ``kg eval --entities``. Takes about ten minutes
on one core. Prints one line per half and writes nothing into the project.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import spacy

from kg.evaluate import Score, entity_scores
from kg.extractors.indonesian.extractor import IndonesianExtractor

ROOT = Path(__file__).resolve().parents[1]


def halves(data: Path, work: Path) -> list[Path]:
    paths = [work / "half0.jsonl", work / "half1.jsonl"]
    outs = [path.open("w", encoding="utf-8") for path in paths]
    for line in data.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        outs[int(hashlib.md5(record["id"].encode()).hexdigest(), 16) % 2].write(line + "\n")
    for out in outs:
        out.close()
    return paths


def train(half: Path, out: Path) -> None:
    script = ROOT / "scripts" / "train_ner.py"
    subprocess.run([sys.executable, str(script), "--data", str(half), "--out", str(out)], check=True, cwd=ROOT)


def model_alone(model: Path, gold: Path) -> Score:
    ner = spacy.load(model)
    tp = fp = fn = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        doc = ner(record["text"])
        truth = {(e["start"], e["end"], e["type"]) for e in record["entities"]}
        found = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        tp, fp, fn = tp + len(truth & found), fp + len(found - truth), fn + len(truth - found)
    return Score(tp, fp, fn)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "id_ner_train.jsonl")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-crossfold-"))
    parts = halves(args.data, work)
    for k, scored in enumerate(parts):
        model = work / f"ner{k}"
        train(parts[1 - k], model)
        alone = model_alone(model, scored)
        rules = entity_scores(scored, extractor=IndonesianExtractor(ner_model=model))["ALL"]
        print(
            f"half {k} ({scored.name}): NER alone F1 {alone.f1:.3f}; pipeline P {rules.precision:.3f} "
            f"R {rules.recall:.3f} F1 {rules.f1:.3f}"
        )


if __name__ == "__main__":
    main()
