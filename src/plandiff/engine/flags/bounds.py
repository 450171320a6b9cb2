"""Bounds on a number: "at least 50" is a floor, "up to 50" a ceiling.

A number both texts give with the same value raises no flag; but a floor that became a
ceiling ("at least 50 observers" → "up to 50 observers", "50人以上" → "50人以下") reverses
what the text promises. Only a change from one kind of bound to the other is a flag: a bound
given on one side alone ("capped at 600,000" → "600,000") says what the other side implies
often enough ("an army of 600,000" is a cap when the clause is about a cap) to be noise.
"""

from __future__ import annotations

import re
from enum import Enum

from plandiff.engine.flags.patterns import Lazy, has_any


class Bound(Enum):
    FLOOR = "floor"
    CEILING = "ceiling"


_BEFORE = 32
"""How far before a number its bound words may start (characters)."""
_FLOOR_BEFORE = Lazy(
    r"(?:at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|(?:a\s+)?minimum\s+of"
    r"|(?<!no\s)(?<!not\s)more\s+than|upwards\s+of|in\s+excess\s+of|не\s+(?:менее|меньше|менше)|щонайменше"
    r"|принаймні|как\s+минимум|минимум|мінімум|(?:более|больше|свыше|понад|більше)"
    r"(?<!не\sболее)(?<!не\sбольше)(?<!не\sбільше)|少なくとも|最低でも|最低|最小)\s*$",
    re.IGNORECASE)
_CEILING_BEFORE = Lazy(
    r"(?:up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|not\s+(?:to\s+)?exceed(?:ing)?"
    r"|(?:a\s+)?maximum\s+of|capped\s+at|limited\s+to|(?<!no\s)(?<!not\s)(?:fewer|less)\s+than"
    r"|не\s+(?:более|больше|більше|більш|превышающ\w*|перевищу\w*)|щонайбільше|максимум"
    r"|как\s+максимум|最大|最多|上限)\s*$", re.IGNORECASE)
_JA_NOT_EXCEED = (r"を超え(?:ない|てはならない|ては(?:いけ|なら)ない|ること(?:は|が)できない"
                  r"|られない)")
"""Japanese "does not (must not, cannot) exceed": a ceiling, not the floor を超え is."""
_FLOOR_AFTER = Lazy(rf"^(?:\s*or\s+more\b|\s*or\s+above\b|以上|(?!{_JA_NOT_EXCEED})を超え|超)")
_CEILING_AFTER = Lazy(r"^(?:\s*or\s+(?:fewer|less)\b|\s*at\s+most\b|以下|未満|まで|を上限|が上限"
                      rf"|{_JA_NOT_EXCEED}|以内)")


_CUES_BEFORE = ("least", "fewer", "less", "minimum", "more", "upwards", "excess", "не ",
                "щонай", "принаймн", "минимум", "мінімум", "более", "больше", "свыше", "понад",
                "більш", "up to", "most", "exceed", "maximum", "capped", "limited", "максимум",
                "少なくとも", "最低", "最小", "最大", "最多", "上限")
_CUES_AFTER = ("or ", "以上", "超", "以下", "未満", "まで", "上限", "以内", "at most")
"""A word of every bound before (after) a number, lower case: a number with none of them
near it (most numbers) is tested no further, and the patterns are compiled only when one
is."""


def bound_of(text: str, start: int, end: int) -> tuple[Bound | None, str]:
    """The bound a number of ``text`` (at ``start:end``) is given with, and the number with
    its bound words as the text says it ("at least 50", "50人以上"); (None, "") when it has
    none."""
    before = text[max(0, start - _BEFORE):start]
    after = text[end:end + 12]
    lowered = before.lower()
    if any(cue in lowered for cue in _CUES_BEFORE):
        for bound, pattern in ((Bound.FLOOR, _FLOOR_BEFORE), (Bound.CEILING, _CEILING_BEFORE)):
            found = pattern.search(before)
            if found is not None:
                return bound, text[start - len(before) + found.start():end]
    if any(cue in after for cue in _CUES_AFTER):
        for bound, pattern in ((Bound.FLOOR, _FLOOR_AFTER), (Bound.CEILING, _CEILING_AFTER)):
            found = pattern.match(after)
            if found is not None:
                return bound, text[start:end + found.end()]
    return None, ""


def bound_words(phrase: str) -> Bound | None:
    """The bound ``phrase`` says when it is bound words and nothing else ("up to ", "at
    least", 最大): what an edit that puts a bound on a number inserts before it."""
    words = " ".join(phrase.split())
    if not words or not has_any(words.lower(), _CUES_BEFORE):
        return None  # most edits are no bound: the patterns are not tried
    for bound, pattern in ((Bound.FLOOR, _FLOOR_BEFORE), (Bound.CEILING, _CEILING_BEFORE)):
        if pattern.fullmatch(words) is not None:
            return bound
    return None


def reversed_bounds(old: str, old_span: tuple[int, int], new: str, new_span: tuple[int, int]
                    ) -> tuple[str, str] | None:
    """The two numbers with their bound words when one text's floor is the other's ceiling
    (or the reverse); None otherwise."""
    old_bound, old_said = bound_of(old, *old_span)
    if old_bound is None:
        return None
    new_bound, new_said = bound_of(new, *new_span)
    if new_bound is None or new_bound is old_bound:
        return None
    return old_said, new_said


__all__ = ["Bound", "bound_of", "bound_words", "reversed_bounds"]
