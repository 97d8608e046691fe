"""Who: speakers and reporting agencies as a resolved discourse (issue 9 §4), and linear time on
long runs of spaces (issue 12). Every sentence here was written for these tests."""
import time

import pytest

from article_facts import by_value, facts_of_article, LEXICON, who
from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article


def facts_of(body: str, dateline: str = "JAKARTA - "):
    return facts_of_article(body, dateline)


def test_speaker_named_after_the_quote_is_credited_backwards():
    facts = facts_of("“Penjualan ke Korea Selatan naik menjadi Rp 12 miliar pada 2023,” ujarnya lantang.\n"
                     "Pernyataan itu disampaikan oleh Kepala Dinas Perdagangan Kota Batu Sari Wulandari di Batu.\n")
    (quote,) = facts.quotes
    assert quote.speaker.name == "Sari Wulandari"
    assert "named after" in quote.why["speaker"]
    (figure,) = [f for f in facts.figures if f.unit == "IDR"]
    assert figure.speaker.name == "Sari Wulandari" and "named after" in figure.why["speaker"]


def test_narration_after_a_speaker_named_backwards_continues_his_briefing():
    facts = facts_of("Ekspor dari Kota Batu tahun lalu hampir menembus Rp 300 miliar.\n\n"
                     "Hal itu disampaikan oleh Kepala Dinas Perdagangan Kota Batu, Hendra Wijaya.\n\n"
                     "Rinciannya, realisasi ekspor Kota Batu pada 2022 mencapai 18,5 juta dolar AS.\n")
    figure = by_value(facts)["18500000"]
    assert figure.speaker.name == "Hendra Wijaya"
    assert figure.agency == "Dinas Perdagangan Kota Batu"
    assert "continues the briefing" in figure.why["speaker"]


def test_a_head_speaking_through_an_official_gives_the_official_the_words_and_the_heads_body():
    facts = facts_of("\"Dari nilai itu, tekstil mencapai US$12,25 juta pada April 2021,\" kata Kepala Dinas "
                     "Perindustrian dan Perdagangan Kabupaten Sragen Budi Hartono melalui Kasi Ekspor Rudi Santoso, "
                     "di Sragen, Senin.\n\n\"Jika ditotal, volumenya mencapai 4.500 ton,\" ujarnya.\n",
                     dateline="SRAGEN - ")
    office = "Dinas Perindustrian dan Perdagangan Kabupaten Sragen"
    assert {q.speaker.name for q in facts.quotes} == {"Rudi Santoso"}
    values = by_value(facts)
    assert who(values["12250000"]) == ("Rudi Santoso", office)
    assert who(values["4500"]) == ("Rudi Santoso", office)


def test_an_official_named_after_a_body_and_melalui_works_for_that_body():
    facts = facts_of("Dinas Perdagangan Kabupaten Blora melalui Kepala Seksi Ekspor Impor Joko Susilo optimistis "
                     "ekspor naik. Pada 2023 nilai ekspor mencapai Rp 410 miliar.\n", dateline="BLORA - ")
    (person,) = [p for p in facts.people if p.name == "Joko Susilo"]
    assert person.organization == "Dinas Perdagangan Kabupaten Blora"


def test_demikian_kata_credits_the_paragraph_it_ends():
    facts = facts_of("Kepala Balai Karantina Rudi Hartanto membuka acara.\n"
                     "Ekspor sarang walet dari Kalimantan mencapai 40 ton tahun ini, demikian kata Anton Wibisono, "
                     "Ketua Asosiasi Peternak Walet Indonesia (APWI).\n")
    (figure,) = [f for f in facts.figures if f.unit == "ton"]
    assert figure.speaker.name == "Anton Wibisono"


def test_one_word_name_after_a_title_and_after_a_verb():
    facts = facts_of("Kepala Balai Karantina Ikan Kota Bitung, Rusdi, mengatakan ekspor tuna naik 12 persen.\n"
                     "“Permintaan dari Jepang terus bertambah setiap bulan,” ujar Rusdi.\n")
    assert [p.name for p in facts.people] == ["Rusdi"]
    assert facts.quotes[0].speaker.name == "Rusdi"
    assert facts.figures[0].speaker.name == "Rusdi"


def test_a_later_name_never_falls_back_to_an_earlier_official():
    facts = facts_of("Menteri Perdagangan Zulkifli Hasan membuka pameran dagang di Jakarta.\n"
                     "“Kami sudah mengirim kopi ke tiga negara baru tahun ini,” ujar Mariana.\n")
    (quote,) = facts.quotes
    assert quote.speaker is not None and quote.speaker.name == "Mariana"


def test_title_after_the_verb_and_a_title_the_lexicon_does_not_list():
    facts = facts_of("Dinas Perdagangan Kota Batu mencatat kenaikan penjualan apel.\n"
                     "“Pembeli dari Malaysia kini memesan setiap pekan dalam jumlah besar,” ucap Analis Perdagangan "
                     "Ahli Muda Dinas Perdagangan Kota Batu, Sari Lestiani.\n")
    (quote,) = facts.quotes
    assert quote.speaker.name == "Sari Lestiani"
    person = next(p for p in facts.people if p.name == "Sari Lestiani")
    assert person.role.startswith("Analis Perdagangan Ahli Muda")


def test_adverb_between_the_name_and_the_speech_verb():
    facts = facts_of("Kepala Dinas Perdagangan Kota Batu Sari Wulandari sebelumnya menyampaikan, nilai ekspor apel "
                     "mencapai Rp 3 miliar pada 2023.\n")
    (figure,) = facts.figures
    assert figure.speaker.name == "Sari Wulandari"


def test_pronoun_attribution_whatever_the_case():
    facts = facts_of("Kepala BPS Provinsi Riau Darmawan Saputra membuka rilis data.\n"
                     "Dalam kesempatan berbeda, ekspor kelapa sawit tercatat 2 juta ton.\n"
                     "MENURUT DIA, ekspor karet naik 5 persen pada Maret 2024.\n")
    figure = by_value(facts)["5"]
    assert figure.speaker.name == "Darmawan Saputra"
    assert "pronoun" in figure.why["speaker"]


def test_narration_continuing_a_briefing_keeps_its_speaker_and_agency():
    facts = facts_of("Kepala BPS Provinsi Riau Darmawan Saputra mengatakan ekspor Riau naik pada Maret 2024.\n"
                     "Ekspor nonmigas mencapai US$ 1,2 miliar, sedangkan ekspor migas US$ 40 juta.\n"
                     "Terpisah, seorang pengusaha mengaku penjualannya turun 10 persen.\n")
    values = by_value(facts)
    assert who(values["1200000000"]) == ("Darmawan Saputra", "Badan Pusat Statistik Provinsi Riau")
    assert "continues the briefing" in values["1200000000"].why["speaker"]
    assert who(values["-10"]) == (None, None)  # 'Terpisah' breaks off the briefing


def test_another_body_taking_the_floor_ends_the_briefing():
    facts = facts_of("Kepala Dinas Perdagangan Kota Batu Sari Wulandari mengatakan penjualan apel naik.\n"
                     "Sementara, Kementerian Perdagangan mencatat ekspor buah nasional US$ 900 juta pada 2023.\n")
    (figure,) = facts.figures
    assert who(figure) == (None, "Kementerian Perdagangan")


def test_a_passing_mention_of_a_body_takes_no_credit():
    facts = facts_of("Harga sawit naik usai BPS merilis data ekspor, menjadi Rp 3.000 per kilogram di Riau.\n")
    assert all(f.agency is None for f in facts.figures)


def test_regional_office_is_never_the_national_body():
    facts = facts_of("Kepala BPS Provinsi Riau Darmawan Saputra mengatakan ekspor naik 4 persen.\n"
                     "BPS Jatim mencatat ekspor Jawa Timur US$ 2 miliar pada 2023.\n"
                     "Badan Pusat Statistik (BPS) Jawa Timur juga mencatat impor US$ 1 miliar.\n")
    names = {o.name for o in facts.organizations}
    assert "Badan Pusat Statistik" not in names
    assert {"Badan Pusat Statistik Provinsi Riau", "Badan Pusat Statistik Provinsi Jawa Timur"} <= names
    assert by_value(facts)["4"].agency == "Badan Pusat Statistik Provinsi Riau"
    assert by_value(facts)["2000000000"].agency == "Badan Pusat Statistik Provinsi Jawa Timur"


def test_bare_national_body_in_a_regional_article_is_the_regional_office():
    facts = facts_of("Badan Pusat Statistik (BPS) menyatakan ekspor Provinsi Riau mencapai US$ 1 miliar pada "
                     "Januari 2024.\nKepala BPS Provinsi Riau Darmawan Saputra menambahkan, ekspor karet naik.\n",
                     dateline="Pekanbaru (ANTARA) - ")
    (figure,) = facts.figures
    assert figure.agency == "Badan Pusat Statistik Provinsi Riau"


def test_body_with_commas_in_its_name_is_found_whole_and_a_city_stays_a_city():
    facts = facts_of("Kepala Dinas Perdagangan, Koperasi dan Usaha Kecil dan Menengah Kota Batu Sari Wulandari "
                     "mengatakan ekspor apel naik 3 persen.\n")
    (figure,) = facts.figures
    assert figure.agency == "Dinas Perdagangan, Koperasi dan Usaha Kecil dan Menengah Kota Batu"


def test_nickname_names_the_person_just_introduced():
    facts = facts_of("Menteri Perdagangan Zulkifli Hasan membuka pameran.\n"
                     "“Produk kita diminati pembeli dari banyak negara,” kata Zulhas, sapaan akrabnya.\n")
    assert facts.quotes[0].speaker.name == "Zulkifli Hasan"
    assert [p.name for p in facts.people] == ["Zulkifli Hasan"]


def blanked_article(size: int) -> str:
    """Sentences of all the shapes the attribution patterns look at, each followed by a long
    run of spaces (blanked boilerplate) and no line break anywhere."""
    shapes = ['Kepala Dinas Perdagangan Kota Batu Sari Wulandari{i}', 'mengatakan ekspor naik {i} persen.',
              '"Kami terus mendorong pelaku usaha nomor {i} agar siap,"', 'kata Sari.', 'Menurut Budi Santoso',
              'BPS mencatat ekspor US$ {i} juta.', 'Hal itu disampaikan oleh', 'PT Maju Jaya', 'Asosiasi Eksportir',
              'di Jakarta', 'Provinsi Riau', '(BPS)', 'Dr. H.']
    parts, i = [], 0
    while sum(map(len, parts)) < size:
        parts.append(shapes[i % len(shapes)].format(i=i) + " " * (300 + 97 * i % 900))
        i += 1
    return "".join(parts)[:size]


def test_long_runs_of_spaces_without_line_breaks_extract_in_linear_time():
    extract(parse_article("Judul\n\n" + blanked_article(2_000), lexicon=LEXICON), LEXICON)  # patterns compiled
    article = parse_article("Judul\n\n" + blanked_article(20_000), lexicon=LEXICON)
    started = time.process_time()
    extract(article, LEXICON)
    elapsed = time.process_time() - started
    assert elapsed < 3.0, f"20 KB with long runs of spaces took {elapsed:.1f} s"  # was minutes before


def test_customs_offices_are_named_as_customs_names_them():
    facts = facts_of("Dari catatan Direktorat Jenderal Bea dan Cukai (DJBC) Jambi, ekspor pinang tahun 2024 "
                     "sebesar 80.000 ton.\nKepala Kantor Wilayah DJBC Jambi, Hendra Saputra, mengatakan devisa "
                     "yang dihasilkan mencapai US$ 95 juta.\n", dateline="JAMBI - ")
    figures = by_value(facts)
    assert figures["80000"].agency == "Kantor Wilayah Direktorat Jenderal Bea dan Cukai Jambi"
    assert who(figures["95000000"]) == ("Hendra Saputra", "Kantor Wilayah Direktorat Jenderal Bea dan Cukai Jambi")
    office = facts_of("Kepala KPPBC Ternate Bagus Santoso mengatakan bea keluar mencapai Rp 4 miliar.\n",
                      dateline="TERNATE - ")
    assert office.figures[0].agency == "Kantor Pengawasan dan Pelayanan Bea dan Cukai Ternate"


def test_a_body_opening_its_sentence_with_an_active_verb_is_credited_for_what_it_counts():
    facts = facts_of("Kementerian Koperasi dan Usaha Kecil dan Menengah terus mendorong UMKM masuk pasar global. "
                     "Untuk itu, Kemenkop UKM telah melatih 1.250 UMKM sepanjang 2023.\n"
                     "Sebanyak 400 UMKM lain masih menunggu giliran usai Kemenkop UKM menggelar seleksi.\n")
    figures = by_value(facts)
    assert figures["1250"].agency == "Kementerian Koperasi dan Usaha Kecil dan Menengah"
    assert "doing what is counted" in figures["1250"].why["agency"]
    assert "doing what is counted" not in (figures["400"].why.get("agency") or "")


def test_a_title_after_a_full_name_and_a_comma_introduces_the_person():
    facts = facts_of("Rina Kartikasari, Dirjen IKMA menuturkan bahwa tahun lalu 120 IKM berhasil ekspor. "
                     "\u201cTahun ini kami ingin dua kali lipat,\u201d kata Rina di Jakarta.\n")
    (person,) = facts.people
    assert person.name == "Rina Kartikasari" and person.role.endswith("IKMA")
    (quote,) = facts.quotes
    assert quote.speaker.name == "Rina Kartikasari"
    assert facts_of("Selain itu, Dirjen IKMA menuturkan bahwa 120 IKM berhasil ekspor.\n").people == []


def test_the_government_as_a_common_noun_sets_a_target():
    facts = facts_of("Kepala Dinas Perdagangan Kota Batu Sari Wulandari mengatakan ekspor apel naik 3 persen.\n"
                     "Sampai akhir tahun, pemerintah menargetkan pertumbuhan lima persen IKM berorientasi ekspor.\n")
    (target,) = [f for f in facts.figures if f.type == "target"]
    assert target.value == 5 and target.agency == "Pemerintah Indonesia"
    assert "subject of a reporting or target verb" in target.why["agency"]
    regional = facts_of("Sasaran yang ditetapkan pemerintah provinsi sebesar US$ 22 juta.\n")
    assert regional.figures[0].agency != "Pemerintah Indonesia"


def test_a_unit_of_an_office_before_a_name_is_not_part_of_the_name_and_the_host_lends_its_body():
    facts = facts_of("Badan Pusat Statistik (BPS) Provinsi Jambi menggelar konferensi pers tentang ekspor Mei 2024.\n"
                     "Kepala Bidang Statistik Distribusi Yanto Prasetyo mengatakan ekspor Mei 2024 turun 12 persen.\n",
                     dateline="Koranjambi.com, Jambi – ")
    (person,) = facts.people
    assert person.name == "Yanto Prasetyo"
    (figure,) = facts.figures
    assert who(figure) == ("Yanto Prasetyo", "Badan Pusat Statistik Provinsi Jambi")


def test_a_short_manner_phrase_may_stand_between_a_speaker_and_the_verb():
    facts = facts_of("Presiden Dimas Aryanto melepas ekspor serentak hari ini.\n"
                     "Menteri Perdagangan Budi Sulistyo memimpin acara.\n"
                     "Mendag Budi dalam laporannya menyampaikan bahwa pelepasan ekspor diikuti 120 pelaku usaha.\n")
    (figure,) = facts.figures
    assert who(figure) == ("Budi Sulistyo", "Kementerian Perdagangan")


def test_a_body_the_narrator_cites_takes_the_floor():
    facts = facts_of("Badan Pusat Statistik (BPS) mencatat ekspor Juni 2024 turun 5 persen. Penurunan itu menurut "
                     "Kemenperin disebabkan harga komoditas.\nSecara keseluruhan, ekspor industri pengolahan pada "
                     "Juni 2024 adalah US$ 15 miliar.\n")
    figures = by_value(facts)
    assert figures["-5"].agency == "Badan Pusat Statistik"
    assert figures["15000000000"].agency == "Kementerian Perindustrian"


def test_the_subject_of_the_opening_sentence_is_the_body_the_article_is_about():
    facts = facts_of("Kementerian Perindustrian sumringah karena industri pengolahan masih menjadi penyumbang "
                     "ekspor terbesar pada semester I 2024.\nPaling tidak, nilai pengapalan produk manufaktur "
                     "menembus US$ 60 miliar.\n", dateline="Koran.com - ")
    (figure,) = facts.figures
    assert figure.agency == "Kementerian Perindustrian"
    later = facts_of("Ekspor naik tahun ini.\nKementerian Perindustrian sumringah karena nilai pengapalan produk "
                     "manufaktur menembus US$ 60 miliar.\n")
    assert later.figures[0].agency is None


def test_a_speaker_named_after_a_caption_is_credited_for_the_lead_before_it():
    facts = facts_of("Biji kakao menjadi komoditas utama ekspor daerah ini. Neraca ekspor tahun 2023 mencapai "
                     "US$ 120 juta.\n\nKabid Perdagangan, Dinas Perdagangan Kota Batu, Sari Wulandari.\n\n"
                     "Hal ini dijelaskan Kepala Bidang Perdagangan Dinas Perdagangan Kota Batu, Sari Wulandari, Senin.\n")
    (figure,) = facts.figures
    assert figure.speaker is not None and figure.speaker.name == "Sari Wulandari"


def test_a_body_with_commas_named_by_its_province_alone_is_found_whole():
    facts = facts_of("Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Maluku Utara Anwar Sahid mengatakan ekspor "
                     "ikan tuna mencapai 300 ton.\nKepala Balai Pengujian Mutu, Sertifikasi, dan Promosi Maluku "
                     "Utara Rahma Dewi menyebut 12 eksportir baru terdaftar.\n")
    figures = by_value(facts)
    assert figures["300"].agency == "Balai Karantina Hewan, Ikan, dan Tumbuhan Maluku Utara"
    assert figures["12"].agency == "Balai Pengujian Mutu, Sertifikasi, dan Promosi Maluku Utara"


def test_a_body_with_its_province_said_between_it_and_its_verb_reports():
    facts = facts_of("Pemerintah Kabupaten Pati, Jawa Tengah, mencatat nilai ekspor semester I 2024 menembus "
                     "US$ 20 juta.\n")
    assert facts.figures[0].agency == "Pemerintah Kabupaten Pati"


def test_a_speaker_named_after_the_lead_and_its_next_paragraph_is_credited_for_both():
    facts = facts_of("Nilai ekspor Jambi pada Mei 2024 turun 2 persen dibanding bulan sebelumnya.\n"
                     "Pada April nilainya US$ 1,7 miliar, sementara pada Mei hanya US$ 1,66 miliar.\n"
                     "Hal ini dijelaskan Kepala Badan Pusat Statistik (BPS) Jambi, Yanto Prasetyo, Rabu.\n",
                     dateline="JAMBI, koran.com – ")
    for figure in facts.figures:
        assert figure.speaker is not None and figure.speaker.name == "Yanto Prasetyo", figure


def test_a_lead_is_credited_to_the_briefing_the_next_paragraph_opens():
    facts = facts_of("Penjualan rumput laut Provinsi Gorontalo ke luar negeri naik menjadi 12,5 juta dolar AS.\n\n"
                     "Kepala BPS Provinsi Gorontalo Lestari Handayani mengatakan kenaikan itu ditopang permintaan Korea.\n")
    (figure,) = [f for f in facts.figures if f.unit == "USD"]
    assert who(figure) == ("Lestari Handayani", "Badan Pusat Statistik Provinsi Gorontalo")
    assert "lead" in figure.why["speaker"]


def test_a_lead_stays_the_narrators_when_the_next_paragraph_names_no_one():
    facts = facts_of("Penjualan rumput laut Provinsi Gorontalo ke luar negeri naik menjadi 12,5 juta dolar AS.\n\n"
                     "Permintaan dari Korea dan Jepang disebut sebagai penopang utama kenaikan itu.\n")
    (figure,) = [f for f in facts.figures if f.unit == "USD"]
    assert who(figure) == (None, None)


def test_the_function_words_of_the_patterns_come_from_the_lexicon():
    """'..., demikian kata X' credits backwards because 'demikian' is in the lexicon's
    summing_up_words; a lexicon that lists another word reads that one instead."""
    text = ("Ekspor sarang walet dari Kalimantan mencapai 40 ton tahun ini, {word} kata Anton Wibisono, "
            "Ketua Asosiasi Peternak Walet Indonesia (APWI).\n")

    def speaker(lexicon, word):
        article = parse_article("Judul Berita Ekspor Untuk Pengujian\n\nJAKARTA - " + text.format(word=word), lexicon=lexicon)
        (figure,) = [f for f in extract(article, lexicon).figures if f.unit == "ton"]
        return figure.speaker.name if figure.speaker else None

    assert speaker(LEXICON, "demikian") == "Anton Wibisono"
    other = Lexicon.load("id")
    other.words["summing_up_words"] = ["begitulah"]
    assert speaker(other, "begitulah") == "Anton Wibisono"
    assert speaker(other, "demikian") is None


def test_the_official_who_sets_a_target_states_it():
    facts = facts_of("Menteri Perdagangan Budi Santoso menargetkan ekspor kopi olahan pada 2025 mencapai US$ 2,4 miliar.\n")
    (target,) = [f for f in facts.figures if f.type == "target"]
    assert who(target)[0] == "Budi Santoso"


def test_name_then_title_without_a_comma_before_a_speech_verb():
    facts = facts_of("Ekspor daerah pada Mei 2024 mencapai US$ 80 juta.\n"
                     "Budi Santoso Kepala BPS Provinsi Jambi, mengatakan bahwa nilai itu naik.\n"
                     "“Dibandingkan Mei 2023 naik sebesar 4,5 persen,” ucapnya.\n")
    (person,) = [p for p in facts.people if p.name == "Budi Santoso"]
    assert person.role.startswith("Kepala BPS Provinsi Jambi")
    (quote,) = facts.quotes
    assert quote.speaker.name == "Budi Santoso"
    assert by_value(facts)["4.5"].speaker.name == "Budi Santoso"


def test_name_running_into_a_title_without_a_speech_verb_gets_no_title():
    facts = facts_of("Rombongan Budi Santoso Kepala BPS Provinsi Jambi meninjau pelabuhan ekspor.\n")
    assert not [p for p in facts.people if p.role and p.role.startswith("Kepala BPS")]


def test_a_title_before_one_person_is_not_the_title_of_the_next():
    facts = facts_of("Menteri Perdagangan, Budi Santoso didampingi Direktur Jenderal Pengembangan Ekspor Nasional, "
                     "Rina Kartika melepas ekspor kopi senilai Rp 2 triliun.\n"
                     "“Semoga ekspor ini terus tumbuh,” harap Mendag.\n")
    roles = {p.name: p.role for p in facts.people}
    assert roles["Budi Santoso"] == "Menteri Perdagangan"
    assert roles["Rina Kartika"] == "Direktur Jenderal Pengembangan Ekspor Nasional"
    (quote,) = facts.quotes
    assert quote.speaker.name == "Budi Santoso"


def test_demikian_diumumkan_credits_the_paragraphs_before():
    facts = facts_of("Nilai ekspor daerah pada Mei 2024 mencapai US$ 60 juta, naik 3,2 persen dibanding April 2024.\n"
                     "Demikian diumumkan Kepala BPS Provinsi Jambi Budi Santoso dalam jumpa pers di kantornya.\n")
    values = by_value(facts)
    assert who(values["60000000"])[0] == "Budi Santoso" and who(values["3.2"])[0] == "Budi Santoso"


def test_data_obtained_through_a_body_credits_that_body():
    facts = facts_of("Berdasarkan data yang diperoleh melalui Badan Pusat Statistik (BPS) Provinsi Jambi, nilai ekspor "
                     "Provinsi Jambi pada Mei 2024 sebesar US$ 70 juta.\n")
    assert by_value(facts)["70000000"].agency == "Badan Pusat Statistik Provinsi Jambi"


def test_a_title_with_an_acronym_refers_to_the_person_holding_the_full_title():
    facts = facts_of("Direktur Jenderal Industri Kecil dan Menengah Kementerian Perindustrian Rina Kartika membuka pameran.\n"
                     "Dalam sambutannya, Dirjen IKM memaparkan bahwa saat ini terdapat 540 perusahaan jamu.\n")
    (figure,) = facts.figures
    assert who(figure) == ("Rina Kartika", "Kementerian Perindustrian")


def test_an_acronym_that_does_not_fit_the_title_refers_to_no_one():
    from kg.extract.mentions import role_abbreviated
    role = "Direktur Jenderal Industri Kecil dan Menengah Kementerian Perindustrian"
    assert role_abbreviated("direktur jenderal ikm", role)
    assert not role_abbreviated("direktur jenderal pen", role)
    assert not role_abbreviated("kepala ikm", role)


def test_a_passive_verb_between_a_title_and_a_name_ends_the_title():
    facts = facts_of("Pameran dibuka Menteri Perdagangan Sari Wulandari dan dihadiri Ibu Negara Rina Kartika di Jakarta, "
                     "dengan transaksi Rp 3 miliar.\n")
    roles = {p.name: p.role for p in facts.people}
    assert roles == {"Sari Wulandari": "Menteri Perdagangan", "Rina Kartika": "Ibu Negara"}


def test_a_persons_initials_are_part_of_the_name():
    facts = facts_of("Kepala BPS Provinsi Jambi, RT Hidayat, mengatakan ekspor Mei 2024 mencapai US$ 61 juta.\n"
                     "\"Kenaikan terbesar ke Tiongkok,\" kata Hidayat.\n")
    assert who(by_value(facts)["61000000"]) == ("RT Hidayat", "Badan Pusat Statistik Provinsi Jambi")
    (quote,) = facts.quotes
    assert quote.speaker.name == "RT Hidayat"
    dotted = facts_of("Ketua Kadin Kota Batu A.S. Wibisono mengatakan ekspor naik menjadi Rp 12 miliar.\n")
    assert [p.name for p in dotted.people] == ["A.S. Wibisono"]


def test_capitals_that_open_a_company_or_a_numbered_office_are_no_initials():
    facts = facts_of("Kepala Balai Karantina Pertanian Kelas II Jambi Dedi Kurnia mengatakan ekspor PT Maju Sawit "
                     "mencapai Rp 7 miliar.\n")
    assert [p.name for p in facts.people] == ["Dedi Kurnia"]


def test_a_first_name_cut_short_refers_to_the_official_named_in_full():
    facts = facts_of("Menteri Perdagangan Sulistyono Hadi menargetkan ekspor tumbuh 9 persen tahun ini.\n\n"
                     "\"Kami kejar tambahan 2 persen,\" kata Sulis di Jakarta.\n")
    (quote,) = facts.quotes
    assert quote.speaker.name == "Sulistyono Hadi"
    assert who(by_value(facts)["2"]) == ("Sulistyono Hadi", "Kementerian Perdagangan")
    assert [p.name for p in facts.people] == ["Sulistyono Hadi"]


def test_a_short_first_name_is_not_taken_for_a_longer_one():
    facts = facts_of("Kepala BPS Provinsi Jambi Agustina Lubis mengatakan ekspor naik 3 persen pada Mei 2024.\n\n"
                     "\"Pengusaha kami siap menambah pengiriman ke Tiongkok bulan depan,\" kata Agus.\n")
    (quote,) = facts.quotes
    assert quote.speaker is None or quote.speaker.name != "Agustina Lubis"


def test_a_company_named_alone_earlier_ends_where_it_ended_then():
    facts = facts_of("PT Samudra Dermaga Peti Kemas mencatat arus barang naik 8 persen pada 2024.\n"
                     "Direktur Utama PT Samudra Dermaga Peti Kemas Haryono mengatakan ekspor mencapai 1.200.000 TEUs.\n")
    assert [p.name for p in facts.people] == ["Haryono"]
    assert who(by_value(facts)["1200000"]) == ("Haryono", "PT Samudra Dermaga Peti Kemas")


def test_a_unit_word_between_a_title_and_a_name_does_not_end_the_title():
    facts = facts_of("\"Ekspor Mei 2024 naik menjadi US$ 63 juta,\" ucap kepala bidang distribusi Badan Pusat Statistik "
                     "(BPS) Jambi, Rahmat saat jumpa pers.\nKenaikan itu sebesar 4,5 persen dibanding April 2024.\n")
    (person,) = facts.people
    assert person.name == "Rahmat" and person.organization == "Badan Pusat Statistik Provinsi Jambi"
    office = "Badan Pusat Statistik Provinsi Jambi"
    assert who(by_value(facts)["63000000"]) == ("Rahmat", office)
    assert who(by_value(facts)["4.5"]) == ("Rahmat", office)


def test_a_company_counted_in_an_officials_figures_does_not_take_the_credit():
    facts = facts_of("Kepala Seksi Penyuluhan Bea dan Cukai Jambi, Rudi Hartono mengungkapkan, penerimaan sampai Mei "
                     "2024 sebesar Rp 5,2 miliar, antara lain dari ekspor kayu lapis PT Rimba Lestari dengan "
                     "penerimaan sebesar Rp 1,9 miliar.\n", dateline="JAMBI - ")
    (person,) = facts.people
    for value in ("5200000000", "1900000000"):
        speaker, agency = who(by_value(facts)[value])
        assert speaker == "Rudi Hartono" and agency == person.organization and "PT" not in agency


def test_a_companys_own_results_stay_the_companys():
    facts = facts_of("Pendapatan PT Rimba Lestari Tbk pada 2023 mencapai Rp 840 miliar.\n")
    assert by_value(facts)["840000000000"].agency == "PT Rimba Lestari Tbk"


def test_a_name_then_yaitu_and_a_title_introduces_an_official():
    facts = facts_of("Data BPS mencatat surplus US$ 900 juta pada Desember 2023.\n\n"
                     "Wibisono, yaitu kepala BPS menyebutkan, ekspor Jawa Barat sebesar 17,5% atau US$ 25,1 miliar.\n")
    (person,) = facts.people
    assert (person.name, person.organization) == ("Wibisono", "Badan Pusat Statistik")
    assert who(by_value(facts)["25100000000"]) == ("Wibisono", "Badan Pusat Statistik")
    assert who(by_value(facts)["17.5"]) == ("Wibisono", "Badan Pusat Statistik")


def test_an_official_giving_his_view_takes_the_floor_from_the_last_speaker():
    facts = facts_of("Direktur Utama PT Dermaga Samudra, Haryono, mengatakan arus peti kemas naik 9 persen pada 2024.\n\n"
                     "Ketua Umum Asosiasi Pengusaha Rotan Nusantara (APRN), Bambang Susilo, memberikan pandangannya terkait "
                     "ekspor 2024. Eksportir rotan membukukan kenaikan nilai ekspor sebesar 4%.\n")
    speaker, agency = who(by_value(facts)["4"])
    assert speaker == "Bambang Susilo" and agency == "Asosiasi Pengusaha Rotan Nusantara"


def test_a_name_written_one_letter_off_refers_to_the_official_named_before():
    facts = facts_of("Kepala Karantina Pertanian Jambi, Musyafak Rahman menyampaikan ekspor pinang naik.\n"
                     "\"Sertifikat yang kami terbitkan setiap hari rata-rata mencapai 120 sertifikat,\" tambah Musayafak.\n")
    (quote,) = facts.quotes
    assert quote.speaker.name == "Musyafak Rahman"
    assert [p.name for p in facts.people] == ["Musyafak Rahman"]


def test_a_short_name_one_letter_off_is_another_person():
    facts = facts_of("Ketua Kadin Jambi Hendra Wijaya menyampaikan ekspor pinang naik.\n"
                     "\"Permintaan dari India naik tajam sejak awal tahun ini,\" kata Hendri.\n")
    (quote,) = facts.quotes
    assert quote.speaker is None or quote.speaker.name != "Hendra Wijaya"


def test_a_view_counter_line_is_not_the_lead():
    facts = facts_of("Batu 53 Dilihat\n\nNilai ekspor Kota Batu selama tahun 2023 mencapai 21,5 juta USD.\n\n"
                     "Kepala Dinas Perdagangan Kota Batu, Sari Wulandari, mengatakan ada 19 perusahaan yang melapor.\n",
                     dateline="")
    assert who(by_value(facts)["21500000"]) == ("Sari Wulandari", "Dinas Perdagangan Kota Batu")


def test_a_pronoun_after_a_quote_is_the_quotes_speaker_not_a_person_named_in_it():
    facts = facts_of("Menteri Perindustrian Budi Santoso mengatakan pemerintah fokus membangun industri di luar Jawa, "
                     "sesuai perintah Presiden Rahmat Hidayat.\n\n"
                     "\"Ini sesuai amanat Bapak Presiden Rahmat Hidayat, investasi naik 12 persen,\" tuturnya.\n\n"
                     "Kementerian Perindustrian mencatat penanaman modal di zona itu naik menjadi USD5 miliar pada 2018.\n")
    assert who(by_value(facts)["12"])[0] == "Budi Santoso"
    assert who(by_value(facts)["5000000000"]) == ("Budi Santoso", "Kementerian Perindustrian")


def test_a_lead_reported_for_a_body_is_told_for_its_official_who_speaks_next():
    facts = facts_of("Kementerian Perdagangan menargetkan ekspor kopi olahan tumbuh 12 persen pada 2025.\n\n"
                     "\"Ini target yang ambisius tapi bisa dicapai,\" ujar Menteri Perdagangan Budi Santoso.\n")
    assert who(by_value(facts)["12"]) == ("Budi Santoso", "Kementerian Perdagangan")


def test_a_lead_reported_for_a_body_keeps_no_speaker_from_another_bodys_official():
    facts = facts_of("Badan Pusat Statistik mencatat ekspor kopi olahan naik 12 persen pada 2024.\n\n"
                     "\"Ini kabar baik bagi petani kita,\" ujar Menteri Perdagangan Budi Santoso.\n")
    assert who(by_value(facts)["12"]) == (None, "Badan Pusat Statistik")


def test_a_body_reporting_right_before_its_official_is_introduced_opens_his_briefing():
    facts = facts_of("Tahun ini, Kantor Bea dan Cukai Kudus dibebani target penerimaan Rp 4,2 miliar. "
                     "Kepala Seksi Penyuluhan Bea dan Cukai Kudus, Rudi Hartono mengungkapkan, sudah terealisasi "
                     "Rp 3,1 miliar.\n", dateline="KUDUS - ")
    (person,) = facts.people
    target = next(f for f in facts.figures if f.type == "target")
    assert who(target) == ("Rudi Hartono", person.organization)


def test_a_body_reporting_before_another_bodys_official_keeps_no_speaker():
    facts = facts_of("Badan Pusat Statistik mencatat ekspor kopi naik 12 persen pada 2024. Menteri Perdagangan "
                     "Budi Santoso mengatakan pasar Eropa membaik.\n")
    assert who(by_value(facts)["12"]) == (None, "Badan Pusat Statistik")


