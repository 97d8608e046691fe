"""Who each sentence is attributed to: speakers and reporting agencies as a resolved discourse.

A news article is a sequence of briefings. An official is introduced ('Kepala BPS Riau X
mengatakan ...'), and what follows — quotes, pronoun sentences ('Menurut dia', 'katanya'),
and narrator paragraphs that go on reporting the same briefing — is theirs until the text
names someone else, hands the floor to another body ('BPS mencatat ...'), or breaks off
('Terpisah, ...'). A speaker may also be named only after what they said ('Pernyataan itu
disampaikan oleh X', 'demikian kata X'); then the credit runs backwards, to the quote and to
its figures alike.

Every decision carries a short named reason (`Context.why`), copied to `figure.why`.

The patterns here avoid nested or adjacent unbounded quantifiers over whitespace (blanked
boilerplate leaves long runs of spaces in texts without line breaks): names take at most
three spaces between their words, and separators are possessive (`*+`), so each pattern is
linear in the text it scans.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace

from kg.extract.amounts import Amount, find_amounts, significant
from kg.extract.dates import date_line
from kg.extract.lexicon import Lexicon, fold, words_pattern
from kg.extract.mentions import (BODY_REFERRED_REASON, UNIT_PARENT_GAP, UNIT_PARENT_GAP_MAX, apposition_regex,
                                 delegate_after, find_places, holds_head_post, parents_qualifying, resolve_reference,
                                 same_body, speaking_body, verb_after_name)
from kg.extract.mentions import title_openers as title_opening_words
from kg.extract.mentions import bodies_opening_with, body_reference_heads, decree_type_words, qualified_name, region_name, regional_head_regex
from kg.extract.mentions import expand_title
from kg.extract.periods import YEAR
from kg.extract.read import BYLINE, BYLINE_PARTS, GENERIC_DATELINE, is_byline, looks_like_dateline, photo_credit_regex, title_cased
from kg.extract.quotes import TITLE_WORD, QuoteSpan, capitalised, companions, initial_then_name, last_person
from kg.extract.regions import RegionOffices
from kg.extract.text import ITEM_LEAD, Segment, sentence_at, sentence_index_at
from kg.model import Figure, OrgMention, Person

__all__ = ["Context", "attribute_sentences", "attribution_regexes", "credit_issuer", "credit_target_setters"]


@dataclass
class Context:
    """What one sentence is attributed to, and why."""
    speaker: Person | None = None
    agency: str | None = None
    why: dict[str, str] = field(default_factory=dict)
    named: bool = False    # the speaker is named in this very sentence (not carried)
    question: bool = False  # an interviewer's question: nobody's words, and no facts of its own
    agency_named: bool = False  # the agency is a body the sentence names itself (not carried, not the speaker's)
    agency_carried: bool = False  # the agency was not read here: the report going on, or the speaker's own body
    # later clauses about another region ('..., sedangkan Kota X USD 4 juta'): where each starts, and
    # whose report it is from there on (kg.extract.regions, RegionOffices.clauses)
    clauses: list[tuple[int, "Context"]] = field(default_factory=list)

    def at(self, offset: int) -> "Context":
        """What the clause holding `offset` is attributed to: the sentence's, or a later clause's."""
        return next((told for start, told in reversed(self.clauses) if start <= offset), self)


@dataclass
class Briefing:
    """The discourse state: who has the floor and for which body."""
    speaker: Person | None = None
    agency: str | None = None
    paragraph: int = -1
    reason: str = ""


NAME = r"[A-Z][\w.'’-]*"
NAME_RUN = rf"(?:{NAME}\s{{1,3}}){{0,6}}[A-Z][\w'’-]*+"


def attribution_regexes(lex: Lexicon) -> dict[str, re.Pattern]:
    """Who a sentence reports for: a speaker named in it, a pronoun for the last one, a body
    as the subject of a reporting verb or the source of data."""
    speech = words_pattern(lex.list("attribution_verbs_before"))
    according_to = lex.list("attribution_prepositions")
    after = words_pattern(lex.list("attribution_verbs_after_quote") + according_to, suffix="")
    # '..., katanya' is speech; 'Nilainya mencapai ...' is a value, not 'his assessment'
    nouns_with_nya = set(lex.list("speech_verbs_nouns_with_nya"))
    after_nya = words_pattern([w for w in lex.list("attribution_verbs_after_quote") + according_to
                               if w not in nouns_with_nya], suffix="")
    opening = words_pattern(capitalised(according_to), suffix="")
    report = words_pattern(lex.list("agency_report_verbs"))
    sources = words_pattern(lex.list("agency_report_nouns"), suffix="")
    relative = words_pattern(lex.list("relative_pronouns"), suffix="")
    via = words_pattern(lex.list("data_source_prepositions"), suffix="")
    targets = words_pattern(lex.list("target_words") + ["memasang target", "menetapkan", "memproyeksikan", "memperkirakan"])
    adverbs = words_pattern(lex.list("speech_adverbs"))
    local = words_pattern(lex.list("local_qualifiers"))
    region_kinds = words_pattern(lex.list("region_kind_words"), suffix="")  # 'Kepala Dinas X kabupaten setempat, Nama'
    apposition = words_pattern(lex.list("role_apposition_words"), suffix="")
    actor_adverbs = words_pattern(lex.list("actor_adverbs"))
    qualifiers = words_pattern(lex.list("data_qualifiers"))
    manner = words_pattern(lex.list("speech_manner_prepositions"))
    pronouns = words_pattern(lex.list("speaker_pronouns"))
    # a dotted initial before a name named after the verb ('kata M. Rudi'), or none (written without
    # its space, 'kata M.Rudi', the name is matched but no person is found for it: see test_who_shapes)
    # (not a capital that ends the sentence: 'kata Kepala Seksi I. Selain itu ...')
    initial = rf"(?:[A-Z]\.(?={initial_then_name(lex)})[ ]?)?"
    passing = words_pattern(lex.list("passing_mention_words"))
    back_nouns = words_pattern(lex.list("said_back_nouns"))
    back_verbs = words_pattern(lex.list("said_back_verbs"))
    # 'Berdasarkan data BPS, dikatakannya, ...': a passive speech verb with '-nya' is the last speaker's
    # (not a verb of releasing: 'sejak dirilisnya data BPS' is the release)
    passive_speech = words_pattern([w for w in lex.list("said_back_verbs") if " " not in w
                                    and w not in set(lex.list("said_back_report_verbs"))], suffix="")
    at = words_pattern(lex.list("place_prepositions"), suffix="")
    by = words_pattern(lex.list("agent_prepositions"), suffix="")
    source = words_pattern(lex.list("source_prepositions"), suffix="")
    # 'Hal itu disampaikan kepada Wali Kota X': the one spoken to, not the speaker (lexicon addressee_prepositions)
    addressed = words_pattern(lex.list("addressee_prepositions"), suffix="")
    these = words_pattern(lex.list("demonstratives"), suffix="")
    summing_up = words_pattern(lex.list("summing_up_words"), suffix="")
    summed = words_pattern(lex.list("summing_up_nouns"), suffix="")  # 'Demikian penjelasan X'
    arrives = words_pattern(lex.list("said_back_arrival_verbs"), suffix="")
    followers = words_pattern(lex.list("said_back_object_followers"))
    alias = words_pattern(lex.list("alias_conjunctions"), suffix="")
    setting = words_pattern(lex.list("target_setting_verbs"))  # 'Menteri X menargetkan ...': X states the target
    set_passive = words_pattern(lex.list("target_setting_passives"), suffix="")  # 'ditetapkan pemerintah'
    # what a body says in, and where, between it and its verb ('dalam keterangan persnya di Kupang', 'dalam
    # laporan bulanan yang diterbitkan Kamis (9/1/2025)'): a few words, a date in brackets, a place
    # (never 'dalam membuka pasar ...': a me- verb after the preposition tells a purpose, not an occasion;
    # read only for a body, or its head, opening its clause: `opens_clause`)
    verb_prefixes = words_pattern(lex.list("actor_verb_prefixes"), suffix="")
    weekdays = words_pattern(list(lex.mapping("days")), suffix=r"\b")
    day_after = rf"(?=,[ \t]*+(?:{weekdays}))"  # (a word right before the day set off by commas)
    occasion = (rf"(?P<occasion>(?:{manner}\s++(?!(?-i:{verb_prefixes})[a-z])"
                rf"(?:[\w/-]++(?:\s++|{day_after})|\([^()]{{1,30}}\)\s*+){{1,8}}?)?"
                rf"(?:{at}\s++[A-Z][\w'’-]*+(?:\s++|{day_after}))?"
                # (the day set off by commas after it: 'dalam keterangan tertulisnya, Rabu (20/11), menyebutkan')
                rf"(?:(?<=\S),[ \t]*+(?:{weekdays})(?:[ \t]*+\([^()]{{1,30}}\))?,[ \t]++)?)")
    titles = words_pattern(sorted(lex.compiled(title_opening_words)), suffix="")
    # a head's title before his body ('Kepala', 'Plt Kepala Bidang Neraca'), of the body that follows
    head_title = rf"(?:[A-Z][\w.]*+\s++)?(?i:{titles})(?:\s++[A-Z][\w.]*+){{0,3}}"
    not_verbs = words_pattern(lex.list("verb_shaped_prepositions") + lex.list("verb_shaped_conjunctions")
                              + lex.list("causal_clause_openers") + lex.list("concessive_words"), suffix="")
    return {
        # 'Budi Santoso, di Jakarta, Senin (3/4), sebelumnya mengatakan': a name, an optional place and
        # date, adverbs, a speech verb; every separator bounded or possessive
        # ('Mendag Agus dalam laporannya menyampaikan': a short 'dalam/melalui ...' phrase between)
        "subject_speech": re.compile(
            rf"(?P<who>{NAME_RUN})(?:\s{{1,3}}{at}\s[^,]{{2,40}})?(?:\s*+,\s*+[^,]{{2,40}}\)\s*+,)?[\s,]*+"
            rf"(?:(?i:{manner})\s++[a-z]++(?:\s++[a-z]++){{0,3}}?\s++)?(?:{adverbs}\s++){{0,2}}(?:{speech}|{setting})"),
        "pronoun_speech": re.compile(
            rf"(?i:^\W*+{pronouns}|\b{pronouns}\s++(?:{adverbs}\s++){{0,2}}{speech}|\b{after_nya}\s*+nya\b|\b{after}\s*+{pronouns}\b"
            rf"|(?:^|\s){speech}nya\b)"),
        # 'Berdasarkan data dari BPS X, dikatakannya, ...': a passive speech verb with '-nya' right after a named
        # body's data is the last speaker citing it (not 'Dalam laporan yang disampaikannya, BPS mencatat': the
        # body's own; nor after data of no body named: 'Berdasarkan laporan keuangan, dijelaskannya')
        "cited_then_passive_nya": re.compile(
            rf"\b(?i:{words_pattern(lex.list('data_citing_words'))})\s++(?i:{words_pattern(lex.list('cited_data_nouns'))})"
            rf"\s++(?:[a-z]++\s++){{0,2}}[A-Z][^.;\"“”]{{0,150}}?,\s*+{passive_speech}nya\b"),
        # ('..., ujar Rudi yang juga Kepala Bidang X': the name, then the words that give its title;
        # '..., kata M. Rudi,': a dotted initial opens it; '..., kata Rudi.': the name ends the sentence)
        "inline_after": re.compile(rf"(?:^|,\s*+){after}\s++(?P<who>{initial}[A-Z][\w'’-]*+(?:\s{{1,3}}[A-Z][\w'’-]*+){{0,3}})"
                                   rf"(?:\s*+,|\s++(?={apposition}\s)|\s*+[.!?]?\s*+$)"),
        # ('..., ucap Kepala Dinas Perindustrian dan Perdagangan (Disperindag) X, Budi.': a title whose
        # office joins words with 'dan' or gives its short form in brackets, then a comma and the name; the
        # office may be the local one, 'kata Kepala Dinas X kabupaten setempat, Budi')
        "inline_after_title": re.compile(
            rf"(?:^|,\s*+){after}[ ]++(?:{TITLE_WORD}[ ]{{1,3}}){{1,16}}"
            rf"(?:[A-Z][\w.&'’/-]*+|\([^()\n]{{1,15}}\))(?:[ ]++(?:(?i:{region_kinds})[ ]++)?{local})?"
            rf"[ ]*+,[ ]*+(?P<who>{initial}[A-Z][\w'’-]*+(?:[ ]{{1,3}}[A-Z][\w'’-]*+){{0,3}})"
            rf"(?=[ ]*+[,.;]|$)"),
        # ('"...," ungkap Kepala BPS X Budi hari ini.': the official introduced right after the verb,
        # his title and name read by find_people, whatever words follow the name)
        # ('"...," kata Kepala Dinas X setempat.': the title of the local office, no name)
        "verb_then_title": re.compile(
            rf"(?:^|[^\w\s(]\s*+){after}[ ]++(?:{TITLE_WORD}[ ]*+,?[ ]*+){{1,16}}(?P<local>{local}[ ]*+)?$"),
        # ('Menurut data dari Plh. Kepala BPS X, Budi, yang diumumkan ...': a report or data
        # whose source is an official, his title then his name as find_people read them; the source
        # noun needs its preposition, 'Kepala Badan Pusat Statistik X Budi' is no source phrase)
        "source_then_title": re.compile(
            rf"\b(?i:{sources})\s++(?i:{via})[ ]++(?:{TITLE_WORD}[ ]*+,?[ ]*+){{1,16}}$"),
        "speech_later": re.compile(rf"[^“”\"]{{0,160}}?\s{speech}"),
        "menurut": re.compile(rf"\b{opening}\s++(?P<who>[A-Z][^,]{{1,160}}),"),
        # ('Pemerintah Kabupaten Batang, Jawa Tengah, mencatat': its province said between)
        "subject_verb": re.compile(rf"^\s*+(?:\([^()]{{1,60}}\)\s*+|,\s*+[A-Z][^,.;]{{1,30}},\s*+)?(?:[A-Z][\w.]*+\s++){{0,3}}"
                                   rf"{occasion}(?:(?:{adverbs})\s++)?(?:{report}|{targets})", re.I),
        # ('Dinas X Kabupaten Y (DPMPTSP), mencatatkan ...': a comma between the body and its verb)
        "subject_comma_verb": re.compile(rf"^\s*+(?:\([^()]{{1,60}}\)\s*+)?,\s*+(?:(?:{adverbs})\s++)?(?:{report})", re.I),
        # a body that speaks ('BPS menyatakan'): the verb right after its name, no person between
        # ('Kepala BPS setempat menyampaikan': the local office's, `local_qualifiers` between)
        # ('Kepala BPS X dalam keterangan persnya di Y menyebutkan': a short 'dalam/melalui ...' phrase and
        # a place between, as for a person, `subject_speech`)
        "body_speaks": re.compile(rf"^\s*+(?:\([^()]{{1,60}}\)\s*+)?(?P<local>{local}\s++)?,?\s*+"
                                  rf"{occasion}(?:(?:{adverbs})\s++)?{speech}", re.I),
        # 'data BPS', 'data yang diperoleh melalui BPS', 'data dari BPS': the body is the data's source
        # ('data yang telah dirilis BPS': an adverb of tense between)
        # ('data resmi BPS', 'rilis terbaru Kemendag': up to two words that qualify the data between)
        "data_of": re.compile(rf"\b{sources}(?:\s++{qualifiers}){{0,2}}(?:\s++(?:{relative})(?:\s++{actor_adverbs}){{0,2}}\s++di[a-z]{{3,}})?"
                              rf"(?:\s++(?:{via}))?\s*+$", re.I),
        # 'catatan Buku Saku Peternakan Dinas X': the data set's title, then the body it comes from ('data Quarantine
        # Full Automation System (QFAST) di Karantina X': its short form in brackets and a word of where it is kept
        # between, lexicon data_title_links)
        "data_titled": re.compile(rf"\b(?-i:{words_pattern(lex.list('data_title_nouns'), suffix='')})"
                                  rf"(?:[ ]{{1,3}}[A-Z][\w-]*+){{1,4}}(?:[ ]{{1,3}}\([A-Z][A-Za-z]{{1,11}}\))?"
                                  rf"(?:[ ]{{1,3}}(?:{words_pattern(lex.list('data_title_links'), suffix='')}))?[ ]{{1,3}}$"),
        # 'data yang didapat redaksi dari situs BPS X': the data obtained by someone (the outlet,
        # up to three words) from the body, or from its website
        "data_obtained": re.compile(
            rf"\b{sources}\s++(?:{relative})\s++di[a-z]{{3,}}(?:\s++(?!(?:{via})\s)[\w.]++){{1,3}}?\s++(?:{via})"
            rf"(?:\s++{words_pattern(lex.list('data_source_places'), suffix='')})?\s*+$", re.I),
        # 'Penurunan itu menurut Kemenperin disebabkan ...': the body the narrator cites
        "according_to": re.compile(rf"\b{words_pattern(lex.list('attribution_prepositions'), suffix='')}\s*+$", re.I),
        # 'data BPS (yang) diolah (oleh) Kementerian X': the body that processed the data, right after
        "processed_by": re.compile(rf"\s*+(?:\([^()]{{1,20}}\)\s*+)?(?:{relative}\s++)?"
                                   rf"{words_pattern(lex.list('data_processing_verbs'))}\s++(?:{by}\s++)?", re.I),
        # 'berdasarkan catatan Kementerian X', 'yang mengutip data milik BPS Y', 'seperti dirilis oleh Dinas Z':
        # a citing clause right before the body (cited_source_regex)
        "cited_source": lex.compiled(cited_source_regex),
        # 'Budi, yang mengutip data BPS X, menghitung ...': who cites the data tells it
        # 'Uraian harga pangan dijelaskan Analis Data BPS X, Wulandari.': a noun announcing what follows (no
        # demonstrative: not 'Hal itu disampaikan ...', said back; no negation: 'Rincian anggaran belum
        # disampaikan X'), a passive speech verb, the one announced
        "announced_by": re.compile(
            rf"^\W*+(?i:{words_pattern(lex.list('announcing_nouns'))})(?:\s++(?!(?i:{these}|{words_pattern(lex.list('negation_words'), suffix='')})\b)(?-i:[a-z][\w-]*+)){{0,3}}?"
            rf"\s++(?i:{back_verbs})\s++(?:(?i:{by})\s++)?(?P<who>[A-Z][^,.;]{{2,120}}?)(?=\s*+[,.;]|$)"),
        # 'Dikatakan Diding, ...', 'Disampaikan Kepala Bidang X Bulog Y Irfan Arifin, untuk beras ada stok ...': a
        # passive speech verb opening the sentence, then the one who said what follows the comma
        "said_opening": re.compile(
            rf"^\W*+(?i:{back_verbs})\s++(?:(?i:{by})\s++)?(?P<who>[A-Z][^,.;\"“”]{{1,120}}?)(?=\s*+,)"),
        # 'Perusahaannya mengirim ...', 'Usahanya kini ...': the body of the person last named opens the sentence
        "possessed_body": re.compile(rf"^\W*+(?i:{words_pattern(lex.list('possessed_body_nouns'), suffix='')})nya\b"),
        # (a data noun after the verb: 'Budi, yang mengambil alih PT X, ...' cites nothing)
        "citing_relative": re.compile(rf"\s*+,?\s*+(?:{relative})\s++(?:{adverbs}\s++)?"
                                      rf"{words_pattern(lex.list('data_citing_verbs'))}"
                                      rf"(?:\s++{words_pattern(lex.list('citing_verb_prepositions'))})?"
                                      rf"\s++{words_pattern(lex.list('cited_data_nouns'))}", re.I),
        # 'data BPS X yang dikutip Budi', 'catatan Dinas Y yang dipaparkannya': the one named after a
        # passive of citing or telling, or the last speaker for its '-nya', tells the body's data
        "cited_by": re.compile(
            rf"\b(?i:{words_pattern(lex.list('cited_data_nouns'))})\s++(?:[a-z]++\s++){{0,2}}[A-Z][^.;\"“”]{{0,150}}?\s(?i:{relative})\s++"
            rf"(?:(?i:{actor_adverbs})\s++){{0,2}}(?i:{words_pattern(lex.list('data_cited_passives'), suffix='')})"
            rf"(?:(?P<nya>nya)\b|\s++(?:(?i:{by})\s++)?(?P<who>{NAME_RUN}))"),
        # 'Budi, mengutip data BPS X, menyebut ...': a citing clause set off by commas between the
        # speaker and his verb
        "citing_subject": re.compile(
            rf"(?P<who>{NAME_RUN})\s*+,\s*+(?i:{words_pattern(lex.list('data_citing_verbs'))})"
            rf"(?:\s++(?i:{words_pattern(lex.list('citing_verb_prepositions'))}))?\s++"
            rf"(?i:{words_pattern(lex.list('cited_data_nouns'))})\s[^,.;]{{2,120}},\s*+(?:{adverbs}\s++){{0,2}}{speech}"),
        "data_opening": re.compile(rf"^\W*+(?:\w++\s++){{0,1}}{sources}\b", re.I),
        # 'Ini data BPS, bukan hitungan kami', 'Angka itu merupakan data dari BPS X': what was just said is
        # named as the data of the body after it (the text before the body's name)
        "data_is_of": re.compile(rf"^\W*+(?:{words_pattern(lex.list('back_reference_nouns'), suffix='')}\s++)?{these}\s++"
                                 rf"(?:{words_pattern(lex.list('copulas'), suffix='')}\s++)?{sources}"
                                 rf"(?:\s++{qualifiers}){{0,2}}(?:\s++(?:{via}))?\s*+$", re.I),
        "passing": re.compile(rf"\b{passing}\s*+(?:\w+\s++)?$", re.I),
        # the text before a body that opens its clause: nothing after the sentence's start, a comma, a
        # quote or a dateline's dash, or its head's title ('Kepala', 'Plt Kepala Bidang Distribusi')
        "opens_clause": re.compile(rf"(?:^|[,;:“”\"(]|\s[-–—])\s*+(?:{head_title}\s++)?$"),
        # 'Ekonom X yang menanggapi BPS Y dalam diskusi menjelaskan': a body right after an active verb is
        # its object, not the subject of the speech verb after it
        # (not after a speech verb: 'Budi menambahkan balai karantina menargetkan ...', a clause of its own)
        # ('yang dibina Dinas X mengatakan': after a passive verb, its agent; 'rapat bersama (Kepala) BPS X', 'bermitra
        # dengan Dinas X': after a lowercase word and a companion preposition, its complement; never after a
        # conjunction or preposition shaped like a verb: 'meski BPS X mencatat', 'melalui BPS X')
        "object_of_verb": re.compile(
            rf"(?:\b(?!(?:{speech}|{not_verbs})\s)(?-i:{words_pattern(lex.list('actor_verb_prefixes') + lex.list('passive_verb_prefixes'), suffix='')}[a-z]{{3,}})"
            rf"|(?-i:\b[a-z][\w-]*+)\s++{words_pattern(lex.list('companion_prepositions'), suffix='')})"
            rf"(?:\s++(?-i:{head_title}))?\s++$", re.I),
        # 'Pernyataan itu disampaikan oleh X', 'Penegasan tersebut datang dari X', 'Demikian kata X'
        # ('Hal ini disampaikan, Kepala BPS X, Budi': a comma after the verb)
        "said_back": re.compile(
            rf"^\W*+(?:(?i:{back_nouns})\s++(?i:{these})\s++(?:(?i:{back_verbs})\s++)?(?i:{back_verbs}|{arrives})"
            rf"(?:,[ ]{{0,3}}|\s++)(?:(?i:{source})\s++)?|(?i:{summing_up})\s++(?:(?i:{after}|{back_verbs}|{summed})\s++)(?:(?i:{by})\s++)?)"
            rf"(?!(?i:{addressed})\s)(?P<who>[^,.;]{{3,120}})"),
        # 'Kepala Balai X Rudi mengungkapkan hal itu': the active form, its subject named with his title
        "said_back_active": re.compile(
            rf"^\W*+(?P<who>[A-Z][^,.;:“”\"]{{2,120}}?)(?:\s*+,)?\s++(?:{adverbs}\s++){{0,2}}{speech}\s++(?i:{back_nouns})\s++"
            rf"(?i:{these})(?=\s*+(?:[.,;]|$|{followers}))"),
        # ('Angka itu berasal dari dokumen yang dikeluarkan Balai X': the body issued what was
        # reported, the agent of a passive relative clause; a few lowercase words before it)
        "said_back_agent": re.compile(rf"(?i:{words_pattern(lex.list('issued_document_nouns'))})(?:\s++[a-z][\w-]*+){{0,3}}"
                                      rf"\s++(?:{relative})\s++(?i:{words_pattern(lex.list('issuing_verbs'))})\s++(?:{by}\s++)?"),
        "said_back_inline": re.compile(rf",\s*+(?i:{summing_up})\s++(?:(?i:{after}|{back_verbs}|{summed})\s++)(?:(?i:{by})\s++)?(?P<who>[^,.;]{{3,120}})"),
        # 'Untuk itu, Kemenperin telah melatih ...': a body opening its sentence with an active verb
        # (after a dateline, 'Koran.com, Kota – ', when the page keeps it in the first sentence)
        "actor_before": re.compile(rf"^(?:[^\n–—]{{0,60}}?\s[–—-]{{1,2}}\s*+)?\W*+(?:{words_pattern(lex.list('actor_sentence_openers'))}\s*+,?\s*+)?$", re.I),
        "actor_after": re.compile(rf"^\s*+(?:\([^()]{{1,60}}\)\s*+)?(?:{words_pattern(lex.list('actor_adverbs'))}\s++){{0,2}}"
                                  rf"{words_pattern(lex.list('actor_verb_prefixes'), suffix='')}[a-z]{{3,}}\b"),
        # 'pemerintah menargetkan ...', 'yang ditetapkan pemerintah': a body named by a common noun
        "generic_subject": re.compile(
            rf"(?<![\w-])(?P<body>{words_pattern(lex.mapping('generic_body_subjects'), suffix='')})"
            rf"(?:\s++(?:{adverbs})){{0,2}}\s++(?:{report}|{targets})"
            rf"|\b{set_passive}\s++(?:{by}\s++)?(?P<passive>"
            rf"{words_pattern(lex.mapping('generic_body_subjects'), suffix='')})\b"
            rf"(?!\s++(?:{words_pattern(lex.list('generic_body_qualifiers'))}|[A-Z]))"),
        # the subject of the opening sentence: its name (and a short form) then a lowercase word
        "opening_subject": re.compile(rf"^\s*+(?:\([^()]{{1,60}}\)\s*+|{alias}\s++\S++\s++)?[a-z]{{3,}}\b"),
        # 'penugasan yang ditetapkan Bapanas', 'target yang dipasang oleh X': the body that set a target
        "set_by": re.compile(rf"\b(?:{set_passive}|{words_pattern(lex.list('relative_pronouns'), suffix='')}\s+"
                             rf"{words_pattern(lex.list('set_by_verbs'), suffix='')})\s+(?:{by}\s+)?$", re.I),
        "through_unit": re.compile(rf"\s++{words_pattern(lex.list('delegation_words'), suffix='')}\s++"),
        # an official's title opening a sentence, after a short opener ('Pada kesempatan itu, ')
        "title_subject": re.compile(rf"\W*+(?:[^,.;\n“”\"]{{1,40}},\s*+)?(?!(?i:{opening})\s)"
                                   rf"(?:(?:[A-Z][\w.&'’-]*+|\([^()]{{1,15}}\)|dan|&)[\s,]{{1,3}}){{2,16}}$"),
        "verb_after_name": lex.compiled(verb_after_name),
        "briefing_break": re.compile(rf"^\W*+{words_pattern(lex.list('briefing_break_openers'))}", re.I),
    }


QUOTED_BY_TITLE_REASON = "a quote said by the title alone of an official of the body"


def quoted_by_title(lex: Lexicon, text: str, offset: int, inside: list[OrgMention], regex) -> tuple[str | None, str]:
    """'"...," tukas Menperin.', '"...," kata Kepala Bidang X Dinas Y.': a quote attributed to an
    official by his title alone, no name after it, is told for the first body the title names.
    The title of a local office ('kata Kepala Gudang Bulog setempat') names that office: when
    no body of a region is found for it, the national body is not it, and no body is named."""
    found = regex["verb_then_title"].search(text.rstrip(" .;"))
    if found is None:
        return None, ""
    bodies = [o for o in inside if o.kind != "company" and o.start - offset >= found.start()]
    if not bodies or found.group("local") and not regional(lex, bodies[0].name):
        return None, ""
    # the first body after the title: 'Kepala Bappeda Pemkab X' is the Bappeda's, the government
    # after it only says whose office it is
    return bodies[0].name, f"{QUOTED_BY_TITLE_REASON} ({bodies[0].name})"


def units_qualified(lex: Lexicon, body: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """'Balai X Kementerian Y (KY) mencatat ...': a body written right after one of its own units
    only says whose unit it is (`parents_qualifying`); the unit is the body that reports, its
    mention reaching over the parent's name to the verb."""
    ordered = sorted((o for o in orgs if o.kind != "media"), key=lambda o: o.start)
    qualifying = parents_qualifying(lex, body, ordered, UNIT_PARENT_GAP, UNIT_PARENT_GAP_MAX)
    if not qualifying:
        return orgs
    merged: list[OrgMention] = []
    for org in ordered:
        if id(org) in qualifying and merged:
            merged[-1] = replace(merged[-1], end=org.end)
        else:
            merged.append(org)
    return merged


