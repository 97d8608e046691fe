"""Readings of session 36 (decision 0093), each on sentences written for these tests:

- a short name the text gives a region in brackets right after naming it ('Kabupaten Kotawaringin Barat (Kobar)')
  is that region wherever it is written again: 'Kepala Bapenda Kobar Sutrisno' is Sutrisno of the regency's revenue
  agency (not a man called 'Kobar Sutrisno'), 'Bupati Kobar Hendra Wijaya' the regent (mentions.regions_named_in,
  place_short_name); only a word that abbreviates the name ('(Jateng)' after a regency is its province);
- a region's kind word and the local qualifier in place of its name ('Badan Pendapatan Daerah (Bapenda) kabupaten
  setempat') is the region of that kind the text is about (mentions.regional_mention, local_kind_written);
- the one a speaker stands in for ('ucap Kepala Dinas X, A, mewakili Bupati Y, B') is no speaker: 'ujarnya' after
  it is A (lexicon companion_words);
- a title and a name written again whole ('Kepala Bapenda Kobar Sutrisno') is the person introduced so
  (Person.short_forms).
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
    "PANGKALAN BUN - Pemerintah Kabupaten Kotawaringin Barat (Kobar) melalui Badan Pendapatan Daerah (Bapenda) "
    "kabupaten setempat mencatat realisasi pajak daerah hingga September 2024 sebesar Rp 48,2 miliar.\n"
    "\u201cCapaian itu setara 81,5 persen dari target tahun ini,\u201d ucap Kepala Bapenda Kobar Sutrisno mewakili "
    "Bupati Kobar Hendra Wijaya, Senin (7/10).\n"
    "Lalu, retribusi daerah terealisasi Rp 6,7 miliar. \u201cKami optimistis target tercapai pada Desember,\u201d "
    "ujarnya.")


def test_a_short_name_defined_for_a_regency_is_that_regency_not_a_first_name():
    got = facts(SHORT_NAMED)
    names = {p.name: p for p in got.people}
    assert "Sutrisno" in names and "Kobar Sutrisno" not in names
    assert names["Sutrisno"].organization == "Badan Pendapatan Daerah Kabupaten Kotawaringin Barat"
    assert "Hendra Wijaya" in names and "Kobar Hendra Wijaya" not in names
    assert names["Hendra Wijaya"].organization == "Pemerintah Kabupaten Kotawaringin Barat"


def test_a_body_of_the_regency_called_local_is_the_regency_the_text_is_about():
    got = facts(SHORT_NAMED)
    organizations = {o.name for o in got.organizations}
    assert "Badan Pendapatan Daerah Kabupaten Kotawaringin Barat" in organizations
    assert not any("setempat" in name for name in organizations)
    first = next(f for f in got.figures if str(f.value) == "48200000000")
    assert first.agency == "Badan Pendapatan Daerah Kabupaten Kotawaringin Barat"


def test_the_one_a_speaker_stands_in_for_is_not_the_one_a_pronoun_means():
    got = facts(SHORT_NAMED)
    speakers = [q.speaker.name if q.speaker else None for q in got.quotes]
    assert speakers == ["Sutrisno", "Sutrisno"]


@pytest.mark.parametrize("bracket", ["(Jateng)", "(Pemkab)", "(BPS)", "(KB)"])
def test_a_bracket_that_does_not_abbreviate_the_regency_defines_no_short_name(bracket):
    """(counter-cases: a province, a body's short name, an all-capital short form: the word after a title is read
    as before)"""
    from kg.extract.mentions import regions_named_in
    body = f"Kabupaten Kotawaringin Barat {bracket} mencatat ekspor Rp 3 miliar. Kepala Dinas Hendra menjelaskan."
    assert bracket.strip("()") not in regions_named_in(LEXICON, body)


def test_a_short_name_the_gazetteer_lacks_the_region_of_is_still_that_region():
    """'Kabupaten Lembah Sari (Lemsa)': a regency the gazetteer lacks, then its short name."""
    from kg.extract.mentions import regions_named_in
    named = regions_named_in(LEXICON, "Pemerintah Kabupaten Lembah Sari (Lemsa) mencatat ekspor. Bupati Lemsa Rudi.")
    assert named["Lemsa"] == "Kabupaten Lembah Sari"
