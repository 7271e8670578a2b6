"""A title apposition's person stands for the organisation inside it as an argument of
another fact (extractor v170): "KPK menahan Komisaris [PT IAE], Arso Sadewo" holds Arso
Sadewo. Hand-built candidates and pairs, so the test does not move with the models."""

import pytest
from spacy.tokens import Span

from kg.extractors.indonesian.appositions import holder_for
from kg.extractors.indonesian.facts import _through_titles
from kg.extractors.indonesian.pairs import Candidate
from kg.extractors.indonesian.relation_model import Pair


def _span(doc, text: str, words: str) -> Span:
    at = text.index(words)
    return doc.char_span(at, at + len(words))


def _setup(nlp, text: str, head: tuple[str, str, str], tail: tuple[str, str, str], people: list[str]):
    doc = nlp.make_doc(text)
    spans = [_span(doc, text, person) for person in people]
    found = {s.start: Span(doc, s.start, s.end, label="PERSON") for s in spans}
    cands = [Candidate(_span(doc, text, words), typ, kind) for words, typ, kind in (head, tail)]
    return doc, found, cands


@pytest.mark.parametrize(
    ("text", "head", "tail", "people", "holder"),
    [
        (  # a company after a title, its short form, a comma, the person
            "KPK menahan Komisaris PT Inti Alasindo Energi (IAE), Arso Sadewo, kemarin.",
            ("KPK", "ORG", "name"),
            ("PT Inti Alasindo Energi (IAE)", "ORG", "name"),
            ["Arso Sadewo"],
            "Arso Sadewo",
        ),
        (  # a longer title and a region
            "Redaksi melakukan audiensi dengan Kepala Kantor Perwakilan Sumsel Bambang Pramono.",
            ("Redaksi", "ORG", "name"),
            ("Sumsel", "GPE", "name"),
            ["Bambang Pramono"],
            "Bambang Pramono",
        ),
        (  # the noun phrase of the title and the company
            "KPK memeriksa Direktur Utama PT Maju Jaya, Agus Salim, pada Senin.",
            ("KPK", "ORG", "name"),
            ("Direktur Utama PT Maju Jaya", "CONCEPT", "nominal"),
            ["Agus Salim"],
            "Agus Salim",
        ),
        (  # no title before the company: its office was searched, not the person
            "KPK menggeledah kantor PT Maju Jaya, Agus Salim diperiksa.",
            ("KPK", "ORG", "name"),
            ("PT Maju Jaya", "ORG", "name"),
            ["Agus Salim"],
            None,
        ),
        (  # no person right after it
            "KPK memeriksa Direktur Utama PT Maju Jaya pada Senin, lalu Agus Salim.",
            ("KPK", "ORG", "name"),
            ("PT Maju Jaya", "ORG", "name"),
            ["Agus Salim"],
            None,
        ),
        (  # the pair's other argument is the apposition's own person
            "Ketua DPR Puan Maharani hadir.",
            ("Puan Maharani", "PERSON", "name"),
            ("DPR", "ORG", "name"),
            ["Puan Maharani"],
            None,
        ),
    ],
)
def test_the_person_a_title_apposition_names(nlp, text, head, tail, people, holder):
    doc, found, (head_cand, tail_cand) = _setup(nlp, text, head, tail, people)
    got = holder_for(found, doc[:], tail_cand, head_cand)
    assert (got.span.text if got else None) == holder


def test_the_holder_takes_the_place_of_the_organisation_in_an_event_but_not_in_a_standing_fact(nlp):
    text = "KPK menahan Komisaris PT Inti Alasindo Energi (IAE), Arso Sadewo, kemarin."
    doc, found, (head, tail) = _setup(
        nlp, text, ("KPK", "ORG", "name"), ("PT Inti Alasindo Energi (IAE)", "ORG", "name"), ["Arso Sadewo"]
    )
    arrest = _through_titles(found, Pair(head, tail, "ARRESTS", 0.5, "plain", doc[:]))
    assert (arrest.head.span.text, arrest.tail.span.text, arrest.tail.type) == ("KPK", "Arso Sadewo", "PERSON")
    part = _through_titles(found, Pair(head, tail, "PART_OF", 0.5, "plain", doc[:]))
    assert part.tail.span.text == "PT Inti Alasindo Energi (IAE)"
