"""The flags of an exchange's formula changed: ``exchange_flags``.

A prisoner exchange is agreed by its formula: "all for all" (всех на всех, всіх на всіх,
全員対全員), "one for one", "1,000 for 1,000". A formula whose terms are words holds no number
the quantity flags can read, so "an all-for-all exchange" → "a one-for-one exchange" raised
nothing, and "всех на всех" → "1000 на 1000" only "∅ → 1000". Both texts must state a formula,
one each, with other terms: a formula said on one side only is a rewrite ("exchanged all for
all" → "all prisoners are exchanged for all prisoners"), which the redline shows.
"""

from __future__ import annotations

import re

from plandiff.engine.comparison import Flag, FlagKind
from plandiff.engine.flags.patterns import LB, RB, Lazy

_TERM = (r"all|one|every\s+one|\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+"
         r"|всех|всіх|усіх|одного|один|одну")
_FORMULA = Lazy(
    rf"{LB}(?P<term>{_TERM})(?:\s*-\s*|\s+)(?:for|на)(?:\s*-\s*|\s+)(?P=term){RB}"
    r"|(?P<ja>全員|\d+人?)対(?P=ja)", re.IGNORECASE)
"""A formula whose two terms are the same: "all for all", "all-for-all", "1,000 for 1,000",
"всех на всех", "全員対全員", "1000人対1000人"."""
_LINKS = (("for", "aoe"), ("на", "вуо"))
"""The word between a formula's terms, and the first letters a word term after it may start
with (all, one, every; всех, усіх, одного); a digit starts a number."""
_CAPITAL_LINKS = (("F", ("FOR", "For"), "aoe"), ("Н", ("НА", "На"), "вуо"))
"""The same words in capitals and capitalised, by their first letter: a headline's formula
("ALL-FOR-ALL EXCHANGE", "All For All", "ВСЕХ НА ВСЕХ") is one too. Looked for by the
capital alone, which few texts hold, rather than by each word."""


def _may_hold(text: str) -> bool:
    """Whether ``text`` may hold a formula: a link word between the same word twice, a space
    or a hyphen on each side ("all for all", "1,000-for-1,000"). A few substring searches:
    most texts say "for" somewhere, and almost none between two like words."""
    if "対" in text:
        return True
    for link, starts in _LINKS:
        at = text.find(link)
        while at != -1:
            after = at + len(link)
            if (text[after:after + 1] in (" ", "-") and text[at - 1:at] in (" ", "-")
                    and _between_like_terms(text, at, after, starts)):
                return True
            at = text.find(link, after)
    return ("F" in text or "Н" in text) and _may_hold_in_capitals(text)


def _may_hold_in_capitals(text: str) -> bool:
    for capital, links, starts in _CAPITAL_LINKS:
        at = text.find(capital)
        while at != -1:
            after = at + len(links[0])
            if text[at:after] in links and _between_like_terms(text, at, after, starts):
                return True
            at = text.find(capital, at + 1)
    return False


def _between_like_terms(text: str, at: int, after: int, starts: str) -> bool:
    """Whether the link word at ``text[at:after]`` stands between the same word twice."""
    if text[after:after + 1] not in (" ", "-") or text[at - 1:at] not in (" ", "-"):
        return False
    term = text[after + 1:after + 2]
    if not term or not (term.isdigit() or term.lower() in starts):
        return False
    begin = max(text.rfind(" ", 0, at - 1), text.rfind("-", 0, at - 1)) + 1
    word = text[begin:at - 1]
    return bool(word) and text[after + 1:after + 1 + len(word)].lower() == word.lower()


_ALL = {"all", "every one", "всех", "всіх", "усіх", "全員"}
_ONE = {"one", "одного", "один", "одну"}


def _key(term: str) -> str:
    """What a formula's term counts: "all", or a number ("one" and "1" are 1)."""
    folded = " ".join(term.casefold().split())
    if folded in _ALL:
        return "all"
    if folded in _ONE:
        return "1"
    return str(int(re.sub(r"\D", "", folded)))


def formulas(text: str) -> list[tuple[int, str, str]]:
    """Every exchange formula of ``text``: (start, as written, what its terms count)."""
    if not _may_hold(text):
        return []
    return [(m.start(), m.group(), _key(m.group("term") or m.group("ja")))
            for m in _FORMULA.finditer(text)]


def exchange_flags(old: str, new: str) -> list[tuple[int, Flag]]:
    """A number flag for a formula put for another (one formula each side, other terms),
    with its position in the new text."""
    before = formulas(old)
    if len(before) != 1:
        return []
    after = formulas(new)
    if len(after) != 1 or before[0][2] == after[0][2]:
        return []
    return [(after[0][0], Flag(FlagKind.NUMBER, before[0][1], after[0][1]))]


def formula_terms(flags: list[tuple[int, Flag]]) -> set[str]:
    """The terms of the formulas of ``flags`` (those of :func:`exchange_flags`), as the
    quantity flags write a number ("1000" of "всех на всех" → "1000 на 1000"): the
    formula's flag already says what a quantity flag of them would."""
    terms = set()
    for _, flag in flags:
        for side in (flag.old, flag.new):
            found = _FORMULA.fullmatch(side)
            if found is not None:
                terms.add(found.group("term") or found.group("ja"))
    return terms


__all__ = ["exchange_flags", "formula_terms", "formulas"]
