"""An official first brought in by his title alone ('Kepala Dinas X mengatakan', 'Kepala Kanwil setempat
menyebut', 'Hal itu disampaikan Kepala Dinas X') and named later (in apposition after a relative clause,
by a bare name closing his quote, with his title in a later paragraph): what he told is his and his
office's. Counter-cases: another man named after, another office of the same title word, an office the
text names twice or not at all."""
import pytest

from article_facts import by_value, facts_of_article, who


def facts_of(body: str, dateline: str):
    return facts_of_article(body, dateline)


# --- a title referring back with a relative clause before the demonstrative, then the name ---------------

@pytest.mark.parametrize("text, dateline, value, speaker, office", [
    ("Kepala Dinas Koperasi dan UKM Sumedang mengatakan, pembeli terbanyak berasal dari Bandung dengan nilai "
     "Rp3,1 miliar pada 2024.\n\nKepala dinas yang baru dilantik Januari lalu itu, Hendra Wiratama, yakin "
     "penjualan naik.\n", "SUMEDANG - ", "3100000000", "Hendra Wiratama",
     "Dinas Koperasi dan Usaha Kecil dan Menengah Kabupaten Sumedang"),
    ("Kepala Badan Pendapatan Daerah Kota Jambi menyebut penerimaan pajak parkir pada 2024 mencapai Rp5,4 "
     "miliar.\n\nKepala badan yang menjabat sejak tahun lalu tersebut, Rini Kusumawati, menargetkan kenaikan.\n",
     "JAMBI - ", "5400000000", "Rini Kusumawati", "Badan Pendapatan Daerah Kota Jambi"),
    ("Kepala Dinas Kelautan dan Perikanan Kabupaten Pati menuturkan produksi garam pada 2024 sebesar 120.000 "
     "ton. Kepala dinas yang ditemui di kantornya itu, Slamet Riyadi, menyebut cuaca mendukung.\n",
     "PATI - ", "120000", "Slamet Riyadi", "Dinas Kelautan dan Perikanan Kabupaten Pati"),
])
def test_a_title_referring_back_through_a_relative_clause_names_the_official_the_title_brought_in(
        text, dateline, value, speaker, office):
    assert who(by_value(facts_of(text, dateline))[value]) == (speaker, office)


def test_a_word_that_is_no_title_before_a_relative_clause_and_a_demonstrative_makes_no_official():
    # counter-case: 'Warga yang tinggal di dekat balai itu, X': a resident, not the head of the Balai
    facts = facts_of("Balai Besar Karantina Hewan, Ikan, dan Tumbuhan Jawa Tengah memeriksa 40 ton kopi pada 2024. "
                     "Warga yang tinggal di dekat balai itu, Budi Santoso, mengeluhkan kemacetan.\n", "SEMARANG - ")
    assert not any(p.name == "Budi Santoso" and p.organization for p in facts.people)


def test_a_release_of_the_body_before_the_title_alone_is_not_the_officials():
    # 'Data tersebut dirilis Dinas X.' before 'Kepala Dinas X mengatakan ...': the body's release, no one speaks
    facts = facts_of("Realisasi investasi Kabupaten Sumedang pada 2024 mencapai Rp6 triliun. Data tersebut dirilis "
                     "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Sumedang.\n\nKepala DPMPTSP "
                     "Sumedang mengatakan, penanaman modal asing pada 2024 sebesar Rp2 triliun.\n\nKepala dinas yang "
                     "dilantik Maret lalu itu, Hendra Wiratama, optimistis.\n", "SUMEDANG - ")
    got = by_value(facts)
    assert who(got["6000000000000"])[0] is None
    assert who(got["2000000000000"])[0] == "Hendra Wiratama"


# --- the title alone, then his quote closed by a bare name --------------------------------------------------

