"""Synthetic graphs in kg's format, for load benchmarks and fault tests
(deterministic for a given seed)."""

from __future__ import annotations

import random

import networkx as nx

from kg.graph import FORMAT_VERSION
from kg.ids import entity_id
from kg.vocab import ENTITY_LABELS, relation_names


def synthetic_graph(
    entities: int = 20_000, facts: int = 50_000, articles: int = 500, sentences_per_article: int = 10, seed: int = 7
) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    types = sorted(ENTITY_LABELS)
    relations = relation_names()
    graph = nx.MultiDiGraph(format=FORMAT_VERSION, articles=_articles(articles), sentences={}, mentions=[])
    ids = []
    for i in range(entities):
        name = f"Entitas {i:06d}"
        ids.append(entity_id(name))
        graph.add_node(ids[-1], name=name, type=types[i % len(types)], aliases=[f"E{i}"], wikidata="")
    added = 0
    while added < facts:
        u, v, rel = rng.choice(ids), rng.choice(ids), rng.choice(relations)
        if u == v or graph.has_edge(u, v, rel):
            continue
        evidence = _evidence(f"a{rng.randrange(articles):05d}", rng.randrange(sentences_per_article), rel)
        graph.add_edge(
            u, v, key=rel, predicate=rel, predicate_texts=[rel.lower()], confidence=0.8, dates=[], evidence=[evidence]
        )
        added += 1
    return graph


def _articles(count: int) -> dict[str, dict[str, str]]:
    """The articles' metadata: a title and a date each."""
    return {
        f"a{i:05d}": {
            "title": f"Artikel {i}",
            "date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "url": "",
            "source": "SYNTH",
            "place": "",
            "lang": "id",
        }
        for i in range(count)
    }


def _evidence(article: str, index: int, rel: str) -> dict:
    """One fact's evidence: sentence ``index`` of ``article``."""
    return {
        "article": article,
        "sentence_index": index,
        "sentence": f"Kalimat {index} dari {article}.",
        "start": index * 40,
        "end": index * 40 + 30,
        "extractor": "synthetic",
        "confidence": 0.8,
        "predicate_text": rel.lower(),
        "properties": {},
    }
