"""Points a draft numbers with words or Roman numerals only: read as points 1, 2 … when the
draft numbers nothing else.

A statement read out or written as prose lists its points by ordinal words at the start of
each paragraph (``First, …`` / ``Second, …``; ``Во-первых, …``; ``По-перше, …``;
``第一に、…``, ``第1に、…``, ``1点目は、…``, ``その1　…``; ``Erstens, …``;
``Premièrement, …``; a speech read out, as a Russian or Ukrainian transcript sets it, by
the ordinal standing alone before a stop or a dash: ``Первое. …``, ``Второе – …``, ``И
четвёртое. …``, ``Перше. …``), and an outline numbers its sections in
Roman numerals alone (``I. Security`` / ``II. Territory`` with the text under each), or
by letters alone (``A. …`` / ``B. …``, an ``<ol type="A">``). Where
the draft has Arabic numbers, a Roman heading is a part (:data:`~plandiff.plans.intake.
markers.SECTION`) and an ordinal word is prose; only a draft with no numbered point and no
bulleted list (the parser's last try, :func:`~plandiff.plans.intake.parser.parse_lines`)
is read this way. The words count up from the first, one paragraph each, at least two in a
row; the mark becomes the point's number and the rest of the line, as written, its text.
"""

from __future__ import annotations

import re
import unicodedata

from plandiff.plans.intake.lines import Line
from plandiff.plans.intake.markers import CYRILLIC_ROMAN, FW_DIGITS, kanji_number, roman_value

__all__ = ["number_letter_items", "number_ordinal_words", "number_roman_items"]

_WORDS: tuple[tuple[str, ...], ...] = (
    ("first", "firstly", "во-первых", "по-перше", "第一に", "erstens", "premièrement",
     "en primer lugar", "in primo luogo"),
    ("second", "secondly", "во-вторых", "по-друге", "第二に", "zweitens", "deuxièmement",
     "en segundo lugar", "in secondo luogo"),
    ("third", "thirdly", "в-третьих", "по-третє", "第三に", "drittens", "troisièmement",
     "en tercer lugar", "in terzo luogo"),
    ("fourth", "fourthly", "в-четвёртых", "в-четвертых", "по-четверте", "第四に", "viertens",
     "quatrièmement", "en cuarto lugar", "in quarto luogo"),
    ("fifth", "fifthly", "в-пятых", "по-п'яте", "по-п’яте", "第五に", "fünftens",
     "cinquièmement", "en quinto lugar", "in quinto luogo"),
    ("sixth", "sixthly", "в-шестых", "по-шосте", "第六に", "sechstens", "sixièmement",
     "en sexto lugar", "in sesto luogo"),
    ("seventh", "seventhly", "в-седьмых", "по-сьоме", "第七に", "siebtens", "septièmement",
     "en séptimo lugar", "in settimo luogo"),
    ("eighth", "eighthly", "в-восьмых", "по-восьме", "第八に", "achtens", "huitièmement",
     "en octavo lugar", "in ottavo luogo"),
    ("ninth", "ninthly", "в-девятых", "по-дев'яте", "по-дев’яте", "第九に", "neuntens",
     "neuvièmement", "en noveno lugar", "in nono luogo"),
    ("tenth", "tenthly", "в-десятых", "по-десяте", "第十に", "zehntens", "dixièmement",
     "en décimo lugar", "in decimo luogo"),
)
_VALUE = {word: n for n, words in enumerate(_WORDS, 1) for word in words}
_SPOKEN_WORDS: tuple[tuple[str, ...], ...] = (
    ("первое", "перше", "первый", "перший", "первая", "перша"),
    ("второе", "друге", "второй", "другий", "вторая", "друга"),
    ("третье", "третє", "третий", "третій", "третья", "третя"),
    ("четвёртое", "четвертое", "четверте", "четвёртый", "четвертый", "четвертий",
     "четвёртая", "четвертая", "четверта"),
    ("пятое", "п'яте", "п’яте", "пятый", "п'ятий", "п’ятий", "пятая", "п'ята", "п’ята"),
    ("шестое", "шосте", "шестой", "шостий", "шестая", "шоста"),
    ("седьмое", "сьоме", "седьмой", "сьомий", "седьмая", "сьома"),
    ("восьмое", "восьме", "восьмой", "восьмий", "восьмая", "восьма"),
    ("девятое", "дев'яте", "дев’яте", "девятый", "дев'ятий", "дев’ятий", "девятая",
     "дев'ята", "дев’ята"),
    ("десятое", "десяте", "десятый", "десятий", "десятая", "десята"))
