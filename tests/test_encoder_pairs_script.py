"""scripts/encoder_pairs.py's pure parts (the experiment itself needs the encoder's Python
3.12 wheel and twenty minutes; its figures are in docs/relations.md, fifty-first session)."""

import numpy
import spacy
from conftest import load_script

from kg.extractors.indonesian.pairs import Candidate

script = load_script("scripts/encoder_pairs.py", "encoder_pairs")


def _pair(text: str, a: tuple[int, int], b: tuple[int, int]):
    doc = spacy.blank("id")(text)
    return doc, Candidate(doc[a[0] : a[1]], "PERSON", "name"), Candidate(doc[b[0] : b[1]], "ORG", "name"), doc[:]


def test_a_pair_s_texts_bracket_its_arguments_with_three_words_either_side():
    doc, a, b, sent = _pair(
        "Kemarin pagi di Jakarta Budi Santoso mengunjungi kantor KPK bersama para wartawan itu", (4, 6), (8, 9)
    )
    texts = script.pair_texts(doc, b, a, sent)  # KPK first: against the text order
    assert texts == {
        "forward": False,
        "marked": "pagi di Jakarta [Budi Santoso] mengunjungi kantor [KPK] bersama para wartawan",
        "between": "mengunjungi kantor",
    }
    assert script.pair_texts(doc, a, b, sent)["forward"] is True


def test_dense_blocks_put_each_pair_in_the_block_of_its_argument_order():
    vectors = numpy.random.default_rng(0).normal(size=(40, 5))
    forward = numpy.arange(40) % 3 == 0
    blocks = script.dense_blocks(vectors, forward, dims=3, alpha=2.0)
    assert blocks.shape == (40, 6)
    assert not blocks[forward, 3:].any() and not blocks[~forward, :3].any()
    assert numpy.allclose(numpy.linalg.norm(blocks, axis=1), 2.0)
    assert script.dense_blocks(vectors, forward, dims=5, alpha=1.0).shape == (40, 10)  # no reduction


def test_nearest_annotated_pairs_come_from_other_articles_by_relation_and_order():
    unit = numpy.array([[1.0, 0.0], [1.0, 0.0], [0.6, 0.8], [0.0, 1.0]])
    relation = numpy.array([0, 1, 2, 1])
    article = numpy.array([0, 0, 1, 1])
    forward = numpy.array([True, True, True, False])
    features = script.knn_features(unit, numpy.array([0]), numpy.arange(4), relation, article, forward, 3)
    # pair 1 (relation 1) shares article 0 with the row: never its own article's pairs
    assert numpy.allclose(features[0], [0.0, 0.0, 0.6, 0.0, 0.0, 0.0])  # relation 2 in order; 1 reversed, cosine 0


def test_schema_counts_leave_the_open_relation_and_low_scores_aside():
    best = numpy.array([1, 2, 3, 1, 0])
    score = numpy.array([0.9, 0.9, 0.9, 0.1, 0.9])
    gold = numpy.array([1, 1, 0, 1, 3])  # 3 is RELATED_TO
    assert script.schema_counts(best, score, gold, open_label=3, threshold=0.25) == (1, 1, 2)
    assert script.f1(1, 1, 2) == 0.4
