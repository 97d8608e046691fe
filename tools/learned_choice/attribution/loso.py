"""Oracle coverage and leave-one-set-out rankers over collect.py's rows (experiment; needs
scikit-learn, which the extractor does not use; see docs/learned-choice.md).

    python tools/learned_choice/attribution/loso.py coverage ROWS.jsonl
    python tools/learned_choice/attribution/loso.py rank ROWS.jsonl --model lr|pairwise|gbm [--keep-null] [--no-cues]
    python tools/learned_choice/attribution/loso.py fill ROWS.jsonl

`rank`: for each set, a model trained on every other set chooses the agency and the speaker of
each matched fact among its candidates (argmax); the table compares score.py's `attributed`
for the rule and the model. Training uses the facts whose gold names the field (a null gold
field accepts any answer in the score). `--keep-null`: the rule decides whether there is an
attribution, the model only which one. `fill`: only where the rule gives none, a model trained
with the gold answer, null included, decides whether to fill one in.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import math
import re

import numpy as np

FRESH = ("setaside12", "setaside13", "setaside14", "setaside15")
OWN = ("articles", "heldout")
SRC = ["src_null", "src_sentence", "src_paragraph_before", "src_paragraph_after", "src_earlier", "src_next_paragraph", "src_lead",
       "src_briefing", "src_context", "src_quote", "src_quote_body", "src_speakers_body", "before_value", "after_value"]
VIA = ["via_src_sentence", "via_src_paragraph_before", "via_src_paragraph_after", "via_src_earlier", "via_src_next_paragraph",
       "via_src_lead"]
TRAITS = ["kind_agency", "kind_company", "kind_person", "kind_person_no_body", "regional", "salience", "most_named"]
ROLES = ("rule", "src_null", "src_sentence", "src_context", "src_briefing", "src_speakers_body", "src_earlier", "src_lead",
         "src_quote", "src_next_paragraph", "src_paragraph_before", "kind_company", "most_named")
NAMED = r"(continues the (report|briefing) of|inside a quote by|restates an amount stated by|narration mentioning|opens the briefing of)"
S = None  # the scorer module (--score)


def reason_class(why: str | None) -> str:
    """The rule's --explain reason without names, quoted words or parentheses."""
    why = (why or "").replace("told again later: ", "")
    why = re.sub(NAMED + r" .*", r"\1", re.sub(r"\(.*", "", why))
    return re.sub(r"'[^']*'", "", why).strip()[:40] or "none"


def right(field: str, gold, answer) -> bool:
    return S.attributed({field: gold}, {field: answer})


def label(r: dict, field: str, cand) -> bool:
    gold = r["gold_" + field]
    return cand is None if not gold else cand is not None and right(field, gold, cand)


def unit_class(unit: str) -> str:
    return "percent" if unit == "percent" else "money" if unit in ("IDR", "USD", "EUR", "JPY", "CNY", "SGD") else "count"


def featurise(r: dict, field: str, f: dict, reasons: set, cues: bool = True) -> dict:
    """The candidate's own features, and each with the figure's context (reason, kind, unit, cues)."""
    v = {k: float(f[k]) for k in SRC + TRAITS + (VIA if field == "agency" else []) if f.get(k)}
    v["rule"] = float(f.get("rule", 0))
    if "dist_chars" in f:
        v["near_chars"] = math.exp(-f["dist_chars"] / 100)
    if "dist_sent" in f:
        v["dist_sent"] = min(f["dist_sent"], 5) / 5
    if not f.get("src_null"):
        v["dist_para"] = min(f.get("dist_para", 6), 6) / 6
    v["mentions"] = math.log1p(f.get("mentions", 0))
    why = reason_class(r["where"]["why"].get(field))
    ctx = {"why=" + (why if why in reasons else "other"): 1.0, "kind=" + r["fkind"]: 1.0, "unit=" + unit_class(r["unit"]): 1.0,
           "quote": float(r["where"]["in_quote"]), "para0": float(r["where"]["paragraph"] == 0),
           "first_sent": float(r["where"]["sentence_in_paragraph"] == 0),
           "told_again": float("told again" in (r["where"]["why"].get(field) or "")), "target": float(r["type"] == "target")}
    if cues:
        ctx.update({"cue:" + k: 1.0 for k in r["where"].get("cues", {})})
    out = dict(v)
    for ck, cv in ctx.items():
        for k in ROLES:
            if cv and v.get(k):
                out[f"{k}&{ck}"] = v[k] * cv
    return out