_SPOKEN_VALUE = {word: n for n, words in enumerate(_SPOKEN_WORDS, 1) for word in words}
_SPOKEN = re.compile(
    r"^(?P<indent>[ \t\u3000]*)(?:\*\*|__)?(?:[ИиІі][ \t]+)?(?P<word>"
    + "|".join(re.escape(w) for w in sorted(_SPOKEN_VALUE, key=len, reverse=True))
    + r")(?:[ \t]+(?:пункт|умова|условие|принцип|крок|шаг))?(?:\*\*|__)?"
    r"(?:[ \t]*[.:：]|[ \t]+[–—-])(?:\*\*|__)?[ \t\u3000]*(?P<rest>\S.*)$",
    re.IGNORECASE)
"""A spoken ordinal (the neuter, "the first thing"; the masculine or feminine of a point, a
condition, a step understood or said) opening a paragraph of a speech, with its stop, colon
or dash (``Первое. …``, ``И четвёртое. …``, ``Друге – …``, ``Перший пункт – …``)."""
_ORDINAL = re.compile(
    r"^(?P<indent>[ \t\u3000]*)(?:\*\*|__)?(?P<word>"
    + "|".join(re.escape(w) for w in sorted(_VALUE, key=len, reverse=True))
    + r")(?:\*\*|__)?(?:[ \t]*[,，、:：]|(?<=に))[ \t\u3000]*(?P<rest>\S.*)$", re.IGNORECASE)
"""An ordinal word opening a line, with its comma (``First, …``, ``第一に、…``)."""
_KANJI = "[一二三四五六七八九十]{1,3}"
_JA_COUNTED = re.compile(
    r"^(?P<indent>[ \t\u3000]*)(?:\*\*|__)?"
    rf"(?:第[ \t]*(?P<di>[0-9０-９]{{1,2}}|{_KANJI})[ \t]*に"
    rf"|(?P<pt>[0-9０-９]{{1,2}}|{_KANJI})[ \t]*点目(?:は|として|に|が)?"
    rf"|その[ \t]*(?P<so>[0-9０-９]{{1,2}}|{_KANJI})(?=[ \t\u3000:：]))(?:\*\*|__)?"
    r"[ \t\u3000]*[、，:：]?[ \t\u3000]*(?P<rest>\S.*)$")
"""A Japanese press copy's counted points: ``第1に、…``, ``1点目は、…``, ``その1　…``."""
_ROMAN = re.compile(r"^(?P<indent>[ \t]*)(?:\*\*|__)?(?P<numeral>[IVXLCІХС]{1,6})[.)]"
                    r"(?:\*\*|__)?[ \t]+(?P<rest>\S.*)$")

_ROMAN_CHAR = re.compile(r"^(?P<indent>[ \t\u3000]*)(?P<numeral>[\u2160-\u216b\u2170-\u217b])"
                         r"(?:[.．)）][ \t\u3000]*|[ \t\u3000]+)")
"""A Roman numeral set as one character, then a stop or a space (``Ⅱ．``, ``ⅲ ``), as a
Japanese document numbers its parts (not ``Ⅳ号機``: a name)."""


def _roman_letters(match: re.Match[str]) -> str:
    """``Ⅱ．`` → ``II. ``: the numeral in letters, as :data:`_ROMAN` reads it."""
    numeral = unicodedata.normalize("NFKC", match.group("numeral")).upper()
    return f"{match.group('indent')}{numeral}. "


def _numbered(lines: list[Line], found: list[tuple[int, int, re.Match[str]]]
              ) -> tuple[list[Line], int]:
    """The lines with the longest run from 1 in ``found`` ((line, value, match)) numbered
    ``N. rest``, and how many were (0, lines unchanged, when fewer than two)."""
    run: list[tuple[int, re.Match[str]]] = []
    for index, value, match in found:
        if value == len(run) + 1:
            run.append((index, match))
        elif value == 1 and len(run) < 2:
            run = [(index, match)]
    if len(run) < 2:
        return lines, 0
    out = list(lines)
    for number, (index, match) in enumerate(run, 1):
        out[index] = Line(f"{match.group('indent')}{number}. {match.group('rest')}",
                          lines[index].where)
    return out, len(run)


_ALL_WORDS = "|".join(re.escape(w) for w in sorted({*_VALUE, *_SPOKEN_VALUE}, key=len,
                                                   reverse=True) if not w.startswith("第"))
