"""Office names as news writes them: the central bank's city offices before 2014 ('Kantor Bank Indonesia
(KBI) X'), its representative offices written with the bank's name first, Jakarta's Suku Dinas (a
province's dinas in an administrative city), a title that joins a unit and its dinas with a hyphen
('Kepala Bidang X-Dinas Y (BX-DY) Z'), and a regency named by a province's name and a compass word.
Every sentence here was written for these tests; the people and figures are invented."""
import pytest

from article_facts import HEADLINE, facts_of_article, LEXICON
from kg.extract import extract
from kg.extract.mentions import find_organizations, find_places
from kg.extract.read import parse_article


def orgs_in(body: str) -> dict[str, str]:
    """Each organisation mention of the body: text as written -> canonical name."""
    return {body[m.start:m.end]: m.name for m in find_organizations(LEXICON, body, find_places(LEXICON, body), None)}


def agencies(body: str, dateline: str = "JAKARTA - ") -> set:
    facts = facts_of_article(body, dateline)
    return {f.agency for f in facts.figures}


def dated_agencies(body: str, published: str, dateline: str = "JAKARTA - ") -> set:
    """The agencies of the figures of an article published on that day."""
    article = parse_article(f"---\npublished: {published}\n---\n{HEADLINE}\n\n{dateline}{body}", lexicon=LEXICON)
    return {f.agency for f in extract(article, LEXICON).figures}


def city_offices(agencies: set) -> set:
    return {a for a in agencies if a and a.startswith("Kantor Bank Indonesia")}


# --- the central bank's city offices before 2014: 'Kantor Bank Indonesia X', 'KBI X' -----------------

@pytest.mark.parametrize("body, name", [
    # the short name in brackets between the name and the city, the office as the subject
    ("Kantor Bank Indonesia (KBI) Kendari memperkirakan ekonomi Sulawesi Tenggara pada triwulan II/2010 "
     "tumbuh 6,1 persen.\n", "Kantor Bank Indonesia Kendari"),
    # the short name alone with the city, in the head's title before his name
    ("Pemimpin KBI Palembang Hadi Susanto mengatakan kredit perbankan Sumatera Selatan pada 2009 tumbuh "
     "14,2 persen.\n", "Kantor Bank Indonesia Palembang"),
    # the name spelt out in the title, the name after a comma
    ("Kepala Kantor Bank Indonesia Medan, Rudi Hartono, menyebutkan inflasi kota itu pada 2011 sebesar "
     "3,5 persen.\n", "Kantor Bank Indonesia Medan"),
])
def test_a_city_office_of_the_central_bank_is_its_own_office(body, name):
    assert dated_agencies(body, "2011-06-20") == {name}


@pytest.mark.parametrize("body, published", [
    # the same titles in texts published after the city offices became representative offices
    ("Pemimpin KBI Palembang Hadi Susanto mengatakan kredit perbankan Sumatera Selatan pada 2019 tumbuh "
     "9,1 persen.\n", "2019-08-02"),
    ("Kantor Bank Indonesia (KBI) Kendari memperkirakan ekonomi Sulawesi Tenggara pada 2022 tumbuh 5,3 "
     "persen.\n", "2022-04-11"),
    # a text with no date: not known to be of that time
    ("Kepala Kantor Bank Indonesia Medan, Rudi Hartono, menyebutkan inflasi kota itu pada 2011 sebesar "
     "3,5 persen.\n", None),
])
def test_a_city_office_is_not_read_in_a_later_or_undated_text(body, published):
    found = dated_agencies(body, published) if published else agencies(body)
    assert not city_offices(found)


@pytest.mark.parametrize("body", [
    # the place where a meeting was held or someone went, not the body that speaks
    "Ditemui di Kantor Bank Indonesia Semarang, Gubernur Jawa Tengah Ahmad Fauzi mengatakan ekonomi "
    "provinsi itu pada 2012 tumbuh 6,3 persen.\n",
    "Para pengusaha batik datang ke Kantor Bank Indonesia Solo. Mereka mengatakan penjualan pada 2012 naik "
    "12 persen.\n",
    "Usai pulang dari Kantor Bank Indonesia Malang, Bupati Rudi Hartono mengatakan ekonomi daerah itu pada "
    "2012 tumbuh 7 persen.\n",
    # the bank's head office is in Jakarta: there was never a city office there
    "Deputi Gubernur BI Hadi Santoso di Kantor Bank Indonesia Jakarta, Kamis, mengatakan kredit pada 2012 "
    "tumbuh 23 persen.\n",
    "Pemimpin KBI Jakarta Hadi Santoso mengatakan kredit pada 2012 tumbuh 23 persen.\n",
])
def test_a_city_office_is_not_a_meeting_place_nor_in_jakarta(body):
    assert not city_offices(dated_agencies(body, "2012-09-14"))
    article = parse_article(f"---\npublished: 2012-09-14\n---\n{HEADLINE}\n\nJAKARTA - {body}", lexicon=LEXICON)
    assert not city_offices({o.name for o in extract(article, LEXICON).organizations})


