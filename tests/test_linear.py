"""The indexes that made extraction linear in the text size (issue 12) answer exactly what the
scans they replaced answered. Each test runs a seeded generator of small, collision-rich inputs
(few names, few values, overlapping spans) through the indexed function and through the scan it
replaced, written out here as the reference. Speed itself is measured by
bench/extract_size_bench.py, not here."""
from __future__ import annotations

import copy
import random
import re
from decimal import Decimal

import pytest

from kg.extract.facts import Places, flag_implausible, merge_restated, restates_earlier, scope_of, sentence_at
from kg.extract.mentions import PlaceMention, Spans, merge_regional_variants
from kg.extract.text import Segment
from kg.model import Evidence, Figure, OrgMention, Period, Person, Place

SEEDS = range(60)


@pytest.mark.parametrize("seed", SEEDS)
def test_spans_hold_what_any_span_holds(seed):
    rng = random.Random(seed)
    spans = [(a, a + rng.randint(0, 12)) for a in (rng.randint(0, 80) for _ in range(rng.randint(0, 15)))]
    taken = Spans(spans)
    for position in range(-2, 100):
        assert (position in taken) == any(a <= position < b for a, b in spans), (spans, position)


def pairwise_regional_variants(found):
    """merge_regional_variants as it was: every pair."""
    regional = [m for m in found if m.kind == "regional_agency" and m.region]
    for mention in regional:
        words = set(mention.name.casefold().replace(",", " ").split())
        for other in regional:
            if other.region == mention.region and words < set(other.name.casefold().replace(",", " ").split()):
                mention.name = other.name
    return found


@pytest.mark.parametrize("seed", SEEDS)
def test_regional_variants_take_the_names_pairwise_comparison_gives(seed):
    rng = random.Random(seed)
    words = ["Dinas", "Perindustrian", "Perdagangan", "Koperasi", "UKM", "Energi"]
    mentions = []
    for i in range(rng.randint(0, 25)):
        name = " ".join(rng.sample(words, rng.randint(1, 4)))
        kind = rng.choice(["regional_agency", "regional_agency", "agency"])
        mentions.append(OrgMention(i, i + 1, name, kind, region=rng.choice(["Kota A", "Kabupaten B", None])))
    expected = pairwise_regional_variants(copy.deepcopy(mentions))
    assert [m.name for m in merge_regional_variants(mentions)] == [m.name for m in expected]


def pairwise_merge(figures):
    """merge_restated as it was: each figure against every figure kept before it."""
    kept = []
    for figure in figures:
        same = next((k for k in kept if restates_earlier(k, figure)), None)
        if same is None:
            kept.append(figure)
            continue
        same.period = same.period or figure.period
        same.speaker = same.speaker or figure.speaker
        same.agency = same.agency or figure.agency
        if same.met is None:
            same.met = figure.met
    return kept


def random_figures(rng: random.Random, count: int) -> list[Figure]:
    """Figures that often restate each other; half the seeds vary little but value and period,
    so that rounded restatements of a figure that took its period from a later telling occur."""
    periods = [None, Period.year(2023), Period.year(2024)]
    figures = []
    narrow = rng.random() < 0.5
    for i in range(count):
        value = Decimal(rng.choice(["5.7", "5.71", "5.70", "5.9", "100", "101", "0", "-3"]))
        figure = Figure(type=rng.choice(["figure", "figure", "target"]), what=rng.choice(["ekspor", "nilai", "impor"]),
                        value=value, unit=rng.choice(["USD", "IDR", "percent"]),
                        kind=rng.choice(["realization", "growth"]), evidence=Evidence(i, i + 1, "x"),
                        period=rng.choice(periods), agency=rng.choice([None, "BPS"]),
                        speaker=rng.choice([None, Person("Sari Dewi")]), met=rng.choice([None, True]),
                        qualifier=rng.choice(["exact", "approx"]), measure=rng.choice(["ekspor", "impor"]),
                        scope=rng.choice([None, "Jambi"]))
        if narrow:
            figure.type, figure.unit, figure.kind, figure.measure, figure.scope = "figure", "USD", "realization", "ekspor", None
            figure.what = "ekspor"
        elif rng.random() < 0.2:
            figure.value_max = value + rng.choice([Decimal(1), Decimal(2)])
        figures.append(figure)
    return figures


def figure_state(figures):
    return [(f.value, f.unit, f.period, f.speaker, f.agency, f.met, f.plausible, f.why.get("value")) for f in figures]


@pytest.mark.parametrize("seed", SEEDS)
def test_restated_figures_merge_as_pairwise_comparison_merges(seed):
    figures = random_figures(random.Random(seed), random.Random(seed).randint(0, 40))
    reference = copy.deepcopy(figures)
    merged, expected = merge_restated(figures), pairwise_merge(reference)
    assert [f.evidence.start for f in merged] == [f.evidence.start for f in expected]
    assert figure_state(merged) == figure_state(expected)


def reference_flag_small(figures):
    """The thousand-times-smaller rule of flag_implausible as it was: every money figure against every other."""
    money = [f for f in figures if f.unit and re.fullmatch(r"[A-Z]{3}", f.unit) and f.kind in ("realization", "target")]
    for figure in money:
        peers = [f.value for f in money if f is not figure and f.unit == figure.unit and f.measure == figure.measure]
        if peers and figure.value > 0 and min(peers) / figure.value >= 500:
            figure.plausible = False
            figure.why.setdefault("value", "a thousand times smaller than the other figures of its measure")


