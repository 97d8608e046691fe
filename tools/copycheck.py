"""Page text copied into the project: added lines that share a run of words with a real page.

    python tools/copycheck.py BASE [HEAD]      (N=5 in the environment for a stricter pass)

The team's rule: real news pages are third-party text, kept outside the repository; code, data,
tests and comments hold invented sentences. A test sentence made by changing a name in a page's
sentence still shares its wording and numbers, and a review by eye misses it; this lists every
line `git diff BASE HEAD` adds (outside tests/real and docs) that shares N words (default 6) with
a page text under ../real_pages (or $KG_REAL_PAGES). Official body names are long and will match:
read the list, it is not a test.
"""
import collections
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(os.environ.get("KG_REAL_PAGES") or ROOT.parent / "real_pages")


def words(text: str) -> list[str]:
    """Lower-case words and numbers (a number keeps its separators: '2.602.492' is one word)."""
    return re.findall(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", text.lower())


def shingles_of_pages(n: int) -> dict[str, set[str]]:
    index = collections.defaultdict(set)
    for page in PAGES.glob("*/*.txt"):
        w = words(page.read_text(encoding="utf-8", errors="replace"))
        for i in range(len(w) - n + 1):
            index[" ".join(w[i:i + n])].add(str(page.relative_to(PAGES)))
    return index


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    base, head = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "HEAD")
    n = int(os.environ.get("N", 6))
    if not PAGES.is_dir():
        print(f"error: no page texts at {PAGES} (see tests/real/README.md)", file=sys.stderr)
        return 2
    diff = subprocess.run(["git", "-C", str(ROOT), "diff", "-U0", base, head, "--", ".", ":!tests/real", ":!docs"],
                          capture_output=True, text=True, check=True).stdout
    index, path, hits = shingles_of_pages(n), None, 0
    for line in diff.splitlines():
        if line.startswith("+++ "):
            path = line[6:]
        elif line.startswith("+"):
            w = words(line[1:])
            pages = set().union(*(index.get(" ".join(w[i:i + n]), set()) for i in range(len(w) - n + 1)))
            if pages:
                hits += 1
                print(f"{path}: {line[1:].strip()[:140]}\n    shares {n} words with {sorted(pages)[:3]}")
    print(f"{hits} added lines share {n}+ words with a page text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
