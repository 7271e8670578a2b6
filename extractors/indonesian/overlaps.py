"""Model spans and rule spans merged: the NER's names win overlaps with the capitalised runs
and gazetteer names of the rules, except where a rule span is a known or headed name that
swallows no person, or completes a person the model cut short; the acronyms and the people
a run holds around the model's spans it may not replace are kept as names of their own."""

from __future__ import annotations

from itertools import count

from spacy.tokens import Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.cues import NAME_HEADS, name_like, plain_name
from kg.extractors.indonesian.forenames import forename
from kg.extractors.indonesian.lemmas import is_common_word
from kg.extractors.indonesian.spans import all_capitals


def merge_spans(preferred: list[Span], fallback: list[Span]) -> list[Span]:
    """``preferred`` spans win overlaps, except where :func:`_may_replace` says otherwise.
    Overlaps are found through the tokens each span covers (linear, not all pairs)."""
    chosen: dict[int, Span] = {}
    covering: dict[int, list[int]] = {}
    keys = count()

    def add(span: Span) -> None:
        key = next(keys)
        chosen[key] = span
        for t in range(span.start, span.end):
            covering.setdefault(t, []).append(key)

    for span in preferred:
        add(span)
    for span in fallback:
        found = sorted({k for t in range(span.start, span.end) for k in covering.get(t, ())})
        if not found:
            add(span)
        elif _may_replace(span, [chosen[k] for k in found]):
            if span.label_ == "MISC" and all(chosen[k].label_ == "PERSON" for k in found):
                span = Span(span.doc, span.start, span.end, label="PERSON")  # a person's name completed
            for k in found:
                old = chosen.pop(k)
                for t in range(old.start, old.end):
                    covering[t].remove(k)
            add(span)
        else:
            overlapping = [chosen[k] for k in found]
            for kept in [*_acronyms_before_people(span, overlapping), *_person_after_acronym(span, overlapping)]:
                add(kept)
    return sorted(chosen.values(), key=lambda s: s.start)


def _acronyms_before_people(run: Span, overlapping: list[Span]) -> list[Span]:
    """The organisations' acronyms a rule span holds before a model span of a person, after
    another model span or at the run's start, that it may not replace: "Kepala [Divisi Hukum
    dan Investigasi] [ICW] [Wana Alamsyah]", "Ketua Umum [PSSI] [Erick Thohir]" (the run of
    capitalised words is lost to the model's spans)."""
    covered = {t for p in overlapping for t in range(p.start, p.end)}
    people = {p.start for p in overlapping if p.label_ == "PERSON"}
    return [
        Span(run.doc, t.i, t.i + 1, label="ORG")
        for t in run
        if t.i not in covered
        and (t.i - 1 in covered or (t.i == run.start and _after_title(run)))
        and t.i + 1 in people
        and _acronym(t.text)
    ]


def _person_after_acronym(run: Span, overlapping: list[Span]) -> list[Span]:
    """The person a rule span holds after a model span of an organisation's acronym that
    opens it, right after a title: "Direktur Utama [BRI] Sunarso" (the model found BRI
    alone, and the run's name after it was lost). Past a rank; words a first name may be
    (:func:`forenames.forename`), closing the name (a comma, a verb or a preposition after).
    """
    first = overlapping[0] if len(overlapping) == 1 else None
    if first is None or first.start != run.start or first.end >= run.end or not _acronym(first.text):
        return []
    if first.label_ != "ORG" or not _after_title(run):
        return []
    start = first.end
    while start < run.end and run.doc[start].lower_.rstrip(".") in lx.RANKS:
        start += 1
    doc, rest = run.doc, run.doc[start : run.end]
    if not len(rest) or not all(forename(t) and not is_common_word(t.text) for t in rest):
        return []
    closes = run.end >= len(doc) or doc[run.end].text in ",.;:" or doc[run.end].tag_ in ("VB", "IN")
    return [Span(doc, start, run.end, label="PERSON")] if closes else []  # not "DNR [Logistics] tahun 2021"


def _after_title(run: Span) -> bool:
    """A run right after a title's word ("Ketua [Umum] PSSI Erick Thohir"), not a listing's
    line ("SDS Tarsisius II Alamat: ...")."""
    if run.start == 0:
        return False
    word = run.doc[run.start - 1].lower_
    return word in lx.TITLES or word in lx.PORTFOLIO


def _acronym(text: str) -> bool:
    """Two capitals or more, not a Roman numeral ("ICW", not "II" or "VI")."""
    return all_capitals(text) and not set(text) <= set("IVXLCDM")


def _may_replace(span: Span, overlapping: list[Span]) -> bool:
    """A gazetteer name, a name typed by its head word ("Badan ... dan ...", "Kecamatan
    ...") that swallows no person, or a person's whole name after a title ("Presiden [Paul
    Kagame]" where the model took "Kagame") may replace the model spans it contains."""
    inside = all(span.start <= p.start and p.end <= span.end for p in overlapping)
    headed = any(span[0].lower_ in heads and span.label_ == label for heads, label in NAME_HEADS[1:])
    headed = headed or span.label_ == "ORG"
    org = headed and all(p.label_ != "PERSON" or len(p) == 1 for p in overlapping)
    return inside and (bool(span.kb_id_) or org or _completes_person(span, overlapping))


def _completes_person(span: Span, overlapping: list[Span]) -> bool:
    """A person run adds at most one name-like word on each side of the model's person
    span: "[Paul] Kagame", "Faruq [El-Shara]" (not "Menteri Keadilan Sierra Leone Frank Kargbo")."""
    if span.label_ not in ("PERSON", "MISC") or len(overlapping) != 1 or overlapping[0].label_ != "PERSON":
        return False  # an untyped run too: "(INDEF) [Esther] Sri Astuti"
    inner, doc = overlapping[0], span.doc
    left, right = doc[span.start : inner.start], doc[inner.end : span.end]
    most = 2 if span.label_ == "PERSON" else 1  # a run after a title: "Menteri LH [Hanif Faisol] Nurofiq"
    if len(left) > most or len(right) > 1 or not plain_name(span):
        return False
    place = any(t.lower_ in lx.DIRECTIONS or t.lower_ in lx.PLACE_NOUNS for t in left)  # "[Sumatera Selatan] Cik Ujang"
    words = all(name_like(t) for t in left) and all(name_like(t) for t in right)
    return words and not place and (not left or left[0].is_alpha)