def test_pemerintah_in_a_regional_officials_paragraph_is_his_government_and_his_briefing():
    facts = facts_of("Kepala Dinas Kelautan dan Perikanan Provinsi Jambi, Rudi Hartono memaparkan, realisasi "
                     "perikanan tangkap 2022 sebesar 300.000 ton. Pada 2023, pemerintah menargetkan "
                     "350.000 ton.\n", dateline="JAMBI - ")
    target = next(f for f in facts.figures if f.type == "target")
    assert who(target) == ("Rudi Hartono", "Dinas Kelautan dan Perikanan Provinsi Jambi")


def test_pemerintah_named_by_the_narrator_is_the_national_government():
    facts = facts_of("Untuk tahun 2025, pemerintah menargetkan ekspor perikanan sebesar 7 miliar dolar AS.\n")
    target = next(f for f in facts.figures if f.type == "target")
    assert who(target) == (None, "Pemerintah Indonesia")


def test_a_provincial_lead_is_told_for_the_head_of_a_dinas_of_that_province():
    facts = facts_of("Pemerintah Provinsi Jambi mencatat nilai ekspor melebihi target yang ditetapkan US$ 700 juta.\n\n"
                     "Kepala Dinas Perdagangan Provinsi Jambi Rudi Hartono mengatakan ekspor pinang naik.\n",
                     dateline="JAMBI - ")
    target = next(f for f in facts.figures if f.type == "target")
    assert who(target) == ("Rudi Hartono", "Pemerintah Provinsi Jambi")


def test_a_known_officials_other_name_refers_to_him(tmp_path):
    facts = facts_of("Presiden Joko Widodo melepas ekspor kopi senilai Rp 12 miliar di Medan.\n\n"
                     "\"Kepala daerah saya minta terus menggali potensi kopi di daerahnya,\" kata Jokowi.\n")
    (quote,) = facts.quotes
    assert quote.speaker.name == "Joko Widodo"
    (tmp_path / "links.yaml").write_text("people:\n  Sulistyo Hardjono: {aliases: [Sulharjo]}\n", encoding="utf-8")
    user = Lexicon.load("id", [tmp_path])
    body = ("Menteri Perdagangan Sulistyo Hardjono melepas ekspor kopi senilai Rp 12 miliar.\n\n"
            "\"Kami akan menambah pasar baru di Afrika tahun ini,\" kata Sulharjo.\n")
    article = parse_article("Judul Berita Ekspor Untuk Pengujian\n\nJAKARTA - " + body, lexicon=user)
    (quote,) = extract(article, user).quotes
    assert quote.speaker.name == "Sulistyo Hardjono"


def test_a_caption_naming_the_official_among_the_head_lines_stays_in_the_text():
    page = ("Omzet UKM Kota Batu Naik, Dinas Targetkan Rp 80 Miliar\n\nKoresponden:\nRina Kartika\n"
            "Selasa, 14 Juni 2022 09:05\n\nSari Wulandari, Kepala Dinas Perdagangan Kota Batu\n\n"
            "\"Tahun ini target omzet UKM sebesar Rp 80 miliar dan terus naik,\" jelasnya.\n\n"
            "\"Kami optimis melihat transaksi yang sudah berlangsung,\" sambungnya.\n")
    article = parse_article(page, lexicon=LEXICON)
    facts = extract(article, LEXICON)
    assert [q.speaker.name if q.speaker else None for q in facts.quotes] == ["Sari Wulandari", "Sari Wulandari"]
    (target,) = [f for f in facts.figures if f.type == "target"]
    assert who(target) == ("Sari Wulandari", "Dinas Perdagangan Kota Batu")


def test_honorifics_before_a_name_are_not_the_end_of_the_title():
    facts = facts_of("Bupati Kudus Dr. H. Sugeng Riyadi mengatakan ekspor rokok naik 4 persen.\n"
                     "Kepala Dinas Perdagangan Kabupaten Kudus HM Rudi Hartono mengatakan pasar membaik.\n")
    assert {p.name: p.role for p in facts.people} == {"Sugeng Riyadi": "Bupati Kudus",
                                                       "Rudi Hartono": "Kepala Dinas Perdagangan Kabupaten Kudus"}


def test_a_body_named_before_the_company_it_reports_on_keeps_the_credit():
    facts = facts_of("Pada 2023, petugas Balai Karantina Pertanian Kelas II Jambi memeriksa pinang dari PT Sinar "
                     "Pinang Abadi sebanyak 420 ton.\nPada 2024 jumlahnya naik menjadi 510 ton.\n", dateline="JAMBI - ")
    for value in ("420", "510"):
        figure = by_value(facts)[value]
        assert figure.agency.startswith("Balai Karantina Pertanian") and "PT" not in figure.agency
    assert "reporting on a company" in by_value(facts)["420"].why["agency"]


def test_a_company_counted_after_an_official_has_the_floor_does_not_take_it():
    facts = facts_of("Kepala BPS Provinsi Jambi Rahmat Hidayat mengatakan ekspor Jambi pada Maret 2024 naik 6 persen.\n"
                     "Kenaikan itu terutama karena pengapalan 2,1 juta ton batu bara oleh PT Bara Sungai Abadi.\n"
                     "Nilai ekspor Jambi pada Maret 2024 mencapai US$ 210 juta.\n", dateline="JAMBI - ")
    for value in ("2100000", "210000000"):
        speaker, agency = who(by_value(facts)[value])
        assert speaker == "Rahmat Hidayat" and agency == "Badan Pusat Statistik Provinsi Jambi"
    assert "counted in it" in by_value(facts)["2100000"].why["agency"]


def test_a_company_that_does_what_its_sentence_counts_still_reports_for_itself():
    facts = facts_of("Kepala BPS Provinsi Jambi Rahmat Hidayat mengatakan ekspor Jambi pada Maret 2024 naik 6 persen.\n"
                     "PT Bara Sungai Abadi mengekspor 90 ribu ton batu bara pada Maret 2024.\n", dateline="JAMBI - ")
    assert by_value(facts)["90000"].agency == "PT Bara Sungai Abadi"


def test_a_pronoun_after_a_companion_is_introduced_refers_to_the_one_speaking():
    facts = facts_of("\"Ekspor kopi Jambi pada 2023 naik menjadi Rp 41 miliar,\" kata Kepala Dinas Perdagangan Provinsi "
                     "Jambi, Hendra Wijaya, didampingi Kepala Bidang Ekspor Dinas Perdagangan Provinsi Jambi, Sari "
                     "Lestari, di Jambi.\nDia menjelaskan ekspor pinang pada 2023 mencapai Rp 12 miliar.\n",
                     dateline="JAMBI - ")
    figure = by_value(facts)["12000000000"]
    assert figure.speaker.name == "Hendra Wijaya"


def test_a_companion_named_before_the_speech_verb_is_not_its_subject_but_speaks_when_named_again():
    facts = facts_of("Gubernur Jambi Rudi Santoso mengatakan ekspor Jambi pada 2023 naik 7 persen.\n"
                     "Gubernur yang didampingi Kepala Dinas Penanaman Modal Provinsi Jambi Dewi Anggraini menguraikan, "
                     "investasi asing pada 2023 mencapai Rp 640 miliar.\n"
                     "Dewi Anggraini menjelaskan, investasi dalam negeri pada 2023 mencapai Rp 910 miliar.\n",
                     dateline="JAMBI - ")
    first = by_value(facts)["640000000000"]
    assert first.speaker.name == "Rudi Santoso" and "introduced beside" in first.why["speaker"]
    assert by_value(facts)["910000000000"].speaker.name == "Dewi Anggraini"


def test_a_quote_said_by_one_official_beside_another_is_the_first_ones():
    facts = facts_of("Kepala Dinas Perdagangan Provinsi Jambi Hendra Wijaya membuka pameran ekspor.\n"
                     "\"Kami menargetkan ekspor pinang tahun ini tumbuh dua kali lipat dari capaian sebelumnya,\" ujar "
                     "Hendra yang didampingi Kepala Bidang Ekspor Dinas Perdagangan Provinsi Jambi Sari Lestari.\n",
                     dateline="JAMBI - ")
    (quote,) = facts.quotes
    assert quote.speaker.name == "Hendra Wijaya"


def test_a_body_qualified_by_its_grade_and_short_name_still_gives_its_official_his_body():
    # 'Kantor X Tipe Madya (KPP TMP) Kota Y, Budi': the grade and the bracketed short name
    # between the body and the name are the body's qualifiers, not a one-word name ('Madya')
    facts = facts_of("Kepala Seksi Layanan Informasi Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya "
                     "Pabean (KPPBC TMP B) Malang, Rina Kusumastuti mengatakan, penerimaan cukai mencapai "
                     "Rp 2 triliun pada 2023.\n")
    assert [p.name for p in facts.people] == ["Rina Kusumastuti"]
    (figure,) = facts.figures
    assert who(figure) == ("Rina Kusumastuti", facts.people[0].organization)
    assert figure.agency and figure.agency.startswith("Kantor Pengawasan dan Pelayanan Bea dan Cukai")


def test_an_office_followed_by_its_province_in_apposition_gives_its_official_his_body():
    # 'Kepala Stasiun X Kota Y, Provinsi Z (Singkatan) Budi': the place said after the body
    facts = facts_of("Kepala Stasiun Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan (SKIPM) "
                     "Palangka Raya, Kalimantan Tengah (Kalteng) Darsono mengatakan, ekspor ikan hias mencapai "
                     "Rp 9 miliar pada 2023.\n")
    (person,) = facts.people
    assert person.name == "Darsono" and person.organization.startswith("Stasiun Karantina Ikan")
    (figure,) = facts.figures
    assert who(figure) == ("Darsono", person.organization)


def test_a_word_after_the_body_is_still_its_title_when_the_name_after_the_comma_has_an_honorific():
    # 'Kabid X Disperindag Lobar, Hj. Sari Dewi': the name after the comma opens with its
    # honorific; 'Lobar' (a region written short) is not a one-word name
    facts = facts_of("Kepala Bidang Perindustrian Disperindag Lobar, Hj. Nurlaela Wahyuni menjelaskan, "
                     "anggaran pelatihan IKM tahun ini Rp 1,5 miliar.\n")
    assert [p.name for p in facts.people] == ["Nurlaela Wahyuni"]
    assert facts.people[0].organization and facts.people[0].organization.startswith("Dinas Perindustrian dan Perdagangan")


def test_an_official_who_says_it_after_the_figures_in_the_active_voice_is_credited_backwards():
    # 'Kepala X Budi mengatakan hal itu kepada ...': the mirror of 'Hal itu dikatakan oleh X'
    facts = facts_of("Pada Januari-Maret 2024, ekspor Provinsi Bengkulu mencapai 210 juta dolar AS, naik 12 persen "
                     "dibanding periode yang sama tahun lalu. Kepala Badan Pusat Statistik (BPS) Provinsi Bengkulu "
                     "Hendra Gunawan mengatakan hal itu kepada wartawan di kantornya, Senin.\n\n"
                     "Hendra menjelaskan, ekspor batu bara masih mendominasi.\n")
    values = by_value(facts)
    assert who(values["210000000"]) == ("Hendra Gunawan", "Badan Pusat Statistik Provinsi Bengkulu")
    assert values["210000000"].why["speaker"] == "named after what was said ('... mengatakan hal itu')"
    assert values["12"].speaker.name == "Hendra Gunawan"


def test_hal_itu_as_the_subject_of_what_is_said_is_not_a_said_back():
    # 'X mengatakan hal itu terlihat dari ...': 'hal itu' opens the clause he says, it is not the object
    facts = facts_of("Kepala Dinas Perdagangan Kota Batu Sari Wulandari membuka pameran apel di Batu.\n\n"
                     "Terpisah, ekspor kopi Kota Malang pada 2023 mencapai 4 juta dolar AS.\n"
                     "Sari Wulandari mengatakan hal itu terlihat dari permintaan yang terus naik.\n")
    assert by_value(facts)["4000000"].speaker is None


def test_a_body_report_opens_the_briefing_of_its_official_introduced_in_a_quote_attribution():
    # 'BPS X mencatat ... "...," kata Kepala BPS X Budi': the official is introduced where the
    # quote is attributed to him, not as the subject of a speech verb
    facts = facts_of("Badan Pusat Statistik (BPS) Provinsi Jambi mencatat nilai ekspor Jambi pada Mei 2024 mencapai "
                     "USD 210,5 juta. \"Kenaikan ini terutama didorong oleh ekspor batu bara,\" kata Kepala BPS "
                     "Provinsi Jambi Rahmat Hidayat di Jambi, Senin.\n")
    figure = by_value(facts)["210500000"]
    assert who(figure) == ("Rahmat Hidayat", "Badan Pusat Statistik Provinsi Jambi")
    assert figure.why["speaker"] == "opens the briefing of Rahmat Hidayat, of the body reporting"


def test_a_company_officer_works_for_the_company_his_title_names():
    # 'Direktur Utama PT X Budi': the company is his organisation (a body in the title still wins)
    facts = facts_of("Direktur Utama PT Kopi Lereng Merapi Sejahtera Bambang Riyadi mengatakan, perusahaannya "
                     "mengekspor 40 ton kopi ke Jepang pada 2023.\n")
    person = next(p for p in facts.people if p.name == "Bambang Riyadi")
    assert person.organization == "PT Kopi Lereng Merapi Sejahtera"


def test_an_official_named_after_the_verb_with_a_title_joined_by_dan_says_the_sentence():
    # '..., ucap Kepala Dinas X dan Y (Singkatan) Kota, Nama.': the office joins its words with
    # 'dan' and gives its short form in brackets before the comma and the name
    facts = facts_of("Pameran dagang di Kota Batu dibuka pekan lalu.\n\n"
                     "Sektor perkebunan menyumbang 12,4 persen dari ekspor Kota Batu tahun lalu, ucap Kepala Dinas "
                     "Perindustrian dan Perdagangan (Disperindag) Kota Batu, Sari Wulandari.\n")
    figure = by_value(facts)["12.4"]
    assert who(figure) == ("Sari Wulandari", "Dinas Perindustrian dan Perdagangan Kota Batu")
    assert figure.why["speaker"] == "named after the verb and his title (Sari Wulandari)"


def test_a_name_joined_by_dan_after_the_verb_is_no_title():
    # 'kata Budi dan Sari, ...': two people named after the verb, no title before a comma
    facts = facts_of("Pameran dagang di Kota Batu dibuka pekan lalu.\n\n"
                     "Ekspor apel Kota Batu naik 7,5 persen tahun lalu, kata petani Budi Santoso dan Ani Lestari.\n")
    assert "after the verb and his title" not in by_value(facts)["7.5"].why.get("speaker", "")


def test_a_one_word_name_after_the_verb_takes_the_title_after_its_comma():
    # '"...," tutur Budi, Kepala Balai X, dalam siaran pers': his office is his body
    facts = facts_of("“Ekspor kopi dari Surabaya naik menjadi 40 ton pada 2023,” tutur Wiryo, Kepala Balai Karantina "
                     "Pertanian Surabaya, dalam siaran pers, Rabu.\n")
    person = next(p for p in facts.people if p.name == "Wiryo")
    assert person.role == "Kepala Balai Karantina Pertanian Surabaya"
    assert who(by_value(facts)["40"]) == ("Wiryo", person.organization) and person.organization


def test_a_one_word_name_not_named_by_a_verb_takes_no_title_after_its_comma():
    # 'di Surabaya, Kepala Balai X ...': a place before a comma is no name with a title
    facts = facts_of("Pameran kopi digelar di Surabaya, Kepala Balai Karantina Pertanian Surabaya Wiryo Santoso "
                     "mengatakan ekspor naik menjadi 40 ton.\n")
    assert [p.name for p in facts.people] == ["Wiryo Santoso"]


def test_a_body_with_a_comma_before_its_reporting_verb_reports_the_sentence():
    # 'Dinas X Kabupaten Y (DPMPTSP), mencatatkan ...': the comma does not stop the body being the subject
    facts = facts_of("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Malang (DPMPTSP), mencatatkan "
                     "realisasi investasi pada 2023 sebesar Rp 12 triliun.\n")
    figure = by_value(facts)["12000000000000"]
    assert figure.agency == "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Malang"
    assert figure.why["agency"].startswith("subject of a reporting verb after a comma")


def test_a_body_with_a_comma_before_a_person_is_not_the_subject():
    # 'Menurut Dinas X, ekspor ...': a comma after a body cited, then the clause, no reporting verb
    facts = facts_of("Menurut Dinas Perdagangan Kota Batu, ekspor apel pada 2023 sebesar Rp 12 miliar.\n")
    assert "after a comma" not in by_value(facts)["12000000000"].why.get("agency", "")


def test_a_speech_verb_closing_a_paragraph_names_no_one_from_the_next():
    facts = facts_of("Kepala Dinas Perdagangan Kota Batu, Hendra Wijaya, membuka pameran produk ekspor.\n\n"
                     "“Pembeli dari Jepang sudah memesan kopi dan apel olahan kami,” ujarnya\n"
                     "Sementara itu, Rina Kusuma Dewi dari Asosiasi Petani Apel menyebut panen tahun ini baik.\n\n"
                     "“Permintaan naik terus sejak awal tahun,” sambungnya\n"
                     "Wawan Setiadi mengatakan harga apel tetap stabil.\n")
    first, second = facts.quotes
    assert first.speaker.name == "Hendra Wijaya" and "pronoun after the quote" in first.why["speaker"]
    assert second.speaker is not None and "pronoun after the quote" in second.why["speaker"]


def test_an_attribution_told_only_the_second_time_has_its_reason_on_the_first_telling():
    # regression: the narrated lead took the quote's speaker and body with no reason in --explain
    facts = facts_of("Ekspor kopi Jawa Timur pada 2023 mencapai USD 5,2 juta.\n\n"
                     "Sektor lain juga tumbuh pesat sepanjang tahun itu.\n\n"
                     "“Ekspor kopi pada 2023 mencapai USD 5,2 juta, naik dari tahun lalu,” kata Kepala Dinas "
                     "Perdagangan Jawa Timur Budi Santosa.\n")
    (figure,) = facts.figures
    assert who(figure) == ("Budi Santosa", "Dinas Perdagangan Provinsi Jawa Timur")
    assert figure.why["speaker"] == "told again later: inside a quote by Budi Santosa"
    assert figure.why["agency"].startswith("told again later: the speaker's body (Budi Santosa")


def test_the_body_of_a_speaker_named_after_what_was_said_has_its_reason_in_that_sentence():
    # regression: the sentence naming the speaker took his body with no reason in --explain
    facts = facts_of("Pasar kopi dunia sedang bergairah.\n\n"
                     "Ekspor kopi ke China pada 2024 ditargetkan mencapai USD 5 juta, demikian disampaikan oleh "
                     "Kepala Dinas Perdagangan Jawa Timur Budi Santosa di Surabaya.\n")
    (target,) = facts.figures
    assert target.type == "target"
    assert who(target) == ("Budi Santosa", "Dinas Perdagangan Provinsi Jawa Timur")
    assert target.why["agency"] == "the speaker's body (Budi Santosa)"


def test_a_report_credited_to_an_official_names_its_speaker_and_his_body():
    facts = facts_of("Impor Maluku Utara turun sepanjang Juni 2024. Menurut data dari Plh. Kepala Badan Pusat "
                     "Statistik (BPS) Provinsi Maluku Utara, Yosef Tanamal, yang diumumkan Rabu (3/7/2024), impor "
                     "daerah itu tinggal US$41,7 juta.\n\n"
                     "Mesin dan peralatan listrik menyumbang US$17,2 juta dari jumlah itu.\n", dateline="TERNATE - ")
    values = by_value(facts)
    office = "Badan Pusat Statistik Provinsi Maluku Utara"
    assert who(values["41700000"]) == ("Yosef Tanamal", office)
    assert values["41700000"].why["speaker"].startswith("the official a report or data is credited to")
    assert who(values["17200000"]) == ("Yosef Tanamal", office)


def test_a_source_word_inside_a_title_is_no_source_phrase():
    # 'Statistik' in 'Kepala Bidang Statistik Sosial' is no 'data from' phrase: the lead is credited
    # forward to the official the next sentence names, as before
    facts = facts_of("Produksi gabah Sulawesi Barat bertambah 4,18 persen selama Agustus 2016. Kepala Bidang "
                     "Statistik Sosial Badan Pusat Statistik (BPS) Sulawesi Barat Irfan Malaka lewat keterangan "
                     "tertulis, Jumat (2/9/2016).\n\n"
                     "Kepala BPS Sulawesi Barat Irfan Malaka menambahkan, nilai tukar petani berada di 97,3.\n",
                     dateline="MAMUJU - ")
    for figure in facts.figures:
        assert not figure.why.get("speaker", "").startswith("the official a report or data is credited to")


def test_an_initial_glued_to_the_next_name_word_is_no_degree():
    for written, name in (("Rudi H.Siregar", "Rudi H Siregar"), ("Rudi S.Farm", "Rudi")):
        facts = facts_of(f"Kepala Dinas Perdagangan Provinsi Sumatera Utara {written} mengatakan ekspor kopi naik "
                         "5 persen.\n\n\"Harga naik 3 persen,\" kata Siregar.\n", dateline="MEDAN - ")
        assert facts.people[0].name == name, written
    # the one named back by his last name is the official with the glued initial
    assert who(by_value(facts_of("Kepala Dinas Perdagangan Provinsi Sumatera Utara Rudi H.Siregar mengatakan ekspor "
                                 "kopi naik 5 persen.\n\n\"Harga naik 3 persen,\" kata Siregar.\n",
                                 dateline="MEDAN - "))["3"])[0] == "Rudi H Siregar"


def test_a_degree_glued_after_a_name_is_no_initial_of_it():
    facts = facts_of("Kabid Neraca BPS Bengkulu Marlianto S.Si memaparkan impor Bengkulu selama Juli 2021 "
                     "berjumlah USD 47 juta.\n\n\"Separuhnya berupa pupuk, USD 23,6 juta,\" tutur Marlianto.\n",
                     dateline="BENGKULU - ")
    assert [p.name for p in facts.people] == ["Marlianto"]
    values = by_value(facts)
    assert who(values["47000000"]) == ("Marlianto", "Badan Pusat Statistik Provinsi Bengkulu")
    assert who(values["23600000"]) == ("Marlianto", "Badan Pusat Statistik Provinsi Bengkulu")


def test_a_name_ending_like_an_officials_name_is_another_person():
    # 'Yanto' is a name of its own, not 'Suharyanto' called by his tail; his figure is his
    facts = facts_of("Kepala Dinas Perdagangan Provinsi Kalimantan Selatan Suharyanto mengatakan ekspor karet naik "
                     "5 persen.\n\n"
                     "\"Harga bawang merah di los kami turun 12 persen,\" kata Yanto, pedagang di Pasar Lama.\n",
                     dateline="BANJARMASIN - ")
    assert "Yanto" in [p.name for p in facts.people]
    assert who(by_value(facts)["-12"]) == ("Yanto", None)


def test_a_tail_of_a_name_is_not_taken_for_it():
    from kg.extract.mentions import clipped
    assert not clipped("hidayat", "nurhidayat", first=True)
    assert not clipped("rahman", "abdurrahman", first=False)
    assert clipped("sulis", "sulistyono", first=True)


def test_a_speaker_citing_a_bodys_data_goes_on_with_that_data_in_the_next_sentence_of_his_quote():
    facts = facts_of("“Menurut data Balai Besar Karantina Pertanian (BBKP), cengkih Sulawesi Utara paling banyak "
                     "dikirim ke luar negeri. Volumenya 3.760 ton, disusul pala 1.940 ton,” tutur Gubernur Sulawesi "
                     "Utara Markus Lontoh di Manado.\n", dateline="MANADO - ")
    values = by_value(facts)
    assert values["3760"].speaker.name == "Markus Lontoh"
    assert values["3760"].agency == "Balai Besar Karantina Pertanian"
    assert values["3760"].why["agency"].startswith("the data the speaker cited in the sentence before")


def test_a_target_after_cited_data_is_the_speakers_own():
    facts = facts_of("Bupati Kendal Sigit Prananto mengatakan, berdasarkan data BPS, produksi jagung naik 5 persen. "
                     "Ia menargetkan produksi jagung tahun depan tumbuh 10 persen.\n", dateline="KENDAL - ")
    assert who(by_value(facts)["10"]) == ("Sigit Prananto", "Pemerintah Kabupaten Kendal")


def test_a_budget_inside_the_quote_after_cited_data_is_the_speakers_own():
    facts = facts_of("“Menurut data Balai Besar Karantina Pertanian (BBKP), pala Maluku Utara paling banyak dikirim "
                     "ke Belanda. Tahun ini kami menyiapkan anggaran Rp 20 miliar untuk gudang pala,” kata Gubernur "
                     "Maluku Utara Anwar Lamusu di Ternate.\n", dateline="TERNATE - ")
    assert who(by_value(facts)["20000000000"]) == ("Anwar Lamusu", "Pemerintah Provinsi Maluku Utara")


def test_cited_data_is_carried_one_sentence_only():
    facts = facts_of("“Menurut data Balai Besar Karantina Pertanian (BBKP), pala Maluku Utara paling banyak dikirim "
                     "ke Belanda. Volumenya 2.310 ton. Harga pala di petani naik 8 persen,” kata Gubernur "
                     "Maluku Utara Anwar Lamusu di Ternate.\n", dateline="TERNATE - ")
    values = by_value(facts)
    assert values["2310"].why["agency"].startswith("the data the speaker cited in the sentence before")
    assert who(values["8"]) == ("Anwar Lamusu", "Pemerintah Provinsi Maluku Utara")


def test_a_speaker_not_citing_data_speaks_for_his_own_body():
    facts = facts_of("“Cengkih Sulawesi Utara paling banyak dikirim ke luar negeri. Volumenya 3.760 ton,” tutur "
                     "Gubernur Sulawesi Utara Markus Lontoh di Manado.\n", dateline="MANADO - ")
    assert who(by_value(facts)["3760"]) == ("Markus Lontoh", "Pemerintah Provinsi Sulawesi Utara")


def test_data_named_by_its_title_comes_from_the_body_after_the_title():
    facts = facts_of("Berdasarkan catatan Buku Saku Peternakan Dinas Peternakan dan Kesehatan Hewan Provinsi Nusa "
                     "Tenggara Timur, populasi sapi NTT pada 2021 berjumlah 1.204.880 ekor.\n", dateline="KUPANG - ")
    (figure,) = facts.figures
    assert figure.agency == "Dinas Peternakan dan Kesehatan Hewan Provinsi Nusa Tenggara Timur"
    assert figure.why["agency"].startswith("source of the data")


def test_a_role_no_title_names_set_off_from_its_body_by_a_comma_gives_the_person_that_body():
    facts = facts_of("Petugas Verifikasi Perizinan Berusaha, Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu "
                     "(DPMPTSP) Provinsi Bengkulu, Rosmaini Tarigan, menuturkan minat pemodal tetap tinggi.\n"
                     "Rosmaini merinci, sepanjang 2021 realisasi penanaman modal berjumlah Rp 6,74 triliun.\n",
                     dateline="BENGKULU - ")
    (person,) = facts.people
    office = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Bengkulu"
    assert person.organization == office and person.role.startswith("Petugas Verifikasi Perizinan Berusaha")
    assert who(by_value(facts)["6740000000000"]) == ("Rosmaini Tarigan", office)


def test_a_speaker_named_back_after_a_comma_following_the_verb_is_credited_backwards():
    facts = facts_of("Impor Provinsi Kalimantan Utara pada Maret 2022 tercatat USD 52,40 juta, susut 3,19 persen.\n\n"
                     "Paparan itu disampaikan, Kepala BPS Kalimantan Utara, Yosef Tanamal, Selasa (19/4).\n",
                     dateline="TARAKAN - ")
    values = by_value(facts)
    assert who(values["52400000"]) == ("Yosef Tanamal", "Badan Pusat Statistik Provinsi Kalimantan Utara")
    assert values["52400000"].why["speaker"].startswith("named after what was said")


def test_a_lead_is_not_credited_to_a_speaker_after_a_turn_to_another_matter():
    for opener in ("Sementara itu", "Di sisi lain"):
        facts = facts_of("Nilai ekspor Sumatera Barat pada Juli 2025 naik 6,5 persen dibanding Juni.\n\n"
                         f"{opener}, harga bawang putih di Solok turun 14 persen. Kepala Dinas Pertanian Solok "
                         "Rina Marlinda mengatakan pasokan dari petani melimpah.\n", dateline="PADANG - ")
        assert by_value(facts)["6.5"].speaker is None, opener


def test_a_lead_is_not_credited_to_a_trader_the_next_paragraph_quotes():
    facts = facts_of("Nilai ekspor Sumatera Barat pada Juli 2025 naik 6,5 persen dibanding Juni.\n\n"
                     "Harga bawang putih di Solok turun 14 persen. Pasokan dari petani sedang melimpah, "
                     "kata Darwis, pedagang bawang di Pasar Raya.\n", dateline="PADANG - ")
    assert by_value(facts)["6.5"].speaker is None


def test_a_lead_is_credited_to_the_speaker_the_next_paragraph_names_after_narration_going_on_with_it():
    facts = facts_of("Perdagangan luar negeri Kabupaten Pati bertumpu pada kacang olahan. Selama 2019, ekspornya "
                     "menembus USD 171 juta.\n"
                     "Disusul tepung tapioka dengan andil 21,45 persen. Adapun ikan asin menyumbang 9,08 "
                     "persen, papar Kepala Dinas Koperasi dan UKM (Dinkop UKM) Pati, Rosmaini Tarigan.\n",
                     dateline="PATI - ")
    office = "Dinas Koperasi dan Usaha Kecil dan Menengah Kabupaten Pati"
    values = by_value(facts)
    assert who(values["171000000"]) == ("Rosmaini Tarigan", office)
    assert who(values["21.45"]) == ("Rosmaini Tarigan", office)
    assert values["171000000"].why["speaker"].startswith("the lead of the briefing the next paragraph opens")


def test_nilainya_is_a_value_not_a_pronoun_for_the_last_person_named():
    # 'Nilainya tercatat ...' is 'its value', not 'in his view': the governor named in passing
    # before it does not get the figure ('..., katanya' still is speech)
    facts = facts_of("Laporan itu disusun dinas di provinsi yang dipimpin Gubernur Rahmat Hidayat.\n"
                     "Ekspor kopi provinsi itu naik pada Maret 2024. Nilainya tercatat Rp 4,2 miliar.\n")
    figure = by_value(facts)["4200000000"]
    assert figure.speaker is None
    facts = facts_of("Kepala Dinas Perdagangan Kota Batu, Sari Wulandari, membuka pameran.\n\n"
                     "Ekspor apel naik pada Maret 2024 menjadi Rp 4,2 miliar, katanya.\n")
    assert by_value(facts)["4200000000"].speaker.name == "Sari Wulandari"


def test_a_lone_capital_after_the_place_that_ends_a_title_is_the_initial_of_the_name():
    # 'Kepala Dinas X Kota Y R Wibowo': the capital opens the name, after a place of one word or of
    # several ('Sulawesi Tengah'); a roman numeral after the place ('Surabaya II') still ends the
    # title (a grade, 'Tipe Madya B', in test_who_shapes)
    facts = facts_of("Pagi itu Kepala Dinas Pariwisata Kota Palu T Mahendra menyebut kunjungan wisatawan bertambah "
                     "12 persen.\n", dateline="PALU - ")
    assert [(p.name, p.role) for p in facts.people] == [("T Mahendra", "Kepala Dinas Pariwisata Kota Palu")]
    facts = facts_of("Pagi itu Kepala Dinas Pariwisata Sulawesi Tengah T Mahendra menyebut kunjungan wisatawan "
                     "bertambah 12 persen.\n", dateline="PALU - ")
    assert [(p.name, p.role) for p in facts.people] == [("T Mahendra", "Kepala Dinas Pariwisata Sulawesi Tengah")]
    facts = facts_of("Sore itu Kepala Balai Pengujian Mutu Barang Surabaya II Hendra Wijaya menuturkan sampel "
                     "yang diuji bertambah 8 persen.\n")  # a roman numeral after the place: still the title's
    assert [p.name for p in facts.people] == ["Hendra Wijaya"]


def test_a_ministers_title_written_without_the_commas_of_its_list_names_the_ministry():
    facts = facts_of("\"Pelatihan ekspor bagi pengrajin sudah menjangkau 1.250 peserta,\" tutur Menteri Usaha Mikro "
                     "Kecil Menengah Dewi Anggraini di Pontianak.\n", dateline="PONTIANAK - ")
    assert who(facts.figures[0]) == ("Dewi Anggraini", "Kementerian Usaha Mikro, Kecil, dan Menengah")


def test_capitalised_words_given_a_short_name_before_a_body_end_a_units_name_not_a_person():
    # the unit's name ends with capitalised words and its short name in brackets, then its body and
    # the official's name: the words before the bracket are no person
    facts = facts_of("\"Anyaman pandan laris di pasar luar negeri,\" kata Kepala Seksi Pemasaran dan Promosi Produk "
                     "Unggulan (Pasmosi) Disperindag Kabupaten Sleman Nanda Prasetya, di Sleman.\n\n"
                     "Nanda menyebut ekspor anyaman pandan pada semester I 2023 senilai 2,5 juta dolar AS.\n")
    (figure,) = facts.figures
    assert who(figure) == ("Nanda Prasetya", "Dinas Perindustrian dan Perdagangan Kabupaten Sleman")
    # a person's nickname in brackets is followed by a verb, not a body: still a person, even after
    # a unit's title
    facts = facts_of("Kepala Bidang Ekspor Hadi Santoso (Hamel) mengatakan ekspor mebel pada "
                     "2022 mencapai 30 juta dolar AS.\n")
    (figure,) = facts.figures
    assert who(figure)[0] == "Hadi Santoso"


def test_a_persons_name_before_a_bracketed_short_name_and_a_body_is_kept_without_a_units_head_word():
    # no unit's head word (Bidang, Seksi ...) opens the capitalised words: the bracket after a
    # person's name is someone's short name, and the body after it starts the next clause
    facts = facts_of("Sementara itu, ekonom Faisal Rahman (Indef) Bank Indonesia diminta menahan suku bunga. "
                     "Inflasi pada Mei 2023 mencapai 4 persen.\n")
    assert "Faisal Rahman" in [p.name for p in facts.people]
    facts = facts_of("Rapat dihadiri Sekretaris Jenderal Kementerian Perdagangan Wiryadi (Setjen) Kemendag mencatat "
                     "ekspor pada 2022 mencapai US$ 290 miliar.\n")
    assert "Wiryadi" in [p.name for p in facts.people]
    # a new line after the bracket ends the unit's name: the words before it are a person's
    facts = facts_of("Kepala Seksi Promosi Dagang Nanda Prasetya (Nanda)\n\nDisperindag Kabupaten Sleman menyebut ekspor "
                     "anyaman pada 2023 naik 12 persen.\n", dateline="SLEMAN - ")
    assert "Nanda Prasetya" in [p.name for p in facts.people]


