"""Direct quotations and who said them.

A quotation runs from an opening mark to its closing mark, across paragraphs when a
paragraph ends inside it and the next one opens again (the newspaper convention). Its
speaker is named after it ('kata Budi', 'ujarnya'), before it ('X mengatakan, "...'),
or is the person who was speaking just before.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.lexicon import Lexicon, fold, words_pattern
from kg.extract.mentions import (BODY_REFERRED_REASON, delegate_after, honorific_regex, honorifics_regex,
                                 passive_speech_verbs, resolve_reference, said_before_regex, speech_verbs_regex)
from kg.extract.text import paragraphs
from kg.model import Person


@dataclass
class QuoteSpan:
    start: int        # first quoted character
    end: int          # after the last quoted character
    close: int        # after the closing mark (or paragraph end)
    speaker: Person | None = None
    why: str = ""     # the named reason for the speaker ('named after the quote (kata X)')


# quotation marks: curly or straight double ones, and two single ones written as a double one
# ('‘’Kami ...’’', "''Kami ...''"), as some outlets type them
QUOTE_MARK = re.compile(r"[‘’']{2}|[“”\"]")


def opens(body: str, mark: re.Match, para_start: int) -> bool:
    """A mark that opens a quotation: at the start of its paragraph or after a non-word
    character; a right mark ('”', '’’') only when a word follows it at once ('”Kami ...'),
    as pages that use one mark for both write it."""
    before_ok = mark.start() == para_start or not body[mark.start() - 1].isalnum()
    if mark.group() in ("“", '"') or mark.group() in ("‘‘", "‘’", "''"):
        return before_ok
    return before_ok and mark.end() < len(body) and body[mark.end()].isalnum()


def closes(mark: re.Match, opener: str = "") -> bool:
    """A mark that may close the quotation `opener` opened: no left mark; a quotation opened with a
    double mark ('"', '“') is closed by a double mark only, so that a pair of single marks inside it
    ('"Kami yakin pasar ‘’ tetap tumbuh," kata Budi') is not taken for its end."""
    if mark.group() in ("“", "‘‘"):
        return False
    return not (opener in ("“", '"') and len(mark.group()) == 2)


def quoted_spans(body: str) -> list[tuple[int, int, int]]:
    spans = []
    paras = paragraphs(body)
    open_at, reopened, opener = None, -1, ""
    for index, (start, end) in enumerate(paras):
        for mark in QUOTE_MARK.finditer(body, start, end):
            if mark.start() < reopened:
                continue  # the mark that re-opens a continued quotation
            if open_at is None and opens(body, mark, start):
                open_at, opener = mark.end(), mark.group()
            elif open_at is not None and closes(mark, opener) and mark.start() > open_at:
                spans.append((open_at, mark.start(), mark.end()))
                open_at = None
        following = QUOTE_MARK.match(body, paras[index + 1][0]) if index + 1 < len(paras) else None
        continues = following is not None and opens(body, following, paras[index + 1][0])
        if open_at is not None and not continues:
            spans.append((open_at, end, end))
            open_at = None
        elif open_at is not None and continues:
            reopened = following.end()  # the next paragraph's opening mark re-opens the same quotation
    return [trim(body, s, e, c) for s, e, c in spans if len(body[s:e].split()) >= 4]


def trim(body: str, start: int, end: int, close: int) -> tuple[int, int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1] in " \t\n,.;":
        end -= 1
    return start, end, close


# the words that end a name said after a speech verb ('," kata Budi saat rapat')
NAME_ENDS = r"(?:di|dalam|saat|ketika|kepada|usai|pada|seusai|melalui|kemarin|menanggapi)"


def initial_then_name(lex: Lexicon) -> str:
    """What follows the dot after a lone capital when it is a dotted initial, not a full stop:
    capitalised name words up to where a name ends (a comma, a bracket, a full stop, the line's
    end, a word that ends a name after a speech verb, or one that leads to a title): 'kata
    M. Budi Santosa, Humas ...', 'M. Budi saat ...', 'M. Budi yang juga ...'; not 'kata Kepala
    Seksi I. Selain itu ekspor ...' (a sentence goes on after the full stop)."""
    title_next = words_pattern(lex.list("role_apposition_words"), suffix="")
    return (r"(?-i:[^\S\n]?[A-Z][a-z][\w'’-]*+(?:[^\S\n]++[A-Z][\w'’-]*+)*+[^\S\n]*+"
            rf"(?:[,;()\n“”\"]|\.|$|(?<=\s)(?:{NAME_ENDS}|{title_next})\b))")


