"""Whether a store holds what this version's writers write beside the articles: the lookup and
group keys of each figure (decisions 0012, 0018), each decree's summaries (decision 0020), each
figure's agency years (decision 0033), each fact's evidence start (decision 0065) and each
realisation's value profile (decision 0069), each fact's measure profile (decision 0076), each
figure's source profile (decision 0080) and each stated fact's statement keys (decision 0085).

A folder's format file (kg.store.oxigraph.FORMAT_FILE) says which of them its last upgrade
added, but a writer of an earlier version that opens the folder afterwards reads the file, finds
nothing to upgrade and writes articles without them: figures without ekg:groupKey, decrees
without summaries, or summaries that no longer count their citing articles. The templates then
answer wrong without a word. A server (kg.store.remote) has no format file at all. So the
stores look at what they hold (docs/decisions/0021-no-stored-choice-and-store-checks.md):

- cheap (`found(..., thorough=False)`): a decree in the shared-entities graph without ekg:citingArticles (one ASK over the
  decrees, under a millisecond at 10k and 30k articles), and evidence without any evidence start
  (two ASKs that stop at their first match; decision 0065). Every open runs them.
- thorough: also the figures with a period against those with a group key (two index counts,
  every figure with a period gets both, kg.facttypes.figures), and each decree's citingArticles
  against a recount: 85 ms of CPU together at 10k articles, 276 ms at 30k. A writer's first
  open runs them, and a server's open (which has no format file to go by).

The checks are plain SPARQL 1.1, so every backend runs the same text; `found` takes the
backend's query function.
"""
from __future__ import annotations

from typing import Callable

import pyoxigraph as ox

from kg.rdf import vocab
from kg.store import summaries

EKG = str(vocab.EKG)
RDF_TYPE = str(vocab.RDF.type)
XSD_INTEGER = str(vocab.XSD.integer)
A, INTEGER = ox.NamedNode(RDF_TYPE), ox.NamedNode(XSD_INTEGER)
AGENCY_YEAR, AGENCY_YEAR_CLASS, YEAR_OF, CALENDAR_YEAR = (
    ox.NamedNode(EKG + name) for name in ("agencyYear", "AgencyYear", "yearOf", "calendarYear"))

DECREE_WITHOUT_SUMMARY = """ASK {{ GRAPH {graph} {{ ?decree a <EKG#Decree>
  FILTER NOT EXISTS {{ ?decree <EKG#citingArticles> ?count }} }} }}""".replace("<EKG#", "<" + EKG)

KEY_COUNTS = """SELECT ?p (COUNT(*) AS ?n) WHERE {
  VALUES ?p { <EKG#period> <EKG#groupKey> } GRAPH ?g { ?f ?p ?o } } GROUP BY ?p""".replace("<EKG#", "<" + EKG)

# a figure with a period and a reporting body but no agency year (decision 0033), whose period's span
# gives a year (kg.rdf.keys.years_of: its end year not before its start year). A span that gives
# none (an end before the start, which validation refuses but an unvalidated write can store)
# gets no agency year from the builder nor from a repair: were it found, every later writer of a
# server would fail, its repair adding nothing (second review of q17, finding 3)
WITHOUT_AGENCY_YEAR = """GRAPH ?g { ?f <EKG#period> ?period ; <EKG#reportedBy> ?reporter
    FILTER NOT EXISTS { ?f <EKG#agencyYear> ?agencyYear } }
  GRAPH ?e { ?period <http://www.w3.org/2000/01/rdf-schema#label> ?span }
  FILTER(<XSD#integer>(SUBSTR(?span, 12, 4)) >= <XSD#integer>(SUBSTR(?span, 1, 4)))""".replace(
    "<EKG#", "<" + EKG).replace("<XSD#integer>", "<" + XSD_INTEGER + ">")
# one ASK over the figures that have both, which stops at the first without. The span's test costs
# little: on 10k synthetic articles with every agency year (the ASK reads every figure), medians of 7
# by turns, 733 ms of CPU without it and 749 with it
FIGURE_WITHOUT_AGENCY_YEAR = "ASK { " + WITHOUT_AGENCY_YEAR + " }"

