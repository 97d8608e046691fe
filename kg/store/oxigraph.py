"""The embedded store: a persistent pyoxigraph store in a folder (or in memory when the path
is None). pyoxigraph's own types stay inside this module: results leave it as the neutral
`Solutions`, `Boolean` and rdflib `Graph` of kg.store.base.

New articles are written with the engine's bulk loader, which costs about half of a
transactional write; a journal of the article graphs a bulk write is putting in
(`PENDING_FILE`) keeps the promise that an article is whole or absent whatever the loader
does when the process dies in the middle: readers leave those graphs out, and the next
writer removes them (docs/decisions/0013-bulk-writes-with-a-journal.md).
"""
from __future__ import annotations

import ctypes
import gc
import io
import json
import logging
import os
import re
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import Graph

from kg.build.graph import ArticleGraph
from kg.errors import PartlyStoredError, StoreError
from kg.facttypes.figures import CLASSES as figure_classes
from kg.rdf import keys
from kg.rdf.iris import DEFAULT, Iris
from kg.rdf.terms import to_ox, to_rdflib
from kg.rdf.vocab import EKG
from kg.store import base, skew, summaries
from kg.store.base import DEFAULT_TIMEOUT, Boolean, QuerySyntaxError, Result, Solutions, register, utf8
from kg.store.lock import WriterLock

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML,
}


def never_collect_inherited_objects() -> None:
    """Run in every child this process forks (the extraction worker, a worker pool): the
    objects it inherited are moved out of the cyclic collector's reach. An engine that a
    child's collector finalizes (a store dropped in the parent but not yet collected, caught
    in a reference cycle) closes RocksDB, which waits for background threads that a fork does
    not copy: the child hangs for ever and the parent waits on it (seen in CI: an ingest whose
    every extraction ran into its wall-clock budget; decision 0029). A frozen object is still
    freed by its reference count, which the child never drops for what it inherited."""
    gc.freeze()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=never_collect_inherited_objects)


def quads_of(graph: Graph, name: str, convert=to_ox) -> set:
    """The graph's triples as quads of graph `name`; `convert` turns an rdflib term into a
    pyoxigraph one (a batch's kg.rdf.terms.OxTerms converts each distinct term once)."""
    g = ox.NamedNode(str(name))
    return {ox.Quad(convert(s), convert(p), convert(o), g) for s, p, o in graph}


