"""Typed entity mentions: gazetteer names plus capitalised-name runs with
context cues. Writes ``doc.spans["kg_mentions"]`` (label = entity type,
``kb_id_`` = gazetteer canonical name when known) and ``doc._.kg_roles``: for each
mention's (start_char, end_char), "place" when the name is used as a place (the trained
NER marked it, or a locative preposition precedes: *di Israel*) and "actor" otherwise
(*serangan Israel*, *Presiden AS*, and *kecaman dari Israel*: after an act of the
relation vocabulary, *dari* names who acts). The role matters for countries and cities (GPE): the
same name is a location in one sentence and a political actor in the next."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.balinese import balinese_names
from kg.extractors.indonesian.cues import (
    NAME_HEADS,
    after_title,
    capital_city,
    guess_type,
    head_word,
    is_common,
    is_name_token,
    is_particle,
    model_label,
    opening_speaker,
    place_first_word,
    place_name,
    roles,
    sentence_initial,
    title_tokens,
)
from kg.extractors.indonesian.degrees import degree_tokens
from kg.extractors.indonesian.designators import join_designators
from kg.extractors.indonesian.english_titles import past_title
from kg.extractors.indonesian.forenames import with_forenames
from kg.extractors.indonesian.gazetteer import GazetteerEntry
from kg.extractors.indonesian.glue import split_glued
from kg.extractors.indonesian.lemmas import is_common_word, lemma
from kg.extractors.indonesian.listed_names import join_listed_fields
from kg.extractors.indonesian.name_passes import join_event_heads, without_common_persons
from kg.extractors.indonesian.namesakes import join_namesakes
from kg.extractors.indonesian.numbered_names import join_numbered
from kg.extractors.indonesian.overlaps import merge_spans
from kg.extractors.indonesian.postags import affixed_verb
from kg.extractors.indonesian.postags import lexicon as word_classes
from kg.extractors.indonesian.regional_names import join_office_region, regional_body
from kg.extractors.indonesian.regions import type_regions
from kg.extractors.indonesian.role_names import title_names
from kg.extractors.indonesian.short_titles import name_start
from kg.extractors.indonesian.spans import (
    addressed_initials,
    aged,
    bracket_names,
    compass_end,
    initials_like,
    join_article,
    join_bracketed,
    join_people,
    model_parts,
    named_part,
    party_of,
    split_nested_organisation,
    with_direction,
)
from kg.extractors.indonesian.spelled import join_spelled
from kg.extractors.indonesian.teams import currency_countries, join_teams

__all__ = ["SPAN_KEY", "MentionFinder", "bracket_names", "title_or_rank"]


SPAN_KEY = "kg_mentions"
# word classes of the POS lexicon that no one-word name has: interjections, determiners,
# adverbs, conjunctions, prepositions, pronouns, negations and particles
CLOSED_CLASSES = frozenset(["UH", "DT", "ADV", "SC", "IN", "CC", "PR", "NEG", "RP"])
# punctuation, closing quotes and joiners the NER may end a name with
TRAILING = frozenset([",", ";", ":", "!", "?", "&", "and", "'", "’", '"', "”"])


class MentionFinder:
    def __init__(
        self, nlp: Language, name: str, entries: Iterable[GazetteerEntry], act_roots: Iterable[str] = ()
    ) -> None:
        self.name = name
        self.act_roots = frozenset(act_roots)  # "kecaman dari Israel": the giver, not a place
        self.entries = {entry.name: entry for entry in entries}
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for entry in self.entries.values():
            self.matcher.add(entry.name, [nlp.make_doc(n) for n in entry.names])

    def __call__(self, doc: Doc) -> Doc:
        blocked = self._blocked_tokens(doc)
        titled = title_tokens(doc)
        gazetteer = [s for s in self._gazetteer_spans(doc) if not blocked.intersection(range(s.start, s.end))]
        runs: list[Span] = []
        starts = [s.start for s in gazetteer]  # sorted, like the spans
        for run in self._runs(doc, blocked, titled):
            runs.extend(self._resolve_run(doc, run, gazetteer, starts))
        covered = {i for s in runs for i in range(s.start, s.end)}
        runs.extend(s for s in gazetteer if not covered.intersection(range(s.start, s.end)))
        statistical = [
            s
            for s in self._model_spans(doc, gazetteer, titled)
            if not blocked.intersection(range(s.start, s.end)) and not _portfolio_words(s, titled)
        ]
        named = (named_part(doc, s) for s in merge_spans(statistical, runs))
        exact = {(s.start, s.end): s for s in gazetteer}
        kept = (p for s in named if s and not _not_name(s) for p in split_nested_organisation(s, exact))
        listed = join_listed_fields(doc, list(kept))
        merged = join_teams(doc, join_event_heads([with_direction(party_of(s)) for s in listed]))
        spans = balinese_names(
            doc, join_spelled(doc, split_glued(doc, join_article(join_numbered(doc, merged)), exact))
        )
        named = with_forenames(doc, title_names(doc, join_office_region(join_bracketed(join_namesakes(doc, spans)))))
        named = without_common_persons(join_designators(doc, named))
        doc.spans[SPAN_KEY] = type_regions(doc, named)
        doc._.kg_roles = roles(doc, doc.spans[SPAN_KEY], self.act_roots)
        return doc

    def _model_spans(self, doc: Doc, gazetteer: list[Span], titled: set[int]) -> list[Span]:
        """Spans of the trained NER (``doc.ents``), typed by the gazetteer where it knows them,
        without a title's portfolio words they open with ("Menteri Luar [Negeri] RI Sugiono")."""
        exact = {(s.start, s.end): s for s in gazetteer}
        starts = {s.start for s in gazetteer}
        spans = []
        for ent in (line for span in doc.ents for line in _lines(span)):
            start, end = ent.start, ent.end
            while end > start and doc[end - 1].text in TRAILING:
                end -= 1  # "DPRD Banten," -> "DPRD Banten"
            while start < end and is_common(doc[start]):
                start += 1
            while start < end and not doc[start].text[:1].isupper():
                start += 1  # "pemerintah Korea Selatan" -> "Korea Selatan"
            while start < end and ent.label_ != "LOC" and _inside_portfolio(doc, start, titled):
                start += 1  # not a place: "... dan Investasi [Republik Indonesia]" is the state
            if start == ent.start and start > 0 and place_first_word(doc[start - 1]):
                start -= 1  # "[Kuala] Lumpur", "[Muara] Enim" (which the NER may take for a person)
            # a person, or a name the NER began with a title or rank: "[Menkeu] Purbaya", "[AKBP] Moch"
            elif ent.label_ == "PER" or (start < end and title_or_rank(doc[start].lower_)):
                start = after_title(doc, start, end, exact)
            elif start == ent.start and start > 0 and capital_city(doc[start - 1]):
                start -= 1  # "[Ibu] Kota Nusantara"
            start = past_title(doc, start, end)  # "[PR Manager] Oppo": an English title is no name
            start = name_start(doc, start, end, starts)  # "[Kasat Lantas] Polres X"
            start = _past_title_region(doc, start, end, exact)  # "Kapolres [Bogor] AKBP X"
            if start == end or all(lx.is_date_word(t.lower_) for t in doc[start:end]):
                continue  # nothing left, or a date the model took for a name ("Januari-Agustus")
            label = "LOC" if place_name(doc, start, end) else model_label(doc, start, end, ent.label_)
            for a, z in model_parts(doc, start, end):
                b = _before_date(doc, a, z)
                known = exact.get((a, b))
                kb = known.kb_id_ if known else ""
                person = addressed_initials(doc, a, b) or aged(doc, a, b)
                typed = "PERSON" if person else known.label_ if known else label
                spans.append(Span(doc, a, b, label=typed, kb_id=kb))
        return join_people(spans)

    def _blocked_tokens(self, doc: Doc) -> set[int]:
        ranges = list(doc._.kg_skip or [])
        ranges.extend(lx.furniture_spans(lx.doc_text(doc)))
        blocked: set[int] = set()
        for a, b in ranges:
            span = doc.char_span(a, b, alignment_mode="expand")
            blocked.update(range(span.start, span.end) if span is not None else ())
        return blocked | set(self._not_names(doc)) | set(currency_countries(doc)) | degree_tokens(doc)

    @staticmethod
    def _not_names(doc: Doc) -> Iterable[int]:
        """Tokens of two-word common phrases ("BI Rate", "Tanah Air") outside a longer name
        ("PETA Pembela Tanah Air"), found by a text search rather than a walk over tokens."""
        text = lx.doc_text(doc).lower()
        for phrase in lx.NOT_NAME_PHRASES:
            at = text.find(phrase)
            while at >= 0:
                span = doc.char_span(at, at + len(phrase))
                before = doc[span.start - 1] if span is not None and span.start > 0 else None
                inside = before is not None and before.text[:1].isupper() and not sentence_initial(doc, before.i)
                if span is not None and not inside:
                    yield from range(span.start, span.end)
                at = text.find(phrase, at + 1)

    def _gazetteer_spans(self, doc: Doc) -> list[Span]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            if addressed_initials(doc, start, end) or _aged_initials(doc, start, end):
                continue  # a person's initials, not a known name: "saudara [AS]", "[AS] (32)"
            entry = self.entries[doc.vocab.strings[match_id]]
            spans.append(Span(doc, start, end, label=entry.type, kb_id=entry.name))
        return filter_spans(spans)

    def _runs(self, doc: Doc, blocked: set[int], titled: set[int]) -> list[tuple[int, int]]:
        runs, start = [], None
        headline = doc._.kg_headline or 0
        for token in doc:
            inside = (
                token.i not in titled
                and token.i not in blocked
                and not (token.idx < headline and token.tag_ == "VB")  # "Pertagas [Ungkap] Pentingnya ..."
                and (is_name_token(token) or is_particle(doc, token, start))
            )
            if inside and start is None:
                start = token.i
            elif not inside and start is not None:
                runs.append((start, token.i))
                start = None
        if start is not None:
            runs.append((start, len(doc)))
        return [r for r in (_trim(doc, a, b, blocked) for a, b in runs) if r]

    def _resolve_run(self, doc: Doc, run: tuple[int, int], gazetteer: list[Span], starts: list[int]) -> list[Span]:
        start, end = run
        body = regional_body(doc, start, end)
        if body is not None:  # "Seksi Intelijen [Kejari Jayawijaya]": the unit, then its office
            return self._resolve_run(doc, (start, body), gazetteer, starts) + self._resolve_run(
                doc, (body, end), gazetteer, starts
            )
        first = bisect_left(starts, start)
        inner = [
            s for s in gazetteer[first : bisect_left(starts, end)] if s.end <= end and not self._in_product(s, run)
        ]
        if any(s.start == start and s.end == end for s in inner):
            return [s for s in inner if s.start == start and s.end == end]
        for heads, label in NAME_HEADS:
            if head_word(doc[start]) in heads and end - start > 1:
                return [Span(doc, start, end, label=label)]
        if end - start > 1 and any(t.lower_ in lx.ORG_WORDS for t in doc[start:end]):
            return [Span(doc, start, end, label="ORG")]
        pieces, cursor = [], start
        for k, span in enumerate(inner):
            unit = span.label_ == "ORG" and tuple(t.lower_ for t in doc[cursor : span.start]) in lx.PARTY_UNITS
            pieces.extend([] if unit else self._plain(doc, cursor, span.start))  # "[DPD] PDIP", "[Fraksi] PKB"
            limit = inner[k + 1].start if k + 1 < len(inner) else end
            region = compass_end(doc, span.end, limit) if span.label_ in ("GPE", "LOC") else span.end
            pieces.append(
                span if region == span.end else Span(doc, span.start, region, label="LOC")
            )  # "Jakarta Selatan"
            cursor = region
        pieces.extend(self._plain(doc, cursor, end))
        return pieces

    def _in_product(self, span: Span, run: tuple[int, int]) -> bool:
        """A brand's name inside a longer run of capitalised words: part of a product's or a
        team's name ("[Toyota] Rush", "Samsung [Galaxy S10]"), which the run names whole."""
        return self.entries[span.kb_id_].brand and (span.start, span.end) != run

    def _plain(self, doc: Doc, start: int, end: int) -> list[Span]:
        while start < end and (doc[end - 1].lower_ in lx.NAME_PARTICLES):
            end -= 1
        if start >= end or not _keep_plain(doc, start, end) or _headline_only(doc, start, end):
            return []
        return [Span(doc, start, end, label=_plain_label(doc, start, end))]


