"""scripts/train_ner.py's data helpers (the training itself is measured, not tested)."""

import importlib.util
from pathlib import Path

import spacy
from spacy.tokens import DocBin

import kg.extractors.factories  # noqa: F401  (registers kg.id_tokenizer.v1)

ROOT = Path(__file__).resolve().parents[1]


def load_script():
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_title_case_copies_keep_the_entities_and_the_function_words():
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "kg.id_tokenizer.v1"}}})
    text = "Gubernur Jawa Barat meninjau banjir di Bekasi dan Bogor."
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), label="LOC") for n in ("Jawa Barat", "Bekasi")]
    docs = list(load_script().title_cased(DocBin(docs=[doc]), nlp, share=1.0).get_docs(nlp.vocab))
    assert [d.text for d in docs] == [doc.text, "Gubernur Jawa Barat Meninjau Banjir di Bekasi dan Bogor."]
    assert [(e.text, e.label_) for e in docs[1].ents] == [("Jawa Barat", "LOC"), ("Bekasi", "LOC")]
    again = load_script().title_cased(DocBin(docs=[doc] * 20), nlp, share=0.5)
    assert len(again) == len(load_script().title_cased(DocBin(docs=[doc] * 20), nlp, share=0.5)) < 40
