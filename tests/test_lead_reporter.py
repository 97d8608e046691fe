"""Who reports figures the narration tells before the body or its official is named (issue 9,
session leadwho): a title-only official whose speech verb follows a short 'dalam ...' phrase, and an
official whose first words go on with the narration ('Begitu juga ...'). Sentences invented."""
import pytest

from article_facts import by_value, facts_of_article, who


def facts_of(body: str, dateline: str = "JAKARTA - "):
    return facts_of_article(body, dateline)


# -- a body (or its head by title only) speaking after a short phrase of where or how

def test_a_head_by_title_speaking_after_a_phrase_of_his_release_reports_for_his_office():
    facts = facts_of("Neraca dagang Kalimantan Barat pada Juni 2024 surplus US$ 71,2 juta.\n\n"
                     "Kepala BPS Kalimantan Barat dalam paparannya di Pontianak memaparkan, nilai ekspor karet pada "
                     "Juni turun menjadi US$ 33,8 juta, atau 4,2 persen lebih rendah dari Mei.\n", "PONTIANAK - ")
    figures = by_value(facts)
    assert figures["33800000"].agency == "Badan Pusat Statistik Provinsi Kalimantan Barat"
    assert figures["-4.2"].agency == "Badan Pusat Statistik Provinsi Kalimantan Barat"


def test_a_body_speaking_after_a_phrase_of_the_occasion_reports():
    facts = facts_of("BPS Provinsi Riau dalam konferensi pers menyampaikan ekspor kelapa sawit pada Juni 2024 "
                     "mencapai US$ 812,4 juta.\n", "PEKANBARU - ")
    assert facts.figures[0].agency == "Badan Pusat Statistik Provinsi Riau"
    facts = facts_of("Kepala Dinas Perdagangan Kota Batu melalui keterangan tertulis di Batu menyebutkan ekspor "
                     "kopi pada Juni 2024 mencapai 43,5 ton.\n", "BATU - ")
    assert facts.figures[0].agency == "Dinas Perdagangan Kota Batu"


def test_a_body_after_an_active_verb_is_its_object_not_the_speaker():
    # the economist comments on the office's release: his words are not the office's report
    for between in ("dalam diskusi di Padang ", ""):
        facts = facts_of("Ekonom Universitas Andalas, Rina Marlina, yang menanggapi BPS Sumatera Barat "
                         f"{between}menjelaskan, harga beras naik 4,7 persen pada Mei 2024.\n", "PADANG - ")
        assert facts.figures[0].agency == "Universitas Andalas"  # his own body, not the office


def test_a_body_after_a_passive_verb_or_a_companion_preposition_is_not_the_speaker():
    for sentence, expected in (
            ("Seorang perajin yang dibina Dinas Perdagangan Kota Cirebon menyebutkan ekspor rotan pada 2024 naik "
             "9,2 persen.", (None, None)),
            ("Perajin yang berkoordinasi dengan Dinas Perdagangan Kota Cirebon menyebutkan ekspor rotan pada 2024 "
             "naik 9,2 persen.", (None, None)),
            ("Wali Kota Cirebon Eti Herawati dalam rapat bersama BPS Kota Cirebon menjelaskan ekspor rotan pada 2024 "
             "naik 9,2 persen.", ("Eti Herawati", "Pemerintah Kota Cirebon"))):
        assert who(by_value(facts_of(sentence + "\n", "CIREBON - "))["9.2"]) == expected, sentence


def test_a_body_after_a_conjunction_shaped_like_a_verb_or_joined_to_another_subject_still_reports():
    for sentence, body in (
            ("Harga rotan di Cirebon turun, meskipun Dinas Perdagangan Kota Cirebon mencatat ekspor rotan pada 2024 "
             "naik 9,2 persen.", "Dinas Perdagangan Kota Cirebon"),
            ("Harga rotan belum pulih, mengingat BPS Kota Cirebon mencatat ekspor rotan pada 2024 naik 9,2 persen.",
             "Badan Pusat Statistik Kota Cirebon"),
            ("Ekspor rotan tidak melambat, melainkan BPS Kota Cirebon mencatat ekspor rotan pada 2024 naik 9,2 "
             "persen.", "Badan Pusat Statistik Kota Cirebon"),
            ("Pemerintah Kota Cirebon bersama BPS Kota Cirebon menyampaikan ekspor rotan pada 2024 naik 9,2 persen.",
             "Badan Pusat Statistik Kota Cirebon"),
            ("Pemerintah Kota Cirebon melalui BPS Kota Cirebon mencatat ekspor rotan pada 2024 naik 9,2 persen.",
             "Badan Pusat Statistik Kota Cirebon")):
        assert by_value(facts_of(sentence + "\n", "CIREBON - "))["9.2"].agency == body, sentence