class OxigraphStore:
    """The embedded store (a folder on disk, or memory when path is None)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False, iris: Iris = DEFAULT,
                 wait: float = 0.0):
        self.path = Path(path) if path is not None else None
        self.iris = iris
        self.read_only = read_only
        self.wait = wait
        self.lock = None            # a writer's lock on its folder, held until close (kg.store.lock)
        deadline = time.monotonic() + wait     # one wait for the lock and the engine together
        if self.path is not None and not read_only:
            self.lock = take_writer_lock(self.path, wait)
        try:
            self.ox = open_engine(self.path, read_only, max(0.0, deadline - time.monotonic()))
            self.pending: frozenset[str] = frozenset()    # article graphs of an unfinished bulk write: hidden
            if self.path is not None and read_only:
                self.pending = read_pending(self.path)
            elif self.path is not None:
                self.recover()
                self.upgrade()
        except BaseException:   # the engine and the lock go now, not when the traceback is freed
            self.close()
            raise
        if self.path is not None and read_only and self._holds_articles():
            self._warn_if_behind()

    def _warn_if_behind(self) -> None:
        """A reader's word on a folder that lacks what the templates read: by its format file,
        else by the cheap look at what it holds (kg.store.skew), which finds a decree an older
        writer added without its summaries after the folder was upgraded. A folder of format 4
        or 5 lacks only the agency years (format 4, decision 0033) and the evidence starts
        (decision 0065). figures of one agency and a year still answers there, by its fallback,
        more slowly; who-said has no fallback (one would cost more than the key saves) and finds
        no row until a writer adds them: the reader is told which."""
        written = store_format(self.path)
        if CHECKED_FROM <= written < FORMAT:
            slower = [LATER_KEYS[f] for f in sorted(LATER_KEYS) if f > written]
            log.warning("%s was written before %s (store format %d): %s, until a writer opens it once "
                        "(any `kg ingest`) and adds them", self.path,
                        " and ".join(what for what, _ in slower), written, " and ".join(who for _, who in slower))
            return
        if written < FORMAT:
            lacks = "it was built before them"
        else:
            lacks = ", ".join(skew.found(self._evaluate, self.iris.entities_graph(), thorough=False))
        if lacks:
            log.warning("%s lacks lookup keys, decree summaries, evidence starts, value, measure or source profiles or statement keys (decisions 0012, 0018, 0020, 0065, 0069, 0076, 0080, 0085; %s): "
                        "name and measure parameters, the figures sources and target-vs-actual compare, what who-said, "
                        "timeline or sources with a fact finds, or the decrees' citing articles, are not found in it until a writer opens it once (any "
                        "`kg ingest`) and adds them", self.path, lacks)

    def _reading(self, read):
        """Run `read` on the engine. A read-only view reads a folder another process may be
        writing: when a file it needs is compacted away under it, open a fresh view and read
        again (a few times), instead of failing a query that an ingest happened to overlap."""
        for attempt in range(READ_RETRIES):
            try:
                return read()
            except (OSError, RuntimeError) as exc:
                if not (self.read_only and self.path) or attempt == READ_RETRIES - 1 or not vanished(exc):
                    raise
                self.ox = open_engine(self.path, True)

    def add_article(self, article: ArticleGraph) -> str:
        """Store one article atomically: 'added', 'unchanged' or 'replaced'."""
        name = ox.NamedNode(str(article.iri))
        new = quads_of(article.facts, str(article.iri))
        entity_quads = quads_of(article.entities, str(article.entities_iri))
        if next(iter(self.ox.quads_for_pattern(None, None, None, name)), None):
            return self._update_article(name, new, entity_quads)
        self.replace(set(), new | entity_quads, self._recount(summaries.cited(new)))
        return "added"

    # the most articles one bulk load takes: a write of more (Settings.write_batches) is loaded
    # in parts under its one journal, recount and flush. The loader's memory grows with what it
    # is given (peak RSS), and its CPU per article falls: 64 (two prepared batches) cost 0.5 ms
    # per article less than 32 (docs/scale.md, ingest rounds ing26 and scale25; decisions 0032, 0053)
    BULK_LOAD_ARTICLES = 64

    def add_articles(self, articles: list[tuple[str, str | bytes]]) -> list[str]:
        """Store many articles, each given as (its IRI, N-Quads of its graph and its entity
        descriptions, text or its UTF-8 bytes): the answers `add_article` would give one by one, in order. The new
        articles go in with one write (`_add_new`: all of them or none; a failure raises
        StoreError and stores nothing of theirs); an article already stored is compared and
        replaced in a transaction of its own, after the new ones before it are written. A failure
        after some are stored raises PartlyStoredError with their statuses."""
        statuses, new, new_names = [], [], set()
        stored = 0   # statuses[:stored] are of articles already in the store
        try:
            for iri, nquads in articles:
                name = ox.NamedNode(iri)
                if iri in new_names or next(iter(self.ox.quads_for_pattern(None, None, None, name)), None):
                    self._add_new(new)
                    stored, new, new_names = len(statuses), [], set()
                    quads = set(ox.parse(utf8(nquads), ox.RdfFormat.N_QUADS))
                    mine = {q for q in quads if q.graph_name == name}
                    statuses.append(self._update_article(name, mine, quads - mine))
                    stored = len(statuses)
                    continue
                new.append((iri, nquads))
                new_names.add(iri)
                statuses.append("added")
            self._add_new(new)
        except StoreError as exc:
            if not stored:
                raise
            raise PartlyStoredError(str(exc), statuses[:stored]) from None
        return statuses

    def _add_new(self, articles: list[tuple[str, str | bytes]]) -> None:
        """Write articles the store does not hold. In a folder: the article graphs go in the
        journal, then all their quads in bulk loads of at most BULK_LOAD_ARTICLES articles each
        (parsed by the engine, no Python quad objects), then the journal is cleared; a failure
        removes whatever of them landed. In memory, where no process outlives its store, one transactional load.
        Both parse leniently (IRIs not checked again): the text is what pyoxigraph's own terms
        wrote (kg.pipeline.nquads_text), each checked when it was made; the stored quads are the
        same (compared on 638 synthetic articles) and the parse costs half (docs/scale.md, round
        ingest24). Then the summaries of
        the decrees they cite are recounted (kg.store.summaries), before the journal is cleared:
        a write that dies before the recount leaves its articles in the journal, and the next
        writer's recovery removes them and recounts every decree."""
        if not articles:
            return
        try:
            if self.path is None:
                self.ox.load(b"".join(utf8(nquads) for _, nquads in articles), ox.RdfFormat.N_QUADS,
                             lenient=True)
                self._update(self._recount(self._cited_in([iri for iri, _ in articles])))
                return
            write_pending(self.path, [iri for iri, _ in articles])
            for start in range(0, len(articles), self.BULK_LOAD_ARTICLES):
                part = articles[start:start + self.BULK_LOAD_ARTICLES]
                self.ox.bulk_load(b"".join(utf8(nquads) for _, nquads in part), ox.RdfFormat.N_QUADS,
                                  lenient=True)
            self._update(self._recount(self._cited_in([iri for iri, _ in articles])))
            self.ox.flush()     # the recount is in the engine's log, which a snapshot does not copy
        except (OSError, RuntimeError, ValueError, SyntaxError) as exc:
            self._undo()
            raise StoreError(f"the batch write failed, nothing of it was stored: {first_line(exc)}") from None
        clear_pending(self.path)

    def _undo(self) -> None:
        """After a failed write: remove what of it landed, now if the engine still answers,
        else at the next writer's open (the journal stays until then)."""
        if self.path is None:
            return
        try:
            self.recover()
        except (OSError, RuntimeError, ValueError, StoreError):
            pass

    def recover(self) -> None:
        """Remove the article graphs of a bulk write that did not finish (the journal lists
        them; each was new when the write began, so nothing stored before is lost) and recount
        every decree's summary, in one transaction, then clear the journal. Run by every writer that opens the folder."""
        pending = read_pending(self.path)
        if not pending:
            return
        drops = " ; ".join(f"DROP SILENT GRAPH {ox.NamedNode(iri)}" for iri in sorted(pending))
        self.ox.update(f"{drops} ;\n{summaries.recount_all(self.iris.entities_graph())}")
        clear_pending(self.path)
        log.warning("a write into %s stopped before it finished; its %d article(s) were "
                    "removed (ingest them again to add them)", self.path, len(pending))

    def _counts(self) -> dict[str, int]:
        """The cheap detector of a write by a writer that does not keep the format file (upgrade):
        the named graphs the store holds (one per article, and the entities' graph; an older
        writer that adds an article changes it: 2-3 ms of CPU at 10k articles, 16-21 ms at 100k)
        and its ekg:agencyYear links (an older writer that replaces an article drops those of its
        figures: 13-18 ms at 10k, 118-154 ms at 100k), each counted by the engine in a query of
        its own (folded into one query they took 782 ms at 10k; decision 0033)."""
        return {name: self._count(text) for name, text in COUNTS.items()}

    def _holds_articles(self) -> bool:
        return next(iter(self.ox.quads_for_pattern(None, None, None, None)), None) is not None

    def upgrade(self) -> None:
        """Bring a store written by an earlier version up to this one's format (FORMAT, a file
        in the folder): a store built before the lookup keys (decision 0012) or the group keys
        (decision 0018) gets those it lacks, each in the graph that holds what it is computed
        from, in one transaction, so the templates find what it holds. Run by every writer that
        opens the folder (not at a reopening during an ingest). A store built before the decree
        summaries (decision 0020) gets every decree's summary counted, and these older stores get
        their agency years and evidence starts with the keys. A store of format 4 or 5 gets only
        the agency years of the figures that lack them (decision 0033) and the evidence starts of
        the facts that lack them (decision 0065, one SPARQL update: 8.5 s of CPU at 10k articles). A store already in the format is looked at
        (kg.store.skew: 85 ms of CPU at 10k articles, 276 at 30k) and repaired the same way when
        an older writer wrote into it since; its agency years are looked at (7-9 s of CPU at 100k)
        (and its evidence starts, decision 0065) only when its named graphs, its agency-year links
        or its evidence starts are not as many as the format file records (_counts: what this writer counted when it last checked or ended a write; the
        writers of format 4 before 29c91e7 write into a format-5 folder and leave its file as it
        was). The counts are recorded after the check. A store of a newer format is refused."""
        written = store_format(self.path)
        if written > FORMAT:
            raise StoreError(f"{self.path} was written by a newer kg (store format {written}; this one writes "
                             f"{FORMAT}); update kg to write it")
        holds = self._holds_articles()
        counts = self._counts()
        lacks = []
        if CHECKED_FROM <= written and holds:
            # an older writer may have written it since (kg.store.skew): what it holds decides. The
            # agency-year and evidence-start checks read every figure or evidence (7-9 s of CPU at
            # 100k articles for the first): on a folder of this format they run only when the
            # folder's named graphs, agency-year links or evidence starts are not as many as this
            # writer last counted (the writers of format 4 before 29c91e7 write into a newer folder
            # and leave its file as it was; decisions 0033, 0065)
            lacks = skew.found(self._evaluate, self.iris.entities_graph(), thorough=True,
                               every_fact=written < FORMAT or counts != recorded_counts(self.path))
        if written == FORMAT and not lacks:
            if counts != recorded_counts(self.path):
                write_format(self.path, counts)
            return
        why = f"an older writer wrote into it after its upgrade ({', '.join(lacks)})" if written == FORMAT else "it was built before them"
        if holds and CHECKED_FROM <= written and set(lacks) <= {skew.AGENCY_YEARS, skew.EVIDENCE_STARTS, skew.VALUE_PROFILES,
                                                             skew.MEASURE_PROFILES, skew.SOURCE_PROFILES,
                                                             skew.STATEMENT_KEYS}:
            # only agency years (decision 0033) or evidence starts (decision 0065) are missing:
            # those of the facts that lack them, not every key checked again (411 s of CPU at 10k
            # articles, against seconds)
            if skew.AGENCY_YEARS in lacks:
                self._add_agency_years(why)
            if skew.EVIDENCE_STARTS in lacks:
                self._add_evidence_starts(why)
            if skew.VALUE_PROFILES in lacks:
                self._add_value_profiles(why)
            if skew.MEASURE_PROFILES in lacks:
                self.upgrade_to_measure_profiles(why)
            if skew.SOURCE_PROFILES in lacks:
                self.upgrade_to_source_profiles(why)
            if skew.STATEMENT_KEYS in lacks:
                self.upgrade_to_statement_keys(why)
        elif holds:
            # only the missing keys are kept in memory: a store built with its keys (a bulk
            # load of prepared articles) holds them all, and at 100k articles they are millions
            added = [q for q in lookup_key_quads(self.ox, self.iris.entities_graph()) if q not in self.ox]
            self.ox.extend(added)
            self._update(summaries.recount_all(self.iris.entities_graph()))
            log.warning("%s lacked lookup keys or decree summaries (%s); %d keys were added and "
                        "every decree recounted (decisions 0012, 0018, 0020, 0033)", self.path, why, len(added))
            self._add_evidence_starts(why)
            self._add_value_profiles(why)
            self.upgrade_to_measure_profiles(why)
            self.upgrade_to_source_profiles(why)
            self.upgrade_to_statement_keys(why)
        write_format(self.path, self._counts())

    def _add_agency_years(self, why: str) -> None:
        """The agency years of the figures that lack them (decision 0033)."""
        rows = ((r["g"].value, r["f"].value, r["reporter"].value, r["span"].value)
                for r in self.ox.query(skew.AGENCY_YEAR_ROWS, use_default_graph_as_union=True))
        added = [q for q in skew.agency_year_quads(list(rows), self.iris.entities_graph()) if q not in self.ox]
        self.ox.extend(added)
        self.ox.flush()
        log.warning("%s lacked agency years (%s); %d were added (decision 0033)", self.path, why, len(added))

    def _add_evidence_starts(self, why: str) -> None:
        """The evidence start of each fact that lacks it (decision 0065), by the update a
        server's writer runs too (kg.store.skew.ADD_EVIDENCE_STARTS), in one transaction."""
        before = self._count(EVIDENCE_START_COUNT)
        self.ox.update(skew.ADD_EVIDENCE_STARTS)
        self.ox.flush()
        log.warning("%s lacked evidence starts (%s); %d were added (decision 0065)", self.path, why,
                    self._count(EVIDENCE_START_COUNT) - before)

    def _add_value_profiles(self, why: str) -> None:
        """The value profile of each realisation that lacks it, with the profile's description
        in the entities graph (decision 0069), by the update a server's writer runs too
        (kg.store.skew.add_value_profiles), in one transaction. At 100k articles (330,879 links,
        2,671 profiles) a format-6 folder's first writer took 171 s of CPU with its checks and
        3.6 GB of peak memory; at 10k, 10.7 s and 509 MB (docs/scale.md, session 28)."""
        before = self._count(VALUE_PROFILE_COUNT)
        self.ox.update(skew.add_value_profiles(self.iris.base, self.iris.entities_graph()))
        self.ox.flush()
        log.warning("%s lacked value profiles (%s); %d were added (decision 0069)", self.path, why,
                    self._count(VALUE_PROFILE_COUNT) - before)

    def upgrade_to_measure_profiles(self, why: str) -> None:
        """The measure profile of each figure that lacks it, with the profile's description
        (and its measure words) in the entities graph (decision 0076): the quads a server's
        writer inserts by kg.store.skew.add_measure_profiles, minted in Python from the rows of
        the same pattern (kg.store.skew.measure_profile_quads) and added in one extend, because
        the update held every row of its WHERE in memory (2.3 GB at 10k articles)."""
        added = self._add_minted(skew.MEASURE_PROFILE_ROWS, skew.measure_profile_quads, MEASURE_PROFILE_COUNT)
        log.warning("%s lacked measure profiles (%s); %d were added (decision 0076)", self.path, why, added)

    def upgrade_to_source_profiles(self, why: str) -> None:
        """The source profile of each figure that lacks it, with the profile's description in
        the entities graph (decision 0080): the quads a server's writer inserts by
        kg.store.skew.add_source_profiles, minted in Python from the rows of the same pattern
        (kg.store.skew.source_profile_quads) and added in one extend, as the measure profiles'."""
        added = self._add_minted(skew.SOURCE_PROFILE_ROWS, skew.source_profile_quads, SOURCE_PROFILE_COUNT)
        log.warning("%s lacked source profiles (%s); %d were added (decision 0080)", self.path, why, added)

    def upgrade_to_statement_keys(self, why: str) -> None:
        """The statement keys of each stated fact that lacks them (decision 0085), by the update a
        server's writer runs too (kg.store.skew.ADD_STATEMENT_KEYS), in one transaction, after the
        evidence starts they are made from."""
        before = self._count(STATEMENT_KEY_COUNT)
        self.ox.update(skew.ADD_STATEMENT_KEYS)
        self.ox.flush()
        log.warning("%s lacked statement keys (%s); %d were added (decision 0085)", self.path, why,
                    self._count(STATEMENT_KEY_COUNT) - before)

    def _add_minted(self, rows_query: str, mint, count_query: str) -> int:
        """Adds the quads `mint` makes from the rows of `rows_query` that the store lacks, in one extend (an
        update holding every row of its WHERE in memory took 2.3 GB at 10k articles), and flushes; returns how
        many of what `count_query` counts were added."""
        before = self._count(count_query)
        rows = self.ox.query(rows_query, use_default_graph_as_union=True)
        self.ox.extend([q for q in mint(rows, self.iris.base, self.iris.entities_graph()) if q not in self.ox])
        self.ox.flush()
        return self._count(count_query) - before

    def _count(self, text: str) -> int:
        return int(next(iter(self.ox.query(text)))[0].value)

    def _update_article(self, name, new: set, entity_quads: set) -> str:
        """'unchanged' or 'replaced' for an article already in the store (as add_article)."""
        old = set(self.ox.quads_for_pattern(None, None, None, name))
        new, entity_quads = canonical(new), canonical(entity_quads)
        fresh_entities = {q for q in entity_quads if q not in self.ox}
        if old == new and not fresh_entities:
            return "unchanged"
        self.replace(old - new, (new - old) | fresh_entities,
                     self._recount(summaries.cited(old) | summaries.cited(new)))
        return "replaced"

    def _recount(self, decrees: set[str]) -> str:
        return summaries.recount(decrees, self.iris.entities_graph())

    def _cited_in(self, graphs: list[str]) -> set[str]:
        """The decrees cited in these article graphs, as stored (one query)."""
        block = " ".join(str(ox.NamedNode(iri)) for iri in graphs)
        rows = self.ox.query(f"SELECT DISTINCT ?d WHERE {{ VALUES ?g {{ {block} }} GRAPH ?g {{ ?c <{summaries.CITES}> ?d }} }}")
        return {row["d"].value for row in rows}

    def _update(self, update: str) -> None:
        if update:
            self.ox.update(update)

    def replace(self, remove: set, add: set, then: str = "") -> None:
        """Remove and add, then run the update `then` (a recount of decree summaries), in one
        transaction (one SPARQL update), so a failure changes nothing. In a folder the engine's
        log is then written into its files: a snapshot (`checkpoint`, taken through a read-only
        view) copies the files but not the log, so it would miss the update until the next
        flush (measured with pyoxigraph 0.5.13: a backup of a read-only view leaves out what only
        the log holds)."""
        ntriples = lambda quads: " ".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads)  # noqa: E731
        parts = []
        if remove:
            parts.append(f"DELETE DATA {{ {ntriples(remove)} }}")
        if add:
            parts.append(f"INSERT DATA {{ {ntriples(add)} }}")
        if then:
            parts.append(then)
        if parts:
            self.ox.update(" ; ".join(parts))
            if self.path is not None:
                self.ox.flush()

    def query(self, sparql: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              graphs: base.GraphSelection = base.ALL) -> Result:
        """Evaluate over `graphs` (by default the union of all graphs), within `timeout` seconds."""
        text = with_values(sparql, bindings or {})
        return base.within(timeout, lambda: self._evaluate(text, self._dataset(graphs)))

    def _dataset(self, graphs: base.GraphSelection) -> dict:
        """pyoxigraph's dataset arguments for `graphs`, without the graphs of an unfinished
        bulk write (only a read-only view of a folder whose writer died can see any: listing
        every other graph makes such a query slower, and a writer's next open removes them)."""
        options = dataset_options(graphs)
        if not self.pending:
            return options
        hidden = {ox.NamedNode(iri) for iri in self.pending}
        if graphs.is_all:
            shown = [g for g in self._reading(lambda: list(self.ox.named_graphs())) if g not in hidden]
            return {"default_graph": shown, "named_graphs": shown}
        return {key: [g for g in chosen if g not in hidden] for key, chosen in options.items()}

    def _evaluate(self, text: str, options: dict | None = None) -> Result:
        """Parse, evaluate and materialise in the calling thread: pyoxigraph's lazy results
        must be released by the thread that made them, so none escapes, not even through
        an exception's traceback."""
        message, dataset, select = None, UNION if options is None else options, select_of_ask(text)
        if select is None:
            read = lambda: neutral(self.ox.query(text, **dataset))   # noqa: E731
        else:   # an ASK: the engine's own never ends on a failed read (select_of_ask)
            read = lambda: Boolean(next(iter(self.ox.query(select, **dataset)), None) is not None)   # noqa: E731
        try:
            return self._reading(read)
        except SyntaxError as exc:
            message, error = f"SPARQL syntax error: {first_line(exc)}", QuerySyntaxError
        except (OSError, RuntimeError, ValueError) as exc:
            message, error = f"the query failed: {first_line(exc)}", StoreError
        raise error(message)

    def dump(self, fmt: str) -> bytes:
        return self._reading(lambda: self._dump(fmt))

    def _dump(self, fmt: str) -> bytes:
        out = io.BytesIO()
        if fmt in ("trig", "nquads") and self.pending:
            ox.serialize(self._visible_quads(), out, FORMATS[fmt])
        elif fmt in ("trig", "nquads"):
            self.ox.dump(out, FORMATS[fmt])
        else:
            self._dump_union(out, FORMATS[fmt])
        return out.getvalue()

    def _dump_union(self, out, fmt) -> None:
        triples = self.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", **self._dataset(base.ALL))
        ox.serialize(triples, out, fmt, prefixes=prefix_map(self.iris.base))

    def _visible_quads(self) -> list:
        """Every quad, less those of the graphs of an unfinished bulk write."""
        quads = self.ox.quads_for_pattern(None, None, None)
        if not self.pending:
            return list(quads)
        return [q for q in quads if isinstance(q.graph_name, ox.DefaultGraph) or q.graph_name.value not in self.pending]

    def article_graphs(self) -> list[str]:
        """The article graphs' names, sorted: the engine's list of named graphs, read from its own
        table (the SELECT DISTINCT ?g of every quad it replaces read the whole store: 354 ms of CPU
        at 1k articles, docs/scale.md, session 34). The list keeps a graph whose quads were all
        deleted; no writer leaves one (a replaced article's graph holds the new article, a
        refused or unfinished one is dropped whole, DROP GRAPH), and where one is left, a
        template read by article (decision 0089) finds no row in it."""
        entities = self.iris.entities_graph()
        names = self._reading(lambda: [graph.value for graph in self.ox.named_graphs()])
        return sorted(name for name in names if name != entities and name not in self.pending)

    def triple_count(self) -> int:
        return self._reading(lambda: int(next(iter(self.ox.query(
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", **self._dataset(base.ALL))))["n"].value))

    def quads(self) -> Iterable[tuple]:
        """Every quad as (subject, predicate, object, graph) rdflib terms."""
        quads = self._reading(self._visible_quads)
        for quad in quads:
            yield (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object),
                   None if isinstance(quad.graph_name, ox.DefaultGraph) else to_rdflib(quad.graph_name))

    def flush(self, record: bool = True) -> None:
        """Write the write-ahead log into the store files: later opens replay nothing. A writer
        then records how many named graphs, agency-year links and evidence starts the folder holds
        (upgrade: its next open checks the agency years and evidence starts only if another writer
        changed one of them), unless
        `record` is False: the flushes inside an ingest (every Settings.flush_every articles)
        leave that to the one at its end, the link count costing 118-154 ms of CPU at 100k
        articles. The counts the file holds until then are those of this writer's open, which
        its writes change, so a writer that dies in the middle leaves the next one to check."""
        self.ox.flush()
        if record and self.path is not None and not self.read_only and store_format(self.path) == FORMAT:
            counts = self._counts()
            if counts != recorded_counts(self.path):
                write_format(self.path, counts)

    def reopen(self) -> None:
        """Flush, close and open the folder again: what a long ingest calls every
        Settings.reopen_every articles so that its memory does not grow with the store.
        RocksDB (inside pyoxigraph) keeps, for every table file it has opened, that file's
        index and filter blocks in memory, outside any cache, and pyoxigraph takes no option
        to bound them: over a 10,000-article ingest that was about 6 KB per article
        (docs/scale.md). Closing drops them all; the new handle opens files as it reads them.
        The engine's lock on the folder is released for the moment between close and open,
        but the writer's lock (kg.store.lock, decision 0019) is not the engine's and stays held
        throughout, so no other kg writer takes the folder then. In memory, or read-only,
        nothing is done."""
        if self.path is None or self.read_only:
            return
        self.ox.flush()
        self.ox = None      # the only handle: released here, which closes the engine and its lock
        try:
            return_freed_memory()
        finally:
            try:
                self.ox = open_engine(self.path, False, self.wait)
            except StoreError as error:
                self.close()    # no engine to write with: the writer's lock goes now, not when this object is freed
                raise StoreError(f"the store at {self.path} was closed to free memory during the ingest and could "
                                 f"not be opened again ({error}); every article written before is stored") from error

    def close(self) -> None:
        """pyoxigraph closes on release; dropping the handle releases the engine's lock on
        the folder, then the writer's lock is given up."""
        self.ox = None
        lock, self.lock = self.lock, None
        if lock is not None:
            lock.release()


def return_freed_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's `malloc_trim`), where the C
    library has it. What a closed engine freed otherwise stays in this process, scattered, and
    the next engine's memory is added on top: reopening alone took the writer from 132 to 173
    MB over 10,000 articles, reopening and trimming from 130 to about 150 (docs/scale.md)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):    # not glibc (musl): nothing to do
        return
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    trim(0)


def canonical(quads: set) -> set:
    """The quads as the store gives them back: it keeps values, not spellings ("1.00" and "1"
    are one xsd:decimal), so comparing a new article with the stored one needs the same form."""
    scratch = ox.Store()
    scratch.extend(quads)
    return set(scratch.quads_for_pattern(None, None, None))


log = logging.getLogger("kg.store")

WRITER_FILE = "kg-writer.json"   # who holds the write lock: pid, command, since (for waiters' messages)
POLL = 0.25


def take_writer_lock(path: Path, wait: float = 0.0) -> WriterLock:
    """The writer's lock on the folder (made if missing), held until released: taken before
    the engine is first opened and kept across its reopenings (decision 0019). Another writer
    holding it makes this one wait up to `wait` seconds, as `open_engine` does, then refuses
    it with the same one line."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        lock = WriterLock(path)
        deadline, said = time.monotonic() + wait, False
        while not lock.take():
            if time.monotonic() >= deadline:
                raise StoreError(refused(path, wait))
            if not said:
                say_waiting(path, wait)
                said = True
            time.sleep(min(POLL, max(0.0, deadline - time.monotonic())))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path}: {first_line(exc)}") from None
    return lock


def refused(path: Path, wait: float) -> str:
    return (f"another process is writing the store at {path}{writer_of(path)}"
            f"{f' (waited {wait:g} s)' if wait else ''}; run this again when it has "
            f"finished, wait longer with KG_WRITER_WAIT=SECONDS, or use another --store")


def say_waiting(path: Path, wait: float) -> None:
    log.warning("waiting up to %g s for another process writing the store at %s%s", wait, path, writer_of(path))


def open_engine(path: Path | None, read_only: bool, wait: float = 0.0) -> ox.Store:
    """The engine for `path` (memory when None). A writer whose folder is locked by another
    process waits up to `wait` seconds for it (saying so once, on the "kg.store" logger, which
    reaches stderr), then is refused with one line that says what to do. Readers take no lock."""
    if path is None:
        return ox.Store()
    if read_only:
        return read_only_engine(path)
    path.mkdir(parents=True, exist_ok=True)
    deadline, said = time.monotonic() + wait, False
    while True:
        try:
            store = ox.Store(str(path))
        except OSError as exc:
            if not is_lock_error(exc):
                raise StoreError(f"cannot open the store at {path}: {first_line(exc)}") from None
            if time.monotonic() >= deadline:
                raise StoreError(refused(path, wait)) from None
            if not said:
                say_waiting(path, wait)
                said = True
            time.sleep(min(POLL, max(0.0, deadline - time.monotonic())))
            continue
        record_writer(path)
        return store


READ_RETRIES = 5


def vanished(exc: BaseException) -> bool:
    """The engine's error when a read-only view meets store files a writer has compacted away."""
    text = str(exc)
    return "No such file or directory" in text or "Corruption" in text


def read_only_engine(path: Path) -> ox.Store:
    """A read-only view of a folder another process may be writing: when a file named in the
    folder's manifest is compacted away while the view opens, open it again (a few times)."""
    for attempt in range(READ_RETRIES):
        try:
            return engine_or_error(path, lambda: ox.Store.read_only(str(path)))
        except RuntimeError as exc:
            if attempt == READ_RETRIES - 1 or not vanished(exc):
                raise StoreError(f"cannot open the store at {path}: {first_line(exc)}") from None
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def engine_or_error(path: Path, open_it) -> ox.Store:
    try:
        return open_it()
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path}: {first_line(exc)}") from None


def is_lock_error(exc: OSError) -> bool:
    return "lock" in str(exc).lower()


def record_writer(path: Path) -> None:
    """Note who holds the lock, for the messages of processes that wait for it. Best effort:
    the locks are the writer's lock file (kg.store.lock) and the engine's; this file only
    names their holder."""
    info = {"pid": os.getpid(), "command": " ".join(Path(a).name if i == 0 else a for i, a in enumerate(sys.argv))[:120],
            "since": time.strftime("%H:%M:%S")}
    try:
        (path / WRITER_FILE).write_text(json.dumps(info), encoding="utf-8")
    except OSError:
        pass


def writer_of(path: Path) -> str:
    """' (pid 123, kg ingest news, since 10:02:03)' for the live process holding the lock,
    else '' (the note is missing, unreadable, or left by a process that has ended)."""
    try:
        info = json.loads((path / WRITER_FILE).read_text(encoding="utf-8"))
        pid = int(info["pid"])
        os.kill(pid, 0)
    except (OSError, ValueError, KeyError, TypeError):
        return ""
    return f" (pid {pid}, {info.get('command', '?')}, since {info.get('since', '?')})"


# An ASK query up to its form: the prologue (blanks, comments, BASE and PREFIX declarations), each
# part matched possessively, so a text that is no ASK is refused in one pass
ASK_FORM = re.compile(r"((?:\s|#[^\n]*+|BASE\s*+<[^>]*+>|PREFIX\s*+[^\s:]*+:\s*+<[^>]*+>)*+)ASK\b", re.IGNORECASE)


def select_of_ask(text: str) -> str | None:
    """An ASK query as a SELECT with one solution for each of the ASK's (its first answers the
    ASK, and the engine stops there); None for any other query. The engine's ASK never ends when
    a read fails: it keeps the first error and asks for the next solution, and a failed RocksDB
    iterator gives the same error again without moving (pyoxigraph 0.5.13; spareval's
    evaluate_ask, oxigraph's RocksDbDecodingQuadIterator). A read-only view of a folder a writer
    compacts meets that failure (a table file removed before the view first read it), and a
    reader's open hung in kg.store.skew.found at 100% CPU (tests/test_read_only_view.py). A
    SELECT raises the error, and _reading opens the view again. The projected variable is one
    the query does not name, so it is bound nowhere in it."""
    form = ASK_FORM.match(text)
    if form is None:
        return None
    name = "kg_ask"
    while name in text:
        name += "_"
    return f"{form.group(1)}SELECT (1 AS ?{name}){text[form.end():]}"


def neutral(result) -> Result:
    """pyoxigraph's lazy result as a materialised neutral one."""
    if isinstance(result, ox.QueryBoolean):
        return Boolean(bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = tuple(v.value for v in result.variables)
        convert = converter()
        rows = tuple(tuple(convert(solution[name]) for name in variables) for solution in result)
        return Solutions(variables, rows)
    graph = Graph()
    for triple in result:
        graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
    return graph


def converter():
    """to_rdflib with a memo for one result: rows repeat terms (an article, a unit, a name, a
    date), and an rdflib literal with a datatype costs several µs to make (it parses its value).
    345 rows of who-said hold 3,795 terms of which 646 differ: 23 -> 5 ms of CPU (decision 0023).
    rdflib terms are immutable, so rows may share them."""
    memo: dict = {}

    def convert(term):
        if term is None:
            return None
        found = memo.get(term)
        if found is None:
            found = memo[term] = to_rdflib(term)
        return found
    return convert


def write_term(term) -> str:
    """A term in SPARQL syntax, written by pyoxigraph's own N-Triples serialiser."""
    return str(term if isinstance(term, (ox.NamedNode, ox.Literal)) else to_ox(term))


def with_values(sparql: str, bindings: dict) -> str:
    """The query with its parameters bound in a VALUES block (see kg.store.base.with_values)."""
    return base.with_values(sparql, bindings, write_term)


def first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0][:200] if lines else exc.__class__.__name__


def prefix_map(base_iri: str) -> dict[str, str]:
    from kg.rdf.vocab import PREFIXES
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    prefixes["id"] = base_iri
    return prefixes


@register("folder")
def open_folder(target, read_only: bool = False, iris: Iris = DEFAULT, wait: float = 0.0, **_) -> OxigraphStore:
    return OxigraphStore(target, read_only=read_only, iris=iris, wait=wait)


UNION = {"use_default_graph_as_union": True}


def dataset_options(graphs: base.GraphSelection) -> dict:
    """pyoxigraph's dataset arguments for a graph selection. The engine honours a query's FROM
    only when the union flag is off; protocol graph lists replace the query's FROM altogether.
    Either way a dataset with named graphs and no default graph has an empty default graph,
    as SPARQL says (the store keeps nothing in its own default graph)."""
    if graphs.is_all:
        return UNION
    options: dict = {}
    if graphs.default_graphs:
        options["default_graph"] = [ox.NamedNode(iri) for iri in graphs.default_graphs]
    if graphs.named_graphs:
        options["named_graphs"] = [ox.NamedNode(iri) for iri in graphs.named_graphs]
    return options


FORMAT_FILE = "kg-format.json"   # the version of what the store holds, beyond the engine's own files
FORMAT = 10   # 10: with statement keys (decision 0085); 9: with source profiles (decision 0080); 8: with measure profiles (decision 0076); 7: with value profiles (decision 0069); 6: with evidence starts on the facts (decision 0065); 5: with agency years (decision 0033); 4: with decree summaries (decision 0020); 3: with group keys (decision 0018); 2: with lookup keys (decision 0012); 1 (no file): before them
CHECKED_FROM = 4   # folders of this format and later are looked at and get only what they lack of the agency years (decision 0033) and evidence starts (decision 0065); older ones, the general upgrade
# what each format from CHECKED_FROM on added, and which templates read it (by a fallback on a
# folder without it): the reader's warning on an older folder
LATER_KEYS = {5: ("agency years (decision 0033)", "figures of one agency and a year gives the same rows, found more slowly"),
              6: ("evidence starts (decision 0065)", "who-said's statement keys are made from them"),
              7: ("value profiles (decision 0069)", "target-vs-actual finds only realisations from the target's own article"),
              8: ("measure profiles (decision 0076)", "timeline finds no row"),
              9: ("source profiles (decision 0080)", "sources with a fact finds no row"),
              10: ("statement keys (decision 0085)", "who-said finds no row")}
KEYS = str(EKG)
GROUPED_CLASSES = tuple(iri.rsplit("#", 1)[-1] for iri in figure_classes.values())   # the classes the builder gives a group key
NAMED_ENTITIES = f"""PREFIX ekg: <{KEYS}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?g ?e ?label WHERE {{ GRAPH ?g {{ ?e a ?class ; rdfs:label ?label }}
  VALUES ?class {{ ekg:Person ekg:Organization }} }}"""
FIGURE_KEYS = f"""PREFIX ekg: <{KEYS}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?g ?f ?what ?measure ?unit ?span ?class ?reporter WHERE {{
  GRAPH ?g {{ ?f ekg:measureLabel ?what OPTIONAL {{ ?f ekg:measure ?measure }}
             OPTIONAL {{ ?f ekg:unit ?unit ; ekg:period ?period }}
             OPTIONAL {{ ?f ekg:reportedBy ?reporter }}
             OPTIONAL {{ ?f a ?class VALUES ?class {{ {" ".join("ekg:" + c for c in GROUPED_CLASSES)} }} }} }}
  OPTIONAL {{ GRAPH ?e {{ ?period rdfs:label ?span }} }} }}"""


def store_format(folder: Path) -> int:
    try:
        return int(json.loads((folder / FORMAT_FILE).read_text(encoding="utf-8"))["format"])
    except FileNotFoundError:
        return 1
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"cannot read the store's format file {folder / FORMAT_FILE}: {first_line(exc)}") from None


GRAPH_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g {} }"
AGENCY_YEAR_COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?f <{KEYS}agencyYear> ?a }} }}"
EVIDENCE_START_COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?f <{KEYS}evidenceStart> ?s }} }}"
VALUE_PROFILE_COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?f <{KEYS}valueProfile> ?p }} }}"
MEASURE_PROFILE_COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?f <{KEYS}measureProfile> ?p }} }}"
SOURCE_PROFILE_COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?f <{KEYS}sourceProfile> ?p }} }}"
STATEMENT_KEY_COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?f <{KEYS}statementKey> ?k }} }}"
# what the format file records (upgrade): a writer that does not keep the file and replaces
# articles drops their agency years and evidence starts (decision 0065), which these counts see
COUNTS = {"graphs": GRAPH_COUNT, "agencyYears": AGENCY_YEAR_COUNT, "evidenceStarts": EVIDENCE_START_COUNT,
          "valueProfiles": VALUE_PROFILE_COUNT, "measureProfiles": MEASURE_PROFILE_COUNT,
          "sourceProfiles": SOURCE_PROFILE_COUNT, "statementKeys": STATEMENT_KEY_COUNT}


