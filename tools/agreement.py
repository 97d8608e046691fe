"""How far two annotators agree, and where the extractor's misses lie (issue 9).

    python tools/agreement.py FIRST SECOND TEXTS [--repo .]

FIRST and SECOND are gold folders of the same texts, annotated apart (format of
../shared/eval/README.md). The scorer's strict F1 is not symmetric (a speaker or an agency is
checked only where the gold names one), so agreement is given both ways. Then the extractor is
scored against each annotator, and FIRST's figures and targets are split into *consensus*
(SECOND has the same value, period and attribution, checked both ways), *contested* (SECOND has
the value with another period or attribution) and *first only*: an extractor miss on a consensus
fact is an error whatever convention one takes; a miss on a contested one may be a convention.

Why: the team's F1 on unseen pages has a ceiling set by how far careful people agree, and a rule
is worth building only for errors people agree on. Uses the shared scorer, so the numbers are the
ones `score.py` prints.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

FACT_TYPES = {"figures": "figure", "targets": "target", "quotes": "quote", "decrees": "decree",
              "people": "person", "organizations": "organization"}


STRICT_TYPES = ("figure", "target", "quote", "decree")  # the types score.py's "strict F1" line sums


def scorer(repo: Path):
    """The shared scorer module (../shared/eval/score.py beside the project), loaded from its
    file without adding its folder to sys.path."""
    spec = importlib.util.spec_from_file_location("score", repo.resolve().parent / "shared" / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def as_prediction(gold: dict) -> dict:
    """A gold file as one line of `kg extract --format json`, to score an annotator as a system."""
    facts = []
    for key, kind in FACT_TYPES.items():
        for item in gold.get(key) or []:
            fact = dict(item) if isinstance(item, dict) else {"name": item}
            if isinstance(fact.get("evidence"), str):
                fact["evidence"] = {"text": fact["evidence"]}
            if kind == "quote":
                fact.setdefault("text", fact.get("starts_with"))
            if kind == "decree":
                fact.setdefault("decree_type", fact.get("type"))
            fact["type"] = kind
            facts.append(fact)
    return {"source": gold["article"], "article": {"published": gold.get("published")}, "facts": facts}


def golds_of(folder: Path) -> dict[str, dict]:
    return {g["article"]: g for g in (json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json")))}


def extract(repo: Path, texts: list[Path]) -> dict[str, dict]:
    run = subprocess.run([sys.executable, "-m", "kg", "extract", "--format", "json", *map(str, texts)],
                         capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(repo)})
    return {Path(o["source"]).name: o for o in map(json.loads, filter(str.strip, run.stdout.splitlines()))}


def strict_f1(score, truth: dict[str, dict], predicted: dict[str, dict]) -> float:
    """The scorer's micro-averaged strict F1 of `predicted` against `truth`."""
    tallies = {k: score.Tally() for k in FACT_TYPES.values()}
    for name, gold in truth.items():
        score.score_article(gold, predicted.get(name, {}).get("facts", []), tallies)
    counted = [tallies[k] for k in STRICT_TYPES]
    return score.Tally.f1(sum(t.strict for t in counted), sum(t.gold for t in counted), sum(t.pred for t in counted))[2]


def split_by_consensus(score, first: dict, second: dict, predicted: dict) -> dict[str, list[int]]:
    """Per class of FIRST's figures and targets: [extractor right, total]."""
    same_value = lambda g, q: score.unit_of(g) == score.unit_of(q) and score.close(float(g["value"]), q.get("value"), score.unit_of(g))
    agree = lambda g, q: score.same_period(g, q) and score.attributed(g, q) and score.attributed(q, g)
    right = lambda g, q: q is not None and score.same_period(g, q) and score.attributed(g, q)
    counts = {"consensus": [0, 0], "contested": [0, 0], "first only": [0, 0]}
    for name, gold in first.items():
        facts = predicted.get(name, {}).get("facts", [])
        for key, kind in (("figures", "figure"), ("targets", "target")):
            mine = gold.get(key, [])
            other = {id(g): q for g, q in score.greedy(mine, (second.get(name) or {}).get(key, []), same_value)}
            system = {id(g): q for g, q in score.greedy(mine, [f for f in facts if f.get("type") == kind], same_value)}
            for g in mine:
                q = other.get(id(g))
                cls = "first only" if q is None else ("consensus" if agree(g, q) else "contested")
                counts[cls][0] += right(g, system.get(id(g)))
                counts[cls][1] += 1
    return counts


def report(repo: Path, first_dir: Path, second_dir: Path, texts_dir: Path) -> dict:
    score = scorer(repo)
    second = golds_of(second_dir)
    first = {name: g for name, g in golds_of(first_dir).items() if name in second}
    predicted = extract(repo, [texts_dir / name for name in first])
    as_first = {name: as_prediction(g) for name, g in first.items()}
    as_second = {name: as_prediction(g) for name, g in second.items()}
    return {
        "texts": len(first),
        "second vs first": strict_f1(score, first, as_second),
        "first vs second": strict_f1(score, second, as_first),
        "extractor vs first": strict_f1(score, first, predicted),
        "extractor vs second": strict_f1(score, second, predicted),
        "extractor right, by agreement": split_by_consensus(score, first, second, predicted),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first", type=Path)
    ap.add_argument("second", type=Path)
    ap.add_argument("texts", type=Path)
    ap.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[1])
    args = ap.parse_args(argv)
    print(json.dumps(report(args.repo, args.first, args.second, args.texts), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
