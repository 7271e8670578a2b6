"""Context cues for capitalised names: what types them (titles, head words, speech verbs),
where a name starts after its title, which words may be part of a name, and the role of a
country or city mention: "place" where the name is used as a location, "actor" where it
acts or modifies (*serangan Israel*, *Presiden AS*)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.heads import REGIONAL_ORGS
from kg.extractors.indonesian.lemmas import is_common_word, voice
from kg.extractors.indonesian.portfolios import joined_portfolio
from kg.extractors.indonesian.rulebook import learned_roles

MODEL_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

NAME_HEADS = (
    (lx.EVENT_HEADS, "EVENT"),
    (lx.FACILITY_NAME_HEADS, "FACILITY"),
    (lx.ORG_HEADS, "ORG"),
    (lx.LOC_HEADS, "LOC"),
)


def is_name_token(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    lower = token.lower_
    if capital_city(token):
        return True
    if lower in lx.PRONOUNS:
        return False  # "Beliau" opening a sentence is a pronoun, not a name
    return not (lx.is_date_word(lower) or lower in lx.TITLES or lower.rstrip(".") in lx.TITLES)


def head_word(token: Token) -> str:
    """The word that heads a name, lower-cased ("Ibu" of "Ibu Kota" heads as "kota")."""
    return "kota" if capital_city(token) else token.lower_


def capital_city(token: Token) -> bool:
    """ "Ibu Kota" is the noun *capital city*, not the honorific *Ibu* ("Ibu Kota Nusantara")."""
    if token.lower_ != "ibu":
        return False
    doc, nxt = token.doc, token.i + 1
    named = nxt + 1 < len(doc) and doc[nxt + 1].text[:1].isupper()  # not "di Ibu Kota." alone
    return named and doc[nxt].lower_ == "kota"


def place_first_word(token: Token) -> bool:
    """A capitalised word that opens a place's name and never stands for the place alone:
    the NER cuts it off ("[Kuala] Lumpur", "[Muara] Enim")."""
    return token.text[:1].isupper() and token.lower_ in lx.PLACE_FIRST_WORDS


def place_name(doc: Doc, start: int, end: int) -> bool:
    """A name of two words or more that opens with such a word is a place, whatever the NER
    or the name's shape says ("Muara Enim" as PER, "Kuala Lumpur" as ORG)."""
    return end - start > 1 and place_first_word(doc[start])


def _title_word(token: Token) -> bool:
    lower = token.lower_.rstrip(".")
    return lower in lx.TITLES or lower in lx.ROLE_NOUNS


def _before_name(token: Token) -> bool:
    """A title, role or occupation word a person mention of the NER may start with, or an
    officer's corps after a rank ("Kolonel [Inf] Andi")."""
    return _title_word(token) or token.lower_ in lx.OCCUPATIONS or lx.corps_after_rank(token.doc, token.i)


def name_like(token: Token) -> bool:
    lower = token.lower_
    clitic = lower.endswith("nya") and is_common_word(lower[:-3])  # "Pasukannya"
    return not (is_common_word(token.text) or clitic or _title_word(token) or lx.is_date_word(lower))


def plain_name(span: Span) -> bool:
    """No acronym and no organisation head in it: it may be a person's name."""
    return not any((t.is_upper and len(t) > 1) or t.lower_ in lx.ORG_HEADS for t in span)


