"""The README tells the truth and renders: its tables are tables under a CommonMark renderer
with the GFM table extension (what code hosts use), its code blocks are closed, its command
table names only commands, options and formats that exist (and every command there is), and
every `$ kg ...` example runs on the bundled corpus in a fresh folder and prints output of the
shape shown (headers, columns, summary rows, first line; numbers may differ).

The examples run once, in README order (the first is `kg build`), in a temporary folder that
holds links to the checkout's corpus/ and tests/, so relative paths work as shown and the
files the examples write land there."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import click
import pytest
from markdown_it import MarkdownIt

from kg.cli.main import cli

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
TEXT = README.read_text(encoding="utf-8")
BOX = "│┃"


def tokens():
    return MarkdownIt("commonmark").enable("table").parse(TEXT)


@dataclass
class Example:
    command: str
    shown: list[str]       # the output lines shown under the command

    @property
    def omits(self) -> bool:
        return "..." in self.shown

    @property
    def lines(self) -> list[str]:
        return [line for line in self.shown if line != "..."]


def examples() -> list[Example]:
    """Every ```console block that starts with `$ kg`: its command and the output shown."""
    found = []
    for token in tokens():
        if token.type != "fence":
            continue
        lines = token.content.rstrip("\n").split("\n")
        if lines and lines[0].startswith("$ kg "):
            found.append(Example(lines[0][2:], lines[1:]))
    return found


EXAMPLES = examples()


# --- rendering ------------------------------------------------------------------------------

def source_table_blocks() -> int:
    """Runs of consecutive lines starting with '|' outside code fences: what a writer meant
    as tables."""
    blocks, in_fence, previous = 0, False, False
    for line in TEXT.split("\n"):
        if line.startswith("```"):
            in_fence = not in_fence
        row = not in_fence and line.startswith("|")
        blocks += row and not previous
        previous = row
    return blocks


def test_every_table_renders_as_a_table():
    rendered = [t for t in tokens() if t.type == "table_open"]
    assert source_table_blocks() >= 2
    assert len(rendered) == source_table_blocks()


def test_no_paragraph_is_made_of_table_rows():
    stray = [t.content for t in tokens() if t.type == "inline" and
             any(line.startswith("|") for line in t.content.split("\n"))]
    assert stray == []


def test_every_code_block_is_closed():
    lines = TEXT.split("\n")
    for token in tokens():
        if token.type == "fence":
            last = lines[token.map[1] - 1]
            assert last.startswith("```"), f"code block opened on line {token.map[0] + 1} is not closed"


def test_headline_commands_are_kept_and_ci_runs_the_test_command():
    assert "    pip install . && kg build\n" in TEXT
    assert '    pip install ".[test]" && python -m pytest -q\n' in TEXT
    assert "python -m pytest -q" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_local_links_point_at_files_that_exist():
    targets = re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", TEXT)
    assert targets
    missing = [t for t in targets if not (ROOT / t).exists()]
    assert missing == []


# --- the command table ----------------------------------------------------------------------

def command_table_cells() -> list[str]:
    """The first cell (a code span) of each row of the table under '## Commands'."""
    toks = tokens()
    start = next(i for i, t in enumerate(toks) if t.type == "inline" and t.content == "Commands")
    end = next(i for i in range(start, len(toks)) if toks[i].type == "table_close")
    cells, in_body, first = [], False, False
    for token in toks[start:end]:
        if token.type == "tbody_open":
            in_body = True
        elif token.type == "tr_open":
            first = True
        elif token.type == "inline" and in_body and first:
            cells.append(token.children[0].content)
            first = False
    return cells


def resolve(words: list[str]) -> tuple[click.Command, list[str]]:
    """The command a table row names (the root, a verb, or a verb's subcommand) and the
    words after it."""
    assert words[0] == "kg"
    command, rest = cli, words[1:]
    while len(rest) > 1 and rest[0].startswith("-") and rest[1] in cli.commands:
        rest = rest[1:]    # a global option before the verb, as in `kg --quiet ingest`
    while isinstance(command, click.Group) and rest and rest[0] in command.commands:
        command, rest = command.commands[rest[0]], rest[1:]
    return command, rest


def option(command: click.Command, name: str) -> click.Option | None:
    for param in command.params:
        if isinstance(param, click.Option) and name in param.opts:
            return param
    return None


@pytest.mark.parametrize("cell", command_table_cells())
def test_command_table_row_names_real_options_and_every_format(cell):
    command, rest = resolve(cell.split())
    for i, word in enumerate(rest):
        if not word.startswith("--"):
            continue
        if command is cli and word == "--version":
            continue
        param = option(command, word)
        assert param is not None, f"{cell}: {command.name} has no option {word}"
        following = rest[i + 1] if i + 1 < len(rest) else ""
        if isinstance(param.type, click.Choice) and "|" in following:
            assert set(following.split("|")) == set(param.type.choices), f"{cell}: {word} choices"


def test_command_table_lists_every_command():
    named = {resolve(cell.split())[0] for cell in command_table_cells()}
    for verb, command in cli.commands.items():
        leaves = command.commands.values() if isinstance(command, click.Group) else [command]
        for leaf in leaves:
            assert leaf in named, f"`kg {verb} {leaf.name}` is missing from the README's command table"


def test_every_command_has_a_runnable_example():
    shown = {resolve(example.command.split("|")[0].split())[0] for example in EXAMPLES}
    for verb, command in cli.commands.items():
        covered = command in shown or any(c in shown for c in getattr(command, "commands", {}).values())
        assert covered, f"the README has no `$ kg {verb}` example"


# --- running the examples -------------------------------------------------------------------

