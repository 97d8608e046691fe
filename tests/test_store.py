"""The store: atomic ingest, idempotent re-ingest, refused articles leave it untouched."""
from rdflib.namespace import RDF

import kg.pipeline as pipeline
from kg.rdf.vocab import EKG
from conftest import CORPUS


def quads(kg_):
    return set(kg_.store.quads())


def test_reingest_adds_nothing(fresh_store):
    first = fresh_store.ingest([CORPUS])
    before = quads(fresh_store)
    again = fresh_store.ingest([CORPUS])
    assert {o.status for o in first} == {"added"}
    assert {o.status for o in again} == {"unchanged"}
    assert quads(fresh_store) == before


def test_article_failing_the_shapes_leaves_store_unchanged(fresh_store, monkeypatch, tmp_path):
    seeds = sorted(CORPUS.glob("*.txt"))
    fresh_store.ingest(seeds[:1])
    before = quads(fresh_store)
    real_build = pipeline.build_graph

    def build_without_values(facts, iris, **options):
        graph = real_build(facts, iris, **options)
        for figure in list(graph.facts.subjects(RDF.type, EKG.Target)):
            graph.facts.remove((figure, EKG.value, None))
        return graph

    monkeypatch.setattr(pipeline, "build_graph", build_without_values)
    outcomes = fresh_store.ingest(seeds[1:])
    refused = [o for o in outcomes if o.status == "refused"]
    assert refused, "an article with a target lost its value and should have been refused"
    assert "conform" in refused[0].message
    stored_after = {str(g) for g in fresh_store.store.article_graphs()}
    for outcome in refused:
        assert outcome.iri not in stored_after
    refused_iris = {o.iri for o in refused}
    assert not any(str(q[3]) in refused_iris for q in quads(fresh_store))
    assert before <= quads(fresh_store)


def test_bad_file_does_not_stop_a_multi_file_ingest(fresh_store, tmp_path):
    (tmp_path / "a_bad.txt").write_bytes(b"\xff\xfe\x00binary")
    good = sorted(CORPUS.glob("*.txt"))[0]
    (tmp_path / "b_good.txt").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    outcomes = fresh_store.ingest([tmp_path])
    assert [o.status for o in outcomes] == ["error", "added"]
    assert len(fresh_store.store.article_graphs()) == 1


def test_same_entity_one_iri_across_articles(fresh_store):
    fresh_store.ingest([CORPUS])
    rows = fresh_store.sparql("""
        PREFIX ekg: <https://w3id.org/ekspor-kg/ontology#>
        SELECT ?p (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?f ekg:statedBy ?p } } GROUP BY ?p HAVING (COUNT(DISTINCT ?g) > 1)""")
    names = [str(r["p"]) for r in rows]
    assert any(n.endswith("/person/agus-gumiwang-kartasasmita") for n in names)


def test_share_disagreeing_with_its_part_and_whole_is_stored_with_a_warning(fresh_store, tmp_path):
    """The article's own numbers disagree: the KG keeps what it says and the shapes warn."""
    text = ("Judul Berita Ekspor Untuk Pengujian\n\nKONTAN.CO.ID - JAKARTA. Badan Pusat Statistik (BPS) mencatat "
            "ekspor kopi mencapai US$ 1,5 miliar atau menyumbang 60% dari total ekspor pertanian sebesar "
            "US$ 3 miliar pada tahun 2023.\n")
    path = tmp_path / "share.txt"
    path.write_text(text, encoding="utf-8")
    (outcome,) = fresh_store.ingest([path])
    assert outcome.status == "added"
    warnings = [v for v in outcome.report.violations if v.shape.endswith("SharePartWholeShape")]
    assert [v.severity for v in warnings] == ["Warning"]
