"""Who, on the shapes fresh pages brought (issue 9 §4): words that look like names after a title
but are places, the rest of a body's name or an item of a title's list; and the other
attribution shapes these tests name. Every sentence here was written for these tests."""
import pytest

from article_facts import facts_of_article, LEXICON
from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article


def facts_of(body: str, dateline: str = "JAKARTA - "):
    return facts_of_article(body, dateline)


def names(facts):
    return [p.name for p in facts.people]


@pytest.mark.parametrize("sentence, person", [
    # a word that goes on with the place before it is not the first word of the name after it
    ("Kepala Kantor Wilayah Bea Cukai Kalimantan Bagian Barat Rudi Hartono mengatakan ekspor naik 9 persen pada 2023.",
     "Rudi Hartono"),
    ("Ketua Paguyuban Perajin Batik Solo Raya Wening Astuti mengatakan penjualan naik 7 persen pada 2023.",
     "Wening Astuti"),
    # a run that opens with a place's head word is a port or a street
    ("Kepala Kantor Pelayanan Bea dan Cukai Tanjung Mas mengatakan penerimaan pada 2023 mencapai Rp 9 triliun.", None),
    ("Kepala Seksi Humas Kantor Jalan Diponegoro mengatakan ekspor naik 2 persen pada 2023.", None),
    # the word after a body's head word is that body's name; a person named by two words may follow it
    ("Pengamat ekonomi Universitas Andalas mengatakan ekspor Sumatera Barat pada 2023 naik 3 persen.", None),
    ("Ekonom Universitas Tadulako Rina Kartikasari menilai ekspor Sulawesi Tengah pada 2023 naik 11 persen.",
     "Rina Kartikasari"),
    # the items of a title that lists its fields before the body it belongs to are not people
    ("Direktur Industri Kimia, Farmasi, dan Tekstil Kemenperin Dewi Anggraini mengatakan ekspor obat naik 6 persen "
     "pada 2023.", "Dewi Anggraini"),
    # capitalised words after a title up to a comma, then a name: the words are still the role
    ("General Manager Operasi & Jasa Samudra Bahari Cabang Bitung, Yoga Prasetyo, mengatakan ekspor ikan naik "
     "5 persen pada 2023.", "Yoga Prasetyo"),
    ("Direktur Pemasaran Sinar Jaya Mandiri, Laras Wulandari mengatakan ekspor mebel naik 8 persen pada 2023.",
     "Laras Wulandari"),
    # a day after the comma is no name: the words before it are
    ("Kepala Dinas Perdagangan Provinsi Jambi Hendra Gunawan, Senin (3/4), mengatakan ekspor pinang naik 8 persen "
     "pada 2023.", "Hendra Gunawan"),
])
def test_words_after_a_title_that_are_not_a_persons_name(sentence, person):
    facts = facts_of(sentence + "\n")
    assert names(facts) == ([person] if person else [])
    figure = facts.figures[0]
    assert (figure.speaker.name if figure.speaker else None) == person


def test_a_name_before_its_own_title_is_still_a_person():
    facts = facts_of("Ekspor kopi naik 4 persen pada 2023.\nHendra Gunawan Kepala Dinas Perdagangan Provinsi Jambi, "
                     "mengatakan ekspor pinang naik 8 persen pada 2023.\n")
    assert names(facts) == ["Hendra Gunawan"]


def test_a_director_general_speaks_for_the_ministry_and_a_regional_office_for_itself():
    facts = facts_of("Direktur Jenderal Perdagangan Luar Negeri Kemendag Rahmat Santoso mengatakan impor bahan baku "
                     "pada 2023 turun 4 persen.\nDirjen Daglu juga mengungkapkan saat ini ada 1.200 eksportir baru.\n"
                     "Kepala Kantor Wilayah Bea Cukai Riau Toni Saputra mengatakan ekspor Riau pada 2023 naik 5 persen.\n")
    people = {p.name: p.organization for p in facts.people}
    assert people["Rahmat Santoso"] == "Kementerian Perdagangan"
    assert people["Toni Saputra"] != "Kementerian Keuangan"
    first, count, regional = facts.figures
    assert first.agency == count.agency == "Kementerian Perdagangan"
    assert count.speaker.name == "Rahmat Santoso"
    assert regional.agency.startswith("Kantor Wilayah") and regional.agency.endswith("Riau")


def test_a_title_given_after_the_name_by_selaku_or_yang_juga():
    facts = facts_of("Wahyu Prasetyo selaku Kepala BPS Provinsi Jambi mengatakan ekspor Jambi pada Mei 2024 naik "
                     "6 persen.\n")
    (person,) = facts.people
    assert (person.name, person.role) == ("Wahyu Prasetyo", "Kepala BPS Provinsi Jambi")
    assert facts.figures[0].speaker.name == "Wahyu Prasetyo"
    facts = facts_of("Ekspor karet pada 2023 turun 9 persen, ujar Ridwan yang juga Kepala Bidang Statistik "
                     "Distribusi BPS Sumsel.\n")
    (person,) = facts.people
    assert (person.name, person.role) == ("Ridwan", "Kepala Bidang Statistik Distribusi BPS Sumsel")
    assert facts.figures[0].speaker.name == "Ridwan"
    assert facts.figures[0].agency == "Badan Pusat Statistik Provinsi Sumatera Selatan"


def test_a_title_that_ends_the_sentence_leaves_its_full_stop():
    facts = facts_of("Ekspor Jambi pada Mei 2024 mencapai 210 juta dolar AS, kata Wahyu Prasetyo, Kepala BPS "
                     "Provinsi Jambi.\n")
    assert [(p.name, p.role) for p in facts.people] == [("Wahyu Prasetyo", "Kepala BPS Provinsi Jambi")]


