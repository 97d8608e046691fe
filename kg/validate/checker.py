"""The core SHACL shapes compiled to Python tests, to screen an article before pyshacl.

Why: pyshacl costs about 6-10 ms per article even on a batch, and almost every article
conforms. This checker reads the shapes pyshacl's fast path runs (`compiled_shapes` and the
string choices of kg.validate.shacl), turns each supported constraint into a test on one
value or one focus node, and checks an article's triples with dictionaries. It is built from
the shapes graph generically (nothing here names a shape of this project); a constraint it does
not know, or a case it cannot decide exactly as pyshacl would (a comparison of other than
numbers, an ill-typed value it has no rule for, data carrying rdfs:subClassOf...), makes it
answer "unsure" instead of guessing.

The pipeline trusts it where it is sure: an article it finds no result in gets no core
result, and one it finds results in gets those results, read as pyshacl's report would be
read (`screen_violations`: the shape's one message, its severity, the value); "unsure", or a
result of a shape without one fixed message, sends the article through pyshacl (decisions
0010 and 0034). Its results are pyshacl's (focus node, path, severity, message, shape,
value): tests/test_checker.py compares the two on every shape case, every mutation of the
shape tests and real articles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.plugins.stores.memory import SimpleMemory

from kg.rdf.vocab import RDF, RDFS, SH, XSD

UNSURE = None          # a test's answer when it cannot decide as pyshacl would
NOTHING: dict = {}     # (never written to) what a node without values reads

# pyshacl's sh:datatype test: the Python type of a well-formed literal of each datatype it
# knows (others pass once the datatype IRI matches; see DatatypeConstraintComponent)
PYTHON_TYPES = {
    XSD.integer: int, XSD.decimal: Decimal, XSD.float: float, XSD.boolean: bool,
    XSD.string: (str, bytes), RDF.langString: (str, bytes),
}
KNOWN_ELSEWHERE = {XSD.date, XSD.time, XSD.dateTime}   # pyshacl tests these with datetime types: left unsure when odd
NUMBERS = (int, Decimal, float)
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
NOT_CONSTRAINTS = {RDF.type, SH.path, SH.message, SH.severity, SH.name, SH.description, SH.group, SH.order,
                   RDFS.label, RDFS.comment, *TARGETS}


@dataclass(frozen=True)
class Result:
    """One validation result, as pyshacl would give it (for comparison and for tests)."""
    focus: object
    path: object
    component: URIRef
    shape: object
    value: object = None
    severity: URIRef = SH.Violation


@dataclass
class Screen:
    """What the checker found in some triples: its results, and whether it met something it
    could not decide (then the results may be incomplete or wrong and pyshacl must decide)."""
    results: list = field(default_factory=list)
    unsure: list = field(default_factory=list)      # (shape or None, why), for tests and profiling
    everything: bool = False                        # unsure of the data as a whole, not of some shapes

    @property
    def shapes(self) -> frozenset | None:
        """The shapes pyshacl must run for these triples: those with a result or an undecided
        test (every other shape gives no result: the checker decided so), or None for all."""
        if self.everything:
            return None
        return frozenset(r.shape for r in self.results) | frozenset(shape for shape, _ in self.unsure)

    @property
    def clean(self) -> bool:
        """No result and nothing undecided: pyshacl would give no result either."""
        return not self.results and not self.unsure


class Data:
    """An article's triples indexed for the checks: subject -> predicate -> objects, the
    instances of each class, and the pairs of each predicate. xsd:string-typed literals are
    read as plain ones, as kg.validate.shacl.plain_strings gives them to pyshacl."""

    def __init__(self, triples: Iterable):
        self.out: dict = {}
        self.by_predicate: dict = {}
        for s, p, o in triples:
            if type(o) is Literal and type(o.datatype) is URIRef and str.__eq__(o.datatype, XSD_STRING):
                o = Literal(str(o))
            # no `setdefault(key, {})`: it makes the default on every call; and a set's size
            # tells whether `o` was new, so a literal is hashed once (rdflib's Literal.__hash__
            # is a Python call), not twice (docs/scale.md, session 31)
            node = self.out.get(s)
            if node is None:
                node = self.out[s] = {}
            values = node.get(p)
            if values is None:
                values = node[p] = set()
            before = len(values)
            values.add(o)
            if len(values) != before:
                pairs = self.by_predicate.get(p)
                if pairs is None:
                    pairs = self.by_predicate[p] = []
                pairs.append((s, o))
        self.instances: dict = {}
        for s, o in self.by_predicate.get(RDF.type, ()):
            self.instances.setdefault(o, set()).add(s)

    def values(self, node, path) -> set:
        return self.out.get(node, {}).get(path, set())

    def types(self, node) -> set:
        return self.values(node, RDF.type)


# --- tests on one value: value -> True (conforms), False (a result), UNSURE -------------------------

# A literal's datatype is a URIRef (or None), and a datatype is compared with an IRI by str's own
# comparison (`type(d) is URIRef and str.__eq__(d, text)`, what `d == URIRef(text)` answers):
# rdflib's `Identifier.__eq__` is a Python call, and the datatype tests made one for nearly every
# literal of an article (profiled: 113k calls for 320 articles, docs/scale.md, session 31).
XSD_STRING = str(XSD.string)


def datatype_test(datatype) -> Callable:
    python_type = PYTHON_TYPES.get(datatype)
    text = str(datatype) if type(datatype) is URIRef else None

    def test(v, data):
        if not isinstance(v, Literal):
            return False
        if (type(v.datatype) is URIRef and str.__eq__(v.datatype, text)) if text is not None else v.datatype == datatype:
            if getattr(v, "ill_typed", None) is True:
                return False
            if python_type is not None:
                return isinstance(v.value, python_type) and not (python_type is int and isinstance(v.value, bool))
            return UNSURE if datatype in KNOWN_ELSEWHERE and v.value is None else True
        if datatype in (RDFS.Literal, RDFS.Datatype):
            return UNSURE
        if v.datatype is None and v.language is None and datatype == XSD.string:
            return isinstance(v.value, (str, bytes))
        if datatype == RDF.langString and v.language:
            return isinstance(v.value, (str, bytes))
        return False
    return test


def class_test(cls) -> Callable:
    def test(v, data):
        return not isinstance(v, Literal) and cls in data.types(v)
    return test


NODE_KINDS = {
    SH.IRI: (URIRef,), SH.BlankNode: (BNode,), SH.Literal: (Literal,), SH.BlankNodeOrIRI: (BNode, URIRef),
    SH.BlankNodeOrLiteral: (BNode, Literal), SH.IRIOrLiteral: (URIRef, Literal),
}


def node_kind_test(kind) -> Callable | None:
    kinds = NODE_KINDS.get(kind)
    if kinds is None:
        return None
    return lambda v, data: isinstance(v, kinds)


def as_string(v) -> str:
    """pyshacl's string of a value node for sh:minLength, sh:maxLength and sh:pattern."""
    if isinstance(v, Literal) and v.value is not None and v.datatype in (None, RDF.langString, XSD.string):
        return str(v.value)
    return str(v)


