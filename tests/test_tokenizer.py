def tokens(nlp, text):
    return [t.text for t in nlp.make_doc(text)]


def test_hyphenated_words_and_ranges_stay_whole(nlp):
    assert tokens(nlp, "Kim Jong-un datang 11-12 Agustus") == ["Kim", "Jong-un", "datang", "11-12", "Agustus"]
    assert "keluarga-keluarga" in tokens(nlp, "keluarga-keluarga pengungsi")


def test_closing_bracket_after_date_is_its_own_token(nlp):
    assert tokens(nlp, "Senin (14/8).")[-3:] == ["8", ")", "."]


def test_abbreviations_keep_their_dot_and_do_not_end_sentences(nlp):
    assert tokens(nlp, "di Jl. Sudirman")[1] == "Jl."
    doc = nlp("Kantor PT. Maju di Jl. Sudirman dibuka Ir. Budi. Lalu ia pergi.")
    assert [s.text for s in doc.sents] == ["Kantor PT. Maju di Jl. Sudirman dibuka Ir. Budi.", "Lalu ia pergi."]


def test_line_breaks_end_sentences(nlp):
    doc = nlp("Judul Tanpa Titik\n\nKalimat pertama. Kalimat kedua.")
    assert [s.text.strip() for s in doc.sents] == ["Judul Tanpa Titik", "Kalimat pertama.", "Kalimat kedua."]


def test_a_comma_glued_to_a_quote_is_split(nlp):
    assert tokens(nlp, 'sided with India and Burma,"tulis Benvenuti.')[4:8] == ["Burma", ",", '"', "tulis"]


def test_names_joined_by_hyphens_are_split_into_the_names(nlp):
    """Each part a name the gazetteer knows: the organisations, not one name "Kejagung-Polri-KPK";
    a hyphenated word, a person's double name or a name with an unknown part stays whole."""
    assert tokens(nlp, "kerja Kejagung-Polri-KPK")[1:] == ["Kejagung", "-", "Polri", "-", "KPK"]
    assert tokens(nlp, "sinergi TNI-Polri.")[1:4] == ["TNI", "-", "Polri"]
    assert tokens(nlp, "Undang-Undang Steffan-Dewenter BI-Rate Polri-Ojol") == [
        "Undang-Undang",
        "Steffan-Dewenter",
        "BI-Rate",
        "Polri-Ojol",
    ]
    doc = nlp.make_doc("kerja Kejagung-Polri-KPK dan TNI")
    assert doc.text == "kerja Kejagung-Polri-KPK dan TNI"  # the text and its offsets unchanged


def test_each_organisation_of_a_hyphenated_headline_is_an_argument():
    from kg import registry
    from kg.model import Article

    extractor = registry.get("id")
    text = "PKB Apresiasi Kerja Kejagung-Polri-KPK\n\nPKB mengapresiasi kerja Kejagung-Polri-KPK."
    [result] = extractor.extract([Article(id="a", text=text, title="PKB Apresiasi Kerja Kejagung-Polri-KPK")])
    names = {e.name for e in result.entities}
    assert "Kejagung-Polri-KPK" not in names and not any("Kejagung-Polri" in n for n in names)
    assert {"Indonesian National Police", "Corruption Eradication Commission"} <= names


def test_a_word_glued_to_the_name_after_it_is_cut_from_it(nlp):
    """Pages that lose the space before a link or an italic name glue a preposition, a
    conjunction or a verb to it ("dilansirdetikFinance"); the word and the name are tokens of
    their own (extractor v218), so the name is no part of the name before the word. A word of
    another class, a site's own brand and a lower-case glue stay as written."""
    assert tokens(nlp, "Kementerian ESDM dilansirdetikFinance, Senin") == [
        "Kementerian",
        "ESDM",
        "dilansir",
        "detikFinance",
        ",",
        "Senin",
    ]
    assert tokens(nlp, "kata Menteri kepadaCNBC dan dariReuters")[2:] == ["kepada", "CNBC", "dan", "dari", "Reuters"]
    assert tokens(nlp, "bertajukMarch") == ["bertajuk", "March"]
    for whole in ("detikFinance", "kumparanMOM", "iPhone", "aplikasiAllIndonesia", "memberikancommitment"):
        assert tokens(nlp, f"lewat {whole} itu")[1] == whole
    doc = nlp.make_doc("dilansirdetikFinance kemarin")
    assert doc.text == "dilansirdetikFinance kemarin"  # the text and its offsets unchanged


def test_a_glued_source_is_no_part_of_an_organisations_name():
    from kg import registry
    from kg.model import Article

    body = "Bahlil Lahadalia memimpin Kementerian ESDM dilansirdetikFinance, Senin (6/10/2025)."
    text = f"Bahlil Bicara Tambang\n\n{body}"
    [result] = registry.get("id").extract([Article(id="a", text=text, title="Bahlil Bicara Tambang")])
    names = {e.name for e in result.entities} | {a for e in result.entities for a in e.aliases}
    assert not any("dilansir" in n for n in names)
