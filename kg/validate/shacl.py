"""Stage 3b: SHACL validation. pyshacl checks one article's graph (with the descriptions of
the entities it mentions) against the shapes before anything is stored, so the cost does not
grow with the store.

The shapes in shapes/*.ttl are plain SHACL and any SHACL engine gives the same results with
them. To keep one article under ~50 ms, `validate_graph` runs them in a compiled but
equivalent form (`reference=True` runs them as written; tests compare the two):

* pyshacl evaluates a property shape reached through `sh:property` once per focus node (each
  time re-reading the shape); the same property shape given the node shape's targets is
  evaluated once for all focus nodes, with the same results. So node shapes lend their
  targets to their property shapes.
* `sh:targetClass C` is expanded to C's subclasses in the ontology, so the data need not be
  copied to mix the ontology in (copying cost more than the validation itself). sh:class
  checks still need the hierarchy when a node is typed with a subclass only (ekg:Company
  without ekg:Organization); the graph builder always asserts the classes the shapes name,
  and for other data `validate_graph` mixes the hierarchy into a copy, as pyshacl would.
* pyshacl re-parses a SHACL-SPARQL query for every focus node (~45 ms a parse with rdflib's
  grammar). The SELECT constraints of node shapes are evaluated here instead, once per
  constraint with pyoxigraph, keeping the solutions whose $this is a focus node of the shape
  (SHACL 1.0 §5.3). This needs $this to occur in a required triple pattern of the query,
  which `sparql_constraints` checks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from pyshacl import validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.paths import Path

from kg.rdf.ontology import class_hierarchy, shapes_graph, subclasses, superclasses
from kg.rdf.terms import NTriplesTexts, OxTerms, nquad_lines, plain, to_ox, to_rdflib
from kg.rdf.vocab import RDF, RDFS, SH, XSD
from kg.rdf.batch_store import BatchStore
from kg.validate.checker import Data, DataStore, own_triples, screen_graphs, screen_violations
from kg.validate.report import Report, Violation, violations_of

__all__ = ["Report", "validate_articles", "validate_graph"]

TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


# --- the compiled shapes ----------------------------------------------------------------------

@lru_cache(maxsize=1)
def compiled_shapes() -> Graph:
    """The shapes for pyshacl's fast path (see the module docstring). SPARQL constraints are
    left out because `sparql_results` evaluates them, and so are sh:name and sh:description:
    pyshacl scans every predicate of a shape on every call, and they change no result."""
    graph = Graph()
    for triple in shapes_graph():
        graph.add(triple)
    for shape, cls in list(graph.subject_objects(SH.targetClass)):
        for sub in subclasses(cls):
            graph.add((shape, SH.targetClass, sub))
    for shape, prop in list(graph.subject_objects(SH.property)):
        if not any(graph.objects(shape, target) for target in TARGETS):
            continue
        for target in TARGETS:
            for value in graph.objects(shape, target):
                graph.add((prop, target, value))
        graph.remove((shape, SH.property, prop))
    graph.remove((None, SH.sparql, None))
    for documentation in (SH.name, SH.description, SH.group, SH.order, RDFS.label, RDFS.comment):
        graph.remove((None, documentation, None))
    for shape in set(graph.subjects(RDF.type, SH.NodeShape)) - constrained(graph):
        for target in TARGETS:
            graph.remove((shape, target, None))
    for choice in string_choices():
        graph.remove((choice.shape, SH["or"], None))    # checked by `string_choice_results`
    return graph


# --- "a string, plain or tagged", checked in Python ---------------------------------------------

STRING_TYPES = frozenset({XSD.string, RDF.langString})


@dataclass(frozen=True)
class StringChoice:
    """A property shape's `sh:or ( [ sh:datatype xsd:string ] [ sh:datatype rdf:langString ] )`.
    pyshacl evaluates an sh:or by validating every value against each alternative as a shape
    of its own, building a result for every failed alternative: on a batch of articles (every
    label, name, headline and quote is checked so) that was half of its time. The same check
    is a type test per value here, with the result pyshacl gives: one per value that is not
    such a literal, with the shape's own messages and sh:OrConstraintComponent."""
    shape: URIRef
    path: URIRef
    datatypes: frozenset
    severity: URIRef
    messages: tuple
    targets: tuple[tuple[URIRef, URIRef], ...]    # (target predicate, value), as compiled


