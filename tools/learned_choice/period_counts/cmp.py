"""cmp.py BASE.json OTHER.json: the matched figures whose period changed between two collect.py runs
(fixed / broke / changed but still wrong), per set."""
import json, sys, collections
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
def key(r): return (r['set'], r['article'], r['kind'], r['gold'].get('value'), r['gold'].get('evidence', '')[:40], r['pred']['evidence']['start'])
A = {key(r): r for r in a}; B = {key(r): r for r in b}
c = collections.Counter()
print(len(a), len(b), sum(r['ok'] for r in a), sum(r['ok'] for r in b))
for k in A.keys() | B.keys():
    ra, rb = A.get(k), B.get(k)
    if ra is None or rb is None: c[(k[0], 'matching changed')] += 1; print('MATCH', k); continue
    if ra['ok'] != rb['ok'] or (ra['pred'].get('period_start'), ra['pred'].get('period_end')) != (rb['pred'].get('period_start'), rb['pred'].get('period_end')):
        t = 'fixed' if rb['ok'] and not ra['ok'] else 'broke' if ra['ok'] and not rb['ok'] else 'changed wrong'
        c[(k[0], t)] += 1
        print(t, k[0], k[1], rb['pred']['value'], rb['pred']['unit'], 'gold', rb['gold'].get('period_start'), rb['gold'].get('period_end'), 'now', rb['pred'].get('period_start'), rb['pred'].get('period_end'), '|', (rb['pred'].get('why') or {}).get('period', '')[:100])
for k in sorted(c): print(k, c[k])