@pytest.mark.parametrize("body", [
    # a building: lowercase, and no city right after the name
    "Warga antre di kantor Bank Indonesia sejak pagi untuk menukar uang baru.\n",
    "Penukaran uang dibuka di Kantor Bank Indonesia, Jalan Balai Kota, mulai Senin.\n",
    # the national bank, named with no office
    "Bank Indonesia mencatat inflasi nasional pada 2011 sebesar 3,8 persen.\n",
])
def test_the_bank_or_its_building_is_no_city_office(body):
    assert not any(name.startswith("Kantor Bank Indonesia") for name in orgs_in(body).values())


@pytest.mark.parametrize("body, name", [
    ("Kepala Perwakilan Bank Indonesia Sulawesi Tengah, Rina Lestari, mengatakan ekonomi provinsi itu pada "
     "2023 tumbuh 5,2 persen.\n", "Kantor Perwakilan Bank Indonesia Provinsi Sulawesi Tengah"),
    ("Bank Indonesia Perwakilan Kepri mencatat ekonomi Kepulauan Riau pada 2023 tumbuh 5,1 persen.\n",
     "Kantor Perwakilan Bank Indonesia Provinsi Kepulauan Riau"),
    ("Kepala Kantor Perwakilan Bank Indonesia (KPBI) Balikpapan, Budi Santoso, mengatakan inflasi kota itu "
     "pada 2019 sebesar 2,4 persen.\n", "Kantor Perwakilan Bank Indonesia Kota Balikpapan"),
])
def test_the_representative_office_is_read_in_its_other_spellings(body, name):
    assert agencies(body) == {name}


# --- Jakarta's Suku Dinas -----------------------------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    # written out, the head's title before the name
    ("Kepala Suku Dinas Sosial Jakarta Selatan, Dewi Anggraini, mengatakan penyaluran bantuan sosial pada "
     "2022 mencapai Rp 12 miliar.\n", "Suku Dinas Sosial Kota Administrasi Jakarta Selatan"),
    # its short name 'Sudin' with the dinas' short name, the office as the subject
    ("Sudin PPKUKM Jakarta Barat mencatat 3.400 pelaku usaha mikro terdaftar pada 2021.\n",
     "Suku Dinas Perindustrian, Perdagangan, Koperasi dan Usaha Kecil dan Menengah Kota Administrasi Jakarta Barat"),
    # the dinas' name spelt out with its short name in brackets
    ("Kepala Suku Dinas Koperasi Usaha Mikro Kecil Menengah dan Perdagangan (KUMKMP) Jakarta Timur, Agus "
     "Salim, mengatakan sepanjang 2019 ada 5.100 pelaku UMKM yang mendaftar.\n",
     "Suku Dinas Koperasi, Usaha Mikro, Kecil, dan Menengah serta Perdagangan Kota Administrasi Jakarta Timur"),
    # the administrative regency
    ("Suku Dinas Kelautan dan Perikanan Kepulauan Seribu mencatat produksi ikan pada 2020 mencapai 900 ton.\n",
     "Suku Dinas Kelautan dan Perikanan Kabupaten Administrasi Kepulauan Seribu"),
])
def test_a_dinas_of_a_jakarta_city_is_the_provinces_suku_dinas(body, name):
    assert agencies(body) == {name}


@pytest.mark.parametrize("body, written, name", [
    # the region's administrative kind written out
    ("Suku Dinas Sosial Kota Administrasi Jakarta Timur mencatat bantuan naik.",
     "Suku Dinas Sosial Kota Administrasi Jakarta Timur", "Suku Dinas Sosial Kota Administrasi Jakarta Timur"),
    ("Dinas Sosial Kabupaten Administrasi Kepulauan Seribu mencatat bantuan naik.",
     "Dinas Sosial Kabupaten Administrasi Kepulauan Seribu",
     "Suku Dinas Sosial Kabupaten Administrasi Kepulauan Seribu"),
    # another office of such a city: its region is the city
    ("BPS Kota Administrasi Jakarta Utara mencatat inflasi naik.", "BPS Kota Administrasi Jakarta Utara",
     "Badan Pusat Statistik Kota Jakarta Utara"),
])
def test_a_region_written_with_its_administrative_kind_is_the_city(body, written, name):
    assert orgs_in(body).get(written) == name