def capitalised(words: list[str]) -> list[str]:
    """The forms that open a sentence ('menurut' -> 'Menurut')."""
    return [w[:1].upper() + w[1:] for w in words]


def attribution_patterns(lex: Lexicon):
    """Speaker after a quotation ('," kata X') and before it ('X mengatakan, "', 'Menurut X, "')."""
    after_verbs = words_pattern(lex.list("attribution_verbs_after_quote"), suffix="")
    # ('," demikian disampaikan X', '," begitu kata X', '," demikian penjelasan X': a summing-up word, then a speech
    # verb, a passive one (with its agent preposition) or a noun of what was said; lexicon summing_up_words, ...)
    summing = words_pattern(lex.list("summing_up_words"), suffix="")
    passive = words_pattern(passive_speech_verbs(lex) + lex.list("summing_up_nouns"), suffix="")
    agent = words_pattern(lex.list("agent_prepositions"), suffix="")
    before_verbs = words_pattern(lex.list("attribution_verbs_before"))
    according_to = words_pattern(capitalised(lex.list("attribution_prepositions")), suffix="")
    adverbs = words_pattern(lex.list("speech_adverbs"))
    honorifics = lex.compiled(honorific_regex).pattern  # 'kata drh. Budi': the name goes on past the honorific's dot
    # the dot after a lone capital that opens a word, with a name after it: an initial
    initial_dot = rf"(?<=(?<!\w)(?-i:[A-Z]))\.(?={initial_then_name(lex)})"
    # separators are possessive and names bounded: linear on long runs of spaces (issue 12)
    # the name stays on the verb's line: '," ujarnya' closing a paragraph names no one from the next
    # a name's dotted initial ('kata M. Budi', 'ujar Kepala X R. Budi') is no full stop: the name goes on
    # (without the space, 'kata M.Budi', the name is read whole but no person is found for it)
    after = re.compile(
        rf"\s*+[,.]?\s*+(?P<verb>(?:{summing})\s++(?:(?:{passive})(?:\s++(?:{agent}))?\b|{after_verbs})|{after_verbs})(?P<nya>nya)?\b[^\S\n]*+(?P<who>(?:{honorifics})*+(?:[^,.;(\n“\"]|{initial_dot})*?)"
        rf"[^\S\n]*+(?=[,;(\n“\"]|(?!{initial_dot})\.|(?<=\s){NAME_ENDS}\b|$)",
        re.I)
    # before the quote: found from its end (the verb), so no name is tried at every position
    before = re.compile(
        rf"(?:\s(?:{adverbs}\s++){{0,2}}(?P<verb>{before_verbs})\s*+(?:bahwa\s*+)?[,:]?|"
        rf"{according_to}\s++(?P<who2>[^,.;“\"”]{{2,80}}),|(?:kata|ujar|ungkap)\s++(?P<who3>[^,.;“\"”]{{2,60}})[,:])\s*+$")
    return after, before


COMMA_THEN_HONORIFICS_REACH = 20  # ', Dr. Ir. H. ' at most, between the comma and the name


def named_after_comma(lex: Lexicon, body: str, end: int, people: list[Person]) -> Iterator[Person]:
    """The people named right after `end` and a comma, and the honorifics their names leave out
    ('..., Ir. Meiske'; mentions.honorifics_regex)."""
    gap = lex.compiled(comma_then_honorifics_regex)
    return (p for p in people if end < p.start <= end + COMMA_THEN_HONORIFICS_REACH and gap.fullmatch(body, end, p.start))


def comma_then_honorifics_regex(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"\s*+,\s*+{lex.compiled(honorifics_regex).pattern}")


# after a quote's tag, a comma and a capitalised word: the title goes on ('ujar Kepala Satuan Pelayanan PLBN X, Balai Y,
# Yoseph Bria'), and the name at the tag's end is no name
TITLE_GOES_ON = re.compile(r",[ \t]{0,3}[A-Z]")


