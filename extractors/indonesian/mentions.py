"""Typed entity mentions: gazetteer names plus capitalised-name runs with
context cues. Writes ``doc.spans["kg_mentions"]`` (label = entity type,
``kb_id_`` = gazetteer canonical name when known) and ``doc._.kg_roles``: for each
mention's (start_char, end_char), "place" when the name is used as a place (the trained
NER marked it, or a locative preposition precedes: *di Israel*) and "actor" otherwise
(*serangan Israel*, *Presiden AS*, and *kecaman dari Israel*: after an act of the
relation vocabulary, *dari* names who acts). The role matters for countries and cities (GPE): the
same name is a location in one sentence and a political actor in the next."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extractors.indonesian import lexicon as lx
from extractors.indonesian.lemmas import is_common_word, voice
from kg.vocab import GazetteerEntry

SPAN_KEY = "kg_mentions"
MODEL_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
NAME_HEADS = (
    (lx.EVENT_HEADS, "EVENT"),
    (lx.FACILITY_NAME_HEADS, "FACILITY"),
    (lx.ORG_HEADS, "ORG"),
    (lx.LOC_HEADS, "LOC"),
)


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
    if span.label_ != "PERSON" or len(overlapping) != 1 or overlapping[0].label_ != "PERSON":
        return False
    inner, doc = overlapping[0], span.doc
    left, right = doc[span.start : inner.start], doc[inner.end : span.end]
    if len(left) > 1 or len(right) > 1 or not _plain_name(span):
        return False
    return all(_name_like(t) for t in left) and all(_name_like(t) for t in right) and (not left or left[0].is_alpha)


def _name_like(token: Token) -> bool:
    lower = token.lower_
    clitic = lower.endswith("nya") and is_common_word(lower[:-3])  # "Pasukannya"
    return not (is_common_word(token.text) or clitic or _title_word(token) or lx.is_date_word(lower))


def _plain_name(span: Span) -> bool:
    """No acronym and no organisation head in it: it may be a person's name."""
    return not any((t.is_upper and len(t) > 1) or t.lower_ in lx.ORG_HEADS for t in span)


def merge_spans(preferred: list[Span], fallback: list[Span]) -> list[Span]:
    """``preferred`` spans win overlaps, except where :func:`_may_replace` says otherwise."""
    chosen = list(preferred)
    for span in fallback:
        overlapping = [p for p in chosen if p.start < span.end and span.start < p.end]
        if not overlapping:
            chosen.append(span)
        elif _may_replace(span, overlapping):
            chosen = [p for p in chosen if p not in overlapping] + [span]
    return sorted(chosen, key=lambda s: s.start)


