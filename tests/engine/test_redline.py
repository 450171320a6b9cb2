"""Word-level redlines: the span invariants (property-tested), word boundaries, CJK, examples."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plandiff.engine.comparison import Span, SpanOp
from plandiff.engine.redline import Granularity, diff_texts, normalise, similarity, tokenize

PROPERTY = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def old_of(spans: tuple[Span, ...]) -> str:
    """The old text: a typography-only equal span carries its old characters in
    ``old_text`` (as Change.old_text reads them)."""
    return "".join(s.text if s.old_text is None else s.old_text
                   for s in spans if s.op is not SpanOp.INSERT)


def new_of(spans: tuple[Span, ...]) -> str:
    return "".join(s.text for s in spans if s.op is not SpanOp.DELETE)


def ops(spans: tuple[Span, ...]) -> list[tuple[str, str]]:
    return [(s.op.value, s.text) for s in spans]


def assert_well_formed(old: str, new: str, spans: tuple[Span, ...]) -> None:
    assert old_of(spans) == old
    assert new_of(spans) == new
    assert all(s.text for s in spans), "empty span"
    assert all(a.op is not b.op for a, b in pairwise(spans)), "adjacent spans share an op"


# --- strategies ---------------------------------------------------------------------------

# Anything Python can hold, lone surrogates included.
ANY_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=60)

PIECES = [
    "the", "army", "shall", "may", "not", "600,000", "800,000", "Ukraine's", "NATO", "day",
    "été", "e\u0301te\u0301", "Україна", "Росія", "שלום", "עולם", "سلام", "नमस्ते", "ウクライナ",
    "ロシア", "は", "合意", "する", "しない", "평화", "協定", "😀", "👨\u200d👩\u200d👧", "🇺🇦",
    "❤\ufe0f", "👍🏽", " ", "  ", "\n", "\r\n", "\t", ",", ".", "—", "(", ")", "$", "%", "「", "」",
    "。", "、", "\u200f", "\u0301",
]
TOKEN_TEXT = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


@st.composite
def related_pair(draw: st.DrawFn) -> tuple[str, str]:
    """An old text and an edited copy of it (so the diff has equal parts to find)."""
    pieces = draw(st.lists(st.sampled_from(PIECES), max_size=30))
    edited = list(pieces)
    for _ in range(draw(st.integers(0, 6))):
        where = draw(st.integers(0, len(edited)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.sampled_from(PIECES))
        if action == "insert" or not edited:
            edited.insert(where, piece)
        elif action == "delete":
            del edited[min(where, len(edited) - 1)]
        else:
            edited[min(where, len(edited) - 1)] = piece
    return "".join(pieces), "".join(edited)


def is_cjk(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return any(k in name for k in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPH"))


def is_wordish(ch: str) -> bool:
    """A letter, digit or mark of a script that separates words with spaces."""
    if is_cjk(ch):
        return False
    return ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M")


def edit_boundaries(spans: tuple[Span, ...]) -> list[tuple[str, int]]:
    """(side, offset) of every start and end of a deletion (old) or insertion (new)."""
    out: list[tuple[str, int]] = []
    o = n = 0
    for span in spans:
        size = len(span.text)
        if span.op is SpanOp.DELETE:
            out += [("old", o), ("old", o + size)]
            o += size
        elif span.op is SpanOp.INSERT:
            out += [("new", n), ("new", n + size)]
            n += size
        else:  # kept text: its old side may differ in typography (old_text)
            o += size if span.old_text is None else len(span.old_text)
            n += size
    return out


def base_before(text: str, offset: int) -> str:
    """The character before ``offset``, looking through combining marks to their base."""
    i = offset - 1
    while i > 0 and unicodedata.category(text[i]).startswith("M"):
        i -= 1
    return text[i]


def mid_word(text: str, offset: int) -> bool:
    if offset <= 0 or offset >= len(text):
        return False
    return is_wordish(base_before(text, offset)) and is_wordish(text[offset])


def before_mark(text: str, offset: int) -> bool:
    return 0 < offset < len(text) and unicodedata.category(text[offset]).startswith("M")


# --- properties ---------------------------------------------------------------------------


@PROPERTY
@given(ANY_TEXT, ANY_TEXT, st.sampled_from(list(Granularity)))
def test_spans_rebuild_any_two_texts(old: str, new: str, granularity: Granularity) -> None:
    assert_well_formed(old, new, diff_texts(old, new, granularity=granularity))


@PROPERTY
@given(related_pair(), st.sampled_from(list(Granularity)))
def test_spans_rebuild_related_texts(pair: tuple[str, str], granularity: Granularity) -> None:
    old, new = pair
    assert_well_formed(old, new, diff_texts(old, new, granularity=granularity))


@PROPERTY
@given(related_pair())
def test_word_mode_never_cuts_a_word_or_a_mark(pair: tuple[str, str]) -> None:
    old, new = pair
    spans = diff_texts(old, new)
    for side, offset in edit_boundaries(spans):
        text = old if side == "old" else new
        assert not mid_word(text, offset), (side, offset, ops(spans))
        assert not before_mark(text, offset), (side, offset, ops(spans))


@PROPERTY
@given(related_pair())
def test_char_mode_keeps_combining_marks_with_their_base(pair: tuple[str, str]) -> None:
    old, new = pair
    spans = diff_texts(old, new, granularity=Granularity.CHAR)
    for side, offset in edit_boundaries(spans):
        assert not before_mark(old if side == "old" else new, offset), ops(spans)


@PROPERTY
@given(TOKEN_TEXT | ANY_TEXT)
def test_tokens_join_back_to_the_text(text: str) -> None:
    for granularity in Granularity:
        tokens = tokenize(text, granularity)
        assert "".join(tokens) == text
        assert all(tokens)


@PROPERTY
@given(related_pair())
def test_diff_is_deterministic_and_self_diff_is_equal(pair: tuple[str, str]) -> None:
    old, new = pair
    assert diff_texts(old, new) == diff_texts(old, new)
    assert diff_texts(old, old) == ((Span(SpanOp.EQUAL, old),) if old else ())
    assert similarity(diff_texts(old, old)) == 1.0
    assert 0.0 <= similarity(diff_texts(old, new)) <= 1.0


def test_output_does_not_depend_on_hash_seed() -> None:
    script = (
        "import json, sys\n"
        "from plandiff.engine.redline import diff_texts\n"
        "a = 'The army shall be capped at 600,000 troops within 100 days; ' * 40\n"
        "a += 'ロシアは合意する。' * 40\n"
        "b = a.replace('600,000', '800,000').replace('shall', 'may').replace('する', 'しない')\n"
        "print(json.dumps([(s.op.value, s.text) for s in diff_texts(a, b)]))\n"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                env=env, check=True)
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop())


# --- examples -----------------------------------------------------------------------------


def test_number_change_is_one_clean_word_replacement() -> None:
    spans = diff_texts("capped at 600,000 troops", "capped at 800,000 troops")
    assert ops(spans) == [("equal", "capped at "), ("delete", "600,000"),
                          ("insert", "800,000"), ("equal", " troops")]


def test_modal_change_is_a_word_replacement() -> None:
    spans = diff_texts("Ukraine shall join the EU.", "Ukraine may join the EU.")
    assert ops(spans) == [("equal", "Ukraine "), ("delete", "shall"), ("insert", "may"),
                          ("equal", " join the EU.")]


def test_words_are_not_split_but_characters_can_be() -> None:
    assert ops(diff_texts("The dog barked", "The duck barked")) == [
        ("equal", "The "), ("delete", "dog"), ("insert", "duck"), ("equal", " barked")]
    assert ops(diff_texts("The dog barked", "The duck barked",
                          granularity=Granularity.CHAR)) == [
        ("equal", "The d"), ("delete", "og"), ("insert", "uck"), ("equal", " barked")]


def test_japanese_diffs_character_by_character_not_whole_sentences() -> None:
    spans = diff_texts("ロシアは合意する。", "ウクライナは合意しない。")
    assert ops(spans) == [("delete", "ロシア"), ("insert", "ウクライナ"), ("equal", "は合意"),
                          ("delete", "する"), ("insert", "しない"), ("equal", "。")]
    spans = diff_texts("兵力を60万人に制限する", "兵力を80万人に制限する")
    assert ops(spans) == [("equal", "兵力を"), ("delete", "60"), ("insert", "80"),
                          ("equal", "万人に制限する")]


def test_cjk_characters_are_tokens_and_katakana_runs_are_words() -> None:
    assert tokenize("合意ウクライナ協定") == ["合", "意", "ウクライナ", "協", "定"]
    assert tokenize("평화 협정") == ["평", "화", " ", "협", "정"]


def test_tokens_keep_numbers_contractions_and_graphemes_whole() -> None:
    assert tokenize("600,000 1.5% Ukraine's") == ["600,000", " ", "1.5", "%", " ", "Ukraine's"]
    assert tokenize("e\u0301te\u0301 👨\u200d👩\u200d👧🇺🇦") == [
        "e\u0301te\u0301", " ", "👨\u200d👩\u200d👧", "🇺🇦"]


@pytest.mark.parametrize(("old", "new"), [
    ("", ""), ("", "new text"), ("old text", ""), ("same", "same"),
    ("line one\r\nline two", "line one\nline two"), ("שלום עולם", "שלום לכם"),
    ("\ud800 lone", "lone \udfff"), ("😀 smile", "😀😀 smile"),
])
def test_edge_cases(old: str, new: str) -> None:
    for granularity in Granularity:
        assert_well_formed(old, new, diff_texts(old, new, granularity=granularity))


def test_empty_sides() -> None:
    assert diff_texts("", "") == ()
    assert ops(diff_texts("", "abc")) == [("insert", "abc")]
    assert ops(diff_texts("abc", "")) == [("delete", "abc")]


def test_more_than_65536_distinct_tokens() -> None:
    old = " ".join(f"w{i}" for i in range(70_000))
    new = old.replace("w69999", "changed")
    spans = diff_texts(old, new)
    assert_well_formed(old, new, spans)
    assert ops(spans)[-2:] == [("delete", "w69999"), ("insert", "changed")]


def test_long_unrelated_texts_stay_correct() -> None:
    import random

    rng = random.Random(5)
    words = ["".join(rng.choice("abcdefghij") for _ in range(5)) for _ in range(3000)]
    old = " ".join(rng.choice(words) for _ in range(5000))
    new = " ".join(rng.choice(words) for _ in range(5000))
    for granularity in Granularity:
        assert_well_formed(old, new, diff_texts(old, new, granularity=granularity))


def test_similarity() -> None:
    assert similarity(()) == 1.0
    assert similarity(diff_texts("abc", "xyz")) == 0.0
    spans = (Span(SpanOp.EQUAL, "ab"), Span(SpanOp.DELETE, "cd"), Span(SpanOp.INSERT, "x"))
    assert similarity(spans) == pytest.approx(4 / 7)


@pytest.mark.parametrize(("text", "expected"), [
    ("12. The Parties  shall\nagree.", "the parties shall agree"),
    ("(a) Text", "text"),
    ("iv) Text", "text"),
    ("Article 5: The text", "the text"),
    ("第1条 日本国", "日本国"),
    ("１．全文", "全文"),
    ("Peace-keeping, Ukraine's forces", "peacekeeping ukraines forces"),
    ("1.5 billion", "1 5 billion"),
    ("12 soldiers", "12 soldiers"),
])
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_normalise_options_are_independent() -> None:
    text = "3. Hello,  World"
    assert normalise(text, case=False, whitespace=False, punctuation=False, numbering=False,
                     width=False) == text
    assert normalise(text, case=False, punctuation=False, numbering=False) == "3. Hello, World"
    assert normalise(text, whitespace=False, punctuation=False, numbering=False) == \
        "3. hello,  world"
    assert normalise("Ｈｅｌｌｏ", case=False, punctuation=False, numbering=False) == "Hello"


# --- the edit script and the ASCII fast path ---------------------------------------------


def _lcs_length(a: str, b: str) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        previous_diagonal = 0
        for j, y in enumerate(b, start=1):
            previous_diagonal, row[j] = row[j], (
                previous_diagonal + 1 if x == y else max(row[j], row[j - 1]))
    return row[-1]


@PROPERTY
@given(st.text("abc ", max_size=12), st.text("abc ", max_size=12))
def test_edit_script_rebuilds_both_strings_and_is_shortest(a: str, b: str) -> None:
    from plandiff.engine.lcs import DELETE, EQUAL, INSERT, edit_script

    pieces = edit_script(a, b)
    assert "".join(t for op, t in pieces if op != INSERT) == a
    assert "".join(t for op, t in pieces if op != DELETE) == b
    assert all(t for _, t in pieces)
    assert sum(len(t) for op, t in pieces if op == EQUAL) == _lcs_length(a, b)


@PROPERTY
@given(st.text(st.characters(max_codepoint=127), max_size=60))
def test_ascii_fast_path_tokenises_like_the_general_pattern(text: str) -> None:
    from plandiff.engine.redline import _token_pattern

    assert tokenize(text) == _token_pattern(Granularity.WORD, False, False).findall(text)


# Space-separated ASCII text with the characters the word tokeniser treats specially: digits
# and their joints (600,000 and 1.5), apostrophes (Ukraine's), underscores, punctuation.
_PIECE = st.text("ab1_.,'\u2019-!(\n\t", min_size=1, max_size=6)
_SPACED = st.lists(_PIECE, min_size=1, max_size=8).map(" ".join)


@PROPERTY
@given(_SPACED | st.text("ab1., '\t\n", max_size=20), _SPACED | st.text("ab1., '", max_size=20))
def test_word_encoding_by_pieces_matches_the_token_encoding(old: str, new: str) -> None:
    """The space-separated fast path gives the very code-point strings and table that
    tokenising both texts gives (or declines)."""
    from plandiff.engine.redline import _encode_fresh, _encode_words

    got = _encode_words(old, new)
    if got is not None:
        assert got == _encode_fresh(tokenize(old), tokenize(new))


def test_word_encoding_by_pieces_declines_what_it_does_not_mirror() -> None:
    from plandiff.engine.redline import _encode_words

    for old, new in [("a  b", "a b"), (" a", "a"), ("a ", "a"), ("a \tb", "a b"),
                     ("a\n b", "a b"), ("a.\r\n b", "a b"), ("caf\u00e9 b", "a b"),
                     ("", "a")]:
        assert _encode_words(old, new) is None, (old, new)
        assert _encode_words(new, old) is None, (new, old)
    assert _encode_words("a b", "b a") is not None
    assert _encode_words("a.\nb c", "a\tb") is not None  # other whitespace inside a piece


def test_spans_are_made_as_the_dataclass_makes_them() -> None:
    from dataclasses import fields

    from plandiff.engine.lcs import DELETE, EQUAL, INSERT
    from plandiff.engine.redline import _to_spans

    pieces = [(EQUAL, "a "), (DELETE, "b"), (DELETE, ""), (DELETE, "c"), (INSERT, "d"),
              (EQUAL, ""), (INSERT, "e"), (EQUAL, " f")]
    made = _to_spans(pieces)
    reference = (Span(SpanOp.EQUAL, "a "), Span(SpanOp.DELETE, "bc"),
                 Span(SpanOp.INSERT, "de"), Span(SpanOp.EQUAL, " f"))
    assert made == reference and hash(made) == hash(reference)
    for one, other in zip(made, reference, strict=True):
        assert list(vars(one).items()) == list(vars(other).items())
    assert [f.name for f in fields(Span)] == list(vars(made[0]))


@PROPERTY
@given(st.text("abc ", max_size=14), st.text("abc ", max_size=14))
def test_merge_pass_runs_whenever_it_would_change_the_edit_script(a: str, b: str) -> None:
    """_raw_diff skips diff-match-patch's merge pass only when the pass would leave the
    edit script as it is: the result is always the merged script."""
    from diff_match_patch import diff_match_patch

    from plandiff.engine.lcs import edit_script
    from plandiff.engine.redline import _merge_changes, _raw_diff

    engine = diff_match_patch()
    merged = edit_script(a, b)
    engine.diff_cleanupMerge(merged)
    assert _raw_diff(engine, a, b) == merged
    if not _merge_changes(edit_script(a, b)):
        assert edit_script(a, b) == merged


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("the", "the 合意", [("equal", "the"), ("insert", " 合意")]),
    ("平時に 80 万人を保つ", "平時に90万人を保つ",
     [("equal", "平時に"), ("delete", " 80 "), ("insert", "90"), ("equal", "万人を保つ")]),
    ("NATO の監視", "NATOの監視", [("equal", "NATOの監視")]),
    ("x 合意 y", "x 合意 z", [("equal", "x 合意 "), ("delete", "y"), ("insert", "z")]),
    ("the the the 合意", "the the 合意",
     [("equal", "the the"), ("delete", " the"), ("equal", " 合意")]),
    ("合意 not", "合意\nnot", [("equal", "合意"), ("delete", " "), ("insert", "\n"),
                              ("equal", "not")]),
])
def test_a_space_the_fold_drops_goes_with_the_change_next_to_it(
        old: str, new: str, expected: list[tuple[str, str]]) -> None:
    """A space between Japanese and a digit or Latin letter is typography (folded away), so
    it belongs to no folded character: kept text ends at its last character and the space goes
    with the inserted or deleted words beside it; kept text has one text on both sides, or
    keeps the old one (the typography) in old_text."""
    spans = diff_texts(old, new)
    assert_well_formed(old, new, spans)
    assert ops(spans) == expected
    assert all(s.old_text is None for s in spans[:-1] if s.op is SpanOp.EQUAL)


@pytest.mark.parametrize(("old", "new"), [("の the 合意\u00ad", "合意 the の するx"),
                                          ("合意  x 万人x", "x  x  万人 the")])
def test_characters_the_fold_drops_are_never_lost_nor_doubled(old: str, new: str) -> None:
    """Found by the Word redline's property test: a soft hyphen after the old side's last
    kept text, with only insertions after it, was in neither side's spans."""
    assert_well_formed(old, new, diff_texts(old, new))


