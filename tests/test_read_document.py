"""Reading the document (issue 9 §2): titles from evidence, repeated text, mojibake and soft
hyphens with offsets into the original, HTML pages, publication dates. Sentences are our own."""
import datetime as dt
from decimal import Decimal

import pytest

from kg.extract.read import parse_article, read_article
from kg.extract.repair import repair
from kg.pipeline import extract_file

PROSE = ("Badan Pusat Statistik mencatat nilai ekspor kopi Provinsi Contoh pada Maret 2024 "
         "mencapai US$ 12,5 juta, naik 4,2 persen dibanding bulan sebelumnya.\n")


def facts_of(tmp_path, text: str, name: str = "a.txt", mode: str = "w"):
    path = tmp_path / name
    if mode == "w":
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return extract_file(path)


def assert_evidence_is_text(facts):
    text = facts.article.text
    for item in list(facts.figures) + list(facts.quotes):
        assert text[item.evidence.start:item.evidence.end] == item.evidence.text
    for decree in facts.decrees:
        assert text[decree.start:decree.end] == decree.text


# --- titles -------------------------------------------------------------------------------

def test_text_without_title_keeps_its_first_paragraph(tmp_path):
    facts = facts_of(tmp_path, PROSE + "Kenaikan itu ditopang permintaan dari Jepang.\n")
    assert facts.article.title is None
    assert sorted(f.value for f in facts.figures) == [Decimal("4.2"), 12_500_000]


def test_headline_followed_by_blank_line_is_the_title_and_is_not_read_twice(tmp_path):
    facts = facts_of(tmp_path, "Ekspor Kopi Contoh Naik 4,2 Persen\n\n" + PROSE)
    assert facts.article.title == "Ekspor Kopi Contoh Naik 4,2 Persen"
    assert sorted(f.value for f in facts.figures) == [Decimal("4.2"), 12_500_000]


def test_a_title_holding_a_number_the_body_lacks_stays_readable():
    article = parse_article("Ekspor Kopi Contoh Tembus US$ 99 Juta\n\n" + PROSE)
    assert article.title == "Ekspor Kopi Contoh Tembus US$ 99 Juta"
    assert "99 Juta" in article.body


def test_short_sentence_without_evidence_is_not_taken_for_a_title():
    text = "Ekspor kopi Contoh naik 4,2 persen pada Maret 2024\nKenaikan itu ditopang permintaan Jepang.\n"
    article = parse_article(text)
    assert article.title is None and "4,2 persen" in article.body


@pytest.mark.parametrize("after", ["Oleh Sari Wulan\n", "Senin, 1 April 2024 10:15 WIB\n", "KOTA CONTOH - "])
def test_dateline_byline_or_date_line_marks_the_title(after):
    article = parse_article("Ekspor Kopi Contoh Naik\n" + after + PROSE)
    assert article.title == "Ekspor Kopi Contoh Naik"


def test_caption_and_kicker_lines_are_not_the_title():
    text = ("Cetak Halaman Ini\n\nEkspor Kopi Contoh Naik Tajam\n\nJumat, 5 April 2024\n\n"
            "Petani menjemur kopi. -Foto: Dok\n\nKOTA CONTOH - " + PROSE)
    article = parse_article(text)
    assert article.title == "Ekspor Kopi Contoh Naik Tajam"
    assert article.published == dt.date(2024, 4, 5)


# --- repeated text --------------------------------------------------------------------------

def test_paragraph_printed_twice_gives_each_fact_once(tmp_path):
    facts = facts_of(tmp_path, "Ekspor Kopi Contoh Naik\n\n" + PROSE + "\n" + PROSE)
    assert sorted(f.value for f in facts.figures) == [Decimal("4.2"), 12_500_000]
    assert_evidence_is_text(facts)


def test_headline_repeated_in_a_caption_is_blanked():
    title = "Ekspor Kopi Provinsi Contoh Naik Tajam Pada Maret Lalu"
    article = parse_article(f"{title}\n\nKOTA CONTOH - {PROSE}\n{title}.\n")
    assert article.body.count("Naik Tajam") == 0 and len(article.body) == len(article.text)


COUNTS = ("KOTA CONTOH - Dinas Penanaman Modal Kabupaten Contoh mencatat realisasi investasi pada semester I 2024 "
          "mencapai Rp 1,3 triliun.\n\nKepala dinas itu, Sari Wulan, menyebut jumlah proyek selama enam bulan itu "
          "184 proyek dengan serapan 2.715 tenaga kerja. Dibanding semester I 2023, realisasi naik 8,1 persen.\n")


@pytest.mark.parametrize("copy", [
    # the paragraph with the thousands dot printed again, right after it or at the foot
    lambda p: p[0] + "\n" + p[1] + "\n" + p[1],
    lambda p: p[0] + "\n" + p[1] + "\nKenaikan itu ditopang proyek energi.\n\n" + p[1],
    # its sentences printed again after a few other words
    lambda p: p[0] + "\n" + p[1] + "\nIa menambahkan, jumlah proyek selama enam bulan itu 184 proyek dengan "
                                    "serapan 2.715 tenaga kerja. Angka itu tertinggi sejak 2019.\n",
])
def test_a_copy_cut_at_a_thousands_dot_gives_no_piece_of_its_number(tmp_path, copy):
    text = "Investasi Kabupaten Contoh Naik\n\n" + copy(COUNTS.split("\n\n"))
    values = sorted(f.value for f in facts_of(tmp_path, text).figures)
    assert values.count(2715) == 1 and 715 not in values and 184 in values


def test_a_copy_cut_at_an_abbreviation_leaves_no_piece_of_its_amount(tmp_path):
    lead = ("KOTA CONTOH - Dinas Perdagangan Kabupaten Contoh mencatat nilai ekspor kopi pada April 2024 mencapai "
            "Rp. 12,5 miliar.\n")
    text = ("Ekspor Kopi Contoh Naik\n\n" + lead + "\nKepala dinas itu, Sari Wulan, mengatakan pesanan Jepang naik. "
            "Nilai ekspor Maret 2024 sebesar Rp. 10,1 miliar.\n\n" + lead)
    article = parse_article(text)
    assert article.body.count("12,5") == 1


@pytest.mark.parametrize("later", [
    # another number after the same words: a new fact, not a copy
    "Pada semester I 2023, jumlah proyek selama enam bulan itu 184 proyek dengan serapan 2.157 tenaga kerja.",
    # a copy's sentence, then a piece that differs from what followed the first copy
    "Ia menyebut jumlah proyek selama enam bulan itu 184 proyek dengan serapan 2. Angka 715 itu baru.",
    # a short sentence repeated with no long copy before it
    "Realisasi naik 8,1 persen.",
])
def test_text_that_is_no_copy_is_kept(later):
    article = parse_article("Investasi Kabupaten Contoh Naik\n\n" + COUNTS + "\n" + later + "\n")
    tail = later.split(". ")[-1].rstrip(".")
    assert tail in article.body


# --- mojibake and soft hyphens ----------------------------------------------------------------

BROKEN = ("JAKARTA - MenterÂ\u00adi Perdagangan Sari Wulan mengatakan ekspor kopi pada Maret 2024 "
          "mencapai US$ 3,4 mili\u00adar.\n\n\u00e2\u20ac\u0153Permintaan dari Eropa dan Jepang masih sangat kuat pada "
          "tahun ini,\u00e2\u20ac\u009d kata Sari.\n")


def test_mojibake_and_soft_hyphens_read_as_intended_with_offsets_into_the_original(tmp_path):
    facts = facts_of(tmp_path, BROKEN)
    assert "Menteri Perdagangan" in facts.article.body and "miliar" in facts.article.body
    (figure,) = [f for f in facts.figures if f.unit == "USD"]
    assert figure.value == 3_400_000_000
    assert "mili\u00adar" in figure.evidence.text
    (quote,) = facts.quotes
    assert "Permintaan dari Eropa" in quote.text and "\u00e2\u20ac" not in quote.text
    assert quote.speaker is not None and quote.speaker.name.startswith("Sari")
    assert_evidence_is_text(facts)


def test_offset_map_round_trip():
    original = "a MenterÂ\u00adi b\nc mili\u00adar d\n"
    clean, offsets = repair(original)
    assert clean == "a Menteri b\nc miliar d\n"
    for word, source in (("Menteri", "MenterÂ\u00adi"), ("miliar", "mili\u00adar"), ("b", "b"), ("d\n", "d\n")):
        start = clean.index(word)
        s, e = offsets.span(start, start + len(word))
        assert original[s:e] == source


