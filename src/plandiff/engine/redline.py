"""Word-level redlines: the only module that imports diff-match-patch.

The text is cut into tokens with Unicode-aware rules: a word (letters, digits and combining
marks of any script; "600,000", "1.5" and "Ukraine's" stay whole), a run of whitespace, one
punctuation mark or symbol (an emoji with its modifiers and zero-width-joined parts, or a flag,
is one), and one character inside Chinese, Japanese and Korean runs, which have no spaces
between words (a run of Katakana, which spells loanwords and foreign names such as
ウクライナ, stays one word). Every distinct token is mapped to one code point (private-use
first; never a surrogate; over a million available); a shortest edit script of those code
points (a longest common subsequence, computed in C++ by :mod:`plandiff.engine.lcs`) is normalised
by diff-match-patch's merge pass, and diff-match-patch's ``diff_cleanupSemantic`` runs on it,
so an edit always covers whole tokens: in
:attr:`Granularity.WORD` mode no edit starts or ends inside a word or before a combining
mark, without any separate boundary-snapping pass. :attr:`Granularity.CHAR` then re-diffs
each changed stretch character by character (a base character keeps its marks).

No step reads a clock (diff-match-patch's ``Diff_Timeout`` is 0), so a result never depends
on machine load. To keep long, very different
texts fast without a clock, inputs of more than a thousand tokens are first split at
tokens that occur exactly once in both texts (the patience-diff idea: the longest increasing
run of such anchors). A region that still has no anchor is diffed only if it is not too large
and at least half of its tokens have a counterpart on the other side; otherwise it is reported
as one deletion plus one insertion (a rewrite), which is what semantic cleanup would make of
it anyway, and which bounds the work on adversarial input.

Invariant, for any two ``str`` values: joining the ``equal`` and ``delete`` spans gives the
old text exactly, and joining ``equal`` and ``insert`` gives the new text exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from enum import StrEnum
from functools import cache
from itertools import chain, compress, filterfalse

from diff_match_patch import diff_match_patch

from plandiff._frozen import new_frozen_each
from plandiff._text import KATAKANA_WORD, UNSPACED, Ranges, class_body, longest_increasing
from plandiff.engine.comparison import Span, SpanOp
from plandiff.engine.lcs import edit_script
from plandiff.typography import fold_map, is_folded

__all__ = ["Granularity", "diff_texts", "normalise", "similarity", "tokenize"]


class Granularity(StrEnum):
    """How finely a redline marks changes."""

    WORD = "word"
    """Whole words (and single characters inside CJK runs); the default."""
    CHAR = "char"
    """Single characters everywhere (a base character keeps its combining marks)."""


# --- tokenisation -----------------------------------------------------------------------

# Scripts written without spaces between words (``UNSPACED``): every character is its own
# token, except that a run of Katakana (``KATAKANA_WORD``: loanwords and foreign names such
# as ウクライナ, ドンバス) is one word. The ranges live in plandiff._text.
_CJK_FROM = chr(UNSPACED[0][0])
"""No character of ``UNSPACED`` comes before this one."""
_EXTRA_EXTENDERS: Ranges = (
    (0x200C, 0x200C),  # zero-width non-joiner (the joiner, U+200D, takes its follower along)
    (0x1F3FB, 0x1F3FF),  # emoji skin-tone modifiers
    (0xE0020, 0xE007F),  # emoji tag sequences (subdivision flags)
)
_ASTRAL = "\U00010000"


def _runs(codepoints: Iterable[int]) -> Ranges:
    """Sorted code points → (start, end) runs."""
    out: list[tuple[int, int]] = []
    for cp in codepoints:
        if out and out[-1][1] == cp - 1:
            out[-1] = (out[-1][0], cp)
        else:
            out.append((cp, cp))
    return tuple(out)


@cache
def _marks() -> Ranges:
    """Combining marks (Unicode categories Mn, Mc, Me); Python's ``\\w`` leaves them out."""
    # Blocks known to hold no marks (CJK ideographs, Yi, Hangul syllables, surrogates,
    # private use, Tangut) are skipped to keep the first call fast.
    spans = (range(0x0300, 0x3400), range(0x4DC0, 0x4E00), range(0xA490, 0xAC00),
             range(0xF900, 0x17000), range(0x18B00, 0x20000), range(0xE0000, 0xE1000))
    return _runs(
        cp for span in spans for cp in span if unicodedata.category(chr(cp)).startswith("M")
    )


