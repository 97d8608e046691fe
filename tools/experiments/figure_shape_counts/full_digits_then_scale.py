import re,os,sys
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..'))
from annotated_sets import annotated_sets, pages, extracted_values, gold_values, DEVELOPMENT
sets=list(annotated_sets(DEVELOPMENT+['setaside16','heldout2']))
rx=re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{3}){2,})(?![.,]?\d)\s*(triliun|miliar|juta)\b",re.I)
sc={'triliun':1e12,'miliar':1e9,'juta':1e6,'ribu':1e3,'persen':1,'%':1}
for (_,gd,td),g,tp,t in pages(sets):
  ms=list(rx.finditer(t))
  if not ms: continue
  ours=extracted_values(tp); gv=gold_values(g)
  for m in ms:
    raw=float(re.sub(r"[.,]","",m.group(1))); v=raw
    hit=lambda L,v: any(abs(abs(x)-v)<=0.005*v for x in L)
    print('gold-raw' if hit(gv,raw) else 'gold-scaled' if hit(gv,raw*sc[m.group(2).lower()]) else 'gold-other', 'ours-raw' if hit(ours,raw) else 'ours-scaled' if hit(ours,raw*sc[m.group(2).lower()]) else 'ours-other', gd.split('/')[-1][:11], g['article'][:25],'|',t[max(0,m.start()-40):m.end()].replace('\n',' '))