def join_bracketed(spans: list[Span]) -> list[Span]:
    """An organisation or place name and its acronym in brackets become one mention:
    "Mahkamah Konstitusi (MK)" (person names keep their nickname apart: "Joko Widodo (Jokowi)")."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and _acronym_after(prev, span):
            doc = span.doc
            kb = prev.kb_id_ or span.kb_id_
            out[-1] = Span(doc, prev.start, span.end + 1, label=prev.label_, kb_id=kb)
        else:
            out.append(span)
    return out


def _acronym_after(name: Span, acronym: Span) -> bool:
    """``acronym`` fills the brackets right after ``name``: one short form ("(MK)",
    "(Kemensos)") or a name with its acronym ("(Luxembourg Institute of Socio-Economic Research/LISER)")."""
    doc = name.doc
    return (
        name.label_ not in ("PERSON", "MISC")
        and acronym.start == name.end + 1
        and doc[name.end].text == "("
        and acronym.end < len(doc)
        and doc[acronym.end].text == ")"
        and (acronym.text[:1].isupper() if len(acronym) == 1 else "/" in acronym.text)
        and not (name.kb_id_ and acronym.kb_id_ and name.kb_id_ != acronym.kb_id_)
    )


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
        gazetteer = [s for s in self._gazetteer_spans(doc) if not blocked.intersection(range(s.start, s.end))]
        runs: list[Span] = []
        for run in self._runs(doc, blocked):
            runs.extend(self._resolve_run(doc, run, gazetteer))
        covered = {i for s in runs for i in range(s.start, s.end)}
        runs.extend(s for s in gazetteer if not covered.intersection(range(s.start, s.end)))
        statistical = [s for s in self._model_spans(doc, gazetteer) if not blocked.intersection(range(s.start, s.end))]
        named = (_named_part(doc, s) for s in merge_spans(statistical, runs))
        merged = [_with_direction(_party_of(s)) for s in named if s and not lx.is_not_name(s.text)]
        doc.spans[SPAN_KEY] = join_bracketed(merged)
        doc._.kg_roles = _roles(doc, doc.spans[SPAN_KEY], self.act_roots)
        return doc

    def _model_spans(self, doc: Doc, gazetteer: list[Span]) -> list[Span]:
        """Spans of the trained NER (``doc.ents``), typed by the gazetteer where it knows them."""
        exact = {(s.start, s.end): s for s in gazetteer}
        spans = []
        for ent in doc.ents:
            start = ent.start
            while start < ent.end and _is_common(doc[start]):
                start += 1
            while start < ent.end and not doc[start].text[:1].isupper():
                start += 1  # "pemerintah Korea Selatan" -> "Korea Selatan"
            if ent.label_ == "PER":
                start = _after_title(doc, start, ent.end, exact)
            if start == ent.end or all(lx.is_date_word(t.lower_) for t in doc[start : ent.end]):
                continue  # nothing left, or a date the model took for a name ("Januari-Agustus")
            label = _model_label(doc, start, ent.end, ent.label_)
            for a, b in _bracket_parts(doc, start, _bracket_end(doc, start, ent.end)):
                known = exact.get((a, b))
                kb = known.kb_id_ if known else ""
                spans.append(Span(doc, a, b, label=known.label_ if known else label, kb_id=kb))
        return _join_people(spans)

    def _blocked_tokens(self, doc: Doc) -> set[int]:
        ranges = list(doc._.kg_skip or [])
        ranges.extend(lx.furniture_spans(lx.doc_text(doc)))
        blocked = {t.i for t in doc for a, b in ranges if a <= t.idx < b}
        return blocked | set(self._not_names(doc))

    @staticmethod
    def _not_names(doc: Doc) -> Iterable[int]:
        """Tokens of two-word common phrases ("BI Rate", "Tanah Air") outside a longer name
        ("PETA Pembela Tanah Air")."""
        for a in doc[:-1]:
            b = doc[a.i + 1]
            inside = a.i > 0 and doc[a.i - 1].text[:1].isupper() and not _sentence_initial(doc, a.i - 1)
            if f"{a.lower_} {b.lower_}" in lx.NOT_NAMES and not inside:
                yield from (a.i, b.i)

    def _gazetteer_spans(self, doc: Doc) -> list[Span]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            entry = self.entries[doc.vocab.strings[match_id]]
            spans.append(Span(doc, start, end, label=entry.type, kb_id=entry.name))
        return filter_spans(spans)

    def _runs(self, doc: Doc, blocked: set[int]) -> list[tuple[int, int]]:
        runs, start, in_title = [], None, False
        for token in doc:
            in_title = _extends_title(token, in_title)
            inside = (
                not in_title and token.i not in blocked and (_is_name_token(token) or _is_particle(doc, token, start))
            )
            if inside and start is None:
                start = token.i
            elif not inside and start is not None:
                runs.append((start, token.i))
                start = None
        if start is not None:
            runs.append((start, len(doc)))
        return [r for r in (_trim(doc, a, b, blocked) for a, b in runs) if r]

    def _resolve_run(self, doc: Doc, run: tuple[int, int], gazetteer: list[Span]) -> list[Span]:
        start, end = run
        inner = [s for s in gazetteer if s.start >= start and s.end <= end]
        if any(s.start == start and s.end == end for s in inner):
            return [s for s in inner if s.start == start and s.end == end]
        for heads, label in NAME_HEADS:
            if doc[start].lower_ in heads and end - start > 1:
                return [Span(doc, start, end, label=label)]
        if end - start > 1 and any(t.lower_ in lx.ORG_WORDS for t in doc[start:end]):
            return [Span(doc, start, end, label="ORG")]
        pieces, cursor = [], start
        for span in inner:
            pieces.extend(self._plain(doc, cursor, span.start))
            pieces.append(span)
            cursor = span.end
        pieces.extend(self._plain(doc, cursor, end))
        return pieces

    def _plain(self, doc: Doc, start: int, end: int) -> list[Span]:
        while start < end and (doc[end - 1].lower_ in lx.NAME_PARTICLES):
            end -= 1
        if start >= end or not _keep_plain(doc, start, end) or _headline_only(doc, start, end):
            return []
        return [Span(doc, start, end, label=guess_type(doc, start, end))]


def _party_of(span: Span) -> Span:
    """A party's board is the party: "[Dewan Pimpinan Pusat] Partai Demokrat", "[DPP] PKS"."""
    lowers = [t.lower_ for t in span]
    for prefix in lx.PARTY_UNITS:
        n = len(prefix)
        rest = span[n:] if tuple(lowers[:n]) == prefix else None
        if rest and span.label_ == "ORG" and rest[0].text[:1].isupper() and (n > 1 or rest[0].lower_ == "partai"):
            return Span(span.doc, rest.start, rest.end, label="ORG", kb_id=span.kb_id_)
    return span


