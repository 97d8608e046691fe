"""Decrees ('Keputusan Presiden (Keppres) Nomor 24 Tahun 2023 tentang ...') and the bodies
they establish, with the bodies' teams and who chairs them."""
from __future__ import annotations

import re

from kg.extract.lexicon import Lexicon, fold, words_pattern
from kg.model import Decree, Team

__all__ = ["find_decrees"]


NOMOR = r"(?:Nomor|No\.?|Nomer)\s*(?::\s*)?"  # the word before a decree's number, and a colon some pages put after it
# a number a decree may have: after 'Nomor' (a letter code before it: 'Nomor KM 61'), or a serial and its
# year ('PMK 20 tahun 2015'); a text with neither names no decree
NUMBERED = re.compile(rf"\b{NOMOR}(?:[A-Z]{{1,4}}[ ])?[\w./-]*\d|\b\d{{1,4}}\s+(?i:tahun|th\.?)\s+(?:19|20)\d\d"
                      rf"|(?<![\d/])\d{{1,4}}/(?:19|20)\d\d(?![\d/])")
YEAR_IN_NUMBER = re.compile(r"(?:^|[/.-])((?:19|20)\d\d)$")
# A decree number: a code that ends in its year, whose parts pages sometimes print with a stray
# space beside a separator ('118 .K/MB. 01/MEM .B/2022'), else the compact form ('57', '3/PMK.010').
# Or a letter code, a space and a serial ('Nomor KM 61 Tahun 2024': the transport minister's decrees).
NUMBER = (r"\d[\w.-]*?(?:\s?[./]\s?[A-Z0-9][\w-]*?)*?/(?:19|20)\d\d(?![\w/])"
          r"|(?-i:[A-Z]{1,4})[ ]\d+(?![\w/])|[\w./-]*\d[\w./-]*?")
LETTER_CODE = re.compile(r"^([A-Z]{1,4}) (\d+)$")
YEAR_WORD = r"(?i:Tahun|Th\.?)"
SERIAL_AND_YEAR = re.compile(r"^(\d+)/((?:19|20)\d\d)$")


def decree_grammar(lex: Lexicon):
    """Decree types by alias, the decree pattern and the body-name pattern of a lexicon."""
    types = {}
    for entry in lex.words.get("decree_types", []):
        for alias in [entry["name"], *(entry.get("aliases") or [])]:
            types[fold(alias)] = entry["name"]
    type_re = words_pattern(types, suffix="")
    # a word of the issuer after a decree's type: capitalised, and not the start of another decree
    # ('Keputusan Menteri Pertanian dan Peraturan Menteri Perdagangan Nomor 23': two decrees), nor the number's word
    issuer_word = rf"(?!(?i:{type_re})\b|(?:Nomor|No|Nomer)\b)[A-Z][\w]*"
    # the issuer's words may be joined by commas and 'dan' ('Menteri Usaha Mikro, Kecil, dan Menengah'); a
    # region may follow the short form in brackets ('Peraturan Daerah (Perda) Provinsi Bali Nomor 3');
    # a short form may take its number with no 'Nomor' when the year follows ('PMK 20 tahun 2015', 'Perpres 125/2022')
    issuer = rf"{issuer_word}(?:(?:\s*+,)?\s+(?:dan\s+)?{issuer_word}){{0,9}}?"
    regex = re.compile(
        rf"\b(?P<type>(?i:{type_re}))(?:\s+(?P<issuer>{issuer}))?\s*"
        rf"(?:\((?P<abbr>[^)]{{1,20}})\)\s*(?:(?P<region>{issuer_word}(?:\s+{issuer_word}){{0,3}}?)\s+(?={NOMOR}))?)?"
        rf"(?:{NOMOR}(?P<number>{NUMBER})(?:\s+{YEAR_WORD}\s+(?P<year>\d{{4}})|(?=[\s,.;)]|$))"
        rf"|(?P<bare>\d{{1,4}})\s+{YEAR_WORD}\s+(?P<bare_year>\d{{4}})"
        # ('Perpres 125/2022': the serial and its year, no 'Nomor'; not a date, '15/3/2024')
        rf"|(?<![\d/])(?P<slash>\d{{1,4}})/(?P<slash_year>(?:19|20)\d\d)(?![\d/]))"
        rf"(?:(?:\s+tentang\s+(?P<title>[^.;\n]+?))(?=[.;\n,]\s|[.;\n]|$)|(?=[\s,.;)]|$))")
    bodies = words_pattern(lex.list("body_words"), suffix="")
    # a title that names a body ('tentang Satuan Tugas X'), or says it forms one ('tentang
    # Pembentukan Y', whatever the body's kind; lexicon forming_title_words)
    forming = words_pattern(lex.list("forming_title_words"), suffix="")
    body_re = re.compile(rf"^(?:(?:{forming})\s+(?P<formed>(?-i:[A-Z]).*)|(?P<body>(?:{bodies})\b.*))$", re.I)
    # the decree's own clause that says what it forms ('..., yang sekaligus membentuk Dewan Z')
    formed_re = re.compile(rf"\s*,\s*{words_pattern(lex.list('decree_clause_openers'), suffix='')}\s+"
                           rf"(?:{words_pattern(lex.list('decree_clause_adverbs'), suffix='')}\s+)?"
                           rf"{words_pattern(lex.list('establishing_verbs'), suffix='')}\s+"
                           rf"(?P<body>(?:{bodies})(?:\s+(?:dan\s+)?[A-Z][\w-]*)+)")
    # decrees of the same type joined to one by number alone ('jo. Nomor ...', 'dan Nomor ...')
    joined = re.compile(rf"\s*(?:,\s*)?(?:{words_pattern(lex.list('decree_joiners'), suffix='')}|,)\s+(?P<nomor>{NOMOR}(?P<number>{NUMBER})"
                        rf"(?:\s+(?:Tahun|Th\.?)\s+(?P<year>\d{{4}})|(?=[\s,.;)]|$)))", re.I)
    return types, regex, body_re, formed_re, joined