def matrix(rows: list, field: str, cues: bool):
    counts = collections.Counter(reason_class(r["where"]["why"].get(field)) for r in rows)
    reasons = {k for k, n in counts.items() if n >= 20}
    feats, y, owner = [], [], []
    for i, r in enumerate(rows):
        for cand, f in r[field]:
            feats.append(featurise(r, field, f, reasons, cues))
            y.append(label(r, field, cand))
            owner.append(i)
    names = sorted({k for d in feats for k in d})
    col = {n: j for j, n in enumerate(names)}
    M = np.zeros((len(feats), len(names)))
    for a, d in enumerate(feats):
        for k, x in d.items():
            M[a, col[k]] = x
    return M, np.array(y), np.array(owner), names


def fit(M, y, owner, keep, model: str):
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    if model == "pairwise":  # each right candidate against each wrong one of the same fact
        groups = collections.defaultdict(list)
        for a in np.where(keep)[0]:
            groups[owner[a]].append(a)
        D = np.array([M[p] - M[n] for ids in groups.values() for p in ids if y[p] for n in ids if not y[n]])
        m = LogisticRegression(C=0.1, max_iter=3000, fit_intercept=False).fit(np.vstack([D, -D]), np.r_[np.ones(len(D)), np.zeros(len(D))])
        return lambda Z: Z @ m.coef_[0]
    if model == "gbm":
        m = GradientBoostingClassifier(n_estimators=150, max_depth=3).fit(M[keep], y[keep])
        return lambda Z: m.predict_proba(Z)[:, 1]
    m = LogisticRegression(C=1.0, max_iter=3000).fit(M[keep], y[keep])
    return lambda Z: Z @ m.coef_[0] + m.intercept_[0]


def argmax_per_fact(rows, field, owner, scores, allowed) -> dict:
    best, first = {}, {}
    for a, (o, x) in enumerate(zip(owner, scores)):
        first.setdefault(o, a)
        cand = rows[o][field][a - first[o]][0]
        if allowed(rows[o], cand) and (o not in best or x > best[o][0]):
            best[o] = (x, cand)
    return {o: c for o, (_, c) in best.items()}


def rank(rows: list, model: str, keep_null: bool, cues: bool) -> dict:
    chosen = {}
    allowed = (lambda r, c, f: (r["rule_" + f] is None) == (c is None)) if keep_null else (lambda r, c, f: True)
    for field in ("agency", "speaker"):
        M, y, owner, _ = matrix(rows, field, cues)
        chosen[field] = {}
        for s in dict.fromkeys(r["set"] for r in rows):
            held = np.array([rows[o]["set"] == s for o in owner])
            named = np.array([bool(rows[o]["gold_" + field]) for o in owner])
            score = fit(M, y, owner, ~held & named, model)
            chosen[field].update(argmax_per_fact(rows, field, owner[held], score(M[held]), lambda r, c: allowed(r, c, field)))
    tally = collections.defaultdict(collections.Counter)
    for i, r in enumerate(rows):
        a, sp = chosen["agency"][i], chosen["speaker"][i]
        t = tally[r["set"]]
        t["n"] += 1
        t["rule"] += r["rule_ok"]
        t["model"] += S.attributed({"agency": r["gold_agency"], "speaker": r["gold_speaker"]}, {"agency": a, "speaker": sp})
        t["changed"] += a != r["rule_agency"] or sp != r["rule_speaker"]
        t["filled where gold is null"] += sum(not r["gold_" + f] and r["rule_" + f] is None and c is not None
                                              for f, c in (("agency", a), ("speaker", sp)))
    return tally


