"""Open facts between two concepts and what is produced (components on fixed mentions)."""

import pytest
from test_components import run_after_ner, stated

from kg.extractors.indonesian.coordination import Positions
from kg.extractors.indonesian.fact_entities import ArgumentEntities
from kg.extractors.indonesian.facts import FactBuilder
from kg.extractors.indonesian.pairs import Candidate
from kg.extractors.indonesian.relation_model import Pair


def open_fact(nlp, text: str, head: str, tail: str, types: tuple[str, str] = ("CONCEPT", "CONCEPT")):
    """The open fact the fact builder makes of two noun phrases of ``text`` typed ``types``."""
    doc = run_after_ner(nlp, text, [])
    spans = {s.text: s for s in doc.spans["kg_arguments"]}
    head_c, tail_c = (Candidate(spans[t], typ, "nominal") for t, typ in zip((head, tail), types, strict=True))
    pair = Pair(head_c, tail_c, "RELATED_TO", 0.9, "plain", next(iter(doc.sents)))
    return FactBuilder("facts")._from_pair(doc, ArgumentEntities(doc), Positions(doc), pair)


def test_no_open_fact_between_two_concepts(nlp):
    text = "Hubungan cinta justru membawa masalah baru bagi pasangan muda."
    assert open_fact(nlp, text, "Hubungan cinta", "masalah baru") is None


def test_a_concept_causing_another_is_kept(nlp):
    text = "Cuaca panas ekstrem ini disebabkan oleh aktivitas industri di kota besar."
    fact = open_fact(nlp, text, "Cuaca panas ekstrem ini", "aktivitas industri")
    assert fact is not None and fact.predicate_lemma == "sebab"


def test_a_group_and_a_concept_keep_their_open_fact(nlp):
    text = "Hubungan cinta justru membawa masalah baru bagi pasangan muda."
    assert open_fact(nlp, text, "Hubungan cinta", "masalah baru", ("PERSON", "CONCEPT")) is not None


def test_making_someone_win_produces_nothing(nlp):
    """*membuat* + a name + its state is causative ("membuat Persib menang"), not PRODUCES."""
    names = [("Mourinho", "PER"), ("The Lilywhites", "ORG")]
    doc = run_after_ner(nlp, "Mourinho juga sukses membuat The Lilywhites lebih tajam.", names)
    assert not any(p == "PRODUCES" for _, p, _ in stated(doc))
    doc = run_after_ner(nlp, "PT Pindad membuat mobil listrik.", [("PT Pindad", "ORG")])
    assert ("PT Pindad", "PRODUCES", "mobil listrik") in stated(doc)


def test_a_count_after_a_noun_starts_a_phrase_of_its_own(nlp):
    """ "sebanyak 1.360 gedung" is not part of the name before it; a capitalised "Para" inside
    a name is no count ("World Para Athletics")."""
    doc = run_after_ner(nlp, "Asuransi melindungi gedung milik Kemenkeu sebanyak 1.360 gedung.", [("Kemenkeu", "ORG")])
    phrases = {s.text for s in doc.spans["kg_arguments"]}
    assert "Kemenkeu sebanyak 1.360 gedung" not in phrases and "sebanyak 1.360 gedung" in phrases
    doc = run_after_ner(nlp, "Evi turun di kelas T63 kejuaraan World Para Athletics di Dubai.", [])
    assert "kelas T63 kejuaraan World Para Athletics" in {s.text for s in doc.spans["kg_arguments"]}


@pytest.mark.parametrize(
    ("text", "names", "phrase", "not_phrase"),
    [
        (
            "Penyidik memeriksa tiga saksi hari ini di Jakarta.",
            [("Jakarta", "LOC")],
            "tiga saksi",
            "tiga saksi hari ini",
        ),
        (
            "Anggota Komisi VI DPR RI kemarin mengkritik rencana itu.",
            [("Komisi VI DPR RI", "ORG")],
            "Anggota Komisi VI DPR RI",
            "Anggota Komisi VI DPR RI kemarin",
        ),
        ("Kementan menurunkan target produksi padi tahun depan.", [("Kementan", "ORG")], "target produksi padi", ""),
        # an age is no time: "this 32-year-old man"
        ("Pria 32 tahun ini ditangkap polisi.", [], "Pria 32 tahun ini", "Pria 32"),
    ],
)
def test_a_time_after_a_phrase_is_no_part_of_it(nlp, text, names, phrase, not_phrase):
    """ "hari ini", "kemarin", "tahun depan" after a noun phrase time the clause (extractor v193)."""
    doc = run_after_ner(nlp, text, names)
    phrases = {s.text for s in doc.spans["kg_arguments"]}
    assert phrase in phrases and not_phrase not in phrases


