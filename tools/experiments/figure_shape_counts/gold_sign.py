import json,glob,re,sys
rx=re.compile(sys.argv[1],re.I)
dirs=glob.glob('tests/real/*_gold')+glob.glob('tests/gold')+['/work/real_pages/setaside16_gold','/work/real_pages/heldout2/gold']
neg=pos=0
for d in dirs:
  for f in glob.glob(d+'/*.json'):
    g=json.load(open(f))
    for k in ('figures','targets'):
      for x in g.get(k,[]):
        ev=x.get('evidence') or ''
        if rx.search(ev):
          v=x['value']; 
          if v<0: neg+=1
          else: pos+=1
          print(d.split('/')[-1][:12],f.split('/')[-1][:30],k[0],v,x['unit'],x.get('kind'),'|',ev[:90])
print('neg',neg,'pos',pos)
