"""A `#| page end limit` line (decision 0084): in a paged template's sub-select, just after its
ORDER BY, the binder writes the LIMIT of the rows up to the page's end (offset + limit + the
extra row), and leaves it a comment for every row. sources orders the kept profiles' figures as
its rows are ordered and keeps the first ones only, so a page of 100 at 100k reads about 100
figures instead of every figure of the profiles the page touches. What it rests on: a source
profile's link stands in its figure's article graph (the graph is the article the rows are
ordered by)."""
from __future__ import annotations

import pytest

from kg.query.templates import Page, load_template, templates

from test_paging import SUB, written_outside_their_article  # the one-sub-select template; the graph check

PAGED = "#+ paging:\n#+   size: 10"


def test_sources_limits_its_kept_figures_to_the_page_end():
    template = templates()["sources"]
    paged = template.query_text(Page(100, 200), extra=1).split("\n")
    every = template.query_text(None).split("\n")
    at = [n for n, line in enumerate(every) if line.strip() == "#| page end limit"]
    assert len(at) == 1 and paged[at[0]] == "LIMIT 301"
    assert every[at[0] - 1].strip().startswith("ORDER BY ?before")
    ends = [n for n, line in enumerate(every) if line.strip() == "#| page end"]
    changed = [n for n, (a, b) in enumerate(zip(paged, every[:-1])) if a != b]   # (the page at the end)
    assert changed == sorted(ends + at)      # for every row both lines stay comments


@pytest.mark.parametrize("paging, order, mark, problem", [
    ("", "ORDER BY ?s", "    #| page end limit", "without paging"),
    (PAGED, "", "    #| page end limit", "just after its ORDER BY"),
    (PAGED, "ORDER BY ?s LIMIT 3", "    #| page end limit", "just after its ORDER BY"),
    (PAGED, "ORDER BY ?s", "  }}\n  #| page end limit\n  {{", "sub-select"),
])
def test_the_loader_refuses_a_page_end_limit_line_out_of_place(tmp_path, paging, order, mark, problem):
    path = tmp_path / "t.rq"
    path.write_text(SUB.format(paging=paging, order=order, mark=mark), encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        load_template(path)


def test_a_page_end_limit_line_keeps_the_rows_up_to_the_page_end(tmp_path, embedded):
    path = tmp_path / "t.rq"
    path.write_text(SUB.format(paging=PAGED, order="ORDER BY ?s", mark="    #| page end limit"), encoding="utf-8")
    template = load_template(path)
    assert not template.pages_inside
    asked = template.asked({"limit": "2", "offset": "3"})
    assert "LIMIT 6\n" in asked.text and asked.text.rstrip().endswith("LIMIT 3 OFFSET 3")
    inner = embedded.store.query(asked.text.replace("LIMIT 3 OFFSET 3", ""), asked.bindings).rows
    assert len(inner) == 6
    every = template.asked({"limit": "all"})
    assert "#| page end limit" in every.text and len(embedded.store.query(every.text, every.bindings).rows) > 6


def test_a_source_profiles_link_stands_in_its_figures_article_graph(embedded):
    """sources orders a kept profile's figures by the link's graph as by their article: kg writes
    a figure, its link and its ekg:sourceArticle only in the article's own graph."""
    linked, stray = written_outside_their_article(embedded, "sourceProfile")
    assert linked > 20 and stray == []