@cache
def _token_pattern(granularity: Granularity, cjk: bool = True, astral: bool = True
                   ) -> re.Pattern[str]:
    """The tokeniser. Texts without CJK, or without characters beyond U+FFFF, get equivalent
    patterns with smaller character classes (several times faster)."""
    marks = class_body(_marks(), astral)
    extend = f"[{marks}{class_body(_EXTRA_EXTENDERS, astral)}]"
    # One "character" for the user: a base code point with its marks, modifiers and
    # zero-width-joined followers; a regional-indicator pair is one flag.
    flag_pair = "[\\U0001f1e6-\\U0001f1ff]{2}|" if astral else ""
    cluster = f"(?:{flag_pair}.)(?:{extend}|\u200d.?)*"
    if granularity is Granularity.CHAR:
        return re.compile(cluster, re.DOTALL)
    number_joint = r"(?<=\d)[.,](?=\d)"  # 600,000 and 1.5 stay one token
    if not cjk:
        letter = r"[^\W\d_]"
        run = f"[\\w{marks}\u200c\u200d]+"
        word = f"{run}(?:(?:{number_joint}|(?<={letter})['\u2019](?={letter})){run})*"
        return re.compile(f"{word}|\\s+{extend}*|{cluster}", re.DOTALL)
    cjk_class = class_body(UNSPACED, astral)
    word_char = f"[^\\W{cjk_class}]"
    letter = f"[^\\W\\d_{cjk_class}]"
    word = (
        f"(?:{word_char}|[{marks}\u200c\u200d]"
        f"|{number_joint}"
        f"|(?<={letter})['\u2019](?={letter})"  # Ukraine's, don't
        ")+"
    )
    return re.compile(
        f"(?:[{class_body(KATAKANA_WORD, astral)}]{extend}*)+|[{cjk_class}]{extend}*|{word}"
        f"|\\s+{extend}*|{cluster}",
        re.DOTALL,
    )


@cache
def _has_cjk(astral: bool) -> re.Pattern[str]:
    """Any character of a script written without spaces (compiled on first use: its large
    character class takes milliseconds to compile)."""
    return re.compile(f"[{class_body(UNSPACED, astral)}]")


_ASCII_WORDS = re.compile(
    r"\w+(?:(?:(?<=\d)[.,](?=\d)|(?<=[^\W\d_])['\u2019](?=[^\W\d_]))\w+)*|\s+|.", re.DOTALL)
"""The word tokeniser restricted to ASCII text (no marks, joiners or CJK can occur): the same
tokens, faster."""


def tokenize(text: str, granularity: Granularity = Granularity.WORD) -> list[str]:
    """The tokens of ``text``; joined, they give ``text`` back exactly."""
    if granularity is Granularity.WORD and text.isascii():
        return _ASCII_WORDS.findall(text)
    astral = bool(text) and max(text) >= _ASTRAL
    cjk = granularity is Granularity.CHAR or (
        max(text, default="") >= _CJK_FROM and _has_cjk(astral).search(text) is not None)
    return _token_pattern(granularity, cjk, astral).findall(text)


# --- mapping tokens to code points ------------------------------------------------------

# Private-use code points first (they carry no word/space meaning for the cleanup
# heuristics), then every other non-surrogate code point; over 1.1 million tokens in all.
_CODE_RANGES = (
    (0xE000, 0xF8FF),
    (0xF0000, 0xFFFFD),
    (0x100000, 0x10FFFD),
    (0x0100, 0xD7FF),
    (0xF900, 0xEFFFF),
    (0x0021, 0x00FF),
)


def _nth_code_point(n: int) -> int | None:
    for start, end in _CODE_RANGES:
        size = end - start + 1
        if n < size:
            return start + n
        n -= size
    return None


_CODE_CACHE = 1 << 16
_CODE_CHARS: list[str] = []
"""``chr(_nth_code_point(n))`` for the first n, grown on demand: the code table of word mode,
where no code point is reserved."""


def _code_chars(count: int) -> list[str] | None:
    """The first ``count`` code characters (as :class:`_Encoder` would hand them out in word
    mode), or None when there are not that many."""
    while len(_CODE_CHARS) < min(count, _CODE_CACHE):
        cp = _nth_code_point(len(_CODE_CHARS))
        assert cp is not None
        _CODE_CHARS.append(chr(cp))
    chars = _CODE_CHARS[:count]
    for n in range(len(chars), count):  # a huge text: no cache kept for it
        cp = _nth_code_point(n)
        if cp is None:
            return None
        chars.append(chr(cp))
    return chars


