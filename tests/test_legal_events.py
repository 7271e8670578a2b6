"""Legal and personnel events the training articles state too rarely to learn (extractor
v174: the cues of the schema proposal in ``data/rules.toml``): dismissals, sentences,
arrests by the verbs of crime news; extractor v184: a sanction or a sentence as a noun
after its light verb, imports, work for an employer (not "bekerja sama", cooperation).
Exact sets of stated facts on fixed NER output, with near variants that must state nothing
(a denial, a question, a condition)."""

import pytest
from test_components import run_after_ner, stated
from test_cue_words import ruled

PEOPLE = [("Ade Kuswara", "PER"), ("Slamet Riyadi", "PER")]
STATES = [("Amerika Serikat", "LOC"), ("Rusia", "LOC")]


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        (
            "Ade Kuswara memecat Slamet Riyadi pada Senin.",
            PEOPLE,
            {("Ade Kuswara", "DISMISSES", "Slamet Riyadi")},
        ),
        (
            "Slamet Riyadi dicopot oleh Ade Kuswara pada Senin.",
            PEOPLE,
            {("Ade Kuswara", "DISMISSES", "Slamet Riyadi")},
        ),
        (
            "Pengadilan Negeri Bekasi memvonis Slamet Riyadi lima tahun penjara.",
            [("Pengadilan Negeri Bekasi", "ORG"), ("Slamet Riyadi", "PER")],
            {("Pengadilan Negeri Bekasi", "SENTENCES", "Slamet Riyadi")},
        ),
        (
            "Polres Metro Bekasi membekuk Slamet Riyadi di rumahnya.",
            [("Polres Metro Bekasi", "ORG"), ("Slamet Riyadi", "PER")],
            {("Polres Metro Bekasi", "ARRESTS", "Slamet Riyadi")},
        ),
        # an acquittal is no sentence (extractor v175)
        (
            "Pengadilan Negeri Bekasi memvonis Slamet Riyadi bebas.",
            [("Pengadilan Negeri Bekasi", "ORG"), ("Slamet Riyadi", "PER")],
            set(),
        ),
        (
            "Slamet Riyadi divonis bebas oleh Pengadilan Negeri Bekasi.",
            [("Slamet Riyadi", "PER"), ("Pengadilan Negeri Bekasi", "ORG")],
            set(),
        ),
        (
            "Amerika Serikat menjatuhkan sanksi kepada Rusia.",
            STATES,
            {("United States", "SANCTIONS", "Russia")},
        ),
        (
            "Sanksi Amerika Serikat terhadap Rusia diperketat.",
            STATES,
            {("United States", "SANCTIONS", "Russia")},
        ),
        (
            "Pengadilan Negeri Bekasi menjatuhkan vonis lima tahun penjara kepada Slamet Riyadi.",
            [("Pengadilan Negeri Bekasi", "ORG"), ("Slamet Riyadi", "PER")],
            {("Pengadilan Negeri Bekasi", "SENTENCES", "Slamet Riyadi")},
        ),
        (
            "Indonesia mengimpor beras dari Vietnam.",
            [("Indonesia", "LOC"), ("Vietnam", "LOC")],
            {("Indonesia", "IMPORTS_FROM", "Vietnam")},
        ),
        (
            "Slamet Riyadi bekerja di Pertamina sejak 2010.",
            [("Slamet Riyadi", "PER"), ("Pertamina", "ORG")],
            {("Slamet Riyadi", "EMPLOYEE_OF", "Pertamina")},
        ),
        ("Amerika Serikat tidak menjatuhkan sanksi kepada Rusia.", STATES, set()),
        ("Apakah Amerika Serikat akan menjatuhkan sanksi kepada Rusia?", STATES, set()),
        ("Indonesia tidak mengimpor beras dari Vietnam.", [("Indonesia", "LOC"), ("Vietnam", "LOC")], set()),
        ("Ade Kuswara tidak memecat Slamet Riyadi.", PEOPLE, set()),
        ("Apakah Ade Kuswara memecat Slamet Riyadi?", PEOPLE, set()),
        ("Jika Ade Kuswara memecat Slamet Riyadi, warga akan protes.", PEOPLE, set()),
    ],
)
def test_legal_and_personnel_events(nlp, text, names, facts):
    doc = run_after_ner(nlp, text, names)
    canonical = {(s, p, o) for s, p, o in stated(doc) if p != "RELATED_TO"}
    assert canonical == facts


def test_working_together_is_no_membership(nlp):
    """ "bekerja sama dengan" is cooperation: no member or employee fact either way (before
    v184 the rules read "bekerja ... dengan" as MEMBER_OF)."""
    doc = run_after_ner(
        nlp,
        "Kementerian Kesehatan bekerja sama dengan Pertamina untuk mengawasi makanan.",
        [("Kementerian Kesehatan", "ORG"), ("Pertamina", "ORG")],
    )
    assert not {p for _, p, _ in stated(doc)} & {"MEMBER_OF", "EMPLOYEE_OF"}


