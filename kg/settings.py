"""Everything a run can be configured with, in one immutable object.

The library never reads the environment: the shells (`kg.cli`, `kg.web`) build a `Settings`
with `Settings.from_env()` and hand it down, and a worker process is rebuilt from the same
object (it pickles). Two `Settings` in one process (two bases, two lexicons) do not interfere.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping

from kg.errors import KGError

DEFAULT_BASE = "https://w3id.org/ekspor-kg/"
DEFAULT_STORE = "kg-data"
DEFAULT_LANGUAGE = "id"
# the licence the dataset description states unless the publisher sets another (KG_LICENSE):
# CC BY 4.0, as the ontology's own; the article text quoted as evidence stays its publishers'
# (the description says so in dcterms:rights)
DEFAULT_LICENCE = "https://creativecommons.org/licenses/by/4.0/"

# name of each environment variable the shells read, and the field it sets
ENVIRONMENT = {
    "KG_BASE": "base",
    "KG_STORE": "store",
    "KG_LANGUAGE": "language",
    "KG_LEXICON_DIR": "lexicon_dirs",
    "KG_LICENSE": "licence",
    "KG_DOWNLOAD_URL": "download_url",
    "KG_SPARQL_ENDPOINT": "sparql_endpoint",
    "SOURCE_DATE_EPOCH": "build_date",
    "KG_QUERY_TIMEOUT": "query_timeout",
    "KG_ARTICLE_TIME_BUDGET": "article_time_budget",
    "KG_WRITER_WAIT": "writer_wait",
    "KG_INGEST_BATCH": "ingest_batch",
    "KG_FLUSH_EVERY": "flush_every",
    "KG_REOPEN_EVERY": "reopen_every",
    "KG_WRITE_BATCHES": "write_batches",
}
COUNTS = ("ingest_batch", "flush_every", "reopen_every", "write_batches")   # whole numbers >= 1


@dataclass(frozen=True)
class Settings:
    base: str = DEFAULT_BASE
    store: str = DEFAULT_STORE
    language: str = DEFAULT_LANGUAGE
    lexicon_dirs: tuple[Path, ...] = ()
    licence: str = DEFAULT_LICENCE
    # where the exports are published (dcat:downloadURL = this + kg.ttl, ...); default <base>download/
    download_url: str | None = None
    # the public SPARQL endpoint (a dcat:DataService); default <base>sparql
    sparql_endpoint: str | None = None
    build_date: dt.date | None = None
    query_timeout: float = 30.0
    # CPU seconds one article's extraction may take before it is refused (None or 0: no limit;
    # then extraction runs in the calling process)
    article_time_budget: float | None = 5.0
    # seconds a writer waits for another process that holds the store before it is refused
    writer_wait: float = 60.0
    # the writer of an ingest (kg.pipeline.ingest_stream): articles prepared and validated as one
    # batch (one pyshacl call), prepared batches written in one write (all or none: one journal,
    # recount and flush for 128 articles, loaded 32 at a time, decision 0032),
    # articles written between two flushes of the store, and between two reopenings of a store
    # folder (decision 0015)
    ingest_batch: int = 32
    write_batches: int = 4
    flush_every: int = 128
    reopen_every: int = 1024
    extra: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self):
        if not self.base.endswith(("/", "#")):
            object.__setattr__(self, "base", self.base + "/")
        object.__setattr__(self, "lexicon_dirs", tuple(Path(p) for p in self.lexicon_dirs))
        for name in COUNTS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                            raise KGError(f"Settings.{name} must be a whole number (1 or more), not {value!r}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> "Settings":
        """Settings from the environment (shells only), then explicit overrides (command-line
        options) where they are not None."""
        environ = os.environ if environ is None else environ
        values: dict = {}
        for var, name in ENVIRONMENT.items():
            raw = environ.get(var)
            if raw:
                values[name] = parse_value(name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    def created(self) -> dt.date:
        """The date written into dataset descriptions: the fixed build date when one is set
        (reproducible builds), else today."""
        return self.build_date or dt.date.today()


def parse_value(name: str, raw: str):
    if name == "lexicon_dirs":
        return tuple(Path(p) for p in raw.split(os.pathsep) if p)
    if name == "build_date":
        return dt.datetime.fromtimestamp(int(raw), dt.timezone.utc).date()
    if name in ("query_timeout", "article_time_budget", "writer_wait"):
        return finite_seconds(name, raw)
    if name in ("licence", "download_url", "sparql_endpoint"):
        return absolute_iri(name, raw)
    if name in COUNTS:
        return whole_number(name, raw)
    return raw


def variable_of(name: str) -> str:
    """The environment variable that sets the setting `name`, for error messages."""
    return next((variable for variable, field_name in ENVIRONMENT.items() if field_name == name), name)


def absolute_iri(name: str, raw: str) -> str:
    """An http(s) IRI from the environment (a licence, a download location), else one clear line."""
    value = raw.strip()
    if not value.startswith(("http://", "https://")) or any(c in value for c in " <>\"{}|^`"):
        raise KGError(f"{variable_of(name)} must be an http(s) IRI, not {raw!r}")
    return value


def finite_seconds(name: str, raw: str) -> float:
    """A number of seconds from the environment: finite and not negative, else one clear line."""
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not (value >= 0 and value != float("inf")):
        raise KGError(f"{variable_of(name)} must be a number of seconds (0 or more), not {raw!r}")
    return value


def whole_number(name: str, raw: str) -> int:
    """A count from the environment: a whole number, 1 or more, else one clear line."""
    value = raw.strip()
    if not (value.isascii() and value.isdigit() and int(value) >= 1):
        raise KGError(f"{variable_of(name)} must be a whole number (1 or more), not {raw!r}")
    return int(value)
