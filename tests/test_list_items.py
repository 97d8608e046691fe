"""Lists in a story (kg/extract/read.py drop_boilerplate, kg/extract/amounts.py LIST_MARKER): the
items of a list that a line of the story introduces ('... yaitu:', 'Berikut rinciannya:') are the
story's text, each item with an amount a figure of the introducing sentence's frame; a list of
links to other stories (after 'Baca Juga', a section label, or no introduction) stays furniture,
and the number of an item is never an amount. Sentences written for these tests."""
from decimal import Decimal

import pytest

from kg.extract import extract
from kg.extract.amounts import find_amounts
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def figures(text: str, published: str = "2025-04-14"):
    return extract(parse_article(f"---\npublished: {published}\n---\n{text}", lexicon=LEXICON), LEXICON).figures


def values(figs) -> list[Decimal]:
    return sorted(f.value for f in figs)


def row(figure) -> tuple:
    period = (figure.period.start.isoformat(), figure.period.end.isoformat()) if figure.period else None
    return str(figure.value), figure.unit, period, figure.speaker.name if figure.speaker else None


# --- items of an introduced list are figures -------------------------------------------------

NUMBERED = """Ekspor Kakao Sulawesi Barat Naik, Ini Tiga Negara Tujuannya

MAMUJU - Badan Pusat Statistik Provinsi Sulawesi Barat mencatat nilai ekspor kakao sepanjang Januari-Februari 2025 mencapai USD 31,4 juta.

Kepala BPS Sulawesi Barat, Damar Wicaksono, mengatakan tiga negara tujuan utama pada periode itu yaitu:

1. Malaysia USD 12,2 juta
2. Belanda USD 8,6 juta
3. Amerika Serikat USD 5,1 juta

"Permintaan dari Eropa tetap kuat," kata Damar.
"""


def test_numbered_items_after_an_introducing_sentence_are_figures_of_its_frame():
    rows = [row(f) for f in figures(NUMBERED)]
    for value in ("12200000", "8600000", "5100000"):
        assert (value, "USD", ("2025-01-01", "2025-02-28"), "Damar Wicaksono") in rows


DASHED = """Ekspor Perkebunan Bengkulu Maret 2025

BENGKULU - Dinas Tanaman Pangan, Hortikultura dan Perkebunan Provinsi Bengkulu mencatat ekspor komoditas perkebunan pada Maret 2025 senilai US$ 74,3 juta. Berikut rinciannya:

- Karet: US$ 21,6 juta
- Kopi robusta: US$ 30,2 juta
- Kelapa sawit: US$ 22,5 juta

Pihaknya berharap harga karet membaik pada triwulan berikutnya.
"""

BULLETED = """Volume Ekspor Perikanan Gorontalo

GORONTALO - Balai Karantina Ikan Gorontalo mencatat volume ekspor perikanan selama triwulan I 2025 mencapai 2.460 ton, dengan rincian per komoditas sebagai berikut:
• Tuna beku 1.380 ton
• Gurita 640 ton
• Kerapu hidup 440 ton

Sebagian besar dikirim lewat pelabuhan Bitung.
"""

PARENTHESIS = """Realisasi Investasi Kalimantan Selatan Triwulan I 2025

BANJARMASIN - Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan Selatan mencatat realisasi investasi triwulan I 2025 sebesar Rp9,8 triliun. Daerah penyumbang terbesar antara lain
1) Kabupaten Tanah Bumbu Rp2,9 triliun
2) Kabupaten Kotabaru Rp2,1 triliun
3) Kota Banjarbaru Rp1,2 triliun

Investasi itu didominasi sektor pertambangan.
"""

CAPITALISED_ROWS = """Realisasi Investasi Sumatera Barat Semester I 2025

PADANG - Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Sumatera Barat mencatat realisasi investasi semester I 2025 sebesar Rp6,4 triliun. Capaian itu ditopang penanaman modal dalam negeri di sektor perkebunan, energi dan pariwisata yang terus tumbuh.

Tiga daerah dengan realisasi terbesar pada semester I 2025 adalah sebagai berikut:

Kabupaten Pesisir Selatan Bagian Utara Rp1,7 Triliun
Kabupaten Dharmasraya Bagian Hilir Barat Rp1,3 Triliun
Kabupaten Solok Selatan Bagian Timur Rp0,9 Triliun

Realisasi itu menyerap 9.800 tenaga kerja.
"""

