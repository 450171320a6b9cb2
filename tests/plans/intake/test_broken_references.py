"""A cross-reference whose bookmark is gone shows the office suite's error text where the
number it named stood ("see point Error! Reference source not found."): the point's text
reads it as the document shows it, and the report warns, naming where (it said nothing, and
the point's reference was silently lost). LibreOffice's .docx and .odt of a text whose
reference names no bookmark, and a .docx as Word saves a REF field's stale result."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.test_word_real_files import DECIMAL, docx, numbered, para, run

REQUEST = DraftRequest(document="accord", version="2026-02-03-refs")
_FLAT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:'
    'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:'
    '1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2" '
    'office:mimetype="application/vnd.oasis.opendocument.text"><office:automatic-styles>'
    '<style:page-layout style:name="pm1"/></office:automatic-styles><office:master-styles>'
    '<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>'
    '<text:p>Page <text:page-number text:select-page="current">1</text:page-number></text:p>'
    "</style:footer></style:master-page></office:master-styles><office:body><office:text>"
    "<text:p>1. The parties stop fire along the whole line.</text:p>"
    "<text:p>2. Prisoners are exchanged all for all.</text:p>"
    '<text:p>3. Elections are held as set out in point <text:bookmark-ref text:reference-'
    'format="text" text:ref-name="elections-rule">2</text:bookmark-ref>.</text:p>'
    "</office:text></office:body></office:document>")


def _warned(imported: ImportedDraft) -> list[str]:
    return [f"{f.where}: {f.message}" for f in imported.report.warnings
            if "cross-reference" in f.message]


def test_libreoffice_files_with_a_lost_reference_are_warned_of(tmp_path: Path) -> None:
    flat = tmp_path / "refs.fodt"
    flat.write_text(_FLAT, encoding="utf-8")
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed (scripts/setup installs it)"
    paths = []
    for target, suffix in (("docx:MS Word 2007 XML", "docx"), ("odt", "odt")):
        subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                        "--headless", "--convert-to", target, "--outdir", str(tmp_path / "out"),
                        str(flat)], check=True, capture_output=True, timeout=300)
        paths.append(tmp_path / "out" / f"refs.{suffix}")
    for path in paths:
        imported = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST)
        assert [p.number for p in imported.plan.points] == ["1", "2", "3"], path
        text = imported.plan.points[2].text
        if path.suffix == ".docx":  # LibreOffice writes its error text as the result
            assert "Error: Reference source not found" in text, text
        warned = _warned(imported)
        if "Error" in text:
            assert len(warned) == 1 and "point 3" in warned[0], (path, warned)
            assert "Reference source not found" in warned[0], (path, warned)
        else:  # the .odt keeps the number the field last showed
            assert warned == [], (path, warned)


def test_a_word_ref_fields_error_result_is_warned_of() -> None:
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space='
             '"preserve"> REF _Ref123456 \\r \\h </w:instrText></w:r><w:r><w:fldChar '
             'w:fldCharType="separate"/></w:r><w:r><w:b/><w:t>Error! Reference source not '
             'found.</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = (para(run("The parties stop fire along the whole line."), numbered(1))
            + para(run("Prisoners are exchanged all for all."), numbered(1))
            + para(run("Elections are held as set out in point ") + field, numbered(1)))
    imported = import_bytes(docx(body, DECIMAL), "refs.docx", ".docx", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3"]
    warned = _warned(imported)
    assert len(warned) == 1 and "point 3" in warned[0], warned
    assert "Error! Reference source not found." in warned[0], warned