def test_clean_text_has_no_offset_map():
    assert repair("Ekspor naik “tajam”.\n") == ("Ekspor naik “tajam”.\n", None)


def test_stray_markup_in_plain_text_is_blanked_in_place_and_breaks_the_paragraph():
    text = 'Ekspor naik.<p style="text-align: justify;"><br />Kata dia, <strong>pasar</strong> baru.<br/>'
    clean, offsets = repair(text)
    assert offsets is None and len(clean) == len(text)
    assert "<" not in clean and ">" not in clean
    assert clean.startswith("Ekspor naik.\n")  # the paragraph tag breaks the line
    assert "Kata dia,  " in clean and "pasar" in clean  # an inline tag is only blanked


def test_a_lone_angle_bracket_is_not_markup():
    assert repair("Inflasi < 5 persen dan ekspor > impor.\n")[0] == "Inflasi < 5 persen dan ekspor > impor.\n"


def test_a_speaker_named_before_br_tags_keeps_evidence_in_the_original(tmp_path):
    text = ("Ekspor Kopi Contoh Naik\n\nKOTA CONTOH - Nilai ekspor kopi Provinsi Contoh pada Maret 2024 mencapai "
            "US$ 12,5 juta. <br /><br />Ekspor Februari 2024 sebesar US$ 11 juta. <br /><br />\n")
    facts = facts_of(tmp_path, text)
    assert sorted(f.value for f in facts.figures if f.unit == "USD") == [11_000_000, 12_500_000]
    assert_evidence_is_text(facts)
    assert all("<br" not in f.evidence.text for f in facts.figures)


# --- HTML -------------------------------------------------------------------------------------

PAGE = ("<!DOCTYPE html><html><head><title>Ekspor Kopi Contoh Naik</title>"
        '<meta property="article:published_time" content="2024-04-02T09:00:00+07:00"></head><body>'
        "<nav><a href='/'>Beranda</a> <a href='/e'>Ekonomi</a></nav><article><h1>Ekspor Kopi Contoh Naik</h1>"
        f"<p>KOTA CONTOH - {PROSE.strip()}</p><p>Kenaikan itu ditopang permintaan dari Jepang.</p></article>"
        "<footer>Hak cipta</footer></body></html>")


def test_saved_page_is_read_through_its_main_text(tmp_path):
    facts = facts_of(tmp_path, PAGE, name="page.html")
    article = facts.article
    assert "<" not in article.text and "Beranda" not in article.text
    assert article.title == "Ekspor Kopi Contoh Naik" and article.published == dt.date(2024, 4, 2)
    assert sorted(f.value for f in facts.figures) == [Decimal("4.2"), 12_500_000]
    assert_evidence_is_text(facts)


@pytest.mark.parametrize("fragment", [
    f"<!-- disimpan dari peramban --><div><p>{PROSE.strip()}</p></div>",
    f"<div class='isi'><p>{PROSE.strip()}</p></div>",
])
def test_html_fragment_in_a_text_file_is_read_as_html(tmp_path, fragment):
    facts = facts_of(tmp_path, fragment, name="fragment.txt")
    assert "<" not in facts.article.text and "<" not in (facts.article.title or "")
    assert sorted(f.value for f in facts.figures) == [Decimal("4.2"), 12_500_000]
    assert_evidence_is_text(facts)


# --- publication dates --------------------------------------------------------------------------

@pytest.mark.parametrize("head, date", [
    ("Judul Berita Ekspor Contoh\n\nPublished: 15 Februari 2024\n\n", dt.date(2024, 2, 15)),
    ("Judul Berita Ekspor Contoh\nSenin, 4 Nov 2019 21:05 WIB\n\n", dt.date(2019, 11, 4)),
    ("Judul Berita Ekspor Contoh\n\nKabar Contoh • 15 December 2023 14:48\n\n", dt.date(2023, 12, 15)),
    # day first with dashes, a time after a bar
    ("Judul Berita Ekspor Contoh\n\nKoran Contoh\n\nWednesday, 07-03-2018 | 10:15 pm\n\n", dt.date(2018, 3, 7)),
    # a day name of one language and a month of the other; a time after a dash, with seconds
    ("Judul Berita Ekspor Contoh\nSelasa, 12 March 2019 08:30 UTC\n\n", dt.date(2019, 3, 12)),
    ("Judul Berita Ekspor Contoh\nKoran Contoh, 3 Maret 2013 - 16:05:41 WIB\n\n", dt.date(2013, 3, 3)),
    # a byline that ends with the date (more names than a date line holds)
    ("Judul Berita Ekspor Contoh\nOleh: Dwi Lestari | Penyunting: Joko Prasetyo | Jumat, 07/02/2025\n\n",
     dt.date(2025, 2, 7)),
    # a byline whose date has its time in a part of its own
    ("Judul Berita Ekspor Contoh\nPewarta: Dwi Lestari | Rabu, 14 Agustus 2024 | 15:22 WIB\n\n", dt.date(2024, 8, 14)),
    ("Judul Berita Ekspor Contoh\nOleh: Dwi Lestari • 3 Mar 2025 • 10:05\n\n", dt.date(2025, 3, 3)),
    # ... but not an update's date before a time, nor a name before the time
    ("Judul Berita Ekspor Contoh\nPewarta: Dwi Lestari | Editor: Joko | 15:22 WIB\n\n", None),
    # a stamp with the year first (ISO), with or without its time, under the headline or alone at the top
    ("Judul Berita Ekspor Contoh\n\n2025-03-14\n\n", dt.date(2025, 3, 14)),
    ("Judul Berita Ekspor Contoh\n2024-08-14 15:22\n\n", dt.date(2024, 8, 14)),
    ("Judul Berita Ekspor Contoh\n\nKabar Contoh | 2023-11-02 07:45 WIB\n\n", dt.date(2023, 11, 2)),
    ("2025-06-03T09:40:00+07:00\n\n", dt.date(2025, 6, 3)),
    ("", None),
])
def test_publication_date_forms(head, date):
    article = parse_article(head + "Ekspor naik.\n")
    assert article.published == date and article.warnings == []


def test_dateline_with_weekday_and_date_in_parentheses():
    article = parse_article("KOTA CONTOH - Kepala dinas, Kamis (15/2/2024), mengatakan ekspor naik.\n")
    assert article.published == dt.date(2024, 2, 15)


def test_a_byline_date_of_an_update_or_of_data_and_a_bracketed_date_below_the_dateline_are_not_the_page_date():
    article = parse_article("Judul Berita Ekspor Contoh\nPenulis: Rini Astuti | Diperbarui: Jumat, 07/03/2025\n"
                            "Selasa, 4 Februari 2025 09:15 WIB\n\nKOTA CONTOH - Ekspor kopi naik.\n")
    assert article.published == dt.date(2025, 2, 4)
    article = parse_article("Judul Berita Ekspor Contoh\nLaporan Wartawan Rini Astuti | Data per 31/12/2024\n\n"
                            "KOTA CONTOH - Ekspor kopi naik.\n")
    assert article.published is None
    article = parse_article("Judul Berita Ekspor Contoh\n\nKOTA CONTOH - Ekspor kopi daerah itu naik.\n\n"
                            "Pameran Kopi (20/8/2025) - acara tahunan di kota itu - diikuti 50 eksportir.\n")
    assert article.published is None


@pytest.mark.parametrize("dateline", ["KOTA CONTOH (15/2/2024) - ", "Kota Contoh, (15/2/2024) – "])
def test_a_dateline_with_the_date_in_figures_and_no_weekday_dates_the_page(dateline):
    article = parse_article("Judul Berita Ekspor Contoh\n\n" + dateline + "Ekspor kopi daerah itu naik pada Januari.\n")
    assert article.published == dt.date(2024, 2, 15)
    assert "Ekspor kopi daerah itu naik pada Januari." in article.body


