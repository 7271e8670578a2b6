"""A fact's words are its main verb, not the hedge, claim or phase verb before it
("diduga menerima" states *menerima*, flagged alleged); a failure stays in the words with
the verb that did not happen ("gagal mengalahkan"), and the fact is flagged negated. Of several verbs between the
arguments, the last main one states the fact (or the one the trigger lexicon gives the
fact's relation), not a linking or existential verb; a copula leaves the words to the noun
after it ("menjadi [istri] dari"). On fixed NER output."""

import pytest
from test_components import run_after_ner


def words_of(nlp, text: str, names: list[tuple[str, str]], pair: tuple[str, str]) -> set[str]:
    """The words of the facts between ``pair`` (subject, object names), on fixed NER output."""
    doc = run_after_ner(nlp, text, names)
    return {f.predicate_text for f in doc._.kg_triples if (f.subject.name, f.object.name) == pair}


@pytest.mark.parametrize(
    ("text", "names", "subject", "words"),
    [
        (
            "Polisi menyebut Bambang diduga menerima suap dari PT Maju Jaya.",
            [("Bambang", "PER"), ("PT Maju Jaya", "ORG")],
            "Bambang",
            {"menerima"},
        ),
        (
            "Bank Indonesia memutuskan menurunkan suku bunga acuan.",
            [("Bank Indonesia", "ORG")],
            "Bank Indonesia",
            {"menurunkan"},
        ),
        (  # the clubs are gazetteer entries under their full names
            "Arsenal kembali mengalahkan Chelsea.",
            [("Arsenal", "ORG"), ("Chelsea", "ORG")],
            "Arsenal F.C.",
            {"mengalahkan"},
        ),
        (
            "Arsenal gagal mengalahkan Chelsea.",
            [("Arsenal", "ORG"), ("Chelsea", "ORG")],
            "Arsenal F.C.",
            {"gagal mengalahkan"},
        ),
    ],
)
def test_the_words_of_a_fact_are_its_main_verb(nlp, text, names, subject, words):
    doc = run_after_ner(nlp, text, names)
    assert {f.predicate_text for f in doc._.kg_triples if f.subject.name == subject} == words


@pytest.mark.parametrize(
    ("text", "names", "pair", "words"),
    [
        (  # a pair the model states well above its threshold, so the words are tested, not the threshold
            "KPK menyita dokumen dan menahan Budi Santoso di Jakarta.",
            [("KPK", "ORG"), ("Budi Santoso", "PER"), ("Jakarta", "LOC")],
            ("Corruption Eradication Commission", "Budi Santoso"),
            {"menahan"},
        ),
        (
            "Wali Kota Bogor Dedie Rachim datang untuk meresmikan Pasar Bogor.",
            [("Dedie Rachim", "PER"), ("Bogor", "LOC"), ("Pasar Bogor", "LOC")],
            ("Dedie Rachim", "Pasar Bogor"),
            {"meresmikan"},
        ),
        (
            "Gubernur Jawa Barat Dedi Mulyadi mengunjungi korban banjir dan menyerahkan bantuan kepada Pemkab Bekasi.",
            [("Jawa Barat", "LOC"), ("Dedi Mulyadi", "PER"), ("Pemkab Bekasi", "ORG")],
            ("Dedi Mulyadi", "Pemkab Bekasi"),
            {"menyerahkan"},
        ),
        (
            "Presiden Prabowo meminta menteri segera menyalurkan bantuan untuk Aceh.",
            [("Prabowo", "PER"), ("Aceh", "LOC")],
            ("Prabowo Subianto", "Aceh"),
            {"menyalurkan"},
        ),
        (
            "BKN mencatat masih terdapat data pegawai Kementerian Sosial.",
            [("BKN", "ORG"), ("Kementerian Sosial", "ORG")],
            ("National Civil Service Agency", "data pegawai Kementerian Sosial"),
            {"mencatat"},
        ),
    ],
)
def test_of_several_verbs_between_the_last_main_one_states_the_fact(nlp, text, names, pair, words):
    assert words_of(nlp, text, names, pair) == words


def test_a_hedged_fact_is_flagged_alleged(nlp):
    doc = run_after_ner(
        nlp, "Bambang diduga menerima suap dari PT Maju Jaya.", [("Bambang", "PER"), ("PT Maju Jaya", "ORG")]
    )
    facts = [f for f in doc._.kg_triples if f.subject.name == "Bambang"]
    assert facts and all(dict(f.properties).get("alleged") == "true" for f in facts)


