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
from itertools import permutations

from plandiff.engine.align.concepts import ENTITY, NUMBER
from plandiff.engine.align.tokens import STEM, reads_cjk, tokens
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
            for token in tokens(word):
                if token in want:
                    # A whole word for a word; a CJK bigram is its own surface.
                    found.setdefault(token, word if len(tokens(word)) == 1 else token)
        if len(found) == len(want):
            break
    return found


def top_terms(contributions: dict[str, float], surface: dict[str, str],
              limit: int = TERMS) -> tuple[str, ...]:
    """The ``limit`` tokens that contributed most, as surface words (ties: alphabetical)."""
    ranked = sorted(contributions.items(), key=lambda item: (-item[1], item[0]))
    out: list[str] = []
    for token, weight in ranked:
        if weight <= 0:
            break
        word = surface.get(token, token)
        if len(word) < 2 and word.isascii():
            continue  # "s" of "Ukraine's" and the like say nothing to a reader
        if word not in out:
            out.append(word)
        if len(out) == limit:
            break
    return tuple(out)


def joined_terms(terms: Sequence[str], old_text: str, new_text: str) -> list[str]:
    """The shown terms, with the overlapping Chinese or Japanese character pairs the aligner
    matches on joined into the run both texts hold ("和評", "平和", "評議" → "平和評議"), in
    the place of the first: what a reader recognises as the shared word."""
    out = list(dict.fromkeys(terms))
    if not any(len(term) == 2 and reads_cjk(term) for term in out):
        return out
    old_text, new_text = (unicodedata.normalize("NFKC", t).casefold()
                          for t in (old_text, new_text))
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


__all__ = ["confidence", "joined_terms", "named_label", "surface_words", "top_terms"]
