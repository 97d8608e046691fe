"""`kg chart`: draw a template's results (timeline, target-vs-actual) into PNG or SVG."""
from __future__ import annotations

import click


@click.group("chart")
def chart_group():
    """Draw template results into a PNG or SVG file (by the file's extension): one line per
    series, partial periods (January-November) marked as partial, targets without a
    realisation written as "no realisation yet", and every point numbered with its source
    (publisher and date), listed under the chart.

    \b
    Example:
      kg chart timeline -p measure=surplus -p scope="Kalimantan Tengah" --out surplus.png
      kg chart target-vs-actual --out targets.svg
    """


def chart_command(name: str, summary: str, example: str):
    """One `kg chart NAME` subcommand over the template of the same name."""
    @click.command(name, help=f"{summary}\n\n\b\nExample:\n  {example}")
    @click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
                  help=f"Parameter of the {name} template (repeatable; see kg query {name} --describe).")
    @click.option("--out", type=click.Path(dir_okay=False), default=f"{name}.png", show_default=True,
                  help="Output file, .png or .svg.")
    @click.pass_context
    def command(ctx, params, out):
        from kg.outputs.charts import chart
        from kg.cli.main import open_kg, parse_params
        drawn = chart(open_kg(ctx.find_root(), read_only=True), name, out, parse_params(params))
        partial = sum(p.partial for p in drawn.points)
        click.echo(f"wrote {drawn.path} ({len(drawn.points)} point(s), {len(drawn.series)} series"
                   + (f", {partial} in a partial period" if partial else "") + ")")
    return command


chart_group.add_command(chart_command(
    "timeline", "One measure (and place) over time, each point labelled with its source.",
    'kg chart timeline -p measure=surplus -p scope="Kalimantan Tengah" --out surplus.svg'))
chart_group.add_command(chart_command(
    "target-vs-actual", "Each target's realisation in percent of the target, labelled with its source.",
    "kg chart target-vs-actual -p year=2022 --out targets.png"))

COMMANDS = [chart_group]
