"""Amounts of money and the nouns of light verbs (components on fixed mentions)."""

from test_components import run_after_ner

from kg.extractors.indonesian.coordination import Positions
from kg.extractors.indonesian.fact_entities import ArgumentEntities
from kg.extractors.indonesian.facts import FactBuilder
from kg.extractors.indonesian.pairs import Candidate
from kg.extractors.indonesian.relation_model import Pair


def arguments(doc) -> dict[str, str]:
    return {s.text: s.label_ for s in doc.spans["kg_arguments"]}


def test_an_amount_is_money_and_its_currency_no_name(nlp):
    """The NER's "Rp" (MISC, LOC) and "Triliun" are no names; the amount is one MONEY phrase."""
    text = "Kementerian Sosial menyalurkan Rp 300 ribu dan US$ 2,2 juta, total Rp 4,7 Triliun."
    names = [("Kementerian Sosial", "ORG"), ("Rp", "MISC"), ("US$", "MISC"), ("Triliun", "MISC")]
    doc = run_after_ner(nlp, text, names)
    assert [s.text for s in doc.spans["kg_mentions"]] == ["Kementerian Sosial"]
    found = arguments(doc)
    assert found["Rp 300 ribu"] == found["US$ 2,2 juta"] == "MONEY"


def test_a_noun_phrase_without_currency_keeps_its_learned_type(nlp):
    doc = run_after_ner(nlp, "Kementerian Sosial menyalurkan bantuan sosial.", [("Kementerian Sosial", "ORG")])
    assert arguments(doc)["bantuan sosial"] != "MONEY"


def open_fact(nlp, text: str, names: list[tuple[str, str]]):
    """The open fact of a pair of the first and the last name of ``text``, or None."""
    doc = run_after_ner(nlp, text, names)
    mentions = list(doc.spans["kg_mentions"])
    head, tail = (Candidate(s, s.label_, "name") for s in (mentions[0], mentions[-1]))
    pair = Pair(head, tail, "RELATED_TO", 0.9, "plain", next(iter(doc.sents)))
    return FactBuilder("facts")._from_pair(doc, ArgumentEntities(doc), Positions(doc), pair)


def fact_words(nlp, text: str, names: list[tuple[str, str]]) -> tuple[str, str]:
    """The words and lemma of an open fact between the first and the last name of ``text``."""
    fact = open_fact(nlp, text, names)
    assert fact is not None
    return fact.predicate_text, fact.predicate_lemma


def test_punctuation_states_no_open_fact_and_keys_none(nlp):
    """A colon or a comma alone between two names ("Iuran PTA: Rp ...", "Pearl Jam, Seattle")
    states no fact; words after a comma key the fact by their lemma, not by the comma."""
    names = [("Pearl Jam", "ORG"), ("Seattle", "LOC")]
    assert open_fact(nlp, "Pearl Jam: Seattle.", names) is None
    names = [("Perry Warjiyo", "PER"), ("KSSK", "ORG")]
    assert fact_words(nlp, "Perry Warjiyo, dalam konferensi pers KSSK.", names)[1] == "dalam"


def test_a_light_verb_states_the_fact_with_its_noun(nlp):
    names = [("Sarmuji", "PER"), ("Partai Golkar", "ORG")]
    text = "Sarmuji menyampaikan apresiasi kepada Partai Golkar."
    assert fact_words(nlp, text, names) == ("menyampaikan apresiasi", "apresiasi")


def test_a_full_verb_states_the_fact_alone(nlp):
    names = [("Sarmuji", "PER"), ("Partai Golkar", "ORG")]
    assert fact_words(nlp, "Sarmuji mengunjungi kantor Partai Golkar.", names) == ("mengunjungi", "kunjung")


def test_a_light_verb_leaves_an_argument_out_of_its_words(nlp):
    """The noun after the light verb that is the fact's argument is not said twice."""
    names = [("Sarmuji", "PER"), ("Partai Golkar", "ORG")]
    assert fact_words(nlp, "Sarmuji menyampaikan Partai Golkar menang.", names)[0] == "menyampaikan"


def test_interjections_and_currency_codes_are_no_names(nlp):
    text = '"Alhamdulillah, SGD 500 ribu sudah diterima Kementerian Sosial," kata Budi Santoso.'
    names = [("Alhamdulillah", "PER"), ("SGD", "ORG"), ("Kementerian Sosial", "ORG"), ("Budi Santoso", "PER")]
    doc = run_after_ner(nlp, text, names)
    assert [s.text for s in doc.spans["kg_mentions"]] == ["Kementerian Sosial", "Budi Santoso"]
    assert arguments(doc)["SGD 500 ribu"] == "MONEY"
