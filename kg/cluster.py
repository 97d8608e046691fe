"""Ingest on a Dask distributed cluster (issue 13, part 6; why Dask: docs/decisions/0005).

The pure step, `pipeline.prepare_in_worker` (read, extract, build, validate a batch of
files), runs on the cluster's workers; the N-Quads of each batch come back to this process,
the one writer, which commits them to the store (embedded or remote) in input order. So the
store ends byte for byte as after a one-process ingest.

What a worker needs: this package installed (the same version), the article files and any
lexicon folders at the same paths (a shared file system), and permission to start a child
process, which keeps an article's extraction within its time budget. Dask's nanny starts
workers as daemonic processes, which Python forbids to have children: start them with
DASK_DISTRIBUTED__WORKER__DAEMON=False (a local cluster started here is), or set
KG_ARTICLE_TIME_BUDGET=0 to extract without a budget.
"""
from __future__ import annotations

import logging
import multiprocessing
from contextlib import contextmanager

from kg.errors import KGError
from kg.settings import Settings

LOCAL = "local"
CONNECT_TIMEOUT = "30s"


class ClusterError(KGError):
    """The cluster cannot be used: Dask is not installed, the scheduler does not answer, or
    its workers cannot keep the extraction's time budget."""


class DaskPool:
    """A Dask client seen as an executor: `submit(fn, *args)` gives a future with `.result()`,
    and `workers` counts the threads that run tasks (two batches each are kept in flight)."""

    def __init__(self, client):
        self.client = client
        self.workers = max(1, sum(client.nthreads().values()))

    def submit(self, fn, *args):
        return self.client.submit(fn, *args, pure=False)    # never merged: two batches are two tasks


@contextmanager
def dask_pool(address: str, workers: int = 2, settings: Settings = Settings()):
    """A DaskPool on the scheduler at `address` (tcp://host:8786), or on a cluster of `workers`
    local processes when `address` is 'local'; closed (and a local cluster stopped) after."""
    distributed = import_distributed()
    cluster = start_local(distributed, workers) if address == LOCAL else None
    try:
        client = connect(distributed, cluster.scheduler_address if cluster else address)
        try:
            pool = DaskPool(client)
            check_workers_can_budget(client, settings)
            yield pool
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()


def import_distributed():
    try:
        import distributed
    except ImportError:
        raise ClusterError("--cluster needs Dask: pip install 'kg-ekspor[cluster]'") from None
    return distributed


def start_local(distributed, workers: int):
    """A cluster of `workers` processes on this machine, one thread each, with workers that may
    start the extraction's budget process (not daemonic)."""
    import dask
    with dask.config.set({"distributed.worker.daemon": False}):
        return distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR)


def connect(distributed, address: str):
    try:
        return distributed.Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {reason}") from None


def check_workers_can_budget(client, settings: Settings) -> None:
    """With a time budget, each worker starts a child process: refuse daemonic workers up
    front with one line, rather than fail every batch."""
    if not settings.article_time_budget:
        return
    daemonic = sorted(address for address, flag in client.run(is_daemonic).items() if flag)
    if daemonic:
        raise ClusterError(f"{len(daemonic)} Dask worker(s) run as daemonic processes ({daemonic[0]}, ...) and "
                           f"cannot start the extraction's time-budget process: start them with "
                           f"DASK_DISTRIBUTED__WORKER__DAEMON=False, or set KG_ARTICLE_TIME_BUDGET=0")


def is_daemonic() -> bool:
    """Run on each worker: may this process have children?"""
    return bool(multiprocessing.current_process().daemon)
