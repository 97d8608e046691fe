"""The shell side of `kg docs --pictures`: builds the KGs the pictures are drawn from (the
bundled corpus, and a synthetic KG made by bench/synthetic.py of the checkout) in a
temporary folder and hands them to kg.outputs.pictures, which only draws."""
from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from kg.errors import KGError

SYNTHETIC_ARTICLES = 300


def synthetic_module():
    """bench/synthetic.py of the source checkout (the pictures are made in a checkout)."""
    path = Path(__file__).resolve().parents[2] / "bench" / "synthetic.py"
    if not path.is_file():
        raise KGError(f"kg docs --pictures needs the source checkout's {path.relative_to(path.parents[1])}")
    spec = importlib.util.spec_from_file_location("kg_bench_synthetic", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_pictures(folder: Path, settings, synthetic: int = SYNTHETIC_ARTICLES) -> list[Path]:
    """Draw docs/charts/*.png from a fresh build of the corpus and a synthetic KG of
    `synthetic` articles (none when 0)."""
    from kg import api
    from kg.outputs.pictures import write_pictures
    with tempfile.TemporaryDirectory(prefix="kg-pictures-") as scratch:
        corpus = api.open(Path(scratch) / "corpus", settings=settings)
        corpus.build()
        big = None
        if synthetic:
            synthetic_module().load_store(Path(scratch) / "synthetic", synthetic).flush()
            big = api.open(Path(scratch) / "synthetic", read_only=True, settings=settings)
        return write_pictures(folder, corpus, big)
