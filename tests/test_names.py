"""How names are read in running text: a capital city, a short form that names only the
end of a span, a headline's Title Case verb, an occupation before a person."""

import pytest

from kg.model import Article
from kg.pipeline import extract_one


def entities(text: str, title: str = "") -> dict[str, tuple[str, set[str]]]:
    ex = extract_one(Article(id="t", text=text, title=title))
    return {e.name: (e.type, set(e.aliases)) for e in ex.entities}


def test_ibu_kota_is_a_capital_city_not_the_honorific():
    found = entities("Pembangunan Ibu Kota Nusantara (IKN) dilanjutkan. Presiden meninjau IKN. Nusantara akan maju.")
    assert found["Ibu Kota Nusantara"] == ("GPE", {"IKN", "Nusantara"})  # a capital governs (typer, v33)
    assert "Kota Nusantara" not in found


def test_a_short_form_of_the_end_of_a_name_is_not_the_whole_names_alias():
    found = entities("Suharso rapat bersama Panja RUU Ibu Kota Negara (IKN) di Jakarta.")
    assert found["Panja RUU Ibu Kota Negara"][1] == set()
    assert "IKN" in found
    found = entities("Saham PT Perusahaan Gas Negara (PGN) naik. PGN untung.")
    assert "PGN" in found["PT Perusahaan Gas Negara"][1] and "PGN" not in found  # the company form does not count


def test_a_headline_name_is_cut_to_what_the_body_writes():
    title = "Eddy Soeparno Serap Aspirasi Mahasiswa"
    found = entities(f"{title}\n\nWakil Ketua MPR Eddy Soeparno datang ke kampus. Eddy berbicara.", title)
    assert found["Eddy Soeparno"][0] == "PERSON" and "Eddy" not in found
    assert not any("Serap" in name for name in found)


def test_an_occupation_is_not_part_of_the_name():
    found = entities("Ekonom Faisal Basri mengkritik pemerintah. Aktivis Khariq Anhar ditahan polisi.")
    assert "Faisal Basri" in found and "Khariq Anhar" in found
    assert not any(name.startswith(("Ekonom", "Aktivis")) for name in found)


def test_a_run_after_a_title_completes_the_ners_person_but_takes_no_place():
    found = entities("Menteri Lingkungan Hidup Hanif Faisol Nurofiq mengatakan, sumber polusi banyak.")
    assert found["Hanif Faisol Nurofiq"][0] == "PERSON" and "Nurofiq" not in found
    found = entities("Kasat Lantas Polres Serang AKP Fery Oktaviari Pratama menyebutkan penyekatan dilakukan.")
    assert "Fery Oktaviari Pratama" in found and not any("AKP" in name for name in found)


def test_one_word_of_a_closed_class_is_no_name(nlp):
    """An interjection, a preposition or an adverb capitalised by a list or a colon names
    nothing ("Tahap 8: Menyusu [Pada] tahap ini", "[Ya], Toyota"), whoever found it."""
    from test_components import run_after_ner

    text = "Tahap 8: Menyusu Pada tahap ini. Ya, Toyota kala itu Terkadang menang."
    doc = run_after_ner(nlp, text, [("Pada", "MISC"), ("Ya", "MISC"), ("Toyota", "ORG"), ("Terkadang", "PER")])
    assert {s.text for s in doc.spans["kg_mentions"]} == {"Toyota"}


def test_one_prefixed_verb_is_no_name(nlp):
    """A verb with its prefix that a quote or a sentence start capitalised ("[Dipatok] 50
    dollar", "[Memiliki] hobi") names nothing; a name that merely starts like one stays."""
    from test_components import run_after_ner

    text = 'Kata dia, " Dipatok 50 dollar lebih murah. Memiliki hobi itu baik. Diana hadir.'
    doc = run_after_ner(nlp, text, [("Dipatok", "PER"), ("Memiliki", "LOC"), ("Diana", "PER")])
    assert {s.text for s in doc.spans["kg_mentions"]} == {"Diana"}