@pytest.mark.parametrize("text, dateline, value, speaker, office", [
    ("Salah satu peserta adalah rombongan Jawa Timur. Kepala Dinas Perindustrian dan Perdagangan Provinsi Jawa "
     "Timur mengatakan 14 IKM binaannya meneken kontrak pada 2024. \"Terbanyak produk kulit dari Magetan dan Sidoarjo,\" ujar Dewi "
     "Anggraini.\n", "JAKARTA - ", "14", "Dewi Anggraini", "Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur"),
    ("Kepala Dinas Perindustrian dan Perdagangan Kota Pekalongan mengatakan penjualan batik pada Agustus 2025 "
     "mencapai Rp12 miliar. “Pembeli dari Malaysia naik tajam bulan ini,” tutur Ratna Kusumawardani.\n", "PEKALONGAN - ",
     "12000000000", "Ratna Kusumawardani", "Dinas Perindustrian dan Perdagangan Kota Pekalongan"),
    # the quote opens the next paragraph
    ("Kepala Dinas Perindustrian dan Perdagangan Kota Pekalongan menyebut penjualan batik pada Agustus 2025 "
     "mencapai Rp12 miliar.\n\n\"Pembeli dari Malaysia naik, nilainya Rp2 miliar,\" kata Ratna Kusumawardani.\n",
     "PEKALONGAN - ", "12000000000", "Ratna Kusumawardani", "Dinas Perindustrian dan Perdagangan Kota Pekalongan"),
])
def test_a_quote_closed_by_a_bare_name_right_after_the_title_alone_is_that_officials(
        text, dateline, value, speaker, office):
    assert who(by_value(facts_of(text, dateline))[value]) == (speaker, office)


@pytest.mark.parametrize("text, dateline", [
    # counter-cases: another sentence between, or the name described as someone else after a comma
    ("Kepala Dinas Perindustrian dan Perdagangan Kota Pekalongan mengatakan penjualan batik pada Agustus 2025 "
     "mencapai Rp12 miliar. Pedagang di pasar grosir justru mengeluh sepi. \"Omzet kami turun tajam bulan ini,\" kata Budi "
     "Santoso.\n", "PEKALONGAN - "),
    ("Kepala Dinas Perindustrian dan Perdagangan Kota Pekalongan mengatakan penjualan batik pada Agustus 2025 "
     "mencapai Rp12 miliar. “Omzet kami turun tajam bulan ini,” kata Budi Santoso, pedagang di Pasar Grosir Setono.\n",
     "PEKALONGAN - "),
])
def test_a_quote_closed_by_a_bare_name_after_another_sentence_or_described_is_not_the_titled_officials(text, dateline):
    facts = facts_of(text, dateline)
    assert who(by_value(facts)["12000000000"])[0] is None
    assert not any(p.name == "Budi Santoso" and p.organization for p in facts.people)


# --- 'Kepala Kanwil setempat': the local office by its kind alone -------------------------------------------

@pytest.mark.parametrize("text, dateline, value, speaker, office", [
    ("Penerimaan pajak di wilayah kerja Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah I hingga September "
     "2025 mencapai Rp9,3 triliun.\n\nKepala Kanwil setempat menyebut pajak penghasilan penyumbang terbesar. "
     "\"Rp5,2 triliun dari PPh,\" ujar Arif Nugroho di kantornya.\n", "SEMARANG - ", "5200000000000",
     "Arif Nugroho", "Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah I"),
    ("Penerimaan bea dan cukai di wilayah kerja Kantor Wilayah Direktorat Jenderal Bea dan Cukai Jawa Timur II "
     "hingga Agustus 2025 tercatat Rp30 triliun.\n\nKepala Kanwil setempat mengatakan cukai rokok mendominasi. "
     "\"Dari cukai rokok Rp27 triliun,\" kata Agus Sudarmanto.\n", "MALANG - ", "27000000000000",
     "Agus Sudarmanto", "Kantor Wilayah Direktorat Jenderal Bea dan Cukai Jawa Timur II"),
    # a head's title fused with the kind ('Kakanwil'), or before an abbreviated kind ('Kepala Disperindag'), then 'setempat'
    ("Penerimaan pajak di wilayah kerja Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah I hingga September "
     "2025 mencapai Rp9,3 triliun.\n\nKakanwil setempat menyebut pajak penghasilan penyumbang terbesar. "
     "\"Rp5,2 triliun dari PPh tahun ini,\" ujar Arif Nugroho di kantornya.\n", "SEMARANG - ", "9300000000000",
     "Arif Nugroho", "Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah I"),
    ("Dinas Perindustrian dan Perdagangan Kota Pekalongan menggelar pameran batik.\n\nKepala Disperindag setempat mengatakan "
     "penjualan batik pada Agustus 2025 mencapai Rp12 miliar. \"Pembeli dari Malaysia naik tajam bulan ini,\" "
     "tutur Ratna Kusumawardani.\n", "PEKALONGAN - ", "12000000000", "Ratna Kusumawardani",
     "Dinas Perindustrian dan Perdagangan Kota Pekalongan"),
])
def test_the_head_of_the_local_office_written_by_its_kind_alone_is_of_the_one_office_of_that_kind_named(
        text, dateline, value, speaker, office):
    assert who(by_value(facts_of(text, dateline))[value]) == (speaker, office)


