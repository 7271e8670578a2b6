"""Balinese names on fixed spans: the particle and the birth-order name open one person,
and the names the NER cut around it give back what is the person's."""

from spacy.tokens import Span

from kg.extractors.indonesian.balinese import balinese_names


def spans_of(nlp, text: str, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    spans = []
    for name, label in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label=label))
    return [(s.text, s.label_) for s in balinese_names(doc, sorted(spans, key=lambda s: s.start))]


def test_the_particle_the_ner_gave_to_the_place_before_opens_the_person(nlp):
    text = "Hadir pula Wakil Bupati Jembrana I Made Kembang Hartawan dalam acara itu."
    found = spans_of(nlp, text, [("Jembrana I", "GPE"), ("Made", "PERSON"), ("Hartawan", "PERSON")])
    assert found == [("Jembrana", "GPE"), ("I Made Kembang Hartawan", "PERSON")]


def test_a_woman_s_name_and_a_name_already_whole(nlp):
    text = "ujar hakim Ni Luh Suastini di ruang sidang. Hadir I Ketut Buana, serta tamu lain."
    found = spans_of(nlp, text, [("Luh Suastini", "PERSON"), ("I Ketut Buana", "PERSON")])
    assert found == [("Ni Luh Suastini", "PERSON"), ("I Ketut Buana", "PERSON")]


def test_after_a_numbered_unit_the_i_is_its_number(nlp):
    text = "Ketua Komisi I Made Supartha hadir. Asisten I Bidang Pemerintahan datang."
    found = spans_of(nlp, text, [("Komisi I", "ORG"), ("Made Supartha", "PERSON")])
    assert found == [("Komisi I", "ORG"), ("Made Supartha", "PERSON")]  # and "I Bidang": no birth-order name


def test_no_balinese_name_no_change(nlp):
    text = "Menteri Keuangan Sri Mulyani hadir."
    doc = nlp.make_doc(text)
    spans = [Span(doc, 2, 4, label="PERSON")]
    assert balinese_names(doc, spans) == spans