def test_a_title_holding_a_regions_kind_shortened_with_a_full_stop_still_reaches_the_name():
    # 'Prov.' and 'Kab.' inside the title, with a space after the stop or none: the title goes on
    for written in ("Prov. Bengkulu", "Prov.Bengkulu"):
        facts = facts_of(f"Kepala BPS {written}, Wulan Sari, mengatakan ekspor Bengkulu pada Maret 2022 mencapai "
                         "US$ 45,2 juta.\n")
        (figure,) = facts.figures
        assert who(figure) == ("Wulan Sari", "Badan Pusat Statistik Provinsi Bengkulu")
    facts = facts_of("Kepala DPMPTSP Kab. Kudus Bayu Saputra mengatakan realisasi investasi pada 2022 mencapai "
                     "Rp 2,5 triliun.\n")
    (figure,) = facts.figures
    assert who(figure)[0] == "Bayu Saputra"


def test_a_long_name_in_brackets_between_a_body_and_its_reporting_verb_keeps_it_the_subject():
    # the bracket spells out what the short name stands for, longer than an alias
    facts = facts_of("Kementerian Perdagangan (Direktorat Jenderal Perdagangan Luar Negeri/Daglu) mencatat "
                     "ekspor kopi olahan pada Maret 2024 sebesar US$ 12 juta.")
    assert [who(f) for f in facts.figures] == [(None, "Kementerian Perdagangan")]


def test_a_unit_with_its_ministry_and_the_ministrys_short_name_after_it_reports_not_the_ministry():
    # 'Balai X Kementerian Y (KY) mencatat': the bracket is the ministry's short name, the ministry
    # only says whose unit it is; the unit (its place from the dateline) reports
    facts = facts_of("Stasiun Karantina Pertanian Kementerian Pertanian (Kementan) melaporkan pengiriman kakao "
                     "pada 2023 sebanyak 7.250 ton.\n", dateline="KENDARI - ")
    figure = by_value(facts)["7250"]
    assert figure.agency.startswith("Stasiun Karantina Pertanian")
    assert not [o for o in facts.organizations if o.kind == "association"]


def test_a_unit_written_after_its_place_then_its_ministry_in_brackets_reports():
    # 'Balai X Kota Z Kementerian Y (KY) mencatat': the ministry between the unit and the verb
    facts = facts_of("Balai Besar Karantina Pertanian Makassar Kementerian Pertanian (Kementan) mencatat "
                     "ekspor rumput laut pada semester I 2023 senilai Rp 64 miliar.\n", dateline="MAKASSAR – ")
    figure = by_value(facts)["64000000000"]
    assert figure.agency == "Balai Besar Karantina Pertanian Makassar"
    assert figure.why["agency"] == "subject of a reporting verb (Balai Besar Karantina Pertanian Makassar)"


def test_a_director_general_whose_body_has_regional_offices_speaks_for_it_not_the_ministry():
    # a unit with offices of its own in the regions (regional_offices_of_national_bodies) reports
    # its own figures; a director general of a unit without them still speaks for the ministry
    facts = facts_of("Direktur Jenderal Pajak Budi Hartono mengatakan penerimaan pajak pada Maret 2024 "
                     "mencapai Rp 342 triliun.\n"
                     "Direktur Jenderal Perdagangan Luar Negeri Sari Wulandari mengatakan ekspor kopi pada "
                     "Maret 2024 mencapai 21.500 ton.\n")
    values = by_value(facts)
    assert who(values["342000000000000"]) == ("Budi Hartono", "Direktorat Jenderal Pajak")
    assert who(values["21500"]) == ("Sari Wulandari", "Kementerian Perdagangan")
    people = {p.name: p.organization for p in facts.people}
    assert people["Budi Hartono"] == "Direktorat Jenderal Pajak"


def test_a_ministry_after_a_comma_is_not_the_qualifier_of_the_unit_before_it():
    # 'Selain Badan X, Kementerian Y juga mencatat': two bodies, the ministry reports (review of
    # who27: the gap between a unit and its ministry in running text takes no comma)
    facts = facts_of("Selain Badan Karantina Pertanian, Kementerian Pertanian juga mencatat ekspor sarang "
                     "walet pada 2023 sebanyak 1.420 ton.\n")
    assert by_value(facts)["1420"].agency == "Kementerian Pertanian"


def test_the_gap_between_a_unit_and_its_parent_is_checked_in_linear_time():
    # a long run of spaces around a bracket between two names (a blanked 'Baca Juga' list): the
    # gap patterns are possessive, so a failing match does not backtrack over the run
    from kg.extract.mentions import PARENT_GAP, UNIT_PARENT_GAP
    gap = " " * 20000 + "(a)" + " " * 20000 + "x"
    started = time.process_time()
    assert PARENT_GAP.fullmatch(gap) is None and UNIT_PARENT_GAP.fullmatch(gap) is None
    assert time.process_time() - started < 0.5


def test_information_from_a_body_credits_it_like_its_data():
    facts = facts_of("Menurut informasi dari Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Blitar, "
                     "nilai investasi pada semester I 2024 mencapai Rp 215 miliar.\n"
                     "Dari jumlah itu, penanaman modal asing sebesar Rp 15 miliar.\n")
    figures = by_value(facts)
    body = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Blitar"
    assert figures["215000000000"].agency == body and figures["15000000000"].agency == body


def test_information_sought_from_a_body_credits_it_nothing():
    facts = facts_of("Pedagang mengeluhkan minimnya informasi dari Dinas Perdagangan Kota Blitar soal pasokan, "
                     "padahal harga gula pada Mei 2024 naik menjadi Rp 18.000 per kilogram.\n")
    assert all(f.agency is None for f in facts.figures)


def test_the_national_council_of_special_economic_zones_is_a_body_its_officials_speak_for():
    facts = facts_of("Kawasan industri khusus di luar Jawa kini menampung 75 perusahaan penyewa, ungkap Deputi "
                     "Pengembangan Kawasan Dewan Nasional KEK Rudi Hartono di Batam. Ia menambahkan modal yang "
                     "tertanam di sana sepanjang 2022 bernilai Rp 38,6 triliun.\n")
    figures = by_value(facts)
    body = "Dewan Nasional Kawasan Ekonomi Khusus"
    assert who(figures["75"]) == ("Rudi Hartono", body)
    assert who(figures["38600000000000"]) == ("Rudi Hartono", body)


def test_narration_of_several_paragraphs_is_the_briefing_of_the_official_who_refers_back_to_it():
    facts = facts_of("Pendapatan asli daerah Kabupaten Banyumas hingga September 2024 baru mencapai Rp 84,5 miliar.\n\n"
                     "Pajak daerah menyumbang Rp 51,2 miliar, sedangkan retribusi daerah Rp 12,7 miliar.\n\n"
                     "Kepala Badan Pendapatan Daerah Kabupaten Banyumas, Yusuf Rantelangi, mengatakan capaian "
                     "tersebut masih jauh dari harapan.\n", dateline="PURWOKERTO - ")
    values = by_value(facts)
    for value in ("84500000000", "51200000000", "12700000000"):
        assert values[value].speaker is not None and values[value].speaker.name == "Yusuf Rantelangi", value
        assert values[value].agency == "Badan Pendapatan Daerah Kabupaten Banyumas", value


def test_narration_of_several_paragraphs_stays_the_narrators_when_the_official_tells_of_other_things():
    facts = facts_of("Pendapatan asli daerah Kabupaten Banyumas hingga September 2024 baru mencapai Rp 84,5 miliar.\n\n"
                     "Pajak daerah menyumbang Rp 51,2 miliar, sedangkan retribusi daerah Rp 12,7 miliar.\n\n"
                     "Kepala Badan Pendapatan Daerah Kabupaten Banyumas, Yusuf Rantelangi, mengatakan sepanjang "
                     "2023 pendapatan daerah mencapai Rp 130 miliar.\n", dateline="PURWOKERTO - ")
    values = by_value(facts)
    assert who(values["84500000000"]) == (None, None)
    assert who(values["12700000000"]) == (None, None)


def test_an_official_quoted_by_his_title_alone_and_named_later_speaks_for_the_report_before():
    facts = facts_of("Dinas Perikanan Kabupaten Pamekasan mematok target produksi garam tahun ini 190 ribu ton.\n\n"
                     "“Petambak sudah mulai menyiapkan lahan,” kata Kepala Bidang Perikanan Budidaya Diskan Pamekasan.\n\n"
                     "Luas lahan garam di Pamekasan mencapai 1.250 hektare.\n\n"
                     "Syaiful menjelaskan, musim produksi garam kemungkinan baru dimulai awal Juni. "
                     "“Kami yakin target tahun ini terpenuhi,” ungkap Syaiful.\n",
                     dateline="PAMEKASAN - ")
    values = by_value(facts)
    for value in ("190000", "1250"):
        assert who(values[value]) == ("Syaiful", "Dinas Perikanan Kabupaten Pamekasan"), value


def test_a_speaker_named_later_without_a_title_before_him_takes_nothing_back():
    facts = facts_of("Dinas Perikanan Kabupaten Pamekasan mematok target produksi garam tahun ini 190 ribu ton.\n\n"
                     "Luas lahan garam di Pamekasan mencapai 1.250 hektare.\n\n"
                     "Syaiful menjelaskan, musim produksi garam kemungkinan baru dimulai awal Juni. "
                     "“Kami yakin target tahun ini terpenuhi,” ungkap Syaiful.\n",
                     dateline="PAMEKASAN - ")
    values = by_value(facts)
    assert values["1250"].speaker is None


def test_narration_is_the_briefing_of_an_official_of_its_body_who_judges_it_without_figures():
    facts = facts_of("Penerimaan retribusi parkir Kota Wonorejo sepanjang semester pertama 2025 terkumpul Rp 6,3 miliar.\n\n"
                     "Dari pasar tradisional masuk Rp 2,1 miliar, dari terminal bus Rp 0,9 miliar.\n\n"
                     "Kepala Badan Pendapatan Daerah Kota Wonorejo, Lestari Anggraini, menilai realisasi itu belum "
                     "sesuai harapan karena banyak juru parkir liar.\n", dateline="WONOREJO - ")
    values = by_value(facts)
    for value in ("6300000000", "2100000000"):
        assert who(values[value]) == ("Lestari Anggraini", "Badan Pendapatan Daerah Kota Wonorejo"), value


def test_narration_stays_the_narrators_when_a_later_official_of_another_field_talks_of_other_things():
    facts = facts_of("Harga bawang putih di Pasar Induk Kota Wonorejo naik menjadi Rp 38.000 per kilogram.\n\n"
                     "Jahe merah ikut naik dan kini dijual Rp 27.000 per kilogram.\n\n"
                     "Kepala Dinas Pariwisata Kota Wonorejo, Lestari Anggraini, mengatakan pihaknya menyiapkan lomba "
                     "perahu hias pekan depan.\n", dateline="WONOREJO - ")
    values = by_value(facts)
    assert who(values["38000"]) == (None, None)
    assert who(values["27000"]) == (None, None)


def test_narration_stays_the_narrators_when_an_official_of_another_body_comments_on_it():
    facts = facts_of("Pertumbuhan ekonomi Kabupaten Sidomulyo pada triwulan II 2025 tercatat 4,7 persen.\n\n"
                     "Konsumsi rumah tangga tumbuh 3,9 persen pada periode yang sama.\n\n"
                     "Kepala Dinas Koperasi Kabupaten Sidomulyo, Lestari Anggraini, menyebut angka tersebut "
                     "menggembirakan bagi pelaku usaha mikro.\n", dateline="SIDOMULYO - ")
    values = by_value(facts)
    assert who(values["4.7"]) == (None, None)
    assert who(values["3.9"]) == (None, None)


def test_narration_stays_the_narrators_when_the_official_comes_after_sementara_itu():
    facts = facts_of("Nilai impor Kabupaten Sidomulyo pada April 2025 turun 8 persen menjadi 210 juta dolar AS.\n\n"
                     "Impor bahan baku industri tercatat 95 juta dolar AS.\n\n"
                     "Sementara itu, Kepala Dinas Perdagangan Kabupaten Sidomulyo, Lestari Anggraini, mengatakan "
                     "capaian itu akan dibahas bersama eksportir.\n", dateline="SIDOMULYO - ")
    values = by_value(facts)
    assert who(values["210000000"]) == (None, None)
    assert who(values["95000000"]) == (None, None)


def test_a_quote_said_by_a_ministers_title_alone_is_told_for_his_ministry():
    facts = facts_of("Pabrik alas kaki di pantai utara kembali menambah lini produksi.\n\n"
                     "“Penjualan sepatu kita ke luar negeri bisa tembus Rp 95 triliun pada 2026,” ucap Menperin.\n")
    values = by_value(facts)
    assert who(values["95000000000000"]) == (None, "Kementerian Perindustrian")
    assert values["95000000000000"].why["agency"].startswith("a quote said by the title alone")


def test_menurut_with_a_long_title_then_the_name_after_a_comma_names_the_speaker():
    facts = facts_of("Batik tulis pesisir makin diminati pembeli asing. Menurut Kepala Seksi Promosi Produk dan Kerja "
                     "Sama Pasar Mancanegara Dinas Perindustrian dan Perdagangan (Disperindag) Kabupaten Sidomulyo, "
                     "Wulan Pratiwi, penjualan batik ke Jepang sepanjang 2024 bernilai 3,8 juta dolar AS.\n",
                     dateline="SIDOMULYO - ")
    figure = by_value(facts)["3800000"]
    assert who(figure) == ("Wulan Pratiwi", "Dinas Perindustrian dan Perdagangan Kabupaten Sidomulyo")


def test_the_lead_before_an_official_who_refers_back_to_it_in_the_same_paragraph_is_his():
    facts = facts_of("Kabupaten Sidomulyo membukukan ekspor kerajinan bambu senilai 6,2 juta dolar AS pada 2024. "
                     "Menurut Kepala Seksi Promosi Produk dan Kerja Sama Pasar Mancanegara Dinas Perindustrian dan "
                     "Perdagangan Kabupaten Sidomulyo, Wulan Pratiwi, angka tersebut dua kali lipat dibanding "
                     "dua tahun sebelumnya.\n\nPembeli terbesar datang dari Belanda dan Belgia.\n",
                     dateline="SIDOMULYO - ")
    figure = by_value(facts)["6200000"]
    assert who(figure) == ("Wulan Pratiwi", "Dinas Perindustrian dan Perdagangan Kabupaten Sidomulyo")


def test_the_lead_before_an_official_who_tells_other_things_stays_the_narrators():
    facts = facts_of("Kabupaten Sidomulyo membukukan ekspor kerajinan bambu senilai 6,2 juta dolar AS pada 2024. "
                     "Menurut Kepala Seksi Promosi Produk dan Kerja Sama Pasar Mancanegara Dinas Perindustrian dan "
                     "Perdagangan Kabupaten Sidomulyo, Wulan Pratiwi, penjualan ke Belanda tahun lalu mencapai "
                     "1,4 juta dolar AS.\n\nPembeli terbesar datang dari Belanda dan Belgia.\n",
                     dateline="SIDOMULYO - ")
    assert who(by_value(facts)["6200000"]) == (None, None)


def test_a_one_word_name_with_its_title_between_commas_before_the_speech_verb_is_the_speaker():
    facts = facts_of("Produksi industri kecil naik. Suharno, Kepala Badan Pusat Statistik (BPS), mengatakan "
                     "kenaikan itu didorong produksi bahan kimia yang tumbuh 25,5 persen. Suharno menambahkan "
                     "industri logam masih lesu.\n")
    assert who(by_value(facts)["25.5"]) == ("Suharno", "Badan Pusat Statistik")
    assert [p.name for p in facts.people] == ["Suharno"]


def test_an_opener_a_time_word_or_a_name_said_once_before_a_title_between_commas_is_no_speaker():
    for opener in ("Terpisah", "Kemarin", "Rabu", "Tirtamas"):
        facts = facts_of(f"Penjualan mebel rotan Kabupaten Sidomulyo turun. {opener}, Kepala Dinas Perindustrian "
                         "Kabupaten Sidomulyo, mengatakan ekspor mebel ke Eropa turun 17,5 persen pada 2024.\n",
                         dateline="SIDOMULYO - ")
        speaker = by_value(facts)["-17.5"].speaker
        assert speaker is None or speaker.name != opener, opener
        assert opener not in [p.name for p in facts.people], opener


def test_a_quote_said_by_a_title_alone_is_told_for_the_first_body_after_the_title_not_its_government():
    facts = facts_of("Produksi gula kelapa di pesisir selatan terus bertambah.\n\n"
                     "“Tahun lalu panen nira kami tumbuh 9,5 persen,” tutur Kepala Bappeda Pemkab Sidomulyo.\n",
                     dateline="SIDOMULYO - ")
    agency = by_value(facts)["9.5"].agency
    assert agency is not None and agency.startswith("Badan Perencanaan Pembangunan Daerah"), agency


def test_narration_is_the_briefing_of_an_official_who_refers_back_with_a_qualified_change_noun():
    facts = facts_of("Kabupaten Sidomulyo mengirim ekspor kopi senilai 14,2 juta dolar AS pada Maret 2025.\n\n"
                     "Pengiriman ke Mesir dan Maroko tercatat 3,1 juta dolar AS.\n\n"
                     "“Lonjakan musiman ini berasal dari panen raya di lereng gunung,” kata Kepala Badan Pusat "
                     "Statistik Kabupaten Sidomulyo, Wulan Pratiwi.\n", dateline="SIDOMULYO - ")
    figure = by_value(facts)["14200000"]
    assert who(figure) == ("Wulan Pratiwi", "Badan Pusat Statistik Kabupaten Sidomulyo")


def test_an_official_who_refers_to_something_else_of_his_own_takes_no_narration():
    # 'hasil rapat tersebut', 'jumlah pegawai tersebut': a noun and a demonstrative that point at
    # what he talks about, not at the figures told before
    facts = facts_of("Nilai ekspor Kota Lembah pada Mei 2025 naik 12 persen menjadi 45 juta dolar AS.\n\n"
                     "Ekspor mebel menyumbang 20 juta dolar AS.\n\n"
                     "Kepala Dinas Perdagangan Kota Lembah, Budi Santoso, mengatakan hasil rapat tersebut akan "
                     "dilaporkan kepada wali kota pekan depan.\n", dateline="LEMBAH - ")
    assert all(who(f) == (None, None) for f in facts.figures)


def test_an_opener_written_again_later_is_no_one_word_name():
    facts = facts_of("Bahkan, Kepala Dinas Perindustrian Kota Lembah, mengatakan produksi tahu turun 17,5 persen "
                     "pada 2024. Bahkan beberapa pabrik tutup.\n")
    assert all(f.speaker is None for f in facts.figures)
    facts = facts_of("Bambang, Kepala Dinas Perindustrian Kota Lembah, mengatakan produksi tahu turun 17,5 persen "
                     "pada 2024.\n\nBambang menambahkan, beberapa pabrik tutup.\n")
    assert [f.speaker.name for f in facts.figures] == ["Bambang"]


def test_an_official_brought_in_by_his_title_alone_is_the_one_named_with_it_later():
    """'Kepala BPS setempat menyebutkan ...' then, a paragraph later, '"...," kata Kepala BPS
    Provinsi X, Nama': what was told for the body up to there is his, for his (regional) office."""
    facts = facts_of(
        "Nilai ekspor Provinsi Gorontalo pada Mei 2024 mencapai USD 41,2 juta, naik 2,5 persen dibanding April 2024.\n\n"
        "Kepala BPS setempat menyebutkan kenaikan itu ditopang jagung pipil. Secara tahunan ekspor Mei turun 4,1 persen.\n\n"
        "\"Jagung masih memimpin,\" kata Kepala Badan Pusat Statistik Provinsi Gorontalo, Yusran Podungge, di kantornya.",
        dateline="GORONTALO - ")
    got = by_value(facts)
    for value in ("41200000", "2.5", "-4.1"):
        assert who(got[value]) == ("Yusran Podungge", "Badan Pusat Statistik Provinsi Gorontalo"), value


def test_a_title_alone_of_one_body_is_not_an_official_of_another_named_later():
    """The stretch is the body's: a title of another body, or a body named without a title before
    it, gives the later official nothing."""
    facts = facts_of(
        "Kepala BPS setempat menyebutkan ekspor Juni 2024 naik 3,5 persen.\n\n"
        "\"Kopi olahan kami tumbuh,\" kata Kepala Dinas Perindustrian Provinsi Gorontalo, Sarini Abas.",
        dateline="GORONTALO - ")
    assert who(by_value(facts)["3.5"]) == (None, "Badan Pusat Statistik")
    facts = facts_of(
        "Pemerintah Provinsi Gorontalo menggelar pameran jagung pekan ini.\n\n"
        "Data BPS menyebutkan ekspor Juni 2024 naik 3,5 persen.\n\n"
        "\"Jagung tumbuh,\" kata Kepala Badan Pusat Statistik Provinsi Gorontalo, Yusran Podungge.",
        dateline="GORONTALO - ")
    assert who(by_value(facts)["3.5"])[0] is None
    for first, later in (("Wakil Kepala BPS setempat", "Kepala Badan Pusat Statistik Provinsi Gorontalo, Yusran Podungge"),
                         ("Kepala BPS setempat", "Ketua Tim Statistik Distribusi Badan Pusat Statistik Provinsi Gorontalo, "
                                                  "Nina Lamato")):
        facts = facts_of(
            "Pemerintah Provinsi Gorontalo menggelar pameran jagung pekan ini.\n\n"
            f"{first} menyebutkan ekspor Juni 2024 naik 3,5 persen.\n\n"
            f"\"Jagung tumbuh,\" kata {later}.", dateline="GORONTALO - ")
        assert who(by_value(facts)["3.5"])[0] is None, first


def test_a_quote_by_the_title_of_the_local_office_is_that_office_and_its_head_named_later():
    """'"...," kata Kepala Dinas X setempat.': the local office of the region the text is about
    said it; 'Kepala dinas itu, Nama, menuturkan ...' after it names him, and his report goes on."""
    facts = facts_of(
        "Ekspor kakao Provinsi Sulawesi Tengah pada Agustus 2024 melambat.\n\n"
        "\"Pada Agustus saja volumenya 820 ton,\" kata Kepala Dinas Perkebunan setempat.\n\n"
        "Kepala dinas itu, Rusli Lamaling, menuturkan sepanjang 2023 ekspor kakao mencapai 9.400 ton.",
        dateline="PALU - ")
    got = by_value(facts)
    office = "Dinas Perkebunan Provinsi Sulawesi Tengah"
    assert who(got["820"]) == ("Rusli Lamaling", office)
    assert who(got["9400"]) == ("Rusli Lamaling", office)
    facts = facts_of(
        "Ekspor kakao Provinsi Sulawesi Tengah pada Agustus 2024 melambat.\n\n"
        "\"Pada Agustus saja volumenya 820 ton,\" kata Kepala Dinas Perkebunan setempat, Rusli Lamaling.",
        dateline="PALU - ")
    assert who(by_value(facts)["820"]) == ("Rusli Lamaling", "Dinas Perkebunan Provinsi Sulawesi Tengah")
    # the local office of a national body no region is found for is not the national body
    facts = facts_of(
        "Stok beras di Kota Palu aman.\n\n"
        "\"Pada Agustus saja penyaluran kami 820 ton,\" kata Kepala Gudang Bulog setempat.", dateline="PALU - ")
    assert who(by_value(facts)["820"])[1] is None


def test_an_official_named_alone_first_takes_the_title_given_with_his_name_later():
    """'Ani Sirait mengungkapkan ...' then '"...," kata Ani yang menjabat Kepala Dinas X': the
    title given after his short name later is his, and so is its body, for all he said."""
    facts = facts_of(
        "Sumarni Hutapea mengungkapkan, realisasi investasi Januari-Juni 2024 sebesar Rp 2,4 triliun. "
        "\"Angka itu 55 persen dari target,\" kata Sumarni yang menjabat Kepala Dinas Penanaman Modal "
        "Kabupaten Samosir.", dateline="PANGURURAN - ")
    got = by_value(facts)
    for value in ("2400000000000", "55"):
        assert who(got[value]) == ("Sumarni Hutapea", "Dinas Penanaman Modal Kabupaten Samosir"), value
    facts = facts_of(
        "Sumarni Hutapea mengungkapkan, realisasi investasi Januari-Juni 2024 sebesar Rp 2,4 triliun. "
        "\"Angka itu 55 persen dari target,\" kata Sumarni. Ia bertemu Kepala Dinas Penanaman Modal "
        "Kabupaten Samosir pekan lalu.", dateline="PANGURURAN - ")
    assert who(by_value(facts)["2400000000000"])[1] is None


def test_a_title_given_after_a_few_words_of_time_and_a_denial_verb_introduce_the_official():
    """'Sinta Marpaung tidak menampik bahwa ...' introduces her as a speaker, and 'ujar Sinta, yang
    sejak Maret menjabat Kepala Dinas X' gives her the title; 'yang kemudian bertemu Kepala ...' does not."""
    facts = facts_of(
        "Sinta Marpaung tidak menampik bahwa ekspor kopi Juni 2024 turun 6 persen. "
        "\"Harga sedang lemah,\" ujar Sinta, yang sejak Maret menjabat Kepala Dinas Perkebunan Kabupaten Dairi.",
        dateline="SIDIKALANG - ")
    assert who(by_value(facts)["-6"]) == ("Sinta Marpaung", "Dinas Perkebunan Kabupaten Dairi")
    facts = facts_of(
        "Sinta Marpaung tidak menampik bahwa ekspor kopi Juni 2024 turun 6 persen. "
        "\"Harga sedang lemah,\" ujar Sinta, yang kemudian bertemu Kepala Dinas Perkebunan Kabupaten Dairi.",
        dateline="SIDIKALANG - ")
    assert who(by_value(facts)["-6"]) == ("Sinta Marpaung", None)
    for held in ("yang pernah menjabat", "yang tidak lagi menjabat", "yang akan menjabat"):
        facts = facts_of(
            "Sinta Marpaung tidak menampik bahwa ekspor kopi Juni 2024 turun 6 persen. "
            f"\"Harga sedang lemah,\" ujar Sinta, {held} Kepala Dinas Perkebunan Kabupaten Dairi.",
            dateline="SIDIKALANG - ")
        assert who(by_value(facts)["-6"]) == ("Sinta Marpaung", None), held


def test_an_official_named_again_with_his_title_in_a_relative_clause_speaks_there():
    """'Lestari Wulan menyampaikan ... . Lestari, yang menjabat Kepala Dinas X, memaparkan poin berikut.'
    then the points: her second mention introduces her with her title and a speech verb later in
    the sentence; the points that follow are her briefing."""
    facts = facts_of(
        "Lestari Wulan menyampaikan kinerja ekspor daerah dalam jumpa pers. Lestari, yang menjabat Kepala "
        "Dinas Perdagangan Kabupaten Kampar, memaparkan sejumlah poin berikut.\n\n"
        "1. Nilai ekspor pada semester I 2024 mencapai USD 12 juta.", dateline="BANGKINANG - ")
    assert who(by_value(facts)["12000000"]) == ("Lestari Wulan", "Dinas Perdagangan Kabupaten Kampar")
    # named again without a title: no introduction, the official he meets speaks
    facts = facts_of(
        "Lestari Wulan, Ketua Asosiasi Eksportir Kopi Kampar, menyampaikan keluhan pengusaha. Lestari kemudian "
        "menemui Kepala Dinas Perdagangan Kabupaten Kampar, Rusdi Amin, yang mengatakan ekspor kopi Juni 2024 naik "
        "5 persen.", dateline="BANGKINANG - ")
    assert who(by_value(facts)["5"])[0] != "Lestari Wulan"


def test_a_regional_office_named_after_its_company_is_that_office():
    """'Perum Bulog Kantor Wilayah X' (the company first, then its office) is the regional office,
    as 'Kanwil Bulog X' is: not the national company, nor an office with no company."""
    facts = facts_of("Perum Bulog Kantor Wilayah Jambi mencatat penyaluran beras pada Mei 2024 sebanyak 1.200 ton.",
                     dateline="JAMBI - ")
    assert who(by_value(facts)["1200"])[1] == "Perum Bulog Kantor Wilayah Jambi"  # the company's own shape (gold convention)


def test_a_region_the_gazetteer_lacks_keeps_its_second_word_when_the_text_writes_it_again():
    # invented regencies and cities: two-word names after the kind word, written again elsewhere
    facts = facts_of("Kepala Dinas Perdagangan Kabupaten Bukit Rimba, Sulastri Wibowo, mengatakan nilai ekspor "
                     "kopi daerah itu sepanjang 2024 mencapai Rp14,2 miliar.\n\n"
                     "Sementara itu Dinas Koperasi, Usaha Kecil dan Menengah Kota Telaga Mulya mencatat 27 pelaku "
                     "usaha mengekspor kopi pada 2024.\n\n"
                     "Badan Pusat Statistik Kabupaten Wana Jaya Utara mencatat nilai impor pada Maret 2024 sebesar "
                     "USD 3,1 juta.\n\n"
                     "Pelaku usaha di Bukit Rimba, Telaga Mulya dan Wana Jaya Utara terus bertambah.\n")
    values = by_value(facts)
    assert values["14200000000"].agency == "Dinas Perdagangan Kabupaten Bukit Rimba"
    assert values["27"].agency.endswith("Kota Telaga Mulya")
    assert values["3100000"].agency == "Badan Pusat Statistik Kabupaten Wana Jaya Utara"


def test_an_unknown_region_written_once_keeps_its_first_word_only():
    # the capitalised word after a one-word place the text names once may be a person's
    facts = facts_of("Kepala Dinas Pertanian Kabupaten Lereng Harsono Adi mengatakan produksi jagung pada 2024 "
                     "mencapai 41.000 ton.\n\nHarsono menambahkan, luas tanam juga bertambah.\n")
    (figure,) = [f for f in facts.figures if f.unit == "ton"]
    assert figure.agency == "Dinas Pertanian Kabupaten Lereng"
    # nor is a day, a month or a title after the region a word of its name, written again or not
    facts = facts_of("Dinas Perikanan Kota Sendang Senin (3/6/2024) mencatat produksi ikan pada Mei 2024 "
                     "mencapai 5.200 ton.\n\nPasar ikan di Sendang Senin pagi ramai.\n")
    assert [o.name for o in facts.organizations if o.name.startswith("Dinas")] == ["Dinas Perikanan Kota Sendang"]


def test_a_lowercase_word_after_an_unknown_region_is_never_part_of_its_name():
    # the two words are written again, but the second is a verb: counted case-sensitively and
    # kept only when capitalised
    facts = facts_of("Badan Pusat Statistik Kabupaten Sekar Luhur mencatat impor pada April 2024 sebesar "
                     "USD 2,7 juta.\n\nDinas Koperasi Kabupaten Sekar Luhur mencatat 18 koperasi baru pada April 2024.\n")
    values = by_value(facts)
    assert values["18"].agency == "Dinas Koperasi Kabupaten Sekar Luhur"
    assert all("mencatat" not in o.name for o in facts.organizations)
    # a title-case headline ('Luhur Naik') does not make 'naik' in the body a word of the name
    facts = facts_of("Produksi Kakao Kabupaten Tirta Naik 15 Persen\n\nDinas Perkebunan Kabupaten Tirta naik "
                     "status menjadi dinas utama. Produksi kakao pada 2024 mencapai 9.300 ton.\n")
    assert all(" naik" not in o.name for o in facts.organizations)


def test_a_title_written_twice_with_its_holder_keeps_the_name_out_of_the_region():
    facts = facts_of("Kepala Dinas Perikanan Kabupaten Sungai Wirya Pratama mengatakan tangkapan ikan pada 2024 "
                     "mencapai 6.800 ton.\n\nMenurut Kepala Dinas Perikanan Kabupaten Sungai Wirya Pratama, "
                     "jumlah nelayan pada 2024 bertambah 340 orang.\n")
    values = by_value(facts)
    assert values["6800"].agency == "Dinas Perikanan Kabupaten Sungai"
    assert values["6800"].speaker.name == "Wirya Pratama"


def test_an_office_named_by_a_seat_the_gazetteer_lacks_keeps_the_seat_written():
    # the seat's head word ('Teluk', 'Kuala', 'Muara') makes the two words a place, not the region
    # the text is about
    facts = facts_of("Ekspor udang dari Kabupaten Bukit Rimba terus naik. Kepala Kantor Pengawasan dan Pelayanan "
                     "Bea dan Cukai Teluk Gading, Marlina Siregar, menyebut kantornya menerbitkan 245 dokumen "
                     "ekspor pada Juli 2024.\n\nDi Bukit Rimba, tambak baru dibuka.\n\n"
                     "Adapun BKIPM Kuala Senja mencatat 87 kali pengiriman ikan pada Juni 2024.\n")
    values = by_value(facts)
    assert values["245"].agency == "Kantor Pengawasan dan Pelayanan Bea dan Cukai Teluk Gading"
    assert values["87"].agency.endswith(" Kuala Senja")
    # an address is no seat
    facts = facts_of("Kantor Bea dan Cukai Jalan Merdeka, kata Rudi Hartono, melayani 31 dokumen ekspor pada "
                     "Juni 2024.\n")
    (figure,) = facts.figures
    assert figure.speaker.name == "Rudi Hartono" and "Jalan" not in (figure.agency or "")


def test_kpu_bea_dan_cukai_is_the_main_service_office_at_its_seat():
    facts = facts_of("KPU Bea dan Cukai Tanjung Priok membukukan penerimaan hingga Juni 2024 sebesar "
                     "Rp 9,4 triliun.\n")
    (figure,) = facts.figures
    assert figure.agency == "Kantor Pelayanan Utama Bea dan Cukai Tanjung Priok"


def test_a_full_name_sharing_only_a_surname_with_an_earlier_person_is_another_person():
    facts = facts_of("Gudang kopi baru di Kabanjahe diresmikan Bupati Karo Simon Ginting pada Selasa.\n\n"
                     "Produksi kopi pada 2024 mencapai 3.200 ton, menurut Kepala Dinas Pertanian Kabupaten Karo, "
                     "Lukas Benar Ginting.\n\nLukas menyebut harga kopi pada Agustus 2024 naik 7 persen.\n")
    names = [p.name for p in facts.people]
    assert "Lukas Benar Ginting" in names and "Simon Ginting" in names
    assert all(f.speaker.name == "Lukas Benar Ginting" for f in facts.figures)
    # an initial before the name does not make it another person's given name
    facts = facts_of("Kepala Dinas Perdagangan Kota Binjai, M Darmawan, mengatakan 12 eksportir baru "
                     "tercatat pada 2024.\n\nM Darmawan menyebut ekspor pada 2024 naik 6 persen.\n")
    assert [p.name for p in facts.people] == ["M Darmawan"]


