"""Gold of real news pages: its format always (it is in the repository), and the extractor's
score on the page texts when they are present beside the repository (they are third-party
text and never committed; see tests/real/README.md)."""
from __future__ import annotations

import hashlib
import json
import os
import warnings
from pathlib import Path

import pytest

from conftest import SCORER, strict_f1

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAGES = Path(os.environ.get("KG_REAL_PAGES") or ROOT.parent / "real_pages")
SETS = {"gold": PAGES / "texts", "setaside_gold": PAGES / "setaside", "setaside2_gold": PAGES / "setaside2",
        "setaside3_gold": PAGES / "setaside3", "dev5_gold": PAGES / "dev5",
        "setaside4_gold": PAGES / "setaside4", "setaside5_gold": PAGES / "setaside5",
        "setaside6_gold": PAGES / "setaside6", "setaside7_gold": PAGES / "setaside7",
        "setaside8_gold": PAGES / "setaside8", "setaside9_gold": PAGES / "setaside9",
        "setaside10_gold": PAGES / "setaside10", "setaside11_gold": PAGES / "setaside11",
        "setaside12_gold": PAGES / "setaside12", "setaside13_gold": PAGES / "setaside13",
        "setaside14_gold": PAGES / "setaside14", "setaside15_gold": PAGES / "setaside15",
        "setaside16_gold": PAGES / "setaside16", "setaside17_gold": PAGES / "setaside17",
        "setaside18_gold": PAGES / "setaside18",
        "setaside19_gold": PAGES / "setaside19",
        "blind20_gold": PAGES / "blind20", "hold21_gold": PAGES / "hold21",
        "fresh22_gold": PAGES / "fresh22", "probe23_gold": PAGES / "probe23",
        "probe24_gold": PAGES / "probe24", "probe25_gold": PAGES / "probe25",
        "probe26_gold": PAGES / "probe26", "probe27_gold": PAGES / "probe27", "probe28_gold": PAGES / "probe28",
        "probe29_gold": PAGES / "probe29", "probe30_gold": PAGES / "probe30", "probe31_gold": PAGES / "probe31",
        "probe32_gold": PAGES / "probe32", "probe33_gold": PAGES / "probe33", "probe34_gold": PAGES / "probe34",
        "probe35_gold": PAGES / "probe35", "probe36_gold": PAGES / "probe36",
        "probe37_gold": PAGES / "probe37"}
GOLD_FILES = sorted((HERE / "real").glob("*/*.json"))
KEYS = {"article", "url", "outlet", "published", "url_date", "text_sha256", "figures", "targets", "quotes",
        "decrees", "people", "organizations", "notes"}


def test_there_are_sixty_pages_from_at_least_twelve_outlets():
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD_FILES]
    assert len(golds) >= 60
    assert len({g["outlet"] for g in golds}) >= 12
    assert len({g["url"] for g in golds}) == len(golds)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_keeps_only_facts_and_short_evidence(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold) <= KEYS
    assert gold["url"].startswith("http") and len(gold["text_sha256"]) == 64
    for fact in gold.get("figures", []) + gold.get("targets", []):
        assert len(str(fact.get("evidence") or "").split()) <= 12, fact
        assert fact["unit"] and fact["value"] is not None
        assert (fact["period_start"] is None) == (fact["period_end"] is None)
    for quote in gold.get("quotes", []):
        assert len(quote["starts_with"].split()) <= 12


def texts_present(folder: Path) -> bool:
    return folder.is_dir() and any(folder.glob("*.txt"))


def is_annotated_text(folder: Path, gold: dict) -> bool:
    """True when the page's text is there and is the excerpt the gold was made on (its SHA-256):
    the search tool can return another stored excerpt of the same page, whose offsets and
    evidence need not match."""
    path = folder / gold["article"]
    return path.exists() and hashlib.sha256(path.read_bytes()).hexdigest() == gold["text_sha256"]


@pytest.mark.parametrize("gold_dir", sorted(SETS), ids=str)
def test_texts_when_present_are_the_annotated_ones(gold_dir):
    folder = SETS[gold_dir]
    if not texts_present(folder):
        pytest.skip(f"the page texts are not at {folder} (see tests/real/README.md)")
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in sorted((HERE / "real" / gold_dir).glob("*.json"))]
    missing = [g["article"] for g in golds if not (folder / g["article"]).exists()]
    other = [g["article"] for g in golds if (folder / g["article"]).exists() and not is_annotated_text(folder, g)]
    assert len(other) <= len(golds) // 10, f"{len(other)} texts of {gold_dir} are not the annotated excerpts: {other}"
    assert any(is_annotated_text(folder, g) for g in golds), f"no text at {folder} is an annotated excerpt"
    if missing or other:
        warnings.warn(f"{gold_dir}: {len(missing)} text(s) not at {folder} ({', '.join(missing)}), "
                      f"{len(other)} another excerpt than the annotated one, left out of scoring ({', '.join(other)})")


