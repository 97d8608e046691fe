"""Indonesian amounts parse to exact decimals in base units, with their unit."""
from decimal import Decimal

import pytest

from kg.extract.amounts import find_amounts as find_with, parse_number
from kg.extract.lexicon import Lexicon

LEXICON = Lexicon.default()


def find_amounts(text):
    return find_with(LEXICON, text)


@pytest.mark.parametrize("text, expected", [
    ("1.725,99", Decimal("1725.99")), ("186,98", Decimal("186.98")), ("2.932", Decimal("2932")),
    ("6.94", Decimal("6.94")), ("250", Decimal("250")), ("1.234.567,5", Decimal("1234567.5")),
])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text, value, unit", [
    ("ekspor mencapai US$ 186,98 miliar pada 2023", Decimal("186980000000"), "USD"),
    ("investasi sebesar Rp250 triliun", Decimal("250000000000000"), "IDR"),
    ("realisasi 65 juta USD tahun ini", Decimal("65000000"), "USD"),
    ("surplus 1.725,99 juta dolar AS", Decimal("1725990000"), "USD"),
    ("menyumbang 72,24% dari total", Decimal("72.24"), "percent"),
    ("naik 6,94 persen", Decimal("6.94"), "percent"),
    ("pelepasan ekspor tersebar di 18 titik di Provinsi Contoh", Decimal("18"), "titik"),
    ("tenaga kerja sebanyak 900 ribu orang", Decimal("900000"), "orang"),
    ("senilai Rp 3,3 M ke Singapura", Decimal("3300000000"), "IDR"),
    ("sekitar USD186,40 miliar", Decimal("186400000000"), "USD"),
    ("sebesar 2,5 milyar euro", Decimal("2500000000"), "EUR"),
])
def test_amount_value_and_unit(text, value, unit):
    amounts = find_amounts(text)
    assert [(a.value, a.unit) for a in amounts] == [(value, unit)]


def test_range_keeps_both_bounds_with_shared_unit():
    amounts = find_amounts("tumbuh 7 hingga 8 persen tahun depan")
    assert [(a.value, a.unit) for a in amounts] == [(Decimal(7), "percent"), (Decimal(8), "percent")]
    assert amounts[0].range_with is amounts[1]


def test_range_shares_scale_and_currency():
    amounts = find_amounts("diperkirakan 65 miliar–70 miliar dolar AS")
    assert [a.value for a in amounts] == [Decimal("65000000000"), Decimal("70000000000")]
    assert {a.unit for a in amounts} == {"USD"}
    amounts = find_amounts("sekitar US$ 1,2-1,5 miliar")
    assert [a.value for a in amounts] == [Decimal("1200000000"), Decimal("1500000000")]


def test_restatement_in_second_currency_points_at_first():
    first, second = find_amounts("mencapai USD 725,54 juta (Rp 10,6 triliun), naik")
    assert (first.unit, second.unit) == ("USD", "IDR")
    assert second.restates is first and second.value == Decimal("10600000000000")


def test_approximation_is_kept():
    (amount,) = find_amounts("hampir Rp 5 triliun")
    assert amount.qualifier == "upper_bound"
    (amount,) = find_amounts("lebih dari 1.000 eksportir")
    assert amount.qualifier == "lower_bound" and amount.unit == "eksportir"


@pytest.mark.parametrize("text", ["Ke-18 kawasan industri", "Nomor 24 Tahun 2023", "Kamis (15/2)", "Covid-19 melanda",
                                  "Making Indonesia 4.0"])
def test_not_quantities(text):
    assert find_amounts(text) == []


def test_offsets_point_at_the_amount():
    text = "Nilai ekspor US$ 1,5 miliar."
    (amount,) = find_amounts(text)
    assert text[amount.start:amount.end] == "US$ 1,5 miliar"


# --- noise, exchange rates and absurd magnitudes (issue 9 §5, issue 12) ---------------------

@pytest.mark.parametrize("text, value, unit", [
    ("produksi 12,4O juta ton tahun ini", Decimal("12400000"), "ton"),        # letter O for a zero
    ("sebanyak 3O5 kontainer dikirim", Decimal("305"), "kontainer"),
    ("ekspor 17.25 juta ton", Decimal("17250000"), "ton"),                   # a dot for the decimal comma
    ("nilai 4,8 miliar.dolar AS", Decimal("4800000000"), "USD"),             # a stray full stop
    ("volume 48.201.330.75 kg", Decimal("48201330.75"), "kg"),               # thousands dots, decimal dot
    ("sebesar 2,345.5 ton", Decimal("2345.5"), "ton"),                        # English grouping
])
def test_noisy_numbers_read_when_the_reading_is_unambiguous(text, value, unit):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit, amount.doubtful) == (value, unit, False)


@pytest.mark.parametrize("text, value, unit", [
    ("pembelian senilai US$415. 000 pada triwulan itu", Decimal("415000"), "USD"),   # space after a thousands dot
    ("stok beras 2. 304. 118 ton di gudang", Decimal("2304118"), "ton"),
    ("harga naik 12. 5% dari bulan lalu", Decimal("12.5"), "percent"),               # space after a decimal dot
    ("nilainya Rp 3. 75 triliun", Decimal("3750000000000"), "IDR"),
])
def test_a_stray_space_after_a_dot_separator_is_read_as_the_number_meant(text, value, unit):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit, amount.doubtful) == (value, unit, False)
    assert "space after the" in amount.reading


def test_a_sentence_ending_in_a_number_is_not_joined_to_the_next_one():
    amounts = find_amounts("Volume ekspor mencapai 45. 1200 ton lainnya tertahan")
    assert [a.value for a in amounts] == [Decimal("1200")]


def test_a_spaced_number_ends_no_sentence():
    from kg.extract.text import sentences
    body = "Kontrak itu bernilai US$415. 000 tahun lalu. Harga turun 7. 25% bulan ini."
    assert [body[s.start:s.end] for s in sentences(body)] == [
        "Kontrak itu bernilai US$415. 000 tahun lalu.", "Harga turun 7. 25% bulan ini."]


def test_letter_o_reading_is_recorded():
    (amount,) = find_amounts("produksi 12,4O juta ton")
    assert "12,4O" in amount.reading


@pytest.mark.parametrize("text", ["bobot 1.23.456 ton", "volume 7,5,2 juta ton"])
def test_numbers_in_no_regular_form_are_read_but_doubtful(text):
    (amount,) = find_amounts(text)
    assert amount.doubtful and amount.reading.startswith("doubtful")


@pytest.mark.parametrize("text", [
    "asumsi kurs Rp 15.200 per dolar AS dalam APBN", "dengan kurs Rp14.750/USD", "rupiah ditutup Rp 15.890 terhadap dolar AS",
    "nilai tukar rupiah berada di Rp 16.100", "setara Rp 10.900 untuk setiap dolar Singapura",
])
def test_exchange_rates_are_not_amounts(text):
    assert find_amounts(text) == []


def test_a_scaled_amount_after_the_word_kurs_is_still_an_amount():
    (amount,) = find_amounts("karena kurs melemah, nilai impor naik Rp 4 triliun")
    assert amount.value == Decimal("4000000000000")


def test_a_price_per_kilogram_is_an_amount_in_rupiah_per_kilogram():
    (amount,) = find_amounts("harga Rp 32.000 per kilogram")
    assert amount.value == Decimal("32000") and amount.unit == "IDR/kg"


def test_an_amount_beyond_28_digits_never_raises():
    (amount,) = find_amounts("nilai US$ 99999999999999999999 triliun")
    assert amount.value == Decimal("99999999999999999999") * 10 ** 12


def test_a_digit_run_longer_than_any_quantity_is_no_amount():
    assert find_amounts("kode " + "9" * 60 + " ton") == []


@pytest.mark.parametrize("raw", ["NaN", "Infinity", "-Infinity", "sNaN"])
def test_decimal_template_parameters_refuse_what_is_not_a_finite_number(raw):
    from kg.errors import QueryParameterError
    from kg.query.templates import Param, to_term
    with pytest.raises(QueryParameterError, match="not a valid decimal"):
        to_term(Param("limit", "decimal"), raw)


def test_a_negative_tolerance_is_refused_and_a_positive_one_bound():
    from kg.errors import QueryParameterError
    from kg.query.templates import Param, to_term
    with pytest.raises(QueryParameterError, match="tolerance cannot be negative"):
        to_term(Param("tolerance", "decimal"), "-0.1")
    assert str(to_term(Param("tolerance", "decimal"), "0,25")) == "0.25"


def test_physical_units_have_one_name_and_a_currency_may_follow_as_a_symbol():
    assert [(a.value, a.unit) for a in find_amounts("berat 70,5 juta kilogram dan nilai FOB 1.250.400 US $")] == [
        (Decimal("70500000"), "kg"), (Decimal("1250400"), "USD")]


def test_a_value_stated_in_tons_is_a_unit_error_and_doubtful():
    (amount,) = find_amounts("udang 40 ton senilai 12,5 ton")[1:]
    assert amount.unit == "ton" and amount.doubtful


def test_a_value_with_no_currency_borrows_the_one_of_its_sentence():
    amounts = find_amounts("udang 120 ton senilai Rp 9,5 miliar dan kepiting 80 ton senilai 6,25 miliar")
    assert [(a.value, a.unit) for a in amounts] == [
        (Decimal(120), "ton"), (Decimal("9500000000"), "IDR"), (Decimal(80), "ton"), (Decimal("6250000000"), "IDR")]
    assert "not written" in amounts[-1].reading


def test_no_currency_is_borrowed_when_the_sentence_has_two_or_a_count_is_meant():
    assert [a.unit for a in find_amounts("ekspor US$ 2 miliar atau Rp 31 triliun, senilai 5 miliar")] == ["USD", "IDR"]
    assert [a.unit for a in find_amounts("ekspor Rp 3 miliar oleh 2,5 juta pelaku")] == ["IDR", "pelaku"]


def test_numbers_spelled_out_are_read_before_a_percent_or_scale_word_only():
    from kg.extract.amounts import find_amounts
    from kg.extract.lexicon import Lexicon
    lex = Lexicon.default()
    read = lambda text: [(str(a.value), a.unit) for a in find_amounts(lex, text)]  # noqa: E731
    assert read("ekspor naik lima persen") == [("5", "percent")]
    assert read("lahan sawit lebih dari dua juta hektare") == [("2000000", "hektare")]
    assert read("ekspor ke dua negara tujuan") == []
    (amount,) = find_amounts(lex, "tumbuh dua puluh persen")
    assert amount.value == 20 and "spelled out" in amount.reading


def test_a_space_after_the_decimal_comma_before_a_scale_word_is_read_as_meant():
    from kg.extract.amounts import find_amounts
    from kg.extract.lexicon import Lexicon
    (amount,) = find_amounts(Lexicon.default(), "setara Rp 116, 1 triliun (kurs Rp 15.160)")
    assert amount.value == 116_100_000_000_000 and "space after the decimal comma" in amount.reading


def test_a_space_after_the_decimal_comma_before_a_percent_word_is_read_as_meant():
    from kg.extract.amounts import find_amounts
    from kg.extract.lexicon import Lexicon
    (amount,) = find_amounts(Lexicon.default(), "Angka itu naik 17, 45 persen dibanding bulan lalu.")
    assert amount.value == Decimal("17.45") and amount.unit == "percent"
    listed = find_amounts(Lexicon.default(), "Ketiganya turun masing-masing 12, 15, dan 20 persen.")
    assert not {Decimal("12.15"), Decimal("15.2")} & {a.value for a in listed}


