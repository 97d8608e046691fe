"""The command line: parses input, calls the library, formats output. Nothing else."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from kg import api
from kg.settings import Settings
from kg.errors import ArticleError, KGError
from kg.pipeline import article_paths, extractor
from kg.build.records import facts_record
from kg.cli.progress import counted, err, working

console = Console(stderr=False, width=None if sys.stdout.isatty() else 200)


class KGGroup(click.Group):
    """Turns the project's typed errors into one line and their exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)


def package_version() -> str:
    """The installed distribution's version; the package's own __version__ when kg runs from
    a checkout that was never installed (so there is no distribution metadata to read)."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("kg-ekspor")
    except PackageNotFoundError:
        from kg import __version__
        return __version__


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_version(), "--version", prog_name="kg", message="%(prog)s %(version)s")
@click.option("--store", "store_path", type=click.Path(file_okay=False), default=None, envvar="KG_STORE",
              help="Store folder, or the URL of a SPARQL 1.1 server (default ./kg-data; env KG_STORE).")
@click.option("--base", default=None, envvar="KG_BASE", help="Base IRI of the data (env KG_BASE).")
@click.option("-q", "--quiet", is_flag=True,
              help="No progress bars; summaries as plain KEY<TAB>VALUE lines. Errors and warnings still print.")
@click.option("-v", "--verbose", is_flag=True, help="Also print one line per article read (status, facts, validation).")
@click.pass_context
def cli(ctx, store_path, base, quiet, verbose):
    """A knowledge graph of Indonesian economic news: figures, targets, decrees and who
    said what, with the exact sentence behind every fact.

    \b
    Example:
      kg build && kg query who-said -p person="Agus Gumiwang"
      kg --quiet ingest tests/articles
    """
    if quiet and verbose:
        raise click.UsageError("--quiet and --verbose contradict each other; give one.")
    err.quiet = quiet    # the progress bars draw on `err`: a quiet console draws nothing
    ctx.obj = {"settings": Settings.from_env(store=store_path, base=base), "quiet": quiet, "verbose": verbose}


def output_mode() -> dict:
    """The root group's --quiet/--verbose, for helpers that are not handed the context."""
    ctx = click.get_current_context(silent=True)
    obj = (ctx.find_root().obj if ctx else None) or {}
    return {"quiet": obj.get("quiet", False), "verbose": obj.get("verbose", False)}


def open_kg(ctx, read_only: bool = False) -> api.KG:
    return api.open(read_only=read_only, settings=ctx.obj["settings"])


def preparing_options(command):
    """--workers and --cluster, shared by the verbs that ingest (build, ingest)."""
    command = click.option("--cluster", metavar="ADDRESS", default=None,
                           help="Prepare articles on a Dask cluster: its scheduler (tcp://host:8786), or 'local' for "
                                "--workers processes here. Needs the cluster extra.")(command)
    return click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
                        help="Processes that read, build and validate articles; one process writes, in input order.")(command)


@cli.command()
@preparing_options
@click.pass_context
def build(ctx, workers, cluster):
    """Ingest the bundled corpus into the store and print a summary.

    Running it again changes nothing.

    \b
    Example:
      kg build
      kg --store /tmp/kg build
    """
    from kg.pipeline import corpus_paths
    from kg.resources import resource_dir
    kg = open_kg(ctx)
    with counted("building", len(corpus_paths())) as advance:
        tally = Tally.of(kg.ingest_stream([resource_dir("corpus")], workers, cluster), advance)
    print_outcomes(tally)
    print_summary(kg, tally)
    if tally.failed:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@preparing_options
@click.pass_context
def ingest(ctx, paths, workers, cluster):
    """Add article files or folders to the store (each article lands whole or not at all).

    \b
    Example:
      kg ingest tests/articles
      kg ingest news/kontan-2024-02-15.txt
      kg --store http://localhost:7878 ingest --cluster tcp://scheduler:8786 news/
    """
    kg = open_kg(ctx)
    files = article_paths(paths)
    with counted("ingesting", len(files)) as advance:
        tally = Tally.of(kg.ingest_stream(files, workers, cluster), advance)
    print_outcomes(tally)
    print_summary(kg, tally)
    if tally.failed:
        sys.exit(1)


