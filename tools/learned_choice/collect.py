"""collect.py OUT.pkl NAME=GOLD:TEXTS ... : candidates of every matched figure, per set."""
import json, os, sys, glob, pickle, time
sys.path.insert(0, "/work/shared/eval")
import score as S
from kg.extract.lexicon import Lexicon
from kg.extract.period_candidates import period_candidates
from kg.pipeline import read_article
from kg.facttypes import REGISTRY
from kg.rdf.iris import DEFAULT

lex = Lexicon.load("id")
rows = []
def iso(d): return d.isoformat() if d else None
for spec in sys.argv[2:]:
    name, rest = spec.split("=", 1); gdir, tdir = rest.split(":")
    t0 = time.time(); n = 0
    for f in sorted(glob.glob(gdir + "/*.json")):
        g = json.load(open(f)); path = os.path.join(tdir, g["article"])
        if not os.path.exists(path): continue
        n += 1
        art = read_article(path, lex)
        facts, pairs = period_candidates(art, lex)
        cands = {id(fig): c for fig, c in pairs}
        recs = {"figure": [], "target": []}
        for ft in REGISTRY:
            for item in ft.select(facts):
                r = ft.to_record(facts, item, DEFAULT)
                if r.get("type") in recs:
                    r["_c"] = cands.get(id(item)); r["_fig"] = item
                    recs[r["type"]].append(r)
        for kind, key in (("figure", "figures"), ("target", "targets")):
            for x, p in S.greedy(g.get(key, []), recs[kind], lambda x, p: S.unit_of(x) == S.unit_of(p) and S.close(float(x["value"]), p.get("value"), S.unit_of(x))):
                gold = (x.get("period_start") or None, x.get("period_end") or None)
                rule = (p.get("period_start") or None, p.get("period_end") or None)
                c = p["_c"]
                rows.append(dict(set=name, article=g["article"], type=kind, gold=gold, rule=rule,
                                 attributed=S.attributed(x, p), cands=c, evidence=p.get("evidence", {}).get("text"), gold_evidence=x.get("evidence")))
    print(name, n, f"{time.time()-t0:.0f}s", file=sys.stderr)
pickle.dump(rows, open(sys.argv[1], "wb"))
