"""'turun dibandingkan Agustus 2024 sebesar 20,27 persen': a change word, a comparison phrase, then
the value. Prints, for each occurrence in the development texts, the sign the gold gives the value."""
import json,glob,re,os,collections
named=['setaside','setaside2','setaside3','setaside4','setaside5','setaside6','setaside7','setaside8','setaside9','setaside10','setaside11','setaside12','setaside13','setaside14','setaside15','dev5']
sets=[('tests/real/%s_gold'%s,'/work/real_pages/%s'%s) for s in named]
sets+=[('/work/real_pages/setaside16_gold','/work/real_pages/setaside16'),('/work/real_pages/heldout2/gold','/work/real_pages/heldout2/articles'),('tests/gold','tests/articles')]
rx=re.compile(r"\b(turun|menurun|penurunan|anjlok|merosot|terkontraksi|melemah|naik|meningkat|kenaikan|peningkatan|tumbuh)\s+(?:\w+\s+)?(dibanding\w*|jika\s+dibandingkan|bila\s+dibandingkan|dari)\s+(?:dengan\s+)?[^,.;\d]{0,40}(?:\d{4}\s*)?[^,.;\d]{0,20}?\b(?:sebesar|sekitar|hingga|mencapai)?\s*(?P<num>\d+(?:,\d+)?)\s*(?:persen|%)",re.I)
c=collections.Counter()
for gd,td in sets:
  for f in glob.glob(gd+'/*.json'):
    g=json.load(open(f)); tp=os.path.join(td,g['article'])
    if not os.path.exists(tp): continue
    t=open(tp).read()
    facts=[x for k in ('figures','targets') for x in g.get(k,[]) if x['unit']=='percent']
    for m in rx.finditer(t):
      v=float(m.group('num').replace(',','.'))
      s=''.join(sorted({'-' if x['value']<0 else '+' for x in facts if abs(abs(x['value'])-v)<0.011}))
      down=m.group(1).lower() in ('turun','menurun','penurunan','anjlok','merosot','terkontraksi','melemah')
      c[(down,s)]+=1
      print('down' if down else 'up  ', s or '0', gd.split('/')[-1][:11], g['article'][:25],'|',m.group()[:110].replace('\n',' '))
print(c)