def _portfolio_words(span: Span, titled: set[int]) -> bool:
    """A model span of a title's portfolio words only: "Menteri Pendidikan Dasar dan
    [Menengah]", "Menteri Koordinator Bidang [Kemaritiman] dan Investasi"."""
    return all(t.i in titled and t.lower_ in lx.PORTFOLIO for t in span)


def _inside_portfolio(doc: Doc, i: int, titled: set[int]) -> bool:
    """A title's portfolio word after another one: "Menteri Luar [Negeri]" (a name the NER
    began there, "Negeri RI Sugiono", starts past it), not the first ("Kepala [Badan] Gizi
    Nasional" is the organisation's own name)."""
    return i > 0 and {i - 1, i} <= titled and doc[i].lower_ in lx.PORTFOLIO and doc[i - 1].lower_ in lx.PORTFOLIO


def _not_name(span: Span) -> bool:
    """A common phrase (:func:`lexicon.is_not_name`), or one word of a closed class or one
    prefixed verb that a list, a quote or a colon capitalised ("Tahap 8: Menyusu [Pada] tahap
    ini", "[Ya], Toyota kala itu", "[Terkadang]", "\" [Dipatok] 50 dollar"): no gazetteer name."""
    lower = span[0].lower_
    one = len(span) == 1 and not span.kb_id_ and (word_classes().get(lower) in CLOSED_CLASSES or affixed_verb(lower))
    return one or _field_label(span) or lx.is_not_name(span.text)