def test_two_month_names_before_a_year_are_a_range():
    import datetime as dt
    from kg.extract.lexicon import Lexicon
    from kg.extract.periods import find_periods
    text = "nilai ekspor per Januari Oktober 2017 mencapai"
    (mention,) = find_periods(Lexicon.default(), text, 0, len(text))
    period = mention.resolve(None, dt.date(2017, 11, 4))
    assert (period.start.isoformat(), period.end.isoformat()) == ("2017-01-01", "2017-10-31")


def test_a_currency_named_after_the_number_wins_over_a_stray_sign_and_a_year_is_no_amount():
    from kg.extract.amounts import find_amounts
    from kg.extract.lexicon import Lexicon
    lex = Lexicon.default()
    (amount,) = find_amounts(lex, "menjadi Rp395,16 juta dolar AS")
    assert (amount.value, amount.unit) == (395_160_000, "USD") and "written twice" in amount.reading
    assert [(a.value, a.unit) for a in find_amounts(lex, "pada Desember 2022 US$ 2,1 miliar")] == [(2_100_000_000, "USD")]
    assert [(a.value, a.unit) for a in find_amounts(lex, "pada 2022 US$ 5 juta")] == [(5_000_000, "USD")]


@pytest.mark.parametrize("text, value, unit", [
    ("konsumsi daging ayam ditargetkan 14,5 kg/kapita per tahun", Decimal("14.5"), "kg/kapita"),
    ("konsumsi beras turun menjadi 81 kg per kapita", Decimal("81"), "kg/kapita"),
    ("penataan ruang laut di 12 kawasan", Decimal("12"), "kawasan"),
    ("pengawasan kapal di 4 WPP", Decimal("4"), "WPP"),
    ("nilai tukar petani (NTP) Jambi naik ke 121,5", Decimal("121.5"), "indeks"),
    ("PMI manufaktur bulan lalu berada di level 51,8", Decimal("51.8"), "indeks"),
])
def test_units_per_head_counted_areas_and_index_numbers(text, value, unit):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)


def test_a_bare_number_after_an_index_measure_is_no_index_when_it_counts_time_or_is_a_year():
    assert find_amounts("PMI manufaktur mencapai puncak tertinggi dalam 10 tahun terakhir") == []
    assert find_amounts("indeks harga produsen 2023 belum dirilis") == []
    # no index: a count of the noun named before it (counted-noun-before rule)
    assert [(a.value, a.unit) for a in find_amounts("jumlah peserta pelatihan mencapai 120")] == [(Decimal("120"), "peserta")]


def test_a_money_amount_without_its_scale_word_takes_the_scale_of_the_amounts_around_it():
    text = "ekspor naik menjadi US$ 212,40 juta dari bulan sebelumnya yang hanya US$ 198,05"
    assert [(a.value, a.unit) for a in find_amounts(text)] == [
        (Decimal("212400000"), "USD"), (Decimal("198050000"), "USD")]
    assert "scale not written" in find_amounts(text)[1].reading
    # in the sentence before, in the same paragraph
    text = "Ekspor naik menjadi US$ 212,40 juta. Bulan sebelumnya hanya US$ 198,05."
    second = text.index("Bulan")
    (amount,) = find_with(LEXICON, text, second, len(text))
    assert amount.value == Decimal("198050000")


def test_a_price_or_a_whole_number_keeps_its_written_scale():
    amounts = find_amounts("ekspor US$ 2,1 juta dengan harga US$ 3,25 per kg")
    assert [a.value for a in amounts] == [Decimal("2100000"), Decimal("3.25")]
    amounts = find_amounts("ekspor US$ 2,1 juta dan sumbangan US$ 500")
    assert [a.value for a in amounts] == [Decimal("2100000"), Decimal("500")]


def test_an_amount_in_another_currency_after_atau_restates_the_one_before():
    from kg.extract.amounts import find_amounts
    from kg.extract.lexicon import Lexicon
    first, second = find_amounts(Lexicon.default(), "senilai USD 2,4 juta atau setara Rp 36 miliar")
    assert second.restates is first
    one, other = find_amounts(Lexicon.default(), "senilai Rp 2 miliar atau Rp 3 miliar")
    assert other.restates is None


def test_hundreds_of_thousands_written_with_ratus_are_one_scale():
    from kg.extract.amounts import find_amounts
    from kg.extract.lexicon import Lexicon
    found = find_amounts(Lexicon.default(), "ekspor rotan sebesar 7 ratus ribu dollar AS dan kopi Rp 4 ratus juta")
    assert [(a.value, a.unit) for a in found] == [(700_000, "USD"), (400_000_000, "IDR")]


@pytest.mark.parametrize("text, value, unit", [
    ("sebanyak 4.500 industri kecil menengah", Decimal("4500"), "industri kecil menengah"),
    ("mencapai 12.000 unit usaha", Decimal("12000"), "unit usaha"),
    ("ada 250 jenis barang yang dibatasi", Decimal("250"), "jenis barang"),
    ("tersebar di 40 kabupaten/kota", Decimal("40"), "kabupaten/kota"),
    ("membuka 2 juta lapangan kerja", Decimal("2000000"), "lapangan kerja"),
    ("tersebar di 3.120 berbagai proyek", Decimal("3120"), "proyek"),
    ("luas daratan 1.250,5 Km2", Decimal("1250.5"), "km2"),
    ("cukup untuk 7,1 bulan impor", Decimal("7.1"), "bulan"),
    ("dilepas serentak dari 21 pintu ekspor", Decimal("21"), "pintu ekspor"),
])
def test_a_counted_compound_noun_is_the_unit_and_a_word_of_variety_may_stand_before_it(text, value, unit):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("BPS mendata 8.210 usaha/perusahaan kerajinan di kabupaten itu", Decimal("8210"), "usaha/perusahaan"),
    ("sisanya lebih dari 3 ribu usaha/ perusahaan", Decimal("3000"), "usaha/perusahaan"),
    ("tercatat 57 koperasi/kelompok tani yang mengekspor", Decimal("57"), "koperasi/kelompok"),
    ("dana itu tersebar di 14 K/L", Decimal("14"), "K/L"),
    # the noun after the number wins over a noun named before it
    ("seluruh IKM di Provinsi Riau atau sebanyak 640 usaha/perusahaan", Decimal("640"), "usaha/perusahaan"),
])
def test_two_words_joined_by_a_slash_after_a_number_are_one_counted_noun(text, value, unit):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)
    assert "slash" in (amount.reading or "") or unit == "K/L"


def test_a_slash_before_a_unit_of_measure_a_denominator_or_a_currency_joins_no_counted_noun():
    # a weight per head stays a weight per head; '/Rp' is the sign of the next value
    assert [(a.value, a.unit) for a in find_amounts("konsumsi ikan 55 kg/kapita")] == [(Decimal("55"), "kg/kapita")]
    found = find_amounts("sebanyak 7.310 kg/Rp 95 juta dikirim")
    assert [(a.value, a.unit) for a in found] == [(Decimal("7310"), "kg"), (Decimal("95000000"), "IDR")]
    # a unit of measure before the slash keeps its own reading; two words the lexicon does not
    # count are no counted noun
    assert [(a.value, a.unit) for a in find_amounts("sebanyak 40 ton/ha")] == [(Decimal("40"), "ton")]
    assert find_amounts("ada 9 rumah/bangunan") == []


@pytest.mark.parametrize("text, unit", [
    ("pabrik itu memproduksi 300 unit/bulan", "unit"), ("pelabuhan melayani 50 kapal/minggu", "kapal"),
    ("mesin itu berputar 40 kali/hari", "kali"), ("sekitar 15 perusahaan/thn", "perusahaan"),
    # a name after the slash (a news agency, an outlet) and a unit of length are no part of the noun
    ("tercatat 12 perusahaan/ANTARA", "perusahaan"), ("kepadatan 20 orang/km", "orang"),
])
def test_a_duration_a_name_or_a_unit_of_measure_after_the_slash_joins_no_counted_noun(text, unit):
    (amount,) = find_amounts(text)
    assert amount.unit == unit
    assert "slash" not in (amount.reading or "")


@pytest.mark.parametrize("text, unit", [
    # each word as the lexicon names it, else in lower case: the case it is written in changes nothing
    ("BPS mendata 8.210 Usaha/Perusahaan kerajinan", "usaha/perusahaan"),
    ("BPS mendata 8.210 USAHA/perusahaan kerajinan", "usaha/perusahaan"),
    ("dana itu dibagi ke 14 ikm/umkm", "IKM/UMKM"),
    # a noun the lexicon lists with its slash is read as listed
    ("tersebar di 12 Kabupaten/Kota", "kabupaten/kota"),
])
def test_a_counted_noun_written_with_a_slash_is_named_one_way(text, unit):
    (amount,) = find_amounts(text)
    assert amount.unit == unit


def test_us_dolar_written_with_a_space_and_one_l_after_the_number_is_usd():
    (amount,) = find_amounts("nilai ekspor bulan itu 87,15 juta US Dolar")
    assert (amount.value, amount.unit) == (Decimal("87150000"), "USD")


def test_a_number_glued_to_the_full_stop_after_a_word_is_read_but_not_a_number_after_a_digit():
    assert [(a.value, a.unit) for a in find_amounts("produksi terealisasi sebanyak.12.500,5 ton")] == [(Decimal("12500.5"), "ton")]
    assert [(a.value, a.unit) for a in find_amounts("naik 3.5 persen")] == [(Decimal("3.5"), "percent")]
    assert find_amounts("angka .5 persen") == []


def test_money_without_its_scale_word_takes_the_scale_its_currency_had_earlier_in_the_article():
    text = ("Ekspor Provinsi Contoh pada Mei tercatat 51,20 juta US Dollar.\n"
            "Sejak Januari neraca mengalami surplus sebesar 210,35 US Dollar dengan impor sebesar 12,40 US Dollar.")
    start = text.index("\n") + 1
    found = find_with(LEXICON, text, start)
    assert [(a.value, a.unit) for a in found] == [(Decimal("210350000"), "USD"), (Decimal("12400000"), "USD")]
    assert "earlier in the article" in found[0].reading
    # a price near it keeps every amount of the sentence as written (no scale borrowed); the
    # price it rose from is quoted per the same kilogram (decision 0014)
    text = "Ekspor kopi tercatat 51,20 juta US Dollar.\nHarga kopi US$ 3,25 per kg, naik dari US$ 2,90."
    found = find_with(LEXICON, text, text.index("\n") + 1)
    assert [(a.value, a.unit) for a in found] == [(Decimal("3.25"), "USD/kg"), (Decimal("2.90"), "USD/kg")]


def test_a_bare_decimal_between_items_of_a_list_in_one_unit_is_in_that_unit():
    found = find_amounts("Andil industri 70%, migas 8,15%, tambang 18,05, dan pertanian 3,8%.")
    assert [(a.value, a.unit) for a in found] == [
        (Decimal("70"), "percent"), (Decimal("8.15"), "percent"), (Decimal("18.05"), "percent"), (Decimal("3.8"), "percent")]
    assert "unit not written" in found[2].reading
    # a whole number, or one whose neighbours differ, stays unread
    assert [a.value for a in find_amounts("Andil industri 70%, sebanyak 12 dan pertanian 3,8%.")] == [Decimal("70"), Decimal("3.8")]
    assert [a.value for a in find_amounts("Ekspor US$ 2 juta, tambang 18,05, dan pertanian 3,8%.")] == [Decimal("2000000"), Decimal("3.8")]


