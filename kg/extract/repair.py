"""Repair of broken text (mojibake, stray soft hyphens) with a map back to the original offsets.

Pages copied from the web carry text decoded with the wrong code page (`MenterÂ­i`, `â€œ`)
and soft hyphens (U+00AD) inside words (`mili­ar`). Extraction must read the intended words,
but every evidence span must still point into the text as read, so that
`text[start:end] == evidence.text` holds for the original file. The repair is done by ftfy
(a maintained library, not a hand list) line by line; each changed line is aligned with its
repair, and `OffsetMap` turns offsets into the repaired text back into original offsets.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

SOFT_HYPHEN = "\u00ad"
# What a soft hyphen leaves when its UTF-8 bytes (C2 AD) were read as Latin-1 and the invisible
# second character was then lost: a lone 'Â' between two lower-case letters ('MenterÂi').
SOFT_HYPHEN_RESIDUE = re.compile(r"(?<=[a-z])Â(?=[a-z])")
LONG_LINE = 20_000  # longer lines are aligned word by word, so alignment stays linear
WHOLE_LINE_ALIGN = 500  # longest line difflib aligns whole (quadratic) when its words cannot be paired


@dataclass
class Chunk:
    """Repaired text [clean_start, clean_end) stands for original text [start, end)."""
    clean_start: int
    clean_end: int
    start: int
    end: int

    @property
    def same(self) -> bool:
        return self.clean_end - self.clean_start == self.end - self.start


class OffsetMap:
    """Maps offsets in the repaired text to offsets in the original text.

    Chunks cover the repaired text without gaps. Inside an unchanged chunk an offset moves by the
    chunk's shift; a span that starts or ends inside a replaced chunk is widened to the whole
    original chunk, so a span never cuts a repaired character in half."""

    def __init__(self, chunks: list[Chunk]):
        self.chunks = chunks
        self.starts = [c.clean_start for c in chunks]
        self.ends = [c.clean_end for c in chunks]

    def start(self, offset: int) -> int:
        if not self.chunks:
            return offset
        i = min(bisect.bisect_right(self.starts, offset) - 1, len(self.chunks) - 1)
        chunk = self.chunks[max(i, 0)]
        if offset >= chunk.clean_end:       # at the very end of the text
            return chunk.end
        return chunk.start + (offset - chunk.clean_start) if chunk.same else chunk.start

    def end(self, offset: int) -> int:
        if not self.chunks:
            return offset
        i = max(bisect.bisect_left(self.ends, offset), 0)
        chunk = self.chunks[min(i, len(self.chunks) - 1)]
        if offset <= chunk.clean_start:     # at the very start of the text
            return chunk.start
        return chunk.start + (offset - chunk.clean_start) if chunk.same else chunk.end

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), max(self.start(start), self.end(end))


@lru_cache(maxsize=1)
def fixer_config():
    import ftfy
    # Curly quotes and line breaks are the text's own: the quote finder reads them.
    return ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, fix_latin_ligatures=False,
                                 fix_character_width=False, unescape_html=False, normalization=None,
                                 explain=False)


# Mojibake of UTF-8 always holds a lead byte read as a Latin-1/cp1252 character (Â Ã â ...);
# lines without any such character (plain ASCII, curly quotes, em dashes) are left to themselves.
SUSPECT = re.compile(r"[\u0080-\u00ff\ufffd]")


def needs_repair(text: str) -> bool:
    return not text.isascii() and SUSPECT.search(text) is not None


def repair_line(line: str) -> str:
    import ftfy
    fixed = ftfy.fix_text(line, fixer_config())
    fixed = SOFT_HYPHEN_RESIDUE.sub("", fixed)
    return fixed.replace(SOFT_HYPHEN, "")


# A character the page's code page could not hold is often saved as a plain '?': an en dash
# ('Januari?April'), curly quotes ('?Ketiganya ... nasional,?Kata'). A real question mark
# follows a word and is followed by a space or the end, so a '?' glued between a word and a
# capitalised word, or before a capitalised word at the start of a sentence, is such a lost
# character. The repair is one character for one, so offsets do not move.
LOST_DASH = re.compile(r"(?<![/=.\w])(?P<left>[A-Za-z]{3,}|\d{4})\?(?=[A-Z]|\d{4}\b)")
LOST_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(]))\?(?=[A-Z])", re.M)
LOST_CLOSING_QUOTE = re.compile(r"(?<=[,.!])\?(?=[\s\w]|$)", re.M)


# A dash whose UTF-8 was read as cp1252 ('â€“') and whose last character was then flattened to a
# plain quote ('Februariâ€"Mei'): ftfy cannot undo the loss; glued between two words it is the
# dash, written as ' – ' so the length stays the same.
LOST_MOJIBAKE_DASH = re.compile(r"(?<=\w)\u00e2\u20ac\"(?=\w)")


def restore_lost_characters(text: str) -> str:
    """'Januari?April' as 'Januari–April'; '?Kata ini,?ujarnya' as '“Kata ini,”ujarnya' (a
    closing quote only after an opening one on the same line); 'Februariâ€"Mei' as
    'Februari – Mei'. Same length as `text`."""
    if "\u00e2\u20ac\"" in text:
        text = LOST_MOJIBAKE_DASH.sub(" \u2013 ", text)
    if "?" not in text:
        return text
    lines = []
    for line in text.splitlines(keepends=True):
        if "?" in line:
            line = LOST_DASH.sub(lambda m: m.group("left") + "\u2013", line)
            line = restore_quotes(line)
        lines.append(line)
    return "".join(lines)


def restore_quotes(line: str) -> str:
    """Lost quote marks, paired left to right: an opening one before a capitalised word, then
    the next '?' right after the quote's own comma or full stop ('nasional,?Kata') closes it."""
    out, pos = [], 0
    while True:
        opening = LOST_OPENING_QUOTE.search(line, pos)
        if opening is None:
            break
        out.append(line[pos:opening.start()] + "\u201c")
        pos = opening.end()
        closing = LOST_CLOSING_QUOTE.search(line, pos)
        if closing is None:
            break
        out.append(line[pos:closing.start()] + "\u201d")
        pos = closing.end()
    return "".join(out) + line[pos:]


