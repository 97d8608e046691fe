"""Who and where: organisations (canonical names), regional agencies with their region,
places, and people with their roles, found in an article body with offsets.

Knowledge comes from the lexicon; the patterns here are about how Indonesian news writes
names and titles, never about a particular article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.lexicon import Lexicon, Organization, PhraseIndex, Place, fold, lexicon, words_pattern

NAME_TOKEN = r"(?:[A-Z][a-z'’`-]+|[A-Z]\.|[A-Z]{2,}(?=\s+[A-Z][a-z]))"
REGION_KIND = {"provinsi": "Provinsi", "prov.": "Provinsi", "kabupaten": "Kabupaten", "kab.": "Kabupaten",
               "kota": "Kota"}


@dataclass
class OrgMention:
    start: int
    end: int
    name: str                      # canonical
    kind: str = "agency"
    wikidata: str | None = None
    region: str | None = None
    parent: str | None = None


@dataclass
class PlaceMention:
    start: int
    end: int
    place: Place


@dataclass
class Person:
    name: str
    role: str | None = None
    organization: str | None = None
    start: int = 0
    end: int = 0
    aliases: set = field(default_factory=set)

    def short_forms(self) -> set[str]:
        parts = self.name.split()
        forms = {fold(self.name)} | {fold(p) for p in parts if len(p) > 2}  # 'Wisnu' of 'Raden Wisnu Handoko'
        if len(parts) > 2:
            forms.add(fold(" ".join(parts[:2])))
            forms.add(fold(" ".join(parts[1:])))
        return forms | {fold(a) for a in self.aliases}


class Recogniser:
    """Patterns built once from the lexicon."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        aliases = [a for org in lex.organizations for a in [org.name, *org.aliases]]
        self.org_index = PhraseIndex(aliases, exact_case=lambda a: len(a) < 5 or a.isupper())
        self.regional_by_alias = {}
        for agency in lex.regional_agencies:
            for alias in [agency.name, *agency.aliases]:
                self.regional_by_alias[fold(alias)] = agency
        region_kinds = words_pattern(["Provinsi", "Prov.", "Kabupaten", "Kab.", "Kota"], suffix="")
        place_names = [a for p in lex.places if p.kind in ("province", "regency") for a in [p.name, *p.aliases]]
        self.region_after = re.compile(
            rf"\s*(?:\([^)]{{2,30}}\)\s*)?(?:(?P<kind>{region_kinds})\s+(?P<named>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}})"
            rf"|(?P<known>{words_pattern(place_names)}))", re.I)
        self.regional_index = PhraseIndex([a for o in lex.regional_agencies for a in [o.name, *o.aliases]])
        self.government = re.compile(
            rf"\b(?:(?P<long>Pemerintah\s+(?P<k1>Provinsi|Kabupaten|Kota))|(?P<short>Pemprov|Pemkab|Pemkot))"
            rf"(?:\s+(?P<where>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}}))?")
        self.company = re.compile(rf"\bPT\.?\s+(?P<n>(?:{NAME_TOKEN}|&|[A-Z]{{2,}}|\d+)(?:\s+(?:{NAME_TOKEN}|[A-Z]{{2,}}|Tbk\.?|\(Persero\)))*)")
        all_places = [a for p in lex.places for a in [p.name, *p.aliases]]
        self.place_index = PhraseIndex(all_places, exact_case=lambda a: True)
        explicit_regions = words_pattern(["Provinsi", "Kabupaten", "Kota"], suffix="")
        self.explicit_region = re.compile(rf"\b(?P<kind>{explicit_regions})\s+(?P<n>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}})")


@lru_cache(maxsize=1)
def recogniser() -> Recogniser:
    return Recogniser(lexicon())


def find_places(body: str) -> list[PlaceMention]:
    r = recogniser()
    found = []
    for start, end, phrase in r.place_index.find(body):
        place = r.lex.place(phrase)
        if place:
            found.append(PlaceMention(start, end, place))
    return found


def region_name(kind: str | None, name: str, lex: Lexicon) -> str:
    """'Kabupaten Kudus', 'Provinsi Sulawesi Tengah' (aliases such as Sulteng expanded)."""
    name = trim_region(name)
    place = lex.place(name)
    if place and place.kind in ("province", "regency"):
        name = place.name
        kind = kind or ("Provinsi" if place.kind == "province" else "Kabupaten")
    kind = REGION_KIND.get(fold(kind), kind) if kind else "Provinsi"
    return f"{kind} {name}"


