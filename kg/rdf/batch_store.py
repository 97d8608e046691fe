"""An rdflib store for one ingest batch: every article's two graphs (its own and its entity
descriptions) kept as contexts of one store, so the batch can be validated as one graph
without a copy (kg.validate.shacl.StoreUnion), while each graph still iterates its own triples.

Why not rdflib's `Memory`: it answers every lookup with the contexts of each matching triple
(string conversions and set look-ups per triple), and the ingest path never asks for them;
profiled on 200 synthetic articles that bookkeeping was about a quarter of building and
validating. Here the union is rdflib's `SimpleMemory` (three dict indexes, no contexts) and
each graph is an insertion-ordered dict of its triples."""
from __future__ import annotations

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
        self.union: set = set()       # distinct triples of all graphs

    def add(self, triple, context, quoted: bool = False) -> None:
        own = self.graphs.setdefault(getattr(context, "identifier", context), {})
        if triple in own:
            return
        own[triple] = None
        if triple not in self.union:
            self.union.add(triple)
            super().add(triple, None, quoted)

    def remove(self, triple_pattern, context=None) -> None:
        """Remove the matches from `context` (every graph when None); a triple leaves the union
        when no graph holds it any more. Rare (tests that break an article), so simple."""
        for triple, _ in list(self.triples(triple_pattern, context)):
            for name, own in self.graphs.items():
                if context is None or name == getattr(context, "identifier", context):
                    own.pop(triple, None)
            if not any(triple in own for own in self.graphs.values()):
                self.union.discard(triple)
                super().remove(triple)

    def triples(self, triple_pattern, context=None):
        if context is None:
            yield from super().triples(triple_pattern)
            return
        own = self.graphs.get(getattr(context, "identifier", context))
        if not own:
            return
        s, p, o = triple_pattern
        if s is None and p is None and o is None:
            for triple in own:
                yield triple, iter(())
            return
        for triple, contexts in super().triples(triple_pattern):
            if triple in own:
                yield triple, contexts

    def __len__(self, context=None) -> int:
        if context is None:
            return len(self.union)
        return len(self.graphs.get(getattr(context, "identifier", context), ()))

    def bind(self, prefix, namespace, override: bool = True) -> None:
        if self.namespace(prefix) == namespace and self.prefix(namespace) == prefix:
            return      # each article's graphs bind the same prefixes: once is enough
        super().bind(prefix, namespace, override)