def length_test(bound, at_least: bool) -> Callable | None:
    if not isinstance(bound, Literal) or not isinstance(bound.value, int) or bound.value < 0:
        return None
    n = bound.value

    def test(v, data):
        if at_least and n == 0:
            return True
        if isinstance(v, BNode):
            return False
        return len(as_string(v)) >= n if at_least else len(as_string(v)) <= n
    return test


def pattern_test(pattern) -> Callable:
    compiled = re.compile(str(pattern))
    return lambda v, data: not isinstance(v, BNode) and compiled.search(as_string(v)) is not None


def in_test(members: list) -> Callable:
    return lambda v, data: v in members


def number(v):
    """The value of a numeric literal (not a boolean), else None."""
    if isinstance(v, Literal) and isinstance(v.value, NUMBERS) and not isinstance(v.value, bool):
        return v.value
    return None


def range_test(bound, compare: Callable) -> Callable | None:
    limit = number(bound)
    if limit is None:
        return None

    def test(v, data):
        value = number(v)
        if value is None:
            return False if isinstance(v, (BNode, URIRef)) else UNSURE
        return compare(value, limit)
    return test


VALUE_TESTS = {
    SH.datatype: (SH.DatatypeConstraintComponent, datatype_test),
    SH["class"]: (SH.ClassConstraintComponent, class_test),
    SH.nodeKind: (SH.NodeKindConstraintComponent, node_kind_test),
    SH.minLength: (SH.MinLengthConstraintComponent, lambda b: length_test(b, True)),
    SH.maxLength: (SH.MaxLengthConstraintComponent, lambda b: length_test(b, False)),
    SH.pattern: (SH.PatternConstraintComponent, pattern_test),
    SH.minInclusive: (SH.MinInclusiveConstraintComponent, lambda b: range_test(b, lambda v, m: v >= m)),
    SH.maxInclusive: (SH.MaxInclusiveConstraintComponent, lambda b: range_test(b, lambda v, m: v <= m)),
    SH.minExclusive: (SH.MinExclusiveConstraintComponent, lambda b: range_test(b, lambda v, m: v > m)),
    SH.maxExclusive: (SH.MaxExclusiveConstraintComponent, lambda b: range_test(b, lambda v, m: v < m)),
}


