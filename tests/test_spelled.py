"""Names a conjunction splits, joined again by the short form after them
(extractors/indonesian/spelled.py)."""

import pytest
from test_components import run_after_ner

from kg.extractors.indonesian.spelled import abbreviates, abbreviates_words, spells, spells_skipping, spells_syllables


@pytest.mark.parametrize(
    ("short", "words", "expected"),
    [
        ("brin", "badan riset dan inovasi nasional", True),
        ("kesbangpol", "kesatuan bangsa dan politik", True),
        ("esdm", "energi dan sumber daya mineral", True),
        ("esdm", "kementerian energi dan sumber daya mineral", False),  # the head is not spelled
        ("bi", "kementerian keuangan dan bank indonesia", False),
        ("brn", "badan riset dan inovasi nasional", False),  # every word gives a letter
    ],
)
def test_spells(short, words, expected):
    assert spells(short, tuple(words.split())) is expected


@pytest.mark.parametrize(
    ("short", "words", "expected"),
    [
        ("gaikindo", "gabungan industri kendaraan bermotor indonesia", True),  # "bermotor" left out
        ("perdoski", "perhimpunan dokter spesialis kulit dan kelamin indonesia", True),
        ("gaikindo", "industri kendaraan bermotor indonesia", False),  # the first word gives letters
        ("bmk", "badan meteorologi klimatologi geofisika", False),  # and the last
        ("bg", "badan meteorologi klimatologi lingkungan geofisika", False),  # two words at most left out
    ],
)
def test_spells_skipping(short, words, expected):
    assert spells_skipping(short, tuple(words.split())) is expected


@pytest.mark.parametrize(
    ("short", "words", "expected"),
    [
        ("danantara", "daya anagata nusantara", True),  # (nusa)ntara: a word's last syllables
        ("nataru", "natal dan tahun baru", True),
        ("puspenkum", "pusat penerangan hukum", True),
        ("ntara", "nusantara", False),  # the first word gives its start
        ("persero", "pt pertamina", False),
        ("bidan", "bank indonesia", False),
    ],
)
def test_spells_syllables(short, words, expected):
    assert spells_syllables(short, tuple(words.split())) is expected


def test_a_short_form_of_last_syllables_cuts_the_organisation_from_the_person_the_ner_glued(nlp):
    """ "Daya Anagata Nusantara (Danantara)" ... "Kepala [Danantara Rosan Roeslani]": the
    short form the article defined is the organisation, the rest the person (v133)."""
    text = (
        "Badan Pengelola Investasi Daya Anagata Nusantara (Danantara) mengumumkan kebijakan. "
        "Kepala Danantara Rosan Roeslani melarang BUMN mempercantik laporan."
    )
    names = [("Badan Pengelola Investasi Daya Anagata Nusantara", "ORG"), ("Danantara Rosan Roeslani", "PER")]
    found = mentions(nlp, text, names)
    assert ("Rosan Roeslani", "PERSON") in found and ("Danantara Rosan Roeslani", "PERSON") not in found


@pytest.mark.parametrize(
    ("short", "words", "expected"),
    [
        ("flotim", "flores timur", True),
        ("buwas", "budi waseso", True),
        ("timnas", "tim nasional", True),  # a word of three letters may give all of itself
        ("aries", "aries susanti", False),  # a whole first word: a first name, not an abbreviation
        ("toyota", "toyota avanza", False),
        ("budiwaseso", "budi waseso", False),  # every longer word gives only part of itself
        ("flores", "flores", False),  # two words or more
    ],
)
def test_abbreviates(short, words, expected):
    assert abbreviates(short, tuple(words.split())) is expected


def test_a_one_word_abbreviation_is_the_name_it_abbreviates(nlp):
    text = (
        "Pigai menerima Bupati Flores Timur Anton Doni Dihen. Ia dekat dengan Flotim. "
        "Direktur Utama Bulog Budi Waseso hadir. Buwas mengatakan stok aman. Laporan DJKN dan "
        "Direktorat Jenderal Kekayaan Negara dibahas. NAZI tidak sama dengan Nazril Irham."
    )
    names = [("Pigai", "PER"), ("Flores Timur", "LOC"), ("Anton Doni Dihen", "PER"), ("Flotim", "PER")]
    names += [("Bulog", "ORG"), ("Budi Waseso", "PER"), ("Buwas", "LOC"), ("DJKN", "ORG")]
    names += [("Direktorat Jenderal Kekayaan Negara", "ORG"), ("NAZI", "ORG"), ("Nazril Irham", "PER")]
    doc = run_after_ner(nlp, text, names)
    aliases = {e.name: set(e.aliases) for e in doc._.kg_entities.values()}
    assert "Flotim" in aliases["Flores Timur"] and "Buwas" in aliases["Budi Waseso"]
    assert "DJKN" in aliases["Direktorat Jenderal Kekayaan Negara"]
    assert "NAZI" in aliases  # capitals abbreviate by initials only (N, I), not by syllables


