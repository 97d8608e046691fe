"""Quotations and their speakers, on text written for these tests."""
from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def facts_of(body: str):
    return extract(parse_article("Judul Berita Ekspor Untuk Pengujian\n\nJAKARTA, KOMPAS.com - " + body, lexicon=LEXICON), LEXICON)


def speakers(body: str) -> list[tuple[str, str | None]]:
    return [(q.text.split()[0], q.speaker.name if q.speaker else None) for q in facts_of(body).quotes]


def test_speaker_named_with_title_after_the_quote():
    # regression: the after-quote pattern was anchored with ^ and never matched at an offset
    body = ('"Permintaan dari Eropa mulai membaik sejak awal tahun ini," kata Kepala BPS Provinsi Riau '
            'Darmawan Saputra di Pekanbaru, Senin (15/4/2024).\n')
    assert speakers(body) == [("Permintaan", "Darmawan Saputra")]


def test_pronoun_and_first_name_resolve_to_the_right_speaker():
    body = ("Menteri Perdagangan Zulkifli Hasan mengatakan ekspor tetap kuat.\n"
            "Direktur Utama PT Maju Sejahtera Budi Santoso menyebut pesanan naik.\n"
            "“Kami menambah dua lini produksi tahun ini,” ujarnya.\n"
            "“Pasar Afrika juga sedang kami jajaki dengan serius,” kata Zulkifli.\n")
    assert speakers(body) == [("Kami", "Budi Santoso"), ("Pasar", "Zulkifli Hasan")]


def test_title_alone_refers_to_the_person_introduced_with_it():
    body = ("Menteri Perindustrian Agus Gumiwang Kartasasmita membuka pameran.\n"
            "“Industri kita siap bersaing di pasar global,” tukas Menperin.\n")
    assert speakers(body) == [("Industri", "Agus Gumiwang Kartasasmita")]


def test_quote_spanning_two_paragraphs_is_one_quote():
    body = ("Kepala Dinas Perdagangan Provinsi Jawa Timur Agustinus Hari Prasetyo menjelaskan kondisi pasar.\n\n"
            "\"Pasar utama kita sedang lesu karena stok gudang pembeli masih penuh.\n\n"
            "\"Karena itu kami menggeser fokus ke Timur Tengah dan Afrika,\" kata Agustinus.\n")
    quotes = facts_of(body).quotes
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Pasar utama") and quotes[0].text.endswith("Afrika")
    assert quotes[0].speaker.name == "Agustinus Hari Prasetyo"


def test_scare_quotes_are_not_quotations():
    assert speakers("Program \"Bangga Buatan Indonesia\" terus berjalan.\n") == []


def test_quote_span_is_the_quoted_words():
    article = parse_article("Judul Berita Ekspor Untuk Pengujian\n\nJAKARTA - Ketua Umum Apindo Budi Santoso "
                            "mengatakan, “Ekspor kita harus naik tahun depan.”\n")
    (quote,) = extract(article, LEXICON).quotes
    assert article.text[quote.evidence.start:quote.evidence.end] == "Ekspor kita harus naik tahun depan"


def test_a_person_only_mentioned_while_another_has_the_floor_is_not_the_one_a_pronoun_refers_to():
    body = ("Ketua Komisi B DPRD Kabupaten Kudus, Slamet Riyadi, mendorong pengusaha mebel mencari pasar baru.\n\n"
            "Menurutnya, pasar baru perlu dibuka karena tarif 25 persen yang ditetapkan Presiden Hendrik Vossberg.\n\n"
            "“Kami berharap pengusaha melihat negara lain sebagai pasar baru,” terangnya.\n")
    assert speakers(body) == [("Kami", "Slamet Riyadi")]


def test_a_mentioned_person_who_then_speaks_is_the_one_a_pronoun_refers_to():
    body = ("Menurut Slamet Riyadi, pasar baru perlu dibuka. Wakil Ketua Komisi B Rina Lestari mengatakan hal serupa.\n\n"
            "“Kami siap membantu promosi,” terangnya.\n")
    assert speakers(body) == [("Kami", "Rina Lestari")]


