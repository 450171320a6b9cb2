"""atheris (libFuzzer) target for the draft readers of issue #13: HTML, Word .docx and PDF.

The first byte picks the reader and whether the rest is used raw or spliced into a valid seed
(a news page, a .docx with automatic numbering, a small PDF). A failure is any exception
other than plandiff's own :class:`PlandiffError` (exit code 2 in the CLI), or an imported plan
whose JSON the loader does not accept.

Run::

    python tests/fuzz/fuzz_intake.py -max_total_time=60
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: tests.fuzz

with atheris.instrument_imports(include=["plandiff"]):
    from plandiff.limits import Limits
    from plandiff.plans.intake import DraftFormat, DraftRequest
    from tests.fuzz.roundtrip import check_import

from tests.fuzz.budget import cpu_bounded
from tests.fuzz.splicing import spliced

LIMITS = Limits(max_file_bytes=1 << 20, max_points=500, max_text_chars=50_000,
                max_pages=50, max_markup_depth=200, max_unpacked_bytes=8 << 20, max_parts=200)
REQUEST = DraftRequest(document="doc", version="2025-11-20-fuzz", limits=LIMITS)
SEED_HTML = (b"<!DOCTYPE html><html><head><title>T</title></head><body><nav>1. Home</nav>"
             b"<article><h1>Plan</h1><p>1. First point.</p><ol start=2><li>Second<ul><li>"
             b"bullet</li></ul></li></ol><p>3. US guarantee:</p><blockquote>item</blockquote>"
             b"</article></body></html>")


def _seed_docx() -> bytes:
    from tests.plans.intake.layouts import LAYOUTS, auto_docx

    return auto_docx(LAYOUTS[9])


def _seed_pdf() -> bytes:
    from tests.helpers import one_page_pdf

    return one_page_pdf(b"BT /F1 12 Tf 72 720 Td (1. First point.) Tj 0 -20 Td (2. Second.) Tj "
                        b"ET")


SEEDS = {DraftFormat.HTML: SEED_HTML, DraftFormat.DOCX: _seed_docx(),
         DraftFormat.PDF: _seed_pdf()}
FORMATS = (DraftFormat.HTML, DraftFormat.DOCX, DraftFormat.PDF)


def check(data: bytes, fmt: DraftFormat) -> None:
    check_import(data, f"fuzz.{fmt.value}", f".{fmt.value}", REQUEST, LIMITS)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    fmt = FORMATS[data[0] % 3]
    if data[0] & 4:
        check(spliced(SEEDS[fmt], data[1:]), fmt)
    else:
        check(data[1:], fmt)


def main() -> None:
    argv = list(sys.argv)
    folders = [Path(arg) for arg in argv[1:] if not arg.startswith("-")]
    if folders and folders[0].is_dir() and not any(folders[0].iterdir()):
        for index, fmt in enumerate(FORMATS):
            (folders[0] / f"seed-{fmt.value}").write_bytes(bytes([index]) + SEEDS[fmt])
    atheris.Setup(argv, cpu_bounded(test_one_input))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
