"""Spans counted to a month (months counted, 'hingga ... lalu', cumulative markers), comparison bases of the same
period, changes of a value pointed back at and values said again (kg/extract/frame.py, periods.py), on sentences
written for these tests; each positive case has counter-sentences of the same shape that must not take the span."""
from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
HEAD = "Judul Berita Ekspor Untuk Pengujian\n\nKoran Uji, MEDAN — "
NONE = (None, None)


def periods(body: str, published: str = "2025-03-04"):
    art = parse_article(f"---\npublished: {published}\n---\n{HEAD}{body}\n", lexicon=LEXICON)
    return {str(f.value): (f.period.start.isoformat() if f.period else None, f.period.end.isoformat() if f.period else None)
            for f in extract(art, LEXICON).figures}


# --- 'sampai akhir <bulan> lalu': January to that month -------------------------------------------

def test_until_a_month_said_with_lalu_runs_from_january():
    got = periods("Gudang Bulog di Kendari menyimpan 7.400 ton beras sampai akhir Maret lalu.", published="2025-04-20")
    assert got["7400"] == ("2025-01-01", "2025-03-31")
    got = periods("Hingga Januari lalu, penjualan pupuk bersubsidi mencapai 2.050 ton.", published="2025-02-11")
    assert got["2050"] == ("2025-01-01", "2025-01-31")
    got = periods("Pengiriman rotan sampai dengan Oktober lalu tercatat 3.900 ton.", published="2024-11-20")
    assert got["3900"] == ("2024-01-01", "2024-10-31")


def test_a_month_said_with_lalu_alone_stays_that_month():
    assert periods("Pada Februari lalu penjualan teh mencapai US$ 7 juta.")["7000000"] == ("2025-02-01", "2025-02-28")
    assert periods("Produksi Desember lalu tercatat 640 ton.")["640"] == ("2024-12-01", "2024-12-31")
    assert periods("Harga turun sejak awal Januari lalu, dan penjualan Februari lalu mencapai 520 ton.")["520"] \
        == ("2025-02-01", "2025-02-28")


# --- 'periode yang sama tahun lalu' against 'tahun ini' in a report on the year so far ---------------

def test_base_of_the_same_period_is_the_year_so_far_a_year_before():
    got = periods("Penjualan semen di Sulawesi sepanjang Januari-Juni 2025 mencapai 410.000 ton. Penjualan tahun ini "
                  "tumbuh 7 persen ketimbang periode yang sama tahun lalu yang sebanyak 383.000 ton.", published="2025-07-14")
    assert got["383000"] == ("2024-01-01", "2024-06-30")
    got = periods("Produksi gula selama Januari-April 2024 mencapai 2.700 ton. Pada periode yang sama tahun lalu yang hanya "
                  "2.100 ton, produksi tahun ini sudah jauh di atasnya.", published="2024-05-16")
    assert got["2100"] == ("2023-01-01", "2023-04-30")


def test_other_bases_of_last_year_keep_their_whole_year():
    # a cohort of this year against last year's, a whole year compared with, a target for this year: the years
    got = periods("Ekspor hingga akhir Agustus mencapai US$ 40 juta. Peserta pelatihan tahun ini berjumlah 120 UMKM, "
                  "naik dari 95 UMKM tahun lalu.", published="2025-09-10")
    assert got["95"] == ("2024-01-01", "2024-12-31")
    got = periods("Produksi sepanjang 2024 mencapai 66.000 ton, naik dari periode yang sama tahun sebelumnya yang sebesar "
                  "61.000 ton.", published="2025-02-10")
    assert got["61000"] == ("2023-01-01", "2023-12-31")
    got = periods("Penjualan semen di Sulawesi sepanjang Januari-Juni 2025 mencapai 410.000 ton. Sasaran penjualan tahun "
                  "ini 900.000 ton, di atas realisasi periode yang sama tahun lalu sebesar 850.000 ton.", published="2025-07-14")
    assert got["850000"] == ("2024-01-01", "2024-12-31")


