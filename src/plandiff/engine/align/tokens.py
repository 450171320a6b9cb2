"""Matching tokens and text keys: words cut to a stem, CJK bigrams, letters-only keys,
positional ids and number labels."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache

from plandiff._text import CYRILLIC_LETTERS, HAN, HIRAGANA, KATAKANA, class_body, merged
from plandiff.plans.model import Point
from plandiff.typography import fold, is_folded

_HAN = class_body(HAN)
_HIRAGANA = class_body(HIRAGANA)
_KATAKANA = class_body(KATAKANA)
_CJK = _HAN + _HIRAGANA + _KATAKANA
_CJK_FROM = chr(HAN[0][0])
"""No Chinese or Japanese character comes before this one."""
STEM = 6
"""Words are cut to their first letters: a crude stemmer for any language that inflects at
the end of words ("guarantees"/"guaranteed", Ukrainian and Russian case endings)."""
_WORD = re.compile(rf"(\w{{1,{STEM}}})\w*")
_ASCII_NOT_WORD = str.maketrans({chr(c): " " for c in range(128)
                                 if not (chr(c).isalnum() or chr(c) == "_")})
r"""ASCII characters outside ``\w``, turned into spaces so that ``str.split`` finds the words."""


@cache
def _cjk_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(any CJK character, CJK-aware tokens): compiled on first use only, as their large
    character classes take tens of milliseconds to compile."""
    return (re.compile(f"[{_CJK}]"),
            re.compile(rf"(?P<han>[{_HAN}]+)|(?P<kata>[{_KATAKANA}]+)|(?P<hira>[{_HIRAGANA}]+)"
                       rf"|(?P<word>[^\W{_CJK}]+)"))


def kanji_kana_runs(folded: str) -> list[str]:
    """The runs of Han characters and of Katakana in a text folded as :func:`tokens` folds
    it (NFKC, case-folded): where a Chinese or Japanese word that the aligner matches on as
    character pairs stands whole ("軍事的", "ザポリージャ"); Hiragana runs (endings,
    particles) are not."""
    return [m.group() for m in _cjk_patterns()[1].finditer(folded)
            if m.lastgroup in ("han", "kata")]


_CJK_STARTS, _CJK_ENDS = zip(*merged(HAN, HIRAGANA, KATAKANA), strict=True)
"""The ranges of the characters of :func:`_cjk_patterns`' first pattern, for
:func:`reads_cjk`."""


def reads_cjk(text: str) -> bool:
    """True when :func:`tokens` reads ``text`` as Chinese or Japanese (its folded form holds a
    Han, Hiragana or Katakana character: what :func:`_cjk_patterns`' first pattern finds),
    without compiling those patterns. Every such character then stands in a token of its
    own script, so a text for which this is False shares none of its tokens."""
    if text.isascii():
        return False
    folded = unicodedata.normalize("NFKC", text).casefold()
    if max(folded, default="") < _CJK_FROM:
        return False
    for ch in folded:
        code = ord(ch)
        k = bisect_right(_CJK_STARTS, code) - 1
        if k >= 0 and code <= _CJK_ENDS[k]:
            return True
    return False


FUNCTION_WEIGHT = 0.2
"""Scale of a function word's weight ("the", "for", "shall"; Hiragana particles): in a short
document idf cannot tell them from content words, and pairs sharing only them are noise."""


ABSORB_MIN_TOKENS = 2
"""A sub-point shares at least this many distinct content tokens (not function words) with
the text it is folded into."""


def lone_han(token: str) -> bool:
    """True for a token that is one Han character standing alone between kana (the 受 of
    受け取る and of 受けずに): a verb's stem that many unrelated sentences share, too weak
    to count as a piece of evidence on its own (:func:`tokens` makes such a token of every
    one-character Han run)."""
    if len(token) != 1 or token < _CJK_FROM:
        return False
    code = ord(token)
    return any(start <= code <= end for start, end in HAN)


def _bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i:i + 2] for i in range(len(run) - 1)]


def tokens(text: str) -> list[str]:
    """Matching tokens: case-folded words cut to :data:`STEM` letters; in Chinese and
    Japanese, which have no spaces, overlapping character bigrams inside each run of one
    script (Han, Katakana), never across a script change, and each Hiragana run (particles
    and inflections) as one token."""
    if text.isascii():  # the common case, without Unicode normalisation or regex
        return [word[:STEM] for word in text.lower().translate(_ASCII_NOT_WORD).split()]
    folded = unicodedata.normalize("NFKC", text).casefold()
    if max(folded, default="") < _CJK_FROM:
        return _WORD.findall(folded)
    has_cjk, token_re = _cjk_patterns()
    if has_cjk.search(folded) is None:
        return _WORD.findall(folded)
    out: list[str] = []
    for match in token_re.finditer(folded):
        kind = match.lastgroup
        run = match.group()
        if kind == "word":
            out.append(run[:STEM])
        elif kind == "han":
            out.extend(_bigrams(run))
        else:  # a Katakana word (loanwords, foreign names), a Hiragana run
            out.append(run)
    return out


_COMPOUND = re.compile(r"\w+(?:[-\u2010\u2011]\w+)+")