class Tally:
    """What `kg ingest` and `kg build` report of the outcomes, gathered as they stream past:
    counts and the lines to print, never the outcomes themselves (a list of them kept a few
    KB per article for the whole run: memory that grew with the input)."""

    def __init__(self):
        self.lines: list[str] = []          # for stderr, in input order (problems; with --verbose, every article)
        self.statuses, self.kinds, self.severities = Counter(), Counter(), Counter()
        self.read = self.conform = self.with_warnings = self.refused = self.errors = 0

    @classmethod
    def of(cls, outcomes, on_done=None) -> "Tally":
        tally = cls()
        for outcome in outcomes:
            tally.add(outcome)
            if on_done:
                on_done(outcome)
        return tally

    def add(self, outcome) -> None:
        self.lines += outcome_lines(outcome, output_mode()["verbose"])
        self.read += 1
        self.statuses[outcome.status] += 1
        self.kinds.update(outcome.fact_counts)
        if outcome.status == "error" or outcome.report is None:
            self.errors += 1
            return
        severities = Counter(v.severity for v in outcome.report.violations)
        self.severities.update(severities)
        if severities["Violation"]:
            self.refused += 1
        elif severities:
            self.with_warnings += 1
        else:
            self.conform += 1

    @property
    def failed(self) -> bool:
        return bool(self.statuses["refused"] or self.statuses["error"])


def print_outcomes(tally: Tally) -> None:
    for line in tally.lines:
        click.echo(line, err=True)


def outcome_lines(outcome, verbose: bool) -> list[str]:
    """One line on stderr per problem: a refused or unreadable file, a reading warning, and
    an article stored with shape warnings (counted, with the first message). With --verbose,
    also one line per article with its outcome."""
    lines = [outcome_line(outcome)] if verbose else []
    if outcome.status in ("refused", "error"):
        lines.append(f"{outcome.status}: {with_source(outcome.source, outcome.message)}")
    for warning in outcome.warnings:
        lines.append(f"warning: {outcome.source}: {warning}")
    warnings = shape_results(outcome, "Warning")
    if warnings and outcome.status not in ("refused", "error"):
        first = warnings[0]
        lines.append(f"warning: {outcome.source}: {len(warnings)} shape warning(s), e.g. "
                     f"{first.message or first.shape} ({first.focus})")
    return lines


def outcome_line(outcome) -> str:
    """'STATUS: FILE (N facts, validation)' for --verbose."""
    facts = sum(outcome.fact_counts.values())
    if outcome.report is None:
        check = "not validated"
    else:
        severities = Counter(v.severity for v in outcome.report.violations)
        check = ", ".join(f"{n} {s.lower()}(s)" for s, n in sorted(severities.items())) or "conforms"
    return f"{outcome.status}: {outcome.source} ({facts} facts, {check})"


def with_source(source: str, message: str) -> str:
    """'FILE: message', without naming the file twice when the message already starts with it."""
    return message if message.startswith(f"{source}:") else f"{source}: {message}"


def shape_results(outcome, severity: str) -> list:
    report = outcome.report
    return [v for v in report.violations if v.severity == severity] if report is not None else []


def print_summary(kg, tally: Tally) -> None:
    table = Table(title="kg summary", show_header=False)
    table.add_row("articles read", str(tally.read))
    for status in ("added", "replaced", "unchanged", "refused", "error"):
        if tally.statuses[status]:
            table.add_row(f"  {status}", str(tally.statuses[status]))
    for kind, count in sorted(tally.kinds.items()):
        table.add_row(f"facts: {kind}", str(count))
    table.add_row("articles in store", str(len(kg.store.article_graphs())))
    table.add_row("triples in store", str(kg.store.triple_count()))
    for label, value in validation_rows(tally):
        table.add_row(label, value)
    print_plain_or_table(table)


def print_plain_or_table(table: Table) -> None:
    """A two-column summary: a box-drawn table, or with --quiet one 'KEY<TAB>VALUE' line per
    row (no title, no borders), which scripts can read with `cut`."""
    if not output_mode()["quiet"]:
        console.print(table)
        return
    cells = [column.cells for column in table.columns]
    for key, value in zip(*cells):
        click.echo(f"{key.strip()}\t{value}")


