"""'Tahun lalu, setahun penuh kita salurkan X': a whole year without its number (lexicon whole_year_phrases) right after
a year says that year is meant whole; it is that year, not the frame's or the publication's (frame.py
whole_year_said_again). Sentences written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
LEAD = "---\npublished: 2024-09-10\n---\nKUR Sumberjaya\n\nPenyaluran KUR di Sumberjaya hingga Agustus 2024 mencapai Rp28,1 triliun. "


def year_of(sentence: str) -> int:
    figures = extract(parse_article(LEAD + sentence + "\n", lexicon=LEXICON), LEXICON).figures
    value = next(f for f in figures if str(f.value) == "37200000000000")
    assert value.period.start.month == 1 and value.period.end.month == 12
    return value.period.start.year


@pytest.mark.parametrize("sentence", ['"Tahun lalu, setahun penuh kita salurkan Rp37,2 triliun," kata kepala kantor.',
                                      "Pada 2023 sepanjang tahun penyaluran mencapai Rp37,2 triliun."])
def test_a_whole_year_right_after_a_year_is_that_year(sentence):
    assert year_of(sentence) == 2023


def test_a_whole_year_alone_is_the_years_of_writing():
    """(counter-case: with no year before it, 'setahun penuh' is the year the text reports on)"""
    assert year_of("Target setahun penuh, penyaluran diperkirakan mencapai Rp37,2 triliun.") == 2024


def test_a_whole_year_after_a_year_compared_with_is_the_current_one():
    """(found in review: 'tahun lalu' compared with, then a comma: the whole year is the one of writing)"""
    assert year_of("Angka itu naik 12 persen dibanding tahun lalu, setahun penuh penyaluran diproyeksikan mencapai "
                   "Rp37,2 triliun.") == 2024