def test_an_english_facility_head_written_last_makes_a_facility(nlp):
    """ "Johns Hopkins Hospital", "Sentosa Town Square": a building, whatever type the NER gave it."""
    from test_components import run_after_ner

    text = "Ia bertemu dokter dari Wijaya Kusuma Hospital. Acara digelar di Sentosa Town Square."
    doc = run_after_ner(nlp, text, [("Wijaya Kusuma Hospital", "PER"), ("Sentosa Town Square", "LOC")])
    assert {(s.text, s.label_) for s in doc.spans["kg_mentions"]} == {
        ("Wijaya Kusuma Hospital", "FACILITY"),
        ("Sentosa Town Square", "FACILITY"),
    }


def test_an_english_event_head_written_last_makes_an_event(nlp):
    """ "SEA Games", "Sentosa Open": an event, whatever type the NER gave it."""
    from test_components import run_after_ner

    text = "Ia tampil di SEA Games dan menjuarai Sentosa Open tahun lalu."
    doc = run_after_ner(nlp, text, [("SEA Games", "LOC"), ("Sentosa Open", "PER")])
    assert {(s.text, s.label_) for s in doc.spans["kg_mentions"]} == {("SEA Games", "EVENT"), ("Sentosa Open", "EVENT")}


def test_an_english_event_head_the_ner_split_off_joins_the_name_before_it(nlp):
    """ "[SEA] [Games]": the NER made an organisation and a person of one event (v138)."""
    from test_components import run_after_ner

    doc = run_after_ner(nlp, "Ia meraih emas di SEA Games tahun lalu.", [("SEA", "ORG"), ("Games", "PER")])
    assert {(s.text, s.label_) for s in doc.spans["kg_mentions"]} == {("SEA Games", "EVENT")}


def test_a_league_is_an_event_and_a_beach_a_place(nlp):
    """ "Liga Champions" and "Premier League" (events, as the training annotations type
    "Piala" and "Liga") and "Pantai Kuta" (a place), whatever type the NER gave them."""
    from test_components import run_after_ner

    text = "Ia bermain di Liga Champions dan Premier League musim lalu. Ia berlibur ke Pantai Kuta."
    doc = run_after_ner(nlp, text, [("Liga Champions", "PER"), ("Premier League", "LOC"), ("Pantai Kuta", "ORG")])
    assert {(s.text, s.label_) for s in doc.spans["kg_mentions"]} == {
        ("Liga Champions", "EVENT"),
        ("Premier League", "EVENT"),  # an English event head written last (v130)
        ("Pantai Kuta", "LOC"),
    }


def test_an_english_media_club_or_firm_word_makes_an_organisation(nlp):
    """ "Sky Sports", "Science Daily", "Arema FC", "Wuling Motors": organisations, whatever
    type the NER gave them (v132)."""
    from test_components import run_after_ner

    text = "Menurut Sky Sports dan Science Daily, Arema FC membeli mobil Wuling Motors."
    names = [("Sky Sports", "PER"), ("Science Daily", "MISC"), ("Arema FC", "LOC"), ("Wuling Motors", "PER")]
    doc = run_after_ner(nlp, text, names)
    assert {(s.text, s.label_) for s in doc.spans["kg_mentions"]} == {(name, "ORG") for name, _ in names}


def test_a_platform_or_club_is_an_organisation_and_its_product_one_name(nlp):
    """Companies, platforms and clubs news writes by one word are organisations whatever the
    NER says ("Facebook" was a person, "Instagram" a place); a run of capitalised words that
    such a name starts is its product's name ("Toyota Rush"), not the company and a stray word."""
    from test_components import run_after_ner

    text = "Foto itu diunggah ke Instagram dan Facebook. Toyota Rush dijual murah. Arsenal menang."
    doc = run_after_ner(nlp, text, [("Instagram", "LOC"), ("Facebook", "PER"), ("Toyota Rush", "MISC")])
    assert {(s.text, s.label_) for s in doc.spans["kg_mentions"]} == {
        ("Instagram", "ORG"),
        ("Facebook", "ORG"),
        ("Toyota Rush", "MISC"),
        ("Arsenal", "ORG"),
    }