# a fact (or membership) with evidence whose position's start is not beside it as ekg:evidenceStart
# (decision 0065); every store kg wrote before format 6 has none. The same pattern is the repair's
# (ADD_EVIDENCE_STARTS), so what the check finds the repair adds
WITHOUT_EVIDENCE_START = """GRAPH ?g { ?f <EKG#evidence> ?evidence FILTER NOT EXISTS { ?f <EKG#evidenceStart> ?old }
    ?evidence <http://www.w3.org/ns/oa#hasSelector> ?position . ?position <http://www.w3.org/ns/oa#start> ?start }""".replace(
    "<EKG#", "<" + EKG)
FACT_WITHOUT_EVIDENCE_START = "ASK { " + WITHOUT_EVIDENCE_START + " }"
# the cheap look for a store written before them: evidence and no evidence start at all (two
# ASKs that stop at their first match; every open, a reader's too, since who-said finds no row
# without them)
ANY_EVIDENCE = "ASK { GRAPH ?g { ?f <EKG#evidence> ?evidence } }".replace("<EKG#", "<" + EKG)
ANY_EVIDENCE_START = "ASK { GRAPH ?g { ?f <EKG#evidenceStart> ?start } }".replace("<EKG#", "<" + EKG)
# the repair, in SPARQL so that a server's writer and a folder's run the same text: each such fact
# gets its position's start, in the graph that holds its evidence, as kg.build.graph writes it
ADD_EVIDENCE_STARTS = ("INSERT { GRAPH ?g { ?f <EKG#evidenceStart> ?start } } WHERE { " + WITHOUT_EVIDENCE_START
                       + " }").replace("<EKG#", "<" + EKG)

# a realisation that target-vs-actual would score and that has no value profile (decision 0069):
# a plausible ekg:Realization with a group key, a value, a source article and a measure label,
# without ekg:valueProfile; every store kg wrote before format 7 has none. The same pattern is the
# repair's (add_value_profiles), so what the check finds the repair adds
WITHOUT_VALUE_PROFILE = """GRAPH ?g { ?f <EKG#groupKey> ?group FILTER(STRSTARTS(?group, "Realization "))
    FILTER NOT EXISTS { ?f <EKG#valueProfile> ?old }
    ?f <EKG#value> ?v ; <EKG#sourceArticle> ?article ; <EKG#measureLabel> ?label
    OPTIONAL { ?f <EKG#measure> ?measure } OPTIONAL { ?f <EKG#scope> ?scope }
    FILTER NOT EXISTS { ?f <EKG#plausible> false } }""".replace("<EKG#", "<" + EKG)
REALISATION_WITHOUT_VALUE_PROFILE = "ASK { " + WITHOUT_VALUE_PROFILE + " }"
# the cheap look for a store written before them: a realisation's group key and no value profile
# at all (two ASKs that stop at their first match; every open, a reader's too, since
# target-vs-actual finds only the target's own article's realisations without them)
ANY_REALISATION_KEY = """ASK { GRAPH ?g { ?f <EKG#groupKey> ?group FILTER(STRSTARTS(?group, "Realization "))
    ?f <EKG#value> ?v ; <EKG#sourceArticle> ?article ; <EKG#measureLabel> ?label
    FILTER NOT EXISTS { ?f <EKG#plausible> false } } }""".replace("<EKG#", "<" + EKG)   # (one that would have a profile)
ANY_VALUE_PROFILE = "ASK { GRAPH ?g { ?f <EKG#valueProfile> ?profile } }".replace("<EKG#", "<" + EKG)