def test_the_branch_word_is_part_of_the_office_as_written():
    found = orgs_in("Kepala Suku Dinas Sosial Jakarta Utara, Dewi Anggraini, mengatakan bantuan naik.")
    assert found.get("Suku Dinas Sosial Jakarta Utara") == "Suku Dinas Sosial Kota Administrasi Jakarta Utara"


@pytest.mark.parametrize("body, name", [
    # the province's own dinas
    ("Kepala Dinas Sosial DKI Jakarta, Dewi Anggraini, mengatakan pada 2022 ada 9.000 warga yang menerima "
     "bantuan.\n", "Dinas Sosial Provinsi DKI Jakarta"),
    # an autonomous city next to Jakarta has its own dinas
    ("Kepala Dinas Sosial Kota Bekasi, Dewi Anggraini, mengatakan pada 2022 ada 1.300 warga yang menerima "
     "bantuan.\n", "Dinas Sosial Kota Bekasi"),
    # 'suku' as a people, before a dinas outside Jakarta
    ("Warga suku Baduy dibantu Dinas Sosial Kota Bekasi. Dinas itu mencatat 300 keluarga menerima bantuan "
     "pada 2022.\n", "Dinas Sosial Kota Bekasi"),
])
def test_a_dinas_elsewhere_is_no_suku_dinas(body, name):
    assert agencies(body) <= {name, None} and name in {n for n in orgs_in(body).values()}


@pytest.mark.parametrize("body", [
    # 'suku' as a people, a word before the dinas of a Jakarta city, or lowercase before a comma or a colon
    "Selain warga suku Betawi, Dinas Sosial Jakarta Utara mencatat 300 keluarga pendatang menerima bantuan.",
    "Menurut tetua suku, Dinas Sosial Jakarta Utara mencatat 300 keluarga menerima bantuan.",
    "Data bantuan dihimpun per suku: Dinas Sosial Jakarta Utara mencatat 300 keluarga Betawi menerima bantuan.",
])
def test_a_people_called_suku_is_not_the_branch_word(body):
    found = orgs_in(body)
    assert found.get("Dinas Sosial Jakarta Utara") == "Suku Dinas Sosial Kota Administrasi Jakarta Utara"
    assert not any(written.lower().startswith("suku") for written in found)


# --- a title joining a unit and its dinas with a hyphen ------------------------------------------------

@pytest.mark.parametrize("body, name, speaker", [
    ("Kepala Bidang Perdagangan Luar Negeri-Dinas Perindustrian dan Perdagangan (PLN-Disperindag) "
     "Gorontalo Rahmat Hidayat mengatakan, nilai ekspor Agustus 2019 mencapai USD 4,5 juta.\n",
     "Dinas Perindustrian dan Perdagangan Provinsi Gorontalo", "Rahmat Hidayat"),
    ("Kepala Seksi Ekspor-Dinas Perindustrian, Perdagangan dan Koperasi (Ekspor-Disperindagkop) Kaltim Sri "
     "Wahyuni mengatakan, ekspor Kalimantan Timur pada Mei 2020 mencapai USD 12 juta.\n",
     "Dinas Perindustrian, Perdagangan dan Koperasi Provinsi Kalimantan Timur", "Sri Wahyuni"),
    ("Kepala Bidang Pemasaran-Dinas Perikanan dan Kelautan (Pemasaran-Diskanla) Maluku, Yusuf Latuconsina, "
     "menyebut ekspor ikan Maluku pada 2021 mencapai 8.000 ton.\n",
     "Dinas Perikanan dan Kelautan Provinsi Maluku", "Yusuf Latuconsina"),
])
def test_a_unit_hyphenated_to_its_dinas_names_the_dinas(body, name, speaker):
    facts = facts_of_article(body, "MANADO - ")
    assert {(f.agency, f.speaker.name if f.speaker else None) for f in facts.figures} == {(name, speaker)}


