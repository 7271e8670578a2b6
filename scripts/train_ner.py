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
import random
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.cli.init_config import init_config
from spacy.tokens import DocBin

import kg.extractors.factories  # noqa: F401  (registers kg.id_tokenizer.v2, kg.fold_apostrophes.v1)
from kg.extractors.indonesian.spelling import fold_apostrophes

sys.path.insert(0, str(Path(__file__).parent))
from ner_from_relations import relation_docs  # noqa: E402
from train_tagger import clusters, read_corpus, to_doc, train_and_save  # noqa: E402
from train_tagger import split_of as pos_split  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "extractors" / "indonesian" / "models" / "ner"


def split_of(sentence_id: str) -> str:
    return "dev" if int(hashlib.sha1(sentence_id.encode()).hexdigest(), 16) % 10 == 0 else "train"


def to_docbins(path: Path, nlp, all_train: bool = False) -> dict[str, DocBin]:
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
        bins["train" if all_train else split_of(record["id"])].add(doc)
    print(f"misaligned gold spans: {misaligned}")
    return bins


def augment(docbin: DocBin, nlp, copies: int, seed: int = 7) -> DocBin:
    """Mention replacement (Dai & Adel 2020): ``copies`` extra versions of every training
    sentence, each entity swapped for another training entity of the same type, so the
    model learns contexts rather than memorising names. Deterministic (seeded)."""
    docs = list(docbin.get_docs(nlp.vocab))
    pool: dict[str, list[str]] = {}
    for doc in docs:
        for ent in doc.ents:
            pool.setdefault(ent.label_, []).append(ent.text)
    rng = random.Random(seed)
    out = DocBin()
    for doc in docs:
        out.add(doc)
        for _ in range(copies if doc.ents else 0):
            out.add(_replaced(nlp, doc, pool, rng))
    return out


def _replaced(nlp, doc, pool: dict[str, list[str]], rng: random.Random):
    text, spans, cursor = "", [], 0
    for ent in doc.ents:
        text += doc.text[cursor : ent.start_char]
        name = rng.choice(pool[ent.label_])
        spans.append((len(text), len(text) + len(name), ent.label_))
        text += name
        cursor = ent.end_char
    text += doc.text[cursor:]
    new = nlp.make_doc(text)
    ents = [new.char_span(a, b, label=label, alignment_mode="contract") for a, b, label in spans]
    new.ents = spacy.util.filter_spans([e for e in ents if e is not None])
    return new


def title_cased(docbin: DocBin, nlp, share: float, seed: int = 7) -> DocBin:
    """Headline copies: a seeded ``share`` of the training sentences is added again in
    Title Case, as news headlines are written (every word capitalised but the function
    words), entities at the same offsets, so the model does not take every capitalised
    word of a headline for a name."""
    from kg.extractors.indonesian.lexicon import is_function_word

    rng = random.Random(seed)
    out = DocBin()
    for doc in docbin.get_docs(nlp.vocab):
        out.add(doc)
        if rng.random() < share:
            text = "".join(
                t.text_with_ws if is_function_word(t.lower_) else t.text[:1].upper() + t.text_with_ws[1:] for t in doc
            )
            new = nlp.make_doc(text)
            ents = [new.char_span(e.start_char, e.end_char, label=e.label_) for e in doc.ents]
            new.ents = spacy.util.filter_spans([e for e in ents if e is not None])
            out.add(new)
    return out


