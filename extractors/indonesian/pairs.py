"""Candidate argument pairs of a sentence and the features the relation model reads.

Candidates are the named mentions (``doc.spans["kg_mentions"]``) and the noun phrases and
pronouns of ``doc.spans["kg_arguments"]``; a pair is an ordered (head, tail) of two
non-overlapping candidates of one sentence at most ``MAX_GAP`` tokens apart. Features are
strings (hashed by the model): the two types and kinds, the order, the distance, the
words between (lemmas, verbs, the short ones whole), the words around, the head words,
titles next to the arguments, negation and modality cues, and the relations that the
trigger lexicon (learned from the training data) gives the words between and around.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx

MAX_GAP = 12  # tokens; pairs further apart were 21% of the pairs and held 6% of the training facts
LEXICON = Path(__file__).parent / "data" / "triggers.tsv"
NEGATION = frozenset(["tidak", "tak", "bukan", "belum", "tanpa", "membantah", "menyangkal", "enggan"])
MODALITY = frozenset(
    "akan jika apabila kalau bila harus perlu wajib ingin berencana rencana diharapkan meminta mendesak "
    "mengusulkan bisa dapat mungkin seharusnya hendaknya agar supaya diminta apakah".split()
)
SPEECH = frozenset(["kata", "ujar", "tutur", "mengatakan", "menyatakan", "menjelaskan", "menegaskan", "menurut"])


@dataclass(frozen=True)
class Candidate:
    span: Span
    type: str
    kind: str  # "name", "nominal", "pronoun" (ia, dia), "speaker" (saya) or "group" (kami)
    start: int = field(init=False, compare=False)  # the span's token offsets, read once
    end: int = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", self.span.start)
        object.__setattr__(self, "end", self.span.end)


@lru_cache(maxsize=1)
def trigger_lexicon() -> dict[str, str]:
    """lemma -> relation, from the triggers of the training data (scripts/train_relations.py)."""
    return lx.read_pairs(LEXICON)


def candidates(doc: Doc, sent: Span) -> list[Candidate]:
    return candidates_by_sentence(doc, [sent]).get(sent.start, [])


def candidates_by_sentence(doc: Doc, sents: list[Span]) -> dict[int, list[Candidate]]:
    """The candidates of each sentence (by its start token), in text order: named mentions,
    then the noun phrases and pronouns that are not also a named mention."""
    starts = [s.start for s in sents]
    found: dict[int, dict[tuple[int, int], Candidate]] = {}

    def sentence_of(span: Span) -> int | None:
        k = bisect_right(starts, span.start) - 1
        return starts[k] if k >= 0 and span.end <= sents[k].end else None

    for key, kind in (("kg_mentions", None), ("kg_arguments", "")):
        for span in doc.spans.get(key, []):
            at = sentence_of(span)
            if at is None or (span.start, span.end) in found.get(at, {}):
                continue
            label = "name" if kind is None else span.kb_id_ or "nominal"
            found.setdefault(at, {})[(span.start, span.end)] = Candidate(span, span.label_, label)
    return {at: [cands[k] for k in sorted(cands)] for at, cands in found.items()}


def pairs(cands: list[Candidate]) -> Iterator[tuple[Candidate, Candidate]]:
    """Ordered pairs of non-overlapping candidates at most ``MAX_GAP`` tokens apart, for
    each candidate in text order its partners in text order (``cands`` sorted by start)."""
    starts = [c.start for c in cands]
    longest = max((c.end - c.start for c in cands), default=0)
    for a in cands:
        # a partner starts at most MAX_GAP after a's end, or ends at most MAX_GAP before a's start
        window = cands[bisect_left(starts, a.start - MAX_GAP - longest) : bisect_right(starts, a.end + MAX_GAP)]
        for b in window:
            if a is b or not (a.end <= b.start or b.end <= a.start):
                continue
            first, second = (a, b) if a.start < b.start else (b, a)
            if second.start - first.end <= MAX_GAP:
                yield a, b


def lemma(token: Token) -> str:
    return token.lemma_ or token.lower_


def head_word(span: Span) -> Token:
    """The first word that is no quantifier, number or title."""
    for t in span:
        if t.lower_ not in lx.TITLES and t.tag_ != "NUM" and t.lower_ not in ("para", "sejumlah", "seorang"):
            return t
    return span[0]


class TokenView:
    """A doc's token attributes as plain lists, read once (the features look at each
    token many times; spaCy's Token objects are slow to create)."""

    def __init__(self, doc: Doc) -> None:
        rows = [(t.lower_, t.lemma_, t.tag_, t.is_space, t.is_punct, t.text) for t in doc]
        self.lower = [r[0] for r in rows]
        self.lemma = [r[1] or r[0] for r in rows]
        self.tag = [r[2] for r in rows]
        self.space = [r[3] for r in rows]
        self.punct = [r[4] for r in rows]
        self.text = [r[5] for r in rows]
        lexicon = trigger_lexicon()
        self.verb = [tag == "VB" for tag in self.tag]
        self.trigger = [lexicon.get(lem) for lem in self.lemma]  # the relation the lexicon gives
        self.cue_feats = [_cue_feats(low) for low in self.lower]
        self.next_verb = _next_true(self.verb)
        self.sentences: dict[int, tuple[bool, bool]] = {}
        self.starts: dict[int, list[int]] = {}  # id of a sentence's candidate list -> their starts
        self.heads: dict[tuple[int, int], str] = {}
        self.title_feats: dict[tuple[int, str], list[str]] = {}

    def candidates_from(self, cands: list[Candidate], start: int, end: int) -> list[Candidate]:
        """The candidates (sorted by start) that start in [start, end)."""
        starts = self.starts.get(id(cands))
        if starts is None:
            starts = self.starts[id(cands)] = [c.start for c in cands]
        return cands[bisect_left(starts, start) : bisect_left(starts, end)]

    def head_lemma(self, cand: Candidate) -> str:
        key = (cand.start, cand.end)
        if key not in self.heads:
            self.heads[key] = lemma(head_word(cand.span))
        return self.heads[key]

    def titles(self, cand: Candidate, side: str) -> list[str]:
        key = (cand.start, side)
        if key not in self.title_feats:
            self.title_feats[key] = _titles(self, cand, side)
        return self.title_feats[key]

    def said_asked(self, sent: Span) -> tuple[bool, bool]:
        """Whether the sentence reports speech, and whether it is a question."""
        if sent.start not in self.sentences:
            said = any(w in SPEECH for w in self.lower[sent.start : sent.end])
            self.sentences[sent.start] = (said, sent.text.rstrip().endswith("?"))
        return self.sentences[sent.start]


