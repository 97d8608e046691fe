"""The ontology as a human-readable HTML page, generated from ontology/*.ttl and shapes/*.ttl:
every class and property with its Indonesian and English label and comment, its place in
the hierarchy, its alignment to the standard vocabularies, and the SHACL constraints the
data is held to. Deterministic (sorted, no timestamp), so a test can tell when the committed
page (docs/ontology.html) is out of date."""
from __future__ import annotations

import html
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from kg.rdf.ontology import ontology_graph, shapes_graph
from kg.rdf.vocab import EKG, OWL, PREFIXES, RDF, RDFS, SH, XSD

ONTOLOGY = URIRef("https://w3id.org/ekspor-kg/ontology")
DEFAULT_OUT = Path("docs") / "ontology.html"
KINDS = (("Classes", OWL.Class), ("Object properties", OWL.ObjectProperty), ("Datatype properties", OWL.DatatypeProperty))
STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#222}
h1{margin-bottom:0}h2{border-bottom:2px solid #ccc;margin-top:2.5rem}section.term{border-top:1px solid #ddd;padding:.5rem 0}
code{background:#f4f4f4;padding:0 .2rem}dl{display:grid;grid-template-columns:11rem 1fr;gap:.2rem 1rem}dt{font-weight:600}
dd{margin:0}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
.lang{color:#777;font-size:.8em;margin-right:.3rem}nav li{display:inline;margin-right:.6rem}"""


def esc(text) -> str:
    return html.escape(str(text), quote=True)


def qname(term) -> str:
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda p: -len(str(p[1]))):
        if str(term).startswith(str(namespace)) and str(term) != str(namespace):
            return f"{prefix}:{str(term)[len(str(namespace)):]}"
    return str(term)


def link(term, onto: Graph) -> str:
    """Our terms link to their section, standard ones to their own IRI; unions are spelled out."""
    if isinstance(term, BNode):
        members = onto.value(term, OWL.unionOf)
        if members is not None:
            return " or ".join(link(m, onto) for m in Collection(onto, members))
        return "(anonymous)"
    if str(term).startswith(str(EKG)):
        return f'<a href="#{esc(qname(term).split(":")[1])}"><code>{esc(qname(term))}</code></a>'
    return f'<a href="{esc(term)}"><code>{esc(qname(term))}</code></a>'


def terms(onto: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(t for t in onto.subjects(RDF.type, kind) if str(t).startswith(str(EKG)))


def texts(onto: Graph, term, prop) -> str:
    values = sorted(onto.objects(term, prop), key=lambda v: (v.language != "id", v.language or ""))
    return "<br>".join(f'<span class="lang">{esc(v.language or "")}</span>{esc(v)}' for v in values)


def links(onto: Graph, values) -> str:
    return ", ".join(sorted(link(v, onto) for v in values)) or "—"


def class_rows(onto: Graph, cls: URIRef) -> list[tuple[str, str]]:
    disjoint = set(onto.objects(cls, OWL.disjointWith)) | set(onto.subjects(OWL.disjointWith, cls))
    for group in onto.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(Collection(onto, onto.value(group, OWL.members)))
        if cls in members:
            disjoint |= set(members) - {cls}
    used_by = [p for p in onto.subjects(RDFS.domain, None) if cls in domain_classes(onto, p)]
    return [("Subclass of", links(onto, onto.objects(cls, RDFS.subClassOf))),
            ("Subclasses", links(onto, onto.subjects(RDFS.subClassOf, cls))),
            ("Disjoint with", links(onto, disjoint)),
            ("Properties", links(onto, used_by)),
            ("Values of", links(onto, onto.subjects(RDFS.range, cls)))]


def domain_classes(onto: Graph, prop) -> set:
    found = set()
    for domain in onto.objects(prop, RDFS.domain):
        union = onto.value(domain, OWL.unionOf)
        found |= set(Collection(onto, union)) if union is not None else {domain}
    return found


def property_rows(onto: Graph, prop: URIRef) -> list[tuple[str, str]]:
    traits = [qname(t) for t in onto.objects(prop, RDF.type) if t not in (OWL.ObjectProperty, OWL.DatatypeProperty)]
    return [("Domain", links(onto, onto.objects(prop, RDFS.domain))),
            ("Range", links(onto, onto.objects(prop, RDFS.range))),
            ("Subproperty of", links(onto, onto.objects(prop, RDFS.subPropertyOf))),
            ("Characteristics", esc(", ".join(sorted(traits))) or "—")]


def shape_table(onto: Graph, shapes: Graph, cls: URIRef) -> str:
    """The constraints of the shapes that target this class."""
    rows = []
    for shape in sorted(shapes.subjects(SH.targetClass, cls)):
        for prop_shape in sorted(shapes.objects(shape, SH.property)):
            rows.append(constraint_row(onto, shapes, prop_shape))
        for constraint in sorted(shapes.objects(shape, SH.sparql)):
            rows.append(f"<tr><td>(SPARQL)</td><td>{esc(shapes.value(constraint, SH.name))}</td>"
                        f"<td>{esc(shapes.value(constraint, SH.description))}</td><td>{severity(shapes, shape)}</td></tr>")
    if not rows:
        return ""
    return ("<h4>Shapes</h4><table><tr><th>path</th><th>constraint</th><th>description</th><th>severity</th></tr>"
            + "".join(rows) + "</table>")


def constraint_row(onto: Graph, shapes: Graph, prop_shape) -> str:
    parts = []
    low, high = shapes.value(prop_shape, SH.minCount), shapes.value(prop_shape, SH.maxCount)
    if low is not None or high is not None:
        parts.append(f"{low or 0}..{high if high is not None else '*'}")
    for prop, label in ((SH.datatype, ""), (SH["class"], "class "), (SH.nodeKind, ""), (SH.pattern, "pattern "),
                        (SH.hasValue, "= "), (SH.minInclusive, "≥ "), (SH.maxInclusive, "≤ "), (SH.lessThan, "< ")):
        for value in shapes.objects(prop_shape, prop):
            parts.append(label + shown(value))
    if shapes.value(prop_shape, SH.qualifiedMinCount) is not None:
        parts.append("expected")
    return (f"<tr><td>{link(shapes.value(prop_shape, SH.path), onto)}</td><td>{esc('; '.join(parts))}</td>"
            f"<td>{esc(shapes.value(prop_shape, SH.description) or '')}</td><td>{severity(shapes, prop_shape)}</td></tr>")


def shown(value) -> str:
    if isinstance(value, URIRef):
        return qname(value)
    if isinstance(value, Literal) and value.datatype not in (None, XSD.string):
        return str(value)
    return f'"{value}"'


def severity(shapes: Graph, shape) -> str:
    return esc(qname(shapes.value(shape, SH.severity) or SH.Violation).split(":")[-1])


def term_section(onto: Graph, shapes: Graph, term: URIRef, rows: list[tuple[str, str]]) -> str:
    name = qname(term).split(":")[1]
    body = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in
                   [("IRI", f"<code>{esc(term)}</code>"), ("Label", texts(onto, term, RDFS.label)),
                    ("Comment", texts(onto, term, RDFS.comment))] + rows)
    extra = shape_table(onto, shapes, term) if (term, RDF.type, OWL.Class) in onto else ""
    return f'<section class="term" id="{esc(name)}"><h3>{esc(qname(term))}</h3><dl>{body}</dl>{extra}</section>'


def header(onto: Graph) -> str:
    get = lambda p: onto.value(ONTOLOGY, p)  # noqa: E731
    rows = [("Ontology IRI", f"<code>{esc(ONTOLOGY)}</code>"), ("Version IRI", f"<code>{esc(get(OWL.versionIRI))}</code>"),
            ("Version", esc(get(OWL.versionInfo))), ("Namespace", f"<code>{esc(EKG)}</code> (prefix <code>ekg</code>)"),
            ("Licence", link(get(URIRef("http://purl.org/dc/terms/license")), onto)),
            ("Description", texts(onto, ONTOLOGY, RDFS.comment))]
    title = onto.value(ONTOLOGY, RDFS.label, any=True)
    return f"<h1>{esc(title)}</h1><dl>{''.join(f'<dt>{k}</dt><dd>{v}</dd>' for k, v in rows)}</dl>"


def reused(onto: Graph) -> str:
    external = sorted({t for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
                       for t in onto.subjects(RDF.type, kind) if not str(t).startswith(str(EKG))})
    items = "".join(f"<li>{link(t, onto)}</li>" for t in external)
    return ("<h2 id=\"reused\">Reused terms</h2><p>Standard terms our classes and properties specialise "
            f"(declared, not redefined):</p><ul>{items}</ul>")


def reused_shapes(onto: Graph, shapes: Graph) -> str:
    """The shapes of standard classes our data uses (schema:NewsArticle, time:Interval, ...)."""
    classes = sorted({c for c in shapes.objects(None, SH.targetClass) if not str(c).startswith(str(EKG))})
    sections = [f'<section class="term" id="shapes-{esc(qname(c).replace(":", "-"))}"><h3>{link(c, onto)}</h3>'
                f"{shape_table(onto, shapes, c)}</section>" for c in classes]
    return '<h2 id="reused-shapes">Shapes of reused classes</h2>' + "".join(sections)


def render_html(onto: Graph | None = None, shapes: Graph | None = None) -> str:
    onto = ontology_graph() if onto is None else onto
    shapes = shapes_graph() if shapes is None else shapes
    nav = "".join(f'<li><a href="#{esc(t.lower().replace(" ", "-"))}">{esc(t)}</a></li>' for t, _ in KINDS)
    parts = [f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{esc(qname(ONTOLOGY))}</title>",
             f"<style>{STYLE}</style></head><body>", header(onto), f"<nav><ul>{nav}<li><a href=\"#reused\">Reused terms</a></li>"
             "<li><a href=\"#reused-shapes\">Shapes of reused classes</a></li></ul></nav>"]
    for title, kind in KINDS:
        parts.append(f'<h2 id="{esc(title.lower().replace(" ", "-"))}">{esc(title)}</h2>')
        for term in terms(onto, kind):
            rows = class_rows(onto, term) if kind == OWL.Class else property_rows(onto, term)
            parts.append(term_section(onto, shapes, term, rows))
    parts += [reused(onto), reused_shapes(onto, shapes), "<footer><p>Generated by <code>kg ontology-docs</code> from ontology/*.ttl and shapes/*.ttl.</p></footer>",
              "</body></html>"]
    return "\n".join(parts) + "\n"


def write_html(out: str | Path = DEFAULT_OUT) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(), encoding="utf-8")
    return out
