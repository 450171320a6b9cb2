"""Counts written in words, 2 to 100, as a headline announces a plan's points: English
("twenty-eight", "Twenty Eight"), Russian and Ukrainian in the nominative and the genitive
("двадцать восемь", "из двадцати восьми", "двадцять вісім", "з двадцяти", and the genitive
glued into one adjective with the word for point, "двадцативосьмипунктный") and the
instrumental ("с двадцатью восемью пунктами", "з двадцятьма вісьмома пунктами"), and Japanese
kanji numerals ("二十八"). A small table, not a library: nothing beyond what a count of points
needs (one alone is never a count announced: "at one point" is a phrase)."""

from __future__ import annotations

import re

__all__ = ["KANJI", "WORD", "number_value"]

_UNITS: dict[int, tuple[str, ...]] = {
    1: ("one", "один", "одна", "одного", "одной", "однієї"),
    2: ("two", "два", "две", "двух", "двумя", "дві", "двох", "двома"),
    3: ("three", "три", "трёх", "трех", "тремя", "трьох", "трьома"),
    4: ("four", "четыре", "четырёх", "четырех", "четырьмя", "чотири", "чотирьох",
        "чотирма"),
    5: ("five", "пять", "пяти", "пятью", "п'ять", "п'яти", "п'ятьма", "п'ятьома"),
    6: ("six", "шесть", "шести", "шестью", "шість", "шістьма", "шістьома"),
    7: ("seven", "семь", "семи", "семью", "сім", "сьома", "сімома"),
    8: ("eight", "восемь", "восьми", "восемью", "восьмью", "вісім", "вісьмома",
        "вісьма"),
    9: ("nine", "девять", "девяти", "девятью", "дев'ять", "дев'яти", "дев'ятьма",
        "дев'ятьома"),
}
_TEENS: dict[int, tuple[str, ...]] = {
    10: ("ten", "десять", "десяти", "десятью", "десятьма", "десятьома"),
    11: ("eleven", "одиннадцать", "одиннадцати", "одиннадцатью", "одинадцять", "одинадцяти",
         "одинадцятьма", "одинадцятьома"),
    12: ("twelve", "двенадцать", "двенадцати", "двенадцатью", "дванадцять", "дванадцяти",
         "дванадцятьма", "дванадцятьома"),
    13: ("thirteen", "тринадцать", "тринадцати", "тринадцатью", "тринадцять", "тринадцяти",
         "тринадцятьма", "тринадцятьома"),
    14: ("fourteen", "четырнадцать", "четырнадцати", "четырнадцатью", "чотирнадцять",
         "чотирнадцяти", "чотирнадцятьма", "чотирнадцятьома"),
    15: ("fifteen", "пятнадцать", "пятнадцати", "пятнадцатью", "п'ятнадцять", "п'ятнадцяти",
         "п'ятнадцятьма", "п'ятнадцятьома"),
    16: ("sixteen", "шестнадцать", "шестнадцати", "шестнадцатью", "шістнадцять",
         "шістнадцяти", "шістнадцятьма", "шістнадцятьома"),
    17: ("seventeen", "семнадцать", "семнадцати", "семнадцатью", "сімнадцять", "сімнадцяти",
         "сімнадцятьма", "сімнадцятьома"),
    18: ("eighteen", "восемнадцать", "восемнадцати", "восемнадцатью", "вісімнадцять",
         "вісімнадцяти", "вісімнадцятьма", "вісімнадцятьома"),
    19: ("nineteen", "девятнадцать", "девятнадцати", "девятнадцатью", "дев'ятнадцять",
         "дев'ятнадцяти", "дев'ятнадцятьма", "дев'ятнадцятьома"),
}
_TENS: dict[int, tuple[str, ...]] = {
    20: ("twenty", "двадцать", "двадцати", "двадцатью", "двадцять", "двадцяти", "двадцятьма",
         "двадцятьома"),
    30: ("thirty", "тридцать", "тридцати", "тридцатью", "тридцять", "тридцяти", "тридцятьма",
         "тридцятьома"),
    40: ("forty", "сорок", "сорока"),
    50: ("fifty", "пятьдесят", "пятидесяти", "пятьюдесятью", "п'ятдесят", "п'ятдесяти",
         "п'ятдесятьма"),
    60: ("sixty", "шестьдесят", "шестидесяти", "шестьюдесятью", "шістдесят", "шістдесяти",
         "шістдесятьма"),
    70: ("seventy", "семьдесят", "семидесяти", "семьюдесятью", "сімдесят", "сімдесяти",
         "сімдесятьма"),
    80: ("eighty", "восемьдесят", "восьмидесяти", "восемьюдесятью", "вісімдесят",
         "вісімдесяти", "вісімдесятьма"),
    90: ("ninety", "девяносто", "девяноста", "дев'яносто", "дев'яноста"),
    100: ("hundred", "сто", "ста"),
}
_VALUES = {word: (value, table is _TENS)
           for table in (_UNITS, _TEENS, _TENS) for value, words in table.items()
           for word in words}
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'"})

WORD = "(?:" + "|".join(re.escape(w).replace("'", "['\u2019\u02bc`]")
                        for w in sorted(_VALUES, key=len, reverse=True)) + ")"
"""One number word (a pattern; the apostrophe of Ukrainian words in any of its forms)."""
KANJI = "[一二三四五六七八九十百]+"
"""A number in kanji numerals (a pattern)."""
_KANJI_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九", 1)}


def _kanji(text: str) -> int | None:
    """二十八 -> 28, 十 -> 10, 百 -> 100; None for what is not a number up to 100."""
    if text == "百":
        return 100
    if "十" not in text:
        return _KANJI_DIGITS.get(text)
    tens, _, units = text.partition("十")
    high = _KANJI_DIGITS.get(tens) if tens else 1
    low = _KANJI_DIGITS.get(units) if units else 0
    return None if high is None or low is None else 10 * high + low


def number_value(text: str) -> int | None:
    """The value of a count written in words or kanji (``twenty eight``, ``двадцати
    восьми``, ``二十八``); None when the words do not make one number (``eight twenty``)."""
    if re.fullmatch(KANJI, text):
        value = _kanji(text)
        return value if value is not None and value > 1 else None
    glued = re.sub(r"[\s\u00a0\u2010\u2011-]+", "", text.lower().translate(_APOSTROPHES))
    words = re.findall(WORD, glued)  # двадцативосьми: the words of a compound, one word
    if "".join(words) != glued:
        return None
    found = [_VALUES.get(w) for w in words]
    if len(found) == 1 and found[0] is not None:
        return found[0][0] if found[0][0] > 1 else None
    first, second = found if len(found) == 2 else (None, None)
    if first is None or second is None:
        return None
    (high, tens), (low, _) = first, second
    return high + low if tens and high < 100 and low < 10 else None
