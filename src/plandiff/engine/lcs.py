"""Shortest insert/delete edit scripts between two strings: the only module that imports
rapidfuzz.

:mod:`plandiff.engine.redline` maps every token to one code point and needs, for each region of two
texts, an edit script that keeps a longest common subsequence. diff-match-patch computes one in
pure Python (Myers' bisection); rapidfuzz computes one in C++ with Hyyrö's bit-parallel
algorithm (time and memory O(⌈N/64⌉·M)), several times faster on the thousands of point pairs
of a long treaty. Like any longest common subsequence, the result is deterministic and depends
only on the two strings; among equally short scripts it may choose another one than Myers'
algorithm would, which the semantic cleanup that follows in textdiff then shapes the same way.
"""

from __future__ import annotations

from typing import cast

from rapidfuzz.distance import Indel

DELETE, EQUAL, INSERT = -1, 0, 1
"""The operation codes of diff-match-patch's diffs, which the pieces use too."""


def edit_script(a: str, b: str) -> list[tuple[int, str]]:
    """(operation, text) pieces that turn ``a`` into ``b``, deleting and inserting as few
    characters as possible; empty texts give no piece. Between two equal pieces (or an
    equal piece and an end) stands at most one deletion and then at most one insertion."""
    if a == b:
        return [(EQUAL, a)] if a else []
    out: list[tuple[int, str]] = []
    deleted = inserted = ""
    # as_list: plain tuples, several times faster to read than an Opcode object's attributes
    opcodes = cast(list[tuple[str, int, int, int, int]], Indel.opcodes(a, b).as_list())
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "equal":
            deleted += a[i1:i2]
            inserted += b[j1:j2]
            continue
        if deleted:
            out.append((DELETE, deleted))
            deleted = ""
        if inserted:
            out.append((INSERT, inserted))
            inserted = ""
        if i2 > i1:
            out.append((EQUAL, a[i1:i2]))
    if deleted:
        out.append((DELETE, deleted))
    if inserted:
        out.append((INSERT, inserted))
    return out


__all__ = ["DELETE", "EQUAL", "INSERT", "edit_script"]
