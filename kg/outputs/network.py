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
        for row in kg.store.query(PREFIXES + query):
            a, b = str(row["a"]), str(row["b"])
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
        for row in kg.store.query(query):
            node = str(row["n"])
            if node not in graph:
                graph.add_node(node, label=str(row["label"]), kind=kind)


def fact_of(row) -> dict | None:
    """The fact behind one edge row, or None when the edge is structural (no fact).
    (A solution row gives None for a variable that is unbound or not selected.)"""
    value = {name: str(row[name]) if row.get(name) is not None else None for name in ("fact", "type", "text", "article")}
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


# --- the picture -------------------------------------------------------------------------

COLOURS = {"person": "#d95f02", "organization": "#1b9e77", "body": "#7570b3", "decree": "#e7298a",
           "team": "#66a61e", "post": "#e6ab02", "publisher": "#666666", "article": "#b8b8b8"}
LABEL_KINDS = ("person", "organization", "body", "decree", "team")  # what a label is most useful on


@dataclass
class Picture:
    """What was drawn: the file, the title, the legend entries and the labelled nodes."""
    path: Path
    title: str
    legend: list[str]
    labelled: list[str]
    nodes: int
    edges: int


def neighbourhood(graph: nx.Graph, name: str, radius: int = 1) -> nx.Graph:
    """The nodes within `radius` hops of a named person, body, decree or article, and the
    edges among them; the named node is marked `centre`."""
    if radius not in (1, 2):
        raise KGError(f"--radius must be 1 or 2, not {radius}")
    centre = find_node(graph, name)
    around = nx.ego_graph(graph, centre, radius=radius).copy()
    around.graph["centre"] = centre
    around.graph["radius"] = radius
    return around


def layout(graph: nx.Graph) -> dict:
    """Positions that stay readable up to a few hundred nodes: each connected part laid out
    on its own (a spring layout pushes separate parts to the edges and squeezes each into a
    knot), then the parts packed in rows, largest first, each given room by its size."""
    parts = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    placed, x, y, row_height = {}, 0.0, 0.0, 0.0
    width = 2.4 * sum(len(c) for c in parts) ** 0.5 + 1  # a roughly square page
    for part in parts:
        size = 1.2 * len(part) ** 0.5 + 0.6  # room for a part grows with its node count
        if x > 0 and x + size > width:
            x, y, row_height = 0.0, y - row_height, 0.0
        for node, (px, py) in part_layout(graph.subgraph(part)).items():
            placed[node] = (x + size * (px + 1) / 2, y - size * (1 - py) / 2)
        x, row_height = x + size * 1.1, max(row_height, size * 1.1)
    return placed


def part_layout(part: nx.Graph) -> dict:
    """One connected part in [-1, 1]: a spring layout whose spacing k grows as the part
    shrinks. Past 500 nodes networkx's spring layout needs scipy, so ForceAtlas2 (numpy only)
    takes over there."""
    count = part.number_of_nodes()
    if count == 1:
        return {next(iter(part)): (0.0, 0.0)}
    if count >= 500:
        positions = nx.forceatlas2_layout(part, seed=7, max_iter=60, scaling_ratio=2.0)
    else:
        spacing = 2.0 if count <= 150 else 5.0  # hubs of many articles need more push to spread their actors
        positions = nx.spring_layout(part, k=spacing / count ** 0.5, iterations=200 if count <= 150 else 100, seed=7)
    return nx.rescale_layout_dict(positions, scale=1.0)


def node_sizes(graph: nx.Graph) -> dict:
    """Area grows with the square root of degree, so hubs stand out without hiding the rest;
    articles stay small (they are the many connecting dots, not the actors)."""
    top = max((d for _, d in graph.degree), default=1) or 1
    return {n: (12 if kind == "article" else 40) + 900 * (graph.degree(n) / top) ** 0.5 * (0.3 if kind == "article" else 1)
            for n, kind in graph.nodes(data="kind")}


def labelled_nodes(graph: nx.Graph, labels: int) -> list[str]:
    """The `labels` most connected actors and decrees (articles only when nothing else is
    left), the centre of a neighbourhood always first."""
    centre = graph.graph.get("centre")
    rank = lambda n: (n != centre, graph.nodes[n]["kind"] not in LABEL_KINDS, -graph.degree(n), graph.nodes[n]["label"])  # noqa: E731
    return sorted(graph.nodes, key=rank)[:labels]


def picture_title(graph: nx.Graph, labelled: int) -> str:
    counts = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    centre = graph.graph.get("centre")
    if centre:
        return (f"Within {graph.graph['radius']} hop(s) of {graph.nodes[centre]['label']}: {counts}")
    return f"Network of people, organisations, decrees and articles: {counts} (labels: the {labelled} most connected)"