def test_a_body_the_lexicon_does_not_list_ends_at_its_city_and_the_person_after_it_speaks():
    facts = facts_of("Ketua Asosiasi Perajin Rotan Kabupaten Cirebon Darmawan Saputra menyebutkan ekspor rotan pada "
                     "2023 naik 15 persen.\n")
    assert [p.name for p in facts.people] == ["Darmawan Saputra"]
    (figure,) = facts.figures
    assert figure.speaker.name == "Darmawan Saputra"
    assert figure.agency == "Asosiasi Perajin Rotan Kabupaten Cirebon"


@pytest.mark.parametrize("sentence, value, unit", [
    ("Eksportir kopi dari daerah ini pada 2023 berjumlah dua puluh lima eksportir.", 25, "eksportir"),
    ("Pelaku usaha yang ikut pameran pada 2023 jumlahnya tujuh belas perusahaan.", 17, "perusahaan"),
    ("Pada 2023 ekspor kopi mencapai dua ribu ton.", 2000, "ton"),
    ("Pada 2023 ekspor kopi naik dua puluh lima persen.", 25, "percent"),
    ("Pada 2023 ekspor kopi mencapai tiga ratus dua puluh ribu ton.", 320000, "ton"),
])
def test_numbers_spelled_out_are_read_whole(sentence, value, unit):
    figures = facts_of(sentence + "\n").figures
    assert [(f.value, f.unit) for f in figures] == [(value, unit)]


def test_a_spelled_number_before_a_noun_without_a_counting_word_is_a_list_size():
    assert facts_of("Pada 2023 ekspor kopi dikirim ke tiga negara, yaitu Mesir, Jepang dan Italia.\n").figures == []


def test_data_a_speaker_cites_is_the_bodys_and_the_speaker_keeps_the_floor():
    facts = facts_of("Menteri Perdagangan Zulkifli Hasan mengatakan kinerja dagang membaik. Hal ini terlihat dari data "
                     "yang telah dirilis BPS, neraca perdagangan Juni 2024 surplus 2,4 miliar dolar AS.\n"
                     "Di tempat lain, harga kopi naik 3 persen pada Juni 2024.\n")
    surplus = next(f for f in facts.figures if f.unit == "USD")
    assert surplus.agency == "Badan Pusat Statistik"
    assert surplus.speaker.name == "Zulkifli Hasan"


def test_a_description_closed_by_a_demonstrative_after_a_quote_is_the_one_speaking():
    facts = facts_of("Kepala Dinas Perdagangan Kota Batu Sari Wulandari mengatakan penjualan apel naik 5 persen.\n"
                     "“Pembeli dari Malaysia kini datang setiap pekan ke kebun kami,” papar perempuan berkacamata itu.\n")
    (quote,) = facts.quotes
    assert quote.speaker.name == "Sari Wulandari" and "epithet" in quote.why["speaker"]


def test_an_amount_told_again_in_another_currency_shares_the_speaker_a_later_telling_gives():
    # (the lead's body is not the official's, so only the later telling can give the lead its speaker)
    facts = facts_of("Badan Pusat Statistik Kabupaten Kudus mencatat ekspor rokok pada 2023 mencapai 12,5 juta dolar AS atau "
                     "sekitar Rp190 miliar.\nKepala Dinas Perdagangan Kabupaten Kudus Rini Hastuti mengatakan hal itu "
                     "membanggakan. “Ekspor kita tahun lalu mencapai 12,5 juta dolar AS,” katanya.\n")
    usd = next(f for f in facts.figures if f.unit == "USD")
    idr = next(f for f in facts.figures if f.unit == "IDR")
    assert usd.speaker.name == "Rini Hastuti"
    assert idr.speaker.name == "Rini Hastuti" and "restates" in idr.why["speaker"]


def test_a_sentence_opening_with_a_bodys_data_is_the_narrators():
    facts = facts_of("Menteri Perdagangan Zulkifli Hasan mengatakan kinerja dagang membaik. Berdasarkan data BPS, "
                     "neraca perdagangan Juni 2024 surplus 2,4 miliar dolar AS.\n")
    surplus = next(f for f in facts.figures if f.unit == "USD")
    assert (surplus.speaker, surplus.agency) == (None, "Badan Pusat Statistik")


def test_a_regional_head_speaks_for_the_regional_government_not_for_the_last_speakers_body():
    facts = facts_of("Kepala BPS Provinsi Bali Endang Retno mengatakan ekspor Bali pada Juni 2024 naik 6 persen.\n"
                     "Sementara itu, Gubernur Bali Wayan Suarta menilai ekspor pada 2024 bisa tumbuh 10 persen.\n"
                     "Bupati Jepara Sugeng Rahardjo mengatakan ekspor mebel pada 2023 turun 9 persen.\n")
    people = {p.name: p.organization for p in facts.people}
    assert people["Wayan Suarta"] == "Pemerintah Provinsi Bali"
    assert people["Sugeng Rahardjo"] == "Pemerintah Kabupaten Jepara"
    _, governor, regent = facts.figures
    assert governor.agency == "Pemerintah Provinsi Bali"
    assert regent.agency == "Pemerintah Kabupaten Jepara"


def test_a_new_speaker_whose_body_is_unknown_does_not_speak_for_the_last_speakers_body():
    facts = facts_of("Kepala BPS Provinsi Bali Endang Retno mengatakan ekspor Bali pada Juni 2024 naik 6 persen.\n"
                     "Pengusaha kerajinan Komang Ayu Lestari mengatakan penjualannya pada Juni 2024 naik 20 persen.\n")
    _, trader = facts.figures
    assert trader.speaker.name == "Komang Ayu Lestari"
    assert trader.agency is None


def test_a_body_named_while_waiting_for_its_release_takes_no_credit():
    facts = facts_of("Kepala Dinas Perdagangan Kota Batu Sari Wulandari membuka pasar murah.\n"
                     "Harga cabai naik menjelang rilis BPS, dari Rp 40 ribu menjadi Rp 55 ribu per kilogram.\n")
    assert all(f.agency is None and f.speaker is None for f in facts.figures) and facts.figures


