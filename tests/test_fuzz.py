"""Fuzz: mutated articles never break the extractor's promises (issue 12).

A seeded generator mutates the bundled articles (deleted and duplicated sentences, shuffled
paragraphs, random digits, punctuation and unicode, absurd numbers, very long lines, mixed line
endings, long runs of spaces, a byte-order mark) and every case must hold:
  - no exception other than a one-line KGError refusal;
  - every line of the `kg extract --format json` output is valid JSON (no NaN or Infinity) and
    stays one line under str.splitlines() (U+2028/U+2029 escaped);
  - every evidence span equals the text at its offsets, the text being the file as the reader
    reads it (UTF-8 without the byte-order mark, line endings as they are);
  - no NaN or infinite value; a value beyond the plausible magnitude of its unit is flagged
    (plausible: false), and so is any value no unit could make plausible;
  - each article is extracted within Settings.article_time_budget (CPU seconds).
A few hundred cases run in the normal suite; the 2,000-case run is marked slow (it runs in CI).
"""
from __future__ import annotations

import json
import random
import re
import time
from decimal import Decimal
from pathlib import Path

import pytest

from kg.build.records import facts_record
from kg.cli.main import json_line
from kg.errors import KGError
from kg.extract.facts import plausible_bounds
from kg.extract.lexicon import Lexicon
from kg.pipeline import extract_file
from kg.settings import Settings

from conftest import CORPUS, TEST_ARTICLES

SOURCES = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")) + sorted(TEST_ARTICLES.glob("*.txt"))]
NO_PLAUSIBLE_UNIT = Decimal("1e21")   # above every plausible_max (about ten times the world economy)
UNICODE = ["\u2028", "\u2029", "\u00a0", "\u200b", "\u200d", "\ufeff", "\u202e", "\u0301", "\U0001f4c8", "\u00ad",
           "\x0b", "\x0c", "\x1c", "\x85", "é", "—", "–", "“", "”", "‘", "’", "…", "½", "٣", "\u3000", "ﬁ"]
PUNCTUATION = list(".,;:!?\"'()[]-/%$&*“”‘’«»")
ABSURD = ["Rp 1.000.000.000.000.000.000,00", "US$ 99999999999999999999 triliun", "1e308 persen",
          "Rp 0,000000001", "-5.000.000 ton", "US$ 9.999.999.999.999.999.999.999.999 miliar",
          "999999999999999999999999999999 persen", "Rp 12.345.678.901.234.567.890.123 kuadriliun",
          "1,7976931348623157e308 dolar", "NaN persen", "Infinity miliar", "Rp -0", "0,0 persen",
          "US$ 1.2.3.4 miliar", "Rp 5.000.000.000.000.000.000.000.000.000 triliun"]


# --- the generator ------------------------------------------------------------------------------

def sentences_of(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text)


def delete_sentences(rng: random.Random, text: str) -> str:
    parts = sentences_of(text)
    for _ in range(rng.randint(1, 4)):
        if len(parts) > 1:
            parts.pop(rng.randrange(len(parts)))
    return " ".join(parts)


def duplicate_sentences(rng: random.Random, text: str) -> str:
    parts = sentences_of(text)
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(parts))
        parts.insert(rng.randrange(len(parts) + 1), parts[i])
    return " ".join(parts)


def shuffle_paragraphs(rng: random.Random, text: str) -> str:
    paragraphs = text.split("\n\n")
    rng.shuffle(paragraphs)
    return "\n\n".join(paragraphs)


def random_digits(rng: random.Random, text: str) -> str:
    return re.sub(r"\d", lambda m: str(rng.randrange(10)) if rng.random() < 0.3 else m.group(), text)


def insert_at_random(rng: random.Random, text: str, pieces: list[str], count: int) -> str:
    chars = list(text)
    for _ in range(count):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(pieces))
    return "".join(chars)


def punctuation(rng: random.Random, text: str) -> str:
    return insert_at_random(rng, text, PUNCTUATION, rng.randint(5, 60))


def unicode(rng: random.Random, text: str) -> str:
    return insert_at_random(rng, text, UNICODE, rng.randint(5, 60))


def absurd_numbers(rng: random.Random, text: str) -> str:
    pieces = [f" ekspor mencapai {rng.choice(ABSURD)} pada 2023. " for _ in range(rng.randint(1, 4))]
    return insert_at_random(rng, text, pieces, len(pieces))


def long_line(rng: random.Random, text: str) -> str:
    """The whole article on one line, sometimes repeated to tens of kilobytes."""
    line = " ".join(text.split("\n"))
    return line * rng.randint(1, 3)


