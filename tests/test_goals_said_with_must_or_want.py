"""What must be or is wanted to be reached is a target (decision 0088): a word of obligation or wish, a few words
with no verb nor 'bahwa', then a verb of reaching or rising right before the amount ('ekspor pada 2025 harus naik
menjadi X', 'seharusnya mencapai X', 'pemerintah ingin ekspor pada 2025 mencapai X'), or, after a wish, 'sebesar'
('ingin realisasi investasi sebesar X tahun ini'); lexicon goal_obligation_words, goal_wish_words,
goal_reach_verbs, goal_reach_links (facts.py classify). Sentences written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def kinds(body: str):
    figs = extract(parse_article(f"---\npublished: 2024-05-14\n---\nEkspor\n\nJAKARTA - {body}\n", lexicon=LEXICON),
                   LEXICON).figures
    return [(f.type, f.kind if f.type == "figure" else None, str(f.value)) for f in figs]


@pytest.mark.parametrize("said", [
    "Menteri mengatakan ekspor nonmigas pada 2025 harus naik menjadi US$ 300 miliar.",
    "Menteri mengatakan ekspor nonmigas pada 2025 seharusnya mencapai US$ 300 miliar.",
    "Menteri mengatakan pemerintah ingin ekspor nonmigas pada 2025 mencapai US$ 300 miliar.",
    "Menteri mengatakan pemerintah ingin realisasi ekspor nonmigas sebesar US$ 300 miliar tahun depan.",
    "Menteri mengatakan ekspor nonmigas pada 2025 harus bisa ditingkatkan ke angka US$ 300 miliar.",
])
def test_what_must_or_is_wanted_to_be_reached_is_a_target(said):
    assert kinds(said) == [("target", None, "300000000000")]


@pytest.mark.parametrize("said, kind", [
    ("Kami ingin melaporkan bahwa ekspor 2023 sebesar US$ 90 juta.", "realization"),
    ("Akibat cuaca, pengusaha harus menunda 18 kontainer.", "realization"),
    ("Pajak yang harus dibayar eksportir sebesar Rp 5 juta.", "realization"),
    ("Ekspor nonmigas pada 2025 diperkirakan mencapai US$ 300 miliar.", "projection"),
])
def test_an_obligation_or_wish_before_no_aim_is_no_target(said, kind):
    """(counter-cases: a report after a verb and 'bahwa', an obligation to do another thing, a sum owed with
    'sebesar' after an obligation; a forecast stays a projection)"""
    assert [k[:2] for k in kinds(said)] == [("figure", kind)]