OPENER = """Ekspor Hasil Laut Sulawesi Tenggara Semester I 2025

KENDARI - Balai Karantina Ikan Kendari mencatat ekspor hasil laut Sulawesi Tenggara pada semester I 2025 mencapai 4.210 ton.

Berikut tiga komoditas dengan volume terbesar pada periode tersebut.

- Rumput laut kering 2.930 ton
- Teripang 710 ton
- Rajungan 350 ton

Ekspor itu ditujukan ke Tiongkok dan Korea Selatan.
"""


@pytest.mark.parametrize("text, items", [
    (DASHED, ["21600000", "30200000", "22500000"]),
    (BULLETED, ["1380", "640", "440"]),
    (PARENTHESIS, ["2900000000000", "2100000000000", "1200000000000"]),
    (CAPITALISED_ROWS, ["1700000000000", "1300000000000", "900000000000"]),
    (OPENER, ["2930", "710", "350"]),
], ids=["dashed-label-colon", "bulleted", "parenthesis-numbers", "capitalised-rows", "berikut-opener"])
def test_items_of_lists_in_other_shapes_are_figures(text, items):
    figs = figures(text)
    found = {str(f.value): f for f in figs}
    lead = figs[0]
    for value in items:
        assert value in found, value
        assert found[value].period == lead.period and found[value].agency == lead.agency


# --- the number of an item is no amount --------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("Rinciannya:\n3. 30 persen ke Jepang\n", Decimal("30"), "percent"),
    ("Rinciannya:\n4. 250 ton ke Mesir\n", Decimal("250"), "ton"),
    ("Rinciannya:\n1. 1.250 kilogram ke Hong Kong\n", Decimal("1250"), "kg"),
    ("Rinciannya:\n- 2. 75 eksportir baru\n", Decimal("75"), "eksportir"),
])
def test_the_number_of_an_item_is_never_read_into_its_amount(text, value, unit):
    amounts = find_amounts(LEXICON, text, document=True)
    assert [(a.value, a.unit) for a in amounts] == [(value, unit)]


def test_a_spaced_number_inside_a_sentence_is_still_read():
    # a stray space after a thousands dot in running text is one number, as before
    amounts = find_amounts(LEXICON, "Volume ekspor mencapai 518. 756 ton pada Mei.", document=True)
    assert [(a.value, a.unit) for a in amounts] == [(Decimal("518756"), "ton")]


# --- lists that are not the story's -------------------------------------------------------------

LEAD = ("Ekspor Udang Vaname Lampung Naik\n\nBANDARLAMPUNG - Balai Karantina Ikan Lampung mencatat ekspor udang "
        "vaname pada Maret 2025 sebanyak 1.240 ton, naik dari 1.080 ton pada Februari 2025.\n\n")
TAIL = "\nKepala balai, Rusdi Hamzah, mengatakan permintaan dari Amerika Serikat meningkat.\n"
LEAD_VALUES = [Decimal("1080"), Decimal("1240")]


@pytest.mark.parametrize("links", [
    # after 'Baca Juga'
    "Baca Juga:\n- Harga Cabai Rawit di Metro Tembus Rp85.000 per Kilogram\n- Lima Fakta Ekspor Kopi Lampung Capai 20 Ribu Ton\n",
    # a sidebar under a heading the lexicon knows
    "Berita Lainnya\n\n- Pemkab Pesawaran Salurkan Rp2,5 Miliar untuk Petambak\n- 1.500 Pelaku UMKM Ikuti Kurasi Produk Ekspor\n",
    # introduced by a line of prose that points at other stories
    "Baca berita menarik lainnya di bawah ini:\n1. Harga Gabah Petani Naik Rp300 per Kilogram\n2. Ekspor Kopi Lampung Turun 8 Persen pada Februari\n",
    # a prompt to click through to other stories
    "Klik tautan di bawah ini untuk informasi lainnya:\n- Harga Gabah Petani Naik Rp300 per Kilogram\n- Ekspor Kopi Lampung Turun 8 Persen\n",
    # a section label, every word capitalised
    "Artikel Pilihan:\n- Nilai Tukar Petani Lampung Naik 1,2 Persen\n- Pemprov Targetkan 2.000 Eksportir Baru Tahun Ini\n",
    # bulleted headlines with no introduction at all
    "- Ekspor Kopi Robusta Lampung Capai 12.000 Ton\n- Harga Lada Hitam Turun Rp4.000 per Kilogram\n",
], ids=["baca-juga", "berita-lainnya", "prose-pointing-at-links", "click-prompt", "section-label", "no-introduction"])
def test_a_list_of_links_to_other_stories_gives_no_figures(links):
    assert values(figures(LEAD + links + TAIL)) == LEAD_VALUES


