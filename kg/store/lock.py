"""The writer's lock on a store folder: an advisory lock on one file inside the folder
(`LOCK_FILE`), taken before the engine is first opened and held until the store is closed,
across every reopening of the engine (docs/decisions/0019-one-writer-lock.md).

The engine's own lock (RocksDB's, on its LOCK file) is released whenever the engine is closed,
and a long ingest closes it every `Settings.reopen_every` articles to free memory (decision
0015): in that moment another writer could take the folder. This lock is not tied to the
engine, so no other writer gets in between. Readers never take it.

Where it comes from: `fcntl.flock` on POSIX systems, `msvcrt.locking` on Windows; both are
released by the operating system when the process ends, however it ends. Where neither
module exists, no lock file is taken and the engine's own lock is the only guard (as before
this lock existed). A `flock` is shared with a child made by `fork` (the extraction worker, a
process pool): each child closes its copy at once (`os.register_at_fork`), so the lock is
this process's alone and goes with it."""
from __future__ import annotations

import os
import weakref
from pathlib import Path

try:
    import fcntl
except ImportError:     # not POSIX
    fcntl = None
try:
    import msvcrt
except ImportError:     # not Windows
    msvcrt = None

LOCK_FILE = "kg-writer.lock"


class WriterLock:
    """The lock on one store folder, held by this object from `take()` until `release()`
    (or until it is garbage-collected, or the process ends)."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / LOCK_FILE
        self.fd: int | None = None

    def take(self) -> bool:
        """Take the lock without waiting: True when this object holds it now, False when
        another holder has it. Where the system offers no lock, True (nothing is held)."""
        if self.fd is not None:
            return True
        if fcntl is None and msvcrt is None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            locked = lock_file(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            return False
        self.fd = fd
        HELD.add(self)
        return True

    @property
    def held(self) -> bool:
        return self.fd is not None

    def release(self) -> None:
        """Give the lock up (nothing happens when it is not held)."""
        fd, self.fd = self.fd, None
        HELD.discard(self)
        if fd is None:
            return
        try:
            unlock_file(fd)
        finally:
            os.close(fd)

    def forget(self) -> None:
        """In a forked child: close the inherited copy without unlocking (unlocking would
        release the parent's lock, which is the same open file)."""
        fd, self.fd = self.fd, None
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass

    def __del__(self):
        try:
            self.release()
        except (OSError, TypeError, AttributeError):   # at interpreter exit the modules may be gone
            pass


def lock_file(fd: int) -> bool:
    """Lock the open file `fd` exclusively without waiting: False when another holds it."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except (BlockingIOError, PermissionError):
            return False
        return True
    try:   # Windows: lock the file's first byte (a lock may lie beyond the end of the file)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def unlock_file(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return
    os.lseek(fd, 0, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


# The locks this process holds, for the children it forks (weak: a lock dropped is released).
HELD: "weakref.WeakSet[WriterLock]" = weakref.WeakSet()


def _close_in_child() -> None:
    for lock in list(HELD):
        lock.forget()
    HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_in_child)