def features(
    doc: Doc,
    sent: Span,
    a: Candidate,
    b: Candidate,
    cands: list[Candidate] | None = None,
    view: TokenView | None = None,
) -> list[str]:
    view = view or TokenView(doc)
    first, second = (a, b) if a.start < b.start else (b, a)
    order = "HT" if first is a else "TH"
    between = range(first.end, second.start)
    types = f"{a.type}>{b.type}"
    feats = [f"T={types}", f"TO={types}|{order}", f"K={a.kind}>{b.kind}|{order}", f"D={_bucket(len(between))}|{order}"]
    masked: dict[int, str] = {}
    if cands is not None:
        inside = view.candidates_from(cands, first.end, second.start)
        feats += _structure(view, inside, first, second, order, types)
        for c in inside:
            masked.update((i, f"<{c.type}>") for i in range(c.start, min(c.end, second.start)))
    feats += _between(view, between, order, types, masked)
    feats += _around(view, sent, first, second, order)
    ha, hb = view.head_lemma(a), view.head_lemma(b)
    feats += [f"HA={ha}", f"HB={hb}", f"HAB={ha}>{hb}", f"HAT={ha}|{b.type}", f"HBT={hb}|{a.type}"]
    feats += view.titles(a, "A") + view.titles(b, "B")
    feats += _cues(view, sent, first, second)
    return feats


def _structure(
    view: TokenView, inside: list[Candidate], first: Candidate, second: Candidate, order: str, types: str
) -> list[str]:
    """Where the pair sits among the sentence's candidates and verbs: how many candidates lie
    between, whether the pair is the nearest candidate on each side of the first verb
    between (subject and object of it), the verb's voice, and the word before the second.
    ``inside``: the candidates that start between the pair."""
    inner = sum(1 for c in inside if c.end <= second.start)
    feats = [f"NC={min(inner, 3)}|{order}", f"NCT={min(inner, 3)}|{types}|{order}"]
    v = view.next_verb[first.end]
    if v < second.start:
        before = any(c.end <= v for c in inside)
        after = any(v < c.start and c.end <= second.start for c in inside)
        voice = _voice(view.lower[v])
        feats.append(f"VOICE={voice}|{order}")
        if not before and not after:
            feats += [f"SVO={voice}|{order}", f"SVOL={view.lemma[v]}|{voice}|{order}", f"SVOT={types}|{voice}|{order}"]
        elif not before:
            feats.append(f"SV_={voice}|{order}")
    if second.start > first.end:
        feats.append(f"P2={view.lower[second.start - 1]}|{order}")
        if v < second.start - 1:  # the verb with the word before the second: "memberikan ... kepada"
            feats.append(f"VP2={view.lemma[v]}|{view.lower[second.start - 1]}|{order}")
    return feats


def _voice(lower: str) -> str:
    if lower.startswith("di"):
        return "pass"
    if lower.startswith("ter"):
        return "ter"
    if lower.startswith("ber"):
        return "ber"
    if lower.startswith("me"):
        return "act"
    return "base"


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7-12" if n < 13 else "13+"


