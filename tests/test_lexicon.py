"""The lexicon: users extend it with their own YAML files, without touching code."""
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from kg.errors import KGError
from kg.extract import extract
from kg.extract.amounts import AmountGrammar
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

ARTICLE = ("Judul Berita Ekspor Untuk Pengujian\n\nJAKARTA, KOMPAS.com - Badan Riset Kopi Nusantara (BRKN) "
           "mencatat ekspor kopi pada 2023 mencapai US$ 1,2 miliar.\n")


def cli_extract(tmp_path, lexicon_dir=None):
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
    before = json.loads(cli_extract(tmp_path).stdout)
    after = json.loads(cli_extract(tmp_path, extra).stdout)
    agency = lambda record: [f["agency"] for f in record["facts"] if f["type"] == "figure"]  # noqa: E731
    assert agency(after) == ["Badan Riset Kopi Nusantara"]
    assert agency(before) == [None]  # unknown before the user's file named it


def test_a_broken_user_file_is_one_clear_line(tmp_path):
    extra = tmp_path / "lexicon"
    extra.mkdir()
    (extra / "lexicon.yaml").write_text("months: [januari\n  - : :\n", encoding="utf-8")
    run = cli_extract(tmp_path, extra)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "lexicon file" in run.stderr and "not valid YAML" in run.stderr


def test_a_key_given_twice_in_one_file_is_one_clear_line(tmp_path):
    """(YAML keeps the last of two equal keys without a word: the list given first would be lost)"""
    extra = tmp_path / "lexicon"
    extra.mkdir()
    (extra / "lexicon.yaml").write_text("# extra words\nmeasure_verbs: [menaksir]\nsumming_up_words: [begitulah]\n"
                                        "measure_verbs: [mengukur]\n", encoding="utf-8")
    run = cli_extract(tmp_path, extra)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "the key 'measure_verbs' is given twice (lines 2 and 4)" in run.stderr


def test_the_shipped_lexicon_files_give_each_key_once():
    from kg.extract.lexicon import _key_given_twice
    for path in sorted((ROOT / "kg" / "languages").glob("*/*.yaml")):
        assert _key_given_twice(path.read_text(encoding="utf-8")) is None, path


# --- lexicons are objects: two in one process, each with its own patterns -----------------

HEAD = "---\npublished: 2024-03-12\n---\nJudul Berita Ekspor Untuk Pengujian\n\nJAKARTA, KOMPAS.com - "
# an invented body and an invented reporting verb ('menaksir', to estimate), known to no lexicon we ship
SURVEY = ("Badan Riset Kopi Nusantara (BRKN) menaksir ekspor kopi pada 2023 mencapai US$ 1,2 miliar.\n\n"
          "Kepala BRKN Budi Santoso menaksir, ekspor kopi naik 5 persen pada 2024.\n")


def user_folder(tmp_path, **files) -> Path:
    folder = tmp_path / "user-lexicon"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def figures_with(lexicon: Lexicon, body: str):
    facts = extract(parse_article(HEAD + body, lexicon=lexicon), lexicon)
    return [(f.kind, f.value, f.unit, f.period, f.agency, f.speaker.name if f.speaker else None) for f in facts.figures]


def test_two_lexicons_in_one_process_give_each_its_own_facts(tmp_path):
    folder = user_folder(
        tmp_path,
        organizations="- name: Badan Riset Kopi Nusantara\n  aliases: [BRKN]\n  kind: agency\n  head: Kepala BRKN\n",
        lexicon="agency_report_verbs: [menaksir]\nattribution_verbs_before: [menaksir]\n")
    default, extended = Lexicon.load("id"), Lexicon.load("id", [folder])
    before = figures_with(default, SURVEY)
    with_user = figures_with(extended, SURVEY)
    after = figures_with(default, SURVEY)
    assert [(kind, agency, speaker) for kind, _, _, _, agency, speaker in with_user] == [
        ("realization", "Badan Riset Kopi Nusantara", "Budi Santoso"),  # the lead is told for the body's official
        ("growth", "Badan Riset Kopi Nusantara", "Budi Santoso")]
    assert [(agency, speaker) for *_, agency, speaker in before] == [(None, None), (None, None)]
    assert after == before  # the extended lexicon's patterns did not leak into the default one


def test_each_lexicon_keeps_its_own_compiled_patterns(tmp_path):
    default, extended = Lexicon.load("id"), Lexicon.load("id", [user_folder(tmp_path, lexicon="percent_words: [prosen]\n")])
    assert default.compiled(AmountGrammar) is default.compiled(AmountGrammar)
    assert default.compiled(AmountGrammar) is not extended.compiled(AmountGrammar)
    assert extended.compiled(AmountGrammar).percent_re.match(" prosen")
    assert not default.compiled(AmountGrammar).percent_re.match(" prosen")


def test_facts_pickle_with_their_lexicon_named_not_copied(tmp_path):
    """A worker process sends facts back: the lexicon travels as (language, folders)."""
    folder = user_folder(tmp_path, organizations="- name: Badan Riset Kopi Nusantara\n  aliases: [BRKN]\n")
    lexicon = Lexicon.default("id", [folder])
    facts = extract(parse_article(HEAD + SURVEY, lexicon=lexicon), lexicon)
    copy = pickle.loads(pickle.dumps(facts))
    assert copy.lexicon is lexicon  # the same files, read once in this process
    assert [f.value for f in copy.figures] == [f.value for f in facts.figures]
    assert len(pickle.dumps(lexicon)) < 1000


