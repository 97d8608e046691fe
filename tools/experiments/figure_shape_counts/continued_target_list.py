import re,os,collections,sys
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..'))
from annotated_sets import annotated_sets, listed, pages
sets=list(annotated_sets(listed()+['dev5','setaside16','heldout2']+['gold']))
conn=re.compile(r'^["“]?\s*(Kemudian|Begitu (?:juga|pula)|Demikian (?:juga|pula)|Selain itu|Selanjutnya|Lalu|Juga|Serta|Di samping itu)\b',re.I)
tw=re.compile(r'\b(?:ditargetkan|menargetkan|targetkan|target\w*|sasaran\w*|dipatok|mematok)\b',re.I)
c=collections.Counter()
for (_,gd,td),g,tp,t in pages(sets):
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
