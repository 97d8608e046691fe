"""Cumulative spans, comparison bases and levels at a month's end (kg/extract/frame.py, periods.py), on
sentences written for these tests."""
from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
HEAD = "Judul Berita Ekspor Untuk Pengujian\n\nKoran Uji, MEDAN — "


def periods(body: str, published: str = "2025-03-04"):
    art = parse_article(f"---\npublished: {published}\n---\n{HEAD}{body}\n", lexicon=LEXICON)
    return {str(f.value): (f.period.start.isoformat() if f.period else None, f.period.end.isoformat() if f.period else None)
            for f in extract(art, LEXICON).figures}


# --- 'hingga akhir <bulan> lalu': January to that month -------------------------------------------

def test_until_a_month_said_with_lalu_runs_from_january():
    got = periods("Dinas Koperasi mencatat hingga akhir Februari lalu sudah 180 sertifikat halal terbit.")
    assert got["180"] == ("2025-01-01", "2025-02-28")
    got = periods("Penyaluran kredit usaha rakyat sampai Januari lalu mencapai Rp 40 miliar.")
    assert got["40000000000"] == ("2025-01-01", "2025-01-31")
    got = periods("Ekspor udang sampai dengan Oktober lalu tercatat 5.200 ton.", published="2024-11-20")
    assert got["5200"] == ("2024-01-01", "2024-10-31")


def test_a_month_said_with_lalu_alone_stays_that_month():
    assert periods("Pada Februari lalu ekspor kopi mencapai US$ 12 juta.")["12000000"] == ("2025-02-01", "2025-02-28")
    assert periods("Penjualan Desember lalu tercatat 900 ton.")["900"] == ("2024-12-01", "2024-12-31")
    assert periods("Harga naik dari akhir Januari lalu, dan ekspor Februari lalu mencapai 700 ton.")["700"] \
        == ("2025-02-01", "2025-02-28")


# --- 'periode yang sama tahun lalu' against 'tahun ini' in a report on the year so far ---------------

def test_base_of_the_same_period_is_the_year_so_far_a_year_before():
    got = periods("Realisasi investasi di Jambi hingga akhir September 2025 tercatat Rp 20,5 triliun. "
                  "Dibanding periode yang sama tahun sebelumnya yang sebesar Rp 18,1 triliun, realisasi tahun ini naik 13 persen.",
                  published="2025-10-23")
    assert got["18100000000000"] == ("2024-01-01", "2024-09-30")
    got = periods("Penjualan kopi selama Januari-Mei 2024 mencapai 3.100 ton. "
                  "Pada periode yang sama tahun lalu yang hanya 2.400 ton, penjualan tahun ini sudah lebih tinggi.",
                  published="2024-06-10")
    assert got["2400"] == ("2023-01-01", "2023-05-31")


def test_other_bases_of_last_year_keep_their_whole_year():
    # a cohort of this year against last year's, and a whole year compared with: the years
    got = periods("Ekspor hingga akhir Agustus mencapai US$ 40 juta. Peserta program tahun ini berjumlah 300 IKM, "
                  "naik dari 250 IKM tahun lalu.", published="2025-09-10")
    assert got["250"] == ("2024-01-01", "2024-12-31")
    got = periods("Ekspor sepanjang 2024 mencapai US$ 90 juta, naik dari periode yang sama tahun sebelumnya yang sebesar "
                  "US$ 80 juta.", published="2025-02-10")
    assert got["80000000"] == ("2023-01-01", "2023-12-31")


# --- the change of a value pointed back at is of that value's period ------------------------------

def test_a_change_of_the_value_pointed_back_at_keeps_its_period():
    got = periods("Nilai ekspor Jambi pada September 2024 tercatat US$ 480 juta. Secara tahunan angka itu masih naik "
                  "5,2 persen dibanding September 2023, sedangkan ekspor kumulatif Januari-September 2024 mencapai "
                  "US$ 4,1 miliar.", published="2024-10-15")
    assert got["5.2"] == ("2024-09-01", "2024-09-30")
    got = periods("Penjualan karet pada Mei 2025 tercatat 3.000 ton. Nilai tersebut tumbuh 8 persen dari Mei 2024, "
                  "sementara penjualan Januari-Mei 2025 mencapai 14.000 ton.", published="2025-06-12")
    assert got["8"] == ("2025-05-01", "2025-05-31")