def test_no_goods_outside_trade(nlp):
    """The words between a verb and its object's preposition are goods only for the trade
    relations ("mengekspor CPO ke India"), not "keras" of "bekerja keras untuk X"."""
    doc = run_after_ner(
        nlp,
        "Slamet Riyadi bekerja keras untuk Pertamina.",
        [("Slamet Riyadi", "PER"), ("Pertamina", "ORG")],
    )
    assert [dict(f.properties).get("goods") for f in doc._.kg_triples if f.predicate == "EMPLOYEE_OF"] == [None]


POLICE = [*PEOPLE, ("Polda Metro Jaya", "ORG")]
REPORTED = {("Ade Kuswara", "REPORTS_TO_AUTHORITIES", "Slamet Riyadi")}


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        ("Ade Kuswara melaporkan Slamet Riyadi ke Polda Metro Jaya atas dugaan penipuan.", POLICE, REPORTED),
        ("Ade Kuswara melaporkan Slamet Riyadi atas dugaan pencemaran nama baik ke polisi.", PEOPLE, REPORTED),
        ("Slamet Riyadi dilaporkan ke polisi oleh Ade Kuswara.", PEOPLE, REPORTED),
        # no authority after the verb: a report of news, not a complaint
        ("Ade Kuswara melaporkan bahwa Slamet Riyadi tiba di Jakarta kemarin.", PEOPLE, set()),
        # a denial and a condition
        ("Ade Kuswara tidak melaporkan Slamet Riyadi ke Polda Metro Jaya.", POLICE, set()),
        ("Jika kalah, Ade Kuswara akan melaporkan Slamet Riyadi ke polisi.", PEOPLE, set()),
    ],
)
def test_a_complaint_to_an_authority(nlp, text, names, facts):
    """ "X melaporkan Y ke polisi" (extractor v230): a report with the authority after *ke*
    or *kepada* within its clause is a complaint about Y (the open facts to the authority,
    the relation model's, are not this test's)."""
    complaints = {fact for fact in stated(run_after_ner(nlp, text, names)) if fact[1] == "REPORTS_TO_AUTHORITIES"}
    assert complaints == facts


ISRAEL_GAZA = [("Israel", "GPE"), ("Jalur Gaza", "LOC")]


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        (
            "Militer Israel melancarkan serangan udara ke Jalur Gaza.",
            ISRAEL_GAZA,
            {("Israel", "ATTACKS", "Gaza Strip")},
        ),
        ("Serangan Israel terhadap Jalur Gaza berlanjut.", ISRAEL_GAZA, {("Israel", "ATTACKS", "Gaza Strip")}),
        # where an attack happened is no target; an attack of no named target
        ("Israel berduka dua bulan usai serangan di Jalur Gaza.", ISRAEL_GAZA, set()),
        ("Serangan Israel menewaskan warga Jalur Gaza.", ISRAEL_GAZA, set()),
        # a denial
        ("Israel tidak melancarkan serangan ke Jalur Gaza.", ISRAEL_GAZA, set()),
    ],
)
def test_an_attack_as_a_noun(nlp, text, names, facts):
    """ "melancarkan serangan udara ke X", "serangan Israel terhadap X" (extractor v237): the
    noun of an attack with its target after *ke* or *terhadap*, its agent the light verb's
    subject or the name after the noun (the relation model's facts are not this test's)."""
    ruled = {
        (f.subject.name, f.predicate, f.object.name)
        for f in run_after_ner(nlp, text, names)._.kg_triples
        if f.predicate == "ATTACKS"
        and f.rule != "model"
        and not {"negated", "hypothetical"} & dict(f.properties).keys()
    }
    assert ruled == facts


