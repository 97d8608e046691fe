"""`kg ingest --workers N` makes, in the parent and before the pool forks, what every worker
would otherwise make for itself on its first articles (the lexicon's compiled patterns,
dateparser's languages, the SHACL checker): the workers inherit it (decision 0031)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import kg.pipeline as pipeline
from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent

WARM_THEN_FORK = """
import json, multiprocessing, sys
from kg import pipeline
from kg.extract.lexicon import Lexicon
from kg.settings import Settings
from kg.validate.checker import checker
settings = Settings()
pipeline.warm_for_fork(settings)
lexicon = Lexicon.for_settings(settings)
warm = {"compiled": len(lexicon._compiled), "checker": checker.cache_info().currsize,
        "dateparser": "dateparser" in sys.modules}


def child(conn):
    before = len(lexicon._compiled)
    pipeline.prepare_batch([str(p) for p in pipeline.corpus_paths()], settings,
                           lambda path: pipeline.extract_file(path, settings))
    conn.send({"compiled_in_child": len(lexicon._compiled) - before,
               "checker_hits": checker.cache_info().hits > 0})

parent_end, child_end = multiprocessing.get_context("fork").Pipe()
process = multiprocessing.get_context("fork").Process(target=child, args=(child_end,))
process.start()
warm.update(parent_end.recv())
process.join()
print(json.dumps(warm))
"""


def test_a_forked_worker_inherits_the_warmed_lexicon_checker_and_dateparser():
    out = subprocess.run([sys.executable, "-c", WARM_THEN_FORK], cwd=ROOT, capture_output=True, text=True,
                         check=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    warm = json.loads(out.stdout.strip().splitlines()[-1])
    assert warm["compiled"] >= 40           # the extractor modules' patterns, compiled in the parent
    assert warm["checker"] == 1 and warm["dateparser"]
    assert warm["compiled_in_child"] == 0   # the child compiles nothing for the same articles
    assert warm["checker_hits"]


def test_warming_never_stops_an_ingest(monkeypatch, tmp_path):
    def unreadable(*args, **kwargs):
        raise OSError("the sample cannot be read")
    monkeypatch.setattr(pipeline, "_warmed", set())
    monkeypatch.setattr(pipeline, "prepare_batch", unreadable)
    assert pipeline.warm_for_fork(Settings()) is None      # a failed warm-up is only skipped


def test_only_a_forking_pool_is_warmed(monkeypatch, tmp_path):
    warmed = []
    monkeypatch.setattr(pipeline, "warm_for_fork", lambda settings: warmed.append(settings))
    article = tmp_path / "a.txt"
    article.write_text("Judul\n\nEkspor kopi naik.\n", encoding="utf-8")
    list(pipeline.prepared_batches([article], Settings(), workers=1))
    assert warmed == []
    list(pipeline.prepared_batches([article], Settings(), workers=2))
    assert len(warmed) == 1


def test_warming_is_done_once_per_process_and_lexicon(monkeypatch):
    prepared = []
    monkeypatch.setattr(pipeline, "_warmed", set())
    monkeypatch.setattr(pipeline, "prepare_batch", lambda paths, *args, **kwargs: prepared.append(paths) or [])
    pipeline.warm_for_fork(Settings())
    pipeline.warm_for_fork(Settings())
    assert len(prepared) == 1