# Text copied out of a page's source keeps some of its markup inline: `<br /><br />` where the
# page broke a paragraph, `<p style="...">` before one. Read as words they glue two paragraphs
# into one sentence (so a speaker or period leaks across) and put noise between words. Only a
# well-formed tag of a known inline or block element is touched, never a lone '<' ('< 5 persen').
STRAY_TAG = re.compile(r"</?(?:br|p|div|span|strong|b|i|em|u|font|a)\b(?:\s[^<>\n]{0,300})?\s*/?>", re.I)
BREAKING_TAG = re.compile(r"</?(?:br|p|div)\b", re.I)


def blank_stray_tags(text: str) -> str:
    """Inline markup as blanks of the same length (so offsets do not move): a paragraph-breaking
    tag (`br`, `p`, `div`) starts with a line break, so the sentences on either side stay apart;
    any other tag (`<strong>`, `</a>`) becomes spaces."""
    if "<" not in text:
        return text
    return STRAY_TAG.sub(lambda m: ("\n" + " " * (len(m.group()) - 1)) if BREAKING_TAG.match(m.group())
                         else " " * len(m.group()), text)


def repair(text: str) -> tuple[str, OffsetMap | None]:
    """The repaired text and the map back to `text` (None when nothing changed)."""
    text = blank_stray_tags(restore_lost_characters(original := text))
    if not needs_repair(text):
        return text, None
    pieces, chunks, pos, clean_pos = [], [], 0, 0
    for line in text.splitlines(keepends=True):
        fixed, line_chunks = repair_piece(line, pos, clean_pos)
        pieces.append(fixed)
        chunks += line_chunks
        pos += len(line)
        clean_pos += len(fixed)
    clean = "".join(pieces)
    if clean == original:
        return original, None
    if clean == text:  # only lost characters restored: one for one, offsets unchanged
        return text, None
    return clean, OffsetMap(merge(chunks))


def repair_piece(piece: str, pos: int, clean_pos: int) -> tuple[str, list[Chunk]]:
    """One line (or, inside a very long line, one word): its repair and its chunks."""
    if len(piece) > LONG_LINE:
        return repair_words(piece, pos, clean_pos)
    fixed = repair_line(piece) if needs_repair(piece) else piece
    if fixed == piece:
        return piece, [Chunk(clean_pos, clean_pos + len(piece), pos, pos + len(piece))]
    if len(piece) > WHOLE_LINE_ALIGN and " " in piece and len(re.split(r"( +)", fixed)) != len(re.split(r"( +)", piece)):
        return repair_words(piece, pos, clean_pos)    # the repair moved spaces: repair word by word
    return fixed, aligned(piece, fixed, pos, clean_pos)


