"""Charts: the files are real PNG/SVG with one numbered point per template row whose source
(publisher, date) is in the footnote; partial periods, series, unmatched targets and the
series limit are checked on the returned Chart (labels and metadata), not on pixels."""
from __future__ import annotations

import struct
from decimal import Decimal
import xml.etree.ElementTree as ET

import pytest

import kg
from kg.outputs.charts import (MAX_SERIES, STATUS_COLOURS, chart, human_amount, is_partial, period_of,
                               series_grain)
from kg.cli.main import cli
from kg.errors import QueryParameterError

SVG = "{http://www.w3.org/2000/svg}"
SURPLUS = {"measure": "surplus", "scope": "Kalimantan Tengah"}


@pytest.fixture(scope="module")
def seeds(seeds_store):
    return kg.open(seeds_store, read_only=True)


def png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def svg_points(path) -> dict[str, str]:
    """point number -> the text of its label, from the ids the chart gives its groups."""
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g") if (g.get("id") or "").startswith("point-")}
    markers = sorted(i for i in groups if not i.endswith("-label"))
    return {i: "".join(groups[f"{i}-label"].itertext()).strip() for i in markers}


def test_timeline_png(seeds, tmp_path):
    drawn = chart(seeds, "timeline", tmp_path / "surplus.png", SURPLUS)
    width, height = png_size(drawn.path)
    assert width > 300 and height > 200
    rows = seeds.query("timeline", **SURPLUS)
    assert len(drawn.points) == len(rows) == 6
    assert [p.label for p in drawn.points] == [f"{r['publisherName']} {r['published']}" for r in rows]
    assert "Republika" in drawn.footnote and drawn.footnote.startswith("Sources: [1] ")
    assert drawn.title and drawn.axis_labels[0] == "USD, miliar (10\u2079)"


def test_timeline_marks_the_partial_year_as_partial(seeds, tmp_path):
    """The last surplus figure covers January-November: it is labelled and drawn as partial,
    the full years are not, and the legend says what the hollow marker means."""
    drawn = chart(seeds, "timeline", tmp_path / "surplus.svg", SURPLUS)
    partial = [p for p in drawn.points if p.partial]
    assert [p.period for p in partial] == ["Jan\u2013Nov 2022 (partial)"]
    assert [p.period for p in drawn.points if not p.partial] == ["2017", "2018", "2019", "2020", "2021"]
    assert any(entry.startswith("partial period") for entry in drawn.legend)
    labels = svg_points(drawn.path)
    assert labels[f"point-{drawn.points.index(partial[0])}"] == "[1] Jan\u2013Nov 2022 (partial)"


def test_timeline_draws_one_series_per_measure_and_unit_in_one_panel_per_unit(seeds, tmp_path):
    drawn = chart(seeds, "timeline", tmp_path / "ekspor.png", {"measure": "ekspor"})
    rows = seeds.query("timeline", measure="ekspor")
    assert len(drawn.series) == len({(r["label"], r["scopeName"], r["unit"]) for r in rows}) > 1
    assert {p.series for p in drawn.points} == set(drawn.series)
    assert [label.split(",")[0] for label in drawn.axis_labels[:-1]] == ["USD", "IDR (rupiah)"]


def test_timeline_svg_has_one_numbered_point_per_row(seeds, tmp_path):
    drawn = chart(seeds, "timeline", tmp_path / "surplus.svg", SURPLUS)
    points = svg_points(drawn.path)
    assert len(points) == len(seeds.query("timeline", **SURPLUS))
    assert all(label.startswith("[1]") for label in points.values())


class FakeKG:
    """Template rows made up for one test, so a limit is tested apart from the corpus."""

    def __init__(self, rows):
        self.rows = rows

    def query(self, name, **params):
        return self.rows


def fake_row(number: int, unit: str = "USD", start: str = "2020-01-01", end: str = "2020-12-31") -> dict:
    return {"label": f"measure {number}", "scopeName": None, "unit": unit, "start": start, "end": end,
            "value": Decimal("1.5") * (number + 1), "publisherName": "Example News", "published": "2024-01-02",
            "title": "A headline"}


def test_too_many_series_is_a_one_line_error_asking_for_a_narrower_selection(tmp_path):
    with pytest.raises(QueryParameterError) as error:
        chart(FakeKG([fake_row(n) for n in range(MAX_SERIES + 1)]), "timeline", tmp_path / "x.png", {"measure": "m"})
    message = str(error.value)
    assert "\n" not in message and f"{MAX_SERIES + 1} series" in message and "narrow" in message
    assert not (tmp_path / "x.png").exists()
    drawn = chart(FakeKG([fake_row(n) for n in range(MAX_SERIES)]), "timeline", tmp_path / "y.png", {"measure": "m"})
    assert len(drawn.series) == MAX_SERIES and len([e for e in drawn.legend if e.startswith("measure")]) == MAX_SERIES


@pytest.mark.parametrize("start, end, label, grain", [
    ("2022-01-01", "2022-12-31", "2022", "year"),
    ("2022-07-01", "2022-12-31", "H2 2022", "half"),
    ("2022-07-01", "2022-09-30", "Q3 2022", "quarter"),
    ("2024-02-01", "2024-02-29", "Feb 2024", "month"),
    ("2022-01-01", "2022-11-30", "Jan\u2013Nov 2022", None),
    ("2021-07-01", "2022-06-30", "Jul 2021\u2013Jun 2022", None),
])
def test_periods_are_named_as_readers_name_them(start, end, label, grain):
    period = period_of(start, end)
    assert (period.label, period.grain) == (label, grain)


