"""A rate of change compared with the end of a month a year before ('naik 0,4 persen dibandingkan dengan periode akhir
Juni 2023') in a report on the months so far compares the span that ended then, not that month: the change keeps the
report's months (frame.py `growth_over_one_compared_month`, lexicon month_end_words). Compared with the month itself
('dibandingkan Juni 2023') it is the change of the report's last month. Sentences written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
LEAD = ("---\npublished: 2024-07-20\n---\nPenerimaan Kanwil Bea Cukai Sumberjaya\n\nHingga akhir Juni 2024 penerimaan "
        "Kanwil Bea Cukai Sumberjaya mencapai Rp2,31 triliun atau 48,2 persen dari target. ")


def growth_period(sentence: str):
    figures = extract(parse_article(LEAD + sentence + "\n", lexicon=LEXICON), LEXICON).figures
    growth = next(f for f in figures if str(f.value) == "0.4")
    return growth.period.start.isoformat(), growth.period.end.isoformat()


@pytest.mark.parametrize("compared", ["periode akhir Juni 2023", "akhir Juni tahun lalu"])
def test_a_change_against_the_end_of_last_years_span_keeps_the_months(compared):
    assert growth_period(f"Bea keluar tercatat Rp410 miliar, hanya naik 0,4 persen dibandingkan dengan {compared}.") \
        == ("2024-01-01", "2024-06-30")


def test_a_change_against_last_years_month_is_the_months_change():
    assert growth_period("Bea keluar tercatat Rp410 miliar, hanya naik 0,4 persen dibandingkan dengan Juni 2023.") \
        == ("2024-06-01", "2024-06-30")