@pytest.mark.parametrize(
    ("short", "words", "expected"),
    [
        ("ditjen pendis", "direktorat jenderal pendidikan islam", True),
        ("polda babel", "polda bangka belitung", True),
        ("kejati jateng", "kejaksaan tinggi jawa tengah", True),
        ("kementerian ham", "kementerian hak asasi manusia", True),
        ("tn komodo", "taman nasional komodo", True),
        ("suku bunga", "suku bunga acuan", False),  # a word left out is no short form
        ("kerugian negara", "kerugian keuangan negara", False),
        ("maung pindad", "mobil maung produksi pindad", False),
        ("pemobil lain", "pengemudi mobil lain", False),
        ("polda babel", "polda babel", False),  # fewer words than the longer name
    ],
)
def test_abbreviates_words(short, words, expected):
    assert abbreviates_words(tuple(short.split()), tuple(words.split())) is expected


def test_a_name_with_runs_of_words_written_short_is_the_longer_name(nlp):
    text = (
        "Direktorat Jenderal Pendidikan Islam menerbitkan modul. Ditjen Pendis menggandeng UIN Jakarta. "
        "Polda Bangka Belitung menangkap dua orang. Polda Babel memeriksa saksi. PT Pertamina Gas "
        "membangun pipa. Pertagas menyalurkan gas. Suku bunga acuan naik. Suku Bunga turun."
    )
    names = [("Direktorat Jenderal Pendidikan Islam", "ORG"), ("Ditjen Pendis", "ORG"), ("UIN Jakarta", "ORG")]
    names += [("Polda Bangka Belitung", "ORG"), ("Polda Babel", "ORG"), ("PT Pertamina Gas", "ORG")]
    names += [("Pertagas", "ORG"), ("Suku bunga acuan", "MISC"), ("Suku Bunga", "MISC")]
    doc = run_after_ner(nlp, text, names)
    aliases = {e.name: set(e.aliases) for e in doc._.kg_entities.values()}
    assert "Ditjen Pendis" in aliases["Direktorat Jenderal Pendidikan Islam"]
    assert "Polda Babel" in aliases["Polda Bangka Belitung"]
    assert "Pertagas" in aliases["PT Pertamina Gas"]  # a company's legal form gives no letter
    assert "Suku Bunga" not in aliases.get("Suku bunga acuan", set())


def mentions(nlp, text, names):
    doc = run_after_ner(nlp, text, names)
    return {(s.text, s.label_) for s in doc.spans["kg_mentions"]}


def test_a_name_split_at_dan_is_one_mention_with_its_short_form(nlp):
    text = "Peneliti Badan Riset dan Inovasi Nasional (BRIN) Erma Yulihastin mengatakan hal itu."
    names = [("Badan Riset", "ORG"), ("Inovasi Nasional", "MISC"), ("BRIN", "ORG"), ("Erma Yulihastin", "PER")]
    assert mentions(nlp, text, names) == {
        ("Badan Riset dan Inovasi Nasional (BRIN)", "ORG"),
        ("Erma Yulihastin", "PERSON"),
    }


def test_two_names_joined_by_dan_stay_two_when_the_short_form_spells_one(nlp):
    text = "Kementerian Keuangan dan Bank Negara Indonesia (BNI) sepakat."
    names = [("Kementerian Keuangan", "ORG"), ("Bank Negara Indonesia", "ORG"), ("BNI", "ORG")]
    found = mentions(nlp, text, names)
    assert ("Kementerian Keuangan", "ORG") in found
    assert not any("dan" in name for name, _ in found)


def test_words_the_ner_left_out_of_a_spelled_name_join_it(nlp):
    text = "Ketua Umum Himpunan Pengusaha Muda Indonesia (HIPMI) Akbar Himawan hadir."
    names = [("Himpunan", "ORG"), ("Indonesia (HIPMI)", "ORG"), ("Akbar Himawan", "PER")]
    assert mentions(nlp, text, names) == {
        ("Himpunan Pengusaha Muda Indonesia (HIPMI)", "ORG"),
        ("Akbar Himawan", "PERSON"),
    }


