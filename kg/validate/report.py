"""The validation report as plain data: its results (focus, path, severity, message, shape,
value), read back from a SHACL report graph.

"Conforms" follows the SHACL standard (and Jena, TopBraid): no validation result at any
severity. A report with warnings only does not conform; it is not a refusal either, which is
what `has_violations` tells (an article is refused, and `kg validate` exits 1, on violations).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rdflib import Graph

from kg.rdf.vocab import RDF, SH


@dataclass
class Violation:
    """One validation result (of any severity; the name is kept for the callers)."""
    focus: str
    path: str | None
    severity: str
    message: str
    shape: str | None
    value: str | None = None


@dataclass
class Report:
    conforms: bool
    violations: list[Violation]
    graph: Graph
    data: Graph | None = None     # the graph that was validated (for render_report)

    def summary(self) -> str:
        if self.conforms:
            return "conforms"
        return "; ".join(f"{v.focus} {v.path or ''}: {v.message}" for v in self.violations[:5])

    @property
    def has_violations(self) -> bool:
        return any(v.severity == "Violation" for v in self.violations)

    def counts(self) -> Counter:
        """Results by severity (Violation, Warning, Info)."""
        return Counter(v.severity for v in self.violations)


def violations_of(report: Graph) -> list[Violation]:
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        get = lambda p: report.value(result, p)  # noqa: E731
        severity = get(SH.resultSeverity)
        found.append(Violation(
            focus=str(get(SH.focusNode)), path=str(get(SH.resultPath)) if get(SH.resultPath) else None,
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            message=str(get(SH.resultMessage) or ""), shape=str(get(SH.sourceShape) or ""),
            value=str(get(SH.value)) if get(SH.value) is not None else None))
    return sorted(found, key=lambda v: (v.focus, v.path or "", v.shape or ""))
