"""Why a pair was made, and how sure the aligner is: confidence and the shared terms.

Confidence, 0..1, is deterministic and explainable from the numbers the aligner already has:

- a declared link, the same id, or identical text: 1.0 (an author said so, or nothing changed);
- similarity: the cosine's share (full at :data:`FULL_SCORE`) times a margin factor, from
  :data:`TIE_FACTOR` when another free (or more weakly held) partner of either point scores the
  same, to 1 when the pair beats every alternative by :data:`FULL_MARGIN`: a pair that clearly
  beats every alternative is trusted, one that won by a hair is marked for review; a pair made
  only in the leftovers' pass is capped below the review line unless its score alone is
  convincing;
- containment (split, merge): the share of the whole the parts cover, full at
  :data:`FULL_COVERAGE`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import permutations

from plandiff._text import HAN, class_body
from plandiff.engine.align.concepts import ENTITY, NUMBER, SYNONYM
from plandiff.engine.align.tokens import STEM, kanji_kana_runs, reads_cjk, tokens
from plandiff.engine.align.types import Evidence
from plandiff.plans.entities import shipped_entities

FULL_SCORE = 0.5
"""A cosine from which the score part of the confidence is full."""
FULL_MARGIN = 0.15
"""A margin over the next-best partner from which the margin part is full."""
TIE_FACTOR = 0.35
FULL_COVERAGE = 0.8
LEFTOVER_CAP = 0.45
"""Confidence of a leftover pair whose score is below :data:`FULL_SCORE`: below the review
line, so a reviewer sees it."""
TERMS = 5
"""Shared terms shown per pair."""

_WORDS = re.compile(r"\w+")
_LATIN = re.compile(r"[A-Za-z0-9]+")
_CERTAIN = (Evidence.DECLARED, Evidence.ID, Evidence.TEXT)
_CONTAINMENT = Evidence.CONTAINMENT
"""Enum members read once (in Python 3.11 a read through the class runs the enum metaclass's
attribute hook): :func:`confidence` runs for every pair."""


def confidence(evidence: Evidence, score: float, alternative: float = 0.0, *,
               leftover: bool = False) -> float:
    """The confidence of a pair (see the module documentation), rounded to 3 places."""
    if evidence in _CERTAIN:
        return 1.0
    if evidence is _CONTAINMENT:
        return round(min(1.0, score / FULL_COVERAGE), 3)
    margin = max(0.0, score - alternative)
    value = min(1.0, score / FULL_SCORE) * (
        TIE_FACTOR + (1.0 - TIE_FACTOR) * min(1.0, margin / FULL_MARGIN))
    if leftover and score < FULL_SCORE:
        value = min(value, LEFTOVER_CAP)
    return round(value, 3)


def named_label(token: str) -> str:
    """A name or number token as a reader knows it: ``@nato`` → ``NATO`` (the entity's first
    English name), ``#800000000000`` → ``800,000,000,000``; a number in digits as written."""
    if token.startswith(ENTITY):
        for entity in shipped_entities():
            if entity.id == token[1:]:
                names = dict(entity.names)
                return (names.get("en") or entity.all_names() or (entity.id,))[0].replace("*", "")
        return token[1:]
    if token.startswith(NUMBER):
        value = token[1:]
        return f"{int(value):,}" if value.isdigit() else value
    return token


def surface_words(texts: Iterable[str], wanted: Iterable[str]) -> dict[str, str]:
    """Matching token → the first word of ``texts`` that gives it, for the ``wanted`` tokens
    only (for showing terms as a reader wrote them, not as stems)."""
    want = set(wanted)
    found: dict[str, str] = {}
    for text in texts:
        for word in _WORDS.findall(text):
            if word.isascii():  # the common case: tokens() of one ASCII word, inline
                key = word.lower()[:STEM]
                if key in want:
                    found.setdefault(key, word)
                continue
            parts = tokens(word)
            for token in parts:
                if token in want:
                    # A whole word for a word; a CJK bigram is its own surface, and a Latin
                    # word run into Japanese ("EUに加盟") is as written there.
                    found.setdefault(token, word if len(parts) == 1
                                     else _latin_surface(word, token))
        if len(found) == len(want):
            break
    return found


def _latin_surface(word: str, token: str) -> str:
    """The Latin letters of ``word`` that give ``token`` as written ("EU" in "EUに加盟" for
    ``eu``); ``token`` itself when none does (a CJK character pair)."""
    for run in _LATIN.finditer(word):
        if run.group().lower()[:STEM] == token:
            return run.group()
    return token


def top_terms(contributions: dict[str, float], surface: dict[str, str],
              limit: int = TERMS) -> tuple[str, ...]:
    """The ``limit`` tokens that contributed most, as surface words (ties: alphabetical)."""
    ranked = sorted(contributions.items(), key=lambda item: (-item[1], item[0]))
    out: list[str] = []
    said: set[str] = set()
    for token, weight in ranked:
        if weight <= 0:
            break
        word = surface.get(token, token)
        if len(word) < 2 and word.isascii():
            continue  # "s" of "Ukraine's" and the like say nothing to a reader
        if word[:1] == "0" and word.isdigit():
            continue  # "000" of "600,000" and "800,000": a piece of two different numbers
        key = _said_as(word)
        if word not in out and key not in said:
            out.append(word)
            said.add(key)
        if len(out) == limit:
            break
    return tuple(out)


