"""Facts as JSON records: the `kg extract --format json` contract (../shared/eval/README.md)."""
from __future__ import annotations

from decimal import Decimal

from kg.rdf.iris import DEFAULT, Iris
from kg.extract.facts import Facts, Figure


def number(value: Decimal):
    return int(value) if value == value.to_integral_value() else float(value)


def figure_key(figure: Figure) -> tuple:
    return (figure.type, figure.evidence.start, figure.evidence.end, figure.unit, str(figure.value))


def figure_record(facts: Facts, figure: Figure, iris: Iris = DEFAULT) -> dict:
    aid = facts.article.id
    record = {
        "type": figure.type,
        "iri": iris.fact(aid, figure.type, *figure_key(figure)),
        "what": figure.what,
        "measure": figure.measure,
        "scope": figure.scope,
        "value": number(figure.value),
        "unit": figure.unit,
        "period_start": figure.period.start.isoformat() if figure.period else None,
        "period_end": figure.period.end.isoformat() if figure.period else None,
        "agency": figure.agency,
        "speaker": figure.speaker.name if figure.speaker else None,
        "qualifier": figure.qualifier,
        "evidence": {"text": figure.evidence.text, "start": figure.evidence.start, "end": figure.evidence.end},
    }
    if figure.type == "figure":
        record["kind"] = figure.kind
    else:
        record["met"] = figure.met
    if figure.restates:
        record["restates"] = iris.fact(aid, figure.restates.type, *figure_key(figure.restates))
    if figure.range_with:
        record["range_with"] = iris.fact(aid, figure.range_with.type, *figure_key(figure.range_with))
    if not figure.plausible:
        record["plausible"] = False
    return record


def facts_record(facts: Facts, source: str, iris: Iris = DEFAULT) -> dict:
    """The JSON record of one article's facts, IRIs minted under `iris`'s base."""
    art = facts.article
    out = []
    out += [figure_record(facts, f, iris) for f in facts.figures]
    for quote in facts.quotes:
        out.append({"type": "quote", "iri": iris.fact(art.id, "quote", quote.evidence.start, quote.evidence.end),
                    "speaker": quote.speaker.name if quote.speaker else None,
                    "role": quote.speaker.role if quote.speaker else None, "text": quote.text,
                    "evidence": {"text": quote.evidence.text, "start": quote.evidence.start, "end": quote.evidence.end}})
    for decree in facts.decrees:
        out.append({"type": "decree", "iri": iris.decree(decree.decree_type, decree.year, decree.number),
                    "decree_type": decree.decree_type, "number": decree.number, "year": decree.year,
                    "title": decree.title, "establishes": decree.establishes,
                    "teams": [{"name": t.name, "role": t.role, "chair": t.chair_title, "chair_organization": t.chair_organization}
                              for t in decree.teams],
                    "evidence": {"text": decree.text, "start": decree.start, "end": decree.end}})
    for person in facts.people:
        out.append({"type": "person", "iri": iris.person(person.name), "name": person.name, "role": person.role,
                    "organization": person.organization,
                    "evidence": {"text": art.text[person.start:person.end], "start": person.start, "end": person.end}})
    for name in organization_names(facts):
        out.append({"type": "organization", "iri": iris.organization(name), "name": name})
    return {
        "source": source,
        "article": {"iri": iris.article(art.id), "title": art.title, "publisher": art.publisher,
                    "published": art.published.isoformat() if art.published else None, "url": art.url,
                    "author": art.author},
        "facts": out,
    }


def organization_names(facts: Facts) -> list[str]:
    names = [o.name for o in facts.organizations]
    names += [p.organization for p in facts.people if p.organization]
    for decree in facts.decrees:
        names += [decree.establishes] if decree.establishes else []
        names += [t.chair_organization for t in decree.teams if t.chair_organization]
    return list(dict.fromkeys(names))
