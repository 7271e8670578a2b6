"""Names and the words around them: a day opening a date is not part of a name, a name
"selaku" (in the capacity of) a role is a person, and capitals after a form of address
are a person's initials, and so is a name before an age in brackets
(extractors/indonesian/mentions.py, cues.py, entities.py)."""

from test_components import run_after_ner, stated

from kg.extractors.indonesian.candidates import SPAN_KEY as ARGUMENTS
from kg.extractors.indonesian.entities import _near


def mentions(doc):
    return {(s.text, s.label_) for s in doc.spans["kg_mentions"]}


def test_a_day_opening_a_date_is_cut_from_the_name_before_it(nlp):
    text = "Hal itu disampaikan Budi Santoso di Kejaksaan Negeri Malang Senin (20/10/2025)."
    for names in ([("Budi Santoso", "PER"), ("Kejaksaan Negeri Malang Senin", "ORG")], [("Budi Santoso", "PER")]):
        found = mentions(run_after_ner(nlp, text, names))
        assert not any("Senin" in name for name, _ in found), names
        assert any(name.endswith("Malang") for name, _ in found), names


def test_a_day_name_inside_a_name_stays(nlp):
    doc = run_after_ner(nlp, "Warga Pasar Minggu mengeluhkan banjir.", [("Pasar Minggu", "LOC")])
    assert "Pasar Minggu" in {name for name, _ in mentions(doc)}


def test_a_name_selaku_a_role_is_a_person_holding_it(nlp):
    text = "Kemudian, Iswan Ibrahim selaku Komisaris PT IAE meminta Arso melakukan pendekatan."
    doc = run_after_ner(nlp, text, [("PT IAE", "ORG"), ("Arso", "PER")])
    assert ("Iswan Ibrahim", "PERSON") in mentions(doc)
    assert ("Iswan Ibrahim", "OFFICIAL_OF", "PT IAE") in stated(doc)
    assert not any("selaku" in s.text for s in doc.spans[ARGUMENTS])  # a preposition, not a noun


def test_a_name_selaku_no_role_keeps_its_type(nlp):
    doc = run_after_ner(nlp, "Dana itu dikelola Yayasan Sinar Harapan selaku pengelola program.", [])
    assert ("Yayasan Sinar Harapan", "PERSON") not in mentions(doc)


def test_initials_after_a_form_of_address_are_the_person_they_abbreviate(nlp):
    text = "Arso Sadewo hadir di gedung itu. Setelah itu saudara AS memberikan uang kepada Sdr. HPS di kantornya."
    doc = run_after_ner(nlp, text, [("Arso Sadewo", "PER"), ("HPS", "ORG")])
    assert {("AS", "PERSON"), ("HPS", "PERSON")} <= mentions(doc)
    links = doc._.kg_links
    by_text = {s.text: links[(s.start_char, s.end_char)] for s in doc.spans["kg_mentions"]}
    assert by_text["AS"] == by_text["Arso Sadewo"]
    person = doc._.kg_entities[by_text["AS"]]
    assert person.name == "Arso Sadewo" and "AS" not in person.aliases  # not the country's short form


def test_a_name_before_an_age_in_brackets_is_a_person(nlp):
    text = "Seorang ibu di Makassar, Samina (42), mengemis. Bus menabrak pelajar berinisial AP (19 tahun)."
    doc = run_after_ner(nlp, text, [("Makassar", "LOC"), ("Samina", "LOC"), ("AP", "ORG")])
    assert {("Samina", "PERSON"), ("AP", "PERSON"), ("Makassar", "LOC")} <= mentions(doc)


def test_a_one_word_name_opening_a_sentence_before_an_age_is_kept(nlp):
    """Crime news opens sentences with a suspect's first name and age: "Erwin (45) akhirnya
    ditangkap". No NER span, the name nowhere else mid-sentence: a person (extractor v176;
    a capitalised first word alone, "Tadi", is still no name)."""
    text = "Erwin (45) akhirnya ditangkap di rumahnya. Tadi polisi datang."
    found = mentions(run_after_ner(nlp, text, []))
    assert ("Erwin", "PERSON") in found
    assert not any(name == "Tadi" for name, _ in found)


def test_a_name_before_a_date_or_a_number_keeps_its_type(nlp):
    text = "Rapat digelar di Gedung Sate Senin (4/11). Pasal 27 Undang-Undang ITE (2008) dibahas."
    doc = run_after_ner(nlp, text, [("Gedung Sate", "FAC"), ("Undang-Undang ITE", "MISC")])
    assert not {name for name, label in mentions(doc) if label == "PERSON"}


