"""The generated docs match the code: docs/cli.md carries every command's --help and
docs/queries.md every template's header. Regenerate both with `kg docs` after changing a
command or a template (the lead regenerates them last, once all commands are in)."""
from __future__ import annotations

from pathlib import Path

import click

from kg.docs import catalogue
from kg.cli.main import cli
from kg.query.templates import templates

DOCS = Path(__file__).resolve().parent.parent / "docs"


def all_command_paths():
    return [" ".join(path) for path, _ in catalogue.command_helps(cli, ["kg"])]


def test_committed_docs_are_current():
    stale = catalogue.stale_files(DOCS, cli)
    assert not stale, f"out of date: {stale}; run `kg docs` and commit docs/"


def test_cli_reference_covers_every_command_and_option():
    """Every command (subcommands too) has a section and every long option appears."""
    text = catalogue.cli_markdown(cli)
    for path in all_command_paths():
        assert f"## `{path}`" in text
    assert "kg network" in all_command_paths() and "kg chart timeline" in all_command_paths()
    ctx = click.Context(cli)
    for name in cli.list_commands(ctx):
        for param in cli.get_command(ctx, name).params:
            for option in getattr(param, "opts", []):
                if option.startswith("--"):
                    assert option in text, f"{name} {option} is missing from the reference"


def test_catalogue_covers_every_template_and_parameter():
    text = catalogue.queries_markdown()
    for template in templates().values():
        assert f"## `{template.name}`" in text and template.summary in text
        for param in template.params:
            assert f"| `{param.name}` | {param.type} |" in text
        assert catalogue.example_command(template) in text


def test_example_commands_quote_values_with_spaces():
    command = catalogue.example_command(templates()["timeline"])
    assert command.startswith("kg query timeline -p measure=surplus") and '-p scope="Kalimantan Tengah"' in command


def test_help_does_not_depend_on_the_terminal(monkeypatch):
    first = catalogue.cli_markdown(cli)
    monkeypatch.setenv("COLUMNS", "40")
    assert catalogue.cli_markdown(cli) == first


def test_docs_check_fails_on_a_stale_file(runner, tmp_path):
    assert runner.invoke(cli, ["docs", "--out", str(tmp_path)]).exit_code == 0
    assert runner.invoke(cli, ["docs", "--out", str(tmp_path), "--check"]).exit_code == 0
    (tmp_path / "queries.md").write_text("# edited by hand\n", encoding="utf-8")
    result = runner.invoke(cli, ["docs", "--out", str(tmp_path), "--check"])
    assert result.exit_code == 1 and "queries.md" in result.output
