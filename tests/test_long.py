"""Very long articles: sentences are capped (so the rules stay linear in the article's
length) and the NER runs over pieces of a long article (so its memory stays bounded)."""

import re

from conftest import EXAMPLE

from kg.extractors.indonesian import extractor as ex_module
from kg.extractors.indonesian.sentences import HARD_CAP
from kg.model import Article


def test_text_without_punctuation_is_cut_into_capped_sentences(nlp):
    text = re.sub(r"[.!?\n]", " ", EXAMPLE.read_text(encoding="utf-8")) * 20
    doc = nlp(text)
    assert len(doc) > 5 * HARD_CAP
    assert max(len(s) for s in doc.sents) <= HARD_CAP


def test_a_long_article_goes_through_the_ner_in_pieces(monkeypatch):
    text = EXAMPLE.read_text(encoding="utf-8")
    extractor = ex_module.IndonesianExtractor()
    [whole] = extractor.extract([Article("a", text)])
    monkeypatch.setattr(ex_module, "LONG", 50)
    monkeypatch.setattr(ex_module, "PIECE", 60)
    doc = extractor.nlp.make_doc(text)
    assert len(doc) > 50 and len(ex_module.pieces(doc)) > 2
    assert all(b - a <= 60 for a, b in ex_module.pieces(doc))
    [pieced] = extractor.extract([Article("a", text)])
    for m in pieced.mentions:
        assert text[m.start : m.end] == m.text
    facts = {(t.subject.name, t.predicate, t.object.name) for t in whole.triples}
    pieced_facts = {(t.subject.name, t.predicate, t.object.name) for t in pieced.triples}
    assert len(facts & pieced_facts) >= 0.8 * len(facts)  # pieces cut a few names at their seams