TABLE_OF_CONTENTS = LEAD + "Laporan itu disusun dalam beberapa bab, yaitu:\n1. Pendahuluan\n2. Kinerja Ekspor 2024\n" \
                           "3. Proyeksi Perdagangan 2025\n4. Penutup\n" + TAIL
STEPS = LEAD + "Pendampingan eksportir baru dijalankan dalam tiga tahap, yaitu:\n\n" \
               "1. Tahap pertama tahun 2023: pendataan dan kurasi produk\n" \
               "2. Tahap kedua 2024 selama 6 bulan: pelatihan dan sertifikasi\n" \
               "3. Tahap ketiga 2025: pendampingan pengiriman perdana\n" + TAIL


@pytest.mark.parametrize("text", [TABLE_OF_CONTENTS, STEPS], ids=["table-of-contents", "programme-steps"])
def test_years_durations_and_item_numbers_of_an_introduced_list_are_no_figures(text):
    assert values(figures(text)) == LEAD_VALUES


# --- the introducing line says what its items are ------------------------------------------------

YEAR_FRAME = ("Ekspor Jawa Barat 2024\n\nBANDUNG - Badan Pusat Statistik Provinsi Jawa Barat mencatat nilai ekspor "
              "Jawa Barat sepanjang 2024 mencapai US$ 38,2 miliar, naik 2,4 persen dibanding 2023.\n\n")


@pytest.mark.parametrize("intro, items", [
    # the line names a month inside the year reported on: no frame, yet the items' period
    ("Komoditas penyumbang terbesar pada November 2024 yakni:\n\n",
     "- Alas kaki US$ 612,4 juta\n- Tekstil US$ 408,1 juta\n"),
    # the line states a value of that month itself, then its parts
    ("Pada November 2024 saja ekspor tercatat US$ 3,3 miliar, dengan rincian sebagai berikut:\n",
     "1. Alas kaki US$ 612,4 juta\n2. Tekstil US$ 408,1 juta\n"),
], ids=["line-names-the-month", "line-states-the-month-value"])
def test_items_take_the_period_their_introducing_line_names(intro, items):
    rows = [row(f) for f in figures(YEAR_FRAME + intro + items + "\nPermintaan dari Amerika Serikat naik.\n")]
    assert ("612400000", "USD", ("2024-11-01", "2024-11-30"), None) in rows
    assert ("408100000", "USD", ("2024-11-01", "2024-11-30"), None) in rows
    assert ("38200000000", "USD", ("2024-01-01", "2024-12-31"), None) in rows


def test_an_item_with_its_own_period_keeps_it_and_a_compared_period_is_not_the_items():
    text = YEAR_FRAME + ("Dibanding Desember 2023, komoditas yang naik paling tinggi antara lain:\n"
                         "- Alas kaki US$ 612,4 juta\n- Tekstil US$ 75,2 juta pada Oktober 2024\n")
    found = {str(f.value): f for f in figures(text)}
    assert (found["612400000"].period.start.isoformat(), found["612400000"].period.end.isoformat()) == ("2024-01-01", "2024-12-31")
    assert (found["75200000"].period.start.isoformat(), found["75200000"].period.end.isoformat()) == ("2024-10-01", "2024-10-31")


TARGETS_BY_WORDS = """Pemprov Maluku Pasang Target Ekspor Perikanan 2025

AMBON - Dinas Kelautan dan Perikanan Provinsi Maluku menyusun rencana ekspor perikanan untuk tahun depan.

Target ekspor per komoditas pada 2025 sebagai berikut:

- Tuna: USD 48 juta
- Udang: USD 21 juta
- Kerapu: USD 6 juta

Rencana itu disampaikan dalam rapat kerja daerah.
"""

