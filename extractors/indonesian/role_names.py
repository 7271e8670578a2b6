"""Names inside an office's title. News names an official by the office's title, its
portfolio, the organisation and then the person: "Direktur Registrasi dan Identifikasi
Korlantas Polri, Brigjen Pol Halim Pagarra", "Direktur Panin Sekuritas, Prama Nugraha".
The NER takes words of the portfolio for names of their own ("Registrasi" a person) and an
organisation it does not know for a person ("Panin Sekuritas").

:func:`title_names` rewrites the mentions of such a run (an office's title word, then
names, capitalised words, commas, brackets and *dan*, ending in a person before a word of
the sentence): the persons and untyped names before the run's first organisation are
words of the title (no mention: the role rule reads them as the role's words); where the
run names no organisation or place, the first name after its last *dan* (not a bracketed
short form) is the organisation. Left as they are: the names of a run whose first
organisation-like name is a place (they may be its agency's: "Kepala [Kesatuan Bangsa]
Kota Bandung"), names the article types as an organisation elsewhere or the gazetteer
knows ("Ketua [Baleg] DPR RI"), the run of a title that follows its holder ("X selaku
Kepala ..."), and persons joined by *dan*. Rank words end the run: the name after them is
the holder ("Polri, Brigjen Pol [X]").
:func:`heads_a_unit` tells the role rule that the title's words name a unit of the
organisation ("Kepala Seksi Intelijen Kejari X": an official, not the leader)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx

# titles of an office in an organisation, which name the organisation before the holder
OFFICE_TITLES = frozenset("direktur kepala deputi koordinator sekretaris asisten manajer ketua komisaris".split())
PLACES = frozenset(["ORG", "GPE", "LOC", "FACILITY"])
ROLE_WORDS = frozenset(["PERSON", "MISC"])
JOINERS = frozenset([",", "(", ")", "dan", "&"])
# words after which a title describes the person named before it: "X selaku Kepala ..."
HOLDER_FIRST = frozenset(["selaku", "sebagai"])
# words of a head's title that name no unit ("Ketua Umum", "Kepala Eksekutif", "Direktur
# Utama"), a party's boards and the words of an organisation's own name ("Ketua Umum [DPP
# Partai] Golkar", "Presiden [Republik] Indonesia")
HEAD_MODIFIERS = frozenset(
    "umum utama eksekutif nasional harian jenderal dpp dpd dpw dpc dewan pimpinan pusat partai republik".split()
)
MAX_RUN = 16


def title_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, not overlapping) with the names inside offices' titles rewritten."""
    by_start = {s.start: s for s in spans}
    dropped: set[int] = set()
    retyped: set[int] = set()
    ends = {s.end for s in spans if s.label_ == "PERSON"}
    known = _known_organisations(spans)
    for token in doc:
        if token.lower_ in OFFICE_TITLES and token.text[:1].isupper() and token.i not in by_start:
            if _holder_before(doc, token.i, ends):
                continue
            names = _run(doc, token.i + 1, by_start)
            if names:
                _rewrite(names, known, dropped, retyped)
    out = []
    for span in spans:
        if span.start in dropped:
            continue
        out.append(Span(doc, span.start, span.end, label="ORG") if span.start in retyped else span)
    return out


def _known_organisations(spans: list[Span]) -> set[str]:
    """The names the article types as an organisation or a place, with their bracketed short
    forms ("Badan Legislasi (Baleg)": "Baleg" is known)."""
    known = set()
    for span in spans:
        if span.label_ in PLACES or span.kb_id_:
            known.add(span.text)
            known.update(t.text for t in span if t.i > span.start and span.doc[t.i - 1].text == "(")
    return known


def _holder_before(doc: Doc, i: int, person_ends: set[int]) -> bool:
    """The title follows its holder: "Mamat, [Ketua] ...", "X selaku [Kepala] ..."."""
    before = doc[i - 1] if i > 0 else None
    if before is None:
        return False
    return before.lower_ in HOLDER_FIRST or (before.text == "," and i - 1 in person_ends)


