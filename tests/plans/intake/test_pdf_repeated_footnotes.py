"""Footnotes of a PDF that read the same on two pages, numbers aside ("As reported by the
agency on 3 December."), are footnotes, not a running footer: each page's body carries its
mark. They were left out as page furniture, and their text was lost. The file is a real
one: pandoc's Word file of the project's own Markdown, printed to PDF by LibreOffice."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import libreoffice_convert
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="plan", version="2025-12-03-draft")
NOTE = "As reported by the agency on 3 December."
MARKDOWN = f"""# Draft framework

1. Ukraine's sovereignty is confirmed by all signatories.[^1]

2. A non-aggression pact is concluded between the parties.

```{{=openxml}}
<w:p><w:r><w:br w:type="page"/></w:r></w:p>
```

3. Ukraine receives security guarantees from its partners.[^2]

4. Elections are held within one hundred days of signing.

[^1]: {NOTE}
[^2]: {NOTE}
"""


def test_footnotes_that_read_alike_on_two_pages_stay_footnotes(tmp_path: Path) -> None:
    source = tmp_path / "alike.md"
    source.write_text(MARKDOWN, encoding="utf-8")
    docx = tmp_path / "alike.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(docx)], check=True, timeout=120)
    pdf = libreoffice_convert(docx, "pdf", tmp_path / "pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "alike.pdf", ".pdf", REQUEST)
    points = {p.number: p for p in imported.plan.points}
    assert [p.number for p in imported.plan.points] == ["1", "2", "3", "4"]
    assert points["1"].notes == f"[1] {NOTE}"
    assert points["3"].notes == f"[2] {NOTE}"
    assert points["2"].notes is None and points["4"].notes is None
    assert all("As reported" not in p.text for p in imported.plan.points)
    assert "page furniture" not in "\n".join(f.message for f in imported.report.findings)
