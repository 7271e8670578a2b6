"""Corpus-level entity resolution: one node per real thing across all articles.

Each article's extractor resolves names within the article; this step joins the nodes of
a whole graph, after extraction and before the sinks:

1. **Junk goes**: currency and units, bare generic heads, spans across a bracket (with
   their edges and mentions).
2. **Safe aliases only**: an acronym stays an alias of a node only when it abbreviates
   the node's name (``kg.names.abbreviates``), or the node is a gazetteer entity (it has
   a Wikidata id); a currency is no country's alias; a name with an organisation word is
   no person's or country's alias. An alias that fails goes, and so do the mentions
   written with it (they go to the node of that name, or a new one).
3. **Joins**: nodes whose names fold to the same key (case, separators, a state suffix
   such as "RI"); a node whose safe alias is another node's name, unless that alias is
   claimed by two different expansions; a one-word person name that is a word of exactly
   one longer person name in the corpus (a name, not a noun phrase such as "generasi Brio").
4. **Curated pairs** (``--aliases FILE``, :mod:`kg.aliases`) win: same-as pairs join,
   not-same-as pairs are never joined, type overrides apply.
5. **Types** by the votes of all mentions; the name of a group is its gazetteer name,
   else its longest non-acronym name; its id the id of that name's node, except that an
   id already known (``known``: the ids of a store being loaded into, or of the previous
   build) is kept, so a later, longer name never changes an id.

The result is a new graph; ``graph.graph["redirects"]`` maps every joined-away id to the
id that now holds it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from kg.aliases import Curated
from kg.graph import voted_type
from kg.names import (
    BRACKET_TAIL,
    NamePolicy,
    abbreviates,
    fold,
    has_org_word,
    is_acronym,
    is_bare_noun,
    is_junk,
    is_name,
    is_title,
    untitled,
)
from kg.rewire import Plan, rewire


@dataclass
class Groups:
    """Union-find over node ids, with never-join pairs."""

    parent: dict[str, str] = field(default_factory=dict)
    apart: set[frozenset[str]] = field(default_factory=set)
    inside: dict[str, list[str]] = field(default_factory=dict)

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def members(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for x in sorted(self.parent):
            out.setdefault(self.find(x), []).append(x)
        return out

    def join(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        left, right = self.inside.get(ra, [ra]), self.inside.get(rb, [rb])
        if self.apart and any(frozenset((x, y)) in self.apart for x in left for y in right):
            return False
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.inside[root] = left + right
        self.inside.pop(child, None)
        return True


def resolve(
    graph: nx.MultiDiGraph,
    policy: NamePolicy,
    curated: Curated | None = None,
    known: Iterable[str] = (),
    votes: dict[str, Counter] | None = None,
    named: set[str] | None = None,
) -> nx.MultiDiGraph:
    """The resolved copy of ``graph``; ``votes``: node id -> the types its mentions had;
    ``named``: the ids written as a name somewhere (the others are noun phrases only, and
    one common word with a determiner, *masyarakat*, *polisi itu*, names no one thing)."""
    curated = curated or Curated()
    nodes = {n: dict(d) for n, d in graph.nodes(data=True)}
    junk = {n for n, d in nodes.items() if is_junk(d["name"], policy) and not d.get("wikidata")}
    if named is not None:
        junk |= {n for n, d in nodes.items() if n not in named and is_bare_noun(d["name"], policy)}
    nodes = {n: d for n, d in nodes.items() if n not in junk}
    dropped = {}
    canonical = policy.canonical()
    for n, node in nodes.items():
        if votes and votes.get(n):
            node["type"] = voted_type(votes[n])
        aliases = node.get("aliases", []) + bracketed(node["name"], policy)
        node["aliases"] = [a for a in aliases if safe_alias(node, a, policy, canonical)]
        dropped[n] = {fold(a, policy) for a in aliases if a not in node["aliases"]}
    groups = Groups(parent={n: n for n in sorted(nodes)})
    _apart(groups, nodes, curated, policy)
    _join_curated(groups, nodes, curated, policy)
    _join_names(groups, nodes, policy)
    _join_known(groups, nodes, policy)
    _join_aliases(groups, nodes, policy)
    _join_short_people(groups, nodes, policy)
    _join_initials(groups, nodes, policy)
    _join_expanded(groups, nodes, policy)
    plan = Plan(nodes, groups.members(), junk, dropped, votes or {}, set(known))
    return rewire(graph, plan, curated, policy)


def bracketed(name: str, policy: NamePolicy) -> list[str]:
    """The short form in a bracket at the end of a name, when it abbreviates the name:
    "Keluarga Penerima Manfaat (KPM)" -> ["KPM"]."""
    match = BRACKET_TAIL.search(name)
    if not match or not is_name(name):
        return []  # a noun phrase's bracket is its inner name's: "anggaran Kementerian Pekerjaan Umum (PU)"
    short, rest = match.group(0).strip()[1:-1].strip(), name[: match.start()]
    return [short] if is_acronym(short) and abbreviates(short, rest, policy) else []


def safe_alias(node: dict, alias: str, policy: NamePolicy, canonical: dict[str, str] | None = None) -> bool:
    """An alias stays when the gazetteer gives it to this node's entity, or when it is no
    junk, no organisation's name on a person or country, and, for an acronym, the short
    form of one of the node's other names."""
    names = [node["name"], *(a for a in node.get("aliases", []) if a != alias and not is_acronym(a))]
    if canonical and canonical.get(fold(alias, policy)) == canonical.get(fold(node["name"], policy), "-"):
        return True
    if is_junk(alias, policy) or is_title(alias, policy):
        return False
    if node.get("type") in ("PERSON", "GPE") and has_org_word(alias, policy) and not has_org_word(node["name"], policy):
        return False
    if is_acronym(alias) and not is_acronym(node["name"]):
        return any(abbreviates(alias, name, policy) for name in names)
    if node.get("type") in THINGS:
        return _fits_thing(alias, node["name"], policy)
    return True