def team_roles(lex: Lexicon) -> dict[str, str]:
    return {fold(k): v for k, v in lex.mapping("team_roles").items()}


def find_decrees(lex: Lexicon, body: str, segs, orgs) -> list[Decree]:
    if not NUMBERED.search(body):
        return []
    types, regex, body_re, formed_re, joined = lex.compiled(decree_grammar)
    named_by_issuer = set(lex.list("decree_types_named_by_issuer"))
    decrees: dict[tuple, Decree] = {}
    for match in decree_mentions(regex, body):
        number, year = decree_number(match)
        if year is None:
            continue  # ('Surat Edaran Nomor 526 dikirim ...': a letter's number; a decree's has its year)
        decree_type = types.get(fold(match.group("type")), match.group("type"))
        if match.group("issuer") and decree_type in named_by_issuer:
            # 'Keputusan Menteri Pariwisata dan Ekonomi Kreatif', 'Keputusan Kepala Badan
            # Karantina Indonesia': a type the lexicon does not list by name is named by its issuer
            decree_type = f"{decree_type} {issuer_without_country(lex, match.group('issuer'))}"
        title = re.sub(r"\s+", " ", match.group("title")).strip() if match.group("title") else None
        body_name = None
        if title and (found := body_re.match(title)):
            body_name = found.group("formed") or found.group("body")
        elif formed := formed_re.match(body, match.end()):
            # only right after the decree or its title: a later clause may tell of others forming a body
            body_name = formed.group("body")
        key = (decree_type, number, year)
        if key not in decrees:
            decree = Decree(decree_type, number, year, title, body_name,
                            match.start(), match.end(), body[match.start():match.end()])
            if body_name:
                decree.teams = teams_of(lex, body, match.end(), body_name)
            decrees[key] = decree
        for number, year, start, end in joined_numbers(joined, body, match.end()):
            decrees.setdefault((decree_type, number, year),
                               Decree(decree_type, number, year, None, None, start, end, body[start:end]))
    return [d for key, d in decrees.items() if not short_form_of_another(key, decrees)]