class OrgsBySentence:
    """The organisation mentions of each sentence, found by bisection (linear overall)."""

    def __init__(self, orgs: list[OrgMention]):
        self.orgs = sorted((o for o in orgs if o.kind != "media"), key=lambda o: o.start)
        self.starts = [o.start for o in self.orgs]

    def inside(self, start: int, end: int) -> list[OrgMention]:
        return self.orgs[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]


def attribute_sentences(lex: Lexicon, body: str, segs: list[Segment], people: list[Person], orgs: list[OrgMention],
                        quotes: list[QuoteSpan], head: str = "", places: list | None = None) -> list[Context]:
    """Speaker and agency per sentence, as one pass over the discourse (see the module doc); head is
    the page's text above the body's first sentence (kicker, headline), which may mark an interview;
    places (find_places) tell the region a sentence is about (RegionOffices)."""
    regex = lex.compiled(attribution_regexes)
    offices = RegionOffices(lex, body, orgs, people, places or [], quotes)
    by_sentence = OrgsBySentence(units_qualified(lex, body, orgs))
    companies = {o.name for o in orgs if o.kind == "company"}
    owned = [o for o in orgs if o.kind in ("company", "association")]  # what 'Perusahaannya' may refer to
    along = companions(lex, body, people)  # 'didampingi Kabid Y, B': B is introduced beside the one speaking
    quotes = sorted(quotes, key=lambda q: q.start)
    contexts: list[Context] = []
    floor = Briefing()
    q = 0
    quote = None
    for seg in segs:
        last_quote = quote  # the quote the sentence before was in (data_cited_before)
        text = body[seg.start:seg.end]
        while q < len(quotes) and quotes[q].close < seg.start:
            q += 1
        quote = next((x for x in quotes[q:q + 3] if x.start - 1 <= seg.start < x.close or seg.start <= x.start < seg.end), None)
        if seg.paragraph != floor.paragraph and (regex["briefing_break"].match(text)
                                                 or floor.reason.startswith(ANNOUNCED_REASON)):
            # ('Uraian harga pangan dijelaskan X, Wulandari. ...' then a paragraph): what was announced ends with it
            floor = Briefing(paragraph=seg.paragraph)
        ctx = Context()
        speaker, why = speaker_named_in(lex, text, seg.start, people, quotes, regex, along, owned)
        beside = why if speaker is None else ""  # a companion's introduction matched, and was set aside
        counted = ""  # a company the sentence counts, in the report of the body holding the floor
        if speaker is None and not quote:
            speaker, why = official_acting(text, seg.start, people, regex, along)
        if speaker and quote and quote.speaker and (why.startswith(PRONOUN_REASON)
                                                    or why.startswith(TITLED_AFTER_VERB) and quote.speaker is speaker):
            # '"...," tuturnya': the pronoun is the quote's attribution, resolved with the quote
            ctx.speaker, ctx.why["speaker"] = quote.speaker, f"inside a quote by {quote.speaker.name}"
        elif speaker:
            ctx.speaker, ctx.named, ctx.why["speaker"] = speaker, True, why
        elif quote and quote.speaker:
            ctx.speaker, ctx.why["speaker"] = quote.speaker, f"inside a quote by {quote.speaker.name}"
        inside = by_sentence.inside(seg.start, seg.end)
        agency, why_agency = agency_named_in(text, seg.start, inside, regex, opening=not contexts)
        if why_agency.startswith(LOCAL_UNRESOLVED):
            ctx.why["agency"] = why_agency  # no body of its own, and none from the sentences around it
        elif agency is None and ctx.speaker is None and quote and quote.speaker is None:
            agency, why_agency = quoted_by_title(lex, text, seg.start, inside, regex)
        official = ctx.speaker or (floor.speaker if floor.paragraph == seg.paragraph else None)
        if agency and official is not None and own_government_written_common(lex, body, agency, inside, official):
            # 'Budi, Kepala Dinas X Kabupaten Y, mengatakan ... . Untuk tahun ini, pemerintah kabupaten
            # mematok target ...': his government, his briefing, his office's report
            agency, why_agency = None, ""
        if agency is None and not speaker and not why_agency.startswith(LOCAL_UNRESOLVED):
            agency, why_agency = officers_office(lex, body, text, seg.start, orgs)
        if agency is None and not speaker and not why_agency.startswith(LOCAL_UNRESOLVED):
            agency, why_agency = generic_body_named_in(lex, text, regex)
            if agency and floor.speaker is not None and floor.paragraph == seg.paragraph \
                    and regional(lex, floor.speaker.organization):
                agency = None  # 'pemerintah menargetkan' in a regional official's paragraph: his government, his briefing
        passing = None if agency or ctx.speaker else mentioned_in_passing(text, seg.start, inside, regex)
        if passing:  # 'harga naik usai BPS merilis data': the narrator writes about the body, not for it
            floor = Briefing(paragraph=seg.paragraph)
            ctx.why["speaker"] = ctx.why["agency"] = f"narration mentioning {passing} in passing"
            contexts.append(ctx)
            continue
        if agency and ctx.speaker and ctx.speaker.organization and why_agency.startswith(COMPANY_REPORTED_ON):
            agency = None  # 'kata Kepala Kantor X, ... dari PT Y sebesar Rp 2 miliar': the company is counted, X reports
        if agency and why_agency.startswith(COMPANY_REPORTED_ON) and not ctx.named and floor.agency \
                and floor.agency not in companies and not company_opens(text, seg.start, inside, regex):
            # 'Balai X mencatat ... ' then '... dikirim oleh PT Y': the company is counted, X goes on reporting
            agency, counted = None, f"; {why_agency[len(COMPANY_REPORTED_ON):].strip()} {COUNTED_REASON}"
        if agency and not (ctx.speaker and ctx.speaker.organization and same_body(speaking_body(lex, agency), ctx.speaker.organization)):
            ctx.agency, ctx.why["agency"], ctx.agency_named = agency, why_agency, True
            cited = cites_data_in_briefing(text, why_agency, floor, contexts, regex)
            told_of_own = ctx.speaker is None and floor.speaker is not None and floor.paragraph == seg.paragraph \
                and tells_of_his_government(lex, text, agency, floor.speaker, regex)
            if ctx.speaker is None and floor.speaker is not None and not same_body(agency, floor.speaker.organization) \
                    and not cited and not told_of_own:
                floor = Briefing(None, agency, seg.paragraph, why_agency)  # another body takes the floor
        if ctx.speaker is not None:
            cited_before = data_cited_before(lex, body, contexts, segs, seg, ctx.speaker, text, quote, last_quote) \
                if not ctx.agency else None
            if cited_before:
                # '"Menurut data Balai X, pala paling banyak dijual. Jumlahnya 7 ribu ton," tutur Gubernur Y':
                # what he says next in the paragraph is still the data of the body he cited
                ctx.agency, ctx.why["agency"] = cited_before, f"{CITED_DATA_REASON} ({cited_before}, by {ctx.speaker.name})"
            elif not ctx.agency and ctx.speaker.organization:
                ctx.agency, ctx.why["agency"] = ctx.speaker.organization, speakers_body_reason(ctx.speaker)
                ctx.agency_carried = True
            elif not ctx.agency and floor.agency and floor.speaker in (None, ctx.speaker):
                # a new speaker whose body is not known does not speak for the last speaker's body
                ctx.agency, ctx.why["agency"] = floor.agency, f"continues the report of {floor.agency}{counted}"
                ctx.agency_carried = True
            held = ctx.agency
            if ctx.why.get("agency", "").startswith(CITED_DATA_REASON) or ctx.why["speaker"].startswith(CITING_REASON):
                # ('Budi, yang mengutip data BPS X, menyebut ... . Asosiasinya membukukan 71 peti'): the body he
                # cited holds its sentence and his next words (data_cited_before), the narration after is his body's
                held = ctx.speaker.organization
            floor = Briefing(ctx.speaker, held, seg.paragraph, ctx.why["speaker"])
        elif ctx.agency:
            keep = floor.speaker if floor.speaker is not None and (same_body(ctx.agency, floor.speaker.organization)
                                                                or cites_data_in_briefing(text, ctx.why["agency"], floor, contexts, regex)
                                                                or told_of_own) else None
            if told_of_own:
                # 'Kepala Dinas X Provinsi Y, Budi, menyebut ... . Untuk tahun ini, Pemprov Y memasang target
                # ...': he goes on, telling what his government set; his briefing goes on after it
                ctx.speaker, ctx.why["speaker"] = keep, f"{OWN_GOVERNMENT_REASON} ({keep.name})"
            else:
                floor = Briefing(keep, ctx.agency, seg.paragraph, ctx.why["agency"])
                if keep is not None:
                    ctx.speaker, ctx.why["speaker"] = keep, f"continues the briefing of {keep.name}"
        else:
            clauses = [(start, Briefing(moved.speaker, moved.agency, seg.paragraph, moved.reason))
                       for start, moved in offices.clauses(body, seg, floor, inside)] \
                if not why_agency.startswith(LOCAL_UNRESOLVED) else []
            restore = floor if clauses else None  # a move holds for its sentence (or clause) only
            if clauses and clauses[0][0] == seg.start:
                # 'Jambi membukukan ekspor ...' after another region's official: that region's office reports it
                floor = clauses.pop(0)[1]
                ctx.speaker, ctx.agency = floor.speaker, floor.agency
                ctx.why["agency"] = floor.reason
                if floor.speaker is not None:
                    ctx.why["speaker"] = f"continues the briefing of {floor.speaker.name}, of that region's office"
            else:
                ctx.speaker, ctx.agency = floor.speaker, floor.agency
                if floor.speaker is not None:
                    ctx.why["speaker"] = f"continues the briefing of {floor.speaker.name}" + (f"; {beside}" if beside else "")
                if floor.agency:
                    ctx.why["agency"], ctx.agency_carried = f"continues the report of {floor.agency}{counted}", True
            for start, moved in clauses:  # '..., sedangkan Kota X USD 4 juta': from there on, X's office
                ctx.clauses.append((start, Context(moved.speaker, moved.agency, {"agency": moved.reason})))
                floor = moved
            if restore is not None:
                floor = restore
        contexts.append(ctx)
        data_named_back(body, text, seg, segs, contexts, inside, regex)
        said_by = credit_backwards(lex, body, text, seg, segs, contexts, people, quotes, regex, inside)
        if said_by is not None:  # who said what came before holds the floor for the narration after it
            floor = Briefing(said_by, contexts[-1].agency, seg.paragraph, contexts[-1].why["speaker"])
        elif ctx.speaker is None and ctx.agency is None:
            told_by = reported_back_by_body(lex, body, text, seg, segs, contexts, inside, regex)
            if told_by is not None:  # ('Data tersebut disampaikan Kantor X ...'): the body holds the floor
                floor = Briefing(None, told_by, seg.paragraph, ctx.why["agency"])
    credit_lead_forward(lex, body, segs, contexts)
    name_the_titled_speaker(body, segs, contexts, regex)
    name_the_official_titled_first(lex, body, segs, contexts, by_sentence)
    name_the_local_head(lex, body, segs, contexts)
    name_the_official_titled_back(lex, body, segs, contexts, people)
    name_the_title_by_its_holder(lex, body, segs, contexts, people, orgs)
    credit_body_to_official(lex, body, segs, contexts)  # after them: they find where he first has the floor
    credit_interview(lex, body, segs, contexts, people, quotes, head)
    return contexts


