"""Quantities: where a text states a number, a date or a deadline.

The date and deadline patterns come first (a date is not also a number), then the numbers in
digits and in words. A text is scanned only with the patterns it can match, decided by cheap
tests for what each needs (a digit, a year, a month name, a time unit, a number word ...), so
the result is the same as scanning with every pattern. A number that names rather than counts
("Article 5", "the 28-point text") is no quantity. What each quantity says, its key, is
``quantity_keys``'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from functools import cache

from plandiff.engine.flags.mention import Mention
from plandiff.engine.flags.parties import parties
from plandiff.engine.flags.patterns import (
    ASCII_WORDCH,
    CARDINALS,
    CYR_CARDINAL_WORDS,
    CYR_CARDINALS,
    CYR_MONTH_FORMS,
    CYR_MONTHS,
    CYR_SCALE_WORD,
    CYR_TIME_UNIT,
    JA_KANJI_NUM,
    JA_TIME_UNIT,
    LB,
    MONTH_NUMBERS,
    MONTH_WORD,
    MONTHS,
    NUM,
    NUMWORD,
    PERIOD_COUNT,
    PERIOD_HALF,
    RB,
    SEASONS,
    SUBJECT_CAN,
    TIME_UNIT,
    WORD_SCALES,
    WORD_VALUES,
    WORDCH,
    D,
    Lazy,
    compiled,
    has_any,
    prefix_tree,
    word_starts,
)

# --- the patterns: dates and deadlines first, then numbers ------------------------------

_CYR_ONE_UNIT = ("(?:года|год|року|рік|месяца|месяц|місяця|місяць|недели|неделю|тижня|"
                 "тиждень|десятилетия|десятиліття)")
"""One of a time unit, said by the unit alone after a word of a deadline: "в течение года"
(within a year), "протягом місяця", "через год" (in a year); not a day ("не позднее дня
подписания" is the day of signing)."""

_CYR_WITHIN = (r"(?:протягом|впродовж|у\s+межах|не\s+пізніше\s+(?:ніж\s+)?через|"
               r"не\s+(?:позднее|позже)\s+(?:чем\s+)?через|не\s+пізніше\s+ніж|не\s+пізніше|"
               r"через|в\s+течение|не\s+позднее|не\s+позже|в\s+пределах)")
"""The Russian and Ukrainian words before a period ("протягом 100 днів", "в течение года",
"не позднее чем через 100 дней"): one list for a period with a number and for "полгода"."""
_ABBREVIATION_DOT = r"(?:(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)|(?<=sept))\.)?"
"""The full stop of a month's abbreviation ("15 Oct."), not the one that ends a sentence
after its full name ("on Friday 22 July."): the dates are read in the lowered text."""
_DATE_EN = [
    # ISO and numeric dates: 2026-03-01, 2026/3/1, 01.03.2026, 1/3/2026
    rf"{LB}\d{{4}}-\d{{2}}-\d{{2}}{RB}",
    rf"{LB}\d{{4}}[/.]\d{{1,2}}[/.]\d{{1,2}}(?![\d/.]\d|{WORDCH})",
    rf"{LB}\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}(?![\d/.]\d|{WORDCH})",
    # 20 November 2025, November 20, 2025, November 2025
    rf"{LB}\d{{1,2}}\s+(?:{MONTHS}){_ABBREVIATION_DOT}(?:,?\s+\d{{4}})?{RB}",
    rf"{LB}(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?{RB}",
    rf"{LB}(?:{MONTHS})\.?\s+\d{{4}}{RB}",
    rf"{LB}(?:in|by|until|till|before|after|from|since|(?:the\s+)?end\s+of|early|late|mid-?)"
    rf"\s+(?:{MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?{RB}",
    # deadlines and periods with a duration: "within 30 days", "for 12 months"
    rf"{LB}(?:within|inside|no later than|not later than|no more than|in|after|before|for|"
    rf"over|during)\s+"
    rf"(?:the\s+next\s+|a\s+period\s+(?:of|not\s+exceeding)\s+|a\s+maximum\s+of\s+)?"
    rf"(?:{NUM}(?:\s*[-–—]\s*{NUM})?"
    rf"|{NUMWORD}|{CARDINALS}|{PERIOD_COUNT}){PERIOD_HALF}"
    rf"(?:\s*\(\s*{NUM}\s*\))?\s+(?:working\s+|calendar\s+)?{TIME_UNIT}{PERIOD_HALF}{RB}",
    # a duration that counts from an event: "100 days after signing" (not "every three
    # months from ...", "last 10 years from ...": a frequency, a length)
    rf"{LB}(?<!every\s)(?<!last\s)(?<!lasts\s)(?<!once\s)(?<!twice\s)(?<!times\s)"
    rf"(?:{NUM}|{NUMWORD}|{CARDINALS}|{PERIOD_COUNT}){PERIOD_HALF}\s+"
    rf"(?:working\s+|calendar\s+)?{TIME_UNIT}{PERIOD_HALF}"
    rf"(?=\s+(?:after|from|following|before|prior to){RB})",
    # a year after a preposition ("to 2040", not "to 2000 troops")
    rf"{LB}(?:by|before|until|till|after|from|since|through|in|no later than|not later than|"
    rf"(?<=\bno\s)earlier than|(?<=\bnot\s)earlier than)"
    rf"\s+(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(?:19|20)\d{{2}}(?![-/.]\d){RB}",
    rf"{LB}to\s+(?:19|20)\d{{2}}(?!\s*[a-z0-9])(?![-/.]\d){RB}",
    # part of a year: "in the first half of 2026", "by the third quarter of 2026", "Q1 2026",
    # "mid-2026", "early 2026"
    rf"{LB}(?:(?:in|by|until|till|before|after|from|since|during|throughout)\s+)?"
    rf"(?:(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+of\s+|"
    rf"(?:h[12]|q[1-4])\s+|(?:early|late|mid)(?:-|\s+))(?:19|20)\d{{2}}{RB}",
    rf"{LB}(?:by\s+)?the\s+end\s+of\s+(?:the\s+)?(?:year|month)\b",
    # a season: "from spring 2026"
    rf"{LB}(?:(?:in|by|from|until|since|before|after|early|late|mid-?)\s+)?(?:the\s+)?"
    rf"(?:{SEASONS})\s+(?:of\s+)?(?:19|20)\d{{2}}{RB}",
    # deadlines without a number
    rf"{LB}(?:as soon as (?:possible|practicable|feasible|{SUBJECT_CAN})|as soon as|"
    r"immediately|without delay|"
    r"forthwith|promptly|at the earliest (?:possible )?(?:opportunity|date|time)|"
    r"in due course|upon (?:the )?(?:signature|signing|entry into force|ratification)|"
    rf"on (?:signature|signing)|at a later (?:date|stage)|no later than(?!\s+\d)|"
    r"not later than(?!\s+\d)|"
    # "the moment all parties agree" is "as soon as": immediately (not "at the moment", now)
    r"(?<!at )(?<!for )the\s+(?:very\s+)?moment(?=\s+(?:that\s+|when\s+)?"
    rf"(?:all|both|each|every|the|it|they|any)\b)){RB}",
    # the day of an event, a date left to be set
    rf"{LB}(?:(?:on|from|until|by|after|before|since)\s+)?the\s+(?:day|date)\s+of\s+"
    rf"(?:signing|signature|the\s+signing|entry\s+into\s+force|ratification){RB}",
    rf"{LB}(?:on|by|from)\s+(?:a|an)\s+(?:specific|fixed|set|agreed|certain|later)\s+date{RB}",
    # Ukrainian and Russian: "1 березня 2026", "протягом 100 днів", "в течение 100 дней"
    rf"{LB}\d{{1,2}}\s+(?:{'|'.join(CYR_MONTHS)})(?:\s+\d{{4}})?{RB}",
    # a month of a year: "в марте 2026 года", "у березні 2026 року", "до марта 2026 г."
    rf"{LB}(?:(?:в|во|у|к|до|с|со|з|із|від|от|после|після|по)\s+)?"
    rf"(?:{'|'.join(sorted(CYR_MONTH_FORMS, key=lambda m: (-len(m), m)))})\s+(?:19|20)\d{{2}}"
    rf"(?:\s+(?:(?:року|году|года|рік|год){RB}|[гр]\.)|{RB})",
    # a year, or part of one: "в 2026 году", "до кінця 2026 року", "в первой половине 2026 года",
    # the word abbreviated: "в 2026 г.", "у 2026 р."
    rf"{LB}(?:(?:в|во|у|на|до|к|с|з|від|після|после|наприкінці|протягом|впродовж|"
    rf"в\s+течение)\s+)?(?:(?:першій|першої|первой|первую|другій|другої|второй|вторую)"
    rf"\s+половин[іиеуы]\s+|(?:кінця|кінці|кінець|конца|конце|концу|середини|середині|"
    rf"середины|середине|початку|начала|начале)\s+)?(?:19|20)\d{{2}}\s+"
    rf"(?:(?:року|році|рік|года|году|год){RB}|[гр]\.)",
    rf"{LB}{_CYR_WITHIN}\s+(?:(?:{NUM}|{CYR_CARDINALS}|"
    rf"полтора|полторы|полутора|півтора|півтори)\s+{CYR_TIME_UNIT}|{_CYR_ONE_UNIT}){RB}",
    # deadlines without a number, as "immediately" and "as soon as possible" are in English
    rf"{LB}(?:немедленно|незамедлительно|безотлагательно|сразу\s+же|одразу|відразу|"
    rf"сразу(?=\s+(?:после|по)\s)|"
    rf"как\s+можно\s+(?:скорее|быстрее)|"
    rf"(?:в|у)\s+(?:определённую|определенную|установленную|конкретную|визначену|встановлену|"
    rf"конкретну)\s+дату|"
    rf"(?:в|у)\s+(?:определённый|определенный|установленный|конкретный|визначений|встановлений|"
    rf"конкретний)\s+день|"
    rf"в\s+кратчайш(?:ие|ий)\s+(?:сроки|срок)|в\s+возможно\s+короткие\s+сроки|"
    rf"(?:с\s+момента|в\s+момент|на\s+момент|в\s+день|на\s+день)\s+"
    rf"(?:подписания|вступления\s+в\s+силу)|"
    rf"негайно|невідкладно|якнайшвидше|якомога\s+(?:швидше|скоріше|раніше)|"
    rf"(?:в|у)\s+найкоротші\s+(?:терміни|строки)|(?:в|у)\s+найкоротший\s+(?:термін|строк)|"
    rf"(?:з\s+моменту|на\s+момент|(?:в|у|на)\s+день)\s+(?:підписання|набрання\s+чинності)){RB}",
    # half a year in one word: "в течение полугода", "протягом півроку"
    rf"{LB}{_CYR_WITHIN}\s+(?:полгода|полугода|"
    rf"півроку){RB}",
]
DATE_JA = [
    rf"{D}{{4}}年{D}{{1,2}}月{D}{{1,2}}日",
    rf"(?<![0-9０-９]){D}{{4}}[/／]{D}{{1,2}}[/／]{D}{{1,2}}(?![0-9０-９])",
    rf"{D}{{4}}年{D}{{1,2}}月",
    rf"{D}{{1,2}}月{D}{{1,2}}日",
    # part of a year, before "2026年中" could take "2026年中頃": 2026年前半, 2026年の第1四半期
    rf"{D}{{4}}年の?(?:前半|後半|上半期|下半期|初め|初頭|半ば|中頃|"
    rf"第[1-4１-４一二三四]四半期)(?:に|まで|中に?)?",
    rf"{D}{{4}}年(?:末|内|中|以降|まで)(?:に|まで)?",
    rf"(?:(?:{NUM}|{JA_KANJI_NUM}){JA_TIME_UNIT}半?|半年間?)(?:以内|後|以降|まで)(?:に)?",
    r"(?:速やかに|直ちに|直後に|即時に?|即座に|早急に|遅滞なく|できるだけ早く|できる限り早く|"
    r"(?:できるだけ|できる限り)早期に|"
    r"可能な限り(?:早く|速やかに|早期に)|(?:署名|発効|批准)(?:時|当日|の日|した日)に?|年内に?|"
    r"(?:特定|所定)の(?:期日|日付)|(?:決められた|定められた|決まった)(?:期日|日付|日)(?![本曜]))",
    # "合意した時点で", "引いた時点で": at the moment a thing has happened, as soon as it
    # happens (not "2025年の時点で", as of a date)
    r"(?<=[ただ])時点で",
]

_CURRENCY_PREFIX = r"(?:US\$|\$|€|£|¥|USD\s?|EUR\s?|GBP\s?)"
_CYR_MULTIPLIER = rf"[\s\u00a0](?:{CYR_SCALE_WORD})"
"""A Russian or Ukrainian multiplier after digits: "600 тыс.", "800 тис.", "100 млрд", "600
тысяч", "2 мільйони"."""
_MULTIPLIER = (
    r"(?:\s?(?:trillion|billion|million|thousand|hundred thousand)|(?:bn|mn|tn|m|k)(?![A-Za-z])"
    rf"|{_CYR_MULTIPLIER})"
)
_SUFFIX_UNIT = (
    r"(?:\s?(?:dollars|euros|pounds|USD|EUR|GBP|%|percent|per cent|per-cent)"
    rf"|\s{TIME_UNIT}|\s?(?:km|kilomet(?:re|er)s?|miles?|square kilomet(?:re|er)s?))"
)
_JA_UNIT = (  # "60万人", and "60 万人" as a layout with spaced digits writes it; digits
    # after a scale continue the number (3千500人 is 3,500, 1万2000人 12,000)
    r"(?:[ \u00a0]?(?:万|億|兆|千)(?:[0-9０-９]{1,4}(?![0-9０-９]|[.,．，][0-9０-９]))?)*"
    r"(?:人|名|日間|日|年間|年|か月|カ月|ヶ月|ケ月|箇月|週間|時間|キロメートル|"
    r"キロ|km|％|%|パーセント|米ドル|ドル|ユーロ|円|基|隻|機|両|発)?"
)
_NUMBER_PATTERNS = [
    # a range or a split: "$700–800bn", "20 to 30 km", "от 600 до 800 тыс.", "60万～80万人",
    # "between 600,000 and 800,000", "50/50", "50対50"
    rf"(?<![A-Za-z0-9_]){_CURRENCY_PREFIX}?{NUM}(?:{_MULTIPLIER}|[ \u00a0]?[万億兆千])?\s*"
    rf"(?:[-–—]|[～〜~]|to(?=\s)|(?<=\s)до(?=\s))\s*{_CURRENCY_PREFIX}?"
    rf"{NUM}{_MULTIPLIER}?{_SUFFIX_UNIT}?(?![A-Za-z0-9])" + _JA_UNIT,
    rf"(?<=[Bb]etween\s){_CURRENCY_PREFIX}?{NUM}{_MULTIPLIER}?\s+and\s+{_CURRENCY_PREFIX}?"
    rf"{NUM}{_MULTIPLIER}?{_SUFFIX_UNIT}?(?![A-Za-z0-9])",
    rf"(?<![A-Za-z0-9_/]){NUM}\s*(?:/|対)\s*{NUM}(?![0-9/])",
    # a split written with a colon or "на" (50:50, 60:40, 50 на 50), never a time of day
    # (10:30: hours to 23, minutes to 59); a colon may follow "50 на 50" ("50 на 50: half
    # goes to ..."), not "50:50" (10:30:00 is a time)
    r"(?<![A-Za-z0-9_/:.,])(?!(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?![0-9]))[0-9]{1,3}"
    r"(?::[0-9]{1,3}(?![0-9:]|[.,][0-9])|\s+на\s+[0-9]{1,3}(?![0-9]|[.,][0-9]))",
    rf"(?<![A-Za-z0-9_]){_CURRENCY_PREFIX}?{NUM}{_MULTIPLIER}?{_SUFFIX_UNIT}?(?![A-Za-z0-9])"
    + _JA_UNIT,
    # a number in kanji numerals with its unit: 六十万人, 千億ドル, 三十年間, 三者, 三か国; after
    # another kanji only a number that holds 十, 百 or 千 (兵力六十万人; not 同一人, 統一日),
    # and not after 数, 何 or 第 (数千人 is "several thousand")
    rf"(?:(?<![\u4e00-\u9fff])|(?<![数何第幾])(?=[一二三四五六七八九]*[十百千])){JA_KANJI_NUM}"
    r"(?:人|名|日間|日|年間|か月|カ月|ヶ月|週間|米ドル|ドル|ユーロ|円|％|パーセント|者|か国|カ国"
    r"|ヵ国|ヶ国)",
]
_ASCII_FORMS = ((f"|{_CYR_MULTIPLIER}", ""), ("[0-9０-９]", "[0-9]"),
                ("[,\u00a0\u202f\u2009 ，]", "[, ]"), ("[.,．，]", "[.,]"), ("[-–—]", "-"),
                ("(?:/|対)", "/"), (r"|\s+на\s+[0-9]{1,3}(?![0-9]|[.,][0-9])", ""),
                (_JA_UNIT, "(?:km|%)?"))
"""The number patterns' parts that hold characters outside ASCII, and what each is on an
ASCII text: the Cyrillic multipliers left out, a class cut to its ASCII members, an
alternative of such characters left out (of the Japanese units only "km" and "%" are ASCII,
and they keep their order)."""


def _ascii_form(pattern: str) -> str:
    for part, ascii_part in _ASCII_FORMS:
        pattern = pattern.replace(part, ascii_part)
    return pattern


_ASCII_NUMBER_PATTERNS = [_ascii_form(pattern) for pattern in _NUMBER_PATTERNS]
"""``_NUMBER_PATTERNS`` for an ASCII text: the same matches in it, and about a quarter of
the time to compile (the classes with characters outside Latin-1 were most of it)."""
_NUMBER_WORDS_PATTERN = (
    rf"{LB}{CARDINALS}(?:{_SUFFIX_UNIT.replace('|USD|EUR|GBP', '')})?{RB}"
)
"""Numbers in words, scanned in the lowered text."""

FRACTION_BYTES = frozenset((b"half", b"third", b"thirds", b"quarter", b"quarters", b"equally",
                            b"evenly", b"equal", b"fifty"))
"""The words a share in words holds (:func:`fraction_spans`)."""
_FRACTION = Lazy(
    rf"{LB}(?<!first )(?<!second )(?<!last )(?:(?:one|a)[ -])?half(?=\s+(?:of|the|its|their)\b)"
    rf"|{LB}(?:one|a|two)[ -]thirds?(?=\s+of\b)"
    rf"|{LB}(?:one|a|three)[ -]quarters?(?=\s+of\b)")
"""A share in words: "half of the profit", "half the seats", "two thirds of", "a quarter of"
(lowered text); "the first half of 2026" is a period, not a share."""


_EVEN_SPLIT = Lazy(
    rf"{LB}(?:(?:split|shared?|divided?|distributed?|allocated?|apportioned?)\s+"
    rf"(?:[a-z'-]+\s+){{0,3}}?(?:equally|evenly)"
    rf"|(?:equally|evenly)\s+(?:split|shared|divided|distributed|allocated|apportioned)"
    rf"|in\s+equal\s+(?:shares|parts|halves|portions|proportions)"
    rf"|fifty[- ]fifty|half\s+and\s+half){RB}")
"""An even split said in words (lowered text): "split equally", "shared the output evenly",
"in equal shares", "fifty-fifty"; keyed as 50/50 is (``quantity_keys._EVEN_SPLIT``)."""
_CYR_EVEN_SPLIT = Lazy(
    rf"{LB}(?:поровну|пополам|порівну|навпіл|[ву]\s+(?:равных|рівних)\s+"
    rf"(?:долях|частях|частках|частинах)|на\s+паритетн(?:ых|их)\s+(?:началах|основах|засадах"
    rf"|умовах))(?!{WORDCH})")
"""An even split in Russian or Ukrainian: поровну, пополам, в равных долях, порівну, навпіл,
у рівних частках, на паритетных началах, на паритетних засадах."""
_JA_FRACTION = Lazy(r"半分ずつ|半々|折半|半分|半数|[0-9０-９]{1,2}分の[0-9０-９]{1,2}")
"""A share in Japanese: 半分, 半数, 3分の1; a split in halves (折半, 半々, 半分ずつ), which
keys as 50対50 does."""
_CYR_FRACTION = Lazy(
    rf"{LB}(?:(?:две|дві|три)\s+)?(?:половин[аиуыі]|трет(?:ь|и|ин[аиуі])|"
    rf"четверт[ьи]|чверт[ьі])(?!{WORDCH})")
"""A share in Russian or Ukrainian: половина, треть, две трети, третина, четверть, чверть."""


def fraction_spans(lowered: str, words: Set[bytes], japanese: bool = False,
                   cyrillic: bool = False) -> list[tuple[int, int]]:
    """Where ``lowered`` (a lowered text whose ASCII letter runs are ``words``) says a share
    in words: "half", "two thirds", "a quarter", 半分, 3分の1, половина, две трети
    (:func:`quantity_key` reads each as a percentage, so "half of the profit" and "50 percent
    of the profit" say the same). ``japanese`` and ``cyrillic``: whether the text has kana or
    kanji, and Cyrillic letters."""
    found = [] if FRACTION_BYTES.isdisjoint(words) else \
        [m.span() for pattern in (_FRACTION, _EVEN_SPLIT) for m in pattern.finditer(lowered)]
    if japanese:
        found.extend(m.span() for m in _JA_FRACTION.finditer(lowered))
    if cyrillic:
        found.extend(m.span() for pattern in (_CYR_FRACTION, _CYR_EVEN_SPLIT)
                     for m in pattern.finditer(lowered))
    return found


# --- cheap tests that skip a scan which cannot match anything ---------------------------

_DATE_NEEDS = ("y", "y", "y", "rm", "rm", "ym", "p", "tq", "tq", "y", "y", "y", "et", "yn",
               "k", "s", "x", "dc", "yc", "yc", "c", "c", "c")
"""What each pattern of ``_DATE_EN`` needs somewhere in the lowered text to match at all: a
digit (d), a run of exactly four digits (y: a year, or the year of an ISO date) or of one or
two (r: a day), a month name (m), a month name right after one of the words that may open a
date without a number ("in May", "by the end of June": p), a time unit (t), a number in
digits or words, or "a" or "an" (q: "within a year"), "end" (e), a deadline phrase (k), an
event (s: signing, ratification, entry into force), the word "date" (x), a season (n), a
Cyrillic letter (c: the last two patterns take a number in Russian or Ukrainian words, "в
течение ста дней", or a unit alone, "в течение года", "протягом півроку", or a deadline
without a number, "немедленно", "якнайшвидше"). Each need but
d, p and c is a word: a run of ASCII letters with no ASCII letter on either side, which
is how each pattern has it (each is followed by a blank, a dot, a comma or the end of a
word, and preceded by a blank or the start of the match, itself at the start of a word).
A run is whole, with no digit on either side: each pattern has its digits between a blank or
the start of a word and a blank, a "-" or the end of a word ("May 12th", "12 May", "2026-",
"by 2026"), so a day or a year never stands inside a longer run ("600,000" has no date)."""
_DIGITS_ONLY = bytes(c if 0x30 <= c <= 0x39 else 0x20 for c in range(256))
MONTH_WORDS = frozenset(name.encode() for name in MONTH_NUMBERS)
TIME_UNIT_WORDS = frozenset(
    (unit + plural).encode()
    for unit in ("decade", "year", "month", "fortnight", "week", "day", "hour")
    for plural in ("", "s"))
PERIOD_COUNT_WORDS = frozenset((b"a", b"an"))
"""The words that count a time unit in ``PERIOD_COUNT`` ("a year", "half an hour")."""
DEADLINE_WORDS = frozenset((b"soon", b"immediately", b"delay", b"forthwith", b"promptly",
                            b"earliest", b"course", b"upon", b"signature", b"signing",
                            b"later", b"moment"))
"""A word of each deadline without a number ("as soon as possible", "in due course", "on
signing", "no later than" ...)."""
EVENT_WORDS = frozenset((b"signing", b"signature", b"entry", b"ratification"))
SEASON_WORDS = frozenset((b"spring", b"summer", b"autumn", b"fall", b"winter"))
_BEFORE_MONTH = ("in", "by", "until", "till", "before", "after", "from", "since", "of",
                 "early", "late", "mid", "mid-")
"""How the words before a month in the fifth date pattern end ("end of", "mid-")."""


def _month_after_word(lowered: str, months: Iterable[bytes], letters: bytes) -> bool:
    """Whether one of ``months`` (the month names that are runs of ASCII letters of
    ``lowered``; ``letters``: its :func:`letter_runs`) stands, as such a run, after blanks
    after a word that can open the fifth date pattern ("in", "by", "end of" ...), as in
    every match of that pattern."""
    return any(at and lowered[at - 1].isspace()
               and lowered[:at].rstrip().endswith(_BEFORE_MONTH)
               for at in word_starts(letters, months))


@cache
def _date_alternatives(present: str, ascii_only: bool = False) -> re.Pattern[str] | None:
    """The date patterns whose cues are all ``present``, as one alternation, the month
    names as a tree (:data:`_MONTH_TREE`). For an ASCII text (``ascii_only``) ``WORDCH``
    is written as its ASCII characters, the same class on such a text, which halves the
    time to compile it."""
    chosen = [pattern for pattern, needs in zip(_DATE_EN, _DATE_NEEDS, strict=True)
              if all(cue in present for cue in needs)]
    if not chosen:
        return None
    # Every alternative opens with the same word-start test: tested once, before them all
    # (where it holds for one it holds for all), the matches are the same.
    assert all(pattern.startswith(LB) for pattern in chosen)
    body = "|".join(f"(?:{pattern.removeprefix(LB)})" for pattern in chosen)
    source = f"\\b{LB}(?:{body})".replace(f"(?:{MONTHS})", f"(?:{_MONTH_TREE})")
    return re.compile(source.replace(WORDCH, ASCII_WORDCH) if ascii_only else source)


_MONTH_TREE = prefix_tree(MONTH_NUMBERS)
"""The month names as a prefix tree: in every date pattern a month name is followed by a
character that is not a letter (a dot, a comma, a blank or the end of a word), so at most
one name can be the month of a match, and the order of the names does not count; the
engine tries 8 first letters instead of 23 names at each word."""


def _date_cues(lowered: str, digit: bool, cyrillic: bool, words: Set[bytes], letters: bytes
               ) -> str:
    """What the date patterns need that ``lowered`` has (``_DATE_NEEDS``; with a digit,
    ``\\d``: ``digit``; with a Cyrillic letter: ``cyrillic``; ``words``: its runs of ASCII
    letters, :func:`ascii_words`, or those of them the date cues ask about; ``letters``:
    its :func:`letter_runs`)."""
    unit = not TIME_UNIT_WORDS.isdisjoint(words)
    months = MONTH_WORDS.intersection(words)
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
        "q" if unit and (digit or not QUANTITY_WORDS.isdisjoint(words)
                         or not PERIOD_COUNT_WORDS.isdisjoint(words)) else "",
        "e" if unit and b"end" in words else "",
        "k" if not DEADLINE_WORDS.isdisjoint(words) else "",
        "s" if not EVENT_WORDS.isdisjoint(words) else "",
        "x" if b"date" in words else "",
        "n" if not SEASON_WORDS.isdisjoint(words) else "",
        "c" if cyrillic else ""))


