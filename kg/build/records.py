"""Facts as JSON records: the `kg extract --format json` contract (../shared/eval/README.md)."""
from __future__ import annotations

from kg.rdf.iris import DEFAULT, Iris
from kg.model import Facts
from kg.facttypes import REGISTRY, Registry


def facts_record(facts: Facts, source: str, iris: Iris = DEFAULT, registry: Registry = REGISTRY,
                 explain: bool = False) -> dict:
    """The JSON record of one article's facts, IRIs minted under `iris`'s base: the facts of
    each registered fact type (kg.facttypes), then the people and organisations named. With
    `explain`, each fact that records its reasons carries them as "why" (`kg extract --explain`)."""
    art = facts.article
    out = [with_why(fact_type.to_record(facts, item, iris), item, explain)
           for fact_type in registry for item in fact_type.select(facts)]
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


def with_why(record: dict, item, explain: bool) -> dict:
    """The record, with the fact's named reasons ('period', 'speaker', 'agency') when asked for;
    the default output stays as it was."""
    if explain and hasattr(item, "why"):
        record["why"] = dict(item.why)
    return record