def test_the_first_word_of_a_place_the_ner_cut_is_joined_again(nlp):
    text = "Acara itu berlangsung di Kuala Lumpur, Malaysia. Kapal tiba di Tanjung Priok kemarin."
    doc = run_after_ner(nlp, text, [("Lumpur", "LOC"), ("Malaysia", "LOC"), ("Priok", "PER")])
    assert {("Kuala Lumpur", "LOC"), ("Tanjung Priok", "LOC")} <= mentions(doc)
    assert ("Kuala Lumpur", "LOCATED_IN", "Malaysia") in stated(doc)
    text = "Banjir melanda Muara Enim. Museum itu ada di Kuala Lumpur, Malaysia."
    doc = run_after_ner(nlp, text, [("Muara Enim", "PER"), ("Kuala Lumpur", "ORG"), ("Malaysia", "LOC")])
    assert {("Muara Enim", "LOC"), ("Kuala Lumpur", "LOC")} <= mentions(doc)  # whatever the NER's type
    doc = run_after_ner(nlp, "Kapal itu berlabuh di teluk Jakarta.", [("Jakarta", "LOC")])
    assert "Jakarta" in {name for name, _ in mentions(doc)}  # a common noun before the name stays out


def test_an_institution_or_place_named_after_a_person_is_one_name(nlp):
    text = "Pengamat dari UIN Syarif Hidayatullah, Adi Prayitno, menilai jalan di Jalan Jenderal Sudirman macet."
    ner = [("UIN", "ORG"), ("Syarif Hidayatullah", "PER"), ("Adi Prayitno", "PER")]
    ner += [("Jalan", "FAC"), ("Sudirman", "PER")]
    doc = run_after_ner(nlp, text, ner)
    assert {("UIN Syarif Hidayatullah", "ORG"), ("Jalan Jenderal Sudirman", "FACILITY")} <= mentions(doc)
    assert not {name for name, label in mentions(doc) if label == "PERSON"} - {"Adi Prayitno"}
    assert ("Adi Prayitno", "EMPLOYEE_OF", "UIN Syarif Hidayatullah") in stated(doc)
    text = "Rektor Universitas Sam Ratulangi Oktovian Berty Sompie tiba di Bandara Sam Ratulangi."
    ner = [("Universitas", "ORG"), ("Sam Ratulangi", "PER"), ("Berty Sompie", "PER"), ("Sam Ratulangi", "PER")]
    doc = run_after_ner(nlp, text, ner)
    assert {("Universitas Sam Ratulangi", "ORG"), ("Bandara Sam Ratulangi", "FACILITY")} <= mentions(doc)
    assert not any(s == "Sam Ratulangi" for s, _, _ in stated(doc))
    text = "Dosen Universitas Indonesia Budi Santoso hadir. Ia datang bersama universitas Budi Santoso."
    ner = [("Universitas Indonesia", "ORG"), ("Budi Santoso", "PER"), ("Budi Santoso", "PER")]
    found = mentions(run_after_ner(nlp, text, ner))  # a longer name, or a lower-case word, before the person
    assert {("Universitas Indonesia", "ORG"), ("Budi Santoso", "PERSON")} <= found


def test_capitals_after_a_title_keep_their_meaning(nlp):
    doc = run_after_ner(nlp, "Presiden AS Donald Trump tiba di Jakarta.", [("Donald Trump", "PER"), ("Jakarta", "LOC")])
    assert ("AS", "GPE") in mentions(doc)


def test_a_misspelt_known_name_with_its_short_form_is_the_known_entity(nlp):
    """ "Badan Pusat Statistika (BPS)": the gazetteer's "Badan Pusat Statistik" (BPS), a
    letter apart; not another name."""
    text = "Data itu dari Kepala Badan Pusat Statistika (BPS) Amalia Adininggar Widyasanti."
    doc = run_after_ner(nlp, text, [("Badan Pusat Statistika", "ORG"), ("Amalia Adininggar Widyasanti", "PER")])
    names = {e.name for e in doc._.kg_entities.values()}
    assert "Statistics Indonesia" in names and "Badan Pusat Statistika" not in names
    assert not _near("Badan Pengawas Sekolah", "Badan Pusat Statistik")
    assert not _near("Bank BPI", "Bank BPS")  # too short to tell a typo from another name


def test_capitals_after_berinisial_are_a_persons_initials(nlp):
    text = "Korban berinisial NK dianiaya oleh pelaku berinisial JS di Depok."
    doc = run_after_ner(nlp, text, [("NK", "ORG"), ("JS", "MISC"), ("Depok", "LOC")])
    assert {("NK", "PERSON"), ("JS", "PERSON")} <= mentions(doc)


def test_initials_before_an_age_are_no_country(nlp):
    doc = run_after_ner(nlp, "Polisi menangkap pria berinisial AS (32) di Bekasi.", [("Bekasi", "LOC")])
    assert ("AS", "PERSON") in mentions(doc)
    assert all(e.name != "United States" for f in doc._.kg_triples for e in (f.subject, f.object))
    doc = run_after_ner(nlp, "Presiden AS Donald Trump tiba di Jakarta.", [("Donald Trump", "PER")])
    assert ("AS", "GPE") in mentions(doc)
