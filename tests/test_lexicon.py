"""The lexicon: users extend it with their own YAML files, without touching code."""
import json
import os
import subprocess
import sys

from conftest import ROOT

ARTICLE = ("Judul Berita Ekspor Untuk Pengujian\n\nJAKARTA, KOMPAS.com - Badan Riset Kopi Nusantara (BRKN) "
           "mencatat ekspor kopi pada 2023 mencapai US$ 1,2 miliar.\n")


def extract(tmp_path, lexicon_dir=None):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    env = dict(os.environ)
    if lexicon_dir:
        env["KG_LEXICON_DIR"] = str(lexicon_dir)
    return subprocess.run([sys.executable, "-m", "kg.cli", "extract", str(path)], capture_output=True,
                          text=True, env=env, cwd=ROOT)


def test_a_user_file_adds_an_agency(tmp_path):
    extra = tmp_path / "lexicon"
    extra.mkdir()
    (extra / "organizations.yaml").write_text(
        "- name: Badan Riset Kopi Nusantara\n  aliases: [BRKN]\n  kind: agency\n", encoding="utf-8")
    before = json.loads(extract(tmp_path).stdout)
    after = json.loads(extract(tmp_path, extra).stdout)
    agency = lambda record: [f["agency"] for f in record["facts"] if f["type"] == "figure"]  # noqa: E731
    assert agency(after) == ["Badan Riset Kopi Nusantara"]
    assert agency(before) == [None]  # unknown before the user's file named it


def test_a_broken_user_file_is_one_clear_line(tmp_path):
    extra = tmp_path / "lexicon"
    extra.mkdir()
    (extra / "lexicon.yaml").write_text("months: [januari\n  - : :\n", encoding="utf-8")
    run = extract(tmp_path, extra)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "lexicon file" in run.stderr and "not valid YAML" in run.stderr
