"""The writer's N-Quads written from the batch's kept N-Triples forms of its terms
(kg.rdf.terms.OxTerms.texts) are the text written term by term (the ingest round ingest24)."""
from kg import pipeline
from kg.build.graph import build_graph
from kg.rdf.batch_store import BatchStore
from kg.rdf.terms import OxTerms
from kg.validate.shacl import article_terms
from conftest import CORPUS, TEST_ARTICLES


def test_nquads_from_kept_term_texts_are_the_same_text():
    paths = sorted(CORPUS.glob("*.txt")) + sorted(TEST_ARTICLES.glob("*.txt"))[:10]
    shared, terms = BatchStore(), OxTerms()
    articles = [build_graph(pipeline.extract_file(path), store=shared) for path in paths]
    for article in articles:
        converted = article_terms(article, terms.__getitem__)
        kept = pipeline.nquads_text(article, converted, terms.texts)
        assert kept == pipeline.nquads_text(article, converted)
        assert sorted(kept.splitlines()) == sorted(pipeline.nquads_of(article).splitlines())
    assert terms.texts is terms.texts and all(text == str(term) for term, text in terms.texts.items())