POLICE_SUSPECT = [("Polda Metro Jaya", "ORG"), ("Budi Santoso", "PER")]
ARREST = {("Regional Police of Greater Jakarta", "ARRESTS", "Budi Santoso")}
INQUIRY = {("Regional Police of Greater Jakarta", "INVESTIGATES", "Budi Santoso")}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Polda Metro Jaya melakukan penangkapan terhadap Budi Santoso di Bandung.", ARREST),
        ("Polda Metro Jaya melakukan penahanan terhadap Budi Santoso selama 20 hari.", ARREST),
        ("Polda Metro Jaya melakukan penyidikan terhadap Budi Santoso.", INQUIRY),
        ("Polda Metro Jaya melakukan penyelidikan terhadap Budi Santoso.", INQUIRY),
        # the name after the noun is whom it is done to, no agent; an arrest refused
        ("Penahanan Budi Santoso diperpanjang Polda Metro Jaya.", set()),
        ("Budi Santoso menolak penahanan terhadap dirinya oleh Polda Metro Jaya.", set()),
        # a denial
        ("Polda Metro Jaya tidak melakukan penangkapan terhadap Budi Santoso.", set()),
    ],
)
def test_an_arrest_or_an_inquiry_as_a_noun(nlp, text, facts):
    """ "X melakukan penangkapan terhadap Y" (extractor v245): an arrest, a detention or an
    inquiry as a noun after the light verb *melakukan*, done to whom *terhadap* names
    (stated by the rule, or by the relation model where it scores the pair higher)."""
    found = {f for f in stated(run_after_ner(nlp, text, POLICE_SUSPECT)) if f[1] in ("ARRESTS", "INVESTIGATES")}
    assert found == facts


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        (
            "Kejaksaan Negeri Sidoarjo menahan dua tersangka perkara korupsi.",
            [("Kejaksaan Negeri Sidoarjo", "ORG")],
            {("Kejaksaan Negeri Sidoarjo", "ARRESTS", "dua tersangka")},
        ),
        (
            "Polres Bogor menangkap tiga pelaku pencurian di pasar.",
            [("Polres Bogor", "ORG")],
            {("Polres Bogor", "ARRESTS", "tiga pelaku")},
        ),
        (
            "Pengadilan Negeri Bogor membebaskan dua terdakwa kasus itu.",
            [("Pengadilan Negeri Bogor", "ORG")],
            {("Pengadilan Negeri Bogor", "RELEASES", "dua terdakwa")},
        ),
        # no people counted after the verb: a catch, a detention denied
        ("Polres Bogor menangkap ikan di danau itu.", [("Polres Bogor", "ORG")], set()),
        ("Polres Bogor tidak menangkap tiga pelaku itu.", [("Polres Bogor", "ORG")], set()),
    ],
)
def test_people_counted_after_the_verb_are_the_arrested(nlp, text, names, facts):
    """ "Kejari menahan [dua tersangka] perkara korupsi" (extractor v252): the counted
    people right after an arrest's, a charge's or a release's verb are its object, up to the
    noun that names them, as the annotations write them."""
    found = {f for f in ruled(run_after_ner(nlp, text, names)) if f[1] in ("ARRESTS", "RELEASES", "CHARGES")}
    assert found == facts


@pytest.mark.parametrize(
    ("text", "names", "facts"),
    [
        (
            "Polisi menangkap Budi Santoso di Bandung.",
            [("Budi Santoso", "PER")],
            {("Polisi", "ARRESTS", "Budi Santoso")},
        ),
        (
            "Petugas kepolisian telah menangkap Budi Santoso.",
            [("Budi Santoso", "PER")],
            {("Petugas kepolisian", "ARRESTS", "Budi Santoso")},
        ),
        (
            "Jaksa penuntut umum mendakwa Budi Santoso dengan pasal korupsi.",
            [("Budi Santoso", "PER")],
            {("Jaksa penuntut umum", "CHARGES", "Budi Santoso")},
        ),
        # the phrase is another verb's object or a preposition's, the act denied or asked for
        ("Warga meminta polisi menangkap Budi Santoso.", [("Budi Santoso", "PER")], set()),
        ("Laporan kepada polisi menangkap Budi Santoso.", [("Budi Santoso", "PER")], set()),
        ("Polisi tidak menangkap Budi Santoso.", [("Budi Santoso", "PER")], set()),
        ("Jika polisi menangkap Budi Santoso, kasus itu selesai.", [("Budi Santoso", "PER")], set()),
    ],
)
def test_a_noun_phrase_of_people_or_a_body_acts(nlp, text, names, facts):
    """ "Polisi menangkap X" (extractor v253): with no name before the verb, the argument
    finder's phrase of people or of a body right before it is the subject, as the
    annotations write such agents; not when the phrase belongs to a verb or a preposition
    before it."""
    found = {f for f in ruled(run_after_ner(nlp, text, names)) if f[1] in ("ARRESTS", "CHARGES")}
    assert found == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Andi Wijaya melakukan pembunuhan terhadap Budi Santoso.", {("Andi Wijaya", "KILLS", "Budi Santoso")}),
        (
            "Andi Wijaya melakukan pembunuhan dengan senjata tajam terhadap Budi Santoso di Palembang.",
            {("Andi Wijaya", "KILLS", "Budi Santoso")},
        ),
        ("Andi Wijaya melakukan penculikan terhadap Budi Santoso.", {("Andi Wijaya", "KIDNAPS", "Budi Santoso")}),
        # denied; the noun with no light verb and no agent
        ("Andi Wijaya tidak melakukan pembunuhan terhadap Budi Santoso.", set()),
        ("Pembunuhan terhadap Budi Santoso terjadi di Palembang.", set()),
    ],
)
def test_a_killing_or_a_kidnapping_as_a_noun(nlp, text, facts):
    """ "X melakukan pembunuhan terhadap Y" (extractor v253), as an arrest is."""
    names = [(n, t) for n, t in (("Andi Wijaya", "PER"), ("Budi Santoso", "PER"), ("Palembang", "LOC")) if n in text]
    found = {f for f in stated(run_after_ner(nlp, text, names)) if f[1] in ("KILLS", "KIDNAPS")}
    assert found == facts
