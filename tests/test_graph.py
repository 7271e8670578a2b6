import networkx as nx

from kg.graph import build_graph, generate_json, parse_json
from kg.model import Article
from kg.pipeline import extract


def test_same_fact_twice_is_one_edge_with_two_evidence():
    articles = [
        Article(id="a", text="Jepang mengecam Korea Utara. Kemudian Jepang kembali mengecam Korea Utara."),
        Article(id="b", text="Jepang mengecam Korea Utara."),
    ]
    graph = build_graph(extract(articles))
    edges = list(graph.edges(keys=True, data=True))
    assert len(edges) == 1
    u, v, key, data = edges[0]
    assert key == "CRITICIZES" and data["predicate"] == "CRITICIZES"
    assert [(e["article"], e["sentence_index"]) for e in data["evidence"]] == [("a", 0), ("a", 1), ("b", 0)]
    assert graph.nodes[u]["name"] == "Japan" and graph.nodes[v]["type"] == "GPE"


def test_node_link_round_trip(built):
    from kg.graph import read_json

    graph = read_json(built)
    again = parse_json(generate_json(graph))
    assert nx.utils.graphs_equal(graph, again)
    assert generate_json(again) == generate_json(graph)
    assert graph.graph["articles"]["000_122afc5b818c93bc"]["source"] == "HOLOPIS.COM"
    assert isinstance(graph, nx.MultiDiGraph)


def test_mention_rows_read_graph_files_written_before_roles():
    import networkx as nx

    from kg.stores.rows import mention_rows

    graph = nx.MultiDiGraph(mentions=[["s1", "e1", 0, 3], ["s1", "e2", 5, 11, "actor"]])
    graph.add_nodes_from(["e1", "e2"])
    assert [r["role"] for r in mention_rows(graph)] == ["", "actor"]