def test_with_no_verb_between_a_schema_fact_is_stated_by_the_words_between(nlp):
    """Not by a verb of another clause around it ("mengamankan" before v100)."""
    doc = run_after_ner(
        nlp, "Polisi mengamankan Budi Santoso di rumahnya di Bekasi.", [("Budi Santoso", "PER"), ("Bekasi", "LOC")]
    )
    located = {(f.subject.name, f.predicate_text) for f in doc._.kg_triples if f.predicate == "LOCATED_IN"}
    assert located == {("rumahnya", "di")}


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        (
            "Puan meminta maaf kepada Presiden Prabowo atas keterlambatan itu.",
            [("Puan", "PER"), ("Prabowo", "PER")],
            {("Puan", "RELATED_TO", "meminta maaf", "Prabowo Subianto")},
        ),
        (
            "Puan meminta Presiden Prabowo menunda keputusan itu.",
            [("Puan", "PER"), ("Prabowo", "PER")],
            {("Puan", "URGES", "meminta", "Prabowo Subianto")},
        ),
        ("Menteri Budi Karya Sumadi meminta maaf karena tidak dapat hadir.", [("Budi Karya Sumadi", "PER")], set()),
    ],
)
def test_an_apology_is_no_appeal(nlp, text, names, facts):
    """*meminta maaf* states an apology (RELATED_TO in the training annotations), not URGES;
    "maaf" itself is no one's appeal's object."""
    doc = run_after_ner(nlp, text, names)
    assert {(f.subject.name, f.predicate, f.predicate_text, f.object.name) for f in doc._.kg_triples} == facts


@pytest.mark.parametrize(
    ("text", "names", "pair", "words"),
    [
        (
            "Hal itu diumumkan Wishnutama melalui unggahan di Instagram pribadinya.",
            [("Wishnutama", "PER"), ("Instagram", "ORG")],
            ("Wishnutama", "Instagram"),
            {"melalui unggahan di"},
        ),
        (
            "Ria Hayatunnur, penumpang tujuan Pontianak, terlambat berjam-jam.",
            [("Ria Hayatunnur", "PER"), ("Pontianak", "LOC")],
            ("Ria Hayatunnur", "Pontianak"),
            {"penumpang tujuan"},
        ),
        (
            "Kunjungan Presiden Prabowo ke Tokyo berlangsung dua hari.",
            [("Prabowo", "PER"), ("Tokyo", "LOC")],
            ("Prabowo Subianto", "Tokyo"),
            {"berlangsung"},
        ),
        (
            '"Kami akan terus bekerja," ujar Bahlil di Kementerian ESDM, Rabu (17/9).',
            [("Bahlil", "PER"), ("Kementerian ESDM", "ORG")],
            ("Bahlil", "Ministry of Energy and Mineral Resources of Indonesia"),
            {"di"},
        ),
        (  # "ucap" is a verb of speaking too (v110)
            '"Kami akan terus mengawasi harga beras," ucap Rina Kartika di Gedung Sate, Kamis (5/12).',
            [("Rina Kartika", "PER"), ("Gedung Sate", "FAC")],
            ("Rina Kartika", "Gedung Sate"),
            {"di"},
        ),
    ],
)
def test_with_no_verb_between_an_open_fact_is_stated_by_the_words_between(nlp, text, names, pair, words):
    """When a noun stands there ("unggahan", "tujuan"), not the verb around ("diumumkan",
    "terlambat" before v102); with only a preposition between ("ke"), the verb around stays,
    unless the first argument is a quote's speaker: then neither the verb of the quote
    ("bekerja") nor that of speaking ("ujar") says where they spoke (v105)."""
    assert words_of(nlp, text, names, pair) == words