def person_named_in(body: str, people: list[Person], start: int, end: int) -> Person | None:
    """The person the text names at the end of body[start:end] ('," ujar Kepala BI Perwakilan Sulawesi Tengah
    Miyono,'), by his name as first given: a tag whose title words read as names to `resolve_reference` still names
    the official known by that name. Not when the title goes on after a comma (`TITLE_GOES_ON`)."""
    if TITLE_GOES_ON.match(body, end):
        return None
    tag = " ".join(body[start:end].split()).casefold()
    return next((p for p in people if len(p.name) > 3 and (tag == p.name.casefold() or tag.endswith(" " + p.name.casefold()))),
                None)


def titled_by_body_referred(lex: Lexicon, body: str, end: int, people: list[Person]) -> Person | None:
    """The person named right after `end` and a comma whose title named his body by a noun
    referring back to it ('kepala dinas tersebut, Budi': mentions.BODY_REFERRED_REASON)."""
    return next((p for p in named_after_comma(lex, body, end, people) if p.organization_why == BODY_REFERRED_REASON), None)


def find_quotes(lex: Lexicon, body: str, people: list[Person]) -> list[QuoteSpan]:
    """Each quotation with its speaker: named after it ('," kata X', '," ucap <role>, X'),
    a pronoun after it ('," katanya'), named before it ('X mengatakan, "'), else the person
    speaking or introduced last. A name after the quote that resolves to nobody known is
    never replaced by an earlier official."""
    after, before = lex.compiled(attribution_patterns)
    pronouns = {w.casefold() for w in lex.list("speaker_pronouns")}
    referring = {fold(w) for w in lex.list("official_reference_phrases")}
    quotes: list[QuoteSpan] = []
    aside = bystanders(lex, body, people)
    along = companions(lex, body, people)  # 'didampingi Ketua Humas Y, B': B's introduction is no floor of his
    for start, end, close in quoted_spans(body):
        speaker, why, named = None, "", False
        tail = after.match(body, close, min(len(body), close + 120))
        if tail:
            who = without_companions(lex, without_adverbs(lex, tail.group("who").strip()))  # '," ujar dia lagi'
            verb = tail.group("verb") + (tail.group("nya") or "")
            if who.casefold() == "nya":  # '," ungkap nya': the clitic written apart
                who, verb = "", verb + " nya"
            if not who or tail.group("nya") and who.casefold() not in pronouns and not who[:1].isupper():
                speaker, why = last_person(people, quotes, start, aside, along), f"pronoun after the quote ('{verb}')"
            elif who.casefold() in pronouns:
                speaker, why = last_person(people, quotes, start, aside, along), f"pronoun after the quote ('{verb} {who}')"
            elif fold(who) in referring:  # '," kata pejabat tersebut, Budi': his name after the phrase
                named, why = True, f"named after the quote, after a phrase referring to him ('{verb} {who}')"
                speaker = next(named_after_comma(lex, body, tail.end(), people), None)
            elif (titled := titled_by_body_referred(lex, body, tail.end(), people)) is not None:
                # '," tutur kepala balai itu, Rina': his title names the body he heads by a noun
                # referring back to it (mentions.title_of_body_referred), his name after it
                named, speaker = True, titled
                why = f"named after the quote, after his title referring to his body ('{verb} {who}')"
            elif epithet(lex, who):  # '," papar pria berkacamata itu': a description of the one speaking
                speaker, why = last_person(people, quotes, start, aside, along), f"epithet after the quote ('{verb} {who}')"
                if speaker is not None and another_office_referred(lex, body, who, start, speaker):
                    # '," ujar kepala dinas itu' after another dinas was named: its head, not the last person
                    speaker, named = None, True
            else:
                named = True
                speaker = resolve_reference(lex, who, people, tail.end()) \
                    or person_named_in(body, people, tail.start("who"), tail.end()) \
                    or name_after_role(lex, body, tail.end(), people, along)
                why = f"named after the quote ('{verb} {who}')"
                delegate = delegate_after(lex, body, tail.end(), people) if speaker else None
                if delegate is not None:  # '," kata Kepala X Budi melalui Kasi Y Rudi': Rudi's words
                    speaker, why = delegate, f"named after the quote, speaking for his head ('{verb} {who}')"
        elif "," in body[end - 1:close + 2]:  # the quote ends on a comma ('," X' or '", X'): its attribution follows
            speaker = titled_after_quote(lex, body, close, people, along)
            if speaker is not None:  # '," Kepala BPS X, Budi, kepada wartawan': the speech verb left out
                named, why = True, f"introduced right after the quote, with no speech verb ('{speaker.role}, {speaker.name}')"
        if speaker is None and not named:
            para_start = body.rfind("\n", 0, start) + 1
            window = body[max(para_start, start - 300):start - 1].rstrip()  # bounded: linear in the text
            head = before.search(window)
            if head:
                who = head.group("who2") or head.group("who3") or subject_before(window[:head.start()])
                speaker = resolve_reference(lex, who, people, start)
                why = f"named before the quote ('{' '.join(who.split()[-3:])}')"
                if speaker is None and re.search(r"\b(?:ia|dia|beliau)\b", who, re.I):
                    speaker, why = last_person(people, quotes, start, introduced_aside=along), "pronoun before the quote"
        if speaker is None and not named:
            speaker = last_person(people, quotes, start, introduced_aside=along)
            why = "fallback: the person speaking or introduced last" if speaker else ""
        quotes.append(QuoteSpan(start, end, close, speaker, why if speaker else why and f"unresolved: {why}"))
    return quotes


