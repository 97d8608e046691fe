"""Issue 9, session 30: speakers the extractor lost on development texts of several writers (decision 0078).
Each reading is written here as sentences of our own (names, places and numbers invented):
- a title with no name as the subject of a speech verb is the one official the text names with that
  title for that body, before or after ('Deputi Bidang X kementerian itu mengatakan ...' and later
  '..., ujar Deputi Bidang X, Budi');
- a name that ends its sentence after the speech verb ('..., kata Dewi.') names the speaker;
- honorifics between a title and the name ('..., Ir. Meiske Lumowa, M.Si.') and 'Hi.' inside a name
  ('Rusdi Hi. Abbas') do not hide him.
The counter-sentences: two officials who could hold the title leave it unnamed; the head of a body is not
the head of one of its units."""
from decimal import Decimal

import pytest

from article_facts import LEXICON
from kg.extract import extract
from kg.extract.read import parse_article

HEAD = "Laporan Ekonomi Untuk Pengujian\n\nSelasa, 8 Oktober 2024 10:15 WIB\n\n"


def figure_in(text: str, value: str):
    facts = extract(parse_article(HEAD + text, lexicon=LEXICON), LEXICON)
    return next(f for f in facts.figures if f.value == Decimal(value))


def spoken_by(text: str, value: str):
    speaker = figure_in(text, value).speaker
    return speaker.name if speaker else None


TITLE_SAID_ALONE = (
    "JAKARTA - Kementerian Koperasi dan UKM membentuk satuan tugas ekspor koperasi.\n\n"
    "Deputi Bidang Perkoperasian kementerian itu mengatakan, hingga akhir semester I 2024 baru 38 persen "
    "dari target kemitraan tahun ini yang terealisasi.\n\n")
TITLE_THEN_HOLDER = TITLE_SAID_ALONE + (
    "\"Angkanya belum memuaskan,\" ujar Deputi Bidang Perkoperasian, Teguh Wirasena, di sela rapat.\n")


def test_a_title_alone_speaking_is_the_one_named_later_with_that_title():
    assert spoken_by(TITLE_THEN_HOLDER, "38") == "Teguh Wirasena"


def test_a_title_two_officials_could_hold_stays_unnamed():
    text = TITLE_THEN_HOLDER + "\n\"Kami optimistis,\" kata Deputi Bidang Perkoperasian, Rina Saptari.\n"
    assert spoken_by(text, "38") is None


def test_the_head_of_a_body_is_not_the_head_of_one_of_its_units():
    text = ("KUPANG - Badan Pusat Statistik Provinsi Nusa Tenggara Timur merilis data ekspor.\n\n"
            "Kepala BPS Provinsi Nusa Tenggara Timur menjelaskan, ekspor pada Agustus 2024 mencapai "
            "12,4 juta dolar AS.\n\n"
            "\"Ekspor ikan naik,\" kata Kepala Bidang Statistik Distribusi BPS Provinsi Nusa Tenggara Timur, "
            "Yohanes Bria.\n")
    assert spoken_by(text, "12400000") is None


def test_a_name_ending_the_sentence_after_the_speech_verb_is_the_speaker():
    text = ("PEKALONGAN - Kepala Dinas Perdagangan Kota Pekalongan, Dewi Kartikasari, menjelaskan ekspor batik "
            "tahun lalu mencapai USD 4,7 juta.\n\n"
            "Tahun depan, Pemerintah Kota Pekalongan menargetkan ekspor batik naik menjadi USD 6 juta, kata Dewi.\n")
    target = figure_in(text, "6000000")
    assert (target.agency, target.speaker and target.speaker.name) == ("Pemerintah Kota Pekalongan",
                                                                        "Dewi Kartikasari")


@pytest.mark.parametrize("tag", [
    "kata Kepala Bidang Perikanan Tangkap pada dinas tersebut, Ir. Meiske Lumowa, M.Si.",
    "kata Kepala Bidang Perikanan Tangkap dinas tersebut, Dr. Ir. Meiske Lumowa.",
], ids=["honorific_and_degree", "two_honorifics"])
def test_honorifics_between_a_title_referring_back_and_the_name_do_not_hide_him(tag):
    text = ("MANADO - Dinas Kelautan dan Perikanan Provinsi Sulawesi Utara mencatat produksi ikan tahun lalu "
            "mencapai 352.600 ton.\n\n"
            f"\"Tahun ini kami menargetkan produksi 365.000 ton,\" {tag}\n")
    assert spoken_by(text, "365000") == "Meiske Lumowa"


def test_a_name_with_hi_inside_is_one_name():
    text = ("TERNATE - Dinas Kelautan dan Perikanan Provinsi Maluku Utara mencatat ekspor ikan tahun lalu "
            "9.482 ton.\n\n"
            "Kepala Bidang Perikanan Tangkap, Rusdi Hi. Abbas, mengatakan volume tersebut naik sekitar 14 persen "
            "dibandingkan tahun 2022.\n")
    assert spoken_by(text, "14") == "Rusdi Hi. Abbas"


OFFICIAL = ("YOGYAKARTA - Kepala Dinas Perindustrian dan Perdagangan Daerah Istimewa Yogyakarta, Bambang Setyo Aji, "
            "menyebut ekspor 2024 mencapai US$ 491 juta. ")


def test_a_target_his_own_government_set_told_in_his_paragraph_is_his_to_tell():
    """The government sets it (agency), the official of its dinas tells it (speaker)."""
    target = figure_in(OFFICIAL + "Untuk tahun ini, Pemda DIY memasang target ekspor US$ 520 juta.\n", "520000000")
    assert (target.agency, target.speaker and target.speaker.name) == (
        "Pemerintah Provinsi Daerah Istimewa Yogyakarta", "Bambang Setyo Aji")


@pytest.mark.parametrize("sentence, value", [
    ("Padahal, Pemda DIY memasang target ekspor US$ 520 juta.", "520000000"),
    ("Pemda DIY juga menggandeng atase perdagangan di 14 negara mitra.", "14"),
], ids=["the_narrator_turning_against_him", "not_a_target_his_government_set"])
def test_his_governments_other_sentences_stay_the_narrators(sentence, value):
    assert spoken_by(OFFICIAL + sentence + "\n", value) is None


# the review's counter-sentences: one who held the title before, one named with it who never speaks, a lone capital
@pytest.mark.parametrize("later", [
    "Sementara itu, mantan Deputi Bidang Perkoperasian, Rina Saptari, menilai target itu terlalu tinggi.",
    "Pada 2019, Deputi Bidang Perkoperasian, Rina Saptari, ditahan Kejaksaan Agung.",
], ids=["a_former_holder", "named_with_it_but_never_speaking"])
def test_a_title_alone_is_not_given_to_one_who_does_not_hold_it_now_or_never_speaks(later):
    assert spoken_by(TITLE_SAID_ALONE + later + "\n", "38") is None


def test_a_lone_capitals_dot_ends_the_quotes_tag():
    text = ("MANADO - Dinas Perdagangan Sulawesi Utara memantau pasar.\n\n"
            "\"Harga bawang merah pada Oktober 2024 naik 10 persen,\" ucap Kepala Bidang Perdagangan Dalam Negeri "
            "Dinas Perdagangan Sulawesi Utara di Gedung B. Camat Wenang, Ir. Jefri Tumbelaka, mengatakan stok menipis.\n")
    facts = extract(parse_article(HEAD + text, lexicon=LEXICON), LEXICON)
    assert [q.speaker for q in facts.quotes] == [None]
