"""Verbs a lexicon list names once ({verb: stem}) and the voice forms the reader knows from it:
the active meN- form with its nasal, the passive di- form, the bare object-focus stem."""
from decimal import Decimal

import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon, active_form, voice_forms
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
HEAD = "Judul Berita Ekspor Untuk Pengujian\n\nBisnis.com, JAKARTA — "


def figures(body: str, published="2025-03-12"):
    text = f"---\npublished: {published}\n---\n{HEAD}{body}\n"
    return extract(parse_article(text, lexicon=LEXICON), LEXICON).figures


def kinds(body: str, published="2025-03-12"):
    return [(f.type, f.kind, f.value, f.unit, f.period.start.year if f.period else None)
            for f in figures(body, published)]


@pytest.mark.parametrize("stem, active", [
    ("targetkan", "menargetkan"), ("tetapkan", "menetapkan"),      # t dropped: men-
    ("patok", "mematok"), ("pasang", "memasang"),                  # p dropped: mem-
    ("bidik", "membidik"), ("fasilitasi", "memfasilitasi"),        # b, f: mem-
    ("incar", "mengincar"), ("usulkan", "mengusulkan"), ("ajukan", "mengajukan"),  # a vowel: meng-
    ("kejar", "mengejar"), ("gandakan", "menggandakan"), ("hitung", "menghitung"),  # k dropped; g, h kept
    ("sasar", "menyasar"), ("syaratkan", "mensyaratkan"),          # s: meny- (dropped), sy kept
    ("capai", "mencapai"), ("dorong", "mendorong"), ("jual", "menjual"),
    ("ramalkan", "meramalkan"), ("naikkan", "menaikkan"), ("laporkan", "melaporkan"),  # l, m, n, r, w, y: me-
    ("proyeksikan", "memproyeksikan"), ("prediksi", "memprediksi"), ("klaim", "mengklaim"),  # clusters keep it
    ("perkirakan", "memperkirakan"), ("periksa", "memeriksa"),     # the prefix per- keeps its p
])
def test_the_active_form_takes_the_nasal_of_the_stems_first_sound(stem, active):
    assert active_form(stem) == active


def test_a_verb_entry_gives_its_three_voices_and_an_entry_may_correct_or_restrict_them():
    assert voice_forms({"verb": "patok"}) == ["mematok", "dipatok", "patok"]
    assert voice_forms({"verb": "kaji", "active": "mengkaji"}) == ["mengkaji", "dikaji", "kaji"]
    assert voice_forms({"verb": "pasang", "forms": ["passive"]}) == ["dipasang"]


def test_a_list_reads_a_verb_entry_as_its_forms_beside_the_words_written_out():
    lex = Lexicon({**LEXICON.raw, "lexicon": {"target_words": ["target", {"verb": "bidik"}]}})
    assert lex.list("target_words") == ["target", "membidik", "dibidik", "bidik"]


@pytest.mark.parametrize("body", [
    "Dinas Perdagangan memprediksikan ekspor kopi pada 2026 mencapai US$ 40 juta.",
    "Ekspor kopi pada 2026 diprediksikan mencapai US$ 40 juta.",
    "Asosiasi mengestimasikan ekspor kopi pada 2026 mencapai US$ 40 juta.",
])
def test_a_projection_verb_in_a_voice_nobody_wrote_out_projects(body):
    assert kinds(body) == [("figure", "projection", Decimal("40000000"), "USD", 2026)]
