"""A person named by one word as the subject of a speech verb ('Selain itu, Yadi menambahkan, ...'), and a name after
'Menurut' that no title brought in ('Menurut Budi Santoso, ...'): news names an official by his one name after his
first mention, and a page read from the middle has only that name (mentions.lone_name_speaking,
according_to_unnamed, short_for_someone_named). Sentences written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def speakers(body: str):
    text = f"---\npublished: 2021-06-01\n---\nEkspor Daerah Naik\nSAMARINDA - Ekspor provinsi naik.\n{body}\n"
    return [f.speaker.name if f.speaker else None for f in extract(parse_article(text, lexicon=LEXICON), LEXICON).figures]


SPOKEN = " Ia menyebut pembeli utama dari Jepang."  # the text speaks of him as a person (spoken_of_as_a_person)


@pytest.mark.parametrize("sentence", [
    "Yadi mengatakan, ekspor mencapai Rp2,8 miliar." + SPOKEN,
    "Selain itu, Yadi menambahkan, ekspor mencapai Rp2,8 miliar." + SPOKEN,
    "Menurut Yadi, ekspor mencapai Rp2,8 miliar." + SPOKEN,
    "Yadi menambahkan, langkah lain dilakukan.\n“Ekspor mencapai Rp2,8 miliar,” tutupnya.",
])
def test_one_name_as_the_one_speaking(sentence):
    assert speakers(sentence) == ["Yadi"]


def test_a_full_name_after_menurut_without_a_title():
    assert speakers("Menurut Budi Santoso, ekspor mencapai Rp2,8 miliar." + SPOKEN) == ["Budi Santoso"]


@pytest.mark.parametrize("sentence", [
    "Samsung mengklaim, pangsa pasarnya mencapai 20 persen.",
    "Pedagang mengatakan, pasokan cabai turun hingga 30 persen.",
    "Setelah itu, Nomura memproyeksikan, pertumbuhan kredit sekitar 10 persen.",
    "Menurut Goldman Sachs, pertumbuhan ekonomi global hanya 2,6 persen.",
    "Menurut Canalys, pangsa pasar Oppo mencapai 22 persen.",
    "Ekspor nikel mencapai US$ 3 miliar. Hal itu diungkapkan Harita Nickel dalam paparan publik di Jakarta.",
])
def test_a_firm_or_a_common_noun_named_alone_is_no_person(sentence):
    """(a firm, a bank or traders named alone, with no quote, pronoun or '-nya' verb of speaking around it)"""
    assert speakers(sentence) == [None]


@pytest.mark.parametrize("sentence", [
    "Dia mengatakan, ekspor mencapai Rp2,8 miliar.",               # a pronoun
    "Karantina memastikan ekspor mencapai Rp2,8 miliar.",           # a body's field word
    "Pencapaian ini menunjukkan ekspor mencapai Rp2,8 miliar.",     # a pe-...-an noun
    "Menurut Survei, ekspor mencapai Rp2,8 miliar.",                # a source, not a person
    "Laporan menyebutkan ekspor mencapai Rp2,8 miliar.",
    "Sementara, pedagang mengatakan ekspor mencapai Rp2,8 miliar.",  # lowercase: no name
])
def test_words_that_are_no_ones_name(sentence):
    assert speakers(sentence) == [None]


def test_a_word_the_text_also_writes_in_lowercase_is_no_name():
    assert speakers("Petani mengatakan ekspor mencapai Rp2,8 miliar. Para petani senang.") == [None]


def test_a_short_form_of_someone_named_before_is_no_new_person():
    """('Susi' for Susiwijono, 'Buwas' for Budi Waseso: the speaker the text brought in, not a new one)"""
    body = ("Sekretaris Kementerian Koordinator Bidang Perekonomian Susiwijono Moegiarso hadir di Jakarta bersama "
            "Direktur Utama Perum Bulog Budi Waseso.\n"
            "Menurut Susi, ekspor mencapai Rp2,8 miliar.\nBuwas mengatakan stok mencapai 900 ribu ton.")
    said = speakers(body)
    assert "Susi" not in said and "Buwas" not in said


def test_a_one_word_name_nobody_named_before_is_a_new_person():
    assert speakers("Direktur Utama Perum Bulog Budi Waseso hadir.\nSusi mengatakan stok mencapai 900 ribu ton."
                    + SPOKEN) == ["Susi"]


@pytest.mark.parametrize("sentence", [
    "Hal itu disampaikan Budi Santoso di Samarinda, Senin (8/5/2023). Ia menyebut ekspor mencapai Rp2,8 miliar.",
    "Pernyataan itu diungkapkan Budi Santoso saat ditemui. Menurutnya, ekspor mencapai Rp2,8 miliar.",
    "“Ekspor mencapai Rp2,8 miliar.” Hal tersebut diungkapkan oleh Budi Santoso di Samarinda.",
])
def test_a_full_name_after_a_passive_speech_verb_is_the_one_who_said_it(sentence):
    assert speakers(sentence) == ["Budi Santoso"]


def test_a_body_after_a_passive_speech_verb_is_no_person():
    assert speakers("Hal itu disampaikan Bank Indonesia di Samarinda. Ekspor mencapai Rp2,8 miliar.") == [None]


def agencies(body: str):
    text = f"---\npublished: 2020-06-13\n---\nEkspor Walet\n{body}\n"
    return [f.agency for f in extract(parse_article(text, lexicon=LEXICON), LEXICON).figures]


@pytest.mark.parametrize("title", ["Sistem Informasi Ekspor Terpadu (SIET) di", "Sistem Informasi Ekspor Terpadu milik",
                                   "Quarantine Full Automation System (QFAST) di"])
def test_a_data_sets_long_title_before_the_body_that_keeps_it(title):
    """('Berdasarkan data Quarantine Full Automation System (QFAST) di Dinas X, ...': the body is the data's source,
    the title's words and its short form in brackets between; attribution DATA_TITLE_REACH, lexicon data_title_links)"""
    found = agencies(f"Berdasarkan data {title} Karantina Pertanian Tanjungbalai Karimun, tercatat pada tahun 2018 "
                     "ekspor sarang walet menembus 607,7 kg.")
    assert len(found) == 1 and (found[0] or "").startswith("Karantina Pertanian")


@pytest.mark.parametrize("head", ["Kepala BPS Sulsel", "Kepala Badan Pusat Statistik (BPS) Sulsel,"])
def test_what_a_head_whose_title_is_read_with_the_office_was_credited_with(head):
    """('Hal tersebut diungkapkan Kepala BPS Sulsel, saat ...': the office's mention holds its head's title; what was
    said before is the office's, as after 'Kepala Dinas X'; attribution.reported_back_by_body)"""
    text = (f"---\npublished: 2016-03-15\n---\nEkspor\nNilai ekspor Sulsel pada Februari 2016 mencapai 68,61 juta dolar "
            f"AS.\nHal tersebut diungkapkan {head} saat menyampaikan Berita Resmi Statistik di Makassar.\n")
    figs = extract(parse_article(text, lexicon=LEXICON), LEXICON).figures
    assert [f.agency for f in figs] == ["Badan Pusat Statistik Provinsi Sulawesi Selatan"]
