"""Who reports figures the narration tells before the body or its official is named (issue 9,
session leadwho): a title-only official whose speech verb follows a short 'dalam ...' phrase, and an
official whose first words go on with the narration ('Begitu juga ...'). Sentences invented."""
from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def facts_of(body: str, dateline: str = "JAKARTA - "):
    article = parse_article("Judul Berita Ekspor Untuk Pengujian\n\n" + dateline + body, lexicon=LEXICON)
    return extract(article, LEXICON)


def by_value(facts):
    return {f"{f.value.normalize():f}": f for f in facts.figures}


def who(figure):
    return (figure.speaker.name if figure.speaker else None, figure.agency)


# -- a body (or its head by title only) speaking after a short phrase of where or how

def test_a_head_by_title_speaking_after_a_phrase_of_his_release_reports_for_his_office():
    facts = facts_of("Neraca perdagangan Provinsi Jambi pada Mei 2024 mencatat surplus US$ 41,5 juta.\n\n"
                     "Kepala BPS Jambi dalam rilis resminya di Jambi menjelaskan, impor pada Mei naik menjadi "
                     "US$ 52,3 juta. Nilai itu naik 12,6 persen dibanding April.\n")
    figures = by_value(facts)
    assert figures["52300000"].agency == "Badan Pusat Statistik Provinsi Jambi"
    assert figures["12.6"].agency == "Badan Pusat Statistik Provinsi Jambi"


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
        assert facts.figures[0].agency != "Badan Pusat Statistik Provinsi Sumatera Barat"


def test_a_body_named_in_passing_before_a_phrase_and_a_verb_takes_no_figure():
    facts = facts_of("Harga cabai di Medan naik menjadi Rp 61.500 per kilogram usai BPS Sumatera Utara dalam "
                     "rilisnya menyebut inflasi Mei 2024 sebesar 0,73 persen.\n", "MEDAN - ")
    assert all(f.agency is None for f in facts.figures)


def test_a_body_after_a_speech_verb_still_opens_its_own_clause():
    facts = facts_of("Kepala Dinas Perdagangan Kota Batu, Sari Wulandari, mengatakan ekspor kopi naik. Sari "
                     "menambahkan Dinas Pertanian Kota Batu mencatat produksi kopi 2024 mencapai 1.250 ton.\n", "BATU - ")
    assert by_value(facts)["1250"].agency == "Dinas Pertanian Kota Batu"