def test_a_word_addressing_the_reader_is_no_name(nlp):
    """Lifestyle and parenting pages address their readers ("Yuk, Moms", "Ladies"): no one in particular."""
    from test_components import run_after_ner

    text = "Yuk, Moms, ajak si kecil ke Bali. Ladies juga bisa datang."
    doc = run_after_ner(nlp, text, [("Moms", "GPE"), ("Bali", "GPE"), ("Ladies", "MISC")])
    assert {s.text for s in doc.spans["kg_mentions"]} == {"Bali"}


def test_the_label_of_a_listings_field_is_no_name(nlp):
    """A word before a colon and a phone number, an address or a web address labels a field."""
    from test_components import run_after_ner

    text = "SD Harapan Alamat: Jl. Kenanga 5 Telepon: (021) 5864426 Website: http://sd.sch.id Moto: Jujur."
    names = [("SD Harapan", "ORG"), ("Alamat", "PER"), ("Telepon", "GPE"), ("Website", "PER"), ("Moto", "MISC")]
    doc = run_after_ner(nlp, text, names)
    assert {s.text for s in doc.spans["kg_mentions"]} >= {"SD Harapan", "Moto"}
    assert not {"Alamat", "Telepon", "Website"} & {s.text for s in doc.spans["kg_mentions"]}


@pytest.mark.parametrize(
    ("text", "names", "person"),
    [
        (  # first names the NER left out, which the article writes in a person's name elsewhere
            "Wisnu tiba pagi ini. Ekonom Universitas Sentosa (US) Wisnu Setiadi Nugroho menilai hal itu.",
            [("Wisnu", "PER"), ("Universitas Sentosa (US)", "ORG"), ("Nugroho", "PER")],
            "Wisnu Setiadi Nugroho",
        ),
        (  # an initial with its dot
            "Iqbal tiba pagi ini. Deputi Direksi Bank Sentosa, M. Iqbal Anas Ma'ruf mengatakan hal itu.",
            [("Iqbal", "PER"), ("Bank Sentosa", "ORG"), ("Anas Ma'ruf", "PER")],
            "M. Iqbal Anas Ma'ruf",
        ),
        (  # no evidence in the article: the mention stays as it is
            "Ekonom Universitas Sentosa (US) Wisnu Setiadi Nugroho menilai hal itu.",
            [("Universitas Sentosa (US)", "ORG"), ("Nugroho", "PER")],
            "Nugroho",
        ),
        (  # a title and a form of address are no first names
            "Budi tiba pagi ini. Hal itu disampaikan Presiden Bapak Budi Santoso.",
            [("Budi", "PER"), ("Budi Santoso", "PER")],
            "Budi Santoso",
        ),
    ],
)
def test_a_persons_first_names_the_ner_left_out(nlp, text, names, person):
    from test_components import run_after_ner

    doc = run_after_ner(nlp, text, names)
    people = [s.text for s in doc.spans["kg_mentions"] if s.label_ == "PERSON"]
    assert people[-1] == person


def test_a_company_is_one_entity_with_and_without_its_legal_forms(nlp):
    """ "PT Bank Mandiri (Persero) Tbk (BMRI)": the short form is the last bracket, and the
    name written without "PT", "(Persero)" or "Tbk" is the same company (within the article,
    whatever type the NER gave the short name)."""
    from test_components import run_after_ner

    text = (
        "Saham PT Bank Mandiri (Persero) Tbk (BMRI) naik. Bank Mandiri mencatat laba. "
        "PT Jasa Marga (Persero) Tbk meresmikan tol. Jasa Marga juga membangun rest area."
    )
    names = [
        ("PT Bank Mandiri (Persero) Tbk (BMRI)", "ORG"),
        ("Bank Mandiri", "ORG"),
        ("PT Jasa Marga (Persero) Tbk", "ORG"),
        ("Jasa Marga", "PER"),
    ]
    doc = run_after_ner(nlp, text, names)
    found = {(e.name, e.type, e.aliases) for e in doc._.kg_entities.values()}
    assert found == {
        ("PT Bank Mandiri (Persero) Tbk", "ORG", ("BMRI", "Bank Mandiri")),
        ("PT Jasa Marga (Persero) Tbk", "ORG", ("Jasa Marga",)),
    }


