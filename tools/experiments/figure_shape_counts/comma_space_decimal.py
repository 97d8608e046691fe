import re,os,sys
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..'))
from annotated_sets import annotated_sets, pages, extracted_values, gold_values, DEVELOPMENT
sets=list(annotated_sets(DEVELOPMENT+['setaside16','heldout2']))
rx=re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*), (\d{1,3})\s*(triliun|miliar|juta|ribu|persen|%)",re.I)
sc={'triliun':1e12,'miliar':1e9,'juta':1e6,'ribu':1e3,'persen':1,'%':1}
for (_,gd,td),g,tp,t in pages(sets):
  ms=list(rx.finditer(t))
  if not ms: continue
  ours=extracted_values(tp); gv=gold_values(g)
  for m in ms:
    v=float(m.group(1).replace('.','')+'.'+m.group(2))*sc[m.group(3).lower()]
    hit=lambda L: any(abs(abs(x)-v)<=0.005*v for x in L)
    print('gold' if hit(gv) else 'GOLD-NONE', 'ours' if hit(ours) else 'OURS-NONE', gd.split('/')[-1][:11], g['article'][:25],'|',t[max(0,m.start()-40):m.end()].replace('\n',' '))
