"""The actors' network on the seeds: the path from Agus Gumiwang to the export task force is
explained with the facts behind each hop, exports re-read, centrality and communities make
sense, and the command line prints what the library computes."""
from __future__ import annotations

import networkx as nx
import pytest

import kg
from kg.outputs import network as net
from kg.cli.main import cli
from kg.errors import KGError

AGUS, SATGAS = "Agus Gumiwang Kartasasmita", "Satuan Tugas Peningkatan Ekspor Nasional"


@pytest.fixture(scope="module")
def graph(seeds_store):
    return net.build_network(kg.open(seeds_store, read_only=True))


def kinds(graph):
    return {kind for _, kind in graph.nodes(data="kind")}


def test_network_has_every_kind_of_node(graph):
    assert {"person", "organization", "body", "decree", "article", "team", "post"} <= kinds(graph)
    assert all(degree > 0 for _, degree in graph.degree)


def test_path_from_agus_to_the_task_force_goes_through_the_decree(graph):
    """Agus speaks in the Kontan article, which cites Keppres 24/2023, which establishes the Satgas."""
    hops = net.shortest_path(graph, AGUS, SATGAS)
    labels = [graph.nodes[hops[0].source]["label"]] + [graph.nodes[h.target]["label"] for h in hops]
    assert labels[0] == AGUS and labels[-1] == SATGAS
    assert "Keputusan Presiden Nomor 24 Tahun 2023" in labels
    relations = [set(h.relations) for h in hops]
    assert "stated in" in relations[0] and {"cites"} in relations and {"establishes"} in relations
    assert all(h.facts for h in hops), "every hop must be backed by at least one fact"
    cites = next(h for h in hops if "cites" in h.relations)
    assert "Nomor 24 Tahun 2023" in cites.facts[0]["text"]


def test_path_explanation_prints_the_evidence(graph):
    text = net.explain_path(graph, net.shortest_path(graph, AGUS, SATGAS))
    assert text.startswith("1. ") and "--[stated in]-->" in text and "--[establishes]-->" in text
    assert "Keputusan Presiden (Keppres) Nomor 24 Tahun 2023" in text
    assert "Satgas" in text  # Agus's quote about the task force explains the first hop


def test_names_match_by_substring_and_unknown_names_fail(graph):
    assert graph.nodes[net.find_node(graph, "agus gumiwang")]["label"] == AGUS
    assert graph.nodes[net.find_node(graph, "Satuan Tugas")]["kind"] == "body"
    with pytest.raises(KGError, match="no person"):
        net.find_node(graph, "Nobody In Particular")


def test_no_path_between_separate_stories_is_an_error(graph):
    with pytest.raises(KGError, match="no path"):
        net.shortest_path(graph, AGUS, "Endang Rahmawati")


def test_central_actors_are_actors_ranked_by_betweenness(graph):
    actors = net.central_actors(graph, top=5)
    assert len(actors) == 5 and {a["kind"] for a in actors} <= set(net.ACTOR_KINDS)
    scores = [a["betweenness"] for a in actors]
    assert scores == sorted(scores, reverse=True)
    assert actors[0]["label"] == "Kementerian Perindustrian"


def test_communities_split_the_stories(graph):
    found = net.communities(graph)
    assert sum(len(c) for c in found) == graph.number_of_nodes()
    by_node = {n: i for i, c in enumerate(found) for n in c}
    agus = net.find_node(graph, AGUS)
    assert by_node[agus] != by_node[net.find_node(graph, "Endang Rahmawati")]


def test_graphml_and_gexf_read_back(graph, tmp_path):
    """Gephi and others get the same nodes and edges, with labels, kinds and fact counts."""
    net.write_graphml(graph, tmp_path / "kg.graphml")
    net.write_gexf(graph, tmp_path / "kg.gexf")
    back = nx.read_graphml(tmp_path / "kg.graphml")
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    agus = net.find_node(graph, AGUS)
    assert back.nodes[agus]["label"] == AGUS and back.nodes[agus]["kind"] == "person"
    edge = back.edges[agus, net.find_node(graph, "Kementerian Perindustrian")]
    assert "member of" in edge["relation"] and edge["fact_count"] >= 1
    assert nx.read_gexf(tmp_path / "kg.gexf").number_of_nodes() == graph.number_of_nodes()


