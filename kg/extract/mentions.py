"""Who and where: organisations (canonical names), regional agencies with their region,
places, and people with their roles, found in an article body with offsets.

Knowledge comes from the lexicon; the patterns here are about how Indonesian news writes
names and titles, never about a particular article.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from kg.extract.lexicon import Lexicon, PhraseIndex, fold, one_edit_apart, read_merged, word_shapes_pattern, words_of, words_pattern
from kg.extract.text import QUOTED_SENTENCE_STOP, SENTENCE_STOP, clause_start
from kg.model import Organization, OrgMention, Person, Place

__all__ = ["PlaceMention", "find_organizations", "find_people", "find_places", "resolve_reference"]

# (a name's letters may carry diacritics: 'José', 'Yós', 'Müller')
NAME_TOKEN = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’`-]+|[A-Z]\.|[A-Z]{2,}(?=\s+[A-Z][a-z]))"
# a person's initials written together ('J.B. Rahardjo'): one token, not 'J.' then 'B. Rahardjo'
# a single capital without its dot before a name word ('Andi R Pratama', 'N Prayatno'): an initial
PERSON_TOKEN = rf"(?:(?:[A-Z]\.){{2,3}}(?=\s)|{NAME_TOKEN}|[A-Z](?=\s{{1,3}}[A-Z][a-z]))"
# a degree glued after a name without its comma ('Marlianto S.Si memaparkan'): skipped by what reads
# the words after the name (see degree_after_name)
DEGREE = r"(?:[ ]{1,3}[A-Z]\.[A-Za-z][A-Za-z.]{0,8}(?!\w))?"
# initials before a name ('JB Rahardjo', 'J.B. Rahardjo', 'M. Rahardjo'): one or two capitals, no roman numeral
INITIALS = re.compile(r"(?![IVX]{2}\b)(?:[A-Z]\.?){1,2}")
REGION_KIND = {"provinsi": "Provinsi", "prov.": "Provinsi", "prov": "Provinsi", "kabupaten": "Kabupaten",
               "kab.": "Kabupaten", "kab": "Kabupaten", "kota": "Kota"}
REGION_LEVEL = {"Provinsi": "province", "Kabupaten": "kabupaten", "Kota": "kota"}


@dataclass
class PlaceMention:
    start: int
    end: int
    place: Place


class Recogniser:
    """Organisation, region and place patterns of a lexicon, built once per lexicon
    (`lex.compiled(Recogniser)`)."""

    def __init__(self, lex: Lexicon):
        aliases = [a for org in lex.organizations for a in [org.name, *org.aliases]]
        self.org_index = PhraseIndex(aliases, exact_case=lambda a: len(a) < 5 or a.isupper())
        self.regional_by_alias = {}
        for agency in lex.regional_agencies:
            for alias in [agency.name, *agency.aliases]:
                self.regional_by_alias[fold(alias)] = agency
        region_kinds = words_pattern([w for k in lex.list("region_kind_words") for w in (k, k + ".")], suffix="")
        # ('Kota Administrasi Jakarta Utara': a word that qualifies the kind, lexicon region_kind_qualifiers)
        qualifiers = words_pattern(lex.list("region_kind_qualifiers"))
        place_names = [a for p in lex.places if p.kind in ("province", "regency") for a in [p.name, *p.aliases]]
        # ('Kantor Wilayah X Sulawesi Selatan dan Sulawesi Barat', 'X Sulselbar': one office serving two
        # provinces, written out or by the short name of the pair, lexicon joint_areas)
        joint_short = words_pattern(list(lex.mapping("joint_areas")) or ["(?!)"])
        # only a pair the lexicon lists (joint_areas' values, joint_area_pairs), each province by any of
        # its names, and not followed by 'masing-masing' (one office each)
        pairs = [[str(p) for p in pair] for pair in [*lex.mapping("joint_areas").values(), *(lex.words.get("joint_area_pairs") or [])]]

        def names_of(province: str) -> str:
            place = lex.place(province)
            return words_pattern([a for a in ([place.name, *place.aliases] if place else [province]) if a[:1].isupper()])
        # ('Jawa Tengah & DIY': an ampersand joins the pair as 'dan' does)
        written_pairs = "|".join(rf"{names_of(a)}\s+{PAIR_JOINER}\s+{names_of(b)}" for a, b in pairs) or "(?!)"
        self.joint_pairs = written_pairs  # (read by comma_body_regex too: 'Kakanwil BC Jateng & DIY')
        each = words_pattern(lex.list("respectively_words"))
        # ('Kanwil Bea Cukai Kalbagtim': a part of an island by its short name, lexicon area_short_names)
        area_short = words_pattern(list(lex.mapping("area_short_names")) or ["(?!)"])
        grades = words_pattern(lex.list("office_grade_words"), suffix="")
        grade = rf"(?P<grade>(?-i:(?:{grades})(?:\s+(?:[IV]{{1,3}}[AB]?|[A-C]|[A-Z][a-z]{{3,}})){{0,3}}?|[A-C]))"
        self.region_after = re.compile(
            rf"\s*(?:\([^)]{{2,30}}\)\s*)?(?:{grade}\s+)?"
            rf"(?:(?-i:{words_pattern([str(lex.words.get('area_region_kind') or '')], suffix='')})\s+)?"
            rf"(?:(?P<kind>{region_kinds})(?:\s+{qualifiers})?(?:\s+|(?<=\.))(?P<named>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}})"
            rf"|(?P<joint>(?-i:{written_pairs}|{joint_short}))(?![\s,]*+{each})"
            rf"|(?P<known>{words_pattern(place_names)})"
            rf"|(?P<area>(?-i:[A-Z][a-z]{{3,}}\s+{words_pattern(lex.list('area_part_words'))}\s+"
            rf"{words_pattern(lex.list('compass_words'))}|{area_short})))", re.I)
        # 'BKIPM Batu Lumut, X', 'Bea Cukai Sampit mencatat': an office named by a place the gazetteer
        # lacks (a border post, a port town): one capitalised word, or two when the first is a
        # place's head word ('Muara X', 'Teluk Y': never a person), then a comma, a bracket or a verb
        seat_heads = words_pattern([w for w in lex.list("place_head_words") if " " not in w
                                    and w not in lex.list("address_head_words")], suffix="")
        # 'Stasiun X Kelas II Sampit, Y': after an office's grade, one capitalised word is its seat
        # (the grade's words only its letters, numerals and listed words, so that no place or name is taken
        # into it; the seat one word, or two when the first is a place's head word: 'Tanjung X')
        continuations = words_pattern(lex.list("office_grade_continuations"), suffix="")
        heads = words_pattern([w for w in lex.list("place_head_words") if " " not in w], suffix="")
        # ('Kantor X (KX) Tipe Madya Pabean Tanjung Y': the short name in brackets may come before the
        # grade; a grade word that is itself a short form of a whole grade, 'TMP', may stand alone)
        whole_grades = words_pattern([g for g in lex.list("office_grade_words") if g in lex.mapping("name_acronyms")],
                                     suffix="")
        grade_rest = rf"\s+(?:[IV]{{1,3}}[AB]?|[A-C]|{continuations})\b"
        self.graded_station = re.compile(
            rf"(?:\s*\([^)]{{2,30}}\))?\s+(?P<grade>(?-i:(?:{grades})(?:{grade_rest}){{1,3}}|(?:{whole_grades})(?:{grade_rest}){{0,3}}))"
            rf"\s+(?P<station>(?-i:(?:{heads})\s[A-Z][a-z]{{2,}}|[A-Z][a-z]{{3,}}))(?=\s*[,(]|\s+(?-i:[a-z]))")
        self.station_after = re.compile(rf"\s*(?:\([^)]{{2,30}}\)\s*)?(?P<station>(?-i:(?:{seat_heads})\s[A-Z][a-z]{{2,}}|[A-Z][a-z]{{3,}}))"
                                        rf"(?=\s*[,(]|\s+(?-i:[a-z]))")
        # 'Balai X Surabaya II', 'Balai X Surabaya 1': one of a place's numbered offices
        followers = word_shapes_pattern(lex.words.get("office_number_followers") or {})[1:-1]
        self.office_number = re.compile(r"\s(?P<number>(?-i:[IV]{1,3})\b|[1-9]\b(?!\s*(?:[.,]\d|%)|"
                                        rf"\s+(?!(?:{followers})\b)[a-z]))")
        # a head's one-word title names the office it heads ('Kajati Kaltim' -> its Kejaksaan Tinggi)
        # ('Sekretaris Daerah Kabupaten X': the government's own apparatus, `of_government`, is named by
        # its head's full title too, which shares no word with the office's name)
        self.regional_by_head = {}
        for agency in lex.regional_agencies:
            for title in [*([agency.head] if agency.of_government and agency.head else []), *agency.head_aliases]:
                if " " not in title.strip() or agency.of_government:
                    self.regional_by_head.setdefault(title, agency)
        self.regional_index = PhraseIndex([a for o in lex.regional_agencies for a in [o.name, *o.aliases]]
                                          + list(self.regional_by_head))
        self.government = re.compile(
            rf"\b(?:(?P<long>Pemerintah\s+(?P<k1>Provinsi|Kabupaten|Kota))|(?P<short>Pemprov|Pemkab|Pemkot))"
            rf"(?:\s+(?P<where>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}}))?")
        self.company = re.compile(rf"\bPT\.?\s+(?P<n>(?:{NAME_TOKEN}|&|[A-Z]{{2,}}|\d+)(?:\s+(?:{NAME_TOKEN}|[A-Z]{{2,}}|Tbk\.?|\(Persero\)))*)")
        all_places = [a for p in lex.places for a in [p.name, *p.aliases]]
        self.place_index = PhraseIndex(all_places, exact_case=lambda a: True)
        # names of provinces as written capitalised ('Maluku Utara', 'Sulteng'): a body's seat
        self.provinces = re.compile(r"\b" + words_pattern([a for p in lex.places if p.kind == "province"
                                                           for a in [p.name, *p.aliases] if a[:1].isupper()]))
        explicit_regions = words_pattern(["Provinsi", "Kabupaten", "Kota"], suffix="")
        self.explicit_region = re.compile(rf"(?=[KP])\b(?P<kind>{explicit_regions})\s+(?P<n>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}})")


def find_places(lex: Lexicon, body: str, words=None) -> list[PlaceMention]:
    """Known places named in the body (`words`: `words_of(body)`, if the caller has it)."""
    r = lex.compiled(Recogniser)
    found = []
    for start, end, phrase in r.place_index.find(body, words):
        place = lex.place(phrase)
        if place:
            found.append(PlaceMention(start, end, place))
    return found


def region_name(lex: Lexicon, kind: str | None, name: str, body: str = "") -> str:
    """'Kabupaten Kudus', 'Provinsi Sulawesi Tengah' (aliases such as Sulteng expanded; `body`:
    the text, for a place the gazetteer lacks, see trim_region)."""
    name = trim_region(lex, name, qualified=bool(kind), body=body)
    place = lex.place(name, qualified=bool(kind))
    if place and place.kind in ("province", "regency"):
        name = place.name
        kind = kind or ("Provinsi" if place.kind == "province" else "Kota" if place.level == "kota" else "Kabupaten")
    kind = REGION_KIND.get(fold(kind), kind) if kind else "Provinsi"
    return f"{kind} {name}"


def place_of_region(lex: Lexicon, region: str | None) -> tuple[Place | None, str | None]:
    """The lexicon place a regional body's region ('Kabupaten Batang', 'Provinsi Kalimantan
    Tengah': see region_name) names, and the level its kind word gives (province, kabupaten or
    kota); (None, None) when the name is not a known place of that level."""
    word, _, name = (region or "").partition(" ")
    level = REGION_LEVEL.get(REGION_KIND.get(fold(word), ""))
    place = lex.place(name, qualified=True) if level else None
    if place is None or (place.kind == "province") != (level == "province") or place.kind not in ("province", "regency"):
        return None, None
    return place, level


def trim_region(lex: Lexicon, name: str, qualified: bool = False, body: str = "") -> str:
    """Keep the place name only: stop at a capitalised word that starts a new phrase
    (`qualified`: the name follows a kind word, see Lexicon.place). A place the gazetteer lacks,
    named after its kind word ('Kabupaten Bukit Semilir'), keeps its second word when the text
    (`body`) writes the two words together again and the second opens no new phrase (a title, a
    body's word, a month or day, another kind word, a short form: see region_breaking_words); a
    third likewise, only when it goes on with a place's name ('Ulu Tanah Utara'). A name written
    once ('Kabupaten Rantau Sulastri mengatakan') keeps its first word: the next may be a person's."""
    words = name.split()
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        if lex.place(candidate, qualified):
            return candidate
    if not words:
        return name
    breaking = lex.compiled(region_breaking_words)
    if not qualified or not body or fold(words[0]) in breaking:
        return words[0]
    kept = words[:1]
    for word in words[1:3]:
        if word.isupper() or fold(word) in breaking:
            break
        if len(kept) == 2 and fold(word) not in lex.compiled(place_word_regexes)[0]:
            break
        if not word[:1].isupper():
            break  # a lowercase word ('mencatat', 'naik') goes on with the sentence, not the name
        written = r"\s{1,3}".join(re.escape(w) for w in [*kept, word])
        # written again as is (case counts: a headline's 'Rimba Naik' is not 'Rimba naik'), and
        # not each time before the same capitalised word: 'Kabupaten X Harsono Adi' twice is a
        # title repeated with its holder's name, not a two-word region
        after = [m.group(1) for m in re.finditer(rf"(?<!\w){written}(?!\w)[ \t]{{0,3}}(\w*)", body)]
        if len(after) < 2:
            break
        if len(set(after)) == 1 and after[0][:1].isupper() and fold(after[0]) not in breaking \
                and fold(after[0]) not in lex.compiled(place_word_regexes)[0]:
            break  # (a compass word after it each time goes on with the place: 'Wana Jaya Utara')
        kept.append(word)
    return " ".join(kept)


def region_breaking_words(lex: Lexicon) -> frozenset[str]:
    """Folded capitalised words that open a new phrase after a region's name, never a word of it:
    the words of titles, of listed bodies' names, months, days and the words that are no names
    (known_capitalised_words), less the words of places' one-word names, and the region kind words."""
    places = {fold(a) for p in lex.places for a in [p.name, *p.aliases] if " " not in a}
    kinds = {fold(w) for w in lex.list("region_kind_words")}
    return frozenset((lex.compiled(known_capitalised_words) - places) | kinds)


def graded_seats(lex: Lexicon, body: str) -> frozenset[str]:
    """'KPPBC Sagulung, X' in a text that names 'Kantor ... Tipe Madya Pabean C Sagulung': the seats the
    text writes after an office's grade (graded_station). One word after an office's kind is its seat
    when it is one of them (the office named in full once), not a person's name."""
    return frozenset(m.group("station") for m in lex.compiled(Recogniser).graded_station.finditer(body))


def context_region(lex: Lexicon, body: str, before: int, places: list[PlaceMention], default: str | None,
                   explicit: list | None = None) -> str | None:
    """The region an unqualified regional agency belongs to: the last region named before it
    (`explicit`: the 'Provinsi/Kabupaten/Kota X' matches of the body, found once by the caller
    so that many mentions don't rescan the text from its start). Both the matches and the
    place mentions come in text order, so the last of each before the agency is found by
    bisection and a backward step, not by a walk from the start of the text."""
    r = lex.compiled(Recogniser)
    best, best_pos, qualifier_end = None, -1, -1
    if explicit is None:
        explicit = list(r.explicit_region.finditer(body))
    last = bisect.bisect_right(explicit, before, key=lambda m: m.end()) - 1  # the last match that ends by `before`
    if last >= 0:
        match = explicit[last]
        best, best_pos, qualifier_end = region_name(lex, match.group("kind"), match.group("n"), body), match.start(), match.end()
    index = bisect.bisect_left(places, before, key=lambda m: m.start) - 1  # the last mention that starts before it
    while index >= 0 and places[index].start > best_pos:
        mention = places[index]
        qualifies_previous = 0 <= mention.start - qualifier_end <= 3  # 'Kabupaten Kudus, Jawa Tengah'
        named_in_it = mention.start < qualifier_end  # the place of 'Kota Pekalongan' is that city, not a regency
        if best is not None and best.split(" ", 1)[-1] == mention.place.name and not named_in_it:
            break  # 'Kota X ... di X': the place named with its kind before, that kind kept
        if mention.place.kind in ("province", "regency") and not (qualifies_previous or named_in_it):
            best = region_name(lex, None, mention.place.name)
            break
        index -= 1
    if best is None and default:
        place = lex.place(default)
        if place and place.kind in ("province", "regency"):
            best = region_name(lex, None, place.name)
    return best


def find_organizations(lex: Lexicon, body: str, places: list[PlaceMention], dateline_place: str | None,
                       words=None, published=None) -> list[OrgMention]:
    """Bodies named in the body, canonical names first (`words`: `words_of(body)`, if at hand;
    `published`: the text's date, if known, for the offices named so only until a year)."""
    r = lex.compiled(Recogniser)
    words = words or words_of(body)
    explicit = list(r.explicit_region.finditer(body))  # once: every regional mention looks back over them
    # once, and only when a regional mention has one word after it: the seats that word may be
    seats = functools.cache(lambda: graded_seats(lex, body))
    named = functools.cache(lambda: regions_named_in(lex, body))  # once, for the regional mentions that need it
    regions = [p for p in places if p.place.kind in ("province", "regency")]  # the only places they look back for
    found: list[OrgMention] = []
    shaped, short_names = bodies_by_shape(lex, body, regions, dateline_place, explicit)
    listed = []  # where the lexicon's bodies are named
    blanked = short_names_inside_blanked(body)
    for start, end, phrase in listed_bodies(lex, body, words) + blanked(r.org_index):
        org = lex.organization(phrase)
        if org and org.kind != "media" and not body[start].islower():  # 'pemerintah daerah' is not a name
            listed.append((start, end))
            found.append(regional_office(lex, body, start, end, org) or
                         OrgMention(start, end, org.name, org.kind, org.wikidata, parent=org.parent))
    needs_place = {fold(a) for a in lex.list("regional_aliases_needing_place")}
    # a name glued by a hyphen to the word before it names an office only with its region after it
    # ('Kabid X-Disperindag Sulut'; not 'Sinergi DJP-Bea Cukai': the national body named in a pair), also
    # after the bracket that holds the two ('Kepala Bidang X (BX-Disperindag) Sumut', as '(Disperindag) Sumut')
    glued = [(start, glued_end, phrase) for start, end, phrase in hyphen_glued_names(body)(r.regional_index)
             if r.region_after.match(body, glued_end := bracket_closed(body, start, end))]
    for start, end, phrase in r.regional_index.find(body, words) + blanked(r.regional_index) + glued:
        if phrase in r.regional_by_head:  # 'Kajati Kaltim', 'Kadisperindag Jatim': the office its head heads
            if body[start:end] == phrase and r.region_after.match(body, end):
                found.append(regional_mention(lex, body, start, end, r.regional_by_head[phrase].name, regions,
                                              dateline_place, explicit, seats, named))
            continue
        if fold(phrase) in needs_place and not ((place := r.region_after.match(body, end))
                                                and lowercase_kind_at_place(lex, body, start, end, place.end())):
            continue  # 'Karantina Hewan dan Karantina Tumbuhan': a kind of quarantine, not an office
        if body[start:end] in short_names and not r.region_after.match(body, end):
            continue  # 'Disperindag' after 'Dinas X (Disperindag) Provinsi Y' is that body: named again below
        found.append(regional_mention(lex, body, start, end, phrase, regions, dateline_place, explicit, seats, named))
    for match in r.government.finditer(body):
        found.append(government_mention(lex, body, match, regions, dateline_place, explicit))
    found += regional_heads(lex, body)
    found += local_heads(lex, body, regions, dateline_place, explicit)
    companies = list(r.company.finditer(body))
    for match in companies:
        name, end = company_name(lex, body, match, companies)
        found.append(listed_company(lex, body, match.start(), end, name) or OrgMention(match.start(), end, name, "company"))
    for match in lex.compiled(cooperative_regex).finditer(body):
        if not re.search(r"\b[A-Z][\w.-]*\s{1,3}$", body[max(0, match.start() - 40):match.start()]):  # not 'Dinas Koperasi'
            found.append(OrgMention(match.start(), match.end(), re.sub(r"\s+", " ", match.group()), "association"))
    for start, end, phrase in lex.compiled(head_index).find(body, words):
        org = lex.org_by_head.get(fold(phrase))
        if org and not body[start].islower():  # 'Kepala BPS Provinsi Riau' heads the regional office
            found.append(regional_office(lex, body, start, end, org) or
                         OrgMention(start, end, org.name, org.kind, org.wikidata, parent=org.parent))
    found += shaped
    for text, mention in short_names.items():  # its short name, written again later ('Kepala DX')
        for again in re.finditer(r"\b" + re.escape(text) + r"\b", body):
            if again.start() >= mention.end:
                found.append(OrgMention(again.start(), again.end(), mention.name, mention.kind, region=mention.region,
                                        parent=mention.parent))
    shaped_starts = {m.start for m in shaped}  # their region is read there, not by the named-body reading
    named_bodies = {}
    seats = r.provinces
    in_places, in_listed = Spans([(p.start, p.end) for p in places]), Spans(listed)
    for match in lex.compiled(named_body_regex).finditer(body):
        if match.start() in shaped_starts or match.start() in in_places:
            continue  # read by its shape already; or a place's word ('Amerika Serikat, India ...')
        if match.start() - 1 in in_listed:  # 'Kepala Badan Pusat Statistik Rudi Hartono mengatakan':
            continue  # a head word inside a listed body's name ('Pusat') starts no body of its own
        if at_known_office(lex, match.group("name")):
            continue  # 'di Kantor BPS Jalan X': the building of a body found by its own name
        name, end = re.sub(r"\s+", " ", match.group("name")), match.end("name")
        if not match.group("abbr") and any(fold(name).startswith(h + " ") for h in lex.compiled(short_named_heads)):
            continue  # 'di Kawasan Industri X': a place, unless named as a body with its short name
        known = lex.organization(match.group("abbr")) if match.group("abbr") else None
        if known is not None and fold(name).endswith(" " + fold(known.name)):
            continue  # 'Balai X Kementerian Y (KY)': the short name is the parent's, written in full before it
        if known is not None and known.kind != "media":  # 'Dewan X Nasiona (DXN)': the name the lexicon knows
            name = known.name
        seat = seats.search(body, match.start("name") + 1, end) or region_seat(lex, body, match.start("name") + 1, end)
        if seat and seat.end() < end and not match.group("abbr"):  # the name ends at its seat; a person may follow
            name, end = re.sub(r"\s+", " ", body[match.start("name"):seat.end()]), seat.end()
        seat = r.region_after.match(body, match.end()) if match.group("abbr") else None
        if seat and seat.group("known"):  # 'Balai Contoh (BC) Kota X': the office of that place, by its
            place = lex.place(seat.group("known"))  # listed name ('Asosiasi X (AX) Jatim': '... Jawa Timur')
            name, end = f"{name} {place.name if place else seat.group('known')}", seat.end()
        found.append(OrgMention(match.start(), end, name, "association"))
        named_bodies[body[match.start("name"):min(end, match.end("name"))]] = name  # as written, up to its seat
        if match.group("abbr"):
            named_bodies[match.group("abbr")] = name
    for text, name in named_bodies.items():  # named again later, in a title or before a name ('Kepala <body>, X')
        for again in re.finditer(re.escape(text) + r"\b", body):
            found.append(OrgMention(again.start(), again.end(), name, "association"))
    found = remove_overlaps([m for m in found if named_then(lex, body, m, published)])
    found += company_references(body, [m for m in found if m.kind == "company"], found)
    found += body_references(lex, body, found)
    found = merge_regional_variants(remove_overlaps(found), lex, body)
    local_offices(lex, body, found, places)
    branch_offices(lex, body, found)
    found += local_kind_offices(lex, body, found, places, dateline_place)
    return regional_by_default(lex, as_the_text_defines_short_names(body, found), places, dateline_place)


SHORT_NAME_DEFINED = re.compile(r"[ \t]*\(([^()\n]{2,15})\)")  # '... Penanaman Modal (BKPM)': a short name in brackets


def as_the_text_defines_short_names(body: str, found: list[OrgMention]) -> list[OrgMention]:
    """'Kementerian Investasi/Badan Koordinasi Penanaman Modal (BKPM) mencatat ... Deputi ... BKPM, Imam': a short
    name the text defines in brackets right after a body's name is that body's from there on, whatever body the
    lexicon lists it for (its BKPM is the agency before it became a ministry). Only a mention written exactly as the
    short name, after the definition, is renamed. A short name defined inside the body's name, before its seat
    ('Badan Karantina Ikan ... (BKIPM) Ambon'), is that body when written with the same seat ('Kepala BKIPM Ambon'),
    not the lexicon's office of that short name and seat."""
    defined: dict[str, tuple[int, OrgMention]] = {}
    seated: dict[str, tuple[int, OrgMention]] = {}
    for mention in sorted(found, key=lambda m: m.start):
        if mention.kind == "media":
            continue
        short = SHORT_NAME_DEFINED.match(body, mention.end)
        if short and body[short.start(1):short.end(1)].strip() != body[mention.start:mention.end]:
            defined.setdefault(short.group(1).strip(), (short.end(), mention))
        inner = SHORT_NAME_INSIDE.search(body, mention.start, mention.end)
        if inner:  # '... (BKIPM) Ambon': the short name with the seat written after it
            seated.setdefault(f"{inner.group().strip()[1:-1]} {' '.join(body[inner.end():mention.end].split())}",
                              (mention.end, mention))
    if not defined and not seated:
        return found
    renamed = []
    for mention in found:
        written = " ".join(body[mention.start:mention.end].split())
        definition = defined.get(written) or next(  # also after its head's title ('Kepala BKIPM Ambon')
            (d for key, d in seated.items() if written == key or written.endswith(" " + key)), None)
        if definition is not None and mention.start >= definition[0] and mention.name != definition[1].name:
            source = definition[1]
            mention = replace(mention, name=source.name, kind=source.kind, wikidata=source.wikidata, region=source.region,
                              parent=source.parent)
        renamed.append(mention)
    return renamed


def named_then(lex: Lexicon, body: str, mention: OrgMention, published) -> bool:
    """Whether an office of a kind named so only until a year (regional_agencies.yaml `named_until`:
    'Kantor Bank Indonesia Medan' before 2014), however found, is that office here: in a text published by
    then, not after a preposition of place ('rapat di Kantor Bank Indonesia Medan': the building where they
    met, lexicon building_prepositions), and not in a province where the kind had no office
    (`no_office_in`: the bank's head office in Jakarta). Dropped, the words name what they name without it
    (the national body's office of the region). Every other mention is kept."""
    if mention.kind != "regional_agency":
        return True
    agency = next((a for a in lex.compiled(dated_office_kinds) if mention.name.startswith(a.name + " ")), None)
    if agency is None:
        return True
    if published is None or published.year > agency.named_until:
        return False
    before = body[max(0, mention.start - 30):mention.start].rsplit("\n", 1)[-1].split()  # the line's words before it
    if before and body[mention.start - 1:mention.start].isspace() and \
            fold(before[-1]) in lex.compiled(building_preposition_set):
        return False
    place = lex.place((mention.region or "").partition(" ")[2]) or lex.place(mention.region or "")
    province = place and (place.name if place.kind == "province" else place.province)
    return not province or fold(province) not in lex.compiled(no_office_provinces)[agency.name]


def dated_office_kinds(lex: Lexicon) -> list[Organization]:
    """The regional office kinds named so only until a year (regional_agencies.yaml `named_until`)."""
    return [a for a in lex.regional_agencies if a.named_until is not None]


def no_office_provinces(lex: Lexicon) -> dict[str, frozenset[str]]:
    """For each of `dated_office_kinds`, by name, the provinces where it had no office, folded (`no_office_in`)."""
    return {a.name: frozenset(fold(p) for p in a.no_office_in) for a in lex.compiled(dated_office_kinds)}


def building_preposition_set(lex: Lexicon) -> frozenset[str]:
    """The prepositions of place before a building's name (lexicon building_prepositions), folded."""
    return frozenset(fold(w) for w in lex.list("building_prepositions"))


def branch_offices(lex: Lexicon, body: str, found: list[OrgMention]) -> None:
    """'Kepala Suku Dinas Sosial Jakarta Utara', 'Sudin PPKUKM Jakarta Timur': a dinas found with an
    administrative city or regency for its region (lexicon administrative_region_provinces: those of DKI
    Jakarta, which have no dinas of their own) is the province's branch there, its Suku Dinas, named
    with the region's administrative kind ('Suku Dinas Sosial Kota Administrasi Jakarta Utara'); the
    branch's word written before it ('Suku', 'Sudin') is taken into the mention."""
    provinces = {fold(p) for p in lex.list("administrative_region_provinces")}
    kinds = lex.mapping("administrative_region_kinds")
    branch = str(lex.words.get("branch_office_head") or "")
    if not provinces or not branch:
        return
    head = branch.split()[-1]  # 'Dinas': the word the branch's name and the dinas' share
    before = lex.compiled(branch_office_before)
    for mention in found:
        if mention.kind != "regional_agency" or not mention.region or not mention.name.startswith(head + " "):
            continue
        kind, _, place = mention.region.partition(" ")
        located = lex.place(place)
        if kind not in kinds or located is None or located.kind != "regency" or fold(located.province or "") not in provinces:
            continue
        region = f"{kinds[kind]} {place}"
        if mention.name.endswith(" " + mention.region):
            name = mention.name[:-len(mention.region)] + region
        else:
            name = mention.name
        mention.name = f"{branch} {name[len(head) + 1:]}"  # its region stays the city (regions read it)
        written = before.search(body, max(0, mention.start - 12), mention.start)
        if written:
            mention.start = written.start()


def branch_office_before(lex: Lexicon) -> re.Pattern:
    """The branch's word written right before a dinas' name ('Suku', 'Sudin'; lexicon branch_office_words)."""
    return re.compile(rf"(?:{words_pattern(lex.list('branch_office_words'), suffix='')})[ \t]{{1,3}}$")


# a short name in brackets written inside a body's name, between its first words and the rest
# ('Kantor Perwakilan (KPw) Bank Indonesia Provinsi X', 'Badan Urusan Logistik (Bulog) Sub Divre X')
SHORT_NAME_REACH = 120  # the words of a body's name on either side of a short name inside it
SHORT_NAME_INSIDE = re.compile(r"(?<=[A-Za-z])[ \t]\([A-Z][A-Za-z-]{1,11}\)(?=[ \t][A-Z])")


def short_names_inside_blanked(body: str) -> Callable[[PhraseIndex], list[tuple[int, int, str]]]:
    """The names an index finds when a short name in brackets inside a body's name is read as
    blank (same offsets): only those that run across such brackets, the words before them and
    after them making one name the lexicon knows ('Kantor Perwakilan Bank Indonesia'); a short
    name after a whole name ('Bank Indonesia (BI) Provinsi X') is read where it stands."""
    spans = [(m.start(), m.end()) for m in SHORT_NAME_INSIDE.finditer(body)] if " (" in body or "\t(" in body else []
    windows = []  # each short name with the words around it, on its line (a name does not run further)
    for a, b in spans:
        lo, hi = max(body.rfind("\n", 0, a) + 1, body.rfind(" ", 0, max(0, a - SHORT_NAME_REACH)) + 1), body.find("\n", b)
        hi = len(body) if hi < 0 else hi
        hi = min(hi, (body.find(" ", b + SHORT_NAME_REACH) + 1 or len(body) + 1) - 1)
        text = body[lo:a] + " " * (b - a) + body[b:hi]
        windows.append((lo, a, b, text, words_of(text)))

    def found(index: PhraseIndex) -> list[tuple[int, int, str]]:
        return [(lo + start, lo + end, phrase) for lo, a, b, text, words in windows
                for start, end, phrase in index.find(text, words) if lo + start < a and b < lo + end]
    return found


# a body's short name glued by a hyphen to the unit's before it ('Kabid PLN-Disdag Jambi X'): one
# word to the phrase index, which would not find the body in it
GLUED_NAME = re.compile(r"(?<=[A-Za-z])-(?=[A-Z])")
GLUED_NAME_REACH = 80  # the body's name and its region after the hyphen


def hyphen_glued_names(body: str) -> Callable[[PhraseIndex], list[tuple[int, int, str]]]:
    """The names an index finds when a hyphen that glues a capitalised word to the word before it is read
    as a blank (same offsets), only those that start right after such a hyphen."""
    windows = []
    for glue in GLUED_NAME.finditer(body):
        hi = body.find("\n", glue.end())
        hi = min(len(body) if hi < 0 else hi, glue.end() + GLUED_NAME_REACH)
        text = body[glue.end():hi]
        windows.append((glue.end(), text, words_of(text)))

    def found(index: PhraseIndex) -> list[tuple[int, int, str]]:
        return [(lo + start, lo + end, phrase) for lo, text, words in windows
                for start, end, phrase in index.find(text, words) if start == 0]
    return found


GLUED_IN_BRACKET = re.compile(r"\([^()\s]{1,20}-$")  # '(BX-' before a name glued in a short name


def bracket_closed(body: str, start: int, end: int) -> int:
    """Where a name glued by a hyphen ends: after the bracket it closes when the bracket holds only the
    hyphenated short name ('(BX-Disperindag) Sumut'), else where the name ends."""
    if body.startswith(")", end) and GLUED_IN_BRACKET.search(body, max(0, start - 21), start):
        return end + 1
    return end


def lowercase_kind_at_place(lex: Lexicon, body: str, start: int, end: int, place_end: int) -> bool:
    """'karantina Jambi mencatat ...': an office written by its kind in lowercase is that office
    only with its place's capitalised name right after it (one blank between: 'karantina Jambi', not
    'karantina (Jambi)' nor 'karantina hewan'), as the subject of its clause: its clause opens before it
    (a sentence's or clause's start, only period or connecting words between: lexicon
    kind_subject_clause_words, 'Hingga semester ini, karantina X', 'sementara bulan lalu karantina X') and a verb
    of reporting or of setting a target follows the place (`kind_subject_verb_regex`); 'biaya karantina
    Bali', 'tarif karantina Jambi', 'aturan karantina Bali menghambat ...' are the quarantine itself.
    Capitalised, the place may come after its short name in brackets or its kind word, as region_after
    reads it."""
    if not body[start].islower():
        return True
    if re.match(r"[ \t][A-Z]", body[end:end + 2]) is None or not lex.compiled(kind_subject_verb_regex).match(body, place_end):
        return False
    opening = clause_start(body, start, KIND_CLAUSE_BREAKS)
    allowed = lex.compiled(kind_subject_clause_words)
    return all(fold(w) in allowed or w.isdigit() for w in re.findall(r"[\w'’-]+", body[opening:start]))


KIND_CLAUSE_BREAKS = '.!?;:,"“”()\n'  # what ends the clause before an office written by its kind


def kind_subject_clause_words(lex: Lexicon) -> frozenset[str]:
    """The folded lexicon kind_subject_clause_words."""
    return frozenset(fold(w) for w in lex.list("kind_subject_clause_words"))


def kind_subject_verb_regex(lex: Lexicon) -> re.Pattern:
    """A verb of reporting or of setting a target after a subject, an adverb or two before it (lexicon
    region_subject_adverbs, region_subject_verbs, cited_data_own_report_verbs, report_time_verbs,
    target_setting_verbs). Built as `setting_after_name_regex` and regions' `subject_verb` are
    (adverbs, then a verb list), each with its own verbs."""
    adverbs = words_pattern(lex.list("region_subject_adverbs"), suffix="")
    verbs = lex.list("region_subject_verbs") + lex.list("cited_data_own_report_verbs") + lex.list("report_time_verbs") \
        + lex.list("target_setting_verbs")
    return re.compile(rf"[ \t]{{1,3}}(?:{adverbs}[ \t]{{1,3}}){{0,2}}{words_pattern(verbs)}", re.I)


def local_qualifier_regex(lex: Lexicon) -> re.Pattern:
    """'setempat' after an office written by its kind alone (lexicon local_qualifiers)."""
    return re.compile(rf"\s{{1,3}}{words_pattern(lex.list('local_qualifiers'))}", re.I)


def local_offices(lex: Lexicon, body: str, found: list[OrgMention], places: list[PlaceMention]) -> None:
    """'Kepala Balai setempat menjelaskan ...': an office written by its kind alone and called
    the local one (`local_qualifiers`) is the office of that kind the text names with its seat or
    region, when it names one only; not the region some place was last named in before it
    ('... proyek di X. Kepala KPPBC setempat ...' in a text about the office of Y). A place named
    in its own sentence before it ('Di Kota X, Kepala KPPBC setempat') is the place it means:
    the office is read by that place, as any office of no seat."""
    r = lex.compiled(Recogniser)
    local = lex.compiled(local_qualifier_regex)
    for mention in found:
        if not local.match(body, mention.end):
            continue
        opening = max(body.rfind("\n", 0, mention.start), *(m.end() for m in re.finditer(r"[.!?][\"”’]?\s", body[:mention.start])), 0) \
            if mention.start else 0
        if any(opening <= p.start and p.end <= mention.start for p in places):
            continue  # 'Sementara itu di Kota X, Kepala KPPBC setempat': the office of X
        if mention.kind != "regional_agency" and mention.name in lex.regional_offices:
            # 'Kepala BPS setempat': the national body's office the text names with its region
            named = {o.name: o for o in found if o.kind == "regional_agency" and o.parent == mention.name}
        elif mention.kind == "regional_agency":
            agency = r.regional_by_alias.get(fold(body[mention.start:mention.end]))
            if agency is None:
                continue  # its region or seat is written: 'Dinas X Kota Y setempat'
            named = {o.name: o for o in found if o.kind == "regional_agency" and o.name.startswith(agency.name + " ")
                     and fold(body[o.start:o.end]) not in r.regional_by_alias}
        else:
            continue
        if len(named) == 1:
            (office,) = named.values()
            mention.name, mention.region, mention.kind, mention.parent = office.name, office.region, office.kind, office.parent


def local_kind_regex(lex: Lexicon) -> re.Pattern:
    """A kind of office written alone, capitalised (lexicon local_office_kinds: 'Kanwil', 'Dinas'),
    then 'setempat' (local_qualifiers): group 'kind'."""
    kinds = sorted(lex.mapping("local_office_kinds"), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?P<kind>{'|'.join(map(re.escape, kinds))})(?=[ \t]{{1,3}}"
                      rf"{words_pattern(lex.list('local_qualifiers'), suffix='')}\b)")


def local_kind_offices(lex: Lexicon, body: str, found: list[OrgMention], places: list[PlaceMention],
                       dateline_place: str | None) -> list[OrgMention]:
    """'Kepala Kanwil setempat menyebut ...' in a text that names 'Kantor Wilayah Direktorat Jenderal
    X Jawa Timur I': an office written by its kind alone (lexicon local_office_kinds: a kind narrow
    enough to say which office, not a bare 'Dinas') and called the local one is the one office of that
    kind the text names, a regional one (an office of a region, not a company) of the place 'setempat'
    means (`local_place`); no mention when it names none, or several. Only where no body was read already."""
    kinds = lex.mapping("local_office_kinds")
    taken = Spans([(o.start, o.end) for o in found])
    offices = [o for o in found if o.kind != "company" and o.region]
    added = []
    for match in lex.compiled(local_kind_regex).finditer(body):
        if match.start() in taken or match.end() - 1 in taken:
            continue
        openings = tuple(fold(w) + " " for w in kinds[match.group("kind")] or [])
        place = local_place(lex, body, match.start(), found, places, dateline_place)
        named = {o.name: o for o in offices if fold(o.name).startswith(openings) and office_of_place(lex, o, place)}
        if len(named) != 1:
            continue
        (office,) = named.values()
        added.append(OrgMention(match.start(), match.end(), office.name, office.kind, region=office.region,
                                parent=office.parent))
    return added


def local_place(lex: Lexicon, body: str, position: int, found: list[OrgMention], places: list[PlaceMention],
                dateline_place: str | None) -> Place | None:
    """The place 'setempat' at `position` means: the last province or regency named before it outside
    a body's name ('Dinas Perdagangan Kota X' names the office, not the place the text is at), else
    the dateline's place."""
    inside = Spans([(o.start, o.end) for o in found])
    before = [p for p in places if p.end <= position and p.place.kind in ("province", "regency") and p.start not in inside]
    if before:
        return before[-1].place
    dateline_place = dateline_place or opening_dateline(body, position)
    return lex.place(dateline_place) if dateline_place else None


def opening_dateline(body: str, position: int) -> str | None:
    """'SIDOARJO - ...' opening the text before `position`, its place as a name ('Sidoarjo'): the reader keeps
    an outlet's dateline only."""
    opening = LOCAL_DATELINE.search(body[:position])
    return opening.group("place").title() if opening else None


LOCAL_DATELINE = re.compile(r"(?m)^[ \t]*(?P<place>[A-Z][A-Z.'’]+(?:[ \t][A-Z][A-Z.'’]+){0,2})[ \t]*(?:,[^\n-–—]{0,30})?"
                            r"(?:\([^)\n]{0,30}\)[ \t]*)?(?:--|[-–—])[ \t]")


def office_of_place(lex: Lexicon, office: OrgMention, place: Place | None) -> bool:
    """The office's region is that place, or the province that place lies in."""
    region, level = place_of_region(lex, office.region)
    if place is None or region is None:
        return False
    return region.name == place.name or level == "province" and place.province == region.name


def listed_bodies(lex: Lexicon, body: str, words) -> list[tuple[int, int, str]]:
    """Where the lexicon's bodies are named: (start, end, phrase) of the organisation index, and
    those named with a word misspelt by one letter ('Badan Pusat Statistim Sumut'), read in the
    body respelt in place where no listed name was found already."""
    r = lex.compiled(Recogniser)
    found = list(r.org_index.find(body, words))
    respelt, changed = respelled_in_place(lex, body)
    if changed:
        taken = Spans([(start, end) for start, end, _ in found])
        for start, end, phrase in r.org_index.find(respelt, words_of(respelt)):
            inside = [(a, b) for a, b in changed if start <= a and b <= end]
            # a name of two words or more that the respelt word is only part of ('Badan Pusat
            # Statistim'), never a one-word name made of the respelt word alone
            if (inside and len(respelt[start:end].split()) >= 2 and any(end - start > b - a for a, b in inside)
                    and start not in taken and end - 1 not in taken):
                found.append((start, end, phrase))
    return found


def at_known_office(lex: Lexicon, name: str) -> bool:
    """'Kantor BPS Jalan Pattimura': an office building word, then a body the lexicon knows."""
    words = name.split()
    if len(words) < 2 or fold(words[0]) not in {fold(w) for w in lex.list("office_building_words")}:
        return False
    return any(lex.organization(" ".join(words[1:n])) for n in range(2, min(len(words), 6) + 1))


def bodies_by_shape(lex: Lexicon, body: str, regions: list[PlaceMention], dateline_place: str | None,
                    explicit: list) -> tuple[list[OrgMention], dict[str, OrgMention]]:
    """The regional bodies found by their shape (comma_body_regex), and the short names given
    in brackets after them ('Dinas X (DX) Kota Y' -> 'DX'), each with its body."""
    found, short_names = [], {}
    for match in lex.compiled(comma_body_regex).finditer(body):
        mention = comma_body(lex, match, body, regions, dateline_place, explicit)
        if mention:
            found.append(mention)
            if match.group("abbr"):
                short_names.setdefault(match.group("abbr"), mention)
    return found, short_names


@dataclass
class Seat:
    end_at: int

    def end(self) -> int:
        return self.end_at


def region_seat(lex: Lexicon, body: str, start: int, end: int) -> Seat | None:
    """'Kamar Dagang Kota Medan Irwan Siregar menyebutkan': a body's name ends at the known place
    its 'Kota/Kabupaten/Provinsi' names (the first one inside the name), so that the person after
    it is not taken into the name."""
    region = lex.compiled(Recogniser).explicit_region.search(body, start, end)
    if region is None:
        return None
    place = trim_region(lex, region.group("n"), qualified=True, body=body)
    return Seat(region.start("n") + len(place)) if lex.place(place, qualified=True) else None


def regional_by_default(lex: Lexicon, found: list[OrgMention], places: list[PlaceMention],
                        dateline_place: str | None) -> list[OrgMention]:
    """In a regional article, 'BPS' unqualified is the office of the region the article is
    about: when the article names that body's office of exactly one region, and that region
    is where the article was filed (its dateline) or the office was named first, the bare
    mentions are that office, never the national body."""
    offices = [m for m in found if m.kind == "regional_agency" and m.parent in lex.regional_offices]
    for parent in {m.parent for m in offices}:
        named = [m for m in offices if m.parent == parent]
        if len({m.name for m in named}) != 1:
            continue
        office = named[0]
        home = region_of_place(lex, dateline_place)
        for mention in found:
            if mention.name != parent or mention.kind == "regional_agency":
                continue
            if home == office.region or office.start < mention.start or office.region in regions_in_clause(lex, mention, places):
                mention.name, mention.kind, mention.region, mention.parent = office.name, office.kind, office.region, parent
    return found


def regions_in_clause(lex: Lexicon, mention: OrgMention, places: list[PlaceMention]) -> set[str]:
    """Regions named in the 200 characters after a mention ('BPS mencatat ekspor Provinsi Riau')."""
    near = [p for p in places if mention.end <= p.start < mention.end + 200]
    return {r for r in (region_of_place(lex, p.place.name) for p in near) if r}


def region_of_place(lex: Lexicon, name: str | None) -> str | None:
    """The province a dateline place lies in, as a region name ('Pekanbaru' -> 'Provinsi Riau')."""
    place = lex.place(name) if name else None
    if place is None:
        return None
    if place.kind == "province":
        return region_name(lex, None, place.name)
    return region_name(lex, "Provinsi", place.province) if place.province else None


def named_body_regex(lex: Lexicon) -> re.Pattern:
    """'Asosiasi Importir Bahan Baku Indonesia (AIBBI)': a body's name ends where its
    abbreviation is given, at a sentence end, or before a reporting verb; and before a linking word
    followed by its own head word again ('Badan Nasional X dan Badan Nasional Y': two bodies)."""
    heads = words_pattern(lex.list("organisation_head_words"), suffix="")
    reports = words_pattern(lex.list("agency_report_verbs") + lex.list("target_words"))
    linking = words_pattern(lex.list("name_linking_words"), suffix="")
    conjunction = words_pattern(lex.list("name_conjunctions"), suffix="")
    return re.compile(
        rf"\b(?P<name>(?P<head>{heads})(?:(?!\s{{1,3}}{linking}\s{{1,3}}(?P=head)\b)\s{{1,3}}(?:[A-Z][\w'’&-]*+|I{{1,3}}|{linking})|,(?=\s{{1,3}}(?:[A-Z]|{conjunction}\s))){{1,14}})"
        rf"(?:\s*\((?P<abbr>[A-Z][A-Za-z]{{1,9}})\)|(?=\s*[.;]\s|\s*[.;]?$)|(?=\s+{reports}))", re.M)


def short_named_heads(lex: Lexicon) -> frozenset[str]:
    """Folded head words that open a body's name only when its short name follows in brackets
    (`short_named_head_words`: 'Kawasan Industri X (KIX)'); without it they name a place."""
    return frozenset(fold(w) for w in lex.list("short_named_head_words"))


def title_body_prefixes(lex: Lexicon) -> dict[str, str]:
    """Short titles that hold their body's head word ('Kadis' is 'Kepala Dinas'): folded short
    title -> the body's head word(s) ('Dinas', 'Kantor Wilayah'), from the titles file."""
    heads = {fold(w) for w in lex.list("regional_body_head_words")}
    prefixes = {}
    for position in lex.positions:
        title = str(position.get("title", "")).split()
        if len(title) >= 2 and fold(title[0]) == "kepala" and fold(title[1]) in heads:
            for alias in position.get("aliases") or []:
                if " " not in str(alias):
                    prefixes[str(alias)] = " ".join(title[1:])
    return prefixes


def list_item_words(lex: Lexicon) -> str:
    """The words that start another item of a list, not another field of a body's name: a title's first
    word ('Kepala', 'Camat', 'Kadis'; titles file, less the words bodies' names use), a body's head word
    ('Dinas', 'Badan') and a body's one-word short name ('Bappeda'; not a field's acronym, 'UKM')."""
    used = {fold(w) for o in [*lex.organizations, *lex.regional_agencies] for n in [o.name, *o.aliases]
            for w in str(n).split()[1:]} | {fold(w) for n in lex.list("body_field_words") for w in str(n).split()}
    titles = {w[0] for p in lex.positions for a in [p.get("title", ""), *(p.get("aliases") or [])]
              if (w := str(a).split()) and w[0][:1].isupper() and fold(w[0]) not in used}
    acronyms = set(lex.mapping("name_acronyms"))
    short = {str(a) for o in [*lex.organizations, *lex.regional_agencies] for a in o.aliases
             if " " not in str(a) and str(a)[:1].isupper() and str(a) not in acronyms}
    return words_pattern([*titles, *lex.list("deputy_title_words"), *lex.list("regional_body_head_words"), *short])


def comma_body_regex(lex: Lexicon) -> re.Pattern:
    """A regional body found by its shape: a head word ('Dinas', 'Balai', 'Stasiun'; or a short
    title holding one, 'Kadis'), the capitalised words of its fields, commas and 'dan' included
    ('Dinas Perdagangan, Koperasi, dan UKM'), then its region ('Kota Batu', 'Kab. Malang', a
    province or a known regency/city as written), or its short name in brackets that ends the
    noun phrase ('Dinas X (DX), Rudi', not 'Kantor Wilayah (Kakanwil) Direktorat ...'); a short
    name may have up to three words ('(BX dan PY)', '(KX TMP A)'), or the local qualifier
    ('Dinas X, Y dan Z setempat': see comma_body). The phrase index stops at punctuation and knows
    only listed names; this finds the body whole."""
    heads = words_pattern(lex.list("regional_body_head_words"), suffix="")
    titles = words_pattern(lex.compiled(title_body_prefixes), suffix="")
    conjunction = words_pattern(lex.list("name_conjunctions"), suffix="")
    kinds = words_pattern(lex.list("region_kind_words"), suffix="")
    # after a comma or 'dan' no title, body head word or body's short name: 'Kepala Dinas X, Kepala Dinas Y
    # dan Camat setempat' lists officials, 'Dinas X, Bappeda setempat' bodies, not one body's fields
    listed = rf"(?!\s{{1,3}}(?:{conjunction}\s{{1,3}})?{lex.compiled(list_item_words)})"
    field = (rf"(?:\s{{1,3}}(?:(?!{kinds}\s)[A-Z][\w'’&-]*+|(?:{conjunction}|&){listed})"
             rf"|,(?=\s{{1,3}}(?:[A-Z]|{conjunction}\s)){listed})")
    provinces = lex.compiled(Recogniser).provinces.pattern
    regencies = words_pattern([a for p in lex.places if p.kind == "regency" for a in [p.name, *p.aliases]
                               if a[:1].isupper()])
    # a regency right before another regency's name is part of a town's name ('Kantor X
    # Tanjungbalai Karimun': a town of Kabupaten Karimun), not the body's region
    # a province's name followed by a compass word is a regency's or a city's ('Jakarta Utara', 'Bengkulu
    # Selatan'), not the province's: the regency alternative reads it
    compass = words_pattern(lex.list("compass_words"))
    qualifiers = words_pattern(lex.list("region_kind_qualifiers"))
    # ('Kakanwil BC Jateng & DIY': a pair of provinces one office serves, lexicon joint_area_pairs, before the
    # first province alone)
    joint = lex.compiled(Recogniser).joint_pairs
    region = (rf"\s{{1,3}}(?:(?P<kind>{kinds})\.?(?:\s{{1,3}}{qualifiers})?\s{{1,3}}(?P<place>{NAME_TOKEN}(?:\s{{1,3}}{NAME_TOKEN}){{0,2}})"
              rf"|(?P<joint>(?-i:{joint}))|(?P<province>{provinces})(?!\s{{1,3}}{compass})|(?P<regency>\b{regencies}(?!\s{{1,3}}{regencies})))")
    # the short name may join a unit's and its body's with a hyphen ('Kepala Bidang X-Dinas Y (BX-DY) Z')
    return re.compile(rf"\b(?P<name>(?:{heads}|(?P<title>{titles})(?=\s)){field}{{1,14}}?)"
                      rf"(?:\s*\((?P<abbr>[A-Z][\w-]{{1,14}}(?:-[A-Z]\w{{1,14}})?(?:\s(?:{conjunction}\s)?[A-Z][\w-]{{0,9}}){{0,2}})\))?"
                      rf"(?:{region}|(?(abbr)(?=\s*[,.;:]|\s+[a-z])"
                      rf"|(?P<local>(?={lex.compiled(local_qualifier_regex).pattern}\b))))"
                      rf"(?P<number>\s{{1,3}}(?:[IV]{{1,3}}|\d)\b)?")


def name_key(name: str, conjunction: str) -> str:
    """A body's name for comparison: folded, commas and the conjunction ('dan') dropped."""
    return re.sub(rf"\s{conjunction}\s", " ", re.sub(r"[,\s]+", " ", fold(name)))


def expand_acronyms(lex: Lexicon, name: str) -> str:
    """'Dinas Koperasi dan UKM' -> 'Dinas Koperasi dan Usaha Kecil dan Menengah': the short
    forms a body's name may hold, written out from the lexicon's list (`name_acronyms`)."""
    acronyms = lex.mapping("name_acronyms")
    return re.sub(r"\b[A-Z][A-Za-z]{1,7}\b", lambda m: str(acronyms.get(m.group(), m.group())), name)


def known_regional_kind(lex: Lexicon, written: str) -> Organization | None:
    """The lexicon's kind of regional body a written name is (commas, 'dan' and acronyms
    aside: 'Dinas Perdagangan Koperasi dan UKM' is 'Dinas Perdagangan, Koperasi dan Usaha
    Kecil dan Menengah')."""
    conjunction, by_key = lex.compiled(regional_kind_keys)
    for key in (name_key(written, conjunction), name_key(expand_acronyms(lex, written), conjunction)):
        if key in by_key:
            return by_key[key]
    return None


def regional_kind_keys(lex: Lexicon) -> tuple[str, dict[str, Organization]]:
    """Each regional kind by the comparison key (name_key) of its name and aliases, made once."""
    conjunction = words_pattern(lex.list("name_conjunctions"))
    by_key: dict[str, Organization] = {}
    for agency in lex.regional_agencies:
        for alias in [agency.name, *agency.aliases]:
            by_key.setdefault(name_key(alias, conjunction), agency)
    return conjunction, by_key


MIN_RESPELL = 7  # shorter words have too many neighbours one edit away to correct safely


def name_vocabulary(lex: Lexicon) -> frozenset[str]:
    """Every folded word of seven letters or more in the names and aliases of the bodies the
    lexicon lists and in its list of field words: the words a body's field can be spelt with."""
    names = [n for o in [*lex.organizations, *lex.regional_agencies] for n in [o.name, *o.aliases]]
    names += lex.list("body_field_words")
    return frozenset(w for n in names for w in re.findall(r"\w+", fold(str(n))) if len(w) >= MIN_RESPELL)


MIN_SYLLABLE_DROPPED = 10  # a word this long that lost two neighbouring letters is still that word


def syllable_dropped(word: str, listed: str) -> bool:
    """'perdangan' of 'perdagangan': the listed word with two neighbouring letters dropped (a
    syllable written once where the word repeats it), its first three and last three kept."""
    if len(listed) - len(word) != 2:
        return False
    i = next((k for k, (x, y) in enumerate(zip(word, listed)) if x != y), len(word))
    return 3 <= i and word[i:] == listed[i + 2:] and len(word) - i >= 3


def substitution_index(lex: Lexicon) -> dict[str, frozenset[str]]:
    """The name vocabulary by each word's shape with one letter blanked ('statisti?'), so that
    the words one letter changed from a written word are found without comparing it to all."""
    index: dict[str, set[str]] = {}
    for word in lex.compiled(name_vocabulary):
        for i in range(len(word)):
            index.setdefault(f"{word[:i]}?{word[i + 1:]}", set()).add(word)
    return {k: frozenset(v) for k, v in index.items()}


def field_vocabulary(lex: Lexicon) -> frozenset[str]:
    """The folded words a misspelt word may be respelt to in place: the common field words of
    bodies' names (body_field_words: Statistik, Perdagangan ...), never a word that is itself a
    body's one-word name or alias (Kemenpora, Gaikindo) or a place."""
    one_word = {fold(str(n)) for o in [*lex.organizations, *lex.regional_agencies]
                for n in [o.name, *o.aliases] if len(str(n).split()) == 1}
    return frozenset(w for n in lex.list("body_field_words") for w in re.findall(r"\w+", fold(n))
                     if len(w) >= MIN_RESPELL and w not in one_word and not lex.place(w.capitalize()))


def person_name_openers(lex: Lexicon) -> frozenset[str]:
    """The folded words after which a capitalised word is a person's name: the titles of one word
    ('Ketua', 'Ekonom', 'Dirut'), honorifics and address forms ('Pak'), none a word of a listed
    body's name ('Kepala Pusat' ends in a body's word, not a title)."""
    names = {w for o in [*lex.organizations, *lex.regional_agencies] for n in [o.name, *o.aliases]
             for w in re.findall(r"\w+", fold(str(n)))}
    titles = [*lex.position_titles, *lex.honorifics, *lex.address_forms]
    return frozenset(fold(t).rstrip(".") for t in map(str, titles) if len(t.split()) == 1) - names


def respelled_in_place(lex: Lexicon, body: str) -> tuple[str, list[tuple[int, int]]]:
    """The body with each capitalised word that is a common field word of bodies' names with one
    letter changed ('Badan Pusat Statistim') written as listed, letter for letter in place
    (offsets hold), and the spans changed. A word is changed only when it is long, unknown, not
    a place, one letter from exactly one word of all the names and that word a field word
    (field_vocabulary); never a word the text writes in brackets ('(Gapkindo)': a short name it
    defines) nor one in a person's name's place (after a title: 'Pengusaha Waskito')."""
    vocabulary, index = lex.compiled(name_vocabulary), lex.compiled(substitution_index)
    fields, openers = lex.compiled(field_vocabulary), lex.compiled(person_name_openers)
    bracketed = {fold(w) for w in re.findall(r"\(\s?([^\W\d_]+)\s?\)", body)}
    pieces, changed, last = [], [], 0
    for match in re.finditer(rf"\b[A-Z][a-z]{{{MIN_RESPELL - 1},}}\b", body):
        word = fold(match.group())
        if word in vocabulary or len(word) != len(match.group()) or word in bracketed:
            continue
        near = {v for i in range(len(word)) for v in index.get(f"{word[:i]}?{word[i + 1:]}", ())}
        if len(near) != 1 or not near <= fields or lex.place(match.group()):
            continue
        before = re.search(r"([^\W\d_]+)\.?[ \t]{1,3}$", body[max(0, match.start() - 40):match.start()])
        if before and fold(before.group(1)) in openers:
            continue
        pieces += [body[last:match.start()], near.pop().capitalize()]
        changed.append((match.start(), match.end()))
        last = match.end()
    return "".join(pieces) + body[last:], changed


def respelled(lex: Lexicon, written: str) -> str:
    """A body's name with a misspelt field word corrected ('Pengelolan Pasar' -> 'Pengelolaan
    Pasar'), so one office spelt two ways stays one node. A word is corrected only when it is
    long, unknown, and one edit from exactly one word of the listed bodies' names; places and
    short words are left alone."""
    vocabulary = lex.compiled(name_vocabulary)

    def fix(match: re.Match) -> str:
        word = fold(match.group())
        if word in vocabulary or lex.place(match.group()):
            return match.group()
        near = [v for v in vocabulary if one_edit_apart(word, v)]
        # a dropped letter is the commonest slip, then a wrong one, then an extra one: the
        # candidates of the likeliest kind decide ('pengelolan' is 'pengelolaan', not 'pengelola')
        for kind in (1, 0, -1):
            of_kind = [v for v in near if len(v) - len(word) == kind]
            if of_kind:
                break
        if not near:  # 'Perdangan': a syllable of 'Perdagangan' dropped whole, two letters side by side
            near = of_kind = [v for v in vocabulary if len(v) >= MIN_SYLLABLE_DROPPED and syllable_dropped(word, v)]
        if len(near) == 0 or len(of_kind) != 1:
            return match.group()
        return of_kind[0].capitalize() if match.group()[0].isupper() else of_kind[0]
    return re.sub(rf"\b[^\W\d_]{{{MIN_RESPELL},}}\b", fix, written)


def comma_body(lex: Lexicon, match: re.Match, body: str = "", places=(), dateline_place=None,
               explicit=None) -> OrgMention | None:
    """The body's canonical name when the lexicon knows it (commas, 'dan' and acronyms aside),
    else its name as written with acronyms written out; qualified by its region as written
    ('Kota X' stays a city, 'Kab' is 'Kabupaten'), or by the region the text is about when
    only its short name follows ('Dinas X (DX)')."""
    written = re.sub(r"\s+", " ", match.group("name"))
    if match.group("title"):
        written = lex.compiled(title_body_prefixes)[match.group("title")] + written[len(match.group("title")):]
    written = respelled(lex, written)
    conjunction = words_pattern(lex.list("name_conjunctions"))
    known = known_regional_kind(lex, written)
    heads = {fold(w) for w in lex.list("regional_body_head_words")}
    parts = [p.strip() for p in re.split(rf",\s*(?:{conjunction}\s+)?", written)[1:]]
    if known is None and any(lex.organization(p) or fold(p.split()[0]) in heads for p in parts if p):
        return None  # a list of bodies ('BPS, Kementerian Perdagangan dan Bank Indonesia Provinsi X'), not one
    head, _, rest = written.partition(" ")
    regional_only = {fold(w) for w in lex.list("regional_only_head_words")}  # bodies only a region's government has
    buildings = {fold(w) for w in lex.list("office_building_words")}
    if known is None and fold(head) in buildings:  # 'Kantor Disperindag Jateng': that dinas, at its office
        known = known_regional_kind(lex, rest)
    office = lex.organization(rest)
    if known is None and office is not None:  # 'Kantor BPS Jatim': the office of a known body ('BPS Jatim')
        inner = match.start("name") + len(match.group("name")) - len(rest)
        found = regional_office(lex, body, inner, match.end("name"), office) if body else None
        if found is not None:
            found.start = match.start()
        return found
    if known is None and (lex.organization(written) or at_known_office(lex, written)):
        return None  # a body the lexicon knows ('Badan Pusat Statistik Provinsi X' is its office; 'Kantor BPS Jalan X')
    spelled = None  # the kind its short name says, when the text spells the body out otherwise
    if known is None and match.group("abbr"):  # '... (SKIPM) Batam': the short name says which kind it is
        known = known_regional_kind(lex, match.group("abbr"))
        if known is not None and spelled_out_otherwise(lex, written, known.name):
            # 'Dinas Penanaman Modal dan Perizinan Terpadu Satu Pintu (DPMPTSP) Kabupaten X': spelt out
            # whole with a word of its own, its short name shared with the listed kind: named as written
            # (rename_to_spelled gives its name to the short name written again)
            spelled, known = known, None
    base = known.name if known else expand_acronyms(lex, written)
    parent = (known or spelled).parent if known or spelled else None
    start = match.start()
    if match.group("joint") and known is not None:  # an office of the pair's area, or of the first province
        area_kind = str(lex.words.get("area_region_kind") or "").casefold()
        region, taken = joint_region(lex, match.group("joint"), area_kind in known.office_of_parent)
        if region is not None:
            return OrgMention(start, match.start("joint") + taken, unit_name(known, region), "regional_agency",
                              region=region, parent=known.parent)
    if match.group("province") or match.group("regency") or match.group("joint"):
        if match.group("joint"):  # the first province of the pair, as written, as if named alone
            place = joint_area_parts(lex, match.group("joint"))[0][1]
            end = match.start("joint") + len(place)
        else:
            place = match.group("province") or match.group("regency")
            end = match.end("province") if match.group("province") else match.end("regency")
        region = region_name(lex, None, place)
        number = lex.compiled(Recogniser).office_number.match(body, end) if body else None
        # named by the place alone: a kind the lexicon knows is named as it names its offices; a
        # body only a region's government has ('Dinas X Kotabaru') in the long form, its region
        # qualified by the gazetteer's level ('Kabupaten Kotabaru'); another office ('Stasiun X
        # Tarakan', likely a national body's) as it names itself
        if known:
            name = unit_name(known, region, place, None, number and number.group("number"))
        elif fold(head) in regional_only or spelled:
            name = qualified_name(base, region)
        else:
            name = f"{base} {region.split(' ', 1)[1]}"
        return OrgMention(start, number.end() if number and known else end, name, "regional_agency",
                          region=region, parent=parent, listed_as=unit_name(spelled, region) if spelled else None)
    if match.group("place"):
        place = trim_region(lex, match.group("place"), qualified=bool(match.group("kind")), body=body)
        region = region_name(lex, match.group("kind"), place, body)
        end = match.start("place") + len(place)
    else:  # 'Dinas X (DX)', 'Dinas X, Y dan Z setempat': the region the text is about, for a body only regions have
        if known is None and spelled is None and fold(head) not in regional_only:
            return None  # 'Badan Riset X (BRX)' may be national: no region is guessed for it
        if match.group("local") is not None and "," not in written:
            return None  # 'Kepala Dinas X setempat': the phrase index finds it, local_offices reads which one
        region = context_region(lex, body, start, list(places), dateline_place, explicit)
        end = match.end("abbr") + 1 if match.group("abbr") else match.end("name")
    name = unit_name(known, region) if known else qualified_name(base, region)
    return OrgMention(start, end, name, "regional_agency", region=region, parent=parent,
                      listed_as=unit_name(spelled, region) if spelled else None)


def spelled_out_otherwise(lex: Lexicon, written: str, listed: str) -> bool:
    """The text spells a body out whole (no short form among its words, as many words as the listed
    kind's name or more, the same head word) with at least one word of its own: its own name, which
    the listed kind its short name shares does not replace ('Perizinan' where the list says
    'Pelayanan')."""
    words, listed_words = written.split(), listed.split()
    if len(words) < max(3, len(listed_words)) or fold(words[0]) != fold(listed_words[0]):
        return False
    if any(w.isupper() and len(w) > 1 for w in words):
        return False  # 'Dinas PMPTSP': a short form inside, not the name spelt out
    ignored = {fold(c) for c in lex.list("name_conjunctions") + lex.list("body_name_fillers")}
    listed_folded = {fold(w.strip(",")) for w in listed_words}
    own = {fold(w) for w in words} - ignored - listed_folded
    # a word one letter off a listed word, or a long listed word with a syllable doubled ('Pelayananan'),
    # is that word misspelt, not a word of its own
    return any(not any(one_edit_apart(w, x) or len(x) >= 6 and w.startswith(x) and len(w) - len(x) <= 2
                       for x in listed_folded) for w in own)


def head_index(lex: Lexicon) -> PhraseIndex:
    """Titles that name one body ('Menteri Perdagangan' -> Kementerian Perdagangan)."""
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


def body_reference_regex(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """A body's kind word followed by a lowercase word, a comma or a full stop: not a name
    ('Kementerian Y'), nor 'kementerian/lembaga', nor a listed body's name written in lowercase ('ke
    kementerian perdagangan'), nor any body of the kind ('kementerian terkait', 'kementerian dan
    lembaga': body_reference_generic_after). With it, the pattern of a word before that makes it
    any body of the kind ('setiap kementerian', 'sejumlah kementerian': body_reference_generic_before)."""
    kinds = [fold(w) for w in lex.list("body_reference_words")]
    names = [fold(a) for o in lex.organizations for a in [o.name, *o.aliases]]
    seconds = {n.split()[1] for n in names for k in kinds if n.startswith(k + " ") and len(n.split()) > 1}
    generic_after = words_pattern(lex.list("body_reference_generic_after"))
    word = re.compile(rf"\b(?P<word>(?i:{words_pattern(kinds)}))(?=\s+[a-z]|\s*[,.])"
                      rf"(?!\s+(?i:{words_pattern(seconds)}|{generic_after}))")
    generic_before = re.compile(rf"\b(?i:{words_pattern(lex.list('body_reference_generic_before'))})\s+$")
    return word, generic_before


# what may open a sentence before its first word: a quotation mark, a dateline's dash
SENTENCE_OPENERS = "\"“‘'–—-"


def opens_sentence(body: str, at: int) -> bool:
    """Nothing but blanks and an opening mark or a dateline dash between `at` and the text's start
    or the end of the sentence before."""
    i = at
    while i > 0 and (body[i - 1] in " \t" or body[i - 1] in SENTENCE_OPENERS):
        i -= 1
    return i == 0 or body[i - 1] in ".!?\n"


def body_references(lex: Lexicon, body: str, found: list[OrgMention]) -> list[OrgMention]:
    """'Kepala Badan X Kementerian Y, Budi, ...' then 'Data dari kementerian juga menunjukkan ...':
    a body's kind word standing alone (in lowercase, or capitalised where a sentence starts)
    refers to the last body named before it whose name starts with that word."""
    refs = []
    word, generic_before = lex.compiled(body_reference_regex)
    for match in word.finditer(body):
        if match.group("word")[0].isupper() and not opens_sentence(body, match.start()):
            continue  # 'Kepala Dinas sesuai ...': a title's word inside a sentence
        if generic_before.search(body, max(0, match.start() - 30), match.start()):
            continue  # 'setiap kementerian melaporkan ...': any ministry, none in particular
        kind = fold(match.group("word"))
        before = [m for m in found if m.end <= match.start() and fold(m.name).startswith(kind + " ")]
        if before:
            last = max(before, key=lambda m: m.end)
            refs.append(OrgMention(match.start(), match.end(), last.name, last.kind, last.wikidata,
                                   region=last.region, parent=last.parent, written_alone=True))
    return refs


def regional_mention(lex: Lexicon, body, start, end, phrase, places, dateline_place, explicit=None,
                     seats: Callable[[], frozenset[str]] | None = None,
                     named: Callable[[], dict[str, str]] | None = None) -> OrgMention:
    """`seats`: gives graded_seats(lex, body), `named`: regions_named_in(lex, body), each computed once by the
    caller."""
    r = lex.compiled(Recogniser)
    agency = r.regional_by_alias[fold(phrase)]
    after = r.region_after.match(body, end)
    written, grade, number = None, None, None
    if after and after.group("named") and local_kind_written(lex, after) \
            and (kind := REGION_KIND.get(fold(after.group("kind")).rstrip("."))):
        # 'Badan Pendapatan Daerah (Bapenda) kabupaten setempat': the region of that kind the text is about
        region = local_region_of_kind(lex, body, start, kind, places, dateline_place, explicit)
        return OrgMention(start, after.start("named") + len(after.group("named").split()[0]),
                          unit_name(agency, region), "regional_agency", region=region, parent=agency.parent)
    if after and after.group("named"):
        place = trim_region(lex, after.group("named"), qualified=True, body=body)
        region, end = region_name(lex, after.group("kind"), place, body), after.start("named") + len(place)
    elif after and after.group("joint") and (joint := joint_region(
            lex, after.group("joint"),
            not agency.region_kind_in_name and str(lex.words.get("area_region_kind") or "").casefold() in agency.office_of_parent))[0]:
        region, end = joint[0], after.start("joint") + joint[1]
    elif after and after.group("known"):
        region, end, written = region_name(lex, None, after.group("known")), after.end(), after.group("known")
    elif after and after.group("area") and not agency.region_kind_in_name:
        region, end = area_region(lex, after.group("area")), after.end()
    elif (region_end := region_named_at(body, end, named() if named else regions_named_in(lex, body))) is not None:
        # 'Kepala Disperindag HSS' after 'Kabupaten Hulu Sungai Selatan (HSS), Kalimantan Selatan': the short
        # name's region, not the province named last
        region, end = region_end
    elif not agency.region_kind_in_name and (facility := facility_after(lex, body, end)):
        return OrgMention(start, facility.end(), f"{agency.name} {facility_name(facility.group('place'))}",
                          "regional_agency", region=None, parent=agency.parent)
    elif not agency.region_kind_in_name and ((station := r.station_after.match(body, end))
                                             and (" " in station.group("station")
                                                  or station.group("station") in (graded_seats(lex, body) if seats is None else seats())
                                                  or agency.seated)
                                             or (station := r.graded_station.match(body, end))) \
            and seat_written(lex, body, station):
        # 'Kantor ... Bea dan Cukai Muara Lindung, X', 'Stasiun X Kelas II Sampit, Y': an office named by
        # its seat, a place the gazetteer lacks whose head word or the office's grade before it makes it a
        # place (or the kind of office is always named with its seat after it: regional_agencies.yaml `seated`);
        # the seat as written, not the region the text is about (the grade kept, as written)
        grade = " ".join((station.group("grade") if "grade" in station.re.groupindex else body[end:station.start("station")]).split()) or None
        grade = written_grade(lex, grade) if grade else None
        return OrgMention(start, station.end("station"), " ".join(filter(None, [agency.name, grade, station.group("station")])),
                          "regional_agency", region=None, parent=agency.parent)
    else:
        region = context_region(lex, body, start, places, dateline_place, explicit)
        own_kind = REGION_KIND.get(fold(agency.name.split()[-1]))  # 'Pemerintah Provinsi': a body of one kind of region
        if own_kind == "Provinsi":
            region = region_of_kind(lex, own_kind, region)  # 'pemerintah provinsi' after 'Makassar': its province
        elif own_kind in REGION_LEVEL:  # 'pemkab' after a quote naming a city: the regency named before
            region = context_region_of_kind(lex, body, start, places, explicit, own_kind) or region
    if after and (after.group("named") or after.group("known") or after.group("area") and not agency.region_kind_in_name):
        grade, number, end = office_qualifiers(lex, body, after, end)
    return OrgMention(start, end, unit_name(agency, region, written, grade, number), "regional_agency", region=region,
                      parent=agency.parent)


SPACE_AFTER = re.compile(r"[ \t]{1,3}")


def region_named_at(body: str, end: int, named: dict[str, str]) -> tuple[str, int] | None:
    """The region (and where its name ends) of a name the text gave a region (regions_named_in) written right
    after `end`, after a space: a body followed by it is that region's office ('Kepala Disperindag HSS Nama'),
    whatever region was named last, and the name is no seat or person's name after it (so it is read before a
    facility or a seat)."""
    space = SPACE_AFTER.match(body, end)
    if space is None:
        return None
    at = space.end()
    for name in sorted(named, key=len, reverse=True):  # 'Lembah Sari' before 'Lembah'
        if body.startswith(name, at) and not body[at + len(name):at + len(name) + 1].isalnum():
            return named[name], at + len(name)
    return None


def local_kind_written(lex: Lexicon, after: re.Match) -> bool:
    """A region's kind word, then the local qualifier in place of its name ('kabupaten setempat'): no place's name,
    the region the text is about (`local_region_of_kind`)."""
    return fold(after.group("named").split()[0]) in lex.compiled(local_qualifier_words)


def local_qualifier_words(lex: Lexicon) -> frozenset[str]:
    """The folded lexicon local_qualifiers ('setempat')."""
    return frozenset(fold(w) for w in lex.list("local_qualifiers"))


def local_region_of_kind(lex: Lexicon, body: str, before: int, kind: str, places: list[PlaceMention],
                         dateline_place: str | None, explicit) -> str | None:
    """The region of `kind` that 'setempat' means at `before` ('Bapenda kabupaten setempat', 'Bupati setempat'): a
    province, the one of the last region named (or of the dateline's place); a regency or a city, the last one of
    that level named (`context_region_of_kind`), else the dateline's when it is of that level. None when the text
    names none: never a region made of another kind's name ('Kabupaten Riau'). (`local_place` reads the same word
    after an office's kind, by the gazetteer's places only; here the regions written with their kind word count.)"""
    dateline_place = dateline_place or opening_dateline(body, before)
    if kind == "Provinsi":
        region = context_region(lex, body, before, places, dateline_place, explicit)
        if region is None or region.startswith(kind):
            return region
        place, _ = place_of_region(lex, region)  # a regency's or a city's: the province it lies in, if known
        return region_name(lex, kind, place.province) if place is not None and place.province else None
    named = context_region_of_kind(lex, body, before, places, explicit, kind)
    dateline = lex.place(dateline_place) if dateline_place and not named else None
    if dateline is not None and dateline.kind == "regency" and dateline.level == REGION_LEVEL[kind]:
        return region_name(lex, kind, dateline.name)
    return named


PAIR_JOINER = r"(?:dan|&)"  # 'Jawa Tengah dan DI Yogyakarta', 'Jateng & DIY'


def joint_area_parts(lex: Lexicon, written: str) -> list[tuple[str, str]]:
    """The provinces of a pair an office serves, each (lexicon name, as written): 'Sulawesi Selatan
    dan Sulawesi Barat' written out, or its short name (lexicon joint_areas: 'Sulselbar')."""
    listed = lex.mapping("joint_areas").get(written)
    parts = [str(p) for p in listed] if listed else re.split(rf"\s+{PAIR_JOINER}\s+", written)
    places = [lex.place(p) for p in parts]
    return [(place.name if place else p, p if not listed else written) for place, p in zip(places, parts)]


def joint_region(lex: Lexicon, written: str, covers_area: bool) -> tuple[str | None, int]:
    """The region of an office named with a pair of provinces (a pair the lexicon lists), and how much
    of what is written it takes: both, as an area ('Wilayah Sulawesi Selatan dan Sulawesi Barat'), for a
    body with offices of areas (`covers_area`); else the first province written out ('Dinas X Jawa Tengah
    dan DI Yogyakarta': the first one's), and no region for the pair's short name ('BPS Sulselbar': no
    such office, and which province is not written)."""
    parts = joint_area_parts(lex, written)
    if covers_area:
        return area_region(lex, " dan ".join(name for name, _ in parts)), len(written)
    if written in lex.mapping("joint_areas"):
        return None, 0
    return region_name(lex, None, parts[0][0]), len(parts[0][1])


def area_region(lex: Lexicon, written: str) -> str:
    """'Sulawesi Bagian Utara': a part of an island an office covers, named as written, of the
    area kind (`area_region_kind`, one word), which the lexicon's offices of areas list among their levels;
    its short name ('Kalbagtim') written out (lexicon area_short_names)."""
    written = str(lex.mapping("area_short_names").get(written, written))
    return f"{lex.words.get('area_region_kind') or ''} {' '.join(written.split())}".strip()


def facility_regex(lex: Lexicon) -> re.Pattern:
    """'Bandara Soekarno-Hatta', 'Pos Lintas Batas Negara (PLBN) Batu Lumut': a facility word, then
    the facility's name (up to three capitalised words, hyphenated or not)."""
    words = words_pattern(lex.list("facility_words"), suffix="")
    return re.compile(rf"\b(?-i:{words})\s+(?:\([^)]{{2,20}}\)\s+)?(?P<place>(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}))")


def facility_name(written: str) -> str:
    return re.sub(r"\s*-\s*", " ", written)


def facility_after(lex: Lexicon, body: str, end: int) -> re.Match | None:
    """A port, airport or border post the article names with its facility word ('Bandara X'),
    written right after an office's kind ('Karantina Pertanian X Nama Orang'): the office's place,
    which ends there, so that the name after it is the person's alone."""
    names = {facility_name(m.group("place")) for m in lex.compiled(facility_regex).finditer(body)}
    if not names:
        return None
    alternatives = "|".join(r"[ -]".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\s+(?:(?-i:{words_pattern(lex.list('facility_words'), suffix='')})\s+)?"
                      rf"(?P<place>{alternatives})\b").match(body, end)


def office_qualifiers(lex: Lexicon, body: str, after: re.Match, end: int) -> tuple[str | None, str | None, int]:
    """The grade written before an office's place ('Kelas I', 'TMP B' -> 'Tipe Madya Pabean B')
    and the number after it ('Surabaya II'), kept in its name as written (short forms written
    out); and where the name then ends."""
    number = lex.compiled(Recogniser).office_number.match(body, end)
    grade = written_grade(lex, after.group("grade")) if after.group("grade") else None
    return grade, number.group("number") if number else None, number.end() if number else end


def written_grade(lex: Lexicon, grade: str) -> str:
    """An office's grade as its name has it: short forms written out ('TMP B' -> 'Tipe Madya Pabean B'),
    its first word capitalised ('tipe Madya Pabean' -> 'Tipe Madya Pabean')."""
    grade = expand_acronyms(lex, grade)
    return grade[:1].upper() + grade[1:]


def regional_office(lex: Lexicon, body: str, start: int, end: int, org: Organization) -> OrgMention | None:
    """'Badan Pusat Statistik (BPS) Provinsi Jambi', 'BPS Jateng': a national body's regional
    office, a body of its own with the national one as parent."""
    r = lex.compiled(Recogniser)
    if org.name not in lex.regional_offices:
        return None
    after = r.region_after.match(body, end)
    if not after:
        named = regions_named_in(lex, body)
        going_on = words_pattern([*lex.list("compass_words"), *lex.list("place_name_continuations")])
        # ('BPS Lembah X Selatan': a compass word after the name makes another place)
        place = re.compile(rf"\s{{1,3}}(?P<place>{words_pattern(named)})(?![ \t]{{1,3}}{going_on})").match(body, end) if named else None
        if place is None:
            return station_office(lex, body, start, end, org)
        # 'BPS Lembah X' in a text that names 'Kabupaten Lembah X': the office of that region
        region = named[place.group('place')]
        unit = office_unit(lex, org, region)
        name = unit_name(unit, region) if unit else f"{org.name} {region}"
        return OrgMention(start, place.end(), name, "regional_agency", region=region, parent=org.name)
    written = None
    if after.group("named"):
        place = trim_region(lex, after.group("named"), qualified=True, body=body)
        if not lex.place(place, qualified=True) and fold(place.split()[0]) in lex.compiled(region_breaking_words):
            return None  # 'BPS Provinsi Kepala ...': no region's name after the kind word
        region, stop = region_name(lex, after.group("kind"), place, body), after.start("named") + len(place)
    elif after.group("area"):
        region, stop = area_region(lex, after.group("area")), after.end()
        if office_unit(lex, org, region) is None:
            return None  # no office of this body covers an area
    elif after.group("joint"):
        both = area_region(lex, " dan ".join(name for name, _ in joint_area_parts(lex, after.group("joint"))))
        region, taken = joint_region(lex, after.group("joint"), office_unit(lex, org, both) is not None)
        if region is None:
            return None  # 'BPS Sulselbar': no office of this body serves the pair
        stop = after.start("joint") + taken
    else:
        region, stop, written = region_name(lex, None, after.group("known")), after.end(), after.group("known")
    grade, number, stop = office_qualifiers(lex, body, after, stop)
    unit = office_unit(lex, org, region)
    name = unit_name(unit, region, written, grade, number) if unit else f"{org.name} {region}"
    return OrgMention(start, stop, name, "regional_agency", region=region, parent=org.name)


def station_office(lex: Lexicon, body: str, start: int, end: int, org: Organization) -> OrgMention | None:
    """'Kepala BKIPM Batu Lumut, X': the office of a national body at a place the gazetteer lacks,
    for bodies whose offices are named by their place alone; the place is one capitalised word
    that is no title, month or body word, followed by a comma, a bracket or a lowercase word."""
    unit = station_unit(lex, org.name)
    station = lex.compiled(Recogniser).station_after.match(body, end) if unit else None
    if station is None or not seat_written(lex, body, station):
        return None
    place, stop = station.group("station"), station.end("station")
    number = lex.compiled(Recogniser).office_number.match(body, stop)
    name = " ".join(filter(None, [unit.name, place, number.group("number") if number else None]))
    return OrgMention(start, number.end() if number else stop, name, "regional_agency", region=None, parent=org.name)


def seat_written(lex: Lexicon, body: str, station: re.Match) -> bool:
    """The word(s) station_after found name an office's seat: the last is no title, month or body
    word, and the text never has them speak (a person's name)."""
    seat = station.group("station")
    return fold(seat.split()[-1]) not in lex.compiled(known_capitalised_words) and not speaks_in_text(lex, body, seat)


def speaks_in_text(lex: Lexicon, body: str, word: str) -> bool:
    """The text has the word speak ('Askolani mengatakan', 'ujar Askolani'): the name of a person
    ('Dirjen Bea dan Cukai Askolani'), not the place of an office."""
    before, after = lex.compiled(speech_verb_patterns)
    name = re.escape(word)
    return re.search(rf"(?-i:\b{name})\s+{before}|{after}\s+(?-i:{name}\b)", body, re.I) is not None


def speech_verb_patterns(lex: Lexicon) -> tuple[str, str]:
    """The speech verbs that follow a speaker ('X mengatakan') and those that precede one ('ujar X'),
    as alternations, with the adverbs that may stand between a speaker and his verb."""
    adverbs = words_pattern(lex.list("speech_adverbs"))
    return (rf"(?:{adverbs}\s+)?{words_pattern(lex.list('attribution_verbs_before'))}",
            words_pattern(lex.list("attribution_verbs_after_quote")))


def station_unit(lex: Lexicon, parent: str) -> Organization | None:
    """The kind of office a national body has at its places, when offices of that kind are
    named by the place alone ('KPPBC Cilacap', 'Balai KIPM Batu Lumut')."""
    return next((u for u in lex.regional_agencies if u.parent == parent and u.office_of_parent
                 and not u.region_kind_in_name and set(u.office_of_parent) >= {"kabupaten", "kota"}), None)


def office_unit(lex: Lexicon, org: Organization, region: str) -> Organization | None:
    """The kind of regional office '<body> <region>' means at that region's level ('DJBC
    Riau' is a Kantor Wilayah), when the lexicon says so."""
    level = region.split(" ", 1)[0].casefold()
    return next((u for u in lex.regional_agencies if u.parent == org.name and level in u.office_of_parent), None)


def unit_name(unit: Organization, region: str | None, written: str | None = None, grade: str | None = None,
              number: str | None = None) -> str:
    """A regional office's name: its kind qualified by the region, with or without the
    region's own kind as that kind of office is named ('Kantor Wilayah ... Bea dan Cukai Riau').
    An office named by its place alone keeps the place as written when that is the lexicon's
    name shortened ('Jakarta' of 'DKI Jakarta'), its grade ('Kelas I') and number ('II').
    The government's own apparatus (`of_government`: 'Sekretariat Daerah Kabupaten X') is named as
    the government of its region ('Pemerintah Kabupaten X')."""
    if region and unit.of_government and region.split(" ", 1)[0] in REGION_LEVEL:
        return f"Pemerintah {region}"  # as a head's title names the government (heads_of_regions_named)
    if region and not unit.region_kind_in_name:
        place = region.split(" ", 1)[-1]
        if written and fold(place).endswith(" " + fold(written)):
            place = written
        return " ".join(filter(None, [unit.name, grade, place, number]))
    return qualified_name(unit.name, region)


def qualified_name(base: str, region: str | None) -> str:
    """'Dinas X' + 'Provinsi Jambi' -> 'Dinas X Provinsi Jambi'; 'Pemerintah Provinsi' +
    'Provinsi Jambi' -> 'Pemerintah Provinsi Jambi' (the kind is not repeated)."""
    if not region:
        return base
    kind, _, place = region.partition(" ")
    if base.split()[-1].casefold() in REGION_KIND and place:
        return f"{' '.join(base.split()[:-1])} {kind} {place}" if base.split()[-1].casefold() == kind.casefold() else f"{base} {place}"
    return f"{base} {region}"


def regional_head_regex(lex: Lexicon) -> tuple[re.Pattern, dict[str, dict]]:
    """'Bupati Subang', 'Wakil Gubernur Papua Barat': the head of a region's government, from the
    regional agencies whose one level has a head ('Pemerintah Kabupaten': 'Bupati'), followed
    by a place of that level the lexicon knows (so 'Gubernur Bank Indonesia' is no region)."""
    governments = {}
    for entry in lex.raw["regional_agencies"].get("agencies", []) or []:
        levels = entry.get("levels") or []
        if len(levels) == 1 and entry.get("head") and str(entry["name"]).split()[-1].casefold() in REGION_KIND:
            for title in [entry["head"], *(entry.get("head_aliases") or [])]:
                governments[fold(title)] = entry
    # a head's title qualifies an ambiguous regency as its kind word does ('Bupati Puncak')
    places = [a for p in lex.places + lex.qualified_places if p.kind in ("province", "regency")
              for a in [p.name, *p.aliases] if a[:1].isupper()]
    deputy = words_pattern(lex.list("deputy_title_words"), suffix="")
    titles = [t for e in governments.values() for t in [e["head"], *(e.get("head_aliases") or [])]]
    return re.compile(rf"\b(?:{deputy}\s+)?(?P<title>{words_pattern(titles, suffix='')})"
                      rf"\s+(?P<place>{words_pattern(places)})"), governments


def local_head_regex(lex: Lexicon) -> re.Pattern:
    """'Bupati setempat', 'Wakil Wali Kota setempat': a region's head's title, then the local qualifier."""
    _, governments = lex.compiled(regional_head_regex)
    deputy = words_pattern(lex.list("deputy_title_words"), suffix="")
    titles = [t for e in governments.values() for t in [e["head"], *(e.get("head_aliases") or [])]]
    return re.compile(rf"\b(?:{deputy}\s+)?(?P<title>{words_pattern(titles, suffix='')})"
                      rf"(?=\s{{1,3}}{words_pattern(lex.list('local_qualifiers'))})")


def local_heads(lex: Lexicon, body: str, places: list[PlaceMention], dateline_place: str | None,
                explicit) -> list[OrgMention]:
    """'KEPAHIANG - Bupati setempat, Rudi, mengatakan ...': the government of the region of the title's kind the
    text is about (the last one named, else the dateline's), the person's organisation."""
    _, governments = lex.compiled(regional_head_regex)
    found = []
    for match in lex.compiled(local_head_regex).finditer(body):
        if not match.group("title")[:1].isupper():
            continue  # 'bupati' as a common noun
        kind = str(governments[fold(match.group("title"))]["name"]).split()[-1]
        region = local_region_of_kind(lex, body, match.start(), kind, places, dateline_place, explicit)
        if region is not None:
            found.append(OrgMention(match.start(), match.end(), f"Pemerintah {region}", "government", region=region))
    return found


def decree_type_words(lex: Lexicon) -> frozenset[str]:
    """Decree types, folded ('keputusan gubernur'), from the lexicon's decree_types."""
    return frozenset(fold(a) for d in lex.words.get("decree_types", []) or [] for a in [d["name"], *(d.get("aliases") or [])])


def regional_heads(lex: Lexicon, body: str) -> list[OrgMention]:
    """The region's government a head's title names ('Bupati Subang' -> Pemerintah Kabupaten
    Subang): the title and its place are that body's mention, the person's organisation."""
    regex, governments = lex.compiled(regional_head_regex)
    decrees = lex.compiled(decree_type_words)
    found = []
    for match in regex.finditer(body):
        if not match.group("title")[:1].isupper():
            continue  # 'bupati' as a common noun
        before = re.search(r"(\w+)\s+$", body[max(0, match.start() - 20):match.start()])
        if before and f"{fold(before.group(1))} {fold(match.group('title'))}" in decrees:
            continue  # 'Keputusan Gubernur X' names a decree, not the government
        entry = governments[fold(match.group("title"))]
        kind = str(entry["name"]).split()[-1]
        place = lex.place(match.group("place"), qualified=True)
        if (place.kind == "province") != (kind == "Provinsi"):
            continue  # 'Gubernur' with a city, 'Bupati' with a province: not this title's region
        region = region_name(lex, kind, place.name)
        found.append(OrgMention(match.start(), match.end(), qualified_name(str(entry["name"]), region), "government",
                                region=region))
    return found + heads_of_regions_named(lex, body, governments, {(m.start, m.end) for m in found})


def regions_named_in(lex: Lexicon, body: str) -> dict[str, str]:
    """The regions the gazetteer lacks that the text names with their kind word ('Kabupaten Lembah
    Sari'): each name as written -> its region ('Kabupaten Lembah Sari'); the first kind written wins.
    A short name the text gives a region in brackets right after naming it ('Kabupaten Gunung Mas
    (Gumas)') is that region wherever the text writes it again ('Bupati Gumas', 'Kepala Bapenda Gumas
    Edison': never a person's first name), the gazetteer's region or not (`place_short_name`)."""
    named: dict[str, str] = {}
    breaking = lex.compiled(region_breaking_words)
    for match in lex.compiled(Recogniser).explicit_region.finditer(body):
        # the short name closes the name: all its words before it are the region's ('Kabupaten Lembah Sari (LS)')
        whole = match.group("n") if place_short_name(lex, body, match.end("n"), match.group("n")) else None
        place = whole or trim_region(lex, match.group("n"), qualified=True, body=body)
        kind = REGION_KIND.get(fold(match.group("kind")), match.group("kind"))
        known = lex.place(place, qualified=True)
        if not known and fold(place.split()[0]) in breaking:
            continue
        region = region_name(lex, kind, place) if known else f"{kind} {place}"
        if not known:
            named.setdefault(place, region)
        short = place_short_name(lex, body, match.start("n") + len(place), place)
        if short:
            named.setdefault(short, region)
    return named


def place_short_name(lex: Lexicon, body: str, end: int, place: str) -> str | None:
    """The short name written in brackets at `end`, right after a region's name, when it is one word
    that abbreviates that name (its first letter, then its letters in the name's order: 'Gumas' of
    'Gunung Mas', 'Kobar' of 'Kotawaringin Barat') and names no body or other place the lexicon
    knows ('(Jateng)' after a regency names its province, not the regency)."""
    short = SHORT_NAME_DEFINED.match(body, end)
    word = short.group(1).strip() if short else ""
    if not re.fullmatch(r"[A-Z][A-Za-z]{2,14}", word) or lex.organization(word) or lex.place(word):
        return None
    letters = iter(fold(place).replace(" ", ""))
    folded = fold(word)
    return word if folded[0] == fold(place)[0] and all(c in letters for c in folded) else None


def heads_of_regions_named(lex: Lexicon, body: str, governments: dict[str, dict], taken) -> list[OrgMention]:
    """'Kabupaten Bukit Semilir' somewhere in the text, then 'Bupati Bukit Semilir': a region the gazetteer
    lacks that the text names with its kind word is a place of that kind for its head's title too."""
    named = regions_named_in(lex, body)
    if not named:
        return []
    deputy = words_pattern(lex.list("deputy_title_words"), suffix="")
    titles = [t for e in governments.values() for t in [e["head"], *(e.get("head_aliases") or [])]]
    regex = re.compile(rf"\b(?:{deputy}\s+)?(?P<title>{words_pattern(titles, suffix='')})\s+"
                       rf"(?P<place>{words_pattern(named)})")
    found = []
    for match in regex.finditer(body):
        entry = governments[fold(match.group("title"))]
        kind = str(entry["name"]).split()[-1]
        region = named[match.group("place")]
        if (match.start(), match.end()) in taken or region.split(" ", 1)[0] != kind:
            continue  # 'Bupati' of a city the text names 'Kota X': not this title's region
        found.append(OrgMention(match.start(), match.end(), qualified_name(str(entry["name"]), region), "government",
                                region=region))
    return found


def government_mention(lex: Lexicon, body, match, places, dateline_place, explicit=None) -> OrgMention:
    kind = match.group("k1") or {"pemprov": "Provinsi", "pemkab": "Kabupaten", "pemkot": "Kota"}[fold(match.group("short"))]
    end = match.end()
    if match.group("where"):
        place = trim_region(lex, match.group("where"), qualified=True, body=body)
        region = region_name(lex, kind, place, body)
        end = match.start("where") + len(place)
    else:
        region = None
        if kind in REGION_LEVEL and kind != "Provinsi":  # 'pemkab': the last regency named, not a city after it
            region = context_region_of_kind(lex, body, match.start(), places, explicit, kind)
        region = region or region_of_kind(lex, kind, context_region(lex, body, match.start(), places, dateline_place, explicit))
        end = match.end("long") if match.group("long") else match.end("short")
    return OrgMention(match.start(), end, f"Pemerintah {region}" if region else f"Pemerintah {kind}", "government", region=region)


def context_region_of_kind(lex: Lexicon, body: str, before: int, places: list[PlaceMention], explicit, kind: str) -> str | None:
    """The last region of a regency's or city's kind named before `before` ('pemkab menargetkan ...' after a quote
    that names 'Surabaya', a city: the regency named before it), by the gazetteer's level or the kind word written."""
    level = REGION_LEVEL[kind]
    own = [p for p in places if p.place.kind == "regency" and p.place.level == level]
    written = [m for m in (explicit if explicit is not None else lex.compiled(Recogniser).explicit_region.finditer(body))
               if REGION_KIND.get(fold(m.group("kind"))) == kind]
    region = context_region(lex, body, before, own, None, written)
    return region if region and region.startswith(kind) else None


def region_of_kind(lex: Lexicon, kind: str, region: str | None) -> str | None:
    """The region of `kind` a body of that kind of region belongs to, given the region the context names. 'pemerintah
    provinsi' said where the last region named is a city or regency ('Kota Makassar'): the province it lies in
    ('Provinsi Sulawesi Selatan'), never a province named after the city, and no region when the lexicon does not
    know the province (the body is then named without one). A regency's or city's government said where another kind
    of region is named keeps that region's name with its own kind, as it always has."""
    if not region or region.startswith(kind):
        return region
    name = region.split(" ", 1)[1]
    if kind == "Provinsi":
        place = lex.place(name)
        if place is None or place.kind == "province":
            return f"{kind} {name}"
        return f"{kind} {place.province}" if place.province else None
    return f"{kind} {name}"


def cooperative_regex(lex: Lexicon) -> re.Pattern:
    """'Koperasi Produsen Maju Makmur, mitra ...': a cooperative's own name, the capitalised words
    after its head word when that word starts the name (not 'Dinas Koperasi dan UKM', not
    'Menteri Koperasi'), up to punctuation or a lowercase word."""
    heads = words_pattern(lex.list("cooperative_head_words"), suffix="")
    return re.compile(rf"\b{heads}(?:\s{{1,3}}[A-Z][a-z'’-]+){{1,6}}\b(?!\s{{1,3}}[A-Z])")


def listed_company(lex: Lexicon, body: str, start: int, end: int, name: str) -> OrgMention | None:
    """'PT PLN (Persero)' read by the company shape is a listed body's alias written whole: the
    listed body, under its canonical name and kind, as the listed names are read (a media body is
    not one: an outlet is not a source, as in find_organizations' listed names)."""
    org = lex.organization(name)
    if org is None or org.kind == "media":
        return None
    return regional_office(lex, body, start, end, org) or OrgMention(start, end, org.name, org.kind, org.wikidata,
                                                                     parent=org.parent)


def company_name(lex: Lexicon, body: str, match, others=()) -> tuple[str, int]:
    """'PT Sulawesi Nikel Perkasa Kevin Tanujaya menyebut' names a company and then a person:
    when a speech verb follows, the company ends where the same company ends when the text
    names it with nothing after (`others`: every company match of the text), else at its last
    typical company word, or else leaves the last two words to the person."""
    tokens = list(re.finditer(r"\S+", match.group("n")))
    speech = lex.compiled(speech_verbs_regex)
    followed_by_speech = speech.match(body, match.end()) is not None
    keep = len(tokens)
    named_alone = [n for n in (company_words(o) for o in others if speech.match(body, o.end()) is None)
                   if len(n) < len(tokens) and n == [t.group() for t in tokens[:len(n)]]]
    if followed_by_speech and named_alone:
        keep = max(len(n) for n in named_alone)
    elif followed_by_speech and len(tokens) >= 3:
        corporate = lex.compiled(company_name_words)
        marks = [i for i, t in enumerate(tokens) if fold(t.group().strip(".,")) in corporate]
        keep = marks[-1] + 1 if marks and marks[-1] < len(tokens) - 1 else len(tokens) - 2
    last = tokens[keep - 1]
    end = match.start("n") + last.end()
    return re.sub(r"\s+", " ", "PT " + body[match.start("n"):end]).rstrip(".,"), end


def company_words(match: re.Match) -> list[str]:
    return match.group("n").split()


def company_name_words(lex: Lexicon) -> frozenset[str]:
    """Words typical of a company's name ('Perkasa', 'Tbk'), where a person's name cannot begin."""
    return frozenset(fold(w) for w in lex.list("company_name_words"))


def remove_overlaps(found: list[OrgMention]) -> list[OrgMention]:
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[OrgMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            if mention.end > kept[-1].end and mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention  # 'Kepala Dinas Perdagangan' inside 'Dinas Perdagangan, Koperasi dan UKM Kota X'
            continue
        kept.append(mention)
    return kept


def merge_regional_variants(found: list[OrgMention], lex: Lexicon | None = None, body: str = "") -> list[OrgMention]:
    """One region has one such office: 'Disperindag' and 'Disperindagkop' of the same regency
    in one article are the same body, named by the fuller name; a body written with its fields
    in another order or word form ('Dinas Perdagangan dan Industri' for 'Dinas Perindustrian
    dan Perdagangan') takes the name the lexicon lists."""
    regional = [m for m in found if m.kind == "regional_agency" and m.region]
    by_region: dict[str, list[OrgMention]] = {}
    for mention in regional:
        by_region.setdefault(mention.region, []).append(mention)
    for mentions in by_region.values():
        if lex is not None:
            rename_to_listed(lex, mentions)
        rename_to_spelled(mentions)
        if body:
            heads = frozenset(fold(w) for w in lex.list("regional_body_head_words")) if lex is not None else frozenset()
            rename_to_written_fuller(body, mentions, heads)
        rename_to_fuller(mentions)
    seated: dict[str, list[OrgMention]] = {}  # offices named by a seat the gazetteer lacks, by their parent
    for mention in found:
        if mention.kind == "regional_agency" and not mention.region and mention.parent:
            seated.setdefault(mention.parent, []).append(mention)
    for mentions in seated.values():  # 'KPU X Tipe Madya Pabean Tanjung Y' and 'KPU X Tanjung Y': one office
        rename_to_fuller(mentions)
    return found


def field_stems(lex: Lexicon, name: str, region: str) -> tuple[str, frozenset]:
    """A body's head word and the stems of its field words ('perindustrian', 'industri' ->
    'industri'), region and conjunctions left out: the same body in another word order."""
    skip = {fold(w) for w in [*region.split(), *lex.list("name_conjunctions")]}
    words = [fold(w) for w in re.findall(r"[\w'’-]+", name)]
    stems = set()
    for word in words[1:]:
        if word in skip:
            continue
        word = word[3:] if word.startswith("per") and len(word) > 7 else word
        stems.add(word[:-2] if word.endswith("an") and len(word) > 6 else word)
    return (words[0] if words else ""), frozenset(stems)


def rename_to_written_fuller(body: str, mentions: list[OrgMention], heads: frozenset[str] = frozenset()) -> None:
    """'Karantina Pertanian Bitung' then 'Karantina Bitung': of one region, a mention whose written
    words are all words of another's as written is that body named short, when only one body so
    named holds them (not the other kind the short words alone would give). An office's head word
    (`heads`: 'Balai Karantina Bitung') may be the short one's own when the other is written with
    no head word at all ('Karantina Pertanian Bitung'); a head word of its own ('Stasiun ...') is
    another office."""
    texts = [re.findall(r"\w+", fold(body[m.start:m.end])) for m in mentions]
    written = [frozenset(t) for t in texts]
    for mention, words, text in zip(mentions, written, texts):
        headless = words - {text[0]} if text and text[0] in heads else None
        fuller = {other.name for other, more, other_text in zip(mentions, written, texts)
                  if other.name != mention.name and (words < more or headless and other_text
                                                     and other_text[0] not in heads and headless < more)}
        if len(fuller) == 1:
            mention.name = next(iter(fuller))


def rename_to_spelled(mentions: list[OrgMention]) -> None:
    """'Dinas Penanaman Modal dan Perizinan Terpadu Satu Pintu (DPMPTSP) Kabupaten X' then 'Kepala
    DPMPTSP X': the short name written again is the body the text spelt out, not the listed kind."""
    spelled = {m.listed_as: m.name for m in mentions if m.listed_as}
    for mention in mentions if spelled else ():
        mention.name = spelled.get(mention.name, mention.name)


def rename_to_listed(lex: Lexicon, mentions: list[OrgMention]) -> None:
    """Mentions of one region whose names differ only in the order or form of their fields
    take the name of the one the lexicon lists."""
    listed = {}
    for mention in mentions:
        base = mention.name.rsplit(" " + mention.region.split(" ", 1)[-1], 1)[0]
        base = re.sub(r"\s+(?:Provinsi|Kabupaten|Kota)$", "", base)
        if known_regional_kind(lex, base) is not None:
            listed.setdefault(field_stems(lex, mention.name, mention.region), mention.name)
    for mention in mentions:
        name = listed.get(field_stems(lex, mention.name, mention.region))
        if name:
            mention.name = name


def rename_to_fuller(mentions: list[OrgMention]) -> None:
    """Each mention of one region, in turn, takes the name of the last other mention (renamed
    already if before it, as written if after it) whose words strictly include its own: what
    comparing every pair gives, in steps of the distinct names rather than of the mentions."""
    word_sets: dict[str, set] = {}

    def words(name: str) -> set:
        if name not in word_sets:
            word_sets[name] = set(fold(name).replace(",", " ").split())
        return word_sets[name]

    last_written = {m.name: i for i, m in enumerate(mentions)}  # the last mention written with each name
    last_renamed: dict[str, int] = {}  # the last mention already handled, by the name it now has
    for i, mention in enumerate(mentions):
        own, fuller, fuller_at = words(mention.name), None, -1
        for name in set(last_written) | set(last_renamed):
            at = last_written[name] if last_written.get(name, -1) > i else last_renamed.get(name, -1)
            if at > fuller_at and own < words(name):
                fuller, fuller_at = name, at
        if fuller is not None:
            mention.name = fuller
        last_renamed[mention.name] = i


def title_breaking_regex(lex: Lexicon) -> re.Pattern:
    """A lowercase word that ends a title's phrase (`title_breaking_words`): a verb, a passive
    ('didampingi', 'diwakilkan') or a function word between a title and a name means the title
    is not that name's: 'Menteri X, A didampingi Dirjen Y, B' does not make B the Menteri."""
    return re.compile(word_shapes_pattern(lex.words.get("title_breaking_words") or {}))


def known_capitalised_words(lex: Lexicon) -> frozenset:
    """Capitalised words that are not parts of people's names: org, place and title words."""
    words = {fold(w) for w in lex.list("not_name_words")}
    # company names are full of personal names ('PT Wijaya Karya'): their words may be names
    names = [a for o in lex.organizations if o.kind not in ("company", "state_enterprise") for a in [o.name, *o.aliases, o.head or "", *o.head_aliases]]
    names += [a for o in lex.regional_agencies for a in [o.name, *o.aliases]]
    # multi-word place names are masked as whole mentions; their parts ('Sri' of Sri Lanka) may be names
    names += [a for p in lex.places for a in [p.name, *p.aliases] if " " not in a]
    names += lex.position_titles
    names += [str(k) for k in lex.mapping("months")] + [str(k) for k in lex.mapping("days")]
    names += [a for d in lex.words.get("decree_types", []) for a in [d["name"], *(d.get("aliases") or [])]]
    names += lex.list("body_words") + [str(k) for k in lex.mapping("team_roles")]
    for name in names:
        words.update(fold(w) for w in re.findall(r"[\w'’-]+", str(name)))
    return frozenset(words - {fold(w) for w in lex.list("given_names_in_body_names")})


def title_index(lex: Lexicon) -> PhraseIndex:
    """Titles of positions and heads of bodies ('Menteri Perdagangan', 'Kepala BPS')."""
    titles = lex.position_titles + [t for o in lex.organizations for t in [o.head or "", *o.head_aliases]]
    titles += [t for o in lex.regional_agencies for t in [o.head or ""]]
    return PhraseIndex([t for t in titles if t])


def title_expansions(lex: Lexicon) -> dict[str, str]:
    """Short titles to full ones ('Mendag' -> 'Menteri Perdagangan')."""
    expansions = {}
    for position in lex.positions:
        for alias in position.get("aliases") or []:
            expansions[fold(alias)] = position["title"]
    for org in lex.organizations:
        for alias in org.head_aliases:
            if org.head:
                expansions[fold(alias)] = org.head
    return expansions


def speech_verbs_regex(lex: Lexicon) -> re.Pattern:
    """A reporting verb right after a name, with an optional place and date between and up to
    two adverbs ('Sari sebelumnya menyampaikan'). Separators are possessive: a name followed by
    a long run of spaces is rejected in linear time."""
    date = r"\w+\s*+\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*+,?\s*+"
    adverbs = words_pattern(lex.list("speech_adverbs"))
    return re.compile(DEGREE + r"[\s,]*+(?:di\s+[A-Z][\w ]{1,30}?,\s*+(?:" + date + r")?)?(?:" + date + r")?"
                      r"(?:" + adverbs + r"\s++){0,2}"
                      r"(?:" + words_pattern(lex.list("attribution_verbs_before")) + ")", re.I)


def setting_after_name_regex(lex: Lexicon) -> re.Pattern:
    """A target-setting verb right after a name, up to two adverbs between ('Budi menargetkan',
    'Sari juga mematok'): the name is the one who speaks (the attribution reads 'X menargetkan'
    as his words too)."""
    adverbs = words_pattern(lex.list("speech_adverbs"))
    return re.compile(rf"\s++(?:{adverbs}\s++){{0,2}}{words_pattern(lex.list('target_setting_verbs'))}", re.I)


def reported_speech_regex(lex: Lexicon) -> re.Pattern:
    """A verb or word that reports another's words ('mengatakan', 'menurut'), anywhere before a name."""
    words = [*lex.list("attribution_verbs_before"), *lex.list("according_words")]
    return re.compile(r"\b(?:" + words_pattern(words, suffix="") + r")\b", re.I)


def subject_of_clause(lex: Lexicon, body: str, sentence_start: int, start: int) -> bool:
    """Whether the name at `start` opens its own clause, as its subject: only capitalised words
    between it and the sentence's start or the last comma before it ('Dalam acara yang dibuka
    Gubernur X, Budi menargetkan'), and no one reported as speaking earlier in the sentence
    ('Menurut X, tahun lalu Budi menargetkan', 'X mengatakan ... bersama Budi menargetkan',
    'dinas yang dipimpin Budi menargetkan': Budi is not the one speaking)."""
    before = body[sentence_start:start]
    if lex.compiled(reported_speech_regex).search(before):
        return False
    comma = before.rfind(",")
    return bool(SUBJECT_BEFORE.fullmatch(body, sentence_start + comma + 1 if comma >= 0 else sentence_start, start))


def relative_speech_regex(lex: Lexicon) -> re.Pattern:
    """A name whose reporting verb comes after a short relative clause ('Bagus Hartono yang turut
    hadir mengatakan'): the relative pronoun, one to three lowercase words, then the verb."""
    relative = words_pattern(lex.list("relative_pronouns"), suffix="")
    return re.compile(rf"\s{{1,3}}{relative}(?:\s{{1,3}}[a-z]+){{1,3}}?\s{{1,3}}"
                      rf"(?:{words_pattern(lex.list('attribution_verbs_before'))})")


def said_before_regex(lex: Lexicon) -> re.Pattern:
    """A verb that names its speaker after it ('ujar Rudi', 'kata Sari'): the end of the text
    before a name."""
    return re.compile(r"(?:^|[\s,“”\"])" + words_pattern(lex.list("attribution_verbs_after_quote"), suffix="")
                      + r"\s{1,3}$", re.I)


def passive_speech_verbs(lex: Lexicon) -> list[str]:
    """The passive speech verbs that name their speaker after them ('disampaikan', 'dikatakan'): lexicon said_back_verbs
    less the reporting, judging and source ones, and less the phrases of two words ('datang dari')."""
    skip = set(lex.list("said_back_report_verbs") + lex.list("said_back_judging_verbs") + lex.list("said_back_source_verbs"))
    return [w for w in lex.list("said_back_verbs") if w not in skip and " " not in w]


def said_back_before_regex(lex: Lexicon) -> re.Pattern:
    """What names, after it, the one who said what came before: a noun referring back and a passive speech verb
    ('Hal itu disampaikan ', 'Pernyataan tersebut diungkapkan oleh ', 'Demikian dikatakan '; lexicon said_back_nouns,
    demonstratives, said_back_verbs less the reporting, judging and source ones, agent_prepositions): the end of the
    text before a name, which is a person's full name though no title brought him in."""
    verbs = words_pattern(passive_speech_verbs(lex), suffix="")
    nouns = words_pattern(lex.list("said_back_nouns") + lex.list("summing_up_words"), suffix="")
    these = words_pattern(lex.list("demonstratives"), suffix="")
    by = words_pattern(lex.list("agent_prepositions"), suffix="")
    summing, summed = words_pattern(lex.list("summing_up_words"), suffix=""), words_pattern(lex.list("summing_up_nouns"), suffix="")
    return re.compile(rf"\b(?:(?:{nouns})(?:\s+(?:{these}))?,?\s+(?:{verbs})\s+(?:(?:{by})\s+)?|(?:{summing})\s+(?:{summed})\s+)$", re.I)


REFERRED_REACH = 60  # 'kata pejabat yang bersangkutan, ' before the name


def official_referred_regex(lex: Lexicon) -> re.Pattern:
    """A verb that names its speaker after it by a phrase referring back to an official, then his
    name set off by a comma ('kata pejabat tersebut, Budi', 'ujar pejabat itu, Sari'; lexicon
    official_reference_phrases): the end of the text before a name."""
    return re.compile(r"(?:^|[\s,“”\"])" + words_pattern(lex.list("attribution_verbs_after_quote"), suffix="")
                      + r"\s{1,3}" + words_pattern(lex.list("official_reference_phrases"), suffix="")
                      + r"[ \t]{0,3},[ \t]{1,3}$", re.I)


TITLE_ALONE_REACH = 800  # the title alone introduced the official this far back (a paragraph or two)


def title_alone_before(lex: Lexicon, body: str, position: int, titles, orgs_by_start: list[OrgMention],
                       people: list[Person]) -> tuple[int, int] | None:
    """The span of the last title, before `position`, that introduced an official by his title and
    body alone, with no name after it, as the subject of a speech verb ('Kepala Kantor X mengatakan
    ...'): the title, then the body it names, then the verb. None when the nearest title before is a
    named person's, when the title's holder says nothing there, or when someone is named between."""
    first = bisect.bisect_left(titles, position - TITLE_ALONE_REACH, key=lambda t: t[0])
    for title_start, title_end, _ in reversed(list(itertools.islice(titles, first, None))):
        if title_end > position:
            continue
        if any(title_start <= p.start <= title_end + TITLE_NAME_GAP or p.start <= title_start < p.end for p in people):
            return None  # the nearest title is a named person's
        at = bisect.bisect_left(orgs_by_start, title_start, key=lambda o: o.start)
        org = max((o for o in orgs_by_start[at:] if o.start <= title_end + 1 and o.end <= position and o.kind != "company"),
                  key=lambda o: o.end, default=None)
        if org is None or not re.match(r"[ \t]{1,3}[a-z]", body[org.end:org.end + 4]):
            continue
        if any(org.end <= p.start <= org.end + TITLE_NAME_GAP for p in people):
            return None
        local = lex.compiled(local_qualifier_regex).match(body, org.end)  # 'Kepala Kanwil setempat menyebut'
        if not lex.compiled(speech_verbs_regex).match(body, local.end() if local else org.end):
            return None  # 'Kepala Dinas X tidak hadir', 'menghubungi Kepala Dinas X hingga ...': he said nothing
        if any(org.end < p.start < position for p in people):
            return None  # someone else named between him and the phrase
        return plt_prefix(body, title_start), org.end
    return None


TITLE_NAME_GAP = 4  # ', ' and the like between a title and the name it introduces

QUOTE_CLOSED = re.compile(r"[\s,.]*")  # between a quote's closing mark and the verb that closes it
DESCRIBED_AFTER = re.compile(r"[ \t]*,[ \t]*[a-z]")  # 'Budi, pedagang ...': a name described after a comma


def title_alone_quoted(lex: Lexicon, body: str, sentence_start: int, name_start: int, name_end: int, titles,
                       orgs_by_start: list[OrgMention], people: list[Person]) -> tuple[int, int] | None:
    """'Kepala Dinas X Provinsi Y menyebut 23 IKM ... . "...," kata Sari Dewi.': the span of the title
    alone (title_alone_before) that brought in, as the subject of a speech verb, the official whose
    quote opens right after his sentence (or inside it, or opens the next paragraph) and that the verb
    before the name closes: the name is that official's. None when another sentence stands between
    the title's and the quote, when the name is described after a comma ('kata Budi, pedagang'), or
    when no such title is there."""
    said = lex.compiled(said_before_regex).search(body, max(sentence_start, name_start - 20), name_start)
    if said is None:
        return None
    floor = max(0, said.start() - TITLE_ALONE_REACH)
    before = body[floor:said.start()]
    straight = [m.start() for m in re.finditer('"', before)]
    closing = max(before.rfind("”"), straight[-1] if straight else -1)
    opening = max(before.rfind("“"), straight[-2] if len(straight) >= 2 else -1)
    if opening < 0 or closing < opening or not QUOTE_CLOSED.fullmatch(before, closing + 1):
        return None  # the verb does not close a quote
    opening += floor
    span = title_alone_before(lex, body, opening, titles, orgs_by_start, people)
    if span is None:
        return None
    between = body[span[1]:opening]
    if "\n" in between.rstrip() or len(QUOTED_SENTENCE_STOP.findall(between)) > 1:
        return None  # another sentence between his and the quote (the quote may open the next paragraph)
    if DESCRIBED_AFTER.match(body, name_end) or lex.compiled(described_after_regex).match(body, name_end):
        return None  # '"...," kata Budi Santoso, pedagang di pasar itu': another man, described
    return span


def described_after_regex(lex: Lexicon) -> re.Pattern:
    """What describes a bare name as someone who holds no office, right after it, with no comma: his
    age ('Budi Santoso (45)', '(45 tahun)'; lexicon age_words), a trade ('Budi Santoso pedagang cabai'; lexicon
    lay_role_person_nouns), or where the reporter met him that is no office ('saat ditemui di lapaknya';
    met_circumstance_words, met_place_prepositions and then met_lay_places, any suffix: 'di kantornya' is an
    official's)."""
    trades = words_pattern(lex.list("lay_role_person_nouns"))
    met = words_pattern(lex.list("met_circumstance_words"))
    places = words_pattern(lex.list("met_lay_places"), suffix=r"\w*\b")
    age = words_pattern(lex.list("age_words"), suffix="")
    at = words_pattern(lex.list("met_place_prepositions"), suffix="")
    return re.compile(rf"[ \t]*(?:\([ \t]*\d{{1,3}}(?:[ \t]*(?i:{age}))?[ \t]*\)|(?-i:{trades})"
                      rf"|{met}[ \t]{{1,3}}{at}[ \t]{{1,3}}{places})", re.I)


BODY_REFERRED_REASON = "his title names the body by a noun referring back to it ('dinas tersebut')"
BODY_REFERRED_REACH = 160  # the verb, the title and the referring phrase before the name
REFERRED_CLAUSE_WORDS = 6  # 'yang baru dilantik Agustus lalu' between the noun and 'itu'


def body_referred_regex(lex: Lexicon) -> re.Pattern:
    """A title whose body is a common noun and a demonstrative ('Kepala Bidang Produksi dinas
    tersebut, ', 'Kepala balai itu, '; lexicon body_reference_nouns), right before a name set off by
    a comma, after a speech verb or opening its sentence (the end of the text before the name). After the
    verb the title may be a head's in lowercase ('tutur kepala balai itu, '; body_head_titles, with
    title_modifier_words); that it opens its sentence, the caller checks (title_of_body_referred)."""
    verbs = words_pattern(lex.list("attribution_verbs_after_quote"), suffix="")
    nouns = words_pattern(list(lex.mapping("body_reference_nouns")), suffix="")
    # ('tutur kepala balai itu, Rina': after the verb, a head's title in lowercase, lexicon
    # body_head_titles, a deputy's or an acting one's word before it, title_modifier_words)
    heads = words_pattern(lex.list("body_head_titles"), suffix="")
    modifiers = words_pattern(lex.list("title_modifier_words"), suffix="")
    lowercase = rf"(?-i:(?:(?i:{modifiers})\.?[ \t]{{1,3}})?(?i:{heads})[ \t]{{1,3}}(?:[A-Z][\w.&'’/-]*+[ \t]{{1,3}}){{0,7}})"
    # ('Kepala dinas yang dilantik bulan lalu itu, Budi': a relative clause between the noun and the
    # demonstrative, up to REFERRED_CLAUSE_WORDS words with no comma or full stop in it, that says he
    # took or holds the office or was met (lexicon referred_clause_holder_words), and no word of a
    # former holder or of his replacement (referred_clause_former_words: 'yang digantikannya itu, X',
    # 'yang dinonaktifkan bupati itu, X' name another man than the one the title brought in)
    word = r"[ \t]{1,3}[^\s,.;:“”\"()]++"
    holder = words_pattern(lex.list("referred_clause_holder_words"), suffix=r"\w*\b")
    former = words_pattern(lex.list("referred_clause_former_words"), suffix=r"\w*\b")
    relative = (rf"(?:[ \t]{{1,3}}{words_pattern(lex.list('relative_pronouns'), suffix='')}"
                rf"(?=(?:{word}){{0,{REFERRED_CLAUSE_WORDS - 1}}}?[ \t]{{1,3}}{holder})"
                rf"(?!(?:{word}){{0,{REFERRED_CLAUSE_WORDS - 1}}}?[ \t]{{1,3}}{former})"
                rf"(?:{word}){{1,{REFERRED_CLAUSE_WORDS}}}?)?")
    # (opening its sentence: the match starts where the search does, title_of_body_referred checks; '^'
    # would hold only at the text's start)
    # ('Kepala Seksi Usaha Kecil dan Menengah pada suku dinas itu, Dewi': a name's conjunction inside the
    # capitalised title, and a word linking the title to its body before the noun, lexicon title_body_links)
    conjunction = words_pattern(lex.list("name_conjunctions"))
    link = words_pattern(lex.list("title_body_links"))
    # ('..., Ir. Meiske': honorifics between the comma and the name the caller found after it)
    honorifics = lex.compiled(honorifics_regex).pattern
    return re.compile(rf"(?:(?P<verb>(?:^|[\s,“”\"]){verbs})[ \t]{{1,3}}|[\W]*+)"
                      rf"(?P<title>(?-i:[A-Z][\w.&'’/-]*+[ \t]{{1,3}}(?:(?:[A-Z][\w.&'’/-]*+|{conjunction})[ \t]{{1,3}}){{0,9}})"
                      rf"|(?<=[ \t]){lowercase})(?:(?P<link>(?-i:{link}))[ \t]{{1,3}})?"
                      rf"(?P<noun>(?-i:{nouns})){relative}[ \t]{{1,3}}{words_pattern(lex.list('demonstratives'), suffix='')}"
                      rf"[ \t]{{0,3}},[ \t]{{1,3}}{honorifics}$", re.I)


def title_of_body_referred(lex: Lexicon, body: str, sentence_start: int, name_start: int,
                           orgs_by_start: list[OrgMention]) -> tuple[tuple[int, int], OrgMention] | None:
    """'"...," ujar Kepala Bidang X dinas tersebut, Budi': the span of his title (without the noun)
    and the body it refers to: the last one named before whose name opens with that noun
    (lexicon body_reference_nouns: 'dinas' a Dinas, 'balai' a Balai), not a company, and of those the
    last not named after a companion word (passing_body_words: 'bersama Dinas Y'), if any. A title
    opening its sentence (no speech verb) must start with a title's word (`referring_title_openers`)."""
    # ('Sementara Kepala Seksi Ekspor dinas tersebut, Rudi, ...': a contrast's connector may open the sentence
    # before the title, lexicon contrast_clause_openers)
    opener = lex.compiled(contrast_opener_regex).match(body, sentence_start, name_start)
    opening = opener.end() if opener else sentence_start
    found = lex.compiled(body_referred_regex).search(body, max(opening, name_start - BODY_REFERRED_REACH), name_start)
    # (no speech verb before: the title opens the sentence itself, not a point BODY_REFERRED_REACH back in it)
    if found is None or not found.group("verb") and found.start() not in (sentence_start, opening):
        return None
    first = re.match(r"[\w'’-]+", found.group("title"))
    if not found.group("verb") and (first is None or fold(first.group()) not in lex.compiled(referring_title_openers)):
        return None  # (opening its sentence, the title opens with a title's word: 'Selain dinas itu, X' is no title)
    heads = body_reference_heads(lex, found.group("noun").lower())
    before = orgs_by_start[:bisect.bisect_left(orgs_by_start, found.start("title"), key=lambda o: o.start)]
    named = bodies_opening_with(before, [h + " " for h in heads] or [""], found.start("title"))
    # ('Dinas X mencatat ... bersama Dinas Y.': an office named after a companion word, lexicon
    # passing_body_words, is named in passing; the noun refers to the other one)
    passing = lex.compiled(passing_body_regex)
    leading = [o for o in named if not passing.search(body, max(0, o.start - 30), o.start)]
    named = leading or named
    end = found.start("link") if found.group("link") else found.start("noun")
    return ((found.start("title"), end), named[-1]) if named else None


def contrast_opener_regex(lex: Lexicon) -> re.Pattern:
    """A contrast's connector opening a sentence, its comma if any (lexicon contrast_clause_openers)."""
    return re.compile(rf"\s*{words_pattern(lex.list('contrast_clause_openers'))}(?:[ \t]*,)?[ \t]+", re.I)


def passing_body_regex(lex: Lexicon) -> re.Pattern:
    """A companion word right before a body's name, which names it in passing (lexicon passing_body_words)."""
    return re.compile(r"\b" + words_pattern(lex.list("passing_body_words")) + r"[ \t]{1,3}$", re.I)


def referring_title_openers(lex: Lexicon) -> frozenset[str]:
    """The folded words a title before a noun referring back to an office may open with: the first words
    of the titles file's titles and of the lexicon's body_head_titles, a unit's head word
    (unit_head_words: 'Bidang', 'Kabid'), a deputy's or an acting one's word (title_modifier_words)."""
    words = [*lex.position_titles, *lex.list("body_head_titles"), *lex.list("unit_head_words"),
             *lex.list("title_modifier_words")]
    return frozenset(fold(t.split()[0]) for t in words if t.split())


def body_reference_heads(lex: Lexicon, noun: str) -> list[str]:
    """The folded words a body's name opens with that a common noun refers back to (lexicon
    body_reference_nouns: 'dinas' a Dinas, 'balai' a Balai); none when it may be any body."""
    return [fold(w) for w in lex.mapping("body_reference_nouns")[noun] or []]


def bodies_opening_with(orgs: list[OrgMention], openings, before: int | None = None) -> list[OrgMention]:
    """The mentions of `orgs`, in their order, of a body (no company) whose folded name opens with one
    of `openings` (folded); only those ending by `before`, when given."""
    return [o for o in orgs if o.kind != "company" and (before is None or o.end <= before)
            and any(fold(o.name).startswith(w) for w in openings)]


def honorific_regex(lex: Lexicon) -> re.Pattern:
    """Honorifics and forms of address before a name ('Dr. H.', 'Bapak'), from the titles file."""
    forms = {h.rstrip(".") for h in lex.honorifics + lex.address_forms if h.rstrip(".")}
    return re.compile(r"\b" + words_pattern(forms, suffix="") + r"(?:\.\s*+|\s++)")


def honorifics_regex(lex: Lexicon) -> re.Pattern:
    """Any number of honorifics in a row ('Dr. H. '), or none."""
    return re.compile(rf"(?:{lex.compiled(honorific_regex).pattern})*+")


def name_run_regex(lex: Lexicon) -> re.Pattern:
    """A run of capitalised tokens, after any honorifics."""
    # words of a name are at most three spaces apart: no '\s+ ... \s*' pair to backtrack over long runs of spaces
    # ('Rudi H.Siregar': an initial glued to the name word after it, see glued_name_after_initial)
    glued = rf"(?<=\b[A-Z]\.)(?!{degree_tails_pattern(lex)})(?=[A-Z][a-z]{{3}})"
    # ('Rudi Muh. Fauzan', 'I Gst. Ngurah X': a given name shortened with its dot, a word of the name
    # when another capitalised word follows; lexicon abbreviated_name_words)
    token = rf"(?:{lex.compiled(abbreviated_name_regex).pattern}|{PERSON_TOKEN})"
    # (speed only: a run starts with a capital or an honorific's or abbreviated name's first letter; the
    # look-ahead fails at once at every other place)
    firsts = {c for w in lex.honorifics + lex.address_forms + lex.list("abbreviated_name_words") for c in (w[:1], w[:1].upper(), w[:1].lower())}
    ahead = rf"(?=[A-ZÀ-ÖØ-Þ{re.escape(''.join(sorted(firsts)))}])"
    return re.compile(rf"{ahead}(?:{lex.compiled(honorific_regex).pattern})*+"
                      rf"(?P<name>{token}(?:(?:\s{{1,3}}(?:(?:bin|binti|van|de)\s{{1,3}}|al-)?|{glued}){token}){{0,12}})")


def abbreviated_name_regex(lex: Lexicon) -> re.Pattern:
    """A given name shortened with its full stop ('Muh.', 'Abd.', 'Gst.'; lexicon abbreviated_name_words)
    right before another capitalised word: one word of a person's name, written with its dot."""
    return re.compile(rf"(?:{words_pattern(lex.list('abbreviated_name_words'), suffix='')})\.(?=\s{{1,3}}[A-Z])")


def degree_tails_pattern(lex: Lexicon) -> str:
    """The letters after the first dot of the titles file's dotted degrees ('Farm' of 'S.Farm.',
    'Stat' of 'S.Stat'), as whole words: glued to a capital and its dot they are a degree, not a name."""
    tails = {h.split(".", 1)[1].strip(".") for h in lex.honorifics if re.match(r"[A-Z]\.[A-Za-z]", h)}
    return words_pattern({t for t in tails if t})


def glued_name_word_regex(lex: Lexicon) -> re.Pattern:
    """A capitalised word of four letters or more that is no listed degree's tail ('Farm' of 'S.Farm')."""
    return re.compile(rf"(?!{degree_tails_pattern(lex)})[A-Z][a-z]{{3}}")


def glued_name_after_initial(lex: Lexicon, body: str, end: int) -> bool:
    """'Rudi H.Siregar': after a capital and its dot, a capitalised word of four letters or more
    glued to it that is no listed degree's ('S.Farm') is the next word of the name."""
    return bool(lex.compiled(glued_name_word_regex).match(body, end))


class Spans:
    """Half-open spans (organisations, places) merged into disjoint sorted ones, so that asking
    whether a position lies inside any of them is a bisection, not a scan of all the spans of
    the article for every word."""

    def __init__(self, spans):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted((a, b) for a, b in spans if a < b):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def __contains__(self, position: int) -> bool:
        index = bisect.bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.ends[index]


NAME_RUN_TOKEN = re.compile(r"[A-Z]\.(?=[A-Z][a-z]{3})|\S+")  # (name_runs' tokens, compiled once)


def name_runs(lex: Lexicon, body: str, start: int, end: int, taken: list[tuple[int, int]] | Spans = ()):
    """Runs of capitalised tokens that are not org, place or title words (nor inside an
    organisation's name): candidate names."""
    known = lex.compiled(known_capitalised_words)
    taken = taken if isinstance(taken, Spans) else Spans(taken)
    for match in lex.compiled(name_run_regex).finditer(body, start, end):
        tokens = list(NAME_RUN_TOKEN.finditer(match.group("name")))
        apposed = apposed_name(lex, body, match, tokens, known, taken)
        if apposed:
            yield apposed
            continue
        run = []
        for index, token in enumerate(tokens):
            word = token.group().rstrip(".,")
            position = match.start("name") + token.start()
            if fold(word) in known or word.isupper() and len(word) > 1 and not initials_of_name(lex, token.group(), tokens[index + 1:]) \
                    or position in taken:
                if run:
                    yield run
                run = []
                continue
            if not run and token.group().endswith(".") and word in lex.list("place_like_name_words") \
                    and not body[:position].rstrip().endswith(","):
                continue  # 'Kepala Stasiun X St. Gambir Budi': a station's or street's 'St.', not 'Direktur X, St. Aminah'
            if not run and lone_initial_not_opening(lex, body, position, token.group().rstrip(',')):
                continue  # 'Tipe Madya B Indra', 'Paser H Kaharuddin': a grade or an honorific, not an initial
            if degree_after_name(body, position, token.group()) \
                    and not glued_name_after_initial(lex, body, position + len(token.group())):
                break  # 'Marlianto S.Si memaparkan': a degree written after the name ends it, not an initial
            if "." in word or token.group().endswith(".") and lex.compiled(abbreviated_name_regex).match(body, position):
                word = token.group().rstrip(",")  # 'J.B.': initials keep their last dot, 'Muh.' its dot
            run.append((match.start("name") + token.start(), match.start("name") + token.start() + len(word), word))
        if run:
            yield run


# a name set off after its title ('Ketua Asosiasi X (AX) Jambi, Budi Alam, ...', 'Ketua X (AX) Budi Alam
# mengatakan'): after a capitalised word or a short name in brackets and a comma, or right after the short
# name in brackets; then a comma, a full stop or a lowercase word
APPOSED_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*|\))\s{0,3},\s{1,3}$|\)\s{1,3}$")
APPOSED_AFTER = re.compile(r"\s{0,3}[,.]|\s{1,3}[a-z]")


