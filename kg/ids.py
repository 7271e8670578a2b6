"""Canonical-name normalisation and stable ids.

An id is a short SHA-1 of canonical JSON, so it is the same in JSON output,
RDF IRIs and Neo4j, on every machine and every run.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def normalize_name(name: str) -> str:
    """Unicode NFC, straight quotes, single spaces, trimmed."""
    text = unicodedata.normalize("NFC", name).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip()


def name_key(name: str) -> str:
    """The comparison key of a name: normalised and case-folded."""
    return normalize_name(name).casefold()


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def stable_hash(*parts: object, length: int = 16) -> str:
    payload = _ENCODE(list(parts))
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:length]


def entity_id(canonical_name: str) -> str:
    """Id of an entity: a hash of its case-folded canonical name."""
    return "e" + stable_hash("entity", name_key(canonical_name))


@functools.lru_cache(maxsize=65536)
def sentence_id(article_id: str, index: int) -> str:
    return "s" + stable_hash("sentence", article_id, index)


def fact_id(subject_id: str, predicate: str, object_id: str) -> str:
    return "f" + stable_hash("fact", subject_id, predicate, object_id)
