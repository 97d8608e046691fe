"""Who (issue 9, brief 23): the kinds of bodies a figure belongs to -- customs offices named with their
grade and seat as written, a regency's government by its short name, the local office a text calls
'setempat', a quota a governor's decree sets, ports, border agencies and companies reporting their own
figures. The sentences are invented for these tests (names, places, numbers and wording)."""
import pytest

from article_facts import facts_of_article

KPPBC = "Kantor Pengawasan dan Pelayanan Bea dan Cukai"


def facts_of(body: str, dateline: str = "JAKARTA - "):
    return facts_of_article(body, dateline)


def agencies(facts):
    return {(f.value, f.agency) for f in facts.figures}


@pytest.mark.parametrize("dateline, body, value, agency", [
    # the short name in brackets before the grade: the grade and the seat are the office's name as written
    ("SEMARANG - ", f"{KPPBC} (KPPBC) Tipe Madya Pabean Teluk Gading membukukan penerimaan Rp 2 triliun pada 2023.\n",
     2e12, f"{KPPBC} Tipe Madya Pabean Teluk Gading"),
    # the grade by its short form alone ('TMP'), then a seat with a place's head word
    ("CILACAP - ", "Kepala KPPBC TMP Tanjung Wangi, Budi Santoso, mengatakan penerimaan pada 2023 mencapai "
     "Rp 900 miliar.\n", 9e11, f"{KPPBC} Tipe Madya Pabean Tanjung Wangi"),
    # the office named in full once; its head later by the seat alone: that office, not the region's
    ("BENGKALIS - ", "Pemerintah Kabupaten Bengkalis menargetkan ekspor kelapa naik. Data "
     f"{KPPBC} Tipe Madya Pabean C Selatbaru menunjukkan ekspor kelapa naik.\n\n"
     "Kepala KPPBC Selatbaru, Andi T. Siregar, mengatakan ekspor kelapa pada Maret 2024 mencapai USD 40 juta.\n",
     4e7, f"{KPPBC} Tipe Madya Pabean C Selatbaru"),
    ("MEDAN - ", f"Kepala {KPPBC} Tipe Madya Pabean B Belawan, Sari Dewi, menyebut devisa ekspor 2023 USD 3 miliar.\n\n"
     "Menurut Kepala KPPBC Belawan, Sari Dewi, pengapalan pada Juni 2024 mencapai 1.200 kontainer.\n",
     1200, f"{KPPBC} Tipe Madya Pabean B Belawan"),
])
def test_a_customs_office_keeps_its_grade_and_seat_as_written(dateline, body, value, agency):
    facts = facts_of(body, dateline)
    assert (value, agency) in agencies(facts)
    offices = {o.name for o in facts.organizations if o.name.startswith(KPPBC)}
    assert offices == {agency}, offices  # no office made from the region the text is about


@pytest.mark.parametrize("dateline, body, value, agency", [
    # a region's kind after the bracketed short name: the office of that region, no seat
    ("SEMARANG - ", f"{KPPBC} (KPPBC) Kota Tegal membukukan penerimaan Rp 2 triliun pada 2023.\n", 2e12,
     f"{KPPBC} Tegal"),
    # one word after the office's kind that the text never writes after a grade is no seat (a name)
    ("CILACAP - ", "Kepala KPPBC Hartono mengatakan penerimaan pada 2023 mencapai Rp 900 miliar.\n", 9e11, None),
    ("BENGKALIS - ", f"Data {KPPBC} Tipe Madya Pabean C Selatbaru menunjukkan ekspor kelapa naik.\n\n"
     "Kepala KPPBC Hartono mengatakan ekspor kelapa pada Maret 2024 mencapai USD 40 juta.\n", 4e7, None),
    # a grade word written out needs its grade after it: 'Tipe' alone is no grade
    ("CILACAP - ", "Kepala KPPBC Tipe Tanjung Wangi, Budi Santoso, mengatakan penerimaan pada 2023 mencapai "
     "Rp 900 miliar.\n", 9e11, None),
])
def test_no_seat_is_read_where_the_text_writes_none(dateline, body, value, agency):
    found = {a for v, a in agencies(facts_of(body, dateline)) if v == value}
    assert found
    if agency:
        assert found == {agency}
    assert not any(a and ("Hartono" in a or "Tipe Madya Pabean Tanjung" in a) for a in found), found


