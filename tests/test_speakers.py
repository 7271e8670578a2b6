"""First-person pronouns take the speaker of their quote (components on fixed mentions)."""

import pytest
from test_components import run_after_ner

from kg.extractors.indonesian.fact_entities import ArgumentEntities
from kg.extractors.indonesian.pairs import Candidate

NAMES = [("Ahmad Luthfi", "PER"), ("Budi Santoso", "PER"), ("Boyolali", "LOC")]


def speaker_of_saya(nlp, text: str) -> str | None:
    doc = run_after_ner(nlp, text, [n for n in NAMES if n[0] in text])
    token = next(t for t in doc if t.lower_ == "saya")
    entity = ArgumentEntities(doc).of(Candidate(doc[token.i : token.i + 1], "PERSON", "speaker"))
    return entity.name if entity else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Saya sudah alokasi dana untuk Boyolali," kata Ahmad Luthfi.', "Ahmad Luthfi"),
        ("Ahmad Luthfi mengatakan saya sudah alokasi dana untuk Boyolali.", "Ahmad Luthfi"),
        (  # the paragraph's attribution, two sentences on, not the person named before
            'Budi Santoso datang ke Boyolali. "Saya sudah alokasi dana. Lahan sudah siap," ujar Ahmad Luthfi.',
            "Ahmad Luthfi",
        ),
        ('Budi Santoso datang ke Boyolali. "Saya sudah alokasi dana."', None),  # no speaker named
        ('"Saya sudah alokasi dana untuk Boyolali," ungkap Ahmad Luthfi.', "Ahmad Luthfi"),
        ('Budi Santoso datang. "Saya sudah alokasi dana," terang Ahmad Luthfi.', "Ahmad Luthfi"),
        (  # past the cue's title phrase set off by a comma
            '"Saya sudah alokasi dana," kata Pakar Hukum dan Pembangunan, Ahmad Luthfi.',
            "Ahmad Luthfi",
        ),
    ],
)
def test_saya_is_the_speaker(nlp, text, expected):
    assert speaker_of_saya(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "imbuhnya": the last speaker named before, past a sentence of "Dia"
            "Ahmad Luthfi mengatakan lahan sudah siap. Dia berharap pabrik segera dibangun. "
            '"Saya sudah alokasi dana," imbuhnya.',
            "Ahmad Luthfi",
        ),
        (  # the quote's attribution ahead refers back; not the person it mentions
            'Ahmad Luthfi mengatakan lahan sudah siap. "Saya sudah alokasi dana. '
            'Saya berterima kasih kepada Budi Santoso," katanya.',
            "Ahmad Luthfi",
        ),
        (  # "kata dia"
            'Ahmad Luthfi mengatakan lahan sudah siap. Budi Santoso datang. "Saya sudah alokasi dana," kata dia.',
            "Ahmad Luthfi",
        ),
        (  # the speaker after a comma, his apposition between him and the verb
            'Ahmad Luthfi, Gubernur Jawa Tengah, mengatakan lahan sudah siap. "Saya sudah alokasi dana," ujarnya.',
            "Ahmad Luthfi",
        ),
        ('Budi Santoso datang ke Boyolali. "Saya sudah alokasi dana," ujarnya.', None),  # no one attributed
    ],
)
def test_saya_of_a_quote_attributed_to_someone_named_before(nlp, text, expected):
    assert speaker_of_saya(nlp, text) == expected


def test_kami_is_the_speakers_organisation(nlp):
    text = '"Kami akan bekerja sama dengan TNI," kata Ketua KPK Setyo Budiyanto.'
    doc = run_after_ner(nlp, text, [("TNI", "ORG"), ("KPK", "ORG"), ("Setyo Budiyanto", "PER")])
    entity = ArgumentEntities(doc).of(Candidate(doc[1:2], "ORG", "group"))
    assert entity is not None and entity.name == "Corruption Eradication Commission"


def test_kami_without_a_speaker_with_a_role_is_nobody(nlp):
    text = '"Kami akan bekerja sama dengan TNI," kata Ahmad Luthfi.'
    doc = run_after_ner(nlp, text, [("TNI", "ORG"), ("Ahmad Luthfi", "PER")])
    assert ArgumentEntities(doc).of(Candidate(doc[1:2], "ORG", "group")) is None


@pytest.mark.parametrize(
    ("title", "names", "expected"),
    [
        ("Wakil Gubernur Sumatera Selatan", [], "Pemerintah Provinsi Sumatera Selatan"),
        ("Gubernur Jawa Tengah", [], "Pemerintah Provinsi Jawa Tengah"),
    ],
)
def test_kami_of_a_regional_head_is_the_regions_government(nlp, title, names, expected):
    """As the annotations name it; a regional organisation alone after a title stays an
    organisation ("Kapolda, [Polres]"), so "katanya" still points at the governor."""
    text = (
        f"{title} Ahmad Luthfi mengatakan premanisme merusak citra daerah.\n"
        "Ahmad Luthfi menegaskan pihaknya berkoordinasi dengan Kapolda, Polres dan Polsek.\n"
        '"Kita siap," katanya.'
    )
    doc = run_after_ner(nlp, text, [("Ahmad Luthfi", "PER"), ("Ahmad Luthfi", "PER"), *names])
    assert {s.text: s.label_ for s in doc.spans["kg_mentions"]}.get("Polres") == "ORG"
    k = next(t.i for t in doc if t.text == "Kita")
    entity = ArgumentEntities(doc).of(Candidate(doc[k : k + 1], "ORG", "group"))
    assert entity is not None and (entity.name, entity.type) == (expected, "ORG")


