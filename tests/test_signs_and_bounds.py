"""Signs, base values, number formats and bounds, on sentences written for these tests (session 25,
classes S1, S2, U3, U4 of the held-out error map): a fall said with any word of the family is
negative, the value a change is measured from is a level, a number with mixed separators is read
when one reading is sure and flagged when not, and a bound is a figure only where it reports one."""
from decimal import Decimal

import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()

HEAD = "Judul Berita Ekonomi Untuk Pengujian\n\nKOTA CONTOH — "


def figures(body: str, published="2024-07-12"):
    text = f"---\npublished: {published}\n---\n{HEAD}{body}\n"
    return extract(parse_article(text, lexicon=LEXICON), LEXICON).figures


def values(body: str, **kw):
    return [(f.value, f.unit) for f in figures(body, **kw)]


# --- S1: the family of decline words -------------------------------------------------------

@pytest.mark.parametrize("body, value", [
    ("Badan Pusat Statistik mencatat Kota Ternate pada Mei 2024 mengalami deflasi sebesar 0,42 persen.", "-0.42"),
    ("Secara bulanan (mtm) pada Juni 2024 terjadi deflasi 0,18 persen di Kabupaten Sumba Barat.", "-0.18"),
    ("Pada Juni 2024 terjadi deflasi di Kota Palopo sebesar 0,11 persen.", "-0.11"),
    ("Pada Juni 2024 Kota Palu berdeflasi 0,3 persen.", "-0.3"),
    ("Nilai impor Sulawesi Tengah pada Juni 2024 amblas 11,4 persen.", "-11.4"),
    ("Volume ekspor kakao Sulawesi Barat pada Mei 2024 menukik 9,7 persen.", "-9.7"),
    ("Penjualan semen di Gorontalo pada April 2024 nyungsep 14,2 persen.", "-14.2"),
    ("Ekspor rotan Cirebon pada Maret 2024 tergelincir 6,6 persen dibanding Februari.", "-6.6"),
    ("Nilai ekspor Kalimantan Utara pada Juni 2024 terperosok 7,6 persen.", "-7.6"),
    ("Volume ekspor ikan Maluku Utara pada Juni 2024 menciut 8,8 persen.", "-8.8"),
    ("Sektor konstruksi Papua pada triwulan II 2024 mengalami pertumbuhan negatif sebesar 2,2 persen.", "-2.2"),
    ("Produksi nikel pada triwulan I 2024 terpuruk 5,5 persen.", "-5.5"),
    ("Harga kopra pada Mei 2024 rontok 12 persen.", "-12"),
])
def test_a_fall_said_with_a_word_of_the_decline_family_is_negative(body, value):
    assert values(body) == [(Decimal(value), "percent")]


@pytest.mark.parametrize("body, expected", [
    # the decline word is about something else in the sentence: the amount keeps its own direction
    ("Setelah deflasi pada April 2024, Kota Ambon pada Mei 2024 mengalami inflasi 0,44 persen.", [("0.44", "percent")]),
    ("Meski harga cabai anjlok, inflasi Kota Kendari pada Mei 2024 tercatat 0,4 persen.", [("0.4", "percent")]),
    ("Kota Bima pada Mei 2024 mengalami deflasi 0,21 persen, sedangkan Kota Mataram inflasi 0,35 persen.",
     [("-0.21", "percent"), ("0.35", "percent")]),
    ("Agar ekspor tidak merosot lagi, pada Mei 2024 ekspor kopi Toraja tumbuh 5 persen.", [("5", "percent")]),
    ("Meski sempat menciut, nilai ekspor kayu pada Mei 2024 naik 3 persen.", [("3", "percent")]),
    ("Di tengah harga kopra yang anjlok, ekspor kopra Mei 2024 mencapai US$ 5 juta.", [("5000000", "USD")]),
])
def test_a_decline_word_about_something_else_leaves_the_amount_positive(body, expected):
    assert values(body) == [(Decimal(v), u) for v, u in expected]


@pytest.mark.parametrize("body, value", [
    # a share in a change ('andil deflasi'): a part of the whole change, no fall of its own
    ("Kelompok makanan pada Mei 2024 memberikan andil deflasi sebesar 0,07 persen.", "0.07"),
    ("Kelompok transportasi pada Mei 2024 memberikan andil inflasi 0,05 persen.", "0.05"),
    ("Sektor industri pada triwulan II 2024 memberi kontribusi pertumbuhan 1,2 persen.", "1.2"),
])
def test_a_share_in_a_change_is_a_positive_share(body, value):
    figs = figures(body)
    assert [(f.kind, f.value) for f in figs] == [("share", Decimal(value))]


