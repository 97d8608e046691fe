"""Direct quotations and who said them.

A quotation runs from an opening mark to its closing mark, across paragraphs when a
paragraph ends inside it and the next one opens again (the newspaper convention). Its
speaker is named after it ('kata Budi', 'ujarnya'), before it ('X mengatakan, "...'),
or is the person who was speaking just before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import Lexicon, words_pattern
from kg.extract.mentions import resolve_reference
from kg.extract.text import paragraphs
from kg.model import Person


@dataclass
class QuoteSpan:
    start: int        # first quoted character
    end: int          # after the last quoted character
    close: int        # after the closing mark (or paragraph end)
    speaker: Person | None = None


def quoted_spans(body: str) -> list[tuple[int, int, int]]:
    spans = []
    paras = paragraphs(body)
    open_at = None
    for index, (start, end) in enumerate(paras):
        pos = start + 1 if open_at is not None else start  # a continued quotation re-opens with a mark
        while pos < end:
            ch = body[pos]
            if open_at is None and ch in "“\"" and (pos == start or not body[pos - 1].isalnum()):
                open_at = pos + 1
            elif open_at is not None and ch in "”\"" and pos > open_at:
                spans.append((open_at, pos, pos + 1))
                open_at = None
            pos += 1
        continues = index + 1 < len(paras) and body[paras[index + 1][0]] in "“\""
        if open_at is not None and not continues:
            spans.append((open_at, end, end))
            open_at = None
        elif open_at is not None and continues:
            pass  # the next paragraph's opening mark re-opens the same quotation
    return [trim(body, s, e, c) for s, e, c in spans if len(body[s:e].split()) >= 4]


def trim(body: str, start: int, end: int, close: int) -> tuple[int, int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1] in " \t\n,.;":
        end -= 1
    return start, end, close


def capitalised(words: list[str]) -> list[str]:
    """The forms that open a sentence ('menurut' -> 'Menurut')."""
    return [w[:1].upper() + w[1:] for w in words]


def attribution_patterns(lex: Lexicon):
    """Speaker after a quotation ('," kata X') and before it ('X mengatakan, "', 'Menurut X, "')."""
    after_verbs = words_pattern(lex.list("attribution_verbs_after_quote"), suffix="")
    before_verbs = words_pattern(lex.list("attribution_verbs_before"))
    according_to = words_pattern(capitalised(lex.list("attribution_prepositions")), suffix="")
    after = re.compile(
        rf"\s*[,.]?\s*(?P<verb>{after_verbs})(?P<nya>nya)?\b\s*(?P<who>[^,.;(\n“\"]*?)"
        rf"\s*(?=[,.;(\n“\"]|\s(?:di|dalam|saat|ketika|kepada|usai|pada|seusai|melalui|kepada|kemarin|menanggapi)\b|$)",
        re.I)
    before = re.compile(
        rf"(?:(?P<who>[^.;“\"”]{{2,120}}?)\s+{before_verbs}\s*(?:bahwa\s*)?[,:]?|"
        rf"{according_to}\s+(?P<who2>[^,.;“\"”]{{2,80}}),|(?:kata|ujar|ungkap)\s+(?P<who3>[^,.;“\"”]{{2,60}})[,:])\s*$")
    return after, before


def find_quotes(lex: Lexicon, body: str, people: list[Person]) -> list[QuoteSpan]:
    after, before = lex.compiled(attribution_patterns)
    quotes: list[QuoteSpan] = []
    last: Person | None = None
    for start, end, close in quoted_spans(body):
        speaker = None
        tail = after.match(body, close, min(len(body), close + 120))
        if tail:
            who = tail.group("who").strip()
            if tail.group("nya") or not who:
                speaker = last_person(people, quotes, start) if not who else resolve_reference(lex, who, people, tail.end())
            else:
                speaker = resolve_reference(lex, who, people, tail.end()) or (last if who.lower() in {"ia", "dia", "beliau"} else None)
        if speaker is None:
            para_start = body.rfind("\n", 0, start) + 1
            head = before.search(body[para_start:start - 1].rstrip())
            if head:
                who = head.group("who") or head.group("who2") or head.group("who3")
                speaker = resolve_reference(lex, who.strip(), people, start) or (
                    last_person(people, quotes, start) if re.search(r"\b(ia|dia|beliau)\b", who, re.I) else None)
        if speaker is None:
            speaker = last_person(people, quotes, start)
        quotes.append(QuoteSpan(start, end, close, speaker))
        last = speaker or last
    return quotes


def last_person(people: list[Person], quotes: list[QuoteSpan], position: int) -> Person | None:
    """The person speaking or introduced most recently before `position`."""
    events = [(p.start, p) for p in people if p.start < position]
    events += [(q.close, q.speaker) for q in quotes if q.speaker and q.close <= position]
    return max(events, key=lambda e: e[0])[1] if events else None