def test_a_given_name_spelt_otherwise_or_an_address_form_is_the_same_person():
    # 'Muhamad' for 'Muhammad', 'Achmad' for 'Ahmad': one letter off is one man's name spelt two ways
    facts = facts_of("Kepala Dinas Kelautan Provinsi Lampung, Muhammad Yusran, mengatakan produksi rumput laut "
                     "pada 2024 mencapai 3.400 ton.\n\n“Kami menargetkan produksi naik 12 persen pada 2025,” "
                     "ujar Muhamad Yusran.\n")
    assert [p.name for p in facts.people] == ["Muhammad Yusran"]
    (target,) = [f for f in facts.figures if f.type == "target"]
    assert target.agency == "Dinas Kelautan Provinsi Lampung"
    # an address form ('Gus', 'Cak', 'Kang') before the surname is no given name
    facts = facts_of("Menteri Perindustrian Ahmad Fauzan Hakim membuka pameran kerajinan pada Senin.\n\n"
                     "Cak Hakim menambahkan, sebanyak 4.500 perajin ikut pelatihan pada 2024.\n")
    assert [p.name for p in facts.people] == ["Ahmad Fauzan Hakim"]
    (figure,) = facts.figures
    assert figure.speaker.name == "Ahmad Fauzan Hakim"


def test_a_one_word_name_setting_a_target_is_the_last_person_speaking():
    # the governor is introduced in the same sentence, before the official's short name: 'ia' after
    # it is the official who set the target
    facts = facts_of("“Produksi kakao pada 2024 mencapai 8.100 ton,” ujar Kepala Dinas Perkebunan Kabupaten Luwu, "
                     "Yohanes Tandi Lolo.\n\nSetelah Bupati Luwu Martinus Palinggi menyerahkan bibit kepada petani, "
                     "Yohanes menargetkan produksi naik.\n\nIa mematok target 2025 sebesar 9.000 ton.\n")
    (target,) = [f for f in facts.figures if f.type == "target"]
    assert target.speaker.name == "Yohanes Tandi Lolo"


def test_a_one_word_name_setting_a_target_in_another_speakers_clause_does_not_take_the_pronoun():
    # the official's short name sits in what the regent says or asks: 'ia' after it stays the regent
    intro = ("“Produksi kakao pada 2024 mencapai 8.100 ton,” ujar Kepala Dinas Perkebunan Kabupaten Luwu, "
             "Yohanes Tandi Lolo.\n\n")
    for middle in ("Bupati Luwu Martinus Palinggi meminta agar dinas yang dipimpin Yohanes menargetkan produksi "
                   "lebih tinggi.",
                   "Menurut Bupati Luwu Martinus Palinggi, pada tahun lalu Yohanes menargetkan produksi naik.",
                   "Bupati Luwu Martinus Palinggi menyebut pemerintah daerah bersama Yohanes menargetkan produksi naik."):
        facts = facts_of(intro + middle + " Ia mematok target 2025 sebesar 9.000 ton.\n")
        (target,) = [f for f in facts.figures if f.type == "target" and f.value == 9000]
        assert target.speaker.name == "Martinus Palinggi", middle


def test_perindag_in_a_bodys_name_is_written_out():
    facts = facts_of("Kepala Dinas Koperasi UKM Perindag Kota Binjai, Dedi Arman, mengatakan 31 UMKM "
                     "mengekspor produknya pada 2024.\n")
    (figure,) = facts.figures
    assert figure.agency == "Dinas Koperasi Usaha Kecil dan Menengah Perindustrian dan Perdagangan Kota Binjai"


def test_pratama_and_utama_are_words_of_a_persons_name_too():
    facts = facts_of("Sertifikat kesehatan ikan yang terbit pada Agustus 2024 berjumlah 640 lembar, ungkap Kepala "
                     "Balai Karantina Ikan Kendari, Yusuf Utama Lubis, di kantornya.\n\n"
                     "Ketua Himpunan Pengusaha Rumput Laut, Galih Pratama, menilai harga pada Agustus 2024 turun "
                     "4 persen.\n")
    assert {p.name for p in facts.people} == {"Yusuf Utama Lubis", "Galih Pratama"}
    values = by_value(facts)
    assert values["640"].speaker.name == "Yusuf Utama Lubis"
    assert values["-4"].speaker.name == "Galih Pratama"
    # the tax office of that grade is still a body, not a person
    facts = facts_of("Kepala KPP Pratama Binjai, Sari Lestari, mengatakan 1.200 wajib pajak baru terdaftar "
                     "pada 2024.\n")
    assert [p.name for p in facts.people] == ["Sari Lestari"]


def test_a_word_qualifying_the_data_between_it_and_its_source_keeps_the_source():
    # the official speaks; the figures are the data of the body he cites, whatever qualifies the data
    for data in ("data resmi Badan Pusat Statistik", "rilis terbaru Badan Pusat Statistik",
                 "data rilis resmi Badan Pusat Statistik", "data sementara Badan Pusat Statistik"):
        facts = facts_of("Gubernur Jambi Surya Darmaji menyampaikan bahwa berdasarkan " + data + " pada periode "
                         "Januari-Juni 2024, nilai ekspor Jambi mencapai USD 1,2 miliar.\n")
        (figure,) = facts.figures
        assert who(figure) == ("Surya Darmaji", "Badan Pusat Statistik"), data
    # qualified data with no body after it is the speaker's own
    facts = facts_of("Gubernur Jambi Surya Darmaji menyampaikan bahwa berdasarkan data resmi pada periode "
                     "Januari-Juni 2024, nilai ekspor Jambi mencapai USD 1,2 miliar.\n")
    (figure,) = facts.figures
    assert who(figure) == ("Surya Darmaji", "Pemerintah Provinsi Jambi")


def test_a_units_title_after_a_name_and_his_degrees_belongs_to_the_body_after_di_or_pada():
    facts = facts_of("Pendapatan retribusi pasar pada 2024 mencapai Rp 2,1 miliar.\n\n"
                     "Hal itu disampaikan oleh Yosua Sinaga ST, M.Si, Plh. Kabid Pasar di Dinas Perdagangan "
                     "Kabupaten Samosir pada Kamis (13/2/2025).\n")
    (person,) = facts.people
    assert person.name == "Yosua Sinaga" and person.organization == "Dinas Perdagangan Kabupaten Samosir"
    (figure,) = facts.figures
    assert who(figure) == ("Yosua Sinaga", "Dinas Perdagangan Kabupaten Samosir")
    # one degree, no acting prefix, 'pada' instead of 'di'
    facts = facts_of("Menurut Lina Marpaung SE, Kasi Ekspor pada Dinas Perindustrian Kabupaten Karo, nilai ekspor "
                     "kopi pada 2024 mencapai Rp 8,3 miliar.\n")
    (person,) = facts.people
    assert person.organization == "Dinas Perindustrian Kabupaten Karo"
    # a place after 'di' is no body: the title stays the unit's own
    facts = facts_of("Hal itu disampaikan Rini Sembiring, Kabid Pasar di Kabanjahe, Senin. Retribusi pasar pada "
                     "2024 mencapai Rp 1,2 miliar.\n")
    assert all(p.organization is None or "Kabanjahe" not in p.organization for p in facts.people)


def test_an_industrial_estate_named_with_its_short_name_is_a_body_that_reports():
    facts = facts_of("Kawasan Industri Tanjung Harum (KITH) membukukan investasi Rp 12,4 triliun pada 2024. "
                     "Direktur KITH Sinta Maharani mengatakan 4.210 orang bekerja di kawasan itu pada 2024.\n\n"
                     "“Menurut data Badan Pusat Statistik, pengangguran di kabupaten ini turun ke 4,8 persen,” "
                     "ujar Sinta.\n\n"
                     "KITH mencatat nilai ekspor perusahaan di kawasan itu pada 2024 mencapai USD 310 juta.\n")
    values = by_value(facts)
    assert values["12400000000000"].agency == "Kawasan Industri Tanjung Harum"
    assert who(values["4210"]) == ("Sinta Maharani", "Kawasan Industri Tanjung Harum")
    assert values["310000000"].agency == "Kawasan Industri Tanjung Harum"
    # without its short name the estate is a place: the narrator's figure stays his
    facts = facts_of("Pemerintah memacu hilirisasi nikel di Kawasan Industri Tanjung Harum. Investasi di kawasan "
                     "itu pada 2024 mencapai Rp 9,1 triliun.\n")
    assert all(o.name != "Kawasan Industri Tanjung Harum" for o in facts.organizations)


def test_data_processed_by_a_body_after_its_source_are_that_bodys():
    for processed in ("yang diolah Kementerian Perdagangan", "diolah oleh Kementerian Perdagangan",
                      "yang dianalisis Kementerian Perdagangan"):
        facts = facts_of("Menteri Perdagangan Rudi Salim menyebut pasar ekspor terus tumbuh.\n\n"
                         "Berdasarkan data Badan Pusat Statistik (BPS) " + processed + ", ekspor kopi olahan "
                         "tumbuh 7,4 persen pada triwulan II 2024.\n")
        (figure,) = facts.figures
        assert figure.agency == "Kementerian Perdagangan", processed
    # the source alone keeps the data
    facts = facts_of("Menteri Perdagangan Rudi Salim menyebut pasar ekspor terus tumbuh.\n\n"
                     "Berdasarkan data Badan Pusat Statistik (BPS), ekspor kopi olahan tumbuh 7,4 persen pada "
                     "triwulan II 2024.\n")
    (figure,) = facts.figures
    assert figure.agency == "Badan Pusat Statistik"


def test_an_office_named_short_with_its_head_word_is_the_office_named_before_without_one():
    facts = facts_of("Menurut catatan Karantina Pertanian Sorong, pengiriman pala meningkat.\n\n"
                     "Balai Karantina Sorong mencatat nilai ekspor pala pada 2023 mencapai Rp 41 miliar.\n")
    (figure,) = facts.figures
    assert figure.agency == "Karantina Pertanian Sorong"
    # an office named before with a head word of its own is another office
    facts = facts_of("Menurut catatan Stasiun Karantina Pertanian Sorong, pengiriman pala meningkat.\n\n"
                     "Balai Karantina Sorong mencatat nilai ekspor pala pada 2023 mencapai Rp 41 miliar.\n")
    (figure,) = facts.figures
    assert not figure.agency.startswith("Stasiun")


def test_a_short_name_in_brackets_closing_a_subject_read_in_parts_is_the_subject():
    # the long form is not read whole ('... Republik Indonesia/Direktorat ...'); the short name in
    # brackets after it is still the subject of the verb
    facts = facts_of("Direktur Wilayah II Kementerian Investasi/BKPM, Rendra Wijaya, menyampaikan, Kementerian "
                     "Perindustrian Republik Indonesia/Direktorat Industri Hulu (Kemenperin) merencanakan target "
                     "investasi industri pada 2025 senilai Rp 650 triliun.\n")
    (target,) = facts.figures
    assert who(target) == ("Rendra Wijaya", "Kementerian Perindustrian")


def test_the_head_of_a_region_the_text_names_with_its_kind_word_speaks_for_its_government():
    facts = facts_of("Ekspor kerajinan Kabupaten Bukit Rimba terus tumbuh.\n\n"
                     "Bupati Bukit Rimba, Sari Dewanti, mengatakan nilai ekspor kerajinan pada 2024 mencapai "
                     "Rp 18 miliar.\n")
    (figure,) = facts.figures
    assert who(figure) == ("Sari Dewanti", "Pemerintah Kabupaten Bukit Rimba")
    # a head of another kind of region is not that region's
    facts = facts_of("Ekspor kerajinan Kabupaten Bukit Rimba terus tumbuh.\n\n"
                     "Wali Kota Bukit Rimba, Sari Dewanti, mengatakan nilai ekspor kerajinan pada 2024 mencapai "
                     "Rp 18 miliar.\n")
    assert all(o.name != "Pemerintah Kota Bukit Rimba" and o.name != "Pemerintah Kabupaten Bukit Rimba"
               for o in facts.organizations if o.kind == "government")


def test_a_national_bodys_office_named_by_a_region_the_text_names_with_its_kind_word():
    facts = facts_of("Nilai ekspor kerajinan Kabupaten Bukit Rimba pada 2024 mencapai Rp 31 miliar.\n\n"
                     "Kepala BPS Bukit Rimba, Rina Wati, menyebut ekspor pada Desember 2024 naik 3,2 persen.\n")
    values = by_value(facts)
    assert who(values["3.2"]) == ("Rina Wati", "Badan Pusat Statistik Kabupaten Bukit Rimba")
    # a place the text never names with its kind word stays unread: the national body
    facts = facts_of("Kepala BPS Bukit Rimba, Rina Wati, menyebut ekspor pada Desember 2024 naik 3,2 persen.\n")
    (figure,) = facts.figures
    assert figure.agency == "Badan Pusat Statistik"


def test_a_region_the_text_names_with_its_kind_word_is_never_a_persons_name():
    facts = facts_of("“Nilai ekspor kopi kami pada 2024 mencapai Rp 22 miliar,” kata Kepala Dinas Pertanian "
                     "Kabupaten Tana Hijau, Markus Lembang, Senin (3/2/2025).\n\n"
                     "Sementara itu, Ketua Koperasi Kopi Tana Hijau, Yohana, mengatakan pihaknya mengirim "
                     "48 ton kopi pada 2024.\n")
    assert {p.name for p in facts.people} == {"Markus Lembang", "Yohana"}
    (quote,) = facts.quotes
    assert quote.speaker.name == "Markus Lembang"
    values = by_value(facts)
    assert values["48"].speaker.name == "Yohana"


def test_a_name_with_diacritics_is_read_whole():
    facts = facts_of("Kepala Bidang Pemasaran Dinas Pertanian Kabupaten Karo, José Rumbiak, menyebut harga kopi "
                     "pada Januari 2025 naik 6 persen.\n\n"
                     "“Permintaan dari Eropa terus naik,” kata Rumbiak.\n")
    (figure,) = facts.figures
    assert figure.speaker.name == "José Rumbiak"
    (quote,) = facts.quotes
    assert quote.speaker.name == "José Rumbiak"


def test_demikian_after_quotes_does_not_take_back_quotes_named_for_someone_else():
    facts = facts_of("“Ekspor rotan kami pada 2024 mencapai USD 4,2 juta,” kata Hendrawan Saputra, Kepala Dinas "
                     "Perindustrian Kabupaten Katingan.\n\n"
                     "“Tahun ini kami menargetkan USD 5 juta,” tutur Hendrawan.\n\n"
                     "“Volume pengiriman pada 2024 naik 9 persen.” Demikian disampaikan Kepala Bidang Perdagangan "
                     "Dinas Perindustrian Kabupaten Katingan, Lestari Wulan.\n")
    values = by_value(facts)
    assert values["4200000"].speaker.name == "Hendrawan Saputra"
    assert values["5000000"].speaker.name == "Hendrawan Saputra"
    assert values["9"].speaker.name == "Lestari Wulan"
    # a quote given to the last speaker for want of a name is still taken back ('Demikian ...')
    assert [q.speaker.name for q in facts.quotes] == ["Hendrawan Saputra", "Hendrawan Saputra", "Lestari Wulan"]


def test_an_office_graded_before_a_seat_the_gazetteer_lacks_keeps_grade_and_seat():
    facts = facts_of("Nilai rotan asal Kabupaten Katingan naik.\n\n"
                     "Kepala Stasiun Karantina Pertanian Kelas II Sampit, Agus Salim, mengatakan 120 ton rotan "
                     "diperiksa pada Januari 2025.\n")
    (figure,) = facts.figures
    assert who(figure) == ("Agus Salim", "Stasiun Karantina Pertanian Kelas II Sampit")
    # written with its grade once and without it later: one office, its fuller name
    facts = facts_of("Kantor Pelayanan Utama (KPU) Bea dan Cukai Tipe Madya Pabean Teluk Gading mencatat devisa "
                     "ekspor pada Juni 2024 sebesar USD 1,2 miliar.\n\n"
                     "Kepala KPU Bea dan Cukai Teluk Gading, Rudi Santosa, mengatakan penerimaan hingga Juni 2024 "
                     "mencapai Rp 3,4 triliun.\n")
    assert {f.agency for f in facts.figures} == {"Kantor Pelayanan Utama Bea dan Cukai Tipe Madya Pabean Teluk Gading"}
    # a name after the grade and a place is no seat: the grade takes no word of it
    facts = facts_of("Kepala Stasiun Karantina Pertanian Kelas II Sampit Agus Salim, mengatakan 120 ton rotan "
                     "diperiksa pada Januari 2025.\n")
    assert all("Salim" not in (f.agency or "") for f in facts.figures)


def test_a_national_bodys_office_named_by_an_unknown_region_and_a_compass_word_is_not_that_regions():
    # 'Kota Rimba Raya' is named, 'BPS Rimba Raya Selatan' is another place: not the city's office
    facts = facts_of("Kota Rimba Raya mengekspor kopi. Kepala BPS Rimba Raya Selatan, Budi Siregar, mengatakan "
                     "ekspor pada Mei 2024 naik 4 persen.\n")
    (figure,) = facts.figures
    assert figure.agency != "Badan Pusat Statistik Kota Rimba Raya"
    # without the compass word it is
    facts = facts_of("Kota Rimba Raya mengekspor kopi. Kepala BPS Rimba Raya, Budi Siregar, mengatakan "
                     "ekspor pada Mei 2024 naik 4 persen.\n")
    (figure,) = facts.figures
    assert figure.agency == "Badan Pusat Statistik Kota Rimba Raya"


def test_a_full_name_sharing_a_surname_is_another_person_only_when_named_with_its_own_title():
    first = ("Kepala Dinas Kelautan Provinsi Lampung, Muhammad Yusran, mengatakan produksi rumput laut pada 2024 "
             "mencapai 3.400 ton.\n\n")
    # no title: the same official, his given name written another way
    facts = facts_of(first + "“Kami menargetkan produksi naik 12 persen pada 2025,” ujar Mohamad Yusran.\n")
    (target,) = [f for f in facts.figures if f.type == "target"]
    assert target.speaker.name == "Muhammad Yusran"
    # a title of its own introduces another man
    facts = facts_of(first + "“Kami menargetkan produksi naik 12 persen pada 2025,” ujar Kepala Bidang Budidaya, "
                             "Arif Yusran.\n")
    (target,) = [f for f in facts.figures if f.type == "target"]
    assert target.speaker.name == "Arif Yusran"


# --- a lead told again later by an official is his briefing's (credit_lead_forward, restates_the_lead) ---

LEAD_TOLD_AGAIN = [
    # his quote, after a paragraph of narration, opens with an amount of the lead
    ("Ekspor kerajinan rotan Kabupaten Lembayung pada Januari-Agustus 2024 mencapai USD 23,45 juta, bertambah "
     "USD 2,1 juta atau naik 9,8 persen dibanding periode yang sama tahun sebelumnya.\n\n"
     "Capaian itu diumumkan dalam pameran kriya di alun-alun kota.\n\n"
     "“Dari USD 23,45 juta itu, separuhnya dikirim ke Eropa,” ujar Kepala Dinas Perdagangan Kabupaten Lembayung, "
     "Sutanto Wiryo, Kamis.\n",
     "Sutanto Wiryo", "Dinas Perdagangan Kabupaten Lembayung", ["2100000", "9.8"]),
    # a byline and a date line between the lead and the narration, his reported speech tells it again
    ("Realisasi penanaman modal di Kota Pelangi hingga triwulan II/2025 tercatat Rp 4,36 triliun. Angka itu setara "
     "51,2 persen dari target tahun ini sebesar Rp 8,5 triliun.\n\n"
     "Penulis: Dewi Lestari | Editor: Bagus Santoso\n"
     "Selasa, 15 Juli 2025 | 10:20 WIB\n\n"
     "Dari jumlah tersebut, penanaman modal dalam negeri menyumbang Rp 3,02 triliun.\n\n"
     "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Pelangi, Maria Ulfa Hasanah, menjelaskan "
     "investasi senilai Rp 4,36 triliun itu menyerap 2.310 tenaga kerja.\n",
     "Maria Ulfa Hasanah", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Pelangi",
     ["51.2", "8500000000000", "3020000000000"]),
    # another order: the amount told again is the lead's second one, a photo caption between
    ("Jumlah wisatawan mancanegara yang berkunjung ke Kabupaten Teluk Biru pada 2024 sebanyak 48.200 orang, dengan "
     "belanja mencapai Rp 612,5 miliar.\n\n"
     "Foto: Wisatawan menikmati pantai di Desa Karang Asri.\n\n"
     "Angka kunjungan itu dicatat sepanjang tahun.\n\n"
     "“Belanja Rp 612,5 miliar itu tertinggi dalam lima tahun terakhir,” kata Kepala Dinas Pariwisata Kabupaten "
     "Teluk Biru, Yohana Simanjuntak.\n",
     "Yohana Simanjuntak", "Dinas Pariwisata Kabupaten Teluk Biru", ["48200"]),
]


@pytest.mark.parametrize("text,speaker,agency,others", LEAD_TOLD_AGAIN)
def test_a_lead_told_again_by_an_official_is_his_briefing(text, speaker, agency, others):
    values = by_value(facts_of(text))
    for value in others:
        assert who(values[value]) == (speaker, agency), value
        assert values[value].why["speaker"].startswith("the lead of the official who tells its amount again")


def test_the_amount_told_again_keeps_its_own_reason():
    (_, speaker, agency, _) = LEAD_TOLD_AGAIN[0]
    figure = by_value(facts_of(LEAD_TOLD_AGAIN[0][0]))["23450000"]
    assert who(figure) == (speaker, agency)
    assert figure.why["speaker"] == f"told again later: inside a quote by {speaker}"


LEAD_NOT_HIS = [
    # the lead reports another body's data by its name; the official of another body comments on it
    ("Badan Pusat Statistik Provinsi Lembayung mencatat ekspor Provinsi Lembayung pada Juni 2024 mencapai USD 143,7 "
     "juta, naik 4,3 persen dibanding Mei 2024.\n\n"
     "“Ekspor USD 143,7 juta itu menunjukkan pemulihan,” ujar Kepala Dinas Perdagangan Provinsi Lembayung, "
     "Sutanto Wiryo, Kamis.\n",
     {"143700000": (None, "Badan Pusat Statistik Provinsi Lembayung"),
      "4.3": (None, "Badan Pusat Statistik Provinsi Lembayung")}),
    # the lead cites a body's data, then someone of another body
    ("Data Badan Pusat Statistik menunjukkan ekspor kopi Provinsi Lembayung pada 2024 mencapai USD 56,8 juta, naik "
     "7,5 persen dari tahun sebelumnya.\n\n"
     "Ketua Asosiasi Eksportir Kopi Lembayung, Rudi Hartawan, menilai capaian USD 56,8 juta itu masih bisa ditingkatkan.\n",
     {"56800000": (None, "Badan Pusat Statistik"), "7.5": (None, "Badan Pusat Statistik")}),
    # two officials each tell another amount of the lead again: whose briefing it is, the text does not say
    ("Ekspor perikanan Provinsi Lembayung pada 2024 mencapai USD 87,3 juta, sedangkan produksi perikanan tangkap "
     "mencapai 412.600 ton dan jumlah nelayan 23.450 orang.\n\n"
     "Kerja keras itu diakui banyak pihak.\n\n"
     "“Ekspor USD 87,3 juta itu rekor baru,” kata Kepala Dinas Perdagangan Provinsi Lembayung, Yusuf Mahendra.\n\n"
     "Kepala Dinas Kelautan dan Perikanan Provinsi Lembayung, Rini Kartika, mengatakan produksi 412.600 ton itu "
     "ditopang cuaca yang baik.\n",
     {"23450": (None, None)}),
    # the first official to speak tells nothing of the lead again; the one who does comes after him
    ("Produksi beras Kabupaten Lembayung pada 2024 mencapai 245.300 ton, naik 3,4 persen dari tahun sebelumnya.\n\n"
     "Cuaca sepanjang tahun cukup bersahabat.\n\n"
     "Kepala Dinas Pertanian Kabupaten Lembayung, Anwar Sidik, mengatakan luas panen bertambah 1.200 hektare.\n\n"
     "Ketua Komisi II DPRD Kabupaten Lembayung, Hendra Gunawan, menilai produksi 245.300 ton itu belum cukup.\n",
     {"3.4": (None, None)}),
    # an amount written with one digit may be another one of that size
    ("Nilai ekspor sarung tenun Kabupaten Lembayung pada 2024 mencapai Rp 5 miliar, naik 6,5 persen.\n\n"
     "Penenun di desa-desa terus bertambah.\n\n"
     "“Penjualan di pameran tahun ini juga Rp 5 miliar,” kata Kepala Dinas Perindustrian Kabupaten Lembayung, "
     "Sutanto Wiryo.\n",
     {"6.5": (None, None)}),
    # a member of a council judges an amount of the lead: a comment, not his briefing
    ("Realisasi pajak daerah Kabupaten Lembayung hingga Agustus 2025 mencapai Rp 132,8 miliar, atau 58,4 persen "
     "dari target.\n\n"
     "Pajak penerangan jalan menjadi penyumbang terbesar.\n\n"
     "Ketua Fraksi Persatuan DPRD Kabupaten Lembayung, Gunawan Saputra, mengkritik realisasi Rp 132,8 miliar itu "
     "karena banyak tunggakan.\n",
     {"58.4": (None, None)}),
    # a lecturer of a university tells the amount again in his quote: his university does not report it
    ("Nilai ekspor udang Provinsi Lembayung pada triwulan I 2025 mencapai USD 73,6 juta, naik 8,7 persen dari "
     "triwulan I 2024.\n\n"
     "Permintaan dari Jepang meningkat tajam.\n\n"
     "“Ekspor USD 73,6 juta itu masih bisa dua kali lipat,” kata dosen ekonomi Universitas Lembayung Raya, Markus "
     "Tanoto, Rabu.\n",
     {"8.7": (None, None)}),
    # the same two-digit percentage of another thing (people helped, not a rise), by the head of an unrelated office
    ("Penjualan kain tenun Kabupaten Lembayung pada 2025 mencapai 14.250 lembar, naik 15 persen dari tahun lalu. "
     "Porsi motif klasik 62 persen.\n\n"
     "Perajin kini memakai pewarna alami.\n\n"
     "Kepala Dinas Sosial Kabupaten Lembayung, Yohanes Koba, mengatakan 15 persen penerima bantuan kini punya usaha "
     "sendiri.\n",
     {"14250": (None, None), "62": (None, None)}),
    # the same amount of another kind: a budget, not the value of the sales of the lead
    ("Produksi gula aren di Kabupaten Lembayung pada 2025 mencapai 8.640 ton, naik 11,3 persen dari tahun "
     "sebelumnya. Nilai penjualannya ditaksir Rp 42 miliar.\n\n"
     "Hujan yang turun tepat waktu membantu penyadap.\n\n"
     "Kepala Dinas Perumahan Kabupaten Lembayung, Rudi Santika, mengatakan anggaran bedah rumah tahun depan "
     "Rp 42 miliar.\n",
     {"8640": (None, None), "11.3": (None, None)}),
]


def test_a_lead_is_not_the_briefing_of_an_official_who_tells_its_amount_as_a_target_of_another_year():
    facts = facts_of("Penerimaan retribusi pasar Kota Lembayung pada 2024 mencapai Rp 17,35 miliar.\n\n"
                     "Pasar induk menjadi penyumbang terbesar.\n\n"
                     "Para pedagang mengeluhkan atap yang bocor.\n\n"
                     "Kepala Badan Pendapatan Daerah Kota Lembayung, Sinta Maharani, mengatakan target retribusi pasar "
                     "2026 dipatok Rp 17,35 miliar karena dua pasar dipugar.\n")
    (realised,) = [f for f in facts.figures if f.type != "target"]
    assert who(realised) == (None, None)


@pytest.mark.parametrize("text,expected", LEAD_NOT_HIS)
def test_a_lead_is_not_the_briefing_of_an_official_who_only_comments_on_it(text, expected):
    values = by_value(facts_of(text))
    for value, attribution in expected.items():
        assert who(values[value]) == attribution, value


# --- a body's report, then its head introduced at the opening of the next paragraph (credit_body_to_official) ---

OPENING = ("Kepala Dinas Pertanian Provinsi Lembayung, Anwar Sidik, mengatakan produksi jagung pada 2024 mencapai "
           "312.400 ton.\n\n")

BODY_THEN_HEAD = [
    ("Dari sisi ekspor, Balai Karantina Hewan, Ikan, dan Tumbuhan Gorontalo mencatat sertifikasi ekspor jagung "
     "selama Januari-Juni 2024 mencapai 8.450 ton senilai USD 2,35 juta.\n\n"
     "“Pengiriman terbanyak ke Filipina,” ujar Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Gorontalo, "
     "Teguh Prasetya.\n",
     "Teguh Prasetya", "Balai Karantina Hewan, Ikan, dan Tumbuhan Gorontalo", ["8450", "2350000"]),
    ("Sementara itu, Badan Pusat Statistik Provinsi Lembayung mencatat ekspor provinsi itu pada Juni 2024 sebesar "
     "USD 61,4 juta.\n\n"
     "Kepala Badan Pusat Statistik Provinsi Lembayung, Ratna Dewi Anggraini, mengatakan ekspor didominasi "
     "batu bara.\n",
     "Ratna Dewi Anggraini", "Badan Pusat Statistik Provinsi Lembayung", ["61400000"]),
    # the head of a directorate general speaks for the ministry, as a lead of the ministry is his too
    # (lead_of_the_bodys_official): the two rules read him alike
    ("Sementara itu, Kementerian Perdagangan mencatat ekspor kakao pada Mei 2024 sebesar USD 41,6 juta.\n\n"
     "Direktur Jenderal Perdagangan Luar Negeri Kementerian Perdagangan, Bambang Wicaksono, mengatakan harga "
     "kakao dunia sedang tinggi.\n",
     "Bambang Wicaksono", "Kementerian Perdagangan", ["41600000"]),
    # the body's whole report, over two paragraphs: the one that refers back to the first is not taken alone
    ("Dari sisi ekspor, Badan Pusat Statistik Provinsi Lembayung mencatat ekspor provinsi itu pada Juni 2024 "
     "sebesar USD 61,4 juta.\n\n"
     "Angka itu naik 3,8 persen dibanding Mei 2024 yang tercatat USD 59,15 juta.\n\n"
     "“Batu bara masih dominan,” ujar Kepala Badan Pusat Statistik Provinsi Lembayung, Ratna Dewi Anggraini.\n",
     "Ratna Dewi Anggraini", "Badan Pusat Statistik Provinsi Lembayung", ["61400000", "3.8", "59150000"]),
]


@pytest.mark.parametrize("text,speaker,agency,values", BODY_THEN_HEAD)
def test_a_bodys_report_is_told_for_its_head_who_opens_the_next_paragraph(text, speaker, agency, values):
    found = by_value(facts_of(OPENING + text))
    for value in values:
        assert who(found[value]) == (speaker, agency), value


BODY_THEN_ANOTHER = [
    # the head of a unit of the body, not the body's head
    ("Dari sisi ekspor, Balai Karantina Hewan, Ikan, dan Tumbuhan Gorontalo mencatat sertifikasi ekspor jagung "
     "selama Januari-Juni 2024 mencapai 8.450 ton.\n\n"
     "“Pengiriman terbanyak ke Filipina,” ujar Kepala Seksi Karantina Tumbuhan Balai Karantina Hewan, Ikan, dan "
     "Tumbuhan Gorontalo, Teguh Prasetya.\n",
     "8450", "Balai Karantina Hewan, Ikan, dan Tumbuhan Gorontalo"),
    # a regional government's target, then the head of one of its offices
    ("Untuk 2025, Pemerintah Kabupaten Lembayung memasang target investasi Rp 2,75 triliun.\n\n"
     "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Lembayung, Teguh Prasetya, "
     "mengatakan realisasi tahun ini sudah Rp 1,9 triliun.\n",
     "2750000000000", "Pemerintah Kabupaten Lembayung"),
    # an adviser of the minister, not the head of the ministry or of a part of it
    ("Sementara itu, Kementerian Perdagangan mencatat ekspor kakao pada Mei 2024 sebesar USD 41,6 juta.\n\n"
     "Staf Ahli Menteri Perdagangan Bidang Hubungan Internasional, Bambang Wicaksono, mengatakan harga "
     "kakao dunia sedang tinggi.\n",
     "41600000", "Kementerian Perdagangan"),
    # his introduction does not open his paragraph
    ("Dari sisi ekspor, Balai Karantina Hewan, Ikan, dan Tumbuhan Gorontalo mencatat sertifikasi ekspor jagung "
     "selama Januari-Juni 2024 mencapai 8.450 ton.\n\n"
     "Jagung itu dikirim lewat pelabuhan di ibu kota provinsi. Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan "
     "Lembayung, Teguh Prasetya, mengatakan pengiriman terbanyak ke Filipina.\n",
     "8450", "Balai Karantina Hewan, Ikan, dan Tumbuhan Gorontalo"),
]


@pytest.mark.parametrize("text,value,agency", BODY_THEN_ANOTHER)
def test_a_bodys_report_is_not_told_for_another_official_of_the_next_paragraph(text, value, agency):
    assert who(by_value(facts_of(OPENING + text))[value]) == (None, agency)


BODY_REPORT_NOT_ONE_BRIEFING = [
    # the paragraph opens with the body's data that the narrator cites: none of it, not its second sentence alone
    ("Data Dinas Perdagangan Provinsi Lembayung mencatat, sepanjang semester I 2025 ada 286 eksportir yang "
     "mengirim ke 47 negara. Jumlah kontainer yang dikapalkan mencapai 3.164 kontainer.\n\n"
     "“Pembeli dari Eropa bertambah,” kata Kepala Dinas Perdagangan Provinsi Lembayung, Hartono Wijaya.\n",
     ["286", "47", "3164"], "Dinas Perdagangan Provinsi Lembayung"),
    # the head's sentence turns to another matter
    ("Dari sisi ekspor, Badan Pusat Statistik Provinsi Lembayung mencatat ekspor provinsi itu pada Juni 2025 "
     "sebesar USD 72,6 juta, naik 4,1 persen.\n\n"
     "Di sisi lain, Kepala Badan Pusat Statistik Provinsi Lembayung, Ratna Dewi Anggraini, mengatakan sensus "
     "ekonomi akan dimulai bulan depan.\n",
     ["72600000", "4.1"], "Badan Pusat Statistik Provinsi Lembayung"),
    # the narrator goes through the body's figures and turns to another one before the head speaks of the first
    ("Dari sisi perdagangan, Badan Pusat Statistik Provinsi Lembayung mencatat ekspor provinsi itu pada Juni 2025 "
     "sebesar USD 72,6 juta.\n\n"
     "Sementara itu, impor pada bulan yang sama tercatat USD 31,45 juta, naik 6,3 persen.\n\n"
     "“Ekspor turun karena harga karet melemah,” ujar Kepala Badan Pusat Statistik Provinsi Lembayung, Ratna Dewi "
     "Anggraini.\n",
     ["72600000", "31450000", "6.3"], "Badan Pusat Statistik Provinsi Lembayung"),
]


@pytest.mark.parametrize("text,values,agency", BODY_REPORT_NOT_ONE_BRIEFING)
def test_a_bodys_report_is_not_told_for_its_head_when_it_is_not_one_briefing(text, values, agency):
    found = by_value(facts_of(OPENING + text))
    for value in values:
        assert who(found[value]) == (None, agency), value