MARKS = (",", "(", "dan", "yang", "di", "ke", "dari", "oleh", "kepada", "dengan", "terhadap", "untuk")


def _between(view: TokenView, between: range, order: str, types: str, masked: dict[int, str]) -> list[str]:
    """The words between; those of other candidates stand as their type ("<ORG>")."""
    feats = []
    space, lemmas, trigger = view.space, view.lemma, view.trigger
    words = [i for i in between if not space[i]]
    verbs = [i for i in words if view.verb[i]]
    for i in words[:15]:
        lem = lemmas[i]
        feats.append(f"B={masked.get(i, lem)}|{order}")
        relation = trigger[i]
        if relation is not None:
            feats += [f"LEX={relation}|{order}", f"LEXT={relation}|{types}|{order}"]
    if words:
        feats += [f"BF={lemmas[words[0]]}|{order}", f"BL={lemmas[words[-1]]}|{order}"]
        if len(words) - len(masked) <= 5:  # else more than five words stay unmasked: no sequence
            seq = [masked.get(i, lemmas[i]) for i in words]
            seq = [w for k, w in enumerate(seq) if k == 0 or w != seq[k - 1] or not w.startswith("<")]
            if len(seq) <= 5:
                feats.append(f"BS={' '.join(seq)}|{order}")
    else:
        feats.append(f"ADJ|{order}|{types}")
    feats.append(f"NV={min(len(verbs), 3)}|{order}")
    if verbs:
        v = verbs[0]
        feats += [f"V1={lemmas[v]}|{order}", f"V1T={lemmas[v]}|{types}|{order}", f"V1F={view.lower[v]}"]
        if len(verbs) > 1:
            feats.append(f"VL={lemmas[verbs[-1]]}|{types}|{order}")  # the verb nearest the second
    present = {view.lower[i] for i in words}
    feats += [f"BM={mark}|{order}" for mark in MARKS if mark in present]
    return feats


def _around(view: TokenView, sent: Span, first: Candidate, second: Candidate, order: str) -> list[str]:
    left = [i for i in range(max(sent.start, first.start - 3), first.start) if not view.space[i]]
    right = [i for i in range(second.end, min(sent.end, second.end + 3)) if not view.space[i]]
    lem = view.lemma
    feats = [f"L1={lem[left[-1]] if left else '<s>'}|{order}", f"R1={lem[right[0]] if right else '</s>'}|{order}"]
    if len(left) > 1:
        feats.append(f"L2={lem[left[-2]]}|{order}")
    if len(right) > 1:
        feats.append(f"R2={lem[right[1]]}|{order}")
    trigger = view.trigger
    feats += [f"LEXN={trigger[i]}|{order}" for i in [*left, *right] if trigger[i] is not None]
    if first.start == sent.start or (first.start > sent.start and view.punct[first.start - 1]):
        feats.append("FIRST_STARTS")
    return feats


def _titles(view: TokenView, cand: Candidate, side: str) -> list[str]:
    """A title or role word right before a candidate ("Ketua DKPP Heddy Lugito")."""
    feats = []
    for k in range(cand.start - 1, max(cand.start - 4, -1), -1):
        word = view.lower[k].rstrip(".")
        if word in lx.TITLES or word in lx.ROLE_NOUNS:
            feats.append(f"TI{side}={word}")
            if k > 0 and view.lower[k - 1] in ("wakil", "plt", "mantan"):
                feats.append(f"TI{side}M={view.lower[k - 1]}")
            break
        if not (view.text[k][:1].isupper() or view.text[k] == ","):
            break
    if view.lower[cand.start] in lx.TITLES:
        feats.append(f"TIN{side}={view.lower[cand.start]}")
    return feats


def _cues(view: TokenView, sent: Span, first: Candidate, second: Candidate) -> list[str]:
    """Negation, modality, hedges and reported speech in the sentence around the pair."""
    feats = []
    for cues in view.cue_feats[max(sent.start, first.start - 4) : second.start]:
        if cues:
            feats += cues
    said, asked = view.said_asked(sent)
    if asked:
        feats.append("QUESTION")
    if said:
        feats.append("SPEECH")
    return feats


def _cue_feats(lower: str) -> tuple[str, ...]:
    """The cue features a word gives (:func:`_cues`), in their order."""
    return tuple(
        f"{name}={lower}"
        for name, words in (("NEG", NEGATION), ("MOD", MODALITY), ("HEDGE", lx.HEDGES))
        if lower in words
    )


def _next_true(flags: list[bool]) -> list[int]:
    """For each position, the first position at or after it whose flag is set (len if none)."""
    found, at = [0] * (len(flags) + 1), len(flags)
    found[at] = at
    for i in range(len(flags) - 1, -1, -1):
        if flags[i]:
            at = i
        found[i] = at
    return found
