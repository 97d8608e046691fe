"""`kg serve`: the web shell (kg.web) on uvicorn."""
from __future__ import annotations

import click


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--store", "store_path", default=None, help="Store folder or URL (default: kg --store, else ./kg-data).")
@click.option("--base", default=None,
              help="Base IRI of the data, whose IRIs get pages here (default: kg --base, env KG_BASE).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Time limit of one query in seconds (default 30; env KG_QUERY_TIMEOUT).")
@click.option("--max-results", default=10_000, show_default=True, type=click.IntRange(min=1),
              help="Most rows (or triples) one answer may have.")
@click.option("--refresh", default=10.0, show_default=True, type=click.FloatRange(min=0),
              help="Seconds between checks for new data written by `kg ingest` (0: never).")
@click.option("--no-snapshot", is_flag=True,
              help="Read the store folder directly instead of a private snapshot (only when nothing writes it).")
@click.pass_context
def serve(ctx, host, port, store_path, base, timeout, max_results, refresh, no_snapshot):
    """Serve the KG on the web, read-only: the SPARQL 1.1 endpoint (/sparql), the templates
    as an API (/api/<template>, /api/openapi.json), a page for every IRI and a query UI.

    An embedded store is served from a private snapshot, so `kg ingest` can write the
    store meanwhile; new data appears within --refresh seconds of the writer committing.

    \b
    Example:
      kg serve --port 8000
      kg serve --base http://127.0.0.1:8000/ --timeout 10
    """
    from kg.web.app import create_app
    from kg.web.limits import Limits
    from kg.web.server import Server
    settings = ctx.find_root().obj["settings"]
    changes = {k: v for k, v in (("store", store_path), ("base", base), ("query_timeout", timeout)) if v is not None}
    settings = settings.with_(**changes)
    source = open_source(settings, snapshot=not no_snapshot)
    app = create_app(source, Limits(timeout=settings.query_timeout, max_results=max_results),
                     refresh=refresh if hasattr(source, "generation") else 0.0)
    server = Server(app, host, port, log_level="info")
    click.echo(f"kg serve: {source.description}, base {settings.base}")
    stop_on_terminate()
    try:
        server.start()
        click.echo(f"open {server.url} (SPARQL endpoint {server.url}sparql); Ctrl-C stops")
        server.thread.join()
    except KeyboardInterrupt:
        server.stop()
    finally:
        source.close()


def stop_on_terminate() -> None:
    """SIGTERM (systemd, docker stop, kill) stops the server as Ctrl-C does: the snapshots
    are removed and open connections closed, instead of the process dying where it stands."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, interrupt)


def open_source(settings, snapshot: bool):
    """A snapshot of an embedded store folder, else the store itself, read-only."""
    from kg import api
    from kg.store.base import target_kind
    from kg.web.source import Fixed, Snapshots
    if snapshot and target_kind(settings.store) == "folder":
        return Snapshots(settings.store, settings, grace=settings.query_timeout + 30)
    source = Fixed(api.open(read_only=True, settings=settings))
    source.description = f"{settings.store} (read directly)"
    return source


COMMANDS = [serve]