# --- a compiled shape ----------------------------------------------------------------------------------

@dataclass
class CompiledShape:
    """One shape's supported constraints: tests on each value node, and on a focus node's
    value set (counts, sh:hasValue, sh:lessThan, qualified counts). `unsupported` names what
    it holds that the checker does not know: its focus nodes are then left to pyshacl."""
    shape: object
    path: object                                   # a predicate IRI, or None for a node shape
    severity: URIRef = SH.Violation
    targets: tuple = ()
    value_tests: list = field(default_factory=list)      # (component, test)
    focus_tests: list = field(default_factory=list)      # (component, test(focus, values, data) -> list|UNSURE)
    unsupported: list = field(default_factory=list)

    def value_nodes(self, focus, data: Data) -> set:
        return {focus} if self.path is None else data.values(focus, self.path)

    def check(self, focus, data: Data, screen: Screen) -> None:
        """Add the results of validating `focus` against this shape to `screen`."""
        if self.unsupported:
            screen.unsure.append((self.shape, ", ".join(self.unsupported)))
            return
        values = {focus} if self.path is None else data.out.get(focus, NOTHING).get(self.path, NOTHING)
        for component, test in self.focus_tests:
            found = test(focus, values, data)
            if found is UNSURE:
                screen.unsure.append((self.shape, f"{component} on {focus}"))
            elif found:     # most focus tests find nothing: no list to build and append
                screen.results += [Result(focus, self.path, component, self.shape, v, self.severity) for v in found]
        if not values:
            return
        for component, test in self.value_tests:
            for v in values:
                verdict = test(v, data)
                if verdict is UNSURE:
                    screen.unsure.append((self.shape, f"{component} on {v!r}"))
                elif not verdict:
                    screen.results.append(Result(focus, self.path, component, self.shape, v, self.severity))

    def conforms(self, node, data: Data):
        """Whether `node` conforms (sh:qualifiedValueShape's question), or UNSURE."""
        screen = Screen()
        self.check(node, data, screen)
        return UNSURE if screen.unsure else not screen.results


def count_test(bound: int, at_least: bool) -> Callable:
    def test(focus, values, data):
        ok = len(values) >= bound if at_least else len(values) <= bound
        return [] if ok else [None]
    return test


def has_value_test(expected) -> Callable:
    return lambda focus, values, data: [] if expected in values else [None]


def less_than_test(other) -> Callable:
    """sh:lessThan between numbers; any other pair of values is left to pyshacl."""
    def test(focus, values, data):
        found = []
        for v in values:
            for c in data.values(focus, other):
                a, b = number(v), number(c)
                if a is None or b is None:
                    return UNSURE
                if not a < b:
                    found.append(v)
        return found
    return test


def qualified_test(inner: "CompiledShape", bound: int, at_least: bool) -> Callable:
    def test(focus, values, data):
        count = 0
        for v in values:
            verdict = inner.conforms(v, data)
            if verdict is UNSURE:
                return UNSURE
            count += verdict
        ok = count >= bound if at_least else count <= bound
        return [] if ok else [None]
    return test


def compile_shape(sg: Graph, shape, targets: tuple = ()) -> CompiledShape:
    """The shape's constraints as tests (what it holds beyond them goes to `unsupported`)."""
    path = sg.value(shape, SH.path)
    compiled = CompiledShape(shape, path, sg.value(shape, SH.severity) or SH.Violation, targets)
    if path is not None and not isinstance(path, URIRef):
        compiled.unsupported.append("a path other than one predicate")
    if (shape, SH.deactivated, Literal(True)) in sg:
        compiled.unsupported.append("sh:deactivated")
    qualified = {SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint}
    for predicate, value in sg.predicate_objects(shape):
        if predicate in NOT_CONSTRAINTS or predicate in qualified or predicate == SH.deactivated:
            continue
        if predicate in VALUE_TESTS:
            component, make = VALUE_TESTS[predicate]
            test = make(value)
            if test is None:
                compiled.unsupported.append(f"{predicate} {value}")
            else:
                compiled.value_tests.append((component, test))
        elif predicate in (SH.minCount, SH.maxCount) and path is not None and isinstance(value.toPython(), int):
            at_least = predicate == SH.minCount
            component = SH.MinCountConstraintComponent if at_least else SH.MaxCountConstraintComponent
            compiled.focus_tests.append((component, count_test(value.toPython(), at_least)))
        elif predicate == SH["in"]:
            compiled.value_tests.append((SH.InConstraintComponent, in_test(list(Collection(sg, value)))))
        elif predicate == SH.hasValue:
            compiled.focus_tests.append((SH.HasValueConstraintComponent, has_value_test(value)))
        elif predicate == SH.lessThan and path is not None and isinstance(value, URIRef):
            compiled.focus_tests.append((SH.LessThanConstraintComponent, less_than_test(value)))
        else:
            compiled.unsupported.append(str(predicate))
    compile_qualified(sg, shape, compiled)
    return compiled


