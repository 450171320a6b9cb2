"""Real producers of the drafts the intake tests read: Chromium's print to PDF, LibreOffice's
Word file of an OpenDocument text. A missing program fails the test loudly (scripts/setup
installs it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or \
        shutil.which("google-chrome")
    assert found, "Chromium is needed (scripts/setup installs it)"
    return found


_FLAT_ODT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:'
    'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:'
    'names:tc:opendocument:xmlns:table:1.0" xmlns:svg="urn:oasis:names:'
    'tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application'
    '/vnd.oasis.opendocument.text">{head}<office:body><office:text>{body}</office:text>'
    "</office:body></office:document>")


def libreoffice_convert(source: Path, target: str, folder: Path, work: Path) -> Path:
    """``source`` converted by headless LibreOffice (``target``: ``html``, ``docx:MS Word
    2007 XML`` …) into ``folder``, with its profile under ``work``; the written file."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed (scripts/setup installs it)"
    subprocess.run([soffice, f"-env:UserInstallation={(work / 'lo').as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    return folder / f"{source.stem}.{target.split(':')[0]}"


def flat_odt(name: str, body: str, work: Path, head: str = "") -> Path:
    """``work/name.fodt``: a flat OpenDocument text whose ``office:text`` holds ``body``
    (``head``: font declarations and styles before the body), written there."""
    flat = work / f"{name}.fodt"
    flat.write_text(_FLAT_ODT.format(head=head, body=body), encoding="utf-8")
    return flat


def opendocument_copies(name: str, body: str, work: Path, targets: tuple[str, ...],
                        head: str = "") -> dict[str, Path]:
    """A flat OpenDocument text (:func:`flat_odt`) and LibreOffice's copy of it in each of
    ``targets`` (``odt``, ``docx``, ``doc``, ``rtf``, ``docx:MS Word 2007 XML`` …), each in
    a folder of its own under ``work``: the files by suffix (``.fodt``, ``.odt`` …)."""
    flat = flat_odt(name, body, work, head)
    copies = {".fodt": flat}
    for target in targets:
        suffix = target.split(":")[0]
        copies[f".{suffix}"] = libreoffice_convert(flat, target, work / suffix, work)
    return copies


def libreoffice_docx(name: str, body: str, work: Path, head: str = "") -> bytes:
    """LibreOffice's Word file of a flat OpenDocument text whose ``office:text`` holds
    ``body`` (``head``: font declarations and styles before the body)."""
    return libreoffice_convert(flat_odt(name, body, work, head), "docx:MS Word 2007 XML",
                               work / "office", work).read_bytes()


def libreoffice_pdf(name: str, body: str, work: Path, head: str = "") -> bytes:
    """LibreOffice's PDF of a flat OpenDocument text whose ``office:text`` holds ``body``
    (``head``: font declarations and styles before the body)."""
    return libreoffice_convert(flat_odt(name, body, work, head), "pdf", work / "office",
                               work).read_bytes()


def chromium_pdf(page: Path, pdf: Path, work: Path) -> Path:
    """Print ``page`` to ``pdf`` as headless Chromium does, with its profile under ``work``."""
    subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    f"--user-data-dir={work / 'profile'}", f"--print-to-pdf={pdf}",
                    page.as_uri()], check=True, capture_output=True, timeout=120)
    return pdf
