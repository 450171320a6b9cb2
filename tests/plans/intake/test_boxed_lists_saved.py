"""A numbered list inside a text box, then the body's own numbered list, both in one list
style, as LibreOffice saves the file as .doc and .rtf. The .doc and the .rtf keep one list
for both (the body's list is no longer a list of its own), and LibreOffice shows the body's
points as 1, 2 all the same: it counts the text of each frame apart from the body's. They
were read as 3 and 4. Texts are the project's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import _FLAT_ODT
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="truce", version="2026-01-01-boxed")
_BOXED = ["Key points in brief.", "Read the full text below."]
_POINTS = ["The parties stop fire along the whole line.",
           "All prisoners are exchanged, all for all."]
_STYLES = ('<office:styles><text:list-style style:name="L1"><text:list-level-style-number '
           'text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>'
           "</office:styles>")


def _items(texts: list[str]) -> str:
    return ('<text:list text:style-name="L1">'
            + "".join(f"<text:list-item><text:p>{t}</text:p></text:list-item>" for t in texts)
            + "</text:list>")


_BODY = ('<text:p>Summary<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:'
         '1.0" draw:name="F1" text:anchor-type="paragraph" svg:width="12cm" svg:height="4cm">'
         f"<draw:text-box>{_items(_BOXED)}</draw:text-box></draw:frame></text:p>"
         + _items(_POINTS))


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    work = tmp_path_factory.mktemp("boxed")
    source = work / "boxed.fodt"
    source.write_text(_FLAT_ODT.format(head=_STYLES, body=_BODY), encoding="utf-8")
    out = work / "saved"
    for target in ("doc", "rtf"):
        subprocess.run([require("soffice"), f"-env:UserInstallation={(work / 'lo').as_uri()}",
                        "--headless", "--convert-to", target, "--outdir", str(out),
                        str(source)], check=True, capture_output=True, timeout=300)
    return {path.suffix: path for path in out.iterdir()}


@pytest.mark.parametrize("suffix", [".doc", ".rtf"])
def test_the_body_s_list_after_a_boxed_list_counts_from_one(saved: dict[str, Path],
                                                            suffix: str) -> None:
    path = saved[suffix]
    imported = import_bytes(path.read_bytes(), path.name, suffix, REQUEST)
    numbered = [(p.number, p.text) for p in imported.plan.walk()]
    assert numbered[-2:] == [("1", _POINTS[0]), ("2", _POINTS[1])], numbered
    assert [text for _, text in numbered[:2]] == _BOXED
