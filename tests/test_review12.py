"""Mends of the review of the when19/what19 merges (branch mend12), on sentences written for
these tests: each test failed before its mend."""
from decimal import Decimal

from kg.extract import extract
from kg.extract.amounts import find_amounts as find_with
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()

HEAD = "Judul Berita Ekspor Untuk Pengujian\n\nBisnis.com, JAKARTA — "


def find_amounts(text):
    return find_with(LEXICON, text)


def figures(body: str, published="2024-03-12"):
    text = f"---\npublished: {published}\n---\n{HEAD}{body}\n"
    return extract(parse_article(text, lexicon=LEXICON), LEXICON).figures


def summary(figs):
    return [(f.kind, f.value, f.unit, f.period.start.isoformat() if f.period else None,
             f.period.end.isoformat() if f.period else None) for f in figs]


# --- 10: a long run of bare numbers is a table, not a list of counts -------------------------

def test_a_run_of_bare_numbers_past_the_cap_takes_no_counted_noun():
    amounts = find_amounts("Peserta pelatihan 45 orang, " + ", ".join(str(200 + i) for i in range(3000)) + ".")
    counted = [a for a in amounts if a.unit == "orang"]
    assert 1 < len(counted) <= 13
    assert all(a.unit is None for a in amounts[13:])