def test_the_local_office_by_its_kind_alone_is_none_when_the_text_names_none_or_two_of_that_kind():
    # counter-cases: an office of another kind named (a Kantor Wilayah, not a KPP), or two of the kind named:
    # the local office is none of them, and the official named after his quote is of none
    facts = facts_of("Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah I menggelar sosialisasi.\n\nKepala Dinas "
                     "setempat menyebut penjualan batik 2024 naik. \"Tahun ini kami targetkan Rp900 miliar dari batik,\" ujar "
                     "Arif Nugroho.\n", "KUDUS - ")
    assert all(p.organization is None for p in facts.people if p.name == "Arif Nugroho")
    facts = facts_of("Kantor Wilayah Direktorat Jenderal Pajak Jawa Timur I dan Kantor Wilayah Direktorat Jenderal "
                     "Pajak Jawa Timur II menggelar sosialisasi.\n\nKepala Kanwil setempat mengatakan 2.000 wajib pajak "
                     "hadir pada 2024. \"Tahun depan kami undang lebih banyak lagi wajib pajak,\" ujar Arif "
                     "Nugroho.\n", "SURABAYA - ")
    assert all(p.organization is None for p in facts.people if p.name == "Arif Nugroho")


# --- 'Hal itu disampaikan Kepala Dinas X ...', named with his title later ----------------------------------

@pytest.mark.parametrize("text, dateline, value, speaker, office", [
    ("Penerimaan pajak parkir Kota Jambi pada semester I 2025 mencapai Rp2,7 miliar.\n\nHal itu disampaikan "
     "Kepala Badan Pendapatan Daerah Kota Jambi dalam rapat koordinasi di Balai Kota.\n\nWali kota meminta "
     "petugas lebih giat. \"Kita harus kejar,\" kata Wali Kota Jambi, Ahmad Fauzan.\n\nKepala Badan Pendapatan "
     "Daerah, Rini Kusumawati, menjelaskan bulan lalu penerimaan mencapai Rp510 juta.\n", "JAMBI - ",
     "2700000000", "Rini Kusumawati", "Badan Pendapatan Daerah Kota Jambi"),
    ("Retribusi pasar Kabupaten Bantul pada triwulan I 2025 mencapai Rp3,2 miliar.\n\nHal tersebut diungkapkan "
     "Kepala Dinas Perdagangan Kabupaten Bantul saat rapat evaluasi.\n\nKepala Dinas Perdagangan Kabupaten "
     "Bantul, Sri Handayani, menambahkan kios aktif sebanyak 2.100 unit.\n", "BANTUL - ",
     "3200000000", "Sri Handayani", "Dinas Perdagangan Kabupaten Bantul"),
])
def test_what_the_heads_title_alone_was_said_after_is_his_once_named_with_his_title(
        text, dateline, value, speaker, office):
    assert who(by_value(facts_of(text, dateline))[value]) == (speaker, office)


@pytest.mark.parametrize("text, dateline, office", [
    # counter-cases: the official named later is of the same body but not its head; or the head of
    # another body with the same title word; or a national minister's title alone in a regional text
    ("Retribusi pasar Kabupaten Bantul pada triwulan I 2025 mencapai Rp3,2 miliar.\n\nHal tersebut diungkapkan "
     "Kepala Dinas Perdagangan Kabupaten Bantul saat rapat evaluasi.\n\nKepala Bidang Pasar Dinas Perdagangan "
     "Kabupaten Bantul, Sri Handayani, menambahkan kios aktif sebanyak 2.100 unit.\n", "BANTUL - ",
     "Dinas Perdagangan Kabupaten Bantul"),
    ("Retribusi pasar Kabupaten Bantul pada triwulan I 2025 mencapai Rp3,2 miliar.\n\nHal tersebut diungkapkan "
     "Kepala Dinas Perdagangan Kabupaten Bantul saat rapat evaluasi.\n\nKepala Dinas Koperasi Kabupaten "
     "Bantul, Sri Handayani, menambahkan koperasi aktif sebanyak 2.100 unit.\n", "BANTUL - ",
     "Dinas Perdagangan Kabupaten Bantul"),
    ("Ekspor kopi Kabupaten Temanggung pada 2024 mencapai Rp3,2 miliar.\n\nHal itu disampaikan Menteri "
     "Perdagangan saat berkunjung ke Temanggung.\n\nKepala Dinas Perdagangan Kabupaten Temanggung, Sri "
     "Handayani, menambahkan eksportir kopi sebanyak 21 perusahaan.\n", "TEMANGGUNG - ",
     None),  # (a minister's title alone is not read as his ministry here: no body, not the dinas)
])
def test_what_the_heads_title_alone_was_said_after_is_not_another_officials(text, dateline, office):
    # the body the head's title alone named keeps it (review 25: assert the exact agency)
    speaker, agency = who(by_value(facts_of(text, dateline))["3200000000"])
    assert speaker is None
    assert agency == office