@pytest.mark.parametrize("body, value, agency", [
    # a port whose head speaks: the port reports ('Pelabuhan Perikanan Samudera/Nusantara/Pantai X')
    ("Kepala Pelabuhan Perikanan Nusantara Sibolga, Rudi Hartono, mengatakan produksi ikan pada 2023 mencapai "
     "12.000 ton.\n", 12000, "Pelabuhan Perikanan Nusantara Sibolga"),
    ("Menurut Kepala Pelabuhan Perikanan Pantai Tamperan, Sari Dewi, kapal yang membongkar ikan pada Mei 2024 "
     "sebanyak 310 unit.\n", 310, "Pelabuhan Perikanan Pantai Tamperan"),
    # a national agency named by its kind ('Badan Nasional') and its field
    ("Sepanjang 2025, Badan Nasional Pengelola Kawasan Pesisir menargetkan investasi tambak mencapai Rp 300 miliar.\n",
     3e11, "Badan Nasional Pengelola Kawasan Pesisir"),
    ("Badan Nasional Pengembangan Ekspor Daerah mencatat ekspor kerajinan pada 2023 mencapai USD 5 juta.\n",
     5e6, "Badan Nasional Pengembangan Ekspor Daerah"),
    # a company by its legal form ('CV', as 'PT'): its officer reports the company's own figures
    ("Direktur CV Sinar Rotan Lestari, Budi Santoso, mengatakan pengiriman perusahaannya pada 2023 mencapai "
     "40 kontainer.\n", 40, "CV Sinar Rotan Lestari"),
    ("Pemilik CV Kopi Gayo Mandiri, Sari Dewi, menyebut ekspor kopinya pada 2023 mencapai 12 ton.\n", 12,
     "CV Kopi Gayo Mandiri"),
])
def test_ports_national_agencies_and_companies_report_their_figures(body, value, agency):
    assert (value, agency) in agencies(facts_of(body))


@pytest.mark.parametrize("body, value, agency", [
    # a port named as the place where something happens, with no one of it speaking: no body reports
    ("Kapal yang bersandar di Pelabuhan Perikanan Samudera Bitung pada 2023 mencapai 900 unit.\n", 900, None),
    # the port is where the fish landed; the dinas reports
    ("Kepala Dinas Kelautan dan Perikanan Provinsi Jawa Tengah, Budi Santoso, mengatakan ikan yang didaratkan di "
     "Pelabuhan Perikanan Samudera Cilacap pada 2023 mencapai 8.000 ton.\n", 8000,
     "Dinas Kelautan dan Perikanan Provinsi Jawa Tengah"),
    # a listed national agency keeps its listed name
    ("Badan Nasional Penanggulangan Bencana mencatat kerugian pada 2023 mencapai Rp 4 triliun.\n", 4e12,
     "Badan Nasional Penanggulangan Bencana"),
    # a company counted by the office that reports, not reporting itself
    ("Kepala Dinas Perdagangan Kota Medan, Budi Santoso, mengatakan 40 kontainer dikirim oleh CV Sinar Rotan "
     "Lestari pada 2023.\n", 40, "Dinas Perdagangan Kota Medan"),
])
def test_a_body_named_in_passing_does_not_report(body, value, agency):
    assert {a for v, a in agencies(facts_of(body)) if v == value} == {agency}


@pytest.mark.parametrize("dateline, body, value, agency", [
    # a regency's government by its short name, the generic first word of the regency's name dropped
    ("SAUMLAKI - ", "Produksi rumput laut kering ditargetkan Pemkab Tanimbar naik menjadi 7.500 ton pada 2026.\n", 7500,
     "Pemerintah Kabupaten Kepulauan Tanimbar"),
    ("TUAPEJAT - ", "Untuk 2025, Pemkab Mentawai menargetkan kunjungan wisman 30.000 orang.\n", 30000,
     "Pemerintah Kabupaten Kepulauan Mentawai"),
    ("SANANA - ", "Pemerintah Kabupaten Sula menargetkan produksi kopra pada 2025 mencapai 9.000 ton.\n", 9000,
     "Pemerintah Kabupaten Kepulauan Sula"),
])
def test_a_regency_named_short_is_the_regency_the_regions_data_knows(dateline, body, value, agency):
    assert (value, agency) in agencies(facts_of(body, dateline))


