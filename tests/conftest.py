import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TEST_ARTICLES = Path(__file__).resolve().parent / "articles"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory):
    """A store built once from the bundled corpus (tests must not write to it)."""
    import kg
    path = tmp_path_factory.mktemp("seeds") / "store"
    store = kg.open(path)
    outcomes = store.build()
    assert all(o.status == "added" for o in outcomes), [(o.source, o.status, o.message) for o in outcomes]
    store.store.flush()
    del store
    return path


def skewed_copy(tmp_path, seeds_store):
    """A writable copy of the seeds' store for a store-check test that removes a lookup key: its
    engine, a `run` that answers the checks' queries over the union of its graphs, and the
    entities graph's IRI (tests/test_evidence_starts.py, tests/test_value_profiles.py)."""
    import pyoxigraph as ox

    from kg.build.graph import entities_graph_iri
    from kg.store.oxigraph import neutral
    folder = tmp_path / "skewed"
    shutil.copytree(seeds_store, folder)
    engine = ox.Store(str(folder))

    def run(text):
        return neutral(engine.query(text, use_default_graph_as_union=True))
    return engine, run, entities_graph_iri()


def check_finds_one_key_removed(seeds_store, tmp_path, lacking: str, links: str, predicate: str, repair,
                                quick_sees_it: bool | None = None) -> None:
    """The store check's protocol for a lookup key written at ingest: a copy of the seeds' store lacks
    nothing; with one key (`predicate`, a row of the `links` query) removed, the thorough check that
    reads every fact finds it missing and the one that samples does not (nor the quick one, when
    `quick_sees_it` is False); the repair (`repair(entities)`, a SPARQL update) makes it whole; with
    every such key removed, the quick check a reader runs finds them missing."""
    import pyoxigraph as ox

    from kg.store import skew
    engine, run, entities = skewed_copy(tmp_path, seeds_store)
    assert lacking not in skew.found(run, entities, thorough=True)
    one = next(iter(engine.query(links)))
    engine.remove(ox.Quad(one["s"], ox.NamedNode(predicate), one["o"], one["g"]))
    assert lacking in skew.found(run, entities, thorough=True)
    assert lacking not in skew.found(run, entities, thorough=True, every_fact=False)
    if quick_sees_it is False:
        assert lacking not in skew.found(run, entities, thorough=False)
    engine.update(repair(entities))
    assert lacking not in skew.found(run, entities, thorough=True)
    # none at all (a store of an earlier format): the cheap check, a reader's too, sees it
    engine.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{predicate}> ?o }} }}")
    assert lacking in skew.found(run, entities, thorough=False)



# The two backends of the Store protocol over the seeds (tests/test_store_protocol.py,
# tests/test_branches.py): the embedded pyoxigraph store and the in-memory rdflib one.
@pytest.fixture(scope="module")
def embedded(seeds_store):
    """The seeds' store, opened read-only (the embedded pyoxigraph backend)."""
    import kg
    return kg.open(seeds_store, read_only=True)


@pytest.fixture(scope="module")
def memory():
    """The seeds built into the in-memory rdflib backend."""
    from kg.api import KG
    from kg.store import open_store
    store = KG(open_store(":memory:"))
    assert {o.status for o in store.build()} == {"added"}
    return store


def canonical(solutions) -> tuple:
    """The columns and the rows as Python values, sorted (a template without ORDER BY may list
    its rows in any order). Values, not terms: the engines may write one decimal value with
    different lexical forms ("0" and "0.00"), which RDF counts as the same value."""
    from kg.query.results import to_rows
    rows = to_rows(solutions)
    return rows.columns, sorted((tuple(row.values()) for row in rows), key=repr)

# The mutation tests (tests/test_shapes.py, tests/test_validate_file.py) need an instance of every
# shape path. The seeds give most; the Data Cube view (`kg export --view cube`) adds the qb:
# paths, and tests/articles_shapes a figure flagged implausible (ekg:plausible false: "4.200
# triliun dolar AS" of one province's exports). The whole of tests/articles* and tests/linked
# would give them too (tests/articles/111 has a misplaced scale word), but is eight times as many
# triples, so every mutation's validation would take eight times as long.
MUTATION_ARTICLES = [CORPUS, Path(__file__).resolve().parent / "articles_shapes"]


@pytest.fixture(scope="session")
def mutation_store(tmp_path_factory):
    """A store of MUTATION_ARTICLES, built once (tests must not write to it)."""
    import kg
    path = tmp_path_factory.mktemp("mutation") / "store"
    store = kg.open(path)
    outcomes = store.ingest(MUTATION_ARTICLES)
    assert all(o.status == "added" for o in outcomes), [(o.source, o.status, o.message) for o in outcomes]
    del store
    return path


@pytest.fixture(scope="session")
def mutation_exports(mutation_store, tmp_path_factory) -> dict[str, Path]:
    """The mutation store's export with its Data Cube view, as one file per syntax (turtle, trig,
    nquads): what `kg validate` checks in a store, written out for `kg validate FILE`."""
    import kg
    from rdflib import Dataset, Graph
    store = kg.open(mutation_store, read_only=True)
    folder = tmp_path_factory.mktemp("mutation-exports")
    paths = {}
    for fmt, suffix in (("turtle", ".ttl"), ("trig", ".trig"), ("nquads", ".nq")):
        both = Graph() if fmt == "turtle" else Dataset()
        for view in ("all", "cube"):
            both.parse(data=store.export(fmt, view).decode("utf-8"), format=fmt)
        paths[fmt] = folder / f"mutation{suffix}"
        paths[fmt].write_text(both.serialize(format=fmt), encoding="utf-8")
    return paths


