"""Branches of a template (decision 0026): the part between `#| name = value` and `#| end` is
sent as `{ FILTER(false) }` when the string parameter `name` is given another value; the answer
is the same as with the whole text, since the part has no row then."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.query.templates import load_template, templates

from conftest import CORPUS

HEAD = """#+ summary: t
#+ params:
#+   - name: check
#+     type: {type}
SELECT ?x WHERE {{
  #| check = one
  {{ BIND(1 AS ?x) FILTER(!BOUND(?check) || ?check = "one") }}
  #| end
  UNION
  #| check = two
  {{ BIND(2 AS ?x) FILTER(!BOUND(?check) || ?check = "two") }}
  #| end
}}
"""


def test_a_branch_not_asked_for_is_not_sent(tmp_path):
    path = tmp_path / "t.rq"
    path.write_text(HEAD.format(type="string"), encoding="utf-8")
    template = load_template(path)
    assert template.asked({}).text == template.sparql
    one = template.asked({"check": "one"}).text
    assert "BIND(1 AS ?x)" in one and "BIND(2 AS ?x)" not in one and one.count("{ FILTER(false) }") == 1
    other = template.asked({"check": "three"}).text
    assert "BIND(" not in other and other.count("{ FILTER(false) }") == 2


def test_a_branch_must_name_a_string_parameter(tmp_path):
    path = tmp_path / "t.rq"
    path.write_text(HEAD.format(type="integer"), encoding="utf-8")
    with pytest.raises(ValueError, match="no string parameter"):
        load_template(path)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("branches") / "store"
    graph = kg.open(path)
    graph.ingest([CORPUS])
    graph.store.flush()
    del graph
    return kg.open(path, read_only=True)


@pytest.mark.parametrize("check", [None, "share", "growth", "target", "agreement", "Share", "none"])
def test_consistency_answers_as_with_every_branch(store, check):
    template = templates()["consistency"]
    values = {} if check is None else {"check": check}
    asked = template.asked(values)
    if check in (None, "Share", "none"):
        sent = asked.text.count("{ FILTER(false) }") - template.sparql.count("{ FILTER(false) }")
        assert sent == (0 if check is None else 4)
    whole = store.store.query(template.sparql, asked.bindings).rows
    assert store.store.query(asked.text, asked.bindings).rows == whole
