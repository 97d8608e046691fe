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
    ("Maret sampaiJuli 2022", D(2022, 3, 1), D(2022, 7, 31)),  # a space lost before the month
    # the first n quarters counted together: January to the end of the n-th
    ("selama tiga kuartal 2023", D(2023, 1, 1), D(2023, 9, 30)),
    ("dua triwulan pertama 2022", D(2022, 1, 1), D(2022, 6, 30)),
    ("3 kuartal awal tahun 2021", D(2021, 1, 1), D(2021, 9, 30)),
    ("hingga dengan triwulan II 2020", D(2020, 1, 1), D(2020, 6, 30)),  # 'hingga dengan' as 'sampai dengan'
    # a half year as business pages abbreviate it (lexicon quarters, part_abbreviations: H)
    ("ekspor H1 2024", D(2024, 1, 1), D(2024, 6, 30)),
    ("pada H2 2023", D(2023, 7, 1), D(2023, 12, 31)),
    # parts from one to another of a year, the part word said once or twice
    ("triwulan I-III 2024", D(2024, 1, 1), D(2024, 9, 30)),
    ("kuartal I sampai III 2024", D(2024, 1, 1), D(2024, 9, 30)),
    ("triwulan II s.d. IV 2022", D(2022, 4, 1), D(2022, 12, 31)),
    ("kuartal I hingga kuartal III 2023", D(2023, 1, 1), D(2023, 9, 30)),
])
def test_explicit_periods(text, start, end):
    assert resolved(text) == [Period(start, end)]


def test_a_bare_h_with_a_number_is_no_half_year():
    assert find_periods(LEXICON, "gudang H2 miliknya penuh", 0, 24) == []


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


def test_month_with_a_relative_year():
    anchor = Period(D(2023, 9, 1), D(2023, 9, 30))
    assert resolved("Maret tahun sebelumnya", anchor) == [Period(D(2022, 3, 1), D(2022, 3, 31))]
    assert resolved("Januari-November tahun ini") == [Period(D(2024, 1, 1), D(2024, 11, 30))]
    assert resolved("Januari-November tahun ini", published=None) == [None]  # undated: never a guessed year


def test_same_period_of_a_named_year_keeps_the_frame_months():
    anchor = Period(D(2020, 1, 1), D(2020, 6, 30))
    assert resolved("periode yang sama tahun 2019", anchor) == [Period(D(2019, 1, 1), D(2019, 6, 30))]
    assert resolved("periode yang sama di tahun sebelumnya", anchor) == [Period(D(2019, 1, 1), D(2019, 6, 30))]


def test_previous_month_counts_from_a_one_month_frame():
    assert resolved("bulan sebelumnya", Period(D(2024, 1, 1), D(2024, 1, 31))) == [Period(D(2023, 12, 1), D(2023, 12, 31))]
    assert resolved("dibanding bulan lalu", Period(D(2024, 1, 1), D(2024, 10, 31))) == [None]
    assert resolved("naik dari bulan lalu", Period(D(2024, 1, 1), D(2024, 1, 31))) == [Period(D(2023, 12, 1), D(2023, 12, 31))]


@pytest.mark.parametrize("text, period", [
    # said of what is measured: the month before publication (15 February 2024) when the frame is
    # no single month
    ("penjualan bulan lalu mencapai", Period(D(2024, 1, 1), D(2024, 1, 31))),
    ("kiriman dari gudang itu bulan lalu mencapai", Period(D(2024, 1, 1), D(2024, 1, 31))),
    # compared with, the day data came out, or the bound of a span: the month before the
    # frame's, which a whole year has not
    ("turun dibandingkan ekspor bulan lalu", None),
    ("berdasarkan hasil rilis BPS bulan lalu", None),
    ("realisasi hingga bulan lalu mencapai", None),
    ("sejak bulan lalu", None),
])
def test_last_month_said_of_the_measure_is_the_month_before_publication(text, period):
    assert resolved(text, Period(D(2023, 1, 1), D(2023, 12, 31))) == [period]
    assert resolved(text, published=None) == [None]  # undated: never a guessed month


def test_last_month_in_a_report_on_an_older_month_is_the_month_before_it():
    november = Period(D(2023, 11, 1), D(2023, 11, 30))  # a page of 15 February 2024 reporting on November
    assert resolved("penjualan bulan lalu mencapai", november) == [Period(D(2023, 10, 1), D(2023, 10, 31))]
    assert resolved("hasil rilis BPS bulan lalu", november) == [Period(D(2023, 10, 1), D(2023, 10, 31))]
    january = Period(D(2024, 1, 1), D(2024, 1, 31))  # the month before publication itself
    assert resolved("penjualan bulan lalu mencapai", january) == [january]