def compile_qualified(sg: Graph, shape, compiled: CompiledShape) -> None:
    inner = sg.value(shape, SH.qualifiedValueShape)
    if inner is None:
        return
    if sg.value(shape, SH.qualifiedValueShapesDisjoint) not in (None, Literal(False)) or compiled.path is None:
        compiled.unsupported.append("sh:qualifiedValueShapesDisjoint or a node shape's qualified count")
        return
    inner_shape = compile_shape(sg, inner)
    for predicate, at_least, component in ((SH.qualifiedMinCount, True, SH.QualifiedMinCountConstraintComponent),
                                           (SH.qualifiedMaxCount, False, SH.QualifiedMaxCountConstraintComponent)):
        bound = sg.value(shape, predicate)
        if bound is not None:
            compiled.focus_tests.append((component, qualified_test(inner_shape, bound.toPython(), at_least)))


def string_choice_shape(choice) -> CompiledShape:
    """A kg.validate.shacl.StringChoice (its sh:or, which compiled_shapes leaves out) as a shape."""
    from kg.validate.shacl import is_string_of
    return CompiledShape(choice.shape, choice.path, choice.severity, choice.targets,
                         value_tests=[(SH.OrConstraintComponent, lambda v, data: is_string_of(v, choice.datatypes))])


@dataclass(frozen=True)
class Checker:
    """Every targeted shape compiled, and the targets looked up by class and by predicate."""
    by_class: dict
    by_node: dict
    by_subject_of: dict
    by_object_of: dict

    def screen(self, triples: Iterable) -> Screen:
        """The results of the shapes on these triples (one article's, or any graph's)."""
        data = Data(triples)
        screen = Screen()
        if RDFS.subClassOf in data.by_predicate:
            screen.unsure.append((None, "the data has its own rdfs:subClassOf (pyshacl would follow it)"))
            screen.everything = True
            return screen
        if lacks_checked_superclass(data):
            screen.unsure.append((None, "a node typed with a subclass only (validate_graph mixes the hierarchy in)"))
            screen.everything = True
            return screen
        for focus, shapes in self.focus_shapes(data).items():
            for shape in shapes.values():
                shape.check(focus, data, screen)
        return screen

    def focus_shapes(self, data: Data) -> dict:
        """Each focus node -> the shapes that target it, by id (each shape once per node)."""
        found: dict = {}

        def add(node, shapes):
            mine = found.setdefault(node, {})
            for shape in shapes:
                mine[id(shape)] = shape
        for cls, shapes in self.by_class.items():
            for node in data.instances.get(cls, ()):
                add(node, shapes)
        for node, shapes in self.by_node.items():
            add(node, shapes)
        for predicate, shapes in self.by_subject_of.items():
            for s, _ in data.by_predicate.get(predicate, ()):
                add(s, shapes)
        for predicate, shapes in self.by_object_of.items():
            for _, o in data.by_predicate.get(predicate, ()):
                add(o, shapes)
        return found


def lacks_checked_superclass(data: Data) -> bool:
    """kg.validate.shacl.lacks_superclasses on the indexed data."""
    from kg.rdf.ontology import superclasses
    from kg.validate.shacl import checked_classes
    checked = checked_classes()
    for cls, nodes in data.instances.items():
        if isinstance(cls, URIRef):
            wanted = superclasses(cls) & checked
            if wanted and any(c not in data.types(node) for node in nodes for c in wanted):
                return True
    return False


