"""Where the KG lives. Callers use `open_store(target)` and the `Store` protocol with its
neutral results (kg.store.base); the backends (embedded pyoxigraph for a folder, rdflib in
memory for ':memory:', a remote SPARQL store for an http(s) URL) register by the kind of
target they accept."""
from kg.store.base import REGISTRY, Boolean, QueryTimeout, Solutions, Store, open_store

__all__ = ["REGISTRY", "Boolean", "QueryTimeout", "Solutions", "Store", "open_store"]