@pytest.mark.parametrize("dateline, body, value, agency", [
    # a province keeps its own name: 'Riau' is the province Riau, never 'Kepulauan Riau'
    ("PEKANBARU - ", "Pemprov Riau menargetkan ekspor sawit pada 2025 mencapai 9 juta ton.\n", 9e6,
     "Pemerintah Provinsi Riau"),
    ("BATAM - ", "Pemprov Kepri menargetkan ekspor pada 2025 mencapai USD 20 miliar.\n", 2e10,
     "Pemerintah Provinsi Kepulauan Riau"),
    # a regency whose own name is the short word keeps it ('Kabupaten Bangka', not a 'Kepulauan' one)
    ("SUNGAILIAT - ", "Pemkab Bangka menargetkan produksi lada pada 2025 mencapai 4.000 ton.\n", 4000,
     "Pemerintah Kabupaten Bangka"),
])
def test_a_short_name_that_names_a_place_of_its_own_keeps_it(dateline, body, value, agency):
    assert {a for v, a in agencies(facts_of(body, dateline)) if v == value} == {agency}


SLEMAN_OPENS = "Pemerintah Kabupaten Sleman memperluas gerai produk usaha mikro di bandara.\n\n"
SLEMAN_HEAD = "\n\nKepala Dinas Perdagangan Kabupaten Sleman, Budi Santoso, menjelaskan gerai itu dibuka pada 2022.\n"
GARUT_TWO = ("Pemerintah Kabupaten Garut menggelar pameran kopi bersama Dinas Pertanian Kabupaten Garut dan "
             "Dinas Perdagangan Kabupaten Garut.\n\n")


@pytest.mark.parametrize("dateline, body, value, agency", [
    # the local office by its kind alone, the one office of that kind the text names (after it), not the
    # government the text opened with
    ("SLEMAN - ", SLEMAN_OPENS + "Kepala dinas setempat menyebut penjualan gerai pada 2024 mencapai Rp 3 miliar."
     + SLEMAN_HEAD, 3e9, "Dinas Perdagangan Kabupaten Sleman"),
    # ... or before it
    # (the office itself, not its head, called the local one: the reading kept in the merge of who23a/who23b,
    # attribution.name_the_local_head, reads only its head titled alone and named later; who23a's reading of
    # the mention itself was dropped as a duplicate, so this case is not read yet)
    pytest.param("GARUT - ", "Pemerintah Kabupaten Garut bersama Dinas Pertanian Kabupaten Garut menggelar panen raya kopi.\n\n"
                 "Menurut Dinas setempat, produksi kopi pada 2024 mencapai 40.000 ton.\n", 40000,
                 "Dinas Pertanian Kabupaten Garut",
                 marks=pytest.mark.xfail(strict=True, reason="the office called 'setempat' without its head: not read")),
])
def test_the_local_office_by_its_kind_alone_is_the_one_the_text_names(dateline, body, value, agency):
    assert (value, agency) in agencies(facts_of(body, dateline))


@pytest.mark.parametrize("dateline, body, value, wrong", [
    # two offices of the kind: 'dinas setempat' says not which
    ("GARUT - ", GARUT_TWO + "Kepala dinas setempat menyebut produksi kopi pada 2024 mencapai 40.000 ton.\n", 40000,
     {"Dinas Pertanian Kabupaten Garut", "Dinas Perdagangan Kabupaten Garut"}),
    # a dinas not called the local one is not the one named
    ("SLEMAN - ", SLEMAN_OPENS + "Menurut dinas terkait, penjualan gerai pada 2024 mencapai Rp 3 miliar." + SLEMAN_HEAD,
     3e9, {"Dinas Perdagangan Kabupaten Sleman"}),
    # 'setempat' after another word than the office's kind
    ("SLEMAN - ", SLEMAN_OPENS + "Warga setempat menyebut penjualan gerai pada 2024 mencapai Rp 3 miliar." + SLEMAN_HEAD,
     3e9, {"Dinas Perdagangan Kabupaten Sleman"}),
])
def test_the_local_office_is_not_guessed(dateline, body, value, wrong):
    found = {a for v, a in agencies(facts_of(body, dateline)) if v == value}
    assert found and not found & wrong, found


