"""Inflected forms across two versions: "needs" in one and "need" in the other are one word.

The aligner cuts each word to its first :data:`~plandiff.engine.align.tokens.STEM` letters,
which never joins a short word with its plural or past ("need"/"needs", "mines"/"mined").
Stemming every word the same way cost more links than it found (session 39, measured):
"armed" and "arms" became one token on both sides of a pair, and merging forms that stand in
both versions blurs the weights of words a reader tells apart. So two forms are joined only
where the rewording shows: every stem of an English inflection (:func:`bare`) that one version
writes and the other never does, with another such stem that only the other version writes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

_VOWELS = frozenset("aeiouy")
_SOFT_DOUBLES = frozenset("lsz")
"""Doubled letters an inflection keeps ("called", "passing", "buzzing"): any other doubled
final letter was doubled by "-ed" or "-ing" ("stopped", "planning")."""


def bare(word: str) -> str:
    """An ASCII lower-case word (or stem) without its English inflection: plural or
    third-person "-s" and "-es" ("needs", "mines", "taxes"), "-ies" and "-ied" ("parties",
    "carried"), and the "-ed" and "-ing" of verbs ("looted", "mined", "mining", "stopped"),
    with the "e" those drop put back after a short stem ("mine"); a word too short for one
    is itself."""
    size = len(word)
    last = word[-1:]
    if last == "s":
        if size < 4 or word[-2] in "siu":  # "gas", "press", "this", "status"
            return word
        if word.endswith("ies") and size > 4:
            return word[:-3] + "y"
        if word.endswith("es") and (word[-3] in "xz" or word[-4:-2] in ("ch", "sh", "ss")):
            return word[:-2]
        return bare(word[:-1])  # "agrees" as "agreed", "buildings" as "building"
    if last == "d":
        if word.endswith("ied") and size > 4:
            return word[:-3] + "y"
        if word.endswith("eed"):  # "agreed" ("exceed" as "exceeds"), not "speed"
            return word[:-1] if size > 5 else word
        if not word.endswith("ed") or size < 5:
            return word
        return _verb_stem(word[:-2], word)
    if last == "g" and word.endswith("ing") and size > 5:
        return _verb_stem(word[:-3], word)
    return word


def _verb_stem(stem: str, word: str) -> str:
    """``stem``, what is left of ``word`` once "-ed" or "-ing" is dropped, as the verb
    reads: ``word`` itself when ``stem`` holds no vowel ("shed", "thing"), one letter less
    after a doubled consonant ("stopp"), an "e" put back after a short stem that ends
    consonant, vowel, consonant ("min", "bas")."""
    if _VOWELS.isdisjoint(stem):
        return word
    if len(stem) > 1 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS \
            and stem[-1] not in _SOFT_DOUBLES:
        return stem[:-1]
    if len(stem) == 3 and stem[0] not in _VOWELS and stem[1] in _VOWELS \
            and stem[2] not in _VOWELS and stem[2] not in "wxy":
        return stem + "e"
    return stem


def inflected_groups(stems: Sequence[str]) -> list[list[int]]:
    """The token ids of the ASCII word stems that :func:`bare` makes one, in groups of two
    or more (ids ascending), in order of their first id. Only a stem ending as an inflection
    does ("s", "d", "g") is looked at letter by letter; the others are found by their
    spelling alone."""
    index: dict[str, int] | None = None
    by_bare: dict[str, list[int]] = {}
    for stem in [s for s in stems if s[-1] in "sdg"]:
        key = bare(stem)
        if key == stem or not stem.isascii() or not stem.isalpha():
            continue
        if index is None:
            index = {s: t for t, s in enumerate(stems)}
        ids = by_bare.get(key)
        if ids is None:
            base = index.get(key)
            ids = by_bare[key] = [] if base is None else [base]
        ids.append(index[stem])
    return sorted(sorted(ids) for ids in by_bare.values() if len(ids) > 1)


def joins(groups: Iterable[list[int]], old: Collection[int],
          new: Collection[int]) -> dict[int, int]:
    """Token id → the id it joins (the smallest of its group that does): in each group,
    the ids held by the old version only and those held by the new version only, when there
    are both; an id both versions hold keeps its own."""
    joined: dict[int, int] = {}
    for ids in groups:
        only_old = [t for t in ids if t in old and t not in new]
        only_new = [t for t in ids if t in new and t not in old]
        if only_old and only_new:
            first = min(only_old[0], only_new[0])
            joined.update((t, first) for t in (*only_old, *only_new) if t != first)
    return joined


__all__ = ["bare", "inflected_groups", "joins"]
