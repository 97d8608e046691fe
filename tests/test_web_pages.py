"""The pages of `kg serve` for people: IRI pages (HTML with the evidence highlighted, RDF by
content negotiation), the template forms, search; and the pure parts under them (highlighting
overlapping spans, content negotiation)."""
from __future__ import annotations

import re

import pytest
from rdflib import Graph, Literal, URIRef
from starlette.testclient import TestClient

from kg import api
from kg.web.app import create_app
from kg.web.highlight import Span, highlight
from kg.web.negotiate import NotAcceptable, choose
from kg.web.source import Fixed

EKG = "https://w3id.org/ekspor-kg/ontology#"
OA = "http://www.w3.org/ns/oa#"
BASE = "https://w3id.org/ekspor-kg/"


@pytest.fixture(scope="module")
def kg(seeds_store):
    return api.open(seeds_store, read_only=True)


@pytest.fixture(scope="module")
def client(kg):
    with TestClient(create_app(Fixed(kg))) as found:
        yield found


def first(kg, query: str) -> dict:
    return next(iter(kg.sparql(query)))


def path_of(iri) -> str:
    return "/" + str(iri)[len(BASE):]


def a_stated_figure(kg) -> dict:
    return first(kg, f"""PREFIX ekg: <{EKG}> PREFIX oa: <{OA}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?fact ?exact ?speakerName ?agencyName ?periodLabel ?value ?unit WHERE {{
          ?fact ekg:value ?value ; ekg:unit ?unit ; ekg:statedBy/rdfs:label ?speakerName ;
                ekg:reportedBy/rdfs:label ?agencyName ; ekg:period/rdfs:label ?periodLabel ;
                ekg:evidence/oa:hasSelector ?q . ?q oa:exact ?exact }} ORDER BY ?fact LIMIT 1""")