def add_pos(bins: dict[str, DocBin], corpus: Path, nlp, sample: int, repeat: int) -> None:
    """Multi-task: POS-tagged sentences (no entity annotation) join the NER sentences (no
    tags, repeated ``repeat`` times), so one tok2vec serves a tagger and the NER."""
    sentences = read_corpus(corpus)
    roots = clusters(sentences)
    chosen = {"train": [], "dev": []}
    for sentence, root in sorted(zip(sentences, roots, strict=True), key=lambda p: _key(p[0])):
        split = pos_split(sentences[root])
        if split in chosen and len(chosen[split]) < (sample if split == "train" else sample // 8):
            chosen[split].append(sentence)
    ner_train = list(bins["train"].get_docs(nlp.vocab))
    for _ in range(repeat - 1):
        for doc in ner_train:
            bins["train"].add(doc)
    for split, picked in chosen.items():
        for sentence in picked:
            bins[split].add(to_doc(nlp, sentence))
    print(json.dumps({k: len(v) for k, v in chosen.items()}))


def _key(sentence) -> str:
    return hashlib.sha1(" ".join(w for w, _ in sentence).encode()).hexdigest()


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "id_ner_train.jsonl")
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--width", type=int, default=64, help="tok2vec width (spaCy's efficiency default: 96)")
    parser.add_argument("--depth", type=int, default=3, help="tok2vec depth (default config: 4)")
    parser.add_argument("--pos", type=Path, help="nlp-id's dataset_postag.txt: also train a tagger on a shared tok2vec")
    parser.add_argument("--pos-sample", type=int, default=8000, help="POS training sentences used with --pos")
    parser.add_argument("--ner-repeat", type=int, default=3, help="NER sentences repeated this often with --pos")
    parser.add_argument("--pretrain", type=Path, help="raw text JSONL ({'text': ...}) to pretrain the tok2vec on")
    parser.add_argument("--pretrain-epochs", type=int, default=20)
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--window", type=int, default=1, help="tok2vec window size")
    parser.add_argument("--char", action="store_true", help="character embeddings (spacy.CharacterEmbed.v2)")
    parser.add_argument("--augment", type=int, default=0, help="extra mention-replaced copies per sentence")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--titlecase", type=float, default=0.0, help="share of sentences added again in Title Case")
    parser.add_argument("--steps", type=int, default=0, help="train on all sentences this many steps, keep the last")
    parser.add_argument("--silver", type=Path, help="JSONL of machine-labelled sentences also trained on")
    parser.add_argument("--relations", type=Path, help="id_news_train: also train on the named arguments of its facts")
    parser.add_argument("--relations-split", default="t001-t100,t121-t240", help="articles of --relations read")
    parser.add_argument("--relations-exclude", help="articles of --relations left out (validation folds)")
    parser.add_argument("--out", type=Path, default=TARGET)
    return parser.parse_args()


def training_docs(args: argparse.Namespace, nlp) -> dict:
    """The DocBins ("train", "dev") of the options' data."""
    bins = to_docbins(args.data, nlp)
    if args.steps:  # the internal dev split still scores, but trains too
        for doc in bins["dev"].get_docs(nlp.vocab):
            bins["train"].add(doc)
    if args.silver:
        for doc in to_docbins(args.silver, nlp, all_train=True)["train"].get_docs(nlp.vocab):
            bins["train"].add(doc)
    if args.relations:
        for doc in relation_docs(args.relations, args.relations_split, nlp, args.relations_exclude):
            bins["train"].add(doc)
    if args.augment:
        bins["train"] = augment(bins["train"], nlp, args.augment)
    if args.titlecase:
        bins["train"] = title_cased(bins["train"], nlp, args.titlecase)
    if args.pos:
        add_pos(bins, args.pos, nlp, args.pos_sample, args.ner_repeat)
    return bins


def training_config(args: argparse.Namespace, work: Path):
    """spaCy's efficiency config for the pipes, with the options' sizes and settings."""
    pipes = ["tagger", "ner"] if args.pos else ["ner"]
    config = init_config(lang="id", pipeline=pipes, optimize="efficiency", gpu=False)
    config["nlp"]["tokenizer"] = {"@tokenizers": "kg.id_tokenizer.v2"}
    config["nlp"]["after_creation"] = {"@callbacks": "kg.fold_apostrophes.v1"}
    config["paths"]["train"] = str(work / "train.spacy")
    config["paths"]["dev"] = str(work / "dev.spacy")
    tok2vec = config["components"]["tok2vec"]["model"]
    tok2vec["encode"]["width"] = args.width
    tok2vec["encode"]["depth"] = args.depth
    tok2vec["embed"]["width"] = args.width
    tok2vec["encode"]["window_size"] = args.window
    if args.char:
        tok2vec["embed"] = {
            "@architectures": "spacy.CharacterEmbed.v2",
            "width": args.width,
            "rows": 5000,
            "nM": 32,
            "nC": 8,
            "include_static_vectors": False,
        }
    training = config["training"]
    training["max_epochs"] = args.epochs
    training["dropout"] = args.dropout
    if args.pos:  # select on entities first
        training["score_weights"] = {"ents_f": 0.75, "ents_p": 0.0, "ents_r": 0.0, "tag_acc": 0.25}
    training["patience"] = 2000
    training["seed"] = args.seed
    config["system"]["seed"] = args.seed
    if args.steps:
        training["max_steps"] = args.steps
        training["max_epochs"] = 0
    if args.pretrain:  # spaCy reads init_tok2vec only with the [pretraining] block present
        config = pretrain(config, work, args.pretrain, args.pretrain_epochs)
    return config


def main() -> None:
    args = arguments()
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "kg.id_tokenizer.v2"}}})
    fold_apostrophes(nlp.vocab)
    work = Path(tempfile.mkdtemp(prefix="kg-ner-"))
    for name, docbin in training_docs(args, nlp).items():
        docbin.to_disk(work / f"{name}.spacy")
    config = training_config(args, work)
    config.to_disk(work / "config.cfg")
    train_and_save(work, args.out, "model-last" if args.steps else "model-best")


def pretrain(config, work: Path, raw_text: Path, epochs: int):
    """spaCy's character-objective pretraining of the tok2vec on raw text; returns the
    training config with its [pretraining] block and the weights as init_tok2vec."""
    from spacy.cli.init_config import fill_config
    from spacy.training.pretrain import pretrain as run_pretrain

    config["paths"]["raw_text"] = str(raw_text)
    config.to_disk(work / "pretrain.cfg")
    fill_config(work / "pretrain.cfg", work / "pretrain.cfg", pretraining=True)
    filled = spacy.util.load_config(work / "pretrain.cfg")
    filled["pretraining"]["max_epochs"] = epochs
    filled.to_disk(work / "pretrain.cfg")
    (work / "pretrain").mkdir(exist_ok=True)
    run_pretrain(filled, work / "pretrain", use_gpu=-1, silent=False)
    filled["initialize"]["init_tok2vec"] = str(work / "pretrain" / f"model{epochs - 1}.bin")
    return filled


if __name__ == "__main__":
    main()
