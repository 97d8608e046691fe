"""Extraction speed: articles per second on one core (read + extract, no store).

    python bench/extract_bench.py [--rounds 20]

Runs the bundled corpus and the test articles repeatedly in one process (the lexicon and
the compiled patterns are built once, as in a real multi-file ingest) and prints the rate.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    from kg.pipeline import extract_file
    paths = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "articles").glob("*.txt"))
    for path in paths:  # warm-up: lexicon and patterns are built once per process
        extract_file(path)
    started = time.perf_counter()
    facts = 0
    for _ in range(args.rounds):
        for path in paths:
            facts += len(extract_file(path).figures)
    elapsed = time.perf_counter() - started
    count = args.rounds * len(paths)
    print(f"{count} articles in {elapsed:.2f} s: {count / elapsed:.1f} articles/s on one core "
          f"({facts / args.rounds:.0f} figures per pass)")


if __name__ == "__main__":
    main()
