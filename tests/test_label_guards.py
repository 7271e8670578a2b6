"""The words a relation model's label needs in its sentence (extractor v244): a pair
labelled CHARGES in a sentence that names no suspect or charge is an open fact, whatever
the model's weights say (the pairs are built by hand, labelled as the model might)."""

import pytest
from test_components import run_after_ner

from kg.extractors.indonesian.label_guards import guarded
from kg.extractors.indonesian.pairs import Candidate
from kg.extractors.indonesian.relation_model import Pair


def labelled(nlp, text: str, names: list[tuple[str, str]], label: str) -> Pair | None:
    doc = run_after_ner(nlp, text, names)
    first, second = (Candidate(s, s.label_, "name") for s in list(doc.spans["kg_mentions"])[:2])
    return guarded(Pair(first, second, label, 0.7, "plain", next(iter(doc.sents))))


NAMES = [("Polda Metro Jaya", "ORG"), ("Budi Santoso", "PER")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Polda Metro Jaya menetapkan Budi Santoso sebagai tersangka penipuan.", "CHARGES"),
        ("Budi Santoso ditetapkan Polda Metro Jaya sebagai tersangka.", "CHARGES"),
        ("Polda Metro Jaya menjerat Budi Santoso dengan pasal penipuan.", "CHARGES"),
        ("Polda Metro Jaya mendakwa Budi Santoso.", "CHARGES"),
        # no suspect named: a witness, an election's winner
        ("Polda Metro Jaya menetapkan Budi Santoso sebagai saksi.", "RELATED_TO"),
        ("Polda Metro Jaya menetapkan Budi Santoso sebagai pemenang lomba.", "RELATED_TO"),
    ],
)
def test_a_charge_needs_a_suspect_or_a_charge_in_its_sentence(nlp, text, label):
    pair = labelled(nlp, text, NAMES, "CHARGES")
    assert pair is not None and pair.label == label


def test_other_labels_pass_unchanged(nlp):
    pair = labelled(nlp, "Polda Metro Jaya memeriksa Budi Santoso sebagai saksi.", NAMES, "INVESTIGATES")
    assert pair is not None and pair.label == "INVESTIGATES"