def test_a_name_with_its_state_before_the_known_name_is_the_known_entity(nlp):
    """ "Anggota DPR RI ... DPR": the name with the state written after it comes first and
    is still the gazetteer's DPR; the initials "AS" of a person written before "AS" (the
    United States) stay the person's."""
    from test_components import run_after_ner

    text = "Anggota DPR RI Bambang Soesatyo bicara. Ia menyebut DPR siap. Saudara AS ditahan. Harga minyak AS naik."
    names = [("DPR RI", "ORG"), ("Bambang Soesatyo", "PER"), ("DPR", "ORG"), ("AS", "PER"), ("AS", "LOC")]
    doc = run_after_ner(nlp, text, names)
    found = {(e.name, e.type, e.aliases) for e in doc._.kg_entities.values()}
    assert ("People's Representative Council", "ORG", ("DPR", "DPR RI")) in found
    assert {name for name, *_ in found} == {
        "People's Representative Council",
        "Bambang Soesatyo",
        "AS",
        "United States",
    }


def test_a_known_place_s_short_form_after_an_office_is_the_place_s(nlp):
    """ "Bank Indonesia Kalimantan Timur (Kaltim)": the brackets abbreviate the place the
    name ends with, so the office stays an organisation and the short form the province's;
    "Komisi Pemilihan Umum (KPU)" is still the commission and its short form."""
    from test_components import run_after_ner

    text = "Forum itu digelar Bank Indonesia Kalimantan Timur (Kaltim). Komisi Pemilihan Umum (KPU) hadir."
    names = [("Bank Indonesia Kalimantan Timur (Kaltim)", "ORG"), ("Komisi Pemilihan Umum (KPU)", "ORG")]
    doc = run_after_ner(nlp, text, names)
    found = {(s.text, s.label_, s.kb_id_) for s in doc.spans["kg_mentions"]}
    assert ("Bank Indonesia Kalimantan Timur", "ORG", "") in found
    assert ("Kaltim", "GPE", "East Kalimantan") in found
    assert ("Komisi Pemilihan Umum (KPU)", "ORG", "General Elections Commission") in found


def test_a_name_and_another_name_s_short_form_as_an_argument_is_the_first_name():
    """A noun phrase "Presiden Joko Widodo (Jokowi)" or "Bank Indonesia Kalimantan Timur
    (Kaltim)" argues as the named entity, not as an entity of the phrase."""
    text = (
        "Presiden Joko Widodo (Jokowi) menggelar rapat terbatas di Kantor Presiden, Jakarta. "
        "Forum investasi itu digelar oleh Bank Indonesia Kalimantan Timur (Kaltim) di Balikpapan."
    )
    names = {e.name for e in extract_one(Article(id="t", text=text)).entities}
    assert "Joko Widodo" in names and "Bank Indonesia Kalimantan Timur" in names
    assert not names & {"Presiden Joko Widodo (Jokowi)", "Bank Indonesia Kalimantan Timur (Kaltim)"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the gazetteer's province no longer cuts the government's name short
            "Pemerintah Provinsi (Pemprov) Jawa Tengah bekerja sama dengan BPN. Pemprov Jateng menyiapkan dana.",
            {
                "Pemerintah Provinsi Jawa Tengah": {
                    "Pemerintah Provinsi (Pemprov) Jawa Tengah",
                    "Pemprov Jawa Tengah",
                    "Pemprov Jateng",
                }
            },
        ),
        (
            "Pemerintah Kota (Pemkot) Bandung menggelar rapat. Pemkot Bandung menyetujui usul itu.",
            {"Pemerintah Kota Bandung": {"Pemerintah Kota (Pemkot) Bandung", "Pemkot Bandung"}},
        ),
        (  # a national body's regional office written out joins its regency through its short form (v252)
            "Kejaksaan Negeri (Kejari) Sidoarjo menahan dua tersangka. Kejari Sidoarjo menyita aset.",
            {"Kejaksaan Negeri Sidoarjo": {"Kejaksaan Negeri (Kejari) Sidoarjo", "Kejari Sidoarjo"}},
        ),
        (  # an agency before its regency stays apart from it (annotated PART_OF the regency)
            "Dinas Perhubungan (Dishub) Kabupaten Serang menertibkan truk. Pemerintah Provinsi Banten menolak.",
            {"Dinas Perhubungan": {"Dishub"}, "Kabupaten Serang": set(), "Pemerintah Provinsi Banten": set()},
        ),
    ],
)
def test_a_regional_government_is_one_entity_however_written(nlp, text, expected):
    """Not "Pemerintah Provinsi" (every province's government) beside the province."""
    from test_components import run_after_ner

    orgs = ("BPN", "Pemprov Jateng", "Pemkot Bandung", "Dinas Perhubungan (Dishub)", "Kejaksaan Negeri (Kejari)")
    names = [(n, "ORG") for n in orgs if n in text]
    doc = run_after_ner(nlp, text, names)
    found = {e.name: set(e.aliases) for e in doc._.kg_entities.values() if e.type in ("ORG", "LOC")}
    assert {name: found.get(name) for name in expected} == expected
    assert not {"Pemerintah Provinsi", "Pemerintah Kota"} & set(found)


