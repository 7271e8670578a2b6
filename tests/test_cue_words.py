"""The rule cues follow the schema's own cue list (../shared/design/relations_v2.md) and
leave out the false friends their roots inflect into (extractor v184): *menunjukkan* (to
show) is no appointment, *memperingati* (to commemorate) no warning, *ditahan imbang* (held
to a draw) no arrest; shooting at someone is ATTACKS (a missile fired, *menembakkan*, is
LAUNCHES), *membantu* is aid, *mengirim* is SENDS to the receiving party; a verb joined to
an earlier one by *dan*/*serta* does not take that verb's object as its subject. Exact sets
of the rules' facts (the relation model's aside: they move with its weights) on fixed NER
output."""

import pytest
from test_components import MODALITY, run_after_ner, stated

PEOPLE = [("Ade Kuswara", "PER"), ("Slamet Riyadi", "PER")]


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        ("Survei Indikator menunjukkan Ade Kuswara unggul.", [("Indikator", "ORG"), ("Ade Kuswara", "PER")], set()),
        (
            "Bupati Ade Kuswara menunjuk Slamet Riyadi sebagai sekretaris daerah.",
            PEOPLE,
            {("Ade Kuswara", "APPOINTS", "Slamet Riyadi")},
        ),
        ("Warga Bekasi memperingati Hari Pahlawan di Alun-alun.", [("Hari Pahlawan", "MISC")], set()),
        ("Slamet Riyadi ditembak Ade Kuswara di rumahnya.", PEOPLE, {("Ade Kuswara", "ATTACKS", "Slamet Riyadi")}),
        (
            "Korea Utara menembakkan rudal balistik ke Laut Jepang.",
            [("Korea Utara", "LOC"), ("Laut Jepang", "LOC")],
            {("North Korea", "LAUNCHES", "rudal balistik")},
        ),
        (
            "Persib Bandung ditahan imbang Persija Jakarta.",
            [("Persib Bandung", "ORG"), ("Persija Jakarta", "ORG")],
            set(),
        ),
        (
            "Ade Kuswara mengirim surat ke Polres Bekasi.",
            [("Ade Kuswara", "PER"), ("Polres Bekasi", "ORG")],
            {("Ade Kuswara", "SENDS", "Polres Bekasi")},
        ),
        # a win, as the schema's cue list has it (extractor v185)
        (
            "Persib Bandung mengalahkan Persija Jakarta 2-0.",
            [("Persib Bandung", "ORG"), ("Persija Jakarta", "ORG")],
            {("Persib Bandung", "WINS_AGAINST", "Persija Jakarta")},
        ),
        (
            "Persija Jakarta dikalahkan Persib Bandung 2-0.",
            [("Persija Jakarta", "ORG"), ("Persib Bandung", "ORG")],
            {("Persib Bandung", "WINS_AGAINST", "Persija Jakarta")},
        ),
        (
            "Persib Bandung menang 3-1 atas Persija Jakarta.",
            [("Persib Bandung", "ORG"), ("Persija Jakarta", "ORG")],
            {("Persib Bandung", "WINS_AGAINST", "Persija Jakarta")},
        ),
        (
            "Persib Bandung tidak mampu mengalahkan Persija Jakarta.",
            [("Persib Bandung", "ORG"), ("Persija Jakarta", "ORG")],
            set(),
        ),
        # the object past a title whose portfolio is joined by "dan" (extractor v187)
        (
            "Presiden Ade Kuswara memecat Menteri Kelautan dan Perikanan Slamet Riyadi.",
            PEOPLE,
            {
                ("Ade Kuswara", "DISMISSES", "Slamet Riyadi"),
                ("Slamet Riyadi", "OFFICIAL_OF", "Kementerian Kelautan dan Perikanan"),
            },
        ),
        # founding, owning, investing, acquiring (extractor v186)
        (
            "Ade Kuswara mendirikan PT Maju Jaya pada 2003.",
            [("Ade Kuswara", "PER"), ("PT Maju Jaya", "ORG")],
            {("Ade Kuswara", "BUILDS", "PT Maju Jaya")},
        ),
        (
            "PT Maju Jaya dimiliki oleh Ade Kuswara.",
            [("PT Maju Jaya", "ORG"), ("Ade Kuswara", "PER")],
            {("Ade Kuswara", "OWNS", "PT Maju Jaya")},
        ),
        (
            "Bank Mandiri menanamkan modal sebesar Rp 10 triliun di PT Maju Jaya.",
            [("Bank Mandiri", "ORG"), ("PT Maju Jaya", "ORG")],
            {("Bank Mandiri", "INVESTS_IN", "PT Maju Jaya")},
        ),
        (
            "Investasi Jepang di Indonesia naik.",
            [("Jepang", "LOC"), ("Indonesia", "LOC")],
            {("Japan", "INVESTS_IN", "Indonesia")},
        ),
        ("Modal asing masuk ke Indonesia.", [("Indonesia", "LOC")], set()),
        (
            "Bank Mandiri mengakuisisi PT Maju Jaya.",
            [("Bank Mandiri", "ORG"), ("PT Maju Jaya", "ORG")],
            {("Bank Mandiri", "ACQUIRES", "PT Maju Jaya")},
        ),
        # asked for, not done: the arrest is hypothetical (extractor v185)
        (
            "Ade Kuswara meminta Polres Bekasi menangkap Slamet Riyadi.",
            [("Ade Kuswara", "PER"), ("Polres Bekasi", "ORG"), ("Slamet Riyadi", "PER")],
            set(),
        ),
        (
            "Ade Kuswara meninjau Pasar Baru dan membantu Slamet Riyadi.",
            [("Ade Kuswara", "PER"), ("Pasar Baru", "LOC"), ("Slamet Riyadi", "PER")],
            set(),
        ),
        # hosting, as the schema's cue list has it; "menyambut baik" is praise (extractor v190)
        (
            "Slamet Riyadi disambut oleh Ade Kuswara di Bekasi.",
            [("Slamet Riyadi", "PER"), ("Ade Kuswara", "PER"), ("Bekasi", "LOC")],
            {("Ade Kuswara", "HOSTS", "Slamet Riyadi")},
        ),
        (
            "Ade Kuswara menjamu Slamet Riyadi di Bekasi.",
            [("Ade Kuswara", "PER"), ("Slamet Riyadi", "PER"), ("Bekasi", "LOC")],
            {("Ade Kuswara", "HOSTS", "Slamet Riyadi")},
        ),
        ("Ade Kuswara menyambut baik keputusan Slamet Riyadi.", PEOPLE, set()),
        # the agent of an act noun received, right after it (extractor v190)
        (
            "Ade Kuswara menerima kunjungan Perdana Menteri Malaysia Slamet Riyadi.",
            [("Ade Kuswara", "PER"), ("Malaysia", "LOC"), ("Slamet Riyadi", "PER")],
            {("Slamet Riyadi", "VISITS", "Ade Kuswara"), ("Slamet Riyadi", "LEADER_OF", "Malaysia")},
        ),
        (
            "Ade Kuswara mendapat dukungan Partai Golkar.",
            [("Ade Kuswara", "PER"), ("Partai Golkar", "ORG")],
            {("Golkar", "SUPPORTS", "Ade Kuswara")},
        ),
        ("Ade Kuswara menerima kunjungan kerja di Bekasi.", [("Ade Kuswara", "PER"), ("Bekasi", "LOC")], set()),
    ],
)
def test_cue_words(nlp, text, names, facts):
    assert ruled(run_after_ner(nlp, text, names)) == facts


