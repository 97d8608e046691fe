"""Progress on stderr for the shell's long jobs: a bar for work counted in articles, a
spinner for one long step (validating, exporting, reasoning, a template on a large store).

Both draw only when stderr is a terminal and never under --quiet, and both vanish when the
work ends, so piped output, logs and the summaries that follow stay exactly as they were.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)

err = Console(stderr=True)

# Below this many articles a bar would flash for a fraction of a second: not worth drawing.
FEWEST_FOR_A_BAR = 5


@contextmanager
def counted(label: str, total: int) -> Iterator[Callable[..., None]]:
    """A bar over `total` items; yields the callback to call once per finished item (it
    accepts and ignores the item, so it can be handed on as an `on_done`)."""
    columns = (SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TimeRemainingColumn())
    quiet = total < FEWEST_FOR_A_BAR or not drawing()
    with Progress(*columns, console=err, transient=True, disable=quiet) as progress:
        task = progress.add_task(label, total=total)
        yield lambda *_: progress.advance(task)


@contextmanager
def working(label: str) -> Iterator[None]:
    """A spinner with `label` while one step runs whose length is not counted in items."""
    if not drawing():
        yield
        return
    with err.status(label, spinner="dots"):
        yield


def drawing() -> bool:
    """Whether progress may be drawn: stderr is an interactive terminal and --quiet is off.
    (Rich would otherwise still write a newline to a pipe when a display stops.)"""
    return err.is_terminal and err.is_interactive and not err.quiet
