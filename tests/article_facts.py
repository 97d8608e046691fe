"""The facts the extractor reads from a short article written in a test: a headline, a dateline and
the body, with the helpers the who-tests share to look at them (one lexicon for all of them)."""
from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
HEADLINE = "Judul Berita Ekspor Untuk Pengujian"


def facts_of_article(body: str, dateline: str, headline: str = HEADLINE):
    article = parse_article(headline + "\n\n" + dateline + body, lexicon=LEXICON)
    return extract(article, LEXICON)


def who(figure):
    return (figure.speaker.name if figure.speaker else None, figure.agency)


def by_value(facts):
    return {f"{f.value.normalize():f}": f for f in facts.figures}
