"""`kg reason`: OWL reasoning (HermiT through owlready2) over the store or an RDF file."""
from __future__ import annotations

import json
import sys

import click


@click.command("reason")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def reason(ctx, file, fmt):
    """Check the KG (the store, or an RDF FILE) against the ontology with the HermiT reasoner.

    Reports whether the data is consistent, the unsatisfiable classes and how many types the
    ontology entails beyond those asserted. Exits 0 when consistent, 1 when not (naming the
    offending nodes when it can) or when a class is unsatisfiable.

    The reasoner works on a copy: xsd:date and xsd:gYear, which HermiT rejects, are retyped
    to xsd:dateTime and xsd:integer there; the published data is unchanged.

    \b
    Example:
      kg reason
      kg reason kg.ttl --format json
    """
    from kg import api
    from kg.cli.progress import working
    from kg.validate.owl import file_triples, reason as run, store_triples
    with working("reasoning (HermiT)"):
        if file:
            result = run(file_triples(file))
        else:
            result = run(store_triples(api.open(read_only=True, settings=ctx.obj["settings"]).store))
    click.echo(render_json(result) if fmt == "json" else render_text(result))
    sys.exit(0 if result.ok else 1)


def render_text(result) -> str:
    lines = [f"consistent: {'yes' if result.consistent else 'NO'}"]
    if result.consistent:
        lines.append(f"unsatisfiable classes: {', '.join(result.unsatisfiable) or 'none'}")
        lines.append(f"inferred types: {result.inferred_types}")
    elif result.offenders:
        lines.append("offending nodes:")
        lines += [f"  {o.node} {o.reason}" for o in result.offenders]
    else:
        lines.append("offending nodes: not found by the disjointness check (see the ontology axioms)")
    if result.undefined:
        lines.append(f"terms the ontology does not define: {', '.join(result.undefined)}")
    lines.append(f"triples reasoned over: {result.triples} in {result.seconds:.1f} s")
    return "\n".join(lines)


def render_json(result) -> str:
    return json.dumps({
        "consistent": result.consistent, "unsatisfiable": result.unsatisfiable,
        "inferred_types": result.inferred_types, "triples": result.triples,
        "seconds": round(result.seconds, 3),
        "offenders": [{"node": o.node, "reason": o.reason} for o in result.offenders],
        "undefined_terms": result.undefined,
    }, indent=2)


COMMANDS = [reason]
