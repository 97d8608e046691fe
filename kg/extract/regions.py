"""Which region's office reports a sentence, on a page that rounds up the reports of several
regions' offices of one kind (RegionOffices): 'Jambi membukukan ekspor ...' after the head of BPS
Provinsi Riau is BPS Provinsi Jambi's report when the page has that office report too.

attribution.attribute_sentences asks it, for a sentence told with no body or speaker of its own,
where the report going on moves (`RegionOffices.clauses`); it reads the offices from the mentions
(kg.extract.mentions) and the words from the lexicon, and imports nothing of attribution's.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple, Protocol

from kg.extract.lexicon import Lexicon, fold, words_pattern
from kg.extract.mentions import REGION_KIND, REGION_LEVEL, local_qualifier_regex, place_of_region, region_name, same_body
from kg.extract.periods import YEAR
from kg.extract.read import GENERIC_DATELINE
from kg.extract.text import Segment
from kg.model import OrgMention, Person, Place

__all__ = ["Move", "RegionOffices"]

LEVEL_KIND = {level: kind for kind, level in REGION_LEVEL.items()}  # 'province' -> 'Provinsi': a region's kind word


class Told(Protocol):
    """The report going on (attribution's Briefing): its speaker and its body."""
    speaker: Person | None
    agency: str | None


class Move(NamedTuple):
    """Whose report a clause moves to: the office (None: no body) and its speaker, and why."""
    speaker: Person | None
    agency: str | None
    reason: str


REGION_MOVED_REASON = "the sentence is about another region than the report going on"
REGION_OPENED_REASON = "narration about a region in a round-up of the reports of its offices"


def region_topic_regexes(lex: Lexicon) -> dict[str, re.Pattern]:
    """What reads the region a sentence is about (RegionOffices.topic, told_about): a region's kind
    word right before its name, a clause's edge, a year (not an amount before the region), the words
    that may come before a region that is its clause's topic (lexicon region_*); and a region's kind
    word and place inside a body's name (`office_named`)."""
    kinds = words_pattern([w for k in lex.list("region_kind_words") for w in (k, k + ".")], suffix="")
    adverbs = rf"(?:{words_pattern(lex.list('region_subject_adverbs'))}\s*+){{0,2}}"
    return {
        "kind_before": re.compile(rf"(?:^|\s)(?P<kind>{kinds})\s*+$"),
        "edge": re.compile(r",(?!\d)|[;:()“”\"]|\s[–—-]{1,2}\s"),
        # where a later clause opens, after the sentence's first amount ('..., sedangkan Kota X USD 4 juta')
        "clause_edge": re.compile(r",(?!\d)|;"),
        "digit": re.compile(r"\d"),
        "year": re.compile(rf"\b{YEAR}\b"),
        "in_name": re.compile(rf"\b(?P<kind>{kinds})\s++(?P<where>[A-Z].*)$"),
        # 'Kota X justru mencatat ...': adverbs may stand between the subject and its verb, or before its amount
        "subject_verb": re.compile(rf"^\s*+{adverbs}{words_pattern(lex.list('region_subject_verbs'))}", re.I),
        "topic_prep": re.compile(rf"^{words_pattern(lex.list('region_topic_prepositions'), suffix='')}$", re.I),
        "measure": re.compile(rf"^{words_pattern(lex.list('region_measure_words'), suffix='')}$", re.I),
        "connector": re.compile(rf"^{words_pattern(lex.list('region_topic_connectors'), suffix='')}$", re.I),
        "contrast": re.compile(rf"^{words_pattern(lex.list('region_contrast_connectors'), suffix='')}$", re.I),
        "amount_next": re.compile(rf"^\s*+{adverbs}(?:Rp|USD|US\$|\d)"),
        # 'Angka itu lebih rendah ...' right after a region's figure: still that region's report
        "value_back": re.compile(rf"\W*+{words_pattern(lex.list('value_back_references'))}", re.I),
        "comma_next": re.compile(r"^\s*+,"),
        "apposition": re.compile(r"^\s*+,[^,\d]{1,30},"),
        "speech": re.compile(rf"\b{words_pattern(lex.list('attribution_verbs_before') + lex.list('attribution_verbs_after_quote'), suffix='')}\b", re.I),
    }


class Office(NamedTuple):
    """A regional office: its kind ('Badan Pusat Statistik'), its place and level, and whether its
    name says the region's kind ('... Provinsi Jambi', not '... Jambi')."""
    kind: str
    place: Place
    level: str
    with_kind: bool


def office_of_mention(lex: Lexicon, mention: OrgMention) -> Office | None:
    """The office a regional body's mention names, from the fields the mention carries: its place
    and level from its region ('Provinsi Jambi'), its kind from its parent when the name is the
    parent's followed by the region ('Badan Pusat Statistik Provinsi Jambi'). Otherwise the kind is
    the name less its region (`trimmed`): a dinas has no parent, and the parent of 'Balai Karantina
    ... Jambi' or 'Kantor Pengawasan dan Pelayanan Bea dan Cukai Kudus' is the national body, under
    another name than its offices' kind (which keys them: offices of one kind in several regions
    make a round-up, and `local_head` names an office by its kind). None for a body of no region
    the lexicon knows."""
    place, level = place_of_region(lex, mention.region)
    if place is None:
        return None
    if mention.parent and mention.name == f"{mention.parent} {mention.region}":
        return Office(mention.parent, place, level, True)
    return trimmed(mention.name, mention.region, place, level)


def office_named(lex: Lexicon, name: str) -> Office | None:
    """The office a person's body is, when the text names it in no mention of its own: read from
    its name, a region's kind word and the place after it ('Pemerintah Kabupaten Semarang')."""
    found = lex.compiled(region_topic_regexes)["in_name"].search(name)
    if found is None:
        return None
    region = f"{found.group('kind')} {found.group('where')}"
    place, level = place_of_region(lex, region)
    if place is None:
        return None
    return trimmed(name, region, place, level)


def trimmed(name: str, region: str, place: Place, level: str) -> Office | None:
    """An office's kind as its name less its region: 'Dinas Ketahanan Pangan Provinsi Sulawesi
    Tenggara' (region 'Provinsi Sulawesi Tenggara') is the 'Dinas Ketahanan Pangan' of Sulawesi
    Tenggara; an office named by its place alone ('Kantor ... Bea dan Cukai Kudus') likewise."""
    for tail in (region, region.partition(" ")[2], place.name):
        if tail and name.endswith(" " + tail) and name[:-len(tail)].strip():
            return Office(name[:-len(tail)].strip(), place, level, tail == region)
    return None


class RegionOffices:
    """The regional offices an article names, by kind and place ('BPS Provinsi Jambi' is the office
    of kind 'Badan Pusat Statistik' of Jambi), for a round-up of several regions: a sentence about
    another region than the one of the office whose report goes on ('Jambi membukukan ekspor ...',
    'Di Kota X, ekspor ...', 'ekspor Kabupaten Y pada ... tercatat ...': see `topic`) is told for
    that region's office of the same kind when the text names one, and for no body when it names
    none (a regency of the province reported on stays in its report); the speaker of another
    region's office is not its speaker. A region only passed by ('dikirim ke X', 'lebih tinggi dari
    X') moves nothing."""

    def __init__(self, lex: Lexicon, body: str, orgs: list[OrgMention], people: list[Person], places: list,
                 quotes: list | None = None):
        quotes = quotes or []
        self.lex = lex
        local = lex.compiled(local_qualifier_regex)
        # 'Kepala BPS setempat': the head of the local office of a kind, where it is named (whichever
        # office mentions.local_offices took it for)
        self.local_heads = sorted((o.start, o.parent or o.name) for o in orgs if o.kind != "company"
                                  and local.match(body, o.end))
        self.places = sorted((p for p in places if p.place.kind in ("province", "regency")), key=lambda p: p.start)
        self.starts = [p.start for p in self.places]
        self.of_body: dict[str, Office | None] = {}  # office name -> its kind, place and level
        self.body = body
        # the bodies that report on the page: a person of theirs is quoted or speaks ('kata Kepala X, B')
        regex = lex.compiled(region_topic_regexes)
        self.speaking = [(q.start, q.speaker.organization) for q in quotes
                         if q.speaker is not None and q.speaker.organization]
        for person in people:
            if person.organization and (regex["speech"].search(body, max(0, person.start - 60), person.start)
                                        or regex["speech"].search(body, person.end, person.end + 80)):
                self.speaking.append((person.start, person.organization))
        self.reporting = {org for _, org in self.speaking}
        # national bodies the page names ('Badan Pusat Statistik' with no region): and where first
        self.national = {}
        for o in orgs:
            if not o.region and o.kind != "company":
                self.national.setdefault(o.name, o.start)
        self.national_speaking = {p.organization for p in people if p.organization in self.national}
        self.offices: dict[tuple[str, str], dict[str, str]] = {}  # (kind, place name) -> {office: level}
        self.last: tuple[int, Move | None] = (-1, None)  # where the last sentence asked about ended, and its move
        if not self.places:
            return
        # each office by the first mention of its name; a person's body named in no mention, by its name
        for mention in (o for o in orgs if o.region and o.kind != "company"):
            if mention.name not in self.of_body:
                self.of_body[mention.name] = office_of_mention(lex, mention)
        for person in (p for p in people if p.organization):
            if person.organization not in self.of_body:
                self.of_body[person.organization] = office_named(lex, person.organization)
        for name, office in self.of_body.items():
            if office is not None:
                self.offices.setdefault((office.kind, office.place.name), {})[name] = office.level

    def clauses(self, body: str, seg: Segment, floor: Told, inside: list[OrgMention]) -> list[tuple[int, Move]]:
        """Where a sentence told with no body or speaker of its own moves to another region's briefing
        (`moved`): at its start, for the clause before its first amount, and at each later clause
        ('..., sedangkan Kota X USD 4 juta'), in order. `floor`: the report going on (attribution's
        Briefing: its speaker and agency)."""
        if not self.offices:
            return []
        regex = self.lex.compiled(region_topic_regexes)
        dateline = GENERIC_DATELINE.match(body[seg.start:seg.end])
        # ('PALU, (Warta X) - ...': neither the town of the dateline nor the outlet's name is the topic)
        opening = seg.start + (dateline.end() if dateline is not None else 0)
        first = regex["digit"].search(regex["year"].sub(lambda m: " " * len(m.group()), body[opening:seg.end]))
        moves = []
        starts = [opening] + ([opening + m.end() for m in regex["clause_edge"].finditer(body[opening:seg.end], first.end())]
                              if first else [])
        back = self.pointed_back(body, seg.start, opening)
        for i, start in enumerate(starts):
            stop = starts[i + 1] if i + 1 < len(starts) else seg.end
            if not regex["digit"].search(regex["year"].sub(lambda m: " " * len(m.group()), body[start:stop])):
                continue  # a clause with no amount of its own moves nothing ('..., sejalan tren X.')
            moved = self.moved(body, start, starts[i + 1] if i + 1 < len(starts) else seg.end, floor, inside)
            if moved is None and i == 0 and back is not None:
                moved = back  # 'Angka itu lebih rendah USD 2 juta ...' right after X's figure: X's report
            if moved is not None:
                moves.append((seg.start if i == 0 else start, moved))
                floor = moved
        self.last = (seg.end, moves[-1][1] if moves else None)
        return moves

    def pointed_back(self, body: str, start: int, opening: int) -> Move | None:
        """The move of the sentence right before, in the same paragraph, when this one opens by pointing
        back at the value it reported ('Angka itu ...', lexicon value_back_references): the figure
        about it is still that region's office's report. None otherwise."""
        end, move = self.last
        if move is None or end < 0 or end > start or re.search(r"[\w\n]", body[end:start]):
            return None
        if not self.lex.compiled(region_topic_regexes)["value_back"].match(body, opening):
            return None
        return move._replace(reason=f"{move.reason}; the sentence points back at the value it reported")

    def moved(self, body: str, start: int, end: int, floor: Told, inside: list[OrgMention]) -> Move | None:
        """The briefing a clause told with no body or speaker of its own moves to, when it is about
        another region than the office whose report goes on (None: it goes on)."""
        carried = self.of_body.get(floor.agency) if floor.agency else None
        if carried is None and (floor.agency or floor.speaker is not None):
            return None
        topic = self.topic(body, start, end, inside)
        if topic is None:
            return None
        place, level = topic
        if carried is None:
            return self.opened(place, level, start)
        kind, there, _, with_kind = carried
        if place.name == there.name:
            return None
        offices = self.offices.get((kind, place.name), {})
        if level and len(offices) > 1:
            offices = {name: at for name, at in offices.items() if at == level} or offices
        named = next(iter(offices)) if len(offices) == 1 else None
        local = self.local_head(body, start, kind, place, level, with_kind) if named is None else None
        office = named or local
        # that region's own office speaks in the paragraph ('Kepala BPS setempat menyebut ...')
        speaks_here = local is not None or named is not None and self.speaks_in(body, start, named)
        if place.province == there.name and not speaks_here:
            # a regency or city of the province reported on ('Kabupaten X Rp 38 miliar' in the province's
            # breakdown) stays in its report, even when its own office is named elsewhere
            return None
        if not speaks_here and not self.round_up(kind, floor.agency):
            return None
        if named is not None and named not in self.reporting:
            return None  # named in passing ('dibahas bersama BPS X'): not a report of the page
        if office is None and (there.province == place.name or kind in self.national):
            # 'Kabupaten X mencatat ...' in the report of its province's office (or the province in the
            # report of one of its cities' offices), or another region in the report of the one office
            # of that kind the page names: still its report
            return None
        speaker = floor.speaker if floor.speaker is not None and office and same_body(office, floor.speaker.organization) \
            else None
        told = f"its office of the same kind ({office})" if office else f"no office of it named: not {floor.agency}"
        return Move(speaker, office, f"{REGION_MOVED_REASON}, {place.name}: {told}")

    def local_head(self, body: str, start: int, kind: str, place, level: str | None, with_kind: bool) -> str | None:
        """'Jambi membukukan ekspor ... . Kepala BPS setempat menyebut ...': the head of the local
        office of the carried office's kind, named in the paragraph the region opens, heads that
        region's office, named as the carried office is ('Badan Pusat Statistik Provinsi Jambi')."""
        end = body.find("\n", start)
        end = len(body) if end < 0 else end
        at = bisect.bisect_left(self.local_heads, (start, ""))
        if not any(name == kind for _, name in self.local_heads[at:bisect.bisect_left(self.local_heads, (end, ""))]):
            return None
        if not with_kind:
            return f"{kind} {place.name}"
        return f"{kind} {region_name(self.lex, LEVEL_KIND.get(level), place.name)}"

    def speaks_in(self, body: str, start: int, office: str) -> bool:
        """A person of that office speaks in the paragraph holding `start`."""
        first = body.rfind("\n", 0, start) + 1
        end = body.find("\n", start)
        end = len(body) if end < 0 else end
        return any(first <= at < end for at, org in self.speaking if org == office)

    def national_reports(self, kind: str, start: int) -> bool:
        """The page's national body of that kind reports: a person of it is named, or it is named
        before the sentence ('BPS mencatat ...' then 'Nilai ekspor Provinsi X ...')."""
        return kind in self.national_speaking or self.national.get(kind, len(self.body)) < start

    def opened(self, place, level: str | None, start: int = 0) -> Move | None:
        """Narration with no report going on, about a region whose office of a kind the page rounds
        up (`round_up`) it names: 'Di Riau, ekspor ... ' in a round-up of the statistics offices'
        releases is the Riau office's report."""
        offices = {name: at for (kind, where), named in self.offices.items() if where == place.name and self.round_up(kind)
                   and not self.national_reports(kind, start) for name, at in named.items()}
        if level and len(offices) > 1:
            offices = {name: at for name, at in offices.items() if at == level} or offices
        if len(offices) != 1:
            return None
        office = next(iter(offices))
        return Move(None, office, f"{REGION_OPENED_REASON}, {place.name} ({office})")

    def round_up(self, kind: str, carried: str | None = None) -> bool:
        """The page has offices of this kind for two regions or more, neither within the other, that
        report on it (a person of theirs speaks; the office whose report goes on): a round-up of their
        reports (an office only named in passing, or a province's and one of its regencies', are not)."""
        told = self.reporting | {carried} | {h for _, h in self.local_heads}
        places = {where: self.of_body[next(iter(named))].place for (k, where), named in self.offices.items() if k == kind
                  and any(name in told for name in named)}
        return sum(1 for place in places.values() if place.province not in places) > 1

    def told_about(self, words: list[str], after: str) -> bool:
        """Whether a region with these words of its clause before it and this text after it is what
        the clause is about: the subject of a verb of realisation ('Kota X mencatat ...'), a fronted
        topic ('Di X, ...'), the owner of the measure ('ekspor X ...', 'nilai ekspor X'), or, after a
        contrast, the subject of an amount ('..., sedangkan X USD 4 juta'); connectors may come first.
        Not after any other word: a title ('Kapolda X'), a noun ('warga X', 'harga ... di X'), a
        comparison ('Mirip X'), a recipient ('untuk X' inside a clause)."""
        regex = self.lex.compiled(region_topic_regexes)
        opening = 0
        while opening < len(words) and regex["connector"].match(words[opening]):
            opening += 1
        lead = words[opening:]
        if not lead:
            after = regex["apposition"].sub("", after, count=1)  # 'Kabupaten X, tetangganya, membukukan ...'
            return bool(regex["subject_verb"].match(after)
                        or (words and regex["amount_next"].match(after) and regex["contrast"].match(words[0])))
        if len(lead) == 1 and regex["topic_prep"].match(lead[0]):
            return bool(regex["comma_next"].match(after))
        return all(regex["measure"].match(w) for w in lead)

    def topic(self, body: str, start: int, end: int, inside: list[OrgMention]) -> tuple[object, str | None] | None:
        """The region a sentence is about, before its first amount: its subject ('Kabupaten X
        membukukan ...'), the owner of its subject ('ekspor Provinsi X pada ... tercatat ...') or its
        topic ('Di Kota X, ...'), as told_about reads its clause's words before it. None when two
        regions are (or none is)."""
        regex = self.lex.compiled(region_topic_regexes)
        found = []
        for mention in self.places[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]:
            if any(o.start <= mention.start < o.end for o in inside):
                continue  # a word of a body's name ('PT Riau X', 'BPS Jambi')
            before = body[start:mention.start]
            if regex["digit"].search(regex["year"].sub("", before)):
                break  # after the first amount: no longer what the figure is about
            kind = regex["kind_before"].search(before)
            level = REGION_LEVEL.get(REGION_KIND.get(fold(kind.group("kind")), "")) if kind else None
            clause = regex["edge"].split(before[:kind.start()] if kind else before)[-1]
            if any(o.end <= mention.start and o.start >= mention.start - len(clause) for o in inside):
                continue  # 'BPS di Kota X', 'Kantor Y Kabupaten X': the seat of a body the sentence names
            if not self.told_about(clause.split(), body[mention.end:end]):
                continue
            found.append((mention.place, level))
        return found[0] if len({place.name for place, _ in found}) == 1 else None
