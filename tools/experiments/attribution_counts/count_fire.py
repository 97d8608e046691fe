import json, os, sys, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from annotated_sets import ATTRIBUTION, annotated_sets, golds_by_article, extracted_pages
if len(sys.argv) < 2: sys.exit("usage: count_fire.py WORKTREE (a worktree with body_reports_anew.patch applied)")
WT = sys.argv[1]
tally = collections.Counter(); pages = collections.defaultdict(set)
for aset in annotated_sets(ATTRIBUTION):
    s = aset[0]; golds = golds_by_article(aset)
    old = {}
    for line in open(f"/tmp/who22/out_{s}.jsonl"):
        d = json.loads(line); old[os.path.basename(d["source"])] = d
    paths = [os.path.join(aset[2], a) for a in golds if os.path.exists(os.path.join(aset[2], a))]
    for d in extracted_pages(paths, explain=True, worktree=WT):
        art = os.path.basename(d["source"]); gd = golds[art]
        for f in d["facts"]:
            if f["type"] not in ("figure", "target"): continue
            if not (f.get("why") or {}).get("speaker", "").startswith("a later paragraph where the body reports"): continue
            was = next((o for o in old[art]["facts"] if o.get("evidence") == f.get("evidence") and o["type"] == f["type"] and o.get("value") == f.get("value")), None)
            for g in gd.get(f["type"] + "s", []):
                if g["unit"] != f["unit"]: continue
                if abs(g["value"] - f["value"]) > (0.011 if f["unit"] == "percent" else 0.005 * abs(g["value"])): continue
                gs = g.get("speaker"); ws = was and was.get("speaker")
                key = "gold None (now right)" if not gs else ("gold = old speaker (now wrong)" if gs == ws else "gold other")
                tally[key] += 1; pages[key].add((s, art[:30]))
                break
            else:
                tally["unmatched"] += 1
for k, v in tally.items(): print(v, k, len(pages[k]), "pages", len({s for s, _ in pages[k]}), "sets")
for k, v in pages.items(): print(k, sorted(v))
