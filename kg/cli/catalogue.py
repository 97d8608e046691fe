"""`kg docs`: regenerate (or check) the command-line reference, the template catalogue and
the ontology page: the one command that writes docs/."""
from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command("docs")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Folder for cli.md, queries.md and ontology.html (default: docs/ of the checkout).")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a file is missing or out of date.")
@click.option("--pictures", is_flag=True,
              help="Also draw charts/*.png: each chart kind and the network, of the corpus and of a "
                   "300-article synthetic KG (needs the source checkout's bench/).")
def docs(out, check, pictures):
    """Generate docs/cli.md from the commands' --help, docs/queries.md from the query
    templates' headers and docs/ontology.html from the ontology and shapes, so the
    documentation always matches the code.

    \b
    Example:
      kg docs
      kg docs --check
    """
    from kg.docs.catalogue import default_docs_dir, stale_files, write_docs
    folder = Path(out) if out else default_docs_dir()
    root = click.get_current_context().find_root().command
    if check:
        stale = stale_files(folder, root)
        for name in stale:
            click.echo(f"out of date: {folder / name} (run `kg docs`)", err=True)
        sys.exit(1 if stale else 0)
    for path in write_docs(folder, root):
        click.echo(f"wrote {path}")
    if pictures:
        from kg.cli.pictures import make_pictures
        from kg.cli.progress import working
        with working("drawing the pictures (builds the corpus and a synthetic KG)"):
            written = make_pictures(folder / "charts", click.get_current_context().find_root().obj["settings"])
        for path in written:
            click.echo(f"wrote {path}")


COMMANDS = [docs]
