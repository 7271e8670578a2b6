"""Ways of writing the models read plainly (extractor v223): Unicode and zero-width spaces
are plain spaces to the pipeline, offsets unchanged; names written with an inner
apostrophe ("Ma'ruf Amin", "Abdul Mu’ti") look to the NER as they do without it, while the
text and the names kg writes keep it."""

import pytest

from kg.extractors.indonesian.spelling import folded, spaced
from kg.io import read_articles
from kg.model import Article
from kg.pipeline import extract_one


@pytest.mark.parametrize(
    ("word", "plain"),
    [("Ma'ruf", "Maruf"), ("Mu\u2019ti", "Muti"), ("Syafi'i", "Syafii"), ("Jum'at", "Jumat"), ("O'Brien", "OBrien")],
)
def test_inner_apostrophes_fold(word, plain):
    assert folded(word) == plain


@pytest.mark.parametrize("word", ["World's", "don't", "we'll", "d'Apollon", "l'Oréal", "Maruf", "'90", "ruf'", "Rp5'0"])
def test_clitics_elisions_and_plain_words_do_not(word):
    assert folded(word) is None


def test_the_ner_reads_the_folded_word(nlp):
    with_apostrophe = nlp.make_doc("Wakil Presiden Ma\u2019ruf Amin tiba.")[2]
    without = nlp.make_doc("Wakil Presiden Maruf Amin tiba.")[2]
    assert with_apostrophe.text == "Ma\u2019ruf"  # one token, as written
    read = ("norm_", "shape_", "suffix_", "prefix_")
    assert [getattr(with_apostrophe, a) for a in read] == [getattr(without, a) for a in read]


def _entities(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(nlp.make_doc(text))
    return [(e.text.replace("'", ""), e.label_) for e in doc.ents]


def test_a_name_with_an_apostrophe_is_typed_as_without_it(nlp):
    """End to end through the shipped NER: the two spellings get the same names and types
    (before v223 "Ma'ruf Amin" was no person, "Maruf Amin" was one)."""
    text = "Wakil Presiden {} mengunjungi Pondok Pesantren di Bogor bersama Abdul {}."
    plain = _entities(nlp, text.format("Maruf Amin", "Muti"))
    assert ("Maruf Amin", "PER") in plain
    assert _entities(nlp, text.format("Ma'ruf Amin", "Mu'ti")) == plain


def test_spaced_makes_every_space_and_hyphen_plain_and_keeps_the_length():
    text = "Joko\u00a0Widodo\u2009dan\u202fKim Jong\u2011un\u200btiba.\nKamis\t(2/1)\ufeff \u2013 ok"
    out = spaced(text)
    assert len(out) == len(text)
    assert out == "Joko Widodo dan Kim Jong-un tiba.\nKamis\t(2/1)  \u2013 ok"  # a dash stays a dash


def _facts(text: str) -> list[tuple]:
    return [
        (t.subject.name, t.predicate, t.object.name, t.provenance.start, t.provenance.end)
        for t in extract_one(Article(id="a", text=text)).triples
    ]


def test_no_break_and_zero_width_spaces_give_the_facts_of_plain_ones():
    """Scraped news writes ``&nbsp;`` and zero-width spaces between words: before v223
    "Presiden Joko\u00a0Widodo" gave a second fact for a phrase "Presiden Joko", and
    "Setyo\u200bBudiyanto" was an entity of that name."""
    plain = "Presiden Joko Widodo mengunjungi Tokyo. Ketua KPK Setyo Budiyanto memuji Kim Jong-un."
    written = plain.replace("Joko ", "Joko\u00a0").replace("Setyo ", "Setyo\u200b").replace(". K", ".\u00a0K")
    written = written.replace("Jong-un", "Jong\u2011un")
    assert len(written) == len(plain)
    facts = _facts(plain)
    assert ("Joko Widodo", "VISITS", "Tokyo", 0, 39) in facts
    assert _facts(written) == facts


def test_an_html_page_with_nbsp_reads_as_plain_text(tmp_path):
    page = tmp_path / "a.html"
    page.write_text("<html><body><p>Presiden Joko&nbsp;Widodo mengunjungi Tokyo.</p></body></html>", encoding="utf-8")
    (article,) = read_articles([str(page)])
    names = {e.name for e in extract_one(article).entities}
    assert "Joko Widodo" in names and not any("\u00a0" in n or n.endswith("Joko") for n in names)
