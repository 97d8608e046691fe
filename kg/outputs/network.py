"""The network of actors: people, organisations, decrees, the bodies decrees establish, and
the articles that connect them, read from the store with SPARQL into a networkx graph.

Every edge keeps the facts behind it (the quote, the figure, the decree citation, the
membership sentence), so a path between two actors can be explained hop by hop with the
words of the articles, not just drawn. Weak links (an article merely mentioning someone, or
being published by an outlet) weigh more, so shortest paths prefer edges backed by facts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.errors import KGError
from kg.facttypes import REGISTRY, Registry
from kg.rdf.vocab import PREFIXES as NAMESPACES

# every query here, and every fact type's edge query, may use the project's prefixes
PREFIXES = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in NAMESPACES.items())

# node kind by rdf:type; the first match wins, so specific classes come first
NODE_KINDS = [
    ("ekg:Person", "person"), ("ekg:TaskForce", "body"), ("ekg:NewsPublisher", "publisher"),
    ("ekg:Organization", "organization"), ("ekg:Decree", "decree"), ("ekg:Team", "team"),
    ("org:Post", "post"), ("schema:NewsArticle", "article"),
]
ACTOR_KINDS = ("person", "organization", "body")
WEAK = 3  # weight of an edge that no fact backs (mentions, publisher, authorship)

# the kind of fact: its own class, besides ekg:Fact
FACT_CLASS = "a ekg:Fact, ?class . FILTER(?class != ekg:Fact && STRSTARTS(STR(?class), STR(ekg:)))"

# each query yields ?a ?b (the two ends, in reading order), optional ?fact ?type ?text ?article;
# the relations of any fact come first, then those of each fact type, then the structure
FACT_EDGES = {
    "stated in": f"""SELECT ?a ?b ?fact ?type ?text ?article WHERE {{
        ?fact ekg:statedBy ?a ; ekg:sourceArticle ?b ; ekg:evidence/oa:hasSelector/oa:exact ?exact .
        ?fact {FACT_CLASS} BIND(STRAFTER(STR(?class), "#") AS ?type)
        OPTIONAL {{ ?fact ekg:quotedText ?quoted }} BIND(COALESCE(?quoted, ?exact) AS ?text) BIND(?b AS ?article) }}""",
    "reported in": f"""SELECT ?a ?b ?fact ?type ?text ?article WHERE {{
        ?fact ekg:reportedBy ?a ; ekg:sourceArticle ?b ; ekg:evidence/oa:hasSelector/oa:exact ?text .
        ?fact {FACT_CLASS} BIND(STRAFTER(STR(?class), "#") AS ?type) BIND(?b AS ?article) }}""",
    "member of": """SELECT ?a ?b ?fact ?type ?text ?article WHERE {
        ?fact org:member ?a ; org:organization ?b ; ekg:sourceArticle ?article .
        OPTIONAL { ?fact ekg:roleTitle ?role } BIND("Membership" AS ?type)
        OPTIONAL { ?fact ekg:evidence/oa:hasSelector/oa:exact ?exact }
        BIND(COALESCE(?role, ?exact, "") AS ?text) }""",
}
STRUCTURE_EDGES = {
    "has unit": """SELECT ?a ?b WHERE { ?a org:hasUnit ?b }""",
    "chaired by": """SELECT ?a ?b ?text WHERE { ?a ekg:chairPost ?b . ?b rdfs:label ?text }""",
    "post in": """SELECT ?a ?b WHERE { ?a org:postIn ?b }""",
    "published by": """SELECT ?a ?b WHERE { ?a a schema:NewsArticle ; schema:publisher ?b }""",
    "wrote": """SELECT ?a ?b WHERE { ?b a schema:NewsArticle ; schema:author ?a }""",
    "mentions": """SELECT ?a ?b WHERE { ?a a schema:NewsArticle ; schema:mentions ?b }""",
}
WEAK_RELATIONS = {"published by", "wrote", "mentions"}


def edge_queries(registry: Registry = REGISTRY) -> dict[str, str]:
    """Every relation of the network and its query, the fact types' own relations included."""
    return {**FACT_EDGES, **registry.edges(), **STRUCTURE_EDGES}


@dataclass
class Hop:
    """One step of a path: the two ends, the relations between them and the facts behind them."""
    source: str
    target: str
    relations: list[str]
    facts: list[dict] = field(default_factory=list)


def build_network(kg, registry: Registry = REGISTRY) -> nx.Graph:
    """The whole network from the store: nodes with label and kind, edges with relations,
    direction (for reading) and the facts behind them (of the fact types in `registry`)."""
    graph = nx.Graph()
    add_nodes(kg, graph)
    for relation, query in edge_queries(registry).items():
        for row in kg.sparql(PREFIXES + query):
            a, b = row["a"].value, row["b"].value
            if a in graph and b in graph and a != b:
                add_edge(graph, a, b, relation, fact_of(row))
    graph.remove_nodes_from([n for n, degree in list(graph.degree) if degree == 0])
    return graph