class _OutOfCodePoints(Exception):
    pass


class _Encoder:
    """Token ↔ code point; ``identity`` keeps single characters as themselves."""

    def __init__(self, identity: bool, reserved: set[str]) -> None:
        self._identity = identity
        self._reserved = reserved
        self._codes: dict[str, str] = {}
        self._used = 0

    def encode(self, tokens: Sequence[str]) -> str | None:
        """The code-point string, or None when the code points run out."""
        codes = self._codes
        try:
            return "".join([codes[t] if t in codes else self._add(t) for t in tokens])
        except _OutOfCodePoints:
            return None

    def _add(self, token: str) -> str:
        if self._identity and len(token) == 1:
            code = token
        else:
            while True:
                cp = _nth_code_point(self._used)
                if cp is None:
                    raise _OutOfCodePoints
                self._used += 1
                code = chr(cp)
                if code not in self._reserved:
                    break
        self._codes[token] = code
        return code


# --- diffing ----------------------------------------------------------------------------

_Diff = tuple[int, str]
_EQUAL, _DELETE, _INSERT = diff_match_patch.DIFF_EQUAL, diff_match_patch.DIFF_DELETE, \
    diff_match_patch.DIFF_INSERT

_DIRECT_LIMIT = 1_000
"""Regions up to this many tokens (both sides together) get one edit script directly (the C++
edit script of a region this size takes well under a millisecond)."""
_ANCHORLESS_LIMIT = 1_200
"""An anchorless region larger than this is reported as one deletion plus one insertion."""
_REWRITE_SHARE = 0.5
"""An anchorless region where over this share of the tokens has no counterpart at all (a lower
bound of the edit distance) is a rewrite: one deletion plus one insertion. Semantic cleanup
would reach the same result, after much more work."""


def _engine() -> diff_match_patch:
    engine = diff_match_patch()
    engine.Diff_Timeout = 0  # never depend on the clock
    return engine


def _unique_anchors(a: str, b: str) -> list[tuple[int, int]]:
    """Positions (i, j) of code points that occur once in each text, longest increasing run."""
    count_a: dict[str, int] = {}
    for ch in a:
        count_a[ch] = count_a.get(ch, 0) + 1
    count_b: dict[str, int] = {}
    for ch in b:
        count_b[ch] = count_b.get(ch, 0) + 1
    where_b = {ch: j for j, ch in enumerate(b) if count_b[ch] == 1}
    pairs = [
        (i, where_b[ch]) for i, ch in enumerate(a) if count_a[ch] == 1 and ch in where_b
    ]
    if not pairs:
        return []
    return [pairs[k] for k in longest_increasing([j for _, j in pairs])]


def _raw_diff(engine: diff_match_patch, a: str, b: str) -> list[_Diff]:
    """A shortest edit script of one region (:func:`plandiff.engine.lcs.edit_script`, in C++),
    normalised by diff-match-patch's merge pass exactly as its own ``diff_main`` output is
    (equal pieces joined, deletions before insertions, edits slid to join equalities); the
    pass runs only when it would change something (:func:`_merge_changes`)."""
    diffs = edit_script(a, b)
    if _merge_changes(diffs):
        engine.diff_cleanupMerge(diffs)
    return diffs


def _merge_changes(diffs: list[_Diff]) -> bool:
    """Whether diff-match-patch's ``diff_cleanupMerge`` would change ``diffs``, pieces
    with no empty text and at most one deletion then one insertion between equal pieces (as
    :func:`plandiff.engine.lcs.edit_script` gives them). Its first pass changes only two
    equal pieces in a row, or a deletion and an insertion that begin or end alike (it
    factors that out); its second only a lone edit between equal pieces that ends with the
    piece before it or begins with the piece after it (it slides the edit over)."""
    last = len(diffs) - 1
    for k, (op, text) in enumerate(diffs):
        if op == _EQUAL:
            if k and diffs[k - 1][0] == _EQUAL:
                return True
            continue
        if op == _DELETE and k < last and diffs[k + 1][0] == _INSERT:
            inserted = diffs[k + 1][1]
            if text[0] == inserted[0] or text[-1] == inserted[-1]:
                return True
        elif 0 < k < last and diffs[k - 1][0] == _EQUAL and diffs[k + 1][0] == _EQUAL and (
                text.endswith(diffs[k - 1][1]) or text.startswith(diffs[k + 1][1])):
            return True
    return False