QUESTION_REASON = "an interviewer's question: nobody's words"
ANSWER_REASON = "an answer of the interview with"
QUESTION_MAX_WORDS = 40  # a question line of an interview is short; a longer paragraph ending in '?' is prose
HEAD_LINES = 4  # the lines right above the body where a kicker or a headline marks an interview
MIN_INTERVIEW_TURNS = 2  # questions, each answered in the paragraph after it, that make a page an interview


def interview_regexes(lex: Lexicon) -> dict[str, re.Pattern]:
    """The marks of a page in question-and-answer form (lexicon interview_*): the labels that open
    a question or an answer ('Tanya:', 'J:'), the phrases an introduction presents the
    conversation with ('berbincang dengan', 'berikut petikannya'), and the kicker of an interview
    page ('WAWANCARA' above the headline, 'Wawancara: ...')."""
    kickers = words_pattern(lex.list("interview_kickers"))
    return {
        "question_label": re.compile(rf"^[\W_]*+{words_pattern(lex.list('interview_question_labels'), suffix='')}[\s*_]*+:[\s*_]*+", re.I),
        "answer_label": re.compile(rf"^[\W_]*+{words_pattern(lex.list('interview_answer_labels'), suffix='')}[\s*_]*+:[\s*_]*+", re.I),
        "introduction": re.compile(rf"\b{words_pattern(lex.list('interview_introductions'))}", re.I),
        "kicker": re.compile(rf"^[\W_]*+{kickers}[\W_]*+(?::|$)", re.I),
        "turn": re.compile(rf"^\W*+{words_pattern(lex.list('briefing_break_openers') + lex.list('interview_end_openers'))}", re.I),
        "first_person": re.compile(rf"\b{words_pattern(lex.list('first_person_pronouns'))}", re.I),
    }


def interview_paragraphs(body: str, segs: list[Segment]) -> list[tuple[int, int, int]]:
    """(paragraph number, start, end) of each paragraph, in order."""
    spans: dict[int, list[int]] = {}
    for seg in segs:
        span = spans.setdefault(seg.paragraph, [seg.start, seg.end])
        span[1] = seg.end
    return [(number, start, end) for number, (start, end) in sorted(spans.items())]


def is_question_line(text: str, regex) -> bool:
    """A paragraph that is an interviewer's question: opened by a question label ('Tanya:'), or a
    short paragraph of the narrator's voice (no quotation mark opens it) that ends with '?'
    ('Ekspor tahun lalu naik 6 persen. Apa pendorongnya?'); not an answer that closes on a
    question of its own, in the first person, after a number ('Panen kami 40 karung. Siapa yang
    tidak senang?')."""
    if regex["question_label"].match(text):
        return True
    plain = text.strip().strip("*_ ").rstrip()
    if not plain.endswith("?") or plain[:1] in "\"“'‘" or len(plain.split()) > QUESTION_MAX_WORDS:
        return False
    before = re.split(r"(?<=[.!?])\s+(?=\S)", plain)[:-1]
    return not (any(re.search(r"\d", sentence) for sentence in before) and regex["first_person"].search(plain))


def credit_interview(lex: Lexicon, body: str, segs: list[Segment], contexts: list[Context],
                     people: list[Person], quotes: list[QuoteSpan], head: str = "") -> None:
    """A page in question-and-answer form: question lines (short paragraphs ending with '?', or
    opened by a question label), each answered in the paragraphs after it, opened by an
    introduction that presents the conversation (lexicon interview_introductions: 'Kami
    berbincang dengan Kepala Dinas X, Budi', 'Berikut petikannya') in the paragraph right before
    the first question, or by the page's head (a kicker 'WAWANCARA', a headline 'Bincang dengan
    ...'). A talk word in passing is no introduction ('saat diwawancarai wartawan', 'dalam
    wawancara dengan televisi', 'wawancara kerja', 'petikan keputusan'). The questions are
    nobody's and carry no facts; the answers are the interviewee's words, told for his body
    unless a sentence names a body itself. An answer runs to the next question and ends at a line
    with no words ('***'), at a paragraph where the narration turns ('Sementara itu, ...'), and
    at a paragraph that gives the floor to someone else: one naming another speaker (in it or
    after what he said, or quoting him) or where a body reports ('Kementerian X mencatat ...');
    that paragraph keeps its ordinary attribution. An answer labelled as such ('Jawab:', 'Budi:')
    is the interviewee's whatever it names, but never takes a sentence from another speaker
    named or quoted there. The answers must be spoken: labelled, or one of them in the first
    person outside the quotes of others ('kami' inside another speaker's quote is his)."""
    regex = lex.compiled(interview_regexes)
    paragraphs = interview_paragraphs(body, segs)
    questions = [k for k, (_, start, end) in enumerate(paragraphs) if is_question_line(body[start:end], regex)]
    answered = [k for k in questions if k + 1 < len(paragraphs) and k + 1 not in questions
                and re.search(r"\w", body[paragraphs[k + 1][1]:paragraphs[k + 1][2]])]
    if len(answered) < MIN_INTERVIEW_TURNS:
        return
    person, opening = interview_opening(body, paragraphs, questions, people, regex, head)
    if person is None:
        return
    turns = [k for k in answered if k >= opening]
    if len(turns) < MIN_INTERVIEW_TURNS:
        return
    # and the answers are spoken: labelled as answers, or in the first person ('kami', 'saya'); not
    # narration answering its own questions with what a body reported
    texts = [(body[paragraphs[k][1]:paragraphs[k][2]], paragraphs[k + 1]) for k in turns]
    labelled = sum(1 for question, (_, start, end) in texts
                   if regex["question_label"].match(question) or answer_labelled(body[start:end], person, regex))
    spoken = any(regex["first_person"].search(unquoted(body, start, end, quotes, person)) for _, (_, start, end) in texts)
    if labelled < MIN_INTERVIEW_TURNS and not spoken:
        return
    asked = {paragraphs[k][0] for k in questions if k >= opening}  # the question lines' paragraph numbers
    sentences: dict[int, list[int]] = {}
    for here, seg in enumerate(segs):
        sentences.setdefault(seg.paragraph, []).append(here)
    answering = False
    reason = f"{ANSWER_REASON} {person.name}"
    for number, start, end in paragraphs[opening:]:
        here = sentences[number]
        if number in asked:
            answering = True
            for ctx in (contexts[i] for i in here):
                ctx.speaker, ctx.agency, ctx.named, ctx.question = None, None, False, True
                ctx.why = {"speaker": QUESTION_REASON, "agency": QUESTION_REASON}
            continue
        text = body[start:end]
        if not answering:
            continue
        if not re.search(r"\w", text) or regex["turn"].match(text):
            # '***', or a paragraph opening with a turn of the narration ('Sementara itu, ...')
            answering = False
            continue
        others = {i for i in here if voiced_by_another(i, here, segs, contexts, quotes, person)}
        reports = [i for i in here if contexts[i].agency_named and contexts[i].speaker is not person
                   and not same_body(contexts[i].agency, person.organization)]
        if (others or reports) and not answer_labelled(text, person, regex):
            answering = False  # the narration gives the floor to another speaker or a body
            continue
        for ctx in (contexts[i] for i in here if i not in others):
            ctx.speaker, ctx.why["speaker"] = person, reason
            if (not ctx.agency or ctx.agency_carried) and person.organization:  # a body the sentence reads stays
                ctx.agency, ctx.why["agency"] = person.organization, f"{reason}: his body ({person.organization})"
                ctx.agency_carried = True


def answer_labelled(text: str, person: Person, regex) -> bool:
    """An answer line opened by an answer label ('Jawab:', 'J:') or by the interviewee's name
    ('Budi Santoso:', 'Budi:')."""
    if regex["answer_label"].match(text):
        return True
    label = NAME_LABEL.match(text)
    return label is not None and set(label.group("name").split()) <= set(person.name.split())


NAME_LABEL = re.compile(r"^[\W_]*+(?P<name>[A-Z][\w.'’-]*+(?:[ ]{1,3}[A-Z][\w.'’-]*+){0,3})[\s*_]*+:")


def unquoted(body: str, start: int, end: int, quotes: list[QuoteSpan], person: Person) -> str:
    """The text of body[start:end] without the quotes of anyone but person (blanked)."""
    chars = list(body[start:end])
    for quote in quotes:
        if quote.speaker is not person and quote.start < end and quote.close > start:
            for k in range(max(quote.start, start), min(quote.close, end)):
                chars[k - start] = " "
    return "".join(chars)


def voiced_by_another(i: int, paragraph: list[int], segs: list[Segment], contexts: list[Context],
                      quotes: list[QuoteSpan], person: Person) -> bool:
    """The sentence is another speaker's: it names him ('Hal itu diungkapkan Ketua X, Budi'), it is
    in his quote, or a later sentence of its paragraph names him after what he said."""
    ctx, seg = contexts[i], segs[i]
    if ctx.speaker is None or ctx.speaker is person:
        return False
    return ctx.named or any(q.speaker is ctx.speaker and q.start - 1 <= seg.start < q.close for q in quotes) \
        or any(contexts[j].named and contexts[j].speaker is ctx.speaker for j in paragraph if j > i)


def interview_opening(body: str, paragraphs: list[tuple[int, int, int]], questions: list[int], people: list[Person],
                      regex, head: str) -> tuple[Person | None, int | None]:
    """(the one interviewed, the index of the first question of the interview). The interview
    opens at the first question whose paragraph right before presents the conversation ('Kami
    berbincang dengan ...', 'Berikut petikannya'); failing that, when the page's head marks an
    interview (a kicker line 'WAWANCARA', or a headline presenting the conversation), at the first
    question with an official introduced before it. A headline ending with '?' is none of its
    questions (the head is no paragraph of the body)."""
    for k in questions:
        if k == 0 or k - 1 in questions:
            continue
        _, start, end = paragraphs[k - 1]
        intro = regex["introduction"].search(body, start, end)
        if intro is not None:
            person = interviewee(people, start, end, intro.start())
            return (person, k) if person is not None else (None, None)
    marks = [line.strip() for line in head.splitlines() if line.strip()][-HEAD_LINES:]  # not a menu far above
    if any(regex["kicker"].match(line) or regex["introduction"].search(line) for line in marks):
        for k in questions:
            person = interviewee(people, paragraphs[k][1], paragraphs[k][1], paragraphs[k][1]) if k else None
            if person is not None:
                return person, k
    return None, None


def interviewee(people: list[Person], start: int, end: int, intro: int) -> Person | None:
    """The one interviewed, presented in the paragraph start..end at offset intro ('Kami berbincang
    dengan Kepala Dinas X, Budi'): the first official introduced after the introduction in that
    paragraph, else the official introduced last before it (earlier in the paragraph, a paragraph
    before, or a line under the headline giving his name and title: 'Berikut petikan wawancara
    dengan dia')."""
    officials = [p for p in people if p.role or p.organization]
    after = [p for p in officials if intro <= p.start < end]
    if after:
        return min(after, key=lambda p: p.start)
    return max((p for p in officials if p.start < intro), key=lambda p: p.start, default=None)


ISSUER_REASON = "the body that issued the press release"


def credit_issuer(contexts, issuer: str) -> None:
    """A press release speaks for the body that issued it: a sentence no one is named for (no
    speaker, no body, not narration about a body in passing) is that body's."""
    for ctx in contexts:
        if ctx.agency is None and ctx.speaker is None and not ctx.why:
            ctx.agency, ctx.why["agency"], ctx.agency_carried = issuer, f"{ISSUER_REASON} ({issuer})", False


TITLED_LATER_REASON = "his title alone said it; named later"


def name_the_titled_speaker(body: str, segs: list[Segment], contexts: list[Context], regex) -> None:
    """'"...," kata Kepala Bidang Perikanan Dinas X.' then, later, 'Budi menjelaskan, ...': an
    official quoted by his title alone and named afterwards by his bare name (no role, no body of
    his own: the title was his introduction) is the speaker of the report of that body up to where
    he is named, when a sentence of it attributes speech to a title with no name."""
    for here, ctx in enumerate(contexts):
        person = ctx.speaker
        if person is None or not ctx.agency:
            continue
        if (person.role or person.organization) and not (person.organization_why == BODY_REFERRED_REASON
                                                         and same_body(person.organization, ctx.agency)):
            continue  # (a title referring back, 'Kepala dinas itu, Budi', names the body the title alone said)
        if any(c.speaker is person for c in contexts[:here]):
            continue  # named before: not his first word
        stretch, titled = [], False
        for earlier in range(here - 1, -1, -1):
            other = contexts[earlier]
            if other.speaker is not None or (other.agency and other.agency != ctx.agency):
                break
            if other.agency is None:
                if other.why:
                    break
                continue  # narration with no figure's attribution in it
            stretch.append(earlier)
            text = body[segs[earlier].start:segs[earlier].end].rstrip(" .;")
            titled = titled or bool(regex["verb_then_title"].search(text))
        if not titled:
            continue
        for earlier in stretch:
            contexts[earlier].speaker = person
            contexts[earlier].why["speaker"] = f"{TITLED_LATER_REASON} ({person.name})"


TITLED_FIRST_REASON = "his title alone opened the report; named with it later"


def name_the_official_titled_first(lex: Lexicon, body: str, segs: list[Segment], contexts: list[Context],
                                   by_sentence: OrgsBySentence) -> None:
    """'Kepala BPS setempat menyebutkan ...' and later '"...," kata Kepala BPS Provinsi X, Budi':
    an official first brought in by his title alone (a title word right before the body, no
    name) and introduced with title and name afterwards, in the next paragraphs, is the speaker
    of what was reported for that body up to where he is named, and his office (the regional
    one, where the title said only 'setempat') is its agency. The stretch runs back over
    sentences told for the same body with no speaker, across paragraphs, and counts only
    when one of its sentences names the body after a title word."""
    openers = lex.compiled(title_opening_words)
    seen: set[int] = set()
    for here, ctx in enumerate(contexts):
        person = ctx.speaker
        if person is None or id(person) in seen:
            continue  # only where he first has the floor
        seen.add(id(person))
        introduced = [s for s in segs if s.paragraph == segs[here].paragraph and s.start <= person.start < s.end]
        if not person.organization or not introduced:
            continue  # introduced elsewhere (before, by a name alone), or of no known body
        if former_holder(lex, body, introduced[0], person):
            continue  # 'Mantan Kepala Dinas X, Nama': not the head whose title alone told it
        stretch, titled, released = [], False, None
        for earlier in range(here - 1, -1, -1):
            other = contexts[earlier]
            if other.speaker is not None or (other.agency and not same_body(other.agency, person.organization)):
                break
            if other.agency is None:
                if other.why:
                    break
                continue
            seg = segs[earlier]
            titled_here = any(o.name == other.agency and titled_alone(lex, body, o, seg.start, openers, person.role)
                              for o in by_sentence.inside(seg.start, seg.end))
            if other.why.get("agency", "").startswith(REPORTED_BACK_REASON):
                # 'Data itu dirilis Dinas X.': the body's own release, no one speaks for it there (the
                # narration it refers back to with it); 'Angka itu disampaikan Kepala Dinas X' is his
                released = titled_here if released is None else released
                if not released:
                    break
            stretch.append(earlier)
            titled = titled or titled_here
        if not titled:
            continue
        for earlier in stretch:
            other = contexts[earlier]
            other.speaker = person
            other.why["speaker"] = f"{TITLED_FIRST_REASON} ({person.name})"
            if other.agency != person.organization:
                other.agency, other.agency_carried = person.organization, False
                other.why["agency"] = f"{TITLED_FIRST_REASON}: his office ({person.organization})"


LOCAL_HEAD_REASON = "the local office's head, his title alone said it; named with his office later"


def local_head_regex(lex: Lexicon) -> re.Pattern:
    """'Kepala dinas setempat mengatakan ...', 'Kepala balai itu menuturkan ...': a title word, a common
    noun of a kind of office (lexicon body_reference_nouns, written in lowercase) and 'setempat'
    (local_qualifiers) or a demonstrative, as the subject of a speech verb right after (up to two
    adverbs between: 'Kepala dinas setempat sebelumnya menyebut')."""
    openers = sorted(lex.compiled(title_opening_words), key=len, reverse=True)
    nouns = words_pattern(list(lex.mapping("body_reference_nouns")), suffix="")
    local = words_pattern(lex.list("local_qualifiers") + lex.list("demonstratives"), suffix="")
    adverbs = words_pattern(lex.list("speech_adverbs"))
    verbs = words_pattern(lex.list("attribution_verbs_before"))
    return re.compile(rf"\b(?i:{'|'.join(map(re.escape, openers))})\s++(?P<noun>{nouns})\s++{local}\b"
                      rf"[\s,]*+(?:{adverbs}\s++){{0,2}}{verbs}")


def name_the_local_head(lex: Lexicon, body: str, segs: list[Segment], contexts: list[Context]) -> None:
    """'Kepala dinas setempat mengatakan penjualan ... Rp2 miliar. "...," ujarnya.' ('Kepala balai itu
    menuturkan ...' too) and, further on, 'Kepala Dinas X Kabupaten Y, Budi, menjelaskan ...': the head of a local office brought in by his title and
    the kind of his office alone, named later by the first official named whose title heads an office of
    that kind, is the speaker of what was told from that sentence up to where he is named, for his
    office. Only over sentences nobody is named for and no body is named in (carried on from before:
    the narrator's government), within NARRATED_PARAGRAPHS paragraphs."""
    found = lex.compiled(local_head_regex)
    for here, seg in enumerate(segs):
        if contexts[here].speaker is not None or contexts[here].agency_named:
            continue
        said = found.search(body, seg.start, seg.end)
        if said is None or body[seg.start:said.start()].strip()[-1:] not in ("", ","):
            continue  # the title opens its sentence or clause: not 'didampingi kepala balai itu'
        heads = body_reference_heads(lex, said.group("noun"))
        stretch = [here]
        for later in range(here + 1, len(segs)):
            ctx = contexts[later]
            if segs[later].paragraph - seg.paragraph > NARRATED_PARAGRAPHS:
                break
            if ctx.speaker is None and not ctx.agency_named:
                stretch.append(later)
                continue
            person = ctx.speaker
            # ('"A. B," ujar Kepala Balai X, Budi': the quote his introduction closes counts as naming him)
            quoted = person is not None and ctx.why.get("speaker", "").startswith("inside a quote") and any(
                s.paragraph == segs[later].paragraph and s.start <= person.start < s.end for s in segs[later:later + 4])
            if not (ctx.named or quoted) or person is None or not person.organization or not person.role \
                    or not heads or not any(fold(person.organization).startswith(h + " ") for h in heads) \
                    or not heads_the_body(lex, person):
                break
            for i in stretch:
                other = contexts[i]
                other.speaker, other.agency, other.agency_carried = person, person.organization, False
                other.why["speaker"] = f"{LOCAL_HEAD_REASON} ({person.name})"
                other.why["agency"] = f"{LOCAL_HEAD_REASON}: his office ({person.organization})"
            break