@pytest.mark.parametrize("body, name, speaker", [
    # the dinas' short name glued to the unit's by a hyphen, no brackets
    ("Kabid Ekspim-Disperindag Sulut, Rahmat Hidayat, mengatakan ekspor Sulawesi Utara pada Juni 2018 mencapai "
     "USD 90 juta.\n", "Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Utara", "Rahmat Hidayat"),
    ("Kepala Bidang Perdagangan Luar Negeri-Disperindag Kaltim Sri Wahyuni mengatakan ekspor Kalimantan Timur "
     "pada Mei 2020 mencapai USD 12 juta.\n", "Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Timur",
     "Sri Wahyuni"),
])
def test_a_dinas_short_name_glued_to_a_unit_names_the_dinas(body, name, speaker):
    facts = facts_of_article(body, "MANADO - ")
    assert {(f.agency, f.speaker.name if f.speaker else None) for f in facts.figures} == {(name, speaker)}


def test_a_place_joined_by_a_hyphen_is_no_body():
    # 'Soekarno-Hatta': a hyphen inside a name, no body's name after it
    found = orgs_in("Pemeriksaan di Bandara Soekarno-Hatta naik pada Mei 2020.")
    assert found == {}


@pytest.mark.parametrize("body", [
    # an office's short name after a hyphen with no region after it: the national body in a pair
    "Kolaborasi DJP-Bea Cukai sepanjang 2021 menambah penerimaan negara Rp 3 triliun, ujar Dirjen Bea Cukai "
    "Hendra Wijaya.\n",
    "Operasi gabungan Polri-Bea Cukai pada 2021 menggagalkan penyelundupan senilai Rp 40 miliar, kata Dirjen "
    "Bea Cukai Hendra Wijaya.\n",
    "Menurut Dirjen Bea Cukai Hendra Wijaya, patroli TNI AL-Bea Cukai pada 2021 menyita barang senilai Rp 7 "
    "miliar.\n",
])
def test_an_office_name_after_a_hyphen_with_no_region_is_no_office(body):
    assert agencies(body) == {"Direktorat Jenderal Bea dan Cukai"}
    assert not any(name.startswith("Kantor Pengawasan") for name in orgs_in(body).values())


@pytest.mark.parametrize("body, name, speaker", [
    # the hyphenated short name in brackets after a unit with no body's name: the dinas after the hyphen,
    # its region after the bracket, as after a short name of its own ('(Disdag) Kaltim')
    ("Kepala Bidang Perdagangan Dalam Negeri (PDN-Disperindag) Sulsel, Andi Makmur, mengatakan ekspor "
     "Sulawesi Selatan pada 2021 naik 6 persen.\n", "Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Selatan",
     "Andi Makmur"),
    ("Kepala Seksi Pemasaran (Pemasaran-Disdag) Kaltim Sri Wahyuni mengatakan ekspor Kalimantan Timur pada "
     "2021 mencapai USD 30 juta.\n", "Dinas Perdagangan Provinsi Kalimantan Timur", "Sri Wahyuni"),
])
def test_a_hyphenated_short_name_in_brackets_reaches_its_region(body, name, speaker):
    facts = facts_of_article(body, "MAKASSAR - ")
    assert {(f.agency, f.speaker.name if f.speaker else None) for f in facts.figures} == {(name, speaker)}


def test_a_hyphenated_pair_in_brackets_after_no_body_names_none():
    found = orgs_in("Harga kopi (Robusta-Arabika) Lampung naik pada Mei 2020.")
    assert found == {}


# --- a province's name and a compass word: a regency ---------------------------------------------------

@pytest.mark.parametrize("body, name", [
    # a kind of dinas the lexicon does not list, found by its shape
    ("Kepala Dinas Pangan Hortikultura dan Peternakan Bengkulu Selatan, Budi Santoso, mengatakan.",
     "Dinas Pangan Hortikultura dan Peternakan Kabupaten Bengkulu Selatan"),
    ("Dinas Pertanian Pangan dan Perikanan (DP3) Maluku Tengah mencatat panen naik.",
     "Dinas Pertanian Pangan dan Perikanan Kabupaten Maluku Tengah"),
])
def test_a_province_name_and_a_compass_word_is_the_regency(body, name):
    assert name in orgs_in(body).values()


@pytest.mark.parametrize("body, name", [
    # a province whose own name holds the compass word
    ("Dinas Pertanian (Distan) Papua Barat mencatat panen naik.", "Dinas Pertanian Provinsi Papua Barat"),
    # the province, then a person's name
    ("Kepala Dinas Perdagangan (Disdag) Bengkulu Budi Santoso mengatakan ekspor naik.",
     "Dinas Perdagangan Provinsi Bengkulu"),
])
def test_a_province_alone_stays_the_province(body, name):
    assert name in orgs_in(body).values()


# --- tax, customs and logistics offices as written: area pairs, lowercase grades, a city's spellings ---