def test_the_words_that_break_a_title_and_stop_a_label_come_from_the_lexicon():
    """'Menteri Perdagangan hari ini didampingi Rudi': 'didampingi' (a passive of the shape the
    lexicon's title_breaking_words give) ends the Menteri's phrase, so Rudi is not the Menteri;
    a lexicon without passives gives Rudi the Menteri's title. A figure's label stops at the
    words of label_stop_words."""
    text = "Menteri Perdagangan hari ini didampingi Rudi Hartono meninjau gudang kopi yang pada 2023 menyimpan 400 ton.\n"

    def role_of(lexicon):
        article = parse_article("Judul Berita Ekspor Untuk Pengujian\n\nJAKARTA - " + text, lexicon=lexicon)
        return {p.name: p.role for p in extract(article, lexicon).people}.get("Rudi Hartono")

    assert role_of(LEXICON) is None
    other = Lexicon.load("id")
    other.words["title_breaking_words"] = {"words": ["yang"]}
    assert role_of(other).startswith("Menteri Perdagangan")

    def label(lexicon, sentence):
        article = parse_article("Judul Berita Ekspor Untuk Pengujian\n\nJAKARTA - " + sentence, lexicon=lexicon)
        return extract(article, lexicon).figures[0].what

    sentence = "Ekspor kopi olahan melesat pada 2023 sebesar 12 persen.\n"
    assert "melesat" not in label(LEXICON, sentence)
    other = Lexicon.load("id")
    other.words["label_stop_words"] = {"words": ["pada"]}
    assert "melesat" in label(other, sentence)


def test_the_items_of_a_title_joined_by_dan_before_its_body_are_not_people_but_guests_after_a_comma_are():
    facts = facts_of("Direktur Industri Minuman, Hasil Laut, dan Bahan Penyegar Kemenperin Abdul Karim menyampaikan "
                     "ekspor kopi olahan pada 2023 mencapai 500 ribu ton.\n")
    assert [p.name for p in facts.people] == ["Abdul Karim"]
    facts = facts_of("Hadir Ketua Umum Asosiasi Eksportir Kopi Budi Santoso, Bank Indonesia Provinsi Jambi dan Kepala "
                     "Dinas Perdagangan Provinsi Jambi Hendra Gunawan. Ekspor kopi naik 3 persen pada 2023.\n")
    assert [p.name for p in facts.people] == ["Budi Santoso", "Hendra Gunawan"]


def test_each_person_in_a_list_of_officials_keeps_only_their_own_title():
    facts = facts_of("Kepala BPS Provinsi Jambi Agus Sudibyo, Kepala Dinas Perdagangan Provinsi Jambi Hendra Gunawan "
                     "dan Ketua Kadin Jambi Rudi Hartono mengatakan ekspor Jambi naik 3 persen pada 2023.\n")
    assert [(p.name, p.role) for p in facts.people] == [
        ("Agus Sudibyo", "Kepala BPS Provinsi Jambi"),
        ("Hendra Gunawan", "Kepala Dinas Perdagangan Provinsi Jambi"),
        ("Rudi Hartono", "Ketua Kadin Jambi")]


def test_a_name_whose_speech_verb_follows_a_short_relative_clause_is_a_person():
    facts = facts_of("Salah satu pembeli dari PT Sawit Makmur Abadi, Bagus Hartono yang turut hadir mengatakan ekspor "
                     "cangkang naik 5 persen pada 2023.\n“Pelabuhan ini lebih efisien,” sebut Bagus.\n")
    assert names(facts) == ["Bagus Hartono"]
    assert [q.speaker.name for q in facts.quotes] == ["Bagus Hartono"]
    # a relative clause with no reporting verb in it introduces nobody
    assert names(facts_of("Produk dari Sawit Makmur Abadi, Bumi Hijau yang turut dipamerkan naik 5 persen pada 2023.\n")) == []


@pytest.mark.parametrize("sentence, person, organization", [
    ("Agung Wibisono, Sekretaris Perusahaan Semen Nusantara, menjelaskan: “Ekspor kami naik 5 persen pada 2023.”",
     "Agung Wibisono", None),
    # the body and the title that hold the word are still found whole
    ("Jaksa Agung Sanitiar Wibowo mengatakan ekspor naik 5 persen pada 2023.", "Sanitiar Wibowo", "Kejaksaan Agung"),
    ("Kejaksaan Agung mencatat ekspor naik 5 persen pada 2023.", None, None),
])
def test_a_given_name_that_bodies_also_use_starts_a_persons_name(sentence, person, organization):
    facts = facts_of(sentence + "\n")
    assert names(facts) == ([person] if person else [])
    if person:
        assert facts.people[0].organization == organization
        assert [q.speaker.name for q in facts.quotes] == ([person] if facts.quotes else [])


def test_a_pronoun_after_a_speaker_named_again_is_his_not_a_bystanders_introduced_between():
    # a caption introduces the minister, then a bystander; the body names the minister again,
    # and his '," katanya' quotes and their figures are his
    facts = facts_of("Menteri Perdagangan Wahyu Prasetyo (tengah) didampingi Sekretaris Daerah Jambi Hendra Gunawan "
                     "(kiri) saat membuka pameran di Jambi, Senin (3/4/2023).\n"
                     "Menteri Perdagangan, Wahyu Prasetyo, menekankan pentingnya pasar baru.\n"
                     "“Ekspor ke Afrika tumbuh 12 persen pada 2023,” katanya.\n")
    assert [q.speaker.name for q in facts.quotes] == ["Wahyu Prasetyo"]
    figure = next(f for f in facts.figures if f.value == 12)
    assert figure.speaker.name == "Wahyu Prasetyo"
    assert figure.agency == "Kementerian Perdagangan"
    # without the second naming the bystander introduced last is still the one a pronoun finds
    facts = facts_of("Menteri Perdagangan Wahyu Prasetyo membuka pameran di Jambi, Senin (3/4/2023).\n"
                     "Sekretaris Daerah Jambi Hendra Gunawan menyambut rombongan.\n"
                     "“Ekspor ke Afrika tumbuh 12 persen pada 2023,” katanya.\n")
    assert [q.speaker.name for q in facts.quotes] == ["Hendra Gunawan"]


