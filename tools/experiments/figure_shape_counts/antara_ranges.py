import re,os,sys
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..'))
from annotated_sets import annotated_sets, listed, pages
sets=list(annotated_sets(listed()+['dev5','setaside16','heldout2']))
rx=re.compile(sys.argv[1],re.I)
for (_,gd,td),g,tp,t in pages(sets):
  vals=[abs(x['value']) for k in ('figures','targets') for x in g.get(k,[])]
  for m in rx.finditer(t):
    num=re.search(r"\d[\d.,]*",t[m.end(1):m.end()]) if m.lastindex else re.search(r"\d[\d.,]*",m.group())
    s=num.group().rstrip('.,'); 
    try: v=float(s.replace('.','').replace(',','.'))
    except: continue
    hit=any(abs(x-v)<=0.005*v or abs(x-v*1e6)<=0.005*v*1e6 or abs(x-v*1e9)<=0.005*v*1e9 or abs(x-v*1e3)<=0.005*v*1e3 for x in vals)
    print('GOLD' if hit else 'none', os.path.basename(gd)[:11], g['article'][:25],'|', t[max(0,m.start()-70):m.end()+30].replace('\n',' '))
