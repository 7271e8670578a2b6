"""Names written with honorifics, academic degrees and initials, as regional news writes
officials (extractor v245): "Sekda Bone, Drs. H. Andi Islamuddin, M.Si.", "Dekan Fakultas
Hukum, Dr. Muh. Hasrul, S.H., M.H.", "Kapolres Jember, AKBP Moh. Nurhidayat". The
honorifics before the name and the degrees after it are no name and no mention; a
forename written short ends no sentence; an initial opens the person's name. The NER's
output is fixed, so the tests do not move with its weights."""

import pytest
from test_components import mentions, run_after_ner, stated

from kg.extractors.indonesian.degrees import degree_tokens


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("Andi Islamuddin, M.Si. hadir.", ["M.Si."]),
        ("Hasrul, S.H., M.H. hadir.", ["S.H.", "M.H."]),
        ("Nursaidah Sirajuddin, M.Kes, mengatakan", ["M.Kes"]),  # spaCy's "M.Kes," kept the comma
        ("Ali Akbar, Ph.D, hadir.", ["Ph.D"]),
        ("Andi, S.Pd.I, M.Pd, hadir.", ["S.Pd.I", "M.Pd"]),
        # initials before a name, a degree after no name: none
        ("Novel karya J.K. Rowling laris.", []),
        ("Nilainya naik, S.H. tidak.", []),
    ],
)
def test_degrees_after_a_name(nlp, text, degrees):
    doc = nlp.make_doc(text)
    assert [doc[i].text for i in sorted(degree_tokens(doc))] == degrees


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        (
            "Dia didampingi Sekda Bone, Drs. H. Andi Islamuddin, M.Si.",
            [("Bone", "LOC"), ("Andi Islamuddin", "PER"), ("M.Si.", "ORG")],
            {("Andi Islamuddin", "OFFICIAL_OF", "Bone")},
        ),
        (
            "Dekan Fakultas Hukum, Dr. Muh. Hasrul, S.H., M.H. menghadiri acara itu.",
            [("Fakultas Hukum", "ORG"), ("Hasrul", "PER"), ("S.H.", "LOC"), ("M.H.", "ORG")],
            {("Muh. Hasrul", "LEADER_OF", "Fakultas Hukum")},
        ),
        (
            "Ketua Pengadilan Negeri Makassar, Dr. H. Muh. Ridwan, S.H., M.H., membuka sidang.",
            [("Pengadilan Negeri Makassar", "ORG"), ("Ridwan", "PER")],
            {("Muh. Ridwan", "LEADER_OF", "Pengadilan Negeri Makassar")},
        ),
        (
            "Kepala Dinas Pendidikan, M. Iqbal Anas, mengatakan hal itu kepada wartawan.",
            [("Dinas Pendidikan", "ORG"), ("Anas", "PER")],
            {("M. Iqbal Anas", "LEADER_OF", "Dinas Pendidikan")},
        ),
        (
            "Kapolres Jember, AKBP Moh. Nurhidayat mengatakan tersangka ditahan.",
            [("AKBP Moh.", "PER")],
            {("Moh. Nurhidayat", "LEADER_OF", "Polres Jember")},
        ),
        (  # a degree is never the one who acts
            "Rektor Universitas Hasanuddin, Prof. Dr. Ir. Jamaluddin Jompa, M.Sc. melantik dekan baru.",
            [("Universitas Hasanuddin", "ORG"), ("Ir. Jamaluddin Jompa", "PER"), ("M.Sc.", "PER")],
            {("Jamaluddin Jompa", "LEADER_OF", "Universitas Hasanuddin")},
        ),
    ],
)
def test_an_official_written_with_honorifics_and_degrees(nlp, text, ner, expected):
    doc = run_after_ner(nlp, text, ner)
    assert {s.text for s in doc.spans["kg_mentions"]}.isdisjoint({"M.Si.", "S.H.", "M.H.", "M.Sc.", "Drs.", "H."})
    assert {(s, p, o) for s, p, o in stated(doc) if p != "RELATED_TO"} == expected
    assert all(s not in ("M.Sc.", "Drs.") for s, _, _ in stated(doc))


def test_a_forename_written_short_ends_no_sentence(nlp):
    doc = nlp("Kapolres Jember, AKBP Moh. Nurhidayat mengatakan itu. Dia menambahkan kasus itu ditangani.")
    assert [s.text for s in doc.sents] == [
        "Kapolres Jember, AKBP Moh. Nurhidayat mengatakan itu.",
        "Dia menambahkan kasus itu ditangani.",
    ]