def _fits_thing(alias: str, name: str, policy: NamePolicy) -> bool:
    """An alias of a thing (not a person) shares a word with its name ("Bandung" of "Kota
    Bandung") or is its short form ("Kejagung"): not "Otorita IKN" of "Kota Nusantara",
    not a person's name on an office (the gazetteer's aliases are checked before)."""
    alias_words, words = fold(alias, policy).split(), fold(name, policy).split()
    return bool(set(alias_words) & set(words)) or abbreviates(alias, name, policy)


THINGS = {"GPE", "LOC", "FACILITY", "ORG"}
WEAK_TYPES = {"MISC", "CONCEPT"}  # no type, or the guess made for a noun phrase


def compatible(a: dict, b: dict) -> bool:
    types = {a.get("type", "MISC"), b.get("type", "MISC")} - WEAK_TYPES
    return len(types) <= 1 or types <= {"GPE", "LOC"} or types <= {"ORG", "FACILITY"}


def _apart(groups: Groups, nodes: dict[str, dict], curated: Curated, policy: NamePolicy) -> None:
    by_key = _by_name(nodes, policy)
    for a, b in curated.different:
        for x in by_key.get(fold(a, policy), []):
            for y in by_key.get(fold(b, policy), []):
                groups.apart.add(frozenset((x, y)))


def _join_curated(groups: Groups, nodes: dict[str, dict], curated: Curated, policy: NamePolicy) -> None:
    by_key = _by_name(nodes, policy)
    for a, b in curated.same:
        ids = by_key.get(fold(a, policy), []) + by_key.get(fold(b, policy), [])
        for other in ids[1:]:
            groups.join(ids[0], other)


def _by_name(nodes: dict[str, dict], policy: NamePolicy) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for n in sorted(nodes):
        out.setdefault(fold(nodes[n]["name"], policy), []).append(n)
    return out