def test_two_currency_signs_before_a_number_are_decided_by_the_other_amounts_of_the_sentence():
    found = find_amounts("Pada Mei sebesar USD 2,10 miliar, dan pada Juni hanya sebesar USD Rp 2,05 miliar.")
    assert [(a.value, a.unit) for a in found] == [(Decimal("2100000000"), "USD"), (Decimal("2050000000"), "USD")]
    (alone,) = find_amounts("Pada Juni hanya sebesar USD Rp 2,05 miliar.")
    assert (alone.unit, alone.doubtful) == ("IDR", True)
    (plain,) = find_amounts("Pada Juni hanya sebesar Rp 2,05 miliar.")
    assert (plain.unit, plain.doubtful, plain.reading) == ("IDR", False, None)


def test_a_scale_word_with_its_last_two_letters_swapped_is_read_before_a_currency_word():
    (amount,) = find_amounts("turun dari 2,35 milira dolar AS pada Mei")
    assert (amount.value, amount.unit) == (Decimal("2350000000"), "USD")
    assert "two letters swapped" in amount.reading
    assert find_amounts("turun dari 2,35 milira saja") == []


@pytest.mark.parametrize("text, value, unit, how", [
    ("ekspor Juni mencapai USD12,03 milar. Capaian itu", "12030000000", "USD", "a letter missing"),
    ("pemasukan hingga Rp4,44 Trilliun. Sementara itu", "4440000000000", "IDR", "a letter too many"),
    ("nilainya 3,5 milion dolar AS", "3500000", "USD", "a letter missing"),
    ("nilainya Rp 7,2 miluar pada Mei", "7200000000", "IDR", "a letter mistyped"),
])
def test_a_long_scale_word_typed_one_letter_off_is_read_in_an_amount_of_money(text, value, unit, how):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit) == (Decimal(value), unit)
    assert how in amount.reading


def test_a_word_one_letter_off_a_scale_is_not_read_without_money_or_off_its_first_letter():
    assert find_amounts("jumlahnya 12 milar saja") == []
    assert [(a.value, a.unit) for a in find_amounts("nilainya Rp 5 biliar")] == [(Decimal("5"), "IDR")]


@pytest.mark.parametrize("text", ["impor naik 102,30 persn atau", "dan Kota Contoh (1,8 perse )."])
def test_the_percent_word_with_a_letter_missing_is_read(text):
    (amount,) = find_amounts(text)
    assert amount.unit == "percent"


def test_a_currency_sign_before_a_counted_amount_is_stray_and_flagged():
    found = find_amounts("volume naik menjadi Rp 12.450 ton dengan nilai Rp 1,2 triliun")
    assert [(a.value, a.unit, a.doubtful) for a in found] == [
        (Decimal("12450"), "ton", True), (Decimal("1200000000000"), "IDR", False)]
    assert [(a.value, a.unit) for a in find_amounts("bantuan Rp 5 juta orang")] == [(Decimal("5000000"), "IDR")]


def test_a_scale_word_a_rupiah_restatement_shows_to_be_wrong_is_corrected():
    found = find_amounts("naik dari USD 150,25 atau Rp 2,1 triliun menjadi USD 151,40 miliar atau Rp 2,12 triliun")
    assert [(a.value, a.unit, a.doubtful) for a in found] == [
        (Decimal("150250000"), "USD", False), (Decimal("2100000000000"), "IDR", False),
        (Decimal("151400000"), "USD", True), (Decimal("2120000000000"), "IDR", False)]
    # a plausible rate leaves both as written
    assert [a.value for a in find_amounts("USD 3,105 miliar atau Rp 47,2 triliun")] == [Decimal("3105000000"), Decimal("47200000000000")]


def test_a_bare_number_after_its_counted_noun_and_a_word_of_amount_counts_that_noun():
    (amount,) = find_amounts("pabrik itu menyerap tenaga kerja langsung sebesar 12.500.")
    assert (amount.value, amount.unit) == (Decimal("12500"), "tenaga kerja")
    assert "named before" in amount.reading
    # not through a relative clause, not a year, not a number with a scale word
    assert find_amounts("eksportir yang omzetnya mencapai 3.000.") == []
    assert find_amounts("jumlah eksportir sebanyak 2024.") == []


# Prices quoted per unit ('USD 150,20 per ton', '812,35/MT dolar AS', 'Rp 6.200 per kilogram'): the
# unit is '<currency>/<denominator>', so a price is never summed or compared with an amount of
# money. Sentences written for these tests.
@pytest.mark.parametrize("text, value, unit", [
    ("harga batu bara acuan dipatok USD 150,20 per ton", Decimal("150.20"), "USD/ton"),
    ("harga referensi sawit sebesar 812,35/MT dolar AS", Decimal("812.35"), "USD/MT"),
    ("harga gabah mencapai Rp 6.200 per kilogram", Decimal("6200"), "IDR/kg"),
    ("harga kopi Rp 45.000/kg di tingkat petani", Decimal("45000"), "IDR/kg"),
    ("harga minyak mentah USD 80 per barel", Decimal("80"), "USD/barel"),
    ("bea keluar ditetapkan 18 dolar AS per metrik ton", Decimal("18"), "USD/MT"),
    ("harga patokan kayu meranti naik USD 35/m3", Decimal("35"), "USD/m3"),
    ("harga patokan kayu jati USD 420 per meter kubik", Decimal("420"), "USD/m3"),
    ("konsentrat timbal dipatok US$ 1.210,40 per Wet Metric Ton", Decimal("1210.40"), "USD/WMT"),
    ("harga patokan konsentrat seng USD 980,25 per WMT", Decimal("980.25"), "USD/WMT"),
])
def test_a_price_per_unit_is_its_own_unit(text, value, unit):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)
    assert amount.is_monetary and not amount.is_money


def test_an_amount_of_money_before_a_weight_stays_money():
    amounts = find_amounts("nilai ekspor USD 2,1 miliar per tahun atau 3,4 juta ton")
    assert [(a.value, a.unit) for a in amounts] == [(Decimal("2100000000"), "USD"), (Decimal("3400000"), "ton")]


def test_an_amount_cut_at_the_end_of_an_excerpt():
    # the cap of an excerpt cut the last word: the start of a scale or currency word is read as it,
    # a currency cut off is the sentence's one currency; a money amount cut right after its
    # number may have lost its scale, and is no amount
    (amount,) = find_with(LEXICON, "Ekspor kopi pada Mei 2022 tercatat sekitar 4 miliar dol", document=True)
    assert (amount.value, amount.unit) == (Decimal("4000000000"), "USD") and "cut" in amount.reading
    amounts = find_with(LEXICON, "Ekspor naik menjadi 3,15 miliar dolar AS dari tahun lalu, yakni 2,87 milia", document=True)
    assert [(a.value, a.unit) for a in amounts] == [(Decimal("3150000000"), "USD"), (Decimal("2870000000"), "USD")]
    amounts = find_with(LEXICON, "Impor melalui bandara naik 12,5 % senilai US$ 731", document=True)
    assert [(a.value, a.unit) for a in amounts] == [(Decimal("12.5"), "percent")]
    # a phrase given alone (not a document) is not cut
    amounts = find_with(LEXICON, "Impor melalui bandara naik 12,5 % senilai US$ 731")
    assert [(a.value, a.unit) for a in amounts] == [(Decimal("12.5"), "percent"), (Decimal("731"), "USD")]
    # a text that ends with its sentence was not cut; an amount before other words is not at the end
    amounts = find_with(LEXICON, "Impor melalui bandara senilai US$ 731.", document=True)
    assert [(a.value, a.unit) for a in amounts] == [(Decimal("731"), "USD")]
    amounts = find_with(LEXICON, "Ekspor mencapai 300 ton kopi", document=True)
    assert [(a.value, a.unit) for a in amounts] == [(Decimal("300"), "ton")]


def test_a_whole_word_after_the_last_amount_of_a_cut_text_gives_it_no_currency():
    # 'pada' starts no scale or currency word: what the cut took is not known, the amount keeps
    # no currency (and so is no figure), where a cut scale word lets it take its sentence's one
    amounts = find_with(LEXICON, "Ekspor naik menjadi 3,15 miliar dolar AS dari 2,87 miliar pada", document=True)
    assert [(a.value, a.unit) for a in amounts] == [(Decimal("3150000000"), "USD")]


@pytest.mark.parametrize("text, expected", [
    # a capitalised word after the lower-case first word of a compound starts a name
    ("Pelabuhan ini salah satu dari 21 pintu Ekspor Nusantara.", []),
    ("sebanyak 4.500 industri kecil Binaan Dinas", [(Decimal("4500"), "industri kecil")]),
    # the compound written whole, in lower case or capitalised throughout, stays the compound
    ("dari 21 pintu ekspor", [(Decimal("21"), "pintu ekspor")]),
    ("ada 12 Kawasan Industri baru", [(Decimal("12"), "kawasan industri")]),
])
def test_a_capital_after_the_first_word_of_a_counted_compound_starts_a_name(text, expected):
    assert [(a.value, a.unit) for a in find_amounts(text)] == expected


# --- what11: numbers and units as real pages write them ----------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("penjualan kopi naik menjadi Rp 3.415, 6 miliar pada triwulan itu", Decimal("3415600000000"), "IDR"),  # thousands dot, then the space
    ("kiriman ke Jepang sebanyak 58, 3 ton kemarin", Decimal("58.3"), "ton"),       # before a unit of measure
    ("lahan yang ditanami 1.204, 5 hektare tahun ini", Decimal("1204.5"), "hektare"),
])
def test_a_stray_space_after_the_decimal_comma_before_a_measure_or_scale(text, value, unit):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)
    assert "space after the decimal comma" in amount.reading


def test_a_spaced_comma_before_a_counted_noun_is_two_numbers():
    # '12, 5 eksportir' is no fraction of an exporter: the space is a list's, not a decimal's
    amounts = find_amounts("Tahun lalu tercatat 12, 5 eksportir baru")
    assert [a.value for a in amounts] == [Decimal("5")]


@pytest.mark.parametrize("text, value, unit", [
    ("pabrik baru itu menyerap 236,418 tenaga kerja lokal", Decimal("236418"), "tenaga kerja"),
    ("kawasan ini mempekerjakan 12,507 orang", Decimal("12507"), "orang"),
    ("transaksi di pameran tercatat 415,300 dolar AS", Decimal("415300"), "USD"),
])
def test_a_comma_before_three_digits_groups_thousands_of_a_whole_count(text, value, unit):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)
    assert "comma grouping thousands" in amount.reading


@pytest.mark.parametrize("text, value, unit", [
    ("volume kiriman mencapai 14,372 ton", Decimal("14.372"), "ton"),      # a weight takes decimals
    ("harga referensi ditetapkan USD 68,4125/MT", Decimal("68.4125"), "USD/MT"),
    ("harga referensi ditetapkan USD 68,412/MT", Decimal("68.412"), "USD/MT"),  # a price may have them too
    ("inflasi tercatat 2,125 persen", Decimal("2.125"), "percent"),
    ("ekspor semester itu menembus 31,482 dolar AS", Decimal("31.482"), "USD"),  # juta left out, maybe: not read as thousands
])
def test_a_comma_before_three_digits_stays_a_decimal_comma_for_measures_prices_and_rates(text, value, unit):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)


def test_a_bare_billion_takes_the_one_currency_of_the_article():
    body = ("Dinas mencatat investasi tahun ini mencapai Rp1.250,4 miliar. "
            "Pada tahun sebelumnya realisasinya hanya 845,2 miliar. "
            "Sektor terbesar ialah perdagangan (92,5 miliar) dan jasa (40,1 miliar).")
    second = body.index("Pada")
    amounts = find_with(LEXICON, body, second, len(body), document=True)
    assert [(a.value, a.unit) for a in amounts] == [
        (Decimal("845200000000"), "IDR"), (Decimal("92500000000"), "IDR"), (Decimal("40100000000"), "IDR")]
    assert "earlier in the article" in amounts[0].reading