def apposed_name(lex: Lexicon, body: str, match: re.Match, tokens: list[re.Match], known: frozenset,
                 taken: Spans) -> list | None:
    """'Ketua Asosiasi X, Budi Alam di Medan', 'Kepala Kantor Y, Bima Saputra, melaporkan': a name
    set off by commas right after a title whose first or last word is also a word of a body's or a
    place's name ('Alam', 'Bima') is still the name, whole: two or three words, only one of them
    such a word, and that one neither a title's word, a body's head word nor a word that is never a
    name's (`not_name_words`)."""
    if not 2 <= len(tokens) <= 3 or not APPOSED_BEFORE.search(body, max(0, match.start() - 40), match.start()) \
            or not APPOSED_AFTER.match(body, match.end()):
        return None
    words = [t.group().rstrip(".,") for t in tokens]
    shared = [i for i, w in enumerate(words) if fold(w) in known]
    if len(shared) != 1 or shared[0] not in (0, len(words) - 1) or any(len(w) < 2 for w in words):
        return None
    word = fold(words[shared[0]])
    if word in lex.compiled(unlikely_name_words) or not all(re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]{2,3}", w) for w in words) \
            or words[0].isupper():
        return None
    base = match.start("name")   # the tokens' offsets count from the name, after any honorific
    if any(base + t.start() in taken for t in tokens):
        return None
    return [(base + t.start(), base + t.start() + len(w), w) for t, w in zip(tokens, words)]