@lru_cache(maxsize=1)
def string_choices() -> tuple[StringChoice, ...]:
    """The property shapes whose sh:or is a choice of string datatypes, reached by targets
    alone (each reached through sh:property, sh:node or the like elsewhere is left to pyshacl,
    as is any with another path than one predicate, a templated message or no message)."""
    sg = shapes_graph()
    lent = targets_lent()
    found = []
    for shape, alternatives in sg.subject_objects(SH["or"]):
        path, messages = sg.value(shape, SH.path), tuple(sg.objects(shape, SH.message))
        datatypes = datatype_alternatives(sg, alternatives)
        if (not isinstance(path, URIRef) or not datatypes or not datatypes <= STRING_TYPES or not messages
                or any("{" in str(m) for m in messages) or (shape, SH.deactivated, Literal(True)) in sg
                or not lent.get(shape) or referenced_otherwise(sg, shape)):
            continue
        found.append(StringChoice(shape, path, frozenset(datatypes), sg.value(shape, SH.severity) or SH.Violation,
                                  messages, tuple(sorted(lent[shape]))))
    return tuple(sorted(found, key=lambda c: str(c.shape)))


def datatype_alternatives(sg: Graph, alternatives) -> set | None:
    """The datatypes of an sh:or list whose every member is `[ sh:datatype D ]` alone, else None."""
    from rdflib.collection import Collection
    datatypes = set()
    for member in Collection(sg, alternatives):
        pairs = list(sg.predicate_objects(member))
        if len(pairs) != 1 or pairs[0][0] != SH.datatype:
            return None
        datatypes.add(pairs[0][1])
    return datatypes


def targets_lent() -> dict:
    """Each property shape -> its own targets and those its node shapes lend it (as
    `compiled_shapes` does), with sh:targetClass expanded to the ontology's subclasses."""
    sg = shapes_graph()
    lent: dict = {}
    for holder, prop in [(p, p) for p in set(sg.subjects(SH.path, None))] + list(sg.subject_objects(SH.property)):
        for target in TARGETS:
            for value in sg.objects(holder, target):
                for expanded in (subclasses(value) if target == SH.targetClass else {value}):
                    lent.setdefault(prop, set()).add((target, expanded))
    return lent


def referenced_otherwise(sg: Graph, shape) -> bool:
    """Whether the shape is reached by anything but a node shape's sh:property (whose node
    shape has targets): sh:node, sh:qualifiedValueShape, a list, a target-less node shape."""
    for holder, predicate in sg.subject_predicates(shape):
        if predicate != SH.property or not any(sg.objects(holder, target) for target in TARGETS):
            return True
    return False


def string_choice_results(data: Graph) -> list[dict]:
    """The results of the string choices on `data` (keys as `sparql_results`)."""
    results = []
    for choice in string_choices():
        for focus in target_nodes(data, choice.targets):
            for value in data.objects(focus, choice.path):
                if not is_string_of(value, choice.datatypes):
                    results.append({"focus": focus, "path": choice.path, "value": value, "severity": choice.severity,
                                    "shape": choice.shape, "component": SH.OrConstraintComponent,
                                    "messages": list(choice.messages)})
    return results


def is_string_of(value, datatypes: frozenset) -> bool:
    """pyshacl's sh:datatype test for xsd:string and rdf:langString (a plain literal is an
    xsd:string, a tagged one an rdf:langString)."""
    if not isinstance(value, Literal) or not isinstance(value.value, (str, bytes)):
        return False
    if value.language:
        return RDF.langString in datatypes and value.datatype is None
    return XSD.string in datatypes and value.datatype in (None, XSD.string) and value.ill_typed is not True


def target_nodes(data: Graph, targets) -> set:
    """The focus nodes of targets in `data`, as pyshacl finds them (a target class also
    reaches the data's own rdfs:subClassOf descendants)."""
    nodes = set()
    for target, value in targets:
        if target == SH.targetNode:
            nodes.add(value)
        elif target == SH.targetClass:
            for cls in data.transitive_subjects(RDFS.subClassOf, value):
                nodes.update(data.subjects(RDF.type, cls))
        elif target == SH.targetSubjectsOf:
            nodes.update(data.subjects(value, None))
        else:
            nodes.update(data.objects(None, value))
    return nodes


NOT_CONSTRAINTS = set(TARGETS) | {SH.message, SH.severity, SH.deactivated, SH.prefixes, SH.declare}


def constrained(graph: Graph) -> set:
    """Shapes with at least one constraint left; a node shape whose property shapes now carry
    its targets has none, and validating it would only cost time."""
    return {s for s, p in graph.subject_predicates() if p.startswith(str(SH)) and p not in NOT_CONSTRAINTS}


@dataclass(frozen=True)
class SparqlConstraint:
    shape: URIRef
    constraint: URIRef | BNode
    query: str
    severity: URIRef
    messages: tuple[str, ...]
    targets: tuple[tuple[URIRef, URIRef], ...]    # (target predicate, value)
    reads: frozenset | None = None    # the predicates its query can match (`read_predicates`); None: any