FIELD_VALUE = re.compile(r"\s*:\s*(?:\(?\d|https?:|www\.|Jl\.?\s|Jalan\s)")


def _field_label(span: Span) -> bool:
    """One word before a colon and a listing's value, a number, an address or a web address
    ("[Telepon]: (021) 8311803", "[Alamat]: Jl. ...", "[Website]: http..."): the field's
    label, no name. (An item and its price, "SPP: Rp 1.650.000", stays: the training
    articles annotate such items as facts.)"""
    if len(span) != 1 or span.kb_id_:
        return False
    text = lx.doc_text(span.doc)
    return FIELD_VALUE.match(text, span.end_char, span.end_char + 16) is not None


def _aged_initials(doc: Doc, start: int, end: int) -> bool:
    return end - start == 1 and initials_like(doc[start].text) and aged(doc, start, end)


def _plain_label(doc: Doc, start: int, end: int) -> str:
    """The type of a name no model or list found: a person's before an age ("Samina (42)"),
    a place's after a place's first word ("Tanjung Kelayang"), else the name's own cues."""
    if aged(doc, start, end) or addressed_initials(doc, start, end):
        return "PERSON"
    return "LOC" if place_name(doc, start, end) else guess_type(doc, start, end)


def _before_date(doc: Doc, start: int, end: int) -> int:
    """The end of a name without the day that opens the date after it: "di Kejaksaan Negeri
    [Sidoarjo] Senin (20/10/2025)", the comma before the day left out."""
    day = end - start > 1 and doc[end - 1].lower_ in lx.DAYS and end + 1 < len(doc)
    return end - 1 if day and doc[end].text == "(" and doc[end + 1].text[:1].isdigit() else end