def test_year_so_far_ends_before_the_publication_month():
    assert resolved("sepanjang 2024 ini", published=D(2024, 6, 10)) == [Period(D(2024, 1, 1), D(2024, 5, 31))]
    assert resolved("sepanjang 2023 ini", published=D(2024, 6, 10)) == [Period(D(2023, 1, 1), D(2023, 12, 31))]


def test_months_said_before_a_year_with_ini_are_those_months():
    """'Januari-Oktober 2020 ini', 'semester I 2020 ini': the months (or part) named, of that year;
    only a year said alone with 'ini' is the year so far."""
    june = D(2020, 6, 10)
    assert resolved("pada Januari-Oktober 2020 ini", published=D(2020, 12, 2)) == [Period(D(2020, 1, 1), D(2020, 10, 31))]
    assert resolved("selama Maret–Mei 2020 ini", published=june) == [Period(D(2020, 3, 1), D(2020, 5, 31))]
    assert resolved("pada semester I 2020 ini", published=D(2020, 8, 1)) == [Period(D(2020, 1, 1), D(2020, 6, 30))]
    assert resolved("triwulan pertama 2020 ini", published=june) == [Period(D(2020, 1, 1), D(2020, 3, 31))]
    assert resolved("sepanjang 2020 ini", published=june) == [Period(D(2020, 1, 1), D(2020, 5, 31))]


def test_whole_year_without_its_number_and_vague_spans():
    assert resolved("setahun penuh") == [Period(D(2024, 1, 1), D(2024, 12, 31))]
    assert resolved("sepanjang tahun", Period(D(2022, 1, 1), D(2022, 3, 31))) == [Period(D(2022, 1, 1), D(2022, 12, 31))]
    assert resolved("pada awal 2020") == [None]
    assert resolved("hingga pertengahan tahun") == [None]


def test_a_month_without_preposition():
    assert resolved("ekspor Maret turun") == [Period(D(2024, 3, 1), D(2024, 3, 31))]
    assert resolved("Tanggal 17 Agustus libur") == []  # a day, no month period


def test_until_a_month_with_sampai_dengan_is_cumulative():
    assert resolved("sampai dengan November 2022") == [Period(D(2022, 1, 1), D(2022, 11, 30))]


def test_a_month_named_by_its_number():
    import datetime as dt
    from kg.extract.lexicon import Lexicon
    from kg.extract.periods import find_periods
    lex = Lexicon.default()

    def said(text):
        return [(m.resolve(None, dt.date(2020, 7, 21)), text[m.start:m.end]) for m in find_periods(lex, text, 0, len(text))]
    ((june, _),) = said("pada bulan keenam tahun ini ekspor naik")
    assert (june.start.isoformat(), june.end.isoformat()) == ("2020-06-01", "2020-06-30")
    ((march, _),) = said("bulan ke-3 2024")
    assert march.start.isoformat() == "2024-03-01"
    ((first, text),) = said("selama tiga bulan pertama 2020")
    assert text == "tiga bulan pertama 2020" and first.end.isoformat() == "2020-03-31"


def test_a_month_name_inside_a_lower_case_word_is_no_month():
    assert resolved("pemberiannovember 2021") == [Period(D(2021, 1, 1), D(2021, 12, 31))]


@pytest.mark.parametrize("text, start, end", [
    ("pada 3 hingga 9 Maret 2023", D(2023, 3, 3), D(2023, 3, 9)),
    ("dalam periode tanggal 4-10 Mei 2023", D(2023, 5, 4), D(2023, 5, 10)),
    ("yakni 28 Juni sampai 4 Juli 2023", D(2023, 6, 28), D(2023, 7, 4)),
])
def test_a_span_of_days_is_those_days_not_the_year_to_date(text, start, end):
    """A week of shipments ('3 hingga 9 Maret 2023') is read whole: without the day span,
    'hingga 9 Maret 2023' alone would be January to 9 March."""
    assert resolved(text) == [Period(start, end)]


def test_days_out_of_order_are_not_a_span():
    assert resolved("naik 9 hingga 3 Maret 2023") != [Period(D(2023, 3, 3), D(2023, 3, 9))]


