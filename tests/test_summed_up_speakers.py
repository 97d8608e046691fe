"""A speaker named after a summing-up word (decision 0088): right after the quote ('," demikian kata X', '," demikian
disampaikan X', '," begitu kata X', '," demikian penjelasan X') or opening the next paragraph ('Begitu kata X',
'Demikian penjelasan X', 'Itulah penjelasan X'): lexicon summing_up_words and summing_up_nouns. The quote and the
figures inside it are that speaker's. Sentences written for these tests."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
HEAD = ("---\npublished: 2024-05-14\n---\nEkspor Kopi Naik\n\nKENDARI - Dinas Perindustrian dan Perdagangan Provinsi "
        "Sulawesi Tenggara mencatat kinerja ekspor kopi membaik.\n\n")
QUOTE = '"Nilai ekspor kopi pada triwulan I 2024 mencapai US$ 12,5 juta, naik 8 persen'
TITLED = "Kepala Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tenggara, Andi Mappanyukki"


def read(text: str):
    return extract(parse_article(HEAD + text + "\n", lexicon=LEXICON), LEXICON)


@pytest.mark.parametrize("tag", ["demikian kata", "demikian disampaikan", "demikian diungkapkan oleh", "begitu kata",
                                 "demikian penjelasan", "Demikian kata"])
@pytest.mark.parametrize("who", [TITLED, "Andi Mappanyukki"])
def test_a_summing_up_tag_after_the_quote_names_its_speaker(tag, who):
    got = read(f'{QUOTE}," {tag} {who}.')
    assert [q.speaker.name for q in got.quotes if q.speaker] == ["Andi Mappanyukki"]
    assert {f.speaker.name if f.speaker else None for f in got.figures} == {"Andi Mappanyukki"}


@pytest.mark.parametrize("opener", ["Begitu kata", "Demikian penjelasan", "Begitu penjelasan", "Itulah penjelasan",
                                    "Demikian keterangan"])
def test_a_summing_up_paragraph_after_the_quote_names_its_speaker(opener):
    got = read(f'{QUOTE}."\n\n{opener} {TITLED}.')
    assert {f.speaker.name if f.speaker else None for f in got.figures} == {"Andi Mappanyukki"}


def test_a_summing_up_word_before_no_speech_word_names_no_one():
    """(counter-case: 'Begitu BPS merilis data ...' is a passing time clause, and 'Demikian pula ...' goes on; no
    speaker comes from them)"""
    got = read(f'{QUOTE}."\n\nDemikian pula ekspor kakao naik 3 persen. Begitu Badan Pusat Statistik merilis data, '
               f'harga kopi naik 2 persen.')
    assert all(f.speaker is None for f in got.figures)
