"""Building RDF from extracted facts: each article's named graph (graph.py), the records that
describe it (records.py) and the links out to other datasets (links.py)."""
