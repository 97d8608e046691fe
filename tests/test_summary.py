"""The build/ingest summary is honest: warnings and violations are counted apart, and
"conform" means what SHACL and `kg validate` mean by it (no result at any severity), so an
article stored with a warning is never reported next to "all conform" (issue 12)."""
import re
import shutil

from kg.cli.main import cli
from kg.settings import Settings
from kg.pipeline import prepare

from conftest import TEST_ARTICLES

# a figure with no period anywhere in the article: the periodExpected shape's warning
UNDATED = "Jakarta - Ekspor kopi naik 5 persen, kata Menteri Perdagangan Budi Santoso.\n"


def summary_rows(output: str) -> dict[str, str]:
    """The summary table's rows as label -> value (the table is drawn with box characters)."""
    rows = {}
    for line in output.splitlines():
        cells = [c.strip() for c in re.split(r"[│┃]", line) if c.strip()]
        if len(cells) == 2:
            rows[cells[0]] = cells[1]
    return rows


def test_warning_only_article_is_stored_but_not_called_conforming(runner, tmp_path):
    article = tmp_path / "undated.txt"
    article.write_text(UNDATED, encoding="utf-8")
    result = runner.invoke(cli, ["--store", str(tmp_path / "s"), "ingest", str(article)])
    assert result.exit_code == 0, result.output
    rows = summary_rows(result.stdout)
    assert rows["shape warnings"] == "1" and rows["shape violations"] == "0"
    assert "conform" in rows["validation"] and "all" not in rows["validation"]
    assert rows["validation"].startswith("0 conform, 1 stored with warnings")
    assert re.search(r"warning: .*undated\.txt: 1 shape warning\(s\)", result.stderr)


def test_summary_agrees_with_kg_validate_and_the_standard(runner, tmp_path):
    """The same article: the report does not conform (SHACL), kg validate says so and exits 0,
    and the summary says the article does not conform."""
    article = tmp_path / "undated.txt"
    article.write_text(UNDATED, encoding="utf-8")
    outcome = prepare(article, Settings())
    assert outcome.report.conforms is False and not outcome.report.has_violations
    store = str(tmp_path / "s")
    runner.invoke(cli, ["--store", store, "ingest", str(article)])
    checked = runner.invoke(cli, ["--store", store, "validate"])
    assert checked.exit_code == 0
    assert checked.stdout.startswith("does not conform: 1 warning")


def test_clean_articles_conform(runner, tmp_path):
    """An article without any shape result is counted as conforming (so the check above could
    fail): find one in the bundled test articles and ingest it alone."""
    for path in sorted(TEST_ARTICLES.glob("*.txt")):
        if not prepare(path, Settings()).report.violations:
            break
    else:
        raise AssertionError("no test article validates without results")
    result = runner.invoke(cli, ["--store", str(tmp_path / "s"), "ingest", str(path)])
    rows = summary_rows(result.stdout)
    assert result.exit_code == 0 and rows["validation"] == "conforms"
    assert rows["shape warnings"] == "0" and rows["shape violations"] == "0"


def test_mixed_batch_counts_each_kind_apart(runner, tmp_path):
    """Undated (warning), a missing file (error) and a clean article: none is hidden."""
    undated = tmp_path / "undated.txt"
    undated.write_text(UNDATED, encoding="utf-8")
    clean = next(p for p in sorted(TEST_ARTICLES.glob("*.txt")) if not prepare(p, Settings()).report.violations)
    shutil.copy(clean, tmp_path / "clean.txt")
    result = runner.invoke(cli, ["--store", str(tmp_path / "s"), "ingest", str(undated),
                                 str(tmp_path / "missing.txt"), str(tmp_path / "clean.txt")])
    assert result.exit_code == 1
    rows = summary_rows(result.stdout)
    assert rows["validation"] == ("1 conform, 1 stored with warnings (do not conform), "
                                  "1 not validated (errors)")
    assert rows["articles in store"] == "2"
    # the error names its file once, in one line
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].count("missing.txt") == 1