def _with_direction(span: Span) -> Span:
    """A place and the lower-case compass word after it are one region: "Afrika timur",
    "Israel utara" (a place of its own, no longer the country's gazetteer entry)."""
    doc, end = span.doc, span.end
    if span.label_ not in ("GPE", "LOC") or end >= len(doc) or doc[end].text not in lx.DIRECTIONS:
        return span
    return Span(doc, span.start, end + 1, label="LOC")


def _join_people(spans: list[Span]) -> list[Span]:
    """Two person names the model put side by side are one: "[Muhammad Atabika] [Farma Nanda]"."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.end == span.start and _short_name(prev) and _short_name(span):
            out[-1] = Span(span.doc, prev.start, span.end, label="PERSON")
        else:
            out.append(span)
    return out


def _short_name(span: Span) -> bool:
    """One or two plain words of a person's name (no acronym, hyphen or common word)."""
    return span.label_ == "PERSON" and len(span) <= 2 and all(t.is_alpha and _name_like(t) for t in span)


def _named_part(doc: Doc, span: Span) -> Span | None:
    """The span without the common words capitalised only by their position: a headline's
    Title Case verbs ("Ahmad Luthfi [Sebut]"), a sentence starter that is a common word
    ("Bersekolah", "Demo"), a "person" of common words there ("Massa Demo"). Mid-sentence,
    only an untyped one-word span that is a common word goes; typed spans and gazetteer
    names are kept as they are (*Vena*, *Akbar* are names there)."""
    breaks = [t.i for t in span if t.is_space and "\n" in t.text]
    if breaks:  # a name never crosses a line break: "Headline Words\n\nBadan Legislasi"
        span = Span(doc, breaks[-1] + 1, span.end, label=span.label_, kb_id=span.kb_id_)
    headline = span.end_char <= (doc._.kg_headline or 0)
    if span.kb_id_ or not (headline or _sentence_initial(doc, span.start)):
        untyped_word = span.label_ == "MISC" and len(span) == 1 and is_common_word(span.text)
        return None if untyped_word else span  # "Suasana", "Rencana" capitalised for emphasis
    end = next((t.i for t in span if is_common_word(t.text)), span.end) if headline else span.end
    start = span.start
    while span.label_ != "PERSON" and start < end - 1 and _starter(doc[start]):
        start += 1  # "[Laporan] Global Energy Alliance"
    words = [t for t in doc[start:end] if not (t.is_punct or t.is_space)]
    if not words or all(is_common_word(t.text) for t in words) and (len(words) == 1 or span.label_ == "PERSON"):
        return None
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