@pytest.mark.parametrize("dateline, body, value, agency", [
    # a quota set in a decree of a region's head named before it in its paragraph (the decree again by its short name)
    ("SURABAYA - ", "Keputusan Gubernur Jawa Timur Nomor 12 Tahun 2024 tentang Kuota Garam Rakyat mengatur pembagian "
     "kuota. SK Gubernur itu menetapkan kuota pengiriman garam rakyat ke luar pulau pada 2024 sebesar 40.000 ton.\n", 40000,
     "Pemerintah Provinsi Jawa Timur"),
    # a regency's head's decree, the target in the same sentence
    ("SLEMAN - ", "Melalui Peraturan Bupati Sleman Nomor 8 Tahun 2024, sasaran produksi salak pada 2025 ditetapkan "
     "12.000 ton.\n", 12000, "Pemerintah Kabupaten Sleman"),
    # the quota first, the decree in the next paragraph's sentence that refers back to it
    ("MATARAM - ", "Pedagang sudah mengapalkan 3.000 ekor sapi dari kuota 8.000 ekor tahun ini.\n\n"
     "Kuota itu diatur oleh Keputusan Gubernur Nusa Tenggara Barat Nomor 50 Tahun 2024.\n", 8000,
     "Pemerintah Provinsi Nusa Tenggara Barat"),
])
def test_a_target_set_in_a_regional_heads_decree_is_its_governments(dateline, body, value, agency):
    assert (value, agency) in agencies(facts_of(body, dateline))


@pytest.mark.parametrize("dateline, body, value, agency", [
    # a body that sets its own target keeps it
    ("SURABAYA - ", "Keputusan Gubernur Jawa Timur Nomor 12 Tahun 2024 mengatur kuota garam. Kepala Dinas Kelautan dan "
     "Perikanan Provinsi Jawa Timur, Budi Santoso, mengatakan dinasnya menargetkan produksi garam pada 2025 mencapai "
     "900.000 ton.\n", 900000, "Dinas Kelautan dan Perikanan Provinsi Jawa Timur"),
    # the next paragraph names a decree without referring back to the quota: a connector, not the quota
    ("MATARAM - ", "Pengiriman sapi hingga Juni baru 3.000 ekor dari kuota 8.000 ekor tahun ini.\n\n"
     "Selain itu, Keputusan Gubernur Nusa Tenggara Barat Nomor 50 Tahun 2024 mengatur harga pakan.\n", 8000, None),
    # a decree named in an earlier paragraph, the quota stated later with nothing referring to it
    ("MATARAM - ", "Keputusan Gubernur Nusa Tenggara Barat Nomor 50 Tahun 2024 mengatur harga pakan.\n\n"
     "Pedagang menyebut kuota sapi tahun ini 8.000 ekor.\n", 8000, None),
    # the decree named earlier in the same paragraph, on another matter; the target set by someone else
    ("KUPANG - ", "Pasar hewan ramai pekan ini. Keputusan Gubernur Nusa Tenggara Timur Nomor 10 Tahun 2024 tentang harga "
     "sapi mulai berlaku. Pedagang menargetkan penjualan sapi tahun ini 7.000 ekor.\n", 7000, None),
    ("KUPANG - ", "Keputusan Gubernur Nusa Tenggara Timur Nomor 10 Tahun 2024 mengatur harga pakan. Menurut peternak, "
     "target penjualan tahun ini 7.000 ekor.\n", 7000, None),
    ("KUPANG - ", "Keputusan Gubernur Nusa Tenggara Timur Nomor 10 Tahun 2024 mengatur harga pakan. Asosiasi peternak "
     "menyebut kuota pengiriman sapi tahun ini 7.000 ekor sudah terpenuhi.\n", 7000, None),
    # a minister's decree is no region's head's
    ("JAKARTA - ", "Dalam Keputusan Menteri Pertanian itu, kuota impor sapi untuk 2024 ditetapkan 40.000 ekor.\n",
     40000, None),
])
def test_a_target_near_a_decree_is_not_always_the_decrees(dateline, body, value, agency):
    assert {a for v, a in agencies(facts_of(body, dateline)) if v == value} == {agency}