@pytest.mark.parametrize("text, date", [
    # the stamp printed after the prose, when nothing above dates the page
    ("KOTA CONTOH - Nilai pengapalan kakao daerah itu naik pada Maret, didorong permintaan pabrik "
     "cokelat di Eropa yang kembali pulih setelah musim dingin panjang, sementara harga di tingkat "
     "petani ikut naik sepanjang bulan itu.\n\nIa menyebut pasar utamanya "
     "Belanda dan Jerman, disusul beberapa negara tetangga di kawasan Asia Tenggara.\n\n"
     "Rabu 17-04-2019,10:12 WIB\nEditor : meja berita\n", dt.date(2019, 4, 17)),
    # only the first: a list of other stories further down carries later dates
    ("Volume kiriman rumput laut dari pelabuhan kecil itu naik tipis pada triwulan lalu, kata para "
     "pedagang pengumpul yang ditemui di gudang mereka di tepi dermaga, sambil menunggu kapal "
     "berikutnya tiba dari pulau seberang.\n\nKoran Contoh, 8 Juli 2019 - 11:20 WIB\n\n"
     "Berita lain\nKoran Contoh, 14 Januari 2025 - 09:00 WIB\n", dt.date(2019, 7, 8)),
    # a teaser's date after 'Baca Juga:' between paragraphs is not the page's
    ("Nilai pengapalan lada dari pelabuhan itu naik pada bulan lalu, didorong permintaan pabrik bumbu di "
     "Eropa yang kembali pulih setelah musim dingin panjang, sementara harga di tingkat petani ikut naik.\n\n"
     "Baca Juga:\nHarga Lada Putih Turun Lagi\nKamis, 14 Maret 2019 - 08:15 WIB\n\n"
     "Ia menyebut pasar utamanya Belanda dan Jerman.\n", None),
    # a date inside a sentence is no stamp
    ("Pameran dagang dibuka pada 8 Juli 2019 dan ekspor naik.\n", None),
])
def test_a_date_line_below_the_prose_dates_an_undated_page(text, date):
    assert parse_article(text).published == date


@pytest.mark.parametrize("line", ["Kode 2025-03-14-01", "Nomor 12/2025-03-14 x", "2025-03-14 ekspor naik 4 persen.",
                                  "Periode 2023-2024", "Rp 2025-03"])
def test_a_year_first_number_that_is_no_stamp_is_no_date_line(line):
    from kg.extract.dates import date_line
    assert date_line(line) is None


def test_an_iso_stamp_is_no_title():
    article = parse_article("Judul Berita Ekspor Contoh\n\n2025-03-14 15:22\n\n" + PROSE)
    assert article.title == "Judul Berita Ekspor Contoh" and "2025-03-14" not in article.body


def test_a_number_after_a_dash_on_a_dated_line_is_no_time():
    # 'Harga CPO 17 Januari 2024 - 3.85 dolar' is a line of data, not a date line with its time
    from kg.extract.dates import date_line
    assert date_line("Harga lada 17 Januari 2024 - 3.85 dolar") is None
    assert date_line("Koran Contoh, 17 Januari 2024 - 09:15 WIB") is not None


def test_excerpt_date_line_is_read_and_blanked():
    article = parse_article(" date 2024-02 " + PROSE)
    assert article.published == dt.date(2024, 2, 1)
    assert "date" not in article.body[:14] and article.body.index("Badan") == article.text.index("Badan")


def test_unreadable_publication_date_is_a_warning_not_silence():
    article = parse_article("Judul Berita Ekspor Contoh\n\nPublished: 31 Februari 2024\n\nEkspor naik.\n")
    assert article.published is None
    assert any("31 Februari 2024" in w for w in article.warnings)


@pytest.mark.parametrize("body, date", [
    # a weekday and a date in words in an attribution clause, whose weekday agrees with the calendar
    ("Ekspor naik, kata kepala dinas di Medan, Selasa, 21 Juli 2020.\n", dt.date(2020, 7, 21)),
    # a curly apostrophe in the weekday, no year: the year the weekday fits among those named
    ("Ekspor 2021 ditargetkan naik, ujarnya, Jum’at (5/3).\n", dt.date(2021, 3, 5)),
    # a plan's end year is named ('Renstra 2020-2025'), the report comes a January later: the
    # year after a named year that fits the weekday (14 Januari 2022 is a Friday), not the plan's end
    ("Ekspor 2021 melampaui target Renstra 2020-2025, kata kepala dinas, Jumat (14/1).\n", dt.date(2022, 1, 14)),
    # a named year that fits the weekday wins over the year after another named year (9 Maret 2015
    # and 9 Maret 2020 are both Mondays; 2020 is named by no one here)
    ("Ekspor 2014 dan 2015 naik, sesuai RPJMD 2015-2019 menuju SDGs 2030, kata kepala dinas, Senin (9/3).\n",
     dt.date(2015, 3, 9)),
    # 22 Juli is a Monday in 2019 and in 2024: the year a named month was released in (weeks
    # after 'Juni 2019') wins over a later target year that shares its calendar
    ("Hingga Juni 2019 penjualan kerajinan rotan naik, dan dinas memasang sasaran dua kali lipat "
     "pada 2024, kata kepala dinas, Senin (22/7).\n", dt.date(2019, 7, 22)),
    # the same in a January report on the year before ('Oktober 2019', then 30 Januari 2020, a
    # Thursday as 30 Januari 2025 is), with the plan's later years named
    ("Sampai Oktober 2019 nilai pengiriman kopi naik, sasaran 2024 dan 2025 disusun, ujar "
     "kepala bidang, Kamis (30/1).\n", dt.date(2020, 1, 30)),
    # a year named as the present ('2024 ini') or as reported on ('sepanjang 2024') keeps the later
    # fitting year against an old month named in comparison (review of the rule above)
    ("Harga lada pada 2024 ini sudah melampaui puncaknya pada Juni 2019, kata pengepul, Senin (22/7).\n",
     dt.date(2024, 7, 22)),
    ("Sepanjang 2024 pengiriman lada melampaui rekor Oktober 2019, kata pengepul, Kamis (30/1).\n",
     dt.date(2025, 1, 30)),
    # a month name before a number that is no year ('Mei 0000' in a file code) does not break the read
    ("Surat SPK/Mei 0000/DAG soal pengapalan lada 2023, kata pengepul, Senin (22/7).\n", dt.date(2024, 7, 22)),
    # the day and month joined by a dash, and a month written as a word without its year
    # (the year chosen as for '(30/1)': the weekday's fit among the years the text reports on)
    ("Penjualan lada pada Agustus 2023 naik, kata pengepul, Rabu (4-10).\n", dt.date(2023, 10, 4)),
    ("Hal itu dipaparkan pengepul dalam jumpa pers, Jumat, 6 Oktober, soal penjualan lada Agustus 2023.\n",
     dt.date(2023, 10, 6)),
    # a weekday whose day fits none of the years the text names gives no date: the only year named is that of a
    # regulation (11 August was a Tuesday in 2020, a Wednesday in 2021, a Thursday in 2022: no Monday), and a year
    # is not guessed
    ("Impor garam diatur Permendag Nomor 20 Tahun 2021, kata direktur jenderal, Senin (11/8).\n", None),
    # a day announced ahead is not the reporting day
    ("Pameran ekspor akan dibuka pada Senin, 5 Februari 2024 mendatang.\n", None),
    ("Pameran ekspor lada 2023 akan dibuka pada Jumat, 6 Oktober.\n", None),
    # the day a photo was taken, in a caption with a photo credit, is not the reporting day
    ("Petugas memeriksa kontainer di pelabuhan, Kamis (3/4). ANTARA FOTO/Budi Contoh\n\n"
     "Ekspor 2019 naik dibanding 2018.\n", None),
])
def test_publication_date_from_a_weekday_date_in_the_text(body, date):
    assert parse_article(body).published == date


def test_a_weekday_date_that_agrees_with_the_calendar_wins_over_one_that_does_not():
    # 12 Juni 2024 is a Wednesday, 14 Juni 2024 a Friday
    article = parse_article("Menurut petugas, Senin (12/6/2024), ekspor naik. Hal itu dikatakan Jumat, 14 Juni 2024.\n")
    assert article.published == dt.date(2024, 6, 14)


