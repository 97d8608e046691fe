"""`kg sparql` answers SELECT, ASK, CONSTRUCT and DESCRIBE in the W3C formats (each output
parsed back), refuses a format that does not fit the form, refuses updates and SERVICE (a
listening socket receives nothing), and stops a query at its time limit."""
from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.cli.main import cli
from kg.store.base import Boolean, Solutions
from kg.query.results import serialize

SELECT = ("PREFIX schema: <https://schema.org/> SELECT ?article ?title WHERE { ?article a schema:NewsArticle ; "
          "schema:headline ?title } ORDER BY ?article")
ASK_TRUE = "ASK { ?s a <https://schema.org/NewsArticle> }"
ASK_FALSE = "ASK { <urn:nothing> ?p ?o }"
CONSTRUCT = "CONSTRUCT { ?a <https://schema.org/headline> ?t } WHERE { ?a <https://schema.org/headline> ?t }"
DESCRIBE = "DESCRIBE ?a WHERE { ?a a <https://schema.org/NewsArticle> }"
SPARQL_RESULTS = "{http://www.w3.org/2005/sparql-results#}"
RDF_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}


def run(runner, store, *args):
    return runner.invoke(cli, ["--store", str(store), "sparql", *args])


def titles(store):
    import kg
    return sorted(str(r["title"]) for r in kg.open(store, read_only=True).sparql(SELECT))


def test_select_in_every_w3c_format(runner, seeds_store):
    expected = titles(seeds_store)
    assert len(expected) == 5
    out = {fmt: run(runner, seeds_store, SELECT, "--format", fmt) for fmt in ("json", "xml", "csv", "tsv", "table")}
    assert all(r.exit_code == 0 for r in out.values()), {k: r.output[-300:] for k, r in out.items()}
    data = json.loads(out["json"].output)
    assert data["head"]["vars"] == ["article", "title"]
    assert sorted(b["title"]["value"] for b in data["results"]["bindings"]) == expected
    assert {b["article"]["type"] for b in data["results"]["bindings"]} == {"uri"}
    root = ET.fromstring(out["xml"].output)
    assert [v.get("name") for v in root.iter(SPARQL_RESULTS + "variable")] == ["article", "title"]
    assert sorted(b.find(SPARQL_RESULTS + "literal").text for b in root.iter(SPARQL_RESULTS + "binding")
                  if b.get("name") == "title") == expected
    raw_csv = out["csv"].stdout_bytes.decode("utf-8")
    assert raw_csv.startswith("article,title\r\n")     # RFC 4180 line ends
    rows = list(csv.DictReader(io.StringIO(raw_csv, newline="")))
    assert sorted(r["title"] for r in rows) == expected
    lines = out["tsv"].output.rstrip("\n").split("\n")
    assert lines[0] == "?article\t?title" and all(line.split("\t")[0].startswith("<") for line in lines[1:])
    terms = [line.split("\t")[1] for line in lines[1:]]
    assert all(term.endswith('"@id') for term in terms)  # headlines are tagged Indonesian
    assert sorted(json.loads(term[:term.rindex('"') + 1]) for term in terms) == expected  # "..." with Turtle escapes
    assert "5 row(s)" in out["table"].output


def test_csv_and_tsv_escape_what_their_syntax_needs():
    text = Literal('a, "b"\tc\nd')
    solutions = Solutions(("x", "n"), ((text, Literal("4", datatype=XSD.integer)),))
    (row,) = list(csv.reader(io.StringIO(serialize(solutions, "csv"), newline="")))[1:]
    assert row == ['a, "b"\tc\nd', "4"]
    tsv = serialize(solutions, "tsv").split("\n")[1]
    assert tsv == '"a, \\"b\\"\\tc\\nd"\t4'


