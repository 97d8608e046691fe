"""Extra command-line verbs, one module each. Every module defines click commands and a
`COMMANDS` list; kg.cli registers them all, so adding a verb never edits cli.py."""
from __future__ import annotations

import importlib
import pkgutil


def all_commands():
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        yield from getattr(module, "COMMANDS", [])