@pytest.mark.parametrize("granularity", list(Granularity))
@pytest.mark.parametrize(("old", "new", "expected"), [
    # the 28-point draft's point 10(c) against the 20-point framework's point 5
    ("a coordinated military response, all global sanctions",
     "a coordinated military response follows and all global sanctions",
     [("equal", "a coordinated military response"), ("delete", ","), ("equal", " "),
      ("insert", "follows and "), ("equal", "all global sanctions")]),
    ("x, y", "x and y",
     [("equal", "x"), ("delete", ","), ("equal", " "), ("insert", "and "), ("equal", "y")]),
    ("x,\ny", "x\nand\ny",  # a line break: the same
     [("equal", "x"), ("delete", ","), ("equal", "\n"), ("insert", "and\n"), ("equal", "y")]),
])
def test_an_insertion_after_a_deletion_starts_with_its_word_not_a_space(
        old: str, new: str, expected: list[tuple[str, str]], granularity: Granularity) -> None:
    """Where the kept text after a replacement starts with the space the insertion starts
    with, the space is kept and the insertion ends with one instead: no mark underlines a
    space before its first word (fails on the old code, which inserted " follows and")."""
    spans = diff_texts(old, new, granularity=granularity)
    assert_well_formed(old, new, spans)
    assert ops(spans) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("a dog", "a big dog", [("equal", "a "), ("insert", "big "), ("equal", "dog")]),
    ("x, y", "x and", [("equal", "x"), ("delete", ", y"), ("insert", " and")]),  # no space after
    ("x, y z", "x and y z",  # kept " " then more: the space is the kept text
     [("equal", "x"), ("delete", ","), ("equal", " "), ("insert", "and "), ("equal", "y z")]),
])
def test_an_insertion_keeps_a_leading_space_it_cannot_give_away(
        old: str, new: str, expected: list[tuple[str, str]]) -> None:
    spans = diff_texts(old, new)
    assert_well_formed(old, new, spans)
    assert ops(spans) == expected
