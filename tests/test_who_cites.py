"""A speaker of one body telling figures he read from another body's data ('yang mengutip data BPS
X', 'berdasarkan catatan Kementerian Y', 'seperti dirilis Dinas Z'): the figures the citing covers
are the cited body's, told by him (agency the data's body, speaker the teller); what he says of his
own is his body's. Every sentence here is invented."""
import pytest

from article_facts import by_value, facts_of_article, who

DATELINE = "Senin, 10 Maret 2025 10:00 WIB\n\n"


def facts(body: str):
    return by_value(facts_of_article(body, DATELINE))


def targets(body: str):
    return {f"{t.value.normalize():f}": t for t in facts_of_article(body, DATELINE).figures if t.type == "target"}


# -- the clause after the figures: 'Angka itu disampaikan X, berdasarkan data Y' ----------------------

@pytest.mark.parametrize("said_back, body", [
    ("Angka itu disampaikan Ketua Asosiasi Pengusaha Rotan Indonesia (APRI) Sulawesi Tengah, Darmawan Lubis, "
     "berdasarkan data Badan Pusat Statistik Provinsi Sulawesi Tengah.",
     "Badan Pusat Statistik Provinsi Sulawesi Tengah"),
    ("Data tersebut dipaparkan Ketua Asosiasi Pengusaha Rotan Indonesia (APRI) Sulawesi Tengah, Darmawan Lubis, "
     "merujuk catatan Kementerian Perdagangan.",
     "Kementerian Perdagangan"),
    ("Hal itu diungkapkan Ketua Asosiasi Pengusaha Rotan Indonesia (APRI) Sulawesi Tengah, Darmawan Lubis, "
     "mengacu pada laporan Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah.",
     "Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah"),
    ("Angka itu disampaikan Ketua Asosiasi Pengusaha Rotan Indonesia (APRI) Sulawesi Tengah, Darmawan Lubis, "
     "sesuai data milik Kementerian Perdagangan.",
     "Kementerian Perdagangan"),
    ("Data itu dipaparkan Ketua Asosiasi Pengusaha Rotan Indonesia (APRI) Sulawesi Tengah, Darmawan Lubis, "
     "berdasarkan data yang dihimpun oleh Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah.",
     "Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah"),
    ("Hal itu diungkapkan Ketua Asosiasi Pengusaha Rotan Indonesia (APRI) Sulawesi Tengah, Darmawan Lubis, "
     "mengacu kepada data dikeluarkan BPS Provinsi Sulawesi Tengah.",
     "Badan Pusat Statistik Provinsi Sulawesi Tengah"),
])
def test_figures_named_back_as_told_from_another_bodys_data_are_that_bodys(said_back, body):
    found = facts("PALU - Nilai ekspor rotan Sulawesi Tengah pada Januari 2025 mencapai USD 12,5 juta, naik "
                  "8,4 persen dibanding Januari 2024.\n\n" + said_back + " Menurut dia, permintaan dari Eropa mulai pulih.")
    assert who(found["12500000"]) == ("Darmawan Lubis", body)
    assert who(found["8.4"]) == ("Darmawan Lubis", body)


@pytest.mark.parametrize("said_back", [
    # the data of his own association
    "Angka itu disampaikan Ketua Asosiasi Pengusaha Rotan Indonesia (APRI) Sulawesi Tengah, Darmawan Lubis, "
    "berdasarkan data Asosiasi Pengusaha Rotan Indonesia (APRI) Sulawesi Tengah.",
    # a body's data judged, not read out
    "Angka itu disampaikan Ketua Asosiasi Pengusaha Rotan Indonesia (APRI) Sulawesi Tengah, Darmawan Lubis, "
    "yang menilai data Badan Pusat Statistik Provinsi Sulawesi Tengah kurang akurat.",
    # a body named in passing
    "Angka itu disampaikan Ketua Asosiasi Pengusaha Rotan Indonesia (APRI) Sulawesi Tengah, Darmawan Lubis, "
    "usai Badan Pusat Statistik Provinsi Sulawesi Tengah merilis data inflasi.",
])
def test_figures_named_back_keep_the_tellers_body_when_no_other_bodys_data_is_cited(said_back):
    found = facts("PALU - Nilai ekspor rotan Sulawesi Tengah pada Januari 2025 mencapai USD 12,5 juta, naik "
                  "8,4 persen dibanding Januari 2024.\n\n" + said_back)
    assert who(found["12500000"])[1] != "Badan Pusat Statistik Provinsi Sulawesi Tengah"
    if "berdasarkan" in said_back:
        assert who(found["12500000"]) == ("Darmawan Lubis", "Asosiasi Pengusaha Rotan Indonesia Sulawesi Tengah")


