"""Charts: the files are real PNG/SVG, and there is one labelled point per template row,
labelled with the row's source (publisher), so a chart never shows an unsourced figure."""
from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest

import kg
from kg.outputs.charts import chart, human_amount
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


def test_timeline_svg_has_one_labelled_point_per_row(seeds, tmp_path):
    drawn = chart(seeds, "timeline", tmp_path / "surplus.svg", SURPLUS)
    points = svg_points(drawn.path)
    assert len(points) == len(seeds.query("timeline", **SURPLUS))
    assert all(label.startswith("Republika") for label in points.values())


def test_target_chart_svg_has_one_labelled_point_per_row(seeds, tmp_path):
    """Targets without a realisation are drawn too, so no row silently disappears."""
    drawn = chart(seeds, "target-vs-actual", tmp_path / "targets.svg", {})
    rows = seeds.query("target-vs-actual")
    points = svg_points(drawn.path)
    assert len(points) == len(rows)
    for row, label in zip(rows, [points[k] for k in sorted(points, key=lambda k: int(k.split("-")[1]))]):
        assert label.startswith(row["targetPublisher"])
    statuses = {p.colour for p in drawn.points}
    assert len(statuses) == 3  # met, missed and no realisation are told apart


def test_target_chart_places_a_missed_target_left_of_100(seeds, tmp_path):
    drawn = chart(seeds, "target-vs-actual", tmp_path / "targets.png", {"year": "2021"})
    (point,) = drawn.points
    assert point.y < 100 and "missed" in point.label
    png_size(drawn.path)


@pytest.mark.parametrize("name, out, params, message", [
    ("pie", "x.png", {}, "no chart"),
    ("timeline", "x.jpg", SURPLUS, ".png or .svg"),
    ("timeline", "x.png", {"measure": "zz-nothing"}, "empty"),
    ("timeline", "x.png", {"measure": "ekspor"}, "mixes units"),
])
def test_bad_requests_are_clear_errors(seeds, tmp_path, name, out, params, message):
    with pytest.raises(QueryParameterError, match=message):
        chart(seeds, name, tmp_path / out, params)
    assert not (tmp_path / out).exists()


def test_amounts_read_like_the_news():
    assert human_amount(1_725_990_000) == "1,73 miliar"
    assert human_amount(65_000_000) == "65 juta"
    assert human_amount(12.5) == "12,5"


def test_cli_writes_the_chart(runner, seeds_store, tmp_path):
    """The command draws what the library draws; a bad request exits 2 with one line."""
    out = tmp_path / "t.svg"
    result = runner.invoke(cli, ["--store", str(seeds_store), "chart", "timeline", "-p", "measure=surplus",
                                 "-p", "scope=Kalimantan Tengah", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "6 point(s)" in result.output and len(svg_points(out)) == 6
    bad = runner.invoke(cli, ["--store", str(seeds_store), "chart", "timeline", "-p", "measure=ekspor",
                              "--out", str(tmp_path / "u.png")])
    assert bad.exit_code == 2 and "mixes units" in bad.output