@pytest.mark.parametrize("query, answer", [(ASK_TRUE, True), (ASK_FALSE, False)])
def test_ask_gives_w3c_boolean_results(runner, seeds_store, query, answer):
    as_json = run(runner, seeds_store, query, "--format", "json")
    assert as_json.exit_code == 0 and json.loads(as_json.output) == {"head": {}, "boolean": answer}
    root = ET.fromstring(run(runner, seeds_store, query, "--format", "xml").output)
    assert root.find(SPARQL_RESULTS + "boolean").text == ("true" if answer else "false")
    assert root.find(SPARQL_RESULTS + "results") is None
    assert run(runner, seeds_store, query).output.strip() == ("true" if answer else "false")


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
def test_graph_queries_in_every_rdf_format(runner, seeds_store, query):
    import kg
    expected = kg.open(seeds_store, read_only=True).store.query(query)
    assert len(expected) > 0
    default = run(runner, seeds_store, query)
    assert default.exit_code == 0, default.output
    parsed = {"default": Graph().parse(data=default.output, format="turtle")}
    for fmt, syntax in RDF_FORMATS.items():
        result = run(runner, seeds_store, query, "--format", fmt)
        assert result.exit_code == 0, result.output
        parsed[fmt] = Graph().parse(data=result.output, format=syntax)
    for fmt, graph in parsed.items():
        assert graph.isomorphic(expected), fmt
    assert any(p == URIRef("https://schema.org/headline") for _, p, _ in parsed["turtle"])


@pytest.mark.parametrize("query, fmt", [(SELECT, "turtle"), (ASK_TRUE, "csv"), (ASK_TRUE, "ntriples"),
                                        (CONSTRUCT, "json"), (DESCRIBE, "table"), (CONSTRUCT, "csv")])
def test_a_format_that_does_not_fit_the_form_is_one_line(runner, seeds_store, query, fmt):
    result = run(runner, seeds_store, query, "--format", fmt)
    assert result.exit_code == 2
    assert result.output.startswith("error: --format") and result.output.count("\n") == 1


def test_serialize_refuses_a_mismatched_form():
    from kg.errors import QueryParameterError
    with pytest.raises(QueryParameterError):
        serialize(Boolean(True), "csv")


@pytest.mark.parametrize("update", ["LOAD <http://127.0.0.1:9/x.ttl>", "DROP ALL",
                                    "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "CLEAR DEFAULT"])
def test_updates_and_load_are_refused(runner, seeds_store, update):
    result = run(runner, seeds_store, update)
    assert result.exit_code == 2 and "refused" in result.output and result.output.count("\n") == 1


@pytest.fixture
def listener():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.5)
    yield server
    server.close()


def received_anything(server) -> bool:
    try:
        connection, _ = server.accept()
    except socket.timeout:
        return False
    connection.close()
    return True


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE SILENT <http://127.0.0.1:{port}/sparql> {{ ?s ?q ?r }} }} }} LIMIT 1",
    "ASK {{ {{ SELECT ?s WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }} }}",
])
def test_service_is_refused_and_sends_nothing(runner, seeds_store, listener, template):
    port = listener.getsockname()[1]
    result = run(runner, seeds_store, template.format(port=port))
    assert result.exit_code == 2 and "SERVICE" in result.output and "--allow-service" in result.output
    assert result.output.count("\n") == 1
    assert not received_anything(listener)


def test_the_word_service_in_a_literal_or_iri_is_not_refused(runner, seeds_store):
    query = ('SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1:1/> { }" AS ?x) '
             'FILTER(?x != <http://example.org/SERVICE>) }')
    result = run(runner, seeds_store, query, "--format", "json")
    assert result.exit_code == 0, result.output
    (binding,) = json.loads(result.output)["results"]["bindings"]
    assert binding["x"]["value"].startswith("SERVICE")


def test_allow_service_lets_the_engine_call_out(runner, seeds_store, listener):
    """With --allow-service the query reaches the engine, which contacts the listener (it
    answers nothing, so SILENT keeps the query alive)."""
    port = listener.getsockname()[1]
    listener.settimeout(5)
    import threading
    seen = []
    thread = threading.Thread(target=lambda: seen.append(received_anything(listener)))
    thread.start()
    query = f"SELECT * WHERE {{ OPTIONAL {{ SERVICE SILENT <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }}"
    run(runner, seeds_store, query, "--allow-service", "--timeout", "3")
    thread.join()
    assert seen == [True]


def test_a_slow_query_stops_at_its_time_limit(seeds_store):
    """A subprocess, so that the abandoned evaluation ends with it."""
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "kg", "--store", str(seeds_store), "sparql", query,
                             "--timeout", "1"], capture_output=True, text=True, timeout=60)
    assert time.perf_counter() - started < 20
    assert result.returncode == 1 and result.stderr.startswith("error: the query took longer than 1 s")
    assert result.stderr.count("\n") == 1


def test_a_syntax_error_is_one_line(runner, seeds_store):
    result = run(runner, seeds_store, "SELECT ?x WHERE { ?x ")
    assert result.exit_code == 2 and result.output.startswith("error: SPARQL syntax error")
    assert result.output.count("\n") == 1