@pytest.mark.parametrize(
    ("text", "thing", "when"),
    [
        ("Dewan pengurus partai menggelar rapat pleno pada Kamis malam itu.", "rapat pleno", "Kamis malam itu"),
        (
            "Dewan pengurus partai memasarkan mobil listrik pada Maret 2020 mendatang.",
            "mobil listrik",
            "Maret 2020 mendatang",
        ),
        (  # a year alone with its deixis (extractor v208)
            "Dewan pengurus partai membangun kantor cabang pada 2021 mendatang.",
            "kantor cabang",
            "2021 mendatang",
        ),
    ],
)
def test_a_day_or_month_holds_no_open_fact(nlp, text, thing, when):
    """A phrase that opens with a day or a month, or a year with its deixis, times the
    clause ("pada Kamis malam itu", "pada 2021 mendatang"): no open fact to it (extractor
    v194, v208); the clause's object keeps its fact."""
    head = "Dewan pengurus partai"
    assert open_fact(nlp, text, head, when, ("ORG", "CONCEPT")) is None
    assert open_fact(nlp, text, head, thing, ("ORG", "CONCEPT")) is not None


def test_a_team_alone_names_no_one(nlp):
    """ "tim" (whose team?) and "orang-orang" alone hold no open fact; "tim dokter" may."""
    text = "Oleh sebab itu, tim harus menahan lift khusus bagi tamu."
    assert open_fact(nlp, text, "tim", "lift khusus", ("ORG", "CONCEPT")) is None
    text = "Di Meksiko, orang-orang menggunakan cara unik untuk mengenang kerabat."
    assert open_fact(nlp, text, "orang-orang", "cara unik", ("PERSON", "CONCEPT")) is None
    text = "Tim dokter menahan lift khusus bagi pasien."
    assert open_fact(nlp, text, "Tim dokter", "lift khusus", ("ORG", "CONCEPT")) is not None


def test_a_short_phrase_of_a_vague_quantity_names_nothing(nlp):
    """ "beberapa strategi", "sejumlah anggaran" hold no open fact; a quantified phrase long
    enough to say what it is about does ("sejumlah opsi penyelesaian utang proyek")."""
    text = "Perusahaan otomotif itu sudah menyiapkan beberapa strategi."
    assert open_fact(nlp, text, "Perusahaan otomotif itu", "beberapa strategi", ("ORG", "CONCEPT")) is None
    text = "Pemerintah pusat mempertimbangkan sejumlah opsi penyelesaian utang proyek."
    head, tail = "Pemerintah pusat", "sejumlah opsi penyelesaian utang proyek"
    assert open_fact(nlp, text, head, tail, ("ORG", "CONCEPT")) is not None


def test_a_persons_age_in_brackets_is_no_phrase_of_its_own(nlp):
    """ "Erwin Saputra (30)" is the person named, not a noun phrase beside the name; a
    bracketed number after a noun stays with it ("ayat (2)")."""
    text = "Polisi menangkap Erwin Saputra (30) di Bandung karena melanggar ayat (2) aturan itu."
    doc = run_after_ner(nlp, text, [("Erwin Saputra", "PER"), ("Bandung", "LOC")])
    phrases = {s.text for s in doc.spans["kg_arguments"]}
    assert "Erwin Saputra (30)" not in phrases and "ayat (2)" in phrases


