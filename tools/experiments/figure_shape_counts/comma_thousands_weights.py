import re,os,sys
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..'))
from annotated_sets import annotated_sets, listed, pages
sets=list(annotated_sets(listed()+['dev5','setaside16','heldout2']))
rx=re.compile(r"(?<![\d.,])(\d{1,3}),(\d{3})(?![\d.,]\d)\s*(ton|kg|kilogram|liter|hektare|ha|TEUs?|barel)\b",re.I)
sc={k:1 for k in ["ton","kg","kilogram","liter","hektare","ha","teus","teu","barel"]}
for (_,gd,td),g,tp,t in pages(sets):
  vals=[x['value'] for k in ('figures','targets') for x in g.get(k,[])]
  for m in rx.finditer(t):
    big=float(m.group(1)+m.group(2)); small=float(m.group(1)+"."+m.group(2))
    hit=lambda v: any(abs(abs(x)-v)<=0.005*v for x in vals)
    r='BIG' if hit(big) else 'SMALL' if hit(small) else 'none'
    print(r, os.path.basename(gd)[:12], g['article'][:30], t[max(0,m.start()-40):m.end()+5].replace('\n',' '))
