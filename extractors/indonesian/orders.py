"""The parts of a noun that states an act done to someone, with a light verb or a genitive
(``data/rules.toml``: a cue's ``light_verbs``, ``agent_preps`` and ``purpose_object``):

- the agent: the subject of a light verb right before the noun ("Kim Jong-un
  [mengeluarkan] perintah"), else the name right after it, past a title or an agent
  preposition ("instruksi [Jaksa Agung] ST Burhanuddin", "arahan dari [Presiden] Joko
  Widodo"); nothing else (the nearest name to the left is as often the one ordered);
- the object: the names after an object preposition ("instruksi Prabowo [kepada] para
  menteri"), else what the verb of a purpose clause acts on ("perintah untuk meningkatkan
  [produksi rudal]", "arahan Presiden untuk menyelesaikan [proyek IKN]": a name or a noun
  phrase of the argument finder).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extractors.indonesian.arguments import Arg, Context
from kg.extractors.indonesian.candidates import SPAN_KEY as ARGUMENTS
from kg.extractors.indonesian.qualifiers import PURPOSE, SKIPPABLE
from kg.extractors.indonesian.rulebook import Cue

AGENT_TYPES = frozenset(["PERSON", "ORG", "GPE", "MISC"])
THING_TYPES = frozenset(["CONCEPT", "PROGRAM", "PRODUCT", "FACILITY", "EVENT", "LAW"])
COMPLEMENT = 4  # words of the noun's own before its object preposition


def noun_agent(ctx: Context, sent: Span, i: int, rel: Cue) -> tuple[list[Arg], int]:
    """The agent of the noun at ``i`` and the position after the noun and its genitive."""
    if i - 1 >= sent.start and ctx.doc[i - 1].lower_ in rel.light_verbs:
        return ctx.left_args(sent, i - 1), i + 1
    j = i + 1
    if j < sent.end and ctx.doc[j].lower_ in rel.agent_preps:
        j += 1
    j = ctx.past_role(sent, j)
    if j in ctx.by_start:
        arg = ctx.arg(ctx.by_start[j])
        if ctx.etype(arg) in AGENT_TYPES:
            return [arg], ctx.by_start[j].end
    return [], i + 1


def noun_object(ctx: Context, sent: Span, j: int, rel: Cue) -> list[Arg]:
    """Whom or what the act at the noun is done to, from ``j`` on (:func:`noun_agent`)."""
    j = _past_complement(ctx, sent, j, rel)
    if j < sent.end and ctx.doc[j].lower_ in rel.object_preps:
        k = ctx.past_role(sent, j + 1)
        return ctx.list_right(sent, k) if k in ctx.by_start else []
    if not rel.purpose_object or j >= sent.end or ctx.doc[j].lower_ not in PURPOSE:
        return []
    k = j + 1
    while k < sent.end and ctx.doc[k].lower_ in SKIPPABLE:
        k += 1
    if k >= sent.end or ctx.doc[k].tag_ != "VB":
        return []
    return _acted_on(ctx, sent, k + 1)


def _past_complement(ctx: Context, sent: Span, j: int, rel: Cue) -> int:
    """Past the noun's own words to an object preposition within ``COMPLEMENT`` words
    ("vonis [lima tahun penjara] kepada X", "sanksi [ekonomi] terhadap Rusia"); ``j`` when no
    preposition follows so closely or a name or a punctuation mark comes first."""
    for k in range(j, min(j + COMPLEMENT + 1, sent.end)):
        token = ctx.doc[k]
        if token.lower_ in rel.object_preps:
            return k
        if token.is_punct or k in ctx.covered or token.lower_ in PURPOSE:
            return j
    return j


def _acted_on(ctx: Context, sent: Span, k: int) -> list[Arg]:
    """The name or the noun phrase of a thing that starts at ``k``."""
    if k in ctx.by_start:
        return ctx.list_right(sent, k)
    phrase = next((s for s in ctx.doc.spans.get(ARGUMENTS, []) if s.start == k and s.end <= sent.end), None)
    if phrase is None or phrase.label_ not in THING_TYPES:
        return []
    return [ctx.thing(phrase)]