def test_the_data_of_the_company_the_teller_runs_stays_the_companys():
    found = facts("SAMARINDA - Ekspor kayu lapis PT Borneo Lapis Sentosa sepanjang 2024 mencapai 41.000 meter kubik.\n\n"
                  "Angka itu disampaikan Direktur PT Borneo Lapis Sentosa, Hendrik Wijaya, berdasarkan catatan "
                  "PT Borneo Lapis Sentosa.")
    assert who(found["41000"]) == ("Hendrik Wijaya", "PT Borneo Lapis Sentosa")


# -- the relative clause after the teller's name: 'X, yang mengutip data BPS Y, menghitung ...' --------------

@pytest.mark.parametrize("clause, verb, body", [
    ("yang mengutip data BPS Provinsi Sulawesi Tengah", "menghitung", "Badan Pusat Statistik Provinsi Sulawesi Tengah"),
    ("yang merujuk data Kementerian Perdagangan", "memperhitungkan", "Kementerian Perdagangan"),
    ("yang menyitir catatan Badan Pusat Statistik Provinsi Sulawesi Tengah", "menaksir",
     "Badan Pusat Statistik Provinsi Sulawesi Tengah"),
])
def test_who_cites_another_bodys_data_tells_its_figures_whatever_his_verb(clause, verb, body):
    found = facts("PALU - Ekspor Sulawesi Tengah masih bertumpu pada nikel. Kepala BPS Provinsi Sulawesi Tengah, "
                  "Sutrisno Hadi, mengatakan ekspor besi dan baja naik.\n\n"
                  f"Di luar nikel, ekspor rotan masih kecil. Pengamat ekonomi Universitas Tadulako, Rina Marlina, "
                  f"{clause}, {verb} porsi rotan hanya 2,1 persen dari total ekspor provinsi itu sepanjang 2024.")
    assert who(found["2.1"]) == ("Rina Marlina", body)


# -- the scope: his next figure, in the quote that opens the next paragraph -----------------------------

def test_the_citing_covers_the_next_figure_he_tells_in_the_quote_after_it():
    found = facts("PALU - Ketua Asosiasi Pengusaha Rotan Indonesia (APRI) Sulawesi Tengah, Darmawan Lubis, yang "
                  "mengutip data BPS Provinsi Sulawesi Tengah, menyebut ekspor rotan pada Januari 2025 sebanyak "
                  "4.200 ton. Menurut dia, harga ikut naik.\n\n"
                  "\"Nilainya naik sekitar 9 persen. Pembeli Eropa kembali memesan,\" ujar Darmawan, Senin (10/3/2025).")
    assert who(found["4200"]) == ("Darmawan Lubis", "Badan Pusat Statistik Provinsi Sulawesi Tengah")
    assert who(found["9"]) == ("Darmawan Lubis", "Badan Pusat Statistik Provinsi Sulawesi Tengah")


