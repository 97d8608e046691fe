"""Readings of session 36 (decision 0093), each on sentences written for these tests:

- a short name the text gives a region in brackets right after naming it ('Kabupaten Pulang Pisau (Pulpis)')
  is that region wherever it is written again: 'Kepala Bapenda Pulpis Sutrisno' is Sutrisno of the regency's revenue
  agency (not a man called 'Pulpis Sutrisno'), 'Bupati Pulpis Hendra Wijaya' the regent (mentions.regions_named_in,
  place_short_name); only a word that abbreviates the name ('(Jateng)' after a regency is its province);
- a region's kind word and the local qualifier in place of its name ('Badan Pendapatan Daerah (Bapenda) kabupaten
  setempat') is the region of that kind the text is about (mentions.regional_mention, local_kind_written);
- the one a speaker stands in for ('ucap Kepala Dinas X, A, mewakili Bupati Y, B') is no speaker: 'ujarnya' after
  it is A (lexicon companion_words);
- a title and a name written again whole ('Kepala Bapenda Pulpis Sutrisno') is the person introduced so
  (Person.short_forms);
- a writer's decimal dot ('Rp.17.507 miliar' for 17,507 miliar), learnt from the text's own arithmetic: where a share
  of a target in percent fits only with the dot read as a decimal mark, and no sentence fits only with it grouping
  thousands, every such number of the text is read so (facts.read_decimal_marks).
"""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def facts(body: str, published: str = "2024-10-08", title: str = "Realisasi Pendapatan Daerah"):
    text = f"---\npublished: {published}\n---\n{title}\n\n{body}\n"
    return extract(parse_article(text, lexicon=LEXICON), LEXICON)


SHORT_NAMED = (
    "PULANG PISAU - Pemerintah Kabupaten Pulang Pisau (Pulpis) melalui Badan Pendapatan Daerah (Bapenda) "
    "kabupaten setempat mencatat realisasi pajak daerah hingga September 2024 sebesar Rp 48,2 miliar.\n"
    "\u201cCapaian itu setara 81,5 persen dari target tahun ini,\u201d ucap Kepala Bapenda Pulpis Sutrisno mewakili "
    "Bupati Pulpis Hendra Wijaya, Senin (7/10).\n"
    "Lalu, retribusi daerah terealisasi Rp 6,7 miliar. \u201cKami optimistis target tercapai pada Desember,\u201d "
    "ujarnya.")


def test_a_short_name_defined_for_a_regency_is_that_regency_not_a_first_name():
    got = facts(SHORT_NAMED)
    names = {p.name: p for p in got.people}
    assert "Sutrisno" in names and "Pulpis Sutrisno" not in names
    assert names["Sutrisno"].organization == "Badan Pendapatan Daerah Kabupaten Pulang Pisau"
    assert "Hendra Wijaya" in names and "Pulpis Hendra Wijaya" not in names
    assert names["Hendra Wijaya"].organization == "Pemerintah Kabupaten Pulang Pisau"


def test_a_body_of_the_regency_called_local_is_the_regency_the_text_is_about():
    got = facts(SHORT_NAMED)
    organizations = {o.name for o in got.organizations}
    assert "Badan Pendapatan Daerah Kabupaten Pulang Pisau" in organizations
    assert not any("setempat" in name for name in organizations)
    first = next(f for f in got.figures if str(f.value) == "48200000000")
    assert first.agency == "Badan Pendapatan Daerah Kabupaten Pulang Pisau"


def test_the_one_a_speaker_stands_in_for_is_not_the_one_a_pronoun_means():
    got = facts(SHORT_NAMED)
    speakers = [q.speaker.name if q.speaker else None for q in got.quotes]
    assert speakers == ["Sutrisno", "Sutrisno"]


@pytest.mark.parametrize("bracket", ["(Jateng)", "(Pemkab)", "(BPS)", "(KB)"])
def test_a_bracket_that_does_not_abbreviate_the_regency_defines_no_short_name(bracket):
    """(counter-cases: a province, a body's short name, an all-capital short form: the word after a title is read
    as before)"""
    from kg.extract.mentions import regions_named_in
    body = f"Kabupaten Pulang Pisau {bracket} mencatat ekspor Rp 3 miliar. Kepala Dinas Hendra menjelaskan."
    assert bracket.strip("()") not in regions_named_in(LEXICON, body)


def test_a_short_name_the_gazetteer_lacks_the_region_of_is_still_that_region():
    """'Kabupaten Lembah Sari (Lemsa)': a regency the gazetteer lacks, then its short name."""
    from kg.extract.mentions import regions_named_in
    named = regions_named_in(LEXICON, "Pemerintah Kabupaten Lembah Sari (Lemsa) mencatat ekspor. Bupati Lemsa Rudi.")
    assert named["Lemsa"] == "Kabupaten Lembah Sari"


BUDGET = (
    "Bapenda Kotawaringin Barat mencatat realisasi pendapatan daerah hingga September 2024.\n"
    "Pajak hotel ditargetkan Rp.2.450 miliar, terealisasi Rp 1,96 miliar atau 80,00 persen. "
    "Lalu, pajak restoran ditargetkan Rp.3.120 miliar, terealisasi Rp.2.808 miliar atau 90,00 persen.")


def values(got):
    return sorted(str(f.value) for f in got.figures if f.unit == "IDR")


def test_a_dot_is_the_decimal_mark_where_the_texts_own_percentages_show_it():
    assert values(facts(BUDGET)) == sorted(["2450000000", "1960000000", "3120000000", "2808000000"])


def test_without_arithmetic_to_tell_a_dot_before_three_digits_groups_thousands():
    """(counter-case: the same amounts with no share to check them by keep the usual reading)"""
    got = facts("Bapenda Kotawaringin Barat mencatat pajak hotel ditargetkan Rp.2.450 miliar pada 2024.")
    assert values(got) == ["2450000000000"]


def test_a_share_that_fits_the_grouping_reading_keeps_it():
    """(counter-case: 'Rp 1.650 triliun atau 60,00 persen dari target Rp 2.750 triliun' fits as read, and
    'Rp 1.210 miliar ... 55,00 persen dari target Rp 2,2 triliun' only with the dot grouping: nothing is rescaled)"""
    got = facts("Belanja negara hingga Agustus 2024 terealisasi Rp 1.210 miliar atau 55,00 persen dari target Rp 2,2 "
                "triliun. Penerimaan pajak mencapai Rp 1.650 triliun atau 60,00 persen dari target Rp 2.750 triliun.")
    assert values(got) == sorted(["1210000000000", "2200000000000", "1650000000000000", "2750000000000000"])
