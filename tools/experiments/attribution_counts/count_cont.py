import json, os, sys, collections, re

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from annotated_sets import ATTRIBUTION, annotated_sets, golds_by_article, extract_output
tally = collections.Counter(); pages = collections.defaultdict(set)
cache = "/tmp/who22/out_%s.jsonl"
for aset in annotated_sets(ATTRIBUTION):
    s = aset[0]; golds = golds_by_article(aset)
    if not os.path.exists(cache % s):
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        paths = [os.path.join(aset[2], a) for a in golds if os.path.exists(os.path.join(aset[2], a))]
        open(cache % s, "w").write(extract_output(paths, explain=True))
    for line in open(cache % s):
        d = json.loads(line); art = os.path.basename(d["source"]); gd = golds[art]
        text = open(os.path.join(aset[2], art)).read()
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
