"""A person's first names the NER left out join the person (fixed NER output, so the test
does not move with the NER's weights): here the words between a region known by name,
after a regional title or place noun, and the person (extractor v170)."""

import pytest
from test_components import run_after_ner, stated


@pytest.mark.parametrize(
    ("text", "ner", "people", "role"),
    [
        (
            "Bupati Kolaka Timur Abdul Azis ditahan.",
            "Azis",
            ["Abdul Azis"],
            ("Abdul Azis", "LEADER_OF", "Kolaka Timur"),
        ),
        ("Warga Kabupaten Kolaka Timur Abdul Azis ditahan.", "Azis", ["Abdul Azis"], None),  # after a place noun
        ("Bupati Kolaka Timur Azis ditahan.", "Azis", ["Azis"], None),  # nothing between
        ("Bupati Kolaka Timur Abdul Azis ditahan.", "Abdul Azis", ["Abdul Azis"], None),  # the NER's whole name
        ("Warga Kolaka Timur Abdul Azis ditahan.", "Azis", ["Azis"], None),  # no regional title or place noun
    ],
)
def test_name_words_between_a_region_and_its_head(nlp, text, ner, people, role):
    doc = run_after_ner(nlp, text, [(ner, "PER")])
    assert [s.text for s in doc.spans["kg_mentions"] if s.label_ == "PERSON"] == people
    if role:
        assert role in stated(doc)