def test_a_body_named_in_passing_before_a_phrase_and_a_verb_takes_no_figure():
    facts = facts_of("Harga cabai di Medan naik menjadi Rp 61.500 per kilogram usai BPS Sumatera Utara dalam "
                     "rilisnya menyebut inflasi Mei 2024 sebesar 0,73 persen.\n", "MEDAN - ")
    assert all(f.agency is None for f in facts.figures)


def test_a_body_after_a_speech_verb_still_opens_its_own_clause():
    facts = facts_of("Kepala Dinas Perdagangan Kota Batu, Sari Wulandari, mengatakan ekspor kopi naik. Sari "
                     "menambahkan Dinas Pertanian Kota Batu mencatat produksi kopi 2024 mencapai 1.250 ton.\n", "BATU - ")
    assert by_value(facts)["1250"].agency == "Dinas Pertanian Kota Batu"


# -- an official whose first words go on with the narration before him ('Begitu juga ...')

def test_a_lead_is_the_briefing_of_the_official_whose_quote_goes_on_with_it():
    facts = facts_of("Ekspor Provinsi Jambi pada April 2024 naik 8,47 persen dibanding Maret, menjadi US$ 310,5 juta.\n"
                     "Kenaikan itu terutama didorong ekspor batu bara yang naik 11,25 persen.\n"
                     "“Demikian pula impor yang naik 5,36 persen dari bulan sebelumnya,” kata Kepala Badan Pusat "
                     "Statistik Provinsi Jambi, Agus Sudibyo, Senin.\n", "JAMBI - ")
    figures = by_value(facts)
    for value in ("8.47", "310500000", "11.25"):
        assert who(figures[value]) == ("Agus Sudibyo", "Badan Pusat Statistik Provinsi Jambi"), value


