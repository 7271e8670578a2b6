"""A verb rule's arguments past what stands between them and the verb (extractor v189):
a noun apposition after the subject ("X, pendiri Y, mengunjungi Z"), a region no mention
names between a regional title and its holder ("menahan Bupati Kolaka Timur X"), a
concessive clause whose subject is not written ("memecat X sekalipun kalah dari Y"), a
match's score ("kalah 2-3 dari Y"). Exact sets of the rules' facts on fixed NER output,
with near variants that must give none."""

import pytest
from test_components import run_after_ner
from test_cue_words import ruled


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        (
            "Elon Musk, pendiri SpaceX, mengunjungi Jakarta.",
            [("Elon Musk", "PER"), ("SpaceX", "ORG"), ("Jakarta", "LOC")],
            {("Elon Musk", "VISITS", "Jakarta")},
        ),
        (  # a relative clause, as before
            "Elon Musk, yang memimpin SpaceX, mengunjungi Jakarta.",
            [("Elon Musk", "PER"), ("SpaceX", "ORG"), ("Jakarta", "LOC")],
            {("Elon Musk", "VISITS", "Jakarta"), ("Elon Musk", "LEADER_OF", "SpaceX")},
        ),
        (
            "Menurut Elon Musk, SpaceX mengunjungi Jakarta.",
            [("Elon Musk", "PER"), ("SpaceX", "ORG"), ("Jakarta", "LOC")],
            {("SpaceX", "VISITS", "Jakarta")},
        ),
        (
            "KPK menahan Bupati Kolaka Timur Abdul Azis.",
            [("KPK", "ORG"), ("Abdul Azis", "PER")],
            {
                ("Corruption Eradication Commission", "ARRESTS", "Abdul Azis"),
                ("Abdul Azis", "LEADER_OF", "Kolaka Timur"),
            },
        ),
    ],
)
def test_rule_arguments(nlp, text, names, facts):
    assert ruled(run_after_ner(nlp, text, names)) == facts


def test_a_one_word_name_opening_sentences_before_a_verb(nlp):
    """A word no lexicon knows, written again in the article, opening a sentence before a
    verb is a name ("Danantara menanamkan ..."); a known word there is not ("Investasi")."""
    text = "Danantara Suntik Modal\n\nDanantara menanamkan modal di PT Garuda Indonesia. Investasi meningkat."
    doc = run_after_ner(nlp, text, [("PT Garuda Indonesia", "ORG")], headline=True)
    body = [s.text for s in doc.spans["kg_mentions"] if s.start_char > doc._.kg_headline]
    assert body == ["Danantara", "PT Garuda Indonesia"]
    once = run_after_ner(
        nlp, "Judul\n\nDanantara menanamkan modal di PT Garuda Indonesia.", [("PT Garuda Indonesia", "ORG")]
    )
    assert [s.text for s in once.spans["kg_mentions"]] == ["PT Garuda Indonesia"]


def test_a_person_after_an_acronym_the_ner_found_alone(nlp):
    """ "Direktur Utama [BRI] Sunarso": the run's name after the acronym is the holder
    (extractor v191); not an organisation's next word ("DNR [Logistics] tahun 2021")."""
    doc = run_after_ner(nlp, "Direktur Utama BRI Sunarso mengatakan laba naik.", [("BRI", "ORG")])
    assert ruled(doc) == {("Sunarso", "LEADER_OF", "BRI")}
    doc = run_after_ner(
        nlp,
        "Direktur Operasional DNR Logistics tahun 2021 Herry Tho diperiksa.",
        [("DNR", "ORG"), ("Herry Tho", "PER")],
    )
    assert "Logistics" not in [s.text for s in doc.spans["kg_mentions"]]
