"""Template speed on a large store (issue 13): p50 and max of every template in queries/.

How the store is built (the bulk loader, not `kg ingest`, because ingesting 100k articles
through the whole pipeline takes hours of CPU on two cores):

1. `--distinct D` synthetic article texts are made by bench/ingest_bench.py's generator (the
   corpus and tests/articles with years shifted, amounts changed, authors swapped) and go
   through the fast ingest path's pure step, `kg.pipeline.prepare_batch` (extract, build,
   validate), on `--workers` processes. That gives D distinct articles' N-Quads, exactly the
   triples `kg ingest` would store for them (helper triples written at ingest included).
2. The store gets the bundled corpus (the seeds the templates' examples point at, prepared
   the same way) and `--articles N` synthetic articles: article k is distinct article k % D
   under a new article id (every IRI minted from the id is new: article, facts, evidence,
   memberships), loaded with pyoxigraph's `bulk_load` in batches, then optimised.
   Places, periods, roles, decrees and publishers stay shared between articles. People and
   organisations are shared within a name cohort only: synthetic articles k with the same
   k // --cohort (1000 by default) name the same people and agencies, and each cohort >= 1
   names other ones (bench/synthetic.py, cohort_copy: every person's and organisation's IRI
   and label, and the label wherever the article's text quotes it, replaced by made-up words
   that no seed word contains; an organisation keeps its first word, Kementerian, Badan ...).
   Cohort 0 keeps the seeds' names, which the templates' examples use, so the answer to an
   example has the same size at 10k or 100k articles as at 1k, as it would in real news,
   where a decade brings new people and offices rather than the same minister a hundred
   times over; the years come from the distinct texts, shifted 0-9 years back.
   (`--cohort 0`: every copy keeps the seeds' names, the model of the earlier rounds.)

Then each case (every template with its header's example parameters, plus the cases the issue
names: `figures` of one agency and year, `sources` and `consistency` over the whole KG) runs
`--repeat` times in a forked child process, which is killed after `--timeout` seconds (the
engines cannot be interrupted); the time of a run is the store's `query` (evaluation and
materialisation of the rows). The same cases then run on an rdflib Dataset (kg's MemoryStore)
of `--rdflib-articles` articles, for the ratio between the engines.

    python bench/query_bench.py --articles 1000
    python bench/query_bench.py --articles 10000 --json > /tmp/q10k.json
    python bench/query_bench.py --articles 10000 --store /tmp/s10k --prepared /tmp/prepared.json --build-only
    nice -n 10 python bench/query_bench.py --articles 100000 --distinct 2000 --repeat 5 --rdflib-articles 0
    python bench/query_bench.py --store /tmp/s10k --limit 100      # the first page, as `kg query` asks
    python bench/query_bench.py --store /tmp/s10k --queries ../main/queries --only decrees   # before

Targets (issue 13, at 100k articles): p50 < 20 ms for who-said, provenance, figures (one
agency and year), targets, decrees; < 200 ms for the others.
"""
from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest_bench import write_articles  # noqa: E402
from synthetic import cohort_copy, synthetic_id  # noqa: E402

from kg import pipeline  # noqa: E402
from kg.query.templates import templates  # noqa: E402
from kg.settings import Settings  # noqa: E402

SELECTIVE = ("who-said", "provenance", "figures", "targets", "decrees", "decree-sources")
TARGET_MS = {True: 20, False: 200}
# cases the issue names besides the header examples: (label, template, parameters replacing the examples)
EXTRA_CASES = (
    ("figures (agency+year)", "figures", {"agency": "Kementerian Perindustrian", "year": "2023"}),
    ("sources (measure+year, no fact)", "sources", {"measure": "ekspor", "year": "2023"}),
    ("consistency (whole KG)", "consistency", {}),
)


def example_params(template) -> dict[str, str]:
    return {p.name: str(p.example) for p in template.params if p.example is not None}


def cases(queries: str | None = None) -> list[tuple[str, str, dict]]:
    found = templates(queries)
    out = [(name, name, example_params(t)) for name, t in found.items()]
    return out + [case for case in EXTRA_CASES if case[1] in found]


# -- building the store -----------------------------------------------------------------------