def short_form_of_another(key: tuple, decrees: dict) -> bool:
    """A serial alone that another decree of the same type and year carries as its code's serial
    ('Permendag 58 tahun 2012' beside 'No 58/M-DAG/PER/9/2012'; 'Nomor 12 Tahun 2024' beside
    'Nomor PM 12 Tahun 2024'), in whichever order the text tells them: the same decree, shortened."""
    kind, number, year = key
    return number.isdigit() and any(
        t == kind and y == year and n != number and (n.startswith(number + "/") or n.endswith(" " + number))
        for t, n, y in decrees)


def decree_mentions(regex: re.Pattern, body: str):
    """Each decree the text names, and those named in a decree's title ('PP Nomor 12 Tahun 2024
    tentang Perubahan atas Peraturan Pemerintah Nomor 85 Tahun 2014'): the search goes on from
    the title's start, not past it."""
    at = 0
    while match := regex.search(body, at):
        yield match
        at = match.start("title") if match.group("title") else match.end()


def issuer_without_country(lex: Lexicon, issuer: str) -> str:
    """'Pariwisata dan Ekonomi Kreatif Republik Indonesia' -> without the country, which
    names no other issuer (lexicon decree_issuer_country_words)."""
    for words in lex.list("decree_issuer_country_words"):
        if issuer.endswith(" " + words):
            return issuer[: -len(words) - 1]
    return issuer


def joined_numbers(joined_re: re.Pattern, body: str, after: int):
    """Decrees of the same type joined to a decree by number alone: 'PMK Nomor 12/PMK.010/2022
    jo. Nomor 30/PMK.010/2022' (juncto: as amended by), 'Nomor 5 Tahun 2020 dan Nomor 7 Tahun
    2021'. Each is (number, year, start, end) with the span from 'Nomor' on."""
    while joined := joined_re.match(body, after):
        number, year = decree_number(joined)
        if year is None:
            return
        yield number, year, joined.start("nomor"), joined.end()
        after = joined.end()


def decree_number(match) -> tuple[str, int | None]:
    """'Nomor 24 Tahun 2023' -> ('24', 2023); 'Nomor 500/K.387/2020' -> ('500/K.387/2020', 2020):
    regional and ministerial decrees carry their year inside the number. A bare 'serial/year'
    is the short writing of 'Nomor serial Tahun year', so both give the same decree."""
    if match.groupdict().get("bare"):  # 'PMK 20 tahun 2015'
        return match.group("bare"), int(match.group("bare_year"))
    if match.groupdict().get("slash"):  # 'Perpres 125/2022' is 'Nomor 125 Tahun 2022'
        return match.group("slash"), int(match.group("slash_year"))
    if code := LETTER_CODE.match(match.group("number")):  # 'KM 61': the code and its serial, one space apart
        number = f"{code.group(1)} {code.group(2)}"
    else:
        number = re.sub(r"\s+", "", match.group("number")).rstrip(".,")
    if match.group("year"):
        return number, int(match.group("year"))
    if serial := SERIAL_AND_YEAR.match(number):  # 'No. 36/1977' is 'Nomor 36 Tahun 1977'
        return serial.group(1), int(serial.group(2))
    inside = YEAR_IN_NUMBER.search(number)
    return number, int(inside.group(1)) if inside else None


def teams_of(lex: Lexicon, body: str, after: int, body_name: str) -> list[Team]:
    """Teams named in the paragraphs after the decree ('Tim Pengarah yang diketuai oleh X')."""
    roles = lex.compiled(team_roles)
    window = body[after: after + 1500]
    teams: dict[str, Team] = {}
    for match in re.finditer(r"\b(?P<team>Tim\s+[A-Z]\w+)(?:\s+(?:yang\s+)?(?:diketuai|dipimpin|dikoordinasikan)\s+(?:oleh\s+)?(?P<chair>[A-Z][^,.;]{3,80}))?",
                             window):
        name = match.group("team")
        team = teams.setdefault(fold(name), Team(name, roles.get(fold(name))))
        if match.group("chair") and not team.chair_title:
            chair = re.split(r"\s+(?:dan|serta|yang)\s+", match.group("chair"))[0].strip()
            team.chair_title = chair
            org = lex.org_by_head.get(fold(chair))
            team.chair_organization = org.name if org else None
    return list(teams.values())
