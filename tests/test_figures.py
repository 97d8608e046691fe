"""Figures and targets on sentences written for these tests: kinds, signs, periods,
attribution, series, aligned lists, ranges and restatements."""
import datetime as dt
from decimal import Decimal

import pytest

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


def test_a_range_is_one_fact_with_its_upper_bound():
    figs = figures("Ekonom memperkirakan pertumbuhan ekspor tahun depan 7 hingga 8 persen.")
    assert [(f.kind, f.value, f.value_max) for f in figs] == [("projection", Decimal(7), Decimal(8))]
    assert figs[0].range_with.value == Decimal(8) and figs[0].evidence.text.endswith("7 hingga 8 persen")
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


def test_one_amount_said_of_each_place_of_a_list_is_one_fact_per_place():
    figs = figures("Pada Mei 2024, ekspor ke Kanada, Belanda dan Meksiko masing-masing sebesar US$ 3,2 juta.")
    assert [(f.scope, f.value, f.unit) for f in figs] == [
        ("Kanada", Decimal("3200000"), "USD"), ("Belanda", Decimal("3200000"), "USD"), ("Meksiko", Decimal("3200000"), "USD")]
    assert all(f.period.start == dt.date(2024, 5, 1) for f in figs)
    assert len({f.evidence.start for f in figs}) == 3  # each its own evidence, so each its own IRI
    assert "one fact for each" in figs[1].why["scope"]


