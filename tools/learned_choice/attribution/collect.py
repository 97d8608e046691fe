"""Candidates of every matched figure of some gold sets, as JSON Lines (experiment; see docs/learned-choice.md).

    python tools/learned_choice/attribution/collect.py OUT.jsonl NAME=GOLD_DIR:TEXTS_DIR ... [--score PATH/TO/score.py]

Each figure and target of the extractor's output is matched to gold with the scorer's own
`greedy` and match test (same unit, value close); one line per matched fact: the gold and rule
agency and speaker, whether the rule's attribution is right (`attributed`), the candidates
(tools/learned_choice/attribution/candidates.py) and where the figure is. The page texts stay outside the
repository: give their folder.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from candidates import attribution_candidates  # noqa: E402

from kg.extract.lexicon import Lexicon  # noqa: E402
from kg.extract.read import read_article  # noqa: E402
from kg.facttypes import figures as figure_type  # noqa: E402


def load_scorer(path: str):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rows_of(name: str, gold: dict, path: str, lex, S):
    facts, found = attribution_candidates(read_article(path, lex), lex)
    records = [dict(figure_type.to_record(facts, f), _i=i) for i, f in enumerate(facts.figures)]
    for kind, key in (("figure", "figures"), ("target", "targets")):
        preds = [r for r in records if r["type"] == kind]
        same = lambda x, p: S.unit_of(x) == S.unit_of(p) and S.close(float(x["value"]), p.get("value"), S.unit_of(x))  # noqa: E731
        for x, p in S.greedy(gold.get(key, []), preds, same):
            figure, cands = facts.figures[p["_i"]], found[p["_i"]]
            yield {"set": name, "article": gold["article"], "type": kind, "fkind": figure.kind, "unit": figure.unit,
                   "gold_agency": x.get("agency"), "gold_speaker": x.get("speaker"),
                   "rule_agency": p.get("agency"), "rule_speaker": p.get("speaker"),
                   "rule_ok": S.attributed(x, p), "period_ok": S.same_period(x, p),
                   "agency": [[k, v] for k, v in cands["agency"].items()],
                   "speaker": [[k, v] for k, v in cands["speaker"].items()], "where": cands["where"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("sets", nargs="+", help="NAME=GOLD_DIR:TEXTS_DIR")
    ap.add_argument("--score", default="../shared/eval/score.py")
    args = ap.parse_args()
    S, lex = load_scorer(args.score), Lexicon.load("id")
    with open(args.out, "w", encoding="utf-8") as out:
        for spec in args.sets:
            name, dirs = spec.split("=", 1)
            gold_dir, texts = dirs.split(":", 1)
            n = 0
            for gold_file in sorted(Path(gold_dir).glob("*.json")):
                gold = json.loads(gold_file.read_text(encoding="utf-8"))
                path = os.path.join(texts, gold["article"])
                if os.path.exists(path):
                    for row in rows_of(name, gold, path, lex, S):
                        out.write(json.dumps(row, ensure_ascii=False) + "\n")
                        n += 1
            print(name, n, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
