"""plandiff's Word redline of a plan whose points it numbers in brackets (``[1]⇥Title``: the
US–Russia track, the bilateral security guarantee, the reconstruction and prosperity plans),
printed to PDF with LibreOffice and imported as the new version: the PDF must give exactly
the points, numbers, titles and texts, and the warnings, the .docx import gives. Forward
and back: a redline back to the 28-point provisions prints their own numbers (``14(d)⇥``)
in bold beside the struck bracketed ones.

Before, the US–Russia package's PDF gave one point (``4``, from the renumbering map's row
``4 [4] modified, renumbered``), the bilateral guarantee's none: a bracketed number was no
point's marker, a map's row with one ran its cells together, a bold title beside a few
points ran into the text, and a date closing a bracket in the header's narrow column
(``2025)``) opened point 2025. All the files are converted by one soffice run, once for the
module."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest
from tests.plans.intake.printed_redlines import (
    Redline,
    print_to_pdf,
    read_both,
    shape,
    write_redline,
)

REQUEST = DraftRequest(document="us-russia-track", version="2026-03-01-back")
PAIRS = {
    "us-russia": ("us-russia-track", "2025-11-20-28-point-provisions", "2025-12-11-package"),
    "abu-dhabi": ("us-russia-track", "2025-12-11-package", "2026-02-05-abu-dhabi"),
    # the old number struck beside the new one, the new title on the line under it
    "us-russia-skip": ("us-russia-track", "2025-11-20-28-point-provisions",
                       "2026-02-05-abu-dhabi"),
    "bilateral": ("security-guarantees-bilateral", "2025-11-21-us-draft", "2026-01-27-reported"),
    "bilateral-back": ("security-guarantees-bilateral", "2026-01-27-reported",
                       "2025-11-21-us-draft"),
    "reconstruction": ("reconstruction-plan", "2025-11-20-28-point-provisions",
                       "2025-12-27-outline"),
    "prosperity": ("reconstruction-plan", "2025-12-27-outline",
                   "2026-01-22-eu-us-prosperity-framework"),
    "prosperity-back": ("reconstruction-plan", "2026-01-22-eu-us-prosperity-framework",
                        "2025-12-27-outline"),
    # back to the plan's own numbers: "14(d)⇥Title" in bold, the old "[3]" struck before it
    "us-russia-back": ("us-russia-track", "2025-12-11-package",
                       "2025-11-20-28-point-provisions"),
    "abu-dhabi-back": ("us-russia-track", "2026-02-05-abu-dhabi",
                       "2025-11-20-28-point-provisions"),
    "reconstruction-back": ("reconstruction-plan", "2026-01-22-eu-us-prosperity-framework",
                            "2025-11-20-28-point-provisions"),
}


@pytest.fixture(scope="module")
def redlines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Redline]:
    folder = tmp_path_factory.mktemp("bracketed-redline-pdf")
    for name, (document, old, new) in PAIRS.items():
        write_redline(document, old, new, folder / f"{name}.docx")
    print_to_pdf(folder, PAIRS)
    return {name: read_both(folder, name, REQUEST) for name in PAIRS}


@pytest.mark.parametrize("pair", list(PAIRS))
def test_the_printed_redline_gives_exactly_the_points_the_word_file_gives(
        redlines: dict[str, Redline], pair: str) -> None:
    redline = redlines[pair]
    assert shape(redline.pdf) == shape(redline.docx)
    assert [f.message for f in redline.pdf.report.warnings] == \
        [f.message for f in redline.docx.report.warnings]
    said = [f.message for f in redline.pdf.report.findings]
    assert any(m.startswith("the PDF shows tracked changes") for m in said), said


def test_the_renumbering_maps_rows_keep_their_cells_apart(
        redlines: dict[str, Redline]) -> None:
    """``4 | [4] | modified, renumbered``, ``13(b) | — | removed``, ``— | [2] | added``: each
    a row of the map (in the notes), none a point."""
    notes = redlines["us-russia"].pdf.plan.notes or ""
    for row in ("4 | [4] | modified, renumbered", "13(b) | — | removed", "— | [2] | added"):
        assert row in notes, notes
