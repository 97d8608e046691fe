"""The annotated sets the counting scripts under tools/experiments read, in one place.

A set is a tuple (name, gold dir, text dir). The gold lives in the repository (tests/real/<set>_gold,
tests/gold, or beside the texts when the repository does not hold it); the texts live outside it, in
../real_pages beside the repository or in $KG_REAL_PAGES, as tests/test_real_pages.py reads them.
Nothing here chooses which sets a script reads: each script names its own list (setaside17 is held
out and is in none of them).
"""
import glob
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGES = os.environ.get("KG_REAL_PAGES") or os.path.join(os.path.dirname(ROOT), "real_pages")

# the development sets, in the order the scripts have always named them
DEVELOPMENT = ["setaside", "setaside2", "setaside3", "setaside4", "setaside5", "setaside6", "setaside7",
               "setaside8", "setaside9", "setaside10", "setaside11", "setaside12", "setaside13",
               "setaside14", "setaside15", "dev5"]
# sets that came later and that some scripts add after the development sets; never listed by glob
LATER = ("setaside16", "setaside17")


def gold_dir(name):
    """The folder of a set's gold JSON files."""
    if name == "heldout2":
        return os.path.join(PAGES, "heldout2", "gold")
    if name == "gold":
        return os.path.join(ROOT, "tests", "gold")
    inside = os.path.join(ROOT, "tests", "real", name + "_gold")
    return inside if os.path.isdir(inside) else os.path.join(PAGES, name + "_gold")


def text_dir(name):
    """The folder of a set's page texts."""
    if name == "heldout2":
        return os.path.join(PAGES, "heldout2", "articles")
    if name == "gold":
        return os.path.join(ROOT, "tests", "articles")
    return os.path.join(PAGES, name)


def listed(pattern="setaside*"):
    """Names of the sets in tests/real whose folder matches `pattern` + '_gold', in the order glob lists
    them (the order the older scripts printed in), leaving out setaside16 and setaside17."""
    names = [os.path.basename(d)[:-len("_gold")]
             for d in glob.glob(os.path.join(ROOT, "tests", "real", pattern + "_gold"))]
    return [n for n in names if n not in LATER]


def annotated_sets(names):
    """Yield (name, gold dir, text dir) for each named set whose gold folder exists, in the given order."""
    for name in names:
        if os.path.isdir(gold_dir(name)):
            yield name, gold_dir(name), text_dir(name)


def golds(sets):
    """Yield (set, gold path, gold dict) for every gold JSON of the sets, in glob order within a set."""
    for s in sets:
        for path in glob.glob(os.path.join(s[1], "*.json")):
            with open(path) as f:
                yield s, path, json.load(f)


def pages(sets):
    """Yield (set, gold dict, text path, text) for every gold JSON whose page text exists."""
    for s, _, gold in golds(sets):
        text_path = os.path.join(s[2], gold["article"])
        if not os.path.exists(text_path):
            continue
        with open(text_path) as f:
            yield s, gold, text_path, f.read()


def extract_output(paths, explain=False, worktree=None):
    """The raw stdout of `python -m kg extract --format json [--explain] PATHS` (one JSON object a
    line), run in `worktree` when given (to read a patched extractor), else in this environment."""
    cmd = ["python", "-m", "kg", "extract", "--format", "json"] + (["--explain"] if explain else [])
    return subprocess.run(cmd + list(paths), capture_output=True, text=True, cwd=worktree).stdout


def extracted(text_path, explain=False):
    """The extractor's JSON output for one page text, as a dict."""
    return json.loads(extract_output([text_path], explain))


def extracted_pages(paths, explain=False, worktree=None):
    """The extractor's output for several page texts: one dict a page, in the order given."""
    return [json.loads(line) for line in extract_output(paths, explain, worktree).splitlines()]


# the sets attribution_counts reads, in its order (setaside16 and heldout2 included)
ATTRIBUTION = ["setaside", "setaside2", "setaside3", "dev5"] + [f"setaside{i}" for i in range(4, 17)] + ["heldout2"]


def golds_by_article(s):
    """A set's gold dicts keyed by the page they annotate, in glob order."""
    return {g["article"]: g for _, _, g in golds([s])}


def gold_values(gold):
    """The values of a gold page's figures then targets."""
    return [x["value"] for k in ("figures", "targets") for x in gold.get(k, [])]


def extracted_values(text_path):
    """The values of the figures and targets the extractor gives for one page text, in its order."""
    return [x["value"] for x in extracted(text_path)["facts"] if x["type"] in ("figure", "target")]