@pytest.mark.parametrize("body, date", [
    # 7 Februari 2024 is a Wednesday, 7 Februari 2023 a Tuesday: last year's number typed early
    # in a new year, in a report on January 2024
    ("Ekspor kopi Januari 2024 naik 5 persen, kata kepala dinas, Rabu (7/2/2023).\n", dt.date(2024, 2, 7)),
    ("Nilai impor pada Januari 2024 turun, ujar kepala balai, Rabu, 7 Februari 2023.\n", dt.date(2024, 2, 7)),
    # the next year is not named: the date stays as written
    ("Ekspor kopi tahun 2022 naik, kata kepala dinas, Rabu (7/2/2023).\n", dt.date(2023, 2, 7)),
    # the next year named alone, as an outlook: the date stays as written (a December report
    # with a wrong weekday; 15 Desember 2024 is a Sunday)
    ("Bank sentral memproyeksikan pertumbuhan ekonomi 2024 sebesar 5 persen, Minggu (15/12/2023).\n",
     dt.date(2023, 12, 15)),
    # a month of the next year that begins after the moved date: a target, not a report
    ("Ekspor ditargetkan naik pada Maret 2024, kata kepala dinas, Rabu (7/2/2023).\n", dt.date(2023, 2, 7)),
    # a month of the next year that has not ended by the moved date, or ended long before it: a
    # rule taking effect, an outlook (15 Desember 2024 is a Sunday)
    ("JAKARTA, Minggu (15/12/2023) - Bea keluar baru berlaku mulai 1 Januari 2024. Ekspor kopi tahun ini naik.\n",
     dt.date(2023, 12, 15)),
    ("Ekspor kopi Februari 2024 naik, kata kepala dinas, Rabu (7/2/2023).\n", dt.date(2023, 2, 7)),
    # the weekday fits the year before (7 Februari 2022 is a Monday): a wrong weekday as likely
    # as a wrong year, the date stays as written
    ("Ekspor kopi Januari 2022 dan 2023 naik, kata kepala dinas, Senin (7/2/2023).\n", dt.date(2023, 2, 7)),
])
def test_a_year_typed_one_behind_in_a_weekday_date(body, date):
    assert parse_article(body).published == date


def test_excerpt_month_gives_way_to_the_reporting_day_the_text_names():
    article = parse_article(" date 2024-09 Ekspor naik, kata menteri, Senin (25/10/2021).\n")
    assert article.published == dt.date(2021, 10, 25)


def test_dateline_with_the_outlet_in_brackets_drops_the_caption_before_it():
    text = ("Judul Berita Ekspor Contoh\n\nPetugas memeriksa muatan, Selasa (12/3/2024). FOTO/Penjepret.\n\n"
            "Merauke (ANTARA) - Ekspor ikan semester I 2024 naik, kata kepala balai, Kamis (18/7).\n")
    article = parse_article(text)
    assert article.publisher == "ANTARA" and article.dateline_place == "Merauke"
    assert article.published == dt.date(2024, 7, 18)


def test_metadata_line_with_a_long_run_of_spaces_is_read_at_once():
    import time
    started = time.process_time()
    parse_article("Judul Berita Ekspor Contoh\n\nPublished:" + " " * 5000 + "15 Februari 2024" + " " * 5000
                  + "x*\n\nEkspor naik.\n")
    assert time.process_time() - started < 1.0
    assert parse_article("Judul Berita Ekspor Contoh\n\nPublished: " + " " * 5000 + "**15 Februari 2024**\n\n"
                         "Ekspor naik.\n").published == dt.date(2024, 2, 15)


def test_a_mojibake_dash_whose_last_character_was_flattened_is_a_dash(tmp_path):
    text = 'Dinas mencatat ekspor kopi Provinsi Contoh pada periode Februari\u00e2\u20ac"Mei 2023 sebesar US$ 8,1 juta.\n'
    clean, offsets = repair(text)
    assert offsets is None and len(clean) == len(text) and "Februari \u2013 Mei" in clean
    (figure,) = facts_of(tmp_path, text).figures
    assert (figure.period.start.isoformat(), figure.period.end.isoformat()) == ("2023-02-01", "2023-05-31")


def test_characters_lost_as_question_marks_are_read_as_dash_and_quotes(tmp_path):
    text = ("Dinas mencatat ekspor kopi Provinsi Contoh pada periode Februari?Mei tahun 2023 sebesar US$ 8,1 juta.\n"
            "?Ekspor itu naik dibanding tahun lalu,?kata Kepala Dinas Perdagangan Provinsi Contoh, Budi Santoso.\n"
            "Apa sebabnya? Permintaan dari Jepang naik.\n")
    clean, offsets = repair(text)
    assert offsets is None and len(clean) == len(text)
    assert "Februari\u2013Mei" in clean and "\u201cEkspor" in clean and "lalu,\u201dkata" in clean
    assert "sebabnya? Permintaan" in clean  # a real question mark stays
    facts = facts_of(tmp_path, text)
    (figure,) = facts.figures
    assert (figure.period.start.isoformat(), figure.period.end.isoformat()) == ("2023-02-01", "2023-05-31")
    (quote,) = facts.quotes
    assert quote.speaker.name == "Budi Santoso"
    assert_evidence_is_text(facts)


def test_a_headline_of_another_story_after_the_prose_is_not_the_story():
    # a line in headline case with a number of its own, after the story's prose: a link left on the page
    link = "Warga Kota Contoh Kini Capai 240 Orang, Tersebar di Semua Kecamatan"
    article = parse_article("Ekspor Kopi Contoh Naik\n\n" + PROSE + "\n" + link + "\n\nPenjual Bakso Bagikan 90 Porsi Gratis di Pasar Baru\n")
    assert "240 Orang" not in article.body and "90 Porsi" not in article.body and "12,5 juta" in article.body
    # the same line as the headline, before any prose, stays the title; a short table row stays
    titled = parse_article(link + "\n\n" + PROSE)
    assert titled.title == link
    table = parse_article("Ekspor Kopi Contoh Naik\n\n" + PROSE + "Amerika Serikat 200 Ton\n")
    assert "200 Ton" in table.body
    # a line that ends its sentence, or with words in lower case, is prose
    assert "2 Kg" in parse_article("Ekspor Kopi Contoh Naik\n\n" + PROSE + "Sementara itu ekspor ke Jepang hanya 2 Kg\n").body
    assert "12 Persen" in parse_article("Ekspor Kopi Contoh Naik\n\n" + PROSE + "Ekspor Kopi Ke Jepang Naik 12 Persen.\n").body


RELEASE = """SIARAN PERS
Dinas Perdagangan Provinsi Maluku Utara
Nomor: 14/DAG/V/2024, 6 Mei 2024

Ekspor Pala Maluku Utara April 2024 Naik

1. Nilai ekspor pala Maluku Utara pada April 2024 mencapai US$ 3,2 juta, naik 4,5 persen dibanding Maret 2024.

2. Kepala Dinas Perdagangan Provinsi Maluku Utara, Hasan Tidore, mengatakan pengiriman ke Belanda mencapai US$ 1,1 juta pada April 2024.
"""


def test_a_press_release_head_is_no_title_and_its_body_speaks_where_nobody_is_named(tmp_path):
    """'SIARAN PERS', the issuing body's line and 'Nomor: ..., <date>' are the head of a release:
    the headline under them is the title, the number line's date the publication date, and a
    point that names nobody is the issuing body's; a named official keeps his own credit."""
    facts = facts_of(tmp_path, RELEASE)
    assert facts.article.title == "Ekspor Pala Maluku Utara April 2024 Naik"
    assert facts.article.published == dt.date(2024, 5, 6)
    got = {f.value: f for f in facts.figures}
    assert got[Decimal("3200000")].agency == "Dinas Perdagangan Provinsi Maluku Utara"
    assert got[Decimal("1100000")].speaker.name == "Hasan Tidore"
    assert_evidence_is_text(facts)


NOT_A_RELEASE_HEAD = [  # (text, its title, its publication date or None when the text gives none)
    ("Ekspor Pala Naik pada April\n\nTERNATE - Siaran pers Dinas Perdagangan menyebutkan ekspor pala "
     "pada April 2024 mencapai US$ 3,2 juta.\n", "Ekspor Pala Naik pada April", None),
    ("SIARAN PERS\nEkspor Pala Maluku Utara April 2024 Naik\nRabu, 8 Mei 2024\n\nTERNATE - Nilai ekspor pala "
     "pada April 2024 mencapai US$ 3,2 juta.\n", "Ekspor Pala Maluku Utara April 2024 Naik", dt.date(2024, 5, 8)),
    ("SIARAN PERS\nBank Indonesia Catat Cadangan Devisa Naik\nRabu, 8 Mei 2024\n\nJAKARTA - Cadangan devisa "
     "pada April 2024 mencapai US$ 136 miliar.\n", "Bank Indonesia Catat Cadangan Devisa Naik", None),
    ("Beranda / Ekonomi\nSelasa, 7 Mei 2024 10:00 WIB\nBerita Terkini\nSiaran Pers\n\nEkspor Pala Maluku Utara "
     "April 2024 Naik\n\nTERNATE - Nilai ekspor pala pada April 2024 mencapai US$ 3,2 juta.\n",
     "Ekspor Pala Maluku Utara April 2024 Naik", dt.date(2024, 5, 7)),
]


@pytest.mark.parametrize("text, title, published", NOT_A_RELEASE_HEAD, ids=["in-prose", "headline-below-marker",
                                                                            "body-named-headline", "category-label"])
