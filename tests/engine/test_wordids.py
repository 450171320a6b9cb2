"""word_ids (all words at once, with numpy) against the one-word-at-a-time reading it stands
in for in _vectorise."""

from __future__ import annotations

import random

import numpy as np
import pytest

from plandiff.engine.align import vectors, wordids
from tests.helpers import numbered_points

_PIECES = ["Abc", "abcdefgh", "ABCDEFG", "x_y", "12", "1,000", " ", "  ", "\n", ".", "-", "é",
           "Straße", "Гарантії", "安全保障の合意", "\t", "Z", "zz9", "_", "abcdef", "abcdefz",
           "0", "9z", "ZZZZZZZZ", "a1_b2_c3"]


def _plain(texts: list[str]) -> tuple[list[list[int]], list[str]]:
    """What _vectorise did with each text's words (_raw_tokens, _WordIds)."""
    ids_of_word = vectors._WordIds()
    ids = [[*map(ids_of_word.__getitem__, vectors._raw_tokens(text))] for text in texts]
    return ids, list(ids_of_word.stems)


def _texts(rng: random.Random, ascii_only: bool) -> list[str]:
    pieces = [p for p in _PIECES if p.isascii()] if ascii_only else _PIECES
    return list(dict.fromkeys("".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
                              for _ in range(rng.randint(0, 40))))


@pytest.mark.parametrize("seed", range(40))
def test_word_ids_equal_the_plain_reading(seed: int) -> None:
    rng = random.Random(seed)
    texts = _texts(rng, ascii_only=seed % 2 == 0)
    words = wordids.word_ids(texts)
    assert (words.ids, words.stems) == _plain(texts)


@pytest.mark.parametrize("seed", range(20))
def test_held_places_and_digits_equal_plain_readings(seed: int) -> None:
    rng = random.Random(seed)
    texts = _texts(rng, ascii_only=seed % 2 == 0)
    words = wordids.word_ids(texts)
    times = [rng.randint(1, 4) for _ in texts]
    held = [0] * len(words.stems)
    for doc, k in zip(words.ids, times, strict=True):
        for t in set(doc):
            held[t] += k
    assert words.held(times) == held
    wanted = set(rng.sample(range(len(words.stems)), min(3, len(words.stems))))
    assert words.places(wanted) == {k: [place for place, t in enumerate(doc) if t in wanted]
                                    for k, doc in enumerate(words.ids)
                                    if wanted.intersection(doc)}
    assert words.digits == {k for k, text in enumerate(texts)
                            if not text.isascii() or any("0" <= c <= "9" for c in text)}


def test_stem_keys_round_trip() -> None:
    others: dict[str, int] = {}
    stems = ["a", "z", "0", "_", "zzzzzz", "a0_9zz", "ab", "ba", "straße"[:6], "гарант", "安全"]
    keys = [wordids._key(s, others) for s in stems]
    assert len(set(keys)) == len(keys)
    assert [_stem(k, list(others)) for k in keys] == stems
    assert wordids._stems(np.array(keys, dtype=np.int64), list(others)) == stems


def _stem(key: int, others: list[str]) -> str:
    """The stem of a key, one key at a time: the plain inverse of wordids._key, the
    reference for wordids._stems."""
    if key >= wordids._ASCII_KEYS:
        return others[key - wordids._ASCII_KEYS]
    letters = []
    for _ in range(wordids.STEM):
        key, code = divmod(key, wordids._BASE)
        letters.append(wordids._LETTERS[code])
    return "".join(reversed(letters)).rstrip("\0")


@pytest.mark.parametrize("seed", range(4))
def test_vectorising_with_numpy_changes_nothing(seed: int,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """_vectorise reads the same token ids, vocabulary, df and idf whichever way it reads
    the words: titles, topics, repeated and non-ASCII texts included."""
    from benchmarks.synth import generate


    pair = generate(60 + 20 * seed, seed=seed)
    extra = ["The guarantees are guaranteed by the guarantor at once.",
             "Гарантії безпеки гарантовано, 800 000 осіб.", "Ukraine agreed; agreements 5.5 bn",
             "安全保障の合意", "NATO at once"]
    texts = [*pair.old, *extra[: seed + 1], *pair.old[: seed * 3]]
    old = numbered_points("o", texts, title="Sanctions relief", title_every=5,
                          topic="sanctions", topic_every=3)
    new = numbered_points("n", [*pair.new, *extra[seed:]], title="Prisoners 1,200",
                          title_every=7, topic="prisoners", topic_every=4)

    def state(sides: tuple[vectors._Side, vectors._Side]) -> list[object]:
        return [(s.ids, s.idf, dict(s.df), s.vocab, s.function, s.word, s.n_docs, s.texts)
                for s in sides]

    monkeypatch.setattr(vectors, "worth_it", lambda chars: False)
    plain = state(vectors._vectorise(old, new))
    monkeypatch.setattr(vectors, "worth_it", lambda chars: True)
    assert state(vectors._vectorise(old, new)) == plain
    with vectors.text_cache():  # texts read with numpy, then known to a plain reading
        assert state(vectors._vectorise(old, new)) == plain
        monkeypatch.setattr(vectors, "worth_it", lambda chars: False)
        assert state(vectors._vectorise(old[::2], new)) == state(vectors._vectorise(
            old[::2], new))
        assert state(vectors._vectorise(old, new)) == plain