TARGETS_BY_VALUE = """Kuota Pengiriman Kerbau NTB 2025

MATARAM - Pemerintah Provinsi Nusa Tenggara Barat memasang kuota pengiriman kerbau ke luar daerah tahun 2025 sebanyak 14.800 ekor yang dibagi ke kabupaten sebagai berikut:
1. Kabupaten Sumbawa 5.200 ekor;
2. Kabupaten Bima 4.100 ekor;
3. Kabupaten Dompu 2.300 ekor.

Pengiriman dibuka mulai Februari.
"""


@pytest.mark.parametrize("text, items", [
    (TARGETS_BY_WORDS, ["48000000", "21000000", "6000000"]),
    (TARGETS_BY_VALUE, ["5200", "4100", "2300"]),
], ids=["line-names-targets", "line-states-a-quota"])
def test_items_of_a_list_of_targets_are_targets_of_its_year(text, items):
    found = {str(f.value): f for f in figures(text, published="2024-12-02")}
    for value in items:
        assert found[value].type == "target", value
        assert (found[value].period.start.isoformat(), found[value].period.end.isoformat()) == ("2025-01-01", "2025-12-31")


def test_items_of_a_realisation_measured_against_a_target_are_realisations_of_its_period():
    text = ("Sertifikasi Halal UMKM Kota Contoh\n\nKOTA CONTOH - Dinas Koperasi Kota Contoh mencatat hingga Maret 2025 "
            "baru 420 sertifikat halal diterbitkan, setara 21 persen dari sasaran tahun ini, tersebar di tiga kecamatan yakni:\n"
            "- Kecamatan Utara: 160 sertifikat\n- Kecamatan Selatan: 140 sertifikat\n- Kecamatan Barat: 120 sertifikat\n\n"
            "Pendampingan dilanjutkan pada April.\n")
    figs = figures(text)
    found = {str(f.value): f for f in figs}
    for value in ("160", "140", "120"):
        assert found[value].type == "figure" and found[value].kind == "realization"
        assert found[value].period == found["420"].period


GROWTH_LEAD = ("Ekspor Jawa Tengah Mei 2024\n\nSEMARANG - Badan Pusat Statistik Provinsi Jawa Tengah mencatat ekspor "
               "nonmigas Jawa Tengah pada Mei 2024 sebesar US$ 1,04 miliar.\n\n")


@pytest.mark.parametrize("intro, signs", [
    ("Golongan barang dengan kenaikan ekspor tertinggi pada Mei 2024 yaitu:\n", 1),
    ("Golongan barang yang ekspornya turun paling dalam pada Mei 2024 dibanding April 2024 yakni:\n", -1),
], ids=["rises", "declines"])
def test_percentages_listed_under_a_line_naming_changes_are_changes(intro, signs):
    text = GROWTH_LEAD + intro + "- Pakaian jadi 14,2 persen\n- Furnitur 9,6 persen\n\nKinerja itu dipengaruhi harga.\n"
    found = {abs(f.value): f for f in figures(text, published="2024-06-17")}
    for value in (Decimal("14.2"), Decimal("9.6")):
        assert found[value].kind == "growth" and found[value].value == signs * value
        assert (found[value].period.start.isoformat(), found[value].period.end.isoformat()) == ("2024-05-01", "2024-05-31")


def test_percentages_listed_under_a_line_naming_shares_stay_shares():
    text = GROWTH_LEAD + "Pangsa ekspor menurut negara tujuan sebagai berikut:\n- Amerika Serikat 31,5 persen\n- Jepang 11,2 persen\n"
    found = {f.value: f for f in figures(text, published="2024-06-17")}
    assert found[Decimal("31.5")].kind == found[Decimal("11.2")].kind == "share"


def test_a_line_measuring_realisations_against_a_target_introduces_no_targets():
    text = ("Realisasi Investasi Kabupaten Contoh 2024\n\nKOTA CONTOH - Dinas Penanaman Modal Kabupaten Contoh mencatat "
            "realisasi investasi sepanjang 2024 mencapai Rp8,4 triliun.\n\n"
            "Capaian realisasi terhadap target per kecamatan sebagai berikut:\n- Kecamatan Utara Rp2,1 triliun\n"
            "- Kecamatan Selatan Rp1,9 triliun\n")
    found = {str(f.value): f for f in figures(text, published="2025-01-20")}
    for value in ("2100000000000", "1900000000000"):
        assert found[value].type == "figure" and found[value].kind == "realization"


