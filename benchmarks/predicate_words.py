"""Which verb states a fact: the verb the extractor takes as a fact's words
(``predicate_text``) against the annotated trigger of the relation training articles
(../shared/eval/id_news_train), for the annotated facts (not roles) whose arguments and
trigger are found in their sentence and that have two verbs or more between the
arguments (by the pipeline's word classes). Prints, per split and for open (RELATED_TO)
and schema facts, how often the shipped choice and the first main verb (extractor v98)
fall inside the trigger.

    python benchmarks/predicate_words.py [--data ../shared/eval/id_news_train]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kg import registry
from kg.evaluate_facts import read_relation_facts
from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.fact_entities import ROLE_RELATIONS
from kg.extractors.indonesian.facts import stating_verb
from kg.vocab import OPEN_RELATION

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "id_news_train"
SPLITS = {"held-out t101-t120": "t101-t120", "training t001-t100,t121-t240": "t001-t100,t121-t240"}


def first_main(verbs, label):
    """Extractor v98's choice: the first verb that is no hedge, claim or phase verb."""
    return next((v for v in verbs if v.lower_ not in lx.CONTROL_VERBS), verbs[0])


def verbs_between(doc, fact) -> list | None:
    """The verbs between the fact's arguments, or None when an argument or the trigger is
    not found in the sentence or the arguments overlap."""
    text = fact.sentence
    spans = [(text.find(w), len(w)) for w in (fact.head, fact.tail)]
    if min(at for at, _ in spans) < 0:
        return None
    (a, n), (b, m) = sorted(spans)
    if a + n > b:
        return None
    return [t for t in doc if a + n <= t.idx < b and t.tag_ == "VB"]


def count(nlp, facts) -> Counter:
    upto = nlp.pipe_names[: nlp.pipe_names.index("kg_id_postags") + 1]
    sentences = sorted({f.sentence for f in facts})
    with nlp.select_pipes(enable=upto):
        docs = dict(zip(sentences, nlp.pipe(sentences), strict=True))
    counts: Counter = Counter()
    for fact in facts:
        at = fact.sentence.find(fact.trigger)
        verbs = verbs_between(docs[fact.sentence], fact)
        if at < 0 or not verbs or len(verbs) < 2:
            continue
        kind = "open" if fact.relation == OPEN_RELATION else "schema"
        counts[kind] += 1
        for name, choose in (("shipped", stating_verb), ("first main verb (v98)", first_main)):
            counts[kind, name] += at <= choose(verbs, fact.relation).idx < at + len(fact.trigger)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    nlp = registry.get("id").nlp
    for title, split in SPLITS.items():
        facts = [f for f in read_relation_facts(args.data, split) if f.relation not in ROLE_RELATIONS and f.trigger]
        counts = count(nlp, facts)
        for kind in ("open", "schema"):
            for name in ("shipped", "first main verb (v98)"):
                hits, total = counts[kind, name], counts[kind]
                print(f"{title}, {kind} facts: {name} {hits}/{total} = {hits / max(total, 1):.3f}")


if __name__ == "__main__":
    main()