@pytest.mark.parametrize("text, organization", [
    # a short name given in brackets, written later one letter short in a title
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Provinsi Jambi mencatat investasi naik.\n"
     "Kepala DPMPTS Hendra Gunawan mengatakan realisasi investasi pada 2023 mencapai Rp 9 triliun.\n",
     "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jambi"),
    # two letters swapped
    ("Balai Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan (BKIPM) Ambon melepas ekspor tuna.\n"
     "Kepala BKPIM Ambon, Sari Wulandari mengatakan ekspor tuna pada 2023 mencapai 900 ton.\n",
     "Balai Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Ambon"),
    # a listed long short name with one letter changed, its region written after it
    ("Kabid Perdagangan Dindagkop-UKM Kota Magelang, Sari Wulandari, mengatakan ekspor pada 2023 mencapai "
     "3 juta dolar AS.\n",
     "Dinas Perdagangan, Koperasi dan Usaha Kecil dan Menengah Kota Magelang"),
    # a listed kind of regional office with no region written: no body is guessed
    ("Kabid Perdagangan Dindagkop-UKM, Sari Wulandari, mengatakan ekspor pada 2023 mencapai 3 juta dolar AS.\n", None),
    # a short name two letters off is another body
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Provinsi Jambi mencatat investasi naik.\n"
     "Kepala DPMTS Hendra Gunawan mengatakan realisasi investasi pada 2023 mencapai Rp 9 triliun.\n", None),
])
def test_a_title_naming_its_body_by_a_short_name_one_letter_off_gets_that_body(text, organization):
    facts = facts_of(text)
    person = facts.people[-1]
    assert person.organization == organization
    figure = facts.figures[-1]
    assert figure.speaker is person
    if organization:
        assert figure.agency == organization


def test_an_official_introduced_as_the_subject_of_any_verb_takes_the_floor_for_what_his_sentence_counts():
    facts = facts_of("“Layanan ekspor kini lebih cepat,” kata Kepala Badan Karantina Pertanian Rudi Hartono di Medan.\n"
                     "Pada kesempatan yang sama, Kepala Balai Karantina Pertanian Belawan, Sari Wulandari turut melepas "
                     "kopi sebanyak 12 ton senilai Rp 900 juta.\n")
    figure = next(f for f in facts.figures if f.value == 12)
    assert figure.speaker.name == "Sari Wulandari"
    assert figure.agency == facts.people[-1].organization != "Badan Karantina Pertanian"
    # named as the object of the verb, the official does not take the floor
    facts = facts_of("“Layanan ekspor kini lebih cepat,” kata Kepala Badan Karantina Pertanian Rudi Hartono di Medan.\n"
                     "Rudi didampingi Kepala Balai Karantina Pertanian Belawan, Sari Wulandari melepas kopi sebanyak "
                     "12 ton.\n")
    figure = next(f for f in facts.figures if f.value == 12)
    assert figure.speaker.name == "Rudi Hartono"
    # 'Menurut <title> <name>, pada ...': a citation, read as before, not an action
    facts = facts_of("Ekspor kopi naik 4 persen pada Mei. Menurut Kepala Bidang Statistik Distribusi Badan Pusat "
                     "Statistik (BPS) Provinsi Jambi Sari Wulandari Kusumaningrum, pada bulan itu nilai ekspor mencapai "
                     "2 juta dolar AS.\n")
    assert [f.speaker for f in facts.figures if f.value == 4] == [None]


def test_a_speaker_named_again_only_in_passing_does_not_take_a_later_pronoun():
    facts = facts_of("Menteri Perdagangan Wahyu Prasetyo membuka pameran di Jambi, Senin (3/4/2023).\n"
                     "Kepala Dinas Perdagangan Provinsi Jambi Hendra Gunawan mengatakan pameran digelar sesuai arahan "
                     "Menteri Perdagangan Wahyu Prasetyo.\n"
                     "“Ekspor pinang tumbuh 12 persen pada 2023,” katanya.\n")
    assert [q.speaker.name for q in facts.quotes] == ["Hendra Gunawan"]


@pytest.mark.parametrize("sentence, person, role", [
    # a middle initial written without its dot stays inside the name
    ("“Ekspor Maret 2023 naik 4 persen,” kata Kepala Bidang Statistik Distribusi BPS Jatim Andi R Wibisono di Kota "
     "Surabaya, Senin.", "Andi R Wibisono", "Kepala Bidang Statistik Distribusi BPS Jatim"),
    # one opening the name after the comma that ends the title is the name's, not the title's
    ("Kepala Karantina Jatim, N Budiman Siregar mengatakan ekspor Maret 2023 naik 4 persen.", "N Budiman Siregar",
     "Kepala Karantina Jatim"),
    # right after the title's last word a lone capital is a grade or an honorific, not an initial
    ("Kepala Kantor Bea dan Cukai Tipe Madya B Rudi Hartono mengatakan penerimaan 2023 naik 4 persen.", "Rudi Hartono",
     None),
    ("Bupati Kudus H Rudi Hartono mengatakan ekspor 2023 naik 4 persen.", "Rudi Hartono", "Bupati Kudus"),
    # an initial with its dot is one wherever it stands
    ("Kepala BPS Jatim M. Rahardjo mengatakan ekspor Maret 2023 naik 4 persen.", "M Rahardjo", "Kepala BPS Jatim"),
])
def test_a_lone_capital_is_an_initial_inside_a_name_or_after_punctuation(sentence, person, role):
    facts = facts_of(sentence + "\n")
    assert names(facts) == [person]
    if role:
        assert facts.people[0].role == role
    assert facts.figures[0].speaker.name == person


