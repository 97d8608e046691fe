import json,glob,re,os,collections
named=['setaside','setaside2','setaside3','setaside4','setaside5','setaside6','setaside7','setaside8','setaside9','setaside10','setaside11','setaside12','setaside13','setaside14','setaside15','dev5']
sets=[('tests/real/%s_gold'%s,'/work/real_pages/%s'%s) for s in named]
sets+=[('/work/real_pages/setaside16_gold','/work/real_pages/setaside16'),('/work/real_pages/heldout2/gold','/work/real_pages/heldout2/articles')]
rx=re.compile(r"(?<![\d.,])(\d{1,3}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+(komoditas|komoditi|jenis|negara|provinsi|kabupaten|produk|sektor)\b(?P<rest>.{0,60})",re.I)
lst=re.compile(r"\b(yaitu|yakni|antara lain|meliputi|di antaranya|diantaranya|seperti)\b|:",re.I)
W={'dua':2,'tiga':3,'empat':4,'lima':5,'enam':6,'tujuh':7,'delapan':8,'sembilan':9,'sepuluh':10}
c=collections.Counter()
for gd,td in sets:
  if not os.path.isdir(gd): continue
  for f in glob.glob(gd+'/*.json'):
    g=json.load(open(f)); tp=os.path.join(td,g['article'])
    if not os.path.exists(tp): continue
    t=open(tp).read()
    facts=[x for k in ('figures','targets') for x in g.get(k,[])]
    for m in rx.finditer(t):
      if not lst.search(m.group('rest')[:40]): continue
      n=m.group(1).lower(); v=W.get(n) or int(n)
      hit=any(x['value']==v and x['unit'].lower().startswith(m.group(2).lower()[:5]) for x in facts)
      c[(hit, n.isdigit())]+=1
      print('GOLD' if hit else 'none', gd.split('/')[-1][:11], g['article'][:25],'|',t[max(0,m.start()-40):m.end()].replace('\n',' ')[:150])
print(c)