def test_melalui_before_a_press_release_hands_the_quote_to_nobody_else():
    body = ("“Pasar juga perlu promosi,” kata Ketua Komisi B Slamet Riyadi melalui siaran pers kepada "
            "Kepala Seksi Ekspor Budi Santoso.\n")
    assert speakers(body) == [("Pasar", "Slamet Riyadi")]


def test_two_single_quote_marks_written_as_a_double_one_make_a_quotation():
    body = ("Kepala Dinas Perdagangan Kota Batu Sari Wulandari menjelaskan kondisi pasar.\n"
            "‘’Pasar Eropa sedang lesu karena stok gudang pembeli masih penuh,’’ jelasnya.\n"
            "’’Kami menggeser fokus ke Timur Tengah dan Afrika,’’ kata Sari.\n"
            "''Pesanan dari Jepang juga mulai naik lagi,'' ujarnya.\n")
    assert speakers(body) == [("Pasar", "Sari Wulandari"), ("Kami", "Sari Wulandari"), ("Pesanan", "Sari Wulandari")]


def test_a_right_mark_before_a_word_opens_a_quotation():
    body = ("Kepala Dinas Perdagangan Kota Batu Sari Wulandari menjelaskan kondisi pasar. ”Yang paling besar itu "
            "memang kopi olahan dari desa sekitar.” Dia menambahkan pasar sedang membaik.\n")
    quotes = facts_of(body).quotes
    assert [q.text for q in quotes] == ["Yang paling besar itu memang kopi olahan dari desa sekitar"]
    assert quotes[0].speaker.name == "Sari Wulandari"


def test_a_right_mark_after_a_word_opens_nothing():
    assert speakers("Program kredit usaha itu disebut ” sukses besar ” oleh para pengusaha kecil di kota itu.\n") == []


def test_a_pronoun_after_the_quote_with_an_adverb_or_a_clitic_written_apart():
    body = ("Kepala Dinas Perdagangan Kota Batu Sari Wulandari menjelaskan kondisi pasar.\n"
            "“Pasar Eropa sedang lesu karena stok gudang pembeli masih penuh,” ujar dia lagi.\n"
            "“Kami menggeser fokus ke Timur Tengah dan Afrika,” ungkap nya.\n")
    assert speakers(body) == [("Pasar", "Sari Wulandari"), ("Kami", "Sari Wulandari")]


def test_an_honorific_with_its_dot_before_the_name_after_the_quote():
    body = ("Pejabat karantina bersama bea cukai memberikan sosialisasi kepada eksportir.\n"
            "“Banyak potensi kakao di perbatasan yang masih bisa digarap,” kata drh. Rudi Hartono, "
            "Kepala Karantina Pertanian Tarakan, Jumat.\n")
    assert speakers(body) == [("Banyak", "Rudi Hartono")]


def test_a_dotted_initial_after_the_quote_is_part_of_the_name_not_a_full_stop():
    # regression: the name after the verb stopped at the initial's dot ('kata M'), so the quote had no speaker
    body = ("Pengapalan kopi dari pelabuhan itu berjalan lancar sepanjang tahun.\n"
            "“Kopi kami dikirim ke Jepang, Korea dan Mesir setiap bulan,” kata M. Suryana, Humas PT Kopi Nusantara.\n"
            "\"Nilai ekspor kakao tahun ini masih bisa naik lagi,\" ujar Kepala Dinas Perkebunan Jawa Timur R. Hartono "
            "saat rapat di Surabaya, Selasa.\n")
    assert speakers(body) == [("Kopi", "M Suryana"), ("Nilai", "R Hartono")]
    quote = facts_of(body).quotes[0]
    assert "M. Suryana" in quote.why["speaker"]


def test_a_capital_then_a_full_stop_that_ends_the_sentence_is_no_initial():
    body = ("Kepala Dinas Perdagangan Kota Batu Sari Wulandari menjelaskan kondisi pasar.\n"
            "“Pasar Eropa sedang lesu karena stok gudang pembeli masih penuh,” ujar Sari. Ia lalu pergi.\n")
    assert speakers(body) == [("Pasar", "Sari Wulandari")]


