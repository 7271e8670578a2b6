"""A bare title stands for the person the article names with it (extractor v195), on fixed
mentions (the NER's output given), so the tests do not move with the NER's weights."""

import pytest
from test_components import argument_entity, run_after_ner

from kg.extractors.indonesian.title_holders import SHORT_TITLES, is_title_phrase

GOVERNOR = (
    "Gubernur Jateng Ahmad Luthfi meresmikan pasar itu. Gubernur Jateng kemudian meminta warga menjaga kebersihan."
)


@pytest.mark.parametrize(
    ("text", "names", "phrase", "holder"),
    [
        (  # a short form in brackets names the holder too; the bare title comes later
            "Menteri Pariwisata (Menpar) Widiyanti Putri Wardhana meresmikan pasar. Menpar lalu meninjau pelabuhan.",
            [("Widiyanti Putri Wardhana", "PER")],
            "Menpar",
            "Widiyanti Putri Wardhana",
        ),
        (GOVERNOR, [("Ahmad Luthfi", "PER"), ("Jateng", "LOC")], "Gubernur Jateng", "Ahmad Luthfi"),
        (  # a short form in brackets for the words after the title word
            "Ketua Badan Anggaran (Banggar) DPR Said Abdullah menilai anggaran cukup. Ketua Banggar DPR meminta hemat.",
            [("Said Abdullah", "PER"), ("Banggar", "ORG"), ("Banggar DPR", "ORG")],
            "Ketua Banggar DPR",
            "Said Abdullah",
        ),
        (  # the title apposed after the name
            "Said Abdullah, Ketua Banggar DPR, menilai anggaran cukup. Ketua Banggar DPR meminta pemerintah hemat.",
            [("Said Abdullah", "PER"), ("Banggar DPR", "ORG")],
            "Ketua Banggar DPR",
            "Said Abdullah",
        ),
        (  # a minister's short title for the title written in full (v223)
            "Menteri Sosial Saifullah Yusuf meresmikan pasar. Mensos lalu meninjau pelabuhan.",
            [("Saifullah Yusuf", "PER")],
            "Mensos",
            "Saifullah Yusuf",
        ),
        (  # and a deputy's
            "Wakil Menteri Sosial Agus Jabo Priyono meresmikan pasar. Wamensos lalu meninjau pelabuhan.",
            [("Agus Jabo Priyono", "PER")],
            "Wamensos",
            "Agus Jabo Priyono",
        ),
        (  # two presidents: the one named so last before the title
            "Presiden AS Donald Trump menelepon Presiden Prabowo Subianto. Presiden lalu memanggil para menteri.",
            [("Donald Trump", "PER"), ("Prabowo Subianto", "PER"), ("AS", "LOC")],
            "Presiden",
            "Prabowo Subianto",
        ),
    ],
)
def test_a_bare_title_is_its_holder(nlp, text, names, phrase, holder):
    doc = run_after_ner(nlp, text, names)
    entity = argument_entity(doc, phrase)
    assert entity is not None and entity.name == holder and entity.type == "PERSON"


def test_a_headline_title_is_the_holder_the_body_names(nlp):
    text = "Menpar Dorong Promosi Wisata\nMenteri Pariwisata (Menpar) Widiyanti Putri Wardhana mendorong promosi."
    doc = run_after_ner(nlp, text, [("Widiyanti Putri Wardhana", "PER")], headline=True)
    assert argument_entity(doc, "Menpar").name == "Widiyanti Putri Wardhana"


def test_a_title_no_one_bears_stands_for_no_one(nlp):
    """No person is named "Presiden ...": the bare title gives no entity (so no fact); a
    form of address alone ("Bapak") is no argument at all."""
    doc = run_after_ner(nlp, "Presiden meminta Bapak menjaga kebersihan kota.", [])
    assert argument_entity(doc, "Presiden") is None
    assert "Bapak" not in {s.text for s in doc.spans["kg_arguments"]}


def test_a_ministers_short_title_is_not_the_deputy():
    """Only the whole title gives the short one: "Wakil Menteri Sosial X" is no "Mensos"."""
    assert SHORT_TITLES["menteri sosial"] == "mensos" and "wakil menteri sosial" not in SHORT_TITLES


def test_a_deputy_is_not_the_minister(nlp):
    text = "Wakil Menteri Sosial Agus Jabo Priyono meresmikan pasar. Mensos lalu meninjau pelabuhan."
    doc = run_after_ner(nlp, text, [("Agus Jabo Priyono", "PER")])
    assert argument_entity(doc, "Mensos") is None


def test_a_title_with_its_demonstrative_is_no_bare_title(nlp):
    """ "Gubernur Jateng itu" is a description (the last person named with that role), not a
    bare title; neither is a phrase of common nouns."""
    doc = run_after_ner(nlp, "Gubernur Jateng itu meminta pemerintah pusat menambah anggaran.", [("Jateng", "LOC")])
    spans = {s.text: s for s in doc.spans["kg_arguments"]}
    assert {"Gubernur Jateng itu", "pemerintah pusat"} <= spans.keys()
    assert not is_title_phrase(spans["Gubernur Jateng itu"]) and not is_title_phrase(spans["pemerintah pusat"])
    doc = run_after_ner(nlp, GOVERNOR, [("Ahmad Luthfi", "PER"), ("Jateng", "LOC")])
    assert is_title_phrase(next(s for s in doc.spans["kg_arguments"] if s.text == "Gubernur Jateng"))