def trim_region(name: str) -> str:
    """Keep the place name only: stop at a capitalised word that starts a new phrase."""
    lex = lexicon()
    words = name.split()
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        if lex.place(candidate):
            return candidate
    return words[0] if words else name


def context_region(body: str, before: int, places: list[PlaceMention], default: str | None) -> str | None:
    """The region an unqualified regional agency belongs to: the last region named before it."""
    r = recogniser()
    best, best_pos, qualifier_end = None, -1, -1
    for match in r.explicit_region.finditer(body, 0, before):
        best, best_pos, qualifier_end = region_name(match.group("kind"), match.group("n"), r.lex), match.start(), match.end()
    for mention in places:
        qualifies_previous = 0 <= mention.start - qualifier_end <= 3  # 'Kabupaten Kudus, Jawa Tengah'
        if best_pos < mention.start < before and mention.place.kind in ("province", "regency") and not qualifies_previous:
            best, best_pos = region_name(None, mention.place.name, r.lex), mention.start
    if best is None and default:
        place = r.lex.place(default)
        if place and place.kind in ("province", "regency"):
            best = region_name(None, place.name, r.lex)
    return best


def find_organizations(body: str, places: list[PlaceMention], dateline_place: str | None) -> list[OrgMention]:
    r = recogniser()
    found: list[OrgMention] = []
    for start, end, phrase in r.org_index.find(body):
        org = r.lex.organization(phrase)
        if org and org.kind != "media" and not body[start].islower():  # 'pemerintah daerah' is not a name
            found.append(regional_office(body, start, end, org) or
                         OrgMention(start, end, org.name, org.kind, org.wikidata, parent=org.parent))
    for start, end, phrase in r.regional_index.find(body):
        found.append(regional_mention(body, start, end, phrase, places, dateline_place))
    for match in r.government.finditer(body):
        found.append(government_mention(body, match, places, dateline_place))
    for match in r.company.finditer(body):
        name, end = company_name(body, match)
        found.append(OrgMention(match.start(), end, name, "company"))
    for start, end, phrase in head_index().find(body):
        org = r.lex.org_by_head.get(fold(phrase))
        if org and not body[start].islower():
            found.append(OrgMention(start, end, org.name, org.kind, org.wikidata, parent=org.parent))
    for match in named_body_regex().finditer(body):
        found.append(OrgMention(match.start(), match.end("name"), re.sub(r"\s+", " ", match.group("name")), "association"))
    found = remove_overlaps(found)
    found += company_references(body, [m for m in found if m.kind == "company"], found)
    return merge_regional_variants(remove_overlaps(found))


@lru_cache(maxsize=1)
def named_body_regex() -> re.Pattern:
    """'Asosiasi Importir Bahan Baku Indonesia (AIBBI)': a body's name ends where its
    abbreviation is given, at a sentence end, or before a reporting verb."""
    lex = lexicon()
    heads = words_pattern(lex.list("organisation_head_words"), suffix="")
    reports = words_pattern(lex.list("agency_report_verbs") + lex.list("target_words"))
    return re.compile(
        rf"\b(?P<name>{heads}(?:\s+(?:[A-Z][\w'’&-]*|I{{1,3}}|dan|bagi|untuk|,(?=\s+(?:[A-Z]|dan\s)))){{1,12}})"
        rf"(?:\s*\((?P<abbr>[A-Z][A-Za-z]{{1,9}})\)|(?=\s*[.;]\s|\s*[.;]?$)|(?=\s+{reports}))", re.M)


@lru_cache(maxsize=1)
def head_index() -> PhraseIndex:
    """Titles that name one body ('Menteri Perdagangan' -> Kementerian Perdagangan)."""
    lex = lexicon()
    return PhraseIndex([t for o in lex.organizations for t in [o.head or "", *o.head_aliases]
                        if t and fold(t) in lex.org_by_head])


def company_references(body: str, companies: list[OrgMention], found: list[OrgMention]) -> list[OrgMention]:
    """Later references to a company: its ticker or short name in brackets ('PT Maju
    Sawit Tbk (MASA)' ... 'MASA'), and 'perseroan' / 'perusahaan tersebut' for the last
    company named."""
    refs = []
    for company in companies:
        short = re.match(r"\s*\((?P<a>[A-Z][A-Za-z0-9]{1,9})\)", body[company.end:company.end + 14])
        if short:
            for match in re.finditer(r"\b" + re.escape(short.group("a")) + r"\b", body):
                if match.start() > company.end:
                    refs.append(OrgMention(match.start(), match.end(), company.name, "company"))
    for match in re.finditer(r"\b(?:[Pp]erseroan|[Pp]erusahaan\s+(?:tersebut|itu|ini))\b", body):
        before = [c for c in companies if c.end <= match.start()]
        if before:
            refs.append(OrgMention(match.start(), match.end(), before[-1].name, "company"))
    return refs


