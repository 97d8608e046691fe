"""Figures and targets on sentences written for these tests: kinds, signs, periods,
attribution, series, aligned lists, ranges and restatements."""
import datetime as dt
from decimal import Decimal

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()

HEAD = "Judul Berita Ekspor Untuk Pengujian\n\nBisnis.com, JAKARTA — "


def figures(body: str, published="2024-03-12"):
    text = f"---\npublished: {published}\n---\n{HEAD}{body}\n"
    return extract(parse_article(text, lexicon=LEXICON), LEXICON).figures


def summary(figs):
    return [(f.type, f.kind, f.value, f.unit, f.period.start.isoformat() if f.period else None,
             f.period.end.isoformat() if f.period else None) for f in figs]


def test_share_and_total_with_period_at_the_end_of_the_sentence():
    figs = figures("Badan Pusat Statistik (BPS) mencatat ekspor kopi mencapai US$ 1,25 miliar atau "
                   "menyumbang 3,4% dari total ekspor pertanian sebesar US$ 36,7 miliar pada tahun 2022.")
    assert summary(figs) == [
        ("figure", "realization", Decimal("1250000000"), "USD", "2022-01-01", "2022-12-31"),
        ("figure", "share", Decimal("3.4"), "percent", "2022-01-01", "2022-12-31"),
        ("figure", "realization", Decimal("36700000000"), "USD", "2022-01-01", "2022-12-31")]
    assert {f.agency for f in figs} == {"Badan Pusat Statistik"}


def test_decline_is_negative_and_its_base_keeps_the_compared_period():
    figs = figures("Ekspor nonmigas pada semester I 2023 tercatat US$ 120 miliar, turun 3,13 persen "
                   "dibanding semester I 2022 yang sebesar US$ 123,9 miliar.")
    assert summary(figs) == [
        ("figure", "realization", Decimal("120000000000"), "USD", "2023-01-01", "2023-06-30"),
        ("figure", "growth", Decimal("-3.13"), "percent", "2023-01-01", "2023-06-30"),
        ("figure", "realization", Decimal("123900000000"), "USD", "2022-01-01", "2022-06-30")]


def test_target_met_and_missed_from_the_wording():
    figs = figures("Realisasi ekspor Kabupaten Kudus tahun 2023 melampaui target, yakni 42 juta dolar AS dari "
                   "target 40 juta dolar AS. Pada 2022 realisasi masih di bawah target 38 juta dolar AS.")
    targets = [(f.value, f.met) for f in figs if f.type == "target"]
    assert targets == [(Decimal("40000000"), True), (Decimal("38000000"), False)]


def test_target_met_from_a_realisation_of_the_same_period():
    figs = figures("Kementerian Perdagangan menargetkan ekspor jasa 2023 sebesar US$ 30 miliar. "
                   "Sepanjang 2023 ekspor jasa tercatat US$ 31,5 miliar.")
    (target,) = [f for f in figs if f.type == "target"]
    assert target.met is True and target.agency == "Kementerian Perdagangan"


def test_projection_and_range_keep_both_bounds():
    figs = figures("Ekonom memperkirakan pertumbuhan ekspor tahun depan 7 hingga 8 persen.")
    assert [(f.kind, f.value) for f in figs] == [("projection", Decimal(7)), ("projection", Decimal(8))]
    assert figs[0].range_with is figs[1]
    assert figs[0].period.start == dt.date(2025, 1, 1)


def test_series_gives_one_fact_per_year():
    figs = figures("Surplus dagang Provinsi Jambi pada 2020 sebanyak 1.204,5 juta dolar AS, 2021 sebanyak "
                   "1.650,25 juta dolar AS, serta 2022 (sampai Oktober) sebanyak 2.001 juta dolar AS.")
    assert summary(figs) == [
        ("figure", "realization", Decimal("1204500000"), "USD", "2020-01-01", "2020-12-31"),
        ("figure", "realization", Decimal("1650250000"), "USD", "2021-01-01", "2021-12-31"),
        ("figure", "realization", Decimal("2001000000"), "USD", "2022-01-01", "2022-10-31")]


def test_list_aligned_by_position_pairs_places_and_amounts():
    figs = figures("Pada Februari 2024, ekspor ke Jepang, Amerika Serikat dan India masing-masing "
                   "US$ 1,2 miliar, US$ 0,9 miliar dan US$ 0,7 miliar.")
    assert [(f.scope, f.value) for f in figs] == [
        ("Jepang", Decimal("1200000000")), ("Amerika Serikat", Decimal("900000000")), ("India", Decimal("700000000"))]
    assert all(f.period.start == dt.date(2024, 2, 1) for f in figs)


def test_second_currency_restates_the_first():
    figs = figures("Nilai ekspor mebel pada 2023 mencapai USD 2,5 miliar (Rp 38,9 triliun).")
    usd, idr = figs
    assert idr.restates is usd and idr.unit == "IDR" and idr.period == usd.period


def test_speaker_attribution_and_his_organisation():
    figs = figures("Direktur Jenderal Perdagangan Luar Negeri Kemendag Budi Santoso mengatakan, ekspor "
                   "alas kaki pada 2023 mencapai US$ 6,4 miliar.")
    (fig,) = figs
    assert fig.speaker.name == "Budi Santoso" and fig.agency == "Kementerian Perdagangan"


def test_headline_and_baca_juga_figures_are_not_facts():
    figs = figures("Ekspor naik 5% pada 2023.\n\nBaca Juga: Impor Turun 9,2% Jadi US$ 12 Miliar\n")
    assert [f.value for f in figs] == [Decimal(5)]


def test_implausible_magnitude_is_flagged_not_dropped():
    figs = figures("Ekspor Provinsi Sumatera Utara pada 2023 tercatat 10,2 miliar dolar AS, sedangkan "
                   "ekspor Sumatera Utara ke Eropa tercatat 6,257 juta dolar AS.")
    assert [f.plausible for f in figs] == [True, False]


def test_by_how_much_a_target_was_beaten_is_a_difference():
    figs = figures("Pendapatan daerah tahun 2023 terealisasi Rp 12,5 triliun dari target Rp 12 triliun. "
                   "Dengan capaian itu, pendapatan melampaui target sebesar Rp 500 miliar.")
    assert [(f.type, f.kind, f.value) for f in figs] == [
        ("figure", "realization", Decimal("12500000000000")), ("target", "target", Decimal("12000000000000")),
        ("figure", "difference", Decimal("500000000000"))]
    assert figs[1].met is True
