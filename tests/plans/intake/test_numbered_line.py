"""The one pattern of a line opening with a point's number (``1. …``, ``2) …``, ``(3) …``):
markers.NUMBERED_LINE, which the glued-byline pass, the quoted-passage passes of the text
reader and the reply reader share (press19: three copies before). It matches where each of
the three copies did, and the reply reader reads the same number from it."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import plandiff.plans.intake as intake
from plandiff.plans.intake.markers import NUMBERED_LINE

_COPY = re.compile(r"^[ \t]*\(?[0-9]{1,3}[.)][ \t]+\S")
"""The pattern as timedbylines and textfile each wrote it."""
_REPLIES_COPY = re.compile(r"^\(?([0-9]{1,3})[.)][ \t]+\S")
"""The reply reader's, read on lines with their leading spaces taken off."""

_LINES = st.text(alphabet=" \t\u3000(1234567890.)x\u0661", max_size=12)
_SAMPLES = ("1. Ceasefire", "  2) Monitors", "(3) Exchange", "\t12. x", "1.5 per cent",
            "1234. Too long", "1.", "1.  ", "(1)x", "١. Arabic digit", "　1. ideographic",
            "28. Final", "x 1. mid")


def test_the_pattern_is_written_once() -> None:
    folder = Path(intake.__file__).parent
    written = [path.name for path in sorted(folder.glob("*.py"))
               if r"\(?[0-9]{1,3}[.)][ \t]+\S" in path.read_text(encoding="utf-8")
               or r"\(?([0-9]{1,3})[.)][ \t]+\S" in path.read_text(encoding="utf-8")]
    assert written == []


@given(_LINES)
def test_it_matches_where_the_copies_did(text: str) -> None:
    for line in (text, *_SAMPLES):
        assert bool(NUMBERED_LINE.match(line)) == bool(_COPY.match(line))
        stripped = line.strip()
        old = _REPLIES_COPY.match(stripped)
        new = NUMBERED_LINE.match(stripped)
        assert (old and old.group(1)) == (new and new.group("num"))
