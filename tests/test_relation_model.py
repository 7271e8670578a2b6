"""The shipped relation model's arithmetic, on feature lists written by hand: a feature
counts as often as it occurs (as in the design matrix of scripts/train_relations.py),
unknown features count nothing, and both softmax outputs are distributions."""

import numpy
import pytest


@pytest.fixture(scope="module")
def model(nlp):
    return nlp.get_pipe("kg_id_relation_model").model


def _softmax(z):
    e = numpy.exp(z - z.max())
    return e / e.sum()


def _expected(model, feats: list[str]) -> numpy.ndarray:
    table, n = model.attrs["features"], model.attrs["n_labels"]
    W, b = model.get_param("W").astype("float64"), model.get_param("b").astype("float64")
    z = b + sum((W[table[f]] for f in feats if f in table), numpy.zeros_like(b))
    return numpy.concatenate([_softmax(z[:n]), _softmax(z[n:])])


def _known(model, k: int) -> list[str]:
    return sorted(model.attrs["features"])[:k]


def test_a_repeated_feature_counts_as_often_as_it_occurs(model):
    a, b = _known(model, 2)
    once, twice = model.predict([[a, b], [a, a, b]])
    assert numpy.allclose(twice, _expected(model, [a, a, b]), atol=1e-5)
    assert numpy.allclose(once, _expected(model, [a, b]), atol=1e-5)
    assert not numpy.allclose(once, twice, atol=1e-5)


def test_unknown_features_count_nothing_and_outputs_are_distributions(model):
    (a,) = _known(model, 1)
    n = model.attrs["n_labels"]
    with_unknown, bias_only, plain = model.predict([[a, "no such feature"], [], [a]])
    assert numpy.allclose(with_unknown, plain, atol=1e-6)
    assert numpy.allclose(bias_only, _expected(model, []), atol=1e-5)
    for row in (with_unknown, bias_only):
        assert abs(row[:n].sum() - 1) < 1e-4 and abs(row[n:].sum() - 1) < 1e-4


def test_the_encoding_shared_with_training_counts_repeats():
    from kg.extractors.indonesian.relation_model import feature_indices

    assert feature_indices(["b", "a", "zz", "a"], {"a": 0, "b": 1}) == [0, 0, 1]
    assert feature_indices([], {"a": 0}) == []
