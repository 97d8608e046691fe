"""'Now' in what was said on the day the text reports from (decision 0088): a page published the morning after a
statement ('Saat ini cadangannya 380.000 ton," kata X, Rabu (15/3)', the date line 'Kamis, 16 Maret 2023 / 10:52
WIB') puts a level held now on that day, and what was realised so far against a target runs from January to it
(read.py reporting_day; frame.py now_day). A date line whose time follows a slash is read. Sentences written for
these tests."""
from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def page(spoken: str, stamp: str = "Kamis, 16 Maret 2023 / 10:52 WIB"):
    return (f"Cadangan Beras Pemerintah Menipis\n\n{stamp}\n\nJAKARTA - Perum Bulog melaporkan cadangan beras "
            f"pemerintah menipis.\n\n\"Saat ini cadangannya memang 380.000 ton,\" kata Direktur Utama Perum Bulog, "
            f"Budi Santoso, saat dijumpai di Jakarta{spoken}.\n\nIa juga melaporkan saat ini pihaknya sudah menyerap "
            f"18.000 ton beras. Jumlah itu masih jauh dari target penyerapan 2023 sebesar 2,4 juta ton.\n")


def periods(text: str):
    figs = extract(parse_article(text, lexicon=LEXICON), LEXICON).figures
    return {str(f.value): (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None for f in figs}


def test_a_date_line_with_its_time_after_a_slash_is_the_publication_date():
    assert parse_article(page(""), lexicon=LEXICON).published.isoformat() == "2023-03-16"


def test_a_level_held_now_stood_on_the_day_it_was_said():
    got = periods(page(", Rabu (15/3)"))
    assert got["380000"] == ("2023-03-15", "2023-03-15")
    assert got["18000"] == ("2023-01-01", "2023-03-15")


def test_without_a_day_said_now_is_the_publication_day():
    got = periods(page(""))
    assert got["380000"] == ("2023-03-16", "2023-03-16")
    assert got["18000"] == ("2023-01-01", "2023-03-16")


def test_a_day_said_long_before_publication_is_no_reporting_day():
    """(counter-case: a week before publication the weekday date is another event's, not the day 'now' was said)"""
    got = periods(page(", Rabu (8/3)"))
    assert got["380000"] == ("2023-03-16", "2023-03-16")
