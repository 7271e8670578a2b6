"""A title apposition's person stands for the organisation inside it as an argument of
another fact (extractor v170): "KPK menahan Komisaris [PT IAE], Arso Sadewo" holds Arso
Sadewo. Hand-built candidates and pairs, so the test does not move with the models."""

import pytest
from spacy.tokens import Span

from kg.extractors.indonesian.appositions import holder_for
from kg.extractors.indonesian.coordination import Positions
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
    arrest = _through_titles(Positions(doc), found, Pair(head, tail, "ARRESTS", 0.5, "plain", doc[:]))
    assert (arrest.head.span.text, arrest.tail.span.text, arrest.tail.type) == ("KPK", "Arso Sadewo", "PERSON")
    part = _through_titles(Positions(doc), found, Pair(head, tail, "PART_OF", 0.5, "plain", doc[:]))
    assert part.tail.span.text == "PT Inti Alasindo Energi (IAE)"


@pytest.mark.parametrize(
    ("text", "org", "phrases", "expected"),
    [
        ("Ketua DPRD Kota Bogor Ajak Warga Jaga Kebersihan", "DPRD Kota Bogor", ["Ketua DPRD Kota Bogor"], True),
        (
            "KPK memeriksa Direktur Utama PT Maju Jaya pada Senin.",
            "PT Maju Jaya",
            ["Direktur Utama PT Maju Jaya"],
            True,
        ),
        ("Warga DPRD Kota Bogor datang.", "DPRD Kota Bogor", ["Warga DPRD Kota Bogor"], False),  # no title
    ],
)
def test_the_title_phrase_stands_for_its_holder_when_no_person_follows(nlp, text, org, phrases, expected):
    from kg.extractors.indonesian.appositions import title_phrase_for

    doc = nlp.make_doc(text)
    arg = Candidate(_span(doc, text, org), "ORG", "name")
    cands = [arg, *(Candidate(_span(doc, text, p), "CONCEPT", "nominal") for p in phrases)]
    got = title_phrase_for(cands, arg)
    assert (got.span.text if got else None) == (phrases[0] if expected else None)


@pytest.mark.parametrize(
    ("text", "names", "phrase", "entity"),
    [
        ("Ketua DPRD Kota Bogor mengajak warga.", [("DPRD Kota Bogor", "ORG")], "Ketua DPRD Kota Bogor", None),
        ("Presiden AS mengecam China.", [("AS", "LOC"), ("China", "LOC")], "Presiden AS", None),
        (
            "Presiden Joko Widodo mengecam China.",
            [("Joko Widodo", "PER"), ("China", "LOC")],
            "Presiden Joko Widodo",
            "Joko Widodo",
        ),
    ],
)
def test_a_title_and_an_organisation_name_the_holder_not_the_organisation(nlp, text, names, phrase, entity):
    """The noun phrase "Ketua DPRD Kota Bogor" is an entity of its own (the title's holder),
    not the DPRD; "Presiden Joko Widodo" stays the person."""
    from test_components import run_after_ner

    from kg.extractors.indonesian.fact_entities import ArgumentEntities

    doc = run_after_ner(nlp, text, names)
    got = ArgumentEntities(doc).of(Candidate(_span(doc, text, phrase), "CONCEPT", "nominal"))
    assert got is not None and got.name == (entity or phrase)
