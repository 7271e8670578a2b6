"""A party's faction written before its house of parliament is that house's faction
("Fraksi PKB DPR RI", "Fraksi Gerindra DPRD Kabupaten Solok"; extractor v222): named with
the house, the party's faction alone ("Fraksi PKB") its alias, part of the party and of the
house; the same party's faction in another house is another entity, and no faction has
the bare head word "Fraksi" as an alias. Tested on fixed NER input, so the NER's weights
do not move it, and once end to end through the corpus resolver."""

from test_components import run_after_ner


def facts(doc) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.predicate, f.object.name) for f in doc._.kg_triples}


def faction(doc, name: str):
    return next(e for f in doc._.kg_triples for e in (f.subject, f.object) if e.name == name)


def test_a_faction_before_the_house_is_named_with_it(nlp):
    text = "Ketua Fraksi PKB DPR RI Jazilul Fawaid mengkritik Kejaksaan Agung."
    ner = [("PKB", "ORG"), ("DPR RI", "ORG"), ("Jazilul Fawaid", "PER"), ("Kejaksaan Agung", "ORG")]
    doc = run_after_ner(nlp, text, ner)
    found = facts(doc)
    assert ("Jazilul Fawaid", "LEADER_OF", "Fraksi PKB DPR RI") in found
    parts = {o for s, p, o in found if s == "Fraksi PKB DPR RI" and p == "PART_OF"}
    assert len(parts) == 2  # the party and the house
    assert faction(doc, "Fraksi PKB DPR RI").aliases == ("Fraksi PKB",)


def test_a_regional_house_takes_its_region(nlp):
    text = "Ketua Fraksi Gerindra DPRD Kabupaten Solok Hafni Haviz menyambut Andre Rosiade."
    ner = [("Gerindra", "ORG"), ("DPRD", "ORG"), ("Solok", "LOC"), ("Hafni Haviz", "PER"), ("Andre Rosiade", "PER")]
    doc = run_after_ner(nlp, text, ner)
    assert ("Hafni Haviz", "LEADER_OF", "Fraksi Gerindra DPRD Kabupaten Solok") in facts(doc)


def test_a_faction_without_a_house_keeps_its_name_and_no_bare_alias(nlp):
    text = "Ketua Fraksi PKB Jazilul Fawaid mengkritik Kejaksaan Agung."
    ner = [("PKB", "ORG"), ("Jazilul Fawaid", "PER"), ("Kejaksaan Agung", "ORG")]
    doc = run_after_ner(nlp, text, ner)
    assert ("Jazilul Fawaid", "LEADER_OF", "Fraksi PKB") in facts(doc)
    assert "Fraksi" not in faction(doc, "Fraksi PKB").aliases


def test_the_factions_of_two_houses_stay_two_entities(nlp):
    """Two articles, one party's faction in two houses: two nodes after the corpus
    resolution (before v222 both were "Fraksi Golkar", one node)."""
    from kg import registry
    from kg.extractors.indonesian.extractor import to_extraction
    from kg.graph import GraphBuilder
    from kg.model import Article
    from kg.resolve import resolve

    texts = {
        "a": ("Ketua Fraksi Golkar DPR RI Muhammad Sarmuji mengkritik Kejaksaan Agung.", "DPR RI"),
        "b": ("Ketua Fraksi Golkar DPRD Jawa Barat Asep Saepudin mengkritik Pemprov Jawa Barat.", "DPRD Jawa Barat"),
    }
    builder = GraphBuilder()
    for aid, (text, house) in texts.items():
        holder = text.split(house + " ")[1].split(" mengkritik")[0]
        target = text.split("mengkritik ")[1].rstrip(".")
        doc = run_after_ner(nlp, text, [("Golkar", "ORG"), (house, "ORG"), (holder, "PER"), (target, "ORG")])
        builder.add(to_extraction(Article(id=aid, text=text), doc, "test"))
    graph = resolve(builder.graph(), registry.name_policy(("id",)), votes=builder.type_votes, named=builder.named)
    names = sorted(d["name"] for _, d in graph.nodes(data=True) if d["name"].startswith("Fraksi"))
    assert names == ["Fraksi Golkar DPR RI", "Fraksi Golkar DPRD Jawa Barat"]
