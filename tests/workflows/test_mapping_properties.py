"""Property tests of the mapping CSV reader (``add --mapping``): a file a reviewer edited in a
spreadsheet, or any other bytes, is read into corrections or refused with one line naming the
file (plandiff's own error, exit code 2 in the CLI); it never raises anything else."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plandiff.errors import PlandiffError
from plandiff.plans.model import Point
from plandiff.workflows.mapping import Corrections, Resolved, resolve

OLD = (Point(id="p1", number="1", text="Ceasefire."),
       Point(id="p2", number="2", text="Elections.",
             points=(Point(id="p2-a", number="a", text="Observers."),)),
       Point(id="p10", number="10", text="Гарантії."))
NEW = (Point(id="p1", number="1", text="Ceasefire at once."),
       Point(id="p2", number="2", text="選挙。"),
       Point(id="p3", number="3", text="Sanctions."))
PROPOSED = frozenset({("p1", "p1"), ("p2", "p2")})
SHEET = ("old,new,kind,confidence,evidence\r\n1,1,pair,0.95,same text\r\n2,2,pair,0.60,\"x, y\"\r\n"
         "2(a),,removed,,\r\n10,3,pair,0.2,\r\n")
"""A sheet as ``--mapping-out`` writes it, as Excel saves it back (CRLF)."""

NUMBERS = st.sampled_from(["1", "2", "2(a)", "10", "3", "", "1; 2"])
ODD_CELLS = st.sampled_from(["2.a", " ", "1,2", "=10",
                         "=1+1", "x", "１", "②", "10.0", "'3", "\"", "\ufeff", "sep=;",
                         "old", "new", "kind", "pair", "removed", "added", "merge", "split",
                         "\x00", "\u202e", "p1", "#1", "1-2", "🙂", "ё", "一"])
CELLS = st.one_of(NUMBERS, NUMBERS, ODD_CELLS)
"""Mostly places the points have (so that many sheets are read), some a spreadsheet or a
reviewer could leave."""
SEPARATORS = st.sampled_from([",", ";", "\t", "|", " "])
ENDINGS = st.sampled_from(["\n", "\r\n", "\r"])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251", "cp1252", "shift_jis"])


def _read(tmp_path: Path, data: bytes) -> Resolved | None:
    """The corrections read from ``data`` as map.csv (one file, overwritten by each example);
    None when refused in one line."""
    path = tmp_path / "map.csv"
    path.write_bytes(data)
    try:
        return resolve(Corrections(mapping=path), OLD, NEW, PROPOSED)
    except PlandiffError as exc:
        shown = exc.lines()  # what the command line prints
        assert len(shown) == 1 and shown[0] and shown[0].isprintable(), shown
        assert "map.csv" in shown[0] or "point" in shown[0], shown
        return None


def test_the_sheet_as_written_reads_back(tmp_path: Path) -> None:
    resolved = _read(tmp_path, SHEET.encode("utf-8"))
    assert resolved is not None
    assert ("p10", "p3") in resolved.links
    assert "p2-a" in resolved.stated_old


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=400))
def test_any_bytes_are_read_or_refused_in_one_line(tmp_path: Path, raw: bytes) -> None:
    _read(tmp_path, raw)


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELLS, min_size=0, max_size=6), min_size=0, max_size=8),
       header=st.lists(st.sampled_from(["kind", "notes", "", "confidence", "kind", "notes",
                                        "Old ", "NEW"]), max_size=3).flatmap(
           lambda extra: st.permutations(["old", "new", *extra])),
       sep=SEPARATORS, ending=ENDINGS, encoding=ENCODINGS, sep_line=st.booleans())
def test_edited_sheets_are_read_or_refused_in_one_line(
        tmp_path: Path, rows: list[list[str]], header: list[str], sep: str, ending: str,
        encoding: str, sep_line: bool) -> None:
    lines = ([f"sep={sep}"] if sep_line else []) + [sep.join(header)]
    lines += [sep.join(row) for row in rows]
    text = ending.join(lines) + ending
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    _read(tmp_path, data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(at=st.integers(0, len(SHEET)), cut=st.integers(0, 12),
       inserted=st.text(max_size=20))
def test_a_valid_sheet_with_a_splice_is_read_or_refused_in_one_line(
        tmp_path: Path, at: int, cut: int, inserted: str) -> None:
    _read(tmp_path, (SHEET[:at] + inserted + SHEET[at + cut:]).encode("utf-8", "surrogatepass"))
