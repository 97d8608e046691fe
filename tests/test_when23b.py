"""Cumulative spans, comparison bases and levels at a month's end (kg/extract/frame.py, periods.py), on
sentences written for these tests."""
from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
HEAD = "Judul Berita Ekspor Untuk Pengujian\n\nKoran Uji, MEDAN — "


def periods(body: str, published: str = "2025-03-04"):
    art = parse_article(f"---\npublished: {published}\n---\n{HEAD}{body}\n", lexicon=LEXICON)
    return {str(f.value): (f.period.start.isoformat() if f.period else None, f.period.end.isoformat() if f.period else None)
            for f in extract(art, LEXICON).figures}


# --- 'hingga akhir <bulan> lalu': January to that month -------------------------------------------

def test_until_a_month_said_with_lalu_runs_from_january():
    got = periods("Dinas Koperasi mencatat hingga akhir Februari lalu sudah 180 sertifikat halal terbit.")
    assert got["180"] == ("2025-01-01", "2025-02-28")
    got = periods("Penyaluran kredit usaha rakyat sampai Januari lalu mencapai Rp 40 miliar.")
    assert got["40000000000"] == ("2025-01-01", "2025-01-31")
    got = periods("Ekspor udang sampai dengan Oktober lalu tercatat 5.200 ton.", published="2024-11-20")
    assert got["5200"] == ("2024-01-01", "2024-10-31")


def test_a_month_said_with_lalu_alone_stays_that_month():
    assert periods("Pada Februari lalu ekspor kopi mencapai US$ 12 juta.")["12000000"] == ("2025-02-01", "2025-02-28")
    assert periods("Penjualan Desember lalu tercatat 900 ton.")["900"] == ("2024-12-01", "2024-12-31")
    assert periods("Harga naik dari akhir Januari lalu, dan ekspor Februari lalu mencapai 700 ton.")["700"] \
        == ("2025-02-01", "2025-02-28")
