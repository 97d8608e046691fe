"""Decree summaries: for each decree, how many articles cite it and the dates of the first and
the last of them (ekg:citingArticles, ekg:firstCited, ekg:lastCited on the decree, in the
shared-entities graph), kept current by every writer (docs/decisions/0020-decree-summaries.md).

A summary spans articles, so no article's graph can hold it. It is never incremented: a write
recomputes the summaries of the decrees it touched (those the new articles cite, and those the
replaced versions cited) from the article graphs, in the same SPARQL Update as the write where
the engine allows, so its values are a function of the stored articles alone: the same after
one worker or two, a bulk load or a transaction, an embedded store or a server, and a recount
after a crash (a writer's recovery, a re-run) puts it right. The update is plain SPARQL 1.1, so
every backend runs the same text (pyoxigraph, rdflib, a server's update endpoint).
"""
from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox

from kg.rdf import vocab

EKG = str(vocab.EKG)
CITES = str(vocab.EKG.cites)


def whole_iris(text: str) -> str:
    """The text with the vocabulary's short forms (<EKG#..>, <SCHEMA#..>) written as whole IRIs."""
    return text.replace("<EKG#", "<" + EKG).replace("<SCHEMA#", "<" + str(vocab.SCHEMA))


# The articles citing ?decree (and their dates): the one definition of "citing article", shared
# with kg.store.skew's check that stored summaries still count them. Braces doubled: the texts
# that include it are filled with str.format.
CITING_ARTICLES = whole_iris("""OPTIONAL {{ GRAPH ?article {{ ?citation <EKG#cites> ?decree ; <EKG#sourceArticle> ?article
                                              OPTIONAL {{ ?article <SCHEMA#datePublished> ?published }} }} }}""")

# {graph}: the shared-entities graph; {decrees}: a pattern binding ?decree (a VALUES block, or
# every decree of the entities graph). A decree no article cites any more keeps a count of 0.
# Whole IRIs, no PREFIX: the text follows other operations after a ';' in one update, where
# pyoxigraph takes no prologue.
RECOUNT = whole_iris("""DELETE {{ GRAPH {graph} {{ ?decree ?summary ?old }} }}
WHERE {{ {decrees} VALUES ?summary {{ <EKG#citingArticles> <EKG#firstCited> <EKG#lastCited> }}
        GRAPH {graph} {{ ?decree ?summary ?old }} }} ;
INSERT {{ GRAPH {graph} {{ ?decree <EKG#citingArticles> ?count ; <EKG#firstCited> ?first ; <EKG#lastCited> ?last }} }}
WHERE {{ SELECT ?decree (COUNT(DISTINCT ?article) AS ?count) (MIN(?published) AS ?first)
                (MAX(?published) AS ?last)
         WHERE {{ {decrees}
                 """ + CITING_ARTICLES + """ }}
         GROUP BY ?decree }}""")


def recount(decrees: Iterable[str], entities_graph: str) -> str:
    """The SPARQL Update that recomputes the summaries of `decrees` (IRIs), or "" when there is
    none. The IRIs are written by pyoxigraph's serialiser, as the template binder writes terms."""
    chosen = sorted(set(decrees))
    if not chosen:
        return ""
    block = " ".join(str(ox.NamedNode(iri)) for iri in chosen)
    return RECOUNT.format(graph=ox.NamedNode(entities_graph), decrees=f"VALUES ?decree {{ {block} }}")


def recount_all(entities_graph: str) -> str:
    """The SPARQL Update that recomputes the summary of every decree the store describes."""
    graph = ox.NamedNode(entities_graph)
    return RECOUNT.format(graph=graph, decrees=f"GRAPH {graph} {{ ?decree a <{EKG}Decree> }}")


def cited(quads: Iterable) -> set[str]:
    """The decrees cited in `quads`: pyoxigraph quads, or (s, p, o, ...) tuples of rdflib terms.
    These are the decrees whose summaries a write of them (or a removal) changes."""
    found = set()
    for quad in quads:
        predicate, obj = (quad.predicate, quad.object) if isinstance(quad, ox.Quad) else (quad[1], quad[2])
        if text(predicate) == CITES:
            found.add(text(obj))
    return found


def text(term) -> str:
    return term.value if isinstance(term, ox.NamedNode) else str(term)