def test_kami_of_a_governor_is_the_government_the_article_names(nlp):
    from test_components import run_after_ner

    from kg.extractors.indonesian.fact_entities import ArgumentEntities
    from kg.extractors.indonesian.pairs import Candidate

    text = (
        "Gubernur Jawa Tengah Ahmad Luthfi meninjau pasar. Pemprov Jateng menyiapkan dana.\n"
        '"Kami siap membantu," kata Ahmad Luthfi.'
    )
    doc = run_after_ner(nlp, text, [("Ahmad Luthfi", "PER"), ("Pemprov Jateng", "ORG"), ("Ahmad Luthfi", "PER")])
    k = next(t.i for t in doc if t.text == "Kami")
    entity = ArgumentEntities(doc).of(Candidate(doc[k : k + 1], "ORG", "group"))
    named = [e for e in doc._.kg_entities.values() if e.name == "Pemprov Jateng"]
    assert entity is not None and named and entity.id == named[0].id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Presiden Prabowo Subianto meninjau tanggul. "Kita akan membangun tanggul," kata Prabowo.',
            "Pemerintah Indonesia",
        ),
        ('Prabowo Subianto meninjau tanggul. "Kita akan membangun tanggul," kata Prabowo.', None),
    ],
)
def test_we_of_the_president_is_the_home_government(nlp, text, expected):
    """ "Kita" in a quote of the president, who holds no other role in the article: the
    government of his country, as the annotations resolve it; no title, no organisation."""
    from test_components import run_after_ner

    from kg.extractors.indonesian.fact_entities import ArgumentEntities
    from kg.extractors.indonesian.pairs import Candidate

    doc = run_after_ner(nlp, text, [("Prabowo Subianto", "PER"), ("Prabowo", "PER")])
    k = next(t.i for t in doc if t.text == "Kita")
    entity = ArgumentEntities(doc).of(Candidate(doc[k : k + 1], "ORG", "group"))
    assert (entity.name if entity else None) == expected


def test_a_person_is_called_by_the_name_after_an_initial(nlp):
    """ "R Sony Sulaksono Wibowo ... kata Sony": the initial opens the name, the person is
    called by the word after it, as by the word after "Muhammad"."""
    from test_components import run_after_ner

    text = "Menurut pakar transportasi R Sony Sulaksono Wibowo, kemacetan parah. Hal itu kata Sony kepada wartawan."
    doc = run_after_ner(nlp, text, [("R Sony Sulaksono Wibowo", "PER"), ("Sony", "PER")])
    people = [(e.name, e.aliases) for e in doc._.kg_entities.values() if e.type == "PERSON"]
    assert people == [("R Sony Sulaksono Wibowo", ("Sony",))]


