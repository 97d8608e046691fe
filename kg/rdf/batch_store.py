"""An rdflib store for one ingest batch: every article's two graphs (its own and its entity
descriptions) kept as contexts of one store, so the batch can be validated as one graph
without a copy (kg.validate.shacl.StoreUnion), while each graph still iterates its own triples.

Why not rdflib's `Memory`: it answers every lookup with the contexts of each matching triple
(string conversions and set look-ups per triple), and the ingest path never asks for them;
profiled on 200 synthetic articles that bookkeeping was about a quarter of building and
validating. Here the union is rdflib's `SimpleMemory` (three dict indexes, no contexts) and
each graph is an insertion-ordered dict of its triples."""
from __future__ import annotations

from rdflib import Graph
from rdflib.plugins.stores.memory import SimpleMemory


class BatchStore(SimpleMemory):
    """The union of all graphs in SimpleMemory's indexes, and each graph's triples apart.

    `triples(pattern, None)` reads the union (what StoreUnion and pyshacl see);
    `triples(pattern, graph)` reads that graph alone: all its triples in insertion order for
    an open pattern, else the union's matches that the graph holds."""

    context_aware = True
    graph_aware = True      # pyshacl wraps the data in an rdflib Dataset, which asks

    def __init__(self, configuration=None, identifier=None):
        super().__init__(configuration, identifier)
        self.graphs: dict = {}        # graph identifier -> {triple: None}
        self.indexed = False          # whether SimpleMemory's indexes hold the union yet

    def add(self, triple, context, quoted: bool = False) -> None:
        """Into the graph's own triples; into the union's indexes once they are built (the
        builder adds everything before anyone reads the union, so they are built in one pass)."""
        graph = getattr(context, "identifier", context)
        own = self.graphs.get(graph)
        if own is None:
            own = self.graphs[graph] = {}
        own[triple] = None
        if self.indexed:
            super().add(triple, None, quoted)

    def index(self) -> None:
        """Build the union's indexes from every graph's triples (once)."""
        if self.indexed:
            return
        add = super().add
        for own in self.graphs.values():
            for triple in own:
                add(triple, None)
        self.indexed = True

    def remove(self, triple_pattern, context=None) -> None:
        """Remove the matches from `context` (every graph when None); a triple leaves the union
        when no graph holds it any more. Rare (tests that break an article), so simple."""
        for triple, _ in list(self.triples(triple_pattern, context)):
            for name, own in self.graphs.items():
                if context is None or name == getattr(context, "identifier", context):
                    own.pop(triple, None)
            if self.indexed and not any(triple in own for own in self.graphs.values()):
                super().remove(triple)

    def triples(self, triple_pattern, context=None):
        if context is None:     # the union: SimpleMemory's generator itself (pyshacl's many look-ups)
            self.index()
            return super().triples(triple_pattern)
        return self._graph_triples(triple_pattern, context)

    def _graph_triples(self, triple_pattern, context):
        own = self.graphs.get(getattr(context, "identifier", context))
        if not own:
            return
        s, p, o = triple_pattern
        if s is None and p is None and o is None:
            for triple in own:
                yield triple, iter(())
            return
        self.index()
        for triple, contexts in super().triples(triple_pattern):
            if triple in own:
                yield triple, contexts

    def __len__(self, context=None) -> int:
        if context is None:
            return len(set().union(*self.graphs.values()))
        return len(self.graphs.get(getattr(context, "identifier", context), ()))

    def bind(self, prefix, namespace, override: bool = True) -> None:
        if self.namespace(prefix) == namespace and self.prefix(namespace) == prefix:
            return      # each article's graphs bind the same prefixes: once is enough
        super().bind(prefix, namespace, override)

    def distinct_objects(self):
        """Every object of the union once (SimpleMemory's object index)."""
        self.index()
        return self._SimpleMemory__osp.keys()


class BatchGraph(Graph):
    """One graph of a BatchStore, whose adds go straight to the store. rdflib's `Graph.add`
    first asserts that each of the three terms is an rdflib Node, an ABC check each: about a
    tenth of building an article's graph (profiled). The graph builder only ever adds rdflib
    terms it made itself, and the batch's graphs are only validated and written as N-Quads.
    A missing term (None) is still refused here, where the builder's mistake happened, rather
    than in the validation of the whole batch."""

    def __init__(self, store: BatchStore, **options):
        super().__init__(store=store, **options)
        self.own = store.graphs.setdefault(self.identifier, {})     # this graph's triples, in the store

    def add(self, triple):
        """Into this graph's own triples directly while the union is not indexed (the builder
        adds everything before anyone reads it): no call through the store per triple, about
        0.1 CPU ms per article of the build (docs/scale.md, session 31)."""
        s, p, o = triple
        if s is None or p is None or o is None:    # not `None in triple`: that calls rdflib's __eq__ on each term
            raise TypeError(f"a triple with a missing term cannot be added: {triple!r}")
        if self.store.indexed:
            self.store.add(triple, self)
        else:
            self.own[triple] = None
        return self


def graph_in(store) -> Graph:
    """A new graph kept in `store`: a BatchGraph in a BatchStore, else a plain rdflib Graph
    (a store name such as "default" makes it a store of its own)."""
    return BatchGraph(store=store) if isinstance(store, BatchStore) else Graph(store=store)