def validation_rows(tally: Tally) -> list[tuple[str, str]]:
    """The validation lines of the summary. Warnings and violations are counted apart, and
    "conform" means what SHACL (and `kg validate`) mean by it: no result at any severity, so
    an article with a warning is stored but never counted as conforming."""
    counts, conform, with_warnings = tally.severities, tally.conform, tally.with_warnings
    refused, errors = tally.refused, tally.errors
    rows = [("shape violations", str(counts["Violation"])), ("shape warnings", str(counts["Warning"]))]
    if counts["Info"]:
        rows.append(("shape notes (info)", str(counts["Info"])))
    if not tally.read:
        return rows + [("validation", "nothing read")]
    if conform == tally.read:
        return rows + [("validation", f"all {conform} conform" if conform != 1 else "conforms")]
    parts = [f"{conform} conform"]
    if with_warnings:
        parts.append(f"{with_warnings} stored with warnings (do not conform)")
    if refused:
        parts.append(f"{refused} refused (violations)")
    if errors:
        parts.append(f"{errors} not validated (errors)")
    return rows + [("validation", ", ".join(parts))]


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.option("--explain", is_flag=True,
              help="Say why each fact got its period, speaker and agency (JSON: a \"why\" object per fact; table: a column).")
def extract(paths, fmt, explain):
    """Print what would be extracted, without touching the store (JSON Lines, one article a line).

    \b
    Example:
      kg extract corpus/000_80a05f6db7029411.txt --format json
      kg extract corpus/000_80a05f6db7029411.txt --format table --explain
    """
    settings = click.get_current_context().obj["settings"]
    with extractor(settings) as extract_one:  # within the per-article time budget, as in an ingest
        failed = print_extracted(paths, fmt, explain, extract_one)
    sys.exit(1 if failed else 0)


def print_extracted(paths, fmt, explain, extract_one) -> bool:
    """One record per article of `paths` (an error record for one that fails); True if any failed."""
    failed = False
    listed = []                     # each path's files, or the error that stops it, in input order
    for path in paths:
        try:
            listed.append((article_paths([path]), None))
        except ArticleError as exc:
            listed.append(([], exc))
    with counted("extracting", sum(len(files) for files, _ in listed)) as advance:
        for files, problem in listed:
            if problem is not None:
                click.echo(f"error: {problem}", err=True)
                failed = True
            for file in files:
                failed = print_one_extracted(file, fmt, explain, extract_one) or failed
                advance()
    return failed


def print_one_extracted(file, fmt, explain, extract_one) -> bool:
    """Print the record of one article file; True if it failed."""
    failed = False
    try:
        facts = extract_one(file)
        record = facts_record(facts, str(file), explain=explain)
        if facts.article.warnings:
            record["article"]["warnings"] = list(facts.article.warnings)
        for warning in facts.article.warnings:
            click.echo(f"warning: {file}: {warning}", err=True)
    except KGError as exc:
        click.echo(f"error: {exc}", err=True)
        record = {"source": str(file), "article": None, "facts": [], "error": str(exc)}
        failed = True
    if fmt == "json":
        click.echo(json_line(record))
    else:
        print_facts_table(record, explain)
    return failed


def json_line(record) -> str:
    """One JSON Lines record. U+2028, U+2029 and U+0085 (NEL) are escaped: json.dumps leaves
    them raw with ensure_ascii=False, and readers that split lines with str.splitlines() break
    on them (the other characters splitlines() breaks on are control characters json escapes)."""
    line = json.dumps(record, ensure_ascii=False)
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


def print_facts_table(record, explain: bool = False) -> None:
    """Every record of the article, whatever its type, one row each; with `explain`, a last
    column with the reasons for each fact's period, speaker and agency."""
    table = Table(title=record["source"])
    for column in ("type", "value", "unit", "period", "who", "evidence") + (("why",) if explain else ()):
        table.add_column(column, overflow="fold")
    for fact in record["facts"]:
        row = fact_row(fact)
        if explain:
            row += ("; ".join(f"{key}: {reason}" for key, reason in fact.get("why", {}).items()),)
        table.add_row(*row)
    console.print(table)