# --- counter-cases: a relative clause that names a former holder or the one replaced ----------------------

@pytest.mark.parametrize("text, dateline, value", [
    ("Nilai ekspor kopi Kabupaten Temanggung pada 2024 mencapai Rp90 miliar, ujar Kepala Dinas Perdagangan Kabupaten "
     "Temanggung.\n\nKepala dinas yang digantikannya itu, Bambang Wijanarko, dulu menargetkan Rp150 miliar.\n",
     "TEMANGGUNG - ", "90000000000"),
    ("Kepala Badan Pendapatan Daerah Kota Jambi menyebut pajak hotel pada 2024 mencapai Rp7 miliar.\n\nKepala "
     "badan yang dinonaktifkan wali kota itu, Rudi Hartanto, pernah melaporkan angka lain.\n", "JAMBI - ", "7000000000"),
    ("Kepala Dinas Koperasi dan UKM Kabupaten Sumedang mengatakan omzet UMKM pada 2024 mencapai Rp4 miliar.\n\n"
     "Kepala dinas yang sebelumnya menjabat itu, Agus Salim, kini bertugas di provinsi.\n", "SUMEDANG - ", "4000000000"),
    ("Kepala Dinas Pertanian Kabupaten Pati menuturkan produksi jagung pada 2024 sebesar 80.000 ton.\n\nKepala "
     "dinas yang pensiun tahun lalu itu, Joko Prasetyo, menilai angka itu wajar.\n", "PATI - ", "80000"),
    ("Kepala Dinas Perdagangan Kota Bogor menyebut harga gula naik 6 persen pada Mei 2025.\n\nKepala dinas yang "
     "menjadi pendahulunya itu, Dedi Kurnia, pernah mencatat kenaikan serupa.\n", "BOGOR - ", "6"),
])
def test_a_relative_clause_of_a_former_holder_or_the_one_replaced_names_no_official_the_title_brought_in(
        text, dateline, value):
    assert who(by_value(facts_of(text, dateline))[value])[0] is None


# --- counter-cases: the head named later is a former one, or named too far on -----------------------------

@pytest.mark.parametrize("text, dateline, value", [
    ("Pajak restoran Kota Bogor pada semester I 2025 mencapai Rp9 miliar.\n\nHal itu disampaikan Kepala Badan "
     "Pendapatan Daerah Kota Bogor dalam rapat paripurna, Selasa.\n\nMantan Kepala Badan Pendapatan Daerah Kota "
     "Bogor, Dedi Kurnia, menilai angka itu rendah.\n", "BOGOR - ", "9000000000"),
    ("Penjualan beras murah di Kabupaten Sleman pada April 2025 mencapai 300 ton.\n\nHal itu disampaikan Kepala "
     "Dinas Perdagangan Kabupaten Sleman saat meninjau pasar, Rabu.\n\nEks Kepala Dinas Perdagangan Kabupaten "
     "Sleman, Agus Wibowo, ikut hadir.\n", "SLEMAN - ", "300"),
    ("Realisasi investasi Kota Jambi pada triwulan I 2025 mencapai Rp2 triliun.\n\nHal itu disampaikan Kepala "
     "Dinas Penanaman Modal Kota Jambi dalam forum investasi, Kamis.\n\nKepala Dinas Penanaman Modal Kota Jambi "
     "periode 2018-2022, Rudi Hartanto, pernah mencatat angka lebih tinggi.\n", "JAMBI - ", "2000000000000"),
    ("Retribusi parkir Kota Bogor pada triwulan I 2025 mencapai Rp3 miliar.\n\nHal itu disampaikan Kepala Dinas "
     "Perhubungan Kota Bogor dalam rapat evaluasi, Senin.\n\nPemkot menambah petugas.\n\nTarif naik sejak Januari.\n\n"
     "Juru parkir mengeluh.\n\nKepala Dinas Perhubungan Kota Bogor, Dedi Kurnia, membuka lomba pada Agustus.\n",
     "BOGOR - ", "3000000000"),
])
def test_a_former_head_or_one_named_far_on_is_not_the_head_whose_title_alone_told_it(text, dateline, value):
    assert who(by_value(facts_of(text, dateline))[value])[0] is None


