"""Ingest throughput and memory on synthetic article texts (issue 13).

The texts are the bundled corpus and tests/articles with their years shifted, their amounts
scaled and their author names swapped, so every text is a new article (a new content hash)
that the extractor reads like a real one. One run reports:

* articles/s for extraction alone and for the whole ingest (extract, build, validate, store),
  with 1 and 2 workers;
* the cost of each stage (extract, build, validate, store write), profiled on one run;
* peak RSS (resource.getrusage ru_maxrss of this process and of its children), and with
  --rss-at A,B the peak RSS of a whole ingest of A and of B articles, each in a fresh process;
* with --cluster, the whole ingest with `prepare` on a local Dask cluster of 1 and of 2 worker
  processes (kg.cluster; the cluster's start is not counted), and with --remote, the whole
  ingest into an Oxigraph server (the `oxigraph` binary of the test extras) with 1 and 2
  workers, the server's CPU counted apart.

Times are CPU seconds (time.process_time plus the children's CPU from getrusage), because the
machine is shared and wall time measures the neighbours; wall time is printed alongside, and
the 2-worker speed-up is a wall-time figure by nature.

    python bench/ingest_bench.py --articles 200
    python bench/ingest_bench.py --articles 200 --rss-at 1000,10000
    python bench/ingest_bench.py --articles 300 --skip-profile --cluster --remote
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import pipeline  # noqa: E402
from kg.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "corpus", ROOT / "tests" / "articles")
AUTHORS = ("Rina Wulandari", "Budi Santoso", "Dewi Lestari", "Andi Pratama", "Sri Rahayu", "Joko Susilo")
YEAR = re.compile(r"\b(20[012]\d)\b")
AMOUNT = re.compile(r"\b(\d{1,3})([.,]\d+)?(?=\s*(?:persen|triliun|miliar|juta|ribu|ton|%))")
AUTHOR = re.compile(r"^(Author:\s*\*\*)([^*]+)(\*\*)", re.M)


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for source in SOURCES for p in sorted(source.glob("*.txt"))]


def variant(text: str, n: int) -> str:
    """Text `n` made from a seed: years shifted by 0..9 back, amounts changed, the author
    swapped. Deterministic in n, so runs are repeatable."""
    rng = random.Random(n)
    shift = rng.randrange(0, 10)
    text = YEAR.sub(lambda m: str(int(m.group(1)) - shift), text)
    text = AMOUNT.sub(lambda m: f"{max(1, int(m.group(1)) + rng.randrange(1, 9))}{m.group(2) or ''}", text)
    text = AUTHOR.sub(lambda m: f"{m.group(1)}{AUTHORS[n % len(AUTHORS)]}{m.group(3)}", text)
    return text + f"\n\n(Edisi {n}.)\n"    # never the same text twice, even when nothing matched


def write_articles(folder: Path, count: int) -> list[Path]:
    seeds, paths = seed_texts(), []
    for n in range(count):
        path = folder / f"synthetic_{n:06d}.txt"
        path.write_text(variant(seeds[n % len(seeds)], n), encoding="utf-8")
        paths.append(path)
    return paths


def cpu() -> float:
    """CPU seconds of this process and of its finished children."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory (MB) of this process and of its largest finished child."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def extract_quietly(path: Path):
    return pipeline.extract_file(path).article.id


def time_extraction(paths: list[Path], workers: int) -> dict:
    started_cpu, started = cpu(), time.perf_counter()
    if workers == 1:
        for path in paths:
            extract_quietly(path)
    else:
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(extract_quietly, paths, chunksize=16))
    return measured(len(paths), started_cpu, started)


def time_ingest(paths: list[Path], workers: int, settings: Settings) -> dict:
    import kg
    with tempfile.TemporaryDirectory() as folder:
        graph = kg.open(Path(folder) / "store", settings=settings)
        started_cpu, started = cpu(), time.perf_counter()
        outcomes = graph.ingest(paths, workers=workers)
        result = measured(len(paths), started_cpu, started)
        graph.store.close()
    result["statuses"] = dict(Counter(o.status for o in outcomes))
    return result