def unlikely_name_words(lex: Lexicon) -> frozenset[str]:
    """Words that are never a name's, even set off by commas: the titles' words, the head words of
    bodies and places, `not_name_words` (folded)."""
    heads = lex.list("organisation_head_words") + lex.list("regional_body_head_words") + lex.list("place_head_words")
    return lex.compiled(title_words) | frozenset(fold(w) for w in heads + lex.list("not_name_words"))


CAPITAL_AND_DOT = re.compile(r"[A-Z]\.")


def degree_after_name(body: str, position: int, written: str) -> bool:
    """'Marlianto S.Si', 'Budi S.Sos': a capital and its dot glued to more letters is an academic
    degree after the name (however the titles file spells it), never an initial of the name."""
    end = position + len(written)
    return bool(CAPITAL_AND_DOT.fullmatch(written)) and end < len(body) and body[end].isalpha()


def lone_initial_not_opening(lex: Lexicon, body: str, position: int, word: str) -> bool:
    """A single capital without its dot opens a name ('Kepala X, N Budiman') only after
    punctuation or a lowercase word; right after a capitalised word it ends that phrase (a grade,
    'Kelas B'; a roman numeral) or is an honorific ('H Budiman')."""
    if len(word) != 1 or not word.isupper():
        return False  # 'M. Rahardjo': an initial with its dot is one wherever it stands
    following = re.match(r"\s{1,3}([A-Z][a-z]+)", body[position + 1:position + 20])
    if following and following.group(1) in lex.mapping("name_opening_particles").get(word, ()):
        return False  # 'Kepala Dinas X, I Wayan Sutama': a particle that opens a Balinese name, not a numeral
    if word in "IVX" or lex.compiled(honorific_regex).fullmatch(word + " "):
        return True
    window = body[max(0, position - 40):position]
    words = window.rstrip()
    if not 1 <= len(window) - len(words) <= 3:
        return False  # no capitalised word right before it (read from the end: linear)
    cut = len(words)
    while cut and (words[cut - 1].isalnum() or words[cut - 1] in "_'’-"):
        cut -= 1
    last = re.search(r"[A-Z]", words[cut:])
    if last is None:
        return False
    # ('Kepala Dinas X Kota Semarang R Wibowo', 'Kepala Dinas X Jawa Barat R Wibowo': after a place
    # of one to three words that ends the title, a capital then a name word is the name's initial)
    if re.match(r"\s{1,3}[A-Z][a-z]", body[position + 1:position + 6]):
        tail = words.rsplit(None, 3)[-3:]
        if any(lex.place(" ".join(tail[k:])) is not None for k in range(len(tail))):
            return False
    return True