@lru_cache(maxsize=1)
def sparql_constraints() -> tuple[SparqlConstraint, ...]:
    sg = shapes_graph()
    found = []
    for shape, constraint in sg.subject_objects(SH.sparql):
        if (constraint, SH.deactivated, Literal(True)) in sg or (shape, SH.deactivated, Literal(True)) in sg:
            continue
        if sg.value(shape, SH.path) is not None:
            raise ValueError(f"{shape}: SPARQL constraints on property shapes are not supported")
        query = prefixes_of(sg, constraint) + str(sg.value(constraint, SH.select))
        if not re.search(r"WHERE\s*\{[^}]*\$this\s+(a|<[^>]+>|[A-Za-z][\w-]*:[\w-]*)[\s/]", query, re.S):
            raise ValueError(f"{constraint}: $this must be the subject of a required triple pattern")
        messages = tuple(str(m) for m in sg.objects(constraint, SH.message)) or \
            tuple(str(m) for m in sg.objects(shape, SH.message))
        targets = tuple((t, v) for t in TARGETS for v in sg.objects(shape, t))
        found.append(SparqlConstraint(shape, constraint, query, sg.value(shape, SH.severity) or SH.Violation,
                                      messages, targets, read_predicates(query)))
    return tuple(sorted(found, key=lambda c: str(c.shape)))


def read_predicates(query: str) -> frozenset | None:
    """The predicates a SELECT query's graph patterns can match, or None when it may read any
    triple: a variable in predicate position, a negated property set, a path of zero or more
    steps (`*`, `?`: its zero-length case matches every node of the graph), a GRAPH or SERVICE
    pattern, an EXISTS or NOT EXISTS filter (rdflib leaves its group untranslated, its triples
    flattened, so they are not read here), or a query rdflib's parser does not read. Every other
    pattern counts, those under OPTIONAL and MINUS too. A triple whose predicate is not in the set can
    match no pattern of the query, so leaving it out of the data changes none of its solutions
    (`sparql_store`)."""
    from rdflib.paths import AlternativePath, InvPath, MulPath, NegatedPath, SequencePath
    from rdflib.plugins.sparql import prepareQuery
    from rdflib.plugins.sparql.parserutils import CompValue
    try:
        algebra = prepareQuery(query).algebra
    except Exception:  # noqa: BLE001 - unreadable here: assume it reads everything
        return None
    found: set = set()

    def path_predicates(path) -> bool:
        if isinstance(path, URIRef):
            found.add(path)
            return True
        if isinstance(path, (SequencePath, AlternativePath)):
            return all(path_predicates(step) for step in path.args)
        if isinstance(path, InvPath):
            return path_predicates(path.arg)
        if isinstance(path, MulPath):
            return path.mod == "+" and path_predicates(path.path)
        return False    # a variable, a NegatedPath or anything unknown

    def walk(node) -> bool:
        if isinstance(node, CompValue):
            if node.name in ("Graph", "ServiceGraphPattern", "GraphGraphPattern", "Builtin_EXISTS", "Builtin_NOTEXISTS"):
                return False  # (rdflib leaves an EXISTS group a parse tree whose patterns it flattens: not read here)
            if "triples" in node and not all(path_predicates(t[1]) for t in node["triples"] or ()):
                return False
            return all(walk(value) for value in node.values())
        if isinstance(node, dict):
            return all(walk(value) for value in node.values())
        if isinstance(node, (list, tuple, set)):
            return all(walk(value) for value in node)
        return not isinstance(node, NegatedPath)

    return frozenset(found) if walk(algebra) else None


def prefixes_of(sg: Graph, constraint) -> str:
    lines = []
    for holder in sg.objects(constraint, SH.prefixes):
        for declaration in sg.objects(holder, SH.declare):
            lines.append(f"PREFIX {sg.value(declaration, SH.prefix)}: <{sg.value(declaration, SH.namespace)}>")
    return "\n".join(sorted(set(lines))) + "\n"


# --- SHACL-SPARQL with pyoxigraph ----------------------------------------------------------------

def oxigraph_of(data: Graph, convert=to_ox) -> ox.Store:
    """All of the data and the class hierarchy in a throwaway pyoxigraph store, the engine that
    evaluates the SHACL-SPARQL constraints (its terms never leave this module). `convert`:
    rdflib term -> pyoxigraph term. The constraints are run on `sparql_store`, which leaves
    out what no query can read; tests hold the two to the same results."""
    store = ox.Store()
    store.extend([ox.Quad(convert(s), convert(p), convert(o)) for s, p, o in data] + hierarchy_quads())
    return store


@lru_cache(maxsize=1)
def hierarchy_quads() -> list:
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in class_hierarchy()]


def focus_nodes(store: ox.Store, constraint: SparqlConstraint) -> set:
    nodes = set()
    for target, value in constraint.targets:
        node = ox.NamedNode(str(value))
        if target == SH.targetNode:
            nodes.add(node)
        elif target == SH.targetClass:
            for cls in subclasses(value):
                nodes |= {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(cls)))}
        elif target == SH.targetSubjectsOf:
            nodes |= {q.subject for q in store.quads_for_pattern(None, node, None)}
        else:
            nodes |= {q.object for q in store.quads_for_pattern(None, node, None)}
    return nodes


