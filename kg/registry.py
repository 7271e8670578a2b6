"""Extractors by language. The core never imports a language's extractor: packages
register a factory under the entry-point group ``kg_extractors`` (the name is the
language code), or call :func:`register` at run time, and :func:`get` builds the
extractor on first use.

An extractor turns a batch of articles into one :class:`~kg.model.Extraction` each, in
order; ``name`` is versioned ("kg.id.v2") and changes whenever its output changes, so
provenance tells extractor versions apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from importlib.metadata import entry_points
from typing import Protocol

from kg.model import Article, Extraction
from kg.names import NamePolicy

ENTRY_POINT_GROUP = "kg_extractors"


class Extractor(Protocol):
    name: str  # versioned, e.g. "kg.id.v2"
    language: str  # ISO 639-1

    def extract(self, articles: Sequence[Article]) -> list[Extraction]:
        """One Extraction per article, in order (may raise; the core isolates failures)."""
        ...


Factory = Callable[[], Extractor]
_registered: dict[str, Factory] = {}


def register(language: str, factory: Factory) -> None:
    """Register (or replace) the extractor factory of ``language``."""
    _registered[language] = factory
    get.cache_clear()


def _entry_points() -> dict[str, Factory]:
    return {ep.name: ep.load for ep in entry_points(group=ENTRY_POINT_GROUP)}


def languages() -> tuple[str, ...]:
    """Languages with an extractor (registered or installed)."""
    return tuple(sorted(set(_entry_points()) | set(_registered)))


@cache
def get(language: str) -> Extractor | None:
    """The extractor of ``language`` (built once per process), or None."""
    factory = _registered.get(language)
    if factory is None:
        loader = _entry_points().get(language)
        factory = loader() if loader else None
    return factory() if factory else None


def versions() -> tuple[str, ...]:
    """``language=versioned name`` of every extractor (the extractions kept with a build
    record them: an append extracts again what another version made)."""
    return tuple(f"{language}={extractor.name}" for language in languages() if (extractor := get(language)))


POLICY_GROUP = "kg_name_policies"


@cache
def name_policy(languages: tuple[str, ...]) -> NamePolicy:
    """The name knowledge of ``languages`` for entity resolution, merged (cheap: no
    pipeline is loaded)."""
    found = {ep.name: ep for ep in entry_points(group=POLICY_GROUP)}
    policy = NamePolicy()
    for language in languages:
        if language in found:
            policy = policy.merged(found[language].load())
    return policy
