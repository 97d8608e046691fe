"""The VoID/DCAT description of the dataset (`kg export --format void`)."""
from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, RDF, SKOS, VOID

import kg
from kg.outputs import void as dataset
from kg.cli.main import cli
from kg.rdf.ontology import ontology_graph
from kg.rdf.vocab import EKG, SCHEMA
from kg.settings import Settings


@pytest.fixture(scope="module")
def seeds(seeds_store):
    return kg.open(seeds_store, read_only=True)


BUILD = Settings(build_date=dt.date(2023, 11, 14))


@pytest.fixture
def description(seeds):
    return dataset.void_description(seeds.store, BUILD)


def partition(graph: Graph, cls: URIRef) -> int:
    for part in graph.objects(dataset.dataset_iri(), VOID.classPartition):
        if graph.value(part, VOID["class"]) == cls:
            return graph.value(part, VOID.entities).toPython()
    raise AssertionError(f"no class partition for {cls}")


def count(seeds, sparql: str) -> int:
    return int(next(iter(seeds.sparql(sparql)))[0].value)


def test_is_a_void_and_dcat_dataset_with_titles_in_two_languages(description):
    node = dataset.dataset_iri()
    assert {VOID.Dataset, DCAT.Dataset} <= set(description.objects(node, RDF.type))
    assert {t.language for t in description.objects(node, DCTERMS.title)} == {"en", "id"}