def test_a_change_with_no_pointer_or_its_own_period_is_not_the_value_before():
    # no pointer back: the period named after it; a pointer with a period of its own: that period
    got = periods("Nilai ekspor Jambi pada September 2024 tercatat US$ 480 juta. Ekspor naik 4 persen selama "
                  "Januari-September 2024.", published="2024-10-15")
    assert got["4"] == ("2024-01-01", "2024-09-30")
    got = periods("Nilai ekspor Jambi pada September 2024 tercatat US$ 480 juta. Secara kumulatif angka itu naik "
                  "6 persen.", published="2024-10-15")
    assert got["6"] == ("2024-01-01", "2024-09-30")
    got = periods("Nilai ekspor Jambi pada September 2024 tercatat US$ 480 juta. Angka itu pada Januari-September "
                  "2024 naik 7 persen.", published="2024-10-15")
    assert got["7"] == ("2024-01-01", "2024-09-30")
    # the value pointed back at is the one reported, not the base it was compared with
    got = periods("Nilai ekspor Jambi pada Februari 2025 tercatat US$ 300 juta, turun 4 persen dibandingkan Januari 2025 "
                  "yang sebesar US$ 312 juta. Meski melemah, angka itu masih 9 persen lebih tinggi dibanding Februari 2024.")
    assert got["-9"] == ("2025-02-01", "2025-02-28")


# --- a count of months with 'dalam'/'selama': the months of the year so far ---------------------------

def test_months_counted_are_the_year_so_far():
    got = periods("Pendapatan pelabuhan hingga akhir November mencapai Rp 3,1 triliun. Pada kuartal III, pendapatan hanya "
                  "Rp 800 miliar. Volume bongkar muat dalam sebelas bulan tercatat 4,2 juta ton.", published="2025-12-10")
    assert got["4200000"] == ("2025-01-01", "2025-11-30")
    got = periods("Ekspor kopi pada Juli 2024 mencapai 800 ton. Selama tujuh bulan, ekspor kopi tercatat 5.100 ton.",
                  published="2024-08-14")
    assert got["5100"] == ("2024-01-01", "2024-07-31")
    got = periods("Sepanjang 5 bulan, koperasi menyalurkan pinjaman Rp 12 miliar.", published="2024-06-03")
    assert got["12000000000"] == ("2024-01-01", "2024-05-31")


def test_months_counted_ahead_in_a_run_or_as_the_last_ones_are_not_the_year_so_far():
    got = periods("Ekspor kopi pada Juli 2024 mencapai 800 ton. Dinas menargetkan 900 ton dalam tiga bulan ke depan.",
                  published="2024-08-14")
    assert got["900"] != ("2024-01-01", "2024-03-31")
    got = periods("Ekspor kopi pada Juli 2024 mencapai 800 ton, naik selama tujuh bulan berturut-turut.",
                  published="2024-08-14")
    assert got["800"] == ("2024-07-01", "2024-07-31")
    got = periods("Realisasi pajak hingga Agustus 2024 mencapai Rp 5 triliun. Sisa target sekitar Rp 2 triliun harus "
                  "dikejar dalam empat bulan terakhir.", published="2024-09-10")
    assert got["-2000000000000"] != ("2024-01-01", "2024-04-30")
    got = periods("Kredit bertenor dalam 7 bulan itu mencapai Rp 3 miliar pada Juli 2024.", published="2024-08-14")
    assert got["3000000000"] == ("2024-07-01", "2024-07-31")


# --- a cumulative marker that points back frames the values after it ----------------------------------

