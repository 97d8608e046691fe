"""The statistics view (issue 11 §4): every reported figure is also a W3C Data Cube
observation (kg.outputs.cube, `kg export --view cube`), the view meets the Data Cube integrity
constraints written in SHACL (shapes/cube.ttl), and `kg validate` reports a broken observation."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import RDF

from kg.build.graph import build_graph
from kg.cli.main import cli
from kg.extract.lexicon import Lexicon
from kg.outputs.cube import QB, cube_view
from kg.pipeline import extract_file
from kg.rdf.vocab import EKG
from kg.validate.shacl import validate_graph

LINKED = Path(__file__).resolve().parent / "linked"


def linked_graph() -> Graph:
    graph = Graph()
    for path in sorted(LINKED.glob("*.txt")):
        for triple in build_graph(extract_file(path, lexicon=Lexicon.default())).union():
            graph.add(triple)
    return graph


def figures(graph: Graph) -> set:
    """The figures that are statements of their own (not a restatement, not a range's upper end)."""
    found = {f for f in graph.subjects(EKG.value, None) if (f, EKG.evidence, None) in graph}
    return {f for f in found if (f, EKG.restates, None) not in graph and (None, EKG.rangeWith, f) not in graph}


def test_every_figure_is_one_observation_of_one_data_set_and_the_view_conforms():
    graph = linked_graph()
    cube = cube_view(graph)
    observations = set(cube.subjects(RDF.type, QB.Observation))
    assert observations == figures(graph) and len(observations) >= 5
    for observation in observations:
        assert len(set(cube.objects(observation, QB.dataSet))) == 1
        assert cube.value(observation, EKG.value) == graph.value(observation, EKG.value)
    report = validate_graph(cube)
    assert report.conforms, report.violations[:3]


def test_data_sets_are_per_measure_and_unit_and_dimensions_follow_what_the_figure_has():
    cube = cube_view(linked_graph())
    for dataset in cube.subjects(RDF.type, QB.DataSet):
        members = list(cube.subjects(QB.dataSet, dataset))
        assert len({(str(cube.value(m, EKG.measureLabel)), str(cube.value(m, EKG.unit))) for m in members}) == 1
        structure = cube.value(dataset, QB.structure)
        dimensions = set(cube.objects(None, QB.dimension)) & {
            cube.value(c, QB.dimension) for c in cube.objects(structure, QB.component)}
        for member in members:
            assert all((member, d, None) in cube for d in dimensions)
            assert ((member, EKG.scope, None) in cube) == (EKG.scope in dimensions)


def test_export_view_cube_parses_in_rdflib_and_pyoxigraph(runner, seeds_store, tmp_path):
    out = tmp_path / "cube.ttl"
    result = runner.invoke(cli, ["--store", str(seeds_store), "export", "--view", "cube", "--out", str(out)])
    assert result.exit_code == 0, result.output
    cube = Graph().parse(out)
    assert len(set(cube.subjects(RDF.type, QB.Observation))) > 0
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(cube)
    assert runner.invoke(cli, ["validate", str(out)]).exit_code == 0


def test_kg_validate_reports_a_broken_observation(runner, tmp_path):
    cube = cube_view(linked_graph())
    broken = next(iter(cube.subjects(RDF.type, QB.Observation)))
    cube.remove((broken, EKG.period, None))       # a dimension of its structure, now without a value
    cube.remove((broken, QB.dataSet, None))
    cube.add((broken, QB.dataSet, next(iter(cube.subjects(RDF.type, QB.DataSet)))))
    cube.remove((broken, EKG.value, None))        # and its measure
    path = tmp_path / "broken.ttl"
    cube.serialize(path, format="turtle")
    result = runner.invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert "IC-14" in result.output and str(broken) in result.output


def test_the_store_validates_with_its_cube_view(seeds_store):
    import kg
    report = kg.open(seeds_store, read_only=True).validate()
    assert not report.has_violations