HEAD_TITLED = ("Dari sisi perdagangan, Dinas Perdagangan Kota Lembayung mencatat ekspor kota itu pada Juli 2025 "
               "mencapai USD 27,35 juta.\n\n"
               "“Pembeli terbanyak dari Taiwan,” ujar {title} Dinas Perdagangan Kota Lembayung, Sekar Ayuningtyas.\n")


@pytest.mark.parametrize("title", ["Kepala", "Plt. Kepala", "Pelaksana Tugas Kepala"])
def test_a_bodys_report_is_told_for_its_head_or_acting_head(title):
    found = by_value(facts_of(OPENING + HEAD_TITLED.format(title=title)))
    assert who(found["27350000"]) == ("Sekar Ayuningtyas", "Dinas Perdagangan Kota Lembayung")


@pytest.mark.parametrize("title", [
    "Sekretaris",  # the body's secretary, not its head
    "Koordinator Fungsi Pengawasan Barang Beredar",  # a functional coordinator
    "Analis Perdagangan Ahli Muda",  # a functional official
    "Pengawas Perdagangan",
])
def test_a_bodys_report_is_not_told_for_an_official_of_it_who_does_not_head_it(title):
    found = by_value(facts_of(OPENING + HEAD_TITLED.format(title=title)))
    assert who(found["27350000"]) == (None, "Dinas Perdagangan Kota Lembayung")


def test_a_bodys_report_is_told_for_its_head_whose_quote_of_two_sentences_opens_the_next_paragraph():
    found = by_value(facts_of(OPENING + "Dari sisi ekspor, Balai Karantina Hewan, Ikan, dan Tumbuhan Gorontalo "
                              "mencatat sertifikasi ekspor jagung selama Januari-Juni 2024 mencapai 8.450 ton.\n\n"
                              "“Pengiriman terbanyak ke Filipina. Ada 14 eksportir yang aktif,” ujar Kepala Balai "
                              "Karantina Hewan, Ikan, dan Tumbuhan Gorontalo, Teguh Prasetya.\n"))
    assert who(found["8450"]) == ("Teguh Prasetya", "Balai Karantina Hewan, Ikan, dan Tumbuhan Gorontalo")


CARRIED = ("Pemerintah Kabupaten Pohuwato meresmikan sentra pengolahan jagung pekan ini.\n\n"
           "Sepanjang 2024, produksi jagung pipil kering binaan dinas tersebut mencapai 86.300 ton, naik 5.200 ton "
           "dibanding 2023.\n\n"
           "“{opening} Sebagian besar dijual ke pabrik pakan,” ujar Kepala Dinas Pertanian Kabupaten Pohuwato, "
           "Sri Handayani Polapa.\n")


def test_a_report_carried_on_from_a_regional_government_is_the_office_head_who_refers_back_to_it():
    found = by_value(facts_of(CARRIED.format(opening="Kenaikan itu berkat benih unggul."), dateline="MARISA - "))
    for value in ("86300", "5200"):
        assert who(found[value]) == ("Sri Handayani Polapa", "Dinas Pertanian Kabupaten Pohuwato"), value


def test_a_report_carried_on_from_a_regional_government_is_not_the_office_head_who_does_not_refer_back():
    found = by_value(facts_of(CARRIED.format(opening="Petani kami bekerja keras."), dateline="MARISA - "))
    assert who(found["86300"])[0] is None


# Session 21 (people introduced without a title before the name, later short mentions, local
# offices). Every sentence below was written for these tests.

