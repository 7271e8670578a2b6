"""Corpus-level entity resolution (kg.resolve) on small hand-made graphs, and stable ids
when articles are loaded into one real FalkorDB store in two batches."""

from collections import Counter

import networkx as nx
import pytest
from conftest import SHARED, need

from kg import api
from kg.aliases import read_aliases
from kg.errors import InputError
from kg.graph import GraphBuilder
from kg.ids import entity_id
from kg.model import Article, Entity, Extraction
from kg.names import NamePolicy, abbreviates, distinct_aliases, fold, is_junk, written_name
from kg.registry import name_policy
from kg.resolve import resolve

POLICY = NamePolicy(
    suffixes=("ri",),
    currencies=frozenset(["rp", "us$", "aud"]),
    org_words=frozenset(["badan", "komisi", "bank", "kementerian"]),
    generic=frozenset(["kementerian", "plt"]),
    function_words=frozenset(["dan"]),
    titles=frozenset(["kang", "pak"]),
)


def graph_of(nodes, edges=(), mentions=()):
    """nodes: (name, type, aliases); edges: (subject name, predicate, object name);
    mentions: (article text, entity name, start, end)."""
    graph = nx.MultiDiGraph(articles={}, sentences={}, mentions=[])
    for name, etype, aliases in nodes:
        graph.add_node(entity_id(name), name=name, name_lang="id", type=etype, aliases=list(aliases), wikidata="")
    for k, (s, p, o) in enumerate(edges):
        evidence = [{"article": "a", "sentence_index": k, "confidence": 0.8, "properties": {}}]
        data = {"predicate": p, "predicate_texts": [p.lower()], "confidence": 0.8, "dates": [], "evidence": evidence}
        graph.add_edge(entity_id(s), entity_id(o), key=p, **data)
    for k, (text, name, start, end) in enumerate(mentions):
        graph.graph["articles"][f"a{k}"] = {"text": text}
        graph.graph["sentences"][f"s{k}"] = {"article": f"a{k}", "index": 0, "start": 0, "end": len(text), "text": text}
        graph.graph["mentions"].append([f"s{k}", entity_id(name), start, end, ""])
    return graph


def names(graph):
    return {d["name"]: (d["type"], set(d["aliases"])) for _, d in graph.nodes(data=True)}


def test_names_fold_case_separators_and_the_state_suffix():
    assert fold("DPR RI", POLICY) == fold("DPR-RI", POLICY) == fold("dpr", POLICY)
    assert fold("POLRI", POLICY) == fold("Polri", POLICY)
    assert fold("Ri", POLICY) == "ri"  # a suffix alone is a name


def test_an_apostrophe_inside_a_word_does_not_split_a_name():
    """ "Ma'ruf Amin", "Ma’ruf Amin" and "Maruf Amin": one person whichever way an outlet
    spells him; an apostrophe that quotes is kept."""
    assert fold("Ma'ruf Amin", POLICY) == fold("Ma\u2019ruf Amin", POLICY) == fold("Maruf Amin", POLICY)
    assert fold("'Abah'", POLICY) == "'abah'"
    graph = graph_of([("Ma'ruf Amin", "PERSON", []), ("Maruf Amin", "PERSON", [])])
    assert names(resolve(graph, POLICY)) == {"Ma'ruf Amin": ("PERSON", {"Maruf Amin"})}


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("BPS", "Badan Pusat Statistik", True),
        ("Kemensos", "Kementerian Sosial", True),
        ("BRIN", "Badan Riset dan Inovasi Nasional", True),
        ("AUD", "Australia", False),
        ("BLBI", "Bank Indonesia", False),
        ("HIPMI", "Indonesia", False),
    ],
)
def test_an_acronym_abbreviates_only_its_own_expansion(short, name, expected):
    assert abbreviates(short, name, POLICY) is expected


def test_junk_is_currency_units_generic_heads_and_spans_across_brackets():
    for name in ("Rp", "US$", "Kementerian", "Plt", "BPS) Indeks Pembangunan Manusia (IPM", "Provinsi Jawa Barat Rp"):
        assert is_junk(name, POLICY), name
    for name in ("Kementerian Sosial", "Badan Gizi Nasional (BGN)", "Rudi"):
        assert not is_junk(name, POLICY), name


