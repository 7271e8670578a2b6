"""How a fact is qualified: negated ("tidak berniat menyerang"), irrealis (a call or a
plan: "menyerukan untuk ..."), reported by a speaker ("KCNA mengatakan bahwa ..."), and
dated (the date expression nearest the verb in its clause).

Mixed into :class:`kg.extractors.indonesian.arguments.Context`, whose lookups it uses.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.coreference import Arg
from kg.extractors.indonesian.dates import nearest_date
from kg.model import Entity

SKIPPABLE = frozenset(
    [
        "juga",
        "telah",
        "akan",
        "sudah",
        "yang",
        "pun",
        "itu",
        "ini",
        "tersebut",
        "semakin",
        "kembali",
        "masih",
        "baru",
        "segera",
        "lalu",
        "kemudian",
        "sempat",
        "tengah",
        "sedang",
        "pernah",
        "memang",
        "bahkan",
        "lagi",
        "hanya",
        "tak",
        "untuk",
        "ingin",
        "hendak",
        "berencana",
        "berupaya",
        "mencoba",
    ]
)

INTENT = frozenset(
    [
        "berniat",
        "akan",
        "ingin",
        "mau",
        "hendak",
        "bermaksud",
        "sama-sekali",
        "sama",
        "sekali",
        "pernah",
        "mampu",
        "bisa",
        "dapat",
    ]
)

SPEECH_VERBS = frozenset(
    "mengatakan menyatakan menyebut menyebutkan menegaskan melaporkan mengklaim mengungkapkan menjelaskan "
    "mengumumkan membenarkan mengonfirmasi".split()
)

IRREALIS = frozenset(
    "menyerukan meminta mendesak berencana berjanji mengusulkan menuntut mengimbau menginginkan "
    "menargetkan bertekad berupaya".split()
)

DENIALS = frozenset(["membantah", "menyangkal", "menampik", "membantahnya", "dibantah"])
# a failure negates the verb right after it: "gagal menembus Piala Dunia" did not happen (the
# training articles flag such facts negated, 8 of 8), "gagal di babak keempat" states one
FAILURES = frozenset(["gagal", "batal", "urung"])
CONDITIONS = frozenset(["jika", "jikalau", "apabila", "kalau", "bila", "seandainya", "andai", "andaikan"])
PLANS = frozenset(["akan", "berencana", "ingin", "hendak", "bakal", "harus", "wajib", "mungkin", "diminta"])


class Qualifiers:
    doc: Doc
    entities: dict[str, Entity]
    dates_in: dict[int, list[Span]]  # date spans by the start of their sentence

    def left_args(self, sent: Span, i: int) -> list[Arg]:
        raise NotImplementedError

    def negated(self, i: int) -> bool:
        j, seen = i - 1, 0
        while j >= 0 and seen < 4:
            lower = self.doc[j].lower_
            if lower in lx.NEGATIONS:
                return True
            if lower not in INTENT and lower not in SKIPPABLE:
                return False
            j, seen = j - 1, seen + 1
        return False

    def attribution(self, sent: Span, i: int) -> dict[str, str]:
        """Reported speech: "KCNA mengatakan bahwa Kim mengunjungi ..." -> reported_by KCNA."""
        for k in range(i - 1, sent.start - 1, -1):
            if self.doc[k].lower_ in SPEECH_VERBS:
                speakers = self.left_args(sent, k)
                if speakers:
                    entity = self.entities.get(speakers[0].entity)
                    return {"reported_by": entity.name} if entity else {}
                return {}
        return {}

    def modality(self, sent: Span, i: int) -> dict[str, str]:
        """Flags for a fact whose verb is at ``i``, as the training data marks them: denied
        ("membantah mengecam") -> negated; under a condition ("Jika ..."), asked ("Apakah
        ...?", "...?") or planned ("akan menyerang") -> hypothetical; hedged ("diduga") ->
        alleged."""
        before = [t.lower_ for t in self.doc[sent.start : i]]
        near = before[-3:]
        flags = {}
        if DENIALS & set(near) or failed(self.doc, sent.start, i):
            flags["negated"] = "true"
        clause = before[: before.index(",")] if "," in before else before
        if CONDITIONS & set(clause) or "apakah" in before or sent.text.rstrip().endswith("?") or PLANS & set(near[-2:]):
            flags["hypothetical"] = "true"
        if lx.HEDGES & set(before):
            flags["alleged"] = "true"
        return flags

    def irrealis(self, start: int, end: int) -> bool:
        """A call, request or plan between the subject and the verb."""
        return any(self.doc[k].lower_ in IRREALIS for k in range(start, end))

    def date_of(self, sent: Span, i: int) -> dict[str, str]:
        """The date expression of the sentence nearest the trigger at ``i``, for the fact it states."""
        return nearest_date(self.doc, self.dates_in.get(sent.start, []), i)


# What the words between a candidate pair say about the relation model's fact (the rules
# read the same cues through :class:`Qualifiers`)
NOT = frozenset(["tidak", "tak", "bukan", "belum", "enggan", "membantah", "menyangkal", "menolak"])
REFUSALS = frozenset(["membantah", "menyangkal", "menolak"])  # negate the verb they govern
NOT_ONLY = frozenset(["hanya", "saja", "sedikit", "lama", "kalah", "jarang", "heran"])
PURPOSE = frozenset(["untuk", "agar", "supaya", "demi", "guna"])


def negated_between(doc: Doc, start: int, end: int) -> bool:
    """A negation before the first verb of ``doc[start:end]`` ("Jepang tidak berniat
    menyerang China"), not "tidak hanya" (not only) and the like. A verb of denial or
    refusal negates the verb after it ("membantah mengecam"), not itself: "menolak kenaikan
    upah" states a refusal; so does a failure ("gagal menembus", :func:`failed`)."""
    for t in doc[start:end]:
        if t.lower_ in FAILURES:
            return any(failed(doc, start, k) for k in range(t.i + 1, min(t.i + 3, end)))
        if t.lower_ in REFUSALS:
            return any(u.tag_ == "VB" and u.lower_ not in NOT for u in doc[t.i + 1 : end])
        if t.lower_ in NOT and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in NOT_ONLY):
            return True
        if t.tag_ == "VB" and t.lower_ not in NOT:
            return False
    return False


def failed(doc: Doc, start: int, i: int) -> bool:
    """The verb at ``i`` follows a failure ("[gagal] menembus", "gagal untuk menembus"),
    within ``doc[start:i]``."""
    k = failure_before(doc[i])
    return k is not None and k >= start


def failed_at(token: Token) -> bool:
    """A verb right after a failure word, or after "gagal untuk"."""
    return failure_before(token) is not None


def failure_before(token: Token) -> int | None:
    """The index of the failure word right before a verb (or before its "untuk"), if any."""
    doc, i = token.doc, token.i
    k = i - 2 if i >= 2 and doc[i - 1].lower_ == "untuk" else i - 1
    return k if token.tag_ == "VB" and k >= 0 and doc[k].lower_ in FAILURES else None


def purpose_between(doc: Doc, start: int, end: int) -> bool:
    """A purpose or call clause ("untuk/agar/supaya" + verb) opens in ``doc[start:end]``: the
    later argument belongs to an act that is asked for or planned, not one that happened
    ("Kim menyerukan untuk mengunjungi Moskow")."""
    return any(
        t.lower_ in PURPOSE and any(u.tag_ == "VB" for u in doc[t.i + 1 : min(t.i + 3, end)]) for t in doc[start:end]
    )


# verbs that ask their object to act: what that object then does is asked for, not done
# ("meminta polisi menghukum pelaku"; of the training articles' facts whose first argument
# such a verb addresses, 18 of 19 acts are flagged hypothetical, none of the 4 states)
REQUESTS = frozenset(
    "meminta minta mendesak mengimbau mengajak menyerukan menuntut mengundang menginstruksikan "
    "memerintahkan menugaskan".split()
)
ADDRESSEE_QUANTIFIERS = frozenset(["para", "seluruh", "semua", "segenap", "pihak"])


# verbs that send their object to act ("mengutus Luhut ke Washington untuk bertemu Biden"),
# and the passives of asking and sending, whose subject is the one sent ("Musk, yang
# ditugaskan presiden untuk memimpin ...")
SENDING = frozenset(
    "mengutus mengirim mengirimkan menerjunkan mengerahkan menunjuk diminta ditugaskan diutus diperintahkan "
    "diinstruksikan diundang diajak didesak dikirim ditunjuk".split()
)


def acted_by_another(doc: Doc, start: int, end: int) -> bool:
    """A verb of request or sending, or a relative clause, in ``doc[start:end]``: whoever
    it addresses (or the noun the clause is about) does what follows, not the subject before."""
    return any(t.lower_ in REQUESTS or t.lower_ in SENDING or t.lower_ == "yang" for t in doc[start:end])


def requested(doc: Doc, start: int, sent_start: int) -> bool:
    """Whether the argument starting at ``start`` is the one a request verb right before it
    (past a quantifier or a title) addresses: the act it is the subject of is asked for."""
    k = start - 1
    while k >= sent_start and (doc[k].lower_ in ADDRESSEE_QUANTIFIERS or doc[k].lower_ in lx.TITLES):
        k -= 1  # "meminta [para] menteri", "mengundang [Presiden] Xi Jinping"
    return k >= sent_start and doc[k].lower_ in REQUESTS