def titled_alone(lex: Lexicon, body: str, mention: OrgMention, floor: int, openers: frozenset[str],
                 role: str | None) -> bool:
    """The body's mention follows a title word and no name follows it ('Kepala BPS setempat
    menyebutkan', not 'Kepala BPS Riau Budi menyebutkan'), and the title is the one `role` opens
    with: the deputy ('Wakil Kepala BPS'), an acting head or another post of the body is
    another official than the head named later."""
    first = re.match(r"[A-Z][\w'’-]*", body[mention.start:mention.end])  # 'Kepala BPS': the head's title is the mention
    before = re.search(r"(?:([A-Z][\w.'’-]*)\s{1,3})?([A-Z][\w'’-]*)\.?\s{1,3}$", body[max(floor, mention.start - 40):mention.start])
    if first is not None and fold(first.group()) in openers:
        title = [first.group()]
        prefix = before.group(2) if before else None  # 'Wakil Kepala BPS'
    elif before is not None and fold(before.group(2)) in openers:
        title, prefix = [before.group(2)], before.group(1)
    else:
        return False
    if prefix and fold(prefix.rstrip(".")) in {fold(w) for w in lex.list("title_modifier_words")}:
        title.insert(0, prefix)
    said = fold(expand_title(lex, " ".join(title)))  # ('Kakanwil setempat': the title 'Kepala Kantor Wilayah')
    if not role or not (fold(role).startswith(said + " ") or said != fold(" ".join(title)) and fold(role) == said):
        return False
    rest = fold(role)[len(said) + 1:].split()
    if rest and rest[0] in {fold(w) for w in lex.list("unit_head_words")}:
        return False  # 'Kepala Bidang X Dinas Y' is not the 'Kepala Dinas Y' the title alone said
    local = words_pattern(lex.list("local_qualifiers"))
    return re.match(rf"(?:\s+{local})?[ ,]*[a-z]", body[mention.end:mention.end + 40]) is not None


CITED_DATA_REASON = "the data the speaker cited in the sentence before"


def data_cited_before(lex: Lexicon, body: str, contexts: list[Context], segs: list[Segment], seg: Segment, speaker: Person,
                      text: str, quote, last_quote) -> str | None:
    """The body whose data the same speaker cited in the sentence right before, inside the same
    quote ('"Menurut data Balai X, ... . Jumlahnya 7 ribu ton," tutur Y') or in narration where he
    is named ('Kepala X, Budi, menyitir angka dari BPS Y. Menurut dia, ekspor ...'), when that
    body is not his own. The next figure he tells only (what he says after it is his again): one sentence, or
    more when those between carry no number, into his quote that opens the next paragraph ('Budi, yang
    mengutip data BPS X, menyebut ... . Menurut dia, harga naik.' then '"Jumlahnya merosot 4 persen," ujar
    Budi'); and not a sentence of his own plans or his own side (a target, a projection, a budget, 'kami',
    'pemerintah': `cited_data_breakers`)."""
    if not contexts:
        return None
    last, last_seg = contexts[-1], segs[len(contexts) - 1]
    quoted = quote is not None and quote is last_quote and last.speaker is speaker
    # ('Kepala X, Budi, menyitir angka dari BPS Y. Menurut dia, ekspor ...': he cited the data in
    # the narration right before, as its subject, and the narration goes on with his words)
    told = quote is None and last_quote is None and (last.speaker is speaker or last_seg.start <= speaker.start < last_seg.end)
    # ('Budi, yang mengutip data BPS X, menyebut ... . Menurut dia, harga ikut naik.' then a paragraph
    # that opens his quote, '"Jumlahnya merosot 4 persen ..."'): the citing covers the next figure he
    # tells; a sentence of his with no number between passes it on, his quote opening the next
    # paragraph takes it
    reason = last.why.get("agency", "")
    passed = reason.startswith(CITED_DATA_REASON) and last.speaker is speaker and not DIGITS.search(body, last_seg.start, last_seg.end)
    opens_quote = quote is not None and last_quote is None and quote.speaker is speaker and last.speaker is speaker \
        and seg.paragraph == last_seg.paragraph + 1 and quote.start - 1 <= seg.start and passed
    if not (quoted or told or opens_quote) or (last_seg.paragraph != seg.paragraph and not opens_quote) or not last.agency \
            or not (reason.startswith("source of the data") or passed):
        return None
    if passed and not reason.startswith("source of the data") and not (opens_quote or quoted) \
            and DIGITS.search(body, seg.start, seg.end):
        # ('... . Menurut dia, permintaan membaik. Asosiasinya membukukan 71 peti ...'): passed on through
        # his number-less narration, the citing reaches his quote only, not a figure he narrates later
        return None
    if told and lex.compiled(cited_data_contrast_regex).search(body, last_seg.start, last_seg.end):
        return None  # 'angka dari BPS X berbeda dengan catatan dinas': set against his own, not read out
    if lex.compiled(cited_data_breakers_regex).search(text):
        return None
    return None if same_body(last.agency, speaker.organization) else last.agency


DATA_NAMED_BACK_REASON = "what was just said, named as the data of"


def data_named_back(body: str, text: str, seg: Segment, segs: list[Segment], contexts: list[Context],
                    inside: list[OrgMention], regex) -> None:
    """'Ekspor jagung 2024 mencapai 120.000 ton, kata Sari. "Ini data BPS, bukan hitungan kami," ...':
    a sentence that names what was just said as the data of a body ('Ini data BPS', 'Angka itu
    merupakan data dari BPS X') gives that body to the figures told right before it by the same
    speaker (or by no one): the sentences back over this paragraph, or the paragraph before when it
    opens its own, that are carried on (the speaker's body, the report going on), not named for a
    body of their own."""
    here = len(contexts) - 1
    ctx = contexts[here]
    if not ctx.agency or not ctx.why.get("agency", "").startswith("source of the data"):
        return
    org = next((o for o in inside if o.name == ctx.agency), None)
    if org is None or not regex["data_is_of"].match(text, 0, org.start - seg.start):
        return
    paragraph = segs[here].paragraph
    if here > 0 and segs[here - 1].paragraph != paragraph:  # it opens its paragraph: the one before
        paragraph = segs[here - 1].paragraph
    earlier = here - 1
    while earlier >= 0 and segs[earlier].paragraph == paragraph and contexts[earlier].speaker is ctx.speaker \
            and (contexts[earlier].agency is None or contexts[earlier].agency_carried):
        other = contexts[earlier]
        other.agency, other.agency_carried = ctx.agency, False
        other.why["agency"] = f"{DATA_NAMED_BACK_REASON} {ctx.agency}"
        earlier -= 1


def cited_source_regex(lex: Lexicon) -> re.Pattern:
    """The text before a body that makes it the source a speaker cites, ending right before its
    name: a citing word (lexicon data_citing_words: 'berdasarkan', 'menurut', 'sesuai', 'mengutip',
    'merujuk pada') then a data noun (cited_data_nouns) with up to two qualifiers or a possessive
    ('data resmi', 'data milik'), a passive relative ('catatan yang telah dihimpun oleh') or a source
    preposition; or a release verb after it ('seperti dirilis', 'sebagaimana dilaporkan oleh').
    A body only mentioned ('usai BPS merilis data') or judged ('data BPS dinilai ...') has none."""
    citing = words_pattern(lex.list("data_citing_words"))
    nouns = words_pattern(lex.list("cited_data_nouns"))
    qualifiers = words_pattern(lex.list("data_qualifiers") + lex.list("data_possessives"))
    relative = words_pattern(lex.list("relative_pronouns"))
    adverbs = words_pattern(lex.list("actor_adverbs"))
    via = words_pattern(lex.list("data_source_prepositions"))
    released = words_pattern(lex.list("cited_release_verbs"))
    by = words_pattern(lex.list("agent_prepositions"))
    return re.compile(
        rf"\b{citing}\s++(?:{nouns}(?:\s++{qualifiers}){{0,2}}(?:(?:\s++{relative})?(?:\s++{adverbs}){{0,2}}\s++di[a-z]{{3,}})?"
        rf"(?:\s++{via})?|(?P<released>(?:{relative}\s++)?(?:{adverbs}\s++)?{released}(?:\s++{by})?))\s++$", re.I)


def cited_data_contrast_regex(lex: Lexicon) -> re.Pattern:
    """Words that set the data named against another record (lexicon cited_data_contrast_words:
    'berbeda dengan catatan dinas'): the sentence compares, it does not read the data out."""
    return re.compile(r"\b" + words_pattern(lex.list("cited_data_contrast_words")), re.I)


def cited_data_breakers_regex(lex: Lexicon) -> re.Pattern:
    """Words that make a sentence the speaker's own, not the data he cited before: the target and
    projection words, `cited_data_breakers` (budget words, 'kami', 'kita', the government) and
    `cited_data_own_report_verbs` ('dinas mencatat ...': his own report)."""
    words = lex.list("target_words") + lex.list("projection_words") + lex.list("cited_data_breakers") \
        + lex.list("cited_data_own_report_verbs")
    return re.compile(r"\b" + words_pattern(words), re.I)


def cites_data_in_briefing(text: str, why: str, floor: Briefing, contexts: list[Context], regex) -> bool:
    """'Menteri X mengatakan ... Ini ditandai, sesuai data yang telah dirilis BPS, ...': a body
    named as the source of data inside the sentence right after the one naming the speaker is
    cited by the speaker, who keeps the floor; the figure is the body's data, so the body is its
    agency. A sentence that opens with the data ('Berdasarkan data BPS, ...') is the narrator's."""
    return floor.speaker is not None and bool(contexts) and contexts[-1].named and contexts[-1].speaker is floor.speaker \
        and why.startswith("source of the data") and not regex["data_opening"].match(text)


def credit_lead_forward(lex: Lexicon, body: str, segs: list[Segment], contexts: list[Context]) -> None:
    """A news lead summarises the briefing that the next paragraph introduces ('Nilai ekspor
    Provinsi X turun 17 persen ...' then 'Kepala BPS X, Y, mengatakan ...'): when no sentence
    of the lead is attributed and the next paragraph opens by naming a speaker or the body
    reporting, the lead is theirs. Only the opening paragraph (after a photo caption, a headline,
    a byline or a date line kept in the text: `page_furniture`) is a lead. An official who tells
    one of its amounts again later (`restates_the_lead`) names himself as its source."""
    credit = lex.compiled(photo_credit_regex)
    order = list(dict.fromkeys(seg.paragraph for seg in segs))
    captions = {p for p in order if any(credit.search(body, s.start, s.end) for s in segs if s.paragraph == p)}
    captions |= page_furniture(body, segs)
    story = [p for p in order if p not in captions]
    if len(story) < 2:
        return
    lead, following = story[0], story[1]
    in_lead = [i for i, seg in enumerate(segs) if seg.paragraph == lead]
    opener = next(i for i, seg in enumerate(segs) if seg.paragraph == following)
    source, at = contexts[opener], opener
    told: list[Person | None] = []

    def restater() -> Person | None:  # found only when asked: it reads every amount after the lead
        if not told:
            told.append(restates_the_lead(lex, body, segs, contexts, lead_lines))
        return told[0]

    lead_lines = list(in_lead)
    if not (source.speaker or source.agency or source.why) and not turns_away(lex, body[segs[opener].start:segs[opener].end]):
        # 'Disusul tepung ... . Adapun ikan asin ..., papar Kepala Dinas X, Budi': the next paragraph
        # names its speaker after unattributed narration that goes on with the lead; they are his too
        later = next((i for i in range(opener + 1, len(segs)) if segs[i].paragraph == following
                      and (contexts[i].speaker or contexts[i].agency or contexts[i].why)), None)
        # one sentence of narration at most between, and the speaker an official (a role or a body), not
        # a trader the narration goes on to quote
        if later is not None and later - opener <= 1 and contexts[later].named and contexts[later].speaker is not None \
                and (contexts[later].speaker.role or contexts[later].speaker.organization):
            in_lead = in_lead + list(range(opener, later))
            source, at = contexts[later], later
        elif later is None:
            in_lead, at = narration_before_first_official(lex, body, segs, contexts, story, in_lead, at, restater)
            source = contexts[at]
    official_in_lead(lex, body, segs, contexts, in_lead)
    body_in_lead(lex, body, segs, contexts, in_lead)
    if any(contexts[i].speaker or contexts[i].agency or contexts[i].why for i in in_lead):
        lead_of_the_bodys_official(contexts, in_lead, source)
        government_lead_of_its_office(lex, body, segs, contexts, in_lead, source, at)
        return  # attributed, or told in passing: the lead speaks for itself
    # ('Kenaikan itu terjadi saat harga tinggi, seperti dilaporkan Kementerian X': the release covers its
    # own sentence's clause, not the lead)
    named_agency = source.agency and not source.why.get("agency", "").startswith(("continues", RELEASED_REASON))
    if not (source.named or named_agency or introduced_there(segs, contexts, at)):
        return
    if source.speaker is None and source.why.get("agency", "").startswith(REPORTED_BACK_REASON) \
            and not told_of_the_bodys(lex, source.agency, " ".join(body[segs[i].start:segs[i].end] for i in in_lead)):
        return  # (the body named after its data in the next paragraph: its field and its place, as body_in_lead)
    who = source.speaker.name if source.speaker else source.agency
    told_again = source.speaker is not None and restater() is not None and restater().name == source.speaker.name
    for i in in_lead:
        ctx = contexts[i]
        ctx.speaker, ctx.agency, ctx.agency_carried = source.speaker, source.agency, False
        if told_again:
            ctx.why["speaker"] = f"{LEAD_TOLD_AGAIN_REASON} ({who})"
            if source.agency:
                ctx.why["agency"] = f"{LEAD_TOLD_AGAIN_REASON}: his body ({source.agency})"
            continue
        if source.speaker:
            ctx.why["speaker"] = f"the lead of the briefing the next paragraph opens ({who})"
        if source.agency:
            ctx.why["agency"] = f"{LEAD_REPORT_REASON} ({source.agency})"


LEAD_TOLD_AGAIN_REASON = "the lead of the official who tells its amount again later"
LEAD_REPORT_REASON = "the lead of the report the next paragraph opens"


def official_in_lead(lex: Lexicon, body: str, segs: list[Segment], contexts: list[Context], in_lead: list[int]) -> None:
    """'Provinsi X melampaui target ekspornya hingga 109 persen. ... Menurut Kepala Bidang Y, Budi,
    pencapaian ini ...': the sentences of the lead before the first one attributed are told for
    the official that sentence names, when it refers back to them (`refers_back`)."""
    first = next((k for k, i in enumerate(in_lead) if contexts[i].speaker or contexts[i].agency or contexts[i].why), None)
    if not first:
        return
    source = contexts[in_lead[first]]
    told = " ".join(body[segs[i].start:segs[i].end] for i in in_lead[:first])
    if not source.named or source.speaker is None or not (source.speaker.role or source.speaker.organization) \
            or not refers_back(lex, body, segs[in_lead[first]], source.agency or source.speaker.organization) \
            or not about_his_body(lex, source.agency or source.speaker.organization, told):
        return
    for i in in_lead[:first]:
        contexts[i].speaker, contexts[i].agency, contexts[i].agency_carried = source.speaker, source.agency, False
        contexts[i].why["speaker"] = f"the lead the official named after it refers back to ({source.speaker.name})"
        if source.agency:
            contexts[i].why["agency"] = f"the lead the official named after it refers back to ({source.agency})"


def body_in_lead(lex: Lexicon, body: str, segs: list[Segment], contexts: list[Context], in_lead: list[int]) -> None:
    """'Ekspor kopi Provinsi X pada triwulan III mencapai USD 31 juta. Badan Y mencatat sebagian besar
    kopi dikapalkan ke Eropa.': the sentences of the lead before the first one attributed are the report
    of the body that sentence names as the subject of a reporting verb or as the source of its data,
    with no speaker of its own, when the lead's attributed sentences name that body alone, the
    narration tells of the body's field or names it (`about_his_body`: not a council or an
    association commenting), of no place outside the body's (`told_of_its_place`: not the nation's
    figure before a province's office), and the body's sentence neither judges it (lexicon
    evaluative_speech_verbs) nor turns away from it (`turns_away`). The body only: who speaks for
    it is found after (`lead_of_the_bodys_official`, `credit_body_to_official`)."""
    first = next((k for k, i in enumerate(in_lead) if contexts[i].speaker or contexts[i].agency or contexts[i].why), None)
    if not first:
        return
    here = in_lead[first]
    source, agency = contexts[here], contexts[here].agency
    if source.speaker is not None or not source.agency_named or not agency \
            or not source.why.get("agency", "").startswith(BODY_REPORTING_REASONS):
        return
    if any(contexts[i].speaker is not None or contexts[i].agency not in (None, agency) for i in in_lead[first:]):
        return
    text = body[segs[here].start:segs[here].end]
    if turns_away(lex, text) or lex.compiled(sense_patterns)["judging"].search(text):
        return
    told = " ".join(body[segs[i].start:segs[i].end] for i in in_lead[:first])
    if not told_of_the_bodys(lex, agency, told) or tells_of_another_scope(lex, agency, told, text):
        return
    for i in in_lead[:first]:
        contexts[i].agency, contexts[i].agency_carried = agency, False
        contexts[i].why["agency"] = f"the lead of the body reporting in the sentence after it ({agency})"


DATA_TITLE_REACH = 100  # a data noun, a title of up to four words, its short form in brackets and 'di' before a body
BODY_REPORTING_REASONS = ("subject of a reporting verb", "source of the data")


def tells_of_another_scope(lex: Lexicon, agency: str, told: str, text: str) -> bool:
    """The body's own sentence tells of a scope the narration before it does not: the nation
    ('Kementerian X mencatat ekspor nasional ...' after a province's figure; lexicon
    national_scope_words), a province or regency that is neither the narration's nor the body's
    ('BPS Provinsi X mencatat ekspor Provinsi Y ...'), or other years ('pada 2023' before '... pada
    2025'). It reports another figure, not the lead's."""
    national = lex.compiled(national_scope_pattern)
    if national.search(text) and not national.search(told):
        return True
    known = {m.place.name for m in find_places(lex, told + " " + agency)}
    if any(m.place.kind in ("province", "regency") and m.place.name not in known for m in find_places(lex, text)):
        return True
    years, own = set(re.findall(YEAR, told)), set(re.findall(YEAR, text))
    return bool(years and own and not years & own)


def told_of_the_bodys(lex: Lexicon, agency: str, told: str) -> bool:
    """The narration tells of the body's field (`about_his_body`) and of no place outside its own
    (`told_of_its_place`), a dateline before it left out ('PALU - ...': where the news was written)."""
    if looks_like_dateline(told):
        told = told[GENERIC_DATELINE.match(told).end():]
    return about_his_body(lex, agency, told) and told_of_its_place(lex, agency, told)


