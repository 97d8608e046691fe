import re,os,sys
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..'))
from annotated_sets import annotated_sets, pages, DEVELOPMENT
sets=list(annotated_sets(DEVELOPMENT+['setaside16','heldout2']+['gold']))
rx=re.compile(r"\b(penurunan|kenaikan|peningkatan)\b[^.]{0,160}?\b(terjadi pada|pada|di)\s+(?:\w+\s+)?(golongan|komoditas|komoditi|sektor|kelompok|negara)[^.]{0,100}?\b(yaitu|yakni|antara lain|terutama|di antaranya|diantaranya)\b(?P<list>[^.]*(?:\.\d[^.]*)*)",re.I)
num=re.compile(r"(?:US\$|USD|Rp)\s*(\d[\d.,]*)\s*(juta|miliar|ribu)?|(\d[\d.,]*)\s*(persen|%)",re.I)
for (_,gd,td),g,tp,t in pages(sets):
  facts=[x for k in ('figures','targets') for x in g.get(k,[])]
  for m in rx.finditer(t):
    signs=[]
    for n in num.finditer(m.group('list')):
      s=(n.group(1) or n.group(3)).rstrip('.,')
      cands=[x for x in facts if (x.get('evidence') or '') and s in x['evidence']]
      signs.append(''.join('-' if x['value']<0 else '+' for x in cands) or '0')
    print(m.group(1).lower(), signs, gd.split('/')[-1][:11], g['article'][:25],'|',m.group()[:140].replace('\n',' '))