def test_licence_is_cc_by_unless_set_and_the_quoted_text_keeps_its_rights(description, seeds):
    """The default licence is a real one (Settings.licence, CC BY 4.0), no placeholder."""
    assert description.value(dataset.dataset_iri(), DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert "publishers" in str(description.value(dataset.dataset_iri(), DCTERMS.rights))
    again = dataset.void_description(seeds.store, BUILD.with_(licence="https://creativecommons.org/publicdomain/zero/1.0/"))
    assert again.value(dataset.dataset_iri(), DCTERMS.license) == URIRef("https://creativecommons.org/publicdomain/zero/1.0/")


def test_every_distribution_has_download_and_access_urls_and_the_endpoint_is_a_service(seeds):
    settings = BUILD.with_(download_url="https://data.example.org/ekspor-kg/2024-05",
                           sparql_endpoint="https://data.example.org/sparql")
    graph = dataset.void_description(seeds.store, settings)
    files = [d for d in graph.objects(dataset.dataset_iri(), DCAT.distribution) if (d, DCAT.downloadURL, None) in graph]
    assert len(files) == 5   # turtle, trig, nquads, jsonld and the Data Cube view
    for dist in files:
        url = str(graph.value(dist, DCAT.downloadURL))
        assert url.startswith("https://data.example.org/ekspor-kg/2024-05/kg.")
        assert graph.value(dist, DCAT.accessURL) == URIRef(url)
        assert graph.value(dist, DCTERMS.license) is not None
    service = graph.value(predicate=DCAT.servesDataset, object=dataset.dataset_iri())
    assert graph.value(service, DCAT.endpointURL) == URIRef("https://data.example.org/sparql")


def test_linksets_count_the_links_to_wikidata_and_the_region_codes(description, seeds):
    def linkset(predicate) -> int:
        for subset in description.objects(dataset.dataset_iri(), VOID.subset):
            if description.value(subset, VOID.linkPredicate) == predicate:
                assert description.value(subset, VOID.objectsTarget) == URIRef("http://www.wikidata.org/entity/")
                return description.value(subset, VOID.triples).toPython()
        raise AssertionError(f"no linkset for {predicate}")
    same_as = count(seeds, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o "
                           "FILTER(STRSTARTS(STR(?o), 'http://www.wikidata.org/entity/')) }")
    assert linkset(OWL.sameAs) == same_as > 0
    assert linkset(SKOS.exactMatch) == 0
    (codes,) = [p for p in description.objects(dataset.dataset_iri(), VOID.propertyPartition)
                if description.value(p, VOID.property) == EKG.regionCode]
    assert description.value(codes, VOID.triples).toPython() == count(
        seeds, "SELECT (COUNT(*) AS ?n) WHERE { ?s <https://w3id.org/ekspor-kg/ontology#regionCode> ?o }") > 0


def test_the_shell_reads_licence_and_build_date_from_the_environment(seeds_store):
    from click.testing import CliRunner
    env = {"KG_LICENSE": "https://creativecommons.org/licenses/by/4.0/", "SOURCE_DATE_EPOCH": "1700000000"}
    result = CliRunner().invoke(cli, ["--store", str(seeds_store), "export", "--format", "void"], env=env)
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert graph.value(dataset.dataset_iri(), DCTERMS.license) == URIRef(env["KG_LICENSE"])
    assert graph.value(dataset.dataset_iri(), DCTERMS.created).toPython() == dt.date(2023, 11, 14)


def test_creation_date_follows_source_date_epoch(description):
    assert description.value(dataset.dataset_iri(), DCTERMS.created) == Literal("2023-11-14", datatype=URIRef(
        "http://www.w3.org/2001/XMLSchema#date"))


def test_names_the_ontology_version_it_conforms_to(description):
    version_iri = ontology_graph().value(URIRef("https://w3id.org/ekspor-kg/ontology"), OWL.versionIRI)
    assert version_iri is not None
    assert version_iri in set(description.objects(dataset.dataset_iri(), DCTERMS.conformsTo))


def test_sizes_match_the_store(description, seeds):
    node = dataset.dataset_iri()
    assert description.value(node, VOID.triples).toPython() == seeds.store.triple_count()
    assert description.value(node, VOID.documents).toPython() == len(seeds.store.article_graphs()) == 5


def test_articles_and_facts_by_class(description, seeds):
    assert partition(description, SCHEMA.NewsArticle) == 5
    realizations = count(seeds, f"SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{ ?f a <{EKG.Realization}> }}")
    assert realizations > 0 and partition(description, EKG.Realization) == realizations
    kinds = (EKG.Realization, EKG.GrowthRate, EKG.Share, EKG.Projection, EKG.Difference, EKG.Target,
             EKG.Quote, EKG.DecreeCitation)
    facts = count(seeds, "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { VALUES ?c { %s } ?f a ?c }"
                  % " ".join(f"<{k}>" for k in kinds))
    assert partition(description, EKG.Fact) == facts > partition(description, EKG.NumericFact)


def test_lists_every_named_graph_with_its_size(description, seeds):
    # the named graphs among the subsets (the VoID linksets are subsets too)
    graphs = [s for s in description.objects(dataset.dataset_iri(), VOID.subset)
              if (s, RDF.type, dataset.SD.NamedGraph) in description]
    names = {description.value(s, URIRef("http://www.w3.org/ns/sparql-service-description#name")) for s in graphs}
    expected = {URIRef(g) for g in seeds.store.article_graphs()} | {URIRef(kg.build.graph.entities_graph_iri())}
    assert names == expected
    sizes = [description.value(s, VOID.triples).toPython() for s in graphs]
    assert sum(sizes) >= seeds.store.triple_count()


def test_example_resources_exist_in_the_data(description, seeds):
    examples = list(description.objects(dataset.dataset_iri(), VOID.exampleResource))
    assert any("/article/" in str(e) for e in examples)
    for example in examples:
        assert bool(seeds.sparql(f"ASK {{ <{example}> ?p ?o }}"))


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "trig", "nquads"])
def test_description_in_every_export_syntax_parses(seeds, fmt):
    text = dataset.description_bytes(seeds.store, fmt)
    if fmt in ("trig", "nquads"):
        parsed = Dataset()
        parsed.parse(data=text, format=fmt)
        graph = parsed.graph(dataset.description_graph_iri())
    else:
        graph = Graph().parse(data=text, format="nt" if fmt == "ntriples" else "turtle")
    assert (dataset.dataset_iri(), RDF.type, VOID.Dataset) in graph


def test_export_void_prints_it_alone(runner, seeds_store):
    result = runner.invoke(cli, ["--store", str(seeds_store), "export", "--format", "void"], catch_exceptions=False)
    assert result.exit_code == 0
    graph = Graph().parse(data=result.output, format="turtle")
    assert (dataset.dataset_iri(), RDF.type, DCAT.Dataset) in graph
    assert not any(graph.subjects(RDF.type, SCHEMA.NewsArticle))


@pytest.mark.parametrize("fmt,view", [("nquads", "all"), ("trig", "all"), ("turtle", "all"), ("nquads", "cube")])
def test_exports_are_the_same_bytes_whatever_the_hash_seed(seeds_store, tmp_path, fmt, view):
    """Python's string hashing orders rdflib's in-memory graphs; an export must not depend on it,
    or two runs (or two workers) of the same build publish different files."""
    import os
    import subprocess
    import sys
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1700000000"}
        out = subprocess.run([sys.executable, "-m", "kg", "--store", str(seeds_store), "export", "--format", fmt,
                              "--view", view], env=env, capture_output=True, check=True, timeout=300).stdout
        outputs.append(out)
    assert outputs[0] and outputs[0] == outputs[1]
