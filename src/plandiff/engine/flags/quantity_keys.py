"""What a quantity says, whatever its spelling: its key.

"$800bn", "800 billion dollars" and "8000億ドル" are one value ("800000000000 usd"); "20
November 2025", "2025-11-20" and "November 20, 2025" one date; "by the end of 2026" is
"2026-12-31"; "within 100 days" and "no later than 100 days" one deadline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from plandiff.engine.flags.patterns import (
    CARDINAL,
    CYR_CARDINAL_WORDS,
    CYR_MONTH_FORMS,
    CYR_SCALES,
    CYR_WORD_VALUES,
    MONTH_NAMES,
    MONTH_NUMBERS,
    NUM,
    SEASONS,
    SUBJECT_CAN,
    WORD_SCALES,
    WORD_VALUES,
    Lazy,
    has_any,
    squash,
)


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


_KANJI_RUN = Lazy("[〇一二三四五六七八九十百千][〇一二三四五六七八九十百千万億兆]*")
_KANJI_VALUES = dict(zip("〇一二三四五六七八九", range(10), strict=True))
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_KANJI_SCALES = {"万": 10**4, "億": 10**8, "兆": 10**12}


def _kanji_value(run: str) -> str:
    """A number in kanji numerals as digits: 六十 → 60, 千億 → 100000000000, 二千五百 →
    2500, 二十一万五千 → 215000; digits alone read in place (二〇二五 → 2025)."""
    if all(ch in _KANJI_VALUES for ch in run):
        return "".join(str(_KANJI_VALUES[ch]) for ch in run)
    return str(_kanji_sum(_KANJI_VALUES.get(ch, ch) for ch in run))


def _kanji_sum(parts: Iterable[int | Decimal | str]) -> int | Decimal:
    """The value of a number's parts in order, each a value (a kanji digit's, a run of
    digits') or a kanji unit (十, 百, 千: times the value before it, or one) or scale (万, 億,
    兆: times all since the last scale, or one)."""
    total: int | Decimal = 0
    section: int | Decimal = 0
    current: int | Decimal = 0
    for part in parts:
        if isinstance(part, str) and part in _KANJI_UNITS:
            section += (current or 1) * _KANJI_UNITS[part]
            current = 0
        elif isinstance(part, str):
            total += (section + current or 1) * _KANJI_SCALES[part]
            section = current = 0
        else:
            current = part
    return total + section + current


_MIXED_RUN = Lazy(r"(?<![0-9.,])[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
                  r"(?:[十百千万億兆]+[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)+[十百千万億兆]*")
"""Digits with kanji scales between them, as a Japanese press copy writes amounts: 3千500
(3,500), 1万2000, 2億5千万 (a run whose digits all stand before its scales, 60万 or 8千億,
is read by the multiplier after it)."""
_MIXED_PART = Lazy(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|[十百千万億兆]")


def _mixed_value(run: str) -> str:
    """A run of digits and kanji scales as digits: 3千500 → 3500, 1万2千 → 12000, 2億5千万 →
    250000000."""
    value = _kanji_sum(part if part in _KANJI_UNITS or part in _KANJI_SCALES
                      else Decimal(part.replace(",", "")) for part in _MIXED_PART.findall(run))
    return f"{Decimal(value).normalize():f}"


def kanji_digits(text: str) -> str:
    """``text`` with its numbers in kanji numerals written in digits (八十万人 → 800000人,
    百日以内 → 100日以内, 3千500人 → 3500人): a Japanese press copy counts in kanji what a
    draft counts in digits, and both say one amount."""
    if _MIXED_RUN.search(text) is not None:
        text = _MIXED_RUN.sub(lambda match: _mixed_value(match.group()), text)
    if _KANJI_RUN.search(text) is None:
        return text
    return _KANJI_RUN.sub(_kanji_digits_of, text)


def _kanji_digits_of(match: re.Match[str]) -> str:
    run = match.group()
    if run.endswith("四") and match.string.startswith("半期", match.end()):  # 第3四半期
        return _kanji_value(run[:-1]) + "四" if len(run) > 1 else run
    start = match.start()
    if (start and match.string[start - 1] in _DIGITS and run[0] in _KANJI_UNITS
            and all(ch in _KANJI_SCALES for ch in run[1:2]) and len(run) <= 2):
        # a unit after digits multiplies them: 8千億 is 8000億, 1千万人 1000万人
        return "0" * len(str(_KANJI_UNITS[run[0]])[1:]) + run[1:]
    return _kanji_value(run)


_DIGITS = frozenset("0123456789０１２３４５６７８９")


_SCALE_AFTER = (
    (Lazy(r"\s?(?:trillion|tn\b|兆)"), 12), (Lazy(r"\s?(?:billion|bn\b)"), 9), (Lazy(r"\s?億"), 8),
    (Lazy(r"\s?(?:hundred thousand)"), 5),
    (Lazy(r"\s?(?:million|mn\b|m\b|百万)"), 6), (Lazy(r"\s?万"), 4),
    (Lazy(r"\s?(?:thousand|k\b|千)"), 3),
    *((Lazy(rf"\s(?:{'|'.join(stem for stem, value in CYR_SCALES if value == 10**exponent)})"),
       exponent) for exponent in (12, 9, 6, 3)),
)
"""A multiplier right after a number ("$800bn", "60万人", "0.8 trillion", "600 тыс.",
"800 млрд")."""
_UNIT_KEYS = (
    (Lazy(r"\$|usd|dollar|ドル"), "usd"), (Lazy(r"€|eur|ユーロ"), "eur"),
    (Lazy(r"£|gbp|pound"), "gbp"), (Lazy(r"¥|円"), "jpy"),
    (Lazy(r"%|percent|per cent|per-cent|パーセント"), "%"),
    (Lazy(r"year|年|рок|рік|років|лет|год(?!ин)"), "y"),
    (Lazy(r"month|か月|カ月|ヶ月|ケ月|箇月|ヵ月|місяц|месяц"), "mo"),
    (Lazy(r"fortnight"), "fn"),
    (Lazy(r"week|週|тижн|недел"), "w"), (Lazy(r"day|日|дн|день|дня|сут|діб|доб"), "d"),
    (Lazy(r"hour|時間|час|годин"), "h"),
    (Lazy(r"km|kilomet|キロ"), "km"), (Lazy(r"mile"), "mi"),
    (Lazy(r"人|名|troop|soldier"), "people"),
)
_RANGE = Lazy(rf"({NUM})(?:[ \u00a0]?[万億兆千]|\s?(?:trillion|billion|million|thousand|bn|mn|tn"
              rf"|m|k|тыс\.?|тысяч[а-я]*|тис\.?|тисяч[а-яі]*|млн|млрд)(?![a-zа-я]))?\s*"
              rf"(?:[-–—]|[～〜~]|to|до|and|/|対)\s*[^\d]*?({NUM})")
_SPLIT = Lazy(r"/|対")


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


_SHARES = {"half": "50 %", "third": "33.3 %", "two thirds": "66.7 %", "two-thirds": "66.7 %",
           "quarter": "25 %", "three quarters": "75 %", "three-quarters": "75 %"}
"""A share in words (``fraction_spans``, "one" or "a" before it dropped) as the percentage it
is: "half of the profit" says what "50 percent of the profit" says."""


_EVEN_SPLIT = Lazy(r"equally|evenly|in equal|fifty[- ]fifty|half and half|поровну|пополам|"
                   r"порівну|навпіл|равных|рівних|паритетн")
"""What makes a share in words (``quantities.fraction_spans``) an even split: keyed 50:50,
as "50/50" and 折半 are."""
_COLON_SPLIT = Lazy(r"([0-9]{1,3})\s*(?::|на)\s*([0-9]{1,3})")
_DASH_SPLIT = Lazy(r"([0-9]{1,2})\s*[-–—]\s*([0-9]{1,2})")
"""Two numbers joined by a dash: a split when they make 100 ("a 50-50 venture", "60-40"), a
range otherwise ("20-30")."""
_JA_SHARE = Lazy(r"(\d{1,2})分の(\d{1,2})")
_CYR_SHARES = (("полов", 50.0), ("трет", 100 / 3), ("четверт", 25.0), ("чверт", 25.0))
_CYR_TIMES = {"две": 2, "дві": 2, "три": 3}


def _percent(value: float) -> str:
    """A share's percentage as keys write it: 50 → "50 %", 100/3 → "33.3 %"."""
    return f"{round(value, 1):g} %"


