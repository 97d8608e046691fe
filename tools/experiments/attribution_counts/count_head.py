"""Count: figures we credit to a body with no speaker, in an article naming an official of that body:
does gold give that official as speaker?"""
import os, sys, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from annotated_sets import ATTRIBUTION, annotated_sets, golds_by_article, extracted_pages
tally = collections.Counter(); pages = collections.defaultdict(set)
for aset in annotated_sets(ATTRIBUTION):
    s = aset[0]; golds = golds_by_article(aset)
    paths = [os.path.join(aset[2], a) for a in golds if os.path.exists(os.path.join(aset[2], a))]
    for d in extracted_pages(paths, explain=True):
        art = os.path.basename(d["source"]); gd = golds[art]
        people = [f for f in d["facts"] if f["type"] == "person"]
        for f in d["facts"]:
            if f["type"] not in ("figure", "target") or f.get("speaker") or not f.get("agency"): continue
            heads = [p["name"] for p in people if p.get("organization") == f["agency"]]
            if not heads: continue
            for g in gd.get(f["type"] + "s", []):
                if g["unit"] != f["unit"]: continue
                if abs(g["value"] - f["value"]) > (0.011 if f["unit"] == "percent" else 0.005 * abs(g["value"])): continue
                if g.get("agency") != f["agency"]: continue
                why = (f.get("why") or {}).get("agency", "")[:30]
                key = "gold speaker = official" if g.get("speaker") in heads else ("gold speaker None" if not g.get("speaker") else "gold other speaker")
                tally[(key, why.split("(")[0].strip())] += 1; pages[key].add((s, art))
                break
for k, v in sorted(tally.items()): print(v, k)
for k, v in pages.items(): print(k, len(v), "pages", len({s for s, _ in v}), "sets")
for k, v in pages.items(): print(k, sorted(v))