def told_of_its_place(lex: Lexicon, agency: str, told: str) -> bool:
    """The narration tells of no place outside the body's: a body whose name names a province
    takes narration of that province or of a regency in it, one whose name names a regency or a
    city narration of that place only, and neither takes narration of the nation (lexicon
    national_scope_words: 'ekspor nasional', 'ekspor RI'), of a foreign country other than as the
    region's partner ('Ekspor Malaysia naik', not 'ekspor ke Malaysia': lexicon partner_country_words)
    or of another province or regency. A body whose name
    names no place (a ministry, an office named by its port) takes narration of any place."""
    own = [m.place for m in find_places(lex, agency) if m.place.kind in ("province", "regency")]
    if not own:
        return True
    if lex.compiled(national_scope_pattern).search(told):
        return False
    partner = lex.compiled(partner_country_pattern)
    money: list[tuple[int, int]] | None = None  # the currency names, found only when a foreign country is met

    def in_money(at: int) -> bool:
        nonlocal money
        if money is None:
            money = [(c.start(), c.end()) for c in lex.compiled(currency_name_pattern).finditer(told)]
        return any(start <= at < end for start, end in money)

    if any(m.place.kind == "country" and m.place.iso != "ID" and not partner.search(
        told[max(0, told.rfind(". ", 0, m.start), m.start - PARTNER_REACH):m.start])
           and not in_money(m.start)
           for m in find_places(lex, told)):
        return False  # ('Ekspor Malaysia naik ...': another country's figure; 'ekspor ke Malaysia' is the region's)
    names = {p.name for p in own}
    provinces = {p.name for p in own if p.kind == "province"}
    return all(m.place.name in names or m.place.kind == "regency" and m.place.province in provinces
               for m in find_places(lex, told) if m.place.kind in ("province", "regency"))


def partner_country_pattern(lex: Lexicon) -> re.Pattern:
    return re.compile(r"\b" + words_pattern(lex.list("partner_country_words")), re.I)


def currency_name_pattern(lex: Lexicon) -> re.Pattern:
    """A currency named with its country ('1,13 juta dolar Amerika Serikat', 'dolar AS', 'dolar
    Singapura': lexicon currencies, their `after` words of more than one word): the country in it
    is the money's, not a place the narration tells of."""
    names = [t for cur in lex.words.get("currencies", []) or [] for t in cur.get("after", []) or [] if " " in str(t)]
    return re.compile(r"\b" + words_pattern(names), re.I)


PARTNER_REACH = 60  # 'ke Singapura, Malaysia, dan Tiongkok': the partner word before a list of countries


def national_scope_pattern(lex: Lexicon) -> re.Pattern:
    return re.compile(r"\b" + words_pattern(lex.list("national_scope_words")), re.I)


NARRATED_PARAGRAPHS = 4  # story paragraphs of plain narration after the lead that an official's briefing may open


def narration_before_first_official(lex: Lexicon, body: str, segs: list[Segment], contexts: list[Context],
                                    story: list[int], in_lead: list[int], source: int,
                                    restater=lambda: None) -> tuple[list[int], int]:
    """'Realisasi PAD Kabupaten X baru 48 persen ... .' and more paragraphs of plain narration, then
    'Kepala Bidang ... Badan Y, Budi, mengatakan ...': the report the article opens with is the
    briefing of the first official it names, when nothing before him is attributed or turns to
    another matter, his paragraph opens by naming him (as the subject of a speech verb, or in
    the attribution of the quote it opens with) and that sentence refers back to what was told
    ('capaian tersebut', 'angka ini': `refers_back`), or he is the one who tells an amount of the
    lead again (`restater()`, see `restates_the_lead`); an official who goes on to other figures does
    not take the narration before him. At most NARRATED_PARAGRAPHS paragraphs of
    narration after the lead; otherwise the lead and the source (the index of its sentence) stay
    as they were."""
    covered = list(in_lead)
    for paragraph in story[1:NARRATED_PARAGRAPHS + 2]:
        lines = [i for i, seg in enumerate(segs) if seg.paragraph == paragraph]
        if not lines:
            return in_lead, source
        opener = contexts[lines[0]]
        if opener.speaker or opener.agency or opener.why:
            if opener.speaker is None or not (opener.speaker.role or opener.speaker.organization):
                return in_lead, source
            named_agency = opener.agency and opener.why.get("agency", "").startswith("the speaker's body")
            told = " ".join(body[segs[i].start:segs[i].end] for i in covered)
            if not (opener.named or named_agency or introduced_there(segs, contexts, lines[0])) \
                    or not told_of_the_bodys(lex, opener.agency or opener.speaker.organization, told):
                return in_lead, source
            if refers_back(lex, body, segs[lines[0]], opener.agency or opener.speaker.organization):
                return covered, lines[0]
            again = restater()  # (or he tells a lead amount again)
            return (covered, lines[0]) if again is not None and again.name == opener.speaker.name else (in_lead, source)
        if turns_away(lex, body[segs[lines[0]].start:segs[lines[0]].end]) \
                or any(contexts[i].speaker or contexts[i].agency or contexts[i].why for i in lines):
            return in_lead, source
        covered += lines
    return in_lead, source


def introduced_there(segs: list[Segment], contexts: list[Context], here: int) -> bool:
    """The speaker of sentence `here` is introduced in it, with his name, by the attribution of the
    quote it opens ('"...," kata Kepala Dinas X, Budi'): as named there as the subject of a speech
    verb, when he is an official (a role or a body)."""
    person = contexts[here].speaker
    return person is not None and bool(person.role or person.organization) \
        and segs[here].start <= person.start < segs[here].end


def restates_the_lead(lex: Lexicon, body: str, segs: list[Segment], contexts: list[Context],
                      in_lead: list[int]) -> Person | None:
    """The official who tells an amount of the lead again later (the same amount and unit, in a
    quote of his or in speech reported for him: 'Ekspor X mencapai USD 14,8 juta ...', then '"Dari
    USD 14,8 juta itu, ...," ujar Kepala Dinas Y'): the lead is his briefing's. None when no one
    does, or when two people each tell one of them again (whose briefing it is, the text does not
    say). The amount must be told in the same sense (`same_sense`: the same measure, kind and
    year), and a sentence that judges it ('X menilai capaian Rp 5,6 miliar itu ...': lexicon
    evaluative_speech_verbs) comments on it, it does not tell it. Amounts written with one digit
    ('Rp 5 miliar'), and percentages with fewer than three ('12 persen'), tell too little to be
    sure it is the same one."""
    if not in_lead:
        return None
    told = [(segs[i], a) for i in in_lead for a in find_amounts(lex, body, segs[i].start, segs[i].end)
            if significant(a.value) >= (RESTATED_MIN_PERCENT_DIGITS if a.unit == "percent" else RESTATED_MIN_DIGITS)]
    if not told:
        return None
    judging = lex.compiled(sense_patterns)["judging"]
    who: dict[str, Person] = {}
    for i in range(max(in_lead) + 1, len(segs)):
        person = contexts[i].speaker
        if person is None or not (person.role or person.organization) or person.name in who \
                or judging.search(body, segs[i].start, segs[i].end):
            continue
        if any((a.unit, a.value) == (b.unit, b.value) and same_sense(lex, body, lead, b, segs[i], a)
               for a in find_amounts(lex, body, segs[i].start, segs[i].end) for lead, b in told):
            who[person.name] = person
    return next(iter(who.values())) if len(who) == 1 else None


RESTATED_MIN_DIGITS = 2  # an amount told again with fewer significant digits may be another one of that size
RESTATED_MIN_PERCENT_DIGITS = 3  # '12 persen' of a rise and '12 persen' of the cooperatives that export


def same_sense(lex: Lexicon, body: str, one: Segment, first: Amount, other: Segment, second: Amount) -> bool:
    """Two tellings of one amount tell the same thing: neither is a target or an allocation the other
    is not ('target PAD 2025 dipatok Rp 5,6 miliar' is no realisation of Rp 5,6 miliar; lexicon
    target_words, allocation_nouns), their sentences name no years that differ, and the measures
    named last before them are of one kind when both name one (lexicon lead_measures: 'penanaman
    modal' and 'investasi' are one, 'nilai penjualan' and 'anggaran' are not)."""
    kinds = lex.compiled(sense_patterns)

    def sense(seg: Segment, amount: Amount) -> tuple[bool, set[str], str | None]:
        before = body[seg.start:amount.start]
        named = [m for m in kinds["measure"].finditer(before)]
        measure = kinds["groups"].get(" ".join(fold(named[-1].group(0)).split())) if named else None
        return bool(kinds["target"].search(before)), set(re.findall(YEAR, body[seg.start:seg.end])), measure

    (target, years, measure), (target2, years2, measure2) = sense(one, first), sense(other, second)
    return target == target2 and not (years and years2 and not years & years2) \
        and not (measure and measure2 and measure != measure2)


def sense_patterns(lex: Lexicon) -> dict:
    groups = {fold(word): kind for kind, words in lex.mapping("lead_measures").items() for word in words}
    return {"target": re.compile(r"\b" + words_pattern(lex.list("target_words") + lex.list("allocation_nouns")), re.I),
            "measure": re.compile(r"\b" + words_pattern(list(groups)), re.I), "groups": groups,
            # a sentence that evaluates an amount ('menilai'): a comment on it, no telling again
            "judging": re.compile(r"\b" + words_pattern(lex.list("evaluative_speech_verbs")), re.I)}


def refers_back(lex: Lexicon, body: str, seg: Segment, agency: str | None = None) -> bool:
    """The sentence that names the official refers back to the narration before it with a measure
    noun and a demonstrative ('capaian tersebut', 'angka ini'; lexicon back_reference_nouns), and
    does not open with a contrast or a break ('Sementara itu, ...': `turns_away`); or, for the official
    of `agency`, it opens by going on with what was told and states a figure of his body's field
    itself ('"Begitu juga ekspor migas naik 12 persen ...," kata Kepala X': lexicon
    telling_continuation_openers, `about_his_body` on the quote), the same telling, not another
    matter ('"Begitu juga pelatihan UMKM yang kami gelar," kata ...')."""
    text = body[seg.start:seg.end]
    if agency and lex.compiled(telling_continuation_pattern).match(text):
        quote = re.match(r"[^”\"]*+", text.lstrip("“\" ")).group()  # (the quote alone: the attribution names the body)
        if STATED_FIGURE.search(quote) and about_his_body(lex, agency, quote):
            return True
    return not turns_away(lex, text) and bool(lex.compiled(back_reference_pattern).search(text))


STATED_FIGURE = re.compile(rf"(?<![\w.,/])(?!{YEAR}\b)\d[\d.,]*+")  # a number, not a year ('gudang yang dibangun 2024')


def telling_continuation_pattern(lex: Lexicon) -> re.Pattern:
    return re.compile(r"\W*+" + words_pattern(lex.list("telling_continuation_openers")), re.I)


def back_reference_pattern(lex: Lexicon) -> re.Pattern:
    # a measure or period word may qualify the noun ('kenaikan bulanan ini', 'capaian ekspor
    # tersebut'; lexicon back_reference_qualifiers), never any word ('hasil rapat tersebut')
    return re.compile(r"\b" + words_pattern(lex.list("back_reference_nouns")) + r"(?:\s+"
                      + words_pattern(lex.list("back_reference_qualifiers")) + r")?\s+"
                      + words_pattern(lex.list("demonstratives")) + r"\b", re.I)


def field_verb_prefixes(lex: Lexicon) -> str:
    return words_pattern([fold(p) for p in lex.list("field_verb_prefixes")], suffix="")


def field_measure_regexes(lex: Lexicon) -> dict[str, re.Pattern]:
    """Each measure word of lexicon body_field_measures, folded, also after a verb prefix (field_verb_prefixes)."""
    prefixes = lex.compiled(field_verb_prefixes)
    return {m: re.compile(r"\b(?:" + prefixes + r")?" + re.escape(fold(m)) + r"\w*")
            for measures in lex.mapping("body_field_measures").values() for m in measures or ()}


def about_his_body(lex: Lexicon, agency: str | None, told: str) -> bool:
    """The narration is about the official's body: it names the body (by its name or an alias the
    lexicon knows), or tells of a measure the body's field reports (lexicon body_field_measures:
    'ekspor' for a trade office, 'investasi' for an investment office), also as a verb ('mengekspor',
    'diimpor', 'berinvestasi': lexicon field_verb_prefixes). A word of the body's name
    alone is not enough ('industri' of a chamber of commerce and industry, 'usaha kecil' of a
    cooperatives office), and a body commenting on what another told is not its source."""
    if not agency:
        return False
    folded = fold(told)
    measure_said = lex.compiled(field_measure_regexes)

    def said(word: str) -> bool:  # ('Provinsi X mengekspor ...', 'yang diekspor': the field word as a verb)
        return bool(measure_said[word].search(folded))

    known = lex.organization(agency)
    if any(re.search(r"\b" + re.escape(fold(name)) + r"\b", folded)
           for name in [agency] + (known.aliases if known else []) if len(name) >= 3):
        return True
    measures = {fold(k): v for k, v in lex.mapping("body_field_measures").items()}
    return any(said(m) for word in re.findall(r"\w+", agency) for m in measures.get(fold(word), ()))


def turns_away(lex: Lexicon, text: str) -> bool:
    """'Sementara itu, ...', 'Di sisi lain, ...', 'Secara terpisah, ...': a sentence opening with a
    contrast or a break turns to another matter, not going on with the lead."""
    return bool(lex.compiled(turns_away_regex).match(text))


def turns_away_regex(lex: Lexicon) -> re.Pattern:
    """`turns_away`'s pattern, made once per lexicon."""
    words = lex.list("briefing_break_openers") + lex.list("contrast_clause_openers")
    return re.compile(r"\W*+" + words_pattern(words), re.I)


FURNITURE_WORDS = 4  # a line this short with no sentence end is page furniture ('Kota X 53 Dilihat'), not the lead


def page_furniture(body: str, segs: list[Segment]) -> set[int]:
    """Paragraphs of one line without a sentence end that are no story: anywhere a short one (a
    view counter, a section name) or a byline of parts ('REPORTER/EDITOR: X | Kota | outlet',
    'Penulis: X | Editor: Y'); above the first story paragraph also a headline kept in the text
    (its words capitalised), another byline ('Oleh X') or a date line ('Kamis, 3 Oktober 2024 |
    10:05 WIB'), which only a page's top holds: further down, a line opening with 'Oleh' or written
    in capitals is a paragraph of the story, and so is one that opens with the dateline ('KOTA X -
    Pemerintah Provinsi Y Mencatat ...'). No lead, and nothing a lead's credit stops at."""
    lines: dict[int, list[Segment]] = {}
    for seg in segs:
        lines.setdefault(seg.paragraph, []).append(seg)
    furniture, top = set(), True
    for p, found in lines.items():
        line = body[found[0].start:found[0].end].strip()
        one_line = len(found) == 1 and not re.search(r"[.!?:\"”]$", line) and not opens_with_dateline(body, found[0])
        if one_line and (len(line.split()) <= FURNITURE_WORDS or byline_of_parts(line)
                         or top and (title_cased(line) or is_byline(line) or date_line(line))) \
                or top and len(found) == 1 and portrait_caption(line, body[found[0].end:]):
            furniture.add(p)
        else:
            top = False
    return furniture


def portrait_caption(line: str, rest: str) -> bool:
    """'Kepala Dinas X Kabupaten Y, Nama.': a line of a title and a name alone, under the photo of the
    one named (no verb, no number, its words capitalised), heads the page; it is no lead. The name,
    one to four words (a single name is common), comes back in the text after it (`rest`), as the official's: 'Kepala Dinas X,
    Nama Meninjau Gudang.' (a headline's verb capitalised) is no caption."""
    found = PORTRAIT_CAPTION.fullmatch(line)
    return bool(found) and title_cased(line) and re.search(r"\b" + re.escape(found.group("name")) + r"\b", rest) is not None


PORTRAIT_CAPTION = re.compile(r"[A-Z][^\d.!?,;:“”\"]{2,160},\s*+(?P<name>[A-Z][\w'’-]*+(?:\.?\s[A-Z][\w'’-]*+){0,3})\.?")


def byline_of_parts(line: str) -> bool:
    """'REPORTER/EDITOR: X | KOTA | outlet', 'Penulis: X | Editor: Y': a byline word, in any case,
    and parts set apart by bars or dots, a shape no paragraph of a story has."""
    return bool(BYLINE_ANY_CASE.match(line)) and len(BYLINE_PARTS.split(line.strip())) > 1


BYLINE_ANY_CASE = re.compile(BYLINE.pattern, re.I)


def opens_with_dateline(body: str, seg: Segment) -> bool:
    """The paragraph opens with the dateline ('BANDUNG - Pemerintah Provinsi X Mencatat ...') and a
    sentence's worth of words after it: the story's first paragraph, however it is capitalised, not
    a byline ('Nama Penulis - outlet')."""
    opening = body[body.rfind("\n", 0, seg.start) + 1:seg.end]
    dateline = GENERIC_DATELINE.match(opening)
    return bool(dateline) and looks_like_dateline(opening) and len(opening[dateline.end():].split()) > FURNITURE_WORDS


def credit_body_to_official(lex: Lexicon, body: str, segs: list[Segment], contexts: list[Context]) -> None:
    """'Kantor X diberi target Rp 4 miliar. Kepala Seksi ... Kantor X, Budi mengungkapkan, ...':
    sentences of a paragraph reported for a body with no speaker, right before the sentence
    that introduces an official of that body (as the subject of a speech verb, or where a quote
    is attributed to him: '"...," kata Kepala X Budi'), open his briefing and are told for him.
    When his introduction opens the next paragraph, without turning to another matter
    (`turns_away`), and he heads the body, not a unit or part of it (`heads_the_body`), the
    body's whole report right before it is his (`bodys_report_before`): 'Balai X mencatat ekspor
    ...' then '"...," ujar Kepala Balai X, Budi'."""
    for here, ctx in enumerate(contexts):
        if not (ctx.speaker and ctx.speaker.organization):
            continue
        if not (ctx.named or introduced_there(segs, contexts, here)):
            continue  # ('"...," kata Kepala X Budi': a quote whose attribution introduces him counts too)
        office = ctx.speaker.organization
        first = here  # ('"A. B," ujar Kepala X, Budi': the quote his introduction closes opens with A)
        while first > 0 and segs[first - 1].paragraph == segs[here].paragraph and contexts[first - 1].speaker is ctx.speaker \
                and contexts[first - 1].why.get("speaker", "").startswith("inside a quote"):
            first -= 1
        opens = first > 0 and segs[first - 1].paragraph != segs[first].paragraph and heads_the_body(lex, ctx.speaker) \
            and not turns_away(lex, body[segs[first].start:segs[first].end])
        if opens:
            taken = bodys_report_before(lex, body, segs, contexts, first, office)
        else:
            taken, earlier = [], here - 1
            while earlier >= 0 and segs[earlier].paragraph == segs[here].paragraph and contexts[earlier].speaker is None \
                    and of_body(contexts[earlier].agency, office):
                taken.append(earlier)
                earlier -= 1
        for i in taken:
            other = contexts[i]
            # 'pemkab membidik X. Target itu, kata Kepala Dinas Y, ...': the government's own act, which he
            # tells only when his sentence refers back to it (not 'Sementara itu, anggaran dinas ..., ujar Y')
            government_act = not opens and other.agency != office and (other.agency or "").startswith(GOVERNMENT)
            if government_act and not refers_back(lex, body, segs[here], office):
                continue
            if other.agency != office and not government_act:
                other.agency, other.why["agency"] = office, f"the report his opening sentence refers back to ({office})"
            other.speaker = ctx.speaker
            other.why["speaker"] = f"opens the briefing of {ctx.speaker.name}, of the body reporting"


