"""The headline is read whatever follows it: a dateline ("Jakarta -") after it is skipped,
not the headline with it (extractor v171); a title given apart from the text (a JSONL
field) makes no line of the text a headline. Fixed NER output, so the test does not move
with the NER's weights."""

import pytest

from kg.extractors.indonesian.extractor import headline_end, make_doc
from kg.io import make_article

TEXT = "Prabowo Kunjungi Jepang\n\n{dateline}Presiden Prabowo Subianto tiba di Tokyo. Ia bertemu Shigeru Ishiba."
NAMES = [("Prabowo", "PER"), ("Jepang", "LOC"), ("Prabowo Subianto", "PER"), ("Tokyo", "LOC")]
NAMES += [("Shigeru Ishiba", "PER")]


def _after_ner(nlp, article):
    doc = make_doc(nlp, article)
    spans, at = [], 0
    for name, label in NAMES:
        at = article.text.index(name, at)
        spans.append(doc.char_span(at, at + len(name), label=label))
        at += len(name)
    doc.ents = spans
    after = [name for name, _ in nlp.pipeline].index("ner") + 1
    for _, pipe in nlp.pipeline[after:]:
        doc = pipe(doc)
    return doc


@pytest.mark.parametrize("dateline", ["", "Jakarta - ", "HOLOPIS.COM, JAKARTA – "])
def test_the_headline_is_read_with_or_without_a_dateline(nlp, dateline):
    article = make_article("a1", TEXT.format(dateline=dateline), "test")
    assert bool(article.place) is bool(dateline)
    doc = _after_ner(nlp, article)
    mentions = [(s.text, s.start_char < doc._.kg_headline) for s in doc.spans["kg_mentions"]]
    assert ("Prabowo", True) in mentions and ("Jepang", True) in mentions
    assert not any(text in ("Jakarta", "JAKARTA", "HOLOPIS.COM") for text, _ in mentions)
    body = [s for s in doc.sents if s.start_char >= article.body_start]
    assert body[0].text == "Presiden Prabowo Subianto tiba di Tokyo."  # the dateline is no part of it


def test_where_the_headline_ends():
    assert headline_end(make_article("a", "Judul Berita\n\nIsi berita.", "t")) == len("Judul Berita")
    # a title given apart: the text's first line is body, not headline
    assert headline_end(make_article("a", "Kalimat pertama.\nKalimat kedua.", "t", title="Judul Berita")) == 0
    # an HTML page whose <title> adds the site's name to the headline its first line repeats
    page = make_article("a", "Judul Berita\n\nIsi berita.", "t", title="Judul Berita - detikNews")
    assert headline_end(page) == len("Judul Berita")
