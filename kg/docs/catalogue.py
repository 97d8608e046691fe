"""Documentation that cannot drift: the command-line reference (docs/cli.md) is generated from
the click commands' own --help, the template catalogue (docs/queries.md) from the `#+`
headers of queries/*.rq, and the ontology page (docs/ontology.html) from the Turtle. `kg docs`
writes all three; `kg docs --check` (and a test) fails when the committed files differ from
what the code says today. The command line is handed in by the shell (`root`): this module
sits below kg.cli and never imports it.
"""
from __future__ import annotations

from pathlib import Path

import click

WIDTH = 100  # fixed help width, so the output does not depend on the terminal


def default_docs_dir() -> Path:
    """docs/ of the source checkout (next to kg/), else ./docs."""
    checkout = Path(__file__).resolve().parents[2] / "docs"
    return checkout if checkout.parent.joinpath("pyproject.toml").is_file() else Path("docs")


def command_helps(command: click.Command, path: list[str], parent=None):
    """(command path, help text) for a command and, depth first, every subcommand."""
    settings = {**command.context_settings, "terminal_width": WIDTH, "max_content_width": WIDTH}
    ctx = click.Context(command, info_name=path[-1], parent=parent, **settings)
    yield path, command.get_help(ctx)
    if isinstance(command, click.Group):
        for name in sorted(command.list_commands(ctx)):
            yield from command_helps(command.get_command(ctx, name), path + [name], ctx)


def cli_markdown(root: click.Command) -> str:
    """The command-line reference: one section per command with its --help text."""
    parts = ["# Command-line reference", "",
             "Generated from the commands' `--help` by `kg docs`; do not edit by hand.", ""]
    for path, text in command_helps(root, ["kg"]):
        parts += [f"## `{' '.join(path)}`", "", "```text", text.rstrip(), "```", ""]
    return "\n".join(parts)


def param_row(param) -> str:
    cells = [f"`{param.name}`", param.type, "yes" if param.required else "",
             "" if param.default is None else f"`{param.default}`",
             "" if param.example is None else f"`{param.example}`", param.description or ""]
    return "| " + " | ".join(str(c).replace("|", "\\|").replace("\n", " ") for c in cells) + " |"


def example_command(template) -> str:
    """A runnable command line from the parameters' examples."""
    args = [f'-p {p.name}="{p.example}"' if " " in str(p.example) else f"-p {p.name}={p.example}"
            for p in template.params if p.example is not None]
    return " ".join(["kg query", template.name, *args])


def template_section(template) -> list[str]:
    """One template's entry: what it answers, its parameters, its columns, a command to try."""
    lines = [f"## `{template.name}`", "", f"**{template.summary}**", "", " ".join(template.description.split()), ""]
    if template.params:
        lines += ["| parameter | type | required | default | example | description |",
                  "|---|---|---|---|---|---|", *[param_row(p) for p in template.params], ""]
    else:
        lines += ["No parameters.", ""]
    if template.page_size:
        lines += [f"Paged: `limit` (default {template.page_size} in `kg query` and `/api`; `all` for every row) "
                  f"and `offset` (rows to skip) page the rows in their ORDER BY, which has every column "
                  f"as a key.", ""]
    lines += [f"Columns: {', '.join(f'`{c}`' for c in template.columns)}", "",
              "```sh", example_command(template), "```", ""]
    return lines


PAGING_NOTE = " ".join("""
Paging (decision 0017): a template marked *Paged* below also takes `limit` (a whole number >= 1,
or `all`) and `offset` (a whole number >= 0). `kg query` and `/api/<template>` return the first
page (`limit` = the page size) unless told otherwise, and say when more rows follow (a line on
stderr; a `Link: <...>; rel="next"` header); Python's `KG.query` returns every row unless given a
`limit`, and `rows.more` says whether more follow. The rows are in the template's ORDER BY, which
lists every column, so the pages of one store state put together are the whole answer, each row
once. A page still costs the engine the ordering of the whole answer: it saves the rows' transfer
and conversion, not their evaluation (docs/scale.md, seventh round).""".split())


def queries_markdown(found: dict | None = None) -> str:
    """The template catalogue: summary, description, parameters, columns and an example each."""
    if found is None:
        from kg.query.templates import templates
        found = templates()
    lines = ["# Query templates", "",
             "Generated from the `#+` headers of `queries/*.rq` by `kg docs`; do not edit by hand.", "",
             PAGING_NOTE, "",
             "| template | summary |", "|---|---|",
             *[f"| [`{t.name}`](#{t.name}) | {t.summary} |" for t in found.values()], ""]
    for template in found.values():
        lines += template_section(template)
    return "\n".join(lines)


def generated(root: click.Command) -> dict[str, str]:
    from kg.docs.ontology import render_html
    return {"cli.md": cli_markdown(root), "queries.md": queries_markdown(), "ontology.html": render_html()}


def stale_files(folder: Path, root: click.Command) -> list[str]:
    """The doc files in `folder` that are missing or differ from what the code generates."""
    return [name for name, text in generated(root).items()
            if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text]


def write_docs(folder: Path, root: click.Command) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in generated(root).items():
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    return written
