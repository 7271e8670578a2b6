"""The trained entity typer (kg_id_entity_types_v1): its decisions on fixed mention input,
its rules around the model (gazetteer, OTHER, low probability), how the conversion applies
it, its training script, and the type count of `kg eval --relations`."""

from dataclasses import replace

import numpy
import pytest
from conftest import load_script
from test_components import run_after_ner

from kg.evaluate_facts import TypeCount, type_count
from kg.extractors.indonesian.entity_types import LABELS, EntityTyper, TypeModel, entity_features
from kg.extractors.indonesian.extractor import to_extraction
from kg.gold import GoldFact
from kg.model import Article, Entity, Extraction, Mention


def types_after(nlp, text, names):
    doc = run_after_ner(nlp, text, names)
    return doc, {e.name: doc._.kg_entity_types.get(eid, e.type) for eid, e in doc._.kg_entities.items()}


@pytest.mark.parametrize(
    "text, names, expected",
    [
        (
            "Aktivis lingkungan, Budi Hartono Wijaya, ditahan polisi di Pekanbaru. "
            "Budi Hartono Wijaya ditangkap ketika berada di bandara.",
            [("Budi Hartono Wijaya", "ORG"), ("Pekanbaru", "LOC")],
            {"Budi Hartono Wijaya": "PERSON", "Pekanbaru": "GPE"},
        ),
        (
            "Banjir melanda Kabupaten Sukamaju pekan lalu. Bupati meninjau lokasi di Jalan Merdeka Barat.",
            [("Kabupaten Sukamaju", "LOC"), ("Jalan Merdeka Barat", "LOC")],
            {"Kabupaten Sukamaju": "GPE", "Jalan Merdeka Barat": "FACILITY"},
        ),
        (
            "Presiden Joko Widodo mengunjungi Tokyo pada pekan lalu.",
            [("Joko Widodo", "PER"), ("Tokyo", "LOC")],
            {"Joko Widodo": "PERSON", "Tokyo": "GPE"},
        ),
    ],
)
def test_the_shipped_typer_on_fixed_mentions(nlp, text, names, expected):
    _, types = types_after(nlp, text, names)
    assert types == expected


def test_the_conversion_gives_the_new_type_to_entity_mentions_and_facts(nlp):
    text = "Presiden Joko Widodo mengunjungi Pekanbaru pada pekan lalu. Warga Pekanbaru menyambutnya."
    doc = run_after_ner(nlp, text, [("Joko Widodo", "PER"), ("Pekanbaru", "LOC"), ("Pekanbaru", "LOC")])
    (eid,) = [k for k, e in doc._.kg_entities.items() if e.name == "Pekanbaru"]
    assert doc._.kg_entities[eid].type == "LOC" and doc._.kg_entity_types == {eid: "GPE"}
    extraction = to_extraction(Article("a1", text), doc, "kg.test")
    assert {e.type for e in extraction.entities if e.id == eid} == {"GPE"}
    assert [m.type for m in extraction.mentions if m.entity_id == eid] == ["GPE", "GPE"]
    facts = [t for t in extraction.triples if eid in (t.subject.id, t.object.id)]
    assert facts and all(e.type == "GPE" for t in facts for e in (t.subject, t.object) if e.id == eid)


def one_feature_model(feature: str, label: str, weight: float) -> TypeModel:
    w = numpy.zeros(len(LABELS))
    w[LABELS.index(label)] = weight
    return TypeModel({feature: w}, numpy.zeros(len(LABELS)))


@pytest.mark.parametrize(
    "label, weight, changed",
    [("GPE", 5.0, True), ("OTHER", 5.0, False), ("GPE", 1.0, False)],  # e^1 / (e^1 + 5) < 0.5: kept
)
def test_other_and_unsure_types_keep_the_pipeline_s(nlp, label, weight, changed):
    doc = run_after_ner(nlp, "Tim Sinar Abadi menang di Tegalrejo.", [("Sinar Abadi", "ORG"), ("Tegalrejo", "LOC")])
    typer = EntityTyper("t", one_feature_model("ML=ORG", label, weight))
    assert bool(typer(doc)._.kg_entity_types) is changed


def test_a_person_stays_a_person_and_a_misc_name_stays_misc(nlp):
    text = "Budi Santoso membeli Pertamax di Tegalrejo."
    doc = run_after_ner(nlp, text, [("Budi Santoso", "PER"), ("Pertamax", "MISC")])
    assert {e.type for e in doc._.kg_entities.values()} >= {"PERSON", "MISC"}
    for feature in ("ML=PERSON", "ML=MISC"):
        assert EntityTyper("t", one_feature_model(feature, "ORG", 9.0))(doc)._.kg_entity_types == {}


