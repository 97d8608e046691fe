"""Gold facts whose period starts after the publication date: target or figure (and kind)."""
import json,glob,collections
dirs=glob.glob('tests/real/*_gold')+['/work/real_pages/setaside16_gold','/work/real_pages/heldout2/gold']
c=collections.Counter()
for d in dirs:
  for f in glob.glob(d+'/*.json'):
    g=json.load(open(f)); pub=g.get('published')
    if not pub: continue
    for k in ('figures','targets'):
      for x in g.get(k,[]):
        ps=x.get('period_start')
        if ps and ps>pub: c[(k,x.get('kind'))]+=1
print(c)