def fact_row(fact: dict) -> tuple[str, ...]:
    kind = fact.get("kind") or fact["type"]
    value = "" if fact.get("value") is None else str(fact["value"])
    if fact.get("value_max") is not None:
        value += f"..{fact['value_max']}"
    period = f"{fact['period_start']}..{fact['period_end']}" if fact.get("period_start") else ""
    if fact["type"] == "decree":
        value, period = f"{fact.get('number')}/{fact.get('year')}", ""
    who = fact.get("speaker") or fact.get("agency") or fact.get("organization") or ""
    if fact["type"] in ("person", "organization"):
        who = fact.get("name") or ""
    text = fact.get("text") or fact.get("title") or (fact.get("evidence") or {}).get("text") or fact.get("role") or ""
    return kind, value, fact.get("unit") or "", period, who, text[:120]


@cli.command(context_settings={"help_option_names": []})
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="Template parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default="table", show_default=True)
@click.option("--list", "list_templates", is_flag=True, help="List the templates and their parameters.")
@click.option("--describe", "-h", "--help", "describe", is_flag=True,
              help="With NAME: the template's summary, parameters and columns; alone: this help.")
@click.pass_context
def query(ctx, name, params, fmt, list_templates, describe):
    """Run a query template from queries/ with parameters bound as RDF terms.

    \b
    Example:
      kg query --list
      kg query who-said -p person="Agus Gumiwang"
      kg query figures -p agency="Kementerian Perindustrian" -p year=2023 --format csv
      kg query decrees -p limit=50 -p offset=100

    A paged template (see --describe) prints its first page unless given -p limit=N
    (or all) and -p offset=N, and says on stderr when more rows follow.
    """
    from kg.query.templates import get_template, templates
    if describe and not name:
        click.echo(ctx.get_help())
        return
    if list_templates or not name:
        for template in templates().values():
            args = " ".join(f"{p.name}{'' if p.required else '?'}:{p.type}" for p in template.params)
            click.echo(f"{template.name:<18} {template.summary}  [{args}]")
        return
    if describe:
        template = get_template(name)
        click.echo(f"{template.name}: {template.summary}\n\n{template.description}\n\nparameters:")
        for p in template.params:
            click.echo(f"  {p.name} ({p.type}{', required' if p.required else ''}) e.g. {p.example!r}: {p.description}")
        if template.page_size:
            click.echo(f"  limit, offset: a page of the rows (default: the first {template.page_size}; limit=all: every row)")
        click.echo(f"columns: {', '.join(template.columns)}")
        return
    values = parse_params(params)
    kg = open_kg(ctx, read_only=True)
    with working(f"running {name}"):
        result = kg.run_template(name, values, default_page=True)
    output(result, fmt)
    if result.more:
        following = get_template(name).next_page(values)
        click.echo(f"more rows follow: -p offset={following.offset} for the next page, "
                   f"-p limit=all for every row", err=True)


def parse_params(params) -> dict[str, str]:
    from kg.errors import QueryParameterError
    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryParameterError(f"parameter {item!r} is not KEY=VALUE")
        values[key.strip()] = value
    return values


def output(result, fmt: str) -> None:
    """Print a neutral query result: a W3C format as is, or a table (SELECT) or true/false (ASK)."""
    from kg.query.results import Boolean, check_format, form_of, serialize, to_rows
    check_format(form_of(result), fmt)
    if fmt != "table":
        click.echo(serialize(result, fmt), nl=False)
        return
    if isinstance(result, Boolean):
        click.echo("true" if result else "false")
        return
    rows = to_rows(result)
    table = Table(show_lines=False)
    for column in rows.columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*["" if row[c] is None else str(row[c]) for c in rows.columns])
    console.print(table)
    console.print(f"{len(rows)} row(s)")


@cli.command()
@click.argument("sparql_text", metavar="QUERY")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "xml", "csv", "tsv", "turtle", "ntriples",
                                                    "jsonld", "rdfxml"]), default=None,
              help="SELECT: table (default), json, xml, csv, tsv. ASK: table (default), json, xml. "
                   "CONSTRUCT and DESCRIBE: turtle (default), ntriples, jsonld, rdfxml.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Time limit in seconds (default 30; env KG_QUERY_TIMEOUT).")
