"""Meaning-shift flags: the changes a reviewer should read first.

Rule-based and deterministic. Both texts are scanned for *mentions* in four families:

- quantities: numbers with their currency, multiplier and unit, in digits or words ("600,000",
  "$100bn", "five hundred thousand", "60万人", ranges "$700–800bn", splits "50/50"), dates
  ("20 November 2025", "2025-11-20", "by 2040", "from spring 2026", "1 березня 2026") and
  deadlines or periods ("within 100 days", "for 12 months", "as soon as possible", "on the day
  of signing", "протягом 100 днів", "100日以内", "速やかに");
- modality: shall / will / must / should / may / can / is expected to ..., negated forms
  included ("shall not"), Japanese forms (しなければならない, ものとする, できる, 努める ...)
  and Ukrainian and Russian ones (повинна, може, должна, может ...);
- negation: not, no, never, without, neither/nor, non-, n't; не, ні, без; ない, ず, ません ...;
  and words that negate by meaning (lapse, void, cease; hinder, prevent, prohibit ...);
- parties and places: the vocabulary in ``data/entities.json`` (Russia, NATO, ロシア ...) with
  a few names of the flags' own (Washington, America), capitalised multi-word names in English
  ("Board of Peace") and single capitalised words inside a sentence ("Enerhodar").

Each mention has a key that says what it means whatever the wording: "$800bn", "800 billion
dollars" and "8000億ドル" are one value; "by the end of 2026" and "by 31 December 2026" one date;
"within 100 days" and "no later than 100 days" one deadline; "Kyiv" put for "Ukraine" one party.

Quantities and modals: an old mention is paired with the new mention of the same family that
stands where the diff puts it (old positions are carried to new positions through the spans),
one that says the same first, then one of the same sort. A pair whose keys differ is a flag
(old → new): "600,000" → "800,000", "shall" → "may", "within 100 days" → "as soon as possible".
A changed quantity with no counterpart is a flag with one side empty, unless the same value is
still stated elsewhere in the other text; a modal only when it alone makes an obligation or a
right ("shall", "must not"; not "will", "will not", "can").

Negations are counted by statement: each clause (a sentence, or part of one after a semicolon,
a colon or ", and") is matched to the clause of the other text that makes the same statement
(the one sharing most content words, at least two and a third of them). A statement whose count
of negations changed flags as many changed ones; a negation reworded or moved ("no troops" →
"not ... troops", "never" → "not", "shall not deploy" → "shall deploy no", "no longer applies"
→ "lapses") leaves the count alone; a clause that came or went whole takes its negations with it
(the redline shows it), unless it is a verdict on the whole point ("Not agreed.").

Parties and places compare by presence: an entity named in only one of the texts is a flag
(not a name still given in lower case or by the acronym defined after it). A removed one and an
added one make one flag ("United States" → "Europe") when one short edit swaps them; so does one
name replaced by another and nothing else, when both texts name both ("Russia shall pay
Ukraine" → "Ukraine shall pay Russia"); in a rewritten passage each is flagged on its own. For
an added or removed point (one side empty) only parties and places are flagged, once each.
Flags read the point's text only, never its notes.

Speed: both texts are scanned in full (a flag may depend on a value stated anywhere in them),
but the patterns a text cannot match are left out of its scan, decided by cheap tests for
what they need (a digit, a month name, a time unit, a number word...), so the result is the
same as scanning with every pattern; the entity vocabulary is one alternation whose
alternatives all start with a plain character, which the regex engine skips through quickly.
Every pattern is compiled on first use (:class:`_Lazy`), not at import.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import IntEnum
from functools import cache, lru_cache
from typing import Any, NamedTuple

from plandiff._text import CYRILLIC, JAPANESE, class_body
from plandiff.engine.comparison import Flag, FlagKind, Span, SpanOp
from plandiff.engine.stopwords import is_function_word
from plandiff.plans.entities import shipped_entities, shipped_stands_for

__all__ = ["find_flags"]


class _Family(IntEnum):
    QUANTITY = 0
    MODALITY = 1
    NEGATION = 2
    PARTY = 3


# Enum members read once: in Python 3.11 reading a member as a class attribute
# (``_EQUAL``) costs about ten times reading a module global, and find_flags reads
# them for every span and every mention.
_QUANTITY, _MODALITY, _NEGATION, _PARTY = _Family
_EQUAL, _DELETE = SpanOp.EQUAL, SpanOp.DELETE


class _Mention(NamedTuple):  # a tuple: thousands are made per comparison, cheaply
    family: _Family
    start: int
    end: int
    text: str
    key: str
    """What must differ for a flag: a normalised value, modal, or entity id."""
    is_date: bool = False
    alias: str = ""
    """An acronym the text defines right after a name: "... Nuclear Weapons (NPT)"."""


_new_tuple = tuple.__new__
"""``_new_tuple(_Mention, (family, start, end, text, key, is_date, alias))``, every field of
the named tuple given in order, is the instance ``_Mention(...)`` makes, without its
Python-level ``__new__``: mentions, hunks (``_Hunk``), clauses (``_Clause``) and negation
units (``_Unit``) are made by the thousand."""


class _Lazy:
    """A regex compiled on its first use, not at import: ``_Lazy(source, flags)`` answers
    ``search``, ``match``, ``fullmatch``, ``finditer``, ``findall`` and ``sub`` as
    ``re.compile(source, flags)`` does. Most of the module's patterns serve some texts only
    (Japanese, Cyrillic, names, dates, the keys of numbers), and compiling them all was most
    of its import time. The first use stores the compiled pattern's methods on the
    instance, so later calls find them without ``__getattr__``."""

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        if name not in ("search", "match", "fullmatch", "finditer", "findall", "sub"):
            raise AttributeError(name)
        compiled = re.compile(self.source, self.flags)
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


# --- shared character classes ----------------------------------------------------------

_WORDCH = (
    "[0-9A-Za-z_\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff"
    f"{class_body(CYRILLIC)}\u1e00-\u1eff]"
)
"""A letter or digit of a script that puts spaces between words (Latin, Greek, Cyrillic):
names and keywords must not touch one; a CJK neighbour is fine (EUの, NATOに)."""
_ASCII_WORDCH = "[0-9A-Za-z_]"
"""The ASCII characters of ``_WORDCH``: the same class on an ASCII text."""
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
_MONTH_WORD = _Lazy(rf"(?<![a-z])(?:{_MONTHS})(?![a-z])")
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
_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_VALUES = {word: value for value, word in enumerate(_ONES)} | {
    word: 10 * i for i, word in enumerate(_TENS, start=2)}
_WORD_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
                "trillion": 10**12}
_CARDINAL = "|".join(sorted((*_WORD_VALUES, *_WORD_SCALES), key=lambda w: (-len(w), w)))
_CARDINALS = (
    rf"(?:a\s+(?=(?:hundred|thousand|million|billion)\b))?(?:{_CARDINAL})"
    rf"(?:(?:\s+and\s+|[\s-])(?:{_CARDINAL})(?![A-Za-z]))*"
)
"""A number in words, lowercase: "twelve", "twenty-five", "five hundred thousand"."""
_TIME_UNIT = "(?:years?|months?|weeks?|days?|hours?)"
_CYR_TIME_UNIT = (
    "(?:днів|дні|день|дня|дней|тижн[а-яіїє]*|недел[а-яё]*|місяц[а-яіїє]*|месяц[а-яё]*|"
    "рок[а-яіїє]*|років|лет|год[а-яё]*)"
)
_JA_TIME_UNIT = "(?:日間|日|週間|か月|カ月|ヶ月|ケ月|箇月|ヵ月|年間|年|時間)"
_JA_KANJI_NUM = "[一二三四五六七八九十百千]+[万億兆]?"
_CYR_MONTHS = {
    name: i for i, names in enumerate((
        ("січня", "января"), ("лютого", "февраля"), ("березня", "марта"),
        ("квітня", "апреля"), ("травня", "мая"), ("червня", "июня"), ("липня", "июля"),
        ("серпня", "августа"), ("вересня", "сентября"), ("жовтня", "октября"),
        ("листопада", "ноября"), ("грудня", "декабря")), start=1)
    for name in names
}
_SEASONS = "spring|summer|autumn|fall|winter"

def _prefix_tree(words: Iterable[str]) -> str:
    """``words`` as one regex alternation, longest first, an apostrophe matching ' and ’
    and a space any run of whitespace, written as a tree of shared prefixes ("shall not",
    "shall", "should" → ``sh(?:all(?:\\s+not|)|ould)``): the engine reads each prefix once
    instead of trying every word in turn, and finds the same matches. Two words that part
    at a character cannot both match there (a letter, an apostrophe and a space exclude
    one another), so only the order among words sharing a prefix counts, and it is kept: a
    word still comes after the longer words it begins."""

    def token(char: str) -> str:
        return "['\u2019]" if char == "'" else r"\s+" if char == " " else re.escape(char)

    def tree(branches: list[list[str]]) -> str:
        children: dict[str, list[list[str]]] = {}
        ends = False
        for tokens in branches:
            if tokens:
                children.setdefault(tokens[0], []).append(tokens[1:])
            else:
                ends = True  # after every longer word of this prefix (sorted below)
        alternatives = [first + tree(rest) for first, rest in children.items()]
        if ends:
            alternatives.append("")
        if alternatives == [""]:
            return ""
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return tree([[token(char) for char in word] for word in ordered])


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
    # deadlines and periods with a duration: "within 30 days", "for 12 months"
    rf"{_LB}(?:within|no later than|not later than|no more than|in|after|before|for|over|"
    rf"during)\s+"
    rf"(?:the\s+next\s+|a\s+period\s+of\s+|a\s+maximum\s+of\s+)?(?:{_NUM}(?:\s*[-–—]\s*{_NUM})?"
    rf"|{_NUMWORD}|{_CARDINALS})"
    rf"(?:\s*\(\s*{_NUM}\s*\))?\s+(?:working\s+|calendar\s+)?{_TIME_UNIT}{_RB}",
    # a duration that counts from an event: "100 days after signing" (not "every three
    # months from ...", "last 10 years from ...": a frequency, a length)
    rf"{_LB}(?<!every\s)(?<!last\s)(?<!lasts\s)(?:{_NUM}|{_NUMWORD}|{_CARDINALS})\s+"
    rf"(?:working\s+|calendar\s+)?{_TIME_UNIT}"
    rf"(?=\s+(?:after|from|following|before|prior to){_RB})",
    # a year after a preposition ("to 2040", not "to 2000 troops")
    rf"{_LB}(?:by|before|until|till|after|from|since|through|in|no later than|not later than)"
    rf"\s+(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(?:19|20)\d{{2}}{_RB}",
    rf"{_LB}to\s+(?:19|20)\d{{2}}(?!\s*[a-z0-9]){_RB}",
    rf"{_LB}(?:by\s+)?the\s+end\s+of\s+(?:the\s+)?(?:year|month)\b",
    # a season: "from spring 2026"
    rf"{_LB}(?:(?:in|by|from|until|since|before|after|early|late|mid-?)\s+)?(?:the\s+)?"
    rf"(?:{_SEASONS})\s+(?:of\s+)?(?:19|20)\d{{2}}{_RB}",
    # deadlines without a number
    rf"{_LB}(?:as soon as (?:possible|practicable|feasible)|immediately|without delay|"
    r"forthwith|promptly|at the earliest (?:possible )?(?:opportunity|date|time)|"
    r"in due course|upon (?:the )?(?:signature|signing|entry into force|ratification)|"
    rf"on (?:signature|signing)|at a later (?:date|stage)|no later than|not later than){_RB}",
    # the day of an event, a date left to be set
    rf"{_LB}(?:(?:on|from|until|by|after|before|since)\s+)?the\s+(?:day|date)\s+of\s+"
    rf"(?:signing|signature|the\s+signing|entry\s+into\s+force|ratification){_RB}",
    rf"{_LB}(?:on|by|from)\s+(?:a|an)\s+(?:specific|fixed|set|agreed|certain|later)\s+date{_RB}",
    # Ukrainian and Russian: "1 березня 2026", "протягом 100 днів", "в течение 100 дней"
    rf"{_LB}\d{{1,2}}\s+(?:{'|'.join(_CYR_MONTHS)})(?:\s+\d{{4}})?{_RB}",
    rf"{_LB}(?:протягом|впродовж|у\s+межах|не\s+пізніше\s+ніж|не\s+пізніше|через|"
    rf"в\s+течение|не\s+позднее|не\s+позже|в\s+пределах)\s+{_NUM}\s+{_CYR_TIME_UNIT}{_RB}",
]
_DATE_JA = [
    rf"{_D}{{4}}年{_D}{{1,2}}月{_D}{{1,2}}日",
    rf"{_D}{{4}}年{_D}{{1,2}}月",
    rf"{_D}{{1,2}}月{_D}{{1,2}}日",
    rf"{_D}{{4}}年(?:末|内|中|以降|まで)(?:に|まで)?",
    rf"(?:{_NUM}|{_JA_KANJI_NUM}){_JA_TIME_UNIT}(?:以内|後|以降|まで)(?:に)?",
    r"(?:速やかに|直ちに|直後に|即時に?|即座に|早急に|遅滞なく|できるだけ早く|できる限り早く|"
    r"可能な限り(?:早く|速やかに|早期に)|署名(?:時|当日)に?|発効(?:時|当日)に?|年内に?|"
    r"(?:特定|所定)の(?:期日|日付))",
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
    # a range or a split: "$700–800bn", "20 to 30 km", "50/50", "50対50"
    rf"(?<![A-Za-z0-9_]){_CURRENCY_PREFIX}?{_NUM}\s*(?:[-–—]|to(?=\s))\s*{_CURRENCY_PREFIX}?"
    rf"{_NUM}{_MULTIPLIER}?{_SUFFIX_UNIT}?(?![A-Za-z0-9])" + _JA_UNIT,
    rf"(?<![A-Za-z0-9_/]){_NUM}\s*(?:/|対)\s*{_NUM}(?![0-9/])",
    rf"(?<![A-Za-z0-9_]){_CURRENCY_PREFIX}?{_NUM}{_MULTIPLIER}?{_SUFFIX_UNIT}?(?![A-Za-z0-9])"
    + _JA_UNIT,
    rf"(?<![\u4e00-\u9fff]){_JA_KANJI_NUM}(?:人|名|日間|日|年間|か月|カ月|ヶ月|週間)",
]
_ASCII_FORMS = (("[0-9０-９]", "[0-9]"), ("[,\u00a0\u202f\u2009 ，]", "[, ]"),
                ("[.,．，]", "[.,]"), ("[-–—]", "-"), ("(?:/|対)", "/"), (_JA_UNIT, "(?:km|%)?"))
"""The number patterns' parts that hold characters outside ASCII, and what each is on an
ASCII text: a class cut to its ASCII members, an alternative of such characters left out
(of the Japanese units only "km" and "%" are ASCII, and they keep their order)."""


def _ascii_form(pattern: str) -> str:
    for part, ascii_part in _ASCII_FORMS:
        pattern = pattern.replace(part, ascii_part)
    return pattern


_ASCII_NUMBER_PATTERNS = [_ascii_form(pattern) for pattern in _NUMBER_PATTERNS]
"""``_NUMBER_PATTERNS`` for an ASCII text: the same matches in it, and about a quarter of
the time to compile (the classes with characters outside Latin-1 were most of it)."""
_NUMBER_WORDS_PATTERN = (
    rf"{_LB}{_CARDINALS}(?:{_SUFFIX_UNIT.replace('|USD|EUR|GBP', '')})?{_RB}"
)
"""Numbers in words, scanned in the lowered text."""

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
_CYR_MODALS = {
    **dict.fromkeys(("повинен", "повинна", "повинно", "повинні", "должен", "должна", "должно",
                     "должны"), "must"),
    **dict.fromkeys(("не повинен", "не повинна", "не повинно", "не повинні", "не должен",
                     "не должна", "не должно", "не должны"), "must not"),
    **dict.fromkeys(("зобов'язаний", "зобов'язана", "зобов'язане", "зобов'язані", "обязан",
                     "обязана", "обязано", "обязаны"), "be obliged to"),
    **dict.fromkeys(("може", "можуть", "может", "могут"), "may"),
    **dict.fromkeys(("не може", "не можуть", "не может", "не могут"), "cannot"),
    **dict.fromkeys(("має право", "мають право", "имеет право", "имеют право"),
                    "have the right to"),
    "вправе": "be entitled to",
}
"""Ukrainian and Russian modals, lowercase, with the English modal each stands for."""


_MODAL_EN = [_LB + _prefix_tree({**_EN_MODALS, **_CYR_MODALS}) + _RB]
_ASCII_MODAL_EN = [_LB.replace(_WORDCH, _ASCII_WORDCH) + _prefix_tree(_EN_MODALS)
                   + _RB.replace(_WORDCH, _ASCII_WORDCH)]
"""``_MODAL_EN`` for an ASCII text: no Ukrainian or Russian modal (each has a Cyrillic
letter), ``_WORDCH`` as its ASCII characters (the same class on such a text); the same
matches, in about half the time to compile."""
_MODAL_JA = [
    "(?:" + "|".join(re.escape(m) for m in sorted(_JA_MODALS, key=lambda m: (-len(m), m))) + ")",
    # plain Japanese sentence endings: する (will) / しない (will not)
    r"(?:しない|する)(?=[。．.]|\s*$)",
]


@cache
def _modal_pattern(ascii_only: bool) -> re.Pattern[str]:
    return _compiled(tuple(_ASCII_MODAL_EN if ascii_only else _MODAL_EN), True)


_MODAL_FIRSTS = frozenset(modal.split()[0].split("'")[0].encode() for modal in _EN_MODALS)
"""The first word of each English modal ("shall", "shan" of "shan't", "is" of "is expected
to"): in an ASCII text every modal starts at a whole run of ASCII letters that is one of
them (a modal starts a word and its first word ends at a blank, an apostrophe or the end of
the word)."""
_NOUN_MAKERS = ("the", "a", "political", "good", "free", "own", "his", "her", "their", "its",
                "of", "popular")
_NOT_A_MODAL = _Lazy(rf"(?:\b(?:{'|'.join(_NOUN_MAKERS)})\s+$)")
"""A modal word that is a noun ("the will of the people"), searched before it."""


def _noun_before(lowered: str, start: int) -> bool:
    """Whether ``_NOT_A_MODAL`` matches in ``lowered[max(0, start - 20):start]`` (a search
    with those bounds), tried only when that window, its blanks at the end stripped, ends
    with one of ``_NOUN_MAKERS``: every match is such a word and blanks to the end (a cheap
    test in C first; most modals follow another word)."""
    window = max(0, start - 20)
    return (lowered[window:start].rstrip().endswith(_NOUN_MAKERS)
            and _NOT_A_MODAL.search(lowered, window, start) is not None)

# --- negation ----------------------------------------------------------------------------

_NEGATION_WORDS = ("not", "no", "never", "without", "neither", "nor", "none", "nobody",
                   "nothing", "nowhere")
_CYR_NEGATION_WORDS = ("не", "ні", "нет", "ни", "ніколи", "никогда", "без")
_NEGATION_EN = [
    _LB + f"(?:{'|'.join(_NEGATION_WORDS)}|" r"\w+n['\u2019]t)" + _RB,
    _LB + r"non-(?=\w)",
    # Ukrainian / Russian
    _LB + f"(?:{'|'.join(_CYR_NEGATION_WORDS)})" + _RB,
]
"""The negation words (the reference: :func:`_negation_pattern` writes the same patterns
for a text in a form the engine scans faster)."""
_NEGATION_JA = [
    # Japanese: a negative ending after kana (not 少ない / 危ない, which follow kanji)
    r"[\u3041-\u3096](?:ない|なく|ません|ぬ)",
    r"(?<=[\u3041-\u3096])(?<!わら)(?<!ま)ず(?![かれつ])",
    r"(?:なしに|なしで)",
]
_NEGATION_FIRSTS = frozenset((*(word.encode() for word in _NEGATION_WORDS), b"non"))
"""The words an English negation starts with, but a contraction ("don't"): in an ASCII text
with no apostrophe every negation is one of them, a whole run of ASCII letters ("non" of
"non-")."""
_NOT_A_NEGATION = _Lazy(r"(?:no\.?\s*\d|not only)")

# --- parties and places ------------------------------------------------------------------

_CAPITALISED = _Lazy(
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
    names: tuple[str, ...]
    """Every name as a regex (a wildcard ending as ``_WORDCH*``), longest first: one
    alternation of them all is :func:`_names_pattern`."""
    exact: dict[str, str]
    stems: tuple[tuple[str, str], ...]
    """(pattern, entity id) of each name with a wildcard ending, longest first; compiled on
    first use only (:func:`_stem`): each takes a while to compile."""
    capital_start: bool
    """Every name starts with a capital A-Z or a character outside ASCII: in an ASCII text
    with no capital after its first character, only a name at its start can be found."""

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
    exact: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    entries = [(name, entity.id) for entity in shipped_entities() for name in entity.all_names()]
    for name, entity in entries:
        if "*" in name:
            stems.append((name, entity))
        else:
            exact.setdefault(" ".join(name.split()), entity)
    alternatives = sorted({*exact, *(s for s, _ in stems)}, key=lambda n: (-len(n), n))
    ordered = sorted(stems, key=lambda s: (-len(s[0]), s[0]))
    return _Vocabulary(
        names=tuple(_name_regex(n) for n in alternatives),
        exact=exact,
        capital_start=all("A" <= name[0] <= "Z" or not name[0].isascii()
                          for name in alternatives),
        stems=tuple((_name_regex(s), e) for s, e in ordered),
    )


@cache
def _names_pattern(ascii_only: bool) -> re.Pattern[str]:
    """The vocabulary's names as one alternation, longest first, followed by ``_RB``.

    No test on the character before a name inside the pattern: a pattern made only of
    alternatives that start with a plain character lets the engine skip ahead to the next
    possible first character (several times faster); :func:`_known_names` tests the
    character before each match instead.

    For an ASCII text (``ascii_only``) the pattern keeps only the names written in ASCII,
    with ``_WORDCH`` as its ASCII characters: each name is literal characters, blanks and
    ``_WORDCH`` runs, so one with a character outside ASCII matches nowhere in such a text
    and leaving it out changes no match (the others keep their order); on ASCII characters
    the two classes agree. It compiles in a tenth of the time of the whole vocabulary."""
    names = _vocabulary().names
    if ascii_only:
        names = tuple(name.replace(_WORDCH, _ASCII_WORDCH) for name in names
                      if name.replace(_WORDCH, "").isascii())
        return re.compile(f"(?:{'|'.join(names)})(?!{_ASCII_WORDCH})")
    return re.compile(f"(?:{'|'.join(names)}){_RB}")


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


def _word_starts(letters: bytes, firsts: Iterable[bytes]) -> list[int]:
    """Where each of ``firsts`` (runs of ASCII letters of a text, from :func:`_ascii_words`)
    stands in the text as a whole run, in order; ``letters`` is the text's
    :func:`_letter_runs`, in which such a run is the word between two blanks, at the index
    the run starts at in the text (the blank before it makes up for the one put first)."""
    starts: list[int] = []
    find = letters.find
    for first in firsts:
        needle = b" " + first + b" "
        step = len(first) + 1  # the blank after one run may be the one before the next
        at = find(needle)
        while at >= 0:
            starts.append(at)
            at = find(needle, at + step)
    starts.sort()
    return starts


def _scan_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]
               ) -> list[tuple[int, int]]:
    """The non-empty matches ``pattern.finditer(text)`` finds, when every one of them
    starts at one of ``starts`` (sorted): the leftmost match from a position is at the first
    of ``starts`` there or after it where the pattern matches, so the pattern is tried only
    there, not at every character."""
    found: list[tuple[int, int]] = []
    end = 0
    match = pattern.match
    for start in starts:
        if (start >= end and (found_here := match(text, start)) is not None
                and found_here.end() > start):
            end = found_here.end()
            found.append((start, end))
    return found


# --- cheap tests that skip a scan which cannot match anything ---------------------------

_ANY_DIGIT = _Lazy(r"\d")
_DATE_NEEDS = ("y", "rm", "rm", "ym", "p", "tq", "tq", "y", "y", "et", "yn", "k", "s", "x",
               "dc", "dc")
"""What each pattern of ``_DATE_EN`` needs somewhere in the lowered text to match at all: a
digit (d), a run of exactly four digits (y: a year, or the year of an ISO date) or of one or
two (r: a day), a month name (m), a month name right after one of the words that may open a
date without a number ("in May", "by the end of June": p), a time unit (t), a number in
digits or words (q), "end" (e), a deadline phrase (k), an event (s: signing, ratification,
entry into force), the word "date" (x), a season (n), a Cyrillic letter (c). Each need but
d, p and c is a word: a run of ASCII letters with no ASCII letter on either side, which
is how each pattern has it (each is followed by a blank, a dot, a comma or the end of a
word, and preceded by a blank or the start of the match, itself at the start of a word).
A run is whole, with no digit on either side: each pattern has its digits between a blank or
the start of a word and a blank, a "-" or the end of a word ("May 12th", "12 May", "2026-",
"by 2026"), so a day or a year never stands inside a longer run ("600,000" has no date)."""
_DIGITS_ONLY = bytes(c if 0x30 <= c <= 0x39 else 0x20 for c in range(256))
_MONTH_WORDS = frozenset(name.encode() for name in _MONTH_NUMBERS)
_TIME_UNIT_WORDS = frozenset(
    (unit + plural).encode() for unit in ("year", "month", "week", "day", "hour")
    for plural in ("", "s"))
_DEADLINE_WORDS = frozenset((b"soon", b"immediately", b"delay", b"forthwith", b"promptly",
                             b"earliest", b"course", b"upon", b"signature", b"signing",
                             b"later"))
"""A word of each deadline without a number ("as soon as possible", "in due course", "on
signing", "no later than" ...)."""
_EVENT_WORDS = frozenset((b"signing", b"signature", b"entry", b"ratification"))
_SEASON_WORDS = frozenset((b"spring", b"summer", b"autumn", b"fall", b"winter"))
_BEFORE_MONTH = ("in", "by", "until", "till", "before", "after", "from", "since", "of",
                 "early", "late", "mid", "mid-")
"""How the words before a month in the fifth date pattern end ("end of", "mid-")."""
_LETTERS_ONLY = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))


