"""Where the shipped data lives: inside the wheel (kg/_resources) or, from a source
checkout, at the repository root. One place so that nothing else guesses paths."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Folder `name` (ontology, shapes, queries, corpus) from the wheel or the checkout."""
    for candidate in (_PACKAGE / "_resources" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"resource folder {name!r} is missing from the installation")


def data_file(name: str) -> Path:
    """A domain-knowledge file shipped with the package (kg/languages/id)."""
    return _PACKAGE / "languages" / "id" / name