def ruled(doc) -> set[tuple[str, str, str]]:
    """The rules' stated facts (not the relation model's; none flagged negated, hypothetical
    or alleged)."""
    return {
        (f.subject.name, f.predicate, f.object.name)
        for f in doc._.kg_triples
        if f.rule != "model" and not MODALITY & dict(f.properties).keys()
    }


def test_aid_as_a_noun_has_its_giver(nlp):
    """ "bantuan dari Jepang untuk Turki": the giver after *dari*, the receiver after *untuk*;
    with no light verb and no giver written, a name nearby is not taken as the giver."""
    doc = run_after_ner(
        nlp,
        "Bantuan dari Jepang untuk Turki tiba kemarin.",
        [("Jepang", "LOC"), ("Turki", "LOC")],
    )
    assert ("Japan", "PROVIDES_AID_TO", "Turkey") in stated(doc)
    doc = run_after_ner(
        nlp,
        "Ia meninjau dapur MBG, serta menyerahkan bantuan untuk Masjid Raya.",
        [("MBG", "ORG"), ("Masjid Raya", "LOC")],
    )
    assert not any(p == "PROVIDES_AID_TO" and s == "MBG" for s, p, _ in stated(doc))


def test_an_act_asked_for_is_hypothetical(nlp):
    """The arrest a request verb asks for is kept, flagged hypothetical; the same arrest
    stated plainly is not flagged."""
    names = [("Ade Kuswara", "PER"), ("Polres Bekasi", "ORG"), ("Slamet Riyadi", "PER")]
    asked = run_after_ner(nlp, "Ade Kuswara meminta Polres Bekasi menangkap Slamet Riyadi.", names)
    done = run_after_ner(nlp, "Kemarin Polres Bekasi menangkap Slamet Riyadi.", names[1:])

    def arrests(doc):
        return [dict(f.properties).get("hypothetical") for f in doc._.kg_triples if f.predicate == "ARRESTS"]

    assert arrests(asked) == ["true"]
    assert arrests(done) == [None]


