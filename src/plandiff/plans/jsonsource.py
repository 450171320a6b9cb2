"""Reading JSON files safely: encoding, size and depth checks, line:column errors, and a
locator that maps a JSON path back to the line it stands on (for CI annotations).

This is the only place that turns bytes from disk into JSON values.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
import sys
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from pathlib import Path
from typing import Any, BinaryIO

from plandiff._text import decode_text
from plandiff.errors import InputError, Problem
from plandiff.limits import DEFAULT_LIMITS, Limits

JsonPath = tuple[str | int, ...]


def format_path(path: JsonPath) -> str:
    """``("points", 3, "id")`` → ``$.points[3].id``."""
    out = "$"
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$-]*", part):
            out += f".{part}"
        else:
            out += "[" + json.dumps(part, ensure_ascii=False) + "]"
    return out


def _fail(file: str, message: str, *, rule: str, line: int | None = None,
          column: int | None = None, path: str = "") -> InputError:
    problem = Problem(file=file, path=path, message=message, line=line, column=column, rule=rule)
    return InputError(problem.format(), (problem,))


def check_regular(path: Path, display: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse, without opening it, anything but a regular file within the size limit: a
    folder, a device, a pipe (opening one would block), a link loop, a missing file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _fail(display, "no such file", rule="io") from None
    except RuntimeError:  # pragma: no cover - symlink loop on some Pythons
        raise _fail(display, "symbolic link loop", rule="io") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise _fail(display, f"cannot read: {reason}", rule="io") from None
    if stat.S_ISDIR(info.st_mode):
        raise _fail(display, "is a directory, expected a file", rule="io")
    if not stat.S_ISREG(info.st_mode):
        raise _fail(display, "is not a regular file (device, pipe or socket)", rule="io")
    if info.st_size > limits.max_file_bytes:
        raise _fail(display, f"file is {info.st_size} bytes, over the limit of "
                    f"{limits.max_file_bytes} (set PLANDIFF_MAX_FILE_BYTES to raise it)",
                    rule="limits")


def _read_at_most(handle: BinaryIO, size: int) -> bytes:
    """Up to ``size`` bytes, read in pieces (no buffer of the limit's size is allocated)."""
    chunks: list[bytes] = []
    total = 0
    while total < size:
        chunk = handle.read(min(1 << 20, size - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_bytes(path: Path, display: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of a regular file, refusing directories, devices, loops and huge files."""
    check_regular(path, display, limits)
    # Opened without blocking and checked again on the open file: a file swapped for a pipe
    # after the check above can neither block the open nor be read.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(
        os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise _fail(display, "is not a regular file (device, pipe or socket)",
                            rule="io")
            data = _read_at_most(handle, limits.max_file_bytes + 1)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise _fail(display, f"cannot read: {reason}", rule="io") from None
    if len(data) > limits.max_file_bytes:
        raise _fail(display, f"file is over the limit of {limits.max_file_bytes} bytes",
                    rule="limits")
    return data


def _long_number(text: str) -> tuple[int, int] | None:
    """Where the first number too long for Python's integer parser starts (a value after
    ``[``, ``:`` or ``,`` with more digits than ``sys.get_int_max_str_digits()``), and how
    many digits it has."""
    most = sys.get_int_max_str_digits()
    found = re.search(r"[\[:,]\s*+-?(\d{" + str(most + 1) + ",})", text) if most else None
    return (found.start(1), len(found.group(1))) if found else None


def _decode_message(text: str, exc: json.JSONDecodeError) -> str:
    """The parser's message, with what a hand-edited file most often holds there said in
    plain words: a comma before a closing bracket, a comment, single quotes."""
    here = text[exc.pos:exc.pos + 2]
    if not here:  # the text ended early
        return exc.msg
    before = text[:exc.pos].rstrip()
    if here[0] in "]}" and before.endswith(","):
        return f"a comma before '{here[0]}' (JSON allows no comma after the last item)"
    if here in ("//", "/*"):
        return "a comment (JSON allows none)"
    if here[0] == "'":
        return "a single quote (JSON strings and keys take double quotes)"
    if here[0] in "\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb":
        return (f"a typographic quote {here[0]} where JSON needs a straight double quote \" "
                "(an editor's smart quotes: turn them off, or replace them around keys and "
                "strings)")
    return exc.msg


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


_STRUCT = re.compile(r'"(?:[^"\\]++|\\.)*+"?|[\[\]{}]', re.DOTALL)
"""A string (possessive: never backtracks, so hostile text cannot make it quadratic; an
unterminated one matches to where it stops) or a bracket."""


_STRING_OR_REST = re.compile(r'"(?:[^"\\]++|\\.)*+"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]++")
_DELTA = {"[": 1, "{": 1, "]": -1, "}": -1}


def _check_depth(text: str, display: str, max_depth: int) -> None:
    """Refuse JSON nested deeper than ``max_depth`` before parsing it (linear time: a quick
    pass over the brackets outside strings; the exact place only when it is too deep)."""
    brackets = _NOT_BRACKET.sub("", _STRING_OR_REST.sub("", text))
    if not brackets or max(accumulate(map(_DELTA.__getitem__, brackets))) <= max_depth:
        return
    depth = 0
    for match in _STRUCT.finditer(text):
        token = match.group()
        if token[0] == '"':
            if len(token) < 2 or token[-1] != '"' or _escaped_end(token):
                return  # unterminated string: invalid JSON, json.loads reports where
            continue
        if token in ("[", "{"):
            depth += 1
            if depth > max_depth:
                line, col = _line_col(text, match.start())
                raise _fail(display, f"JSON nested deeper than {max_depth} levels "
                            "(set PLANDIFF_MAX_DEPTH to raise it)", rule="limits",
                            line=line, column=col)
        else:
            depth -= 1


def _walk_values(value: Any, limit: int, most: int) -> tuple[bool, bool]:
    """One walk over parsed JSON, a level at a time: (whether it nests containers deeper
    than ``limit``, the depth :func:`_check_depth` counts in the text, the outermost
    container at depth 1; whether it may hold a string longer than ``most`` characters or a
    number too large to represent). The second is False only when :func:`_find_bad_string`
    can find no such value (and always True under a walk cut short by the depth): the
    lengths of a level's values are measured in one C loop (a container with more than
    ``most`` items only sends the check to :func:`_find_bad_string`), value by value only
    for a level holding numbers, booleans or null."""
    level = [value]
    depth = 0
    maybe_bad = False
    while True:
        if not maybe_bad:
            try:
                maybe_bad = max(map(len, level), default=0) > most
            except TypeError:  # a number, a boolean or null: judged one by one
                maybe_bad = any(len(item) > most if type(item) is str else
                                type(item) is float and not math.isfinite(item)
                                for item in level)
        containers = [item for item in level if type(item) is dict or type(item) is list]
        if not containers:
            return False, maybe_bad
        depth += 1
        if depth > limit:
            return True, True
        level = []
        for item in containers:
            level.extend(item.values() if type(item) is dict else item)


def _escaped_end(token: str) -> bool:
    """True when the closing quote of ``token`` is escaped (an odd run of backslashes)."""
    run = len(token) - 1 - len(token[:-1].rstrip("\\"))
    return run % 2 == 1


class _Constant(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _Constant(f"{name} is not valid JSON")


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object's members as a dict; a key given twice is refused (the first such key is
    named)."""
    out = dict(pairs)  # one C loop; fewer keys than members: a key given twice
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Constant(f"duplicate key {json.dumps(key, ensure_ascii=False)}")
            seen.add(key)
    return out


_SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone surrogate: only a ``\\uD8xx`` escape in the JSON text can make one."""


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
"""What a lone surrogate needs in the JSON text (an escape; also matches ``\\\\ud800``, a
backslash then text, which only costs the slow check)."""


def _find_bad_string(value: Any, path: JsonPath, limits: Limits) -> tuple[JsonPath, str] | None:
    stack: list[tuple[Any, JsonPath]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if len(item) > limits.max_text_chars:
                return where, (f"text of {len(item)} characters is over the limit of "
                               f"{limits.max_text_chars} (set PLANDIFF_MAX_TEXT_CHARS)")
            if _SURROGATE.search(item):
                return where, "string contains a lone surrogate (\\ud800-\\udfff escape)"
        elif isinstance(item, dict):
            for key, sub in item.items():
                if _SURROGATE.search(key):
                    return where, "key contains a lone surrogate"
                stack.append((sub, (*where, key)))
        elif isinstance(item, list):
            stack.extend((sub, (*where, i)) for i, sub in enumerate(item))
        elif isinstance(item, float) and not math.isfinite(item):
            return where, "number is too large to represent"
    return None


@dataclass(frozen=True)
class JsonDocument:
    """A parsed JSON file, with its text for locating paths."""

    display: str
    text: str
    data: Any

    @cached_property
    def _places(self) -> dict[JsonPath, tuple[int, int]]:
        return locate_places(self.text)

    def place_of(self, path: JsonPath) -> tuple[int, int] | None:
        """The line and column (1-based, in characters) where the value at ``path`` starts,
        or its nearest located ancestor's."""
        places = self._places
        current = path
        while True:
            if current in places:
                return places[current]
            if not current:
                return None
            current = current[:-1]

    def line_of(self, path: JsonPath) -> int | None:
        """The line where the value at ``path`` starts (or its nearest located ancestor)."""
        place = self.place_of(path)
        return place[0] if place is not None else None

    def column_of(self, path: JsonPath) -> int | None:
        """The column where the value at ``path`` starts (or its nearest located ancestor)."""
        place = self.place_of(path)
        return place[1] if place is not None else None


def parse_json(text: str, display: str, limits: Limits = DEFAULT_LIMITS) -> JsonDocument:
    """Parse JSON text strictly (no NaN/Infinity, no duplicate keys, no lone surrogates)."""
    if not text.strip():
        raise _fail(display, "file is empty; expected a JSON object", rule="json",
                    line=1, column=1)
    # The nesting limit is judged before any other problem is reported. A file that parses
    # is measured on its values (a walk in C-speed steps, where the scan of the text for
    # brackets outside strings takes several times longer); the text is scanned only when
    # that walk finds it too deep (for the place) or when the parser refuses it.
    try:
        data = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        _check_depth(text, display, limits.max_depth)
        raise _fail(display, f"invalid JSON: {_decode_message(text, exc)}", rule="json",
                    line=exc.lineno, column=exc.colno) from None
    except _Constant as exc:
        _check_depth(text, display, limits.max_depth)
        found = _constant_place(text)
        if found is None:
            raise _fail(display, f"invalid JSON: {exc}", rule="json") from None
        line, column, message = found
        raise _fail(display, f"invalid JSON: {message}", rule="json", line=line,
                    column=column) from None
    except RecursionError:
        _check_depth(text, display, limits.max_depth)
        raise _fail(display, "JSON nested too deeply", rule="limits") from None
    except (ValueError, OverflowError) as exc:  # int too long for the interpreter, etc.
        _check_depth(text, display, limits.max_depth)
        long_number = _long_number(text)
        if long_number is not None:
            line, column = _line_col(text, long_number[0])
            raise _fail(display, f"invalid JSON: a number of {long_number[1]:,} digits is too "
                        f"long to read (at most {sys.get_int_max_str_digits():,})",
                        rule="json", line=line, column=column) from None
        raise _fail(display, f"invalid JSON: {exc}", rule="json") from None
    too_deep, maybe_bad = _walk_values(data, limits.max_depth, limits.max_text_chars)
    if too_deep:
        _check_depth(text, display, limits.max_depth)
    # A lone surrogate needs an escape, so a backslash (a one-character search, memchr-fast)
    surrogate = "\\" in text and _SURROGATE_ESCAPE.search(text) is not None
    bad = _find_bad_string(data, (), limits) if maybe_bad or surrogate else None
    if bad is not None:
        where, message = bad
        raise _fail(display, message, rule="json", path=format_path(where))
    return JsonDocument(display=display, text=text, data=data)


def _constant_place(text: str) -> tuple[int, int, str] | None:
    """Line, column and message of the first NaN/Infinity or of the first key given twice
    in one object, in the order of the text (the parser meets an inner object's first)."""
    keys: list[set[str] | None] = []  # per open container: an object's keys, None for arrays
    expecting_key = False
    pos = 0
    while (match := _TOKEN.match(text, pos)) is not None and match.end() > pos:
        kind = match.lastgroup or ""
        token, start = match.group(kind), match.start(kind)
        message = None
        if kind == "open":
            keys.append(set() if token == "{" else None)
            expecting_key = token == "{"
        elif kind == "close":
            if keys:
                keys.pop()
            expecting_key = False
        elif kind == "comma":
            expecting_key = bool(keys) and keys[-1] is not None
        elif kind == "str" and expecting_key and keys and (seen := keys[-1]) is not None:
            key = json.loads(token)
            if key in seen:
                message = f"duplicate key {json.dumps(key, ensure_ascii=False)}"
            seen.add(key)
            expecting_key = False
        elif kind == "lit" and token in ("NaN", "Infinity", "-Infinity"):
            message = f"{token} is not valid JSON"
        if message is not None:
            line = text.count("\n", 0, start) + 1
            return line, start - text.rfind("\n", 0, start), message
        pos = match.end()
    return None


def load_json_file(path: Path, display: str | None = None,
                   limits: Limits = DEFAULT_LIMITS) -> JsonDocument:
    """Read, decode and parse one JSON file; every failure is an :class:`InputError`."""
    shown = display if display is not None else str(path)
    return parse_json(decode_text(read_bytes(path, shown, limits), shown), shown, limits)


_TOKEN = re.compile(
    r'\s*(?:(?P<str>"(?:[^"\\]++|\\.)*+")|(?P<open>[\[{])|(?P<close>[\]}])|(?P<colon>:)|'
    r"(?P<comma>,)|(?P<lit>[^\s,:\[\]{}\"]+))",
    re.DOTALL,
)


def locate_places(text: str) -> dict[JsonPath, tuple[int, int]]:
    """Map every JSON path in valid JSON ``text`` to the 1-based line and column (in
    characters) its value starts at."""
    result: dict[JsonPath, tuple[int, int]] = {}
    # Each frame: (path of the container, is_object, next index, pending key)
    frames: list[tuple[JsonPath, bool, int, str | None]] = []
    pos = 0
    line = 1
    line_start = 0  # where the current line begins (only the text scanned is searched)
    expecting_key = False

    def value_path() -> JsonPath:
        if not frames:
            return ()
        base, is_object, index, key = frames[-1]
        return (*base, key) if is_object and key is not None else (*base, index)

    while True:
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            break
        start = match.start(match.lastgroup or 0)
        breaks = text.count("\n", pos, start)
        if breaks:
            line += breaks
            line_start = text.rfind("\n", pos, start) + 1
        kind = match.lastgroup
        token = match.group(kind or 0)
        if kind == "str" and frames and frames[-1][1] and expecting_key:
            base, is_object, index, _ = frames[-1]
            frames[-1] = (base, is_object, index, json.loads(token))
            expecting_key = False
        elif kind in ("str", "lit", "open"):
            here = value_path()
            result.setdefault(here, (line, start - line_start + 1))
            if kind == "open":
                frames.append((here, token == "{", 0, None))
                expecting_key = token == "{"
        elif kind == "close":
            frames.pop()
            expecting_key = False
        elif kind == "comma" and frames:
            base, is_object, index, _ = frames[-1]
            frames[-1] = (base, is_object, index + 1, None)
            expecting_key = is_object
        breaks = text.count("\n", start, match.end())
        if breaks:
            line += breaks
            line_start = text.rfind("\n", start, match.end()) + 1
        pos = match.end()
    return result
