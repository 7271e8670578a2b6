"""Names a conjunction splits, joined again by the short form after them
(extractors/indonesian/spelled.py)."""

import pytest
from test_components import run_after_ner

from kg.extractors.indonesian.spelled import spells


@pytest.mark.parametrize(
    ("short", "words", "expected"),
    [
        ("brin", "badan riset dan inovasi nasional", True),
        ("kesbangpol", "kesatuan bangsa dan politik", True),
        ("esdm", "energi dan sumber daya mineral", True),
        ("esdm", "kementerian energi dan sumber daya mineral", False),  # the head is not spelled
        ("bi", "kementerian keuangan dan bank indonesia", False),
        ("brn", "badan riset dan inovasi nasional", False),  # every word gives a letter
    ],
)
def test_spells(short, words, expected):
    assert spells(short, tuple(words.split())) is expected


def mentions(nlp, text, names):
    doc = run_after_ner(nlp, text, names)
    return {(s.text, s.label_) for s in doc.spans["kg_mentions"]}


def test_a_name_split_at_dan_is_one_mention_with_its_short_form(nlp):
    text = "Peneliti Badan Riset dan Inovasi Nasional (BRIN) Erma Yulihastin mengatakan hal itu."
    names = [("Badan Riset", "ORG"), ("Inovasi Nasional", "MISC"), ("BRIN", "ORG"), ("Erma Yulihastin", "PER")]
    assert mentions(nlp, text, names) == {
        ("Badan Riset dan Inovasi Nasional (BRIN)", "ORG"),
        ("Erma Yulihastin", "PERSON"),
    }


def test_two_names_joined_by_dan_stay_two_when_the_short_form_spells_one(nlp):
    text = "Kementerian Keuangan dan Bank Negara Indonesia (BNI) sepakat."
    names = [("Kementerian Keuangan", "ORG"), ("Bank Negara Indonesia", "ORG"), ("BNI", "ORG")]
    found = mentions(nlp, text, names)
    assert ("Kementerian Keuangan", "ORG") in found
    assert not any("dan" in name for name, _ in found)


def test_words_the_ner_left_out_of_a_spelled_name_join_it(nlp):
    text = "Ketua Umum Himpunan Pengusaha Muda Indonesia (HIPMI) Akbar Himawan hadir."
    names = [("Himpunan", "ORG"), ("Indonesia (HIPMI)", "ORG"), ("Akbar Himawan", "PER")]
    assert mentions(nlp, text, names) == {
        ("Himpunan Pengusaha Muda Indonesia (HIPMI)", "ORG"),
        ("Akbar Himawan", "PERSON"),
    }


def test_a_spelled_title_makes_no_mention(nlp):
    text = "Menteri Sosial (Mensos) Saifullah Yusuf datang."
    assert mentions(nlp, text, [("Saifullah Yusuf", "PER")]) == {("Saifullah Yusuf", "PERSON")}


def test_a_persons_initials_do_not_outvote_the_name(nlp):
    text = "Anggota DPR Bambang Haryo Soekartono (BHS) datang. BHS menolak. Kata BHS, itu salah."
    names = [("DPR", "ORG"), ("Bambang Haryo Soekartono", "PER"), ("BHS", "ORG"), ("BHS", "ORG"), ("BHS", "ORG")]
    doc = run_after_ner(nlp, text, names)
    types = {e.name: e.type for e in doc._.kg_entities.values()}
    assert types["Bambang Haryo Soekartono"] == "PERSON"
    assert ("Bambang Haryo Soekartono", "MEMBER_OF", "People's Representative Council") in {
        (f.subject.name, f.predicate, f.object.name) for f in doc._.kg_triples
    }


def test_a_tie_of_types_goes_to_the_longest_mention(nlp):
    text = "Hal senada diungkapkan Sekretaris Kementerian Pariwisata Bayu Aji. Menurut Bayu, itu baik."
    doc = run_after_ner(nlp, text, [("Bayu Aji", "PER"), ("Bayu", "ORG")])
    assert {e.name: e.type for e in doc._.kg_entities.values()}["Bayu Aji"] == "PERSON"
    assert {(f.subject.name, f.predicate, f.object.name) for f in doc._.kg_triples} == {
        ("Bayu Aji", "OFFICIAL_OF", "Kementerian Pariwisata")
    }