def test_the_citing_ends_at_the_figure_told_after_it_and_his_next_quote_is_his_own():
    found = facts("KENDARI - Ketua Gabungan Pengusaha Ekspor Indonesia (GPEI) Sulawesi Tenggara, Rusdin Lamuru, yang "
                  "mengutip data BPS Provinsi Sulawesi Tenggara, menyebut ekspor udang pada Januari 2025 sebanyak "
                  "1.300 ton. Menurut dia, anggota asosiasinya kini 41 perusahaan.\n\n"
                  "\"Tahun lalu anggota kami mengirim 250 kontainer,\" ujar Rusdin, Senin (10/3/2025).")
    assert who(found["1300"])[1] == "Badan Pusat Statistik Provinsi Sulawesi Tenggara"
    assert who(found["250"]) == ("Rusdin Lamuru", "Gabungan Perusahaan Ekspor Indonesia Sulawesi Tenggara")


def test_a_citing_inside_the_quote_gives_the_quotes_figure_to_the_cited_body():
    found = facts("BATAM - Ketua Kamar Dagang dan Industri (Kadin) Kota Batam, Yohanes Sitorus, mengingatkan target "
                  "ekspor masih jauh.\n\n\"Mengutip data BPS Provinsi Kepulauan Riau, sampai Juli ekspor provinsi baru "
                  "sekitar USD 10,2 miliar,\" ujar Yohanes.")
    assert who(found["10200000000"]) == ("Yohanes Sitorus", "Badan Pusat Statistik Provinsi Kepulauan Riau")


# -- a release verb: 'seperti dirilis BPS X' ------------------------------------------------------------------

@pytest.mark.parametrize("cited", ["dalam catatan Badan Pusat Statistik Provinsi Sulawesi Tengah",
                                   "berdasarkan data milik BPS Provinsi Sulawesi Tengah",
                                   "dilansir data BPS Provinsi Sulawesi Tengah"])
def test_a_citing_before_the_figure_inside_a_speakers_sentence(cited):
    found = facts("PALU - Ketua Kadin Sulawesi Tengah, Wahyu Santoso, mengatakan ekspor rotan provinsi itu, "
                  f"{cited}, sepanjang 2024 mencapai USD 150 juta.")
    assert who(found["150000000"]) == ("Wahyu Santoso", "Badan Pusat Statistik Provinsi Sulawesi Tengah")


@pytest.mark.parametrize("released, body", [
    ("seperti dirilis Badan Pusat Statistik Provinsi Sulawesi Tengah", "Badan Pusat Statistik Provinsi Sulawesi Tengah"),
    ("sebagaimana dilaporkan oleh Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah",
     "Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah"),
])
def test_figures_of_a_sentence_told_as_released_by_a_body_are_its(released, body):
    found = facts(f"PALU - Nilai ekspor rotan Sulawesi Tengah sepanjang 2024 mencapai USD 150 juta, {released}, kata "
                  "Ketua Kadin Sulawesi Tengah, Wahyu Santoso.")
    assert who(found["150000000"]) == ("Wahyu Santoso", body)


def test_a_release_told_of_a_clause_with_no_figure_does_not_take_the_lead():
    found = facts("MEDAN - Ekspor kakao Sumatera Utara selama Januari-Oktober 2024 mencapai 7.400 ton.\n\n"
                  "Kenaikan itu terjadi ketika harga kakao dunia sedang tinggi, seperti dilaporkan Kementerian "
                  "Perdagangan dalam kajian pasar bulan lalu.\n\n"
                  "\"Hampir semua berangkat lewat Belawan,\" ujar Kepala Dinas Perkebunan Provinsi Sumatera Utara, "
                  "Baharuddin Siregar.\n\nIa memastikan angka 7.400 ton itu merupakan rekapitulasi dinas.")
    assert who(found["7400"])[1] != "Kementerian Perdagangan"


# -- a target set by another body, named after it --------------------------------------------------------

@pytest.mark.parametrize("setter, body", [
    ("yang ditetapkan Kementerian Keuangan", "Kementerian Keuangan"),
    ("yang dipatok oleh Kementerian Keuangan", "Kementerian Keuangan"),
])
def test_a_target_set_by_a_body_named_after_it_is_that_bodys(setter, body):
    found = targets("PALU - Penerimaan Kantor Bea Cukai Pantoloan sampai Februari mencapai Rp 120 miliar, kata Kepala "
                    "Kantor Bea Cukai Pantoloan, Budi Hartono. Angka itu setara 15 persen dari target tahun ini sebesar "
                    f"Rp 800 miliar {setter}.")
    assert found["800000000000"].agency == body
    assert found["800000000000"].speaker.name == "Budi Hartono"


