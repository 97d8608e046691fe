"""Stage 1: read an article file into text, metadata and the part facts come from.

The body is the original text with everything that is not the article's own prose (title,
metadata, captions before the dateline, "Baca Juga" lines, related headlines, footers)
blanked out with spaces. Offsets into the body are therefore offsets into the file's text.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kg.errors import ArticleError
from kg.extract.lexicon import Lexicon, fold, words_pattern

MAX_BYTES = 5_000_000
ARTICLE_SUFFIXES = {".txt", ".md", ".text"}


@dataclass
class Article:
    text: str
    body: str
    source: str
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    author: str | None = None
    url: str | None = None
    dateline_place: str | None = None
    metadata: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        """Stable identifier: the same text always gives the same article IRI."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]


def read_article(path: str | Path, lexicon: Lexicon | None = None) -> Article:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text = decode_article_bytes(raw, str(path))
    article = parse_article(text, source=str(path), lexicon=lexicon)
    apply_metadata(article, sidecar_metadata(path))
    return article


def decode_article_bytes(raw: bytes, source: str) -> str:
    if len(raw) > MAX_BYTES:
        raise ArticleError(f"{source}: {len(raw):,} bytes is larger than the {MAX_BYTES:,}-byte limit for one article")
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{source}: binary data, not a text article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{source}: not UTF-8 text (byte {exc.start}); convert it to UTF-8 first") from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ArticleError(f"{source}: empty article")
    if re.match(r"\s*<(!doctype\s+html|html|head|body)\b", text, re.I):
        raise ArticleError(f"{source}: HTML page, not a plain-text article; extract its text first")
    return text


def parse_article(text: str, source: str = "<text>", lexicon: Lexicon | None = None) -> Article:
    """`lexicon` knows the publishers, page furniture and weekdays (default: the packaged one)."""
    lexicon = lexicon or Lexicon.default()
    keep = bytearray(b"\x01" * len(text))  # 1 = belongs to the body
    meta = front_matter(text, keep)
    lines = list(iter_lines(text))
    meta.update(metadata_lines(text, lines, keep))
    title = meta.get("title") or guess_title(text, lines, keep)
    dateline = find_dateline(text, lines, lexicon)
    if dateline is not None:
        keep[: dateline[0]] = b"\x00" * dateline[0]
    drop_boilerplate(text, lines, keep, lexicon)
    body = masked(text, keep)
    article = Article(text=text, body=body, source=source, title=title)
    if dateline is not None:
        article.publisher = dateline[1]
        article.dateline_place = dateline[2]
    apply_metadata(article, meta)
    if article.published is None:
        article.published = date_from_text(body, lexicon)
    if article.publisher is None and article.url:
        article.publisher = publisher_from_url(article.url, lexicon)
    return article


def masked(text: str, keep: bytearray) -> str:
    """The text with every character outside the body replaced by a space (newlines kept)."""
    parts, pos = [], 0
    for match in re.finditer(b"\x00+", bytes(keep)):
        parts.append(text[pos:match.start()])
        parts.append(re.sub(r"[^\n]", " ", text[match.start():match.end()]))
        pos = match.end()
    parts.append(text[pos:])
    return "".join(parts)