def test_press_release_words_in_prose_open_no_head(tmp_path, text, title, published):
    """'siaran pers' inside a sentence opens no head; a marker line followed right by the headline
    (even one that opens with a body's name), or a site's category label among its menu and date
    lines, takes neither as the issuer."""
    facts = facts_of(tmp_path, text)
    assert facts.article.title == title
    if published is not None:
        assert facts.article.published == published
    assert facts.article.metadata.get("issuer") is None
    if title.startswith("Ekspor Pala Maluku"):
        assert facts.figures[0].agency is None


def test_teasers_glued_into_a_flattened_paragraph_are_dropped_and_the_prose_kept(tmp_path):
    # a page flattened into one line: each 'BACA JUGA:' headline runs into the prose around it
    filler = "Pemerintah daerah terus memperbaiki layanan perizinan bagi para pelaku usaha di kawasan itu. " * 4
    line = ("BACA JUGA:Warga Desa Sukamaju Gelar Lomba 17 Perahu Hias Ekspor kerajinan rotan Kabupaten Contoh "
            "sepanjang 2023 mencapai US$ 4,6 juta. " + filler +
            "BACA JUGA:Tiga Resep Sambal Matah Khas Bali 2024 Pemerintah menargetkan ekspor rotan "
            "2024 sebesar US$ 5,2 juta. " + filler)
    facts = facts_of(tmp_path, "Ekspor Rotan Contoh Naik\n\n" + line + "\n")
    body = facts.article.body
    assert "Ekspor kerajinan rotan" in body and "Pemerintah menargetkan" in body
    assert "Perahu Hias" not in body and "Sambal Matah" not in body and "BACA JUGA" not in body
    assert sorted((f.type, f.value) for f in facts.figures) == [("figure", 4_600_000), ("target", 5_200_000)]
    assert_evidence_is_text(facts)
    # a teaser on a line of its own is still dropped whole
    facts = facts_of(tmp_path, "Ekspor Rotan Contoh Naik\n\nBACA JUGA:Warga Gelar Lomba 17 Perahu Hias\n\n" + PROSE)
    assert "Perahu" not in facts.article.body and "17" not in facts.article.body


def test_a_title_and_name_or_a_period_opening_the_prose_after_a_glued_teaser_are_kept(tmp_path):
    filler = "Pemerintah daerah terus memperbaiki layanan perizinan bagi para pelaku usaha di kawasan itu. " * 4
    lead = "Ekspor kerajinan rotan Kabupaten Contoh sepanjang 2023 mencapai US$ 4,6 juta. " + filler
    # a speaker's title and name right after the headline
    line = lead + "BACA JUGA:Harga Bawang Merah Turun Lagi Kepala Dinas Perdagangan Ratna Wulandari mengatakan ekspor rotan " \
        "2024 ditargetkan US$ 5,2 juta. " + filler
    body = facts_of(tmp_path, "Ekspor Rotan Contoh Naik\n\n" + line + "\n").article.body
    assert "Kepala Dinas Perdagangan Ratna Wulandari mengatakan" in body and "Bawang" not in body
    # a period opening the prose
    line = lead + "BACA JUGA:Pasar Malam Kembali Dibuka Selama Januari-Maret 2024 ekspor rotan mencapai US$ 1,3 juta. " + filler
    facts = facts_of(tmp_path, "Ekspor Rotan Contoh Naik\n\n" + line + "\n")
    assert "Selama Januari-Maret 2024 ekspor rotan" in facts.article.body and "Pasar Malam" not in facts.article.body
    assert [(f.value, f.period.start.isoformat(), f.period.end.isoformat()) for f in facts.figures if f.value == 1_300_000] == [
        (1_300_000, "2024-01-01", "2024-03-31")]


@pytest.mark.parametrize("text, date", [
    # the outlet's name after the place, before the bracketed date
    ("Judul Berita Ekspor Contoh\n\nKOTA CONTOH, Kabar Pesisir (3/6/2025) - Ekspor kopi naik.\n", dt.date(2025, 6, 3)),
    ("Judul Berita Ekspor Contoh\n\nMuara Contoh, Harian Timur (27/11/2023) – Ekspor rotan turun.\n", dt.date(2023, 11, 27)),
    # the outlet's name in brackets, after a comma or not
    ("Judul Berita Ekspor Contoh\n\nKOTA CONTOH, (Warta Pesisir) (4/9/2024) - Ekspor kopi naik.\n", dt.date(2024, 9, 4)),
    ("Judul Berita Ekspor Contoh\n\nTELUK CONTOH (Kabar Timur) (15/1/2025) – Harga ikan turun.\n", dt.date(2025, 1, 15)),
    ("Judul Berita Ekspor Contoh\n\nMuara Contoh, (Suara.id) (30/10/2023) - Ekspor rotan turun.\n", dt.date(2023, 10, 30)),
    # the place and the day in square brackets opening the lead
    ("Judul Berita Ekspor Contoh\n\n[Kota Contoh | 4 Juni 2024] Dinas mencatat ekspor kopi naik.\n", dt.date(2024, 6, 4)),
    ("Judul Berita Ekspor Contoh\n\n[TELUK CONTOH, 21/3/2025] Harga ikan turun.\n", dt.date(2025, 3, 21)),
    # a photo caption printed between the headline and the dateline
    ("Judul Berita Ekspor Contoh\n\nFoto: Pekerja menjemur biji kopi di gudang. (Dok. Dinas)\n\n"
     "KOTA CONTOH (8/2/2024) - Ekspor kopi naik.\n", dt.date(2024, 2, 8)),
    # no date in the brackets, or a day without its year: nothing to read
    ("Judul Berita Ekspor Contoh\n\nKOTA CONTOH (ANTARA) - Ekspor kopi naik.\n", None),
    ("Judul Berita Ekspor Contoh\n\nKOTA CONTOH (8/2) - Ekspor kopi naik.\n", None),
    ("Judul Berita Ekspor Contoh\n\nKOTA CONTOH, Kabar Pesisir (8/2) - Ekspor kopi naik.\n", None),
    ("Judul Berita Ekspor Contoh\n\nKOTA CONTOH, (Kabar Pesisir) (8/2) - Ekspor kopi naik.\n", None),
    ("Judul Berita Ekspor Contoh\n\n[Kota Contoh | 4 Juni] Dinas mencatat ekspor kopi naik.\n", None),
    ("Judul Berita Ekspor Contoh\n\n[Rp 12 miliar | 4 Juni 2024] Dinas mencatat ekspor kopi naik.\n", None),
    ("Judul Berita Ekspor Contoh\n\nDinas mencatat ekspor kopi naik [Kota Contoh | 4 Juni 2024].\n", None),
    # something else in brackets before a date: an amount, a lower-case phrase
    ("Judul Berita Ekspor Contoh\n\nKOTA CONTOH, (Rp 12,5 miliar) (8/2/2024) - Ekspor kopi naik.\n", None),
    ("Judul Berita Ekspor Contoh\n\nGudang kopi di desa, (milik koperasi) (8/2/2024) - dok. Dinas\n\nEkspor kopi naik.\n", None),
    # a photo credit, an update stamp or a remark where the place or the outlet stands (lexicon
    # dateline_non_place_words, update_stamp_words): no dateline
    ("Judul Berita Ekspor Contoh\n\n[Foto | 4 Juni 2024] Dinas mencatat ekspor kopi naik.\n", None),
    ("Judul Berita Ekspor Contoh\n\n[Dok. Dinas | 12 Mei 2024] Harga ikan turun.\n", None),
    ("Judul Berita Ekspor Contoh\n\n[Diperbarui, 21/3/2025] Harga ikan turun.\n", None),
    ("Judul Berita Ekspor Contoh\n\nRapat Koperasi, (Tertutup) (4/9/2024) - Ekspor kopi naik.\n", None),
    ("Judul Berita Ekspor Contoh\n\nKOTA CONTOH, (Ilustrasi) (3/6/2025) - Ekspor kopi naik.\n", None),
    # a caption with a place and a date in brackets: no dateline
    ("Judul Berita Ekspor Contoh\n\nPetani menjemur kopi di Desa Sukamulya, Kabupaten Contoh (5/3/2024) - dok. Dinas\n\n"
     "Ekspor kopi naik.\n", None),
    ("Judul Berita Ekspor Contoh\n\nGudang rotan milik koperasi, Kecamatan Pesisir Barat (9/8/2023) – foto istimewa\n\n"
     "Ekspor rotan naik.\n", None),
])
def test_a_dateline_date_after_an_outlet_name_or_a_caption(text, date):
    assert parse_article(text).published == date


