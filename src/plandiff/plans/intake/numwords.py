"""Counts written in words, 2 to 100, as a headline announces a plan's points: English
("twenty-eight", "Twenty Eight"), Russian and Ukrainian in the nominative and the genitive
("двадцать восемь", "из двадцати восьми", "двадцять вісім", "з двадцяти", and the genitive
glued into one adjective with the word for point, "двадцативосьмипунктный") and the
instrumental ("с двадцатью восемью пунктами", "з двадцятьма вісьмома пунктами"), and Japanese
kanji numerals ("二十八"). The words are :mod:`plandiff.numberwords`' (one alone is never a count
announced: "at one point" is a phrase)."""

from __future__ import annotations

import re

from plandiff.numberwords import EN_ONES, EN_TENS, cyrillic_values

__all__ = ["KANJI", "WORD", "number_value"]

_ENGLISH = ({word: value for value, word in enumerate(EN_ONES) if value}
            | {word: 10 * k for k, word in enumerate(EN_TENS, start=2)} | {"hundred": 100})
_VALUES = {word: (value, value >= 20)  # (its value, whether a unit may follow: "twenty-eight")
           for word, value in (_ENGLISH | cyrillic_values(1, 100)).items()}
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
