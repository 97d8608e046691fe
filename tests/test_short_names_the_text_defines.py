"""A short name the text defines in brackets right after a body's name is that body's from there on, whatever body
the lexicon lists it for (decision 0088; mentions.as_the_text_defines_short_names): 'Kementerian Investasi/Badan
Koordinasi Penanaman Modal (BKPM) ... Deputi ... BKPM, X' is the ministry, not the agency the lexicon's BKPM was
before. Sentences written for these tests."""
from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
HEAD = "---\npublished: 2024-10-15\n---\nInvestasi\n\nJAKARTA - "
LATER = ("\n\nDeputi Bidang Pengendalian Pelaksanaan Penanaman Modal BKPM, Imam Santoso, menyebut ada 56 proyek senilai "
         "Rp 25 triliun yang masih terkendala perizinan.\n")


def agencies(lead: str):
    figs = extract(parse_article(HEAD + lead + LATER, lexicon=LEXICON), LEXICON).figures
    return {str(f.value): f.agency for f in figs}


def test_a_short_name_defined_in_the_text_names_that_body_later():
    got = agencies("Kementerian Investasi/Badan Koordinasi Penanaman Modal (BKPM) mencatat realisasi investasi pada "
                   "triwulan III 2024 sebesar Rp 431,48 triliun.")
    assert got["56"] == got["25000000000000"] == "Kementerian Investasi/Badan Koordinasi Penanaman Modal"


def test_without_a_definition_the_lexicon_names_the_short_name():
    """(counter-case: no brackets after the long name, the lexicon's body for BKPM)"""
    got = agencies("Pemerintah mencatat realisasi investasi pada triwulan III 2024 sebesar Rp 431,48 triliun.")
    assert got["56"] == "Badan Koordinasi Penanaman Modal"