def iter_lines(text: str):
    """(start, end, line) for every line, end excluding the newline."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        yield pos, pos + len(stripped), stripped
        pos += len(line)


def blank(keep: bytearray, start: int, end: int) -> None:
    keep[start:end] = b"\x00" * (end - start)


def front_matter(text: str, keep: bytearray) -> dict:
    match = re.match(r"---\r?\n(.*?)\r?\n---[ \t]*(\r?\n|$)", text, re.S)
    if not match:
        return {}
    blank(keep, 0, match.end())
    try:
        data = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


META_PATTERNS = {
    "published": re.compile(r"^\s*(?:Published(?: at)?|Diterbitkan|Tanggal)\s*:\s*\**\s*(?P<v>[^*]+?)\s*\**\s*$", re.I),
    "author": re.compile(r"^\s*(?:Author|Penulis|Reporter|Pewarta)\s*:\s*\**\s*(?P<v>[^*|]+?)\s*\**\s*(?:\|.*)?$", re.I),
    "url": re.compile(r"^\s*(?:Original|Sumber asli|URL)\s*:\s*\[(?P<name>[^\]]*)\]\((?P<v>[^)]+)\)", re.I),
}


def metadata_lines(text: str, lines, keep: bytearray) -> dict:
    meta: dict = {}
    for start, end, line in lines:
        for key, pattern in META_PATTERNS.items():
            match = pattern.match(line)
            if match and key not in meta:
                meta[key] = match.group("v").strip()
                if key == "url" and match.group("name").strip():
                    meta.setdefault("url_name", match.group("name").strip())
                blank(keep, start, end)
    return meta


def guess_title(text: str, lines, keep: bytearray) -> str | None:
    """The first line of at least four words (short first lines are section labels)."""
    for start, end, line in lines:
        clean = line.strip().lstrip("#").strip()
        if len(clean.split()) >= 4:
            blank(keep, start, end)
            return clean
        if clean:
            blank(keep, start, end)
    return None


def dateline_regex(lexicon: Lexicon) -> re.Pattern:
    markers = [m for p in lexicon.publishers for m in p.get("markers", [])]
    return re.compile(
        r"^\s*(?:(?P<place1>[A-Z][A-Za-z .']{1,40}),\s*)?(?P<marker>" + words_pattern(markers, suffix="") +
        r")\s*(?:[,/]\s*(?P<place2>[A-Za-z][A-Za-z .']{1,40}?))?\s*(?:--|—|–|-|:|\.)(?=\s)")


def find_dateline(text: str, lines, lexicon: Lexicon):
    """(offset where the body starts, publisher, place) from a line like 'KONTAN.CO.ID - JAKARTA.'."""
    for start, _end, line in lines:
        match = lexicon.compiled(dateline_regex).match(line)
        if match:
            place = (match.group("place1") or match.group("place2") or "").strip(" .") or None
            return start, publisher_of_marker(match.group("marker"), lexicon), place.title() if place else None
    return None


def publisher_of_marker(marker: str, lexicon: Lexicon) -> str | None:
    for entry in lexicon.publishers:
        if fold(marker) in {fold(m) for m in entry.get("markers", [])}:
            return entry["publisher"]
    return None


def publisher_from_url(url: str, lexicon: Lexicon) -> str | None:
    host = re.sub(r"^https?://", "", url).split("/")[0].lower()
    for entry in lexicon.publishers:
        for base in entry.get("url_hosts", []):
            if host == base or host.endswith("." + base):
                return entry["publisher"]
    return None


def drop_boilerplate(text: str, lines, keep: bytearray, lexicon: Lexicon) -> None:
    words = lexicon
    prefixes = tuple(p.casefold() for p in words.list("boilerplate_line_prefixes"))
    footer_starts = tuple(p.casefold() for p in words.list("footer_starts"))
    in_list = False  # after a bare 'Baca Juga' line come headlines, one a line
    for start, end, line in lines:
        stripped = line.strip().lstrip("•*-–").strip().casefold()
        if footer_starts and stripped.startswith(footer_starts):
            blank(keep, start, len(text))
            return
        if stripped.startswith(prefixes):
            blank(keep, start, end)
            in_list = len(stripped.rstrip(":").split()) <= 3
        elif looks_like_related_headline(line) or in_list and stripped and not ends_sentence(line):
            blank(keep, start, end)
        elif stripped:
            in_list = False


def looks_like_related_headline(line: str) -> bool:
    """A bulleted or indented line with no sentence end: a list of related links, not prose."""
    match = re.match(r"^(?:\s*(?:[-•*]|\d+\.)\s+|\s{2,})(?P<t>\S.+)$", line)
    return bool(match) and not ends_sentence(match.group("t"))


def ends_sentence(line: str) -> bool:
    return bool(re.search(r"[.;:!?\"”)]\s*$", line))


def sidecar_metadata(path: Path) -> dict:
    """Metadata from ARTICLE.json / ARTICLE.yaml beside the article file, if any."""
    for suffix in (".json", ".yaml", ".yml"):
        side = path.with_suffix(suffix)
        if side.is_file() and side != path:
            try:
                raw = side.read_text(encoding="utf-8")
                data = json.loads(raw) if suffix == ".json" else yaml.safe_load(raw)
            except (ValueError, yaml.YAMLError, UnicodeDecodeError) as exc:
                raise ArticleError(f"{side}: unreadable metadata sidecar ({exc.__class__.__name__})") from None
            if isinstance(data, dict) and "article" not in data:
                return data
    return {}


def apply_metadata(article: Article, meta: dict) -> None:
    if not meta:
        return
    article.metadata.update(meta)
    for key in ("title", "author", "url", "publisher"):
        if meta.get(key):
            setattr(article, key, str(meta[key]).strip())
    if meta.get("published"):
        article.published = parse_iso_date(meta["published"]) or article.published
    if not meta.get("publisher") and meta.get("url_name") and article.publisher is None:
        article.publisher = meta["url_name"]


def parse_iso_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = re.search(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if match:
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError:
            return None
    return None


def _weekday_names(lexicon: Lexicon) -> dict[str, int]:
    return {fold(k): int(v) for k, v in lexicon.mapping("days").items()}


def date_from_text(body: str, lexicon: Lexicon) -> dt.date | None:
    """First 'Hari (d/m/yyyy)' or 'Hari (d/m)' in the body; a missing year is chosen so that
    the weekday matches, among the years the article talks about."""
    days = _weekday_names(lexicon)
    pattern = re.compile(r"\b(?P<day>[A-Z][a-z']+)\s*,?\s*\((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{2,4}))?\)")
    for match in pattern.finditer(body):
        weekday = days.get(fold(match.group("day")))
        if weekday is None:
            continue
        day, month = int(match.group("d")), int(match.group("m"))
        if match.group("y"):
            year = int(match.group("y"))
            year = year + 2000 if year < 100 else year
            try:
                return dt.date(year, month, day)
            except ValueError:
                continue
        resolved = year_for_weekday(day, month, weekday, years_mentioned(body))
        if resolved:
            return resolved
    return None


def years_mentioned(body: str) -> list[int]:
    return sorted({int(y) for y in re.findall(r"\b(19[5-9]\d|20\d\d)\b", body)})


def year_for_weekday(day: int, month: int, weekday: int, years: list[int]) -> dt.date | None:
    """Among the years in context (and the year after the latest), the latest whose calendar
    puts this day on the named weekday; without a match, the latest year in context."""
    if not years:
        return None
    candidates = sorted(set(years) | {max(years) + 1}, reverse=True)
    for year in candidates:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.isoweekday() == weekday:
            return date
    try:
        return dt.date(max(years), month, day)
    except ValueError:
        return None