def initials_of_name(lex: Lexicon, written: str, rest: list[re.Match]) -> bool:
    """'JB Rahardjo', 'J.B. Rahardjo': one or two capitals (dots or not) right before a name word
    are the person's initials, part of the name; an acronym the lexicon knows ('BI', 'PT') is not
    asked about (it is a known word), nor are roman numerals ('II Malang') or an honorific ('HM')."""
    return bool(INITIALS.fullmatch(written)) and bool(rest) and re.match(r"[A-Z][a-z]", rest[0].group()) is not None \
        and not lex.compiled(honorific_regex).fullmatch(written + " ")


def may_be_one_word_name(lex: Lexicon, name: str) -> bool:
    """A word before a comma that may be a person's one name: no opener ('Terpisah', 'Sementara'),
    no day or time word ('Kemarin', 'Senin'; lexicon not_one_word_names, days), no body or place
    the lexicon knows."""
    folded = fold(name)
    words = lex.list("briefing_break_openers") + lex.list("contrast_clause_openers") + lex.list("not_one_word_names")
    if folded in {fold(w) for w in words} or folded in {fold(d) for d in lex.mapping("days")}:
        return False
    return lex.organization(name) is None and lex.place(name) is None


PERSON_SIGNAL_REACH = 400  # characters on each side of a name that a sentence around it is read within


