"""Who a bare title stands for: "Presiden", "Menpar", "Ketua Banggar DPR" written without a
name ("Menpar Dorong Penguatan Quality Tourism", "Presiden meminta ...") is the person the
article names with that same title ("Menteri Pariwisata (Menpar) Widiyanti Putri
Wardhana", "Ketua Banggar DPR Said Abdullah"), as the relation annotations resolve it (the
argument "Menpar" is named "Widiyanti Putri Wardhana").

:class:`TitleHolders` indexes, for every person mention, the titles written right before
it (each run of title and capitalised words that opens with an office title, a bracketed
short form apart: "Menteri Pariwisata", "Menpar"; a minister's title written in full
also by its short form, "Menteri Sosial" as "Mensos": :data:`SHORT_TITLES`) and the title
apposed after it ("Said Abdullah, Ketua Banggar DPR, ..."); :meth:`TitleHolders.holder` gives the
person mention a title phrase stands for: the nearest one named so before it, else the
first after it (a headline's title is named in the body). A title used by no named person
("Presiden AS" where no "Presiden AS X" is written) stands for no one.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.heads import DEPUTY, DEPUTY_TITLE_ORGS, TITLE_ORGS

# titles that name an office; forms of address, academic and religious titles, ranks and
# words that only open a title ("wakil", "juru") are no office of their own
ACADEMIC = frozenset(["dr", "prof", "ir", "h", "hj"])
NOT_OFFICES = (
    lx.HONORIFICS
    | ACADEMIC
    | frozenset(
        "profesor mantan besar bicara juru anggota pol wakil perdana pemimpin hakim jaksa raja ratu "
        "pangeran duta penasihat senator aipda aiptu akbp akp brigjen brigpol bripda bripka briptu ipda iptu irjen "
        "jenderal jendral kapten kolonel kombes komjen kompol kopda laksamana letda letjen letkol letnan lettu "
        "marsekal mayjen mayor praka pratu serda serka sertu".split()
    )
)
MAX_TITLE = 8  # tokens of a title before its holder's name
MINISTRY = "Kementerian "
# a minister's title written in full -> its short form ("menteri sosial" -> "mensos"), from
# the short titles of :data:`heads.TITLE_ORGS` whose office is a ministry
SHORT_TITLES = {
    "menteri " + org.removeprefix(MINISTRY).lower(): short
    for short, (_, org) in TITLE_ORGS.items()
    if org.startswith(MINISTRY) and short not in DEPUTY_TITLE_ORGS
}


def holder_title(lower: str) -> bool:
    """A title or role word naming an office or a role (*ketua*, *anggota*, *menteri*), not a
    form of address or an academic title before a name (*saudara*, *pak*, *dr*, *prof*, *h*);
    :func:`office` is narrower: the titles that alone stand for one holder."""
    roles = lower in lx.TITLES or lower in lx.ROLE_NOUNS
    return roles and lower not in lx.HONORIFICS and lower not in ACADEMIC


def office(word: str) -> bool:
    lower = word.lower().rstrip(".")
    return lower in lx.TITLES and lower not in NOT_OFFICES


def title_key(tokens: list[str]) -> str:
    return " ".join(t.lower() for t in tokens)


def is_title_phrase(span: Span) -> bool:
    """A phrase of an office title and capitalised words only ("Presiden", "Ketua Banggar
    DPR", "Gubernur Jateng"; "Presiden itu" is no such phrase)."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return bool(words) and office(words[0].text) and all(t.text[:1].isupper() for t in words)


class TitleHolders:
    """The persons of an article by the titles written before their names."""

    def __init__(self, doc: Doc, people: list[Span]) -> None:
        self.doc = doc
        self.by_title: dict[str, list[Span]] = {}
        self.named = {i for person in people for i in range(person.start, person.end)}
        for person in sorted(people, key=lambda s: s.start):
            for key in self._titles_before(person.start) | self._title_after(person.end):
                self.by_title.setdefault(key, []).append(person)

    def _titles_before(self, start: int) -> set[str]:
        """The keys of the titles right before a name: every suffix of each bracket-free
        segment of the capitalised run before it (in its sentence) that opens with an
        office title ("Menteri Pariwisata (Menpar) [Widiyanti]": "menpar", "menteri
        pariwisata"), and the title with a bracketed short form for the words after its
        title word ("Ketua Badan Anggaran (Banggar) DPR [Said]": "ketua banggar dpr")."""
        doc, run = self.doc, []
        for k in range(start - 1, max(start - 1 - MAX_TITLE, -1), -1):
            if not (doc[k].text in ("(", ")", ",") or doc[k].text[:1].isupper()):
                break
            run.insert(0, doc[k].text)
            if doc[k].is_sent_start:
                break
        segments = " ".join("," if word in "()" else word for word in run).split(",")
        keys = set().union(*(_suffix_keys(segment.split()) for segment in segments))
        return keys | _short_form_key(run) | set().union(*(_short_title(segment.split()) for segment in segments))

    def _title_after(self, end: int) -> set[str]:
        """The key of a title apposed after a name and its comma, up to the next punctuation
        or lower-case word ("[Said Abdullah], Ketua Banggar DPR, mengatakan")."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].text != "," or not office(doc[end + 1].text):
            return set()
        words = []
        for token in doc[end + 1 : min(end + 1 + MAX_TITLE, len(doc))]:
            if not token.text[:1].isupper() or token.is_sent_start:
                break
            words.append(token.text)
        return {title_key(words)}

    def applies(self, span: Span) -> bool:
        """A title phrase with no person's name in it ("Menteri Keuangan Purbaya" is the name's)."""
        return is_title_phrase(span) and not any(t.i in self.named for t in span)

    def holder(self, span: Span) -> Span | None:
        """The person a title phrase stands for, or None."""
        named = self.by_title.get(title_key([t.text for t in span if not (t.is_punct or t.is_space)]), [])
        if not named:
            return None
        k = bisect_left([p.start for p in named], span.start)
        return named[k - 1] if k > 0 else named[0]


def _suffix_keys(segment: list[str]) -> set[str]:
    return {title_key(segment[i:]) for i in range(len(segment)) if office(segment[i])}


def _short_title(segment: list[str]) -> set[str]:
    """The short form of a minister's title written in full, the whole segment ("Menteri
    Sosial [Saifullah Yusuf]" -> "mensos", "Wakil Menteri Sosial" -> "wamensos"), so that
    "Mensos" written alone stands for its holder as "Menteri Sosial" does."""
    key = title_key(segment)
    deputy = key.startswith("wakil ")
    short = SHORT_TITLES.get(key.removeprefix("wakil ") if deputy else key)
    return {DEPUTY + short if deputy else short} if short else set()


def _short_form_key(run: list[str]) -> set[str]:
    """ "Ketua Badan Anggaran (Banggar) DPR" -> "ketua banggar dpr": the office word, the
    short form in the last brackets and the words after them."""
    if "(" not in run or ")" not in run or "," in run:
        return set()
    close = len(run) - 1 - run[::-1].index(")")
    open_ = len(run) - 1 - run[::-1].index("(")
    title = next((k for k, word in enumerate(run[:open_]) if office(word)), None)
    if title is None or not 0 < open_ < close - 1 or title == open_ - 1:
        return set()
    return {title_key([run[title], *run[open_ + 1 : close], *run[close + 1 :]])}
