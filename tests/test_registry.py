"""Extractors plug in by language without the core knowing them; the Indonesian one is
found through its entry point; spaCy finds kg's components through theirs."""

import re
import subprocess
import sys
from importlib.metadata import entry_points

from conftest import ROOT

from kg import registry
from kg.model import Article, Entity, Extraction, Provenance, Sentence, Triple
from kg.pipeline import extract


class EchoExtractor:
    """A toy English extractor: every sentence "A likes B." states A LIKES B."""

    name = "test.en_echo.v1"
    language = "en"

    def extract(self, articles):
        out = []
        for a in articles:
            subject, _, rest = a.text.rstrip(".").partition(" likes ")
            s, o = Entity("e1", subject, "PERSON"), Entity("e2", rest, "PERSON")
            prov = Provenance(a.id, 0, a.text, 0, len(a.text), self.name, 1.0)
            out.append(Extraction(a, (Sentence(a.id, 0, 0, len(a.text), a.text),), (), (s, o), ()))
            out[-1] = Extraction(a, out[-1].sentences, (), (s, o), (Triple(s, "SUPPORTS", "likes", o, prov),))
        return out


def test_another_language_is_one_registration(monkeypatch):
    monkeypatch.setattr(registry, "_registered", {})
    registry.register("en", EchoExtractor)
    try:
        [en, id_] = extract([Article("a", "Alice likes Bob.", lang="en"), Article("b", "Jepang mengecam Korea Utara.")])
        assert [(t.subject.name, t.object.name) for t in en.triples] == [("Alice", "Bob")]
        assert en.triples[0].provenance.extractor == "test.en_echo.v1"
        assert [t.predicate for t in id_.triples] == ["CRITICIZES"]  # the entry point still serves "id"
    finally:
        registry.get.cache_clear()


def test_the_indonesian_extractor_is_an_entry_point():
    [ep] = [ep for ep in entry_points(group=registry.ENTRY_POINT_GROUP) if ep.name == "id"]
    assert ep.value == "kg.extractors.indonesian:create_extractor"
    assert "id" in registry.languages()
    name = registry.get("id").name
    assert name.startswith("kg.id_rules.v") and name.rsplit("v", 1)[1].isdigit()


def test_kg_core_imports_no_extractor():
    for path in (ROOT / "kg").rglob("*.py"):
        assert not re.search(r"(from|import) kg\.extractors", path.read_text("utf-8")), f"{path} imports an extractor"


def test_a_saved_kg_pipeline_loads_with_plain_spacy_load(tmp_path, nlp):
    nlp.to_disk(tmp_path / "pipeline")
    code = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]); doc = nlp('Presiden Joko Widodo mengunjungi Tokyo.'); "
        "print(nlp.pipe_names[-1], [s.text for s in doc.spans['kg_mentions']], "
        "[(t.subject.name, t.predicate, t.object.name) for t in doc._.kg_triples])"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "pipeline")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    expected = "kg_id_schema_check ['Joko Widodo', 'Tokyo'] [('Joko Widodo', 'VISITS', 'Tokyo')]"
    assert result.stdout.strip() == expected


def test_every_component_has_a_spacy_entry_point():
    from kg.extractors.factories import PIPELINE

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(PIPELINE) <= names


def test_help_and_version_do_not_import_spacy():
    for flag in ("--help", "--version"):
        code = f"import sys; from kg.cli import main; main(['{flag}']); print('spacy' in sys.modules)"
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert result.returncode == 0 and result.stdout.strip().endswith("False"), result.stdout + result.stderr
