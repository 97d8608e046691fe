"""The SHACL shapes: W3C-style cases (tests/shapes/<shape>/<case>.ttl, each with its data and
the expected sh:ValidationReport), run through the fast path and through pyshacl alone;
documentation of every shape; and mutations of an export that must fail validation, one for every
required value and every datatype the shapes ask for (the export instantiates every shape path:
tests/conftest.py, MUTATION_ARTICLES)."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, XSD

from kg.rdf import ontology
from kg.validate import render, shacl as report
from kg.cli.main import cli
from kg.rdf.vocab import SH

HERE = Path(__file__).resolve().parent
CASES_DIR = HERE / "shapes"
CASES = sorted(CASES_DIR.glob("*/*.ttl"))
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = Namespace("http://www.w3.org/ns/shacl-test#")
EKGSH = Namespace("https://w3id.org/ekspor-kg/shapes#")
ANY = object()


# --- reading a case ------------------------------------------------------------------------------

def case_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@lru_cache(maxsize=None)
def load_case(path: Path):
    """(data graph, expected conforms, expected results) of a W3C-style case file."""
    manifest = Graph().parse(path, format="turtle", publicID=path.as_uri())
    entry = manifest.value(predicate=RDF.type, object=SHT.Validate)
    action, expected = manifest.value(entry, MF.action), manifest.value(entry, MF.result)
    data = Graph()
    for source in manifest.objects(action, SHT.dataGraph):
        data.parse(unquote(urlparse(str(source)).path), format="turtle")
    results = [result_key(manifest, r, expected_value=True) for r in manifest.objects(expected, SH.result)]
    return data, bool(manifest.value(expected, SH.conforms).toPython()), results


def result_key(graph: Graph, result, expected_value: bool = False) -> tuple:
    get = lambda p: graph.value(result, p)  # noqa: E731
    value = get(SH.value)
    if expected_value and value is None:
        value = ANY
    return (get(SH.focusNode), get(SH.resultPath), get(SH.resultSeverity), get(SH.sourceShape),
            get(SH.sourceConstraintComponent), normal(value))


def normal(term):
    """Literals compared by value (pyoxigraph writes 60.0 as 60), everything else as is."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    if isinstance(term, Literal) and term.datatype is not None and term.value is not None:
        return ("literal", term.datatype, term.value)
    return term


def actual_results(rep: report.Report) -> list[tuple]:
    return [result_key(rep.graph, r) for r in rep.graph.subjects(RDF.type, SH.ValidationResult)]


def unmatched(expected: list[tuple], actual: list[tuple]) -> tuple[list, list]:
    left = list(actual)
    missing = []
    for want in expected:
        hit = next((a for a in left if a[:5] == want[:5] and (want[5] is ANY or a[5] == want[5])), None)
        if hit is None:
            missing.append(want)
        else:
            left.remove(hit)
    return missing, left


# --- the cases ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("engine", ["fast", "reference"])
@pytest.mark.parametrize("path", CASES, ids=case_id)
def test_case(path, engine):
    data, conforms, expected = load_case(path)
    rep = report.validate_graph(data, reference=(engine == "reference"))
    missing, unexpected = unmatched(expected, actual_results(rep))
    assert not missing and not unexpected, f"missing {missing}\nunexpected {unexpected}"
    assert rep.conforms == conforms


def test_there_are_cases():
    assert len(CASES) > 100


@pytest.mark.parametrize("engine", [False, True])
def test_context_alone_conforms_without_any_result(engine):
    rep = report.validate_graph(Graph().parse(CASES_DIR / "context.ttl"), reference=engine)
    assert rep.conforms and rep.violations == []


def shapes_that_can_fire() -> set[URIRef]:
    """Every property shape, and every node shape with a SPARQL constraint."""
    sg = ontology.shapes_graph()
    return {s for s in sg.subjects(SH.path, None) if isinstance(s, URIRef)} | set(sg.subjects(SH.sparql, None))


def test_every_shape_fires_in_some_case_and_holds_in_another():
    fired, held = Counter(), Counter()
    for path in CASES:
        shape = EKGSH[path.parent.name]
        _, _, expected = load_case(path)
        (fired if any(r[3] == shape for r in expected) else held)[shape] += 1
    shapes = shapes_that_can_fire()
    assert {URIRef(EKGSH[p.parent.name]) for p in CASES} <= shapes, "a case folder names no shape"
    never_fired = sorted(str(s) for s in shapes if not fired[s])
    assert not never_fired, f"shapes no case makes fire: {never_fired}"


# --- documentation -------------------------------------------------------------------------------------

def named_shapes() -> list[URIRef]:
    sg = ontology.shapes_graph()
    shapes = set(sg.subjects(RDF.type, SH.NodeShape)) | set(sg.subjects(RDF.type, SH.PropertyShape)) \
        | set(sg.subjects(RDF.type, SH.SPARQLConstraint))
    return sorted(s for s in shapes if isinstance(s, URIRef))


