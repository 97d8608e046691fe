import re,sys,collections
pat=re.compile(r"^  (MISSING|SPURIOUS) (figure|target) (\S+) (.+?) (\S+\.\.\S+) '(.*)'$")
res=collections.defaultdict(list)
for f in sys.argv[1:]:
    s=f.split('_pd')[1][:-4]
    page=None; miss=[];spur=[]
    lines=open(f).read().splitlines()+['END']
    for ln in lines:
        if not ln.startswith(' '):
            # flush
            for m in miss:
                for sp in spur:
                    if m[0]==sp[0] or True:
                        ev_ok = m[4][:15] in sp[4] or sp[4][-15:] in m[4] or m[4][-12:] in sp[4]
                        if not ev_ok: continue
                        mv,sv=float(m[1]),float(sp[1])
                        if mv==sv and m[2]==sp[2]: k='period/type' if m[0]==sp[0] else 'fig<->target'
                        elif mv==-sv: k='sign'
                        elif m[2]!=sp[2]: k='unit %s->%s'%(m[2],sp[2])
                        elif sv and abs(mv/sv-1)>0.01: k='scale x%.3g'%(sv/mv if mv else 0)
                        else: k='other'
                        if m[0]!=sp[0]: k+=' type:%s->%s'%(m[0],sp[0])
                        res[k].append((s,page,m,sp))
            page=ln; miss=[];spur=[]; continue
        mm=pat.match(ln)
        if mm:
            t=(mm.group(2),mm.group(3),mm.group(4),mm.group(5),mm.group(6))
            (miss if mm.group(1)=='MISSING' else spur).append(t)
for k,v in sorted(res.items(),key=lambda x:-len(x[1])):
    pages={(a,b) for a,b,_,_ in v}; sets={a for a,_,_,_ in v}
    print(k,len(v),'pages',len(pages),'sets',len(sets))
    for a,b,m,sp in v: print('   ',a,b[:40],m[1],m[2],'|',sp[1],sp[2],'|',m[4][:60])
