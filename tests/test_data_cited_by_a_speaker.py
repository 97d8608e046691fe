"""Issue 9, session 30: a figure read out of another body's data by an official who is named as
citing it. The body stays the agency (the data are its); the one who cites it is the speaker. Found
on development texts written by four different writers and one real page, in three shapes (decision
0078):
- a passive of citing or telling after the data, naming who cites it: 'data BPS X yang dikutip Budi',
  or his pronoun, 'yang dikutipnya';
- the speaker as the subject, with the citing clause set off by commas: 'Budi, mengutip data BPS X, menyebut';
- a passive speech verb with '-nya' set in the sentence: 'Berdasarkan data BPS X, dikatakannya, ...'.
A sentence that only opens with the data, with no one named as citing it, stays the narrator's (as before),
and 'data BPS yang dirilisnya' is the body releasing it, not someone speaking. Sentences, names and numbers are ours."""
from decimal import Decimal

import pytest

from article_facts import LEXICON
from kg.extract import extract
from kg.extract.read import parse_article

OPENING = ("Ekonomi Daerah Untuk Pengujian\n\nSelasa, 8 Oktober 2024 10:15 WIB\n\n"
           "SUMBERJAYA (ANTARA) - Kepala Perwakilan Bank Indonesia Provinsi Bengkulu, Hendra Siswanto, "
           "mengatakan permintaan kopi dari Eropa terus menguat.\n\n")
BPS = "Badan Pusat Statistik Provinsi Bengkulu"


def figure_in(paragraph: str, value: str):
    facts = extract(parse_article(OPENING + paragraph + "\n", lexicon=LEXICON), LEXICON)
    return next(f for f in facts.figures if f.value == Decimal(value))


@pytest.mark.parametrize("paragraph, value", [
    ("Berdasarkan data BPS Provinsi Bengkulu yang dikutipnya, ekspor kopi pada Agustus 2024 mencapai "
     "12,4 juta dolar AS.", "12400000"),
    ("Data BPS Provinsi Bengkulu yang dipaparkan Hendra menunjukkan impor pada Agustus 2024 sebesar "
     "3,1 juta dolar AS.", "3100000"),
    ("Menurut catatan BPS Provinsi Bengkulu yang dikutip oleh Hendra, neraca perdagangan pada Juli 2024 "
     "surplus 8,2 juta dolar AS.", "8200000"),
    ("Hendra, mengutip data BPS Provinsi Bengkulu, menyebut ekspor karet pada Juli 2024 turun 4,5 persen.",
     "-4.5"),
    ("Berdasarkan data dari BPS Provinsi Bengkulu, dikatakannya, volume ekspor batu bara pada Juli 2024 "
     "sebesar 1,2 juta ton.", "1200000"),
], ids=["relative_passive_with_his_pronoun", "passive_naming_him", "passive_naming_him_with_oleh",
        "citing_clause_between_subject_and_verb", "passive_speech_verb_with_nya"])
def test_the_body_cited_is_the_agency_and_the_one_citing_it_the_speaker(paragraph, value):
    figure = figure_in(paragraph, value)
    assert (figure.agency, figure.speaker and figure.speaker.name) == (BPS, "Hendra Siswanto")


def test_the_body_goes_on_in_the_next_sentence_of_the_same_data():
    """'Data yang sama ...' after he cited it: still the body's data, still told by him."""
    figure = figure_in("Berdasarkan data BPS Provinsi Bengkulu yang dikutip Hendra, ekspor kopi pada Agustus "
                       "2024 mencapai 12,4 juta dolar AS. Data yang sama menunjukkan impor pada Agustus 2024 "
                       "sebesar 3,1 juta dolar AS.", "3100000")
    assert (figure.agency, figure.speaker and figure.speaker.name) == (BPS, "Hendra Siswanto")


@pytest.mark.parametrize("paragraph, value", [
    # the data opening its own paragraph, no one named as citing it: the narrator's
    ("Berdasarkan data BPS Provinsi Bengkulu, ekspor kopi pada Agustus 2024 mencapai 12,4 juta dolar AS.",
     "12400000"),
    # 'yang dirilisnya' is the body releasing its data, nobody speaking
    ("Berdasarkan data BPS Provinsi Bengkulu yang dirilisnya Senin lalu, ekspor kopi pada Agustus 2024 mencapai "
     "12,4 juta dolar AS.", "12400000"),
], ids=["data_opening_the_paragraph", "release_with_nya"])
def test_data_no_one_is_named_as_citing_has_no_speaker(paragraph, value):
    assert figure_in(paragraph, value).speaker is None


# the review's counter-sentences: the '-nya' of a body's own report, and a pronoun after data of no named body
@pytest.mark.parametrize("paragraph, value", [
    ("Dalam laporan yang disampaikannya, BPS Provinsi Bengkulu mencatat ekspor pada September 2024 mencapai 1,2 "
     "miliar dolar AS.", "1200000000"),
    ("PT Pertamina (Persero) membukukan laba bersih. Berdasarkan laporan keuangan, dijelaskannya, laba bersih "
     "Pertamina pada 2023 mencapai 4,77 miliar dolar AS.", "4770000000"),
], ids=["the_bodys_own_report", "data_of_no_named_body"])
def test_a_passive_with_nya_credits_no_one_outside_a_named_bodys_data(paragraph, value):
    assert figure_in(paragraph, value).speaker is None
