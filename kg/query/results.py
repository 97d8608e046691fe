"""Query results in the W3C SPARQL 1.1 results formats (JSON, CSV, TSV) and as tables,
plus rows for Python callers (convertible to a pandas DataFrame)."""
from __future__ import annotations

import io

import pyoxigraph as ox

RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}


class Rows(list):
    """A list of dicts (column -> Python value) with the column order kept."""

    def __init__(self, columns, rows):
        super().__init__(rows)
        self.columns = list(columns)

    def to_dataframe(self):
        import pandas as pd  # optional dependency
        return pd.DataFrame(list(self), columns=self.columns)


def python_value(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value.rsplit("#", 1)[-1] if term.datatype else "string"
        if datatype in ("integer", "nonNegativeInteger", "int", "long"):
            return int(term.value)
        if datatype == "decimal":
            from decimal import Decimal
            return Decimal(term.value)
        if datatype in ("double", "float"):
            return float(term.value)
        if datatype == "boolean":
            return term.value == "true"
        return term.value
    return term.value


def serialize(solutions, fmt: str) -> str:
    out = io.BytesIO()
    solutions.serialize(out, RESULT_FORMATS[fmt])
    return out.getvalue().decode("utf-8")


def to_rows(solutions) -> Rows:
    columns = [v.value for v in solutions.variables]
    rows = [{c: python_value(s[c]) for c in columns} for s in solutions]
    return Rows(columns, rows)
