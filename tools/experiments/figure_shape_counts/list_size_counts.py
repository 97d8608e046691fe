import re,os,collections,sys
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..'))
from annotated_sets import annotated_sets, pages, DEVELOPMENT
sets=list(annotated_sets(DEVELOPMENT+['setaside16','heldout2']))
rx=re.compile(r"(?<![\d.,])(\d{1,3}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+(komoditas|komoditi|jenis|negara|provinsi|kabupaten|produk|sektor)\b(?P<rest>.{0,60})",re.I)
lst=re.compile(r"\b(yaitu|yakni|antara lain|meliputi|di antaranya|diantaranya|seperti)\b|:",re.I)
W={'dua':2,'tiga':3,'empat':4,'lima':5,'enam':6,'tujuh':7,'delapan':8,'sembilan':9,'sepuluh':10}
c=collections.Counter()
for (_,gd,td),g,tp,t in pages(sets):
  facts=[x for k in ('figures','targets') for x in g.get(k,[])]
  for m in rx.finditer(t):
    if not lst.search(m.group('rest')[:40]): continue
    n=m.group(1).lower(); v=W.get(n) or int(n)
    hit=any(x['value']==v and x['unit'].lower().startswith(m.group(2).lower()[:5]) for x in facts)
    c[(hit, n.isdigit())]+=1
    print('GOLD' if hit else 'none', gd.split('/')[-1][:11], g['article'][:25],'|',t[max(0,m.start()-40):m.end()].replace('\n',' ')[:150])
print(c)
