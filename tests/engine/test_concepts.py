"""Fast paths of the aligner's lookups give what the slow ones give: ConceptTable.concepts_at
(only where a trigger word stands) what ConceptTable.concepts (every word in turn) gives, and
tokens.exact_key what typography.fold gives."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plandiff.engine.align.concepts import concept_table
from tests.helpers import numbered_points


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

    pair = generate(120, seed=4)
    # titles on both sides: title tokens too
    old = numbered_points("o", pair.old, title="Sanctions relief", title_every=5)
    new = numbered_points("n", pair.new, title="Prisoners 1,200", title_every=7)

    def state(sides: tuple[vectors._Side, vectors._Side]) -> list[object]:
        return [(s.ids, s.idf, dict(s.df), s.vocab, s.function, s.word, s.n_docs) for s in sides]

    plain = state(vectors._vectorise(old, new))
    with vectors.text_cache():
        first = state(vectors._vectorise(old, new))
        again = state(vectors._vectorise(old[::2], new))  # half the texts known
        cached = state(vectors._vectorise(old, new))  # every text known
    assert first == plain and cached == plain
    assert again == state(vectors._vectorise(old[::2], new))
    assert vectors._ANALYSED is None  # dropped with the outermost block


_PLAIN_NUMBER = (
    r"(?<![\w.,])(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?:\.(\d+))?"
    r"(?:\s?(thousand|million|billion|trillion|bn|mn|tn|k|m|b)(?![\w]))?")
"""concepts._NUMBER as first written, with the look-behind in front (the reference)."""


@pytest.mark.parametrize("seed", range(20))
def test_number_pattern_matches_as_its_plain_form(seed: int) -> None:
    import re

    from plandiff.engine.align import concepts

    plain = re.compile(_PLAIN_NUMBER, re.IGNORECASE)
    rng = random.Random(seed)
    pieces = ["1", "23", "600", "000", "٣", "５", ",", ".", " ", "\u00a0", "\u202f", "\t", "$",
              "bn", "Million", "k", "K", "\u212a", "m", "b", "thousand", "tn", "x", "a", "_",
              "-", "\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(400)]
    for text in texts:
        assert ([(m.span(), m.groups()) for m in concepts._NUMBER.finditer(text)]
                == [(m.span(), m.groups()) for m in plain.finditer(text)]), text


@pytest.mark.parametrize("seed", range(10))
def test_ascii_text_without_a_digit_has_no_number_token(seed: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from plandiff.engine.align import concepts

    rng = random.Random(seed)
    pieces = ["five", "twenty", " ", "bn", "million", ",", ".", "k", "$", "one", "\t", "x"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(200)]
    texts += ["١٢٣,٤٥٦", "１,０００", "at 800,000", "5.5 bn"]  # digits beyond ASCII, and some
    fast = [concepts.number_tokens(text) for text in texts]
    monkeypatch.setattr(concepts, "_NOT_ASCII_DIGIT", b"")  # nothing deleted: always scanned
    assert fast == [concepts.number_tokens(text) for text in texts]
    assert fast[-4:] == [["#123456"], ["#1000"], ["#800000"], ["#5500000000"]]


@pytest.mark.parametrize("seed", range(6))
def test_document_frequencies_and_weights_as_first_written(seed: int) -> None:
    """df, idf, function words and word flags of _vectorise equal the first, plain
    computation from each point's token ids (one Counter update per point; each token's idf
    times its channel weight, then the frequent and function-word scales, in that order)."""
    import math
    from collections import Counter

    from benchmarks.synth import generate

    from plandiff.engine.align import vectors
    from plandiff.engine.align.concepts import CHANNELS
    from plandiff.engine.stopwords import is_function_word

    pair = generate(60 + 20 * seed, seed=seed)
    texts = pair.old + pair.old[: seed * 3]  # repeated texts: keys held by several points
    old = numbered_points("o", texts, title="Sanctions relief", title_every=5,
                          topic="sanctions", topic_every=3)
    new = numbered_points("n", pair.new, title="Prisoners 1,200", title_every=7,
                          topic="prisoners", topic_every=4)
    sides = vectors._vectorise(old, new)
    df: Counter[int] = Counter()
    for side in sides:
        for i in range(len(side.ids)):
            df.update(set(side.ids[i]))
    n_docs = len(old) + len(new)
    idf = {t: math.log((n_docs + 1) / (d + 1)) + 1.0 for t, d in df.items()}
    function = [False] * len(sides[0].vocab)
    for token, t in sides[0].vocab.items():
        channel = CHANNELS.get(token[:1], "terms") if not token[:1].isalnum() else "terms"
        idf[t] *= vectors.CHANNEL_WEIGHTS[channel]
        if df[t] > max(2.0, vectors.FREQUENT_SHARE * n_docs):
            idf[t] *= vectors.FREQUENT_WEIGHT
        if channel == "terms" and is_function_word(token, vectors.STEM):
            idf[t] *= vectors.FUNCTION_WEIGHT
            function[t] = True
    word = [token[:1].isalnum() or token[:1] not in CHANNELS for token in sides[0].vocab]
    for side in sides:
        assert dict(side.df) == dict(df) and side.n_docs == n_docs
        assert side.idf == idf  # the same floats
        assert side.function == function and side.word == word
    assert any(function) and not all(word)


@pytest.mark.parametrize("seed", range(8))
def test_token_ids_as_first_written(seed: int) -> None:
    """_vectorise's vocabulary and token ids equal the plain computation: each point's
    features() (words cut to stems, then concept tokens), then its title and topic tokens;
    stems numbered in order of first appearance over the distinct texts, then the concept
    tokens. Words sharing a stem ("guarantees", "guaranteed"), non-ASCII texts and repeated
    texts included."""
    from benchmarks.synth import generate

    from plandiff.engine.align import vectors
    from plandiff.engine.align.tokens import matching_text, tokens

    rng = random.Random(seed)
    pair = generate(40 + 10 * seed, seed=seed)
    extra = ["The guarantees are guaranteed by the guarantor at once.",
             "Гарантії безпеки гарантовано, 800 000 осіб.", "Ukraine agreed; agreements 5.5 bn",
             "安全保障の合意", "NATO at once"]
    texts_old = [*pair.old, *rng.sample(extra, 3), *pair.old[: seed]]
    texts_new = [*pair.new, *rng.sample(extra, 3)]
    old = numbered_points("o", texts_old, title="Security guarantees", title_every=4)
    new = numbered_points("n", texts_new, title="Guaranteed security", title_every=5)
    sides = vectors._vectorise(old, new)
    texts = dict.fromkeys(matching_text(p) for p in (*old, *new))
    feats = {text: vectors.features(text) for text in texts}
    stems = {text: tokens(text) for text in texts}
    extras = [[vectors._point_extras(p, True, False) for p in points] for points in (old, new)]
    order = dict.fromkeys([s for text in texts for s in stems[text]]
                          + [c for points, side_extras in zip((old, new), extras, strict=True)
                             for p, e in zip(points, side_extras, strict=True)
                             for c in [*feats[matching_text(p)][len(stems[matching_text(p)]):],
                                       *e]])
    vocab = {t: i for i, t in enumerate(order)}
    assert sides[0].vocab == vocab
    for side, points, side_extras in zip(sides, (old, new), extras, strict=True):
        assert side.ids == [[vocab[t] for t in [*feats[matching_text(p)], *e]]
                            for p, e in zip(points, side_extras, strict=True)]


def test_concepts_at_one_word_without_a_phrase() -> None:
    """The one-word path of ConceptTable.concepts_at (its concepts once per place), with
    token ids and a list of stems as the aligner passes them, equals a scan of every word."""
    table = concept_table()
    single = next(s for s in sorted(table.single) if s not in table.phrases)
    starter = next(s for s in sorted(table.phrases))
    for stems in ([single, "zzz", single, "of", single], [single], ["zzz", starter, "zzz"],
                  [starter, *table.phrases[starter][0][0][1:], starter]):
        names = list(dict.fromkeys(stems))
        ids = [names.index(s) for s in stems]
        present = {names.index(s) for s in stems if s in table.triggers}
        assert table.concepts_at(ids, names, present) == table.concepts(stems)


_ASCII_PIECES = st.lists(st.sampled_from(
    ["1", "23", "600", "000", ",", ".", " ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d",
     "\x1e", "\x1f", "$", "bn", "BN", "Million", "k", "K", "m", "b", "thousand",
     "THOUSAND", "tn", "mn", "trillion", "x", "a", "_", "-", "s"]), max_size=20).map("".join)
"""ASCII texts dense in numbers, separators, scale words and the separators U+001C..U+001F
(``\\s`` by Unicode rules, not under ``re.ASCII``)."""


@settings(max_examples=500, deadline=None)
@given(st.one_of(_ASCII_PIECES, st.text(st.characters(max_codepoint=127))))
def test_ascii_patterns_match_as_the_unicode_ones_on_ascii_text(text: str) -> None:
    from plandiff.engine.align import concepts

    for ascii_form, unicode_form in ((concepts._NUMBER_ASCII, concepts._NUMBER),
                                     (concepts._NUMBER_HINT_ASCII, concepts._NUMBER_HINT)):
        assert ([(m.span(), m.groups()) for m in ascii_form.finditer(text)]
                == [(m.span(), m.groups()) for m in unicode_form.finditer(text)])


@settings(max_examples=300, deadline=None)
@given(_ASCII_PIECES)
def test_number_tokens_of_ascii_text_as_with_the_unicode_patterns(text: str) -> None:
    from plandiff.engine.align import concepts

    fast = concepts.number_tokens(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(concepts, "_NUMBER_ASCII", concepts._NUMBER)
        patch.setattr(concepts, "_NUMBER_HINT_ASCII", concepts._NUMBER_HINT)
        assert fast == concepts.number_tokens(text)


_SCRIPTS = st.text(st.sampled_from(
    ["a", "Z", "7", " ", "-", "ж", "Ї", "é", "ﾅ", "ｱ", "ナ", "・", "ー", "な", "の", "国",
     "米", "々", "〇", "ｶ", "ﾞ", "Ａ", "\u3099", "\u30a0", "\u31f0", "\U00020000", "\u2e80",
     "\uf900", "①", "ß"]),
    max_size=12)
"""Texts mixing ASCII, Cyrillic, Latin letters beyond ASCII, Han, Hiragana, Katakana
(half-width too, which folding makes full-width) and characters at the edges of those
blocks."""


@settings(max_examples=400, deadline=None)
@given(_SCRIPTS)
def test_reads_cjk_is_the_cjk_pattern_on_the_folded_text(text: str) -> None:
    import unicodedata

    from plandiff.engine.align.tokens import _cjk_patterns, reads_cjk

    has_cjk, _ = _cjk_patterns()
    folded = unicodedata.normalize("NFKC", text).casefold()
    assert reads_cjk(text) == (has_cjk.search(folded) is not None)


def test_the_table_without_cjk_names_is_the_full_table_less_their_entries() -> None:
    from plandiff.engine.align.concepts import concept_table
    from plandiff.engine.align.tokens import reads_cjk

    full, reduced = concept_table(), concept_table(cjk=False)
    assert any(reads_cjk(stem) for stem in full.single)  # the shipped table has such names
    assert reduced.single == {s: c for s, c in full.single.items() if not reads_cjk(s)}
    kept = {first: tuple(p for p in listed if not any(map(reads_cjk, p[0])))
            for first, listed in full.phrases.items()}
    assert reduced.phrases == {first: listed for first, listed in kept.items() if listed}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(sorted(
    {w for name in ("the United States", "Ukraine", "European Union", "NATO", "Kyiv",
                    "prisoners of war", "elections", "the polls", "five", "twenty",
                    "Верховна Рада", "frozen assets", "security guarantees", "EU")
     for w in name.split()} | {"x", "and", "of", "Zaporizhzhia", "nuclear", "plant"})),
    max_size=14).map(" ".join))
def test_texts_without_cjk_find_the_same_concepts_in_both_tables(text: str) -> None:
    from plandiff.engine.align.concepts import concept_table
    from plandiff.engine.align.tokens import reads_cjk, tokens

    assert not reads_cjk(text)
    stems = tokens(text)
    assert concept_table(cjk=False).concepts(stems) == concept_table().concepts(stems)


def test_vectorising_ascii_texts_with_the_full_table_changes_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks.synth import generate

    from plandiff.engine.align import concepts, vectors

    pair = generate(150, seed=6)
    old = numbered_points("o", pair.old, title="Elections and the EU", title_every=4)
    new = numbered_points("n", pair.new, title="Prisoners of war, NATO", title_every=6)

    def state(sides: tuple[vectors._Side, vectors._Side]) -> list[object]:
        return [(s.ids, s.idf, dict(s.df), s.vocab, s.function, s.word) for s in sides]

    reduced = vectors._vectorise(old, new)
    assert reduced[0].table is concepts.concept_table(cjk=False)
    full = concepts.concept_table()
    monkeypatch.setattr(vectors, "concept_table", lambda cjk=True: full)
    assert state(vectors._vectorise(old, new)) == state(reduced)


def test_the_table_is_built_once_however_its_argument_is_passed() -> None:
    """concept_table() and concept_table(cjk=True) are one table (a cache keyed on how the
    argument was passed built the full table twice)."""
    assert concept_table() is concept_table(cjk=True) is concept_table(True)
