"""Within an article, a person's shorter name, a name after *alias* and a regional office's short form are the
entity of the name written in full (components on fixed NER output)."""

import pytest
from test_components import run_after_ner


def entity_of(doc, text: str, written: str, nth: int = 0) -> str:
    at = -1
    for _ in range(nth + 1):
        at = text.index(written, at + 1)
    return doc._.kg_links[(at, at + len(written))]


def test_a_persons_first_names_and_first_name_are_the_person(nlp):
    text = (
        "Kasi Pidsus Kejari Sidoarjo Jhon Franky Yanafia Ariandi mengatakan berkas sudah lengkap. "
        'Menurut Jhon Franky, tersangka kooperatif. "Kami siap," kata Jhon.'
    )
    ner = [("Kejari Sidoarjo", "ORG"), ("Jhon Franky Yanafia Ariandi", "PER"), ("Jhon Franky", "PER"), ("Jhon", "PER")]
    doc = run_after_ner(nlp, text, ner)
    full = entity_of(doc, text, "Jhon Franky Yanafia Ariandi")
    assert entity_of(doc, text, "Jhon Franky", 1) == full
    assert entity_of(doc, text, "Jhon", 2) == full


def test_two_longer_names_a_shorter_one_fits_are_left_apart(nlp):
    text = "Siti Nurbaya Hutapea hadir. Siti Nurbaya Lubis juga hadir. Menurut Siti Nurbaya, acara lancar."
    ner = [("Siti Nurbaya Hutapea", "PER"), ("Siti Nurbaya Lubis", "PER"), ("Siti Nurbaya", "PER")]
    doc = run_after_ner(nlp, text, ner)
    short = entity_of(doc, text, "Siti Nurbaya", 2)
    assert short not in {entity_of(doc, text, "Siti Nurbaya Hutapea"), entity_of(doc, text, "Siti Nurbaya Lubis")}


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("Kejari Sidoarjo", "Kejaksaan Negeri Sidoarjo", True),
        ("Kejati Papua", "Kejaksaan Tinggi Papua", True),
        ("Polresta Bogor Kota", "Kepolisian Resor Kota Bogor Kota", True),
        ("Polres Bogor", "Kepolisian Resor Kota Bogor", False),  # a district's police is not the city's
        ("Kejari Sidoarjo", "Kejaksaan Negeri Jember", False),
    ],
)
def test_a_regional_office_short_and_spelt_out(nlp, short, full, same):
    text = f"{short} menahan dua tersangka. Kasus itu ditangani {full} sejak Maret."
    doc = run_after_ner(nlp, text, [(short, "ORG"), (full, "ORG")])
    assert (entity_of(doc, text, short) == entity_of(doc, text, full)) is same


@pytest.mark.parametrize(
    ("text", "ner", "same"),
    [
        (
            "Menteri Sosial Saifullah Yusuf alias Gus Ipul hadir. Gus Ipul mengatakan bantuan cair.",
            [("Saifullah Yusuf", "PER"), ("Gus Ipul", "PER"), ("Gus Ipul", "PER")],
            True,
        ),
        (  # an age between the name and "alias"
            "Tersangka Budi Santoso (40) alias Ucok ditangkap polisi.",
            [("Budi Santoso", "PER"), ("Ucok", "PER")],
            True,
        ),
        (  # a full name and one word after "atau"; the NER typed the nickname MISC
            "Wamenaker Immanuel Ebenezer atau Noel ditangkap. Noel membantah.",
            [("Immanuel Ebenezer", "PER"), ("Noel", "MISC"), ("Noel", "PER")],
            True,
        ),
        (  # "atau" between two full names is a choice
            "Warga memilih Anies Baswedan atau Ganjar Pranowo.",
            [("Anies Baswedan", "PER"), ("Ganjar Pranowo", "PER")],
            False,
        ),
        (  # "dan", not "alias": two persons
            "Saifullah Yusuf dan Gus Ipul hadir di Bogor.",
            [("Saifullah Yusuf", "PER"), ("Gus Ipul", "PER")],
            False,
        ),
        (  # a person and a place are never one
            "Saifullah Yusuf alias Bogor hadir.",
            [("Saifullah Yusuf", "PER"), ("Bogor", "LOC")],
            False,
        ),
    ],
)
def test_a_name_after_alias_is_the_name_before_it(nlp, text, ner, same):
    doc = run_after_ner(nlp, text, ner)
    first, second = ner[0][0], ner[1][0]
    assert (entity_of(doc, text, first) == entity_of(doc, text, second)) is same