def _small_diff(engine: diff_match_patch, a: str, b: str) -> list[_Diff]:
    """One region's diff, cleaned up locally (keeps the final cleanup linear)."""
    diffs = _raw_diff(engine, a, b)
    if len(diffs) > 2:
        engine.diff_cleanupSemantic(diffs)
    return diffs


def _distance_bound(a: str, b: str) -> int:
    """A lower bound of the insert/delete edit distance: the multiset difference."""
    counts: dict[str, int] = {}
    for ch in a:
        counts[ch] = counts.get(ch, 0) + 1
    for ch in b:
        counts[ch] = counts.get(ch, 0) - 1
    return sum(abs(c) for c in counts.values())


def _diff_codes(engine: diff_match_patch, a: str, b: str) -> list[_Diff]:
    """Diff two code-point strings without any clock, splitting large inputs at anchors."""
    if not a or not b or len(a) + len(b) <= _DIRECT_LIMIT:
        return _raw_diff(engine, a, b)
    out: list[_Diff] = []
    # Work stack, processed in text order: (None, x, y) is a region still to diff,
    # (op, text, "") a finished piece.
    stack: list[tuple[int | None, str, str]] = [(None, a, b)]
    while stack:
        op, x, y = stack.pop()
        if op is not None:
            out.append((op, x))
            continue
        size = len(x) + len(y)
        if not x or not y or size <= _DIRECT_LIMIT:
            out.extend(_small_diff(engine, x, y))
            continue
        head = engine.diff_commonPrefix(x, y)
        tail = engine.diff_commonSuffix(x[head:], y[head:])
        if head or tail:
            pieces: list[tuple[int | None, str, str]] = []
            if head:
                pieces.append((_EQUAL, x[:head], ""))
            pieces.append((None, x[head : len(x) - tail], y[head : len(y) - tail]))
            if tail:
                pieces.append((_EQUAL, x[len(x) - tail :], ""))
            stack.extend(reversed(pieces))
            continue
        anchors = _unique_anchors(x, y)
        if not anchors:
            if size <= _ANCHORLESS_LIMIT and _distance_bound(x, y) <= _REWRITE_SHARE * size:
                out.extend(_small_diff(engine, x, y))
            else:
                out.extend(((_DELETE, x), (_INSERT, y)))
            continue
        pieces = []
        i0 = j0 = 0
        for i, j in anchors:
            pieces.append((None, x[i0:i], y[j0:j]))
            pieces.append((_EQUAL, x[i], ""))
            i0, j0 = i + 1, j + 1
        pieces.append((None, x[i0:], y[j0:]))
        stack.extend(reversed(pieces))
    merged = [d for d in out if d[1]]
    engine.diff_cleanupMerge(merged)
    return merged


def diff_texts(old: str, new: str, *, granularity: Granularity = Granularity.WORD
               ) -> tuple[Span, ...]:
    """The redline that turns ``old`` into ``new``, as equal / delete / insert spans.

    No span is empty; adjacent spans never share an op; the output depends only on the two
    texts and the granularity. :attr:`Granularity.CHAR` first diffs words, then refines each
    changed stretch character by character (so long texts stay fast).
    """
    if old == new:
        return (Span(SpanOp.EQUAL, old),) if old else ()
    if not old:
        return (Span(SpanOp.INSERT, new),)
    if not new:
        return (Span(SpanOp.DELETE, old),)
    if not (is_folded(old) and is_folded(new)):
        return _typeset(old, new, granularity)
    engine = _engine()
    pieces = _diff_tokens(engine, old, new, Granularity.WORD)
    if granularity is Granularity.CHAR:
        pieces = _refine(engine, pieces)
    return _to_spans(pieces)