@pytest.mark.parametrize(
    ("verb", "tail", "kept"),
    [
        ("ditemui di", "kantor pusat", False),
        ("mengungkapkan", "rencana baru", False),
        ("menolak", "rencana baru", True),
    ],
)
def test_a_verb_of_reporting_states_no_open_fact(nlp, verb, tail, kept):
    """Where someone was met or what they revealed is no relation ("ditemui di kantor
    pusat", "mengungkapkan rencana baru"); another verb between the same words is."""
    text = f"Para pejabat daerah {verb} {tail}."
    fact = open_fact(nlp, text, "Para pejabat daerah", tail, ("PERSON", "CONCEPT"))
    assert (fact is not None) == kept


def fact_of_phrase(nlp, text: str, names: list[tuple[str, str]], head: str, tail: str):
    """The fact the fact builder makes of the noun phrases ``head`` (typed PERSON) and ``tail``."""
    doc = run_after_ner(nlp, text, names)
    spans = {s.text: s for s in doc.spans["kg_arguments"]}
    head_c, tail_c = Candidate(spans[head], "PERSON", "nominal"), Candidate(spans[tail], "CONCEPT", "nominal")
    pair = Pair(head_c, tail_c, "CRITICIZES", 0.9, "plain", next(iter(doc.sents)))
    return FactBuilder("facts")._from_pair(doc, ArgumentEntities(doc), Positions(doc), pair)


def test_a_role_phrase_around_a_person_and_a_short_form_is_the_person(nlp):
    """ "anggota Komisi X DPR RI Budi Santoso (BS)" (a role noun, an organisation, a person,
    the person's short form) stands for Budi Santoso, not for an entity of its own; a name
    the NER cut into a university and a person ("Universitas Jenderal [Soedirman] (Unsoed)")
    is the university, never the person."""
    text = "Kemarin, anggota Komisi X DPR RI Budi Santoso (BS) mengkritik kebijakan impor beras."
    names = [("Komisi X DPR RI", "ORG"), ("Budi Santoso", "PER"), ("BS", "PER")]
    fact = fact_of_phrase(nlp, text, names, "anggota Komisi X DPR RI Budi Santoso (BS)", "kebijakan impor beras")
    assert (fact.subject.name, fact.subject.type) == ("Budi Santoso", "PERSON")
    text = "Kemarin, Universitas Jenderal Soedirman (Unsoed) mengkritik kebijakan impor beras."
    names = [("Universitas", "ORG"), ("Soedirman", "PER"), ("Unsoed", "PER")]
    doc = run_after_ner(nlp, text, names)  # since v76 the short form joins the cut name again
    assert {(e.name, e.type) for e in doc._.kg_entities.values()} == {("Universitas Jenderal Soedirman", "ORG")}


def test_an_area_noun_and_a_place_s_name_is_that_place(nlp):
    """ "kawasan Tebet" is Tebet, written so: the phrase an alias, the name the NER left
    untyped a place; a phrase that is more than the name stays a phrase of its own."""
    text = "Ia tinggal di kawasan Tebet, Jakarta Selatan. Polisi menutup kawasan industri baru."
    doc = run_after_ner(nlp, text, [("Tebet", "MISC"), ("Jakarta Selatan", "LOC")])
    entities, spans = ArgumentEntities(doc), {s.text: s for s in doc.spans["kg_arguments"]}
    tebet = entities.of(Candidate(spans["kawasan Tebet"], "LOC", "nominal"))
    assert (tebet.name, tebet.type, tebet.aliases) == ("Tebet", "LOC", ("kawasan Tebet",))
    other = entities.of(Candidate(spans["kawasan industri baru"], "LOC", "nominal"))
    assert other.name == "kawasan industri baru"


def argument_entity(nlp, text: str, phrase: str, names=()):
    """The entity the fact builder gives the noun phrase ``phrase`` (its last occurrence)."""
    doc = run_after_ner(nlp, text, list(names))
    span = [s for s in doc.spans["kg_arguments"] if s.text == phrase][-1]
    return ArgumentEntities(doc).of(Candidate(span, "CONCEPT", "nominal"))