def add_value_profiles(base: str, entities_graph: str) -> str:
    """The repair, in SPARQL so that a server's writer and a folder's run the same text: each
    realisation WITHOUT_VALUE_PROFILE finds gets its ekg:valueProfile in its graph, and its
    profile is described in `entities_graph`, with the IRI kg.rdf.keys.value_profile mints under
    `base` (SHA256 of the group key, the value's canonical text, the measure and the place's IRI,
    joined by U+001F) and the terms kg.build.graph writes."""
    graph = ox.NamedNode(entities_graph)
    prefix = ox.Literal(base + "profile/")
    return ("""INSERT { GRAPH ?g { ?f <EKG#valueProfile> ?profile }
         GRAPH """ + str(graph) + """ { ?profile a <EKG#ValueProfile> ; <EKG#profileGroup> ?group ;
             <EKG#profileValue> ?value ; <EKG#profileMeasure> ?measureText ; <EKG#profileScope> ?scope } }
WHERE { """ + WITHOUT_VALUE_PROFILE + """
  BIND(STRDT(STR(?v), <http://www.w3.org/2001/XMLSchema#decimal>) AS ?value)
  BIND(STR(COALESCE(?measure, ?label)) AS ?measureText)
  BIND(IRI(CONCAT(""" + str(prefix) + """, SUBSTR(SHA256(CONCAT(?group, "\u001F", STR(?v), "\u001F", ?measureText, "\u001F",
                                                            COALESCE(STR(?scope), ""))), 1, 32))) AS ?profile) }""").replace("<EKG#", "<" + EKG)


# a figure that timeline would read and that has no measure profile (decision 0076): a fact (the
# far end of a range is a figure but not an ekg:Fact) with a group key and a measure word, without
# ekg:measureProfile; every store kg wrote before format 8
# has none. The same pattern is the repair's (add_measure_profiles), so what the check finds the
# repair adds
WITHOUT_MEASURE_PROFILE = """GRAPH ?g { ?f <EKG#groupKey> ?group ; <EKG#measureLabel> ?label ; <EKG#measureWord> ?word ;
        a <EKG#Fact>
    FILTER NOT EXISTS { ?f <EKG#measureProfile> ?old }
    OPTIONAL { ?f <EKG#measure> ?measure } OPTIONAL { ?f <EKG#scope> ?scope } }""".replace("<EKG#", "<" + EKG)
FIGURE_WITHOUT_MEASURE_PROFILE = "ASK { " + WITHOUT_MEASURE_PROFILE + " }"
# the cheap look for a store written before them: a figure's group key and measure word and no
# measure profile at all (two ASKs that stop at their first match; every open, a reader's too,
# since timeline finds no row without them)
ANY_MEASURE_WORD_KEY = """ASK { GRAPH ?g { ?f <EKG#groupKey> ?group ; <EKG#measureWord> ?word ; a <EKG#Fact> } }""".replace("<EKG#", "<" + EKG)
ANY_MEASURE_PROFILE = "ASK { GRAPH ?g { ?f <EKG#measureProfile> ?profile } }".replace("<EKG#", "<" + EKG)


def add_measure_profiles(base: str, entities_graph: str) -> str:
    """The repair, in SPARQL so that a server's writer and a folder's run the same text: each
    figure WITHOUT_MEASURE_PROFILE finds gets its ekg:measureProfile in its graph, and its
    profile is described in `entities_graph` (with the figure's measure words), with the IRI
    kg.rdf.keys.measure_profile mints under `base` (SHA256 of the group key, the measure label,
    and the marked measure and place's IRI when there are, joined by U+001F) and the terms
    kg.build.graph writes."""
    graph = ox.NamedNode(entities_graph)
    prefix = ox.Literal(base + "measure-profile/")
    return ("""INSERT { GRAPH ?g { ?f <EKG#measureProfile> ?profile }
         GRAPH """ + str(graph) + """ { ?profile a <EKG#MeasureProfile> ; <EKG#measureProfileGroup> ?group ;
             <EKG#measureProfileLabel> ?label ; <EKG#measureProfileMeasure> ?measure ; <EKG#measureProfileScope> ?scope ;
             <EKG#measureProfileWord> ?word } }
WHERE { """ + WITHOUT_MEASURE_PROFILE + """
  BIND(IRI(CONCAT(""" + str(prefix) + """, SUBSTR(SHA256(CONCAT(STR(?group), "\u001F", STR(?label),
                  IF(BOUND(?measure), CONCAT("\u001Fm", STR(?measure)), ""),
                  IF(BOUND(?scope), CONCAT("\u001Fs", STR(?scope)), ""))), 1, 32))) AS ?profile) }""").replace("<EKG#", "<" + EKG)


