"""What the flags' patterns share: character classes, number words and the means to scan.

``Lazy`` compiles a pattern on its first use, not at import: every pattern of the flags is
one, or is compiled by a cached function (``compiled``), so importing them compiles nothing.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from typing import Any

from plandiff._text import CYRILLIC, class_body
from plandiff.numberwords import EN_ONES, EN_SCALES, EN_TENS, cyrillic_values


class Lazy:
    """A regex compiled on its first use, not at import: ``Lazy(source, flags)`` answers
    ``search``, ``match``, ``fullmatch``, ``finditer``, ``findall`` and ``sub`` as
    ``re.compile(source, flags)`` does. Most of the flags' patterns serve some texts only
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


# --- shared character classes and number words ------------------------------------------

WORDCH = (
    "[0-9A-Za-z_\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff"
    f"{class_body(CYRILLIC)}\u1e00-\u1eff]"
)
"""A letter or digit of a script that puts spaces between words (Latin, Greek, Cyrillic):
names and keywords must not touch one; a CJK neighbour is fine (EUの, NATOに)."""
ASCII_WORDCH = "[0-9A-Za-z_]"
"""The ASCII characters of ``WORDCH``: the same class on an ASCII text."""
LB = f"(?<!{WORDCH})"
RB = f"(?!{WORDCH})"
D = "[0-9０-９]"
NUM = (
    f"(?:{D}{{1,3}}(?:[,\u00a0\u202f\u2009 ，]{D}{{3}})+|{D}+)(?:[.,．，]{D}+)?"
)
MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
MONTHS = MONTH_NAMES.lower()
MONTH_WORD = Lazy(rf"(?<![a-z])(?:{MONTHS})(?![a-z])")
"""Month names must be capitalised in the text: "Article 5 may apply" is not a date."""
MONTH_NUMBERS = {
    name: i
    for i, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")),
        start=1)
    for name in names
}
NUMWORD = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|a hundred|a thousand|a million|a billion|several|a few"
)
WORD_VALUES = {word: value for value, word in enumerate(EN_ONES)} | {
    word: 10 * i for i, word in enumerate(EN_TENS, start=2)}
WORD_SCALES = EN_SCALES
CARDINAL = "|".join(sorted((*WORD_VALUES, *WORD_SCALES), key=lambda w: (-len(w), w)))
CARDINALS = (
    rf"(?:a\s+(?=(?:hundred|thousand|million|billion)\b))?(?:{CARDINAL})"
    rf"(?:(?:\s+and\s+|[\s-])(?:{CARDINAL})(?![A-Za-z]))*"
)
"""A number in words, lowercase: "twelve", "twenty-five", "five hundred thousand"."""
TIME_UNIT = "(?:decades?|years?|months?|fortnights?|weeks?|days?|hours?)"
"""A time unit in English; a decade is ten years, a fortnight 14 days (``quantity_keys``)."""
PERIOD_COUNT = r"(?:half\s+an?|an?)"
"""A count of a time unit in words that is no number word, lowercase: "a year", "half a
year", "an hour"."""
PERIOD_HALF = r"(?:\s+and\s+a\s+half)?"
"""A half more: after a count ("one and a half years") or after its unit ("a year and a
half")."""
SUBJECT_CAN = r"(?:it|they|we|he|she|one)\s+(?:can|could|is\s+able|are\s+able)"
"""What "as soon as" says "possible" with: "as soon as it can", "as soon as they are able"."""
CYR_TIME_UNIT = (
    "(?:днів|дні|день|дня|дней|суток|сутки|діб|доби|добу|тижн[а-яіїє]*|недел[а-яё]*|"
    "місяц[а-яіїє]*|месяц[а-яё]*|рок[а-яіїє]*|рік|років|лет|годин[а-яіїє]*|год[а-яё]*|"
    "часов|часа|час|десятилет[а-яё]*|десятиліт[а-яіїє]*)"
)
"""A Russian or Ukrainian unit of time, in any case: days (and сутки, доба: a day of 24
hours), weeks, months, years, hours (часов; Ukrainian годин, which is no "год", a year)."""
JA_TIME_UNIT = "(?:日間|日|週間|か月|カ月|ヶ月|ケ月|箇月|ヵ月|年間|年|時間)"
CYR_WORD_VALUES = cyrillic_values(2, 900, leave_out=frozenset({"семью"}))
"""Russian and Ukrainian number words, in every case, and their values (an apostrophe as
"'"): :mod:`plandiff.numberwords`' from two up. One is left out, as "one" is ("одна из
сторон"), and "семью" (also "family")."""
CYR_SCALES = (("тыс", 1000), ("тис", 1000), ("млн", 10**6), ("миллион", 10**6),
              ("мільйон", 10**6), ("млрд", 10**9), ("миллиард", 10**9), ("мільярд", 10**9),
              ("трлн", 10**12), ("триллион", 10**12), ("трильйон", 10**12))
