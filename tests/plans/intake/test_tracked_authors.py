"""Pending tracked changes counted per author, with the name as the file gives it, in the
import report and its JSON (they were counted in total, the authors only named). The files
are LibreOffice's: a flat OpenDocument text with two reviewers' changes, as it is and saved
by LibreOffice as .odt and .docx."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="accord", version="2026-02-02-tracked")
_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _region(ident: str, kind: str, author: str, day: int, removed: str = "") -> str:
    info = (f"<office:change-info><dc:creator>{author}</dc:creator><dc:date>2026-01-{day:02d}"
            "T09:30:00</dc:date></office:change-info>")
    body = f"<text:p>{removed}</text:p>" if removed else ""
    return (f'<text:changed-region xml:id="{ident}" text:id="{ident}"><text:{kind}>{info}'
            f"{body}</text:{kind}></text:changed-region>")


_REGIONS = "".join((
    _region("ct1", "insertion", "Olena Kovalenko", 5),
    _region("ct2", "deletion", "Olena Kovalenko", 5, "in stages, "),
    _region("ct3", "insertion", "James O'Neill", 6),
    _region("ct4", "insertion", "Olena Kovalenko", 7),
    _region("ct5", "deletion", "James O'Neill", 7, "at least "),
))
_BODY = (
    "<text:p>1. The parties stop fire along the whole line"
    '<text:change-start text:change-id="ct1"/> within 72 hours'
    '<text:change-end text:change-id="ct1"/>.</text:p>'
    '<text:p>2. Prisoners are exchanged <text:change text:change-id="ct2"/>all for all'
    '<text:change-start text:change-id="ct3"/>, civilians first'
    '<text:change-end text:change-id="ct3"/>.</text:p>'
    "<text:p>3. Elections are held within "
    '<text:change text:change-id="ct5"/>one hundred days'
    '<text:change-start text:change-id="ct4"/> of signing'
    '<text:change-end text:change-id="ct4"/>.</text:p>')
FLAT = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NS} office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>'
        f'<text:tracked-changes text:track-changes="false">{_REGIONS}</text:tracked-changes>'
        f"{_BODY}</office:text></office:body></office:document>")
EXPECTED = [
    {"author": "Olena Kovalenko", "insertions": 2, "deletions": 1, "moves": 0, "restyled": 0},
    {"author": "James O'Neill", "insertions": 1, "deletions": 1, "moves": 0, "restyled": 0},
]


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    work = tmp_path_factory.mktemp("tracked")
    flat = work / "reviewed.fodt"
    flat.write_text(FLAT, encoding="utf-8")
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed (scripts/setup installs it)"
    out = [flat]
    for target, suffix in (("odt", "odt"), ("docx:MS Word 2007 XML", "docx")):
        subprocess.run([soffice, f"-env:UserInstallation={(work / 'lo').as_uri()}",
                        "--headless", "--convert-to", target, "--outdir", str(work / suffix),
                        str(flat)], check=True, capture_output=True, timeout=300)
        out.append(work / suffix / f"reviewed.{suffix}")
    return out


def test_pending_changes_are_counted_per_author(copies: list[Path]) -> None:
    for path in copies:
        imported = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST)
        assert [p.text for p in imported.plan.points] == [
            "The parties stop fire along the whole line within 72 hours.",
            "Prisoners are exchanged all for all, civilians first.",
            "Elections are held within one hundred days of signing."], path
        data = json.loads(imported.report.to_json())
        assert data["tracked_changes"] == EXPECTED, path
        said = next(f.message for f in imported.report.findings
                    if f.message.startswith("tracked changes ("))
        assert said.startswith("tracked changes (3 insertion(s), 2 deletion(s))"), said
        assert said.endswith("(by author: Olena Kovalenko 2 insertion(s), 1 deletion(s); "
                             "James O'Neill 1 insertion(s), 1 deletion(s))"), (path, said)


def test_a_file_with_no_tracked_changes_reports_none(copies: list[Path]) -> None:
    imported = import_bytes(b"1. One point.\n2. Another point.\n", "plain.txt", ".txt",
                            REQUEST)
    assert json.loads(imported.report.to_json())["tracked_changes"] == []