def _join_names(groups: Groups, nodes: dict[str, dict], policy: NamePolicy) -> None:
    """Nodes of one folded name join; a one-word name only across compatible types
    ("Jordan" the person and the country stay apart), a longer one whatever the types
    guessed in each article. A person's name after a title ("Mensos Saifullah Yusuf")
    joins the person."""
    by_name = _by_name(nodes, policy)
    for key, ids in by_name.items():
        for other in ids[1:]:
            if len(key.split()) > 1 or compatible(nodes[ids[0]], nodes[other]):
                groups.join(ids[0], other)
    for n in sorted(nodes):
        bare = untitled(nodes[n]["name"], policy)
        if bare and (nodes[n].get("type") in ("PERSON", "MISC") or len(bare.split()) > 1):
            people = [m for m in by_name.get(bare, []) if m != n and nodes[m].get("type") == "PERSON"]
            if people:
                groups.join(people[0], n)


def _join_known(groups: Groups, nodes: dict[str, dict], policy: NamePolicy) -> None:
    """Nodes whose names the language's gazetteer gives to one entity ("KPK", "DPR RI" and
    "Corruption Eradication Commission", "People's Representative Council")."""
    canonical = policy.canonical()
    first: dict[str, str] = {}
    for n in sorted(nodes):
        entity = canonical.get(fold(nodes[n]["name"], policy))
        if entity is None:
            continue
        if entity in first:  # the gazetteer's word wins over a type guessed in one article
            groups.join(first[entity], n)
        first.setdefault(entity, n)


def _join_aliases(groups: Groups, nodes: dict[str, dict], policy: NamePolicy) -> None:
    """A node's alias that is another node's name joins them, unless two nodes with
    different names claim that alias (an ambiguous acronym joins neither)."""
    by_key = _by_name(nodes, policy)
    claims: dict[str, set[str]] = {}
    for node in nodes.values():
        for alias in node["aliases"]:
            claims.setdefault(fold(alias, policy), set()).add(fold(node["name"], policy))
    for n in sorted(nodes):
        for alias in nodes[n]["aliases"]:
            key = fold(alias, policy)
            if len(claims[key] - {key}) > 1:
                continue
            for other in by_key.get(key, []):
                if other != n and compatible(nodes[n], nodes[other]):
                    groups.join(n, other)


def _join_short_people(groups: Groups, nodes: dict[str, dict], policy: NamePolicy) -> None:
    """ "Purbaya" joins "Purbaya Yudhi Sadewa" and "Sri Mulyani" joins "Sri Mulyani
    Indrawati" when no other longer person name in the corpus has that word or starts so;
    "Budi" with two different Budis joins neither; so does a name of no sure type after a
    title ("Kang Dedi" joins "Dedi Mulyadi")."""
    people = {n: _words(d["name"], policy) for n, d in nodes.items() if d.get("type") == "PERSON"}
    longer: dict[tuple[str, ...], set[str]] = {}
    for n, words in people.items():
        # longer than four words is more often two names glued together; a noun phrase
        # ("penerima BLT Kesra") is no name of which a word is a short one
        if 1 < len(words) <= 4 and is_name(nodes[n]["name"]):
            keys = {(w,) for w in words} | {words[:k] for k in range(2, len(words))}
            for key in keys:
                longer.setdefault(key, set()).add(groups.find(n))
    for n, words in sorted({**_titled_weak(nodes, policy), **people}.items()):
        if len(words) <= 3 and len(longer.get(words, ())) == 1:
            groups.join(n, next(iter(longer[words])))


def _titled_weak(nodes: dict[str, dict], policy: NamePolicy) -> dict[str, tuple[str, ...]]:
    """Names of no sure type after a person's title ("Kang Dedi", MISC): the words after it."""
    return {
        n: _words(d["name"], policy)
        for n, d in nodes.items()
        if d.get("type") in WEAK_TYPES and untitled(d["name"], policy)
    }


def _words(name: str, policy: NamePolicy) -> tuple[str, ...]:
    """A person's name as folded words, without the titles before it ("Pak Purbaya")."""
    return tuple((untitled(name, policy) or fold(name, policy)).split())


