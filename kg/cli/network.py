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
@click.option("--png", type=click.Path(dir_okay=False), default=None, help="Draw the network into a PNG file.")
@click.pass_context
def network(ctx, top, path_between, show_communities, graphml, gexf, png):
    """The network of people, organisations, decrees, bodies and articles: who said what
    in which article, who holds which post, which decree established which body.

    Without --path or --communities it lists the most central actors (betweenness and
    degree). Every edge keeps the facts behind it; --path prints them hop by hop.

    \b
    Example:
      kg network --top 5
      kg network --path "Agus Gumiwang Kartasasmita" "Satuan Tugas Peningkatan Ekspor Nasional"
      kg network --communities --graphml kg.graphml --gexf kg.gexf --png kg.png
    """
    from kg import api
    from kg.outputs import network as net
    graph = net.build_network(api.open(ctx.obj["store"], read_only=True))
    click.echo(f"network: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", err=True)
    if path_between:
        click.echo(net.explain_path(graph, net.shortest_path(graph, *path_between)))
    if show_communities:
        print_communities(graph)
    if not (path_between or show_communities):
        print_central(net.central_actors(graph, top))
    for target, writer in ((graphml, net.write_graphml), (gexf, net.write_gexf), (png, net.write_png)):
        if target:
            writer(graph, target)
            click.echo(f"wrote {target}", err=True)


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
