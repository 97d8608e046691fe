"""What was reached, told right after a past year's target ('Pada tahun 2016 target penyerapan dianggarkan Rp 100
triliun. Namun, realisasinya hanya Rp 94 triliun'): the value is of the target's year (frame.py
realised_against_told_target; lexicon realised_against_target_openers). The latest data named with its day ('dari data
terakhir yaitu 30 September 2018'; lexicon as_of_data_phrases), and a body's name spelt with a word news writes for
one of its words ('Kementerian Koordinasi Bidang Perekonomian'; lexicon name_word_variants). Sentences written for
these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def read(body: str, published: str | None = "2018-10-23"):
    meta = f"---\npublished: {published}\n---\n" if published else ""
    return extract(parse_article(f"{meta}Penyaluran Kredit Usaha Rakyat\n{body}\n", lexicon=LEXICON), LEXICON).figures


def values(body: str, published: str | None = "2018-10-23"):
    """The values reported (not the targets)."""
    return [f for f in read(body, published) if f.kind != "target"]


def periods(figs):
    return [(str(f.value), f.period.start.isoformat() if f.period else None,
             f.period.end.isoformat() if f.period else None) for f in figs]


YEARS = ("Penyaluran kredit pada tahun 2015 mencapai Rp 22,7 triliun.\n"
         "Kemudian, pada tahun 2016 target penyaluran kredit dianggarkan sebesar Rp 100 triliun.\n")


@pytest.mark.parametrize("opener", ["Namun, capaian realisasinya hanya", "Tetapi yang tersalur hanya",
                                    "Realisasinya hanya mencapai"])
def test_what_was_reached_after_a_past_years_target_is_of_that_year(opener):
    figs = values(YEARS + f"{opener} Rp 94 triliun. Dengan jumlah penerima mencapai 4,3 juta orang.")
    assert periods(figs)[1:] == [("94000000000000", "2016-01-01", "2016-12-31"), ("4300000", "2016-01-01", "2016-12-31")]


def test_the_targets_year_itself_is_unchanged():
    targets = [f for f in read(YEARS + "Namun, realisasinya hanya Rp 94 triliun.") if f.kind == "target"]
    assert periods(targets) == [("100000000000000", "2016-01-01", "2016-12-31")]


def test_a_sentence_without_such_an_opener_keeps_the_frame():
    """(a value after a target that does not set what was reached against it: the frame the text had)"""
    figs = values(YEARS + "Penyaluran ke sektor pertanian Rp 30 triliun.")
    assert periods(figs)[1] == ("30000000000000", "2015-01-01", "2015-12-31")


def test_a_target_for_a_year_not_over_sets_no_frame():
    """(published in October 2018: the 2018 target's year is not over, what follows is no realisation of the year)"""
    figs = values("Penyaluran kredit pada tahun 2017 mencapai Rp 96 triliun.\n"
                 "Sementara di tahun 2018 target penyaluran kredit dianggarkan Rp 123 triliun.\n"
                 "Namun, penyaluran ke sektor produksi hanya Rp 40 triliun.")
    assert periods(figs)[1] == ("40000000000000", "2017-01-01", "2017-12-31")


def test_what_stands_now_after_a_past_target_is_not_of_the_targets_year():
    figs = values(YEARS + "Namun, hingga saat ini realisasinya baru Rp 94 triliun.")
    assert periods(figs)[1][1:] != ("2016-01-01", "2016-12-31")


@pytest.mark.parametrize("after", [
    "Namun, harga kredit di pasar sekunder belakangan ini turun ke Rp 9 ribu per lembar.",  # another unit
    "Namun, backlog kredit mikro masih sebesar Rp 12 triliun.",                               # far from the target
    "Namun, inflasi inti secara tahunan tercatat Rp 95 triliun.",                             # no word of what was reached
])
def test_another_measure_after_a_past_target_is_not_of_its_year(after):
    figs = values(YEARS + after)
    assert periods(figs)[1][1:] == ("2015-01-01", "2015-12-31")


def test_a_level_on_the_latest_datas_day_stood_on_that_day():
    """(a level held, 'posisi cadangan devisa', said as of the latest data's day: that day, as after 'per')"""
    figs = values("Berdasarkan data terakhir pada 30 September 2018, posisi cadangan devisa tercatat US$ 114,8 miliar.")
    assert periods(figs) == [("114800000000", "2018-09-30", "2018-09-30")]


def test_a_sentence_in_between_breaks_the_link():
    figs = values(YEARS + "Bunga kredit diturunkan pemerintah. Namun, realisasinya hanya Rp 94 triliun.")
    assert periods(figs)[1] == ("94000000000000", "2015-01-01", "2015-12-31")


def test_undated_text_with_a_target_far_ahead_sets_no_frame():
    """(no publication date and no year of writing said: a target's year may be still to come)"""
    figs = values("Pada 2030 target ekspor dipatok US$ 500 miliar.\nNamun, realisasinya baru US$ 290 miliar.",
                 published=None)
    assert periods(figs)[0][1:] != ("2030-01-01", "2030-12-31")


@pytest.mark.parametrize("said", ["dari data terakhir yaitu 30 September 2018", "berdasarkan data per 30 September 2018"])
def test_the_latest_data_with_its_day_ends_the_span_there(said):
    figs = values(f"Ia menjelaskan, {said} kredit sudah tersalur sekitar Rp 100 triliun.")
    assert periods(figs) == [("100000000000000", "2018-01-01", "2018-09-30")]


def test_a_day_without_such_words_is_no_period():
    """(a bare day is when something was said, as before)"""
    figs = values("Ia menjelaskan, pada 30 September 2018 kredit tersalur sekitar Rp 100 triliun.")
    assert periods(figs)[0][1:] != ("2018-01-01", "2018-09-30")


@pytest.mark.parametrize("name", ["Kementerian Koordinasi Bidang Perekonomian", "Kementerian Koordinasi Perekonomian"])
def test_a_body_spelt_with_a_word_news_writes_for_one_of_its_words(name):
    figs = values(f"Berdasarkan catatan {name} realisasi kredit hingga 2 Juni 2018 sebesar Rp103,19 triliun.")
    assert [f.agency for f in figs] == ["Kementerian Koordinator Bidang Perekonomian"]


def test_the_word_variants_reach_head_titles_and_leave_other_words_alone():
    lex = Lexicon.default()
    assert lex.organization("Kementerian Koordinasi Bidang Politik dan Keamanan").name \
        == "Kementerian Koordinator Bidang Politik dan Keamanan"
    org = lex.organization("Kementerian Koordinator Bidang Perekonomian")
    assert "Menteri Koordinasi Bidang Perekonomian" in org.head_aliases
    assert lex.organization("Kementerian Koordinasi Bidang Pertanian") is None


def test_a_change_after_the_targets_clause_closed_is_no_target():
    """('baru 54,9% dari target APBN 2019, dan hanya tumbuh 7,3%': the comma and 'dan' close the target's clause, the
    change word is the value's own cue; facts.kind_words' clause_after_target in classify)"""
    figs = read("Hingga akhir Agustus 2018 pendapatan negara mencapai Rp1.152 triliun, baru 60,8% dari target APBN "
                "2018, dan hanya tumbuh 7,3%.")
    assert [(str(f.value), f.kind) for f in figs][-1] == ("7.3", "growth")

