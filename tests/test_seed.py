"""The seed article: the facts issue #2 names, no junk entities, the JSON contract."""

import json
import subprocess
import sys


def facts(extraction):
    return {(t.subject.name, t.predicate, t.object.name) for t in extraction.triples}


def test_kim_visits_the_missile_factory(seed_extraction):
    visits = [t for t in seed_extraction.triples if t.predicate == "VISITS" and t.subject.name == "Kim Jong-un"]
    assert any("pabrik" in t.object.name and "rudal" in t.object.name for t in visits)
    assert all(t.predicate_text == "mengunjungi" for t in visits)
    # the object list "A, B, C, dan D" gives four facts
    assert len(visits) == 4


def test_north_korea_sells_weapons_to_russia(seed_extraction):
    [sale] = [t for t in seed_extraction.triples if t.predicate == "SELLS_TO"]
    assert (sale.subject.name, sale.object.name) == ("North Korea", "Russia")
    assert dict(sale.properties)["goods"] == "senjata"
    assert sale.predicate_text == "penjualan"


def test_kim_leads_north_korea(seed_extraction):
    assert ("Kim Jong-un", "LEADER_OF", "North Korea") in facts(seed_extraction)


def test_aliases_resolve_within_the_article(seed_extraction):
    by_name = {e.name: e for e in seed_extraction.entities}
    assert {"Kim"} <= set(by_name["Kim Jong-un"].aliases)
    assert {"Korea Utara", "Korut"} <= set(by_name["North Korea"].aliases)
    assert {"AS", "Amerika Serikat"} <= set(by_name["United States"].aliases)
    assert {"KCNA", "Kantor Berita Pusat Korea"} <= set(by_name["Korean Central News Agency"].aliases)
    assert by_name["Kim Jong-un"].type == "PERSON"


def test_no_junk_entities(seed_extraction):
    names = {m.text for m in seed_extraction.mentions}
    for junk in ("Hal", "Selain", "Rupanya", "Meskipun", "HOLOPIS.COM", "JAKARTA", "Agustus", "Senin", "Selam"):
        assert junk not in names
    assert seed_extraction.article.source == "HOLOPIS.COM"


def test_no_attack_from_a_denial(seed_extraction):
    assert not [t for t in seed_extraction.triples if t.predicate == "ATTACKS"]


def test_offsets_point_into_the_text(seed_extraction):
    text = seed_extraction.article.text
    for t in seed_extraction.triples:
        p = t.provenance
        assert text[p.start : p.end] == p.sentence
    for m in seed_extraction.mentions:
        assert text[m.start : m.end] == m.text


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, check=False)


def test_extract_json_lines_contract(seed_path):
    result = run_cli("extract", str(seed_path))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for r in records:
        assert list(r)[:5] == ["subject", "predicate", "predicate_text", "object", "provenance"]
        assert set(r["subject"]) == {"id", "name", "type", "aliases"}
        assert set(r["provenance"]) == {
            "article",
            "sentence_index",
            "sentence",
            "start",
            "end",
            "extractor",
            "confidence",
        }
        assert r["provenance"]["article"] == "000_122afc5b818c93bc"
    mentions = [json.loads(line) for line in run_cli("extract", "--mentions", str(seed_path)).stdout.splitlines()]
    assert set(mentions[0]) == {"article", "start", "end", "text", "type", "entity_id", "role", "kind"}
    assert {m["kind"] for m in mentions} <= {"name", "nominal", "pronoun"}
    assert {m["role"] for m in mentions if m["type"] == "GPE"} <= {"place", "actor"}
    assert {m["role"] for m in mentions if m["type"] != "GPE"} == {""}
    ids = {m["entity_id"] for m in mentions}
    assert {r["subject"]["id"] for r in records} <= ids
