"""Hypothesis strategies: generated plan files, valid and mutated.

``plans()`` builds plan dicts that pass the schema and the model (random ids, numbers and
texts with Latin, Cyrillic, CJK, emoji and right-to-left words, control-free); ``revisions()``
derives a second version from one by the edits negotiators make (reword, renumber, move,
insert, delete, split, merge); ``mutated()`` breaks a valid file the ways careless tools do
(a field dropped, a value of the wrong type, garbage bytes, truncation).
"""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import strategies as st

TOPICS = ("ceasefire", "elections", "territory", "sanctions", "nato", "monitoring",
          "reconstruction", "prisoners", "energy", "military-limits")

WORDS = (
    # English, with the words the meaning-shift flags look at
    "the", "parties", "shall", "should", "may", "must", "not", "never", "no", "within",
    "days", "troops", "600,000", "800,000", "100", "2026-01-01", "Ukraine", "Russia",
    "United States", "ceasefire", "zone", "withdraw", "guarantee", "and", "or", "of",
    # Cyrillic, CJK, emoji, right-to-left, combining marks, odd spaces
    "Україна", "гарантії", "безпеки", "停戦", "ウクライナ", "安全保障", "第1条", "１．",
    "（a）", "协议", "평화", "🕊️", "👍🏽", "🇺🇦", "سلام", "שלום", "\u200f", "e\u0301",
    "\u00a0", "\u3000", "x\u200dy", "<b>", "&amp;", "{{ 7*7 }}", "\\", '"', "'",
)
# C1 controls (U+0080-U+009F) are left out too: a file with more than 1 % of them is read as
# binary (plandiff._text.decode_text), as mojibake from a wrong encoding almost always is.
_C1 = {*map(chr, range(0x80, 0xA0))}
_FORBIDDEN_IN_TEXT = {*map(chr, range(0x00, 0x09)), "\x0b", "\x0c",
                      *map(chr, range(0x0e, 0x20)), "\x7f", *_C1}
_FORBIDDEN_IN_LINE = {*map(chr, range(0x00, 0x20)), "\x7f", *_C1}

text_chars = st.characters(blacklist_categories=("Cs",),
                           blacklist_characters="".join(sorted(_FORBIDDEN_IN_TEXT)))
line_chars = st.characters(blacklist_categories=("Cs",),
                           blacklist_characters="".join(sorted(_FORBIDDEN_IN_LINE)))

EMOJI = frozenset({"🕊️", "👍🏽", "🇺🇦"})


def _texts(words: tuple[str, ...], raw: bool) -> st.SearchStrategy[str]:
    sentence = st.lists(st.sampled_from(words), min_size=1, max_size=14).map(" ".join)
    choices = [sentence, st.lists(sentence, min_size=2, max_size=3).map("\n".join),
               st.just("")]
    if raw:
        choices.append(st.text(text_chars, max_size=60))
    return st.one_of(*choices)


point_text = _texts(WORDS, raw=True)
printable_text = _texts(tuple(w for w in WORDS if w not in EMOJI), raw=False)
"""Texts every installed font can draw (for PDF examples)."""
line = st.text(line_chars, min_size=1, max_size=40)
printable_line = st.lists(st.sampled_from([w for w in WORDS if w not in EMOJI]), min_size=1,
                          max_size=5).map(" ".join)
URLS = ("https://example.org/", "http://example.org/a?b=c&d=%3Ce%3E",
        "https://xn--e1afmkfd.xn--p1ai/%D0%BF", "https://example.org/" + "x" * 1900)
ID_POOL = ("1", "2", "3", "a", "b", "p1", "p2", "P1", "army-cap", "x_y", "a.b", "0", "Z9",
           "ceasefire", "point-10", "A" * 128)
point_id = st.sampled_from(ID_POOL)
printable_number = st.one_of(st.integers(1, 999).map(str),
                             st.sampled_from(["10(d)", "第1条", "１．", "(a)", "IV", "2.1"]))
number = st.one_of(printable_number, st.text(line_chars, min_size=1, max_size=8))


def _fresh(candidate: str, ids: set[str]) -> str:
    """``candidate``, or a variant of it no other point of the version uses."""
    chosen = candidate
    while chosen in ids:
        chosen = f"{candidate[:100]}-{len(ids)}-{len(chosen)}"
    ids.add(chosen)
    return chosen


@st.composite
def _point(draw: st.DrawFn, ids: set[str], depth: int, texts: st.SearchStrategy[str] = point_text,
           lines: st.SearchStrategy[str] = line) -> dict[str, Any]:
    pid = _fresh(draw(point_id), ids)
    numbers = printable_number if texts is printable_text else number
    point: dict[str, Any] = {"id": pid, "number": draw(numbers), "text": draw(texts)}
    topics = draw(st.lists(st.sampled_from(TOPICS), max_size=2, unique=True))
    if topics:
        point["topics"] = topics
    if draw(st.booleans()) and draw(st.booleans()):
        point["title"] = draw(lines)
    if depth < 2 and draw(st.integers(0, 4)) == 0:
        point["points"] = [draw(_point(ids, depth + 1, texts, lines))
                           for _ in range(draw(st.integers(1, 3)))]
    return point


