"""Articles -> Extractions, through the extractor registered for each article's language.

Articles stream through in batches bounded by count and by characters (so memory does
not grow with the corpus, nor with a batch of huge articles), and every article is its
own failure boundary: if a batch fails, its articles are retried one by one, and the one
that fails again becomes a :class:`~kg.model.Failure` (its id, what failed, where) while
the run goes on. ``strict=True`` raises on the first failure instead.
"""

from __future__ import annotations

import traceback
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from kg import registry
from kg.errors import ExtractionError, check_terminated
from kg.model import Article, Extraction, Failure

BATCH_ARTICLES = 32
BATCH_CHARS = 200_000
MAX_CHARS = 1_000_000


def extract(
    articles: Iterable[Article | Failure], strict: bool = False, extractor: registry.Extractor | None = None
) -> Iterator[Extraction | Failure]:
    """One Extraction (or Failure) per input item, in input order.

    ``extractor`` forces one extractor for every article (evaluation of another model);
    otherwise each article's language picks it. Articles in a language without an
    extractor are kept (with their language) but yield nothing, with a warning.
    """
    for batch in batches(articles, strict):
        check_terminated()
        yield from run_batch(batch, strict, extractor)


def batches(articles: Iterable[Article | Failure], strict: bool = False) -> Iterator[list[Article | Failure]]:
    """The input cut into batches of at most ``BATCH_ARTICLES`` articles or about
    ``BATCH_CHARS`` characters; a Failure keeps its place, so output order is input order."""
    batch: list[Article | Failure] = []
    chars = 0
    for item in articles:
        if isinstance(item, Failure) and strict:
            checked(item, strict)
        batch.append(item)
        chars += len(item.text) if isinstance(item, Article) else 0
        if len(batch) >= BATCH_ARTICLES or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def extract_one(article: Article) -> Extraction:
    result = next(extract([article], strict=True))
    assert isinstance(result, Extraction)
    return result


def run_batch(batch: list, strict: bool, forced: registry.Extractor | None) -> Iterator[Extraction | Failure]:
    results: dict[int, Extraction | Failure] = {}
    groups: dict[str, list[tuple[int, Article]]] = {}
    for k, article in enumerate(batch):
        if isinstance(article, Failure):
            results[k] = article
            continue
        if not article.lang:
            article = replace(article, lang=_detect(article.text))
        if len(article.text) > MAX_CHARS:
            error = f"{len(article.text):,} characters, over the {MAX_CHARS:,} limit (split it into several articles)"
            results[k] = Failure(article.id, "extract", error)
        else:
            groups.setdefault(article.lang, []).append((k, article))
    for lang, members in groups.items():
        extractor = forced or registry.get(lang)
        if extractor is None:
            warnings.warn(f"article {members[0][1].id!r} is in {lang!r}; no extractor for it", stacklevel=3)
            results.update({k: Extraction(a, (), (), (), ()) for k, a in members})
        else:
            results.update(_isolated(extractor, members))
    for k in range(len(batch)):
        yield checked(results[k], strict)


def _isolated(extractor: registry.Extractor, members: list[tuple[int, Article]]) -> dict[int, Extraction | Failure]:
    """The batch at once; if it fails, each article alone, so one bad article costs only itself."""
    try:
        return dict(zip([k for k, _ in members], extractor.extract([a for _, a in members]), strict=True))
    except Exception:  # noqa: BLE001 (any bug in an extractor is isolated to its article)
        if len(members) == 1:
            k, article = members[0]
            return {k: Failure(article.id, "extract", describe(*_exc_info()))}
    results: dict[int, Extraction | Failure] = {}
    for member in members:
        results.update(_isolated(extractor, [member]))
    return results


def _exc_info() -> tuple[BaseException, traceback.StackSummary]:
    import sys

    exc = sys.exc_info()[1]
    assert exc is not None
    return exc, traceback.extract_tb(exc.__traceback__)


def describe(exc: BaseException, frames: traceback.StackSummary) -> str:
    """``IndexError in after_title (cues.py:67)``: the exception and the innermost frame
    outside the libraries (spaCy's internals say less than the kg code that called them)."""
    ours = [f for f in frames if f.filename.startswith(_our_dirs()) or not f.filename.startswith(_library_dirs())]
    frame = (ours or list(frames) or [None])[-1]
    where = f" in {frame.name} ({Path(frame.filename).name}:{frame.lineno})" if frame else ""
    message = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}{where}" + (f": {message}" if message else "")


@lru_cache(maxsize=1)
def _our_dirs() -> tuple[str, ...]:
    return (str(Path(__file__).resolve().parent),)  # kg (and its extractors, when installed)


@lru_cache(maxsize=1)
def _library_dirs() -> tuple[str, ...]:
    import sysconfig

    return tuple({sysconfig.get_paths()[k] for k in ("stdlib", "platstdlib", "purelib", "platlib")})


def checked(item: Extraction | Failure, strict: bool) -> Extraction | Failure:
    if strict and isinstance(item, Failure):
        raise ExtractionError(item.line(), "fix or remove that article, or run without --strict to skip it")
    return item


def _detect(text: str) -> str:
    from kg.language import detect

    return detect(text)
