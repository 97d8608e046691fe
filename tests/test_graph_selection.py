"""Which graphs an ad-hoc query reads: the union of all graphs by default, the query's own
FROM / FROM NAMED when it names them (pyoxigraph ignores FROM while it unions the default
graph, so the store must notice), and the SPARQL Protocol's graph lists, which replace FROM."""
from __future__ import annotations

import pytest

import kg
from kg.api import KG
from kg.cli.main import cli
from kg.store import open_store
from kg.store.base import UnsupportedGraphSelection

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
COUNT_NAMED = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def store(seeds_store):
    return kg.open(seeds_store, read_only=True)


@pytest.fixture(scope="module")
def two_graphs(store):
    first, second = store.store.article_graphs()[:2]
    return first, second


def count(store, text, **graphs) -> int:
    return int(store.sparql(text, **graphs).rows[0][0])


def inside(store, graph) -> int:
    return count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")


def test_without_from_the_default_graph_is_the_union(store):
    assert count(store, COUNT) == store.store.triple_count()


def test_from_reads_only_the_graphs_it_names(store, two_graphs):
    first, second = two_graphs
    assert count(store, f"SELECT (COUNT(*) AS ?n) FROM <{first}> WHERE {{ ?s ?p ?o }}") == inside(store, first)
    both = count(store, f"SELECT (COUNT(*) AS ?n) FROM <{first}> FROM <{second}> WHERE {{ ?s ?p ?o }}")
    assert inside(store, first) < both <= inside(store, first) + inside(store, second)


def test_from_named_alone_leaves_the_default_graph_empty(store, two_graphs):
    first, _ = two_graphs
    assert count(store, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{first}> WHERE {{ ?s ?p ?o }}") == 0
    assert count(store, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{first}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") \
        == inside(store, first)


def test_the_word_from_in_a_literal_changes_nothing(store):
    text = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(?o != "FROM <urn:x>") }'
    assert count(store, text) > 0.9 * store.store.triple_count()


def test_protocol_graph_lists_replace_the_querys_from(store, two_graphs):
    first, second = two_graphs
    text = f"SELECT (COUNT(*) AS ?n) FROM <{first}> WHERE {{ ?s ?p ?o }}"
    assert count(store, text, default_graphs=[second]) == inside(store, second)
    assert count(store, COUNT, named_graphs=[first]) == 0
    assert count(store, COUNT_NAMED, named_graphs=[first]) == inside(store, first)


def test_the_command_line_honours_from(runner, seeds_store, store, two_graphs):
    first, _ = two_graphs
    result = runner.invoke(cli, ["--store", str(seeds_store), "sparql",
                                 f"SELECT (COUNT(*) AS ?n) FROM <{first}> WHERE {{ ?s ?p ?o }}", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert int(result.output.split()[-1]) == inside(store, first)


def test_the_memory_store_refuses_a_selection_it_cannot_make():
    memory = KG(open_store(":memory:"))
    with pytest.raises(UnsupportedGraphSelection, match="union of all graphs only"):
        memory.sparql("SELECT * FROM <urn:x:graph> WHERE { ?s ?p ?o }")