LEAD = ("KOTA CONTOH - Nilai pengapalan kakao daerah itu naik pada triwulan lalu, didorong permintaan "
        "pabrik cokelat di Eropa yang kembali pulih, kata Kepala Dinas Perdagangan, Rabu (2/7/2025).\n\n")


@pytest.mark.parametrize("stamp, date", [
    # the page's stamp on the line under the byline, both printed after the lead: it dates the
    # page, not the day the text says the official spoke
    ("Penulis: Rini Astuti | Editor: Bayu Prasetyo\nKamis, 3 Juli 2025 | 11:45 WITA\n\n", dt.date(2025, 7, 3)),
    ("Reporter: Rini Astuti\nJumat, 4 Juli 2025 09:10 WIB\n\n", dt.date(2025, 7, 4)),
    # a byline with no stamp under it, or a date line under no byline: the day in the text
    ("Penulis: Rini Astuti | Editor: Bayu Prasetyo\n\nIa menyebut pasar utamanya Belanda.\n\n", dt.date(2025, 7, 2)),
    ("Pameran kakao berikutnya\nKamis, 3 Juli 2025 | 11:45 WITA\n\n", dt.date(2025, 7, 2)),
])
def test_a_stamp_under_a_byline_after_the_lead_dates_the_page(stamp, date):
    article = parse_article("Judul Berita Kakao Contoh\n\n" + LEAD + stamp + "Ia menyebut pasar utamanya Jerman.\n")
    assert article.published == date
    if "Penulis" in stamp or "Reporter" in stamp:
        assert "Juli 2025" not in article.body.split("Rabu")[1]  # the stamp line is no prose


# --- correction notes ---------------------------------------------------------------------------

STORY = ("Anggaran Promosi Kopi Contoh Naik\n\nKOTA CONTOH - Dinas Perdagangan Kabupaten Contoh mencatat anggaran "
         "promosi ekspor kopi tahun 2024 sebesar {amount}, naik 6,5 persen dibanding tahun 2023.\n\n"
         "Kepala dinas itu, Sari Wulan, mengatakan promosi digelar di 9 negara.\n\n{note}\n")


@pytest.mark.parametrize("amount, note, right", [
    ("Rp2,86 miliar", "Ralat: Berita ini telah diperbaiki. Sebelumnya tertulis Rp2,86 miliar, yang benar Rp2,68 miliar.",
     2_680_000_000),
    ("Rp 3,75 triliun", "Koreksi: sebelumnya tertulis Rp 3,75 triliun, seharusnya Rp 3,57 triliun. Mohon maaf.",
     3_570_000_000_000),
    ("Rp2,86 miliar", "*) Ralat: Pada berita sebelumnya tertulis Rp2,86 miliar. Yang benar adalah Rp2,685 miliar.",
     2_685_000_000),
    ("USD 18 juta", "[Catatan Redaksi: angka anggaran tertulis USD 18 juta, semestinya USD 8,1 juta]", 8_100_000),
    # the wrong amount with another scale
    ("Rp1,5 triliun", "RALAT: sebelumnya tertulis Rp1,5 triliun, yang benar Rp1,5 miliar.", 1_500_000_000),
])
def test_a_correction_note_puts_the_right_amount_for_the_wrong_one(tmp_path, amount, note, right):
    facts = facts_of(tmp_path, STORY.format(amount=amount, note=note))
    money = [f for f in facts.figures if f.unit in ("IDR", "USD")]
    assert [f.value for f in money] == [right]
    assert money[0].evidence.text.endswith(amount)   # the evidence is what the page printed
    assert sorted(f.value for f in facts.figures if f.unit not in ("IDR", "USD")) == [Decimal("6.5"), 9]
    assert_evidence_is_text(facts)


@pytest.mark.parametrize("note", [
    # the story already mended: the note names both, the story the right one
    "Catatan redaksi: Artikel ini mengalami perubahan pada angka Rp2,68 miliar, sebelumnya tertulis Rp2,86 miliar.",
    "Ralat: sebelumnya tertulis Rp2,86 miliar, yang benar Rp2,68 miliar",
])
def test_a_correction_note_gives_no_fact_of_its_own(tmp_path, note):
    facts = facts_of(tmp_path, STORY.format(amount="Rp2,68 miliar", note=note))
    assert [f.value for f in facts.figures if f.unit == "IDR"] == [2_680_000_000]


@pytest.mark.parametrize("amount, note", [
    # no marker line: prose that says 'tertulis' and 'seharusnya'
    ("Rp2,86 miliar", "Dalam laporan tertulis Rp2,86 miliar, seharusnya bisa lebih besar tahun depan."),
    # a marker without the colon opens prose
    ("Rp2,86 miliar", "Koreksi harga kopi sebelumnya tertulis Rp2,86 miliar dalam laporan pasar, yang benar Rp2,68 miliar."),
    # a colon but no word of a correction: a heading of prose
    ("Rp2,86 miliar", "Revisi: target promosi tahun depan dinaikkan menjadi Rp2 miliar."),
    # subheads of prose with a colon and a word that also serves corrections
    ("Rp2,86 miliar", "Revisi: dalam rencana semula anggaran itu disebut Rp2,86 miliar, sebenarnya kini dipangkas "
                      "menjadi Rp1,1 miliar."),
    ("Rp2,86 miliar", "Klarifikasi: Sari Wulan menegaskan angka yang tercantum dalam laporan Rp2,86 miliar hanya "
                      "untuk pameran, seharusnya total promosi lebih besar."),
    ("Rp2,86 miliar", "Koreksi: biaya promosi yang disebutkan Rp2,86 miliar, seharusnya bisa ditekan menjadi Rp1 miliar."),
    # a marker and the right amount, but no word of the version printed wrongly
    ("Rp2,86 miliar", "Catatan Redaksi: anggaran yang benar Rp2,86 miliar dipakai juga tahun depan."),
])
def test_prose_that_names_a_correction_changes_no_amount(tmp_path, amount, note):
    facts = facts_of(tmp_path, STORY.format(amount=amount, note=note))
    assert 2_860_000_000 in [f.value for f in facts.figures if f.unit == "IDR"]


@pytest.mark.parametrize("subhead", [
    # subheads of prose: a colon after a word that also heads corrections, and a word of them inside
    "Revisi: dalam rencana semula anggaran itu disebut Rp2,1 miliar, sebenarnya kini dipangkas menjadi Rp1,1 miliar.",
    "Klarifikasi: Sari Wulan menegaskan angka yang tercantum dalam laporan Rp2,1 miliar hanya untuk pameran.",
    "Koreksi: biaya promosi yang disebutkan Rp2,1 miliar, seharusnya bisa ditekan menjadi Rp1 miliar.",
    "Perbaikan: gudang yang semula tertulis rusak kini menampung 40 ton, seharusnya 60 ton pada akhir tahun.",
])
def test_a_prose_subhead_with_words_of_a_correction_stays_in_the_text(subhead):
    assert subhead in parse_article(STORY.format(amount="Rp2,86 miliar", note=subhead)).body


def test_a_wrong_amount_printed_for_two_facts_is_left_alone():
    # the same amount stands for another fact too: which one was wrong is not known
    text = STORY.format(amount="Rp2,86 miliar", note="Ralat: sebelumnya tertulis Rp2,86 miliar, yang benar Rp2,68 miliar.")
    text = text.replace("di 9 negara.", "di 9 negara dengan biaya perjalanan Rp2,86 miliar.")
    article = parse_article(text)
    assert article.body.count("2,86 miliar") >= 2 and "yang benar Rp2,68 miliar" in article.body


@pytest.mark.parametrize("amount, note", [
    # the wrong amount printed in another form: nothing to mend, the note keeps the right amount
    ("Rp2.860 juta", "Ralat: sebelumnya tertulis Rp2,86 miliar, yang benar Rp2,68 miliar."),
    # the wrong amount with a soft hyphen in its word: the edit would cut a repaired stretch
    ("Rp1,5 tri\u00adliun", "Koreksi: sebelumnya tertulis Rp1,5 triliun, seharusnya Rp1,5 miliar."),
])
def test_a_correction_note_that_mends_nothing_is_read(amount, note):
    article = parse_article(STORY.format(amount=amount, note=note))
    assert note.rstrip(".").split(",")[-1].strip() in article.body


