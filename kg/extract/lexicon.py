"""Domain knowledge the extractor reads: agencies, titles, places, verbs, months, scale words.

Everything here comes from the YAML files of a language (kg/languages/<language>/). Users extend
them without touching code with folders of YAML files of the same names and shapes (Settings
`lexicon_dirs`); their lists are appended to ours and their mappings override ours.

A `Lexicon` is an ordinary object: it owns the patterns the extractor compiles from its words
(`compiled`), so two lexicons live side by side in one process and nothing is global. Code
below the shells is handed one; it never looks one up by itself.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterable, TypeVar

import yaml

import kg.languages
from kg.errors import KGError
from kg.model import Organization, Place, fold

FILES = ("organizations", "publishers", "regional_agencies", "places", "titles", "lexicon")
LANGUAGES = Path(kg.languages.__file__).resolve().parent

T = TypeVar("T")
# libyaml's loader when it is installed: the same data, read five times faster
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ = ["Lexicon", "LexiconRegistry", "Organization", "Place", "PhraseIndex", "active_form", "fold", "voice_forms",
           "words_pattern", "words_of"]


def _merge(base, extra):
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    return extra


TOP_LEVEL_KEY = re.compile(r"^([^\s#'\"-][^:#\n]*):(?=\s|$)", re.M)  # a key written at the start of a line


def _read_yaml(path: Path) -> object:
    """A lexicon file; a broken one (often a user's extension) is one clear error. So is a key given twice in one
    file: YAML keeps the last silently, and the list given first would be lost without a word."""
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=YAML_LOADER)  # noqa: S506 - a safe loader
    except (OSError, UnicodeDecodeError) as exc:
        raise KGError(f"lexicon file {path}: cannot read it ({exc.__class__.__name__})") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where else ""
        raise KGError(f"lexicon file {path}: not valid YAML{line}") from None
    if isinstance(data, dict) and (twice := _key_given_twice(text)) is not None:
        key, first, second = twice
        raise KGError(f"lexicon file {path}: the key '{key}' is given twice (lines {first} and {second})")
    return data


def _key_given_twice(text: str) -> tuple[str, int, int] | None:
    """The first top-level key written twice, with the lines of both, or None."""
    seen: dict[str, int] = {}
    for match in TOP_LEVEL_KEY.finditer(text):
        key, line = match.group(1).strip(), text.count("\n", 0, match.start()) + 1
        if key in seen:
            return key, seen[key], line
        seen[key] = line
    return None


def language_dir(language: str) -> Path:
    folder = LANGUAGES / language
    if not (folder / "lexicon.yaml").is_file():
        known = sorted(p.name for p in LANGUAGES.iterdir() if (p / "lexicon.yaml").is_file())
        raise KGError(f"no lexicon for language {language!r} (known: {', '.join(known)})")
    return folder


def read_files(language: str, extra_dirs: Iterable[Path]) -> dict[str, object]:
    """Every lexicon file of the language, each merged with the same-named files of the
    user's folders, in order."""
    extra_dirs = list(extra_dirs)
    return {name: read_merged(language, f"{name}.yaml", extra_dirs) for name in FILES}


def read_merged(language: str, file_name: str, extra_dirs: Iterable[Path]) -> object:
    """One data file of the language (None when the language has none), merged with the
    same-named files of the user's folders, in order: lists appended, mappings overridden."""
    path = language_dir(language) / file_name
    data = _read_yaml(path) if path.is_file() else None
    for folder in extra_dirs:
        if (Path(folder) / file_name).is_file():
            extra = _read_yaml(Path(folder) / file_name)
            data = extra if data is None else _merge(data, extra)
    return data


def one_edit_apart(a: str, b: str) -> bool:
    """One letter inserted, dropped, changed, or two neighbours swapped ('Pengelolan',
    'Perdagagnan')."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:])
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


def full_stop_words(lex) -> list[str]:
    """The lexicon's words whose full stop ends no sentence, as listed: its abbreviations
    (`sentence_abbreviations`) and the shortened given names inside a person's name ('Muh. Fauzan';
    `abbreviated_name_words`). One list for the sentence splitter and the figures' labels."""
    return lex.list("sentence_abbreviations") + lex.list("abbreviated_name_words")