def measured(count: int, started_cpu: float, started: float) -> dict:
    used, wall = cpu() - started_cpu, time.perf_counter() - started
    return {"articles": count, "cpu_s": round(used, 2), "wall_s": round(wall, 2),
            "articles_per_cpu_s": round(count / used, 1) if used else None,
            "articles_per_wall_s": round(count / wall, 1) if wall else None}


def descendants_cpu() -> float:
    """CPU seconds of the live processes below this one (a Dask cluster's workers, a server)."""
    import psutil
    total = 0.0
    for child in psutil.Process().children(recursive=True):
        try:
            times = child.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


def time_cluster_ingest(paths: list[Path], workers: int, settings: Settings) -> dict:
    """The whole ingest with `prepare` on a local Dask cluster of `workers` processes."""
    import distributed
    import kg
    from kg.cluster import start_local
    cluster = start_local(distributed, workers)
    try:
        with tempfile.TemporaryDirectory() as folder:
            graph = kg.open(Path(folder) / "store", settings=settings)
            workers_before, started_cpu, started = descendants_cpu(), cpu(), time.perf_counter()
            outcomes = graph.ingest(paths, cluster=cluster.scheduler_address)
            result = measured(len(paths), started_cpu - (descendants_cpu() - workers_before), started)
            graph.store.close()
    finally:
        cluster.close()
    result["statuses"] = dict(Counter(o.status for o in outcomes))
    return result


def time_remote_ingest(paths: list[Path], workers: int, settings: Settings) -> dict:
    """The whole ingest into an Oxigraph server started for it; the server's CPU apart."""
    import kg
    import psutil
    sys.path.insert(0, str(ROOT / "tests"))
    from oxigraph_server import OxigraphServer
    with tempfile.TemporaryDirectory() as folder:
        server = OxigraphServer(Path(folder) / "server").start()
        try:
            graph = kg.open(server.url, settings=settings)
            process = psutil.Process(server.process.pid)
            server_before = sum(process.cpu_times()[:2])
            started_cpu, started = cpu(), time.perf_counter()
            outcomes = graph.ingest(paths, workers=workers)
            result = measured(len(paths), started_cpu, started)
            result["server_cpu_s"] = round(sum(process.cpu_times()[:2]) - server_before, 2)
            graph.store.close()
        finally:
            server.stop()
    result["statuses"] = dict(Counter(o.status for o in outcomes))
    return result


def stage_profile(paths: list[Path], settings: Settings, on_disk: bool = False) -> dict:
    """CPU milliseconds per article of each stage of the ingest path, on one run, into an
    in-memory store or (`on_disk`) into a store in a folder, as `kg ingest` and the whole
    ingest below write: its transactional writes cost about three times the in-memory ones,
    which the in-memory profile does not show."""
    from kg.store.oxigraph import OxigraphStore
    profile = pipeline.StageProfile()
    in_process = dataclasses.replace(settings, article_time_budget=None)   # extraction's CPU is ours to count
    with tempfile.TemporaryDirectory() as folder:
        store = OxigraphStore(Path(folder) / "store" if on_disk else None)
        pipeline.ingest(store, paths, settings=in_process, profile=profile)
        store.close()
    return profile.per_article_ms(len(paths))


