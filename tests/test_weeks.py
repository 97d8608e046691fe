"""Weeks and spans with no date (kg/extract/periods.py week_of_month, last_week, rolling_week,
week_span_end, since_event), on sentences written for these tests: a week of a named month is
that week's days, 'pekan lalu' the Monday-to-Sunday week before publication; a rolling week, a span
that ends 'hingga pekan lalu' and a count since an undated event get no period."""
import datetime as dt

import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.periods import find_periods
from kg.extract.read import parse_article
from kg.model import Period

LEXICON = Lexicon.default()
HEAD = "Judul Berita Harga Untuk Pengujian\n\nKoran Uji, PADANG — "
D = dt.date


def figures(body: str, published: str | None = "2025-10-16"):
    meta = f"---\npublished: {published}\n---\n" if published else ""
    return extract(parse_article(f"{meta}{HEAD}{body}\n", lexicon=LEXICON), LEXICON).figures


def periods(figs):
    return [(str(f.value), f.period.start.isoformat() if f.period else None,
             f.period.end.isoformat() if f.period else None) for f in figs]


def resolved(text, published=D(2025, 10, 16)):
    return [m.resolve(None, published) for m in find_periods(LEXICON, text, 0, len(text))]


@pytest.mark.parametrize("text, start, end", [
    ("pada pekan pertama Agustus 2024", D(2024, 8, 1), D(2024, 8, 7)),
    ("minggu kedua bulan Juni 2023", D(2023, 6, 8), D(2023, 6, 14)),
    ("pekan ke-3 Maret 2025", D(2025, 3, 15), D(2025, 3, 21)),
    ("minggu IV Januari 2022", D(2022, 1, 22), D(2022, 1, 28)),
    ("pekan terakhir Februari 2024", D(2024, 2, 23), D(2024, 2, 29)),
    ("pekan kelima Mei 2025", D(2025, 5, 29), D(2025, 5, 31)),
    # no year: the latest such week begun by the publication date (16 October 2025, a Thursday); a week of
    # the publication month is of the publication year, begun or not
    ("pada minggu ketiga Oktober", D(2025, 10, 15), D(2025, 10, 21)),
    ("pekan terakhir Oktober", D(2025, 10, 25), D(2025, 10, 31)),
    ("pekan kedua Desember", D(2024, 12, 8), D(2024, 12, 14)),
    # the week before the publication date's, Monday to Sunday
    ("pekan lalu", D(2025, 10, 6), D(2025, 10, 12)),
    ("Minggu lalu", D(2025, 10, 6), D(2025, 10, 12)),
    ("pada minggu kemarin", D(2025, 10, 6), D(2025, 10, 12)),
])
def test_a_week_resolves_to_its_days(text, start, end):
    assert resolved(text) == [Period(start, end)]


def test_last_week_on_a_monday_and_in_undated_text():
    assert resolved("pekan lalu", D(2025, 3, 3)) == [Period(D(2025, 2, 24), D(2025, 3, 2))]
    assert resolved("pekan lalu", None) == [None]


@pytest.mark.parametrize("text", [
    "dalam sepekan terakhir", "selama seminggu belakangan", "dua pekan terakhir", "tiga minggu lalu",
    "pekan ini", "akhir pekan lalu", "sepekan lalu",
    "sepanjang Januari hingga pekan lalu", "sejak awal tahun sampai minggu lalu", "Maret sampai dengan pekan lalu",
    "sejak pabrik itu diresmikan", "semenjak program tersebut dimulai", "sejak koperasi didirikan",
])
def test_a_rolling_week_an_open_span_and_an_undated_start_give_no_bounds(text):
    assert resolved(text) == [None]


def test_figures_of_weeks():
    figs = figures("Kepala Dinas Perdagangan Provinsi Sumatera Barat, Yusra Maharani, mengatakan harga cabai merah pada "
                   "pekan kedua Oktober berkisar Rp46.000 per kilogram. Menurut dia, pada pekan terakhir September harga "
                   "bawang merah Rp31.500 per kilogram. \"Pekan lalu harga jahe sempat Rp22.400 per kilogram,\" katanya. "
                   "Dalam sepekan terakhir harga kunyit Rp9.800 per kilogram.")
    assert periods(figs) == [("46000", "2025-10-08", "2025-10-14"), ("31500", "2025-09-24", "2025-09-30"),
                             ("22400", "2025-10-06", "2025-10-12"), ("9800", None, None)]