def test_a_name_right_after_a_listed_bodys_full_name_is_its_heads_not_part_of_a_body():
    facts = facts_of("Kepala Badan Pusat Statistik Rudi Hartono Wijaya menyebutkan, nilai ekspor pada Maret 2023 "
                     "naik 4 persen.\n")
    assert names(facts) == ["Rudi Hartono Wijaya"]
    assert facts.people[0].organization == "Badan Pusat Statistik"
    assert [(f.agency, f.speaker.name) for f in facts.figures] == [("Badan Pusat Statistik", "Rudi Hartono Wijaya")]
    assert not any("Rudi" in o.name for o in facts.organizations)


@pytest.mark.parametrize("sentence, organization", [
    # a title phrase that ends in an association's name the lists do not know: the association
    ("Ketua Umum Himpunan Perajin Rotan Nusantara (HPR2N), Dedi Santoso, mengatakan ekspor rotan naik 6 persen "
     "pada 2023.", "Himpunan Perajin Rotan Nusantara"),
    # its region's short name is written in full
    ("Ketua Paguyuban Perajin Tenun Sumut, Dedi Santoso, mengatakan ekspor tenun naik 6 persen pada 2023.",
     "Paguyuban Perajin Tenun Sumatera Utara"),
    ("Ekonom Universitas Tadulako Rina Kartikasari menilai ekspor Sulawesi Tengah pada 2023 naik 11 persen.",
     "Universitas Tadulako"),
    # a company group: its name after the title's words, its short name in brackets left out
    ("Direktur Utama Sinar Lestari Bahari (SLB) Group, Dedi Santoso, mengatakan ekspor cangkang naik 6 persen "
     "pada 2023.", "Sinar Lestari Bahari Group"),
    # a unit's head word names a part of a body named elsewhere: no body is made of it
    ("Kepala Pusat Karantina Tumbuhan, Dedi Santoso, mengatakan ekspor lada naik 6 persen pada 2023.", None),
])
def test_a_body_no_list_knows_is_read_from_the_title_phrase_that_ends_in_its_shape(sentence, organization):
    facts = facts_of(sentence + "\n")
    assert [p.organization for p in facts.people] == [organization]
    figure = facts.figures[0]
    assert figure.agency == organization
    if organization:
        assert "read from the title phrase" in figure.why["agency"]


@pytest.mark.parametrize("sentence, person", [
    # the last word of the name is also a word of a body's name ('Sumber Daya Alam')
    ('"Ekspor kopi kita pada 2023 naik 5 persen," ujar Ketua Asosiasi Petani Kopi (APK) Jambi, Dedi Alam di Jambi, '
     "Rabu.", "Dedi Alam"),
    # right after the body's short name in brackets, no comma between
    ("Ketua Asosiasi Petani Kopi (APK) Dedi Alam mengatakan ekspor kopi pada 2023 naik 5 persen.", "Dedi Alam"),
    # the first word of the name is also a place's name
    ("Kepala Kantor Dagang (KD) Kairo, Bima Saputra, melaporkan ekspor kopi pada 2023 naik 5 persen.", "Bima Saputra"),
])
def test_a_name_set_off_by_commas_after_its_title_is_whole_though_a_word_of_it_names_a_body_or_place(sentence, person):
    facts = facts_of(sentence + "\n")
    assert names(facts) == [person]
    assert facts.figures[0].speaker.name == person


def test_words_set_off_by_commas_that_open_with_a_title_or_a_bodys_head_word_are_no_name():
    facts = facts_of("Ekspor kopi naik 5 persen pada 2023, kata Ketua Asosiasi Petani Kopi (APK) Jambi, Kepala Desa, "
                     "di Jambi.\n")
    assert "Kepala Desa" not in names(facts)
    # one title word and one name word: only the title word check keeps the pair out
    facts = facts_of("Ekspor kopi naik 5 persen pada 2023, kata Ketua Asosiasi Petani Kopi (APK) Jambi, Kepala Rudianto, "
                     "di Jambi.\n")
    assert "Kepala Rudianto" not in names(facts)


def test_a_bodys_head_word_alone_in_a_title_names_no_body():
    facts = facts_of("Ekspor kopi pada Mei 2024 mencapai 300 ton, kata Ketua Asosiasi, Budi Santosa, di Jambi.\n")
    assert facts.figures[0].speaker.name == "Budi Santosa"
    assert facts.figures[0].agency is None
    assert not [o for o in facts.organizations if o.name == "Asosiasi"]


@pytest.mark.parametrize("sentence, person", [
    ("Nilai ekspor kopi mencapai USD 5 juta pada 2023, kata M. Suryana, Humas PT Kopi Nusantara.", "M Suryana"),
    ("Volume ekspor kakao naik menjadi 300 ton pada 2023, ujar Kepala Dinas Perkebunan Jawa Timur, R. Hartono, "
     "di Surabaya.", "R Hartono"),
])
def test_a_name_with_a_dotted_initial_named_after_the_verb_speaks_for_the_figure(sentence, person):
    # regression: the name after the verb had to open with a whole word, so 'M. Suryana' named no one
    facts = facts_of("Pasar ekspor kopi daerah terus tumbuh.\n\n" + sentence + "\n")
    figure = facts.figures[0]
    assert figure.speaker is not None and figure.speaker.name == person
    assert figure.why["speaker"].startswith("named after the verb")


def test_a_text_copied_with_its_print_line_breaks_reads_each_sentence_whole():
    # lines broken inside their sentences, a few words a line: the speaker named on one line
    # speaks for the figure on the next, and the quote that opens on a line of its own is his
    facts = facts_of("Dinas Perdagangan Kota Contoh mencatat\n"
                     "nilai ekspor kota itu pada Maret 2023 naik menjadi\n"
                     "USD 12 juta. Menurut Kepala Dinas Perdagangan Kota Contoh Rudi Hartono,\n"
                     "kenaikan itu berasal dari kopi.\n"
                     "“Ekspor\n"
                     "kopi tumbuh 8 persen pada Maret 2023,” kata\n"
                     "Rudi Hartono.\n")
    assert [(f.value, f.speaker and f.speaker.name) for f in facts.figures][-1] == (8, "Rudi Hartono")
    assert facts.figures[0].value == 12_000_000
    assert [q.speaker.name for q in facts.quotes if q.speaker] == ["Rudi Hartono"]
    # in such a text a line left open goes on below whatever the next line opens with
    assert "naik menjadi USD 12 juta. Menurut" in facts.article.body


