"""Ingest on a Dask cluster (issue 13, part 6): `kg ingest --cluster ADDRESS` prepares the
batches on a local cluster of two worker processes and this process writes them; the store's
N-Quads export is byte for byte the one-worker ingest's, into an embedded store and into an
Oxigraph server. A scheduler that does not answer, and workers that could not keep the
extraction's time budget, are one line each."""
from __future__ import annotations

import logging

import dask
import pytest
from distributed import Client, LocalCluster, get_task_stream

import kg
import kg.cluster
import kg.pipeline as pipeline
from kg.cli.main import cli
from kg.cluster import ClusterError, dask_pool
from kg.settings import Settings
from conftest import CORPUS, TEST_ARTICLES
from oxigraph_server import OxigraphServer, free_port

ARTICLES = sorted(CORPUS.glob("*.txt")) + sorted(TEST_ARTICLES.glob("*.txt"))[:19]
SMALL_BATCH = 6     # several batches for two workers to share


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, one thread each, allowed to start the time-budget process."""
    with dask.config.set({"distributed.worker.daemon": False}):
        running = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)
    yield running
    running.close()


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory):
    """The reference: the same files ingested by one process."""
    graph = kg.open(tmp_path_factory.mktemp("one") / "store")
    outcomes = graph.ingest(ARTICLES)
    assert {o.status for o in outcomes} <= {"added"}
    yield [(o.source, o.status) for o in outcomes], graph.store.dump("nquads")
    graph.store.close()


@pytest.mark.slow
def test_cluster_ingest_stores_the_bytes_of_one_worker(cluster, one_worker, tmp_path, runner, monkeypatch):
    monkeypatch.setenv("KG_INGEST_BATCH", str(SMALL_BATCH))
    store = tmp_path / "store"
    with Client(cluster.scheduler_address) as client, get_task_stream(client) as tasks:
        result = runner.invoke(cli, ["--quiet", "--store", str(store), "ingest", "--cluster",
                                     cluster.scheduler_address, *map(str, ARTICLES)])
    assert result.exit_code == 0, result.output
    ran_on = {task["worker"] for task in tasks.data if task["key"].startswith("prepare_in_worker")}
    assert len(ran_on) == 2, f"both workers should have prepared batches, not only {ran_on}"
    assert f"added\t{len(ARTICLES)}" in result.output
    assert kg.open(store, read_only=True).store.dump("nquads") == one_worker[1]


@pytest.mark.slow
def test_cluster_ingest_into_a_sparql_server(cluster, one_worker, tmp_path, monkeypatch):
    """The same path with the store on an Oxigraph server: the writer is this process."""
    server = OxigraphServer(tmp_path / "server").start()
    try:
        graph = kg.open(server.url, settings=Settings(ingest_batch=SMALL_BATCH))
        outcomes = graph.ingest(ARTICLES, cluster=cluster.scheduler_address)
        assert [(o.source, o.status) for o in outcomes] == one_worker[0]
        assert graph.store.dump("nquads") == one_worker[1]
    finally:
        server.stop()


def test_a_scheduler_that_does_not_answer_is_one_line(monkeypatch, tmp_path, runner):
    monkeypatch.setattr(kg.cluster, "CONNECT_TIMEOUT", "1s")
    address = f"tcp://127.0.0.1:{free_port()}"
    result = runner.invoke(cli, ["--store", str(tmp_path / "s"), "ingest", "--cluster", address, str(ARTICLES[0])])
    assert result.exit_code == 1
    assert result.output.startswith(f"error: cannot reach the Dask scheduler at {address}")
    assert result.output.strip().count("\n") == 0


@pytest.mark.slow
def test_daemonic_workers_are_refused_before_any_work_unless_there_is_no_budget():
    """Dask's default workers may not have children, so they cannot kill a runaway extraction."""
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as daemonic:
        with pytest.raises(ClusterError) as caught:
            with dask_pool(daemonic.scheduler_address, settings=Settings()):
                pass
        assert "DASK_DISTRIBUTED__WORKER__DAEMON=False" in str(caught.value) and "\n" not in str(caught.value)
        unbudgeted = Settings(article_time_budget=0)
        with dask_pool(daemonic.scheduler_address, settings=unbudgeted) as pool:
            outcomes = pool.submit(pipeline.prepare_in_worker, [str(ARTICLES[0])], unbudgeted).result()
        assert [o.status for o in outcomes] == ["valid"] and outcomes[0].nquads
