"""Synthetic document pairs with known ground truth, for the engine benchmark and tests.

A seeded generator writes an "old" draft of N numbered points (about 50 words each, from a
Zipf-distributed vocabulary with treaty-like function words) and derives a "new" draft by
deleting, inserting, editing, moving, splitting and merging points; near-duplicate points
(copies of another point with a few words changed) are planted in the old draft. Insertions
and deletions renumber everything after them. The truth is the set of (old position, new
position) links: one per kept point, one per part of a split or merge.

Both drafts come out as plain text in the import format (``N. text`` one point per line), so
they go through ``plandiff import`` exactly as a user's drafts would.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

FUNCTION_WORDS = (
    "the", "of", "and", "to", "shall", "be", "in", "a", "by", "for", "with", "on", "parties",
    "party", "agreement", "all", "any", "its", "their", "this", "under", "not", "will", "from",
    "within", "after", "as", "at", "or", "must", "may", "each", "such", "an", "is",
)


@dataclass(frozen=True)
class Mix:
    """Share of points each operation touches."""

    delete: float = 0.05
    insert: float = 0.05
    edit: float = 0.25
    move: float = 0.03
    split: float = 0.02
    merge: float = 0.02
    near_duplicate: float = 0.05


@dataclass
class Pair:
    """A generated pair: texts of both drafts' points and the true links between them."""

    old: list[str]
    new: list[str]
    links: set[tuple[int, int]] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)

    def old_text(self) -> str:
        return as_draft(self.old, "Old draft")

    def new_text(self) -> str:
        return as_draft(self.new, "New draft")


def as_draft(points: list[str], title: str) -> str:
    """Points as a text draft in the import format."""
    lines = [f"# {title}", ""]
    lines.extend(f"{n}. {text}" for n, text in enumerate(points, start=1))
    return "\n".join(lines) + "\n"


class _Words:
    def __init__(self, rng: random.Random, size: int = 12_000) -> None:
        syllables = [c + v for c in "bcdfghjklmnprstvz" for v in "aeiou"] + ["ar", "en", "ol"]
        seen: set[str] = set(FUNCTION_WORDS)
        words: list[str] = []
        while len(words) < size:
            word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
            if word not in seen:
                seen.add(word)
                words.append(word)
        self.rng = rng
        self.content = words
        weights = [1.0 / (rank + 8) ** 1.05 for rank in range(size)]
        total = sum(weights)
        self.cumulative: list[float] = []
        running = 0.0
        for w in weights:
            running += w / total
            self.cumulative.append(running)

    def word(self) -> str:
        if self.rng.random() < 0.42:
            return self.rng.choice(FUNCTION_WORDS)
        x = self.rng.random()
        lo, hi = 0, len(self.cumulative) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cumulative[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return self.content[lo]

    def point(self, words: int) -> list[str]:
        out = [self.word() for _ in range(words)]
        if self.rng.random() < 0.3:  # numbers and quantities, as drafts have them
            out[self.rng.randrange(len(out))] = f"{self.rng.randint(2, 999) * 1000:,}"
        return out


def _sentence(words: list[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


def _edit(rng: random.Random, words_gen: _Words, words: list[str], share: float) -> list[str]:
    out = list(words)
    for _ in range(max(1, round(len(out) * share))):
        op = rng.random()
        at = rng.randrange(len(out))
        if op < 0.5:
            out[at] = words_gen.word()
        elif op < 0.75 and len(out) > 5:
            del out[at]
        else:
            out.insert(at, words_gen.word())
    return out


def generate(points: int, seed: int = 1, mix: Mix = Mix()) -> Pair:
    """An old/new pair of ``points`` old points with the true links between them."""
    rng = random.Random(seed)
    gen = _Words(rng)
    old_words: list[list[str]] = []
    for _ in range(points):
        if old_words and rng.random() < mix.near_duplicate:
            source = rng.choice(old_words)
            copy = list(source)
            for _ in range(rng.randint(2, 4)):
                copy[rng.randrange(len(copy))] = gen.word()
            old_words.append(copy)
        else:
            old_words.append(gen.point(rng.randint(35, 65)))

    # Items of the new draft: (list of old positions, words).
    items: list[tuple[tuple[int, ...], list[str]]] = []
    counts = {"deleted": 0, "inserted": 0, "edited": 0, "moved": 0, "split": 0, "merged": 0}
    i = 0
    while i < points:
        roll = rng.random()
        words = old_words[i]
        if roll < mix.delete:
            counts["deleted"] += 1
        elif roll < mix.delete + mix.split and len(words) >= 20:
            cut = rng.randint(len(words) // 3, 2 * len(words) // 3)
            first, second = words[:cut], words[cut:]
            if rng.random() < 0.5:
                second = _edit(rng, gen, second, 0.1)
            items.append(((i,), first))
            items.append(((i,), second))
            counts["split"] += 1
        elif roll < mix.delete + mix.split + mix.merge and i + 1 < points:
            merged = words + _edit(rng, gen, old_words[i + 1], 0.05)
            items.append(((i, i + 1), merged))
            counts["merged"] += 1
            i += 1
        elif roll < mix.delete + mix.split + mix.merge + mix.edit:
            items.append(((i,), _edit(rng, gen, words, rng.uniform(0.05, 0.3))))
            counts["edited"] += 1
        else:
            items.append(((i,), list(words)))
        if rng.random() < mix.insert:
            items.append(((), gen.point(rng.randint(35, 65))))
            counts["inserted"] += 1
        i += 1
    for _ in range(round(len(items) * mix.move)):
        src = rng.randrange(len(items))
        item = items.pop(src)
        items.insert(rng.randrange(len(items) + 1), item)
        counts["moved"] += 1

    pair = Pair(old=[_sentence(w) for w in old_words], new=[], counts=counts)
    for position, (sources, words) in enumerate(items):
        pair.new.append(_sentence(words))
        for origin in sources:
            pair.links.add((origin, position))
    return pair
