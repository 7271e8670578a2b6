"""The tie rules of :class:`relations.RelationExtractor` (a mixin: it uses the extractor's
relations and ``_emit``): a relative or a subsidiary named beside the one it belongs to.

- "Istri Presiden Joko Widodo, Iriana,": Iriana RELATIVE_OF Joko Widodo (kind spouse);
- "Sinta Nuriyah, istri Presiden ke-4 RI Abdurrahman Wahid,", "Arsy merupakan putra dari
  Yovie Widianto": the same, the relative first;
- "Budi dan istrinya, Ani", "bersama sang istri, Victoria Beckham": the relative of the
  person named last before the possessive ("-nya", "sang");
- "anak perusahaan Pertamina, PT Pertamina Gas,", "PGE, anak usaha Pertamina,": the
  subsidiary PART_OF its parent (the schema's cue "anak usaha");
- "kuasa hukum Eza Gionino, Henry", "pengacaranya, Henry": a person's counsel, an open
  fact (RELATED_TO, its words "kuasa hukum"), as the annotations write it: the schema has
  no relation for it.

The one named by the tie word is the subject, the one it belongs to the object; ``kind``
says what a relative is to the person (the schema's spouse, child, parent, sibling; any
other tie is a relative). The second name must close the apposition (a comma or the
sentence's end after it): "Melalui anak usaha X, Y memasok ..." is Y acting through its
subsidiary X, not X's subsidiary Y. Not a group ("dua anak Budi"), nor a kin word that
opens another noun ("anak buah Kapolri", a subordinate).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.arguments import Arg, Context
from kg.extractors.indonesian.role_rules import COUNT_WORDS
from kg.extractors.indonesian.rulebook import Cue
from kg.vocab import OPEN_RELATION

if TYPE_CHECKING:
    from kg.extractors.indonesian.relations import RawTriple

# words that specify a kin word before the person: "putra bungsu", "anak kedua", "adik kandung"
KIN_DETAILS = frozenset("sulung bungsu kandung tertua termuda pertama kedua ketiga tiri angkat".split())
SUBSIDIARY = frozenset(["usaha", "perusahaan"])  # "anak usaha", "anak perusahaan", "cucu usaha"
FORMER = frozenset(["mantan", "eks"])
NAMING = frozenset(["yakni", "yaitu", "bernama"])  # "anak perusahaan X, yakni Y"
COPULAS = frozenset(["merupakan", "adalah", "ialah"])  # "Arsy merupakan putra dari Yovie Widianto"
ANCHOR_SPAN = 8  # tokens between a tie word and the one it names, titles included
LEGAL = frozenset(["kuasa", "penasihat"])  # "kuasa hukum", "penasihat hukum"
COUNSEL = frozenset(["pengacara", "advokat"])
CLOSERS = frozenset([",", ".", ")", ";", "!", "?", "yang"])  # "sang istri, Elisa Kasali yang juga ..."
PEOPLE, ORGANISATIONS = ("PERSON", "MISC"), ("ORG", "MISC")


class Tie(NamedTuple):
    relation: str
    types: tuple[str, ...]
    opener: int  # the first word of the tie ("mantan", "sang" included)
    end: int  # after its words and their details
    possessive: bool
    props: dict[str, str]


class KinRules:
    relations: dict

    def _kin(self, ctx: Context, sent: Span, i: int) -> list[RawTriple]:
        tie = _tie(ctx.doc, sent, i)
        if tie is None:
            return []
        pair = _possessed(ctx, sent, i, tie) if tie.possessive else _named(ctx, sent, tie)
        if pair is None:
            return []
        rel = self.relations.get(tie.relation) or Cue(name=tie.relation)
        rule = "counsel" if tie.relation == OPEN_RELATION else "kin"
        return self._emit(ctx, sent, (tie.opener, tie.end), rel, [pair[0]], [pair[1]], rule, tie.props)


def _tie(doc: Doc, sent: Span, i: int) -> Tie | None:
    """The tie word at ``i``: a kin word ("istri", "putranya") or a subsidiary's ("anak usaha")."""
    word = doc[i].lower_
    nxt = doc[i + 1].lower_ if i + 1 < sent.end else ""
    if word in ("anak", "cucu") and nxt.removesuffix("nya") in SUBSIDIARY:
        relation, types, props, end, possessive = "PART_OF", ORGANISATIONS, {}, i + 2, nxt.endswith("nya")
    elif word in LEGAL and nxt.removesuffix("nya") == "hukum":
        relation, types, props, end, possessive = OPEN_RELATION, PEOPLE, {}, i + 2, nxt.endswith("nya")
    elif word.removesuffix("nya") in COUNSEL:
        relation, types, props, end, possessive = OPEN_RELATION, PEOPLE, {}, i + 1, word.endswith("nya")
    elif (found := lx.kin_kind(word)) is not None:
        relation, types, props, possessive = "RELATIVE_OF", PEOPLE, {"kind": found[0]}, found[1]
        end = _past_details(doc, i + 1, sent.end)
        end += end < sent.end and doc[end].lower_ == "dari"  # "istri dari Aufar Hutapea"
    else:
        return None
    opener = i - 1 if i > sent.start and doc[i - 1].lower_ in FORMER | {"sang"} else i
    if opener > sent.start and (doc[opener - 1].lower_ in COUNT_WORDS or doc[opener - 1].is_digit):
        return None  # "dua anak Budi": a group
    if opener < i and doc[opener].lower_ in FORMER and relation == "RELATIVE_OF":
        props = props | {"former": "true"}  # "mantan istri Ahmad Dhani"
    possessive = possessive or doc[opener].lower_ == "sang"
    return Tie(relation, types, opener, end, possessive, props)