def sparql_results(data: Graph, convert=to_ox, store: ox.Store | None = None, focus: dict | None = None) -> list[dict]:
    """One dict per validation result of the SPARQL constraints (keys: focus, path, value,
    severity, shape, constraint, message); `store`: the data already loaded with the class
    hierarchy (`data` is then not read), or what the constraints read of it with their focus
    nodes (`focus`, from `sparql_store`)."""
    if not sparql_constraints():
        return []
    if store is None:
        store, focus = sparql_store([(convert(s), convert(p), convert(o)) for s, p, o in data])
    results = []
    for constraint in sparql_constraints():
        seen = set()
        focus_set = focus[constraint] if focus is not None else focus_nodes(store, constraint)
        if not focus_set:   # e.g. the Data Cube constraints on an article graph: nothing to query
            continue
        solutions = store.query(constraint.query)
        names = [v.value for v in solutions.variables]
        for solution in solutions:
            bound = {name: solution[name] for name in names if solution[name] is not None}
            this = bound.get("this")
            if this is None or this not in focus_set:
                continue
            key = tuple(sorted((k, str(v)) for k, v in bound.items()))
            if key in seen:
                continue
            seen.add(key)
            terms = {k: plain(to_rdflib(v)) for k, v in bound.items()}
            results.append({
                "focus": terms["this"], "path": terms.get("path"), "value": terms.get("value", terms["this"]),
                "severity": constraint.severity, "shape": constraint.shape, "constraint": constraint.constraint,
                "messages": [fill_message(m, terms) for m in constraint.messages],
            })
    return results


def fill_message(message: str, terms: dict) -> str:
    """{?var} and {$var} replaced by the bound value (its lexical form), as SHACL 1.0 §5.3.2."""
    return re.sub(r"\{[?$](\w+)\}", lambda m: str(terms[m.group(1)]) if m.group(1) in terms else m.group(0), message)


def add_results(report: Graph, results: list[dict]) -> None:
    report_node = report.value(predicate=RDF.type, object=SH.ValidationReport)
    for r in results:
        node = BNode()
        report.add((report_node, SH.result, node))
        report.add((node, RDF.type, SH.ValidationResult))
        report.add((node, SH.focusNode, r["focus"]))
        report.add((node, SH.value, r["value"]))
        if r["path"] is not None:
            report.add((node, SH.resultPath, r["path"]))
        report.add((node, SH.resultSeverity, r["severity"]))
        report.add((node, SH.sourceShape, r["shape"]))
        if "constraint" in r:
            report.add((node, SH.sourceConstraint, r["constraint"]))
        report.add((node, SH.sourceConstraintComponent, r.get("component", SH.SPARQLConstraintComponent)))
        for message in r["messages"]:
            report.add((node, SH.resultMessage, Literal(message)))


# --- preparing the data ----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def checked_classes() -> frozenset:
    """The classes some sh:class constraint names."""
    return frozenset(o for o in shapes_graph().objects(None, SH["class"]) if isinstance(o, URIRef))


def lacks_superclasses(data: Graph) -> bool:
    """Whether a node is typed with a subclass of a class some sh:class names, but not with
    that class itself (then sh:class needs the hierarchy to see it)."""
    for node, cls in data.subject_objects(RDF.type):
        if isinstance(cls, URIRef) and any((node, RDF.type, c) not in data for c in superclasses(cls) & checked_classes()):
            return True
    return False


def with_hierarchy(data: Graph) -> Graph:
    copy = Graph()
    copy += data
    copy += class_hierarchy()
    return copy


def plain_strings(data: Graph) -> Graph:
    """The graph with "x"^^xsd:string written "x". RDF 1.1 makes them one term, but rdflib
    (hence pyshacl's sh:in and sh:hasValue) tells them apart, and graphs read back from
    pyoxigraph carry the explicit datatype. A copy is made only when one is found (a batch's
    StoreUnion is first asked for its distinct objects, far fewer than its triples)."""
    if isinstance(data, StoreUnion) and isinstance(data.store, DataStore):
        return data     # its Data already reads them as plain strings
    if isinstance(data, StoreUnion) and hasattr(data.store, "distinct_objects") and not any(
            isinstance(o, Literal) and o.datatype == XSD.string for o in data.store.distinct_objects()):
        return data
    typed = [(s, p, o) for s, p, o in data if isinstance(o, Literal) and o.datatype == XSD.string]
    if not typed:
        return data
    copy = Graph()
    copy += data
    for s, p, o in typed:
        copy.remove((s, p, o))
        copy.add((s, p, Literal(str(o))))
    return copy


# --- the public entry points --------------------------------------------------------------------

