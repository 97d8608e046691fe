"""Issue 9, session 29: readings on which two annotators of the same real pages agreed, working apart, and the
extractor did not (second annotations of 37 development pages; the consensus is counted in decision 0074). Each is
written here as sentences of our own (names, places and numbers invented):
- a man first named by one word and later with his full name and title is named by the full one;
(the review's counter-sentences, which the first version misread, are the tests at the end)
- under a frame said as of a day ('hingga 6 Mei 2024'), the parts of a stock stood on that day;
- 'periode yang sama tahun lalu' counts from the period reported on, not from a year named for a later value;
- an amount realised 'saat ini', with a target named beside it, is of January to the publication day;
- the years in a plan document's name ('RPJMD 2021-2026') are no period;
- the same amount told again with the day its month ended on takes that day;
- a target set for months named from one to another ('Maret hingga Mei') is for those months."""
import datetime as dt
from decimal import Decimal

import pytest

from article_facts import LEXICON, facts_of_article
from kg.extract import extract
from kg.extract.read import parse_article


def dated(body: str, day: str = "Selasa, 8 November 2016 10:15 WIB"):
    """The facts of a text with a title, a date line and a dateline."""
    text = "Laporan Ekonomi Daerah Untuk Pengujian\n\n" + day + "\n\nSUMBERJAYA (ANTARA) - " + body
    return extract(parse_article(text, lexicon=LEXICON), LEXICON)


def figure_of(facts, value: str, kind: str = "figure"):
    return next(f for f in facts.figures if f.value == Decimal(value) and f.type == kind)


def span(fact):
    return (fact.period.start, fact.period.end) if fact.period else None