def after_title(doc: Doc, start: int, end: int, gazetteer: dict[tuple[int, int], Span]) -> int:
    """A person span that took in its title: "Presiden AS Donald Trump" -> "Donald Trump"
    (the title, portfolio words and known names after it stay out), or the portfolio
    words after a title outside it: "Presiden [Terpilih Joko Widodo]". An empty span
    (``start == end``, possibly at the end of the doc) stays empty."""
    if start >= end:
        return end
    after_title = start > 0 and doc[start - 1].lower_.rstrip(".") in lx.TITLES and doc[start].lower_ in lx.PORTFOLIO
    if not _before_name(doc[start]) and not after_title:
        return start
    ends = {a: b for (a, b), span in gazetteer.items() if span.label_ != "PERSON"}
    i = start
    while i < end - 1 and (_before_name(doc[i]) or doc[i].lower_ in lx.PORTFOLIO or i in ends):
        i = ends.get(i, i + 1)
    if i == end - 1 and _title_word(doc[i]):
        return end  # titles only: "Calon Kapolri", "Panglima"
    return i if i < end else start


def model_label(doc: Doc, start: int, end: int, model_label: str) -> str:
    """The model's type, unless a context cue says ORG ("Badan ...") or PERSON
    (a title before, a speech verb around it); a cue never makes a name with an acronym a
    person ("NASA mengatakan", "PETA Pembela Tanah Air"), nor a one-word organisation of the
    model. A person or unknown name that :func:`names_region` is a place (LOC)."""
    label = _cue_or_model(doc, start, end, model_label)
    return "LOC" if label in ("PERSON", "MISC") and names_region(doc, start, end) else label


def _ranked(doc: Doc, start: int) -> bool:
    """A rank right before, or a rank and an officer's corps ("Kolonel Kum [Wahyupi]"):
    only people hold ranks."""
    k = start - 1 - (start > 1 and lx.corps_after_rank(doc, start - 1))
    return k >= 0 and doc[k].lower_.rstrip(".") in lx.RANKS


def _cue_or_model(doc: Doc, start: int, end: int, model_label: str) -> str:
    cue = guess_type(doc, start, end)
    if cue == "MISC" and end - start > 1 and head_word(doc[start]) in lx.LOC_HEADS:
        return "LOC"  # "Kecamatan Kawangkoan Utara", which the model took for an organisation
    if end - start > 1 and any(t.lower_ in lx.ORG_WORDS for t in doc[start:end]):
        return "ORG"  # "Bridge Alliance", "Moody's Investors Service"
    if end - start > 1 and doc[end - 1].lower_ in lx.FACILITY_WORDS:
        return "FACILITY"  # "Johns Hopkins Hospital", which the model took for a person
    if end - start > 1 and doc[end - 1].lower_ in lx.EVENT_WORDS:
        return "EVENT"  # "SEA Games", which the model took for a place
    acronym = any(t.is_upper and len(t) > 1 for t in doc[start:end])
    one_org = model_label == "ORG" and end - start == 1 and not _ranked(doc, start)
    person = cue == "PERSON" and not acronym and not one_org
    if cue in ("ORG", "EVENT", "FACILITY") or person:
        return cue
    return MODEL_TYPES.get(model_label, "MISC")


def names_region(doc: Doc, start: int, end: int, titles: bool = True) -> bool:
    """A name of one or two words right after a place noun or a regional body names the
    region, whatever the title before it suggests ("Ketua DPRD [Banten]", "Kota [Bogor]");
    with ``titles``, so does one after a regional title when its holder's name follows
    ("Wali Kota [Bogor] Dedie", "Bupati [Solok], Jon"; but "Gubernur [Dedi Mulyadi]
    mengatakan"). Never a rank or title ("Kapolsek Medan Kota [Iptu Fandi Setiawan]"), an
    organisation or an acronym ("Gubernur [Bank Indonesia]", "Gubernur [BI]")."""
    kind = _region_word(doc, start)
    if not kind or end - start > 2 or _title_word(doc[start]):
        return False
    if kind == "title" and not (titles and _name_after(doc, end)):
        return False
    return not any(
        t.lower_ in lx.ORG_HEADS or t.lower_ in lx.ORG_WORDS or (t.is_upper and len(t) > 1) for t in doc[start:end]
    )


