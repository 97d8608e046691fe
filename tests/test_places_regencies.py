"""Every regency and city of the official Kemendagri list is a place (tools/kemendagri_regencies.py
added those places.yaml lacked); names that are also common words or given names (`bare: false`)
are places only after a kind word. Every sentence here was written for these tests."""
import yaml

from article_facts import facts_of_article, LEXICON
from kg.extract.mentions import find_organizations, find_places, region_name


def facts_of(body: str, dateline: str = "SEMARANG - "):
    return facts_of_article(body, dateline, headline="Judul Berita Produksi Untuk Pengujian")


def orgs_in(body: str) -> dict[str, str]:
    places = find_places(LEXICON, body)
    return {body[m.start:m.end]: m.name for m in find_organizations(LEXICON, body, places, None)}


def test_every_official_regency_or_city_is_in_the_lexicon():
    from kg.build.regions import official_regions, squeeze
    from tools.kemendagri_regencies import PLACES, missing_entries
    assert missing_entries(yaml.safe_load(PLACES.read_text(encoding="utf-8")), official_regions()) == []
    names = {squeeze(a) for p in LEXICON.places + LEXICON.qualified_places if p.kind == "regency"
             for a in [p.name, *p.aliases]}
    assert {"pacitan", "wakatobi", "sintang"} <= names


def test_a_regional_office_named_by_a_bare_regency_gets_its_region():
    body = "Kepala Dinas Perikanan Trenggalek, Joko Susanto, mengatakan produksi ikan tangkap tahun 2023 mencapai 9.500 ton.\n"
    assert orgs_in(body) == {"Dinas Perikanan Trenggalek": "Dinas Perikanan Kabupaten Trenggalek"}
    (figure,) = facts_of(body).figures
    assert figure.agency == "Dinas Perikanan Kabupaten Trenggalek"
    assert orgs_in("Diskan Wakatobi mencatat hasil panen rumput laut naik.\n") == {
        "Diskan Wakatobi": "Dinas Perikanan Kabupaten Wakatobi"}


def test_a_title_ending_with_a_bare_regency_and_no_name_gives_no_person():
    body = "Produksi jagung tahun 2023 mencapai 41.000 ton, kata Kepala Bidang Tanaman Pangan Dinas Pertanian Sintang.\n"
    assert [p.name for p in facts_of(body).people] == []


def test_an_ambiguous_regency_is_a_place_only_after_its_kind_word():
    # 'Puncak' and 'Landak' are regencies and common words: bare they are no place ...
    assert LEXICON.place("Puncak") is None and LEXICON.place("Landak") is None
    assert not [m for m in find_places(LEXICON, "Harga cabai mencapai Puncak pada Juli.") if m.place.name == "Puncak"]
    assert orgs_in("Dinas Pertanian Landak mencatat panen naik.\n") != {
        "Dinas Pertanian Landak": "Dinas Pertanian Kabupaten Landak"}
    # ... after Kabupaten/Kota they are, with their province
    place = LEXICON.place("Landak", qualified=True)
    assert place is not None and place.province == "Kalimantan Barat" and place.level == "kabupaten"
    assert region_name(LEXICON, "Kabupaten", "Landak") == "Kabupaten Landak"
    assert orgs_in("Dinas Pertanian Kabupaten Landak mencatat panen naik.\n") == {
        "Dinas Pertanian Kabupaten Landak": "Dinas Pertanian Kabupaten Landak"}


def test_a_regional_heads_title_qualifies_an_ambiguous_regency():
    body = ("Bupati Landak, Karolin Wijaya, mengatakan produksi karet tahun 2023 mencapai 18.000 ton.\n")
    assert orgs_in(body).get("Bupati Landak") == "Pemerintah Kabupaten Landak"
    # without the title the common word stays a word
    assert "Landak" not in " ".join(orgs_in("Harga landak dan Landak hias naik tahun ini.\n").values())


def test_a_regency_right_before_another_regency_is_part_of_a_towns_name():
    # 'Tanjungbalai' is also a city of Sumatera Utara; before 'Karimun' it is part of a town's name
    assert orgs_in("Menurut Dinas Perhubungan Tanjungbalai Karimun, arus barang naik.\n") == {
        "Dinas Perhubungan Tanjungbalai Karimun": "Dinas Perhubungan Tanjungbalai Kabupaten Karimun"}
    assert orgs_in("Menurut Dinas Perhubungan Tanjungbalai, arus barang naik.\n") == {
        "Dinas Perhubungan Tanjungbalai": "Dinas Perhubungan Kota Tanjungbalai"}
