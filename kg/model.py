"""The data model: frozen dataclasses for each stage of the flow.

article -> sentences -> mentions -> entities -> triples (with provenance).
Offsets are character offsets into ``Article.text`` exactly as read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

OPEN_RELATION = "RELATED_TO"  # kg.vocab.OPEN_RELATION: any stated relation outside the schema


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    lang: str = ""
    source: str = ""
    place: str = ""
    body_start: int = 0  # offset after a dateline ("HOLOPIS.COM, JAKARTA –")
    path: str = ""

    def metadata(self) -> dict[str, str]:
        keys = ("title", "date", "url", "lang", "source", "place")
        return {k: getattr(self, k) for k in keys}


@dataclass(frozen=True)
class Sentence:
    article: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str = ""
    name_lang: str = ""  # the language of ``name`` when not the article's ("en": a gazetteer's English name)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": list(self.aliases)}


@dataclass(frozen=True)
class Mention:
    article: str
    start: int
    end: int
    text: str
    type: str
    entity_id: str
    role: str = ""  # GPE mentions: "place" (di Israel) or "actor" (serangan Israel)
    kind: str = "name"  # "name", "nominal" (a noun phrase: "massa buruh") or "pronoun" ("ia")

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))  # flat: asdict's deep copy is not needed


@dataclass(frozen=True)
class Provenance:
    article: str
    sentence_index: int
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))  # flat: asdict's deep copy is not needed


@dataclass(frozen=True)
class Triple:
    subject: Entity
    predicate: str
    predicate_text: str
    object: Entity
    provenance: Provenance
    properties: tuple[tuple[str, str], ...] = field(default=())
    predicate_lemma: str = ""  # the root of predicate_text ("kuat" for "menguat")

    @property
    def edge_key(self) -> str:
        """Facts are one edge per (subject, key, object): the relation, and for the open
        relation also its lemma (RELATED_TO "menyita" and "menguat" are different facts)."""
        return fact_key(self.predicate, self.predicate_lemma)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "subject": self.subject.to_json(),
            "predicate": self.predicate,
            "predicate_text": self.predicate_text,
            "object": self.object.to_json(),
            "provenance": self.provenance.to_json(),
        }
        if self.predicate_lemma:
            data["predicate_lemma"] = self.predicate_lemma
        if self.predicate == OPEN_RELATION:
            data["canonical"] = False
        if self.properties:
            data["properties"] = dict(self.properties)
        return data


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article: what an extractor hands to the core."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]
    triples: tuple[Triple, ...]

    def at_least(self, min_confidence: float) -> Extraction:
        """The same extraction without the triples below ``min_confidence`` (``--min-confidence``)."""
        if min_confidence <= 0:
            return self
        return replace(self, triples=tuple(t for t in self.triples if t.provenance.confidence >= min_confidence))


@dataclass(frozen=True)
class Failure:
    """An article (or an input that should have held one) that could not be read,
    extracted or added to the graph: reported on one line, counted, skipped."""

    article: str  # the article id, else where it was read from ("corpus.jsonl:128")
    stage: str  # "read", "extract" or "build"
    error: str  # "IndexError in after_title (cues.py:67)", or a message for bad input

    def line(self) -> str:
        return f"{self.article}: {self.stage} failed: {self.error}"

    def short(self) -> str:
        return f"{self.article} ({self.error})"


def fact_key(predicate: str, lemma: str = "") -> str:
    """The key of a fact's edge: the relation, and for the open relation also its lemma."""
    return predicate if predicate != OPEN_RELATION else f"{predicate}:{lemma}"