def test_a_body_after_a_target_but_not_its_setter_takes_no_target():
    found = targets("PALU - Penerimaan Kantor Bea Cukai Pantoloan sampai Februari mencapai Rp 120 miliar, kata Kepala "
                    "Kantor Bea Cukai Pantoloan, Budi Hartono. Angka itu setara 15 persen dari target tahun ini sebesar "
                    "Rp 800 miliar yang dibahas dalam rapat bersama Kementerian Keuangan.")
    assert found["800000000000"].agency != "Kementerian Keuangan"


# -- a passive that announces who tells what follows: 'Rincian komoditas disampaikan Statistisi X, Novita.' --

LEAD_NTB = ("MATARAM - Ekspor Nusa Tenggara Barat sepanjang 2024 mencapai US$ 310 juta.\n\n"
            "\"Nilai ekspor NTB selama 2024 sebesar 310 juta dolar AS,\" kata Kepala BPS Provinsi Nusa Tenggara Barat, "
            "Wahyudin Harahap, Rabu.\n\n")


@pytest.mark.parametrize("announced, name", [
    ("Perincian per golongan barang disampaikan oleh Kepala Seksi Statistik Distribusi BPS NTB, Lestari Ningsih.",
     "Lestari Ningsih"),
    ("Penjelasan lebih rinci dipaparkan oleh Kepala Bidang Statistik Distribusi BPS NTB, Made Suarta.", "Made Suarta"),
    ("Uraian per negara tujuan dijelaskan Fungsional Statistisi BPS NTB, Rahmat Hidayat.", "Rahmat Hidayat"),
])
def test_a_passive_announcing_the_details_names_who_tells_them(announced, name):
    found = facts(LEAD_NTB + announced + " Sepanjang 2024, konsentrat tembaga menyumbang US$ 250 juta, sedangkan "
                  "mutiara US$ 12,4 juta. Jepang menjadi tujuan utama dengan nilai US$ 140 juta.")
    assert who(found["310000000"])[0] == "Wahyudin Harahap"
    for value in ("250000000", "12400000", "140000000"):
        assert who(found[value]) == (name, "Badan Pusat Statistik Provinsi Nusa Tenggara Barat")


@pytest.mark.parametrize("sentence", [
    # a passive of handing over, not of telling what follows
    "Bantuan disampaikan Gubernur Nusa Tenggara Barat, Zulkieflimansyah, kepada petani.",
    # details not given
    "Rincian anggaran belum disampaikan Gubernur Nusa Tenggara Barat, Zulkieflimansyah.",
    # a prize handed over
    "Penghargaan diberikan Gubernur Nusa Tenggara Barat, Zulkieflimansyah, kepada eksportir.",
])
def test_a_passive_that_announces_nothing_does_not_hand_over_what_follows(sentence):
    found = facts(LEAD_NTB + sentence + " Sepanjang 2024, konsentrat tembaga menyumbang US$ 250 juta.")
    assert who(found["250000000"])[0] != "Zulkieflimansyah"


# -- a possessive opening the sentence: 'Perusahaannya mengirim 38 kontainer ...' ------------------------------

@pytest.mark.parametrize("possessed", ["Perusahaannya mengirim", "Usahanya mengapalkan", "Pabriknya mengekspor"])
def test_his_company_by_a_possessive_is_his_report(possessed):
    found = facts("KENDARI - Ekonom Universitas Halu Oleo, Rusli Bahtiar, menilai ekspor hasil laut masih kecil.\n\n"
                  "Yohanes Lamba, Direktur PT Teluk Buton Makmur, mengeluhkan ongkos angkut yang naik. "
                  f"{possessed} 52 ton rumput laut kering ke Tiongkok selama 2024.")
    assert who(found["52"]) == ("Yohanes Lamba", "PT Teluk Buton Makmur")


