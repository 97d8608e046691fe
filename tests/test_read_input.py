"""Hostile and odd input (issue 12): bounded reads, FIFOs and devices, the byte-order mark,
evidence over blanked lines, whitespace variants, a missing file in a batch, JSON line
separators and the table of every record. Texts are our own."""
import json
import os
import threading

import pytest
from click.testing import CliRunner

from kg.cli.main import cli
from kg.errors import ArticleError
from kg.extract.read import MAX_BYTES, parse_article, read_article
from kg.pipeline import article_paths, extract_file, ingest

PROSE = ("KOTA CONTOH - Dinas Perdagangan Kota Contoh mencatat ekspor kopi pada Maret 2024 mencapai "
         "US$ 12,5 juta, naik 4,2 persen dibanding bulan sebelumnya.\n")


def finishes_quickly(function, seconds=10):
    """Runs function in a thread; fails (instead of hanging the suite) when it blocks."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function()
        except Exception as exc:  # noqa: BLE001 - the caller inspects it
            outcome["error"] = exc
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "reading blocked"
    return outcome


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome = finishes_quickly(lambda: read_article(fifo))
    assert isinstance(outcome.get("error"), ArticleError) and "not a regular file" in str(outcome["error"])


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_device_is_refused_without_reading_it():
    outcome = finishes_quickly(lambda: read_article("/dev/zero"))
    assert isinstance(outcome.get("error"), ArticleError) and "not a regular file" in str(outcome["error"])


def test_size_is_checked_before_reading(tmp_path):
    path = tmp_path / "sparse.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES * 400)  # 2 GB on disk as a sparse file: never read
    with pytest.raises(ArticleError, match="larger than"):
        read_article(path)


def test_byte_order_mark_does_not_shift_offsets(tmp_path):
    plain, marked = tmp_path / "plain.txt", tmp_path / "bom.txt"
    plain.write_text(PROSE, encoding="utf-8")
    marked.write_bytes(b"\xef\xbb\xbf" + PROSE.encode("utf-8"))
    one, two = extract_file(plain), extract_file(marked)
    assert [(f.evidence.start, f.evidence.end) for f in one.figures] == \
           [(f.evidence.start, f.evidence.end) for f in two.figures]
    text = marked.read_text(encoding="utf-8-sig")  # offsets count from after the mark
    assert all(text[f.evidence.start:f.evidence.end] == f.evidence.text for f in two.figures)
    assert one.article.id == two.article.id


def test_quote_spanning_a_blanked_line_has_the_text_at_its_offsets_as_evidence(tmp_path):
    text = ("KOTA CONTOH - Kepala Dinas Perdagangan Kota Contoh Budi Santoso mengatakan ekspor naik.\n\n"
            "\u201cPermintaan kopi dari Eropa naik 4,2 persen pada Maret 2024 dan kami menyiapkan\n"
            "Penulis: Sari Wulan\n"
            "gudang baru untuk para eksportir,\u201d kata Budi.\n")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--format", "json", str(path)])
    record = json.loads(result.output)
    spans = [f["evidence"] for f in record["facts"] if "evidence" in f]
    assert spans and all(text[e["start"]:e["end"]] == e["text"] for e in spans)
    quotes = [f for f in record["facts"] if f["type"] == "quote"]
    assert quotes and "Penulis" not in quotes[0]["text"]


@pytest.mark.parametrize("variant", [
    PROSE.replace("\n", "\r\n"), PROSE.replace("\n", "  \n"), PROSE + "\n\n", "\n" + PROSE.rstrip("\n"),
])
def test_whitespace_and_line_ending_variants_are_the_same_article(variant):
    assert parse_article(variant).id == parse_article(PROSE).id
    assert parse_article(variant).id != parse_article(PROSE.replace("12,5", "12,6")).id


class ListStore:
    """Just enough of a store for the pipeline: it keeps the graphs it is given."""

    def __init__(self):
        self.added = []

    def add_article(self, graph):
        self.added.append(graph)
        return "added"


def test_missing_file_does_not_stop_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(PROSE, encoding="utf-8")
    store = ListStore()
    outcomes = ingest(store, article_paths([good, tmp_path / "missing.txt", good]))
    assert [o.status for o in outcomes] == ["added", "error", "added"]
    assert "no such file" in outcomes[1].message and len(store.added) == 2


def test_json_output_escapes_line_and_paragraph_separators(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(PROSE + "\n\u201cPermintaan dari Eropa\u2028masih sangat\u2029kuat tahun ini,\u201d kata Kepala "
                    "Dinas Perdagangan Kota Contoh Budi Santoso.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--format", "json", str(path)])
    lines = result.output.splitlines()
    assert len(lines) == 1 and "\u2028" not in result.output and "\u2029" not in result.output
    record = json.loads(lines[0])
    assert any("\u2028" in f["text"] and "\u2029" in f["text"] for f in record["facts"] if f["type"] == "quote")


def test_table_shows_every_record(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(PROSE + "\n\u201cPermintaan dari Eropa masih sangat kuat tahun ini,\u201d kata Kepala Dinas "
                    "Perdagangan Kota Contoh Budi Santoso.\n", encoding="utf-8")
    record = json.loads(CliRunner().invoke(cli, ["extract", "--format", "json", str(path)]).output)
    table = CliRunner().invoke(cli, ["extract", "--format", "table", str(path)], terminal_width=400).output
    kinds = {f.get("kind") or f["type"] for f in record["facts"]}
    assert {"person", "organization", "quote"} <= kinds
    for kind in kinds:
        assert kind in table


def test_unreadable_date_is_reported_by_extract(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Judul Berita Ekspor Contoh\n\nPublished: 31 Februari 2024\n\n" + PROSE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert "warning:" in result.stderr and "31 Februari 2024" in result.stderr
    assert json.loads(result.stdout)["article"]["warnings"]


@pytest.mark.parametrize("backend", ["memory", "folder"])
def test_reingesting_a_whitespace_variant_is_unchanged_and_keeps_the_stored_copy(tmp_path, backend):
    """The variant has the stored article's IRI but other offsets: it is the same article, so
    the store keeps the copy it has (its evidence offsets still point into its own text)."""
    import kg
    from kg.store import open_store
    original, variants = tmp_path / "a.txt", []
    original.write_text(PROSE, encoding="utf-8")
    for name, text in [("crlf", PROSE.replace("\n", "\r\n")), ("trailing", PROSE.replace("\n", "  \n") + "\n\n")]:
        variants.append(tmp_path / f"{name}.txt")
        variants[-1].write_bytes(text.encode("utf-8"))
    graph = kg.KG(open_store(":memory:" if backend == "memory" else tmp_path / "store"))
    assert [o.status for o in graph.ingest([original])] == ["added"]
    before = sorted(map(str, graph.store.quads()))
    outcomes = graph.ingest(variants)
    assert [o.status for o in outcomes] == ["unchanged", "unchanged"]
    assert "whitespace or line endings" in outcomes[0].message
    assert sorted(map(str, graph.store.quads())) == before
    assert [o.status for o in graph.ingest([original])] == ["unchanged"]


def test_whitespace_variants_in_one_batch_store_the_first(tmp_path):
    import kg
    from kg.store import open_store
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(PROSE, encoding="utf-8")
    second.write_bytes(PROSE.replace("\n", "\r\n").encode("utf-8"))
    graph = kg.KG(open_store(tmp_path / "store"))
    assert [o.status for o in graph.ingest([first, second])] == ["added", "unchanged"]
    assert [o.status for o in graph.ingest([first])] == ["unchanged"]
