"""A fact of one list member holds for the others (extractor v171, :mod:`lists`):
hand-built mentions and pairs, so the test does not move with the models."""

import pytest

from kg.extractors.indonesian.coordination import Positions
from kg.extractors.indonesian.facts import NOT_SPREAD
from kg.extractors.indonesian.lists import spread
from kg.extractors.indonesian.pairs import Candidate
from kg.extractors.indonesian.relation_model import Pair


def _doc(nlp, text: str, names: list[tuple[str, str]]):
    doc = nlp.make_doc(text)
    spans = []
    for name, label in names:
        at = text.index(name)
        spans.append(doc.char_span(at, at + len(name), label=label))
    doc.spans["kg_mentions"] = spans
    doc.spans["kg_arguments"] = []
    return doc, {s.text: Candidate(s, s.label_, "name") for s in spans}


TEXT = "Rano mengapresiasi Polri, Kejaksaan Agung dan KPK di Jakarta."
NAMES = [("Rano", "PERSON"), ("Polri", "ORG"), ("Kejaksaan Agung", "ORG"), ("KPK", "ORG"), ("Jakarta", "GPE")]


@pytest.mark.parametrize(
    ("label", "spread_to"),
    [("PRAISES", {"Kejaksaan Agung", "KPK"}), ("RELATED_TO", set()), ("LOCATED_IN", set()), ("LEADER_OF", set())],
)
def test_a_fact_of_one_member_is_spread_to_the_others(nlp, label, spread_to):
    doc, cand = _doc(nlp, TEXT, NAMES)
    pair = Pair(cand["Rano"], cand["Polri"], label, 0.6, "plain", doc[:])
    got = list(spread(Positions(doc), [pair], NOT_SPREAD))
    assert {p.tail.span.text for p in got} == spread_to
    assert all((p.head, p.label, p.score) == (pair.head, label, 0.6) for p in got)


def test_subjects_listed_together_and_no_spread_inside_the_pair_s_own_list(nlp):
    text = "Prabowo dan Gibran mengunjungi Jepang. Budi, Agus dan Joko bertemu."
    names = [("Prabowo", "PERSON"), ("Gibran", "PERSON"), ("Jepang", "GPE"), ("Budi", "PERSON")]
    names += [("Agus", "PERSON"), ("Joko", "PERSON")]
    doc, cand = _doc(nlp, text, names)
    cut = next(t.i for t in doc if t.text == ".") + 1
    sents = [doc[:cut], doc[cut:]]
    visit = Pair(cand["Gibran"], cand["Jepang"], "VISITS", 0.6, "plain", sents[0])
    assert [(p.head.span.text, p.tail.span.text) for p in spread(Positions(doc), [visit], NOT_SPREAD)] == [
        ("Prabowo", "Jepang")
    ]
    meet = Pair(cand["Budi"], cand["Agus"], "MEETS", 0.6, "plain", sents[1])
    assert list(spread(Positions(doc), [meet], NOT_SPREAD)) == []  # Joko is in the pair's own list


def test_a_member_of_another_type_is_not_spread_to(nlp):
    text = "KPK menahan Budi dan PT Maju Jaya."
    doc, cand = _doc(nlp, text, [("KPK", "ORG"), ("Budi", "PERSON"), ("PT Maju Jaya", "ORG")])
    pair = Pair(cand["KPK"], cand["Budi"], "ARRESTS", 0.6, "plain", doc[:])
    assert list(spread(Positions(doc), [pair], NOT_SPREAD)) == []
