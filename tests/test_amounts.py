"""Indonesian amounts parse to exact decimals in base units, with their unit."""
from decimal import Decimal

import pytest

from kg.extract.amounts import find_amounts as find_with, parse_number
from kg.extract.lexicon import Lexicon

LEXICON = Lexicon.default()


def find_amounts(text):
    return find_with(LEXICON, text)


@pytest.mark.parametrize("text, expected", [
    ("1.725,99", Decimal("1725.99")), ("186,98", Decimal("186.98")), ("2.932", Decimal("2932")),
    ("6.94", Decimal("6.94")), ("250", Decimal("250")), ("1.234.567,5", Decimal("1234567.5")),
])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text, value, unit", [
    ("ekspor mencapai US$ 186,98 miliar pada 2023", Decimal("186980000000"), "USD"),
    ("investasi sebesar Rp250 triliun", Decimal("250000000000000"), "IDR"),
    ("realisasi 65 juta USD tahun ini", Decimal("65000000"), "USD"),
    ("surplus 1.725,99 juta dolar AS", Decimal("1725990000"), "USD"),
    ("menyumbang 72,24% dari total", Decimal("72.24"), "percent"),
    ("naik 6,94 persen", Decimal("6.94"), "percent"),
    ("tenaga kerja sebanyak 900 ribu orang", Decimal("900000"), "orang"),
    ("senilai Rp 3,3 M ke Singapura", Decimal("3300000000"), "IDR"),
    ("sekitar USD186,40 miliar", Decimal("186400000000"), "USD"),
    ("sebesar 2,5 milyar euro", Decimal("2500000000"), "EUR"),
])
def test_amount_value_and_unit(text, value, unit):
    amounts = find_amounts(text)
    assert [(a.value, a.unit) for a in amounts] == [(value, unit)]


def test_range_keeps_both_bounds_with_shared_unit():
    amounts = find_amounts("tumbuh 7 hingga 8 persen tahun depan")
    assert [(a.value, a.unit) for a in amounts] == [(Decimal(7), "percent"), (Decimal(8), "percent")]
    assert amounts[0].range_with is amounts[1]


def test_range_shares_scale_and_currency():
    amounts = find_amounts("diperkirakan 65 miliar–70 miliar dolar AS")
    assert [a.value for a in amounts] == [Decimal("65000000000"), Decimal("70000000000")]
    assert {a.unit for a in amounts} == {"USD"}
    amounts = find_amounts("sekitar US$ 1,2-1,5 miliar")
    assert [a.value for a in amounts] == [Decimal("1200000000"), Decimal("1500000000")]


def test_restatement_in_second_currency_points_at_first():
    first, second = find_amounts("mencapai USD 725,54 juta (Rp 10,6 triliun), naik")
    assert (first.unit, second.unit) == ("USD", "IDR")
    assert second.restates is first and second.value == Decimal("10600000000000")


def test_approximation_is_kept():
    (amount,) = find_amounts("hampir Rp 5 triliun")
    assert amount.qualifier == "upper_bound"
    (amount,) = find_amounts("lebih dari 1.000 eksportir")
    assert amount.qualifier == "lower_bound" and amount.unit == "eksportir"


@pytest.mark.parametrize("text", ["Ke-18 kawasan industri", "Nomor 24 Tahun 2023", "Kamis (15/2)", "Covid-19 melanda",
                                  "Making Indonesia 4.0"])
def test_not_quantities(text):
    assert find_amounts(text) == []


def test_offsets_point_at_the_amount():
    text = "Nilai ekspor US$ 1,5 miliar."
    (amount,) = find_amounts(text)
    assert text[amount.start:amount.end] == "US$ 1,5 miliar"
