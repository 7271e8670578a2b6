"""The shipped relation model's arithmetic, on feature lists written by hand: a feature
counts as often as it occurs (as in the design matrix of scripts/train_relations.py),
unknown features count nothing, every softmax head is a distribution; the factored
decoding and the training targets of each head, computed independently."""

import numpy
import pytest


@pytest.fixture(scope="module")
def model(nlp):
    return nlp.get_pipe("kg_id_relation_model").model


def _softmax(z):
    e = numpy.exp(z - z.max())
    return e / e.sum()


def _expected(model, feats: list[str]) -> numpy.ndarray:
    table = model.attrs["features"]
    W, b = model.get_param("W").astype("float64"), model.get_param("b").astype("float64")
    z = b + sum((W[table[f]] for f in feats if f in table), numpy.zeros_like(b))
    out, at = [], 0
    for width in model.attrs["heads"]:
        out.append(_softmax(z[at : at + width]))
        at += width
    assert at == len(b)
    return numpy.concatenate(out)


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
    with_unknown, bias_only, plain = model.predict([[a, "no such feature"], [], [a]])
    assert numpy.allclose(with_unknown, plain, atol=1e-6)
    assert numpy.allclose(bias_only, _expected(model, []), atol=1e-5)
    edges = numpy.cumsum([0, *model.attrs["heads"]])
    for row in (with_unknown, bias_only):
        for start, end in zip(edges[:-1], edges[1:], strict=True):
            assert abs(row[start:end].sum() - 1) < 1e-4


def test_the_encoding_shared_with_training_counts_repeats():
    from kg.extractors.indonesian.relation_model import feature_indices

    assert feature_indices(["b", "a", "zz", "a"], {"a": 0, "b": 1}) == [0, 0, 1]
    assert feature_indices([], {"a": 0}) == []


def test_the_shipped_model_is_factored(nlp, model):
    from kg.extractors.indonesian.relation_model import MODALITIES

    pipe = nlp.get_pipe("kg_id_relation_model")
    n = len(pipe.labels)
    assert pipe.cfg["factored"] and pipe.labels[0] == "NONE"
    assert model.attrs["heads"] == [n, len(MODALITIES), 2, n - 1]
    assert model.get_param("W").shape[1] == 2 * n + len(MODALITIES) + 1


def test_factored_decoding_averages_the_relation_head_and_the_chain():
    from kg.extractors.indonesian.relation_model import relation_distribution, strongest_relation

    # labels NONE, A, B; heads: relation (3) | modality (3) | stated (2) | relation given stated (2)
    scores = numpy.array(
        [[0.6, 0.3, 0.1, 1, 0, 0, 0.2, 0.8, 0.25, 0.75], [0.9, 0.05, 0.05, 1, 0, 0, 0.9, 0.1, 0.5, 0.5]]
    )
    P = relation_distribution(scores, 3, factored=True)
    assert numpy.allclose(P[0], [(0.6 + 0.2) / 2, (0.3 + 0.8 * 0.25) / 2, (0.1 + 0.8 * 0.75) / 2])
    assert numpy.allclose(P.sum(axis=1), 1)
    assert numpy.allclose(relation_distribution(scores, 3, factored=False), scores[:, :3])
    # the strongest relation is never NONE, however probable NONE is
    assert strongest_relation(P).tolist() == [2, 1]
    assert strongest_relation(numpy.zeros((0, 3))).tolist() == []


def test_each_head_is_trained_on_its_own_target(nlp):
    from spacy.tokens import Doc
    from spacy.training import Example

    from kg.extractors.indonesian.relation_model import GOLD_KEY, MODALITIES

    pipe = nlp.get_pipe("kg_id_relation_model")
    doc = nlp("Presiden Prabowo Subianto mengunjungi Jepang dan bertemu Perdana Menteri Shigeru Ishiba di Tokyo.")
    (found,), feats = pipe.featurize([doc])
    assert len(found) >= 2
    _, a, b, _ = found[0]
    reference = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    reference.user_data[GOLD_KEY] = {(a.start, a.end, b.start, b.end): ("VISITS", "negated")}
    scores = pipe.model.predict(feats)
    loss, gradient = pipe.get_loss([Example(doc, reference)], ([found], scores))
    n, m, rows = len(pipe.labels), len(MODALITIES), len(found)
    stated = numpy.zeros((rows, 2))
    stated[:, 0], stated[0] = 1, [0, 1]
    assert numpy.allclose(gradient[:, n + m : n + m + 2] * rows, scores[:, n + m : n + m + 2] - stated, atol=1e-5)
    given = numpy.zeros(n - 1)
    given[pipe.labels.index("VISITS") - 1] = 1
    assert numpy.allclose(gradient[0, n + m + 2 :] * rows, scores[0, n + m + 2 :] - given, atol=1e-5)
    assert numpy.allclose(gradient[0, n : n + m] * rows, scores[0, n : n + m] - [0, 1, 0], atol=1e-5)
    # pairs that state nothing teach neither the modality nor the relation given stated
    assert not gradient[1:, n : n + m].any() and not gradient[1:, n + m + 2 :].any()
    assert loss > 0