# For a folder's writer: the figures that lack their measure profiles, one row per measure word,
# from which measure_profile_quads mints the quads in Python (one update of the SPARQL repair held
# 2.3 GB at 10k articles: every row of its WHERE, before the insert)
MEASURE_PROFILE_ROWS = "SELECT ?g ?f ?group ?label ?measure ?scope ?word WHERE { " + WITHOUT_MEASURE_PROFILE + " }"
MEASURE_PROFILE, MEASURE_PROFILE_CLASS = ox.NamedNode(EKG + "measureProfile"), ox.NamedNode(EKG + "MeasureProfile")
MEASURE_PROFILE_PARTS = tuple(ox.NamedNode(EKG + name) for name in (
    "measureProfileGroup", "measureProfileLabel", "measureProfileMeasure", "measureProfileScope", "measureProfileWord"))


def measure_profile_quads(rows, base: str, entities_graph: str) -> list:
    """The quads add_measure_profiles inserts (pyoxigraph quads), from MEASURE_PROFILE_ROWS'
    rows (its solutions): each figure's link in its graph, each profile's description once in
    `entities_graph`, with the IRI kg.rdf.keys.measure_profile mints."""
    from kg.rdf import keys
    entities = ox.NamedNode(entities_graph)
    group_of, label_of, measure_of, scope_of, word_of = MEASURE_PROFILE_PARTS
    quads, described = set(), set()
    for row in rows:
        group, label, measure, scope = row["group"], row["label"], row["measure"], row["scope"]
        node = ox.NamedNode(keys.measure_profile(base, group.value, label.value, None if measure is None else measure.value,
                                                 None if scope is None else scope.value))
        quads.add(ox.Quad(row["f"], MEASURE_PROFILE, node, row["g"]))
        quads.add(ox.Quad(node, word_of, row["word"], entities))
        if node not in described:
            described.add(node)
            quads.update((ox.Quad(node, A, MEASURE_PROFILE_CLASS, entities), ox.Quad(node, group_of, group, entities),
                          ox.Quad(node, label_of, label, entities)))
            if measure is not None:
                quads.add(ox.Quad(node, measure_of, measure, entities))
            if scope is not None:
                quads.add(ox.Quad(node, scope_of, scope, entities))
    return list(quads)


# a figure that sources would read and that has no source profile (decision 0080): a figure with a
# group key (a far end of a range too: sources reads it), without ekg:sourceProfile; every store kg
# wrote before format 9 has none. Its article's date and its reporter are read in its own graph,
# the reporter's type (ekg:GovernmentAgency, its official standing) in any graph, as sources reads
# it (named graphs only: an update's default graph is not their union).
# The same pattern is the repair's (add_source_profiles), so what the check finds the repair adds
WITHOUT_SOURCE_PROFILE = """GRAPH ?g { ?f <EKG#groupKey> ?group ; <EKG#value> ?v ; <EKG#measureLabel> ?label ;
        <EKG#sourceArticle> ?article
    FILTER NOT EXISTS { ?f <EKG#sourceProfile> ?old }
    OPTIONAL { ?f <EKG#measure> ?measure } OPTIONAL { ?f <EKG#scope> ?scope }
    OPTIONAL { ?article <https://schema.org/datePublished> ?date } }
  BIND(EXISTS { GRAPH ?g { ?f <EKG#reportedBy> ?reporter } GRAPH ?typed { ?reporter a <EKG#GovernmentAgency> } } AS ?official)""".replace("<EKG#", "<" + EKG)
FIGURE_WITHOUT_SOURCE_PROFILE = "ASK { " + WITHOUT_SOURCE_PROFILE + " }"
# the cheap look for a store written before them: a figure's group key and no source profile at
# all (two ASKs that stop at their first match; every open, a reader's too, since sources with a
# fact finds no row without them)
ANY_GROUP_KEY = """ASK { GRAPH ?g { ?f <EKG#groupKey> ?group } }""".replace("<EKG#", "<" + EKG)
ANY_SOURCE_PROFILE = "ASK { GRAPH ?g { ?f <EKG#sourceProfile> ?profile } }".replace("<EKG#", "<" + EKG)