def gold_of_present_texts(gold: Path, articles: Path, into: Path) -> Path:
    """A copy of the gold folder with only the pages whose annotated text is present: a page the
    search tool no longer returns would otherwise count as all its facts missed, and another
    excerpt of it as facts misplaced, neither being the extractor's doing."""
    for path in sorted(gold.glob("*.json")):
        if is_annotated_text(articles, json.loads(path.read_text(encoding="utf-8"))):
            (into / path.name).write_bytes(path.read_bytes())
    return into


@pytest.mark.slow
@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
def test_development_pages_score_at_least_the_recorded_floor(tmp_path, extracted):
    if not texts_present(SETS["gold"]):
        pytest.skip(f"the page texts are not at {SETS['gold']} (see tests/real/README.md)")
    assert strict_f1(gold_of_present_texts(HERE / "real" / "gold", SETS["gold"], tmp_path), SETS["gold"], extracted) >= 0.85  # 0.454 before the issue-9 work, 0.849 after round 1, 0.910 after round 2


# the strict F1 reached at the end of session 20 on the sets whose texts that session had (the pages
# present with their annotated excerpt), less a margin: they guard the level when the texts are there
# (setaside18 0.78: the texts fetched again in session 27 are 26 of its 30 pages, which score 0.794 on main 3a4e86c)
FLOORS_OF_PRESENT_TEXTS = {"probe37_gold": 0.57, "probe36_gold": 0.60, "probe35_gold": 0.72, "probe34_gold": 0.55, "probe33_gold": 0.60, "probe32_gold": 0.74, "probe31_gold": 0.75, "probe30_gold": 0.73, "probe29_gold": 0.76, "probe28_gold": 0.66, "probe27_gold": 0.59, "probe26_gold": 0.69, "probe25_gold": 0.76, "probe24_gold": 0.73, "probe23_gold": 0.80, "fresh22_gold": 0.76, "setaside18_gold": 0.78, "setaside19_gold": 0.76}


@pytest.mark.slow
@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
@pytest.mark.parametrize("gold_dir", sorted(FLOORS_OF_PRESENT_TEXTS))
def test_pages_of_later_sets_score_at_least_their_floor(gold_dir, tmp_path, extracted):
    """probe23 0.830, fresh22 0.788, setaside18 0.824, setaside19 0.787 at the end of session 20;
    probe24 0.671 when annotated blind in session 23 and 0.671 at its end, 0.753 at the end of session 24;
    probe25 0.669 when annotated blind in session 24 and 0.669 at its end, 0.790 at the end of session 25;
    probe26 0.713 when annotated blind in session 25 and 0.713 at its end;
    probe27 0.614 when annotated blind in session 26 and 0.615 at its end, 0.681 at the end of session 27;
    probe28 0.609 on its 18 new pages when annotated blind in session 27 and 0.609 at its end (0.655 once
    its eight half-open periods were set to null at both ends, as this format requires), 0.689 at the end of session 28;
    probe29 0.735 over the 20 pages annotated blind in session 28 and 0.735 at its end; 0.729 on its 19 new pages,
    0.792 at the end of session 29 (its pages annotated a second time, tests/real/agreement);
    probe30 0.753 when annotated blind in session 29 and 0.753 at its end (not one fact changed);
    probe31 0.774 when annotated blind in session 30 and 0.774 at its end (not one fact changed);
    probe32 0.683 when annotated blind in session 31 and 0.683 at its end (not one fact changed), then 0.720 after
    two readings found on it once it was no longer blind (decision 0083), 0.768 at the end of session 32 (decision 0086);
    probe33 0.531 when annotated blind in session 32 and 0.551 at its end (decision 0086; not a blind measure of that
    decision's one-word speakers, tests/real/README.md), 0.617 after that session's end score (decision 0086) and
    0.629 at the end of session 33 (decision 0088);
    probe34 0.573 when annotated blind in session 33 and 0.573 at its end (no strict fact changed), 0.586 at the start of
    session 34 on its 18 pages fetched again;
    probe35 0.709 when annotated blind in session 34 and 0.709 at its end (decision 0090 changed no strict fact of it),
    0.741 at the end of session 35 (decision 0092);
    probe36 0.428 when annotated blind in session 35 and 0.427 at its end (decision 0092; one page's office name, written
    'Badan ... (BKIPM) Ambon' and read as the lexicon's Balai, and a place's short name read into a person's name are
    most of the gap, tests/real/README.md), 0.625 at the end of session 36 (decision 0095: the place's short name,
    'kabupaten setempat', a writer's decimal dot and a short name defined before the body's seat);
    probe37 0.581 when annotated blind in session 36 and 0.581 at its end (decision 0095 changed no strict fact of it)."""
    folder = SETS[gold_dir]
    if not texts_present(folder):
        pytest.skip(f"the page texts are not at {folder} (see tests/real/README.md)")
    present = gold_of_present_texts(HERE / "real" / gold_dir, folder, tmp_path)
    if not any(present.glob("*.json")):
        pytest.skip(f"none of the annotated excerpts is at {folder}")
    assert strict_f1(present, folder, extracted) >= FLOORS_OF_PRESENT_TEXTS[gold_dir]
