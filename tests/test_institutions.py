"""A generic word for an institution ("polisi", "kejaksaan", "pemerintah daerah") stands
for the one of its kind the article named before it; it becomes an alias of that entity
(fixed spans for the rule; one pass through the whole pipeline)."""

from spacy.tokens import Span

from kg import registry
from kg.extractors.indonesian.institutions import Institutions, generic_kinds, home_government, institution_kind
from kg.model import Article, Entity


def spans(nlp, text: str, names: list[tuple[str, str]], headline: int = 0) -> tuple[list[Span], object]:
    doc = nlp.make_doc(text)
    doc._.kg_headline = headline
    found = []
    for name, label in names:
        at = text.index(name)
        found.append(doc.char_span(at, at + len(name), label=label))
    return found, doc


def index(doc, found: list[Span]) -> Institutions:
    """The rule's index over ``found`` as the article's resolved named mentions."""
    doc.spans["kg_mentions"] = found
    named = {f"e{k}": Entity(f"e{k}", s.text, s.label_) for k, s in enumerate(found)}
    links = {(s.start_char, s.end_char): f"e{k}" for k, s in enumerate(found)}
    return Institutions(doc, named, links)


def phrase(doc, text: str, nth: int = 0) -> Span:
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(text, at + 1)
    return doc.char_span(at, at + len(text))


def test_kinds_of_named_institutions(nlp):
    names = [("Polres Tasikmalaya Kota", "ORG"), ("Kejari Solo", "ORG"), ("Pemkab Solok", "ORG"), ("Polri", "ORG")]
    found, _ = spans(nlp, "Polres Tasikmalaya Kota, Kejari Solo, Pemkab Solok dan Polri.", names)
    assert [institution_kind(s) for s in found] == ["police", "prosecution", "regional", "police"]


def test_generic_words_alone_name_no_institution(nlp):
    doc = nlp.make_doc("Polisi dan pihak kejaksaan bertemu pemerintah daerah.")
    assert institution_kind(doc[0:1]) is None
    assert generic_kinds(doc[0:1]) == ("police",)
    assert generic_kinds(doc[2:4]) == ("prosecution",)
    assert generic_kinds(doc[5:7]) == ("regional",)
    assert generic_kinds(doc[5:6]) == ("national",)


def test_a_country_after_pemerintah_is_its_government(nlp):
    text = "Kerja sama dengan pemerintah Australia berlanjut. Australia menolak."
    found, doc = spans(nlp, text, [("Australia", "GPE")])
    assert institution_kind(found[0]) == "national"
    assert institution_kind(doc[-3:-2]) is None  # "Australia" alone is the country


def test_the_nearest_named_institution_before_the_word(nlp):
    text = "Polda DIY memeriksa saksi. Polsek Makassar menangkap pria itu. Polisi menyita sabu."
    found, doc = spans(nlp, text, [("Polda DIY", "ORG"), ("Polsek Makassar", "ORG")])
    ref = index(doc, found).referent(phrase(doc, "Polisi"))
    assert ref is not None and ref.text == "Polsek Makassar"


def test_a_generic_word_before_any_name_stays_generic(nlp):
    text = "Kementerian bekerja dengan aparat kepolisian. Polri mendukung."
    found, doc = spans(nlp, text, [("Polri", "ORG")])
    assert index(doc, found).referent(phrase(doc, "aparat kepolisian")) is None


def test_the_headline_speaks_before_the_body_names_it(nlp):
    text = "Polisi Tangkap Pengedar Sabu\nPolres Tasikmalaya Kota menangkap pengedar sabu."
    found, doc = spans(nlp, text, [("Polres Tasikmalaya Kota", "ORG")], headline=text.index("\n"))
    ref = index(doc, found).referent(phrase(doc, "Polisi"))
    assert ref is not None and ref.text == "Polres Tasikmalaya Kota"


def test_regional_and_national_words_take_their_own_kind(nlp):
    text = "Pemerintah Indonesia dan Pemkab Solok bertemu. Pemerintah daerah menyalurkan bantuan."
    found, doc = spans(nlp, text, [("Pemerintah Indonesia", "ORG"), ("Pemkab Solok", "ORG")])
    rule = index(doc, found)
    assert rule.referent(phrase(doc, "Pemerintah daerah")).text == "Pemkab Solok"
    assert rule.referent(phrase(doc, "Pemerintah", 1)).text == "Pemerintah Indonesia"  # the bare word


