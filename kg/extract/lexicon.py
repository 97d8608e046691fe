"""Domain knowledge the extractor reads: agencies, titles, places, verbs, months, scale words.

Everything here comes from the YAML files in kg/languages/id. Users extend them without touching
code by pointing KG_LEXICON_DIR at a folder of YAML files with the same names and shapes;
their lists are appended to ours and their mappings override ours.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from kg.resources import data_file

FILES = ("organizations", "publishers", "regional_agencies", "places", "titles", "lexicon")


def _merge(base, extra):
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    return extra


def _load(name: str) -> object:
    data = _read_yaml(data_file(f"{name}.yaml"))
    user_dir = os.environ.get("KG_LEXICON_DIR")
    if user_dir and (Path(user_dir) / f"{name}.yaml").is_file():
        data = _merge(data, _read_yaml(Path(user_dir) / f"{name}.yaml"))
    return data


def _read_yaml(path: Path) -> object:
    """A lexicon file; a broken one (often a user's extension) is one clear error."""
    from kg.errors import KGError
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise KGError(f"lexicon file {path}: cannot read it ({exc.__class__.__name__})") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where else ""
        raise KGError(f"lexicon file {path}: not valid YAML{line}") from None


def fold(text: str) -> str:
    """Case- and space-insensitive key for looking names up."""
    return " ".join(text.split()).casefold()


def words_pattern(words, *, suffix: str = r"\b") -> str:
    """Alternation of literal phrases, longest first so that the longest phrase wins."""
    alts = sorted({w for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts) + ")" + suffix


@dataclass
class Organization:
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "agency"
    head: str | None = None
    head_aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    parent: str | None = None


@dataclass
class Place:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    iso: str | None = None
    province: str | None = None


class Lexicon:
    """Read-only view over the data files with the lookups the extractor needs."""

    def __init__(self):
        raw = {name: _load(name) for name in FILES}
        self.raw = raw
        self.organizations = [self._org(o) for o in raw["organizations"]]
        self.org_by_alias: dict[str, Organization] = {}
        for org in self.organizations:
            for alias in [org.name, *org.aliases]:
                self.org_by_alias.setdefault(fold(alias), org)
        heads: dict[str, list[Organization]] = {}
        for org in self.organizations:
            for title in {fold(t) for t in filter(None, [org.head, *org.head_aliases])}:
                heads.setdefault(title, []).append(org)
        # a generic title ('Direktur Utama', 'Dirut') heads many bodies and names none of them
        self.org_by_head = {title: orgs[0] for title, orgs in heads.items() if len(orgs) == 1}
        self.publishers = raw["publishers"]
        ra = raw["regional_agencies"]
        units = ra.get("agencies", []) + ra.get("regional_office_units", [])
        self.regional_agencies = [self._org(o) for o in units]
        self.regional_offices = list(ra.get("regional_offices_of_national_bodies", []))
        self.places = self._places(raw["places"])
        self.place_by_alias: dict[str, Place] = {}
        for place in self.places:
            for alias in [place.name, *place.aliases]:
                self.place_by_alias.setdefault(fold(alias), place)
        titles = raw["titles"]
        self.positions = titles.get("positions", [])
        self.honorifics = titles.get("honorifics", [])
        self.address_forms = titles.get("address_forms", [])
        self.words = raw["lexicon"]

    @staticmethod
    def _org(entry: dict) -> Organization:
        known = {k: entry.get(k) for k in Organization.__dataclass_fields__ if k in entry}
        known["aliases"] = [str(a) for a in (known.get("aliases") or [])]
        known["head_aliases"] = [str(a) for a in (known.get("head_aliases") or [])]
        return Organization(**known)

    @staticmethod
    def _places(raw: dict) -> list[Place]:
        places = []
        for key, kind in (("provinces", "province"), ("countries", "country"),
                          ("regions", "region"), ("regencies", "regency")):
            for entry in raw.get(key, []) or []:
                places.append(Place(name=entry["name"], kind=entry.get("kind", kind) if key == "regions" else kind,
                                    aliases=[str(a) for a in entry.get("aliases", []) or []],
                                    wikidata=entry.get("wikidata"), iso=entry.get("iso"),
                                    province=entry.get("province")))
        return places

    def list(self, key: str) -> list[str]:
        return [str(w) for w in self.words.get(key, []) or []]

    def mapping(self, key: str) -> dict:
        return dict(self.words.get(key, {}) or {})

    def organization(self, alias: str) -> Organization | None:
        return self.org_by_alias.get(fold(alias))

    def place(self, alias: str) -> Place | None:
        return self.place_by_alias.get(fold(alias))

    def organization_named(self, name: str) -> Organization | None:
        return self.org_by_alias.get(fold(name))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The process-wide lexicon (the files are read once)."""
    return Lexicon()


TOKEN = re.compile(r"[^\W_](?:[\w'’&/-]*[\w'’&])?")


class PhraseIndex:
    """Finds known multi-word phrases in text by looking word n-grams up in a dict: one pass
    over the words instead of a regular expression with hundreds of alternatives."""

    def __init__(self, phrases, exact_case=lambda phrase: False):
        self.exact: dict[str, dict[str, str]] = {}
        self.folded: dict[str, str] = {}
        self.prefixes: set[str] = set()
        for phrase in phrases:
            words = [m.group() for m in TOKEN.finditer(phrase)]
            if not words:
                continue
            for n in range(1, len(words) + 1):
                self.prefixes.add(" ".join(words[:n]).casefold())
            if exact_case(phrase):
                self.exact.setdefault(" ".join(words).casefold(), {}).setdefault(" ".join(words), phrase)
            else:
                self.folded.setdefault(" ".join(words).casefold(), phrase)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, phrase) for the longest known phrase at each word, left to right; a
        phrase never spans punctuation or a paragraph break."""
        words, lowered, breaks = words_of(text)
        found, index = [], 0
        while index < len(words):
            best, folded = None, ""
            for j in range(index, len(words)):
                folded = lowered[j] if j == index else f"{folded} {lowered[j]}"
                if folded not in self.prefixes:
                    break
                phrase = self.folded.get(folded)
                if phrase is None and folded in self.exact:  # case-sensitive aliases: BI, PP, ANTARA
                    phrase = self.exact[folded].get(" ".join(w.group() for w in words[index:j + 1]))
                if phrase:
                    best = (j, phrase)
                if j < len(breaks) and breaks[j]:
                    break
            if best:
                found.append((words[index].start(), words[best[0]].end(), best[1]))
                index = best[0] + 1
            else:
                index += 1
        return found


PHRASE_BREAK = re.compile(r"[.,;:!?\"“”]|\n\s*\n")


@lru_cache(maxsize=8)
def words_of(text: str):
    """The words of a text and, between each two, whether a phrase may not continue
    (computed once per article, shared by every phrase index)."""
    words = list(TOKEN.finditer(text))
    breaks = [text[a.end():b.start()] != " " and bool(PHRASE_BREAK.search(text, a.end(), b.start()))
              for a, b in zip(words, words[1:])]
    return words, [w.group().casefold() for w in words], breaks