def test_a_possessive_of_someone_with_no_body_named_does_not_take_the_sentence():
    found = facts("KENDARI - Kepala Dinas Kelautan dan Perikanan Provinsi Sulawesi Tenggara, Asrun Lio, mengatakan "
                  "pihaknya mendampingi pembudidaya, salah satunya Wa Ode Hasna. Usahanya kini mengirim 14 ton rumput "
                  "laut per bulan.")
    # the possessive takes nothing: the official's briefing goes on, as without it
    assert who(found["14"]) == ("Asrun Lio", "Dinas Kelautan dan Perikanan Provinsi Sulawesi Tenggara")
    assert "possessive" not in found["14"].why.get("speaker", "")


# -- the citing's reach: its sentence, the figures named back, his quote; not his own body's figures after it --

@pytest.mark.parametrize("own", [
    "Koperasinya sendiri mencatat anggota memasarkan 64 ton kopi pada 2024.",
    "Gapoktan Sumber Rejeki membukukan penjualan 64 ton kopi pada 2024.",
    "Tahun lalu para anggota gapoktan menjual 64 ton kopi ke Jakarta.",
])
def test_a_citing_does_not_reach_his_own_bodys_figure_narrated_later(own):
    found = facts("TEMANGGUNG - Ketua Gabungan Kelompok Tani (Gapoktan) Sumber Rejeki, Heru Prasetyo, yang merujuk "
                  "catatan Dinas Pertanian Kabupaten Temanggung, menyebut produksi kopi membaik. Menurut Heru, harga di "
                  f"tingkat petani ikut naik. {own}")
    assert who(found["64"])[1] != "Dinas Pertanian Kabupaten Temanggung"


def test_a_citing_still_reaches_his_quote_opening_the_next_paragraph():
    found = facts("TEMANGGUNG - Ketua Gabungan Kelompok Tani (Gapoktan) Sumber Rejeki, Heru Prasetyo, yang merujuk "
                  "catatan Dinas Pertanian Kabupaten Temanggung, menyebut produksi kopi membaik. Menurut Heru, harga di "
                  "tingkat petani ikut naik.\n\n\"Produksinya naik 9 persen pada 2024,\" ujar Heru.")
    assert who(found["9"]) == ("Heru Prasetyo", "Dinas Pertanian Kabupaten Temanggung")


@pytest.mark.parametrize("first", [
    "Dinas Perdagangan Kota Surabaya menargetkan ekspor tumbuh 6 persen pada 2025.",
    "Pemerintah Kota Surabaya membidik ekspor tumbuh 6 persen tahun ini.",
    "Target pertumbuhan ekspor 2025 dipatok 6 persen oleh Dinas Perdagangan Kota Surabaya.",
])
def test_figures_named_back_as_cited_keep_a_body_their_sentence_names_and_targets(first):
    found = facts(f"SURABAYA - {first} Nilai ekspor Surabaya sepanjang 2024 tercatat USD 2,3 miliar. Angka itu "
                  "diungkapkan Kepala Dinas Perdagangan Kota Surabaya, Ridwan Hakim, berdasarkan "
                  "data BPS Provinsi Jawa Timur.")
    assert who(found["6"])[1] != "Badan Pusat Statistik Provinsi Jawa Timur"
    assert who(found["2300000000"]) == ("Ridwan Hakim", "Badan Pusat Statistik Provinsi Jawa Timur")


# -- the possessive's owner: the person introduced with his company or association right before it ----------

