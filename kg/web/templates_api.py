"""The query templates as an API: /api/<template> with the parameters of its `#+` header,
bound as RDF terms exactly as `kg query` binds them (KG.run_template); results as SPARQL JSON
(what `kg query --format json` prints), CSV, TSV, XML or an HTML table with the template's form;
/api/openapi.json generated from the same headers; a chart for templates whose header names one
(`#+ chart: timeline`)."""
from __future__ import annotations

import tempfile
from urllib.parse import urlencode
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from kg.errors import QueryParameterError
from kg.query.results import serialize
from kg.query.templates import Template, get_template, header_of, templates
from kg.web import negotiate
from kg.web.render import SECURITY_HEADERS, page

OFFERED = ("json", "csv", "tsv", "xml", "html")
RESERVED = ("format",)  # request parameters that are not template parameters
SCHEMAS = {
    "iri": {"type": "string", "format": "uri"}, "string": {"type": "string"},
    "integer": {"type": "integer"}, "decimal": {"type": "string", "pattern": r"^[+-]?\d+([.,]\d+)?$"},
    "date": {"type": "string", "format": "date"}, "year": {"type": "integer", "minimum": 1900, "maximum": 2200},
    "boolean": {"type": "boolean"},
}


def chart_of(template: Template) -> str | None:
    """The chart the template's header names (`#+ chart: timeline`), if any."""
    chart = header_of(template.path.read_text(encoding="utf-8")).get("chart")
    return str(chart) if chart else None


def template_values(request: Request) -> dict[str, str]:
    """The template parameters of a request; empty form fields count as not given."""
    return {k: v for k, v in request.query_params.items() if k not in RESERVED and v != ""}


async def run_template(request: Request) -> Response:
    web = request.app.state.web
    template = get_template(request.path_params["name"])
    fmt = negotiate.choose(OFFERED, request.headers.get("accept"), request.query_params.get("format"))
    values = template_values(request)
    if fmt == "html":
        return await template_page(request, template, values)
    kg = web.source.current()
    result = await run_in_threadpool(web.limits.run, lambda: kg.run_template(template.name, values, default_page=True))
    return Response(serialize(result, fmt), media_type=negotiate.CONTENT_TYPES[fmt],
                    headers={"Vary": "Accept", **next_page_link(request, template, values, result)})


def next_page_link(request: Request, template: Template, values: dict[str, str], result) -> dict[str, str]:
    """A `Link: <...>; rel="next"` header (RFC 8288) when a paged template's page is full
    and more rows follow: the same request with the next offset."""
    if not result.more:
        return {}
    following = template.next_page(values)
    query = {**request.query_params, "limit": str(following.limit), "offset": str(following.offset)}
    return {"Link": f'<{request.url.replace(query=urlencode(query))}>; rel="next"'}


async def template_page(request: Request, template: Template, values: dict[str, str]) -> Response:
    """The template's form, and its results when the form was submitted."""
    web = request.app.state.web
    kg = web.source.current()
    context = {"template": template, "values": values, "base": kg.settings.base, "chart": chart_of(template),
               "rows": None, "error": None, "params_query": urlencode(values), "next_query": None}
    submitted = bool(values) or not any(p.required for p in template.params)
    status = 200
    if submitted:
        try:
            result = await run_in_threadpool(web.limits.run, lambda: kg.run_template(template.name, values, default_page=True))
            context["rows"] = result
            if result.more:
                following = template.next_page(values)
                context["next_query"] = urlencode({**values, "limit": following.limit, "offset": following.offset})
        except QueryParameterError as exc:
            context["error"], status = str(exc), 400
    return page("template.html", status=status, **context)


async def chart(request: Request) -> Response:
    """/api/<template>/chart.svg: the template's chart drawn by kg.outputs.charts (SVG)."""
    web = request.app.state.web
    template = get_template(request.path_params["name"])
    name = chart_of(template)
    if name is None:
        raise QueryParameterError(f"template {template.name!r} has no chart")
    kg = web.source.current()
    values = template_values(request)
    template.bindings(values)  # a malformed parameter is a 400 before anything is drawn
    svg = await run_in_threadpool(web.limits.run, lambda: draw(kg, name, values))
    return Response(svg, media_type="image/svg+xml", headers=SECURITY_HEADERS)


def draw(kg, name: str, values: dict[str, str]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="kg-chart-") as folder:
        out = Path(folder) / "chart.svg"
        kg.chart(name, out, **values)
        return out.read_bytes()


# --- OpenAPI ------------------------------------------------------------------------------------

def parameter_schema(param) -> dict:
    schema = dict(SCHEMAS[param.type])
    if param.default is not None:
        schema["default"] = param.default
    found = {"name": param.name, "in": "query", "required": bool(param.required),
             "description": param.description or param.type, "schema": schema}
    if param.example is not None:
        found["example"] = param.example
    return found


def paging_schema(template: Template) -> list[dict]:
    """limit and offset of a paged template (decision 0017)."""
    if not template.page_size:
        return []
    return [{"name": "limit", "in": "query", "required": False,
             "description": f"Rows per page (default {template.page_size}); 'all' for every row",
             "schema": {"oneOf": [{"type": "integer", "minimum": 1}, {"type": "string", "enum": ["all"]}],
                        "default": template.page_size}},
            {"name": "offset", "in": "query", "required": False,
             "description": "Rows of the ordered answer to skip (a Link header with rel=\"next\" gives the next page)",
             "schema": {"type": "integer", "minimum": 0, "default": 0}}]


def operation(template: Template) -> dict:
    responses = {
        "200": {"description": f"Columns: {', '.join(template.columns)}",
                "content": {negotiate.CONTENT_TYPES[f].split(";")[0]: {} for f in OFFERED}},
        "400": {"description": "A parameter is missing or malformed (one line of text)"},
        "503": {"description": "The query ran past the server's time limit"},
    }
    params = [parameter_schema(p) for p in template.params] + paging_schema(template)
    params.append({"name": "format", "in": "query", "required": False,
                   "description": "Result format, instead of the Accept header",
                   "schema": {"type": "string", "enum": list(OFFERED)}})
    return {"get": {"operationId": template.name.replace("-", "_"), "summary": template.summary,
                    "description": template.description, "tags": ["templates"],
                    "parameters": params, "responses": responses}}


def openapi_document(server_url: str) -> dict:
    """OpenAPI 3.1 for every template, from their headers (as grlc does from .rq files)."""
    paths = {f"/api/{name}": operation(t) for name, t in templates().items()}
    paths["/sparql"] = {"get": {"operationId": "sparql", "summary": "SPARQL 1.1 Protocol query (read-only)",
                                "tags": ["sparql"],
                                "parameters": [{"name": "query", "in": "query", "required": True,
                                                "schema": {"type": "string"}}],
                                "responses": {"200": {"description": "The results, by content negotiation"}}}}
    return {"openapi": "3.1.0",
            "info": {"title": "Ekspor KG query templates", "version": "1",
                     "description": "Each template of queries/ as an operation; parameters are bound as RDF terms."},
            "servers": [{"url": server_url}], "paths": paths}


async def openapi(request: Request) -> Response:
    return JSONResponse(openapi_document(str(request.base_url).rstrip("/")))
