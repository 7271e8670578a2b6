"""An officer's corps after a rank is part of the title ("Kolonel [Inf] Andi Wibowo"), the
ranks of every service are titles ("Serma", "Marsma", "Bharada"), and a one-word name
after a rank is a person even where the NER typed it an organisation (extractor v205).
Fixed NER output, so the tests do not move with its weights."""

import pytest
from test_components import mentions, run_after_ner


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "Komandan Kodim 0501 Kolonel Inf Andi Wibowo mengatakan anggotanya siap membantu.",
            [("Kodim", "ORG"), ("Inf Andi Wibowo", "PER")],
            [("Kodim", "ORG"), ("Andi Wibowo", "PERSON")],
        ),
        (
            "Sidang dipimpin hakim anggota Kolonel Kum Wahyupi.",
            [("Kolonel Kum Wahyupi", "ORG")],
            [("Wahyupi", "PERSON")],
        ),
        (
            "Serma Budi Hartono ditangkap polisi.",
            [("Serma Budi Hartono", "PER")],
            [("Budi Hartono", "PERSON")],
        ),
        (  # a corps word not after a rank is a name's
            "Mar Roxas bertemu Budi Hartono di Manila.",
            [("Mar Roxas", "PER"), ("Budi Hartono", "PER"), ("Manila", "LOC")],
            [("Mar Roxas", "PERSON"), ("Budi Hartono", "PERSON"), ("Manila", "LOC")],
        ),
    ],
)
def test_a_rank_and_its_corps_are_the_title(nlp, text, names, expected):
    assert mentions(run_after_ner(nlp, text, names)) == expected


def test_a_firms_secretary_is_the_firms_official(nlp):
    """A firm's secretary ("Sekretaris Perusahaan") is a title: "Perusahaan" is
    no part of the firm's name (v206)."""
    text = "Hal itu dikatakan Sekretaris Perusahaan Hutama Karya, Muhammad Fauzan, di Jakarta."
    names = [("Hutama Karya", "ORG"), ("Muhammad Fauzan", "PER"), ("Jakarta", "LOC")]
    doc = run_after_ner(nlp, text, names)
    assert mentions(doc) == [("Hutama Karya", "ORG"), ("Muhammad Fauzan", "PERSON"), ("Jakarta", "GPE")]
    facts = {(f.subject.name, f.predicate, f.object.name, dict(f.properties).get("role")) for f in doc._.kg_triples}
    assert ("Muhammad Fauzan", "OFFICIAL_OF", "Hutama Karya", "Sekretaris Perusahaan") in facts
    assert not {f for f in facts if f[2].startswith("Perusahaan")}


def test_a_second_title_after_a_slash_is_no_name(nlp):
    """A second title after a slash ("Menteri Agraria dan Tata Ruang/Kepala BPN X"): the
    NER's name "Tata Ruang/Kepala" ends before it, so no such organisation (v207)."""
    text = "Menteri Agraria dan Tata Ruang/Kepala BPN Nusron Wahid meninjau lokasi."
    names = [("Tata Ruang/Kepala", "ORG"), ("BPN", "ORG"), ("Nusron Wahid", "PER")]
    doc = run_after_ner(nlp, text, names)
    assert "Tata Ruang/Kepala" not in {s.text for s in doc.spans["kg_mentions"]}
    assert ("Nusron Wahid", "LEADER_OF", "BPN") in {
        (f.subject.name, f.predicate, f.object.name) for f in doc._.kg_triples
    }