def test_a_teaser_between_the_introducing_line_and_the_items_leaves_the_list_read():
    text = (YEAR_FRAME + "Komoditas penyumbang terbesar pada November 2024 yakni:\n\n"
            "Baca Juga: Harga Cabai di Bandung Naik Rp5.000 per Kilogram\n\n"
            "- Alas kaki US$ 612,4 juta\n- Tekstil US$ 408,1 juta\n\nPermintaan dari Amerika Serikat naik.\n")
    assert values(figures(text)) == [Decimal("2.4"), Decimal("408100000"), Decimal("612400000"), Decimal("38200000000")]


def test_a_bare_teaser_line_after_a_list_opens_links_not_items():
    text = (YEAR_FRAME + "Komoditas penyumbang terbesar pada November 2024 yakni:\n\n"
            "- Alas kaki US$ 612,4 juta\n\nBaca Juga\n\n- Harga Beras di Bandung Naik Rp1.000 per Kilogram\n"
            "- Tiga Fakta Ekspor Teh Jawa Barat Capai 40 Ribu Ton\n\nPermintaan dari Amerika Serikat naik.\n")
    assert values(figures(text)) == [Decimal("2.4"), Decimal("612400000"), Decimal("38200000000")]


def test_an_item_is_labelled_with_its_name_and_lends_no_label_to_later_sentences():
    text = NUMBERED.replace('"Permintaan dari Eropa tetap kuat," kata Damar.',
                            "Dibanding Januari-Februari 2024, nilai ekspor kakao itu naik 6,2 persen.")
    found = {str(f.value): f for f in figures(text)}
    assert "Malaysia" in found["12200000"].what and not found["12200000"].what.startswith("1.")
    assert "Amerika Serikat" in found["5100000"].what
    assert "Amerika" not in found["6.2"].what and "3." not in found["6.2"].what


# --- sidebars, prose after a list, conditions and stages (review of lists22) -------------------

@pytest.mark.parametrize("links", [
    # a sidebar's section label in lower case, a few words and a colon
    "Pilihan editor:\n1. Harga Jagung Pipil Turun Rp600 per Kilogram\n2. Ekspor Rajungan Jatim Capai 4.100 Ton pada 2024\n",
    "Terbanyak dibagikan:\n- Harga Jagung Pipil Turun Rp600 per Kilogram\n- Ekspor Rajungan Jatim Capai 4.100 Ton pada 2024\n",
    "Jangan sampai terlewat:\n1. Nelayan Pesisir Barat Dapat Bantuan Mesin Rp1,5 Miliar\n",
    # a longer lower-case line whose items are headlines, marked or not
    "Kabar lain seputar hasil laut dari pesisir timur:\n1. Harga Jagung Pipil Turun Rp600 per Kilogram\n"
    "2. Ekspor Rajungan Jatim Capai 4.100 Ton pada 2024\n",
    "Menurut dia, sejumlah kabar ini patut diikuti pelaku usaha:\n\nHarga Jagung Pipil Turun Rp600 per Kilogram\n"
    "Ekspor Rajungan Jatim Capai 4.100 Ton pada 2024\nNelayan Pesisir Barat Dapat Bantuan Mesin Rp1,5 Miliar\n",
], ids=["label-numbered", "label-dashed", "label-one-item", "lower-case-line", "unmarked-headlines"])
def test_headlines_under_a_sidebar_label_or_a_line_of_prose_give_no_figures(links):
    assert values(figures(LEAD + links + TAIL)) == LEAD_VALUES


@pytest.mark.parametrize("items, expected", [
    ("- Pelabuhan Panjang 640 ton\n- Pelabuhan Bakauheni 410 ton\n", ["410", "640"]),
    ("Kota Bandar Lampung 640 Ton\nKabupaten Lampung Selatan 410 Ton\n", ["410", "640"]),
    ("1. Provinsi Nusa Tenggara Timur USD 2,1 Juta\n2. Kabupaten Contoh USD 1,4 Juta\n", ["1400000", "2100000"]),
], ids=["dashed", "capitalised-unmarked", "capitalised-numbered"])
def test_items_naming_a_part_and_ending_with_its_value_are_still_read(items, expected):
    text = LEAD + "Pengiriman per pelabuhan muat pada Maret 2025 yaitu:\n" + items + TAIL
    found = {str(f.value) for f in figures(text)}
    assert set(expected) <= found


