"""The trained entity typer: each named entity of an article gets the type that its names
and the words around its mentions give it (a city written "di Bandung" and governed by a
"Wali Kota" is a GPE, "Jalan Veteran" a FACILITY, an "Aktivis lingkungan, Budi Hartono"
the NER took for an organisation a PERSON), learned from the argument types of the
exhaustive relation annotations by ``scripts/train_entity_types.py``.

Model (``models/entity_types/weights.tsv``): a linear softmax over an entity's feature
strings (:func:`entity_features`: the pipeline's type and its mentions' types, the first,
last and every word of its name, the words before and after each mention), labels
:data:`LABELS`, trained on the entities the pipeline typed as a person, organisation or
place (:data:`TYPED`). Only an organisation or a place is retyped (:data:`RETYPED`). A
name the pipeline typed otherwise (MISC, a product, an event) stays as it is: the
annotations type only the names that take part in a fact, and retyping all names
promoted products, diseases and acronyms to organisations (entity F1 on idner dev 0.866
-> 0.836). A person stays a person: on the validation folds the typer never retyped one,
on idner dev it retyped six single-mention persons, all wrongly (F1 0.858 with them);
except an acronym of four capitals or more (:func:`long_acronym`: "LPEI", "PSSI") with no
cue of a person's initials (*berinisial*, an occupation before it, an age after it), which
is an organisation, as the annotations type such names.
``OTHER`` (a product, event, law, programme...) and an entity of the gazetteer keep the
pipeline's type, and so does an entity when the model's best type has a probability
below :data:`MIN_PROBABILITY`, and a name that opens with an organisation's head word
(*Kejari*, *Ditjen*, *Sekolah*) or is an acronym of four capitals or more (*PSSI*) never
becomes a person, and an entity named exactly as a regency or a city (:mod:`.regions`:
"Klaten", "Denpasar") becomes no other type than GPE (on the training, gold and
pseudo-articles the model made 23 of them an organisation, a person or a facility and 2 a
LOC; the 6 of these that the annotations type are all GPE). One rule comes before the model:
an entity of no known type (MISC) that a role rule names as a role's holder ("Muti
Arintawati, Wakil Direktur LPPOM MUI") is a person.

Runs last and writes ``doc._.kg_entity_types`` ({entity id: type}, only the entities whose
type it changes); the conversion to the core's contract
(:func:`kg.extractors.indonesian.extractor.to_extraction`) gives that type to the entity,
its mentions and its facts. The relation components before it read the pipeline's types.
"""

from __future__ import annotations

from pathlib import Path

import numpy
from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.heads import ORG_HEADS
from kg.extractors.indonesian.lemmas import is_common_phrase
from kg.extractors.indonesian.regions import is_region
from kg.extractors.indonesian.spans import addressed_initials, aged
from kg.model import Entity

LABELS = ("PERSON", "ORG", "GPE", "LOC", "FACILITY", "OTHER")
TYPED = frozenset(LABELS[:-1])  # the pipeline's types the model was trained on
RETYPED = TYPED - {"PERSON"}  # the pipeline's types the typer changes
MODEL = Path(__file__).parent / "models" / "entity_types" / "weights.tsv"
MIN_PROBABILITY = 0.5
ROLE_RULES = frozenset(["role", "title"])  # the role appositions and the titles that name an organisation
MENTIONS = "kg_mentions"


def entity_features(doc: Doc, entity: Entity, spans: list[Span]) -> list[str]:
    """The feature strings of one named entity: sorted, each once."""
    words = entity.name.lower().split() or [""]
    feats = {f"CUR={entity.type}", f"F={words[0]}", f"L={words[-1]}", f"NW={min(len(words), 4)}"}
    feats.update(f"W={w}" for w in words[:6])
    if entity.name.isupper() and " " not in entity.name:
        feats.add("ACRONYM")
    for span in spans:
        before = doc[span.start - 1].lower_ if span.start > 0 else "<s>"
        after = doc[span.end].lower_ if span.end < len(doc) else "</s>"
        feats.update((f"ML={span.label_}", f"P1={before}", f"N1={after}"))
        if span.start > 1:
            feats.add(f"P2={doc[span.start - 2].lower_} {before}")
    return sorted(feats)


