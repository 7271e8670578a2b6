"""The Indonesian extractor: the spaCy pipeline of :mod:`kg.extractors.factories`, and the
conversion of its Docs into the core's typed contract (:class:`kg.model.Extraction`).

Registered for language ``"id"`` through the ``kg_extractors`` entry point.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extractors.indonesian.candidates import PRONOUNS
from kg.extractors.indonesian.regional_names import spelled_out
from kg.extractors.indonesian.speakers import FIRST_PERSON, FIRST_PLURAL
from kg.extractors.indonesian.spelling import spaced
from kg.model import Article, Entity, Extraction, Mention, Provenance, Sentence, Triple
from kg.names import distinct_aliases

NAME = "kg.id_rules"
VERSION = 259  # bump whenever the output on the same input changes (tests/test_extractor_version.py)
BATCH_SIZE = 32
LONG = 5_000  # tokens: a longer article goes through the NER in pieces (bounded memory)
PIECE = 2_000  # tokens per piece, cut after a sentence end where there is one
STATISTICAL = ("tok2vec", "ner")


class IndonesianExtractor:
    language = "id"
    name = f"{NAME}.v{VERSION}"

    def __init__(
        self, nlp: Language | None = None, ner_model: Path | None = None, relation_model: Path | None = None
    ) -> None:
        self._nlp = nlp
        self._ner_model = ner_model
        self._relation_model = relation_model

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from kg.extractors.factories import NER_MODEL, RELATION_MODEL, indonesian_pipeline

            self._nlp = indonesian_pipeline(
                ner_model=self._ner_model or NER_MODEL, relation_model=self._relation_model or RELATION_MODEL
            )
        return self._nlp

    @property
    def max_length(self) -> int:
        return self.nlp.max_length

    def extract(self, articles: Sequence[Article]) -> list[Extraction]:
        nlp = self.nlp
        docs = [make_doc(nlp, a) for a in articles]
        short = [k for k, doc in enumerate(docs) if len(doc) <= LONG]
        done = dict(zip(short, nlp.pipe([docs[k] for k in short], batch_size=BATCH_SIZE), strict=True))
        for k, doc in enumerate(docs):
            if k not in done:
                done[k] = self._long(doc)
        return [to_extraction(article, done[k], self.name) for k, article in enumerate(articles)]

    def _long(self, doc: Doc) -> Doc:
        """The NER over pieces of the article (its arrays for 160,000 tokens at once took
        1.4 GB), then the rules over the whole of it, which need the whole article."""
        nlp, ents = self.nlp, []
        statistical = [proc for name, proc in nlp.pipeline if name in STATISTICAL]
        for start, end in pieces(doc):
            piece = doc[start:end].as_doc()
            for proc in statistical:
                piece = proc(piece)
            ents += [Span(doc, start + e.start, start + e.end, label=e.label_) for e in piece.ents]
        doc.ents = ents
        for name, proc in nlp.pipeline:
            if name not in STATISTICAL:
                doc = proc(doc)
        return doc


def pieces(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of about ``PIECE`` tokens, each ending after a sentence end when one is near."""
    out, start = [], 0
    while start < len(doc):
        end = min(start + PIECE, len(doc))
        if end < len(doc):
            cut = next((i + 1 for i in range(end - 1, start + PIECE // 2, -1) if doc[i].text in ".!?\n"), end)
            end = cut
        out.append((start, end))
        start = end
    return out


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(spaced(article.text))  # one character for one: offsets stay the text's
    headline = headline_end(article)
    doc._.kg_skip = [(headline, article.body_start)] if article.source or article.place else []
    doc._.kg_headline = headline
    doc._.kg_article_date = article.date
    return doc


def headline_end(article: Article) -> int:
    """Where the headline ends in the text (its line break), or 0 when the text does not
    open with the title (a title given apart from the text, as a JSONL field or an HTML
    page's title that its first line does not repeat). The dateline after the headline
    ("Jakarta -") is skipped, the headline itself is read."""
    first, sep, _ = article.text.partition("\n")
    line = " ".join(first.strip().lstrip("#").split())
    title = " ".join(article.title.split())
    if not (article.title and sep and line) or not (line == title or title.startswith(line)):
        return 0
    return len(first)


def _role(etype: str, roles: dict[tuple[int, int], str], span: Span) -> str:
    return roles.get((span.start_char, span.end_char), "place") if etype == "GPE" else ""


def to_extraction(article: Article, doc: Doc, extractor: str) -> Extraction:
    sentences = _sentences(article.id, doc)
    entities: dict[str, Entity] = {**doc._.kg_entities, **(doc._.kg_fact_entities or {})}
    retyped: dict[str, str] = doc._.kg_entity_types or {}
    merges: dict[str, str] = doc._.kg_entity_merges or {}
    entities = _merged({eid: _final(entity, retyped) for eid, entity in entities.items()}, merges)
    mentions = _mentions(article.id, doc, entities)
    joined = {*merges, *merges.values()}  # the entities a merge renames or gives aliases

    def final(entity: Entity) -> Entity:
        return entities[entity.id] if entity.id in joined else _final(entity, retyped)

    triples = sorted(_triples(article.id, doc, sentences, final, extractor), key=_triple_order)
    used = {m.entity_id for m in mentions} | {e.id for t in triples for e in (t.subject, t.object)}
    return Extraction(article, sentences, tuple(mentions), tuple(entities[i] for i in sorted(used)), tuple(triples))


def _mentions(article_id: str, doc: Doc, entities: dict[str, Entity]) -> list[Mention]:
    """The named mentions, then the pronouns and noun phrases the facts use, in text order."""
    links: dict[tuple[int, int], str] = doc._.kg_links
    roles: dict[tuple[int, int], str] = doc._.kg_roles or {}
    mentions = [
        Mention(article_id, s.start_char, s.end_char, s.text, entity.type, entity.id, _role(entity.type, roles, s))
        for s in doc.spans["kg_mentions"]
        if (eid := links.get((s.start_char, s.end_char))) and (entity := entities[eid]).type
    ]
    for s in doc.spans.get("kg_fact_mentions", []):
        kind = "pronoun" if s.text.lower() in PRONOUNS | FIRST_PERSON | FIRST_PLURAL else "nominal"
        entity = entities[s.kb_id_]
        mentions.append(Mention(article_id, s.start_char, s.end_char, s.text, entity.type, entity.id, "", kind))
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _triples(
    article_id: str, doc: Doc, sentences: tuple[Sentence, ...], final: Callable[[Entity], Entity], extractor: str
) -> Iterator[Triple]:
    """The facts with their provenance, their entities as ``final`` gives them; none between
    an entity and itself ("Patrick Kluivert RELATED_TO Kluivert" once the names are merged)."""
    by_start = {s.start: s for s in sentences}
    starts = sorted(by_start)
    for fact in doc._.kg_triples:
        subject, obj = final(fact.subject), final(fact.object)
        if subject.id == obj.id:
            continue
        sent = by_start[_sentence_start(starts, fact.sentence_start)]
        rule, confidence = f"{extractor}:{fact.rule}", round(fact.confidence, 3)
        prov = Provenance(article_id, sent.index, sent.text, sent.start, sent.end, rule, confidence)
        yield Triple(subject, fact.predicate, fact.predicate_text, obj, prov, fact.properties, fact.predicate_lemma)


def _merged(entities: dict[str, Entity], merges: dict[str, str]) -> dict[str, Entity]:
    """Each entity id -> its entity, a merged one's (``doc._.kg_entity_merges``) the person
    it joins, which takes its name and aliases as aliases. ``entities`` is left as it is."""
    entities = dict(entities)
    for short, person in sorted(merges.items()):
        extra = (entities[short].name, *entities[short].aliases)
        kept = entities[person]
        entities[person] = replace(kept, aliases=distinct_aliases(kept.name, (*kept.aliases, *extra)))
    return {eid: entities[merges.get(eid, eid)] for eid in entities}


def _final(entity: Entity, types: dict[str, str]) -> Entity:
    """The entity as the extraction gives it: of the type the entity typer gave it
    (``types``), each alias once whatever its case (:func:`kg.names.distinct_aliases`), a
    regional office's or government's short name also spelt out
    (:func:`regional_names.spelled_out`: "Kejati Jateng", "Kejaksaan Tinggi Jawa Tengah")."""
    etype = types.get(entity.id, entity.type)
    spelled = spelled_out(entity.name) if etype == "ORG" else ()
    aliases = distinct_aliases(entity.name, (*entity.aliases, *spelled))
    return entity if (etype, aliases) == (entity.type, entity.aliases) else replace(entity, type=etype, aliases=aliases)


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
    return (
        t.provenance.sentence_index,
        t.predicate,
        t.subject.name,
        t.object.name,
        t.predicate_text,
        t.predicate_lemma,
    )
