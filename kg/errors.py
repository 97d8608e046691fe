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


class PartlyStoredError(StoreError):
    """A batch write failed after some of its articles were stored (a replaced article, or new
    ones written before it): `stored` holds the statuses of those, in input order, so that only
    the rest are reported as not stored."""

    def __init__(self, message: str, stored: list[str]):
        super().__init__(message)
        self.stored = stored
