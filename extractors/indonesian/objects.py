"""The objects of a relation trigger, to the right of it: a name or a list of names
(``A, B, dan C``), a noun phrase the rules make an entity of (a facility or a product),
the goods and the prepositional object of an act ("menjual [senjata] ke [Rusia]"), a name
after a noun (its agent) and the participants after a noun of meeting. Mixed into
:class:`kg.extractors.indonesian.arguments.Context`, which reads them for the rules; the
entities the rules make are recorded in ``objects`` and ``pending`` there.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.candidates import ENDERS
from kg.extractors.indonesian.candidates import SPAN_KEY as PHRASES
from kg.extractors.indonesian.coreference import Arg
from kg.extractors.indonesian.gazetteer import written_entry
from kg.extractors.indonesian.names import without_state
from kg.extractors.indonesian.rulebook import Cue
from kg.ids import entity_id, name_key, normalize_name
from kg.model import Entity

QUANTIFIERS = frozenset(["para", "sejumlah", "beberapa", "seluruh", "semua", "sebuah"])
ROUGH_COUNTS = frozenset(["belasan", "puluhan", "ratusan", "ribuan"])  # "puluhan pelaku"
# the types of a name that a common noun of each learned head type may name ("kota X", "perusahaan X")
CLASS_KINDS = {
    "GPE": frozenset(["GPE", "LOC", "MISC"]),
    "LOC": frozenset(["GPE", "LOC", "MISC"]),
    "ORG": frozenset(["ORG", "MISC"]),
}
# the learned head types of annotated arguments that name a thing a rule's common object may be
THING_TYPES = frozenset(["FACILITY", "PRODUCT"])
SCORE = re.compile(r"^\d{1,2}-\d{1,2}$")  # a match's score between a verb and its object


class Objects:
    doc: Doc
    by_start: dict[int, Span]
    objects: list[tuple[Span, Entity]]
    pending: dict[str, Entity]
    object_keys: dict[str, Entity]
    phrases: dict[int, Span] | None
    phrase_ends: dict[int, Span] | None
    covered: set[int]

    def arg(self, span: Span) -> Arg:
        raise NotImplementedError

    def etype(self, arg: Arg) -> str:
        raise NotImplementedError

    def past_role(self, sent: Span, j: int) -> int:
        raise NotImplementedError

    def right_args(self, sent: Span, i: int, rel: Cue) -> list[Arg]:
        j = i + 1
        while j < sent.end and (
            self.doc[j].lower_ in QUANTIFIERS or self.doc[j].lower_ in rel.object_preps or SCORE.match(self.doc[j].text)
        ):  # "kalah [2-3] dari Arab Saudi": a match's score
            j += 1
        j = self.past_role(sent, j)
        if j in self.by_start:
            return self.list_right(sent, j)
        named = self._past_class_noun(sent, j)
        if named is not None:
            return self.list_right(sent, named)
        if rel.common_object:
            return self._noun_phrases(sent, j)
        if rel.people_object:
            return self._people(sent, i + 1)
        return []

    def phrase_at(self, j: int) -> Span | None:
        """The argument finder's phrase that starts at token ``j`` (:mod:`.candidates`)."""
        if self.phrases is None:
            self.phrases = {span.start: span for span in self.doc.spans.get(PHRASES, [])}
        return self.phrases.get(j)

    def phrase_ending(self, j: int) -> Span | None:
        """The argument finder's phrase whose last token is ``j``."""
        if self.phrase_ends is None:
            self.phrase_ends = {span.end - 1: span for span in self.doc.spans.get(PHRASES, [])}
        return self.phrase_ends.get(j)

    def _people(self, sent: Span, j: int) -> list[Arg]:
        """People counted right after the verb, up to the noun that names them: "Kejari
        menahan [dua tersangka] perkara korupsi", "Polisi menangkap [tiga pelaku]" (as the
        annotations write the ones arrested or charged), where the argument finder has a
        phrase of people there."""
        phrase = self.phrase_at(j)
        if phrase is None or phrase.label_ != "PERSON" or len(phrase) < 2:
            return []
        head = phrase.start + 1  # the count, then the noun of people
        if lx.head_types().get(self.doc[head].lower_) != "PERSON" or not _count(self.doc[phrase.start]):
            return []
        people = self.doc[phrase.start : head + 1]
        return [self._new_object(people.start, people.end, normalize_name(people.text), "PERSON")]

    def _past_class_noun(self, sent: Span, j: int) -> int | None:
        """The name after a common noun of its own kind and up to three words describing it:
        "mengunjungi [kota] Pyongyang", "mengakuisisi [perusahaan rintisan logistik] Kargo
        Technologies" (the noun's type is the learned head type of annotated arguments, or a
        place's noun); not "mengunjungi pabrik rudal [Korea Utara]", whose noun is a facility,
        nor a person after a noun of people ("menangkap pelaku pembunuhan [X]": X the victim)."""
        if j >= sent.end or not _np_word(self.doc[j]):
            return None
        lower = self.doc[j].lower_
        kinds = CLASS_KINDS["GPE"] if lower in lx.PLACE_CLASSES else CLASS_KINDS.get(lx.head_types().get(lower, ""))
        if kinds is None:
            return None
        k = j + 1
        while k < sent.end and k - j <= 3 and k not in self.by_start and _describes(self.doc[k]):
            k += 1
        if k not in self.by_start or self.etype(self.arg(self.by_start[k])) not in kinds:
            return None
        return k

    def list_right(self, sent: Span, j: int) -> list[Arg]:
        """``A, B, C, dan D``: a comma-only chain is an apposition, so only A counts
        (unless a "dan"/"serta" follows the chain: "A, B, C, serta banyak negara")."""
        args, listed = [], False
        while j in self.by_start:
            span = self.by_start[j]
            args.append(self.arg(span))
            j = span.end
            if j + 2 < sent.end and self.doc[j].text == "(" and self.doc[j + 2].text == ")":
                j += 3
            k = _skip_joiners(self.doc, j, sent.end)
            listed = listed or any(self.doc[m].lower_ in lx.CONJUNCTIONS for m in range(j, k))
            if k == j or k not in self.by_start:
                break
            j = k
        return dedupe(args if listed else args[:1])

    def _noun_phrases(self, sent: Span, j: int) -> list[Arg]:
        args = []
        while True:
            arg = self.noun_phrase(sent, j)
            if arg is None:
                break
            args.append(arg)
            nxt = _skip_joiners(self.doc, arg.end, sent.end)
            if nxt == arg.end:
                break
            j = nxt
        return args

    def noun_phrase(self, sent: Span, j: int) -> Arg | None:
        k = j
        while k < sent.end and k - j < 5 and _np_word(self.doc[k]):
            k += 1
        if k == j:
            return None
        k = self._phrase_end(j, k)
        etype = self._thing_type(j, k)
        if not etype:
            return None
        return self._new_object(j, k, normalize_name(self.doc[j:k].text.lower()), etype)

    def _thing_type(self, j: int, k: int) -> str:
        """The type of the thing ``doc[j:k]`` names by its head word, or "" for no thing."""
        head = self.doc[j].lower_
        etype = head_thing(head)
        if not etype and k - j > 1:  # a learned head with words of its own: "mobil listrik", not "lokasi" alone
            learned = lx.head_types().get(head, "")
            etype = learned if learned in THING_TYPES else ""
        return etype

    def thing_of_name(self, sent: Span, arg: Arg) -> Arg | None:
        """The thing whose phrase a name ends, left of a passive verb: "[Pabrik rudal] Korea
        Utara dikunjungi Kim" (the factory, as the rules read "mengunjungi pabrik rudal Korea
        Utara"), "[Gedung baru] Kejaksaan Agung dibangun oleh X"; None when no such phrase
        holds the name."""
        phrase = self.phrase_ending(arg.end - 1)
        if phrase is None or not sent.start <= phrase.start < arg.start:
            return None
        words = self.doc[phrase.start : arg.start]
        if any(not t.is_alpha or t.i in self.covered for t in words):
            return None
        etype = self._thing_type(phrase.start, arg.start)
        return self._new_object(phrase.start, arg.start, normalize_name(words.text.lower()), etype) if etype else None

    def _phrase_end(self, j: int, k: int) -> int:
        """The end of the argument finder's phrase that starts at ``j`` where it runs past
        ``k`` ("membangun gedung [baru]", as the relation model's facts name it), up to a name
        it holds (the thing's, as :meth:`right_args` reads "pabrik rudal Korea Utara"); ``k``
        for a phrase ending in a demonstrative (a description, the fact builder's)."""
        phrase = self.phrase_at(j)
        if phrase is None or phrase.end <= k or phrase[-1].lower_ in ENDERS:
            return k
        named = next((i for i in range(phrase.start, phrase.end) if i in self.covered), phrase.end)
        return max(k, named)  # up to a name it holds: "gedung baru [Kejaksaan Agung]"

    def thing(self, phrase: Span) -> Arg:
        """A noun phrase of the argument finder as a rule's object (named as written, typed as guessed)."""
        return self._new_object(phrase.start, phrase.end, normalize_name(phrase.text), phrase.label_)

    def place_object(self, written: Span) -> Arg:
        """The gazetteer's place that ``written`` names, as a rule's object ("Stadion Teladan
        [Medan]": the city), typed as the gazetteer types it."""
        entry = written_entry(written.text, ("GPE", "LOC"))
        return self._new_object(
            written.start, written.end, normalize_name(written.text), entry.type if entry else "GPE"
        )

    def title_org(self, title: Span, name: str) -> Arg:
        """The organisation a title names ("Kapolri" -> Polri), an object of the rules."""
        return self._new_object(title.start, title.end, name, "ORG")

    def _new_object(self, start: int, end: int, name: str, etype: str, aliases: tuple[str, ...] = ()) -> Arg:
        """An entity the rules make from ``doc[start:end]`` (not a named mention); one the
        rules made before under the same name (a state written after it aside: "Komisi II
        DPR" = "Komisi II DPR RI") is the same entity."""
        key = without_state(name_key(name))
        ent = self.object_keys.get(key) or _known(name, etype) or Entity(entity_id(name), name, etype, aliases)
        if name != ent.name and name not in ent.aliases:
            ent = replace(ent, aliases=tuple(sorted({*ent.aliases, name})))
        self.object_keys[key] = ent
        self.objects.append((Span(self.doc, start, end, label=etype), ent))
        self.pending[ent.id] = ent
        return Arg(ent.id, start, end)

    def used_objects(self, used: set[str]) -> list[tuple[Span, Entity]]:
        """The noun-phrase objects that ended up in a triple (the rule component's own
        entities: the entity table of named mentions is not written here)."""
        return [(span, ent) for span, ent in self.objects if ent.id in used]

    def prep_object(self, sent: Span, i: int, rel: Cue, noun: bool = False) -> tuple[list[Arg], dict[str, str]]:
        """``menjual senjata ke Rusia``: goods right after, object after a preposition; after a
        noun of the act (``noun``) not past a verb ("Kunjungan Merkel [dilakukan] dua bulan
        usai serangan di Sinagoge": the synagogue is the attack's)."""
        goods: dict[str, str] = {}
        j = i + 1
        k = j
        while k < sent.end and _np_word(self.doc[k]) and k - j < 5:
            k += 1
        if k > j:
            goods["goods"] = self.doc[j:k].text
        for m in range(k, min(k + 8, sent.end - 1)):
            word = self.doc[m].lower_
            if word in lx.CLAUSE_BREAKS or self.doc[m].text in ".;" or (noun and self.doc[m].tag_ == "VB"):
                break
            if word in rel.object_preps and m + 1 in self.by_start:
                return self.list_right(sent, m + 1), goods
        return [], goods

    def genitive(self, sent: Span, i: int, exclude: set[str]) -> list[Arg]:
        """``penjualan senjata Iran``: a name right after the noun (and its goods) is the agent."""
        j = i + 1
        while j < sent.end and _np_word(self.doc[j]) and j - i <= 5:
            j += 1
        if j in self.by_start:
            arg = self.arg(self.by_start[j])
            if arg.entity not in exclude and self.etype(arg) in ("GPE", "ORG", "PERSON"):
                return [arg]
        return []

    def participants_after(self, sent: Span, i: int) -> list[Arg]:
        """The coordinated names shortly after a noun: "pertemuan (yang dilakukan menteri) A dan B"."""
        for j in range(i + 1, min(i + 7, sent.end)):
            if j in self.by_start:
                args = self.list_right(sent, j)
                return args if len(args) > 1 else []
            if self.doc[j].is_punct or self.doc[j].lower_ in lx.CLAUSE_BREAKS:
                return []
        return []

    def after_prep(self, sent: Span, j: int, preps: tuple[str, ...]) -> Arg | None:
        """The mention after ``prep`` (and up to three common nouns: "dari organisasi X")."""
        if j >= sent.end or self.doc[j].lower_ not in preps:
            return None
        k = j + 1
        while k < sent.end and k - j <= 3 and k not in self.by_start and _np_word(self.doc[k]):
            k += 1
        return self.arg(self.by_start[k]) if k in self.by_start else None