def test_initials_alone_are_junk_and_a_one_letter_name_is_not():
    for name in ("D.", "A. B.", "J.K."):
        assert is_junk(name, POLICY), name
    for name in ("X", "J.K. Rowling", "B.J. Habibie", "A"):
        assert not is_junk(name, POLICY), name


def test_address_abbreviations_alone_are_junk_in_indonesian():
    policy = name_policy(("id",))
    for name in ("Jl.", "Kec.", "No."):
        assert is_junk(name, policy), name
    assert not is_junk("Jl. Sudirman", policy)


def test_what_one_article_teaches_applies_to_all():
    graph = graph_of(
        [("Badan Riset Laut", "ORG", ["BRL"]), ("BRL", "ORG", []), ("DPR RI", "ORG", []), ("DPR", "ORG", [])],
        [("BRL", "CRITICIZES", "DPR RI"), ("Badan Riset Laut", "CRITICIZES", "DPR")],
    )
    out = resolve(graph, POLICY)
    assert names(out) == {"Badan Riset Laut": ("ORG", {"BRL"}), "DPR RI": ("ORG", {"DPR"})}
    assert out.number_of_edges() == 1 and len(next(iter(out.edges(data=True)))[2]["evidence"]) == 2
    assert out.graph["redirects"] == {
        entity_id("BRL"): entity_id("Badan Riset Laut"),
        entity_id("DPR"): entity_id("DPR RI"),
    }


def test_an_acronym_two_expansions_claim_joins_neither():
    graph = graph_of(
        [("Komisi Pemilihan Umum", "ORG", ["KPU"]), ("Komisi Penyiaran Umum", "ORG", ["KPU"]), ("KPU", "ORG", [])]
    )
    assert len(resolve(graph, POLICY)) == 3


def test_a_wrong_alias_goes_and_its_mentions_go_to_their_own_node():
    text = "HIPMI dan Indonesia; AUD"
    graph = graph_of(
        [("Indonesia", "GPE", ["HIPMI"]), ("Australia", "GPE", ["AUD"])],
        mentions=[(text, "Indonesia", 0, 5), (text, "Indonesia", 10, 19), (text, "Australia", 21, 24)],
    )
    out = resolve(graph, POLICY)
    assert names(out) == {"Indonesia": ("GPE", set()), "Australia": ("GPE", set()), "HIPMI": ("MISC", set())}
    assert sorted(m[1] for m in out.graph["mentions"]) == sorted([entity_id("HIPMI"), entity_id("Indonesia")])


def test_an_alias_is_written_once_whatever_its_case():
    aliases = ("kementerian pariwisata", "Kemenpar", "Kementerian Pariwisata", "KEMENPAR", "ministry of tourism")
    assert distinct_aliases("Ministry of Tourism", aliases) == ("Kementerian Pariwisata", "KEMENPAR")


def test_a_node_keeps_each_alias_once_whatever_the_case_each_article_wrote():
    builder = GraphBuilder()
    for k, alias in enumerate(["Dispar Bali", "DISPAR Bali"]):
        entity = Entity("e1", "Dinas Pariwisata Bali", "ORG", (alias, "dinas pariwisata bali"))
        builder.add(Extraction(Article(id=f"a{k}", text="x"), (), (), (entity,), ()))
    graph = builder.graph()
    assert graph.nodes["e1"]["aliases"] == ["DISPAR Bali"]
    assert resolve(graph, POLICY).nodes["e1"]["aliases"] == ["DISPAR Bali"]


def test_a_node_written_mostly_in_lower_case_keeps_its_capitalised_name():
    """Three articles write the ministry in lower case, one capitalised: the node is named
    as a name is written, and a name written more often in all its cases still wins."""
    builder = GraphBuilder()
    for k, name in enumerate(["kementerian pariwisata"] * 3 + ["Kementerian Pariwisata", "Kemenpar", "Kemenpar"]):
        entity = Entity("e1", name, "ORG", ())
        builder.add(Extraction(Article(id=f"a{k}", text="x"), (), (), (entity,), ()))
    assert builder.graph().nodes["e1"]["name"] == "Kementerian Pariwisata"
    assert written_name({("Kemenpar", "id"): 3, ("kementerian pariwisata", "id"): 2}) == ("Kemenpar", "id")
    assert written_name({("B", "id"): 1, ("A", "en"): 1}) == ("A", "en")
    # a capital that starts a sentence, or capitals all through, choose nothing: most written wins
    assert written_name({("Massa", "id"): 1, ("massa", "id"): 2}) == ("massa", "id")
    assert written_name({("PT POS", "id"): 1, ("PT Pos", "id"): 2}) == ("PT Pos", "id")


