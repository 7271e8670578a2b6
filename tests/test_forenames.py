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


@pytest.mark.parametrize(
    ("text", "ner", "people", "orgs"),
    [
        (  # the NER ended the house's name with her first name: "kata Putri" names her
            'Ketua Fraksi PAN DPR RI Putri Zulkifli Hasan menyatakan fraksinya siap. "Kami siap," kata Putri.',
            [("PAN", "ORG"), ("DPR RI Putri", "ORG"), ("Zulkifli Hasan", "PER"), ("Putri", "PER")],
            ["Putri Zulkifli Hasan", "Putri"],
            ["PAN", "DPR RI"],
        ),
        (  # no short form before the word: the firm keeps its name
            'Direktur Utama Jasa Marga Rivan Purwantono siap. "Kami siap," kata Marga.',
            [("Jasa Marga", "ORG"), ("Rivan Purwantono", "PER"), ("Marga", "PER")],
            ["Rivan Purwantono", "Marga"],
            ["Jasa Marga"],
        ),
        (  # a legal form alone is no name: "PT Pertamina"
            'Direktur PT Pertamina Nicke Widyawati siap. "Kami siap," kata Pertamina.',
            [("PT Pertamina", "ORG"), ("Nicke Widyawati", "PER"), ("Pertamina", "PER")],
            ["Nicke Widyawati"],
            ["PT Pertamina", "Pertamina"],  # "Pertamina" alone: the firm the article named
        ),
        (  # the article never writes the word in a person's name
            'Ketua Fraksi PAN DPR RI Putri Zulkifli Hasan menyatakan fraksinya siap. "Kami siap," kata Hasan.',
            [("PAN", "ORG"), ("DPR RI Putri", "ORG"), ("Zulkifli Hasan", "PER"), ("Hasan", "PER")],
            ["Zulkifli Hasan", "Hasan"],
            ["PAN", "DPR RI Putri"],
        ),
    ],
)
def test_a_first_name_the_ner_ended_an_organisation_with(nlp, text, ner, people, orgs):
    doc = run_after_ner(nlp, text, ner)  # kept: a SpanGroup dies with its Doc
    mentions = doc.spans["kg_mentions"]
    assert [s.text for s in mentions if s.label_ == "PERSON"] == people
    assert [s.text for s in mentions if s.label_ == "ORG"] == orgs