@pytest.mark.parametrize("later", [
    "Jumlah pelaku usaha mencapai 4,5 juta.",                # a million alone is mostly a count
    "Sebanyak 1,2 miliar dosis vaksin dikirim.",             # a noun after it: not money
])
def test_a_bare_amount_that_may_be_a_count_borrows_no_currency(later):
    body = "Nilai ekspor tahun ini mencapai US$ 2,4 miliar. " + later
    amounts = find_with(LEXICON, body, body.index(later), len(body), document=True)
    assert [a.unit for a in amounts if a.unit in ("USD", "IDR")] == []


def test_a_bare_billion_borrows_nothing_when_the_article_uses_two_currencies():
    body = "Ekspor mencapai US$ 2,4 miliar atau Rp 36 triliun. Angka itu naik dari 2,1 miliar."
    later = body.index("Angka")
    assert [a.unit for a in find_with(LEXICON, body, later, len(body), document=True)] == []


@pytest.mark.parametrize("text, expected", [
    # restated in rupiah with the denominator only after the restatement
    ("Harga lada putih sekitar 6 Dollar AS atau kira-kira Rp 90 ribu per kg.", [("USD/kg", 6), ("IDR/kg", 90000)]),
    # the change of a quoted price, in the same sentence
    ("Harga patokan kopra ditetapkan USD 812,40/MT, naik USD 35,10 dari bulan sebelumnya.", [("USD/MT", Decimal("812.40")), ("USD/MT", Decimal("35.10"))]),
    # the denominator named before a list of prices
    ("Harga rata-rata per kilogram gabah Rp6.250, beras Rp11.400 dan jagung Rp4.870.", [("IDR/kg", 6250), ("IDR/kg", 11400), ("IDR/kg", 4870)]),
])
def test_a_sentence_quoting_prices_per_one_denominator_quotes_its_other_prices_per_it(text, expected):
    assert [(a.unit, a.value) for a in find_amounts(text)] == expected


@pytest.mark.parametrize("text, units", [
    # an amount with a scale word above 'ribu' is a sum of money, not a price
    ("Dengan harga Rp 20 juta per kilogram, nilai ekspornya mencapai Rp 3,5 miliar.", ["IDR/kg", "IDR"]),
    # two denominators in one sentence: no way to tell which one a bare amount is quoted per
    ("Harga CPO USD 800 per ton dan minyak goreng Rp 15.000 per liter, selisihnya Rp 2.000.", ["USD/ton", "IDR/liter", "IDR"]),
    # no denominator in the sentence: amounts of money stay amounts of money
    ("Harga kopi naik dari Rp 45.000 menjadi Rp 52.000.", ["IDR", "IDR"]),
])
def test_no_price_denominator_is_borrowed_by_sums_or_across_two_denominators(text, units):
    assert [a.unit for a in find_amounts(text)] == units


def test_both_bounds_of_a_range_take_the_denominator_of_the_sentence():
    text = "Harga kakao sekitar 2,5-3 Dollar AS atau kira-kira Rp 40 ribu per kg."
    assert [(a.unit, a.value) for a in find_amounts(text)] == [("USD/kg", Decimal("2.5")), ("USD/kg", 3), ("IDR/kg", 40000)]


def test_a_range_whose_upper_bound_alone_names_the_denominator_links_its_bounds():
    low, high = find_amounts("harga jagung di tingkat petani berkisar Rp4.100 hingga Rp4.400/kg")
    # decision 0036: the denominator written once holds for both bounds
    assert (low.unit, high.unit) == ("IDR/kg", "IDR/kg")
    assert low.range_with is high and high.range_with is low
    # different scales: no range read through a denominator
    low, high = find_amounts("harga Rp 900 sampai Rp 1,2 juta/kg")
    assert low.range_with is None and low.unit == "IDR"



# --- what18: years before counted nouns, paired bare numbers, 'ha' ----------------------------

@pytest.mark.parametrize("text", [
    "Pada tahun 2023 IKM di kabupaten itu makin banyak yang mengekspor.",
    "Selama 2019 perusahaan rintisan di kota itu bertambah pesat.",
    "sepanjang triwulan II 2024 produk olahan ikan paling banyak dikirim ke Jepang",
    "Sejak 2020 eksportir baru terus bermunculan.",
])
def test_a_year_after_a_word_that_leads_a_period_is_no_count(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, value, unit", [
    ("koperasi itu kini beranggotakan 2023 orang", Decimal("2023"), "orang"),  # no period word before it
    ("hingga tahun ini tercatat 1.998 IKM", Decimal("1998"), "IKM"),           # a thousands dot: a count
])
def test_a_year_like_count_without_a_period_word_stays_a_count(text, value, unit):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)


@pytest.mark.parametrize("text, expected", [
    ("porsinya masing-masing 14,25 dan 9,8 persen", [("14.25", "percent"), ("9.8", "percent")]),
    ("jumlah pembeli naik dari 40 menjadi 65 pembeli", [("40", "pembeli"), ("65", "pembeli")]),
    ("baru 9 dari 30 koperasi yang sudah mengekspor", [("9", "koperasi"), ("30", "koperasi")]),
    ("pelaku usaha bertambah dari 3,1 menjadi 3,6 juta UMKM", [("3100000", "UMKM"), ("3600000", "UMKM")]),
])
def test_a_bare_number_paired_with_the_next_amount_takes_its_unit(text, expected):
    amounts = find_amounts(text)
    assert [(str(a.value), a.unit) for a in amounts] == expected
    assert amounts[0].reading == f"unit not written: {expected[1][1]} as the amount it is paired with"


@pytest.mark.parametrize("text, expected", [
    ("pada 2021, menjadi 120 sertifikat", [("120", "sertifikat")]),            # a year is no count
    ("naik dari 2021 menjadi 75 eksportir", [("75", "eksportir")]),
    ("masing-masing 40 atau 50 persen", [("50", "percent")]),                  # 'atau' offers another value
    ("bertambah 5 dan Rp 8 miliar", [("8000000000", "IDR")]),                  # money is not borrowed
])
def test_no_unit_is_paired_onto_a_year_an_alternative_or_across_money(text, expected):
    assert [(str(a.value), a.unit) for a in find_amounts(text)] == expected


@pytest.mark.parametrize("text", ["lahan seluas 35,5 Ha", "lahan seluas 35,5 ha", "lahan seluas 35,5 HA",
                                  "lahan seluas 35,5 hektare"])
def test_hectares_written_ha_are_hektare(text):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit) == (Decimal("35.5"), "hektare")


@pytest.mark.parametrize("text, expected", [
    ("Dari 25 koperasi itu, 9 di antaranya sudah mengekspor", [("25", "koperasi"), ("9", "koperasi")]),
    ("sebanyak 12 ribu di antara total 3,2 juta UMKM sudah go digital", [("12000", "UMKM"), ("3200000", "UMKM")]),
    ("jumlah binaan naik dari 40 menjadi 52 IKM", [("40", "IKM"), ("52", "IKM")]),  # a noun like a code is no currency
])
def test_a_bare_number_among_a_whole_is_counted_in_the_whole_noun(text, expected):
    amounts = find_amounts(text)
    assert [(str(a.value), a.unit) for a in amounts] == expected
    assert any(a.reading and a.reading.startswith("unit not written") for a in amounts)


@pytest.mark.parametrize("text, expected", [
    ("Nilainya Rp 5 miliar, 2 di antaranya dari koperasi", [("5000000000", "IDR")]),  # a sum of money has no parts counted so
    ("Tahun lalu ada 14 pabrik. Kini 6 di antaranya tutup.", [("14", "pabrik")]),      # not across a sentence
])
def test_no_whole_noun_is_borrowed_from_money_or_across_sentences(text, expected):
    assert [(str(a.value), a.unit) for a in find_amounts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("penjualan kerajinan naik 5 kali lipat pada 2023 menjadi 410 ton", [("410", "ton")]),
    ("Ekspor Kopi Bakal Naik 2 Kali Lipat", []),
    ("naik 2-3 kali lipat dibanding tahun lalu", []),
    ("kapal itu sudah berangkat 14 kali tahun ini", [("14", "kali")]),  # times counted stay a count
])
def test_a_multiple_of_another_value_is_no_figure(text, expected):
    assert [(str(a.value), a.unit) for a in find_amounts(text)] == expected


# --- review mends of what18: scale pairs of different sizes, ranks, a part before punctuation ---

@pytest.mark.parametrize("text, expected", [
    ("jumlah eksportir naik dari 100 menjadi 1,5 juta eksportir", [("100", "eksportir"), ("1500000", "eksportir")]),
    ("produksi naik dari 800 menjadi 1,2 ribu ton", [("800", "ton"), ("1200", "ton")]),
])
def test_a_paired_bare_number_takes_the_scale_word_only_when_of_the_same_size(text, expected):
    assert [(str(a.value), a.unit) for a in find_amounts(text)] == expected


@pytest.mark.parametrize("text", ["Indonesia berada di peringkat 73 dari 190 negara",
                                  "provinsi itu ada di urutan ke-5 dari 34 provinsi"])
def test_a_rank_borrows_no_unit_from_the_whole(text):
    amounts = find_amounts(text)
    assert [a.unit for a in amounts if a.unit] == [amounts[-1].unit]
    assert all(a.unit is None for a in amounts[:-1])


def test_a_part_of_the_whole_before_a_comma_is_counted_in_the_whole_noun():
    amounts = find_amounts("Sebanyak 1.200 IKM ikut pelatihan, 300 di antaranya, perempuan.")
    assert [(str(a.value), a.unit) for a in amounts] == [("1200", "IKM"), ("300", "IKM")]


@pytest.mark.parametrize("text, expected", [
    # bare items after a first item that names the counted noun, the list going on after them
    ("Benih yang dikirim antara lain kerapu 12.400 ekor, lalu kakap putih 8.350, bandeng 6.100 dan udang windu 4.000 ekor.",
     [(12400, "ekor"), (8350, "ekor"), (6100, "ekor"), (4000, "ekor")]),
    # the last item of the list, after 'dan', with a place
    ("Pendamping itu bertugas di Sleman 4 orang, Bantul 2 orang, dan 3 di Gunungkidul.",
     [(4, "orang"), (2, "orang"), (3, "orang")]),
    # not an item: a lone bare number after a count, neither the last item nor followed by one
    ("Pelatihan diikuti 30 orang, pada tahap 2 dan seterusnya.", [(30, "orang")]),
    # not after money or a unit of measure
    ("Ekspor kopi 1.200 ton, lalu kakao 800 dan teh 300 ton.", [(1200, "ton"), (300, "ton")]),
])
def test_a_bare_whole_number_in_a_list_counts_the_noun_of_its_first_item(text, expected):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(Decimal(v), u) for v, u in expected]


def test_a_bare_item_of_a_list_says_its_unit_was_not_written():
    amounts = find_amounts("Pendamping itu bertugas di Sleman 4 orang, Bantul 2 orang, dan 3 di Gunungkidul.")
    assert amounts[-1].reading == "unit not written: orang as the first item of its list"


def test_an_amount_told_again_must_follow_within_a_short_reach():
    # 'Rp 3.999.548.000 atau Rp 4 miliar' is one amount told twice; the same words with a long run of
    # blanks between (a broken page, a fuzzed text) are two amounts, and reading them stays linear
    near = find_amounts("Nilainya Rp 3.999.548.000 atau Rp 4 miliar.")
    assert near[1].told_again is near[0]
    far = find_amounts("Nilainya Rp 3.999.548.000" + " " * 60 + "atau Rp 4 miliar.")
    assert far[1].told_again is None
    blanks = find_amounts("Nilainya Rp 4 miliar" + "\n" * 5000 + "Rp 4 miliar.")
    assert [a.told_again for a in blanks] == [None, None]