def test_one_amount_after_masing_masing_with_one_place_stays_one_fact():
    figs = figures("Pada Mei 2024, ekspor kopi dan teh ke Kanada masing-masing naik 4,5 persen.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal("4.5"), "percent")]


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


# --- kinds (issue 9 §5): each decision has a named reason in figure.why["kind"] ------------

def kinds(figs):
    return [(f.kind, f.value, f.unit) for f in figs]


def test_cue_words_with_the_nya_clitic_work_like_the_bare_word():
    figs = figures("Ekspor kopi Lampung pada Mei 2023 melemah. Penurunannya mencapai 4,2 persen. "
                   "Sementara itu ekspor lada tahun ini targetnya US$ 90 juta.")
    assert [(f.type, f.kind, f.value) for f in figs] == [
        ("figure", "growth", Decimal("-4.2")), ("target", "target", Decimal("90000000"))]
    assert all(f.why["kind"] for f in figs)


def test_a_gap_to_the_target_is_a_difference_and_a_percentage_of_it_a_share():
    figs = figures("Realisasi penerimaan pajak daerah 2023 mencapai Rp 8,4 triliun, kelebihan Rp 400 miliar "
                   "dibanding target. Angka itu setara 105 persen dari sasaran.")
    assert kinds(figs) == [("realization", Decimal("8400000000000"), "IDR"),
                           ("difference", Decimal("400000000000"), "IDR"), ("share", Decimal(105), "percent")]
    assert "target" in figs[1].why["kind"]


def test_selisih_with_the_target_is_a_difference():
    (fig,) = figures("Masih ada selisih US$ 12 juta dengan target ekspor mebel tahun ini.")
    assert fig.kind == "difference"


def test_a_conditional_is_a_projection_but_a_comparison_is_not():
    figs = figures("Kalau permintaan Eropa pulih, ekspor kakao tahun depan bisa naik 3 persen.")
    assert kinds(figs) == [("projection", Decimal(3), "percent")] and "condition" in figs[0].why["kind"]
    figs = figures("Jika dibandingkan Maret 2023, ekspor kakao April 2023 naik 3 persen.")
    assert kinds(figs) == [("growth", Decimal(3), "percent")]


def test_if_one_looks_closer_or_adds_up_is_no_condition():
    """'Jika diteliti lebih jauh', 'Jika ditotal': a way of looking at the figures of the
    report, not a condition on a future; the value stays a realisation of the frame."""
    figs = figures("Ekspor kopi Kota Lumajang pada Mei 2023 mencapai US$ 4 juta. Jika diteliti lebih jauh, "
                   "ekspor itu menuju 7 negara. Jika ditotal, volumenya mencapai 1.250 ton.")
    assert summary(figs)[1:] == [("figure", "realization", Decimal(7), "negara", "2023-05-01", "2023-05-31"),
                                 ("figure", "realization", Decimal(1250), "ton", "2023-05-01", "2023-05-31")]


def test_kalau_or_jika_with_nothing_possible_or_future_reports_what_was():
    """'mengatakan, kalau nilai ekspor ... mencapai X' (a that-clause), 'Kalau untuk ekspor ...'
    (a topic), 'bila dikonversikan bernilai X' (a way of counting): no word of ability or of the
    future after the 'kalau' and no year ahead, so the values are the report, not a projection."""
    figs = figures("Kepala Balai itu mengatakan, kalau nilai ekspor rumput laut Mei 2023 mencapai US$ 2,4 juta "
                   "atau turun 6,5 persen. \"Kalau untuk ekspor mutiara, frekuensinya 3 kali dengan volume 120 kg.\" "
                   "Ekspor kopi 2022 bila dikonversikan bernilai Rp 9,1 miliar.")
    assert kinds(figs) == [("realization", Decimal("2400000"), "USD"), ("growth", Decimal("-6.5"), "percent"),
                           ("realization", Decimal(3), "kali"), ("realization", Decimal(120), "kg"),
                           ("realization", Decimal("9100000000"), "IDR")]
    assert not any("condition" in f.why["kind"] for f in figs)


def test_a_condition_with_a_year_ahead_or_a_word_of_ability_stays_a_projection():
    figs = figures("Tahun depan, jika kenaikan rata-ratanya 4 persen, ekspor mebel naik. "
                   "Apabila pelabuhan baru beroperasi, ekspor ikan akan bertambah 8 persen.")
    assert [(f.kind, f.value) for f in figs] == [("projection", Decimal(4)), ("projection", Decimal(8))]
    assert all("condition" in f.why["kind"] for f in figs)


def test_a_value_reached_after_a_target_with_a_word_of_the_past_is_no_target():
    """'..., dari target Rp X, kita sudah sampai pada Rp Y': a word of the past between the
    target and the amount reports what was reached."""
    figs = figures("Realisasi investasi Kota Sukamaju 2023 mencapai Rp 820 miliar. \"Jadi secara angka, "
                   "dari target Rp 700 miliar, kita sudah sampai pada Rp 820 miliar,\" kata Kepala Dinas.")
    assert [(f.type, f.value) for f in figs] == [("figure", Decimal("820000000000")), ("target", Decimal("700000000000"))]


def test_a_sentence_naming_no_change_after_a_list_of_changes_is_on_parts_of_a_whole():
    """A list of growths does not go on into a sentence that names neither a change nor a
    comparison ('Migas 4,4 persen.'): it is a share, unsigned; one that names a change again
    ('Impor juga mengalami penurunan. Di mana ... sebesar 12 persen') goes on with changes."""
    figs = figures("Ekspor Kabupaten Sukamaju Juni 2024 turun 8,5 persen dibanding Mei 2024. "
                   "Menurut sektor, industri pengolahan 90,2 persen. Migas 4,4 persen.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("-8.5")), ("share", Decimal("90.2")),
                                                 ("share", Decimal("4.4"))]
    figs = figures("Ekspor Kabupaten Sukamaju Juni 2024 turun 8,5 persen dibanding Mei 2024. "
                   "Impor juga mengalami penurunan. Di mana pada Juni 2024 sebesar 12 persen.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("-8.5")), ("growth", Decimal("-12"))]


def test_a_list_of_shares_continued_into_the_next_sentence_stays_shares():
    figs = figures("Menurut provinsi asal, ekspor rempah Januari 2024 didominasi Sulawesi Selatan dengan peranan "
                   "21,5 persen. Berikutnya Maluku 14,2 persen dan Aceh 9,8 persen.")
    assert [f.kind for f in figs] == ["share", "share", "share"]


def test_a_percentage_restating_an_amount_is_a_share_and_one_restating_a_change_a_change():
    figs = figures("Pada Juni 2024 ekspor ke Jepang senilai US$ 2,1 miliar (18,4 persen), sedangkan penurunan "
                   "terbesar terjadi pada ekspor karet sebesar US$ 40 juta (6,5 persen).")
    assert kinds(figs) == [("realization", Decimal("2100000000"), "USD"), ("share", Decimal("18.4"), "percent"),
                           ("growth", Decimal("-40000000"), "USD"), ("growth", Decimal("-6.5"), "percent")]


def test_a_list_of_absolute_changes_keeps_kind_and_direction():
    figs = figures("Pada Mei 2024 penurunan ekspor terjadi pada golongan kayu olahan sebesar US$ 12,3 juta, "
                   "kertas US$ 4,1 juta, dan kopi US$ 2,2 juta.")
    assert kinds(figs) == [("growth", Decimal("-12300000"), "USD"), ("growth", Decimal("-4100000"), "USD"),
                           ("growth", Decimal("-2200000"), "USD")]


def test_an_absolute_change_is_growth_and_a_signed_percentage_too():
    figs = figures("Surplus Oktober 2023 turun US$ 1,1 miliar dari bulan sebelumnya. Ekspor sektor tambang "
                   "Oktober 2023 (+12,7 persen) melonjak.")
    assert kinds(figs)[0] == ("growth", Decimal("-1100000000"), "USD")
    assert kinds(figs)[-1] == ("growth", Decimal("12.7"), "percent")


def test_a_change_noun_before_a_remaining_level_keeps_the_level():
    (fig,) = figures("Penurunan terbesar terjadi pada kelompok karet yang nilainya tinggal US$ 310 juta pada 2023.")
    assert fig.kind == "realization"


def test_a_range_restated_later_is_the_same_fact():
    figs = figures("Kementerian memproyeksikan ekspor alas kaki 2025 sebesar US$ 8 miliar hingga US$ 9 miliar. "
                   "\"Kami yakin ekspor alas kaki bisa US$ 8 miliar-US$ 9 miliar,\" kata Menteri Perdagangan.")
    assert [(f.value, f.value_max) for f in figs] == [(Decimal("8000000000"), Decimal("9000000000"))]


def test_a_figure_restated_rounded_is_the_same_fact():
    figs = figures("Ekspor kelapa sawit Riau pada 2023 tercatat US$ 5,71 miliar. Dengan ekspor kelapa sawit Riau "
                   "2023 sebesar US$ 5,7 miliar itu, Riau menjadi pengekspor terbesar.")
    assert [f.value for f in figs] == [Decimal("5710000000")]


def test_the_next_item_of_a_list_is_no_rounding_of_the_one_before():
    figs = figures("Ekspor kopi Lampung pada Mei 2023 dikirim ke Jepang senilai US$ 1.250.400, Korea senilai "
                   "US$ 20.000, dan Mesir senilai US$ 17.350.")
    assert [f.value for f in figs] == [Decimal("1250400"), Decimal("20000"), Decimal("17350")]


def test_exchange_rates_are_not_figures():
    figs = figures("Ekspor Maret 2024 mencapai US$ 22,4 miliar dengan kurs Rp 15.700 per dolar AS.")
    assert [f.unit for f in figs] == ["USD"]


def test_absurd_magnitudes_are_flagged_and_never_raise():
    figs = figures("Nilai ekspor pada 2023 mencapai US$ 99999999999999999999 triliun, sedangkan cadangan "
                   "tercatat Rp 1.000.000.000.000.000.000,00 dan impor US$ 2,1 miliar.")
    assert [f.plausible for f in figs] == [False, False, True]
    assert all(f.value.is_finite() for f in figs) and "plausible" in figs[0].why["value"]


def test_a_doubtful_number_is_kept_and_flagged():
    (fig,) = figures("Volume ekspor udang pada 2023 sebesar 1.23.456 ton.")
    assert fig.plausible is False and fig.why["value"].startswith("doubtful")


def test_a_percentage_restating_a_target_is_a_target():
    figs = figures("Kementerian Perindustrian menargetkan ekspor industri 2025 sebesar US$ 210 miliar atau naik 7 persen.")
    assert [(f.type, f.value) for f in figs] == [("target", Decimal("210000000000")), ("target", Decimal(7))]


def test_a_projection_after_a_target_in_a_new_clause_is_a_projection():
    figs = figures("Targetnya tentu akan naik tahun depan, pada 2024 diperkirakan ekspor kopi mencapai US$ 1,4 miliar.")
    assert [(f.type, f.kind) for f in figs] == [("figure", "projection")]
    figs = figures("Ekspor 2023 melampaui target yang ditetapkan, yang sebelumnya diproyeksi sekitar US$ 1,2 miliar.")
    assert [f.type for f in figs] == ["target"]


def test_a_range_told_again_with_another_kind_is_the_same_fact():
    figs = figures("Pemerintah menargetkan ekspor kakao 2025 sebesar US$ 1,1 miliar hingga US$ 1,3 miliar. "
                   "\"Tahun depan ekspor kakao bisa US$ 1,1 miliar-US$ 1,3 miliar,\" ujar Menteri Perdagangan.")
    assert [(f.type, f.value, f.value_max) for f in figs] == [("target", Decimal("1100000000"), Decimal("1300000000"))]


def test_a_list_of_changes_ends_where_a_total_is_named():
    figs = figures("Pada Mei 2024 terjadi penurunan 2,1 persen atau setara US$ 1,2 juta dari total nilai ekspor "
                   "lada mencapai US$ 56,1 juta.")
    assert kinds(figs) == [("growth", Decimal("-2.1"), "percent"), ("growth", Decimal("-1200000"), "USD"),
                           ("realization", Decimal("56100000"), "USD")]


def test_absurd_and_noisy_amounts_never_raise_and_stay_finite():
    """A seeded generator of number-shaped noise (long digit runs, stray separators, the letter O,
    scale and currency words): extraction never raises, every value is finite, and every value
    beyond the plausible magnitude of its unit is flagged."""
    import random
    rng = random.Random(12)
    pieces = ["US$ ", "Rp", "Rp ", "", "", "sekitar ", "hingga "]
    units = [" miliar dolar AS", " triliun", " juta ton", " persen", "%", " ribu orang", " miliar.dolar AS", ""]
    bounds = {"USD": Decimal("1e15"), "IDR": Decimal("2e17"), "percent": Decimal("1e5")}
    for _ in range(150):
        number = "".join(rng.choice("0123456789" * 4 + ".,O") for _ in range(rng.randint(1, 45)))
        body = (f"Ekspor pada 2023 mencapai {rng.choice(pieces)}{number}{rng.choice(units)}, "
                f"naik {rng.choice(pieces)}{number[::-1]}{rng.choice(units)} dari 2022.")
        for fig in figures(body):
            assert fig.value.is_finite() and (fig.value_max is None or fig.value_max.is_finite())
            if fig.unit in bounds and abs(fig.value) > bounds[fig.unit]:
                assert fig.plausible is False


def test_met_agrees_with_the_graph_shape_and_is_unknown_when_places_disagree():
    figs = figures("Ekspor kopi Bengkulu pada 2023 tercatat US$ 14 juta. Target ekspor kopi Bengkulu 2023 "
                   "sebesar US$ 15 juta. Ekspor kopi Indonesia pada 2023 mencapai US$ 1,1 miliar.")
    target = next(f for f in figs if f.type == "target")
    assert target.met is None and "other places" in target.why["met"]
    figs = figures("Ekspor kopi Bengkulu pada 2023 tercatat US$ 16 juta. Target ekspor kopi 2023 adalah US$ 15 juta.")
    target = next(f for f in figs if f.type == "target")
    assert target.met is True and "best realisation" in target.why["met"]


def test_a_list_of_targets_goes_on_into_the_next_sentence():
    figs = figures("Gubernur Bali menargetkan produksi kopi mencapai 21 ribu ton pada 2024. "
                   "Selain itu, luas kebun kopi rakyat menjadi 40 ribu hektare dan pangsa kopi olahan dibatasi 30%.")
    assert [(f.type, f.value, f.unit) for f in figs] == [
        ("target", Decimal("21000"), "ton"), ("target", Decimal("40000"), "hektare"), ("target", Decimal("30"), "percent")]
    assert figs[1].why["kind"] == "continues the list of targets of the sentence before"


TARGET_SENTENCE = "Gubernur Bali menargetkan produksi kopi mencapai 21 ribu ton pada 2024. "


@pytest.mark.parametrize("result", [
    "Produksi kopi Indonesia pada 2024 mencapai 760 ribu ton.",
    "Sampai Februari produksi baru sekitar 3 ribu ton.",
    "Tahun lalu produksi kopi sebesar 18 ribu ton.",
    "Produksi kopi naik menjadi 18 ribu ton.",
    "“Hari ini produksi kopi kita baru 15 ribu ton,” katanya.",
])
def test_a_result_after_a_target_sentence_is_no_target(result):
    assert [f.type for f in figures(TARGET_SENTENCE + result)] == ["target", "figure"]


def test_a_change_verb_made_a_noun_by_nya_makes_the_amount_a_change():
    figs = figures("Lesunya harga karet berujung pada turunnya nilai ekspor Jambi sebesar 4,2 juta dolar AS pada Mei 2023.")
    assert summary(figs) == [("figure", "growth", Decimal("-4200000"), "USD", "2023-05-01", "2023-05-31")]
    figs = figures("Nilai ekspor Jambi yang turunnya tipis itu tercatat sebesar 40,2 juta dolar AS pada Mei 2023.")
    assert [f.kind for f in figs] == ["realization"]


def test_a_close_value_as_precise_as_the_first_is_another_amount_not_a_rounding():
    figs = figures("Ekspor kelapa sawit Riau pada 2023 tercatat US$ 5,71 miliar. Ekspor kelapa sawit Riau "
                   "pada 2023 lewat Dumai tercatat US$ 5,68 miliar.")
    assert [f.value for f in figs] == [Decimal("5710000000"), Decimal("5680000000")]


def test_a_target_told_again_in_a_quote_without_a_cue_is_the_same_target():
    figs = figures("Kementerian menargetkan ekspor kopi 2025 sebesar US$ 2,4 miliar. "
                   "“Ekspor kopi bisa mencapai US$ 2,4 miliar,” ujar Menteri Pertanian Andi Wijaya.")
    assert [(f.type, f.value) for f in figs] == [("target", Decimal("2400000000"))]
    figs = figures("Kementerian menargetkan ekspor kopi 2025 sebesar US$ 2,4 miliar. "
                   "Realisasi ekspor kopi 2025 tercatat US$ 2,4 miliar.")
    assert [f.type for f in figs] == ["target", "figure"]


def test_an_aim_stated_with_ingin_is_a_target():
    figs = figures("“Tahun ini kami ingin tingkatkan jumlah eksportir kopi sampai 120 eksportir,” kata Kepala Dinas.")
    assert [(f.type, f.value, f.unit) for f in figs] == [("target", Decimal("120"), "eksportir")]


def test_a_figure_restated_more_precisely_and_without_its_place_is_the_same_fact():
    figs = figures("Nilai ekspor Kabupaten Batang pada semester I 2023 menembus US$ 23,66 juta. Meski pandemi, "
                   "nilai ekspor semester I 2023 mampu menembus US$ 23,664 juta.")
    assert [f.value for f in figs if f.unit == "USD"] == [Decimal("23660000")]


@pytest.mark.parametrize("sentence", [
    "Pemerintah provinsi menargetkan realisasi investasi tahun 2025 sebesar Rp 12,5 triliun.",
    "Untuk tahun 2025, target realisasi investasi daerah yang akan dicapai sebesar Rp 12,5 triliun.",
    "Rapat membahas pencapaian target realisasi investasi daerah tahun 2025 yang ditetapkan kementerian sebesar Rp 12,5 triliun.",
    "Dinas mematok target pertumbuhan ekspor kopi 2025 sebesar 12,5 persen.",
])
def test_a_realisation_or_change_noun_after_a_target_word_names_what_is_targeted(sentence):
    assert [f.type for f in figures(sentence)] == ["target"]


def test_a_result_after_a_target_word_stays_a_result():
    figs = figures("Target ekspor kopi 2023 tercapai: realisasi ekspor kopi 2023 mencapai US$ 2,6 miliar.")
    assert [f.type for f in figs] == ["figure"]
    figs = figures("Realisasi target investasi daerah tahun 2023 tercatat Rp 9,1 triliun.")
    assert [f.type for f in figs] == ["figure"]


def test_a_target_revised_from_an_old_value_to_a_new_one_gives_two_targets():
    figs = figures("Kementerian menaikkan target pertumbuhan ekspor jasa tahun 2025 dari 4,5% menjadi 8%.")
    assert [(f.type, f.value) for f in figs] == [("target", Decimal("4.5")), ("target", Decimal("8"))]
    figs = figures("Nilai ekspor jasa pada 2024 naik dari US$ 4,5 miliar menjadi US$ 5 miliar.")
    assert {f.type for f in figs} == {"figure"}


def test_a_list_given_masing_masing_after_a_decline_is_a_list_of_shares():
    figs = figures("Nilai ekspor kakao Provinsi Contoh pada Juni 2024 turun 12,4 persen dibanding Mei 2024. "
                   "Tiga negara tujuan utamanya adalah Belanda, Jerman dan Jepang masing-masing sebesar 31,5 %, 20,1 % dan 9,8 %.")
    assert [(f.kind, f.value) for f in figs] == [
        ("growth", Decimal("-12.4")), ("share", Decimal("31.5")), ("share", Decimal("20.1")), ("share", Decimal("9.8"))]
    figs = figures("Ekspor ke Belanda, Jerman dan Jepang masing-masing turun 3,1 %, 2,5 % dan 1,2 % pada Juni 2024.")
    assert [f.value for f in figs] == [Decimal("-3.1"), Decimal("-2.5"), Decimal("-1.2")]


@pytest.mark.parametrize("sentence", [
    "Nilai ekspor kopi Provinsi Contoh pada Juni 2024 turun US$ 12,5 juta atau setara 8,4 persen.",
    "Nilai ekspor kopi Provinsi Contoh pada Juni 2024 mengalami penurunan. Penurunan itu setara dengan 8,4 persen "
    "dibanding bulan sebelumnya.",
])
def test_a_decline_restated_as_a_percentage_is_a_negative_change(sentence):
    percent = [f for f in figures(sentence) if f.unit == "percent"]
    assert [(f.kind, f.value) for f in percent] == [("growth", Decimal("-8.4"))]


def test_a_decline_restated_in_another_currency_keeps_its_sign():
    figs = figures("Cadangan devisa pada Juni 2024 melorot US$ 2,5 miliar atau setara Rp 40 triliun.")
    assert [(f.kind, f.value, f.unit) for f in figs] == [
        ("growth", Decimal("-2500000000"), "USD"), ("growth", Decimal("-40000000000000"), "IDR")]


def test_a_change_conceded_in_a_clause_before_is_not_what_the_amount_is():
    figs = figures("Meski ekspor dua komoditas andalan mengalami penurunan, neraca perdagangan Provinsi Contoh "
                   "pada Mei 2024 masih mengalami surplus sekitar US$ 1,25 miliar.")
    assert [(f.kind, f.value) for f in figs] == [("realization", Decimal("1250000000"))]
    figs = figures("Meski permintaan melemah, nilai ekspor kopi pada Mei 2024 turun hanya US$ 2 juta.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("-2000000"))]


def test_an_amount_that_must_still_be_done_is_a_target():
    figs = figures("“Tahun ini diharapkan minimal 9 perjanjian dagang yang harus kita rampungkan,” kata Menteri.")
    assert [(f.type, f.value, f.unit) for f in figs] == [("target", Decimal("9"), "perjanjian dagang")]
    figs = figures("Tahun lalu ada 9 perjanjian dagang yang sudah kita rampungkan.")
    assert [f.type for f in figs] == ["figure"]


def test_the_value_a_target_is_compared_with_is_a_result():
    figs = figures("Dinas menargetkan ekspor kopi tahun ini senilai US$ 8,5 juta dibandingkan tahun lalu yang hanya US$ 6,1 juta.")
    assert [(f.type, f.value) for f in figs] == [("target", Decimal("8500000")), ("figure", Decimal("6100000"))]


def test_a_negated_target_word_sets_no_target():
    figs = figures("Balai tidak menargetkan nilai ekspor, namun pada tahun 2023 nilai ekspor kopi mencapai Rp 20,5 miliar.")
    assert [f.type for f in figs] == ["figure"]
    figs = figures("Balai menargetkan nilai ekspor kopi tahun 2024 mencapai Rp 25 miliar.")
    assert [f.type for f in figs] == ["target"]


def test_where_things_stand_now_after_a_target_is_no_target():
    # 'saat ini', 'kini', 'baru' between the target and the amount: the level reached so far
    figs = figures("Dinas menargetkan ekspor kopi tahun 2024 sebesar US$ 90 juta. Untuk mengejar target itu, "
                   "serapan pasar yang saat ini baru 55 persen harus dinaikkan.")
    assert [(f.type, f.value) for f in figs] == [("target", Decimal("90000000")), ("figure", Decimal("55"))]
    figs = figures("Realisasi penerimaan cukai semester I 2024 mencapai Rp 3 triliun, sehingga capaian terhadap "
                   "target tahunan baru 41,5 persen.")
    assert [(f.type, f.value) for f in figs][-1] == ("figure", Decimal("41.5"))
    figs = figures("Pemerintah menargetkan nilai ekspor perikanan Rp 900 triliun pada 2030 dari kini yang masih "
                   "sekitar Rp 250 triliun.")
    assert [(f.type, f.value) for f in figs] == [
        ("target", Decimal("900000000000000")), ("figure", Decimal("250000000000000"))]
    # a target with no such word stays the target
    figs = figures("Dinas menargetkan serapan pasar kopi tahun depan mencapai 70 persen.")
    assert [f.type for f in figs] == ["target"]


def test_a_word_of_now_that_does_not_lead_into_the_amount_leaves_the_target():
    # 'baru' after a noun is 'new'; a verb that sets the target keeps it a target whatever the
    # word of now; after the target's own amount, 'pasar baru X' is a sub-target
    for text in ("Dinas menargetkan ekspor produk baru sebesar US$ 90 juta pada 2024.",
                 "Target ekspor kopi 2024 kini dinaikkan menjadi US$ 120 juta.",
                 "Menurut menteri, target ekspor 2025 yang diumumkan hari ini sebesar US$ 300 miliar."):
        assert [f.type for f in figures(text)] == ["target"], text
    figs = figures("Dinas menargetkan ekspor US$ 100 juta, termasuk ke pasar baru US$ 20 juta.")
    assert [f.type for f in figs] == ["target", "target"]
    figs = figures("Dinas menargetkan ekspor kopi Rp 1.000 miliar, dari saat ini yang masih Rp 300 miliar.")
    assert [f.type for f in figs] == ["target", "figure"]


def test_a_result_given_as_the_reason_after_a_target_word_is_no_target():
    figs = figures("Mengejar target itu tidak mudah karena ekspor kopi pada Mei 2024 hanya tumbuh 4,5 persen.")
    assert [(f.type, f.kind, f.value) for f in figs] == [("figure", "growth", Decimal("4.5"))]
    figs = figures("Dinas menargetkan ekspor kopi 2025 sebesar US$ 9 juta karena permintaan dari Jepang.")
    assert [f.type for f in figs] == ["target"]


def test_an_amount_chased_or_tried_for_is_a_target():
    # 'berusaha', 'mengejar': words of effort, like 'berupaya', state what is aimed at
    figs = figures("Kantor Pajak Sukamaju terus berusaha mengejar penerimaan pajak daerah hingga menembus "
                   "Rp 2,5 triliun pada akhir tahun.")
    assert [(f.type, f.value) for f in figs] == [("target", Decimal("2500000000000"))]
    figs = figures("Dinas Perdagangan mengejar ekspor kopi tahun ini hingga US$ 12 juta.")
    assert [f.type for f in figs] == ["target"]
    # what follows the effort is a result: no target
    figs = figures("Dinas berusaha keras, dan ekspor kopi pada Mei 2024 tercatat US$ 3 juta.")
    assert [f.type for f in figs] == ["figure"]


def test_the_same_amount_for_the_next_item_of_a_list_is_another_fact():
    figs = figures("Ekspor kopi Mei 2024 menurut negara tujuan, yakni Jepang 0,41 miliar dolar AS, "
                   "Belanda 0,12 miliar dolar AS dan Kanada 0,12 miliar dolar AS.")
    assert [f.value for f in figs] == [Decimal("410000000"), Decimal("120000000"), Decimal("120000000")]
    figs = figures("Ekspor kopi Mei 2024 mencapai 0,12 miliar dolar AS. Ekspor kopi Mei 2024 itu 0,12 miliar dolar AS.")
    assert [f.value for f in figs] == [Decimal("120000000")]


def test_a_value_aimed_at_with_confidence_and_ability_is_a_target():
    # 'yakin dapat mencapai', 'optimistis ... bisa mencapai', 'mengupayakan ... mencapai': what is
    # aimed at, not a level reached
    for body in ("Dinas Perdagangan yakin dapat mencapai ekspor kerajinan sebesar US$ 42 juta pada 2025.",
                 "Kami optimistis penjualan rotan olahan bisa mencapai Rp 3,5 triliun pada 2025.",
                 "Pemerintah daerah mengupayakan ekspor ikan tuna tahun 2025 mencapai 12.000 ton."):
        figs = figures(body)
        assert [(f.type, f.period.start.year if f.period else None) for f in figs] == [("target", 2025)], body


def test_a_hope_with_a_word_of_ability_is_a_target_and_a_hope_in_the_passive_a_projection():
    # 'kami berharap ... bisa X': the speaker's own aim; 'diharapkan bisa X': an expectation
    for body in ("Kami berharap pangsa ekspor mebel bisa menjadi 12 persen pada 2026.",
                 "Koperasi itu mengharapkan penjualan kopi olahan dapat mencapai 800 ton pada 2026."):
        figs = figures(body)
        assert [(f.type, f.period.start.year if f.period else None) for f in figs] == [("target", 2026)], body
    figs = figures("Ekspor mebel pada 2026 diharapkan bisa mencapai US$ 3 miliar.")
    assert [(f.type, f.kind) for f in figs] == [("figure", "projection")]
    # a hope with no word of ability after it aims at nothing: what follows is reported
    figs = figures("Kami berharap ekspor terus tumbuh, tahun lalu ekspor kopi tercatat 640 ton.")
    assert [(f.type, f.kind) for f in figs] == [("figure", "realization")]


def test_a_hope_does_not_reach_over_a_clause_conjunction_to_a_word_of_ability():
    # 'berharap ... sebab pada 2023 hanya bisa mengirim X': the reason given is what was shipped
    for body in ("Perajin berharap pasar Timur Tengah pulih sebab pada 2023 mereka hanya bisa mengirim 120 kontainer.",
                 "Perajin berharap pasar Timur Tengah pulih, meski pada 2023 hanya bisa mengirim 120 kontainer.",
                 "Perajin mengharapkan harga naik sehingga pada 2023 mereka bisa mengirim 120 kontainer."):
        figs = figures(body)
        assert [(f.type, f.kind) for f in figs] == [("figure", "realization")], body
    # the reason of a target names the words found, not a fixed example
    (fig,) = figures("Perajin berharap pada 2026 bisa mengirim 150 kontainer.")
    assert fig.type == "target" and fig.why["kind"] == "a value aimed at ('berharap ... bisa'): a target"


def test_many_words_of_hope_before_one_word_of_ability_take_linear_time():
    # regression: each word of hope searched the rest of the sentence again for a word of ability
    import time

    from kg.extract.amounts import Amount
    from kg.extract.facts import aspired_in_sentence, kind_words
    from kg.extract.text import Segment
    words = LEXICON.compiled(kind_words)
    body = "Kami " + "berharap " * 6000 + "bisa mencapai 5 ton."
    amount = Amount(body.index("5 ton"), body.index("5 ton") + 5, Decimal(5), unit="ton")
    started = time.process_time()
    assert aspired_in_sentence(body, Segment(0, len(body), 0), amount, words) == ("aim", "berharap ... bisa")
    assert time.process_time() - started < 1.5


def test_confidence_in_a_that_clause_is_a_projection_and_a_result_after_it_stays_a_result():
    figs = figures("Menteri optimistis bahwa industri mebel dapat menyumbang ekspor hingga US$ 5 miliar pada 2025.")
    assert summary(figs) == [("figure", "projection", Decimal("5000000000"), "USD", "2025-01-01", "2025-12-31")]
    # the amount after a clause of its own ('yang mencapai') is the earlier result it is compared with
    figs = figures("Kami optimistis ekspor tahun ini mampu melampaui ekspor tahun 2023 yang mencapai 9.500 ton.")
    assert [(f.type, f.kind) for f in figs] == [("figure", "realization")]
    # no ability word after the confidence: nothing aimed at
    figs = figures("Kepala dinas yakin ekspor kopi pada 2023 tercatat US$ 7 juta.")
    assert [(f.type, f.kind) for f in figs] == [("figure", "realization")]


def test_a_target_told_again_later_is_one_target():
    # the same amount told again as a projection under a condition, or in a quote with no period
    # named (only the article's target period), is the target told again, not a new fact
    figs = figures("Pemerintah mengupayakan ekspor mebel pada 2025 mencapai US$ 6 miliar. "
                   "\u201cJika permintaan pulih, ekspor dapat menembus US$ 6 miliar,\u201d kata Menteri.")
    assert [(f.type, f.value) for f in figs] == [("target", Decimal("6000000000"))]
    figs = figures("Dinas menargetkan ekspor kopi mencapai US$ 80 juta pada 2026. Kementerian berupaya "
                   "menaikkan ekspor udang hingga mencapai US$ 2 miliar pada 2025.\n\n\u201cKami optimistis "
                   "ekspor udang bisa mencapai US$ 2 miliar,\u201d kata Direktur Jenderal Budi Santosa.")
    assert [(f.type, f.value, f.period.start.year) for f in figs] == [
        ("target", Decimal("80000000"), 2026), ("target", Decimal("2000000000"), 2025)]


def test_a_threshold_compared_with_is_no_figure():
    # 'di atas 5 persen', 'masing-masing di bawah 3 persen': a bound compared with, not a value
    # reported; a bound said with 'lebih dari' stays the figure it states
    figs = figures("Ekspor kakao tahun 2023 mencapai US$ 1,2 miliar, dengan pertumbuhan yang selalu di atas 6 persen. "
                   "Pangsa komoditas lainnya masing-masing di bawah 3,50 persen.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal("1200000000"), "USD")]
    figs = figures("Ekspor nonmigas tahun 2023 menyumbang lebih dari 92 persen total ekspor provinsi.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal("92"), "percent")]


def test_a_threshold_written_as_a_sign_of_comparison_is_no_figure():
    # '≤US$2.000', '≥ 15 persen': the bounds of brackets or grades, not values reported
    figs = figures("Tarif bea keluar kakao tahun 2024 dibagi menurut harga referensi, masing-masing ≤US$2.000, "
                   "≤US$2.750 dan >US$3.500 per ton. Ekspor kakao 2024 mencapai US$ 1,2 miliar.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal("1200000000"), "USD")]
    figs = figures("Harga patokan konsentrat tembaga (Cu ≥ 15 persen) pada April 2025 naik 3,2 persen.")
    assert [f.value for f in figs] == [Decimal("3.2")]


def test_the_same_amount_told_with_another_trait_is_another_item():
    # two shipments of equal value but other tonnage, two markets of equal value but other share:
    # not one amount told twice
    figs = figures("Pada 2023 dikirim 410 ribu ton batu bara dengan nilai 35 juta dolar AS ke India. "
                   "Selain itu, 96 ribu ton dengan nilai sekitar 35 juta dolar AS dikirim ke Vietnam.")
    assert sorted((f.value, f.unit) for f in figs) == sorted([
        (Decimal("410000"), "ton"), (Decimal("35000000"), "USD"), (Decimal("96000"), "ton"), (Decimal("35000000"), "USD")])
    figs = figures("Ekspor Provinsi Jambi tahun 2023 ke Korea sebesar 2,1 miliar dolar AS (11,25 persen), "
                   "dan berikutnya India senilai 2,1 miliar dolar AS (11,24 persen).")
    assert [f.value for f in figs if f.unit == "USD"] == [Decimal("2100000000")] * 2
    # a share told again with another base beside it is still the one share
    figs = figures("Ekspor kopi pada Mei 2023 turun 4,21 persen atau setara US$ 2,5 juta. \u201cEkspor kopi Mei 2023 "
                   "turun 4,21 persen, dari US$ 59,4 juta menjadi US$ 56,9 juta,\u201d kata Kepala BPS Rina Sari.")
    assert [f.value for f in figs if f.unit == "percent"] == [Decimal("-4.21")]


def test_the_same_amount_told_of_another_place_of_a_list_is_another_item():
    # two provinces of a list, two destination countries told apart, each with the same amount:
    # two facts, with the reason in the later one's scope
    figs = figures("Peserta pelepasan ekspor tahun ini berasal dari Jambi (3 eksportir), Bengkulu (5 eksportir) "
                   "dan Gorontalo (3 eksportir).")
    assert [(f.value, f.scope) for f in figs] == [
        (Decimal("3"), "Jambi"), (Decimal("5"), "Bengkulu"), (Decimal("3"), "Gorontalo")]
    assert "another" in figs[2].why["scope"]
    figs = figures("Ekspor kopi Provinsi Lampung pada 2023 tujuan Jepang sebanyak 40 ton. Tujuan lainnya "
                   "Mesir 12 ton, Belgia 18 ton, dan Kanada 40 ton.")
    assert [f.value for f in figs if f.value == 40] == [Decimal("40"), Decimal("40")]
    # the same amount told again of the province and of a port inside it stays one fact
    figs = figures("Ekspor Provinsi Bengkulu pada 2023 mencapai US$ 210 juta. Seluruhnya dikapalkan dari "
                   "Kota Bengkulu senilai US$ 210 juta.")
    assert [f.value for f in figs] == [Decimal("210000000")]


def test_a_precise_amount_told_again_for_another_period_is_one_fact():
    # the same '37,42 persen' told again in a quote that reads 'tahun ini' (2024 by the date):
    # one fact, the first telling's period kept and the other named in the reason
    figs = figures("Ekspor nonmigas Kota Sukamaju sepanjang 2023 naik 37,42 persen.\n\n"
                   "\u201cTahun ini kenaikan ekspor kita mencapai 37,42 persen,\u201d kata Kepala Dinas Budi Santosa.")
    assert [(f.value, f.period.start.isoformat(), f.period.end.isoformat()) for f in figs] == [
        (Decimal("37.42"), "2023-01-01", "2023-12-31")]
    assert "told again" in figs[0].why["period"]
    # equal round amounts of two years stay two facts
    figs = figures("Pada 2019, sebanyak 8 eksportir mengikuti pameran itu. Pada 2017, sebanyak 8 eksportir juga ikut.")
    assert [(f.value, f.period.start.year) for f in figs] == [(Decimal("8"), 2019), (Decimal("8"), 2017)]


def test_a_page_cut_in_its_last_amount():
    figs = figures("Ekspor kakao Provinsi Jambi pada 2023 naik 8 persen dibanding 2022 yang tercatat sekitar 2 miliar dol")
    assert [(f.value, f.unit) for f in figs] == [(Decimal("8"), "percent"), (Decimal("2000000000"), "USD")]


def test_a_reserve_drained_by_an_amount_is_a_negative_change():
    # 'terkuras' (drained) is a word of decline like 'tergerus': the amount is the fall
    figs = figures("Bank Indonesia mencatat cadangan devisa sepanjang Januari-Mei 2021 terkuras US$ 4,2 miliar "
                   "untuk membayar utang luar negeri pemerintah.")
    assert summary(figs) == [("figure", "growth", Decimal("-4200000000"), "USD", "2021-01-01", "2021-05-31")]


def test_the_ports_of_a_simultaneous_export_release_are_a_count():
    figs = figures("Menteri Pertanian melepas ekspor komoditas pertanian secara serentak dari 21 pintu ekspor "
                   "dengan nilai Rp 5,2 triliun.")
    assert ("pintu ekspor", Decimal("21")) in [(f.unit, f.value) for f in figs]


def test_a_standard_the_amount_is_measured_against_is_no_figure():
    figs = figures("Posisi cadangan devisa pada akhir Juni 2024 setara dengan pembiayaan 6,4 bulan impor, "
                   "berada di atas standar kecukupan internasional yang sekitar 3 bulan impor.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal("6.4"), "bulan")]


def test_a_standard_with_its_own_value_is_a_figure():
    # only a standard compared with ('di atas standar ...') is a benchmark; a standard's own value is reported
    figs = figures("Pemerintah provinsi menaikkan standar upah minimum menjadi Rp 3,1 juta pada 2025.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal("3100000"), "IDR")]
    figs = figures("Ekspor teh standar premium Jawa Barat mencapai US$ 4 juta pada 2024.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal("4000000"), "USD")]


def test_a_range_whose_upper_bound_alone_names_the_denominator_is_one_fact():
    # decision 0036: the denominator written once holds for both bounds, as for a single price
    figs = figures("Menurut pedagang, harga cabai rawit di pasar induk kini berkisar Rp45.000 sampai Rp48.000/kg.")
    assert [(f.value, f.value_max, f.unit) for f in figs] == [(Decimal(45000), Decimal(48000), "IDR/kg")]
    figs = figures("Harga gabah kering panen di tingkat petani bulan lalu berkisar Rp5.700 hingga Rp6.100 per kilogram.")
    assert [(f.value, f.value_max, f.unit) for f in figs] == [(Decimal(5700), Decimal(6100), "IDR/kg")]
    # written after the lower bound only
    figs = figures("Harga jahe merah kini Rp22.000/kg sampai Rp25.000, kata pengepul di Temanggung.")
    assert [(f.value, f.value_max, f.unit) for f in figs] == [(Decimal(22000), Decimal(25000), "IDR/kg")]
    # an amount of money next to a price per kilogram, not a range with it, keeps its own unit
    figs = figures("Dengan harga Rp 18 juta per kilogram, nilai ekspornya mencapai Rp 2,1 miliar.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal(18000000), "IDR/kg"), (Decimal(2100000000), "IDR")]
    # bounds of another scale are not one price range
    figs = figures("Harga benih unggul kini Rp 900 sampai Rp 1,2 juta/kg di tingkat penangkar.")
    assert [(f.value, f.value_max, f.unit) for f in figs] == [(Decimal(900), None, "IDR"), (Decimal(1200000), None, "IDR/kg")]
    # an upper bound with a denominator of its own: the lower one's does not carry over
    figs = figures("Tarif angkut pelabuhan itu Rp 500 per kilogram hingga Rp 2.000 untuk setiap karung.")
    assert [(f.value, f.value_max) for f in figs] == [(Decimal(500), None), (Decimal(2000), None)]


def test_ranges_of_prices_per_different_denominators_are_two_facts():
    # the same bounds per kilogram and per liter are two prices; told again without the
    # denominator, a range per kilogram is the same fact
    figs = figures("Harga gula pasir Rp 17.000 hingga Rp 18.000 per kilogram, sedangkan minyak goreng Rp 17.000 "
                   "hingga Rp 18.000 per liter.")
    assert [(f.unit, f.value_max) for f in figs] == [("IDR/kg", Decimal(18000)), ("IDR/l", Decimal(18000))] \
        or [(f.unit, f.value_max) for f in figs] == [("IDR/kg", Decimal(18000)), ("IDR/liter", Decimal(18000))]
    figs = figures("Harga kopi bulan lalu berkisar Rp31.000 hingga Rp34.500 per kilogram. \"Petani sekarang menjual "
                   "antara Rp31.000 sampai Rp34.500,\" ujar Kepala Dinas Pertanian Kabupaten Garut, Asep Sunandar.")
    assert [(f.unit, f.value, f.value_max) for f in figs] == [("IDR/kg", Decimal(31000), Decimal(34500))]
    # both bounds per the denominator: one range in the unit per it, as before
    figs = figures("Menurut pedagang, harga bawang merah kini Rp30.000/kg hingga Rp32.000/kg.")
    assert [(f.value, f.value_max, f.unit) for f in figs] == [(Decimal(30000), Decimal(32000), "IDR/kg")]


def test_a_pair_said_as_of_now_gives_both_numbers_no_period():
    # what18: 'saat ini baru 12 dari 30 eksportir': the bare number takes the unit of its pair, and
    # the present word before the pair holds for both
    figs = figures("Sepanjang 2023 ekspor kopi daerah itu naik. Menurut asosiasi, saat ini baru 12 dari 30 eksportir "
                   "anggota yang aktif mengirim.")
    pair = [f for f in figs if f.unit == "eksportir"]
    assert [(f.value, f.period) for f in pair] == [(Decimal("12"), None), (Decimal("30"), None)]
    assert {f.why["period"] for f in pair} == {"stated as of now ('saat ini'): no period"}


@pytest.mark.parametrize("body, value, told", [
    # a precise amount, then the same rounded after 'atau': one fact with the precise value
    ("Omzet pameran kerajinan tahun 2023 mencapai Rp 2.498.310.000 atau Rp 2,5 miliar.", Decimal("2498310000"), "rounded"),
    # the rounded amount first ('lebih'), then the precise one: one fact, the precise value kept
    ("Nilai ekspor rotan pada 2022 tercatat Rp 27 miliar lebih atau Rp 27.318.440.912.", Decimal("27318440912"), "more precisely"),
    # an approximation word before the rounded telling
    ("Ekspor udang tahun 2021 sebesar US$3.418,6 juta, atau hampir US$3,42 miliar.", Decimal("3418600000"), "rounded"),
])
def test_an_amount_told_again_in_its_own_unit_after_atau_is_one_fact(body, value, told):
    figs = figures(body)
    assert [(f.value, f.unit != "percent") for f in figs] == [(value, True)]
    assert f"told again right after it ({told})" in figs[0].why["value"]
    assert "atau" in figs[0].evidence.text


@pytest.mark.parametrize("body, values", [
    # two amounts close but equally precise: two values, not one rounded
    ("Cadangan devisa setara 6,5 bulan impor atau 6,3 bulan impor dan utang luar negeri.", [Decimal("6.5"), Decimal("6.3")]),
    # alternatives that do not round to each other
    ("Pengiriman tahun ini diperkirakan Rp 4 miliar atau Rp 5 miliar.", [Decimal("4000000000"), Decimal("5000000000")]),
    # a percentage told twice is left as it is
    ("Ekspor kopi naik 3 persen atau 3,2 persen dibanding tahun lalu.", [Decimal("3"), Decimal("3.2")]),
])
def test_amounts_after_atau_that_are_not_one_quantity_stay_apart(body, values):
    assert [f.value for f in figures(body)] == values


def test_a_later_telling_of_the_rounded_value_is_the_same_fact():
    # 'X atau Y' makes one fact known by both values: a later 'Rp 2,5 miliar' in a quote is it again
    figs = figures("Omzet pameran kerajinan mencapai Rp 2.498.310.000 atau Rp 2,5 miliar. "
                   "\u201cOmzet pameran sudah mencapai Rp 2,5 miliar,\u201d kata Ketua Panitia Budi Santoso.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal("2498310000"), "IDR")]
    assert figs[0].told_as == Decimal("2500000000")


def test_the_next_items_of_a_list_of_targets_stay_targets():
    # after a target, ', <next measure> mencapai X persen': the next item, though 'persentase' names a share
    figs = figures("Pada 2025 kementerian menargetkan produksi rumput laut sebanyak 10,5 juta ton, "
                   "persentase unit pengolahan bersertifikat mencapai 85 persen, dan pembinaan di 40 kawasan.")
    assert [(f.type, f.value, f.unit) for f in figs] == [
        ("target", Decimal("10500000"), "ton"), ("target", Decimal("85"), "percent"), ("target", Decimal("40"), "kawasan")]
    assert figs[1].why["kind"].startswith("the next item of the list of targets")


def test_a_list_of_targets_governs_its_items_over_an_earlier_hope_and_their_change_words():
    figs = figures("Kawasan itu diharapkan mampu mendorong daerah sesuai target provinsi, yakni pertumbuhan ekonomi "
                   "menjadi 6 persen, menurunnya angka pengangguran 4,5 persen, serta meningkatkan rasio wirausaha 3,2 persen.")
    assert [(f.type, f.value) for f in figs] == [
        ("target", Decimal("6")), ("target", Decimal("4.5")), ("target", Decimal("3.2"))]


@pytest.mark.parametrize("body", [
    # what was reached after the target is a result, not the next target
    "Target ekspor 2024 sebesar 12 persen, sedangkan realisasi ekspor sampai Juni baru 5 persen.",
    # the target told again as a change, with no measure of its own
    "Kementerian menargetkan ekspor 2025 sebesar Rp 12 triliun, naik 20 persen dibanding 2024.",
])
def test_what_follows_a_target_without_naming_a_next_measure_is_no_new_list_item(body):
    figs = figures(body)
    assert [f.type for f in figs] == ["target", "figure"]
    assert not any(f.why["kind"].startswith("the next item of the list of targets") for f in figs)


def test_an_equal_count_as_the_next_item_of_a_list_is_another_fact():
    # '..., Bantul 1 orang, dan 1 di Gunungkidul': the same small count for the next item, not a retelling
    figs = figures("Pada 2023 pendamping bertugas di Sleman 3 orang, Bantul 1 orang, dan 1 di Gunungkidul.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal(3), "orang"), (Decimal(1), "orang"), (Decimal(1), "orang")]


def test_an_item_named_with_dari_in_a_list_of_declines_is_a_decline_not_a_base_value():
    # 'Kulit, Barang dari Kulit sebesar X': the 'dari' is in the item's name, not 'turun dari X'
    figs = figures("Penurunan impor nonmigas Juni 2024 terhadap Mei 2024 terjadi pada empat golongan barang, "
                   "antara lain Kulit, Barang dari Kulit sebesar US$ 6,25 juta, Perabot sebesar US$ 2,4 juta.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("-6250000")), ("growth", Decimal("-2400000"))]
    # a base value stays one: 'turun dari US$ 9 juta'
    figs = figures("Impor kertas Juni 2024 turun dari US$ 9 juta menjadi US$ 7 juta.")
    assert [(f.kind, f.value) for f in figs] == [("realization", Decimal("9000000")), ("realization", Decimal("7000000"))]


def test_a_list_of_declines_goes_on_in_a_sentence_opened_by_selanjutnya():
    figs = figures("Penurunan terbesar pada Juni 2024 terjadi pada beberapa golongan, antara lain gandum US$ 8,5 juta. "
                   "Selanjutnya kedelai US$ 3,2 juta, dan jagung US$ 1,15 juta.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("-8500000")), ("growth", Decimal("-3200000")),
                                                 ("growth", Decimal("-1150000"))]
    # a sentence with a cue of its own is no next item: 'Selanjutnya ekspor tercatat X'
    figs = figures("Penurunan terbesar pada Juni 2024 terjadi pada gandum US$ 8,5 juta. "
                   "Selanjutnya ekspor kedelai tercatat US$ 3,2 juta.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("-8500000")), ("realization", Decimal("3200000"))]


def test_a_change_conceded_does_not_make_the_percentages_after_it_changes():
    figs = figures("Walaupun impor Juni 2024 mengalami penurunan, pemasok utama masih dari Korea Selatan 31,5%, "
                   "kemudian India 12,25%.")
    assert [(f.kind, f.value) for f in figs] == [("share", Decimal("31.5")), ("share", Decimal("12.25"))]
    # a change named outside the concession still does
    figs = figures("Impor Juni 2024 dari Korea Selatan turun 31,5%, dari India 12,25%.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("-31.5")), ("growth", Decimal("-12.25"))]


def test_a_programmes_limit_is_no_figure_but_what_was_lent_under_it_is():
    figs = figures("Pemerintah menaikkan plafon KUR mikro tanpa agunan menjadi Rp 75 juta pada 2023. "
                   "Penyaluran KUR dengan plafon Rp 5 juta-Rp 25 juta terealisasi sebesar Rp 88 triliun pada 2022. "
                   "Pelaku usaha kini bisa meminjam hingga maksimal Rp 15 miliar.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal("88000000000000"), "IDR")]
    figs = figures("Industri besar bermodal Rp 15 miliar ke atas tercatat 120 unit pada 2023.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal("120"), "unit")]
    # a year among the words after the ceiling noun, and its change to a new value: still a limit
    assert figures("Plafon KUR 2024 sebesar Rp 280 triliun.") == []
    assert figures("Menteri meminta plafon KUR tanpa agunan naik menjadi Rp 90 juta.") == []
    # a verb of reaching before a limit word leaves it a limit
    assert figures("Pinjaman koperasi itu bisa mencapai maksimal Rp 40 juta per anggota.") == []


def test_a_value_reached_projected_or_changed_near_a_limit_word_keeps_its_figure():
    # the words after a ceiling noun stop at a word of a value reached
    figs = figures("Realisasi penyaluran plafon KUR mencapai Rp 140 triliun pada 2023.")
    assert [(f.kind, f.value) for f in figs] == [("realization", Decimal("140000000000000"))]
    # a cue right before a limit word says what the amount is
    figs = figures("Pertumbuhan ekonomi daerah 2024 diperkirakan maksimal 5,3 persen.")
    assert [(f.kind, f.value) for f in figs] == [("projection", Decimal("5.3"))]
    figs = figures("Harga gula pasir naik maksimal Rp 1.500 per kg pada April 2024.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("1500"))]
    # a change of the limit itself by an amount, not to a new value, is a change
    figs = figures("Plafon KUR naik 20 persen pada 2024.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("20"))]


def test_dari_then_sebesar_is_a_base_value_after_the_change_word_or_before_the_new_value_but_not_in_a_name():
    figs = figures("Ekspor kopi Jambi naik dari tahun lalu sebesar US$ 4 juta.")
    assert [f.kind for f in figs] == ["realization"] and figs[0].why["kind"].startswith("the base value")
    # an item named with 'dari' in a list of changes: its own amount, no base value
    figs = figures("Impor Jambi pada Juni 2024 turun, antara lain Barang dari Besi sebesar US$ 3 juta.")
    assert len(figs) == 1 and not figs[0].why["kind"].startswith("the base value")
    # with the new value after it, the amount is the base value (also with more than one space)
    for body in ("Ekspor kopi Jambi turun dari Februari sebesar US$ 8 juta menjadi US$ 6 juta pada Maret 2024.",
                 "Ekspor kopi Jambi turun dari  Februari  sebesar  US$ 8 juta menjadi US$ 6 juta pada Maret 2024."):
        figs = figures(body)
        assert [(f.kind, f.value) for f in figs] == [("realization", Decimal("8000000")), ("realization", Decimal("6000000"))]
        assert figs[0].why["kind"].startswith("the base value")
    # 'dibandingkan ... sebesar X' with no new value after it: the change itself, no base value
    figs = figures("Ekspor kopi Jambi pada Juli 2024 turun dibandingkan Juni 2024 sebesar 12,5 persen.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("-12.5"))]


def test_a_sentence_opened_by_kemudian_with_a_verb_of_its_own_does_not_go_on_with_a_list_of_declines():
    figs = figures("Penurunan terbesar pada Juni 2024 terjadi pada gandum US$ 8,5 juta. "
                   "Kemudian, impor kedelai pada Juni 2024 mencapai US$ 3,2 juta.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("-8500000")), ("realization", Decimal("3200000"))]


def test_a_list_of_declines_goes_on_past_an_abbreviation_dot_but_not_past_a_sentence_ending_in_an_exclamation():
    figs = figures("Penurunan terbesar pada Juni 2024 terjadi pada jagung US$ 7,5 juta yang dipasok PT. Tani Subur. "
                   "Selanjutnya, kedelai US$ 2,2 juta.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("-7500000")), ("growth", Decimal("-2200000"))]
    figs = figures("Penurunan terbesar pada Juni 2024 terjadi pada jagung US$ 7,5 juta. Pasokan tetap lancar! "
                   "Selanjutnya, kedelai US$ 2,2 juta.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("-7500000")), ("realization", Decimal("2200000"))]


def test_a_market_of_trade_or_finance_is_no_counted_market():
    assert figures("Dana investor asing masuk ke 5 pasar modal Asia pada Maret 2024.") == []
    assert figures("Kopi Jambi dikirim ke 12 pasar ekspor baru pada 2024.") == []
    figs = figures("Harga cabai dipantau di 140 pasar pada Maret 2024.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal("140"), "pasar")]


def test_an_indented_quote_or_paragraph_without_its_sentence_end_is_read_but_a_list_of_headlines_is_not():
    quoted = ("Dinas itu menjelaskan capaiannya.\n\n    “Pada 2023 kami menargetkan retribusi pasar sebesar Rp 4 miliar "
              "namun yang masuk hanya Rp 3,1 miliar\n\nDia berharap tahun ini lebih baik.")
    assert [f.value for f in figures(quoted)] == [Decimal("4000000000"), Decimal("3100000000")]
    long = ("Dinas itu menjelaskan capaiannya.\n\n  Sepanjang 2023 retribusi pasar yang masuk ke kas daerah dari seluruh "
            "kecamatan di kabupaten itu tercatat Rp 3,1 miliar atau lebih rendah dari tahun sebelumnya yang mencapai "
            "Rp 3,4 miliar menurut catatan dinas\n\nDia berharap tahun ini lebih baik.")
    assert [f.value for f in figures(long)] == [Decimal("3100000000"), Decimal("3400000000")]
    headlines = ("Ekspor kopi Jambi pada 2024 mencapai US$ 12 juta.\n\n"
                 "- Harga Kopi Naik 20 Persen di Pasar Dunia\n- Ekspor Sawit Turun Rp 5 Triliun\n\nKopi Jambi dikirim ke Jepang.")
    assert [f.value for f in figures(headlines)] == [Decimal("12000000")]


def test_a_pages_view_counter_is_no_figure():
    body = "Ekspor kopi Jambi pada 2024 mencapai US$ 12 juta.\n\nDibaca: 1.204 kali\n\nDilihat dari tujuannya, Jepang terbesar."
    assert [(f.value, f.unit) for f in figures(body)] == [(Decimal("12000000"), "USD")]


def test_a_minus_sign_written_on_the_number_makes_it_negative_but_a_range_is_no_minus():
    figs = figures("Net ekspor Kepri pada triwulan II 2024 berada di angka -4,15 persen. "
                   "Pertumbuhan PDRB pada 2023 tercatat -1,2 persen.")
    assert [f.value for f in figs] == [Decimal("-4.15"), Decimal("-1.2")]
    figs = figures("Pada 2023 ekspor kopi tumbuh 5 -6 persen.")
    assert [(f.value, f.value_max, f.unit) for f in figs] == [(Decimal("5"), Decimal("6"), "percent")]


def test_a_measure_noun_with_a_clitic_after_a_target_word_names_what_is_targeted():
    # 'menargetkan capaiannya': the achievement aimed at, not one reached; its parts go on as targets
    figs = figures("Omzet koperasi Kota Lamaran pada 2024 mencapai Rp 2,4 triliun. Untuk tahun 2025 dinas itu "
                   "menargetkan capaiannya sebesar Rp 3,1 triliun, berasal dari koperasi simpan pinjam sebesar "
                   "Rp 2 triliun, kemudian dari koperasi produsen senilai Rp 1,1 triliun.")
    assert [(f.type, f.value) for f in figs] == [
        ("figure", Decimal("2400000000000")), ("target", Decimal("3100000000000")),
        ("target", Decimal("2000000000000")), ("target", Decimal("1100000000000"))]
    # without the target word the same achievement is reached
    figs = figures("Pada 2025 capaiannya sebesar Rp 3,1 triliun.")
    assert [(f.type, f.value) for f in figs] == [("figure", Decimal("3100000000000"))]


def test_a_sentence_opened_by_disusul_goes_on_with_the_list_of_targets_before():
    # a ranking of targets by district, 'Disusul ...' naming the next ones
    figs = figures("Dinas itu membagi target investasi 2025 per kabupaten. Target tertinggi ada di Kabupaten Alpha "
                   "sebesar Rp 2 triliun. Disusul Kabupaten Beta sebesar Rp 800 miliar, Kabupaten Gamma sebesar "
                   "Rp 600 miliar.")
    assert [(f.type, f.value) for f in figs] == [
        ("target", Decimal("2000000000000")), ("target", Decimal("800000000000")), ("target", Decimal("600000000000"))]
    # after a realisation the list goes on as realisations
    figs = figures("Realisasi investasi 2024 terbesar dicapai Kabupaten Alpha sebesar Rp 2 triliun. "
                   "Disusul Kabupaten Beta sebesar Rp 800 miliar.")
    assert [(f.type, f.value) for f in figs] == [("figure", Decimal("2000000000000")), ("figure", Decimal("800000000000"))]


def test_attendance_after_diikuti_is_no_next_target():
    # 'Diikuti' opening a sentence on who took part in an event: counts after a target in money are no targets
    figs = figures("Dinas koperasi menargetkan transaksi temu bisnis kopi tahun ini Rp 40 miliar. Diikuti 120 pembeli "
                   "dari 15 negara, acara itu berlangsung tiga hari.")
    assert [(f.type, f.value) for f in figs if f.type == "target"] == [("target", Decimal("40000000000"))]
    # a name after the opener does not make a count the next target
    figs = figures("Dinas koperasi menargetkan transaksi temu bisnis kopi tahun ini Rp 40 miliar. Diikuti oleh "
                   "Kementerian Perdagangan dengan 120 pembeli.")
    assert [(f.type, f.value) for f in figs if f.type == "target"] == [("target", Decimal("40000000000"))]
    # a ranking named item by item still goes on: money after money
    figs = figures("Dinas koperasi menargetkan transaksi temu bisnis kopi tahun ini Rp 40 miliar. Diikuti "
                   "transaksi temu bisnis kakao Rp 25 miliar.")
    assert [(f.type, f.value) for f in figs] == [("target", Decimal("40000000000")), ("target", Decimal("25000000000"))]


def test_teralisasi_written_for_terealisasi_reports_what_was_reached():
    figs = figures("Target investasi Kota Delta pada 2024 hanya Rp 20 miliar, teralisasi Rp 95 miliar.")
    assert [(f.type, f.value) for f in figs] == [("target", Decimal("20000000000")), ("figure", Decimal("95000000000"))]


def test_the_value_of_a_threshold_a_rule_sets_is_no_figure():
    figs = figures("Harga acuan kakao Mei 2025 naik menjadi US$ 2.900 per MT dan menjauhi ambang batas sebesar "
                   "US$ 2.000 per MT.")
    assert [(f.value, f.unit) for f in figs] == [(Decimal("2900"), "USD/MT")]


def test_bagiannya_in_the_name_of_a_goods_group_names_no_share():
    # 'kendaraan dan bagiannya' (vehicles and their parts) in a list of falls goes on as falls
    figs = figures("Impor Kota Lamaran pada Januari 2025 turun. Penurunan terbesar terjadi pada mesin US$10,5 juta.\n"
                   "Selanjutnya kendaraan dan bagiannya US$6,2 juta, dan kertas US$0,9 juta.")
    assert [(f.kind, f.value) for f in figs] == [
        ("growth", Decimal("-10500000")), ("growth", Decimal("-6200000")), ("growth", Decimal("-900000"))]


def test_a_rate_a_fall_leads_to_is_the_level_not_the_fall():
    # 'turun menjadi X persen', 'berada di angka X persen' after a fall: the level the rate stands at
    figs = figures("Pertumbuhan ekonomi Kota Delta pada 2024 turun menjadi 4,2 persen.")
    assert [f.value for f in figs] == [Decimal("4.2")]
    figs = figures("Impor Kota Delta turun, di mana pada triwulan I 2024 impor berada di angka 8,5 persen.")
    assert [f.value for f in figs] == [Decimal("8.5")]
    # a contraction keeps its minus; so do a fall with no level word and one compared with another period
    assert [f.value for f in figures("Ekspor Kota Delta pada 2024 terkontraksi menjadi 2 persen.")] == [Decimal("-2")]
    assert [f.value for f in figures("Ekspor Kota Delta pada 2024 turun 3 persen.")] == [Decimal("-3")]
    assert [f.value for f in figures("Ekspor Kota Delta pada Mei 2024 turun menjadi 9 persen dibandingkan April 2024.")] \
        == [Decimal("-9")]


def test_a_level_word_away_from_the_amount_leaves_a_fall_negative():
    # 'jadi' as 'so' after the fall, and 'menjadi' before an adjective: the amount is no level the rate stands at
    figs = figures("Permintaan kopi olahan Kota Delta turun, jadi pabrik pengolahan memangkas produksi 8 persen.")
    assert [f.value for f in figs] == [Decimal("-8")]
    figs = figures("Pendapatan usaha Kota Delta merosot dan arus kasnya menjadi seret 4 persen.")
    assert [f.value for f in figs] == [Decimal("-4")]
    # a contraction word before the level word keeps the minus: it is sought from the fall word on
    figs = figures("Pertumbuhan impor Kota Delta turun lalu berkontraksi menjadi 5 persen.")
    assert [f.value for f in figs] == [Decimal("-5")]


def test_a_hedge_between_the_level_word_and_the_amount_keeps_the_level():
    # 'hanya', 'tinggal', 'di kisaran' (lexicon level_hedges) between 'menjadi' and the amount
    assert [f.value for f in figures("Pengangguran terbuka Kota Delta pada 2024 turun menjadi hanya 4,8 persen.")] \
        == [Decimal("4.8")]
    assert [f.value for f in figures("Inflasi Kota Delta pada Mei 2024 turun menjadi di kisaran 2,3 persen.")] \
        == [Decimal("2.3")]


def test_a_contraction_named_before_the_fall_in_its_clause_keeps_the_minus():
    figs = figures("Kontraksi ekspor Kota Delta pada 2024 turun menjadi 2,5 persen.")
    assert [f.value for f in figs] == [Decimal("-2.5")]
    # a word of contraction in an earlier clause says nothing of this rate
    figs = figures("Meski harga komoditas negatif, inflasi Kota Delta pada 2024 turun menjadi 2 persen.")
    assert [f.value for f in figs] == [Decimal("2")]


@pytest.mark.parametrize("body, kept", [
    ("Dari 12 negara tujuan ekspor kakao, tujuh mencatat kenaikan pada Mei 2024.", []),
    ("Kopi olahan daerah itu kini dinikmati di 40 dari 190 negara.", [(Decimal(40), "negara")]),
    ("Investasi PMDN kota itu menempati urutan ke-9, dari 35 Kabupaten/Kota di provinsi tersebut.", []),
    # 'dari' after a verb tells where the goods came from: a count reported
    ("Pada Maret 2024 rempah dikirim dari 6 provinsi ke pelabuhan ekspor.", [(Decimal(6), "provinsi")]),
    # a year before 'dari' is no number a part is picked from; a count that changed keeps its start
    ("Investasi asing pada 2023 dari 10 negara mencapai Rp 200 triliun.",
     [(Decimal(10), "negara"), (Decimal("200000000000000"), "idr")]),
    ("Penerima bantuan bertambah, dari 20 kabupaten menjadi 35 kabupaten pada 2024.",
     [(Decimal(20), "kabupaten"), (Decimal(35), "kabupaten")]),
])
def test_places_counted_as_the_whole_a_part_is_picked_from_are_no_figure(body, kept):
    assert [(f.value, f.unit.lower()) for f in figures(body) if f.unit not in ("percent",)] == kept


def test_what_is_left_to_reach_a_target_is_a_gap_below_it_for_the_target_year():
    """'tinggal sisa target kurang lebih X lagi', 'sisa Y masih harus dicapai': what is still to be reached
    is a difference (negative), for the target's year, not a new target, when the sentence names the
    target; what is left of a budget to spend ('sisa anggaran X yang harus diserap') is no gap."""
    body = ("Hingga September, Dinas Pariwisata Kota Lembah mengumpulkan retribusi Rp 23 miliar dari sasaran "
            "Rp 35 miliar yang dipatok untuk 2026.\n\nKepala dinas, Rina Wulandari, menyebut tinggal sisa target "
            "kurang lebih Rp 12 miliar lagi untuk dikejar pada kuartal terakhir.")
    assert summary(figures(body, published="2026-10-05")) == [
        ("figure", "realization", Decimal("23000000000"), "IDR", "2026-01-01", "2026-09-30"),
        ("target", "target", Decimal("35000000000"), "IDR", "2026-01-01", "2026-12-31"),
        ("figure", "difference", Decimal("-12000000000"), "IDR", "2026-01-01", "2026-12-31")]
    owed = ("Kota Lembah memasang target penjualan kerajinan 2027 senilai Rp 71 miliar. Sampai Mei 2027 penjualan "
            "baru Rp 19 miliar.\n\nDengan begitu, sisa targetnya Rp 52 miliar yang wajib dicapai dalam tujuh bulan.")
    assert summary(figures(owed, published="2027-06-03")) == [
        ("target", "target", Decimal("71000000000"), "IDR", "2027-01-01", "2027-12-31"),
        ("figure", "realization", Decimal("19000000000"), "IDR", "2027-01-01", "2027-05-31"),
        ("figure", "difference", Decimal("-52000000000"), "IDR", "2027-01-01", "2027-12-31")]


@pytest.mark.parametrize("body", [
    "Pemkab Contoh masih memiliki sisa anggaran Rp 50 miliar yang harus diserap hingga Desember.",
    "Pemkab Contoh masih memiliki sisa anggaran Rp 50 miliar yang harus terealisasi sebelum akhir Desember.",
    "Dari 40 desa, masih ada sisa 12 desa yang harus dicapai dengan perahu.",
])
def test_what_is_left_of_a_budget_to_spend_is_no_gap_below_a_target(body):
    assert [f.kind for f in figures(body, published="2024-05-06")] != ["difference"]
    assert all(f.value > 0 for f in figures(body, published="2024-05-06"))


def test_a_target_list_goes_on_after_the_year_of_its_first_item():
    """'dipatok X pada tahun A dan Y pada tahun B': the year of an item does not end the list of
    targets; the next value is the next year's target."""
    figs = figures("Pemprov Tanah Merah mematok porsi ekspor nonmigas dalam PDRB sebesar 17 persen pada 2027 "
                   "dan 19,5 persen pada tahun 2028.")
    assert summary(figs) == [("target", "target", Decimal("17"), "percent", "2027-01-01", "2027-12-31"),
                             ("target", "target", Decimal("19.5"), "percent", "2028-01-01", "2028-12-31")]


def test_a_level_that_will_be_reached_is_a_projection_for_the_year_it_is_said_of():
    """'omzet ... akan menembus X', 'akan menyentuh Y': what a level will reach is expected, not
    reported; it is for the year named, not the months reported so far."""
    body = ("Sampai Agustus 2026 omzet pasar lelang Kabupaten Tanah Merah tercatat Rp 81 miliar.\n\n"
            "Menurut Dewi Kartika, tahun ini omzet lelang cabai akan menembus Rp 37 miliar, sementara omzet "
            "lelang bawang akan menyentuh Rp 52 miliar.")
    got = summary(figures(body, published="2026-09-14"))
    assert got == [("figure", "realization", Decimal("81000000000"), "IDR", "2026-01-01", "2026-08-31"),
                   ("figure", "projection", Decimal("37000000000"), "IDR", "2026-01-01", "2026-12-31"),
                   ("figure", "projection", Decimal("52000000000"), "IDR", "2026-01-01", "2026-12-31")]


def test_a_value_is_no_rounding_of_one_with_another_leading_digit():
    """'Rp 1 miliar' said first and 'Rp 640 juta' later of the same measure and period: 640 juta rounded
    to one significant digit is 600 juta, not 1 miliar, so it is another fact; '960 juta' would be
    1 miliar told again."""
    body = ("Nilai transaksi pasar ikan Kota Lembah pada triwulan I 2027 diperkirakan sekitar Rp 1 miliar.\n\n"
            "Data dinas menunjukkan, pada triwulan I 2027 transaksi tuna mencapai 82 ton dengan nilai "
            "Rp 640 juta.")
    values = [f.value for f in figures(body, published="2027-04-09")]
    assert Decimal("640000000") in values and Decimal("1000000000") in values
    from kg.extract.facts import rounds_to
    assert rounds_to(Decimal("960000000"), Decimal("1000000000"))
    assert rounds_to(Decimal("8.04"), Decimal("8.0")) and not rounds_to(Decimal("640"), Decimal("1000"))


def test_a_target_a_result_is_measured_against_opens_no_list_of_targets():
    """'... baru 37 persen dari target Rp X' then a quote naming the largest part of the result: a part
    of the result, not the next target."""
    body = ("Pajak hotel dan restoran Kota Lembah yang masuk kas daerah sampai akhir April berjumlah Rp 29 miliar "
            "atau 37 persen dari target tahun ini sebesar Rp 78 miliar. \u201cKira-kira Rp 11 miliar datang dari "
            "restoran di pantai,\u201d ujar Rina Wulandari.")
    assert summary(figures(body, published="2027-05-21")) == [
        ("figure", "realization", Decimal("29000000000"), "IDR", "2027-01-01", "2027-04-30"),
        ("figure", "share", Decimal("37"), "percent", "2027-01-01", "2027-04-30"),
        ("target", "target", Decimal("78000000000"), "IDR", "2027-01-01", "2027-12-31"),
        ("figure", "realization", Decimal("11000000000"), "IDR", "2027-01-01", "2027-04-30")]


def test_a_count_found_after_a_target_is_a_result_not_the_next_target():
    """'Lalu, dari hasil survei, ternyata terdapat N koperasi': what turned out to be there is a
    result, even in a sentence that opens as the next item of a list of targets."""
    body = ("Pemkab Tanah Merah membidik omzet koperasi Rp 15 miliar tahun depan. Lalu, dari hasil survei, "
            "ternyata terdapat 97 koperasi yang tidak aktif.")
    assert [(f.type, f.value) for f in figures(body)] == [("target", Decimal("15000000000")), ("figure", Decimal("97"))]


def test_a_realisation_noun_after_a_projection_verb_is_what_is_projected():
    """'kami perkirakan' (the object-focus form) is a projection word, and 'realisasinya' after it in
    the same clause names what is projected: a projection of this year, whose month said without
    its year ('sampai Desember') lies ahead; a verb of reaching or a contrast still reports."""
    figs = figures("Kepala Dinas Perdagangan Kabupaten Wonorejo, Sutrisno Hadi, mengatakan: \"Kami "
                   "perkirakan sampai Desember realisasinya Rp 48 miliar.\"", published="2024-10-20")
    assert summary(figs) == [("figure", "projection", Decimal("48000000000"), "IDR", "2024-01-01", "2024-12-31")]
    figs = figures("Ekspor udang diperkirakan turun, namun realisasinya mencapai Rp 12 miliar pada September 2024.",
                   published="2024-10-20")
    assert [f.kind for f in figs] == ["realization"]
    figs = figures("Kami proyeksikan omzet pameran itu Rp 3 miliar pada 2025.", published="2024-10-20")
    assert [f.kind for f in figs] == ["projection"]
    # an estimate recalled reports what was reached; a forecast with a verb of reaching, or said by
    # a subject with a relative clause, is still a forecast
    figs = figures("Seperti yang kami perkirakan sebelumnya, realisasinya pada 2023 Rp 12 triliun.", published="2024-10-20")
    assert [f.kind for f in figs] == ["realization"]
    figs = figures("Pemerintah memperkirakan realisasi investasi pada 2025 mencapai Rp 5 triliun.", published="2024-10-20")
    assert [f.kind for f in figs] == ["projection"]
    figs = figures("Dinas yang kami pimpin memperkirakan realisasi ekspor 2025 Rp 7 triliun.", published="2024-10-20")
    assert [f.kind for f in figs] == ["projection"]


def test_a_range_opened_by_antara_joins_its_bounds_with_dan():
    """'di antara Rp 40 miliar dan Rp 45 miliar' is one range (value_max); a second value smaller
    than the first ('selisih antara ... dan ...') or other words between the bounds keep two."""
    figs = figures("Dinas memperkirakan nilai ekspor kopi tahun ini di antara Rp 40 miliar dan Rp 45 miliar.")
    assert [(f.kind, f.value, f.value_max) for f in figs] == [("projection", Decimal("40000000000"), Decimal("45000000000"))]
    figs = figures("Harga karet berkisar antara 1,5 dan 1,8 dolar AS per kilogram pada Februari 2024.")
    assert [(f.value, f.value_max) for f in figs] == [(Decimal("1.5"), Decimal("1.8"))]
    figs = figures("Selisih antara ekspor Rp 50 miliar dan Rp 30 miliar pada 2023 dijelaskan dinas.")
    assert [(f.value, f.value_max) for f in figs] == [(Decimal("50000000000"), None), (Decimal("30000000000"), None)]
    figs = figures("Harga lada di dua pasar itu pada Februari 2024 antara Rp 50.000 dan Rp 30.000 per kilogram.")
    assert [f.value_max for f in figs] == [None, None]
    figs = figures("Selisih harga antara Rp 12.000 dan Rp 15.000 per kilogram pada Februari 2024 dikeluhkan petani.")
    assert [f.value_max for f in figs] == [None, None]
    figs = figures("Ekspor dibagi antara Jepang Rp 7 miliar dan Korea Rp 9 miliar pada 2023.")
    assert [(f.value, f.value_max) for f in figs] == [(Decimal("7000000000"), None), (Decimal("9000000000"), None)]
def test_a_level_one_wants_to_rise_to_is_a_target():
    # 'ingin naik ke X', 'ingin tumbuh menjadi X': what the speaker wants, not a level reached
    for body in ("Pada 2026 produksi biji pala koperasi itu ingin naik menjadi 1.750 ton.",
                 "Pada 2026 omzet pameran ingin tumbuh menjadi Rp 7 miliar.",
                 "Untuk 2026 penjualan koperasi ingin meningkat hingga 950 ton."):
        figs = figures(body)
        assert [(f.type, f.period.start.year if f.period else None) for f in figs] == [("target", 2026)], body
    # a rise reported, with no wish, stays a level reached
    figs = figures("Pada 2023 penjualan koperasi naik ke 950 ton.")
    assert [(f.type, f.kind) for f in figs] == [("figure", "realization")]
    # 'ingin naik kelas' (to grow into a bigger business) names no level wanted
    for body in ("Jumlah UMKM yang ingin naik kelas pada 2023 mencapai 1.200 unit usaha.",
                 "Pelaku usaha yang ingin naik kelas pada 2023 berjumlah 430 orang.",
                 "Koperasi yang ingin tumbuh bersama mitra pada 2022 tercatat 85 koperasi."):
        assert [(f.type, f.kind) for f in figures(body)] == [("figure", "realization")], body


def test_after_a_sentence_opened_by_the_target_a_clause_that_reaches_reports_the_result():
    # 'Dari target X, <clause with a word of reaching or realisation> Y': Y is what was reached
    for body, value in (("Pameran kerajinan digelar dinas sepanjang 2023. Terhadap target Rp 45 miliar, "
                         "omzet stan yang terjual Rp 52,3 miliar.", Decimal("52300000000")),
                        ("Sepanjang 2023 dinas menyalurkan bantuan alat. Dari target 900 unit, baru 640 unit yang terealisasi.",
                         Decimal("640")),
                        ("Untuk 2023, dari target 12.000 orang, tenaga kerja yang terserap 15.300 orang.", Decimal("15300"))):
        figs = figures(body)
        assert [(f.type, f.kind) for f in figs] == [("target", "target"), ("figure", "realization")], body
        assert figs[1].value == value, body
    # without such a word the clause goes on with the target: a part of it, or what it is hoped to hold
    for body in ("Untuk 2025 dinas menetapkan rencana belanja. Dari target Rp 8 triliun, sebanyak Rp 3 triliun "
                 "dialokasikan untuk jalan desa.",
                 "Untuk 2025 dinas membuka pendaftaran. Dari target 2.000 peserta, 700 peserta diharapkan berasal dari desa."):
        assert [f.type for f in figures(body)] == ["target", "target"], body


def test_a_quota_named_as_sasaran_and_what_was_issued_against_it():
    """'dari sasaran N sertifikat, yang terbit hanya M': 'sasaran' opens the sentence as 'target' does
    (lexicon target_measured_phrases), and a word of issuing (lexicon reached_words: terbit, diterbitkan)
    reports the result; its share after 'atau' is a share, and the quota is not met."""
    for body, value in (("Sepanjang 2024 dinas membuka layanan sertifikasi. Tahun lalu, dari sasaran 900 sertifikat, "
                         "yang terbit hanya 712 sertifikat atau 79,1 persen.", Decimal("712")),
                        ("Dinas memproses izin usaha sepanjang 2023. Dibanding sasaran 400 izin, izin yang diterbitkan "
                         "mencapai 455 izin.", Decimal("455")),
                        ("Program rumah produksi digelar sepanjang 2023. Terhadap sasaran 60 unit, rumah produksi yang "
                         "terbangun 48 unit.", Decimal("48"))):
        figs = figures(body)
        assert [(f.type, f.kind) for f in figs][:2] == [("target", "target"), ("figure", "realization")], body
        assert figs[1].value == value, body
    figs = figures("Sepanjang 2024 dinas membuka layanan sertifikasi. Tahun lalu, dari sasaran 900 sertifikat, "
                   "yang terbit hanya 712 sertifikat atau 79,1 persen.")
    assert (figs[2].type, figs[2].kind) == ("figure", "share")
    # a part of the quota still planned, or a quota split up, stays the target's; a word of issuing that is not
    # the amount's own verb (a rule issued, a part still to be built, a delay) reports no result
    for body in ("Untuk 2025 dinas membuka pendaftaran. Dari sasaran 2.000 sertifikat, 700 sertifikat diharapkan terbit "
                 "pada semester I.",
                 "Untuk 2025 dinas membagi kuota. Dari sasaran 1.500 sertifikat, sebanyak 600 sertifikat dialokasikan untuk "
                 "usaha kuliner.",
                 "Untuk 2025 pemerintah menyiapkan dana. Dari sasaran Rp 5 triliun, peraturan yang terbit pada Maret "
                 "mengalokasikan Rp 2 triliun untuk koperasi.",
                 "Untuk 2025 dinas menyiapkan rumah produksi. Dari sasaran 900 unit, sisanya 400 unit baru bisa terbangun "
                 "tahun depan."):
        assert [f.type for f in figures(body)] == ["target", "target"], body


@pytest.mark.parametrize("body", [
    "Pemkab Contoh menyiapkan program rumah subsidi 2025. Dari target 1.000 unit rumah, sebanyak 600 unit diharapkan "
    "masuk tahap pembangunan pada semester I.",
    "Pemerintah menetapkan target penyaluran kredit 2025. Dari target Rp 10 triliun, Rp 4 triliun ditargetkan "
    "tersalurkan pada semester pertama.",
    "Dinas Pariwisata menyusun rencana 2025. Dari target 50 ribu wisatawan, 20 ribu wisatawan harus masuk melalui bandara.",
    "Dari target Rp 20 triliun pada 2025, sebanyak Rp 12 triliun diharapkan masuk dari PMA.",
    "Pemerintah mengalokasikan pupuk subsidi 2025. Dari target 9 juta ton, 4 juta ton akan tersalurkan melalui kios resmi.",
    "Untuk 2026 dinas membuka gerai baru. Dibanding target 300 gerai, 120 gerai direncanakan terjual kepada mitra.",
])
def test_a_part_of_the_target_still_planned_in_the_reaching_clause_is_no_result(body):
    # a word of the future, an aim, a plan, a hope or a target in the clause: the part is planned, not reached
    assert [f.type for f in figures(body)] == ["target", "target"], body


def test_the_value_reached_told_again_after_the_target_it_met_is_that_realisation():
    figs = figures("Realisasi ekspor rotan sepanjang 2023 mencapai US$ 31,2 juta. "
                   "\"Sudah lampaui target, totalnya US$ 31,2 juta,\" kata Kepala Dinas.")
    assert summary(figs) == [("figure", "realization", Decimal("31200000"), "USD", "2023-01-01", "2023-12-31")]
    # another value after the same words is the target itself
    figs = figures("Realisasi ekspor rotan sepanjang 2023 mencapai US$ 31,2 juta. Capaian ini berhasil melampaui target: US$ 28 juta.")
    assert [(f.type, f.value) for f in figs] == [("figure", Decimal("31200000")), ("target", Decimal("28000000"))]


@pytest.mark.parametrize("body", [
    "Realisasi pajak daerah 2023 sebesar Rp 50 miliar melampaui target, sehingga target 2024 ditetapkan sama, yakni Rp 50 miliar.",
    "Realisasi ekspor kopi 2023 mencapai US$ 12 juta dan melebihi target, maka untuk 2024 dinas menargetkan ekspor tetap US$ 12 juta.",
    "Realisasi pajak daerah 2023 sebesar Rp 50 miliar. Karena melampaui target, target 2024 ditetapkan sama, yakni Rp 50 miliar.",
    "Penjualan benih 2022 tercatat 840 ton, melebihi target; untuk 2023 sasaran penjualan dibuat setara, yaitu 840 ton.",
])
def test_the_same_value_after_a_target_named_anew_past_the_met_phrase_stays_the_next_target(body):
    # the realisation of one year, then the next year's target of the same value: two facts
    figs = figures(body)
    years = [f.period.start.year if f.period else None for f in figs]
    assert [f.type for f in figs] == ["figure", "target"] and years[1] == years[0] + 1, body


@pytest.mark.parametrize("body", [
    "Bank Dunia memproyeksikan ekonomi Indonesia tumbuh 5 persen pada 2024. Sementara itu, pemerintah menargetkan "
    "pertumbuhan ekonomi 5 persen pada 2024.",
    "Produksi jagung Jawa Timur pada 2025 diperkirakan mencapai 2 juta ton. Sementara itu, Kementerian Perdagangan "
    "menargetkan impor gula 2 juta ton pada 2025.",
    "Ekspor kopi Lampung pada 2025 diproyeksikan mencapai 500 ribu ton. Adapun ekspor kakao Sulawesi pada 2025 "
    "ditargetkan sebesar 500 ribu ton.",
])
def test_a_projection_and_a_target_of_the_same_amount_stay_two_facts(body):
    # another body's expectation, or another measure's, is no telling of the target
    assert [(f.type, f.kind) for f in figures(body)] == [("figure", "projection"), ("target", "target")], body


def test_a_percentage_restating_the_level_a_change_led_to_is_the_size_of_the_change():
    figs = figures("Pada Juni 2024 penjualan alat berat anjlok menjadi Rp 410 miliar atau 12,6 persen.")
    assert [(f.kind, f.value, f.unit) for f in figs] == [
        ("realization", Decimal("410000000000"), "IDR"), ("growth", Decimal("-12.6"), "percent")]
    figs = figures("Pada Juni 2024 ekspor kerajinan naik menjadi 8.450 ton atau 19,3 persen.")
    assert [(f.kind, f.value, f.unit) for f in figs] == [
        ("realization", Decimal("8450"), "ton"), ("growth", Decimal("19.3"), "percent")]
    # with no change to it the percentage is a part of a whole
    figs = figures("Pada Juni 2024 ekspor kerajinan tercatat US$ 41,2 juta atau 12,6 persen.")
    assert [(f.kind, f.value) for f in figs] == [("realization", Decimal("41200000")), ("share", Decimal("12.6"))]
    # after a count of people or things the percentage is the rate of a whole the count is, not a change
    for body in ("BPS mencatat jumlah pengangguran pada Februari 2024 turun menjadi 7,2 juta orang atau 4,82 persen.",
                 "Penduduk miskin di Kabupaten Contoh pada Maret 2024 turun menjadi 31,4 ribu orang atau 6,15 persen.",
                 "Pelaporan SPT pada 2023 naik menjadi 16,9 juta wajib pajak atau 86,97 persen."):
        assert [f.kind for f in figures(body)] == ["realization", "share"], body


def test_what_met_the_target_after_the_phrase_of_meeting_it_is_a_result():
    figs = figures("Koperasi Tani Makmur mencapai target dengan memasok 18.400 ton jagung ke pabrik pakan pada 2023.")
    assert [(f.type, f.kind, f.value) for f in figs] == [("figure", "realization", Decimal("18400"))]
    figs = figures("Menurut dinas, capaian tahun 2023 melampaui target dengan nilai investasi Rp 31,6 triliun.")
    assert [(f.type, f.kind, f.value) for f in figs] == [("figure", "realization", Decimal("31600000000000"))]
    # the target's own value after the same words stays the target
    figs = figures("Realisasi investasi 2023 mencapai Rp 12 triliun, melampaui target yang ditetapkan sebesar Rp 10 triliun.")
    assert [(f.type, f.value) for f in figs] == [("figure", Decimal("12000000000000")), ("target", Decimal("10000000000000"))]
    # a meeting still to come (asked, obliged, the future) makes the amount the target
    for body in ("Bank BUMN diminta mencapai target dengan penyaluran KUR Rp 300 triliun pada 2024.",
                 "Koperasi itu harus mencapai target dengan penjualan 2.000 ton kopi pada 2024 agar tetap mendapat kredit.",
                 "Pada 2025 dinas akan melampaui target dengan produksi garam 90 ribu ton."):
        assert [f.type for f in figures(body)] == ["target"], body


def test_an_amount_after_a_contrast_that_follows_the_target_word_is_no_target():
    for body in ("Target tanam memang terlampaui; tapi hingga kini 12 ribu ton gabah belum dibeli.",
                 "Target ekspor rumput laut tercapai lebih awal; sedangkan 3.200 ton sisanya tertahan di gudang.",
                 "Target tanam padi dilampaui pada musim gadu, tapi 760 hektare sawah belum dipanen."):
        assert [(f.type, f.kind) for f in figures(body)] == [("figure", "realization")], body
    # the target's value right after the target word stays the target
    figs = figures("Tahun ini target panen 40 ribu ton, tapi realisasinya baru 12 ribu ton.")
    assert [(f.type, f.value) for f in figs] == [("target", Decimal("40000")), ("figure", Decimal("12000"))]
    # a contrast word with no target met before it, or with no clause opened by it, leaves the target
    for body in ("Kementerian Pertanian menyebut target produksi beras 2024 sementara ditetapkan 31 juta ton.",
                 "Target ekspor kopi 2024, sedangkan tahun lalu belum ada, ditetapkan sebesar 500 ribu ton.",
                 "Dinas Pertanian menargetkan panen padi tahun 2024, tapi hanya di lahan irigasi, sebesar 40 ribu ton.",
                 "Koperasi memasang target penjualan 2025 untuk sementara 6.500 ton."):
        assert [f.type for f in figures(body)] == ["target"], body


@pytest.mark.parametrize("body", [
    "Dinas menargetkan ekspor kopi 2024 sebesar 1.000 ton. Sementara itu, target ekspor kakao pada semester I 2024 "
    "ditetapkan 1.000 ton.",
    "Pemkab Contoh menargetkan pendapatan asli daerah 2024 sebesar Rp 500 miliar. Untuk triwulan I 2024, target "
    "investasi yang masuk juga Rp 500 miliar.",
])
def test_the_same_value_targeted_for_a_part_of_the_period_is_another_target(body):
    # another measure's target for a quarter or a half of the year, of the same value, is a fact of its own
    figs = figures(body)
    assert [f.type for f in figs] == ["target", "target"] and figs[0].period != figs[1].period, body


# --- what21: by how much a target is exceeded, and a target described as higher ----------------

@pytest.mark.parametrize("body, gap", [
    ("Retribusi pasar tahun lalu terkumpul Rp 870 miliar, padahal targetnya Rp 800 miliar. "
     "Dengan begitu retribusi itu melampaui target sekitar Rp 70 miliar.", Decimal("70000000000")),
    ("Ekspor furnitur tahun lalu USD 48 juta, sedangkan targetnya USD 44 juta. "
     "Dengan demikian ekspor melebihi target kurang lebih USD 4 juta.", Decimal("4000000")),
    ("Pajak hotel 2023 terkumpul Rp 96 miliar dari target Rp 90 miliar. Jadi pajak itu melampaui target "
     "sekitar Rp 6 miliar.", Decimal("6000000000")),
])
def test_an_amount_far_below_the_target_just_told_after_melampaui_target_is_the_gap(body, gap):
    figs = figures(body)
    assert [(f.type, f.kind) for f in figs if f.value == gap] == [("figure", "difference")]
    target = next(f for f in figs if f.type == "target")
    assert next(f for f in figs if f.value == gap).period == target.period


@pytest.mark.parametrize("body, value", [
    # no target told before: the amount after 'melampaui target' is the target
    ("Sepanjang 2023 ekspor kopi mencapai USD 52 juta, melampaui target USD 45 juta.", Decimal("45000000")),
    # a target told before, but the amount is of its size: a new target, not the gap
    ("Realisasi 2023 mencapai 102 persen dari target Rp 9 triliun. Tahun ini pemerintah ingin melampaui "
     "target sekitar Rp 8,5 triliun lagi.", Decimal("8500000000000")),
    # of another unit than the target told
    ("Realisasi 2023 mencapai Rp 9,2 triliun dari target Rp 9 triliun. Volume ekspor melampaui target "
     "sekitar 200 ribu ton.", Decimal("200000")),
])
def test_melampaui_target_with_no_gap_to_a_told_target_is_no_difference(body, value):
    assert next(f for f in figures(body) if f.value == value).kind != "difference"


@pytest.mark.parametrize("body, value", [
    # a part's own target after 'melampaui/melebihi target', with no approximation: no gap to the target told
    ("Pemerintah kota menargetkan pendapatan asli daerah 2024 sebesar Rp 5 triliun. Retribusi parkir bahkan telah "
     "melampaui target Rp 200 miliar yang dipasang untuk sektor itu.", Decimal("200000000000")),
    ("Target produksi beras nasional 2024 ditetapkan 31 juta ton. Jawa Timur melebihi target 9 juta ton yang "
     "dibebankan kepada provinsi itu.", Decimal(9000000)),
    ("Target penerimaan pajak daerah 2024 Rp 2 triliun. Realisasi pajak hotel melampaui target Rp 300 miliar "
     "pada November.", Decimal("300000000000")),
])
def test_a_parts_own_target_after_melampaui_target_is_no_difference(body, value):
    assert next(f for f in figures(body) if f.value == value).kind != "difference"


@pytest.mark.parametrize("body, value", [
    ("Tahun depan koperasi itu mengajukan target yang lebih besar, yaitu Rp 900 miliar.", Decimal("900000000000")),
    ("Tahun depan dinas itu memasang target yang lebih besar: Rp 3 triliun.", Decimal("3000000000000")),
    ("Kementerian mengajukan target yang lebih tinggi, yaitu USD 2 miliar, untuk tahun depan.", Decimal("2000000000")),
])
def test_a_target_described_as_higher_is_the_target(body, value):
    assert [(f.type, f.value) for f in figures(body)] == [("target", value)]


@pytest.mark.parametrize("body", [
    "Realisasi tahun ini di atas target, lebih tinggi Rp 300 miliar.",
    "Penerimaan pajak itu melampaui target, lebih besar sekitar Rp 45 miliar.",
    "Penerimaan daerah tahun lalu Rp 1,3 triliun, lebih Rp 80 miliar dari target.",
])
def test_by_how_much_a_target_is_beaten_told_with_lebih_stays_a_difference(body):
    assert "difference" in [f.kind for f in figures(body)]


@pytest.mark.parametrize("body, value", [
    # a bare 'lebih X dari target' with no realisation told before it: the realisation is more than X
    ("Realisasi penerimaan pajak hingga Oktober sudah lebih Rp 50 triliun dari target Rp 70 triliun.", Decimal("50000000000000")),
    ("Penyaluran kredit usaha rakyat baru lebih Rp 9 triliun dari target Rp 15 triliun.", Decimal("9000000000000")),
    ("Produksi garam rakyat sudah lebih 40.000 ton dari target 60.000 ton.", Decimal(40000)),
])
def test_a_bare_lebih_x_dari_target_with_no_realisation_before_is_no_difference(body, value):
    assert next(f for f in figures(body) if f.value == value).kind != "difference"


@pytest.mark.parametrize("body, value, unit", [
    ("\"Kami menargetkan penjualan kerajinan rotan pada 2027 tetap di atas USD 2 miliar,\" kata dia.", Decimal("2000000000"), "USD"),
    ("Pemerintah provinsi menargetkan pertumbuhan investasi tahun ini di atas 12 persen.", Decimal(12), "percent"),
    ("Dinas itu menargetkan produksi garam rakyat tahun depan di atas 80.000 ton.", Decimal(80000), "ton"),
    ("Pemerintah menargetkan inflasi 2026 tetap di bawah 3 persen.", Decimal(3), "percent"),
])
def test_a_threshold_in_the_clause_of_a_target_word_is_the_target(body, value, unit):
    assert [(f.type, f.value, f.unit) for f in figures(body)] == [("target", value, unit)]


@pytest.mark.parametrize("body", [
    "Pemerintah menargetkan ekspor naik, meski pertumbuhannya masih di bawah 5 persen.",
    "Harga karet selalu di atas Rp 20.000 per kg sepanjang tahun lalu.",
    "Ekspor itu sudah melampaui target, yakni di atas USD 3 miliar.",
])
def test_a_threshold_outside_a_target_clause_stays_no_figure(body):
    assert figures(body) == []


@pytest.mark.parametrize("body", [
    "Program ini menargetkan pelaku usaha dengan omzet di atas Rp 500 juta per tahun.",
    "Kementerian menargetkan investor yang menanamkan modal di atas Rp 10 miliar di kawasan industri baru.",
    "Bank menargetkan nasabah berpenghasilan di atas Rp 15 juta per bulan untuk produk kartu kredit baru.",
    "Ekspor kopi Lampung pada 2024 menargetkan pasar baru dengan nilai kontrak di atas USD 5 juta.",
    "Pemerintah menargetkan rumah tangga berdaya listrik di atas 900 VA untuk dialihkan ke tarif nonsubsidi.",
])
def test_a_threshold_qualifying_who_a_target_aims_at_is_no_target(body):
    assert figures(body) == []


@pytest.mark.parametrize("body, value, unit", [
    ("Bupati menetapkan stok gula daerah 2.500 ton untuk 2026 lewat peraturan baru.",
     Decimal(2500), "ton"),
    ("Menurut peraturan wali kota, stok jagung kota untuk 2026 ditetapkan 800 ton.", Decimal(800), "ton"),
    ("Bupati menetapkan kuota pupuk organik 15.000 ton untuk tahun 2026.", Decimal(15000), "ton"),
])
def test_a_quantity_set_for_a_year_is_a_target(body, value, unit):
    figs = figures(body, published="2025-11-20")
    assert [(f.type, f.value, f.unit, f.period.start.year) for f in figs] == [("target", value, unit, 2026)]


@pytest.mark.parametrize("body", [
    "Pemerintah telah menetapkan 15 kawasan ekonomi khusus di seluruh Indonesia.",
    "Harga patokan ekspor tembaga untuk 2026 ditetapkan USD 4.700 per WMT.",
    "Tarif bea keluar untuk 2026 ditetapkan 7,5 persen.",
    "Upah minimum kabupaten untuk 2026 ditetapkan Rp 3,4 juta.",
])
def test_a_set_price_rate_or_sum_or_a_set_with_no_year_is_no_target(body):
    assert "target" not in [f.type for f in figures(body, published="2025-11-20")]


@pytest.mark.parametrize("body", [
    # designations and counts set for a year
    "Kementerian Pariwisata menetapkan 10 desa wisata unggulan untuk tahun 2026.",
    "Bank Indonesia menetapkan 15 bank sebagai bank sistemik untuk 2026.",
    "Pemerintah menetapkan 200 hektare lahan sebagai kawasan konservasi untuk 2026.",
    "Bupati menetapkan cadangan lahan 300 hektare sebagai kawasan industri untuk 2026.",
    # the amount in a clause of its own after the verb
    "BPS menetapkan metodologi baru sehingga produksi padi untuk 2026 tercatat 53 juta ton.",
    "Dinas menetapkan aturan baru, karena cadangan jagung untuk 2026 tinggal 400 ton.",
    # a year already past when the article is published
    "Gubernur menetapkan cadangan beras daerah 900 ton untuk 2023.",
])
def test_a_designation_a_later_clause_or_a_past_year_is_no_quantity_set_for_a_year(body):
    assert "target" not in [f.type for f in figures(body, published="2025-11-20")]


@pytest.mark.parametrize("body, kept", [
    ("Solar bersubsidi tersalur ke 640 nelayan, masing-masing 25 liter.", [(640, "nelayan")]),
    ("Dinas membagikan benih jagung kepada 120 petani, masing-masing 5 kg.", [(120, "petani")]),
    ("Koperasi itu menyalurkan pinjaman kepada 48 pelaku usaha, masing-masing Rp 25 juta.", [(48, "pelaku usaha")]),
])
def test_what_each_counted_item_gets_after_masing_masing_is_no_figure(body, kept):
    assert [(f.value, f.unit) for f in figures(body)] == kept


@pytest.mark.parametrize("body, n", [
    ("Ekspor ke Jepang dan Korea Selatan masing-masing USD 5 juta.", 2),
    ("Kedua pabrik itu menyerap 300 orang dan 250 orang, masing-masing 60 persen perempuan.", 3),
    ("Bulog menyalurkan 2.000 ton, masing-masing 1.200 ton ke Banjar dan 800 ton ke Tapin.", 3),
    ("Penyaluran melibatkan 20 koperasi, masing-masing 12,6 dan 11,6 persen dari total.", 3),
])
def test_masing_masing_after_no_count_or_before_a_list_keeps_its_values(body, n):
    assert len(figures(body)) == n


@pytest.mark.parametrize("body, value", [
    # a count before a 'respectively' list with places between its values: the list is kept
    ("Sebanyak 3.000 ton beras disalurkan ke 2 kabupaten, masing-masing 1.800 ton ke Sleman dan 1.200 ton ke Bantul.", Decimal(1800)),
    ("Pemerintah membangun rumah di 2 provinsi, masing-masing 900 unit di Jawa Barat dan 600 unit di Banten.", Decimal(900)),
    ("Bantuan tunai disalurkan kepada 2 kota, masing-masing 7.000 penerima di Bogor dan 5.000 penerima di Depok.", Decimal(7000)),
    ("Pupuk dikirim ke 3 kecamatan, masing-masing 40 ton ke Cibadak, 35 ton ke Cicurug; sisanya menyusul.", Decimal(40)),
])
def test_a_count_before_a_respectively_list_keeps_the_lists_values(body, value):
    assert value in [f.value for f in figures(body)]


@pytest.mark.parametrize("body, value", [
    ("Pabrik gula itu kini memikul target giling lebih besar, yaitu 95.000 ton.", Decimal(95000)),
    ("Untuk 2026 dinas memasang target produksi garam lebih besar, yaitu 45.000 ton.", Decimal(45000)),
    ("Koperasi itu kini diberi target penyaluran yang lebih tinggi: Rp 40 miliar.", Decimal("40000000000")),
])
def test_a_higher_target_named_with_its_measure_is_a_target(body, value):
    assert [(f.type, f.value) for f in figures(body)] == [("target", value)]


@pytest.mark.parametrize("body", [
    "Ekspor udang melampaui target pengiriman lebih banyak 3.000 ton.",
    "Penyaluran kredit di atas target, lebih tinggi Rp 30 miliar.",
    "Realisasi pajak daerah melebihi target tahunan lebih besar Rp 12 miliar.",
])
def test_by_how_much_a_target_is_beaten_with_the_measure_named_stays_a_difference(body):
    assert "difference" in [f.kind for f in figures(body)]


@pytest.mark.parametrize("body", [
    "Pelaku usaha itu mengajukan pinjaman Rp 50 juta ke bank.",
    "Sebanyak 300 UMKM telah mengajukan kredit senilai Rp 12 miliar.",
    "Koperasi mengusulkan agar 45 anggotanya mendapat pelatihan.",
    # requests and applications with the bare stem (headline style, relative clause): no target
    "Perusahaan itu ajukan pinjaman Rp 50 miliar ke bank daerah.",
    "Petani ajukan tambahan pupuk 500 ton kepada dinas pertanian.",
    "Dana yang kami ajukan Rp 2 miliar belum juga cair hingga Maret.",
    "Pemkab usulkan anggaran Rp 200 miliar untuk perbaikan jalan pada 2025.",
])
def test_applying_or_proposing_with_the_full_verb_sets_no_target(body):
    assert "target" not in [f.type for f in figures(body)]


@pytest.mark.parametrize("body, value", [
    ("Penjualan kain songket mencapai USD 18,5 juta, lebih tinggi dari target USD 16 juta.", Decimal("16000000")),
    ("Penjualan pameran Rp 4,1 miliar, lebih rendah dari target Rp 5 miliar.", Decimal("5000000000")),
    ("Produksi garam 92.000 ton, lebih banyak dari target 80.000 ton.", Decimal(80000)),
])
def test_a_target_named_after_dari_is_the_target_not_a_base_value(body, value):
    assert [f.type for f in figures(body) if f.value == value] == ["target"]


@pytest.mark.parametrize("body", [
    "Ekspor kopi naik dari USD 12 juta pada 2023 menjadi USD 15 juta pada 2024.",
    "Harga jagung turun dari Rp 5.200 per kg, kata pedagang.",
])
def test_a_value_after_dari_with_no_target_named_stays_a_base_value(body):
    assert "target" not in [f.type for f in figures(body)]


@pytest.mark.parametrize("body", [
    "Dinas koperasi menyebut 390 koperasi yang harus menggelar rapat anggota sebelum Juni.",
    "Dinas mencatat 74 eksportir yang harus memperbarui izinnya bulan ini.",
])
def test_things_that_must_act_themselves_are_counted_not_targeted(body):
    assert "target" not in [f.type for f in figures(body)]


@pytest.mark.parametrize("body", [
    "Pemerintah mencatat 45 desa yang wajib dibina tahun depan.",
    "Masih ada 9 perjanjian dagang yang harus kita selesaikan tahun ini.",
    # a pronoun or a copula of the shape of an active verb
    "Masih ada 9 perjanjian dagang yang harus mereka selesaikan tahun ini.",
    "Masih ada 120 koperasi yang wajib mereka bina tahun ini.",
    "Pemerintah mencatat 45 desa yang wajib menjadi percontohan tahun depan.",
])
def test_things_that_must_be_done_by_someone_stay_targets(body):
    assert "target" in [f.type for f in figures(body)]


@pytest.mark.parametrize("body, value", [
    ("Realisasi investasi semester I mencapai Rp 60 triliun. Masih ada sisa Rp 70 triliun yang harus dicapai hingga akhir tahun.",
     Decimal("-70000000000000")),
    ("Ekspor Januari-Juni USD 300 juta. Tinggal sisa USD 200 juta yang mesti dikejar pada semester II.", Decimal("-200000000")),
])
def test_what_is_left_that_must_be_reached_is_a_gap(body, value):
    assert [(f.kind, f.value) for f in figures(body) if abs(f.value) == abs(value)] == [("difference", value)]


@pytest.mark.parametrize("body", [
    "Sisa anggaran Rp 2 miliar yang harus terealisasi pada triwulan IV.",
    "Stok gudang tinggal sisa 500 ton yang harus disalurkan bulan ini.",
    "Masih ada sisa Rp 5 miliar yang sudah dicapai koperasi lain.",
])
def test_what_is_left_of_a_stock_or_budget_is_no_gap(body):
    assert "difference" not in [f.kind for f in figures(body)]


@pytest.mark.parametrize("body", [
    "Kebutuhan gula nasional 80 persen dipasok produksi dalam negeri, sisa 20 persen yang harus dipenuhi dari impor.",
    "Kebutuhan jagung pakan 3 juta ton, sisa 500 ribu ton yang harus dipenuhi dari impor.",
    "Utang perusahaan sudah dibayar sebagian, masih ada sisa Rp 5 miliar yang wajib dipenuhi kepada kreditur.",
    "Penerimaan negara hingga Oktober Rp 2.000 triliun. Sisa 500 triliun yang harus dipenuhi dari utang.",
])
def test_the_rest_of_a_need_or_a_debt_to_be_met_is_no_gap(body):
    assert "difference" not in [f.kind for f in figures(body)]


@pytest.mark.parametrize("body, value", [
    ("Meski turun dibanding Januari, ekspor kakao Februari 2024 masih 7,4 persen lebih tinggi dibanding Februari 2023.", Decimal("7.4")),
    ("Walaupun melemah secara bulanan, produksi gula April 2023 tetap 3,2 persen lebih tinggi daripada April 2022.", Decimal("3.2")),
    ("Walaupun naik tipis secara bulanan, produksi garam Mei 2023 tetap 6,1 persen lebih rendah daripada Mei 2022.", Decimal("-6.1")),
    ("Harga jagung pipil pekan ini 12 persen lebih tinggi dari pekan lalu.", Decimal("12")),
])
def test_a_direction_said_right_on_the_amount_or_outside_a_concession_gives_the_sign(body, value):
    assert [f.value for f in figures(body) if f.kind == "growth"] == [value]


@pytest.mark.parametrize("body, value", [
    ("Impor beras Mei 2023 turun 5,1 persen dibanding April.", Decimal("-5.1")),
    ("Meski ekspor melemah, produksi karet Juni 2023 turun 2 persen.", Decimal("-2")),
    ("Meski permintaan naik, harga kopi Juli 2023 merosot 4,4 persen, lebih rendah dari perkiraan.", Decimal("-4.4")),
    ("Ekspor lada Agustus 2023 jeblok 12,5 persen dibanding Juli.", Decimal("-12.5")),
])
def test_a_fall_outside_the_concession_stays_negative(body, value):
    assert [f.value for f in figures(body) if f.kind == "growth"] == [value]


@pytest.mark.parametrize("body", [
    "Penurunan terbesar terjadi pada komoditas karet, yang masih menyumbang USD 40 juta pada Juni 2023.",
    "Kenaikan tertinggi dialami sektor perikanan, yang tetap menghasilkan Rp 3 miliar pada Juli 2023.",
    "Pelemahan paling dalam tercatat di kelompok tekstil, yang kini hanya bernilai USD 12 juta pada Mei 2023.",
])
def test_an_amount_of_a_relative_clause_on_the_item_a_change_is_said_of_is_its_level(body):
    assert [(f.kind, f.value > 0) for f in figures(body)] == [("realization", True)]


@pytest.mark.parametrize("body, value", [
    ("Kenaikan ekspor Juli 2023 sebesar USD 5 juta.", Decimal("5000000")),
    ("Penurunan impor terjadi pada gandum, yang turun USD 2 juta pada Juli 2023.", Decimal("-2000000")),
    ("Peningkatan ekspor Agustus 2023, yang didorong minyak sawit, sebesar USD 9 juta.", Decimal("9000000")),
])
def test_a_change_noun_with_its_own_size_stays_a_change(body, value):
    assert [(f.kind, f.value) for f in figures(body)] == [("growth", value)]


def targets_of(body, published="2025-11-18"):
    return [(f.value, f.period.start.isoformat() if f.period else None) for f in figures(body, published) if f.type == "target"]


@pytest.mark.parametrize("body, expected", [
    ('Dinas Koperasi Banten merevisi sasaran penyaluran kredit tahun ini. "Awalnya kami pasang Rp 900 miliar, sekarang '
     'kami koreksi menjadi Rp 750 miliar," ujar Kepala Dinas, Rina Marlina.',
     [(Decimal("900000000000"), "2025-01-01"), (Decimal("750000000000"), "2025-01-01")]),
    ("Balai Benih mengubah target produksi bibit tahun depan. Kita pasang 2 juta batang dulu, lalu kami revisi jadi 2,5 juta batang.",
     [(Decimal("2000000"), "2026-01-01"), (Decimal("2500000"), "2026-01-01")]),
    ('Koperasi itu meninjau ulang target penjualan 2026. "Kami pasang Rp 40 miliar saja," kata ketuanya.',
     [(Decimal("40000000000"), "2026-01-01")]),
])
def test_a_value_placed_or_revised_after_the_sentence_announcing_a_target_is_that_target(body, expected):
    assert targets_of(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Dinas memperbaiki data ekspor bulan lalu. Data ekspor September kami koreksi menjadi USD 14 juta.", []),
    ("Dinas Pertanian meresmikan pabrik pupuk baru. Kami pasang 40 mesin di sana.", []),
    ("Target ekspor tahun ini belum berubah. Kami pasang 12 unit pendingin di gudang pada Oktober.", []),
    ("Target ekspor 2025 sebesar USD 30 juta. Kami pasang 12 unit pendingin di gudang.", [(Decimal("30000000"), "2025-01-01")]),
])
def test_placing_or_correcting_with_no_target_announced_just_before_is_no_target(body, expected):
    assert targets_of(body) == expected


@pytest.mark.parametrize("body", [
    "Tahun depan kami pasang Rp 8 miliar untuk renovasi pasar.",
    'Pabrik itu meninjau sasaran penjualan. "Tahun ini kami pasang Rp 30 miliar untuk membeli truk," kata direkturnya.',
    '"Tahun 2027 kita pasang Rp 3 miliar buat promosi di luar negeri," ujarnya.',
    "Target produksi gula tahun ini dibahas. Harga tebu kami koreksi jadi Rp 700 per kilogram.",
    "Sasaran ekspor karet belum tercapai. Harga karet kami revisi jadi USD 1.400 per ton.",
    "Dinas meninjau target penjualan tahun lalu. Kami koreksi menjadi Rp 20 miliar.",
    "Koperasi menilai ulang sasaran produksi 2023. Kami revisi jadi 500 ton.",
])
def test_money_spent_on_a_use_a_price_or_a_revision_of_a_past_target_is_no_target(body):
    assert targets_of(body) == []


@pytest.mark.parametrize("body, expected", [
    ('"Tahun depan kami usulkan naik jadi 120 ton supaya cukup," ujar Kepala Bulog, Agus Salim.', [(Decimal("120"), "2026-01-01")]),
    ("Untuk 2026 kami usulkan turun menjadi 80 kapal saja.", [(Decimal("80"), "2026-01-01")]),
])
def test_a_proposal_may_name_the_new_level_it_moves_the_value_to(body, expected):
    assert targets_of(body) == expected


def periods_of_targets(body, published="2025-11-18"):
    return [(f.value, f.period.start.isoformat() if f.period else None, f.period.end.isoformat() if f.period else None)
            for f in figures(body, published) if f.type == "target"]


@pytest.mark.parametrize("body, expected", [
    # a floor put under the value placed or proposed ('minimal', 'setidaknya', 'paling sedikit'), for the part
    # of the year the sentence opens with
    ('"Khusus kuartal ini kita pasang minimal Rp 730 miliar," ujar Kepala Bapenda, Wening Astuti.',
     [(Decimal("730000000000"), "2025-10-01", "2025-12-31")]),
    ("Untuk semester ini kita pasang setidaknya Rp 640 miliar dari sektor jasa.",
     [(Decimal("640000000000"), "2025-07-01", "2025-12-31")]),
    ('"Tahun depan kami usulkan paling sedikit 60 perajin tenun untuk pameran itu," ujar Sari Lestiani.',
     [(Decimal("60"), "2026-01-01", "2026-12-31")]),
    ('"Kita pasang minimum 9 persen untuk 2026," kata Ketua Kadin, Umar Said.', [(Decimal("9"), "2026-01-01", "2026-12-31")]),
])
def test_a_floor_put_under_a_value_placed_or_proposed_is_a_target_for_the_period_said_with_it(body, expected):
    assert periods_of_targets(body) == expected


@pytest.mark.parametrize("body", [
    '"Tahun lalu kami pasang minimal Rp 1 triliun," katanya.',                       # a year gone by
    '"Semester ini kita pasang paling sedikit Rp 2 miliar untuk promosi di bandara," katanya.',  # money spent on a use
    "Tahun ini kita pasang paling tidak 40 unit panel surya di atap pasar.",               # things installed
    "Sampai Oktober sudah kita usulkan paling sedikit 35 perajin ke kementerian.",    # done so far
])
def test_a_floor_under_a_value_placed_in_a_year_gone_by_spent_or_installed_is_no_target(body):
    assert targets_of(body) == []


@pytest.mark.parametrize("body", [
    "Kepala Dinas Perdagangan optimistis sisa tiga bulan bisa menyumbang USD 20 juta lagi.",
    "Kami yakin sisa waktu dua bulan dapat menghasilkan 300 ton gula.",
    "Ia optimistis sisanya 2 pekan terakhir bisa menambah 40 kontainer.",
])
def test_what_the_rest_of_a_span_of_time_will_bring_is_a_projection(body):
    assert [(f.type, f.kind) for f in figures(body, "2025-10-20")] == [("figure", "projection")]


@pytest.mark.parametrize("body", [
    "Pemerintah optimistis ekspor kopi bisa mencapai USD 50 juta.",
    "Kami yakin dua tahun lagi koperasi bisa membina 900 UMKM.",
    "Kami yakin dua tahun lagi ekspor bisa mencapai USD 9 juta.",
])
def test_a_confidence_about_anything_else_stays_an_aim(body):
    assert [f.type for f in figures(body, "2025-10-20")] == ["target"]


@pytest.mark.parametrize("body, bound", [
    ('Target ekspor 2026 ditetapkan USD 40 juta hingga USD 45 juta. "Angka USD 40 juta itu batas bawah," ujar Kepala Dinas.', Decimal("40000000")),
    ('Sasaran penyaluran KUR 2026 sebesar Rp 2 triliun sampai Rp 2,5 triliun. "Kami kejar yang Rp 2,5 triliun," katanya.', Decimal("2500000000000")),
])
def test_a_bound_of_a_target_range_told_again_is_the_same_target(body, bound):
    targets = [f for f in figures(body, "2025-10-01") if f.type == "target"]
    assert len(targets) == 1 and bound in (targets[0].value, targets[0].value_max)


@pytest.mark.parametrize("body", [
    "Target ekspor 2026 ditetapkan USD 40 juta hingga USD 45 juta. Target ekspor 2027 USD 45 juta.",
    "Target ekspor kopi 2026 USD 40 juta hingga USD 45 juta. Target ekspor kakao 2026 sebesar USD 40 juta.",
    "Sasaran penjualan 2026 Rp 3 miliar hingga Rp 4 miliar. Sasaran ekspornya Rp 4 miliar.",
])
def test_another_target_equal_to_a_bound_stays_its_own(body):
    assert len([f for f in figures(body, "2025-10-01") if f.type == "target"]) == 2


@pytest.mark.parametrize("body", [
    'Target ekspor Kalbar 2025 sebesar USD 3 miliar. "Pontianak menyumbang hampir 60 persen ekspor Kalbar," katanya.',
    'Dinas menargetkan investasi 2025 Rp 9 triliun. "Kawasan industri berkontribusi 45 persen investasi daerah," ujarnya.',
])
def test_a_contribution_after_a_target_is_a_share_not_the_next_target(body):
    assert [(f.type, f.kind) for f in figures(body, "2025-03-01") if f.unit == "percent"] == [("figure", "share")]


def test_a_list_of_targets_still_goes_on_into_the_next_sentence():
    body = 'Menteri menargetkan pertumbuhan industri 2025 sebesar 5,2 persen. "Ekspor manufaktur 7 persen," lanjutnya.'
    assert [f.type for f in figures(body, "2025-03-01") if f.unit == "percent"] == ["target", "target"]


@pytest.mark.parametrize("body, values", [
    ("Untuk 2026 dinas menargetkan 600 eksportir baru. Sisanya, 900 eksportir, ditargetkan pada 2027.",
     [Decimal("600"), Decimal("900")]),
    ("Tahun ini dinas membina 120 koperasi; 40 koperasi lagi dipatok tahun depan.", [Decimal("40")]),
    ("Produksi garam 2.500 ton ditargetkan tercapai pada 2027.", [Decimal("2500")]),
    # (session 28: those counted are what the verb after is targeted for, as the gold of heldout13 JA05 reads
    # 'Sebanyak 350 IKM di Bantul ditargetkan mengantongi sertifikat'; this line was a 'no target' case before)
    ("Sebanyak 300 peserta ditargetkan mengikuti pelatihan.", [Decimal("300")]),
])
def test_a_value_the_passive_of_targeting_right_after_it_is_of_is_a_target(body, values):
    assert [f.value for f in figures(body, "2026-02-05") if f.type == "target" and f.unit != "percent"] == values


@pytest.mark.parametrize("body, value", [
    ("Ekspor kopi 2025 mencapai USD 5 juta, ditargetkan naik 10 persen tahun ini.", Decimal("5000000")),
    ("Pembangunan gudang senilai Rp 9 miliar ditargetkan rampung pada 2027.", Decimal("9000000000")),
    ("Gedung senilai Rp 4 triliun yang ditargetkan selesai 2028 itu terbengkalai.", Decimal("4000000000000")),
    ("Sebanyak 150 petani yang ditargetkan tahun lalu kini sudah panen.", Decimal("150")),
    ("Jembatan senilai Rp 800 miliar yang dipatok rampung pada 2027 belum dibangun.", Decimal("800000000000")),
])
def test_a_value_before_a_target_that_goes_on_to_something_else_is_no_target(body, value):
    assert [f.type for f in figures(body, "2026-02-05") if f.value == value] == ["figure"]


INTERVIEW = "Kami berbincang dengan Kepala Dinas Perdagangan Kabupaten Garut, Asep Sunandar. Berikut petikannya.\n\n"


@pytest.mark.parametrize("qa, value", [
    ("Tanya: Target tahun depan?\n\nJawab: Kami naikkan sedikit. Tahun depan USD 4 juta, dan 2027 kami ajukan USD 5 juta.", Decimal("4000000")),
    ("Tanya: Lalu sasaran penjualan tahun ini?\n\nJawab: Belum ada angka pasti. Tahun ini sekitar Rp 900 juta.", Decimal("900000000")),
    ("Tanya: Berapa target produksi 2026?\n\nJawab: Untuk 2026 sebesar 1.200 ton.", Decimal("1200")),
])
def test_a_bare_amount_after_its_period_answering_a_question_about_a_target_is_that_target(qa, value):
    assert value in [f.value for f in figures(INTERVIEW + qa, "2025-03-14") if f.type == "target"]


@pytest.mark.parametrize("qa, value", [
    ("Tanya: Bagaimana ekspor tahun lalu?\n\nJawab: Kurang bagus. Tahun lalu USD 2 juta.", Decimal("2000000")),
    ("Tanya: Target tahun ini?\n\nJawab: Realisasi Januari 2025 baru USD 1 juta.", Decimal("1000000")),
    ("Tanya: Target tahun ini?\n\nJawab: Kami sudah ekspor USD 2 juta. Tahun ini USD 7 juta.", Decimal("7000000")),
    ("Tanya: Target tahun ini?\n\nJawab: Tahun lalu USD 3 juta.", Decimal("3000000")),
])
def test_an_answer_that_reports_a_result_or_comes_after_one_is_no_bare_target(qa, value):
    assert [f.type for f in figures(INTERVIEW + qa, "2025-03-14") if f.value == value] == ["figure"]


@pytest.mark.parametrize("body, value, end", [
    ("Gubernur membentuk tim percepatan. Tim itu diberi waktu tiga tahun untuk melahirkan 900 koperasi ekspor.", Decimal("900"), "2028-12-31"),
    ("Badan itu punya waktu 2 tahun untuk menyalurkan kredit Rp 5 triliun.", Decimal("5000000000000"), "2027-12-31"),
    ("Satgas pangan diberi waktu satu tahun untuk membina 450 petani.", Decimal("450"), "2026-12-31"),
])
def test_the_task_of_a_span_of_years_given_is_a_target_for_those_years(body, value, end):
    assert [(f.period.start.isoformat(), f.period.end.isoformat()) for f in figures(body, "2026-02-05")
            if f.type == "target" and f.value == value] == [("2026-01-01", end)]


@pytest.mark.parametrize("body, value", [
    ("Tim itu diberi waktu dua bulan untuk memeriksa 120 eksportir.", Decimal("120")),
    ("Koperasi itu sudah berdiri dua tahun untuk melayani 300 petani.", Decimal("300")),
    ("Dalam dua tahun terakhir dinas membina 450 petani.", Decimal("450")),
])
def test_other_spans_before_a_task_give_no_target_of_years(body, value):
    assert [f.type for f in figures(body, "2026-02-05") if f.value == value] == ["figure"]


@pytest.mark.parametrize("body, value, span", [
    ("Pada 2021 satgas itu diberi waktu dua tahun untuk membina 700 nelayan.", Decimal("700"), ("2021-01-01", "2022-12-31")),
    ("Sejak 2022 koperasi itu punya waktu 3 tahun untuk melatih 250 petani.", Decimal("250"), ("2022-01-01", "2024-12-31")),
])
def test_the_span_given_counts_from_the_year_the_sentence_names(body, value, span):
    assert [(f.period.start.isoformat(), f.period.end.isoformat()) for f in figures(body, "2026-02-05")
            if f.type == "target" and f.value == value] == [span]


@pytest.mark.parametrize("body, value", [
    ("UD Maju diberi waktu satu tahun untuk melunasi utang Rp 3 miliar.", Decimal("3000000000")),
    ("Eksportir itu diberi waktu dua tahun untuk membayar denda Rp 800 juta.", Decimal("800000000")),
    ("Distributor diberi waktu satu tahun untuk menghabiskan stok 15.000 ton.", Decimal("15000")),
])
def test_a_span_given_to_settle_a_debt_a_fine_or_a_stock_is_no_target(body, value):
    assert [f.type for f in figures(body, "2026-02-05") if f.value == value] == ["figure"]


def test_a_target_told_again_in_a_quote_with_only_the_frames_period_is_the_same_target():
    body = ("Pemkab menargetkan penjualan kopi mencapai Rp40 miliar sampai akhir 2024. Hingga akhir Juni, penjualan "
            "tercatat Rp22 miliar.\n\n\"Kami yakin Rp40 miliar bisa dikejar karena panen raya,\" kata Kepala Dinas, Budi Santoso.")
    assert [(f.type, f.value) for f in figures(body, "2024-07-10") if f.value == Decimal("40000000000")] \
        == [("target", Decimal("40000000000"))]


def test_a_value_named_again_with_another_period_of_its_own_stays_its_own():
    body = ("Pemkab menargetkan penjualan kopi mencapai Rp40 miliar sampai akhir 2024.\n\n"
            "Penjualan kopi pada Juni 2024 Rp40 miliar.")
    assert len([f for f in figures(body, "2024-07-10") if f.value == Decimal("40000000000")]) == 2


@pytest.mark.parametrize("body, values", [
    ('"Tahun 2026 kami pasang Rp120 miliar, ditambah 90 UMKM binaan baru," ujarnya.', [Decimal("120000000000"), Decimal("90")]),
    ('"Tahun depan kita pasang 12 persen saja," katanya.', [Decimal("12")]),
    ('"Tahun 2026 kami pasang Rp 70 miliar untuk tahun itu saja," ujarnya.', [Decimal("70000000000")]),
])
def test_money_or_a_rate_placed_for_a_year_is_a_target(body, values):
    assert [f.value for f in figures(body, "2025-10-01") if f.type == "target"] == values


def test_things_placed_for_a_year_are_installed_not_targeted():
    assert [f.type for f in figures("Tahun depan kita pasang 25 unit panel surya.", "2025-10-01")] == ["figure"]


@pytest.mark.parametrize("body, value", [
    ('Pihaknya menargetkan penerimaan Rp2 triliun hingga akhir tahun.\n\n"Kalau harga karet bertahan di kisaran USD 1.500 per ton, '
     'target itu bisa tercapai," tuturnya.', Decimal("2000000000000")),
    ('Dinas menargetkan ekspor USD 30 juta tahun ini. "Jika kurs tetap Rp 15.500, itu aman," katanya. ', Decimal("30000000")),
])
def test_a_condition_after_a_target_names_no_next_target(body, value):
    assert [f.value for f in figures(body, "2024-11-01") if f.type == "target"] == [value]


@pytest.mark.parametrize("body, value", [
    ('"Anggaran pelatihan yang kami usulkan untuk 2026 sekitar Rp12 miliar," lanjutnya.', Decimal("12000000000")),
    ("Bantuan mesin untuk Kabupaten Garut tahun depan sebesar Rp7 miliar.", Decimal("7000000000")),
    ("Kapasitas gudang direncanakan naik menjadi 40.000 ton pada 2030.", Decimal("40000")),
])
def test_a_level_with_no_cue_of_a_later_year_is_a_projection(body, value):
    assert [(f.type, f.kind) for f in figures(body, "2025-10-01") if f.value == value] == [("figure", "projection")]


@pytest.mark.parametrize("body, value", [
    ("Untuk periode kedua Oktober 2025, harga patokan ekspor ditetapkan senilai USD 800 per ton.", Decimal("800")),
    ("Bantuan mesin untuk Kabupaten Garut tahun ini sebesar Rp7 miliar.", Decimal("7000000000")),
    ("Cadangan beras daerah untuk 2026 ditetapkan 900 ton.", Decimal("900")),
    ("Ekspor kopi pada Desember 2025 sebesar USD 4 juta.", Decimal("4000000")),
])
def test_a_set_value_a_price_or_a_level_of_a_period_begun_is_no_projection(body, value):
    assert "projection" not in [f.kind for f in figures(body, "2025-10-10") if f.value == value]


@pytest.mark.parametrize("body, value", [
    ("Kontrak pasokan gula untuk 2026 senilai USD 8 juta sudah diteken.", Decimal("8000000")),
    ("DPRD mengesahkan APBD 2026 dengan belanja daerah Rp 4 triliun.", Decimal("4000000000000")),
    ("Obligasi daerah yang jatuh tempo pada 2027 sebesar Rp 1 triliun.", Decimal("1000000000000")),
    ("Pemesanan beras untuk musim tanam 2026 telah mencapai 3.000 ton.", Decimal("3000")),
    ("Pemkab mengalokasikan dana bantuan benih 2026 sebesar Rp 6 miliar.", Decimal("6000000000")),
    ("Investasi yang sudah masuk untuk kawasan industri 2026 sebesar Rp 2 triliun.", Decimal("2000000000000")),
])
def test_a_later_years_value_told_done_agreed_or_due_is_no_projection(body, value):
    assert "projection" not in [f.kind for f in figures(body, "2025-10-10") if f.value == value]


@pytest.mark.parametrize("body, value", [
    ("Kepala Bappeda menyebut sasaran pendapatan daerah 2026 yang hanya bertambah Rp 35 miliar dari tahun ini masih "
     "realistis.", Decimal("35000000000")),
    ("Target penjualan BUMD senilai Rp 9 miliar itu bertambah sekitar Rp 1,5 miliar dari target setahun sebelumnya.",
     Decimal("1500000000")),
    ("Sasaran kunjungan wisman ke Lombok pada 2026 yang hanya tumbuh 4 persen dinilai terlalu rendah oleh asosiasi.",
     Decimal("4")),
    ("Pemkab menargetkan ekspor rotan USD 30 juta pada 2026. Target ini naik 15 persen dibandingkan target tahun lalu.",
     Decimal("15")),
    ("Sasaran investasi provinsi tahun ini sebesar Rp 8 triliun itu turun Rp 1 triliun dari sasaran 2024.",
     Decimal("-1000000000000")),
    # the nouns come from target_words: a quota too
    ("Kuota pupuk bersubsidi tersebut naik 12 persen dibanding kuota tahun lalu.", Decimal("12")),
])
def test_the_change_of_a_target_is_a_growth_figure(body, value):
    # the noun 'target' is the subject of the change (through 'yang' or a demonstrative): by how much
    # the target itself moved, not the target
    assert [(f.type, f.kind) for f in figures(body, "2025-03-12") if f.value == value] == [("figure", "growth")]


@pytest.mark.parametrize("body", [
    "Ekspor rotan pada 2026 ditargetkan naik 15 persen.",
    "Target kami adalah ekspor yang naik 15 persen pada 2026.",
    "Dinas menargetkan ekspor kopi USD 30 juta atau naik 15 persen dari realisasi 2024.",
])
def test_a_change_aimed_at_stays_a_target(body):
    # a verb of targeting governing the change, a copula saying what the target is, and the target told
    # again as a change ('atau naik') keep the change a target
    assert [f.type for f in figures(body, "2025-03-12") if f.value == Decimal("15")] == ["target"]


def test_a_comparison_of_a_target_with_a_result_is_no_change_of_the_target():
    figs = figures("Pemprov menargetkan ekspor USD 5 miliar, sehingga target tahun ini lebih tinggi sekitar USD 1 miliar "
                   "dari realisasi 2024.", "2025-03-12")
    assert [f.kind for f in figs if f.value == Decimal("1000000000")] == ["difference"]


@pytest.mark.parametrize("body, value", [
    ('"Gubernur memberi kami target, kita sudah 58,7 persen," ujar Sekretaris Dinas Perindustrian.', Decimal("58.7")),
    ("Ada target dari kementerian, kami sudah mencapai 58 persen.", Decimal("58")),
    ('"Tahun ini dinas dibebani target Rp 3,7 triliun, per akhir Juli lalu posisinya di angka Rp 2,2 triliun," '
     'ungkap Kepala Bidang.', Decimal("2200000000000")),
    ("Target lelang ikan tahun ini 900 ton, posisi pekan lalu mencapai 615 ton.", Decimal("615")),
    ("Target ekspor 2024 sebesar USD 80 juta, posisi per Agustus di angka USD 51 juta.", Decimal("51000000")),
])
def test_what_is_reached_next_to_a_target_is_a_figure(body, value):
    # 'sudah', 'telah' right before the amount (or a verb of reaching), or where it stands ('posisinya di
    # angka'): what was reached so far, not the target
    assert [f.type for f in figures(body, "2024-10-02") if f.value == value] == ["figure"]


@pytest.mark.parametrize("body", [
    "Target tahun ini sudah ditetapkan sebesar Rp 900 miliar.",
    "Target yang telah dipatok Rp 900 miliar.",
    "Target kami sudah jelas, yakni Rp 900 miliar pada 2025.",
    "Target untuk posisi kepala seksi 900 orang pada 2025.",
])
def test_a_target_said_with_a_word_of_done_or_position_stays_a_target(body):
    assert [f.type for f in figures(body, "2024-10-02")] == ["target"]


@pytest.mark.parametrize("body", [
    "Kepala Bulog cabang itu yakin akhir tahun serapan gabah bisa 42.500 ton.",
    '"Kami optimis sampai akhir Desember nanti realisasinya dapat menembus Rp 870 miliar," ujar Kepala Badan.',
    "Kepala dinas optimistis sampai akhir tahun ekspor bisa mencapai USD 12 juta.",
])
def test_confidence_in_where_the_running_period_ends_is_a_projection(body):
    assert [(f.type, f.kind) for f in figures(body, "2024-10-02")] == [("figure", "projection")]


@pytest.mark.parametrize("body, expected", [
    ("Ia berharap, namun produksi tahun ini hanya bisa mencapai 300 ton.", ("figure", "realization")),
    ("Dia berharap, karena pada 2024 hanya bisa mengirim 300 ton, tahun ini pasar pulih.", ("figure", "realization")),
    ("Kami yakin akhir tahun ini sudah tercatat 300 ton.", ("figure", "realization")),
    ("Pemerintah optimistis ekspor kopi bisa mencapai 300 ton pada 2025.", ("target", "target")),
])
def test_a_hope_broken_by_a_clause_or_a_result_or_a_confidence_without_period_end_keeps_its_reading(body, expected):
    assert [(f.type, f.kind) for f in figures(body, "2024-10-02")] == [expected]


@pytest.mark.parametrize("body", [
    "Bupati mematok target investasi tahun ini naik 12 persen dari realisasi 2024.",
    "Dinas memasang target kunjungan wisata yang tumbuh 9 persen pada 2025.",
    "Targetnya ekspor nanas yang naik 7 persen pada 2026.",
])
def test_a_change_set_as_the_target_or_after_tahun_ini_stays_a_target(body):
    # a verb setting the target before its noun, 'ini' naming the year (no demonstrative on the target),
    # a possessed target with no copula: the change is what is aimed at
    assert [f.type for f in figures(body, "2025-05-20")] == ["target"]


@pytest.mark.parametrize("body, change, level", [
    ("Sasaran itu naik Rp 500 miliar menjadi Rp 4,5 triliun setelah APBD perubahan.", Decimal("500000000000"),
     Decimal("4500000000000")),
    ("Target penjualan koperasi tersebut turun Rp 1 miliar dari semula Rp 8 miliar.", Decimal("-1000000000"),
     Decimal("8000000000")),
])
def test_the_new_or_old_level_of_a_changed_target_stays_a_target(body, change, level):
    assert [(f.type, f.kind, f.value) for f in figures(body, "2025-05-20")] == [
        ("figure", "growth", change), ("target", "target", level)]


@pytest.mark.parametrize("body", [
    "Target retribusi tahun depan sudah Rp 640 miliar dalam rancangan APBD.",
    "Pemprov menargetkan posisi kredit macet akhir 2026 di angka 2,5 persen.",
    "Ada target dari kementerian, kami sudah mencapai 58 persen untuk tahun depan.",
])
def test_done_words_or_posisi_make_no_realisation_of_a_period_to_come_or_of_a_targeted_object(body):
    assert [f.type for f in figures(body, "2025-05-20")] == ["target"]


@pytest.mark.parametrize("body", [
    "Dinas pangan yakin akhir tahun depan stok beras bisa 90.000 ton.",
    "Kepala balai optimistis pada akhir Juni 2026 penjualan bisa mencapai Rp 70 miliar.",
])
def test_confidence_in_the_end_of_a_later_period_stays_a_target(body):
    assert [f.type for f in figures(body, "2025-05-20")] == ["target"]


def test_confidence_in_the_running_period_end_keeps_the_period_a_target_had():
    figs = figures("Kepala balai optimistis hingga akhir tahun ini penjualan bisa mencapai Rp 70 miliar.", "2025-05-20")
    assert summary(figs) == [("figure", "projection", Decimal("70000000000"), "IDR", "2025-01-01", "2025-12-31")]


# the review's counter-sentences (same surface shape, another meaning): none may fire
@pytest.mark.parametrize("body", [
    "Targetnya sudah Rp 900 miliar untuk tahun depan, lebih tinggi dari tahun ini.",
    "Target PAD 2025 sudah di angka Rp 1,2 triliun, lebih tinggi dari target 2024.",
    "Pemerintah menargetkan posisi utang akhir 2025 di angka 39 persen dari PDB.",
    "Target investasi tahun depan telah sekitar Rp 50 triliun dalam dokumen RPJMD.",
    "Target produksi padi tahun depan sudah mencapai 2,1 juta ton dalam rancangan yang diajukan.",
    "Kami yakin akhir tahun depan bisa mencapai 25.000 ton, kata Kepala Dinas.",
    "Kepala Dinas optimistis pada akhir Desember 2025 ekspor bisa mencapai USD 15 juta.",
    "Pemkab menetapkan target produksi padi tahun ini yang naik 5 persen dari realisasi tahun lalu.",
    "Kami memasang target penjualan yang tumbuh 15 persen tahun ini.",
    "Targetnya produksi yang naik 10 persen pada 2025.",
    "Sasaran kami tahun depan ekspor kopi yang naik 20 persen dari 2024.",
    "Pemerintah memasang target pertumbuhan ekonomi 2025 yang naik 5,2 persen.",
    "Pemkab mematok target ekspor tahun ini naik 10 persen dibanding realisasi 2023.",
    "Dinas menetapkan target produksi tahun ini naik 8 persen dibandingkan realisasi 2023.",
])
def test_counter_sentences_of_the_target_kinds_stay_targets(body):
    assert [f.type for f in figures(body, "2024-10-02")] == ["target"]


@pytest.mark.parametrize("body, change, level", [
    ("Target tersebut naik sebesar Rp 2 triliun menjadi Rp 12 triliun.", Decimal("2000000000000"), Decimal("12000000000000")),
    ("Target penerimaan itu meningkat Rp 2 triliun menjadi Rp 12 triliun.", Decimal("2000000000000"), Decimal("12000000000000")),
    ("Target ini naik sebesar Rp 2 triliun dari semula Rp 10 triliun.", Decimal("2000000000000"), Decimal("10000000000000")),
])
def test_counter_sentences_the_level_of_a_changed_target_is_no_realisation(body, change, level):
    assert [(f.type, f.value) for f in figures(body, "2024-10-02")] == [("figure", change), ("target", level)]


def test_what_is_reached_as_a_percentage_next_to_a_target_is_a_share():
    figs = figures('"Gubernur memberi kami target, kita sudah 58,7 persen," ujar Sekretaris Dinas Perindustrian.', "2024-10-02")
    assert [(f.type, f.kind) for f in figs] == [("figure", "share")]


def test_a_percentage_level_compared_after_a_change_in_points_or_percent_is_its_base_value():
    # counts25: the change told before it in the sentence ('naik X dibandingkan ... yang Y'): Y is the base level
    figs = figures("Badan Pusat Statistik mencatat tingkat penghunian kamar hotel pada Juni 2024 sebesar 41,20 persen, "
                   "naik 3,15 poin dibandingkan dengan TPK Mei yang 38,05 persen.")
    assert [(f.kind, f.value, f.unit) for f in figs][-2:] == [("growth", Decimal("3.15"), "poin"),
                                                              ("realization", Decimal("38.05"), "percent")]
    figs = figures("Badan Pusat Statistik mencatat tingkat penghunian kamar hotel pada Juni 2024 sebesar 41,20 persen, "
                   "naik 3,15 persen dibandingkan dengan Mei yang 38,05 persen.")
    assert [(f.kind, f.value) for f in figs][-2:] == [("growth", Decimal("3.15")), ("realization", Decimal("38.05"))]
    # counter: the next change of a list after 'dan' stays a change
    figs = figures("Badan Pusat Statistik mencatat investasi asing naik 8,7 persen dari kuartal sebelumnya dan "
                   "1,1 persen dari tahun lalu.")
    assert [(f.kind, f.value) for f in figs] == [("growth", Decimal("8.7")), ("growth", Decimal("1.1"))]


@pytest.mark.parametrize("body", [
    "Badan Pusat Statistik mencatat ekspor Jawa Timur pada 2024 naik 5 persen dibandingkan tahun lalu yang tumbuh 3 persen.",
    "Badan Pusat Statistik mencatat penjualan semen pada Mei 2024 naik 4 persen dibandingkan 2023 yang tumbuh 2 persen.",
    "Badan Pusat Statistik mencatat kredit UMKM pada Juni 2024 naik 6 persen dibanding Juni lalu yang hanya tumbuh 1,5 persen.",
])
def test_a_change_of_the_compared_period_after_dibandingkan_yang_stays_a_growth(body):
    # counter to the base level after 'dibandingkan ... yang': a change told of the compared period is a change
    figs = figures(body)
    assert [f.kind for f in figs] == ["growth", "growth"]
@pytest.mark.parametrize("body, expected", [
    # a verb of aiming or expecting right before the realisation word (perhaps a word of ability between)
    ("Bazar tiga hari di alun-alun kota yang melibatkan 90 pelaku usaha itu ditargetkan mencatatkan penjualan Rp 750 juta.",
     ("target", Decimal("750000000"))),
    ("Festival kuliner tahun ini dipatok bisa mencatatkan omzet Rp 900 juta.", ("target", Decimal("900000000"))),
    ("Koperasi itu menargetkan dapat membukukan penjualan Rp 2 miliar tahun ini.", ("target", Decimal("2000000000"))),
    ("Gelaran temu dagang di Makassar dibidik membukukan kontrak US$ 5 juta.", ("target", Decimal("5000000"))),
])
def test_a_realisation_word_after_a_verb_of_aiming_is_aimed_at(body, expected):
    assert [(f.kind, f.value) for f in figures(body, "2025-03-12") if f.value == expected[1]] == [expected]


@pytest.mark.parametrize("body, value", [
    ("Target transaksi pameran itu tercapai 105 persen.", Decimal("105")),                    # the noun: met
    ("Pameran tahun lalu ditargetkan Rp 2 miliar, namun membukukan transaksi Rp 2,4 miliar.", Decimal("2400000000")),
    ("Dinas menargetkan ekspor naik, dan hingga Juni sudah membukukan US$ 12 juta.", Decimal("12000000")),
    ("Pameran itu membukukan transaksi Rp 3,1 miliar, melampaui target.", Decimal("3100000000")),
    # an estimate of a value already over is read as a result (only verbs of aiming make it aimed at)
    ("Pameran tahun lalu diperkirakan membukukan transaksi Rp 5 miliar.", Decimal("5000000000")),
    ("Pameran yang digelar Januari lalu diperkirakan mencatatkan transaksi Rp 3 miliar.", Decimal("3000000000")),
    ("Bazar akhir pekan lalu diprediksi mencatatkan omzet Rp 400 juta.", Decimal("400000000")),
    ("Penjualan mobil bulan lalu diharapkan tercapai 80.000 unit.", Decimal("80000")),
])
def test_a_realisation_word_after_a_target_noun_or_in_another_clause_reports_a_result(body, value):
    assert [f.type for f in figures(body, "2025-03-12") if f.value == value] == ["figure"]


def kinds_by_value(body, published="2025-03-12"):
    return [(f.type, f.value) for f in figures(body, published)]


@pytest.mark.parametrize("body, whole", [
    # the whole set aside, committed, assigned or planned that a value told before is out of: a target
    ("Distribusi pupuk bersubsidi hingga pekan ini telah 41.200 ton, atau 64 persen dari alokasi 64.000 ton.",
     Decimal("64000")),
    ('Pembelian gabah petani baru 7.300 ton, kira-kira 35 persen dari komitmen serapan gudang daerah pada musim ini yang'
     " 21.000 ton.", Decimal("21000")),
    ("Serapan belanja provinsi Rp 312 miliar atau 61,4 persen dari total anggaran Rp 508 miliar.", Decimal("508000000000")),
    ("Hingga Oktober, impor gula baru 210.000 ton dari penugasan 500.000 ton.", Decimal("500000")),
    ("Penyaluran KUR mencapai Rp 3,2 triliun dari jatah Rp 4 triliun.", Decimal("4000000000000")),
    ("Dari alokasi 9.000 ton solar nelayan, yang tersalur baru 5.100 ton.", Decimal("9000")),
])
def test_the_allocation_or_commitment_a_value_is_out_of_is_a_target(body, whole):
    got = kinds_by_value(body)
    assert ("target", whole) in got and [t for t, v in got if v != whole] == ["figure"] * (len(got) - 1)


@pytest.mark.parametrize("body", [
    "Alokasi pupuk bersubsidi tahun ini 64.000 ton.",                       # an allocation alone is a figure
    "Alokasi KUR sektor pertanian mencapai Rp 50 triliun.",
    "Dari alokasi itu, yang sudah tersalur 41.200 ton.",                     # what was distributed of it
    "Penyaluran beras sudah 12.000 ton dari alokasi yang sudah ditetapkan pemerintah.",
    "Pengiriman ke Jepang sudah US$ 1,2 juta dari komitmen pembelian US$ 2 juta yang diteken pekan lalu.",  # a deal
    "Pemkab menyiapkan anggaran Rp 2 miliar untuk promosi produk UMKM.",
    "Dari anggaran itu, sebagian dipakai untuk pameran di Dubai senilai Rp 400 juta.",
])
def test_an_allocation_alone_what_was_used_of_it_or_a_signed_commitment_is_no_target(body):
    assert all(t == "figure" for t, _ in kinds_by_value(body)), kinds_by_value(body)


@pytest.mark.parametrize("body, share", [
    # a percentage told with 'atau' after the target a value before it is measured against: that value's share
    ("Pendapatan retribusi parkir sampai September 2024 terealisasi Rp 13 miliar dari target Rp 10 miliar atau 130 persen.",
     (Decimal("130"), "2024-01-01", "2024-09-30")),
    ("Realisasi investasi semester I 2024 Rp 4 triliun terhadap sasaran Rp 5 triliun atau sekitar 80 persen.",
     (Decimal("80"), "2024-01-01", "2024-06-30")),
    ("Pada 2023 distribusi minyak goreng rakyat sudah 8.400 ton dari alokasi 12.000 ton atau 70 persen.",
     (Decimal("70"), "2023-01-01", "2023-12-31")),
])
def test_a_percentage_after_the_target_a_value_is_measured_against_is_its_share(body, share):
    got = [(f.value, f.period.start.isoformat(), f.period.end.isoformat()) for f in figures(body, "2025-03-12")
           if f.unit == "percent"]
    assert [(f.kind) for f in figures(body, "2025-03-12") if f.unit == "percent"] == ["share"] and got == [share]


@pytest.mark.parametrize("body", [
    "Dinas menargetkan ekspor US$ 20 juta atau naik 8 persen.",               # the target's change
    "Kemendag mematok target ekspor US$ 300 miliar atau sekitar 7 persen.",   # no value measured against it
    # a value told before, but the target is not what it is measured against
    "Hingga Juni ekspor US$ 12 juta, sementara target tahun ini US$ 20 juta atau naik 10 persen.",
    "Tahun lalu realisasi Rp 40 miliar, dan untuk tahun ini kami patok Rp 48 miliar atau 20 persen lebih tinggi.",
])
def test_a_percentage_after_a_target_no_value_is_measured_against_stays_a_target(body):
    assert [f.type for f in figures(body, "2025-03-12") if f.unit == "percent"] == ["target"]


@pytest.mark.parametrize("body, expected", [
    # by how much a target is raised or lowered: a growth figure (0049), negative for a lowering
    ("Karena itu, target retribusinya dinaikkan sebesar Rp 500 juta dibanding tahun lalu.",
     [("growth", Decimal("500000000"))]),
    ("Target PAD tahun ini dinaikkan Rp 2 miliar menjadi Rp 40 miliar.",
     [("growth", Decimal("2000000000")), ("target", Decimal("40000000000"))]),
    ("Target ekspor kopi ditingkatkan 10 persen menjadi US$ 5 juta.", [("growth", Decimal("10")), ("target", Decimal("5000000"))]),
    ("Pemkab menaikkan target PAD sebesar Rp 2 miliar untuk tahun depan.", [("growth", Decimal("2000000000"))]),
    ("Sasaran produksi garam dipangkas 5.000 ton karena cuaca buruk.", [("growth", Decimal("-5000"))]),
    ("Kemenperin menurunkan target investasi industri sebesar Rp 20 triliun.", [("growth", Decimal("-20000000000000"))]),
    ('"Target retribusinya, kami tingkatkan Rp 750 juta ketimbang tahun lalu," ucap Kepala Bapenda, Hendra Wijaya.',
     [("growth", Decimal("750000000"))]),
    ("Dengan begitu, target pendapatan pasar ditingkatkan sebesar Rp 600 juta dari 2023, yaitu Rp 2,8 miliar.",
     [("growth", Decimal("600000000")), ("target", Decimal("2800000000"))]),
])
def test_the_amount_a_target_is_raised_or_lowered_by_is_a_growth_figure(body, expected):
    assert [(f.kind, f.value) for f in figures(body, "2025-03-12")] == expected


@pytest.mark.parametrize("body, expected", [
    ("Target PAD dinaikkan menjadi Rp 40 miliar.", [("target", Decimal("40000000000"))]),          # the new level
    ("Pemkab menaikkan target PAD menjadi Rp 40 miliar.", [("target", Decimal("40000000000"))]),
    ("Target dinaikkan karena realisasi tahun lalu mencapai Rp 38 miliar.", [("realization", Decimal("38000000000"))]),
    ("Target tahun ini ditetapkan sebesar Rp 40 miliar.", [("target", Decimal("40000000000"))]),
    ("Kami menargetkan produksi ditingkatkan 15 persen tahun ini.", [("target", Decimal("15"))]),   # aimed at
])
def test_a_new_level_a_result_or_a_change_aimed_at_is_no_change_of_the_target(body, expected):
    assert [(f.kind, f.value) for f in figures(body, "2025-03-12")] == expected


def undated_kinds(body):
    facts = extract(parse_article(f"{HEAD}{body}\n", lexicon=LEXICON), LEXICON)
    return [(f.type, f.value) for f in facts.figures]


@pytest.mark.parametrize("body, expected", [
    # a service still to come tells a plan in an undated text too
    ("Sesudah itu, balai akan memfasilitasi 65 pelaku usaha kecil ikut pekan dagang di Osaka.", [("target", Decimal("65"))]),
    ("Koperasi itu berencana membina 45 kelompok tani lagi.", [("target", Decimal("45"))]),
    ("Balai latihan kerja bakal melatih 120 peserta dari desa sekitar.", [("target", Decimal("120"))]),
    # a period named in its clause may be over when the text has no date; a service told done is a result
    ("Tahun lalu dinas akan melatih 80 nelayan, tetapi batal.", [("figure", Decimal("80"))]),
    ("Dinas memfasilitasi 30 UMKM untuk ikut pameran di Jepang.", [("figure", Decimal("30"))]),
    ("Dinas akan memfasilitasi pengiriman 30 ton kopi ke Korea.", [("figure", Decimal("30"))]),
])
def test_a_service_still_to_come_is_a_target_in_an_undated_text(body, expected):
    assert undated_kinds(body) == expected


@pytest.mark.parametrize("body, change", [
    # the sign comes from the verb that changes the target right before the amount, not from a word of lowering
    # or raising elsewhere in the sentence
    ("Target ekspor yang sempat diturunkan tahun lalu kini dinaikkan sebesar US$ 2 juta.", Decimal("2000000")),
    ("Sasaran penjualan yang pernah dinaikkan dua kali kini diturunkan sebesar Rp 700 juta.", Decimal("-700000000")),
    ("Kuota produksi yang sempat dikurangi kini ditambah 4.000 ton.", Decimal("4000")),
    ("Pemkot menurunkan pajak hiburan, lalu menaikkan target PAD sebesar Rp 2 miliar.", Decimal("2000000000")),
    ("Sasaran produksi garam dipangkas 5.000 ton karena cuaca buruk.", Decimal("-5000")),
])
def test_the_sign_of_a_target_change_comes_from_the_verb_that_changes_it(body, change):
    assert [(f.kind, f.value) for f in figures(body, "2025-03-12") if abs(f.value) == abs(change)] == [("growth", change)]


@pytest.mark.parametrize("body", [
    # a change measured from the whole is no share of it: the whole stays a figure
    "Realisasi belanja modal mencapai Rp 500 miliar, naik 20 persen dari anggaran tahun lalu Rp 420 miliar.",
    "Pengeluaran promosi naik 15 persen dari anggaran semula Rp 60 miliar.",
    "Pendapatan hotel bertambah 8 persen dibanding rencana Rp 90 miliar.",
    # a relative clause after the whole's amount telling a result or a past event of it
    "Penerimaan pajak sudah Rp 12 miliar, atau 60 persen dari anggaran pendapatan 2024 yang direalisasikan Rp 20 miliar.",
    "Kerugian mencapai Rp 1 miliar dari anggaran Rp 5 miliar yang dikorupsi.",
    "Sebanyak 120 UMKM mendapat bantuan dari anggaran Rp 3 miliar yang dicairkan tahun lalu.",
    "Serapan dana desa baru Rp 40 miliar dari alokasi Rp 90 miliar yang dikucurkan pusat pada Januari.",
    "Bantuan modal tersalur Rp 2 miliar dari anggaran Rp 6 miliar yang hilang sebagian.",
    # the whole a value comes from, not the one it is out of
    "Produksi mencapai 9.000 ton, berasal dari komitmen investasi Rp 2 triliun yang masuk pada 2022.",
    "Pembangunan pasar rakyat menelan Rp 7 miliar, bersumber dari anggaran Rp 10 miliar milik provinsi.",
    "Renovasi terminal dibiayai dari anggaran Rp 15 miliar yang disetujui dewan.",
])
def test_a_whole_a_change_is_measured_from_used_or_a_source_is_no_target(body):
    assert all(t == "figure" for t, _ in kinds_by_value(body)), kinds_by_value(body)


@pytest.mark.parametrize("body, whole", [
    # a relative clause that tells how the whole was set keeps it the goal
    ("Hingga Mei penyaluran beras mencapai 7.000 ton dari alokasi 20.000 ton yang ditetapkan pemerintah.", Decimal("20000")),
    ("Realisasi investasi mencapai Rp 45 triliun dari komitmen Rp 60 triliun yang ditargetkan tahun ini.",
     Decimal("60000000000000")),
    # a signed deal elsewhere in the sentence, not in the whole's clause
    ("Kontrak senilai US$ 3 juta diteken pekan lalu, sementara ekspor baru US$ 1 juta atau 25 persen dari alokasi US$ 4 juta.",
     Decimal("4000000")),
])
def test_a_whole_set_by_someone_stays_the_target_a_value_is_measured_against(body, whole):
    assert ("target", whole) in kinds_by_value(body), kinds_by_value(body)


@pytest.mark.parametrize("body", [
    # an estimate of a value already over is a realisation, not a projection (only verbs of aiming make the
    # realisation word aimed at)
    "Pameran tahun lalu diperkirakan membukukan transaksi Rp 5 miliar.",
    "Pameran yang digelar Januari lalu diperkirakan mencatatkan transaksi Rp 3 miliar.",
    "Bazar akhir pekan lalu diprediksi mencatatkan omzet Rp 400 juta.",
    "Nilai investasi pabrik baja pada 2023 diperkirakan tercapai Rp 9 triliun.",
])
def test_an_estimate_of_a_value_already_over_is_a_realisation(body):
    assert [(f.type, f.kind) for f in figures(body, "2025-03-12")] == [("figure", "realization")]


@pytest.mark.parametrize("body, expected", [
    # after the change of a target, a value a word of realisation or reaching introduces is a result, not the
    # next item of a list of changes
    ("Oleh sebab itu, sasaran pajak reklame ditambah sebesar Rp 450 juta, padahal tahun lalu cuma tercapai Rp 2,6 miliar.",
     [("growth", Decimal("450000000")), ("realization", Decimal("2600000000"))]),
    ("Target retribusi pasar dipangkas Rp 300 juta, padahal hingga Juni sudah terkumpul Rp 900 juta.",
     [("growth", Decimal("-300000000")), ("realization", Decimal("900000000"))]),
    ("Target pajak parkir ditingkatkan sebesar Rp 400 juta, sementara tahun lalu realisasinya Rp 2,1 miliar.",
     [("growth", Decimal("400000000")), ("realization", Decimal("2100000000"))]),
    # a list of changes with no such word goes on
    ("Ekspor kopi naik US$ 2 juta, teh US$ 1 juta, dan kakao US$ 3 juta.",
     [("growth", Decimal("2000000")), ("growth", Decimal("1000000")), ("growth", Decimal("3000000"))]),
])
def test_a_result_told_after_a_change_of_a_target_ends_the_list_of_changes(body, expected):
    assert [(f.kind, f.value) for f in figures(body, "2025-03-12")] == expected


@pytest.mark.parametrize("body, expected", [
    # only the count a programme serves is its target; a whole it is picked from, a count of a year gone by or of
    # those who applied is a figure (dated and undated texts)
    ("Balai akan membina 60 petani, dari 400 petani yang mendaftar.", [("target", Decimal("60")), ("figure", Decimal("400"))]),
    ("Dinas akan melatih 30 orang dari 120 pendaftar.", [("target", Decimal("30")), ("figure", Decimal("120"))]),
    ("Pemdes bakal memfasilitasi 45 nelayan, serupa tahun lalu saat 38 nelayan ikut.",
     [("target", Decimal("45")), ("figure", Decimal("38"))]),
    ("Koperasi berencana mendampingi 70 nelayan, dari total 900 nelayan yang terdata di pesisir itu.",
     [("target", Decimal("70")), ("figure", Decimal("900"))]),
])
def test_a_later_count_in_a_programme_sentence_is_no_target(body, expected):
    assert undated_kinds(body) == expected
    assert [(f.type, f.value) for f in figures(body, "2025-03-12")] == expected


def test_another_object_of_the_programme_verb_is_a_target_too():
    assert [(f.type, f.value) for f in figures("Dinas akan melatih 30 orang dan 40 nelayan tahun depan.", "2025-03-12")] \
        == [("target", Decimal("30")), ("target", Decimal("40"))]
