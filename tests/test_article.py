"""Reading articles: metadata, datelines, boilerplate, malformed input."""
import datetime as dt
import json

import pytest

from kg.extract.read import parse_article, read_article
from kg.errors import ArticleError


def test_dateline_publisher_and_date_from_weekday(tmp_path):
    text = ("Ekspor Kopi Naik Tajam Tahun Ini\n\nBISNIS.COM, JAKARTA — Ekspor kopi pada 2023 naik.\n"
            "\"Kami optimistis,\" kata Budi, Selasa (12/3).\n")
    article = parse_article(text)
    assert article.title == "Ekspor Kopi Naik Tajam Tahun Ini"
    assert article.publisher is not None
    # 12 March is a Tuesday in 2024, not in 2023
    assert article.published == dt.date(2024, 3, 12)


def test_metadata_lines_and_offsets_survive(tmp_path):
    text = ("# Judul Berita Ekspor Indonesia\n\nPublished at: **2019-11-04T21:05:00+00:00**\n\nAuthor: **Magda**\n\n"
            "Original: [RRI](http://rri.co.id/post/1)\n\nKBRN, Jakarta: Ekspor naik.\n")
    article = parse_article(text)
    assert article.published == dt.date(2019, 11, 4)
    assert article.author == "Magda"
    assert article.url == "http://rri.co.id/post/1"
    assert len(article.body) == len(article.text)
    assert "Published" not in article.body and "Ekspor naik." in article.body


def test_boilerplate_is_blanked_not_removed():
    text = ("Judul Yang Cukup Panjang Sekali\n\nKONTAN.CO.ID - JAKARTA. Ekspor naik 5%.\n\n"
            "Baca Juga: Impor Turun 3,13% Jadi US$ 18,51 Miliar\n\n- Berita Lain Tentang Ekspor Rp 3,3 M\n")
    article = parse_article(text)
    assert "Baca Juga" not in article.body and "3,13" not in article.body and "3,3 M" not in article.body
    assert article.body.index("Ekspor naik") == article.text.index("Ekspor naik")


def test_front_matter_overrides(tmp_path):
    text = "---\ntitle: Dari Front Matter\npublished: 2021-05-06\npublisher: Kontan\n---\nIsi berita ekspor di sini.\n"
    article = parse_article(text)
    assert (article.title, article.published, article.publisher) == ("Dari Front Matter", dt.date(2021, 5, 6), "Kontan")


def test_sidecar_json_supplies_metadata(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Judul Berita Tentang Ekspor\n\nIsi berita.\n", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2020-01-02", "url": "https://x.id/1"}))
    article = read_article(path)
    assert article.published == dt.date(2020, 1, 2) and article.url == "https://x.id/1"


@pytest.mark.parametrize("content, message", [
    (b"", "empty"), (b"\x00\x01\x02binary", "binary"), ("é".encode("latin-1") + b" teks", "UTF-8"),
    (b"<!DOCTYPE html><html><body><nav></nav></body></html>", "HTML page with no readable text"),
])
def test_malformed_input_is_one_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        read_article(path)


def test_oversized_file_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a " * 10_500_000)
    with pytest.raises(ArticleError, match="larger"):
        read_article(path)


def test_an_article_id_is_kept_for_its_text_and_made_again_for_a_new_text():
    import hashlib
    import pickle
    from kg.model import Article, normalised_for_id
    article = Article(text="Satu.\r\nDua.  \n", body="Satu.\nDua.", source="x.txt")
    made = lambda text: hashlib.sha256(normalised_for_id(text).encode("utf-8")).hexdigest()[:16]  # noqa: E731
    assert article.id == made(article.text) == article.id
    article.text = "Tiga.\n"
    assert article.id == made("Tiga.\n")
    copy = pickle.loads(pickle.dumps(article))
    assert copy.id == article.id and copy == article
