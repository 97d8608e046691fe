"""The pages for people: the home page (search, templates), the query page (a SPARQL editor
with example queries drawn from the templates, results as a table), and the search results.
The editor is our own small script (static/editor.js): no CDN, no third-party code."""
from __future__ import annotations

import json

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from kg.query.templates import Template, templates
from kg.store.base import with_values
from kg.web.render import page


def example_query(template: Template) -> str:
    """The template's SPARQL with the examples of its required parameters bound as terms
    (written by rdflib's N-Triples writer into a VALUES block, as the stores bind them), so the
    example runs as it stands."""
    examples = {p.name: str(p.example) for p in template.params if p.required and p.example is not None}
    terms = template.bindings(examples)
    body = "\n".join(line for line in template.sparql.splitlines() if not line.startswith("#+"))
    return with_values(body.strip() + "\n", terms, lambda term: term.n3())


def examples() -> list[dict]:
    return [{"name": t.name, "summary": t.summary, "query": example_query(t)} for t in templates().values()]


async def home(request: Request) -> Response:
    web = request.app.state.web
    kg = web.source.current()
    articles = await run_in_threadpool(web.limits.run, lambda: len(kg.store.article_graphs()))
    return page("home.html", templates=list(templates().values()), articles=articles,
                source=web.source.description, base=kg.settings.base)


async def query_page(request: Request) -> Response:
    web = request.app.state.web
    return page("query.html", examples_json=json.dumps(examples(), ensure_ascii=False),
                limits=web.limits, base=web.source.current().settings.base,
                initial=request.query_params.get("query", ""))