def _trim(doc: Doc, start: int, end: int, blocked: set[int]) -> tuple[int, int] | None:
    """Drop leading function words ("Selain", "Meskipun", "Hal"), an English title ("Marketing
    Director"), a clipped title with its unit's words ("Kasat Reskrim") and a day opening a date."""
    while start < end and is_common(doc[start]):
        start += 1
    start = past_title(doc, start, end)
    start = name_start(doc, start, end)  # "[Kasat Reskrim] Polres Bogor"
    end = _before_date(doc, start, end)
    start = _past_title_region(doc, start, end, {})
    return (start, end) if start < end else None


def _past_title_region(doc: Doc, start: int, end: int, gazetteer: dict[tuple[int, int], Span]) -> int:
    """Past the region of a title that names its organisation, up to a rank and past it
    ("Kapolda [Metro Jaya]", "Kapolres [Bogor AKBP] Rio"): the region is part of the name the
    title rule gives the organisation (Polda Metro Jaya), no name of its own."""
    if start == 0 or doc[start - 1].lower_ not in lx.REGIONAL_TITLES:
        return start
    rank = next((k for k in range(start, end) if title_or_rank(doc[k].lower_)), end)
    return after_title(doc, rank, end, gazetteer) if rank < end else end


def _keep_plain(doc: Doc, start: int, end: int) -> bool:
    """A one-word name at a sentence start must also appear capitalised mid-sentence, or be
    a person's before an age ("Erwin (45) akhirnya ditangkap"), or be a word no lexicon
    knows, written again in the article, acting as the subject of the verb after it
    ("Danantara menanamkan modal ...")."""
    if end - start > 1 or not sentence_initial(doc, start):
        return True
    word = doc[start]
    if (word.is_upper and len(word) > 1) or opening_speaker(doc, start, end) or aged(doc, start, end):
        return True
    positions = [i for i in _positions(doc).get(word.text, ()) if i != start]
    return any(not sentence_initial(doc, i) for i in positions) or bool(positions) and _unknown_agent(doc, start)


