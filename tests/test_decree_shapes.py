"""Decrees as pages cite them: a decree in the middle of a sentence (no punctuation after it), a
colon after 'Nomor', the issuer's country between the type and the number, codes printed with a
stray space beside a separator, the short 'No. 15/1985' writing, and decrees of the same type
joined by number alone ('jo. Nomor ...', 'dan Nomor ...'). Every sentence was written for these
tests; the numbers are invented."""
from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def decrees_of(body: str) -> list[tuple[str, str, int]]:
    article = parse_article("Aturan Ekspor Untuk Pengujian\n\nJAKARTA - " + body, lexicon=LEXICON)
    return [(d.decree_type, d.number, d.year) for d in extract(article, LEXICON).decrees]


def test_a_decree_followed_by_a_word_is_found():
    assert decrees_of("Pemerintah memberlakukan Permendag Nomor 41 Tahun 2021 mulai pekan depan.\n") == [
        ("Peraturan Menteri Perdagangan", "41", 2021)]


def test_two_decrees_joined_by_dan_are_both_found():
    found = decrees_of("Harga sawit diatur Peraturan Menteri Pertanian Nomor 05 Tahun 2019 dan "
                       "Peraturan Gubernur Jambi Nomor 12 Tahun 2020 yang berlaku sejak Juli.\n")
    assert found == [("Peraturan Menteri Pertanian", "05", 2019), ("Peraturan Gubernur", "12", 2020)]


def test_the_short_serial_and_year_writing_is_the_same_decree_as_the_long_one():
    short = decrees_of("Aturan itu tertuang dalam Keppres No. 15/1985 tentang pengawasan ekspor.\n")
    long = decrees_of("Aturan itu tertuang dalam Keppres Nomor 15 Tahun 1985 tentang pengawasan ekspor.\n")
    assert short == long == [("Keputusan Presiden", "15", 1985)]


def test_a_colon_after_nomor_and_the_country_after_the_type():
    found = decrees_of("Harga acuan ditetapkan lewat Keputusan Menteri Energi dan Sumber Daya Mineral "
                       "Republik Indonesia Nomor: 118.K/MB.01/MEM.B/2022.\n")
    assert found == [("Keputusan Menteri Energi dan Sumber Daya Mineral", "118.K/MB.01/MEM.B/2022", 2022)]


def test_a_code_printed_with_stray_spaces_is_read_whole():
    found = decrees_of("Harga acuan ditetapkan melalui Kepmen ESDM Nomor 118 .K/MB. 01/MEM .B/2022 bulan lalu.\n")
    assert found == [("Keputusan Menteri Energi dan Sumber Daya Mineral", "118.K/MB.01/MEM.B/2022", 2022)]


def test_a_number_at_the_end_of_a_sentence_does_not_swallow_the_next_one():
    found = decrees_of("Tarif mengikuti PMK Nomor 30/2022. Selanjutnya pemerintah akan meninjau tarif itu.\n")
    assert found == [("Peraturan Menteri Keuangan", "30", 2022)]


def test_decrees_joined_by_number_alone_keep_the_first_ones_type():
    found = decrees_of("Tarif pungutan mengacu pada Peraturan Menteri Keuangan Nomor 62/PMK.05/2020 jo. "
                       "Nomor 91/PMK.05/2021. Ketentuan lain ada di Perpres Nomor 3 Tahun 2018 dan Nomor 9 "
                       "Tahun 2019.\n")
    assert decrees_of("Ketentuan ada di Perpres Nomor 3 Tahun 2018 dan Nomer 9 Tahun 2019.\n") == [
        ("Peraturan Presiden", "3", 2018), ("Peraturan Presiden", "9", 2019)]  # 'Nomer' as 'Nomor'
    assert found == [("Peraturan Menteri Keuangan", "62/PMK.05/2020", 2020),
                     ("Peraturan Menteri Keuangan", "91/PMK.05/2021", 2021),
                     ("Peraturan Presiden", "3", 2018), ("Peraturan Presiden", "9", 2019)]


def test_a_number_without_a_year_is_not_a_decree():
    assert decrees_of("Surat Edaran Nomor 526 dikirim ke semua bupati pekan lalu.\n") == []


def establishes_of(body: str) -> list[tuple[str, str | None]]:
    article = parse_article("Aturan Ekspor Untuk Pengujian\n\nJAKARTA - " + body, lexicon=LEXICON)
    return [(d.decree_type, d.establishes) for d in extract(article, LEXICON).decrees]