def _region_word(doc: Doc, start: int) -> str:
    """ "noun" after a place noun or a regional body, "title" after a regional title
    ("Wali Kota" is one), else ""."""
    before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
    if before in lx.REGION_TITLES or (before == "kota" and start > 1 and doc[start - 2].lower_ == "wali"):
        return "title"
    return "noun" if before in lx.REGION_NOUNS else ""


def _name_after(doc: Doc, end: int) -> bool:
    """A capitalised word (not a date or a title) right after ``end``, or after a comma there."""
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    if k >= len(doc) or not doc[k].text[:1].isupper():
        return False
    return not (lx.is_date_word(doc[k].lower_) or _title_word(doc[k]))


def extends_title(token: Token, in_title: bool) -> bool:
    """Title words and the portfolio words after them ("Menteri Luar Negeri"), with the words
    that join them ("Menteri Kelautan [dan] Perikanan")."""
    lower = token.lower_.rstrip(".")
    if capital_city(token):
        return False
    if in_title and joined_portfolio(token.doc, token.i, len(token.doc)):
        return True  # "Menteri Pendidikan Dasar [dan] Menengah": no name starts after the joining word
    corps = in_title and lx.corps_after_rank(token.doc, token.i)  # "Kolonel [Inf] Andi Wibowo"
    complement = in_title and lx.completes_title(token.doc, token.i)  # "Sekretaris [Perusahaan]"
    ordinal = in_title and lx.ORDINAL.fullmatch(lower) is not None  # "Wakil Presiden [ke-13]"
    portfolio = in_title and lower in lx.PORTFOLIO
    return lower in lx.TITLES or lower in lx.OCCUPATIONS or portfolio or corps or complement or ordinal


def title_tokens(doc: Doc) -> set[int]:
    """The tokens of titles, the portfolio words after them and the words joining those
    (:func:`extends_title`): no name run starts or goes on there, and no noun phrase is cut
    out of them."""
    titled, in_title = set(), False
    for token in doc:
        in_title = extends_title(token, in_title)
        if in_title:
            titled.add(token.i)
    return titled


def is_particle(doc: Doc, token: Token, start: int | None) -> bool:
    """Lower-case words inside names: "bin", "van", and "dan" inside an organisation name
    (not before the head of another: "Kementerian Keuangan dan [Bank] Indonesia")."""
    nxt = token.i + 1
    if start is None or nxt >= len(doc) or not is_name_token(doc[nxt]):
        return False
    org = doc[start].lower_ in lx.ORG_HEADS or doc[start].lower_ in lx.ORG_WORDS
    joins = org and doc[nxt].lower_ not in lx.ORG_HEADS
    return token.lower_ in lx.NAME_PARTICLES or (joins and token.lower_ in ("dan", "untuk", "and", "&"))


def sentence_initial(doc: Doc, i: int) -> bool:
    j = i - 1
    while j >= 0 and (doc[j].is_quote or doc[j].is_space or doc[j].text in "(["):
        if doc[j].is_sent_start:
            return True  # '\n"Terima kasih': the sentence opens with the quote mark
        j -= 1
    return i == 0 or doc[i].is_sent_start or j < 0 or doc[j].is_sent_end or doc[j].text in "–—-:"


def is_common(token: Token) -> bool:
    lower = token.lower_
    head = lower.split("-")[0]
    if capital_city(token):
        return False
    return lx.is_function_word(lower) or (head != lower and lx.is_function_word(head))


def opening_speaker(doc: Doc, start: int, end: int) -> bool:
    """A lone plain word opening a sentence before a speech verb: "[Tumiran] mengungkapkan"."""
    word = doc[start]
    return (
        end - start == 1
        and end < len(doc)
        and doc[end].lower_ in lx.OPENING_SPEAKER_VERBS
        and word.is_alpha
        and not word.is_upper
        and name_like(word)
        and sentence_initial(doc, start)
    )


def _acronym_word(token: Token) -> bool:
    """An all-capital word of three or more letters, mostly a body or a region ("DKI", "OJK")."""
    return token.is_upper and len(token) > 2 and token.is_alpha


