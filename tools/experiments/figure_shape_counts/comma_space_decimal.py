import json,glob,re,os,subprocess,collections
named=['setaside','setaside2','setaside3','setaside4','setaside5','setaside6','setaside7','setaside8','setaside9','setaside10','setaside11','setaside12','setaside13','setaside14','setaside15','dev5']
sets=[('tests/real/%s_gold'%s,'/work/real_pages/%s'%s) for s in named]
sets+=[('/work/real_pages/setaside16_gold','/work/real_pages/setaside16'),('/work/real_pages/heldout2/gold','/work/real_pages/heldout2/articles')]
rx=re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*), (\d{1,3})\s*(triliun|miliar|juta|ribu|persen|%)",re.I)
sc={'triliun':1e12,'miliar':1e9,'juta':1e6,'ribu':1e3,'persen':1,'%':1}
for gd,td in sets:
  for f in glob.glob(gd+'/*.json'):
    g=json.load(open(f)); tp=os.path.join(td,g['article'])
    if not os.path.exists(tp): continue
    t=open(tp).read()
    ms=list(rx.finditer(t))
    if not ms: continue
    out=json.loads(subprocess.run(['kg','extract','--format','json',tp],capture_output=True,text=True).stdout)
    ours=[x['value'] for x in out['facts'] if x['type'] in('figure','target')]
    gv=[x['value'] for k in ('figures','targets') for x in g.get(k,[])]
    for m in ms:
      v=float(m.group(1).replace('.','')+'.'+m.group(2))*sc[m.group(3).lower()]
      hit=lambda L: any(abs(abs(x)-v)<=0.005*v for x in L)
      print('gold' if hit(gv) else 'GOLD-NONE', 'ours' if hit(ours) else 'OURS-NONE', gd.split('/')[-1][:11], g['article'][:25],'|',t[max(0,m.start()-40):m.end()].replace('\n',' '))
