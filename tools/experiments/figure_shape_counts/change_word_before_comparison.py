"""'turun dibandingkan Agustus 2024 sebesar 20,27 persen': a change word, a comparison phrase, then
the value. Prints, for each occurrence in the development texts, the sign the gold gives the value."""
import re,os,collections,sys
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..'))
from annotated_sets import annotated_sets, pages, DEVELOPMENT
sets=list(annotated_sets(DEVELOPMENT+['setaside16','heldout2']+['gold']))
rx=re.compile(r"\b(turun|menurun|penurunan|anjlok|merosot|terkontraksi|melemah|naik|meningkat|kenaikan|peningkatan|tumbuh)\s+(?:\w+\s+)?(dibanding\w*|jika\s+dibandingkan|bila\s+dibandingkan|dari)\s+(?:dengan\s+)?[^,.;\d]{0,40}(?:\d{4}\s*)?[^,.;\d]{0,20}?\b(?:sebesar|sekitar|hingga|mencapai)?\s*(?P<num>\d+(?:,\d+)?)\s*(?:persen|%)",re.I)
c=collections.Counter()
for (_,gd,td),g,tp,t in pages(sets):
  facts=[x for k in ('figures','targets') for x in g.get(k,[]) if x['unit']=='percent']
  for m in rx.finditer(t):
    v=float(m.group('num').replace(',','.'))
    s=''.join(sorted({'-' if x['value']<0 else '+' for x in facts if abs(abs(x['value'])-v)<0.011}))
    down=m.group(1).lower() in ('turun','menurun','penurunan','anjlok','merosot','terkontraksi','melemah')
    c[(down,s)]+=1
    print('down' if down else 'up  ', s or '0', gd.split('/')[-1][:11], g['article'][:25],'|',m.group()[:110].replace('\n',' '))
print(c)
