"""Words a relation model's label needs in its sentence, or the pair states no such fact:
the model learns a verb with the label its training sentences gave it, and the verb also
has readings the label does not fit. Each guard turns such a pair into an open fact in its
own words (nothing stated is dropped) or drops it when an argument is the word that rules
the label out.

- An apology ("meminta maaf", "permintaan maaf kepada ...") is no appeal: URGES across one
  is an open fact, and none when "maaf" is an argument itself (the training articles
  annotate apologies as RELATED_TO; the model, with three of them, reads *minta* as an
  appeal).
- Naming someone a suspect is CHARGES only where the sentence says suspect or charge
  (*tersangka*, *terdakwa*, *dakwa*, *jerat*): "KPU menetapkan Prabowo sebagai presiden
  terpilih", "Polda menetapkan Budi sebagai saksi" name no suspect, though *menetapkan*
  is the training articles' commonest CHARGES verb (extractor v244).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extractors.indonesian.relation_model import Pair
from kg.vocab import OPEN_RELATION

# the words (lower case, or their roots) of a charge: "tersangka", "terdakwa", "didakwa", "menjerat"
CHARGE_WORDS = frozenset(["tersangka", "tersangkanya", "terdakwa", "terdakwanya", "dakwaan"])
CHARGE_ROOTS = frozenset(["dakwa", "jerat", "sangka"])


def guarded(pair: Pair) -> Pair | None:
    """The pair as the model labelled it, as an open fact, or None (see the module)."""
    pair = _apology(pair)
    return None if pair is None else _charged(pair)


def _apology(pair: Pair) -> Pair | None:
    if pair.label != "URGES":
        return pair
    if any(t.lower_ == "maaf" for c in (pair.head, pair.tail) for t in c.span):
        return None
    first, second = sorted((pair.head, pair.tail), key=lambda c: c.start)
    if any(t.lower_ == "maaf" for t in first.span.doc[first.end : second.start]):
        return replace(pair, label=OPEN_RELATION)
    return pair


def _charged(pair: Pair) -> Pair:
    if pair.label != "CHARGES":
        return pair
    if any(t.lower_ in CHARGE_WORDS or t.lemma_ in CHARGE_ROOTS for t in pair.sentence):
        return pair
    return replace(pair, label=OPEN_RELATION)
