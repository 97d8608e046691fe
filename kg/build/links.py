"""Links out and identity data (kg/languages/<language>/links.yaml): Wikidata items of the
bodies, places and officials the lexicons know, the QUDT unit of each unit the extractor
writes, and the known forms of officials' names. Data, not code: a user's lexicon folder
may hold a links.yaml of the same shape, merged over ours (their mappings override ours),
exactly as the other lexicon files are.

Read once per lexicon (`Lexicon.compiled`), so two lexicons with different folders keep
different links."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from kg.errors import KGError
from kg.extract.lexicon import read_merged
from kg.model import fold

FILE = "links.yaml"
MATCHES = ("exact", "close")


class LinksError(KGError):
    """A links.yaml entry that cannot be used (an unknown match kind, a QID that is not one)."""


@dataclass(frozen=True)
class Link:
    wikidata: str
    match: str = "exact"   # exact: owl:sameAs; close: skos:exactMatch and schema:sameAs


@dataclass
class Links:
    organizations: dict[str, Link] = field(default_factory=dict)
    places: dict[str, Link] = field(default_factory=dict)
    people: dict[str, Link] = field(default_factory=dict)
    regions: dict[str, Link] = field(default_factory=dict)         # Kemendagri code -> item
    person_by_form: dict[str, str] = field(default_factory=dict)   # folded form -> full name
    units: dict[str, str] = field(default_factory=dict)
    currency_namespace: str | None = None
    count_unit: str | None = None
    approximate_tolerance: Decimal = Decimal("0.05")

    def organization(self, name: str) -> Link | None:
        return self.organizations.get(fold(name))

    def place(self, name: str) -> Link | None:
        return self.places.get(fold(name))

    def region(self, code: str | None) -> Link | None:
        """The Wikidata item of the region with this Kemendagri code (kg.build.regions)."""
        return self.regions.get(code) if code else None

    def person(self, name: str) -> Link | None:
        return self.people.get(fold(name))

    def full_name(self, name: str) -> str | None:
        """The full name a known official's other form ('Agus', 'Pak Menteri X') stands for."""
        return self.person_by_form.get(fold(name))


def read_raw(language: str, extra_dirs) -> dict:
    return read_merged(language, FILE, extra_dirs) or {}


def link_of(where: str, name: str, entry) -> Link:
    """One entry: a bare QID, or a mapping with `wikidata` and optionally `match`."""
    entry = {"wikidata": entry} if isinstance(entry, str) else dict(entry or {})
    qid, match = str(entry.get("wikidata") or ""), entry.get("match", "exact")
    if not (qid.startswith("Q") and qid[1:].isdigit()):
        raise LinksError(f"{FILE}: {where} {name!r}: {qid!r} is not a Wikidata QID")
    if match not in MATCHES:
        raise LinksError(f"{FILE}: {where} {name!r}: match must be one of {', '.join(MATCHES)}")
    return Link(qid, match)


def build_links(raw: dict) -> Links:
    links = Links(units={str(k): str(v) for k, v in (raw.get("units") or {}).items()},
                  currency_namespace=raw.get("currency_namespace"), count_unit=raw.get("count_unit"))
    if raw.get("approximate_tolerance") is not None:
        links.approximate_tolerance = Decimal(str(raw["approximate_tolerance"]))
    for where, target in (("organizations", links.organizations), ("places", links.places)):
        for name, entry in (raw.get(where) or {}).items():
            target[fold(name)] = link_of(where, name, entry)
    for code, entry in (raw.get("regions") or {}).items():
        links.regions[str(code)] = link_of("regions", str(code), entry)
    for name, entry in (raw.get("people") or {}).items():
        entry = dict(entry or {})
        for form in [name, *(entry.get("aliases") or [])]:
            links.person_by_form.setdefault(fold(str(form)), name)
        if entry.get("wikidata"):
            links.people[fold(name)] = link_of("people", name, entry)
    return links


def links_of(lexicon) -> Links:
    """The links of a lexicon's language and user folders (no lexicon: none)."""
    if lexicon is None or not hasattr(lexicon, "compiled"):
        return Links()
    return lexicon.compiled(_load)


def _load(lexicon) -> Links:
    return build_links(read_raw(lexicon.language, lexicon.extra_dirs))
