"""The lemma table (derived from nlp-id's lemma dictionary) and the voice an affix gives."""

import pytest
from test_components import mentions, run_after_ner

from kg.extractors.indonesian.lemmas import lemma, table, voice
from kg.model import Article
from kg.pipeline import extract_one


@pytest.mark.parametrize(
    ("word", "root", "form_voice"),
    [
        ("mengunjungi", "kunjung", "active"),
        ("mengunjunginya", "kunjung", "active"),  # clitic stripped first
        ("dibantah", "bantah", "passive"),
        ("terjual", "jual", "passive"),
        ("penjualan", "jual", "noun"),
        ("serangannya", "serang", "noun"),
        ("berhasil", "hasil", None),  # ber-: the meaning drifts, no trigger
        ("pertahanan", "tahan", None),  # per-...-an: "defence" is not "detain"
    ],
)
def test_lemma_and_voice(word, root, form_voice):
    assert lemma(word) == root
    assert voice(word, root) == form_voice


def test_function_words_are_not_lemmatised():
    # spaCy's lookup table shortens these (secara -> cara, setelah -> telah); ours keeps them
    assert lemma("secara") == "secara" and lemma("setelah") == "setelah"
    assert "secara" not in table() and len(table()) > 1000


def test_a_clitic_form_the_generator_does_not_produce_still_triggers():
    ex = extract_one(Article(id="t", text="Rusia menjualnya kepada Iran pada 2023."))
    assert [(t.subject.name, t.predicate, t.object.name) for t in ex.triples] == [("Russia", "SELLS_TO", "Iran")]
    assert ex.triples[0].provenance.extractor


def test_words_the_table_lacks_fall_back_to_the_stemmer_but_function_words_do_not():
    assert "pemasaran" not in table()
    assert lemma("pemasaran") == "pasar"  # PySastrawi
    assert lemma("sebelum") == "sebelum" and lemma("terhadap") == "terhadap"


@pytest.mark.parametrize(
    ("word", "common"),
    [("Demo", True), ("Bersekolah", True), ("Meningkatnya", True), ("Budi", False), ("Agus", False), ("Jokowi", False)],
)
def test_common_words_come_from_the_corpus_tags_directly_or_through_the_lemma(word, common):
    from kg.extractors.indonesian.lemmas import is_common_word

    assert is_common_word(word) is common


def test_capitalised_sentence_starters_and_headline_verbs_are_not_names():
    text = "Ahmad Luthfi Sebut Ekspor Naik\n\nBersekolah di Jakarta, Budi tinggal di Bogor. Demo berlangsung damai."
    ex = extract_one(Article(id="t", text=text, title="Ahmad Luthfi Sebut Ekspor Naik"))
    names = {m.text for m in ex.mentions}
    assert "Ahmad Luthfi" in names and "Budi" in names and "Jakarta" in names
    assert not names & {"Ahmad Luthfi Sebut", "Bersekolah", "Demo"}, names
    assert not any("\n" in n for n in names)


def test_an_untyped_common_word_capitalised_mid_sentence_is_not_a_name():
    ex = extract_one(Article(id="t", text="Warga Bogor menyambut Perubahan itu bersama Budi Santoso."))
    names = {m.text for m in ex.mentions}
    assert "Perubahan" not in names and "Budi Santoso" in names, names


def test_a_person_of_common_words_only_is_no_name_but_one_common_word_may_be(nlp):
    """ "Wajib Pajak" (taxpayer) and "Rapat Dengar Pendapat" (a hearing) are terms; "Putri" is a name."""
    text = "Warga menyambut Putri di Bogor. Wajib Pajak membayar, kata Rapat Dengar Pendapat."
    names = [("Putri", "PER"), ("Bogor", "LOC"), ("Wajib Pajak", "PER"), ("Rapat Dengar Pendapat", "PER")]
    found = mentions(run_after_ner(nlp, text, names))
    assert [name for name, _ in found] == ["Putri", "Bogor"], found


def test_a_common_word_opening_a_quoted_paragraph_is_no_name(nlp):
    """'\\n"Terima kasih': the quote mark opens the sentence, so "Terima" is a sentence starter."""
    text = 'Budi Santoso datang ke Bogor.\n"Terima kasih kepada warga," kata Budi Santoso.'
    found = mentions(run_after_ner(nlp, text, [("Budi Santoso", "PER"), ("Terima", "PER")]))
    assert [name for name, _ in found] == ["Budi Santoso", "Bogor", "Budi Santoso"], found
