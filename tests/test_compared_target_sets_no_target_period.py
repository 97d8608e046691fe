"""A target that is only compared with ('lebih tinggi dibanding target pada 2022 yang hanya Rp1 triliun') is an earlier
target: its year is not the period of the targets the article states before or after it (frame.py `note_future`).
In an undated text, a target for 'tahun ini' then has no period rather than the compared target's year. Sentences
written for these tests."""
from decimal import Decimal

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
BODY = ("Pemerintah kota menargetkan investasi sekitar Rp3,4 triliun pada tahun ini, kata Kepala Dinas Penanaman Modal "
        "Kota Sumberjaya, Wulan Anggraini. Target itu jauh lebih tinggi dibanding target pada 2021 yang hanya sekitar "
        "Rp1,8 triliun.\n\nHingga kini sudah terealisasi sekitar Rp2 triliun dari target investasi yang ditargetkan "
        "sekitar Rp3,4 triliun itu.\n")


def targets(text: str):
    figures = extract(parse_article(text, lexicon=LEXICON), LEXICON).figures
    return {t.value: t.period for t in figures if t.type == "target"}


def test_an_undated_targets_year_is_not_the_compared_targets():
    got = targets("Investasi Sumberjaya\n\n" + BODY)
    assert got[Decimal("1800000000000")].start.year == 2021
    assert got[Decimal("3400000000000")] is None


def test_a_dated_targets_year_is_the_year_of_writing():
    got = targets("---\npublished: 2022-05-10\n---\nInvestasi Sumberjaya\n\n" + BODY)
    assert got[Decimal("3400000000000")].start.year == 2022


def test_what_a_target_was_raised_from_is_what_was_achieved_then():
    """'target tersebut meningkat dari pencapaian investasi pada tahun 2021 sebesar X': the value after 'pencapaian'
    (lexicon realization_words) is what was achieved in 2021, not a target."""
    text = ("---\npublished: 2022-03-02\n---\nInvestasi Sumberjaya\n\nDinas Penanaman Modal Kota Sumberjaya pada tahun "
            "ini menargetkan investasi sebesar Rp420 miliar. Kepala dinas, Wulan Anggraini, mengatakan target tersebut "
            "meningkat dari pencapaian investasi pada tahun 2021 sebesar Rp395 miliar.\n")
    figures = extract(parse_article(text, lexicon=LEXICON), LEXICON).figures
    achieved = next(f for f in figures if f.value == Decimal("395000000000"))
    assert (achieved.type, achieved.kind, achieved.period.start.year) == ("figure", "realization", 2021)


def test_a_gap_to_the_target_is_of_the_period_reported():
    """'Kelebihan penerimaan dibanding target mencapai X': compared with the target, not with a period, the gap is of
    the year reported (frame.py chosen_period: a difference is no base value)."""
    text = ("---\npublished: 2024-01-15\n---\nPenerimaan Bea Cukai\n\nPenerimaan Kanwil Bea Cukai Sumberjaya sepanjang "
            "2023 mencapai Rp157,2 triliun atau 112,3 persen dari target Rp140 triliun. Kelebihan penerimaan dibanding "
            "target mencapai Rp17,2 triliun.\n")
    gap = next(f for f in extract(parse_article(text, lexicon=LEXICON), LEXICON).figures
               if f.value == Decimal("17200000000000"))
    assert gap.kind == "difference" and (gap.period.start.year, gap.period.end.month) == (2023, 12)
