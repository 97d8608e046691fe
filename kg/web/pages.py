"""A page for every IRI minted under the base (/fact/..., /article/..., /person/..., /org/...,
/decree/..., /place/..., /period/...): HTML for browsers, and Turtle, JSON-LD, N-Triples or
RDF/XML by content negotiation (served directly, with Vary: Accept, as LodView does).

The resource's IRI is the served base plus the request path, so `kg serve --base
http://127.0.0.1:8000/` over data built with that base serves every IRI where it points.
Every query here binds the resource as an RDF term (?s); no request text enters a query.
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from kg.errors import KGError
from kg.query.results import serialize_graph
from kg.store.base import Solutions
from kg.web import negotiate
from kg.web.highlight import Span, highlight
from kg.web.render import local_path, page

KINDS = ("fact", "article", "person", "org", "decree", "place", "period", "instant", "role", "membership")
OFFERED = ("html", "turtle", "jsonld", "ntriples", "rdfxml")
# the relation that ties facts to a resource of each kind, for its "facts" section
FACTS_BY = {"person": "statedBy", "org": "reportedBy", "period": "period", "place": "scope", "decree": "cites"}

PREFIXES = """PREFIX ekg: <https://w3id.org/ekspor-kg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
EXISTS = PREFIXES + "ASK WHERE { { ?s ?p ?o } UNION { ?x ?y ?s } }"
# the resource's own triples, and those of the nodes minted beneath it (a fact's evidence and
# its selectors), so a fact's RDF carries where it was read
DESCRIBE = PREFIXES + """CONSTRUCT { ?r ?p ?o } WHERE {
  { BIND(?s AS ?r) } UNION
  { ?s ?p1 ?r . FILTER(isIRI(?r) && STRSTARTS(STR(?r), CONCAT(STR(?s), "/"))) } UNION
  { ?s ?p1 ?r1 . ?r1 ?p2 ?r . FILTER(isIRI(?r) && STRSTARTS(STR(?r), CONCAT(STR(?s), "/"))) }
  ?r ?p ?o }"""