@pytest.fixture
def fresh_store(tmp_path):
    import kg
    return kg.open(tmp_path / "store")


@pytest.fixture
def runner():
    return CliRunner()


def copy_store(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


def load_query_bench():
    """bench/query_bench.py as a module (it is a script, not part of the package), sys.path as
    it was before: the bench puts the project root first to import kg."""
    import importlib.util
    import sys
    saved = list(sys.path)
    try:
        spec = importlib.util.spec_from_file_location("query_bench", ROOT / "bench" / "query_bench.py")
        bench = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bench)
    finally:
        sys.path[:] = saved
    return bench


def copied_seeds(folder: Path, copies: int) -> list[Path]:
    """The bundled corpus and `copies` copies of each article (its text and a line that makes it another
    article), as the benchmarks' copies make a measure or source profile many figures long; shared by the
    profile tests (tests/test_measure_profiles.py, tests/test_source_profiles.py)."""
    folder.mkdir()
    seeds = sorted(CORPUS.glob("*.txt"))
    out = list(seeds)
    for n in range(copies):
        for path in seeds:
            copy = folder / f"{path.stem}-{n}{path.suffix}"
            copy.write_text(path.read_text(encoding="utf-8") + f"\nSalinan {n}.\n", encoding="utf-8")
            out.append(copy)
    return out


def check_the_three_writers_write_the_same(quads_of, remove, server_update: str, folder_upgrade: str) -> None:
    """Helper triples written at ingest (a profile, decisions 0076 and 0080) come out the same from all three
    writers: the graph builder during an ingest of the bundled corpus, a SPARQL server's writer (`server_update`,
    the update kg.store.skew makes) and a folder's upgrade step (the OxigraphStore method named `folder_upgrade`).
    `quads_of(engine)` reads the helper quads, `remove(engine)` deletes them."""
    from kg import pipeline
    from kg.store.oxigraph import OxigraphStore
    store = OxigraphStore(None)
    pipeline.ingest(store, sorted(CORPUS.glob("*.txt")))
    built = quads_of(store.ox)
    assert built
    remove(store.ox)
    assert quads_of(store.ox) == set()
    store.ox.update(server_update)                                  # a server's writer
    assert quads_of(store.ox) == built
    remove(store.ox)
    getattr(store, folder_upgrade)("a test")                        # a folder's writer
    assert quads_of(store.ox) == built


# The scored sets (tests/test_extraction.py, tests/test_real_pages.py, tests/test_annotator_agreement.py) read what
# `kg extract --format json` prints for about 800 articles in 70 sets. Run as a process per set, each run spent more time
# starting (importing kg, reading the lexicon, its worker compiling the patterns: about 3 s of CPU) than
# extracting (about 0.05 s an article), and the agreement test extracted again the pages the real-page tests had
# (docs/testing.md). So the command runs in this process (click's runner, the same entry point), each article once a
# session, and the scorer reads its output from a file (its --pred) instead of running the command itself.
class ExtractedArticles:
    """What `kg extract --format json` prints for each article file, extracted once a session."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.lines: dict[str, str] = {}      # the path as given to the command -> its JSON line
        self.warm = False
        self.files: list[Path] = []          # the prediction files written, one a scored set

    def records(self, paths: list[Path]) -> dict[str, dict]:
        """Each article's record by its file name (the key the scorer matches gold by)."""
        return {Path(d["source"]).name: d for d in map(json.loads, self.json_lines(paths))}

    def json_lines(self, paths: list[Path]) -> list[str]:
        """The command's line for each of `paths`, in their order; those not read yet in one run of the command."""
        todo = [str(p) for p in paths if str(p) not in self.lines]
        if todo:
            self.lines.update(zip(todo, self.run(todo)))
        return [self.lines[str(p)] for p in paths]

    def run(self, paths: list[str]) -> list[str]:
        """`kg extract --format json PATH...` in this process: its JSON lines, one a path; it must exit 0."""
        from click.testing import CliRunner

        from kg.cli.main import cli
        self.warm_up()
        result = CliRunner().invoke(cli, ["extract", "--format", "json", *paths])
        assert result.exit_code == 0, (result.output, result.exception)
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        assert [Path(json.loads(line)["source"]) for line in lines] == list(map(Path, paths)), result.output
        return lines

    def warm_up(self) -> None:
        """One article extracted in this process first: the worker `kg extract` forks for its time budget then
        inherits the compiled patterns, where each run's worker would otherwise compile them again (~1 s)."""
        if not self.warm:
            from kg import pipeline
            pipeline.extract_file(sorted(CORPUS.glob("*.txt"))[0])
            self.warm = True

    def predictions(self, gold: Path, articles: Path) -> Path:
        """A JSON Lines file of the command's output for the articles `gold` annotates, named as the scorer
        names them (a gold file's "article", else its stem), for the scorer's --pred."""
        names = [json.loads(p.read_text(encoding="utf-8")).get("article") or p.stem for p in sorted(gold.glob("*.json"))]
        lines = self.json_lines([articles / name for name in names if (articles / name).exists()])
        path = self.folder / f"predictions-{len(self.files)}.jsonl"
        self.files.append(path)
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        return path


@pytest.fixture(scope="session")
def extracted(tmp_path_factory) -> ExtractedArticles:
    return ExtractedArticles(tmp_path_factory.mktemp("extracted"))


def strict_f1(gold: Path, articles: Path, extracted: ExtractedArticles) -> float:
    """The shared scorer's strict F1 of `kg extract --format json` on the articles `gold` annotates."""
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--articles", str(articles),
                          "--pred", str(extracted.predictions(gold, articles))],
                         capture_output=True, text=True, check=True, timeout=600).stdout
    return float(out.strip().splitlines()[-1].split(":")[1])