def test_a_lead_is_the_briefing_of_an_investment_head_who_goes_on_likewise():
    facts = facts_of("Realisasi investasi Kabupaten Kutai Timur pada triwulan I 2024 mencapai Rp 2,45 triliun.\n\n"
                     "Sebagian besar berasal dari penanaman modal dalam negeri sebesar Rp 1,82 triliun.\n\n"
                     "“Begitu pula investasi asing yang naik menjadi Rp 630 miliar,” ujar Kepala Dinas Penanaman Modal "
                     "dan Pelayanan Terpadu Satu Pintu Kabupaten Kutai Timur, Rini Astuti.\n", "SANGATTA - ")
    for value in ("2450000000000", "1820000000000"):
        assert who(by_value(facts)[value]) == (
            "Rini Astuti", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Kutai Timur"), value


def test_an_economist_going_on_likewise_does_not_take_the_lead():
    facts = facts_of("Ekspor Provinsi Jambi pada April 2024 naik 8,47 persen dibanding Maret.\n"
                     "Kenaikan itu terutama didorong ekspor batu bara yang naik 11,25 persen.\n"
                     "“Begitu juga impor yang naik 5,36 persen,” kata ekonom Universitas Jambi, Budi Hartono.\n",
                     "JAMBI - ")
    assert who(by_value(facts)["8.47"]) == (None, None)


def test_an_official_turning_away_or_adding_another_matter_does_not_take_the_lead_and_its_narration():
    for opener in ("Sementara itu, kami membuka klinik ekspor", "Selain itu, kami membuka klinik ekspor"):
        facts = facts_of("Ekspor Provinsi Jambi pada April 2024 naik 8,47 persen dibanding Maret.\n"
                         "Kenaikan itu terutama didorong ekspor batu bara yang naik 11,25 persen.\n"
                         f"“{opener} bagi 35 eksportir baru,” kata Kepala Dinas Perindustrian dan Perdagangan "
                         "Provinsi Jambi, Budi Hartono.\n", "JAMBI - ")
        assert who(by_value(facts)["8.47"]) == (None, None), opener


def test_a_lead_sourced_to_one_body_keeps_it_before_another_bodys_official_going_on_likewise():
    facts = facts_of("Ekspor Provinsi Jambi pada April 2024 naik 8,47 persen dibanding Maret, menurut data BPS "
                     "Provinsi Jambi.\n"
                     "Kenaikan itu terutama didorong ekspor batu bara yang naik 11,25 persen.\n"
                     "“Begitu juga ekspor kopi yang naik 12,35 persen,” kata Kepala Dinas Perindustrian dan "
                     "Perdagangan Provinsi Jambi, Budi Hartono.\n", "JAMBI - ")
    assert who(by_value(facts)["8.47"]) == (None, "Badan Pusat Statistik Provinsi Jambi")


# -- the narration tells of the body's field with the field word made a verb ('mengekspor')

def test_a_lead_telling_of_the_field_with_its_verb_is_the_report_of_the_body_after_it():
    facts = facts_of("Pelaku usaha di Provinsi Gorontalo mengekspor jagung senilai US$ 8,6 juta pada Mei 2024. BPS "
                     "Provinsi Gorontalo mencatat nilai itu setara 62,4 persen dari seluruh ekspor daerah.\nJagung "
                     "pipil masih mendominasi.\n", "GORONTALO - ")
    assert by_value(facts)["8600000"].agency == "Badan Pusat Statistik Provinsi Gorontalo"
    facts = facts_of("Dana sebesar Rp 1,25 triliun diinvestasikan di Kabupaten Kutai Timur pada triwulan I 2024. "
                     "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Kutai Timur mencatat sebagian "
                     "besar mengalir ke sektor pertambangan.\nSektor perkebunan menyusul di urutan kedua.\n", "SANGATTA - ")
    assert by_value(facts)["1250000000000"].agency == \
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Kutai Timur"


def test_a_lead_of_the_nation_or_another_field_told_with_a_verb_stays_the_narrators():
    facts = facts_of("Indonesia mengekspor kopi senilai US$ 921,35 juta pada Mei 2024. BPS Provinsi Bengkulu "
                     "mencatat sebagian besar kopi Bengkulu dikirim ke Amerika Serikat.\nKopi robusta masih mendominasi.\n", "BENGKULU - ")
    assert by_value(facts)["921350000"].agency is None
    facts = facts_of("Kabupaten Kutai Timur mengekspor batu bara senilai US$ 81,35 juta pada Mei 2024. Dinas "
                     "Pariwisata Kabupaten Kutai Timur mencatat kunjungan wisatawan ikut naik.\nHotel penuh.\n", "SANGATTA - ")
    assert by_value(facts)["81350000"].agency is None


# -- a portrait caption (a title and a name alone) heading the page is no lead

GAYO_STORY = ("Kabupaten Gayo Lues mencatat ekspor kopi arabika pada 2024 sebanyak 815,5 ton atau naik 7,5 persen dari "
              "tahun sebelumnya.\n\n“Pembeli terbesar masih dari Belanda,” kata Kepala Dinas Perdagangan Kabupaten Gayo "
              "Lues, Rahmat Syahputra.\n")


def test_a_portrait_caption_above_the_lead_is_not_the_lead():
    facts = facts_of("Kepala Dinas Perdagangan Kabupaten Gayo Lues, Rahmat Syahputra.\n\n" + GAYO_STORY, "")
    assert who(by_value(facts)["7.5"]) == ("Rahmat Syahputra", "Dinas Perdagangan Kabupaten Gayo Lues")


def test_a_headline_with_a_capitalised_verb_after_the_name_is_no_caption():
    for line in ("Kepala Dinas Perdagangan Kabupaten Gayo Lues, Rahmat Syahputra Melepas Kontainer Kopi.",
                 "Kepala Dinas Perdagangan Kabupaten Gayo Lues, Rahmat Meninjau Gudang.",
                 "Kepala Dinas Perdagangan Kabupaten Gayo Lues, Rahmat Syahputra Lepas Ekspor."):
        facts = facts_of(line + "\n\n" + GAYO_STORY, "")
        assert who(by_value(facts)["7.5"]) == (None, None), line


def test_lines_that_are_no_portrait_caption():
    from kg.extract.attribution import portrait_caption
    later = "kata Kepala BPS Provinsi Aceh, Dewi Kartika Sari. Dewi Kartika Sari menambahkan ..."
    assert portrait_caption("Kepala BPS Provinsi Aceh, Dewi Kartika Sari.", later)
    assert portrait_caption("Kepala BPS Provinsi Aceh, Dewi Kartika Sari", later)
    assert not portrait_caption("Kepala BPS Provinsi Aceh, Dewi Kartika Sari.", "kata Kepala BPS Provinsi Aceh.")
    assert portrait_caption("Kepala BPS Provinsi Aceh, Dewi.", "kata Dewi.")  # a single name
    assert not portrait_caption("Kepala BPS Provinsi Aceh, Dewi Kartika Sari Meninjau Gudang.", later)  # five words
    assert not portrait_caption("Ekspor Kopi Aceh Naik 7,5 Persen, Capai 815,5 Ton.", later)
    assert not portrait_caption("Kepala BPS Provinsi Aceh, Dewi Kartika Sari, mengatakan ekspor kopi naik.", later)
    assert not portrait_caption("Aceh berhasil mencatatkan ekspor kopi, kata Dewi Kartika Sari.", later)


def test_a_body_reporting_in_a_release_with_its_date_between_it_and_its_verb():
    facts = facts_of("Ekspor Provinsi Lampung pada April 2024 naik 3,15 persen.\n\n"
                     "BPS Provinsi Lampung lewat laporan bulanan yang diumumkan Kamis (2/5/2024) menyebutkan kopi "
                     "robusta menyumbang US$ 44,6 juta. Lada hitam di urutan kedua dengan US$ 9,7 juta.\n",
                     "BANDAR LAMPUNG - ")
    figures = by_value(facts)
    assert figures["44600000"].agency == "Badan Pusat Statistik Provinsi Lampung"
    assert figures["9700000"].agency == "Badan Pusat Statistik Provinsi Lampung"


def test_a_minister_reporting_at_the_same_occasion_is_the_speaker():
    facts = facts_of("Rapat itu dihadiri Menteri Perdagangan Budi Santoso dan Menteri Perindustrian Agus Gumiwang "
                     "Kartasasmita.\n\nMenteri Perindustrian Agus Gumiwang Kartasasmita pada kesempatan itu "
                     "memaparkan ekspor industri pengolahan 2024 mencapai US$ 196,55 miliar.\n")
    assert who(by_value(facts)["196550000000"]) == ("Agus Gumiwang Kartasasmita", "Kementerian Perindustrian")


def test_a_body_praised_in_a_phrase_before_a_speech_verb_is_not_the_speaker():
    facts = facts_of("Gubernur Jambi, Al Haris, yang mengapresiasi BPS Provinsi Jambi dalam rilis terbarunya "
                     "mengatakan ekspor pinang 2024 naik 14,35 persen.\n", "JAMBI - ")
    assert who(by_value(facts)["14.35"]) == ("Al Haris", "Pemerintah Provinsi Jambi")


# -- a body reporting in a later paragraph does not take the narration before it (no such reading)

JAMBI_LEAD = ("Ekspor Provinsi Jambi pada April 2024 naik 8,47 persen dibanding Maret, menjadi US$ 310,5 juta.\n\n"
              "Kenaikan itu terutama didorong ekspor batu bara yang naik 11,25 persen.\n\n")


def test_a_body_paragraphs_later_that_does_not_take_the_narration():
    for later in (
            "BPS Provinsi Jambi mencatat impor pada April naik menjadi US$ 45,2 juta.\n",  # no reference back
            "BPS Provinsi Riau mencatat, kenaikan tersebut juga terjadi di Riau.\n",  # another province's office
            "Harga pinang naik usai BPS Provinsi Jambi merilis data tersebut.\n",  # named in passing
            "Sementara itu, BPS Provinsi Jambi mencatat kenaikan tersebut belum merata.\n",  # turns away
            "Bank Indonesia Provinsi Jambi menilai kenaikan tersebut wajar.\n",  # an economist's judgement
            "Dinas Perkebunan Provinsi Jambi mencatat, kenaikan itu belum dirasakan pekebun karet yang panennya "
            "turun 2,5 persen.\n"):  # a comment on the number, with a figure of its own
        figures = by_value(facts_of(JAMBI_LEAD + later, "JAMBI - "))
        for value in ("8.47", "310500000", "11.25"):
            assert figures[value].agency is None, (later, value)


def test_a_lead_sourced_to_another_body_first_keeps_it():
    facts = facts_of("Ekspor Provinsi Jambi pada April 2024 naik 8,47 persen dibanding Maret, menurut data Dinas "
                     "Perindustrian dan Perdagangan Provinsi Jambi.\n\n"
                     "Kenaikan itu terutama didorong ekspor batu bara yang naik 11,25 persen.\n\n"
                     "BPS Provinsi Jambi mencatat, kenaikan tersebut merupakan yang tertinggi sejak awal tahun.\n",
                     "JAMBI - ")
    assert by_value(facts)["8.47"].agency == "Dinas Perindustrian dan Perdagangan Provinsi Jambi"


def test_an_official_of_another_provinces_office_does_not_take_the_narration_before_him():
    for opener in ("Begitu juga ekspor Riau yang naik 5,36 persen", "Kenaikan tersebut juga terjadi di Riau"):
        facts = facts_of("Ekspor Provinsi Jambi pada April 2024 naik 8,47 persen dibanding Maret.\n"
                         "Kenaikan itu terutama didorong ekspor batu bara yang naik 11,25 persen.\n"
                         f"“{opener},” kata Kepala BPS Provinsi Riau, Budi Hartono.\n", "JAMBI - ")
        assert by_value(facts)["8.47"].agency is None, opener


# -- 'Kepala balai tersebut, Nama' opening a sentence inside a paragraph: the head of the body named before

def test_a_head_titled_by_a_noun_referring_back_mid_paragraph_is_of_that_body():
    facts = facts_of("Sepanjang Januari, Balai Besar Karantina Hewan, Ikan, dan Tumbuhan Jawa Timur memeriksa 2.340 "
                     "kontainer sarang burung walet. Kepala balai itu, Anita Permatasari, menyebut nilainya sekitar "
                     "Rp 96 miliar.\n", "SURABAYA - ")
    assert who(by_value(facts)["96000000000"]) == ("Anita Permatasari",
                                                   "Balai Besar Karantina Hewan, Ikan, dan Tumbuhan Jawa Timur")
    facts = facts_of("Dinas Perkebunan Provinsi Jambi mencatat produksi pinang naik. Kepala dinas itu, Budi Hartono, "
                     "menyebut luas kebun pinang mencapai 21.450 hektare.\n", "JAMBI - ")
    assert who(by_value(facts)["21450"]) == ("Budi Hartono", "Dinas Perkebunan Provinsi Jambi")


def test_a_noun_referring_back_to_no_body_of_its_kind_gives_no_body():
    def organization(facts, name):
        return next(p.organization for p in facts.people if p.name == name)
    facts = facts_of("BPS Provinsi Jambi mencatat ekspor pinang naik. Kepala dinas tersebut, Budi Hartono, menyebut "
                     "luas kebun pinang mencapai 21.450 hektare.\n", "JAMBI - ")
    assert organization(facts, "Budi Hartono") is None
    facts = facts_of("Harga pinang naik. Kepala balai tersebut, Budi Hartono, menyebut luas kebun pinang mencapai "
                     "21.450 hektare.\n", "JAMBI - ")
    assert organization(facts, "Budi Hartono") is None
    assert by_value(facts)["21450"].agency is None


def test_a_body_or_official_speaking_at_an_occasion_said_with_saat_or_ketika():
    facts = facts_of("Neraca perdagangan Provinsi Jambi pada Mei 2024 mencatat surplus US$ 41,5 juta.\n\n"
                     "Kepala BPS Jambi saat jumpa pers di Jambi menjelaskan, impor pada Mei naik menjadi US$ 52,3 "
                     "juta.\n\nKepala Dinas Perdagangan Provinsi Jambi, Budi Hartono, ketika ditemui di kantornya "
                     "mengatakan ekspor pinang mencapai 12.450 ton.\n", "JAMBI - ")
    figures = by_value(facts)
    assert figures["52300000"].agency == "Badan Pusat Statistik Provinsi Jambi"
    assert who(figures["12450"]) == ("Budi Hartono", "Dinas Perdagangan Provinsi Jambi")


def test_a_trader_meeting_the_head_at_an_occasion_does_not_speak_for_his_office():
    facts = facts_of("Seorang pedagang yang menemui Kepala BPS Jambi saat jumpa pers di Jambi mengatakan harga cabai "
                     "naik menjadi Rp 61.500 per kilogram.\n", "JAMBI - ")
    assert who(by_value(facts)["61500"]) == (None, None)


# -- the occasion phrase ('dalam/saat/pada ...') is read only for a body, or its head, opening its clause

def test_a_body_inside_anothers_clause_before_an_occasion_is_not_the_speaker():
    for sentence, expected in (
            ("Seorang petani yang dikunjungi pegawai Dinas Pertanian Kabupaten Kerinci ketika panen raya di Kerinci "
             "menyebutkan produksi kentang pada 2024 naik 9,2 persen.", (None, None)),
            ("Sebuah koperasi yang dibina Dinas Koperasi Kota Padang dalam bazar di Padang mengatakan penjualan "
             "rendang pada 2024 naik 9,2 persen.", (None, None)),
            ("Pengusaha rotan yang bekerja sama dengan Dinas Perdagangan Kota Cirebon pada pameran di Cirebon "
             "menyampaikan ekspor rotan pada 2024 naik 9,2 persen.", (None, None)),
            ("Upaya Dinas Perdagangan Kota Cirebon dalam memperluas pasar ke Eropa membuahkan hasil, ekspor rotan "
             "pada 2024 naik 9,2 persen.", (None, None)),  # 'dalam' + a me- verb: a purpose, no occasion
            ("Wali Kota Cirebon, Eti Herawati, dalam pertemuan dengan Kepala BPS Kota Cirebon di Cirebon mengatakan "
             "ekspor rotan pada 2024 naik 9,2 persen.", ("Eti Herawati", "Pemerintah Kota Cirebon"))):
        assert who(by_value(facts_of(sentence + "\n", "KOTA - "))["9.2"]) == expected, sentence


def test_a_body_or_its_head_opening_its_clause_speaks_after_an_occasion():
    for sentence, body in (
            ("Harga rotan naik. Sementara itu, Kepala Dinas Perdagangan Kota Cirebon dalam rapat kerja di Cirebon "
             "menyebutkan ekspor rotan pada 2024 naik 9,2 persen.", "Dinas Perdagangan Kota Cirebon"),
            ("BPS Kota Cirebon pada konferensi pers di Cirebon menyampaikan ekspor rotan pada 2024 naik 9,2 persen.",
             "Badan Pusat Statistik Kota Cirebon")):
        assert by_value(facts_of(sentence + "\n", "CIREBON - "))["9.2"].agency == body, sentence


SULTRA_LEAD = ("Ekspor Provinsi Sulawesi Tenggara pada Juli 2024 naik 6,15 persen dibanding Juni menjadi US$ 420,8 juta.\n\n"
               "Kenaikan itu terutama ditopang ekspor nikel yang naik 9,35 persen.\n\n")


def test_an_official_going_on_likewise_with_a_figure_of_his_field_takes_the_lead():
    for quote, official, body in (
            ("Begitu pula impor yang naik 4,25 persen dari bulan sebelumnya", "Kepala BPS Provinsi Sulawesi Tenggara, "
             "Arif Santoso", ("Arif Santoso", "Badan Pusat Statistik Provinsi Sulawesi Tenggara")),
            ("Demikian juga ekspor perikanan yang tumbuh 3,75 persen", "Kepala Dinas Perindustrian dan Perdagangan "
             "Provinsi Sulawesi Tenggara, Lina Marwati",
             ("Lina Marwati", "Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tenggara"))):
        facts = facts_of(SULTRA_LEAD + f"“{quote},” ujar {official}.\n", "KENDARI - ")
        assert who(by_value(facts)["420800000"]) == body, quote


def test_an_official_going_on_likewise_with_another_matter_or_comparing_does_not_take_the_lead():
    for quote, official in (
            ("Demikian juga dengan program pendampingan eksportir yang kami jalankan bersama bank daerah",
             "Kepala Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tenggara, Lina Marwati"),
            ("Begitu pula pembangunan gudang ekspor di Kendari yang kami mulai tahun 2024",  # a year, no figure
             "Kepala BPS Provinsi Sulawesi Tenggara, Arif Santoso"),
            ("Sama halnya dengan tahun lalu, kami menargetkan ekspor naik 8 persen",  # a comparison
             "Kepala Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tenggara, Lina Marwati")):
        facts = facts_of(SULTRA_LEAD + f"“{quote},” kata {official}.\n", "KENDARI - ")
        assert who(by_value(facts)["420800000"]) == (None, None), quote


def test_the_one_met_at_the_occasion_is_no_speaker_nor_his_body():
    for sentence, expected in (
            ("Kepala BPS Kota Cirebon dalam rapat bersama Wali Kota Cirebon, Eti Herawati, menjelaskan ekspor rotan "
             "pada 2024 naik 9,2 persen.", (None, "Badan Pusat Statistik Kota Cirebon")),
            ("Kepala Dinas Perdagangan Kota Cirebon, Heru Santoso, dalam rapat bersama Wali Kota Cirebon menyebutkan "
             "ekspor rotan pada 2024 naik 9,2 persen.", ("Heru Santoso", "Dinas Perdagangan Kota Cirebon")),
            ("Wali Kota Cirebon, Eti Herawati, usai rapat bersama pelaku usaha mengatakan ekspor rotan pada 2024 naik "
             "9,2 persen.", ("Eti Herawati", "Pemerintah Kota Cirebon"))):
        assert who(by_value(facts_of(sentence + "\n", "CIREBON - "))["9.2"]) == expected, sentence


# -- a currency named with its country ('dolar Amerika Serikat', 'dolar AS') is no foreign place in the lead

def release(opening: str, money: str) -> str:
    return (f"{opening} pada Maret 2024 seluruhnya ke Tiongkok, senilai 4,25 juta {money}.\n\n"
            f"Jumlah itu terdiri dari ekspor migas 1,10 juta {money} dan nonmigas 3,15 juta {money}.\n\n"
            "“Komoditas terbesar yang diekspor pada Maret 2024 adalah pinang senilai 1,02 juta dolar,” kata Kepala "
            "BPS Provinsi Jambi, Budi Hartono, Senin (1/4/2024).\n\n"
            f"Budi menambahkan, ekspor senilai 4,25 juta {money} itu naik 3 persen dibanding Februari 2024.\n")


@pytest.mark.parametrize("money", ["dolar Amerika Serikat", "dolar AS", "dolar Singapura"])
def test_a_lead_in_dollars_named_with_their_country_is_still_the_provinces(money):
    facts = facts_of(release("Ekspor Provinsi Jambi", money), "JAMBI - ")
    assert who(by_value(facts)["1100000"]) == ("Budi Hartono", "Badan Pusat Statistik Provinsi Jambi")


def test_a_lead_of_another_countrys_exports_is_still_not_the_provinces():
    facts = facts_of(release("Ekspor Malaysia", "dolar AS"), "JAMBI - ")
    assert who(by_value(facts)["1100000"]) == (None, None)


# -- the day a body spoke, set off by commas after the occasion ('dalam keterangan tertulisnya, Rabu, menyebutkan')

LEAD_OF_A_RELEASE = ("Ekspor kopi Provinsi Jambi pada Oktober 2024 mencapai US$ 22,5 juta, naik 4,2 persen dibanding "
                     "September 2024.\n\n{said}, kenaikan itu didorong ekspor kopi robusta yang naik 7,1 persen.\n")


@pytest.mark.parametrize("said", [
    "Dinas Perindustrian dan Perdagangan Provinsi Jambi dalam keterangan tertulisnya, Rabu, menyebutkan",
    "Dinas Perindustrian dan Perdagangan Provinsi Jambi dalam keterangan tertulisnya, Rabu (20/11/2024), menyebutkan",
    "Dinas Perindustrian dan Perdagangan Provinsi Jambi dalam rilis bulanannya di Jambi, Senin, menyampaikan",
])
def test_a_body_speaking_on_a_day_set_off_by_commas_after_the_occasion_takes_the_lead(said):
    facts = facts_of(LEAD_OF_A_RELEASE.format(said=said), "JAMBI - ")
    assert by_value(facts)["22500000"].agency == "Dinas Perindustrian dan Perdagangan Provinsi Jambi"


@pytest.mark.parametrize("said", [
    # a purpose, not an occasion; a body met by the one who speaks
    "Dinas Perindustrian dan Perdagangan Provinsi Jambi dalam membuka pasar baru, Rabu, menyebutkan",
    "Pedagang yang ditemui petugas Dinas Perindustrian dan Perdagangan Provinsi Jambi saat survei, Rabu, mengatakan",
])
def test_the_day_after_the_occasion_makes_no_reporter_of_a_body_that_does_not_speak(said):
    facts = facts_of(LEAD_OF_A_RELEASE.format(said=said), "JAMBI - ")
    assert by_value(facts)["22500000"].agency is None