def head_thing(head: str) -> str:
    """The thing a phrase's head word names: FACILITY ("pabrik"), PRODUCT, or ""."""
    return "FACILITY" if head in lx.FACILITY_HEADS else "PRODUCT" if head in lx.PRODUCT_HEADS else ""


def _np_word(token) -> bool:
    lower = token.lower_
    return (
        (token.is_alpha or "-" in token.text)
        and token.text[:1].islower()
        and not lx.is_function_word(lower)
        and not lx.is_date_word(lower)
        and lower not in lx.TITLES
    )


def _describes(token) -> bool:
    """A word describing a class noun, not a noun of an act or a state whose object or owner
    the name after it is ("kota [kelahiran] Soekarno", "perusahaan [pengelolaan] ...")."""
    lower = token.lower_
    return _np_word(token) and not (lower.startswith(("pe", "ke")) and lower.endswith("an"))


def _count(token: Token) -> bool:
    """A number, a number word or a quantifier: "14", "dua", "sejumlah", "para"."""
    return token.like_num or token.lower_ in QUANTIFIERS or token.lower_ in ROUGH_COUNTS


def _skip_joiners(doc: Doc, j: int, end: int) -> int:
    k = j
    while k < end and doc[k].lower_ in lx.LIST_JOINERS:
        k += 1
    return k if k > j else j


def dedupe(args: list[Arg]) -> list[Arg]:
    seen: set[str] = set()
    out = []
    for arg in args:
        if arg.entity not in seen:
            seen.add(arg.entity)
            out.append(arg)
    return out


def _known(name: str, etype: str) -> Entity | None:
    """The gazetteer's entity of a name the rules made ("Kementerian PU" of "Menteri PU"), when
    the gazetteer writes the name and types it alike: the entity a named mention of it gets
    (:meth:`kg.extractors.indonesian.entities.EntityResolver.make_entity`), so the article does
    not hold the ministry twice."""
    entry = written_entry(name, (etype,))
    return entry.entity((name,)) if entry is not None else None