def test_a_relation_with_a_threshold_of_its_own_needs_it(nlp):
    """set_annotations keeps a pair when its strongest relation reaches that relation's own
    threshold (``label_thresholds``), else the schema's or RELATED_TO's."""
    from spacy.tokens import Doc

    from kg.extractors.indonesian.relation_model import MODALITIES, RelationModel, relation_classifier

    labels = ["NONE", "LOCATED_IN", "URGES", "RELATED_TO"]
    pipe = RelationModel(nlp.vocab, relation_classifier(), labels=labels, threshold=0.25)
    pipe.cfg.update(open_threshold=0.2, label_thresholds={"LOCATED_IN": 0.4})
    assert [pipe.needed(x) for x in labels[1:]] == [0.4, 0.25, 0.2]
    doc = Doc(nlp.vocab, words="Budi di Jakarta".split())
    a, b = doc[0:1], doc[2:3]
    rows = {"LOCATED_IN": [0.65, 0.35, 0.0, 0.0], "URGES": [0.65, 0.0, 0.35, 0.0], "RELATED_TO": [0.75, 0, 0, 0.25]}
    found = [(doc[:], a, b, None)] * 4
    scores = [rows["LOCATED_IN"], [0.55, 0.45, 0.0, 0.0], rows["URGES"], rows["RELATED_TO"]]
    modality = [1.0] + [0.0] * (len(MODALITIES) - 1)
    pipe.set_annotations([doc], ([found], numpy.array([s + modality for s in scores])))
    assert [(p.label, round(p.score, 2)) for p in doc._.kg_pairs] == [
        ("LOCATED_IN", 0.45),
        ("URGES", 0.35),
        ("RELATED_TO", 0.25),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kementerian Sosial memberikan bantuan tunai kepada Budi Santoso.", "VP2=beri|kepada|HT"),
        ("Kementerian Sosial memuji Budi Santoso.", None),  # nothing between the verb and the second
    ],
)
def test_the_first_verb_goes_with_the_word_before_the_second_argument(nlp, text, expected):
    from test_components import run_after_ner

    from kg.extractors.indonesian.pairs import candidates, features

    doc = run_after_ner(nlp, text, [("Kementerian Sosial", "ORG"), ("Budi Santoso", "PER")])
    sent = next(iter(doc.sents))
    cands = candidates(doc, sent)
    head, tail = (next(c for c in cands if c.span.text == name) for name in ("Kementerian Sosial", "Budi Santoso"))
    pairs_features = [f for f in features(doc, sent, head, tail, cands) if f.startswith("VP2=")]
    assert pairs_features == ([expected] if expected else [])


def test_a_feature_with_a_line_break_is_refused_when_saved(nlp, tmp_path):
    """features.txt holds one feature per line: a feature string with a line break (a
    whitespace token read as a word) would shift every weight after it when loaded."""
    from kg.errors import OutputError
    from kg.extractors.indonesian.relation_model import RelationModel, heads, relation_classifier

    pipe = RelationModel(nlp.vocab, relation_classifier(), labels=["NONE", "URGES"], threshold=0.25)
    width = sum(heads(2, pipe.cfg["factored"]))
    pipe.set_weights({"V1=minta|HT": 0, "R1=\n|HT": 1}, numpy.zeros((2, width), dtype="f"), None)
    with pytest.raises(OutputError, match="line break"):
        pipe.to_disk(tmp_path / "model")
    pipe.set_weights({"V1=minta|HT": 0, "R1=untuk|HT": 1}, numpy.ones((2, width), dtype="f"), None)
    pipe.to_disk(tmp_path / "model")
    saved = (tmp_path / "model" / "features.txt").read_text(encoding="utf-8")
    assert saved.splitlines() == ["V1=minta|HT", "R1=untuk|HT"]
