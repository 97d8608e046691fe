"""A validation report for people: the results grouped by article, then by shape, each with
the evidence text of the offending fact; and the report graph as Turtle for machines."""
from __future__ import annotations

from collections import defaultdict

from rdflib import Graph, URIRef

from kg.rdf.ontology import shapes_graph
from kg.rdf.vocab import EKG, OA, RDF, SCHEMA, SH, bind_prefixes
from kg.validate.report import Report, Violation

SHARED = "(entities shared by the articles)"
SHAPES_NS = "https://w3id.org/ekspor-kg/shapes#"


def report_turtle(report: Report) -> str:
    bind_prefixes(report.graph)
    report.graph.bind("ekgsh", SHAPES_NS)
    return report.graph.serialize(format="turtle")


def render_report(report: Report, data: Graph | None = None) -> str:
    """The results grouped by article, then by shape, each with the evidence text of the
    offending fact, so that a reader can check it against the sentence it came from.
    `data` is the graph that was validated (by default the one the report keeps)."""
    data = data if data is not None else (report.data if report.data is not None else Graph())
    if not report.violations:
        return f"conforms: no results in {len(data)} triples"
    names = Graph()
    bind_prefixes(names)
    names.bind("ekgsh", SHAPES_NS)
    short = lambda term: names.namespace_manager.normalizeUri(URIRef(term)) if term else ""  # noqa: E731
    groups: dict = defaultdict(lambda: defaultdict(list))
    for v in report.violations:
        groups[article_of(data, URIRef(v.focus))][v.shape].append(v)
    lines = [headline_of_report(report, len(groups))]
    for article in sorted(groups, key=lambda a: (a == SHARED, a)):
        title = data.value(URIRef(article), SCHEMA.headline) if article != SHARED else None
        lines += ["", f"{short(article) if article != SHARED else article}" + (f'  "{title}"' if title else "")]
        for shape, found in sorted(groups[article].items()):
            name = shapes_graph().value(URIRef(shape), SH.name) if shape else None
            lines.append(f"  {short(shape)}" + (f" ({name})" if name else ""))
            for v in found:
                lines += result_lines(v, data, short)
    return "\n".join(lines)


def headline_of_report(report: Report, articles: int) -> str:
    """'does not conform' whenever there is a result, with the count of each severity; a
    report with warnings only says that no violation was found (the data is accepted)."""
    counts = report.counts()
    parts = [f"{n} {severity.lower()}{'s' if n > 1 else ''}" for severity, n in sorted(counts.items())]
    accepted = "" if report.has_violations else " (no violations)"
    return f"does not conform: {', '.join(parts)} in {articles} group(s){accepted}"


def result_lines(v: Violation, data: Graph, short) -> list[str]:
    mark = {"Violation": "✗", "Warning": "!", "Info": "i"}.get(v.severity, "?")
    where = short(v.focus) + (f"  {short(v.path)}" if v.path else "")
    value = f" = {v.value}" if v.value is not None and v.value != v.focus else ""
    lines = [f"    {mark} {v.severity}  {where}{value}", f"      {v.message}"]
    text = evidence_text(data, URIRef(v.focus))
    if text:
        lines.append(f'      evidence: "{text if len(text) <= 160 else text[:157] + "..."}"')
    return lines


def article_of(data: Graph, node: URIRef) -> str:
    """The article a result belongs to: the node itself, its source, the source of its
    evidence span; shared entities go in a group of their own."""
    if (node, RDF.type, SCHEMA.NewsArticle) in data:
        return str(node)
    for prop in (EKG.sourceArticle, OA.hasSource):
        article = data.value(node, prop)
        if article is not None:
            return str(article)
    span = data.value(predicate=OA.hasSelector, object=node)
    if span is not None and data.value(span, OA.hasSource) is not None:
        return str(data.value(span, OA.hasSource))
    return SHARED


def evidence_text(data: Graph, node: URIRef) -> str | None:
    """The exact text behind a fact, an evidence span or a selector."""
    span = data.value(node, EKG.evidence) or (node if (node, OA.hasSelector, None) in data else None) \
        or data.value(predicate=OA.hasSelector, object=node)
    if span is None:
        return str(data.value(node, OA.exact)) if (node, OA.exact, None) in data else None
    texts = [str(t) for s in data.objects(span, OA.hasSelector) for t in data.objects(s, OA.exact)]
    return texts[0] if texts else None