def _letter_runs(lowered: str) -> bytes:
    """``lowered`` as bytes with every character but ``a``-``z`` made a blank (each one
    outside ASCII is one ``?`` first, so every character is one byte), between two blanks:
    split, its runs of ASCII letters (what ``[a-z]+`` finds in ``lowered``), several times
    faster than the regex; a run is whole where it stands between two blanks."""
    return b" " + lowered.encode("ascii", "replace").translate(_LETTERS_ONLY) + b" "


def _ascii_words(lowered: str) -> set[bytes]:
    """The runs of ASCII letters of ``lowered`` (what ``[a-z]+`` finds), as bytes."""
    return set(_letter_runs(lowered).split())


def _cue_words(runs: list[bytes]) -> frozenset[bytes]:
    """The words of a text that any scan asks about (``_CUE_WORDS``), given its runs of
    ASCII letters (its :func:`_letter_runs`, split): what ``_ascii_words`` finds, kept only
    if a cue word, without building the set of all its words. Every use of a text's words
    intersects them with a part of ``_CUE_WORDS``."""
    return _CUE_WORDS.intersection(runs)


def _month_after_word(lowered: str, months: Iterable[bytes], letters: bytes) -> bool:
    """Whether one of ``months`` (the month names that are runs of ASCII letters of
    ``lowered``; ``letters``: its :func:`_letter_runs`) stands, as such a run, after blanks
    after a word that can open the fifth date pattern ("in", "by", "end of" ...), as in
    every match of that pattern."""
    return any(at and lowered[at - 1].isspace()
               and lowered[:at].rstrip().endswith(_BEFORE_MONTH)
               for at in _word_starts(letters, months))


