"""Extractions kept with a build (``extractions.jsonl.gz`` in the out folder), so that
``kg build --append`` extracts only new or changed articles and rebuilds the graph from
all of them: appending B to a build of A gives the graph of A+B built at once.

One JSON object per article, in the order extracted: the article (with a SHA-256 of its text
and metadata, which decides whether an article changed), its sentences, mentions,
entities and facts, and the versions of the extractors that made them (``extractors``,
:func:`kg.registry.versions`: an append extracts an article again from its kept text
when kg's extractors changed since).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.files import atomic_path
from kg.model import Article, Entity, Extraction, Mention, Provenance, Sentence, Triple

FILE = "extractions.jsonl.gz"


def content_hash(article: Article) -> str:
    """The text and metadata as read (the language is left out: extraction fills it in)."""
    meta = {k: v for k, v in article.metadata().items() if k != "lang"}
    data = json.dumps([article.text, meta], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def record(ex: Extraction, extractors: tuple[str, ...]) -> dict[str, Any]:
    """The extraction as plain data (``vars`` of the frozen dataclasses: ``asdict`` copies
    deeply and is four times slower), made by ``extractors`` (:func:`kg.registry.versions`)."""
    return {
        "extractors": list(extractors),
        "hash": content_hash(ex.article),
        "article": vars(ex.article),
        "sentences": [vars(s) for s in ex.sentences],
        "mentions": [vars(m) for m in ex.mentions],
        "entities": [vars(e) for e in ex.entities],
        "triples": [_triple_record(t) for t in ex.triples],
    }


def _triple_record(t: Triple) -> dict[str, Any]:
    return vars(t) | {"subject": vars(t.subject), "object": vars(t.object), "provenance": vars(t.provenance)}


def made_by(data: dict[str, Any], extractors: tuple[str, ...]) -> bool:
    """Whether a kept record was made by these extractor versions (records of builds before
    kg recorded them were not)."""
    return data.get("extractors") == list(extractors)


def article(data: dict[str, Any]) -> Article:
    """The article of a kept record, as it was read."""
    return Article(**data["article"])


def extraction(data: dict[str, Any]) -> Extraction:
    return Extraction(
        article(data),
        tuple(Sentence(**s) for s in data["sentences"]),
        tuple(Mention(**m) for m in data["mentions"]),
        tuple(_entity(e) for e in data["entities"]),
        tuple(_triple(t) for t in data["triples"]),
    )


def _entity(data: dict[str, Any]) -> Entity:
    return Entity(**{**data, "aliases": tuple(data["aliases"])})


def _triple(data: dict[str, Any]) -> Triple:
    return Triple(
        _entity(data["subject"]),
        data["predicate"],
        data["predicate_text"],
        _entity(data["object"]),
        Provenance(**data["provenance"]),
        tuple(tuple(p) for p in data["properties"]),
        data.get("predicate_lemma", ""),
    )


class Writer:
    """Records written as they come (never all in memory), gzip'd with a fixed timestamp:
    the same input gives the same bytes. Use as a context manager; the file appears whole
    or not at all."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __enter__(self) -> Writer:
        self._path = atomic_path(self.folder / FILE)
        tmp = self._path.__enter__()
        self._raw = open(tmp, "wb")  # noqa: SIM115 (closed in __exit__)
        self._out = gzip.GzipFile(fileobj=self._raw, mode="wb", mtime=0, filename="", compresslevel=3)
        return self

    def add(self, row: dict[str, Any]) -> None:
        self._out.write((json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))

    def __exit__(self, *exc: Any) -> None:
        self._out.close()
        self._raw.close()
        self._path.__exit__(*exc)


def hashes(folder: Path) -> dict[str, str]:
    """Article id -> content hash of the extractions kept in ``folder``."""
    return {row["article"]["id"]: row["hash"] for row in read(folder)}


def read(folder: Path) -> Iterator[dict[str, Any]]:
    path = folder / FILE
    if not path.exists():
        raise InputError(
            f"{folder} holds no extractions to append to ({FILE})",
            "build it once without --append (builds before this kg version keep none)",
        )
    try:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)
    except (OSError, EOFError, json.JSONDecodeError) as exc:
        raise InputError(f"{path} is damaged: {exc}", "rebuild without --append") from exc
