"""Stage 1: read an article file into text, metadata and the part facts come from.

`Article.text` is the article as read: the file's UTF-8 text without a leading byte-order mark,
or, for an HTML page, the main text trafilatura extracts from it. Every evidence offset in
every output points into this text (`text[start:end] == evidence text`).

`Article.body` is what extraction reads: the text repaired (mojibake, soft hyphens; see
kg.extract.repair) with everything that is not the article's own prose (title, metadata, date
lines, captions before the dateline, "Baca Juga" lines, related headlines, footers, and the
second copy of a repeated sentence) blanked out with spaces. Without repairs the body has the
text's length, so offsets into it are offsets into the text; with repairs, `Article.offsets`
maps them back, and `anchor_to_text` applies that map to the facts once extraction is done.
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kg.errors import ArticleError
from kg.extract.dates import DATE_SHAPE, date_line, excerpt_date, parse_date
from kg.extract.html import HTML_SUFFIXES, looks_like_html, read_html
from kg.extract.lexicon import Lexicon, fold, words_pattern
from kg.extract.periods import UNTIL_ABBREVIATION
from kg.extract.repair import cuts_a_repair, repair, replaced
from kg.extract.text import BULLET, ITEM_LEAD
from kg.model import Article, normalised_for_id  # noqa: F401 - Article is read here; kept importable

MAX_BYTES = 5_000_000
ARTICLE_SUFFIXES = {".txt", ".md", ".text"} | HTML_SUFFIXES


def anchor_to_text(facts):
    """Offsets of every fact moved from the body into the article text, and every evidence text
    taken from the article text at those offsets (a quote that spans a blanked line keeps the
    line in its evidence, so the evidence is exactly what the offsets point at)."""
    article = facts.article
    text = article.text
    for item in list(facts.figures) + list(facts.quotes):
        evidence = item.evidence
        evidence.start, evidence.end = article.span(evidence.start, evidence.end)
        evidence.text = text[evidence.start:evidence.end]
    for decree in facts.decrees:
        decree.start, decree.end = article.span(decree.start, decree.end)
        decree.text = text[decree.start:decree.end]
    if article.offsets is not None:
        for mention in list(facts.people) + list(facts.organizations):
            mention.start, mention.end = article.span(mention.start, mention.end)
    return facts


def read_article(path: str | Path, lexicon: Lexicon | None = None) -> Article:
    path = Path(path)
    raw = read_bounded(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        article = parse_html(decode_text(raw, str(path)), str(path), lexicon)
    else:
        article = parse_any(decode_text(raw, str(path)), str(path), lexicon)
    apply_metadata(article, sidecar_metadata(path))
    return article


def read_bounded(path: Path) -> bytes:
    """The file's bytes, refused before reading when it is not a regular file or is larger than
    MAX_BYTES (a FIFO would block forever, /dev/zero never ends)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file or folder") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError(f"{path}: is a folder, not an article file")
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(f"{path}: not a regular file (a FIFO, device or socket); save the article to a file first")
        if info.st_size > MAX_BYTES:
            raise ArticleError(too_large(str(path), info.st_size))
        try:
            raw = handle.read(MAX_BYTES + 1)
        except OSError as exc:
            raise ArticleError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(raw) > MAX_BYTES:
        raise ArticleError(too_large(str(path), len(raw)))
    return raw


def too_large(source: str, size: int) -> str:
    return f"{source}: {size:,} bytes is larger than the {MAX_BYTES:,}-byte limit for one article"


def decode_text(raw: bytes, source: str) -> str:
    """UTF-8 text without its byte-order mark (offsets count from the first character after it)."""
    if len(raw) > MAX_BYTES:
        raise ArticleError(too_large(source, len(raw)))
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{source}: binary data, not a text article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{source}: not UTF-8 text (byte {exc.start}); convert it to UTF-8 first") from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ArticleError(f"{source}: empty article")
    return text


def decode_article_bytes(raw: bytes, source: str) -> str:
    """Plain-text article bytes as text; HTML is refused here (read_article reads it as HTML)."""
    text = decode_text(raw, source)
    if looks_like_html(text):
        raise ArticleError(f"{source}: HTML page, not a plain-text article; give it a .html name or extract its text first")
    return text


def parse_any(text: str, source: str = "<text>", lexicon: Lexicon | None = None) -> Article:
    """Text that turns out to be HTML (a page or a fragment) is read as HTML, never as text."""
    return parse_html(text, source, lexicon) if looks_like_html(text) else parse_article(text, source, lexicon=lexicon)


def parse_html(html: str, source: str = "<html>", lexicon: Lexicon | None = None) -> Article:
    page = read_html(html, source)
    article = parse_article(page.text, source, known=page.metadata, lexicon=lexicon)
    article.metadata["format"] = "html"
    return article


def parse_article(text: str, source: str = "<text>", known: dict | None = None,
                  lexicon: Lexicon | None = None) -> Article:
    """An article from its text; `known` is metadata found elsewhere (an HTML page's markup);
    `lexicon` knows the publishers, page furniture and weekdays (default: the packaged one)."""
    lexicon = lexicon or Lexicon.default()
    clean, offsets = repair(text)
    clean, offsets, settled = corrected(clean, offsets, lexicon)
    keep = bytearray(b"\x01" * len(clean))  # 1 = belongs to the body
    meta = dict(known or {})
    meta.update(front_matter(clean, keep))
    lines = list(iter_lines(clean))
    meta.update(metadata_lines(clean, lines, keep))
    for index, (start, end, _wrong, _right) in enumerate(correction_notes(clean, lexicon)):
        if index in settled:   # a note that mended nothing is read: its right amount is not lost
            blank(keep, start, end)
    release = press_release_head(lines, keep, lexicon)  # before the title: its head lines are no headline
    excerpt = leading_excerpt_date(clean, keep)
    dates = date_lines(clean, lines, keep, lexicon)
    bylines = byline_dates(lines, keep)
    lower, headed, updated = lower_date_lines(lines, keep, lexicon)  # before furniture is blanked: a stamp can look like it
    title_index, title = find_title(clean, lines, keep, lexicon, meta.get("title"))
    dateline = find_dateline(clean, lines, lexicon)
    if dateline is not None:
        keep[: dateline[0]] = b"\x00" * dateline[0]
    drop_boilerplate(clean, lines, keep, lexicon)
    blank_credited_captions(clean, lines, keep, lexicon)
    blank_repeats(clean, keep, title, title_index)
    date_in_dateline = dateline_date(lines, keep, lexicon)  # after the furniture ('Foto: ...' over the lead) is blanked
    body = joined_broken_lines(masked(clean, keep))
    article = Article(text=text, body=body, source=source, title=meta.get("title") or title, offsets=offsets)
    if dateline is not None:
        article.publisher = dateline[1]
        article.dateline_place = dateline[2]
    apply_metadata(article, meta)
    below = [d for d in dates if d[0] > title_index]
    above = [d for d in dates if d[0] <= title_index]
    # the date line under the headline, a byline's date, the excerpt's month, a dateline's date
    # in figures, 'Kamis (15/2/2024)' in the text (or a date line below the prose after a
    # sentence's end that is the date alone and falls 0-3 days after it: the stamp some pages
    # print at the foot, where the text names the day the official spoke), a date line below the
    # prose under a heading or with words of a scope ('Data per ...', maybe an event's), a date
    # line above the headline (often the day the page was saved), and last the stamp of an update
    # below the prose ('Diperbarui: ...')
    if release.issuer:
        article.metadata.setdefault("issuer", release.issuer)
    for find in (lambda: first_date(article, release.dates), lambda: first_date(article, below), lambda: first_date(article, bylines),
                 lambda: date_of_excerpt(excerpt, body, article, lexicon), lambda: date_in_dateline,
                 lambda: foot_stamp_or_text_date(article, lower, body, lexicon, above),
                 lambda: first_date(article, headed), lambda: first_date(article, above),
                 lambda: first_date(article, updated)):
        if article.published is None:
            article.published = find()
    if article.publisher is None and article.url:
        article.publisher = publisher_from_url(article.url, lexicon)
    if days := reporting_days(article, lexicon):
        article.metadata["reported_days"] = days
    return article


REPORTED_BEFORE_DAYS = 3  # a reporting day named in the text this many days before publication, at most


def reporting_days(article: Article, lexicon: Lexicon) -> list[tuple[int, dt.date]]:
    """(offset, date) of the weekday dates in the text ('kata X saat dijumpai di Jakarta, Rabu (15/3)') that fall one
    to REPORTED_BEFORE_DAYS days before the publication date (a page published the next morning), their weekday
    agreeing with the calendar, not ending a period ('Hingga Minggu (12/5/2024), impor ...': a data cut-off). What
    was said to stand 'now' in the paragraph of such a day stood that day (frame.py FrameTracker.now_day); when it is
    the only day the text names, an item (-1, day) says so: 'now' anywhere in the text is that day."""
    if article.published is None:
        return []
    named = [(start, date) for start, date, agrees, ends in weekday_dates_at(article.body, lexicon) if agrees and not ends]
    days = [(start, date) for start, date in named if 0 < (article.published - date).days <= REPORTED_BEFORE_DAYS]
    if days and len({date for _start, date in named}) == 1:
        days.append((-1, days[0][1]))  # the text's only day: where no paragraph names one, 'now' is that day too
    return days