def test_junk_never_becomes_a_node():
    graph = graph_of(
        [("Rp", "LOC", []), ("Jakarta", "GPE", []), ("Plt", "PERSON", [])], [("Rp", "LOCATED_IN", "Jakarta")]
    )
    out = resolve(graph, POLICY)
    assert names(out) == {"Jakarta": ("GPE", set())} and out.number_of_edges() == 0


def test_a_short_name_joins_the_one_full_name_it_abbreviates():
    graph = graph_of(
        [
            ("Purbaya", "PERSON", []),
            ("Purbaya Yudhi Sadewa", "PERSON", []),
            ("Budi", "PERSON", []),
            ("Budi Santoso", "PERSON", []),
            ("Budi Gunawan", "PERSON", []),
        ]
    )
    out = names(resolve(graph, POLICY))
    assert out["Purbaya Yudhi Sadewa"] == ("PERSON", {"Purbaya"}) and "Purbaya" not in out
    assert {"Budi", "Budi Santoso", "Budi Gunawan"} <= set(out)  # two full names compete


def test_a_noun_phrase_is_no_full_name_of_a_short_one_nor_of_its_inner_bracket():
    """ "Brio" is no short name of the noun phrase "generasi Brio" (a person's type guessed
    for both), and the bracket that closes "penyerapan anggaran Kementerian Pekerjaan Umum
    (PU)" is the inner name's short form, not the phrase's: "PU" keeps its own node."""
    graph = graph_of(
        [
            ("generasi Brio", "PERSON", []),
            ("Brio", "PERSON", []),
            ("orang tua Siti", "PERSON", []),
            ("orang tua", "PERSON", []),
            ("penyerapan anggaran Kementerian Pekerjaan Umum (PU)", "CONCEPT", []),
            ("PU", "ORG", []),
            ("Keluarga Penerima Manfaat (KPM)", "PERSON", []),
            ("KPM", "PERSON", []),
        ]
    )
    out = names(resolve(graph, POLICY))
    assert {"generasi Brio", "Brio", "orang tua Siti", "orang tua", "PU"} <= set(out)
    assert out["penyerapan anggaran Kementerian Pekerjaan Umum (PU)"] == ("CONCEPT", set())
    assert "KPM" not in out and "KPM" in out["Keluarga Penerima Manfaat (KPM)"][1]  # a name's own bracket


def test_a_titled_name_of_no_sure_type_joins_the_one_person_it_abbreviates():
    graph = graph_of(
        [
            ("Kang Dedi", "MISC", []),
            ("Dedi Mulyadi", "PERSON", []),
            ("Kang Emil", "MISC", []),
            ("Pak Purbaya", "PERSON", []),
            ("Purbaya Yudhi Sadewa", "PERSON", []),
        ]
    )
    out = names(resolve(graph, POLICY))
    assert out["Dedi Mulyadi"] == ("PERSON", {"Kang Dedi"}) and "Kang Dedi" not in out
    assert out["Purbaya Yudhi Sadewa"] == ("PERSON", {"Pak Purbaya"}) and "Pak Purbaya" not in out
    assert "Kang Emil" in out  # no full name to join


def test_no_organisation_name_is_a_persons_alias_and_types_follow_the_votes():
    graph = graph_of([("Dewi Pitalolo", "ORG", ["Komisi Dewi", "Dewi"])])
    votes = {entity_id("Dewi Pitalolo"): Counter({"PERSON": 5, "ORG": 1})}
    assert names(resolve(graph, POLICY, votes=votes)) == {"Dewi Pitalolo": ("PERSON", {"Dewi"})}
    graph = graph_of([("Dewi Pitalolo", "PERSON", ["Komisi Dewi", "Dewi"])])
    assert names(resolve(graph, POLICY)) == {"Dewi Pitalolo": ("PERSON", {"Dewi"})}


