"""Language of an article (Indonesian or English) with py3langid, whose model
ships inside its package (no download). Articles that give ``lang`` keep it."""

from __future__ import annotations

from functools import lru_cache

LANGUAGES = ("id", "en")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect(text: str) -> str:
    """``"id"`` or ``"en"``, from the first 2,000 characters."""
    return _identifier().classify(text[:2000])[0]