# one word of a title run written in capitals: a capitalised word (dots, '&', '/' inside), a short
# form in brackets, or the 'dan' / '&' that joins an office's words ('Dinas Perindustrian dan
# Perdagangan (Disperindag)'); shared by the patterns that read an official's title after a quote
TITLE_WORD = r"(?:[A-Z][\w.&'’/-]*+|\([^()\n]{1,15}\)|dan|&)"

# what stands between a closing quote and the name of an official introduced with no speech verb:
# his title, capitalised words (with 'dan', '&', a short form in brackets and commas), on one line
TITLE_AFTER_QUOTE = re.compile(rf"[^\S\n]*+[,.]?[^\S\n]*+(?:{TITLE_WORD}[ ]*+,?[ ]*+){{1,16}}")


def titled_after_quote(lex: Lexicon, body: str, close: int, people: list[Person],
                       along: frozenset[int] | set[int] = frozenset()) -> Person | None:
    """'"...," Kepala BPS Provinsi X, Budi Santoso, kepada wartawan.': an official introduced with
    his title right after the closing quote, the speech verb left out, is the one who said it. The
    name must close the introduction (a comma, the sentence's end, 'kepada', 'di', 'saat' ...): in
    '"...," Kepala X Budi tidak hadir' or 'Menteri X Budi pun menanggapi' he is the subject of a
    sentence of his own; nor does a sentence opened by a connective ('Sementara Kepala X ...')
    introduce the one who spoke."""
    person = min((p for p in people if close < p.start <= close + 150), key=lambda p: p.start, default=None)
    if person is None or not person.role or id(person) in along:
        return None
    between = TITLE_AFTER_QUOTE.match(body, close, person.start)
    if between is None or between.end() != person.start:
        return None
    first = re.match(r"[^\w(]*+([\w'’-]++)", body[close:person.start])
    if first is not None and first.group(1).casefold() in lex.compiled(connectives):
        return None  # '," Sementara Kepala X Budi ...': a new sentence set against the quote
    return person if lex.compiled(name_closes_regex).match(body, person.end) else None


def name_closes_regex(lex: Lexicon) -> re.Pattern:
    """After the name of an official introduced with no speech verb: a comma, the sentence's end,
    or a word of the setting ('kepada wartawan', 'di Jakarta', 'saat ditemui')."""
    followers = words_pattern(lex.list("said_back_object_followers"))
    return re.compile(rf"[^\S\n]*+(?:[,.;:)]|\n|$|(?i:{followers}))")


def connectives(lex: Lexicon) -> frozenset[str]:
    """The words that open a sentence set against the one before ('Sementara', 'Namun'), folded."""
    return frozenset(w.casefold() for w in lex.list("contrast_clause_openers"))