def print_rank(tally: dict) -> None:
    print(f"{'held out':<12}{'n':>5} {'rule':>6} {'model':>6} {'diff':>6} {'changed':>8} {'filled where gold null':>23}")
    groups = collections.defaultdict(collections.Counter)
    for s, t in list(tally.items()):
        groups["fresh 12-15" if s in FRESH else "own-wording" if s in OWN else "other real"].update(t)
    for s, t in list(tally.items()) + list(groups.items()):
        print(f"{s:<12}{t['n']:>5} {t['rule']/t['n']:6.3f} {t['model']/t['n']:6.3f} {100*(t['model']-t['rule'])/t['n']:+6.1f}"
              f" {t['changed']:>8} {t['filled where gold is null']:>23}")


def coverage(rows: list) -> None:
    print(f"{'set':<12}{'n':>5} {'rule':>6} {'oracle':>7} | {'agN':>4} {'ruleA':>6} {'orA':>6} | {'spN':>4} {'ruleS':>6} {'orS':>6}")
    by = collections.defaultdict(list)
    for r in rows:
        by[r["set"]].append(r)
    by["fresh 12-15"] = [r for r in rows if r["set"] in FRESH]
    by["real, all"] = [r for r in rows if r["set"] not in OWN]
    pc = lambda a, b: f"{a / b:.3f}" if b else "-"  # noqa: E731
    for name, rs in by.items():
        covered = {f: [any(right(f, r["gold_" + f], c) for c, _ in r[f]) for r in rs] for f in ("agency", "speaker")}
        oracle = sum(a and s for a, s in zip(covered["agency"], covered["speaker"]))
        cols = []
        for f in ("agency", "speaker"):
            named = [(r, c) for r, c in zip(rs, covered[f]) if r["gold_" + f]]
            cols.append(f"{len(named):>4} {pc(sum(right(f, r['gold_' + f], r['rule_' + f]) for r, _ in named), len(named)):>6}"
                        f" {pc(sum(c for _, c in named), len(named)):>6}")
        n = len(rs)
        print(f"{name:<12}{n:>5} {pc(sum(r['rule_ok'] for r in rs), n):>6} {pc(oracle, n):>7} | {cols[0]} | {cols[1]}")


def fill(rows: list) -> None:
    """Where the rule gives no answer: fill one in? (labels: the gold answer, null included)."""
    from sklearn.linear_model import LogisticRegression
    for field in ("agency", "speaker"):
        sub = [r for r in rows if r["rule_" + field] is None]
        M, y, owner, _ = matrix(sub, field, True)
        tally = collections.defaultdict(collections.Counter)
        for s in dict.fromkeys(r["set"] for r in sub):
            held = np.array([sub[o]["set"] == s for o in owner])
            m = LogisticRegression(C=1.0, max_iter=3000).fit(M[~held], y[~held])
            picks = argmax_per_fact(sub, field, owner[held], m.predict_proba(M[held])[:, 1], lambda r, c: True)
            for o, cand in picks.items():
                r, t = sub[o], tally["fresh 12-15" if s in FRESH else "other sets"]
                gold = r["gold_" + field]
                t["rule null"] += 1
                t["kept null" if cand is None else "filled, gold null" if not gold
                  else "filled right" if right(field, gold, cand) else "filled, wrong name"] += 1
        for g, t in tally.items():
            print(field, g, dict(t))


def main():
    global S
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["coverage", "rank", "fill"])
    ap.add_argument("rows")
    ap.add_argument("--model", choices=["lr", "pairwise", "gbm"], default="lr")
    ap.add_argument("--keep-null", action="store_true")
    ap.add_argument("--no-cues", action="store_true")
    ap.add_argument("--score", default="../shared/eval/score.py")
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", args.score)
    S = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(S)
    rows = [json.loads(line) for line in open(args.rows, encoding="utf-8")]
    if args.what == "coverage":
        coverage(rows)
    elif args.what == "fill":
        fill(rows)
    else:
        print(f"model={args.model} keep_null={args.keep_null} cues={not args.no_cues}")
        print_rank(rank(rows, args.model, args.keep_null, not args.no_cues))


if __name__ == "__main__":
    main()