@pytest.mark.parametrize("seed", SEEDS)
def test_small_money_figures_are_flagged_as_comparing_every_pair_flags_them(seed):
    rng = random.Random(seed)
    figures = random_figures(rng, rng.randint(0, 30))
    for figure in figures:
        figure.kind = rng.choice(["realization", "target", "growth"])
        figure.value = Decimal(rng.choice(["0.001", "0.002", "1", "1.0", "2", "5000", "-1"]))
        figure.value_max = None
    reference = copy.deepcopy(figures)
    flag_implausible(figures)
    reference_flag_small(reference)
    assert figure_state(figures) == figure_state(reference)


def reference_scope(body, start, end, places, label):
    """scope_of as it was: a regular expression per place mention."""
    kinds = ("province", "regency", "country")
    for place in places:
        if place.place.kind in kinds and re.search(r"\b" + re.escape(body[place.start:place.end]) + r"\b", label):
            return place.place.name
    inside = [p.place.name for p in places if start <= p.start < end and p.place.kind in kinds]
    return inside[-1] if inside else None


@pytest.mark.parametrize("seed", SEEDS)
def test_scope_is_the_place_a_scan_of_every_mention_finds(seed):
    rng = random.Random(seed)
    known = [Place("Jambi", "province"), Place("Jepang", "country"), Place("Kudus", "regency"),
             Place("Asia", "region"), Place("Jawa Tengah", "province")]
    body, mentions = "", []
    for _ in range(rng.randint(0, 20)):
        body += rng.choice(["ekspor ", "ke ", ", ", "naik "])
        place = rng.choice(known)
        written = rng.choice([place.name, place.name.upper()])
        mentions.append(PlaceMention(len(body), len(body) + len(written), place))
        body += written + " "
    indexed = Places(body, mentions)
    for _ in range(30):
        start = rng.randint(0, len(body) + 1)
        end = rng.randint(start, len(body) + 2)
        label = rng.choice(["ekspor", "ekspor Jambi", "ekspor JEPANG ke Kudus", "impor Asia", "ekspor Jawa Tengah"])
        assert scope_of(body, start, end, indexed, label) == reference_scope(body, start, end, mentions, label)
        assert scope_of(body, start, end, mentions, label) == reference_scope(body, start, end, mentions, label)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_sentence_at_a_position_is_the_one_a_scan_finds(seed):
    rng = random.Random(seed)
    segs, position = [], 0
    for number in range(rng.randint(0, 12)):
        start = position + rng.randint(0, 3)
        position = start + rng.randint(1, 9)
        segs.append(Segment(start, position, number))
    for point in range(-1, position + 3):
        assert sentence_at(segs, point) == next((s for s in segs if s.start <= point < s.end), None)


def test_a_persons_short_forms_follow_its_aliases():
    person = Person("Raden Wisnu Handoko")
    assert "wisnu" in person.short_forms() and "mendag" not in person.short_forms()
    person.aliases.add("Mendag")
    assert "mendag" in person.short_forms()
    person.name = "Sari Dewi"
    assert "sari" in person.short_forms() and "wisnu" not in person.short_forms()


# Whitespace, an optional piece, whitespace ('\s*[-/]?\s*', '\s*:?\s*', '\s*(?:ke-?)?\s*'): where the
# optional piece is absent the two runs cover the same spaces, and a failed match tries every split
# of them (quadratic). The linear shapes put the second run inside the option: '\s*(?:[-/]\s*)?'.
ADJACENT_WHITESPACE_RUNS = re.compile(r"\\s[*+](?:\((?:\?:)?[^()]*\)\?|\[[^\]]*\]\?|\\?[^\\()\[\]]\?)\\s[*+]")


def test_the_adjacent_runs_check_finds_the_quadratic_shapes():
    for shape in (r"(?P<n>\d)(?:\s*[-/]?\s*(?P<y>\d{4}))?", r"No\.?\s*:?\s*", r"triwulan\s*(?:ke-?)?\s*\d"):
        assert ADJACENT_WHITESPACE_RUNS.search(shape), shape
    for shape in (r"(?P<n>\d)(?:\s*(?:[-/]\s*)?(?P<y>\d{4}))?", r"No\.?\s*(?::\s*)?", r"triwulan\s*(?:ke-?\s*)?\d"):
        assert not ADJACENT_WHITESPACE_RUNS.search(shape), shape


def test_no_pattern_has_two_whitespace_runs_around_an_optional_piece():
    """The extractor's sources, and the patterns the period grammar and the frame build from the
    lexicon, hold no '\\s*X?\\s*' (timing-free: the shape, not a stopwatch)."""
    from pathlib import Path

    from kg.extract.frame import FrameWords
    from kg.extract.lexicon import Lexicon
    from kg.extract.periods import PeriodGrammar
    for path in sorted(Path(__file__).parent.parent.joinpath("kg", "extract").glob("*.py")):
        found = ADJACENT_WHITESPACE_RUNS.findall(path.read_text(encoding="utf-8"))
        assert not found, (path.name, found)
    lex = Lexicon.default()
    built = [p for _, p in lex.compiled(PeriodGrammar).patterns]
    built += [p for p in vars(lex.compiled(FrameWords)).values() if isinstance(p, re.Pattern)]
    for pattern in built:
        assert not ADJACENT_WHITESPACE_RUNS.search(pattern.pattern), pattern.pattern
