"""A Balinese name opened by the particle 'I' ('I Wayan Sutama', 'I Gusti Ngurah Putra') keeps it: a lone capital I
before one of the given names the lexicon lists (name_opening_particles) opens the name instead of ending the title as a
roman numeral ('Kantor Wilayah ... I'). Sentences written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def people(body: str):
    facts = extract(parse_article("---\npublished: 2025-07-14\n---\nEkspor Bali\n\n" + body + "\n", lexicon=LEXICON), LEXICON)
    return {p.name: p.role for p in facts.people}


@pytest.mark.parametrize("name", ["I Wayan Sutama", "I Gusti Ngurah Putra", "I Made Artana"])
def test_a_balinese_name_keeps_its_particle(name):
    got = people(f"Kepala Dinas Perdagangan Provinsi Bali, {name}, menyebut ekspor kerajinan pada Juni 2025 mencapai "
                 "24,1 juta dolar AS.")
    assert got == {name: "Kepala Dinas Perdagangan Provinsi Bali"}


def test_a_roman_numeral_ending_a_title_stays_in_it():
    """(counter-case: 'I' before a name that is no Balinese given name is the title's numeral)"""
    got = people("Kepala Kantor Wilayah Direktorat Jenderal Bea dan Cukai Jawa Timur I Rudi Hartono mengatakan "
                 "penerimaan pada Juni 2025 mencapai Rp 4,2 triliun.")
    assert "Rudi Hartono" in got and "I Rudi Hartono" not in got