def spoken_of_as_a_person(lex: Lexicon, body: str, start: int, end: int) -> bool:
    """The name's sentence or the one on each side of it speaks of a person: a quote, a speaker pronoun ('Ia
    menyebut', 'kata dia'; lexicon speaker_pronouns) or a verb of speaking with '-nya' ('ujarnya', 'menurutnya';
    lexicon attribution_verbs_after_quote, according_words). A firm or an institution named alone ('Samsung
    mengklaim', 'Menurut Goldman Sachs', 'Hal itu disampaikan Harita Nickel dalam paparan publik') is not spoken of
    so; a man brought in without a title is, nearly always ('Yadi menambahkan, ... "...," tutupnya')."""
    before = [m.end() for m in SENTENCE_STOP.finditer(body, max(0, start - PERSON_SIGNAL_REACH), start)]
    # the sentence before the name's and the one after it (a blank line between paragraphs is one more stop)
    lo = before[-3] if len(before) > 2 else max(0, start - PERSON_SIGNAL_REACH)
    stops = [m.end() for m in itertools.islice(SENTENCE_STOP.finditer(body, end), 3)]
    hi = min(stops[-1] if stops else len(body), end + PERSON_SIGNAL_REACH)
    window = body[lo:hi]
    return bool(lex.compiled(person_spoken_of_regex).search(window))


def person_spoken_of_regex(lex: Lexicon) -> re.Pattern:
    """A quote mark, a speaker pronoun as a word, or a verb of speaking with '-nya' (see `spoken_of_as_a_person`)."""
    verbs = words_pattern(lex.list("attribution_verbs_after_quote") + lex.list("according_words"), suffix="")
    pronouns = words_pattern(lex.list("speaker_pronouns"))
    return re.compile(rf"[“”\"]|\b(?:{verbs})nya\b|\b{pronouns}", re.I)


def lone_name_speaking(lex: Lexicon, body: str, start: int, end: int, name: str) -> bool:
    """'Selain itu, Yadi menambahkan, ...', 'Sidik mengatakan, kinerja ...': one capitalised word that opens its clause
    (the sentence's start, or after a comma) as the subject of a speech verb is a person named by his one name, as news
    names an official after his first mention (a page read from the middle has only that name)."""
    before = body[:start].rstrip()
    return may_be_lone_name(lex, body, name) and (not before or before[-1] in ".!?,;:”\"\n" or body[start - 1:start] == "\n") \
        and spoken_of_as_a_person(lex, body, start, end)


def short_for_someone_named(word: str, people: list[Person]) -> bool:
    """'Susi' for Susiwijono Moegiarso, 'Buwas' for Budi Waseso: one word that is the start of a word of the name of
    someone the text has named, or is made of the starts of consecutive words of it, may be his short name; it is
    left to the readings that follow a speaker from sentence to sentence rather than made a new person."""
    folded = fold(word)

    def made_of_starts(rest: str, words: list[str]) -> bool:
        if not rest:
            return True
        return bool(words) and any(rest.startswith(words[0][:n]) and made_of_starts(rest[n:], words[1:])
                                   for n in range(min(len(words[0]), len(rest)), 1, -1))

    for person in people:
        for name in {person.name, *person.aliases}:
            words = [fold(w) for w in name.split()]
            if any(len(folded) >= 3 and w.startswith(folded) for w in words) \
                    or any(made_of_starts(folded, words[i:]) for i in range(len(words) - 1)):
                return True
    return False


def named_back_or_according_to(lex: Lexicon, body: str, floor: int, start: int, end: int, name: str, words: int,
                               people: list[Person]) -> bool:
    """A name no title brought in that the text still gives as the one speaking: a full name after a noun referring
    back and a passive speech verb ('Hal itu disampaikan Budi Santoso di ...'), or a name after 'Menurut' and before a
    comma, one word only when it is no short form of someone named (`short_for_someone_named`); in both, only where
    the text speaks of a person around it (`spoken_of_as_a_person`)."""
    if words >= 2 and lex.compiled(said_back_before_regex).search(body, max(floor, start - 60), start) is not None:
        return spoken_of_as_a_person(lex, body, start, end)
    return according_to_unnamed(lex, body, floor, start, end, name, words) \
        and (words >= 2 or not short_for_someone_named(name, people))


def lone_name_stop_words(lex: Lexicon) -> frozenset:
    """Words that are never a person's one name as the subject of a speech verb (see `may_be_lone_name`)."""
    return frozenset(fold(w) for w in lex.list("speaker_pronouns") + lex.list("first_person_pronouns")
                     + lex.list("body_field_words") + lex.list("regional_body_head_words"))


def nominal_confix_regex(lex: Lexicon) -> re.Pattern:
    """A noun made with a confix ('pencapaian', 'kenaikan'; lexicon nominal_confixes, written 'pe-an'), never a name."""
    parts = [str(c).split("-", 1) for c in lex.list("nominal_confixes") if "-" in str(c)]
    return re.compile("|".join(rf"{re.escape(a)}\w+{re.escape(b)}" for a, b in parts) or r"(?!)")


def according_opener_regex(lex: Lexicon) -> re.Pattern:
    """An according word opening its clause right before a name ('Menurut ', '..., menurut '; lexicon according_words)."""
    return re.compile(r"(?:^|[.!?\n,;:”\"]\s*+)(?:" + words_pattern(lex.list("according_words"), suffix="") + r")\s{1,3}$", re.I)