_CYRILLIC_LETTER = _Lazy(f"[{class_body(CYRILLIC)}]")


def _has_any(text: str, words: Sequence[str]) -> bool:
    # Substring tests run in C: much faster than a regex alternation over common letters.
    return any(map(text.__contains__, words))


@cache
def _date_alternatives(present: str, ascii_only: bool = False) -> re.Pattern[str] | None:
    """The date patterns whose cues are all ``present``, as one alternation, the month
    names as a tree (:data:`_MONTH_TREE`). For an ASCII text (``ascii_only``) ``_WORDCH``
    is written as its ASCII characters, the same class on such a text, which halves the
    time to compile it."""
    chosen = [pattern for pattern, needs in zip(_DATE_EN, _DATE_NEEDS, strict=True)
              if all(cue in present for cue in needs)]
    if not chosen:
        return None
    # Every alternative opens with the same word-start test: tested once, before them all
    # (where it holds for one it holds for all), the matches are the same.
    assert all(pattern.startswith(_LB) for pattern in chosen)
    body = "|".join(f"(?:{pattern.removeprefix(_LB)})" for pattern in chosen)
    source = f"\\b{_LB}(?:{body})".replace(f"(?:{_MONTHS})", f"(?:{_MONTH_TREE})")
    return re.compile(source.replace(_WORDCH, _ASCII_WORDCH) if ascii_only else source)


_MONTH_TREE = _prefix_tree(_MONTH_NUMBERS)
"""The month names as a prefix tree: in every date pattern a month name is followed by a
character that is not a letter (a dot, a comma, a blank or the end of a word), so at most
one name can be the month of a match, and the order of the names does not count; the
engine tries 8 first letters instead of 23 names at each word."""


def _date_cues(lowered: str, digit: bool, cyrillic: bool, words: Set[bytes], letters: bytes
               ) -> str:
    """What the date patterns need that ``lowered`` has (``_DATE_NEEDS``; with a digit,
    ``\\d``: ``digit``; with a Cyrillic letter: ``cyrillic``; ``words``: its runs of ASCII
    letters, :func:`_ascii_words`, or those of them the date cues ask about; ``letters``:
    its :func:`_letter_runs`)."""
    unit = not _TIME_UNIT_WORDS.isdisjoint(words)
    months = _MONTH_WORDS.intersection(words)
    if digit and lowered.isascii():  # the lengths of its runs of digits
        runs = {len(run) for run in lowered.encode().translate(_DIGITS_ONLY).split()}
        year, day = 4 in runs, 1 in runs or 2 in runs
    else:  # \d finds more than ASCII digits in other text: any digit will do
        year = day = digit
    return "".join((
        "d" if digit else "",
        "y" if year else "",
        "r" if day else "",
        "m" if months else "",
        "p" if months and _month_after_word(lowered, sorted(months), letters) else "",
        "t" if unit else "",
        "q" if unit and (digit or not _QUANTITY_WORDS.isdisjoint(words)) else "",
        "e" if unit and b"end" in words else "",
        "k" if not _DEADLINE_WORDS.isdisjoint(words) else "",
        "s" if not _EVENT_WORDS.isdisjoint(words) else "",
        "x" if b"date" in words else "",
        "n" if not _SEASON_WORDS.isdisjoint(words) else "",
        "c" if cyrillic else ""))


def _date_pattern(lowered: str, digit: bool, cyrillic: bool, words: Set[bytes],
                  letters: bytes) -> re.Pattern[str] | None:
    """The English date patterns that can match ``lowered`` (see :func:`_date_cues`):
    dropping an alternative that matches nowhere changes no match, and saves its scan.
    Every need of every pattern is a digit, a Cyrillic letter or one of ``_DATE_WORDS``
    (each cue but d, y, r and c asks for one of them): a text with none of them has no
    cue, and no pattern to scan with, which is known without reading its cues."""
    if not digit and not cyrillic and _DATE_WORDS.isdisjoint(words):
        return None
    return _date_alternatives(_date_cues(lowered, digit, cyrillic, words, letters),
                              lowered.isascii())


_DATE_WORDS = frozenset().union(_MONTH_WORDS, _TIME_UNIT_WORDS, _DEADLINE_WORDS, _EVENT_WORDS,
                                _SEASON_WORDS, (b"date",))
"""The words a date cue but d, y, r and c asks for (``_date_cues``): a month, a time unit,
a deadline's, an event's or a season's word, "date" ("e" and "q" come with a unit)."""

_LB_AFTER_FIRST = f"(?<!\\w[\\s\\S])(?<!{_WORDCH}[\\s\\S])"
"""``\\b`` and ``_LB`` before a word's first character, tested after it: a pattern whose
alternatives all start with a plain character lets the engine skip to the next place one of
them can start."""


