"""A value in brackets right after the period a change is compared with ('naik 6,1% dibanding periode yang sama tahun
2022 (Rp612,5 triliun)') is that period's value, the base, as 'dibanding ... sebesar X' is (frame.py base_cue); so is a rate in a relative clause
right after the compared period when the sentence has reported its own rate before ('tumbuh 5,8 persen, lebih tinggi
dibandingkan triwulan III 2022 yang tumbuh 4,9 persen'; frame.py compared_periods_own_change). Sentences written for
these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def periods(body: str):
    text = f"---\npublished: 2023-10-25\n---\nRealisasi Investasi Sumberjaya\n\n{body}\n"
    return {str(f.value): (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None
            for f in extract(parse_article(text, lexicon=LEXICON), LEXICON).figures}


@pytest.mark.parametrize("compared", ["periode yang sama tahun 2022 (Rp612,5 triliun)",
                                      "periode yang sama tahun lalu ( Rp612,5 triliun )",
                                      "Januari-September 2022 (Rp612,5 triliun)"])
def test_a_bracketed_value_after_the_compared_period_is_its_value(compared):
    got = periods(f"Realisasi investasi Januari-September 2023 (Rp650,2 triliun) naik 6,1% dibanding {compared}, kata "
                  "Kepala Dinas Penanaman Modal Sumberjaya, Wulan Anggraini.")
    assert got["650200000000000"] == got["6.1"] == ("2023-01-01", "2023-09-30")
    assert got["612500000000000"] == ("2022-01-01", "2022-09-30")


def test_a_bracketed_share_after_a_value_is_no_base():
    """(counter-case: a bracket after the value reported, not after a compared period)"""
    got = periods("Realisasi investasi Januari-September 2023 sebesar Rp650,2 triliun (48,1 persen dari target) naik "
                  "6,1% dibanding periode yang sama tahun lalu.")
    assert got["48.1"] == ("2023-01-01", "2023-09-30")


@pytest.mark.parametrize("sentence", [
    "Ekonomi Sumberjaya pada triwulan III 2023 tumbuh 5,8 persen (yoy), lebih tinggi dibandingkan triwulan III 2022 "
    "yang tumbuh 4,9 persen.",
    "Ekonomi Sumberjaya pada triwulan III 2023 tumbuh 5,8 persen (yoy), melambat dibanding triwulan III 2022 yang "
    "sempat tumbuh 4,9 persen.",
])
def test_the_compared_periods_own_change_in_a_relative_clause_is_its_own(sentence):
    """'lebih tinggi dibandingkan triwulan III 2022 yang tumbuh X': X is the change of the period compared with"""
    got = periods(sentence)
    assert got["5.8"] == ("2023-07-01", "2023-09-30") and got["4.9"] == ("2022-07-01", "2022-09-30")


def test_a_lone_change_against_a_period_is_the_reports():
    """(counter-case: with no rate reported before it in the sentence, the rate is the change against that period)"""
    got = periods("Ekspor Sumberjaya pada Mei 2023 mencapai Rp2,1 triliun. Begitu pun bila dibandingkan dengan Mei 2022 "
                  "yang naik sebesar 4,9 persen.")
    assert got["4.9"] == ("2023-05-01", "2023-05-31")


@pytest.mark.parametrize("sentence", [
    "Dibandingkan dengan tahun lalu, jumlah eksportir (37 perusahaan) bertambah.",
    "Realisasi investasi Januari-September 2023 mencapai Rp650,2 triliun, lebih tinggi dibanding Kabupaten Garut "
    "(Rp412,5 triliun).",
    "Dibanding periode yang sama tahun lalu, realisasi investasi Januari-September 2023 (Rp650,2 triliun) naik 6,1 persen.",
])
def test_a_bracket_after_anything_but_the_compared_period_is_no_base(sentence):
    """(found in review: only a bracket right after the period compared with holds that period's value)"""
    got = periods("Realisasi investasi Sumberjaya pada Januari-September 2023 naik. " + sentence)
    assert all(period == ("2023-01-01", "2023-09-30") for period in got.values())