def test_a_person_is_called_by_a_middle_name_of_plain_name_words(nlp):
    """ "Ahmad Doli Kurnia ... kata Doli": a one-word name that is a middle word of the one
    longer person's name is that person; not when the longer "name" holds common words the
    NER took in ("Penyelenggara Munas Melchias Mekeng" is no "Munas")."""
    from test_components import run_after_ner

    text = (
        "Anggota DPR Ahmad Doli Kurnia hadir. Hal itu kata Doli kepada wartawan. "
        "Penyelenggara Munas Melchias Mekeng bicara. Munas digelar di Jakarta."
    )
    names = [
        ("Ahmad Doli Kurnia", "PER"),
        ("Doli", "PER"),
        ("Penyelenggara Munas Melchias Mekeng", "PER"),
        ("Munas", "PER"),
    ]
    doc = run_after_ner(nlp, text, names)
    people = sorted((e.name, e.aliases) for e in doc._.kg_entities.values() if e.type == "PERSON")
    assert people == [("Ahmad Doli Kurnia", ("Doli",)), ("Munas", ()), ("Penyelenggara Munas Melchias Mekeng", ())]


def test_a_name_in_single_quotes_ends_before_the_closing_quote():
    text = (
        "Vera dibawa ke daerah bernama 'Camp' yang terletak di Myanmar utara. Ia ikut acara 'The Voice' di Belarusia."
    )
    names = set(entities(text))
    assert {"Camp", "The Voice"} <= names
    assert not any(name.endswith(("'", "’", '"', "”")) for name in names)


def test_an_organisation_a_title_names_is_the_gazetteer_entity_the_article_names():
    """ "Menteri Keuangan" gives the ministry the gazetteer knows, the one "Kemenkeu" names in
    the same article (two entities before v163); "kementerian pariwisata" written in lower
    case is the tourism ministry of "Menteri Pariwisata"."""
    text = (
        "Menteri Keuangan Purbaya Yudhi Sadewa hadir. Kemenkeu menyiapkan dana. Menteri PU Dody Hanggodo "
        "menunggu. Menteri Pariwisata Widiyanti Putri Wardhana membuka acara. Menurut dia, kementerian "
        "pariwisata bekerja sama dengan aparat kepolisian."
    )
    ex = extract_one(Article(id="t", text=text))
    found = {e.name: set(e.aliases) for e in ex.entities if e.type == "ORG"}
    assert found["Ministry of Finance of Indonesia"] == {"Kemenkeu", "Kementerian Keuangan"}
    assert found["Ministry of Public Works of Indonesia"] == {"Kementerian PU"}
    assert found["Ministry of Tourism of Indonesia"] == {"Kementerian Pariwisata"}  # each alias once (v166)
    tourism = next(e.id for e in ex.entities if e.name == "Ministry of Tourism of Indonesia")
    assert {m.entity_id for m in ex.mentions if m.text == "kementerian pariwisata"} == {tourism}
    split = {"Kementerian Keuangan", "Kementerian PU", "Kementerian Pariwisata", "kementerian pariwisata"}
    assert not split & set(found)
    facts = {(t.subject.name, t.predicate, t.object.name) for t in ex.triples}
    assert ("Purbaya Yudhi Sadewa", "OFFICIAL_OF", "Ministry of Finance of Indonesia") in facts
    assert ("Dody Hanggodo", "OFFICIAL_OF", "Ministry of Public Works of Indonesia") in facts


def test_a_headline_s_short_name_is_the_known_entity_the_body_names():
    title = "Harga Saham Naik Usai BI Pangkas Suku Bunga"
    body = "Bank Indonesia (BI) memangkas suku bunga acuan. Gubernur BI Perry Warjiyo menyebut inflasi terkendali."
    found = entities(f"{title}\n\n{body}", title)
    assert found["Bank Indonesia"] == ("ORG", {"BI"})
    assert "BI" not in found


def test_a_name_the_gazetteer_writes_is_its_entity_wherever_it_was_cut_out():
    """ "Komisi XII DPR": the DPR the unit rule cuts out of the NER's name is the gazetteer's,
    not an entity "DPR" of its own; a headline's "Prabowo" alone is the known person."""
    ex = extract_one(Article(id="t", text="Anggota Komisi XII DPR itu mengatakan ekonomi bergantung pada investasi."))
    found = {e.name: set(e.aliases) for e in ex.entities}
    assert found["People's Representative Council"] == {"DPR"} and "DPR" not in found
    facts = {(t.subject.name, t.predicate, t.object.name) for t in ex.triples}
    assert ("Komisi XII DPR", "PART_OF", "People's Representative Council") in facts
    title = "Prabowo Resmikan Jembatan Baru di Bandung"
    found = entities(f"{title}\n\nJembatan itu diresmikan kemarin. Warga menyambut gembira.", title)
    assert found["Prabowo Subianto"] == ("PERSON", {"Prabowo"}) and "Prabowo" not in found