def aligned(piece: str, fixed: str, pos: int, clean_pos: int) -> list[Chunk]:
    """Chunks mapping `fixed` back to `piece`. A repair never spans an ASCII space, so when
    both have the same runs of spaces their words are aligned one by one: linear in the line.
    difflib over a whole line is quadratic, and far worse on repetitive text (one repetitive
    2,000-character line took 15 s; issue 12)."""
    old_words, new_words = re.split(r"( +)", piece), re.split(r"( +)", fixed)
    if len(old_words) != len(new_words):
        old_words, new_words = [piece], [fixed]
    chunks = []
    for old, new in zip(old_words, new_words):
        if old == new:
            chunks.append(Chunk(clean_pos, clean_pos + len(new), pos, pos + len(old)))
        else:
            matcher = SequenceMatcher(None, old, new, autojunk=False)
            chunks += [Chunk(clean_pos + j1, clean_pos + j2, pos + i1, pos + i2)
                       for _tag, i1, i2, j1, j2 in matcher.get_opcodes()]
        pos += len(old)
        clean_pos += len(new)
    return chunks


def repair_words(line: str, pos: int, clean_pos: int) -> tuple[str, list[Chunk]]:
    """A very long line repaired word by word (a repair never spans an ASCII space), so the
    alignment stays linear in the line's length."""
    pieces, chunks = [], []
    for word in re.split(r"( +)", line):
        fixed, word_chunks = repair_piece(word, pos, clean_pos) if len(word) <= LONG_LINE \
            else (word, [Chunk(clean_pos, clean_pos + len(word), pos, pos + len(word))])
        pieces.append(fixed)
        chunks += word_chunks
        pos += len(word)
        clean_pos += len(fixed)
    return "".join(pieces), chunks


def merge(chunks: list[Chunk]) -> list[Chunk]:
    """Adjacent unchanged chunks as one, so the map stays small."""
    merged: list[Chunk] = []
    for chunk in chunks:
        if merged and chunk.same and merged[-1].same and merged[-1].clean_end == chunk.clean_start \
                and merged[-1].end == chunk.start:
            merged[-1] = Chunk(merged[-1].clean_start, chunk.clean_end, merged[-1].start, chunk.end)
        else:
            merged.append(chunk)
    return merged


def cuts_a_repair(offsets: OffsetMap | None, start: int, end: int) -> bool:
    """The span [start, end) of the repaired text overlaps a chunk the repair changed."""
    return offsets is not None and any(not c.same and c.clean_start < end and start < c.clean_end
                                       for c in offsets.chunks)


def replaced(clean: str, offsets: OffsetMap | None, edits: list[tuple[int, int, str]]) -> tuple[str, OffsetMap | None]:
    """`clean` with each (start, end, new) of `edits` (sorted, apart, in `clean`'s offsets) put in,
    and the map from the result back to the original text: an edit stands for the original
    characters its span stood for, everything else keeps its map. An edit that would cut a
    repaired chunk is left out (a number with a soft hyphen or a mended character in or next to
    it: the caller checks `cuts_a_repair` to know which edits were made)."""
    if not edits:
        return clean, offsets
    old = offsets.chunks if offsets is not None else [Chunk(0, len(clean), 0, len(clean))]
    mapping = offsets or OffsetMap(old)
    edits = [e for e in edits if not cuts_a_repair(offsets, e[0], e[1])]
    chunks, pieces, pos, shift = [], [], 0, 0
    for start, end, new in edits + [(len(clean), len(clean), "")]:
        for chunk in old:   # the unchanged stretch [pos, start), clipped out of the old chunks
            lo, hi = max(chunk.clean_start, pos), min(chunk.clean_end, start)
            if lo < hi:
                if chunk.same:
                    chunks.append(Chunk(lo + shift, hi + shift, chunk.start + lo - chunk.clean_start,
                                        chunk.start + hi - chunk.clean_start))
                else:
                    chunks.append(Chunk(lo + shift, hi + shift, chunk.start, chunk.end))
        pieces.append(clean[pos:start])
        if end > start or new:
            chunks.append(Chunk(start + shift, start + shift + len(new), mapping.start(start), mapping.end(end)))
            pieces.append(new)
        shift += len(new) - (end - start)
        pos = end
    return "".join(pieces), OffsetMap(merge(chunks))
