"""A knowledge graph of Indonesian economic news."""
from kg.api import KG, extract_file, open, validate_file  # noqa: A004

__all__ = ["KG", "open", "extract_file", "validate_file"]
__version__ = "0.1.0"