def test_a_failure_stays_the_words_of_a_schema_fact_too(nlp):
    """The verb the trigger lexicon gives the relation ("tembus": WINS_AGAINST) does not
    hide the failure before it; on fixed word classes."""
    from kg.extractors.indonesian.fact_words import stating_verb

    doc = nlp.make_doc("Partai Libertarian gagal menembus dominasi Partai Republik")
    for token in doc:
        token.tag_ = "VB" if token.lower_ in ("gagal", "menembus") else "NN"
        token.lemma_ = {"menembus": "tembus"}.get(token.lower_, token.lower_)
    verbs = [t for t in doc if t.tag_ == "VB"]
    assert stating_verb(verbs, "WINS_AGAINST").text == "gagal"
    assert stating_verb(verbs[1:], "WINS_AGAINST").text == "menembus"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Arsenal gagal mengalahkan Chelsea di final.",
            {("Arsenal F.C.", "gagal mengalahkan", "kalah", "Chelsea F.C.", "true")},
        ),
        (  # the rule's words too, keyed by the verb past "gagal untuk" (extractor v188)
            "Arsenal gagal untuk mengalahkan Chelsea di final.",
            {("Arsenal F.C.", "gagal untuk mengalahkan", "kalah", "Chelsea F.C.", "true")},
        ),
        (
            "Arsenal kembali mengalahkan Chelsea di final.",
            {("Arsenal F.C.", "mengalahkan", "kalah", "Chelsea F.C.", None)},
        ),
    ],
)
def test_a_failed_event_is_flagged_negated(nlp, text, facts):
    """The training articles flag an event after *gagal* negated (8 of 8) and keep *gagal*
    in its trigger; the event's lemma keys the fact, so it is the same fact as the plain
    event, negated."""
    assert _facts_of(nlp, text) == facts


def test_a_failure_that_governs_no_verb_negates_nothing(nlp):
    """The open facts the relation model states around a bare *gagal* (which of them moves
    with each refit of the model) are none of them negated."""
    found = _facts_of(nlp, "Upaya banding Arsenal gagal dan Chelsea tetap menang.")
    assert ("Upaya banding Arsenal", "gagal", "gagal", "Chelsea F.C.", None) in found
    assert {negated for *_, negated in found} == {None}


def _facts_of(nlp, text):
    doc = run_after_ner(nlp, text, [("Arsenal", "ORG"), ("Chelsea", "ORG")])
    return {
        (f.subject.name, f.predicate_text, f.predicate_lemma, f.object.name, dict(f.properties).get("negated"))
        for f in doc._.kg_triples
    }


@pytest.mark.parametrize(
    ("text", "names", "pair", "words"),
    [
        (
            "Rina Kartika resmi menjadi istri dari Bayu Pratama setelah pemberkatan pernikahan.",
            [("Rina Kartika", "PER"), ("Bayu Pratama", "PER")],
            ("Rina Kartika", "Bayu Pratama"),
            {("istri", "istri")},
        ),
        (
            "Yamaha NMax menjadi salah satu produk andalan PT Yamaha Indonesia.",
            [("Yamaha NMax", "MISC"), ("PT Yamaha Indonesia", "ORG")],
            ("PT Yamaha Indonesia", "Yamaha NMax"),
            {("produk andalan", "produk")},
        ),
        (
            "Warga mempertanyakan kehadiran Budi Santoso di persidangan kasus korupsi itu.",
            [("Budi Santoso", "PER")],
            ("Budi Santoso", "persidangan kasus korupsi"),  # named without the demonstrative (v126)
            {("kehadiran", "hadir")},
        ),
        (
            "Pemerintah menyiapkan pemindahan Aparatur Sipil Negara ke Ibu Kota Nusantara tahun depan.",
            [("Aparatur Sipil Negara", "ORG"), ("Ibu Kota Nusantara", "LOC")],
            ("Aparatur Sipil Negara", "Ibu Kota Nusantara"),
            {("pemindahan", "pindah")},
        ),
        (  # the first argument opens the sentence: no noun before it
            "Isu kedatangan Mourinho ke Stamford Bridge memang tengah hangat.",
            [("Mourinho", "PER"), ("Stamford Bridge", "LOC")],
            ("Isu kedatangan Mourinho", "Stamford Bridge"),
            {("ke", "ke")},
        ),
    ],
)
def test_a_noun_states_the_open_fact_after_a_copula_or_before_it(nlp, text, names, pair, words):
    """The noun after a copula ("menjadi [istri] dari", extractor v108); with no verb or
    noun between the arguments, the noun made from a verb right before the first
    ("[kehadiran] Budi di persidangan", v109). Words and lemma."""
    doc = run_after_ner(nlp, text, names)
    found = {(f.predicate_text, f.predicate_lemma) for f in doc._.kg_triples if (f.subject.name, f.object.name) == pair}
    assert found == words