def test_a_person_written_with_and_without_an_initials_period_or_a_doubled_letter(nlp):
    """ "Dedie A. Rachim" and "Dedie A Rachim", "Affifuddin" and "Afifuddin": one person each
    (then "Dedie" alone is his too); a name a letter apart that is not a doubling stays apart."""
    from test_components import run_after_ner

    text = (
        "Wali Kota Bogor Dedie A. Rachim hadir. Dedie A Rachim memuji polisi. Dedie lalu pulang. "
        "Ketua KPU Affifuddin bicara. Afifuddin menolak. Budi Santoso dan Budi Santosa datang."
    )
    names = [
        ("Dedie A. Rachim", "PER"),
        ("Dedie A Rachim", "PER"),
        ("Dedie", "PER"),
        ("Affifuddin", "PER"),
        ("Afifuddin", "PER"),
        ("Budi Santoso", "PER"),
        ("Budi Santosa", "PER"),
    ]
    doc = run_after_ner(nlp, text, names)
    people = {(e.name, e.aliases) for e in doc._.kg_entities.values() if e.type == "PERSON"}
    assert people == {
        ("Dedie A. Rachim", ("Dedie", "Dedie A Rachim")),
        ("Affifuddin", ("Afifuddin",)),
        ("Budi Santoso", ()),
        ("Budi Santosa", ()),
    }


def test_a_short_regional_title_is_no_part_of_the_name(nlp):
    """ "Walkot" (wali kota), "Wabup", "Wawali", "Sekda" before a name are titles."""
    from test_components import run_after_ner

    text = "Wali Kota Surabaya Eri Cahyadi hadir. Walkot Eri meminta pasar murah. Sekda Ikhsan Pomi datang."
    names = [("Eri Cahyadi", "PER"), ("Walkot Eri", "PER"), ("Sekda Ikhsan Pomi", "PER")]
    doc = run_after_ner(nlp, text, names)
    people = {(e.name, e.aliases) for e in doc._.kg_entities.values() if e.type == "PERSON"}
    assert people == {("Eri Cahyadi", ("Eri",)), ("Ikhsan Pomi", ())}


@pytest.mark.parametrize(
    ("name", "spellings"),
    [
        ("Kejati Jateng", ("Kejaksaan Tinggi Jateng", "Kejaksaan Tinggi Jawa Tengah", "Kejati Jawa Tengah")),
        ("Polresta Bogor Kota", ("Kepolisian Resor Kota Bogor Kota",)),
        ("Kejaksaan Negeri Sidoarjo", ("Kejari Sidoarjo",)),
        ("Kepolisian Resor Kota Besar Medan", ("Polrestabes Medan",)),
        ("Pemprov Jabar", ("Pemerintah Provinsi Jabar", "Pemerintah Provinsi Jawa Barat", "Pemprov Jawa Barat")),
        # a national body, a short form alone, another organisation: nothing
        ("Polri", ()),
        ("Polda", ()),
        ("Kejaksaan Agung", ()),
    ],
)
def test_a_regional_office_written_short_is_also_spelt_out(name, spellings):
    from kg.extractors.indonesian.regional_names import spelled_out

    assert spelled_out(name) == spellings


def test_a_regional_office_entity_carries_its_spelt_out_names():
    """ "Kajati Jateng X": the office the title names is "Kejati Jateng", also known by its
    name in full (extractor v255), which documents and readers write."""
    found = entities("Kajati Jateng, Hendro Dewanto dalam sambutannya mengatakan personel TNI bertugas.")
    assert found["Kejati Jateng"] == (
        "ORG",
        {"Kejaksaan Tinggi Jateng", "Kejaksaan Tinggi Jawa Tengah", "Kejati Jawa Tengah"},
    )