TARGETS_THEN_PROSE = ("Sasaran Ekspor Hasil Laut Sulawesi Utara\n\nMANADO - Dinas Kelautan dan Perikanan Provinsi Sulawesi Utara "
                      "menyusun rencana ekspor untuk tahun depan.\n\nSasaran ekspor tiap komoditas tahun 2025 yaitu:\n\n"
                      "- Cakalang: USD 36 juta\n- Kerapu: USD 14 juta\n\n")


@pytest.mark.parametrize("prose", [
    "Saat ini ekspor teripang dari daerah itu baru sekitar USD 3 juta setiap tahun",
    "Sementara itu nilai ekspor rumput laut kering tahun lalu tercatat USD 3 juta menurut data dinas",
    "Kepala dinas menyebut pengiriman teripang masih tertahan di pelabuhan dengan nilai USD 3 juta",
], ids=["now", "last-year", "said"])
def test_a_paragraph_without_its_full_stop_after_a_list_is_no_item_of_it(prose):
    found = {str(f.value): f for f in figures(TARGETS_THEN_PROSE + prose + "\n\nRencana itu dibahas bersama eksportir.\n",
                                              published="2024-11-05")}
    assert found["36000000"].type == found["14000000"].type == "target"
    assert "3000000" not in found or found["3000000"].type != "target"


@pytest.mark.parametrize("intro, items", [
    ("Calon penerima hibah harus memenuhi persyaratan sebagai berikut:\n",
     "1. Memiliki izin usaha paling sedikit 2 tahun\n2. Omzet minimal Rp250 juta per tahun\n3. Mempekerjakan minimal 8 orang\n"),
    ("Pelatihan eksportir pemula dibagi menjadi beberapa tahapan, yaitu:\n",
     "1. Tahun 2025 kelas dasar untuk 120 pelaku usaha\n2. Tahun 2026 pendampingan 60 produk\n"),
    ("Jadwal pengiriman contoh produk ke pembeli yakni:\n",
     "- 14 April: 20 kemasan ke Singapura\n- 28 April: 35 kemasan ke Dubai\n"),
    ("Ketentuan kemasan yang berlaku antara lain:\n",
     "- Berat bersih paling banyak 25 kilogram\n- Label dalam 2 bahasa\n"),
], ids=["requirements", "stages", "schedule", "rules"])
def test_conditions_stages_and_schedules_give_no_figures(intro, items):
    assert values(figures(LEAD + intro + items + TAIL)) == LEAD_VALUES


def test_a_link_word_further_on_in_the_line_still_introduces_items():
    text = LEAD + ("Balai itu dalam berita resmi bulanannya merinci tujuan ekspor pada Maret 2025 yaitu:\n"
                   "- Amerika Serikat 720 ton\n- Jepang 310 ton\n") + TAIL
    assert {"720", "310"} <= {str(f.value) for f in figures(text)}


# --- a change word in the introducing line names what it measures, or nothing --------------------

@pytest.mark.parametrize("intro", [
    "Tingkat kemiskinan di desa-desa yang terkena penurunan harga gabah yaitu:\n",
    "Empat kota dengan tingkat inflasi tertinggi, meski angkanya menurun, antara lain:\n",
    "Kontribusi tiap lapangan usaha terhadap pertumbuhan ekonomi daerah yakni:\n",
    "Suku bunga kredit usaha rakyat per bank setelah kenaikan BI Rate sebagai berikut:\n",
    "Serapan anggaran dibandingkan target APBD per dinas yaitu:\n",
], ids=["poverty-rate", "inflation-rate", "contribution", "interest-rate", "against-target"])
def test_levels_listed_under_a_line_with_a_change_word_are_no_changes_and_never_negative(intro):
    text = GROWTH_LEAD + intro + "- Kabupaten Utara 12,4 persen\n- Kabupaten Selatan 8,9 persen\n\nKinerja itu dipengaruhi harga.\n"
    found = {abs(f.value): f for f in figures(text, published="2024-06-17")}
    for value in (Decimal("12.4"), Decimal("8.9")):
        assert found[value].kind != "growth" and found[value].value > 0, value
    assert found[Decimal("12.4")].kind == found[Decimal("8.9")].kind  # one list, one kind


