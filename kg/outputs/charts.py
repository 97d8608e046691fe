"""Charts of template results, for people who would rather look than read: a timeline of one
measure, and targets against their realisations.

A chart must not say more than the data does, so each one
- draws one line per series (measure, place and unit) and one panel per unit, and refuses,
  in one line, a selection with more series than a legend can tell apart;
- marks partial periods (January-November of a yearly series): hollow marker, dashed span,
  "(partial)" in the label and a "partial period" legend entry;
- draws a target that has no realisation as "no realisation yet", never on the 100 % line;
- has a title, axis units with Indonesian scale words (juta, miliar, triliun) and a footnote
  numbering its sources (publisher and date); each point carries its source's number.

Drawn with matplotlib's object API (no pyplot, no display, no global backend switch: the
Agg canvas), into PNG or SVG by the file's extension. In SVG, text stays text and each point
is a group with id `point-N` (its source number in `point-N-label`), so the output can be
checked and styled. What was drawn is returned as a `Chart`, so tests read the labels, not
the pixels.
"""
from __future__ import annotations

import calendar
import datetime as dt
import textwrap
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kg.errors import QueryParameterError

FORMATS = ("png", "svg")
MAX_SERIES = 8  # more lines than this and the legend's colours can no longer be told apart
MAX_TARGETS = 40  # rows of a target chart that still fit a readable page
STATUS_COLOURS = {"met": "#1b9e77", "missed": "#d95f02", "no realisation yet": "#999999"}
SERIES_COLOURS = ("#1f77b4", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#444444")
NO_REALISATION = "no realisation yet"
PARTIAL = "partial period"
SCALES = ((Decimal(10) ** 12, "triliun"), (Decimal(10) ** 9, "miliar"), (Decimal(10) ** 6, "juta"),
          (Decimal(10) ** 3, "ribu"))
UNIT_NAMES = {"USD": "USD", "IDR": "IDR (rupiah)", "percent": "percent (%)"}
GRAINS = ("day", "month", "quarter", "half", "year")  # shortest first
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class Point:
    """One drawn figure: where it sits, its source and what its period is."""
    x: object
    y: float | None  # None: nothing to place (a target with no realisation yet)
    label: str  # the source: publisher and date
    colour: str = "#1f77b4"
    series: str = ""
    period: str = ""  # "2022", "Q3 2022", "Jan-Nov 2022"
    partial: bool = False
    status: str = ""  # target charts: met, missed, no realisation yet
    source: int = 0  # number of the source in the footnote
    span: tuple | None = None  # timeline: the (start, end) dates the period covers


@dataclass
class Chart:
    """What was drawn: the file, its title, the points (one per template row), the series,
    the legend entries, the axis labels and the sources footnote."""
    path: Path
    title: str
    points: list[Point] = field(default_factory=list)
    series: list[str] = field(default_factory=list)
    legend: list[str] = field(default_factory=list)
    axis_labels: list[str] = field(default_factory=list)
    footnote: str = ""


@dataclass(frozen=True)
class Period:
    """A figure's period as a reader names it, its calendar grain (None for a span such as
    January-November) and its middle, where the point is drawn."""
    start: dt.date
    end: dt.date
    label: str
    grain: str | None

    @property
    def middle(self) -> dt.date:
        return self.start + (self.end - self.start) / 2


def chart(kg, name: str, out: str | Path, params: dict | None = None) -> Chart:
    """Draw chart `name` (timeline or target-vs-actual) from the template of the same name."""
    drawers = {"timeline": timeline_chart, "target-vs-actual": target_chart}
    if name not in drawers:
        raise QueryParameterError(f"no chart {name!r}; charts: {', '.join(drawers)}")
    out = Path(out)
    if out.suffix.lower().lstrip(".") not in FORMATS:
        raise QueryParameterError(f"chart file {out.name!r} must end in .png or .svg")
    return drawers[name](kg, params or {}, out)


# --- periods -------------------------------------------------------------------------------

def period_of(start, end) -> Period:
    """'2022', 'H1 2022', 'Q3 2022', 'Nov 2022', else the span 'Jan-Nov 2022' (grain None)."""
    start, end = as_date(start), as_date(end)
    if start == end:
        return Period(start, end, start.isoformat(), "day")
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if whole_months and start.year == end.year:
        named = {12: ("year", str(start.year)), 6: ("half", f"H{start.month // 6 + 1} {start.year}"),
                 3: ("quarter", f"Q{start.month // 3 + 1} {start.year}"),
                 1: ("month", f"{MONTHS[start.month - 1]} {start.year}")}
        if months in named and (start.month - 1) % months == 0:
            grain, label = named[months]
            return Period(start, end, label, grain)
        return Period(start, end, f"{MONTHS[start.month - 1]}\u2013{MONTHS[end.month - 1]} {start.year}", None)
    if whole_months:
        label = f"{MONTHS[start.month - 1]} {start.year}\u2013{MONTHS[end.month - 1]} {end.year}"
        return Period(start, end, label, None)
    return Period(start, end, f"{start.isoformat()}\u2013{end.isoformat()}", None)


def series_grain(periods: list[Period]) -> str | None:
    """The longest calendar grain among a series' periods: what a full point of it covers."""
    grains = [p.grain for p in periods if p.grain]
    return max(grains, key=GRAINS.index) if grains else None


def is_partial(period: Period, grain: str | None) -> bool:
    """A span (January-November), or a shorter grain than the rest of its series (a quarter
    among years), covers only part of what the series' other points cover."""
    return period.grain is None or (grain is not None and GRAINS.index(period.grain) < GRAINS.index(grain))


# --- amounts -------------------------------------------------------------------------------

def scale_of(values) -> tuple[Decimal, str]:
    """The Indonesian scale word for an axis whose largest value is max(|values|)."""
    largest = max((abs(Decimal(v)) for v in values), default=Decimal(0))
    for size, word in SCALES:
        if largest >= size:
            return size, word
    return Decimal(1), ""


def axis_label(unit: str, word: str) -> str:
    """'USD, miliar (10^9)': the unit and the scale of the tick numbers."""
    name = UNIT_NAMES.get(unit, unit)
    if not word:
        return name
    power = {"triliun": 12, "miliar": 9, "juta": 6, "ribu": 3}[word]
    return f"{name}, {word} (10{str(power).translate(SUPERSCRIPTS)})"


SUPERSCRIPTS = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")


def decimal_text(value: Decimal, places: int = 2) -> str:
    """A number as Indonesian news print it: comma for decimals, at most `places` of them."""
    text = f"{Decimal(value).quantize(Decimal(1).scaleb(-places)):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def human_amount(value) -> str:
    """An amount as news write it: 1,73 miliar rather than 1.73e9 (exact for Decimals)."""
    value = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    size, word = scale_of([value])
    return decimal_text(value / size) + (f" {word}" if word else "")


def tick_formatter():
    from matplotlib.ticker import FuncFormatter
    return FuncFormatter(lambda value, _: decimal_text(Decimal(str(float(value))), 2))


# --- sources -------------------------------------------------------------------------------

def source_label(publisher, published, title=None) -> str:
    """'Kontan 2024-02-15': who published the figure and when (the headline if no publisher)."""
    who = publisher or (title[:40] if title else "unknown source")
    return f"{who} {published}" if published else str(who)


class Sources:
    """Numbers the distinct sources of a chart in order of first use, for the footnote."""

    def __init__(self):
        self.numbers: dict[str, int] = {}

    def number(self, label: str) -> int:
        return self.numbers.setdefault(label, len(self.numbers) + 1)

    def footnote(self, width: int = 150) -> str:
        items = "; ".join(f"[{n}] {label}" for label, n in self.numbers.items())
        return textwrap.fill(f"Sources: {items}", width=width)


# --- timeline ------------------------------------------------------------------------------

def series_name(row) -> str:
    """A series is one measure in one place in one unit; the place is named when the label
    does not already say it."""
    name, scope = row["label"], row.get("scopeName")
    return f"{name} ({scope})" if scope and scope.casefold() not in name.casefold() else name


def timeline_series(rows) -> dict[str, list]:
    """Rows grouped by series (series name and unit), in order of first appearance."""
    series: dict[str, list] = {}
    for row in rows:
        series.setdefault(f"{series_name(row)} [{row['unit']}]", []).append(row)
    return series


def check_series_count(series: dict, params: dict) -> None:
    if len(series) > MAX_SERIES:
        shown = ", ".join(short(name, 40) for name in list(series)[:3])
        raise QueryParameterError(
            f"the timeline has {len(series)} series ({shown}, ...), more than the {MAX_SERIES} a chart can tell "
            f"apart; narrow it with -p measure=..., -p scope=..., -p unit=... or -p since=/until=")


def timeline_points(series: dict, sources: Sources, scales: dict) -> list[Point]:
    """One point per row: at the middle of its period, scaled to its panel's axis, with
    its series' colour, its period's name and whether the period is partial."""
    points = []
    for number, (name, rows) in enumerate(series.items()):
        periods = [period_of(row["start"], row["end"]) for row in rows]
        grain = series_grain(periods)
        for row, period in zip(rows, periods):
            label = source_label(row["publisherName"], row["published"], row["title"])
            partial = is_partial(period, grain)
            value = Decimal(row["value"]) / scales[row["unit"]][0]
            points.append(Point(period.middle, float(value), label, SERIES_COLOURS[number % len(SERIES_COLOURS)],
                                name, period.label + (" (partial)" if partial else ""), partial,
                                source=sources.number(label), span=(period.start, period.end)))
    return points


def timeline_title(params: dict, series: dict) -> str:
    kind = params.get("kind") or "Realization"
    if len(series) == 1:
        (only,) = series
        return f"{only.rsplit(' [', 1)[0]}: {kind.lower()} by period"
    scope = f" in {params['scope']}" if params.get("scope") else ""
    return f"Figures matching \u2018{params.get('measure', '')}\u2019{scope}: {kind.lower()}, {len(series)} series"


def timeline_chart(kg, params: dict, out: Path) -> Chart:
    """One line per series, one panel per unit; each point at the middle of its period, with
    a horizontal bar showing the period it covers (dashed and hollow when partial)."""
    rows = kg.query("timeline", **params)
    if not rows:
        raise QueryParameterError("the timeline is empty: no figure matches these parameters")
    series = timeline_series(rows)
    check_series_count(series, params)
    units = list(dict.fromkeys(row["unit"] for row in rows))
    scales = {unit: scale_of([r["value"] for r in rows if r["unit"] == unit]) for unit in units}
    sources = Sources()
    points = timeline_points(series, sources, scales)
    title = timeline_title(params, series)
    figure, panels = new_figure(len(units), height=3.2 * len(units) + 1.5)
    result = Chart(out, title, points, list(series), footnote=sources.footnote())
    for axes, unit in zip(panels, units):
        axes.set_gid(unit)
        in_panel = [name for name in series if name.endswith(f"[{unit}]")]
        for name in in_panel:
            draw_series(axes, [p for p in points if p.series == name])
        axes.set_ylabel(axis_label(unit, scales[unit][1]) + log_scale(axes, [p.y for p in points if p.series in in_panel]))
        axes.yaxis.set_major_formatter(tick_formatter())
        result.axis_labels.append(axes.get_ylabel())
        result.legend += series_legend(axes, in_panel, list(series), any(p.partial for p in points if p.series in in_panel))
    number_points(panels, points)
    panels[-1].set_xlabel("period (each point at the middle of its period; the bar spans the period)")
    result.axis_labels.append(panels[-1].get_xlabel())
    figure.suptitle(title, fontsize=12, x=0.02, ha="left")
    figure.autofmt_xdate()
    footnote(panels[-1], result.footnote)
    return save(figure, out, result)


def draw_series(axes, points: list[Point]) -> None:
    """Solid line between consecutive full periods, dotted to and from a partial one; a bar
    under each point spanning its period."""
    for before, after in zip(points, points[1:]):
        style = ":" if before.partial or after.partial else "-"
        axes.plot([before.x, after.x], [before.y, after.y], style, color=before.colour, linewidth=1.4, zorder=1)
    for point in points:
        start, end = point.span
        axes.plot([start, end], [point.y, point.y], "--" if point.partial else "-", color=point.colour,
                  alpha=0.45, linewidth=3 if not point.partial else 2, solid_capstyle="butt", zorder=1)


def number_points(panels, points: list[Point]) -> None:
    """Markers (filled for full periods, hollow for partial) and each point's source number,
    grouped under the SVG ids point-N and point-N-label."""
    for number, point in enumerate(points):
        axes = panel_of(panels, point)
        marker = axes.scatter([point.x], [point.y], s=40, zorder=3, linewidths=1.5, edgecolors=point.colour,
                              facecolors="white" if point.partial else point.colour)
        note = f"[{point.source}] {point.period}" if point.partial else f"[{point.source}]"
        text = axes.annotate(note, (point.x, point.y), xytext=(5, 5), textcoords="offset points",
                             fontsize=7, color="#333333")
        marker.set_gid(f"point-{number}")
        text.set_gid(f"point-{number}-label")


def panel_of(panels, point: Point):
    """The panel of a point's unit (the series name ends with [unit])."""
    return next((axes for axes in panels if point.series.endswith(f"[{axes.get_gid()}]")), panels[0])


def log_scale(axes, values: list[float]) -> str:
    """Series a hundred times apart share a panel readably only on a log axis; say so."""
    positive = [v for v in values if v > 0]
    if len(positive) < len(values) or not positive or max(positive) < 100 * min(positive):
        return ""
    from matplotlib.ticker import NullFormatter
    axes.set_yscale("log")
    axes.yaxis.set_minor_formatter(NullFormatter())
    return ", log scale"


def series_legend(axes, names: list[str], every: list[str], has_partial: bool) -> list[str]:
    """One entry per series of the panel (its name shortened to fit, its colour by its place
    among `every` series), and how a partial period looks."""
    from matplotlib.lines import Line2D
    handles = [Line2D([], [], color=SERIES_COLOURS[every.index(name) % len(SERIES_COLOURS)], marker="o",
                      label=short(name, 55)) for name in names]
    if has_partial:
        handles.append(Line2D([], [], color="#555555", marker="o", markerfacecolor="white", linestyle=":",
                              label=f"{PARTIAL} (hollow, dotted)"))
    axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    return [h.get_label() for h in handles]


# --- targets -------------------------------------------------------------------------------

def target_status(row) -> str:
    """met / missed when a realisation was found, else 'no realisation yet' (with what the
    text says, when it says whether the target was met)."""
    if row["actualValue"] is not None:
        return row["status"]
    return NO_REALISATION if row["status"] == "unknown" else f"{NO_REALISATION}; text: {row['status'].split(' (')[0]}"


def published_of(kg, fact, cache: dict) -> str | None:
    """The publication date of the article a fact comes from (the target template gives
    only the publisher)."""
    if fact is None:
        return None
    if fact not in cache:
        rows = kg.query("provenance", fact=fact)
        cache[fact] = rows[0]["published"] if rows else None
    return cache[fact]


def target_points(kg, rows, sources: Sources) -> list[Point]:
    """One point per target at its realisation's percent of the target; a target without a
    realisation gets no position (y None) and the status 'no realisation yet'."""
    points, dates = [], {}
    for index, row in enumerate(rows):
        label = source_label(row["targetPublisher"], published_of(kg, row["target"], dates))
        number = sources.number(label)
        status = target_status(row)
        ratio = None
        if row["actualValue"] is not None:
            ratio = float(100 * Decimal(row["actualValue"]) / Decimal(row["targetValue"]))
            actual = source_label(row["actualPublisher"], published_of(kg, row.get("actual"), dates))
            if actual != label:
                label += f"; realisation: {actual}"
                sources.number(actual)
        period = period_of(row["start"], row["end"])
        colour = STATUS_COLOURS.get(status, STATUS_COLOURS[NO_REALISATION])
        points.append(Point(index, ratio, label, colour, target_name(row, period), period.label
                            + (" (partial)" if period.grain is None else ""), period.grain is None, status, number))
    return points


def target_chart(kg, params: dict, out: Path) -> Chart:
    """Each target as a row: its realisation in percent of the target (100 = met exactly),
    green when met, orange when missed; a target with no realisation is written as
    'no realisation yet' in grey at the left, with no marker."""
    rows = kg.query("target-vs-actual", **params)
    if not rows:
        raise QueryParameterError("no target matches these parameters")
    if len(rows) > MAX_TARGETS:
        raise QueryParameterError(f"{len(rows)} targets are more than a chart can show ({MAX_TARGETS}); "
                                  "narrow them with -p year=..., -p agency=... or -p measure=...")
    sources = Sources()
    points = target_points(kg, rows, sources)
    waiting = sum(p.y is None for p in points)
    title = f"Targets and their realisations: {len(points)} target(s), {waiting} with {NO_REALISATION}"
    figure, (axes,) = new_figure(1, height=1.8 + 0.45 * len(rows))
    axes.axvline(100, color="#777777", linestyle="--", zorder=0, linewidth=1)
    draw_targets(axes, points)
    axes.set_yticks(range(len(rows)), [p.series for p in points], fontsize=8)
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.set_xlabel("realisation, % of target (dashed line: 100 % = target met exactly)")
    result = Chart(out, title, points, [p.series for p in points], footnote=sources.footnote(),
                   axis_labels=[axes.get_xlabel()])
    result.legend = target_legend(axes, points)
    figure.suptitle(title, fontsize=12, x=0.02, ha="left")
    footnote(axes, result.footnote)
    return save(figure, out, result)


def target_name(row, period: Period) -> str:
    """'ekspor industri manufaktur, 2024: target 193,4 miliar USD'."""
    amount = human_amount(row["targetValue"]) if row["targetValue"] is not None else "?"
    partial = " (partial)" if period.grain is None else ""
    return f"{short(row['targetLabel'], 34)}, {period.label}{partial}: target {amount} {row['unit']}"


def draw_targets(axes, points: list[Point]) -> None:
    """A marker and '101,2 % [n]' for each realised target, 'no realisation yet [n]' at the
    left edge for the others; grouped under SVG ids point-N and point-N-label."""
    from matplotlib.transforms import blended_transform_factory
    placed = [p.y for p in points if p.y is not None] + [100.0]
    low, high = min(placed), max(placed)
    pad = max(5.0, (high - low) * 0.25)
    axes.set_xlim(low - pad, high + pad)
    left = blended_transform_factory(axes.transAxes, axes.transData)
    for number, point in enumerate(points):
        if point.y is None:
            marker = axes.scatter([0.01], [point.x], transform=left, marker="|", color=point.colour, s=60)
            text = axes.text(0.025, point.x, f"{point.status} [{point.source}]", transform=left, va="center",
                             fontsize=8, color="#666666", style="italic")
        else:
            marker = axes.scatter([point.y], [point.x], s=50, zorder=3, edgecolors=point.colour, linewidths=1.5,
                                  facecolors="white" if point.partial else point.colour)
            text = axes.annotate(f"{decimal_text(Decimal(str(point.y)), 1)} % [{point.source}]", (point.y, point.x),
                                 xytext=(7, -3), textcoords="offset points", fontsize=8)
        marker.set_gid(f"point-{number}")
        text.set_gid(f"point-{number}-label")


def target_legend(axes, points: list[Point]) -> list[str]:
    from matplotlib.lines import Line2D
    shown = list(dict.fromkeys(p.status.split(";")[0] for p in points))
    handles = [Line2D([], [], color=STATUS_COLOURS[s], marker="|" if s == NO_REALISATION else "o",
                      linestyle="", label=s) for s in ("met", "missed", NO_REALISATION) if s in shown]
    if any(p.partial for p in points):
        handles.append(Line2D([], [], color="#555555", marker="o", markerfacecolor="white", linestyle="",
                              label=f"{PARTIAL} (hollow)"))
    axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    return [h.get_label() for h in handles]


# --- figure --------------------------------------------------------------------------------

def new_figure(panels: int, height: float = 5.0):
    """A figure on the Agg canvas (no display) with `panels` stacked axes sharing x."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    figure = Figure(figsize=(12, max(height, 3.0)), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.subplots(panels, 1, sharex=True, squeeze=False)[:, 0]
    for each in axes:
        each.grid(True, alpha=0.3)
    return figure, list(axes)


def footnote(axes, text: str) -> None:
    """The sources just under the x-axis label, left-aligned with the plot; bbox_inches='tight'
    keeps it in the file."""
    axes.annotate(text, xy=(0, 0), xycoords=("axes fraction", axes.xaxis.label), xytext=(0, -10),
                  textcoords="offset points", fontsize=7.5, color="#444444", ha="left", va="top")


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


def as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def short(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "\u2026"
