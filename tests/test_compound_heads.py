"""A one-word "person" the NER named that is a common word with a common noun right after
it ("Air kelapa", "Ambil contoh") heads a compound or a phrase, not a name: the mention
finder drops it, so it is no entity of the graph, no argument of a fact and no pronoun's
referent (extractor v220; v219 only kept it out of facts). Tested on fixed NER input, so the
NER's weights do not move it."""

import pytest
from test_components import run_after_ner

from kg.extractors.indonesian.candidates import compound_head


def names(doc) -> set[str]:
    return {n for f in doc._.kg_triples for n in (f.subject.name, f.object.name)}


@pytest.mark.parametrize(
    ("text", "ner", "junk"),
    [
        (
            "Hampir seluruh kariernya ia habiskan bersama Ambil contoh ketika ia memutuskan bertualang ke Malaysia.",
            [("Ambil", "PER"), ("Malaysia", "LOC")],
            "Ambil",
        ),
        (
            "Selain itu, Air kelapa murni menjadi pilihan minuman terbaik bagi penderita asam lambung.",
            [("Air", "PER")],
            "Air",
        ),
        (
            "Sementara itu, Air kelapa menurunkan risiko asam lambung bagi warga Bandung.",
            [("Air", "PER"), ("Bandung", "LOC")],
            "Air",
        ),
    ],
)
def test_a_common_word_heading_a_compound_is_no_mention(nlp, text, ner, junk):
    """v218 gave "Ambil RELATED_TO Malaysia" (through "ia") and "Air RELATED_TO ..." here,
    and v219 still an "Air" person without facts."""
    doc = run_after_ner(nlp, text, ner)
    assert junk not in names(doc)
    assert [s.text for s in doc.spans["kg_mentions"] if s.label_ == "PERSON"] == []
    assert compound_head(doc.char_span(text.index(junk), text.index(junk) + len(junk)))


def test_a_one_word_name_before_a_verb_a_preposition_or_a_time_stays_a_name(nlp):
    """Persons named by a common word ("Putri", "Akbar") keep their facts."""
    text = "Kemarin, Putri mengunjungi Surabaya bersama ibunya."
    doc = run_after_ner(nlp, text, [("Putri", "PER"), ("Surabaya", "LOC")])
    assert ("Putri", "VISITS", "Surabaya") in {(f.subject.name, f.predicate, f.object.name) for f in doc._.kg_triples}
    kept = ("Kemarin, Putri mengunjungi Surabaya.", "kata Akbar kepada wartawan.", "Hari itu, Akbar pagi ini datang.")
    for text in kept:
        name = "Putri" if "Putri" in text else "Akbar"
        doc = run_after_ner(nlp, text, [(name, "PER")])
        span = next(s for s in doc.spans["kg_mentions"] if s.text == name)
        assert not compound_head(span)
