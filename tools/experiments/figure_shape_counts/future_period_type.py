"""Gold facts whose period starts after the publication date: target or figure (and kind)."""
import collections
import os,sys
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..'))
from annotated_sets import annotated_sets, listed, golds
sets=list(annotated_sets(listed('*')+['setaside16','heldout2']))
c=collections.Counter()
for _,f,g in golds(sets):
  pub=g.get('published')
  if not pub: continue
  for k in ('figures','targets'):
    for x in g.get(k,[]):
      ps=x.get('period_start')
      if ps and ps>pub: c[(k,x.get('kind'))]+=1
print(c)