def compounds(text: str) -> list[frozenset[str]]:
    """The tokens of each hyphenated compound of ``text`` ("free-trade", "Article-5-style"),
    a set a compound: its parts name one notion, not several."""
    return [parts for match in _COMPOUND.finditer(text)
            if len(parts := frozenset(tokens(match.group()))) > 1]


def matching_text(point: Point) -> str:
    """The text a point is matched on: title, text and every sub-point's, one per line."""
    if not point.points and not point.title:
        return point.text
    parts: list[str] = []
    for p in point.walk():
        if p.title:
            parts.append(p.title)
        parts.append(p.text)
    return "\n".join(parts)


_NOT_WORD = re.compile(r"[\W_]+")


_ASCII_FOLDED = tuple(c for c in map(chr, range(128)) if not is_folded(c))
"""The ASCII characters :func:`plandiff.typography.fold` changes (the backtick), as
:func:`plandiff.typography.is_folded` tells: each looked for with a substring search (quicker
than a regular expression's scan of a character class)."""


def exact_key(text: str) -> str:
    """The key of the exact-text pass: the text with typographic variants folded
    (:func:`plandiff.typography.fold`). A text folding leaves alone (most ASCII text, as
    :func:`plandiff.typography.is_folded` checks quickly) is its own key."""
    if text.isascii():
        for c in _ASCII_FOLDED:
            if c in text:
                return fold(text)
        return text
    return text if is_folded(text) else fold(text)


def _own_text(point: Point) -> str:
    return f"{point.title}\n{point.text}" if point.title else point.text


PREFIX = 24
"""Most letters and digits a numbering prefix ("Article 12", "第十二条") can hold."""


def _coarse(letters: str) -> str:
    """A key equal for any two texts whose ``normalise`` keys are equal (but not only them):
    the tail of their letters and digits, which no numbering prefix, case, punctuation or
    spacing can change (``""`` for short texts)."""
    return letters[-32:] if len(letters) >= 64 else ""


def _may_be_equal(a: str, b: str) -> bool:
    """False when two letter strings cannot be equal once a numbering prefix is dropped."""
    common = min(len(a), len(b)) - PREFIX
    if common <= 0:
        return True
    return abs(len(a) - len(b)) <= PREFIX and a[-common:] == b[-common:]


_ASCII_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())


def alnum(text: str) -> str:
    """The letters and digits of a text, case-folded (NFKC first)."""
    if text.isascii():  # the same, without Unicode normalisation or regex (bytes are quickest)
        if text.isalnum():  # letters and digits only (most ids and numbers): nothing to drop
            return text.lower()
        return text.encode("ascii").lower().translate(None, _ASCII_NOT_ALNUM).decode("ascii")
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def positional_ids(points: Sequence[Point]) -> bool:
    """True when the ids only restate the numbers (``p6`` for point 6, ``art-6-a``...).

    Such ids (made by ``plandiff import``, or by hand after the numbering) name a position, not
    a clause: after renumbering, the same id names a different clause, so the id pass must not
    trust them. At least 80 % of the points must look like that.
    """
    if not points:
        return False
    need = -(-len(points) * 4 // 5)  # ceil(80 %)
    spare = len(points) - need  # points that may look otherwise
    for point in points:
        ident, number = alnum(point.id), alnum(point.number)
        if number and ident.endswith(number) and len(ident) - len(number) <= 4:
            need -= 1
            if need <= 0:
                return True  # decided: the rest cannot change it
        else:
            spare -= 1
            if spare < 0:
                return False
    return need <= 0


_LONE_CYRILLIC = re.compile(r"(?<![^\W\d_])[а-яіїєґ](?![^\W\d_])")
"""A Cyrillic letter standing alone in a label: a sub-point's letter (``10(в)``)."""


def _latin_letter(match: re.Match[str]) -> str:
    """The Latin letter in the place of a Cyrillic sub-point letter in its alphabet (the
    Russian one first, where both have it)."""
    letter = match.group()
    for alphabet in CYRILLIC_LETTERS:
        place = alphabet.find(letter)
        if 0 <= place < 26:
            return chr(ord("a") + place)
    return letter


_SUB_PLACE = re.compile(r"(?P<head>.+?)(?:\((?P<mark>[a-z]|[0-9]{1,3})\)|\.(?P<digits>[0-9]{1,3}))")
"""A sub-point's number: its parent's, then its letter or number in brackets (``10(a)``,
``10(1)``) or after a point (``10.1``, as bullets are numbered in order)."""


@lru_cache(maxsize=65536)
def number_key(number: str) -> str:
    """A number label as compared for renumbering: NFKC, case-folded, brackets and dots
    dropped ("(a)" and "a)" are the same label); a sub-point's Cyrillic letter is the Latin
    letter in its place, as a translation letters it ("10(в)" is "10(c)"), and a sub-point
    is its parent and its place, however the place is written ("10(a)", "10(1)" and "10.1",
    the number bullets get in order, are the first sub-point of 10)."""
    folded = unicodedata.normalize("NFKC", number).strip().casefold()
    if not folded.isascii():
        folded = _LONE_CYRILLIC.sub(_latin_letter, folded)
    sub = _SUB_PLACE.fullmatch(folded)
    if sub is not None:
        mark = sub.group("mark") or sub.group("digits")
        place = int(mark) if mark.isdigit() else ord(mark) - ord("a") + 1
        return f"{sub.group('head')}/{place}"
    return folded.strip("().:;,-–— \t")