@pytest.mark.parametrize("text, value, unit", [
    ("Barang itu dikirim melalui 3 pelabuhan laut dan 1 pelabuhan udara.", Decimal("3"), "pelabuhan laut"),
    ("Kunjungan kapal di terminal itu tercatat 8.120 call selama setahun.", Decimal("8120"), "call"),
])
def test_ports_and_port_calls_are_counted_nouns(text, value, unit):
    assert (value, unit) in [(a.value, a.unit) for a in find_amounts(text)]


def test_a_call_center_is_no_count_of_calls():
    # 'call' counts a ship's port calls, not the call centres a company opens (review of what21)
    assert [a.unit for a in find_amounts("PT Telkom membuka 5 call center baru pada 2023.") if a.value == 5] != ["call"]


@pytest.mark.parametrize("text, value, unit", [
    ("perusahaan itu membukukan penjualan 7.654.321. 098 USD", Decimal("7654321098"), "USD"),  # space after the last group
    ("cadangan itu kini 4.102.338. 650 ton", Decimal("4102338650"), "ton"),
    ("modal asing yang masuk tahun ini Rp 3, 742 Triliun", Decimal("3742000000000"), "IDR"),       # three decimals, a scale word
])
def test_a_stray_space_in_a_longer_number_is_read_as_the_number_meant(text, value, unit):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)


@pytest.mark.parametrize("text, value", [
    # a later group's stray space joins only before a currency, scale or unit word
    ("Jumlah UMKM di kota itu mencapai 2.500. 150 di antaranya sudah ekspor.", Decimal("2500")),
    ("Koperasi di desa itu berjumlah 1.300. 120 di antaranya aktif.", Decimal("1300")),
])
def test_a_number_ending_a_sentence_is_not_joined_to_the_next_ones_number(text, value):
    assert value in [a.value for a in find_amounts(text)]
    assert not any(a.value > value for a in find_amounts(text))


@pytest.mark.parametrize("text, value", [
    # three digits after a comma and a space are a decimal only right after a currency sign
    ("Pada kuartal 3, 500 miliar rupiah dicairkan.", Decimal("500000000000")),
    ("Penerima di desa 12, 450 juta rupiah disalurkan.", Decimal("450000000")),
])
def test_a_listed_number_before_a_spaced_three_digit_amount_is_not_its_whole_part(text, value):
    assert [a.value for a in find_amounts(text)] == [value]


def test_a_stray_space_with_three_digits_and_no_scale_word_stays_two_numbers():
    assert [a.value for a in find_amounts("kode 4, 512 ton beras")] == [Decimal("512")]


def test_kuadriliun_is_a_thousand_triliun():
    (amount,) = find_amounts("rencana proyek itu bernilai Rp2 kuadriliun")
    assert (amount.value, amount.unit) == (Decimal("2000000000000000"), "IDR")


@pytest.mark.parametrize("text", [
    "kurs acuan kemarin: 1 euro setara Rp 17.240", "kurs hari itu US$ 1 = Rp 16.390", "dengan asumsi 1 dolar AS sama dengan Rp 16.420",
])
def test_one_unit_of_a_currency_priced_in_another_is_an_exchange_rate(text):
    assert find_amounts(text) == []


def test_an_amount_of_one_million_restated_in_rupiah_is_not_a_rate():
    assert [a.unit for a in find_amounts("investasi US$ 1 juta setara Rp 15 miliar")] == ["USD", "IDR"]


@pytest.mark.parametrize("body, expected", [
    ("Perusahaan itu membukukan penjualan 7.654.321. 098 USD. Labanya naik tipis.",
     ["Perusahaan itu membukukan penjualan 7.654.321. 098 USD.", "Labanya naik tipis."]),
    ("Total pesertanya 1.200. 30% di antaranya perempuan.", ["Total pesertanya 1.200.", "30% di antaranya perempuan."]),
    ("Jumlah UMKM di kota itu mencapai 2.500. 150 di antaranya sudah ekspor.",
     ["Jumlah UMKM di kota itu mencapai 2.500.", "150 di antaranya sudah ekspor."]),
])
def test_a_stray_space_after_the_last_thousands_group_ends_no_sentence_before_a_unit(body, expected):
    from kg.extract import abbreviations, unit_words
    from kg.extract.text import sentences
    segs = sentences(body, LEXICON.compiled(abbreviations), LEXICON.compiled(unit_words))
    assert [body[s.start:s.end] for s in segs] == expected


@pytest.mark.parametrize("text, value", [
    ("surplus itu setara Rp 812,455,120,000 miliar", Decimal("812455120000")),
    ("nilai ekspor Rp 2.093.114.500.000 triliun", Decimal("2093114500000")),
    ("anggaran Rp 1.500 miliar", Decimal("1500000000000")),  # under a billion: the scale word multiplies
    ("laba bersih Rp 4.321.987.650 ribu", Decimal("4321987650000")),  # thousands: a report's unit, it multiplies
])
def test_a_number_written_in_full_is_not_multiplied_by_the_scale_word_after_it(text, value):
    (amount,) = find_amounts(text)
    assert amount.value == value


@pytest.mark.parametrize("text, unit", [
    ("dinas telah mendampingi 230 pelaku UMKM sepanjang tahun", "pelaku UMKM"),
    ("dinas itu kini mendampingi 640 desa binaan di tiga provinsi", "desa binaan"),
    ("sebanyak 40 pelaku usaha ikut pameran", "pelaku usaha"),
])
def test_a_compound_counted_noun_is_named_whole(text, unit):
    (amount,) = find_amounts(text)
    assert amount.unit == unit


@pytest.mark.parametrize("text, unit", [
    ("harga dipantau di 140 pasar rakyat", "pasar"),
    ("aplikasi itu dipakai 3,5 juta pengguna", "pengguna"),
    ("QRIS dipakai 12.000 merchant", "merchant"),
    ("kiriman itu terdiri atas 1.500 karung", "karung"),
])
def test_markets_users_merchants_and_sacks_are_counted_nouns(text, unit):
    (amount,) = find_amounts(text)
    assert amount.unit == unit


def test_the_kilogram_abbreviated_as_in_customs_tables_is_kg():
    (amount,) = find_amounts("udang beku 12.345 Kgm")
    assert (amount.value, amount.unit) == (Decimal("12345"), "kg")


def test_an_exchange_rate_in_a_sentence_of_prices_per_ton_is_no_price_per_ton():
    text = "Harga acuan kakao ditetapkan US$ 2.900 per MT atau Rp 44 juta per MT (kurs Rp 15.200 per dolar AS)."
    assert [(a.number * a.scale, a.unit) for a in find_amounts(text)] == [
        (Decimal("2900"), "USD/MT"), (Decimal("44000000"), "IDR/MT")]


@pytest.mark.parametrize("text, value", [
    ("Ekspor kopi bulan lalu senilai USD$215.400 ke Jepang.", Decimal("215400")),      # code and sign together
    ("Ekspor bubuk kakao mencapai USD$472.35 ribu pada April.", Decimal("472350")),
    ("Ekspor daerah itu mencapai US$.24.517.903 pada Juni.", Decimal("24517903")),    # a stray full stop after the sign
    ("Ekspor ke India senilai US$.4,871 juta.", Decimal("4871000")),
])
def test_a_dollar_sign_glued_to_its_code_or_to_a_full_stop_is_read(text, value):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, "USD")]