def write_format(folder: Path, counts: dict[str, int] | None = None) -> None:
    """This writer's format, and what it counted in the folder after it last checked or wrote
    (`counts`: named graphs and agency-year links, OxigraphStore._counts; none when not
    counted, and the next writer checks)."""
    replace_file(folder / FORMAT_FILE, {"format": FORMAT, **(counts or {})})


def recorded_counts(folder: Path) -> dict[str, int] | None:
    """The counts write_format recorded, None when it recorded not all of them (a file written
    before the agency-year links were counted holds only `graphs`: the next writer checks)."""
    try:
        data = json.loads((folder / FORMAT_FILE).read_text(encoding="utf-8"))
        counts = {name: data.get(name) for name in COUNTS}
    except (OSError, ValueError, AttributeError):
        return None
    return counts if all(isinstance(n, int) for n in counts.values()) else None


def replace_file(path: Path, data: dict) -> None:
    """Write a small bookkeeping file beside its place and rename it over, so a reader never
    finds half of it."""
    scratch = path.with_name(path.name + ".new")
    scratch.write_text(json.dumps(data), encoding="utf-8")
    os.replace(scratch, path)


def lookup_key_quads(engine: ox.Store, entities_graph: str) -> Iterator[ox.Quad]:
    """The lookup keys (kg.rdf.keys) of everything a store holds, as the graph builder writes
    them: ekg:nameWord beside each person's and organisation's label, ekg:measureWord and
    ekg:comparisonKey and ekg:groupKey on each figure, in the graph of what they are computed from,
    and a figure's ekg:agencyYear for each year of its period (with each agency year's description
    once, in `entities_graph`; decision 0033).
    Yielded one by one, not listed: at 100k articles they are millions of quads (a list of them
    took the upgrade of a bulk-loaded 100k store past 12 GB of memory)."""
    name_word, measure_word, key, group = (ox.NamedNode(KEYS + p) for p in ("nameWord", "measureWord", "comparisonKey", "groupKey"))
    described = set()   # the agency years described so far (skew.figure_agency_years, the one builder of them)
    for row in engine.query(NAMED_ENTITIES):
        yield from (ox.Quad(row["e"], name_word, ox.Literal(w), row["g"]) for w in keys.words(row["label"].value))
    for row in engine.query(FIGURE_KEYS):
        measure = row["measure"].value if row["measure"] is not None else ""
        yield from (ox.Quad(row["f"], measure_word, ox.Literal(w), row["g"])
                    for w in keys.words(f"{row['what'].value} {measure}"))
        if row["unit"] is not None and row["span"] is not None:
            yield ox.Quad(row["f"], key, ox.Literal(keys.comparison_key(row["unit"].value, row["span"].value)), row["g"])
            if row["class"] is not None:
                name = row["class"].value.rsplit("#", 1)[-1]
                yield ox.Quad(row["f"], group, ox.Literal(keys.group_key(name, row["unit"].value, row["span"].value)),
                              row["g"])
        if row["unit"] is not None and row["span"] is not None and row["reporter"] is not None:   # (?period is bound only with ?unit)
            for quads in skew.figure_agency_years(
                    [(row["g"].value, row["f"].value, row["reporter"].value, row["span"].value)], entities_graph, described):
                yield from quads


