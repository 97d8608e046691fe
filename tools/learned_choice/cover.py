"""cover.py ROWS.pkl: per set, matched figures, rule right, gold among the candidates (oracle)."""
import pickle, sys, collections
rows = pickle.load(open(sys.argv[1], "rb"))
def iso(p): return (p.start.isoformat(), p.end.isoformat()) if p else (None, None)
order = []
tab = collections.OrderedDict()
src_hit = collections.Counter()
for r in rows:
    t = tab.setdefault(r["set"], [0, 0, 0, 0, 0])
    t[0] += 1
    t[1] += r["gold"] == r["rule"]
    c = r["cands"]
    if c is None:
        t[4] += 1; continue
    ps = {iso(x.period): x for x in c.candidates}
    hit = ps.get(r["gold"])
    t[2] += hit is not None
    t[3] += len(c.candidates)
    if hit is not None and r["gold"] != r["rule"]:
        for s in hit.sources: src_hit[s] += 1
print(f"{'set':<11}{'matched':>8}{'rule ok':>9}{'rule %':>8}{'oracle':>8}{'oracle %':>9}{'cands/fig':>10}{'no hook':>8}")
tot = [0]*5
for s, t in tab.items():
    print(f"{s:<11}{t[0]:>8}{t[1]:>9}{100*t[1]/t[0]:>8.1f}{t[2]:>8}{100*t[2]/t[0]:>9.1f}{t[3]/max(1,t[0]-t[4]):>10.1f}{t[4]:>8}")
    tot = [a+b for a, b in zip(tot, t)]
print(f"{'all':<11}{tot[0]:>8}{tot[1]:>9}{100*tot[1]/tot[0]:>8.1f}{tot[2]:>8}{100*tot[2]/tot[0]:>9.1f}{tot[3]/max(1,tot[0]-tot[4]):>10.1f}{tot[4]:>8}")
f = [tab[s] for s in ("setaside12","setaside13","setaside14","setaside15") if s in tab]
ft = [sum(x) for x in zip(*f)]
print(f"{'fresh12-15':<11}{ft[0]:>8}{ft[1]:>9}{100*ft[1]/ft[0]:>8.1f}{ft[2]:>8}{100*ft[2]/ft[0]:>9.1f}")
print("sources of the gold candidate where the rule is wrong:", dict(src_hit.most_common()))