@pytest.mark.parametrize("text, value, unit", [
    ("di kabupaten itu kini berdiri 47 rumah walet milik warga", Decimal("47"), "rumah walet"),
    ("tahun lalu petugas menerbitkan 36.905 sertifikasi untuk komoditas hewan", Decimal("36905"), "sertifikasi"),
    ("hanya 628 LKPM yang disampaikan tepat waktu", Decimal("628"), "LKPM"),
])
def test_swiftlet_houses_certifications_and_investment_reports_are_counted(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


@pytest.mark.parametrize("text, value, unit", [
    ("pameran itu diikuti 63 pelaku IKM dari tiga kecamatan", Decimal("63"), "pelaku IKM"),
    ("program tersebut dijalankan bersama 14 perangkat daerah", Decimal("14"), "perangkat daerah"),
])
def test_small_industry_players_and_regional_government_units_are_counted_as_written(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


@pytest.mark.parametrize("text, value, unit", [
    ("dinas itu menjalin 42 kemitraan dengan pembeli luar negeri", Decimal("42"), "kemitraan"),
    ("sebanyak 1.150 kemitraan usaha sudah berjalan", Decimal("1150"), "kemitraan"),
])
def test_partnerships_are_counted_like_contracts(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


@pytest.mark.parametrize("text, value, unit", [
    ("dari 312 kali penolakan itu, sebagian besar menimpa kiriman benih", Decimal("312"), "penolakan"),
    ("bandara kecil itu mengalami 48 kali penahanan barang bawaan", Decimal("48"), "penahanan"),
    ("sebanyak 9 kali pemusnahan digelar di halaman kantor balai", Decimal("9"), "pemusnahan"),
    ("operasi laut itu menghasilkan 1.204 penindakan terhadap kapal asing", Decimal("1204"), "penindakan"),
    ("kiriman daging beku menyumbang 77 penolakan sepanjang kuartal itu", Decimal("77"), "penolakan"),
    # times of shipping stay counted in 'kali'
    ("frekuensi pengiriman mencapai 96 kali ke Malaysia", Decimal("96"), "kali"),
])
def test_acts_of_enforcement_are_what_is_counted_not_the_times(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


@pytest.mark.parametrize("text, expected", [
    ("Dinas mencatat 64 koperasi ekspor, 21 koperasi di pesisir dan 43 lainnya di pegunungan.",
     [(64, "koperasi"), (21, "koperasi"), (43, "koperasi")]),
    ("Koperasi itu memakai 11 pabrik sendiri, sedang 5 lainnya masih disewa.", [(11, "pabrik"), (5, "pabrik")]),
    # not the rest of money, a share, or a count in an earlier sentence
    ("Nilai kontrak Rp 7 miliar dan 2 lainnya masih dibahas.", [(7000000000, "IDR")]),
    ("Sebanyak 35 persen di kota dan 65 lainnya di desa.", [(35, "percent")]),
    ("Tahun lalu ada 30 eksportir. 6 lainnya baru mendaftar.", [(30, "eksportir")]),
    # another noun's count between: the rest is of no noun known
    ("Pada 2024 sebanyak 30 perusahaan di kawasan itu menyerap 2.000 orang tenaga kerja, 5 lainnya masih membangun.",
     [(30, "perusahaan"), (2000, "orang")]),
    ("Sebanyak 20 koperasi ikut pameran dengan 8 produk unggulan, dan 4 lainnya belum siap.", [(20, "koperasi"), (8, "produk")]),
    ("Tim itu mengirim 14 eksportir dengan 55 kontainer ke Busan, 9 lainnya ke Osaka.", [(14, "eksportir"), (55, "kontainer")]),
])
def test_a_bare_number_said_to_be_the_rest_is_counted_like_the_count_before_it(text, expected):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(Decimal(v), u) for v, u in expected]


@pytest.mark.parametrize("text, value, unit", [
    ("harga patokan kakao ditetapkan US$ 2.415,80 per metric ton", Decimal("2415.80"), "USD/MT"),
    ("bea keluar biji sawit 33 dolar AS per Metric Ton", Decimal("33"), "USD/MT"),
])
def test_a_price_per_metric_ton_spelled_in_english_is_per_mt(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


@pytest.mark.parametrize("text", ["Pada 2023 ekspor 1.200 metric ton CPO dikirim ke India.",
                                  "Produksi biji kakao mencapai 1.200 Metric Ton tahun lalu."])
def test_a_volume_in_metric_tons_spelled_in_english_is_in_tons(text):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(Decimal("1200"), "ton")]


@pytest.mark.parametrize("text, value, unit", [
    ("program itu menjangkau 2.350 usaha mikro kecil di pesisir", Decimal("2350"), "usaha mikro kecil"),
    ("bantuan modal dibagikan kepada 8 ribu usaha mikro kecil tahun ini", Decimal("8000"), "usaha mikro kecil"),
    ("pelatihan diikuti 640 usaha mikro kecil dan menengah (UMKM) dari lima kecamatan", Decimal("640"),
     "usaha mikro kecil dan menengah"),
    ("dinas membina 1.025 usaha mikro kecil menengah", Decimal("1025"), "usaha mikro kecil menengah"),
    ("sebanyak 77 usaha mikro, kecil, dan menengah ikut pameran", Decimal("77"), "usaha mikro, kecil, dan menengah"),
    ("koperasi itu mendampingi 310 usaha mikro di desa", Decimal("310"), "usaha mikro"),
])
def test_micro_and_small_businesses_are_counted_as_written(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


@pytest.mark.parametrize("text, expected", [
    ("Pelabuhan itu melayani 6.420 kapal pada 2024. Sekitar 3.980 di antara jumlah tersebut kapal nelayan berbendera lokal.",
     [(3980, "kapal")]),
    ("Dinas mencatat 915 eksportir aktif sampai 30 Juni 2024. Sebanyak 212 di antara angka tersebut eksportir baru.",
     [(212, "eksportir")]),
    # not a whole of money, nor one two sentences back
    ("Nilai ekspor mencapai Rp 7 miliar. Kira-kira 3 di antara jumlah itu dikirim ke Jepang.", []),
    ("Balai itu menerbitkan 6.420 sertifikat. Layanan dibuka sejak pagi. Lalu 980 di antara jumlah itu dicetak ulang.", []),
    # counts of two nouns before it: which whole is meant is not known
    ("Dinas mencatat 915 eksportir yang mengirim 12.000 ton kopi pada 2023. Sebanyak 212 di antara jumlah tersebut eksportir baru.", []),
    ("Pelabuhan itu menerima 48 kapal dan 300 kontainer. Kira-kira 20 di antara jumlah itu berasal dari Jepang.", []),
])
def test_a_bare_part_among_a_whole_referred_back_to_is_counted_in_its_noun(text, expected):
    second = text.index(". ") + 2
    found = find_with(LEXICON, text, second, len(text))
    assert [(a.value, a.unit) for a in found] == [(Decimal(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    ("Ada 21 bank dan 6 lembaga keuangan bukan bank yang ikut, total 27 lembaga keuangan.",
     [(21, "bank"), (6, "lembaga keuangan bukan bank"), (27, "lembaga keuangan")]),
    ("Sebanyak 12 bank daerah ikut menyalurkan kredit usaha.", [(12, "bank")]),
])
def test_lenders_are_counted_as_written(text, expected):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(Decimal(v), u) for v, u in expected]


@pytest.mark.parametrize("text, value, unit", [
    ("survei itu menghimpun 2,6 juta data pelaku usaha", Decimal("2600000"), "data"),
    ("sepanjang tahun lalu terkumpul 18.500 data", Decimal("18500"), "data"),
])
def test_records_collected_are_counted_as_data(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


def test_a_data_centre_is_no_count_of_records():
    assert [(a.value, a.unit) for a in find_amounts("Provinsi itu kini memiliki 12 data center baru dengan investasi Rp 9 triliun.")] == [
        (Decimal("9000000000000"), "IDR")]


@pytest.mark.parametrize("text", ["Pada 2023 data ekspor kopi mencatat 1.200 ton", "Hingga 2024 data BPS mencatat 1.200 ton",
                                  "Di 2022 data dinas itu mencatat 1.200 ton"])
def test_a_year_before_the_word_data_stays_a_date(text):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(Decimal("1200"), "ton")]


@pytest.mark.parametrize("text, expected", [
    # a kind of lender after a bare year: the year dates the sentence
    ("Hingga 2023 bank BUMN menyalurkan kredit usaha Rp 250 triliun.", [(250000000000000, "IDR")]),
    ("Sampai 2024 bank daerah menyalurkan kredit Rp 40 triliun, sementara 2023 bank swasta menyalurkan Rp 35 triliun.",
     [(40000000000000, "IDR"), (35000000000000, "IDR")]),
    ("Pada 2022 lembaga keuangan desa menyalurkan Rp 3 miliar.", [(3000000000, "IDR")]),
    # any counted noun after 'hingga/sampai' and a bare year
    ("Hingga 2024 kemitraan itu menghasilkan Rp 5 miliar.", [(5000000000, "IDR")]),
    ("Sampai 2021 kontrak dagang itu bernilai Rp 8 miliar.", [(8000000000, "IDR")]),
    ("Hingga 2023 penolakan ekspor terus terjadi.", []),
    # a count stays a count
    ("Dinas mencatat 21 bank penyalur dan 1.204 kemitraan.", [(21, "bank"), (1204, "kemitraan")]),
])
def test_a_bare_year_before_a_lender_or_after_hingga_before_a_counted_noun_is_a_date(text, expected):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(Decimal(v), u) for v, u in expected]


# --- what21: a range's lower bound written in full; a bare 'antara' opening a range ----------------

@pytest.mark.parametrize("text, low, high", [
    ("Kain tenun itu dijual Rp350.000 hingga Rp2,5 juta per lembar.", 350000, 2500000),
    ("Tarif sewa gudang antara Rp800.000 sampai Rp1,2 juta sebulan.", 800000, 1200000),
    ("Ongkos kirim berkisar USD 750 hingga USD 1,1 ribu per kontainer.", 750, 1100),
])
def test_a_lower_bound_written_in_full_keeps_its_own_scale(text, low, high):
    first, second = find_amounts(text)[:2]
    assert (first.value, second.value) == (low, high) and first.range_with is second


@pytest.mark.parametrize("text, low, high", [
    ("Investasi baru diperkirakan Rp 65 hingga 70 miliar.", 65 * 10 ** 9, 70 * 10 ** 9),
    ("Nilai kontrak sekitar US$ 3-4 juta.", 3 * 10 ** 6, 4 * 10 ** 6),
    ("Ekspor bisa Rp 900 hingga Rp 950 miliar tahun ini.", 900 * 10 ** 9, 950 * 10 ** 9),
])
def test_a_bare_lower_bound_still_shares_the_upper_bounds_scale(text, low, high):
    first, second = find_amounts(text)[:2]
    assert (first.value, second.value) == (low, high)


@pytest.mark.parametrize("text", [
    "Harga gaharu di tingkat pengumpul antara Rp4 juta dan Rp7 juta per kilogram.",
    "Omzet tiap gerai bervariasi antara 20 dan 35 juta rupiah sebulan.",
    "Pertumbuhannya diperkirakan antara 4,5 persen dan 5 persen.",
    "Tarif parkir kendaraan berat di terminal itu antara Rp 15.000 dan Rp 25.000 sekali masuk.",
    "Sapi kurban dijual pedagang antara Rp 18 juta dan Rp 30 juta per ekor.",
])
def test_a_bare_antara_opens_a_range_joined_by_dan(text):
    first, second = find_amounts(text)[:2]
    assert first.range_with is second


@pytest.mark.parametrize("text", [
    "Selisih antara Rp12.000 dan Rp15.000 per kilogram dinikmati pedagang.",
    "Perbedaan harga antara Rp40.000 dan Rp52.000 cukup lebar.",
    "Kesenjangan upah antara Rp2 juta dan Rp3 juta masih terjadi.",
    "Nilai ekspor turun antara Rp 5 miliar dan Rp 3 miliar.",
    # a comparison or choice noun anywhere earlier in the clause, even with a word of price
    "Selisih harga cabai rawit merah antara Rp 5.000 dan Rp 6.500 dikeluhkan pedagang.",
    "Ketimpangan upah buruh pabrik antara Rp 2 juta dan Rp 5 juta per bulan masih terjadi.",
    "Pemerintah dihadapkan pada pilihan antara Rp 5 triliun dan Rp 7 triliun untuk subsidi itu.",
    "Opsi kenaikan upah minimum antara 5 persen dan 7 persen masih dibahas.",
    "Dewan masih menimbang tarif pajak antara 10 persen dan 12 persen.",
    # no word of a price or a level range before a bare 'antara' in its clause
    "Pengusaha dan serikat pekerja belum sepakat antara Rp 4 juta dan Rp 5 juta.",
    "Peserta dibagi menjadi dua kelas, antara Rp 10 juta dan Rp 20 juta.",
    "Kerja sama ditandatangani antara 3 provinsi dan 12 kabupaten.",
])
def test_antara_after_a_comparison_noun_or_before_a_smaller_value_opens_no_range(text):
    assert all(a.range_with is None for a in find_amounts(text))


# --- what21: the noun named after 'di antaranya'; compounds of households and ships ---------------

@pytest.mark.parametrize("text, unit", [
    ("Dermaga wisata itu mencatat 1.520 kunjungan, 240 di antaranya kapal pesiar.", "kapal"),
    ("Dari 30 perusahaan binaan, 12 di antaranya eksportir baru.", "eksportir"),
    ("Tercatat 900 peserta pameran, 150 di antaranya pembeli dari luar negeri.", "pembeli"),
])
def test_a_counted_noun_after_di_antaranya_names_what_the_part_counts(text, unit):
    assert find_amounts(text)[1].unit == unit


@pytest.mark.parametrize("text, unit", [
    ("Dari 40 perusahaan itu, 6 di antaranya berada di Jakarta.", "perusahaan"),
    ("Tercatat 64 eksportir, 9 di antaranya dari Bali.", "eksportir"),
    ("Ada 25 koperasi, 7 di antaranya Koperasi Unit Desa.", "koperasi"),
])
def test_with_no_counted_noun_after_di_antaranya_the_part_counts_the_whole(text, unit):
    assert find_amounts(text)[1].unit == unit


@pytest.mark.parametrize("text, unit", [
    ("Bantuan beras diterima 3.250 keluarga penerima manfaat di kabupaten itu.", "keluarga penerima manfaat"),
    ("Bulan lalu ada 45 kapal tanker yang bersandar.", "kapal tanker"),
    ("Sebanyak 12 kapal berbendera asing bersandar.", "kapal"),
])
def test_counted_compounds_are_named_as_written(text, unit):
    assert find_amounts(text)[0].unit == unit


@pytest.mark.parametrize("text, units", [
    ("Daging sapi dijual Rp128.000-Rp135.000 per kg, sedangkan telur bebek Rp1.800 per butir.",
     ["IDR/kg", "IDR/kg", "IDR/butir"]),  # the range per kg as one price (decision 0036)
    ("Harga kopi Rp52.000 per kg, sedangkan sewa lapak Rp300.000 per bulan.", ["IDR/kg", "IDR"]),
    ("Harga telur ayam Rp2.000 per butir di tingkat peternak.", ["IDR/butir"]),
])
def test_an_amount_quoted_per_a_thing_of_its_own_takes_no_other_denominator(text, units):
    assert [a.unit for a in find_amounts(text)] == units


@pytest.mark.parametrize("text, units", [
    ("Harga gula per kilogram di pasar Rp17.500, beras Rp13.000.", ["IDR/kg", "IDR/kg"]),
    ("Kopi robusta sekitar 3 Dollar AS atau Rp 42 ribu per kg.", ["USD/kg", "IDR/kg"]),
])
def test_prices_with_no_denominator_of_their_own_still_share_the_sentences(text, units):
    assert [a.unit for a in find_amounts(text)] == units


@pytest.mark.parametrize("text, units", [
    # 'per' naming a date is no denominator of the amount's own: it shares the sentence's
    ("Harga bawang merah di tingkat petani Rp 25.000 per kg, turun dari Rp 30.000 per awal Maret.", ["IDR/kg", "IDR/kg"]),
    ("Harga cabai rawit Rp 80.000 per kilogram, sedangkan cabai merah Rp 60.000 per hari ini.", ["IDR/kg", "IDR/kg"]),
    ("Harga gabah kering panen Rp 6.500 per kg, sementara beras medium Rp 13.000 per Maret 2025.", ["IDR/kg", "IDR/kg"]),
    ("Harga jagung pipil Rp 5.400 per kg, naik dari Rp 5.100 per pekan lalu.", ["IDR/kg", "IDR/kg"]),
    # a unit of time is a denominator of its own
    ("Harga beras premium Rp 15.000 per kg, sedangkan upah buruh tani Rp 100.000 per hari.", ["IDR/kg", "IDR"]),
])
def test_per_before_a_date_is_no_denominator_of_its_own(text, units):
    assert [a.unit for a in find_amounts(text)] == units


@pytest.mark.parametrize("text", [
    "Investasi semester I Rp 40 triliun. Masih ada sisa 35,5 triliun yang harus dicapai.",
    "Ekspor kopi tahun lalu USD 80 juta. Tinggal sisa sekitar 2,1 miliar yang mesti dikejar hingga Desember.",
])
def test_a_bare_billion_before_a_relative_clause_takes_the_articles_currency(text):
    assert find_with(LEXICON, text, text.index(".") + 1, document=True)[-1].is_money


@pytest.mark.parametrize("text", [
    "Investasi semester I Rp 40 triliun. Sebanyak 2,5 miliar batang rokok ilegal disita.",
    "Investasi semester I Rp 40 triliun. Ada 1,2 juta yang belum terdata.",
    # a count in billions before a relative clause, not what is left of a target
    "Pendapatan daerah naik menjadi Rp 3 triliun. Jumlah transaksi QRIS nasional mencapai 6,2 miliar yang didominasi pengguna muda.",
    "Nilai investasi mencapai Rp 12 triliun. India memiliki penduduk 1,4 miliar yang menjadi pasar besar.",
    "Belanja modal mencapai Rp 2 triliun. Produksi rokok tahun ini turun menjadi 300 miliar yang sebagian besar kretek.",
    # what is left of a budget or a need, not of a target to reach
    "Realisasi belanja Rp 40 triliun. Masih ada sisa 7,1 triliun yang harus dicairkan pada Desember.",
    "Penerimaan negara hingga Oktober Rp 2.000 triliun. Sisa 500 triliun yang harus dipenuhi dari utang.",
])
def test_a_bare_amount_before_a_noun_or_under_a_billion_stays_without_currency(text):
    assert not any(a.is_money for a in find_with(LEXICON, text, text.index(".") + 1, document=True))


@pytest.mark.parametrize("text, unit", [
    ("Stok itu tersebar di 23 gudang milik Bulog.", "gudang"),
    ("Tim sudah mendampingi 9 kelompok tani di dua kecamatan.", "kelompok tani"),
    ("Peserta dipilih dari 240 pendaftar.", "pendaftar"),
    ("Dari 60 observasi harga gabah, 11 di antaranya di bawah HPP.", "observasi"),
])
def test_warehouses_farmer_groups_applicants_and_observations_are_counted(text, unit):
    assert find_amounts(text)[0].unit == unit


@pytest.mark.parametrize("text, value, unit", [
    ("kopi daerah itu sudah dikirim ke 19 negara tujuan", Decimal("19"), "negara tujuan"),
    ("bahan baku didatangkan dari 8 negara asal", Decimal("8"), "negara asal"),
    ("kerja sama dengan 6 negara mitra dagang terus diperluas", Decimal("6"), "negara mitra dagang"),
    ("produk itu dipasarkan di 31 negara tujuan ekspor", Decimal("31"), "negara tujuan ekspor"),
    # a bare country count stays 'negara'; a word after it that names no trade role is not read in
    ("produk itu dipasarkan di 23 negara", Decimal("23"), "negara"),
    ("pembeli dari 11 negara tujuannya berbeda-beda", Decimal("11"), "negara"),
    ("pameran diikuti peserta dari 17 negara Asia", Decimal("17"), "negara"),
])
def test_countries_are_counted_with_their_trade_role_as_written(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


@pytest.mark.parametrize("text, value, unit", [
    ("Pembelinya tujuh importir, asalnya tiga negara.", Decimal("7"), "importir"),
    ("Pembelinya tujuh importir, asalnya tiga negara.", Decimal("3"), "negara"),
    ("Pasarnya Jepang, Korea, Belanda dan Jerman, jadi empat negara.", Decimal("4"), "negara"),
    ("Kabupaten itu menjadi salah satu dari delapan kabupaten sasaran program.", Decimal("8"), "kabupaten"),
    ("Pengolah yang lolos kurasi sebanyak sebelas eksportir.", Decimal("11"), "eksportir"),
])
def test_a_spelled_count_told_as_the_predicate_or_the_whole_is_read(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text) if a.unit == unit] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "Tiongkok, India dan Pakistan menjadi tiga negara tujuan utama.",
    "Di antaranya tiga negara di Timur Tengah.",
    "Target itu bergantung pada beroperasinya dua pabrik baru.",
    "Ekspor ke dua negara itu naik.",
    "Selanjutnya lima provinsi dengan realisasi terbesar.",
])
def test_a_spelled_count_naming_a_list_or_after_an_event_is_not_read(text):
    assert [a for a in find_amounts(text) if "spelled out" in (a.reading or "")] == []


@pytest.mark.parametrize("text", [
    "Kakaknya dua orang dan keduanya berdagang di Medan.",
    "Kendalanya satu orang petugas tidak sanggup memeriksa semua kontainer.",
    "Kedua pabrik tahu itu digabung jadi satu perusahaan tahun lalu.",
    "Permintaannya tiga kali lebih tinggi dari musim lalu.",
    "Pemeriksaan gudang dilakukan sebanyak empat kali.",
    "Istrinya tiga orang pedagang sayur.",
])
def test_a_spelled_number_of_kin_an_idiom_with_satu_or_times_is_no_count(text):
    assert [a for a in find_amounts(text) if "spelled out" in (a.reading or "")] == []


@pytest.mark.parametrize("text, value, unit", [
    ("Pesertanya tiga orang dari Bandung.", Decimal("3"), "orang"),
    ("Jumlahnya satu perusahaan saja.", Decimal("1"), "perusahaan"),
])
def test_a_spelled_count_of_people_or_one_counted_by_a_counting_word_is_still_read(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text) if a.unit == unit] == [(value, unit)]