@pytest.mark.parametrize("body, written, name", [
    # the tax office of two provinces, written out with its short names in brackets
    ("Kantor Wilayah (Kanwil) Direktorat Jenderal Pajak (DJP) Bengkulu dan Lampung mencatat penerimaan naik.",
     "Kantor Wilayah (Kanwil) Direktorat Jenderal Pajak (DJP) Bengkulu dan Lampung",
     "Kantor Wilayah Direktorat Jenderal Pajak Bengkulu dan Lampung"),
    # the directorate general with a province's short name is its regional office
    ("Kepala DJP Kalsel, Hendra Wijaya, mengatakan penerimaan naik.", "DJP Kalsel",
     "Kantor Wilayah Direktorat Jenderal Pajak Kalimantan Selatan"),
    ("Kepala Kanwil Ditjen Pajak Jawa Timur II, Hendra Wijaya, mengatakan penerimaan naik.",
     "Kanwil Ditjen Pajak Jawa Timur II", "Kantor Wilayah Direktorat Jenderal Pajak Jawa Timur II"),
    # a customs office's grade in lowercase, the office spelt with 'Bea Cukai'
    ("Kantor Pengawasan dan Pelayanan Bea Cukai (KPPBC) tipe Madya Pabean Tanjung Emas mencatat ekspor naik.",
     "Kantor Pengawasan dan Pelayanan Bea Cukai (KPPBC) tipe Madya Pabean Tanjung Emas",
     "Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean Tanjung Emas"),
    ("Kepala Bea Cukai tipe Madya Pabean C Bitung, Rudi Hartono, mengatakan ekspor naik.",
     "Bea Cukai tipe Madya Pabean C Bitung", "Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean C Bitung"),
    # a city spelt as one word or two
    ("Perum Bulog Kantor Cabang Baubau mencatat stok beras cukup.", "Perum Bulog Kantor Cabang Baubau",
     "Perum Bulog Kantor Cabang Baubau"),
    ("Perum Bulog Cabang Bau-Bau mencatat stok beras cukup.", "Perum Bulog Cabang Bau-Bau",
     "Perum Bulog Kantor Cabang Baubau"),
])
def test_an_office_is_named_with_its_area_grade_and_seat_as_written(body, written, name):
    assert orgs_in(body).get(written) == name


@pytest.mark.parametrize("body, written, name", [
    # the provinces named after the verb: the national body
    ("Direktorat Jenderal Pajak mencatat penerimaan Bengkulu dan Lampung naik.", "Direktorat Jenderal Pajak",
     "Direktorat Jenderal Pajak"),
    # two offices, each of one province
    ("Kanwil DJP Bengkulu dan Kanwil DJP Lampung mencatat penerimaan naik.", "Kanwil DJP Bengkulu",
     "Kantor Wilayah Direktorat Jenderal Pajak Bengkulu"),
])
def test_a_pair_of_provinces_not_right_after_one_office_is_no_area(body, written, name):
    assert orgs_in(body).get(written) == name


# --- the quarantine offices before 2023, named by a seat the gazetteer may lack -----------------------

@pytest.mark.parametrize("body, written, name", [
    ("Kepala Balai Besar Karantina Pertanian Belawan, Sri Wahyuni, mengatakan ekspor naik.",
     "Balai Besar Karantina Pertanian Belawan", "Balai Besar Karantina Pertanian Belawan"),
    ("Kepala BBKP Belawan, Sri Wahyuni, mengatakan ekspor naik.", "BBKP Belawan", "Balai Besar Karantina Pertanian Belawan"),
    ("Karantina Pertanian Sampit mencatat ekspor sarang walet naik.", "Karantina Pertanian Sampit",
     "Karantina Pertanian Sampit"),
    ("Kepala SKIPM Luwuk, Sri Wahyuni, mengatakan ekspor ikan naik.", "SKIPM Luwuk",
     "Stasiun Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Luwuk"),
])
def test_a_quarantine_office_is_named_by_its_seat(body, written, name):
    assert orgs_in(body).get(written) == name


@pytest.mark.parametrize("body, written", [
    # the head's one-word name, who speaks later in the text
    ("Kepala Karantina Pertanian Rudi, mengatakan ekspor naik. Rudi menambahkan pemeriksaan diperketat.",
     "Karantina Pertanian"),
    # the head's full name
    ("Kepala Balai Karantina Pertanian Rudi Hartono mengatakan ekspor naik.", "Balai Karantina Pertanian"),
])
def test_a_heads_name_after_the_kind_is_no_seat(body, written):
    assert orgs_in(body).get(written) == written
