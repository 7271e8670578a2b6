"""Every spaCy registration of kg in one place, under versioned names.

spaCy forbids dots in component factory names, so components are
``kg_id_<part>_v<N>``; registry functions (tokenizer) use ``kg.id_<part>.v<N>``.

Components (in pipeline order) and where they write:

==========================  =========================================================
``kg.id_tokenizer.v2``      tokenizer: hyphenated words whole, abbreviations kept, names
                            joined by hyphens split ("TNI-Polri"; v1 keeps them whole)
``kg_id_sentences_v1``      ``Token.is_sent_start``
``kg_id_lemmas_v1``         ``Token.lemma_`` (lookup table from nlp-id's lemma dictionary)
``kg_id_postags_v1``        ``Token.tag_`` (lexicon tags: NN, NNP, VB, JJ, IN, ...)
``kg_id_dates_v1``          ``doc.spans["kg_dates"]`` (kb_id = ISO value; ``doc._.kg_article_date`` gives the year)
``kg_id_mentions_v1``       ``doc.spans["kg_mentions"]`` (label = type, kb_id = gazetteer name)
``kg_id_arguments_v1``      ``doc.spans["kg_arguments"]`` (noun phrases and pronouns; label = type)
``kg_id_entities_v1``       ``doc._.kg_entities`` {id: Entity}, ``doc._.kg_links`` {(start, end): id}
``kg_id_relations_v1``      ``doc._.kg_rule_triples`` [RawTriple], ``doc.spans["kg_objects"]``,
                            ``doc._.kg_rule_objects`` {id: Entity}
``kg_id_relation_model_v1`` ``doc._.kg_pairs`` [Pair] (trained, factored; models/relations)
``kg_id_facts_v1``          ``doc._.kg_triples`` [Fact], ``doc.spans["kg_fact_mentions"]``,
                            ``doc._.kg_fact_entities`` {id: Entity}
``kg_id_entity_types_v1``   ``doc._.kg_entity_types`` {id: type}, the named entities whose type
                            the trained typer changes (models/entity_types)
``kg_id_person_names_v1``   ``doc._.kg_entity_merges`` {id: person id}, one-word names joined
                            to the one person the final types call so
``kg_id_schema_check_v1``   ``doc._.kg_triples`` without the facts that put a person, by the
                            final types, where the schema's domain or range has none
==========================  =========================================================

``doc._.kg_skip`` (list of (start_char, end_char)) is read by the mention finder:
the pipeline sets it to the dateline so "HOLOPIS.COM, JAKARTA –" is metadata.
``doc._.kg_headline`` (end offset of a title line): plain names found only there are dropped,
since Title Case headlines capitalise every word. ``doc._.kg_roles`` ({(start_char,
end_char): "place" | "actor"}) is written by the mention finder for countries and cities.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from kg.extractors.indonesian.candidates import ArgumentFinder
from kg.extractors.indonesian.dates import DateFinder
from kg.extractors.indonesian.entities import EntityResolver
from kg.extractors.indonesian.entity_types import MODEL as TYPE_MODEL
from kg.extractors.indonesian.entity_types import EntityTyper, TypeModel
from kg.extractors.indonesian.facts import FactBuilder
from kg.extractors.indonesian.gazetteer import gazetteer
from kg.extractors.indonesian.lemmas import Lemmatizer
from kg.extractors.indonesian.mentions import MentionFinder
from kg.extractors.indonesian.person_names import PersonNames
from kg.extractors.indonesian.postags import PosTagger
from kg.extractors.indonesian.relation_model import RelationModel
from kg.extractors.indonesian.relations import RelationExtractor
from kg.extractors.indonesian.rulebook import cues
from kg.extractors.indonesian.schema_check import SchemaCheck
from kg.extractors.indonesian.sentences import SentenceSplitter
from kg.extractors.indonesian.spelling import fold_apostrophes
from kg.extractors.indonesian.tokenizer import create_tokenizer, create_tokenizer_v2

for _name, _default in (
    ("kg_skip", None),
    ("kg_headline", 0),
    ("kg_article_date", ""),
    ("kg_entities", None),
    ("kg_links", None),
    ("kg_roles", None),
    ("kg_rule_triples", None),
    ("kg_rule_objects", None),
    ("kg_pairs", None),
    ("kg_triples", None),
    ("kg_fact_entities", None),
    ("kg_entity_types", None),
    ("kg_entity_merges", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

registry.tokenizers("kg.id_tokenizer.v1", func=create_tokenizer)
registry.tokenizers("kg.id_tokenizer.v2", func=create_tokenizer_v2)


@registry.callbacks("kg.fold_apostrophes.v1")
def create_apostrophe_folding() -> Callable[[Language], Language]:
    """``[nlp.after_creation]`` of the NER's training config: the NER learns from words with
    inner apostrophes as :func:`indonesian_pipeline` shows them to it."""

    def fold(nlp: Language) -> Language:
        fold_apostrophes(nlp.vocab)
        return nlp

    return fold


@Language.factory("kg_id_sentences_v1")
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(name)


@Language.factory("kg_id_lemmas_v1")
def make_lemmas(nlp: Language, name: str) -> Lemmatizer:
    return Lemmatizer(name)


@Language.factory("kg_id_postags_v1")
def make_postags(nlp: Language, name: str) -> PosTagger:
    return PosTagger(name)


@Language.factory("kg_id_arguments_v1")
def make_arguments(nlp: Language, name: str) -> ArgumentFinder:
    return ArgumentFinder(name)


@Language.factory("kg_id_dates_v1")
def make_dates(nlp: Language, name: str) -> DateFinder:
    return DateFinder(name)


@Language.factory("kg_id_mentions_v1")
def make_mentions(nlp: Language, name: str) -> MentionFinder:
    return MentionFinder(nlp, name, gazetteer(), {root for cue in cues().values() for root in cue.roots})


@Language.factory("kg_id_entities_v1")
def make_entities(nlp: Language, name: str) -> EntityResolver:
    return EntityResolver(name, {e.name: e for e in gazetteer()})


@Language.factory("kg_id_relations_v1")
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor(name, cues())


@Language.factory(
    "kg_id_relation_model_v1",
    default_config={"model": {"@architectures": "kg.RelationClassifier.v1"}, "threshold": 0.5},
)
def make_relation_model(nlp: Language, name: str, model, threshold: float) -> RelationModel:
    return RelationModel(nlp.vocab, model, name, threshold=threshold)


@Language.factory("kg_id_facts_v1")
def make_facts(nlp: Language, name: str) -> FactBuilder:
    return FactBuilder(name)


@Language.factory("kg_id_entity_types_v1")
def make_entity_types(nlp: Language, name: str) -> EntityTyper:
    return EntityTyper(name, TypeModel.read(TYPE_MODEL) if TYPE_MODEL.exists() else None)


@Language.factory("kg_id_person_names_v1")
def make_person_names(nlp: Language, name: str) -> PersonNames:
    return PersonNames(name)


@Language.factory("kg_id_schema_check_v1")
def make_schema_check(nlp: Language, name: str) -> SchemaCheck:
    return SchemaCheck(name)


PIPELINE = (
    "kg_id_sentences_v1",
    "kg_id_lemmas_v1",
    "kg_id_postags_v1",
    "kg_id_dates_v1",
    "kg_id_mentions_v1",
    "kg_id_arguments_v1",
    "kg_id_entities_v1",
    "kg_id_relations_v1",
    "kg_id_relation_model_v1",
    "kg_id_facts_v1",
    "kg_id_entity_types_v1",
    "kg_id_person_names_v1",
    "kg_id_schema_check_v1",
)
EXTRACTOR_NAME = "kg.id_rules.v1"


NER_MODEL = Path(__file__).parent / "indonesian" / "models" / "ner"
RELATION_MODEL = Path(__file__).parent / "indonesian" / "models" / "relations"


def indonesian_pipeline(
    statistical: bool = True, ner_model: Path = NER_MODEL, relation_model: Path = RELATION_MODEL
) -> Language:
    """The Indonesian pipeline: our tokenizer, the NER trained by ``scripts/train_ner.py``
    (shipped in the package; ``ner_model`` to use another one), then our rule components."""
    if statistical and ner_model.exists():
        # the model's config names our tokenizer, built from the code's rules; the copy saved
        # with the model is not read (loading its 16,000 rules took seconds)
        nlp = spacy.load(ner_model, exclude=["tokenizer"])
    else:
        nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "kg.id_tokenizer.v2"}}})
    fold_apostrophes(nlp.vocab)
    for factory in PIPELINE:
        pipe = nlp.add_pipe(factory, name=factory.rsplit("_", 1)[0])
        if factory == "kg_id_relation_model_v1" and (relation_model / "weights.npz").exists():
            pipe.from_disk(relation_model)
    return nlp