def _join_initials(groups: Groups, nodes: dict[str, dict], policy: NamePolicy) -> None:
    """A person written as initials of three letters or more ("STY") joins the one person
    (or untyped) name in the corpus whose words start with exactly those letters ("Shin
    Tae-yong"); with two such names, or none, it stays apart."""
    by_initials: dict[str, set[str]] = {}
    for n, d in nodes.items():
        words = fold(d["name"], policy).split()
        if len(words) >= 3 and d.get("type") in ("PERSON", *WEAK_TYPES) and not is_acronym(d["name"]):
            by_initials.setdefault("".join(w[0] for w in words), set()).add(groups.find(n))
    for n in sorted(nodes):
        name = nodes[n]["name"]
        if nodes[n].get("type") == "PERSON" and name.isupper() and len(name) >= 3 and name.isalpha():
            found = by_initials.get(name.lower(), set())
            if len(found) == 1:
                groups.join(n, next(iter(found)))


def _join_expanded(groups: Groups, nodes: dict[str, dict], policy: NamePolicy) -> None:
    """A name that writes another thing's acronym ("Otorita IKN") joins the node named
    with the acronym spelled out ("Otorita Ibu Kota Nusantara"), when the corpus gives
    that acronym one expansion only."""
    expansions: dict[str, set[str]] = {}
    for node in nodes.values():
        for alias in node["aliases"]:
            if is_acronym(alias) and abbreviates(alias, node["name"], policy):
                expansions.setdefault(fold(alias, policy), set()).add(fold(node["name"], policy))
    by_key = _by_name(nodes, policy)
    for n in sorted(nodes):
        words = fold(nodes[n]["name"], policy).split()
        if len(words) < 2:
            continue
        spelled = [next(iter(expansions[w])) if len(expansions.get(w, ())) == 1 else w for w in words]
        for other in by_key.get(" ".join(spelled), []) if spelled != words else []:
            if compatible(nodes[n], nodes[other]):
                groups.join(n, other)


def resolve_graph(
    graph: nx.MultiDiGraph,
    curated: Curated | None = None,
    known: Iterable[str] = (),
    votes: dict[str, Counter] | None = None,
    named: set[str] | None = None,
) -> nx.MultiDiGraph:
    """:func:`resolve` with the name knowledge of the graph's languages (registry)."""
    from kg import registry

    langs = tuple(sorted({a.get("lang") or "id" for a in graph.graph.get("articles", {}).values()}))
    return resolve(graph, registry.name_policy(langs), curated, known, votes, named)


def with_store_entities(graph: nx.MultiDiGraph, rows: list[list]) -> nx.MultiDiGraph:
    """``graph`` resolved together with the entities a store already holds (rows of id,
    name, type, aliases, wikidata): an incoming entity that is one of them takes its id,
    so loading articles in two batches gives the nodes one load would. Store entities
    that no incoming entity joins are left out (the store keeps them as they are)."""
    if not rows:
        return graph
    combined = graph.copy()
    for eid, name, etype, aliases, wikidata in rows:
        if eid not in combined:
            attrs = {"name": name, "name_lang": "", "type": etype, "aliases": list(aliases or [])}
            combined.add_node(eid, **attrs, wikidata=wikidata or "")
        else:
            _with_stored(combined.nodes[eid], name or "", etype or "", aliases or [], wikidata or "")
    out = resolve_graph(combined, known={row[0] for row in rows})
    redirects = out.graph.get("redirects", {})
    wanted = {redirects.get(n, n) for n in graph}
    out.remove_nodes_from([n for n in list(out) if n not in wanted])
    return out


def _with_stored(node: dict, name: str, etype: str, aliases: list[str], wikidata: str) -> None:
    """An incoming node with the id of a stored entity ("keluarga penerima manfaat", a noun
    phrase, beside the stored "Keluarga Penerima Manfaat", known as "KPM") takes the stored
    names as aliases and its Wikidata id, so it joins what the stored entity joins, as one
    load of both would; its type stays its mentions' unless it cannot be the stored one's
    (a PERSON beside a stored ORG: the stored type, which the store's earlier mentions
    voted)."""
    names = [n for n in (name, *aliases) if n and n != node["name"] and n not in node.get("aliases", [])]
    node["aliases"] = [*node.get("aliases", []), *names]
    node["wikidata"] = node.get("wikidata") or wikidata
    if etype and not compatible(node, {"type": etype}):
        node["type"] = etype