def test_a_lone_capital_of_a_title_before_the_sentences_full_stop_is_no_initial():
    # regression: 'Seksi I. Selain itu ...' read the dot as an initial and the name ran on into
    # the next sentence, so the quote named no one
    body = ("Kepala Seksi I Dimas Prasetyo meninjau gudang.\n"
            "“Permintaan lada putih dari Eropa naik sejak bulan lalu,” ujar Kepala Seksi I. Selain itu "
            "harga lada naik 4 persen pada 2023.\n"
            "“Muatan kapal kami penuh sampai akhir bulan,” kata Pengawas Dermaga B. Ia lalu kembali ke kantor.\n")
    assert speakers(body) == [("Permintaan", "Dimas Prasetyo"), ("Muatan", None)]
    assert facts_of(body).quotes[0].why["speaker"] == "named after the quote ('ujar Kepala Seksi I')"
    assert "Pengawas Dermaga B'" in facts_of(body).quotes[1].why["speaker"]


def test_a_dotted_initial_before_a_name_that_ends_at_a_word_after_the_verb_stays_an_initial():
    body = ("Pengapalan karet dari pelabuhan itu berjalan lancar.\n"
            "“Karet kami dikirim ke India dan Tiongkok setiap pekan,” kata H. Wiratmaja saat meninjau dermaga.\n")
    assert facts_of(body).quotes[0].why["speaker"].endswith("('kata H. Wiratmaja')")


def test_an_official_introduced_right_after_the_quote_with_no_speech_verb_said_it():
    # '"...," Kepala Dinas X, Budi, kepada wartawan': the verb left out; the quote's figures are his,
    # and so is the lead his paragraph follows
    facts = facts_of("KUPANG - Pengapalan barang dari Nusa Tenggara Timur selama April 2024 bernilai 2,3 juta dolar AS.\n\n"
                     "\"Sebagian besar ekspor berupa rumput laut senilai 1,1 juta dolar AS,\" Kepala Dinas Perdagangan "
                     "Provinsi Nusa Tenggara Timur, Yosef Bria, kepada wartawan di Kupang.\n")
    assert [q.speaker.name for q in facts.quotes] == ["Yosef Bria"]
    assert {f.speaker.name for f in facts.figures} == {"Yosef Bria"}
    # a quote closed by a full stop, then a new sentence introducing someone: no attribution
    facts = facts_of("Pameran dibuka di Kupang pada Senin.\n\n\"Kami ingin produk daerah ini dikenal pembeli luar "
                     "negeri.\" Kepala Dinas Perdagangan Provinsi Nusa Tenggara Timur Yosef Bria hadir bersama "
                     "para eksportir.\n")
    assert facts.quotes[0].speaker is None


def test_an_official_named_after_the_quote_is_its_speaker_only_when_the_name_closes_his_introduction():
    # the comma may stand outside the closing mark ('", Kepala X, Budi'); the name then ends at a
    # comma, the sentence's end or a word of the setting ('saat', 'di', 'kepada')
    for ending in (", saat meninjau gudang.", ".", " di Samarinda."):
        facts = facts_of("Gudang beku itu mulai beroperasi pekan ini.\n\n\"Kapasitasnya cukup untuk menampung "
                         "udang dari tiga kabupaten\", Kepala Dinas Kelautan Kalimantan Timur Anwar Sadat" + ending + "\n")
        assert [q.speaker.name if q.speaker else None for q in facts.quotes] == ["Anwar Sadat"], ending
    # a name that goes on with a verb of its own, or a sentence opened by a connective: the one
    # named is the subject of a new sentence, not the speaker of the quote
    for after in ("Kepala Dinas Kelautan Kalimantan Timur Anwar Sadat tidak datang ke acara itu.",
                  "Sementara Kepala Dinas Kelautan Kalimantan Timur Anwar Sadat, menolak berkomentar.",
                  "Namun Kepala Dinas Kelautan Kalimantan Timur Anwar Sadat, menurut panitia, berhalangan.",
                  "Menteri Kelautan dan Perikanan Yusuf Hamdani pun membalas sindiran itu."):
        facts = facts_of("Gudang beku itu mulai beroperasi pekan ini.\n\n\"Kapasitasnya cukup untuk menampung "
                         "udang dari tiga kabupaten,\" " + after + "\n")
        assert [q.speaker for q in facts.quotes] == [None], after
