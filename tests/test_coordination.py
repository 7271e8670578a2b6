"""Members of one list stand side by side: no relation between them comes from being
listed ("AS, Inggris, Jerman, dan Kanada"), while an address ("Garut, Jawa Barat") and
the two sides after *antara* still relate. On fixed token offsets, and on fixed NER
output through the pipeline after the NER."""

import pytest
import spacy
from spacy.tokens import Doc
from test_components import run_after_ner, stated

from kg.extractors.indonesian.coordination import Positions, coordinated

LIST = "pengguna di AS , Inggris , Jerman , dan Kanada ."
COUNTRIES = ["AS", "Inggris", "Jerman", "Kanada"]
RANGE = "dari Banten , Jawa Barat hingga Jawa Timur ."


def offsets(words: list[str], phrase: str) -> tuple[int, int]:
    parts = phrase.split()
    start = next(i for i in range(len(words)) if words[i : i + len(parts)] == parts)
    return start, start + len(parts)


@pytest.mark.parametrize(
    ("text", "members", "a", "b", "expected"),
    [
        (
            LIST,
            COUNTRIES,
            "AS",
            "Inggris",
            True,
        ),
        (
            LIST,
            COUNTRIES,
            "Jerman",
            "Kanada",
            True,
        ),
        (
            RANGE,
            ["Banten", "Jawa Barat", "Jawa Timur"],
            "Banten",
            "Jawa Barat",
            True,
        ),
        # an address is a chain of commas alone
        (
            "di Kecamatan Tambora , Kota Jakarta Barat , DKI Jakarta .",
            ["Kecamatan Tambora", "Kota Jakarta Barat", "DKI Jakarta"],
            "Kecamatan Tambora",
            "Kota Jakarta Barat",
            False,
        ),
        ("tiba dari Garut , Jawa Barat .", ["Garut", "Jawa Barat"], "Garut", "Jawa Barat", False),
        # the two sides of "antara ... dan ..."
        (
            "kesepakatan antara Amerika Serikat dan China .",
            ["Amerika Serikat", "China"],
            "Amerika Serikat",
            "China",
            False,
        ),
        # words other than separators between them: no list
        ("Dua di Afrika Selatan dan satu di AS .", ["Afrika Selatan", "AS"], "Afrika Selatan", "AS", False),
        ("Budi mengunjungi Jakarta dan Bandung .", ["Budi", "Jakarta", "Bandung"], "Budi", "Jakarta", False),
    ],
)
def test_members_of_a_list(text, members, a, b, expected):
    words = text.split()
    doc = Doc(spacy.blank("id").vocab, words=words)
    covered = {i for m in members for i in range(*offsets(words, m))}
    assert coordinated(doc, doc[:], covered, offsets(words, a), offsets(words, b)) is expected
    assert coordinated(doc, doc[:], covered, offsets(words, b), offsets(words, a)) is expected


def places(doc) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in doc._.kg_triples if f.predicate == "LOCATED_IN"}


def test_a_list_of_countries_yields_no_place_in_another(nlp):
    text = "Fitur itu kini tersedia bagi pengguna di AS, Inggris, Jerman, Swedia, Meksiko, dan Kanada."
    names = [(n, "LOC") for n in ("AS", "Inggris", "Jerman", "Swedia", "Meksiko", "Kanada")]
    doc = run_after_ner(nlp, text, names)
    listed = {f.subject.name for f in doc._.kg_triples} & {f.object.name for f in doc._.kg_triples}
    assert not places(doc) and not listed


def test_an_address_links_each_place_to_the_next(nlp):
    text = "Rini ditemui di Kompleks Parlemen, Senayan, Jakarta Pusat, Senin."
    names = [("Rini", "PER"), ("Kompleks Parlemen", "LOC"), ("Senayan", "LOC"), ("Jakarta Pusat", "LOC")]
    doc = run_after_ner(nlp, text, names)
    assert ("Kompleks Parlemen", "Jakarta Pusat") not in places(doc)
    park, senayan, jakarta = (doc.char_span(text.index(n), text.index(n) + len(n)) for n, _ in names[1:])
    positions = Positions(doc)
    assert positions.skips_a_link(park, jakarta)
    assert not positions.skips_a_link(park, senayan) and not positions.skips_a_link(senayan, jakarta)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Jepang dan Indonesia menandatangani perjanjian dagang.", ("Japan", "SIGNS_AGREEMENT_WITH", "Indonesia")),
        ("Indonesia dan Jepang menandatangani perjanjian dagang.", ("Indonesia", "SIGNS_AGREEMENT_WITH", "Japan")),
        ("Jepang bertemu dengan Indonesia di Tokyo.", ("Japan", "MEETS", "Indonesia")),
        ("Pertemuan Indonesia dan Jepang digelar di Tokyo.", ("Indonesia", "MEETS", "Japan")),
    ],
)
def test_a_symmetric_fact_reads_as_written(nlp, text, fact):
    """A symmetric relation's participants in the order the sentence writes them (extractor
    v235), as the annotations write every such fact; one fact, not one each way."""
    names = [(name, "GPE") for name in ("Indonesia", "Jepang", "Tokyo") if name in text]
    symmetric = {f for f in stated(run_after_ner(nlp, text, names)) if f[1] in ("SIGNS_AGREEMENT_WITH", "MEETS")}
    assert symmetric == {fact}