def bodys_report_before(lex: Lexicon, body: str, segs: list[Segment], contexts: list[Context], first: int,
                        office: str) -> list[int]:
    """The body's report right before the paragraph its head's introduction opens, all of it or none:
    the sentences back from there reported for his very office with no speaker (not a regional
    government's report and the head of one of its offices, nor the national body's data and the
    head of a regional office), across paragraphs. A report only carried on from a regional
    government's sentence, 'Pemkab X membentuk ...', is his office's when his opening sentence
    refers back to it, '"Kenaikan itu ...," ujar Kepala Dinas Y', and it tells of his office's field
    (`about_his_body`): the paragraph before his, no further. None of it when a sentence of it is the body's data the narrator cites or
    names another official of the body by a title (`reported_by_the_body`: 'Data X mencatat ...'),
    when a paragraph of it after its first turns to another matter ('Sementara itu, impor ...':
    the narrator going through the figures, not one briefing), or when it runs over more than
    NARRATED_PARAGRAPHS + 1 paragraphs."""
    carried = refers_back(lex, body, segs[first], office) and about_his_body(lex, office, " ".join(
        body[s.start:s.end] for s in segs if s.paragraph == segs[first - 1].paragraph))
    run, earlier = [], first - 1
    while earlier >= 0 and contexts[earlier].speaker is None:
        other = contexts[earlier]
        if not (other.agency == office or carried and of_body(other.agency, office)
                and other.why.get("agency", "").startswith("continues the report of")
                and segs[earlier].paragraph == segs[first - 1].paragraph):  # (carried on in that paragraph only)
            break
        run.append(earlier)
        earlier -= 1
    paragraphs = list(dict.fromkeys(segs[i].paragraph for i in reversed(run)))
    if len(paragraphs) > NARRATED_PARAGRAPHS + 1 or not all(reported_by_the_body(lex, body, segs[i]) for i in run):
        return []
    openings = [next(i for i in reversed(run) if segs[i].paragraph == p) for p in paragraphs[1:]]
    if any(turns_away(lex, body[segs[i].start:segs[i].end]) for i in openings):
        return []
    return run


def reported_by_the_body(lex: Lexicon, body: str, seg: Segment) -> bool:
    """The body reports the sentence itself: no official of it is named there by a title alone
    ('Wakil Kepala BPS setempat menyebutkan ...': another official than the head named after it),
    and it is not the body's data that the narrator cites ('Data BPS menyebutkan ...')."""
    text = body[seg.start:seg.end]
    if lex.compiled(attribution_regexes)["data_opening"].match(text):
        return False
    openers = lex.compiled(title_opening_words)
    return not any(fold(w) in openers for w in re.findall(r"\b[A-Z][\w'’-]*", text))


def heads_the_body(lex: Lexicon, person: Person) -> bool:
    """His title heads his body: the head title the organisations file gives his body
    (`holds_head_post`), or a title of a body's head (lexicon body_head_titles: 'Kepala Balai X',
    'Direktur Utama PT Y'), also as its acting holder ('Plt. Kepala Dinas X': acting_title_words);
    not the head of one of its units ('Kepala Seksi ... Balai X': unit_head_words), of a part of it
    ('Direktur Jenderal X Kementerian Y': part_head_titles), nor a deputy ('Wakil Kepala X':
    deputy_title_words), nor any other official of it ('Koordinator Fungsi ...', 'Sekretaris Dinas ...')."""
    if not person.role:
        return False
    acting, units, heads, others = lex.compiled(head_title_words)
    role = person.role[acting.match(person.role).end():] if acting.match(person.role) else person.role
    if any(fold(w) in units for w in re.findall(r"\w+", role)):
        return False
    role = " ".join(fold(role).split())
    opening = max((t for t in heads + others if role == t or role.startswith(t + " ")), key=len, default=None)
    if opening in others:
        return False  # ('Direktur Utama' is a head's title, 'Direktur' alone a part's: the longest title decides)
    known = lex.organization(person.organization) if person.organization else None
    return opening is not None or (known is not None and holds_head_post(replace(person, role=role), known))


def head_title_words(lex: Lexicon):
    """`heads_the_body`'s words, made once per lexicon: the acting-title pattern, the unit head
    words, the body head titles and the other officials' titles (folded)."""
    acting = re.compile(r"\s*+" + words_pattern(lex.list("acting_title_words"), suffix=r"\.?(?:\s+|$)"), re.I)
    units = {fold(w) for w in lex.list("unit_head_words")}
    heads = [fold(t) for t in lex.list("body_head_titles")]
    others = [fold(t) for t in lex.list("part_head_titles") + lex.list("deputy_title_words")]
    return acting, units, heads, others


def lead_of_the_bodys_official(contexts: list[Context], in_lead: list[int], source: Context) -> None:
    """'Kementerian X menargetkan ... 29 persen.' then '"...," ujar Menteri X Budi': a lead that
    reports for a body and names nobody is told for the official of that body who speaks in the
    next paragraph; the body stays its agency."""
    bodies = {contexts[i].agency for i in in_lead}
    speaker = source.speaker
    if len(bodies) != 1 or None in bodies or any(contexts[i].speaker for i in in_lead) or speaker is None \
            or not of_body(next(iter(bodies)), speaker.organization):
        return
    for i in in_lead:
        contexts[i].speaker = speaker
        contexts[i].why["speaker"] = f"the lead of the briefing the next paragraph opens ({speaker.name})"


GOVERNMENT_LEAD_REASON = "the lead of the government's data its office's official tells"


def government_lead_of_its_office(lex: Lexicon, body: str, segs: list[Segment], contexts: list[Context],
                                  in_lead: list[int], source: Context, at: int) -> None:
    """'Pemkot X melaporkan realisasi investasi triwulan I mencapai Rp 11 miliar.' then 'Kepala Dinas
    Penanaman Modal ... Kota X, Budi, ...': a lead reporting data for a region's government, told by the
    head of the government's office that keeps those data (a unit of that government, `of_body`:
    a dinas, a badan of the region; government_units; its head: heads_the_body, not 'Sekretaris Dinas')
    in the next paragraph, is his office's report, he its speaker (lead_of_the_bodys_official). The
    office keeps the data when the lead tells a measure of its field (about_his_body: lexicon
    body_field_measures, 'investasi' for a Dinas Penanaman Modal) or when his paragraph takes the lead's
    figure back ('angka itu': refers_back); an office of another field only comments on it. A lead in
    which the government sets a target or a budget ('Pemerintah Kabupaten X menargetkan ...', '...
    melebihi target yang ditetapkan ...', 'Pemkab X mengalokasikan ...': lexicon target_setting_verbs,
    target_setting_passives, budget_setting_verbs) stays the government's: it sets its own
    aims, its office only tells them; and so does one told by the region's head or its secretariat
    (the government itself: same_body, of_government)."""
    bodies = {contexts[i].agency for i in in_lead}
    speaker = source.speaker
    if len(bodies) != 1 or speaker is None or not speaker.organization \
            or any(contexts[i].speaker is not speaker for i in in_lead):
        return
    government = next(iter(bodies))
    if not government or not government.startswith(GOVERNMENT) or same_body(government, speaker.organization) \
            or not of_body(government, speaker.organization) \
            or not fold(speaker.organization).startswith(lex.compiled(government_units)) \
            or fold(speaker.organization).startswith(lex.compiled(government_apparatus)) \
            or not heads_the_body(lex, speaker):
        return
    told = " ".join(body[segs[i].start:segs[i].end] for i in in_lead)
    if lex.compiled(target_setting_regex).search(told):
        return
    if not about_his_body(lex, speaker.organization, told) \
            and not any(refers_back(lex, body, seg) for seg in segs if seg.paragraph == segs[at].paragraph):
        return
    for i in in_lead:
        contexts[i].agency, contexts[i].agency_carried = speaker.organization, False
        contexts[i].why["agency"] = f"{GOVERNMENT_LEAD_REASON} ({speaker.organization})"


def government_apparatus(lex: Lexicon) -> tuple[str, ...]:
    """How the names of the government's own apparatus open (regional_agencies.yaml `of_government`:
    the Sekretariat Daerah): its officials speak for the government itself."""
    return tuple(fold(n) + " " for a in lex.regional_agencies if a.of_government and not a.parent
                 for n in [a.name, *a.aliases])


def target_setting_regex(lex: Lexicon) -> re.Pattern:
    """A verb of setting a target or a budget, active or passive (lexicon target_setting_verbs:
    'menargetkan', 'mematok'; target_setting_passives: 'target yang ditetapkan'; budget_setting_verbs:
    'mengalokasikan', 'menganggarkan')."""
    words = lex.list('target_setting_verbs') + lex.list('target_setting_passives') + lex.list('budget_setting_verbs')
    return re.compile(rf"\b{words_pattern(words)}", re.I)


def speakers_body_reason(person: Person) -> str:
    """'the speaker's body (Budi)', and how his body was found when no list names it."""
    how = f", {person.organization_why}" if person.organization_why else ""
    return f"the speaker's body ({person.name}{how})"


GOVERNMENT = "Pemerintah "


def of_body(body: str | None, organization: str | None) -> bool:
    """An official of `organization` works for `body`: the same body, or the government of the
    region his office serves ('Dinas X Provinsi Y' is of 'Pemerintah Provinsi Y')."""
    if same_body(body, organization):
        return True
    return bool(body and organization) and body.startswith(GOVERNMENT) \
        and organization.endswith(" " + body[len(GOVERNMENT):]) and not organization.startswith(GOVERNMENT)


def one_body_written_twice(one: str, other: str, joins: frozenset[str] = frozenset()) -> bool:
    """Two spellings of one body's name: its punctuation or a conjunction apart (`joins`, lexicon
    name_conjunctions: 'Dinas Pertanian, Pangan dan Perikanan X' and 'Dinas Pertanian Pangan dan
    Perikanan X'), or one of the names
    a body with two written with a slash ('Kementerian X/Badan Y' and 'Badan Y')."""
    def spellings(name: str) -> list[tuple[str, ...]]:
        return [tuple(w for w in re.findall(r"\w+", fold(part)) if w not in joins) for part in name.split("/")]
    return any(a and a == b for a in spellings(one) for b in spellings(other))


def body_name_joins(lex: Lexicon) -> frozenset[str]:
    """The conjunctions inside a body's name ('Dinas Perindustrian dan Perdagangan'), folded."""
    return frozenset(fold(w) for w in lex.list("name_conjunctions"))


def credit_backwards(lex: Lexicon, body: str, text: str, seg: Segment, segs: list[Segment], contexts: list[Context],
                     people: list[Person], quotes: list[QuoteSpan], regex,
                     inside: list[OrgMention] = ()) -> Person | None:
    """'Pernyataan itu disampaikan oleh Kepala Balai X Rudi', '..., demikian kata Rudi', 'Kepala
    Balai X Rudi mengungkapkan hal itu': what came before (this paragraph and the one before it) was his, the quote and its figures alike;
    returns him (None when the sentence names nobody so), as the speaker of the briefing that
    the narration after it goes on with. When the sentence names the data he told it from ('Data itu
    dipaparkan Ketua X, Budi, berdasarkan catatan Kementerian Y': `cited_source_regex`), what came
    before is that body's data, he its speaker (inside: the sentence's organisation mentions)."""
    said = regex["said_back"].match(text) or regex["said_back_active"].match(text)
    inline = None if said else regex["said_back_inline"].search(text)
    found = said or inline
    if not found:
        return None
    person = resolve_reference(lex, found.group("who"), people, seg.start + found.end("who"))
    apposed = APPOSED_NAME.match(text, found.end("who"))
    if person is None and apposed:  # 'dijelaskan Kepala Bidang X Dinas Y, Sari Wulandari, Senin'
        person = resolve_reference(lex, apposed.group("who"), people, seg.start + apposed.end("who"))
    if person is None:
        return None
    if found.re is regex["said_back_active"]:  # 'X mengungkapkan hal itu': the words after the name
        why = f"named after what was said ('... {' '.join(text[found.end('who'):found.end()].split())}')"
    else:
        why = f"named after what was said ('{' '.join(text[:found.start('who')].split()[-3:])} ...')"
    here = len(contexts) - 1
    contexts[here].speaker, contexts[here].named = person, True
    contexts[here].why["speaker"] = why
    cited = next((o.name for o in inside if not same_body(o.name, person.organization) and regex["cited_source"].search(
        text, max(0, o.start - seg.start - 60), o.start - seg.start)), None)
    first = said_back_first(body, segs, here, lambda i: not contexts[i].named
                            and not quoted_by_another(contexts[i], segs[i], person, quotes))
    start = segs[first].start
    for earlier in range(first, here):
        ctx = contexts[earlier]
        ctx.speaker, ctx.why["speaker"] = person, why
        if cited and cited_back_takes(lex, body, segs[earlier], ctx, person):  # the data he told it from is the body's
            ctx.agency, ctx.why["agency"], ctx.agency_carried = cited, f"{CITED_BACK_REASON} ({cited}, by {person.name})", False
        elif person.organization:
            ctx.agency, ctx.why["agency"], ctx.agency_carried = person.organization, speakers_body_reason(person), True
    if contexts[here].agency is None and person.organization:
        contexts[here].agency, contexts[here].why["agency"] = person.organization, speakers_body_reason(person)
        contexts[here].agency_carried = True
    for quote in quotes:
        if start <= quote.start < seg.start + found.start() and (quote.speaker is None or quote.why.startswith("fallback")):
            quote.speaker, quote.why = person, why
    return person


CITED_BACK_REASON = "told after it from the data of"


def cited_back_takes(lex: Lexicon, body: str, seg: Segment, ctx: Context, person: Person) -> bool:
    """Whether a sentence named back as told from another body's data ('Angka itu disampaikan Budi,
    berdasarkan data BPS') becomes that body's: only one that names no body of its own (none, or one
    carried to it: the teller's, the report going on); never one of his own plans or side (a target, a projection: `cited_data_breakers_regex`;
    'Kementerian X menargetkan ...' keeps X)."""
    if ctx.agency is not None and not ctx.agency_carried:
        return False
    return not lex.compiled(cited_data_breakers_regex).search(body, seg.start, seg.end)


def said_back_first(body: str, segs: list[Segment], here: int, takes) -> int:
    """The first sentence what is named after it (`credit_backwards`, `reported_back_by_body`) tells
    of: back from segs[here] over the sentences `takes(i)` accepts, within this paragraph and the one
    before it (`paragraph_before`), the lead too when that one follows it."""
    reach = paragraph_before(body, segs, here)
    if reach == 1:  # said after the lead and the paragraph that follows it: the lead is told too
        reach = 0
    first = here
    while first > 0 and segs[first - 1].paragraph >= reach and takes(first - 1):
        first -= 1
    return first


REPORTED_BACK_REASON = "named after what was reported"


def reported_back_by_body(lex: Lexicon, body: str, text: str, seg: Segment, segs: list[Segment],
                          contexts: list[Context], inside: list[OrgMention], regex) -> str | None:
    """'Data itu dilaporkan Kantor X dalam rapat evaluasi', 'Angka itu dirilis Badan Y', 'Angka itu
    berasal dari dokumen yang dikeluarkan Balai Z' (the body issued what it came from: lexicon
    issued_document_nouns, issuing_verbs): a body named after what was reported, where
    `credit_backwards` would name an official, when what it refers back to is its data
    (`reports_data_back`). The sentence and the narration before it that nobody is credited with
    (`said_back_first`) are the body's report, as far as that narration tells of the body's field
    (`about_his_body`, paragraph by paragraph) and of no place outside its own (`told_of_its_place`,
    sentence by sentence); no one speaks for it there. Returns the body (None when the sentence
    names none so)."""
    said = regex["said_back"].match(text)
    inline = None if said else regex["said_back_inline"].search(text)
    found = said or inline
    if not found:
        return None
    at = found.start("who")
    # ('Hal itu diungkapkan Kepala Dinas X saat kunjungan ...': the head's title alone before the body, no
    # name after it: he said it, whatever it was, for his office; named later, `name_the_official_titled_back`)
    # ('Hal tersebut diungkapkan Kepala BPS Sulsel, saat ...': a body whose mention holds its head's title, 'Kepala BPS
    # X' read whole as the office, is titled so too)
    head_alone = lex.compiled(head_title_alone_regex)
    titled = next((o for o in inside if (at < o.start - seg.start and head_alone.fullmatch(text, at, o.start - seg.start)
                                         or at == o.start - seg.start and body_after_head_title(lex, text, at, o.end - seg.start))
                   and not lex.compiled(name_after_body_regex).match(text, o.end - seg.start)), None)
    if titled is None and not reports_data_back(lex, text[found.start():at], inline is not None):
        return None
    org = titled or next((o for o in inside if o.start - seg.start == at
                          or at < o.start - seg.start and regex["said_back_agent"].fullmatch(text, at, o.start - seg.start)), None)
    if org is None:
        return None
    reason = f"{REPORTED_BACK_REASON} ('{' '.join(text[:found.start('who')].split()[-3:])} ...', {org.name})"
    if titled is not None:
        reason = f"{TITLED_BACK_REASON} '{text[at:titled.start - seg.start].strip()}' ({org.name})"
    here = len(contexts) - 1
    contexts[here].agency, contexts[here].agency_named, contexts[here].why["agency"] = org.name, True, reason
    fields: dict[int, bool] = {}

    def takes(i: int) -> bool:
        ctx = contexts[i]
        if ctx.speaker or ctx.agency or ctx.why:
            return False
        told = body[segs[i].start:segs[i].end]
        if looks_like_dateline(told):  # ('PALU - ...': where the news was written)
            told = told[GENERIC_DATELINE.match(told).end():]
        if segs[i].paragraph not in fields:  # the paragraph's narration before the body's sentence
            fields[segs[i].paragraph] = about_his_body(lex, org.name, " ".join(
                body[s.start:s.end] for s in segs[:here] if s.paragraph == segs[i].paragraph))
        return fields[segs[i].paragraph] and told_of_its_place(lex, org.name, told)

    first = said_back_first(body, segs, here, takes)
    for earlier in range(first, here):
        contexts[earlier].agency, contexts[earlier].why["agency"] = org.name, reason
    return org.name


TITLED_BACK_REASON = "named after what was said by the head's title alone"


def head_title_alone_regex(lex: Lexicon) -> re.Pattern:
    """A head's title (lexicon body_head_titles, capitalised; a deputy's or an acting one's word before
    it, title_modifier_words) and nothing else, before a body's name: 'Kepala ', 'Plt. Kepala '."""
    heads = words_pattern(lex.list("body_head_titles"), suffix="")
    modifiers = words_pattern(lex.list("title_modifier_words"), suffix="")
    return re.compile(rf"(?:{modifiers}\.?[ \t]{{1,3}})?{heads}[ \t]{{1,3}}")


