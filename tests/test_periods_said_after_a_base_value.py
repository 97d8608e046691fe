"""A base value's own period said right after it with 'akhir' before the period ('naik dari 16.900 ton pada akhir
Agustus menjadi ...'), or with 'per' or 'posisi' when the value it changed to comes after it ('turun dari 410 unit
per akhir 2023 menjadi ...'): the base value takes that period, as it does after a bare 'pada Agustus'
(frame.BASE_OWN_AFTER, BASE_AS_OF_AFTER), and the period becomes a comparison, so the value it changed to does not
take it. After 'menjadi A dari B', 'per <month>' dates the whole statement. Sentences written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
HEAD = "Judul Berita Ekspor Untuk Pengujian\n\nKoran Uji, PONTIANAK — "


def figures(body: str, published: str | None = "2025-10-10"):
    meta = f"---\npublished: {published}\n---\n" if published else ""
    return extract(parse_article(f"{meta}{HEAD}{body}\n", lexicon=LEXICON), LEXICON).figures


def periods(figs):
    return [(str(f.value), f.period.start.isoformat() if f.period else None,
             f.period.end.isoformat() if f.period else None) for f in figs]


@pytest.mark.parametrize("words", ["pada akhir", "per akhir", "posisi akhir", "pada"])
def test_a_base_value_takes_the_month_named_right_after_it(words):
    figs = figures(f"Stok lada putih di gudang eksportir naik dari 2.400 ton {words} Agustus 2025 menjadi 2.950 ton "
                   "pada September 2025.")
    assert periods(figs) == [("2400", "2025-08-01", "2025-08-31"), ("2950", "2025-09-01", "2025-09-30")]
    assert figs[0].why["period"].startswith("base value: named after it")


def test_a_base_value_with_akhir_and_no_year_takes_the_frames_year():
    figs = figures("Pada September 2025, stok karet remah di Kalimantan Barat tercatat 18.200 ton. "
                   "Jumlah itu naik dari 16.900 ton pada akhir Agustus.")
    assert periods(figs) == [("18200", "2025-09-01", "2025-09-30"), ("16900", "2025-08-01", "2025-08-31")]


def test_the_value_changed_to_does_not_take_the_base_values_period():
    """'naik menjadi X dari Y pada akhir 2023': the year belongs to Y, the value it rose to keeps the frame."""
    figs = figures("Pada triwulan III 2025, jumlah eksportir binaan Dinas Perdagangan naik menjadi 250 eksportir "
                   "dari 180 eksportir pada akhir 2024.")
    assert periods(figs) == [("250", "2025-07-01", "2025-09-30"), ("180", "2024-01-01", "2024-12-31")]


def test_a_year_without_akhir_after_a_base_value_is_still_the_frames_months_of_that_year():
    """(decision 0041's reading, unchanged: 'dari 180 eksportir pada 2024' in a report on a quarter is that quarter
    of 2024; only the year's end, 'pada akhir 2024', is the year as a whole)"""
    figs = figures("Pada triwulan III 2025, jumlah eksportir binaan Dinas Perdagangan naik menjadi 250 eksportir "
                   "dari 180 eksportir pada 2024.")
    assert periods(figs) == [("250", "2025-07-01", "2025-09-30"), ("180", "2024-07-01", "2024-09-30")]


def test_a_month_end_in_the_next_sentence_is_not_the_base_values():
    """'naik dari 16.900 ton. ... pada akhir Agustus mencapai 9.000 ton': the month-end begins another
    sentence's value; the base value does not take it."""
    figs = figures("Pada September 2025, stok karet remah tercatat 18.200 ton, naik dari 16.900 ton. "
                   "Sementara itu, ekspor karet pada akhir Agustus mencapai 9.000 ton.")
    assert periods(figs) == [("18200", "2025-09-01", "2025-09-30"), ("16900", None, None),
                             ("9000", "2025-08-01", "2025-08-31")]


@pytest.mark.parametrize("words", ["per", "posisi"])
def test_an_as_of_word_before_the_base_values_month_when_the_new_value_follows(words):
    figs = figures(f"Pada September 2025, stok beras di gudang turun dari 41.000 ton {words} Agustus 2025 menjadi "
                   "38.500 ton.")
    assert periods(figs) == [("41000", "2025-08-01", "2025-08-31"), ("38500", "2025-09-01", "2025-09-30")]


@pytest.mark.parametrize("words", ["per September 2025", "posisi September 2025", "posisi akhir September 2025"])
def test_a_date_after_menjadi_a_dari_b_dates_the_whole_statement(words):
    """'tumbuh 6 persen secara tahunan menjadi A dari B per September 2025': the as-of date is the statement's (the
    growth and A are September's); a year-on-year base is not of that month, so it takes none (the reviewer's
    counter-sentence, which a first version of this change got wrong)."""
    figs = figures(f"Kredit UMKM tumbuh 6 persen secara tahunan menjadi Rp 4,3 triliun dari Rp 4,05 triliun {words}, "
                   "kata Kepala OJK.")
    assert periods(figs) == [("6", "2025-09-01", "2025-09-30"), ("4300000000000", "2025-09-01", "2025-09-30"),
                             ("4050000000000", None, None)]


def test_a_year_end_compared_with_is_the_whole_year():
    figs = figures("Pada triwulan III 2025, dana pihak ketiga naik 3 persen dibanding posisi akhir 2024 yang sebesar "
                   "Rp 19 triliun.")
    assert periods(figs) == [("3", "2025-07-01", "2025-09-30"), ("19000000000000", "2024-01-01", "2024-12-31")]


def test_the_same_part_of_a_year_at_its_end_stays_that_part():
    """'semester yang sama pada akhir tahun lalu': the same half of last year, as 'semester yang sama selama 2024'."""
    figs = figures("Pada semester I 2025, ekspor naik 4 persen dibanding semester yang sama pada akhir tahun lalu yang "
                   "sebesar USD 600 juta.")
    assert periods(figs) == [("4", "2025-01-01", "2025-06-30"), ("600000000", "2024-01-01", "2024-06-30")]
