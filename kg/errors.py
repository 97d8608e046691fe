"""Typed errors: each maps to one clear line at the command line (see kg.cli)."""


class KGError(Exception):
    """Base of every error the command line reports as one line."""

    exit_code = 1


class ArticleError(KGError):
    """The input is not a readable article (binary, wrong encoding, too large, HTML, empty)."""


class ExtractionError(KGError):
    """Extraction could not finish on a readable article."""


class ValidationFailed(KGError):
    """An article's graph does not conform to the shapes; the store was left untouched."""

    def __init__(self, message: str, report=None):
        super().__init__(message)
        self.report = report


class QueryParameterError(KGError):
    """A template parameter is missing, unknown or malformed."""

    exit_code = 2


class TemplateNotFound(KGError):
    exit_code = 2


class StoreError(KGError):
    """The store could not be opened or written."""