def test_a_month_with_lalu_is_the_last_such_month_before_publication():
    """'Agustus lalu' in a page of November 2023 is August 2023, whatever year the frame is on;
    in a page of March 2024 it is August 2023. Not 'Maret tahun lalu', a month of last year."""
    assert resolved("ekspor Agustus lalu", Period.year(2022), dt.date(2023, 11, 6)) == [Period.months(2023, 8, 8)]
    assert resolved("pada Agustus lalu", None, dt.date(2024, 3, 1)) == [Period.months(2023, 8, 8)]
    assert resolved("pada Maret tahun lalu", None, dt.date(2024, 5, 1)) == [Period.months(2023, 3, 3)]


def test_until_a_month_of_this_or_last_year_is_cumulative():
    """'hingga Agustus ini', 'sampai akhir Mei tahun lalu': January to that month, as 'hingga
    Agustus 2024' is; the month alone when no 'hingga' comes before it."""
    assert resolved("hingga Agustus ini", published=D(2024, 9, 20)) == [Period(D(2024, 1, 1), D(2024, 8, 31))]
    assert resolved("sampai akhir Mei tahun lalu") == [Period(D(2023, 1, 1), D(2023, 5, 31))]
    assert resolved("pada Agustus ini", published=D(2024, 9, 20)) == [Period(D(2024, 8, 1), D(2024, 8, 31))]


def test_this_year_so_far_runs_from_january_to_the_frames_end():
    """'sepanjang tahun ini' in a report on October: January to October of the frame's year,
    undated text too; dated in another year than the frame's, that year so far; with neither,
    unknown."""
    october = Period(D(2021, 10, 1), D(2021, 10, 31))
    assert resolved("sepanjang tahun ini", october, published=None) == [Period(D(2021, 1, 1), D(2021, 10, 31))]
    assert resolved("selama tahun berjalan", october, published=D(2021, 11, 15)) == [Period(D(2021, 1, 1), D(2021, 10, 31))]
    assert resolved("sepanjang tahun ini", october, published=D(2022, 4, 2)) == [Period(D(2022, 1, 1), D(2022, 3, 31))]
    assert resolved("sepanjang tahun ini", None, published=None) == [None]


@pytest.mark.parametrize("text, start, end", [
    ("produksi Oktober tahun 2021 naik", D(2021, 10, 1), D(2021, 10, 31)),
    ("pada bulan Mei tahun 2019", D(2019, 5, 1), D(2019, 5, 31)),
])
def test_a_month_with_tahun_before_its_year_is_that_month(text, start, end):
    assert resolved(text) == [Period(start, end)]


def test_a_month_before_a_currency_sign_is_a_month_in_a_list_of_values():
    got = resolved("cadangan turun menjadi US$50 miliar, Oktober US$48 miliar, dan November Rp 7 triliun")
    assert got == [Period(D(2024, 10, 1), D(2024, 10, 31)), Period(D(2024, 11, 1), D(2024, 11, 30))]


def test_a_month_before_a_capitalised_name_is_still_not_read_as_a_month():
    assert resolved("kata Agustus Wibowo kepada wartawan") == []


def test_mei_is_a_month_before_a_currency_sign_only():
    assert resolved("April US$6 miliar, Mei US$5 miliar") == [Period(D(2024, 4, 1), D(2024, 4, 30)),
                                                               Period(D(2024, 5, 1), D(2024, 5, 31))]
    assert resolved("ujar Mei Lestari") == []


@pytest.mark.parametrize("anchor, expected", [
    (Period(D(2021, 7, 1), D(2021, 9, 30)), Period(D(2021, 4, 1), D(2021, 6, 30))),
    (Period(D(2021, 1, 1), D(2021, 3, 31)), Period(D(2020, 10, 1), D(2020, 12, 31))),
    (Period(D(2021, 1, 1), D(2021, 6, 30)), Period(D(2020, 7, 1), D(2020, 12, 31))),
    (Period(D(2021, 5, 1), D(2021, 5, 31)), None),    # a month is no quarter: unknown
    (Period(D(2021, 1, 1), D(2021, 8, 31)), None),    # a year to date neither
])
def test_the_quarter_before_is_counted_from_a_quarter_or_half_year_frame(anchor, expected):
    assert resolved("naik dibandingkan kuartal sebelumnya", anchor=anchor) == [expected]


@pytest.mark.parametrize("text, start, end", [
    ("hingga triwulan II tahun 2022", D(2022, 1, 1), D(2022, 6, 30)),
    ("sampai dengan kuartal III 2021", D(2021, 1, 1), D(2021, 9, 30)),
    ("Per triwulan III tahun 2020", D(2020, 1, 1), D(2020, 9, 30)),
    ("s.d. semester II 2019", D(2019, 1, 1), D(2019, 12, 31)),
    ("sampai akhir kuartal IV", D(2024, 1, 1), D(2024, 12, 31)),  # no year: the publication's
    ("sepanjang triwulan III 2020", D(2020, 7, 1), D(2020, 9, 30)),  # no 'until' word: the part alone
])
def test_until_a_part_of_the_year_is_the_year_so_far(text, start, end):
    assert resolved(text) == [Period(start, end)]


