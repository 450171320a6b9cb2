"""Shared pieces of the hostile-input suite: the broken inputs, a snapshot of a folder, a
subprocess runner with a timeout, and the checks every case makes.

Every case asserts the documented exit code, a short message naming the file, no traceback,
bounded time, and that no input file (and, for ``add``, nothing in the plans tree) changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from tests.helpers import REPO, Run, make_plan

TIMEOUT = 20.0
"""A subprocess counts as hung when it (with its children) has used this many CPU seconds, or
has used none for this many seconds of wall clock (blocked: on a pipe, a lock, a device).
CPU time, not a wall-clock window: a loaded machine runs a case more slowly but the same
case hangs or does not."""
BACKSTOP = 600.0
"""Wall-clock seconds after which a subprocess is stopped however it is doing."""
_TICKS = os.sysconf("SC_CLK_TCK")

VALID = json.dumps(make_plan(), ensure_ascii=False, indent=2).encode()
BIG = 30 * 1024 * 1024


def _points(n: int) -> bytes:
    return json.dumps(make_plan(points=[{"id": f"p{i}", "number": str(i), "text": "t"}
                                        for i in range(n)])).encode()


def _deep_points(depth: int) -> bytes:
    point: dict[str, Any] = {"id": "leaf", "number": "1", "text": "t"}
    for i in range(depth):
        point = {"id": f"p{i}", "number": "1", "text": "t", "points": [point]}
    return json.dumps(make_plan(points=[point])).encode()


JSON_CASES: dict[str, Callable[[], bytes]] = {
    "empty": lambda: b"",
    "whitespace-only": lambda: b"   \n\t\n",
    "truncated": lambda: VALID[: len(VALID) // 2],
    "truncated-one-byte": lambda: VALID[:-2],
    "not-utf8": lambda: VALID.replace(b"ceasefire.", b"ceasefire \xff\xfe."),
    "latin1": lambda: VALID.replace(b"Observers", "Obs\xe9rvers".encode("latin-1")),
    "utf16-bom": lambda: "\ufeff".encode("utf-16-le") + VALID.decode().encode("utf-16-le"),
    "utf16-be-bom": lambda: "\ufeff".encode("utf-16-be") + VALID.decode().encode("utf-16-be"),
    "utf16-no-bom": lambda: VALID.decode().encode("utf-16-le"),
    "utf32": lambda: b"\xff\xfe\x00\x00" + VALID.decode().encode("utf-32-le"),
    "nan": lambda: VALID.replace(b'"text": "Observers attend."', b'"text": NaN'),
    "infinity": lambda: VALID.replace(b'"date": "2025-11-20"', b'"date": -Infinity'),
    "huge-number": lambda: VALID.replace(b'"date": "2025-11-20"', b'"date": 1e999999'),
    "long-int": lambda: VALID.replace(b'"date": "2025-11-20"', b'"date": ' + b"9" * 5000),
    "lone-surrogate": lambda: VALID.replace(b"Observers", b"\\ud800Observers"),
    "surrogate-bytes": lambda: VALID.replace(b"Observers", b"\xed\xa0\x80Observers"),
    "control-char-raw": lambda: VALID.replace(b"Observers", b"Obs\x07ervers"),
    "control-char-escaped": lambda: VALID.replace(b"Observers", b"Obs\\u001bervers"),
    "nul-escaped": lambda: VALID.replace(b"Observers", b"Obs\\u0000ervers"),
    "nested-100000": lambda: b"[" * 100_000 + b"]" * 100_000,
    "nested-objects": lambda: b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "deep-points": lambda: _deep_points(200),
    "duplicate-keys": lambda: VALID.replace(b'"document": "accord",',
                                            b'"document": "accord", "document": "other",'),
    "binary": lambda: bytes(range(256)) * 64,
    "zip-named-json": lambda: b"PK\x03\x04" + bytes(200),
    "json-array": lambda: b"[1, 2, 3]",
    "json-string": lambda: b'"just a string"',
    "json-null": lambda: b"null",
    "trailing-garbage": lambda: VALID + b"\n}}}",
    "field-30mb": lambda: VALID.replace(b"Observers attend.", b"x" * BIG),
    "points-60000": lambda: _points(60_000),
    "id-10000-chars": lambda: VALID.replace(b'"id": "one"', b'"id": "' + b"x" * 10_000 + b'"'),
    "id-path-traversal": lambda: VALID.replace(b'"id": "one"', b'"id": "../../x"'),
    "document-traversal": lambda: VALID.replace(b'"document": "accord"',
                                                b'"document": "../../x"'),
    "version-traversal": lambda: VALID.replace(b'"version": "v1"', b'"version": "../../etc/x"'),
    "version-absolute": lambda: VALID.replace(b'"version": "v1"', b'"version": "/tmp/x"'),
    "supersedes-traversal": lambda: VALID.replace(b'"supersedes": null',
                                                  b'"supersedes": "../../x"'),
    "derived-from-traversal": lambda: VALID.replace(
        b'"topics": [\n        "ceasefire"\n      ]',
        b'"topics": ["ceasefire"], "derived_from": ["../..@x#y"]'),
    "wrong-types": lambda: VALID.replace(b'"points": [', b'"points": {"a": [').replace(
        b"\n  ]\n}", b"\n  ]}\n}"),
    "source-javascript-url": lambda: VALID.replace(b"https://example.org/r",
                                                   b"javascript:alert(1)"),
    "source-file-url": lambda: VALID.replace(b"https://example.org/r", b"file:///etc/passwd"),
}
"""Plan files that are not valid plans: every command that reads a plan must refuse them."""

TEXT_CASES: dict[str, Callable[[], bytes]] = {
    "empty": lambda: b"",
    "whitespace-only": lambda: b" \n\t\r\n",
    "no-points": lambda: b"# Title\n\nJust prose, no numbered points at all.\n",
    "not-utf8": lambda: b"1. caf\xe9 au lait\n2. ok\n",
    "utf16-no-bom-binary": lambda: b"\x00\x01binary" * 3,
    "utf32-bad": lambda: b"\xff\xfe\x00\x00\x00\xd8\x00\x00",
    "utf16-bom-broken": lambda: b"\xff\xfe1\x00.\x00 \x00\x00\xd8",
    "surrogate-bytes": lambda: b"1. bad \xed\xa0\x80 surrogate\n",
    "binary": lambda: bytes(range(256)) * 64,
    "binary-no-nul": lambda: bytes(range(1, 32)) * 300,
    "pdf-named-txt": lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(64),
    "size-30mb": lambda: b"1. " + b"x" * BIG + b"\n",
    "points-60000": lambda: b"".join(b"%d. Point number %d.\n" % (i, i)
                                     for i in range(1, 60_001)),
    "line-30mb-no-newline": lambda: b"1. " + b"word " * (BIG // 5),
}
"""Drafts that are not importable text: import and add must refuse them."""

TEXT_OK_CASES: dict[str, bytes] = {
    "utf8-bom": b"\xef\xbb\xbf1. First point.\n2. Second point.\n",
    "utf16-bom": "\ufeff1. First point.\n2. Second point.\n".encode("utf-16-le"),
    # read in the legacy encoding their text reads best in (the report names it)
    "utf16-no-bom": "1. First point.\n2. Second point.\n".encode("utf-16-le"),
    "cp1251": "1. Перший пункт.\n2. Другий пункт.\n".encode("cp1251"),
    "shift-jis": "１．第一の項目。\n２．第二の項目。\n".encode("shift_jis"),
    "crlf": b"1. First point.\r\n2. Second point.\r\n",
    "cr-only": b"1. First point.\r2. Second point.\r",
    "control-chars-few": b"1. First \x07point.\n2. Second \x0cpoint.\n" + b"3. padding\n" * 40,
    "html-and-jinja": b"# <script>alert(1)</script>\n1. {{ 7*7 }} {% raw %}\n2. <b>x</b>\n",
    "id-like-traversal": b"../../x. First\n1. ../../etc/passwd\n2. ..\\..\\x\n",
    "long-number": b"1" * 10_000 + b". A point with a huge number.\n1. Normal.\n",
    "rtl-override": "1. abc\u202edef\u202c\n2. \u05e9\u05dc\u05d5\u05dd\n".encode(),
    "deep-subpoints": b"1. Top\n" + b"".join(b"(%s) sub\n" % c.encode()
                                             for c in "abcdefghijklmnopqrstuvwxyz") * 3,
}
"""Odd but legitimate drafts: import accepts them (exit 0) and writes a valid plan."""


def special_path(kind: str, where: Path, name: str) -> Path:
    """Make a non-regular file (or a missing one) at ``where/name``; ``kind`` says which."""
    path = where / name
    if kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "symlink-loop":
        path.symlink_to(path.name)
    elif kind == "symlink-pair-loop":
        other = where / ("other-" + name)
        path.symlink_to(other.name)
        other.symlink_to(path.name)
    elif kind == "dangling-symlink":
        path.symlink_to("does-not-exist.json")
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "dev-null":
        path.symlink_to("/dev/null")
    elif kind == "dev-urandom":
        path.symlink_to("/dev/urandom")
    elif kind == "proc-file":
        path.symlink_to("/proc/self/status")
    elif kind == "missing":
        pass
    else:  # pragma: no cover
        raise ValueError(kind)
    return path


SPECIAL_KINDS = ("directory", "fifo", "symlink-loop", "symlink-pair-loop", "dangling-symlink",
                 "dev-zero", "dev-null", "dev-urandom", "proc-file", "missing")
"""Things that are not a plan file where a plan file is expected (all refused before any
read that could block: a FIFO blocks on open, /dev/zero never ends)."""


def snapshot(*roots: Path) -> dict[str, str]:
    """Everything under ``roots`` (not following links): path → content hash or kind."""
    out: dict[str, str] = {}
    for root in roots:
        items: Iterable[Path] = [root, *sorted(root.rglob("*"))] if root.is_dir() else [root]
        for path in items:
            try:
                info = path.lstat()
            except FileNotFoundError:
                out[str(path)] = "missing"
                continue
            if stat.S_ISLNK(info.st_mode):
                out[str(path)] = "link:" + os.readlink(path)
            elif stat.S_ISREG(info.st_mode):
                out[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
            elif stat.S_ISDIR(info.st_mode):
                out[str(path)] = "dir"
            else:
                out[str(path)] = f"special:{stat.S_IFMT(info.st_mode)}"
    return out


def _tree_cpu(pid: int) -> float:
    """CPU seconds used so far by ``pid`` and every live descendant (and the children they
    reaped)."""
    stats: dict[int, list[str]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    stats[int(entry)] = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
    tree, frontier = {pid}, {pid}
    while frontier:
        frontier = {p for p, fields in stats.items() if int(fields[1]) in frontier} - tree
        tree |= frontier
    # utime, stime, cutime, cstime: fields 14-17 of stat, 12-15 after the command name
    return sum(sum(int(x) for x in stats[p][11:15]) for p in tree if p in stats) / _TICKS


def run_subprocess(argv: list[str], cwd: Path, *, timeout: float = TIMEOUT,
                   env: Mapping[str, str] | None = None, stdin: bytes | None = None) -> Run:
    """``plandiff ARGV`` in a child process; a hang (see :data:`TIMEOUT`: ``timeout`` CPU
    seconds used, or ``timeout`` seconds without any) fails the test instead of the suite."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "NO_COLOR": "1",
                **(env or {})}
    return watched([sys.executable, "-m", "plandiff", *argv], cwd, timeout=timeout,
                   env=full_env, stdin=stdin, name=f"plandiff {' '.join(argv)}")


