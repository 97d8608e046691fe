"""`kg network`: the actors' network - central actors, explained paths, communities, exports."""
from __future__ import annotations

import click


@click.command("network")
@click.option("--top", default=10, show_default=True, help="How many central actors to list.")
@click.option("--path", "path_between", nargs=2, metavar="FROM TO", default=None,
              help="Explain the shortest path between two names (label substrings or IRIs).")
@click.option("--communities", "show_communities", is_flag=True, help="List the communities (greedy modularity).")
@click.option("--graphml", type=click.Path(dir_okay=False), default=None, help="Write the network as GraphML.")
@click.option("--gexf", type=click.Path(dir_okay=False), default=None, help="Write the network as GEXF (Gephi).")
@click.option("--png", type=click.Path(dir_okay=False), default=None,
              help="Draw the network into a PNG file (title, legend by node type, size by links).")
@click.option("--around", metavar="NAME", default=None,
              help="Keep only the neighbourhood of this person, body, decree or article (for the listing, "
                   "--communities, the exports and the picture; --path still searches the whole network).")
@click.option("--radius", type=click.IntRange(1, 2), default=1, show_default=True,
              help="How many hops --around reaches.")
@click.option("--labels", type=click.IntRange(0), default=25, show_default=True,
              help="How many of the most connected nodes the picture labels.")
@click.pass_context
def network(ctx, top, path_between, show_communities, graphml, gexf, png, around, radius, labels):
    """The network of people, organisations, decrees, bodies and articles: who said what
    in which article, who holds which post, which decree established which body.

    Without --path or --communities it lists the most central actors (betweenness and
    degree). Every edge keeps the facts behind it; --path prints them hop by hop.

    \b
    Example:
      kg network --top 5
      kg network --path "Agus Gumiwang Kartasasmita" "Satuan Tugas Peningkatan Ekspor Nasional"
      kg network --communities --graphml kg.graphml --gexf kg.gexf --png kg.png
      kg network --around "Agus Gumiwang" --radius 2 --png agus.png
    """
    from kg.cli.main import open_kg
    from kg.cli.progress import working
    from kg.outputs import network as net
    with working("building the network"):
        graph = net.build_network(open_kg(ctx, read_only=True))
    click.echo(f"network: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", err=True)
    if path_between:
        click.echo(net.explain_path(graph, net.shortest_path(graph, *path_between)))
    if around:
        graph = net.neighbourhood(graph, around, radius)
        click.echo(f"around {graph.nodes[graph.graph['centre']]['label']} (radius {radius}): "
                   f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", err=True)
    if show_communities:
        print_communities(graph)
    if not (path_between or show_communities):
        print_central(net.central_actors(graph, top))
    for target, writer in ((graphml, net.write_graphml), (gexf, net.write_gexf)):
        if target:
            writer(graph, target)
            click.echo(f"wrote {target}", err=True)
    if png:
        with working("drawing the network"):
            picture = net.write_png(graph, png, labels=labels)
        click.echo(f"wrote {png} ({picture.title})", err=True)


def print_central(actors) -> None:
    click.echo(f"{'betweenness':>11}  {'degree':>6}  {'kind':<12}  name")
    for actor in actors:
        click.echo(f"{actor['betweenness']:>11.4f}  {actor['degree']:>6}  {actor['kind']:<12}  {actor['label']}")


def print_communities(graph) -> None:
    from kg.outputs.network import communities
    for number, members in enumerate(communities(graph), 1):
        names = [f"{graph.nodes[n]['label']} ({graph.nodes[n]['kind']})" for n in members]
        click.echo(f"community {number} ({len(members)} nodes): " + "; ".join(names))


COMMANDS = [network]
