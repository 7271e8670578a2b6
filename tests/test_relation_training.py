"""The shipped relation model is what scripts/train_relations.py fits on today's extractor:
the digest kept beside its weights is that of the training pairs the extractor gives now
(a change of candidates or features without a refit fails here)."""

from __future__ import annotations

from conftest import SHARED, load_script, need


def test_the_shipped_relation_model_is_the_training_scripts_fit():
    need((SHARED / "eval" / "id_news_train" / "facts.jsonl").is_file(), "../shared/eval/id_news_train")
    train = load_script("scripts/train_relations.py", "train_relations")
    kept, now = train.check(SHARED / "eval" / "id_news_train")
    assert len(now) == 64
    assert kept == now, "the training pairs changed since the fit: run python scripts/train_relations.py"
