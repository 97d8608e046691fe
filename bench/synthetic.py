"""Synthetic articles for benchmarks: copies of the seed articles' graphs under new IRIs.

Each copy keeps the seed's text, facts and evidence but gets a new article id, so its
article, facts, evidence spans and memberships are new nodes in a new named graph, while
the people, organisations, places and periods it mentions stay shared, as they are in a
real corpus. Copies are produced as N-Quads text, which pyoxigraph bulk-loads quickly.

    python bench/synthetic.py 1000 --store /tmp/kg-1000            # then: kg --store /tmp/kg-1000 reason
    python bench/synthetic.py 1000 --store /tmp/kg-1000 --reason   # and time the reasoner on it
    python bench/synthetic.py 1000 --out /tmp/kg-1000.nq
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import pipeline
from kg.build.graph import ArticleGraph, build_graph, entities_graph_iri  # noqa: E402
from kg.rdf.keys import words  # noqa: E402
from kg.store.base import open_store  # noqa: E402
from kg.store.oxigraph import quads_of  # noqa: E402


@lru_cache(maxsize=1)
def seed_graphs() -> tuple[tuple[str, ArticleGraph], ...]:
    """(article id, graph) of every seed article in the bundled corpus."""
    graphs = []
    for path in pipeline.corpus_paths():
        facts = pipeline.extract_file(path)
        graphs.append((facts.article.id, build_graph(facts)))
    return tuple(graphs)


@lru_cache(maxsize=1)
def templates() -> tuple[tuple[str, str], ...]:
    """(seed id, N-Quads of the seed's article graph and entity descriptions)."""
    out = []
    for article_id, graph in seed_graphs():
        quads = quads_of(graph.facts, str(graph.iri)) | quads_of(graph.entities, str(entities_graph_iri()))
        out.append((article_id, "".join(f"{q} .\n" for q in sorted(quads, key=str))))
    return tuple(out)


def synthetic_id(n: int) -> str:
    """A 16-hex-digit id like a real content hash, different for every n."""
    return hashlib.sha256(f"synthetic-{n}".encode()).hexdigest()[:16]


def synthetic_nquads(count: int, start: int = 0):
    """N-Quads text of `count` synthetic articles, one article at a time."""
    seeds = templates()
    for n in range(start, start + count):
        seed_id, text = seeds[n % len(seeds)]
        yield text.replace(seed_id, synthetic_id(n))


# -- name cohorts: copies that read like a decade of news ----------------------------------------

NAMED = re.compile(r'^<(?P<iri>[^>]*/(?P<kind>person|org)/(?P<slug>[^>/]+))> '
                   r'<(?:http://www\.w3\.org/2000/01/rdf-schema#label|https://schema\.org/name)> '
                   r'"(?P<label>[^"\\]*)"', re.M)
PUBLISHER = re.compile(r'^<([^>]*/org/[^>/]+)> <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> '
                       r'<https://w3id\.org/ekspor-kg/ontology#NewsPublisher>', re.M)
SYLLABLES = ("ka", "ri", "mu", "to", "se", "la", "wi", "no", "pa", "de", "gu", "ra", "bo", "ye", "su", "ha")


def cohort_word(word: str, cohort: int) -> str:
    """A made-up word standing for `word` in name cohort `cohort`: the same word always gives
    the same stand-in within a cohort (so "Perindustrian" in two agency names stays one word),
    and no stand-in contains a real word of the seeds."""
    digest = hashlib.sha256(f"{cohort}:{word}".encode()).digest()
    return "".join(SYLLABLES[b % len(SYLLABLES)] for b in digest[:3]).capitalize() + SYLLABLES[cohort % 16]


def cohort_label(label: str, kind: str, cohort: int) -> str:
    """A person's name gets a stand-in for every word; an organisation keeps its first word
    (Kementerian, Badan, Dinas ...: what kind of body it is) and gets stand-ins for the rest."""
    words = label.split(" ")
    keep = 1 if kind == "org" and len(words) > 1 else 0
    return " ".join(words[:keep] + [cohort_word(w, cohort) for w in words[keep:]])


def cohort_copy(text: str, cohort: int) -> str:
    """An article's N-Quads as they would read about other people and agencies: every person
    and organisation (publishers excepted: a decade of news has few outlets) gets a new IRI and
    a new name in each cohort >= 1, in its labels and wherever the article's text quotes the
    name. Cohort 0 is the text unchanged (the seeds' names, which the templates' examples use)."""
    if cohort == 0:
        return text
    publishers = set(PUBLISHER.findall(text))
    iris, labels = {}, {}
    for m in NAMED.finditer(text):
        if m["iri"] in publishers:
            continue
        iris[m["iri"]] = f"{m['iri']}-{cohort_word(m['slug'], cohort).lower()}"
        if m["label"]:
            labels[m["label"]] = cohort_label(m["label"], m["kind"], cohort)
    replace = {f"<{old}": f"<{new}" for old, new in iris.items()} | labels
    if not replace:
        return text
    pattern = re.compile("|".join(re.escape(k) + (r"(?=[>/])" if k.startswith("<") else "")
                                  for k in sorted(replace, key=len, reverse=True)))
    names = {iris[m["iri"]]: labels[m["label"]] for m in NAMED.finditer(text) if m["iri"] in iris and m["label"]}
    return with_name_words(pattern.sub(lambda m: replace[m.group(0)], text), names)


NAME_WORD = re.compile(r'^<(?P<iri>[^>]*)> <https://w3id\.org/ekspor-kg/ontology#nameWord> "[^"]*" <(?P<graph>[^>]*)> \.\n?', re.M)


def with_name_words(text: str, names: dict[str, str]) -> str:
    """`text` with the lookup words (ekg:nameWord, decision 0012) of each renamed entity (IRI ->
    new label) made from its new label, as ingest writes them (kg.rdf.keys.words): the seed's
    words left on a copy made each seed word name every cohort's stand-in ("perindustrian"
    800 names at 100k articles, 8 of them so labelled), which a real store never holds and
    which every template starting from a name read (docs/scale.md, eleventh round)."""
    graphs = {m["iri"]: m["graph"] for m in NAME_WORD.finditer(text) if m["iri"] in names}
    kept = NAME_WORD.sub(lambda m: "" if m["iri"] in names else m.group(0), text)
    kept += "\n" if kept and not kept.endswith("\n") else ""
    return kept + "".join(f'<{iri}> <https://w3id.org/ekspor-kg/ontology#nameWord> "{word}" <{graph}> .\n'
                          for iri, graph in graphs.items() for word in words(names[iri]))


def load_store(path: str | Path, count: int, batch: int = 500):
    """A store at `path` holding `count` synthetic articles."""
    import pyoxigraph as ox
    store = open_store(path)
    for first in range(0, count, batch):
        data = "".join(synthetic_nquads(min(batch, count - first), first)).encode("utf-8")
        store.ox.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    store.flush()
    return store


def time_reasoning(store) -> None:
    from kg.validate.owl import reason, store_triples
    started = time.perf_counter()
    result = reason(store_triples(store))
    print(f"kg reason: consistent={result.consistent}, {result.inferred_types} inferred types, "
          f"{result.triples} triples reasoned over, {time.perf_counter() - started:.1f} s")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--store", help="load the articles into this store folder")
    parser.add_argument("--out", help="write them as N-Quads to this file")
    parser.add_argument("--reason", action="store_true", help="then time `kg reason` on the store")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.store:
        store = load_store(args.store, args.count)
        print(f"{len(store.article_graphs())} articles, {store.triple_count()} triples in {args.store}")
        if args.reason:
            time_reasoning(store)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            for text in synthetic_nquads(args.count):
                handle.write(text)
        print(f"wrote {args.count} articles to {args.out}")
    print(f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
