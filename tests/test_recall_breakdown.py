"""scripts/recall_breakdown.py: where each annotated fact of a split stops, on the three
articles of the relation fixture, through the real pipeline and shipped model."""

from conftest import load_script

from kg import registry
from kg.evaluate_facts import relation_scores
from kg.extractors.indonesian.extractor import make_doc
from kg.gold import GoldFact
from kg.model import Article


def test_every_annotated_schema_line_gets_one_stage_and_the_found_ones_are_the_scored_ones(relation_split):
    script = load_script("scripts/recall_breakdown.py", "recall_breakdown")
    counts = script.breakdown(relation_split, "t1-t3")
    assert sum(counts.values()) == 4  # the schema lines: RELATED_TO left out, a repeated line counted
    assert {stage for stage, _, _ in counts} <= set(script.STAGES)
    found_lines = sum(n for (_, hit, _), n in counts.items() if hit)
    tp = relation_scores(relation_split, "t1-t3").schema.tp
    assert tp <= found_lines <= tp + 1  # the fact stated twice is two lines
    relations = {rel for _, _, rel in counts}
    assert sum(sum(script.by_stage(counts, rel).values()) for rel in relations) == 4
    assert script.by_stage(counts) == {
        key: sum(n for (name, hit, _), n in counts.items() if (name, hit) == key) for key in script.by_stage(counts)
    }


def test_by_relation_prints_one_line_per_relation_most_facts_first(relation_split, capsys):
    script = load_script("scripts/recall_breakdown.py", "recall_breakdown")
    counts = script.breakdown(relation_split, "t1-t3")
    script.print_relations(counts)
    lines = capsys.readouterr().out.splitlines()[1:]
    totals = [int(line.split(":")[0].split()[-1]) for line in lines]
    assert len(lines) == len({rel for _, _, rel in counts}) and sum(totals) == 4
    assert totals == sorted(totals, reverse=True)


def test_a_pair_aligned_by_overlap_only_is_an_extent_stage(relation_split):
    """An argument annotated as "Ketua KPK Setyo" meets no candidate exactly, only
    "Setyo Budiyanto" by overlap."""
    script = load_script("scripts/recall_breakdown.py", "recall_breakdown")
    text = "Ketua KPK Setyo Budiyanto menyampaikan hal itu."
    nlp = registry.get("id").nlp
    doc = nlp(make_doc(nlp, Article(id="x", text=text)))
    exact = GoldFact("x", text, "Setyo Budiyanto", "Setyo Budiyanto", "PERSON", "LEADER_OF", "KPK", "KPK", "ORG")
    longer = GoldFact("x", text, "Ketua KPK Setyo", "Ketua KPK Setyo", "PERSON", "LEADER_OF", "KPK", "KPK", "ORG")
    assert script.stage(doc, exact, {}, 0.25) == "model < 0.1"  # no probability given: below 0.1
    assert script.stage(doc, longer, {}, 0.25) == "extent"