def test_a_head_of_the_current_term_named_after_his_title_alone_is_its_speaker():
    # 'periode 2025-2030': a term not ended before the latest year the text names
    facts = facts_of("Penjualan beras murah di Kabupaten Sleman pada April 2025 mencapai 300 ton.\n\nHal itu "
                     "disampaikan Kepala Dinas Perdagangan Kabupaten Sleman saat meninjau pasar, Rabu.\n\nKepala Dinas "
                     "Perdagangan Kabupaten Sleman periode 2025-2030, Agus Wibowo, menyebut stok cukup.\n", "SLEMAN - ")
    assert who(by_value(facts)["300"]) == ("Agus Wibowo", "Dinas Perdagangan Kabupaten Sleman")


# --- counter-cases: 'setempat' means another place, or the bare kind says not which office --------------------

@pytest.mark.parametrize("text, dateline", [
    # the bare 'Dinas'/'Kadis' with a dinas of farming named: the market official is not its head
    ("Dinas Pertanian Kabupaten Boyolali mencatat panen jagung 90.000 ton pada 2024.\n\nDi pasar, harga jagung naik. "
     "Kepala Dinas setempat menyebut harga jagung naik 7 persen pada Mei 2025. \"Kami pantau tiap hari,\" kata "
     "Wahyu Santoso.\n", "BOYOLALI - "),
    ("Dinas Kelautan dan Perikanan Kabupaten Pati mencatat produksi bandeng 9.000 ton pada 2024.\n\nKadis setempat "
     "menyebut harga bandeng naik 7 persen pada Mei 2025. \"Permintaan naik menjelang hari raya,\" ujar Wahyu "
     "Santoso.\n", "PATI - "),
    # the office named is of another region than the dateline's
    ("Penerimaan pajak di wilayah kerja Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah I pada 2024 mencapai "
     "Rp9 triliun.\n\nKepala Kanwil setempat menyebut penerimaan di Jawa Barat naik 7 persen pada Mei 2025. "
     "\"Kepatuhan membaik,\" kata Wahyu Santoso.\n", "BANDUNG - "),
    # the last place named before 'setempat' is another province than the office's
    ("Kantor Wilayah Direktorat Jenderal Bea dan Cukai Jawa Timur I mencatat penerimaan Rp40 triliun pada 2024.\n\n"
     "Sementara itu di Provinsi Bali, Kepala Kanwil setempat menyebut penerimaan naik 7 persen pada Mei 2025. "
     "\"Wisatawan bertambah,\" kata Wahyu Santoso.\n", "JAKARTA - "),
])
def test_the_local_office_is_not_one_of_another_place_nor_any_dinas_for_a_bare_kind(text, dateline):
    facts = facts_of(text, dateline)
    assert who(by_value(facts)["7"])[0] is None
    assert all(p.organization is None for p in facts.people if p.name == "Wahyu Santoso")


# --- counter-cases: the bare name closing the quote is described as another man -----------------------------

@pytest.mark.parametrize("closing", [
    "kata Joko Susilo (52).",
    "ujar Joko Susilo (38 tahun) di lapaknya.",
    "kata Joko Susilo saat ditemui di kiosnya di Pasar Klewer.",
    "tutur Joko Susilo ketika dijumpai di sawahnya, Selasa.",
    "ucap Joko Susilo pedagang bawang di pasar itu.",
])
def test_a_bare_name_described_by_age_trade_or_a_lay_place_is_not_the_official_of_the_title_alone(closing):
    text = ("Kepala Dinas Perdagangan Kota Bogor menyebut harga bawang merah naik 15 persen pada pekan ini.\n\n"
            "\"Pembeli saya berkurang Rp3 juta per hari sejak harga naik,\" " + closing + "\n")
    facts = facts_of(text, "BOGOR - ")
    assert who(by_value(facts)["15"])[0] is None
    assert all(p.organization is None for p in facts.people if p.name == "Joko Susilo")


def test_a_bare_name_met_at_his_office_is_the_official_of_the_title_alone():
    text = ("Kepala Dinas Perdagangan Kota Bogor menyebut harga bawang merah naik 15 persen pada pekan ini. "
            "\"Kami siapkan operasi pasar pekan depan,\" kata Joko Susilo saat ditemui di kantornya.\n")
    assert who(by_value(facts_of(text, "BOGOR - "))["15"]) == ("Joko Susilo", "Dinas Perdagangan Kota Bogor")
