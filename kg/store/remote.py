"""The seam for a remote store (an Oxigraph server, Fuseki, any SPARQL 1.1 store reached over
the SPARQL 1.1 Protocol and the Graph Store Protocol). The backend is built in the scale
issue; until then an http(s):// target is refused with one clear line instead of being
mistaken for a folder name."""
from __future__ import annotations

from kg.errors import StoreError
from kg.store.base import register


@register("remote")
def open_remote(target, read_only: bool = False, **_):
    raise StoreError(f"{target}: the remote store backend (SPARQL 1.1 Protocol) is not built yet; "
                     f"use a store folder or ':memory:'")
