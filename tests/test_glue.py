"""Names the NER glued together are cut where the article shows the cut (fixed spans in,
so the test does not move with the NER's weights)."""

from spacy.tokens import Span

from kg.extractors.indonesian.glue import split_glued


def cut(nlp, text: str, names: list[tuple[str, str]], gazetteer: list[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)

    def span(name: str, label: str, nth: int = 0) -> Span:
        at = -1
        for _ in range(nth + 1):
            at = text.index(name, at + 1)
        return doc.char_span(at, at + len(name), label=label)

    spans, seen = [], {}
    for name, label in names:
        spans.append(span(name, label, seen.get(name, 0)))
        seen[name] = seen.get(name, 0) + 1
    known = {(s.start, s.end): s for s in (span(n, label) for n, label in gazetteer)}
    return [(s.text, s.label_) for s in split_glued(doc, spans, known)]


def test_an_organisation_and_the_person_after_its_title(nlp):
    text = "Ketua Komisi III DPR Habiburokhman memuji Polri. Habiburokhman juga memuji KPK."
    names = [("DPR Habiburokhman", "ORG"), ("Polri", "ORG"), ("Habiburokhman", "PER"), ("KPK", "ORG")]
    assert cut(nlp, text, names) == [
        ("DPR", "ORG"),
        ("Habiburokhman", "PERSON"),
        ("Polri", "ORG"),
        ("Habiburokhman", "PER"),
        ("KPK", "ORG"),
    ]


def test_a_company_and_its_director_named_again_by_first_name(nlp):
    text = "Direktur Utama PT Pertamina Simon Aloysius Mantiri datang. Menurut Simon, pabrik besar."
    names = [("PT Pertamina Simon Aloysius Mantiri", "ORG"), ("Simon", "PER")]
    assert cut(nlp, text, names)[:2] == [("PT Pertamina", "ORG"), ("Simon Aloysius Mantiri", "PERSON")]


def test_a_title_further_back_across_a_unit_and_its_short_form(nlp):
    text = "Kepala Departemen Moneter (DPMA) BI Erwin Gunawan Hutapea mengatakan itu."
    names = [("Departemen Moneter (DPMA)", "ORG"), ("BI Erwin Gunawan Hutapea", "ORG")]
    assert cut(nlp, text, names)[1:] == [("BI", "ORG"), ("Erwin Gunawan Hutapea", "PERSON")]
    text = "Kepala Pusat Penerangan Hukum (Puspenkum) Kejaksaan Agung Harli Siregar mengatakan itu."
    names = [("Pusat Penerangan Hukum (Puspenkum) Kejaksaan Agung Harli Siregar", "PER")]
    assert cut(nlp, text, names, gazetteer=[("Kejaksaan Agung", "ORG")]) == [
        ("Pusat Penerangan Hukum (Puspenkum) Kejaksaan Agung", "ORG"),
        ("Harli Siregar", "PERSON"),
    ]


def test_names_without_evidence_stay_whole(nlp):
    # a person's full name after a title: the first name is no organisation
    assert cut(nlp, "Presiden Joko Widodo datang.", [("Joko Widodo", "PER")]) == [("Joko Widodo", "PER")]
    # an organisation whose last words look like a name, with nothing to show a cut
    assert cut(nlp, "Bank Rakyat Indonesia Sejahtera tumbuh.", [("Bank Rakyat Indonesia Sejahtera", "ORG")]) == [
        ("Bank Rakyat Indonesia Sejahtera", "ORG")
    ]


def linked(nlp, text: str, names: list[tuple[str, str]]) -> set[str]:
    """The entity names the mentions of ``names`` are linked to, within the article."""
    from test_components import run_after_ner

    doc = run_after_ner(nlp, text, names)
    return {doc._.kg_entities[eid].name for eid in doc._.kg_links.values()}


def test_a_place_joins_a_longer_place_name_only_through_place_nouns(nlp):
    assert linked(
        nlp, "Bandung macet. Hujan turun di Kota Bandung.", [("Kota Bandung", "LOC"), ("Bandung", "LOC")]
    ) == {"Kota Bandung"}
    text = "Wisatawan datang ke Kelor. Polisi memusnahkan 2.458 botol Arak Kelor."
    assert linked(nlp, text, [("Arak Kelor", "LOC"), ("Kelor", "LOC")]) == {"Arak Kelor", "Kelor"}


def test_no_cut_where_the_short_form_after_spells_the_whole(nlp):
    text = "Kepala Otorita Ibu Kota Nusantara (OIKN) Basuki Hadimuljono datang. Nusantara besar."
    names = [
        ("Otorita Ibu Kota Nusantara", "ORG"),
        (
            "Nusantara",
            "LOC",
        ),
    ]
    assert cut(nlp, text, names)[0] == ("Otorita Ibu Kota Nusantara", "ORG")
    # the person's own short form does not stop the cut
    text = "Ketua Umum Partai Demokrat Susilo Bambang Yudhoyono (SBY) datang. Susilo tersenyum."
    names = [("Partai Demokrat Susilo Bambang Yudhoyono", "ORG"), ("Susilo", "PER")]
    assert cut(nlp, text, names)[:2] == [("Partai Demokrat", "ORG"), ("Susilo Bambang Yudhoyono", "PERSON")]


def test_an_untyped_name_elsewhere_is_no_evidence_of_an_organisation(nlp):
    text = "Aktivis Khariq Anhar ditahan. Khariq datang dari Bali."
    names = [("Khariq Anhar", "ORG"), ("Khariq", "MISC")]
    assert cut(nlp, text, names)[0] == ("Khariq Anhar", "ORG")


def test_an_organisation_named_with_the_person_the_article_names_alone(nlp):
    text = "Kasi Pidsus Kejaksaan Negeri Majalengka Hendra Prayoga menjelaskan. Menurut Hendra, kasus itu besar."
    names = [("Kejaksaan Negeri Majalengka Hendra Prayoga", "ORG"), ("Hendra", "PER")]
    assert cut(nlp, text, names)[:2] == [("Kejaksaan Negeri Majalengka", "ORG"), ("Hendra Prayoga", "PERSON")]


def test_a_first_name_the_ner_took_for_an_organisation_does_not_cut_the_person(nlp):
    text = "Hal itu diungkapkan Bayu Aji. Bayu menyebut wisatawan naik."
    names = [("Bayu Aji", "PERSON"), ("Bayu", "ORG")]
    assert cut(nlp, text, names) == [("Bayu Aji", "PERSON"), ("Bayu", "ORG")]


def test_a_rank_inside_the_mention_cuts_before_the_person(nlp):
    text = "Sementara itu, Karo Rena Polda Babel Kombes Yeyen Lesmana menuturkan hal itu."
    names = [("Karo Rena Polda Babel Kombes Yeyen Lesmana", "PER")]
    assert cut(nlp, text, names) == [("Karo Rena Polda Babel", "ORG"), ("Yeyen Lesmana", "PERSON")]


def test_the_article_before_an_english_name_joins_it_and_shows_the_cut(nlp):
    from kg.extractors.indonesian.spans import join_article

    text = "Ketua The Fed Jerome Powell menolak. Powell tersenyum."
    doc = nlp.make_doc(text)
    at = text.rindex("Powell")
    spans = [
        doc.char_span(6, 9, label="ORG"),
        doc.char_span(10, 27, label="PER"),
        doc.char_span(at, at + 6, label="PER"),
    ]
    joined = join_article(spans)
    assert [(s.text, s.label_) for s in joined][0] == ("The Fed Jerome Powell", "PER")
    assert [(s.text, s.label_) for s in split_glued(doc, joined, {})][:2] == [
        ("The Fed", "ORG"),
        ("Jerome Powell", "PERSON"),
    ]


def test_a_first_name_the_ner_also_took_for_a_place_does_not_cut_the_person(nlp):
    text = "Menteri Keuangan Purbaya Yudhi Sadewa datang. Menurut Purbaya, pajak naik. Purbaya pergi."
    names = [("Purbaya Yudhi Sadewa", "PER"), ("Purbaya", "PER"), ("Purbaya", "LOC")]
    assert cut(nlp, text, names)[0] == ("Purbaya Yudhi Sadewa", "PER")
    # where a region is expected, the place the article names alone is cut off
    text = "Wali Kota (Walkot) Pekanbaru Agung Nugroho datang. Pasar di Pekanbaru ramai. Agung pergi."
    names = [("Pekanbaru Agung Nugroho", "PER"), ("Pekanbaru", "LOC"), ("Agung", "PER")]
    assert cut(nlp, text, names)[:2] == [("Pekanbaru", "LOC"), ("Agung Nugroho", "PERSON")]


def test_a_portfolio_after_dan_is_cut_from_the_person_and_dropped(nlp):
    """The NER began its name inside a minister's portfolio, after *dan*: the portfolio's
    words (common words, or forms with an affix) are no entity, the person is cut off, and a
    name the NER found inside the portfolio goes too ("[Desa]")."""
    text = "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan Agus Harimurti Yudhoyono datang."
    names = [("Pembangunan Kewilayahan Agus Harimurti Yudhoyono", "ORG")]
    assert cut(nlp, text, names) == [("Agus Harimurti Yudhoyono", "PERSON")]
    text = "Menteri Desa dan Pembangunan Daerah Tertinggal Yandri Susanto datang."
    names = [("Desa", "PER"), ("Pembangunan Daerah Tertinggal Yandri Susanto", "ORG")]
    assert cut(nlp, text, names) == [("Yandri Susanto", "PERSON")]
    text = "Wakil Menteri Pendidikan Dasar dan Menengah Fajar Riza Ul Haq datang."
    assert cut(nlp, text, [("Menengah Fajar Riza Ul Haq", "MISC")]) == [("Fajar Riza Ul Haq", "PERSON")]


def test_no_portfolio_cut_without_a_title_or_after_a_name(nlp):
    text = "Polisi dan Kejaksaan Agung Budi Santoso datang."  # no title before
    assert cut(nlp, text, [("Kejaksaan Agung Budi Santoso", "ORG")]) == [("Kejaksaan Agung Budi Santoso", "ORG")]
    text = "Menteri Keuangan dan Gubernur BI Perry Warjiyo datang."  # a title after dan: its own role
    assert ("Perry Warjiyo", "PERSON") in cut(nlp, text, [("BI Perry Warjiyo", "ORG")])


def test_a_portfolio_short_form_the_article_leaves_out_after_the_title_elsewhere(nlp):
    """ "Menteri [Imipas] Agus Adrianto" ... "ujar Menteri Agus": the article names the
    person right after the title, so the word between is the portfolio's, not the name's;
    not after an academic title ("Prof Ali Ghufron Mukti" ... "Prof Ghufron")."""
    text = "Menurut Menteri Agus, layanan membaik. Hal itu ujar Menteri Imipas Agus Adrianto."
    names = [("Agus", "PER"), ("Imipas Agus Adrianto", "PER")]
    assert cut(nlp, text, names) == [("Agus", "PER"), ("Imipas", "ORG"), ("Agus Adrianto", "PERSON")]
    text = "Menurut Prof Ghufron, layanan membaik. Hal itu ujar Prof Ali Ghufron Mukti."
    names = [("Ghufron", "PER"), ("Ali Ghufron Mukti", "PER")]
    assert cut(nlp, text, names) == names


def test_a_short_form_the_article_spells_out_is_an_organisation(nlp):
    """ "Apindo", bracketed after the name it spells, is an organisation when it comes glued
    to a person the article names again; a person's first name in brackets is no such sign."""
    text = "Asosiasi Pengusaha Indonesia (Apindo) menolak. Ketua Umum Apindo Shinta Kamdani hadir. Shinta senang."
    names = [("Asosiasi Pengusaha Indonesia", "ORG"), ("Apindo", "ORG"), ("Apindo Shinta Kamdani", "PER")]
    assert cut(nlp, text, [*names, ("Shinta", "PER")])[2:4] == [("Apindo", "ORG"), ("Shinta Kamdani", "PERSON")]
    text = "Presiden Joko Widodo (Jokowi) datang. Kata Jokowi Iriana, hal itu baik. Iriana tersenyum."
    names = [("Joko Widodo", "PER"), ("Jokowi", "PER"), ("Jokowi Iriana", "PER"), ("Iriana", "PER")]
    assert ("Jokowi Iriana", "PER") in cut(nlp, text, names)


def test_a_state_company_and_a_ministry_short_form_before_the_person_named_again(nlp):
    """A state company's head word ("Perum") opens an organisation, a ministry's short form
    ("Kemenhub") ends one; an initial inside the person's name ("Agus H Purnomo") is no title."""
    text = "Dirut Perum Sentosa Budi Waseso datang. Menurut Budi, stok aman."
    names = [("Perum Sentosa Budi Waseso", "PER"), ("Budi", "PER")]
    assert cut(nlp, text, names)[:2] == [("Perum Sentosa", "ORG"), ("Budi Waseso", "PERSON")]
    text = "Dirjen Perhubungan Laut Kemenhub Agus H Purnomo datang. Agus mengatakan itu."
    names = [("Kemenhub Agus H Purnomo", "PER"), ("Agus", "PER")]
    assert cut(nlp, text, names)[:2] == [("Kemenhub", "ORG"), ("Agus H Purnomo", "PERSON")]


def test_kementerian_alone_is_no_organisation_before_a_name(nlp):
    """The ministry's word alone ("Kementerian Imipas") does not end an organisation."""
    text = "Ditjen Imigrasi Kementerian Imipas mengatakan itu. Menurut Imipas, itu benar."
    names = [("Kementerian Imipas", "PER"), ("Imipas", "PER")]
    assert cut(nlp, text, names)[:1] == [("Kementerian Imipas", "PER")]


def test_a_person_the_ner_began_inside_the_organisation_before_it(nlp):
    """ "Jasa [Marga Rivan Achmad]": the article writes "Jasa Marga" inside a company's name."""
    text = "PT Jasa Marga Tbk membangun jalan. Direktur Utama Jasa Marga Rivan Achmad mengatakan itu."
    names = [("PT Jasa Marga Tbk", "ORG"), ("Marga Rivan Achmad", "PER")]
    assert cut(nlp, text, names) == [("PT Jasa Marga Tbk", "ORG"), ("Jasa Marga", "ORG"), ("Rivan Achmad", "PERSON")]


def test_a_person_glued_to_the_end_of_the_organisation_before_it(nlp):
    """ "[PT Pertamina] [Gas Gamal Imam]": the article writes "PT Pertamina Gas" alone."""
    text = "Direktur Utama PT Pertamina Gas Gamal Imam hadir. PT Pertamina Gas menggelar forum."
    doc = nlp.make_doc(text)
    spans = [doc.char_span(15, 27, label="ORG"), doc.char_span(28, 42, label="PER"), doc.char_span(50, 66, label="ORG")]
    assert [s.text for s in spans] == ["PT Pertamina", "Gas Gamal Imam", "PT Pertamina Gas"]
    out = [(s.text, s.label_) for s in split_glued(doc, spans, {})]
    assert out == [("PT Pertamina Gas", "ORG"), ("Gamal Imam", "PERSON"), ("PT Pertamina Gas", "ORG")]


def test_no_organisation_the_article_does_not_write_is_taken_from_a_person(nlp):
    """ "Bupati [Sentosa Budi Raharjo]": no organisation named "Sentosa" in the article; and
    a region's noun before the name is not taken into one ("Wali Kota [Pekanbaru Agung]")."""
    text = "Kantor Pemerintah Kota Pekanbaru buka. Warga Kota Kembang Budi Raharjo datang."
    names = [("Pemerintah Kota Pekanbaru", "ORG"), ("Kembang Budi Raharjo", "PER")]
    assert cut(nlp, text, names) == [("Pemerintah Kota Pekanbaru", "ORG"), ("Kembang Budi Raharjo", "PER")]


def test_a_company_name_is_not_cut_before_its_legal_form(nlp):
    """ "Tbk" ends a company's name and is in no person's: after a title the NER's company
    stays whole, not "PT Krakatau" and a person "Steel Tbk"."""
    text = "Direktur Utama PT Krakatau Steel Tbk Budi Santoso hadir."
    names = [("PT Krakatau Steel Tbk", "ORG"), ("Budi Santoso", "PER")]
    assert cut(nlp, text, names) == [("PT Krakatau Steel Tbk", "ORG"), ("Budi Santoso", "PER")]


def test_a_company_name_stays_whole_when_its_title_names_a_person_apart(nlp):
    """The title's holder is named before it, or after a comma after the company: the
    title alone does not make the company's last word a person ("PT Maju [Jaya]")."""
    text = "Budi Hartono, Direktur Utama PT Maju Jaya, hadir. Direktur Utama PT Sinar Abadi, Agus Salim, hadir."
    names = [("Budi Hartono", "PER"), ("PT Maju Jaya", "ORG"), ("PT Sinar Abadi", "ORG"), ("Agus Salim", "PER")]
    assert cut(nlp, text, names) == names


def test_a_titled_person_in_a_list_is_still_cut_from_the_organisation(nlp):
    """In a list of titled people the name before the comma is someone else's: a right part
    of two words after the title is still a person ("Ketua DPR [Puan Maharani]")."""
    text = "Hadir Budi Hartono, Ketua DPR Puan Maharani, dan lainnya."
    names = [("Budi Hartono", "PER"), ("DPR Puan Maharani", "ORG")]
    assert cut(nlp, text, names) == [("Budi Hartono", "PER"), ("DPR", "ORG"), ("Puan Maharani", "PERSON")]


def test_a_village_and_its_head_glued_together(nlp):
    """A place noun and the region's name are no person's: "Kepala [Desa Sukamaju] Budi"."""
    text = "Kepala Desa Sukamaju Budi Hartono ditangkap."
    names = [("Desa Sukamaju Budi Hartono", "ORG")]
    assert cut(nlp, text, names) == [("Desa Sukamaju", "LOC"), ("Budi Hartono", "PERSON")]


def test_no_person_begins_with_a_derived_noun_of_the_organisation(nlp):
    """Nouns formed with peN-, ke- or -an ("Penjamin", "Simpanan", "Kesehatan") are an
    organisation's words: the person begins after them, not at the first capitalised word
    after an organisation head."""
    text = "Ketua Dewan Komisioner Lembaga Penjamin Simpanan Purbaya Yudhi Sadewa hadir."
    names = [("Dewan Komisioner Lembaga Penjamin Simpanan Purbaya Yudhi Sadewa", "PER")]
    assert cut(nlp, text, names) == [
        ("Dewan Komisioner Lembaga Penjamin Simpanan", "ORG"),
        ("Purbaya Yudhi Sadewa", "PERSON"),
    ]
    text = "Kepala Dinas Kesehatan Budi Santoso hadir."
    names = [("Dinas Kesehatan Budi Santoso", "ORG")]
    assert cut(nlp, text, names) == [("Dinas Kesehatan", "ORG"), ("Budi Santoso", "PERSON")]
    # a surname ending in -an whose root the lexicon does not know stays the person's
    text = "Ketua Komisi III DPR Jimmy Tambunan hadir."
    names = [("DPR Jimmy Tambunan", "ORG")]
    assert cut(nlp, text, names) == [("DPR", "ORG"), ("Jimmy Tambunan", "PERSON")]


def test_a_firms_line_of_business_is_no_persons_first_name(nlp):
    """English business words ("Logistics", "International") end a company's name, so the
    person after a title begins after them."""
    text = "Direktur Utama PT Sinar Logistics Budi Santoso hadir."
    names = [("PT Sinar Logistics Budi Santoso", "ORG")]
    assert cut(nlp, text, names) == [("PT Sinar Logistics", "ORG"), ("Budi Santoso", "PERSON")]
    text = "Presiden Direktur PT Astra International Djony Bunarto Tjondro hadir."
    names = [("PT Astra International Djony Bunarto Tjondro", "ORG")]
    assert cut(nlp, text, names) == [("PT Astra International", "ORG"), ("Djony Bunarto Tjondro", "PERSON")]


def test_a_team_role_is_a_title_before_the_club_and_its_player(nlp):
    """A player's position or a coach written before the club and the person ("Gelandang
    Persib Marc Klok"): the club is cut from the person as after a title; without such a
    word, or with an occupation that names no team, nothing is cut."""
    text = "Persib menang. Gelandang Persib Marc Klok mencetak gol."
    names = [("Persib", "ORG"), ("Persib Marc Klok", "MISC")]
    assert cut(nlp, text, names) == [("Persib", "ORG"), ("Persib", "MISC"), ("Marc Klok", "PERSON")]
    text = "Persib menang. Kiper Persib Marc Klok mencetak gol."
    assert cut(nlp, text, names)[1:] == [("Persib", "MISC"), ("Marc Klok", "PERSON")]
    text = "Persib menang. Kemarin Persib Marc Klok mencetak gol."
    assert cut(nlp, text, names) == [("Persib", "ORG"), ("Persib Marc Klok", "MISC")]
    text = "Persib menang. Mahasiswa Persib Marc Klok mencetak gol."
    assert cut(nlp, text, names) == [("Persib", "ORG"), ("Persib Marc Klok", "MISC")]


def test_a_person_the_ner_began_past_the_first_name_after_an_organisation(nlp):
    """ "Pelatih Persib Bojan [Hodak]": the article writes "Persib Bandung", so "Persib"
    opens an organisation's name and "Bojan Hodak" is the person; a word the article writes
    only inside an organisation's name ("Keuangan") or no organisation's first word leaves
    the mention as it is."""
    text = "Persib Bandung menang. Pelatih Persib Bojan Hodak memuji pemainnya."
    names = [("Persib Bandung", "ORG"), ("Hodak", "PER")]
    assert cut(nlp, text, names) == [("Persib Bandung", "ORG"), ("Persib", "ORG"), ("Bojan Hodak", "PERSON")]
    text = "Kementerian Keuangan hadir. Menteri Keuangan Purbaya datang."
    names = [("Kementerian Keuangan", "ORG"), ("Purbaya", "PER")]
    assert cut(nlp, text, names) == names
    text = "Persib Bandung menang. Pelatih Arema Bojan Hodak memuji pemainnya."
    names = [("Persib Bandung", "ORG"), ("Hodak", "PER")]
    assert cut(nlp, text, names) == names
