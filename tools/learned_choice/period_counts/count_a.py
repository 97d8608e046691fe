"""count_a.py ROWS.json [CLASS]: how the gold dates figures that inherit an earlier paragraph's frame, by
whether the figure's sentence and the frame-setting sentence name the same measure of the lexicon's
`measures` (run from the repository root; CLASS lists that class's gold-null figures)."""
import json, re, sys, collections
from kg.extract.lexicon import Lexicon, fold
from kg.extract.facts import measure_of
lex = Lexicon.default()
M = re.compile(r"\b(?:" + "|".join(sorted((re.escape(fold(m)) for m in lex.list("measures")), key=len, reverse=True)) + r")\b")
rows = json.load(open(sys.argv[1]))
def per(x): return (x.get('period_start'), x.get('period_end'))
def sentence_at(text, i):
    a = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i)) + 1
    ends = [j for j in (text.find(". ", i), text.find("\n", i)) if j >= 0]
    return text[a:min(ends) if ends else len(text)]
c = collections.Counter(); ex = collections.defaultdict(list)
for r in rows:
    w = (r['pred'].get('why') or {}).get('period', '')
    m = re.match(r"frame: earlier paragraph names '(.*?)'", w)
    if not m: continue
    text = open(r['path']).read(); e = r['pred']['evidence']
    k = text.rfind(m.group(1), 0, e['start'])
    if k < 0: c['said not found'] += 1; continue
    fs = set(M.findall(fold(sentence_at(text, k))))
    own = set(M.findall(fold(sentence_at(text, e['start']))))
    mine = measure_of(lex, r['pred']['what'])
    if not own: cls = 'fig sentence names no measure'
    elif own & fs: cls = 'shares a measure with frame sentence'
    elif not fs: cls = 'frame sentence names no measure'
    else: cls = 'different measures'
    g = 'null' if per(r['gold']) == (None, None) else ('same' if r['ok'] else 'other')
    c[(cls, g)] += 1
    ex[(cls, g)].append((r['set'], r['article'], r['pred']['unit'], e['text'][:60], sorted(fs)[:3], sorted(own)[:3]))
for k in sorted(c, key=str): print(k, c[k])
if len(sys.argv) > 2:
    for k in ex:
        if k[0] == sys.argv[2]:
            for x in ex[k]: print(k[1], x)
