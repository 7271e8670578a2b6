"""Facts that repeat another fact of their sentence go, on fixed facts: a canonical fact
whose object wraps another's ("pesawat baru Airbus A330" beside "Airbus A330"), an open
fact a canonical one already states, a second role relation of one person and body, an
open fact stated both ways (extractor v107)."""

from test_components import run_after_ner

from kg.extractors.indonesian.fact_entities import Fact
from kg.extractors.indonesian.redundancy import without_repeats
from kg.extractors.indonesian.speaker_sides import ROLE_RELATIONS
from kg.model import Entity

GARUDA = Entity("e1", "Garuda Indonesia", "ORG")
PLANE = Entity("e2", "Airbus A330-900 Neo", "PRODUCT")
PHRASE = Entity("e3", "pesawat baru Airbus A330-900 Neo", "CONCEPT")
BUDI = Entity("e4", "Budi Santoso", "PERSON")
KPU = Entity("e5", "KPU", "ORG")


def fact(subject, predicate, obj, confidence=0.5, sentence=0):
    return Fact(subject, predicate, "milik", obj, sentence, confidence, "model")


EMBASSY = Entity("e6", "Kedutaan Besar Rusia", "ORG")
RUSSIA = Entity("e7", "Rusia", "GPE")
PHRASES = {PHRASE.id}  # the entities made of noun phrases


def kept(facts):
    return {(f.subject.name, f.predicate, f.object.name) for f in without_repeats(facts, ROLE_RELATIONS, PHRASES)}


def test_a_canonical_fact_about_a_phrase_around_a_name_goes():
    facts = [fact(GARUDA, "OWNS", PLANE), fact(GARUDA, "OWNS", PHRASE, 0.7)]
    assert kept(facts) == {("Garuda Indonesia", "OWNS", "Airbus A330-900 Neo")}


def test_a_name_around_a_name_stays():
    assert len(kept([fact(BUDI, "VISITS", EMBASSY), fact(BUDI, "VISITS", RUSSIA)])) == 2


def test_the_phrase_stays_in_another_sentence_with_another_relation_or_as_an_open_fact():
    assert len(kept([fact(GARUDA, "OWNS", PLANE), fact(GARUDA, "OWNS", PHRASE, sentence=90)])) == 2
    assert len(kept([fact(GARUDA, "OWNS", PLANE), fact(GARUDA, "BUYS_FROM", PHRASE)])) == 2
    assert len(kept([fact(GARUDA, "RELATED_TO", PLANE), fact(GARUDA, "RELATED_TO", PHRASE)])) == 2


def test_an_open_fact_a_canonical_one_states_goes():
    assert kept([fact(GARUDA, "OWNS", PLANE), fact(GARUDA, "RELATED_TO", PLANE)]) == {
        ("Garuda Indonesia", "OWNS", "Airbus A330-900 Neo")
    }


def test_one_role_relation_per_person_and_body():
    facts = [fact(BUDI, "LEADER_OF", KPU, 0.9), fact(BUDI, "OFFICIAL_OF", KPU, 0.6)]
    assert kept(facts) == {("Budi Santoso", "LEADER_OF", "KPU")}


def test_an_object_named_inside_the_open_one_is_no_open_fact():
    japan, korea = Entity("e1", "Japan", "GPE", ("Jepang",)), Entity("e2", "North Korea", "GPE", ("Korea Utara",))
    longer, other = Entity("e3", "Korea Utara (18/10/2025)", "CONCEPT"), Entity("e4", "sanksi baru", "CONCEPT")
    canonical = Fact(japan, "CRITICIZES", "mengecam", korea, 0, 0.85, "active", (), "kecam")
    inside = Fact(japan, "RELATED_TO", "mengecam", longer, 0, 0.3, "model", (), "kecam")
    beside = Fact(japan, "RELATED_TO", "mengecam", other, 0, 0.3, "model", (), "kecam")
    elsewhere = Fact(japan, "RELATED_TO", "mengecam", longer, 50, 0.3, "model", (), "kecam")
    assert without_repeats([canonical, inside, beside, elsewhere], ROLE_RELATIONS) == [canonical, beside, elsewhere]


MEDAN = Entity("e8", "Medan", "GPE")
SURABAYA = Entity("e9", "Surabaya", "GPE")
JAWA_TIMUR = Entity("e10", "Jawa Timur", "GPE")


def test_two_containment_facts_that_hold_each_other_both_go():
    """Lists of cities in two sentences of an article: "Medan LOCATED_IN Surabaya" and back."""
    facts = [
        fact(MEDAN, "LOCATED_IN", SURABAYA, sentence=0),
        fact(SURABAYA, "LOCATED_IN", MEDAN, sentence=100),
        fact(SURABAYA, "LOCATED_IN", JAWA_TIMUR, sentence=100),
        fact(MEDAN, "RELATED_TO", SURABAYA),  # not a containment
    ]
    assert kept(facts) == {("Surabaya", "LOCATED_IN", "Jawa Timur"), ("Medan", "RELATED_TO", "Surabaya")}


