"""scripts/train_ner.py's data helpers (the training itself is measured, not tested)."""

import spacy
from conftest import load_script
from spacy.tokens import DocBin

import kg.extractors.factories  # noqa: F401  (registers kg.id_tokenizer.v2)


def test_title_case_copies_keep_the_entities_and_the_function_words():
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "kg.id_tokenizer.v2"}}})
    text = "Gubernur Jawa Barat meninjau banjir di Bekasi dan Bogor."
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), label="LOC") for n in ("Jawa Barat", "Bekasi")]
    script = load_script("scripts/train_ner.py", "train_ner")
    docs = list(script.title_cased(DocBin(docs=[doc]), nlp, share=1.0).get_docs(nlp.vocab))
    assert [d.text for d in docs] == [doc.text, "Gubernur Jawa Barat Meninjau Banjir di Bekasi dan Bogor."]
    assert [(e.text, e.label_) for e in docs[1].ents] == [("Jawa Barat", "LOC"), ("Bekasi", "LOC")]
    twice = [len(script.title_cased(DocBin(docs=[doc] * 20), nlp, share=0.5)) for _ in range(2)]
    assert twice[0] == twice[1] < 40  # seeded: the same sentences copied each time, not all of them