# --- S2: the value compared with is a level, not a change ----------------------------------

@pytest.mark.parametrize("body, base", [
    ("Tingkat penghunian kamar hotel pada Maret 2024 sebesar 45,2 persen, turun 2,7 persen dibanding "
     "Februari 2024 yang sebesar 47,9 persen.", "47.9"),
    ("Pertumbuhan ekonomi pada triwulan II 2024 sebesar 4,10 persen, lebih rendah dari triwulan I 2024 "
     "sebesar 5,12 persen.", "5.12"),
    ("Inflasi pada Juni 2024 sebesar 2,1 persen, melambat dibanding Mei 2024 yang mencapai 2,8 persen.", "2.8"),
    ("Tingkat pengangguran pada Februari 2024 sebesar 4,8 persen, lebih rendah ketimbang Agustus 2023 "
     "yang sebesar 5,1 persen.", "5.1"),
    ("Rasio kredit macet bank daerah turun 0,4 persen dibandingkan dengan Desember 2023 yang tercatat "
     "3,9 persen.", "3.9"),
])
def test_the_value_compared_with_is_the_level_of_that_period(body, base):
    assert Decimal(base) in [f.value for f in figures(body)]
    assert -Decimal(base) not in [f.value for f in figures(body)]


@pytest.mark.parametrize("body, value", [
    # nothing told but the period compared with: the amount is the size of the change
    ("Ekspor kopi pada Juni 2024 turun dibandingkan Mei 2024 sebesar 20 persen.", "-20"),
    # the value compared with is itself a change, or the measure is a fall in both periods
    ("Ekspor pada Juni 2024 turun 8 persen dibanding Mei 2024 yang anjlok 3 persen.", "-3"),
    ("Ekonomi pada triwulan II 2024 terkontraksi 2 persen, lebih dalam dibanding triwulan I 2024 yang "
     "sebesar 1,5 persen.", "-1.5"),
    ("Pada Juni 2024 terjadi deflasi 0,3 persen, lebih dalam dibanding Mei 2024 yang sebesar 0,1 persen.", "-0.1"),
])
def test_a_change_after_a_comparison_keeps_its_sign(body, value):
    assert Decimal(value) in [f.value for f in figures(body)]


# --- U3: numbers with mixed separators ----------------------------------------------------

@pytest.mark.parametrize("body, value, unit", [
    # thousands dots, then commas: the last comma is the decimal mark (a number in no regular form: flagged)
    ("Ekspor kopi pada Mei 2024 senilai USD31.482,716,350.", "31482716.35", "USD"),
    ("Ekspor kopi pada Mei 2024 senilai US$4.210,550,125.", "4210550.125", "USD"),
    ("Ekspor kopi pada Mei 2024 sebanyak 10.588,683,600 kilogram.", "10588683.6", "kg"),
])
def test_mixed_separators_are_read_and_flagged(body, value, unit):
    figs = figures(body)
    assert [(f.value, f.unit) for f in figs] == [(Decimal(value), unit)]
    assert figs[0].plausible is False and figs[0].why["value"].startswith("doubtful")


@pytest.mark.parametrize("body, value, unit", [
    # one comma before three digits with no scale word, in money or a weight: thousandths or thousands
    ("Ekspor tepung kelapa pada Mei 2024 sebanyak 518,036 kg.", "518.036", "kg"),
    ("Ekspor kopi pada Mei 2024 senilai USD2,047.", "2.047", "USD"),
])
def test_a_comma_before_three_digits_in_money_or_a_weight_is_flagged(body, value, unit):
    figs = figures(body)
    assert [(f.value, f.unit) for f in figs] == [(Decimal(value), unit)]
    assert figs[0].plausible is False


@pytest.mark.parametrize("body, value, unit", [
    # regular forms stay unflagged: a dot for thousands and a comma for decimals, a scale word after
    # a decimal comma, a percentage, a count, money padded with a zero
    ("Ekspor kopi pada Mei 2024 senilai Rp 1.250,5 juta.", "1250500000", "IDR"),
    ("Ekspor kopi pada Mei 2024 senilai US$ 2,125 juta.", "2125000", "USD"),
    ("Volume ekspor kopi pada Mei 2024 sebanyak 1.234,56 ton.", "1234.56", "ton"),
    ("Inflasi pada Mei 2024 sebesar 0,125 persen.", "0.125", "percent"),
    ("Pada Mei 2024 tercatat 1,500 eksportir.", "1500", "eksportir"),
    ("Ekspor kopi pada Mei 2024 senilai US$ 705,200.", "705200", "USD"),
    ("Ekspor kopi pada Mei 2024 senilai Rp27.318.604.150.", "27318604150", "IDR"),
])
def test_numbers_in_a_regular_form_are_read_unflagged(body, value, unit):
    figs = figures(body)
    assert [(f.value, f.unit) for f in figs] == [(Decimal(value), unit)]
    assert figs[0].plausible is not False


