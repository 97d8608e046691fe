"""Who: an official introduced by his title alone and named later by a phrase referring back to
him ('kata pejabat tersebut, X'), and an official reading another body's data. Every sentence here
was written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def facts_of(body: str, dateline: str = "KUPANG - "):
    article = parse_article("Judul Berita Ekspor Untuk Pengujian\n\n" + dateline + body, lexicon=LEXICON)
    return extract(article, LEXICON)


def who(figure):
    return (figure.speaker.name if figure.speaker else None, figure.agency)


def by_value(facts):
    return {f"{f.value.normalize():f}": f for f in facts.figures}


REFERRED = [
    ("Nilai ekspor kopi melalui Pelabuhan Tenau pada Januari-Maret 2024 mencapai Rp52,3 miliar.\n\n"
     "Kepala Balai Karantina Pertanian Kupang mengatakan sebagian besar kopi dikirim ke Timor Leste.\n\n"
     "\"Dari Januari sampai Maret kami terbitkan 118 sertifikat,\" kata pejabat tersebut, Markus Dethan, Selasa.\n\n"
     "Ia menjelaskan, nilai itu naik 12 persen dibanding periode yang sama tahun lalu.\n",
     "Markus Dethan", "Balai Karantina Pertanian Kupang", ["52300000000", "118", "12"]),
    ("Kepala Dinas Perdagangan Kota Binjai menyebutkan realisasi ekspor rotan pada 2023 mencapai USD 4,1 juta.\n\n"
     "Menurutnya, angka itu naik 9 persen dari tahun sebelumnya. \"Permintaan dari Vietnam terus naik,\" ujar "
     "pejabat itu, Sri Handayani Lubis, kepada wartawan.\n",
     "Sri Handayani Lubis", "Dinas Perdagangan Kota Binjai", ["4100000", "9"]),
    ("Kepala Dinas Kelautan dan Perikanan Provinsi Sulawesi Tenggara menyampaikan ekspor tuna pada semester I "
     "2024 mencapai 3.200 ton.\n\n\"Kami optimistis tahun ini bisa lebih tinggi,\" tutur yang bersangkutan, "
     "Hasanuddin Laode, di Kendari, Senin.\n",
     "Hasanuddin Laode", "Dinas Kelautan dan Perikanan Provinsi Sulawesi Tenggara", ["3200"]),
]


@pytest.mark.parametrize("text,name,office,values", REFERRED)
def test_an_official_titled_alone_then_named_by_a_reference_phrase_speaks_for_his_title(text, name, office, values):
    facts = facts_of(text)
    person = next(p for p in facts.people if p.name == name)
    assert person.organization == office and person.role.startswith("Kepala")
    assert [q.speaker.name for q in facts.quotes] == [name]
    figures = by_value(facts)
    for value in values:
        assert who(figures[value]) == (name, office), value


def test_a_reference_phrase_to_someone_else_than_an_official_gives_no_title():
    # 'pengusaha tersebut' is no official: the trader named after it takes no title of the office
    facts = facts_of("Kepala Dinas Perdagangan Kota Binjai menyebutkan ekspor rotan pada 2023 mencapai USD 4,1 juta.\n\n"
                     "\"Tahun ini kami kirim 40 kontainer,\" kata pengusaha tersebut, Andi Wijaya, Selasa.\n")
    assert not any(p.organization == "Dinas Perdagangan Kota Binjai" and p.name == "Andi Wijaya" for p in facts.people)


def test_a_reference_phrase_after_a_named_official_is_that_official():
    # the nearest title before is a named person's: the phrase gives the name after it no title
    facts = facts_of("Kepala Dinas Perdagangan Kota Binjai Budi Santoso menyebutkan ekspor rotan pada 2023 mencapai "
                     "USD 4,1 juta.\n\n\"Tahun ini naik,\" kata pejabat tersebut, Selasa.\n")
    assert [p.name for p in facts.people] == ["Budi Santoso"]
    assert who(by_value(facts)["4100000"]) == ("Budi Santoso", "Dinas Perdagangan Kota Binjai")


def test_a_title_in_passing_before_a_reference_phrase_is_not_his():
    # the title is the object of a visit, followed by a name: not a title alone
    facts = facts_of("Gubernur menemui Kepala Dinas Perdagangan Kota Binjai Budi Santoso di kantornya.\n\n"
                     "\"Ekspor rotan tahun ini bisa USD 5 juta,\" kata pejabat itu, Rina Marpaung, Selasa.\n")
    assert not any(p.name == "Rina Marpaung" and p.organization for p in facts.people)


GORONTALO = "GORONTALO - "
DINAS = "Dinas Perindustrian dan Perdagangan Provinsi Gorontalo"
BPS = "Badan Pusat Statistik Provinsi Gorontalo"
CITED = [
    ("Kepala Perwakilan Bank Indonesia Provinsi Gorontalo, Budi Hartono, membacakan angka dari BPS Provinsi "
     "Gorontalo. Menurut dia, ekspor Gorontalo pada Februari 2025 tercatat USD 8,15 juta.\n",
     "8150000", "Budi Hartono"),
    ("Kepala Perwakilan Bank Indonesia Provinsi Gorontalo Budi Hartono merujuk data Badan Pusat Statistik Provinsi "
     "Gorontalo dalam paparannya. Ia menjelaskan, ekspor Gorontalo pada Februari 2025 tercatat USD 8,15 juta.\n",
     "8150000", "Budi Hartono"),
    ("Kepala Dinas Perindustrian dan Perdagangan Provinsi Gorontalo, Sari Rahmawati, mengutip data Badan Pusat "
     "Statistik Provinsi Gorontalo dalam rapat koordinasi, Selasa. Ia menyebutkan ekspor jagung pada 2024 mencapai "
     "120.000 ton.\n", "120000", "Sari Rahmawati"),
    ("Kepala Dinas Perindustrian dan Perdagangan Provinsi Gorontalo, Sari Rahmawati, mengatakan ekspor jagung pada "
     "2024 mencapai 120.000 ton.\n\nAngka itu merupakan data dari Badan Pusat Statistik Provinsi Gorontalo, katanya.\n",
     "120000", "Sari Rahmawati"),
]


@pytest.mark.parametrize("text,value,name", CITED)
def test_an_official_reading_another_bodys_data_speaks_with_that_body_as_agency(text, value, name):
    assert who(by_value(facts_of(text, GORONTALO))[value]) == (name, BPS)


NOT_CITED = [
    # the body named in passing: no data of it read
    ("Kepala Dinas Perindustrian dan Perdagangan Provinsi Gorontalo, Sari Rahmawati, berbicara usai BPS merilis "
     "data ekspor, Selasa. Menurut dia, ekspor jagung pada 2024 mencapai 120.000 ton.\n", "120000"),
    # the data cited, then his own office's record
    ("Kepala Dinas Perindustrian dan Perdagangan Provinsi Gorontalo, Sari Rahmawati, mengatakan data BPS Provinsi "
     "Gorontalo untuk Maret belum keluar. Menurut dia, pihaknya mencatat ekspor jagung pada Februari 2025 mencapai "
     "12.000 ton.\n", "12000"),
    ("Kepala Dinas Perindustrian dan Perdagangan Provinsi Gorontalo, Sari Rahmawati, membandingkan catatan dinas "
     "dengan data BPS Provinsi Gorontalo. Ia mengatakan, dinas mencatat ekspor jagung pada Februari 2025 mencapai "
     "12.000 ton.\n", "12000"),
    # a claim set beside the data, not naming it as the data
    ("Kepala Dinas Perindustrian dan Perdagangan Provinsi Gorontalo, Sari Rahmawati, mengatakan ekspor jagung pada "
     "2024 mencapai 120.000 ton.\n\nIni sejalan dengan data BPS Provinsi Gorontalo yang mencatat kenaikan produksi, "
     "katanya.\n", "120000"),
]


@pytest.mark.parametrize("text,value", NOT_CITED)
def test_an_official_who_does_not_read_the_bodys_data_keeps_his_own_body(text, value):
    assert who(by_value(facts_of(text, GORONTALO))[value]) == ("Sari Rahmawati", DINAS)


def test_what_he_says_after_the_cited_figure_is_his_own_again():
    facts = facts_of("Kepala Dinas Perindustrian dan Perdagangan Provinsi Gorontalo, Sari Rahmawati, membacakan angka "
                     "dari BPS Provinsi Gorontalo. Menurut dia, ekspor Gorontalo pada Februari 2025 tercatat USD 8,15 "
                     "juta.\n\nIa menambahkan, dinas menargetkan ekspor tahun ini USD 100 juta.\n\n"
                     "Sari juga menyebutkan pihaknya telah membina 45 eksportir baru pada 2024.\n", GORONTALO)
    figures = by_value(facts)
    assert who(figures["8150000"]) == ("Sari Rahmawati", BPS)
    assert who(figures["100000000"]) == ("Sari Rahmawati", DINAS)
    assert who(figures["45"]) == ("Sari Rahmawati", DINAS)


def test_the_head_of_a_fishing_port_speaks_for_the_port():
    facts = facts_of("Kepala Dinas Kelautan dan Perikanan Provinsi Sulawesi Tenggara, La Ode Hamzah, mengatakan produksi "
                     "tuna pada 2024 mencapai 52.000 ton.\n\nSementara itu, Kepala Pelabuhan Perikanan Samudera Kendari, "
                     "Ruslan Tamburaka, menyebut kapal yang membongkar ikan selama Januari-Juni 2025 sebanyak 845 unit. "
                     "Menurut Ruslan, volume pendaratan bulan Juni 2025 mencapai 6.210 ton.\n", "KENDARI - ")
    figures = by_value(facts)
    port = "Pelabuhan Perikanan Samudera Kendari"
    assert who(figures["845"]) == ("Ruslan Tamburaka", port)
    assert who(figures["6210"]) == ("Ruslan Tamburaka", port)
    assert who(figures["52000"]) == ("La Ode Hamzah", "Dinas Kelautan dan Perikanan Provinsi Sulawesi Tenggara")


def test_a_fishing_port_named_as_a_place_reports_nothing():
    facts = facts_of("Kepala Dinas Kelautan dan Perikanan Provinsi Sulawesi Tenggara, La Ode Hamzah, mengatakan produksi "
                     "tuna pada 2024 mencapai 52.000 ton. Menurut dia, sebanyak 845 kapal bersandar di Pelabuhan "
                     "Perikanan Samudera Kendari selama Januari-Juni 2025.\n", "KENDARI - ")
    assert who(by_value(facts)["845"]) == ("La Ode Hamzah", "Dinas Kelautan dan Perikanan Provinsi Sulawesi Tenggara")


REFERRED_BODY = [
    ("Sementara itu, Dinas Perdagangan Provinsi Jambi mencatat harga pinang pada Maret 2025 sempat turun.\n\n"
     "\"Harga sempat Rp9.500 per kilogram pada Maret 2025,\" ujar Kepala Bidang Perdagangan Luar Negeri dinas "
     "tersebut, Lestari Wulandari.\n", "Lestari Wulandari", "Dinas Perdagangan Provinsi Jambi", "9500"),
    ("Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi memeriksa pinang yang akan diekspor.\n\n"
     "\"Pada April 2025 kami periksa 1.240 ton,\" kata Kepala Seksi Karantina Tumbuhan balai itu, Harun Simatupang, "
     "di Jambi.\n", "Harun Simatupang", "Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi", "1240"),
    ("Badan Pusat Statistik Provinsi Jambi merilis data ekspor, Senin.\n\n"
     "\"Ekspor Jambi pada April 2025 mencapai USD 210 juta,\" tutur Kepala Bidang Statistik Distribusi instansi "
     "tersebut, Dewi Anggraini.\n", "Dewi Anggraini", "Badan Pusat Statistik Provinsi Jambi", "210000000"),
]


@pytest.mark.parametrize("text,name,office,value", REFERRED_BODY)
def test_an_official_whose_title_refers_back_to_a_body_speaks_for_it(text, name, office, value):
    facts = facts_of(text, "JAMBI - ")
    person = next(p for p in facts.people if p.name == name)
    assert person.organization == office
    assert [q.speaker.name for q in facts.quotes] == [name]
    assert who(by_value(facts)[value]) == (name, office)


def test_a_referring_noun_with_no_body_of_its_kind_before_gives_no_body():
    # 'dinas tersebut' with only a company named before: no body to refer to
    facts = facts_of("PT Pinang Jaya Abadi mengekspor pinang ke India.\n\n"
                     "\"Harga sempat Rp9.500 per kilogram pada Maret 2025,\" ujar Kepala Bidang Perdagangan dinas "
                     "tersebut, Lestari Wulandari.\n", "JAMBI - ")
    assert not any(p.organization == "PT Pinang Jaya Abadi" for p in facts.people)


def test_a_referring_noun_in_a_lowercase_clause_is_no_title():
    # 'pemilik usaha tersebut': no capitalised title before the referring noun
    facts = facts_of("Dinas Perdagangan Provinsi Jambi mencatat harga pinang turun.\n\n"
                     "\"Harga sempat Rp9.500 per kilogram pada Maret 2025,\" ujar pemilik gudang di dinas tersebut, "
                     "Lestari Wulandari.\n", "JAMBI - ")
    assert not any(p.organization == "Dinas Perdagangan Provinsi Jambi" for p in facts.people)


OWN_GOVERNMENT = [
    ("Kepala Dinas Perdagangan Kabupaten Bungo, Rusli Hamdan, mengatakan ekspor karet 2024 mencapai USD 40 juta. "
     "Untuk tahun ini, pemerintah kabupaten memasang target USD 45 juta.\n", "45000000",
     ("Rusli Hamdan", "Dinas Perdagangan Kabupaten Bungo")),
    ("Kepala Dinas Perdagangan Provinsi Jambi, Siti Aminah, mengatakan ekspor pinang 2024 mencapai 30.000 ton.\n\n"
     "Siti menambahkan, pemerintah provinsi menargetkan ekspor pinang tahun ini 35.000 ton.\n", "35000",
     ("Siti Aminah", "Dinas Perdagangan Provinsi Jambi")),
]


@pytest.mark.parametrize("text,value,expected", OWN_GOVERNMENT)
def test_an_official_speaking_of_his_government_by_a_common_noun_reports_for_his_office(text, value, expected):
    assert who(by_value(facts_of(text, "JAMBI - "))[value]) == expected


def test_a_government_named_by_its_name_in_an_officials_paragraph_keeps_its_name():
    facts = facts_of("Kepala Dinas Perdagangan Kabupaten Bungo, Rusli Hamdan, mengatakan ekspor karet 2024 mencapai "
                     "USD 40 juta. Untuk tahun ini, Pemerintah Kabupaten Bungo memasang target USD 45 juta.\n", "JAMBI - ")
    assert by_value(facts)["45000000"].agency == "Pemerintah Kabupaten Bungo"


def test_another_regions_government_in_an_officials_paragraph_is_not_his():
    facts = facts_of("Kepala Dinas Perdagangan Provinsi Jambi, Siti Aminah, mengatakan ekspor pinang 2024 mencapai "
                     "30.000 ton. Sementara itu, Badan Pusat Statistik Provinsi Riau mencatat ekspor pinang Riau 2024 "
                     "sebanyak 12.000 ton.\n", "JAMBI - ")
    assert by_value(facts)["12000"].agency == "Badan Pusat Statistik Provinsi Riau"


def test_the_head_of_a_unit_of_an_office_named_before_speaks_for_that_office():
    facts = facts_of("Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi mencatat sertifikasi ekspor pinang dari Kuala "
                     "Tungkal selama Januari-Juni 2025 sebanyak 204 sertifikat. Kepala Satuan Pelayanan Karantina Kuala "
                     "Tungkal, Andika Saputra, mengatakan jumlah itu naik 15 persen.\n", "JAMBI - ")
    office = "Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi"
    andika = next(p for p in facts.people if p.name == "Andika Saputra")
    assert andika.organization == office
    assert who(by_value(facts)["204"]) == ("Andika Saputra", office)


def test_the_head_of_a_unit_with_no_office_of_its_kind_before_gets_none():
    facts = facts_of("Dinas Perdagangan Provinsi Jambi mencatat ekspor pinang selama Januari-Juni 2025 sebanyak 9.000 "
                     "ton. Kepala Satuan Pelayanan Karantina Kuala Tungkal, Andika Saputra, mengatakan pengiriman naik.\n",
                     "JAMBI - ")
    assert all(p.organization != "Dinas Perdagangan Provinsi Jambi" for p in facts.people if p.name == "Andika Saputra")


def test_a_units_title_linked_to_its_body_by_pada_reads_past_the_body_to_the_name():
    facts = facts_of("Kepala Seksi Pelayanan Ekspor Terminal Talang Duku pada Balai Karantina Hewan, Ikan, dan Tumbuhan "
                     "Jambi, Roni Hasibuan, menuturkan pada Mei 2025 ada 87 sertifikat yang terbit.\n", "JAMBI - ")
    roni = next(p for p in facts.people if p.name == "Roni Hasibuan")
    assert roni.organization == "Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi"
    assert [p.name for p in facts.people if p.name in ("Duku", "Talang Duku")] == []
    assert who(by_value(facts)["87"]) == ("Roni Hasibuan", "Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi")


def test_a_one_word_name_after_a_title_then_pada_a_place_stays_a_name():
    # 'pada' then no body: the word after the title is his name ('Kepala Seksi X Budi pada Senin')
    facts = facts_of("Kepala Seksi Pelayanan Ekspor Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi Roni pada Senin "
                     "menuturkan ada 87 sertifikat yang terbit pada Mei 2025.\n", "JAMBI - ")
    assert any(p.name == "Roni" for p in facts.people)


LOCAL_HEAD = [
    ("Pemerintah Kabupaten Kerinci memperluas pasar kopi.\n\nKepala dinas setempat menyebut penjualan kopi "
     "sepanjang 2024 mencapai Rp7,2 miliar. \"Bulan lalu saja Rp640 juta,\" ujarnya.\n\nKepala Dinas Perdagangan "
     "Kabupaten Kerinci, Yusnita Rahayu, menjelaskan kurasi produk kini lebih ketat.\n",
     "Yusnita Rahayu", "Dinas Perdagangan Kabupaten Kerinci", ["7200000000", "640000000"]),
    ("Pemerintah Provinsi Jambi mendorong ekspor pinang.\n\nKepala balai setempat menyebut sertifikasi pinang "
     "pada Januari 2025 sebanyak 96 sertifikat.\n\nKepala Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi, Hadi "
     "Purnomo, mengatakan pemeriksaan dilakukan di gudang eksportir.\n",
     "Hadi Purnomo", "Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi", ["96"]),
]


@pytest.mark.parametrize("text,name,office,values", LOCAL_HEAD)
def test_a_local_head_titled_alone_is_the_head_of_that_kind_named_later(text, name, office, values):
    figures = by_value(facts_of(text, "JAMBI - "))
    for value in values:
        assert who(figures[value]) == (name, office), value


def test_a_local_head_is_not_an_official_of_another_kind_named_later():
    # 'Kepala dinas setempat' then the head of a Balai: not the same man
    facts = facts_of("Pemerintah Kabupaten Kerinci memperluas pasar kopi.\n\nKepala dinas setempat menyebut penjualan "
                     "kopi sepanjang 2024 mencapai Rp7,2 miliar.\n\nKepala Balai Karantina Hewan, Ikan, dan Tumbuhan "
                     "Jambi, Hadi Purnomo, mengatakan pemeriksaan dilakukan di gudang eksportir.\n", "JAMBI - ")
    assert by_value(facts)["7200000000"].speaker is None


def test_a_local_head_is_not_a_unit_head_named_later():
    # the head of a unit of the office ('Kepala Bidang ...') is not the head of the office
    facts = facts_of("Pemerintah Kabupaten Kerinci memperluas pasar kopi.\n\nKepala dinas setempat menyebut penjualan "
                     "kopi sepanjang 2024 mencapai Rp7,2 miliar.\n\nKepala Bidang Perdagangan Dinas Perdagangan "
                     "Kabupaten Kerinci, Yusnita Rahayu, menjelaskan kurasi produk kini lebih ketat.\n", "JAMBI - ")
    assert by_value(facts)["7200000000"].speaker is None


def test_the_head_referred_to_by_a_demonstrative_is_the_head_named_in_the_next_quote():
    facts = facts_of("Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi mencatat ekspor pinang hingga akhir Juli 2025 "
                     "mencapai 8.200 ton.\n\nKepala balai itu menjelaskan, pinang Jambi kini masuk ke 7 negara. India "
                     "masih menjadi tujuan utama dengan porsi 58 persen.\n\n\"Pada Juli saja ada 1.040 ton yang kami "
                     "sertifikasi. Itu tertinggi tahun ini,\" ujar Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan "
                     "Jambi, Hadi Purnomo.\n", "JAMBI - ")
    assert who(by_value(facts)["58"]) == ("Hadi Purnomo", "Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi")


def test_the_director_of_a_cv_speaks_for_it():
    facts = facts_of("Dari sisi pelaku usaha, Direktur CV Rotan Jaya Makmur, Anton Siregar, mengaku pengiriman "
                     "perusahaannya tahun ini sudah 48 kontainer. \"Target kami 70 kontainer sampai Desember,\" "
                     "tuturnya.\n", "JAMBI - ")
    anton = next(p for p in facts.people if p.name == "Anton Siregar")
    assert anton.organization == "CV Rotan Jaya Makmur"
    assert who(by_value(facts)["70"]) == ("Anton Siregar", "CV Rotan Jaya Makmur")


def test_cv_alone_in_a_title_names_no_body():
    facts = facts_of("Menurut pemilik CV, Anton Siregar, pengiriman tahun ini sudah 48 kontainer.\n", "JAMBI - ")
    assert all(p.organization is None for p in facts.people if p.name == "Anton Siregar")


def test_quarantine_officers_report_for_the_quarantine_office_the_text_names():
    facts = facts_of("Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai Jambi, Yudi Hartanto, mengatakan ekspor "
                     "pinang pada Mei 2025 mencapai Rp41 miliar.\n\nSementara itu, petugas karantina di pelabuhan itu "
                     "mencatat pengiriman pinang sebanyak 96 kali sepanjang Mei 2025.\n\nBalai Karantina Hewan, Ikan, "
                     "dan Tumbuhan Jambi juga memeriksa kopi.\n", "JAMBI - ")
    assert by_value(facts)["96"].agency == "Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi"


def test_quarantine_officers_with_no_quarantine_office_named_keep_the_briefing():
    facts = facts_of("Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai Jambi, Yudi Hartanto, mengatakan ekspor "
                     "pinang pada Mei 2025 mencapai Rp41 miliar. Menurut dia, petugas karantina mencatat pengiriman "
                     "pinang sebanyak 96 kali sepanjang Mei 2025.\n", "JAMBI - ")
    assert by_value(facts)["96"].agency != "Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi"