def regional_mention(body, start, end, phrase, places, dateline_place) -> OrgMention:
    r = recogniser()
    agency = r.regional_by_alias[fold(phrase)]
    after = r.region_after.match(body, end)
    if after and after.group("named"):
        place = trim_region(after.group("named"))
        region, end = region_name(after.group("kind"), place, r.lex), after.start("named") + len(place)
    elif after and after.group("known"):
        region, end = region_name(None, after.group("known"), r.lex), after.end()
    else:
        region = context_region(body, start, places, dateline_place)
    return OrgMention(start, end, qualified_name(agency.name, region), "regional_agency", region=region,
                      parent=agency.parent)


def regional_office(body: str, start: int, end: int, org: Organization) -> OrgMention | None:
    """'Badan Pusat Statistik (BPS) Provinsi Jambi', 'BPS Jateng': a national body's regional
    office, a body of its own with the national one as parent."""
    r = recogniser()
    if org.name not in r.lex.regional_offices:
        return None
    after = r.region_after.match(body, end)
    if not after:
        return None
    if after.group("named"):
        place = trim_region(after.group("named"))
        if not r.lex.place(place):
            return None
        region, stop = region_name(after.group("kind"), place, r.lex), after.start("named") + len(place)
    else:
        region, stop = region_name(None, after.group("known"), r.lex), after.end()
    return OrgMention(start, stop, f"{org.name} {region}", "regional_agency", region=region, parent=org.name)


def qualified_name(base: str, region: str | None) -> str:
    """'Dinas X' + 'Provinsi Jambi' -> 'Dinas X Provinsi Jambi'; 'Pemerintah Provinsi' +
    'Provinsi Jambi' -> 'Pemerintah Provinsi Jambi' (the kind is not repeated)."""
    if not region:
        return base
    kind, _, place = region.partition(" ")
    if base.split()[-1].casefold() in REGION_KIND and place:
        return f"{' '.join(base.split()[:-1])} {kind} {place}" if base.split()[-1].casefold() == kind.casefold() else f"{base} {place}"
    return f"{base} {region}"


def government_mention(body, match, places, dateline_place) -> OrgMention:
    r = recogniser()
    kind = match.group("k1") or {"pemprov": "Provinsi", "pemkab": "Kabupaten", "pemkot": "Kota"}[fold(match.group("short"))]
    end = match.end()
    if match.group("where"):
        place = trim_region(match.group("where"))
        region = region_name(kind, place, r.lex)
        end = match.start("where") + len(place)
    else:
        region = context_region(body, match.start(), places, dateline_place)
        end = match.end("long") if match.group("long") else match.end("short")
        if region and not region.startswith(kind):
            region = f"{kind} {region.split(' ', 1)[1]}"
    return OrgMention(match.start(), end, f"Pemerintah {region}" if region else f"Pemerintah {kind}", "government", region=region)


def company_name(body: str, match) -> tuple[str, int]:
    """'PT Sulawesi Nikel Perkasa Kevin Tanujaya menyebut' names a company and then a person:
    when a speech verb follows, the company ends at its last typical company word, or else
    leaves the last two words to the person."""
    tokens = list(re.finditer(r"\S+", match.group("n")))
    followed_by_speech = speech_verbs_regex().match(body, match.end()) is not None
    keep = len(tokens)
    if followed_by_speech and len(tokens) >= 3:
        corporate = {fold(w) for w in lexicon().list("company_name_words")}
        marks = [i for i, t in enumerate(tokens) if fold(t.group().strip(".,")) in corporate]
        keep = marks[-1] + 1 if marks and marks[-1] < len(tokens) - 1 else len(tokens) - 2
    last = tokens[keep - 1]
    end = match.start("n") + last.end()
    return re.sub(r"\s+", " ", "PT " + body[match.start("n"):end]).rstrip(".,"), end


