"""Charts of template results, for people who would rather look than read: a timeline of one
measure, and targets against their realisations. Every point is labelled with its source
(publisher and date), because a figure without its source is not worth plotting here.

Drawn with matplotlib's object API (no pyplot, no display, no global backend switch), into
PNG or SVG by the file's extension. In SVG, text stays text and each point is a group
with id `point-N`, so the output can be checked and styled.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kg.errors import QueryParameterError

FORMATS = ("png", "svg")
STATUS_COLOURS = {"met": "#1b9e77", "missed": "#d95f02"}


@dataclass
class Point:
    x: object
    y: float
    label: str
    colour: str = "#1f77b4"


@dataclass
class Chart:
    """What was drawn: the file, its title and the points (one per template row)."""
    path: Path
    title: str
    points: list[Point] = field(default_factory=list)


def chart(kg, name: str, out: str | Path, params: dict | None = None) -> Chart:
    """Draw chart `name` (timeline or target-vs-actual) from the template of the same name."""
    drawers = {"timeline": timeline_chart, "target-vs-actual": target_chart}
    if name not in drawers:
        raise QueryParameterError(f"no chart {name!r}; charts: {', '.join(drawers)}")
    out = Path(out)
    if out.suffix.lower().lstrip(".") not in FORMATS:
        raise QueryParameterError(f"chart file {out.name!r} must end in .png or .svg")
    return drawers[name](kg, params or {}, out)


def source_label(publisher, published, title=None) -> str:
    """'Kontan 2024-02-15': who published the figure and when (the headline if no publisher)."""
    who = publisher or (title[:40] if title else "unknown source")
    return f"{who} {published}" if published else str(who)


def timeline_chart(kg, params: dict, out: Path) -> Chart:
    """One line of values over time (at each period's start), one labelled point per row."""
    rows = kg.query("timeline", **params)
    if not rows:
        raise QueryParameterError("the timeline is empty: no figure matches these parameters")
    units = sorted({row["unit"] for row in rows})
    if len(units) > 1:
        raise QueryParameterError(f"the timeline mixes units ({', '.join(units)}); choose one with -p unit=...")
    points = [Point(as_date(row["start"]), float(row["value"]),
                    source_label(row["publisherName"], row["published"], row["title"])) for row in rows]
    scope = params.get("scope")
    title = f"{params.get('measure', '')}{' - ' + scope if scope else ''} ({units[0]})"
    figure, axes = new_figure()
    axes.plot([p.x for p in points], [p.y for p in points], "-", color="#9ecae1", zorder=1)
    draw_points(axes, points)
    axes.set_title(title)
    axes.set_ylabel(units[0])
    from matplotlib.ticker import FuncFormatter
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: human_amount(value)))
    figure.autofmt_xdate()
    return save(figure, out, Chart(out, title, points))


def target_chart(kg, params: dict, out: Path) -> Chart:
    """Each target as a row: its realisation in percent of the target (100 = target met
    exactly); a target with no realisation sits on the 100 line, hollow grey."""
    rows = kg.query("target-vs-actual", **params)
    if not rows:
        raise QueryParameterError("no target matches these parameters")
    points = []
    for index, row in enumerate(rows):
        ratio = 100 * float(row["actualValue"]) / float(row["targetValue"]) if row["actualValue"] is not None else 100.0
        label = source_label(row["targetPublisher"], None)
        if row["actualValue"] is not None and row["actualPublisher"] != row["targetPublisher"]:
            label += f"; realisation: {row['actualPublisher']}"
        margin = f", {row['marginPercent']:+}%" if row["marginPercent"] is not None else ""
        label += f" ({row['status'] if row['status'] != 'unknown' else 'no realisation found'}{margin})"
        points.append(Point(index, ratio, label, STATUS_COLOURS.get(row["status"], "#bbbbbb")))
    figure, axes = new_figure(height=1.2 + 0.6 * len(rows))
    axes.axvline(100, color="#999999", linestyle="--", zorder=0)
    draw_points(axes, points, horizontal=True)
    axes.set_yticks(range(len(rows)), [target_name(row) for row in rows], fontsize=8)
    axes.invert_yaxis()
    axes.set_xlabel("realisation, % of target")
    title = "Targets and realisations"
    axes.set_title(title)
    return save(figure, out, Chart(out, title, points))


def target_name(row) -> str:
    value = row["targetValue"]
    amount = f"{Decimal(value).normalize():,f}" if value is not None else "?"
    return f"{short(row['targetLabel'], 30)} {row['start'][:4]}: {amount} {row['unit']}"


def draw_points(axes, points: list[Point], horizontal: bool = False) -> None:
    """One marker and one annotation per point, grouped under the SVG id `point-N`."""
    for number, point in enumerate(points):
        x, y = (point.y, point.x) if horizontal else (point.x, point.y)
        marker = axes.scatter([x], [y], color=point.colour, zorder=2, s=36)
        text = axes.annotate(point.label, (x, y), xytext=(6, 6), textcoords="offset points", fontsize=7)
        marker.set_gid(f"point-{number}")
        text.set_gid(f"point-{number}-label")


def new_figure(height: float = 5.0):
    from matplotlib.figure import Figure
    figure = Figure(figsize=(10, max(height, 3.0)), dpi=100)
    axes = figure.add_subplot()
    axes.grid(True, alpha=0.3)
    return figure, axes


def save(figure, out: Path, result: Chart) -> Chart:
    """PNG or SVG by extension; SVG keeps its text as <text> (searchable, checkable)."""
    import matplotlib
    out.parent.mkdir(parents=True, exist_ok=True)
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "kg"}):
        figure.savefig(str(out), bbox_inches="tight", metadata=metadata(out))
    return result


def metadata(out: Path) -> dict:
    """No creation date in the files, so that the same data draws the same bytes."""
    return {"Date": None} if out.suffix.lower() == ".svg" else {"Software": "kg"}


def human_amount(value: float) -> str:
    """Axis numbers as Indonesian news write them: 1,7 miliar rather than 1.7e9."""
    for size, word in ((1e12, "triliun"), (1e9, "miliar"), (1e6, "juta"), (1e3, "ribu")):
        if abs(value) >= size:
            return f"{value / size:.2f}".rstrip("0").rstrip(".").replace(".", ",") + f" {word}"
    return f"{value:g}".replace(".", ",")


def as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def short(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "\u2026"
