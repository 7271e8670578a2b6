"""A phrase of event nouns before a capitalised name stands for the event so named: "acara
agenda Mahakam Investment Forum (MIF)" is "Mahakam Investment Forum (MIF)" (extractor v177;
the annotations name the event, 21 of 23 training arguments). Components on fixed NER
output."""

import pytest
from test_components import argument_entity, run_after_ner


def test_the_phrase_is_the_event_it_names_with_the_phrase_an_alias(nlp):
    text = "PWI Kota Bogor rutin menjalankan kegiatan Jumat Sehat di Bogor."
    doc = run_after_ner(nlp, text, [("PWI Kota Bogor", "ORG"), ("Bogor", "LOC")])
    entity = argument_entity(doc, "kegiatan Jumat Sehat")
    assert (entity.name, entity.type, entity.aliases) == ("Jumat Sehat", "EVENT", ("kegiatan Jumat Sehat",))


def _named(doc, start):
    mention = next(m for m in doc.spans["kg_mentions"] if m.text.startswith(start))
    return doc._.kg_entities[doc._.kg_links[(mention.start_char, mention.end_char)]]


@pytest.mark.parametrize(
    ("text", "names", "phrase", "name"),
    [
        (
            "Bahlil berbicara dalam acara Himpunan Pengusaha Muda Indonesia (HIPMI) di Jakarta.",
            [("Bahlil", "PER"), ("Himpunan Pengusaha Muda Indonesia", "ORG"), ("HIPMI", "ORG"), ("Jakarta", "LOC")],
            "acara Himpunan Pengusaha Muda Indonesia (HIPMI)",
            "Himpunan",
        ),
        (
            "Basuki berbicara dalam acara agenda Mahakam Investment Forum (MIF) 2025 di Samarinda.",
            [("Basuki", "PER"), ("Samarinda", "LOC")],
            "acara agenda Mahakam Investment Forum (MIF)",
            "Mahakam",
        ),
    ],
)
def test_a_name_after_the_event_nouns_is_that_names_entity(nlp, text, names, phrase, name):
    doc = run_after_ner(nlp, text, names)
    assert argument_entity(doc, phrase) == _named(doc, name)


@pytest.mark.parametrize(
    ("text", "names", "phrase"),
    [
        ("Anies hadir dalam acara temu media di Jakarta.", [("Anies", "PER"), ("Jakarta", "LOC")], "acara temu media"),
        ("Anies membuka acara Hari di Bogor.", [("Anies", "PER"), ("Bogor", "LOC")], "acara Hari"),
        ("Anies membuka acara Jakarta pada Senin.", [("Anies", "PER"), ("Jakarta", "LOC")], "acara Jakarta"),
        (
            "Anies hadir dalam kegiatan Presiden Prabowo di Bogor.",
            [("Anies", "PER"), ("Prabowo", "PER"), ("Bogor", "LOC")],
            "kegiatan Presiden Prabowo",
        ),
    ],
)
def test_no_name_a_place_or_a_titled_person_makes_no_event(nlp, text, names, phrase):
    entity = argument_entity(run_after_ner(nlp, text, names), phrase)
    assert entity is None or entity.type != "EVENT" or entity.name == phrase