"""The stems of the Russian and Ukrainian multipliers and their values."""
_CYR_WORD = "|".join(sorted((w.replace("'", "['’ʼ]") for w in CYR_WORD_VALUES),
                            key=lambda w: (-len(w), w)))
CYR_SCALE_WORD = (r"(?:тыс|тис|млн|млрд|трлн)(?:\.|(?![а-яёіїєґ]))|(?:тысяч|тисяч|миллион|"
                   r"мільйон|миллиард|мільярд|триллион|трильйон)[а-яёіїєґ]*")
"""A Russian or Ukrainian multiplier word, lowercase: "тыс.", "млрд", "тысяч", "мільярдів"."""
CYR_CARDINALS = (
    rf"(?<![0-9а-яёіїєґ'’ʼ])(?:{_CYR_WORD})(?:\s+(?:{_CYR_WORD}|{CYR_SCALE_WORD})"
    rf"(?![0-9а-яёіїєґ'’ʼ]))*(?![0-9а-яёіїєґ'’ʼ])"
)
"""A Russian or Ukrainian number in words, lowercase, with its multipliers: "тридцати",
"сто миллиардов", "шестьсот тысяч", "сорок пять", "двісті мільярдів"."""
CYR_CARDINAL_WORDS = Lazy(CYR_CARDINALS)
"""``CYR_CARDINALS`` compiled (on first use), for the scan and the key alike."""
JA_KANJI_NUM = "(?:[一二三四五六七八九十百千]+[万億兆])*[一二三四五六七八九十百千]+[万億兆]?"
"""A number in kanji numerals, with its scales: 六十万, 千億, 一万二千, 二億五千万."""
CYR_MONTHS = {
    name: i for i, names in enumerate((
        ("січня", "января"), ("лютого", "февраля"), ("березня", "марта"),
        ("квітня", "апреля"), ("травня", "мая"), ("червня", "июня"), ("липня", "июля"),
        ("серпня", "августа"), ("вересня", "сентября"), ("жовтня", "октября"),
        ("листопада", "ноября"), ("грудня", "декабря")), start=1)
    for name in names
}
CYR_MONTH_FORMS = {
    **CYR_MONTHS,
    **{name: i for i, names in enumerate((
        ("січень", "січні", "январь", "январе", "январю"),
        ("лютий", "лютому", "февраль", "феврале", "февралю"),
        ("березень", "березні", "март", "марте", "марту"),
        ("квітень", "квітні", "апрель", "апреле", "апрелю"),
        ("травень", "травні", "май", "мае", "маю"),
        ("червень", "червні", "июнь", "июне", "июню"),
        ("липень", "липні", "июль", "июле", "июлю"),
        ("серпень", "серпні", "август", "августе", "августу"),
        ("вересень", "вересні", "сентябрь", "сентябре", "сентябрю"),
        ("жовтень", "жовтні", "октябрь", "октябре", "октябрю"),
        ("листопад", "листопаді", "ноябрь", "ноябре", "ноябрю"),
        ("грудень", "грудні", "декабрь", "декабре", "декабрю")), start=1)
       for name in names},
}
"""The Ukrainian and Russian months in the cases a month of a year takes ("у березні 2026
року", "в марте 2026 года", "к марту", "до марта", "березень 2026 року"), lower case."""
SEASONS = "spring|summer|autumn|fall|winter"


# --- the means to scan ------------------------------------------------------------------


def prefix_tree(words: Iterable[str]) -> str:
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


@cache
def compiled(patterns: tuple[str, ...], word_start: bool) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns)
    # Every English, Ukrainian or Russian mention starts a word: testing \b first lets the
    # engine skip the other positions quickly.
    return re.compile(f"\\b(?:{body})" if word_start else body)


