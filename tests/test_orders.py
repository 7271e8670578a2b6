"""An order stated by a noun (extractors/indonesian/orders.py): the giver is the subject of
a light verb before it or the name after it; the object whom it is given to or what the
verb of its purpose clause acts on. The rules' triples on fixed mentions (the relation
model's pairs aside)."""

import pytest
from test_components import run_after_ner


def rule_triples(nlp, text: str, names: list[tuple[str, str]]) -> set[tuple[str, str, str]]:
    doc = run_after_ner(nlp, text, names)
    entities = {**doc._.kg_entities, **doc._.kg_rule_objects}
    return {(entities[t.subject].name, t.predicate, entities[t.object].name) for t in doc._.kg_rule_triples}


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # a light verb's subject gives the order; the purpose clause's verb acts on the object
            "Kim Jong-un mengeluarkan perintah untuk meningkatkan produksi rudal.",
            [("Kim Jong-un", "PER")],
            {("Kim Jong-un", "ORDERS", "produksi rudal")},
        ),
        (  # the name after the noun, past its title, gives the order
            "Langkah itu menjawab instruksi Jaksa Agung Sanitiar Burhanuddin untuk memberantas praktik korupsi"
            " dana desa.",
            [("Sanitiar Burhanuddin", "PER")],
            {
                ("Sanitiar Burhanuddin", "ORDERS", "praktik korupsi dana desa"),
                ("Sanitiar Burhanuddin", "LEADER_OF", "Attorney General's Office of Indonesia"),  # the title's office
            },
        ),
        (  # whom it is given to, after "kepada"
            "Dede Yusuf mendukung instruksi Prabowo kepada Kementerian Pertahanan.",
            [("Dede Yusuf", "PER"), ("Prabowo", "PER"), ("Kementerian Pertahanan", "ORG")],
            {("Prabowo Subianto", "ORDERS", "Ministry of Defence of Indonesia")},  # gazetteer names,
        ),
        (  # an agent preposition
            "Kepolisian menjalankan arahan dari Presiden Joko Widodo untuk menertibkan Pasar Baru.",
            [("Kepolisian", "ORG"), ("Joko Widodo", "PER"), ("Pasar Baru", "LOC")],
            {("Joko Widodo", "ORDERS", "Pasar Baru")},
        ),
        (  # denied: nothing
            "Kim Jong-un tidak mengeluarkan perintah untuk meningkatkan produksi rudal.",
            [("Kim Jong-un", "PER")],
            set(),
        ),
        (  # no one and nothing it is given to: nothing
            "Sesuai arahan Presiden Joko Widodo, Budi Santoso bekerja keras.",
            [("Joko Widodo", "PER"), ("Budi Santoso", "PER")],
            set(),
        ),
        (  # the name before the noun, with no light verb, is not its giver
            "Budi Santoso menunggu perintah untuk meningkatkan produksi rudal.",
            [("Budi Santoso", "PER")],
            set(),
        ),
    ],
)
def test_an_order_stated_by_a_noun(nlp, text, names, expected):
    assert rule_triples(nlp, text, names) == expected
