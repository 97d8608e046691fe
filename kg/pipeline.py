"""The one-way flow, article by article: read -> extract -> build RDF -> validate -> store.
An article lands whole or not at all; a bad file never stops a multi-file ingest."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import ARTICLE_SUFFIXES, read_article
from kg.errors import KGError
from kg.model import Facts
from kg.build.graph import ArticleGraph, build_graph
from kg.validate.shacl import Report, validate_graph
from kg.resources import resource_dir
from kg.rdf.iris import Iris
from kg.settings import Settings


@dataclass
class Outcome:
    source: str
    status: str                    # added, unchanged, replaced, refused, error
    message: str = ""
    facts: Facts | None = None
    graph: ArticleGraph | None = None
    report: Report | None = None


def article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the article files inside folders (sorted, so runs are repeatable).
    A path that does not exist is kept: reading it fails with one line for that path alone, so
    `kg ingest good.txt missing.txt` still stores good.txt."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            found.append(path)  # a missing or unreadable file is reported when read, after the others
    return found


def corpus_paths() -> list[Path]:
    return article_paths([resource_dir("corpus")])


def extract_file(path: str | Path, settings: Settings = Settings(), lexicon: Lexicon | None = None) -> Facts:
    """The facts of one article file, read and extracted with `lexicon`, else with the lexicon
    `settings` names (its language and user folders, read once per process)."""
    lexicon = lexicon or Lexicon.for_settings(settings)
    return extract(read_article(path, lexicon), lexicon)


def prepare(path: Path, settings: Settings = Settings(), lexicon: Lexicon | None = None) -> Outcome:
    """Everything short of storing: the graph and its validation report."""
    facts = extract_file(path, settings, lexicon)
    graph = build_graph(facts, Iris(settings.base))
    report = validate_graph(graph.union())
    outcome = Outcome(str(path), "valid", facts=facts, graph=graph, report=report)
    if report.has_violations:
        outcome.status = "refused"
        outcome.message = f"does not conform to the shapes: {report.summary()}"
    return outcome


def ingest(store, paths: Iterable[str | Path], on_done: Callable[[Outcome], None] | None = None,
           settings: Settings = Settings()) -> list[Outcome]:
    outcomes = []
    for path in paths:
        try:
            outcome = prepare(Path(path), settings)
            if outcome.status != "refused":
                outcome.status = store.add_article(outcome.graph)
        except KGError as exc:
            outcome = Outcome(str(path), "error", str(exc))
        outcomes.append(outcome)
        if on_done:
            on_done(outcome)
    return outcomes