def test_a_single_short_line_before_a_lowercase_one_stays_its_own_paragraph():
    # a byline or a label over a lowercase line is no sentence broken by the copy's width
    article = parse_article("Judul Berita Ekspor Untuk Pengujian\n\nJAKARTA - Berita terkait\nekspor kopi naik 8 persen "
                            "pada 2023.\nEkspor teh pada 2023 naik menjadi USD 5 juta, kata\nRudi Hartono.\n",
                            lexicon=LEXICON)
    assert "terkait\nekspor" in article.body
    assert "kata\nRudi" in article.body  # the next line opens with a capital: no break inside a sentence is told
    assert len(article.body) == len(article.text)


@pytest.mark.parametrize("opening, again, body", [
    ("Badan Pengembangan Usaha Daerah dan Promosi Ekspor (BPUD dan PE) Jawa Tengah",
     "Kepala Bidang Promosi BPUD dan PE Jawa Tengah",
     "Badan Pengembangan Usaha Daerah dan Promosi Ekspor Jawa Tengah"),
    ("Badan Layanan Ekspor Terpadu (BLE Terpadu) Jawa Tengah",
     "Kepala Seksi Data BLE Terpadu Jawa Tengah",
     "Badan Layanan Ekspor Terpadu Jawa Tengah"),
])
def test_a_body_introduced_with_a_short_name_of_several_words_is_found_whole_and_by_that_short_name(
        opening, again, body):
    # regression: the short name in brackets had to be one word, so the body was no body and
    # the title that names it again by its short name gave its head no organisation
    facts = facts_of(opening + " menargetkan ekspor pada 2024 sebesar USD 40 juta.\n\n"
                     + again + ", Sari Wulandari mengatakan, realisasi ekspor pada Januari 2024 mencapai USD 4 juta.\n")
    target, figure = facts.figures[0], facts.figures[-1]
    assert body in [o.name for o in facts.organizations]
    assert target.agency == body
    assert figure.speaker is not None and figure.speaker.name == "Sari Wulandari"
    assert figure.agency == body


@pytest.mark.parametrize("role", [
    "Kepala Seksi Pengolahan Data dan Informasi Pasar, Bidang Pelayanan Ekspor dan Impor, Dinas Perdagangan Kota Batu",
    "Kepala Bidang Pengolahan dan Pemasaran Hasil Kelautan dan Perikanan (P2HP) di Dinas Perdagangan Kota Batu",
])
def test_a_title_whose_units_are_set_off_by_commas_or_di_before_its_body_gives_its_holder_that_body(role):
    # regression: a long title phrase (more words than a listed title may stand from its name)
    # before the body had to be capitalised words and spaces only, so the holder had no body and the figures he gave went to another body or to none
    facts = facts_of("PT Kopi Nusantara Abadi mengirim kopi ke Jepang pekan lalu.\n\n"
                     + role + ", Rina Kusuma, mengatakan ekspor kopi kota itu naik 5 persen pada 2023.\n")
    person = next(p for p in facts.people if p.name == "Rina Kusuma")
    assert person.organization == "Dinas Perdagangan Kota Batu"
    figure = facts.figures[0]
    assert figure.agency == "Dinas Perdagangan Kota Batu"
    assert figure.speaker is not None and figure.speaker.name == "Rina Kusuma"


def test_a_figure_after_a_quote_whose_speakers_title_ends_in_a_lone_capital_keeps_the_speaker():
    # regression: 'kata Kepala Seksi I. Selain itu ...' ran the name on past the full stop, and
    # the figure said after it named no one
    facts = facts_of("Kepala Seksi I Dimas Prasetyo meninjau gudang.\n\n"
                     "“Permintaan lada putih dari Eropa naik sejak bulan lalu,” kata Kepala Seksi I. Selain itu "
                     "ekspor lada naik 4 persen pada 2023.\n")
    figure = facts.figures[0]
    assert figure.speaker is not None and figure.speaker.name == "Dimas Prasetyo"


def test_an_initial_written_without_its_space_is_read_whole_but_names_no_one_yet():
    # a known gap, kept visible: 'kata M.Suryana' is not cut at the dot (the reason quotes the
    # whole name), but no person is found for it, as for 'M. Suryana'
    facts = facts_of("Pengapalan kopi berjalan lancar.\n\n"
                     "“Kopi kami dikirim ke Jepang setiap bulan,” kata M.Suryana, Humas PT Kopi Nusantara.\n")
    (quote,) = facts.quotes
    assert quote.speaker is None
    assert quote.why["speaker"] == "unresolved: named after the quote ('kata M.Suryana')"
    facts = facts_of("Pengapalan kopi berjalan lancar.\n\n"
                     "“Kopi kami dikirim ke Jepang setiap bulan,” kata M. Suryana, Humas PT Kopi Nusantara.\n")
    assert facts.quotes[0].speaker is not None and facts.quotes[0].speaker.name == "M Suryana"


def test_a_heading_and_a_table_row_stay_lines_of_their_own_in_a_wrapped_text():
    # a text copied with its print line breaks (most lines go on below in lowercase); a heading of
    # capitalised words is no part of the next line's sentence, nor is a table row ending in a unit
    text = ("Judul Berita Ekspor Untuk Pengujian\n\nKOTA CONTOH - Badan Pusat Statistik Provinsi Contoh\n"
            "mencatat nilai ekspor pada Maret 2024 mencapai USD 300\njuta, naik dibanding bulan sebelumnya yang\n"
            "tercatat sebesar USD 250 juta. Kenaikan itu\nditopang oleh ekspor nikel olahan.\n\n"
            "Komoditas Unggulan\nKepala BPS Contoh Rudi Hartono mengatakan ekspor nikel masih\n"
            "mendominasi pada Maret 2024.\n\nJepang 300 ton\nAmerika Serikat 200 ton\n")
    article = parse_article(text, lexicon=LEXICON)
    assert "USD 300 juta" in article.body  # the wrapped sentence is joined
    assert "Unggulan\nKepala" in article.body
    assert "300 ton\nAmerika" in article.body
    assert len(article.body) == len(article.text)


