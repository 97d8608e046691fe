"""Years that are not the period reported on: a target's budget year spelt out with its short form in brackets
('dari target Anggaran Pendapatan dan Belanja Negara (APBN) 2026'), and the time of a cause told in a sentence
without values ('Penurunan ini merupakan dampak lanjutan dari melandainya produksi pada akhir tahun 2025'). Both
leave the frame where it was (frame.future_before, cause_in_a_sentence_without_values; lexicon cause_phrases).
Sentences written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def figures(body: str, published: str | None = None):
    meta = f"---\npublished: {published}\n---\n" if published else ""
    return extract(parse_article(f"{meta}Penerimaan Negara Turun\n{body}\n", lexicon=LEXICON), LEXICON).figures


def periods(figs):
    return [(str(f.value), f.period.start.isoformat() if f.period else None,
             f.period.end.isoformat() if f.period else None) for f in figs]


SPAN = ("Kementerian Keuangan melaporkan penerimaan cukai hingga akhir Maret 2026 mencapai Rp51,2 triliun. "
        "Angka ini setara dengan 21,3% dari target {target} 2026.\n")


@pytest.mark.parametrize("target", ["Anggaran Pendapatan dan Belanja Negara (APBN)", "APBN"])
def test_a_budget_year_after_a_spelt_out_name_is_the_targets_not_the_frame(target):
    figs = figures(SPAN.format(target=target) + "Penerimaan bea masuk tercatat Rp12,4 triliun, tumbuh 3,1 persen "
                   "secara tahunan.")
    assert periods(figs) == [("51200000000000", "2026-01-01", "2026-03-31"), ("21.3", "2026-01-01", "2026-03-31"),
                             ("12400000000000", "2026-01-01", "2026-03-31"), ("3.1", "2026-01-01", "2026-03-31")]


def test_a_year_after_a_long_name_without_a_target_word_still_sets_the_frame():
    """(the bracketed short form widens only what may stand between a target word and its year)"""
    figs = figures("Penerimaan cukai hingga akhir Maret 2026 mencapai Rp51,2 triliun.\n"
                   "Sepanjang Badan Kebijakan Fiskal (BKF) 2025 mencatat, penerimaan bea keluar Rp9,1 triliun.")
    assert periods(figs)[-1] == ("9100000000000", "2025-01-01", "2025-12-31")


@pytest.mark.parametrize("cause", ["dampak lanjutan dari", "akibat", "disebabkan oleh", "dipicu oleh"])
def test_the_time_of_a_cause_in_a_sentence_without_values_is_not_the_frame(cause):
    figs = figures(SPAN.format(target="APBN") + f"Penurunan ini {cause} melandainya aktivitas produksi pada akhir "
                   "tahun 2025.\nPenerimaan bea keluar hanya terkumpul Rp2,8 triliun atau 6,5% dari target.")
    assert periods(figs)[-2:] == [("2800000000000", "2026-01-01", "2026-03-31"), ("6.5", "2026-01-01", "2026-03-31")]


def test_a_sentence_without_values_that_names_a_period_still_sets_the_frame():
    """(no cause phrase before the period: the narration moves on to that year)"""
    figs = figures(SPAN.format(target="APBN") + "Pada 2025, ekspor CPO melemah.\n"
                   "Penerimaan bea keluar terkumpul Rp20,8 triliun.")
    assert periods(figs)[-1] == ("20800000000000", "2025-01-01", "2025-12-31")


def test_a_cause_with_values_before_it_was_already_the_causes():
    """(reason_after_values, unchanged: 'susut 3 persen karena pasokan seret pada Mei')"""
    figs = figures("Pada April 2026, ekspor kopi tercatat 4.100 ton, susut 3 persen karena pasokan seret pada Maret.")
    assert periods(figs) == [("4100", "2026-04-01", "2026-04-30"), ("-3", "2026-04-01", "2026-04-30")]