def test_a_role_holder_of_no_known_type_is_a_person(nlp):
    """A name the NER typed MISC that a role rule makes a role's holder is a person; a MISC
    name beside it that holds no role stays MISC."""
    text = "Rina Hartati, Wakil Direktur PT Sentosa Abadi, memperkenalkan Sentosa Fold di Jakarta."
    names = [("Rina Hartati", "MISC"), ("PT Sentosa Abadi", "ORG"), ("Sentosa Fold", "MISC"), ("Jakarta", "LOC")]
    doc, types = types_after(nlp, text, names)
    assert types["Rina Hartati"] == "PERSON" and types["Sentosa Fold"] == "MISC"
    extraction = to_extraction(Article("a1", text), doc, "kg.test")
    roles = [(t.subject.name, t.subject.type, t.predicate) for t in extraction.triples if t.predicate == "OFFICIAL_OF"]
    assert roles == [("Rina Hartati", "PERSON", "OFFICIAL_OF")]


def test_a_name_with_an_organisation_s_head_word_never_becomes_a_person(nlp):
    """Whatever the model says, "Kejari Sukamaju" (a prosecutor's office) stays an organisation;
    an organisation with no such head word ("Sinar Wijaya") may become a person."""
    text = "Kejari Sukamaju menahan tersangka. Tim Sinar Wijaya menang di Tegalrejo."
    doc = run_after_ner(nlp, text, [("Kejari Sukamaju", "ORG"), ("Sinar Wijaya", "ORG")])
    changed = EntityTyper("t", one_feature_model("ML=ORG", "PERSON", 9.0))(doc)._.kg_entity_types
    assert {doc._.kg_entities[eid].name: etype for eid, etype in changed.items()} == {"Sinar Wijaya": "PERSON"}


def test_an_alias_with_an_organisation_s_head_word_keeps_a_name_from_becoming_a_person(nlp):
    """ "DPRD (Sekwan)": the entity may be named by its short form, its other name shows an organisation."""
    doc = run_after_ner(nlp, "Tim Sinar Wijaya menang di Tegalrejo.", [("Sinar Wijaya", "ORG")])
    typer = EntityTyper("t", one_feature_model("ML=ORG", "PERSON", 9.0))
    assert set(typer(doc)._.kg_entity_types.values()) == {"PERSON"}
    eid = next(eid for eid, e in doc._.kg_entities.items() if e.name == "Sinar Wijaya")
    doc._.kg_entities[eid] = replace(doc._.kg_entities[eid], aliases=("DPRD Tegalrejo",))
    assert typer(doc)._.kg_entity_types == {}


def test_a_gazetteer_entity_keeps_its_type(nlp):
    doc = run_after_ner(nlp, "Presiden Joko Widodo mengunjungi Jepang.", [("Jepang", "LOC")])
    assert any(s.kb_id_ for s in doc.spans["kg_mentions"] if s.text == "Jepang")
    assert EntityTyper("t", one_feature_model("ML=GPE", "PERSON", 9.0))(doc)._.kg_entity_types == {}


@pytest.mark.parametrize(("label", "kept"), [("ORG", True), ("PERSON", True), ("FACILITY", True), ("GPE", False)])
def test_a_region_s_name_stays_a_place(nlp, label, kept):
    """A regency's or a city's name ("Klaten", "Sragen") is never made an organisation, a
    person or a facility by the model; it may become a GPE (the regions' type)."""
    text = "Bantuan disalurkan di Sleman, Klaten dan Sragen."
    doc = run_after_ner(nlp, text, [("Sleman", "LOC"), ("Klaten", "LOC"), ("Sragen", "LOC")])
    typer = EntityTyper("t", one_feature_model("ML=LOC", label, 9.0))
    changed = {doc._.kg_entities[eid].name: etype for eid, etype in typer(doc)._.kg_entity_types.items()}
    assert changed == ({} if kept else dict.fromkeys(["Sleman", "Klaten", "Sragen"], "GPE"))


def test_features_are_sorted_and_read_names_and_neighbours(nlp):
    doc = run_after_ner(nlp, "Banjir melanda Kabupaten Sukamaju kemarin.", [("Kabupaten Sukamaju", "LOC")])
    (entity,) = doc._.kg_entities.values()
    spans = list(doc.spans["kg_mentions"])
    feats = entity_features(doc, entity, spans)
    assert feats == sorted(set(feats))
    assert {"F=kabupaten", "L=sukamaju", "P1=melanda", "N1=kemarin", "CUR=LOC", "NW=2"} <= set(feats)