def add_source_profiles(base: str, entities_graph: str) -> str:
    """The repair, in SPARQL, for a server's writer: each figure WITHOUT_SOURCE_PROFILE finds
    gets its ekg:sourceProfile in its graph, and its profile is described in `entities_graph`,
    with the IRI kg.rdf.keys.source_profile mints under `base` (SHA256 of the group key, the
    value's text, the compared measure, the official mark, and the marked place and date when
    there are, joined by U+001F) and the terms kg.build.graph writes. A folder's writer mints the
    same quads in Python (source_profile_quads)."""
    graph = ox.NamedNode(entities_graph)
    prefix = ox.Literal(base + "source-profile/")
    return ("""INSERT { GRAPH ?g { ?f <EKG#sourceProfile> ?profile }
         GRAPH """ + str(graph) + """ { ?profile a <EKG#SourceProfile> ; <EKG#sourceProfileGroup> ?group ;
             <EKG#sourceProfileValue> ?v ; <EKG#sourceProfileMeasure> ?measureText ; <EKG#sourceProfileOfficial> ?official ;
             <EKG#sourceProfileScope> ?scope ; <EKG#sourceProfileDate> ?date } }
WHERE { """ + WITHOUT_SOURCE_PROFILE + """
  BIND(STR(COALESCE(?measure, ?label)) AS ?measureText)
  BIND(IRI(CONCAT(""" + str(prefix) + """, SUBSTR(SHA256(CONCAT(STR(?group), "\u001F", STR(?v), "\u001F", ?measureText,
                  "\u001F", IF(?official, "1", "0"),
                  IF(BOUND(?scope), CONCAT("\u001Fs", STR(?scope)), ""),
                  IF(BOUND(?date), CONCAT("\u001Fd", STR(?date)), ""))), 1, 32))) AS ?profile) }""").replace("<EKG#", "<" + EKG)


# For a folder's writer: the figures that lack their source profiles, from which
# source_profile_quads mints the quads in Python (as the measure profiles' upgrade does)
SOURCE_PROFILE_ROWS = "SELECT ?g ?f ?group ?v ?label ?measure ?scope ?date ?official WHERE { " + WITHOUT_SOURCE_PROFILE + " }"
SOURCE_PROFILE, SOURCE_PROFILE_CLASS = ox.NamedNode(EKG + "sourceProfile"), ox.NamedNode(EKG + "SourceProfile")
SOURCE_PROFILE_PARTS = tuple(ox.NamedNode(EKG + name) for name in (
    "sourceProfileGroup", "sourceProfileValue", "sourceProfileMeasure", "sourceProfileOfficial", "sourceProfileScope",
    "sourceProfileDate"))


def source_profile_quads(rows, base: str, entities_graph: str) -> list:
    """The quads add_source_profiles inserts (pyoxigraph quads), from SOURCE_PROFILE_ROWS' rows:
    each figure's link in its graph, each profile's description once in `entities_graph`, with
    the IRI kg.rdf.keys.source_profile mints (the value's text as the store gives it, its
    canonical form in pyoxigraph: kg.rdf.keys.decimal_text)."""
    from kg.rdf import keys
    entities = ox.NamedNode(entities_graph)
    group_of, value_of, measure_of, official_of, scope_of, date_of = SOURCE_PROFILE_PARTS
    quads, described = set(), set()
    for row in rows:
        group, value, scope, date = row["group"], row["v"], row["scope"], row["date"]
        measure = ox.Literal((row["measure"] or row["label"]).value)
        official = row["official"].value == "true"
        node = ox.NamedNode(keys.source_profile(base, group.value, value.value, measure.value,
                                                None if scope is None else scope.value,
                                                None if date is None else date.value, official))
        quads.add(ox.Quad(row["f"], SOURCE_PROFILE, node, row["g"]))
        if node in described:
            continue
        described.add(node)
        quads.update((ox.Quad(node, A, SOURCE_PROFILE_CLASS, entities), ox.Quad(node, group_of, group, entities),
                      ox.Quad(node, value_of, value, entities), ox.Quad(node, measure_of, measure, entities),
                      ox.Quad(node, official_of, ox.Literal(official), entities)))
        if scope is not None:
            quads.add(ox.Quad(node, scope_of, scope, entities))
        if date is not None:
            quads.add(ox.Quad(node, date_of, date, entities))
    return list(quads)


