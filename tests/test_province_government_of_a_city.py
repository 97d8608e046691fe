"""'pemerintah provinsi' written as common nouns where the last place named is a city or regency is the government of
the province that place lies in (places.yaml `province`), never a province named after the city ('Pemerintah Provinsi
Makassar') (mentions.py region_of_kind). Sentences written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


@pytest.mark.parametrize("place, province", [("Makassar", "Sulawesi Selatan"), ("Kupang", "Nusa Tenggara Timur")])
def test_a_province_government_after_a_city_is_its_provinces(place, province):
    text = ("---\npublished: 2025-07-14\n---\nEkspor Rumput Laut\n\n"
            f"Ekspor rumput laut dilepas di pelabuhan {place}, Senin (14/7/2025). Kepala Dinas Kelautan dan Perikanan, "
            "Andi Rahmat, mengatakan pemerintah provinsi menargetkan ekspor rumput laut mencapai 50.000 ton pada 2025.\n")
    names = {o.name for o in extract(parse_article(text, lexicon=LEXICON), LEXICON).organizations}
    assert f"Pemerintah Provinsi {province}" in names
    assert f"Pemerintah Provinsi {place}" not in names