def words_pattern(words, *, suffix: str = r"\b") -> str:
    """Alternation of literal phrases, longest first so that the longest phrase wins; with no
    phrases (a user emptied the list), a pattern that matches nothing, not everything."""
    alts = sorted({w for w in words if w}, key=len, reverse=True)
    if not alts:
        return "(?!)"
    # (speed only: words written in lowercase are mostly matched ignoring case, where the engine tries every
    # alternative at every position; a look-ahead at their first letters, in either case, holds wherever one
    # can start and fails at once elsewhere. Capitalised words are mostly matched as written, where the
    # engine's own first-character scan is faster without it.)
    firsts = {c for w in alts for c in (w[:1], w[:1].upper(), w[:1].lower())}
    ahead = "(?=[" + re.escape("".join(sorted(firsts))) + "])" \
        if len(alts) > 1 and all(w[:1] == w[:1].lower() and not w[:1].isspace() for w in alts) else ""
    alternation = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts) + ")"
    return (f"(?:{ahead}{alternation})" if ahead else alternation) + suffix


def word_shapes_pattern(shapes: dict) -> str:
    """A whole word of one of the shapes a lexicon entry lists (see `label_stop_words` in
    lexicon.yaml): `words` as written, `word_starts` followed by any letters (or none),
    `verb_prefixes` followed by at least one letter, and `passives`, a prefix, a stem of at least
    `min_stem` letters and one of the suffixes. Anchored at both ends."""
    alternatives = []
    prefixes = [p for p in shapes.get("verb_prefixes") or [] if p]
    if prefixes:
        alternatives.append(words_pattern(prefixes, suffix="") + "[a-z]+")
    for passive in shapes.get("passives") or []:
        stem = "[a-z]{%d,}" % int(passive.get("min_stem", 1))
        alternatives.append(re.escape(passive["prefix"]) + stem + words_pattern(passive.get("suffixes") or [], suffix=""))
    starts = [w for w in shapes.get("word_starts") or [] if w]
    if starts:
        alternatives.append(words_pattern(starts, suffix="") + r"\w*")
    alternatives.append(words_pattern(shapes.get("words") or [], suffix=""))
    return "^(?:" + "|".join(alternatives) + ")$"


VOWELS = "aeiou"


def active_form(stem: str) -> str:
    """The meN- (active) form of an Indonesian verb stem, with the nasal the stem's first sound
    takes: meng- before a vowel, g, h and k (k dropped: 'kejar' -> 'mengejar'), mem- before b, f, v
    and p (p dropped: 'patok' -> 'mematok'), men- before c, d, j, z and t (t dropped: 'targetkan' ->
    'menargetkan'), meny- for s (dropped: 'sasar' -> 'menyasar'), me- before l, m, n, r, w, y. The
    first consonant of a cluster with r or l stays ('proyeksikan' -> 'memproyeksikan', 'klaim' ->
    'mengklaim'), and so does the p of the prefix per- before a consonant ('perkirakan' ->
    'memperkirakan'; 'periksa' -> 'memeriksa')."""
    s = stem.casefold()
    first, second = s[:1], s[1:2]
    kept = second in ("r", "l") and first not in VOWELS or s.startswith("per") and s[3:4] not in VOWELS
    if not first or first in VOWELS or first in "gh":
        return "meng" + stem
    if first == "k":
        return "meng" + (stem if kept or second == "h" else stem[1:])
    if first in "bfv":
        return "mem" + stem
    if first == "p":
        return "mem" + (stem if kept else stem[1:])
    if first in "cdjz":
        return "men" + stem
    if first == "t":
        return "men" + (stem if kept else stem[1:])
    if first == "s":
        return "men" + stem if kept or second == "y" else "meny" + stem[1:]
    return "me" + stem