def test_a_demonstrative_description_is_what_the_article_named_before(nlp):
    text = "Kejari Majalengka menangani kasus dugaan korupsi BUMD. Kejari Majalengka menyelidiki kasus ini."
    names = [("Kejari Majalengka", "ORG"), ("BUMD", "ORG"), ("Kejari Majalengka", "ORG")]
    entity = argument_entity(nlp, text, "kasus ini", names)
    assert (entity.name, entity.aliases) == ("kasus dugaan korupsi BUMD", ("kasus ini",))
    text = "Pemerintah menyalurkan bantuan sosial. Kedua bantuan ini cair bulan depan."
    entity = argument_entity(nlp, text, "Kedua bantuan ini")
    assert (entity.name, entity.aliases) == ("bantuan sosial", ("Kedua bantuan ini",))


@pytest.mark.parametrize(
    "text, phrase, name",
    [
        # a word the other lacks: its own entity, named without the demonstrative
        ("Tim terakhir tiba. Tim teknis itu meminta data.", "Tim teknis itu", "Tim teknis"),
        ("Rapat pertama kali digelar Senin. Rapat kali ini dipimpin Felly.", "Rapat kali ini", None),  # a time
        ("Kasus ini baru dibuka.", "Kasus ini", None),  # nothing named before, one word
    ],
)
def test_a_description_with_no_antecedent_is_its_own_entity(nlp, text, phrase, name):
    entity = argument_entity(nlp, text, phrase)
    assert (entity.name, entity.aliases) == ((name, (phrase,)) if name else (phrase, ()))


def test_a_noun_phrase_is_typed_by_its_head_or_its_root_but_never_a_pronoun_s(nlp):
    """The head word's type, learned from the annotations, else its root's: "pengguna" a
    person by its own entry; "pengakuan" (root *aku*, a pronoun the annotations type PERSON)
    a concept, not a person."""
    from kg.extractors.indonesian.candidates import guess_type

    doc = run_after_ner(nlp, "Pengguna aplikasi itu mendapat pengakuan resmi dari pemerintah.", [])
    spans = {s.text: s for s in doc.spans["kg_arguments"]}
    assert guess_type(spans["Pengguna aplikasi itu"]) == "PERSON"
    assert guess_type(spans["pengakuan resmi"]) == "CONCEPT"


def test_a_common_noun_alone_that_the_annotations_never_take_alone_names_no_one(nlp):
    """ "rumah" alone is a place-holder (no fact), "masyarakat" alone an argument the
    annotations take (data/single_words.tsv, written by scripts/train_relations.py)."""
    from kg.extractors.indonesian.candidates import single_words, vague

    assert "masyarakat" in single_words() and vague("rumah") and not vague("masyarakat")
    assert not vague("Polres Bogor") and not vague("pabrik rudal") and not vague("rumahnya")
    kept = open_fact(nlp, "Para petani membantu masyarakat.", "Para petani", "masyarakat", ("PERSON", "PERSON"))
    gone = open_fact(nlp, "Para petani memasuki rumah.", "Para petani", "rumah", ("PERSON", "FACILITY"))
    assert kept is not None and kept.object.name == "masyarakat"
    assert gone is None


def test_the_training_script_writes_the_single_words_it_reads(tmp_path, monkeypatch):
    """scripts/train_relations.py's lexicons: a common noun annotated alone is listed, a
    name or a phrase is not."""
    from conftest import load_script

    from kg.extractors.indonesian import candidates, pairs, rulebook
    from kg.gold import GoldFact

    script = load_script("scripts/train_relations.py", "train_relations")
    for module, name in ((pairs, "LEXICON"), (candidates, "HEADS"), (candidates, "SINGLE_WORDS"), (rulebook, "ROLES")):
        monkeypatch.setattr(module, name, tmp_path / f"{name}.tsv")
    facts = [
        GoldFact("t1", "s", "masyarakat", "masyarakat", "PERSON", "URGES", "Polres Bogor", "Polres Bogor", "ORG"),
        GoldFact("t1", "s", "pabrik rudal", "pabrik rudal", "FACILITY", "BUILDS", "anak-anak", "anak-anak", "PERSON"),
    ]
    try:
        script.write_lexicons(facts)
        assert candidates.single_words() == {"masyarakat", "anak-anak"}
    finally:
        candidates.single_words.cache_clear()
        candidates.head_types.cache_clear()
        pairs.trigger_lexicon.cache_clear()
        rulebook.learned_roles.cache_clear()


