"""A subheading whose line break the text lost runs into the sentence under it ("Ryan
Reynolds Selain memiliki ..."): the name ends before the sentence's opening word (fixed
spans in, so the test does not move with the NER's weights)."""

from kg.extractors.indonesian.spans import named_part


def trimmed(nlp, text: str, name: str, label: str, kb_id: str = "") -> str | None:
    doc = nlp.make_doc(text)
    doc._.kg_headline = 0
    at = text.index(name)
    span = doc.char_span(at, at + len(name), label=label, kb_id=kb_id)
    part = named_part(doc, span)
    return None if part is None else part.text


def test_a_name_ends_before_an_opener(nlp):
    text = "Blake Lively dan Ryan Reynolds Selain memiliki cara yang unik, keduanya sering pamer."
    assert trimmed(nlp, text, "Ryan Reynolds Selain", "PERSON") == "Ryan Reynolds"
    text = "Makanan enak. Curry Rice Selain kedua hidangan itu, Curry Rice juga disukai."
    assert trimmed(nlp, text, "Curry Rice Selain", "ORG") == "Curry Rice"


def test_a_persons_name_ends_at_an_opener_inside_it(nlp):
    text = "Mereka datang. Olla Ramlan Seperti Luna Maya, Olla Ramlan juga bergaya."
    assert trimmed(nlp, text, "Olla Ramlan Seperti Luna Maya", "PERSON") == "Olla Ramlan"
    text = "Mereka datang. Oprah Winfrey Dalam sebuah wawancara, Oprah bercerita."
    assert trimmed(nlp, text, "Oprah Winfrey Dalam", "PERSON") == "Oprah Winfrey"
    text = 'Mereka datang. PT Unilever Indonesia Tbk (UNVR) " Ketika itu harga naik.'
    assert trimmed(nlp, text, 'PT Unilever Indonesia Tbk (UNVR) " Ketika', "ORG") == "PT Unilever Indonesia Tbk (UNVR)"


def test_names_with_such_words_inside_stay_whole(nlp):
    text = "Pejabat dari Kementerian Dalam Negeri datang."
    assert trimmed(nlp, text, "Kementerian Dalam Negeri", "PERSON") == "Kementerian Dalam Negeri"
    text = "Pejabat dari Pusat Kajian Sebelum Perang datang."
    assert trimmed(nlp, text, "Pusat Kajian Sebelum Perang", "ORG") == "Pusat Kajian Sebelum Perang"
    text = "Pejabat dari Bank Dengan datang."  # a gazetteer name is taken as it is
    assert trimmed(nlp, text, "Bank Dengan", "ORG", kb_id="Bank Dengan") == "Bank Dengan"
    text = "Mereka datang ke rumah Sri Bagus kemarin."
    assert trimmed(nlp, text, "Sri Bagus", "PERSON") == "Sri Bagus"


def test_nothing_is_left_of_an_abbreviation_before_an_opener(nlp):
    text = "Lokasinya di Jl. Selain itu, harga murah."
    assert trimmed(nlp, text, "Jl. Selain", "GPE") is None
