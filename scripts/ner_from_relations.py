"""Partial NER annotations from the relation training data (used by scripts/train_ner.py
``--relations``): the named arguments of every annotated fact, in its sentence.

The relation annotations name persons, organisations and places exactly where the NER
errs most in news (a title, an organisation and a person in a row: "Sekretaris
Kementerian Pariwisata Bayu Aji"), so their spans teach the boundaries. They are not
exhaustive for names (a name in no fact is not annotated), so only those spans are
entities; lower-case words, punctuation and title words are outside; every other token is
missing (spaCy's NER learns nothing about it). Training articles only: the held-out split
is passed as ``exclude``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.postags import lexicon as word_classes
from kg.gold import in_split, read_relation_facts

LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
PRONOUNS = frozenset("saya kami kita ia dia beliau mereka aku pihaknya dirinya keduanya ketiganya semuanya".split())
JOINERS = frozenset("dan bin binti de van der von al".split())


def relation_docs(folder: Path, split: str, nlp, exclude: str | None = None) -> list[Doc]:
    by_sentence: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for fact in read_relation_facts(folder):
        if not in_split(fact.article, split) or (exclude and in_split(fact.article, exclude)):
            continue
        for text, etype in ((fact.head, fact.head_type), (fact.tail, fact.tail_type)):
            by_sentence[fact.sentence].add((text, etype))
    return [doc for sentence, args in sorted(by_sentence.items()) if (doc := _doc(nlp, sentence, args))]


def _doc(nlp, sentence: str, args: set[tuple[str, str]]) -> Doc | None:
    doc = nlp.make_doc(sentence)
    spans = []
    for text, etype in sorted(args):
        if etype in LABELS and text[:1].isupper() and text.lower() not in PRONOUNS:
            spans += _occurrences(doc, sentence, text, LABELS[etype])
    spans = _longest(spans)
    if not spans:
        return None
    inside = {i for s in spans for i in range(s.start, s.end)}
    outside = [doc[t.i : t.i + 1] for t in doc if t.i not in inside and _outside(t)]
    doc.set_ents(spans, outside=outside, default="missing")
    return doc


def _occurrences(doc: Doc, sentence: str, text: str, label: str) -> list[Span]:
    words = text.split()
    while len(words) > 1 and words[0].lower() in lx.TITLES:
        words = words[1:]  # the NER's names carry no title
    if not _name_like(words, label):
        return []
    text = " ".join(words)
    found, at = [], sentence.find(text)
    while at >= 0:
        span = doc.char_span(at, at + len(text), label=label)
        if span is not None:
            found.append(span)
        at = sentence.find(text, at + 1)
    return found


def _name_like(words: list[str], label: str) -> bool:
    """Every word capitalised (or a digit, or a joiner such as "dan"), and a person's name
    not starting with a common word ("Wali Kota" without its title is no name)."""
    if any(not (w[:1].isupper() or w[:1].isdigit() or w in JOINERS) for w in words):
        return False
    if words[0].lower() in lx.TITLES:
        return False
    return label != "PER" or word_classes().get(words[0].lower()) not in ("NN", "VB", "JJ", "ADV")


def _longest(spans: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= c.start or c.end <= span.start for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def _outside(token) -> bool:
    return token.is_punct or token.is_space or token.text[:1].islower() or token.lower_ in lx.TITLES
