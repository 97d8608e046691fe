"""Where the web shell gets its KG: a fixed one (tests, a remote or in-memory store), or a
private snapshot of an embedded store folder that is refreshed while another process writes.

Why snapshots (docs/decisions/0004-serving-while-ingesting.md): the installed pyoxigraph (0.5)
has no secondary mode, a read-write open takes the folder's lock that `kg ingest` needs, and
reading a folder that another process writes is undefined behaviour by pyoxigraph's own
documentation. A checkpoint (pyoxigraph's `Store.backup`: hard links plus the manifest, ~13 ms
for a 600 MB store) is a consistent, private copy nobody else writes; the server reads only
that, and takes a fresh one when the folder has changed. The checkpoint is the embedded
backend's (`kg.store.oxigraph.checkpoint`); the snapshot is opened through `kg.open` like any
store.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg import api
from kg.errors import StoreError
from kg.store.oxigraph import checkpoint
from kg.settings import Settings


class Fixed:
    """One KG for the server's whole life."""

    def __init__(self, kg: api.KG):
        self.kg = kg
        self.description = "fixed store"

    def current(self) -> api.KG:
        return self.kg

    def refresh(self) -> bool:
        return False

    def close(self) -> None:
        pass


def folder_signature(folder: Path) -> tuple:
    """What changes when a writer commits: the names, sizes and times of the store's files."""
    entries = []
    for path in sorted(folder.iterdir()):
        try:
            stat = path.stat()
        except FileNotFoundError:  # removed by the writer between listing and looking
            continue
        entries.append((path.name, stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


@dataclass
class Retired:
    path: Path
    since: float


CLOSE_WAIT_S = 30.0  # how long closing waits for a snapshot being taken


@dataclass
class Snapshots:
    """A private checkpoint of `folder`, opened read-only and replaced by a fresh one when
    the folder has changed (checked at most every `interval` seconds, by `refresh`). An old
    checkpoint is deleted only after `grace` seconds, so queries still running on it finish."""

    folder: Path
    settings: Settings
    grace: float = 60.0
    workdir: Path = field(init=False)
    _kg: api.KG | None = field(init=False, default=None)
    _signature: tuple = field(init=False, default=())
    _path: Path | None = field(init=False, default=None)
    _retired: list[Retired] = field(init=False, default_factory=list)
    _lock: threading.Lock = field(init=False, default_factory=threading.Lock)
    generation: int = field(init=False, default=0)
    _attempts: int = field(init=False, default=0)

    def __post_init__(self):
        self.folder = Path(self.folder)
        if not (self.folder / "CURRENT").is_file():
            raise StoreError(f"no store at {self.folder} (build one with `kg build` or `kg ingest`)")
        self.workdir = Path(tempfile.mkdtemp(prefix=".kg-serve-", dir=self.writable_parent()))
        self.refresh()

    def writable_parent(self) -> Path | None:
        """Beside the store when possible (hard links need the same file system), else /tmp."""
        parent = self.folder.resolve().parent
        return parent if os.access(parent, os.W_OK) else None

    @property
    def description(self) -> str:
        return f"snapshot {self.generation} of {self.folder}"

    def current(self) -> api.KG:
        return self._kg

    def refresh(self) -> bool:
        """Take a new snapshot if the folder changed since the last one; True if it did."""
        with self._lock:
            self._forget_retired()
            signature = folder_signature(self.folder)
            if signature == self._signature and self._kg is not None:
                return False
            self._attempts += 1
            target = self.workdir / f"snapshot-{self._attempts}"
            try:
                checkpoint(self.folder, target)
                fresh = api.open(target, read_only=True, settings=self.settings)
            except StoreError:  # a writer moved files meanwhile: clean up, try again next time
                for leftover in self.workdir.glob(f"{target.name}*"):
                    shutil.rmtree(leftover, ignore_errors=True)
                raise
            if self._path is not None:
                self._retired.append(Retired(self._path, time.monotonic()))
            self._kg, self._path, self._signature = fresh, target, signature
            self.generation += 1
            return True

    def _forget_retired(self) -> None:
        now = time.monotonic()
        for old in [r for r in self._retired if now - r.since > self.grace]:
            shutil.rmtree(old.path, ignore_errors=True)
            self._retired.remove(old)

    def close(self) -> None:
        """Forget the snapshot and delete the working folder, after a refresh under way (another
        thread taking a snapshot into it) has finished: deleting while a snapshot is being
        written left the folder behind, with the files written after the deletion's scan."""
        acquired = self._lock.acquire(timeout=CLOSE_WAIT_S)
        try:
            self._kg = None
            shutil.rmtree(self.workdir, ignore_errors=True)
        finally:
            if acquired:
                self._lock.release()
