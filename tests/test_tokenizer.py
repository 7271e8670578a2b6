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
