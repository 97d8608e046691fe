"""Values listed after 'masing-masing' / 'berturut-turut' pair, in order, with the periods listed right before it
(decision 0088; frame.py respective_period; lexicon respectively_words, list_joining_words, list_lead_words).
Sentences written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
HEAD = ("---\npublished: 2024-05-14\n---\nEkspor Kopi Naik\n\nKENDARI - Badan Pusat Statistik Provinsi Sulawesi "
        "Tenggara mencatat ")


def periods(sentence: str):
    figs = extract(parse_article(HEAD + sentence + "\n", lexicon=LEXICON), LEXICON).figures
    return [(str(f.value), f.period.start.isoformat() if f.period else None, f.period.end.isoformat() if f.period else None)
            for f in figs]


@pytest.mark.parametrize("sentence, expected", [
    ("nilai ekspor pada Maret dan April 2024 masing-masing US$ 75 juta dan US$ 80 juta.",
     [("75000000", "2024-03-01", "2024-03-31"), ("80000000", "2024-04-01", "2024-04-30")]),
    ("nilai ekspor pada 2021, 2022, dan 2023 masing-masing sebesar US$ 1 miliar, US$ 1,2 miliar, dan US$ 1,5 miliar.",
     [("1000000000", "2021-01-01", "2021-12-31"), ("1200000000", "2022-01-01", "2022-12-31"),
      ("1500000000", "2023-01-01", "2023-12-31")]),
    ("nilai ekspor triwulan I dan triwulan II 2024 masing-masing sebesar US$ 250 juta dan US$ 270 juta.",
     [("250000000", "2024-01-01", "2024-03-31"), ("270000000", "2024-04-01", "2024-06-30")]),
    ("nilai ekspor Januari, Februari, dan Maret 2024 berturut-turut US$ 70 juta, US$ 75 juta, dan US$ 80 juta.",
     [("70000000", "2024-01-01", "2024-01-31"), ("75000000", "2024-02-01", "2024-02-29"),
      ("80000000", "2024-03-01", "2024-03-31")]),
])
def test_values_listed_after_respectively_take_the_periods_listed_before(sentence, expected):
    assert periods(sentence) == expected


def test_one_period_before_a_list_of_parts_is_the_period_of_each():
    """(counter-case: 'pada Maret 2024, ekspor kopi dan kakao masing-masing X dan Y' lists goods, not periods)"""
    assert periods("pada Maret 2024 ekspor kopi dan kakao masing-masing US$ 50 juta dan US$ 30 juta.") == [
        ("50000000", "2024-03-01", "2024-03-31"), ("30000000", "2024-03-01", "2024-03-31")]


def test_fewer_periods_than_values_pair_nothing():
    """(counter-case: two periods, three values: no pairing; the sentence's period as before)"""
    got = periods("nilai ekspor pada Maret dan April 2024 masing-masing US$ 75 juta, US$ 80 juta, dan US$ 85 juta.")
    assert len({p[1:] for p in got}) == 1


@pytest.mark.parametrize("sentence", [
    "nilai ekspor kopi dan kakao selama Januari dan Februari 2024 masing-masing US$ 20 juta dan US$ 12 juta.",
    "ekspor Sulawesi Selatan dan Sulawesi Tenggara pada Januari dan Februari 2024 masing-masing mencapai US$ 310 juta "
    "dan US$ 540 juta.",
])
def test_a_span_or_a_list_of_other_things_before_pairs_nothing(sentence):
    """(counter-cases found in review: 'selama' makes the months one span; the values may go with the goods or
    regions listed before the periods)"""
    assert len({p[1:] for p in periods(sentence)}) == 1


def test_a_month_listed_before_january_is_of_the_year_before():
    assert periods("nilai ekspor pada Desember dan Januari 2024 masing-masing sebesar US$ 410 juta dan US$ 385 juta.") == [
        ("410000000", "2023-12-01", "2023-12-31"), ("385000000", "2024-01-01", "2024-01-31")]