@pytest.mark.parametrize("body", [
    "Ekspor senilai USD1,2,3,4,5,6,7,8,9,0,1,2,3,4,5 pada Mei 2024.",
    "Ekspor senilai Rp1.2.3 pada Mei 2024.",
    "Ekspor senilai 12.,5 ton dan 1,,000 ton dan ,5 persen pada Mei 2024.",
    "Ekspor senilai IDR27.318,604,150,1 pada Mei 2024 dan USD 2.047,5,3.",
])
def test_malformed_numbers_never_crash(body):
    figures(body)


# --- U4: bounds, tolerances and the units of rates ------------------------------------------

@pytest.mark.parametrize("body, low, high", [
    ("Laju inflasi kota itu tetap berada dalam sasaran 3,5 plus minus 1 persen.", "2.5", "4.5"),
    ("Bank Indonesia menargetkan inflasi 2025 sebesar 2,5% plus-minus 1%.", "1.5", "3.5"),
    ("Target inflasi tahun 2024 ditetapkan 3±1 persen.", "2", "4"),
    ("Pertumbuhan ekonomi 2025 diperkirakan 5,1 persen plus minus 0,2 persen.", "4.9", "5.3"),
    ("Bank Indonesia menargetkan inflasi 2025 sebesar tiga persen plus minus satu persen.", "2", "4"),
    ("Sasaran inflasi 2025 sebesar 2,5±1%.", "1.5", "3.5"),
])
def test_a_value_plus_minus_a_tolerance_is_one_range_around_it(body, low, high):
    assert [(f.value, f.value_max) for f in figures(body)] == [(Decimal(low), Decimal(high))]


def test_a_tolerance_not_smaller_than_the_value_makes_no_range():
    # ('plus minus 10 persen' after 5 persen: no tolerance around it, two values as written)
    assert [f.value_max for f in figures("Ekspor naik 5 persen, plus minus 10 persen dari total.")] == [None, None]


@pytest.mark.parametrize("body", [
    "Penjualan batik Pekalongan selama delapan bulan belum sampai 15 juta dolar AS.",
    "Porsi kredit hijau bank itu pada 2024 belum menembus dua persen dari total kredit.",
    "Penjualan pameran itu belum menyentuh Rp 2 miliar.",
])
def test_a_bound_not_reached_is_no_figure(body):
    assert figures(body) == []


@pytest.mark.parametrize("body, kept", [
    ("Menurut kajian dinas, setiap Rp 500 miliar investasi di Cilegon menyerap 1.200 tenaga kerja.", [("1200", "tenaga kerja")]),
    ("Dinas menghitung tiap 100 ton gabah menghasilkan 64 ton beras pada 2024.", [("64", "ton")]),
])
def test_the_amount_a_rate_is_counted_per_is_no_figure(body, kept):
    assert values(body) == [(Decimal(v), u) for v, u in kept]


@pytest.mark.parametrize("body, value, unit", [
    # counters: a reached value, a target not reached, a period word after 'setiap', a rate's own value
    ("Ekspor kopi pada 2024 sudah sampai 20 juta dolar AS.", "20000000", "USD"),
    ("Realisasi investasi pada 2024 belum mencapai target Rp 5 triliun.", "5000000000000", "IDR"),
    ("Ekspor kopi setiap bulan pada 2024 mencapai 500 ton.", "500", "ton"),
    ("Setiap tahun ekspor kopi mencapai US$ 5 juta.", "5000000", "USD"),
])
def test_a_value_near_a_bound_or_rate_word_stays(body, value, unit):
    assert values(body) == [(Decimal(value), unit)]