@pytest.mark.parametrize("shape", named_shapes(), ids=lambda s: s.split("#")[-1])
def test_every_shape_has_name_description_and_message(shape):
    sg = ontology.shapes_graph()
    for prop in (SH.name, SH.description, SH.message):
        value = sg.value(shape, prop)
        assert value is not None and str(value).strip(), f"{shape} lacks {prop}"


def test_every_property_shape_is_reached_by_a_node_shape_or_has_a_target():
    sg = ontology.shapes_graph()
    for shape in sg.subjects(SH.path, None):
        if isinstance(shape, URIRef):
            assert (None, SH.property, shape) in sg or any(sg.objects(shape, t) for t in report.TARGETS), shape


def test_every_class_with_instances_in_the_seeds_is_the_target_of_a_shape(seeds_graph):
    targeted = set()
    for cls in ontology.shapes_graph().objects(None, SH.targetClass):
        targeted |= ontology.subclasses(cls)
    # the export's VoID/DCAT description is metadata about the data (tests/test_dataset.py checks it)
    description = ("http://rdfs.org/ns/void#", "http://www.w3.org/ns/dcat#", "http://www.w3.org/ns/sparql-service-description#")
    used = {c for c in seeds_graph.objects(None, RDF.type) if not str(c).startswith(description)}
    assert used - targeted <= {URIRef("http://www.w3.org/ns/prov#Entity"), URIRef("http://www.w3.org/ns/prov#Person"),
                               URIRef("http://www.w3.org/ns/prov#Organization"), URIRef("https://schema.org/Person"),
                               URIRef("https://schema.org/Place"), URIRef("http://www.w3.org/ns/org#Organization"),
                               URIRef("http://www.w3.org/ns/org#OrganizationalUnit"),
                               URIRef("http://data.europa.eu/eli/ontology#LegalResource")}, used - targeted


# --- the fast path --------------------------------------------------------------------------------------

def test_validation_leaves_the_data_graph_unchanged():
    data = Graph().parse(CASES_DIR / "context.ttl")
    before = set(data)
    report.validate_graph(data)
    assert set(data) == before


def test_fast_path_equals_pyshacl_alone_on_the_seeds(seeds_graph):
    data = seeds_graph
    fast, ref = report.validate_graph(data), report.validate_graph(data, reference=True)
    assert sorted(map(str, actual_results(fast))) == sorted(map(str, actual_results(ref)))


