"""A query's result converts each pyoxigraph term to rdflib once (kg.store.oxigraph.converter):
the same rows as converting every cell, and a repeated term is one object."""
import pyoxigraph as ox

from kg.rdf.terms import to_rdflib
from kg.store.oxigraph import neutral


def test_rows_are_those_of_a_conversion_per_cell():
    store = ox.Store()
    ex = "http://example.org/"
    for i in range(4):
        store.add(ox.Quad(ox.NamedNode(f"{ex}f{i}"), ox.NamedNode(f"{ex}value"),
                          ox.Literal(str(i % 2), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))))
        store.add(ox.Quad(ox.NamedNode(f"{ex}f{i}"), ox.NamedNode(f"{ex}label"), ox.Literal("nilai", language="id")))
    text = f"SELECT ?f ?v ?l ?none WHERE {{ ?f <{ex}value> ?v ; <{ex}label> ?l }} ORDER BY ?f"
    rows = neutral(store.query(text)).rows
    expected = [tuple(to_rdflib(s[name]) for name in ("f", "v", "l", "none")) for s in store.query(text)]
    assert list(rows) == expected
    assert all(row[3] is None for row in rows)
    assert rows[0][2] is rows[1][2]            # one object for a repeated term
    assert rows[0][1] is rows[2][1] and rows[0][1] != rows[1][1]
