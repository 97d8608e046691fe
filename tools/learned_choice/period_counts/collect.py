"""collect.py REPO OUT: run kg extract --explain on every dev set, pair with gold, dump json rows."""
import json, subprocess, sys, os, glob
sys.path.insert(0, "/work/shared/eval")
import score as S
repo, outp = sys.argv[1], sys.argv[2]
P = "/work/real_pages"
SETS = {"articles": (f"{repo}/tests/gold", f"{repo}/tests/articles"),
        "heldout": (f"{repo}/tests/heldout/gold", f"{repo}/tests/heldout/articles"),
        "texts": (f"{repo}/tests/real/gold", f"{P}/texts"),
        "heldout2": (f"{P}/heldout2/gold", f"{P}/heldout2/articles")}
for s in "setaside setaside2 setaside3 dev5 setaside4 setaside5 setaside6 setaside7 setaside8 setaside10 setaside12 setaside13 setaside14".split():
    SETS[s] = (f"{repo}/tests/real/{s}_gold", f"{P}/{s}")
for s in "setaside9 setaside11 setaside15".split():
    SETS[s] = (f"{P}/{s}_gold", f"{P}/{s}")
rows = []
for name, (gdir, tdir) in SETS.items():
    golds = {}
    for f in sorted(glob.glob(gdir + "/*.json")):
        g = json.load(open(f))
        if os.path.exists(os.path.join(tdir, g["article"])):
            golds[g["article"]] = g
    paths = [os.path.join(tdir, a) for a in golds]
    out = subprocess.run([sys.executable, "-m", "kg", "extract", "--explain", *paths], cwd=repo,
                         capture_output=True, text=True).stdout
    preds = {}
    for line in out.splitlines():
        d = json.loads(line); preds[os.path.basename(d["source"])] = d
    for a, g in golds.items():
        d = preds.get(a, {"facts": []}); facts = d["facts"]
        for kind, key in (("figure", "figures"), ("target", "targets")):
            gs = g.get(key, []); ps = [f for f in facts if f.get("type") == kind]
            pairs = S.greedy(gs, ps, lambda x, p: S.unit_of(x) == S.unit_of(p) and S.close(float(x["value"]), p.get("value"), S.unit_of(x)))
            for x, p in pairs:
                rows.append(dict(set=name, article=a, path=os.path.join(tdir, a), kind=kind, gold=x, pred=p,
                                 ok=S.same_period(x, p), published=(d.get("article") or {}).get("published")))
json.dump(rows, open(outp, "w"))
print(len(rows))