def remove_overlaps(found: list[OrgMention]) -> list[OrgMention]:
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[OrgMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def merge_regional_variants(found: list[OrgMention]) -> list[OrgMention]:
    """One region has one such office: 'Disperindag' and 'Disperindagkop' of the same regency
    in one article are the same body, named by the fuller name."""
    regional = [m for m in found if m.kind == "regional_agency" and m.region]
    for mention in regional:
        words = set(fold(mention.name).replace(",", " ").split())
        for other in regional:
            other_words = set(fold(other.name).replace(",", " ").split())
            if other.region == mention.region and words < other_words:
                mention.name = other.name
    return found


VERBISH = re.compile(r"^(?:me[a-z]+|ber[a-z]+|telah|akan|sudah|sedang|yang|bahwa|untuk|adalah|ini|itu|tersebut|bisa|dapat)$")


@lru_cache(maxsize=1)
def known_capitalised_words() -> frozenset:
    """Capitalised words that are not parts of people's names: org, place and title words."""
    lex = lexicon()
    words = {fold(w) for w in lex.list("not_name_words")}
    names = [a for o in lex.organizations for a in [o.name, *o.aliases, o.head or "", *o.head_aliases]]
    names += [a for o in lex.regional_agencies for a in [o.name, *o.aliases]]
    # multi-word place names are masked as whole mentions; their parts ('Sri' of Sri Lanka) may be names
    names += [a for p in lex.places for a in [p.name, *p.aliases] if " " not in a]
    names += [a for p in lex.positions for a in [p.get("title", ""), *(p.get("aliases") or [])]]
    names += [str(k) for k in lex.mapping("months")] + [str(k) for k in lex.mapping("days")]
    names += [a for d in lex.words.get("decree_types", []) for a in [d["name"], *(d.get("aliases") or [])]]
    names += lex.list("body_words") + [str(k) for k in lex.mapping("team_roles")]
    for name in names:
        words.update(fold(w) for w in re.findall(r"[\w'’-]+", str(name)))
    return frozenset(words)


@lru_cache(maxsize=1)
def title_index() -> PhraseIndex:
    lex = lexicon()
    titles = [t for p in lex.positions for t in [p.get("title", ""), *(p.get("aliases") or [])]]
    titles += [t for o in lex.organizations for t in [o.head or "", *o.head_aliases]]
    titles += [t for o in lex.regional_agencies for t in [o.head or ""]]
    return PhraseIndex([t for t in titles if t])


@lru_cache(maxsize=1)
def title_expansions() -> dict[str, str]:
    lex = lexicon()
    expansions = {}
    for position in lex.positions:
        for alias in position.get("aliases") or []:
            expansions[fold(alias)] = position["title"]
    for org in lex.organizations:
        for alias in org.head_aliases:
            if org.head:
                expansions[fold(alias)] = org.head
    return expansions


@lru_cache(maxsize=1)
def speech_verbs_regex() -> re.Pattern:
    lex = lexicon()
    return re.compile(r"\s*,?\s*(?:di\s+[A-Z][\w ]{1,30}?,\s*(?:\w+\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*,?\s*)?)?"
                      r"(?:\w+\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*,?\s*)?"
                      r"(?:" + words_pattern(lex.list("attribution_verbs_before")) + ")", re.I)


@lru_cache(maxsize=1)
def honorific_regex() -> re.Pattern:
    """Honorifics and forms of address before a name ('Dr. H.', 'Bapak'), from the titles file."""
    lex = lexicon()
    forms = {h.rstrip(".") for h in lex.honorifics + lex.address_forms if h.rstrip(".")}
    return re.compile(r"\b" + words_pattern(forms, suffix="") + r"(?:\.\s*|\s+)")


@lru_cache(maxsize=1)
def name_run_regex() -> re.Pattern:
    return re.compile(rf"(?:{honorific_regex().pattern})*(?P<name>{NAME_TOKEN}(?:\s+(?:bin|binti|van|de|al-)?\s*{NAME_TOKEN}){{0,12}})")


def name_runs(body: str, start: int, end: int, taken: list[tuple[int, int]] = ()):
    """Runs of capitalised tokens that are not org, place or title words (nor inside an
    organisation's name): candidate names."""
    known = known_capitalised_words()
    for match in name_run_regex().finditer(body, start, end):
        tokens = list(re.finditer(r"\S+", match.group("name")))
        run = []
        for token in tokens:
            word = token.group().rstrip(".,")
            position = match.start("name") + token.start()
            if fold(word) in known or word.isupper() and len(word) > 1 or any(a <= position < b for a, b in taken):
                if run:
                    yield run
                run = []
                continue
            run.append((match.start("name") + token.start(), match.start("name") + token.start() + len(word), word))
        if run:
            yield run


def find_people(body: str, sentences, orgs: list[OrgMention], places: list[PlaceMention] = ()) -> list[Person]:
    """People introduced with a title or as the subject of a speech verb."""
    people: list[Person] = []
    speech = speech_verbs_regex()
    taken = [(o.start, o.end) for o in orgs] + [(p.start, p.end) for p in places if " " in p.place.name]
    titles = title_index().find(body)
    for sentence in sentences:
        for run in name_runs(body, sentence.start, sentence.end, taken):
            start, end = run[0][0], run[-1][1]
            name = " ".join(w for _, _, w in run)
            if resolve_reference(name, people, start):
                continue
            role_span = role_before(body, sentence.start, start, titles)
            spoke = speech.match(body, end) is not None
            if not (role_span and (len(run) >= 2 or spoke)) and not (spoke and len(run) >= 2):
                continue
            person = Person(name=name, start=start, end=end)
            if role_span:
                person.role = expand_title(clean_role(body[role_span[0]:role_span[1]]))
                person.organization = organization_of_role(person.role, role_span, orgs)
                person.aliases.add(body[role_span[0]:role_span[1]].split(",")[0].strip())
            people.append(person)
    return people


def role_before(body: str, floor: int, name_start: int, titles) -> tuple[int, int] | None:
    """Span of the title phrase that ends right before a name ('Menteri Perindustrian ', 'Kabid X, ')."""
    window_start = max(floor, name_start - 140)
    best = None
    for title_start, title_end, _ in titles:
        if not window_start <= title_start < name_start or title_end > name_start:
            continue
        between = honorific_regex().sub("", body[title_end:name_start])
        if re.search(r"[.;:!?\"“”]", between) or any(VERBISH.match(w) for w in re.findall(r"\b[a-z]+\b", between)):
            continue
        if re.search(r"\b(?:di|ke|dari|pada|untuk)\s*$", between):
            continue  # 'Atase Perdagangan di Kuala Lumpur': a place, not a name
        if re.search(r"(?i)\b(?:keputusan|peraturan|instruksi|surat|kantor|istana)\s*$", body[max(0, title_start - 12):title_start]):
            continue
        if len(between.split()) > 12:
            continue
        best = (plt_prefix(body, title_start), name_start)
        break
    return best


def plt_prefix(body: str, start: int) -> int:
    """Include an acting-officer prefix ('Plt. Kepala Dinas') in the role."""
    found = re.search(r"\b(?:Plt|Plh|Pj)\.?\s*$", body[max(0, start - 6):start])
    return start - (len(body[max(0, start - 6):start]) - found.start()) if found else start


def clean_role(role: str) -> str:
    return re.sub(r"[\s,]+$", "", re.sub(r"\s+", " ", role)).strip()


def expand_title(role: str) -> str:
    expansions = title_expansions()
    head = role.split(" ", 1)
    first = fold(head[0])
    if first in expansions:
        return expansions[first] + (" " + head[1] if len(head) > 1 else "")
    return role


def organization_of_role(role: str, span: tuple[int, int], orgs: list[OrgMention]) -> str | None:
    inside = [o for o in orgs if span[0] <= o.start < span[1] and o.kind != "company"]
    top = [o for o in inside if not o.parent]
    if top or inside:
        return (top or inside)[-1].name
    lex = lexicon()
    for length in range(len(role.split()), 0, -1):
        org = lex.org_by_head.get(fold(" ".join(role.split()[:length])))
        if org:
            return org.name
    return None


def resolve_reference(text: str, people: list[Person], position: int) -> Person | None:
    """'Budi', 'Mendag Budi', 'Mendag', 'Sri Wahyuni' -> the person meant, the latest
    one mentioned before `position` that fits."""
    text = honorific_regex().sub("", text).strip(" ,.")
    if not text:
        return None
    words = [fold(w) for w in text.split()]
    candidates = [p for p in people if p.start <= position] or list(people)
    for person in reversed(candidates):
        forms = person.short_forms()
        if fold(text) in forms or any(w in forms for w in words if w not in known_capitalised_words()):
            return person
    role_text = fold(expand_title(text))
    for person in reversed(candidates):
        if person.role and (role_text == fold(person.role) or fold(person.role).startswith(role_text)):
            return person
    lex = lexicon()
    org = lex.org_by_head.get(fold(text)) or lex.org_by_head.get(fold(text.split()[0]))
    if org:
        for person in reversed(candidates):
            if person.role and holds_head_post(person, org):
                return person
    return None


def holds_head_post(person: Person, org: Organization) -> bool:
    """'Mendag' / 'Dirjen Daglu' refer to whoever was introduced as that body's head."""
    role = fold(person.role or "")
    head = fold(org.head or "")
    if head and head in role:
        return True
    same_body = person.organization in (org.name, org.parent)
    return same_body and bool(head) and role.split()[:1] == head.split()[:1]
