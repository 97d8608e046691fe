"""The extractor: an article and a lexicon in, its facts out.

    from kg.extract import extract
    from kg.extract.lexicon import Lexicon
    facts = extract(article, Lexicon.load("id"))

Everything the extractor knows about the language comes from the lexicon it is handed, so
two lexicons (two languages, or a user's extension) can be used side by side in one process.
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.amounts import AmountGrammar
from kg.extract.decrees import find_decrees
from kg.extract.attribution import credit_issuer
from kg.extract.facts import (attribute_sentences, credit_target_setters, find_figures, flag_implausible,
                              infer_met, read_decimal_marks)
from kg.extract.lexicon import Lexicon, fold, full_stop_words, words_of
from kg.extract.mentions import find_organizations, find_people, find_places
from kg.extract.quotes import find_quotes
from kg.extract.text import sentences
from kg.extract.read import anchor_to_text
from kg.model import Article, Evidence, Facts, Quote

__all__ = ["extract", "Lexicon"]


def extract(article: Article, lexicon: Lexicon) -> Facts:
    """Who and where first (places, bodies, people), then what they said (quotes), who each
    sentence is attributed to, and the figures, targets and decrees it states."""
    body = article.body
    segs = sentences(body, lexicon.compiled(abbreviations), lexicon.compiled(unit_words))
    words = words_of(body)  # one tokenisation, shared by every phrase index
    places = find_places(lexicon, body, words)
    orgs = find_organizations(lexicon, body, places, article.dateline_place, words, article.published)
    people = find_people(lexicon, body, segs, orgs, places, words, article.dateline_place)
    quotes = find_quotes(lexicon, body, people)
    head = article.text[:article.span(segs[0].start, segs[0].end)[0]] if segs else ""  # kicker, headline
    contexts = attribute_sentences(lexicon, body, segs, people, orgs, quotes, head, places)
    issuer = issuing_body(lexicon, article)
    if issuer is not None:
        orgs.append(issuer)
        credit_issuer(contexts, issuer.name)
    figures = find_figures(lexicon, article, segs, places, contexts)
    read_decimal_marks(lexicon, body, segs, figures)
    credit_target_setters(lexicon, body, segs, orgs, figures)
    infer_met(lexicon, figures, body, segs)
    flag_implausible(figures, lexicon)
    decrees = find_decrees(lexicon, body, segs, orgs)
    quote_facts = [Quote(body[q.start:q.end], q.speaker, Evidence(q.start, q.end, body[q.start:q.end]),
                         why={"speaker": q.why} if q.why else {}) for q in quotes]
    return anchor_to_text(Facts(article, figures, quote_facts, decrees, people, orgs, lexicon=lexicon))  # offsets into the text as read


def issuing_body(lexicon: Lexicon, article: Article):
    """The body a press release's head names (`Article.metadata['issuer']`, see
    kg.extract.read.press_release_head), as an organisation mention outside the body text."""
    line = article.metadata.get("issuer")
    if not line:
        return None
    words = words_of(line)
    found = find_organizations(lexicon, line, find_places(lexicon, line, words), None, words)
    found = [o for o in found if o.kind not in ("media", "company")]
    if not found:
        return None
    return replace(found[0], start=-1, end=-1)  # named in the head, not in the body


def unit_words(lex: Lexicon) -> frozenset[str]:
    """The first words, folded, of the lexicon's currency (after a number), scale and measure unit
    words (`lex.compiled(unit_words)`): after a number with a stray space in a later thousands
    group ('7.654.321. 098 USD') they keep the number in one sentence."""
    g = lex.compiled(AmountGrammar)
    return frozenset(fold(w).split()[0] for w in g.unit_words if fold(w).split())


def abbreviations(lex: Lexicon) -> frozenset[str]:
    """The lexicon's words whose full stop ends no sentence, folded (`lex.compiled(abbreviations)`):
    its abbreviations and the shortened given names inside a person's name ('Muh. Rizal')."""
    return frozenset(fold(w) for w in full_stop_words(lex))
