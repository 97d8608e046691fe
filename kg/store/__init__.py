"""Where the KG lives. Callers use `open_store(target)` and the `Store` protocol; the
backends (embedded pyoxigraph today) register themselves by the targets they accept."""
from kg.store.oxigraph import OxigraphStore, open_store

__all__ = ["OxigraphStore", "open_store"]