def may_be_lone_name(lex: Lexicon, body: str, name: str) -> bool:
    """One word that may be a person's one name: not an opener, a day, a body or a place (`may_be_one_word_name`), a
    pronoun ('Dia', 'Kami'; lexicon speaker_pronouns, first_person_pronouns), a word the text also writes in lowercase,
    a word of a body's field or head ('Karantina memastikan'; lexicon body_field_words, regional_body_head_words), nor a
    noun made with a confix ('Pencapaian ini melanjutkan'; `nominal_confix_regex`)."""
    folded = fold(name)
    return folded not in lex.compiled(lone_name_stop_words) and may_be_one_word_name(lex, name) \
        and not written_in_lowercase(body, name) and not lex.compiled(nominal_confix_regex).fullmatch(folded)


def according_to_unnamed(lex: Lexicon, body: str, clause_floor: int, start: int, end: int, name: str, words: int) -> bool:
    """'Menurut Budi Santoso, ekspor ...', 'Menurut Yadi, ...': a name right after an according word (lexicon
    according_words) that opens its clause, set off by a comma, names the one whose words follow, as 'kata X' does,
    though no title brought him in (one word must pass `may_be_lone_name`)."""
    opener = lex.compiled(according_opener_regex).search(body[max(clause_floor, start - 40):start])
    if opener is None or not body.startswith(",", end):
        return False
    return (words >= 2 or may_be_lone_name(lex, body, name)) and spoken_of_as_a_person(lex, body, start, end)


def one_word_name_before_title(lex: Lexicon, body: str, end: int, name: str) -> bool:
    """'Bambang, Kepala Balai X, mengatakan ...': the one word before the title is a person's name
    when it is no opener ('Terpisah, ...', 'Sementara, ...'), no day or time word ('Kemarin, ...',
    'Senin, ...'; lexicon not_one_word_names, days), no body or place the lexicon knows, and the
    text names him by it again as a speaker ('kata Bambang', 'Bambang menambahkan'): a company
    or an opener written again ('Bahkan beberapa pabrik tutup') is not him."""
    if not may_be_one_word_name(lex, name):
        return False
    after, before = words_pattern(lex.list("attribution_verbs_after_quote")), words_pattern(lex.list("attribution_verbs_before"))
    said = rf"\b{after}\s+(?:\w+\s+)?{re.escape(name)}\b|\b{re.escape(name)}\s+(?:\w+\s+)?{before}"
    return re.search(said, body[end:], re.I) is not None


def find_people(lex: Lexicon, body: str, sentences, orgs: list[OrgMention], places: list[PlaceMention] = (),
                words=None, dateline_place: str | None = None) -> list[Person]:
    """People introduced with a title ('Kepala Balai Karantina Rudi', one word is enough after
    a title), as the subject of a speech verb ('Sari Dewi sebelumnya menyampaikan'), or named
    after one ('ujar Rudi') (`words`: `words_of(body)`, if the caller has it). A title the
    lexicon does not list is learnt from its shape: a role phrase that ends in a known body
    ('Analis Perdagangan Ahli Muda Dinas X, Sari')."""
    people: list[Person] = []
    speech = lex.compiled(speech_verbs_regex)
    said_before = lex.compiled(said_before_regex)
    named = regions_named_in(lex, body)  # 'Kabupaten Tana X': a place wherever the text writes it, never a name
    regions = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){words_pattern(named)}", body)] if named else []
    taken = Spans([(o.start, o.end) for o in orgs] + [(p.start, p.end) for p in places if " " in p.place.name] + regions
                  + dateline_place_written(body, dateline_place))
    titles = lex.compiled(title_index).find(body, words)
    title_ends = {}  # where a title starts -> where its longest reading ends
    for title_start, title_end, _ in titles:
        title_ends[title_start] = max(title_end, title_ends.get(title_start, title_end))
    ends = sorted(orgs, key=lambda o: o.end)
    starts = sorted(orgs, key=lambda o: o.start)
    orgs_by_start = {o.start: o for o in orgs}
    resolved: list[int] = []
    passing: list[tuple[int, int, str]] = []  # full names set off as a subject that no title made a person
    for sentence in sentences:
        for run in name_runs(lex, body, sentence.start, sentence.end, taken):
            run = without_body_name(lex, body, without_place_continuation(lex, body, run, title_ends))
            if not run or names_a_place_or_body(lex, body, run, orgs_by_start, title_ends):
                continue
            start, end = run[0][0], run[-1][1]
            if unit_words_before_body(lex, body, start, end, orgs_by_start):
                continue  # '... Harga Barang Pokok (HBP) Dinas X Y': the end of a unit's name, not a person
            name = " ".join(w for _, _, w in run)
            # a full name with its own title (before it, or after a comma) introduces a person: only
            # then may one sharing an earlier person's surname be another man (see resolve_reference)
            titled = bool(role_before(lex, body, sentence.start, start, titles, ends)) or any(
                end < t_start <= end + 4 and body[end:t_start].strip() == "," for t_start, _, _ in
                itertools.islice(titles, bisect.bisect_left(titles, end, key=lambda t: t[0]), None) if t_start <= end + 4)
            known = resolve_reference(lex, name, people, start, introduced=titled) \
                or nickname_of(lex, body, sentence.start, start, end, people)
            if known:
                known.aliases.add(name)
                if fuller_name_of(known, run):
                    # 'tutur Hendra.' first, then 'Menteri Investasi Hendra Wiranata mengumumkan ...': his full
                    # name, and the title it is written with (he had none: `fuller_name_of`)
                    known.aliases.add(known.name)
                    known.name = name
                    titled_here = role_before(lex, body, sentence.start, start, titles, ends)
                    if titled_here:
                        give_role(lex, body, known, titled_here, orgs, ends, start)
                apposed = None if known.role else role_after(lex, body, end, sentence.end, title_ends, apposition=True)
                head = None if known.role or apposed else head_role_after(lex, body, end, sentence.end, starts)
                if apposed:  # first named alone, his title given later ('ujar Ani yang menjabat Kepala Dinas X')
                    give_role(lex, body, known, apposed, orgs, ends, start)
                    known.mentions.append(start)  # 'Budi, yang menjabat X, memaparkan': introduced here
                elif head:  # 'ujar Ani, yang memimpin Dinas X sejak Maret'
                    give_head_role(lex, body, known, head, orgs)
                    known.mentions.append(start)
                if known.organization is None or known.organization_why == BARE_UNIT_REASON:
                    # first named with a title of no body (or only the office named before him), now with one
                    body_of_title_named_again(lex, body, known, sentence.start, start, resolved, titles, ends, orgs)
                if speech.match(body, end) \
                        or lex.compiled(setting_after_name_regex).match(body, end) and subject_of_clause(lex, body, sentence.start, start) \
                        or said_before.search(body, max(sentence.start, start - 20), start) \
                        or SUBJECT_BEFORE.fullmatch(body, sentence.start, start) and lex.compiled(verb_after_name).match(body, end):
                    known.mentions.append(start)  # named again as the one speaking or acting, not in passing
                resolved.append(end)  # a title before this name is not the title of a later one
                continue
            # `resolved` grows in text order: its last end up to this name, if in this sentence
            last = bisect.bisect_right(resolved, start) - 1
            floor = max(sentence.start, resolved[last]) if last >= 0 and resolved[last] >= sentence.start else sentence.start
            role_span = role_before(lex, body, floor, start, titles, ends) or role_shape_before(body, floor, start, ends, lex)
            # 'orang nomor satu di Dinas X, Sari, ...', 'Sari, yang memimpin Dinas X, ...': head of a body, no title word
            head_span = None if role_span else head_role_before(lex, body, floor, start, ends) \
                or head_role_after(lex, body, end, sentence.end, starts)
            if role_span and name_after_comma(lex, body, end, sentence.end, taken):
                continue  # 'Direktur Marketing & Supply Chain X, Adi Munandir': still the role
            named_by_verb = said_before.search(body, max(sentence.start, start - 20), start) is not None \
                or named_back_or_according_to(lex, body, sentence.start, start, end, name, len(run), people)
            referred = None if role_span or head_span else \
                lex.compiled(official_referred_regex).search(body, max(sentence.start, start - REFERRED_REACH), start)
            if referred:  # '"...," kata pejabat tersebut, Budi': the official a title alone brought in before
                named_by_verb = True
                role_span = title_alone_before(lex, body, referred.start(), titles, starts, people)
            pointed = None if role_span or head_span or referred else \
                title_of_body_referred(lex, body, sentence.start, start, starts)
            if pointed:  # 'ujar Kepala Bidang X dinas tersebut, Budi': a title of the body named before
                named_by_verb = True
                role_span = pointed[0]
            if role_span is None and len(run) >= 2:
                role_span = role_after(lex, body, end, sentence.end, title_ends, orgs_by_start=orgs_by_start) \
                    or role_after_without_comma(lex, body, end, sentence.end, title_ends)
            elif role_span is None and named_by_verb:
                # '..., tutur Bambang, Kepala Balai X, ...': one word named by the verb, then his title
                role_span = role_after(lex, body, end, sentence.end, title_ends)
            elif role_span is None:
                # 'Bambang, Kepala Balai X (BX), mengatakan ...': one word, his title set off by commas, and
                # the speech verb after it
                after = role_after(lex, body, end, sentence.end, title_ends)
                if after and speech.match(body, after[1]) and one_word_name_before_title(lex, body, end, name):
                    role_span = after
            apposed = role_span is None and role_after(lex, body, end, sentence.end, title_ends, apposition=True)
            role_span = role_span or apposed or None
            if role_span is None and head_span is None and len(run) >= 2 and not referred and named_by_verb \
                    and not lex.compiled(lay_apposition_regex).match(body, end, sentence.end):
                # 'Kepala Dinas X menyebut ... . "...," kata Sari Dewi.': the quote right after the title alone
                role_span = title_alone_quoted(lex, body, sentence.start, start, end, titles, starts, people)
            head_span = None if role_span else head_span
            apposed = apposed or head_span
            # 'Wagiman, petani cabai di Magelang, menuturkan ...': no office, his trade set off by commas
            lay = None if role_span or head_span else lex.compiled(lay_apposition_regex).match(body, end, sentence.end)
            if lay and not (speech.match(body, lay.end())
                            and (len(run) > 1 or not written_in_lowercase(body, name) and may_be_one_word_name(lex, name))
                            and lay_speaker(lex, body, lay, name, start, orgs)
                            and not names_a_business(lex, body, start, name, orgs)):
                lay = None  # a trade set off by commas introduces only a speaker who is a person
            spoke = speech.match(body, end) is not None or lex.compiled(relative_speech_regex).match(body, end) is not None
            if len(run) == 1 and not apposed and not lay and not one_word_name(lex, body, start, end, name, spoke):
                continue
            if not (role_span or head_span or lay or spoke and (len(run) >= 2 or lone_name_speaking(lex, body, start, end, name)
                                                            and not short_for_someone_named(name, people))
                    or named_by_verb):
                if len(run) >= 2 and set_off_as_subject(body, sentence.start, start, end) \
                        and introduced_in_passing(lex, body, end, sentence.end, name):
                    passing.append((start, end, name))
                continue
            full = full_name_in_passing(name, passing) if len(run) == 1 and not (role_span or apposed) else None
            if full:  # 'Stevanus Kalalo Wowor, yang baru ..., menyebut ...' then 'ucap Stevanus': that man
                person = Person(name=full[2], start=full[0], end=full[1])
                person.aliases.add(name)
                person.mentions.append(start)
                people.insert(bisect.bisect_right(people, full[0], key=lambda p: p.start), person)
                resolved.append(end)
                continue
            if lay:
                person = Person(name=name, role=lay.group("trade"), start=start, end=end)
                role_span = lay.span("title") if lay.group("title") else None  # 'pengusaha sekaligus Ketua X': his office
            else:
                person = Person(name=name, start=start, end=end)
            if role_span:
                give_role(lex, body, person, role_span, orgs, ends, start)
                if pointed:
                    person.organization, person.organization_why = pointed[1].name, BODY_REFERRED_REASON
                    # his title with the body it refers to ('kepala dinas itu': 'Kepala Dinas X'), as if written
                    person.role = " ".join(filter(None, [(person.role or "").strip(), pointed[1].name]))
                    person.role = person.role[:1].upper() + person.role[1:]
            elif head_span:
                give_head_role(lex, body, person, head_span, orgs)
            people.append(person)
            resolved.append(end)  # nor is the title of this new person the title of the next one
    return people


def dateline_place_written(body: str, place: str | None) -> list[tuple[int, int]]:
    """Where the text writes the town of its dateline, when its name has two words or more ('Pangkalan Bun'):
    a place the lists may not know, never a part of a person's name ('Kepala Kantor Perum Bulog Sub Divre
    Pangkalan Bun Joko Susilo')."""
    if not place or " " not in place.strip():
        return []
    return [m.span() for m in re.finditer(r"(?<!\w)" + r"\s+".join(map(re.escape, place.split())) + r"(?!\w)", body)]


def fuller_name_of(person: Person, run: list) -> bool:
    """The run of name words is the person's full name when he was first named by one word only, with no title,
    and that word opens or closes the run ('Hendra' then 'Hendra Wiranata', 'Wiranata' then 'Hendra Wiranata'): a
    reader names him by the fullest form the text gives, wherever it gives it. (One named with his title first,
    'Kepala BPS X, Sutrisno', is not the 'Sutrisno Hadi' a later sentence brings in as a farmer.)"""
    words = person.name.split()
    return len(words) == 1 and not person.role and len(run) >= 2 and fold(words[0]) in (fold(run[0][2]), fold(run[-1][2]))


# before a name that is the subject of its clause: the start of the sentence (quotes, a dash), a
# comma ('Dalam jumpa pers, X ...'); after it, a comma ('X, yang ...,') or a lowercase word
SUBJECT_OPENING = re.compile(r"[\s\"“‘'(–—-]*+$|.*,\s{1,3}$", re.S)
SUBJECT_GOING_ON = re.compile(r"[ \t]{0,3},|[ \t]{1,3}[a-z]")


def set_off_as_subject(body: str, sentence_start: int, start: int, end: int) -> bool:
    """'Stevanus Kalalo Wowor, yang baru dua bulan bertugas, menyebut ...', 'Dalam jumpa pers,
    Stevanus Kalalo Wowor dari Balai X menyebut ...': a full name opening its clause, the
    subject, though no title makes it a person yet."""
    return SUBJECT_OPENING.match(body, sentence_start, start) is not None and SUBJECT_GOING_ON.match(body, end) is not None


def passing_apposition_regex(lex: Lexicon) -> re.Pattern:
    """After a full name: a phrase set off by commas that opens in lowercase ('X, yang baru dua bulan
    bertugas di Kota Y, ...') or a 'dari <body>' phrase ('X dari Asosiasi Y ...'), then a speech verb."""
    return re.compile(r"[ \t]{0,3},[ \t]{1,3}[a-z][^,.;:\n\"“”]{0,160},|[ \t]{1,3}dari(?:[ \t]{1,3}[A-Z][\w'’()-]*+){1,10}")


def introduced_in_passing(lex: Lexicon, body: str, end: int, limit: int, name: str) -> bool:
    """A full name no title made a person that a later one-word mention may be: it stood in an
    apposition or as the subject of a speech verb ('X, yang baru ..., menyebut', 'X dari Asosiasi Y
    menilai'), and it is no holiday, event or place (`not_person_name_heads`, `place_head_words`,
    the places the lexicon knows): 'Hari Raya Idul Fitri mendorong ...' brings no one in."""
    heads = {fold(w) for w in lex.list("not_person_name_heads") + lex.list("place_head_words")}
    words = fold(name).split()
    if any(" ".join(words[:n]) in heads for n in range(1, min(len(words), 3) + 1)) or lex.place(name) is not None:
        return False
    if lex.organization(name) is not None:
        return False
    apposition = lex.compiled(passing_apposition_regex).match(body, end, limit)
    return lex.compiled(speech_verbs_regex).match(body, apposition.end() if apposition else end, limit) is not None


