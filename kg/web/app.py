"""The web shell: an ASGI application (Starlette) over one KG, as thin as the command line.
It parses requests, calls the library (kg.api.KG, the store's neutral results, the W3C
serialisers of kg.query.results) and formats answers; the project's typed errors become one
line of text and an HTTP status."""
from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.errors import KGError
from kg.web import pages, sparql, templates_api, ui
from kg.web.limits import Limits

STATIC = Path(__file__).resolve().parent / "static"
# the HTTP status of each error class the library raises (kg.errors has none yet); a class
# with an `http_status` attribute says its own
STATUS_BY_NAME = {"RefusedQuery": 403, "QuerySyntaxError": 400, "QueryParameterError": 400,
                  "TemplateNotFound": 404, "NotAcceptable": 406, "QueryTimeout": 503,
                  "StoreError": 500, "UnsupportedGraphSelection": 400}


@dataclass
class Web:
    """What every request handler reaches through `request.app.state.web`."""
    source: object          # kg.web.source.Fixed or Snapshots: .current() is the KG to query
    limits: Limits
    refresh: float = 0.0    # seconds between checks for a changed store (0: never)


def status_of(exc: KGError) -> int:
    explicit = getattr(exc, "http_status", None)
    if explicit:
        return explicit
    for cls in type(exc).__mro__:
        if cls.__name__ in STATUS_BY_NAME:
            return STATUS_BY_NAME[cls.__name__]
    return 400


async def kg_error(request: Request, exc: KGError) -> Response:
    """One line of text, as the CLI prints it, with the status its class maps to."""
    status = status_of(exc)
    headers = {"Retry-After": "5"} if status == 503 else None
    return PlainTextResponse(f"error: {exc}\n", status_code=status, headers=headers)


async def http_error(request: Request, exc: HTTPException) -> Response:
    return PlainTextResponse(f"error: {exc.detail}\n", status_code=exc.status_code, headers=exc.headers)


async def refresh_loop(web: Web) -> None:
    """Take a fresh snapshot of the store when it changed, every `web.refresh` seconds."""
    from starlette.concurrency import run_in_threadpool
    while True:
        await asyncio.sleep(web.refresh)
        try:
            await run_in_threadpool(web.source.refresh)
        except Exception as exc:  # noqa: BLE001 - a failed snapshot keeps the previous one serving
            print(f"kg serve: keeping the previous snapshot ({type(exc).__name__}: {exc})", flush=True)


def lifespan_for(web: Web):
    @contextlib.asynccontextmanager
    async def lifespan(app):
        task = asyncio.create_task(refresh_loop(web)) if web.refresh > 0 else None
        try:
            yield
        finally:
            if task is not None:
                task.cancel()
    return lifespan


def routes() -> list:
    return [
        Route("/", ui.home),
        Route("/query", ui.query_page),
        Route("/search", pages.search),
        Route("/sparql", sparql.endpoint, methods=["GET", "POST"]),
        Route("/api", lambda request: RedirectResponse("/api/openapi.json", status_code=303)),
        Route("/api/openapi.json", templates_api.openapi),
        Route("/api/{name}", templates_api.run_template),
        Route("/api/{name}/chart.svg", templates_api.chart),
        Mount("/static", StaticFiles(directory=str(STATIC)), name="static"),
        Route("/{kind}/{rest:path}", pages.resource_page),
    ]


def create_app(source, limits: Limits | None = None, refresh: float = 0.0,
               cors_origins: tuple[str, ...] = ("*",)) -> Starlette:
    """The application over `source` (see kg.web.source)."""
    web = Web(source, limits or Limits(timeout=source.current().settings.query_timeout), refresh)
    middleware = [Middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                             allow_headers=["Accept", "Content-Type"], max_age=600)]
    app = Starlette(routes=routes(), middleware=middleware, lifespan=lifespan_for(web),
                    exception_handlers={KGError: kg_error, HTTPException: http_error})
    app.state.web = web
    return app
