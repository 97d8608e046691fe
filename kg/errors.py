"""Typed errors: each maps to one clear line at the command line (see kg.cli)."""


class KGError(Exception):
    """Base of every error the command line reports as one line."""

    exit_code = 1


class ArticleError(KGError):
    """The input is not a readable article (binary, wrong encoding, too large, HTML, empty)."""


class QueryParameterError(KGError):
    """A template parameter is missing, unknown or malformed."""

    exit_code = 2


class TemplateNotFound(KGError):
    exit_code = 2


class StoreError(KGError):
    """The store could not be opened or written."""