def test_a_span_to_last_week_has_no_period_and_the_frame_stays():
    figs = figures("Ekspor karet Sumatera Barat pada September 2025 mencapai USD 41,2 juta. Penyerapan gabah sepanjang "
                   "Februari hingga pekan lalu mencapai 18.300 ton. Volume ekspor karet tercatat 12.450 ton.")
    assert periods(figs) == [("41200000", "2025-09-01", "2025-09-30"), ("18300", None, None),
                             ("12450", "2025-09-01", "2025-09-30")]


def test_counts_since_an_undated_event_have_no_period():
    figs = figures("Pada 2024 ekspor kerajinan rotan mencapai USD 3,1 juta. Sejak klinik itu dibentuk, 87 pelaku usaha "
                   "telah dilatih dan 23 di antaranya sudah mengekspor sendiri.", published=None)
    assert periods(figs) == [("3100000", "2024-01-01", "2024-12-31"), ("87", None, None), ("23", None, None)]


# counter-sentences: the same words with another meaning keep the period they had
def test_week_words_that_name_no_week_leave_the_period_alone():
    # 'Minggu' a day of the week before a date; 'per pekan' a rate; 'dua pekan' a duration; 'sejak' with a date
    assert resolved("Minggu (12/10/2025)") == []
    assert resolved("rata-rata 40 kontainer per pekan") == []
    assert resolved("tertahan selama dua pekan di pelabuhan") == []
    figs = figures("Sejak Januari 2025 pabrik itu beroperasi dan telah mengekspor 640 ton. Ekspor September 2025 mencapai "
                   "USD 2,5 juta dari 14 eksportir.")
    assert [p for p in periods(figs) if p[0] in ("2500000", "14")] == [("2500000", "2025-09-01", "2025-09-30"),
                                                                      ("14", "2025-09-01", "2025-09-30")]
    # the event's own date still counts; a month said between 'sejak' and the verb is a start with a date
    assert resolved("sejak pasar itu dibuka pada Maret 2024")[-1] == Period(D(2024, 3, 1), D(2024, 3, 31))
    assert resolved("sejak Agustus pabrik itu beroperasi") != [None]


@pytest.mark.parametrize("text", ["medio semester I tahun lalu", "pertengahan triwulan III 2024", "awal kuartal kedua"])
def test_a_time_inside_a_part_of_the_year_gives_no_bounds(text):
    assert resolved(text) == [None]


def test_a_change_since_a_time_with_no_bounds_has_no_period():
    frame = "Ekspor kopi Sumatera Barat sepanjang 2024 mencapai USD 52,3 juta. "
    for change in ("Harga lada putih sudah naik Rp450 per kilogram dari awal semester I tahun lalu, katanya.",
                   "Harga karet turun Rp1.100 per kilogram dibanding pertengahan triwulan III tahun lalu.",
                   "Harga gambir sudah naik Rp2.300 per kilogram dari awal tahun lalu."):
        assert periods(figures(frame + change))[1][1:] == (None, None), change


def test_a_change_with_a_period_of_its_own_keeps_it():
    # counter-sentences: the part said whole ('semester I'), or the sentence naming the period of the change
    figs = figures("Ekspor kopi pada semester II 2024 naik USD 3,2 juta dibanding semester I 2024.")
    assert periods(figs)[0] == ("3200000", "2024-07-01", "2024-12-31")
    figs = figures("Harga kopi pada September 2025 naik Rp2.000 per kilogram dari awal tahun.")
    assert periods(figs)[0] == ("2000", "2025-09-01", "2025-09-30")
    assert resolved("kuartal awal 2024") == [Period(D(2024, 1, 1), D(2024, 3, 31))]


COHORT_FRAME = "Ekspor kerajinan binaan Dinas Perindustrian hingga akhir Agustus 2025 mencapai USD 12,4 juta. "


@pytest.mark.parametrize("sentence, value", [
    ("Jumlah peserta pendampingan tahun ini sebanyak 214 perajin.", "214"),
    ("Penerima bantuan peralatan tahun ini sebanyak 96 perajin.", "96"),
    ("Angkatan pelatihan ekspor tahun ini berisi 65 orang.", "65"),
])
def test_a_count_of_this_years_cohort_is_the_whole_year(sentence, value):
    figs = periods(figures(COHORT_FRAME + sentence))
    assert (value, "2025-01-01", "2025-12-31") in figs, figs