# a fact a person stated, with its evidence's start and end, that who-said would read and that has
# no statement key (decision 0085); every store kg wrote before format 10 has none. The same pattern
# is the repair's (ADD_STATEMENT_KEYS), so what the check finds the repair adds. Its article is the
# graph that holds it (kg writes a fact in its article's graph, decision 0028), read with its date there
WITHOUT_STATEMENT_KEY = """GRAPH ?g { ?f <EKG#statedBy> ?who ; a <EKG#Fact> ; <EKG#evidenceStart> ?start ;
        <EKG#evidence> ?evidence
    FILTER NOT EXISTS { ?f <EKG#statementKey> ?old }
    ?evidence <http://www.w3.org/ns/oa#hasSelector> ?position . ?position <http://www.w3.org/ns/oa#end> ?end }""".replace(
    "<EKG#", "<" + EKG)
FACT_WITHOUT_STATEMENT_KEY = "ASK { " + WITHOUT_STATEMENT_KEY + " }"
# the cheap look for a store written before them: a stated fact's evidence start and no statement
# key at all (two ASKs that stop at their first match; every open, a reader's too, since who-said
# finds no row without them)
ANY_STATED_START = "ASK { GRAPH ?g { ?f <EKG#statedBy> ?who ; <EKG#evidenceStart> ?start ; a <EKG#Fact> } }".replace(
    "<EKG#", "<" + EKG)
ANY_STATEMENT_KEY = "ASK { GRAPH ?g { ?f <EKG#statementKey> ?key } }".replace("<EKG#", "<" + EKG)
# the repair, in SPARQL so that a server's writer and a folder's run the same text: one key per
# class of each such fact in ekg:'s namespace but ekg:Fact, the text kg.rdf.keys.statement_key makes
# (the start padded to 10 digits by the last 10 characters of ten zeros and its text)
ADD_STATEMENT_KEYS = ("""INSERT { GRAPH ?g { ?f <EKG#statementKey> ?key } } WHERE { """ + WITHOUT_STATEMENT_KEY + """
  GRAPH ?g { ?f a ?class OPTIONAL { ?g <https://schema.org/datePublished> ?published } }
  FILTER(?class != <EKG#Fact> && STRSTARTS(STR(?class), "EKG#"))
  BIND(CONCAT(COALESCE(STR(?published), ""), " ", STR(?g), " ",
              SUBSTR(CONCAT("0000000000", STR(?start)), STRLEN(STR(?start)) + 1), " ", STR(?f),
              "|", STR(?class), "|", STR(?start), "|", STR(?end)) AS ?key) }""").replace(
    "<EKG#", "<" + EKG).replace('"EKG#"', '"' + EKG + '"')

# counts a decree's citing articles with the pattern kg.store.summaries.RECOUNT counts them by
STALE_SUMMARY = summaries.whole_iris("""ASK {{
  {{ SELECT ?decree (COUNT(DISTINCT ?article) AS ?count) WHERE {{
      GRAPH {graph} {{ ?decree a <EKG#Decree> }}
      """ + summaries.CITING_ARTICLES + """
    }} GROUP BY ?decree }}
  OPTIONAL {{ GRAPH {graph} {{ ?decree <EKG#citingArticles> ?stored }} }}
  FILTER(!BOUND(?stored) || ?stored != ?count) }}""")

