"""loso.py C ROWS.pkl: leave-one-set-out, pointwise logistic regression over the candidates (argmax) vs the rule."""
import pickle, sys, collections
sys.path.insert(0, __import__("os").path.dirname(__file__))
from feats import features
import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
rows = [r for r in pickle.load(open(sys.argv[2], "rb")) if r["cands"] is not None]
def iso(p): return (p.start.isoformat(), p.end.isoformat()) if p else (None, None)
groups = []
for r in rows:
    cs = r["cands"].candidates
    X = [features(r["cands"], c) for c in cs]
    y = [iso(c.period) == r["gold"] for c in cs]
    rule_i = next(i for i, c in enumerate(cs) if c.rule)
    groups.append((r["set"], X, y, rule_i, r))
C = float(sys.argv[1]) if len(sys.argv) > 1 else 0.3
sets = list(dict.fromkeys(g[0] for g in groups))
print(f"C={C}")
print(f"{'held-out set':<12}{'n':>5}{'rule':>7}{'model':>7}{'diff':>7}{'  switched: right/wrong/both-wrong'}")
tot = collections.Counter(); fresh = collections.Counter()
for held in sets:
    tr = [g for g in groups if g[0] != held]; te = [g for g in groups if g[0] == held]
    dv = DictVectorizer()
    Xtr = dv.fit_transform([x for g in tr for x in g[1]]); ytr = [y for g in tr for y in g[2]]
    m = LogisticRegression(C=C, max_iter=2000).fit(Xtr, ytr)
    c = collections.Counter()
    for g in te:
        s = m.decision_function(dv.transform(g[1]))
        pick = int(np.argmax(s))
        rule_ok, mod_ok = g[2][g[3]], g[2][pick]
        c["n"] += 1; c["rule"] += rule_ok; c["model"] += mod_ok
        if pick != g[3]:
            c["sw_good" if mod_ok else ("sw_bad" if rule_ok else "sw_neutral")] += 1
    print(f"{held:<12}{c['n']:>5}{100*c['rule']/c['n']:>7.1f}{100*c['model']/c['n']:>7.1f}{100*(c['model']-c['rule'])/c['n']:>+7.1f}   {c['sw_good']}/{c['sw_bad']}/{c['sw_neutral']}")
    tot += c
    if held in ("setaside12", "setaside13", "setaside14", "setaside15"): fresh += c
for name, c in (("all", tot), ("fresh12-15", fresh)):
    print(f"{name:<12}{c['n']:>5}{100*c['rule']/c['n']:>7.1f}{100*c['model']/c['n']:>7.1f}{100*(c['model']-c['rule'])/c['n']:>+7.1f}   {c['sw_good']}/{c['sw_bad']}/{c['sw_neutral']}")