PROPERTIES = PREFIXES + """SELECT ?p ?o (SAMPLE(?l) AS ?label) WHERE {
  ?s ?p ?o . FILTER(?p != schema:articleBody)
  OPTIONAL { ?o rdfs:label|schema:headline ?l }
} GROUP BY ?p ?o ORDER BY ?p ?o"""
INCOMING = PREFIXES + """SELECT ?x ?p (SAMPLE(?l) AS ?label) WHERE {
  ?x ?p ?s .
  OPTIONAL { ?x rdfs:label|schema:headline|ekg:measureLabel ?l }
} GROUP BY ?x ?p ORDER BY ?p ?x LIMIT 300"""
LABEL = PREFIXES + "SELECT ?label WHERE { ?s rdfs:label|schema:headline|ekg:measureLabel|ekg:quotedText ?label } LIMIT 1"
FACT = PREFIXES + """SELECT (GROUP_CONCAT(DISTINCT ?typeName; separator=", ") AS ?types)
  (SAMPLE(?l) AS ?label) (SAMPLE(?v) AS ?value) (SAMPLE(?u) AS ?unit) (SAMPLE(?ql) AS ?qualifier)
  (SAMPLE(?q) AS ?quoted) (SAMPLE(?m) AS ?met) (SAMPLE(?per) AS ?period) (SAMPLE(?perl) AS ?periodLabel)
  (SAMPLE(?sp) AS ?speaker) (SAMPLE(?spn) AS ?speakerName) (SAMPLE(?ag) AS ?agency)
  (SAMPLE(?agn) AS ?agencyName) (SAMPLE(?sc) AS ?scope) (SAMPLE(?scn) AS ?scopeName) WHERE {
  ?s a ?type . FILTER(?type != ekg:Fact) BIND(REPLACE(STR(?type), "^.*[#/]", "") AS ?typeName)
  OPTIONAL { ?s ekg:measureLabel ?l } OPTIONAL { ?s ekg:value ?v } OPTIONAL { ?s ekg:unit ?u }
  OPTIONAL { ?s ekg:qualifier ?ql } OPTIONAL { ?s ekg:quotedText ?q } OPTIONAL { ?s ekg:targetMet ?m }
  OPTIONAL { ?s ekg:period ?per . OPTIONAL { ?per rdfs:label ?perl } }
  OPTIONAL { ?s ekg:statedBy ?sp . OPTIONAL { ?sp rdfs:label ?spn } }
  OPTIONAL { ?s ekg:reportedBy ?ag . OPTIONAL { ?ag rdfs:label ?agn } }
  OPTIONAL { ?s ekg:scope ?sc . OPTIONAL { ?sc rdfs:label ?scn } }
}"""
EVIDENCE = PREFIXES + """SELECT ?article ?title ?published ?body ?from ?to WHERE {
  ?s ekg:evidence ?e . ?e oa:hasSource ?article ; oa:hasSelector ?pos .
  ?pos a oa:TextPositionSelector ; oa:start ?from ; oa:end ?to .
  ?article schema:articleBody ?body .
  OPTIONAL { ?article schema:headline ?title } OPTIONAL { ?article schema:datePublished ?published }
} LIMIT 1"""
ARTICLE = PREFIXES + """SELECT ?title ?published ?body ?url ?publisher ?publisherName WHERE {
  ?s schema:articleBody ?body .
  OPTIONAL { ?s schema:headline ?title } OPTIONAL { ?s schema:datePublished ?published }
  OPTIONAL { ?s schema:url ?url } OPTIONAL { ?s schema:publisher ?publisher . OPTIONAL { ?publisher rdfs:label ?publisherName } }
} LIMIT 1"""
ARTICLE_FACTS = PREFIXES + """SELECT ?fact ?from ?to (GROUP_CONCAT(DISTINCT ?typeName; separator=", ") AS ?types)
  (SAMPLE(?l) AS ?label) (SAMPLE(?v) AS ?value) (SAMPLE(?u) AS ?unit) (SAMPLE(?q) AS ?quoted) WHERE {
  ?e oa:hasSource ?s ; oa:hasSelector ?pos . ?pos a oa:TextPositionSelector ; oa:start ?from ; oa:end ?to .
  ?fact ekg:evidence ?e ; a ?type . FILTER(?type != ekg:Fact) BIND(REPLACE(STR(?type), "^.*[#/]", "") AS ?typeName)
  OPTIONAL { ?fact ekg:measureLabel ?l } OPTIONAL { ?fact ekg:value ?v } OPTIONAL { ?fact ekg:unit ?u }
  OPTIONAL { ?fact ekg:quotedText ?q }
} GROUP BY ?fact ?from ?to ORDER BY ?from ?to ?fact"""
# facts tied to the resource by ?rel (bound from FACTS_BY, never from the request), by date
RELATED_FACTS = PREFIXES + """SELECT ?fact ?article ?title ?published (GROUP_CONCAT(DISTINCT ?typeName; separator=", ") AS ?types)
  (SAMPLE(?l) AS ?label) (SAMPLE(?v) AS ?value) (SAMPLE(?u) AS ?unit) (SAMPLE(?q) AS ?quoted)
  (SAMPLE(?x) AS ?exact) (SAMPLE(?perl) AS ?periodLabel) WHERE {
  ?fact ?rel ?s ; ekg:sourceArticle ?article ; a ?type . FILTER(?type != ekg:Fact)
  BIND(REPLACE(STR(?type), "^.*[#/]", "") AS ?typeName)
  OPTIONAL { ?fact ekg:measureLabel ?l } OPTIONAL { ?fact ekg:value ?v } OPTIONAL { ?fact ekg:unit ?u }
  OPTIONAL { ?fact ekg:quotedText ?q } OPTIONAL { ?fact ekg:period/rdfs:label ?perl }
  OPTIONAL { ?fact ekg:evidence/oa:hasSelector ?sel . ?sel a oa:TextQuoteSelector ; oa:exact ?x }
  OPTIONAL { ?article schema:headline ?title } OPTIONAL { ?article schema:datePublished ?published }
} GROUP BY ?fact ?article ?title ?published ORDER BY ?published ?fact LIMIT 1000"""
MEMBERSHIPS = PREFIXES + """SELECT ?role ?org ?orgName ?article WHERE {
  ?m org:member ?s . OPTIONAL { ?m ekg:roleTitle ?role }
  OPTIONAL { ?m org:organization ?org . OPTIONAL { ?org rdfs:label ?orgName } }
  OPTIONAL { ?m ekg:sourceArticle ?article }
} ORDER BY ?orgName ?role"""
SEARCH = PREFIXES + """SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?k) AS ?kind) WHERE {
  VALUES ?k { ekg:Person ekg:Organization ekg:Place ekg:Decree }
  ?x a ?k ; rdfs:label ?l . FILTER(CONTAINS(LCASE(STR(?l)), LCASE(STR(?q))))
} GROUP BY ?x ORDER BY ?label LIMIT 100"""


class NotFound(KGError):
    http_status = 404