def word_starts(letters: bytes, firsts: Iterable[bytes]) -> list[int]:
    """Where each of ``firsts`` (runs of ASCII letters of a text, from :func:`ascii_words`)
    stands in the text as a whole run, in order; ``letters`` is the text's
    :func:`letter_runs`, in which such a run is the word between two blanks, at the index
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


_LETTERS_ONLY = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))


def letter_runs(lowered: str) -> bytes:
    """``lowered`` as bytes with every character but ``a``-``z`` made a blank (each one
    outside ASCII is one ``?`` first, so every character is one byte), between two blanks:
    split, its runs of ASCII letters (what ``[a-z]+`` finds in ``lowered``), several times
    faster than the regex; a run is whole where it stands between two blanks."""
    return b" " + lowered.encode("ascii", "replace").translate(_LETTERS_ONLY) + b" "


def ascii_words(lowered: str) -> set[bytes]:
    """The runs of ASCII letters of ``lowered`` (what ``[a-z]+`` finds), as bytes."""
    return set(letter_runs(lowered).split())


def has_any(text: str, words: Sequence[str]) -> bool:
    # Substring tests run in C: much faster than a regex alternation over common letters.
    return any(map(text.__contains__, words))


def overlaps(ranges: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(ranges, (start, 1 << 62)) - 1
    for s, e in ranges[max(i, 0):]:
        if s >= end:
            return False
        if e > start and s < end:
            return True
    return False


STOP_BEFORE_BLANK = Lazy(r"[.!?;](?=\s|$)|[。！？；\n]")
"""Where a statement ends: a full stop, "!", "?" or ";" before a blank (not "3.5"), their
Japanese forms, a line break."""
ANY_STOP = Lazy(r"[.;!?。；！？\n]")
"""The same marks wherever they stand, the full stop of "3.5" too."""


def sentence_around(text: str, start: int, end: int, stops: Lazy) -> tuple[int, int, int]:
    """The sentence of ``text`` that holds ``start:end``, whole, its ends found by ``stops``
    (:data:`STOP_BEFORE_BLANK` or :data:`ANY_STOP`): where it begins (after the last stop
    before ``start``, or 0), where the first stop at or after ``end`` starts and where it
    ends (``len(text)`` for both when there is none). The one reading of a sentence that
    ``polarity`` (a cap said in a statement) and ``softening`` (a condition kept in a
    sentence) share: each keeps the stops it always read, since a decimal ("3.5") or an
    initial ("U.S") parts a sentence for one and not the other."""
    begin = 0
    for match in stops.finditer(text, 0, start):
        begin = match.end()
    after = stops.search(text, max(end, begin))
    return (begin, len(text), len(text)) if after is None else \
        (begin, after.start(), after.end())


_KANJI_STEM = Lazy(r"[\u4e00-\u9fff\u3005]{1,4}$")


def kanji_stem_before(text: str, index: int) -> str:
    """The kanji (up to four) right before ``text[index]``: a Japanese verb's stem before its
    kana ending (加盟 of 加盟しない, 撤退 of 撤退する), "" when there is none."""
    stem = _KANJI_STEM.search(text, max(0, index - 4), index)
    return "" if stem is None else stem.group()


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


__all__ = ["ANY_STOP", "ASCII_WORDCH", "CARDINAL", "CARDINALS", "CYR_CARDINALS",
           "CYR_CARDINAL_WORDS", "CYR_MONTHS", "CYR_MONTH_FORMS", "CYR_SCALES", "CYR_SCALE_WORD",
           "CYR_TIME_UNIT", "CYR_WORD_VALUES", "JA_KANJI_NUM", "JA_TIME_UNIT", "LB", "MONTHS",
           "MONTH_NAMES", "MONTH_NUMBERS", "MONTH_WORD", "NUM", "NUMWORD", "PERIOD_COUNT",
           "PERIOD_HALF", "RB", "SEASONS", "STOP_BEFORE_BLANK", "SUBJECT_CAN", "TIME_UNIT",
           "WORDCH", "WORD_SCALES", "WORD_VALUES", "D", "Lazy", "ascii_words", "compiled",
           "has_any", "kanji_stem_before", "letter_runs", "overlaps", "prefix_tree",
           "sentence_around", "squash", "word_starts"]
