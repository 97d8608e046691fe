"""Periods of values that are not flows over the period reported on (kg/extract/frame.py), on
sentences written for these tests: one shipment let go at a ceremony is an event, so its
values have no period unless the text names one for them."""
from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
HEAD = "Judul Berita Ekspor Untuk Pengujian\n\nKoran Uji, PADANG — "


def figures(body: str, published: str | None = "2024-03-12"):
    meta = f"---\npublished: {published}\n---\n" if published else ""
    return extract(parse_article(f"{meta}{HEAD}{body}\n", lexicon=LEXICON), LEXICON).figures


def of_value(figs, value: str):
    return next(f for f in figs if str(f.value) == value)


def period_of(figs, value: str):
    figure = of_value(figs, value)
    return (figure.period.start.isoformat(), figure.period.end.isoformat()) if figure.period else None


def test_a_shipment_released_takes_no_period_from_the_frame():
    figs = figures("Ekspor hasil perkebunan daerah ini sepanjang Januari-Februari 2024 mencapai Rp 900 miliar.\n\n"
                   "Pada kesempatan itu, Gubernur turut melepas ekspor 12 ton kopi robusta dengan nilai Rp 1,5 miliar "
                   "ke Mesir.")
    assert period_of(figs, "900000000000") == ("2024-01-01", "2024-02-29")
    assert period_of(figs, "12") is None and period_of(figs, "1500000000") is None
    assert of_value(figs, "12").why["period"].startswith("one shipment released ('melepas')")


def test_what_follows_a_release_goes_on_about_it_until_a_period_is_named():
    figs = figures("Nilai ekspor daerah ini selama 2023 sebesar Rp 4 triliun.\n\n"
                   "Hari ini dilakukan pelepasan ekspor pala ke Belanda.\n\n"
                   "Komoditas lain yang ikut dikirim yakni cengkih sebanyak 7 ton senilai Rp 800 juta.\n\n"
                   "Adapun sepanjang tahun 2022 ekspor pala tercatat Rp 300 miliar. Volumenya 2.000 ton.")
    assert period_of(figs, "4000000000000") == ("2023-01-01", "2023-12-31")
    assert period_of(figs, "7") is None and period_of(figs, "800000000") is None
    assert "one shipment released ('pelepasan')" in of_value(figs, "7").why["period"]
    assert period_of(figs, "2000") == ("2022-01-01", "2022-12-31")  # a period named again is the frame again


def test_export_this_time_is_one_shipment():
    figs = figures("Sepanjang 2023 ekspor ikan dari bandara ini mencapai 5.000 ton.\n\n"
                   "Ekspor ikan kerapu kali ini terdiri dari kerapu macan 400 ekor dan kerapu bebek 250 ekor.")
    assert period_of(figs, "400") is None and period_of(figs, "250") is None


def test_a_release_that_names_the_period_of_its_values_keeps_it():
    figs = figures("Balai Karantina melepas ekspor ikan hasil sertifikasi selama 4 hingga 10 Maret 2024 "
                   "sebanyak 640 ton.\n\nIkan tersebut dikirim ke 9 negara.")
    assert period_of(figs, "640") == ("2024-03-04", "2024-03-10")
    assert period_of(figs, "9") == ("2024-03-04", "2024-03-10")


def test_a_release_that_only_says_when_something_was_said_changes_nothing():
    figs = figures("Ekspor nonmigas daerah ini pada Januari 2024 mencapai US$ 70 juta.\n\n"
                   "\"Ekspor kita naik 3 persen,\" kata Bupati di acara pelepasan ekspor di pelabuhan.\n\n"
                   "Saat pelepasan ekspor itu, Bupati menyebut impor turun menjadi US$ 20 juta.")
    assert period_of(figs, "3") == ("2024-01-01", "2024-01-31")
    assert period_of(figs, "20000000") == ("2024-01-01", "2024-01-31")


def test_a_rate_said_before_the_value_takes_no_period():
    figs = figures("Sepanjang 2023 ekspor udang daerah ini mencapai 8.000 ton.\n\n"
                   "\"Pemeriksaan yang kami lakukan setiap hari rata-rata mencapai 40 dokumen,\" ujarnya.")
    assert period_of(figs, "8000") == ("2023-01-01", "2023-12-31")
    assert period_of(figs, "40") is None
    assert of_value(figs, "40").why["period"].startswith("a rate or a value per occasion ('setiap hari')")


def test_a_value_per_occasion_takes_no_period_nor_do_the_counts_after_it():
    figs = figures("Hingga Maret 2024, transaksi misi dagang provinsi ini mencapai Rp 210 miliar.\n\n"
                   "Setiap misi dagang, sebanyak 30 pengusaha lokal dipertemukan dengan 120 pembeli dari daerah tujuan.")
    assert period_of(figs, "210000000000") == ("2024-01-01", "2024-03-31")
    assert period_of(figs, "30") is None and period_of(figs, "120") is None


def test_a_rate_after_a_slash_takes_no_period():
    figs = figures("Ekspor teh pada Februari 2024 sebesar US$ 3 juta. Kebun teh di provinsi ini menghasilkan "
                   "sekitar 20 ribu hingga 25 ribu ton/tahun.")
    assert period_of(figs, "20000") is None


def test_a_period_named_for_the_value_wins_over_a_distributive_word():
    figs = figures("Setiap tahun ekspor kopi terus naik. Pada 2023 ekspor kopi mencapai 9.000 ton.")
    assert period_of(figs, "9000") == ("2023-01-01", "2023-12-31")


def test_clearing_exports_in_general_or_a_release_to_come_keeps_the_frame():
    figs = figures("Ekspor kakao daerah ini selama Januari-Juni 2024 mencapai US$ 12 juta.\n\n"
                   "Balai Karantina terus memfasilitasi ekspor produk perkebunan.\n\n"
                   "Bupati juga akan melepas ekspor kakao ke Belanda pekan depan.\n\n"
                   "Volume yang dikirim sebanyak 4.000 ton.")
    assert period_of(figs, "4000") == ("2024-01-01", "2024-06-30")


def test_clearing_one_shipment_with_its_values_is_a_release():
    figs = figures("Ekspor kakao daerah ini selama Januari-Juni 2024 mencapai US$ 12 juta.\n\n"
                   "Balai Karantina kembali memfasilitasi ekspor 25 ton biji kakao senilai Rp 1,1 miliar ke Malaysia.")
    assert period_of(figs, "25") is None and period_of(figs, "1100000000") is None


def test_a_release_told_again_with_its_period_says_so():
    figs = figures("Menteri melepas ekspor ikan sebanyak 1.250 ton ke Jepang.\n\n"
                   "Selama 4 hingga 10 Maret 2024, balai ini mengekspor 1.250 ton ikan ke 12 negara.")
    first = of_value(figs, "1250")
    assert (first.period.start.isoformat(), first.period.end.isoformat()) == ("2024-03-04", "2024-03-10")
    assert first.why["period"].startswith("told again later with its period: named before the value '4 hingga 10 Maret 2024'")