def test_training_learns_the_types_and_writes_the_same_bytes(tmp_path):
    script = load_script("scripts/train_entity_types.py", "train_entity_types")
    rows = [
        (f"t{k:03d}", "LOC", [f"F={first}", "CUR=LOC", f"W=x{k % 3}"], label)
        for k in range(30)
        for first, label in (("kota", "GPE"), ("jalan", "FACILITY"), ("pulau", "LOC"))
    ]
    model = script.fit(rows, 0.1)
    assert script.accuracy(model, rows) == 1.0 and script.accuracy(None, rows) == pytest.approx(1 / 3)
    script.write(model, tmp_path / "a.tsv", len(rows), 0.1)
    script.write(script.fit(rows, 0.1), tmp_path / "b.tsv", len(rows), 0.1)
    assert (tmp_path / "a.tsv").read_bytes() == (tmp_path / "b.tsv").read_bytes()
    again = TypeModel.read(tmp_path / "a.tsv")
    assert LABELS[int(again.probabilities(["F=jalan", "CUR=LOC"]).argmax())] == "FACILITY"


def test_type_count_matches_names_aliases_and_mentions():
    person = Entity("e1", "Budi Hartono", "PERSON", aliases=("Budi",))
    place = Entity("e2", "Pekanbaru", "LOC")
    text = "Budi di Pekanbaru."
    extraction = Extraction(
        Article("a1", text),
        (),
        (Mention("a1", 0, 4, "Budi", "PERSON", "e1"), Mention("a1", 8, 17, "Pekanbaru", "LOC", "e2")),
        (person, place),
        (),
    )

    def fact(head, head_type, tail, tail_type):
        return GoldFact("a1", text, head, head, head_type, "LOCATED_IN", tail, tail, tail_type)

    facts = [fact("budi", "PERSON", "Pekanbaru", "GPE"), fact("Budi", "PERSON", "Riau", "GPE")]
    facts.append(fact("Budi Hartono", "PERSON", "Pekanbaru", "CONCEPT"))  # a concept is not counted
    # "budi" in lower case is no name; "Budi" is found by the alias, "Budi Hartono" by the
    # name, "Pekanbaru" by its mention (typed LOC, annotated GPE); "Riau" is on no entity
    assert type_count(facts, extraction) == TypeCount(right=2, found=3, total=4)


def test_an_acronym_of_four_capitals_is_an_organisation_unless_initials_are_cued(nlp):
    """ "LPEI", "PSSI" the NER or the model took for a person are organisations (extractor
    v202); a person's initials after *berinisial* or an occupation, or before an age, stay."""
    text = "Ke depan, LPEI juga berencana mengembangkan desa devisa di 30 desa."
    _, types = types_after(nlp, text, [("LPEI", "PER")])
    assert types == {"LPEI": "ORG"}
    for text, name in (
        ("Polisi menjerat DISB (47), YouTuber asal Jember.", "DISB"),
        ("Polisi menangkap pria berinisial ABCD di Bekasi.", "ABCD"),
        ("Jaksa menuntut terdakwa HKMS dengan hukuman berat.", "HKMS"),
    ):
        _, types = types_after(nlp, text, [(name, "PER")])
        assert types[name] == "PERSON", text
    doc = run_after_ner(nlp, "PSSI memecat pelatih Timnas di Jakarta.", [("PSSI", "ORG")])
    changed = EntityTyper("t", one_feature_model("ML=ORG", "PERSON", 9.0))(doc)._.kg_entity_types
    assert set(changed.values()) <= {"ORG"}


def test_a_name_of_common_words_only_never_becomes_a_person(nlp):
    """Whatever the model says, "Dana Pihak Ketiga" (third-party funds) stays what the NER typed
    it; "Sinar Wijaya" beside it, a word no lexicon knows, may become a person."""
    text = "Bank mencatat Dana Pihak Ketiga naik di Tegalrejo. Tim Sinar Wijaya menang."
    doc = run_after_ner(nlp, text, [("Dana Pihak Ketiga", "ORG"), ("Sinar Wijaya", "ORG")])
    changed = EntityTyper("t", one_feature_model("ML=ORG", "PERSON", 9.0))(doc)._.kg_entity_types
    assert {doc._.kg_entities[eid].name: etype for eid, etype in changed.items()} == {"Sinar Wijaya": "PERSON"}