def rss_of_ingest(count: int) -> dict:
    """Peak RSS of a whole ingest of `count` articles, in a fresh process."""
    out = subprocess.run([sys.executable, __file__, "--rss-child", str(count)], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def rss_child(count: int) -> None:
    import kg
    with tempfile.TemporaryDirectory() as folder:
        paths = write_articles(Path(folder), count)
        before = peak_rss_mb()[0]
        graph = kg.open(Path(folder) / "store")
        stored = sum(o.status == "added" for o in graph.ingest_stream(paths))   # counted as they come, as the CLI does
        graph.store.close()
        print(json.dumps({"articles": count, "stored": stored,
                          "rss_before_mb": round(before, 1), "peak_rss_mb": round(peak_rss_mb()[0], 1)}))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rss-at", default="", help="two counts, e.g. 200,2000: peak RSS of each ingest")
    parser.add_argument("--rss-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--skip-profile", action="store_true")
    parser.add_argument("--cluster", action="store_true", help="also time ingest on a local Dask cluster of 1 and 2 workers")
    parser.add_argument("--remote", action="store_true", help="also time ingest into an Oxigraph server, 1 and 2 workers")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.rss_child:
        return rss_child(args.rss_child)
    settings = Settings()
    report = {}
    with tempfile.TemporaryDirectory() as folder:
        paths = write_articles(Path(folder), args.articles)
        if not args.skip_profile:
            report["stages_ms_per_article"] = stage_profile(paths, settings)
            report["stages_on_disk_ms_per_article"] = stage_profile(paths, settings, on_disk=True)
        for workers in (1, 2):
            report[f"extract_{workers}w"] = time_extraction(paths, workers)
            report[f"ingest_{workers}w"] = time_ingest(paths, workers, settings)
        for workers in (1, 2):
            if args.cluster:
                report[f"cluster_{workers}w"] = time_cluster_ingest(paths, workers, settings)
            if args.remote:
                report[f"remote_{workers}w"] = time_remote_ingest(paths, workers, settings)
    report["ingest_over_extract"] = ingest_over_extract(report)
    report["peak_rss_mb_self_children"] = [round(x, 1) for x in peak_rss_mb()]
    if args.rss_at:
        report["rss_at"] = [rss_of_ingest(int(n)) for n in args.rss_at.split(",")]
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print_report(report)


def ingest_over_extract(report: dict) -> dict:
    """How many times the whole ingest costs extraction alone, with the same number of
    workers (issue 13's goal: at most 1.5), in CPU and in wall time."""
    ratios = {}
    for workers in (1, 2):
        ingest, extract = report.get(f"ingest_{workers}w"), report.get(f"extract_{workers}w")
        if ingest and extract and extract["cpu_s"] and extract["wall_s"]:
            ratios[f"{workers}w"] = {"cpu": round(ingest["cpu_s"] / extract["cpu_s"], 2),
                                     "wall": round(ingest["wall_s"] / extract["wall_s"], 2)}
    return ratios


def print_report(report: dict) -> None:
    print("CPU times (this process + children); wall alongside. Machine shared: trust CPU.")
    if "stages_ms_per_article" in report:
        on_disk = report.get("stages_on_disk_ms_per_article", {})
        print(f"\n{'stage':<14}{'CPU ms/article':>16}{'on disk':>10}")
        for stage, ms in report["stages_ms_per_article"].items():
            print(f"{stage:<14}{ms:>16.1f}{on_disk.get(stage, float('nan')):>10.1f}")
        print(f"{'total':<14}{sum(report['stages_ms_per_article'].values()):>16.1f}{sum(on_disk.values()):>10.1f}")
    print(f"\n{'run':<14}{'articles':>9}{'CPU s':>9}{'wall s':>9}{'art/CPU s':>11}{'art/wall s':>11}")
    for key in ("extract_1w", "extract_2w", "ingest_1w", "ingest_2w", "cluster_1w", "cluster_2w",
                "remote_1w", "remote_2w"):
        if key not in report:
            continue
        r = report[key]
        server = f"  server CPU {r['server_cpu_s']} s" if "server_cpu_s" in r else ""
        print(f"{key:<14}{r['articles']:>9}{r['cpu_s']:>9}{r['wall_s']:>9}{r['articles_per_cpu_s']:>11}"
              f"{r['articles_per_wall_s']:>11}  {r.get('statuses', '')}{server}")
    for workers, ratio in report.get("ingest_over_extract", {}).items():
        print(f"whole ingest / extraction alone, {workers}: {ratio['cpu']}x CPU, {ratio['wall']}x wall")
    self_mb, child_mb = report["peak_rss_mb_self_children"]
    print(f"\npeak RSS: this process {self_mb:.0f} MB, largest child {child_mb:.0f} MB")
    for r in report.get("rss_at", []):
        print(f"peak RSS of an ingest of {r['articles']} articles: {r['peak_rss_mb']} MB "
              f"({r['stored']} stored; {r['rss_before_mb']} MB before)")


if __name__ == "__main__":
    main()