@pytest.mark.parametrize("text, value, unit", [
    ("Omzet itu dihimpun dari 2.315 unit IKM binaan.", Decimal("2315"), "unit IKM"),
    ("Dinas membina 87 unit UMKM eksportir.", Decimal("87"), "unit UMKM"),
    ("Kantor itu mencatat 1O7 pemberitahuan ekspor barang sejak Januari.", Decimal("107"), "pemberitahuan ekspor barang"),
    ("Ada 3.41O pemberitahuan impor pada Maret.", Decimal("3410"), "pemberitahuan impor"),
])
def test_a_business_counted_in_units_and_customs_declarations_keep_their_noun(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


@pytest.mark.parametrize("text, unit", [
    ("Pabrik itu memasang 14 unit mesin baru.", "unit"),
    ("Sebanyak 35 IKM ikut pameran.", "IKM"),
])
def test_unit_before_other_nouns_stays_unit(text, unit):
    assert [a.unit for a in find_amounts(text)] == [unit]


@pytest.mark.parametrize("text, value, unit", [
    ("Dinas mencatat 45 unit pengolahan ikan bersertifikat.", Decimal("45"), "unit pengolahan ikan"),
    ("Kebun itu dihidupi 2.300 kepala keluarga.", Decimal("2300"), "kepala keluarga"),
    ("Petugas menangani 310 kasus penyelundupan.", Decimal("310"), "kasus"),
    ("Produk dijual lewat 9 marketplace.", Decimal("9"), "marketplace"),
])
def test_more_counted_nouns_are_read_as_written(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


def test_a_bare_izin_stays_izin():
    assert [a.unit for a in find_amounts("Dinas menerbitkan 40 izin pada Mei.")] == ["izin"]


# session 25 (counts25): the counted noun of a count, read as written
@pytest.mark.parametrize("text, value, unit", [
    ("jumlah pengekspor pada tahun itu mencapai 212 pengekspor", Decimal("212"), "pengekspor"),
    ("tahun berikutnya bertambah menjadi 1.045 pengekspor aktif", Decimal("1045"), "pengekspor"),
    ("dinas mencatat 87 pengimpor bahan baku terdaftar", Decimal("87"), "pengimpor"),
    ("di kecamatan itu ada 1.200 produsen tahu", Decimal("1200"), "produsen"),
    ("pameran diikuti 64 pengrajin rotan", Decimal("64"), "pengrajin"),
])
def test_traders_and_makers_counted_by_their_agent_noun(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "Indonesia menjadi pengekspor rotan terbesar ketiga dengan pangsa 6 persen",
    "sebagai negara pengekspor nomor 2 di dunia",
    "pada 2023 pengekspor kopi menikmati harga tinggi",
])
def test_an_agent_noun_with_no_count_before_it_counts_nothing(text):
    assert all(a.unit != "pengekspor" for a in find_amounts(text))


@pytest.mark.parametrize("text, value, unit", [
    ("sepanjang tahun lalu terdapat 48 jenis komoditas yang dikirim", Decimal("48"), "jenis komoditas"),
    ("balai itu melepas 100 jenis komoditi pertanian", Decimal("100"), "jenis komoditi"),
    ("pameran menampilkan 12 macam produk olahan", Decimal("12"), "macam produk"),
    ("ekspor itu terdiri atas 31 ragam produk kerajinan", Decimal("31"), "ragam produk"),
    ("total ada 398 jenis barang yang dilarang", Decimal("398"), "jenis barang"),
])
def test_kinds_counted_keep_the_noun_they_are_kinds_of(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


@pytest.mark.parametrize("text, unit", [
    ("ikan yang paling diminati ada 14 jenis", "jenis"),          # no noun after the word of kinds
    ("karantina memeriksa 14 jenis ikan hias", "jenis"),          # a noun the list does not count
    ("dengan jumlah komoditas 16 jenis saja", "jenis"),
])
def test_a_word_of_kinds_without_a_listed_noun_stays_bare(text, unit):
    assert [a.unit for a in find_amounts(text)] == [unit]


@pytest.mark.parametrize("text", [
    "Pada 2023 jenis komoditas ekspor daerah itu bertambah",       # a year, no count
    "Sepanjang 2024 macam produk yang dipamerkan kian beragam",     # a year after a word leading a period
    "jenis komoditas yang diekspor sebagian besar kopi",          # no number at all
])
def test_no_count_of_kinds_where_no_number_counts_them(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text", [
    "daerah itu naik ke peringkat 5 eksportir kopi terbesar",     # a rank
    "berada di urutan 4 negara tujuan utama",                     # a rank
    "sesuai Pasal 12 pelaku usaha wajib melapor",                  # an article of a regulation
    "Blok 7 perusahaan itu berada di kawasan industri",           # an address
    "kapal bersandar di dermaga 3 kontainer dibongkar",           # a numbered berth
])
def test_a_number_that_ranks_or_names_counts_no_noun_after_it(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, value, unit", [
    ("dari 27 daerah, 5 eksportir baru tercatat", Decimal("5"), "eksportir"),
    ("peringkat itu disusun dari 12 perusahaan", Decimal("12"), "perusahaan"),
])
def test_a_count_after_the_word_of_rank_is_further_off_still_counts(text, value, unit):
    assert (value, unit) in [(a.value, a.unit) for a in find_amounts(text)]


