"""Organisations beyond the statistics office: regional bodies found by their shape and named in
the canonical long form (acronyms written out, the region as written), the offices of national
bodies (quarantine, customs) with their grade and number, a region's government named by its
head's title, and the credit a figure then gets. Every sentence here was written for these tests;
the bodies and people are invented or generic."""
import re

import pytest

from article_facts import facts_of_article, LEXICON
from kg.extract.mentions import (expand_acronyms, find_organizations, find_places, one_edit_apart, respelled,
                                 respelled_in_place)


def orgs_in(body: str, dateline: str | None = None) -> dict[str, str]:
    """Each organisation mention of the body: text as written -> canonical name."""
    places = find_places(LEXICON, body)
    return {body[m.start:m.end]: m.name for m in find_organizations(LEXICON, body, places, dateline)}


def facts_of(body: str, dateline: str = "SEMARANG - "):
    return facts_of_article(body, dateline)


def test_acronyms_inside_a_name_are_written_out_from_the_data_list():
    assert expand_acronyms(LEXICON, "Dinas Koperasi dan UKM") == "Dinas Koperasi dan Usaha Kecil dan Menengah"
    assert expand_acronyms(LEXICON, "Dinas Tenaga Kerja") == "Dinas Tenaga Kerja"  # nothing to expand


def test_an_investment_office_written_with_two_short_forms_gets_its_full_name():
    # 'PM' (Penanaman Modal) is written out as well as 'PTSP', not left half short
    assert expand_acronyms(LEXICON, "Dinas PM dan PTSP") == "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"
    facts = facts_of("Kepala Dinas PM dan PTSP Jawa Tengah, Budi Hartono, mengatakan realisasi investasi "
                     "triwulan III 2019 mencapai Rp 10 triliun.\n")
    (figure,) = facts.figures
    assert figure.agency == "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jawa Tengah"