def test_a_fact_through_a_pronoun_needs_more_of_the_model(nlp):
    """A schema fact whose argument is a pronoun is kept from PRONOUN_THRESHOLD on, another
    from the model's threshold (the pronoun resolved either way)."""
    from kg.extractors.indonesian.coordination import Positions
    from kg.extractors.indonesian.facts import PRONOUN_THRESHOLD, FactBuilder
    from kg.extractors.indonesian.relation_model import Pair

    text = '"Saya mendukung Budi Santoso," kata Ahmad Luthfi.'
    doc = run_after_ner(nlp, text, [n for n in NAMES if n[0] in text])
    saya = Candidate(doc[1:2], "PERSON", "speaker")
    budi = next(Candidate(s, "PERSON", "name") for s in doc.spans["kg_mentions"] if s.text == "Budi Santoso")
    sentence = next(iter(doc.sents))

    def fact(score):
        pair = Pair(saya, budi, "SUPPORTS", score, "plain", sentence)
        return FactBuilder("facts")._from_pair(doc, ArgumentEntities(doc), Positions(doc), pair)

    assert fact(PRONOUN_THRESHOLD - 0.05) is None
    kept = fact(PRONOUN_THRESHOLD + 0.05)
    assert kept is not None and (kept.subject.name, kept.object.name) == ("Ahmad Luthfi", "Budi Santoso")


def person_of_ia(nlp, text: str, ner: list[tuple[str, str]], pronoun: str = "Ia") -> str | None:
    doc = run_after_ner(nlp, text, ner)
    k = max(t.i for t in doc if t.lower_ == pronoun.lower())
    entity = ArgumentEntities(doc).of(Candidate(doc[k : k + 1], "PERSON", "pronoun"))
    return entity.name if entity else None


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        (  # the one the sentence before opens with, not the one it mentions last
            "Ahmad Luthfi memuji Budi Santoso di Boyolali. Ia menilai pabrik itu penting.",
            [("Ahmad Luthfi", "PER"), ("Budi Santoso", "PER"), ("Boyolali", "LOC")],
            "Ahmad Luthfi",
        ),
        (  # named before it in its own sentence
            "Ahmad Luthfi datang ke Boyolali. Menurut Budi Santoso, ia menilai pabrik itu penting.",
            [("Ahmad Luthfi", "PER"), ("Boyolali", "LOC"), ("Budi Santoso", "PER")],
            "Budi Santoso",
        ),
        (  # the speaker of the sentence before, not the one the quote names first
            '"Saya bertemu Budi Santoso," kata Ahmad Luthfi. Ia menilai pabrik itu penting.',
            [("Budi Santoso", "PER"), ("Ahmad Luthfi", "PER")],
            "Ahmad Luthfi",
        ),
        (  # a title the NER took for a person before its holder
            "Pakar Hukum, Ahmad Luthfi, memuji Budi Santoso. Ia menilai pabrik itu penting.",
            [("Pakar Hukum", "PER"), ("Ahmad Luthfi", "PER"), ("Budi Santoso", "PER")],
            "Ahmad Luthfi",
        ),
    ],
)
def test_ia_is_the_person_the_text_is_about(nlp, text, ner, expected):
    assert person_of_ia(nlp, text, ner) == expected


def test_the_speaker_after_a_title_taken_for_a_person(nlp):
    text = '"Saya sudah alokasi dana," kata Pakar Hukum, Ahmad Luthfi.'
    doc = run_after_ner(nlp, text, [("Pakar Hukum", "PER"), ("Ahmad Luthfi", "PER")])
    saya = next(t.i for t in doc if t.text == "Saya")
    entity = ArgumentEntities(doc).of(Candidate(doc[saya : saya + 1], "PERSON", "speaker"))
    assert entity is not None and entity.name == "Ahmad Luthfi"


def test_the_verb_rules_resolve_ia_as_the_model_does(nlp):
    """The rules' agent "Ia" is the person the sentence before opens with, not the one it
    names last."""
    from test_components import stated

    text = "Ahmad Luthfi memuji Budi Santoso di Semarang. Ia mengunjungi Boyolali pada Senin."
    doc = run_after_ner(
        nlp, text, [("Ahmad Luthfi", "PER"), ("Budi Santoso", "PER"), ("Semarang", "LOC"), ("Boyolali", "LOC")]
    )
    visits = {(s, o) for s, r, o in stated(doc) if r == "VISITS"}
    assert visits == {("Ahmad Luthfi", "Boyolali")}
