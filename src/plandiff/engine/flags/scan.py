"""A text's mentions of every family: ``mentions``.

Speed: both texts are scanned in full (a flag may depend on a value stated anywhere in them),
but the patterns a text cannot match are left out of its scan, decided by cheap tests for
what they need (a digit, a month name, a time unit, a number word...), so the result is the
same as scanning with every pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from plandiff._text import CYRILLIC, JAPANESE, class_body
from plandiff.engine.flags.mention import MODALITY, NEGATION, QUANTITY, Mention, new_tuple
from plandiff.engine.flags.modality import (
    MODAL_FIRSTS,
    MODAL_JA,
    conditional,
    modal_key,
    modal_pattern,
    not_an_obligation,
    noun_before,
)
from plandiff.engine.flags.negation import (
    LEXICAL_WORDS,
    NEGATION_FIRSTS,
    NEGATION_JA,
    NOT_A_NEGATION,
    japanese_exception,
    lexical_negatives,
    negation_pattern,
)
from plandiff.engine.flags.parties import parties as party_mentions
from plandiff.engine.flags.patterns import (
    Lazy,
    compiled,
    kanji_stem_before,
    letter_runs,
    overlaps,
    word_starts,
)
from plandiff.engine.flags.quantities import (
    DATE_JA,
    DEADLINE_WORDS,
    EVENT_WORDS,
    FRACTION_BYTES,
    MONTH_WORDS,
    NUMBER_WORD_BYTES,
    PERIOD_COUNT_WORDS,
    QUANTITY_WORDS,
    SEASON_WORDS,
    TIME_UNIT_WORDS,
    VAGUE_WORDS,
    capitalised_months,
    cyrillic_number_words,
    cyrillic_periods,
    date_pattern,
    fraction_spans,
    is_label,
    number_words_pattern,
    spelled_periods,
)
from plandiff.engine.flags.quantities import numbers as number_spans
from plandiff.engine.flags.quantity_keys import TIME_KEY, date_mention_key, quantity_key

_JAPANESE_CLASS = f"[{class_body(JAPANESE, astral=False)}]"
"""Kana and kanji (large character classes are slow to compile: patterns using them are
compiled on first use, by :func:`compiled`)."""


def _scan(text: str, latin: re.Pattern[str] | None, japanese: Sequence[str] = (),
          has_japanese: bool = False) -> list[tuple[int, int]]:
    """Matches of the patterns, case-sensitively (pass a lowered text for keywords: the
    engine's case-insensitive mode is several times slower). Japanese patterns run only on
    text with kana or kanji (``has_japanese``)."""
    found = [] if latin is None else [(m.start(), m.end()) for m in latin.finditer(text)]
    if japanese and has_japanese:
        found.extend((m.start(), m.end())
                     for m in compiled(tuple(japanese), False).finditer(text))
        found.sort()
    return [(s, e) for s, e in found if e > s]


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


_ANY_DIGIT = Lazy(r"\d")


_HALF_DAY = r"\s?([ap])(?:\.m\b\.?|m\b)"
"""a.m. or p.m. after an hour ("7:30 pm", "4 a.m.", "10pm"): the full stop of "a.m." is the
abbreviation's, one after "pm" the sentence's."""
_TIME = Lazy(r"(?<![0-9A-Za-z_:.,$€£¥])(?:([01]?[0-9]|2[0-4]):([0-5][0-9])"
             rf"(?![0-9A-Za-z_:]|[.,][0-9])(?:{_HALF_DAY})?"
             rf"|([01]?[0-9])(?:\.([0-5][0-9]))?{_HALF_DAY}"
             r"|(midnight|noon|midday)(?![\w-]))")
"""A time of day in the lowered text: 00:00, 6:30, 7:30 pm, 7.30pm, 4 a.m., midnight, noon
(not 18.00, which may be an amount, nor 4 alone); a kana or kanji may touch it
(停戦は00:00に)."""
_TIME_WORDS = frozenset((b"midnight", b"noon", b"midday"))
_HALF_DAY_WORDS = frozenset((b"am", b"pm", b"m"))
"""A run of ASCII letters every hour on a twelve-hour clock holds ("pm" of "10pm", "m" of
"4 a.m."): a text with a digit and none of them has no such hour."""


def _times(lowered: str) -> list[tuple[int, int, str]]:
    """The times of day in ``lowered``, each with its key: the hour and minute on a 24-hour
    clock ("midnight" is 00:00, as 24:00 and 12:00 am are; "noon" 12:00)."""
    out = []
    for match in _TIME.finditer(lowered):
        hour_text, minute, half, bare_hour, bare_minute, bare_half, word = match.groups()
        if bare_hour is not None:  # 4 a.m., 7.30pm
            hour_text, minute, half = bare_hour, bare_minute or "00", bare_half
        if word is not None:
            hour, minute = (0, "00") if word == "midnight" else (12, "00")
        else:
            if hour_text == "24" and minute != "00":
                continue  # 24:30 is no time
            hour = int(hour_text) % 24
            if half is not None:
                if hour > 12:
                    continue
                hour = hour % 12 + (12 if half == "p" else 0)
        out.append((match.start(), match.end(), f"{TIME_KEY}{hour:02d}:{minute}"))
    return out


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the number word at ``text[start:end]`` is part of a name, capitalised and
    joined to a capitalised word ("the Seven-Party Alliance"): no number of the clause."""
    return (text[start].isupper() and text[end:end + 1] == "-"
            and text[end + 1:end + 2].isupper())


def _cue_words(runs: list[bytes]) -> frozenset[bytes]:
    """The words of a text that any scan asks about (``_CUE_WORDS``), given its runs of
    ASCII letters (its :func:`letter_runs`, split): what ``ascii_words`` finds, kept only
    if a cue word, without building the set of all its words. Every use of a text's words
    intersects them with a part of ``_CUE_WORDS``."""
    return _CUE_WORDS.intersection(runs)


_CYRILLIC_LETTER = Lazy(f"[{class_body(CYRILLIC)}]")

_DIGIT = Lazy("[0-9０-９]")


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


class Found(NamedTuple):
    """A text's mentions by family, each list in the text's order, and its lexical
    negatives (:func:`lexical_negatives`)."""
    quantities: list[Mention]
    modals: list[Mention]
    negations: list[Mention]
    parties: list[Mention]
    lexical: dict[int, str]
    letters: bytes
    """The text's :func:`letter_runs`."""
    runs: list[bytes]
    """Its runs of ASCII letters, in order: ``letters.split()``."""


def mentions(text: str) -> Found:
    ascii_only = text.isascii()
    if ascii_only:
        lowered = text.lower()
        japanese = cyrillic = False
        # any ASCII digit: what both \d and [0-9０-９] find in an ASCII text
        digit = unicode_digit = any(map(lowered.__contains__, "0123456789"))
    else:
        lowered = text.translate(_LOWER)
        japanese = max(lowered) >= "\u3041" and compiled(
            (_JAPANESE_CLASS,), False).search(lowered) is not None
        cyrillic = _CYRILLIC_LETTER.search(lowered) is not None
        digit = _DIGIT.search(text) is not None
        unicode_digit = _ANY_DIGIT.search(lowered) is not None
    letters = letter_runs(lowered)
    runs = letters.split()
    words = _cue_words(runs)
    date_re = date_pattern(lowered, unicode_digit, cyrillic, words, letters)
    dates = _drop_overlaps((s, e) for s, e in _scan(lowered, date_re, DATE_JA, japanese)
                           if capitalised_months(text, s, e, lowered)) \
        if date_re is not None or japanese else []  # no date pattern to scan with
    quantities = [new_tuple(Mention, (QUANTITY, s, e, text[s:e],
                                      date_mention_key(text[s:e]), True, ""))
                  for s, e in dates]
    if (digit and (":" in text or not _HALF_DAY_WORDS.isdisjoint(words))) \
            or _TIME_WORDS.intersection(words):
        times = [(s, e, key) for s, e, key in _times(lowered)
                 if not (dates and overlaps(dates, s, e))]
        quantities.extend(new_tuple(Mention, (QUANTITY, s, e, text[s:e], key, True, ""))
                          for s, e, key in times)
        dates = sorted([*dates, *((s, e) for s, e, _ in times)])
    numbers = number_spans(text, digit, ascii_only)
    words_re = number_words_pattern(words)
    if words_re is not None:
        numbers.extend(m.span() for m in words_re.finditer(lowered)
                       if lowered[m.start():m.end()] not in VAGUE_WORDS
                       and not _in_a_name(text, m.start(), m.end()))
    numbers.extend(fraction_spans(lowered, words, japanese, cyrillic))
    numbers.extend(spelled_periods(lowered, words))
    if cyrillic:
        numbers.extend(cyrillic_number_words(lowered))
        numbers = cyrillic_periods(lowered, numbers)
    for s, e in _drop_overlaps(numbers) if numbers else ():
        if not (dates and overlaps(dates, s, e)) and not is_label(lowered, s, e):
            quantities.append(new_tuple(Mention, (QUANTITY, s, e, text[s:e],
                                                  quantity_key(text[s:e]), False, "")))
    modals: list[Mention] = []
    spans: list[tuple[int, int]] = []
    modal_re = modal_pattern(ascii_only)
    for s, e in (_scan(lowered, modal_re, MODAL_JA, japanese) if not ascii_only else
                 _scan_from(modal_re, lowered,
                            word_starts(letters, MODAL_FIRSTS.intersection(words)))):
        if dates and overlaps(dates, s, e):
            continue
        # "the will of ...": modality's _NOT_A_MODAL ends with blanks, so only a blank
        # before can match
        if s and lowered[s - 1].isspace() and noun_before(lowered, s):
            continue
        word = text[s:e]
        if word.startswith("May") and not _sentence_start(text, s):
            continue  # the month
        if lowered.endswith(" to", s, e) and lowered.startswith(("is", "are"), s) \
                and not_an_obligation(lowered, text, s, e):
            continue  # "the aim is to end the war": no obligation
        if lowered.startswith("should", s) and conditional(lowered, s):
            continue  # "if Ukraine should become a victim": a condition
        spans.append((s, e))
        modals.append(new_tuple(Mention, (MODALITY, s, e, word, modal_key(word), False,
                                          "")))
    parties = party_mentions(text)
    names = [(m.start, m.end) for m in parties]
    negations: list[Mention] = []
    contraction = "'" in lowered or "\u2019" in lowered
    negation = negation_pattern(contraction, "non-" in lowered, cyrillic)
    for s, e in (_scan(lowered, negation, NEGATION_JA, japanese)
                 if not ascii_only or contraction else
                 _scan_from(negation, lowered,
                            word_starts(letters, NEGATION_FIRSTS.intersection(words)))):
        if ((dates and overlaps(dates, s, e)) or (spans and overlaps(spans, s, e))
                or (names and overlaps(names, s, e))):
            continue  # "Non-" of "the Treaty on the Non-Proliferation ...": a name
        if NOT_A_NEGATION.match(lowered, s) or (
                not ascii_only and japanese_exception(text, s, e)):
            continue
        negations.append(new_tuple(Mention, (NEGATION, s, e, _negated_word(text, s, e),
                                             "negation", False, "")))
    lexical = lexical_negatives(text, words if ascii_only else None)
    if lexical and spans:  # a modal's own word (ことを禁止する, is prohibited from) is the modal
        lexical = {s: w for s, w in lexical.items() if not overlaps(spans, s, s + len(w))}
    return Found(quantities, modals, negations, parties, lexical, letters, runs)


def _negated_word(text: str, start: int, end: int) -> str:
    """A negation's word as a reader names it: a Japanese negative ending after kana with
    the kanji of its verb before it (崩れない, 合わなく, 加盟しない: the ending alone,
    れない, is no word), anything else as matched."""
    word = text[start:end]
    if start and "\u3041" <= word[0] <= "\u3096":
        stem = kanji_stem_before(text, start)
        if stem:
            return text[start - len(stem):end]
    return word


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


_CUE_WORDS = frozenset().union(
    MONTH_WORDS, TIME_UNIT_WORDS, QUANTITY_WORDS, NUMBER_WORD_BYTES, DEADLINE_WORDS,
    EVENT_WORDS, SEASON_WORDS, (b"end", b"date"), MODAL_FIRSTS, NEGATION_FIRSTS,
    LEXICAL_WORDS, FRACTION_BYTES, PERIOD_COUNT_WORDS, _TIME_WORDS, _HALF_DAY_WORDS)
"""Every word a text's words are asked about (``quantities._date_cues``, the number words, the
first words of modals and negations, the lexical negatives): :func:`_cue_words`."""


__all__ = ["Found", "mentions"]
