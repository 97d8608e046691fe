"""Second, blind annotations of texts that already have gold (tests/agreement): their format, and
tools/agreement.py's reading of them. The own-wording texts are in the repository; the real pages
only beside it (tests/real/README.md), so the real-page pair is checked when they are present."""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAGES = Path(os.environ.get("KG_REAL_PAGES") or ROOT.parent / "real_pages")
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
PAIRS = {  # second annotation -> (first gold, texts)
    "heldout11_second": (HERE / "heldout11" / "gold", HERE / "heldout11" / "articles"),
    "probe26_second": (HERE / "real" / "probe26_gold", PAGES / "probe26"),
}
SECOND_FILES = sorted((HERE / "agreement").glob("*/*.json"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def agreement_tool():
    spec = importlib.util.spec_from_file_location("agreement", ROOT / "tools" / "agreement.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_pair_has_second_annotations():
    for name in PAIRS:
        assert len(list((HERE / "agreement" / name).glob("*.json"))) >= 8, name


@pytest.mark.parametrize("path", SECOND_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_second_annotation_is_of_a_text_with_gold_and_keeps_short_evidence(path):
    second = load(path)
    first_dir, texts = PAIRS[path.parent.name]
    first = load(first_dir / path.name)
    assert second["article"] == first["article"]
    assert second.get("text_sha256") == first.get("text_sha256")
    for fact in second.get("figures", []) + second.get("targets", []):
        assert len(str(fact.get("evidence") or "").split()) <= 12, fact
        assert fact["unit"] and fact["value"] is not None
    for quote in second.get("quotes", []):
        assert len(quote["starts_with"].split()) <= 12
    text_path = texts / second["article"]
    if text_path.exists():
        text = text_path.read_text(encoding="utf-8")
        for fact in second.get("figures", []) + second.get("targets", []):
            assert fact["evidence"] in text, fact["evidence"]


@needs_scorer
def test_gold_as_prediction_scores_itself_perfectly():
    tool = agreement_tool()
    score = tool.scorer(ROOT)
    first = tool.golds_of(HERE / "heldout11" / "gold")
    assert tool.strict_f1(score, first, {n: tool.as_prediction(g) for n, g in first.items()}) == 1.0


@needs_scorer
@pytest.mark.slow
@pytest.mark.parametrize("pair", sorted(PAIRS))
def test_agreement_report_accounts_for_every_fact(pair):
    first_dir, texts = PAIRS[pair]
    second_dir = HERE / "agreement" / pair
    if not all((texts / load(p)["article"]).exists() for p in second_dir.glob("*.json")):
        pytest.skip(f"texts of {pair} not present beside the repository")
    result = agreement_tool().report(ROOT, first_dir, second_dir, texts)
    firsts = [load(first_dir / p.name) for p in second_dir.glob("*.json")]
    facts = sum(len(g.get("figures", [])) + len(g.get("targets", [])) for g in firsts)
    split = result["extractor right, by agreement"]
    assert sum(total for _, total in split.values()) == facts
    assert all(0 <= right <= total for right, total in split.values())
    # two careful annotators agree far more than chance on what the texts report
    assert result["second vs first"] >= 0.8 and result["first vs second"] >= 0.8