@pytest.mark.parametrize("intro", [
    "Pemilik CV Kayu Manis Lestari, Yosef Bataona, menyebut pasar Eropa mulai pulih.",
    "Menurut Yosef Bataona, Direktur Utama PT Flores Agro Niaga, pasar Eropa mulai pulih.",
])
def test_a_possessive_goes_to_the_owner_introduced_with_his_company(intro):
    found = facts(f"MAUMERE - Harga kemiri di Sikka naik sejak awal tahun. {intro} Perusahaannya mengapalkan "
                  "21 kontainer kemiri ke Belanda pada 2024.")
    assert who(found["21"])[0] == "Yosef Bataona"


@pytest.mark.parametrize("between", [
    "Yosef kemudian diterima Menteri Perdagangan, Budi Santoso.",
    "Ia hadir bersama Kepala Dinas Perindustrian Kabupaten Sikka, Maria Goreti.",
])
def test_a_possessive_after_someone_else_was_named_is_not_his(between):
    found = facts("MAUMERE - Pemilik CV Kayu Manis Lestari, Yosef Bataona, menyebut pasar Eropa mulai pulih. "
                  f"{between} Perusahaannya mengapalkan 21 kontainer kemiri ke Belanda pada 2024.")
    speaker, agency = who(found["21"])
    assert agency not in ("Kementerian Perdagangan", "Dinas Perindustrian Kabupaten Sikka")
    assert speaker not in ("Budi Santoso", "Maria Goreti")


def test_a_possessive_is_never_a_government_offices():
    found = facts("BLORA - Sutikno, petani jati, bermitra dengan Kepala Dinas Lingkungan Hidup Kabupaten Blora, "
                  "Agus Salim. Usahanya kini menjual 30 meter kubik kayu per bulan.")
    speaker, agency = who(found["30"])
    assert (speaker, agency) != ("Agus Salim", "Dinas Lingkungan Hidup Kabupaten Blora")
    assert agency is None or not agency.startswith("Dinas")


@pytest.mark.parametrize("next_paragraph", [
    "Sementara itu, harga gabah di Lombok Timur naik 3 persen pada Februari 2025.",
    "Di Sumbawa, produksi jagung 2024 mencapai 480 ribu ton, naik 3 persen.",
])
def test_what_a_passive_announced_ends_with_its_paragraph(next_paragraph):
    found = facts(LEAD_NTB + "Rincian per komoditas dijelaskan Fungsional Statistisi BPS NTB, Rahmat Hidayat. "
                  "Sepanjang 2024, konsentrat tembaga menyumbang US$ 250 juta.\n\n" + next_paragraph)
    assert who(found["250000000"])[0] == "Rahmat Hidayat"
    assert who(found["3"]) != ("Rahmat Hidayat", "Badan Pusat Statistik Provinsi Nusa Tenggara Barat")
    assert who(found["3"])[0] != "Rahmat Hidayat"


# -- a speech verb is no release; a citing relative needs a data noun --------------------------------------

@pytest.mark.parametrize("said", ["seperti disampaikan Kepala Dinas Perdagangan Provinsi Sulawesi Tengah",
                                  "sebagaimana dipaparkan oleh Dinas Perdagangan Provinsi Sulawesi Tengah"])
def test_a_speech_verb_after_seperti_is_no_release(said):
    found = facts(f"PALU - Nilai ekspor rotan Sulawesi Tengah sepanjang 2024 mencapai USD 150 juta, {said}.")
    assert "released" not in found["150000000"].why.get("agency", "")


@pytest.mark.parametrize("clause", ["yang mengambil alih kepemimpinan asosiasi tahun lalu",
                                    "yang menggunakan kapal sewaan",
                                    "yang memakai jasa pengiriman swasta"])
def test_a_relative_clause_with_no_data_noun_cites_nothing(clause):
    found = facts("PALU - Ekspor Sulawesi Tengah masih bertumpu pada nikel.\n\n"
                  f"Di luar nikel, ekspor rotan masih kecil. Pengamat ekonomi Universitas Tadulako, Rina Marlina, "
                  f"{clause}, menaksir porsi rotan hanya 2,1 persen dari total ekspor provinsi itu sepanjang 2024.")
    assert "citing another body" not in found["2.1"].why.get("speaker", "")
