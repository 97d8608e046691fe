"""The command line end to end on the seeds: build, query, provenance, export, validate."""
import json

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from kg.cli.main import cli


def run(runner, *args, input=None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def test_build_twice_changes_nothing(runner, tmp_path):
    store = str(tmp_path / "s")
    first = run(runner, "--store", store, "build")
    assert first.exit_code == 0, first.output
    count = run(runner, "--store", store, "sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv")
    again = run(runner, "--store", store, "build")
    assert again.exit_code == 0
    assert "unchanged" in again.output
    count2 = run(runner, "--store", store, "sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv")
    assert count.output == count2.output


def test_who_said_returns_quotes_and_figures_with_evidence(runner, seeds_store):
    result = run(runner, "--store", str(seeds_store), "query", "who-said", "-p", "person=Agus Gumiwang", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["results"]["bindings"]
    types = {r["type"]["value"] for r in rows}
    assert "Quote" in types and types & {"Target", "Realization", "Projection"}
    assert all(r["article"]["value"].startswith("http") for r in rows)


def test_provenance_text_equals_article_at_offsets(runner, seeds_store):
    rows = json.loads(run(runner, "--store", str(seeds_store), "query", "who-said", "-p", "person=Agus",
                          "--format", "json").output)["results"]["bindings"]
    fact = next(r["fact"]["value"] for r in rows if r["type"]["value"] == "Target")
    result = run(runner, "--store", str(seeds_store), "query", "provenance", "-p", f"fact={fact}", "--format", "json")
    (row,) = json.loads(result.output)["results"]["bindings"]
    assert row["evidence"]["value"] == row["textAtOffsets"]["value"]
    assert row["speakerName"]["value"] == "Agus Gumiwang Kartasasmita"


@pytest.mark.parametrize("value", ['Agus" } ; DROP ALL ; #', "<http://x>", "SELECT * WHERE", "') || true || ('"])
def test_parameters_are_plain_values(runner, seeds_store, value):
    result = run(runner, "--store", str(seeds_store), "query", "who-said", "-p", f"person={value}", "--format", "csv")
    assert result.exit_code == 0
    assert result.output.strip().splitlines() == [result.output.strip().splitlines()[0]]  # header only
    still = run(runner, "--store", str(seeds_store), "query", "who-said", "-p", "person=Agus", "--format", "csv")
    assert len(still.output.strip().splitlines()) > 1


@pytest.mark.parametrize("args, message", [
    (["query", "who-said"], "needs -p person"),
    (["query", "figures", "-p", "year=twenty"], "not a valid year"),
    (["query", "provenance", "-p", "fact=not an iri"], "not a valid iri"),
    (["query", "figures", "-p", "colour=red"], "no parameter"),
    (["query", "nope"], "no query template"),
])
def test_bad_parameters_are_one_line_and_exit_2(runner, seeds_store, args, message):
    result = runner.invoke(cli, ["--store", str(seeds_store), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_export_formats_reparse_to_the_same_triples(runner, seeds_store, tmp_path):
    triples = {}
    for fmt, parse in (("turtle", "turtle"), ("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")):
        out = tmp_path / f"kg.{fmt}"
        assert run(runner, "--store", str(seeds_store), "export", "--format", fmt, "--out", str(out)).exit_code == 0
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(out, format=parse)
            triples[fmt] = {(s, p, o) for s, p, o, _ in ds.quads()}
            oxs = ox.Store()
            oxs.load(path=str(out), format=ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS)
            assert len(oxs) == len(list(ds.quads()))
        else:
            g = Graph()
            g.parse(out, format=parse)
            triples[fmt] = set(g)
    assert triples["turtle"] == triples["nquads"] == triples["trig"] == triples["jsonld"]


def test_validate_store_exits_zero(runner, seeds_store):
    result = run(runner, "--store", str(seeds_store), "validate")
    assert result.exit_code == 0, result.output


def test_extract_prints_one_json_line_per_article(runner):
    from conftest import CORPUS
    files = sorted(str(p) for p in CORPUS.glob("*.txt"))
    result = run(runner, "extract", *files, "--format", "json")
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["source"] for line in lines] == files
    for line in lines:
        text = open(line["source"], encoding="utf-8", newline="").read()
        for fact in line["facts"]:
            if "evidence" in fact:
                ev = fact["evidence"]
                assert text[ev["start"]:ev["end"]] == ev["text"]


def test_extract_survives_malformed_files(runner, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "b.txt").write_text("Judul Berita Ekspor Yang Baik\n\nEkspor naik 5% pada 2023.\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert len([l for l in result.stdout.splitlines() if l.startswith("{")]) == 2
