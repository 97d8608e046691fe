"""Second, independent annotations of development pages (tests/real/agreement/<set>/, decision 0074): their
format always, and, when the page texts are beside the repository, how the extractor does on them and on the
facts both annotators read alike.

Two people who never saw each other's gold annotated the same excerpts by the same README. Where they agree on a
figure's period or attribution, the reading is no convention one of them chose: a miss there is the extractor's.
"""
from __future__ import annotations

import importlib.util
import json

import pytest

from test_real_pages import HERE, SCORER, SETS, is_annotated_text, texts_present

AGREEMENT = HERE / "real" / "agreement"
SECOND_FILES = sorted(AGREEMENT.glob("*/*.json"))
KEYS = {"article", "published", "figures", "targets", "quotes", "decrees", "people", "organizations", "notes"}


def first_gold(set_name: str) -> dict[str, dict]:
    return {g["article"]: g for g in (json.loads(p.read_text(encoding="utf-8"))
                                      for p in sorted((HERE / "real" / f"{set_name}_gold").glob("*.json")))}


def test_every_set_of_second_annotations_covers_pages_of_its_first_gold():
    assert len(SECOND_FILES) >= 100
    for folder in sorted(p for p in AGREEMENT.iterdir() if p.is_dir()):
        first = first_gold(folder.name)
        for path in folder.glob("*.json"):
            assert json.loads(path.read_text(encoding="utf-8"))["article"] in first, path


@pytest.mark.parametrize("path", SECOND_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_second_annotations_keep_only_facts_and_short_evidence(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold) <= KEYS and "notes" in gold
    for fact in gold.get("figures", []) + gold.get("targets", []):
        assert len(str(fact.get("evidence") or "").split()) <= 12, fact
        assert fact["unit"] and fact["value"] is not None
    for quote in gold.get("quotes", []):
        assert len(quote["starts_with"].split()) <= 12


def scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def consensus_tally(set_name: str, extracted) -> dict[str, int]:
    """Over the figures and targets both annotators give (matched by value and unit as the scorer matches):
    how many have the same period in both golds and how many of those the extractor gives that period; the same
    for attribution (each gold's named speaker and agency accepted by the other)."""
    score, folder = scorer(), SETS[f"{set_name}_gold"]
    first = first_gold(set_name)
    second = {g["article"]: g for g in (json.loads(p.read_text(encoding="utf-8"))
                                        for p in sorted((AGREEMENT / set_name).glob("*.json")))}
    pages = [a for a in sorted(second) if a in first and is_annotated_text(folder, first[a])]
    if not pages:
        pytest.skip(f"none of the annotated excerpts of {set_name} is at {folder}")
    predicted = extracted.records([folder / a for a in pages])   # `kg extract --format json` (conftest.py)
    same = lambda a, b: score.unit_of(a) == score.unit_of(b) and score.close(float(a["value"]), b.get("value"), score.unit_of(a))
    tally = dict(period=0, period_kg=0, attribution=0, attribution_kg=0)
    for article in pages:
        for key, kind in (("figures", "figure"), ("targets", "target")):
            ours = [f for f in predicted[article]["facts"] if f.get("type") == kind]
            for a, b in score.greedy(first[article].get(key, []), second[article].get(key, []), same):
                found = next((p for _, p in score.greedy([a], ours, same)), None)
                if found is None:
                    continue
                if score.same_period(a, b):
                    tally["period"] += 1
                    tally["period_kg"] += score.same_period(a, found)
                if score.attributed(a, b) and score.attributed(b, a):
                    tally["attribution"] += 1
                    tally["attribution_kg"] += score.attributed(a, found) and score.attributed(b, found)
    return tally


# On the facts both annotators read alike, the share the extractor reads so too, over the six sets (session 29:
# main 44819325 periods 923/1078 = 0.856 and attribution 789/854 = 0.924; branch ext29 949/1081 = 0.878 and
# 797/859 = 0.928; see tests/real/agreement/README.md), less a margin; session 32 added probe33, whose pages the
# extractor reads least alike the annotators (with it, at ext32 70bddf45: periods 1367/1590 = 0.860, attribution
# 1155/1267 = 0.912); session 33 added probe34, the extractor reading its consensus periods less alike again (with
# it, at int33 4a35bcdc: periods 1500/1769 = 0.848, attribution 1339/1455 = 0.920): the period floor is one point lower;
# session 34 added probe35 (with it, on the texts fetched again after a reset, at int34: periods 1604/1902 = 0.843,
# attribution 1405/1536 = 0.915); session 35 added probe36, whose regional pages the extractor reads least alike the
# annotators (one page's office, written 'Badan ... (BKIPM) Ambon' by both annotators and read as the lexicon's
# Balai, is 34 consensus facts' attribution): at int35, without probe36 periods 1607/1904 = 0.844 and attribution
# 1413/1537 = 0.919 (both up from int34), with it 1785/2131 = 0.838 and 1543/1757 = 0.878: the floors are the
# latter less a margin; session 36 added probe37, whose consensus periods the extractor reads least alike of all
# (110/155): at int36, without probe37 periods 1789/2135 = 0.838 and attribution 1617/1764 = 0.917 (up: decision
# 0095), with it 1899/2290 = 0.829 and 1729/1912 = 0.904: the period floor is one point lower, the attribution floor
# two higher
CONSENSUS_FLOORS = {"period": 0.82, "attribution": 0.89}


@pytest.mark.slow
@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
def test_the_extractor_reads_what_both_annotators_read_alike(extracted):
    totals = dict(period=0, period_kg=0, attribution=0, attribution_kg=0)
    present = [p.name for p in sorted(AGREEMENT.iterdir()) if p.is_dir() and texts_present(SETS[f"{p.name}_gold"])]
    if not present:
        pytest.skip("the page texts are not beside the repository (see tests/real/README.md)")
    for set_name in present:
        for key, count in consensus_tally(set_name, extracted).items():
            totals[key] += count
    assert totals["period_kg"] / totals["period"] >= CONSENSUS_FLOORS["period"], totals
    assert totals["attribution_kg"] / totals["attribution"] >= CONSENSUS_FLOORS["attribution"], totals
