"""Components on fixed mention input: the entities are set by hand, so these tests do not
move with the NER's weights; each checks the exact set of facts a pipe writes."""

import pytest
from spacy.tokens import Doc

from kg.extractors.indonesian.facts import questioned
from kg.extractors.indonesian.pairs import Candidate
from kg.extractors.indonesian.relation_model import Pair

MODALITY = {"negated", "hypothetical", "alleged"}


def run_after_ner(nlp, text: str, names: list[tuple[str, str]], headline: bool = False) -> Doc:
    """The pipeline from the step after the NER on, with ``names`` as the NER's output: each
    at its first occurrence in the text that no name listed before it covers ("Bayu Aji",
    then "Bayu": the later "Bayu"; "BHS" listed twice: its first two occurrences).
    ``headline``: the text's first line is the article's title."""
    doc = nlp.make_doc(text)
    doc._.kg_headline = text.find("\n") if headline else 0
    spans, taken = [], set()
    for name, label in names:
        start = text.index(name)
        while taken & set(range(start, start + len(name))):
            start = text.index(name, start + 1)
        taken |= set(range(start, start + len(name)))
        spans.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = spans
    after = [name for name, _ in nlp.pipeline].index("ner") + 1
    for _, pipe in nlp.pipeline[after:]:
        doc = pipe(doc)
    return doc


def mentions(doc: Doc) -> list[tuple[str, str]]:
    """The pipeline's mentions as (text, label), in order."""
    return [(s.text, s.label_) for s in doc.spans["kg_mentions"]]


def stated(doc: Doc) -> set[tuple[str, str, str]]:
    return {
        (f.subject.name, f.predicate, f.object.name)
        for f in doc._.kg_triples
        if not MODALITY & dict(f.properties).keys()
    }


def flags(doc: Doc) -> set[str]:
    return {k for f in doc._.kg_triples for k, _ in f.properties if k in MODALITY}


def argument_entity(doc: Doc, phrase: str):
    """The entity the facts step gives the noun-phrase argument written ``phrase``."""
    from kg.extractors.indonesian.fact_entities import ArgumentEntities
    from kg.extractors.indonesian.pairs import Candidate

    span = next(s for s in doc.spans["kg_arguments"] if s.text == phrase)
    return ArgumentEntities(doc).of(Candidate(span, span.label_, "nominal"))


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "Budi Hartono mengunjungi Surabaya.",
            [("Budi Hartono", "PER"), ("Surabaya", "LOC")],
            {("Budi Hartono", "VISITS", "Surabaya")},
        ),
        (
            "Partai Hijau mengecam Partai Biru.",
            [("Partai Hijau", "ORG"), ("Partai Biru", "ORG")],
            {("Partai Hijau", "CRITICIZES", "Partai Biru")},
        ),
        (
            "Partai Biru dikritik oleh Partai Hijau.",
            [("Partai Hijau", "ORG"), ("Partai Biru", "ORG")],
            {("Partai Hijau", "CRITICIZES", "Partai Biru")},
        ),
    ],
)
def test_facts_from_fixed_mentions(nlp, text, names, expected):
    assert stated(run_after_ner(nlp, text, names)) == expected


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Partai Hijau membantah mengecam Partai Biru.", "negated"),
        ("Partai Hijau gagal mengecam Partai Biru.", "negated"),
        ("Partai Hijau tidak mengecam Partai Biru.", None),
        ("Jika Partai Hijau mengecam Partai Biru, koalisi pecah.", "hypothetical"),
        ("Apakah Partai Hijau mengecam Partai Biru?", "hypothetical"),
        ("Partai Hijau akan mengecam Partai Biru.", "hypothetical"),
        ("Partai Hijau diduga mengecam Partai Biru.", "alleged"),
    ],
)
def test_near_variants_state_nothing(nlp, text, flag):
    """A denial, a condition, a question, a plan or a hedge: no stated fact; where the pair
    is kept, it carries the flag the training data would give it."""
    doc = run_after_ner(nlp, text, [("Partai Hijau", "ORG"), ("Partai Biru", "ORG")])
    assert stated(doc) == set()
    if flag:
        assert flag in flags(doc)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Kapan Partai Hijau bertemu Partai Biru?", True),
        ("Sekarang saya tanya, apakah Partai Hijau mendukung Partai Biru?", True),
        ("Partai Hijau bertemu Partai Biru, apa hasilnya?", False),  # the question is the last clause
        ("Partai Hijau bertemu Partai Biru: siapa menang?", False),
        ("Partai Hijau bertemu Partai Biru.", False),
    ],
)
def test_a_model_fact_in_a_question_is_hypothetical(nlp, text, asked):
    """The relation model's pairs of a question ("...?") are flagged hypothetical when no
    comma or colon parts them from the question mark (the training articles flag 6 of
    their 8 facts in questions, the other two in a statement before the question)."""
    doc = run_after_ner(nlp, text, [("Partai Hijau", "ORG"), ("Partai Biru", "ORG")])
    sent = next(iter(doc.sents))
    head, tail = (Candidate(s, "ORG", "name") for s in doc.ents)
    assert questioned(Pair(head, tail, "MEETS", 0.9, "plain", sent)) is asked


def test_a_titled_name_in_a_noun_phrase_is_the_named_entity(nlp):
    doc = run_after_ner(
        nlp, "Presiden Budi Hartono mengunjungi Surabaya.", [("Budi Hartono", "PER"), ("Surabaya", "LOC")]
    )
    assert {f.subject.name for f in doc._.kg_triples} == {"Budi Hartono"}


