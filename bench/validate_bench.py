"""Validation cost per article, against an empty store and against a store of many synthetic
articles: it must not grow with the store.

Validation looks only at the article's own graph and the descriptions of the entities it
mentions (kg.pipeline.prepare -> kg.validate.shacl.validate_graph), never at the store. This bench
shows it: for each test article it times

* validate: `validate_graph(article.union())`, CPU time of the calling thread, best of
  --repeat runs;
* ingest: the whole `pipeline.ingest` of the article (extract, build, validate, store), wall
  time, once per article, into the empty store and into the big one.

    python bench/validate_bench.py                 # 10,000 synthetic articles
    python bench/validate_bench.py --articles 2000 --json
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import load_store  # noqa: E402
from kg import pipeline
from kg.build.graph import build_graph  # noqa: E402
from kg.validate.shacl import validate_graph  # noqa: E402
from kg.store.oxigraph import open_store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "articles"


def validation_ms(paths: list[Path], repeat: int) -> list[float]:
    """CPU milliseconds of this thread to validate each article's graph (best of `repeat`);
    thread time, because the store's background compaction runs on other threads of the process."""
    times = []
    for path in paths:
        graph = build_graph(pipeline.extract_file(path)).union()
        best = float("inf")
        for _ in range(repeat):
            started = time.thread_time()
            validate_graph(graph)
            best = min(best, time.thread_time() - started)
        times.append(best * 1000)
    return times


def ingest_ms(store, paths: list[Path]) -> list[float]:
    """Wall milliseconds to ingest each article (all of them new to the store)."""
    times = []
    for path in paths:
        started = time.perf_counter()
        outcome = pipeline.ingest(store, [path])[0]
        times.append((time.perf_counter() - started) * 1000)
        if outcome.status != "added":
            raise SystemExit(f"{path}: {outcome.status} {outcome.message}")
    return times


def measure(store, paths: list[Path], repeat: int) -> dict:
    validate = validation_ms(paths, repeat)
    ingest = ingest_ms(store, paths)
    return {"articles_in_store": len(store.article_graphs()) - len(paths), "triples_in_store": store.triple_count(),
            "validate_ms_median": round(statistics.median(validate), 1), "validate_ms_mean": round(statistics.mean(validate), 1),
            "validate_ms_max": round(max(validate), 1), "ingest_ms_median": round(statistics.median(ingest), 1),
            "ingest_ms_mean": round(statistics.mean(ingest), 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="synthetic articles in the big store")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    paths = pipeline.article_paths([ARTICLES])
    with tempfile.TemporaryDirectory() as tmp:
        empty = measure(open_store(Path(tmp) / "empty"), paths, args.repeat)
        started = time.perf_counter()
        big_store = load_store(Path(tmp) / "big", args.articles)
        big_store.ox.optimize()   # compact now, so background compaction does not skew the timings
        load_s = time.perf_counter() - started
        big = measure(big_store, paths, args.repeat)
    result = {"measured_articles": len(paths), "empty_store": empty, "big_store": big, "big_store_load_s": round(load_s, 1)}
    print(json.dumps(result, indent=2) if args.json else render(result))
    return 0


def render(result: dict) -> str:
    rows = [("", "empty store", f"{result['big_store']['articles_in_store']:,} articles")]
    for key in ("triples_in_store", "validate_ms_median", "validate_ms_mean", "validate_ms_max",
                "ingest_ms_median", "ingest_ms_mean"):
        rows.append((key, str(result["empty_store"][key]), str(result["big_store"][key])))
    width = max(len(r[0]) for r in rows)
    lines = [f"{a:<{width}}  {b:>12}  {c:>16}" for a, b, c in rows]
    return "\n".join(lines + [f"({result['measured_articles']} test articles; big store loaded in {result['big_store_load_s']} s)"])


if __name__ == "__main__":
    sys.exit(main())