def test_a_spelled_title_makes_no_mention(nlp):
    text = "Menteri Sosial (Mensos) Saifullah Yusuf datang."
    assert mentions(nlp, text, [("Saifullah Yusuf", "PER")]) == {("Saifullah Yusuf", "PERSON")}


def test_a_persons_initials_do_not_outvote_the_name(nlp):
    text = "Anggota DPR Bambang Haryo Soekartono (BHS) datang. BHS menolak. Kata BHS, itu salah."
    names = [("DPR", "ORG"), ("Bambang Haryo Soekartono", "PER"), ("BHS", "ORG"), ("BHS", "ORG"), ("BHS", "ORG")]
    doc = run_after_ner(nlp, text, names)
    types = {e.name: e.type for e in doc._.kg_entities.values()}
    assert types["Bambang Haryo Soekartono"] == "PERSON"
    assert ("Bambang Haryo Soekartono", "MEMBER_OF", "People's Representative Council") in {
        (f.subject.name, f.predicate, f.object.name) for f in doc._.kg_triples
    }


def test_a_tie_of_types_goes_to_the_longest_mention(nlp):
    text = "Hal senada diungkapkan Sekretaris Kementerian Pariwisata Bayu Aji. Menurut Bayu, itu baik."
    doc = run_after_ner(nlp, text, [("Bayu Aji", "PER"), ("Bayu", "ORG")])
    assert {e.name: e.type for e in doc._.kg_entities.values()}["Bayu Aji"] == "PERSON"
    assert {(f.subject.name, f.predicate, f.object.name) for f in doc._.kg_triples} == {
        ("Bayu Aji", "OFFICIAL_OF", "Ministry of Tourism of Indonesia")
    }


def test_a_short_form_leaving_a_word_out_spells_the_whole_name(nlp):
    """The short form belongs to the name the NER cut, not to its last piece: before,
    "Indonesia (Gaikindo)" was one mention and "Gaikindo" an alias of Indonesia."""
    text = "Menurut data Gabungan Industri Kendaraan Bermotor Indonesia (Gaikindo), penjualan naik."
    names = [("Gabungan Industri Kendaraan Bermotor", "MISC"), ("Indonesia", "GPE"), ("Gaikindo", "ORG")]
    doc = run_after_ner(nlp, text, names)
    found = {(s.text, s.label_) for s in doc.spans["kg_mentions"]}
    assert found == {("Gabungan Industri Kendaraan Bermotor Indonesia", "MISC"), ("Gaikindo", "MISC")}
    [entity] = doc._.kg_entities.values()
    assert "Indonesia" not in {entity.name, *entity.aliases}


def test_a_listed_name_is_spelled_by_capitals_only(nlp):
    text = "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan warga "
    text += "Jakarta, Bogor, dan Depok (Jabodepok)."
    names = [("Badan Meteorologi", "ORG"), ("Klimatologi", "GPE"), ("Geofisika", "LOC"), ("BMKG", "ORG")]
    names += [("Jakarta", "GPE"), ("Bogor", "GPE"), ("Depok", "GPE"), ("Jabodepok", "MISC")]
    found = {name for name, _ in mentions(nlp, text, names)}
    assert "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)" in found
    assert {"Jakarta", "Bogor", "Depok", "Jabodepok"} <= found


def test_a_code_after_the_last_place_of_a_list_is_no_short_form_of_it(nlp):
    text = "Pesawat mendarat di Tangerang, Banten (CGK) dan di Kuala Lumpur (KUL)."
    names = [("Tangerang", "LOC"), ("Banten", "LOC"), ("CGK", "LOC"), ("Kuala Lumpur", "LOC"), ("KUL", "LOC")]
    found = {name for name, _ in mentions(nlp, text, names)}
    assert {"Banten", "CGK", "Kuala Lumpur (KUL)"} <= found


def test_a_bracketed_short_form_is_no_persons_first_name(nlp):
    """ "(Gaikindo)" names the association, so it does not join the glued person name
    "Gaikindo Yohannes Nangoi" that starts with it."""
    text = "Data Gabungan Industri Kendaraan Bermotor Indonesia (Gaikindo) naik. "
    text += "Ketua Gaikindo Yohannes Nangoi memuji hal itu."
    names = [("Gabungan Industri Kendaraan Bermotor", "MISC"), ("Indonesia", "LOC"), ("Gaikindo", "ORG")]
    doc = run_after_ner(nlp, text, [*names, ("Gaikindo Yohannes Nangoi", "PER")])
    groups = {frozenset(e.aliases) | {e.name} for e in doc._.kg_entities.values()}
    assert {"Gabungan Industri Kendaraan Bermotor Indonesia", "Gaikindo"} in groups
