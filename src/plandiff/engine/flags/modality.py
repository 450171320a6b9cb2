"""Modals: shall, may, must ..., in English, Japanese, Ukrainian and Russian, and their key.

Each modal's key is the English modal it stands for ("shan't" and "ものとする" are "shall not"
and "shall"); a modal word that is a noun ("the will of the people") is none.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from plandiff.engine.flags.patterns import ASCII_WORDCH, LB, RB, WORDCH, Lazy, compiled, prefix_tree
from plandiff.engine.stopwords import is_function_word

_EN_MODALS = {
    "shall not": "shall not", "shan't": "shall not", "shall": "shall",
    "will not": "will not", "won't": "will not", "will": "will",
    "must not": "must not", "mustn't": "must not", "must": "must",
    "should not": "should not", "shouldn't": "should not", "should": "should",
    "may not": "may not", "may": "may",
    "cannot": "cannot", "can not": "cannot", "can't": "cannot", "can": "can",
    "could not": "could not", "couldn't": "could not", "could": "could",
    "would not": "would not", "wouldn't": "would not", "would": "would",
    "might": "might", "ought to": "should",
    # "is to be held": an obligation, as "shall be held" is (not "the aim is to end"); a
    # key of its own, the same as "shall" when one is put for the other, but no flag alone
    # (a press text says "is to be held" where a draft says "is held")
    "is to be": "be to", "are to be": "be to", "is not to be": "be to not",
    "are not to be": "be to not",
    # and before a verb: "Thailand is to hand back the soldiers" (not "the aim is to end
    # the war", nor "the road is to the north": :func:`not_an_obligation`)
    "is to": "be to", "are to": "be to", "is not to": "be to not", "are not to": "be to not",
    "is expected to": "be expected to", "are expected to": "be expected to",
    "is obliged to": "be obliged to", "are obliged to": "be obliged to",
    "is obligated to": "be obliged to", "are obligated to": "be obliged to",
    "is required to": "be required to", "are required to": "be required to",
    "is encouraged to": "be encouraged to", "are encouraged to": "be encouraged to",
    # entitled to: the right "has the right to" confers, in other words
    "is entitled to": "have the right to", "are entitled to": "have the right to",
    "is allowed to": "be allowed to", "are allowed to": "be allowed to",
    "is permitted to": "be permitted to", "are permitted to": "be permitted to",
    "is prohibited from": "be prohibited from", "are prohibited from": "be prohibited from",
    "has the right to": "have the right to", "have the right to": "have the right to",
    "agrees to": "agree to", "agree to": "agree to",
    "commits to": "commit to", "commit to": "commit to",
    "undertakes to": "undertake to", "undertake to": "undertake to",
    "intends to": "intend to", "intend to": "intend to",
    "seeks to": "seek to", "seek to": "seek to",
    "endeavours to": "endeavour to", "endeavour to": "endeavour to",
    "endeavors to": "endeavour to", "endeavor to": "endeavour to",
    # an effort promised in the future tense is the effort, not "will" ("will seek to"), and
    # striving or aiming to is seeking to
    **{f"{tense} {verb} to": key for tense in ("will", "shall", "would")
       for verb, key in (("seek", "seek to"), ("strive", "seek to"), ("aim", "seek to"),
                         ("endeavour", "endeavour to"), ("endeavor", "endeavour to"))},
    "strives to": "seek to", "strive to": "seek to", "aims to": "seek to",
    **{f"{verb} {effort} to": "endeavour to"
       for verb in ("will make", "shall make", "make", "makes")
       for effort in ("every effort", "best efforts", "its best efforts", "their best efforts")},
    "will do its utmost to": "endeavour to", "will do their utmost to": "endeavour to",
    "is committed to": "commit to", "are committed to": "commit to",
    "pledges to": "commit to", "pledge to": "commit to",
}
_JA_MODALS = {
    "しなければならない": "must", "なければならない": "must", "ねばならない": "must",
    "なくてはならない": "must", "義務を負う": "must",
    "してはならない": "must not", "てはならない": "must not", "ではならない": "must not",
    "するものとする": "shall", "ものとする": "shall",
    "することができない": "cannot", "ことができない": "cannot", "できない": "cannot",
    # the continuative form ("加盟することができ、…を得る"), and its negative
    "することができず": "cannot", "ことができず": "cannot", "できず": "cannot",
    "することができ": "may", "ことができ": "may",
    "することができる": "may", "ことができる": "may", "できる": "may",
    "してもよい": "may", "てもよい": "may", "ても良い": "may",
    "すべきである": "should", "べきである": "should", "すべき": "should", "べき": "should",
    # "it is necessary to" (必要がある), "cannot but" (ざるを得ない): an obligation
    "する必要がある": "must", "必要がある": "must", "ざるを得ない": "must", "ざるをえない": "must",
    # "it is all right to" (ても構わない, ても差し支えない): a permission
    "ても構わない": "may", "てもかまわない": "may", "ても差し支えない": "may",
    # a hedge on the act: it might happen (かもしれない, かねない, 可能性がある, 恐れがある)
    "かもしれない": "might", "かもしれません": "might", "かねない": "might",
    "可能性がある": "might", "恐れがある": "might", "おそれがある": "might",
    "努めるものとする": "endeavour to", "努める": "endeavour to", "努力する": "endeavour to",
    # a promise (約束する: undertakes to) and an aim (目指す: aims at, a noun or an act;
    # put for a promise it flags, alone it is no hedge: 調達を目指す is the plan's goal)
    "ことを約束する": "undertake to", "約束する": "undertake to", "目指す": "aim at",
    "期待される": "be expected to", "予定である": "be scheduled to",
    # a prohibition said of the act: 変えることを禁じる = 変えてはならない
    # (any form: 禁じる, 禁じ、, 禁じている)
    "ことを禁じ": "must not", "ことを禁止": "must not", "ことは禁じられ": "must not",
    "ことは禁止され": "must not", "ことが禁じられ": "must not", "ことが禁止され": "must not",
}
_CYR_MODALS = {
    **dict.fromkeys(("повинен", "повинна", "повинно", "повинні", "должен", "должна", "должно",
                     "должны"), "must"),
    **dict.fromkeys(("не повинен", "не повинна", "не повинно", "не повинні", "не должен",
                     "не должна", "не должно", "не должны"), "must not"),
    **dict.fromkeys(("зобов'язаний", "зобов'язана", "зобов'язане", "зобов'язані", "обязан",
                     "обязана", "обязано", "обязаны"), "be obliged to"),
    **dict.fromkeys(("може", "можуть", "может", "могут"), "may"),
    **dict.fromkeys(("не може", "не можуть", "не может", "не могут"), "cannot"),
    # "не вправе" / "не має права": no right to, a prohibition
    **dict.fromkeys(("не вправе", "не вправі", "не имеет права", "не имеют права",
                     "не має права", "не мають права"), "may not"),
    # "вправе" / "вправі" is "имеет право" / "має право" in one word
    **dict.fromkeys(("має право", "мають право", "имеет право", "имеют право", "вправе",
                     "вправі"), "have the right to"),
    **dict.fromkeys(("обязуется", "обязуются", "зобов'язується", "зобов'язуються"),
                    "undertake to"),
    **dict.fromkeys(("соглашается", "соглашаются", "погоджується", "погоджуються"),
                    "agree to"),
    # an intention and an effort, what a commitment is softened to ("обязуется" → "намерена")
    **dict.fromkeys(("намерен", "намерена", "намерено", "намерены", "намеревается",
                     "намереваются", "має намір", "мають намір"), "intend to"),
    **dict.fromkeys(("стремится", "стремятся", "прагне", "прагнуть"), "seek to"),
    # advice: "следует" / "слід" (+ infinitive) is "should"
    **dict.fromkeys(("следует", "слід"), "should"),
    **dict.fromkeys(("не следует", "не слід"), "should not"),
}
"""Ukrainian and Russian modals, lowercase, with the English modal each stands for."""


@cache
def modal_alternatives(ascii_only: bool) -> tuple[str, ...]:
    """The English, Ukrainian and Russian modals as one alternation between word bounds,
    written as a prefix tree (:func:`prefix_tree`). For an ASCII text (``ascii_only``): no
    Ukrainian or Russian modal (each has a Cyrillic letter), ``WORDCH`` as its ASCII
    characters (the same class on such a text); the same matches, in about half the time
    to compile. Each is built on first use, not at import: writing both trees costs about
    2.6 ms, and a diff of English texts needs only the ASCII one."""
    if ascii_only:
        return (LB.replace(WORDCH, ASCII_WORDCH) + prefix_tree(_EN_MODALS)
                + RB.replace(WORDCH, ASCII_WORDCH),)
    return (LB + prefix_tree({**_EN_MODALS, **_CYR_MODALS}) + RB,)


MODAL_JA = [
    # not "indispensable" (欠かすことのできない: "that one cannot do without")
    # nor "as ... as possible" (できるだけ, できる限り: できるだけ早く is "as soon as possible")
    "(?<!欠かすことの)(?<!欠くことの)(?:"
    + "|".join(re.escape(m) for m in sorted(_JA_MODALS, key=lambda m: (-len(m), m)))
    + ")(?!だけ|限り|かぎり)",
    # plain Japanese sentence endings: する (will) / しない (will not)
    r"(?:しない|する)(?=[。．.]|\s*$)",
]


@cache
def modal_pattern(ascii_only: bool) -> re.Pattern[str]:
    return compiled(modal_alternatives(ascii_only), True)


MODAL_FIRSTS = frozenset(modal.split()[0].split("'")[0].encode() for modal in _EN_MODALS)
"""The first word of each English modal ("shall", "shan" of "shan't", "is" of "is expected
to"): in an ASCII text every modal starts at a whole run of ASCII letters that is one of
them (a modal starts a word and its first word ends at a blank, an apostrophe or the end of
the word)."""
_NOUN_MAKERS = ("the", "a", "political", "good", "free", "own", "his", "her", "their", "its",
                "of", "popular")
_NOT_A_MODAL = Lazy(rf"(?:\b(?:{'|'.join(_NOUN_MAKERS)})\s+$)")
"""A modal word that is a noun ("the will of the people"), searched before it."""


def noun_before(lowered: str, start: int) -> bool:
    """Whether ``_NOT_A_MODAL`` matches in ``lowered[max(0, start - 20):start]`` (a search
    with those bounds), tried only when that window, its blanks at the end stripped, ends
    with one of ``_NOUN_MAKERS``: every match is such a word and blanks to the end (a cheap
    test in C first; most modals follow another word)."""
    window = max(0, start - 20)
    return (lowered[window:start].rstrip().endswith(_NOUN_MAKERS)
            and _NOT_A_MODAL.search(lowered, window, start) is not None)


_AIM_NOUNS = ("aim", "aims", "goal", "goals", "purpose", "objective", "objectives", "task",
              "idea", "intention", "point", "plan", "priority", "challenge", "role", "job",
              "mission", "hope", "ambition", "step", "answer", "way", "option", "rule",
              "approach", "question", "problem", "solution", "alternative", "need", "wish",
              "strategy", "proposal", "demand", "request", "first", "next", "only", "best",
              "object", "function", "intent", "target", "vision", "focus")
"""Nouns that "is to" follows as a copula ("the aim is to end the war"): what is named, not
an obligation."""
_AIM_BEFORE = Lazy(rf"\b(?:{'|'.join(_AIM_NOUNS)})(?:\s+of\s+(?:the\s+|this\s+|these\s+)?"
                   r"[\w'’-]+(?:\s+[\w'’-]+)?)?\s+$")
"""A noun of aim right before "is to", or with what it is the aim of ("the aim of the
parties is to")."""
_WORD_AFTER = Lazy(r"\s+([a-z]+)\b")
"""The word after "is to", in lower case: a verb, or something else ("is to the north", "is
to Kyiv": no lower-case word)."""
_WHOLE = 64
"""Function words are compared whole (``is_function_word`` cuts to this many letters)."""


def not_an_obligation(lowered: str, text: str, start: int, end: int) -> bool:
    """Whether "is to" (or "are to", "is not to") at ``lowered[start:end]`` is no obligation:
    after a noun of aim (:data:`_AIM_BEFORE`: "the aim is to end the war"), or before no
    lower-case word or before a function word, which no verb is ("the road is to the
    north", "is to Kyiv", "is to all")."""
    word = _WORD_AFTER.match(text, end)
    return (word is None or is_function_word(word.group(1), _WHOLE)
            or _AIM_BEFORE.search(lowered, max(0, start - 40), start) is not None)


_IF_BEFORE = Lazy(r"\b(?:if|unless|in\s+case)\s+(?:[\w'’-]+\s+){1,4}$")
"""A condition opened right before a modal, its subject between ("if Ukraine should")."""


def conditional(lowered: str, start: int) -> bool:
    """Whether the "should" at ``lowered[start:]`` states a condition ("if Ukraine should
    become a victim": if it becomes one), not advice: "if", "unless" or "in case" and at
    most four words before it, no punctuation between."""
    if not lowered.startswith("should", start):
        return False
    window = lowered[max(0, start - 40):start]
    # a substring test first (in C): most "should"s follow no condition
    return ("if " in window or "unless " in window or "case " in window) and _IF_BEFORE.search(
        lowered, max(0, start - 40), start) is not None


@lru_cache(maxsize=4096)
def modal_key(text: str) -> str:
    folded = " ".join(text.replace("\u2019", "'").split()).casefold()
    if folded in _EN_MODALS:
        return _EN_MODALS[folded]
    if folded in _CYR_MODALS:
        return _CYR_MODALS[folded]
    if text in _JA_MODALS:
        return _JA_MODALS[text]
    return {"する": "will", "しない": "will not"}.get(text, folded)


__all__ = ["MODAL_FIRSTS", "MODAL_JA", "conditional", "modal_alternatives", "modal_key",
           "modal_pattern", "not_an_obligation", "noun_before"]