def validate_graph(data: Graph, reference: bool = False) -> Report:
    """Validate against the shapes. `reference=True` hands the shapes as written (and the
    ontology's class hierarchy) to pyshacl alone: slower, the yardstick for the fast path."""
    data = plain_strings(data)
    if reference:
        _, report_graph, _ = validate(data, shacl_graph=shapes_graph(), ont_graph=class_hierarchy(),
                                      inference="none", advanced=True, allow_warnings=True)
    else:
        report_graph = core_report(data)
        add_results(report_graph, sparql_results(data))
    violations = violations_of(report_graph)
    conforms = not violations    # SHACL: no result at any severity
    report_node = report_graph.value(predicate=RDF.type, object=SH.ValidationReport)
    report_graph.set((report_node, SH.conforms, Literal(conforms)))
    return Report(conforms, violations, report_graph, data)


def core_report(data: Graph, shapes: frozenset | None = None) -> Graph:
    """pyshacl's report of the compiled shapes (all but the SPARQL constraints) on `data`;
    of those among `shapes` alone when given (see `targeted_shapes`)."""
    checked = with_hierarchy(data) if lacks_superclasses(data) else data
    _, report_graph, _ = validate(checked, shacl_graph=targeted_shapes(shapes), inference="none",
                                  inplace=True, allow_warnings=True)
    add_results(report_graph, string_choice_results(checked))
    return report_graph


@lru_cache(maxsize=32)
def targeted_shapes(shapes: frozenset | None) -> Graph:
    """The compiled shapes with targets left only on `shapes` (all when None): what pyshacl
    runs for articles the compiled checker (kg.validate.checker) flagged, since it decided that
    no other shape gives them a result. Few combinations occur (mostly the one or two shapes
    of common warnings), hence the cache."""
    if shapes is None:
        return compiled_shapes()
    graph = Graph()
    for triple in compiled_shapes():
        if triple[1] not in TARGETS or triple[0] in shapes:
            graph.add(triple)
    return graph


# --- many articles in one call ---------------------------------------------------------------

class StoreUnion(Graph):
    """Every triple of every graph kept in one rdflib store, read in place: the graphs of a
    batch of articles seen as one graph without copying them (copying cost as much as
    validating). Read-only use only; pyshacl runs with inplace=True and no inference."""

    def triples(self, triple):
        s, p, o = triple
        if isinstance(p, Path):
            for s_, o_ in p.eval(self, s, o):
                yield s_, p, o_
            return
        for found, _ in self.store.triples((s, p, o), None):
            yield found

    def __len__(self) -> int:
        return self.store.__len__(None)


def validate_articles(articles: list, terms: OxTerms | None = None, converted: list | None = None) -> list[Report]:
    """One report per article (kg.build.graph.ArticleGraph), as `validate_graph` of that article's
    own graph would give.

    Each article is first screened by the compiled checker (kg.validate.checker: the same core
    shapes as pyshacl's fast path, as dictionary look-ups, about 1 ms an article). An article
    it is sure about gets the core results it found (none, or those pyshacl would give: a
    warning is a result too, and about a third of real articles have one; decision 0034), and
    only its SHACL-SPARQL constraints are evaluated. The others (the checker unsure, or a
    result of a shape without one fixed message) go through pyshacl together
    (`pyshacl_articles`). `terms`: the
    batch's term conversions, shared with whoever writes it; `converted`: each article's
    `article_terms`, when the caller has them (else they are made here)."""
    terms = OxTerms() if terms is None else terms
    converted = converted or [None] * len(articles)
    screens = [screen_graphs(article.facts, article.entities) for article in articles]
    core = [[] if screen.clean else screen_violations(screen) for screen in screens]
    shapes = [screen.shapes for screen, found in zip(screens, core) if found is None]
    shapes = None if None in shapes else frozenset().union(*shapes)
    flagged = iter(pyshacl_articles([a for a, found in zip(articles, core) if found is None], terms, shapes))
    sure = [i for i, found in enumerate(core) if found is not None]
    converted = [mine or article_terms(article, terms.__getitem__) if found is not None else mine
                 for article, found, mine in zip(articles, core, converted)]
    sparql_found = sparql_candidates([converted[i] for i in sure], terms.texts)
    sparql = {i: sparql_violations(articles[i], terms.__getitem__, converted[i]) if hit else []
              for i, hit in zip(sure, sparql_found)}
    return [article_report(found, sparql[i]) if found is not None else next(flagged)
            for i, found in enumerate(core)]