def date_pattern(lowered: str, digit: bool, cyrillic: bool, words: Set[bytes],
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


_DATE_WORDS = frozenset().union(MONTH_WORDS, TIME_UNIT_WORDS, DEADLINE_WORDS, EVENT_WORDS,
                                SEASON_WORDS, (b"date",))
"""The words a date cue but d, y, r and c asks for (``_date_cues``): a month, a time unit,
a deadline's, an event's or a season's word, "date" ("e" and "q" come with a unit)."""

_NUMBER_WORD_SET = frozenset((*WORD_VALUES, *WORD_SCALES))
NUMBER_WORD_BYTES = frozenset(word.encode() for word in _NUMBER_WORD_SET)
QUANTITY_WORDS = NUMBER_WORD_BYTES | {b"several", b"few"}
"""The words of the numbers in words the duration patterns accept (``NUMWORD``,
``CARDINALS``)."""
_KANJI_NUMERAL = Lazy("[一二三四五六七八九十百千]")


@cache
def _number_alternatives(digit: bool, kanji: bool, ascii_only: bool = False
                         ) -> re.Pattern[str] | None:
    chosen = tuple(pattern for pattern, present in zip(
        _ASCII_NUMBER_PATTERNS if ascii_only else _NUMBER_PATTERNS,
        (digit, digit, digit, digit, digit, kanji), strict=True) if present)
    return compiled(chosen, False) if chosen else None


_NUMBER_START = Lazy("[0-9０-９$€£¥UEG](?<![A-Za-z0-9_][\\s\\S])")
"""Where a number in digits can start: a digit or the first character of a currency sign
or code, with no letter, digit or underscore before it (what every digit pattern of
``_NUMBER_PATTERNS`` asks first)."""


def numbers(text: str, digit: bool, ascii_only: bool) -> list[tuple[int, int]]:
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


def number_words_pattern(words: Set[bytes]) -> re.Pattern[str] | None:
    """The pattern of numbers in words, when a text holds a number word (``words``: its runs
    of ASCII letters, lowered, :func:`ascii_words`)."""
    return compiled((_NUMBER_WORDS_PATTERN,), True) \
        if not NUMBER_WORD_BYTES.isdisjoint(words) else None


def cyrillic_number_words(lowered: str) -> list[tuple[int, int]]:
    """Where ``lowered`` (a lowered text with Cyrillic letters) says a number in Russian or
    Ukrainian words: "тридцати", "сто миллиардов", "шестьсот тысяч"."""
    return [m.span() for m in CYR_CARDINAL_WORDS.finditer(lowered)]


_CYR_UNIT_AFTER = Lazy(rf"[\s\u00a0]+{CYR_TIME_UNIT}(?![а-яёіїєґ'’ʼ])")
_CYR_DECADE = Lazy(rf"{LB}(?:десятилети[еию]|десятилетием|десятиліття|десятиліттю)"
                   rf"(?!{WORDCH})")
"""A decade said by the word alone, in the singular: "десятилетие", "десятиліття"; not
"десятилетия" or "десятилетиями" ("десятилетия войны", "длится десятилетиями": decades,
no count), which count only after a number ("два десятилетия") or a deadline's word ("в
течение десятилетия")."""


def cyrillic_periods(lowered: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (numbers in a lowered text with Cyrillic letters) each taking the time unit
    written after it ("10 лет", "десять років", "два десятилетия": a number of years is
    compared by its length, as "10 years" is), and the decades said by the word alone
    ("десятилетие", "десятиліття": ten years, as "a decade" is), and one of a unit after
    "на" ("на год": for a year)."""
    out = []
    for start, end in spans:
        unit = _CYR_UNIT_AFTER.match(lowered, end)
        out.append((start, unit.end() if unit is not None else end))
    out.extend(m.span() for m in _CYR_DECADE.finditer(lowered))
    out.extend(m.span() for m in _CYR_FOR_ONE.finditer(lowered))
    return out


_CYR_FOR_ONE = Lazy(r"(?<=\bна\s)(?:год|месяц|неделю|рік|місяць|тиждень)"
                    r"(?![а-яёіїєґ'’ʼ])")
"""One of a time unit, said by the unit alone after "на" (for): "на год", "на рік" (for a
year)."""


_SPELLED_PERIOD = Lazy(
    rf"(?:(?<=\blasts\s)|(?<=\blast\s)|(?<=\blasting\s)|(?<=\blasted\s)|(?<=\bby\s))"
    rf"{PERIOD_COUNT}{PERIOD_HALF}\s+{TIME_UNIT}{PERIOD_HALF}{RB}")
"""A length of time counted by "a" or "half a" after a verb of lasting or "by": "lasts a
decade", "extended by a year" (lowered text); "once a year", "a year ago" are none."""


def spelled_periods(lowered: str, words: Set[bytes]) -> list[tuple[int, int]]:
    """Where ``lowered`` (a lowered text whose ASCII words, or those of them the scans ask
    about, are ``words``) gives a length of time by "a" or "half a" (``_SPELLED_PERIOD``)."""
    if PERIOD_COUNT_WORDS.isdisjoint(words) or TIME_UNIT_WORDS.isdisjoint(words):
        return []
    return [m.span() for m in _SPELLED_PERIOD.finditer(lowered)]


_JA_ITEM = r"[^\s、。・，,（）()「」]+"
_JA_LIST_BEFORE = Lazy(rf"((?:{_JA_ITEM}[、・，,])+{_JA_ITEM}?)[のと]?\s*$")
"""A Japanese list right before a count: "ドネツク、ルハンスク、ザポリージャ、ヘルソンの"
(4州), "ロシア、ウクライナ、欧州の" (3者)."""
_HIRAGANA_RUN = Lazy(r"^.*[\u3041-\u309f]")
_ITEM = (r"(?:the\s+)?(?!(?:and|or|и|і|та|й|или|або)\b)[^\W\d_][\w'’-]*"
         r"(?:\s+[^\W\d_a-zа-яёіїєґ][\w'’-]*){0,2}")
"""An item of a list: a word, and up to two capitalised words after it ("the United States",
"Донецкой")."""
_LIST = rf"{_ITEM}(?:,\s+{_ITEM})*,?\s+(?:and|и|і|та|й)\s+{_ITEM}"
_LIST_AFTER = Lazy(rf"\s+[^\W\d_][\w'’-]*(?:\s+of\s+|\s*[:,(—–]\s*)({_LIST})")
"""A list right after a count and its noun: "four regions of Donetsk, Luhansk, Zaporizhzhia
and Kherson", "three parties, Russia, Ukraine and Europe", "четырёх областях: Донецкой, ..."."""
_LIST_BEFORE = Lazy(rf"({_LIST}),?\s+(?:the\s+)?$")
"""A list right before a count: "Russia, Ukraine and Europe, the three parties"."""
_LIST_SPLIT = r",\s+(?:(?:and|и|і|та|й)\s+)?|\s+(?:and|и|і|та|й)\s+"


def restates_list(text: str, start: int, end: int, value: str, other: str) -> bool:
    """Whether the count at ``text[start:end]`` (``value``: its key) restates the length of
    a list that stands right next to it, each of whose items ``other`` names too: "ドネツク、
    ルハンスク、ザポリージャ、ヘルソンの4州", "the four regions of Donetsk, Luhansk, Zaporizhzhia
    and Kherson", "Russia, Ukraine and Europe, the three parties". The list says what the
    count does, so a count the other text drops (…の各州, "the regions of …") or adds
    changes nothing while the list stays; a changed list is the parties' flag. An item the
    other text names as a party in other words ("the US" for "the United States", "США"
    for "Сполучені Штати") is still named. A party of the list the other text leaves out
    while it names as many parties as the count says ("Ukraine, the US and Russia" →
    "Ukraine, the United States and Turkey") is one party put for another, which the
    parties' flags say: the count still holds; with fewer or more parties named it does
    not, and flags ("the three parties" → "Russia and Ukraine")."""
    if not value.isdigit() or not 2 <= int(value) <= 12:
        return False
    if points_back(text, start, end, int(value)) or (value == "2" and the_two(text, start, end)):
        return True
    items: list[str] = []
    japanese = _JA_LIST_BEFORE.search(text, max(0, start - 120), start)
    if japanese is not None and japanese.end() == start:
        items = [_HIRAGANA_RUN.sub("", item) for item in re.split("[、・，,]", japanese.group(1))]
    else:
        after = _LIST_AFTER.match(text, end)
        before = _LIST_BEFORE.search(text[max(0, start - 160):start])
        found = after.group(1) if after is not None else before.group(1) if before else None
        if found is not None:
            items = [re.sub(r"^the\s+", "", item) for item in re.split(_LIST_SPLIT, found)]
    if len(items) != int(value) or not all(items):
        return False
    others: set[str] | None = None
    swapped = False
    for item in items:
        if _stem(item) in other:
            continue
        # a party the other text names in other words ("США", "Сполучені Штати")
        found = parties(item)
        keys = {m.key for m in found if not m.key.startswith("name:")}
        if others is None:
            others = {m.key for m in parties(other)}
        if keys and keys <= others:
            continue
        if not found or not _whole_party(item, found):
            return False
        swapped = True  # a party left out: the count holds if as many are named
    return not swapped or (others is not None and len(others) == int(value))


_POINTER_BEFORE = Lazy(
    r"(?:(?<![\w'’-])(?:these|those|the\s+said|the\s+above|all|эти[хм]?|этими|те[хм]?|теми"
    r"|указанн[а-я]+|перечисленн[а-я]+|ці|цих|цим|цими|ті|тих|тим|тими|зазначен[а-яії]+"
    r"|перелічен[а-яії]+)\s+|(?:これら|これらの|この|その|それら|上記の?|以上の?)\s*)$",
    re.IGNORECASE)
"""A word that points back, right before a count: "these five", "этих пяти", "цих п'яти",
"これら5"."""
_PARTIES_COUNTED = "regions|states|countries|nations|parties|sides|capitals|governments"
"""The English words of the parties (and the places they are) a treaty counts: a count that
points back to them (:data:`_PLACES_AFTER`) and "the two" of its two sides
(:data:`_TWO_OF_A_KIND`) both read them, from this one list."""
_PLACES_AFTER = Lazy(
    rf"\s*(?:{_PARTIES_COUNTED}|region|areas?|oblasts?|provinces?|territories|cities|towns"
    r"|members|powers"
    r"|(?:област|регион|территори|стран|государств|сторон|город|столиц)[а-яё]*"
    r"|(?:област|регіон|територі|країн|держав|сторін|сторон|міст|столиц)[а-яії'’]*"
    r"|地域|州|カ国|か国|ヶ国|ヵ国|国|者|都市|地区|地方)", re.IGNORECASE)
"""The places or parties such a count counts: "regions", "областей", "регіонів", 地域, 州,
カ国."""


_THE_BEFORE = Lazy(r"(?<![\w'’-])the\s+$", re.IGNORECASE)
_TWO_OF_A_KIND = Lazy(
    rf"\s+(?:[a-z'’-]+\s+)?(?:{_PARTIES_COUNTED}|armies|militaries|leaders|neighbou?rs|camps"
    r"|presidents|prime\s+ministers|delegations|signatories)(?![\w'’-])", re.IGNORECASE)


def the_two(text: str, start: int, end: int) -> bool:
    """Whether the count at ``text[start:end]`` is "the two" of a treaty's two sides: "the two
    sides", "the two warring countries", "parts of the two regions", "the two Prime
    Ministers". It counts the parties the text is about, as "both" does, and says nothing of
    its own: such a count added or dropped is no number flag (one changed, "the two sides"
    → "the three sides", still is)."""
    return (_THE_BEFORE.search(text, max(0, start - 8), start) is not None
            and _TWO_OF_A_KIND.match(text, end) is not None)


def points_back(text: str, start: int, end: int, count: int) -> bool:
    """Whether the count at ``text[start:end]`` points back to as many places or parties
    as it says, named before it: "Crimea, Luhansk and Donetsk … Kherson and Zaporizhzhia …
    outside these five regions", "этих пяти регионов", "これら5地域". It restates them (the
    text names them, however its sentences are shaped), so on one side alone it is no
    number of its own: how the places changed is the parties' flags. With no such names
    before it ("outside these five regions" alone) the count is all the text says."""
    pointer = _POINTER_BEFORE.search(text, max(0, start - 16), start)
    if pointer is None or _PLACES_AFTER.match(text, end) is None:
        return False
    return len({m.key for m in parties(text[:pointer.start()])}) >= count


def _whole_party(item: str, found: list[Mention]) -> bool:
    """Whether the list's ``item`` is a party's name and nothing more ("Russia", "the
    United States", "Росія"): the parties' flags say it came or went."""
    return any(m.start == 0 and m.end == len(item) for m in found)


def _stem(item: str) -> str:
    """An item of a list as the other text may write it: a Cyrillic word without its ending
    ("Донецкой" and "Донецкая" share "Донецк")."""
    if item.isascii() or not item[-1].isalpha() or len(item) < 6:
        return item
    return item[:-2] if "\u0400" <= item[-1] <= "\u04ff" else item


def capitalised_months(text: str, start: int, end: int, lowered: str) -> bool:
    return all(text[m.start()].isupper()
               for m in MONTH_WORD.finditer(lowered, start, end))


_LABEL_BEFORE = Lazy(
    r"(?:\barticles?|\bart\.|\bparagraphs?|\bclauses?|\bpoints?|第"
    r"|(?<![а-яіїєґА-ЯІЇЄҐ])(?:[Пп]ункт|[Сс]тат[ьт]|[Пп]араграф)[а-яіїє]*(?:\s*№)?)\s*$")
_LABEL_AFTER = Lazy(r"-(?:point|item)s?\b|-(?:way|sided)\b|項目|か条|カ条|ヵ条|条|項|国間"
                    r"|[\s\u00a0-]?пункт")
_LABEL_CUES = ("art", "paragraph", "clause", "point", "第", "ункт", "тат", "араграф")
"""A part of each alternative of ``_LABEL_BEFORE`` ("art" of "article" and "art.", "ункт" of
"пункт" and "Пункт")."""
VAGUE_WORDS = frozenset(("one", "zero"))
"""Number words that are seldom a quantity ("no one", "one of the parties")."""


def is_label(lowered: str, start: int, end: int) -> bool:
    """A number that names rather than counts: "Article 5", "point 12", "the 28-point
    text" (a document's name), "two-way" and "two-sided" (bilateral, as 2国間), "the two
    sides" (the parties, as "both sides"; "две стороны", "дві сторони"); in Russian
    and Ukrainian "пункт 12", "статья 5", "статті 5", "из 28 пунктов", "20-пунктний": not a
    quantity (``lowered`` is the ASCII-lowered text).
    ``_LABEL_BEFORE`` is searched only in a window holding one of its words (``_LABEL_CUES``),
    which every match in it holds (a substring test in C first; most numbers have none)."""
    window = max(0, start - 12)
    return ((has_any(lowered[window:start], _LABEL_CUES)
             and _LABEL_BEFORE.search(lowered, window, start) is not None)
            or _LABEL_AFTER.match(lowered, end) is not None
            or (lowered.startswith("two", start) and lowered.endswith("the ", 0, start)
                and _THE_TWO_SIDES.match(lowered, end) is not None)
            or (lowered[start:start + 2] in ("дв", "Дв")
                and lowered[start:end].lower() in _CYR_TWO
                and _CYR_SIDES.match(lowered, end) is not None))


_THE_TWO_SIDES = Lazy(r"\s+(?:sides|parties|countries|states|nations|governments)\b")
"""After "the two": the two parties a text is about ("the two sides exchange all
prisoners", as "both sides" says), no count; "two countries" without "the" counts."""
_CYR_TWO = frozenset(("две", "два", "двух", "двум", "двумя", "дві", "двох", "двом", "двома"))
_CYR_SIDES = Lazy(r"\s+(?:сторон(?:ы|и|ам|ами|ах)?|сторін)(?![\w'’-])", re.IGNORECASE)
"""After a Russian or Ukrainian "two" (:data:`_CYR_TWO`, any case): "sides" ("две стороны",
"двух сторон", "дві сторони", "двох сторін"), the parties a text is about, as "the two
sides" are (Russian and Ukrainian have no article to tell them from a count: "sides" does;
"две страны" still counts, "двух сторонников" too)."""


__all__ = ["DATE_JA", "DEADLINE_WORDS", "EVENT_WORDS", "FRACTION_BYTES", "MONTH_WORDS",
           "NUMBER_WORD_BYTES", "PERIOD_COUNT_WORDS", "QUANTITY_WORDS", "SEASON_WORDS",
           "TIME_UNIT_WORDS", "VAGUE_WORDS", "capitalised_months", "cyrillic_number_words",
           "cyrillic_periods", "date_pattern", "fraction_spans", "is_label",
           "number_words_pattern", "numbers", "points_back", "restates_list",
           "spelled_periods"]