def test_the_pipeline_gives_the_word_to_the_named_police():
    text = "Polres Tasikmalaya Kota menangkap dua pria. Dalam kasus ini, polisi menyita sabu dari tersangka AR."
    (extraction,) = registry.get("id").extract([Article(id="a1", text=text)])
    police = [e for e in extraction.entities if e.name == "Polres Tasikmalaya Kota"]
    assert len(police) == 1 and "polisi" in police[0].aliases
    assert not any(e.name.lower() == "polisi" for e in extraction.entities)
    said = [m for m in extraction.mentions if m.text == "polisi"]
    assert said and all(m.entity_id == police[0].id for m in said)
    used = {e.id for t in extraction.triples for e in (t.subject, t.object)}
    assert police[0].id in used


def test_the_entity_gains_the_word_as_an_alias_once(nlp):
    text = "Polres Bogor menangkap AR. Polisi menyita sabu. Kata polisi, AR mengaku."
    found, doc = spans(nlp, text, [("Polres Bogor", "ORG")])
    rule = index(doc, found)
    first, again = rule.entity(phrase(doc, "Polisi")), rule.entity(phrase(doc, "polisi"))
    assert first.name == "Polres Bogor" and first.aliases == ("Polisi",)
    assert again.aliases == ("Polisi", "polisi") and rule.aliased[again.id] == again


def test_pemerintah_alone_is_the_home_government_where_none_is_named(nlp):
    """As the annotations resolve it: "pemerintah" with no government named before it is
    Indonesia's, the word kept as an alias (a named one before it wins: see above)."""
    text = "Pemerintah mendorong percepatan investasi melalui peluncuran Kantor Fasilitasi Proyek."
    (extraction,) = registry.get("id").extract([Article(id="a1", text=text)])
    (said,) = [m for m in extraction.mentions if m.text == "Pemerintah"]
    (entity,) = [e for e in extraction.entities if e.id == said.entity_id]
    assert (entity.name, entity.type, entity.aliases) == ("Pemerintah Indonesia", "ORG", ("Pemerintah",))
    assert any(t.subject.id == entity.id for t in extraction.triples)
    doc = nlp.make_doc("pihak pemerintah, pemerintah daerah, pemerintah pusat")
    words = [phrase(doc, w) for w in ("pihak pemerintah", "pemerintah daerah", "pemerintah pusat")]
    assert [home_government(w) for w in words] == [True, False, False]


def test_a_noun_phrase_that_writes_a_named_entitys_name_is_that_entity(nlp):
    """ "Kejaksaan Negeri (Kejari) Sidoarjo" as a noun phrase, where the NER named "Kejaksaan
    Negeri Sidoarjo" (alias "Kejari Sidoarjo"): the named entity, the phrase one more alias;
    a name two entities share, or none, gives nothing."""
    text = "Kejaksaan Negeri (Kejari) Sidoarjo menahan dua tersangka. Kejaksaan Negeri Sidoarjo dan Kejari Sidoarjo."
    doc = nlp.make_doc(text)
    named = {
        "e1": Entity("e1", "Kejaksaan Negeri Sidoarjo", "ORG", ("Kejari Sidoarjo",)),
        "e2": Entity("e2", "Polres Sidoarjo", "ORG", ("dua tersangka",)),
        "e3": Entity("e3", "Polresta Sidoarjo", "ORG", ("dua tersangka",)),
    }
    institutions = Institutions(doc, named, {})
    phrase = doc.char_span(0, len("Kejaksaan Negeri (Kejari) Sidoarjo"))
    entity = institutions.written(phrase)
    assert entity is not None and entity.id == "e1"
    assert "Kejaksaan Negeri (Kejari) Sidoarjo" in entity.aliases
    at = text.index("dua tersangka")
    assert institutions.written(doc.char_span(at, at + len("dua tersangka"))) is None  # two entities share it
    assert institutions.written(doc.char_span(text.index("menahan"), text.index("menahan") + 7)) is None
