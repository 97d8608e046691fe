"""Extraction time against text size: is it linear? (issue 12)

    python bench/extract_size_bench.py [--sizes 10000,100000,1000000] [--profile]

Builds one text per size by concatenating the prose of the bundled articles (corpus/*.txt and
tests/articles/*.txt: the paragraphs the reader keeps, without titles and footers, which
would end the article for the reader), each copy varied (numbers shifted by the copy's index,
paragraphs rotated, a reference word of its own at each sentence end) so that the reader's
repeated-sentence rule does not blank the copies, and extracts each
(read + extract, in this process, the lexicon built once beforehand). Prints the CPU seconds
per size and the slope of log(time) against log(size) between consecutive sizes: 1.0 is
linear, 2.0 quadratic. The goal: the largest size within 10x the time of the one ten times
smaller. With --profile, the largest size is run under cProfile and the top functions by
cumulative time are printed (the way to find a super-linear path).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import math
import pstats
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def articles() -> list[str]:
    """The prose of each bundled article: the paragraphs of its body as the reader keeps them."""
    from kg.extract.read import parse_article
    paths = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "articles").glob("*.txt"))
    prose = []
    for path in paths:
        body = parse_article(path.read_text(encoding="utf-8").removeprefix("\ufeff")).body
        prose.append("\n\n".join(p.strip() for p in re.split(r"\n\s*\n", body) if len(p.strip()) > 40))
    return prose


def reference(copy: int) -> str:
    """A word of the copy's own (letters only, so it reads as no number)."""
    word = ""
    while True:
        copy, letter = divmod(copy, 26)
        word += "abcdefghijklmnopqrstuvwxyz"[letter]
        if not copy:
            return word


def varied(text: str, copy: int) -> str:
    """A copy of an article that is not the same text: digits shifted, paragraphs rotated,
    each sentence ending with a reference word of the copy's own."""
    shifted = re.sub(r"\d", lambda m: str((int(m.group()) + copy) % 10), text) if copy else text
    shifted = re.sub(r"\.(?=\s|$)", f" (ref {reference(copy)}).", shifted) if copy else shifted
    paragraphs = shifted.split("\n\n")
    turn = copy % len(paragraphs)
    return "\n\n".join(paragraphs[turn:] + paragraphs[:turn])


def text_of_size(size: int, sources: list[str]) -> str:
    """At least `size` characters of varied articles, cut at a paragraph boundary."""
    parts, length, copy = [], 0, 0
    while length < size:
        part = varied(sources[copy % len(sources)], copy // len(sources))
        parts.append(part)
        length += len(part) + 2
        copy += 1
    return "\n\n".join(parts)[:size].rsplit("\n\n", 1)[0] + "\n"


def cpu_seconds(path: Path) -> tuple[float, int]:
    from kg.pipeline import extract_file
    started = time.process_time()
    facts = extract_file(path)
    return time.process_time() - started, len(facts.figures) + len(facts.quotes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--profile", action="store_true", help="profile the largest size")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    from kg.extract.lexicon import Lexicon
    from kg.settings import Settings
    Lexicon.for_settings(Settings())      # built once, as in a real ingest
    sources = articles()
    folder = Path(tempfile.mkdtemp(prefix="kg-size-bench-"))
    times = []
    for size in sizes:
        path = folder / f"text-{size}.txt"
        path.write_text(text_of_size(size, sources), encoding="utf-8")
        seconds, facts = cpu_seconds(path)
        times.append(seconds)
        print(f"{path.stat().st_size:>10,} bytes  {seconds:8.2f} s CPU  {facts:6} facts", flush=True)
    for (small, t_small), (large, t_large) in zip(zip(sizes, times), zip(sizes[1:], times[1:])):
        slope = math.log(t_large / t_small) / math.log(large / small)
        print(f"{small:,} -> {large:,}: time x{t_large / t_small:.1f} for size x{large / small:.0f} "
              f"(slope {slope:.2f}; 1.00 is linear)")
    if len(sizes) > 1:
        ratio, growth = times[-1] / times[-2], sizes[-1] / sizes[-2]
        print(f"goal (time within about the size ratio, x{growth:.0f}): {'met' if ratio <= growth * 1.2 else 'MISSED'}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(cpu_seconds, folder / f"text-{sizes[-1]}.txt")
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        print(out.getvalue())


if __name__ == "__main__":
    main()