def _run(doc: Doc, k: int, by_start: dict[int, Span]) -> list[Span]:
    """The names after an office's title up to its holder: [] unless the run ends in a
    person followed by a word of the sentence."""
    names: list[Span] = []
    while k < len(doc) and doc[k].lower_ in lx.TITLES and k not in by_start:
        k += 1  # the title's own words: "Direktur [Jenderal]"
    limit = min(k + MAX_RUN, len(doc))
    while k < limit and not (names and doc[k].is_sent_start):
        token = doc[k]
        if k in by_start:
            names.append(by_start[k])
            k = by_start[k].end
        elif token.lower_.rstrip(".") in lx.TITLES:
            return _after_ranks(doc, k, by_start, names)
        elif token.lower_ in JOINERS or (token.text[:1].isupper() and token.is_alpha):
            k += 1
        else:
            break
    return names if _holder_ends(doc, names, k) else []


def _after_ranks(doc: Doc, k: int, by_start: dict[int, Span], names: list[Span]) -> list[Span]:
    """Rank words end the organisation: the holder follows them ("Polri, Brigjen Pol [X]")."""
    while k < len(doc) and doc[k].lower_.rstrip(".") in lx.TITLES:
        k += 1
    if k not in by_start:
        return []
    names = [*names, by_start[k]]
    return names if _holder_ends(doc, names, by_start[k].end) else []


def _holder_ends(doc: Doc, names: list[Span], k: int) -> bool:
    """The run's last name is a person and a word of the sentence (not another name of a
    list) follows it."""
    if len(names) < 2 or names[-1].label_ != "PERSON":
        return False
    while k < len(doc) and doc[k].text == ",":
        k += 1
    return k < len(doc) and doc[k].is_lower and doc[k].lower_ not in lx.CONJUNCTIONS


def _rewrite(names: list[Span], known: set[str], dropped: set[int], retyped: set[int]) -> None:
    """Drop the names before the run's first organisation, or retype the organisation."""
    holder, before = names[-1], names[:-1]
    first_org = next((n for n, s in enumerate(before) if s.label_ in PLACES or s.kb_id_ or s.text in known), None)
    if first_org is not None:
        if before[first_org].label_ == "ORG":  # before a place, the names may be its agency's
            dropped.update(s.start for s in before[:first_org] if _role_word_name(s))
        return
    org = _organisation(before, holder)
    if org is not None:
        retyped.add(org.start)
        dropped.update(s.start for s in before if s is not org and _role_word_name(s))


def _organisation(before: list[Span], holder: Span) -> Span | None:
    """Where no name of the run is typed an organisation or place: the first name after the
    run's last *dan* ("Direktur [Panin Sekuritas], X", "Plt Sekretaris [DPRD] (Sekwan) X"),
    not a short form in brackets, nor a name before that *dan* ("[Registrasi] dan ...")."""
    doc = holder.doc
    joined = [k for k in range(before[0].start, holder.start) if doc[k].lower_ in lx.CONJUNCTIONS]
    after = [s for s in before if not joined or s.start > joined[-1]]
    free = [s for s in after if not (s.start > 0 and doc[s.start - 1].text == "(")]
    return free[0] if free and _role_word_name(free[0]) else None


def _role_word_name(span: Span) -> bool:
    return span.label_ in ROLE_WORDS and not span.kb_id_


def heads_a_unit(doc: Doc, start: int, end: int) -> bool:
    """Words naming a unit between a head's title and the organisation it is part of
    ("Kepala [Seksi Pidana Khusus] Kejari Sidoarjo", "Kepala [Divisi Hukum] ICW"): the
    head of a unit is an official of the organisation, not its leader."""
    words = [t for t in doc[start:end] if t.is_alpha and t.text[:1].isupper()]
    return any(t.lower_ not in HEAD_MODIFIERS and t.lower_.rstrip(".") not in lx.TITLES for t in words)
