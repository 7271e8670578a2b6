"""Who the pronouns are: each pronoun the relation annotations name as a fact's argument
(../shared/eval/id_news_train/facts.jsonl, the training articles t001-t100 and t121-t240;
the held-out split t101-t120 is left out), resolved by the extractor as its facts resolve
it, against the annotation's fullest name for it.

A resolution is right when the entity's name or an alias equals the annotated name, or one
holds the other (ignoring case: "Luthfi" for "Ahmad Luthfi"); wrong when it is another
entity; none when the extractor gives the pronoun no entity. Each pronoun occurrence counts
once (the occurrence nearest the fact's trigger). These are the articles the resolution
rules were written on: development figures, not held out.

    python benchmarks/pronouns.py [--shared ../shared] [--show wrong]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from kg import registry
from kg.extractors.indonesian.extractor import make_doc
from kg.extractors.indonesian.fact_entities import ArgumentEntities
from kg.extractors.indonesian.pairs import Candidate
from kg.ids import name_key
from kg.io import read_articles

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = ("t101", "t120")
# pronoun -> (the class reported, the candidate kind the extractor gives it)
KINDS = {
    **dict.fromkeys(["ia", "dia", "beliau"], ("third person (ia, dia, beliau)", "pronoun")),
    **dict.fromkeys(["saya", "aku"], ("first person (saya, aku)", "speaker")),
    **dict.fromkeys(["kami", "kita", "pihaknya"], ("speaker's side (kami, kita, pihaknya)", "group")),
}


def annotated(shared: Path) -> dict[str, list[dict]]:
    """The training facts with a pronoun argument, by article: (sentence, pronoun as
    written, the annotated name, the trigger)."""
    found: dict[str, list[dict]] = {}
    for line in (shared / "eval" / "id_news_train" / "facts.jsonl").read_text(encoding="utf-8").splitlines():
        fact = json.loads(line)
        if HELD_OUT[0] <= fact["article"] <= HELD_OUT[1]:
            continue
        for side in ("head", "tail"):
            if fact[side].lower() in KINDS:
                found.setdefault(fact["article"], []).append(
                    {
                        "sentence": fact["sentence"],
                        "arg": fact[side],
                        "name": fact[f"{side}_name"],
                        "trigger": fact["trigger"],
                    }
                )
    return found


def verdict(entity, name: str) -> str:
    if entity is None:
        return "none"
    ours = {name_key(entity.name), *(name_key(a) for a in entity.aliases)}
    gold = name_key(name)
    return "right" if any(gold == n or gold in n or n in gold for n in ours if n) else "wrong"


def resolve_all(shared: Path, show: str | None) -> Counter:
    """(pronoun class, verdict) -> count over the annotated pronouns; ``show`` prints the
    pronouns with that verdict."""
    wanted = annotated(shared)
    nlp = registry.get("id").nlp
    articles = read_articles([str(shared / "eval" / "id_news_train" / f"{a}.txt") for a in sorted(wanted)])
    counts: Counter = Counter()
    for article, doc in zip(articles, nlp.pipe(make_doc(nlp, a) for a in articles), strict=True):
        for label, result, said in judged(doc, wanted[article.id]):
            counts[(label, result)] += 1
            if show == result:
                print(f"{result}\t{article.id}\t{said}")
    return counts


def judged(doc, items: list[dict]) -> list[tuple[str, str, str]]:
    """(pronoun class, verdict, what was resolved to what) for each pronoun occurrence."""
    entities, seen, out = ArgumentEntities(doc), set(), []
    for item in items:
        span = _occurrence(doc, item)
        if span is None or (span.start, span.end) in seen:
            continue
        seen.add((span.start, span.end))
        label, kind = KINDS[item["arg"].lower()]
        entity = entities.of(Candidate(span, "ORG" if kind == "group" else "PERSON", kind))
        ours = entity.name if entity else None
        said = f"{item['arg']} = {item['name']!r}, ours {ours!r}\t{item['sentence'][:120]}"
        out.append((label, verdict(entity, item["name"]), said))
    return out


def _occurrence(doc, item: dict):
    """The pronoun's occurrence in its sentence nearest the trigger, as a token span."""
    at = doc.text.find(item["sentence"])
    if at < 0:
        return None
    sentence = item["sentence"]
    offsets = [m.start() for m in re.finditer(r"\b" + re.escape(item["arg"]) + r"\b", sentence)]
    if not offsets:
        return None
    trigger = sentence.find(item["trigger"]) if item["trigger"] else -1
    k = min(offsets, key=lambda o: abs(o - trigger)) if trigger >= 0 else offsets[0]
    return doc.char_span(at + k, at + k + len(item["arg"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", choices=["right", "wrong", "none"], help="print the pronouns with this verdict")
    args = parser.parse_args()
    counts = resolve_all(args.shared, args.show)
    print(f"pronoun arguments of the training articles resolved ({registry.get('id').name}; development figures)")
    for label in dict.fromkeys(label for label, _ in KINDS.values()):
        right, wrong, none = (counts[(label, r)] for r in ("right", "wrong", "none"))
        total = right + wrong + none
        share = f"{right / max(1, total):.0%} right"
        print(f"  {label:<40} right {right:>3}  wrong {wrong:>3}  none {none:>3}  of {total} ({share})")


if __name__ == "__main__":
    main()