@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def run_shell(command: str, cwd: Path) -> Run:
    done = subprocess.run(["bash", "-c", command], cwd=cwd, env=environment(), capture_output=True,
                          text=True, timeout=600)
    return Run(done.returncode, done.stdout, done.stderr)


def run_server(command: str, cwd: Path) -> Run:
    """`kg serve` on a free port until it prints its URL; the URL must answer, then Ctrl-C."""
    command = re.sub(r"--port \d+", "--port 0", command)
    process = subprocess.Popen(["bash", "-c", f"exec {command}"], cwd=cwd, env=environment(),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    opened = threading.Event()

    def read():
        for line in process.stdout:
            lines.append(line)
            if line.startswith("open "):
                opened.set()
        opened.set()  # the server ended: stop waiting and report why
    threading.Thread(target=read, daemon=True).start()
    try:
        opened.wait(120)
        if not any(line.startswith("open ") for line in lines):
            ended = process.poll() is not None
            why = process.stderr.read()[-2000:] if ended else "(still running after 120 s)"
            raise AssertionError(f"kg serve printed no URL: {lines}; stderr: {why}")
        url = lines[-1].split()[1]
        with urllib.request.urlopen(url, timeout=60) as response:
            assert response.status == 200
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return Run(0, "".join(lines), process.stderr.read())


@pytest.fixture(scope="module")
def ran(tmp_path_factory) -> dict[str, Run]:
    workspace = tmp_path_factory.mktemp("readme")
    for folder in ("corpus", "tests"):
        (workspace / folder).symlink_to(ROOT / folder)
    results = {}
    for example in EXAMPLES:
        runner = run_server if example.command.startswith("kg serve") else run_shell
        results[example.command] = runner(example.command, workspace)
    results["python"] = run_shell(f"python - <<'EOF'\n{python_example()}\nEOF", workspace)
    return results


def python_example() -> str:
    blocks = [t.content for t in tokens() if t.type == "fence" and t.info.strip() == "python"]
    assert len(blocks) == 1
    return blocks[0]


def masked(line: str) -> str:
    """A line with numbers masked and runs of spaces and box drawing collapsed."""
    line = re.sub(r"\d+(?:[.,]\d+)*", "#", line)
    return " ".join(re.sub(r"[│┃┌┐└┘├┤┬┴┼─━┏┓┗┛┡┩╇┳]", " ", line).split())


def summary_labels(lines: list[str], separator: str) -> set[str]:
    """The row labels of a two-column summary; the per-kind fact counts stand for one row
    'facts: *', since which kinds a corpus yields is data, not shape."""
    labels = set()
    for line in lines:
        if separator not in line:
            continue
        label = line.split("\t")[0] if separator == "\t" else line.strip().strip("│").split("│")[0]
        label = label.strip()
        labels.add("facts: *" if label.startswith("facts:") else label)
    return labels - {""}


def kind_of(example: Example) -> str:
    if example.lines and example.lines[0].startswith("{"):
        return "jsonl"
    if "--format csv" in example.command:
        return "csv"
    if "--format tsv" in example.command:
        return "tsv"
    if any(ch in line for line in example.lines for ch in BOX):
        return "box"
    if "--quiet" in example.command:
        return "keyvalue"
    return "text"


def check_shape(example: Example, actual: str) -> None:
    kind = kind_of(example)
    out = actual.rstrip("\n").split("\n")
    if kind == "csv":
        rows = list(csv.reader(io.StringIO(actual)))
        assert rows[0] == next(csv.reader([example.lines[0]]))
        assert len(rows) >= len(example.lines)
        assert {len(row) for row in rows} == {len(rows[0])}
    elif kind == "tsv":
        rows = [line.split("\t") for line in out]
        assert rows[0] == example.lines[0].split("\t")
        assert len(rows) >= len(example.lines)
        assert {len(row) for row in rows} == {len(rows[0])}
    elif kind == "jsonl":
        records = [json.loads(line) for line in out]
        shown_keys = re.findall(r'"(\w+)": ', example.lines[0])
        assert list(records[0])[0] == shown_keys[0]
        assert set(records[0]) <= set(shown_keys)
    elif kind == "box":
        assert masked(out[0]) == masked(example.lines[0])     # the title
        if any("┃" in line for line in example.lines):
            header = next(line for line in out if "┃" in line)
            assert masked(header) == masked(next(line for line in example.lines if "┃" in line))
        else:
            assert summary_labels(out, "│") == summary_labels(example.lines, "│")
    elif kind == "keyvalue":
        assert summary_labels(out, "\t") == summary_labels(example.lines, "\t")
    else:
        assert masked(out[0]) == masked(example.lines[0])
        assert len(out) >= len(example.lines) if example.omits else len(out) == len(example.lines)


@pytest.mark.slow
@pytest.mark.parametrize("example", EXAMPLES, ids=[e.command[:60] for e in EXAMPLES])
def test_readme_example_runs_as_shown(example, ran):
    result = ran[example.command]
    if example.command.startswith("kg reason") and shutil.which("java") is None:
        # The README says reason needs Java; without it the error must say so.
        assert result.returncode != 0 and "java" in result.stderr
        return
    assert result.returncode == 0, result.stderr
    check_shape(example, result.stdout)


@pytest.mark.slow
def test_readme_python_example_runs(ran):
    result = ran["python"]
    assert result.returncode == 0, result.stderr
    count, columns = result.stdout.split(" ", 1)
    assert int(count) > 0 and "speakerName" in columns


def test_version_prints_the_package_version(runner):
    from importlib.metadata import version
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"kg {version('kg-ekspor')}\n"


def test_quiet_and_verbose_together_are_refused(runner):
    result = runner.invoke(cli, ["--quiet", "--verbose", "query", "--list"])
    assert result.exit_code == 2
    assert "contradict" in result.output