def prepared_nquads(paths: list[Path], workers: int) -> list[tuple[str, str]]:
    """(article id, N-Quads text) of each valid article, by the fast ingest path's pure step (which
    gives the N-Quads as UTF-8 bytes, decision 0081; the copies below are made from text)."""
    out, settings = [], Settings()
    for batch in pipeline.prepared_batches([str(p) for p in paths], settings, workers):
        for outcome in batch:
            if outcome.status == "valid":
                out.append((outcome.iri.rsplit("/", 1)[-1], outcome.nquads.decode("utf-8")))
    return out


def distinct_articles(count: int, workers: int, cache: Path | None) -> list[tuple[str, str]]:
    """The `count` distinct synthetic articles, prepared by the pipeline (or read from `cache`,
    which a 10k and a 100k build can share: preparing is most of a build's CPU). The cache
    records the store format of the kg that prepared it: N-Quads prepared by another (a list,
    before format 5) lack or hold other helper triples (the agency years of format 5, decision
    0033) than the format file the build writes promises, so they are prepared again."""
    from kg.store.oxigraph import FORMAT
    if cache and cache.exists():
        cached = json.loads(cache.read_text())
        if isinstance(cached, dict) and cached.get("format") == FORMAT and len(cached["articles"]) >= count:
            return [tuple(x) for x in cached["articles"][:count]]
    with tempfile.TemporaryDirectory() as texts:
        made = prepared_nquads(write_articles(Path(texts), count), workers) if count else []
    if cache:
        cache.write_text(json.dumps({"format": FORMAT, "articles": made}))
    return made