# what each finding means, as the warnings say it
DECREES = "decrees without summaries"
FIGURES = "figures without group keys"
AGENCY_YEARS = "figures without agency years"
EVIDENCE_STARTS = "facts without evidence starts"
VALUE_PROFILES = "realisations without value profiles"
MEASURE_PROFILES = "figures without measure profiles"
SOURCE_PROFILES = "figures without source profiles"
STATEMENT_KEYS = "stated facts without statement keys"
STALE = "decree summaries that do not count their citing articles"


def found(run: Callable[[str], object], entities_graph: str, thorough: bool, every_fact: bool = True) -> list[str]:
    """What the store lacks (the findings above, in that order; [] when nothing). `run`
    evaluates a query over the union of the named graphs and returns a neutral result
    (kg.store.base: a Boolean for an ASK, Solutions for a SELECT). `every_fact=False` leaves out
    the two checks that read every figure or every evidence (agency years: 7-9 s of CPU at 100k
    articles; evidence starts, decision 0065): a reader does not run
    them, nor a writer opening a folder of this format whose named graphs, agency-year links and evidence starts are as
    many as the format file says this writer counted when it last checked or ended a write.
    Writers of format 4 from 49ee4c8 to 29c91e7^ do not refuse a newer format: one that adds
    articles to a format-5 folder changes the first count, one that replaces articles the second,
    and the next writer checks (decision 0033)."""
    graph = ox.NamedNode(entities_graph)   # written by the serialiser, escaped, as kg.store.summaries does
    lacks = []
    if bool(run(DECREE_WITHOUT_SUMMARY.format(graph=graph))):
        lacks.append(DECREES)
    if bool(run(ANY_EVIDENCE)) and not bool(run(ANY_EVIDENCE_START)):
        lacks.append(EVIDENCE_STARTS)
    if bool(run(ANY_REALISATION_KEY)) and not bool(run(ANY_VALUE_PROFILE)):
        lacks.append(VALUE_PROFILES)
    if bool(run(ANY_MEASURE_WORD_KEY)) and not bool(run(ANY_MEASURE_PROFILE)):
        lacks.append(MEASURE_PROFILES)
    if bool(run(ANY_GROUP_KEY)) and not bool(run(ANY_SOURCE_PROFILE)):
        lacks.append(SOURCE_PROFILES)
    if bool(run(ANY_STATED_START)) and not bool(run(ANY_STATEMENT_KEY)):
        lacks.append(STATEMENT_KEYS)
    if not thorough:
        return lacks
    counts = {str(row[0]): int(row[1]) for row in run(KEY_COUNTS).rows}
    if counts.get(EKG + "period", 0) != counts.get(EKG + "groupKey", 0):
        lacks.append(FIGURES)
    if every_fact and bool(run(FIGURE_WITHOUT_AGENCY_YEAR)):
        lacks.append(AGENCY_YEARS)
    if every_fact and EVIDENCE_STARTS not in lacks and bool(run(FACT_WITHOUT_EVIDENCE_START)):
        lacks.append(EVIDENCE_STARTS)
    if every_fact and VALUE_PROFILES not in lacks and bool(run(REALISATION_WITHOUT_VALUE_PROFILE)):
        lacks.append(VALUE_PROFILES)
    if every_fact and MEASURE_PROFILES not in lacks and bool(run(FIGURE_WITHOUT_MEASURE_PROFILE)):
        lacks.append(MEASURE_PROFILES)
    if every_fact and SOURCE_PROFILES not in lacks and bool(run(FIGURE_WITHOUT_SOURCE_PROFILE)):
        lacks.append(SOURCE_PROFILES)
    if every_fact and STATEMENT_KEYS not in lacks and bool(run(FACT_WITHOUT_STATEMENT_KEY)):
        lacks.append(STATEMENT_KEYS)
    if DECREES not in lacks and bool(run(STALE_SUMMARY.format(graph=graph))):
        lacks.append(STALE)
    return lacks