def _said_as(term: str) -> str:
    """What a shown term says to a reader: a word and the synonym group or entity it stands
    in ("Sovereignty" and "≈sovereignty", "guarantees" and "≈guarantee", "Russia" and
    "@russia") say one thing, shown once; numbers are compared whole ("600,000" is not
"600,000,000")."""
    if term[:1] in (SYNONYM, ENTITY):
        term = term[1:]
    folded = term.casefold()
    return folded if any(ch.isdigit() for ch in folded) else folded[:STEM]


def _joined_terms(terms: Sequence[str], old_text: str, new_text: str) -> list[str]:
    """The shown terms, with the overlapping Chinese or Japanese character pairs the aligner
    matches on joined into the run both texts (folded: NFKC, case-folded) hold ("和評",
    "平和", "評議" → "平和評議"), in the place of the first: what a reader recognises as the
    shared word."""
    out = list(dict.fromkeys(terms))
    if not any(len(term) == 2 and reads_cjk(term) for term in out):
        return out
    joining = True
    while joining:
        joining = False
        for a, b in permutations(range(len(out)), 2):
            x, y = out[a], out[b]
            if x[-1] != y[0] or not reads_cjk(x + y):
                continue
            joined = x + y[1:]
            if joined in old_text and joined in new_text:
                out[min(a, b)] = joined
                del out[max(a, b)]
                joining = True
                break
    return out


def whole_terms(terms: Sequence[str], old_text: str, new_text: str) -> tuple[str, ...]:
    """The shown terms as a Japanese or Chinese reader knows them: each run of character
    pairs joined (:func:`_joined_terms`), then grown to the longest run of Han characters or
    Katakana around it that both texts hold ("事的" → "軍事的", "人拘" → "民間人拘束");
    a term with no letter or digit ("・") dropped, and one inside another shown term too. A
    lone kanji (a token of its own between kana: "取", "決" of 取り決め) is shown as the word
    of kanji and okurigana both texts hold around it (:func:`_okurigana_word`), or not at
    all. Only what is shown changes, never what paired. Terms in other scripts are kept as
    they are."""
    if not any(reads_cjk(term) for term in terms):
        return tuple(terms)
    old_folded, new_folded = (unicodedata.normalize("NFKC", t).casefold()
                              for t in (old_text, new_text))
    runs = kanji_kana_runs(old_folded)
    out: list[str] = []
    for term in _joined_terms(terms, old_folded, new_folded):
        if not any(ch.isalnum() for ch in term):
            continue
        if reads_cjk(term):
            term = max((_longest_around(run, term, new_folded) for run in runs if term in run),
                       key=len, default=term)
            if len(term) == 1 and _okurigana_words()[0].fullmatch(term) is not None:
                term = _okurigana_word(term, old_folded, new_folded)
                if not term:
                    continue
        if term not in out:
            out.append(term)
    return tuple(t for t in out if not any(t != u and t in u for u in out))


_WORD_REACH = 6
"""How far on either side of a lone kanji its word of kanji and okurigana is looked for."""
_PARTICLES = "はをのがにでともへやかよ"
"""Hiragana that stand after a noun as particles (核を, 米国は): never okurigana."""


@cache
def _okurigana_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(one kanji; a word of kanji and okurigana, two kanji or more: 取り決め, 受け取り,
    引き渡し; a kanji followed by a particle or no kana: a noun of its own), compiled on first
    use only."""
    han = class_body(HAN)
    okurigana = f"(?:(?![{_PARTICLES}])[\u3041-\u3096])"
    return (re.compile(f"[{han}]"),
            re.compile(f"[{han}]+(?:{okurigana}{{1,2}}[{han}]+)+{okurigana}?"),
            re.compile(f"[{han}](?!{okurigana})"))


def _okurigana_word(kanji: str, old: str, new: str) -> str:
    """What a reader knows a lone kanji as: the longest word of kanji and okurigana around
    it that both texts hold ("取" of 取り決め: 取り決め); the kanji itself when it stands as a
    noun of its own in both (核を, 核の: "nuclear"); else "" (a verb's stem, 受 of 受け取る
    against 受ける: nothing a reader recognises)."""
    word_pattern, noun_pattern = _okurigana_words()[1:]
    best = ""
    at = old.find(kanji)
    while at >= 0:
        for left in range(max(0, at - _WORD_REACH), at + 1):
            for right in range(min(len(old), at + _WORD_REACH + 1), at, -1):
                word = old[left:right]
                if (len(word) > len(best) and word in new
                        and word_pattern.fullmatch(word) is not None):
                    best = word
        at = old.find(kanji, at + 1)
    if best:
        return best
    if all(any(m.group() == kanji for m in noun_pattern.finditer(text)) for text in (old, new)):
        return kanji
    return ""


def _longest_around(run: str, term: str, other: str) -> str:
    """The longest stretch of ``run`` that holds ``term`` and that ``other`` holds too."""
    best = term
    start = run.find(term)
    while start >= 0:
        end = start + len(term)
        for left in range(start + 1):
            for right in range(len(run), end - 1, -1):
                if right - left <= len(best):
                    break
                if run[left:right] in other:
                    best = run[left:right]
                    break
        start = run.find(term, start + 1)
    return best


__all__ = ["confidence", "named_label", "surface_words", "top_terms",
           "whole_terms"]