@st.composite
def plans(draw: st.DrawFn, document: str = "doc", version: str = "v1",
          max_points: int = 8, language: str = "en", printable: bool = False
          ) -> dict[str, Any]:
    """A valid plan version dict (schema and model); ``printable``: only texts the
    installed fonts can draw, no raw random characters."""
    ids: set[str] = set()
    texts = printable_text if printable else point_text
    lines = printable_line if printable else line
    points = [draw(_point(ids, 0, texts, lines)) for _ in range(draw(st.integers(0, max_points)))]
    plan: dict[str, Any] = {
        "document": document,
        "version": version,
        "title": draw(lines),
        "date": "2025-11-20",
        "status": draw(st.sampled_from(["draft", "leaked-draft", "official", "reported"])),
        "text_kind": draw(st.sampled_from(["paraphrase", "official", "summary"])),
        "language": language,
        "parties": draw(st.lists(lines, max_size=3, unique=True)),
        "sources": [{"title": draw(lines), "publisher": draw(lines),
                     "url": draw(st.sampled_from(URLS))}],
        "points": points,
    }
    if draw(st.booleans()):
        plan["notes"] = draw(texts)
    return plan


def _all_ids(points: list[dict[str, Any]]) -> set[str]:
    out: set[str] = set()
    for p in points:
        out.add(p["id"])
        out |= _all_ids(p.get("points", []))
    return out


@st.composite
def revisions(draw: st.DrawFn, old: dict[str, Any], version: str = "v2",
              printable: bool = False) -> dict[str, Any]:
    """A later version of ``old``: the edits of a negotiation, applied at random."""
    new = copy.deepcopy(old)
    new["version"] = version
    new["date"] = "2025-12-24"
    points: list[dict[str, Any]] = new["points"]
    ids = _all_ids(points)
    numbers = printable_number if printable else number
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["reword", "renumber", "move", "insert", "delete", "split",
                                   "merge", "rename"]))
        if op == "insert" or not points:
            texts, lines = (printable_text, printable_line) if printable else (point_text, line)
            points.insert(draw(st.integers(0, len(points))), draw(_point(ids, 1, texts, lines)))
            continue
        i = draw(st.integers(0, len(points) - 1))
        if op == "reword":
            words = points[i]["text"].split(" ")
            j = draw(st.integers(0, len(words)))
            words.insert(j, draw(st.sampled_from(WORDS)))
            if len(words) > 2 and draw(st.booleans()):
                words.pop(draw(st.integers(0, len(words) - 1)))
            points[i]["text"] = " ".join(words)
        elif op == "renumber":
            points[i]["number"] = draw(numbers)
        elif op == "move":
            points.insert(draw(st.integers(0, len(points) - 1)), points.pop(i))
        elif op == "delete":
            points.pop(i)
        elif op == "rename":
            fresh = _fresh(draw(point_id), ids)
            points[i]["id"] = fresh
        elif op == "split":
            text = points[i]["text"]
            cut = draw(st.integers(0, len(text)))
            fresh = _fresh(draw(point_id), ids)
            points[i]["text"] = text[:cut]
            points.insert(i + 1, {"id": fresh, "number": draw(numbers), "text": text[cut:]})
        elif op == "merge" and i + 1 < len(points):
            second = points.pop(i + 1)
            points[i]["text"] = points[i]["text"] + " " + second["text"]
            points[i].setdefault("points", []).extend(second.get("points", []))
            if not points[i]["points"]:
                del points[i]["points"]
    return new


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here]
    if isinstance(value, dict):
        for key, sub in value.items():
            out.extend(_paths(sub, (*here, key)))
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            out.extend(_paths(sub, (*here, index)))
    return out


WRONG_VALUES: tuple[Any, ...] = (
    None, 0, -1, 1.5, 10**40, 1e308, True, "", "../../x", "\u0007", "x" * 3000, [], {},
    [None], {"points": []}, "2025-02-30", "javascript:alert(1)", ["a", "a"],
)


@st.composite
def mutated(draw: st.DrawFn, plan: dict[str, Any]) -> bytes:
    """The bytes of ``plan`` as a file, broken in one to three ways."""
    data = copy.deepcopy(plan)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        op = draw(st.sampled_from(["delete", "swap", "swap", "extra-key"]))
        if op == "delete":
            del parent[path[-1]]
        elif op == "swap":
            # a copy: the lists and dicts in WRONG_VALUES are shared, and a later mutation of
            # this file would change them for every test case after it (even into a list
            # holding itself)
            parent[path[-1]] = copy.deepcopy(draw(st.sampled_from(WRONG_VALUES)))
        elif isinstance(parent, dict):
            parent[draw(st.sampled_from(["unknown", "x-ok", "$schema", "points"]))] = (
                copy.deepcopy(draw(st.sampled_from(WRONG_VALUES))))
    raw = json.dumps(data, ensure_ascii=draw(st.booleans()), indent=draw(
        st.sampled_from([None, 2]))).encode("utf-8")
    byte_op = draw(st.sampled_from(["none", "none", "garbage", "truncate", "prefix"]))
    if byte_op == "garbage" and raw:
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + draw(st.binary(min_size=1, max_size=8)) + raw[at:]
    elif byte_op == "truncate":
        raw = raw[: draw(st.integers(0, len(raw)))]
    elif byte_op == "prefix":
        raw = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"//", b"\n"])) + raw
    return raw
