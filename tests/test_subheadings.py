"""A subheading whose line break the text lost runs into the sentence under it ("Ryan
Reynolds Selain memiliki ..."): the name ends before the sentence's opening word (fixed
spans in, so the test does not move with the NER's weights)."""

import pytest

from kg.extractors.indonesian.spans import named_part


def trimmed(nlp, text: str, name: str, label: str, kb_id: str = "") -> str | None:
    doc = nlp.make_doc(text)
    doc._.kg_headline = 0
    at = text.index(name)
    span = doc.char_span(at, at + len(name), label=label, kb_id=kb_id)
    part = named_part(doc, span)
    return None if part is None else part.text


@pytest.mark.parametrize(
    ("text", "name", "label", "expected"),
    [
        # the last word of any name
        (
            "Blake Lively dan Ryan Reynolds Selain memiliki cara unik.",
            "Ryan Reynolds Selain",
            "PERSON",
            "Ryan Reynolds",
        ),
        ("Makanan enak. Curry Rice Selain kedua hidangan itu, disukai.", "Curry Rice Selain", "ORG", "Curry Rice"),
        (
            'Saham naik. PT Unilever Indonesia Tbk (UNVR) " Ketika itu naik.',
            'PT Unilever Indonesia Tbk (UNVR) " Ketika',
            "ORG",
            "PT Unilever Indonesia Tbk (UNVR)",
        ),
        # any word after the first of a person's name, "Dalam" too
        (
            "Mereka datang. Olla Ramlan Seperti Luna Maya, Olla juga bergaya.",
            "Olla Ramlan Seperti Luna Maya",
            "PERSON",
            "Olla Ramlan",
        ),
        (
            "Mereka datang. Oprah Winfrey Dalam sebuah wawancara, bercerita.",
            "Oprah Winfrey Dalam",
            "PERSON",
            "Oprah Winfrey",
        ),
        # nothing left but an abbreviation
        ("Lokasinya di Jl. Selain itu, harga murah.", "Jl. Selain", "GPE", None),
        # names with such words inside stay whole
        (
            "Pejabat dari Kementerian Dalam Negeri datang.",
            "Kementerian Dalam Negeri",
            "PERSON",
            "Kementerian Dalam Negeri",
        ),
        (
            "Pejabat dari Pusat Kajian Sebelum Perang datang.",
            "Pusat Kajian Sebelum Perang",
            "ORG",
            "Pusat Kajian Sebelum Perang",
        ),
        ("Mereka datang ke rumah Sri Bagus kemarin.", "Sri Bagus", "PERSON", "Sri Bagus"),
        ("Pemain Argentina Angel Di Maria mencetak gol.", "Angel Di Maria", "PERSON", "Angel Di Maria"),
        ("Aktris itu datang. Emma Watson Di sana ia bicara.", "Emma Watson Di", "PERSON", "Emma Watson"),
        # a one-word name is its own first word: not cut to nothing here
        ("Kemarin datang Selain ke rumah.", "Selain", "ORG", "Selain"),
    ],
)
def test_a_name_ends_before_a_sentence_opener(nlp, text, name, label, expected):
    assert trimmed(nlp, text, name, label) == expected


def test_a_gazetteer_name_stays_whole(nlp):
    assert trimmed(nlp, "Pejabat dari Bank Dengan datang.", "Bank Dengan", "ORG", kb_id="Bank Dengan") == "Bank Dengan"