PENDING_FILE = "kg-pending.json"   # the article graphs of the bulk write under way (decision 0013)


def write_pending(folder: Path, iris: Iterable[str]) -> None:
    """Note the article graphs a bulk write is about to put in, before it starts. Written
    beside and renamed over, so a reader never finds half a journal. Not synced to disk: it
    guards against the process dying, as the engine's own log does (a power cut is another
    matter, for both)."""
    replace_file(folder / PENDING_FILE, {"articles": sorted(iris)})


def clear_pending(folder: Path) -> None:
    try:
        (folder / PENDING_FILE).unlink()
    except FileNotFoundError:
        pass


def read_pending(folder: Path) -> frozenset[str]:
    """The article graphs of a bulk write that has not finished (none when there is no journal)."""
    try:
        return frozenset(json.loads((folder / PENDING_FILE).read_text(encoding="utf-8"))["articles"])
    except FileNotFoundError:
        return frozenset()
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"cannot read the write journal {folder / PENDING_FILE}: {first_line(exc)}") from None


def checkpoint(folder: Path, target: Path) -> None:
    """A consistent copy of the store in `folder` at `target` (hard links plus the manifest),
    taken without the folder's lock, so a process may serve a snapshot of a store that another
    process is writing (docs/decisions/0004-serving-while-ingesting.md). A bulk write under way
    before or after the copy goes into the copy's journal, so the snapshot hides its graphs."""
    try:
        pending = read_pending(folder)
        ox.Store.read_only(str(folder)).backup(str(target))
        pending |= read_pending(folder)
    except OSError as exc:
        raise StoreError(f"cannot snapshot the store at {folder}: {str(exc).splitlines()[0][:200]}") from None
    if pending:
        write_pending(target, pending)
    if store_format(folder) >= FORMAT:
        write_format(target)