def test_per_part_without_a_number_is_no_period():
    # 'per triwulan' with no number is a rate per quarter, not 'as of a quarter'
    assert resolved("sekitar Rp 6 triliun per triwulan") == []


@pytest.mark.parametrize("text, start, end", [
    ("pada kuartal ke empat tahun 2019", D(2019, 10, 1), D(2019, 12, 31)),  # the count spelled apart from 'ke'
    ("triwulan ke-dua 2021", D(2021, 4, 1), D(2021, 6, 30)),
    ("semester ke satu 2020", D(2020, 1, 1), D(2020, 6, 30)),
    ("kuartal ke- 3 / 2018", D(2018, 7, 1), D(2018, 9, 30)),  # 'ke-', a digit, the year after a slash
    ("triwulan II-2017", D(2017, 4, 1), D(2017, 6, 30)),
])
def test_a_part_counted_with_ke_and_a_spelled_number(text, start, end):
    assert resolved(text) == [Period(start, end)]


@pytest.mark.parametrize("text, start, end", [
    ("pada semester satu tahun 2019", D(2019, 1, 1), D(2019, 6, 30)),  # the cardinal alone, no 'ke'
    ("kuartal dua 2020", D(2020, 4, 1), D(2020, 6, 30)),
    ("selama triwulan tiga tahun ini", D(2024, 7, 1), D(2024, 9, 30)),
    ("semester dua tahun 2021", D(2021, 7, 1), D(2021, 12, 31)),  # 'tahun' and a year: the part of that year
    ("di tri wulan pertama 2016", D(2016, 1, 1), D(2016, 3, 31)),  # 'tri wulan' written apart
])
def test_a_part_counted_with_a_spelled_cardinal(text, start, end):
    assert resolved(text) == [Period(start, end)]


def test_a_part_counted_with_a_spelled_cardinal_in_a_relative_year():
    anchor = Period(D(2019, 1, 1), D(2019, 6, 30))
    assert resolved("dibanding semester satu tahun sebelumnya", anchor=anchor) == [Period(D(2018, 1, 1), D(2018, 6, 30))]


@pytest.mark.parametrize("text", ["naik kuartal dua kali berturut-turut", "turun dalam semester dua tahun terakhir",
                                  "selama triwulan tiga bulan ke depan"])
def test_a_spelled_number_that_counts_something_else_after_a_part_word_is_no_part(text):
    assert [p for p in resolved(text) if p is not None and (p.end - p.start).days < 200] == []


@pytest.mark.parametrize("text", ["Tahun kemarin di bulan yang sama porsinya 2,9 persen", "tahun sebelumnya, periode yang sama",
                                  "tahun lalu pada triwulan yang sama"])
def test_last_year_then_the_same_part_is_one_comparison_period(text):
    """The year said first, the same part of it after: the same period a year before the anchor,
    not the whole of last year."""
    anchor = Period(D(2022, 1, 1), D(2022, 7, 31))
    assert resolved(text, anchor=anchor, published=D(2022, 9, 1)) == [Period(D(2021, 1, 1), D(2021, 7, 31))]


def test_a_span_of_whole_months_shifted_keeps_whole_months():
    assert Period(D(2021, 1, 1), D(2021, 2, 28)).shifted(-1) == Period(D(2020, 1, 1), D(2020, 2, 29))
    assert Period(D(2020, 2, 1), D(2020, 2, 29)).shifted(1) == Period(D(2021, 2, 1), D(2021, 2, 28))
    assert Period(D(2021, 3, 10), D(2021, 4, 20)).shifted(-1) == Period(D(2020, 3, 10), D(2020, 4, 20))
    # a span that does not start on the 1st keeps its days: 28 February stays the 28th
    assert Period(D(2021, 2, 10), D(2021, 2, 28)).shifted(-1) == Period(D(2020, 2, 10), D(2020, 2, 28))


@pytest.mark.parametrize("text", ["sejak 12 tahun lalu sampai kini terdaftar 3.480 koperasi",
                                  "semenjak tiga tahun lalu usaha itu berjalan", "dibentuk tujuh belas tahun lalu"])
def test_a_count_of_years_back_is_not_last_year(text):
    """'sejak 12 tahun lalu', 'tiga tahun lalu': that many years back, not last year's bounds."""
    assert resolved(text) == []


