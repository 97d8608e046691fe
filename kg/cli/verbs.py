"""The explicit list of the command line's verbs beyond the core ones in kg.cli.main.
Adding a verb is a module in kg/cli with a `COMMANDS` list, and its name here."""
from __future__ import annotations

import importlib

MODULES = ("catalogue", "charts", "network", "reasoning", "serve")


def all_commands():
    for name in MODULES:
        module = importlib.import_module(f"kg.cli.{name}")
        yield from getattr(module, "COMMANDS", [])