def test_curated_decisions_win(tmp_path):
    path = tmp_path / "aliases.tsv"
    path.write_text(
        "# mine\nsame\tGus Ipul\tSaifullah Yusuf\ndifferent\tDPR\tDPR RI\ntype\tKota Nusantara\tGPE\n", encoding="utf-8"
    )
    curated = read_aliases(path)
    graph = graph_of(
        [
            ("Gus Ipul", "PERSON", []),
            ("Saifullah Yusuf", "PERSON", []),
            ("DPR", "ORG", []),
            ("DPR RI", "ORG", []),
            ("Kota Nusantara", "PERSON", []),
        ]
    )
    out = names(resolve(graph, POLICY, curated))
    assert out == {
        "Saifullah Yusuf": ("PERSON", {"Gus Ipul"}),
        "DPR": ("ORG", set()),
        "DPR RI": ("ORG", set()),
        "Kota Nusantara": ("GPE", set()),
    }


def test_a_bad_alias_file_is_a_one_line_error(tmp_path):
    path = tmp_path / "aliases.tsv"
    path.write_text("same\tonly one name\n", encoding="utf-8")
    with pytest.raises(InputError, match="aliases.tsv:1"):
        read_aliases(path)
    path.write_text("type\tX\tPLANET\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown type"):
        read_aliases(path)


def test_a_known_id_is_kept_when_a_longer_name_arrives():
    graph = graph_of([("Purbaya", "PERSON", []), ("Purbaya Yudhi Sadewa", "PERSON", [])])
    out = resolve(graph, POLICY, known={entity_id("Purbaya")})
    [(node, data)] = out.nodes(data=True)
    assert node == entity_id("Purbaya") and data["name"] == "Purbaya" and data["aliases"] == ["Purbaya Yudhi Sadewa"]


def test_the_indonesian_gazetteer_joins_short_forms():
    policy = name_policy(("id",))
    graph = graph_of([("Kemensos", "ORG", []), ("Kementerian Sosial RI", "ORG", []), ("KPK", "ORG", [])])
    out = names(resolve(graph, policy))
    assert out["Ministry of Social Affairs of Indonesia"][1] >= {"Kemensos", "Kementerian Sosial RI"}
    assert out["Corruption Eradication Commission"] == ("ORG", {"KPK"})


CORPUS = SHARED / "eval" / "id_news_gold"