def test_a_visit_someone_is_invited_to_make_is_hypothetical(nlp):
    """ "mengundang Presiden X untuk berkunjung": the request's addressee past a title."""
    doc = run_after_ner(
        nlp,
        "Ade Kuswara mengundang Presiden Slamet Riyadi untuk berkunjung ke Bekasi.",
        [("Ade Kuswara", "PER"), ("Slamet Riyadi", "PER"), ("Bekasi", "LOC")],
    )
    visits = [dict(f.properties).get("hypothetical") for f in doc._.kg_triples if f.predicate == "VISITS"]
    assert visits == ["true"]


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        (
            "DPR menyetujui RUU APBN 2026 dalam rapat paripurna.",
            [("DPR", "ORG"), ("RUU APBN 2026", "MISC")],
            "APPROVES",
        ),
        ("RUU APBN 2026 disetujui DPR dalam rapat paripurna.", [("RUU APBN 2026", "MISC"), ("DPR", "ORG")], "APPROVES"),
        ("Ade Kuswara memuji Slamet Riyadi atas kerja kerasnya.", PEOPLE, "PRAISES"),
        # denials and a condition
        ("DPR tidak menyetujui RUU APBN 2026.", [("DPR", "ORG"), ("RUU APBN 2026", "MISC")], None),
        ("Ade Kuswara enggan memuji Slamet Riyadi.", PEOPLE, None),
        ("Jika menang, Ade Kuswara akan memuji Slamet Riyadi.", PEOPLE, None),
    ],
)
def test_approving_and_praising(nlp, text, names, facts):
    """The schema's own words for APPROVES (*menyetujui*) and PRAISES (*memuji*, with
    *mengapresiasi*) are rule cues (extractor v239): a bill the house approves, a person
    praised; nothing for a denial or a condition."""
    subject, obj = (names[1][0], names[0][0]) if "disetujui" in text else (names[0][0], names[1][0])
    subject = {"DPR": "People's Representative Council"}.get(subject, subject)
    expected = {(subject, facts, obj)} if facts else set()
    assert {fact for fact in ruled(run_after_ner(nlp, text, names)) if fact[1] in ("APPROVES", "PRAISES")} == expected


ORGS = [("Partai Buruh", "ORG"), ("PT Maju Jaya", "ORG")]