def test_png_picture_has_a_title_and_a_legend_by_node_type(graph, tmp_path):
    picture = net.write_png(graph, tmp_path / "kg.png", labels=5)
    data = (tmp_path / "kg.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    assert f"{graph.number_of_nodes()} nodes" in picture.title
    counts = {entry.split(" (")[0]: int(entry.split("(")[1].rstrip(")")) for entry in picture.legend if "(" in entry
              and entry.split(" (")[0] in net.COLOURS}
    assert counts == {kind: sum(1 for _, k in graph.nodes(data="kind") if k == kind) for kind in kinds(graph)}
    assert any("faint" in entry for entry in picture.legend)
    assert len(picture.labelled) == 5 and all(graph.nodes[n]["kind"] != "article" for n in picture.labelled)
    most = max((n for n in graph if graph.nodes[n]["kind"] != "article"), key=graph.degree)
    assert most in picture.labelled


def test_around_keeps_the_neighbourhood_only(graph):
    agus = net.find_node(graph, AGUS)
    one = net.neighbourhood(graph, "agus gumiwang", radius=1)
    assert set(one) == {agus, *graph.neighbors(agus)} and one.graph["centre"] == agus
    two = net.neighbourhood(graph, AGUS, radius=2)
    assert set(one) < set(two) < set(graph)
    assert all(nx.shortest_path_length(graph, agus, n) <= 2 for n in two)
    assert net.find_node(graph, "Endang Rahmawati") not in two  # another story, not reached
    with pytest.raises(KGError, match="radius"):
        net.neighbourhood(graph, AGUS, radius=3)


def test_around_picture_is_titled_by_its_centre(graph, tmp_path):
    picture = net.write_png(net.neighbourhood(graph, AGUS, 1), tmp_path / "agus.png")
    assert picture.title.startswith(f"Within 1 hop(s) of {AGUS}") and picture.labelled[0] == net.find_node(graph, AGUS)


def test_layout_places_every_node_and_keeps_label_boxes_apart(graph):
    positions = net.layout(graph)
    assert set(positions) == set(graph)
    shown = list(graph)[:12]
    texts = {n: "x" * 10 for n in shown}
    crowded = {n: (0.0, 0.0) for n in shown}  # every node on one spot
    places = net.label_places(crowded, shown, texts)
    assert len({y for _, y in places.values()}) == len(shown)


def test_cli_path_and_exports(runner, seeds_store, tmp_path):
    out = tmp_path / "kg.graphml"
    result = runner.invoke(cli, ["--store", str(seeds_store), "network", "--path", AGUS, SATGAS,
                                 "--graphml", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "--[cites]-->" in result.stdout and "Keputusan Presiden" in result.stdout
    assert nx.read_graphml(out).number_of_nodes() > 10


def test_cli_around_filters_the_listing_and_draws_the_neighbourhood(runner, seeds_store, tmp_path):
    out = tmp_path / "agus.png"
    result = runner.invoke(cli, ["--store", str(seeds_store), "network", "--around", AGUS, "--radius", "1",
                                 "--graphml", str(tmp_path / "a.graphml"), "--png", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"around {AGUS} (radius 1)" in result.stderr and "Within 1 hop(s)" in result.stderr
    back = nx.read_graphml(tmp_path / "a.graphml")
    assert AGUS in {d["label"] for _, d in back.nodes(data=True)}
    assert "Endang Rahmawati" not in {d["label"] for _, d in back.nodes(data=True)}
    assert out.read_bytes()[:4] == b"\x89PNG"
    bad = runner.invoke(cli, ["--store", str(seeds_store), "network", "--around", AGUS, "--radius", "3"])
    assert bad.exit_code == 2


def test_cli_central_actors_and_unknown_name(runner, seeds_store):
    result = runner.invoke(cli, ["--store", str(seeds_store), "network", "--top", "3"])
    assert result.exit_code == 0 and "Kementerian Perindustrian" in result.stdout
    assert len([line for line in result.stdout.splitlines() if line.strip()]) == 4  # header + 3
    missing = runner.invoke(cli, ["--store", str(seeds_store), "network", "--path", AGUS, "Nobody In Particular"])
    assert missing.exit_code == 1 and "no person" in missing.output and "Traceback" not in missing.output
