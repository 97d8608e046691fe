"""Issue 9, session 30: decrees written as pages write them, which the grammar missed on development texts of
several writers and real pages (decision 0078). Sentences of our own; each names one decree:
a number with a letter code ('Nomor KM 61'), an issuer of many words or with commas, a decree named in another's
title ('tentang Perubahan atas PP Nomor 85 Tahun 2014'), a region after the short form in brackets and 'tahun' in
lowercase, a short form with its number and year and no 'Nomor' ('PMK 20 tahun 2015'); and a decree told again in
its short form, before or after the full one, is one decree. A numbered decree with no year stays none: two of them
with one number cannot be told apart (the review's 'Nomor 5 tentang X' and 'Nomor 5 tentang Y')."""
import pytest

from article_facts import LEXICON
from kg.extract import extract
from kg.extract.read import parse_article

HEAD = "Aturan Baru Untuk Pengujian\n\nSelasa, 8 Oktober 2024 10:15 WIB\n\nJAKARTA - "


def decrees_in(sentence: str):
    facts = extract(parse_article(HEAD + sentence + "\n", lexicon=LEXICON), LEXICON)
    return [(d.decree_type, d.number, d.year) for d in facts.decrees]


@pytest.mark.parametrize("sentence, decree", [
    ("Dermaga baru mengacu pada Keputusan Menteri Perhubungan Nomor KM 61 Tahun 2024 tentang Rencana Induk "
     "Pelabuhan.", ("Keputusan Menteri Perhubungan", "KM 61", 2024)),
    ("Tim dibentuk melalui Keputusan Ketua Dewan Nasional Kawasan Ekonomi Khusus Nomor 3 Tahun 2023 tentang "
     "Pembentukan Tim Pelaksana.", ("Keputusan Ketua Dewan Nasional Kawasan Ekonomi Khusus", "3", 2023)),
    ("Tim itu dibentuk melalui Keputusan Menteri Usaha Mikro, Kecil, dan Menengah Nomor 45 Tahun 2025.",
     ("Keputusan Menteri Usaha Mikro, Kecil, dan Menengah", "45", 2025)),
    ("Penguatan lewat Peraturan Daerah (Perda) Provinsi Bali Nomor 3 tahun 2012 tentang Perlindungan Buah Lokal.",
     ("Peraturan Daerah", "3", 2012)),
    ("Pemerintah mengeluarkan kebijakan PMK 20 tahun 2015 yang mewajibkan pembayaran tunai.",
     ("Peraturan Menteri Keuangan", "20", 2015)),
], ids=["letter_code", "long_issuer", "issuer_with_commas", "region_after_short_form", "short_form_no_nomor"])
def test_one_decree_in_its_shape(sentence, decree):
    assert decrees_in(sentence) == [decree]


def test_a_decree_named_in_another_decrees_title_is_a_decree_too():
    assert decrees_in("Aturan itu adalah Peraturan Pemerintah (PP) Nomor 12 Tahun 2024 tentang Perubahan atas "
                      "Peraturan Pemerintah Nomor 85 Tahun 2014 tentang Kawasan Ekonomi Khusus.") == [
        ("Peraturan Pemerintah", "12", 2024), ("Peraturan Pemerintah", "85", 2014)]


@pytest.mark.parametrize("text, decree", [
    ("Impor diatur Peraturan Menteri Perdagangan No 58/M-DAG/PER/9/2012 tentang Ketentuan Impor Garam. Menurut "
     "Permendag 58 tahun 2012 itu, impor dibatasi.", ("Peraturan Menteri Perdagangan", "58/M-DAG/PER/9/2012", 2012)),
    ("Permendag 58 tahun 2012 mengatur impor garam. Aturan itu, Peraturan Menteri Perdagangan No "
     "58/M-DAG/PER/9/2012, kini direvisi.", ("Peraturan Menteri Perdagangan", "58/M-DAG/PER/9/2012", 2012)),
    ("Pelabuhan diatur Peraturan Menteri Perhubungan Nomor PM 12 Tahun 2024 tentang Tata Kelola. Permenhub Nomor 12 "
     "Tahun 2024 itu berlaku bulan ini.", ("Peraturan Menteri Perhubungan", "PM 12", 2024)),
], ids=["full_then_short", "short_then_full", "letter_code_then_serial"])
def test_a_decree_told_again_in_its_short_form_is_one(text, decree):
    assert decrees_in(text) == [decree]


def test_numbered_decrees_with_no_year_stay_none():
    assert decrees_in("Peraturan Menteri Perdagangan Nomor 5 tentang Ketentuan Impor direvisi, begitu pula Peraturan "
                      "Menteri Perdagangan Nomor 5 tentang Ketentuan Ekspor.") == []


def test_a_code_with_no_year_is_no_decree():
    assert decrees_in("Surat itu merujuk Peraturan Menteri Keuangan Nomor 3/PMK.010 yang lama.") == []