@pytest.mark.parametrize("sentence, value", [
    # money or a volume of the cohort, and a count of no cohort: January to the frame's end
    ("Ekspor peserta program tahun ini mencapai USD 5,2 juta.", "5200000"),
    ("Pengiriman kontainer tahun ini sebanyak 420 kontainer.", "420"),
    ("Volume ekspor peserta tahun ini 3.100 ton.", "3100"),
    # members or those assisted are no cohort; a count so far ('hingga', 'sudah', 'yang berhasil') is no cohort
    ("Jumlah anggota koperasi ekspor tahun ini mencapai 1.340 orang.", "1340"),
    ("Penerima bantuan peralatan hingga tahun ini mencapai 410 perajin.", "410"),
    ("Peserta pendampingan tahun ini sudah mencapai 188 perajin, dan masih bertambah.", "188"),
    ("Perajin binaan tahun ini yang berhasil masuk pasar ekspor sebanyak 37 unit.", "37"),
])
def test_money_volumes_and_other_counts_said_for_this_year_keep_the_year_so_far(sentence, value):
    figs = periods(figures(COHORT_FRAME + sentence))
    assert (value, "2025-01-01", "2025-08-31") in figs, figs


def test_three_capitals_are_money_only_when_a_currency_code():
    from kg.extract.amounts import Amount
    assert Amount(0, 1, 1, unit="USD").is_money and Amount(0, 1, 1, unit="IDR/kg").is_monetary
    assert not Amount(0, 1, 1, unit="IKM").is_money and not Amount(0, 1, 1, unit="KEK").is_monetary
    # a count of small industries at an event is a standing count (no period), as a count of 'pelaku usaha' is
    figs = figures("Ekspor kerajinan pada Agustus 2025 mencapai USD 2,1 juta. Pameran dagang itu diikuti 57 IKM.")
    assert periods(figs)[-1] == ("57", None, None)


SALE_FRAME = "Penyaluran beras program pangan murah pada Oktober 2025 mencapai 4.300 ton. "


@pytest.mark.parametrize("sentence, value", [
    ("Beras itu dijual di pasar dengan harga Rp12.900 per kilogram.", "12900"),
    ("Kain tenun mereka dipasarkan seharga Rp350.000 hingga Rp2 juta per lembar.", "350000"),
    ("Minyak goreng rakyat ditawarkan kepada warga dengan harga Rp15.700 per liter.", "15700"),
])
def test_a_price_something_is_sold_at_has_no_period(sentence, value):
    figs = periods(figures(SALE_FRAME + sentence))
    assert figs[0] == ("4300", "2025-10-01", "2025-10-31") and (value, None, None) in figs, figs


@pytest.mark.parametrize("sentence, value, start, end", [
    # the sentence names the price's period; a sale that is a flow ('terjual 40 ton'), not a price
    ("Pada September 2025 beras itu dijual dengan harga Rp12.600 per kilogram.", "12600", "2025-09-01", "2025-09-30"),
    ("Beras yang dijual di pasar tercatat 1.250 ton.", "1250", "2025-10-01", "2025-10-31"),
    ("Nilai beras yang dijual mencapai Rp47 miliar.", "47000000000", "2025-10-01", "2025-10-31"),
])
def test_a_sale_with_a_period_or_of_a_volume_keeps_it(sentence, value, start, end):
    figs = periods(figures(SALE_FRAME + sentence))
    assert (value, start, end) in figs, figs


DECREE_FRAME = "Ekspor produk binaan hingga akhir Agustus 2025 mencapai USD 9,3 juta. "


@pytest.mark.parametrize("sentence, values", [
    ("Peraturan gubernur itu menetapkan 25 sentra di 8 kabupaten.", ("25", "8")),
    ("Dalam peraturan tersebut ditetapkan sebanyak 12 kawasan.", ("12",)),
    ("Kementerian menunjuk 6 sentra sebagai lokasi uji.", ("6",)),
    ("Surat itu menetapkan 14 desa sebagai desa devisa.", ("14",)),
])
def test_a_count_of_what_is_designated_has_no_period(sentence, values):
    figs = periods(figures(DECREE_FRAME + sentence))
    for value in values:
        assert (value, None, None) in figs, figs