def voice_forms(entry: dict) -> list[str]:
    """The forms of a verb a lexicon list names once ({verb: targetkan}): the active meN- form
    (active_form), the passive di- form and the bare stem, which is the object-focus form after a
    pronoun or a body ('kami targetkan', 'target yang pemkab patok'); the suffix (-kan, -i) stays
    on each. `forms` picks some of them ([active, passive, bare]) where the others mean another thing."""
    stem = str(entry["verb"]).strip()
    made = {"active": active_form(stem), "passive": "di" + stem, "bare": stem}
    return [made[f] for f in entry.get("forms") or ("active", "passive", "bare")]


class Lexicon:
    """Read-only view over the data files with the lookups the extractor needs, and the
    patterns each extractor module compiles from them (built on first use, kept here)."""

    def __init__(self, raw: dict[str, object], language: str = "id", extra_dirs: tuple[Path, ...] = ()):
        self.language = language
        self.extra_dirs = tuple(Path(p) for p in extra_dirs)
        self._compiled: dict[Callable, object] = {}
        self.raw = raw
        self.organizations = [self._org(o) for o in raw["organizations"]]
        self._add_word_variants(self.organizations, raw["lexicon"].get("name_word_variants") or {})
        self.org_by_alias: dict[str, Organization] = {}
        for org in self.organizations:
            for alias in [org.name, *org.aliases]:
                self.org_by_alias.setdefault(fold(alias), org)
        heads: dict[str, list[Organization]] = {}
        for org in self.organizations:
            for title in {fold(t) for t in filter(None, [org.head, *org.head_aliases])}:
                heads.setdefault(title, []).append(org)
        # a generic title ('Direktur Utama', 'Dirut') heads many bodies and names none of them
        self.org_by_head = {title: orgs[0] for title, orgs in heads.items() if len(orgs) == 1}
        self.publishers = raw["publishers"]
        ra = raw["regional_agencies"]
        units = ra.get("agencies", []) + ra.get("regional_office_units", [])
        self.regional_agencies = [self._org(o) for o in units]
        self.regional_offices = list(ra.get("regional_offices_of_national_bodies", []))
        # a regency whose bare name is also a common word or a given name (places.yaml
        # `bare: false`: 'Puncak', 'Ende') is a place only after a kind word: kept apart, found
        # by place(name, qualified=True) alone
        self.places, self.qualified_places = self._places(raw["places"])
        self.place_by_alias: dict[str, Place] = {}
        for place in self.places:
            for alias in [place.name, *place.aliases]:
                self.place_by_alias.setdefault(fold(alias), place)
        self.qualified_by_alias: dict[str, Place] = {}
        for place in self.qualified_places:
            for alias in [place.name, *place.aliases]:
                self.qualified_by_alias.setdefault(fold(alias), place)
        # a regency named short without its name's generic first word after a kind word ('Pemkab X' for
        # 'Kabupaten Kepulauan X'; lexicon regency_short_name_openers), where no place has that name
        openers = {fold(str(w)) for w in raw["lexicon"].get("regency_short_name_openers", []) or []}
        for place in [*self.places, *self.qualified_places]:
            first, _, rest = place.name.partition(" ")
            if place.kind == "regency" and rest and fold(first) in openers and fold(rest) not in self.place_by_alias:
                self.qualified_by_alias.setdefault(fold(rest), place)
        titles = raw["titles"]
        self.positions = titles.get("positions", [])
        # every position's title and its aliases, as written ('Menteri Perdagangan', 'Mendag')
        self.position_titles = [t for p in self.positions for t in [p.get("title", ""), *(p.get("aliases") or [])]]
        self.honorifics = titles.get("honorifics", [])
        self.address_forms = titles.get("address_forms", [])
        self.words = raw["lexicon"]

    @classmethod
    def load(cls, language: str = "id", extra_dirs: Iterable[str | Path] = ()) -> "Lexicon":
        """The packaged lexicon of `language`, extended by the user's folders (read now)."""
        dirs = tuple(Path(p) for p in extra_dirs)
        return cls(read_files(language, dirs), language, dirs)

    @classmethod
    def default(cls, language: str = "id", extra_dirs: Iterable[str | Path] = ()) -> "Lexicon":
        """The lexicon of `language` (and folders), read once per process: for callers at the
        top (the shells, the pipeline, tests) that have no lexicon to hand down yet."""
        return LEXICONS.get(language, extra_dirs)

    @classmethod
    def for_settings(cls, settings) -> "Lexicon":
        """The lexicon a `kg.settings.Settings` names (its language and user folders)."""
        return LEXICONS.get(settings.language, settings.lexicon_dirs)

    def __repr__(self) -> str:
        return f"Lexicon(language={self.language!r}, extra_dirs={self.extra_dirs!r})"

    def __reduce__(self):
        # a worker sends facts back with their lexicon: rebuild it from its files (once per
        # process, through the registry) instead of pickling every word and pattern
        return registered_lexicon, (self.language, self.extra_dirs)

    def compiled(self, build: Callable[["Lexicon"], T]) -> T:
        """`build(self)`, made once per lexicon: the regular expressions and indexes an
        extractor module compiles from these words live as long as the words do."""
        try:
            return self._compiled[build]
        except KeyError:
            made = self._compiled[build] = build(self)
            return made

    @staticmethod
    def _org(entry: dict) -> Organization:
        known = {k: entry.get(k) for k in Organization.__dataclass_fields__ if k in entry}
        known["aliases"] = [str(a) for a in (known.get("aliases") or [])]
        known["head_aliases"] = [str(a) for a in (known.get("head_aliases") or [])]
        known["office_of_parent"] = [str(a).casefold() for a in (known.get("office_of_parent") or [])]
        known["no_office_in"] = [str(a) for a in (known.get("no_office_in") or [])]
        return Organization(**known)

    @staticmethod
    def _add_word_variants(orgs: list[Organization], variants: dict) -> None:
        """Each body's name and head title spelt with a word news puts in place of one of its words
        (lexicon name_word_variants: 'Kementerian Koordinasi ...' for 'Kementerian Koordinator ...'), as
        one more alias: the writer's slip names the same body, and a list of words grows where a list
        of every body's misspelt names would not."""
        swaps = {str(word): [str(v) for v in (written or [])] for word, written in variants.items()}
        for org in orgs:
            for source, target in ((org.name, org.aliases), (org.head, org.head_aliases)):
                for alias in list(filter(None, [source, *target])):
                    words = alias.split()
                    for i, word in enumerate(words):
                        for variant in swaps.get(word, ()):
                            spelt = " ".join([*words[:i], variant, *words[i + 1:]])
                            if spelt not in target and spelt != source:
                                target.append(spelt)

    @staticmethod
    def _places(raw: dict) -> tuple[list[Place], list[Place]]:
        places, qualified = [], []
        for key, kind in (("provinces", "province"), ("countries", "country"),
                          ("regions", "region"), ("regencies", "regency")):
            for entry in raw.get(key, []) or []:
                (qualified if entry.get("bare") is False else places).append(
                              Place(name=entry["name"], kind=entry.get("kind", kind) if key == "regions" else kind,
                                    aliases=[str(a) for a in entry.get("aliases", []) or []],
                                    wikidata=entry.get("wikidata"), iso=entry.get("iso"),
                                    province=entry.get("province"),
                                    level=entry.get("kind") if key == "regencies" else None))
        return places, qualified

    def list(self, key: str) -> list[str]:
        """The words of a list, a verb entry ({verb: stem}) read as its voice forms (voice_forms)."""
        return [form for w in self.words.get(key, []) or [] for form in (voice_forms(w) if isinstance(w, dict) else [str(w)])]

    def mapping(self, key: str) -> dict:
        return dict(self.words.get(key, {}) or {})

    def organization(self, alias: str) -> Organization | None:
        return self.org_by_alias.get(fold(alias))

    def place(self, alias: str, qualified: bool = False) -> Place | None:
        """The place a name means; `qualified`: the name follows a kind word (Kabupaten X,
        Kota X), so a regency whose bare name is ambiguous counts too."""
        found = self.place_by_alias.get(fold(alias))
        if found is None and qualified:
            found = self.qualified_by_alias.get(fold(alias))
        return found

    organization_named = organization