def test_a_corrected_amount_with_another_word_after_it_is_left_alone():
    note = "Ralat: sebelumnya tertulis Rp2,86 miliar, yang benar Rp2,68 miliar."
    article = parse_article(STORY.format(amount="Rp2,86 miliar", note=note).replace("6,5 persen", "2,86 persen"))
    assert "2,86 persen" in article.body and "2,68 miliar" in article.body and "2,86 miliar" not in article.body


# --- a stamp at the foot ------------------------------------------------------------------------

FOOT = ("Ekspor Rotan Kabupaten Contoh Naik\n\nKOTA CONTOH - Dinas Perdagangan Kabupaten Contoh mencatat ekspor rotan "
        "pada Februari 2025 naik 7,2 persen dibanding bulan sebelumnya, ditopang pesanan mebel dari pembeli lama. "
        "\"Permintaan Eropa pulih,\" kata kepala dinas itu, Rabu (12/3/2025).\n\n"
        "Ia menyebut pasar utamanya Belanda dan Jerman.\n\n")


@pytest.mark.parametrize("foot, date", [
    # the page's stamp after the last paragraph: the page's date, not the day the official spoke
    ("13 Mar 2025 | 10:05\n", dt.date(2025, 3, 13)),
    ("2025-03-14 15:22\n", dt.date(2025, 3, 14)),
    ("Kamis, 13 Maret 2025 - 10:05 WIB\nEditor: Bayu Prasetyo\n", dt.date(2025, 3, 13)),
    ("Editor: Bayu Prasetyo\n13/03/2025 10:05\n", dt.date(2025, 3, 13)),
    # an update's stamp: published before it, the day in the text dates the page
    ("Diperbarui: 14 Maret 2025 08:00\n", dt.date(2025, 3, 12)),
    ("Terakhir diperbarui 2025-03-15\n", dt.date(2025, 3, 12)),
    # a date under a heading may be an event's
    ("Pameran rotan berikutnya\n20 Maret 2025\n", dt.date(2025, 3, 12)),
])
def test_a_stamp_after_the_last_paragraph_dates_the_page(foot, date):
    assert parse_article(FOOT + foot).published == date


@pytest.mark.parametrize("foot", [
    # a date line after a sentence that dates something else: a scope, a source, a validity
    "Angka per 28 Februari 2025\n",
    "Sumber: Dinas Perdagangan, 13 Maret 2025\n",
    "Berlaku sampai 2025-06-30\n",
    "Data hingga 14 Maret 2025\n",
    # the date alone after a sentence, but not 0-3 days after the day in the text: an event's,
    # a deadline's, or an older stamp
    "Lelang mebel rotan digelar di alun-alun kota.\nMinggu, 30 Maret 2025\n",
    "Pendaftaran peserta pameran ditutup pekan depan.\n21 Maret 2025\n",
    "11 Mar 2025 | 09:40\n",
])
def test_a_foot_date_line_that_is_no_stamp_of_the_page_leaves_the_day_in_the_text(foot):
    assert parse_article(FOOT + foot).published == dt.date(2025, 3, 12)


def test_a_foot_stamp_dates_a_page_whose_text_names_no_day():
    text = FOOT.replace(", Rabu (12/3/2025)", "") + "Data per 28 Februari 2025\n"
    assert parse_article(text).published == dt.date(2025, 2, 28)


def test_an_update_stamp_dates_a_page_that_nothing_else_dates():
    text = FOOT.replace(", Rabu (12/3/2025)", "") + "Diperbarui: 14 Maret 2025 08:00\n"
    assert parse_article(text).published == dt.date(2025, 3, 14)


# --- photo captions between paragraphs ----------------------------------------------------------

CAPTIONED = ("Ekspor Ikan Kabupaten Contoh Naik\n\nSelasa, 11 Maret 2025 10:05 WIB\n\nKOTA CONTOH - Dinas Kelautan "
             "dan Perikanan Kabupaten Contoh mencatat ekspor ikan pada Februari 2025 mencapai USD 2,4 juta.\n\n"
             "Kepala Dinas Kelautan dan Perikanan Kabupaten Contoh, Sari Wulan, mengatakan tuna menyumbang USD 1,6 juta.\n\n"
             "{caption}\n\nMenurut dia, ekspor itu berasal dari 11 eksportir.\n")


@pytest.mark.parametrize("caption, value", [
    ("Petugas memeriksa 36 kontainer ikan beku di pelabuhan, Senin (10/3/2025). (ANTARA/Dimas Pratama)", 36),
    ("Nelayan membongkar 4,2 ton ikan di dermaga. ANTARA/Yuni Astuti", Decimal("4.2")),
    ("Sebanyak 18 truk pendingin antre di gerbang pelabuhan. (Istimewa)", 18),
    ("Pekerja menimbang 25 karung tuna. ANTARA FOTO/Dimas Pratama", 25),
])
def test_a_figure_of_a_photo_caption_is_the_pages_not_the_speakers(tmp_path, caption, value):
    facts = facts_of(tmp_path, CAPTIONED.format(caption=caption))
    (own,) = [f for f in facts.figures if f.value == value]
    assert own.speaker is None and own.agency is None
    (count,) = [f for f in facts.figures if f.value == 11]   # the story goes on with its speaker after the caption
    assert count.speaker and count.speaker.name == "Sari Wulan" and (count.period.start, count.period.end) == \
        (dt.date(2025, 2, 1), dt.date(2025, 2, 28))


@pytest.mark.parametrize("sentence", [
    # a one-sentence paragraph over a credit whose number the text prints for another fact too
    "Ekspor tuna ke Jepang naik 11 persen.",
    "Harga tuna beku di pelabuhan turun 11 persen.",
    "Sebanyak 11 kapal tuna berlabuh pekan lalu.",
])
def test_a_sentence_with_a_number_over_a_credit_line_stays(sentence):
    text = CAPTIONED.format(caption=sentence + "\n(ANTARA/Dimas Pratama)")
    assert sentence in parse_article(text).body


@pytest.mark.parametrize("prose", [
    # an agency's name with a slash inside a sentence is a source, not a photo credit
    "Sebanyak 36 kontainer tuna dikirim ke Jepang pekan lalu, seperti diberitakan ANTARA/Kyodo.",
    "Menurut data yang dihimpun ANTARA/Xinhua, pembeli di Shanghai memesan 36 kontainer tuna.",
    "Ia mengatakan kepada ANTARA/AFP bahwa 36 kontainer tuna tertahan di pelabuhan tujuan.",
])
def test_an_agency_named_with_a_slash_in_prose_keeps_the_speaker(tmp_path, prose):
    facts = facts_of(tmp_path, CAPTIONED.format(caption=prose))
    (own,) = [f for f in facts.figures if f.value == 36]
    assert own.speaker and own.speaker.name == "Sari Wulan"


@pytest.mark.parametrize("caption, value", [
    # a caption that names the official who shows the figure keeps him
    ("Kepala Dinas Kelautan dan Perikanan Kabupaten Contoh, Sari Wulan, menunjukkan 36 kontainer ikan beku. "
     "(ANTARA/Dimas Pratama)", 36),
    # a paragraph that names the news agency without a credit's slash is prose, still hers
    ("Kepada ANTARA ia menyebut 36 kontainer ikan beku dikirim pekan lalu.", 36),
])
def test_a_line_that_is_no_bare_caption_keeps_its_speaker(tmp_path, caption, value):
    facts = facts_of(tmp_path, CAPTIONED.format(caption=caption))
    (own,) = [f for f in facts.figures if f.value == value]
    assert own.speaker and own.speaker.name == "Sari Wulan"


@pytest.mark.parametrize("caption, value", [
    ("Foto: Sebanyak 2,5 ton tuna dibongkar di dermaga, Senin (10/3/2025). (Dok. Istimewa)", Decimal("2.5")),
    ("Foto : Petugas memeriksa 36 kontainer ikan beku sebelum dikapalkan.", 36),
    ("(Foto: 14 kapal nelayan bersandar di pelabuhan, 10/3/2025)", 14),
])
def test_a_foto_line_with_a_number_of_its_own_is_kept_as_the_pages_words(tmp_path, caption, value):
    facts = facts_of(tmp_path, CAPTIONED.format(caption=caption))
    (own,) = [f for f in facts.figures if f.value == value]
    assert own.speaker is None and own.agency is None
    assert_evidence_is_text(facts)