def test_a_ministers_decree_the_lexicon_does_not_list_is_named_by_its_ministry():
    # the ministry's name has lowercase 'dan' between its words; the country after it is no part of it
    assert decrees_of("Menteri menerbitkan Keputusan Menteri Koperasi dan Usaha Kecil dan Menengah Nomor 71 "
                      "Tahun 2024 tentang pendampingan ekspor.\n") == [
        ("Keputusan Menteri Koperasi dan Usaha Kecil dan Menengah", "71", 2024)]
    assert decrees_of("Aturan itu adalah Peraturan Menteri Pariwisata dan Ekonomi Kreatif Republik Indonesia "
                      "Nomor 3 Tahun 2021.\n") == [("Peraturan Menteri Pariwisata dan Ekonomi Kreatif", "3", 2021)]
    assert decrees_of("Pelabuhan itu ditetapkan lewat Keputusan Kepala Badan Karantina Indonesia Nomor 45 Tahun "
                      "2025 tentang tempat pengeluaran.\n") == [("Keputusan Kepala Badan Karantina Indonesia", "45", 2025)]
    # a regional head's decree keeps its type without the region
    assert decrees_of("Harga diatur Peraturan Gubernur Jambi Nomor 12 Tahun 2020 yang berlaku sejak Juli.\n") == [
        ("Peraturan Gubernur", "12", 2020)]


def test_a_body_the_decrees_own_clause_or_title_says_it_forms_is_what_it_establishes():
    assert establishes_of("Sejak 2021 berlaku Peraturan Wali Kota Parepare Nomor 3 Tahun 2021, yang sekaligus "
                          "membentuk Dewan Pengupahan Kota Parepare, untuk menata upah buruh pelabuhan.\n") == [
        ("Peraturan Wali Kota", "Dewan Pengupahan Kota Parepare")]
    # a title that says it forms a body, whatever the body's kind
    assert establishes_of("Gubernur menandatangani Keputusan Gubernur Nomor 77 Tahun 2022 tentang Pembentukan "
                          "Pusat Informasi Harga Pangan.\n") == [("Keputusan Gubernur", "Pusat Informasi Harga Pangan")]


def test_forming_said_of_no_body_or_by_someone_else_establishes_nothing():
    # a lowercase thing formed is no body's name
    assert establishes_of("Harga mengacu pada Keputusan Menteri Perdagangan Nomor 30 Tahun 2020 tentang harga "
                          "patokan, yang membentuk harga acuan baru.\n") == [("Keputusan Menteri Perdagangan", None)]
    # others forming a body later in the sentence, or in the next one
    assert establishes_of("Setelah Peraturan Menteri Perdagangan Nomor 8 Tahun 2024 terbit, para eksportir "
                          "membentuk Forum Eksportir Lada.\n") == [("Peraturan Menteri Perdagangan", None)]
    assert establishes_of("Izin diatur Peraturan Bupati Maros Nomor 9 Tahun 2023 tentang perizinan. Pekan lalu "
                          "asosiasi membentuk Forum Pengusaha Maros.\n") == [("Peraturan Bupati", None)]
    # a title about a matter, not a body; a title with a lowercase unit
    assert establishes_of("Aturan itu tertuang dalam Peraturan Bupati Maros Nomor 10 Tahun 2023 tentang Tarif "
                          "Retribusi Pasar.\n") == [("Peraturan Bupati", None)]
    assert establishes_of("Sewa kios diatur Peraturan Bupati Maros Nomor 11 Tahun 2023 tentang unit pelaksana "
                          "teknis pasar dan tarif sewa kios.\n") == [("Peraturan Bupati", None)]


def test_an_issuer_stops_where_another_decree_begins():
    assert decrees_of("Ketentuan itu merujuk Peraturan Gubernur Jambi dan Surat Edaran Sekretaris Daerah Nomor 5 "
                      "Tahun 2022.\n") == [("Surat Edaran", "5", 2022)]
    found = decrees_of("Izin impor mengacu pada Keputusan Menteri Pertanian dan Peraturan Menteri Perdagangan "
                       "Nomor 23 Tahun 2023.\n")
    assert found == [("Peraturan Menteri Perdagangan", "23", 2023)]
