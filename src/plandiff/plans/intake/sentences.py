"""Where a sentence or a clause ends, one rule for every part of the intake that asks.

A sentence ends with ``. ! ?`` or their Japanese and full-width forms; a clause also with
``; :``. Closing brackets and quotation marks after the mark (``…agreed.)``, ``…line.”``)
do not hide it, and do not end anything themselves: ``[the 2022 map]`` ends where ``map``
does, which is nowhere. An ellipsis ends a sentence, unless the next line goes on in
small letters (``at sea …`` / ``and in the air``): then it was a pause in it. Japanese and
Chinese have no small letters: there a sentence goes on after an ideographic comma
(``監視団が、`` / ``接触線を…``).
"""

from __future__ import annotations

from plandiff.plans.intake.lines import UNSPACED_CHAR

__all__ = ["CLAUSE_END", "CLOSERS", "ELLIPSIS", "SENTENCE_END", "ends_clause", "ends_open",
           "ends_sentence", "goes_on_across", "opens_sentence", "runs_on", "runs_on_named"]

SENTENCE_END = ".!?。．！？؟۔"
"""The marks that end a sentence."""
CLAUSE_END = SENTENCE_END + ";:；：؛"
"""The marks that end a clause or a sentence (a lead-in's colon, a list item's semicolon)."""
CLOSERS = ")]）」』”»\"'’"
"""Closing brackets and quotation marks: they may follow the mark that ends a sentence."""
ELLIPSIS = "…"
_IDEOGRAPHIC_COMMAS = "、，"


def _last_mark(text: str) -> str:
    return text.rstrip().rstrip(CLOSERS + " ")[-1:]


def ends_sentence(text: str) -> bool:
    """Whether ``text`` finishes a sentence (``…signature.``, ``…agreed.)``, ``…する。」``,
    ``…points …``)."""
    return _last_mark(text) in SENTENCE_END + ELLIPSIS if text.strip() else False


def ends_clause(text: str) -> bool:
    """Whether ``text`` finishes a clause or a sentence (a colon or semicolon too)."""
    return _last_mark(text) in CLAUSE_END + ELLIPSIS if text.strip() else False


def runs_on(before: str, after: str) -> bool:
    """Whether ``after`` continues the sentence of ``before``: ``before`` ends no clause
    (an ellipsis aside) and ``after`` goes on in small letters."""
    if not before.strip():
        return False
    mark, first = _last_mark(before), after.lstrip()[:1]
    if mark in _IDEOGRAPHIC_COMMAS:
        return UNSPACED_CHAR.match(first) is not None and first not in "「『（【"
    return mark not in CLAUSE_END and first.islower()


def runs_on_named(before: str, after: str) -> bool:
    """Whether ``after`` may continue the sentence of ``before`` though it opens with a
    capital (a name: ``…four hundred monitors,`` / ``United Nations staff included, …``):
    only when ``before`` ends with a comma, which ends no sentence. Weaker than
    :func:`runs_on`: read only across a quotation set in the middle of the sentence."""
    return before.rstrip()[-1:] == "," and after.lstrip()[:1].isupper()


_OPEN_WORDS = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "between",
    "and", "or",
    "its", "their", "this", "that", "these", "those",
    "в", "во", "на", "с", "со", "к", "по", "о", "об", "для", "от", "до", "из", "и", "или",
    "у", "з", "із", "зі", "від", "та", "і", "й", "чи",
})
"""Articles, prepositions and conjunctions (English, Russian, Ukrainian): a line ending
with one has the rest of its phrase after it (``The`` / ``United States shall …``)."""


def ends_open(text: str) -> bool:
    """Whether ``text`` ends with a word that its phrase goes on after (an article, a
    preposition, a conjunction): what follows it is the same sentence, a name with a capital
    too, never a caption or box set in the middle (``2. The`` / ``United States shall …``)."""
    words = text.split()
    return bool(words) and words[-1].casefold() in _OPEN_WORDS


def goes_on_across(before: str, after: str) -> bool:
    """Whether ``after`` continues the sentence of ``before`` across a quotation or caption
    set between them: it goes on in small letters, or with a name after a comma
    (:func:`runs_on_named`)."""
    return after.lstrip()[:1].islower() or runs_on_named(before, after)


def opens_sentence(text: str) -> bool:
    first = text.lstrip("\"'“‘«„(（【「『").strip()[:1]
    return bool(first) and not first.islower()
