"""A sentence that compares with a period said relatively ('dibandingkan periode yang sama tahun lalu', 'dibanding
tahun lalu') and then names that year itself before any value ('..., yakni pada tahun 2023 ...') names the period it
compares with, not a new frame: what the text says afterwards stays in the report's period (frame.py
`restates_compared`). Sentences written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
LEAD = ("---\npublished: 2024-12-20\n---\nEkspor Kabupaten Garut Turun\n\nGARUT - Nilai ekspor Kabupaten Garut selama "
        "Januari-November 2024 mencapai US$ 41,2 juta. ")
AFTER = ("\n\nEkspor itu berasal dari 37 perusahaan. Produk kulit olahan menyumbang US$ 18,4 juta atau 44,7 persen dari "
         "total ekspor.\n")


def periods(middle: str):
    figs = extract(parse_article(LEAD + middle + AFTER, lexicon=LEXICON), LEXICON).figures
    return {str(f.value): (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None for f in figs}


@pytest.mark.parametrize("middle", [
    '"Jika dibandingkan periode yang sama tahun lalu ada penurunan nilai ekspor yakni pada tahun 2023 mencapai '
    'US$ 45 juta," kata Kepala Bidang Perdagangan, Rina Marlina.',
    "Dibanding tahun lalu terjadi penurunan nilai ekspor, yaitu pada 2023 mencapai US$ 45 juta.",
])
def test_the_compared_year_named_later_does_not_become_the_frame(middle):
    got = periods(middle)
    report = ("2024-01-01", "2024-11-30")
    assert got["37"] == got["18400000"] == got["44.7"] == report


def test_a_year_named_after_a_comparison_with_another_year_is_left_alone():
    """(counter-case: the year named is not the one compared with, so it is what the sentence reports on)"""
    got = periods("Dibanding tahun lalu angkanya lebih rendah. Pada 2022 ekspor sempat mencapai US$ 45 juta.")
    assert got["45000000"] == ("2022-01-01", "2022-12-31")