@pytest.mark.parametrize(
    ("text", "names", "fact"),
    [
        ("Partai Buruh menggugat PT Maju Jaya ke pengadilan.", ORGS, ("Partai Buruh", "SUES", "PT Maju Jaya")),
        ("PT Maju Jaya digugat Partai Buruh.", ORGS[::-1], ("Partai Buruh", "SUES", "PT Maju Jaya")),
        ("Partai Buruh memprotes PT Maju Jaya.", ORGS, ("Partai Buruh", "PROTESTS_AGAINST", "PT Maju Jaya")),
        ("Partai Buruh melarang PT Maju Jaya beroperasi.", ORGS, ("Partai Buruh", "BANS", "PT Maju Jaya")),
        ("Partai Buruh menyelidiki PT Maju Jaya.", ORGS, ("Partai Buruh", "INVESTIGATES", "PT Maju Jaya")),
        ("PT Maju Jaya diusut Partai Buruh.", ORGS[::-1], ("Partai Buruh", "INVESTIGATES", "PT Maju Jaya")),
        ("PT Maju Jaya mendanai Partai Buruh.", ORGS[::-1], ("PT Maju Jaya", "FUNDS", "Partai Buruh")),
        ("Ade Kuswara dicalonkan Slamet Riyadi.", PEOPLE, ("Slamet Riyadi", "NOMINATES", "Ade Kuswara")),
        # the noun of funds is no funding: who got money from whom, as the annotations leave it open
        ("PT Maju Jaya mendapatkan dana kredit dari Partai Buruh.", ORGS[::-1], None),
        # a denial
        ("Partai Buruh tidak menggugat PT Maju Jaya.", ORGS, None),
    ],
)
def test_the_schema_s_own_words(nlp, text, names, fact):
    """The schema's own words of SUES, PROTESTS_AGAINST, BANS, INVESTIGATES, FUNDS and
    NOMINATES are rule cues (extractor v240), active and passive."""
    labels = {"SUES", "PROTESTS_AGAINST", "BANS", "INVESTIGATES", "FUNDS", "NOMINATES"}
    found = {f for f in ruled(run_after_ner(nlp, text, names)) if f[1] in labels}
    assert found == ({fact} if fact else set())


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        ("Ade Kuswara menerima Slamet Riyadi di ruang kerjanya.", PEOPLE, {("Ade Kuswara", "HOSTS", "Slamet Riyadi")}),
        # a thing received: money, a report from someone
        ("Ade Kuswara menerima Rp 10 miliar dari Slamet Riyadi.", PEOPLE, set()),
        ("Ade Kuswara menerima laporan dari Slamet Riyadi.", PEOPLE, set()),
        ("Ade Kuswara tidak menerima Slamet Riyadi.", PEOPLE, set()),
    ],
)
def test_receiving_a_visitor_is_hosting(nlp, text, names, facts):
    """ "X menerima Y" with a person received is hosting (extractor v243), as the annotations
    write it; money or a report received is no one hosted."""
    assert {f for f in ruled(run_after_ner(nlp, text, names)) if f[1] == "HOSTS"} == facts


GOLKAR_RK = [("Partai Golkar", "ORG"), ("Ridwan Kamil", "PER")]
GOLKAR_SUPPORTS = {("Golkar", "SUPPORTS", "Ridwan Kamil")}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Partai Golkar menyatakan dukungan kepada Ridwan Kamil dalam Pilkada Jakarta.", GOLKAR_SUPPORTS),
        ("Dukungan Partai Golkar terhadap Ridwan Kamil diumumkan kemarin.", GOLKAR_SUPPORTS),
        ("Partai Golkar memberikan dukungan penuh kepada Ridwan Kamil.", GOLKAR_SUPPORTS),
        # the one asked for support gives it, if anyone: no rule's fact either way
        ("Ridwan Kamil meminta dukungan kepada Partai Golkar.", set()),
        ("Partai Golkar tidak menyatakan dukungan kepada Ridwan Kamil.", set()),
    ],
)
def test_support_as_a_noun(nlp, text, facts):
    """ "X menyatakan dukungan kepada Y", "Dukungan X terhadap Y" (extractor v247): support
    as a noun, given by the light verb's subject or the name after the noun (the relation
    model's facts are not this test's)."""
    ruled = {
        (f.subject.name, f.predicate, f.object.name)
        for f in run_after_ner(nlp, text, GOLKAR_RK)._.kg_triples
        if f.predicate == "SUPPORTS" and f.rule != "model" and not MODALITY & dict(f.properties).keys()
    }
    assert ruled == facts