# For a store that cannot run kg.store.oxigraph.lookup_key_quads (a server): the comparison and
# group keys of every figure with a unit and a period that lacks them, computed in SPARQL as the
# builder computes them (kg.rdf.keys: "UNIT START/END", the class's local name before it; a
# period's label is its span). The measure and name words need the builder's tokeniser, so a
# store that lacks those is refused instead (RemoteStore.check_format).
ADD_KEYS = """INSERT {{ GRAPH ?g {{ ?f <EKG#comparisonKey> ?key ; <EKG#groupKey> ?group }} }}
WHERE {{ GRAPH ?g {{ ?f <EKG#period> ?period ; <EKG#unit> ?unit ; a ?class
                   VALUES ?class {{ {classes} }}
                   FILTER NOT EXISTS {{ ?f <EKG#groupKey> ?old }} }}
        GRAPH ?e {{ ?period <http://www.w3.org/2000/01/rdf-schema#label> ?span }}
        BIND(CONCAT(STR(?unit), " ", STR(?span)) AS ?key)
        BIND(CONCAT(STRAFTER(STR(?class), "#"), " ", ?key) AS ?group) }}""".replace("<EKG#", "<" + EKG)


def add_keys(classes) -> str:
    """The SPARQL Update of ADD_KEYS for figures of `classes` (IRIs)."""
    return ADD_KEYS.format(classes=" ".join(f"<{c}>" for c in classes))


# For a server: the figures that lack their agency years (decision 0033), with what they are
# computed from; the writer mints them in Python (kg.rdf.keys, as the builder does) and inserts
# them, the years of a period being no SPARQL 1.1 expression.
AGENCY_YEAR_ROWS = "SELECT ?g ?f ?reporter ?span WHERE { " + WITHOUT_AGENCY_YEAR + " }"


def agency_year_quads(rows, entities_graph: str):
    """The agency years (pyoxigraph quads) of the figures in `rows` (graph, figure, reporter,
    span, as AGENCY_YEAR_ROWS gives them: IRIs and the span's text), as the graph builder writes
    them: a figure's ekg:agencyYear in its graph for each year of the span, each agency year
    described once in `entities_graph`."""
    for quads in figure_agency_years(rows, entities_graph):
        yield from quads


def figure_agency_years(rows, entities_graph: str, described: set | None = None):
    """agency_year_quads one figure at a time: a list of the descriptions of the agency years it
    is the first to point to, then its links, so that a writer can keep them in one update. The
    one builder of agency-year quads from what a store holds (the server's repair, the upgrade
    from format 4 and kg.store.oxigraph.lookup_key_quads); `described`, the agency years
    already described, when a caller gives the rows in parts (kg.build.graph writes the same
    quads from an article's terms)."""
    from kg.rdf import keys
    entities = ox.NamedNode(entities_graph)
    described = set() if described is None else described
    for graph, fact, reporter, span in rows:
        descriptions, links = [], []
        for year in keys.years_of(span):
            node = ox.NamedNode(keys.agency_year(reporter, year))
            links.append(ox.Quad(ox.NamedNode(fact), AGENCY_YEAR, node, ox.NamedNode(graph)))
            if node not in described:
                described.add(node)
                descriptions += [ox.Quad(node, A, AGENCY_YEAR_CLASS, entities),
                                 ox.Quad(node, YEAR_OF, ox.NamedNode(reporter), entities),
                                 ox.Quad(node, CALENDAR_YEAR, ox.Literal(str(year), datatype=INTEGER), entities)]
        yield descriptions + links


def agency_year_updates(rows, entities_graph: str, batch: int = 20000) -> list[str]:
    """SPARQL Updates (INSERT DATA of about `batch` quads each) adding agency_year_quads. A figure's
    quads (the agency years it first points to, described, then its links) are never cut between
    two updates: each INSERT DATA is all or nothing, so a repair that stops leaves every figure
    with all its years or none (which the check finds), and no link to an agency year not yet
    described. An update holds more than `batch` quads only for a single figure."""
    updates, part = [], []
    for quads in figure_agency_years(rows, entities_graph):
        if part and len(part) + len(quads) > batch:
            updates.append("INSERT DATA { " + " ".join(part) + " }")
            part = []
        part += [f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads]
    if part:
        updates.append("INSERT DATA { " + " ".join(part) + " }")
    return updates

