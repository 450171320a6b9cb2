"""Meaning-shift flags: the changes a reviewer should read first.

Rule-based and deterministic. Both texts are scanned for *mentions* in four families:

- quantities: numbers with their currency, multiplier and unit ("600,000", "$100bn",
  "10 years", "60万人"), dates ("20 November 2025", "2025-11-20", "by 2040") and deadlines
  ("within 100 days", "as soon as possible", "100日以内", "速やかに");
- modality: shall / will / must / should / may / can / is expected to ..., negated forms
  included ("shall not"), and Japanese forms (しなければならない, ものとする, できる, 努める ...);
- negation: not, no, never, without, neither/nor, non-, n't; ない, ず, ません ...;
- parties and places: the vocabulary in ``data/entities.json`` (Russia, NATO, ロシア ...),
  plus capitalised multi-word names in English ("Board of Peace").

Quantities, modality and negation: an old mention is paired with the new mention of the same
family that stands where the diff puts it (old positions are carried to new positions through
the spans). A pair whose comparison keys differ is a flag (old → new): "600,000" → "800,000",
"shall not" → "may", "within 100 days" → "as soon as possible" (a date flag as soon as either
side is a date or deadline). A changed mention with no counterpart is a flag with one side
empty, unless the same value is still stated elsewhere in the other text (for negations,
every unpaired one counts: polarity is what matters).

Parties and places compare by presence: an entity named in only one of the texts is a flag;
a removed one and an added one standing at the same place in the redline make one flag
("United States" → "Europe"); so does one name replaced by another and nothing else around
it, even when both texts name both ("Russia shall pay Ukraine" → "Ukraine shall pay Russia").
For an added or removed point (one side empty) only parties and places are flagged, once
each.

Speed: both texts are scanned in full (a flag may depend on a value stated anywhere in them),
but the patterns a text cannot match are left out of its scan, decided by cheap tests for
what they need (a digit, a month name, a time unit, a number word...), so the result is the
same as scanning with every pattern; the entity vocabulary is one alternation whose
alternatives all start with a plain character, which the regex engine skips through quickly.
Patterns with large character classes are compiled on first use.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import IntEnum
from functools import cache, lru_cache
from typing import NamedTuple

from plandiff._text import CYRILLIC, JAPANESE, class_body
from plandiff.engine.comparison import Flag, FlagKind, Span, SpanOp
from plandiff.resources import package_dir

__all__ = ["find_flags"]


class _Family(IntEnum):
    QUANTITY = 0
    MODALITY = 1
    NEGATION = 2
    PARTY = 3


class _Mention(NamedTuple):  # a tuple: thousands are made per comparison, cheaply
    family: _Family
    start: int
    end: int
    text: str
    key: str
    """What must differ for a flag: a normalised value, modal, or entity id."""
    is_date: bool = False


# --- shared character classes ----------------------------------------------------------

_WORDCH = (
    "[0-9A-Za-z_\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff"
    f"{class_body(CYRILLIC)}\u1e00-\u1eff]"
)
"""A letter or digit of a script that puts spaces between words (Latin, Greek, Cyrillic):
names and keywords must not touch one; a CJK neighbour is fine (EUの, NATOに)."""
_LB = f"(?<!{_WORDCH})"
_RB = f"(?!{_WORDCH})"
_D = "[0-9０-９]"
_NUM = (
    f"(?:{_D}{{1,3}}(?:[,\u00a0\u202f\u2009 ，]{_D}{{3}})+|{_D}+)(?:[.,．，]{_D}+)?"
)
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTHS = _MONTH_NAMES.lower()
_MONTH_WORD = re.compile(rf"(?<![a-z])(?:{_MONTHS})(?![a-z])")
"""Month names must be capitalised in the text: "Article 5 may apply" is not a date."""
_MONTH_NUMBERS = {
    name: i
    for i, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")),
        start=1)
    for name in names
}
_NUMWORD = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|a hundred|a thousand|a million|a billion|several|a few"
)
_TIME_UNIT = "(?:years?|months?|weeks?|days?|hours?)"
_JA_TIME_UNIT = "(?:日間|日|週間|か月|カ月|ヶ月|ケ月|箇月|ヵ月|年間|年|時間)"
_JA_KANJI_NUM = "[一二三四五六七八九十百千]+[万億兆]?"

# --- quantities: dates and deadlines first, then numbers --------------------------------

_DATE_EN = [
    # ISO and numeric dates
    rf"{_LB}\d{{4}}-\d{{2}}-\d{{2}}{_RB}",
    # 20 November 2025, November 20, 2025, November 2025
    rf"{_LB}\d{{1,2}}\s+(?:{_MONTHS})\.?(?:,?\s+\d{{4}})?{_RB}",
    rf"{_LB}(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?{_RB}",
    rf"{_LB}(?:{_MONTHS})\.?\s+\d{{4}}{_RB}",
    rf"{_LB}(?:in|by|until|till|before|after|from|since|(?:the\s+)?end\s+of|early|late|mid-?)"
    rf"\s+(?:{_MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?{_RB}",
    # deadlines with a duration
    rf"{_LB}(?:within|no later than|not later than|no more than|in|after|before)\s+"
    rf"(?:the\s+next\s+|a\s+period\s+of\s+|a\s+maximum\s+of\s+)?(?:{_NUM}|{_NUMWORD})"
    rf"(?:\s*\(\s*{_NUM}\s*\))?\s+(?:working\s+|calendar\s+)?{_TIME_UNIT}{_RB}",
    rf"{_LB}(?:{_NUM}|{_NUMWORD})\s+(?:working\s+|calendar\s+)?{_TIME_UNIT}"
    rf"(?=\s+(?:after|of|from|following|before|prior to){_RB})",
    # a year after a preposition
    rf"{_LB}(?:by|before|until|till|after|from|since|through|in|no later than|not later than)"
    rf"\s+(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(?:19|20)\d{{2}}{_RB}",
    rf"{_LB}(?:by\s+)?the\s+end\s+of\s+(?:the\s+)?(?:year|month)\b",
    # deadlines without a number
    rf"{_LB}(?:as soon as (?:possible|practicable|feasible)|immediately|without delay|"
    r"forthwith|promptly|at the earliest (?:possible )?(?:opportunity|date|time)|"
    r"in due course|upon (?:the )?(?:signature|signing|entry into force|ratification)|"
    rf"on (?:signature|signing)|at a later (?:date|stage)|no later than|not later than){_RB}",
]
_DATE_JA = [
    rf"{_D}{{4}}年{_D}{{1,2}}月{_D}{{1,2}}日",
    rf"{_D}{{4}}年{_D}{{1,2}}月",
    rf"{_D}{{1,2}}月{_D}{{1,2}}日",
    rf"{_D}{{4}}年(?:末|内|中|以降|まで)(?:に|まで)?",
    rf"(?:{_NUM}|{_JA_KANJI_NUM}){_JA_TIME_UNIT}(?:以内|後|以降|まで)(?:に)?",
    r"(?:速やかに|直ちに|即時に?|即座に|早急に|遅滞なく|できるだけ早く|できる限り早く|"
    r"可能な限り(?:早く|速やかに|早期に)|署名(?:後|時)に?|発効(?:後|時)に?|年内に?|早期に)",
]

_CURRENCY_PREFIX = r"(?:US\$|\$|€|£|¥|USD\s?|EUR\s?|GBP\s?)"
_MULTIPLIER = (
    r"(?:\s?(?:trillion|billion|million|thousand|hundred thousand)|(?:bn|mn|tn|m|k)(?![A-Za-z]))"
)
_SUFFIX_UNIT = (
    r"(?:\s?(?:dollars|euros|pounds|USD|EUR|GBP|%|percent|per cent|per-cent)"
    rf"|\s{_TIME_UNIT}|\s?(?:km|kilomet(?:re|er)s?|miles?|square kilomet(?:re|er)s?))"
)
_JA_UNIT = (
    r"(?:万|億|兆|千)*(?:人|名|日間|日|年間|年|か月|カ月|ヶ月|ケ月|箇月|週間|時間|キロメートル|"
    r"キロ|km|％|%|パーセント|米ドル|ドル|ユーロ|円|基|隻|機|両|発)?"
)
_NUMBER_PATTERNS = [
    rf"(?<![A-Za-z0-9_]){_CURRENCY_PREFIX}?{_NUM}{_MULTIPLIER}?{_SUFFIX_UNIT}?(?![A-Za-z0-9])"
    + _JA_UNIT,
    rf"{_LB}(?:{_NUMWORD})(?:[- ](?:{_NUMWORD}))*(?:{_MULTIPLIER})?\s+"
    rf"(?:{_TIME_UNIT}|percent|per cent|dollars|euros|troops|soldiers|kilomet(?:re|er)s?)"
    rf"{_RB}",
    rf"(?<![\u4e00-\u9fff]){_JA_KANJI_NUM}(?:人|名|日間|日|年間|か月|カ月|ヶ月|週間)",
]

# --- modality ----------------------------------------------------------------------------

_EN_MODALS = {
    "shall not": "shall not", "shan't": "shall not", "shall": "shall",
    "will not": "will not", "won't": "will not", "will": "will",
    "must not": "must not", "mustn't": "must not", "must": "must",
    "should not": "should not", "shouldn't": "should not", "should": "should",
    "may not": "may not", "may": "may",
    "cannot": "cannot", "can not": "cannot", "can't": "cannot", "can": "can",
    "could not": "could not", "couldn't": "could not", "could": "could",
    "would not": "would not", "wouldn't": "would not", "would": "would",
    "might": "might", "ought to": "should",
    "is expected to": "be expected to", "are expected to": "be expected to",
    "is obliged to": "be obliged to", "are obliged to": "be obliged to",
    "is obligated to": "be obliged to", "are obligated to": "be obliged to",
    "is required to": "be required to", "are required to": "be required to",
    "is encouraged to": "be encouraged to", "are encouraged to": "be encouraged to",
    "is entitled to": "be entitled to", "are entitled to": "be entitled to",
    "is allowed to": "be allowed to", "are allowed to": "be allowed to",
    "is permitted to": "be permitted to", "are permitted to": "be permitted to",
    "is prohibited from": "be prohibited from", "are prohibited from": "be prohibited from",
    "has the right to": "have the right to", "have the right to": "have the right to",
    "agrees to": "agree to", "agree to": "agree to",
    "commits to": "commit to", "commit to": "commit to",
    "undertakes to": "undertake to", "undertake to": "undertake to",
    "intends to": "intend to", "intend to": "intend to",
    "seeks to": "seek to", "seek to": "seek to",
    "endeavours to": "endeavour to", "endeavour to": "endeavour to",
    "endeavors to": "endeavour to", "endeavor to": "endeavour to",
}
_JA_MODALS = {
    "しなければならない": "must", "なければならない": "must", "ねばならない": "must",
    "なくてはならない": "must", "義務を負う": "must",
    "してはならない": "must not", "てはならない": "must not", "ではならない": "must not",
    "するものとする": "shall", "ものとする": "shall",
    "することができない": "cannot", "ことができない": "cannot", "できない": "cannot",
    "することができる": "may", "ことができる": "may", "できる": "may",
    "してもよい": "may", "てもよい": "may", "ても良い": "may",
    "すべきである": "should", "べきである": "should", "すべき": "should", "べき": "should",
    "努めるものとする": "endeavour to", "努める": "endeavour to", "努力する": "endeavour to",
    "期待される": "be expected to", "予定である": "be scheduled to",
}
_MODAL_EN = [
    _LB + "(?:" + "|".join(
        re.escape(m).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
        for m in sorted(_EN_MODALS, key=lambda m: (-len(m), m))
    ) + ")" + _RB,
]
_MODAL_JA = [
    "(?:" + "|".join(re.escape(m) for m in sorted(_JA_MODALS, key=lambda m: (-len(m), m))) + ")",
    # plain Japanese sentence endings: する (will) / しない (will not)
    r"(?:しない|する)(?=[。．.]|\s*$)",
]
_NOT_A_MODAL = re.compile(
    r"(?:\b(?:the|a|political|good|free|own|his|her|their|its|of|popular)\s+$)"
)

# --- negation ----------------------------------------------------------------------------

_NEGATION_EN = [
    _LB + r"(?:not|no|never|without|neither|nor|none|nobody|nothing|nowhere|"
    r"\w+n['\u2019]t)" + _RB,
    _LB + r"non-(?=\w)",
    # Ukrainian / Russian
    _LB + r"(?:не|ні|нет|ни|ніколи|никогда|без)" + _RB,
]
_NEGATION_JA = [
    # Japanese: a negative ending after kana (not 少ない / 危ない, which follow kanji)
    r"[\u3041-\u3096](?:ない|なく|ません|ぬ)",
    r"(?<=[\u3041-\u3096])(?<!わら)(?<!ま)ず(?![かれつ])",
    r"(?:なしに|なしで)",
]
_NOT_A_NEGATION = re.compile(r"(?:no\.?\s*\d|not only)")

# --- parties and places ------------------------------------------------------------------

_CAPITALISED = re.compile(
    # (?<![\w'’-])[A-Z]..., with the test behind the capital so the engine can skip ahead
    r"[A-Z](?<![\w'’-][\s\S])[\w'’-]*(?:(?:\s+(?:of|the|for|on|de|du|la|al)){0,2}"
    r"\s+[A-Z][\w'’-]*)+"
)
_LEADING_WORDS = frozenset((
    "the", "a", "an", "this", "that", "these", "those", "each", "any", "all", "both", "such",
    "in", "on", "at", "by", "for", "if", "under", "within", "upon", "after", "before",
    "during", "article", "point", "section", "paragraph", "annex", "part", "no", "not", "and",
    "or", "but", "as", "to", "from", "with", "when", "where", "while",
))
_CALENDAR = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
))


@dataclass(frozen=True)
class _Vocabulary:
    pattern: re.Pattern[str]
    exact: dict[str, str]
    stems: tuple[tuple[str, str], ...]
    """(pattern, entity id) of each name with a wildcard ending, longest first; compiled on
    first use only (:func:`_stem`): each takes a while to compile."""

    def entity(self, surface: str) -> str:
        found = self.exact.get(" ".join(surface.split()))
        if found is not None:
            return found
        for stem, entity in self.stems:
            if _stem(stem).fullmatch(surface):
                return entity
        return "name:" + " ".join(surface.split()).casefold()  # pragma: no cover


@cache
def _stem(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _name_regex(name: str) -> str:
    parts = [re.escape(p).replace(r"\ ", r"\s+") for p in name.split("*")]
    return f"{_WORDCH}*".join(parts)  # "Україн*": any ending


@cache
def _vocabulary() -> _Vocabulary:
    data = json.loads((package_dir() / "data" / "entities.json").read_text(encoding="utf-8"))
    exact: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    for entity in data["entities"]:
        for names in entity["names"].values():
            for name in names:
                if "*" in name:
                    stems.append((name, entity["id"]))
                else:
                    exact.setdefault(" ".join(name.split()), entity["id"])
    alternatives = sorted({*exact, *(s for s, _ in stems)}, key=lambda n: (-len(n), n))
    ordered = sorted(stems, key=lambda s: (-len(s[0]), s[0]))
    body = "|".join(_name_regex(n) for n in alternatives)
    return _Vocabulary(
        # No test on the character before a name inside the pattern: a pattern made only of
        # alternatives that start with a plain character lets the engine skip ahead to the
        # next possible first character (several times faster); :func:`_known_names` tests
        # the character before each match instead.
        pattern=re.compile(f"(?:{body}){_RB}"),
        exact=exact,
        stems=tuple((_name_regex(s), e) for s, e in ordered),
    )


# --- extraction --------------------------------------------------------------------------


_JAPANESE_CLASS = f"[{class_body(JAPANESE, astral=False)}]"
"""Kana and kanji (large character classes are slow to compile: patterns using them are
compiled on first use, by :func:`_compiled`)."""


@cache
def _compiled(patterns: tuple[str, ...], word_start: bool) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns)
    # Every English, Ukrainian or Russian mention starts a word: testing \b first lets the
    # engine skip the other positions quickly.
    return re.compile(f"\\b(?:{body})" if word_start else body)


def _scan(text: str, latin: re.Pattern[str] | None, japanese: Sequence[str] = (),
          has_japanese: bool = False) -> list[tuple[int, int]]:
    """Matches of the patterns, case-sensitively (pass a lowered text for keywords: the
    engine's case-insensitive mode is several times slower). Japanese patterns run only on
    text with kana or kanji (``has_japanese``)."""
    found = [] if latin is None else [(m.start(), m.end()) for m in latin.finditer(text)]
    if japanese and has_japanese:
        found.extend((m.start(), m.end())
                     for m in _compiled(tuple(japanese), False).finditer(text))
        found.sort()
    return [(s, e) for s, e in found if e > s]


# --- cheap tests that skip a scan which cannot match anything ---------------------------

_ANY_DIGIT = re.compile(r"\d")
_MONTH_CUES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
               "dec")
_TIME_UNIT_CUES = ("year", "month", "week", "day", "hour")
_DEADLINE_CUES = ("as soon as", "immediately", "without delay", "forthwith", "promptly",
                  "at the earliest", "in due course", "upon", "on sign", "at a later",
                  "later than")
_DATE_NEEDS = ("d", "dm", "dm", "dm", "m", "t", "t", "d", "et", "k")
"""What each pattern of ``_DATE_EN`` needs somewhere in the lowered text to match at all: a
digit (d), a month name (m), a time unit (t), "end" (e), a deadline phrase (k)."""


def _has_any(text: str, words: Sequence[str]) -> bool:
    # Substring tests run in C: much faster than a regex alternation over common letters.
    return any(word in text for word in words)


@cache
def _date_alternatives(present: str) -> re.Pattern[str] | None:
    chosen = tuple(pattern for pattern, needs in zip(_DATE_EN, _DATE_NEEDS, strict=True)
                   if all(cue in present for cue in needs))
    return _compiled(chosen, True) if chosen else None


def _date_pattern(lowered: str) -> re.Pattern[str] | None:
    """The English date patterns that can match ``lowered``: dropping an alternative that
    matches nowhere changes no match, and saves its scan."""
    unit = _has_any(lowered, _TIME_UNIT_CUES)
    present = "".join((
        "d" if _ANY_DIGIT.search(lowered) else "",
        "m" if _has_any(lowered, _MONTH_CUES) else "",
        "t" if unit else "",
        "e" if unit and "end" in lowered else "",
        "k" if _has_any(lowered, _DEADLINE_CUES) else ""))
    return _date_alternatives(present)


_DIGIT = re.compile("[0-9０-９]")
_NUMBER_WORDS = tuple(sorted({w.split()[-1] for w in _NUMWORD.split("|")}))
_NUMBER_WORD_UNITS = ("year", "month", "week", "day", "hour", "percent", "per cent", "dollar",
                      "euro", "troop", "soldier", "kilomet")
"""The second number pattern needs a number word followed by one of these."""
_KANJI_NUMERAL = re.compile("[一二三四五六七八九十百千]")


@cache
def _number_alternatives(digit: bool, word: bool, kanji: bool) -> re.Pattern[str] | None:
    chosen = tuple(pattern for pattern, present in zip(
        _NUMBER_PATTERNS, (digit, word, kanji), strict=True) if present)
    return _compiled(chosen, False) if chosen else None


def _number_pattern(text: str) -> re.Pattern[str] | None:
    """The number patterns that can match ``text`` (one needs a digit, one a number word
    and a unit, one a kanji numeral): dropping the others changes no match, and saves their
    scan."""
    return _number_alternatives(
        _DIGIT.search(text) is not None,
        _has_any(text, _NUMBER_WORD_UNITS) and _has_any(text, _NUMBER_WORDS),
        _KANJI_NUMERAL.search(text) is not None)


def _lowered_table() -> dict[int, int]:
    table: dict[int, int] = {}
    for cp in (*range(0x41, 0x530), *range(0x1E00, 0x1F00)):
        lower = chr(cp).lower()
        if len(lower) == 1 and lower != chr(cp):
            table[cp] = ord(lower)
    return table


_LOWER = _lowered_table()
"""Lower case for Latin, Greek and Cyrillic that never changes a string's length, so
positions found in the lowered text hold in the original."""


def _capitalised_months(text: str, start: int, end: int, lowered: str) -> bool:
    return all(text[m.start()].isupper()
               for m in _MONTH_WORD.finditer(lowered, start, end))


def _overlaps(ranges: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(ranges, (start, 1 << 62)) - 1
    for s, e in ranges[max(i, 0):]:
        if s >= end:
            return False
        if e > start and s < end:
            return True
    return False


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def _number_value(text: str) -> str:
    digits = re.sub(r"[\s\u00a0\u202f\u2009]", "", text)
    if "," in digits and "." in digits:
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
        group = "," if decimal == "." else "."
        digits = digits.replace(group, "").replace(decimal, ".")
    elif "," in digits:
        groups = digits.split(",")
        digits = "".join(groups) if all(len(g) == 3 for g in groups[1:]) else digits.replace(
            ",", ".")
    elif digits.count(".") > 1:
        digits = digits.replace(".", "")
    try:
        return str(Decimal(digits).normalize())
    except InvalidOperation:  # pragma: no cover - the pattern only admits digits
        return digits


_MULTIPLIER_KEYS = (
    (re.compile(r"trillion|tn|兆"), "e12"), (re.compile(r"billion|bn|億"), "e9"),
    (re.compile(r"million|mn|(?<=\d)m\b|百万"), "e6"), (re.compile(r"万"), "e4"),
    (re.compile(r"thousand|(?<=\d)k\b|千"), "e3"),
)
_UNIT_KEYS = (
    (re.compile(r"\$|usd|dollar|ドル"), "usd"), (re.compile(r"€|eur|ユーロ"), "eur"),
    (re.compile(r"£|gbp|pound"), "gbp"), (re.compile(r"¥|円"), "jpy"),
    (re.compile(r"%|percent|per cent|per-cent|パーセント"), "%"),
    (re.compile(r"year|年"), "y"), (re.compile(r"month|か月|カ月|ヶ月|ケ月|箇月|ヵ月"), "mo"),
    (re.compile(r"week|週"), "w"), (re.compile(r"day|日"), "d"), (re.compile(r"hour|時間"), "h"),
    (re.compile(r"km|kilomet|キロ"), "km"), (re.compile(r"mile"), "mi"),
    (re.compile(r"人|名|troop|soldier"), "people"),
)


@lru_cache(maxsize=4096)
def _quantity_key(text: str) -> str:
    folded = _squash(text)
    match = re.search(_NUM, folded)
    if match is None:
        return folded
    value = _number_value(match.group())
    rest = folded[: match.start()] + " " + folded[match.end():]
    parts = [value]
    parts.extend(key for pattern, key in _MULTIPLIER_KEYS if pattern.search(rest))
    parts.extend(key for pattern, key in _UNIT_KEYS if pattern.search(rest))
    return " ".join(parts)


@lru_cache(maxsize=4096)
def _date_key(text: str) -> str:
    folded = _squash(text)
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", folded)
    if iso:
        return "-".join(iso.groups())
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", folded)
    year = re.search(r"\b(\d{4})\b", folded)
    month = re.search(r"\b(" + _MONTH_NAMES.lower() + r")\b", folded)
    if month and year:
        number = _MONTH_NUMBERS[month.group(1)]
        if day and day.start() != year.start():
            return f"{year.group(1)}-{number:02d}-{int(day.group(1)):02d}"
        return f"{year.group(1)}-{number:02d}"
    ja = re.fullmatch(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?", folded)
    if ja:
        y, m, d = ja.groups()
        return f"{y}-{int(m):02d}" + (f"-{int(d):02d}" if d else "")
    return re.sub(_NUM, lambda m: _number_value(m.group()), folded)


@lru_cache(maxsize=4096)
def _modal_key(text: str) -> str:
    folded = " ".join(text.replace("\u2019", "'").split()).casefold()
    if folded in _EN_MODALS:
        return _EN_MODALS[folded]
    if text in _JA_MODALS:
        return _JA_MODALS[text]
    return {"する": "will", "しない": "will not"}.get(text, folded)


def _mentions(text: str) -> list[_Mention]:
    out: list[_Mention] = []
    ascii_only = text.isascii()
    lowered = text.lower() if ascii_only else text.translate(_LOWER)
    japanese = not ascii_only and max(lowered) >= "\u3041" and _compiled(
        (_JAPANESE_CLASS,), False).search(lowered) is not None
    dates = _drop_overlaps((s, e) for s, e in _scan(lowered, _date_pattern(lowered), _DATE_JA,
                                                    japanese)
                           if _capitalised_months(text, s, e, lowered))
    for s, e in dates:
        out.append(_Mention(_Family.QUANTITY, s, e, text[s:e], "date:" + _date_key(text[s:e]),
                            is_date=True))
    number_re = _number_pattern(text)
    numbers = () if number_re is None else (m.span() for m in number_re.finditer(text))
    for s, e in _drop_overlaps(numbers):
        if not _overlaps(dates, s, e) and not _is_label(lowered, s, e):
            out.append(_Mention(_Family.QUANTITY, s, e, text[s:e], _quantity_key(text[s:e])))
    modals: list[tuple[int, int]] = []
    for s, e in _scan(lowered, _compiled(tuple(_MODAL_EN), True), _MODAL_JA, japanese):
        word = text[s:e]
        if _overlaps(dates, s, e) or _NOT_A_MODAL.search(lowered, max(0, s - 20), s):
            continue
        if word.startswith("May") and not _sentence_start(text, s):
            continue  # the month
        modals.append((s, e))
        out.append(_Mention(_Family.MODALITY, s, e, word, _modal_key(word)))
    for s, e in _scan(lowered, _compiled(tuple(_NEGATION_EN), True), _NEGATION_JA,
                      japanese):
        if _overlaps(dates, s, e) or _overlaps(modals, s, e):
            continue
        if _NOT_A_NEGATION.match(lowered, s) or _japanese_exception(text, s, e):
            continue
        out.append(_Mention(_Family.NEGATION, s, e, text[s:e], "negation"))
    out.extend(_parties(text))
    return out


_LABEL_BEFORE = re.compile(r"(?:\barticles?|\bart\.|\bparagraphs?|\bclauses?|\bpoints?)\s*$")
_LABEL_AFTER = re.compile(r"-(?:point|item)s?\b")


def _is_label(lowered: str, start: int, end: int) -> bool:
    """A number that names rather than counts: "Article 5", "point 12", "the 28-point
    text" (a document's name): not a quantity (``lowered`` is the ASCII-lowered text)."""
    return (_LABEL_BEFORE.search(lowered, max(0, start - 12), start) is not None
            or _LABEL_AFTER.match(lowered, end) is not None)


def _japanese_exception(text: str, start: int, end: int) -> bool:
    """Japanese endings that look negative but are not (まもなく = soon, ないし = to)."""
    word = text[start:end]
    return text[max(0, start - 1):end].endswith(("まもなく", "間もなく")) or (
        word.endswith("ない") and text[end:end + 1] == "し")


def _sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip()
    return not before or before[-1] in ".!?:;\n"


def _drop_overlaps(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Leftmost-longest, non-overlapping."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges, key=lambda r: (r[0], -r[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


_WORD_BEFORE = re.compile(_WORDCH)


def _known_names(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Spans of vocabulary names not preceded by a word character: what
    ``(?<!{_WORDCH})`` in front of the pattern would find with ``finditer``, exactly (after a
    match preceded by a word character the search resumes one character later, where such a
    pattern would have gone on looking)."""
    found: list[tuple[int, int]] = []
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        start = match.start()
        if start and _WORD_BEFORE.match(text, start - 1):
            pos = start + 1
            continue
        found.append((start, match.end()))
        pos = max(match.end(), start + 1)
    return found


def _parties(text: str) -> list[_Mention]:
    vocabulary = _vocabulary()
    known = _known_names(vocabulary.pattern, text)
    out = [
        _Mention(_Family.PARTY, s, e, text[s:e], vocabulary.entity(text[s:e]))
        for s, e in known
    ]
    for match in _CAPITALISED.finditer(text):
        words = [(match.start() + w.start(), match.start() + w.end())
                 for w in re.finditer(r"\S+", match.group())]
        # drop sentence-initial function words, calendar words and dangling connectors
        while words and (text[words[0][0]:words[0][1]].casefold() in _LEADING_WORDS
                         or text[words[0][0]:words[0][1]].casefold() in _CALENDAR
                         or not text[words[0][0]].isupper()):
            words.pop(0)
        while words and (text[words[-1][0]:words[-1][1]].casefold() in _CALENDAR
                         or not text[words[-1][0]].isupper()):
            words.pop()
        surfaces = [text[s:e] for s, e in words]
        capitals = [w for w in surfaces if w[:1].isupper()]
        if len(capitals) < 2 or sum(w.isupper() and len(w) > 1 for w in capitals) > 1:
            continue
        start, end = words[0][0], words[-1][1]
        if _overlaps(known, start, end):
            continue
        surface = text[start:end]
        out.append(_Mention(_Family.PARTY, start, end, surface,
                            "name:" + " ".join(surface.split()).casefold()))
    return sorted(out, key=lambda m: (m.start, m.end))


# --- pairing old and new -----------------------------------------------------------------


class _Hunk(NamedTuple):
    old_start: int
    old_end: int
    new_start: int
    new_end: int


class _Map:
    """Carries old positions to new positions through the spans."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.hunks: list[_Hunk] = []
        self.equal_old: list[tuple[int, int]] = []
        self.equal_new: list[tuple[int, int]] = []
        self._equal_shift: list[tuple[int, int, int]] = []  # (old_start, old_end, new_start)
        o = n = 0
        pending: list[int] | None = None
        for span in spans:
            size = len(span.text)
            if span.op is SpanOp.EQUAL:
                if pending is not None:
                    self.hunks.append(_Hunk(pending[0], o, pending[1], n))
                    pending = None
                self.equal_old.append((o, o + size))
                self.equal_new.append((n, n + size))
                self._equal_shift.append((o, o + size, n))
                o += size
                n += size
            else:
                if pending is None:
                    pending = [o, n]
                if span.op is SpanOp.DELETE:
                    o += size
                else:
                    n += size
        if pending is not None:
            self.hunks.append(_Hunk(pending[0], o, pending[1], n))
        self.old_size, self.new_size = o, n
        self._starts = [h.old_start for h in self.hunks]

    def _hunk_at(self, pos: int) -> _Hunk | None:
        i = bisect_right(self._starts, pos) - 1
        while i >= 0:
            hunk = self.hunks[i]
            if hunk.old_start <= pos <= hunk.old_end:
                return hunk
            if hunk.old_end < pos:
                return None
            i -= 1
        return None

    def lo(self, pos: int) -> int:
        """New position of an old start position."""
        hunk = self._hunk_at(pos)
        if hunk is not None and pos < hunk.old_end:
            return hunk.new_start
        return self._exact(pos)

    def hi(self, pos: int) -> int:
        """New position of an old end position."""
        hunk = self._hunk_at(pos)
        if hunk is not None and pos > hunk.old_start:
            return hunk.new_end
        return self._exact(pos)

    def _exact(self, pos: int) -> int:
        i = bisect_right(self._equal_shift, (pos, 1 << 62, 0)) - 1
        for s, e, n in self._equal_shift[max(i, 0):max(i, 0) + 2]:
            if s <= pos <= e:
                return n + (pos - s)
        # between two hunks with no equal text around: the end of the nearest hunk
        hunk = self._hunk_at(pos)
        return hunk.new_end if hunk is not None else min(pos, self.new_size)


def _inside(ranges: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(ranges, (start, 1 << 62)) - 1
    return i >= 0 and ranges[i][0] <= start and end <= ranges[i][1]


_KIND = {_Family.MODALITY: FlagKind.MODALITY, _Family.NEGATION: FlagKind.NEGATION}
_KIND_ORDER = {kind: i for i, kind in enumerate(FlagKind)}


def _kind(*mentions: _Mention) -> FlagKind:
    family = mentions[0].family
    if family is _Family.QUANTITY:
        return FlagKind.DATE if any(m.is_date for m in mentions) else FlagKind.NUMBER
    return _KIND[family]


def find_flags(old: str, new: str, spans: tuple[Span, ...]) -> tuple[Flag, ...]:
    """The meaning shifts between ``old`` and ``new``, given the spans of their redline.

    ``spans`` must rebuild both texts (as :func:`plandiff.engine.redline.diff_texts` guarantees);
    otherwise ``ValueError`` is raised. Flags come sorted by kind (number, date, modality,
    negation, party), then by where they stand in the new text; no flag appears twice.
    """
    rebuilt_old = "".join(s.text for s in spans if s.op is not SpanOp.INSERT)
    rebuilt_new = "".join(s.text for s in spans if s.op is not SpanOp.DELETE)
    if rebuilt_old != old or rebuilt_new != new:
        raise ValueError("find_flags: the spans do not rebuild the old and new texts")
    if old == new:
        return ()
    if not old.strip() or not new.strip():
        return _lone_parties(old if old.strip() else new, removed=bool(old.strip()))

    mapping = _Map(spans)
    old_mentions = _mentions(old)
    new_mentions = _mentions(new)
    found: list[tuple[int, Flag]] = []
    old_by_family: list[list[_Mention]] = [[] for _ in _Family]
    new_by_family: list[list[_Mention]] = [[] for _ in _Family]
    for mention in old_mentions:
        old_by_family[mention.family].append(mention)
    for mention in new_mentions:
        new_by_family[mention.family].append(mention)
    for family in _Family:
        olds, news = old_by_family[family], new_by_family[family]
        if family is _Family.PARTY:
            found.extend(_party_flags(olds, news, mapping))
        else:
            found.extend(_pair_family(olds, news, mapping,
                                      (_negations(old_mentions), _negations(new_mentions))))
    return _ordered(found)


def _negations(mentions: Iterable[_Mention]) -> int:
    """How many negations a text holds: negation words and negative modals ("will not");
    "neither ... nor" is one negation."""
    found = list(mentions)
    neither = any(m.family is _Family.NEGATION and m.text.casefold() == "neither"
                  for m in found)
    return sum(1 for m in found if (
        m.family is _Family.NEGATION and not (neither and m.text.casefold() == "nor")) or (
        m.family is _Family.MODALITY and (m.key.endswith(" not") or m.key == "cannot"
                                          or "prohibited" in m.key)))


def _party_flags(olds: list[_Mention], news: list[_Mention], mapping: _Map
                 ) -> list[tuple[int, Flag]]:
    """Parties and places named on one side only; a removed one and an added one that stand
    at the same place in the redline make one flag (old → new)."""
    old_keys = {m.key for m in olds}
    new_keys = {m.key for m in news}
    removed = _first_mentions(m for m in olds if m.key not in new_keys)
    added = _first_mentions(m for m in news if m.key not in old_keys)
    out: list[tuple[int, Flag]] = []
    taken: set[str] = set()
    for gone in removed:
        images = [(mapping.lo(m.start), mapping.hi(m.end)) for m in olds if m.key == gone.key]
        partner = next(
            (new for new in added if new.key not in taken and any(
                (m.start < hi and m.end > lo) or (lo == hi and m.start <= lo <= m.end)
                for m in news if m.key == new.key for lo, hi in images)),
            None)
        if partner is None:
            out.append((mapping.lo(gone.start), Flag(FlagKind.PARTY, gone.text, "")))
        else:
            taken.add(partner.key)
            out.append((partner.start, Flag(FlagKind.PARTY, gone.text, partner.text)))
    out.extend((new.start, Flag(FlagKind.PARTY, "", new.text))
               for new in added if new.key not in taken)
    # A name replaced by another name and nothing else ("Russia shall pay Ukraine" →
    # "Ukraine shall pay Russia") is flagged even when both names occur in both texts.
    old_at = {(m.start, m.end): m for m in olds}
    new_at = {(m.start, m.end): m for m in news}
    for hunk in mapping.hunks:
        before = old_at.get((hunk.old_start, hunk.old_end))
        after = new_at.get((hunk.new_start, hunk.new_end))
        if before is not None and after is not None and before.key != after.key:
            out.append((after.start, Flag(FlagKind.PARTY, before.text, after.text)))
    return out


def _first_mentions(mentions: Iterable[_Mention]) -> list[_Mention]:
    seen: set[str] = set()
    out: list[_Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        if mention.key not in seen:
            seen.add(mention.key)
            out.append(mention)
    return out


def _pair_family(olds: list[_Mention], news: list[_Mention], mapping: _Map,
                 negations: tuple[int, int] = (0, 0)) -> list[tuple[int, Flag]]:
    paired_new: set[int] = set()
    by_start = {(m.start, m.end): i for i, m in enumerate(news)}
    pairs: list[tuple[_Mention, _Mention]] = []
    unpaired_old: list[_Mention] = []
    # 1. mentions inside unchanged text pair with their exact image
    for mention in olds:
        if _inside(mapping.equal_old, mention.start, mention.end):
            image = (mapping.lo(mention.start), mapping.hi(mention.end))
            j = by_start.get(image)
            if j is not None and j not in paired_new:
                paired_new.add(j)
                pairs.append((mention, news[j]))
                continue
        unpaired_old.append(mention)
    # 2. changed mentions pair with the first unpaired new mention where the diff puts them
    removed: list[_Mention] = []
    for mention in unpaired_old:
        lo, hi = mapping.lo(mention.start), mapping.hi(mention.end)
        match = None
        for j, candidate in enumerate(news):
            if j in paired_new:
                continue
            if not _comparable(mention, candidate):
                continue
            if (candidate.start < hi and candidate.end > lo) or (
                    lo == hi and candidate.start <= lo <= candidate.end):
                match = j
                break
        if match is None:
            removed.append(mention)
        else:
            paired_new.add(match)
            pairs.append((mention, news[match]))
    added = [m for j, m in enumerate(news) if j not in paired_new]

    out: list[tuple[int, Flag]] = []
    for before, after in pairs:
        if before.key != after.key and not (
                before.family is _Family.NEGATION and after.family is _Family.NEGATION):
            out.append((after.start, Flag(_kind(before, after), before.text, after.text)))
    old_keys = {m.key for m in olds}
    new_keys = {m.key for m in news}
    # A negation moved or reworded ("does not" → "is not", "no" → "not", "will not" →
    # "not") leaves both sides saying "not": only a change in how many negations each side
    # holds (negative modals count) flags, and only as many unpaired ones as that change.
    for mention in _one_sided(removed, negations[0] - negations[1], new_keys):
        out.append((mapping.lo(mention.start), Flag(_kind(mention), mention.text, "")))
    for mention in _one_sided(added, negations[1] - negations[0], old_keys):
        out.append((mention.start, Flag(_kind(mention), "", mention.text)))
    return out


def _one_sided(mentions: list[_Mention], surplus: int, other_keys: set[str]
               ) -> Iterator[_Mention]:
    """The unpaired mentions of one side that flag: negations up to the ``surplus`` of
    negations this side holds, others when they matter alone and the other side has no
    mention of the same key."""
    for mention in mentions:
        if mention.family is _Family.NEGATION:
            if surplus <= 0:
                continue
            surplus -= 1
        elif not _alone_matters(mention) or mention.key in other_keys:
            continue
        yield mention


_DURATION = re.compile(r" (?:y|mo|w|d|h)\b")
_STRONG_MODALS = frozenset((
    "shall", "shall not", "must", "must not", "may not", "cannot", "will not",
    "be obliged to", "be required to", "be prohibited from", "have the right to",
    "be entitled to",
))
"""Modals whose appearance or disappearance alone changes an obligation or a right; plain
"will", "can", "should", a sentence-final する ... come and go with every rewritten sentence."""


def _comparable(old: _Mention, new: _Mention) -> bool:
    """A number pairs with a date or deadline only when it is a duration (100 days)."""
    if old.family is not _Family.QUANTITY or old.is_date == new.is_date:
        return True
    number = new if old.is_date else old
    return bool(_DURATION.search(number.key))


def _alone_matters(mention: _Mention) -> bool:
    """Whether a mention with no counterpart is worth a one-sided flag."""
    return mention.family is not _Family.MODALITY or mention.key in _STRONG_MODALS


def _lone_parties(text: str, *, removed: bool) -> tuple[Flag, ...]:
    found: list[tuple[int, Flag]] = []
    for mention in _first_mentions(_parties(text)):
        flag = Flag(FlagKind.PARTY, mention.text, "") if removed else \
            Flag(FlagKind.PARTY, "", mention.text)
        found.append((mention.start, flag))
    return _ordered(found)


def _ordered(found: Iterable[tuple[int, Flag]]) -> tuple[Flag, ...]:
    seen: set[Flag] = set()
    out: list[Flag] = []
    for _, flag in sorted(found, key=lambda f: (_KIND_ORDER[f[1].kind], f[0], f[1].old,
                                                f[1].new)):
        if flag not in seen:
            seen.add(flag)
            out.append(flag)
    return tuple(out)