CONSULT = {"MEETS", "DISCUSSES_WITH"}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Ade Kuswara melakukan pertemuan dengan Slamet Riyadi di Bekasi.",
            {("Ade Kuswara", "MEETS", "Slamet Riyadi")},
        ),
        (
            "Ade Kuswara menggelar audiensi bersama Slamet Riyadi di Bekasi.",
            {("Ade Kuswara", "MEETS", "Slamet Riyadi")},
        ),
        (
            "Pertemuan Ade Kuswara dengan Slamet Riyadi berlangsung di Bekasi.",
            {("Ade Kuswara", "MEETS", "Slamet Riyadi")},
        ),
        ("Ade Kuswara dan Slamet Riyadi menggelar pertemuan tertutup.", {("Ade Kuswara", "MEETS", "Slamet Riyadi")}),
        ("Ade Kuswara berdialog dengan Slamet Riyadi di Bekasi.", {("Ade Kuswara", "MEETS", "Slamet Riyadi")}),
        (
            "Ade Kuswara berdiskusi dengan Slamet Riyadi di Bekasi.",
            {("Ade Kuswara", "DISCUSSES_WITH", "Slamet Riyadi")},
        ),
        (
            "Ade Kuswara berunding dengan Slamet Riyadi soal lahan.",
            {("Ade Kuswara", "DISCUSSES_WITH", "Slamet Riyadi")},
        ),
        (
            "Ade Kuswara berkomunikasi dengan Slamet Riyadi soal lahan.",
            {("Ade Kuswara", "DISCUSSES_WITH", "Slamet Riyadi")},
        ),
        ("Ade Kuswara tidak berkomunikasi dengan Slamet Riyadi.", set()),
        # the other side only: the two after "dengan" do not meet each other
        ("Setiap Senin kami rapat dengan Ade Kuswara dan Slamet Riyadi.", set()),
        ("Ade Kuswara tidak melakukan pertemuan dengan Slamet Riyadi.", set()),
    ],
)
def test_meetings_and_talks(nlp, text, facts):
    """A meeting held with someone ("melakukan pertemuan dengan X", "menggelar audiensi
    bersama X", "pertemuan A dengan B") is MEETS, as *berdialog*; *berdiskusi* and
    *berunding* are DISCUSSES_WITH (extractor v248: the schema's cue list for the consult
    family), as *berkomunikasi* (v253)."""
    assert {f for f in ruled(run_after_ner(nlp, text, PEOPLE)) if f[1] in CONSULT} == facts


@pytest.mark.parametrize(
    ("text", "names", "fact"),
    [
        (
            "DPR RI mengesahkan RUU Perampasan Aset pada Selasa.",
            [("DPR RI", "ORG"), ("RUU Perampasan Aset", "MISC")],
            ("DPR RI", "APPROVES", "RUU Perampasan Aset"),
        ),
        (
            "Partai Gerindra mengusung Dedi Mulyadi sebagai calon gubernur.",
            [("Partai Gerindra", "ORG"), ("Dedi Mulyadi", "PER")],
            ("Gerindra", "NOMINATES", "Dedi Mulyadi"),
        ),
        (
            "Ade Kuswara menginstruksikan Slamet Riyadi untuk menindak pelaku.",
            PEOPLE,
            ("Ade Kuswara", "ORDERS", "Slamet Riyadi"),
        ),
        (
            "Slamet Riyadi diperintahkan Ade Kuswara untuk menindak pelaku.",
            PEOPLE,
            ("Ade Kuswara", "ORDERS", "Slamet Riyadi"),
        ),
        (
            "Pertamina bermitra dengan ExxonMobil dalam proyek itu.",
            [("Pertamina", "ORG"), ("ExxonMobil", "ORG")],
            ("Pertamina", "COOPERATES_WITH", "ExxonMobil"),
        ),
        # a theme carried is no one nominated; a permission withheld is none given
        (
            "Festival Jakarta mengusung tema Lestari tahun ini.",
            [("Festival Jakarta", "MISC"), ("Lestari", "MISC")],
            None,
        ),
        ("Ade Kuswara tidak mengizinkan Slamet Riyadi masuk.", PEOPLE, None),
    ],
)
def test_approving_nominating_ordering_and_partnering_verbs(nlp, text, names, fact):
    """The schema's cue verbs *mengesahkan*, *mengizinkan* (APPROVES), *mengusung*
    (NOMINATES, of a person), *memerintahkan*, *menginstruksikan*, *mewajibkan* (ORDERS) and
    *bermitra* (COOPERATES_WITH) are rule cues (extractor v251)."""
    labels = {"APPROVES", "NOMINATES", "ORDERS", "COOPERATES_WITH"}
    found = {f for f in ruled(run_after_ner(nlp, text, names)) if f[1] in labels}
    assert found == ({fact} if fact else set())