def test_last_year_without_a_count_is_last_year():
    assert resolved("dibanding tahun lalu") == [Period(D(2023, 1, 1), D(2023, 12, 31))]
    assert resolved("naik 5 persen dari tahun lalu") == [Period(D(2023, 1, 1), D(2023, 12, 31))]


def test_the_period_a_year_before_is_the_same_period_last_year():
    anchor = Period(D(2015, 3, 1), D(2015, 3, 31))
    assert resolved("ketimbang periode setahun lalu", anchor=anchor) == [Period(D(2014, 3, 1), D(2014, 3, 31))]


@pytest.mark.parametrize("text, start, end", [
    ("antara bulan Juli dan September 2023", D(2023, 7, 1), D(2023, 9, 30)),
    ("Antara Februari dan April tahun ini", D(2024, 2, 1), D(2024, 4, 30)),
    ("antara Mei dan Agustus", D(2024, 5, 1), D(2024, 8, 31)),  # no year: the publication's
])
def test_the_months_between_two_named_months(text, start, end):
    assert resolved(text) == [Period(start, end)]


def test_a_difference_between_two_months_is_no_span():
    """'selisih harga antara Februari dan April' (lexicon difference_words): two months compared,
    not the months between them."""
    assert Period(D(2024, 2, 1), D(2024, 4, 30)) not in resolved("selisih harga antara Februari dan April 2024")


@pytest.mark.parametrize("text, start, end", [
    ("selama Januari dan Februari 2019", D(2019, 1, 1), D(2019, 2, 28)),  # two months in a row joined: one span
    ("pada bulan Juli serta Agustus tahun lalu", D(2023, 7, 1), D(2023, 8, 31)),
    ("tiga bulan awal tahun 2016", D(2016, 1, 1), D(2016, 3, 31)),  # 'awal' as 'pertama'
])
def test_months_joined_and_the_first_months_said_with_awal(text, start, end):
    assert resolved(text) == [Period(start, end)]


def test_two_months_apart_joined_by_dan_are_no_span():
    assert Period(D(2024, 3, 1), D(2024, 5, 31)) not in resolved("pada bulan Maret dan Mei 2024 target terlampaui")
    assert Period(D(2024, 7, 1), D(2024, 8, 31)) not in resolved("selisih harga antara Juli dan Agustus 2024")


@pytest.mark.parametrize("text, start, end", [
    ("harga patokan pada periode pertama Mei 2024", D(2024, 5, 1), D(2024, 5, 14)),  # half a month: the 1st to the 14th
    ("dibanding periode kedua Februari 2024", D(2024, 2, 15), D(2024, 2, 29)),  # the 15th to the month's end
    ("penetapan harga TBS periode II Juni 2023", D(2023, 6, 15), D(2023, 6, 30)),
])
def test_the_first_or_second_period_of_a_month_is_half_of_it(text, start, end):
    assert resolved(text) == [Period(start, end)]


@pytest.mark.parametrize("text", [
    "tarif berlaku untuk periode 1 Maret 2025",  # a date, not the first half of March
    "program diskon periode 2 Juli 2025 hingga 31 Agustus 2025",  # from a day, not the second half of July
])
def test_a_period_opened_by_a_day_is_no_half_month(text):
    found = resolved(text)
    assert Period(D(2025, 3, 1), D(2025, 3, 14)) not in found
    assert Period(D(2025, 7, 15), D(2025, 7, 31)) not in found


def test_a_numbered_half_month_needs_ke():
    assert resolved("harga acuan periode ke-1 Maret 2025") == [Period(D(2025, 3, 1), D(2025, 3, 14))]


@pytest.mark.parametrize("text", [
    "penjualan teh pada Mei dan Juni 2024 masing-masing sebesar 3 ton dan 4 ton",
    "nilai tukar petani Mei dan Juni 2024 berturut-turut naik 1 persen dan 2 persen",
])
def test_months_joined_with_a_value_for_each_are_no_span(text):
    found = resolved(text)
    assert Period(D(2024, 5, 1), D(2024, 6, 30)) not in found
    assert Period(D(2024, 6, 1), D(2024, 6, 30)) in found


@pytest.mark.parametrize("text", [
    "produksi kuartal satu dan dua 2022 stabil",
    "produksi semester I dan semester II 2022 stabil",
])
def test_the_year_after_the_second_of_two_parts_is_the_first_parts_too(text):
    assert resolved(text)[0] == Period(D(2022, 1, 1), D(2022, 3, 31)) or resolved(text)[0] == Period(D(2022, 1, 1), D(2022, 6, 30))
    assert resolved(text)[0].start.year == 2022