@cache
def _negation_pattern(contraction: bool, prefix: bool, cyrillic: bool) -> re.Pattern[str]:
    """The English, Ukrainian and Russian negation patterns (``_NEGATION_EN``) for a text
    with an apostrophe (``contraction``: "don't"), "non-" (``prefix``) or a Cyrillic letter:
    the alternatives that cannot match are left out, which changes no match. Without a
    contraction (most texts) every alternative starts with a plain letter, and each is
    written with its word-start test after that letter, so the engine skips ahead to the
    next "n", "w", "н" or "б"; the alternatives are whole words (or "non-") that exclude one
    another, so their order does not count."""
    if contraction:
        return _compiled(tuple(_NEGATION_EN), True)
    groups: list[tuple[str, Iterable[str]]] = [(_RB, _NEGATION_WORDS)]
    if prefix:
        groups.append((r"(?=\w)", ("non-",)))
    if cyrillic:
        groups.append((_RB, _CYR_NEGATION_WORDS))
    alternatives: list[str] = []
    for after, words in groups:
        firsts: dict[str, list[str]] = {}
        for word in words:
            firsts.setdefault(word[0], []).append(word[1:])
        alternatives.extend(f"{re.escape(first)}{_LB_AFTER_FIRST}{_prefix_tree(rests)}{after}"
                            for first, rests in firsts.items())
    return re.compile("|".join(alternatives))


_DIGIT = _Lazy("[0-9０-９]")
_NUMBER_WORD_SET = frozenset((*_WORD_VALUES, *_WORD_SCALES))
_NUMBER_WORD_BYTES = frozenset(word.encode() for word in _NUMBER_WORD_SET)
_QUANTITY_WORDS = _NUMBER_WORD_BYTES | {b"several", b"few"}
"""The words of the numbers in words the duration patterns accept (``_NUMWORD``,
``_CARDINALS``)."""
_KANJI_NUMERAL = _Lazy("[一二三四五六七八九十百千]")


@cache
def _number_alternatives(digit: bool, kanji: bool, ascii_only: bool = False
                         ) -> re.Pattern[str] | None:
    chosen = tuple(pattern for pattern, present in zip(
        _ASCII_NUMBER_PATTERNS if ascii_only else _NUMBER_PATTERNS,
        (digit, digit, digit, kanji), strict=True) if present)
    return _compiled(chosen, False) if chosen else None


_NUMBER_START = _Lazy("[0-9０-９$€£¥UEG](?<![A-Za-z0-9_][\\s\\S])")
"""Where a number in digits can start: a digit or the first character of a currency sign
or code, with no letter, digit or underscore before it (what every digit pattern of
``_NUMBER_PATTERNS`` asks first)."""


def _numbers(text: str, digit: bool, ascii_only: bool) -> list[tuple[int, int]]:
    """The spans the number patterns find in ``text``, as ``finditer`` would. The patterns
    a text cannot match are left out (three need a digit, ``digit`` says whether the text
    has one; one a kanji numeral), which changes no match. Without kanji numerals the
    patterns are tried only where a number can start (:data:`_NUMBER_START`, found by a
    fast scan for its first character) instead of at every position: the leftmost match
    from a position is at the first such place that matches, and a match is never empty,
    so the spans are the same."""
    kanji = not ascii_only and _KANJI_NUMERAL.search(text) is not None
    pattern = _number_alternatives(digit, kanji, ascii_only)
    if pattern is None:
        return []
    if kanji:
        return [m.span() for m in pattern.finditer(text)]
    found: list[tuple[int, int]] = []
    end = 0
    match = pattern.match
    for candidate in _NUMBER_START.finditer(text):
        start = candidate.start()
        if start >= end and (number := match(text, start)) is not None:
            end = number.end()
            found.append((start, end))
    return found


def _number_words_pattern(words: Set[bytes]) -> re.Pattern[str] | None:
    """The pattern of numbers in words, when a text holds a number word (``words``: its runs
    of ASCII letters, lowered, :func:`_ascii_words`)."""
    return _compiled((_NUMBER_WORDS_PATTERN,), True) \
        if not _NUMBER_WORD_BYTES.isdisjoint(words) else None


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


_SCALE_AFTER = (
    (_Lazy(r"\s?(?:trillion|tn\b|兆)"), 12), (_Lazy(r"\s?(?:billion|bn\b|億)"), 9),
    (_Lazy(r"\s?(?:hundred thousand)"), 5),
    (_Lazy(r"\s?(?:million|mn\b|m\b|百万)"), 6), (_Lazy(r"\s?万"), 4),
    (_Lazy(r"\s?(?:thousand|k\b|千)"), 3),
)
"""A multiplier right after a number ("$800bn", "60万人", "0.8 trillion")."""
_UNIT_KEYS = (
    (_Lazy(r"\$|usd|dollar|ドル"), "usd"), (_Lazy(r"€|eur|ユーロ"), "eur"),
    (_Lazy(r"£|gbp|pound"), "gbp"), (_Lazy(r"¥|円"), "jpy"),
    (_Lazy(r"%|percent|per cent|per-cent|パーセント"), "%"),
    (_Lazy(r"year|年|рок|років|лет|год"), "y"),
    (_Lazy(r"month|か月|カ月|ヶ月|ケ月|箇月|ヵ月|місяц|месяц"), "mo"),
    (_Lazy(r"week|週|тижн|недел"), "w"), (_Lazy(r"day|日|дн|день|дня"), "d"),
    (_Lazy(r"hour|時間"), "h"),
    (_Lazy(r"km|kilomet|キロ"), "km"), (_Lazy(r"mile"), "mi"),
    (_Lazy(r"人|名|troop|soldier"), "people"),
)
_RANGE = _Lazy(rf"({_NUM})\s*(?:[-–—]|to|/|対)\s*[^\d]*?({_NUM})")
_SPLIT = _Lazy(r"/|対")


def _scaled(value: str, after: str) -> str:
    """A number times the multiplier written right after it, as plain digits."""
    try:
        number = Decimal(value)
    except InvalidOperation:  # digits grouped in no known way ("0,000000,0"): as written
        return value
    for pattern, exponent in _SCALE_AFTER:
        if pattern.match(after):
            number = number.scaleb(exponent)
            break
    return f"{number.normalize():f}"


