"""Word ids of many texts at once, with numpy: each word cut to its stem, stems numbered in
order of first appearance (what :func:`plandiff.engine.align.vectors._vectorise` does one word
at a time for smaller inputs).

An ASCII word's stem (its first :data:`~plandiff.engine.align.tokens.STEM` letters, digits or
underscores, lower-cased) is packed into one integer, its bytes from the highest place down,
so that every stem has its own key and the words of all ASCII texts are read in one pass over
one buffer; a non-ASCII text's stems (:func:`~plandiff.engine.align.tokens.tokens`) get their
keys one by one (an ASCII stem the same key as in an ASCII text, any other a negative one).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from plandiff.engine.align.tokens import STEM, tokens

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

NUMPY_CHARS = 1_000_000
"""From this many characters of distinct texts on, :func:`_vectorise` reads the words with
numpy (:func:`word_ids`). Its import costs ~0.28 G instructions once per process; inputs this
large (some 2,500 points) almost always bring the candidate search past its pure-Python limit
too, which imports numpy anyway. On the 5,000-point synthetic pair (2.0 million characters)
the numpy reading saved ~0.35 G instructions besides the import (cachegrind)."""

_ASCII_WORD = bytes(ord(chr(c).lower()) if c < 128 and (chr(c).isalnum() or c == 0x5F) else 0
                    for c in range(256))


_BASE = 38
_ASCII_KEYS: int = _BASE ** STEM
"""Keys below this are ASCII stems'."""
"""Codes of a stem's bytes: 0 for none (past its end), then digits, the underscore and the
lower-case letters; a stem of :data:`~plandiff.engine.align.tokens.STEM` such codes is a
number below ``_BASE ** STEM`` (about 3.0e9, under 2 ** 32)."""
_CODE = bytes(0 if c == 0 else 1 + "0123456789_abcdefghijklmnopqrstuvwxyz".index(chr(c))
              for c in _ASCII_WORD)
"""Byte → the code of its lower-case form for a word byte (ASCII letter, digit, underscore),
else 0: what ``bytes.lower`` then the aligner's translate table keep of an ASCII text."""
_LETTERS = "\0" + "0123456789_abcdefghijklmnopqrstuvwxyz"
_INDEX_BITS = 26
"""A word's place in all the words is packed below its stem's key (up to 2 ** 26 words, with
keys below 2 ** 37) so that one sort of plain integers orders the words by key, then place."""


def _key(stem: str, others: dict[str, int]) -> int:
    """The key of a stem: its ASCII letters' codes as the digits of a number in base
    ``_BASE`` (the first the highest), or a number of its own from ``_BASE ** STEM`` on for a
    stem with a character beyond ASCII."""
    if stem.isascii():
        key = 0
        for ch in stem.ljust(STEM, "\0"):
            key = key * _BASE + _LETTERS.index(ch)
        return key
    found = others.get(stem)
    if found is None:
        found = others[stem] = _ASCII_KEYS + len(others)
    return found


def _ascii_keys(texts: Sequence[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64],
                                               npt.NDArray[np.int64]]:
    """(the stem key of every word of ``texts``, all ASCII, in order; where each text's words
    begin in that list, and its end; the positions of the texts holding a digit): the texts
    joined by a line break (no word byte) and read as one buffer."""
    import numpy as np

    from plandiff.engine.align.npsets import unique_sorted

    joined = "\n".join(texts).encode("ascii").translate(_CODE) + bytes(STEM)
    low = np.frombuffer(joined, dtype=np.uint8)
    word = low != 0
    starts = np.flatnonzero(word[1:] & ~word[:-1]) + 1
    if word[0]:
        starts = np.concatenate([np.zeros(1, dtype=np.int64), starts])
    # A word's bytes are not 0 and the byte after its last is: the k-th byte belongs to the
    # stem while every byte up to it is not 0.
    keys = low[starts].astype(np.int64)
    inside = keys != 0
    for k in range(1, STEM):
        byte = low[starts + k].astype(np.int64)
        inside &= byte != 0
        byte *= inside
        keys *= _BASE
        keys += byte
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    offsets = np.cumsum(lengths + 1) - lengths - 1
    bounds = np.searchsorted(starts, np.append(offsets, len(joined)))
    digits = np.flatnonzero((low >= _CODE[0x30]) & (low <= _CODE[0x39]))
    with_digits = unique_sorted(np.searchsorted(offsets, digits, side="right") - 1)
    return keys, bounds, with_digits


def _first_appearance(keys: npt.NDArray[np.int64]) -> tuple[
        npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64],
        npt.NDArray[np.int64]]:
    """(each key's number among the distinct keys, numbered in order of first appearance;
    the distinct keys in that order; the words' numbers in key order, and their places in
    that order: ascending within each key)."""
    import numpy as np

    from plandiff.engine.align.npsets import run_mask

    if not len(keys):
        return keys, keys, keys, keys
    packed = keys << _INDEX_BITS
    packed |= np.arange(len(keys), dtype=np.int64)
    packed.sort()  # by key, then place: each key's first place comes first
    ordered = packed >> _INDEX_BITS
    place = packed & ((1 << _INDEX_BITS) - 1)
    new = run_mask(ordered)
    starts = np.flatnonzero(new)
    order = np.argsort(place[starts])  # the first places are distinct
    rank = np.empty(len(starts), dtype=np.int64)
    rank[order] = np.arange(len(starts), dtype=np.int64)
    number = np.empty(len(keys), dtype=np.int64)
    by_key = rank[np.cumsum(new) - 1]
    number[place] = by_key
    return number, ordered[starts][order], by_key, place