@pytest.mark.parametrize("text, second", [
    ("produksi kuartal satu dan dua 2022 stabil", Period(D(2022, 4, 1), D(2022, 6, 30))),
    ("produksi semester I dan II 2022 stabil", Period(D(2022, 7, 1), D(2022, 12, 31))),
])
def test_the_second_of_two_parts_joined_without_its_part_word_is_that_part(text, second):
    assert resolved(text)[1] == second


def test_a_number_and_a_year_after_dan_with_no_part_before_is_no_part():
    assert Period(D(2023, 4, 1), D(2023, 6, 30)) not in resolved("naik 5 dan 2 2023 lalu")


def test_a_count_of_quarters_without_first_or_a_year_is_no_span():
    # 'dua kuartal berturut-turut' counts quarters in a row, 'tiga kuartal terakhir' the last ones
    assert resolved("tumbuh dua kuartal berturut-turut") == []
    assert resolved("melemah tiga kuartal terakhir") == []
    # a count with its year followed by 'berturut-turut' or the parts it means; 'kedua' is no count
    assert resolved("turun selama dua kuartal 2023 berturut-turut") == [Period(D(2023, 1, 1), D(2023, 12, 31))]
    assert resolved("pada kedua kuartal 2023 tersebut") == [Period(D(2023, 1, 1), D(2023, 12, 31))]
    # 'tiga kuartal pertama tahun ini': this year's first nine months
    assert resolved("tiga kuartal pertama tahun ini") == [Period(D(2024, 1, 1), D(2024, 9, 30))]


@pytest.mark.parametrize("text, start, end", [
    ("pada triwulan III – 2022", D(2022, 7, 1), D(2022, 9, 30)),   # an en dash, spaced, before the year
    ("kuartal IV—2021", D(2021, 10, 1), D(2021, 12, 31)),          # an em dash
    ("semester II – tahun 2019", D(2019, 7, 1), D(2019, 12, 31)),
])
def test_a_part_and_its_year_joined_by_a_long_dash_are_one_period(text, start, end):
    assert resolved(text) == [Period(start, end)]


@pytest.mark.parametrize("text, start, end", [
    ("pada triwulan II-2023 ini", D(2023, 4, 1), D(2023, 6, 30)),
    ("kuartal III – 2023 ini", D(2023, 7, 1), D(2023, 9, 30)),
    ("pada triwulan III tahun 2021 ini", D(2021, 7, 1), D(2021, 9, 30)),  # 'tahun' between the part and its year
    ("pada Juli tahun 2023 ini", D(2023, 7, 1), D(2023, 7, 31)),
])
def test_a_part_with_its_year_after_a_dash_and_ini_is_that_part(text, start, end):
    """'triwulan II-2023 ini': the part of this year named, not the year so far ('2023 ini')."""
    assert resolved(text, published=D(2023, 11, 20)) == [Period(start, end)]


def test_a_month_with_its_year_in_brackets_is_that_month():
    """'Untuk bulan Agustus (2018), ...': the year in brackets right after the month is its year."""
    assert resolved("Untuk bulan Agustus (2018), neraca dagang defisit") == [Period(D(2018, 8, 1), D(2018, 8, 31))]
    assert resolved("pada Mei ( 2020 ) impor turun") == [Period(D(2020, 5, 1), D(2020, 5, 31))]


def test_until_early_in_the_month_of_publication_is_january_to_the_publication_date():
    """'hingga awal Maret 2023' in a report of 6 March 2023: January 1 to that day; 'hingga
    memasuki bulan Oktober tahun 2022' likewise; said of another month, that month."""
    assert resolved("hingga awal Maret 2023 telah mencapai", published=D(2023, 3, 6)) == [Period(D(2023, 1, 1), D(2023, 3, 6))]
    assert resolved("hingga memasuki bulan Oktober tahun 2022 masih rendah", published=D(2022, 10, 4)) \
        == [Period(D(2022, 1, 1), D(2022, 10, 4))]
    assert resolved("hingga awal Maret 2023 telah mencapai", published=D(2023, 7, 1)) == [Period(D(2023, 3, 1), D(2023, 3, 31))]


def test_months_counted_before_bulan_itu_are_the_span_named_before_not_its_last_month():
    """'selama sembilan bulan itu' after 'Januari-September 2021': those nine months; 'pada
    bulan itu' alone is the last month of the span."""
    span = Period(D(2021, 1, 1), D(2021, 9, 30))
    assert resolved("Surplus selama sembilan bulan itu mencapai", anchor=span) == [span]
    assert resolved("Surplus pada 9 bulan tersebut mencapai", anchor=span) == [span]
    assert resolved("Surplus pada bulan itu mencapai", anchor=span) == [Period(D(2021, 9, 1), D(2021, 9, 30))]


