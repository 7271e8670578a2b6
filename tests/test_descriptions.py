"""A role or occupation with a demonstrative stands for the person named before it, and the
word classes that keep noun phrases to their nouns (components on fixed mentions:
extractors/indonesian/candidates.py, facts.py, relations.py, postags.py, glue.py)."""

import pytest
from test_components import run_after_ner, stated

from kg.extractors.indonesian.candidates import SPAN_KEY as ARGUMENTS
from kg.extractors.indonesian.fact_entities import ArgumentEntities
from kg.extractors.indonesian.pairs import Candidate
from kg.extractors.indonesian.postags import tag_of
from kg.extractors.indonesian.rulebook import rule_confidences
from kg.model import Entity


def entity_of_phrase(nlp, text: str, names: list[tuple[str, str]], phrase: str, etype: str = "PERSON") -> Entity:
    doc = run_after_ner(nlp, text, names)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    return ArgumentEntities(doc).of(Candidate(span, etype, "nominal"))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Politikus PKB ini", "Rano Alfath"),
        ("Mantan Menteri Pertahanan itu", "Rano Alfath"),
        ("korban ini", "korban ini"),  # a victim is seldom the last person named
        ("rekan Rano Alfath", "rekan Rano Alfath"),  # no demonstrative: no description
    ],
)
def test_a_description_is_the_last_person_named(nlp, phrase, expected):
    text = f"Rano Alfath hadir di Senayan. Lalu {phrase} mengapresiasi Kejaksaan Agung."
    names = [("Rano Alfath", "PER"), ("Kejaksaan Agung", "ORG")]
    if "PKB" in phrase:
        names.append(("PKB", "ORG"))
    assert entity_of_phrase(nlp, text, names, phrase).name == expected


@pytest.mark.parametrize(
    ("phrase", "etype", "name", "aliases"),
    [
        (
            "tunggakan pajak kendaraan tersebut",
            "CONCEPT",
            "tunggakan pajak kendaraan",
            ("tunggakan pajak kendaraan tersebut",),
        ),
        ("pria 32 tahun ini", "PERSON", "pria 32 tahun ini", ()),  # one of many persons so described
        ("Kedua perusahaan itu", "ORG", "Kedua perusahaan itu", ()),  # a count
        ("gol kemenangan Persebaya kali ini", "CONCEPT", "gol kemenangan Persebaya kali ini", ()),  # a time
        ("mobil tersebut", "PRODUCT", "mobil tersebut", ()),  # one word names nothing alone
    ],
)
def test_a_description_that_refers_to_nothing_named_is_named_without_its_demonstrative(
    nlp, phrase, etype, name, aliases
):
    text = f"Saharuddin hadir di Bantaeng. Ia menyebut {phrase} menjadi perhatian DPRD Bantaeng."
    entity = entity_of_phrase(
        nlp, text, [("Saharuddin", "PER"), ("Bantaeng", "LOC"), ("DPRD Bantaeng", "ORG")], phrase, etype
    )
    assert (entity.name, entity.aliases) == (name, aliases)


def test_a_role_description_gives_the_person_the_role(nlp):
    text = "Bambang Soesatyo hadir di Jakarta. Ketua MPR RI ke-15 ini menegaskan pentingnya reformasi hukum."
    doc = run_after_ner(nlp, text, [("Bambang Soesatyo", "PER"), ("MPR RI", "ORG")])
    assert ("Bambang Soesatyo", "LEADER_OF", "MPR RI") in stated(doc)
    role = next(f for f in doc._.kg_triples if f.predicate == "LEADER_OF")
    assert role.rule == "described"  # its own confidence, calibrated on the training articles
    assert role.confidence == rule_confidences()["described"] != rule_confidences()["role"]


def test_a_role_inside_a_noun_phrase_describes_no_one(nlp):
    """ "mobil dinas Ketua DPRD Bantaeng itu": the demonstrative points at the car."""
    text = "Saharuddin hadir. Saharuddin menambahkan mobil dinas Ketua DPRD Bantaeng itu merupakan kendaraan baru."
    doc = run_after_ner(nlp, text, [("Saharuddin", "PER"), ("DPRD Bantaeng", "ORG")])
    assert not any(p == "LEADER_OF" for _, p, _ in stated(doc))


@pytest.mark.parametrize(
    ("word", "tag"),
    [("dinas", "NN"), ("dibekuk", "VB"), ("kini", "ADV"), ("dulu", "ADV"), ("sesuai", "IN")],
)
def test_word_classes(nlp, word, tag):
    doc = nlp.make_doc(f"x {word} x")
    assert tag_of(doc[1]) == tag


def test_no_adjective_or_measure_word_after_a_name_in_a_noun_phrase(nlp):
    text = "Presiden AS Donald Trump pertama kali mengumumkan kebijakan tarif baru."
    doc = run_after_ner(nlp, text, [("AS", "LOC"), ("Donald Trump", "PER")])
    arguments = {s.text for s in doc.spans[ARGUMENTS]}
    assert "kebijakan tarif baru" in arguments  # an adjective after a noun stays
    assert not any("pertama" in a or a == "kali" for a in arguments)


def test_a_person_after_an_organisation_joined_by_dan(nlp):
    """The title before "Departemen ... dan Moneter BI" shows the person the NER glued to "BI"."""
    text = "Direktur Departemen Kebijakan Ekonomi dan Moneter BI Juli Budi Winantya mengatakan inflasi rendah."
    names = [("Departemen Kebijakan Ekonomi", "PER"), ("Moneter", "MISC"), ("BI Juli Budi Winantya", "ORG")]
    doc = run_after_ner(nlp, text, names)
    found = {(s.text, s.label_) for s in doc.spans["kg_mentions"]}
    assert ("Juli Budi Winantya", "PERSON") in found
    assert ("Departemen Kebijakan Ekonomi", "PERSON") not in found


@pytest.mark.parametrize(("kind", "phrase"), [("name", "DPR RI"), ("nominal", "Komisi III DPR RI")])
def test_a_unit_before_its_organisation_is_who_acts(nlp, kind, phrase):
    """ "Komisi III DPR RI mendesak ...": the commission acts, not the house (as the training
    annotations name it), whether the pair holds the house's name or the whole phrase."""
    text = "Komisi III DPR RI mendesak Polri mengusut kasus itu."
    doc = run_after_ner(nlp, text, [("DPR RI", "ORG"), ("Polri", "ORG")])
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    assert ArgumentEntities(doc).of(Candidate(span, "ORG", kind)).name == "Komisi III DPR RI"
    polri = doc.char_span(text.index("Polri"), text.index("Polri") + len("Polri"))
    assert ArgumentEntities(doc).of(Candidate(polri, "ORG", "name")).name != "Komisi III DPR RI"