def full_name_in_passing(word: str, passing: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The one full name set off as a subject earlier whose first or last word a later one-word
    mention is ('ucap Stevanus', 'kata Wowor'); none when two such names share it."""
    found = {entry[2]: entry for entry in passing if word in (entry[2].split()[0], entry[2].split()[-1])}
    return next(iter(found.values())) if len(found) == 1 else None


def give_role(lex: Lexicon, body: str, person: Person, role_span: tuple[int, int], orgs: list[OrgMention],
              ends: list[OrgMention], at: int) -> None:
    """The person's title (the text of `role_span`) and the body it is of: the body the title
    names, the one it delegates to, one read from the title phrase, or the government a bare
    regional title heads; the title is also a name he goes by."""
    person.role = expand_title(lex, clean_role(without_honorifics(lex, body[role_span[0]:role_span[1]])))
    person.organization = organization_of_role(lex, person.role, role_span, orgs, body) \
        or body_delegating(lex, body, role_span[0], ends)
    if person.organization and parent_changed_the_body(lex, body, person, role_span, orgs):
        person.organization_why = PARENT_QUALIFIES_REASON
    if person.organization is None:  # 'Ketua Asosiasi X (AX)': a body no list knows
        person.organization = body_named_in_role(lex, person.role)
        person.organization_why = "a body read from the title phrase" if person.organization else ""
    if person.organization is None:  # 'Wakil Bupati Budi' in a text naming one regency's government
        person.organization = body_a_bare_title_heads(lex, person.role, orgs, at, body)
        person.organization_why = BARE_TITLE_REASON if person.organization else ""
    if person.organization is None:  # 'Kepala Satuan Pelayanan Karantina X': a unit of the Balai named before
        person.organization = office_of_unit_named_before(lex, person.role, orgs, at)
        person.organization_why = UNIT_OFFICE_REASON if person.organization else ""
    if person.organization is None:  # 'Kepala Seksi Penyuluhan, Fitriani' after 'KPPBC X mencatat ...'
        person.organization, person.organization_why = body_of_bare_unit_title(lex, body, person.role, role_span,
                                                                               orgs, at) or (None, "")
    person.aliases.add(body[role_span[0]:role_span[1]].split(",")[0].strip())


UNIT_SHORT_NAME_THEN_BODY = re.compile(r"[ \t]{0,3}\([A-Z][A-Za-z-]{1,19}\)[ \t]{1,3}")


def unit_name_opening(lex: Lexicon) -> re.Pattern:
    """A unit's head word (unit_head_words: 'Bidang', 'Seksi') and the capitalised words (or a
    name's conjunction) that follow it on one line, up to where the text searched ends."""
    heads = words_pattern(lex.list("unit_head_words"))
    joins = words_pattern(lex.list("name_conjunctions"))
    return re.compile(rf"\b{heads}(?:[ \t]{{1,3}}(?:[A-Z][\w-]*+|{joins}))*+$")


def unit_words_before_body(lex: Lexicon, body: str, start: int, end: int, orgs_by_start: dict[int, OrgMention]) -> bool:
    """Capitalised words opened by a unit's head word and followed, on the same line, by a short
    name in brackets and then a body ('Bidang Harga Barang Pokok (HBP) Dinas X'): the name of a
    unit of that body, given its short name, not a person's (a person's nickname in brackets is
    followed by a verb or a comma, not a body; 'ekonom X (Indef) Bank Indonesia ...' names no unit)."""
    after = UNIT_SHORT_NAME_THEN_BODY.match(body, end)
    if after is None or after.end() not in orgs_by_start:
        return False
    return lex.compiled(unit_name_opening).search(body, max(0, start - 160), end) is not None


# a body's short name in brackets, '(KPPBC TMP A)': up to four capitalised words
SHORT_NAME_IN_BRACKETS = r"\([A-Z][A-Za-z]{1,9}(?:\s[A-Z][A-Za-z]{0,9}){0,3}\)"

# a name that opens its sentence after its title's capitalised words ('Presiden Budi meninjau ...')
SUBJECT_BEFORE = re.compile(r"\W*+(?:[A-Z][\w.'’-]*+[\s,]{1,3}){0,8}")


NAMED_AGAIN_REASON = "the body of the title he is named with again"


def body_of_title_named_again(lex: Lexicon, body: str, person: Person, sentence_start: int, start: int,
                              resolved: list[int], titles, ends: list[OrgMention], orgs: list[OrgMention]) -> None:
    """A person first named with a title that names no body ('didampingi Kabid Statistik
    Distribusi, Budi') and named again with a title that does ('Kabid Statistik Distribusi, BPS X,
    Budi, menjelaskan') works for that body: the later title completes the earlier one."""
    last = bisect.bisect_right(resolved, start) - 1
    floor = max(sentence_start, resolved[last]) if last >= 0 and resolved[last] >= sentence_start else sentence_start
    role_span = role_before(lex, body, floor, start, titles, ends) or role_shape_before(body, floor, start, ends, lex)
    if role_span is None or not bodies_in_role(orgs, role_span):
        return
    role = expand_title(lex, clean_role(without_honorifics(lex, body[role_span[0]:role_span[1]])))
    person.organization = organization_of_role(lex, role, role_span, orgs, body)
    person.organization_why = NAMED_AGAIN_REASON if person.organization else ""


def verb_after_name(lex: Lexicon) -> re.Pattern:
    """A verb by its shape right after a name ('melepas', 'berkunjung', 'dilantik', 'turut
    menyaksikan'; `official_action_verb_prefixes`), not 'dalam', 'pada': the name is the
    subject of its sentence. Shared by the people's mentions and the attribution of figures."""
    adverbs = words_pattern(lex.list("speech_adverbs"))
    prefixes = words_pattern(lex.list("official_action_verb_prefixes"), suffix="")
    return re.compile(rf",?\s++(?:{adverbs}\s++){{0,2}}(?:{prefixes})[a-z]{{3,}}\b")


def title_body_link_regex(lex: Lexicon) -> re.Pattern:
    """After a title: the capitalised words of its unit's place, then a word linking the unit to the
    body it is of ('Kepala Satuan X Muara Baru pada Balai Y, Nama'; lexicon title_body_links)."""
    return re.compile(rf"(?:\s{{1,3}}(?:[A-Z][\w.&'’-]*|&|{SHORT_NAME_IN_BRACKETS}))*\s{{1,3}}"
                      rf"{words_pattern(lex.list('title_body_links'), suffix='')}\s{{1,3}}")


def name_after_comma(lex: Lexicon, body: str, end: int, limit: int, taken) -> bool:
    """Whether the capitalised words after a title are still part of the role because the
    person's name follows a comma ('General Manager Samudra Peti Kemas Cabang X, Rudi
    Hartono'): only capitalised words (a unit, a body's short name, '&', a short name in
    brackets) up to that comma, and
    after it a name of two words or more that no title, body or place word begins."""
    gap = re.match(rf"(?:\s{{1,3}}(?:[A-Z][\w.&'’-]*|&|{SHORT_NAME_IN_BRACKETS}))*\s*,\s{{1,3}}",
                   body[end:limit])
    if gap is None:
        # ('Kepala Satuan X Muara Baru pada Balai Y, Ikan, dan Z Timur, Nama Orang': the unit's place, then
        # the body the unit is of, whose name may hold commas, then the name)
        link = lex.compiled(title_body_link_regex).match(body[end:limit])
        if link is None:
            return False
        spans = taken if isinstance(taken, Spans) else Spans(taken)
        at = end + link.end()
        index = bisect.bisect_right(spans.starts, at) - 1
        if index < 0 or spans.starts[index] != at:
            return False
        gap = re.match(r"\s*+,\s{1,3}", body[spans.ends[index]:limit])
        if gap is None:
            return False
        end = spans.ends[index]
    after = end + gap.end()
    after = lex.compiled(honorifics_regex).match(body, after).end()  # 'Disperindag X, Hj. Sari Dewi': after them
    run = next(name_runs(lex, body, after, limit, taken), None)
    return run is not None and run[0][0] == after and len(run) >= 2 \
        and not lex.compiled(speech_verbs_regex).match(body, run[0][1])


def delegation_regexes(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """After a head ('..., Budi melalui '), and before an official's title: the body or head
    (and his name) then a delegation word ('Dinas X Kota Y Budi melalui ')."""
    words = words_pattern(lex.list("delegation_words"), suffix="")
    return (re.compile(rf"\s*(?:,\s*)?(?:{words})\s+"),
            re.compile(rf"(?:\s+[A-Z][\w'’.-]*){{0,4}}\s*(?:,\s*)?(?:{words})\s+"))


def body_delegating(lex: Lexicon, body: str, role_start: int, orgs_by_end: list[OrgMention]) -> str | None:
    """'Kepala Dinas X Kota Y Budi melalui Kasi Ekspor Rudi': an official whose title names no
    body works for the body whose head speaks through him."""
    _, before = lex.compiled(delegation_regexes)
    return next((o.name for o in orgs_by_end
                 if role_start - 120 <= o.end < role_start and before.fullmatch(body, o.end, role_start)), None)


def delegate_after(lex: Lexicon, body: str, position: int, people: list[Person], offset: int = 0) -> Person | None:
    """'kata Kepala Dinas X Budi melalui Kasi Ekspor Rudi': the head speaks through the official
    introduced right after the delegation word; the words are the official's (`body` may be a
    slice of the article that starts at `offset`; people's positions are the article's)."""
    after, _ = lex.compiled(delegation_regexes)
    match = after.match(body, position)
    if match is None:
        return None
    return next((p for p in people if match.end() <= p.start - offset <= match.end() + 80
                 and not re.search(r"\b(?!dan\b)[a-z]", body[match.end():p.start - offset])), None)  # a title, not 'siaran pers'


def place_word_regexes(lex: Lexicon) -> tuple[frozenset, re.Pattern, re.Pattern, re.Pattern]:
    """The lexicon's words that go on with a place's name ('Utara' of 'Sulawesi Bagian Utara'),
    the heads that open one ('Tanjung', 'Jalan') or a body's name ('Paguyuban ...'), the heads of a body's name ('Universitas',
    'Balai') as the word right before a run, and what joins a run to the rest of a title (', dan'
    then capitalised words, or nothing) when a body follows it; a comma alone does not (a list of
    guests: 'Ketua X Budi, Bank Indonesia ...')."""
    continuations = frozenset(fold(w) for w in lex.list("compass_words") + lex.list("place_name_continuations"))
    heads = re.compile(words_pattern(lex.list("place_head_words") + lex.list("organisation_head_words"), suffix="")
                       + r"\.?(?:\s|$)")
    bodies = re.compile(r"\b" + words_pattern(lex.list("organisation_head_words") + lex.list("regional_body_head_words"),
                                              suffix="") + r" {1,3}$")
    conjunction = words_pattern(lex.list("name_conjunctions"), suffix="")
    joined = re.compile(rf",?\s{{1,3}}{conjunction}\s{{1,3}}(?:[A-Z][\w'’-]*+\s{{1,3}}){{1,5}}|\s{{1,3}}")
    return continuations, heads, bodies, joined


def without_place_continuation(lex: Lexicon, body: str, run: list, title_ends: dict[int, int]) -> list:
    """'... Sulawesi Bagian Utara Budi Harjono': a word that goes on with the place's name before
    it ('Utara', 'Raya') is not the first word of the name after it, unless a title ends right
    before it (then it is the name: 'Kepala Dinas Timur Santoso')."""
    continuations = lex.compiled(place_word_regexes)[0]
    title_end_positions = set(title_ends.values())
    while run and fold(run[0][2]) in continuations:
        before = body[max(0, run[0][0] - 4):run[0][0]]
        gap = len(before) - len(before.rstrip())
        if run[0][0] - gap in title_end_positions or not re.search(r"[A-Za-z]\s{1,3}$", before):
            break
        run = run[1:]
    return run


def names_a_place_or_body(lex: Lexicon, body: str, run: list, orgs_by_start: dict[int, OrgMention],
                          title_ends: dict[int, int]) -> bool:
    """A run of capitalised words that is not a person: a place or a body named by its head word
    ('Tanjung Priok', 'Jalan Sudirman', 'Paguyuban Perajin'), the rest of a body's name ('Universitas Brawijaya'), or
    an item of a title that lists its fields before the body it belongs to ('Direktur Industri
    Kimia, Farmasi, dan Bahan Bangunan Kemenperin': neither 'Farmasi' nor 'Bahan Bangunan' is
    a name). A title right after the run ('Rina Kusumawati Kepala BPS ...') is the
    person's own, not a body the run belongs to."""
    heads, joined = lex.compiled(place_word_regexes)[1], lex.compiled(place_word_regexes)[3]
    start, end = run[0][0], run[-1][1]
    if heads.match(body, start):
        return True
    link = joined.match(body, end)
    if not link:
        return False
    # the body may start at any capitalised word the link spans past the connector, or right after it
    # (a title on the way starts another person's phrase: 'Budi, Kepala Dinas X' keeps Budi)
    for start_at in [end + w.start() for w in re.finditer(r"(?<=\s)[A-Z]", body[end:link.end()])] + [link.end()]:
        if start_at in title_ends:
            return False
        if start_at in orgs_by_start:
            return orgs_by_start[start_at].kind != "company"
    return False


def without_body_name(lex: Lexicon, body: str, run: list) -> list:
    """'Ekonom Universitas Andalas Rina Kartika': the word right after a body's head word
    ('Universitas', 'Balai') is the rest of that body's name; a person may follow it, named by
    two words at least."""
    bodies = lex.compiled(place_word_regexes)[2]
    if not run or not bodies.search(body, max(0, run[0][0] - 30), run[0][0]):
        return run
    return run[1:] if len(run) >= 3 else []


def nickname_regexes(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """'Zulhas, sapaan akrabnya' (after the name) and 'akrab disapa Zulhas' (before it)."""
    markers = words_pattern(lex.list("nickname_markers"))
    return re.compile(r"\s*+,?\s*+(?:yang\s+)?" + markers, re.I), re.compile(markers + r"\s{1,3}$", re.I)


def nickname_of(lex: Lexicon, body: str, floor: int, start: int, end: int, people: list[Person]) -> Person | None:
    """A nickname marked as one ('Zulhas, sapaan akrabnya', 'akrab disapa Zulhas') names the
    person introduced last, not a new one."""
    after, before = lex.compiled(nickname_regexes)
    if not people or not (after.match(body, end) or before.search(body, max(floor, start - 30), start)):
        return None
    return max((p for p in people if p.start < start), key=lambda p: p.start, default=None)


def lay_apposition_regex(lex: Lexicon) -> re.Pattern:
    """After a name, a comma and the trade of someone who holds no office, opened by one of the
    lexicon's lay role nouns (person: 'petani', 'pengepul'; firm: 'pembeli', 'eksportir'; 'salah
    seorang petani' too) and written in lowercase words up to the next comma, a place in capitals
    only after a place word ('di Pasar Seririt'); a title in capitals ends it and is his office
    ('pengusaha sekaligus Ketua Kamar Dagang X', group 'title'). Any other capitalised word is no
    lay role ('karyawan Bank X'). The caller wants a speech verb right after that comma ('Wagiman,
    petani cabai di Magelang, menuturkan')."""
    openers = words_pattern(lex.list("lay_role_openers"))
    person = words_pattern(lex.list("lay_role_person_nouns"))
    firm = words_pattern(lex.list("lay_role_firm_nouns"))
    place = rf"(?:{words_pattern(lex.list('lay_role_place_words'))})(?:[ ]{{1,3}}[A-Z][\w'’.-]*+)+"
    title = rf"(?P<title>{words_pattern(lex.position_titles)}(?:[ ]{{1,3}}[\w'’()&/.-]+){{0,12}}?)"
    return re.compile(rf"[ ]{{0,3}},[ ]{{1,3}}(?P<role>(?:{openers}[ ]{{1,3}})?(?P<trade>(?:(?P<person>{person})|(?P<firm>{firm}))"
                      rf"(?:[ ]{{1,3}}(?:{place}|[a-z][\w'’/-]*+)){{0,8}}?))(?:[ ]{{1,3}}{title})?[ ]{{0,3}},")


def lay_speaker(lex: Lexicon, body: str, match: re.Match, name: str, start: int, orgs: list[OrgMention]) -> bool:
    """A lay apposition ('Wagiman, petani cabai ...,') introduces a person: never a role ranked against
    others ('pembeli kopi terbesar': a firm's or a country's), and a trade a firm may ply too
    ('pembeli', 'eksportir') only after a name of two words or more that is no company's (no
    company word, no body found there: 'Gudang Garam' is one when the lexicon knows it)."""
    if re.search(rf"\b{words_pattern(lex.list('lay_role_superlatives'))}", match.group("role"), re.I):
        return False
    if match.group("person"):
        return True
    return len(name.split()) > 1 and not lex.compiled(company_name_words) & {fold(w) for w in name.split()} \
        and not any(o.start <= start < o.end for o in orgs)


def one_word_follow_regex(lex: Lexicon) -> re.Pattern:
    """What may follow a one-word name: punctuation, or a lowercase word that does not go on
    with the noun phrase (`noun_phrase_continuations`: 'dan', 'yang', ...)."""
    continuing = words_pattern(lex.list("noun_phrase_continuations"))
    return re.compile(rf"{DEGREE}(?:\s*+(?:[,.;:(“”\"]|$)|\s++(?!{continuing})[a-z])")


def one_word_name(lex: Lexicon, body: str, start: int, end: int, name: str, spoke: bool) -> bool:
    """'Kepala Balai Karantina Rudi mengatakan', '..., Rudi, ...': a single word is a name when a
    title or a speech verb stands by it and it ends the noun phrase (a comma, or a lowercase
    word that is not a conjunction: the predicate), never the next word of a unit's name
    ('Bidang Statistik Distribusi dan Jasa', 'Statistik Distribusi BPS') nor a word with a
    clitic or a reduplication."""
    if len(name) < 3 or name.isupper() or name.casefold().endswith("nya") or re.fullmatch(r"(\w+)-\1", name, re.I):
        return False
    if written_in_lowercase(body, name):
        return False  # 'Pinang biji asal Jambi ...' where the text writes 'ekspor pinang': a common word
    return spoke or lex.compiled(one_word_follow_regex).match(body, end) is not None


def written_in_lowercase(body: str, word: str) -> bool:
    """The text writes the word in lowercase as a word of its own somewhere (not inside an
    address, a handle or a file name): a common word, which a name never is."""
    lower = word.lower()
    if lower == word:
        return False
    # (as the search (?<![\w@/.#_-])word(?![\w@/_-]|\.\w), without compiling a pattern for every name:
    # \w is a character that isalnum() or '_')
    at = body.find(lower)
    while at >= 0:
        end = at + len(lower)
        if not (at and (body[at - 1].isalnum() or body[at - 1] in "_@/.#-")) \
                and not (end < len(body) and (body[end].isalnum() or body[end] in "_@/-"
                                              or body[end] == "." and end + 1 < len(body) and (body[end + 1].isalnum() or body[end + 1] == "_"))):
            return True
        at = body.find(lower, at + 1)
    return False


# What may stand between a body and the name of its official: nothing but ',?\s', or the body's
# own qualifiers, capitalised words and short names in brackets, with commas between ('Kantor X
# Tipe Madya Pabean (KPPBC TMP A) Pasuruan, Budi', 'Stasiun X Palangka Raya, Kalimantan Tengah
# (Kalteng) Budi'); never a lowercase word, a digit or a sentence's punctuation
BODY_QUALIFIERS = re.compile(rf"(?:,?\s{{1,3}}(?:[A-Z][\w'’-]*+|{SHORT_NAME_IN_BRACKETS})){{0,6}},?\s{{1,3}}")
# six qualifiers of up to a dozen characters and their spaces: no body further back can qualify
QUALIFIED_REACH = 80


def role_shape_before(body: str, floor: int, name_start: int, orgs_by_end: list[OrgMention],
                      lex: Lexicon | None = None) -> tuple[int, int] | None:
    """A title the lexicon does not list, learnt from its shape: capitalised words that end in a
    known body right before the name ('Analis Perdagangan Ahli Muda Dinas X, Sari'); or a body
    named by its head's one-word title, which is the whole role ('Kajati Kaltim Sari')."""
    # only a body ending at most QUALIFIED_REACH characters before the name, with nothing but its
    # qualifiers between, can qualify: find those by bisection instead of scanning every
    # organisation of the article for each name
    first = bisect.bisect_left(orgs_by_end, name_start - QUALIFIED_REACH, key=lambda o: o.end)
    last = bisect.bisect_right(orgs_by_end, name_start, lo=first, key=lambda o: o.end)
    org = next((o for o in reversed(orgs_by_end[first:last]) if BODY_QUALIFIERS.fullmatch(body, o.end, name_start)), None)
    if org is None or org.start < floor or org.kind == "company":
        return None
    if lex is not None and re.match(r"\S+", body[org.start:]).group() in lex.compiled(Recogniser).regional_by_head:
        return org.start, name_start
    head = re.search(r"(?:[A-Z][\w.'’-]*\s{1,3}){1,6}$", body[max(floor, org.start - 80):org.start]) \
        or title_chain_before(lex, body, floor, org.start)
    if head is None:
        return None
    return org.start - len(head.group()), name_start


# a unit's title whose fields and units are set off by commas, with 'dan', a short name in
# brackets, or 'di' before the body ('Kepala Seksi X dan Y, Bidang Z, <body>', 'Kepala Bidang X
# (BX) di <body>'): capitalised words from a title's first word up to the body
TITLE_CHAIN = re.compile(r"(?:(?:[A-Z][\w.'’-]*+|\([A-Z][\w-]{1,14}\)|dan|&|di),?\s{1,3}){2,16}$")
TITLE_CHAIN_REACH = 160


def title_chain_before(lex: Lexicon | None, body: str, floor: int, body_start: int) -> re.Match | None:
    """The title phrase right before a body whose words a comma, 'dan' or 'di' break, when it
    opens with a word that opens a title of the lexicon ('Kepala', 'Direktur')."""
    if lex is None:
        return None
    start = max(floor, body_start - TITLE_CHAIN_REACH)
    chain = TITLE_CHAIN.search(body[start:body_start])
    if chain is None:
        return None
    openers = lex.compiled(title_openers)
    for word in re.finditer(r"[A-Z][\w'’-]*", chain.group()):
        if fold(word.group()) in openers:
            return re.search(re.escape(chain.group()[word.start():]) + "$", body[start:body_start])
    return None


def title_openers(lex: Lexicon) -> frozenset[str]:
    """The first words of the titles file's titles, folded ('kepala', 'direktur'), and the words
    that open a role no title names ('Petugas Verifikasi Perizinan, Dinas X, Budi': `role_openers`)."""
    return frozenset(fold(t.split()[0]) for t in lex.position_titles if t.split()) \
        | frozenset(fold(w) for w in lex.list("role_openers"))


TITLE_WORDS_BETWEEN = 12  # words between a title and the name it introduces; a body's name counts as one


def role_before(lex: Lexicon, body: str, floor: int, name_start: int, titles,
                orgs_by_end: list[OrgMention] = ()) -> tuple[int, int] | None:
    """Span of the title phrase that ends right before a name ('Menteri Perindustrian ', 'Kabid X, ').
    The name of a body between (`orgs_by_end`) counts as one word however long ('Kepala Bidang X
    pada Dinas A, B, C dan D Kabupaten Y, Nama')."""
    window_start = max(floor, name_start - 140)
    best = None
    first = bisect.bisect_left(titles, window_start, key=lambda t: t[0])  # titles come in text order
    for title_start, title_end, _ in itertools.islice(titles, first, None):
        if title_start >= name_start:
            break
        if title_end > name_start:
            continue
        between = lex.compiled(honorific_regex).sub("", body[title_end:name_start])
        between = lex.compiled(region_kind_dot_regex).sub(" ", between)  # 'Kepala BPS Prov. X': no stop
        if re.search(r"[.;:!?\"“”]", between) or any(breaks_title(lex, w) for w in re.findall(r"\b[a-z]+\b", between)):
            continue
        if lex.compiled(place_before_name_regex).search(between):
            continue  # 'Atase Perdagangan di Kuala Lumpur': a place, not a name
        if re.search(r"(?i)\b(?:keputusan|peraturan|instruksi|surat|kantor|istana)\s*$", body[max(0, title_start - 12):title_start]):
            continue
        if len(between.split()) > TITLE_WORDS_BETWEEN and \
                words_outside_bodies(body, title_end, name_start, orgs_by_end) > TITLE_WORDS_BETWEEN:
            continue
        if "," in between and listed_bodies_between(body, title_end, name_start, orgs_by_end):
            continue  # 'dihadiri Kepala Dinas X, Bank Y dan Badan Z, serta pedagang Nama': a list of guests
        best = (plt_prefix(body, title_start), name_start)
        break
    return best


def bodies_between(body: str, start: int, end: int, orgs_by_end: list[OrgMention]) -> list[OrgMention]:
    """The bodies (not companies) named from `start` to `end`, in text order, none inside another."""
    first = bisect.bisect_right(orgs_by_end, start, key=lambda o: o.end)
    bodies: list[OrgMention] = []
    for org in sorted((o for o in orgs_by_end[first:] if o.end <= end and o.start >= start and o.kind != "company"),
                      key=lambda o: (o.start, -o.end)):
        if not bodies or org.start >= bodies[-1].end:
            bodies.append(org)
    return bodies


def listed_bodies_between(body: str, start: int, end: int, orgs_by_end: list[OrgMention]) -> bool:
    """Two bodies or more named one after the other from `start` to `end`, joined by a comma, 'dan'
    or 'serta' ('Bank Y, Otoritas Z dan Badan W'): a list, no one body's name."""
    bodies = bodies_between(body, start, end, orgs_by_end)
    return any(re.fullmatch(r"\s*+,?\s*+(?:(?:dan|serta)\s++)?", body[a.end:b.start]) and body[a.end:b.start].strip()
               for a, b in zip(bodies, bodies[1:]))


def words_outside_bodies(body: str, start: int, end: int, orgs_by_end: list[OrgMention]) -> int:
    """The words from `start` to `end`, the first body's name (not a company's) counted as one: the
    body the title is of ('Kepala Bidang X pada Dinas A, B, C dan D Kabupaten Y, Nama'); further
    bodies count all their words (a list of bodies is no title's: role_before)."""
    bodies = bodies_between(body, start, end, orgs_by_end)
    if not bodies:
        return len(body[start:end].split())
    return len(body[start:bodies[0].start].split()) + 1 + len(body[bodies[0].end:end].split())


def region_kind_dot_regex(lex: Lexicon) -> re.Pattern:
    """A region's kind shortened with a full stop ('Prov.', 'Kab.'), a space after it or not."""
    kinds = [k for k in lex.list("region_kind_words") if fold(k) in {fold(a) for a in lex.list("sentence_abbreviations")}]
    return re.compile(rf"\b(?i:{words_pattern(kinds, suffix='')})\.")


def breaks_title(lex: Lexicon, word: str) -> bool:
    """A lowercase word between a title and a name that ends the title (title_breaking_regex);
    a word naming an office's unit never does, whatever it looks like ('kepala bidang
    distribusi BPS X, Y': 'distribusi' is no passive verb)."""
    return lex.compiled(title_breaking_regex).match(word) is not None and word not in lex.compiled(unit_words)


def unit_words(lex: Lexicon) -> frozenset[str]:
    return frozenset(fold(w) for w in lex.list("not_name_words"))


def place_before_name_regex(lex: Lexicon) -> re.Pattern:
    return re.compile(r"\b" + words_pattern(lex.list("place_before_name"), suffix="") + r"\s*$")


ROLE_AFTER_GAP = re.compile(r",\s{1,3}")


def apposition_regex(lex: Lexicon) -> re.Pattern:
    """Words that give a name its title after it ('Sari selaku Kepala Dinas X', 'ujar Rudi yang
    juga Kepala Bidang Y'): `role_apposition_words`."""
    # 'ujar Hendra, yang sejak awal tahun menjabat Kepala X': a few lowercase words (a time, 'kini')
    # between the relative pronoun and the verb of holding an office (role_apposition_verbs)
    blocked = words_pattern(lex.list("role_apposition_blockers"))
    months = words_pattern([str(m) for m in lex.mapping("months")])
    word = rf"(?:(?-i:[a-z]+)|\d{{4}}|{months})"  # a lowercase word, a year or a month ('sejak Maret 2024')
    held = rf"yang(?:\s{{1,3}}(?!{blocked}){word}){{1,4}}?\s{{1,3}}" + words_pattern(lex.list("role_apposition_verbs"), suffix="")
    return re.compile(r",?\s{1,3}(?:" + words_pattern(lex.list("role_apposition_words"), suffix="") + "|" + held + r")(?-i:\b),?\s{1,3}", re.I)


def role_words_regex(lex: Lexicon) -> re.Pattern:
    """The capitalised words (and 'dan', a bracketed short name) that complete a title."""
    conjunction = words_pattern(lex.list("name_conjunctions"), suffix="")
    return re.compile(rf"(?:\s{{1,3}}(?:[A-Z][\w.&'’-]*+|{conjunction}|\([A-Z][A-Za-z]{{1,9}}\)))*+")


def role_after(lex: Lexicon, body: str, name_end: int, limit: int, title_ends: dict[int, int],
               apposition: bool = False, orgs_by_start: dict[int, OrgMention] | None = None) -> tuple[int, int] | None:
    """'Sari Wulandari, Dirjen IKMA menuturkan': a known title right after a full name and
    a comma, with the capitalised words that complete it ('IKMA'), up to the verb or comma.
    The name's degrees may stand before the comma ('Budi Santoso ST, M.Si, Kabid X'), an acting
    officer's prefix before the title ('Plh. Kabid X'), and the body a unit's title belongs to
    after it, joined by 'di'/'pada' ('Kabid Pasar di Dinas Y': `orgs_by_start`, the bodies found)."""
    degrees = lex.compiled(degrees_after_name_regex).match(body, name_end)
    gap = (lex.compiled(apposition_regex) if apposition else ROLE_AFTER_GAP).match(body, degrees.end() if degrees else name_end)
    if not gap:
        return None
    acting = ACTING_PREFIX.match(body, gap.end())
    title_end = title_ends.get(acting.end() if acting else gap.end())
    if title_end is None or title_end > limit:
        return None
    rest = lex.compiled(role_words_regex).match(body, title_end, limit)
    end = rest.end() if rest else title_end
    joined = lex.compiled(unit_body_regex).match(body, end, limit) if orgs_by_start else None
    if joined and joined.end() in orgs_by_start and orgs_by_start[joined.end()].end <= limit:
        end = orgs_by_start[joined.end()].end
    return gap.end(), end


ACTING_PREFIX = re.compile(r"(?:Plt|Plh|Pj)\.?\s{1,3}")


def degrees_after_name_regex(lex: Lexicon) -> re.Pattern:
    """The degrees written after a name, each after a space or a comma ('Budi ST, M.Si'), up to
    the comma that opens his title; the titles file's honorifics, dotted or not."""
    forms = {h.rstrip(".") for h in lex.honorifics if h.rstrip(".") and h[:1].isupper()}
    return re.compile(rf"(?:(?:[ ]{{0,3}},)?[ ]{{1,3}}(?-i:{words_pattern(forms, suffix='')})\.?(?![\w.]))+(?=[ ]{{0,3}},)")


def unit_body_regex(lex: Lexicon) -> re.Pattern:
    """The word that joins a unit's title to its body ('Kabid Pasar di Dinas X', 'Kasi Y pada Balai Z'):
    `unit_body_prepositions`."""
    return re.compile(rf"[ ]{{1,3}}{words_pattern(lex.list('unit_body_prepositions'))}[ ]{{1,3}}")


def role_after_without_comma(lex: Lexicon, body: str, name_end: int, limit: int,
                             title_ends: dict[int, int]) -> tuple[int, int] | None:
    """'Rina Kusumawati Kepala BPS Provinsi Bali, mengatakan': a full name and its title with
    no comma between, taken only when a speech verb follows the title, so that a name that
    merely runs into a capitalised phrase is not given it."""
    gap = re.compile(r"\s{1,3}").match(body, name_end)
    if not gap or gap.end() not in title_ends:
        return None
    title_end = title_ends[gap.end()]
    if title_end > limit:
        return None
    rest = lex.compiled(role_words_regex).match(body, title_end, limit)
    role_end = rest.end() if rest else title_end
    if not lex.compiled(speech_verbs_regex).match(body, role_end):
        return None
    return gap.end(), role_end


# the capitalised words of a unit's name that may stand between a head periphrasis and the body
# that ends it ('orang nomor satu di Bidang X (BX) Dinas Y'): no lowercase word
# but 'dan', no digit, no sentence punctuation
HEAD_CHAIN = re.compile(r"(?:(?:[A-Z][\w.'’-]*+|\([A-Z][\w-]{1,14}\)|dan|&),?\s{1,3}){0,12}")
HEAD_CHAIN_REACH = 120


def head_periphrasis_regexes(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """The phrases that make a person the head of the body after them (`head_periphrasis_nouns`,
    `head_periphrasis_verbs` after 'yang' and, between, at most a word of his post now or a 'since'
    date: `head_periphrasis_now_words`, 'sejak' and `head_periphrasis_date_words`, a month or a
    year): after a name, from its end up to the body ('Sari, yang sejak Maret memimpin ', 'Sari,
    pucuk pimpinan '); before a name, ending where the body's words begin. Any other word
    between ('yang hingga tahun lalu memimpin', 'yang mewakili pejabat yang memimpin') makes no head."""
    nouns = words_pattern(lex.list("head_periphrasis_nouns"), suffix="")
    months = words_pattern([str(m) for m in lex.mapping("months")], suffix="")
    dated = rf"(?:\d{{4}}|{months}|{words_pattern(lex.list('head_periphrasis_date_words'), suffix='')})"
    since = rf"{words_pattern(lex.list('head_periphrasis_since_words'), suffix='')}(?:\s{{1,3}}{dated}){{1,3}}"
    now = words_pattern(lex.list("head_periphrasis_now_words"), suffix="")
    led = rf"yang(?:\s{{1,3}}(?:{now}|{since}))?\s{{1,3}}" + words_pattern(lex.list("head_periphrasis_verbs"), suffix="")
    after = re.compile(rf"\s{{0,3}},\s{{1,3}}{nouns}\s{{1,3}}|,?\s{{1,3}}{led}\s{{1,3}}", re.I)
    before = re.compile(rf"(?<!\w)(?i:{nouns})\s{{1,3}}(?P<chain>{HEAD_CHAIN.pattern})$")
    return after, before


def head_chain_opens_unit(lex: Lexicon, body: str, start: int, end: int) -> bool:
    """The capitalised words between a head periphrasis and its body open with a unit's head word
    ('Direktorat Jenderal X Kementerian Y', 'Bidang X Dinas Y'; `head_periphrasis_unit_words`,
    `regional_body_head_words`, `unit_head_words`), or there are none: a meeting, a team or a task
    force ('memimpin Rapat X Pemerintah Kabupaten Y') is led, not headed."""
    first = re.match(r"[A-Z][\w'’-]*", body[start:end])
    if first is None:
        return True
    units = {fold(w) for key in ("head_periphrasis_unit_words", "regional_body_head_words", "unit_head_words")
             for w in lex.list(key)}
    return fold(first.group()) in units


def head_post_was_past(lex: Lexicon, body: str, end: int, limit: int) -> bool:
    """Words after the body, before the clause ends, that put his post in the past ('yang memimpin
    Dinas X kala itu', '... hingga tahun lalu'; `head_periphrasis_past_words`)."""
    clause = re.match(r"[^,.;:\n]*", body[end:limit]).group()
    past = words_pattern(lex.list("head_periphrasis_past_words"), suffix="")
    return re.search(rf"(?<!\w){past}(?!\w)", clause, re.I) is not None


def head_body_from(lex: Lexicon, body: str, start: int, limit: int, orgs: list[OrgMention]) -> OrgMention | None:
    """The body (not a company) that the capitalised words from `start` end in: the first one
    reached with nothing but a unit's capitalised words (HEAD_CHAIN, opening with a unit's head
    word) before it."""
    first = bisect.bisect_left(orgs, start, key=lambda o: o.start)
    for org in orgs[first:]:
        if org.start > start + HEAD_CHAIN_REACH or org.end > limit:
            return None
        if org.kind != "company" and HEAD_CHAIN.fullmatch(body, start, org.start):
            return org if head_chain_opens_unit(lex, body, start, org.start) else None
    return None


def head_role_after(lex: Lexicon, body: str, name_end: int, limit: int,
                    orgs: list[OrgMention]) -> tuple[int, int] | None:
    """'Budi Santoso, yang memimpin Dinas X sejak Maret, menyebut', 'Budi Santoso, pucuk pimpinan Balai Y,
    ...', 'Sari yang sehari-hari mengepalai Dinas X menjelaskan': the span of the body he heads,
    named after him with no title word (`head_periphrasis_regexes`), his post not in the past."""
    after, _ = lex.compiled(head_periphrasis_regexes)
    phrase = after.match(body, name_end, limit)
    if phrase is None:
        return None
    org = head_body_from(lex, body, phrase.end(), limit, orgs)
    if org is None or head_post_was_past(lex, body, org.end, limit):
        return None
    return phrase.end(), org.end


def head_role_before(lex: Lexicon, body: str, floor: int, name_start: int,
                     orgs_by_end: list[OrgMention]) -> tuple[int, int] | None:
    """'orang nomor satu di Dinas X, Budi Santoso, ...', 'pucuk pimpinan Direktorat Y Kementerian Z, Sari,
    ...': the span of the body named right before the name (its qualifiers between, as for a
    title: BODY_QUALIFIERS) after a head periphrasis, a unit's capitalised words between."""
    _, before = lex.compiled(head_periphrasis_regexes)
    first = bisect.bisect_left(orgs_by_end, name_start - QUALIFIED_REACH, key=lambda o: o.end)
    last = bisect.bisect_right(orgs_by_end, name_start, lo=first, key=lambda o: o.end)
    org = next((o for o in reversed(orgs_by_end[first:last]) if BODY_QUALIFIERS.fullmatch(body, o.end, name_start)), None)
    if org is None or org.start < floor or org.kind == "company" or "," not in body[org.end:name_start]:
        return None
    phrase = before.search(body, max(floor, org.start - HEAD_CHAIN_REACH), org.start)
    if phrase is None or not head_chain_opens_unit(lex, body, phrase.start("chain"), org.start):
        return None
    return phrase.start("chain"), org.end


def names_a_business(lex: Lexicon, body: str, start: int, name: str, orgs: list[OrgMention]) -> bool:
    """'Toko Sinar Jaya, distributor pupuk, ...', 'Kopi X, pembeli ...', 'Xfood, produsen ...': a
    name headed by a shop's or a firm's word (`business_name_head_words`, in the name or right
    before it), a one-word name holding a firm's word (`business_name_word_parts`), or a name the
    lexicon or the text knows as a body (a company named with 'PT' elsewhere) is a business, not a
    person with a lay role."""
    heads = {fold(w) for w in lex.list("business_name_head_words")}
    before = re.search(r"([A-Z][\w'’&-]*)[ \t]{1,3}$", body[max(0, start - 30):start])
    if fold(name.split()[0]) in heads or before is not None and fold(before.group(1)) in heads:
        return True
    folded = fold(name)
    if " " not in name and any(part in folded and folded != part for part in map(fold, lex.list("business_name_word_parts"))):
        return True
    if lex.organization(name) is not None:
        return True
    return any(o.kind == "company" and re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", fold(o.name)) for o in orgs)


def give_head_role(lex: Lexicon, body: str, person: Person, span: tuple[int, int], orgs: list[OrgMention]) -> None:
    """The head of the body a periphrasis names ('yang memimpin Dinas X'): his title is the
    lexicon's `head_periphrasis_title` and the body's words, his body the one they name."""
    written = clean_role(body[span[0]:span[1]])
    title = str(lex.words.get("head_periphrasis_title") or "").strip()
    person.role = f"{title} {written}".strip()
    person.organization = organization_of_role(lex, written, span, orgs, body)
    person.organization_why = "the body a phrase makes him the head of" if person.organization else ""


def without_honorifics(lex: Lexicon, role: str) -> str:
    """'Kepala Dinas X HM', 'Gubernur Y H.': the honorifics that open the name after a title are
    the name's, not the title's last words."""
    forms = lex.compiled(honorific_forms)
    words = role.rstrip().split(" ")
    while len(words) > 1 and fold(words[-1].rstrip(".")) in forms:
        words.pop()
    return " ".join(words)


def honorific_forms(lex: Lexicon) -> set[str]:
    """The honorifics without their full stop, folded (`without_honorifics`), made once per lexicon."""
    return {fold(h.rstrip(".")) for h in lex.honorifics if h.rstrip(".")}


def plt_prefix(body: str, start: int) -> int:
    """Include an acting-officer prefix ('Plt. Kepala Dinas') in the role."""
    found = re.search(r"\b(?:Plt|Plh|Pj)\.?\s*$", body[max(0, start - 6):start])
    return start - (len(body[max(0, start - 6):start]) - found.start()) if found else start


UNIT_OFFICE_REASON = "his title names a unit of an office of that kind, the last one named before"


def office_of_unit_named_before(lex: Lexicon, role: str, orgs: list[OrgMention], at: int) -> str | None:
    """'Kepala Satuan Pelayanan Karantina Tanjung Sari' after 'Balai Karantina X mencatat ...': a title
    of a unit that the lexicon knows as part of a kind of office (office_unit_titles: the unit's
    words, the office's name as it opens) is of the last office of that kind named before him."""
    folded = fold(role)
    for unit, office in lex.compiled(office_unit_regexes):
        if unit.search(folded):
            found = bodies_opening_with(orgs, [office], at)
            if found:
                return max(found, key=lambda o: o.end).name
    return None


BARE_UNIT_REASON = "his title names a unit and no body: the office named last before him"
LINKED_UNIT_REASON = "his title names a unit, linked to the office written right after it"


def body_of_bare_unit_title(lex: Lexicon, body: str, role: str, role_span: tuple[int, int], orgs: list[OrgMention],
                            at: int) -> tuple[str, str] | None:
    """'Kepala Seksi Penyuluhan dan Layanan Informasi, Fitriani' or 'Ketua Tim Kerja Karantina
    Tumbuhan, Nurul' where no body is in the title: a unit (`unit_head_words`, `bare_unit_words`)
    is part of an office. The office is the one written right after the title and a linking word ('X
    selaku kabid Perindustrian pada Dinas Y'; `title_body_links`), or else, for a text that names the
    unit without its office, the office it has been writing about: the last body named before him. Only
    an office counts (`unit_parent_kinds`): a council, an association or a state enterprise named last reads
    none; nor is a body named as a place or a companion counted ('di Kantor Bupati', 'bersama Dinas Y').
    A company's unit words (`company_unit_words`) read none. The office and the reason."""
    if not opens_with_unit(lex, role):
        return None
    bodies = [o for o in orgs if o.kind != "company" and not o.written_alone]
    if names_a_body_of_its_own(lex, role):
        return office_of_unit_and_region(lex, body, role, role_span, bodies, at)
    linked = lex.compiled(title_link_gap)
    after = [o for o in bodies if role_span[1] <= o.start and linked.fullmatch(body, role_span[1], o.start)]
    if after:
        first = min(after, key=lambda o: o.start)
        return (first.name, LINKED_UNIT_REASON) if is_office(lex, first) else None
    aside = lex.compiled(named_aside_regex)
    before = [o for o in bodies if o.end <= min(at, role_span[0]) and not aside.search(body, max(0, o.start - 30), o.start)]
    last = max(before, key=lambda o: o.end) if before else None
    # (the last body named is the one the text is about: a council or an association named last keeps its
    # unit, which no office gets)
    return (last.name, BARE_UNIT_REASON) if last is not None and is_office(lex, last) else None


UNIT_AND_REGION_REASON = "his unit's office: the one named before him whose name holds the unit's words and his title's region"


def office_of_unit_and_region(lex: Lexicon, body: str, role: str, role_span: tuple[int, int], bodies: list[OrgMention],
                              at: int) -> tuple[str, str] | None:
    """'Kepala Bidang Penanaman Modal Kabupaten Batang, Cahyaningrum' after the text has named the Dinas Penanaman
    Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Batang: a unit (`unit_head_words`) and a region (a region
    word, `region_kind_words`, and a place) with no body between names the unit of an office of that region; the
    office is the last one of that region named before him, when its name holds every word of the unit's name. A
    title with a body's head word in it ('Kepala Bagian Umum Rumah Sakit X') names a body of its own."""
    words = role.split()
    heads = lex.compiled(organisation_head_set)
    kinds = {fold(w) for w in lex.list("region_kind_words")}
    at_kind = next((i for i in range(3, len(words) - 1) if fold(words[i]) in kinds), None)
    if at_kind is None or any(fold(w) in heads for w in words[2:at_kind]) or lex.place(" ".join(words[at_kind + 1:])) is None:
        return None
    # the unit's own words: after its head word ('Bidang'), without the joining words ('Perdagangan dan Industri')
    units = lex.compiled(unit_title_words)[0]
    head = next((i for i, w in enumerate(words[:at_kind]) if fold(w) in units), None)
    if head is None:
        return None
    joins = {fold(w) for w in lex.list("list_joining_words")} | {"&"}
    unit = [fold(w) for w in words[head + 1:at_kind] if fold(w) not in joins]
    region = fold(" ".join(words[at_kind + 1:]))
    aside = lex.compiled(named_aside_regex)
    for office in sorted((o for o in bodies if o.end <= min(at, role_span[0])), key=lambda o: -o.end):
        if aside.search(body, max(0, office.start - 30), office.start) or not is_office(lex, office) \
                or not fold(office.name).endswith(region):
            continue
        # (the last office of that region named before him, and only that one: an office of the region named
        # earlier, with another named since, is no longer the one the text is about)
        name = fold(office.name).split()
        return (office.name, UNIT_AND_REGION_REASON) if unit and all(w in name for w in unit) else None
    return None


def is_office(lex: Lexicon, mention: OrgMention) -> bool:
    """An office of government a unit may be part of: of a kind in `unit_parent_kinds`, and no
    council ('Dewan Perwakilan Rakyat Daerah X' is found as a regional body; `council_heads`)."""
    kinds, councils = lex.compiled(office_kinds_and_councils)
    return mention.kind in kinds and not fold(mention.name).startswith(councils)


def office_kinds_and_councils(lex: Lexicon) -> tuple[frozenset[str], tuple[str, ...]]:
    """The kinds of body a unit may be part of (`unit_parent_kinds`), and the folded openings of a council's
    name (`council_heads`, each with its space), read once per lexicon."""
    return frozenset(lex.list("unit_parent_kinds")), tuple(fold(w) + " " for w in lex.list("council_heads"))


def names_a_body_of_its_own(lex: Lexicon, role: str) -> bool:
    """'Kepala Bagian Umum Rumah Sakit Umum Daerah X': a title past its unit that goes on with a body's
    head word (`organisation_head_words`) or ends in a known place names the unit's own body, one no
    list knows; no body named elsewhere is read for it."""
    words = role.split()
    heads = lex.compiled(organisation_head_set)
    return any(fold(w) in heads for w in words[2:]) or (len(words) > 3 and lex.place(words[-1]) is not None)


def organisation_head_set(lex: Lexicon) -> frozenset[str]:
    """The folded head words of bodies' names (`organisation_head_words`), read once per lexicon."""
    return frozenset(fold(w) for w in lex.list("organisation_head_words"))


def opens_with_unit(lex: Lexicon, role: str) -> bool:
    """The title's first words name a unit: a unit's head word first ('Kabid X', 'Seksi X') or
    after one or two words ('Kepala Seksi X', 'Ketua Tim Kerja X', 'Wakil Kepala Bidang X'); not a
    unit a company has as well ('Kepala Divisi X')."""
    words = fold(role).split()
    units, company_units = lex.compiled(unit_title_words)
    return any(" ".join(words[i:i + n]) in units and words[i] not in company_units for i in (0, 1, 2) for n in (1, 2))


def unit_title_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Folded unit head words and the words of an office's working teams (`unit_head_words`, `bare_unit_words`),
    and the unit words a company has as well (`company_unit_words`), read once per lexicon."""
    return (frozenset(fold(w) for w in lex.list("unit_head_words") + lex.list("bare_unit_words")),
            frozenset(fold(w) for w in lex.list("company_unit_words")))


def named_aside_regex(lex: Lexicon) -> re.Pattern:
    """A word right before a body's name that names it as a place or a companion, not as the one the
    text is about ('di Kantor Bupati', 'bersama Dinas Y', 'melalui Bank X'): building_prepositions (and
    an office building's word after them, office_building_words), passing_body_words, channel_words."""
    words = lex.list("building_prepositions") + lex.list("passing_body_words") + lex.list("channel_words")
    building = words_pattern(lex.list("office_building_words"))
    return re.compile(r"\b" + words_pattern(words) + rf"[ \t]{{1,3}}(?:{building}[ \t]{{1,3}})?$", re.I)


def title_link_gap(lex: Lexicon) -> re.Pattern:
    """What stands between a title and the office written right after it: a linking word (`title_body_links`)."""
    return re.compile(rf"[ \t]{{1,3}}{words_pattern(lex.list('title_body_links'))}[ \t]{{1,3}}")


def office_unit_regexes(lex: Lexicon) -> list[tuple[re.Pattern, str]]:
    """Each unit's words of lexicon office_unit_titles as a pattern of its folded words, with how its
    office's name opens (folded), in the lexicon's order."""
    return [(re.compile(r"\b" + re.escape(fold(unit)) + r"\b"), fold(office))
            for unit, office in lex.mapping("office_unit_titles").items()]


def clean_role(role: str) -> str:
    """One space between words, no trailing comma, nor the full stop of a sentence the title ends
    ('..., kata Rudi, Kepala BPS Jambi.'), while an abbreviation keeps its own ('Tbk.')."""
    return re.sub(r"(?<=[a-z]{3})\.$", "", re.sub(r"[\s,]+$", "", re.sub(r"\s+", " ", role)).strip())


def expand_title(lex: Lexicon, role: str) -> str:
    expansions = lex.compiled(title_expansions)
    head = role.split(" ", 1)
    first = fold(head[0])
    if first in expansions:
        return expansions[first] + (" " + head[1] if len(head) > 1 else "")
    return role


def bodies_in_role(orgs: list[OrgMention], span: tuple[int, int]) -> list[OrgMention]:
    """The bodies (not companies) named inside a title's span, in text order."""
    return [o for o in orgs if span[0] <= o.start < span[1] and o.kind != "company"]


def organization_of_role(lex: Lexicon, role: str, span: tuple[int, int], orgs: list[OrgMention],
                         body: str = "") -> str | None:
    inside = bodies_in_role(orgs, span)
    qualifiers = parents_qualifying(lex, body, inside) if body else set()
    inside = [o for o in inside if id(o) not in qualifiers]
    top = [o for o in inside if not o.parent]
    if top or inside:
        return speaking_body(lex, (top or inside)[-1].name)
    companies = [o for o in orgs if span[0] <= o.start < span[1]]
    if companies:  # 'Corporate Secretary PT X Budi': a company's officer works for the company
        return companies[-1].name
    for length in range(len(role.split()), 0, -1):
        org = lex.org_by_head.get(fold(" ".join(role.split()[:length])))
        if org:
            return speaking_body(lex, org.name)
    misspelt_body = misspelt_short_name(lex, body, span, orgs) if body else None
    if misspelt_body:
        return speaking_body(lex, misspelt_body)
    return government_of_regional_head(lex, role)


PARENT_QUALIFIES_REASON = "the body his title names; the parent written after it only qualifies it"

# what may stand between a body and the parent written after it: its short name in brackets (or
# the bracket closing that short name, when it is the short name that was read), a comma
PARENT_GAP = re.compile(r"\)?\s*+(?:\([^()]{1,40}\)\s*+)?,?\s*+")
# between a unit and its ministry in running text: no comma ('Selain Badan X, Kementerian Y juga
# mencatat' names two bodies), and a short gap only
UNIT_PARENT_GAP = re.compile(r"\)?[^\S\n]*+(?:\([^()]{1,40}\)[^\S\n]*+)?")
UNIT_PARENT_GAP_MAX = 60


def ancestors(lex: Lexicon, mention: OrgMention) -> set[str]:
    """The bodies a mentioned body belongs to, nearest first, as the lexicon records them
    ('Balai Besar Karantina Pertanian X' -> Badan Karantina Pertanian -> Kementerian Pertanian)."""
    found, parent = set(), mention.parent or getattr(lex.organization(mention.name), "parent", None)
    while parent and parent not in found:
        found.add(parent)
        parent = getattr(lex.organization(parent), "parent", None)
    return found


def parents_qualifying(lex: Lexicon, body: str, mentions: list[OrgMention], gap: re.Pattern = PARENT_GAP,
                       longest_gap: int | None = None) -> set[int]:
    """'Kepala Badan Karantina Pertanian Kementerian Pertanian', 'Kepala BKIPM KKP', 'Balai X
    Kementerian Y (KY) mencatat': a body written right after one of its own units (nothing between
    but the unit's short name in brackets or a comma) only says whose unit it is; the unit is the
    body named. The ids of such qualifying mentions."""
    qualifying = set()
    for before, after in zip(mentions, mentions[1:]):
        if longest_gap is not None and not 0 <= after.start - before.end <= longest_gap:
            continue
        if after.name != before.name and after.name in ancestors(lex, before) \
                and gap.fullmatch(body, before.end, after.start):
            qualifying.add(id(after))
    return qualifying


def parent_changed_the_body(lex: Lexicon, body: str, person, span: tuple[int, int], orgs: list[OrgMention]) -> bool:
    """The title's body is followed by its parent (see `parents_qualifying`) and, read without that
    rule, the title would have named another body: only then does --explain say so (a Director
    General's ministry, chosen either way, keeps its own reason)."""
    inside = bodies_in_role(orgs, span)
    if not parents_qualifying(lex, body, inside):
        return False
    top = [o for o in inside if not o.parent]
    return speaking_body(lex, (top or inside)[-1].name) != person.organization


BARE_TITLE_REASON = "the body of the text that his bare title heads"


def body_a_bare_title_heads(lex: Lexicon, role: str, orgs: list[OrgMention], before: int, body: str = "") -> str | None:
    """A head's title that names no body ('Gubernur', 'Wakil Bupati', 'Menteri') heads a body the
    text names: a regional head (a deputy too) the government of the first region of his title's
    level named before him (the article's own: 'Pemkab X' or 'Dinas Y Kabupaten X' for 'Bupati');
    another head the one top-level body of a kind `bare_title_body_kinds` lists that the text names
    whose head's title opens with his ('Kementerian X', headed by 'Menteri X', for 'Menteri'), when
    it names exactly one; a title that is a whole head's title ('Presiden') is left alone."""
    words = role.split()
    deputies = {fold(w) for w in lex.list("deputy_title_words")}
    while len(words) > 1 and fold(words[0]) in deputies:
        words.pop(0)
    title = fold(" ".join(words))
    if not title or len(words) > 2:
        return None
    _, governments = lex.compiled(regional_head_regex)
    government = governments.get(title)
    if government is not None:
        level = str(government["name"]).split()[-1]
        region = next((o.region for o in sorted(orgs, key=lambda o: o.start)
                       if o.start < before and o.region and o.region.startswith(level + " ")), None)
        return f"{str(government['name']).rsplit(' ', 1)[0]} {region}" if region else None
    if title in lex.compiled(full_head_titles):
        return None  # 'Presiden' is a whole head's title: the bodies it heads are named by it, not the text
    heads = {fold(w) for w in lex.list("regional_body_head_words")}
    if len(words) == 2 and fold(words[1]) in heads and fold(words[0]) in lex.compiled(title_openers):
        # 'ujar Kepala Dinas, Nama': the one body of a region's government with that head word the text
        # names before him (a national body's regional office, 'Badan Pusat Statistik Provinsi X', is
        # headed by 'Kepala BPS', not 'Kepala Badan'), and no other region named between
        # (a national body's office named 'Kantor ...' or 'Balai ...' is headed by 'Kepala Kantor/Balai' too:
        # lexicon office_head_words)
        offices = {fold(w) for w in lex.list("office_head_words")}
        named = [o for o in orgs if o.start < before and o.kind == "regional_agency"
                 and (o.parent is None or fold(words[1]) in offices) and fold(o.name.split()[0]) == fold(words[1])]
        if len({o.name for o in named}) != 1:
            return None
        last = max(named, key=lambda o: o.end)
        return None if other_region_between(lex, body, last, before) else last.name
    kinds = set(lex.list("bare_title_body_kinds"))
    found = set()
    for org in orgs:
        known = lex.organization(org.name)
        if known is None or not known.head or known.parent or known.kind not in kinds:
            continue
        if any(fold(head).startswith(title + " ") for head in [known.head, *known.head_aliases]):
            found.add(org.name)
    return found.pop() if len(found) == 1 else None


def other_region_between(lex: Lexicon, body: str, org: OrgMention, before: int) -> bool:
    """A region other than the body's named between its mention and `before` ('Dinas X Kabupaten A
    ... . Di Kabupaten B, ..., ujar Kepala Dinas, Nama'): a region's kind and name, or a place the
    gazetteer knows after 'di'."""
    r = lex.compiled(Recogniser)
    own = fold(org.region or "")
    for match in r.explicit_region.finditer(body, org.end, before):
        if fold(match.group()) != own and not own.endswith(" " + fold(match.group("n"))):
            return True
    for match in re.finditer(r"\b[Dd]i[ \t]{1,3}([A-Z][\w'’-]*(?:[ \t]{1,3}[A-Z][\w'’-]*){0,2})", body[org.end:before]):
        words = match.group(1).split()
        place = next((lex.place(" ".join(words[:n])) for n in range(len(words), 0, -1) if lex.place(" ".join(words[:n]))), None)
        if place is not None and not own.endswith(" " + fold(place.name)):
            return True
    return False


def full_head_titles(lex: Lexicon) -> frozenset[str]:
    """The heads' titles of the organisations file, folded ('presiden', 'menteri perindustrian')."""
    return frozenset(fold(h) for o in lex.organizations for h in [o.head, *o.head_aliases] if h)


def body_named_in_role(lex: Lexicon, role: str) -> str | None:
    """A body no list knows, learnt from the title phrase itself when the phrase ends in the shape
    of a body's name: a head word of a body that stands on its own (`role_body_head_words`) and
    the capitalised words after it ('Ketua Umum Asosiasi Petani Rotan Nusantara (APRN) Jambi' ->
    'Asosiasi Petani Rotan Nusantara Jambi', 'Ekonom Universitas Tadulako'), or capitalised words
    closed by a company group's word (`role_company_end_words`: 'Direktur Sinar Lestari (SL)
    Group' -> 'Sinar Lestari Group'), the title's own words left out. Short names in brackets
    are dropped, a region's short name is written in full ('Sumut' -> 'Sumatera Utara')."""
    found = lex.compiled(role_body_regex).search(role)
    if found is None:
        return None
    words = re.sub(r"\s*\([^()]*\)", "", found.group()).split()
    if found.group("head") and len(words) < 2:
        return None  # 'Ketua Asosiasi, Budi': a head word alone names no body
    if not found.group("head"):  # a company group: its name starts after the title's last word
        titles = lex.compiled(title_words)
        while words and fold(words[0]) in titles:
            words.pop(0)
        if len(words) < 2:
            return None
    place = lex.place(words[-1]) if len(words) > 2 else None
    if place is not None and place.kind in ("province", "regency"):
        words[-1] = place.name
    return " ".join(words)


def role_body_regex(lex: Lexicon) -> re.Pattern:
    heads = words_pattern(lex.list("role_body_head_words"), suffix="")
    ends = words_pattern(lex.list("role_company_end_words"), suffix="")
    linking = words_pattern(lex.list("name_linking_words"), suffix="")
    word = r"(?:[A-Z][\w'’&.-]*+|\([A-Z][A-Za-z0-9]{1,9}\))"
    return re.compile(rf"\b(?:(?P<head>{heads})(?:\s++(?:{word}|{linking}))*+"
                      rf"|(?<![\w(])(?:{word}\s++){{1,8}}{ends})$")


def title_words(lex: Lexicon) -> frozenset[str]:
    """The words of the titles file (folded): 'Founder', 'Direktur', 'Utama', ..."""
    return frozenset(fold(w) for t in lex.position_titles for w in re.findall(r"[\w'’-]+", t))


# 'DPMPTSP', 'BKIPM', 'Disdagkop-UKM': two capitals at least, or a capitalised word and a capitals suffix
SHORT_NAME = re.compile(r"\b[A-Z](?:[A-Za-z]*[A-Z][A-Za-z]*|[a-z]+-[A-Z]+)(?:-[A-Z]+)?\b")
MIN_SHORT_NAME = 5  # shorter short names have too many neighbours one letter away
MIN_LISTED_SHORT_NAME = 7  # against the lexicon's whole list, only long ones ('Disdagkop-UKM')


def misspelt_short_name(lex: Lexicon, body: str, span: tuple[int, int], orgs: list[OrgMention]) -> str | None:
    """A title whose body is written as a short name one letter off ('Kepala DPMPTS X' after
    'Dinas ... (DPMPTSP) Provinsi Y', 'Kepala BKPIM Z' after '... (BKIPM) Z', 'Kabid Dindagkop-UKM
    Kota W' for the listed 'Disdagkop-UKM'): the body of the one short name it is one edit from,
    among those the text wrote before (in brackets, or as a body's whole mention), else among
    the lexicon's long short names, read again with the known spelling so that the region
    written after it qualifies it. Only asked for a title no body was found in; None when the
    reading is not unique."""
    written_before = None
    for token in SHORT_NAME.finditer(body, span[0], span[1]):
        written = fold(token.group())
        if len(written) < MIN_SHORT_NAME or lex.organization(token.group()):
            continue
        if written_before is None:
            written_before = list(short_names_written(body, orgs, span[0]))
        near = {name for short, name in written_before if one_edit_apart(written, short)}
        if len(near) == 1:
            return near.pop()
        if near or len(written) < MIN_LISTED_SHORT_NAME:
            continue
        listed = [alias for alias in lex.compiled(listed_short_names) if one_edit_apart(written, fold(alias))]
        if len(listed) == 1:
            return body_respelt(lex, body[token.start():span[1]], len(token.group()), listed[0])
    return None


def short_names_written(body: str, orgs: list[OrgMention], before: int) -> list[tuple[str, str]]:
    """(folded short name, body) for each body named before `before` by a short name alone
    ('BKIPM Surabaya' found as the listed short name) or given one in brackets ('Dinas X (DX)')."""
    found = []
    for org in orgs:
        if org.start >= before or org.kind == "company":
            continue
        whole = SHORT_NAME.match(body, org.start, org.end)
        if whole:
            found.append((fold(whole.group()), org.name))
        for bracket in re.finditer(r"\(([A-Z][\w-]{1,14})\)", body[org.start:min(org.end + 16, before)]):
            found.append((fold(bracket.group(1)), org.name))
    return found


def listed_short_names(lex: Lexicon) -> list[str]:
    """The lexicon's one-word short names of bodies and kinds of regional office, long ones only."""
    names = [a for o in [*lex.organizations, *lex.regional_agencies] if o.kind != "media" for a in o.aliases]
    return sorted({a for a in names if " " not in a and SHORT_NAME.fullmatch(a) and len(a) >= MIN_LISTED_SHORT_NAME})


def body_respelt(lex: Lexicon, written: str, length: int, alias: str) -> str | None:
    """The body a role's words name once its short name (the first `length` characters) is
    spelt as listed ('Dindagkop-UKM Kota W' read as 'Disdagkop-UKM Kota W'); a regional kind
    needs its region written there."""
    text = alias + written[length:]
    found = [o for o in find_organizations(lex, text, find_places(lex, text), None) if o.start == 0]
    if not found or found[0].kind == "regional_agency" and not found[0].region:
        return None
    return found[0].name


def government_of_regional_head(lex: Lexicon, role: str) -> str | None:
    """'Gubernur Bali' -> Pemerintah Provinsi Bali, 'Bupati Jepara' -> Pemerintah Kabupaten
    Jepara: a regional head (a title with `governs` in the titles file) speaks for the government
    of the known place after the title."""
    for position in lex.positions:
        kind = position.get("governs")
        for title in [position.get("title", ""), *(position.get("aliases") or [])] if kind else []:
            if fold(role).startswith(fold(title) + " "):
                place = trim_region(lex, role[len(title):].strip())
                if lex.place(place) and lex.place(place).kind in ("province", "regency"):
                    return f"Pemerintah {region_name(lex, kind, place)}"
    return None


def speaking_body(lex: Lexicon, name: str) -> str:
    """The body an official speaks for: a unit of a ministry that the lexicon says speaks for its
    parent ('Direktorat Jenderal ...', `units_speaking_for_parent`) gives the ministry, as its
    director-general reports the ministry's figures; a regional office keeps its own name."""
    org = lex.organization(name)
    if org is None or not org.parent or org.kind == "regional_agency" or org.name in lex.regional_offices:
        return name  # (a unit with offices of its own in the regions reports for itself: 'Direktorat Jenderal Pajak')
    units = lex.list("units_speaking_for_parent")
    if any(fold(name).startswith(fold(unit) + " ") for unit in units):
        return org.parent
    return name


def same_body(one: str | None, other: str | None) -> bool:
    """'Badan Pusat Statistik Provinsi Riau' speaks for itself, not for another body."""
    return bool(one and other) and (one == other or one.startswith(other + " ") or other.startswith(one + " "))


def resolve_reference(lex: Lexicon, text: str, people: list[Person], position: int,
                      introduced: bool = True) -> Person | None:
    """'Budi', 'Mendag Budi', 'Mendag', 'Sri Wahyuni' -> the person meant, the latest
    one mentioned before `position` that fits. A full name that shares only the surname of an
    earlier person is another person only when `introduced` (named with a title of its own)."""
    text = lex.compiled(honorific_regex).sub("", text).strip(" ,.")
    if not text:
        return None
    words = [fold(w) for w in text.split()]
    candidates = [p for p in people if p.start <= position] or list(people)
    known = lex.compiled(known_capitalised_words)
    whole, telling = fold(text), [w for w in words if w not in known]  # once, not once per person
    named = [w for w in telling if len(w.strip(".")) > 1]  # the name's words, its initials aside ('A Zulkifli')
    for person in reversed(candidates):
        forms = person.short_forms()
        if whole in forms:
            return person
        shared = [w for w in telling if w in forms]
        if introduced and len(named) >= 2 and len(shared) < 2 and named[0] not in forms \
                and not any(len(form) >= 5 and one_edit_apart(named[0], form) for form in forms):
            continue  # 'Dani Purnomo Sitepu' after 'Yosef Sitepu': another given name, another man
        if shared:
            return person
    if len(words) == 1 and len(words[0]) >= 4 and words[0] not in known:  # 'Prat' for 'Andi Pratomo Wijaya'
        for person in reversed(candidates):
            if any(clipped(words[0], fold(part), first=index == 0) for index, part in enumerate(person.name.split())):
                return person
    if len(words) == 1 and len(words[0]) >= MIN_MISSPELT and words[0] not in known:  # 'Musayafak' for 'Musyafak Fauzi'
        for person in reversed(candidates):
            if any(misspelt(words[0], fold(part)) for part in person.name.split()):
                return person
    full = lex.compiled(known_official_forms).get(whole)  # 'Jokowi': a known official's other name
    for person in reversed(candidates) if full else ():
        if fold(person.name) == full:
            return person
    role_text = fold(expand_title(lex, text))
    for person in reversed(candidates):
        if person.role and (role_text == fold(person.role) or fold(person.role).startswith(role_text)
                            or role_abbreviated(role_text, person.role)):
            return person
    org = lex.org_by_head.get(fold(text)) or lex.org_by_head.get(fold(text.split()[0]))
    if org:
        for person in reversed(candidates):
            if person.role and holds_head_post(person, org):
                return person
    return None


MIN_MISSPELT = 7  # a name this long with a letter added or dropped is still that name ('Herawanto', 'Heryawanto')


def misspelt(word: str, part: str) -> bool:
    """'Heryawanto' for 'Herawanto', 'Musayafak' for 'Musyafak': a long name part written with
    one letter added or dropped; a letter changed makes another name ('Hendri', 'Hendra')."""
    return min(len(word), len(part)) >= MIN_MISSPELT and len(word) != len(part) and one_edit_apart(word, part)


def clipped(word: str, part: str, first: bool) -> bool:
    """'Prat' of 'Pratomo', 'Sulis' of 'Sulistyono': a name part cut short, as the news call an
    official by the head of his name; the first part only when five letters at least are
    kept and two at least dropped ('Sulis' of 'Sulistyono Hadi', not 'Agus' of 'Agustina').
    Never a part's tail: 'Yanto' is a name of its own, not 'Haryanto' called short (an official's
    known nickname goes to links.yaml `people` aliases, see known_official_forms)."""
    if first:
        return len(word) >= 5 and len(part) >= len(word) + 2 and part.startswith(word)
    return part.startswith(word)


def known_official_forms(lex: Lexicon) -> dict[str, str]:
    """Other names of known officials (links.yaml `people`: full name -> aliases), folded, to the
    folded full name: 'Jokowi' is the 'Joko Widodo' the article introduced."""
    people = (read_merged(lex.language, "links.yaml", lex.extra_dirs) or {}).get("people") or {}
    bare = lex.compiled(honorific_regex)  # read as resolve_reference reads a reference: 'Pak X' is 'X'
    return {fold(bare.sub("", str(alias)).strip()): fold(str(name)) for name, entry in people.items()
            for alias in (entry or {}).get("aliases") or []}


def role_abbreviated(reference: str, role: str) -> bool:
    """'Dirjen IKM' (expanded and folded: 'direktur jenderal ikm') for 'Direktur Jenderal Industri
    Kecil dan Menengah Kementerian Perindustrian': the reference's last word is the initials
    of the capitalised words that follow the title it shares with the role."""
    ref_words, role_words = reference.split(), role.split()
    if len(ref_words) < 2 or not 2 <= len(ref_words[-1]) <= 6:
        return False
    shared = len(ref_words) - 1
    if [fold(w) for w in role_words[:shared]] != ref_words[:shared]:
        return False
    initials = "".join(w[0] for w in role_words[shared:] if w[:1].isupper())
    return fold(initials).startswith(ref_words[-1]) and len(ref_words[-1]) >= 2


def holds_head_post(person: Person, org: Organization) -> bool:
    """'Mendag' / 'Dirjen Daglu' refer to whoever was introduced as that body's head."""
    role = fold(person.role or "")
    head = fold(org.head or "")
    if head and head in role:
        return True
    same_body = person.organization in (org.name, org.parent)
    return same_body and bool(head) and role.split()[:1] == head.split()[:1]
