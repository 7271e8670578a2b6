"""Which words state a fact: the words the extractor takes as a fact's ``predicate_text``
against the annotated trigger of the relation training articles
(../shared/eval/id_news_train), for the annotated facts (not roles) whose arguments and
trigger are found in their sentence. Three cases, by the pipeline's word classes: two verbs
or more between the arguments (the shipped :func:`stating_verb` against the first main
verb, extractor v98), no verb between (the shipped words between, else the verb around,
against the verb around, extractor v99), and one copula between (the shipped noun after
it against the copula, extractor v107). Prints, per split, case and kind of fact (open
RELATED_TO or schema), how often each choice falls inside the trigger.

    python benchmarks/predicate_words.py [--data ../shared/eval/id_news_train]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kg import registry
from kg.evaluate_facts import read_relation_facts
from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.fact_words import COPULAS, stating_words, verb_around
from kg.extractors.indonesian.speaker_sides import ROLE_RELATIONS
from kg.vocab import OPEN_RELATION

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "id_news_train"
SPLITS = {"held-out t101-t120": "t101-t120", "training t001-t100,t121-t240": "t001-t100,t121-t240"}
CHOICES = {
    "verbs between": ("shipped", "first main verb (v98)"),
    "no verb between": ("shipped", "verb around (v99)"),
    "one copula between": ("shipped", "the copula (v107)"),
}


def first_main(verbs, label):
    """Extractor v98's choice: the first verb that is no hedge, claim or phase verb."""
    return next((v for v in verbs if v.lower_ not in lx.CONTROL_VERBS), verbs[0])


def located(doc, fact) -> tuple[int, int, int, int] | None:
    """The token offsets of the fact's arguments in its sentence's doc (start and end of the
    first, start and end of the second), or None when an argument is not found or the two
    overlap."""
    spans = sorted((fact.sentence.find(w), len(w)) for w in (fact.head, fact.tail))
    (a, n), (b, _) = spans
    if a < 0 or a + n > b:
        return None
    first = doc.char_span(a, a + n, alignment_mode="expand")
    second = doc.char_span(b, b + spans[1][1], alignment_mode="expand")
    return (first.start, first.end, second.start, second.end) if first and second else None


def chosen(doc, at, label) -> tuple[str, dict[str, list]] | None:
    """The case of the fact and the tokens each choice takes, or None when it has one verb
    other than a copula."""
    start, first_end, second_start, end = at
    shipped = stating_words(doc, doc[start:end].sent, at, label)
    verbs = [t for t in doc[first_end:second_start] if t.tag_ == "VB"]
    if len(verbs) >= 2:
        return "verbs between", {"shipped": shipped, "first main verb (v98)": [first_main(verbs, label)]}
    if verbs and verbs[0].lower_ in COPULAS:
        return "one copula between", {"shipped": shipped, "the copula (v107)": verbs}
    if verbs:
        return None
    around = verb_around(doc, doc[start:end].sent, start, end)
    old = [around] if around is not None else [t for t in doc[first_end:second_start] if not t.is_space][:3]
    return "no verb between", {"shipped": shipped, "verb around (v99)": old}


def trigger_at(sentence: str, trigger: str, doc, where) -> int:
    """The offset of the annotated trigger: its occurrence between or within the arguments
    when there is one ("kata Bahlil [di] Kementerian", not an earlier "di"), else its first."""
    found = [i for i in range(len(sentence)) if sentence.startswith(trigger, i)] if trigger else []
    if where and found:
        low, high = doc[where[0]].idx, doc[where[3] - 1].idx
        return next((i for i in found if low <= i <= high), found[0])
    return found[0] if found else -1


def count(nlp, facts) -> Counter:
    upto = nlp.pipe_names[: nlp.pipe_names.index("kg_id_mentions") + 1]
    sentences = sorted({f.sentence for f in facts})
    with nlp.select_pipes(enable=upto):
        docs = dict(zip(sentences, nlp.pipe(sentences), strict=True))
    counts: Counter = Counter()
    for fact in facts:
        doc = docs[fact.sentence]
        where = located(doc, fact)
        at = trigger_at(fact.sentence, fact.trigger, doc, where)
        found = chosen(doc, where, fact.relation) if at >= 0 and where else None
        if found is None:
            continue
        case, tokens = found
        kind = "open" if fact.relation == OPEN_RELATION else "schema"
        counts[case, kind] += 1
        for name, taken in tokens.items():
            counts[case, kind, name] += any(at <= t.idx < at + len(fact.trigger) for t in taken)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    nlp = registry.get("id").nlp
    for title, split in SPLITS.items():
        facts = [f for f in read_relation_facts(args.data, split) if f.relation not in ROLE_RELATIONS and f.trigger]
        counts = count(nlp, facts)
        for case, names in CHOICES.items():
            for kind in ("open", "schema"):
                total = counts[case, kind]
                for name in names:
                    hits = counts[case, kind, name]
                    print(f"{title}, {case}, {kind} facts: {name} {hits}/{total} = {hits / max(total, 1):.3f}")


if __name__ == "__main__":
    main()
