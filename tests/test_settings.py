"""One Settings object carries what environment variables used to carry deep in the library."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rdflib import Dataset

import kg
from kg.cli.main import cli
from kg.settings import DEFAULT_BASE, DEFAULT_LICENCE, Settings

from conftest import CORPUS


def test_from_env_reads_each_variable_and_options_override_it(tmp_path):
    env = {"KG_BASE": "http://example.org/a", "KG_STORE": str(tmp_path), "KG_LICENSE": "http://lic/",
           "SOURCE_DATE_EPOCH": "0", "KG_LEXICON_DIR": f"{tmp_path}/x:{tmp_path}/y", "KG_QUERY_TIMEOUT": "2.5"}
    settings = Settings.from_env(env, base="http://example.org/b/")
    assert settings.base == "http://example.org/b/"
    assert settings.store == str(tmp_path)
    assert settings.licence == "http://lic/"
    assert settings.build_date == dt.date(1970, 1, 1)
    assert settings.lexicon_dirs == (Path(f"{tmp_path}/x"), Path(f"{tmp_path}/y"))
    assert settings.query_timeout == 2.5


def test_defaults_without_environment():
    settings = Settings.from_env({})
    assert settings.base == DEFAULT_BASE and settings.store == "kg-data" and settings.licence == DEFAULT_LICENCE


def test_a_licence_or_download_location_that_is_not_an_iri_is_one_clear_error():
    from kg.errors import KGError
    for var in ("KG_LICENSE", "KG_DOWNLOAD_URL", "KG_SPARQL_ENDPOINT"):
        with pytest.raises(KGError, match=f"{var} must be an http"):
            Settings.from_env({var: "CC BY 4.0"})


def test_the_ingest_writers_counts_come_from_settings_and_the_environment():
    """Batch size, batches per write, flush and reopen intervals (kg.pipeline.ingest_stream) are
    settings with the old defaults, set by KG_INGEST_BATCH, KG_WRITE_BATCHES, KG_FLUSH_EVERY,
    KG_REOPEN_EVERY; anything but a whole number >= 1 is one clear error."""
    from kg.errors import KGError
    defaults = Settings.from_env({})
    assert (defaults.ingest_batch, defaults.write_batches, defaults.flush_every, defaults.reopen_every) == \
        (32, 4, 128, 1024)
    env = Settings.from_env({"KG_INGEST_BATCH": "3", "KG_WRITE_BATCHES": "2", "KG_FLUSH_EVERY": "5",
                             "KG_REOPEN_EVERY": " 7 "})
    assert (env.ingest_batch, env.write_batches, env.flush_every, env.reopen_every) == (3, 2, 5, 7)
    for var in ("KG_INGEST_BATCH", "KG_WRITE_BATCHES", "KG_FLUSH_EVERY", "KG_REOPEN_EVERY"):
        for bad in ("0", "-1", "2.5", "lots", "1e3"):
            with pytest.raises(KGError, match=f"{var} must be a whole number"):
                Settings.from_env({var: bad})
    with pytest.raises(KGError, match="ingest_batch must be a whole number"):
        Settings(ingest_batch=0)


def test_a_small_ingest_batch_from_the_environment_is_honoured(runner, tmp_path, monkeypatch):
    """`kg ingest` under KG_INGEST_BATCH=2 prepares and writes batches of two articles."""
    from kg import pipeline
    sizes = []
    real = pipeline.prepare_batch
    monkeypatch.setattr(pipeline, "prepare_batch",
                        lambda paths, *a, **k: (sizes.append(len(paths)), real(paths, *a, **k))[1])
    articles = [str(p) for p in sorted(CORPUS.glob("*.txt"))]
    result = runner.invoke(cli, ["--store", str(tmp_path / "s"), "ingest", *articles],
                           env={"KG_INGEST_BATCH": "2", "KG_ARTICLE_TIME_BUDGET": "0"})
    assert result.exit_code == 0, result.output
    assert sizes == [2] * (len(articles) // 2) + ([len(articles) % 2] if len(articles) % 2 else [])


def test_a_base_without_a_trailing_slash_gets_one():
    assert Settings(base="http://example.org/kg").base == "http://example.org/kg/"


def test_two_bases_in_one_process_do_not_interfere(tmp_path):
    article = sorted(CORPUS.glob("*.txt"))[0]
    one = kg.open(tmp_path / "one", settings=Settings(base="http://one.example/"))
    two = kg.open(tmp_path / "two", settings=Settings(base="http://two.example/"))
    one.ingest([article])
    two.ingest([article])
    for store, base, other in ((one, "http://one.example/", "two"), (two, "http://two.example/", "one")):
        graphs = store.store.article_graphs()
        assert graphs and all(g.startswith(base) for g in graphs)
        assert f"http://{other}.example/" not in store.export("nquads").decode("utf-8")


def test_base_option_names_every_minted_iri(runner, tmp_path):
    store = tmp_path / "store"
    article = str(sorted(CORPUS.glob("*.txt"))[0])
    result = runner.invoke(cli, ["--store", str(store), "--base", "http://example.org/kg/", "ingest", article])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--store", str(store), "--base", "http://example.org/kg/", "export", "--format", "trig"])
    data = Dataset().parse(data=result.stdout, format="trig")
    minted = {str(t) for quad in data.quads() for t in quad if str(t).startswith(("http://example.org/", DEFAULT_BASE))}
    assert minted and all(not t.startswith(DEFAULT_BASE) or "/ontology" in t or "/shapes" in t for t in minted)
    assert any(t.startswith("http://example.org/kg/article/") for t in minted)


def test_the_library_never_reads_or_writes_the_environment():
    """Only the shells (kg/cli, kg/web) and kg/settings.py may touch os.environ."""
    root = Path(kg.__file__).resolve().parent
    offenders = []
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(("cli/", "web/")) or rel == "settings.py":
            continue
        text = path.read_text(encoding="utf-8")
        if "os.environ" in text or "getenv(" in text or "putenv(" in text:
            offenders.append(rel)
    assert offenders == []
