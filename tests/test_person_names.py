"""A person's one-word name joined by the final types (kg_id_person_names_v1): on fixed
mention input, with the typer's decisions set by hand, so these tests move with neither
the NER's nor the typer's weights."""

import pytest
from test_components import run_after_ner

from kg.extractors.indonesian.extractor import to_extraction
from kg.extractors.indonesian.person_names import called_by, person_merges
from kg.model import Article

TEXT = (
    "Food blogger asal Yunnan, Dianxi Xiaoge, memasak untuk Megawati. Dianxi Xiaoge terkenal "
    "di Tiongkok. Megawati mengajak Dianxi berfoto bersama."
)
NAMES = [("Yunnan", "LOC"), ("Dianxi Xiaoge", "LOC"), ("Megawati", "PER"), ("Dianxi Xiaoge", "ORG")]
NAMES += [("Tiongkok", "LOC")]


def merged(nlp, text: str, names: list[tuple[str, str]], persons: list[str]):
    """The doc after the pipeline, with the typer's output replaced by ``persons`` typed
    PERSON, and the merges computed on it: (doc, {short name: person's name})."""
    doc = run_after_ner(nlp, text, names)
    entities = doc._.kg_entities
    doc._.kg_entity_types = {eid: "PERSON" for eid, e in entities.items() if e.name in persons}
    doc._.kg_entity_merges = person_merges(doc)
    return doc, {entities[a].name: entities[b].name for a, b in doc._.kg_entity_merges.items()}


def test_a_one_word_name_joins_the_person_the_typer_made(nlp):
    doc, merges = merged(nlp, TEXT, [*NAMES, ("Dianxi", "LOC")], ["Dianxi Xiaoge"])
    assert merges == {"Dianxi": "Dianxi Xiaoge"}
    extraction = to_extraction(Article("a1", TEXT), doc, "kg.test")
    names = {e.name: (e.type, e.aliases) for e in extraction.entities}
    assert "Dianxi" not in names and names["Dianxi Xiaoge"] == ("PERSON", ("Dianxi",))
    (person,) = [e.id for e in extraction.entities if e.name == "Dianxi Xiaoge"]
    assert [(m.text, m.type) for m in extraction.mentions if m.entity_id == person] == [
        ("Dianxi Xiaoge", "PERSON"),
        ("Dianxi Xiaoge", "PERSON"),
        ("Dianxi", "PERSON"),
    ]
    assert ("Megawati", "URGES", "Dianxi Xiaoge") in {
        (t.subject.name, t.predicate, t.object.name) for t in extraction.triples
    }
    assert all(t.subject.id != t.object.id for t in extraction.triples)


@pytest.mark.parametrize(
    "extra, persons",
    [
        ([("Dianxi", "LOC")], []),  # the typer left no person of that name
        ([("Dianxi", "MISC")], ["Dianxi Xiaoge"]),  # MISC: a prize or product named after someone
        ([("Dianxi Wang", "LOC"), ("Dianxi", "LOC")], ["Dianxi Xiaoge", "Dianxi Wang"]),  # two persons share it
    ],
)
def test_nothing_is_joined(nlp, extra, persons):
    text = TEXT + (" Dianxi Wang ikut hadir." if ("Dianxi Wang", "LOC") in extra else "")
    _, merges = merged(nlp, text, [*NAMES, *extra], persons)
    assert merges == {}


def test_a_name_the_gazetteer_knows_joins_no_person(nlp):
    text = "Pengusaha Budi Jakarta ditangkap polisi. Budi Jakarta membantah. Polisi berjaga di Jakarta."
    doc, merges = merged(
        nlp, text, [("Budi Jakarta", "LOC"), ("Budi Jakarta", "LOC"), ("Jakarta", "LOC")], ["Budi Jakarta"]
    )
    assert merges == {} and any(e.name == "Jakarta" for e in doc._.kg_entities.values())


@pytest.mark.parametrize(
    "name, words",
    [
        ("Patrick Kluivert", {"Patrick", "Kluivert"}),
        ("Muhammad Akbar Djohan", {"Akbar", "Djohan", "Akbar Djohan"}),
        ("R Sony Sulaksono Wibowo", {"Sony", "Wibowo", "Sony Sulaksono Wibowo"}),
        ("Kluivert", set()),
        ("Putri Zulkifli Hasan", {"Putri", "Hasan"}),  # one common word of three
        ("Hadiah Nobel", set()),  # as many common words as others: no person's name
        ("Hasan Nasbi Ikut Sidang", set()),
        ("Presiden Joko Widodo", set()),  # a title inside
    ],
)
def test_the_words_a_person_is_called_by(name, words):
    assert called_by(name) == words