def share_key(text: str) -> str | None:
    """The percentage a share in words says ("half", "two thirds", 半分, 3分の1, половина,
    две трети), as the key of "50 percent" is written; None for any other text."""
    return _share_of(squash(text))


def _share_of(folded: str) -> str | None:
    """:func:`share_key` of a text already :func:`squash`-ed."""
    english = _SHARES.get(re.sub(r"^(?:one|a)[ -]", "", folded))
    if english is not None:
        return english
    if folded in ("折半", "半々", "半分ずつ") or _EVEN_SPLIT.search(folded):
        return "50:50"
    if folded.isascii():
        return None
    if folded in ("半分", "半数"):
        return "50 %"
    ja = _JA_SHARE.fullmatch(folded)
    if ja:
        whole, part = int(ja.group(1)), int(ja.group(2))
        return _percent(100 * part / whole) if 0 < part <= whole else None
    times, _, noun = folded.rpartition(" ")
    for stem, value in _CYR_SHARES:
        if noun.startswith(stem) and (not times or times in _CYR_TIMES):
            return _percent(value * _CYR_TIMES.get(times, 1))
    return None


def _words_value(words: str) -> str | None:
    """The value of a number in words ("five hundred thousand" → "500000")."""
    total = current = 0
    seen = False
    for word in re.findall(r"[a-z]+", words):
        if word in WORD_VALUES:
            current += WORD_VALUES[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif word in WORD_SCALES:
            total += max(current, 1) * WORD_SCALES[word]
            current = 0
            seen = True
    return str(total + current) if seen else None


def _cyr_words_value(folded: str) -> tuple[str, str] | None:
    """The value of a Russian or Ukrainian number in words at the start of ``folded``
    ("шестьсот тысяч" → "600000", "сорок пять" → "45") and the text after it."""
    words = CYR_CARDINAL_WORDS.match(folded)
    if words is None:
        return None
    total = current = 0
    for word in words.group().replace("’", "'").replace("ʼ", "'").split():
        if word in CYR_WORD_VALUES:
            current += CYR_WORD_VALUES[word]
        else:
            scale = next(value for stem, value in CYR_SCALES if word.startswith(stem))
            total += max(current, 1) * scale
            current = 0
    return str(total + current), folded[words.end():]


def _units(rest: str) -> list[str]:
    """The units ``rest`` names; none in blanks (every unit pattern matches a character that
    is not one), which are not searched."""
    if rest.isspace() or not rest:
        return []
    return [key for pattern, key in _UNIT_KEYS if pattern.search(rest)]


@lru_cache(maxsize=4096)
def quantity_key(text: str) -> str:
    """What a quantity says, whatever its spelling: the value with its multiplier applied,
    and its units ("$800bn", "800 billion dollars" and "8000億ドル": "800000000000 usd";
    "five hundred thousand" and "500,000": "500000"); a range or split keeps both ends;
    kanji numerals are their digits
    (六十万人 and 60万人: "600000 people"); decades are counted in years ("three decades" and
    "30 years": "30 y")."""
    return _in_base_units(_key(text))


def _key(text: str) -> str:
    """:func:`quantity_key` before a period is counted in months or days."""
    folded = _counted_period(kanji_digits(squash(text)))
    decades = _DECADES.search(folded)
    if decades is not None:
        return _tenfold(_key(f"{folded[:decades.start()]}years{folded[decades.end():]}"))
    share = _share_of(folded)
    if share is not None:
        return share
    split = _COLON_SPLIT.fullmatch(folded) or _DASH_SPLIT.fullmatch(folded)
    if split is not None and (folded[split.end(1):split.start(2)].strip() not in "-–—" or int(
            split.group(1)) + int(split.group(2)) == 100):
        # 50:50, 50 на 50, and 50-50 or 60-40 with no unit: a split, as 50/50 is
        return f"{split.group(1)}:{split.group(2)}"
    match = re.search(NUM, folded)
    if match is None:
        value = _words_value(folded)
        if value is None:
            cyrillic = _cyr_words_value(folded)
            if cyrillic is None:
                return folded
            return " ".join([cyrillic[0], *_units(cyrillic[1])])
        words = re.match(rf"(?:a\s+)?(?:{CARDINAL})(?:(?:\s+and\s+|[\s-])(?:{CARDINAL}))*",
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


_DECADES = Lazy(r"\bdecades?\b|десятилет[а-яё]*|десятиліт[а-яіїє]*")
_UNIT_WORD = (r"(?:decades?|years?|months?|weeks?|fortnights?|days?|hours?|"
              r"десятилет[а-яё]*|десятиліт[а-яіїє]*|года|году|год|року|рік|месяца|місяця|"
              r"недели|неделю|тижня|тиждень|дня|день|суток|часа|годину)")
_A_PERIOD = Lazy(rf"(?:an?|one) ({_UNIT_WORD}) and a half")
_AND_A_HALF = Lazy(rf"(.+?) and a half ({_UNIT_WORD})")
_HALF_A = Lazy(rf"half an? ({_UNIT_WORD})")
_ONE = Lazy(rf"(?:(?:an?|one) )?({_UNIT_WORD})")
_CYR_HALF = Lazy(r"(?:полгода|пол года|полугода|півроку|пів року|半年間?)")
_JA_AND_A_HALF = Lazy(rf"({NUM})(年間?|か月|カ月|ヶ月|ケ月|箇月|ヵ月)半")
"""1年半 (a year and a half), 2カ月半."""
_CYR_ONE_AND_HALF = Lazy(rf"(?:полтора|полторы|полутора|півтора|півтори) ({_UNIT_WORD}|лет|років)")


def _counted_period(folded: str) -> str:
    """A period said without digits written with them: "a year" and "года" alone (after
    "в течение") are "1 year", "half a year", "полгода" and 半年 "0.5 year", "a year and a
    half", "one and a half years", "полтора года" and 1年半 "1.5 year(s)"; a period's units
    are then compared by length (:func:`_in_base_units`). Each pattern is tried only when
    ``folded`` holds what all its matches hold ("half"; "пол", "пів" or 半; a letter first):
    a number alone ("600,000") is none of them, and their patterns are not compiled for it."""
    if "half" in folded:
        if (match := _A_PERIOD.fullmatch(folded)) is not None:
            return f"1.5 {match.group(1)}"
        if (match := _AND_A_HALF.fullmatch(folded)) is not None:
            whole = _key(match.group(1)).partition(" ")[0]
            try:
                return f"{Decimal(whole) + Decimal('0.5')} {match.group(2)}"
            except InvalidOperation:
                return folded
        if (match := _HALF_A.fullmatch(folded)) is not None:
            return f"0.5 {match.group(1)}"
    if has_any(folded, _HALF_CUES):
        if _CYR_HALF.fullmatch(folded) is not None:
            return "0.5 года"
        if (match := _JA_AND_A_HALF.fullmatch(folded)) is not None:
            try:
                return (f"{Decimal(_number_value(match.group(1))) + Decimal('0.5')}"
                        f"{match.group(2)}")
            except InvalidOperation:  # pragma: no cover - the pattern only admits digits
                return folded
        if (match := _CYR_ONE_AND_HALF.fullmatch(folded)) is not None:
            return f"1.5 {match.group(1)}"
    if folded[:1].isalpha() and (match := _ONE.fullmatch(folded)) is not None:
        return f"1 {match.group(1)}"
    return folded


_HALF_CUES = ("пол", "пів", "半")
"""What every match of :data:`_CYR_HALF`, :data:`_JA_AND_A_HALF` and
:data:`_CYR_ONE_AND_HALF` holds."""


_BASE_UNITS = {"y": (12, "mo"), "fn": (336, "h"), "w": (168, "h"), "d": (24, "h")}
"""A period compares by its length: years in months, weeks, fortnights and days in hours
("a year" and "12 months", "two weeks" and "14 days", "48 hours" and "two days" say the
same; a month is no fixed count of days, so months and days stay apart)."""


def _in_base_units(key: str) -> str:
    """A key whose one unit is a year, a fortnight, a week or a day, counted in months or
    hours (``"1 y"`` → ``"12 mo"``, ``"2-3 y"`` → ``"24-36 mo"``, ``"2 w"`` → ``"336 h"``,
    ``"14 d"`` → ``"336 h"``); any other key as it is."""
    value, _, unit = key.partition(" ")
    base = _BASE_UNITS.get(unit)
    if base is None:
        return key
    factor, base_unit = base
    try:
        values = [f"{(Decimal(v) * factor).normalize():f}" for v in value.split("-")]
    except InvalidOperation:
        return key
    return f"{'-'.join(values)} {base_unit}"


def _tenfold(key: str) -> str:
    """A key counted in years (``"3 y"``, ``"2-3 y"``) for one counted in decades: each
    value ten times."""
    value, _, units = key.partition(" ")
    try:
        values = [f"{(Decimal(v) * 10).normalize():f}" for v in value.split("-")]
    except InvalidOperation:  # pragma: no cover - a decade key always starts with digits
        return key
    return " ".join(p for p in ("-".join(values), units) if p)


_SCALE_AFTER_ANY = Lazy(r"\s?(?:trillion|tn\b|兆|billion|bn\b|億|million|mn\b|m\b|万|"
                        r"thousand|k\b|千|(?<=\s)(?:трлн|трил|млрд|мил|міл|млн|тыс|тис))")
_ASAP = Lazy(r"as soon as (?:possible|practicable|feasible)|promptly|at the earliest.*|"
             rf"as soon as {SUBJECT_CAN}|"
             r"速やかに|早急に|できるだけ早く|できる限り早く|可能な限り.*|(?:できるだけ|できる限り)早期に|"
             r"как можно (?:скорее|быстрее)|в кратчайш.*|в возможно короткие сроки|"
             r"якнайшвидше|якомога .*|(?:в|у) найкоротш.*")
_IMMEDIATELY = Lazy(r"immediately|forthwith|without delay|the (?:very )?moment|直ちに|直後に|"
                    r"即時に?|即座に|遅滞なく|時点で|as soon as|немедленно|незамедлительно|"
                    r"безотлагательно|сразу же|сразу|негайно|невідкладно|одразу|відразу")
""""as soon as" before an event ("as soon as every party agrees") is "immediately" ("takes
effect immediately once all parties agree"); before "possible" or "it can" it is "as soon as
possible". So is 時点で after a verb's past form ("合意した時点で", when all have agreed)."""
_EVENT = Lazy(r"^(?:(on|upon|at|from|until|by|after|before|since)\s+)?(?:the\s+)?"
              r"(?:(?:day|date)\s+of\s+)?(?:the\s+)?(signing|signature|entry into force|"
              r"ratification)$")
_PERIOD = Lazy(
    r"^(within|inside|no later than|not later than|no more than|in|after|before|for|over|"
    r"during|"
    r"протягом|впродовж|у межах|не пізніше ніж через|не пізніше через|не позднее чем через|"
    r"не позднее через|не позже чем через|не позже через|не пізніше ніж|не пізніше|через|"
    r"в течение|не позднее|не позже|в пределах)\s+"
    r"(?:the next |a period of |a period not exceeding |a maximum of )?"
    r"(.+)$")
_PERIOD_WORDS = {"inside": "within", "no later than": "within", "not later than": "within",
                 "no more than": "within", "протягом": "within", "впродовж": "within",
                 "у межах": "within", "не пізніше ніж": "within", "не пізніше": "within",
                 "в течение": "within", "не позднее": "within", "не позже": "within",
                 "в пределах": "within", "через": "after", "over": "for", "during": "for",
                 # "no later than in 100 days": within them
                 **dict.fromkeys(("не пізніше ніж через", "не пізніше через",
                                  "не позднее чем через", "не позднее через",
                                  "не позже чем через", "не позже через"), "within")}
_YEAR_AFTER = Lazy(
    r"^(by|before|until|till|to|through|after|from|since|in|no later than|not later than|"
    r"earlier than)\s+(?:the (end|beginning|start|middle) of )?(\d{4})$")
_YEAR_WORDS = {"till": "until", "to": "until", "through": "until", "no later than": "by",
               "not later than": "by", "earlier than": "before"}
""""earlier than" is read only after "no" or "not", which stays a negation of its own: "no
earlier than 2026" is "not before 2026"."""
_CYR_YEAR = Lazy(
    r"(?:(в|во|у|на|до|к|с|з|від|після|после|наприкінці|протягом|впродовж|в течение) )?"
    r"(?:(першій|першої|первой|первую|другій|другої|второй|вторую) половин[іиеуы] |"
    r"(кінця|кінці|кінець|конца|конце|концу|середини|середині|середины|середине|початку|"
    r"начала|начале) )?(\d{4}) (?:року|році|рік|года|году|год|г\.|р\.)")
_CYR_WHEN = {"в": "in", "во": "in", "у": "in", "на": "in", "протягом": "in", "впродовж": "in",
             "в течение": "in", "до": "by", "к": "by", "с": "from", "з": "from", "від": "from",
             "після": "after", "после": "after"}
_CYR_POINTS = (("кін", "end"), ("кон", "end"), ("серед", "mid"), ("почат", "early"),
               ("начал", "early"))
"""A year, or part of one, in Ukrainian and Russian, keyed as in English: "в первой половине
2026 года" and "у першій половині 2026 року" are "in H1 2026", "до конца 2026 года" "by end
2026"."""
_JA_PART = Lazy(r"(\d{4})年の?(?:(前半|後半|上半期|下半期|初め|初頭|半ば|中頃)|"
                r"第([1-4一二三四])四半期)(に|まで|中に?)?")
_JA_PARTS = {"前半": "H1", "上半期": "H1", "後半": "H2", "下半期": "H2", "初め": "early",
             "初頭": "early", "半ば": "mid", "中頃": "mid"}
"""Part of a year in Japanese, keyed as in English: 2026年前半 is "in H1 2026"."""
_KANJI_DIGITS = {"一": "1", "二": "2", "三": "3", "四": "4"}
_PART_OF_YEAR = Lazy(
    r"^(?:(in|by|until|till|before|after|from|since|during|throughout) )?"
    r"(?:(?:the )?(first|second|third|fourth|last) (half|quarter) of |(h[12]|q[1-4]) |"
    r"(early|late|mid)(?:-| ))(\d{4})$")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
"""Which half or quarter an ordinal names ("the last" is the second half, the fourth
quarter)."""
_PART_WHEN = {"during": "in", "throughout": "in", "till": "until", "since": "from"}
"""Part of a year: "during the first half of 2026" and "in H1 2026" say the same."""
_JA_EVENT = Lazy(r"(署名|発効|批准)(?:時|当日|の日|した日)に?")
_JA_EVENTS = {"署名": "signing", "発効": "entry into force", "批准": "ratification"}
"""The day of an event in Japanese, keyed as in English: 署名当日に, 署名の日に and 署名時に are
"on signing"."""
_CYR_EVENT = Lazy(r"(?:(с|з|в|у|на) (?:момента?|моменту|день) )(подписания|підписання|"
                  r"вступления в силу|набрання чинності)")
"""The day or moment of an event in Russian and Ukrainian, keyed as in English: "в день
подписания", "на момент подписания", "у день підписання" and "на день підписання" are "on
signing", "с момента подписания" and "з моменту підписання" "from signing"."""
_JA_PERIOD = Lazy(rf"^((?:{NUM}|半).*?)(以内|後|以降|まで)に?$")
_JA_PERIOD_WORDS = {"以内": "within", "後": "after", "以降": "after", "まで": "until"}


_YEAR_FIRST = Lazy(r"(?:^|\s)(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_YEAR_LAST = Lazy(r"(?:^|\s)(\d{1,2})([/.])(\d{1,2})[/.](\d{4})$")


def _numeric_date(folded: str) -> str | None:
    """A date in digits alone, as "YYYY-MM-DD": year first (2026/3/1, 2026.3.1), or last
    with dots (01.03.2026: day, month, as Russian, Ukrainian and German write it) or with
    slashes, read day first as most of the world writes it (1/3/2026 is 1 March) unless
    only month first makes sense (3/25/2026; :func:`other_reading` gives the month-first
    reading of one that can be read both ways); None for anything else, or no real date."""
    first = _YEAR_FIRST.search(folded)
    if first:
        year, month, day = (int(g) for g in first.groups())
    else:
        last = _YEAR_LAST.search(folded)
        if last is None:
            return None
        a, mark, b, y = last.groups()
        day, month, year = int(a), int(b), int(y)
        if mark == "/" and month > 12 >= day:
            day, month = month, day
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


DATE_KEY = "date:"
"""What a date mention's key starts with (:func:`date_mention_key`): a date never has the
key of a number."""
TIME_KEY = "time:"
"""What the key of a time of day starts with ("time:04:00"): a time pairs only with a
time."""


def date_mention_key(text: str) -> str:
    """The key of a date mention: its :func:`date_key` marked as a date."""
    return DATE_KEY + date_key(text)


def other_reading(text: str) -> str | None:
    """The mention key of a date in digits with slashes read month first (3/1/2026 as 1
    March, as the United States writes it), when :func:`date_key` read it day first and both
    readings are dates; None for any other text."""
    last = _YEAR_LAST.search(kanji_digits(squash(text)))
    if last is None or last.group(2) != "/":
        return None
    a, _, b, y = last.groups()
    if a == b or max(int(a), int(b)) > 12 or min(int(a), int(b)) < 1:
        return None
    return f"{DATE_KEY}{int(y):04d}-{int(a):02d}-{int(b):02d}"


_CYR_MONTH = Lazy("(?<![а-яёіїєґ])(" + "|".join(sorted(CYR_MONTH_FORMS, key=lambda m: (-len(m), m)))
                  + ")(?![а-яёіїєґ])")
"""A Ukrainian or Russian month, in any case a date gives it."""


@lru_cache(maxsize=4096)
def date_key(text: str) -> str:
    """What a date or deadline says, whatever its spelling: "20 November 2025",
    "2025-11-20" and "November 20, 2025" are "2025-11-20"; "by the end of 2026" is
    "2026-12-31"; "within 100 days" and "no later than 100 days" are one deadline;
    "immediately", "as soon as" (before an event) and "直ちに" one, "as soon as possible",
    "as soon as it can" and "速やかに" another."""
    folded = kanji_digits(squash(text))
    if _IMMEDIATELY.fullmatch(folded):
        return "immediately"
    if _ASAP.fullmatch(folded):
        return "as soon as possible"
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", folded)
    if iso:
        return "-".join(iso.groups())
    numeric = _numeric_date(folded)
    if numeric is not None:
        return numeric
    end = re.search(r"\bend of (?:the year )?(\d{4})$", folded)
    if end:
        return f"{end.group(1)}-12-31"
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", folded)
    year = re.search(r"\b(\d{4})\b", folded)
    month = re.search(r"\b(" + MONTH_NAMES.lower() + r")\b", folded)
    month_number = MONTH_NUMBERS[month.group(1)] if month else None
    if month is None:
        cyrillic = _CYR_MONTH.search(folded)
        month_number = CYR_MONTH_FORMS[cyrillic.group(1)] if cyrillic else None
    if month_number is not None and (year or day):
        parts = [year.group(1) if year else "----", f"{month_number:02d}"]
        if day and (year is None or day.start() != year.start()):
            parts.append(f"{int(day.group(1)):02d}")
        return "-".join(parts)
    cyr = _CYR_YEAR.fullmatch(folded)
    if cyr:
        when, half, point, of_year = cyr.groups()
        which = ("H1" if half.startswith(("перш", "перв")) else "H2") if half else \
            next((name for stem, name in _CYR_POINTS if point.startswith(stem)), "") \
            if point else ""
        if when == "наприкінці":
            when, which = "в", "end"
        return " ".join(p for p in (_CYR_WHEN.get(when or "в", "in"), which, of_year) if p)
    ja_part = _JA_PART.fullmatch(folded)
    if ja_part:
        of_year, named, quarter, after = ja_part.groups()
        which = f"Q{_KANJI_DIGITS.get(quarter, quarter)}" if quarter else _JA_PARTS[named]
        return f"{'by' if after == 'まで' else 'in'} {which} {of_year}"
    ja = re.fullmatch(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?|(\d{1,2})月(\d{1,2})日", folded)
    if ja:
        y, m, d, bare_month, bare_day = ja.groups()
        if y is None:  # 10月15日: a day of a month, the year left out, as "15 October"
            return f"-----{int(bare_month):02d}-{int(bare_day):02d}"
        return f"{y}-{int(m):02d}" + (f"-{int(d):02d}" if d else "")
    event = _EVENT.match(folded)
    if event:
        when = {"upon": "on", "at": "on", None: "on"}.get(event.group(1), event.group(1))
        what = "signing" if event.group(2) == "signature" else event.group(2)
        return f"{when} {what}"
    ja_event = _JA_EVENT.fullmatch(folded)
    if ja_event:
        return f"on {_JA_EVENTS[ja_event.group(1)]}"
    cyr_event = _CYR_EVENT.fullmatch(folded)
    if cyr_event:
        when = "from" if cyr_event.group(1) in ("с", "з") else "on"
        what = "signing" if cyr_event.group(2).startswith("п") else "entry into force"
        return f"{when} {what}"
    if re.search(r"(?:specific|fixed|set|agreed|certain|later) date|(?:特定|所定)の(?:期日|日付)"
                 r"|(?:определ[её]нную|установленную|конкретную|визначену|встановлену|конкретну)"
                 r" дату|(?:определ[её]нный|установленный|конкретный|визначений|встановлений"
                 r"|конкретний) день"
                 r"|(?:決められた|定められた|決まった)(?:期日|日付|日)", folded):
        return "a date to be set"
    portion = _PART_OF_YEAR.match(folded)
    if portion:
        when, ordinal, unit, code, rough, of_year = portion.groups()
        count = 2 if unit == "half" else 4
        which = (code.upper() if code else rough if rough else
                 f"{'H' if unit == 'half' else 'Q'}{_ORDINALS.get(ordinal, count)}")
        return f"{_PART_WHEN.get(when or 'in', when or 'in')} {which} {of_year}"
    season = re.search(rf"\b(?:{SEASONS})\b", folded)
    if season:
        return re.sub(r"\bfall\b", "autumn", re.sub(r"\b(?:the|of)\s+", "", folded))
    years = _YEAR_AFTER.match(folded)
    if years:
        when = _YEAR_WORDS.get(years.group(1), years.group(1))
        return " ".join(p for p in (when, years.group(2), years.group(3)) if p)
    period = _PERIOD.match(folded)
    if period:
        when = _PERIOD_WORDS.get(period.group(1), period.group(1))
        return f"{when} {quantity_key(period.group(2))}"
    ja_period = _JA_PERIOD.match(folded)
    if ja_period:
        return f"{_JA_PERIOD_WORDS[ja_period.group(2)]} {quantity_key(ja_period.group(1))}"
    if (_words_value(folded) is not None or re.search(NUM, folded)
            or _cyr_words_value(folded) is not None or _counted_period(folded) != folded):
        return quantity_key(folded)
    return folded


__all__ = ["DATE_KEY", "TIME_KEY", "date_key", "date_mention_key", "kanji_digits", "other_reading",
           "quantity_key", "share_key"]