def draw_edges(graph: nx.Graph, positions: dict, axes) -> None:
    """Edges backed by a fact dark, weak ones (mentions, publisher, author) faint."""
    strong = [(a, b) for a, b, w in graph.edges(data="weight") if w < WEAK]
    weak = [(a, b) for a, b, w in graph.edges(data="weight") if w >= WEAK]
    crowded = graph.number_of_edges() > 200
    nx.draw_networkx_edges(graph, positions, edgelist=weak, ax=axes, alpha=0.1 if crowded else 0.25, width=0.5,
                           edge_color="#888888")
    nx.draw_networkx_edges(graph, positions, edgelist=strong, ax=axes, alpha=0.3 if crowded else 0.6,
                           width=0.8 if crowded else 1.1, edge_color="#555555")


def draw_nodes(graph: nx.Graph, positions: dict, axes) -> list:
    """One scatter per kind (articles first, underneath); a legend handle per kind drawn, with
    its count, all the same size (the drawn size means degree, not kind)."""
    from matplotlib.lines import Line2D
    sizes, legend = node_sizes(graph), []
    for kind in ["article"] + [k for k in COLOURS if k != "article"]:
        nodes = [n for n, k in graph.nodes(data="kind") if k == kind]
        if not nodes:
            continue
        nx.draw_networkx_nodes(graph, positions, nodelist=nodes, ax=axes, node_size=[sizes[n] for n in nodes],
                               node_color=COLOURS[kind], edgecolors="white", linewidths=0.5 if kind != "article" else 0)
        legend.append(Line2D([], [], color=COLOURS[kind], marker="o", linestyle="", markersize=9,
                             label=f"{kind} ({len(nodes)})"))
    return legend


def label_places(positions: dict, shown: list[str], texts: dict) -> dict:
    """Where each label goes: on its node, or moved down until it clears the labels placed
    before it (nodes that share all their articles sit on one spot, and so would their labels)."""
    xs = [x for x, _ in positions.values()] or [0.0]
    ys = [y for _, y in positions.values()] or [0.0]
    line = 0.028 * ((max(ys) - min(ys)) or 1.0)
    char = 0.0062 * ((max(xs) - min(xs)) or 1.0)
    placed: dict = {}
    for node in shown:
        x, y = positions[node]
        half = char * len(texts[node]) / 2
        while any(abs(y - py) < line and abs(x - px) < half + char * len(texts[o]) / 2 for o, (px, py) in placed.items()):
            y -= line
        placed[node] = (x, y)
    return placed


def draw_labels(graph: nx.Graph, positions: dict, shown: list[str], axes) -> None:
    """Labels on a white ground; a moved label gets a thin line back to its node."""
    texts = {n: short(graph.nodes[n]["label"], 38) for n in shown}
    for node, (x, y) in label_places(positions, shown, texts).items():
        nx_, ny = positions[node]
        if (x, y) != (nx_, ny):
            axes.plot([nx_, x], [ny, y], color="#999999", linewidth=0.5, zorder=4)
        axes.text(x, y, texts[node], fontsize=8, ha="center", va="center", zorder=5,
                  bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})


def write_png(graph: nx.Graph, path: str | Path, labels: int = 25, title: str | None = None) -> Picture:
    """A picture of the network (Agg canvas, no display needed): a title, a legend by node
    type, node size by degree, weak edges faint, labels on the most connected actors only."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    figure = Figure(figsize=(16, 12), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_axis_off()
    positions = layout(graph)
    draw_edges(graph, positions, axes)
    kinds = draw_nodes(graph, positions, axes)
    centre = graph.graph.get("centre")
    if centre:  # the person or body the view is around: ringed
        axes.scatter(*positions[centre], s=node_sizes(graph)[centre] * 1.8, facecolors="none", edgecolors="black",
                     linewidths=1.5, zorder=3)
    shown = labelled_nodes(graph, labels)
    draw_labels(graph, positions, shown, axes)
    edges = [Line2D([], [], color="#555555", linewidth=1.1, label="link backed by a fact"),
             Line2D([], [], color="#888888", alpha=0.4, linewidth=0.5, label="mention / publisher / author (faint)")]
    axes.legend(handles=kinds + edges, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9, frameon=False,
                title="node type (count); size = links")
    title = title or picture_title(graph, len(shown))
    axes.set_title(title, fontsize=13, loc="left")
    figure.savefig(str(path), bbox_inches="tight", metadata={"Software": "kg"})
    return Picture(Path(path), title, [h.get_label() for h in kinds + edges], shown,
                   graph.number_of_nodes(), graph.number_of_edges())


def short(label: str, width: int = 40) -> str:
    return label if len(label) <= width else label[:width - 1] + "\u2026"