def test_a_quarter_among_years_is_partial_a_year_is_not():
    years = [period_of("2020-01-01", "2020-12-31"), period_of("2021-07-01", "2021-09-30")]
    grain = series_grain(years)
    assert grain == "year"
    assert [is_partial(p, grain) for p in years] == [False, True]
    assert not is_partial(period_of("2021-07-01", "2021-09-30"), series_grain([period_of("2021-07-01", "2021-09-30")]))


def test_target_chart_svg_has_one_labelled_point_per_row(seeds, tmp_path):
    """Targets without a realisation are drawn too, so no row silently disappears."""
    drawn = chart(seeds, "target-vs-actual", tmp_path / "targets.svg", {})
    rows = seeds.query("target-vs-actual")
    points = svg_points(drawn.path)
    assert len(points) == len(rows) == len(drawn.points)
    for row, point in zip(rows, drawn.points):
        assert point.label.startswith(row["targetPublisher"])
        assert f"[{point.source}] {point.label.split(';')[0]}" in drawn.footnote.replace("\n", " ")
    assert {p.colour for p in drawn.points} == set(STATUS_COLOURS.values())  # met, missed, none told apart


def test_targets_without_a_realisation_say_so_and_are_not_placed_at_100(seeds, tmp_path):
    drawn = chart(seeds, "target-vs-actual", tmp_path / "targets.svg", {})
    rows = seeds.query("target-vs-actual")
    waiting = [p for p, row in zip(drawn.points, rows) if row["actualValue"] is None]
    assert waiting and all(p.y is None and p.status == "no realisation yet" for p in waiting)
    assert all(p.y is not None for p in drawn.points if p not in waiting)
    labels = svg_points(drawn.path)
    assert all(labels[f"point-{drawn.points.index(p)}"].startswith("no realisation yet") for p in waiting)
    assert "no realisation yet" in drawn.legend and f"{len(waiting)} with no realisation yet" in drawn.title


def test_target_chart_places_a_missed_target_left_of_100(seeds, tmp_path):
    drawn = chart(seeds, "target-vs-actual", tmp_path / "targets.png", {"year": "2021"})
    (point,) = drawn.points
    assert point.y < 100 and point.status == "missed" and drawn.legend == ["missed"]
    png_size(drawn.path)


def test_a_target_the_text_calls_met_but_without_a_figure_is_still_not_placed(tmp_path):
    row = {"target": None, "targetLabel": "ekspor", "targetValue": Decimal("10"), "unit": "USD",
           "start": "2023-01-01", "end": "2023-11-30", "actualValue": None, "status": "met (per text)",
           "targetPublisher": "Example News", "actualPublisher": None}
    drawn = chart(FakeKG([row]), "target-vs-actual", tmp_path / "t.png", {})
    (point,) = drawn.points
    assert point.y is None and point.status == "no realisation yet; text: met"
    assert point.partial and "Jan\u2013Nov 2023 (partial)" in point.series


@pytest.mark.parametrize("name, out, params, message", [
    ("pie", "x.png", {}, "no chart"),
    ("timeline", "x.jpg", SURPLUS, ".png or .svg"),
    ("timeline", "x.png", {"measure": "zz-nothing"}, "empty"),
])
def test_bad_requests_are_clear_errors(seeds, tmp_path, name, out, params, message):
    with pytest.raises(QueryParameterError, match=message):
        chart(seeds, name, tmp_path / out, params)
    assert not (tmp_path / out).exists()


def test_amounts_read_like_the_news():
    assert human_amount(1_725_990_000) == "1,73 miliar"
    assert human_amount(65_000_000) == "65 juta"
    assert human_amount(12.5) == "12,5"
    assert human_amount(Decimal("193400000000")) == "193,4 miliar"


def test_cli_writes_the_chart(runner, seeds_store, tmp_path):
    """The command draws what the library draws; a bad request exits 2 with one line."""
    out = tmp_path / "t.svg"
    result = runner.invoke(cli, ["--store", str(seeds_store), "chart", "timeline", "-p", "measure=surplus",
                                 "-p", "scope=Kalimantan Tengah", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "6 point(s), 1 series, 1 in a partial period" in result.output and len(svg_points(out)) == 6
    bad = runner.invoke(cli, ["--store", str(seeds_store), "chart", "timeline", "-p", "measure=zz-nothing",
                              "--out", str(tmp_path / "u.png")])
    assert bad.exit_code == 2 and bad.output.count("\n") == 1 and "empty" in bad.output


def test_doc_pictures_are_drawn_from_what_the_data_holds(seeds, tmp_path):
    """kg docs --pictures: each chart kind and the network; the measures are chosen from the data."""
    from collections import Counter
    from kg.outputs.pictures import richest_measure, shared_word, write_pictures
    figures = Counter((r["label"], r["unit"]) for r in seeds.query("figures")
                      if "realization" in str(r["kind"]).casefold() and r["start"] is not None)
    assert tuple(richest_measure(seeds).values()) == figures.most_common(1)[0][0]
    assert 1 < len(chart(seeds, "timeline", tmp_path / "s.png", shared_word(seeds)).series) <= MAX_SERIES
    written = write_pictures(tmp_path / "charts", seeds)
    assert [p.name for p in written] == ["timeline.png", "timeline-series.png", "targets.png",
                                         "network-corpus.png", "network-corpus-around.png"]
    assert all(png_size(p)[0] > 300 for p in written)