def test_a_day_or_an_ordinal_before_bulan_itu_is_no_count_of_months():
    """Review counter-examples: 'pada tanggal 15 bulan itu', 'pada pekan ke-2 bulan itu' after a
    span: the last month of the span, as 'pada bulan itu'."""
    span = Period(D(2023, 1, 1), D(2023, 4, 30))
    assert resolved("Pada tanggal 15 bulan itu, penjualan mencapai", anchor=span) == [Period(D(2023, 4, 1), D(2023, 4, 30))]
    assert resolved("Pada pekan ke-2 bulan itu, penjualan mencapai", anchor=span) == [Period(D(2023, 4, 1), D(2023, 4, 30))]


def test_until_early_in_a_month_after_another_month_is_the_end_point_of_a_change():
    """Review counter-example: 'dari Rp X pada akhir Mei hingga awal Juni 2024 menjadi Rp Y'
    published in June 2024: a change from one time to another; 'awal Juni 2024' is no span from
    January."""
    got = resolved("melonjak dari Rp 30.000 pada akhir Mei hingga awal Juni 2024 menjadi Rp 52.000",
                   published=D(2024, 6, 10))
    assert Period(D(2024, 1, 1), D(2024, 6, 10)) not in got


def test_until_the_end_of_a_year_said_with_its_number_alone():
    """'Mulai Maret sampai akhir 2019 ini', 'hingga akhir 2018': the year's end said with the year's number
    (no 'tahun') is read as 'hingga akhir tahun 2019' is: that whole year, not a start at '2019 ini'."""
    from kg.extract.lexicon import Lexicon
    from kg.extract.periods import find_periods
    lex = Lexicon.default()
    for text, year in (("Mulai Maret sampai akhir 2019 ini, penjualan rotan olahan", 2019),
                       ("serapan anggaran hingga akhir 2018 sebesar", 2018)):
        found = [m for m in find_periods(lex, text, 0, len(text)) if m.period is not None]
        assert [(m.period.start.isoformat(), m.period.end.isoformat()) for m in found] == [(f"{year}-01-01", f"{year}-12-31")]


@pytest.mark.parametrize("text, published, period", [
    ("ekspor kopi semester ini mencapai 40 ton", dt.date(2025, 8, 18), Period.months(2025, 7, 12)),
    ("produksi karet pada kuartal ini sebesar 12 ton", dt.date(2025, 3, 12), Period.months(2025, 1, 3)),
    ("volume triwulan ini tercatat 9 ton", dt.date(2023, 11, 2), Period.months(2023, 10, 12)),
    # in the first month of the part, nothing of it can be told yet: the part just ended
    ("pengiriman semester ini 700 ton", dt.date(2025, 7, 17), Period.months(2025, 1, 6)),
    ("realisasi triwulan lalu sebesar 8 ton", dt.date(2025, 3, 12), Period.months(2024, 10, 12)),
    ("Pada semester lalu ekspor 3 ton", dt.date(2025, 8, 18), Period.months(2025, 1, 6)),
    ("kuartal lalu nilainya 5 juta", dt.date(2024, 5, 30), Period.months(2024, 1, 3)),
])
def test_a_part_of_the_year_named_from_the_publication_date(text, published, period):
    assert resolved(text, published=published) == [period]


def test_a_part_of_the_year_named_from_the_publication_date_needs_a_date():
    assert resolved("ekspor udang semester ini 2 ton", published=None) == [None]
    assert resolved("ekspor udang triwulan lalu 2 ton", published=None) == [None]


def test_a_count_of_parts_or_a_compared_part_is_no_part_from_publication():
    D = dt.date
    assert resolved("pelatihan selama dua semester bagi 150 orang", published=D(2025, 9, 5)) == []
    assert resolved("dalam dua triwulan lalu ekspor 5 ton", published=D(2025, 9, 5)) == []
    # compared with: the part before the frame's, as 'triwulan sebelumnya'
    q3 = Period.months(2024, 7, 9)
    assert resolved("naik 4 persen dibanding triwulan lalu", anchor=q3, published=D(2025, 2, 1)) == [Period.months(2024, 4, 6)]
    # the part with its number and year named is that part, 'ini' only confirms it
    assert resolved("pada semester I 2020 ini", published=D(2020, 8, 1)) == [Period.months(2020, 1, 6)]


