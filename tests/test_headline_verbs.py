"""A Title Case headline capitalises its verbs: tagged as names, they glued the names and
noun phrases around them into one argument ("Pertamina Perkuat Ketahanan Energi",
"Dikerahkan Amankan Kantor Kejaksaan"). In the headline, a capitalised verb with an affix
is tagged a verb (extractor v175). Fixed NER output, so the test does not move with the
NER's weights."""

import pytest
from test_components import run_after_ner, stated

from kg.extractors.indonesian.postags import headline_verb

BODY = "\n\nPT Pertamina (Persero) terus memperkuat ketahanan energi nasional."


@pytest.mark.parametrize(
    "word", ["perkuat", "tingkatkan", "dinonaktifkan", "tetapkan", "tuntaskan", "datangkan", "diculik", "soroti"]
)
def test_an_affixed_or_base_verb_is_a_headline_verb(word):
    assert headline_verb(word)


@pytest.mark.parametrize(
    "word", ["pendidikan", "kebijakan", "pertanian", "pemerintahan", "ketahanan", "persen", "pertamina", "diponegoro"]
)
def test_nouns_and_names_are_no_headline_verbs(word):
    assert not headline_verb(word)


def test_the_headline_verb_parts_a_name_from_the_phrase_after_it(nlp):
    text = "Setahun Pemerintahan Prabowo, Pertamina Perkuat Ketahanan Energi" + BODY
    doc = run_after_ner(nlp, text, [("Prabowo", "PER"), ("Pertamina", "ORG"), ("Pertamina", "ORG")], headline=True)
    headline = [s.text for s in doc.spans["kg_arguments"] if s.end_char <= doc._.kg_headline]
    assert "Ketahanan Energi" in headline
    assert not any("Perkuat" in phrase for phrase in headline)
    assert [t.tag_ for t in doc[5:8]] == ["VB", "NNP", "NNP"]  # Perkuat | Ketahanan Energi


def test_the_body_is_tagged_as_before(nlp):
    """Outside the headline a capitalised word keeps the tag of its shape: "Perkuat" opening
    a body sentence is no headline."""
    doc = run_after_ner(nlp, "Judul Berita\n\nPerkuat Group membeli saham. Dinonaktifkan tidak dia.", [], headline=True)
    assert doc[3].text == "Perkuat" and doc[3].tag_ == "NN"  # the corpus's tag of "perkuat"
    assert doc[8].text == "Dinonaktifkan" and doc[8].tag_ == "NNP"


def headline_mentions(doc) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in doc.spans["kg_mentions"] if s.end_char <= doc._.kg_headline]


def test_a_bare_root_the_body_uses_as_a_verb_is_no_part_of_a_headline_name(nlp):
    """ "Gempa Guncang Cianjur": the body writes *mengguncang*, so "Guncang" is the headline's
    verb, not a person's first name; the name is the place after it (extractor v189). The
    tags stay the lexicon's (a tag changes the relation model's features of every headline)."""
    text = "Gempa Guncang Cianjur\n\nGempa mengguncang Cianjur pada Senin."
    doc = run_after_ner(nlp, text, [("Guncang Cianjur", "PER"), ("Cianjur", "LOC")], headline=True)
    assert headline_mentions(doc) == [("Cianjur", "GPE")]
    assert doc[1].tag_ != "VB"


def test_a_root_the_body_writes_as_a_name_stays_in_the_name(nlp):
    """ "Ganjar" is the root of *mengganjar*, and a name the body writes capitalised mid-sentence."""
    text = "Ganjar Pranowo Kunjungi Semarang\n\nPemerintah mengganjar atlet itu. Kemarin Ganjar Pranowo tiba."
    doc = run_after_ner(
        nlp, text, [("Ganjar Pranowo", "PER"), ("Semarang", "LOC"), ("Ganjar Pranowo", "PER")], headline=True
    )
    assert ("Ganjar Pranowo", "PERSON") in headline_mentions(doc)


def test_a_name_the_ner_runs_across_the_headline_break_is_cut_there_and_both_parts_kept(nlp):
    """The NER ran the headline's last words into the body's first name ("Pertamina Perkuat
    Ketahanan Energi\\n\\nPT Pertamina (Persero)"): the headline's "Pertamina" was lost with
    the part before the break, and its fact with it (extractor v214)."""
    text = "Setahun Pemerintahan Prabowo, Pertamina Perkuat Ketahanan Energi" + BODY
    glued = "Pertamina Perkuat Ketahanan Energi\n\nPT Pertamina (Persero)"
    doc = run_after_ner(nlp, text, [("Prabowo", "PER"), (glued, "ORG")], headline=True)
    assert ("Pertamina", "ORG") in headline_mentions(doc)
    assert "PT Pertamina (Persero)" in [s.text for s in doc.spans["kg_mentions"] if s.start_char > doc._.kg_headline]
    assert ("Pertamina", "RELATED_TO", "Ketahanan Energi") in stated(doc)


def test_a_name_ending_at_a_line_break_keeps_its_line():
    """The parts of an NER span between its line breaks, each with the span's label."""
    from spacy.lang.id import Indonesian
    from spacy.tokens import Span

    from kg.extractors.indonesian.mentions import _lines

    doc = Indonesian().make_doc("Jaga Stabilitas Harga\n\nBank Indonesia menaikkan suku bunga.")
    parts = _lines(Span(doc, 0, 6, label="ORG"))
    assert [(p.text, p.label_) for p in parts] == [("Jaga Stabilitas Harga", "ORG"), ("Bank Indonesia", "ORG")]


def test_a_headline_verb_ends_a_run_of_capitalised_words(nlp):
    """A Title Case verb the tagger marks splits the headline's capitalised run: the whole
    run ("Pertagas Ungkap Pentingnya Pemerataan Distribusi Energi") was no name the body
    writes, so the name before the verb was lost with it (extractor v215)."""
    text = (
        "Pertagas Ungkap Pentingnya Pemerataan Distribusi Energi buat Industri\n\n"
        "Komersialisasi blok itu bergantung pada pipa milik Pertagas di Sumatera."
    )
    doc = run_after_ner(nlp, text, [("Sumatera", "LOC")], headline=True)
    assert ("Pertagas", "MISC") in headline_mentions(doc)
    assert not [name for name, _ in headline_mentions(doc) if "Ungkap" in name]


def test_a_headline_name_of_common_words_the_body_writes_as_a_name(nlp):
    """ "Jasa Marga" is two common words; the headline cut its names at the first common
    word, and the NER typed it a person. The body writes it as the company's name, so the
    headline's mention is kept with the body's type (extractor v215)."""
    text = (
        "Wujudkan Kemandirian Pangan, Jasa Marga Tingkatkan Konektivitas Jalan Tol\n\n"
        "PT Jasa Marga (Persero) Tbk terus mendukung program pemerintah. Jasa Marga berupaya memperkuat konektivitas."
    )
    names = [("Jasa Marga", "PER"), ("PT Jasa Marga (Persero) Tbk", "ORG"), ("Jasa Marga", "ORG")]
    doc = run_after_ner(nlp, text, names, headline=True)
    assert ("Jasa Marga", "ORG") in headline_mentions(doc)
