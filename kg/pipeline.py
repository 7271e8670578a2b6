"""Public extraction API: articles -> spaCy Docs -> Extractions (sentences,
mentions, entities, triples with provenance)."""

from __future__ import annotations

import warnings
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.factories import EXTRACTOR_NAME, indonesian_pipeline
from kg.errors import InputError
from kg.language import detect
from kg.model import Article, Entity, Extraction, Mention, Provenance, Sentence, Triple

BATCH_SIZE = 32
SUPPORTED = ("id",)


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    return indonesian_pipeline()


def extract(articles: Iterable[Article], nlp: Language | None = None) -> Iterator[Extraction]:
    """Run the pipeline over ``articles``; one Extraction per article, in order.

    Each article's language is detected when not given. Only Indonesian has an
    extractor so far: articles in other languages are kept (with their language
    recorded) but yield no mentions or triples, rather than junk, and a warning.
    """
    nlp = nlp or load_pipeline()
    articles = [a if a.lang else replace(a, lang=detect(a.text)) for a in articles]
    supported = [a for a in articles if a.lang in SUPPORTED]
    for article in supported:
        if len(article.text) > nlp.max_length:
            raise InputError(
                f"article {article.id!r} has {len(article.text):,} characters, over the {nlp.max_length:,} limit",
                "split it into several articles (e.g. one JSONL line each)",
            )
    for article in articles:
        if article.lang not in SUPPORTED:
            warnings.warn(f"article {article.id!r} is in {article.lang!r}; only Indonesian is extracted", stacklevel=2)
    docs = nlp.pipe((_make_doc(nlp, a) for a in supported), batch_size=BATCH_SIZE)
    for article in articles:
        if article.lang in SUPPORTED:
            yield to_extraction(article, next(docs))
        else:
            yield Extraction(article, (), (), (), ())


def extract_one(article: Article) -> Extraction:
    return next(extract([article]))


def _make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.kg_skip = [(0, article.body_start)] if article.source or article.place else []
    doc._.kg_headline = article.text.find("\n") if article.title else 0
    doc._.kg_article_date = article.date
    return doc


def _role(etype: str, roles: dict[tuple[int, int], str], span: Span) -> str:
    return roles.get((span.start_char, span.end_char), "place") if etype == "GPE" else ""


def to_extraction(article: Article, doc: Doc) -> Extraction:
    sentences = _sentences(article.id, doc)
    by_start = {s.start: s for s in sentences}
    starts = sorted(by_start)
    entities: dict[str, Entity] = doc._.kg_entities
    links: dict[tuple[int, int], str] = doc._.kg_links
    spans = sorted([*doc.spans["kg_mentions"], *doc.spans["kg_objects"]], key=lambda s: (s.start_char, s.end_char))
    roles: dict[tuple[int, int], str] = doc._.kg_roles or {}
    mentions = tuple(
        Mention(article.id, s.start_char, s.end_char, s.text, etype, eid, _role(etype, roles, s))
        for s in spans
        if (eid := links.get((s.start_char, s.end_char))) and (etype := entities[eid].type)
    )
    triples = []
    for raw in doc._.kg_triples:
        sent = by_start[_sentence_start(starts, raw.sentence_start)]
        prov = Provenance(
            article.id,
            sent.index,
            sent.text,
            sent.start,
            sent.end,
            f"{EXTRACTOR_NAME}:{raw.rule}",
            round(raw.confidence, 3),
        )
        triples.append(
            Triple(entities[raw.subject], raw.predicate, raw.predicate_text, entities[raw.object], prov, raw.properties)
        )
    triples.sort(key=_triple_order)
    used = {m.entity_id for m in mentions}
    return Extraction(article, sentences, mentions, tuple(entities[i] for i in sorted(used)), tuple(triples))


def _sentences(article_id: str, doc: Doc) -> tuple[Sentence, ...]:
    out = []
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if not stripped:
            continue
        start = sent.start_char + (len(text) - len(text.lstrip()))
        out.append(Sentence(article_id, len(out), start, start + len(stripped), stripped))
    return tuple(out)


def _sentence_start(starts: list[int], char: int) -> int:
    """The start of the stripped sentence whose raw spaCy sentence starts at ``char``."""
    return starts[min(bisect_left(starts, char), len(starts) - 1)]


def _triple_order(t: Triple) -> tuple:
    return (t.provenance.sentence_index, t.predicate, t.subject.name, t.object.name, t.predicate_text)