def without_adverbs(lex: Lexicon, who: str) -> str:
    """'dia lagi', 'Budi pula' -> 'dia', 'Budi': the speech adverbs after the one named."""
    adverbs = {w.casefold() for w in lex.list("speech_adverbs")}
    words = who.split()
    while len(words) > 1 and words[-1].casefold() in adverbs:
        words.pop()
    return " ".join(words) if len(words) < len(who.split()) else who


def without_companions(lex: Lexicon, who: str) -> str:
    """'Budi yang didampingi Kabid X Rudi' -> 'Budi': the one speaking, not those beside him."""
    cut = lex.compiled(companion_start_regex).search(who)
    return who[:cut.start()].strip() if cut and cut.start() > 0 else who


def companion_start_regex(lex: Lexicon) -> re.Pattern:
    relative = words_pattern(lex.list("relative_pronouns"), suffix="")
    words = lex.list("companion_words") + lex.list("stand_in_words")
    return re.compile(rf"[\s,]++(?:{relative}\s++)?{words_pattern(words, suffix='')}\b", re.I)


def body_head_titles(lex: Lexicon) -> frozenset[str]:
    """The folded lexicon body_head_titles."""
    return frozenset(fold(t) for t in lex.list("body_head_titles"))


def office_kind_regexes(lex: Lexicon) -> dict[str, re.Pattern]:
    """For each noun referring back to an office (lexicon body_reference_nouns) with kinds, an office of
    those kinds named by a capitalised word after them."""
    return {noun: re.compile(rf"\b{words_pattern(kinds, suffix='')}[ \t]{{1,3}}(?-i:[A-Z])[\w'’-]*")
            for noun, kinds in lex.mapping("body_reference_nouns").items() if kinds}


def another_office_referred(lex: Lexicon, body: str, who: str, start: int, speaker: Person) -> bool:
    """'," ujar kepala dinas itu' with no name after it: a head's title (lexicon body_head_titles) and a
    noun referring back to an office (body_reference_nouns) mean the head of the office of that kind named
    last before the quote; when that office was named after `speaker` and is not his (its first two
    words differ from his office's: 'Dinas Koperasi' and 'Dinas Perdagangan ...'), he is not the one."""
    words = who.split()
    nouns = lex.mapping("body_reference_nouns")
    if len(words) < 3 or words[-2].casefold() not in nouns \
            or fold(" ".join(words[:-2])) not in lex.compiled(body_head_titles):
        return False
    kind_named = lex.compiled(office_kind_regexes).get(words[-2].casefold())
    if kind_named is None:
        return False
    named = list(kind_named.finditer(body, 0, start))
    if not named or named[-1].start() < speaker.start:
        return False
    office = [fold(w) for w in named[-1].group().split()[:2]]
    return [fold(w) for w in (speaker.organization or "").split()[:2]] != office


def epithet(lex: Lexicon, who: str) -> bool:
    """'pria berkacamata itu', 'pejabat asal Medan tersebut': a lowercase description closed by a
    demonstrative refers back to the one speaking, as a pronoun does."""
    words = who.split()
    demonstratives = {w.casefold() for w in lex.list("demonstratives")}
    return 2 <= len(words) <= 6 and who[:1].islower() and words[-1].casefold() in demonstratives


def subject_before(text: str) -> str:
    """The subject of a speech verb: the clause before it, at most 120 characters, from the last
    sentence mark or quotation mark."""
    cut = max(text.rfind(mark) for mark in ".;“\"”")
    return text[cut + 1:][-120:].strip()


def name_after_role(lex: Lexicon, body: str, position: int, people: list[Person],
                    along: set[int] = frozenset()) -> Person | None:
    """'," ucap Analis Perdagangan Dinas X, Koperasi dan UKM Kota Y, Sari': the role comes first
    (its body's name may hold commas), the name after it, in the same sentence."""
    stop = min([len(body), position + 200] + [i for i in (full_stop(lex, body, position), body.find("\n", position)) if i >= 0])
    follow = re.match(r",\s{0,3}(?P<name>[A-Z][\w'’-]*+(?:\s{1,3}[A-Z][\w'’-]*+){0,3})", body[position:stop])
    named = resolve_reference(lex, follow.group("name"), people, position + follow.end()) if follow else None
    return named or min((p for p in people if position <= p.start < stop and id(p) not in along),
                        key=lambda p: p.start, default=None)