def _typeset(old: str, new: str, granularity: Granularity) -> tuple[Span, ...]:
    """The redline of two texts that differ in typography too: diffed on their folded forms
    (typography is not change), then carried back to the original characters; an equal span
    whose two sides differ keeps the old ones in ``old_text``.

    Characters the fold removes (a soft hyphen, a space between Japanese text and a digit)
    belong to no folded character. Where such a run stands at an equal span's edge, the
    equal span takes it when both sides have the same run there, and the change beside it
    takes it otherwise: "the" → "the 合意" is "the" kept and " 合意" inserted, not "the "
    kept (the kept text's two sides would differ); "x 合意 y" → "x 合意 z" keeps "x 合意 ";
    "the the the 合意" → "the the 合意" deletes " the" and keeps " 合意"."""
    old_folded, old_at = fold_map(old)
    new_folded, new_at = fold_map(new)
    if old_folded == new_folded:
        return (Span(SpanOp.EQUAL, new, old),)
    if not old_folded or not new_folded:
        return (Span(SpanOp.DELETE, old), Span(SpanOp.INSERT, new))
    folded = diff_texts(old_folded, new_folded, granularity=granularity)
    # each equal span's place in the original texts: (old start, old stop, new start, new stop)
    kept: dict[int, tuple[int, int, int, int]] = {}
    # the last span of each side runs to that text's end
    last_old = max(k for k, span in enumerate(folded) if span.op is not SpanOp.INSERT)
    last_new = max(k for k, span in enumerate(folded) if span.op is not SpanOp.DELETE)
    o = n = 0  # folded characters passed
    for k, span in enumerate(folded):
        size = len(span.text)
        if span.op is SpanOp.EQUAL:
            old_start, new_start = _edge(old, old_at, o, new, new_at, n, lead=True)
            old_stop, new_stop = _edge(old, old_at, o + size, new, new_at, n + size,
                                       lead=False)
            kept[k] = (old_start, len(old) if k == last_old else old_stop,
                       new_start, len(new) if k == last_new else new_stop)
        o += size if span.op is not SpanOp.INSERT else 0
        n += size if span.op is not SpanOp.DELETE else 0
    spans: list[Span] = []
    old_end = new_end = 0  # original characters passed
    for k, span in enumerate(folded):
        if span.op is SpanOp.EQUAL:
            old_start, old_stop, new_start, new_stop = kept[k]
            # with no change between two equal spans on one side, a run between them that
            # neither takes is a change of its own ("合意 not" → "合意\nnot": the space
            # deleted, the line break inserted); one both take is the first one's
            if old_start > old_end:
                _add_change(spans, Span(SpanOp.DELETE, old[old_end:old_start]))
            if new_start > new_end:
                _add_change(spans, Span(SpanOp.INSERT, new[new_end:new_start]))
            old_part = old[max(old_start, old_end):old_stop]
            new_part = new[max(new_start, new_end):new_stop]
            spans.append(Span(SpanOp.EQUAL, new_part,
                              None if old_part == new_part else old_part))
            old_end, new_end = old_stop, new_stop
            continue
        # a change runs up to the next equal span on its side (or the text's end)
        following = next((kept[j] for j in range(k + 1, len(folded)) if j in kept), None)
        if span.op is SpanOp.DELETE:
            stop = following[0] if following else len(old)
            spans.append(Span(SpanOp.DELETE, old[old_end:stop]))
            old_end = stop
        else:
            stop = following[2] if following else len(new)
            spans.append(Span(SpanOp.INSERT, new[new_end:stop]))
            new_end = stop
    return tuple(spans)


def _add_change(spans: list[Span], span: Span) -> None:
    """Add a deletion or an insertion to the changed stretch that ``spans`` ends with:
    deletions before insertions, a span of the same op joined."""
    if span.op is SpanOp.DELETE and spans and spans[-1].op is SpanOp.INSERT:
        inserted = spans.pop()
        _add_change(spans, span)
        spans.append(inserted)
    elif spans and spans[-1].op is span.op:
        spans[-1] = Span(span.op, spans[-1].text + span.text)
    else:
        spans.append(span)


def _edge(old: str, old_at: list[int], o: int, new: str, new_at: list[int], n: int, *,
          lead: bool) -> tuple[int, int]:
    """Where an equal span starts (``lead``) or stops in the two original texts, at folded
    positions ``o`` and ``n``: with the characters the fold removed there (between the
    folded characters before and at that position) when both texts have the same ones,
    without them otherwise."""
    old_run = (old_at[o - 1] + 1 if o else 0, old_at[o])
    new_run = (new_at[n - 1] + 1 if n else 0, new_at[n])
    same = old[old_run[0]:old_run[1]] == new[new_run[0]:new_run[1]]
    if lead:
        return (old_run[0], new_run[0]) if same else (old_run[1], new_run[1])
    return (old_run[1], new_run[1]) if same else (old_run[0], new_run[0])


