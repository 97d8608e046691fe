"""Count: figures we credit to a body with no speaker, in an article naming an official of that body:
does gold give that official as speaker?"""
import json, os, subprocess, sys, collections, glob
SETS = ["setaside", "setaside2", "setaside3", "dev5"] + [f"setaside{i}" for i in range(4, 17)] + ["heldout2"]
WT = sys.argv[1] if len(sys.argv) > 1 else "/work/wt-who22"
def gold_dir(s):
    if s == "heldout2": return "/work/real_pages/heldout2/gold"
    p = f"/work/real_pages/{s}_gold"
    return p if os.path.isdir(p) else f"{WT}/tests/real/{s}_gold"
def text_dir(s):
    return "/work/real_pages/heldout2/articles" if s == "heldout2" else f"/work/real_pages/{s}"
tally = collections.Counter(); pages = collections.defaultdict(set)
for s in SETS:
    golds = {}
    for g in glob.glob(gold_dir(s) + "/*.json"):
        d = json.load(open(g)); golds[d["article"]] = d
    paths = [os.path.join(text_dir(s), a) for a in golds if os.path.exists(os.path.join(text_dir(s), a))]
    out = subprocess.run(["kg", "extract", "--format", "json", "--explain"] + paths, capture_output=True, text=True).stdout
    for line in out.splitlines():
        d = json.loads(line); art = os.path.basename(d["source"]); gd = golds[art]
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