def body_after_head_title(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """text[start:end], one mention of a body, opens with a head's title and goes on with the body's own name ('Kepala
    BPS Sulsel', 'Kepala Badan Pusat Statistik (BPS) Sulsel': its first word a body the lexicon knows or a word bodies'
    names open with, lexicon regional_body_head_words, organisation_head_words), not with the rest of a title read as
    its body ('Menteri Perdagangan': a minister's title alone, no body named)."""
    title = lex.compiled(head_title_alone_regex).match(text, start, end)
    if title is None:
        return False
    first = (text[title.end():end].split() or [""])[0].strip("(),")
    openers = {fold(w) for w in lex.list("regional_body_head_words") + lex.list("organisation_head_words")}
    return bool(first) and (lex.organization(first) is not None or fold(first) in openers)


def name_after_body_regex(lex: Lexicon) -> re.Pattern:
    """A name right after a body's name ('Kepala Dinas X Budi Santoso', 'Kepala Dinas X, Budi'): any
    capitalised word, after a comma or not (a region's, grade's or day's word too: 'Kota Padang Senin'
    reads as named, and the title is then not taken as alone: it fails safe). `lex` unused, kept for
    lex.compiled."""
    return re.compile(r"[ \t]*+,?[ \t]{1,3}(?:[A-Z][a-z]{2,})")


def name_the_official_titled_back(lex: Lexicon, body: str, segs: list[Segment], contexts: list[Context],
                                  people: list[Person]) -> None:
    """'Pajak parkir ... Rp7 miliar. Hal itu diungkapkan Kepala Dinas X Kota Y saat kunjungan ...' and,
    further on, 'Kepala Dinas X, Budi Santoso, menjelaskan ...': what the head's title alone was credited
    with (reported_back_by_body, TITLED_BACK_REASON) is the head's, named by the first official
    introduced after it who is of that body and heads it (`heads_the_body`), when no other official of
    that body is introduced between. Not where someone is its speaker already."""
    told: dict[str, list[int]] = {}
    for i, ctx in enumerate(contexts):
        if ctx.speaker is None and ctx.agency and ctx.why.get("agency", "").startswith(TITLED_BACK_REASON):
            told.setdefault(ctx.agency, []).append(i)
    for agency, stretch in told.items():
        after = segs[stretch[-1]].end
        # ('Pajak parkir ... Rp7 miliar.' as the lead, 'Hal itu diungkapkan Kepala Dinas X ...' opening the next
        # paragraph: the lead credited forward to that sentence is told by its title too)
        first = stretch[0] - 1
        while first >= 0 and contexts[first].speaker is None and contexts[first].agency == agency \
                and contexts[first].why.get("agency", "").startswith(LEAD_REPORT_REASON):
            stretch.insert(0, first)
            first -= 1
        of_it = sorted((p for p in people if p.start >= after and p.organization and same_body(p.organization, agency)),
                       key=lambda p: p.start)
        if not of_it or not heads_the_body(lex, of_it[0]):
            continue
        person = of_it[0]
        named_in = next((s for s in segs if s.start <= person.start < s.end), None)
        if named_in is None or named_in.paragraph - segs[stretch[-1]].paragraph > TITLED_BACK_PARAGRAPHS \
                or former_holder(lex, body, named_in, person):
            continue  # named too far on, or the head that was ('Mantan Kepala Dinas X, Nama')
        for i in stretch:
            contexts[i].speaker = person
            contexts[i].why["speaker"] = f"{TITLED_BACK_REASON}; named with it later ({person.name})"


TITLED_BACK_PARAGRAPHS = 2  # the head named in the same paragraph as his title alone or the next two
HOLDER_REASON = "his title alone said it; the one the text names with that title"


def name_the_title_by_its_holder(lex: Lexicon, body: str, segs: list[Segment], contexts: list[Context],
                                 people: list[Person], orgs: list[OrgMention]) -> None:
    """'Deputi Bidang X kementerian itu mengatakan ...', 'Kepala Kanwil yang baru dilantik itu menyebut
    ...': a title with no name as the subject of a speech verb is the one official the text names,
    anywhere in it, with that title for that body (`holder_of_title`); he speaks that sentence and
    the ones after it in its paragraph that go on with the same body's report and name no one.
    Left to the earlier passes where they named someone; none when two officials could hold it, when
    the holder never speaks in the text ('Pada 2019, Direktur X, Budi, ditahan ...') or held it once."""
    regex = lex.compiled(title_subject_regex)
    # who speaks in the text: named as speaking a sentence, not only its subject ('Pada 2019, Direktur X, Budi, ditahan')
    speaking = {id(c.speaker) for c in contexts if c.speaker is not None and c.named
                and not c.why.get("speaker", "").startswith(ACTING_REASON)}
    for here, ctx in enumerate(contexts):
        if ctx.speaker is not None or not ctx.agency:
            continue
        seg = segs[here]
        said = regex.match(body, seg.start, seg.end)
        if said is None or any(seg.start <= p.start < said.end("title") for p in people):
            continue
        person = holder_of_title(lex, body, said, ctx.agency, people, orgs, segs)
        if person is None or id(person) not in speaking:
            continue  # (one named with the title who never speaks in the text: 'Pada 2019, Direktur X, Budi, ditahan')
        for i in range(here, len(contexts)):
            other = contexts[i]
            if segs[i].paragraph != seg.paragraph or other.speaker is not None or other.agency != ctx.agency:
                break
            other.speaker = person
            other.why["speaker"] = f"{HOLDER_REASON} ({person.name})"


def title_subject_regex(lex: Lexicon) -> re.Pattern:
    """A sentence whose subject is a title with no name, then a speech verb: the title's first word
    one a title opens with (title_openers), its words up to the verb with no comma, stop or quote
    ('Kepala BPS Provinsi X menjelaskan', 'Kepala Kanwil yang baru dilantik itu menyebut'); after a
    connective that opens the sentence ('Sementara itu, ...': contrast_clause_openers, actor_sentence_openers)."""
    openers = words_pattern(sorted(capitalised(sorted(lex.compiled(title_opening_words)))), suffix="")
    speech = words_pattern(lex.list("attribution_verbs_before"))
    adverbs = words_pattern(lex.list("speech_adverbs"))
    modifiers = words_pattern(lex.list("title_modifier_words"), suffix="")
    connective = words_pattern(lex.list("contrast_clause_openers") + lex.list("actor_sentence_openers"), suffix="")
    return re.compile(
        rf"\W*+(?:(?i:{connective})\s*+,\s*+)?(?P<title>(?:{modifiers}\.?\s++)?(?:{openers})\b[^,.;:\"“”\n]{{0,120}}?)"
        rf"\s++(?:(?i:{adverbs})\s++){{0,2}}(?i:{speech})\b")


def holder_of_title(lex: Lexicon, body: str, said: re.Match, agency: str, people: list[Person],
                    orgs: list[OrgMention], segs: list[Segment]) -> Person | None:
    """The one person the text names whose body is `agency` and whose role opens with the title's
    words before its body (its capitalised words up to a lowercase word or the body's name:
    'Kepala' of 'Kepala BPS X', 'Deputi Bidang X' of 'Deputi Bidang X kementerian itu'), the head's
    short forms expanded ('Kakanwil'); the head of a body is not the head of one of its units
    ('Kepala' is not 'Kepala Bidang Y'), and a former holder is none."""
    start, end = said.span("title")
    body_at = min([o.start for o in orgs if start < o.start < end] + [end])
    words = []
    for word in body[start:body_at].split():
        if not word[:1].isupper():
            break
        words.append(word.rstrip("."))
    if not words:
        return None
    title = fold(" ".join(words))
    forms = {title, fold(expand_title(lex, " ".join(words)))}
    units = {fold(w) for w in lex.list("unit_head_words")}
    found = []
    for person in people:
        if not person.role or not person.organization or not same_body(person.organization, agency):
            continue
        for role in {fold(person.role), fold(expand_title(lex, person.role))}:
            form = next((f for f in forms if role == f or role.startswith(f + " ")), None)
            if form is None:
                continue
            rest = role[len(form):].split()
            if rest and rest[0] in units:
                continue  # 'Kepala Bidang Y Dinas X' is not the 'Kepala' of Dinas X
            found.append(person)
            break
    if len(found) != 1:
        return None
    named_in = next((s for s in segs if s.start <= found[0].start < s.end), None)
    return None if named_in is None or former_holder(lex, body, named_in, found[0]) else found[0]


def former_holder(lex: Lexicon, body: str, seg: Segment, person: Person) -> bool:
    """In his sentence, up to a little after his name, his title is one he held: a former holder's word
    before a capitalised title ('Mantan Kepala Dinas X, Nama', 'Nama, eks Kepala Dinas X'; lexicon
    former_holder_words) or a term of office that ended before the latest year the text names
    (`latest_year`, once per text; 'Kepala Dinas X periode 2019-2023, Nama'; office_term_words)."""
    window = body[seg.start:min(seg.end, person.end + 100)]
    if lex.compiled(former_holder_regex).search(window):
        return True
    return any(int(m.group(1)) < latest_year(body) for m in lex.compiled(office_term_regex).finditer(window))


def former_holder_regex(lex: Lexicon) -> re.Pattern:
    """A former holder's word before a capitalised title (`former_holder`)."""
    former = words_pattern(lex.list("former_holder_words"), suffix="")
    return re.compile(rf"(?<!\w)(?i:{former})[\s-]+[A-Z]")


def office_term_regex(lex: Lexicon) -> re.Pattern:
    """A term of office, 'periode 2019-2023' or '(2019-2023)'; group 1 the year it ended (`former_holder`)."""
    term = words_pattern(lex.list("office_term_words"), suffix="")
    return re.compile(rf"(?:(?i:{term})[ \t]{{1,3}}\(?|\()(?:19|20)\d\d[ \t]*[-–—/][ \t]*((?:19|20)\d\d)\b")


YEAR_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@functools.lru_cache(maxsize=4)
def latest_year(body: str) -> int:
    """The latest year the text names (0 if none), for `former_holder`: read once per text (kept for the last few)."""
    return max((int(y) for y in YEAR_NUMBER.findall(body)), default=0)


def reports_data_back(lex: Lexicon, said: str, inline: bool) -> bool:
    """The words before the body's name refer back to its data: a data noun ('Data itu disampaikan',
    'Angka tersebut berasal dari'; lexicon said_back_data_nouns) or a verb of reporting data ('Hal
    itu dilaporkan', ', demikian dirilis'; said_back_report_verbs). Not 'Hal itu berasal dari ...'
    (a cause; said_back_source_verbs need a data noun), not ', demikian disampaikan ...' after
    any statement, nor a verb of judging ('Hal itu diakui ... sebagai ...'; said_back_judging_verbs)."""
    folded = " ".join(fold(said).split())

    def has(key: str) -> bool:
        return bool(re.search(r"\b" + words_pattern([fold(w) for w in lex.list(key)]), folded))

    if has("said_back_judging_verbs"):
        return False
    reporting = has("said_back_report_verbs")
    if inline:
        return reporting
    noun = re.match(r"\W*+(\w+)", folded)
    data = bool(noun) and noun.group(1) in {fold(w) for w in lex.list("said_back_data_nouns")}
    return data if has("said_back_source_verbs") else data or reporting


def quoted_by_another(ctx: Context, seg: Segment, person: Person, quotes: list[QuoteSpan]) -> bool:
    """The sentence is inside a quote another person was named for ('"...," kata Budi.'; not one
    given to the last speaker for want of a name): a later 'Demikian disampaikan Sari' does not
    take it back."""
    if ctx.speaker is None or ctx.speaker is person or not ctx.why.get("speaker", "").startswith("inside a quote by"):
        return False
    return any(q.start - 1 <= seg.start < q.close and q.speaker is ctx.speaker and not q.why.startswith("fallback")
               for q in quotes)


COMPANY_REPORTED_ON = "the company reported on"
COUNTED_REASON = "is counted in it, not reporting"
BODY_ON_COMPANY = "the body reporting on a company it names"
PRONOUN_REASON = "pronoun for the last speaker"
SOURCE_REASON = "the official a report or data is credited to"
TITLED_AFTER_VERB = "named after the verb, his title before his name"
COMPANION_REASON = "not the speaker: introduced beside him"
POSSESSED_REASON = "his body, by a possessive opening the sentence ('Perusahaannya ...')"
ANNOUNCED_REASON = "named by a passive announcing what follows ('Rincian ... disampaikan X')"
SAID_OPENING_REASON = "named after a passive speech verb opening the sentence ('Dikatakan X, ...')"
CITING_REASON = "introduced as citing another body's data: he tells what he read"
CITED_BY_REASON = "named as citing the body's data he tells"
DIGITS = re.compile(r"\d")
POSSESSED_REACH = 300  # 'Perusahaannya ...': the owner's company named this close before (the sentence before)
APPOSED_REACH = 80  # ... and beside his name ('Direktur PT X, Budi', 'Budi, Direktur PT X')
APPOSED_NAME = re.compile(r",\s{1,3}(?P<who>[A-Z][^,.;]{2,60})")
CAPTION_LENGTH = 150  # a paragraph this short between is a caption or a byline, not more discourse


def paragraph_before(body: str, segs: list[Segment], here: int) -> int:
    """The paragraph before the one of segs[here], reaching past a short one without numbers
    between (a photo caption naming the speaker, a byline) to the text it interrupts."""
    paragraph = segs[here].paragraph - 1
    index = here - 1
    while paragraph > 0 and index > 0:
        lines = [s for s in segs[max(0, index - 3):index + 1] if s.paragraph == paragraph]
        if not lines or sum(s.end - s.start for s in lines) >= CAPTION_LENGTH \
                or any(DIGITS.search(body, s.start, s.end) for s in lines):
            return paragraph
        index -= len(lines)
        paragraph -= 1
    return paragraph


def speaker_named_in(lex: Lexicon, text: str, offset: int, people: list[Person], quotes, regex,
                     along: set[int] = frozenset(), owned: list[OrgMention] = ()) -> tuple[Person | None, str]:
    """The speaker a sentence names ('lanjut X,', 'Menurut X,', 'X mengatakan'), or the last
    person for a pronoun ('Menurut dia', 'katanya', 'Ia menjelaskan'), whatever the case. A
    companion where he is introduced ('Gubernur yang didampingi Kepala Dinas X B menguraikan')
    is not the one speaking (`along`, see quotes.companions)."""
    reasons = {"inline_after": "named after the verb", "inline_after_title": "named after the verb and his title", "menurut": "'menurut' + name", "subject_speech": "subject of a speech verb"}
    beside = ""
    for key, reason in reasons.items():
        for match in regex[key].finditer(text):
            person = resolve_reference(lex, match.group("who"), people, offset + match.end("who"))
            apposed = APPOSED_NAME.match(text, match.end("who")) if key == "menurut" and person is None else None
            if apposed:  # 'Menurut Kepala Bidang X Dinas Y, Budi, ...': his title, then his name
                person = resolve_reference(lex, apposed.group("who"), people, offset + apposed.end("who"))
            if person and introduced_along(person, along, offset + match.start("who"), offset + match.end("who")):
                beside = f"{COMPANION_REASON} ({person.name})"
            elif person:
                return person, f"{reason} ({person.name})"
    named = named_after_verb_and_title(lex, text, offset, people, regex, along)
    if named is not None:
        return named
    cited = citer_named_in(lex, text, offset, people, quotes, regex, along)
    if cited is not None:
        return cited
    for person in people:  # 'Menurut data dari Kepala BPS X, Budi, ...': the official is the source
        if offset <= person.start < offset + len(text) and person.role and id(person) not in along \
                and regex["source_then_title"].search(text, 0, person.start - offset):
            return person, f"{SOURCE_REASON} ({person.name})"
    for person in people:  # 'Kepala BPS Riau, X dalam pernyataan pers di Pekanbaru, Rabu, mengatakan ...'
        if id(person) in along:
            continue
        for end in introductions_in(lex, person, text, offset):  # 'Budi, yang menjabat X, memaparkan ...' too
            if regex["speech_later"].match(text, end - offset):
                return person, f"introduced with a speech verb later in the sentence ({person.name})"
            if regex["citing_relative"].match(text, end - offset):  # 'Budi, yang mengutip data BPS X, menghitung ...'
                return person, f"{CITING_REASON} ({person.name})"
    if regex["possessed_body"].match(text):  # 'Pabriknya memasok 62 truk ...': his factory, he tells it
        # only the person last named, when he was introduced with his company or association just before
        # ('Direktur PT X, Budi.', 'Budi, Ketua Asosiasi Y,'): not an official of a government body, and not
        # when someone else was named after him ('Budi bertemu Menteri Z. Perusahaannya ...')
        person = last_person(people, quotes, offset, introduced_aside=along)
        if person and person.organization and any(
                o.name == person.organization and offset - POSSESSED_REACH <= o.start < offset
                and abs(o.start - person.start) <= APPOSED_REACH for o in owned):
            return person, f"{POSSESSED_REASON} ({person.name})"
    announced = regex["announced_by"].match(text)
    if announced:  # 'Uraian harga pangan dijelaskan Analis Data BPS X, Wulandari.': she tells what follows
        apposed = APPOSED_NAME.match(text, announced.end("who"))
        person = resolve_reference(lex, apposed.group("who"), people, offset + apposed.end("who")) if apposed \
            else resolve_reference(lex, announced.group("who"), people, offset + announced.end("who"))
        if person and id(person) not in along:
            return person, f"{ANNOUNCED_REASON} ({person.name})"
    opened = regex["said_opening"].match(text)
    if opened:  # 'Dikatakan Diding, ...': the one named after the passive opening the sentence says it
        person = resolve_reference(lex, opened.group("who"), people, offset + opened.end("who"))
        if person and id(person) not in along:
            return person, f"{SAID_OPENING_REASON} ({person.name})"
    if regex["pronoun_speech"].search(text):
        person = last_person(people, quotes, offset, introduced_aside=along)
        if person:
            return person, f"{PRONOUN_REASON} ({person.name})"
    return None, beside


def citer_named_in(lex: Lexicon, text: str, offset: int, people: list[Person], quotes, regex,
                   along: set[int]) -> tuple[Person, str] | None:
    """Who the sentence says cites the data it reads out: the one named after a passive of citing
    ('Berdasarkan data BPS X yang dikutip Budi, ...'), the last speaker for its '-nya' ('... yang
    dikutipnya'), or the subject with a citing clause between commas ('Budi, mengutip data BPS X,
    menyebut ...'). The body stays the figures' source (agency_named_in); he tells them."""
    match = regex["cited_by"].search(text)
    pronoun = regex["cited_then_passive_nya"].search(text) or (match if match and match.group("nya") else None)
    if pronoun:  # 'yang dikutipnya', 'dikatakannya': the last one named before it
        person = last_person(people, quotes, offset + pronoun.start(), introduced_aside=along)
        return (person, f"{CITED_BY_REASON} ({person.name})") if person else None
    match = match or regex["citing_subject"].search(text)
    if match is None:
        return None
    person = resolve_reference(lex, match.group("who"), people, offset + match.end("who"))
    if person is None or introduced_along(person, along, offset + match.start("who"), offset + match.end("who")):
        return None
    return person, f"{CITED_BY_REASON} ({person.name})"


def introductions_in(lex: Lexicon, person: Person, text: str, offset: int) -> list[int]:
    """Where, in the sentence, the person's name ends as he is introduced: his first mention, or a
    later one that gives him his title right after it ('Budi, yang menjabat Kepala X, ...';
    Person.mentions); a later mention that only names him ('Budi kemudian menemui ...') is none."""
    ends = [person.end] if offset <= person.start < offset + len(text) else []
    apposed = lex.compiled(apposition_regex)
    for at in sorted(set(person.mentions)):
        if offset <= at < offset + len(text):
            name = NAME_WORDS.match(text, at - offset)
            if name and apposed.match(text, name.end()):
                ends.append(offset + name.end())
    return ends


NAME_WORDS = re.compile(NAME_RUN)  # a name's capitalised words, as the patterns above read them


def named_after_verb_and_title(lex: Lexicon, text: str, offset: int, people: list[Person], regex,
                               along: set[int]) -> tuple[Person, str] | None:
    """'"...," ungkap Kepala BPS X Budi hari ini.': the official whose introduction (his title,
    then his name, as find_people read them) follows the speech verb that closes what was said,
    whatever words follow the name; a head speaking through an official ('kata Kepala Dinas X Budi
    melalui Kasi Y Rudi') leaves the words to the one he speaks through."""
    for person in people:
        if not (offset <= person.start < offset + len(text)) or not person.role or id(person) in along:
            continue
        if not regex["verb_then_title"].search(text, 0, person.start - offset):
            continue
        delegate = delegate_after(lex, text, person.end - offset, [p for p in people if p is not person], offset)
        if delegate is not None:
            return delegate, f"named after the verb, speaking for {person.name} ({delegate.name})"
        return person, f"{TITLED_AFTER_VERB} ({person.name})"
    return None


def introduced_along(person: Person, along: set[int], start: int, end: int) -> bool:
    """The span start..end is where a companion is introduced (not a later mention of him)."""
    return id(person) in along and start <= person.start < end


def official_acting(text: str, offset: int, people: list[Person], regex,
                    along: set[int] = frozenset()) -> tuple[Person | None, str]:
    """'Pada kesempatan itu, Kepala Balai X, Budi turut melepas 9 ton kopi senilai Rp 2 miliar':
    an official introduced by a title that names his body, as the subject of the sentence,
    whatever its verb, does what it counts: he takes the floor from whoever had it (the words
    between the sentence's opener and the name are his title, the word after it a verb by its
    shape, `official_action_verb_prefixes`)."""
    for person in people:
        if not (offset <= person.start < offset + len(text)) or not person.organization or id(person) in along:
            continue
        if regex["title_subject"].match(text, 0, person.start - offset) and regex["verb_after_name"].match(text, person.end - offset):
            return person, f"{ACTING_REASON} ({person.name})"
    return None, ""


WRITTEN_ALONE = "the last body of that kind named"
DATA_OBTAINED_REACH = 90  # 'data yang diperoleh <outlet> dari situs ' before the body


LOCAL_UNRESOLVED = "the local office of a national body, which office the text does not say"
ACTING_REASON = "an official introduced as the subject of the sentence"
RELEASED_REASON = "released the figures the sentence tells ('seperti dirilis')"


def agency_named_in(text: str, offset: int, inside: list[OrgMention], regex,
                    opening: bool = False) -> tuple[str | None, str]:
    """The organisation the sentence reports for: the subject of a reporting or target verb
    ('BPS mencatat', 'Pemprov Jatim memasang target'), or the source of data ('data BPS');
    a passing mention ('usai BPS merilis data') does not take the credit. The subject of the
    article's opening sentence ('Kementerian Perindustrian sumringah ...') is the body the
    article is about, whatever its verb."""
    companies = [o for o in inside if o.kind == "company"]
    actor = None
    inside = acting_units(text, offset, inside, regex)
    for org in inside:
        before = text[max(0, org.start - offset - 40):org.start - offset]
        if regex["passing"].search(before):
            continue
        after = text[org.end - offset:org.end - offset + 100]
        if before.endswith("(") and after.startswith(")") \
                and not any(0 <= org.start - 1 - other.end <= 2 for other in inside if other is not org):
            # 'Badan X Republik Indonesia/Badan X (BX) mencatat': the short name closes a subject whose long
            # form was not read whole ('Badan X (BX) mencatat' is read at the long form)
            after = after[1:]
        told = org.name + (f", '{text[org.start - offset:org.end - offset]}' alone: {WRITTEN_ALONE}"
                           if org.written_alone else "")
        speaks = regex["body_speaks"].match(after)
        if speaks and speaks.group("local") and org.kind != "regional_agency" and not regex["subject_verb"].match(after):
            # 'Kepala BPS setempat menyampaikan' with no office of it found: never the national body
            return None, f"{LOCAL_UNRESOLVED} ({told})"
        # ('Pedagang yang ditemui petugas BPS X saat survei di pasar mengatakan', 'Gubernur X dalam rapat
        # bersama Kepala BPS X di Y menjelaskan': a body inside another's clause is no subject of it)
        cites = regex["cited_source"].search(text, max(0, org.start - offset - 60), org.start - offset)
        if cites:
            # 'Budi, yang mengutip data BPS X, menyebut ...': the data's source, whatever verb follows the
            # body's name ('berdasarkan data BPS yang diolah Kementerian X': X's reading of them);
            # 'seperti dirilis BPS X' gives its figures to the body for this sentence only, never the lead
            processed = regex["processed_by"].match(after)
            processor = next((o for o in inside if processed and o.start - org.end == processed.end()
                              and o.kind != "company"), None) if processed else None
            if processor is not None:
                return processor.name, f"processed the data of {org.name} ({processor.name})"
            if cites.group("released"):
                return org.name, f"{RELEASED_REASON} ({told})"
            return org.name, f"source of the data ({told})"
        subject = any(m and (not m.group("occasion") or regex["opens_clause"].search(text, 0, org.start - offset))
                      for m in (regex["subject_verb"].match(after), speaks))
        if subject and not regex["object_of_verb"].search(before):
            return org.name, f"subject of a reporting verb ({told})"
        if regex["subject_comma_verb"].match(after):
            return org.name, f"subject of a reporting verb after a comma ({told})"
        if regex["data_of"].search(before) \
                or regex["data_titled"].search(text[max(0, org.start - offset - DATA_TITLE_REACH):org.start - offset]):
            processed = regex["processed_by"].match(after)
            processor = next((o for o in inside if processed and o.start - org.end == processed.end()
                              and o.kind != "company"), None) if processed else None
            if processor is not None:  # 'data BPS yang diolah Kementerian X': the figures are X's reading of them
                return processor.name, f"processed the data of {org.name} ({processor.name})"
            return org.name, f"source of the data ({told})"
        if regex["data_obtained"].search(text[max(0, org.start - offset - DATA_OBTAINED_REACH):org.start - offset]):
            return org.name, f"source of the data obtained from it ({told})"
        if org.kind != "company" and regex["according_to"].search(before):
            return org.name, f"cited as the source ({told})"
        if actor is None and org.kind != "company" and regex["actor_before"].match(text[:org.start - offset]) \
                and (regex["actor_after"].match(after) or opening and regex["opening_subject"].match(after)):
            actor = org
    if actor is not None:
        return actor.name, f"the body doing what is counted ({actor.name})"
    # a company's results are the company's own report ('pendapatan MASA mencapai ...'), unless a
    # body named before it reports on it ('Balai X mensertifikasi santan dari PT Y sebanyak ...')
    if companies:
        reporter = next((o for o in inside if o.kind != "company" and o.start < companies[0].start
                         and not regex["passing"].search(text[max(0, o.start - offset - 40):o.start - offset])), None)
        if reporter is not None:
            return reporter.name, f"{BODY_ON_COMPANY} ({reporter.name}, on {companies[0].name})"
        return companies[0].name, f"{COMPANY_REPORTED_ON} ({companies[0].name})"
    return None, ""


def government_units(lex: Lexicon) -> tuple[str, ...]:
    """How the names of the region's own government units open (regional_agencies.yaml `agencies`,
    names and aliases, folded): not the regional offices of national bodies (their kinds have a
    `parent`: 'Badan Pusat Statistik Provinsi X' serves the nation, not the province), nor the region's
    bodies that answer to no government (lexicon not_government_units: 'Dewan Perwakilan Rakyat Daerah X',
    whose member speaks of the government, not for it)."""
    apart = {fold(str(w)) for w in lex.list("not_government_units")}
    return tuple(fold(n) + " " for a in lex.regional_agencies if not a.parent and fold(a.name) not in apart
                 for n in [a.name, *a.aliases])


OWN_GOVERNMENT_REASON = "continues his briefing, telling of his own government"


def tells_of_his_government(lex: Lexicon, text: str, agency: str, official: Person, regex) -> bool:
    """A sentence of an official's paragraph in which the government of the region whose government
    unit he works for ('Dinas X Provinsi Y' and 'Pemprov Y', `of_body`), named, sets a target or a
    budget (target_setting_regex), with no contrast or concession opening it ('Padahal, Pemprov Y ...'
    sets the narrator's view against his): he goes on telling what his own side set. (Not its other
    doings: 'Pemprov juga menggandeng ...' is the narrator's.)"""
    if not official.organization or same_body(agency, official.organization) or not of_body(agency, official.organization):
        return False
    if not fold(official.organization).startswith(lex.compiled(government_units)):
        return False
    return bool(lex.compiled(target_setting_regex).search(text)) and not lex.compiled(turning_opener_regex).match(text)


def turning_opener_regex(lex: Lexicon) -> re.Pattern:
    """A contrast, a concession or 'padahal' opening a sentence (lexicon contrast_clause_openers,
    concessive_words, narrator_turn_words)."""
    words = lex.list("contrast_clause_openers") + lex.list("concessive_words") + lex.list("narrator_turn_words")
    return re.compile(r"\W*+" + words_pattern(words), re.I)


def own_government_written_common(lex: Lexicon, body: str, agency: str, inside: list[OrgMention],
                                  official: Person) -> bool:
    """The sentence's body is the government of the region whose government unit the official
    speaking heads or works for ('Dinas X Kabupaten Y' and 'Pemerintah Kabupaten Y', `of_body`;
    a regional office of a national body is no unit of it), written as a common noun ('pemerintah
    kabupaten', not 'Pemerintah Kabupaten Y'): he speaks of his own side."""
    if not official.organization or same_body(agency, official.organization) or not of_body(agency, official.organization):
        return False
    if not fold(official.organization).startswith(lex.compiled(government_units)):
        return False
    return any(o.name == agency and written_common(body[o.start:o.end]) for o in inside)


def written_common(mention: str) -> bool:
    """'pemerintah kabupaten', 'pemerintah daerah': the mention is the common nouns, in lowercase. A
    sentence they open ('Pemerintah kabupaten, lanjutnya, menargetkan ...') is left to the government,
    and so is the short name, even in lowercase ('pemprov menaikkan target') (decision 0042)."""
    return mention.startswith("pemerintah ")


def company_opens(text: str, offset: int, inside: list[OrgMention], regex) -> bool:
    """'PT X mengekspor 28 ton ...': the sentence's company is the subject of an active verb
    (after a dateline or an opener), so it reports for itself rather than being counted in
    another's report."""
    company = next((o for o in inside if o.kind == "company"), None)
    return company is not None and regex["actor_before"].match(text[:max(0, company.start - offset)]) is not None \
        and regex["actor_after"].match(text[company.end - offset:company.end - offset + 60]) is not None


def acting_units(text: str, offset: int, inside: list[OrgMention], regex) -> list[OrgMention]:
    """'Kementerian X melalui Balai Y Kota Z mencatat ...': the unit the body acts through does
    what is reported; it stands in the body's place (its span, the unit's name)."""
    acting, index = [], 0
    while index < len(inside):
        body, unit = inside[index], inside[index + 1] if index + 1 < len(inside) else None
        if unit is not None and regex["through_unit"].fullmatch(text, body.end - offset, unit.start - offset):
            acting.append(replace(unit, start=body.start))
            index += 2
        else:
            acting.append(body)
            index += 1
    return acting


OFFICERS_REASON = "its officers as the subject of a reporting verb: the office of that kind the text names"
OFFICERS_REACH = 40  # 'petugas karantina di pelabuhan itu mencatat': the words between the officers and the verb


def officers_regex(lex: Lexicon) -> re.Pattern:
    """'petugas karantina di pelabuhan itu mencatat ...': officers of a kind of office (lexicon
    field_officers), a few words, then a reporting verb."""
    officers = words_pattern(list(lex.mapping("field_officers")), suffix="")
    report = words_pattern(lex.list("agency_report_verbs"))
    return re.compile(rf"(?<![\w-])(?P<who>{officers})\b[^,.;:\"“”]{{0,{OFFICERS_REACH}}}?\s{report}", re.I)


def officers_office(lex: Lexicon, body: str, text: str, offset: int, orgs: list[OrgMention]) -> tuple[str | None, str]:
    """'Adapun petugas karantina di pelabuhan itu mencatat pengiriman ... 40 kali': the officers
    of a kind of office report for the office of that kind the text names (before the sentence or
    after it); none when the text names none, or two offices of that kind."""
    found = lex.compiled(officers_regex).search(text)
    if found is None:
        return None, ""
    opening = fold(lex.mapping("field_officers")[found.group("who").lower()])
    kind = bodies_opening_with(orgs, [opening])
    if len({o.name for o in kind}) != 1:
        return None, ""
    return kind[0].name, f"{OFFICERS_REASON} ({kind[0].name})"


def generic_body_named_in(lex: Lexicon, text: str, regex) -> tuple[str | None, str]:
    """'pemerintah menargetkan pertumbuhan 5 persen': a common noun the lexicon maps to one body,
    as the subject (or agent) of a reporting or target verb; lowercase only, as written."""
    found = regex["generic_subject"].search(text)
    if not found:
        return None, ""
    said = found.group("body") or found.group("passive")
    name = lex.mapping("generic_body_subjects").get(fold(said)) or lex.mapping("generic_body_subjects").get(said)
    return (name, f"'{said}' as the subject of a reporting or target verb ({name})") if name else (None, "")


def regional(lex: Lexicon, organization: str | None) -> bool:
    """A body of a region ('Dinas X Provinsi Y', 'Badan Pusat Statistik Kota Z'): its name holds a
    region's kind word."""
    kinds = lex.compiled(region_kind_regex)
    return bool(organization) and kinds.search(organization) is not None


def region_kind_regex(lex: Lexicon) -> re.Pattern:
    return re.compile(r"\b" + words_pattern([w.capitalize() for w in lex.list("region_kind_words")]))


def mentioned_in_passing(text: str, offset: int, inside: list[OrgMention], regex) -> str | None:
    """The body a sentence names only in a subordinate clause ('usai BPS merilis data')."""
    for org in inside:
        if regex["passing"].search(text[max(0, org.start - offset - 40):org.start - offset]):
            return org.name
    return None


def credit_target_setters(lex: Lexicon, body: str, segs, orgs: list[OrgMention], figures: list[Figure]) -> None:
    """'penugasan yang ditetapkan Bapanas sebesar 3,5 juta ton': the body that set a target
    is its agency, whoever states it."""
    by_sentence = OrgsBySentence(orgs)
    set_by = lex.compiled(attribution_regexes)["set_by"]
    set_after = lex.compiled(set_after_target_regex)
    for target in (f for f in figures if f.type == "target"):
        seg = sentence_at(segs, target.evidence.start)
        if seg is None:
            continue
        for org in by_sentence.inside(seg.start, target.evidence.end):
            if set_by.search(body[max(seg.start, org.start - 30):org.start]):
                target.agency = org.name
                target.why["agency"] = f"set the target ({org.name})"
        # ('target tahun ini sebesar Rp 800 miliar yang ditetapkan Kementerian X': the setter right after it)
        after = next((o for o in by_sentence.inside(target.evidence.end, seg.end)), None)
        if after is not None and set_after.fullmatch(body, target.evidence.end, after.start):
            target.agency = after.name
            target.why["agency"] = f"set the target, named after it ({after.name})"
    credit_regional_decree_targets(lex, body, segs, figures)


def set_after_target_regex(lex: Lexicon) -> re.Pattern:
    """The words between a target's value and the body that set it, named after it: a passive
    of setting, its relative pronoun and agent preposition optional ('yang ditetapkan', 'yang
    dipasang oleh', ', dipatok'; lexicon target_setting_passives, set_by_verbs)."""
    relative = words_pattern(lex.list("relative_pronouns"))
    verbs = words_pattern(lex.list("target_setting_passives") + lex.list("set_by_verbs"))
    adverbs = words_pattern(lex.list("actor_adverbs"))
    by = words_pattern(lex.list("agent_prepositions"))
    return re.compile(rf"\s*+,?\s*+(?:{relative}\s++)?(?:{adverbs}\s++)?{verbs}\s++(?:{by}\s++)?", re.I)


def regional_head_decrees(lex: Lexicon, body: str) -> list[tuple[int, int, str]]:
    """(start, end, government) of each decree of a region's head the text names: 'Keputusan Gubernur X'
    with its region ('Pemerintah Provinsi X'), or again without it ('SK Gubernur itu'): the last one of
    that head named with its region before."""
    heads, governments = lex.compiled(regional_head_regex)
    kinds, titles = lex.compiled(regional_head_decree_regex)
    found, last = [], {}
    for match in kinds.finditer(body):
        written = " ".join(fold(match.group()).split())
        title = next((t for t in titles if written.endswith(" " + t)), None)
        if title is None:
            continue
        head = heads.match(body, match.end() - len(title))
        if head and fold(head.group("title")) == title and head.start() == match.end() - len(title):
            place = lex.place(head.group("place"), qualified=True)
            entry = governments[title]
            kind = str(entry["name"]).split()[-1]
            if place is None or (place.kind == "province") != (kind == "Provinsi"):
                continue
            last[title] = qualified_name(str(entry["name"]), region_name(lex, kind, place.name))
            found.append((match.start(), head.end(), last[title]))
        elif title in last:
            found.append((match.start(), match.end(), last[title]))
    return found


def regional_head_decree_regex(lex: Lexicon) -> tuple[re.Pattern, frozenset[str]]:
    """The decree types a region's head issues, by their names ending in his title ('Keputusan Gubernur',
    'SK Bupati'), and those titles, folded."""
    titles = frozenset(fold(t) for t in lex.compiled(regional_head_regex)[1])
    kinds = [d for d in lex.compiled(decree_type_words) if d.split()[-1] in titles or " ".join(d.split()[-2:]) in titles]
    return re.compile(rf"\b{words_pattern(kinds)}", re.I), titles


def credit_regional_decree_targets(lex: Lexicon, body: str, segs, figures: list[Figure]) -> None:
    """'Dalam peraturan bupati itu, sasaran ... ditetapkan 800 ton' (and the items of a list that sentence
    opens), '... kuota 700 ekor. Kuota itu diatur dalam Keputusan Gubernur X': a target no one is credited
    with, set in a decree of a region's head, is that region's government's -- the decree named in the
    target's own sentence (or in the sentence that opens the list the target is an item of), or in the next
    sentence referring back to it. A decree named only earlier in the paragraph says not who set a target
    told after it ('Pedagang menargetkan ...')."""
    targets = [f for f in figures if f.type == "target" and f.agency is None and f.evidence is not None]
    if not targets:
        return
    decrees = regional_head_decrees(lex, body)
    if not decrees:
        return
    back = lex.compiled(decree_back_reference_regex)
    for target in targets:
        index = sentence_index_at(segs, target.evidence.start)
        if index < 0:
            continue
        opening = list_opening(body, segs, index)
        named = [d for d in decrees if segs[opening].start <= d[0] < segs[opening].end]
        if named:
            government, why = named[-1][2], "set in the decree of its region's head its sentence names"
        elif after := referring_decree(body, segs[index + 1:], decrees, back):
            government, why = after, "set in the decree of its region's head a sentence after it names, referring back"
        else:
            continue
        target.agency = government
        target.why["agency"] = f"{why} ({government})"


def list_opening(body: str, segs, index: int) -> int:
    """The sentence a list item belongs to: for a line of a list ('2. Kabupaten X 900 ekor;'), the
    sentence before the list's first item (the one that opens it); else the sentence itself. A
    line is an item when its lead (text.ITEM_LEAD) holds a bullet or a number."""
    def item(i: int) -> bool:
        line = body.rfind("\n", 0, segs[i].start) + 1
        return not body[line:segs[i].start].strip() and ITEM_LEAD.match(body, line).group().strip() != ""
    if not item(index):
        return index
    while index > 0 and item(index):
        index -= 1
    return index


def referring_decree(body: str, following, decrees, back: re.Pattern) -> str | None:
    """The government whose head's decree a sentence after a target's names, when that sentence opens
    by referring back ('Kuota tersebut tertuang dalam ...'); the sentences up to the first of the next
    paragraph only."""
    for seg in following:
        named = [d for d in decrees if seg.start <= d[0] < seg.end]
        if named and back.match(body, seg.start):
            return named[0][2]
        if "\n\n" in body[max(0, seg.start - 4):seg.start + 1] or named:
            return None  # the next paragraph's first sentence was the last to look at
    return None


def decree_back_reference_regex(lex: Lexicon) -> re.Pattern:
    """A sentence that opens by referring back to a target ('Kuota tersebut ...', 'Target itu ...', 'Kuota
    pengeluaran itu'): a target's or a set quantity's noun (`target_words`, `set_quantity_nouns`), up to
    two lowercase words, then a demonstrative; not a connector ('Selain itu')."""
    nouns = [w for w in [*lex.list("target_words"), *lex.list("set_quantity_nouns")] if " " not in w]
    return re.compile(rf"\s*(?i:{words_pattern(nouns)})(?:\s+[a-z]+){{0,2}}?\s+{words_pattern(lex.list('demonstratives'))}")