def _starter(token: Token) -> bool:
    """A common word opening a sentence that is no head of a name ("Partai", "Gedung")."""
    lower = token.lower_
    kept = lower in lx.ORG_WORDS or lower == "pemerintah" or any(lower in h for h, _ in NAME_HEADS)
    return is_common_word(token.text) and not kept


def _roles(doc: Doc, spans: Iterable[Span], act_roots: frozenset[str]) -> dict[tuple[int, int], str]:
    named = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    roles = {}
    for span in spans:
        after_prep = span.start > 0 and doc[span.start - 1].lower_ in lx.LOC_PREPS
        place = after_prep or (named.intersection(range(span.start, span.end)) and not _actor_slot(doc, span.start))
        source = span.start > 1 and doc[span.start - 1].lower_ == "dari" and _act_noun(doc[span.start - 2], act_roots)
        roles[(span.start_char, span.end_char)] = "place" if place and not source else "actor"
    return roles


def _actor_slot(doc: Doc, start: int) -> bool:
    """Where a country is mostly an actor or modifier, even when the NER marked it: opening
    a sentence (*Finlandia berbagi ...*), after *oleh*, or after a common noun that is no
    place word (*tim China*, *produk China*; but *kota Bandung*, *wilayah Gaza*)."""
    if _sentence_initial(doc, start):
        return True
    prev = doc[start - 1]
    common_noun = prev.text[:1].islower() and is_common_word(prev.text) and prev.lower_ not in lx.PLACE_NOUNS
    verb = voice(prev.lower_, prev.lemma_ or prev.lower_) in ("active", "passive")  # "mengunjungi Mesir"
    return prev.lower_ == "oleh" or (common_noun and not verb)


def _act_noun(token: Token, act_roots: frozenset[str]) -> bool:
    """*kecaman*, *serangan*, *kritik*: a noun of an act in the relation vocabulary (a verb
    such as *ditembakkan dari Suriah* gives the place it came from, not who acted)."""
    root = token.lemma_ or token.lower_  # the lemma component leaves a root form unset
    return root in act_roots and (token.lower_ == root or voice(token.lower_, root) == "noun")