def test_of_twins_one_name_starting_the_other_the_one_the_name_runs_on_in_stays():
    """The NER cut "Pemerintah Provinsi" off "Pemerintah Provinsi Jawa Tengah" and both took
    the fact; a phrase that runs past a name with common words ("Timnas juara") goes."""
    cut, whole = Entity("e8", "Pemerintah Provinsi", "MISC"), Entity("e9", "Pemerintah Provinsi Jawa Tengah", "ORG")
    aid = Entity("e10", "bantuan sosial", "PROGRAM")
    facts = [fact(cut, "PROVIDES_AID_TO", aid), fact(whole, "PROVIDES_AID_TO", aid)]
    assert kept(facts) == {("Pemerintah Provinsi Jawa Tengah", "PROVIDES_AID_TO", "bantuan sosial")}
    team, past = Entity("e11", "Timnas", "ORG"), Entity("e12", "Timnas juara", "CONCEPT")
    assert kept([fact(BUDI, "RELATED_TO", team), fact(BUDI, "RELATED_TO", past)]) == {
        ("Budi Santoso", "RELATED_TO", "Timnas")
    }
    club = Entity("e13", "Brighton and Hove Albion", "ORG")
    assert kept([fact(GARUDA, "MEETS", Entity("e14", "Brighton", "ORG")), fact(GARUDA, "MEETS", club)]) == {
        ("Garuda Indonesia", "MEETS", "Brighton and Hove Albion")
    }
    assert len(kept([fact(cut, "PROVIDES_AID_TO", aid), fact(whole, "FUNDS", aid)])) == 2  # another relation


def test_a_name_the_other_argument_gives_as_its_origin_goes():
    """ "47 ribu wisatawan asal China mengunjungi Sulawesi Utara": the tourists visit, China
    is where they come from; found by the name or an alias ("Tiongkok")."""
    tourists = Entity("e15", "47 ribu wisatawan asal Tiongkok", "PERSON")
    china, north = Entity("e16", "China", "GPE", ("Tiongkok",)), Entity("e17", "Sulawesi Utara", "GPE")
    facts = [fact(china, "VISITS", north), fact(tourists, "VISITS", north)]
    assert kept(facts) == {("47 ribu wisatawan asal Tiongkok", "VISITS", "Sulawesi Utara")}
    chinatown = Entity("e18", "Chinatown", "LOC")
    assert (
        len(
            kept([fact(chinatown, "VISITS", north), fact(Entity("e19", "turis asal China", "PERSON"), "VISITS", north)])
        )
        == 2
    )


def test_of_an_open_fact_stated_both_ways_the_more_confident_stays():
    facts = [fact(KPU, "RELATED_TO", BUDI, 0.44), fact(BUDI, "RELATED_TO", KPU, 0.21)]
    assert kept(facts) == {("KPU", "RELATED_TO", "Budi Santoso")}
    assert kept(facts[::-1]) == {("KPU", "RELATED_TO", "Budi Santoso")}
    tie = [fact(BUDI, "RELATED_TO", KPU, 0.3), fact(KPU, "RELATED_TO", BUDI, 0.3)]
    assert kept(tie) == {("Budi Santoso", "RELATED_TO", "KPU")}  # the first of equals


def test_open_facts_both_ways_in_other_sentences_or_one_way_with_other_words_stay():
    assert len(kept([fact(KPU, "RELATED_TO", BUDI, 0.44), fact(BUDI, "RELATED_TO", KPU, 0.21, sentence=90)])) == 2
    other_words = Fact(KPU, "RELATED_TO", "memanggil", BUDI, 0, 0.3, "model", (), "panggil")
    assert len(without_repeats([fact(KPU, "RELATED_TO", BUDI, 0.44), other_words], ROLE_RELATIONS)) == 2
    assert len(kept([fact(KPU, "PROSECUTES", BUDI, 0.44), fact(BUDI, "CRITICIZES", KPU, 0.3)])) == 2


def test_an_appeal_to_a_court_is_one_open_fact(nlp):
    text = "Rudi Hartono diketahui mengajukan banding ke Pengadilan Tinggi Agama Surabaya."
    doc = run_after_ner(nlp, text, [("Rudi Hartono", "PERSON"), ("Pengadilan Tinggi Agama Surabaya", "ORG")])
    assert {(f.subject.name, f.predicate, f.predicate_text, f.object.name) for f in doc._.kg_triples} == {
        ("Rudi Hartono", "RELATED_TO", "mengajukan", "Pengadilan Tinggi Agama Surabaya")
    }


def test_a_thing_asked_for_goes_beside_the_party_asked():
    """ "Agus mengimbau seluruh pihak agar ... menyukseskan Sekolah Rakyat": the annotations
    take the party when one is named, the thing otherwise (and in another sentence)."""
    school = Entity("e8", "Sekolah Rakyat", "FACILITY")
    rule = Entity("e9", "aturan internal", "LAW")
    facts = [
        fact(BUDI, "URGES", KPU),
        fact(BUDI, "URGES", school),
        fact(BUDI, "WARNS", rule),  # no party warned: the thing stays
        fact(GARUDA, "URGES", rule),  # another subject
        fact(BUDI, "URGES", rule, sentence=5),  # another sentence
    ]
    assert kept(facts) == {
        ("Budi Santoso", "URGES", "KPU"),
        ("Budi Santoso", "WARNS", "aturan internal"),
        ("Garuda Indonesia", "URGES", "aturan internal"),
        ("Budi Santoso", "URGES", "aturan internal"),
    }