class LexiconRegistry:
    """Lexicons already read, one per (language, folders): a convenience for the entry points
    (`Lexicon.for_settings`) and for unpickling, so that a process reads each set of files
    once. Extraction code never consults it; it is handed its lexicon."""

    def __init__(self):
        self._loaded: dict[tuple[str, tuple[Path, ...]], Lexicon] = {}

    def get(self, language: str = "id", extra_dirs: Iterable[str | Path] = ()) -> Lexicon:
        key = (language, tuple(Path(p) for p in extra_dirs))
        if key not in self._loaded:
            self._loaded[key] = Lexicon.load(*key)
        return self._loaded[key]


LEXICONS = LexiconRegistry()


def registered_lexicon(language: str, extra_dirs: tuple[Path, ...]) -> Lexicon:
    """How a pickled lexicon comes back: the one this process has read from those files."""
    return LEXICONS.get(language, extra_dirs)


TOKEN = re.compile(r"[^\W_](?:[\w'’&/-]*[\w'’&])?")


class PhraseIndex:
    """Finds known multi-word phrases in text by looking word n-grams up in a dict: one pass
    over the words instead of a regular expression with hundreds of alternatives."""

    def __init__(self, phrases, exact_case=lambda phrase: False):
        self.exact: dict[str, dict[str, str]] = {}
        self.folded: dict[str, str] = {}
        self.prefixes: set[str] = set()
        for phrase in phrases:
            words = [m.group() for m in TOKEN.finditer(phrase)]
            if not words:
                continue
            for n in range(1, len(words) + 1):
                self.prefixes.add(" ".join(words[:n]).casefold())
            if exact_case(phrase):
                self.exact.setdefault(" ".join(words).casefold(), {}).setdefault(" ".join(words), phrase)
            else:
                self.folded.setdefault(" ".join(words).casefold(), phrase)

    def find(self, text: str, words_of_text=None) -> list[tuple[int, int, str]]:
        """(start, end, phrase) for the longest known phrase at each word, left to right; a
        phrase never spans punctuation or a paragraph break. `words_of_text` is
        `words_of(text)` when the caller has it already (one tokenisation per article)."""
        words, lowered, breaks = words_of_text or words_of(text)
        found, resume, prefixes = [], 0, self.prefixes
        for index in [i for i, word in enumerate(lowered) if word in prefixes]:  # a phrase opens with a prefix word
            if index < resume:
                continue
            best, folded = None, ""
            for j in range(index, len(words)):
                folded = lowered[j] if j == index else f"{folded} {lowered[j]}"
                if folded not in self.prefixes:
                    break
                phrase = self.folded.get(folded)
                if phrase is None and folded in self.exact:  # case-sensitive aliases: BI, PP, ANTARA
                    phrase = self.exact[folded].get(" ".join(w.group() for w in words[index:j + 1]))
                if phrase:
                    best = (j, phrase)
                if j < len(breaks) and breaks[j]:
                    break
            if best:
                found.append((words[index].start(), words[best[0]].end(), best[1]))
                resume = best[0] + 1
        return found


PHRASE_BREAK = re.compile(r"[.,;:!?\"“”]|\n\s*\n")


def words_of(text: str):
    """The words of a text and, between each two, whether a phrase may not continue
    (computed once per article, shared by every phrase index)."""
    words = list(TOKEN.finditer(text))
    breaks = [text[a.end():b.start()] != " " and bool(PHRASE_BREAK.search(text, a.end(), b.start()))
              for a, b in zip(words, words[1:])]
    return words, [w.group().casefold() for w in words], breaks