@pytest.mark.parametrize("sentence, value, start, end", [
    # a target or a measure set keeps its year; a count that is no designation keeps the frame
    ("Target ekspor tahun ini ditetapkan USD 14 juta.", "14000000", "2025-01-01", "2025-12-31"),
    ("Kuota pengadaan tahun ini ditetapkan 9.000 ton.", "9000", "2025-01-01", "2025-12-31"),
    ("Produk itu dikirim ke 11 negara.", "11", "2025-01-01", "2025-08-31"),
])
def test_a_set_target_or_measure_and_other_counts_keep_their_period(sentence, value, start, end):
    figs = periods(figures(DECREE_FRAME + sentence))
    assert (value, start, end) in figs, figs


@pytest.mark.parametrize("body, value, start, end", [
    # a week of a month with no year takes the year the text already named, not the publication's
    ("Sepanjang 2022, harga bawang merah naik turun. Pada pekan ketiga Mei harga bawang merah mencapai "
     "Rp41.000 per kilogram.", "41000", "2022-05-15", "2022-05-21"),
    ("Penjualan pupuk pada Juni 2023 mencapai 8.000 ton. Pada pekan pertama Juni, penjualan harian mencapai 310 ton.",
     "310", "2023-06-01", "2023-06-07"),
    ("Produksi gula kelapa selama 2024 naik tipis. Pada minggu kedua Februari, koperasi itu mengirim 75 ton ke Surabaya.",
     "75", "2024-02-08", "2024-02-14"),
    # no year named anywhere: the latest such week begun by publication (16 October 2025)
    ("Pada pekan pertama Agustus, harga gula pasir mencapai Rp17.500 per kilogram.", "17500", "2025-08-01", "2025-08-07"),
    ("Pada pekan kedua Desember, harga telur ayam mencapai Rp29.000 per kilogram.", "29000", "2024-12-08", "2024-12-14"),
])
def test_a_week_without_its_year_takes_the_year_of_the_text_first(body, value, start, end):
    assert (value, start, end) in periods(figures(body))


@pytest.mark.parametrize("body, value, start, end", [
    # planned, expected, or in the publication month: the publication year, not a year back
    ("Dinas Perdagangan akan membuka pasar murah pada pekan ketiga November dengan menyediakan 40 ton gula.",
     "40", "2025-11-15", "2025-11-21"),
    ("Pada pekan pertama Desember, harga cabai rawit diperkirakan naik 10 persen.", "10", "2025-12-01", "2025-12-07"),
    ("Pada pekan terakhir Oktober, Bulog menyalurkan 300 ton beras ke pasar.", "300", "2025-10-25", "2025-10-31"),
    ("Sepanjang tahun lalu produksi jagung turun. Pada pekan ketiga Oktober harga jagung pipil Rp5.400 per kilogram.",
     "5400", "2025-10-15", "2025-10-21"),
])
def test_a_week_ahead_or_of_the_publication_month_is_of_the_publication_year(body, value, start, end):
    assert (value, start, end) in periods(figures(body))


@pytest.mark.parametrize("sentence, value, start, end", [
    # designations made in a period the sentence names, or counted so far, are a flow and keep the period
    ("Pada 2023, pemerintah daerah menetapkan 11 sentra tenun baru.", "11", "2023-01-01", "2023-12-31"),
    ("Selama semester I 2025 dinas itu menunjuk 48 koperasi sebagai penyalur pupuk.", "48", "2025-01-01", "2025-06-30"),
    ("Sampai Juli 2025, kementerian sudah menetapkan 9 desa wisata ekspor.", "9", "2025-01-01", "2025-07-31"),
    ("Tahun 2024 provinsi itu menetapkan 17 desa sebagai desa devisa.", "17", "2024-01-01", "2024-12-31"),
])
def test_a_designation_in_a_named_period_or_so_far_keeps_the_period(sentence, value, start, end):
    figs = periods(figures(sentence))
    assert (value, start, end) in figs, figs