def pyshacl_articles(articles: list, terms: OxTerms, shapes: frozenset | None = None) -> list[Report]:
    """One report per article, as `validate_graph` of that article's own graph would give, from
    one pyshacl run over all of them (of `shapes` alone when given: those the compiled checker
    found a result for or could not decide; the others give these articles no result).

    Why this is exact: fact nodes are minted per article, so a result of the batch belongs to
    the article(s) holding its focus node, and every such article is validated again alone, which
    gives its own report and messages. An article without a result in the batch has none alone
    either, unless another article's triples about a shared node (an entity) satisfied a
    constraint for it; articles whose descriptions of a shared node differ from another's are
    therefore validated alone too. Results that no article holds send the whole batch down the
    one-by-one path."""
    terms = OxTerms() if terms is None else terms
    if not articles:
        return []
    core = violations_of(core_report(plain_strings(batch_graph(articles)), shapes))
    owners = node_owners(articles)
    alone = set(differing_descriptions(articles)) | set(borrowing_descriptions(articles, owners))
    mine: dict[int, list] = {}
    for result in core:
        holders = owners.get(result.focus)
        if not holders:
            return [validate_graph(article.union()) for article in articles]
        if len(holders) > 1 or result.shape in not_local_shapes():
            alone |= holders
        else:
            mine.setdefault(next(iter(holders)), []).append(result)
    return [validate_graph(article.union()) if i in alone else
            article_report(mine.get(i, []), sparql_violations(article, terms.__getitem__))
            for i, article in enumerate(articles)]


def article_report(core: list[Violation], sparql: list[Violation]) -> Report:
    """An article's report from its share of the batch's core results and its own SHACL-SPARQL
    results, in the order `violations_of` gives (no report graph: the ingest keeps results only)."""
    results = sorted(core + sparql, key=lambda v: (v.focus, v.path or "", v.shape or ""))
    return Report(not results, results, None)


@lru_cache(maxsize=1)
def target_predicates() -> frozenset:
    """What the focus nodes of the SPARQL constraints are found by: rdf:type and the predicates
    of sh:targetSubjectsOf / sh:targetObjectsOf, as pyoxigraph terms."""
    found = {ox.NamedNode(str(RDF.type))}
    for constraint in sparql_constraints():
        found |= {ox.NamedNode(str(v)) for t, v in constraint.targets if t in (SH.targetSubjectsOf, SH.targetObjectsOf)}
    return frozenset(found)


def sparql_store(triples: list) -> tuple[ox.Store, dict]:
    """A throwaway store holding what the SPARQL constraints with a focus node can read of
    these triples (pyoxigraph terms) and of the class hierarchy, and each constraint's focus
    nodes in it. First the triples the targets are found by; then those whose predicate some
    constraint with a focus node reads (`SparqlConstraint.reads`), or all of them when one may
    read any. A constraint without a focus node is not run; a run one sees every triple it can
    match, so its solutions are those on all the triples (about half of an article's triples
    are read by no constraint, and loading them was half the cost of the SPARQL constraints)."""
    focus, selected = sparql_selection(triples)
    store = ox.Store()
    store.extend([ox.Quad(s, p, o) for s, p, o in selected])
    return store, focus


def sparql_selection(triples: list) -> tuple[dict, list]:
    """What `sparql_store` loads: each constraint's focus nodes among these triples (pyoxigraph
    terms) and the class hierarchy, found as `focus_nodes` finds them in a store, and the triples
    to load: those the focus nodes are found by, then those a constraint with a focus node can
    read (all of them when one may read any)."""
    found_by = target_predicates()
    everything = triples + hierarchy_quads_terms()
    targeting = [t for t in everything if t[1] in found_by]
    focus, reads = {}, set()
    for constraint in sparql_constraints():
        focus[constraint] = focus_in(targeting, constraint)
        if focus[constraint] and reads is not None:
            reads = None if constraint.reads is None else reads | constraint_reads(constraint)
    return focus, targeting + [t for t in everything if t[1] not in found_by and (reads is None or t[1] in reads)]


def focus_in(triples: list, constraint: SparqlConstraint) -> set:
    """`focus_nodes` of a store holding these triples (and nothing else)."""
    nodes = set()
    for target, value in constraint.targets:
        node = ox.NamedNode(str(value))
        if target == SH.targetNode:
            nodes.add(node)
        elif target == SH.targetClass:
            classes = class_terms(value)
            nodes |= {s for s, p, o in triples if p == RDF_TYPE and o in classes}
        elif target == SH.targetSubjectsOf:
            nodes |= {s for s, p, o in triples if p == node}
        else:
            nodes |= {o for s, p, o in triples if p == node}
    return nodes


RDF_TYPE = ox.NamedNode(str(RDF.type))


@lru_cache(maxsize=None)
def class_terms(cls: URIRef) -> frozenset:
    return frozenset(ox.NamedNode(str(c)) for c in subclasses(cls))


GRAPH_VARIABLE = "kgCheckedGraph"


