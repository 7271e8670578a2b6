"""The rule extractor's cue words, by relation of the schema (``data/rules.toml``):
roots and forms of trigger verbs, role nouns, prepositions, and type restrictions; and
each rule's confidence (``data/rule_confidence.tsv``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.extractors.indonesian import short_titles
from kg.extractors.indonesian.lexicon import read_rows
from kg.vocab import relations

PATH = Path(__file__).parent / "data" / "rules.toml"
ROLES = Path(__file__).parent / "data" / "roles.tsv"
CONFIDENCE = Path(__file__).parent / "data" / "rule_confidence.tsv"
# Each rule's confidence as first written by hand: the prior of its calibration.
PRIORS = {
    "role": 0.9,
    "described": 0.7,  # a role with a demonstrative: the last person named ("Ketua MPR itu")
    "title": 0.85,
    "unit": 0.8,
    "unit office": 0.8,  # the office of a unit's head in the whole body (offices.py)
    "active": 0.85,
    "passive": 0.85,
    "controlled": 0.7,
    "inverse": 0.75,
    "nominalization": 0.6,
    "received": 0.7,
    "pairwise": 0.8,
    "kin": 0.85,  # a relative named beside the person: "istri Presiden X, Y"
    "counsel": 0.7,  # a person's counsel named beside the person: "kuasa hukum X, Y" (an open fact)
    "within": 0.8,  # a facility's name ending in its place: "Stadion Teladan Medan" (place_rules.py)
}
PRIOR_WEIGHT = 2  # the prior counts as this many facts


@dataclass(frozen=True)
class Cue:
    name: str
    roots: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    object_preps: tuple[str, ...] = ()
    noun_preps: tuple[str, ...] = ()  # object prepositions after the noun forms only: "dukungan [kepada] X"
    goods: bool = False
    common_object: bool = False
    people_object: bool = False  # a phrase of people as the object: "menahan [dua tersangka]"
    units: tuple[str, ...] = ()  # heads of an organisation's units: "Komisi XI [DPR RI]"
    strict_types: bool = False
    domain: tuple[str, ...] = ()
    range: tuple[str, ...] = ()
    symmetric: bool = False
    causative: bool = False  # the active verb also makes someone do or be: "membuat [Persib] menang"
    light_verbs: tuple[str, ...] = ()  # their subject is the agent of the noun after them (:mod:`.orders`)
    agent_preps: tuple[str, ...] = ()  # a noun's agent after these: "arahan [dari] Presiden"
    purpose_object: bool = False  # the object of a purpose clause's verb: "perintah untuk meningkatkan [X]"
    undone_by: tuple[str, ...] = ()  # right after the verb or its object, no fact: "memvonis Henry [bebas]"
    needs_after: tuple[str, ...] = ()  # in the clause after the verb or its object, or no fact: "melaporkan X [ke]"

    def allows(self, subject_type: str, object_type: str) -> bool:
        """Domain/range check (only for ``strict_types`` cues; MISC fits anywhere)."""
        if not self.strict_types:
            return True
        fits = lambda t, allowed: t == "MISC" or not allowed or t in allowed  # noqa: E731
        return fits(subject_type, self.domain) and fits(object_type, self.range)


@lru_cache(maxsize=1)
def cues() -> dict[str, Cue]:
    """Cue words by relation name; every name is a relation of the schema."""
    schema = relations()
    result = {}
    for name, spec in tomllib.loads(PATH.read_text("utf-8")).items():
        if name not in schema:
            raise ValueError(f"{PATH.name}: {name!r} is not a relation of the schema")
        fields = {k: tuple(v) if isinstance(v, list) else v for k, v in spec.items()}
        result[name] = Cue(name=name, symmetric=schema[name].symmetric, **fields)
    return result


@lru_cache(maxsize=1)
def unit_heads() -> frozenset[str]:
    """The words that head an organisation's unit written before it ("komisi", "fraksi")."""
    return frozenset(word for cue in cues().values() for word in cue.units)


@lru_cache(maxsize=1)
def learned_roles() -> dict[tuple[str, ...], str]:
    """Role words -> relation, from the roles of the training annotations (``data/roles.tsv``,
    written by ``scripts/train_relations.py``): "ketua" LEADER_OF, "wakil ketua" OFFICIAL_OF."""
    return {tuple(words.split()): relation for words, relation, *_ in read_rows(ROLES)}


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """The first words of every role of the rules, the clipped titles and the training
    annotations ("staf", "kepala", "wakil", "kasat", ...)."""
    roles = [words for cue in cues().values() for words in cue.roles]
    clipped = frozenset(short_titles.ROLES)
    return frozenset(words.split()[0] for words in roles) | clipped | {words[0] for words in learned_roles()}


def calibrated(prior: float, true: int, facts: int) -> float:
    """A rule's precision smoothed towards its prior: ``(true + 2 prior) / (facts + 2)``."""
    return round((true + PRIOR_WEIGHT * prior) / (facts + PRIOR_WEIGHT), 3)


def read_counts(path: Path = CONFIDENCE) -> dict[str, tuple[int, int]]:
    """Rule -> (true facts, facts) on the training articles (``scripts/calibrate_rules.py``)."""
    return {rule: (int(true), int(facts)) for rule, true, facts, *_ in read_rows(path)}


@lru_cache(maxsize=1)
def rule_confidences() -> dict[str, float]:
    """Rule -> the confidence of its facts: its measured precision, smoothed towards its
    prior (a rule that never fired on the training articles keeps its prior)."""
    counts = read_counts()
    return {rule: calibrated(prior, *counts.get(rule, (0, 0))) for rule, prior in PRIORS.items()}
