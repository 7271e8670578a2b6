"""The words that state a fact of the relation model (``predicate_text``; the fact builder
gets ``predicate_lemma`` with them: :func:`key_token`), chosen by measurement against the annotated
triggers of the training articles (``benchmarks/predicate_words.py``):

- a role relation: the title before the person or the organisation ("Wakil Ketua Umum"),
  with the ``deputy``/``acting``/``former`` flag of the word that opens it;
- verbs between the arguments: the one :func:`stating_verb` picks (where two or more lie
  between, the annotated trigger of 66% of the training articles' open facts and 63% of
  their schema facts, against 30% and 32% for the first main verb, taken before v99); a
  copula leaves the words to the noun after it ("menjadi [istri] dari", v108);
- no verb between: the words there (:func:`words_between`: "rapat dengan", "di", "dalam
  pidatonya"; for an open fact only with a noun or adjective there), else for an open fact
  a noun made from a verb right before the first argument (:func:`nominalised`:
  "[kehadiran] Budi di persidangan", v109), else the first main verb around the arguments
  (:func:`verb_around`): 44% and 39% of such open and schema facts, against 35% and 28%
  for that verb first (v99).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.pairs import lemma, trigger_lexicon
from kg.extractors.indonesian.qualifiers import FAILURES, failed_at
from kg.extractors.indonesian.relation_model import Pair
from kg.extractors.indonesian.speaker_sides import ROLE_RELATIONS
from kg.vocab import OPEN_RELATION

ROLE_FLAGS = {"wakil": "deputy", **lx.ROLE_FLAGS}
# verbs that link, include or report rather than state what one party does to the other: on
# the training articles, when another verb lies between a fact's arguments, each of them is
# its annotated trigger at most 3 times in 34 ("menjadi") and mostly never
NOT_STATING = lx.PERSON_VERBS | frozenset(
    "menjadi jadi merupakan termasuk berupa terdapat diketahui menyatakan menegaskan".split()
)
CONTENT_TAGS = frozenset(["NN", "JJ"])
# verbs that link their subject to a noun phrase after them: the noun states the fact
# ("Hukum menjadi [penghambat] pembangunan", "RK merupakan [ayah] dari anaknya")
COPULAS = frozenset(["menjadi", "jadi", "merupakan", "adalah"])
LIST_MARKERS = frozenset(["antara", "lain", "yakni", "yaitu", "seperti", "termasuk", "misalnya", "contohnya"])


def fact_words(doc: Doc, pair: Pair) -> tuple[str, str, dict[str, str]]:
    """The words that state the pair's fact, the lemma that keys it (none for a role
    relation) and the role properties of a role relation."""
    if pair.label in ROLE_RELATIONS:
        return _role_words(doc, pair)
    first, second = sorted((pair.head, pair.tail), key=lambda c: c.start)
    at = (first.start, first.end, second.start, second.end)
    tokens = stating_words(doc, pair.sentence, at, pair.label)
    key = key_token(tokens)
    return " ".join(t.text for t in tokens), lemma(key) if key is not None else "", {}


def key_token(tokens: list[Token]) -> Token | None:
    """The token of a fact's words whose lemma keys it: the first word, or the one a light verb
    ("melakukan [kunjungan]") or a failure ("gagal [menembus]") leaves the meaning to."""
    tokens = [t for t in tokens if not t.is_punct] or tokens  # ", dalam": dalam
    if len(tokens) > 1 and tokens[0].lower_ in lx.LIGHT_VERBS:
        return tokens[1]
    if len(tokens) > 1 and tokens[0].lower_ in FAILURES:
        return tokens[-1]
    return tokens[0] if tokens else None


def stating_words(doc: Doc, sentence: Span, at: tuple[int, int, int, int], label: str) -> list[Token]:
    """The tokens that state a fact of ``label`` between two arguments at token offsets
    ``at`` (start and end of the first, start and end of the second) in ``sentence``."""
    start, first_end, second_start, end = at
    arguments = {*range(start, first_end), *range(second_start, end)}
    verbs = [t for t in doc[first_end:second_start] if t.tag_ == "VB"]
    if verbs:
        return with_noun(stating_verb(verbs, label), arguments)
    words = words_between(doc, first_end, second_start)
    if words and (label != OPEN_RELATION or any(map(content_word, words))):
        return words[:3]
    if label == OPEN_RELATION and start > sentence.start and nominalised(doc[start - 1]):
        return [doc[start - 1]]  # "[pemindahan] ASN ke IKN", "[pemberian] IUP kepada ormas"
    verb = verb_around(doc, sentence, start, end)
    if verb is not None and not (words and _attributed(doc, start)):
        return with_noun(verb, arguments)
    return [t for t in doc[first_end:second_start] if not t.is_space][:3]


def stating_verb(verbs: list[Token], label: str) -> Token:
    """Of the verbs between a pair, the last that the trigger lexicon gives the fact's schema
    relation; else the last main verb ("berupaya [mewujudkan]", "diduga [menerima]"), not a
    verb made a noun ("disebabkan oleh ... [berkurangnya] ruang hijau") and, while another
    is there, not one of :data:`NOT_STATING`; a failure before it stays the words, since the
    verb after it did not happen ("[gagal] mengalahkan")."""
    lexicon = trigger_lexicon()
    named = [v for v in verbs if label != OPEN_RELATION and lexicon.get(lemma(v)) == label]
    main = [v for v in verbs if v.lower_ not in lx.CONTROL_VERBS and not v.lower_.endswith("nya")]
    stating = [v for v in main if v.lower_ not in NOT_STATING]
    verb = (named or stating or main or [v for v in verbs if v.lower_ not in lx.CONTROL_VERBS] or verbs)[-1]
    return next((v for v in verbs if v.i < verb.i and v.lower_ in FAILURES), verb)


def words_between(doc: Doc, start: int, end: int) -> list[Token]:
    """With no verb between two arguments, the words there that may state their relation:
    no punctuation, no word of a name, no list marker ("[antara lain] Nusa Tenggara, Jawa").
    Taken (else the verb around; for open facts only with a :func:`content_word`), they
    hold the annotated trigger of 44% of the training articles' open facts with no verb
    between and 39% of their schema facts, against 35% and 28% for the verb around first
    (extractor v99)."""
    names = {i for span in doc.spans.get("kg_mentions", []) for i in range(span.start, span.end)}
    return [t for t in doc[start:end] if not (t.is_space or t.is_punct or t.i in names or t.lower_ in LIST_MARKERS)]


def _attributed(doc: Doc, start: int) -> bool:
    """The first argument is the speaker of a quote's attribution ("..., [ujar] Bahlil di
    Kementerian ESDM"): the words between say where or how they spoke (the training
    articles annotate "di Kementerian ESDM"), no verb of the quote or the verb of speaking."""
    return start > 0 and doc[start - 1].lower_ in lx.PERSON_VERBS


def content_word(token: Token) -> bool:
    """A noun or adjective of three letters or more, no name particle ("von", "de"): what
    an open fact's words between need ("penumpang [tujuan]", "sebuah [wawancara] dengan"),
    not only prepositions and conjunctions ("di", "dan", "oleh")."""
    return token.tag_ in CONTENT_TAGS and len(token.text) > 2 and token.lower_ not in lx.NAME_PARTICLES


def nominalised(token: Token) -> bool:
    """A noun made from a verb by *pe(N)-/per-/ke- ... -an* ("pemindahan", "penerbitan",
    "kehadiran"): right before an open fact's first argument with no verb or noun between
    the arguments, it names the event that relates them ("[pemindahan] ASN ke IKN"): of the
    19 open facts of the training articles whose words it changes, the annotated trigger 13
    times against 5 for the verb around (v109; ``benchmarks/predicate_words.py``: 177 of 383
    open facts with no verb between against 169)."""
    low = token.lower_
    return token.tag_ == "NN" and len(low) > 6 and low.endswith("an") and low.startswith(("pe", "ke"))


def verb_around(doc: Doc, sentence: Span, start: int, end: int) -> Token | None:
    """The first main verb of the five words before a pair (tokens ``start`` to ``end``, the
    first argument's start to the second's end) or the three after it, in its sentence
    ("[ungkap] Prabowo dalam pidatonya di ...")."""
    window = [*doc[max(sentence.start, start - 5) : start], *doc[end : end + 3]]
    verbs = [t for t in window if t.tag_ == "VB" and t.sent == sentence]
    return next((v for v in verbs if v.lower_ not in lx.CONTROL_VERBS), verbs[0]) if verbs else None


def with_noun(verb: Token, arguments: set[int]) -> list[Token]:
    """A verb with the nouns (not of the arguments) a light verb leaves the meaning to:
    "menyampaikan duka cita"; an apology with its noun ("meminta maaf"); a failure with the
    verb that did not happen ("gagal menembus", the fact flagged negated)."""
    doc, end = verb.doc, verb.sent.end
    if verb.i + 1 < end and doc[verb.i + 1].lower_ == "maaf":
        return [verb, doc[verb.i + 1]]
    if verb.lower_ in FAILURES:
        failed = next((t for t in doc[verb.i + 1 : min(verb.i + 3, end)] if failed_at(t)), None)
        if failed is not None:
            return list(doc[verb.i : failed.i + 1])
    if verb.lower_ in COPULAS:
        return _predicate_noun(verb, arguments) or [verb]
    if verb.lower_ not in lx.LIGHT_VERBS:
        return [verb]
    nouns = []
    for token in doc[verb.i + 1 : min(verb.i + 3, end)]:
        if token.tag_ != "NN" or token.is_space or token.i in arguments:
            break
        nouns.append(token)
    return [verb, *nouns]


def _predicate_noun(verb: Token, arguments: set[int]) -> list[Token]:
    """The noun phrase a copula links its subject to, up to three nouns or adjectives, past
    "salah satu" ("merupakan salah satu [program strategis] dari"), before an argument. On
    the training articles with one copula between the arguments, it holds the annotated
    trigger of 34 of 41 open facts and 7 of 17 schema facts, the copula of 3 and 1
    (``benchmarks/predicate_words.py``)."""
    doc, end = verb.doc, verb.sent.end
    at = verb.i + 1
    if at + 1 < end and doc[at].lower_ == "salah" and doc[at + 1].lower_ == "satu":
        at += 2
    nouns = []
    for token in doc[at : min(at + 3, end)]:
        if token.tag_ not in CONTENT_TAGS or token.is_space or token.i in arguments:
            break
        nouns.append(token)
    return nouns


def _role_words(doc: Doc, pair: Pair) -> tuple[str, str, dict[str, str]]:
    title = _title(doc, pair.head.span, pair.tail.span)
    if not title:
        return "", "", {}
    props = {"role": title}
    flag = ROLE_FLAGS.get(title.split()[0].lower())
    if flag:
        props[flag] = "true"
    return title, "", props


def _title(doc: Doc, person: Span, org: Span) -> str:
    """The title before the person ("Ketua DKPP Heddy Lugito", "Wakil Ketua Umum Partai X Y")
    or before the organisation when the person comes first ("Adi, Ketua KPU")."""
    for anchor in (person, org):
        end = anchor.start
        k = end - 1
        while k >= 0 and doc[k].sent == anchor.sent and (doc[k].text[:1].isupper() or doc[k].text == ","):
            k -= 1
        words = doc[k + 1 : end]
        start = next((t.i for t in words if t.lower_.rstrip(".") in lx.TITLES or t.lower_ in lx.ROLE_NOUNS), None)
        if start is not None:
            stop = start
            while stop < end and (doc[stop].lower_ in lx.TITLES or doc[stop].lower_ in lx.PORTFOLIO):
                stop += 1
            if k >= 0 and doc[k].lower_ in ROLE_FLAGS and start == k + 1:
                start = k
            return doc[start:stop].text if stop > start else ""
    return ""