@pytest.mark.parametrize("text, expected", [
    # a span of days each said with its year, in one year or across two
    ("Realisasi ekspor kopi periode 1 Maret 2022 sampai 31 Agustus 2022 sebesar 1.200 ton.",
     [Period(dt.date(2022, 3, 1), dt.date(2022, 8, 31))]),
    ("Penyaluran kredit 1 Januari 2024 hingga 30 Juni 2024 mencapai Rp 3 triliun.",
     [Period(dt.date(2024, 1, 1), dt.date(2024, 6, 30))]),
    ("Kuota berlaku 1 Desember 2023 - 31 Januari 2024, kata petugas.",
     [Period(dt.date(2023, 12, 1), dt.date(2024, 1, 31))]),
    ("Pada tanggal 5 Mei tahun 2021 s.d. 20 Mei tahun 2021 dinas membuka pendaftaran.",
     [Period(dt.date(2021, 5, 5), dt.date(2021, 5, 20))]),
    # counters: days out of calendar order are two dates; a date then a number is no span
    ("Laporan 30 September 2020 - 2 Mei 2020 tertukar urutannya.", []),
    ("Stok pada 12 Maret 2024 - 10.000 ton - masih aman.", []),
])
def test_a_span_of_days_each_with_its_year(text, expected):
    assert [p for p in resolved(text) if p is not None] == expected


@pytest.mark.parametrize("text, start, end", [
    # a preposition written glued to the part word (lexicon period_glued_prepositions)
    ("ekonomi ditriwulan IV 2022 tumbuh", D(2022, 10, 1), D(2022, 12, 31)),
    ("laba disemester I/2021 naik", D(2021, 1, 1), D(2021, 6, 30)),
    ("penjualan dikuartal 2 2020 turun", D(2020, 4, 1), D(2020, 6, 30)),
    # a dash, or nothing before a digit, between the part word and its number
    ("pada kuartal-III 2022", D(2022, 7, 1), D(2022, 9, 30)),
    ("realisasi TW-II 2021", D(2021, 4, 1), D(2021, 6, 30)),
    ("penjualan Q3 2019", D(2019, 7, 1), D(2019, 9, 30)),
    ("belanja Q-2 2020", D(2020, 4, 1), D(2020, 6, 30)),
    ("laba Q1-2018", D(2018, 1, 1), D(2018, 3, 31)),
    # the number told again in brackets, the year in brackets
    ("pertumbuhan triwulan IV (4) 2022", D(2022, 10, 1), D(2022, 12, 31)),
    ("ekspor kuartal ketiga (Q3) 2021", D(2021, 7, 1), D(2021, 9, 30)),
    ("produksi semester II (2) 2019", D(2019, 7, 1), D(2019, 12, 31)),
    ("penjualan kuartal III (2020)", D(2020, 7, 1), D(2020, 9, 30)),
])
def test_a_part_of_the_year_written_glued_dashed_or_with_its_number_in_brackets(text, start, end):
    assert resolved(text) == [Period(start, end)]


@pytest.mark.parametrize("text, expected", [
    # a glued 'di' before a word that is no part of the year: the year alone
    ("barang itu dikirim 3 kali pada 2022", [Period.year(2022)]),
    ("dipasarkan 2 kali sepanjang 2021", [Period.year(2021)]),
    # a part word inside another word is no part word ('network', 'IQ')
    ("jaringan network 2 perusahaan pada 2020", [Period.year(2020)]),
    ("skor IQ 3 tahun 2019", [Period.year(2019)]),
    # a bracket after the number that holds an amount, not the number again
    ("triwulan IV (4,1 persen) 2022", [Period.months(2024, 10, 12), Period.year(2022)]),  # (no year of its own)
])
def test_no_part_of_the_year_read_from_a_glued_word_or_an_amount_in_brackets(text, expected):
    assert resolved(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'sampai dengan / hingga / s.d. bulan ke-N': January to that month; 'bulan ke delapan': the ordinal written apart
    ("sampai dengan bulan ke delapan tahun ini", [Period.months(2024, 1, 8)]),
    ("hingga bulan kedelapan 2022", [Period.months(2022, 1, 8)]),
    ("s.d. bulan ke-5 2021", [Period.months(2021, 1, 5)]),
    ("pada bulan ke tujuh 2020", [Period.months(2020, 7, 7)]),
    ("bulan ke-3 2019", [Period.months(2019, 3, 3)]),
    # (a spelled number that goes on, or counts times, is no month: 'ke tiga belas', 'ke dua kalinya')
    ("selama bulan ke tiga belas", []),
    ("naik untuk bulan ke dua kalinya", []),
])
def test_the_nth_month_and_up_to_it(text, expected):
    assert resolved(text) == expected
