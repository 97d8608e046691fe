import re,sys
rx=re.compile(sys.argv[1],re.I)
import os
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..'))
from annotated_sets import annotated_sets, listed, golds
sets=list(annotated_sets(listed('*')+['gold','setaside16','heldout2']))
neg=pos=0
for (_,d,_),f,g in golds(sets):
  for k in ('figures','targets'):
    for x in g.get(k,[]):
      ev=x.get('evidence') or ''
      if rx.search(ev):
        v=x['value']; 
        if v<0: neg+=1
        else: pos+=1
        print(d.split('/')[-1][:12],f.split('/')[-1][:30],k[0],v,x['unit'],x.get('kind'),'|',ev[:90])
print('neg',neg,'pos',pos)