@pytest.mark.parametrize("body", [
    # thresholds compared with: said of every period or item, a qualifier of who, aimed at, a target met
    "Ekspor kakao tahun 2023 dengan pertumbuhan yang selalu di atas 6 persen.",
    "Pangsa komoditas lainnya masing-masing di bawah 3,50 persen.",
    "Program ini menyasar pelaku usaha yang omzetnya naik dengan omzet di atas Rp 500 juta per tahun.",
    "Jumlah UMKM yang naik kelas dengan aset di atas Rp 1 miliar bertambah.",
    "Ekspor itu sudah melampaui target, yakni di atas USD 3 miliar.",
    "Harga karet selalu di atas Rp 20.000 per kg sepanjang tahun lalu.",
    "Ekspor kakao naik, meski pertumbuhannya masih di bawah 5 persen.",
    "Kami ingin porsi ekspor itu naik di atas 20 persen.",
])
def test_a_threshold_compared_with_stays_no_figure(body):
    assert figures(body) == []


@pytest.mark.parametrize("body, kept", [
    # a bound said of a counted part of a set picks the part: no figure for it
    ("Dari 25 koperasi, tujuh di antaranya sudah memenuhi lebih dari 60 persen target penjualan pada 2024.",
     [("25", "koperasi")]),
    ("Dari 30 eksportir, 12 di antaranya mencatat pertumbuhan di atas 10 persen pada 2024.",
     [("30", "eksportir"), ("12", "eksportir")]),
    ("Dari 40 koperasi, sebagian di antaranya beromzet lebih dari Rp 1 miliar pada 2024.", [("40", "koperasi")]),
    # counters: 'di antaranya' naming examples, a value of the part that is no bound, a bound with no part
    ("Ekspor didominasi beberapa komoditas, di antaranya kopi yang menyumbang lebih dari 30 persen pada 2024.",
     [("30", "percent")]),
    ("Dari 25 koperasi, tujuh di antaranya mencatat penjualan Rp 3 miliar pada 2024.",
     [("25", "koperasi"), ("3000000000", "IDR")]),
    ("Ekspor kopi pada 2024 mencapai lebih dari US$ 5 juta.", [("5000000", "USD")]),
])
def test_a_bound_said_of_a_counted_part_is_what_picks_it(body, kept):
    assert values(body) == [(Decimal(v), u) for v, u in kept]


@pytest.mark.parametrize("body, expected", [
    # a plain change word, then the period compared with and 'sebesar': the size of the change, even after a level
    ("Tingkat inflasi tahunan Juli 2024 mencapai 2,85 persen, turun dibandingkan Juni 2024 sebesar 0,2 persen.",
     ["2.85", "-0.2"]),
    # a value of another clause (after 'sedangkan', 'sementara') is no level of this comparison
    ("Harga beras naik 4 persen pada Agustus 2024, sedangkan harga telur turun dibandingkan Juli 2024 sebesar 6 persen.",
     ["4", "-6"]),
    ("Harga jagung naik 3 persen pada Juni 2024, sementara harga kedelai turun dibandingkan Mei 2024 sebesar 5 persen.",
     ["3", "-5"]),
    # a fall in an earlier clause does not make the compared measure a contraction
    ("Sesudah deflasi pada Mei 2024, inflasi Juni 2024 sebesar 1,8 persen, lebih rendah dari Juli 2024 yang sebesar "
     "2,3 persen.", ["1.8", "2.3"]),
    # the comparative and the relative 'yang sebesar' keep the level reading
    ("Tingkat hunian hotel turun 0,3 persen dibanding Oktober 2023 yang sebesar 6,12 persen.", ["-0.3", "6.12"]),
    ("Ekspor kakao pada semester I 2024 sebesar 7,4 persen, lebih tinggi dari semester II 2023 sebesar 6,9 persen.",
     ["7.4", "6.9"]),
])
def test_the_level_reading_of_a_compared_value_needs_a_comparative_or_a_relative(body, expected):
    assert [f.value for f in figures(body)] == [Decimal(v) for v in expected]


@pytest.mark.parametrize("body", [
    # conditions, rules and qualifiers with a threshold word: no figure (review of the reported-bound rule)
    "Jika harga minyak goreng naik di atas 15 persen, pemerintah akan menggelar operasi pasar.",
    "Apabila kurs rupiah melemah di atas Rp 17.000 per dolar AS, Bank Indonesia akan melakukan intervensi.",
    "Bila pertumbuhan kredit meningkat di atas 12 persen, bank wajib menambah cadangan modal.",
    "Kenaikan tarif angkutan di atas 8 persen wajib mendapat persetujuan gubernur.",
    "Koperasi yang omzetnya tumbuh di atas 25 persen akan mendapat bantuan modal.",
    "Karyawan yang upahnya naik di atas 7 persen dikenai iuran tambahan mulai 2026.",
    "Kabupaten yang pendapatannya tumbuh di atas 15 persen pada 2024 mendapat dana insentif daerah.",
    "Provinsi yang inflasinya masih di atas 4 persen diminta menyalurkan bantuan pangan.",
    "Pinjaman yang bunganya masih di atas 12 persen akan ditinjau ulang oleh bank.",
    "Apartemen dengan harga sedikit di atas Rp 800 juta tidak lagi mendapat insentif pajak.",
    "Usaha mikro dengan omzet di atas Rp 2 miliar wajib memungut pajak.",
    "Tabungan di atas 8 persen dikenai pajak bunga.",
    "Impor di atas 20 ton wajib dilaporkan.",
])
def test_a_threshold_in_a_condition_rule_or_qualifier_is_no_figure(body):
    assert figures(body) == []


