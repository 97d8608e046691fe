"""Lookup keys written at ingest (decision 0012): the words of each name beside its label, the
words of each figure's measure and its comparison key (unit and period) in its article's graph;
the binder gives a `lookup: word` parameter its longest word; a name or measure parameter then
matches whole words only."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Literal

import kg
from kg.build.graph import entities_graph_iri
from kg.errors import QueryParameterError
from kg.query.templates import Param, load_template, templates
from kg.rdf.keys import lookup_word, statement_key, words

EKG = "https://w3id.org/ekspor-kg/ontology#"


@pytest.fixture(scope="module")
def seeds(seeds_store):
    return kg.open(seeds_store, read_only=True)


def values(store, sparql: str) -> list:
    return [row[0] for row in store.store.query(sparql)]


# -- the tokeniser ------------------------------------------------------------------------------

def test_words_are_lower_cased_distinct_and_in_order():
    assert words("Kementerian Perindustrian (Kemenperin) - kementerian") == ["kementerian", "perindustrian", "kemenperin"]
    assert words("ekspor_CPO, 2023/24") == ["ekspor", "cpo", "2023", "24"]
    assert words("-- !") == []


def test_the_lookup_word_is_the_longest_first_of_ties():
    assert lookup_word("Kementerian Perindustrian") == "perindustrian"
    assert lookup_word("Agus Budi") == "agus"     # 4 letters each: the first
    assert lookup_word("  ") == ""


# -- the binder -----------------------------------------------------------------------------------

def test_a_word_parameter_is_bound_with_its_lookup_word():
    template = templates()["who-said"]
    bound = template.bindings({"person": "Agus GUMIWANG"})
    assert bound["person"] == Literal("Agus GUMIWANG")
    assert bound["personWord"] == Literal("gumiwang")
    assert "personWord" in template.inputs()


def test_a_plain_string_parameter_gets_no_lookup_word():
    bound = templates()["timeline"].bindings({"measure": "surplus", "scope": "Riau"})
    assert "measureWord" in bound and "scopeWord" not in bound


def test_lookup_needs_a_string_parameter(tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("#+ summary: x\n#+ params:\n#+   - name: year\n#+     type: year\n#+     lookup: word\n"
                    "SELECT * WHERE { ?s ?p ?year }\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lookup"):
        load_template(path)


def test_every_name_and_measure_parameter_is_looked_up_by_word():
    """One meaning for a name or a measure in every template (places, `scope`, stay substrings)."""
    plain = [(name, p.name) for name, t in templates().items() for p in t.params
             if p.name in ("agency", "person", "measure") and p.lookup != "word"]
    assert plain == []
    assert Param("x").word_variable is None and Param("x", lookup="word").word_variable == "xWord"


# -- what ingest writes ---------------------------------------------------------------------------

def test_names_carry_their_words_beside_their_label(seeds):
    found = values(seeds, f"""SELECT ?w WHERE {{ GRAPH <{entities_graph_iri()}> {{
        ?p <http://www.w3.org/2000/01/rdf-schema#label> "Agus Gumiwang Kartasasmita" ; <{EKG}nameWord> ?w }} }}""")
    assert sorted(map(str, found)) == ["agus", "gumiwang", "kartasasmita"]
    unlabelled = values(seeds, f"""SELECT ?x WHERE {{ ?x <{EKG}nameWord> ?w
        FILTER NOT EXISTS {{ ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }} }}""")
    assert unlabelled == []


def test_every_figure_has_its_measure_words_and_key_in_its_own_graph(seeds):
    missing = values(seeds, f"""SELECT ?f WHERE {{ GRAPH ?g {{ ?f <{EKG}measureLabel> ?l ; <{EKG}period> ?p }}
        FILTER NOT EXISTS {{ GRAPH ?g {{ ?f <{EKG}measureWord> ?w ; <{EKG}comparisonKey> ?k }} }} }}""")
    assert missing == []
    keys = seeds.store.query(f"""SELECT ?k ?start ?end ?unit WHERE {{ GRAPH ?g {{ ?f <{EKG}comparisonKey> ?k ;
        <{EKG}unit> ?unit ; <{EKG}period> ?p }} ?p <http://www.w3.org/2006/time#hasBeginning>/<http://www.w3.org/2006/time#inXSDDate> ?start ;
        <http://www.w3.org/2006/time#hasEnd>/<http://www.w3.org/2006/time#inXSDDate> ?end }}""")
    assert keys and all(str(r["k"]) == f"{r['unit']} {r['start']}/{r['end']}" for r in keys)
    outside = values(seeds, f"SELECT ?f WHERE {{ GRAPH <{entities_graph_iri()}> {{ ?f <{EKG}measureWord> ?w }} }}")
    assert outside == []


# -- whole words ------------------------------------------------------------------------------------

@pytest.fixture()
def two_people(tmp_path):
    """Two speakers whose names share a prefix, each with one quote, with the keys ingest writes
    (the statement keys of decision 0085 as kg.rdf.keys.statement_key makes them)."""
    key1 = ox.Literal(statement_key(None, "urn:a", 0, 5, "urn:q1", EKG + "Quote"))
    key2 = ox.Literal(statement_key(None, "urn:a", 6, 9, "urn:q2", EKG + "Quote"))
    store = kg.open(tmp_path / "store")
    store.store.ox.update(f"""
        PREFIX ekg: <{EKG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX oa: <http://www.w3.org/ns/oa#>
        INSERT DATA {{
          GRAPH <urn:entities> {{
            <urn:p1> a ekg:Person ; rdfs:label "Agus Salim" ; ekg:nameWord "agus", "salim" .
            <urn:p2> a ekg:Person ; rdfs:label "Agustina Wati" ; ekg:nameWord "agustina", "wati" . }}
          GRAPH <urn:a> {{
            <urn:q1> a ekg:Quote, ekg:Fact ; ekg:statedBy <urn:p1> ; ekg:sourceArticle <urn:a> ; ekg:evidence <urn:e1> ; ekg:evidenceStart 0 ;
                ekg:statementKey {key1} .
            <urn:q2> a ekg:Quote, ekg:Fact ; ekg:statedBy <urn:p2> ; ekg:sourceArticle <urn:a> ; ekg:evidence <urn:e2> ; ekg:evidenceStart 6 ;
                ekg:statementKey {key2} .
            <urn:e1> oa:hasSelector <urn:s1>, <urn:t1> . <urn:s1> oa:start 0 ; oa:end 5 . <urn:t1> oa:exact "satu" .
            <urn:e2> oa:hasSelector <urn:s2>, <urn:t2> . <urn:s2> oa:start 6 ; oa:end 9 . <urn:t2> oa:exact "dua" . }} }}""")
    return store


def test_a_name_matches_by_whole_word_not_by_part_of_one(two_people):
    assert {r["speakerName"] for r in two_people.query("who-said", person="Agus")} == {"Agus Salim"}
    assert {r["speakerName"] for r in two_people.query("who-said", person="agustina")} == {"Agustina Wati"}
    assert two_people.query("who-said", person="Agu") == []
    assert {r["name"] for r in two_people.query("people", person="Agus")} == {"Agus Salim"}
    assert {r["name"] for r in two_people.query("people")} == {"Agus Salim", "Agustina Wati"}


def test_the_whole_parameter_must_still_be_in_the_name(two_people):
    """The word finds the candidates; the substring test on the label still applies."""
    assert two_people.query("who-said", person="Salim Agus") == []
    assert {r["speakerName"] for r in two_people.query("who-said", person="us Salim")} == {"Agus Salim"}


def test_a_parameter_without_a_word_matches_nothing(two_people):
    assert two_people.query("who-said", person="--") == []


def test_a_bad_value_is_still_a_parameter_error():
    with pytest.raises(QueryParameterError):
        templates()["timeline"].bindings({"measure": "surplus", "since": "next year"})


# -- a store built before the keys ----------------------------------------------------------------

KEY_PREDICATES = ("nameWord", "measureWord", "comparisonKey", "groupKey")


def key_quads(folder) -> set[str]:
    import pyoxigraph as ox
    engine = ox.Store.read_only(str(folder))
    return {str(q) for p in KEY_PREDICATES for q in engine.quads_for_pattern(None, ox.NamedNode(EKG + p), None, None)}


def test_a_store_built_before_the_keys_gets_them_when_a_writer_opens_it(tmp_path, seeds_store):
    import shutil

    import pyoxigraph as ox

    from kg.store.oxigraph import FORMAT_FILE
    folder = tmp_path / "old"
    shutil.copytree(seeds_store, folder)
    expected = key_quads(folder)
    assert len(expected) > 100 and any("comparisonKey" in q for q in expected) and any("groupKey" in q for q in expected)
    # make it an old store: no keys, no format file
    engine = ox.Store(str(folder))
    for p in KEY_PREDICATES:
        engine.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{EKG + p}> ?o }} }}")
    del engine
    (folder / FORMAT_FILE).unlink(missing_ok=True)
    assert key_quads(folder) == set()
    old = kg.open(folder, read_only=True)          # a reader cannot add them: it finds nothing by name
    assert list(old.query("people", person="Agus")) == []
    del old
    writer = kg.open(folder)                       # a writer adds them, once
    del writer
    assert key_quads(folder) == expected
    assert (folder / FORMAT_FILE).exists()
    assert list(kg.open(folder, read_only=True).query("people", person="Agus"))