WASKITA = [
    ("PT Waskita Karya", "ORG"),
    ("Bandara Sibisa", "LOC"),
    ("Joko Widodo", "PER"),
    ("Indonesia", "LOC"),
    ("Kejaksaan Agung", "ORG"),
]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Bandara Sibisa yang dibangun oleh PT Waskita Karya diresmikan kemarin.",
            {("PT Waskita Karya", "BUILDS", "Bandara Sibisa")},
        ),
        ("Gedung baru dibangun oleh PT Waskita Karya pada 2019.", {("PT Waskita Karya", "BUILDS", "Gedung baru")}),
        # the object as the argument finder chunks it, not cut before "baru"
        ("PT Waskita Karya membangun gedung baru di Bekasi.", {("PT Waskita Karya", "BUILDS", "gedung baru")}),
        # denied; a country, an image and waking up are not built
        ("Bandara Sibisa tidak dibangun oleh PT Waskita Karya.", set()),
        ("Joko Widodo membangun Indonesia dari pinggiran.", set()),
        ("PT Waskita Karya membangun citra perusahaan.", set()),
        ("Joko Widodo terbangun dari tidurnya.", set()),
        # a description is the fact builder's to name (and to refer back)
        ("Gedung itu dibangun oleh PT Waskita Karya.", set()),
        # the name that ends the building's phrase is whose it is, not what was built (v259)
        (
            "Gedung baru Kejaksaan Agung dibangun oleh PT Waskita Karya.",
            {("PT Waskita Karya", "BUILDS", "gedung baru")},
        ),
    ],
)
def test_building_by_its_verb(nlp, text, facts):
    """ "X yang dibangun oleh Y" (extractor v254): *membangun* and its passive are BUILDS of a
    facility, a product, an organisation or a thing (the schema's domain and range, so no
    country: "membangun Indonesia"), a common noun phrase taken whole as the argument finder
    chunks it."""
    names = [(n, t) for n, t in WASKITA if n in text]
    assert {f for f in ruled(run_after_ner(nlp, text, names)) if f[1] == "BUILDS"} == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Pabrik rudal Korea Utara dikunjungi Kim Jong-un pada Senin.", {("Kim Jong-un", "VISITS", "pabrik rudal")}),
        ("Kim Jong-un mengunjungi pabrik rudal Korea Utara pada Senin.", {("Kim Jong-un", "VISITS", "pabrik rudal")}),
        # the country itself visited
        ("Korea Utara dikunjungi Kim Jong-un pada Senin.", {("Kim Jong-un", "VISITS", "North Korea")}),
    ],
)
def test_a_passive_s_thing_is_the_phrase_a_name_ends(nlp, text, facts):
    """ "Pabrik rudal Korea Utara dikunjungi Kim" (extractor v259): the factory is visited,
    as the active sentence reads it, not the country whose name ends its phrase."""
    names = [(n, t) for n, t in (("Korea Utara", "LOC"), ("Kim Jong-un", "PER")) if n in text]
    assert {f for f in ruled(run_after_ner(nlp, text, names)) if f[1] == "VISITS"} == facts