class Words:
    """The words of some texts as token ids (:func:`word_ids`)."""

    def __init__(self, number: npt.NDArray[np.int64], bounds: npt.NDArray[np.int64],
                 stems: list[str], digits: frozenset[int],
                 by_token: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]) -> None:
        self.digits = digits
        """The positions of the texts that may hold a digit: the ASCII texts holding an ASCII
        digit, and every other text."""
        self._by_token = by_token
        """(every word's token id, its place in ``_number``), the words ordered by token
        (in no order of ids) and by place within a token: the order in which
        :func:`_first_appearance` numbered them."""
        self._number = number
        """Every word's token id, text after text."""
        self._bounds = bounds
        """Where each text's words begin in ``_number``, then its length."""
        edges = bounds.tolist()
        flat = number.tolist()
        self.ids = [flat[a:b] for a, b in pairwise(edges)]
        """Each text's words' token ids."""
        self.stems = stems
        """Token id → stem."""

    def _text_of_word(self) -> npt.NDArray[np.int64]:
        import numpy as np

        return np.repeat(np.arange(len(self.ids), dtype=np.int64), np.diff(self._bounds))

    def places(self, tokens: Collection[int]) -> dict[int, list[int]]:
        """Text position → where ``tokens`` stand among its words (ascending), for the texts
        holding any."""
        import numpy as np

        if not tokens or not len(self._number):
            return {}
        wanted = np.zeros(len(self.stems), dtype=np.bool_)
        wanted[np.fromiter(tokens, dtype=np.int64, count=len(tokens))] = True
        at = np.flatnonzero(wanted[self._number])
        texts = np.searchsorted(self._bounds, at, side="right") - 1
        found: dict[int, list[int]] = {}
        for text, place in zip(texts.tolist(), (at - self._bounds[texts]).tolist(),
                               strict=True):
            if text in found:
                found[text].append(place)
            else:
                found[text] = [place]
        return found

    def held(self, times: Sequence[int]) -> list[int]:
        """Token id → the sum of ``times[k]`` over the texts ``k`` holding it (each text
        counted once however often it holds the token): with ``times`` how many points have
        each text, how many points hold each token."""
        import numpy as np

        from plandiff.engine.align.npsets import run_mask

        width = len(self.stems)
        if not width:
            return []
        # The words by token, then place, so each token's texts come in ascending order:
        # a word is its text's first for its token where the token or the text changes.
        token, place = self._by_token
        text = self._text_of_word()[place]
        first = run_mask(token)
        first[1:] |= text[1:] != text[:-1]
        weights = np.asarray(times, dtype=np.int64)[text[first]]
        counts: list[int] = np.bincount(token[first], weights=weights,
                                        minlength=width).astype(np.int64).tolist()
        return counts


def worth_it(chars: int) -> bool:
    """True when texts of ``chars`` characters in all are best read by :func:`word_ids`: from
    :data:`NUMPY_CHARS` on, and below ``2 ** 26`` characters (so that a word's place packs
    below its key)."""
    return NUMPY_CHARS <= chars < 1 << _INDEX_BITS


def word_ids(texts: Sequence[str]) -> Words:
    """The words of ``texts``: the ids and stems ``_WordIds`` gives them in this order (stems
    numbered in order of first appearance; the words of an ASCII text as ``_raw_tokens`` cuts
    them, of any other text as :func:`tokens` does)."""
    import numpy as np

    ascii_texts = [text for text in texts if text.isascii()]
    keys, bounds, with_digits = _ascii_keys(ascii_texts) if ascii_texts else (
        np.zeros(0, dtype=np.int64), np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int64))
    others: dict[str, int] = {}
    digits = set(with_digits.tolist())
    if len(ascii_texts) != len(texts):  # the non-ASCII texts' keys in their places
        pieces: list[npt.NDArray[np.int64]] = []
        k = 0
        ascii_digits, digits = digits, set()
        for position, text in enumerate(texts):
            if text.isascii():
                pieces.append(keys[bounds[k]:bounds[k + 1]])
                if k in ascii_digits:
                    digits.add(position)
                k += 1
            else:
                digits.add(position)  # a digit beyond ASCII, maybe
                pieces.append(np.array([_key(s, others) for s in tokens(text)],
                                       dtype=np.int64))
        sizes = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
        keys = np.concatenate(pieces) if pieces else keys
        bounds = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(sizes)])
    number, distinct, by_key, place = _first_appearance(keys)
    return Words(number, bounds, _stems(distinct, list(others)), frozenset(digits),
                 (by_key, place))


def _stems(keys: npt.NDArray[np.int64], others: list[str]) -> list[str]:
    """The stem of each key (the inverse of :func:`_key`), the ASCII stems spelt out together: each
    key's base-``_BASE`` digits become its letters, a space for none, and one split of all
    the letters gives the stems."""
    import numpy as np

    ascii_keys = keys < _ASCII_KEYS
    places = _BASE ** np.arange(STEM - 1, -1, -1, dtype=np.int64)
    codes = keys[ascii_keys][:, None] // places % _BASE
    letters = np.frombuffer((" " + _LETTERS[1:]).encode("ascii"), dtype=np.uint8)
    spelt = letters[np.concatenate([codes, np.zeros((len(codes), 1), dtype=np.int64)], axis=1)]
    found: list[str] = spelt.tobytes().decode("ascii").split()
    if len(found) == len(keys):
        return found
    spelled = iter(found)
    return [next(spelled) if key < _ASCII_KEYS else others[key - _ASCII_KEYS]
            for key in keys.tolist()]


__all__ = ["NUMPY_CHARS", "Words", "word_ids", "worth_it"]
