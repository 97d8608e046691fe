"""The SPARQL 1.1 Protocol at /sparql (https://www.w3.org/TR/sparql11-protocol/): a query by
GET, by POST as a form or as an `application/sparql-query` body; the answer in the format the
client negotiates; a service description when there is no query. Read-only: updates are
refused with 403, and so are SERVICE and LOAD, before anything is evaluated."""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response

from kg.errors import KGError
from kg.query.results import GRAPH_FORMATS, serialize
from kg.rdf.vocab import DCTERMS, FORMATS, RDF, SD
from kg.web import negotiate
from kg.web.limits import Limits

OFFERED = {"SELECT": ("json", "xml", "csv", "tsv"), "ASK": ("json", "xml"),
           "CONSTRUCT": ("turtle", "ntriples", "jsonld", "rdfxml"),
           "DESCRIBE": ("turtle", "ntriples", "jsonld", "rdfxml")}
# what clients put in ?format= / ?output= for a graph answer (SPARQLWrapper says xml, n3, json)
GRAPH_ALIASES = {"xml": "rdfxml", "rdf": "rdfxml", "rdf+xml": "rdfxml", "n3": "turtle", "json": "jsonld"}
FORM_ENCODED = "application/x-www-form-urlencoded"


class Refused(KGError):
    """An update sent to this read-only endpoint (HTTP 403)."""

    http_status = 403


class UnsupportedMediaType(KGError):
    http_status = 415


@dataclass
class ProtocolRequest:
    query: str | None = None
    update: str | None = None
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    format: list[str] = field(default_factory=list)
    timeout: str | None = None


async def read_request(request: Request) -> ProtocolRequest:
    """The protocol's operation and parameters, from the URL and, for POST, the body."""
    params = request.query_params
    found = ProtocolRequest(params.get("query"), params.get("update"), params.getlist("default-graph-uri"),
                            params.getlist("named-graph-uri"), params.getlist("format") + params.getlist("output"),
                            params.get("timeout"))
    if request.method != "POST":
        return found
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == FORM_ENCODED:
        form = QueryParams((await request.body()).decode("utf-8", errors="replace"))
        found.query = form.get("query", found.query)
        found.update = form.get("update", found.update)
        found.default_graphs += form.getlist("default-graph-uri")
        found.named_graphs += form.getlist("named-graph-uri")
        found.format = form.getlist("format") + form.getlist("output") + found.format
        found.timeout = form.get("timeout", found.timeout)
    elif media == "application/sparql-query":
        found.query = (await request.body()).decode("utf-8", errors="replace")
    elif media == "application/sparql-update":
        found.update = (await request.body()).decode("utf-8", errors="replace")
    else:
        raise UnsupportedMediaType(f"POST a form (query=...) or an application/sparql-query body, not {media or 'nothing'}")
    return found


def requested_format(form: str, requested: list[str]) -> list[str]:
    """The ?format= values, with the names clients use for a graph answer made ours."""
    if form in ("CONSTRUCT", "DESCRIBE"):
        return [GRAPH_ALIASES.get(value.lower(), value) for value in requested]
    return requested


async def endpoint(request: Request) -> Response:
    """GET or POST /sparql."""
    web = request.app.state.web
    asked = await read_request(request)
    if asked.update is not None:
        raise Refused("this endpoint is read-only: updates (INSERT, DELETE, LOAD, CLEAR ...) are refused")
    if asked.query is None:
        return await describe_service(request)
    from kg.query.sparql import check
    checked = await run_in_threadpool(check, asked.query)  # refuses updates, LOAD and SERVICE
    accept = request.headers.get("accept")
    fmt = negotiate.choose(OFFERED[checked.form], accept, requested_format(checked.form, asked.format)) if checked.form else None
    limits: Limits = web.limits
    timeout = limits.timeout_for(asked.timeout)
    result = await run_in_threadpool(limits.run, lambda: run_query(web.source.current(), asked, timeout))
    form = checked.form or form_name(result)
    fmt = fmt or negotiate.choose(OFFERED[form], accept, requested_format(form, asked.format))
    return Response(serialize(result, fmt), media_type=negotiate.CONTENT_TYPES[fmt], headers={"Vary": "Accept"})


def run_query(kg, asked: ProtocolRequest, timeout: float):
    if asked.default_graphs or asked.named_graphs:
        from kg.web.dataset import query_over
        return query_over(kg, asked.query, asked.default_graphs, asked.named_graphs, timeout)
    return kg.sparql(asked.query, timeout=timeout)


def form_name(result) -> str:
    from kg.query.results import form_of
    return form_of(result)


# --- the service description -------------------------------------------------------------------

RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "JSON-LD", "RDF_XML")


def service_description(url: str, limits: Limits) -> Graph:
    """What the endpoint does, in the W3C service description vocabulary."""
    graph = Graph()
    graph.bind("sd", SD)
    service, dataset, default = URIRef(url), BNode(), BNode()
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in RESULT_FORMATS:
        graph.add((service, SD.resultFormat, FORMATS[name]))
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    graph.add((service, DCTERMS.description, Literal(
        f"Read-only SPARQL 1.1 endpoint over the union of all graphs. Updates, LOAD and SERVICE are "
        f"refused; each query may run {limits.timeout:g} s and return {limits.max_results} results at most.")))
    return graph


async def describe_service(request: Request) -> Response:
    offered = ("turtle", "ntriples", "jsonld", "rdfxml", "html")
    fmt = negotiate.choose(offered, request.headers.get("accept"), request.query_params.get("format"))
    if fmt == "html":
        from kg.web.ui import query_page
        return await query_page(request)
    url = str(request.url.replace(query=""))
    graph = service_description(url, request.app.state.web.limits)
    body = graph.serialize(format=GRAPH_FORMATS[fmt], **({"auto_compact": True} if fmt == "jsonld" else {}))
    return Response(body, media_type=negotiate.CONTENT_TYPES[fmt], headers={"Vary": "Accept"})