@pytest.mark.parametrize(
    ("text", "ner", "people"),
    [
        ("Kepala Dinas Pendidikan, M. Iqbal Anas, mengatakan hal itu.", [("Anas", "PER")], ["M. Iqbal Anas"]),
        # Haji's "H." is an honorific, no initial
        ("Ketua DPRD Jambi, H. Edi Purwanto, mengatakan hal itu.", [("Purwanto", "PER")], ["Edi Purwanto"]),
    ],
)
def test_an_initial_opens_a_name(nlp, text, ner, people):
    doc = run_after_ner(nlp, text, ner)
    assert [t for t, label in mentions(doc) if label == "PERSON"] == people


@pytest.mark.parametrize(
    ("text", "ner", "people"),
    [
        # two person spans of the NER side by side are one name, a common word capitalised
        # mid-sentence among its words ("Putra", son) (extractor v246)
        (
            "Bupati Bone, Andi Winarno Eka Putra, meresmikan puskesmas itu.",
            [("Andi Winarno", "PER"), ("Eka Putra", "PER")],
            ["Andi Winarno Eka Putra"],
        ),
        (
            "Menteri Perhubungan, Budi Karya Sumadi, meninjau proyek itu.",
            [("Budi Karya", "PER"), ("Sumadi", "PER")],
            ["Budi Karya Sumadi"],
        ),
        # a title or a date between is no name's word
        ("Kata Budi Santoso Presiden itu kemarin.", [("Budi Santoso", "PER"), ("Presiden", "PER")], ["Budi Santoso"]),
        ("Budi Santoso Senin mengatakan hal itu.", [("Budi Santoso", "PER"), ("Senin", "PER")], ["Budi Santoso"]),
    ],
)
def test_two_person_spans_side_by_side(nlp, text, ner, people):
    doc = run_after_ner(nlp, text, ner)
    assert [t for t, label in mentions(doc) if label == "PERSON"] == people


def test_a_degree_with_its_dot_may_end_a_sentence(nlp):
    doc = nlp("Hakim memvonis Ir. Muh. Yasin, M.T. Yasin terbukti bersalah. Dia didampingi Andi, M.Si. hari itu.")
    assert [s.text for s in doc.sents] == [
        "Hakim memvonis Ir. Muh. Yasin, M.T.",
        "Yasin terbukti bersalah.",
        "Dia didampingi Andi, M.Si. hari itu.",
    ]


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        (  # the holder's degrees before the clause goes on (extractor v246)
            "Kepala Seksi Intelijen Kejari Mamuju, Andi Rahmat, S.H., mengatakan pihaknya pikir-pikir.",
            [("Seksi Intelijen Kejari Mamuju", "ORG"), ("Andi Rahmat", "PER")],
            {("Andi Rahmat", "LEADER_OF", "Seksi Intelijen Kejari")},
        ),
        (  # whom a sentence is passed on: past the office, its region and the honorifics
            "Pengadilan Tipikor Mamuju menjatuhkan vonis 5 tahun penjara kepada mantan Kepala Dinas Pekerjaan "
            "Umum dan Penataan Ruang (PUPR) Kabupaten Mamuju, Ir. H. Muh. Yasin, M.T.",
            [
                ("Pengadilan Tipikor Mamuju", "ORG"),
                ("Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)", "ORG"),
                ("Kabupaten Mamuju", "LOC"),
                ("Ir. H. Muh. Yasin", "PER"),
                ("M.T.", "PER"),
            ],
            {
                ("Pengadilan Tipikor Mamuju", "SENTENCES", "Muh. Yasin"),
                ("Muh. Yasin", "LEADER_OF", "Dinas Pekerjaan Umum dan Penataan Ruang"),
                ("Muh. Yasin", "OFFICIAL_OF", "Kabupaten Mamuju"),
                ("Dinas Pekerjaan Umum dan Penataan Ruang", "PART_OF", "Kabupaten Mamuju"),
            },
        ),
    ],
)
def test_a_holder_written_with_degrees(nlp, text, ner, expected):
    doc = run_after_ner(nlp, text, ner)
    assert {(s, p, o) for s, p, o in stated(doc) if p != "RELATED_TO"} == expected