def test_goods_of_a_canonical_fact_are_no_open_fact(nlp):
    doc = run_after_ner(
        nlp, "Partai Hijau menjual senjata ke Partai Biru.", [("Partai Hijau", "ORG"), ("Partai Biru", "ORG")]
    )
    assert [(f.predicate, f.object.name) for f in doc._.kg_triples] == [("SELLS_TO", "Partai Biru")]


@pytest.mark.parametrize(
    ("words", "label", "unspecific"),
    [("mobil tersebut", "PRODUCT", True), ("sasaran pertama", "CONCEPT", True), ("pekan lalu", "CONCEPT", True)]
    + [("tahun ini", "CONCEPT", True), ("tanggal 11-12 Agustus", "CONCEPT", True), ("pukul 10.00 WIB", "CONCEPT", True)]
    + [("penelitian", "CONCEPT", True), ("imbauan", "CONCEPT", True)]
    + [("bantuan", "PROGRAM", True), ("acara", "EVENT", True), ("aturan", "LAW", True), ("dana", "MONEY", True)]
    + [
        ("bantuan langsung tunai", "PROGRAM", False),
        ("rudal", "PRODUCT", False),
        ("korban", "PERSON", True),
        ("pelaku", "PERSON", True),
    ]
    + [("polisi", "ORG", False), ("warga", "PERSON", False), ("pabrik rudal", "FACILITY", False)]
    + [("bantuan sosial", "CONCEPT", False), ("tarif impor", "CONCEPT", False)],
)
def test_open_facts_need_specific_noun_phrases(nlp, words, label, unspecific):
    from spacy.tokens import Span

    from kg.extractors.indonesian import candidates

    doc = nlp.make_doc(words)
    assert candidates.unspecific(Span(doc, 0, len(doc), label=label)) is unspecific


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Jepang tidak berniat menyerang China.", True),
        ("Jepang belum mengunjungi China.", True),
        ("Jepang tidak hanya mengunjungi China.", False),  # not only: it did
        ("Jepang mengunjungi China dan tidak menyerang Korea.", False),  # the negation follows the verb
        ("Jepang membantah mengecam China.", True),  # a denial negates the verb it governs
        ("Jepang menolak menyerang China.", True),
        ("Jepang menolak tuduhan China.", False),  # a refusal, stated: not a negated fact
        ("Jepang membantah China.", False),
        ("Jepang gagal mengalahkan China.", True),  # the failed event did not happen
        ("Jepang batal untuk mengunjungi China.", True),
        ("Jepang gagal dan tetap kalah dari China.", False),  # the failure governs no verb
    ],
)
def test_a_negation_before_the_verb_between_the_arguments(nlp, text, negated):
    from kg.extractors.indonesian.qualifiers import negated_between

    doc = run_after_ner(nlp, text, [])
    china = next(t.i for t in doc if t.text == "China")
    assert negated_between(doc, 1, china) is negated  # between "Jepang" and "China"


def test_a_dateline_gives_no_argument(nlp):
    from kg.extractors.indonesian.extractor import make_doc
    from kg.io import make_article

    article = make_article("a", "HOLOPIS.COM, JAKARTA – Kim Jong-un mengunjungi pabrik rudal.", "test")
    doc = make_doc(nlp, article)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert "JAKARTA" not in {s.text for s in doc.spans["kg_arguments"]} | {s.text for s in doc.spans["kg_mentions"]}


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Samsung membuat Galaxy Watch di Vietnam.", [("Samsung", "ORG"), ("Galaxy Watch", "MISC")], True),
        ("Tim Bucks membuat Knicks kalah telak.", [("Bucks", "ORG"), ("Knicks", "MISC")], False),
        ("Tim Bucks membuat Knicks ' hanya ' mampu mencetak 80 poin.", [("Bucks", "ORG"), ("Knicks", "MISC")], False),
        (
            "Keindahan Dubai membuat Edho dan Ammar takjub.",
            [("Dubai", "LOC"), ("Edho", "MISC"), ("Ammar", "MISC")],
            False,
        ),
    ],
)
def test_a_causative_verb_produces_nothing(nlp, text, names, expected):
    """ "membuat X menang" makes X win: X is not made, so the rule states no PRODUCES."""
    doc = run_after_ner(nlp, text, names)
    produced = {t.predicate for t in doc._.kg_rule_triples} == {"PRODUCES"}
    assert produced is expected
    assert bool({f for f in stated(doc) if f[1] == "PRODUCES"}) is expected


def test_an_origin_is_not_the_one_who_acts(nlp):
    """ "wisatawan asal China mengunjungi X": China is where the tourists come from."""
    doc = run_after_ner(nlp, "Wisatawan asal China mengunjungi Manado.", [("China", "LOC"), ("Manado", "LOC")])
    assert not [t for t in doc._.kg_rule_triples if t.predicate == "VISITS"]
    assert not {f for f in stated(doc) if f[0] == "China"}
    doc = run_after_ner(nlp, "Presiden China mengunjungi Manado.", [("China", "LOC"), ("Manado", "LOC")])
    assert [t for t in doc._.kg_rule_triples if t.predicate == "VISITS"]


def test_a_fact_stated_by_a_failure_after_another_verb_is_negated(nlp):
    """ "menjadi pemain yang paling kecewa setelah [gagal masuk] X": the failure comes after
    the first verb between the arguments, and the fact's words open with it (extractor v204)."""
    text = "Budi Santoso menjadi pemain yang paling kecewa setelah gagal masuk Timnas Indonesia."
    doc = run_after_ner(nlp, text, [("Budi Santoso", "PER"), ("Timnas Indonesia", "ORG")])
    facts = [f for f in doc._.kg_triples if f.object.name == "Timnas Indonesia"]
    assert facts and all(f.predicate_text.startswith("gagal") for f in facts)
    assert flags(doc) == {"negated"} and stated(doc) == set()
