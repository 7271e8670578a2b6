"""The relation training data as pipeline Docs with gold candidate pairs (used by
scripts/train_relations.py): each annotated fact is located in its article (sentence
verbatim, arguments as written, the occurrence nearest the trigger) and aligned to the
candidates of :mod:`kg.extractors.indonesian.pairs` (the same span, else the candidate
that shares an edge with it and overlaps it most)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from kg import registry
from kg.extractors.factories import indonesian_pipeline
from kg.extractors.indonesian.extractor import make_doc
from kg.extractors.indonesian.pairs import Candidate, candidates
from kg.gold import GoldFact
from kg.io import read_articles
from kg.vocab import relations


def load_docs(folder: Path, ids: list[str], ner_model: Path | None = None) -> dict[str, Doc]:
    """The articles through the Indonesian pipeline (without the relation model), with the
    shipped NER or ``ner_model``."""
    nlp = indonesian_pipeline(ner_model=ner_model) if ner_model else registry.get("id").nlp
    disabled = [name for name in nlp.pipe_names if name in ("kg_id_relation_model", "kg_id_facts")]
    articles = read_articles([str(folder / f"{i}.txt") for i in ids])
    docs = {}
    with nlp.select_pipes(disable=disabled):
        for article, doc in zip(articles, nlp.pipe(make_doc(nlp, a) for a in articles), strict=True):
            doc.user_data["kg_article"] = article.id
            docs[article.id] = doc
    return docs


def modality(fact: GoldFact) -> str:
    return "negated" if fact.negated else "hypothetical" if fact.hypothetical else "plain"


def aligned_gold(doc: Doc, facts: list[GoldFact]) -> dict[tuple[int, int, int, int], tuple[str, str]]:
    """{(head start, head end, tail start, tail end): (relation, modality)} in token indices."""
    text = doc.text
    gold: dict[tuple[int, int, int, int], tuple[str, str]] = {}
    for fact in facts:
        at = text.find(fact.sentence)
        sent = doc.char_span(at, at + len(fact.sentence), alignment_mode="expand") if at >= 0 else None
        if sent is None:
            continue
        cands = candidates(doc, _sentence_of(doc, sent))
        trigger = fact.sentence.find(fact.trigger) if fact.trigger else -1
        head = _match(cands, at, fact.sentence, fact.head, trigger)
        tail = _match(cands, at, fact.sentence, fact.tail, trigger)
        if head is None or tail is None or head is tail:
            continue
        keys = [(head.start, head.end, tail.start, tail.end)]
        if relations().get(fact.relation) and relations()[fact.relation].symmetric:
            keys.append((tail.start, tail.end, head.start, head.end))
        for key in keys:
            if key not in gold or gold[key][0] == "RELATED_TO":  # a schema label wins
                gold[key] = (fact.relation, modality(fact))
    return gold


def _sentence_of(doc: Doc, span):
    """The pipeline's sentence holding ``span`` (gold sentences follow the same splits)."""
    return doc[span.start].sent


def _match(cands: list[Candidate], at: int, sentence: str, arg: str, trigger: int) -> Candidate | None:
    starts = [k for k in range(len(sentence)) if sentence.startswith(arg, k)]
    if not starts:
        return None
    k = min(starts, key=lambda s: abs(s - trigger)) if trigger >= 0 else starts[0]
    a, b = at + k, at + k + len(arg)
    best, overlap = None, 0
    for cand in cands:
        x, y = cand.span.start_char, cand.span.end_char
        if (x, y) == (a, b):
            return cand
        shared = min(b, y) - max(a, x)
        if shared > overlap and (x == a or y == b):
            best, overlap = cand, shared
    return best
