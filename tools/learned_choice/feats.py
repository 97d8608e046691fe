"""Candidate features (plain Python; the same function would serve inference)."""
import math, re
SOURCES = ("sentence", "paragraph", "earlier", "title", "frame", "main", "report", "ytd", "last_month",
           "whole_year", "pub_year", "pub_month", "null", "rule_only")
REASONS = [("frame: earlier paragraph", "fr_earlier"), ("frame: paragraph", "fr_para"), ("frame: sentence", "fr_sent"),
           ("frame: title", "fr_title"), ("frame:", "fr_other"), ("named before the value", "before"),
           ("named after the value", "after"), ("sentence names", "sentnames"), ("no period named before", "noframe"),
           ("base value", "base"), ("restates", "restates"), ("target", "target"), ("projection", "projection"),
           ("a lead", "lead"), ("goes with", "goeswith"), ("as the value it goes with", "goeswith")]
def reason_class(r):
    r = r or ""
    for pre, name in REASONS:
        if r.startswith(pre) or (pre in ("target", "projection") and pre in r[:20]):
            return name
    if "no period" in r: return "nop"
    return "other"
def unit_class(u):
    u = (u or "").lower()
    if u == "percent": return "pct"
    if u in ("usd", "idr", "eur", "cny", "jpy", "sgd"): return "money"
    if u in ("ton", "kg", "kilogram", "liter", "hektare", "ha", "kwh", "mw"): return "measure"
    return "count"
def gran(p):
    if p is None: return "null"
    s, e = p.start, p.end
    if s.year != e.year: return "multiyear"
    if s.month == 1 and e.month == 12 and s.day == 1 and e.day >= 31: return "year"
    if s.month == e.month and s.day == 1: return "month"
    if s.month == 1 and s.day == 1: return "ytd"
    if s.day == 1: return "months"
    return "days"
NO_RULE = __import__("os").environ.get("NO_RULE") == "1"  # a chooser that does not see the rules' choice


def features(fc, c):
    f = {}
    if NO_RULE:
        c = __import__("copy").copy(c); c.rule = False; c.sources = c.sources - {"rule_only"}
    typ = "null" if c.period is None else ("rule" if c.rule else "other")
    for s in c.sources: f["src_" + s] = 1
    f["n_src"] = len(c.sources - {"null", "rule_only"})
    f["rule"] = 1 if c.rule else 0
    rc, uc = reason_class(fc.reason), unit_class(fc.unit)
    g = gran(c.period)
    f["gran_" + g] = 1
    if c.rule:
        f["rule_r_" + rc] = 1; f["rule_k_" + fc.kind] = 1; f["rule_u_" + uc] = 1; f["rule_g_" + g] = 1
    if c.period is None:
        f["null_r_" + rc] = 1; f["null_k_" + fc.kind] = 1; f["null_u_" + uc] = 1
        if fc.in_quote: f["null_quote"] = 1
    else:
        d = c.distance if c.distance < 10000 else None
        f["logdist"] = math.log1p(d) / 8 if d is not None else 0
        f["nodist"] = 1 if d is None else 0
        f["sent_back"] = min(max(c.sentences_back, -1), 8) / 8 if c.sentences_back != 99 else 0
        f["para_back"] = min(c.paragraphs_back, 6) / 6 if c.paragraphs_back != 99 else 0
        f["para_ahead"] = min(c.later_paragraphs, 4) / 4 if c.later_paragraphs != 99 else 0
        f["only_later"] = int(c.sources <= {"later", "ytd", "last_month", "whole_year"} and "later" in c.sources)
        f["before"] = int(c.before_value); f["after"] = int(c.after_value)
        f["comparison"] = int(c.comparison); f["startpt"] = int(c.start_point)
        f["mentions"] = min(c.mentions, 5) / 5
        pub = fc.published
        if pub:
            f["has_pubmonth"] = int(c.period.start <= pub <= c.period.end)
            f["after_pub"] = int(c.period.start > pub)
            f["yeardiff_" + str(min(max(pub.year - c.period.end.year, -1), 3))] = 1
        else:
            f["undated"] = 1
        f["g_" + g + "_k_" + fc.kind] = 1
        f["g_" + g + "_u_" + uc] = 1
        f["g_" + g + "_r_" + rc] = 1
        for s in c.sources:
            f["src_" + s + "_r_" + rc] = 1
            if c.comparison: f["src_" + s + "_cmp"] = 1
        for w, on in fc.near.items():
            if on:
                f["near_" + w + "_" + typ] = 1
                f["near_" + w + "_g_" + g] = 1
    if fc.near:
        for w, on in fc.near.items():
            if on and typ != "other": f["near_" + w + "_" + typ] = 1
    f["firstpara_" + typ] = int(fc.first_paragraph)
    f["quote_" + typ] = int(fc.in_quote)
    return f