# --- the change of a value pointed back at is of that value's period ------------------------------

def test_a_change_of_the_value_pointed_back_at_keeps_its_period():
    got = periods("Produksi minyak sawit pada Oktober 2024 mencapai 61.000 ton. Nilai tersebut tumbuh 3 persen dari "
                  "Oktober 2023, sementara produksi Januari-Oktober 2024 sebesar 580.000 ton.", published="2024-11-12")
    assert got["3"] == ("2024-10-01", "2024-10-31")
    got = periods("Ekspor kakao pada September 2024 mencapai US$ 31 juta. Pada Mei 2024 ekspor US$ 20 juta. Angka itu "
                  "naik 4 persen dibanding Mei 2023, sementara ekspor Januari-September 2024 sebesar US$ 240 juta.",
                  published="2024-10-20")
    assert got["4"] == ("2024-05-01", "2024-05-31")


def test_a_change_with_no_pointer_a_stale_value_or_its_own_period_is_not_the_value_before():
    # no pointer back: the period named after it; a pointer with a period of its own: that period
    got = periods("Nilai ekspor Jambi pada September 2024 tercatat US$ 480 juta. Ekspor naik 4 persen selama "
                  "Januari-September 2024.", published="2024-10-15")
    assert got["4"] == ("2024-01-01", "2024-09-30")
    got = periods("Nilai ekspor Jambi pada September 2024 tercatat US$ 480 juta. Angka itu pada Januari-September "
                  "2024 naik 7 persen.", published="2024-10-15")
    assert got["7"] == ("2024-01-01", "2024-09-30")
    # a projection said between: 'angka itu' is the projection, not the month before it
    got = periods("Produksi minyak sawit pada Oktober 2024 mencapai 61.000 ton. Dinas memproyeksikan produksi 2025 "
                  "sebesar 700.000 ton. Angka itu naik 6 persen, sementara produksi Januari-Oktober 2024 sebesar "
                  "580.000 ton.", published="2024-11-12")
    assert got["6"] == ("2024-01-01", "2024-10-31")
    # a sentence with no value said between: the value is no longer the one just named
    got = periods("Produksi minyak sawit pada Oktober 2024 mencapai 61.000 ton.\n\nJumlah petani plasma terus "
                  "berkurang. Angka itu turun 4 persen, sementara produksi Januari-Oktober 2024 sebesar 580.000 ton.",
                  published="2024-11-12")
    assert got["-4"] == ("2024-01-01", "2024-10-31")
    # the value pointed back at is the one reported, not the base it was compared with
    got = periods("Nilai ekspor Jambi pada Februari 2025 tercatat US$ 300 juta, turun 4 persen dibandingkan Januari 2025 "
                  "yang sebesar US$ 312 juta. Meski melemah, angka itu masih 9 persen lebih tinggi dibanding Februari 2024.")
    assert got["9"] == ("2025-02-01", "2025-02-28")  # + : said right on the amount (lebih tinggi)


# --- a count of months after 'dalam'/'selama'/'sepanjang' with a report right after ---------------------

def test_months_counted_before_a_report_are_the_year_so_far():
    got = periods("Penjualan benih padi sepanjang 9 bulan mencapai 56.000 ton.", published="2024-10-03")
    assert got["56000"] == ("2024-01-01", "2024-09-30")
    got = periods("Ekspor lada pada Juni 2025 mencapai 300 ton. Selama lima bulan tercatat 1.450 ton lada dikapalkan.",
                  published="2025-06-18")
    assert got["1450"] == ("2025-01-01", "2025-05-31")