def _is_name_token(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    lower = token.lower_
    return not (lx.is_date_word(lower) or lower in lx.TITLES or lower.rstrip(".") in lx.TITLES)


def _after_title(doc: Doc, start: int, end: int, gazetteer: dict[tuple[int, int], Span]) -> int:
    """A person span that took in its title: "Presiden AS Donald Trump" -> "Donald Trump"
    (the title, portfolio words and known names after it stay out), or the portfolio
    words after a title outside it: "Presiden [Terpilih Joko Widodo]"."""
    after_title = start > 0 and doc[start - 1].lower_.rstrip(".") in lx.TITLES and doc[start].lower_ in lx.PORTFOLIO
    if not _title_word(doc[start]) and not after_title:
        return start
    ends = {a: b for (a, b), span in gazetteer.items() if span.label_ != "PERSON"}
    i = start
    while i < end - 1 and (_title_word(doc[i]) or doc[i].lower_ in lx.PORTFOLIO or i in ends):
        i = ends.get(i, i + 1)
    if i == end - 1 and _title_word(doc[i]):
        return end  # titles only: "Calon Kapolri", "Panglima"
    return i if i < end else start


def _title_word(token: Token) -> bool:
    lower = token.lower_.rstrip(".")
    return lower in lx.TITLES or lower in lx.ROLE_NOUNS


def _model_label(doc: Doc, start: int, end: int, model_label: str) -> str:
    """The model's type, unless a context cue says ORG ("Badan ...") or PERSON
    (a title before, a speech verb around it); a cue never makes a name with an acronym a
    person ("NASA mengatakan", "PETA Pembela Tanah Air"), nor a one-word organisation of the model."""
    cue = guess_type(doc, start, end)
    if cue == "MISC" and end - start > 1 and doc[start].lower_ in lx.LOC_HEADS:
        return "LOC"  # "Kecamatan Kawangkoan Utara", which the model took for an organisation
    if end - start > 1 and any(t.lower_ in lx.ORG_WORDS for t in doc[start:end]):
        return "ORG"  # "Bridge Alliance", "Moody's Investors Service"
    acronym = any(t.is_upper and len(t) > 1 for t in doc[start:end])
    person = cue == "PERSON" and not acronym and (model_label != "ORG" or end - start > 1)
    if cue in ("ORG", "EVENT", "FACILITY") or person:
        return cue
    return MODEL_TYPES.get(model_label, "MISC")


def _bracket_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """ "Name (ACR)" from the model is merged as two spans, the name and what the brackets
    hold, so that rules may still widen the name; :func:`join_bracketed` rejoins them."""
    opened = _bracket_open(doc[start:end]) if end > start else None
    if opened is None:
        return [(start, end)] if end > start else []
    return [(start, start + opened), (start + opened + 1, end - 1)]


def _bracket_open(span: Span) -> int | None:
    """Index of the "(" in "Name (ACR)" / "Name (Other Name/ACR)", a span that ends with ")"."""
    texts = [t.text for t in span]
    if len(texts) < 4 or texts[-1] != ")" or "(" not in texts[1:-2]:
        return None
    opened = texts.index("(")
    return opened if span[opened + 1].text[:1].isupper() else None


def bracket_names(span: Span) -> list[str] | None:
    """ "Kantor Berita Pusat Korea (KCNA)", "Lembaga Riset (Luxembourg Institute/LISER)": one
    mention spelling several names (the entity layer makes all but the first aliases)."""
    opened = _bracket_open(span)
    if opened is None:
        return None
    inner = span[opened + 1 : -1].text
    return [span[:opened].text, *(part.strip() for part in inner.split("/") if part.strip())]


def _bracket_end(doc: Doc, start: int, end: int) -> int:
    """Where a span ends: before an unclosed bracket it runs into, before a stray closing one."""
    texts = [t.text for t in doc[start:end]]
    if "(" not in texts:
        return end - 1 if texts[-1] == ")" else end
    opened = texts.index("(")
    return end if ")" in texts[opened:] else start + opened


def _extends_title(token: Token, in_title: bool) -> bool:
    """Title words and the portfolio words after them ("Menteri Luar Negeri")."""
    lower = token.lower_.rstrip(".")
    return lower in lx.TITLES or (in_title and lower in lx.PORTFOLIO)


def _is_particle(doc: Doc, token: Token, start: int | None) -> bool:
    """Lower-case words inside names: "bin", "van", and "dan" inside an organisation name."""
    nxt = token.i + 1
    if start is None or nxt >= len(doc) or not _is_name_token(doc[nxt]):
        return False
    org = doc[start].lower_ in lx.ORG_HEADS
    return token.lower_ in lx.NAME_PARTICLES or (org and token.lower_ in ("dan", "untuk"))


def _sentence_initial(doc: Doc, i: int) -> bool:
    j = i - 1
    while j >= 0 and (doc[j].is_quote or doc[j].is_space or doc[j].text in "(["):
        j -= 1
    return i == 0 or doc[i].is_sent_start or j < 0 or doc[j].is_sent_end or doc[j].text in "–—-:"


def _trim(doc: Doc, start: int, end: int, blocked: set[int]) -> tuple[int, int] | None:
    """Drop leading function words ("Selain", "Meskipun", "Hal")."""
    while start < end and _is_common(doc[start]):
        start += 1
    return (start, end) if start < end else None


def _is_common(token: Token) -> bool:
    lower = token.lower_
    head = lower.split("-")[0]
    return lx.is_function_word(lower) or (head != lower and lx.is_function_word(head))


def _keep_plain(doc: Doc, start: int, end: int) -> bool:
    """A one-word name at a sentence start must also appear capitalised mid-sentence."""
    if end - start > 1 or not _sentence_initial(doc, start):
        return True
    word = doc[start]
    if (word.is_upper and len(word) > 1) or _opening_speaker(doc, start, end):
        return True
    return any(not _sentence_initial(doc, i) for i in _positions(doc).get(word.text, ()) if i != start)


def _positions(doc: Doc) -> dict[str, list[int]]:
    """Token indices by text, computed once per doc (cached in ``doc.user_data``)."""
    key = "kg_positions"
    if key not in doc.user_data:
        index: dict[str, list[int]] = {}
        for token in doc:
            if token.text[:1].isupper():
                index.setdefault(token.text, []).append(token.i)
        doc.user_data[key] = index
    return doc.user_data[key]


def _opening_speaker(doc: Doc, start: int, end: int) -> bool:
    """A lone plain word opening a sentence before a speech verb: "[Tumiran] mengungkapkan"."""
    word = doc[start]
    return (
        end - start == 1
        and end < len(doc)
        and doc[end].lower_ in lx.OPENING_SPEAKER_VERBS
        and word.is_alpha
        and not word.is_upper
        and _name_like(word)
        and _sentence_initial(doc, start)
    )


def _headline_only(doc: Doc, start: int, end: int) -> bool:
    """In a Title Case headline, a plain name counts only if the body uses it too."""
    headline_end = doc._.kg_headline or 0
    span = doc[start:end]
    return span.end_char <= headline_end and lx.doc_text(doc).find(span.text, headline_end) < 0


def guess_type(doc: Doc, start: int, end: int) -> str:
    first = doc[start].lower_
    if first in lx.EVENT_HEADS and end - start > 1:
        return "EVENT"
    if first in lx.FACILITY_NAME_HEADS and end - start > 1:
        return "FACILITY"
    if first in lx.ORG_HEADS and end - start > 1:
        return "ORG"
    if _title_before(doc, start) or _title_then_portfolio(doc, start, end):
        return "PERSON"
    if end < len(doc) and doc[end].lower_ in lx.PERSON_VERBS:
        return "PERSON"
    if _opening_speaker(doc, start, end):
        return "PERSON"
    if start > 0 and doc[start - 1].lower_ in lx.SPEAKER_CUES:
        return "PERSON"
    if start > 0 and doc[start - 1].lower_ in lx.LOC_PREPS:
        return "LOC"
    return "MISC"


def _title_then_portfolio(doc: Doc, start: int, end: int) -> bool:
    """A name of two or more words right after a title and a lower-case portfolio word:
    "jurubicara polisi [Wayan Sudarta]"."""
    prev = doc[start - 2 : start] if start > 1 else None
    return (
        end - start > 1
        and prev is not None
        and prev[0].lower_ in lx.TITLES
        and prev[1].text.islower()
        and prev[1].lower_ in lx.PORTFOLIO
    )


def _title_before(doc: Doc, start: int) -> bool:
    """A title or role word shortly before: "Presiden AS, Donald Trump"."""
    names_skipped = 0
    for j in range(start - 1, max(start - 8, -1), -1):
        token = doc[j]
        if token.lower_.rstrip(".") in lx.TITLES:
            return True
        if token.is_punct or token.is_quote:
            if token.text in ".!?;":
                return False
            continue
        if _is_name_token(token) and names_skipped < 6:
            names_skipped += 1
            continue
        return False
    return False