@pytest.mark.parametrize("body, value, start, end", [
    # 'pekan lalu' next to a verb of reporting dates the report: the figure keeps the period named for it
    ("Penjualan pupuk pada Agustus 2025 mencapai 9.000 ton. Dinas Pertanian pekan lalu merilis data itu, "
     "dengan 410 pembeli baru.", "410", "2025-08-01", "2025-08-31"),
    ("Produksi gula pada triwulan II 2025 mencapai 5.000 ton. Angka itu dilaporkan kantor statistik daerah pekan lalu, "
     "bersama 36 pabrik yang aktif.", "36", "2025-04-01", "2025-06-30"),
    ("Volume ekspor kakao pada Juli 2025 naik. Asosiasi pekan lalu juga mengumumkan ekspor itu sebanyak 2.300 ton.",
     "2300", "2025-07-01", "2025-07-31"),
    # counters: no reporting verb next to the week, or one far off in another sentence: the week is the figure's
    ("Harga cabai pekan lalu mencapai Rp52.000 per kilogram.", "52000", "2025-10-06", "2025-10-12"),
    ("Pekan lalu, Bulog menyalurkan 280 ton beras ke pasar. BPS mencatat inflasi 0,2 persen pada September 2025.",
     "280", "2025-10-06", "2025-10-12"),
    ("Penjualan daging sapi pekan lalu tercatat 14 ton.", "14", "2025-10-06", "2025-10-12"),
])
def test_last_week_next_to_a_reporting_verb_is_the_reports_time(body, value, start, end):
    figs = periods(figures(body))
    assert (value, start, end) in figs, figs


def test_a_week_number_by_digit_needs_ke():
    assert resolved("pada minggu ke-2 September 2025") == [Period(D(2025, 9, 8), D(2025, 9, 14))]
    assert resolved("pekan ke 4 Juli 2024") == [Period(D(2024, 7, 22), D(2024, 7, 28))]
    # 'Minggu 5 Oktober 2025' is a Sunday, a day; no week of the month is read from a bare digit
    for text in ("Pada Minggu 5 Oktober 2025, pasar tani menjual 9 ton sayur.",
                 "Pada minggu 3 Agustus 2025 koperasi mengirim 22 ton kopi.",
                 "Minggu 1 Juni 2025 gudang itu menerima 40 ton gabah."):
        assert all(f.period is None or f.period.end - f.period.start != dt.timedelta(days=6)
                   for f in figures(text)), text


@pytest.mark.parametrize("body, value, start, end", [
    # the frame named in a sentence about prices: the price something is sold at keeps it
    ("Pada Mei 2025, harga gula pasir di Kendari naik. Gula curah dijual dengan harga Rp16.800 per kilogram.",
     "16800", "2025-05-01", "2025-05-31"),
    ("Harga rata-rata jagung di tingkat petani pada Juli 2025 turun. Jagung pipil dijual petani dengan harga "
     "Rp4.900 per kilogram.", "4900", "2025-07-01", "2025-07-31"),
    # counters: a frame about a volume (a price word only inside a name) leaves the sale price with no date
    ("Penyaluran minyak goreng program Stabilisasi Harga Pangan pada Juni 2025 mencapai 2.100 ton. "
     "Minyak itu dijual di pasar dengan harga Rp15.700 per liter.", "15700", None, None),
    ("Penjualan truk pada Agustus 2025 mencapai 1.400 unit. Truk itu dipasarkan seharga Rp610 juta per unit.",
     "610000000", None, None),
    ("Produksi kopi pada triwulan II 2025 naik. Kopi bubuk itu ditawarkan dengan harga Rp95.000 per kilogram.",
     "95000", None, None),
])
def test_a_sale_price_keeps_a_frame_named_about_prices(body, value, start, end):
    figs = periods(figures(body))
    assert (value, start, end) in figs, figs


def test_money_is_known_in_a_fresh_process_and_one_check_serves_all():
    import subprocess
    import sys
    code = ("from kg.extract.amounts import Amount, is_money_unit; "
            "assert Amount(0, 1, 1, unit='USD').is_money and Amount(0, 1, 1, unit='EUR/ton').is_monetary; "
            "assert not is_money_unit('UKM') and not is_money_unit('IDR/kg', per_unit=False) and is_money_unit('JPY')")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_week_words_from_the_lexicon():
    assert resolved("pekan yang lalu") == [Period(D(2025, 10, 6), D(2025, 10, 12))]
    for text in ("Januari s.d. pekan lalu", "sejak awal tahun sampai dengan minggu kemarin", "dalam pekan ini",
                 "akhir pekan lalu", "dua minggu yang lalu"):
        assert resolved(text) == [None], text
    figs = periods(figures("Produksi kopi pada triwulan II 2025 naik. Kopi itu dijual dengan harga antara "
                           "Rp80.000 hingga Rp95.000 per kilogram."))
    assert ("80000", None, None) in figs, figs