def full_stop(lex: Lexicon, body: str, position: int) -> int:
    """Where the first full stop after `position` is, past the dots of honorifics ('..., Ir. Meiske
    Lumowa.', '..., H. Budi': mentions.honorific_regex; not a lone capital's: 'di Gedung B. Camat X
    mengatakan' ends there); -1 if none."""
    honorific = lex.compiled(honorific_regex)
    dot = body.find(".", position)
    while dot >= 0:
        word = re.search(r"(?<![\w.])[A-Za-z]{1,4}$", body[max(position, dot - 5):dot])
        told = honorific.match(body, dot - len(word.group())) if word else None
        if told is None or told.end() <= dot:
            return dot
        dot = body.find(".", dot + 1)
    return -1


def bystanders(lex: Lexicon, body: str, people: list[Person]) -> set[int]:
    """People only mentioned while another has the floor ('Menurutnya, tarif itu ditetapkan
    Presiden X', 'Y mengatakan ... sesuai perintah Presiden X'): named after a reporting word
    earlier in their paragraph, and neither speaking themselves nor named by a speech verb. A
    pronoun after them ('," tuturnya') still refers to the one speaking (ids of the people)."""
    speech, said_before = lex.compiled(speech_verbs_regex), lex.compiled(said_before_regex)
    floor = lex.compiled(floor_taken_regex)
    found = set()
    for person in people:
        paragraph = body.rfind("\n", 0, person.start) + 1
        if floor.search(body, paragraph, person.start) and not speech.match(body, person.end) \
                and not said_before.search(body[max(paragraph, person.start - 20):person.start]):
            found.add(id(person))
    return found


def floor_taken_regex(lex: Lexicon) -> re.Pattern:
    """A reporting word: someone has the floor in the paragraph from there on."""
    words = lex.list("attribution_verbs_before") + lex.list("attribution_verbs_after_quote") + lex.list("according_words")
    return re.compile(r"\b" + words_pattern(words, suffix="") + r"(?:nya)?\b", re.I)


def companions(lex: Lexicon, body: str, people: list[Person]) -> set[int]:
    """People introduced as accompanying the one who speaks ('kata Kepala Balai X, A, didampingi
    Ketua Humas Y, B'): the companion word, then their title, then their name (ids of the people).
    Only that introduction is no floor of theirs; naming them again later is."""
    introduced = lex.compiled(companion_regex)
    return {id(person) for person in people
            if introduced.search(body, max(0, person.start - COMPANION_REACH), person.start)}


COMPANION_REACH = 160  # a companion's title and the companions listed before him fit in this


def companion_regex(lex: Lexicon) -> re.Pattern:
    """A companion word ('didampingi', 'didampingi oleh'), then words up to the name without a
    sentence's end, a colon or a quotation mark between; or a word of standing in for someone ('mewakili'), then
    his title and name with no comma between (after a comma comes the one who stands in)."""
    by = words_pattern(lex.list("agent_prepositions"), suffix="")
    return re.compile(rf"\b(?:{words_pattern(lex.list('companion_words'), suffix='')}(?:\s++{by})?\s++[^.;:!?“”\"\n]*+"
                      rf"|{words_pattern(lex.list('stand_in_words'), suffix='')}\s++[^,.;:!?“”\"\n]*+)$", re.I)


def last_person(people: list[Person], quotes: list[QuoteSpan], position: int,
                skip: set[int] = frozenset(), introduced_aside: set[int] = frozenset()) -> Person | None:
    """The person speaking, introduced or named again most recently before `position` (not
    one in `skip`; for one in `introduced_aside`, not where they are introduced)."""
    events = [(at, p) for p in people if id(p) not in skip
              for at in ((p.start, *p.mentions) if id(p) not in introduced_aside else p.mentions) if at < position]
    events += [(q.close, q.speaker) for q in quotes if q.speaker and q.close <= position]
    return max(events, key=lambda e: e[0])[1] if events else None