_RUN_IN = re.compile(
    r"(?:^|(?<=[.!?;:：…][ \t])|(?<=[.!?;:：…][ \t]{2}))(?:(?:and|и|і|та)[ \t]+)?"
    rf"(?P<word>{_ALL_WORDS})(?:[ \t]*[,，:：]|[ \t]+[–—-])[ \t]*(?=\S)", re.IGNORECASE)
"""An ordinal word opening a sentence inside a paragraph, or a clause after a colon or a
semicolon (``… simple. First, the troops …``, ``We propose: first, …; second, …``,
``По-друге, …``, ``Второе – …``)."""


def _run_in(lines: list[Line]) -> list[Line]:
    """A paragraph of a speech that counts its points off in its sentences ("Our proposal is
    simple. First, … Second, … Third, …"), from the first on and two at least: split into
    its words before the first (a paragraph of their own) and one paragraph a point. Other
    lines as they are."""
    out: list[Line] = []
    for line in lines:
        starts: list[tuple[int, int]] = []  # (where its clause starts, where its word does)
        for match in _RUN_IN.finditer(line.text):
            word = match.group("word").lower()
            if _VALUE.get(word, _SPOKEN_VALUE.get(word)) == len(starts) + 1:
                starts.append((match.start(), match.start("word")))
        if len(starts) < 2:
            out.append(line)
            continue
        if line.text[:starts[0][0]].strip():
            out += [Line(line.text[:starts[0][0]].rstrip(), line.where), Line("", line.where)]
        ends = [start for start, _ in starts[1:]] + [len(line.text)]
        for (_, word), end in zip(starts, ends, strict=True):  # "…; and third, …": no "and"
            out += [Line(line.text[word:end].strip(), line.where), Line("", line.where)]
    return out


def number_ordinal_words(lines: list[Line]) -> tuple[list[Line], int]:
    """Paragraphs opened by ordinal words counting up from "first" read as ``1.``, ``2.`` …
    (see the module notes), and how many; when none do, the sentences of a paragraph
    counted off so (:func:`_run_in`)."""
    numbered, count = _number_ordinal_lines(lines)
    if count:
        return numbered, count
    split = _run_in(lines)
    return _number_ordinal_lines(split) if len(split) != len(lines) else (lines, 0)


def _number_ordinal_lines(lines: list[Line]) -> tuple[list[Line], int]:
    found = []
    for index, line in enumerate(lines):
        match = _ORDINAL.match(line.text) or _JA_COUNTED.match(line.text) \
            or _SPOKEN.match(line.text)
        if match is not None and (index == 0 or not lines[index - 1].text.strip()
                                  or lines[index - 1].text.rstrip().endswith(
                                      (".", ":", "。", "：", "!", "?", ";"))):
            found.append((index, _value(match), match))
    return _numbered(lines, found)


def _value(match: re.Match[str]) -> int:
    """The number an ordinal word or a Japanese counted mark stands for."""
    if match.re is _ORDINAL:
        return _VALUE[match.group("word").lower()]
    if match.re is _SPOKEN:
        return _SPOKEN_VALUE[match.group("word").lower()]
    digits = match.group("di") or match.group("pt") or match.group("so")
    plain = digits.translate(FW_DIGITS)
    return int(plain) if plain.isdigit() else kanji_number(digits)


_LETTER = re.compile(r"^(?P<indent>[ \t]*)(?:\*\*|__)?[(（]?(?P<letter>[A-Za-z])[.)）]"
                     r"(?:\*\*|__)?[ \t]+(?P<rest>\S.*)$")


def number_letter_items(lines: list[Line]) -> tuple[list[Line], int]:
    """Lines opened by a letter counting up from ``A.`` (or ``a)``, one case throughout) read
    as ``1.``, ``2.`` … (A is 1; the report says so), and how many."""
    found = []
    for index, line in enumerate(lines):
        match = _LETTER.match(line.text)
        if match is not None:
            letter = match.group("letter")
            found.append((index, ord(letter.lower()) - ord("a") + 1, match))
    if found:
        upper = found[0][2].group("letter").isupper()
        found = [item for item in found if item[2].group("letter").isupper() == upper]
    return _numbered(lines, found)


def number_roman_items(lines: list[Line]) -> tuple[list[Line], int]:
    """Lines opened by a Roman numeral counting up from ``I.`` read as ``1.``, ``2.`` …
    (see the module notes), and how many."""
    found = [(index, roman_value(match.group("numeral").translate(CYRILLIC_ROMAN)), match)
             for index, line in enumerate(lines)
             if (match := _ROMAN.match(_ROMAN_CHAR.sub(_roman_letters, line.text))) is not None]
    return _numbered(lines, [item for item in found if item[1]])
