"""Who a pronoun, a definite description or a controlled verb refers to.

Within an article: *ia*/*dia*/*beliau* -> the last person named; *pemimpin Korut itu*,
*presiden tersebut* -> the last person named with that role (and that country or
organisation, when one is said); a verb after *atas nama* -> the first named actor of
its sentence. Mixed into :class:`kg.extractors.indonesian.arguments.Context`, whose
lookups (``mentions``, ``by_end``, ``covered``, ``arg``, ``etype``) it uses.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.speakers import antecedent

if TYPE_CHECKING:
    from kg.model import Entity


LOOKBACK = 40  # persons looked back at for a pronoun or a definite description
CONTROLLING = frozenset(["untuk", "guna"])  # a verb of purpose after these has the clause's subject
# a mention after these is no clause's subject ("Menurut X", "kata X", "di X")
NOT_SUBJECT_AFTER = lx.LOC_PREPS | frozenset("menurut kata ujar oleh dengan kepada bagi terhadap asal".split())


@dataclass(frozen=True)
class Arg:
    entity: str
    start: int  # token index
    end: int


class Coreference:
    doc: Doc
    mentions: list[Span]
    people: list[Span]  # person mentions by end
    people_ends: list[int]
    in_sentence: dict[int, list[Span]]  # mentions by the start of their sentence
    sentence_start: list[int]  # token -> start of its sentence
    by_end: dict[int, Span]
    covered: set[int]
    links: dict[tuple[int, int], str]
    entities: dict[str, Entity]

    def arg(self, span: Span) -> Arg:
        raise NotImplementedError

    def etype(self, arg: Arg) -> str:
        raise NotImplementedError

    def people_before(self, i: int, limit: int = LOOKBACK) -> list[Span]:
        """Person mentions ending before token ``i``, nearest first (at most ``limit``)."""
        k = bisect_right(self.people_ends, i)
        return self.people[max(0, k - limit) : k][::-1]

    def last_person(self, i: int) -> Arg | None:
        people = self.people_before(i)
        return self.arg(people[0]) if people else None

    def pronoun_person(self, i: int) -> Arg | None:
        """The person a third-person pronoun at token ``i`` refers to, as the model's facts
        resolve it (:func:`kg.extractors.indonesian.speakers.antecedent`)."""
        sents, starts, people = self._sentences_and_people
        person = antecedent(sents, bisect_right(starts, i) - 1, i, people)
        return self.arg(person) if person is not None else None

    @cached_property
    def _sentences_and_people(self) -> tuple[list[Span], list[int], list[Span]]:
        """The sentences, their starts and the person mentions by start, read once."""
        sents = list(self.doc.sents)
        return sents, [s.start for s in sents], sorted(self.people, key=lambda s: s.start)

    def controller(self, sent: Span, i: int) -> list[Arg]:
        """``Kim melakukan uji coba ... atas nama memperingatkan X``: a verb after "atas nama"
        (as a way of) has the subject of its clause, the sentence's first named actor; so
        does a verb of purpose ("Prabowo terbang ke Moskow [untuk] bertemu Putin")."""
        words = [t.lower_ for t in self.doc[max(sent.start, i - 2) : i]]
        if words == ["atas", "nama"]:
            return self._first_actor(sent, i - 2)
        if words[-1:] and words[-1] in CONTROLLING:
            return self._first_actor(sent, i - 1, unmarked=True)
        return []

    def _first_actor(self, sent: Span, end: int, unmarked: bool = False) -> list[Arg]:
        """The sentence's first named mention before ``end``, if it is an actor (and, when
        ``unmarked``, the subject of its clause: no preposition or speech word before it)."""
        for span in self.in_sentence.get(sent.start, []):
            if span.end > end:
                break
            if unmarked and span.start > sent.start and self.doc[span.start - 1].lower_ in NOT_SUBJECT_AFTER:
                continue
            arg = self.arg(span)
            return [arg] if self.etype(arg) in ("PERSON", "GPE", "ORG") else []
        return []

    def described_person(self, sent: Span, j: int) -> Arg | None:
        """A definite description, "pemimpin Korut itu" / "presiden tersebut": the last person
        named earlier with that role (and that country or organisation, when one is said)."""
        k, org = j - 1, None
        while k >= sent.start and (k in self.covered or self.doc[k].lower_ in lx.PORTFOLIO):
            if k in self.by_end:
                org = self.arg(self.by_end[k]).entity
                k = self.by_end[k].start
            k -= 1
        role = self.doc[k].lower_ if k >= sent.start else ""
        if role not in lx.ROLE_NOUNS and role not in lx.TITLES:
            return None
        people = self.people_before(k)
        titled = [s for s in people if self._has_role(s, role, org)]
        return self.arg((titled or people)[0]) if people else None

    def _has_role(self, span: Span, role: str, org: str | None) -> bool:
        """The role word as the name's title ("Presiden Rusia Vladimir Putin") or apposition
        ("Kim Jong-un, pemimpin Korea Utara"), and the organisation in that sentence."""
        before = self._role_at(range(span.start - 1, max(span.sent.start, span.start - 7) - 1, -1), role)
        after = self._role_at(range(span.end, min(span.sent.end, span.end + 3)), role)
        if not (before or after):
            return False
        same = self.in_sentence.get(self.sentence_start[span.start], [])
        return org is None or any(self.arg(m).entity == org for m in same)

    def _role_at(self, positions: range, role: str) -> bool:
        for m in positions:
            token = self.doc[m]
            if token.lower_ == role:
                return True
            if not (token.text == "," or token.lower_ in lx.PORTFOLIO or m in self.covered):
                return False
        return False