def test_two_loads_into_one_store_give_the_nodes_of_one_build(tmp_path):
    need(CORPUS.exists(), f"{CORPUS} not found")
    from kg.stores.base import load_graph
    from kg.stores.falkordb import local_store

    paths = sorted(str(p) for p in CORPUS.glob("d*.txt"))
    whole = api.build_from(paths)
    first, second = api.build_from(paths[: len(paths) // 2]), api.build_from(paths[len(paths) // 2 :])
    with local_store(tmp_path / "one", fresh=True) as store:
        load_graph(store, whole)
        one = entity_count(store)
    with local_store(tmp_path / "two", fresh=True) as store:
        load_graph(store, first)
        load_graph(store, second)
        two = entity_count(store)
    assert one == whole.number_of_nodes() == two


def entity_count(store) -> int:
    _, rows = store.query("MATCH (e:Entity) RETURN count(e)", write=False)
    return rows[0][0]


def test_brackets_company_forms_titles_and_determiners_do_not_split_a_name():
    policy = NamePolicy(
        titles=frozenset(["mensos", "menkeu"]), legal=frozenset(["pt", "tbk", "persero"]), trailing=frozenset(["itu"])
    )
    assert fold("Joko Widodo (Jokowi)", policy) == fold("Joko Widodo", policy)
    assert fold("PT Jasa Marga (Persero) Tbk", policy) == fold("Jasa Marga", policy)
    assert fold("polisi itu", policy) == "polisi"
    graph = graph_of(
        [
            ("Mensos Saifullah Yusuf", "MISC", []),
            ("Saifullah Yusuf", "PERSON", ["Menkeu"]),
            ("Keluarga Penerima Manfaat (KPM)", "PERSON", []),
            ("Keluarga Penerima Manfaat", "ORG", []),
        ]
    )
    out = names(resolve(graph, policy, votes={entity_id("Keluarga Penerima Manfaat"): Counter({"ORG": 3})}))
    assert out == {
        "Saifullah Yusuf": ("PERSON", {"Mensos Saifullah Yusuf"}),  # a title is no alias
        "Keluarga Penerima Manfaat": ("ORG", {"Keluarga Penerima Manfaat (KPM)", "KPM"}),
    }


def test_initials_join_the_one_person_they_stand_for():
    graph = graph_of([("STY", "PERSON", []), ("Shin Tae-yong", "PERSON", []), ("JPU", "PERSON", [])])
    graph.add_node(entity_id("Jaksa Penuntut Umum"), name="Jaksa Penuntut Umum", type="ORG", aliases=[], wikidata="")
    graph.add_node(entity_id("Joko Putra Utama"), name="Joko Putra Utama", type="PERSON", aliases=[], wikidata="")
    graph.add_node(entity_id("Jaka Purnama Umar"), name="Jaka Purnama Umar", type="PERSON", aliases=[], wikidata="")
    out = names(resolve(graph, POLICY))
    assert out["Shin Tae-yong"] == ("PERSON", {"STY"})
    assert "JPU" in out  # two people have those initials: it stays apart


def test_a_name_writing_an_acronym_joins_the_name_spelling_it_out():
    graph = graph_of(
        [
            ("Ibu Kota Nusantara", "LOC", ["IKN"]),
            ("Otorita Ibu Kota Nusantara", "ORG", ["OIKN"]),
            ("Otorita IKN", "ORG", []),
            ("Komisi Pemilihan Umum", "ORG", ["KPU"]),
            ("Komisi Penyiaran Umum", "ORG", ["KPU"]),
            ("Kantor KPU", "ORG", []),
        ]
    )
    out = names(resolve(graph, POLICY))
    assert out["Otorita Ibu Kota Nusantara"] == ("ORG", {"OIKN", "Otorita IKN"})
    assert "Kantor KPU" in out and "Otorita IKN" not in out  # KPU has two expansions: no join


def test_an_office_is_its_body():
    policy = name_policy(("id",))
    graph = graph_of([("Kemenko IPK", "ORG", []), ("Kantor Kemenko IPK", "ORG", [])])
    votes = {entity_id("Kemenko IPK"): Counter(ORG=5), entity_id("Kantor Kemenko IPK"): Counter(ORG=1)}
    assert names(resolve(graph, policy, votes=votes)) == {"Kemenko IPK": ("ORG", {"Kantor Kemenko IPK"})}
    assert fold("Kantor", policy) == "kantor"  # a prefix alone stays a word


def test_an_incoming_node_with_a_stored_id_joins_what_the_stored_entity_joins():
    """The store holds "Keluarga Penerima Manfaat" (ORG, known as "KPM"); a later batch
    brings a noun phrase of the same id, "keluarga penerima manfaat" (typed PERSON by its
    head word), and "KPM": one entity, as one load of both batches gives."""
    from kg.resolve import with_store_entities

    stored = [[entity_id("Keluarga Penerima Manfaat"), "Keluarga Penerima Manfaat", "ORG", ["KPM"], ""]]
    incoming = graph_of([("keluarga penerima manfaat", "PERSON", []), ("KPM", "ORG", [])])
    out = with_store_entities(incoming, stored)
    assert list(out) == [entity_id("Keluarga Penerima Manfaat")]
    assert out.nodes[entity_id("Keluarga Penerima Manfaat")]["type"] == "ORG"


def test_a_stored_entity_a_cut_load_left_without_properties_changes_nothing():
    """A load killed mid-way can leave an entity with its id only (the properties come in
    a later statement); the next load's incoming node of that id keeps its own names."""
    from kg.resolve import with_store_entities

    incoming = graph_of([("Budi Santoso", "PERSON", ["Budi"])])
    out = with_store_entities(incoming, [[entity_id("Budi Santoso"), None, None, None, None]])
    assert [(d["name"], d["type"], d["aliases"]) for _, d in out.nodes(data=True)] == [
        ("Budi Santoso", "PERSON", ["Budi"])
    ]
