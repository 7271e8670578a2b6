"""Entity quality across a corpus, before and after corpus-level resolution, on the 150
detik.com articles of ../shared/eval (id_news_gold d01-d30, id_news_train t001-t120),
against the same-entity groups of tests/gold/entity_groups.tsv (written by reading those
articles' names; they are the data the resolver's rules were checked on, not held out).

For the 100 entities with the most facts it prints how many have a duplicate node (another
node carries a name of the same gold group), how many are wrong merges (the node carries
names of two gold groups, or a junk span), and how many are junk (a junk span of the gold
list, or junk by kg's own rules); then the same counts over every gold group.

    python benchmarks/entities.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg import registry
from kg.graph import GraphBuilder
from kg.io import read_articles
from kg.names import NamePolicy, fold, is_junk
from kg.pipeline import extract
from kg.resolve import resolve

ROOT = Path(__file__).resolve().parents[1]
GROUPS = ROOT / "tests" / "gold" / "entity_groups.tsv"


def articles(shared: Path) -> list[str]:
    gold = sorted(str(p) for p in (shared / "eval" / "id_news_gold").glob("*.txt"))
    train = [shared / "eval" / "id_news_train" / f"t{k:03d}.txt" for k in range(1, 121)]
    return gold + [str(p) for p in train if p.exists()]


def read_groups(policy: NamePolicy) -> tuple[dict[str, int], set[str]]:
    """Folded name -> group number; folded junk spans."""
    groups, junk = {}, set()
    for k, line in enumerate(GROUPS.read_text(encoding="utf-8").splitlines()):
        kind, *names = line.split("\t")
        if kind == "group":
            groups.update({fold(n, policy): k for n in names})
        elif kind == "junk":
            junk |= {fold(n, policy) for n in names}
    return groups, junk


def top(graph: nx.MultiDiGraph, n: int = 100) -> list[str]:
    facts = Counter()
    for u, v in graph.edges():
        facts[u] += 1
        facts[v] += 1
    return [node for node, _ in sorted(facts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


@dataclass(frozen=True)
class Counts:
    duplicates: int  # of the top 100 by facts: another node carries a name of the same gold group
    wrong: int  # of the top 100: names of two gold groups, or a junk span as an alias
    junk: int  # of the top 100: a junk span of the gold list, or junk by kg's own rules
    split: int  # gold groups spread over several nodes
    joined: int  # nodes carrying names of two gold groups
    nodes: int
    found: int  # gold groups found


def counts(graph: nx.MultiDiGraph, policy: NamePolicy) -> Counts:
    groups, junk = read_groups(policy)
    hits = {
        n: {groups[k] for k in {fold(x, policy) for x in (d["name"], *d.get("aliases", []))} if k in groups}
        for n, d in graph.nodes(data=True)
    }
    owners = Counter(g for gs in hits.values() for g in gs)
    first = top(graph)
    dup = sum(1 for n in first if any(owners[g] > 1 for g in hits[n]))
    wrong = sum(1 for n in first if len(hits[n]) > 1 or _names(graph, n, policy) & junk - {_key(graph, n, policy)})
    bad = sum(1 for n in first if _key(graph, n, policy) in junk or is_junk(graph.nodes[n]["name"], policy))
    split = sum(1 for c in owners.values() if c > 1)
    joined = sum(1 for gs in hits.values() if len(gs) > 1)
    return Counts(dup, wrong, bad, split, joined, graph.number_of_nodes(), len(owners))


def report(graph: nx.MultiDiGraph, policy: NamePolicy, label: str) -> Counts:
    c = counts(graph, policy)
    print(
        f"{label}: {c.nodes} entities; top 100 by facts: {c.duplicates} with a duplicate node, "
        f"{c.wrong} wrong merges, {c.junk} junk"
    )
    print(
        f"{label}: gold groups found {c.found}, split over several nodes {c.split}, nodes joining two groups {c.joined}"
    )
    return c


def build(shared: Path) -> tuple[nx.MultiDiGraph, nx.MultiDiGraph, NamePolicy, float]:
    """The graph of the 150 articles per article only, the corpus-resolved one, the
    policy, and the seconds resolution took."""
    policy = registry.name_policy(("id",))
    builder = GraphBuilder()
    for ex in extract(read_articles(articles(shared))):
        if hasattr(ex, "triples"):
            builder.add(ex)
    graph = builder.graph()
    start = time.perf_counter()
    resolved = resolve(graph, policy, votes=builder.type_votes, named=builder.named)
    return graph, resolved, policy, time.perf_counter() - start


def _key(graph: nx.MultiDiGraph, n: str, policy: NamePolicy) -> str:
    return fold(graph.nodes[n]["name"], policy)


def _names(graph: nx.MultiDiGraph, n: str, policy: NamePolicy) -> set[str]:
    d = graph.nodes[n]
    return {fold(x, policy) for x in (d["name"], *d.get("aliases", []))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    graph, resolved, policy, seconds = build(args.shared)
    report(graph, policy, "per article only")
    report(resolved, policy, "corpus-resolved")
    print(f"resolution: {seconds:.2f} s for {graph.number_of_nodes()} entities")


if __name__ == "__main__":
    main()
