"""Plain-text and Markdown drafts: bytes → text → lines.

UTF-8 (an optional byte-order mark is dropped), or UTF-16/UTF-32 when a byte-order mark says
so; binary data and invalid UTF-8 are refused with line:column.
"""

from __future__ import annotations

import re
from pathlib import Path

from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.intake.lines import DraftFormat, DraftLines, text_lines
from plandiff.plans.intake.problems import input_problem
from plandiff.plans.jsonsource import read_bytes

__all__ = ["decode_text_bytes", "read_text", "read_text_file"]

# --- reading and decoding ----------------------------------------------------------------

_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
"""Control characters that have no place in text (tab, line breaks and form feed do)."""
_CONTROL_SHARE = 0.01


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset in mostly-UTF-8 data."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def decode_text_bytes(data: bytes, display: str) -> str:
    """UTF-8 (an optional byte-order mark is dropped), or UTF-16/UTF-32 when a byte-order mark
    says so. Binary data and invalid UTF-8 raise :class:`InputError` with line:column."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise input_problem(display, f"not valid {name} despite its byte-order mark "
                               f"(at byte {exc.start + len(bom)})", rule="encoding") from None
            break
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            line, column = _byte_position(data, nul)
            raise input_problem(display, "binary file (NUL byte), or UTF-16/UTF-32 without a "
                           "byte-order mark; expected UTF-8 text", rule="encoding",
                           line=line, column=column)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line, column = _byte_position(data, exc.start)
            raise input_problem(display, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save "
                           "the file as UTF-8", rule="encoding", line=line,
                           column=column) from None
    controls = len(_CONTROL.findall(text))
    if controls and controls > _CONTROL_SHARE * len(text):
        raise input_problem(display, f"binary file ({controls} control characters in "
                       f"{len(text)}); expected text", rule="encoding")
    return text


def read_text_file(path: Path, limits: Limits = DEFAULT_LIMITS, *,
                   display: str | None = None) -> str:
    """The text of a draft file: size-limited, decoded, refused when binary."""
    shown = display if display is not None else str(path)
    return decode_text_bytes(read_bytes(path, shown, limits), shown)


def read_text(data: bytes, display: str, fmt: DraftFormat = DraftFormat.TEXT,
              limits: Limits = DEFAULT_LIMITS) -> DraftLines:
    """A text or Markdown draft's lines."""
    return text_lines(decode_text_bytes(data, display), fmt)