@click.option("--allow-service", is_flag=True,
              help="Let SERVICE clauses send requests to other servers (refused by default).")
@click.pass_context
def sparql(ctx, sparql_text, fmt, timeout, allow_service):
    """Run an ad-hoc SPARQL query (text, a .rq file, or - for stdin) over the union of all graphs,
    or over the graphs its FROM / FROM NAMED clauses name (each article is a named graph).

    Answers SELECT, ASK, CONSTRUCT and DESCRIBE in the W3C formats. Updates and LOAD are
    refused, and so is SERVICE unless --allow-service is given.

    \b
    Example:
      kg sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      kg sparql 'ASK { ?s a <https://w3id.org/ekspor-kg/ontology#Target> }' --format json
      kg sparql 'CONSTRUCT WHERE { ?s a ?c } LIMIT 5' --format ntriples
      echo 'SELECT ?g WHERE { GRAPH ?g {} }' | kg sparql -
    """
    from kg.query.results import DEFAULT_FORMAT, check_format, form_of
    from kg.query.sparql import check
    if sparql_text == "-":
        sparql_text = sys.stdin.read()
    elif sparql_text.endswith(".rq") and Path(sparql_text).is_file():
        sparql_text = Path(sparql_text).read_text(encoding="utf-8")
    form = check(sparql_text, allow_service=allow_service).form
    if form is not None and fmt is not None:
        check_format(form, fmt)
    kg = open_kg(ctx, read_only=True)
    with working("running the query"):
        result = kg.sparql(sparql_text, allow_service=allow_service, timeout=timeout)
    output(result, fmt or DEFAULT_FORMAT[form or form_of(result)])


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "jsonld", "ntriples", "void"]),
              default="turtle", show_default=True)
@click.option("--view", type=click.Choice(["all", "cube"]), default="all", show_default=True,
              help="cube: every figure as a W3C Data Cube observation (data sets per measure and unit).")
@click.option("--out", type=click.Path(dir_okay=False), default=None, help="Write to this file instead of stdout.")
@click.pass_context
def export(ctx, fmt, view, out):
    """Export the KG: Turtle and JSON-LD of the union graph, TriG and N-Quads with a named
    graph per article, or the VoID/DCAT description alone; or, with --view cube, the figures
    as a W3C Data Cube (qb:Observation per figure) that statistical tools load.

    \b
    Example:
      kg export --format turtle --out kg.ttl
      kg export --format trig > kg.trig
      kg export --view cube --out cube.ttl
    """
    if view == "cube" and fmt == "void":
        raise click.BadParameter("the cube view has no VoID-only export", param_hint="--format")
    kg = open_kg(ctx, read_only=True)
    with working(f"exporting ({fmt})"):
        data = kg.export(fmt, view)
    if out:
        Path(out).write_bytes(data)
        click.echo(f"wrote {len(data):,} bytes to {out}", err=True)
    else:
        sys.stdout.buffer.write(data)


@cli.command()
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "turtle"]), default="text", show_default=True)
@click.pass_context
def validate(ctx, file, fmt):
    """Validate the store, or an RDF file in any common syntax, against the shapes.

    "conforms" means no result at any severity. Exits 1 when there is a violation, 0
    otherwise (a report with warnings only says "does not conform" and counts them, but
    exits 0). An empty file, or one without a triple, is an error.

    \b
    Example:
      kg validate
      kg validate kg.ttl --format turtle
    """
    kg = open_kg(ctx, read_only=True) if not file else None
    with working(f"validating {file or 'the store'}"):
        report = api.validate_file(file) if file else kg.validate()
    if fmt == "turtle":
        from kg.validate.render import report_turtle
        click.echo(report_turtle(report))
    else:
        print_report(report)
    sys.exit(1 if report.has_violations else 0)


def print_report(report) -> None:
    from kg.validate.render import render_report
    click.echo(render_report(report))


def register_extra_commands() -> None:
    from kg.cli.verbs import all_commands
    for command in all_commands():
        cli.add_command(command)


register_extra_commands()


def main():
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