@pytest.mark.parametrize("caption", [
    # only a date, a year, a time: furniture
    "Foto: Kepala dinas meninjau gudang ikan, Senin (10/3/2025). (Foto: Humas)",
    "Foto: Suasana pelabuhan pada musim tangkap 2024, pukul 06.30 WIB.",
    # a number the story prints: the caption restates it
    "Foto: Tuna senilai USD 1,6 juta siap dikirim. (Dok. Istimewa)",
])
def test_a_foto_line_without_a_number_of_its_own_is_furniture(caption):
    article = parse_article(CAPTIONED.format(caption=caption))
    assert caption[:12] not in article.body


# --- a teaser glued inside a short paragraph ----------------------------------------------------

@pytest.mark.parametrize("teaser", [
    "Baca Juga: Harga Cabai Rawit Naik Rp8.000 per Kilogram",
    "BACA JUGA: 17 Koperasi Nelayan Terima Bantuan Rp4,2 Miliar",
    "Baca juga: Inflasi Kota Contoh 2,9 Persen pada Juli",
])
def test_a_teaser_glued_inside_a_short_paragraph_gives_no_figure(tmp_path, teaser):
    text = CAPTIONED.format(caption="Ia menyebut pasar utamanya Jepang. " + teaser + " Menurut dia, harga tuna stabil.")
    facts = facts_of(tmp_path, text)
    assert sorted(f.value for f in facts.figures) == [11, 1_600_000, 2_400_000]
    assert "Menurut dia, harga tuna stabil." in facts.article.body and "Jepang." in facts.article.body


@pytest.mark.parametrize("prose, kept", [
    # 'baca juga:' after a comma or a verb inside a sentence: prose that names a document
    ("Aturan pengiriman itu, baca juga: Batas 40 Kontainer per Kapal, berlaku sejak Mei.", "40 Kontainer"),
    ("Nelayan diminta baca juga: Pedoman Mutu Tuna 2025 dari Dinas Kelautan yang memuat batas 40 kontainer.",
     "Pedoman Mutu Tuna 2025"),
    ("Koperasi itu menyarankan anggota agar baca juga: Petunjuk Ekspor Ikan Beku sebelum mengirim 40 kontainer.",
     "Petunjuk Ekspor Ikan Beku"),
])
def test_baca_juga_inside_a_short_sentence_is_no_teaser(prose, kept):
    assert kept in parse_article(CAPTIONED.format(caption=prose)).body


def test_a_paragraph_that_only_mentions_reading_more_keeps_its_words():
    # no colon after the words: prose, not a teaser
    text = CAPTIONED.format(caption="Ia meminta warga baca juga label kemasan 3 kali sebelum membeli ikan beku.")
    assert "label kemasan 3 kali" in parse_article(text).body


@pytest.mark.parametrize("caption", [
    "Pekerja menata karung di gudang.\n(ANTARA/Rina Lestari)",
    "Suasana bongkar muat di dermaga ikan\nANTARA FOTO/Rina Lestari",
    "Kapal nelayan bersandar di pelabuhan.\n(Dok. Istimewa)",
])
def test_a_caption_over_a_credit_line_is_furniture_and_breaks_no_report(tmp_path, caption):
    text = CAPTIONED.replace("Kepala Dinas", caption + "\n\nKepala Dinas", 1).format(caption="")
    facts = facts_of(tmp_path, text)
    assert caption.split("\n")[0] not in facts.article.body
    (lead,) = [f for f in facts.figures if f.value == 2_400_000]
    assert lead.agency == "Dinas Kelautan dan Perikanan Kabupaten Contoh"


@pytest.mark.parametrize("caption, kept", [
    # the caption's own number: kept
    ("Petugas memeriksa 36 kontainer di pelabuhan.\n(ANTARA/Rina Lestari)", "36 kontainer"),
    # a short quote above a credit is no caption
    ("\"Kami siap,\" katanya.\n(ANTARA/Rina Lestari)", "Kami siap"),
    # a credit inside a line of prose is no credit line
    ("Pekerja menata karung di gudang.\nEkspor naik lagi (Foto: Humas)", "Pekerja menata karung"),
])
def test_a_line_over_a_credit_that_is_no_bare_caption_is_kept(caption, kept):
    text = CAPTIONED.replace("Kepala Dinas", caption + "\n\nKepala Dinas", 1).format(caption="")
    assert kept in parse_article(text).body


@pytest.mark.parametrize("caption", [
    "Foto: Suasana gudang penyimpanan ikan beku. (ANTARA/Rina)",
    "Foto: Petugas meninjau dermaga.",
    "(Foto: Kepala dinas meninjau pelabuhan ikan, Senin (10/3/2025).)",
])
def test_a_caption_over_the_headline_leaves_the_headline_the_title(caption):
    article = parse_article(caption + "\n\n" + CAPTIONED.format(caption=""))
    assert article.title == "Ekspor Ikan Kabupaten Contoh Naik" and article.published == dt.date(2025, 3, 11)
    assert "Ekspor Ikan Kabupaten Contoh Naik" not in article.body


def test_a_first_line_of_prose_is_no_caption_and_no_title():
    # a text that opens with its lead (a full stop, no caption word) has no title
    article = parse_article(CAPTIONED.format(caption="").split("KOTA CONTOH - ", 1)[1])
    assert article.title is None


@pytest.mark.parametrize("head, date", [
    # a date line above the headline 0-3 days after the day the text names: the page came out then
    ("13/03/2025\n\n", dt.date(2025, 3, 13)),
    ("Jumat, 14 Maret 2025 09:40 WITA\n", dt.date(2025, 3, 14)),
    ("Kamis, 13 Maret 2025 | 08:15 WIB\nPenulis: Rini Astuti\n", dt.date(2025, 3, 13)),
    # long after it (the day the page was saved) or before it: the day in the text
    ("Senin, 20 Oktober 2025 11:00 WIB\n", dt.date(2025, 3, 12)),
    ("11/03/2025\n\n", dt.date(2025, 3, 12)),
    ("Selasa, 18 Maret 2025 10:00 WIB\n", dt.date(2025, 3, 12)),
])
def test_a_date_line_above_the_headline_dates_the_page_only_just_after_the_text_day(head, date):
    text = head + "Ekspor Mebel Rotan Naik Tujuh Persen\n\n" + FOOT.split("\n\n", 1)[1]
    assert parse_article(text).published == date


@pytest.mark.parametrize("text, date", [
    # a press-release dateline: the place, a comma, the day unbracketed (figures or words), the dash
    ("Judul Berita Ekspor Contoh\n\nKota Contoh, 14/10/2024 - Ekspor kopi daerah itu naik.\n", dt.date(2024, 10, 14)),
    ("Judul Berita Ekspor Contoh\n\nKOTA CONTOH, 3 Februari 2023 – Dinas mencatat ekspor rotan naik.\n", dt.date(2023, 2, 3)),
    ("Tanjung Harapan, 09 Mei 2025 -- Koperasi itu mengirim 12 kontainer lada.\n", dt.date(2025, 5, 9)),
    ("Kota Baru Indah, 21 Sep 2022 - Harga ikan turun sepekan terakhir.\n", dt.date(2022, 9, 21)),
    # not a dateline: a caption with two places, a sentence's lowercase head, a date later in the line
    ("Judul Berita Ekspor Contoh\n\nDesa Sukamulya, Kabupaten Contoh, 5/3/2024 - dok. Dinas\n\nEkspor kopi naik.\n", None),
    ("Judul Berita Ekspor Contoh\n\nGudang rotan di Kota Contoh, 9 Agustus 2023 - foto istimewa\n\nEkspor rotan naik.\n", None),
    ("Judul Berita Ekspor Contoh\n\nEkspor kopi, 12/2/2025 - catatan dinas - naik tipis.\n", None),
    ("Judul Berita Ekspor Contoh\n\nKOTA CONTOH - Pameran digelar 3 Februari 2023 - 5 Februari 2023 di alun-alun.\n", None),
    # a span of days after the place (a figure right after the dash), a label head
    ("Judul Berita Ekspor Contoh\n\nKota Contoh, 8 Maret 2024 - 10 Maret 2024 di gedung serbaguna.\n", None),
    ("Judul Berita Ekspor Contoh\n\nPALU, 1 Juli 2023 – 30 Juni 2024 menjadi tahun buku koperasi.\n", None),
    ("Judul Berita Ekspor Contoh\n\nJadwal, 8 Maret 2024 - pendaftaran peserta pameran dibuka.\n", None),
    ("Judul Berita Ekspor Contoh\n\nPeriode, 2/9/2024 - pengiriman kontainer tahap kedua.\n", None),
])
def test_a_press_release_dateline_with_an_unbracketed_date_dates_the_page(text, date):
    assert parse_article(text).published == date
