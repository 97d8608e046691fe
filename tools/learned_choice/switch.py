"""Per decision: the headroom (oracle of one binary switch) and an LR switch classifier, fresh folds."""
import pickle, sys, collections
sys.path.insert(0, __import__("os").path.dirname(__file__))
from feats import features, reason_class
import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
rows = [r for r in pickle.load(open(sys.argv[1], "rb")) if r["cands"] is not None]
def iso(p): return (p.start.isoformat(), p.end.isoformat()) if p else (None, None)
FRESH = ("setaside12", "setaside13", "setaside14", "setaside15")
# alternative per decision: the candidate of that kind nearest/best by a fixed rule
def alt(r, kind):
    cs = [c for c in r["cands"].candidates if not c.rule]
    if kind == "null": cs = [c for c in cs if c.period is None]
    elif kind == "ytd": cs = [c for c in cs if "ytd" in c.sources]
    elif kind == "last_month": cs = [c for c in cs if "last_month" in c.sources]
    elif kind == "earlier": cs = sorted([c for c in cs if "earlier" in c.sources or "report" in c.sources or "main" in c.sources], key=lambda c: c.distance)
    elif kind == "later": cs = sorted([c for c in cs if "later" in c.sources], key=lambda c: (c.later_paragraphs, c.distance))
    elif kind == "pub_prev_month": cs = [c for c in cs if "pub_prev_month" in c.sources]
    elif kind == "sentence": cs = sorted([c for c in cs if "sentence" in c.sources or "paragraph" in c.sources], key=lambda c: c.distance)
    return cs[0] if cs else None
print("decision     avail  gold=alt&rule wrong (headroom all / fresh)   LR switch on fresh folds: switched right/wrong/neutral")
for kind in ("null", "ytd", "last_month", "earlier", "sentence", "later", "pub_prev_month"):
    data = []
    for r in rows:
        a = alt(r, kind)
        if a is None: continue
        rc = next(c for c in r["cands"].candidates if c.rule)
        f = {"A_" + k: v for k, v in features(r["cands"], a).items()}
        f.update({"R_" + k: v for k, v in features(r["cands"], rc).items()})
        data.append((r["set"], f, iso(a.period) == r["gold"], r["rule"] == r["gold"]))
    head = sum(1 for d in data if d[2] and not d[3]); headf = sum(1 for d in data if d[2] and not d[3] and d[0] in FRESH)
    c = collections.Counter()
    for held in FRESH:
        tr = [d for d in data if d[0] != held]; te = [d for d in data if d[0] == held]
        if not te: continue
        dv = DictVectorizer()
        y = [d[2] and not d[3] for d in tr]
        if sum(y) < 5: continue
        m = LogisticRegression(C=0.3, max_iter=3000).fit(dv.fit_transform([d[1] for d in tr]), y)
        p = m.predict_proba(dv.transform([d[1] for d in te]))[:, 1]
        for d, pp in zip(te, p):
            if pp > 0.5:
                c["good" if d[2] and not d[3] else ("bad" if d[3] else "neutral")] += 1
    print(f"{kind:<12}{len(data):>6}{head:>8}{headf:>8}        {c['good']}/{c['bad']}/{c['neutral']}")