def synthetic_copy(made: list[tuple[str, str]], k: int, cohort_size: int) -> str:
    """Synthetic article k: distinct article k % D under a new id (article k itself for the
    first D), with the people and organisations of name cohort k // cohort_size."""
    article_id, text = made[k % len(made)]
    if k >= len(made):
        text = text.replace(article_id, synthetic_id(k))
    return cohort_copy(text, k // cohort_size) if cohort_size else text


def build_store(folder: Path, articles: int, distinct: int, workers: int, cohort_size: int = 0,
                cache: Path | None = None, batch_size: int = 2000) -> dict:
    import pyoxigraph as ox
    started = time.perf_counter()
    made = distinct_articles(min(articles, distinct), workers, cache)
    seeds = prepared_nquads(pipeline.corpus_paths(), 1)
    prepared = time.perf_counter()
    store = ox.Store(str(folder))
    store.bulk_load("".join(text for _, text in seeds).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    batch = []
    for k in range(articles):
        batch.append(synthetic_copy(made, k, cohort_size))
        if len(batch) == batch_size or k == articles - 1:
            store.bulk_load("".join(batch).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            batch = []
    loaded = time.perf_counter()
    summarise(store)
    store.optimize()
    store.flush()
    count = len(store)
    del store
    gc.collect()
    from kg.store.oxigraph import write_format
    write_format(folder)
    return {"articles": articles + len(seeds), "distinct": len(made), "cohort": cohort_size, "quads": count,
            "seed_graphs": [pipeline_iri(article_id) for article_id, _ in seeds],
            "prepare_s": round(prepared - started, 1), "load_s": round(loaded - prepared, 1),
            "optimize_s": round(time.perf_counter() - loaded, 1), "cpu_s": round(time.process_time(), 1)}


def summarise(store) -> None:
    """What a writer adds across articles at every write and the bulk loader does not: the
    decree summaries (decision 0020), counted once over everything loaded. The prepared
    N-Quads already hold every per-article helper triple (lookup and group keys), so with the
    summaries the store is in the current format and its format file says so; without them a
    writer's first open took it for an old store and recomputed millions of keys."""
    from kg.rdf.iris import DEFAULT
    from kg.store import summaries
    store.update(summaries.recount_all(DEFAULT.entities_graph()))


def pipeline_iri(article_id: str) -> str:
    from kg.rdf.iris import DEFAULT
    return DEFAULT.article(article_id)


def dump_nquads(folder: Path, out: Path, articles: int, seeds: list[str]) -> None:
    """The seeds (the examples point at them), synthetic articles up to `articles` in all, and
    the shared entities, as N-Quads for the rdflib Dataset."""
    import pyoxigraph as ox
    from kg.rdf.iris import DEFAULT
    store = ox.Store.read_only(str(folder))
    entities = DEFAULT.entities_graph()
    others = sorted(g.value for g in store.named_graphs() if g.value != entities and g.value not in seeds)
    keep = [ox.NamedNode(g) for g in [entities, *seeds, *others[:max(0, articles - len(seeds))]]]
    with out.open("wb") as handle:
        for graph in keep:
            ox.serialize(store.quads_for_pattern(None, None, None, graph), handle, ox.RdfFormat.N_QUADS)


# -- running the cases ------------------------------------------------------------------------

def run_case(open_store, template: str, params: dict, repeat: int, conn, queries: str | None = None) -> None:
    """In the forked child: open the store, run the case `repeat` times, send each run's
    (wall ms, CPU ms, rows) as it ends."""
    from kg.query.templates import templates as loaded
    store = open_store()
    asked = loaded(queries)[template].asked(params)    # as KG.run_template asks (the page, one row more)
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.thread_time()
        rows = asked.run(store, timeout=None)
        conn.send((1000 * (time.perf_counter() - started), 1000 * (time.thread_time() - started_cpu), len(rows)))
    conn.close()


def timed(open_store, template: str, params: dict, repeat: int, timeout: float, queries: str | None = None) -> dict:
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=run_case, args=(open_store, template, params, repeat, child, queries))
    process.start()
    child.close()
    runs, deadline, error = [], time.monotonic() + timeout, None
    while len(runs) < repeat:
        left = deadline - time.monotonic()
        if left <= 0 or not parent.poll(left):
            break
        try:
            runs.append(parent.recv())
        except EOFError:
            error = "child failed"
            break
    if process.is_alive():
        process.kill()
    process.join()
    if not runs:
        return {"timeout_s": timeout} if error is None else {"error": error}
    walls = [r[0] for r in runs]
    return {"p50_ms": round(statistics.median(walls), 1), "max_ms": round(max(walls), 1),
            "cpu_p50_ms": round(statistics.median(r[1] for r in runs), 1), "runs": len(runs), "rows": runs[0][2],
            **({"timeout_s": timeout} if len(runs) < repeat else {})}


def oxigraph_opener(folder: Path):
    def open_store():
        from kg.store.oxigraph import OxigraphStore
        return OxigraphStore(folder, read_only=True)
    return open_store


def rdflib_opener(nquads: Path):
    """The Dataset is loaded once, in this process, and each forked child inherits it."""
    from kg.store.memory import MemoryStore
    store = MemoryStore()
    store.dataset.parse(str(nquads), format="nquads")
    return lambda: store


def paged(case: tuple[str, str, dict], limit: str | None, offset: int, queries: str | None = None) -> tuple[str, str, dict]:
    """The case asking for one page (`--limit`, `--offset`) where its template is paged."""
    label, template, params = case
    if limit is None or not templates(queries)[template].page_size:
        return case
    page = {"limit": limit, **({"offset": str(offset)} if offset else {})}
    return f"{label} [page {limit}{f' @{offset}' if offset else ''}]", template, {**params, **page}


def run_all(open_store, repeat: int, timeout: float, only: set[str] | None,
            limit: str | None = None, offset: int = 0, queries: str | None = None) -> dict:
    results = {}
    for label, template, params in (paged(case, limit, offset, queries) for case in cases(queries)):
        if only and template not in only and label.split(" [")[0] not in only:
            continue
        results[label] = timed(open_store, template, params, repeat, timeout, queries)
        print(f"  {label:<34}{describe(results[label])}", file=sys.stderr, flush=True)
    return results


def describe(r: dict) -> str:
    if "p50_ms" not in r:
        return f"> {r['timeout_s']:g} s (no run finished)" if "timeout_s" in r else r.get("error", "?")
    late = f"  ({r['runs']} runs in {r['timeout_s']:g} s)" if "timeout_s" in r else ""
    return f"p50 {r['p50_ms']:>9.1f} ms  max {r['max_ms']:>9.1f} ms  rows {r['rows']:>6}{late}"


def print_table(report: dict) -> None:
    sizes = report["store"]
    print(f"oxigraph store: {sizes['articles']} articles ({sizes['distinct']} distinct), {sizes['quads']} quads;"
          f" prepared in {sizes['prepare_s']} s, loaded in {sizes['load_s']} s")
    rdf = report.get("rdflib", {})
    print(f"{'case':<34}{'target':>8}{'p50 ms':>10}{'max ms':>10}{'rows':>7}  {'rdflib p50 ms':>14}{'ratio':>8}")
    for label, r in report["oxigraph"].items():
        template = label.split(" ")[0]
        target = TARGET_MS[template in SELECTIVE]
        p50 = f"{r['p50_ms']:.1f}" if "p50_ms" in r else f">{r['timeout_s']:g}s"
        high = f"{r['max_ms']:.1f}" if "max_ms" in r else ""
        other = rdf.get(label, {})
        other_p50 = f"{other['p50_ms']:.1f}" if "p50_ms" in other else (f">{other['timeout_s']:g}s" if other else "")
        ratio = f"{other['p50_ms'] / r['p50_ms']:.0f}x" if "p50_ms" in other and r.get("p50_ms") else ""
        mark = "" if r.get("p50_ms", float("inf")) < target else "  over target"
        print(f"{label:<34}{target:>8}{p50:>10}{high:>10}{r.get('rows', ''):>7}  {other_p50:>14}{ratio:>8}{mark}")
    if rdf:
        print(f"(rdflib: a Dataset of {report['rdflib_articles']} articles; ratio = rdflib p50 / oxigraph p50)")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="synthetic articles in the store (plus the corpus)")
    parser.add_argument("--distinct", type=int, default=1000, help="distinct articles prepared by the pipeline")
    parser.add_argument("--workers", type=int, default=2, help="processes preparing the distinct articles")
    parser.add_argument("--cohort", type=int, default=1000,
                        help="articles per name cohort: each cohort's copies name other people and agencies (0: all share the seeds' names)")
    parser.add_argument("--prepared", help="JSON cache of the prepared distinct articles (read if present, else written)")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case (all its runs) before it is stopped")
    parser.add_argument("--rdflib-articles", type=int, default=1000, help="articles in the rdflib Dataset (0: skip)")
    parser.add_argument("--store", help="keep the store in this folder (built if missing) instead of a temporary one")
    parser.add_argument("--only", default="", help="comma-separated templates or case labels")
    parser.add_argument("--limit", help="ask paged templates for a page of this many rows (as `kg query` does by default: 100)")
    parser.add_argument("--offset", type=int, default=0, help="with --limit: the page's first row")
    parser.add_argument("--queries", help="the templates of this folder instead of queries/ (e.g. another checkout's, for before/after)")
    parser.add_argument("--build-only", action="store_true", help="build the store (--store) and stop")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    only = {x.strip() for x in args.only.split(",") if x.strip()} or None
    report = {"rdflib_articles": args.rdflib_articles}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.store) if args.store else Path(scratch) / "store"
        info = folder / "bench-store.json"
        if info.exists():
            report["store"] = json.loads(info.read_text())
        else:
            report["store"] = build_store(folder, args.articles, args.distinct, args.workers, args.cohort,
                                          Path(args.prepared) if args.prepared else None)
            info.write_text(json.dumps(report["store"]))
        print(f"store: { {k: v for k, v in report['store'].items() if k != 'seed_graphs'} }", file=sys.stderr, flush=True)
        if args.build_only:
            return
        report["oxigraph"] = run_all(oxigraph_opener(folder), args.repeat, args.timeout, only, args.limit, args.offset,
                                     args.queries)
        if args.rdflib_articles:
            nquads = Path(scratch) / "rdflib.nq"
            dump_nquads(folder, nquads, args.rdflib_articles, report["store"]["seed_graphs"])
            print(f"rdflib Dataset of {args.rdflib_articles} articles:", file=sys.stderr, flush=True)
            report["rdflib"] = run_all(rdflib_opener(nquads), args.repeat, args.timeout, only, args.limit, args.offset,
                                       args.queries)
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print_table(report)


if __name__ == "__main__":
    main()