def select(kg, text: str, timeout: float, **terms) -> Solutions:
    return kg.store.query(text, terms, timeout=timeout)


def rows(kg, text: str, timeout: float, **terms) -> list[dict]:
    return list(select(kg, text, timeout, **terms))


@dataclass
class Resource:
    kind: str
    iri: str

    @property
    def term(self) -> URIRef:
        return URIRef(self.iri)


def describe(kg, resource: Resource, timeout: float) -> Graph:
    return kg.store.query(DESCRIBE, {"s": resource.term}, timeout=timeout)


def gather(kg, resource: Resource, timeout: float, base: str) -> dict:
    """Everything the HTML page of `resource` shows."""
    s = resource.term
    first = rows(kg, LABEL, timeout, s=s)
    context = {"resource": resource, "base": base, "label": str(first[0]["label"]) if first else None,
               "properties": rows(kg, PROPERTIES, timeout, s=s), "incoming": rows(kg, INCOMING, timeout, s=s)}
    if resource.kind == "fact":
        context.update(fact_context(kg, s, timeout, base))
    elif resource.kind == "article":
        context.update(article_context(kg, s, timeout, base))
    if resource.kind in FACTS_BY:
        from kg.rdf.vocab import EKG
        context["facts"] = rows(kg, RELATED_FACTS, timeout, s=s, rel=EKG[FACTS_BY[resource.kind]])
    if resource.kind == "person":
        context["memberships"] = rows(kg, MEMBERSHIPS, timeout, s=s)
    return context


def fact_context(kg, s: URIRef, timeout: float, base: str) -> dict:
    fact = rows(kg, FACT, timeout, s=s)
    evidence = rows(kg, EVIDENCE, timeout, s=s)
    context = {"fact": fact[0] if fact else {}, "evidence": evidence[0] if evidence else None}
    if evidence:
        found = evidence[0]
        span = Span(int(found["from"]), int(found["to"]), None, "the evidence of this fact", current=True)
        context["text"] = highlight(str(found["body"]), [span])
    return context


def article_context(kg, s: URIRef, timeout: float, base: str) -> dict:
    article = rows(kg, ARTICLE, timeout, s=s)
    facts = rows(kg, ARTICLE_FACTS, timeout, s=s)
    spans = [Span(int(f["from"]), int(f["to"]), local_path(str(f["fact"]), base) or str(f["fact"]),
                  fact_title(f)) for f in facts]
    context = {"article": article[0] if article else {}, "article_facts": facts}
    if article:
        context["text"] = highlight(str(article[0]["body"]), spans)
    return context


def fact_title(row: dict) -> str:
    what = row.get("label") or row.get("quoted") or ""
    amount = f" {row['value']} {row['unit'] or ''}".rstrip() if row.get("value") is not None else ""
    return f"{row['types']}: {what}{amount}".strip()


async def resource_page(request: Request) -> Response:
    web = request.app.state.web
    kind, rest = request.path_params["kind"], request.path_params["rest"]
    if kind not in KINDS or not rest:
        raise NotFound(f"no page at {request.url.path}")
    kg = web.source.current()
    resource = Resource(kind, kg.settings.base + kind + "/" + rest)
    fmt = negotiate.choose(OFFERED, request.headers.get("accept"), request.query_params.get("format"))
    timeout = web.limits.timeout
    known = await run_in_threadpool(web.limits.run, lambda: kg.store.query(EXISTS, {"s": resource.term}, timeout=timeout))
    if not known:
        raise NotFound(f"nothing is known about {resource.iri}")
    headers = {"Vary": "Accept", "Link": f'<{resource.iri}>; rel="canonical"'}
    if fmt != "html":
        graph = await run_in_threadpool(web.limits.run, lambda: describe(kg, resource, timeout))
        return Response(serialize_graph(graph, fmt), media_type=negotiate.CONTENT_TYPES[fmt], headers=headers)
    context = await run_in_threadpool(web.limits.run, lambda: gather(kg, resource, timeout, kg.settings.base))
    response = page(f"{kind if kind in ('fact', 'article', 'person') else 'resource'}.html", **context)
    response.headers["Link"] = headers["Link"]
    return response


async def search(request: Request) -> Response:
    """People, organisations, places and decrees whose name contains ?q (case-insensitive)."""
    from rdflib import Literal
    web = request.app.state.web
    text = request.query_params.get("q", "").strip()
    kg = web.source.current()
    found = []
    if text:
        found = await run_in_threadpool(web.limits.run, lambda: rows(kg, SEARCH, web.limits.timeout, q=Literal(text)))
    return page("search.html", q=text, found=found, base=kg.settings.base)