def marks(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", m) for m in re.findall(r"<mark[^>]*>(.*?)</mark>", html, re.S)]


def test_fact_page_shows_the_fact_and_its_evidence_highlighted(client, kg):
    fact = a_stated_figure(kg)
    page = client.get(path_of(fact["fact"]), headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    current = re.search(r'<mark class="[^"]*current[^"]*"[^>]*>(.*?)</mark>', html, re.S)
    assert current and current.group(1) == str(fact["exact"]).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")
    for shown in (fact["speakerName"], fact["agencyName"], fact["periodLabel"], fact["unit"], str(fact["value"])):
        assert str(shown) in html


def test_article_page_marks_every_fact_and_links_each(client, kg):
    article = first(kg, "SELECT ?a WHERE { ?a a <https://schema.org/NewsArticle> } ORDER BY ?a LIMIT 1")["a"]
    facts = kg.sparql(f"""PREFIX ekg: <{EKG}> PREFIX oa: <{OA}>
        SELECT DISTINCT ?fact WHERE {{ ?fact ekg:evidence ?e . ?e oa:hasSource <{article}> }}""")
    html = client.get(path_of(article)).text
    assert len(facts) > 0 and marks(html)
    for row in facts:
        assert f'href="{path_of(row["fact"])}"' in html


def test_person_page_lists_what_they_said_by_date(client, kg):
    person = first(kg, f"SELECT ?p WHERE {{ ?f <{EKG}statedBy> ?p }} GROUP BY ?p ORDER BY DESC(COUNT(?f)) LIMIT 1")["p"]
    said = kg.sparql(f"SELECT DISTINCT ?f WHERE {{ ?f <{EKG}statedBy> <{person}> }}")
    html = client.get(path_of(person)).text
    table = html.split("Everything they said")[1].split("</table>")[0]
    assert all(path_of(row["f"]) in table for row in said)
    dates = re.findall(r'<td class="nowrap">(\d{4}-\d\d-\d\d)</td>', table)
    assert dates == sorted(dates) and dates


@pytest.mark.parametrize("accept,parser", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                           ("application/n-triples", "nt"), ("application/rdf+xml", "xml")])
def test_iri_pages_negotiate_rdf(client, kg, accept, parser):
    fact = a_stated_figure(kg)["fact"]
    answer = client.get(path_of(fact), headers={"Accept": accept})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith(accept)
    assert "Accept" in answer.headers["vary"]
    graph = Graph().parse(data=answer.text, format=parser)
    assert (fact, URIRef(EKG + "evidence"), URIRef(str(fact) + "/evidence")) in graph
    assert any(p == URIRef(OA + "start") for p in graph.predicates())  # the evidence travels with the fact


def test_format_parameter_and_unknown_iris(client):
    assert client.get("/person/no-such-person-anywhere").status_code == 404
    assert client.get("/nonsense/x").status_code == 404
    assert client.get("/org/tribunmuria", headers={"Accept": "image/png"}).status_code == 406


def test_template_form_submits_and_shows_rows(client):
    form = client.get("/api/agency-report", headers={"Accept": "text/html"})
    assert form.status_code == 200 and 'name="agency"' in form.text and "row-count" not in form.text
    done = client.get("/api/who-said", params={"person": "Endang", "format": "html"})
    count = int(re.search(r'<span id="row-count">(\d+)</span>', done.text).group(1))
    assert count > 0 and done.text.count("<tr>") == count + 1
    bad = client.get("/api/figures", params={"year": "not a year", "format": "html"})
    assert bad.status_code == 400 and "error:" in bad.text


def test_a_full_page_of_the_form_links_to_the_next(client):
    """The HTML form of a paged template shows one page and links to the next (decision 0017)."""
    first = client.get("/api/figures", params={"limit": "2", "format": "html"})
    assert first.status_code == 200 and first.text.count("<tr>") == 2 + 1
    link = re.search(r'<a rel="next" href="([^"]+)">next page</a>', first.text)
    assert link and "offset=2" in link.group(1)
    following = client.get(link.group(1).replace("&amp;", "&"))
    assert following.status_code == 200 and following.text.count("<tr>") >= 2
    whole = client.get("/api/figures", params={"limit": "all", "format": "html"})
    assert 'rel="next"' not in whole.text


def test_chart_for_a_template_whose_header_names_one(client):
    from kg.query.templates import templates
    from kg.web.templates_api import chart_of
    charted = [name for name, t in templates().items() if chart_of(t)]
    for name in charted:
        answer = client.get(f"/api/{name}/chart.svg")
        assert answer.status_code in (200, 400), answer.text
        if answer.status_code == 200:
            assert answer.headers["content-type"].startswith("image/svg+xml") and "<svg" in answer.text
    assert client.get("/api/who-said/chart.svg").status_code == 400


def test_search_by_name(client):
    html = client.get("/search", params={"q": "endang"}).text
    assert "/person/endang-rahmawati" in html
    assert "0 result(s)" in client.get("/search", params={"q": "\" } <x> zzzz"}).text


def test_pages_escape_what_they_show(client):
    html = client.get("/search", params={"q": "<script>alert(1)</script>"}).text
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    assert "default-src 'self'" in client.get("/").headers["content-security-policy"]


def test_query_page_and_home(client):
    home = client.get("/")
    assert home.status_code == 200 and "/api/who-said?format=html" in home.text
    page = client.get("/query")
    assert 'id="sparql"' in page.text and "/static/editor.js" in page.text
    assert client.get("/static/editor.js").status_code == 200
    browser = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert 'id="sparql"' in browser.text


# --- the pure parts --------------------------------------------------------------------------------

def test_highlight_overlapping_spans_are_cut_and_linked_to_the_narrowest():
    text = "abcdefghij"
    html = highlight(text, [Span(1, 8, "/fact/wide", "wide"), Span(3, 5, "/fact/narrow", "narrow")])
    assert re.sub(r"<[^>]+>", "", str(html)) == text
    assert '<a class="span" href="/fact/narrow"><mark class="depth-2" title="wide; narrow">de</mark></a>' in html
    assert html.count('href="/fact/wide"') == 2


def test_highlight_escapes_text_and_ignores_spans_outside_it():
    html = highlight('<b>"x"</b>', [Span(3, 6, None, "t", current=True), Span(5, 99, "/x")])
    assert "<b>" not in html and '<mark class="depth-1 current" title="t">&#34;x&#34;</mark>' in html


def test_choose_follows_accept_and_format():
    offered = ("json", "xml", "csv")
    assert choose(offered, "text/csv;q=0.9, application/sparql-results+xml") == "xml"
    assert choose(offered, "*/*") == "json"
    assert choose(offered, None) == "json"
    assert choose(("json", "csv"), "text/*") == "csv"
    assert choose(offered, "text/html", ["application/ld+json,text/csv"]) == "csv"
    with pytest.raises(NotAcceptable):
        choose(offered, "image/png")
    with pytest.raises(NotAcceptable):
        choose(offered, "*/*", "turtle")
    assert choose(("html", "turtle"), "text/html;q=0, */*") == "turtle"


def test_literal_cells_show_language():
    from kg.web.render import term_html
    assert "@id" in term_html(Literal("x", lang="id"), BASE)
    assert term_html(URIRef(BASE + "person/a"), BASE).startswith('<a href="/person/a"')
