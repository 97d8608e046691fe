"""Who (issue 9, brief 23): the kinds of bodies a figure belongs to -- customs offices named with their
grade and seat as written, a regency's government by its short name, the local office a text calls
'setempat', a quota a governor's decree sets, ports, border agencies and companies reporting their own
figures. Every sentence here was written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
KPPBC = "Kantor Pengawasan dan Pelayanan Bea dan Cukai"


def facts_of(body: str, dateline: str = "JAKARTA - "):
    article = parse_article("Judul Berita Ekspor Untuk Pengujian\n\n" + dateline + body, lexicon=LEXICON)
    return extract(article, LEXICON)


def agencies(facts):
    return {(f.value, f.agency) for f in facts.figures}


@pytest.mark.parametrize("dateline, body, value, agency", [
    # the short name in brackets before the grade: the grade and the seat are the office's name as written
    ("SEMARANG - ", f"{KPPBC} (KPPBC) Tipe Madya Pabean Teluk Gading membukukan penerimaan Rp 2 triliun pada 2023.\n",
     2e12, f"{KPPBC} Tipe Madya Pabean Teluk Gading"),
    # the grade by its short form alone ('TMP'), then a seat with a place's head word
    ("CILACAP - ", "Kepala KPPBC TMP Tanjung Wangi, Budi Santoso, mengatakan penerimaan pada 2023 mencapai "
     "Rp 900 miliar.\n", 9e11, f"{KPPBC} Tipe Madya Pabean Tanjung Wangi"),
    # the office named in full once; its head later by the seat alone: that office, not the region's
    ("BENGKALIS - ", "Pemerintah Kabupaten Bengkalis menargetkan ekspor kelapa naik. Data "
     f"{KPPBC} Tipe Madya Pabean C Selatbaru menunjukkan ekspor kelapa naik.\n\n"
     "Kepala KPPBC Selatbaru, Andi T. Siregar, mengatakan ekspor kelapa pada Maret 2024 mencapai USD 40 juta.\n",
     4e7, f"{KPPBC} Tipe Madya Pabean C Selatbaru"),
    ("MEDAN - ", f"Kepala {KPPBC} Tipe Madya Pabean B Belawan, Sari Dewi, menyebut devisa ekspor 2023 USD 3 miliar.\n\n"
     "Menurut Kepala KPPBC Belawan, Sari Dewi, pengapalan pada Juni 2024 mencapai 1.200 kontainer.\n",
     1200, f"{KPPBC} Tipe Madya Pabean B Belawan"),
])
def test_a_customs_office_keeps_its_grade_and_seat_as_written(dateline, body, value, agency):
    facts = facts_of(body, dateline)
    assert (value, agency) in agencies(facts)
    offices = {o.name for o in facts.organizations if o.name.startswith(KPPBC)}
    assert offices == {agency}, offices  # no office made from the region the text is about


@pytest.mark.parametrize("dateline, body, value, agency", [
    # a region's kind after the bracketed short name: the office of that region, no seat
    ("SEMARANG - ", f"{KPPBC} (KPPBC) Kota Tegal membukukan penerimaan Rp 2 triliun pada 2023.\n", 2e12,
     f"{KPPBC} Tegal"),
    # one word after the office's kind that the text never writes after a grade is no seat (a name)
    ("CILACAP - ", "Kepala KPPBC Hartono mengatakan penerimaan pada 2023 mencapai Rp 900 miliar.\n", 9e11, None),
    ("BENGKALIS - ", f"Data {KPPBC} Tipe Madya Pabean C Selatbaru menunjukkan ekspor kelapa naik.\n\n"
     "Kepala KPPBC Hartono mengatakan ekspor kelapa pada Maret 2024 mencapai USD 40 juta.\n", 4e7, None),
    # a grade word written out needs its grade after it: 'Tipe' alone is no grade
    ("CILACAP - ", "Kepala KPPBC Tipe Tanjung Wangi, Budi Santoso, mengatakan penerimaan pada 2023 mencapai "
     "Rp 900 miliar.\n", 9e11, None),
])
def test_no_seat_is_read_where_the_text_writes_none(dateline, body, value, agency):
    found = {a for v, a in agencies(facts_of(body, dateline)) if v == value}
    assert found
    if agency:
        assert found == {agency}
    assert not any(a and ("Hartono" in a or "Tipe Madya Pabean Tanjung" in a) for a in found), found