def test_months_counted_as_a_duration_are_no_period():
    # the count equals the months at publication, but nothing reported follows it: how long something took
    assert periods("Pembangunan dermaga senilai Rp 18 miliar rampung dalam sembilan bulan.",
                   published="2024-09-20")["18000000000"] == NONE
    assert periods("Pelatihan berlangsung selama tujuh bulan dan diikuti 640 peserta.", published="2024-07-22")["640"] == NONE
    assert periods("Selama lima bulan masa percobaan, layanan itu melayani 8.300 pengguna.",
                   published="2024-05-15")["8300"] == NONE
    assert periods("Dalam 10 bulan masa kepemimpinannya, wali kota meresmikan 9 pasar.", published="2024-10-02")["9"] == NONE
    assert periods("Koperasi meminjamkan Rp 3 juta kepada tiap anggota yang wajib lunas dalam enam bulan.",
                   published="2024-06-25")["3000000"] == NONE
    # months ahead, a run of months, the last months: the frame's month, not January to the count
    got = periods("Ekspor kopi pada Juli 2024 mencapai 800 ton. Sisa kuota 2.000 ton akan dikapalkan dalam delapan "
                  "bulan ke depan.", published="2024-08-14")
    assert got["-2000"] == ("2024-07-01", "2024-07-31")
    got = periods("Ekspor kopi pada Juli 2024 mencapai 800 ton, naik selama delapan bulan berturut-turut.",
                  published="2024-08-14")
    assert got["800"] == ("2024-07-01", "2024-07-31")
    got = periods("Penjualan ikan pada Agustus 2024 mencapai 950 ton. Dalam sembilan bulan terakhir, harga ikan "
                  "tercatat Rp 32.000 per kilogram.", published="2024-09-10")
    assert got["950"] == ("2024-08-01", "2024-08-31")
    assert got["32000"] == ("2024-08-01", "2024-08-31")


# --- a cumulative marker that points back frames the values after it ----------------------------------

def test_a_cumulative_marker_is_january_to_the_frame_end_and_frames_what_follows():
    got = periods("Realisasi investasi Januari-Juni 2025 mencapai Rp 3,4 triliun.\n\nPada triwulan II 2025, investasi "
                  "tercatat Rp 1,5 triliun.\n\nDari nilai kumulatif tersebut, sektor industri menyumbang Rp 2 triliun. "
                  "Jasa menyusul dengan Rp 1,4 triliun.", published="2025-07-20")
    assert got["2000000000000"] == ("2025-01-01", "2025-06-30")
    assert got["1400000000000"] == ("2025-01-01", "2025-06-30")
    got = periods("Realisasi investasi Januari-Juni 2025 mencapai Rp 3,4 triliun. Bulan lalu saja investasi tercatat "
                  "Rp 600 miliar.\n\nDari nilai kumulatif tersebut, sektor industri menyumbang Rp 2 triliun. Jasa menyusul "
                  "dengan Rp 1,4 triliun.", published="2025-07-20")
    assert got["600000000000"] == ("2025-06-01", "2025-06-30")
    assert got["2000000000000"] == ("2025-01-01", "2025-06-30")


def test_a_bare_total_a_cumulative_since_a_start_or_a_span_named_after_it_is_not_the_year_so_far():
    # 'total kumulatif' with no pointer back: a total since anything began
    got = periods("Ekspor kakao pada September 2024 mencapai US$ 31 juta. Sampai sekarang, total kumulatif rumah yang "
                  "dibangun program itu mencapai 3.250 unit.", published="2024-10-20")
    assert got["3250"] == NONE
    got = periods("Ekspor kakao pada September 2024 mencapai US$ 31 juta. Total kumulatif dana proyek bendungan itu "
                  "Rp 1,6 triliun. Pada tahap ketiga, dana Rp 400 miliar.", published="2024-10-20")
    assert got["400000000000"] == ("2024-09-01", "2024-09-30")
    got = periods("Ekspor kakao pada triwulan III 2024 mencapai US$ 50 juta. Sejak program dimulai pada 2019, jumlah "
                  "kumulatif penerima bantuan mencapai 5.000 orang.", published="2024-10-20")
    assert got["5000"] == NONE
    got = periods("Ekspor kakao pada triwulan III 2024 mencapai US$ 50 juta. Secara kumulatif, kinerja ekspor membaik. "
                  "Ekspor ke Jepang tercatat US$ 6 juta.", published="2024-10-20")
    assert got["6000000"] == ("2024-07-01", "2024-09-30")