def _diff_tokens(engine: diff_match_patch, old: str, new: str, granularity: Granularity
                 ) -> list[_Diff]:
    """Token-level diff of two texts, semantically cleaned up, as (op, text) pieces."""
    encoded: _Encoded
    if granularity is Granularity.CHAR:
        encoder = _Encoder(True, set(old) | set(new))
        old_tokens, new_tokens = tokenize(old, granularity), tokenize(new, granularity)
        encoded = (encoder.encode(old_tokens), encoder.encode(new_tokens),
                   list(map(len, old_tokens)), list(map(len, new_tokens)))
    else:
        encoded = _encode_words(old, new) or _encode_fresh(tokenize(old, granularity),
                                                           tokenize(new, granularity))
    a, b, old_lengths, new_lengths = encoded
    if a is None or b is None:  # pragma: no cover - needs over a million distinct tokens
        return [(_DELETE, old), (_INSERT, new)]
    diffs = _diff_codes(engine, a, b)
    engine.diff_cleanupSemantic(diffs)
    return _pieces(diffs, old, new, old_lengths, new_lengths)


def _pieces(diffs: list[_Diff], old: str, new: str, old_lengths: list[int],
            new_lengths: list[int]) -> list[_Diff]:
    """The diff of the code-point strings as pieces of the texts: the ``k`` code points of a
    piece are the next ``k`` tokens of its side(s), so its text is the slice of ``old`` (equal
    and deleted pieces) or ``new`` (inserted ones) as long as those tokens together. Slicing
    replaces a look-up per token (each one a new one-character string to hash); an equal
    piece's length is the old tokens', and the new side only skips its tokens."""
    out: list[_Diff] = []
    i = j = at = 0  # tokens of old and new passed; characters of old passed
    new_at = 0  # characters of new passed
    for op, codes in diffs:
        k = len(codes)
        if op == _INSERT:
            size = sum(new_lengths[j:j + k])
            out.append((op, new[new_at:new_at + size]))
            j += k
            new_at += size
        else:
            size = sum(old_lengths[i:i + k])
            out.append((op, old[at:at + size]))
            i += k
            at += size
            if op == _EQUAL:
                j += k
                new_at += size
    return out


_Encoded = tuple[str | None, str | None, list[int], list[int]]
"""Both texts as code-point strings (None when the code points run out) and the lengths of
each text's tokens, in order."""


def _encode_fresh(old_tokens: list[str], new_tokens: list[str]) -> _Encoded:
    """Both token lists as code-point strings under a table of their own (what
    :class:`_Encoder` does in word mode, codes in order of first appearance, in C loops),
    with the tokens' lengths; None for both strings when the code points run out."""
    distinct = dict.fromkeys(chain(old_tokens, new_tokens))
    chars = _code_chars(len(distinct))
    if chars is None:  # pragma: no cover - needs over a million distinct tokens
        return None, None, [], []
    codes = dict(zip(distinct, chars, strict=True))
    return ("".join(map(codes.__getitem__, old_tokens)),
            "".join(map(codes.__getitem__, new_tokens)),
            list(map(len, old_tokens)), list(map(len, new_tokens)))


_OTHER_SPACES = tuple(c for c in map(chr, range(128)) if c.isspace() and c != " ")
"""The ASCII whitespace characters but the plain space (what ``[^\\S ]`` matches in ASCII
text: a tab, a line break, ... and the separators U+001C-U+001F)."""


def _space_by_other(text: str) -> bool:
    """Whether a plain space stands next to another whitespace character in ASCII ``text``
    (substring tests in C, only for the characters the text has)."""
    return any(c in text and (" " + c in text or c + " " in text) for c in _OTHER_SPACES)


def _piece_lengths(pieces: list[str], tokens_of: dict[str, list[str]]) -> list[int]:
    """The lengths of the tokens of ``" ".join(pieces)``, given the tokens of each piece of
    several (``tokens_of``; any other piece is one token): each piece's length, then a
    space's, then the next piece's ..."""
    lengths = [1] * (2 * len(pieces) - 1)
    lengths[::2] = map(len, pieces)
    if tokens_of:  # from the last piece of several back, so that the places hold
        for k in reversed(list(compress(range(len(pieces)),
                                        map(tokens_of.__contains__, pieces)))):
            lengths[2 * k:2 * k + 1] = map(len, tokens_of[pieces[k]])
    return lengths