@pytest.mark.parametrize("body, value", [
    # inflation or deflation as an event gives the direction
    ("Kota Kendari mengalami inflasi 0,42 persen pada Mei 2024.", "0.42"),
    ("Pada Juni 2024 terjadi deflasi 0,15 persen.", "-0.15"),
    ("Sesudah deflasi pada April 2024, inflasi Mei 2024 sebesar 0,3 persen.", "0.3"),
    ("Pada Juli 2024 Provinsi Jambi berinflasi 0,2 persen.", "0.2"),
    # as the object of a change word, the change word gives it
    ("Penurunan inflasi sebesar 0,6 persen dibanding bulan sebelumnya ditopang pasokan beras.", "-0.6"),
    ("Kenaikan inflasi sebesar 0,5 persen pada Agustus 2024 dipicu harga bawang.", "0.5"),
    ("Laju inflasi Kota Palu turun 0,7 persen pada Oktober 2024.", "-0.7"),
])
def test_inflation_gives_a_rise_only_as_an_event(body, value):
    assert [f.value for f in figures(body)] == [Decimal(value)]


@pytest.mark.parametrize("body", [
    # a governor before the noun ('menurunkan', 'menekan laju'): the noun gives no rise
    "Bank sentral berhasil menurunkan inflasi 1,5 persen pada 2024.",
    "Pemerintah kota berhasil menekan laju inflasi 0,8 persen pada Maret 2024.",
    "Operasi pasar mampu meredam inflasi 0,3 persen pada April 2024.",
])
def test_inflation_as_the_object_of_a_change_is_not_a_rise(body):
    assert all(f.value > 0 and not (f.kind == "growth") for f in figures(body))


@pytest.mark.parametrize("body, value, unit", [
    # 'tidak/tak sampai X' says less than X: an upper bound reported, like 'kurang dari X'
    ("Ekspor teh pada Juni 2024 tidak sampai US$ 4 juta.", "4000000", "USD"),
    ("Ekspor teh pada Juni 2024 kurang dari US$ 4 juta.", "4000000", "USD"),
    ("Serapan belanja modal hingga Agustus 2024 tidak sampai 35 persen dari pagu.", "35", "percent"),
    ("Kenaikan harga gas tak sampai 3 persen pada 2024.", "3", "percent"),
    ("Penjualan mobil pada Mei 2024 tidak mencapai 50.000 unit.", "50000", "unit"),
])
def test_not_as_much_as_is_an_upper_bound(body, value, unit):
    figs = figures(body)
    assert [(f.value, f.unit, f.qualifier) for f in figs] == [(Decimal(value), unit, "upper_bound")]


@pytest.mark.parametrize("body, value, kind", [
    # a change said in a relative clause on the subject, then a predicate of its own: the amount is a level
    ("Harga perak yang sempat rontok kini dijual Rp 15.000 per gram.", "15000", "realization"),
    ("Saham bank itu yang sempat terpuruk kini diperdagangkan Rp 3.200 per lembar pada Juni 2024.", "3200", "realization"),
    ("Harga kedelai yang pernah anjlok kini dijual Rp 11.000 per kg pada Mei 2024.", "11000", "realization"),
    # counters: the relative clause's own amount, a plain change
    ("Harga cabai yang naik Rp 5.000 per kg pada Mei 2024 memicu inflasi.", "5000", "growth"),
    ("Penjualan mobil yang turun sebesar Rp 2 triliun pada Mei 2024 membuat pabrik mengurangi produksi.",
     "-2000000000000", "growth"),
    ("Harga beras turun Rp 1.000 per kg pada Juni 2024.", "-1000", "growth"),
])
def test_a_change_in_a_closed_relative_clause_is_not_the_amounts(body, value, kind):
    assert [(f.value, f.kind) for f in figures(body)] == [(Decimal(value), kind)]