@lru_cache(maxsize=None)
def per_graph_query(constraint: SparqlConstraint) -> str | None:
    """The constraint's query evaluated in each named graph of a store at once: its WHERE group
    inside `GRAPH ?kgCheckedGraph { ... }`, that variable projected and, when the query groups,
    grouped by too, so each graph's solutions are those of the query on that graph alone as its
    default graph (SPARQL 1.1 §18.6: a GRAPH pattern evaluates its group, EXISTS and
    subqueries included, on each named graph as the active graph). None when the query is not
    of the one form rewritten here with certainty: SELECT (DISTINCT or REDUCED) of listed
    variables and expressions, one WHERE group, then at most GROUP BY and HAVING; no
    subquery, GRAPH, SERVICE, FROM, VALUES after the group, ORDER BY, LIMIT or OFFSET, no
    aggregate without GROUP BY, and the variable not used already. Such a constraint is then
    evaluated per article (`sparql_violations`) on every article it has focus nodes in."""
    query = constraint.query
    head = re.match(r"((?:\s*PREFIX\s+[\w-]*:\s*<[^>]*>)*\s*)SELECT\s+((?:DISTINCT|REDUCED)\s+)?", query, re.I)
    if head is None or f"{GRAPH_VARIABLE}" in query:
        return None
    body = query[head.end():]
    where = re.search(r"\bWHERE\s*\{", body, re.I)
    if where is None or body[:where.start()].strip().startswith("*"):
        return None
    end = body.rfind("}")
    projection, group, tail = body[:where.start()], body[where.end():end], body[end + 1:]
    words = {w.upper() for w in re.findall(r"[A-Za-z_]+", re.sub(r'"[^"]*"|<[^>]*>', " ", group + tail + projection))}
    if words & {"SELECT", "GRAPH", "SERVICE", "FROM", "VALUES", "ORDER", "LIMIT", "OFFSET"}:
        return None
    aggregates = words & {"COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"}
    grouped = re.search(r"\bGROUP\s+BY\b", tail, re.I)
    if re.sub(r"\bGROUP\s+BY\b|\bHAVING\b|[^{}]", "", tail) or (aggregates and not grouped):
        return None   # braces after the group, or an aggregate over the query's one implicit group
    if not re.fullmatch(r"\s*(GROUP\s+BY\b.*?)?(HAVING\b.*)?", tail, re.I | re.S):
        return None
    variable = f"?{GRAPH_VARIABLE}"
    if grouped:
        tail = tail[:grouped.end()] + f" {variable}" + tail[grouped.end():]
    rewritten = (query[:head.end()] + f"{variable} " + projection + body[where.start():where.end()]
                 + f" GRAPH {variable} {{" + group + "} }" + tail)
    try:
        ox.Store().query(rewritten)
    except SyntaxError:
        return None
    return rewritten


def sparql_candidates(converted: list, texts: dict | None = None) -> list[bool]:
    """For each article (its `article_terms`), whether its SHACL-SPARQL constraints may give a
    result: exactly those articles `sparql_violations` gives a result for, found with one
    query per constraint for the whole batch instead of about three per article (pyoxigraph
    parses and plans a query text on every call: about 0.07 ms each, more than evaluating it
    on one article). Each article's triples go into a named graph of one throwaway store, the
    same triples `sparql_store` would load for it alone (what its constraints with focus nodes
    read, the class hierarchy included), and each constraint's `per_graph_query` gives the
    solutions of each graph alone. An article is a candidate when a solution of its graph binds
    $this to one of its focus nodes for that constraint: then, and only then, `sparql_results`
    on its own store gives a result. A constraint that cannot be rewritten makes every article
    with a focus node for it a candidate. `texts`: the batch's N-Triples forms of its terms
    (kg.rdf.terms.OxTerms.texts), which the writer's N-Quads reuse (`checked_nquads`)."""
    if not converted or not sparql_constraints():
        return [False] * len(converted)
    selections = [sparql_selection(facts + entities) for facts, entities in converted]
    graphs = [ox.NamedNode(checked_graph(i)) for i in range(len(converted))]
    store = ox.Store()
    store.load(checked_nquads(selections, texts).encode("utf-8"), ox.RdfFormat.N_QUADS, lenient=True)
    index = {graph: i for i, graph in enumerate(graphs)}
    hits = [False] * len(converted)
    for constraint in sparql_constraints():
        holders = [i for i, (focus, _) in enumerate(selections) if focus[constraint] and not hits[i]]
        if not holders:
            continue
        query = per_graph_query(constraint)
        if query is None:
            for i in holders:
                hits[i] = True
            continue
        for solution in store.query(query, named_graphs=[graphs[i] for i in holders]):
            this, graph = solution["this"], solution[GRAPH_VARIABLE]
            i = index.get(graph)
            if i is not None and this is not None and this in selections[i][0][constraint]:
                hits[i] = True
    return hits


def checked_graph(i: int) -> str:
    """The IRI of the i-th article's graph in the batch SPARQL screen's store."""
    return f"urn:x-kg-checked-graph:{i}"