def _encode_words(old: str, new: str) -> _Encoded | None:
    """What ``_encode_fresh(tokenize(old), tokenize(new))`` gives, the same code-point
    strings and token lengths, for two ASCII texts whose words are set apart by single plain
    spaces (None for other texts); other whitespace (a line break) may stand inside a word's
    piece, never next to a space.

    In such a text no token holds a plain space but the single spaces between its
    space-separated pieces (a word's joints look only at the characters beside them, and a
    piece's edge stops them as a space does; a run of other whitespace ends where a piece's
    characters do), so the tokens are each piece's tokens with a space between pieces. Each
    distinct piece is tokenised once (a piece of letters and digits only is one token, found
    without the tokeniser) and stands for the codes of its tokens, given in the order the
    tokens first appear in ``old`` then ``new``: a piece first appears where its tokens first
    could, and the space right after the first piece. The steps run in C loops (``dict``,
    ``zip``, ``map``); Python code runs only for the few pieces of several tokens."""
    if not (old.isascii() and new.isascii()):
        return None
    old_pieces, new_pieces = old.split(" "), new.split(" ")
    if "" in old_pieces or "" in new_pieces:
        return None  # a run of spaces, or a space at an end
    if _space_by_other(old) or _space_by_other(new):
        return None  # a space beside other whitespace
    if len(old_pieces) > 1:
        order = chain(old_pieces[:1], " ", old_pieces[1:], new_pieces)
    elif len(new_pieces) > 1:
        order = chain(old_pieces, new_pieces[:1], " ", new_pieces[1:])
    else:
        order = chain(old_pieces, new_pieces)
    distinct = dict.fromkeys(order)  # the pieces (and the space) in order of appearance
    several = [piece for piece in filterfalse(str.isalnum, distinct) if piece != " "]
    tokens_of = {piece: _ASCII_WORDS.findall(piece) for piece in several}
    if several:  # the pieces in order, each piece of several as its tokens
        pieces = list(distinct)
        runs: list[list[str]] = []
        at = 0
        for piece in several:
            k = pieces.index(piece, at)
            runs += (pieces[at:k], tokens_of[piece])
            at = k + 1
        runs.append(pieces[at:])
        tokens = dict.fromkeys(chain.from_iterable(runs))
    else:
        tokens = distinct
    if len(tokens) > _CODE_CACHE:  # pragma: no cover - a text of 65,536 tokens
        return None
    chars = _code_chars(len(tokens))
    assert chars is not None
    codes = dict(zip(tokens, chars, strict=True))  # a token, or a piece of several: code(s)
    get = codes.__getitem__
    for piece in several:
        codes[piece] = "".join(map(get, tokens_of[piece]))
    space = codes.get(" ", "")
    return (space.join(map(get, old_pieces)), space.join(map(get, new_pieces)),
            _piece_lengths(old_pieces, tokens_of), _piece_lengths(new_pieces, tokens_of))


def _refine(engine: diff_match_patch, pieces: list[_Diff]) -> list[_Diff]:
    """Re-diff every changed stretch (deletions plus insertions) character by character."""
    out: list[_Diff] = []
    i = 0
    while i < len(pieces):
        if pieces[i][0] == _EQUAL:
            out.append(pieces[i])
            i += 1
            continue
        j = i
        while j < len(pieces) and pieces[j][0] != _EQUAL:
            j += 1
        removed = "".join(text for op, text in pieces[i:j] if op == _DELETE)
        added = "".join(text for op, text in pieces[i:j] if op == _INSERT)
        if removed and added:
            out.extend(_diff_tokens(engine, removed, added, Granularity.CHAR))
        else:
            out.extend(pieces[i:j])
        i = j
    return out


_OPS = {_EQUAL: SpanOp.EQUAL, _DELETE: SpanOp.DELETE, _INSERT: SpanOp.INSERT}


def _to_spans(pieces: Iterable[_Diff]) -> tuple[Span, ...]:
    """The spans of the pieces: empty ones left out, neighbours of one op joined, and the
    space an insertion after a deletion starts with moved after its words where the kept text
    after it starts with that space too (:func:`_space_after`). Each is the instance
    ``Span(op, text)`` makes, without the frozen dataclass's ``object.__setattr__`` per field
    (a redline makes tens of thousands)."""
    states: list[dict[str, SpanOp | str | None]] = []
    spaced: list[int] = []  # the insertions after a deletion that start with a space
    ops, deleted = _OPS, _DELETE
    last = None
    for op, text in pieces:
        if not text:
            continue
        if op == last:
            states[-1]["text"] += text  # type: ignore[operator]
        else:
            if last == deleted and text[0].isspace():  # an insertion or kept text
                spaced.append(len(states))
            states.append({"op": ops[op], "text": text, "old_text": None})
            last = op
    if spaced:
        _space_after(states, spaced)
    return tuple(new_frozen_each(Span, states))