def add_nodes(kg, graph: nx.Graph) -> None:
    """Every node of a kind the network shows, with its label (headline for articles)."""
    for cls, kind in NODE_KINDS:
        query = PREFIXES + f"""SELECT ?n ?label WHERE {{ ?n a {cls} .
            OPTIONAL {{ ?n rdfs:label ?l }} OPTIONAL {{ ?n schema:headline ?h }}
            BIND(COALESCE(?l, ?h, STR(?n)) AS ?label) }}"""
        for row in kg.sparql(query):
            node = row["n"].value
            if node not in graph:
                graph.add_node(node, label=row["label"].value, kind=kind)


def fact_of(row) -> dict | None:
    """The fact behind one edge row, or None when the edge is structural (no fact).
    (A pyoxigraph solution gives None for a variable that is unbound or not selected.)"""
    value = {name: row[name].value if row[name] is not None else None for name in ("fact", "type", "text", "article")}
    if value["text"] is None and value["fact"] is None:
        return None
    return value


def add_edge(graph: nx.Graph, a: str, b: str, relation: str, fact: dict | None) -> None:
    """Merge one relation (and its fact) into the edge a-b; the lightest relation sets the weight."""
    weight = WEAK if relation in WEAK_RELATIONS else 1
    if not graph.has_edge(a, b):
        graph.add_edge(a, b, relations={}, facts=[], weight=weight)
    data = graph.edges[a, b]
    data["relations"].setdefault(relation, (a, b))
    data["weight"] = min(data["weight"], weight)
    if fact and fact not in data["facts"]:
        data["facts"].append({**fact, "relation": relation})


def find_node(graph: nx.Graph, name: str) -> str:
    """The node a user means by a name: an exact label first, else the shortest label that
    contains it (case-insensitive), actors before articles. An IRI is taken as is."""
    if name in graph:
        return name
    wanted = name.casefold().strip()
    matches = [n for n, d in graph.nodes(data=True) if wanted in d["label"].casefold()]
    if not matches:
        raise KGError(f"no person, organisation, decree or article named {name!r} in the network")
    exact = [n for n in matches if graph.nodes[n]["label"].casefold() == wanted]
    rank = lambda n: (graph.nodes[n]["kind"] not in ACTOR_KINDS, len(graph.nodes[n]["label"]), n)  # noqa: E731
    return sorted(exact or matches, key=rank)[0]


def shortest_path(graph: nx.Graph, start: str, end: str) -> list[Hop]:
    """The lightest path between two named entities, as hops with the facts behind each."""
    a, b = find_node(graph, start), find_node(graph, end)
    try:
        nodes = nx.shortest_path(graph, a, b, weight="weight")
    except nx.NetworkXNoPath:
        raise KGError(f"no path between {graph.nodes[a]['label']!r} and {graph.nodes[b]['label']!r}") from None
    hops = []
    for u, v in zip(nodes, nodes[1:]):
        data = graph.edges[u, v]
        relations = sorted(data["relations"], key=lambda r: (r in WEAK_RELATIONS, r))
        words = path_words(graph, [n for n in nodes if n not in (u, v)])
        facts = sorted(data["facts"], key=lambda f: -len(words & text_words(f.get("text") or "")))
        hops.append(Hop(u, v, relations, facts))
    return hops


def text_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 3}


def path_words(graph: nx.Graph, nodes: list[str]) -> set[str]:
    """Words of the other nodes on the path: a fact that names them explains the hop best
    (a quote about the body, rather than an export target)."""
    return set().union(*(text_words(graph.nodes[n]["label"]) for n in nodes)) if nodes else set()


def explain_hop(graph: nx.Graph, hop: Hop, max_facts: int = 3) -> list[str]:
    """Lines of text for one hop: who relates to whom, and the facts (evidence) behind it."""
    label = lambda n: f"{graph.nodes[n]['label']} ({graph.nodes[n]['kind']})"  # noqa: E731
    relations = graph.edges[hop.source, hop.target]["relations"]
    lines = []
    for relation in hop.relations:
        src, dst = relations[relation]
        lines.append(f"{label(src)} --[{relation}]--> {label(dst)}")
    facts = hop.facts[:max_facts]
    for fact in facts:
        where = graph.nodes[fact["article"]]["label"] if fact.get("article") in graph else fact.get("article") or ""
        text = " ".join((fact.get("text") or "").split())
        text = text if len(text) <= 240 else text[:237] + "..."
        lines.append(f"    {fact.get('type') or fact['relation']}: \u201c{text}\u201d" + (f"  [{where}]" if where else ""))
    if len(hop.facts) > len(facts):
        lines.append(f"    ... and {len(hop.facts) - len(facts)} more fact(s)")
    return lines