def _past_details(doc: Doc, j: int, end: int) -> int:
    while j < end and doc[j].lower_ in KIN_DETAILS:
        j += 1
    return j


def _named_at(ctx: Context, sent: Span, k: int, types: tuple[str, ...]) -> Arg | None:
    """The name starting at ``k`` if it is of ``types`` (a person must be a role holder)."""
    span = ctx.by_start.get(k) if k < sent.end else None
    if span is None:
        return None
    arg = ctx.arg(span)
    if ctx.etype(arg) not in types:
        return None
    return arg if types is not PEOPLE or ctx.holder(arg) else None


def _possessed(ctx: Context, sent: Span, i: int, tie: Tie) -> tuple[Arg, Arg] | None:
    """ "Budi dan istrinya, Ani": the one right after the tie word, belonging to the last one
    of its kind named before it in the sentence."""
    k = tie.end + (tie.end < sent.end and ctx.doc[tie.end].text == ",")
    named = _named_at(ctx, sent, k, tie.types)
    if named is None or not _closed(ctx.doc, sent, named.end):
        return None
    before = [s for s in ctx.in_sentence.get(sent.start, []) if s.end <= tie.opener]
    owners = [arg for s in before if (arg := _named_at(ctx, sent, s.start, tie.types)) is not None]
    return (named, owners[-1]) if owners else None


def _named(ctx: Context, sent: Span, tie: Tie) -> tuple[Arg, Arg] | None:
    """ "Istri Presiden X, Y" (Y after the one it belongs to), "Y, istri Presiden X," or "Y
    merupakan putra dari X" (before)."""
    owner = _anchor(ctx, sent, tie)
    if owner is None:
        return None
    doc, end = ctx.doc, _past_short_form(ctx.doc, owner.end, sent.end)
    if end + 1 < sent.end and doc[end].text == ",":
        k = end + 1 + (doc[end + 1].lower_ in NAMING)
        after = _named_at(ctx, sent, k, tie.types)
        if after is not None and _closed(doc, sent, after.end):
            return after, owner
    link = doc[tie.opener - 1].lower_ if tie.opener - 2 >= sent.start else ""
    if link not in COPULAS and (link != "," or not _closed(doc, sent, end)):
        return None  # "Y merupakan putra dari X" needs no comma after X
    before = ctx.by_end.get(tie.opener - 2)
    if before is None or (before.start > sent.start and doc[before.start - 1].text == ","):
        return None  # "..., istri X, Sinta Nuriyah, istri Y": Sinta is X's, named in a list
    named = _named_at(ctx, sent, before.start, tie.types)
    return (named, owner) if named is not None else None


def _anchor(ctx: Context, sent: Span, tie: Tie) -> Arg | None:
    """The one a tie word names, past titles and the places or organisations of their titles
    ("istri Presiden ke-4 RI [Abdurrahman Wahid]", "anak Gubernur Jawa Barat [X]")."""
    k, titled = tie.end, False
    while k < min(sent.end, tie.end + ANCHOR_SPAN):
        if (named := _named_at(ctx, sent, k, tie.types)) is not None:
            return named
        word = ctx.doc[k].lower_
        if tie.types is PEOPLE and (word in lx.TITLES or word.startswith("ke-")):
            titled, k = True, k + 1
        elif titled and k in ctx.by_start:
            k = ctx.by_start[k].end  # the title's organisation or place
        else:
            return None
    return None


def _past_short_form(doc: Doc, k: int, end: int) -> int:
    """After a bracketed short form or legal form: "PT Pupuk Indonesia [(Persero)]"."""
    return k + 3 if k + 2 < end and doc[k].text == "(" and doc[k + 2].text == ")" else k


def _closed(doc: Doc, sent: Span, end: int) -> bool:
    """A name that closes an apposition: a comma, a bracket, a relative clause or the
    sentence's end after it."""
    end = _past_short_form(doc, end, sent.end)
    return end >= sent.end or doc[end].text in CLOSERS
