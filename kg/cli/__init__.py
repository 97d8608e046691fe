"""The command line shell: parses input, builds Settings from the environment and options,
calls kg.api, formats output."""
from kg.cli.main import cli, main

__all__ = ["cli", "main"]