def test_an_unknown_language_is_one_clear_error():
    with pytest.raises(KGError, match="no lexicon for language 'xx'"):
        Lexicon.load("xx")


# --- the six keys whose edits used to change nothing (the code kept its own copies) --------

FORMERLY_DEAD = {
    # key: (a user's lexicon.yaml, a sentence it changes)
    "percent_words": ("percent_words: [prosen]\n", "Ekspor kopi naik 5 prosen pada 2023.\n"),
    "attribution_prepositions": ("attribution_prepositions: [seturut]\n",
                                 "Menteri Perdagangan Budi Santoso hadir di Jakarta.\n\n"
                                 "Seturut Budi, ekspor kopi pada 2023 mencapai US$ 1,2 miliar.\n"),
    "agency_report_nouns": ("agency_report_nouns: [tabulasi]\n",
                            "Dalam tabulasi BPS, ekspor kopi pada 2023 mencapai US$ 1,2 miliar.\n"),
    "roman_numerals": ("roman_numerals: {Ⅱ: 2}\n",  # U+2161, the Roman numeral character
                       "Ekspor kopi pada kuartal Ⅱ 2023 mencapai US$ 1,2 miliar.\n"),
    "ordinals": ("ordinals: {terakhir: -1}\n",  # -1: the last part of the year
                 "Ekspor kopi pada kuartal terakhir 2023 mencapai US$ 1,2 miliar.\n"),
    "number_words": ("number_words: {setengah lusin: 6}\n",
                     "Ekspor kopi pada setengah lusin bulan pertama 2023 mencapai US$ 1,2 miliar.\n"),
}


@pytest.mark.parametrize("key", sorted(FORMERLY_DEAD))
def test_editing_the_key_changes_extraction(tmp_path, key):
    user_yaml, body = FORMERLY_DEAD[key]
    assert key in Lexicon.default().words  # the key is shipped, and ...
    extended = Lexicon.load("id", [user_folder(tmp_path, lexicon=user_yaml)])
    assert figures_with(extended, body) != figures_with(Lexicon.default(), body)  # ... the code reads it


def test_what_each_formerly_dead_key_now_does(tmp_path):
    def period_with(key):
        user_yaml, body = FORMERLY_DEAD[key]
        (figure,) = figures_with(Lexicon.load("id", [user_folder(tmp_path / key, lexicon=user_yaml)]), body)
        return figure[3].start.isoformat(), figure[3].end.isoformat()
    for key in FORMERLY_DEAD:
        (tmp_path / key).mkdir()
    assert period_with("roman_numerals") == ("2023-04-01", "2023-06-30")
    assert period_with("ordinals") == ("2023-10-01", "2023-12-31")
    assert period_with("number_words") == ("2023-01-01", "2023-06-30")
    extended = Lexicon.load("id", [user_folder(tmp_path / "percent_words", lexicon=FORMERLY_DEAD["percent_words"][0])])
    assert [f[:3] for f in figures_with(extended, FORMERLY_DEAD["percent_words"][1])] == [("growth", 5, "percent")]
    extended = Lexicon.load("id", [user_folder(tmp_path / "attribution_prepositions",
                                               lexicon=FORMERLY_DEAD["attribution_prepositions"][0])])
    assert figures_with(extended, FORMERLY_DEAD["attribution_prepositions"][1])[0][4:] == (
        "Kementerian Perdagangan", "Budi Santoso")
    extended = Lexicon.load("id", [user_folder(tmp_path / "agency_report_nouns",
                                               lexicon=FORMERLY_DEAD["agency_report_nouns"][0])])
    assert figures_with(extended, FORMERLY_DEAD["agency_report_nouns"][1])[0][4] == "Badan Pusat Statistik"


def test_no_lexicon_file_repeats_a_key():
    """YAML keeps the last of two equal keys without a word, so an edit that repeats one
    (or a comment that lost its '#') would silently replace a list: refuse it here."""
    from pathlib import Path

    import yaml

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
        repeated = sorted({str(k) for k in keys if keys.count(k) > 1})
        assert not repeated, f"{node.start_mark.name}: repeated keys {repeated}"
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    folder = Path(__file__).resolve().parent.parent / "kg" / "languages" / "id"
    files = sorted(folder.glob("*.yaml"))
    assert files
    for path in files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=Strict)


def test_every_list_the_code_reads_by_name_is_in_the_lexicon():
    """Lexicon.list and .mapping give an empty list for a key that is not there, so a renamed key
    (say, one list split in two on another branch) silently turns a rule off: every key the code
    names literally must be a key of the Indonesian lexicon."""
    import re
    code = Path(__file__).resolve().parent.parent / "kg"
    named = re.compile(r"\b(?:lex|lexicon|self\.lex|self\.lexicon)\.(?:list|mapping)\(\s*[\"']([A-Za-z0-9_]+)[\"']")
    keys = {(m.group(1), path.name) for path in code.rglob("*.py") for m in named.finditer(path.read_text(encoding="utf-8"))}
    assert len(keys) > 100, "the pattern no longer finds the code's lexicon reads"
    lexicon = Lexicon.load("id")
    assert sorted((key, where) for key, where in keys if key not in lexicon.words) == []
