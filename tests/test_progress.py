"""Progress on long commands: drawn on a terminal, silent under --quiet and when stderr is a
pipe or a file, and never mixed into the output the commands print."""
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import progress
from kg.cli.main import cli

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture
def six_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(ARTICLES.glob("*.txt"))[:6]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
def terminal(monkeypatch):
    """stderr's console as if it were a terminal, writing into a buffer the test reads."""
    buffer = io.StringIO()
    monkeypatch.setattr(progress.err, "file", buffer)
    monkeypatch.setattr(progress.err, "_force_terminal", True)
    monkeypatch.setattr(progress.err, "is_interactive", True)
    monkeypatch.setattr(progress.err, "quiet", False)
    return buffer


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_ingest_draws_a_bar_on_a_terminal(terminal, six_articles, tmp_path):
    result = run("--store", str(tmp_path / "s"), "ingest", str(six_articles))
    assert result.exit_code == 0, result.output
    drawn = terminal.getvalue()
    assert "ingesting" in drawn and "6/6" in drawn


def test_quiet_draws_nothing(terminal, six_articles, tmp_path):
    result = run("--quiet", "--store", str(tmp_path / "s"), "ingest", str(six_articles))
    assert result.exit_code == 0, result.output
    assert terminal.getvalue() == ""


def test_extract_draws_a_bar_and_prints_every_record(terminal, six_articles):
    result = run("extract", str(six_articles))
    assert result.exit_code == 0, result.output
    assert "extracting" in terminal.getvalue()
    records = [json.loads(line) for line in result.output.splitlines()]
    assert len(records) == 6 and all(r["facts"] for r in records)


def test_extract_reports_a_missing_path_and_goes_on(terminal, six_articles, tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "absent.txt"), str(six_articles)])
    assert result.exit_code == 1
    assert "absent.txt" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 7 and records[0]["error"] and all(r["facts"] for r in records[1:])


def test_a_few_articles_get_no_bar(terminal, tmp_path):
    single = sorted(ARTICLES.glob("*.txt"))[0]
    assert run("extract", str(single)).exit_code == 0
    assert "extracting" not in terminal.getvalue()


def test_validate_shows_a_spinner_while_it_works(terminal, seeds_store):
    result = run("--store", str(seeds_store), "validate")
    assert "validating the store" in terminal.getvalue()
    assert "validating" not in result.output


def test_nothing_is_drawn_when_stderr_is_a_pipe(six_articles, tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "--store", str(tmp_path / "s"), "ingest", str(six_articles)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "ingesting" not in done.stderr and "\x1b[" not in done.stderr