@pytest.mark.parametrize("tail", ["hari ini.", "di Kendari, Selasa.", "kepada wartawan di kantornya."])
def test_an_official_named_after_the_verb_with_his_title_speaks_whatever_follows_his_name(tail):
    # what was said, then the verb, the official's title and his name, then words that are not a
    # comma: the figures before the verb are his, for his body
    facts = facts_of("Ekspor rumput laut Sulawesi Tenggara pada 2023 mencapai US$ 12 juta, "
                     f"ungkap Kepala Badan Pusat Statistik Provinsi Sulawesi Tenggara Wening Astuti {tail}\n")
    figure = facts.figures[0]
    assert figure.speaker is not None and figure.speaker.name == "Wening Astuti"
    assert figure.agency == "Badan Pusat Statistik Provinsi Sulawesi Tenggara"
    assert figure.why["speaker"] == "named after the verb, his title before his name (Wening Astuti)"


def test_a_head_named_after_the_verb_who_speaks_through_an_official_leaves_him_the_words():
    facts = facts_of("Ekspor mebel Kabupaten Jepara pada 2023 mencapai US$ 40 juta, kata Kepala Dinas Perindustrian dan "
                     "Perdagangan Kabupaten Jepara Hendra Gunawan melalui Kepala Seksi Ekspor Laras Wulandari di "
                     "Jepara, Senin.\n")
    figure = facts.figures[0]
    assert figure.speaker is not None and figure.speaker.name == "Laras Wulandari"


def test_a_regional_heads_bare_title_heads_the_government_of_the_region_the_text_names_first():
    facts = facts_of("Pemerintah Kabupaten Batang menggelar temu usaha dengan Pemkab Jepara pada Senin.\n"
                     "Wakil Bupati Hendra Gunawan mengatakan ekspor kopi pada 2023 mencapai Rp 9 miliar.\n")
    (person,) = facts.people
    assert person.organization == "Pemerintah Kabupaten Batang"
    figure = facts.figures[0]
    assert figure.agency == "Pemerintah Kabupaten Batang"
    assert figure.why["agency"] == ("the speaker's body (Hendra Gunawan, the body of the text that his bare "
                                    "title heads)")


@pytest.mark.parametrize("bodies, organization", [
    ("Kementerian Perindustrian menggelar pameran pada Senin.", "Kementerian Perindustrian"),
    # two ministries named: the bare title does not say which one he heads
    ("Kementerian Perindustrian dan Kementerian Perdagangan menggelar pameran pada Senin.", None),
])
def test_a_ministers_bare_title_heads_the_one_ministry_the_text_names(bodies, organization):
    facts = facts_of(bodies + "\nMenteri Laras Wulandari mengatakan ekspor mebel pada 2023 naik 6 persen.\n")
    person = next(p for p in facts.people if p.name == "Laras Wulandari")
    assert person.organization == organization


def test_a_presidents_bare_title_is_a_whole_heads_title_and_takes_no_body_from_the_text():
    facts = facts_of("Kementerian Perindustrian menggelar pameran pada Senin.\n"
                     "Presiden Laras Wulandari mengatakan ekspor mebel pada 2023 naik 6 persen.\n")
    person = next(p for p in facts.people if p.name == "Laras Wulandari")
    assert person.organization != "Kementerian Perindustrian"


def test_a_word_the_text_writes_in_lowercase_elsewhere_is_no_ones_one_word_name():
    # after a title and a comma, a capitalised commodity opening the clause looks like an official's
    # name; the text writes it in lowercase elsewhere, which a name never is
    text = "Kepala Dinas Perdagangan, Gambir kering diekspor sebanyak 20 ton pada 2023.\n{}\n"
    assert names(facts_of(text.format("Harga gambir di tingkat petani ikut naik."))) == []
    # not written in lowercase anywhere: still read as the name after the title
    assert names(facts_of(text.format("Harga di tingkat petani ikut naik."))) == ["Gambir"]


def test_a_person_named_again_with_a_title_that_names_his_body_works_for_that_body():
    # first named with a unit's title and no body, then again with the title and the body
    text = ("Kepala Dinas Perdagangan Provinsi Jambi, Hendra Gunawan, didampingi Kabid Perdagangan Luar Negeri, "
            "Laras Wulandari, membuka pameran pada Senin.\n"
            "Kabid Perdagangan Luar Negeri, {}Laras Wulandari, menjelaskan ekspor pinang pada 2023 naik 8 persen.\n")
    facts = facts_of(text.format("Dinas Perdagangan Provinsi Jambi, "))
    person = next(p for p in facts.people if p.name == "Laras Wulandari")
    assert person.organization == "Dinas Perdagangan Provinsi Jambi"
    figure = facts.figures[0]
    assert figure.speaker.name == "Laras Wulandari"
    assert figure.agency == "Dinas Perdagangan Provinsi Jambi"
    assert figure.why["agency"] == ("the speaker's body (Laras Wulandari, the body of the title he is named "
                                    "with again)")
    # named again with the same bare title: no body of her own in either title; a unit's title is of the
    # office named before her (decision 0067), here the Dinas whose head she accompanies
    facts = facts_of(text.format(""))
    person = next(p for p in facts.people if p.name == "Laras Wulandari")
    assert person.organization == "Dinas Perdagangan Provinsi Jambi"
    assert person.organization_why.startswith("his title names a unit and no body")