def guess_type(doc: Doc, start: int, end: int) -> str:
    first = doc[start].lower_
    if first in REGIONAL_ORGS:
        return "ORG"  # alone too: "koordinasi dengan Kapolda, [Polres] dan Polsek"
    for heads, label in NAME_HEADS:
        if first in heads and end - start > 1 and label != "LOC":  # a place head: see model_label
            return label
    titled = _title_before(doc, start) or _title_then_portfolio(doc, start, end)
    if titled and (name_like(doc[start]) or name_like(doc[end - 1])) and not _acronym_word(doc[start]):
        return "PERSON"  # not "Menteri [Kebudayaan]", "anggota [Dewan]", "Gubernur [DKI]"
    if end < len(doc) and doc[end].lower_ in lx.PERSON_VERBS or _in_capacity(doc, end):
        return "PERSON"
    if opening_speaker(doc, start, end):
        return "PERSON"
    if start > 0 and doc[start - 1].lower_ in lx.SPEAKER_CUES:
        return "PERSON"
    if start > 0 and doc[start - 1].lower_ in lx.LOC_PREPS:
        return "LOC"
    return "MISC"


def _in_capacity(doc: Doc, end: int) -> bool:
    """A name followed by "selaku" (in the capacity of) and a role, its short form or a comma
    between or not: "Iswan Ibrahim (ISW) selaku Komisaris PT IAE"."""
    k = end
    if k < len(doc) and doc[k].text == "(":
        k = next((m + 1 for m in range(k + 1, min(k + 6, len(doc))) if doc[m].text == ")"), k)
    k += k < len(doc) and doc[k].text == ","
    if k + 1 >= len(doc) or doc[k].lower_ != "selaku":
        return False
    k += k + 2 < len(doc) and doc[k + 1].lower_ in ("mantan", "eks")
    word = doc[k + 1].lower_
    return word in lx.TITLES or word in lx.ROLE_NOUNS or any(role[0] == word for role in learned_roles())


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
    """A title shortly before: "Presiden AS, Donald Trump", "Ketua IM57+ Institute, Lakso
    Anindito"; for a name after a comma also a role or occupation word ("Koordinator
    Nasional JPPI, Ubaid Matraji", "Pakar Hukum dan Pembangunan, Hardjuno Wiwoho"), which
    right before a name may open an organisation's ("Mahasiswa Fakultas Pertanian")."""
    names_skipped = 0
    apposed = start > 0 and doc[start - 1].text == ","
    for j in range(start - 1, max(start - 14, -1), -1):
        token = doc[j]
        lower = token.lower_.rstrip(".")
        if (lower in lx.TITLES or (apposed and _role_word(lower))) and not capital_city(token):
            return True
        if token.is_punct or token.is_quote or not any(c.isalnum() for c in token.text):
            if token.text in ".!?;":
                return False
            continue
        if token.lower_ == "dan" and joined_portfolio(doc, j, len(doc)):
            continue  # "Menteri Energi [dan] Sumber Daya Mineral, X"
        if is_name_token(token) and (names_skipped < 6 or token.lower_ in lx.PORTFOLIO):
            names_skipped += token.lower_ not in lx.PORTFOLIO
            continue
        return False
    return False


def _role_word(lower: str) -> bool:
    """A role noun, an occupation or the first word of a role of the training annotations
    ("koordinator", "manajer", "peneliti")."""
    return lower in lx.ROLE_NOUNS or lower in lx.OCCUPATIONS or lower in _learned_first()


@lru_cache(maxsize=1)
def _learned_first() -> frozenset[str]:
    return frozenset(words[0] for words in learned_roles())


def roles(doc: Doc, spans: Iterable[Span], act_roots: frozenset[str]) -> dict[tuple[int, int], str]:
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
    if sentence_initial(doc, start):
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