@lru_cache(maxsize=1)
def checker() -> Checker:
    """The checker of kg.validate.shacl's compiled shapes and string choices."""
    from kg.validate.shacl import compiled_shapes, string_choices
    sg = compiled_shapes()
    shapes = []
    for shape in {s for t in TARGETS for s in sg.subjects(t, None)}:
        targets = tuple((t, v) for t in TARGETS for v in sg.objects(shape, t))
        compiled = compile_shape(sg, shape, targets)
        if compiled.value_tests or compiled.focus_tests or compiled.unsupported:
            shapes.append(compiled)
    shapes += [string_choice_shape(choice) for choice in string_choices()]
    index = {t: {} for t in TARGETS}
    for shape in sorted(shapes, key=lambda s: str(s.shape)):
        for target, value in shape.targets:
            index[target].setdefault(value, []).append(shape)
    return Checker(index[SH.targetClass], index[SH.targetNode], index[SH.targetSubjectsOf], index[SH.targetObjectsOf])


@lru_cache(maxsize=1)
def result_messages() -> dict:
    """Each shape with one sh:message, not a template -> that message: what pyshacl writes as
    the sh:resultMessage of each of the shape's results (a shape with none gets pyshacl's own
    wording, one with several any of them, a template its filling: the checker leaves those
    articles to pyshacl)."""
    from kg.rdf.ontology import shapes_graph
    sg = shapes_graph()
    found = {}
    for shape in set(sg.subjects(SH.message, None)):
        messages = list(sg.objects(shape, SH.message))
        if len(messages) == 1 and "{" not in str(messages[0]):
            found[shape] = str(messages[0])
    return found


def screen_violations(screen: Screen) -> list | None:
    """The screen's results as kg.validate.report.violations_of reads pyshacl's report of the
    same data (focus, path, severity, message, shape, value, in its order), or None when the
    checker cannot stand in for pyshacl: it was unsure, or a result's shape has no single fixed
    message (`result_messages`), or a result's path is not one predicate. tests/test_checker.py
    holds these to pyshacl's on every shape case, every mutation and real articles."""
    from kg.validate.report import Violation
    if screen.unsure:
        return None
    messages, found = result_messages(), []
    for r in screen.results:
        message = messages.get(r.shape)
        if message is None or not isinstance(r.path, URIRef) or not isinstance(r.shape, URIRef):
            return None
        found.append(Violation(focus=str(r.focus), path=str(r.path), severity=str(r.severity).rsplit("#", 1)[-1],
                               message=message, shape=str(r.shape), value=None if r.value is None else str(r.value)))
    return sorted(found, key=lambda v: (v.focus, v.path or "", v.shape or ""))


def screen_graphs(*graphs) -> Screen:
    """The checker on the triples of these rdflib graphs (an article's facts and entities)."""
    return checker().screen(triple for graph in graphs for triple in own_triples(graph))


def own_triples(graph):
    """A graph's triples; read straight from a kg.rdf.batch_store.BatchStore's dict when the
    graph lives in one (no rdflib generator layers per triple)."""
    own = getattr(graph.store, "graphs", None)
    if own is not None:
        return own.get(graph.identifier, {}).keys()
    return graph


class DataStore(SimpleMemory):
    """A read-only rdflib store answering from a `Data` index: the triples of the articles the
    checker flagged, handed to pyshacl without copying them into rdflib's own indexes (adding
    triples to SimpleMemory cost more than pyshacl's run on them). Literals are already plain
    strings where they were "x"^^xsd:string (`Data`), as kg.validate.shacl.plain_strings gives."""

    context_aware = True
    graph_aware = True      # pyshacl wraps the data in an rdflib Dataset, which asks

    def __init__(self, data: Data):
        super().__init__()
        self.data = data

    def triples(self, triple_pattern, context=None):
        s, p, o = triple_pattern
        if s is not None:
            yield from self._from_subject(s, p, o)
        elif p is not None:
            pairs = ((n, o) for n in self.data.instances.get(o, ())) if p == RDF.type and o is not None \
                else self.data.by_predicate.get(p, ())
            for subject, value in pairs:
                if o is None or value == o:
                    yield (subject, p, value), NO_CONTEXTS
        else:
            for predicate, pairs in self.data.by_predicate.items():
                for subject, value in pairs:
                    if o is None or value == o:
                        yield (subject, predicate, value), NO_CONTEXTS

    def _from_subject(self, s, p, o):
        out = self.data.out.get(s)
        if not out:
            return
        for predicate, values in ([(p, out.get(p, ()))] if p is not None else out.items()):
            if o is not None:
                if o in values:
                    yield (s, predicate, o), NO_CONTEXTS
                continue
            for value in values:
                yield (s, predicate, value), NO_CONTEXTS

    def __len__(self, context=None) -> int:
        return sum(len(pairs) for pairs in self.data.by_predicate.values())

    def add(self, triple, context, quoted: bool = False) -> None:
        raise TypeError("a DataStore is read-only")


NO_CONTEXTS = ()