def mixed_line_endings(rng: random.Random, text: str) -> str:
    return re.sub(r"\n", lambda m: rng.choice(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"]), text)


def runs_of_spaces(rng: random.Random, text: str) -> str:
    """Long runs of spaces, as boilerplate blanked in a page without line breaks leaves them."""
    runs = [" " * rng.choice([50, 300, 1000, 4000]) for _ in range(rng.randint(1, 5))]
    return insert_at_random(rng, text, runs, len(runs))


MUTATIONS = [delete_sentences, duplicate_sentences, shuffle_paragraphs, random_digits, punctuation, unicode,
             absurd_numbers, long_line, mixed_line_endings, runs_of_spaces]


def mutated_article(seed: int) -> bytes:
    """Case `seed`: one to four mutations of one bundled article, as file bytes (sometimes
    with a byte-order mark). The same seed always gives the same bytes."""
    rng = random.Random(seed)
    text = rng.choice(SOURCES)
    for mutation in rng.sample(MUTATIONS, rng.randint(1, 4)):
        text = mutation(rng, text)
    raw = text.encode("utf-8")
    return b"\xef\xbb\xbf" + raw if rng.random() < 0.15 else raw


# --- the checks ---------------------------------------------------------------------------------

def refuse_constant(name: str):
    raise AssertionError(f"non-finite number {name} in the JSON output")


def evidence_spans(node):
    """Every {"text", "start", "end"} object anywhere in a record."""
    if isinstance(node, dict):
        if {"text", "start", "end"} <= node.keys() and isinstance(node["start"], int):
            yield node
        for value in node.values():
            yield from evidence_spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from evidence_spans(value)


def numbers_in(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from numbers_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from numbers_in(value)
    elif isinstance(node, (int, float)) and not isinstance(node, bool):
        yield node


def check_case(seed: int, folder: Path, budget: float, bounds: dict) -> dict:
    """Run case `seed` through the library as `kg extract --format json` does; assert every
    promise; return what was measured."""
    raw = mutated_article(seed)
    path = folder / f"case-{seed}.txt"
    path.write_bytes(raw)
    started = time.process_time()
    try:
        facts = extract_file(path)
    except KGError as exc:          # a refusal is one line, never a traceback
        assert "\n" not in str(exc), (seed, str(exc))
        return {"seed": seed, "seconds": time.process_time() - started, "facts": 0, "refused": True}
    seconds = time.process_time() - started
    assert seconds <= budget, f"case {seed} took {seconds:.2f} s of CPU, over its {budget} s budget"
    record = facts_record(facts, str(path))
    if facts.article.warnings:
        record["article"]["warnings"] = list(facts.article.warnings)
    line = json_line(record)
    assert line.splitlines() == [line], f"case {seed}: the JSON line breaks under str.splitlines()"
    parsed = json.loads(line, parse_constant=refuse_constant)
    text = raw.decode("utf-8").removeprefix("\ufeff")     # what offsets count in (kg/extract/read.py)
    for span in evidence_spans(parsed):
        assert 0 <= span["start"] <= span["end"] <= len(text), (seed, span)
        assert text[span["start"]:span["end"]] == span["text"], (seed, span, text[span["start"]:span["end"]])
    for number in numbers_in(parsed):
        assert number == number and abs(number) != float("inf"), (seed, number)
    for fact in parsed["facts"]:
        if fact["type"] == "figure":
            check_plausibility(seed, fact, bounds)
    return {"seed": seed, "seconds": seconds, "facts": len(parsed["facts"]), "refused": False}


def check_plausibility(seed: int, fact: dict, bounds: dict) -> None:
    magnitude = max(abs(Decimal(str(fact["value"]))), abs(Decimal(str(fact.get("value_max") or 0))))
    bound = bounds.get(fact.get("unit"), bounds.get("default"))
    if magnitude > NO_PLAUSIBLE_UNIT or (bound is not None and magnitude > bound):
        assert fact.get("plausible") is False, (seed, fact["value"], fact.get("unit"), fact["evidence"])


def run_cases(seeds, folder: Path) -> list[dict]:
    budget = Settings().article_time_budget
    bounds = Lexicon.for_settings(Settings()).compiled(plausible_bounds)
    return [check_case(seed, folder, budget, bounds) for seed in seeds]


# --- the tests ----------------------------------------------------------------------------------

def test_generator_is_seeded_and_mutates():
    assert mutated_article(7) == mutated_article(7)
    cases = {mutated_article(seed) for seed in range(40)}
    assert len(cases) == 40
    assert not cases & {text.encode("utf-8") for text in SOURCES}


def test_every_mutation_changes_an_article():
    rng = random.Random(1)
    for mutation in MUTATIONS:
        assert mutation(rng, SOURCES[0]) != SOURCES[0], mutation.__name__


def test_fuzz_cases_keep_every_promise(tmp_path):
    results = run_cases(range(200), tmp_path)
    assert sum(r["facts"] for r in results) > 400     # the cases exercise the extractor
    assert sum(r["refused"] for r in results) < len(results) / 10


def test_fuzz_through_the_command_line(tmp_path, runner):
    """The real `kg extract --format json` on a batch of cases: one valid line per file."""
    from kg.cli.main import cli
    paths = []
    for seed in range(1000, 1012):
        path = tmp_path / f"case-{seed}.txt"
        path.write_bytes(mutated_article(seed))
        paths.append(str(path))
    result = runner.invoke(cli, ["extract", "--format", "json", *paths])
    lines = result.stdout.splitlines()
    assert len(lines) == len(paths), result.stdout[:500]
    for line, path in zip(lines, paths):
        record = json.loads(line, parse_constant=refuse_constant)
        assert record["source"] == path


@pytest.mark.slow
def test_fuzz_two_thousand_cases(tmp_path):
    results = run_cases(range(100_000, 102_000), tmp_path)
    slowest = max(results, key=lambda r: r["seconds"])
    print(f"2000 fuzz cases: {sum(r['facts'] for r in results)} facts, {sum(r['refused'] for r in results)} refused, "
          f"slowest case {slowest['seed']} {slowest['seconds']:.2f} s CPU")
    assert sum(r["facts"] for r in results) > 4000


# --- the time budget ------------------------------------------------------------------------------

def long_article(sentences: int = 3000) -> str:
    """A long article of distinct sentences with figures (a few hundred kilobytes)."""
    return "Jakarta - " + "\n\n".join(
        f"Menurut data, ekspor komoditas nomor {i} naik {i % 97},{i % 10} persen menjadi US$ {i},{i % 7} miliar "
        f"pada {2000 + i % 24}." for i in range(sentences)) + "\n"


def test_article_over_its_budget_is_refused_and_the_batch_goes_on(tmp_path):
    import kg
    good = sorted(TEST_ARTICLES.glob("*.txt"))[:2]
    slow = tmp_path / "slow.txt"
    slow.write_text(long_article(), encoding="utf-8")
    graph = kg.open(tmp_path / "store", settings=Settings(article_time_budget=0.3))
    started = time.monotonic()
    outcomes = graph.ingest([good[0], slow, good[1]])
    assert [o.status for o in outcomes] == ["added", "error", "added"], [(o.status, o.message) for o in outcomes]
    assert outcomes[1].message == f"{slow}: extraction took longer than 0.3 s; refused"
    assert time.monotonic() - started < 0.3 * 10 + 120     # bounded: never waits for the slow article


def test_budget_refusal_is_one_line_from_kg_ingest(tmp_path, runner):
    from kg.cli.main import cli
    slow = tmp_path / "slow.txt"
    slow.write_text(long_article(), encoding="utf-8")
    result = runner.invoke(cli, ["--store", str(tmp_path / "s"), "ingest", str(slow)],
                           env={"KG_ARTICLE_TIME_BUDGET": "0.3"})
    assert result.exit_code == 1
    assert f"error: {slow}: extraction took longer than 0.3 s; refused" in result.stderr.splitlines()


def test_kg_extract_refuses_an_article_over_its_budget_in_one_line_and_goes_on(tmp_path, runner):
    """`kg extract` honours the budget as an ingest does: an error record and one line for the
    slow article, the articles around it extracted, exit code 1."""
    from kg.cli.main import cli
    good = sorted(TEST_ARTICLES.glob("*.txt"))[:2]
    slow = tmp_path / "slow.txt"
    slow.write_text(long_article(), encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(good[0]), str(slow), str(good[1])], env={"KG_ARTICLE_TIME_BUDGET": "0.3"})
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {slow}: extraction took longer than 0.3 s; refused"]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(good[0]), str(slow), str(good[1])]
    assert records[0]["facts"] and records[2]["facts"] and records[1]["facts"] == []
    assert records[1]["error"] == f"{slow}: extraction took longer than 0.3 s; refused"


def test_without_a_budget_extraction_runs_in_process(tmp_path):
    """Settings(article_time_budget=0) switches the worker off: the same facts, no refusal."""
    from kg.pipeline import extractor
    path = sorted(TEST_ARTICLES.glob("*.txt"))[0]
    with extractor(Settings(article_time_budget=0)) as in_process, extractor(Settings()) as in_worker:
        assert facts_record(in_process(path), "x") == facts_record(in_worker(path), "x")