def test_a_cumulative_marker_is_january_to_the_frame_end_and_frames_what_follows():
    got = periods("Realisasi investasi pada triwulan II 2025 mencapai Rp 900 miliar, sehingga investasi Januari-Juni 2025 "
                  "menjadi Rp 1,7 triliun.\n\n\"Triwulan II ini naik tajam,\" ujar Kepala Dinas, Rina Susanti.\n\n"
                  "Rina merinci, dari angka kumulatif tersebut, penanaman modal dalam negeri tercatat Rp 1,1 triliun. "
                  "Sisanya, Rp 600 miliar, dari modal asing.", published="2025-07-15")
    assert got["1100000000000"] == ("2025-01-01", "2025-06-30")
    assert got["600000000000"] == ("2025-01-01", "2025-06-30")
    got = periods("Ekspor kakao pada triwulan III 2024 mencapai US$ 50 juta.\n\nDari total kumulatif itu, ekspor ke "
                  "Jepang tercatat US$ 20 juta. Pengiriman ke Belanda mencapai US$ 9 juta.", published="2024-10-20")
    assert got["20000000"] == ("2024-01-01", "2024-09-30")
    assert got["9000000"] == ("2024-01-01", "2024-09-30")


def test_a_cumulative_since_a_start_or_a_span_named_after_it_is_not_the_year_so_far():
    got = periods("Ekspor kakao pada triwulan III 2024 mencapai US$ 50 juta. Sejak program dimulai pada 2019, total "
                  "kumulatif penerima bantuan mencapai 5.000 orang.", published="2024-10-20")
    assert got["5000"] != ("2024-01-01", "2024-09-30")
    got = periods("Ekspor kakao pada triwulan III 2024 mencapai US$ 50 juta. Total kumulatif ekspor Januari-Juni 2024 "
                  "tercatat US$ 80 juta. Pada triwulan III, ekspor ke Jepang US$ 12 juta.", published="2024-10-20")
    assert got["80000000"] == ("2024-01-01", "2024-06-30")
    assert got["12000000"] == ("2024-07-01", "2024-09-30")
    got = periods("Ekspor kakao pada September 2024 mencapai US$ 20 juta. Secara kumulatif, kinerja ekspor membaik. "
                  "Ekspor ke Jepang tercatat US$ 6 juta.", published="2024-10-20")
    assert got["6000000"] == ("2024-09-01", "2024-09-30")


# --- a value said again with a demonstrative brings back its period ------------------------------------

def test_a_value_said_again_with_a_demonstrative_brings_back_its_period():
    body = ("Penyaluran kredit usaha hingga akhir Juli 2024 mencapai Rp 88,4 triliun. Bulan lalu saja penyaluran "
            "mencapai Rp 12,5 triliun.\n\nMenurut Dedi Kurnia, kredit sebesar Rp 88,4 triliun itu sebagian besar mengalir "
            "ke sektor perdagangan, yakni 47,2 persen. Jawa Barat menjadi penyalur terbesar, Rp 14,1 triliun.")
    got = periods(body, published="2024-08-12")
    assert got["12500000000000"] == ("2024-07-01", "2024-07-31")
    assert got["47.2"] == ("2024-01-01", "2024-07-31")
    assert got["14100000000000"] == ("2024-01-01", "2024-07-31")
    body = ("Ekspor ikan selama Januari-Mei 2025 tercatat 4.600 ton. Pada Mei saja ekspor mencapai 1.100 ton.\n\n"
            "Dari 4.600 ton tersebut, tuna menyumbang 2.300 ton.")
    assert periods(body, published="2025-06-10")["2300"] == ("2025-01-01", "2025-05-31")


def test_a_value_said_again_without_a_demonstrative_or_with_its_own_period_keeps_the_frame():
    body = ("Penyaluran kredit usaha hingga akhir Juli 2024 mencapai Rp 88,4 triliun. Bulan lalu saja penyaluran "
            "mencapai Rp 12,5 triliun. Target Rp 88,4 triliun bulan depan dinilai realistis, dan sektor perdagangan "
            "menyerap 40 persen.")
    assert periods(body, published="2024-08-12")["40"] == ("2024-07-01", "2024-07-31")
    body = ("Ekspor ikan selama Januari-Mei 2025 tercatat 4.600 ton. Pada Mei saja ekspor mencapai 1.100 ton, dan "
            "tuna menyumbang 500 ton.")
    assert periods(body, published="2025-06-10")["500"] == ("2025-05-01", "2025-05-31")
    body = ("Ekspor ikan selama Januari-Mei 2025 tercatat 4.600 ton. Pada Mei saja ekspor mencapai 1.100 ton.\n\n"
            "Dari 4.600 ton itu, pada Mei tuna menyumbang 300 ton.")
    assert periods(body, published="2025-06-10")["300"] == ("2025-05-01", "2025-05-31")
