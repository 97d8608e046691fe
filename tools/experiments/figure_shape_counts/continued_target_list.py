import json,glob,re,os,collections
sets=[(d, '/work/real_pages/'+os.path.basename(d)[:-5]) for d in glob.glob('tests/real/setaside*_gold')+['tests/real/dev5_gold']]
sets+=[('/work/real_pages/setaside16_gold','/work/real_pages/setaside16'),('/work/real_pages/heldout2/gold','/work/real_pages/heldout2/articles'),('tests/gold','tests/articles')]
conn=re.compile(r'^["“]?\s*(Kemudian|Begitu (?:juga|pula)|Demikian (?:juga|pula)|Selain itu|Selanjutnya|Lalu|Juga|Serta|Di samping itu)\b',re.I)
tw=re.compile(r'\b(?:ditargetkan|menargetkan|targetkan|target\w*|sasaran\w*|dipatok|mematok)\b',re.I)
c=collections.Counter()
for gd,td in sets:
  for f in glob.glob(gd+'/*.json'):
    g=json.load(open(f)); tp=os.path.join(td,g['article'])
    if not os.path.exists(tp): continue
    t=open(tp).read()
    sents=[(m.start(),m.group()) for m in re.finditer(r'[^.!?\n]+(?:[.!?]+(?=\s)|$)',t,re.M)]
    sents=[(s,x) for s,x in sents if x.strip()]
    for i,(s,x) in enumerate(sents[1:],1):
      xs=x.strip()
      if not conn.match(xs) or tw.search(xs): continue
      prev=sents[i-1][1]
      if not tw.search(prev): continue
      for k in ('figures','targets'):
        for y in g.get(k,[]):
          ev=y.get('evidence') or ''
          if ev and ev[:40] in xs:
            c[k]+=1; print(k, os.path.basename(gd)[:11], g['article'][:25], '|', xs[:110])
print(c)