class TypeModel:
    """Feature weights per label: ``feature<TAB>w_PERSON<TAB>...`` lines, the first the bias."""

    def __init__(self, weights: dict[str, numpy.ndarray], bias: numpy.ndarray) -> None:
        self.weights = weights
        self.bias = bias

    @classmethod
    def read(cls, path: Path) -> TypeModel:
        rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
        table = {row[0]: numpy.array([float(x) for x in row[1:]]) for row in rows}
        return cls(table, table.pop("<bias>"))

    def probabilities(self, feats: list[str]) -> numpy.ndarray:
        zero = numpy.zeros_like(self.bias)
        scores = self.bias + sum((self.weights.get(f, zero) for f in feats), zero)
        exp = numpy.exp(scores - scores.max())
        return exp / exp.sum()


class EntityTyper:
    def __init__(self, name: str, model: TypeModel | None) -> None:
        self.name = name
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_entity_types = self.retyped(doc) if self.model is not None else {}
        return doc

    def retyped(self, doc: Doc) -> dict[str, str]:
        assert self.model is not None
        changed = {}
        holders = role_holders(doc)
        for eid, spans in sorted(mentions_by_entity(doc).items()):
            entity = doc._.kg_entities[eid]
            if any(span.kb_id_ for span in spans):  # the gazetteer decides
                continue
            if entity.type == "MISC" and eid in holders:
                changed[eid] = "PERSON"  # "Muti Arintawati, Wakil Direktur LPPOM MUI": a role's holder
                continue
            if entity.type == "PERSON" and long_acronym(entity.name) and not any(_initials(doc, s) for s in spans):
                changed[eid] = "ORG"  # "LPEI", "RHCP" the NER took for a person, with no cue of initials
                continue
            if entity.type not in RETYPED:
                continue
            etype = final_type(self.model, entity.type, entity_features(doc, entity, spans))
            if etype not in ("GPE", entity.type) and is_region(entity.name):
                continue  # "Denpasar", "Klaten", "Sukabumi": a regency's or a city's name stays a place
            if etype == "PERSON" and any(_org_head(n) for n in (entity.name, *entity.aliases)):
                continue  # "Kejari Majalengka", "Ditjen Bea Cukai", "Sekwan" (also "DPRD"): no person
            if etype == "PERSON" and is_common_phrase(entity.name.split()):
                continue  # "Dana Pihak Ketiga (DPK)", "Pengawas Perilaku": no name of a person
            if etype == "PERSON" and any(long_acronym(n) for n in (entity.name, *entity.aliases)):
                etype = "ORG"  # "PSSI", "JPPI": an organisation, as the annotations type such names
            if etype != entity.type:
                changed[eid] = etype
        return changed


def long_acronym(name: str) -> bool:
    """Four capitals or more and nothing else: the annotations type such names an
    organisation 78 times of 129 (a product, a programme or a law most other times) and a
    person 3 times, each a title ("KSAD"); a person's initials come with a cue."""
    return len(name) >= 4 and name.isalpha() and name.isupper()


def _initials(doc: Doc, span: Span) -> bool:
    """A mention written as a person's initials are: after *berinisial*, a form of address
    or an occupation ("tersangka DISB"), or before an age ("DISB (47)")."""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    cued = before in lx.OCCUPATIONS or before in lx.INITIAL_CUES
    return cued or addressed_initials(doc, span.start, span.end) or aged(doc, span.start, span.end)


def _org_head(name: str) -> bool:
    return (name.lower().split() or [""])[0] in ORG_HEADS


def role_holders(doc: Doc) -> set[str]:
    """The entities the role rules name as holders of a role (the rules :data:`ROLE_RULES`
    find a person's name beside a role or a title): persons, whatever the NER typed them."""
    return {f.subject.id for f in doc._.kg_triples or () if f.rule in ROLE_RULES}


def mentions_by_entity(doc: Doc) -> dict[str, list[Span]]:
    """The named mentions of each entity of the article, in text order."""
    spans_of: dict[str, list[Span]] = {}
    links = doc._.kg_links or {}
    for span in doc.spans.get(MENTIONS, []):
        eid = links.get((span.start_char, span.end_char))
        if eid is not None:
            spans_of.setdefault(eid, []).append(span)
    return spans_of


def final_type(model: TypeModel, current: str, feats: list[str]) -> str:
    """The type an entity of the pipeline's type ``current`` ends with."""
    if current not in RETYPED:
        return current
    probs = model.probabilities(feats)
    best = int(probs.argmax())
    return LABELS[best] if LABELS[best] != "OTHER" and probs[best] >= MIN_PROBABILITY else current