def test_a_body_followed_by_its_parent_ministry_is_the_body_the_title_names():
    # the parent written right after the body only says whose unit it is (issue 9: who)
    facts = facts_of("Kepala Badan Karantina Pertanian Kementerian Pertanian, Yusuf Hidayat, mengatakan ekspor sarang "
                     "walet pada 2023 mencapai 1.200 ton.\n")
    (person,) = facts.people
    assert person.organization == "Badan Karantina Pertanian"
    (figure,) = facts.figures
    assert figure.agency == "Badan Karantina Pertanian"
    assert "the parent written after it only qualifies it" in figure.why["agency"]
    # its short name in brackets between the body and the parent changes nothing
    facts = facts_of("Kepala Badan Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan (BKIPM) KKP, "
                     "Dewi Lestari, mengatakan ekspor tuna pada 2023 mencapai 52.000 ton.\n")
    assert facts.figures[0].agency == "Badan Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan"


def test_a_director_general_followed_by_his_ministry_still_speaks_for_the_ministry():
    # a directorate general is a unit that speaks for its parent, written with it or not
    facts = facts_of("Direktur Jenderal Perkebunan Kementerian Pertanian, Agus Salim, mengatakan ekspor kopi pada 2023 "
                     "naik 6 persen.\n")
    assert facts.figures[0].agency == "Kementerian Pertanian"


def test_the_ministry_written_alone_is_the_last_ministry_named():
    # 'kementerian' standing alone later points to the parent named in the title, not to the unit
    facts = facts_of("Kepala Badan Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan (BKIPM) KKP, "
                     "Dewi Lestari, mengatakan ekspor tuna pada 2023 mencapai 52.000 ton.\n\n"
                     "Data dari kementerian juga menunjukkan produksi udang pada 2023 mencapai 1,2 juta ton.\n")
    tuna, shrimp = facts.figures
    assert tuna.agency.startswith("Badan Karantina Ikan")
    assert shrimp.agency == "Kementerian Kelautan dan Perikanan"
    assert "'kementerian' alone: the last body of that kind named" in shrimp.why["agency"]
    # a listed ministry's name written in lowercase is no kind word standing alone
    facts = facts_of("Kementerian Perdagangan mencatat ekspor kopi pada 2023 naik 4 persen.\n\n"
                     "Data dari kementerian pertanian menunjukkan produksi kopi pada 2023 mencapai 760.000 ton.\n")
    assert "alone" not in facts.figures[1].why.get("agency", "")
    # a ministry's own name (capitalised, followed by its name) is no such reference
    facts = facts_of("Kementerian Perdagangan mencatat ekspor kopi pada 2023 naik 4 persen.\n")
    assert facts.figures[0].agency == "Kementerian Perdagangan"


@pytest.mark.parametrize("generic", [
    "Sejumlah kementerian melaporkan serapan anggaran pada 2023 mencapai 90 persen.",
    "Presiden meminta setiap kementerian melaporkan realisasi belanja 2023 yang mencapai 95 persen.",
    "Data dari kementerian dan lembaga menunjukkan realisasi belanja pada 2023 mencapai Rp 1.200 triliun.",
    "Kementerian terkait mencatat produksi gula pada 2023 mencapai 2,3 juta ton.",
])
def test_any_ministry_is_no_reference_to_the_last_one_named(generic):
    # a word before or after that makes it any ministry ('setiap', 'sejumlah', 'dan lembaga',
    # 'terkait'): no ministry of the text takes the figure (review of who21)
    facts = facts_of("Kementerian Perdagangan mencatat ekspor kopi pada 2023 naik 4 persen.\n\n"
                     "Badan Pusat Statistik mencatat inflasi pada 2023 sebesar 2,6 persen.\n\n" + generic + "\n")
    assert facts.figures[-1].agency != "Kementerian Perdagangan"
    assert "alone" not in facts.figures[-1].why.get("agency", "")


def test_the_ministry_alone_before_a_comma_is_the_last_ministry_named():
    facts = facts_of("Kementerian Kelautan dan Perikanan mencatat ekspor tuna pada 2023 mencapai 52.000 ton.\n\n"
                     "Badan Pusat Statistik mencatat inflasi pada 2023 sebesar 2,6 persen.\n\n"
                     "Menurut kementerian, produksi udang pada 2023 mencapai 1,2 juta ton.\n")
    assert facts.figures[-1].agency == "Kementerian Kelautan dan Perikanan"


def test_a_director_general_keeps_his_own_reason_when_the_parent_changes_nothing():
    facts = facts_of("Direktur Jenderal Perkebunan Kementerian Pertanian, Agus Salim, mengatakan ekspor kopi pada 2023 "
                     "naik 6 persen.\n")
    assert facts.figures[0].agency == "Kementerian Pertanian"
    assert "only qualifies it" not in facts.figures[0].why["agency"]


def test_data_obtained_by_the_outlet_from_a_body_is_the_bodys_data():
    # 'data yang diperoleh <outlet> dari (situs) <body>': the outlet only fetched it (issue 9: who)
    facts = facts_of("Berdasarkan data yang didapat redaksi kabarniaga.id dari situs Badan Pusat Statistik (BPS) "
                     "Jambi, nilai ekspor Jambi pada Mei 2023 mencapai US$ 310 juta.\n")
    (figure,) = facts.figures
    assert figure.agency == "Badan Pusat Statistik Provinsi Jambi"
    assert figure.why["agency"].startswith("source of the data obtained from it")
    facts = facts_of("Data yang diperoleh Warta Niaga dari Badan Pusat Statistik (BPS) Jambi, ekspor Jambi pada Mei "
                     "2023 mencapai US$ 310 juta.\n")
    assert facts.figures[0].agency == "Badan Pusat Statistik Provinsi Jambi"
    # the body met in passing after a reporter's own words takes no credit
    facts = facts_of("Wartawan yang ditemui di kantor Badan Pusat Statistik (BPS) Jambi menyebut ekspor Jambi pada "
                     "Mei 2023 mencapai US$ 310 juta.\n")
    assert not facts.figures[0].why.get("agency", "").startswith("source of the data obtained")