def test_sparql_constraint_with_this_only_in_a_filter_is_refused(monkeypatch):
    bad = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetNode ex:x ;
            sh:sparql [ sh:select "SELECT $this WHERE { ?s ?p ?o FILTER (?s = $this) }" ] .""", format="turtle")
    monkeypatch.setattr(report, "shapes_graph", lambda: bad)
    report.sparql_constraints.cache_clear()
    try:
        with pytest.raises(ValueError, match="this"):
            report.sparql_constraints()
    finally:
        report.sparql_constraints.cache_clear()


# --- mutations of an export ---------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def seeds_export(seeds_store, tmp_path_factory) -> Path:
    import kg
    path = tmp_path_factory.mktemp("export") / "seeds.ttl"
    path.write_bytes(kg.open(seeds_store, read_only=True).export("turtle"))
    return path


@pytest.fixture(scope="session")
def seeds_graph(seeds_export) -> Graph:
    return Graph().parse(seeds_export)


@pytest.fixture(scope="session")
def mutation_graph(mutation_exports) -> Graph:
    """The seeds and the articles that fill their gaps, with the Data Cube view, parsed once; a
    mutation test changes it and puts it back (see `mutated`)."""
    return Graph().parse(mutation_exports["turtle"])


def mutated(data: Graph, remove: list, add: list, path: Path) -> Path:
    """Write the graph with the mutation applied, then undo the mutation."""
    for triple in remove:
        data.remove(triple)
    for triple in add:
        data.add(triple)
    try:
        data.serialize(path, format="turtle")
    finally:
        for triple in add:
            data.remove(triple)
        for triple in remove:
            data.add(triple)
    return path


def focus_nodes_of(data: Graph, shape: URIRef) -> list:
    """The nodes the shape (or a node shape holding it) targets: instances of its classes, and
    subjects or objects of its predicates (the Data Cube dimensions are objects of qb:dimension)."""
    sg = ontology.shapes_graph()
    holders = [shape] + list(sg.subjects(SH.property, shape))
    nodes = set()
    for holder in holders:
        for cls in sg.objects(holder, SH.targetClass):
            for sub in ontology.subclasses(cls):
                nodes |= set(data.subjects(RDF.type, sub))
        for predicate in sg.objects(holder, SH.targetSubjectsOf):
            nodes |= set(data.subjects(predicate, None))
        for predicate in sg.objects(holder, SH.targetObjectsOf):
            nodes |= set(data.objects(None, predicate))
    return sorted(nodes, key=str)


def required_shapes() -> list[URIRef]:
    sg = ontology.shapes_graph()
    return sorted(s for s in sg.subjects(SH.minCount, None)
                  if isinstance(s, URIRef) and sg.value(s, SH.minCount).toPython() >= 1)


def datatype_shapes() -> list[URIRef]:
    return sorted(s for s in ontology.shapes_graph().subjects(SH.datatype, None) if isinstance(s, URIRef))


def validate_file(runner, path: Path, shape: URIRef | None = None) -> int:
    """The exit code of `kg validate FILE`; with `shape`, the report must name it (the mutation is
    caught by the shape it breaks, not by another one)."""
    result = runner.invoke(cli, ["validate", str(path)], catch_exceptions=False)
    if shape is not None:
        assert f"ekgsh:{shape.split('#')[-1]} (" in result.output, result.output
    return result.exit_code


def test_unmutated_export_conforms(runner, seeds_export, mutation_exports, mutation_graph):
    assert validate_file(runner, seeds_export) == 0
    assert validate_file(runner, mutation_exports["turtle"]) == 0
    assert len(mutation_graph) == len(Graph().parse(mutation_exports["turtle"])), "a mutation test did not undo its change"


@pytest.mark.parametrize("shape", required_shapes(), ids=lambda s: s.split("#")[-1])
def test_removing_a_required_value_fails_validation(runner, mutation_graph, tmp_path, shape):
    data = mutation_graph
    path = ontology.shapes_graph().value(shape, SH.path)
    nodes = [n for n in focus_nodes_of(data, shape) if (n, path, None) in data]
    assert nodes, f"no instance in the export carries {path}: MUTATION_ARTICLES in tests/conftest.py must give one"
    removed = list(data.triples((nodes[0], path, None)))
    file = mutated(data, removed, [], tmp_path / "mutated.ttl")
    assert validate_file(runner, file, shape) == 1, f"removing {path} from {nodes[0]} went unnoticed"


@pytest.mark.parametrize("shape", datatype_shapes(), ids=lambda s: s.split("#")[-1])
def test_a_value_of_the_wrong_datatype_fails_validation(runner, mutation_graph, tmp_path, shape):
    data = mutation_graph
    sg = ontology.shapes_graph()
    path, datatype = sg.value(shape, SH.path), sg.value(shape, SH.datatype)
    pairs = [(n, v) for n in focus_nodes_of(data, shape) for v in data.objects(n, path)]
    assert pairs, f"no instance in the export carries {path}: MUTATION_ARTICLES in tests/conftest.py must give one"
    node, value = pairs[0]
    wrong = Literal(42) if datatype == XSD.string else Literal("not a " + datatype.split("#")[-1])
    file = mutated(data, [(node, path, value)], [(node, path, wrong)], tmp_path / "mutated.ttl")
    assert validate_file(runner, file, shape) == 1, f"{path} = {wrong!r} on {node} went unnoticed"


def test_mutations_cover_every_required_and_datatype_shape(mutation_graph):
    """Every shape with sh:minCount >= 1 or sh:datatype has an instance of its path to mutate."""
    data = mutation_graph
    shapes = set(required_shapes()) | set(datatype_shapes())
    uncovered = {s for s in shapes
                 if not any((n, ontology.shapes_graph().value(s, SH.path), None) in data for n in focus_nodes_of(data, s))}
    assert shapes and not uncovered, uncovered


def test_blank_node_free_reports_name_the_source_shape():
    rep = report.validate_graph(Graph().parse(CASES_DIR / "value" / "missing.ttl"))
    shapes = {v.shape for v in rep.violations}
    assert str(EKGSH.value) in shapes and not any(isinstance(s, BNode) for s in shapes)


def test_the_store_itself_validates(runner, seeds_store):
    """Graphs read back from pyoxigraph spell plain strings "x"^^xsd:string; sh:in and
    sh:hasValue must still match them."""
    result = runner.invoke(cli, ["--store", str(seeds_store), "validate"], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def test_explicit_xsd_string_matches_sh_in():
    data = Graph().parse(CASES_DIR / "context.ttl")
    node = URIRef("http://example.org/realization")
    data.set((node, URIRef("https://w3id.org/ekspor-kg/ontology#qualifier"), Literal("exact", datatype=XSD.string)))
    assert report.validate_graph(data).violations == []


# --- the report in the terminal ----------------------------------------------------------------------------

def test_rendered_report_groups_by_article_and_shape_with_the_evidence():
    data = Graph().parse(CASES_DIR / "context.ttl")
    for case in ("value/missing.ttl", "TargetShape/met-but-lower.ttl", "label/person-missing.ttl"):
        data.parse(CASES_DIR / case)
    text = render.render_report(report.validate_graph(data))
    lines = text.splitlines()
    assert lines[0].startswith("does not conform: 3 violations")
    article = lines.index('<http://example.org/article>  "Ekspor Riau naik"')
    shared = lines.index(render.SHARED)
    assert article < shared
    assert any("ekgsh:value (value)" in line for line in lines[article:shared])
    assert any("ekgsh:TargetShape (target)" in line for line in lines[article:shared])
    assert any("ekgsh:label (label)" in line for line in lines[shared:])
    assert 'evidence: "Ekspor Riau pada Maret 2024 mencapai USD 1,5 miliar"' in text
    assert "The target says met = true" in text


def test_rendered_report_of_conforming_data():
    rep = report.validate_graph(Graph().parse(CASES_DIR / "context.ttl"))
    assert render.render_report(rep) == f"conforms: no results in {len(rep.data)} triples"
