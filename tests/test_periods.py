"""Period mentions resolve to calendar bounds, relative ones against an anchor."""
import datetime as dt

import pytest

from kg.extract.lexicon import Lexicon
from kg.extract.periods import find_periods
from kg.model import Period

LEXICON = Lexicon.default()


def resolved(text, anchor=None, published=dt.date(2024, 2, 15)):
    return [m.resolve(anchor, published) for m in find_periods(LEXICON, text, 0, len(text))]


D = dt.date


@pytest.mark.parametrize("text, start, end", [
    ("pada tahun 2023", D(2023, 1, 1), D(2023, 12, 31)),
    ("sepanjang 2022", D(2022, 1, 1), D(2022, 12, 31)),
    ("Januari-September 2019", D(2019, 1, 1), D(2019, 9, 30)),
    ("Januari hingga Desember 2023", D(2023, 1, 1), D(2023, 12, 31)),
    ("2022 (sampai November)", D(2022, 1, 1), D(2022, 11, 30)),
    ("kuartal I 2024", D(2024, 1, 1), D(2024, 3, 31)),
    ("triwulan III 2023", D(2023, 7, 1), D(2023, 9, 30)),
    ("semester I 2023", D(2023, 1, 1), D(2023, 6, 30)),
    ("sejak 2017-2022", D(2017, 1, 1), D(2022, 12, 31)),
    ("Februari 2024", D(2024, 2, 1), D(2024, 2, 29)),
])
def test_explicit_periods(text, start, end):
    assert resolved(text) == [Period(start, end)]


def test_year_missing_takes_the_publication_year():
    assert resolved("hingga November") == [Period(D(2024, 1, 1), D(2024, 11, 30))]
    assert resolved("kuartal II") == [Period(D(2024, 4, 1), D(2024, 6, 30))]


def test_relative_periods():
    anchor = Period(D(2022, 1, 1), D(2022, 9, 30))
    assert resolved("periode yang sama tahun sebelumnya", anchor) == [Period(D(2021, 1, 1), D(2021, 9, 30))]
    assert resolved("tahun lalu") == [Period(D(2023, 1, 1), D(2023, 12, 31))]
    assert resolved("tahun ini") == [Period(D(2024, 1, 1), D(2024, 12, 31))]


def test_dates_and_decree_years_are_not_periods():
    assert resolved("kata Agus, Senin (4/11/2019)") == []
    assert resolved("Keppres Nomor 24 Tahun 2023") == []