SLEMAN_DINAS = ("Kepala Dinas Perdagangan Kabupaten Sleman, Budi Santoso, mengatakan ekspor kerajinan pada 2024 mencapai "
                "USD 3 juta. ")


@pytest.mark.parametrize("dateline, body, value, agency", [
    # the government in common nouns, in the paragraph of an official of its own office: his office reports it
    ("SLEMAN - ", SLEMAN_DINAS + "Ia menyebut pemerintah kabupaten mematok ekspor kerajinan 2025 di angka USD 4 juta.\n", 4e6,
     "Dinas Perdagangan Kabupaten Sleman"),
    ("JAMBI - ", "Kepala Bidang Produksi Dinas Pertanian Provinsi Jambi, Sari Dewi, mengatakan produksi kopi 2024 "
     "mencapai 15.000 ton. Menurut dia, pemerintah provinsi mematok produksi kopi 2025 sebesar "
     "20.000 ton.\n", 20000, "Dinas Pertanian Provinsi Jambi"),
])
def test_the_government_in_common_nouns_is_the_speaking_officials_office(dateline, body, value, agency):
    assert (value, agency) in agencies(facts_of(body, dateline))


@pytest.mark.parametrize("dateline, body, value, agency", [
    # the government by its short name, even in lowercase: the government itself
    ("JAMBI - ", "Kepala Dinas Perdagangan Provinsi Jambi, Sari Dewi, mengatakan ekspor 2023 mencapai USD 3 juta. "
     "Ia mengakui pemprov mengerek target ekspor 2024 ke USD 5 juta.\n", 5e6, "Pemerintah Provinsi Jambi"),
    # ... or by its name
    ("SLEMAN - ", SLEMAN_DINAS + "Ia menyebut Pemerintah Kabupaten Sleman mematok ekspor kerajinan 2025 di angka USD 4 juta.\n", 4e6,
     "Pemerintah Kabupaten Sleman"),
    # a member of the region's legislature speaks of the government, not for it
    ("BANTUL - ", "Ketua DPRD Kabupaten Bantul, Joko Prasetyo, mengatakan pembahasan anggaran berjalan lambat. Ia "
     "mengkritik, pemerintah kabupaten menargetkan pendapatan 2025 hanya Rp 2,4 triliun.\n", 2.4e12,
     "Pemerintah Kabupaten Bantul"),
    # an official of a national body's office in the region does not speak for the region's government
    ("SLEMAN - ", "Kepala Badan Pusat Statistik Kabupaten Sleman, Budi Santoso, mengatakan ekspor kerajinan pada 2024 "
     "mencapai USD 3 juta. Ia menyebut pemerintah kabupaten mematok ekspor kerajinan 2025 di angka USD 4 juta.\n", 4e6,
     "Pemerintah Kabupaten Sleman"),
])
def test_the_government_named_or_not_by_its_own_office_stays_the_government(dateline, body, value, agency):
    assert {a for v, a in agencies(facts_of(body, dateline)) if v == value} == {agency}


@pytest.mark.parametrize("body, wrong", [
    # two bodies of one head word joined by 'dan' are two bodies, not one name (review who23a #6)
    ("Badan Nasional Pengelola Kawasan Pesisir dan Badan Nasional Pengembangan Ekspor Daerah mencatat investasi "
     "tambak pada 2024 mencapai Rp 4 triliun.\n", " dan Badan Nasional "),
    ("Asosiasi Petani Kopi Rakyat dan Asosiasi Eksportir Kopi Nusantara mencatat ekspor kopi pada 2024 mencapai "
     "USD 9 juta.\n", " dan Asosiasi "),
])
def test_a_head_word_repeated_after_dan_starts_another_body(body, wrong):
    facts = facts_of(body)
    assert not any(wrong in o.name for o in facts.organizations)
    assert not any(a and wrong in a for _, a in agencies(facts))


def test_a_dan_inside_one_bodys_name_stays():
    facts = facts_of("Badan Nasional Pencarian dan Pertolongan mencatat biaya operasi pada 2024 mencapai Rp 2 triliun.\n")
    assert (2e12, "Badan Nasional Pencarian dan Pertolongan") in agencies(facts)
