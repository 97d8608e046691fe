"""The namespaces of kg.rdf.vocab make each term once and give rdflib's terms; the graph builder
describes each shared entity once per article and builds the same graph as describing it at
every mention (the fifth ingest round, docs/scale.md)."""
import pytest
from rdflib import URIRef
from rdflib import namespace as rdflib_namespaces

from kg import pipeline
from kg.build.graph import GraphBuilder, build_graph
from kg.rdf import vocab
from kg.rdf.vocab import EKG, RDF, XSD, Vocabulary
from conftest import CORPUS, TEST_ARTICLES


def test_a_vocabulary_term_is_made_once_and_is_the_rdflib_term():
    assert EKG.value is EKG.value and isinstance(EKG.value, URIRef)
    assert EKG.value == URIRef("https://w3id.org/ekspor-kg/ontology#value")
    for name in ("DCAT", "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SKOS", "TIME", "VOID", "XSD", "ORG"):
        ours, theirs = getattr(vocab, name), getattr(rdflib_namespaces, name)
        assert isinstance(ours, Vocabulary) and str(ours) == str(theirs)
    assert RDF.type == rdflib_namespaces.RDF.type and XSD.decimal == rdflib_namespaces.XSD.decimal
    # a term named like a method of str is the term, not the method
    for name in ("title", "format", "language"):
        assert getattr(vocab.DCTERMS, name) == getattr(rdflib_namespaces.DCTERMS, name)
    # a closed vocabulary refuses a misspelt term, as rdflib's closed namespace does
    with pytest.raises(AttributeError):
        RDF.tpye
    with pytest.raises(AttributeError):
        rdflib_namespaces.RDF.tpye
    assert EKG["value"] == EKG.value


def test_describing_each_entity_once_builds_the_graph_describing_it_at_every_mention(monkeypatch):
    paths = sorted(CORPUS.glob("*.txt")) + sorted(TEST_ARTICLES.glob("*.txt"))[:10]
    facts = [pipeline.extract_file(path) for path in paths]
    once = [(set(g.facts), set(g.entities)) for g in map(build_graph, facts)]
    described = []
    monkeypatch.setattr(GraphBuilder, "once",
                        lambda self, key, describe, *arguments: described.append(key) or describe(*arguments))
    every_time = [(set(g.facts), set(g.entities)) for g in map(build_graph, facts)]
    assert once == every_time
    assert len(described) > len(set(described)), "the sample should mention some entity twice"


def test_a_batch_graph_refuses_a_triple_with_a_missing_term():
    from rdflib import URIRef
    from kg.rdf.batch_store import BatchStore, graph_in
    graph = graph_in(BatchStore())
    graph.add((URIRef("urn:a"), URIRef("urn:b"), URIRef("urn:c")))
    with pytest.raises(TypeError, match="missing term"):
        graph.add((URIRef("urn:a"), URIRef("urn:b"), None))
    assert len(graph) == 1


def rdflib_exports() -> set[str]:
    """What rdflib.namespace offers to be imported (its namespaces and the makers of new ones),
    read from rdflib itself so that a namespace a later rdflib adds is covered too."""
    import rdflib.namespace
    return set(rdflib.namespace.__all__) - {"NamespaceManager", "is_ncname", "split_uri"}


def test_every_module_takes_its_namespaces_from_the_vocabulary():
    """One home for each term (decision 0016): no module of kg but kg/rdf/vocab.py imports
    rdflib's namespaces or makes a Namespace of its own."""
    import ast
    from pathlib import Path
    import kg
    root = Path(kg.__file__).resolve().parent
    offenders = []
    for path in sorted(root.rglob("*.py")):
        if path == root / "rdf" / "vocab.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import) and any(a.name.startswith("rdflib.namespace") for a in node.names):
                offenders.append(f"{path.relative_to(root)}:{node.lineno} imports rdflib.namespace")
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("rdflib.namespace"):
                offenders.append(f"{path.relative_to(root)}:{node.lineno} imports rdflib.namespace")
            elif isinstance(node, ast.ImportFrom) and node.module == "rdflib":
                named = {alias.name for alias in node.names} & {"namespace", *rdflib_exports()}
                if named:
                    offenders.append(f"{path.relative_to(root)}:{node.lineno} imports {sorted(named)} from rdflib")
    assert offenders == []