def _unknown_agent(doc: Doc, i: int) -> bool:
    """A word of no word class, no common word and no affixed form, before a verb."""
    lower, nxt = doc[i].lower_, doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or nxt.tag_ != "VB" or not nxt.is_lower or not doc[i].is_alpha:
        return False
    return word_classes().get(lower) is None and not is_common_word(lower) and lemma(lower) == lower


def _positions(doc: Doc) -> dict[str, list[int]]:
    """Token indices by text, computed once per doc (cached in ``doc.user_data``)."""
    key = "kg_positions"
    if key not in doc.user_data:
        index: dict[str, list[int]] = {}
        strings = doc.vocab.strings
        for i, orth in enumerate(doc.to_array("ORTH").tolist()):  # no Token objects: faster
            text = strings[orth]
            if text[:1].isupper():
                index.setdefault(text, []).append(i)
        doc.user_data[key] = index
    return doc.user_data[key]


def _headline_only(doc: Doc, start: int, end: int) -> bool:
    """In a Title Case headline, a plain name counts only if the body uses it too."""
    headline_end = doc._.kg_headline or 0
    span = doc[start:end]
    return span.end_char <= headline_end and lx.doc_text(doc).find(span.text, headline_end) < 0


# short titles that start no name, whatever the NER took them for: "[PM] Malaysia Anwar Ibrahim"
TITLE_ABBREVIATIONS = frozenset(["pm", "presdir"])


def title_or_rank(lower: str) -> bool:
    """A title that names its organisation, a short title or a rank: never the start of any name."""
    return lower in lx.TITLE_ORGS or lower in TITLE_ABBREVIATIONS or lower.rstrip(".") in lx.RANKS


def _lines(span: Span) -> list[Span]:
    """An NER span cut at its line breaks, each line's part kept: a name never crosses one,
    and the model runs a headline's last words into the body's first name ("Pertamina Perkuat
    Ketahanan Energi\n\nPT Pertamina (Persero)": both "Pertamina"s are names)."""
    doc, parts, start = span.doc, [], span.start
    for token in span:
        if token.is_space and "\n" in token.text:
            parts.append((start, token.i))
            start = token.i + 1
    parts.append((start, span.end))
    return [Span(doc, a, z, label=span.label_) for a, z in parts if z > a]
