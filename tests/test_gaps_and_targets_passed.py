"""The gap to a target and the target passed (decision 0088): 'selisih X dari target' is the gap (a difference), not
the realisation 'X dari target' reads as; 'melampaui target sebesar X' after a value reached gives the target itself
when X is at least half that value, else by how much it was passed (facts.py classify,
sized_like_the_value_reached). Sentences written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()


def facts(body: str):
    figs = extract(parse_article(f"---\npublished: 2024-05-14\n---\nEkspor Kopi\n\nKENDARI - {body}\n", lexicon=LEXICON),
                   LEXICON).figures
    return [(f.kind, str(f.value)) for f in figs]


@pytest.mark.parametrize("gap", ["selisih", "kekurangan"])
def test_a_gap_said_against_the_target_is_a_difference(gap):
    assert facts(f"Ekspor kopi 2023 sebesar US$ 90 juta, {gap} US$ 10 juta dari target.") == [
        ("realization", "90000000"), ("difference", "10000000")]


def test_a_gap_word_before_the_realisation_word_leaves_the_realisation():
    """(counter-case: 'kekurangan pasokan membuat realisasi hanya X dari target Y': X is what was realised)"""
    assert facts("Kekurangan pasokan membuat realisasi ekspor 2023 hanya US$ 90 juta dari target US$ 100 juta.") == [
        ("realization", "90000000"), ("target", "100000000")]


@pytest.mark.parametrize("passed", ["melampaui", "melebihi"])
def test_the_target_passed_said_with_sebesar_is_the_target_when_sized_like_the_value(passed):
    assert facts(f"Ekspor kopi 2023 mencapai US$ 90 juta. Angka itu {passed} target sebesar US$ 85 juta.") == [
        ("realization", "90000000"), ("target", "85000000")]


def test_a_small_amount_after_the_target_passed_is_by_how_much():
    """(counter-case: US$ 5 juta against US$ 90 juta reached: the margin)"""
    assert facts("Ekspor kopi 2023 mencapai US$ 90 juta. Angka itu melampaui target sebesar US$ 5 juta.") == [
        ("realization", "90000000"), ("difference", "5000000")]


@pytest.mark.parametrize("cause", ["Akibat kekurangan pupuk, produksi gabah tahun 2023 hanya",
                                   "Karena kelebihan pasokan di pasar, ekspor udang tahun 2023 hanya"])
def test_a_gap_word_far_before_the_value_is_a_cause_not_the_gap(cause):
    """(counter-case found in review: 'kekurangan pupuk' is why the value fell short, the value is what was realised)"""
    assert facts(f"{cause} 680 ribu ton dari target 750 ribu ton.")[0] == ("realization", "680000")


def test_a_percentage_after_the_target_passed_is_the_margin():
    assert facts("Produksi gabah 2023 mencapai 1,8 juta ton, melebihi target sebesar 1,1 juta ton atau 64 persen.") == [
        ("realization", "1800000"), ("target", "1100000"), ("difference", "64")]