def test_an_adjective_or_verb_made_a_noun_opens_no_phrase(nlp):
    """ "menyoroti [lambatnya] realisasi belanja": the fact is about the spending, as the
    annotations write it (25 times against 4 with the word); a noun with -nya stays."""
    text = "Purbaya menyoroti lambatnya realisasi belanja daerah dan adanya dugaan gratifikasi. Ia pulang ke rumahnya."
    doc = run_after_ner(nlp, text, [("Purbaya", "PER")])
    phrases = {s.text for s in doc.spans["kg_arguments"]}
    assert {"realisasi belanja daerah", "dugaan gratifikasi", "rumahnya"} <= phrases
    assert not any(p.startswith(("lambatnya", "adanya")) for p in phrases)


def test_page_furniture_gives_no_argument(nlp):
    """ "Simak juga Video: ..." is another story's headline: no noun phrase of it argues
    (the names step already skips it); the annotations leave such lines out."""
    text = "Publik menyambut baik program itu.\nSimak juga Video: Publik Puas dengan Kinerja Pemerintah\n"
    doc = run_after_ner(nlp, text, [])
    promo = text.index("Simak")
    assert [s.text for s in doc.spans["kg_arguments"] if s.start_char >= promo] == []
    assert any(s.text == "program itu" for s in doc.spans["kg_arguments"])


def test_a_phrase_ending_in_a_bracket_is_named_without_it(nlp):
    """ "realisasi belanja daerah (APBD)": the phrase's entity is named without the bracket
    and keeps the written form as an alias, as a name's short form in brackets is kept;
    "konferensi pers Senin (13/10/2025)" drops the date."""
    from test_components import run_after_ner

    from kg.extractors.indonesian.fact_entities import ArgumentEntities
    from kg.extractors.indonesian.pairs import Candidate

    text = "Purbaya menyoroti realisasi belanja daerah (APBD). Ia hadir di konferensi pers Senin (13/10/2025)."
    doc = run_after_ner(nlp, text, [("Purbaya", "PER")])
    ents, found = ArgumentEntities(doc), []
    for phrase in ("realisasi belanja daerah (APBD)", "konferensi pers Senin (13/10/2025)"):
        span = doc.char_span(text.index(phrase), text.index(phrase) + len(phrase))
        entity = ents.of(Candidate(span, "CONCEPT", "nominal"))
        found.append((entity.name, entity.aliases))
    assert found == [
        ("realisasi belanja daerah", ("realisasi belanja daerah (APBD)",)),
        ("konferensi pers Senin", ("konferensi pers Senin (13/10/2025)",)),
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "not_phrase"),
    [
        ("Prabowo meminta para penegak hukum serius menangani kasus korupsi.", "para penegak hukum", "serius"),
        ("Setelah kejadian itu, para siswa langsung dipulangkan oleh pihak sekolah.", "para siswa", "langsung"),
        ("Menurut analis, harga emas dunia cenderung menguat pekan ini.", "harga emas dunia", "cenderung"),
        # an adjective of the phrase itself stays in it, also before an unprefixed word
        ("Pemerintah menyalurkan bantuan langsung kepada para korban banjir.", "bantuan langsung", None),
        ("Polisi menemukan kasus serius di desa itu.", "kasus serius", None),
    ],
)
def test_an_adverb_before_a_verb_ends_the_phrase(nlp, text, phrase, not_phrase):
    """ "para penegak hukum [serius] menangani": an adjective that modifies the prefixed verb
    after it is no part of the noun phrase before it (extractor v249; the phrase had been
    "para penegak hukum serius", so a fact about it missed the annotated argument)."""
    names = [("Prabowo", "PER")] if "Prabowo" in text else []
    doc = run_after_ner(nlp, text, names)  # kept: a span group needs its doc (spaCy E865)
    phrases = {s.text for s in doc.spans["kg_arguments"]}
    assert phrase in phrases
    assert not_phrase is None or not any(p.endswith(not_phrase) for p in phrases)
