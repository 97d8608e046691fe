"""`kg ontology-docs`: the ontology's HTML page, generated from the Turtle. (`kg docs`, in
catalogue.py, writes the command and query references; this page is its own command so
that the two never shadow each other.)"""
from __future__ import annotations

import sys
from pathlib import Path

import click


def default_out() -> Path:
    from kg.docs.catalogue import default_docs_dir
    return default_docs_dir() / "ontology.html"


@click.command("ontology-docs")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Where to write the page (default: docs/ontology.html of the checkout; '-' for stdout).")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if the page is missing or out of date.")
def ontology_docs(out, check):
    """Write the ontology's documentation as HTML: every class and property with its
    Indonesian and English label and comment, its alignment to the standard vocabularies,
    and the SHACL constraints the data is held to.

    \b
    Example:
      kg ontology-docs
      kg ontology-docs --check
    """
    from kg.docs.ontology import render_html, write_html
    if out == "-":
        click.echo(render_html(), nl=False)
        return
    path = Path(out) if out else default_out()
    if check:
        current = path.is_file() and path.read_text(encoding="utf-8") == render_html()
        if not current:
            click.echo(f"out of date: {path} (run `kg ontology-docs`)", err=True)
        sys.exit(0 if current else 1)
    click.echo(f"wrote {write_html(path)}", err=True)


COMMANDS = [ontology_docs]