def _space_after(states: list[dict[str, SpanOp | str | None]], spaced: list[int]) -> None:
    """Move the space each insertion at ``spaced`` starts with (a deletion stands before it)
    after its words, where the kept text after it starts with that space too: "response,
    all" → "response follows and all" is "response" kept, "," deleted, " " kept, "follows and
    " inserted and "all" kept, not " follows and" inserted (a mark underlining the space
    before its first word) and " all" kept. Both texts stay as they were; a word's following
    space goes with it, as a word processor's comparison marks it. An insertion that must
    start with its space (nothing kept after it starts so, or it is all space) keeps it."""
    for k in reversed(spaced):  # from the end, so that the places hold
        if states[k]["op"] is not SpanOp.INSERT or k + 1 == len(states) or \
                states[k + 1]["op"] is not SpanOp.EQUAL:
            continue
        inserted, kept = str(states[k]["text"]), str(states[k + 1]["text"])
        words = inserted.lstrip()
        space = inserted[:len(inserted) - len(words)]
        if not words or not kept.startswith(space) or (
                kept == space and k + 2 < len(states)):
            continue  # the kept text is that space with more changes after it: no gain
        moved = [{"op": SpanOp.EQUAL, "text": space, "old_text": None},
                 {"op": SpanOp.INSERT, "text": words + space, "old_text": None}]
        if kept != space:
            moved.append({"op": SpanOp.EQUAL, "text": kept[len(space):], "old_text": None})
        states[k:k + 2] = moved


def similarity(spans: Iterable[Span]) -> float:
    """0..1: twice the unchanged characters over the characters of both texts (1.0 if both
    are empty)."""
    equal = old = new = 0
    equal_op, delete_op = SpanOp.EQUAL, SpanOp.DELETE
    for span in spans:
        op = span.op
        if op is equal_op:
            equal += len(span.text)
        elif op is delete_op:
            old += len(span.text)
        else:
            new += len(span.text)
    total = 2 * equal + old + new
    return 1.0 if total == 0 else (2 * equal) / total


# --- normalisation ----------------------------------------------------------------------

_ROMAN = r"(?:[ivxlcdm]{1,6})"
_DIGITS = "0-9０-９"
_KANJI_DIGITS = "〇零一二三四五六七八九十百千"
_NUMBERING = re.compile(
    r"^\s*(?:[-*+•]\s+)?(?:\*\*|__)?"
    r"(?:"
    rf"(?:point|article|section|clause|paragraph|art\.|§)\s*[{_DIGITS}]{{1,6}}"
    r"(?:\s*[.．)）:：])?"
    rf"|[{_DIGITS}]{{1,6}}\s*[.．)）]"
    rf"|[(（]\s*(?:[{_DIGITS}]{{1,4}}|[a-zａ-ｚ]|{_ROMAN})\s*[)）]"
    rf"|(?:[a-zａ-ｚ]|{_ROMAN})[.．)）]"
    rf"|第\s*[{_DIGITS}{_KANJI_DIGITS}]+\s*[条項章節款号]"
    r"|[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]"  # circled numbers
    r")(?:\*\*|__)?(?:\s+|$|(?=[^\sA-Za-z0-9]))",
    re.IGNORECASE,
)
_JOINERS = frozenset("-\u2010\u2011'\u2019\u00ad")
"""Punctuation inside words (peace-keeping, Ukraine's): dropped, not turned into a space."""
_SPACE = re.compile(r"\s+")


def normalise(text: str, *, case: bool = True, whitespace: bool = True,
              punctuation: bool = True, numbering: bool = True, width: bool = True) -> str:
    """A comparison key for ``text``: what "identical text" means to the aligner and to the
    ignore options.

    ``width`` applies Unicode NFKC (full-width → ASCII, composed accents); ``case`` casefolds;
    ``numbering`` strips a leading point number ("12.", "(a)", "iv)", "Article 5", "第1条");
    ``punctuation`` turns punctuation (Unicode category P*) into spaces, except hyphens and
    apostrophes, which are dropped (symbols such as $ and % stay);
    ``whitespace`` collapses whitespace runs to one space and trims the ends. With every
    option off the text comes back unchanged.
    """
    if width:
        text = unicodedata.normalize("NFKC", text)
    if numbering:
        match = _NUMBERING.match(text)
        if match and match.end() < len(text):
            text = text[match.end():]
    if case:
        text = text.casefold()
    if punctuation:
        text = "".join(
            ch if not unicodedata.category(ch).startswith("P") else "" if ch in _JOINERS else " "
            for ch in text
        )
    if whitespace:
        text = _SPACE.sub(" ", text).strip()
    return text
