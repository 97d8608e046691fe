import json,glob,re,os
sets=[(d, '/work/real_pages/'+os.path.basename(d)[:-5]) for d in glob.glob('tests/real/setaside*_gold')+['tests/real/dev5_gold']]
sets+=[('/work/real_pages/setaside16_gold','/work/real_pages/setaside16'),('/work/real_pages/heldout2/gold','/work/real_pages/heldout2/articles')]
import sys
rx=re.compile(sys.argv[1],re.I)
for gd,td in sets:
  for f in glob.glob(gd+'/*.json'):
    g=json.load(open(f)); tp=os.path.join(td,g['article'])
    if not os.path.exists(tp): continue
    t=open(tp).read()
    vals=[abs(x['value']) for k in ('figures','targets') for x in g.get(k,[])]
    for m in rx.finditer(t):
      num=re.search(r"\d[\d.,]*",t[m.end(1):m.end()]) if m.lastindex else re.search(r"\d[\d.,]*",m.group())
      s=num.group().rstrip('.,'); 
      try: v=float(s.replace('.','').replace(',','.'))
      except: continue
      hit=any(abs(x-v)<=0.005*v or abs(x-v*1e6)<=0.005*v*1e6 or abs(x-v*1e9)<=0.005*v*1e9 or abs(x-v*1e3)<=0.005*v*1e3 for x in vals)
      print('GOLD' if hit else 'none', os.path.basename(gd)[:11], g['article'][:25],'|', t[max(0,m.start()-70):m.end()+30].replace('\n',' '))