def explain_path(graph: nx.Graph, hops: list[Hop]) -> str:
    """The whole path as numbered hops, each with its facts."""
    if not hops:
        return "(the two names are the same node)"
    lines = []
    for number, hop in enumerate(hops, 1):
        first, *rest = explain_hop(graph, hop)
        lines.append(f"{number}. {first}")
        lines.extend(f"   {line}" for line in rest)
    return "\n".join(lines)


def central_actors(graph: nx.Graph, top: int = 10) -> list[dict]:
    """People, organisations and bodies ranked by betweenness, then degree centrality
    (computed over the whole network, so articles and decrees count as bridges)."""
    degree = nx.degree_centrality(graph)
    betweenness = nx.betweenness_centrality(graph, normalized=True)
    actors = [n for n, kind in graph.nodes(data="kind") if kind in ACTOR_KINDS]
    ranked = sorted(actors, key=lambda n: (-betweenness[n], -degree[n], graph.nodes[n]["label"]))
    return [{"node": n, "label": graph.nodes[n]["label"], "kind": graph.nodes[n]["kind"],
             "degree": graph.degree(n), "degree_centrality": round(degree[n], 4),
             "betweenness": round(betweenness[n], 4)} for n in ranked[:top]]


def communities(graph: nx.Graph) -> list[list[str]]:
    """Groups of densely linked nodes (greedy modularity), largest first, as node IRIs."""
    if graph.number_of_edges() == 0:
        return [[n] for n in graph.nodes]
    found = nx.community.greedy_modularity_communities(graph)
    return [sorted(c, key=lambda n: (-graph.degree(n), n)) for c in sorted(found, key=lambda c: (-len(c), min(c)))]


def flat_copy(graph: nx.Graph) -> nx.Graph:
    """The network with only scalar attributes, as GraphML and GEXF require: relations and
    fact texts joined into strings, the fact count kept as a number."""
    flat = nx.Graph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, label=data["label"], kind=data["kind"])
    for a, b, data in graph.edges(data=True):
        facts = data["facts"]
        flat.add_edge(a, b, relation="; ".join(sorted(data["relations"])), weight=float(data["weight"]),
                      fact_count=len(facts), facts=" | ".join(sorted({" ".join((f.get("text") or "").split()) for f in facts})),
                      fact_iris=" ".join(sorted({f["fact"] for f in facts if f.get("fact")})))
    return flat


def write_graphml(graph: nx.Graph, path: str | Path) -> None:
    nx.write_graphml(flat_copy(graph), str(path))


def write_gexf(graph: nx.Graph, path: str | Path) -> None:
    nx.write_gexf(flat_copy(graph), str(path))


COLOURS = {"person": "#d95f02", "organization": "#1b9e77", "body": "#7570b3", "decree": "#e7298a",
           "article": "#a6a6a6", "publisher": "#666666", "team": "#66a61e", "post": "#e6ab02"}


def write_png(graph: nx.Graph, path: str | Path, labels: int = 25) -> None:
    """A picture of the network (Agg backend, no display needed); the most connected nodes
    and every actor carry their labels, articles are drawn small and grey."""
    from matplotlib.figure import Figure
    figure = Figure(figsize=(14, 10), dpi=100)
    axes = figure.add_subplot()
    axes.set_axis_off()
    layout = nx.spring_layout(graph, seed=7, weight="weight")
    kinds = nx.get_node_attributes(graph, "kind")
    sizes = [60 if kinds[n] == "article" else 120 + 40 * graph.degree(n) for n in graph.nodes]
    nx.draw_networkx_edges(graph, layout, ax=axes, alpha=0.35)
    nx.draw_networkx_nodes(graph, layout, ax=axes, node_size=sizes,
                           node_color=[COLOURS.get(kinds[n], "#999999") for n in graph.nodes])
    shown = sorted(graph.nodes, key=lambda n: (kinds[n] == "article", -graph.degree(n)))[:labels]
    nx.draw_networkx_labels(graph, layout, ax=axes, font_size=7,
                            labels={n: short(graph.nodes[n]["label"]) for n in shown})
    for kind, colour in COLOURS.items():
        axes.scatter([], [], c=colour, label=kind)
    axes.legend(loc="lower left", fontsize=8, frameon=False)
    figure.savefig(str(path), bbox_inches="tight")


def short(label: str, width: int = 40) -> str:
    return label if len(label) <= width else label[:width - 1] + "\u2026"