@pytest.mark.parametrize("sentence, written, name", [
    # a field list the lexicon does not hold, no comma anywhere, 'Kab' without its dot
    ("Kepala Dinas Pangan Hortikultura dan Peternakan Kab Sragen Rina Lestari mengatakan panen naik.",
     "Dinas Pangan Hortikultura dan Peternakan Kab Sragen",
     "Dinas Pangan Hortikultura dan Peternakan Kabupaten Sragen"),
    # an acronym inside an unknown body's name, a city that stays a city
    ("Dinas Pariwisata dan UKM Kota Magelang mencatat kunjungan naik.",
     "Dinas Pariwisata dan UKM Kota Magelang", "Dinas Pariwisata dan Usaha Kecil dan Menengah Kota Magelang"),
    # a station, named by its place alone
    ("Stasiun Pemantau Cuaca Maritim Tarakan merilis data gelombang.",
     "Stasiun Pemantau Cuaca Maritim Tarakan", "Stasiun Pemantau Cuaca Maritim Tarakan"),
])
def test_a_regional_body_the_lexicon_does_not_list_is_found_whole(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


def test_a_known_kind_written_without_commas_gets_its_listed_name():
    found = orgs_in("Dinas Perdagangan Koperasi dan UKM Kabupaten Wonogiri membuka klinik ekspor.")
    assert found == {"Dinas Perdagangan Koperasi dan UKM Kabupaten Wonogiri":
                     "Dinas Perdagangan, Koperasi dan Usaha Kecil dan Menengah Kabupaten Wonogiri"}


def test_a_short_title_holding_the_head_word_names_the_body():
    found = orgs_in("Kadis Perindustrian dan Perdagangan Sulteng Hendra Gunawan meninjau pabrik.")
    assert "Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah" in found.values()


def test_a_body_with_its_short_name_takes_the_city_the_text_names_and_its_short_name_later():
    body = ("Ekspor kerajinan Kota Pekalongan naik tahun ini. Dinas Perdagangan Koperasi dan UKM (Dagkopum) "
            "menyebut 12 perusahaan melapor. Dagkopum akan mendata perusahaan lain.")
    found = orgs_in(body)
    name = "Dinas Perdagangan, Koperasi dan Usaha Kecil dan Menengah Kota Pekalongan"
    assert found["Dinas Perdagangan Koperasi dan UKM (Dagkopum)"] == name
    assert found["Dagkopum"] == name  # named again by its short name, same body, same city


def test_a_short_name_after_a_body_that_may_be_national_guesses_no_region():
    found = orgs_in("Badan Riset Tanaman Obat (BRTO) menyebut permintaan naik.", dateline="Semarang")
    assert not any("Provinsi" in name or "Kota" in name for name in found.values())


def test_a_short_name_in_brackets_that_goes_on_is_not_the_end_of_a_body():
    # 'Kantor Wilayah (Kanwil) Direktorat ...': the bracket is inside the name, no body ends there
    found = orgs_in("Kepala Kantor Wilayah (Kanwil) Direktorat Jenderal Contoh Sulawesi Bagian Tengah hadir.")
    assert not any(name.startswith("Kantor Wilayah Kabupaten") or name.startswith("Kantor Wilayah Provinsi")
                   for name in found.values())


def test_the_same_body_written_with_its_fields_in_another_order_takes_the_listed_name():
    body = ("Kabid Perdagangan Dinas Perdagangan dan Industri Kab Wonosobo, Yudi Prasetyo, hadir. "
            "Data Disperindag Kab Wonosobo menunjukkan ekspor naik.")
    names = set(orgs_in(body).values())
    assert names == {"Dinas Perindustrian dan Perdagangan Kabupaten Wonosobo"}


def test_office_of_a_national_body_named_by_its_building():
    found = orgs_in("Rilis itu dibacakan di Kantor BPS Jateng, Jalan Pahlawan.")
    assert found.get("Kantor BPS Jateng") == "Badan Pusat Statistik Provinsi Jawa Tengah"


@pytest.mark.parametrize("sentence, written, name", [
    ("Karantina Pertanian Pontianak memeriksa 20 ton lada.", "Karantina Pertanian Pontianak",
     "Karantina Pertanian Pontianak"),
    ("Kepala Balai Karantina Pertanian Kelas II Cilacap Yoga Pratama melepas ekspor.",
     "Balai Karantina Pertanian Kelas II Cilacap", "Balai Karantina Pertanian Kelas II Cilacap"),
    ("BKIPM Mataram mencatat ekspor lobster naik.", "BKIPM Mataram",
     "Balai Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Mataram"),
    ("Kepala Balai Besar KIPM Makassar II, Dewi Anggraini, melepas ekspor.", "Balai Besar KIPM Makassar II",
     "Balai Besar Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Makassar II"),
    ("Kepala SKIPM Kupang 2 Adi Nugroho mengatakan ekspor naik.", "SKIPM Kupang 2",
     "Stasiun Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Kupang 2"),
])
def test_quarantine_offices_are_named_as_written_with_grade_and_number(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


def test_a_bracketed_short_name_says_which_kind_of_office_a_misspelt_name_is():
    found = orgs_in("Stasiun Karantina Ikan, Pengendalian Mutu dan Keamnan Hasil Perikanan (SKIPM) Ambon mencatat "
                    "ekspor tuna.")
    assert "Stasiun Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Ambon" in found.values()


def test_karantina_alone_is_an_office_only_with_its_place():
    found = orgs_in("Petugas memeriksa media pembawa Karantina Hewan dan Karantina Tumbuhan di gudang.")
    assert not any("Karantina" in name for name in found.values())


@pytest.mark.parametrize("sentence, written, name", [
    ("Kepala KPPBC TMP B Cilacap, Arif Setiawan, mengatakan ekspor naik.", "KPPBC TMP B Cilacap",
     "Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean B Cilacap"),
    ("Bea Cukai Batam mencatat ekspor naik.", "Bea Cukai Batam", "Kantor Pengawasan dan Pelayanan Bea dan Cukai Batam"),
])
def test_customs_offices_keep_their_type_and_a_city_has_its_own_office(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


@pytest.mark.parametrize("sentence, written, name", [
    ("Bupati Wonogiri Hadi Santoso membuka pameran.", "Bupati Wonogiri", "Pemerintah Kabupaten Wonogiri"),
    ("Wali Kota Balikpapan Yusuf Hamdani meninjau pelabuhan.", "Wali Kota Balikpapan", "Pemerintah Kota Balikpapan"),
    ("Wakil Gubernur Jambi Ratna Sari hadir.", "Wakil Gubernur Jambi", "Pemerintah Provinsi Jambi"),
])
def test_a_regional_heads_title_names_the_regions_government(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


def test_a_decree_type_or_a_national_title_is_no_regional_government():
    found = orgs_in("Keputusan Gubernur Jambi tentang tim ekspor terbit. Gubernur Bank Indonesia hadir.")
    assert not any(name.startswith("Pemerintah") for name in found.values())


def test_a_bare_city_name_after_kota_x_stays_that_city():
    body = "Ekspor Kota Pekalongan naik. Rapat di Pekalongan dihadiri Dinas Perdagangan."
    assert orgs_in(body).get("Dinas Perdagangan") == "Dinas Perdagangan Kota Pekalongan"


def test_figures_of_a_heads_briefing_carry_the_office_he_heads():
    facts = facts_of("Kepala Dinas Kelautan dan Perikanan Kab Sragen, Rina Lestari, mengatakan ekspor ikan "
                     "pada 2023 mencapai 120 ton.\n")
    (figure,) = [f for f in facts.figures if f.unit == "ton"]
    assert figure.agency == "Dinas Kelautan dan Perikanan Kabupaten Sragen"
    assert figure.speaker.name == "Rina Lestari"


def test_a_ministry_acting_through_its_office_credits_the_office():
    facts = facts_of("Kementerian Pertanian melalui Karantina Pertanian Pontianak memfasilitasi ekspor 30 ton "
                     "lada ke Vietnam pada 2022.\n")
    (figure,) = [f for f in facts.figures if f.unit == "ton"]
    assert figure.agency == "Karantina Pertanian Pontianak"


@pytest.mark.parametrize("sentence, written, name", [
    ("Kajati Sulteng Andi Prasetyo menghadiri pelepasan ekspor.", "Kajati Sulteng", "Kejaksaan Tinggi Sulawesi Tengah"),
    ("Kadisperindag Jateng Lina Marlina mengatakan ekspor naik.", "Kadisperindag Jateng",
     "Dinas Perindustrian dan Perdagangan Provinsi Jawa Tengah"),
])
def test_a_heads_one_word_title_with_a_place_names_the_office_and_is_the_persons_role(sentence, written, name):
    assert orgs_in(sentence).get(written) == name
    (person,) = facts_of(sentence).people
    assert person.organization == name and person.role == written


def test_a_heads_one_word_title_without_a_place_names_no_office():
    assert orgs_in("Kadisperindag yang baru dilantik pekan lalu.") == {}


def test_a_cooperatives_own_name_is_found_but_not_inside_another_bodys_name():
    found = orgs_in("Pengirimnya PT Sinar Jaya, Koperasi Tani Harapan Baru, dan Koperasi Nelayan Bahari dengan "
                    "produk ikan. Menteri Koperasi dan UKM hadir.")
    assert found.get("Koperasi Tani Harapan Baru") == "Koperasi Tani Harapan Baru"
    assert found.get("Koperasi Nelayan Bahari") == "Koperasi Nelayan Bahari"
    assert "Koperasi dan UKM" not in found  # part of the minister's title, no cooperative


def test_a_technical_unit_is_named_with_its_short_head_written_out():
    found = orgs_in("Kepala UPT Uji Mutu Hasil Hutan (UMHH) Samarinda, Dodi Kurnia, mengatakan.")
    assert "Unit Pelaksana Teknis Uji Mutu Hasil Hutan Samarinda" in found.values()


def test_a_word_of_a_place_starts_no_body_and_a_known_short_name_fixes_a_misspelt_one():
    assert orgs_in("Ekspor ke Amerika Serikat, Kanada dan Meksiko naik tahun ini.") == {}
    found = orgs_in("Lomba itu digagas Dewan Kerajinan Nasinal (Dekranas) di Bandung.")
    assert set(found.values()) == {"Dewan Kerajinan Nasional"}


def test_a_bodys_office_building_is_that_body():
    assert orgs_in("Layanan konsultasi dibuka di Kantor Disdagperin Kalteng.").get("Kantor Disdagperin Kalteng") == \
        "Dinas Perdagangan dan Perindustrian Provinsi Kalimantan Tengah"
    found = orgs_in("Rilis dibacakan di Kantor BPS Jalan Merdeka, Pekanbaru.")
    assert not any(name.startswith("Kantor") for name in found.values())


def test_an_office_at_a_place_the_gazetteer_lacks_is_that_office_and_its_head_is_the_name_after_the_comma():
    body = ("Balai Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan (BKIPM) Lorosae mencatat ekspor "
            "ikan pada 2022 sebanyak 410 ton.\n\n"
            "\"Kami sudah menerbitkan 310 sertifikat,\" kata Kepala BKIPM Lorosae, Dodi Harsono Wibowo, Senin (4/3).\n")
    facts = facts_of(body)
    office = "Balai Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Lorosae"
    by_unit = {f.unit: f for f in facts.figures}
    assert by_unit["ton"].agency == office
    assert by_unit["sertifikat"].agency == office
    assert by_unit["sertifikat"].speaker.name == "Dodi Harsono Wibowo"
    (quote,) = facts.quotes
    assert quote.speaker.name == "Dodi Harsono Wibowo"


def test_a_word_after_a_national_body_that_is_no_place_makes_no_office():
    found = orgs_in("Kepala BKIPM Maret lalu mengatakan ekspor naik.")
    assert found.get("Kepala BKIPM") == "Badan Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan"


def test_an_office_at_an_airport_the_article_names_ends_at_the_airport_and_the_head_is_the_name_after_it():
    body = ("Komoditas pertanian yang dikirim lewat Bandara Raden Intan Jaya terus bertambah.\n\n"
            "Kepala Karantina Pertanian Raden Intan Jaya Surya Darmawan mengatakan, ekspor manggis pada "
            "Januari 2021 sebanyak 14,5 ton.\n")
    facts = facts_of(body, dateline="TANGERANG - ")
    (figure,) = [f for f in facts.figures if f.unit == "ton"]
    assert figure.agency == "Karantina Pertanian Raden Intan Jaya"
    assert figure.speaker.name == "Surya Darmawan"


def test_a_hyphenated_airport_name_is_the_same_place_written_with_a_space():
    found = orgs_in("Ekspor lewat Bandara Raden-Intan naik. Karantina Pertanian Raden Intan mencatat 20 ton.")
    assert found["Karantina Pertanian Raden Intan"] == "Karantina Pertanian Raden Intan"


@pytest.mark.parametrize("sentence, written, name", [
    ("BKIPM Kendari 2 kembali melepas ekspor ikan.", "BKIPM Kendari 2",
     "Balai Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Kendari 2"),
    ("BKIPM Kendari 2 mengekspor 30 ton ikan.", "BKIPM Kendari 2",
     "Balai Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Kendari 2"),
    # a count after the place is no office number
    ("BKIPM Kendari 2 kali melepas ekspor.", "BKIPM Kendari",
     "Balai Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Kendari"),
])
def test_an_offices_number_is_kept_before_a_verb_but_not_before_a_counted_noun(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


def test_figures_of_a_numbered_office_doing_the_exporting_carry_that_office():
    facts = facts_of("BKIPM Kendari 2 mengekspor ikan sebanyak 1.150 ton pada Maret 2021.\n")
    (figure,) = [f for f in facts.figures if f.unit == "ton"]
    assert figure.agency == "Balai Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Kendari 2"


@pytest.mark.parametrize("a, b, near", [
    ("pengelolan", "pengelolaan", True),     # a letter dropped
    ("perdagagnan", "perdagangan", True),    # two letters swapped
    ("perkebunan", "perkebunen", True),      # a letter changed
    ("perikanan", "perikanan", False),       # the same word is no edit
    ("pertanian", "perhubungan", False),
])
def test_one_edit_apart(a, b, near):
    assert one_edit_apart(a, b) is near


def test_a_misspelt_field_word_of_a_body_is_read_as_the_listed_word():
    assert respelled(LEXICON, "Dinas Perdagangan dan Pengelolan Pasar") == "Dinas Perdagangan dan Pengelolaan Pasar"
    assert respelled(LEXICON, "Dinas Perikanan dan Kelautn") == "Dinas Perikanan dan Kelautan"
    assert respelled(LEXICON, "Dinas Pangn") == "Dinas Pangn"  # too short to correct
    assert respelled(LEXICON, "Balai Karantina Tarakan") == "Balai Karantina Tarakan"  # places are left alone


def test_a_field_word_with_a_syllable_dropped_is_read_as_the_listed_word():
    # two neighbouring letters lost ('Perdangan'), the word's head and tail kept: that word
    assert respelled(LEXICON, "Dinas Perdangan dan Industri") == "Dinas Perdagangan dan Industri"
    assert respelled(LEXICON, "Dinas Pertaniaan") == "Dinas Pertanian"  # one letter still goes first
    # head or tail lost is another word, not a slip; short words are never corrected
    assert respelled(LEXICON, "Dinas Perdagan dan Industri") == "Dinas Perdagan dan Industri"
    found = orgs_in("Kepala Dinas Perdangan dan Pariwisata Kabupaten Sleman, Wahyu Pratama, menyebut ekspor naik.")
    assert "Dinas Perdagangan dan Pariwisata Kabupaten Sleman" in found.values()


def test_a_listed_body_named_with_a_word_one_letter_off_is_that_body():
    # 'Statistuk': one letter from a field word of a listed body's name, the rest of the name as listed
    found = orgs_in("Kepala Badan Pusat Statistuk Provinsi Bali, Made Wirawan, menyebut ekspor naik.")
    assert "Badan Pusat Statistik Provinsi Bali" in found.values()
    facts = facts_of("Kepala Badan Pusat Statiatik Jateng, Rudi Hartono, mengatakan ekspor Jawa Tengah pada "
                     "Mei 2021 mencapai US$ 810,2 juta.\n")
    (figure,) = facts.figures
    assert figure.agency == "Badan Pusat Statistik Provinsi Jawa Tengah"
    found = orgs_in("Pejabat Kementerian Perdagangsn hadir dalam pameran kopi itu.")
    assert "Kementerian Perdagangan" in found.values()
    # a word one letter off that makes no listed name with its neighbours names no body
    found = orgs_in("Ketua Forum Statistuk Nelayan, Made Wirawan, menyebut ekspor naik.")
    assert not any("Statistik" in name for name in found.values())


LISTED_ONE_WORD_NAMES = {"Gabungan Industri Kendaraan Bermotor Indonesia", "Asosiasi Industri Permebelan dan Kerajinan "
                         "Indonesia", "Asosiasi Pengusaha Ritel Indonesia", "Kementerian Pemuda dan Olahraga",
                         "PT Waskita Karya (Persero) Tbk", "PT Pertamina (Persero)"}


@pytest.mark.parametrize("text", [
    # a body's own name and the short name it defines in brackets, one letter from a listed short name
    "Ketua Umum Gabungan Perusahaan Karet Indonesia (Gapkindo) Rudi Santoso mengatakan ekspor karet turun.",
    "Ketua Askindo Rudi Santoso mengatakan ekspor kakao pada 2023 mencapai 320 ribu ton.",
    "Ketua Umum Apkindo Rudi Santoso mengatakan ekspor kayu lapis naik.",
    "Menurut Kemenpera, kebutuhan rumah pada 2023 mencapai 12,7 juta unit.",
    # a person's name and a kiosk's name one letter from a company's listed name
    "Pengusaha Waskito Hadi mengatakan omzet usahanya pada 2023 naik menjadi Rp 5 miliar.",
    "Penjualan BBM lewat Pertamini di Jawa Timur pada 2023 mencapai 150 ribu kiloliter.",
])
def test_a_word_one_letter_from_a_listed_short_name_or_a_name_word_is_not_respelt(text):
    # only common field words of names of two words or more are respelt ('Statistik', 'Perdagangan'):
    # a different body's short name, a person's name or a brand stays as written
    assert not LISTED_ONE_WORD_NAMES & set(orgs_in(text).values())
    assert respelled_in_place(LEXICON, text)[1] == []


def test_a_field_word_one_letter_off_is_not_respelt_in_brackets_or_after_a_title():
    assert respelled_in_place(LEXICON, "Dinas Pertaniam Kota Batu")[1] != []  # the field word, respelt
    # the text defines it in brackets: its own short name, whatever it is one letter from
    assert respelled_in_place(LEXICON, "Forum Pertaniam (Pertaniam) Kota Batu")[1] == []
    # in a person's name's place, after a title or an address form
    assert respelled_in_place(LEXICON, "kata Pak Pertaniam Siregar di Kota Batu")[1] == []


def test_a_body_named_by_its_regency_alone_takes_the_regency_qualifier_and_the_corrected_spelling():
    found = orgs_in("Kepala Dinas Pertanian dan Pengelolan Pasar Kotabaru, Rahmat, mengatakan harga naik.")
    assert "Dinas Pertanian dan Pengelolaan Pasar Kabupaten Kotabaru" in found.values()


def test_a_word_the_text_has_speak_is_a_person_not_the_place_of_an_office():
    # 'Bea dan Cukai Budiantoro': an office named by a place the gazetteer lacks would take the
    # next capitalised word as its place; the text has Budiantoro speak, so he is a person
    found = orgs_in("Pejabat Bea dan Cukai Budiantoro menyebut penerimaan naik. Budiantoro mengatakan target tercapai.")
    assert not any("Budiantoro" in name for name in found.values())
    found = orgs_in("Bea dan Cukai Budiantoro menyebut penerimaan naik. \"Target tercapai,\" ujar Budiantoro.")
    assert not any("Budiantoro" in name for name in found.values())
    # a town the gazetteer lacks, which nobody has speak, is still the office's place
    found = orgs_in("Kepala Bea Cukai Sampit mencatat penerimaan naik.")
    assert "Kantor Pengawasan dan Pelayanan Bea dan Cukai Sampit" in found.values()


def test_a_body_spelt_out_with_words_of_its_own_keeps_its_name_and_lends_it_to_its_short_name():
    # the short name is the listed kind's ('Pelayanan'), the text spells the office with 'Perizinan'
    body = ("Menurut angka yang diumumkan Dinas Penanaman Modal dan Perizinan Terpadu Satu Pintu (DPMPTSP) "
            "Kabupaten Wonogiri, penanaman modal selama 2021 berjumlah Rp 1,87 triliun.\n\n"
            "Kepala DPMPTSP Wonogiri Arief Nugroho menuturkan porsi PMDN Rp 1,42 triliun.\n")
    spelt = "Dinas Penanaman Modal dan Perizinan Terpadu Satu Pintu Kabupaten Wonogiri"
    facts = facts_of(body, dateline="WONOGIRI - ")
    assert {f.agency for f in facts.figures} == {spelt}
    assert [p.organization for p in facts.people] == [spelt]


def test_a_body_spelt_out_with_a_filler_word_or_a_typo_is_the_listed_kind():
    cases = {"Dinas Kelautan dan Perikanan Daerah (DKP) Provinsi Sulawesi Tenggara":
             "Dinas Kelautan dan Perikanan Provinsi Sulawesi Tenggara",
             "Dinas Perindustrian dan Perdagangan Daerah (Disperindag) Provinsi Sulawesi Tenggara":
             "Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tenggara",
             "Dinas Kelautan dan Perikananan (DKP) Provinsi Sulawesi Tenggara":
             "Dinas Kelautan dan Perikanan Provinsi Sulawesi Tenggara",
             "Dinas Perindustrian dan Perdagngan (Disperindag) Provinsi Sulawesi Tenggara":
             "Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tenggara"}
    for written, listed in cases.items():
        names = orgs_in(f"Menurut {written}, investasi naik.", "KENDARI")
        assert list(names.values()) == [listed], names


def test_a_body_written_short_or_with_a_short_form_inside_takes_the_listed_name():
    listed = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Wonogiri"
    for written in ("Dinas Penanaman Modal (DPMPTSP) Kabupaten Wonogiri",
                    "Dinas PM dan PTSP (DPMPTSP) Kabupaten Wonogiri"):
        names = orgs_in(f"Menurut {written}, investasi naik.", "WONOGIRI")
        assert listed in names.values(), names


def test_a_city_written_as_one_word_ends_the_office_before_its_heads_name():
    facts = facts_of("Kepala Karantina Pertanian Kelas I A Bandarlampung Arief Nugroho memperkirakan pengiriman "
                     "lada hitam ke luar negeri bertambah menjadi 2.870 ton tahun depan.\n", dateline="LAMPUNG - ")
    (person,) = facts.people
    assert person.name == "Arief Nugroho"
    assert person.organization == "Karantina Pertanian Kelas I A Bandar Lampung"


def test_an_office_named_short_again_is_the_office_named_in_full_before():
    body = ("Catatan Karantina Pertanian Bitung menunjukkan pengiriman kopra sepanjang 2020 berjumlah 4.315 ton. "
            "Lewat Karantina Bitung, kopra senilai Rp12,8 miliar dikirim selama Mei.")
    names = orgs_in(body, "BITUNG")
    assert names["Karantina Bitung"] == names["Karantina Pertanian Bitung"]


def test_a_short_name_two_offices_share_is_not_given_either_name():
    from kg.extract.mentions import rename_to_written_fuller
    from kg.model import OrgMention
    body = "Karantina Pertanian Bitung, Karantina Ikan Bitung dan Karantina Bitung."

    def at(written, name):
        start = body.index(written) if written != "Karantina Bitung" else body.rindex(written)
        return OrgMention(start, start + len(written), name, "regional_agency", region="Kota Bitung")
    mentions = [at("Karantina Pertanian Bitung", "Karantina Pertanian Bitung"),
                at("Karantina Ikan Bitung", "Karantina Ikan Bitung"),
                at("Karantina Bitung", "Balai Karantina Bitung")]
    rename_to_written_fuller(body, mentions)
    assert mentions[2].name == "Balai Karantina Bitung"


# the customs' regional office, as the lexicon names it
CUSTOMS_REGIONAL_OFFICE = next(a.name for a in LEXICON.regional_agencies if "Kanwil DJBC" in a.aliases)


def test_an_office_covering_part_of_an_island_is_named_by_that_area_not_a_body_of_its_own():
    # 'Sulawesi Bagian Utara': island, part word, compass word; the office that covers it, not a
    # 'Bagian Utara' body of the dateline's city
    found = orgs_in("Kepala Kanwil Bea Cukai Kalimantan Bagian Timur (Kalbagtim), Sari Dewi, menyebut ekspor naik.",
                    "Balikpapan")
    assert set(found.values()) == {f"{CUSTOMS_REGIONAL_OFFICE} Kalimantan Bagian Timur"}
    found = orgs_in("Menurut Bea Cukai Sumatera Bagian Barat, penerimaan naik.")
    assert f"{CUSTOMS_REGIONAL_OFFICE} Sumatera Bagian Barat" in found.values()
    # a body with no office of an area keeps its reading
    found = orgs_in("Kepala Dinas Perdagangan Kota Bitung, Sari Dewi, menyebut ekspor naik ke Sulawesi Bagian Utara.")
    assert "Dinas Perdagangan Kota Bitung" in found.values()


def test_a_chapter_of_a_body_named_by_a_provinces_short_name_takes_the_provinces_listed_name():
    # 'Asosiasi X (AX) Jateng': the chapter in Jawa Tengah, named with the province's listed name as
    # the other regional bodies are, so that one chapter written two ways stays one
    found = orgs_in("Ketua Asosiasi Perajin Rotan Nusantara (APRN) Jateng, Budi Hartono, mengatakan ekspor naik.")
    assert "Asosiasi Perajin Rotan Nusantara Jawa Tengah" in found.values()
    # a place the gazetteer lists by that name is kept as written
    found = orgs_in("Kepala Balai Contoh Mutu (BCM) Surabaya, Budi Hartono, mengatakan ekspor naik.")
    assert "Balai Contoh Mutu Surabaya" in found.values()


def test_an_office_writing_wilayah_before_its_place_is_the_office_of_that_place():
    # 'Balai Besar X (BX) Wilayah Surabaya': the word before the place does not hide it, so the
    # region named later in the sentence or the dateline's does not replace it
    found = orgs_in("Menurut BBKP Wilayah Surabaya, ekspor sarang walet dari Jawa Timur naik.", "Sidoarjo")
    assert set(found.values()) == {"Balai Besar Karantina Pertanian Surabaya"}
    found = orgs_in("Kepala Kanwil Bea Cukai Wilayah Kalimantan Bagian Timur, Dewi Anggraini, menyebut ekspor naik.")
    assert set(found.values()) == {f"{CUSTOMS_REGIONAL_OFFICE} Kalimantan Bagian Timur"}


@pytest.mark.parametrize("sentence, written, name", [
    # the government's own apparatus (regional_agencies of_government) speaks as the region's government
    ("Sekretaris Daerah Kabupaten Wonogiri Budi Santoso membuka pameran.", "Sekretaris Daerah Kabupaten Wonogiri",
     "Pemerintah Kabupaten Wonogiri"),
    ("Asisten Perekonomian dan Pembangunan Sekretariat Daerah Provinsi Jambi, Ratna Sari, hadir.",
     "Sekretariat Daerah Provinsi Jambi", "Pemerintah Provinsi Jambi"),
    ("Sekda Kota Balikpapan Yusuf Hamdani meninjau pelabuhan.", "Sekda Kota Balikpapan", "Pemerintah Kota Balikpapan"),
    ("Pemerintah Daerah Kabupaten Wonogiri menggelar pameran.", "Pemerintah Daerah Kabupaten Wonogiri",
     "Pemerintah Kabupaten Wonogiri"),
])
def test_the_regional_secretariat_is_the_regions_government(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


def test_a_bureau_of_the_secretariat_or_a_dinas_secretary_keeps_its_own_body():
    # counter-cases of the same shape: a bureau inside the secretariat, the secretary of a dinas, a national
    # secretariat and a secretary with no region named are not the region's government
    assert orgs_in("Kepala Biro Perekonomian Sekretariat Daerah Provinsi Jambi, Ratna Sari, hadir.") == {
        "Biro Perekonomian Sekretariat Daerah Provinsi Jambi": "Biro Perekonomian Sekretariat Daerah Provinsi Jambi"}
    assert orgs_in("Sekretaris Dinas Perdagangan Kota Balikpapan, Yusuf Hamdani, hadir.") == {
        "Dinas Perdagangan Kota Balikpapan": "Dinas Perdagangan Kota Balikpapan"}
    assert orgs_in("Sekretaris Kabinet hadir.") == {"Sekretaris Kabinet": "Sekretariat Kabinet"}
    assert orgs_in("Sekretaris Daerah membuka rapat itu.") == {}


def test_figures_of_a_regional_secretary_are_the_governments():
    facts = facts_of("Dalam rapat anggaran, Asisten Perekonomian dan Pembangunan Sekretariat Daerah Kabupaten Wonogiri, "
                     "Rudi Hartono, membuka paparan. \"Tahun 2024 sebanyak 900 perusahaan sudah kami kunjungi,\" "
                     "tuturnya.\n", "WONOGIRI - ")
    (figure,) = [f for f in facts.figures if f.unit == "perusahaan"]
    assert (figure.speaker.name, figure.agency) == ("Rudi Hartono", "Pemerintah Kabupaten Wonogiri")


@pytest.mark.parametrize("sentence, written, name", [
    # a national company's regional office in any order of its words: one canonical shape, the company's
    # own ('Perum Bulog Kantor Wilayah' + the place alone; regional_office_units region_kind_in_name false)
    ("Kantor Wilayah Perum Bulog Jambi mencatat stok naik.", "Kantor Wilayah Perum Bulog Jambi", "Perum Bulog Kantor Wilayah Jambi"),
    ("Perum Bulog Kanwil Jambi mencatat stok naik.", "Perum Bulog Kanwil Jambi", "Perum Bulog Kantor Wilayah Jambi"),
    ("Bulog Kantor Wilayah Jambi mencatat stok naik.", "Bulog Kantor Wilayah Jambi", "Perum Bulog Kantor Wilayah Jambi"),
    ("Perum Bulog Jambi mencatat stok naik.", "Perum Bulog Jambi", "Perum Bulog Kantor Wilayah Jambi"),
    ("Kepala Perum Bulog Kantor Cabang Kudus, Rudi Hartono, hadir.", "Perum Bulog Kantor Cabang Kudus",
     "Perum Bulog Kantor Cabang Kudus"),
    # one office serving two provinces, written out or by the pair's short name (lexicon joint_areas)
    ("Perum Bulog Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat mencatat stok naik.",
     "Perum Bulog Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat", "Perum Bulog Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat"),
    ("Pemimpin Wilayah Perum Bulog Sulselbar, Rudi Hartono, hadir.", "Perum Bulog Sulselbar",
     "Perum Bulog Kantor Wilayah Sulawesi Selatan dan Sulawesi Barat"),
    ("Perum Bulog Kaltimtara mencatat stok naik.", "Perum Bulog Kaltimtara",
     "Perum Bulog Kantor Wilayah Kalimantan Timur dan Kalimantan Utara"),
])
def test_a_companys_regional_office_has_one_canonical_shape_whatever_the_order_written(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


def test_two_provinces_after_a_body_with_no_joint_office_are_the_first_ones():
    # counter-cases of the same shape: a dinas or a statistics office has no office serving two provinces,
    # and two provinces named with no office before them are no body at all
    assert orgs_in("Kepala Dinas Perdagangan Jawa Barat dan Banten hadir.") == {
        "Dinas Perdagangan Jawa Barat": "Dinas Perdagangan Provinsi Jawa Barat"}
    assert orgs_in("BPS Sulawesi Selatan dan Sulawesi Barat mencatat ekspor naik.") == {
        "BPS Sulawesi Selatan": "Badan Pusat Statistik Provinsi Sulawesi Selatan"}
    assert orgs_in("Ekspor Sulawesi Selatan dan Sulawesi Barat naik.") == {}
    assert orgs_in("Perum Bulog mencatat stok nasional naik.") == {"Perum Bulog": "Perum Bulog"}


@pytest.mark.parametrize("sentence, written, name", [
    # pairs of provinces the lexicon lists as served by one office (joint_area_pairs), any name of each
    ("Perum Bulog Kantor Wilayah DKI Jakarta dan Banten mencatat stok naik.",
     "Perum Bulog Kantor Wilayah DKI Jakarta dan Banten", "Perum Bulog Kantor Wilayah DKI Jakarta dan Banten"),
    ("Kanwil Bea Cukai Jawa Tengah dan DIY mencatat penerimaan naik.", "Kanwil Bea Cukai Jawa Tengah dan DIY",
     "Kantor Wilayah Direktorat Jenderal Bea dan Cukai Jawa Tengah dan Daerah Istimewa Yogyakarta"),
])
def test_a_listed_pair_of_provinces_after_an_office_is_its_joint_office(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


def test_a_pair_of_provinces_no_joint_office_serves_is_not_one_office():
    # counter-cases: two provinces no office serves together, a listed pair followed by 'masing-masing'
    # (one office each), and a pair's short name after a body with no office serving two provinces
    found = orgs_in("Perum Bulog Jawa Timur dan Bali menyalurkan beras ke pasar.")
    assert found.get("Perum Bulog Jawa Timur") == "Perum Bulog Kantor Wilayah Jawa Timur"
    assert not any(" dan " in name for name in found.values())
    found = orgs_in("Bulog Sumatera Barat dan Riau masing-masing menyalurkan 900 ton beras.")
    assert not any(" dan " in name for name in found.values())
    found = orgs_in("Bulog DKI Jakarta dan Banten masing-masing menambah stok.")
    assert not any(" dan " in name for name in found.values())
    assert orgs_in("BPS Sulutgo mencatat ekspor naik.") == {"BPS": "Badan Pusat Statistik"}
    assert orgs_in("Bank Indonesia Kaltimtara mencatat inflasi turun.") == {"Bank Indonesia": "Bank Indonesia"}


@pytest.mark.parametrize("sentence, written, name", [
    # a body whose fields are listed with commas, called the local one: whole, of the region named before it
    ("Ekspor Kabupaten Minahasa Utara naik. Kepala Dinas Perindustrian, Perdagangan, Koperasi dan UKM setempat "
     "mengatakan ekspor naik.", "Dinas Perindustrian, Perdagangan, Koperasi dan UKM",
     "Dinas Perindustrian, Perdagangan, Koperasi dan Usaha Kecil dan Menengah Kabupaten Minahasa Utara"),
    ("Di Kota Semarang, Kepala Dinas Koperasi, UKM dan Perdagangan setempat menyebut ekspor naik.",
     "Dinas Koperasi, UKM dan Perdagangan", "Dinas Koperasi, Usaha Kecil dan Menengah dan Perdagangan Kota Semarang"),
])
def test_a_body_listing_its_fields_with_commas_then_setempat_is_read_whole(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


def test_setempat_after_a_body_with_no_comma_or_a_short_name_is_left_to_the_local_office_reading():
    # counter-cases of the same shape: no comma in the name (the phrase index and local_offices read it),
    # a short name in brackets (the region the text is about, as before), a list of two bodies
    found = orgs_in("Ekspor Kota Semarang naik. Kepala Dinas Perdagangan setempat mengatakan ekspor naik.")
    assert found.get("Dinas Perdagangan") == "Dinas Perdagangan Kota Semarang"
    found = orgs_in("Ekspor Kota Semarang naik. Kepala Dinas Penanaman Modal (DPM) setempat mengatakan ekspor naik.")
    assert found.get("Dinas Penanaman Modal (DPM)") == "Dinas Penanaman Modal Kota Semarang"
    found = orgs_in("Ekspor Kota Semarang naik. Kepala Dinas Perdagangan, Badan Pusat Statistik setempat hadir.")
    assert "Dinas Perdagangan, Badan Pusat Statistik" not in found


@pytest.mark.parametrize("sentence", [
    # a list of officials or of bodies ending in 'setempat' is not one body whose fields are listed
    "Pasar murah dibuka di Kabupaten Sragen. Kepala Dinas Koperasi, Kepala Dinas Pertanian dan Lurah setempat "
    "menyebut harga cabai April 2025 turun 3 persen.",
    "Rapat digelar di Kota Kediri. Kepala Dinas Perindustrian, Kepala Bappeda, dan Camat setempat ikut hadir.",
    "Pameran dibuka di Kota Bontang. Pemerintah Provinsi Kalimantan Timur, Dinas Pariwisata, Bappeda setempat "
    "menyiapkan stan.",
    "Gudang baru diresmikan di Kabupaten Klaten. Kadis Perdagangan, Bupati dan Wakil Bupati setempat meninjau stok.",
])
def test_a_list_of_officials_or_bodies_before_setempat_is_never_one_body(sentence):
    for written, name in orgs_in(sentence).items():
        assert not re.search(r"\b(?:Kepala|Camat|Lurah|Bappeda|Bupati|Wakil)\b", name), (written, name)
        assert not re.search(r",\s*(?:Dinas|Badan)\b", name), (written, name)


def test_a_list_of_officials_before_setempat_keeps_each_dinas_of_the_region():
    found = orgs_in("Pasar murah dibuka di Kabupaten Sragen. Kepala Dinas Koperasi, Kepala Dinas Pertanian dan "
                    "Lurah setempat menyebut harga cabai turun.")
    assert set(found.values()) == {"Dinas Koperasi Kabupaten Sragen", "Dinas Pertanian Kabupaten Sragen"}


@pytest.mark.parametrize("sentence, written, name", [
    # a part of an island an office covers, by its short name (lexicon area_short_names)
    ("Rapat itu dibuka Kanwil Bea Cukai Kalbagtim pada Selasa.", "Kanwil Bea Cukai Kalbagtim",
     "Kantor Wilayah Direktorat Jenderal Bea dan Cukai Kalimantan Bagian Timur"),
    ("Kanwil DJBC Sumbagut mencatat ekspor naik.", "Kanwil DJBC Sumbagut",
     "Kantor Wilayah Direktorat Jenderal Bea dan Cukai Sumatera Bagian Utara"),
])
def test_an_area_office_named_by_the_areas_short_name_is_that_areas_office(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


def test_an_areas_short_name_after_a_body_with_no_area_office_names_no_office():
    # counter-case: the statistics office has offices of provinces only, none of an area
    assert "BPS Kalbagtim" not in orgs_in("BPS Kalbagtim mencatat ekspor naik.")


@pytest.mark.parametrize("sentence, written, name", [
    # the company's older or short names of its offices: Divisi Regional (Divre) is the regional office,
    # Sub Divisi Regional (Subdivre) and Kanca/Kancab the branch office
    ("Perum Bulog Divre Jawa Barat menambah stok beras.", "Perum Bulog Divre Jawa Barat", "Perum Bulog Kantor Wilayah Jawa Barat"),
    ("Menurut Divisi Regional Bulog Kalimantan Barat, stok cukup.", "Divisi Regional Bulog Kalimantan Barat",
     "Perum Bulog Kantor Wilayah Kalimantan Barat"),
    ("Kepala Perum Bulog Subdivre Cianjur, Rudi Hartono, hadir.", "Perum Bulog Subdivre Cianjur", "Perum Bulog Kantor Cabang Cianjur"),
    ("Gudang Bulog Kanca Pati menerima gabah petani.", "Bulog Kanca Pati", "Perum Bulog Kantor Cabang Pati"),
])
def test_bulogs_older_office_names_are_its_regional_and_branch_offices(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


def test_divre_or_subdivre_of_another_company_is_no_bulog_office():
    # counter-cases of the same shape: another company's regional division, and the words with no company
    assert not any("Bulog" in n for n in orgs_in("PT Telkom Divre Jawa Timur menambah jaringan.").values())
    assert not any("Bulog" in n for n in orgs_in("Kepala Subdivre Cianjur, Rudi Hartono, hadir.").values())
    assert not any("Bulog" in n for n in orgs_in("Bank BRI Kanca Pati menyalurkan kredit.").values())


@pytest.mark.parametrize("sentence, written, name", [
    # a short name in brackets written inside an office's name, after its unit's words or after its
    # parent's name: the words on both sides are one name, the brackets read through
    ("Kepala Kantor Perwakilan (KPw) Bank Indonesia Provinsi Jambi, Andi Wijaya, hadir.",
     "Kantor Perwakilan (KPw) Bank Indonesia Provinsi Jambi", "Kantor Perwakilan Bank Indonesia Provinsi Jambi"),
    ("Kantor Wilayah (Kanwil) Direktorat Jenderal Bea dan Cukai Sumatera Utara mencatat penerimaan naik.",
     "Kantor Wilayah (Kanwil) Direktorat Jenderal Bea dan Cukai Sumatera Utara",
     "Kantor Wilayah Direktorat Jenderal Bea dan Cukai Sumatera Utara"),
    ("Gudang Badan Urusan Logistik (Bulog) Sub Divre Madiun menerima gabah.",
     "Badan Urusan Logistik (Bulog) Sub Divre Madiun", "Perum Bulog Kantor Cabang Madiun"),
    ("Menurut Kantor Perwakilan (Kpw) BI Sulawesi Tengah, inflasi terkendali.",
     "Kantor Perwakilan (Kpw) BI Sulawesi Tengah", "Kantor Perwakilan Bank Indonesia Provinsi Sulawesi Tengah"),
])
def test_a_short_name_in_brackets_inside_an_offices_name_is_read_through(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


def test_a_short_name_in_brackets_between_two_bodies_joins_no_name():
    # counter-cases of the same shape: the brackets close one body's name and another body (or a
    # person, or a place) follows; nothing the lexicon knows runs across them
    orgs = orgs_in("Bank Indonesia (BI) Kementerian Keuangan dan OJK bertemu di Jakarta.")
    assert not any(n.startswith("Kantor") for n in orgs.values())
    orgs = orgs_in("Kepala Dinas Perdagangan (Disdag) Kota Madiun, Sri Wahyuni, hadir.")
    assert set(orgs.values()) == {"Dinas Perdagangan Kota Madiun"}
    orgs = orgs_in("Pengurus Kantor Perwakilan (KP) Asosiasi Eksportir Kopi Lampung hadir.")
    assert not any("Bank Indonesia" in n for n in orgs.values())


@pytest.mark.parametrize("sentence, written", [
    # the older branch office by its unit in two words, or spelt out, before or after the company
    ("Kepala Perum Bulog Sub Divre Madiun, Slamet Riyadi, hadir.", "Perum Bulog Sub Divre Madiun"),
    ("Wakil Kepala Bulog Sub Divre Madiun, Heru Prasetyo, hadir.", "Bulog Sub Divre Madiun"),
    ("Gudang Perum Badan Urusan Logistik Sub Divisi Regional Madiun penuh.",
     "Perum Badan Urusan Logistik Sub Divisi Regional Madiun"),
    ("Menurut Sub Divre Bulog Madiun, stok cukup.", "Sub Divre Bulog Madiun"),
])
def test_bulogs_sub_divre_in_two_words_or_spelt_out_is_its_branch_office(sentence, written):
    assert orgs_in(sentence).get(written) == "Perum Bulog Kantor Cabang Madiun"


def test_bulog_named_with_no_unit_or_in_passing_stays_what_it_is():
    # counter-cases: the company with no unit is the national company; the unit's words with another
    # company are no Bulog office; an official of another body keeps his body
    assert orgs_in("Perum Bulog menambah stok beras nasional.").get("Perum Bulog") == "Perum Bulog"
    assert not any("Bulog" in n for n in orgs_in("PT Pos Indonesia Sub Divre Madiun menambah armada.").values())
    facts = facts_of("Kepala Dinas Perdagangan Kabupaten Madiun, Sri Wahyuni, mengatakan harga beras medium di "
                     "pasar pada Maret 2022 Rp 10.500 per kilogram, meski Bulog Sub Divre Madiun sudah menggelar "
                     "operasi pasar.", dateline="MADIUN - ")
    (figure,) = facts.figures
    assert figure.agency == "Dinas Perdagangan Kabupaten Madiun"


def test_an_official_of_an_office_named_with_its_short_name_inside_speaks_for_that_office():
    facts = facts_of("Kepala Kantor Perwakilan (KPw) Bank Indonesia Provinsi Jambi, Andi Wijaya, mengatakan ekonomi "
                     "Jambi pada triwulan II 2023 tumbuh 4,8 persen.", dateline="JAMBI - ")
    (figure,) = facts.figures
    assert (figure.speaker.name, figure.agency) == ("Andi Wijaya", "Kantor Perwakilan Bank Indonesia Provinsi Jambi")


@pytest.mark.parametrize("sentence, written, name", [
    # a body whose name holds commas, its short name in brackets before its region: one body, not split
    ("Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan (Balai KHIT) Kalimantan Timur, Dewi, hadir.",
     "Balai Karantina Hewan, Ikan, dan Tumbuhan (Balai KHIT) Kalimantan Timur",
     "Balai Karantina Hewan, Ikan, dan Tumbuhan Kalimantan Timur"),
    ("Dinas Perindustrian, Perdagangan, Koperasi dan UKM (Disperindagkop UKM) Kabupaten Batang mencatat ekspor naik.",
     "Dinas Perindustrian, Perdagangan, Koperasi dan UKM (Disperindagkop UKM) Kabupaten Batang",
     "Dinas Perindustrian, Perdagangan, Koperasi dan Usaha Kecil dan Menengah Kabupaten Batang"),
    # two short names, inside the name and after it
    ("Kantor Perwakilan (KPw) Bank Indonesia (BI) Provinsi Riau mencatat inflasi.",
     "Kantor Perwakilan (KPw) Bank Indonesia (BI) Provinsi Riau", "Kantor Perwakilan Bank Indonesia Provinsi Riau"),
])
def test_short_names_in_brackets_leave_a_name_with_commas_whole(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


@pytest.mark.parametrize("sentence, written, name", [
    # the quarantine office written by its kind in lowercase, its place's name right after it
    ("Untuk tahun depan, karantina Kaltim menargetkan sertifikasi sarang walet 60 ton.", "karantina Kaltim",
     "Balai Karantina Hewan, Ikan, dan Tumbuhan Kalimantan Timur"),
    ("Menurut Budi, karantina Jambi mencatat ekspor pinang naik.", "karantina Jambi",
     "Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi"),
    ("Menurut Sinta, pada tahun depan karantina Riau menargetkan sertifikasi ekspor sagu 30.000 ton.", "karantina Riau",
     "Balai Karantina Hewan, Ikan, dan Tumbuhan Riau"),
    ("Pada triwulan I 2025, karantina Maluku juga melaporkan ekspor ikan naik.", "karantina Maluku",
     "Balai Karantina Hewan, Ikan, dan Tumbuhan Maluku"),
])
def test_the_quarantine_office_by_its_kind_in_lowercase_and_its_place(sentence, written, name):
    assert orgs_in(sentence).get(written) == name


@pytest.mark.parametrize("sentence", [
    # counter-cases: the common noun with no place right after it, or a lowercase word after it
    "Sapi itu menjalani karantina di Lampung selama 14 hari.",
    "Petugas memeriksa dokumen karantina hewan dari Jambi.",
    "Hewan itu wajib menjalani karantina (Jambi menerapkan aturan baru).",
    # the common noun with a place's name right after it, not the subject of a verb of reporting or of a target
    "Pemerintah daerah ingin mempercepat proses karantina Jambi agar ekspor pinang naik.",
    "Pedagang mengeluhkan biaya karantina Maluku yang naik 10 persen.",
    "Biaya karantina Maluku naik 10 persen pada 2024.",
    "Ikan kerapu dikirim lewat pintu karantina Riau ke Singapura.",
    "Menurut eksportir, aturan karantina Jambi menghambat pengiriman sapi.",
    "Sapi wajib menjalani masa karantina Riau selama 14 hari.",
    "Dinas Peternakan mencatat sapi yang lolos karantina Kalimantan Timur mencapai 800 ekor.",
])
def test_karantina_as_a_common_noun_names_no_office(sentence):
    assert not any(n.startswith("Balai Karantina") for n in orgs_in(sentence).values())


def test_a_target_set_by_the_quarantine_office_in_lowercase_is_that_offices():
    facts = facts_of("Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi, Rudi Hartono, mengatakan ekspor pinang "
                     "naik.\n\nSementara itu, Kepala Dinas Perdagangan Provinsi Jambi, Sari Dewi, menyebut harga pinang "
                     "stabil.\n\nUntuk tahun depan, karantina Jambi menargetkan sertifikasi ekspor pinang 90.000 ton.\n",
                     dateline="JAMBI - ")
    (target,) = [f for f in facts.figures if f.type == "target"]
    assert target.agency == "Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi"
