"""Requests per second and p50/p99 latency of one query template over HTTP (`kg serve`), with
N concurrent clients (default 8), on the bundled corpus or on a synthetic store.

The server runs as its own process (`kg serve --no-snapshot --port 0`), as it would in use, so
the clients' threads do not share its interpreter; each client keeps one HTTP connection open
and sends its requests one after another.

    python bench/http_bench.py                                  # bundled corpus, who-said
    python bench/http_bench.py --synthetic 10000                # 10,000 synthetic articles (built in ~5 min)
    python bench/synthetic.py 10000 --store /tmp/kg-10k && python bench/http_bench.py --store /tmp/kg-10k
    python bench/http_bench.py --store kg-data --template figures -p year=2023 --requests 800
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.query.templates import get_template  # noqa: E402


def build_corpus_store(folder: Path) -> Path:
    import kg
    store = kg.open(folder)
    store.build()
    store.store.flush()
    return folder


def build_synthetic_store(folder: Path, count: int) -> Path:
    from bench.synthetic import load_store
    store = load_store(folder, count)
    store.flush()
    return folder


def start_server(store: Path, timeout: float, max_results: int) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store), "serve", "--port", "0",
                                "--no-snapshot", "--refresh", "0", "--timeout", str(timeout),
                                "--max-results", str(max_results)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        found = re.search(r"open (http://[\d.]+:\d+/)", line)
        if found:
            threading.Thread(target=process.stdout.read, daemon=True).start()  # keep the pipe drained
            return process, found.group(1)
        if process.poll() is not None:
            break
    process.kill()
    raise SystemExit("kg serve did not start")


def client(url: str, params: dict, count: int, latencies: list, errors: list) -> None:
    with httpx.Client(timeout=120) as session:
        for _ in range(count):
            started = time.perf_counter()
            answer = session.get(url, params=params, headers={"Accept": "application/sparql-results+json"})
            latencies.append(time.perf_counter() - started)
            if answer.status_code != 200:
                errors.append(answer.status_code)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def run(url: str, template: str, params: dict, clients: int, requests: int) -> dict:
    endpoint = f"{url}api/{template}"
    warm = httpx.get(endpoint, params=params, timeout=120)
    if warm.status_code != 200:
        raise SystemExit(f"the template fails: {warm.status_code} {warm.text.strip()}")
    rows = len(warm.json()["results"]["bindings"])
    latencies: list[float] = []
    errors: list[int] = []
    per_client = max(1, requests // clients)
    threads = [threading.Thread(target=client, args=(endpoint, params, per_client, latencies, errors))
               for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {"template": template, "params": params, "rows": rows, "clients": clients,
            "requests": len(latencies), "errors": len(errors), "seconds": round(elapsed, 2),
            "requests_per_second": round(len(latencies) / elapsed, 1),
            "p50_ms": round(statistics.median(latencies) * 1000, 1),
            "p99_ms": round(percentile(latencies, 0.99) * 1000, 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="an existing store folder (default: build the bundled corpus)")
    parser.add_argument("--synthetic", type=int, help="build a store of this many synthetic articles")
    parser.add_argument("--template", default="who-said")
    parser.add_argument("-p", "--param", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400, help="in all, shared by the clients")
    parser.add_argument("--timeout", type=float, default=60.0, help="the server's query time limit")
    parser.add_argument("--max-results", type=int, default=1_000_000, help="the server's result limit")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    params = dict(item.split("=", 1) for item in args.param) or {
        p.name: str(p.example) for p in get_template(args.template).params if p.required}
    with tempfile.TemporaryDirectory(prefix="kg-http-bench-") as folder:
        started = time.perf_counter()
        if args.store:
            store, label = Path(args.store), args.store
        elif args.synthetic:
            store, label = build_synthetic_store(Path(folder) / "store", args.synthetic), f"{args.synthetic} synthetic articles"
        else:
            store, label = build_corpus_store(Path(folder) / "store"), "bundled corpus"
        print(f"store ready: {label} ({time.perf_counter() - started:.1f} s)", file=sys.stderr)
        process, url = start_server(store, args.timeout, args.max_results)
        try:
            result = {"store": label, **run(url, args.template, params, args.clients, args.requests)}
        finally:
            process.terminate()
            process.wait(20)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"{result['store']}: {result['template']} {result['params']} ({result['rows']} rows), "
              f"{result['clients']} clients, {result['requests']} requests, {result['errors']} errors: "
              f"{result['requests_per_second']} req/s, p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