@pytest.mark.parametrize("text, expected", [
    ("biaya angkut kini berkisar USD 3.100 hingga USD 3.600 per FEU",
     [(Decimal("3100"), "USD/FEU"), (Decimal("3600"), "USD/FEU")]),
    ("tarif ke Medan naik dari Rp 7,5 juta per TEU", [(Decimal("7500000"), "IDR/TEU")]),
    ("tarif Shanghai ke Los Angeles US$2.650/FEU", [(Decimal("2650"), "USD/FEU")]),
    ("harga sapi bakalan Rp 18 juta per ekor", [(Decimal("18000000"), "IDR/ekor")]),
    ("kambing dijual Rp2,5 juta/ekor", [(Decimal("2500000"), "IDR/ekor")]),
])
def test_money_per_container_or_per_head_is_a_price_per_that_unit(text, expected):
    assert [(a.value, a.unit) for a in find_amounts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("rata-rata 190 kontainer per bulan", [(Decimal("190"), "kontainer")]),
    ("ekspor senilai Rp 5 miliar dalam 12 kontainer", [(Decimal("5000000000"), "IDR"), (Decimal("12"), "kontainer")]),
    ("ekspor 3.000 ekor sapi senilai Rp 60 miliar", [(Decimal("3000"), "ekor"), (Decimal("60000000000"), "IDR")]),
])
def test_containers_and_heads_counted_or_next_to_money_are_no_price(text, expected):
    assert [(a.value, a.unit) for a in find_amounts(text)] == expected


@pytest.mark.parametrize("text, value", [
    ("indeks harga konsumen (IHK) kota itu pada Maret sebesar 112,40", Decimal("112.40")),   # short name after the measure
    ("IHK Kota Contoh pada bulan Mei 2023 tercatat 118,25", Decimal("118.25")),              # a year among the words
    ("IKI bulan lalu berada di angka 52,7", Decimal("52.7")),
    ("IPM provinsi itu kini mencapai 71,05", Decimal("71.05")),
    ("PMI manufaktur Juni 2024 turun ke 49,3", Decimal("49.3")),
])
def test_an_index_named_by_its_short_name_or_before_a_bracket_and_a_year_reads_an_index_value(text, value):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, "indeks")]


@pytest.mark.parametrize("text, expected", [
    ("IPM provinsi itu kini mencapai 71,05, naik 0,62 poin dibanding tahun sebelumnya",
     [(Decimal("71.05"), "indeks"), (Decimal("0.62"), "indeks")]),                           # points of an index
    ("IHSG ditutup melemah 12,5 poin", [(Decimal("12.5"), "indeks")]),
    ("tingkat penghunian kamar 41,2 persen, naik 3,15 poin dibandingkan Mei",
     [(Decimal("41.2"), "percent"), (Decimal("3.15"), "poin")]),                             # points of a rate
    ("rasio itu turun sebesar 1,4 poin dari tahun lalu", [(Decimal("1.4"), "poin")]),
    ("porsi kredit UMKM naik 2,1 poin menjadi 19,8 persen", [(Decimal("2.1"), "poin"), (Decimal("19.8"), "percent")]),
    ("nilai tukar petani (NTP) naik 0,9 poin", [(Decimal("0.9"), "indeks")]),           # an index, though 'nilai tukar'
    ("IHSG turun 20 poin, sedangkan rupiah menguat 15 poin", [(Decimal("20"), "indeks")]),  # the rupiah's points: none
])
def test_points_a_level_moved_by_are_in_its_index_or_in_points(text, expected):
    assert [(a.value, a.unit) for a in find_amounts(text)] == expected


@pytest.mark.parametrize("text", [
    "Kurs rupiah di pasar spot melemah 60 poin ke Rp 16.050 per dolar AS",            # a rate, not a figure
    "Nilai tukar rupiah ditutup menguat 25 poin pada Jumat sore",
    "Rupiah terdepresiasi, turun 70 poin terhadap dolar Amerika",
    "Mata uang Garuda naik 40 poin terhadap dolar AS pekan ini",                        # the rate named after the points
    "Klub itu naik 9 poin di klasemen liga",                                           # a score or rank, no level named
    "Harga minyak sawit naik 15 poin di bursa Malaysia",
])
def test_points_of_an_exchange_rate_or_with_no_level_named_are_no_figure(text):
    assert [a for a in find_amounts(text) if a.unit in ("poin", "indeks", "percent")] == []


@pytest.mark.parametrize("text, value", [
    ("Tingkat kemiskinan turun 0,4 poin persentase menjadi 9,1 persen", Decimal("0.4")),
    ("rasio kredit macet naik 0,25 poin persentase", Decimal("0.25")),
])
def test_percentage_points_are_in_percent(text, value):
    assert [(a.value, a.unit) for a in find_amounts(text)][0] == (value, "percent")


@pytest.mark.parametrize("text", [
    "kesepakatan itu memuat 12 poin penting",        # items of an agreement, no change
    "ada 5 poin rekomendasi dari tim",
    "IHK di 90 kota naik",                            # a count of cities after an index measure
    "inflasi IHK terjadi di 7 kelompok pengeluaran",
])
def test_points_without_a_change_and_counts_after_an_index_are_no_value(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text", [
    "IHSG sepanjang 2022 diramaikan 59 perusahaan yang baru melantai",                   # a noun counted after a year
    "IKI Maret 2024 ditopang 18 subsektor yang ekspansif",
    "IHK tahun 2023 dihitung dari 90 kota",                                             # 'dari' with no level reached
    "IPM Kabupaten Contoh 2023 dibahas bersama 12 kecamatan",
])
def test_a_count_after_an_index_short_name_and_a_year_is_no_index_value(text):
    assert [a for a in find_amounts(text) if a.unit == "indeks"] == []


@pytest.mark.parametrize("text, value", [
    ("IHSG pada 2023 ditutup di level 7.272", Decimal("7272")),
    ("IHK Kota Contoh naik dari 110,2 pada Januari menjadi 111,5", Decimal("110.2")),
])
def test_an_index_value_is_named_by_a_value_word_right_before_it(text, value):
    assert [a.value for a in find_amounts(text) if a.unit == "indeks"][0] == value


def test_a_lower_bound_in_full_joins_a_range_priced_per_a_counted_denominator():
    low, high = find_amounts("ongkos angkut berkisar USD 750 hingga USD 1,1 ribu per FEU")[:2]
    assert (low.unit, high.unit) == ("USD/FEU", "USD/FEU") and low.range_with is high
    # bounds of two magnitudes stay apart (decision 0036 counter: 'Rp 900 sampai Rp 1,2 juta/kg')
    low, high = find_amounts("harga Rp 900 sampai Rp 1,2 juta per ekor")[:2]
    assert low.range_with is None


@pytest.mark.parametrize("text, value, unit", [
    ("Dari 1.320 usaha itu, sebagian menjual ke luar daerah, dan 45 di antaranya sudah ekspor sendiri.", Decimal("45"), "usaha"),
    ("Dari 210 toko tersebut, 64 di antaranya sudah memakai QRIS.", Decimal("64"), "toko"),
    ("Dari 75 warung kopi itu, 12 di antaranya tutup.", Decimal("12"), "warung kopi"),
])
def test_a_part_among_a_whole_named_back_by_a_demonstrative_counts_the_wholes_noun(text, value, unit):
    # the whole, told again with 'itu', stays bare: only the part is a new count
    assert [(a.value, a.unit) for a in find_amounts(text) if a.unit] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "Dari 10 tahun itu, 3 di antaranya merugi.",          # a duration, no counted noun
    "Pada 2023 itu, 5 di antaranya gagal.",                # a year
    "Dari 12 sampai 20 itu, 4 di antaranya hilang.",       # no noun between number and demonstrative
])
def test_no_noun_is_borrowed_from_a_duration_a_year_or_a_bare_whole(text):
    assert [a.unit for a in find_amounts(text) if a.unit] == []


@pytest.mark.parametrize("text", [
    "Dari 10 besar itu, 4 di antaranya produsen lokal.",           # a rank of the top, no noun
    "Dari 2.000 lebih tersebut, 700 di antaranya perempuan.",       # a quantity word
    "Dari 20 terbanyak ini, 6 di antaranya dari Jawa.",
    "Dari 50 teratas itu, 9 di antaranya baru.",
])
def test_a_word_of_degree_or_quantity_before_a_demonstrative_is_no_noun_of_the_whole(text):
    assert [a.unit for a in find_amounts(text) if a.unit] == []


def test_a_whole_named_back_with_ini_counts_its_noun():
    # the demonstratives come from the lexicon ('ini' as well as 'itu', 'tersebut')
    assert [(a.value, a.unit) for a in find_amounts("Dari 640 bengkel ini, 85 di antaranya milik koperasi.") if a.unit] \
        == [(Decimal("85"), "bengkel")]


@pytest.mark.parametrize("text, value, unit", [
    ("rata-rata lama tamu asing menginap 2,84 hari", Decimal("2.84"), "hari"),
    ("rata-rata lama menginap tamu di hotel berbintang pada Mei 2024 selama 1,72 hari", Decimal("1.72"), "hari"),
    ("lama menginap rata-rata wisatawan Eropa 4,1 hari", Decimal("4.1"), "hari"),
])
def test_a_duration_measured_after_its_cue_is_a_figure_in_that_unit(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "Koperasi itu memberi pembiayaan kepada nelayan dengan tenor 18 bulan",          # a loan's tenor
    "Kredit rumah dari bank daerah bisa dicicil sampai 15 tahun",                     # an instalment term
    "Pemerintah daerah menyiapkan pembiayaan impor jagung yang berjalan 4 bulan",     # a programme's span
    "Yayasan itu membiayai 80 siswa selama 3 tahun",                                  # a span of support
    "Rombongan 45 pedagang menginap selama 2 hari di Surabaya",                        # an itinerary, no average
    "Para peserta pameran menginap 5 malam, lalu 4 hari di Medan",                     # no average, no length named
])
def test_a_term_of_financing_or_an_itinerary_is_no_measured_duration(text):
    assert [a.unit for a in find_amounts(text) if a.unit in ("hari", "bulan", "tahun")] == []


@pytest.mark.parametrize("text", [
    "dalam 10 tahun terakhir ekspor naik",                         # a span, no cue
    "pameran itu berlangsung selama 5 hari",                       # an event's length, no cue
    "tamu menginap di hotel itu. Selama 3 hari kemudian pameran dibuka",   # the cue in another sentence
])
def test_a_span_of_time_is_no_measured_duration(text):
    assert find_amounts(text) == []


def test_tourists_counted_by_the_statistics_abbreviation():
    """'6,5 juta wisman': foreign tourists as statistics offices abbreviate them are a counted noun (lexicon
    count_units), like 'wisatawan'."""
    from kg.extract import extract
    from kg.extract.read import parse_article
    lexicon = Lexicon.default()
    text = ("---\npublished: 2024-07-10\n---\nWisata Bali\n\nDinas Pariwisata Provinsi Bali menargetkan 6,5 juta wisman "
            "sepanjang tahun ini. Pada Juni 2024 tercatat 520.000 wisman berkunjung.\n")
    got = {(str(f.value), f.unit) for f in extract(parse_article(text, lexicon=lexicon), lexicon).figures}
    assert {("6500000", "wisman"), ("520000", "wisman")} <= got
