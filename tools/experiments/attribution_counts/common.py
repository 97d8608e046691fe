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
