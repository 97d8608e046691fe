import json, os, subprocess, sys, collections, glob, re

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SETS, gold_dir, text_dir
tally = collections.Counter(); pages = collections.defaultdict(set)
cache = "/tmp/who22/out_%s.jsonl"
for s in SETS:
    golds = {}
    for g in glob.glob(gold_dir(s) + "/*.json"):
        d = json.load(open(g)); golds[d["article"]] = d
    if not os.path.exists(cache % s):
        paths = [os.path.join(text_dir(s), a) for a in golds if os.path.exists(os.path.join(text_dir(s), a))]
        out = subprocess.run(["kg", "extract", "--format", "json", "--explain"] + paths, capture_output=True, text=True).stdout
        open(cache % s, "w").write(out)
    for line in open(cache % s):
        d = json.loads(line); art = os.path.basename(d["source"]); gd = golds[art]
        text = open(os.path.join(text_dir(s), art)).read()
        for f in d["facts"]:
            if f["type"] not in ("figure", "target") or not f.get("speaker"): continue
            why = (f.get("why") or {}).get("speaker", "")
            if not why.startswith("continues the briefing"): continue
            for g in gd.get(f["type"] + "s", []):
                if g["unit"] != f["unit"]: continue
                if abs(g["value"] - f["value"]) > (0.011 if f["unit"] == "percent" else 0.005 * abs(g["value"])): continue
                gs = g.get("speaker")
                key = "keep" if gs == f["speaker"] else ("None" if not gs else "other")
                # features: paragraph distance to the last mention of the speaker's surname
                st = f["evidence"]["start"]
                last = f["speaker"].split()[-1]
                j = text.rfind(last, 0, st)
                dist = text[j:st].count("\n") if j >= 0 else -1
                para_start = text.rfind("\n", 0, st) + 1
                sent_has_body = bool(re.search(r"\b(BPS|Badan|Dinas|Balai|Kementerian|Bank Indonesia|Pemerintah)\b", text[para_start:st]))
                feat = (min(dist, 3), f.get("agency") is None, sent_has_body)
                tally[(feat, key)] += 1; pages[(feat, key)].add((s, art[:20]))
                break
feats = sorted({k[0] for k in tally}, key=str)
for ft in feats:
    row = {k: tally[(ft, k)] for k in ("keep", "None", "other")}
    print(ft, row, {k: len(pages[(ft, k)]) for k in row})
