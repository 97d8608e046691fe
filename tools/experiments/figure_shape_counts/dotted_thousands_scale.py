import json,glob,re,os
sets=[(d, '/work/real_pages/'+os.path.basename(d)[:-5]) for d in glob.glob('tests/real/setaside*_gold')+['tests/real/dev5_gold']]
sets+=[('/work/real_pages/setaside16_gold','/work/real_pages/setaside16'),('/work/real_pages/heldout2/gold','/work/real_pages/heldout2/articles')]
rx=re.compile(r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,]\d)\s*(triliun|miliar|juta)\b",re.I)
sc={'triliun':1e12,'miliar':1e9,'juta':1e6}
for gd,td in sets:
  for f in glob.glob(gd+'/*.json'):
    g=json.load(open(f)); 
    tp=os.path.join(td,g['article'])
    if not os.path.exists(tp): continue
    t=open(tp).read()
    vals=[x['value'] for k in ('figures','targets') for x in g.get(k,[])]
    for m in rx.finditer(t):
      big=float(m.group(1)+m.group(2))*sc[m.group(3).lower()]; small=float(m.group(1)+"."+m.group(2))*sc[m.group(3).lower()]
      hit=lambda v: any(abs(abs(x)-v)<=0.005*v for x in vals)
      r='BIG' if hit(big) else 'SMALL' if hit(small) else 'none'
      print(r, os.path.basename(gd)[:12], g['article'][:30], t[max(0,m.start()-40):m.end()+5].replace('\n',' '))