def checked_nquads(selections: list, texts: dict | None = None) -> str:
    """The selected triples of each article (`sparql_selection`) as N-Quads in the article's
    own graph of the screen's store, written from the terms' N-Triples forms. The store parses
    the text leniently (each term was checked when pyoxigraph made it): one `ox.Quad` per
    triple cost more, 0.51-0.59 against 0.43 CPU ms per article for filling the store
    (docs/scale.md, session 29), and the forms are those the writer's N-Quads need anyway."""
    texts = NTriplesTexts() if texts is None else texts
    return "".join(line for i, (_, selected) in enumerate(selections)
                   for line in nquad_lines(selected, checked_graph(i), texts))


@lru_cache(maxsize=None)
def constraint_reads(constraint: SparqlConstraint) -> frozenset:
    return frozenset(ox.NamedNode(str(p)) for p in constraint.reads)


@lru_cache(maxsize=1)
def hierarchy_quads_terms() -> list:
    return [(q.subject, q.predicate, q.object) for q in hierarchy_quads()]


def sparql_violations(article, convert=to_ox, terms: tuple | None = None) -> list[Violation]:
    """The SHACL-SPARQL results of one article's own graphs, evaluated on them alone (so no
    join ever reaches another article), read back as `violations_of` reads a report. `terms`:
    the article's triples already converted (`article_terms`), which the writer's N-Quads use
    too (kg.pipeline), so each triple is converted once."""
    if not sparql_constraints():
        return []
    facts, entities = terms or article_terms(article, convert)
    store, focus = sparql_store(facts + entities)
    results = sparql_results(None, store=store, focus=focus)
    if not results:
        return []
    report = Graph()
    report.add((BNode(), RDF.type, SH.ValidationReport))
    add_results(report, results)
    return violations_of(report)


def article_terms(article, convert=to_ox) -> tuple[list, list]:
    """The article's triples as pyoxigraph terms: (its graph's, its entity descriptions'),
    each a list of (subject, predicate, object)."""
    return ([(convert(s), convert(p), convert(o)) for s, p, o in own_triples(article.facts)],
            [(convert(s), convert(p), convert(o)) for s, p, o in own_triples(article.entities)])


@lru_cache(maxsize=1)
def not_local_shapes() -> frozenset:
    """Shapes whose core results may depend on other nodes' neighbours than the focus node's
    own forward paths: shapes targeting the objects or subjects of a predicate (another
    article's triple can make a node a target) or with an inverse path. (SHACL-SPARQL
    constraints are evaluated per article: `sparql_violations`.)"""
    sg = shapes_graph()
    shapes = set()
    for target in (SH.targetObjectsOf, SH.targetSubjectsOf):
        shapes |= {str(s) for s in sg.subjects(target, None)}
    for path in (SH.inversePath,):
        shapes |= {str(s) for s, _ in sg.subject_objects(SH.path) if (_, path, None) in sg}
    return frozenset(shapes)


def borrowing_descriptions(articles: list, owners: dict[str, set[int]]):
    """Articles that point to a node described only by other articles of the batch (alone,
    its sh:class and similar checks would not see that description)."""
    for i, article in enumerate(articles):
        for graph in (article.facts, article.entities):
            for o in set(graph.objects()):
                if isinstance(o, URIRef) and i not in owners.get(str(o), {i}):
                    yield i
                    break


def batch_graph(articles: list) -> Graph:
    """The articles as one graph: in place when their graphs are all the graphs of one
    BatchStore (build_graph's `store`), else their triples indexed for reading (some articles
    of a batch: the others' triples must not satisfy a constraint for them)."""
    graphs = [graph for article in articles for graph in (article.facts, article.entities)]
    store = graphs[0].store
    if isinstance(store, BatchStore) and all(graph.store is store for graph in graphs) \
            and set(store.graphs) <= {graph.identifier for graph in graphs}:
        return StoreUnion(store=store)
    return StoreUnion(store=DataStore(Data(triple for graph in graphs for triple in own_triples(graph))))


def node_owners(articles: list) -> dict[str, set[int]]:
    """Each subject (as a string, like a result's focus) -> the articles describing it."""
    owners: dict[str, set[int]] = {}
    for i, article in enumerate(articles):
        for graph in (article.facts, article.entities):
            for subject in set(graph.subjects()):
                owners.setdefault(str(subject), set()).add(i)
    return owners


def differing_descriptions(articles: list):
    """Articles whose triples about a node described by several articles are not the same set
    in all of them."""
    seen: dict = {}
    for i, article in enumerate(articles):
        described: dict = {}
        for graph in (article.facts, article.entities):
            for s, p, o in graph:
                described.setdefault(s, set()).add((p, o))
        for subject, pairs in described.items():
            seen.setdefault(subject, {}).setdefault(frozenset(pairs), set()).add(i)
    for versions in seen.values():
        if len(versions) > 1:
            for holders in versions.values():
                yield from holders
