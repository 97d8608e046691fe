"""Paragraphs and sentences of an article body, as offsets into the original text."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# the lead of a list's item, one pattern for every reader of lists (amounts.LIST_MARKER,
# read.LIST_ITEM, facts.item_name): a bullet, a number counting the items ('1.', '2)'), or both
BULLET = r"[-•*–·]"
ITEM_NUMBER = r"(?P<n>\d{1,2})[.)]"
ITEM_LEAD = re.compile(rf"[^\S\n]*(?:{BULLET}[^\S\n]+)?(?:{ITEM_NUMBER}[^\S\n]+)?")

# the boundaries the readers of a sentence's parts look for, one definition for all (not the splitter's
# SENTENCE_END below): where a sentence ends (a full stop, '!' or '?' before a space or the end of the
# text read, a decimal point has a digit after it; or a line's end), the same where a closing quote mark
# may follow the full stop ('... turun."'), and where a clause ends (a comma or semicolon before a space:
# no decimal comma)
SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")
QUOTED_SENTENCE_STOP = re.compile(r"[.!?][\"”’']?(?:\s|$)")
CLAUSE_STOP = re.compile(r"[,;]\s")
CLAUSE_OR_SENTENCE_STOP = re.compile(rf"{SENTENCE_STOP.pattern}|{CLAUSE_STOP.pattern}")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    paragraph: int

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def sentence_index_at(segs: list[Segment], position: int) -> int:
    """The index of the last sentence starting by `position` (-1 when none does), by bisection:
    sentences come in text order and do not overlap (`sentences`)."""
    return bisect.bisect_right(segs, position, key=lambda s: s.start) - 1


def sentence_at(segs: list[Segment], position: int) -> Segment | None:
    """The sentence that holds `position`: only the last one starting by it can
    (`sentence_index_at`)."""
    index = sentence_index_at(segs, position)
    return segs[index] if index >= 0 and position < segs[index].end else None


def clause_start(text: str, at: int, breaks: str = ",;") -> int:
    """Where the clause holding `at` begins: after the last of the `breaks` characters before it (by
    default a comma or semicolon: 'Meski sentimen negatif, inflasi turun menjadi ...'), or at 0."""
    return max(text.rfind(c, 0, at) for c in breaks) + 1


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Non-blank lines of the body (each line of a scraped article is a paragraph)."""
    spans = []
    for match in re.finditer(r"[^\n]+", body):
        stripped = match.group().strip()
        if stripped:
            lead = len(match.group()) - len(match.group().lstrip())
            spans.append((match.start() + lead, match.start() + lead + len(stripped)))
    return spans


# a full stop, then a space and a capital; or, in text copied without its spaces
# ('sambungnya.Di sisi lain', 'ujarnya.Dirinya'), a word of three letters or more, a full stop
# and a capitalised word (not a web address: 'Bisnis.Com')
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|(?<=[\"”])(?=\s+[A-Z])"
                          r"|(?<=[A-Za-z]{3}[.!?])(?=[\"“]?[A-Z][a-z])(?!(?:Com|Net|Org|Id)\b)")


def sentences(body: str, abbreviations: frozenset[str] = frozenset(),
              unit_words: frozenset[str] = frozenset()) -> list[Segment]:
    """The sentences of each paragraph; a full stop after one of `abbreviations` (folded words
    from the lexicon's `sentence_abbreviations`), after a single letter or after initials
    ('J.B.', 's.d.') ends none, nor one inside a spaced number (`unit_words`: see
    `spaced_number_at`)."""
    result = []
    for number, (start, end) in enumerate(paragraphs(body)):
        cut = start
        for match in SENTENCE_END.finditer(body, start, end):
            stop = match.end()
            if is_abbreviation(body, cut, stop, abbreviations) or spaced_number_at(body, stop, start, end, unit_words):
                continue
            result.append(Segment(cut, stop, number))
            cut = stop
            while cut < end and body[cut].isspace():
                cut += 1
        if cut < end:
            result.append(Segment(cut, end, number))
    return result


# 'US$870. 000', 'naik 86. 27%': a number typed with a stray space after its thousands or
# decimal dot (three digits after it, or one or two before a percent sign) ends no sentence;
# kg.extract.amounts reads it as the number meant
SPACED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}\. (?:\d{3}(?![\d])(?![.,]\d)|\d{1,2}\s?%)")
# '7.654.321. 098 USD': the stray space after a later one of several thousands groups, only
# when a currency, scale or unit word follows ('mencapai 2.500. 150 di antaranya' is two sentences)
SPACED_LAST_GROUP = re.compile(r"(?<=\d\.)\d{3}\. \d{3}(?![\d])(?![.,]\d)")
WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


def spaced_number_at(body: str, stop: int, start: int, end: int, unit_words: frozenset[str] = frozenset()) -> bool:
    """True when the full stop just before `stop` is the separator of a spaced number;
    `unit_words` (folded) are the words that make a later group's stray space part of a number."""
    low, high = max(start, stop - 5), min(end, stop + 8)
    if any(m.start() < stop <= m.end() for m in SPACED_NUMBER.finditer(body, low, high)):
        return True
    for m in SPACED_LAST_GROUP.finditer(body, low, high):
        if m.start() < stop <= m.end():
            word = WORD_AFTER.match(body, m.end(), end)
            return bool(word) and word.group(1).casefold() in unit_words
    return False


def is_abbreviation(body: str, start: int, stop: int, abbreviations: frozenset[str]) -> bool:
    chunk = body[start:stop].rstrip("\"”’)")
    if not chunk.endswith("."):
        return False
    word = re.search(r"([\w.]+)\.$", chunk)
    if not word:
        return False
    token = word.group(1).casefold()
    return token in abbreviations or len(token) == 1 or re.fullmatch(r"(?:\w\.){1,2}\w", token) is not None
