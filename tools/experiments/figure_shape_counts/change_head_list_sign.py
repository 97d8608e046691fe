import json,glob,re,os,collections
named=['setaside','setaside2','setaside3','setaside4','setaside5','setaside6','setaside7','setaside8','setaside9','setaside10','setaside11','setaside12','setaside13','setaside14','setaside15','dev5']
sets=[('tests/real/%s_gold'%s,'/work/real_pages/%s'%s) for s in named]
sets+=[('/work/real_pages/setaside16_gold','/work/real_pages/setaside16'),('/work/real_pages/heldout2/gold','/work/real_pages/heldout2/articles'),('tests/gold','tests/articles')]
rx=re.compile(r"\b(penurunan|kenaikan|peningkatan)\b[^.]{0,160}?\b(terjadi pada|pada|di)\s+(?:\w+\s+)?(golongan|komoditas|komoditi|sektor|kelompok|negara)[^.]{0,100}?\b(yaitu|yakni|antara lain|terutama|di antaranya|diantaranya)\b(?P<list>[^.]*(?:\.\d[^.]*)*)",re.I)
num=re.compile(r"(?:US\$|USD|Rp)\s*(\d[\d.,]*)\s*(juta|miliar|ribu)?|(\d[\d.,]*)\s*(persen|%)",re.I)
for gd,td in sets:
  for f in glob.glob(gd+'/*.json'):
    g=json.load(open(f)); tp=os.path.join(td,g['article'])
    if not os.path.exists(tp): continue
    t=open(tp).read()
    facts=[x for k in ('figures','targets') for x in g.get(k,[])]
    for m in rx.finditer(t):
      signs=[]
      for n in num.finditer(m.group('list')):
        s=(n.group(1) or n.group(3)).rstrip('.,')
        cands=[x for x in facts if (x.get('evidence') or '') and s in x['evidence']]
        signs.append(''.join('-' if x['value']<0 else '+' for x in cands) or '0')
      print(m.group(1).lower(), signs, gd.split('/')[-1][:11], g['article'][:25],'|',m.group()[:140].replace('\n',' '))