def _words_value(words: str) -> str | None:
    """The value of a number in words ("five hundred thousand" → "500000")."""
    total = current = 0
    seen = False
    for word in re.findall(r"[a-z]+", words):
        if word in _WORD_VALUES:
            current += _WORD_VALUES[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif word in _WORD_SCALES:
            total += max(current, 1) * _WORD_SCALES[word]
            current = 0
            seen = True
    return str(total + current) if seen else None


def _units(rest: str) -> list[str]:
    return [key for pattern, key in _UNIT_KEYS if pattern.search(rest)]


@lru_cache(maxsize=4096)
def _quantity_key(text: str) -> str:
    """What a quantity says, whatever its spelling: the value with its multiplier applied,
    and its units ("$800bn", "800 billion dollars" and "8000億ドル": "800000000000 usd";
    "five hundred thousand" and "500,000": "500000"); a range or split keeps both ends."""
    folded = _squash(text)
    match = re.search(_NUM, folded)
    if match is None:
        value = _words_value(folded)
        if value is None:
            return folded
        words = re.match(rf"(?:a\s+)?(?:{_CARDINAL})(?:(?:\s+and\s+|[\s-])(?:{_CARDINAL}))*",
                         folded)
        rest = folded[words.end():] if words else ""
        return " ".join([value, *_units(rest)])
    span = _RANGE.search(folded)
    if span is not None and span.start() == match.start():
        low_end = span.end(1)
        high_end = span.end(2)
        after = folded[high_end:]
        low = _scaled(_number_value(span.group(1)), folded[low_end:span.start(2)]
                      if _SCALE_AFTER_ANY.match(folded, low_end) else after)
        high = _scaled(_number_value(span.group(2)), after)
        mark = ":" if _SPLIT.search(folded, low_end, span.start(2)) else "-"
        return " ".join([f"{low}{mark}{high}", *_units(folded[:match.start()] + " " + after)])
    value = _scaled(_number_value(match.group()), folded[match.end():])
    rest = folded[: match.start()] + " " + folded[match.end():]
    return " ".join([value, *_units(rest)])


_SCALE_AFTER_ANY = _Lazy(r"\s?(?:trillion|tn\b|兆|billion|bn\b|億|million|mn\b|m\b|万|"
                              r"thousand|k\b|千)")
_ASAP = _Lazy(r"as soon as (?:possible|practicable|feasible)|promptly|at the earliest.*|"
                   r"速やかに|早急に|できるだけ早く|できる限り早く|可能な限り.*")
_IMMEDIATELY = _Lazy(r"immediately|forthwith|without delay|直ちに|直後に|即時に?|即座に|"
                          r"遅滞なく")
_EVENT = _Lazy(r"^(?:(on|upon|at|from|until|by|after|before|since)\s+)?(?:the\s+)?"
                    r"(?:(?:day|date)\s+of\s+)?(?:the\s+)?(signing|signature|entry into force|"
                    r"ratification)$")
_PERIOD = _Lazy(
    r"^(within|no later than|not later than|no more than|in|after|before|for|over|during|"
    r"протягом|впродовж|у межах|не пізніше ніж|не пізніше|через|в течение|не позднее|"
    r"не позже|в пределах)\s+(?:the next |a period of |a maximum of )?(.+)$")
_PERIOD_WORDS = {"no later than": "within", "not later than": "within",
                 "no more than": "within", "протягом": "within", "впродовж": "within",
                 "у межах": "within", "не пізніше ніж": "within", "не пізніше": "within",
                 "в течение": "within", "не позднее": "within", "не позже": "within",
                 "в пределах": "within", "через": "after", "over": "for", "during": "for"}
_YEAR_AFTER = _Lazy(
    r"^(by|before|until|till|to|through|after|from|since|in|no later than|not later than)\s+"
    r"(?:the (end|beginning|start|middle) of )?(\d{4})$")
_YEAR_WORDS = {"till": "until", "to": "until", "through": "until", "no later than": "by",
               "not later than": "by"}
_JA_PERIOD = _Lazy(rf"^({_NUM}.*?)(以内|後|以降|まで)に?$")
_JA_PERIOD_WORDS = {"以内": "within", "後": "after", "以降": "after", "まで": "until"}


@lru_cache(maxsize=4096)
def _date_key(text: str) -> str:
    """What a date or deadline says, whatever its spelling: "20 November 2025",
    "2025-11-20" and "November 20, 2025" are "2025-11-20"; "by the end of 2026" is
    "2026-12-31"; "within 100 days" and "no later than 100 days" are one deadline;
    "immediately" and "直ちに" one, "as soon as possible" and "速やかに" another."""
    folded = _squash(text)
    if _IMMEDIATELY.fullmatch(folded):
        return "immediately"
    if _ASAP.fullmatch(folded):
        return "as soon as possible"
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", folded)
    if iso:
        return "-".join(iso.groups())
    end = re.search(r"\bend of (?:the year )?(\d{4})$", folded)
    if end:
        return f"{end.group(1)}-12-31"
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", folded)
    year = re.search(r"\b(\d{4})\b", folded)
    month = re.search(r"\b(" + _MONTH_NAMES.lower() + r")\b", folded)
    month_number = _MONTH_NUMBERS[month.group(1)] if month else None
    if month is None:
        cyrillic = re.search("(" + "|".join(_CYR_MONTHS) + ")", folded)
        month_number = _CYR_MONTHS[cyrillic.group(1)] if cyrillic else None
    if month_number is not None and (year or day):
        parts = [year.group(1) if year else "----", f"{month_number:02d}"]
        if day and (year is None or day.start() != year.start()):
            parts.append(f"{int(day.group(1)):02d}")
        return "-".join(parts)
    ja = re.fullmatch(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?", folded)
    if ja:
        y, m, d = ja.groups()
        return f"{y}-{int(m):02d}" + (f"-{int(d):02d}" if d else "")
    event = _EVENT.match(folded)
    if event:
        when = {"upon": "on", "at": "on", None: "on"}.get(event.group(1), event.group(1))
        what = "signing" if event.group(2) == "signature" else event.group(2)
        return f"{when} {what}"
    if re.search(r"(?:specific|fixed|set|agreed|certain|later) date|(?:特定|所定)の(?:期日|日付)",
                 folded):
        return "a date to be set"
    season = re.search(rf"\b(?:{_SEASONS})\b", folded)
    if season:
        return re.sub(r"\bfall\b", "autumn", re.sub(r"\b(?:the|of)\s+", "", folded))
    years = _YEAR_AFTER.match(folded)
    if years:
        when = _YEAR_WORDS.get(years.group(1), years.group(1))
        return " ".join(p for p in (when, years.group(2), years.group(3)) if p)
    period = _PERIOD.match(folded)
    if period:
        when = _PERIOD_WORDS.get(period.group(1), period.group(1))
        return f"{when} {_quantity_key(period.group(2))}"
    ja_period = _JA_PERIOD.match(folded)
    if ja_period:
        return f"{_JA_PERIOD_WORDS[ja_period.group(2)]} {_quantity_key(ja_period.group(1))}"
    if _words_value(folded) is not None or re.search(_NUM, folded):
        return _quantity_key(folded)
    return folded


@lru_cache(maxsize=4096)
def _modal_key(text: str) -> str:
    folded = " ".join(text.replace("\u2019", "'").split()).casefold()
    if folded in _EN_MODALS:
        return _EN_MODALS[folded]
    if folded in _CYR_MODALS:
        return _CYR_MODALS[folded]
    if text in _JA_MODALS:
        return _JA_MODALS[text]
    return {"する": "will", "しない": "will not"}.get(text, folded)


class _Found(NamedTuple):
    """A text's mentions by family, each list in the text's order, and its lexical
    negatives (:func:`_lexical_negatives`)."""
    quantities: list[_Mention]
    modals: list[_Mention]
    negations: list[_Mention]
    parties: list[_Mention]
    lexical: dict[int, str]
    letters: bytes
    """The text's :func:`_letter_runs`."""
    runs: list[bytes]
    """Its runs of ASCII letters, in order: ``letters.split()``."""


def _mentions(text: str) -> _Found:
    ascii_only = text.isascii()
    if ascii_only:
        lowered = text.lower()
        japanese = cyrillic = False
        # any ASCII digit: what both \d and [0-9０-９] find in an ASCII text
        digit = unicode_digit = any(map(lowered.__contains__, "0123456789"))
    else:
        lowered = text.translate(_LOWER)
        japanese = max(lowered) >= "\u3041" and _compiled(
            (_JAPANESE_CLASS,), False).search(lowered) is not None
        cyrillic = _CYRILLIC_LETTER.search(lowered) is not None
        digit = _DIGIT.search(text) is not None
        unicode_digit = _ANY_DIGIT.search(lowered) is not None
    letters = _letter_runs(lowered)
    runs = letters.split()
    words = _cue_words(runs)
    date_re = _date_pattern(lowered, unicode_digit, cyrillic, words, letters)
    dates = _drop_overlaps((s, e) for s, e in _scan(lowered, date_re, _DATE_JA, japanese)
                           if _capitalised_months(text, s, e, lowered)) \
        if date_re is not None or japanese else []  # no date pattern to scan with
    quantities = [_new_tuple(_Mention, (_QUANTITY, s, e, text[s:e],
                                          "date:" + _date_key(text[s:e]), True, ""))
                  for s, e in dates]
    numbers = _numbers(text, digit, ascii_only)
    words_re = _number_words_pattern(words)
    if words_re is not None:
        numbers.extend(m.span() for m in words_re.finditer(lowered)
                       if lowered[m.start():m.end()] not in _VAGUE_WORDS)
    for s, e in _drop_overlaps(numbers) if numbers else ():
        if not (dates and _overlaps(dates, s, e)) and not _is_label(lowered, s, e):
            quantities.append(_new_tuple(_Mention, (_QUANTITY, s, e, text[s:e],
                                                      _quantity_key(text[s:e]), False, "")))
    modals: list[_Mention] = []
    spans: list[tuple[int, int]] = []
    modal_re = _modal_pattern(ascii_only)
    for s, e in (_scan(lowered, modal_re, _MODAL_JA, japanese) if not ascii_only else
                 _scan_from(modal_re, lowered,
                            _word_starts(letters, _MODAL_FIRSTS.intersection(words)))):
        if dates and _overlaps(dates, s, e):
            continue
        # "the will of ...": _NOT_A_MODAL ends with blanks, so only a blank before can match
        if s and lowered[s - 1].isspace() and _noun_before(lowered, s):
            continue
        word = text[s:e]
        if word.startswith("May") and not _sentence_start(text, s):
            continue  # the month
        spans.append((s, e))
        modals.append(_new_tuple(_Mention, (_MODALITY, s, e, word, _modal_key(word), False,
                                              "")))
    parties = _parties(text)
    names = [(m.start, m.end) for m in parties if m.key.startswith("name:")]
    negations: list[_Mention] = []
    contraction = "'" in lowered or "\u2019" in lowered
    negation = _negation_pattern(contraction, "non-" in lowered, cyrillic)
    for s, e in (_scan(lowered, negation, _NEGATION_JA, japanese)
                 if not ascii_only or contraction else
                 _scan_from(negation, lowered,
                            _word_starts(letters, _NEGATION_FIRSTS.intersection(words)))):
        if ((dates and _overlaps(dates, s, e)) or (spans and _overlaps(spans, s, e))
                or (names and _overlaps(names, s, e))):
            continue  # "Non-" of "the Treaty on the Non-Proliferation ...": a name
        if _NOT_A_NEGATION.match(lowered, s) or (
                not ascii_only and _japanese_exception(text, s, e)):
            continue
        negations.append(_new_tuple(_Mention, (_NEGATION, s, e, text[s:e], "negation", False,
                                                 "")))
    return _Found(quantities, modals, negations, parties,
                  _lexical_negatives(text, words if ascii_only else None), letters, runs)


_LABEL_BEFORE = _Lazy(
    r"(?:\barticles?|\bart\.|\bparagraphs?|\bclauses?|\bpoints?|第)\s*$")
_LABEL_AFTER = _Lazy(r"-(?:point|item)s?\b|項目|か条|カ条|ヵ条|条|項|国間")
_LABEL_CUES = ("art", "paragraph", "clause", "point", "第")
"""A part of each alternative of ``_LABEL_BEFORE`` ("art" of "article" and "art.")."""
_VAGUE_WORDS = frozenset(("one", "zero"))
"""Number words that are seldom a quantity ("no one", "one of the parties")."""


def _is_label(lowered: str, start: int, end: int) -> bool:
    """A number that names rather than counts: "Article 5", "point 12", "the 28-point
    text" (a document's name): not a quantity (``lowered`` is the ASCII-lowered text).
    ``_LABEL_BEFORE`` is searched only in a window holding one of its words (``_LABEL_CUES``),
    which every match in it holds (a substring test in C first; most numbers have none)."""
    window = max(0, start - 12)
    return ((_has_any(lowered[window:start], _LABEL_CUES)
             and _LABEL_BEFORE.search(lowered, window, start) is not None)
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


_WORD_BEFORE = _Lazy(_WORDCH)


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


_ATTITUDE = _Lazy(r"(?:pro|anti)-$", re.IGNORECASE)
"""A name after "pro-" or "anti-" qualifies something else ("a pro-Kremlin summary")."""
_ACRONYM_AFTER = _Lazy(r"\s*[(（]\s*([A-Z][A-Z0-9]{1,9})\s*[)）]")
_SINGLE_NAME = _Lazy(r"[A-Z](?<![\w'’.-][\s\S])[a-z][\w'’-]*")
_OPENERS = "\"'“‘«(["
_TITLES = frozenset((
    "president", "vice", "prime", "minister", "ministers", "secretary", "chancellor",
    "king", "queen", "prince", "pope", "ambassador", "envoy", "general", "commander",
    "chairman", "chair", "speaker", "government", "parliament", "cabinet", "state", "states",
    "party", "parties", "annex", "article", "section", "chapter", "point", "points",
))
"""Capitalised words that are titles or parts of a document, not names, when alone ("the US
President", "Annex")."""
_NUMBER_AFTER = _Lazy(r"\s*\(?[0-9IVX]")


def _parties(text: str) -> list[_Mention]:
    vocabulary = _vocabulary()
    if vocabulary.capital_start and text.isascii() and text.encode()[1:].islower():
        # No capital A-Z after the first character: no name inside the text (each starts
        # with a capital; one of several words needs two) and no single name (one at the
        # start of a text is not a name), only a known name at its very start. (On ASCII
        # the bytes' islower is the text's, without a look-up of each character's case.)
        first = _names_pattern(True).match(text)
        return [] if first is None else [_Mention(
            _PARTY, 0, first.end(), first.group(), vocabulary.entity(first.group()))]
    return _scanned_parties(text)


def _scanned_parties(text: str) -> list[_Mention]:
    """The parties and places of ``text``, found by scanning all of it."""
    vocabulary = _vocabulary()
    known = [(s, e) for s, e in _known_names(_names_pattern(text.isascii()), text)
             if not _ATTITUDE.search(text, max(0, s - 5), s)]
    out = [
        _Mention(_PARTY, s, e, text[s:e], vocabulary.entity(text[s:e]))
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
        acronym = _ACRONYM_AFTER.match(text, end)
        out.append(_Mention(_PARTY, start, end, surface,
                            "name:" + " ".join(surface.split()).casefold(),
                            alias=acronym.group(1) if acronym else ""))
    # A capitalised word inside a sentence is a name too ("Enerhodar"), unless a number
    # follows it ("Article 5": a label) or it is a calendar or function word.
    taken = sorted((m.start, m.end) for m in out)
    for match in _SINGLE_NAME.finditer(text):
        start, end = match.span()
        word = match.group().rstrip("'’-")
        end = start + len(word)
        before = text[max(0, start - 16):start].rstrip().rstrip(_OPENERS).rstrip()
        if not before and start > 16:  # a long run of blanks: look further back
            before = text[:start].rstrip().rstrip(_OPENERS).rstrip()
        if (not before or before[-1] in ".!?:;\n" or _overlaps(taken, start, end)
                or word.casefold() in _LEADING_WORDS or word.casefold() in _CALENDAR
                or word.casefold() in _TITLES
                or _NUMBER_AFTER.match(text, end) or _ATTITUDE.search(text, max(0, start - 5),
                                                                      start)):
            continue
        out.append(_Mention(_PARTY, start, end, word, "name:" + word.casefold()))
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
        hunks: list[_Hunk] = []
        equal_shift: list[tuple[int, int, int]] = []  # (old_start, old_end, new_start)
        old_parts: list[str] = []
        new_parts: list[str] = []
        o = n = 0
        pending: tuple[int, int] | None = None
        for span in spans:
            text = span.text
            size = len(text)
            op = span.op
            before = span.old_text
            if op is _EQUAL and before is None:
                if pending is not None:
                    hunks.append(_new_tuple(_Hunk, (pending[0], o, pending[1], n)))
                    pending = None
                equal_shift.append((o, o + size, n))
                old_parts.append(text)
                new_parts.append(text)
                o += size
                n += size
            else:
                if pending is None:
                    pending = (o, n)
                if before is not None:  # sides differing in typography only: a change
                    old_parts.append(before)  # here, as comparison.exact_spans reads it
                    o += len(before)
                    new_parts.append(text)
                    n += size
                elif op is _DELETE:
                    old_parts.append(text)
                    o += size
                else:
                    new_parts.append(text)
                    n += size
        if pending is not None:
            hunks.append(_new_tuple(_Hunk, (pending[0], o, pending[1], n)))
        self.hunks = hunks
        self._equal_shift = equal_shift
        self.rebuilt = ("".join(old_parts), "".join(new_parts))
        """The old and the new text as the spans rebuild them."""
        self.old_size, self.new_size = o, n
        self._starts = [h.old_start for h in hunks]

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

    def image(self, start: int, end: int) -> tuple[int, int] | None:
        """``(lo(start), hi(end))`` of an old span inside one equal span, or None for one
        that is not. Before that equal span's
        end both are read off it: no hunk holds ``start`` before its end or ``end`` after
        its start (hunks and equal spans part the old text), so ``lo`` and ``hi`` fall back
        to ``_exact``, whose equal span is this one. At its end ``hi`` may step over an
        insertion there, and is asked."""
        i = bisect_right(self._equal_shift, (start, 1 << 62, 0)) - 1
        if i < 0:
            return None
        s, e, n = self._equal_shift[i]
        if start < s or end > e:
            return None
        if end < e:
            return n + start - s, n + end - s
        return self.lo(start), self.hi(end)

    def _exact(self, pos: int) -> int:
        i = bisect_right(self._equal_shift, (pos, 1 << 62, 0)) - 1
        for s, e, n in self._equal_shift[max(i, 0):max(i, 0) + 2]:
            if s <= pos <= e:
                return n + (pos - s)
        # between two hunks with no equal text around: the end of the nearest hunk
        hunk = self._hunk_at(pos)
        return hunk.new_end if hunk is not None else min(pos, self.new_size)


_KIND = {_MODALITY: FlagKind.MODALITY, _NEGATION: FlagKind.NEGATION}
_KIND_ORDER = {kind: i for i, kind in enumerate(FlagKind)}


def _kind(*mentions: _Mention) -> FlagKind:
    family = mentions[0].family
    if family is _QUANTITY:
        return FlagKind.DATE if any(m.is_date for m in mentions) else FlagKind.NUMBER
    return _KIND[family]


def find_flags(old: str, new: str, spans: tuple[Span, ...]) -> tuple[Flag, ...]:
    """The meaning shifts between ``old`` and ``new``, given the spans of their redline.

    ``spans`` must rebuild both texts (as :func:`plandiff.engine.redline.diff_texts` guarantees;
    an equal span whose old side differs in typography, ``old_text``, counts as a change);
    otherwise ``ValueError`` is raised. Flags come sorted by kind (number, date, modality,
    negation, party), then by where they stand in the new text; no flag appears twice.
    """
    mapping = _Map(spans)
    if mapping.rebuilt != (old, new):
        raise ValueError("find_flags: the spans do not rebuild the old and new texts")
    if old == new:
        return ()
    if not old.strip() or not new.strip():
        return _lone_parties(old if old.strip() else new, removed=bool(old.strip()))

    olds = _mentions(old)
    news = _mentions(new)
    found = _quantity_flags(olds.quantities, news.quantities, mapping)
    found.extend(_party_flags(olds.parties, news.parties, mapping, old, new))
    found.extend(_polarity_flags(old, new, olds, news, mapping))
    return _ordered(found)


_NEAR = 24
_SHORT = 160
_EDGE = 5
"""One name replaced by another: in an edit that changes at most ``_NEAR`` characters
besides the names, at about the same place ("the United States" → "France"); in an edit of
up to ``_SHORT`` characters a side, at its start or its end on both sides (within
``_EDGE`` characters: "Russia shall pay 100" → "Ukraine may pay 200"). In a longer
rewritten passage the names that came and went are flagged one by one."""


def _hunk_of(mapping: _Map, mention: _Mention) -> _Hunk | None:
    """The redline hunk that changes an old mention (or part of it: "United States" →
    "United Nations"), when it is short enough to swap names."""
    hunk = next((h for h in mapping.hunks
                 if h.old_start < mention.end and mention.start < h.old_end), None)
    if hunk is None:
        return None
    short = max(hunk.old_end - hunk.old_start, hunk.new_end - hunk.new_start) <= _SHORT
    return hunk if short else None


def _swapped(hunk: _Hunk, old: _Mention, new: _Mention) -> bool:
    """Whether ``new`` stands where ``old`` stood in ``hunk`` (both clipped to it)."""
    if not (new.start < hunk.new_end and hunk.new_start < new.end) and not (
            hunk.new_start == hunk.new_end and new.start <= hunk.new_start <= new.end):
        return False
    old_start, old_end = max(old.start, hunk.old_start), min(old.end, hunk.old_end)
    new_start, new_end = max(new.start, hunk.new_start), min(new.end, hunk.new_end)
    rest = sorted((hunk.old_end - hunk.old_start - (old_end - old_start),
                   hunk.new_end - hunk.new_start - (new_end - new_start)))
    before = (old_start - hunk.old_start, new_start - hunk.new_start)
    after = (hunk.old_end - old_end, hunk.new_end - new_end)
    if rest[1] <= _NEAR:  # a short edit: the names stand at about the same place
        return abs(before[0] - before[1]) <= _NEAR or abs(after[0] - after[1]) <= _NEAR
    # a longer one: the names open it, or close it, on both sides ("Russia shall pay 100"
    # → "Ukraine may pay 200")
    return max(before) <= _EDGE or max(after) <= _EDGE


def _same_party(before: _Mention, after: _Mention) -> bool:
    """A capital put for its state, or the other way round ("Kyiv" → "Ukraine"): the same
    party. A capital named alone, or replaced by anything else, is a place like any other ("a
    missile at Moscow"). The table is ``stands_for`` in ``data/entities.json`` (the aligner's
    too)."""
    capitals = shipped_stands_for()
    return capitals.get(before.key) == after.key or capitals.get(after.key) == before.key


def _still_named(mention: _Mention, other: str) -> bool:
    """A name the other text still gives in another form: without capitals ("the
    Development Fund" → "a development fund") or by the acronym defined right after it
    ("Treaty on the Non-Proliferation of Nuclear Weapons (NPT)" → "the NPT")."""
    if not mention.key.startswith("name:"):
        return False
    if mention.alias and re.search(rf"(?<![A-Za-z]){re.escape(mention.alias)}(?![A-Za-z])",
                                   other):
        return True
    return _squash(mention.text) in _squash(other)


def _party_flags(olds: list[_Mention], news: list[_Mention], mapping: _Map, old: str,
                 new: str) -> list[tuple[int, Flag]]:
    """Parties and places named on one side only; a removed one and an added one that one
    short edit swaps make one flag (old → new), or none when one is the capital of the
    other."""
    if not olds and not news:
        return []
    old_keys = {m.key for m in olds}
    new_keys = {m.key for m in news}
    removed = _first_mentions(m for m in olds if m.key not in new_keys
                              and not _still_named(m, new))
    added = _first_mentions(m for m in news if m.key not in old_keys
                            and not _still_named(m, old))
    out: list[tuple[int, Flag]] = []
    taken: set[str] = set()
    for gone in removed:
        places = [(m, h) for m in olds if m.key == gone.key
                  if (h := _hunk_of(mapping, m)) is not None]
        partner = next(
            (new for new in added if new.key not in taken and any(
                _swapped(h, m, n) for n in news if n.key == new.key for m, h in places)),
            None)
        if partner is None:
            out.append((mapping.lo(gone.start), Flag(FlagKind.PARTY, gone.text, "")))
        else:
            taken.add(partner.key)
            if not _same_party(gone, partner):
                out.append((partner.start, Flag(FlagKind.PARTY, gone.text, partner.text)))
    out.extend((new.start, Flag(FlagKind.PARTY, "", new.text))
               for new in added if new.key not in taken)
    # A name replaced by another name and nothing else ("Russia shall pay Ukraine" →
    # "Ukraine shall pay Russia") is flagged even when both texts name both.
    old_at = {(m.start, m.end): m for m in olds}
    new_at = {(m.start, m.end): m for m in news}
    for hunk in mapping.hunks:
        before = old_at.get((hunk.old_start, hunk.old_end))
        after = new_at.get((hunk.new_start, hunk.new_end))
        if (before is not None and after is not None and before.key != after.key
                and before.key in new_keys and after.key in old_keys
                and not _same_party(before, after)):
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


_Pairing = tuple[list[tuple[_Mention, _Mention]], list[_Mention], list[_Mention]]


def _pair_mentions(olds: list[_Mention], news: list[_Mention], mapping: _Map) -> _Pairing:
    """Old mentions paired with new ones of the same family: (pairs, old mentions left
    over, new mentions left over)."""
    if not olds and not news:
        return [], [], []
    paired_new: set[int] = set()
    by_start = {(m.start, m.end): i for i, m in enumerate(news)}
    pairs: list[tuple[_Mention, _Mention]] = []
    unpaired_old: list[_Mention] = []
    # 1. mentions inside unchanged text pair with their exact image
    for mention in olds:
        image = mapping.image(mention.start, mention.end)
        if image is not None:
            j = by_start.get(image)
            if j is not None and j not in paired_new:
                paired_new.add(j)
                pairs.append((mention, news[j]))
                continue
        unpaired_old.append(mention)
    # 2. changed mentions pair with an unpaired new mention where the diff puts them: one
    # that says the same if there is one, else the first of the same sort (a number with a
    # number of the same unit, a date with a date), else the first comparable one
    removed: list[_Mention] = []
    for mention in unpaired_old:
        lo, hi = mapping.lo(mention.start), mapping.hi(mention.end)
        there = [j for j, candidate in enumerate(news)
                 if j not in paired_new and _comparable(mention, candidate) and (
                     (candidate.start < hi and candidate.end > lo)
                     or (lo == hi and candidate.start <= lo <= candidate.end))]
        hunk = _hunk_of(mapping, mention)
        match = next((j for j in there if news[j].key == mention.key),
                     next((j for j in there if _same_sort(mention, news[j])),
                          next((j for j in there
                                if hunk is not None and _swapped(hunk, mention, news[j])),
                               None)))
        if match is None:
            removed.append(mention)
        else:
            paired_new.add(match)
            pairs.append((mention, news[match]))
    added = [m for j, m in enumerate(news) if j not in paired_new]
    # 3. a text that loses one date (or one number of some unit) and gains one changed it,
    # wherever the diff puts them
    for sort in (True, False) if removed and added else ():
        gone = [m for m in removed if m.family is _QUANTITY and m.is_date is sort
                and m.key not in {n.key for n in news}]
        came = [m for m in added if m.family is _QUANTITY and m.is_date is sort
                and m.key not in {o.key for o in olds}]
        if len(gone) == 1 and len(came) == 1 and _same_sort(gone[0], came[0]):
            removed.remove(gone[0])
            added.remove(came[0])
            pairs.append((gone[0], came[0]))
    return pairs, removed, added


def _quantity_flags(olds: list[_Mention], news: list[_Mention], mapping: _Map
                    ) -> list[tuple[int, Flag]]:
    """A changed number or date (old → new), or one stated on one side only and nowhere
    else in the other text."""
    pairs, removed, added = _pair_mentions(olds, news, mapping)
    out = [(after.start, Flag(_kind(before, after), before.text, after.text))
           for before, after in pairs if before.key != after.key]
    old_keys = {m.key for m in olds}
    new_keys = {m.key for m in news}
    out.extend((mapping.lo(m.start), Flag(_kind(m), m.text, ""))
               for m in removed if m.key not in new_keys)
    out.extend((m.start, Flag(_kind(m), "", m.text)) for m in added if m.key not in old_keys)
    return out


_DURATION = _Lazy(r" (?:y|mo|w|d|h)\b")
_STRONG_MODALS = frozenset((
    "shall", "shall not", "must", "must not", "may not", "cannot",
    "be obliged to", "be required to", "be prohibited from", "have the right to",
    "be entitled to",
))
"""Modals whose appearance or disappearance alone changes an obligation or a right; plain
"will", "can", "should", a sentence-final する ... come and go with every rewritten sentence
("will not": the future, negated; the negation is what counts)."""


def _comparable(old: _Mention, new: _Mention) -> bool:
    """A number pairs with a date or deadline only when it is a duration (100 days)."""
    if old.family is not _QUANTITY or old.is_date == new.is_date:
        return True
    number = new if old.is_date else old
    return bool(_DURATION.search(number.key))


def _same_sort(old: _Mention, new: _Mention) -> bool:
    """Two quantities of one sort: both dates, or both numbers with the same units."""
    if old.family is not _QUANTITY:
        return True
    if old.is_date or new.is_date:
        return old.is_date == new.is_date
    return old.key.split(" ")[1:] == new.key.split(" ")[1:]


# --- polarity: negations and negative modals ------------------------------------------

_LEXICAL_NEGATIVE = _Lazy(
    r"\b(?:lapse[sd]?|void|cease[sd]?|expire[sd]?|null|hinder(?:s|ed)?|prevent(?:s|ed)?|"
    r"obstruct(?:s|ed)?|impede[sd]?|prohibit(?:s|ed)?|ban(?:s|ned)?|forbids?|forbidden|"
    r"refuse[sd]?|reject(?:s|ed)?|denie[sd]|deny)\b|失効|無効|妨げ|禁止|拒否",
    re.IGNORECASE)
_LEXICAL_LOWER = _Lazy(_LEXICAL_NEGATIVE.source)
"""Words saying that something stops, does not hold or is kept from happening ("the
guarantee lapses", "is void" = "no longer applies"): they count in a statement's polarity,
never as a flag of their own, except a verb of hindering whose statement lost or gained a
negation and has no other to show ("hinders" → "does not hinder"); negated ("does not
hinder" = "lets"), both count for none."""
_LEXICAL_WORDS = frozenset(word.encode() for word in (
    "lapse", "lapses", "lapsed", "void", "cease", "ceases", "ceased", "expire", "expires",
    "expired", "null", "hinder", "hinders", "hindered", "prevent", "prevents", "prevented",
    "obstruct", "obstructs", "obstructed", "impede", "impedes", "impeded", "prohibit",
    "prohibits", "prohibited", "ban", "bans", "banned", "forbid", "forbids", "forbidden",
    "refuse", "refuses", "refused", "reject", "rejects", "rejected", "denied", "denies",
    "deny"))
"""The English words of ``_LEXICAL_NEGATIVE``: an ASCII text with none of them has none."""
_LEXICAL_CUES = ("laps", "void", "ceas", "expir", "null", "hinder", "prevent", "obstruct",
                 "imped", "prohibit", "ban", "forbid", "refus", "reject", "denie", "deny",
                 "失効", "無効", "妨げ", "禁止", "拒否")
_LEXICAL_ASCII_CUES = tuple(cue for cue in _LEXICAL_CUES if cue.isascii())
_CUE_WORDS = frozenset().union(
    _MONTH_WORDS, _TIME_UNIT_WORDS, _QUANTITY_WORDS, _NUMBER_WORD_BYTES, _DEADLINE_WORDS,
    _EVENT_WORDS, _SEASON_WORDS, (b"end", b"date"), _MODAL_FIRSTS, _NEGATION_FIRSTS,
    _LEXICAL_WORDS)
"""Every word a text's words are asked about (:func:`_date_cues`, the number words, the
first words of modals and negations, the lexical negatives): :func:`_cue_words`."""


def _lexical_negatives(text: str, words: Set[bytes] | None = None) -> dict[int, str]:
    """Where the lexical negatives of ``text`` start, and their words (a cheap test first:
    most texts hold none). ``words``, for an ASCII text, are its lowered words
    (:func:`_ascii_words`): when none is a lexical negative (``_LEXICAL_WORDS``), it has
    none, which the word test below finds too, after the substring test."""
    if words is not None and _LEXICAL_WORDS.isdisjoint(words):
        return {}
    lowered = text.lower()
    # The substring test first: it is the cheaper one, and few texts pass it (an ASCII text
    # cannot hold a Japanese cue).
    cues = _LEXICAL_ASCII_CUES if lowered.isascii() else _LEXICAL_CUES
    if len(lowered) != len(text) or not _has_any(lowered, cues) or (
            lowered.isascii() and _LEXICAL_WORDS.isdisjoint(_ascii_words(lowered))):
        return {} if len(lowered) == len(text) else {
            m.start(): m.group() for m in _LEXICAL_NEGATIVE.finditer(text)}
    return {m.start(): text[m.start():m.end()] for m in _LEXICAL_LOWER.finditer(lowered)}


_CESSATION = _Lazy(r"lapse[sd]?|void|cease[sd]?|expire[sd]?|null|失効|無効",
                        re.IGNORECASE)
_CLAUSE_END = _Lazy(
    r"[,.;:!?。；：！？\n](?:(?<=,)(?=\s+(?:and|but|while|whereas)\s)|(?<!,))")
"""Where a statement ends: a sentence, a semicolon or colon, a comma before a conjunction
("..., and NATO adds ..."); one character class first, so the engine skips to the next
mark."""
_CONJUNCTION_AFTER = _Lazy(r"\s+(?:and|but|while|whereas)\s")
"""What must follow a comma that ends a statement (``_CLAUSE_END``)."""


def _clause_ends(text: str) -> list[int]:
    """Where ``_CLAUSE_END`` matches in ``text`` (each match is one character). In an ASCII
    text the marks are found by a search for each (in C, much faster than the engine's
    test of every character against a class with characters outside ASCII), a comma kept
    when a conjunction follows it, as the pattern asks."""
    if not text.isascii():
        return [m.start() for m in _CLAUSE_END.finditer(text)]
    ends: list[int] = []
    find = text.find
    for mark in ".;:!?\n":
        at = find(mark)
        while at >= 0:
            ends.append(at)
            at = find(mark, at + 1)
    at = find(",")
    if at >= 0:
        conjunction = _CONJUNCTION_AFTER.match
        while at >= 0:
            if conjunction(text, at + 1) is not None:
                ends.append(at)
            at = find(",", at + 1)
    ends.sort()
    return ends
_SPACED_WORD = _Lazy("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f'’]+")
"""A word of a script that puts spaces between words (Latin, Greek, Cyrillic)."""
_KANJI_PAIR = _Lazy(r"(?=([\u4e00-\u9fff]{2}))")
_KATAKANA_RUN = _Lazy(r"[\u30a0-\u30ff]{2,}")
_STEM = 4
_NOT_TERMS = frozenset(("never", "without", "neither", "none", "nothing", "nowhere", "nobody",
                        "longer"))
_VERDICT_WORDS = 3


class _Clause(NamedTuple):
    start: int
    terms: frozenset[str]
    """Its content words, cut to ``_STEM`` letters (kanji pairs and katakana words in
    Japanese)."""
    verdict: bool
    """A clause of at most three words and one content word ("Not agreed.", "合意に至って
    いない"): a verdict on the whole point."""


def _term(word: str) -> str:
    """A folded word's content stem, or "" for a short, function or negation word."""
    if len(word) < _STEM or word in _NOT_TERMS or is_function_word(word[:_STEM], _STEM):
        return ""
    return word[:_STEM]


class _Terms(dict[str, str]):
    """:func:`_term` of each word seen, looked up without a Python call (``map`` over
    ``__getitem__``); forgotten when it grows past ``_TERMS_KEPT`` words."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _TERMS_KEPT:
            self.clear()
        term = self[word] = _term(word)
        return term


class _ByteTerms(dict[bytes, str]):
    """:func:`_term` of each word seen as ASCII bytes, as ``_Terms``."""

    def __missing__(self, word: bytes) -> str:
        if len(self) >= _TERMS_KEPT:
            self.clear()
        term = self[word] = _term(word.decode())
        return term


_TERMS_KEPT = 65536
_TERMS = _Terms()
_BYTE_TERMS = _ByteTerms()
_WORD_BYTES = bytes(c if 0x61 <= c <= 0x7A or c == 0x27 else 0x20 for c in range(256))
"""Lowercase ASCII letters and the apostrophe kept, every other byte made a blank: the
words of a lowered ASCII text, split, are what ``_SPACED_WORD`` finds in it (on ASCII
it is ``[A-Za-z']+``, and the lowered text has no capital)."""


def _clauses(text: str, letters: bytes | None = None, runs: list[bytes] | None = None
             ) -> list[_Clause]:
    """The statements of ``text``. ``letters`` and ``runs``, when given, are its
    :func:`_letter_runs` and their split (read by :func:`_mentions`)."""
    out: list[_Clause] = []
    start = 0
    ends = _clause_ends(text)
    ends.append(len(text))
    # An ASCII text folds to its lower case, character for character: its words are read
    # from one translation of its bytes (``_WORD_BYTES``), clause by clause. Without an
    # apostrophe (which ``_WORD_BYTES`` keeps in a word) that translation is its letter
    # runs (one blank put first: ``shift``), and a clause that holds all of them (most
    # often the only one) takes the runs already split.
    shift = first = last = 0
    if not text.isascii():
        letters = runs = None
    elif letters is None or runs is None or "'" in text:
        letters = text.lower().encode().translate(_WORD_BYTES)
        runs = None
    else:
        shift = 1
        first = len(letters) - len(letters.lstrip())  # where the first run starts
        last = len(letters.rstrip())  # where the last run ends
    term = _TERMS.__getitem__
    byte_term = _BYTE_TERMS.__getitem__
    for end in ends:
        if start < end and not text[start:end].isspace():
            if letters is not None:
                byte_words = runs if runs is not None and start + shift <= first and \
                    end + shift >= last else letters[start + shift:end + shift].split()
                terms = set(map(byte_term, byte_words))
                count = len(byte_words)
            else:
                piece = text[start:end]
                words = _SPACED_WORD.findall(piece.casefold())
                terms = set(map(term, words))
                terms.update(_KANJI_PAIR.findall(piece))
                terms.update(_KATAKANA_RUN.findall(piece))
                count = len(words)
            terms.discard("")
            verdict = count <= _VERDICT_WORDS and len(terms) <= 1
            out.append(_new_tuple(_Clause, (start, frozenset(terms), verdict)))
        start = end + 1
    return out


def _clause_at(starts: Sequence[int], pos: int) -> int:
    """The clause holding ``pos``, given where the clauses start."""
    return max(0, bisect_right(starts, pos) - 1)


def _counterpart(clause: _Clause, others: Sequence[_Clause]) -> int | None:
    """The clause of the other text that makes the same statement: the one sharing most
    content words, at least two and a third of the smaller clause's (or all of them)."""
    best, shared = None, 0
    for i, other in enumerate(others):
        n = len(clause.terms & other.terms)
        if n > shared:
            best, shared = i, n
    if best is None:
        return None
    smaller = min(len(clause.terms), len(others[best].terms))
    if not (shared >= len(clause.terms) or (shared >= 2 and 3 * shared >= smaller)):
        return None
    return best


class _Unit(NamedTuple):
    """One negation in a text: a negation word, a negative modal or a lexical negative."""
    mention: _Mention
    """A lexical negative has the key "lexical": flagged only when nothing else can be."""
    start: int
    clause: int
    what: str
    """The negation and the word it negates ("no appl" of "no longer applies"): the same
    negation repeated in one statement ("no longer applies if ..., no longer applies if
    ...") counts once."""


def _negated(text: str, start: int, end: int, letters: bytes | None = None) -> str:
    """The word a negation negates: the next content word after it, or the two characters
    before a Japanese ending (排除しない). ``letters``, given for an ASCII text without an
    apostrophe, is its :func:`_letter_runs`: there the words ``_SPACED_WORD`` finds are the
    runs (the window's end cutting one as it cuts the search), and the first whose
    :func:`_term` is not empty is the one (the same tests on the same lowered word)."""
    if letters is not None:
        byte_term = _BYTE_TERMS.__getitem__
        for run in letters[end + 1:min(len(text), end + 60) + 1].split():
            term = byte_term(run)
            if term:
                return term
        return ""
    if end > start and text[start] >= "\u3041":
        return text[max(0, start - 2):start]
    for word in _SPACED_WORD.finditer(text, end, min(len(text), end + 60)):
        folded = word.group().casefold()
        if (len(folded) >= _STEM and folded not in _NOT_TERMS
                and not is_function_word(folded[:_STEM], _STEM)):
            return folded[:_STEM]
    return ""


def _negation_units(text: str, modals: Sequence[_Mention], negations: Sequence[_Mention],
                    starts: Sequence[int], lexical: dict[int, str],
                    letters: bytes | None = None) -> list[_Unit]:
    """The negations of ``text`` (``letters``: as :func:`_negated` takes them)."""
    found: list[tuple[int, _Mention]] = [(m.start, m) for m in negations]
    found.extend((m.start, m) for m in modals if _negative(m.key))
    lexical = dict(lexical)
    for mention in negations if lexical else ():  # a double negation: "does not hinder"
        word = _negated(text, mention.start, mention.end, letters)
        near = next((start for start in lexical if mention.end <= start <= mention.end + 30
                     and lexical[start].casefold()[:_STEM] == word), None)
        if near is None and word and text[mention.start] >= "\u3041":
            near = next((start for start, found in lexical.items()
                         if start <= mention.start <= start + len(found)), None)
        if near is not None:
            del lexical[near]
            found.remove((mention.start, mention))
    found.extend((start, _Mention(_NEGATION, start, start + len(word), word, "lexical"))
                 for start, word in lexical.items())
    units: list[_Unit] = []
    neither: set[int] = set()
    for start, mention in sorted(found, key=lambda f: f[0]):
        clause = _clause_at(starts, start)
        word = mention.text.casefold()
        if word == "neither":
            neither.add(clause)
        elif word == "nor" and clause in neither:
            continue  # "neither ... nor" is one negation
        what = (f"lexical {start}" if mention.key == "lexical" else
                f"{mention.key}:{word} {_negated(text, mention.start, mention.end, letters)}")
        units.append(_new_tuple(_Unit, (mention, start, clause, what)))
    return units


def _negative(key: str) -> bool:
    return key.endswith(" not") or key in ("cannot", "be prohibited from")


def _base(key: str) -> str:
    return "can" if key == "cannot" else key.removesuffix(" not")


class _Polarity:
    """How many negations each statement holds on each side. A statement is a clause and
    its counterpart in the other text (clauses linked that way form one group: two old
    sentences may be one new one); a clause with no counterpart came or went whole, with
    its negations, and counts for nothing, unless it is a verdict ("Not agreed.")."""

    def __init__(self, old_units: list[_Unit], new_units: list[_Unit],
                 old_clauses: list[_Clause], new_clauses: list[_Clause]) -> None:
        parent: dict[tuple[int, int], tuple[int, int]] = {}

        def find(node: tuple[int, int]) -> tuple[int, int]:
            while parent.get(node, node) != node:
                node = parent[node]
            return node

        standing: set[tuple[int, int]] = set()
        sides = ((0, old_clauses, new_clauses, old_units), (1, new_clauses, old_clauses,
                                                            new_units))
        for side, mine, theirs, units in sides:
            for i in {u.clause for u in units}:
                clause = mine[i]
                j = _counterpart(clause, theirs)
                if j is not None:
                    standing.update(((side, i), (1 - side, j)))
                    parent[find((side, i))] = find((1 - side, j))
                elif clause.verdict:
                    standing.add((side, i))
        self._find = find
        self.balance: dict[tuple[int, int], int] = {}
        for side, _, _, units in sides:
            counted: set[tuple[tuple[int, int], str]] = set()
            for unit in units:
                if (side, unit.clause) in standing:
                    group = find((side, unit.clause))
                    if (group, unit.what) in counted:
                        continue
                    counted.add((group, unit.what))
                    self.balance[group] = self.balance.get(group, 0) + (1 if side else -1)
        self.standing = standing

    def group(self, side: int, clause: int) -> tuple[int, int] | None:
        return self._find((side, clause)) if (side, clause) in self.standing else None

    def take(self, group: tuple[int, int] | None, change: int) -> bool:
        """Whether ``group`` lost (change -1) or gained (+1) a negation; if so, that
        change is now accounted for."""
        if group is None:
            return False
        left = self.balance.get(group, 0)
        if left * change <= 0:
            return False
        self.balance[group] = left - change
        return True


def _polarity_flags(old: str, new: str, olds: _Found, news: _Found,
                    mapping: _Map) -> list[tuple[int, Flag]]:
    """Modal flags ("shall" → "may", a lone "shall" removed) and negation flags: a
    statement both texts make whose polarity changed, or a verdict ("Not agreed.") one side
    gives. A negation reworded or moved ("no troops" → "not ... troops", "never" → "not",
    "shall not deploy" → "shall deploy no", "no longer applies" → "lapses") is no flag."""
    modals, negations = (olds.modals, news.modals), (olds.negations, news.negations)
    lexical = (olds.lexical, news.lexical)
    if not (any(modals) or any(negations) or any(lexical)):
        return []  # no modal and no negation on either side: nothing to flag
    if any(negations) or any(lexical) or any(_negative(m.key) for side in modals for m in side):
        clauses = (_clauses(old, olds.letters, olds.runs), _clauses(new, news.letters, news.runs))
        starts = ([c.start for c in clauses[0]], [c.start for c in clauses[1]])
        letters = tuple(read.letters if text.isascii() and "'" not in text else None
                        for text, read in ((old, olds), (new, news)))
        units = (_negation_units(old, modals[0], negations[0], starts[0], lexical[0],
                                 letters[0]),
                 _negation_units(new, modals[1], negations[1], starts[1], lexical[1],
                                 letters[1]))
    else:  # no negation on either side: no statement to match, no negation unit
        clauses, starts, units = ([], []), ([], []), ([], [])
    polarity = _Polarity(units[0], units[1], clauses[0], clauses[1])

    def group(side: int, mention: _Mention) -> tuple[int, int] | None:
        return polarity.group(side, _clause_at(starts[side], mention.start))

    out: list[tuple[int, Flag]] = []
    pairs, removed, added = _pair_mentions(modals[0], modals[1], mapping)
    for before, after in pairs:
        if before.key == after.key:
            continue
        flips = _negative(before.key) != _negative(after.key)
        change = 1 if _negative(after.key) else -1
        if flips and _base(before.key) == _base(after.key):
            # the same modal, negated or no longer: a flag only if the statement's
            # polarity changed ("shall not deploy" → "shall deploy no" keeps it)
            if polarity.take(group(0, before), change):
                out.append((after.start, Flag(FlagKind.MODALITY, before.text, after.text)))
            continue
        out.append((after.start, Flag(FlagKind.MODALITY, before.text, after.text)))
        if flips:
            polarity.take(group(0, before), change)
    old_keys = {m.key for m in modals[0]}
    new_keys = {m.key for m in modals[1]}
    for side, lone, keys in ((0, removed, new_keys), (1, added, old_keys)):
        for mention in lone:
            if mention.key in keys or mention.key not in _STRONG_MODALS:
                continue
            flag = Flag(FlagKind.MODALITY, *((mention.text, "") if side == 0 else
                                             ("", mention.text)))
            out.append((mapping.lo(mention.start) if side == 0 else mention.start, flag))
            if _negative(mention.key):
                polarity.take(group(side, mention), 1 if side else -1)
    # negations: the unpaired ones (and weak negative modals left over: "will not") of a
    # statement whose count of negations fell or rose, as many as it changed by
    if not any(polarity.balance.values()):
        return out
    _, neg_removed, neg_added = _pair_mentions(negations[0], negations[1], mapping)
    weak = ([m for m in removed if _negative(m.key) and m.key not in _STRONG_MODALS],
            [m for m in added if _negative(m.key) and m.key not in _STRONG_MODALS])
    for side, lone in ((0, neg_removed + weak[0]), (1, neg_added + weak[1])):
        # the ones the redline changed first, then the others of the statement
        rest = [m for m in negations[side] if m not in lone]
        hindering = [u.mention for u in units[side] if u.mention.key == "lexical"
                     and not _CESSATION.fullmatch(u.mention.text)]
        for mention in [*sorted(lone, key=lambda m: m.start), *rest, *hindering]:
            if polarity.take(group(side, mention), 1 if side else -1):
                flag = Flag(FlagKind.NEGATION, *((mention.text, "") if side == 0 else
                                                 ("", mention.text)))
                out.append((mapping.lo(mention.start) if side == 0 else mention.start, flag))
    return out


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