def test_a_person_made_head_of_a_body_by_a_phrase_with_no_title_word():
    """'Nama, yang memimpin Dinas X sejak ..., ...', 'orang nomor satu di Badan X, Nama', 'Nama,
    pucuk pimpinan Dinas X, ...', 'Nama yang sehari-hari mengepalai Dinas X ...': the person heads that
    body (lexicon head_periphrasis_*), and a later mention by one of his names is him."""
    cases = [
        ("Harga lada putih di tingkat petani Bangka terus merosot.\n\n"
         "Menghadapi itu, Ratna Sari Hutapea, yang memimpin Dinas Perdagangan Provinsi Jambi sejak awal tahun, "
         "mengumpulkan para eksportir pekan ini.\n\nMenurut Ratna, stok lada di gudang eksportir tinggal 4.500 ton.",
         "JAMBI - ", "4500", "Ratna Sari Hutapea", "Dinas Perdagangan Provinsi Jambi"),
        ("Dalam jumpa pers bulanan, orang nomor satu di Badan Pusat Statistik Provinsi Riau, Hendra Wijaya Lubis, "
         "memaparkan neraca dagang provinsi itu.\n\nSurplus April, kata Lubis, mencapai USD 610 juta.",
         "PEKANBARU - ", "610000000", "Hendra Wijaya Lubis", "Badan Pusat Statistik Provinsi Riau"),
        ("Sebagian besar modal asing masuk ke industri alas kaki, ujar Agustinus Dwi Prakoso, pucuk pimpinan Dinas "
         "Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jawa Tengah.\n\n"
         "Agustinus menargetkan investasi Rp 80 triliun pada 2026.",
         "SEMARANG - ", "80000000000000",
         "Agustinus Dwi Prakoso", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jawa Tengah"),
        ("Yusuf Mappanganro yang sehari-hari mengepalai Dinas Kelautan dan Perikanan Provinsi Sulawesi Selatan "
         "menjelaskan, rumput laut kering yang dikirim ke Tiongkok pada 2025 sebanyak 41.000 ton.",
         "MAKASSAR - ", "41000", "Yusuf Mappanganro", "Dinas Kelautan dan Perikanan Provinsi Sulawesi Selatan"),
        ("Kapal tuna kecil di Bitung mulai memasok Jepang. Yanuar Eko Prasetyo, orang nomor satu di "
         "Direktorat Jenderal Perikanan Tangkap (DJPT) Kementerian Kelautan dan Perikanan, datang melihat "
         "langsung.\n\n\"Pesanan dari Jepang sudah 31.000 ekor,\" ujar Yanuar.",
         "BITUNG - ", "31000", "Yanuar Eko Prasetyo", "Kementerian Kelautan dan Perikanan"),
    ]
    for text, dateline, value, name, body in cases:
        facts = facts_of(text, dateline=dateline)
        assert who(by_value(facts)[value]) == (name, body), name
        (person,) = [p for p in facts.people if p.name == name]
        assert person.organization == body and person.role.startswith("Kepala ")


def test_a_phrase_of_leading_makes_no_head_of_a_place_a_company_a_former_post_or_a_ranking():
    """The same shapes with another meaning: a port or a company 'yang melayani / memimpin pasar',
    'yang pernah memimpin' (not his post now), 'nomor satu di' a list or a place (a ranking)."""
    facts = facts_of(
        "Pelabuhan Teluk Damai, yang melayani kapal ikan dari tiga kabupaten, mencatat 48.000 TEUs hingga Juni. "
        "PT Samudra Jaya Abadi, yang memimpin pasar cakalang beku, mengirim 9.000 ton.", dateline="BITUNG - ")
    assert not facts.people
    assert who(by_value(facts)["48000"]) == (None, None)
    facts = facts_of(
        "Orang nomor satu di daftar pembayar pajak terbesar, Ahmad Fauzi Rangkuti, mengirim 4.000 ton gambir ke India. "
        "Sumatera Barat kini pemasok gambir nomor satu di Indonesia, Rahmat Hidayat mencatat 120 eksportir.",
        dateline="PADANG - ")
    assert not any(p.organization for p in facts.people)
    facts = facts_of(
        "Ratna Sari Hutapea, yang pernah memimpin Dinas Perdagangan Provinsi Jambi, menyebut stok lada 4.500 ton.",
        dateline="JAMBI - ")
    assert all(p.organization is None for p in facts.people)


def test_a_phrase_of_leading_between_yang_and_the_verb_takes_only_a_word_of_now_or_since():
    """'yang kini memimpin', 'yang sejak 2023 memimpin' make him the head; a past post ('yang hingga
    tahun lalu memimpin', 'yang kala itu memimpin', '... Dinas X kala itu'), another man's post ('yang
    mewakili pejabat yang memimpin'), a meeting or a team he chairs, or 'pimpinan' opening the next
    clause ('Menurut Nama, pimpinan Dinas X belum menanggapi') make no head."""
    sentence = "{}, mengatakan produksi padi naik 5 persen pada 2024."
    for phrase in ("Andi Wijaya, yang kini memimpin Dinas Pertanian Kabupaten Bogor",
                   "Andi Wijaya, yang sejak Maret 2023 memimpin Dinas Pertanian Kabupaten Bogor"):
        facts = facts_of("Produksi padi Kabupaten Bogor naik. " + sentence.format(phrase), dateline="BOGOR - ")
        assert who(by_value(facts)["5"]) == ("Andi Wijaya", "Dinas Pertanian Kabupaten Bogor"), phrase
    for phrase in ("Andi Wijaya, yang hingga tahun lalu memimpin Dinas Pertanian Kabupaten Bogor",
                   "Andi Wijaya, yang kala itu memimpin Dinas Pertanian Kabupaten Bogor",
                   "Andi Wijaya, yang pada 2019 memimpin Dinas Pertanian Kabupaten Bogor",
                   "Andi Wijaya, yang memimpin Dinas Pertanian Kabupaten Bogor kala itu",
                   "Andi Wijaya, yang mewakili pejabat yang memimpin Dinas Pertanian Kabupaten Bogor",
                   "Andi Wijaya, yang memimpin Rapat Koordinasi Pangan Pemerintah Kabupaten Bogor",
                   "Andi Wijaya, yang memimpin Tim Percepatan Hilirisasi Kementerian Investasi",
                   "Andi Wijaya, yang memimpin Satgas Pangan Kabupaten Bogor"):
        facts = facts_of("Produksi padi Kabupaten Bogor naik. " + sentence.format(phrase), dateline="BOGOR - ")
        assert all(p.organization is None and not (p.role or "").startswith("Kepala") for p in facts.people), phrase
    facts = facts_of(
        "Surat keberatan itu dikirim kepada Bupati. Menurut Rina Wati, pimpinan Dinas Perdagangan Kota Malang belum "
        "menanggapi surat tersebut. Ia mengatakan omzet pedagang turun 10 persen pada 2024.", dateline="MALANG - ")
    assert all(p.organization is None for p in facts.people)
    assert who(by_value(facts)["-10"])[1] is None


def test_the_local_office_is_the_office_of_that_kind_the_text_names_with_its_seat():
    """'Kepala KPPBC setempat', 'Kepala Dinas Perdagangan setempat': the office of that kind the
    text names with its seat or region (its head named later takes the figures), not the office
    of a place last named in passing before it."""
    facts = facts_of(
        "Kantor pajak mencatat setoran besar dari proyek pelabuhan di Kabupaten Batanghari tahun ini.\n\n"
        "Untuk bea keluar CPO, Kepala KPPBC setempat melaporkan realisasi per Juni sudah Rp 95 miliar.\n\n"
        "Maya Lestari Simanjuntak, Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean C Jambi, "
        "menjelaskan tarifnya naik sejak Mei.", dateline="JAMBI, (Warta Niaga) - ")
    assert who(by_value(facts)["95000000000"])[1] == \
        "Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean C Jambi"
    facts = facts_of(
        "Sebagian kopi Lampung dikirim lewat pelabuhan di Kabupaten Kaur.\n\n"
        "Kepala Dinas Perdagangan setempat menyebutkan ekspor kopi Mei mencapai 12.000 ton.\n\n"
        "Sementara itu, Kepala Dinas Perdagangan Provinsi Lampung, Rudy Hartanto, mengatakan jumlah eksportir naik "
        "menjadi 40 perusahaan.", dateline="BANDAR LAMPUNG - ")
    assert who(by_value(facts)["12000"]) == ("Rudy Hartanto", "Dinas Perdagangan Provinsi Lampung")


def test_the_local_office_stays_where_the_text_names_two_of_its_kind():
    """Two offices of the kind named with their regions: which one is local the text does not
    say, so the rule leaves the reading by region as it was."""
    facts = facts_of(
        "Sebagian kopi Lampung dikirim lewat pelabuhan di Kabupaten Kaur.\n\n"
        "Kepala Dinas Perdagangan setempat menyebutkan ekspor kopi Mei mencapai 12.000 ton.\n\n"
        "Kepala Dinas Perdagangan Provinsi Lampung, Rudy Hartanto, dan Kepala Dinas Perdagangan Provinsi Bengkulu, "
        "Sari Wulan, menandatangani kerja sama senilai Rp 3 miliar.", dateline="BANDAR LAMPUNG - ")
    assert who(by_value(facts)["12000"]) == (None, "Dinas Perdagangan Kabupaten Kaur")


def test_a_person_brought_in_with_a_lowercase_role_speaks_for_no_body():
    """'Darto, petani kopi di Kabupaten X, menjelaskan ...': a name, one word or more, with a common
    role set off by commas before a speech verb (lexicon common_role_nouns) is a person of no
    body; what he says after it ('ujarnya') is his, not the official's quoted before him."""
    facts = facts_of(
        "Kepala Dinas Perkebunan Provinsi Kalimantan Barat, Heru Santoso, mengatakan luas kebun kopi liberika "
        "sudah 3.000 hektare.\n\n"
        "Darto, petani kopi di Kabupaten Sambas, menjelaskan panennya bergantung cuaca. \"Musim ini saya dapat "
        "18 ton,\" ujarnya.\n\n"
        "Sari Dewi Lestari, perajin anyaman rotan, mengatakan penjualannya naik 15 persen.", dateline="PONTIANAK - ")
    got = by_value(facts)
    assert who(got["18"]) == ("Darto", None)
    assert who(got["15"]) == ("Sari Dewi Lestari", None)
    roles = {p.name: (p.role, p.organization) for p in facts.people}
    assert roles["Darto"] == ("petani kopi di Kabupaten Sambas", None)
    assert roles["Sari Dewi Lestari"] == ("perajin anyaman rotan", None)


def test_a_place_an_opener_or_a_day_before_a_lowercase_role_is_no_person():
    """The same shape with another meaning: a country that buys, an opener, a time word."""
    facts = facts_of(
        "Kepala Dinas Perkebunan Provinsi Kalimantan Barat, Heru Santoso, membuka pameran kopi.\n\n"
        "Jepang, pembeli terbesar kopi Kalbar, mencatat impor 900 ton. Sementara, pedagang di pasar induk, mengaku harga "
        "naik 5 persen. Kemarin, petani di Sambas, menyebut panen 70 ton.", dateline="PONTIANAK - ")
    assert [p.name for p in facts.people] == ["Heru Santoso"]


def test_a_lay_role_after_an_opener_brings_in_the_person():
    """'Darto, salah seorang petani kopi, mengaku ...', 'Wati, seorang pedagang cabai, menyebut ...':
    an opener (lexicon common_role_openers) before the lowercase role; the role is the noun phrase."""
    for opener, noun, name in (("salah seorang", "petani kopi", "Darto"), ("seorang", "pedagang cabai", "Wati"),
                               ("salah satu", "pengepul rotan di Desa Tumbang", "Yohanes Liong")):
        facts = facts_of(
            "Kepala Dinas Perdagangan Provinsi Jawa Timur, Budi Santoso, mengatakan ekspor naik 5 persen pada 2024. "
            f"{name}, {opener} {noun}, mengaku harga naik 4 persen pada Februari 2025.", dateline="SURABAYA - ")
        assert who(by_value(facts)["4"]) == (name, None), opener
        assert {p.name: p.role for p in facts.people}[name] == noun


def test_a_business_before_a_lay_role_is_no_person():
    """A shop's or a firm's name before the same role shape ('Toko X, distributor pupuk, ...', 'Kopi X,
    pembeli ...', a one-word brand, a company the text names with 'PT'), and an opener ('Kemarin,
    pedagang ...'): no person; the figure stays as it was read without the rule."""
    for subject in ("Toko Sinar Jaya, distributor pupuk di Jember,", "Kedai Makmur, pembeli biji kopi lokal,",
                    "Kopi Kenangan, pembeli biji kopi lokal terbesar,", "Sinar Mas, produsen kertas terbesar di Indonesia,",
                    "Garudafood, produsen makanan ringan,", "Nusamart, pemasok beras ke kantor-kantor,",
                    "Kemarin, pedagang beras di Pasar Tanjung,"):
        facts = facts_of(
            "Kepala Dinas Perdagangan Provinsi Jawa Timur, Budi Santoso, mengatakan ekspor naik 5 persen pada 2024. "
            f"{subject} mengatakan penjualan naik 4 persen pada Februari 2025.", dateline="SURABAYA - ")
        assert [p.name for p in facts.people] == ["Budi Santoso"], subject
    facts = facts_of(
        "PT Cahaya Lautan Sentosa membuka gudang baru di Gresik. Cahaya Lautan, pemasok gula rafinasi, menyebut "
        "penjualan naik 4 persen pada Februari 2025.", dateline="SURABAYA - ")
    assert not facts.people


def test_a_one_word_speaker_is_the_full_name_set_off_as_a_subject_before():
    """'Stevanus Kalalo Wowor, yang baru ..., menyebut ...' (no title) and later 'ucap Stevanus' or
    'kata Wowor': the speaker is that full name, his first or last word, not a bare word."""
    lead = "Permintaan kopra dari Surabaya melonjak sejak Lebaran.\n\n"
    quote = "\n\n\"Kiriman kopra bulan lalu 8.200 ton,\" ucap {}."
    for sentence, word in (
            ("Stevanus Kalalo Wowor, yang baru dua bulan bertugas di Manado, menilai harga masih wajar.", "Stevanus"),
            ("Di gudangnya, Stevanus Kalalo Wowor dari Asosiasi Pedagang Kopra Manado menuturkan harga mulai membaik.",
             "Wowor"),
            ("Stevanus Kalalo Wowor, yang sudah dua tahun mengelola gudang kopra di Bitung, menyebut pembeli makin banyak.",
             "Stevanus")):
        facts = facts_of(lead + sentence + quote.format(word), dateline="MANADO - ")
        assert who(by_value(facts)["8200"])[0] == "Stevanus Kalalo Wowor", sentence


def test_a_one_word_speaker_stays_bare_when_two_names_share_it_or_the_name_was_no_subject():
    """Two full names set off before that share the word: which one the text does not say; a
    full name written as an object ('kapal milik X') introduced no one."""
    lead = "Permintaan kopra dari Surabaya melonjak sejak Lebaran.\n\n"
    quote = "\n\n\"Kiriman kopra bulan lalu 8.200 ton,\" ucap Stevanus."
    for sentence in (
            "Stevanus Kalalo Wowor, yang mengelola gudang di Bitung, menilai harga masih wajar. "
            "Stevanus Tumbelaka, yang memasok kopra ke Surabaya, juga menilai permintaan naik.",
            "Dua truk milik Stevanus Kalalo Wowor tertahan di jembatan timbang selama sepekan.",
            "Stevanus Kalalo Wowor sudah dua tahun mengelola gudang kopra di Bitung. Ia melihat pembeli makin banyak."):
        facts = facts_of(lead + sentence + quote, dateline="MANADO - ")
        assert who(by_value(facts)["8200"])[0] == "Stevanus", sentence


def test_a_one_word_speaker_is_no_holiday_event_or_place_set_off_before():
    """A holiday, a festival or a place opening a clause ('Hari Raya Idul Fitri mendorong ...',
    'Tanjung Priok, yang menjadi pelabuhan tersibuk, mencatat ...') brings in no one: a later
    'kata Hari' or 'kata Tanjung' is not that name."""
    quote = "\n\n\"Penyaluran naik 10 persen pada Maret 2025,\" kata {}."
    for sentence, word in (("Hari Raya Idul Fitri mendorong permintaan beras di pasar.", "Hari"),
                           ("Hari Raya Idul Adha, yang jatuh pekan depan, menyebabkan harga sapi naik.", "Hari"),
                           ("Festival Kopi Nusantara, yang digelar tiap tahun, mencatat transaksi besar.", "Festival"),
                           ("Tanjung Priok, yang menjadi pelabuhan tersibuk, mencatat arus peti kemas naik.", "Tanjung")):
        facts = facts_of(sentence + quote.format(word), dateline="SURABAYA - ")
        assert who(by_value(facts)["10"])[0] in (word, None), sentence


def test_an_honorific_before_the_name_ends_no_sentence():
    """'... ujar Kepala Dinas X, Dra. Nama, di ...': the honorific's full stop (Dra., drh., Ny.,
    K.H.) is no sentence end, so the title still introduces the name after it."""
    for honorific in ("Dra.", "drh.", "Ny.", "K.H."):
        facts = facts_of(
            "Pasar ekspor sarung tenun mulai pulih.\n\n\"Pembeli Timur Tengah kembali memesan,\" ujar Kepala Dinas "
            f"Perdagangan Kabupaten Garut, {honorific} Sinta Maharani, di pendopo.\n\n"
            "Sinta menyebut pesanan bulan ini 1.200 kodi.", dateline="GARUT - ")
        assert who(by_value(facts)["1200"]) == ("Sinta Maharani", "Dinas Perdagangan Kabupaten Garut"), honorific


def test_the_local_office_of_a_national_body_and_its_head_named_later():
    """'Kepala BPS setempat menyampaikan angka itu ...': the national body's office the text names
    with its region, whatever the speech verb, spoke for the lead it refers back to; its head,
    named with his full title later, said it."""
    for verb in ("menyampaikan", "mengungkapkan"):
        facts = facts_of(
            "Ekspor kakao Sulawesi Tengah pada Mei 2025 naik 4,2 persen menjadi 3.100 ton.\n\n"
            f"Kepala BPS setempat {verb} angka itu di hadapan wartawan, Senin.\n\n"
            "\"Pembeli terbesar masih Malaysia,\" ujar Kepala Badan Pusat Statistik Provinsi Sulawesi Tengah, "
            "Rahmat Lasimpo.", dateline="Kamis, 5 Juni 2025 09:15 WITA\n\nPALU, (Warta Sulteng) - ")
        got = by_value(facts)
        for value in ("4.2", "3100"):
            assert who(got[value]) == ("Rahmat Lasimpo", "Badan Pusat Statistik Provinsi Sulawesi Tengah"), (verb, value)


def test_the_local_office_of_a_national_body_stays_unresolved_among_two_offices():
    """Two offices of the body named with their regions: 'setempat' does not say which."""
    facts = facts_of(
        "Di hadapan wartawan, Kepala BPS setempat menyampaikan bahwa ekspor kakao Mei naik 4,2 persen.\n\n"
        "Badan Pusat Statistik Provinsi Sulawesi Tengah dan Badan Pusat Statistik Kabupaten Poso mencatat 12 eksportir.",
        dateline="PALU, (Warta Sulteng) - ")
    assert who(by_value(facts)["4.2"]) == (None, None)


def test_the_local_office_of_a_national_body_no_office_is_named_for_is_not_the_national_body():
    """'Kepala BPS setempat menyampaikan ...' in a text that names no office of the body: a
    regional office is never the national body, so the figure has no agency."""
    for sentence in ("Kepala BPS setempat menyampaikan bahwa ekspor kakao Mei 2025 naik 4,2 persen.",
                     "Menurut keterangan pers, Kepala BPS setempat mengungkapkan ekspor rumput laut naik 4,2 persen."):
        facts = facts_of("Ekspor Sulawesi Tengah bergerak.\n\n" + sentence, dateline="PALU - ")
        assert who(by_value(facts)["4.2"]) == (None, None), sentence


def test_a_place_named_before_the_local_office_in_its_sentence_is_its_seat():
    """'Sementara itu di Kota X, Kepala KPPBC setempat, Nama, ...': the office of X, not the one
    office of that kind the text named elsewhere; its head speaks for X only."""
    for place, office in (("di Semarang", "Kantor Pengawasan dan Pelayanan Bea dan Cukai Semarang"),
                          ("di Kabupaten Kendal", "Kantor Pengawasan dan Pelayanan Bea dan Cukai Kendal")):
        facts = facts_of(
            "Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tanjung Priok mencatat penerimaan Rp 5 triliun "
            f"pada 2024. Sementara itu {place}, Kepala KPPBC setempat, Budi Santoso, mengatakan penerimaan mencapai "
            "Rp 2 triliun pada 2024.", dateline="JAKARTA - ")
        got = by_value(facts)
        assert who(got["2000000000000"]) == ("Budi Santoso", office), place
        assert who(got["5000000000000"]) == (None, "Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tanjung Priok")
    facts = facts_of(
        "Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean Tanjung Emas mencatat penerimaan Rp 5 triliun "
        "pada 2024.\n\nDi Kabupaten Batang, Kepala KPPBC setempat melaporkan penerimaan Rp 300 miliar pada 2024.\n\n"
        "Menurut Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean Tanjung Emas, Agus Riyanto, "
        "tarif naik 5 persen sejak Mei.", dateline="SEMARANG - ")
    assert who(by_value(facts)["300000000000"])[0] is None
    assert who(by_value(facts)["300000000000"])[1] != \
        "Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean Tanjung Emas"


def test_a_unit_title_joined_to_a_long_body_name_introduces_the_name_after_it():
    """'Kepala Seksi X di Dinas A, B, C dan D Kabupaten Y, Nama, ...': the body's long name counts as
    one word between the title and the name, so the title is still his."""
    for title, body_name in (
            ("Kepala Bidang Pemasaran Luar Negeri pada",
             "Dinas Perdagangan, Koperasi, Usaha Kecil dan Menengah Kabupaten Gianyar"),
            ("Kepala Seksi Ekspor Hasil Industri di",
             "Dinas Perindustrian, Perdagangan, Koperasi, Usaha Kecil dan Menengah Kabupaten Jepara")):
        facts = facts_of(
            f"Menurut {title} {body_name}, Made Ayu Lestari, pameran di Dubai menghasilkan 38 kontrak.\n\n"
            "Made menyebut nilai kontrak terbesar Rp 900 juta.", dateline="GIANYAR - ")
        got = by_value(facts)
        assert who(got["38"])[0] == "Made Ayu Lestari", title
        assert who(got["900000000"])[0] == "Made Ayu Lestari", title
        (person,) = facts.people
        assert person.role.startswith(title.split()[0] + " " + title.split()[1]) and person.organization


def test_a_title_far_before_a_name_stays_apart_though_a_body_is_between():
    """Many words of their own between the title and the name: no title for the name."""
    facts = facts_of(
        "Kepala Seksi Promosi Sutrisno Hadi pekan lalu bersama para perajin dari berbagai desa di wilayah pesisir "
        "utara bertemu Dinas Perdagangan, Koperasi, Usaha Kecil dan Menengah Kabupaten Gianyar, Made Ayu Lestari, "
        "dan pembeli.", dateline="GIANYAR - ")
    assert all(p.name != "Made Ayu Lestari" or not (p.role or "").startswith("Kepala Seksi") for p in facts.people)


def test_a_bare_kind_title_heads_the_one_body_of_that_kind_named_before():
    """'ujar Kepala Dinas, Nama' after 'Dinas X setempat ...': he heads the one Dinas the text named
    before him; with two named, the title says not which."""
    text = ("Dinas Pertanian Kabupaten Sigi mencatat panen jagung meningkat.{}\n\n"
            "\"Tahun ini kami kirim 2.400 ton ke Filipina,\" ujar Kepala Dinas, Yulius Tandi.")
    facts = facts_of(text.format(""), dateline="SIGI - ")
    assert [(p.name, p.organization) for p in facts.people] == [("Yulius Tandi", "Dinas Pertanian Kabupaten Sigi")]
    facts = facts_of(text.format(" Dinas Perdagangan Kabupaten Sigi menyiapkan gudang."), dateline="SIGI - ")
    assert [(p.name, p.organization) for p in facts.people] == [("Yulius Tandi", None)]


def test_a_list_of_bodies_between_a_title_and_a_name_is_no_title_of_his():
    """The guests of a meeting listed by their bodies, then a name: the title before the list
    ('dihadiri Kepala Dinas X, Badan Y, Bank Z, ..., pengusaha Nama') is not his, nor its body."""
    for guests in ("Kepala Dinas Koperasi, Badan Pusat Statistik Provinsi Jawa Timur, Bank Indonesia Jawa Timur, "
                   "Otoritas Jasa Keuangan, pengusaha",
                   "Kepala Dinas Perdagangan Kota Kediri, Bank Indonesia Jawa Timur dan Otoritas Jasa Keuangan, serta "
                   "pedagang"):
        facts = facts_of(
            f"Rapat itu dihadiri {guests} Budi Santoso. \"Omzet koperasi naik 6 persen pada 2024,\" kata Budi Santoso.",
            dateline="SURABAYA - ")
        (person,) = [p for p in facts.people if p.name == "Budi Santoso"]
        assert person.organization is None and not (person.role or "").startswith("Kepala"), guests


def test_a_bare_kind_title_heads_no_regional_office_of_a_national_body_nor_across_another_region():
    """'ujar Kepala Badan, Nama' after 'Badan Pusat Statistik Provinsi X': the head of that office is
    'Kepala BPS', so he heads none of it; 'ujar Kepala Dinas, Nama' after another region is named
    ('Di Kabupaten B, ...'): the Dinas of A is not his."""
    facts = facts_of(
        "Badan Pusat Statistik Provinsi Jawa Timur mencatat inflasi 2 persen. Pendapatan asli daerah naik 9 persen "
        "pada 2024, ujar Kepala Badan, Andi Wijaya.", dateline="SURABAYA - ")
    assert [(p.name, p.organization) for p in facts.people] == [("Andi Wijaya", None)]
    for between in ("Di Kabupaten Lumajang, harga", "Di Lumajang, harga"):
        facts = facts_of(
            f"Dinas Pertanian Kabupaten Jember mencatat produksi padi naik. {between} gabah naik 5 persen pada "
            "Februari 2025, ujar Kepala Dinas, Andi Wijaya.", dateline="JEMBER - ")
        assert [(p.name, p.organization) for p in facts.people] == [("Andi Wijaya", None)], between
    facts = facts_of(
        "Dinas Pertanian Kabupaten Jember mencatat produksi padi naik. Di Kabupaten Jember, harga gabah naik 5 persen "
        "pada Februari 2025, ujar Kepala Dinas, Andi Wijaya.", dateline="JEMBER - ")
    assert [(p.name, p.organization) for p in facts.people] == [("Andi Wijaya", "Dinas Pertanian Kabupaten Jember")]


# --- a page in question-and-answer form (attribution.credit_interview) -------------------------

INTERVIEW_LABELLED = """WAWANCARA

Menjaga Harga Rumput Laut di Pasar Dunia

Rabu, 12 Maret 2025 | 09:15 WIB

Rumput laut dari pesisir selatan terus dicari pembeli luar negeri. Berikut petikan wawancara dengan Kepala Dinas Kelautan dan Perikanan Provinsi Sulawesi Tengah, Hasanuddin Lamarauna, pekan lalu.

Tanya: Berapa nilai ekspor rumput laut tahun lalu?

Jawab: Sepanjang 2024 kami mencatat ekspor 14.300 ton senilai USD 21,4 juta. Itu naik 9 persen dibanding tahun sebelumnya.

Tanya: Negara tujuan utamanya?

Jawab: Tiongkok masih nomor satu, disusul Korea Selatan. Kami sudah mengirim ke 11 negara.

Tanya: Apakah tahun ini bisa tembus 20 ribu ton?

Jawab: Kami optimistis. Selama Januari sudah terkirim 1.250 ton.

***

Sementara itu, Kepala Badan Pusat Statistik Provinsi Sulawesi Tengah, Rina Maharani, mengatakan ekspor nonmigas provinsi itu pada Januari 2025 mencapai USD 610 juta.
"""

INTERVIEW_BOLD = """Bincang Kopi: "Petani Kami Butuh Pengering"

Kamis, 5 Juni 2025 | 14:00 WIB

Kopi arabika dari dataran tinggi terus diburu pembeli. Redaksi mewawancarai Kepala Dinas Pertanian Kabupaten Lumbanraja, Togar Simanjuntak, di kantornya. Kami bertanya tentang produksi, harga dan ekspor.

**Bagaimana produksi kopi tahun lalu?**

Produksinya 8.400 ton, naik dari 7.900 ton pada 2023. Luas kebun kami sekarang 12.600 hektare.

**Harga di tingkat petani?**

Rata-rata Rp 92.000 per kilogram untuk gabah kopi kering. Itu harga yang bagus.

**Yang paling dibutuhkan petani?**

Pengering. Tahun ini kami anggarkan Rp 3,2 miliar untuk 40 unit mesin pengering.

Ditemui terpisah, Ketua Koperasi Tani Mandiri, Rosalina Sitompul, mengatakan koperasinya mengekspor 320 ton kopi ke Jerman pada 2024.
"""

INTERVIEW_SHORT_LABELS = """Hilirisasi Kakao, Apa Kabar?

Senin, 3 November 2025 | 08:00 WIB

Kakao olahan kini jadi andalan ekspor. Kami berbincang dengan Direktur Industri Hasil Perkebunan Kementerian Perindustrian, Yohana Mardiastuti, tentang capaian tahun ini.

T: Berapa ekspor kakao olahan hingga September?

J: Sampai September 2025 nilainya USD 1,9 miliar, lebih tinggi dari periode yang sama tahun lalu USD 1,6 miliar.

T: Berapa pabrik yang beroperasi?

J: Ada 27 pabrik di dalam negeri.
"""

INTERVIEW_NAME_LINE = """WAWANCARA

Sabtu, 9 Agustus 2025 | 07:30 WIB

Bea Keluar Sawit Jadi Penopang

Irwan Gunadi, Kepala Kantor Wilayah Direktorat Jenderal Bea dan Cukai Riau

Penerimaan bea keluar di Riau naik tajam seiring harga minyak sawit yang tinggi. Berikut petikan wawancara kami di Pekanbaru.

Berapa penerimaan bea keluar semester pertama?

Hingga Juni 2025 penerimaannya Rp 1,14 triliun. Hampir semuanya dari minyak sawit mentah dan turunannya.

Apakah target tahun ini akan tercapai?

Target kami Rp 2 triliun. Kami yakin tercapai.
"""


INTERVIEW_INTRODUCED_BEFORE = """Garam Madura Siap Swasembada

Kamis, 10 Juli 2025 | 15:45 WIB

Menteri Kelautan dan Perikanan, Sakti Wahyu Trenggono, meminta produksi garam rakyat dinaikkan. Di Sumenep, Kepala Dinas Perikanan Kabupaten Sumenep, Moh Hasan Basri, memimpin program itu di lapangan.

Berikut petikan wawancara dengan dia di kantornya, Rabu.

Berapa produksi garam tahun lalu?

Tahun 2024 petambak kami menghasilkan 312.000 ton, naik dari 280.000 ton pada 2023.

Berapa target tahun ini?

Kami bidik 350.000 ton.

Apa kendalanya?

Cuaca. Kalau kemarau basah, produksi bisa turun 30 persen.
"""


def interview_facts(text: str):
    return extract(parse_article(text, lexicon=LEXICON), LEXICON)


@pytest.mark.parametrize("text, speaker, body, answers", [
    (INTERVIEW_LABELLED, "Hasanuddin Lamarauna", "Dinas Kelautan dan Perikanan Provinsi Sulawesi Tengah",
     ["14300", "21400000", "9", "11", "1250"]),
    (INTERVIEW_BOLD, "Togar Simanjuntak", "Dinas Pertanian Kabupaten Lumbanraja",
     ["8400", "7900", "12600", "92000", "3200000000", "40"]),
    (INTERVIEW_SHORT_LABELS, "Yohana Mardiastuti", "Kementerian Perindustrian", ["1900000000", "1600000000", "27"]),
    (INTERVIEW_NAME_LINE, "Irwan Gunadi", "Kantor Wilayah Direktorat Jenderal Bea dan Cukai Riau",
     ["1140000000000", "2000000000000"]),
    # 'Berikut petikan wawancara dengan dia': the official introduced last before it
    (INTERVIEW_INTRODUCED_BEFORE, "Moh Hasan Basri", "Dinas Perikanan Kabupaten Sumenep",
     ["312000", "280000", "350000"]),
])
def test_the_answers_of_an_interview_are_the_interviewees(text, speaker, body, answers):
    facts = interview_facts(text)
    values = by_value(facts)
    for value in answers:
        assert who(values[value]) == (speaker, body), value
        assert "an answer of the interview" in values[value].why["speaker"]


def test_an_interviewers_question_states_no_fact():
    values = by_value(interview_facts(INTERVIEW_LABELLED))
    assert "20000" not in values  # 'Apakah tahun ini bisa tembus 20 ribu ton?'


def test_after_the_interview_ordinary_attribution_resumes():
    values = by_value(interview_facts(INTERVIEW_LABELLED))  # after '***', a BPS official is introduced
    assert who(values["610000000"]) == ("Rina Maharani", "Badan Pusat Statistik Provinsi Sulawesi Tengah")
    values = by_value(interview_facts(INTERVIEW_BOLD))  # 'Ditemui terpisah, Ketua Koperasi ..., Rosalina'
    assert who(values["320"])[0] == "Rosalina Sitompul"


NOT_AN_INTERVIEW = [
    # a rhetorical question inside a quote, a conversation word, and one narration line ending with '?'
    """Ekspor Kelapa Parut Naik

Selasa, 8 April 2025 | 10:00 WIB

Ekspor kelapa parut kering dari Provinsi Gorontalo pada Maret 2025 mencapai 2.300 ton.

"Siapa yang tidak ingin ekspor naik terus?" kata Kepala Dinas Perindustrian dan Perdagangan Provinsi Gorontalo, Yusuf Hulalata, dalam wawancara dengan wartawan.

"Bulan lalu nilainya USD 4,1 juta. Kami ingin tahun ini tembus USD 50 juta," ujarnya.

Apakah pasar siap menyerap?

Pembeli dari Filipina dan Vietnam sudah memesan 1.800 ton untuk April, menurut data Dinas Perindustrian dan Perdagangan Provinsi Gorontalo.
""",
    # narration asking its own questions, each answered by narration that cites an official
    """Neraca Dagang Jambi Surplus

Jumat, 16 Mei 2025 | 11:30 WIB

Neraca perdagangan Provinsi Jambi pada April 2025 surplus USD 212 juta, ditopang ekspor batu bara dan karet.

Lalu bagaimana dengan ekspor?

Kepala Badan Pusat Statistik Provinsi Jambi, Agus Sudibyo, mengatakan nilai ekspor April 2025 mencapai USD 398 juta, turun 4,2 persen dibanding Maret 2025.

Lantas apa penyebabnya?

Menurut Agus, harga karet dunia melemah sehingga nilai ekspor karet turun menjadi USD 61 juta.
""",
    # two questions in narration and an official introduced, but no conversation named
    """Pelabuhan Bitung Ramai

Rabu, 2 Juli 2025 | 13:00 WIB

Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan Bitung, Markus Rondonuwu, meninjau dermaga baru.

Berapa kapal yang sandar bulan lalu?

Sepanjang Juni 2025 ada 412 kapal yang sandar di pelabuhan itu.

Bagaimana dengan peti kemas?

Arus peti kemas Juni 2025 tercatat 28.500 TEUs.
""",
    # an official named with a conversation word, then narration asking and answering with a body's data
    """Ekspor Jambi Melambat

Jumat, 16 Mei 2025 | 11:30 WIB

Gubernur Jambi, Rahmat Hidayat, dalam wawancara dengan wartawan meminta eksportir mencari pasar baru.

Lalu bagaimana dengan ekspor?

Nilai ekspor April 2025 mencapai USD 398 juta, menurut Badan Pusat Statistik Provinsi Jambi.

Lantas komoditas apa yang turun?

Karet turun menjadi USD 61 juta pada April 2025, menurut data Badan Pusat Statistik Provinsi Jambi.
""",
]


@pytest.mark.parametrize("text", NOT_AN_INTERVIEW)
def test_questions_in_an_ordinary_article_are_no_interview(text):
    facts = interview_facts(text)
    assert not any("interview" in " ".join(f.why.values()) for f in facts.figures)


def test_a_narration_question_keeps_its_article_as_it_was():
    values = by_value(interview_facts(NOT_AN_INTERVIEW[1]))
    assert who(values["398000000"]) == ("Agus Sudibyo", "Badan Pusat Statistik Provinsi Jambi")
    assert who(values["212000000"]) == (None, None)
    values = by_value(interview_facts(NOT_AN_INTERVIEW[0]))
    assert "1800" in values  # a narration line ending with '?' takes no fact from the paragraph after it


# a talk word in passing is no introduction of an interview, wherever it stands: the questions of
# these pages are the narration's, and the paragraphs after them keep their ordinary attribution
TALK_IN_PASSING = {
    # 'saat diwawancarai wartawan', two paragraphs before the questions; the quotes are another's
    "passive": """Harga Pala Maluku Utara Anjlok

Kamis, 12 Juni 2025 | 09:40 WIB

Bupati Halmahera Tengah, Darwis Pitriaman, saat diwawancarai wartawan di Weda, Rabu, meminta petani pala tidak menjual buah muda.

Ketua Asosiasi Petani Pala Maluku Utara, Yunus Tjokro, mengatakan harga pala kering di tingkat petani kini Rp 64.000 per kilogram.

Kenapa harga terus melemah?

"Pembeli dari Belanda menahan pesanan. Bulan lalu kami hanya mengirim 85 ton, biasanya 140 ton," ujarnya.

Apa yang bisa dilakukan petani?

"Saya minta petani menjemur lebih lama. Gudang kami masih muat 600 ton," kata dia.

Data Badan Pusat Statistik Provinsi Maluku Utara menunjukkan ekspor pala pada Mei 2025 tercatat USD 2,3 juta.
""",
    # 'saat diwawancarai wartawan' in the paragraph right before the first question
    "passive_near": """Harga Pala Maluku Utara Anjlok

Kamis, 12 Juni 2025 | 09:40 WIB

Harga pala kering di tingkat petani kini Rp 64.000 per kilogram. Ketua Asosiasi Petani Pala Maluku Utara, Yunus Tjokro, saat diwawancarai wartawan di Ternate, Rabu, meminta petani bersabar.

Kenapa harga terus melemah?

"Pembeli dari Belanda menahan pesanan. Bulan lalu kami hanya mengirim 85 ton, biasanya 140 ton," ujarnya.

Apa yang bisa dilakukan petani?

"Saya minta petani menjemur lebih lama. Gudang kami masih muat 600 ton," kata dia.

Data Badan Pusat Statistik Provinsi Maluku Utara menunjukkan ekspor pala pada Mei 2025 tercatat USD 2,3 juta.
""",
    # 'dalam wawancara dengan radio', then answers naming another speaker after what he said and a
    # ministry's report
    "radio": """Harga Sawit Riau Tertekan

Senin, 20 Oktober 2025 | 14:10 WIB

Gubernur Riau, Arman Syahputra, dalam wawancara dengan radio swasta, Minggu, meminta pabrik kelapa sawit membeli tandan buah segar petani dengan harga wajar.

Mengapa harga tandan buah segar terus turun?

Pabrik memangkas pembelian hingga 25 persen sejak Agustus. Hal itu diungkapkan Ketua Asosiasi Petani Sawit Riau, Tigor Hutapea, Minggu.

Berapa harga tandan buah segar sekarang?

Di Kabupaten Kampar harganya kini Rp 2.300 per kilogram. "Kami sudah tidak sanggup membeli pupuk," kata Rusli, petani sawit di Bangkinang.

Bagaimana dengan ekspor?

Kementerian Pertanian mencatat ekspor minyak sawit Riau pada September 2025 turun 9 persen menjadi 95.000 ton.
""",
    # 'dalam wawancara dengan televisi' above a box of questions a reader might ask
    "faq": """Bunga Pinjaman UMi Turun, Ini Ketentuannya

Selasa, 4 Februari 2025 | 07:45 WIB

Pemerintah memperluas Pembiayaan Ultra Mikro tahun ini. Direktur Utama Pusat Investasi Pemerintah, Irwan Prasetya, dalam wawancara dengan televisi swasta, Senin, menyebut penyaluran UMi tahun lalu mencapai Rp 9 triliun.

Berikut beberapa hal yang perlu diketahui calon nasabah.

Apa itu pembiayaan UMi?

Pinjaman bagi usaha ultra mikro dengan bunga 4 persen per tahun. Kalau kita meminjam lewat lembaga penyalur, tidak ada agunan.

Berapa batas pinjamannya?

Paling tinggi Rp 20 juta per nasabah, menurut Kementerian Keuangan.

Berapa yang disalurkan tahun ini?

Tahun ini pemerintah menyiapkan Rp 12 triliun.
""",
    # 'wawancara kerja' (a job interview) right before the questions
    "job_interview": """Bursa Kerja Cikarang Diserbu Pencari Kerja

Rabu, 21 Mei 2025 | 16:00 WIB

Kepala Dinas Ketenagakerjaan Kabupaten Bekasi, Nurchaidir, mengatakan 3.400 pencari kerja mengikuti wawancara kerja di bursa kerja yang berlangsung tiga hari di Cikarang.

Berapa lowongan yang dibuka?

Tersedia 5.100 lowongan dari 72 perusahaan, terutama di sektor otomotif dan logistik.

Bagaimana peluang lulusan politeknik?

"Kami membuka 260 posisi teknisi khusus lulusan politeknik," kata Kepala Bagian Rekrutmen PT Mesin Raya Cikarang, Dewi Anggraeni.

Apakah ada lowongan ke luar negeri?

Badan Pelindungan Pekerja Migran Indonesia menawarkan 180 lowongan ke Taiwan.
""",
    # 'petikan keputusan' (an excerpt of a decree) right before the questions
    "decree": """Retribusi Parkir Pasar Naik

Kamis, 6 Maret 2025 | 10:30 WIB

Bupati Sleman, Sutarno Wibisono, menandatangani keputusan tentang retribusi parkir pasar. Dalam petikan keputusan itu, tarif parkir mobil naik menjadi Rp 5.000 sekali parkir.

Apa alasannya?

Biaya perawatan lahan parkir naik 15 persen sejak tahun lalu, menurut Dinas Perhubungan Kabupaten Sleman.

Bagaimana tanggapan pedagang?

Kami keberatan, kata para pedagang Pasar Prambanan. Pembeli kami berkurang 20 persen sejak Februari 2025.

Kapan berlaku?

Tarif baru berlaku mulai 1 April 2025 di 26 pasar.
""",
}


@pytest.mark.parametrize("name, expected", [
    ("passive", {"85": ("Yunus Tjokro", "Asosiasi Petani Pala Maluku Utara"), "600": ("Yunus Tjokro", "Asosiasi Petani Pala Maluku Utara"),
                 "2300000": (None, "Badan Pusat Statistik Provinsi Maluku Utara")}),
    ("passive_near", {"140": ("Yunus Tjokro", "Asosiasi Petani Pala Maluku Utara"),
                      "2300000": (None, "Badan Pusat Statistik Provinsi Maluku Utara")}),
    ("radio", {"25": ("Tigor Hutapea", "Asosiasi Petani Sawit Riau"), "95000": (None, "Kementerian Pertanian")}),
    ("faq", {"20000000": (None, "Kementerian Keuangan"), "12000000000000": (None, "Kementerian Keuangan")}),
    ("job_interview", {}),
    ("decree", {"15": (None, "Dinas Perhubungan Kabupaten Sleman"), "-20": (None, "Dinas Perhubungan Kabupaten Sleman")}),
])
def test_a_talk_word_in_passing_introduces_no_interview(name, expected):
    facts = interview_facts(TALK_IN_PASSING[name])
    assert not any("interview" in " ".join(f.why.values()) for f in facts.figures)
    values = by_value(facts)
    for value, speaker_and_body in expected.items():
        assert who(values[value]) == speaker_and_body, value


INTERVIEW_KICKER = """WAWANCARA

Garam Kupang Menuju Industri

Senin, 14 April 2025 | 11:00 WIB

Kepala Dinas Kelautan dan Perikanan Provinsi Nusa Tenggara Timur, Sulastri Rasyid, menerima kami di Kupang pekan lalu.

Produksi garam di pesisir Teluk Kupang naik setelah lahan tambak diperluas.

Berapa produksi garam tahun lalu?

Sepanjang 2024 petambak kami menghasilkan 46.000 ton.

Ke mana garam itu dijual?

Sebagian besar ke industri pengolahan ikan di Surabaya. Kami juga mengirim 3.500 ton ke Timor Leste.
"""

INTERVIEW_HEADLINE = """Bincang dengan Kepala Dinas Peternakan: Sapi Bali Masih Primadona

Jumat, 19 September 2025 | 08:20 WIB

Kepala Dinas Peternakan Provinsi Bali, Ketut Suarjana, ditemui di Denpasar, Kamis.

Permintaan sapi potong dari Jakarta terus naik menjelang akhir tahun.

Berapa sapi yang dikirim ke luar pulau tahun ini?

Sampai Agustus 2025 kami sudah mengirim 21.400 ekor, sebagian besar ke Jakarta.

Bagaimana harga di peternak?

Rata-rata Rp 52.000 per kilogram bobot hidup. Saya kira masih wajar.
"""


@pytest.mark.parametrize("text, speaker, body, answers", [
    # the kicker 'WAWANCARA' above the headline; the official introduced before a paragraph of background
    (INTERVIEW_KICKER, "Sulastri Rasyid", "Dinas Kelautan dan Perikanan Provinsi Nusa Tenggara Timur", ["46000", "3500"]),
    # no kicker: 'Berikut wawancaranya' right before the first question
    ("\n".join(INTERVIEW_KICKER.split("\n")[2:]).replace("Produksi garam di pesisir Teluk Kupang naik setelah lahan tambak diperluas.\n\n", "")
     .replace("pekan lalu.", "pekan lalu. Berikut wawancaranya."),
     "Sulastri Rasyid", "Dinas Kelautan dan Perikanan Provinsi Nusa Tenggara Timur", ["46000", "3500"]),
    # a headline presenting the conversation ('Bincang dengan ...')
    (INTERVIEW_HEADLINE, "Ketut Suarjana", "Dinas Peternakan Provinsi Bali", ["21400", "52000"]),
])
def test_an_interview_is_introduced_right_before_its_questions_or_by_the_pages_head(text, speaker, body, answers):
    values = by_value(interview_facts(text))
    for value in answers:
        assert who(values[value]) == (speaker, body), value
        assert "an answer of the interview" in values[value].why["speaker"]


def test_an_introduction_paragraphs_away_from_the_questions_is_none():
    # no kicker, and a paragraph of background between 'Berikut wawancaranya' and the first question
    text = "\n".join(INTERVIEW_KICKER.split("\n")[2:]).replace("pekan lalu.", "pekan lalu. Berikut wawancaranya.")
    facts = interview_facts(text)
    assert not any("interview" in " ".join(f.why.values()) for f in facts.figures)


# an interview whose answers give the floor to others: a speaker named after what he said, another's
# quote, a body's report
INTERVIEW_FLOOR_GIVEN = """Karet Jambi di Persimpangan

Rabu, 12 Maret 2025 | 09:00 WIB

Harga karet di Jambi belum pulih. Kami berbincang dengan Kepala Dinas Perkebunan Provinsi Jambi, Agus Rizal, di Telanaipura, Selasa.

Mengapa harga bahan olah karet terus turun?

Pabrik memangkas pembelian hingga 30 persen sejak Februari. Hal itu diungkapkan Ketua Gabungan Perusahaan Karet Jambi, Yosef Simatupang, Senin.

Berapa harga di tingkat petani sekarang?

Di Kabupaten Batanghari harganya kini Rp 9.500 per kilogram. "Kami sudah tidak sanggup membeli pupuk," kata Ketua Kelompok Tani Sumber Rezeki, Marlina Siregar.

Bagaimana dengan ekspor?

Kementerian Perdagangan mencatat ekspor karet Indonesia pada Januari 2025 turun 11 persen menjadi 140.000 ton.

Apa yang dilakukan dinas?

Kami menyiapkan 12 unit pengolahan karet bersih untuk kelompok tani tahun ini.

Berapa anggarannya?

Kami alokasikan Rp 4,5 miliar dari APBD.
"""


def test_an_answer_naming_or_quoting_another_speaker_or_a_bodys_report_is_not_the_interviewees():
    values = by_value(interview_facts(INTERVIEW_FLOOR_GIVEN))
    assert who(values["30"]) == ("Yosef Simatupang", "Gabungan Perusahaan Karet Jambi")  # named after what was said
    assert who(values["9500"])[0] != "Agus Rizal"  # the paragraph quotes a farmers' group head
    assert who(values["140000"]) == (None, "Kementerian Perdagangan")  # 'Kementerian Perdagangan mencatat ...'
    for value in ("12", "4500000000"):  # 'Kami menyiapkan ...': his answers again after the next question
        assert who(values[value]) == ("Agus Rizal", "Dinas Perkebunan Provinsi Jambi"), value


def test_a_labelled_answer_keeps_the_speaker_it_names_after_what_he_said():
    text = INTERVIEW_FLOOR_GIVEN.replace("\nMengapa", "\nTanya: Mengapa").replace("\nBerapa harga", "\nTanya: Berapa harga") \
        .replace("\nPabrik memangkas", "\nJawab: Pabrik memangkas").replace("\nDi Kabupaten", "\nJawab: Di Kabupaten") \
        .replace("\nBagaimana dengan", "\nTanya: Bagaimana dengan").replace("\nKementerian Perdagangan", "\nJawab: Kementerian Perdagangan")
    values = by_value(interview_facts(text))
    assert who(values["30"]) == ("Yosef Simatupang", "Gabungan Perusahaan Karet Jambi")
    assert who(values["9500"]) == ("Agus Rizal", "Dinas Perkebunan Provinsi Jambi")  # labelled: his words but the quote
    assert who(values["140000"]) == ("Agus Rizal", "Kementerian Perdagangan")  # he cites the ministry's data


# the only first person of the answers is inside another speaker's quotes: no interview
QUOTES_OF_ANOTHER = """Lada Bangka Tertekan

Selasa, 11 Maret 2025 | 10:20 WIB

Harga lada putih di Bangka terus turun. Kami berbincang dengan Gubernur Kepulauan Bangka Belitung, Hidayat Sukri, di Pangkalpinang.

Mengapa harga terus turun?

"Permintaan dari Vietnam melemah. Bulan lalu kami hanya mengapalkan 380 ton, padahal biasanya 650 ton," kata Ketua Asosiasi Eksportir Lada Bangka Belitung, Rahmat Kurnia.

Lalu apa yang bisa dilakukan petani?

"Saya sarankan petani menyimpan dulu. Gudang kami masih bisa menampung 1.300 ton," ujar Rahmat.
"""


def test_first_person_inside_another_speakers_quote_makes_no_spoken_answer():
    facts = interview_facts(QUOTES_OF_ANOTHER)
    assert not any("interview" in " ".join(f.why.values()) for f in facts.figures)
    values = by_value(facts)
    for value in ("380", "650", "1300"):
        assert who(values[value]) == ("Rahmat Kurnia", "Asosiasi Eksportir Lada Bangka Belitung"), value


# --- a speaker with no office, his trade set off by commas (mentions.lay_apposition_regex) -------

@pytest.mark.parametrize("sentence, name, value", [
    ("Sarmin, tengkulak cengkih di Minahasa, mengatakan kini membeli 18 ton sebulan.", "Sarmin", "18"),
    ("Budi Hartono, petani kopi di Desa Sukamaju, mengatakan panennya tahun ini 3 ton.", "Budi Hartono", "3"),
    ("Nur Aini, salah seorang perajin tenun di Sambas, menuturkan pesanan naik menjadi 40 lembar sebulan.",
     "Nur Aini", "40"),
    ("Wayan, pedagang cengkih di Pasar Seririt, mengungkapkan ia membeli 2 ton cengkih pekan lalu.", "Wayan", "2"),
])
def test_a_speaker_introduced_by_his_trade_after_a_comma_speaks(sentence, name, value):
    facts = facts_of("Harga komoditas di daerah itu naik pada Agustus 2025.\n\n" + sentence + "\n")
    (person,) = [p for p in facts.people if p.name == name]
    assert person.role and person.role[0].islower() and person.organization is None
    assert who(by_value(facts)[value]) == (name, None)


@pytest.mark.parametrize("sentence", [
    "Vietnam, pembeli terbesar lada dari Bangka, menyatakan akan menambah pesanan 500 ton.",  # a country
    "Jepang, pembeli terbesar kopi Lampung, menyerap 30 persen ekspor.",  # no speech verb
    "Sarmin, tengkulak cengkih di Minahasa, membeli 18 ton sebulan.",  # a trade, but no speech verb after it
])
def test_a_trade_after_a_comma_without_a_speaker_introduces_nobody(sentence):
    facts = facts_of("Harga komoditas di daerah itu naik pada Agustus 2025.\n\n" + sentence + "\n")
    assert not facts.people


@pytest.mark.parametrize("sentence", [
    # a role ranked against others is a firm's or a country's
    "Kopikita, pembeli kopi arabika terbesar dari Aceh, menyatakan akan menambah kontrak 1.500 ton tahun depan.",
    "Sumber Tani, pembeli cengkih terbesar di Minahasa, mengatakan menyerap 8.000 ton tahun ini.",
    # a trade a firm plies too, after one word or a company's name
    "Nestlindo, pembeli kakao dari Sulawesi, mengatakan akan menambah pembelian 3.000 ton.",
    "Maju Jaya Abadi, pemasok pupuk di Jember, menyebutkan penyaluran naik 14 persen.",
    # a capitalised word that is no title and no place after 'di': his employer, not his trade
    "Siti, karyawan Bank Sumsel Babel Cabang Lahat, mengatakan kredit ke petani kopi tersalur Rp 9 miliar.",
])
def test_a_firm_or_a_ranked_role_after_a_comma_is_no_lay_speaker(sentence):
    facts = facts_of("Harga komoditas di daerah itu naik pada Agustus 2025.\n\n" + sentence
                     + "\n\nEkspor kakao Sulawesi Tenggara pada Juli 2025 tercatat 2.100 ton.\n")
    assert not facts.people
    assert who(by_value(facts)["2100"])[0] is None  # the narration after it is nobody's


@pytest.mark.parametrize("sentence, name, value", [
    ("Hendra Wijaya, eksportir kopi di Medan, mengatakan pengirimannya naik menjadi 260 ton.", "Hendra Wijaya", "260"),
    ("Wagiman, petani cabai di Magelang, menuturkan panennya tahun ini 4 ton.", "Wagiman", "4"),
])
def test_a_trade_a_firm_plies_too_needs_a_full_name_a_persons_trade_does_not(sentence, name, value):
    facts = facts_of("Harga komoditas di daerah itu naik pada Agustus 2025.\n\n" + sentence + "\n")
    assert who(by_value(facts)[value]) == (name, None)


def test_a_lay_role_stops_at_a_title_which_keeps_its_body():
    facts = facts_of("Harga teh di daerah itu naik pada Agustus 2025.\n\nBambang Sulistyo, pengusaha sekaligus Ketua Kamar "
                     "Dagang dan Industri Kabupaten Wonosobo, mengatakan ekspor teh tahun lalu 900 ton.\n")
    (person,) = facts.people
    assert person.role == "Ketua Kamar Dagang dan Industri Kabupaten Wonosobo"
    assert who(by_value(facts)["900"]) == ("Bambang Sulistyo", person.organization) and "Wonosobo" in person.organization


def test_a_trader_introduced_after_the_interview_takes_the_floor_from_the_interviewee():
    text = INTERVIEW_LABELLED.replace(
        "***\n\nSementara itu, Kepala Badan Pusat Statistik Provinsi Sulawesi Tengah, Rina Maharani, mengatakan "
        "ekspor nonmigas provinsi itu pada Januari 2025 mencapai USD 610 juta.",
        "Yakobus, nelayan rumput laut di Banggai, berkata harga membaik. \"Tahun lalu saya jual 17 ton per panen, "
        "kali ini 26 ton,\" katanya.")
    values = by_value(interview_facts(text))
    assert who(values["17"]) == ("Yakobus", None) and who(values["26"]) == ("Yakobus", None)
    assert who(values["1250"])[0] == "Hasanuddin Lamarauna"


def test_an_answer_closing_on_a_question_of_its_own_is_still_an_answer():
    text = INTERVIEW_BOLD.replace("Itu harga yang bagus.", "Petani kami menikmati kenaikan 12 persen dari tahun lalu. "
                                                            "Siapa yang tidak senang?")
    values = by_value(interview_facts(text))
    assert who(values["12"]) == ("Togar Simanjuntak", "Dinas Pertanian Kabupaten Lumbanraja")
    assert who(values["92000"]) == ("Togar Simanjuntak", "Dinas Pertanian Kabupaten Lumbanraja")


def test_a_question_stating_a_number_before_it_asks_is_still_a_question():
    text = INTERVIEW_BOLD.replace("**Harga di tingkat petani?**",
                                  "**Harga kopi dunia naik 15 persen tahun ini. Bagaimana harga di tingkat petani?**")
    values = by_value(interview_facts(text))
    assert "15" not in values  # the interviewer's preamble states no fact of the interview
    assert who(values["92000"]) == ("Togar Simanjuntak", "Dinas Pertanian Kabupaten Lumbanraja")


INTERVIEW_NAMED_LABELS = """Rajungan Lampung Incar Pasar Baru

Selasa, 14 Oktober 2025 | 16:20 WIB

Pengiriman rajungan dari pesisir timur Lampung terus bertambah. Kabar Sai mewawancarai Kepala Balai Karantina Ikan Lampung, Made Sutrisna Wibawa, di Bandar Lampung.

Kabar Sai: Berapa volume rajungan yang dikirim ke luar negeri tahun ini?

Made Sutrisna: Sampai September 2025 sudah 2.640 ton. Menurut data Badan Pusat Statistik, nilainya USD 18 juta.

Kabar Sai: Pasar mana yang terbesar?

Made Sutrisna: Amerika Serikat, sekitar 38 persen. Gubernur Lampung, Hendarto Wiryo, juga meminta kami membuka pasar Eropa.

Kabar Sai: Berapa sasaran tahun depan?

Made Sutrisna: Kami bidik 3.500 ton untuk 2026.
"""


def test_an_answer_citing_a_bodys_data_or_naming_an_official_stays_the_interviewees():
    values = by_value(interview_facts(INTERVIEW_NAMED_LABELS))
    office = "Balai Karantina Ikan Lampung"
    assert who(values["2640"]) == ("Made Sutrisna Wibawa", office)
    assert who(values["18000000"]) == ("Made Sutrisna Wibawa", "Badan Pusat Statistik")  # the data he cites
    assert who(values["38"]) == ("Made Sutrisna Wibawa", office)
    assert who(values["3500"]) == ("Made Sutrisna Wibawa", office)  # a governor named in passing takes no floor


def test_a_paragraph_turning_the_narration_ends_the_interviews_answers():
    text = INTERVIEW_LABELLED.replace(
        "***\n\nSementara itu, Kepala Badan Pusat Statistik Provinsi Sulawesi Tengah, Rina Maharani, mengatakan "
        "ekspor nonmigas provinsi itu pada Januari 2025 mencapai USD 610 juta.",
        "Sementara itu, Badan Pusat Statistik Provinsi Sulawesi Tengah mencatat ekspor nonmigas provinsi itu "
        "pada Januari 2025 mencapai USD 610 juta.")
    values = by_value(interview_facts(text))
    assert who(values["610000000"]) == (None, "Badan Pusat Statistik Provinsi Sulawesi Tengah")
    assert who(values["1250"])[0] == "Hasanuddin Lamarauna"


CARRIED_OTHER = ("Pemerintah Kota Lembayung membuka gerai pangan murah di tujuh kelurahan pekan ini.\n\n"
                 "{report}\n\n"
                 "“{opening} Kami akan terus memantau,” ujar Kepala {office} Kota Lembayung, Dedi Kurniawan.\n")


@pytest.mark.parametrize("report,opening,office,value", [
    # a price the government reports, then the head of an office of another field who refers back to it
    ("Selama Agustus 2025, harga cabai rawit di kota itu naik 14,6 persen dibanding Juli.", "Kenaikan itu "
     "membuat anak sekolah jajan lebih sedikit.", "Dinas Pendidikan", "14.6"),
    # the government's budget, then the head of the public works office
    ("Dalam APBD Perubahan 2025, belanja daerah kota itu ditetapkan Rp 2,47 triliun, bertambah 5,3 persen.",
     "Angka itu belum cukup untuk semua jalan rusak.", "Dinas Pekerjaan Umum", "2470000000000"),
])
def test_a_report_carried_on_from_a_regional_government_is_not_the_head_of_an_office_of_another_field(
        report, opening, office, value):
    found = by_value(facts_of(CARRIED_OTHER.format(report=report, opening=opening, office=office)))
    assert who(found[value]) == (None, "Pemerintah Kota Lembayung")


def test_a_report_carried_on_from_a_regional_government_is_the_head_of_the_office_of_its_field():
    found = by_value(facts_of(CARRIED_OTHER.format(
        report="Sepanjang semester I 2025, realisasi investasi di kota itu mencapai Rp 731,5 miliar.",
        opening="Capaian itu ditopang sektor perdagangan.",
        office="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")))
    assert who(found["731500000000"]) == (
        "Dedi Kurniawan", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Lembayung")


# --- a byline, a date line or a headline is page furniture only at a page's top (page_furniture) ---

@pytest.mark.parametrize("middle", [
    "Oleh para pedagang, kenaikan itu dikaitkan dengan pasokan dari kabupaten tetangga yang berkurang",
    "Oleh sebagian warga harga itu dianggap masih wajar",
])
def test_a_story_paragraph_opening_with_oleh_is_no_byline(middle):
    found = by_value(facts_of("Harga bawang merah di Kota Lembayung naik menjadi Rp 48.500 per kilogram.\n\n"
                              + middle + "\n\n"
                              "Kepala Dinas Perdagangan Kota Lembayung, Wahyu Pratama, mengatakan stok beras di "
                              "gudang mencapai 37,5 ton.\n", dateline="LEMBAYUNG - "))
    assert who(found["48500"]) == (None, None)


def test_a_lead_written_in_capitals_after_the_dateline_is_the_lead_not_a_headline():
    found = by_value(facts_of("Dinas Perdagangan Provinsi Lembayung Mencatat Ekspor Kakao USD 41,35 Juta Pada "
                              "Agustus 2025\n\n"
                              "Capaian itu naik 6,2 persen dibanding Juli 2025.\n\n"
                              "Kepala Dinas Perdagangan Provinsi Lembayung, Wahyu Pratama, mengatakan kakao fermentasi "
                              "paling dicari.\n", dateline="LEMBAYUNG - "))
    assert who(found["41350000"]) == who(found["6.2"])


def test_a_byline_of_parts_below_a_teaser_is_furniture():
    facts = facts_of("Realisasi investasi di Kabupaten Lembayung pada semester I 2025 mencapai Rp 1,96 triliun.\n\n"
                     "REPORTER/EDITOR: Sinta Dewi | LEMBAYUNG | contoh.id\n\n"
                     "Hal itu diungkapkan Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten "
                     "Lembayung, Wahyu Pratama, saat acara temu investor, Selasa.\n")
    assert who(by_value(facts)["1960000000000"])[0] == "Wahyu Pratama"


# --- 'Kepala Kantor, Nama' after the one office of a national body the text names (office_head_words) ---

def test_a_bare_head_of_an_office_heads_the_one_office_of_that_kind_named_before():
    facts = facts_of("Penerimaan Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean B Cilacap pada "
                     "semester I 2025 naik. Kepala Kantor, Yudha Prasetya Wibisono, mengatakan penerimaan sampai Juni "
                     "Rp 84,2 miliar.\n", dateline="CILACAP - ")
    (person,) = [p for p in facts.people if p.name == "Yudha Prasetya Wibisono"]
    assert person.organization == "Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean B Cilacap"


def test_a_bare_head_of_an_office_is_no_ones_when_two_offices_or_a_statistics_office_are_named():
    two = facts_of("Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean B Cilacap dan Kantor Pengawasan "
                   "dan Pelayanan Bea dan Cukai Tipe Madya Pabean C Purwokerto menggelar operasi bersama. Kepala "
                   "Kantor, Yudha Prasetya Wibisono, mengatakan 14 kontainer disita.\n", dateline="CILACAP - ")
    assert [p.organization for p in two.people if p.name == "Yudha Prasetya Wibisono"] in ([None], [])
    bps = facts_of("Badan Pusat Statistik Provinsi Jawa Tengah merilis data ekspor. Kepala Badan, Andi Wijaya "
                   "Kusuma, mengatakan ekspor naik 4 persen.\n", dateline="SEMARANG - ")
    assert "Badan Pusat Statistik Provinsi Jawa Tengah" not in [p.organization for p in bps.people]


# A round-up of several regions (issue 9): a sentence about another region than the office whose report
# goes on is told for that region's office of the same kind, and never for the last region's official.
# Every sentence below was written for these tests.

ROUND_UP_HEAD = {
    "province": ("Kepala Badan Pusat Statistik Provinsi Kalimantan Timur, Yusuf Hidayat, mengatakan ekspor Juli "
                 "2024 mencapai USD 2,31 miliar. \"Batu bara masih dominan,\" katanya.\n\n"),
    "regency": ("Kepala Dinas Perindustrian dan Perdagangan Kabupaten Jepara, Budi Santoso, mengatakan ekspor mebel "
                "pada Oktober 2024 mencapai USD 12,5 juta. \"Pasar Amerika masih kuat,\" ujarnya.\n\n"),
    "city": ("Kepala Badan Pusat Statistik Kota Medan, Johan Sitorus, mengatakan ekspor Mei 2024 mencapai "
             "USD 88,4 juta. Kopi menopang, naik 6,4 persen.\n\n"),
}


@pytest.mark.parametrize("head, sentence, office", [
    ("province", "Kalimantan Selatan mencatat ekspor USD 845,2 juta, turun 4,12 persen dibanding Juni 2024.",
     "Badan Pusat Statistik Provinsi Kalimantan Selatan"),
    ("province", "Adapun ekspor Kalimantan Selatan pada Juli 2024 sebesar USD 845,2 juta.",
     "Badan Pusat Statistik Provinsi Kalimantan Selatan"),
    ("regency", "Sementara itu, Kabupaten Kudus membukukan ekspor USD 4,2 juta pada bulan yang sama.",
     "Dinas Perindustrian dan Perdagangan Kabupaten Kudus"),
    ("regency", "Untuk Kudus, nilai ekspor pada bulan yang sama USD 4,2 juta.",
     "Dinas Perindustrian dan Perdagangan Kabupaten Kudus"),
    ("city", "Di Kota Pematangsiantar, ekspor pada bulan yang sama hanya USD 12,3 juta.",
     "Badan Pusat Statistik Kota Pematangsiantar"),
])
def test_a_sentence_about_another_region_is_told_for_that_regions_office(head, sentence, office):
    other = {"province": "Kepala Badan Pusat Statistik Provinsi Kalimantan Selatan, Ratna Sari Dewi, menyebut karet ikut naik.",
             "regency": "Kepala Dinas Perindustrian dan Perdagangan Kabupaten Kudus, Siti Aminah, menyebut rokok andalan.",
             "city": "Kepala Badan Pusat Statistik Kota Pematangsiantar, Rosa Manurung, menyebut teh andalan."}[head]
    facts = facts_of(ROUND_UP_HEAD[head] + sentence + "\n\n" + other + "\n")
    at = facts.article.text.index(sentence)
    told = [f for f in facts.figures if at <= f.evidence.start < at + len(sentence)]
    assert told and all(f.agency == office for f in told)
    assert all(f.speaker is None or f.speaker.organization == office for f in told)
    assert all(f.agency != office for f in facts.figures if f.evidence.start < at)


def test_a_clause_about_another_region_moves_from_its_start_and_back():
    facts = facts_of(ROUND_UP_HEAD["city"]
                     + "Kota Pematangsiantar membukukan ekspor USD 12,3 juta pada bulan yang sama, sedangkan Kota Binjai "
                       "USD 4,7 juta. Ekspor Kota Medan naik 3,5 persen, lebih tinggi dari Kota Binjai.\n\n"
                       "Kepala Badan Pusat Statistik Kota Pematangsiantar, Rosa Manurung, dan Kepala Badan Pusat "
                       "Statistik Kota Binjai, Arif Nasution, menyampaikan rincian itu.\n")
    values = by_value(facts)
    assert values["12300000"].agency == "Badan Pusat Statistik Kota Pematangsiantar"
    assert values["4700000"].agency == "Badan Pusat Statistik Kota Binjai"
    assert values["3.5"].agency == "Badan Pusat Statistik Kota Medan"
    assert all(values[v].speaker is None for v in ("12300000", "4700000"))


def test_a_region_whose_office_a_round_up_does_not_name_is_told_for_no_body():
    facts = facts_of(ROUND_UP_HEAD["city"]
                     + "Kota Pematangsiantar membukukan ekspor USD 12,3 juta pada bulan yang sama. Kota Binjai mencatat "
                       "ekspor USD 4,7 juta.\n\nKepala Badan Pusat Statistik Kota Pematangsiantar, Rosa Manurung, "
                       "menyebut teh menjadi penopang.\n")
    assert who(by_value(facts)["4700000"]) == (None, None)


def test_a_round_up_opening_on_a_region_is_that_regions_office():
    facts = facts_of("Di Kabupaten Banyuwangi, ekspor Juni 2024 mencapai USD 21,6 juta. \"Udang paling besar,\" kata "
                     "Kepala Badan Pusat Statistik Kabupaten Banyuwangi, Wahyu Pratama.\n\nKabupaten Jember membukukan "
                     "ekspor USD 9,1 juta. \"Tembakau masih utama,\" ujar Kepala Badan Pusat Statistik Kabupaten Jember, "
                     "Dewi Lestari.\n")
    values = by_value(facts)
    assert values["21600000"].agency == "Badan Pusat Statistik Kabupaten Banyuwangi"
    assert values["9100000"].agency == "Badan Pusat Statistik Kabupaten Jember"


@pytest.mark.parametrize("sentence, value", [
    # the report of the one office of its kind the page names: another region it tells of is still its report
    ("Jambi membukukan ekspor USD 301,4 juta pada bulan yang sama.", "301400000"),
    # a regency of the province reported on
    ("Kabupaten Kampar mencatat ekspor USD 61,3 juta pada bulan yang sama.", "61300000"),
])
def test_another_region_stays_in_the_report_of_a_single_office_or_of_its_province(sentence, value):
    facts = facts_of("Kepala Badan Pusat Statistik Provinsi Riau, Asep Kurnia, mengatakan ekspor Agustus 2024 mencapai "
                     "USD 1,52 miliar. \"Sawit masih dominan,\" katanya.\n\n" + sentence + "\n")
    assert who(by_value(facts)[value]) == ("Asep Kurnia", "Badan Pusat Statistik Provinsi Riau")


@pytest.mark.parametrize("sentence, value", [
    ("Sebanyak 12.400 ton sawit dikirim ke Jambi pada bulan itu.", "12400"),
    ("Ekspor Riau naik 4,5 persen, lebih tinggi dari Jambi.", "4.5"),
    ("Dibanding Jambi, ekspor karet naik 3,2 persen.", "3.2"),
    ("Pembeli asal Kabupaten Kudus menyerap 41 persen produksi kopi.", "41"),
    ("Sebanyak 30 kontainer dari Kota Batam tiba pada bulan itu.", "30"),
    ("Riau mencatat impor USD 210,5 juta.", "210500000"),
    ("Pedagang yang datang dari Jambi membeli 55 ton.", "55"),
])
def test_a_region_passed_by_does_not_move_the_report(sentence, value):
    facts = facts_of("Kepala Badan Pusat Statistik Provinsi Riau, Asep Kurnia, mengatakan ekspor Agustus 2024 mencapai "
                     "USD 1,52 miliar. \"Sawit masih dominan,\" katanya.\n\n" + sentence + "\n\n"
                     "Di tempat lain, Kepala Badan Pusat Statistik Provinsi Jambi, Lestari Wulan, menyebut karet naik. "
                     "Kepala Badan Pusat Statistik Kota Batam, Agus Salim, dan Kepala Badan Pusat Statistik Kabupaten "
                     "Kudus, Rudi Hartono, hadir.\n")
    assert by_value(facts)[value].agency == "Badan Pusat Statistik Provinsi Riau"


@pytest.mark.parametrize("text, value, expected", [
    # the heads of two regencies' governments: the other regency's figure is its government's
    ("Bupati Kendal Dico Ganinduto mengatakan realisasi investasi semester I 2024 mencapai Rp 3,4 triliun. \"Kawasan "
     "industri menjadi penarik,\" katanya.\n\nIa menyebut serapan tenaga kerja 12.500 orang. Kabupaten Batang, "
     "tetangganya, membukukan Rp 2,9 triliun pada periode yang sama. Bupati Batang Lani Dwi Rejeki menyebut kawasan "
     "industri terpadu sebagai kunci.\n", "2900000000000", "Pemerintah Kabupaten Batang"),
    # provinces by their short names, their offices named after the figures
    ("Kepala Badan Pusat Statistik Provinsi Kalimantan Selatan, Ratna Sari Dewi, mengatakan ekspor Juli 2024 mencapai "
     "USD 845,2 juta. \"Batu bara dominan,\" katanya.\n\nKalteng mencatat ekspor USD 410,6 juta.\n\n"
     "Kepala BPS Kalteng, Agus Haryono, dan Kepala BPS Kaltim, Yusuf Hidayat, menyampaikan data serupa.\n",
     "410600000", "Badan Pusat Statistik Provinsi Kalimantan Tengah"),
    # the offices of two cities' trade departments
    ("Dinas Perdagangan Kota Surabaya mencatat ekspor usaha kecil pada Agustus 2024 sebesar Rp 14,2 miliar. Kepala "
     "Dinas Perdagangan Kota Surabaya, Wahyu Hidayat, menyebut kerajinan rotan paling laris.\n\nNilai ekspor Kota "
     "Malang pada periode yang sama mencapai Rp 6,8 miliar. Kepala Dinas Perdagangan Kota Malang, Sri Wahyuni, "
     "menyampaikan rinciannya.\n", "6800000000", "Dinas Perdagangan Kota Malang"),
])
def test_another_regions_figure_goes_to_its_office_whatever_the_kind_of_office(text, value, expected):
    figure = by_value(facts_of(text))[value]
    assert figure.agency == expected
    assert figure.speaker is None or figure.speaker.organization == expected


ROUND_UP_SECOND = {
    "province": "Kepala Badan Pusat Statistik Provinsi Kalimantan Selatan, Ratna Sari Dewi, menyebut karet ikut naik.",
    "regency": "Kepala Dinas Perindustrian dan Perdagangan Kabupaten Kudus, Siti Aminah, menyebut rokok andalan.",
    "city": "Kepala Badan Pusat Statistik Kota Pematangsiantar, Rosa Manurung, menyebut teh andalan.",
}


def told_in_sentence(facts, sentence):
    at = facts.article.text.index(sentence)
    return [f for f in facts.figures if at <= f.evidence.start < at + len(sentence)]


@pytest.mark.parametrize("head, sentence, office", [
    # adverbs between the region and its verb (lexicon region_subject_adverbs), and the later clause with it
    ("province", "Sementara itu, Kalimantan Selatan justru mencatat ekspor USD 845,2 juta pada Juli, naik 4,12 persen "
     "secara bulanan.", "Badan Pusat Statistik Provinsi Kalimantan Selatan"),
    ("province", "Kalimantan Selatan pun masih membukukan ekspor USD 845,2 juta.",
     "Badan Pusat Statistik Provinsi Kalimantan Selatan"),
    ("regency", "Kabupaten Kudus juga membukukan ekspor USD 4,2 juta pada bulan yang sama.",
     "Dinas Perindustrian dan Perdagangan Kabupaten Kudus"),
    ("city", "Kota Pematangsiantar malah hanya mencatat ekspor USD 12,3 juta pada bulan yang sama.",
     "Badan Pusat Statistik Kota Pematangsiantar"),
    # the region's figure and the next sentence pointing back at it (lexicon value_back_references)
    ("province", "Di Kalimantan Selatan, nilai ekspor Juli 2024 tercatat USD 845,2 juta. Angka tersebut lebih tinggi "
     "USD 31 juta dari bulan sebelumnya.", "Badan Pusat Statistik Provinsi Kalimantan Selatan"),
    ("regency", "Kabupaten Kudus membukukan ekspor USD 4,2 juta pada bulan yang sama. Nilai itu turun 8,1 persen "
     "dari September.", "Dinas Perindustrian dan Perdagangan Kabupaten Kudus"),
])
def test_a_region_with_an_adverb_or_a_value_pointed_back_at_is_told_for_that_regions_office(head, sentence, office):
    facts = facts_of(ROUND_UP_HEAD[head] + sentence + "\n\n" + ROUND_UP_SECOND[head] + "\n")
    told = told_in_sentence(facts, sentence)
    assert told and all(f.agency == office for f in told)
    assert all(f.speaker is None or f.speaker.organization == office for f in told)


def test_a_contrasts_subject_with_an_adverb_before_its_amount_moves_the_clause():
    facts = facts_of(ROUND_UP_HEAD["city"]
                     + "Kota Pematangsiantar membukukan ekspor USD 12,3 juta pada bulan yang sama, sedangkan Kota Binjai "
                       "hanya USD 4,7 juta.\n\nKepala Badan Pusat Statistik Kota Pematangsiantar, Rosa Manurung, dan "
                       "Kepala Badan Pusat Statistik Kota Binjai, Arif Nasution, menyampaikan rincian itu.\n")
    assert by_value(facts)["4700000"].agency == "Badan Pusat Statistik Kota Binjai"


@pytest.mark.parametrize("sentence", [
    # a region passed by, a region that is no report's subject, a region inside a body's name
    "Ekspor ke Kalimantan Selatan justru naik 4,12 persen.",
    "Warga Kalimantan Selatan justru mencatat tabungan Rp 5,5 triliun.",
    "Pedagang dari Kalimantan Selatan juga membukukan pembelian 120 ton.",
    "PT Kalimantan Selatan Sejahtera justru mencatat ekspor USD 5,5 juta.",
    # a sentence pointing back after one that did not move, or a sentence after a move that does not point back
    "Ekspor batu bara ke Kalimantan Selatan naik 4,12 persen. Angka itu lebih tinggi USD 31 juta.",
    "Di Kalimantan Selatan, nilai ekspor tercatat USD 845,2 juta. Ekspor batu bara juga naik USD 31 juta.",
])
def test_a_region_with_an_adverb_that_is_no_reports_subject_moves_nothing(sentence):
    facts = facts_of(ROUND_UP_HEAD["province"] + sentence + "\n\n" + ROUND_UP_SECOND["province"] + "\n")
    told = told_in_sentence(facts, sentence)
    last = told_in_sentence(facts, sentence.rpartition(". ")[2]) if ". " in sentence else told
    assert last and all(f.agency != "Badan Pusat Statistik Provinsi Kalimantan Selatan" for f in last)


def test_a_round_up_opening_after_its_dateline_reads_the_region_after_the_dateline():
    facts = facts_of("Kota Binjai mencatat ekspor Mei 2024 sebesar USD 4,7 juta. \"Karet menopang,\" kata Kepala Badan "
                     "Pusat Statistik Kota Binjai, Arif Nasution.\n\nKota Pematangsiantar membukukan ekspor USD 12,3 juta "
                     "pada bulan yang sama. Kepala Badan Pusat Statistik Kota Pematangsiantar, Rosa Manurung, menyebut "
                     "teh menjadi penopang.\n", dateline="BINJAI, (Warta Medan) - ")
    values = by_value(facts)
    assert values["4700000"].agency == "Badan Pusat Statistik Kota Binjai"
    assert values["12300000"].agency == "Badan Pusat Statistik Kota Pematangsiantar"


@pytest.mark.parametrize("sentence, value", [
    ("Asep mengatakan ekspor Jambi naik 5,5 persen.", "5.5"),
    ("Ia menambahkan, Jambi mencatat impor USD 41,2 juta.", "41200000"),
    ("\"Jambi juga tumbuh 2,2 persen,\" katanya.", "2.2"),
])
def test_an_official_who_tells_of_another_region_tells_its_figure_himself(sentence, value):
    facts = facts_of("Kepala Badan Pusat Statistik Provinsi Riau, Asep Kurnia, mengatakan ekspor Agustus 2024 mencapai "
                     "USD 1,52 miliar. " + sentence + "\n\nKepala Badan Pusat Statistik Provinsi Jambi, Lestari Wulan, "
                     "dan Kepala Badan Pusat Statistik Provinsi Sumatera Barat, Andi Putra, hadir.\n")
    assert who(by_value(facts)[value]) == ("Asep Kurnia", "Badan Pusat Statistik Provinsi Riau")


def test_another_region_whose_local_head_its_paragraph_names_is_told_for_that_regions_office():
    facts = facts_of("Kepala Badan Pusat Statistik Provinsi Sulawesi Selatan, Nurhayati Syam, mengatakan nilai impor "
                     "Juni 2024 sebesar USD 412,8 juta. \"Gandum paling banyak,\" ujarnya.\n\nEkspor Sulawesi Tengah pada "
                     "bulan itu tercatat USD 1,07 miliar. Menurut Kepala BPS setempat, feronikel mendominasi.\n\n"
                     "Kota Makassar mencatat impor USD 64,9 juta. Kepala BPS setempat menyebut mesin paling banyak.\n")
    values = by_value(facts)
    assert who(values["1070000000"]) == (None, "Badan Pusat Statistik Provinsi Sulawesi Tengah")
    assert who(values["64900000"]) == (None, "Badan Pusat Statistik Kota Makassar")


# The report going on keeps a figure whose sentence names another region in any other place than its
# subject, its fronted topic or the owner of its measure, though the page names that region's office.
ROUND_UP_OTHER = ("Kepala Badan Pusat Statistik Provinsi Bali, Made Sudarta, mengatakan ekspor Maret 2024 mencapai "
                  "USD 61,5 juta. \"Ikan tuna masih utama,\" katanya.\n\n{}\n\nPada kesempatan lain, Kepala Badan "
                  "Pusat Statistik Provinsi Nusa Tenggara Barat, Lalu Hamdi, mengatakan tembakau naik.\n")


@pytest.mark.parametrize("sentence, value", [
    ("Serupa Nusa Tenggara Barat, impor bahan baku naik 2,8 persen.", "2.8"),  # comparison
    ("Penduduk Nusa Tenggara Barat membeli 22 persen kerajinan perak Bali.", "22"),  # residents as buyers
    ("Kuota solar bagi Nusa Tenggara Barat mencapai 9.000 kiloliter.", "9000"),  # recipient
    ("Pasokan Nusa Tenggara Barat mengisi 15 persen kebutuhan jagung.", "15"),  # origin
    ("Gudang di Nusa Tenggara Barat menampung 3.100 ton garam.", "3100"),  # place of an event
    ("Harga cabai di Nusa Tenggara Barat Rp 41.000 per kilogram.", "41000"),  # a price there
    ("Importir Nusa Tenggara Barat CV Lombok Makmur memasukkan 75 ton.", "75"),  # a company's seat
])
def test_a_region_not_the_subject_keeps_the_report_going_on(sentence, value):
    facts = facts_of(ROUND_UP_OTHER.format(sentence))
    assert who(by_value(facts)[value]) == ("Made Sudarta", "Badan Pusat Statistik Provinsi Bali")


def test_a_figureless_clause_about_another_region_does_not_move_the_next_sentence():
    facts = facts_of(ROUND_UP_OTHER.format("Ekspor kopi naik 4,1 persen, menyamai Nusa Tenggara Barat. Impor naik 1,9 persen."))
    assert who(by_value(facts)["1.9"]) == ("Made Sudarta", "Badan Pusat Statistik Provinsi Bali")


def test_a_move_holds_for_its_sentence_only():
    facts = facts_of(ROUND_UP_OTHER.format("Nusa Tenggara Barat mencatat ekspor USD 18,2 juta. Impor tercatat USD 9,4 juta."))
    values = by_value(facts)
    assert values["18200000"].agency == "Badan Pusat Statistik Provinsi Nusa Tenggara Barat"
    assert who(values["9400000"]) == ("Made Sudarta", "Badan Pusat Statistik Provinsi Bali")


def test_an_office_named_in_passing_does_not_make_a_round_up():
    facts = facts_of("Kepala Badan Pusat Statistik Provinsi Bali, Made Sudarta, mengatakan ekspor Maret 2024 mencapai "
                     "USD 61,5 juta. Data itu dibahas bersama BPS Provinsi Nusa Tenggara Barat.\n\nNusa Tenggara Timur "
                     "mencatat ekspor USD 7,3 juta.\n")
    assert who(by_value(facts)["7300000"]) == ("Made Sudarta", "Badan Pusat Statistik Provinsi Bali")


def test_regencies_in_the_provinces_breakdown_stay_in_its_report():
    facts = facts_of("Kepala Badan Pendapatan Daerah Provinsi Jawa Tengah, Tri Wahyudi, mengatakan bagi hasil pajak "
                     "2024 mencapai Rp 540 miliar. Kabupaten Cilacap memperoleh Rp 42 miliar, sedangkan Kabupaten Brebes "
                     "Rp 31 miliar.\n\nKepala Badan Pendapatan Daerah Kabupaten Brebes, Eko Susanto, mengatakan pajak "
                     "daerah naik.\n")
    values = by_value(facts)
    assert values["31000000000"].agency == "Badan Pendapatan Daerah Provinsi Jawa Tengah"
    assert values["42000000000"].agency == "Badan Pendapatan Daerah Provinsi Jawa Tengah"


def test_no_region_opens_a_national_bodys_page():
    facts = facts_of("Nilai ekspor Jawa Tengah pada April 2024 mencapai USD 910,4 juta.\n\nKepala Badan Pusat Statistik "
                     "Amalia Adininggar Widyasanti mengatakan ekspor nasional April 2024 naik 1,7 persen.\n\nKepala BPS "
                     "Provinsi Jawa Tengah, Dadang Hardiwan, dan Kepala BPS Provinsi Jawa Timur, Zulkipli, hadir.\n")
    figure = by_value(facts)["910400000"]
    assert figure.agency != "Badan Pusat Statistik Provinsi Jawa Tengah"
    assert figure.speaker is None or figure.speaker.organization == figure.agency


# --- a lead before the sentence of the same paragraph where a body reports (body_in_lead) ---

BODY_IN_LEAD = [
    # the statistics office reports right after the lead; its head opens the next paragraph
    ("Volume ekspor kakao Sulawesi Tengah pada Agustus 2025 mencapai 8.412 ton, naik 12,35 persen dibanding Juli "
     "2025. Badan Pusat Statistik Provinsi Sulawesi Tengah mencatat sebagian besar kakao dikirim ke Malaysia.\n\n"
     "“Permintaan pabrik pengolahan masih kuat,” kata Kepala BPS Provinsi Sulawesi Tengah, Ratna Dewi Lestari.\n",
     "PALU - ", {"8412": ("Ratna Dewi Lestari", "Badan Pusat Statistik Provinsi Sulawesi Tengah"),
                 "12.35": ("Ratna Dewi Lestari", "Badan Pusat Statistik Provinsi Sulawesi Tengah")}),
    # a quarantine office, the period first, 'melaporkan'; its head named in the next paragraph
    ("Sepanjang Januari hingga Mei 2025, ekspor rumput laut dari Nusa Tenggara Barat tercatat 3.215 ton senilai "
     "USD 4,87 juta. Balai Karantina Hewan, Ikan, dan Tumbuhan Nusa Tenggara Barat melaporkan pemeriksaan dilakukan "
     "di gudang eksportir.\n\n"
     "Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Nusa Tenggara Barat, Gede Suarjana, mengatakan pemeriksaan "
     "dilakukan di Pelabuhan Lembar.\n",
     "MATARAM - ", {"3215": ("Gede Suarjana", "Balai Karantina Hewan, Ikan, dan Tumbuhan Nusa Tenggara Barat"),
                   "4870000": ("Gede Suarjana", "Balai Karantina Hewan, Ikan, dan Tumbuhan Nusa Tenggara Barat")}),
    # an investment office of a regency, no official after it: the body alone
    ("Realisasi investasi Kabupaten Banyumas pada triwulan II 2025 mencapai Rp 1,37 triliun. Dinas Penanaman Modal "
     "dan Pelayanan Terpadu Satu Pintu Kabupaten Banyumas mencatat sebagian besar modal berasal dari dalam negeri.\n\n"
     "Sektor perdagangan dan perhotelan menjadi tujuan utama.\n",
     "PURWOKERTO - ", {"1370000000000": (None, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Banyumas")}),
    # the body's data as the source ('Data X menunjukkan'), the growth told before the level
    ("Nilai impor Provinsi Jambi pada Juli 2025 turun 4,72 persen menjadi USD 48,3 juta. Data Badan Pusat Statistik "
     "Provinsi Jambi menunjukkan penurunan terbesar pada golongan mesin.\n\n"
     "Impor dari Tiongkok masih mendominasi.\n",
     "JAMBI - ", {"-4.72": (None, "Badan Pusat Statistik Provinsi Jambi"),
                 "48300000": (None, "Badan Pusat Statistik Provinsi Jambi")}),
    # a regency's figure and the statistics office of its province; a dateline of another city
    ("Ekspor mebel dari Kabupaten Jepara pada Juli 2025 mencapai USD 18,62 juta. Badan Pusat Statistik Provinsi Jawa "
     "Tengah mencatat Amerika Serikat masih menjadi tujuan utama.\n\n"
     "Pengiriman dilakukan lewat Pelabuhan Tanjung Emas.\n",
     "SEMARANG - ", {"18620000": (None, "Badan Pusat Statistik Provinsi Jawa Tengah")}),
    # two sentences of narration before the body; a council member comments next: the body, nobody speaking for it
    ("Nilai impor Sumatera Utara selama Juni 2025 mencapai USD 412,35 juta. Kenaikannya 7,18 persen dibanding Mei. "
     "Badan Pusat Statistik Provinsi Sumatera Utara mencatat sebagian besar impor berupa bahan baku.\n\n"
     "“Kenaikan impor ini perlu diwaspadai,” kata anggota Komisi C DPRD Sumatera Utara, Rudi Hartono Lubis.\n",
     "MEDAN - ", {"412350000": (None, "Badan Pusat Statistik Provinsi Sumatera Utara"),
                 "7.18": (None, "Badan Pusat Statistik Provinsi Sumatera Utara")}),
    # a rice stock before the logistics agency's regional office noting its distribution
    ("Stok beras di gudang Kota Kupang per akhir Mei 2025 tercatat 21.300 ton. Perum Bulog Kantor Wilayah Nusa "
     "Tenggara Timur mencatat penyaluran beras murah terus berjalan.\n\n"
     "Pedagang mengaku pasokan dari Pulau Timor berkurang.\n",
     "KUPANG - ", {"21300": (None, "Perum Bulog Kantor Wilayah Nusa Tenggara Timur")}),
]


@pytest.mark.parametrize("text,dateline,expected", BODY_IN_LEAD)
def test_a_lead_before_a_body_reporting_in_its_paragraph_is_the_bodys_report(text, dateline, expected):
    values = by_value(facts_of(text, dateline=dateline))
    for value, attribution in expected.items():
        assert who(values[value]) == attribution, value


BODY_IN_LEAD_NOT_ITS = [
    # the nation's figure before a province's statistics office
    ("Ekspor nasional pada Agustus 2025 mencapai USD 24,15 miliar, naik 5,67 persen dibanding Juli. Badan Pusat "
     "Statistik Provinsi Riau mencatat ekspor Riau ikut terdorong harga minyak sawit.\n\n"
     "“Kontribusi minyak sawit masih dominan,” kata Kepala BPS Provinsi Riau, Asep Hermawan Saputra.\n",
     "PEKANBARU - ", ["24150000000", "5.67"]),
    # a province's figure before an office of one of its regencies
    ("Ekspor Jawa Tengah pada Juli 2025 mencapai USD 1,02 miliar. Dinas Perindustrian dan Perdagangan Kabupaten "
     "Jepara mencatat ekspor mebel dari daerahnya ikut naik.\n\n"
     "Pembeli dari Eropa kembali memesan.\n",
     "SEMARANG - ", ["1020000000"]),
    # a council judging the figure
    ("Pendapatan asli daerah Kabupaten Klaten pada 2024 mencapai Rp 412,6 miliar. Dewan Perwakilan Rakyat Daerah "
     "Kabupaten Klaten menilai capaian itu belum optimal.\n\n"
     "Retribusi parkir disebut masih bocor.\n",
     "KLATEN - ", ["412600000000"]),
    # an association noting something else: exports are not its field
    ("Ekspor kopi Lampung pada triwulan II 2025 naik 14,65 persen menjadi 61.230 ton. Asosiasi Eksportir Kopi "
     "Indonesia mencatat harga di tingkat petani relatif stabil.\n\n"
     "Petani menikmati harga yang baik.\n",
     "BANDAR LAMPUNG - ", ["14.65", "61230"]),
    # the body's sentence turns to another matter
    ("Ekspor Jawa Timur pada Juli 2025 mencapai USD 2,31 miliar. Sementara itu, Badan Pusat Statistik Provinsi Jawa "
     "Timur mencatat impor naik 3,4 persen.\n\n"
     "Impor terbesar berupa bahan baku.\n",
     "SURABAYA - ", ["2310000000"]),
    # two bodies report in the lead: whose the narration is, the text does not say
    ("Ekspor Jawa Timur pada Juli 2025 mencapai USD 2,31 miliar. Badan Pusat Statistik Provinsi Jawa Timur mencatat "
     "kenaikan bulanan. Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur mencatat 412 eksportir baru.\n\n"
     "Eksportir baru itu kebanyakan pelaku usaha kecil.\n",
     "SURABAYA - ", ["2310000000"]),
    # a market price before the logistics agency noting its own stock: not what it reports
    ("Harga beras medium di pasar Kota Kupang pekan ini naik menjadi Rp 13.650 per kilogram. Perum Bulog Kantor "
     "Wilayah Nusa Tenggara Timur mencatat stok di gudangnya masih 21.300 ton.\n\n"
     "Pedagang mengaku pasokan dari Pulau Timor berkurang.\n",
     "KUPANG - ", ["13650"]),
]


@pytest.mark.parametrize("text,dateline,narrated", BODY_IN_LEAD_NOT_ITS)
def test_a_lead_before_another_kind_of_body_or_another_place_stays_the_narrators(text, dateline, narrated):
    values = by_value(facts_of(text, dateline=dateline))
    for value in narrated:
        assert who(values[value]) == (None, None), value


# --- a body named after what it reported ('Data tersebut disampaikan Kantor X': reported_back_by_body) ---

REPORTED_BACK_BY_BODY = [
    # the paragraph after the lead names the body; the head quoted after it opens its briefing
    ("Nilai ekspor Provinsi Bengkulu pada Juni 2025 tercatat USD 41,26 juta, turun 8,35 persen dibanding Mei 2025. "
     "Batu bara masih menjadi komoditas utama.\n\n"
     "Hal itu dilaporkan Badan Pusat Statistik Provinsi Bengkulu dalam berita resmi statistik, Senin. Impor pada bulan "
     "yang sama sebesar USD 6,12 juta.\n\n"
     "“Permintaan batu bara dari India melemah,” kata Kepala BPS Provinsi Bengkulu, Yuliana Sari.\n",
     "BENGKULU - ", {"41260000": "Badan Pusat Statistik Provinsi Bengkulu", "-8.35": "Badan Pusat Statistik Provinsi Bengkulu",
                     "6120000": "Badan Pusat Statistik Provinsi Bengkulu"}),
    # 'oleh' before the body, prices
    ("Harga cabai merah di Kota Medan pekan ini naik menjadi Rp 62.000 per kilogram. Bawang merah juga naik menjadi "
     "Rp 41.500 per kilogram.\n\n"
     "Informasi itu disampaikan oleh Dinas Perdagangan Kota Medan, Selasa.\n",
     "MEDAN - ", {"62000": "Dinas Perdagangan Kota Medan", "41500": "Dinas Perdagangan Kota Medan"}),
    # a ministry, 'Angka tersebut diumumkan'
    ("Ekspor produk perikanan ke Jepang pada semester I 2025 mencapai USD 612,4 juta. Udang dan tuna menjadi "
     "penyumbang utama.\n\n"
     "Angka tersebut diumumkan Kementerian Kelautan dan Perikanan dalam konferensi pers, Kamis.\n",
     "JAKARTA - ", {"612400000": "Kementerian Kelautan dan Perikanan"}),
    # the body issued what the figures come from (the agent of a passive relative clause)
    ("Volume ekspor pala dari Kabupaten Fakfak pada Januari-September 2025 mencapai 1.284 ton.\n\n"
     "Angka itu berasal dari dokumen ekspor yang dikeluarkan Balai Karantina Hewan, Ikan, dan Tumbuhan Papua Barat. "
     "Tujuan utamanya Belanda dan India.\n",
     "FAKFAK - ", {"1284": "Balai Karantina Hewan, Ikan, dan Tumbuhan Papua Barat"}),
    # 'demikian dilaporkan' closing the sentence it tells
    ("Nilai ekspor Provinsi Aceh pada Mei 2025 mencapai USD 52,37 juta, naik 11,24 persen dibanding April 2025, "
     "demikian dilaporkan Badan Pusat Statistik Provinsi Aceh di Banda Aceh, Senin.\n\n"
     "Batu bara menyumbang porsi terbesar.\n",
     "BANDA ACEH - ", {"52370000": "Badan Pusat Statistik Provinsi Aceh", "11.24": "Badan Pusat Statistik Provinsi Aceh"}),
]


@pytest.mark.parametrize("text,dateline,expected", REPORTED_BACK_BY_BODY)
def test_a_body_named_after_what_it_reported_is_its_agency(text, dateline, expected):
    values = by_value(facts_of(text, dateline=dateline))
    for value, agency in expected.items():
        assert values[value].agency == agency, value


def test_a_body_reported_to_or_a_place_of_the_telling_takes_no_credit():
    for closing in ("Hal itu disampaikan kepada Dinas Perdagangan Kota Medan oleh para pedagang, Selasa.\n",
                    "Hal itu disampaikan di Kantor Dinas Perdagangan Kota Medan, Selasa, dalam rapat koordinasi.\n",
                    "Data itu bersumber dari pedagang yang ditemui di kantor Dinas Perdagangan Kota Medan.\n"):
        facts = facts_of("Harga cabai merah di Kota Medan pekan ini naik menjadi Rp 62.000 per kilogram.\n\n" + closing,
                         dateline="MEDAN - ")
        assert who(by_value(facts)["62000"]) == (None, None), closing


def test_an_official_named_after_what_was_reported_keeps_the_credit_for_himself():
    facts = facts_of("Nilai ekspor Sumatera Barat pada Juli 2025 mencapai USD 198,4 juta. Kenaikan ditopang minyak "
                     "sawit.\n\n"
                     "Data tersebut disampaikan Kepala Badan Pusat Statistik Provinsi Sumatera Barat, Dewi Kartika "
                     "Sari, di Padang.\n", dateline="PADANG - ")
    assert who(by_value(facts)["198400000"]) == ("Dewi Kartika Sari", "Badan Pusat Statistik Provinsi Sumatera Barat")


@pytest.mark.parametrize("body, name, agency", [
    ("Kepala Dinas Perdagangan Kabupaten Gowa, H. Moh. Nur Hidayat, mengatakan ekspor kopi Januari 2025 mencapai "
     "120 ton.\n\nPada Februari 2025, lanjut Hidayat, ekspor kopi naik menjadi 150 ton.\n",
     "Moh. Nur Hidayat", "Dinas Perdagangan Kabupaten Gowa"),
    ("Kepala Balai Karantina Ikan Surabaya, Muh. Arif Syamsuddin, mengatakan ekspor udang Januari 2025 naik "
     "12 persen.\n\nMenurut Arif, volume ekspor udang Februari 2025 mencapai 150 ton.\n",
     "Muh. Arif Syamsuddin", "Balai Karantina Ikan Surabaya"),
    ("Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Bone, Dr. Ir. H. Abd. Rahman Pattiasina, "
     "M.Si., mengatakan realisasi investasi 2024 mencapai Rp 1,2 triliun.\n\nTahun ini, kata Rahman, investasi "
     "yang masuk pada Februari 2025 mencapai 150 ton beras.\n",
     "Abd. Rahman Pattiasina", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Bone"),
    ("Kepala Dinas Perindustrian dan Perdagangan Provinsi Bali, I Gst. Ngurah Wiryanata, menyebut ekspor vanili "
     "2024 mencapai USD 3 juta.\n\nPada Februari 2025, ujar Wiryanata, ekspor vanili mencapai 150 ton.\n",
     "Gst. Ngurah Wiryanata", "Dinas Perindustrian dan Perdagangan Provinsi Bali"),
    ("Kepala Dinas Perdagangan Kabupaten Agam, H. Zulkifli Dt. Bandaro Putiah, S.E., mengatakan ekspor kayu manis "
     "Januari 2025 mencapai 300 ton.\n\nMenurut Zulkifli, ekspor Februari 2025 naik menjadi 150 ton.\n",
     "Zulkifli Dt. Bandaro Putiah", "Dinas Perdagangan Kabupaten Agam"),
    # an honorific capitalised before the name ('Drh.', a veterinarian) is no part of it
    ("Kepala Dinas Peternakan Kabupaten Kupang, Drh. Yohana Tefa, menyebut pengiriman sapi Januari 2025 mencapai "
     "900 ekor.\n\nPada Februari 2025, kata Yohana, beras yang disalurkan mencapai 150 ton.\n",
     "Yohana Tefa", "Dinas Peternakan Kabupaten Kupang"),
])
def test_a_given_name_shortened_with_its_dot_is_a_word_of_the_name(body, name, agency):
    # 'Muh.', 'Abd.', 'Gst.' (lexicon abbreviated_name_words): the name goes on after the dot, its title's
    # body is his, and a later one-word mention is him
    facts = facts_of(body, "MAKASSAR - Senin, 3 Maret 2025\n\n")
    assert [p.name for p in facts.people] == [name]
    assert who(by_value(facts)["150"]) == (name, agency)


def test_a_full_stop_after_a_street_or_a_list_still_ends_the_sentence_around_shortened_names():
    # counter-cases of the same shape: a street named with a shortened given name is no person, and the
    # full stops after 'No. 5' and 'dll' keep what follows in sentences of their own
    facts = facts_of("Gudang itu berada di Jl. Abd. Kadir No. 5. Kepala Dinas Perdagangan Kota Makassar, Budi "
                     "Santoso, mengatakan stok beras Februari 2025 mencapai 3.000 ton.\n\nPedagang menjual beras, "
                     "gula, dll. Harga beras naik 2 persen pada Februari 2025, kata Budi.\n",
                     "MAKASSAR - Senin, 3 Maret 2025\n\n")
    assert [p.name for p in facts.people] == ["Budi Santoso"]
    assert who(by_value(facts)["3000"]) == ("Budi Santoso", "Dinas Perdagangan Kota Makassar")
    # a shortened word with no capitalised word after it is no part of a name ('Moh' without its dot stays a word)
    plain = facts_of("Kepala Dinas Perdagangan Kota Makassar, Moh Arif, mengatakan stok beras Februari 2025 "
                     "mencapai 3.000 ton.\n", "MAKASSAR - Senin, 3 Maret 2025\n\n")
    assert [p.name for p in plain.people] == ["Moh Arif"]


@pytest.mark.parametrize("body, government, speaker", [
    ("Kepala Dinas Koperasi Kabupaten Ngawi, Sari Dewi, mengatakan omzet koperasi 2024 mencapai Rp 40 miliar.\n\n"
     "Pemkab Ngawi lalu mematok sasaran omzet Rp 55 miliar untuk 2026. Sasaran tersebut, menurut Sari, bisa "
     "dikejar lewat pasar daring.\n", "Pemerintah Kabupaten Ngawi", "Sari Dewi"),
    ("Kepala Dinas Perdagangan Kota Madiun, Rudi Hartono, menyebut ekspor 2024 mencapai USD 2 juta.\n\n"
     "Tahun depan Pemkot Madiun memasang target ekspor USD 30 juta. Angka itu, ujar Rudi, realistis.\n",
     "Pemerintah Kota Madiun", "Rudi Hartono"),
])
def test_a_governments_own_target_told_by_the_head_of_one_of_its_offices_stays_the_governments(body, government, speaker):
    facts = facts_of(body, "MADIUN - Senin, 3 Maret 2025\n\n")
    (target,) = [f for f in facts.figures if f.kind == "target"]
    assert target.agency == government
    assert target.speaker is not None and target.speaker.name == speaker


@pytest.mark.parametrize("body, government", [
    # counter-cases of the same shape: the head's next sentence turns away ('Sementara itu') or does not
    # refer back to the government's target; he is not its teller, and his office does not take it
    ("Kepala Dinas Perdagangan Kota Blitar, Rudi Hartono, menyebut ekspor 2024 mencapai USD 2 juta.\n\n"
     "Pemkot Blitar memasang target ekspor USD 9 juta pada 2026. Sementara itu, anggaran promosi tahun ini "
     "hanya Rp 2 miliar, ujar Rudi.\n", "Pemerintah Kota Blitar"),
    ("Kepala Dinas Pertanian Kabupaten Jember, Sari Dewi, menyebut panen 2024 mencapai 80.000 ton.\n\n"
     "Pemkab Jember menargetkan produksi jagung 95.000 ton pada 2026. Menurut Sari, harga pupuk tahun ini "
     "naik 4 persen.\n", "Pemerintah Kabupaten Jember"),
])
def test_a_governments_target_not_referred_back_to_has_no_speaker_from_the_next_sentence(body, government):
    facts = facts_of(body, "MADIUN - Senin, 3 Maret 2025\n\n")
    (target,) = [f for f in facts.figures if f.kind == "target"]
    assert (target.agency, target.speaker) == (government, None)


def test_a_dinas_report_told_by_its_head_keeps_the_dinas():
    # counter-case of the same shape: the body named before the head's sentence is his own office
    facts = facts_of("Kepala Dinas Perdagangan Kota Madiun, Rudi Hartono, menyebut ekspor 2024 mencapai USD 2 juta.\n\n"
                     "Tahun depan Dinas Perdagangan Kota Madiun memasang target ekspor USD 30 juta. Angka itu, ujar "
                     "Rudi, realistis.\n", "MADIUN - Senin, 3 Maret 2025\n\n")
    (target,) = [f for f in facts.figures if f.kind == "target"]
    assert (target.speaker.name, target.agency) == ("Rudi Hartono", "Dinas Perdagangan Kota Madiun")


def test_a_titled_head_of_a_comma_listed_local_body_named_later_speaks_for_that_body():
    facts = facts_of("Festival kuliner di Kabupaten Kepulauan Sangihe ditutup Minggu malam.\n\n"
                     "Kepala Dinas Perdagangan, Koperasi dan UKM setempat menyebut transaksi selama festival "
                     "mencapai Rp 25 juta per hari.\n\n"
                     "\"Pengunjung datang dari pulau-pulau sekitar,\" ujar Kepala Dinas, Yohanes Mamahit, Kamis.\n",
                     "TAHUNA - ")
    assert who(by_value(facts)["25000000"]) == (
        "Yohanes Mamahit", "Dinas Perdagangan, Koperasi dan Usaha Kecil dan Menengah Kabupaten Kepulauan Sangihe")


# --- review of decision 0040: what a body named after the narration does NOT take ---

def test_a_body_that_met_received_doubted_or_hosted_is_not_the_issuer():
    # only a document or data noun with a verb of issuing names the issuer (lexicon issued_document_nouns,
    # issuing_verbs); the agent of any other passive clause is no source
    lead = "Harga bawang putih di Kota Jambi pekan ini naik menjadi Rp 38.500 per kilogram.\n\n"
    for closing in ("Data itu berasal dari pengecer yang dikunjungi Dinas Perdagangan Kota Jambi di Pasar Angso Duo.\n",
                    "Angka itu bersumber dari laporan distributor yang diterima Dinas Perdagangan Kota Jambi.\n",
                    "Data tersebut berasal dari catatan asosiasi yang dipersoalkan Dinas Perdagangan Kota Jambi.\n",
                    "Hal itu disampaikan dalam pertemuan yang diadakan Dinas Perdagangan Kota Jambi, Rabu.\n",
                    "Hal itu diungkapkan pedagang yang didampingi Dinas Perdagangan Kota Jambi saat operasi pasar.\n"):
        facts = facts_of(lead + closing, dateline="JAMBI - ")
        assert who(by_value(facts)["38500"]) == (None, None), closing


def test_a_body_that_issued_the_data_is_its_source():
    for closing, body in (
            ("Data itu bersumber dari sertifikat yang diterbitkan Balai Karantina Hewan, Ikan, dan Tumbuhan Maluku.\n",
             "Balai Karantina Hewan, Ikan, dan Tumbuhan Maluku"),
            ("Angka tersebut berasal dari data yang dihimpun Badan Pusat Statistik Provinsi Maluku.\n",
             "Badan Pusat Statistik Provinsi Maluku")):
        facts = facts_of("Ekspor ikan kakap dari Maluku pada Maret 2025 mencapai 1.732 ton.\n\n" + closing,
                         dateline="AMBON - ")
        assert by_value(facts)["1732"].agency == body, closing


def test_a_cause_or_a_statement_before_a_body_is_not_its_report():
    # 'berasal/bersumber dari' after 'Hal itu' / 'Capaian itu' tells a cause; 'demikian disampaikan'
    # after a plea, 'diakui ... sebagai', 'Hal itu disampaikan' after traders' words: no data reported
    cases = [
        ("Harga daging ayam di Kota Bogor naik menjadi Rp 39.000 per kilogram.\n\n"
         "Hal itu berasal dari pasokan yang dikirim Perum Bulog dari Lampung.\n", "39000"),
        ("Penjualan produk UMKM di Kota Malang naik 21 persen.\n\n"
         "Capaian itu bersumber dari pendampingan yang diberikan Dinas Koperasi dan Usaha Mikro Kota Malang.\n", "21"),
        ("Belanja subsidi pupuk dianggarkan Rp 9 miliar.\n\n"
         "Hal itu berasal dari aturan yang diterbitkan Kementerian Pertanian.\n", "9000000000"),
        ("Harga minyak goreng di Kota Padang naik menjadi Rp 19.500 per liter.\n\n"
         "Warga diminta tidak memborong, demikian disampaikan Dinas Perdagangan Kota Padang saat meninjau pasar, Kamis.\n",
         "19500"),
        ("Harga minyak goreng di Kota Padang naik menjadi Rp 19.500 per liter.\n\n"
         "Hal itu diakui Dinas Perdagangan Kota Padang sebagai dampak cuaca.\n", "19500"),
        ("Para pengecer di Kota Padang mengeluh penjualan turun 25 persen.\n\n"
         "Hal itu disampaikan Dinas Perdagangan Kota Padang, Kamis.\n", "-25"),
    ]
    for text, value in cases:
        facts = by_value(facts_of(text, dateline="KOTA - "))
        assert facts[value].agency is None, text


def test_a_body_named_after_the_data_takes_no_narration_of_another_place_or_field():
    # the nation's figure before a province's statistics office, reached in the paragraph before
    facts = by_value(facts_of("Impor nasional pada Mei 2025 mencapai USD 19,37 miliar.\n\n"
                              "Impor Jambi pada bulan yang sama mencapai USD 61,4 juta. Data itu dirilis Badan Pusat "
                              "Statistik Provinsi Jambi, Selasa.\n", dateline="JAMBI - "))
    assert facts["19370000000"].agency is None
    assert facts["61400000"].agency == "Badan Pusat Statistik Provinsi Jambi"
    # a market price before the statistics office's data: not its field
    facts = by_value(facts_of("Nilai tukar nelayan Sulawesi Selatan pada Mei 2025 naik 0,8 persen.\n\n"
                              "Harga bandeng di Makassar naik menjadi Rp 34.000 per kilogram.\n\n"
                              "Data itu disampaikan Badan Pusat Statistik Provinsi Sulawesi Selatan, Senin.\n",
                              dateline="MAKASSAR - "))
    assert facts["34000"].agency is None


def test_a_body_named_two_paragraphs_after_the_lead_reaches_it():
    # the lead, a paragraph of narration, then the body: the lead is told too (said_back_first's reach)
    facts = by_value(facts_of("Ekspor udang Provinsi Lampung pada Juni 2025 mencapai 2.418 ton.\n\n"
                              "Sebagian besar ekspor udang dikirim ke Jepang dengan porsi 41,5 persen.\n\n"
                              "Angka tersebut dirilis Badan Pusat Statistik Provinsi Lampung, Kamis.\n",
                              dateline="BANDAR LAMPUNG - "))
    assert facts["2418"].agency == "Badan Pusat Statistik Provinsi Lampung"
    assert facts["2418"].why["agency"].startswith("named after what was reported")  # not only by the lead's next paragraph


BODY_IN_LEAD_NOT_ITS_FIELD_OR_PLACE = [
    # a rice price before the food office noting its stock; a beef price before the livestock office
    ("Harga beras premium di pasar Kota Ambon naik menjadi Rp 15.400 per kilogram. Dinas Ketahanan Pangan Provinsi "
     "Maluku mencatat cadangan pangan cukup hingga akhir tahun.\n\nPedagang menunggu pasokan.\n", "AMBON - ", "15400"),
    ("Harga daging sapi di Kota Kupang naik menjadi Rp 135.000 per kilogram. Dinas Peternakan Provinsi Nusa Tenggara "
     "Timur mencatat kelahiran ternak meningkat.\n\nPembeli mulai berkurang.\n", "KUPANG - ", "135000"),
    # a city's tax revenue before a customs office noting its excise
    ("Penerimaan pajak daerah Kota Batam pada 2024 mencapai Rp 1,8 triliun. Kantor Pengawasan dan Pelayanan Bea dan "
     "Cukai Batam mencatat penerimaan cukai naik.\n\nPajak hotel menjadi penyumbang utama.\n", "BATAM - ", "1800000000000"),
    # the nation as 'RI', another country's figure, the world's
    ("Impor RI pada Mei 2025 mencapai USD 19,37 miliar. Badan Pusat Statistik Provinsi Jambi mencatat impor Jambi "
     "didominasi pupuk.\n\nPupuk datang dari Rusia.\n", "JAMBI - ", "19370000000"),
    ("Ekspor Vietnam pada Mei 2025 naik 7,3 persen. Badan Pusat Statistik Provinsi Jambi mencatat ekspor Jambi ke "
     "Vietnam ikut naik.\n\nKaret menjadi andalan.\n", "JAMBI - ", "7.3"),
    ("Harga karet dunia pada Mei 2025 naik 4,6 persen. Badan Pusat Statistik Provinsi Jambi mencatat ekspor karet "
     "Jambi ikut naik.\n\nPetani menyambut baik.\n", "JAMBI - ", "4.6"),
]


@pytest.mark.parametrize("text,dateline,value", BODY_IN_LEAD_NOT_ITS_FIELD_OR_PLACE)
def test_a_lead_outside_the_bodys_field_or_place_stays_the_narrators(text, dateline, value):
    assert by_value(facts_of(text, dateline=dateline))[value].agency is None


def test_a_dateline_of_another_province_does_not_stop_a_provincial_body_in_the_lead():
    # the dateline names where the news was written; without it stripped the lead would tell of another place
    facts = by_value(facts_of("Ekspor kopi Provinsi Bengkulu pada Mei 2025 mencapai 3.412 ton. Badan Pusat Statistik "
                              "Provinsi Bengkulu mencatat sebagian besar kopi dikirim ke Mesir.\n\nHarga kopi stabil.\n",
                              dateline="Palembang - "))
    assert facts["3412"].agency == "Badan Pusat Statistik Provinsi Bengkulu"


BODY_IN_LEAD_ANOTHER_SCOPE = [
    # a ministry's sentence tells of the nation after a province's figure
    ("Ekspor Kalimantan Barat pada Mei 2025 mencapai USD 164,2 juta. Kementerian Perdagangan mencatat ekspor "
     "nasional pada bulan yang sama naik 3,1 persen.\n\nBauksit menjadi andalan.\n", "PONTIANAK - ", "164200000"),
    # a province's statistics office telling of a neighbouring province
    ("Ekspor Jambi pada Mei 2025 mencapai USD 210,5 juta. Badan Pusat Statistik Provinsi Jambi mencatat ekspor "
     "Sumatera Selatan pada bulan yang sama lebih tinggi.\n\nKaret menjadi andalan.\n", "JAMBI - ", "210500000"),
    # the body's sentence tells of another year
    ("Produksi jagung Gorontalo pada 2022 mencapai 1,41 juta ton. Dinas Pertanian Provinsi Gorontalo mencatat luas "
     "tanam pada 2025 menyusut.\n\nPetani beralih ke tebu.\n", "GORONTALO - ", "1410000"),
]


@pytest.mark.parametrize("text,dateline,value", BODY_IN_LEAD_ANOTHER_SCOPE)
def test_a_body_whose_sentence_tells_of_another_scope_leaves_the_lead(text, dateline, value):
    assert by_value(facts_of(text, dateline=dateline))[value].agency is None


def test_a_station_or_street_st_after_a_title_starts_no_name():
    # 'St.' (lexicon place_like_name_words) starts a name only after a comma: right after a title it
    # shortens a station or a street; counter-cases: after a comma, and inside a name, it is a name word
    facts = facts_of("Pengiriman Februari 2025 mencapai 700 ton, kata Kepala Stasiun Karantina St. Lemahabang "
                     "Rudi Hartono.\n", "BEKASI - Senin, 3 Maret 2025\n\n")
    assert not any(p.name.startswith("St.") for p in facts.people)
    facts = facts_of("Stok Februari 2025 mencapai 700 ton, ujar Kepala Gudang St. Mawar Sari Dewi.\n",
                     "BEKASI - Senin, 3 Maret 2025\n\n")
    assert not any(p.name.startswith("St.") for p in facts.people)
    facts = facts_of("Pemilik UD Sumber Rejeki, St. Maryam, menyebut penjualan Februari 2025 mencapai 700 ton.\n",
                     "BEKASI - Senin, 3 Maret 2025\n\n")
    assert who(by_value(facts)["700"])[0] == "St. Maryam"
    facts = facts_of("Pemilik UD Sumber Rejeki, Andi St. Maryam, menyebut penjualan Februari 2025 mencapai 700 ton.\n",
                     "BEKASI - Senin, 3 Maret 2025\n\n")
    assert who(by_value(facts)["700"])[0] == "Andi St. Maryam"


@pytest.mark.parametrize("text, dateline, value, office", [
    ("Pemkot Bogor melaporkan realisasi investasi pada semester I 2024 mencapai Rp 2,3 triliun dari target "
     "Rp 4 triliun.\n\nKepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Bogor, Rina "
     "Marlina, mengatakan sektor perdagangan menyumbang Rp 900 miliar.\n", "BOGOR - ", "2300000000000",
     "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bogor"),
    ("Pemerintah Kabupaten Kendal mencatat nilai ekspor industri kecil pada triwulan III 2023 sebesar Rp 48 "
     "miliar.\n\nKepala Dinas Perindustrian dan Perdagangan Kabupaten Kendal, Wahyu Hidayat, mengatakan sebagian "
     "besar ekspor itu berupa mebel kayu jati.\n", "KENDAL - ", "48000000000",
     "Dinas Perindustrian dan Perdagangan Kabupaten Kendal"),
    # an office of another field whose head takes the lead's figure back ('capaian itu')
    ("Pemkab Banyumas melaporkan pendapatan asli daerah pada 2024 mencapai Rp 640 miliar.\n\nKepala Badan "
     "Pendapatan Daerah Kabupaten Banyumas, Bagus Wicaksono, mengatakan capaian itu naik dari tahun lalu.\n",
     "PURWOKERTO - ", "640000000000", "Badan Pendapatan Daerah Kabupaten Banyumas"),
])
def test_a_governments_lead_told_by_its_offices_official_is_that_offices_report(text, dateline, value, office):
    """A lead reporting data for a region's government ('Pemkot X melaporkan ...'), told in the next
    paragraph by the official of the government's office that keeps those data: his office's report."""
    figure = by_value(facts_of(text, dateline=dateline))[value]
    assert figure.agency == office and figure.speaker is not None


@pytest.mark.parametrize("text, dateline, value", [
    # the government sets a target: its own aim, its office's official only tells it
    ("Pemerintah Kabupaten Kendal menargetkan investasi pada 2024 mencapai Rp 9 triliun.\n\nKepala Dinas "
     "Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Kendal, Wahyu Hidayat, mengatakan target itu naik "
     "dari tahun lalu.\n", "KENDAL - ", "9000000000000"),
    # the region's head, the government's secretariat, a national body's office: not an office of it
    ("Pemkab Kendal melaporkan realisasi investasi pada semester I 2024 mencapai Rp 3,1 triliun.\n\nBupati Kendal, "
     "Dico Ganinduto, mengatakan investasi itu terutama masuk ke kawasan industri.\n", "KENDAL - ", "3100000000000"),
    ("Pemkot Semarang melaporkan realisasi investasi pada triwulan I 2024 mencapai Rp 2,2 triliun.\n\nSekretaris "
     "Daerah Kota Semarang, Iswar Aminuddin, mengatakan angka itu naik dibanding tahun lalu.\n", "SEMARANG - ",
     "2200000000000"),
    ("Pemprov Jawa Tengah mencatat realisasi investasi pada semester I 2024 mencapai Rp 31 triliun.\n\nKepala "
     "Badan Pusat Statistik Provinsi Jawa Tengah, Ratna Kusumawardani, mengatakan pertumbuhan ekonomi masih "
     "terjaga.\n", "SEMARANG - ", "31000000000000"),
    # an office of another field that only comments on the government's figure, not taking it back
    ("Pemkot Madiun melaporkan pendapatan asli daerah pada 2024 mencapai Rp 310 miliar.\n\nKepala Dinas "
     "Kesehatan Kota Madiun, Yuliana Sari, mengatakan pihaknya akan memakai sebagian dana itu untuk posyandu.\n",
     "MADIUN - ", "310000000000"),
    ("Pemerintah Kabupaten Demak mencatat realisasi belanja daerah pada 2024 sebesar Rp 2,1 triliun.\n\nKepala "
     "Dinas Pendidikan Kabupaten Demak, Agus Salim, mengatakan sekolah dasar perlu direnovasi.\n", "DEMAK - ",
     "2100000000000"),
    ("Pemkot Madiun melaporkan pendapatan asli daerah pada 2024 mencapai Rp 310 miliar.\n\nKepala Badan "
     "Perencanaan Pembangunan Daerah Kota Madiun, Yuliana Sari, mengatakan dana itu dipakai membangun pasar.\n",
     "MADIUN - ", "310000000000"),
    # the government's own budget, even in the office's field
    ("Pemkab Demak mengalokasikan anggaran Rp 4 miliar untuk promosi investasi pada 2025.\n\nKepala Dinas "
     "Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Demak, Agus Salim, mengatakan promosi dimulai "
     "Maret.\n", "DEMAK - ", "4000000000"),
    ("Pemerintah Kota Madiun menganggarkan Rp 7 miliar untuk pembangunan jalan pada 2025.\n\nKepala Dinas "
     "Pekerjaan Umum Kota Madiun, Yuliana Sari, mengatakan pekerjaan dimulai bulan depan.\n", "MADIUN - ",
     "7000000000"),
    # an official of the office who is not its head
    ("Pemkab Demak melaporkan realisasi investasi pada 2024 mencapai Rp 1,4 triliun.\n\nSekretaris Dinas "
     "Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Demak, Agus Salim, mengatakan investasi itu "
     "masuk ke kawasan industri.\n", "DEMAK - ", "1400000000000"),
])
def test_a_governments_lead_stays_its_own_when_it_sets_a_target_or_no_office_of_it_tells_it(text, dateline, value):
    facts = facts_of(text, dateline=dateline)
    found = by_value(facts).get(value) or next(t for t in facts.targets if f"{t.value.normalize():f}" == value)
    assert found.agency.startswith("Pemerintah ")


@pytest.mark.parametrize("text, dateline, value, speaker, office", [
    # the speaker after the quote, named after his title in lowercase whose body is a noun referring back to
    # the office named before ('kepala dinas tersebut, X', 'wakil kepala balai itu, X')
    ("Sekda Kendal, Budi Santoso, menuturkan tim ekspor dibentuk bulan lalu.\n\nKepala Dinas Perdagangan setempat "
     "menambahkan, nilai ekspor mebel Kendal pada semester I 2024 tercatat Rp 52 miliar.\n\n\"Mebel jati paling "
     "banyak, sekitar 60 persen dari nilai itu,\" ujar kepala dinas tersebut, Rina Kartika.\n", "KENDAL - ", "60",
     "Rina Kartika", "Dinas Perdagangan Kabupaten Kendal"),
    ("Balai Karantina Hewan, Ikan, dan Tumbuhan Kalimantan Timur mencatat ekspor sarang walet pada 2024 naik.\n\n"
     "\"Volume sarang walet yang kami sertifikasi pada 2024 mencapai 38 ton,\" kata wakil kepala balai itu, Dewi "
     "Lestari.\n", "SAMARINDA - ", "38", "Dewi Lestari", "Balai Karantina Hewan, Ikan, dan Tumbuhan Kalimantan Timur"),
])
def test_a_speaker_named_after_his_lowercase_title_referring_to_his_office(text, dateline, value, speaker, office):
    assert who(by_value(facts_of(text, dateline=dateline))[value]) == (speaker, office)


def test_a_lowercase_title_referring_to_an_office_with_no_name_or_no_office_named_makes_no_speaker():
    # counter-cases: the phrase with no name after it refers to the official named before; with no office of
    # that kind named before, the name after it is no official of one (the government's official speaks on)
    facts = facts_of("Kepala Dinas Perdagangan Kabupaten Kendal, Rina Kartika, mengatakan ekspor mebel pada 2024 "
                     "naik.\n\n\"Nilainya pada 2024 mencapai Rp 90 miliar,\" ujar kepala dinas tersebut.\n",
                     dateline="KENDAL - ")
    assert who(by_value(facts)["90000000000"]) == ("Rina Kartika", "Dinas Perdagangan Kabupaten Kendal")
    facts = facts_of("Sekda Kendal, Budi Santoso, menuturkan tim ekspor dibentuk bulan lalu.\n\n\"Mebel jati paling "
                     "banyak, sekitar 60 persen dari nilai ekspor semester I 2024,\" ujar kepala dinas itu, Rina "
                     "Kartika.\n", dateline="KENDAL - ")
    assert not who(by_value(facts)["60"])[1].startswith("Dinas")


@pytest.mark.parametrize("text, dateline, value, speaker, office", [
    # a sentence opened by a title whose body is a noun referring back to the office named before
    # ('Kepala balai tersebut, X, mengatakan ...'), not at the text's start: X is that office's official
    ("Ekspor sarang walet Kalimantan Timur pada 2024 naik.\n\nDari sisi karantina, Balai Karantina Hewan, Ikan, dan "
     "Tumbuhan Kalimantan Timur menyertifikasi 41 ton. Kepala balai tersebut, Dewi Lestari, mengatakan volume itu "
     "naik sekitar 6 ton dibanding 2023.\n", "SAMARINDA - ", "6", "Dewi Lestari",
     "Balai Karantina Hewan, Ikan, dan Tumbuhan Kalimantan Timur"),
    ("Harga kopi di tingkat petani stabil.\n\nDinas Perkebunan Provinsi Jambi mencatat produksi kopi 2024 sekitar "
     "12.000 ton. Kepala Bidang Produksi dinas itu, Rudi Hartono, menyebut luas kebun bertambah 300 hektare.\n",
     "JAMBI - ", "300", "Rudi Hartono", "Dinas Perkebunan Provinsi Jambi"),
])
def test_an_official_opening_his_sentence_with_a_title_referring_to_his_office(text, dateline, value, speaker, office):
    facts = facts_of(text, dateline=dateline)
    assert who(by_value(facts)[value]) == (speaker, office)
    assert next(p for p in facts.people if p.name == speaker).organization == office


@pytest.mark.parametrize("text, dateline, name, role", [
    # counter-cases: a sentence opened by a word that is no title before the noun referring back to the office
    # ('Selain dinas itu, X', 'Bersama balai tersebut, X'): X is no official of it, his own title stands
    ("Dinas Pertanian Kabupaten Garut menggelar pameran. Selain dinas itu, Asep Gunawan, Ketua Asosiasi Petani "
     "Jeruk Garut, menyebut panen jeruk 2024 sekitar 8.000 ton.\n", "GARUT - ", "Asep Gunawan",
     "Ketua Asosiasi Petani Jeruk Garut"),
    ("Balai Karantina Hewan, Ikan, dan Tumbuhan Sulawesi Selatan memeriksa ekspor rumput laut. Bersama balai "
     "tersebut, Andi Mappanyukki, seorang eksportir, mengatakan ekspornya pada 2024 mencapai 900 ton.\n",
     "MAKASSAR - ", "Andi Mappanyukki", "eksportir"),
    ("Dinas Perdagangan Kota Malang membuka pasar murah. Di dinas itu, Lina Marlina, pedagang beras, menyebut "
     "penjualannya pada Maret 2024 naik 15 persen.\n", "MALANG - ", "Lina Marlina", "pedagang beras"),
])
def test_a_word_that_is_no_title_before_a_noun_referring_to_an_office_makes_no_official(text, dateline, name, role):
    facts = facts_of(text, dateline=dateline)
    (person,) = [p for p in facts.people if p.name == name]
    assert person.role == role
    assert person.organization is None or not person.organization.startswith(("Dinas", "Balai"))


@pytest.mark.parametrize("text, dateline, value, speaker, office", [
    # two offices of the noun's kind named before, the later one in passing ('bersama', 'dengan'): the noun
    # refers to the other one
    ("Dinas Perikanan Kabupaten Cilacap mencatat ekspor udang pada 2024 naik. Data itu dihimpun bersama Dinas "
     "Perdagangan Kabupaten Cilacap.\n\n\"Nilai ekspor udang pada 2024 mencapai Rp 75 miliar,\" ujar kepala dinas "
     "tersebut, Wulan Anggraeni.\n", "CILACAP - ", "75000000000", "Wulan Anggraeni", "Dinas Perikanan Kabupaten Cilacap"),
    ("Dinas Pertanian Kabupaten Garut bekerja sama dengan Dinas Koperasi Kabupaten Garut menggelar pameran jeruk."
     "\n\n\"Penjualan jeruk selama pameran 2024 mencapai Rp 3 miliar,\" kata kepala dinas itu, Asep Gunawan.\n",
     "GARUT - ", "3000000000", "Asep Gunawan", "Dinas Pertanian Kabupaten Garut"),
    # counter-case: the later office is a subject, not named in passing: the noun refers to it
    ("Dinas Perikanan Kabupaten Cilacap mencatat ekspor udang pada 2024 naik. Dinas Koperasi Kabupaten Cilacap "
     "mencatat 250 UMKM ikut pameran.\n\n\"Omzet UMKM pada 2024 mencapai Rp 12 miliar,\" ujar kepala dinas "
     "tersebut, Wulan Anggraeni.\n", "CILACAP - ", "12000000000", "Wulan Anggraeni", "Dinas Koperasi Kabupaten Cilacap"),
])
def test_a_referring_title_skips_an_office_named_in_passing(text, dateline, value, speaker, office):
    assert who(by_value(facts_of(text, dateline=dateline))[value]) == (speaker, office)


def test_a_nameless_referring_title_after_another_office_was_named_is_not_the_last_persons():
    # '," ujar kepala dinas itu' with no name: the head of the dinas named last; that one was named after the
    # official who spoke before and is not his, so he is not the speaker
    facts = facts_of("Kepala Dinas Perikanan Kabupaten Cilacap, Wulan Anggraeni, mengatakan ekspor udang pada 2024 "
                     "mencapai Rp 75 miliar.\n\nSementara itu, Dinas Koperasi Kabupaten Cilacap mencatat 250 UMKM. "
                     "\"Tahun depan kami targetkan 320 UMKM,\" ujar kepala dinas itu.\n", dateline="CILACAP - ")
    assert who(by_value(facts)["320"]) == (None, "Dinas Koperasi Kabupaten Cilacap")
    facts = facts_of("Balai Karantina Hewan, Ikan, dan Tumbuhan Jambi meresmikan laboratorium. \"Sertifikasi ekspor "
                     "pinang pada 2024 mencapai 41.000 ton,\" ujar kepala balai tersebut, Rudi Hartono.\n\nSementara itu, "
                     "Balai Besar Pelatihan Pertanian Jambi melatih 300 petani. \"Tahun depan kami targetkan 500 "
                     "petani,\" kata kepala balai itu.\n", dateline="JAMBI - ")
    assert who(by_value(facts)["500"])[0] is None
    # counter-cases: no other office named after him, or the one named again is his own: he speaks on
    facts = facts_of("Kepala Dinas Perikanan Kabupaten Cilacap, Wulan Anggraeni, mengatakan ekspor udang pada 2024 "
                     "mencapai Rp 75 miliar.\n\nDinas Perikanan Kabupaten Cilacap juga mencatat 250 kapal. \"Tahun depan "
                     "kami targetkan 320 kapal,\" ujar kepala dinas itu.\n", dateline="CILACAP - ")
    assert who(by_value(facts)["320"])[0] == "Wulan Anggraeni"
    facts = facts_of("Kepala Dinas Perikanan Kabupaten Cilacap, Wulan Anggraeni, mengatakan ekspor udang pada 2024 "
                     "mencapai Rp 75 miliar.\n\n\"Tahun depan kami targetkan ekspor Rp 90 miliar,\" ujar kepala dinas "
                     "itu.\n", dateline="CILACAP - ")
    assert who(by_value(facts)["90000000000"])[0] == "Wulan Anggraeni"


def test_a_title_referring_to_an_office_of_another_kind_names_none():
    # counter-case: 'kantor tersebut' after a Balai only: no Kantor was named, so no office is his
    facts = facts_of("Harga kopi di tingkat petani stabil.\n\nBalai Karantina Hewan, Ikan, dan Tumbuhan Jambi "
                     "menyertifikasi 41 ton kopi. Kepala kantor tersebut, Rudi Hartono, menyebut luas kebun bertambah "
                     "300 hektare.\n", dateline="JAMBI - ")
    (rudi,) = [p for p in facts.people if p.name == "Rudi Hartono"]
    assert rudi.organization is None


def test_the_local_offices_head_said_by_his_title_alone_is_the_one_named_later_by_a_referring_title():
    # 'Kepala Dinas X setempat menambahkan, ...' then '"...," ujar kepala dinas tersebut, Nama': his title
    # with the body it refers to ('Kepala Dinas X Kabupaten Y') is the one that said the earlier report
    facts = facts_of("Sekda Kendal, Budi Santoso, menuturkan tim ekspor dibentuk bulan lalu.\n\nKepala Dinas "
                     "Perdagangan setempat menambahkan, nilai ekspor mebel Kendal pada semester I 2024 tercatat Rp 52 "
                     "miliar.\n\n\"Mebel jati paling banyak, sekitar 60 persen dari nilai itu,\" ujar kepala dinas "
                     "tersebut, Rina Kartika.\n", dateline="KENDAL - ")
    got = by_value(facts)
    assert who(got["52000000000"]) == who(got["60"]) == ("Rina Kartika", "Dinas Perdagangan Kabupaten Kendal")
    (rina,) = [p for p in facts.people if p.name == "Rina Kartika"]
    assert rina.role == "Kepala Dinas Perdagangan Kabupaten Kendal"
