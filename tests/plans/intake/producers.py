"""Real producers of the drafts the intake tests read: Chromium's print to PDF. A missing
browser fails the test loudly (scripts/setup installs it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or \
        shutil.which("google-chrome")
    assert found, "Chromium is needed (scripts/setup installs it)"
    return found


def chromium_pdf(page: Path, pdf: Path, work: Path) -> Path:
    """Print ``page`` to ``pdf`` as headless Chromium does, with its profile under ``work``."""
    subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    f"--user-data-dir={work / 'profile'}", f"--print-to-pdf={pdf}",
                    page.as_uri()], check=True, capture_output=True, timeout=120)
    return pdf
