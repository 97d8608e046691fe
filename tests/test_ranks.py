"""Agreement across sources, as Wikidata ranks (issue 11 §5): three articles written for this
test report South Sumatra's 2023 rubber exports. Two cite BPS (US$ 1,25 and 1,251 miliar, within
rounding), the later of them is the preferred value; a business association's US$ 1,4 miliar,
published last, disagrees and stays a normal-rank report."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import kg

RANKS = Path(__file__).resolve().parent / "articles_ranks"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    opened = kg.open(tmp_path_factory.mktemp("ranks") / "store")
    assert {o.status for o in opened.ingest([RANKS])} == {"added"}
    return opened


def source_rows(store, value: str) -> dict:
    figures = store.query("figures", measure="ekspor karet", year=2023)
    reference = next(r["fact"] for r in figures if r["value"] == Decimal(value))
    return {r["value"]: r for r in store.query("sources", fact=reference)}


@pytest.mark.parametrize("reference", ["1250000000", "1400000000"])
def test_the_latest_official_statement_is_preferred_whichever_figure_is_asked_about(store, reference):
    rows = source_rows(store, reference)
    assert set(rows) == {Decimal("1250000000"), Decimal("1251000000"), Decimal("1400000000")}
    assert {v for v, r in rows.items() if r["rank"] == "preferred"} == {Decimal("1251000000")}
    assert {r["preferredValue"] for r in rows.values()} == {Decimal("1251000000")}
    assert {v: r["agreesWithPreferred"] for v, r in rows.items()} == {
        Decimal("1250000000"): True, Decimal("1251000000"): True, Decimal("1400000000"): False}


def test_the_most_recent_report_is_not_preferred_when_a_business_association_stands_behind_it(store):
    rows = source_rows(store, "1250000000")
    latest = max(rows.values(), key=lambda r: r["published"])
    assert latest["value"] == Decimal("1400000000") and latest["rank"] == "normal"
    # the association its chair's title names reports it (as the gold credits such figures), not BPS
    assert latest["agencyName"] == "Gabungan Perusahaan Karet Indonesia Sumatera Selatan"
    assert rows[Decimal("1251000000")]["agencyName"] == "Badan Pusat Statistik"


def consistency_rows(store, **params) -> dict:
    return {r["stated"]: r for r in store.query("consistency", check="agreement", **params)}


def test_consistency_reports_each_report_against_the_preferred_one(store):
    """The consistency template reads the same ranks: every report of the figure is checked
    against the preferred one (the later BPS statement), the disagreeing one is inconsistent."""
    rows = consistency_rows(store)
    assert set(rows) == {Decimal("1250000000"), Decimal("1251000000"), Decimal("1400000000")}
    preferred = {r["first"] for r in rows.values()}
    assert len(preferred) == 1
    assert rows[Decimal("1251000000")]["fact"] == preferred.pop()  # the preferred report is its own reference
    assert {v: r["status"] for v, r in rows.items()} == {
        Decimal("1250000000"): "consistent", Decimal("1251000000"): "consistent",
        Decimal("1400000000"): "inconsistent"}
    assert {r["computed"] for r in rows.values()} == {Decimal("1251000000")}
    assert {r["firstArticle"] for r in rows.values()} == {rows[Decimal("1251000000")]["article"]}
    assert rows[Decimal("1400000000")]["difference"] == Decimal("-149000000")


def test_consistency_agreement_follows_the_tolerance_and_the_filters(store):
    strict = consistency_rows(store, agreement=Decimal("0.0001"))  # 1,25 vs 1,251 is 0.08 %
    assert strict[Decimal("1250000000")]["status"] == "inconsistent"
    only = consistency_rows(store, only="inconsistent")
    assert set(only) == {Decimal("1400000000")}
    article = only[Decimal("1400000000")]["article"]
    assert set(consistency_rows(store, article=article)) == {Decimal("1400000000")}


def test_a_figure_no_other_article_reports_is_not_checked_for_agreement(tmp_path):
    alone = kg.open(tmp_path / "store")
    alone.ingest([RANKS / "303_bisnis_karet_sumsel.txt"])
    assert alone.query("consistency", check="agreement") == []
