"""Fast paths of the aligner's lookups give what the slow ones give: ConceptTable.concepts_at
(only where a trigger word stands) what ConceptTable.concepts (every word in turn) gives, and
tokens.exact_key what typography.fold gives."""

from __future__ import annotations

import random

import pytest

from plandiff.engine.align.concepts import concept_table


@pytest.mark.parametrize("seed", range(40))
def test_concepts_at_trigger_positions_equal_a_scan_of_every_word(seed: int) -> None:
    table = concept_table()
    rng = random.Random(seed)
    phrases = [list(words) for options in table.phrases.values() for words, _ in options]
    singles = sorted(table.single)
    stems: list[str] = []
    while len(stems) < rng.randint(0, 80):
        roll = rng.random()
        if roll < 0.2:
            stems.extend(rng.choice(phrases))  # a whole phrase
        elif roll < 0.3:
            stems.extend(rng.choice(phrases)[:-1])  # a phrase cut short
        elif roll < 0.5:
            stems.append(rng.choice(singles))
        else:
            stems.append(rng.choice(["the", "of", "shall", "zzz", "parti", "agree"]))
    # As the aligner holds them: ASCII words as bytes (longer than their stems), others as str.
    words: list[str | bytes] = [s.encode() + b"xx" if s.isascii() else s for s in stems]
    stem_of: dict[str | bytes, str] = dict(zip(words, stems, strict=True))
    triggers = table.triggers
    present = {w for w in words if stem_of[w] in triggers}
    assert table.concepts_at(words, stem_of, present) == table.concepts(stems)


def test_exact_key_is_fold() -> None:
    from plandiff.engine.align.tokens import exact_key
    from plandiff.typography import fold

    for text in ["plain ascii", "it`s", "don’t – “quoted”", "ｆｕｌｌ width", "", "a\u00adb"]:
        assert exact_key(text) == fold(text)


def test_positional_ids_decides_as_the_full_count_does() -> None:
    import random

    from plandiff.engine.align.tokens import positional_ids
    from plandiff.plans.model import Point

    rng = random.Random(5)
    for _ in range(300):
        size = rng.randint(1, 30)
        share = rng.random()
        points = [Point.model_validate({
            "id": f"p{k + 1}" if rng.random() < share else f"clause-{rng.randint(0, 99)}x",
            "number": str(k + 1), "text": "t"}) for k in range(size)]
        positional = sum(1 for p in points if p.id == f"p{p.number}")
        assert positional_ids(points) == (positional * 5 >= size * 4)


@pytest.mark.parametrize("seed", range(20))
def test_number_hint_never_hides_a_number_token(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from plandiff.engine.align import concepts

    rng = random.Random(seed)
    pieces = ["1", "23", "600", "000", "٣", "５", ",", ".", " ", "\u00a0", "\u202f", "\t", "$",
              "bn", "Million", "k", "K", "\u212a", "m", "b", "thousand", "tn", "x", "a", "-"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(400)]
    fast = [concepts.number_tokens(text) for text in texts]
    monkeypatch.setattr(concepts, "_NUMBER_HINT", re.compile(""))  # always scan
    assert fast == [concepts.number_tokens(text) for text in texts]
    assert any(fast)


def test_vectorising_through_the_text_cache_changes_nothing() -> None:
    from benchmarks.synth import generate

    from plandiff.engine.align import vectors
    from plandiff.plans.model import Point

    pair = generate(120, seed=4)
    old = [Point.model_validate({"id": f"o{k}", "number": str(k + 1), "text": t,
                                 "title": "Sanctions relief" if k % 5 == 0 else None})
           for k, t in enumerate(pair.old)]  # titles on both sides: title tokens too
    new = [Point.model_validate({"id": f"n{k}", "number": str(k + 1), "text": t,
                                 "title": "Prisoners 1,200" if k % 7 == 0 else None})
           for k, t in enumerate(pair.new)]

    def state(sides: tuple[vectors._Side, vectors._Side]) -> list[object]:
        return [(s.ids, s.idf, dict(s.df), s.vocab, s.function, s.n_docs) for s in sides]

    plain = state(vectors._vectorise(old, new))
    with vectors.text_cache():
        first = state(vectors._vectorise(old, new))
        again = state(vectors._vectorise(old[::2], new))  # half the texts known
        cached = state(vectors._vectorise(old, new))  # every text known
    assert first == plain and cached == plain
    assert again == state(vectors._vectorise(old[::2], new))
    assert vectors._ANALYSED is None  # dropped with the outermost block
