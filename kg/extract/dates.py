"""Publication dates as news pages print them.

Pages date themselves in many ways: `Published: 15 Februari 2024`, a line under the headline
(`Senin, 4 Nov 2019 21:05 WIB`, `Harian Contoh • 3 March 2021 09:10`), ISO timestamps
in metadata, and our page excerpts start with a ` date 2024-02` line. The shapes are found here
with small patterns; the words (Indonesian and English month and day names, abbreviations) are
read by dateparser, a maintained parser, so no month list is kept in code. A shape that looks
like a date but cannot be read is reported, never silently dropped.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# ' date 2024-02' (our page excerpts): the publication month, at the very start of the text
EXCERPT_DATE = re.compile(r"\A[ \t]*date[ \t]+(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?\b[ \t]*")
# (possessive runs of spaces: a long run before a date must not make them backtrack)
_ZONE = r"(?:\s*(?:WIB|WITA|WIT|UTC|GMT|[aApP]\.?[mM]\.?(?!\w)|[+-]\d{2}:?\d{2}))?"
_TIME = (r"(?:,?\s*+(?:[|•/]\s*+)?(?:(?:pukul|jam)\s*+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?" + _ZONE +
         # after a dash only a clock time with a colon ('- 10:15:26 WIB'), never '- 6.00 persen'
         r"|\s*+[–-]\s*+\d{1,2}:\d{2}(?::\d{2})?(?![\d.,])" + _ZONE + r")?")
# '15 Februari 2024', 'Senin, 4 Nov 2019 21:05 WIB', 'Rabu, 15 Mei 2024 / 07:30 WIB', 'December 04, 2020', '15/2/2024',
# 'Wednesday, 07-03-2018 | 10:15 pm' (day first, as Indonesian pages write it), '2025-03-14 15:22'
DATE_SHAPE = re.compile(
    r"(?=[A-Z]|\d)"  # (speed only: every shape starts with a capital or a digit)
    r"(?:\b[A-Z][a-z]{2,8},?\s+)?"
    r"(?:\b\d{1,2}\s+[A-Za-z]{3,10}\.?\s+\d{4}\b|\b[A-Z][a-z]{2,9}\.?\s+\d{1,2},\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{4}\b"
    r"|\b\d{1,2}-\d{1,2}-\d{4}\b"
    # '2025-03-14', '2025-03-14 15:22', '2025-03-14T15:22:00+07:00' (year first only in ISO form)
    r"|(?<![\d-])\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-]))"
    + _TIME)
DATELINE_REST_WORDS = 5   # a date line holds little besides the date (an outlet name, 'views')


def parse_date(value) -> dt.date | None:
    """A date from metadata or a date string: ISO first, then day-month-year in words."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = ISO_DATE.search(text)
    if match:
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError:
            return None
    shape = DATE_SHAPE.search(text)
    return parse_words(shape.group(0)) if shape else None


@lru_cache(maxsize=512)
def parse_words(text: str) -> dt.date | None:
    """dateparser on a string already known to be shaped like one date (never on free text:
    it would read 'besok' as tomorrow)."""
    import dateparser
    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"],
                "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    cleaned = re.sub(r"\b(?:WIB|WITA|WIT)\b|\bpukul\b|\bjam\b", " ", text)
    parsed = dateparser.parse(cleaned, languages=["id", "en"], settings=settings)
    if parsed is None and LEADING_DAY_NAME.match(cleaned):
        # a day name of one language before a month of the other ('Minggu, 24 February 2019'):
        # the parser wants one language per string, and the day name adds nothing to the date
        parsed = dateparser.parse(LEADING_DAY_NAME.sub("", cleaned), languages=["id", "en"], settings=settings)
    return parsed.date() if parsed else None


# a capitalised word before a day and a month word ('Minggu, 24 February 2019'): the day name
LEADING_DAY_NAME = re.compile(r"\A\s*[A-Z][a-z'’]{2,8},?\s+(?=\d{1,2}\s+[A-Za-z])")


def excerpt_date(text: str) -> tuple[int, int, int | None, int] | None:
    """(year, month, day or None, length of the prefix) of a leading ' date 2024-02'."""
    match = EXCERPT_DATE.match(text)
    if not match:
        return None
    day = int(match.group("d")) if match.group("d") else None
    return int(match.group("y")), int(match.group("m")), day, match.end()


def date_line(line: str):
    """The date string of a line that is a date and little else ('Jumat, 4 Desember 2020',
    'Harian Contoh • 3 March 2021 09:10', 'Senin, 18 April 2022 | 387 views'), or None."""
    if len(line) > 120:
        return None
    match = DATE_SHAPE.search(line)
    if not match:
        return None
    rest = (line[:match.start()] + " " + line[match.end():]).strip()
    if re.search(r"[.!?\"”]$", rest) or re.search(r"\d", re.sub(r"\d[\d.,]*\s*(?:views|kali dibaca|dilihat)", "", rest)):
        return None
    return match.group(0) if len(rest.split()) <= DATELINE_REST_WORDS else None