def correction_notes(text: str, lexicon: Lexicon) -> list[tuple[int, int, re.Match | None, re.Match | None]]:
    """(start, end, wrong amount, right amount) of each correction note: a line that opens with a
    marker and a colon (lexicon correction_note_markers: 'Ralat:', '*) Koreksi:', '[Catatan
    Redaksi: ...]') and holds both a word of the version printed wrongly with its amount
    (correction_wrong_words, 'sebelumnya tertulis Rp2,86 triliun') and the right amount
    (correction_right_words, 'yang benar Rp2,68 triliun'). A subhead that says only one of them
    ('Koreksi: ... seharusnya bisa ...') is prose."""
    folded = text.casefold()
    if not any(marker in folded for marker in lexicon.compiled(folded_correction_markers)):
        return []
    note, wrong, right = lexicon.compiled(correction_note_regexes)
    found = []
    for start, end, line in iter_lines(text):
        if note.match(line):
            was, should = wrong.search(line), right.search(line)
            if was and should:
                found.append((start, end, was, should))
    return found


def folded_correction_markers(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple({m.casefold() for m in lexicon.list("correction_note_markers")})


def correction_note_regexes(lexicon: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    markers = words_pattern(lexicon.list("correction_note_markers"), suffix="")
    # an amount in a correction note: at most two filler words ('adalah', 'angka'), a currency
    # sign, its number and the word after it (a scale, a unit, 'persen')
    amount = (r"[^\S\n]*[:,]?[^\S\n]*(?:" + words_pattern(lexicon.list("correction_amount_fillers")) + r"[^\S\n]+){0,2}"
              r"(?:" + words_pattern(lexicon.list("correction_currency_signs"), suffix="") + r")?[^\S\n]*"
              r"(?P<num>\d(?:[\d.,]*\d)?)(?:[^\S\n]*(?P<word>%|[^\W\d_]+))?")
    return (re.compile(r"^[^\S\n]*(?:\*\)|[\[(*•–-])?[^\S\n]*" + markers + r"[^\S\n]*:", re.I),
            re.compile(r"\b" + words_pattern(lexicon.list("correction_wrong_words")) + amount, re.I),
            re.compile(r"\b" + words_pattern(lexicon.list("correction_right_words")) + amount, re.I))


def corrected(clean: str, offsets, lexicon: Lexicon):
    """The text with each amount a correction note says was printed wrongly read as the right one
    ('sebelumnya tertulis Rp2,86 triliun, yang benar Rp2,68 triliun': the story's 'Rp2,86 triliun'
    becomes 'Rp2,68 triliun'; the map back to the original keeps every evidence on the printed
    characters). Only where the note names both amounts and the story prints the wrong one with
    the same word after it exactly once (printed twice, it may be two facts' amount: the text is
    left as it is). Also returns the indexes of the notes to blank (in correction_notes' order):
    those whose edit was made and those whose right amount the story already prints; a note that
    mends nothing is left to be read, so the right amount is not lost."""
    notes = correction_notes(clean, lexicon)
    edits, settled = [], set()
    for index, (_note_start, _note_end, was, should) in enumerate(notes):
        if (was.group("num"), fold(was.group("word") or "")) == (should.group("num"), fold(should.group("word") or "")):
            continue
        if printed_outside(clean, notes, should):   # the story already mended
            settled.add(index)
            continue
        found = printed_outside(clean, notes, was)
        if len(found) != 1:
            continue
        match, = found
        if fold(was.group("word") or "") == fold(should.group("word") or ""):
            edit = (match.start(), match.start() + len(was.group("num")), should.group("num"))
        else:
            edit = (match.start(), match.end(), should.group("num") + " " + (should.group("word") or ""))
        if cuts_a_repair(offsets, edit[0], edit[1]) or any(e[0] < edit[1] and edit[0] < e[1] for e in edits):
            continue
        edits.append(edit)
        settled.add(index)
    clean, offsets = replaced(clean, offsets, sorted(edits))
    return clean, offsets, settled


def printed_outside(clean: str, notes, amount: re.Match) -> list[re.Match]:
    """Where the text outside the correction notes prints a note's amount with the same word
    after it."""
    word = fold(amount.group("word") or "")
    printed = re.compile(r"(?<![\d.,])" + re.escape(amount.group("num")) + r"(?![\d]|[.,]\d)(?:[^\S\n]*(?P<word>%|[^\W\d_]+))?")
    return [m for m in printed.finditer(clean)
            if not any(s <= m.start() < e for s, e, _w, _r in notes) and fold(m.group("word") or "") == word]


# a line that stops inside its sentence (no closing punctuation), then the next line going on in
# lowercase prose ('... (BPS) Papua mencatat' / 'nilai ekspor Papua ...'): one sentence broken
# by the copy's line width, not two paragraphs
BROKEN_LINE = re.compile(r"(?m)^[^\S\n]*+(?P<line>[^\n]*[^\s.!?:;)\"”’])[^\S\n]*+(?P<br>\r?\n)(?=[a-z][\w-]*,?[^\S\n]+\S)")
# a text copied with its print line breaks breaks many sentences so, a few words a line (at
# least this many, and this share of its lines); in any other text only a long line of prose is
# taken to go on below (not a byline, a menu, a label)
HARD_WRAPPED_BREAKS = 3
HARD_WRAPPED_SHARE = 0.3
MIN_BROKEN_LINE_WORDS = 5
# even in a text copied with its print line breaks, a line that stands alone: a short heading of
# capitalised words ('Komoditas Unggulan'), or a table row ending in a number and its unit before a
# capitalised line ('Jepang 300 ton' / 'Amerika Serikat 200 ton')
HEADING_LINE = re.compile(r"(?:[^\W\d_][\w-]*[^\S\n]+){0,3}[^\W\d_][\w-]*")
TABLE_ROW_END = re.compile(r"\d[\d.,]*[^\S\n]*[^\W\d_]+$")
TABLE_ROW_WORDS = 5  # the most words of a heading or a table row


# in a text copied with its print line breaks, a line without closing punctuation goes on on the
# next line whatever that opens with ('... sebesar' / 'US$66,06 juta', '... pada' / 'April 2017')
# (never before the next item of a numbered list, '2. Kota Contoh Rp33,8 miliar')
OPEN_LINE = re.compile(r"(?m)^[^\S\n]*+(?P<line>[^\n]*[^\s.!?:;)\"”’])[^\S\n]*+(?P<br>\r?\n)(?!\d{1,2}[.)][^\S\n])(?=[^\W_]|[$“\"(])")


def joined_broken_lines(body: str) -> str:
    """The body with each line break inside a sentence read as a space (same length, so every
    offset stays): in a text copied with its print line breaks, every break after a line left
    open; elsewhere only a break before lowercase prose after a line of MIN_BROKEN_LINE_WORDS
    words or more."""
    breaks = list(BROKEN_LINE.finditer(body))
    if len(breaks) >= HARD_WRAPPED_BREAKS and len(breaks) >= HARD_WRAPPED_SHARE * (nonblank_lines(body) - 1):
        breaks = [b for b in OPEN_LINE.finditer(body) if not stands_alone(b.group("line"), body, b.end("br"))]
    else:
        breaks = [b for b in breaks if len(b.group("line").split()) >= MIN_BROKEN_LINE_WORDS]
    if not breaks:
        return body
    chars = list(body)
    for match in breaks:
        for i in range(match.start("br"), match.end("br")):
            chars[i] = " "
    return "".join(chars)


def nonblank_lines(body: str) -> int:
    return sum(1 for line in body.splitlines() if line.strip())


def stands_alone(line: str, body: str, next_start: int) -> bool:
    """A line not to be joined to the next even in a text copied with its print line breaks: a
    short line before a capitalised one that is a heading (every word capitalised) or a table row
    (ending in a number and its unit)."""
    line = line.strip()
    if not body[next_start:next_start + 1].isupper() or len(line.split()) > TABLE_ROW_WORDS:
        return False  # a short line, then a capitalised one: else a sentence wrapped by the copy's width
    heading = HEADING_LINE.fullmatch(line) is not None and all(w[0].isupper() for w in line.split())
    return heading or TABLE_ROW_END.search(line) is not None


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
    except (yaml.YAMLError, ValueError):  # ValueError: a timestamp YAML cannot build ('+99:00')
        return {}
    return data if isinstance(data, dict) else {}


META_PATTERNS = {
    # the value is taken whole and trimmed of spaces and '**' in code: quantifiers side by side
    # around it would backtrack for ever on a long run of spaces
    "published": re.compile(r"^\s*(?:Published(?: at)?|Diterbitkan|Tanggal)\s*:(?P<v>.*)$", re.I),
    "author": re.compile(r"^\s*(?:Author|Penulis|Reporter|Pewarta)\s*:(?P<v>[^|]*)(?:\|.*)?$", re.I),
    "url": re.compile(r"^\s*(?:Original|Sumber asli|URL)\s*:\s*\[(?P<name>[^\]]*)\]\((?P<v>[^)]+)\)", re.I),
}


def metadata_lines(text: str, lines, keep: bytearray) -> dict:
    meta: dict = {}
    for start, end, line in lines:
        for key, pattern in META_PATTERNS.items():
            match = pattern.match(line)
            value = match.group("v").strip().strip("*").strip() if match else ""
            if value and "*" not in value and key not in meta:
                meta[key] = value
                if key == "url" and match.group("name").strip():
                    meta.setdefault("url_name", match.group("name").strip())
                blank(keep, start, end)
    return meta


def is_blank(keep: bytearray, start: int, end: int) -> bool:
    return b"\x01" not in keep[start:end]


def content_lines(lines, keep: bytearray) -> list[tuple[int, int, str]]:
    """The lines that hold something not yet blanked, in order."""
    return [(s, e, line) for s, e, line in lines if line.strip() and not is_blank(keep, s, e)]


def find_title(text: str, lines, keep: bytearray, lexicon: Lexicon, known: str | None = None) -> tuple[int, str | None]:
    """(offset of the title line or -1, title), decided from evidence, never by position alone.

    The lines above the first prose line (or the dateline) are the page's head: labels, site
    names, kickers, the headline. Short ones (fewer than four words) are labels and are blanked;
    the others are headline-shaped (short, no final punctuation). The title is the one with the
    strongest evidence: the page's own title, then a line followed by metadata, a date line, a
    dateline or a byline, then one followed by a blank line, and last a title-cased line that
    repeats the body. A head line is blanked only when every number in it appears again below,
    so a wrong guess never hides a fact; text without such a head keeps its first paragraph."""
    view = masked(text, keep)
    head, strongest = [], (0, -1, None)
    for i, (start, end, _line) in enumerate(lines):
        clean = view[start:end].strip().lstrip("#").strip()
        if not clean:
            continue
        if len(clean.split()) < 4 and (not head or not re.search(r"\d", clean)) or is_byline(clean):
            blank(keep, start, end)
            continue
        if is_caption_line(clean, lexicon):
            continue  # a photo caption over the headline is no prose yet (drop_boilerplate decides on it)
        if known and fold(clean) == fold(known):
            strength = 4
        elif looks_like_dateline(clean) or lexicon.compiled(dateline_regex).match(view[start:end]) \
                or not looks_like_headline(clean):
            break
        else:
            strength = title_evidence(view, lines, i, keep, clean, text[end:], lexicon)
        head.append((start, end, clean))
        if strength > strongest[0]:
            strongest = (strength, start, clean)
    for start, end, clean in head:
        if numbers_recur(clean, text[end:]) and (start == strongest[1] or not person_caption(lexicon, clean)):
            blank(keep, start, end)
    return strongest[1], strongest[2]


@dataclass
class ReleaseHead:
    """What the head of a press release says: the lines naming the body that issues it, and
    the date its document number line carries ('Nomor: 12/05/Th. IX, 3 Mei 2024')."""
    issuer: str | None = None
    dates: list = field(default_factory=list)


RELEASE_HEAD_LINES = 6  # the marker 'SIARAN PERS' stands among the first lines of a release


def release_head_words(lexicon: Lexicon):
    """`press_release_head`'s words, made once per lexicon: the markers, the number line's pattern, the
    issuer head words and continuation lines (folded)."""
    markers = {fold(m) for m in lexicon.list("press_release_markers")}
    numbered = re.compile(r"^\s*" + words_pattern(lexicon.list("document_number_prefixes"), suffix="") + r"\s*[:.]", re.I)
    heads = {fold(w) for w in lexicon.list("issuer_head_words")}
    continuations = {fold(w) for w in lexicon.list("issuer_continuation_lines")}
    return markers, numbered, heads, continuations


def press_release_head(lines, keep: bytearray, lexicon: Lexicon) -> ReleaseHead:
    """A press release opens with a head ('SIARAN PERS', the issuing body's name, 'Nomor: ...,
    <date>') above its headline: those lines are neither the title nor prose, and they say who
    speaks where the release names nobody (`Article.metadata['issuer']`, read by the extractor)
    and when it was issued. The head is the marker line (lexicon press_release_markers) among
    the first lines, with the lines right next to it (no blank line between) that name a body
    (they open with one of issuer_head_words, or are an issuer_continuation_lines line such as
    'REPUBLIK INDONESIA') or give the document number (document_number_prefixes); above the
    marker blank lines may stand between; below it the lines naming a body count only when the
    number line follows them (a headline that opens with a body's name, 'Bank Indonesia Catat
    ...', stands right below the marker too). Any other line, a headline or a menu, ends it and
    is left as it is."""
    markers, numbered, heads, continuations = lexicon.compiled(release_head_words)
    content = [(start, end, line.strip()) for start, end, line in lines if line.strip() and not is_blank(keep, start, end)]
    marker = next((i for i, (_s, _e, line) in enumerate(content[:RELEASE_HEAD_LINES]) if line_words(line) in markers), None)
    if marker is None:
        return ReleaseHead()

    def kind_of(i: int) -> str | None:
        line = content[i][2]
        if numbered.match(line):
            return "number"
        folded = line_words(line)
        if folded in continuations or folded.split()[:1] and folded.split()[0] in heads:
            return "issuer"
        return None

    def adjacent(i: int, j: int) -> bool:  # no blank line between two content lines
        first, second = sorted((i, j))
        return not any(not text.strip() for start, _e, text in lines if content[first][1] <= start < content[second][0])

    part = [marker]
    i = marker - 1
    while i >= 0 and kind_of(i):
        part.append(i)
        i -= 1
    below = []
    i = marker + 1
    while i < len(content) and adjacent(i, i - 1) and kind_of(i):
        below.append(i)
        if kind_of(i) == "number":
            part += below  # body lines below the marker count only as the lines above a number line
            break
        i += 1
    head, issuer = ReleaseHead(), []
    for i in sorted(part):
        start, end, line = content[i]
        if i != marker and kind_of(i) == "number":
            shape = DATE_SHAPE.search(line.rsplit(",", 1)[-1])
            if shape:
                head.dates.append((start, shape.group(0)))
        elif i != marker:
            issuer.append(line)
        blank(keep, start, end)
    head.issuer = " ".join(issuer) or None
    return head


def line_words(line: str) -> str:
    """A line's words, folded, without punctuation ('SIARAN PERS:' -> 'siaran pers')."""
    return " ".join(fold(re.sub(r"[^\w\s]", " ", line)).split())


def person_caption(lexicon: Lexicon, line: str) -> bool:
    """'Budi Santoso, Kepala Dinas X': a photo caption naming the official the article quotes,
    kept in the text (it introduces him) though it stands among the head lines."""
    return lexicon.compiled(person_caption_regex).match(line) is not None


def person_caption_regex(lexicon: Lexicon) -> re.Pattern:
    titles = lexicon.position_titles + [t for o in lexicon.organizations for t in [o.head or "", *o.head_aliases]]
    return re.compile(r"(?:[A-Z][\w.'’-]*\s{1,3}){1,5}[A-Z][\w'’-]*,\s{1,3}" + words_pattern(titles))


def title_evidence(view: str, lines, i: int, keep: bytearray, clean: str, rest: str, lexicon: Lexicon) -> int:
    """3: metadata, a date line, a dateline or a byline follows (blank lines between allowed);
    2: a blank line follows; 1: prose follows but the line is title-cased and repeats the body;
    0: no evidence that this is a title."""
    blank_between = False
    for start, end, _line in lines[i + 1:]:
        following = view[start:end].strip()
        if not following:
            if end > start and is_blank(keep, start, end):
                return 3
            blank_between = True
            continue
        if is_byline(following) or lexicon.compiled(dateline_regex).match(view[start:end]) or looks_like_dateline(following):
            return 3
        break
    if blank_between:
        return 2
    return 1 if title_cased(clean) and re.search(r"\d", clean) and numbers_recur(clean, rest) else 0


def title_cased(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def is_byline(line: str) -> bool:
    return (bool(BYLINE.match(line)) and len(line.split()) <= 12 and not re.search(r"[.!?]\s*$", line)
            or bool(BYLINE_ROLE.match(line)))


HEADLINE_MAX_WORDS = 25
BYLINE = re.compile(r"^\s*(?:Oleh|Penulis|Reporter|Pewarta|Editor|Laporan\s+[Ww]artawan|By)\b")
GENERIC_DATELINE = re.compile(r"^\s*(?P<lead>[^\s.!?][^.!?:\n]{0,48}?)\s*(?:--|[-–—])(?:\s|$)")
BYLINE_ROLE = re.compile(r"^[A-Z][\w .'’-]{2,60},\s*(?:Jurnalis|Wartawan|Reporter|Kontributor|Editor|Penulis)\s*$")


def looks_like_headline(line: str) -> bool:
    return (len(line.split()) <= HEADLINE_MAX_WORDS and len(line) <= 250
            and not re.search(r"[.!?;:,]\s*$|\s[-–—]+\s*$|[a-z]{2}[.!?]\s", line))


def looks_like_dateline(line: str) -> bool:
    """'JAKARTA -', 'Pekanbaru (ANTARA) -', 'Jakarta, Kantor Berita -': a few capitalised words
    (a place, an outlet) before a dash."""
    match = GENERIC_DATELINE.match(line)
    if not match:
        return False
    words = re.sub(r"[(),]", " ", match.group("lead")).split()
    return 0 < len(words) <= 5 and all(w[0].isupper() or "." in w for w in words)


def numbers_recur(line: str, rest: str) -> bool:
    return all(number in rest for number in re.findall(r"\d+(?:[.,]\d+)*", line))


def leading_excerpt_date(text: str, keep: bytearray):
    """A leading ' date 2024-02' (our page excerpts) is blanked and returned."""
    found = excerpt_date(text)
    if found:
        blank(keep, 0, found[3])
    return found


TOP_LINES = 12  # date lines are looked for among the first lines, before the prose starts


def date_lines(text: str, lines, keep: bytearray, lexicon: Lexicon) -> list[tuple[int, str]]:
    """(offset, date string) of the lines near the top that are a date and little else; they
    are blanked (they hold no facts, and '387 views' is not a figure). A date right after a 'Baca Juga:' line is
    a teaser's (`after_related_links`): blanked, never the page's."""
    found = []
    prefixes = tuple(p.casefold() for p in lexicon.list("teaser_line_prefixes"))
    content = content_lines(lines, keep)[:TOP_LINES]
    for index, (start, end, line) in enumerate(content):
        if len(line.split()) > HEADLINE_MAX_WORDS:
            break
        shape = date_line(line)
        if shape:
            blank(keep, start, end)
            if not after_related_links(content[max(0, index - RELATED_HEADLINE_LINES):index], prefixes):
                found.append((start, shape))
    return found


def byline_dates(lines, keep: bytearray) -> list[tuple[int, str]]:
    """(offset, date string) of the bylines near the top that end with the page's date, or
    that the page's stamp follows on a line of its own ('Penulis: A | Editor: B' /
    'Senin, 9 Juni 2025 | 10:20 WIB', printed after the lead as well as above it); a byline is
    blanked as the author's line before the date lines are looked for, a stamp line under it
    here."""
    found = []
    near = [ln for ln in lines if ln[2].strip()][:TOP_LINES]
    for index, (start, _end, line) in enumerate(near):
        shape = byline_date(line)
        if shape:
            found.append((start, shape))
        elif BYLINE.match(line) and index + 1 < len(near) and (shape := date_line(near[index + 1][2])):
            found.append((near[index + 1][0], shape))
            blank(keep, near[index + 1][0], near[index + 1][1])
    return found


BYLINE_PARTS = re.compile(r"\s+[|•·]\s+")


def byline_date(line: str) -> str | None:
    """The date a byline ends with ('Oleh: A | Penyunting: B | Rabu, 05/02/2025'): the names
    before it are more words than a date line holds, so its last part is read alone, and only
    when it is a date and nothing else ('Diperbarui: ...', 'Data per ...' are other dates)."""
    if not BYLINE.match(line):
        return None
    parts = BYLINE_PARTS.split(line.strip())
    # the date's time may stand in a part of its own ('Pewarta: A | Rabu, 14 Agustus 2024 | 15:22 WIB')
    for last in (parts[-1], " | ".join(parts[-2:]) if len(parts) > 2 else ""):
        shape = DATE_SHAPE.fullmatch(last.strip())
        if shape:
            return shape.group(0)
    return None


# 'KOTA CONTOH (21/5/2024) -', 'Kota Contoh, (21/5/2024) –', 'KOTA CONTOH, Kabar Contoh (21/5/2024) -',
# 'KOTA CONTOH, (Kabar Contoh) (21/5/2024) -' (the outlet in brackets):
# a dateline whose place (and the outlet's name after a comma) is followed by the day of the
# report in figures, before the dash
# (with an outlet, the place is in capitals or a few capitalised words and the outlet a few capitalised words:
# a caption 'Suasana gudang di Desa X, Kabupaten Y (12/2/2024) - dok.' is no dateline)
DATELINE_DATE = re.compile(r"^\s*(?:(?:[A-Z][A-Z.'’]*(?:\s+[A-Z][A-Z.'’]*)*|[A-Z][a-z.'’]+(?:\s+[A-Z][a-z.'’]+){0,2})"
                           r"(?:,\s*[A-Z][A-Za-z.'’]*(?:\s+[A-Z][A-Za-z.'’]*){0,2}|,?\s*\([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\))"
                           r"|[A-Z][A-Za-z .'’]{1,40}?),?\s*"
                           r"\((?P<date>\d{1,2}/\d{1,2}/\d{4})\)\s*(?:--|[-–—])\s")


# '[Kota Contoh | 30 Juli 2024] Dinas ...': the place and the day of the report in square brackets
# opening the lead
BRACKETED_DATELINE = re.compile(r"^\s*\[\s*[A-Z][A-Za-z.'’]*(?:\s+[A-Z][A-Za-z.'’]*){0,3}\s*[|,/]\s*"
                                r"(?P<date>\d{1,2}\s+[A-Za-z]{3,10}\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})\s*\]")


# 'Kota Contoh, 21/5/2024 -', 'KOTA CONTOH, 21 Mei 2024 –': a press-release dateline, the place (in capitals or a few
# capitalised words) and after its comma the day of the report, unbracketed, in figures or words, right before the dash
# ('Desa X, Kabupaten Y, 12/2/2024 - dok.' holds a second comma: no dateline; 'Kota, 2 Mei 2024 - 4 Mei 2024', a
# figure after the dash, is a span of days, no dateline)
PLAIN_DATELINE = re.compile(r"^\s*(?:[A-Z][A-Z.'’]*(?:\s+[A-Z][A-Z.'’]*)*|[A-Z][a-z.'’]+(?:\s+[A-Z][a-z.'’]+){0,2}),\s*"
                            r"(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+[A-Za-z]{3,10}\s+\d{4})\s*(?:--|[-–—])\s(?!\s*\d)")


def dateline_date(lines, keep: bytearray, lexicon: Lexicon) -> dt.date | None:
    """The date the dateline carries, if any ('(21/5/2024)', '[Kota | 30 Juli 2024]', 'Kota, 21 Mei 2024 -'): on the first line of the body only (a
    bracketed date further down is an event's); not when its head says a photo credit, an update
    or a remark instead of a place or an outlet ('[Foto | 4 Juni 2024]', '[Diperbarui, 21/3/2025]',
    '(Tertutup) (4/9/2024)': lexicon dateline_non_place_words, update_stamp_words)."""
    content = content_lines(lines, keep)
    match = (DATELINE_DATE.match(content[0][2]) or BRACKETED_DATELINE.match(content[0][2])
             or PLAIN_DATELINE.match(content[0][2])) if content else None
    if match is None:
        return None
    if lexicon.compiled(dateline_non_place_regex).search(match.string, 0, match.start("date")):
        return None
    return parse_date(match.group("date"))


def lower_date_lines(lines, keep: bytearray, lexicon: Lexicon) -> tuple[list, list, list]:
    """(offset, date string) of the first line among the prose that is a date and little else
    ('Rabu 17-04-2019,10:12 WIB' after the last paragraph; the top lines' date lines are
    blanked before): pages that print their stamp at the foot, or after the lead, are dated by
    it. Only the first: the lines of a list of other articles further down carry their own,
    later dates; a date just after 'Baca Juga:' is a teaser's. Returned as the stamp after the
    end of a sentence (or of a byline: the page's own stamp), or else as the stamp under a line
    that is no sentence (a heading: 'Pameran berikutnya' / 'Kamis, 3 Juli 2025' may be an
    event's date), and, third, the first such line that stamps an update (lexicon
    update_stamp_words, 'Diperbarui: ...'): the page was published before it, so it dates the
    page only when nothing else does."""
    prefixes = tuple(p.casefold() for p in lexicon.list("boilerplate_line_prefixes"))
    update = lexicon.compiled(update_stamp_regex)
    scope = lexicon.compiled(date_scope_regex)
    content = content_lines(lines, keep)
    updated: list[tuple[int, str]] = []
    for index, (start, _end, line) in enumerate(content):
        shape = date_line(line)
        if shape and not after_related_links(content[max(0, index - RELATED_HEADLINE_LINES):index], prefixes):
            if not update.search(line):
                before = content[index - 1][2].strip() if index else ""
                if (not before or ends_sentence(before) or is_byline(before)) and not scope.search(line):
                    return [(start, shape)], [], updated
                return [], [(start, shape)], updated
            updated = updated or [(start, shape)]
    return [], [], updated


FOOT_STAMP_DAYS = 3  # a page's stamp at the foot comes this many days after the day its text names, at most


def foot_stamp_or_text_date(article: Article, lower, body: str, lexicon: Lexicon, above=()) -> dt.date | None:
    """The date of a stamp at the foot of the page, or of a date line above the headline, when it
    falls 0-3 days after the weekday date in the text ('Senin (14/7/2025)' / ... / 'Selasa, 15 Juli
    2025': the official spoke the day before the page came out); else the text's date, and the foot
    line only when the text names none (a later or earlier date at the foot is an event's or a
    deadline's; one above the headline long after the text's day is the day the page was saved)."""
    text_date = date_from_text(body, lexicon)
    if text_date is None:
        return first_date(article, lower)
    for stamps in (lower, above):
        stamp = first_date(article, stamps) if stamps else None
        if stamp is not None and 0 <= (stamp - text_date).days <= FOOT_STAMP_DAYS:
            return stamp
    return text_date


def dateline_non_place_regex(lexicon: Lexicon) -> re.Pattern:
    """A dateline head that is no place: a photo credit, a remark or an update stamp."""
    return re.compile(r"\b" + words_pattern(lexicon.list("dateline_non_place_words") + lexicon.list("update_stamp_words")), re.I)


def update_stamp_regex(lexicon: Lexicon) -> re.Pattern:
    return re.compile(words_pattern(lexicon.list("update_stamp_words")), re.I)


def date_scope_regex(lexicon: Lexicon) -> re.Pattern:
    return re.compile(r"(?<!\w)" + words_pattern(lexicon.list("date_scope_words"), suffix=r"(?!\w)"), re.I)


RELATED_HEADLINE_LINES = 2  # 'Baca Juga:' / a headline / its date: a teaser's date comes this close


def after_related_links(previous, prefixes: tuple[str, ...]) -> bool:
    """One of the lines just before opens a list of links to other articles ('Baca Juga:'): a
    date there is a teaser's, not the page's."""
    return any(line.strip().lstrip("•*-–").strip().casefold().startswith(prefixes) for _s, _e, line in previous)


def first_date(article: Article, dates: list[tuple[int, str]]) -> dt.date | None:
    """The first date line that reads as a date; one that cannot be read is a warning."""
    for _offset, shape in dates:
        date = parse_date(shape)
        if date:
            return date
        article.warnings.append(f"publication date {shape!r} could not be read")
    return None


def date_of_excerpt(excerpt, body: str, article: Article, lexicon: Lexicon) -> dt.date | None:
    """The month of a ' date 2024-02' line: its first day, or the day the text names in it."""
    if not excerpt:
        return None
    year, month, day, _length = excerpt
    try:
        first = dt.date(year, month, day or 1)
    except ValueError:
        article.warnings.append(f"publication date '{year}-{month:02d}' could not be read")
        return None
    if day is not None:
        return first
    named = [date for date, agrees in weekday_dates(body, lexicon) if agrees or (date.year, date.month) == (year, month)]
    if named and named[0] <= last_of_month(first):
        return named[0]  # the reporting day the text names (an excerpt's month is sometimes when it was saved)
    return first


def last_of_month(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def blank_repeats(text: str, keep: bytearray, title: str | None, title_at: int = -1) -> None:
    """The second copy of a repeated sentence (a paragraph printed twice, the headline again in
    a caption) is blanked, so each fact is read once. Sentences of fewer than six words are
    left alone (short phrases repeat legitimately), but for the pieces a copy is cut into at an
    abbreviation's dot ('Rp.', 'H.'): a short piece right after a blanked copy, on its line, that
    also followed the first copy is part of the copy and is blanked with it."""
    body = masked(text, keep)
    seen: dict[str, int] = {repeat_key(title): -1} if title else {}
    units: list[tuple[str, int]] = []  # (key, start of its line) of every unit in order
    title_end = text.find("\n", title_at) if title_at >= 0 else -1
    after = -1  # the first copy's next unit, while the units read are a copy's pieces
    for match in REPEAT_UNIT.finditer(body):
        key, line = repeat_key(match.group()), body.rfind("\n", 0, match.start())
        units.append((key, line))
        if 0 <= after < len(units) - 1 and units[after][0] == key and units[after][1] == units[after - 1][1] \
                and units[-2][1] == line:
            blank(keep, match.start(), match.end())   # the rest of the copy, cut at an abbreviation's dot
            after += 1
            continue
        after = -1
        if len(key.split()) < 6 or match.start() <= title_end:   # (the title line itself)
            continue
        if key in seen:
            blank(keep, match.start(), match.end())
            after = seen[key] + 1 if seen[key] >= 0 else -1
        else:
            seen[key] = len(units) - 1


# A unit of repetition: text up to a sentence end or a line end (a dot between digits, '3.480',
# ends nothing). Cut the same way in every copy, so two copies of a paragraph give the same units
# (abbreviations split both alike).
REPEAT_UNIT = re.compile(r"(?:[^\n.!?]|(?<=\d)\.(?=\d))+[.!?]*")


NOT_WORD_CHARACTERS = re.compile(r"[^\w]+")


def repeat_key(sentence: str) -> str:
    return " ".join(NOT_WORD_CHARACTERS.sub(" ", sentence.casefold()).split())


def dateline_regex(lexicon: Lexicon) -> re.Pattern:
    markers = [m for p in lexicon.publishers for m in p.get("markers", [])]
    return re.compile(
        # 'Jakarta, FORTUNE -', 'Merauke (ANTARA) -', 'SURABAYA (RadarJatim.id) -'
        r"^\s*(?:(?P<place1>[A-Z][A-Za-z .']{1,40}?)(?:\s*,\s*|\s+(?=\()))?\(?(?P<marker>" + words_pattern(markers, suffix="") +
        r")\)?"
        r"\s*(?:[,/]\s*(?P<place2>[A-Za-z][A-Za-z .']{1,40}?))?\s*(?:--|—|–|-|:|\.)(?=\s)")


def find_dateline(text: str, lines, lexicon: Lexicon):
    """(offset where the body starts, publisher, place) from a line like 'KONTAN.CO.ID - JAKARTA.'."""
    for start, _end, line in lines:
        match = lexicon.compiled(dateline_regex).match(line)
        if match:
            place = (match.group("place1") or match.group("place2") or "").strip(" .") or None
            return start, publisher_of_marker(match.group("marker"), lexicon), place.title() if place else None
    return None


def publisher_of_marker(marker: str, lexicon: Lexicon) -> str | None:
    folded = fold(marker)
    for markers, entry in lexicon.compiled(publisher_markers):
        if folded in markers:
            return entry["publisher"]
    return None


def publisher_markers(lexicon: Lexicon) -> list:
    """(folded markers, entry) of each publisher, in order (`publisher_of_marker`), made once per lexicon."""
    return [({fold(m) for m in entry.get("markers", [])}, entry) for entry in lexicon.publishers]


def publisher_from_url(url: str, lexicon: Lexicon) -> str | None:
    host = re.sub(r"^https?://", "", url).split("/")[0].lower()
    for entry in lexicon.publishers:
        for base in entry.get("url_hosts", []):
            if host == base or host.endswith("." + base):
                return entry["publisher"]
    return None


def boilerplate_words(words: Lexicon):
    """`drop_boilerplate`'s words, made once per lexicon: line prefixes, footer starts (casefolded) and
    headline minor words (folded)."""
    prefixes = tuple(p.casefold() for p in words.list("boilerplate_line_prefixes"))
    footer_starts = tuple(p.casefold() for p in words.list("footer_starts"))
    minor = {fold(w) for w in words.list("headline_minor_words")}
    return prefixes, footer_starts, minor


def drop_boilerplate(text: str, lines, keep: bytearray, lexicon: Lexicon) -> None:
    words = lexicon
    prefixes, footer_starts, minor = lexicon.compiled(boilerplate_words)
    captions = lexicon.compiled(caption_prefixes)
    in_list = False  # after a bare 'Baca Juga' line come headlines, one a line
    in_prose = False  # a paragraph of prose has been read
    teaser = lexicon.compiled(inline_teaser_regex)
    openers = lexicon.compiled(prose_opening_words) if teaser is not None else set()  # (made once per lexicon)
    introducer = lexicon.compiled(list_introducer_regex)
    in_items = False  # after a line of prose that introduces a list ('Berikut rinciannya:') come its items
    item_before = None  # the shape of the list's item before (item_shape)
    for start, end, line in lines:
        stripped = unbracketed(line.strip().lstrip("•*-–").strip().casefold())
        if footer_starts and stripped.startswith(footer_starts):
            blank(keep, start, len(text))
            return
        if in_items and is_list_item(line) and not stripped.startswith(prefixes) \
                and not (item_shape(line) == "unmarked" and item_before == "marked"):
            # an item of a list the story introduced ('1. Kabupaten Contoh Rp47,9 miliar',
            # '- Kopi: USD 12,3 juta', 'Kota Contoh Rp5,6 Miliar'): the story's text, unless it has
            # a headline's shape, every word capitalised with its number inside ('1. Harga Lada Turun
            # Rp4.000 per Kilogram'), not a name with its value at the end (`reads_as_headline`)
            # (an unmarked line after a marked list is no item of it: the prose goes on)
            item_before = item_shape(line)
            if reads_as_headline(line, minor):
                blank(keep, start, end)
            elif keep[start] == 1 and introduces_list(introducer, line):
                in_items = True  # an item that opens a list of its own ('2. ... sebagai berikut:')
            continue
        if not line.strip():
            continue
        if in_items and stripped.startswith(prefixes) and len(stripped.split()) > 3:
            blank(keep, start, end)  # a teaser with its headline ('Baca Juga: ...') between the items: the list goes on
            continue
        in_items = keep[start] == 1 and introduces_list(introducer, line) and not stripped.startswith(prefixes)
        item_before = None
        glued = [m for m in teaser.finditer(line)] if teaser is not None else []
        if len(line.split()) <= GLUED_TEASER_MIN_WORDS:
            # in a short line a teaser opens the line or follows a sentence's end ('... kata dia.
            # Baca Juga: ...'); after a comma or a verb ('Petani diminta baca juga: Panduan ...')
            # the words are prose
            glued = [m for m in glued if not line[:m.start()].strip() or ends_sentence(line[:m.start()].rstrip())]
        if glued and (len(line.split()) > GLUED_TEASER_MIN_WORDS or not stripped.startswith(prefixes)):
            # a flattened page: 'BACA JUGA:Warga Gelar Lomba Perahu Ekspor kerajinan ...' glues each
            # teaser's headline to the paragraph around it, as does a paragraph that opens with prose
            # ('... kata dia. Baca Juga: Harga Cabai Naik Rp8.000 Menurut dia, ...'); only the teasers are links
            for m in glued:
                blank(keep, start + m.start(), start + teaser_end(line, m.end(), minor, openers))
            in_list = False
            continue
        if stripped.startswith(prefixes) and not (stripped.startswith(captions) and new_amount(line, text, start, end)):
            blank(keep, start, end)
            in_list = len(stripped.rstrip(":").split()) <= 3
        elif looks_like_related_headline(line) or in_list and stripped and not ends_sentence(line) \
                or in_prose and looks_like_story_link(line, minor):
            blank(keep, start, end)
        elif stripped:
            in_list = False
            in_prose = in_prose or keep[start] == 1 and ends_sentence(line) and len(line.split()) >= PROSE_MIN_WORDS


def unbracketed(line: str) -> str:
    """A whole line set in brackets ('(Baca: Penerimaan ... Rp 155,2 Triliun)', '[Baca juga: ...]'),
    as some outlets print their links to other articles: its inside, which the boilerplate
    prefixes are read against; any other line as it is."""
    if len(line) > 2 and (line[0], line[-1]) in (("(", ")"), ("[", "]")) and closes_at(line, len(line) - 1):
        return line[1:-1].strip()
    return line


def closes_at(line: str, last: int) -> bool:
    """The bracket opening the line closes at `last` and not before ('(Baca: X) Sementara itu, ... (yoy)'
    is a link glued to prose, not a line in brackets)."""
    depth = 0
    for i, char in enumerate(line):
        depth += char in "([" and 1 or char in ")]" and -1 or 0
        if depth == 0:
            return i == last
    return False


def new_amount(line: str, text: str, start: int, end: int) -> bool:
    """The line holds a number printed nowhere else in the text, besides a date's or a year
    ('Foto: Sebanyak 2,5 ton muatan dibongkar, Senin (10/3/2025)'): a photo caption's own figure,
    which is kept (a wrong guess at furniture never deletes a fact)."""
    bare = re.sub(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d\d\b|\b\d{1,2}[.:]\d{2}\b", " ", line)
    rest = text[:start] + text[end:]
    return any(re.search(r"(?<![\d.,])" + re.escape(n) + r"(?![\d]|[.,]\d)", rest) is None
               for n in re.findall(r"\d+(?:[.,]\d+)*", bare))


def is_caption_line(line: str, lexicon: Lexicon) -> bool:
    """A line that opens as a photo caption ('Foto: ...', lexicon caption_line_prefixes)."""
    return line.casefold().startswith(lexicon.compiled(caption_prefixes))


def caption_prefixes(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(p.casefold() for p in lexicon.list("caption_line_prefixes"))


CREDIT_LINE_WORDS = 6  # a line of a photo credit alone ('(ANTARA FOTO/Nama Orang)') is this short


def blank_credited_captions(text: str, lines, keep: bytearray, lexicon: Lexicon) -> None:
    """A line that is a photo credit alone (lexicon photo_credit_markers, at most
    CREDIT_LINE_WORDS words: '(ANTARA/Rina Lestari)') is furniture, and so is the caption right
    above it, with no blank line between ('Pekerja menata karung di gudang.'), when it is short
    and holds no number printed nowhere else (a caption's own figure is kept, `new_amount`) and
    no quotation mark (a short quote paragraph is no caption)."""
    credit = lexicon.compiled(photo_credit_regex)
    previous = None
    for start, end, line in lines:
        if not line.strip():
            previous = None
            continue
        if credit.search(line) and len(line.split()) <= CREDIT_LINE_WORDS \
                and re.fullmatch(r"[(\[]?[^()\[\]]*[)\]]?", line.strip()):
            blank(keep, start, end)
            if previous is not None:
                p_start, p_end, p_line = previous
                # a sentence with a number over the credit may be the story's own ('Ekspor ... naik
                # 12 persen.'): its number may be printed elsewhere for another fact, so it stays
                if len(p_line.split()) <= HEADLINE_MAX_WORDS and not new_amount(p_line, text, p_start, p_end) \
                        and not (re.search(r"\d", p_line) and ends_sentence(p_line.rstrip())) \
                        and not re.search(r"[\"“”]", p_line) and not is_blank(keep, p_start, p_end):
                    blank(keep, p_start, p_end)
        previous = (start, end, line)


def photo_credit_regex(lexicon: Lexicon) -> re.Pattern:
    """A photo credit's mark: one of photo_credit_markers anywhere, or an agency's name with
    its slash (photo_credit_agency_markers) in parentheses, at a line's start or after a
    sentence's end."""
    # (speed only: a look-ahead at what a credit can start with, a marker's first character or a space
    # before an agency's, fails at once at every other place, sparing the look-behinds there)
    firsts = {c for w in lexicon.list("photo_credit_markers") + lexicon.list("photo_credit_agency_markers")
              for c in (w[:1], w[:1].upper(), w[:1].lower())}
    ahead = "" if any(c.isspace() for c in firsts) else r"(?=[" + re.escape("".join(sorted(firsts))) + r"]|[^\S\n])"
    return re.compile(ahead + "(?:" + words_pattern(lexicon.list("photo_credit_markers"), suffix="")
                      + r"|(?:^|(?<=[(\n])|(?<=[.!?]\s)|(?<=[.!?][\"”)]\s))[^\S\n]*"
                      + words_pattern(lexicon.list("photo_credit_agency_markers"), suffix="") + ")", re.M)


PROSE_MIN_WORDS = 12  # a line that ends its sentence after this many words is a paragraph of prose
GLUED_TEASER_MIN_WORDS = 3 * HEADLINE_MAX_WORDS  # a teaser's line this long holds the paragraph too


def inline_teaser_regex(lexicon: Lexicon) -> re.Pattern | None:
    """'BACA JUGA:' (lexicon inline_teaser_prefixes, then a colon) anywhere in a line."""
    prefixes = lexicon.list("inline_teaser_prefixes")
    return re.compile(r"(?<!\w)" + words_pattern(prefixes, suffix="") + r"\s*:", re.I) if prefixes else None


def teaser_end(line: str, at: int, minor: set[str], openers: set[str] = frozenset()) -> int:
    """Where the prose resumes after a teaser's headline glued to it ('BACA JUGA:Tiga Resep
    Sambal Khas Bali Pemerintah menargetkan ...'): the headline's words are
    capitalised (but for its minor words) or numbers; the capitalised word right before the first
    other lower-case word opens the prose ('Pemerintah'), or, a few words further back, a word
    that opens a speaker's title or a period (`prose_opening_words`: 'Menteri Perdagangan Budi
    Santoso mengatakan ...', 'Pada Januari-Juni 2024 ekspor ...'; when unsure the words are kept).
    The line's end when no prose follows."""
    tokens = list(re.finditer(r"\S+", line[at:]))
    for i, token in enumerate(tokens):
        word = token.group().strip("\"'“”‘’(),.!?:;")
        if word[:1].islower() and fold(word) not in minor:
            if i < 2:
                return at + token.start()
            opening = next((j for j in range(max(1, i - TEASER_PROSE_REACH), i - 1)
                            if fold(re.split(r"[-–/]", tokens[j].group().strip("\"'“”‘’(),.!?:;"))[0]) in openers), i - 1)
            return at + tokens[opening].start()
    return len(line)


TEASER_PROSE_REACH = 8  # the most capitalised words a speaker's title and name, or a period, open the prose with


def prose_opening_words(lexicon: Lexicon) -> set[str]:
    """The first words of titles (titles.yaml), address forms, month names and words that lead a
    period (lexicon year_lead_words, reported_year_openers): a capitalised one of these opens prose."""
    phrases = [*lexicon.position_titles, *lexicon.address_forms, *lexicon.mapping("months"),
               *lexicon.list("year_lead_words"), *lexicon.list("reported_year_openers")]
    return {fold(str(p).split()[0]) for p in phrases if str(p).split()}
LINK_MIN_WORDS = TABLE_ROW_WORDS + 1  # shorter lines may be a table's rows ('Amerika Serikat 200 Ton')


def looks_like_story_link(line: str, minor: set[str]) -> bool:
    """A line after the story's prose has begun that is the headline of another story, left on
    the page as a link ('Update Senin : Pasien ... Kini 180 Orang, Tersebar di ...'): the shape
    of a headline (no sentence end, at most HEADLINE_MAX_WORDS words), every word capitalised
    but the minor words headlines keep in lower case (lexicon headline_minor_words), and a number
    of its own, which it reports from another story; longer than a table's row."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return (LINK_MIN_WORDS <= len(line.split()) and looks_like_headline(line.strip()) and not ends_sentence(line)
            and re.search(r"\d", line) is not None
            and all(w[0].isupper() for w in words if fold(w) not in minor))


# a line of a list: after a bullet, a dash or a number ('1.', '2)'), or indented
LIST_ITEM = re.compile(rf"^(?:\s*(?:{BULLET}|\d{{1,2}}[.)])\s+|\s{{2,}})\S")
ITEM_MAX_WORDS = 10  # the most words of a list's item with no bullet nor number ('Kota Contoh Rp5,6 Miliar')


def item_shape(line: str) -> str | None:
    """'marked': a line of a list after a bullet, a dash or a number ('1.', '2)'), or indented
    (LIST_ITEM); 'unmarked': a short line with a number and no sentence end ('Kopi: USD 12,3
    juta', 'Kota Contoh Rp5,6 Miliar'; at most ITEM_MAX_WORDS words: a longer one is prose that
    lost its full stop); None for any other line."""
    if LIST_ITEM.match(line) is not None:
        return "marked"
    if not ends_sentence(line) and len(line.split()) <= ITEM_MAX_WORDS and re.search(r"\d", line) is not None:
        return "unmarked"
    return None


def is_list_item(line: str) -> bool:
    """A line of a list (item_shape)."""
    return item_shape(line) is not None


# a list's item of fields, a name then its dates or references ('KEK Contoh - (PP No. 9/2020 - Mei 2020)'):
# a record, no headline
RECORD_FIELDS = re.compile(r"[()]|\s[-–—]\s")
ITEM_NAME_WORDS = 5  # the most words a list's item names its part with ('Kabupaten Solok Selatan Bagian Timur')


def reads_as_headline(line: str, minor: set[str]) -> bool:
    """A line of a list that is the headline of another story ('2. Ekspor Kakao Naik Capai 3.000
    Ton pada 2024'): every word capitalised but headline_minor_words, at least three words of
    them before its first number, and more than a unit after that number, or more words before it
    than a name has ('Petani Kopi Desa Contoh Terima Bantuan Rp2 Miliar'). An item naming a part
    and its value ('Kota Contoh Rp5,6 Miliar', 'Amerika Serikat 3.500 Ton') ends with its amount; an
    item of fields (RECORD_FIELDS) is a record."""
    item = line[ITEM_LEAD.match(line).end():].strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", item)
    first = re.search(r"\d", item)
    if first is None or len(words) < 3 or not all(w[0].isupper() for w in words if fold(w) not in minor) \
            or RECORD_FIELDS.search(item):
        return False
    number = re.match(r"[\d.,]*\d", item[first.start():])
    rest = item[first.start() + number.end():].split()
    before = item[:first.start()]  # (without a currency glued to the number: 'Rp1,7')
    name = before if before[-1:].isspace() else before.rsplit(None, 1)[0] if len(before.split()) > 1 else ""
    named = len(re.findall(r"[^\W\d_][\w'’-]*", name))
    return named >= 2 and len(rest) > 1 or named > ITEM_NAME_WORDS




LIST_REACH = 40  # the most lines a list's items run over below the line that introduces them


def introducing_line(lexicon: Lexicon, body: str, position: int) -> tuple[int, int] | None:
    """(start, end) of the line of the story that introduces the list whose item holds
    `position` ('Lima daerah dengan realisasi terbesar pada semester I yaitu:' above '1. Kabupaten
    Contoh Rp47,9 miliar'), or None when that line is no item of an introduced list: the lines
    between are items too (is_list_item) or blank."""
    start = body.rfind("\n", 0, position) + 1
    end = body.find("\n", position)
    below = item_shape(body[start:len(body) if end < 0 else end])
    if below is None:
        return None
    introducer = lexicon.compiled(list_introducer_regex)
    for _ in range(LIST_REACH):
        if start == 0:
            return None
        end = start - 1
        start = body.rfind("\n", 0, end) + 1
        line = body[start:end]
        if not line.strip():
            continue
        shape = item_shape(line)
        if shape is not None and not introduces_list(introducer, line):
            if below == "unmarked" and shape == "marked":
                return None  # (a line of prose after a bulleted list: 'Adapun ... sekitar USD 5 juta per tahun')
            below = shape
            continue
        return (start, end) if introduces_list(introducer, line) else None
    return None


def list_introducer_regex(lexicon: Lexicon) -> re.Pattern:
    """A line of the story's prose that introduces a list: it ends with a colon, or with words
    that announce the items (lexicon list_introducer_closers: 'sebagai berikut', 'antara lain'),
    or opens with one that does (list_introducer_openers: 'Berikut tiga daerah ...'), and holds a
    word in lower case (a sentence, not a page's section label such as 'Artikel Pilihan:'). Not a
    line of a few words and a colon with no such word ('Pilihan redaksi:', 'Jangan lewatkan:': a
    section label too), nor one whose first words point at the page's links to other stories
    (lexicon link_list_words: 'Baca berita lainnya:'; further on, 'dalam berita resmi statistik'
    is the story's), nor one that names conditions, stages or a schedule (lexicon
    list_unmeasured_words: 'Syarat ... sebagai berikut:'): its items are no measured values."""
    closers = words_pattern(lexicon.list("list_introducer_closers"), suffix="")
    openers = words_pattern(lexicon.list("list_introducer_openers"))
    links = words_pattern(lexicon.list("link_list_words"))
    unmeasured = words_pattern(lexicon.list("list_unmeasured_words"))
    return re.compile(rf"^(?![^\S\n]*\W*(?:\S+[^\S\n]+){{0,{LINK_WORD_REACH - 1}}}\W*(?i:{links}))"
                      rf"(?!.*\b(?i:{unmeasured}))(?=.*(?<![\w'’-])[a-z])"
                      rf"(?!(?!.*\b(?i:{closers}))[^\S\n]*(?:[^\s:]+[^\S\n]+){{0,{SECTION_LABEL_WORDS - 1}}}[^\s:]+:[^\S\n]*$)"
                      rf"(?:[^\S\n]*[\"“]?(?i:{openers}).*|.*(?:\S:|\b(?i:{closers}))[^\S\n]*)$")


INTRODUCER_MAX_CHARS = 1000  # longer than this a line is a paragraph of prose, whatever it ends with


def introduces_list(introducer: re.Pattern, line: str) -> bool:
    """`list_introducer_regex` on the line's text without the blanks around it, and only on a line
    a list's introduction can be: the pattern's look-aheads scan the whole line from each place, so
    a long run of blanks (a paragraph blanked as furniture) or a page flattened into one line would
    cost time growing with the square of its length."""
    text = line.strip()
    return bool(text) and len(text) <= INTRODUCER_MAX_CHARS and introducer.search(text) is not None


LINK_WORD_REACH = 3  # a line points at links when a link word is among its first words ('Simak juga berita ...')
SECTION_LABEL_WORDS = 3  # a line of this few words and a colon is a page's section label ('Paling banyak dibaca:')


def looks_like_related_headline(line: str) -> bool:
    """A bulleted or indented line with no sentence end: a list of related links, not prose.
    Not a quote or a paragraph indented ('    “Pada tahun ini kami ...', or longer than any
    headline) whose sentence end the page lost."""
    match = re.match(r"^(?:\s*(?:[-•*]|\d+\.)\s+|\s{2,})(?P<t>\S.+)$", line)
    if not match or ends_sentence(match.group("t")):
        return False
    item = match.group("t")
    return item[0] not in "“\"" and len(item.split()) <= HEADLINE_MAX_WORDS


SENTENCE_END_AT_LINE_END = re.compile(r"[.;:!?\"”)]\s*$")


def ends_sentence(line: str) -> bool:
    return bool(SENTENCE_END_AT_LINE_END.search(line))


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
        date = parse_date(meta["published"])
        if date is None:
            article.warnings.append(f"publication date {str(meta['published'])!r} could not be read")
        article.published = date or article.published
    if not meta.get("publisher") and meta.get("url_name") and article.publisher is None:
        article.publisher = meta["url_name"]


def _weekday_names(lexicon: Lexicon) -> dict[str, int]:
    return {fold(k): int(v) for k, v in lexicon.mapping("days").items()}


def date_from_text(body: str, lexicon: Lexicon) -> dt.date | None:
    """The day the article reports from, named in its text with a weekday: 'Kamis (15/2/2024)',
    'Jum'at (5/3)', 'kata Menteri di Jakarta, Selasa, 21 Juli 2020'. A date whose weekday
    agrees with the calendar is preferred (the weekday is the press's mark of the reporting
    day); a missing year is chosen so that the weekday matches, among the years the article
    talks about. A day announced ahead ('akan digelar Senin, ...') is not the reporting day."""
    found = weekday_dates(body, lexicon, ends=True)
    # a day that ends a period reported on ('Hingga Senin (30/12), Bulog telah menyerap ...') is the report's day
    # only when no other weekday date is written ('..., kata X, Kamis (2/1/2025)')
    for usable in ([date for date, agrees, end in found if agrees and not end], [date for date, agrees, end in found if agrees]):
        if usable:
            return usable[0]
    return found[0][0] if found else None


def weekday_dates(body: str, lexicon: Lexicon, ends: bool = False):
    """(date, whether its weekday agrees with the calendar) for each weekday-dated mention; with `ends`,
    a third item: whether an 'until' word makes the day the end of a period ('hingga Senin (30/12)')."""
    return [(date, agrees, end) if ends else (date, agrees) for _start, date, agrees, end in weekday_dates_at(body, lexicon)]


def weekday_dates_at(body: str, lexicon: Lexicon) -> list[tuple[int, dt.date, bool, bool]]:
    """(offset, date, whether its weekday agrees with the calendar, whether it ends a period) of each weekday-dated
    mention, in the order of the text."""
    days = _weekday_names(lexicon)
    found = []
    years = None  # the years the body mentions: found once, for the first date written without one
    month_ends = None  # the last days of the months it names with a year: found with the years
    credit = lexicon.compiled(photo_credit_regex)
    for match in lexicon.compiled(weekday_date_regex).finditer(body):
        weekday = days.get(fold(match.group("day")))
        if weekday is None or announced(body, match) or in_caption(body, match, credit):
            continue
        if years is None and not (match.group("wy") or match.group("y")):
            years, month_ends = years_mentioned(body), reporting_evidence(body, lexicon)
        date = date_of_weekday_match(match, weekday, body, lexicon, years, month_ends)
        if date is not None:
            found.append((match.start(), date, date.isoweekday() == weekday, ends_a_period(body, match, lexicon)))
    return sorted(found, key=lambda item: item[0])


def ends_a_period(body: str, match: re.Match, lexicon: Lexicon) -> bool:
    """'hingga Senin (30/12)', 'sampai dengan hari Jumat (12/7)': the day closes a span reported on
    (the 'until' words the period grammar reads: lexicon until_words, and their abbreviations)."""
    return lexicon.compiled(until_before_regex).search(body, max(0, match.start() - 25), match.start()) is not None


def until_before_regex(lexicon: Lexicon) -> re.Pattern:
    return re.compile(rf"(?:\b{words_pattern(lexicon.list('until_words'))}|{UNTIL_ABBREVIATION})\s+(?:hari\s+)?$", re.I)


def weekday_date_regex(lexicon: Lexicon) -> re.Pattern:
    months = words_pattern(lexicon.mapping("months"))
    day = r"(?P<day>[A-Z][a-z'’]{3,7})"
    return re.compile(
        # 'Kamis (15/2/2024)', 'Minggu (3-11)', 'Senin, 4 Maret 2024', 'Selasa, 9 September'
        rf"\b{day}\s*(?:,\s*)?(?:\((?P<d>\d{{1,2}})(?P<sep>[/-])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<y>\d{{2,4}}))?\)"
        rf"|\(?(?P<wd>\d{{1,2}})\s+(?P<wm>{months})(?:\.?\s+(?P<wy>(?:19|20)\d\d)\b)?)", re.I)


def in_caption(body: str, match: re.Match, credit: re.Pattern) -> bool:
    """The date stands in a photo caption (a line with a photo credit, 'ANTARA FOTO/...'):
    the day the photo was taken, often long before the report, not the reporting day."""
    start = body.rfind("\n", 0, match.start()) + 1
    end = body.find("\n", match.end())
    return credit.search(body, start, len(body) if end < 0 else end) is not None


def announced(body: str, match: re.Match) -> bool:
    """'akan digelar pada Senin, 5 Februari 2024', '... 2024 mendatang': a day ahead."""
    return bool(re.search(r"\bakan\b", body[max(0, match.start() - 40):match.start()], re.I)
                or re.match(r"\s*(?:mendatang|nanti)\b", body[match.end():match.end() + 15], re.I))


def month_numbers(lexicon: Lexicon) -> dict[str, int]:
    """The month names of the lexicon, folded, to their numbers: built once per lexicon
    (`lexicon.compiled`), read by the weekday dates and the year check after them."""
    return {fold(k): int(v) for k, v in lexicon.mapping("months").items()}


def date_of_weekday_match(match: re.Match, weekday: int, body: str, lexicon: Lexicon,
                          years: list[int] | None = None,
                          month_ends: list[dt.date] | None = None) -> dt.date | None:
    if match.group("wy"):
        month = lexicon.compiled(month_numbers).get(fold(match.group("wm")))
        try:
            date = dt.date(int(match.group("wy")), month, int(match.group("wd"))) if month else None
        except ValueError:
            return None
        return date if date is None else year_slipped_back(date, weekday, body, lexicon)
    if match.group("wd"):  # a month name without its year: chosen as for '(9/9)'
        day, month = int(match.group("wd")), lexicon.compiled(month_numbers).get(fold(match.group("wm")))
        if month is None:
            return None
    else:
        day, month = int(match.group("d")), int(match.group("m"))
    if match.group("y"):
        year = int(match.group("y"))
        year = year + 2000 if year < 100 else year
        try:
            return year_slipped_back(dt.date(year, month, day), weekday, body, lexicon)
        except ValueError:
            return None
    if years is None:
        years, month_ends = years_mentioned(body), reporting_evidence(body, lexicon)
    return year_for_weekday(day, month, weekday, years, month_ends or ())


def year_slipped_back(date: dt.date, weekday: int, body: str, lexicon: Lexicon) -> dt.date:
    """A year typed one behind early in a new year: a report on January of one year dated with
    the year before. The written date is moved to the next year only when both say so: its
    weekday is wrong for its year and right for the next one, and the text names a month of
    that next year, with its year, that began on or before the moved date (a period it can
    report on, which the written date would put in the future). A next year named alone (an
    outlook, a target year) moves nothing; nor does a weekday that fits the year before, which
    is a wrong weekday as often as a wrong year."""
    if date.isoweekday() == weekday:
        return date
    try:
        later = date.replace(year=date.year + 1)
    except ValueError:  # 29 February
        return date
    if later.isoweekday() == weekday and month_named_by(later, body, lexicon):
        return later
    return date


def reporting_evidence(body: str, lexicon: Lexicon) -> list[dt.date]:
    """The ends of the periods the text reports on, for `year_for_weekday`: the months it names
    with their year, and the years it names as reported on ('sepanjang 2024') or as the present
    ('pada 2024 ini'): every month of such a year (a report during it on the year so far) and
    the December before, so that any day of the year, or of the release lag after it, counts."""
    ends = set(named_month_ends(body, lexicon))
    for match in lexicon.compiled(reported_year_regex).finditer(body):
        year = int(match.group("before") or match.group("present"))
        ends.add(dt.date(year - 1, 12, 31))
        ends.update(dt.date(year, month, calendar.monthrange(year, month)[1]) for month in range(1, 13))
    return sorted(ends)


def reported_year_regex(lexicon: Lexicon) -> re.Pattern:
    before = words_pattern(lexicon.list("reported_year_openers"))
    after = words_pattern(lexicon.list("present_year_closers"))
    return re.compile(rf"\b{before}[^\S\n]+(?:tahun[^\S\n]+)?(?P<before>(?:19|20)\d\d)\b"
                      rf"|\b(?P<present>(?:19|20)\d\d)[^\S\n]+{after}", re.I)


def named_month_ends(body: str, lexicon: Lexicon) -> list[dt.date]:
    """The last day of each month the text names with its year ('Mei 2019', the end of
    'Januari-November 2019'): the periods a report can cover, whose release follows them by
    weeks. `year_for_weekday` reads them to tell a reporting year from a year only looked
    ahead to (a target, an outlook) that happens to share its calendar."""
    months = lexicon.compiled(month_numbers)
    ends = set()
    for match in re.finditer(r"\b(\w+)\s+((?:19|20)\d\d)\b", body):
        month = months.get(fold(match.group(1)))
        if month:
            year = int(match.group(2))
            ends.add(dt.date(year, month, calendar.monthrange(year, month)[1]))
    return sorted(ends)


def month_named_by(date: dt.date, body: str, lexicon: Lexicon) -> bool:
    """True when the text names, with `date`'s year, a month that ended on or before `date` and at
    most `REPORT_LAG_DAYS` before it ('Januari 2024' in a report of 7 February 2024): a period
    such a report covers. A month still running or to come ('berlaku mulai 1 Januari 2024' in a
    December report) or long past is no sign of the year."""
    same_year = [end for end in named_month_ends(body, lexicon) if end.year == date.year]
    return reports_on_named_month(date, same_year)


REPORT_LAG_DAYS = 92   # a monthly or quarterly release comes out within about three months


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 29 February of a common year, 31 of a short month
        return None


def reports_on_named_month(date: dt.date, month_ends: Iterable[dt.date]) -> bool:
    """`date` falls within a release's lag after the end of one of the named months."""
    return any(0 <= (date - end).days <= REPORT_LAG_DAYS for end in month_ends)


def years_mentioned(body: str) -> list[int]:
    return sorted({int(y) for y in re.findall(r"\b(19[5-9]\d|20\d\d)\b", body)})


def year_for_weekday(day: int, month: int, weekday: int, years: list[int],
                     month_ends: Iterable[dt.date] = ()) -> dt.date | None:
    """Among the years in context and the year after the latest, the latest whose calendar puts
    this day on the named weekday; failing that, the year after another named year (a January
    report on the year before, while a plan's end year, 'RPJMD 2021-2026', is named but is no
    reporting year), then the year before the earliest (a plan for the next year); without a
    match, no date: a year the weekday does not fit is a guess (the year of a regulation the
    text cites, say), and an undated text is read as undated.
    A weekday fits the same day every five to eleven years, so a target year or an outlook
    ('Senin (22/7)' beside 'hingga Mei 2019' and a target for 2024) often fits as well as the
    reporting year. Of the years that fit, one within `REPORT_LAG_DAYS` after the end of a month
    the text names with its year (`month_ends`) is taken first: a release comes weeks after the
    period it reports on, while no report covers a month years ahead of it."""
    if not years:
        return None
    # the named years and the year after the latest first, as before; the year after an earlier
    # named year only when none of those fits (a later year may share a named year's calendar)
    first = sorted(set(years) | {max(years) + 1}, reverse=True)
    candidates = first + sorted({year + 1 for year in years} - set(first), reverse=True)
    # last, the year before the earliest named: a report written late in a year about the next
    # one's budget or plan ('Senin (4/11)' beside only '2020' is 4 November 2019, a Monday)
    if max(years) - min(years) <= 1:  # (only beside one or two years in a row: not before an old year recalled)
        candidates.append(min(years) - 1)
    fitting = [date for date in (valid_date(year, month, day) for year in candidates)
               if date is not None and date.isoweekday() == weekday]
    reporting = [date for date in fitting if reports_on_named_month(date, month_ends)]
    return (reporting or fitting)[0] if fitting else None