def watched(command: list[str], cwd: Path, *, timeout: float, env: Mapping[str, str],
            stdin: bytes | None, name: str) -> Run:
    """Run ``command``; fail (``AssertionError``) when it hangs as :data:`TIMEOUT` says."""
    process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env)
    started = last = time.monotonic()
    used = 0.0
    data: bytes | None = stdin if stdin is not None else b""
    while True:
        try:
            out, err = process.communicate(input=data, timeout=0.25)
            break
        except subprocess.TimeoutExpired:
            data = None  # sent (or being sent) by the first call
            now = time.monotonic()
            cpu = _tree_cpu(process.pid)
            if cpu > used:
                used, last = cpu, now
            why = (f"{used:.1f} s of CPU" if used > timeout
                   else f"no CPU for {now - last:.0f} s" if now - last > timeout
                   else f"{now - started:.0f} s" if now - started > BACKSTOP else "")
            if why:
                process.kill()
                process.communicate()
                raise AssertionError(f"{name} hung ({why})") from None
    return Run(process.returncode, out.decode("utf-8", "replace"),
               err.decode("utf-8", "replace"))


def assert_handled(run: Run, code: int, name: str, *, stream: str = "err") -> None:
    """The documented exit code, a short message naming ``name``, no traceback."""
    both = run.out + run.err
    assert "Traceback" not in both, both[-3000:]
    assert "internal error" not in both, both[-2000:]
    assert run.code == code, f"exit {run.code}, expected {code}: {both[-2000:]}"
    text = run.err if stream == "err" else run.out
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines, f"no message on std{stream}"
    assert any(name in line for line in lines), f"{name!r} not named in: {text[-2000:]}"
    assert all(len(line) < 1000 for line in lines), "one short line per problem"