# --- a value said again with a demonstrative brings back its period ------------------------------------

def test_a_value_said_again_with_a_demonstrative_brings_back_its_period():
    body = ("Belanja daerah hingga akhir Oktober 2024 terserap Rp 6,3 triliun. Bulan lalu saja, belanja mencapai "
            "Rp 700 miliar.\n\nBelanja Rp 6,3 triliun tersebut terbanyak untuk pendidikan, sekitar 31 persen. "
            "Kesehatan menyusul dengan Rp 1,2 triliun.")
    got = periods(body, published="2024-11-15")
    assert got["700000000000"] == ("2024-10-01", "2024-10-31")
    assert got["31"] == ("2024-01-01", "2024-10-31")
    assert got["1200000000000"] == ("2024-01-01", "2024-10-31")
    # a decline told first (a negative figure) is the same amount said again
    body = ("Penjualan karet Januari-Agustus 2024 turun Rp 120 miliar. Bulan lalu saja penjualan Rp 50 miliar.\n\n"
            "Penurunan penjualan Rp 120 miliar tersebut terutama di pasar Tiongkok, sekitar 65 persen.")
    assert periods(body, published="2024-09-15")["-65"] == ("2024-01-01", "2024-08-31")


def test_the_same_amount_of_another_measure_too_far_back_or_without_a_demonstrative_keeps_the_frame():
    # another measure of the same amount: 'gandum' was never told with the cumulative span
    body = ("Belanja daerah hingga akhir Oktober 2024 terserap Rp 6,3 triliun. Bulan lalu saja, belanja mencapai "
            "Rp 700 miliar. Impor gandum bulan lalu Rp 2 triliun.\n\nGandum Rp 6,3 triliun itu didatangkan dari "
            "Australia, 70 persen. Dari Kanada 900 ton.")
    got = periods(body, published="2024-11-15")
    assert got["70"] == ("2024-10-01", "2024-10-31")
    assert got["900"] == ("2024-10-01", "2024-10-31")
    # the latest telling of the amount is of the frame's month
    body = ("Belanja daerah hingga akhir Oktober 2024 terserap Rp 6,3 triliun. Bulan lalu saja, belanja mencapai "
            "Rp 700 miliar. Impor gandum bulan lalu juga Rp 6,3 triliun.\n\nGandum Rp 6,3 triliun itu didatangkan dari "
            "Australia, 70 persen.")
    assert periods(body, published="2024-11-15")["70"] == ("2024-10-01", "2024-10-31")
    # told four paragraphs back: too far to point at
    body = ("Belanja daerah hingga akhir Oktober 2024 terserap Rp 6,3 triliun. Bulan lalu saja, belanja mencapai "
            "Rp 700 miliar.\n\nA lagi.\n\nB lagi.\n\nC lagi.\n\nBelanja Rp 6,3 triliun tersebut terbanyak untuk "
            "pendidikan, sekitar 31 persen.")
    assert periods(body, published="2024-11-15")["31"] == ("2024-10-01", "2024-10-31")
    # no demonstrative after the amount
    body = ("Belanja daerah hingga akhir Oktober 2024 terserap Rp 6,3 triliun. Bulan lalu saja, belanja mencapai "
            "Rp 700 miliar. Pagu Rp 6,3 triliun bulan depan dinilai cukup, dan pendidikan menyerap 30 persen.")
    assert periods(body, published="2024-11-15")["30"] == ("2024-10-01", "2024-10-31")