# readings each stated by one dated text and the period of one value in it: (what it reads, text, date line,
# value, fact type, the period)
ONE_PERIOD_READINGS = [
    ("an_amount_told_again_with_the_day_its_month_ended_on_takes_the_day",
     "Penerimaan Bea Cukai Sumberjaya hingga November 2023 terealisasi Rp 84,6 miliar.\n\n"
     "Kepala kantor itu, Rini Astuti, mengatakan hingga 24 November 2023 penerimaan terealisasi sebesar "
     "Rp 84,6 miliar.\n",
     "Senin, 27 November 2023 10:00 WIB", "84600000000", "figure", (dt.date(2023, 1, 1), dt.date(2023, 11, 24))),
    ("a_target_for_months_named_from_one_to_another_is_for_those_months",
     "Selama periode panen raya Maret hingga Mei 2025, Perum Bulog Kantor Cabang Sumberjaya "
     "menargetkan penyerapan 2.350 ton gabah kering panen.\n",
     "Senin, 10 Maret 2025 10:00 WIB", "2350", "target", (dt.date(2025, 3, 1), dt.date(2025, 5, 31))),
    ("a_target_measured_against_months_so_far_is_still_for_the_whole_year",
     "Realisasi investasi Kota Sumberjaya Januari hingga September 2024 mencapai 74 persen dari target "
     "Rp 2,3 triliun.\n",
     "Senin, 14 Oktober 2024 10:00 WIB", "2300000000000", "target", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("until_the_end_of_a_quarter_said_penghujung_runs_from_january",
     "Hingga penghujung triwulan ketiga 2024, pendapatan Dinas Koperasi Kota Sumberjaya baru tercapai "
     "sekitar 34 persen dari target Rp80 juta.\n",
     "Senin, 14 Oktober 2024 10:00 WIB", "34", "figure", (dt.date(2024, 1, 1), dt.date(2024, 9, 30))),
    ("a_month_compared_with_ago_in_a_report_on_that_month_is_the_year_before",
     "Nilai ekspor Provinsi Sumberjaya pada Februari 2019 di angka US$ 118 juta. Atau naik dari Februari "
     "lalu di angka US$ 86,4 juta.\n",
     "Jumat, 15 Maret 2019 10:00 WIB", "86400000", "figure", (dt.date(2018, 2, 1), dt.date(2018, 2, 28))),
    ("a_base_value_of_the_same_period_last_year_counts_from_the_period_after_the_change",
     "Pendapatan pajak daerah Kota Sumberjaya naik 23 persen dari Rp 10,2 miliar pada periode yang sama "
     "tahun lalu menjadi Rp 12,6 miliar pada semester I 2024.\n",
     "Senin, 14 Oktober 2024 10:00 WIB", "10200000000", "figure", (dt.date(2023, 1, 1), dt.date(2023, 6, 30))),
    ("a_value_said_now_for_a_year_named_after_the_word_of_now_keeps_that_year",
     "Dinas Pertanian Kota Sumberjaya menyebut saat ini alokasi pupuk bersubsidi untuk 2025 sebesar "
     "45.000 ton.\n",
     "Senin, 18 November 2024 10:00 WIB", "45000", "figure", (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
    ("years_set_apart_from_a_plan_documents_name_are_a_period",
     "Sesuai RPJMD, pemerintah kota menargetkan pertumbuhan ekonomi pada 2025-2026 sebesar 5,8 persen "
     "per tahun.\n",
     "Senin, 14 Oktober 2024 10:00 WIB", "5.8", "target", (dt.date(2025, 1, 1), dt.date(2026, 12, 31))),
    ("a_part_of_the_month_compared_with_is_of_that_month",
     "Badan Pusat Statistik Kota Sumberjaya mencatat nilai tukar petani pada Februari 2019 sebesar 102,4. "
     "Harga cabai rawit pada akhir Februari lalu mencapai Rp 45.000 per kilogram, naik dibanding awal "
     "Februari lalu yang Rp 38.000 per kilogram.\n",
     "Jumat, 1 Maret 2019 10:00 WIB", "38000", "figure", (dt.date(2019, 2, 1), dt.date(2019, 2, 28))),
]


@pytest.mark.parametrize("reading, body, day, value, kind, period", ONE_PERIOD_READINGS, ids=[c[0] for c in ONE_PERIOD_READINGS])
def test_a_reading_gives_its_value_the_period(reading, body, day, value, kind, period):
    assert span(figure_of(dated(body, day), value, kind)) == period

def test_a_man_named_by_one_word_first_is_named_by_his_full_name_given_later():
    body = ("Realisasi investasi triwulan I 2024 tumbuh 22,1 persen.\n\n"
            "\"Investor dalam negeri tidak kalah agresif,\" tutur Hendra.\n\n"
            "Seperti diketahui, Menteri Investasi Hendra Wiranata mengumumkan realisasi investasi triwulan I 2024 "
            "bernilai Rp 401,5 triliun.\n")
    facts = facts_of_article(body, "JAKARTA - ")
    assert {p.name for p in facts.people} == {"Hendra Wiranata"}
    person = facts.people[0]
    assert person.role == "Menteri Investasi"
    assert figure_of(facts, "401500000000000").speaker.name == "Hendra Wiranata"
    assert all(q.speaker.name == "Hendra Wiranata" for q in facts.quotes)


def test_a_later_full_name_of_another_man_leaves_the_first_alone():
    body = ("\"Ekspor kopi naik tajam,\" tutur Hendra, Kepala Dinas Perdagangan Kota Sumberjaya.\n\n"
            "Sementara itu, Ketua Asosiasi Eksportir Kopi Sumberjaya Budi Santoso mengatakan harga ikut naik.\n")
    names = {p.name for p in facts_of_article(body, "SUMBERJAYA - ").people}
    assert "Hendra" in names and "Budi Santoso" in names


def test_the_parts_of_a_stock_said_as_of_a_day_stood_on_that_day():
    facts = dated("Hingga 6 Mei 2024, stok beras di gudang Bulog Sumberjaya mencapai 52.400 ton. Jumlah tersebut "
                  "terdiri dari cadangan beras pemerintah sebesar 48.100 ton dan stok komersial 4.300 ton.\n\n"
                  "Stok terbanyak berada di gudang Karangsari sebesar 9.800 ton.\n", "Rabu, 8 Mei 2024 09:00 WIB")
    day = (dt.date(2024, 5, 6), dt.date(2024, 5, 6))
    for value in ("52400", "48100", "4300", "9800"):
        assert span(figure_of(facts, value)) == day, value


def test_a_flow_under_a_frame_said_as_of_a_day_still_runs_from_january():
    facts = dated("Hingga 6 Mei 2024, pengadaan gabah Bulog Sumberjaya mencapai 20.500 ton. Penyaluran beras "
                  "bantuan pangan tercatat 3.150 ton.\n", "Rabu, 8 Mei 2024 09:00 WIB")
    for value in ("20500", "3150"):
        assert span(figure_of(facts, value)) == (dt.date(2024, 1, 1), dt.date(2024, 5, 6)), value


def test_the_same_period_last_year_counts_from_the_period_reported_not_a_later_values_year():
    body = ("Penerimaan retribusi Kota Sumberjaya triwulan I 2019 hanya Rp 6,3 miliar, atau 5,1 % dari target "
            "2019 sebesar Rp 123,5 miliar. Angka ini lebih rendah 41 % dibandingkan dengan realisasi periode yang "
            "sama tahun lalu yang mencapai Rp 10,7 miliar atau setara dengan 9,8 % dari target 2018 sebesar "
            "Rp 109,2 miliar.\n")
    facts = facts_of_article(body, "SUMBERJAYA - ")
    quarter = (dt.date(2018, 1, 1), dt.date(2018, 3, 31))
    assert span(figure_of(facts, "10700000000")) == quarter
    assert span(figure_of(facts, "9.8")) == quarter


def test_an_amount_realised_now_against_a_target_is_of_the_year_so_far():
    facts = dated("Dari target penerimaan sebesar Rp 9,4 triliun, saat ini baru terealisasi Rp 5,2 triliun atau "
                  "sekitar 55,32 persen.\n")
    so_far = (dt.date(2016, 1, 1), dt.date(2016, 11, 8))
    assert span(figure_of(facts, "5200000000000")) == so_far
    assert span(figure_of(facts, "55.32")) == so_far
    assert span(figure_of(facts, "9400000000000", "target")) == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))


def test_what_stands_now_without_a_verb_of_realising_keeps_no_period():
    facts = dated("Pangsa ekspor produk olahan saat ini baru 38 persen dan harus ditingkatkan sesuai target. "
                  "Harga kopi saat ini Rp 41.000 per kilogram.\n")
    assert figure_of(facts, "38").period is None
    assert figure_of(facts, "41000").period is None


def test_the_years_of_a_plan_documents_name_are_no_period():
    facts = dated("Realisasi ekspor Kota Sumberjaya selama 2021 menembus 31,4 juta dolar AS.\n\n"
                  "Kepala Dinas Perdagangan Kota Sumberjaya, Wulan Sari, mengatakan bahwa realisasi nilai ekspor pada "
                  "2021 memang naik sekitar 5 juta dolar AS atau sekitar Rp71,5 miliar dari target yang ditetapkan "
                  "Rencana Pembangunan Jangka Menengah Daerah (RPJMD) 2021-2026.\n\n"
                  "Ekspor itu dikirim oleh 23 eksportir.\n", "Jumat, 21 Januari 2022 10:00 WIB")
    year = (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    assert span(figure_of(facts, "31400000")) == year
    assert span(figure_of(facts, "23")) == year


def test_the_value_a_change_started_from_said_with_dengan_nilai_is_of_the_month_before():
    facts = dated("Badan Pusat Statistik mencatat ekspor Provinsi Sumberjaya pada April 2019 turun 6,15 persen "
                  "(month on month) dengan nilai US$ 412,30 juta menjadi US$ 386,94 juta.\n",
                  "Rabu, 15 Mei 2019 10:00 WIB")
    assert span(figure_of(facts, "412300000")) == (dt.date(2019, 3, 1), dt.date(2019, 3, 31))
    assert span(figure_of(facts, "386940000")) == (dt.date(2019, 4, 1), dt.date(2019, 4, 30))


def test_a_value_said_as_of_now_is_not_of_a_year_to_come():
    facts = dated("\"Pada 2024 itu kira-kira 28 persen, di mana saat ini baru 13,5 persen,\" kata Menteri Koperasi "
                  "Wulan Sari.\n", "Jumat, 6 Maret 2020 10:00 WIB")
    assert span(figure_of(facts, "28")) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert figure_of(facts, "13.5").period is None


def test_a_condition_said_back_names_the_speaker_of_the_values_before():
    body = ("Penerimaan cukai hingga Oktober 2011 belum memenuhi target. Dari target APBN Perubahan 2011 sebesar "
            "Rp 54,2 triliun, Ditjen Bea dan Cukai baru memenuhi Rp 47,9 triliun.\n\n"
            "Kondisi itu disampaikan Dirjen Bea dan Cukai Rudi Hartawan, Kamis.\n")
    facts = facts_of_article(body, "SUMBERJAYA - ")
    realised = figure_of(facts, "47900000000000")
    assert realised.speaker is not None and realised.speaker.name == "Rudi Hartawan"
    assert figure_of(facts, "54200000000000", "target").speaker.name == "Rudi Hartawan"


def test_what_a_body_fulfilled_against_a_target_that_opens_the_sentence_is_realised():
    body = "Dari target APBN Perubahan 2011 sebesar Rp 54,2 triliun, Kanwil itu baru memenuhi Rp 47,9 triliun.\n"
    facts = facts_of_article(body, "SUMBERJAYA - ")
    assert [f.type for f in facts.figures if f.value == Decimal("47900000000000")] == ["figure"]


def test_a_base_value_takes_the_period_compared_with_after_it_not_the_one_reported_before_it():
    body = ("\"Semester I 2018 penanaman modal dalam negeri naik dari Rp6,35 triliun jadi Rp11,2 triliun "
            "dibandingkan semester I 2017,\" kata Kepala Dinas Penanaman Modal Provinsi Sumberjaya, Agus Salim.\n")
    facts = facts_of_article(body, "SUMBERJAYA - ")
    assert span(figure_of(facts, "6350000000000")) == (dt.date(2017, 1, 1), dt.date(2017, 6, 30))
    assert span(figure_of(facts, "11200000000000")) == (dt.date(2018, 1, 1), dt.date(2018, 6, 30))


def test_a_realisation_is_not_of_the_budget_year_named_for_the_target_after_it():
    facts = dated("Penerimaan pajak Kanwil Sumberjaya per 15 September sudah mencapai Rp 21,4 triliun. Untuk pajak "
                  "migas, realisasinya sebesar Rp 3,7 triliun atau sebesar 66% dari target APBN-P 2010 sebesar "
                  "Rp 5,6 triliun.\n", "Kamis, 16 September 2010 10:00 WIB")
    so_far = (dt.date(2010, 1, 1), dt.date(2010, 9, 15))
    assert span(figure_of(facts, "3700000000000")) == so_far
    assert span(figure_of(facts, "66")) == so_far
    assert span(figure_of(facts, "5600000000000", "target")) == (dt.date(2010, 1, 1), dt.date(2010, 12, 31))


def test_a_yearly_rate_compared_with_is_of_its_own_year():
    facts = dated("Ekonomi Provinsi Sumberjaya pada triwulan I/2009 tumbuh 4,8% year on year atau membaik dibanding "
                  "3,1% pada triwulan IV/2008. Meski demikian, ekspor tumbuh jauh melambat dari triwulan I/2008 yang "
                  "mencapai 9,6% y-o-y.\n", "Kamis, 14 Mei 2009 10:00 WIB")
    assert span(figure_of(facts, "9.6")) == (dt.date(2008, 1, 1), dt.date(2008, 3, 31))
    assert span(figure_of(facts, "4.8")) == (dt.date(2009, 1, 1), dt.date(2009, 3, 31))


def test_a_class_of_business_written_after_a_counted_noun_is_part_of_what_is_counted():
    body = ("Sepanjang 2022 Dinas Koperasi Kota Sumberjaya membina 146 sentra IKM dan 38 koperasi UMKM, serta "
            "melatih 1.250 pelaku usaha.\n")
    units = {f.value: f.unit for f in facts_of_article(body, "SUMBERJAYA - ").figures}
    assert units[Decimal("146")] == "sentra IKM"
    assert units[Decimal("38")] == "koperasi UMKM"
    assert units[Decimal("1250")] == "pelaku usaha"


def test_a_rate_said_on_its_own_basis_after_a_month_compared_with_is_the_reported_months_change():
    facts = dated("Nilai ekspor Provinsi Sumberjaya pada April 2021 meningkat hingga US$ 1,84 miliar atau 0,71% jika "
                  "dibandingkan Maret 2021 atau secara YoY mencapai sebesar 48,25%.\n", "Senin, 17 Mei 2021 10:00 WIB")
    rate = figure_of(facts, "48.25")
    assert span(rate) == (dt.date(2021, 4, 1), dt.date(2021, 4, 30))
    assert rate.kind == "growth"


def test_the_town_of_the_dateline_is_no_part_of_a_name_written_after_it():
    text = ("Stok Beras Aman\n\nTanjung Wangi (ANTARA) - Perum Bulog Sub Divre Tanjung Wangi memastikan stok beras "
            "cukup.\n\nStok beras di gudang saat ini sekitar 600 ton, kata Kepala Kantor Perum Bulog Sub Divre "
            "Tanjung Wangi Joko Susilo di Tanjung Wangi, Minggu (6/11/2022).\n")
    facts = extract(parse_article(text, lexicon=LEXICON), LEXICON)
    assert [p.name for p in facts.people] == ["Joko Susilo"]


def test_an_official_named_with_his_title_after_a_quote_is_its_speaker():
    body = ("\"Pertumbuhan ekonomi Provinsi Sumberjaya pada triwulan I 2018 diperkirakan berada di kisaran 5,2-5,6 "
            "persen (yoy),\" ujar Kepala BI Perwakilan Sumberjaya Miyanto, saat merilis kajian ekonomi regional.\n")
    facts = facts_of_article(body, "SUMBERJAYA - ")
    assert [q.speaker.name if q.speaker else None for q in facts.quotes] == ["Miyanto"]


# --- the read-only review's counter-sentences: what each reading must leave alone -----------------------------


def test_a_ratio_or_a_running_total_said_now_beside_a_target_is_not_the_year_so_far():
    facts = dated("PLN menyebut rasio elektrifikasi di provinsi itu saat ini mencapai 98,5 persen. Target pemerintah "
                  "provinsi, rasio elektrifikasi 100 persen pada 2025.\n\n"
                  "Dana abadi pendidikan yang dirintis Pemerintah Kota Sumberjaya pada 2018 terus bertambah. Saat ini "
                  "dana yang terhimpun mencapai Rp 86 miliar.\n\n\"Target kami Rp 150 miliar,\" kata Wali Kota "
                  "Sumberjaya Andi Prasetyo.\n", "Senin, 14 Oktober 2024 10:00 WIB")
    assert figure_of(facts, "98.5").period is None
    assert figure_of(facts, "86000000000").period is None


def test_a_target_a_realisation_of_months_is_measured_against_is_for_the_whole_year():
    facts = dated("Realisasi investasi Kota Sumberjaya periode April hingga September 2024 mencapai Rp 1,7 triliun, "
                  "atau 74 persen dari target Rp 2,3 triliun.\n\nPenerimaan retribusi pasar Februari-Agustus 2024 "
                  "sebesar Rp 3,1 miliar, sementara target retribusi pasar Rp 5 miliar.\n",
                  "Senin, 14 Oktober 2024 10:00 WIB")
    year = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert span(figure_of(facts, "2300000000000", "target")) == year
    assert span(figure_of(facts, "5000000000", "target")) == year


def test_a_flow_into_a_stock_or_an_average_under_a_frame_said_as_of_a_day_is_no_level_of_that_day():
    facts = dated("Hingga 6 Mei 2024, Perum Bulog Kantor Cabang Sumberjaya telah menyerap 20.500 ton gabah petani.\n\n"
                  "Pemimpin Bulog Cabang Sumberjaya, Rina Marlina, mengatakan Bulog juga menambah stok beras sebanyak "
                  "6.200 ton dari pengadaan luar daerah. Stok beras rata-rata bulanan di gudang Bulog sekitar "
                  "40.000 ton.\n", "Rabu, 8 Mei 2024 09:00 WIB")
    day = (dt.date(2024, 5, 6), dt.date(2024, 5, 6))
    assert span(figure_of(facts, "6200")) != day
    assert span(figure_of(facts, "40000")) != day


def test_a_ratio_of_another_measure_after_a_rates_basis_is_no_change():
    facts = dated("Kredit perbankan di Sumberjaya pada September 2024 tumbuh 1,2 persen dibanding Agustus 2024. Secara "
                  "tahunan NPL mencapai 3,2 persen, sedangkan secara yoy LDR tercatat 88,5 persen.\n",
                  "Senin, 4 November 2024 10:00 WIB")
    assert figure_of(facts, "88.5").kind != "growth"


def test_the_one_spoken_to_after_a_said_back_verb_is_not_the_speaker():
    body = ("Nilai ekspor kopi Kota Sumberjaya pada September 2024 turun 12 persen. Situasi itu disampaikan kepada "
            "Wali Kota Sumberjaya Andi Prasetyo dalam pertemuan di balai kota.\n")
    facts = facts_of_article(body, "SUMBERJAYA - ")
    assert all(f.speaker is None or f.speaker.name != "Andi Prasetyo" for f in facts.figures)


def test_a_man_named_with_his_title_first_is_not_renamed_by_a_longer_name_given_later():
    body = ("Kepala Badan Pusat Statistik Kota Sumberjaya, Sutrisno, mengatakan nilai ekspor kopi pada September "
            "2024 mencapai US$ 8,4 juta.\n\nSementara itu, seorang petani kopi di Desa Karangsari, Sutrisno Hadi, "
            "mengatakan harga kopi naik.\n")
    assert "Sutrisno" in {p.name for p in facts_of_article(body, "SUMBERJAYA - ").people}