@pytest.mark.parametrize("intro, sign", [
    ("Daerah yang penjualannya merosot paling tajam pada Mei 2024 yakni:\n", -1),
    ("Lapangan usaha dengan pertumbuhan tercepat pada Mei 2024 antara lain:\n", 1),
    ("Sektor yang nilainya naik, meski harga sempat turun, pada Mei 2024 yaitu:\n", 1),
], ids=["declined", "grew", "fall-named-elsewhere"])
def test_only_a_decline_of_what_the_line_measures_makes_its_items_negative(intro, sign):
    text = GROWTH_LEAD + intro + "- Kabupaten Utara 12,4 persen\n- Kabupaten Selatan 8,9 persen\n\nKinerja itu dipengaruhi harga.\n"
    found = {abs(f.value): f for f in figures(text, published="2024-06-17")}
    for value in (Decimal("12.4"), Decimal("8.9")):
        assert found[value].kind == "growth" and found[value].value == sign * value, value


# --- item numbers through the whole reading; equal values of different items ----------------------

@pytest.mark.parametrize("items, expected", [
    ("2. 3,5 persen ke Vietnam\n3. 2,25 persen ke Korea Selatan\n", ["2.25", "3.5"]),
    ("10. 1.200 ton ke Belanda\n11. 2.300,5 ton ke Jerman\n", ["1200", "2300.5"]),
    ("- 10. 1.200 ton ke Belanda\n- 12. 950 ton ke Italia\n", ["1200", "950"]),
], ids=["decimal-percent", "thousands-after-two-digit-number", "bullet-then-number"])
def test_the_number_of_an_item_is_never_read_into_its_amount_in_a_whole_article(items, expected):
    lead = LEAD.replace("1.240 ton", "5.860 ton").replace("1.080 ton", "5.410 ton")  # (no lead value the items round to)
    text = lead + "Sebagian pengiriman pada Maret 2025 dirinci menurut negara tujuan sebagai berikut:\n" + items + TAIL
    found = {str(f.value) for f in figures(text)}
    assert set(expected) <= found
    assert not {"2.35", "3.2", "10.12", "11.23", "12.95"} & found


def test_items_with_equal_values_stay_two_facts_labelled_with_their_names():
    text = LEAD + ("Kenaikan ekspor per jenis olahan pada Maret 2025 yaitu:\n1. Udang beku 4,5 persen\n"
                   "2. Udang kupas 4,5 persen\n3. Udang rebus 620 ton\n4. Udang tepung 620 ton\n") + TAIL
    figs = [f for f in figures(text) if f.value in (Decimal("4.5"), Decimal("620"))]
    assert len(figs) == 4
    labels = [f.what for f in figs]
    assert all(not any(ch.isdigit() for ch in label) for label in labels), labels
    assert any("beku" in label for label in labels) and any("kupas" in label for label in labels)


def test_one_value_told_twice_in_prose_is_still_one_fact():
    text = LEAD + "Kepala balai menegaskan ekspor udang vaname pada Maret 2025 sebanyak 1.240 ton.\n" + TAIL
    assert [f.value for f in figures(text)].count(Decimal("1240")) == 1


def test_items_of_capitalised_records_with_references_are_kept_as_the_story_text():
    # names with their legal basis and a date: fields of a record, no headlines of other stories
    text = LEAD + ("Sebagai gambaran, berikut kawasan yang sudah ditetapkan hingga kini:\n"
                   "1. Kawasan Industri Teluk Contoh Raya Utara - (PP No. 12/2019 - Mei 2019)\n"
                   "2. Kawasan Wisata Pantai Contoh Selatan Jaya - (PP No. 31/2020 - Agustus 2020)\n") + TAIL
    from kg.extract import extract as run
    facts = run(parse_article(f"---\npublished: 2025-04-14\n---\n{text}", lexicon=LEXICON), LEXICON)
    numbers = {d.number for d in getattr(facts, "decrees", [])}
    assert {"12", "31"} <= numbers
