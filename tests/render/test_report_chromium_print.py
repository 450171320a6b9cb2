"""The HTML report printed to PDF by a real browser (Debian's headless chromium, as a reader
prints it with Ctrl-P), Japanese and Cyrillic plans: a table's caption and header never stand
alone at a page's foot with its rows on the next page, and a table that runs on to the next
page repeats its header there. A missing browser is a failure, not a skip."""

from __future__ import annotations

import copy
import json
import re
import subprocess
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.helpers import PLANS, Run

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--no-pdf-header-footer"]


class _Headers(HTMLParser):
    """The words of each table header row (``thead``) of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "thead":
            self.depth += 1
            self.rows.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "thead":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.rows[-1] += data


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _only_headers(line: str, headers: set[str]) -> bool:
    """``line`` (squeezed) is made of table header rows only: one table's, or two tables'
    side by side (the summary's)."""
    return line in headers or any(line.startswith(h) and _only_headers(line[len(h):], headers)
                                  for h in headers if h and len(h) < len(line))


def _print(html: Path, tmp_path: Path) -> list[list[str]]:
    """Each page's lines of ``html`` printed to PDF by chromium, the page number left out."""
    if not CHROMIUM.exists():
        pytest.fail("the print test needs /usr/bin/chromium: run scripts/setup", pytrace=False)
    pdf = html.with_suffix(".pdf")
    subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
                    f"--print-to-pdf={pdf}", html.as_uri()], capture_output=True,
                   timeout=300, check=True)
    reader = PdfReader(pdf)
    total = len(reader.pages)
    return [[line for line in (page.extract_text() or "").splitlines()
             if line.strip() and not _page_label(line, number, total)]
            for number, page in enumerate(reader.pages, 1)]


def _page_label(line: str, number: int, total: int) -> bool:
    """The page's number as the report's page rule prints it ("Page 2 of 9", "Сторінка 2 з
    9", "2 / 9 ページ")."""
    return len(line) < 30 and re.findall(r"\d+", line) in ([str(number), str(total)],
                                                          [str(total), str(number)])


def _uk_pair(root: Path) -> None:
    """Two Ukrainian versions: the shipped 20 points, and one with a point edited, one
    dropped and one moved (so every table of the report has rows)."""
    data = json.loads((PLANS / "peace-framework" / "2025-12-24-20-point-uk.json")
                      .read_text("utf-8"))
    old: dict[str, Any] = {k: v for k, v in data.items()
                           if k not in ("$schema", "translation_of", "supersedes",
                                        "translation_divergences", "alignment")}
    old.update(document="mir", version="v1")

    def plain(points: list[dict[str, Any]]) -> None:
        for point in points:
            point.pop("derived_from", None)
            plain(point.get("points", []))
    plain(old["points"])
    new = copy.deepcopy(old)
    new.update(version="v2", supersedes="v1", date="2026-01-15")
    points = new["points"]
    points[0]["text"] += " Сторони підтверджують це письмово протягом 30 днів."
    del points[5]
    points.insert(1, points.pop(7))
    for number, point in enumerate(points, 1):
        point["number"] = str(number)
    for plan in (old, new):
        path = root / "mir" / f"{plan['version']}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(plan, ensure_ascii=False, indent=2), encoding="utf-8")


@pytest.mark.parametrize(("pair", "lang"), [
    (("peace-framework@2025-11-20-us-28-point-ja", "peace-framework@2025-12-24-20-point-ja"),
     "ja"),
    (("mir@v1", "mir@v2"), "uk")])
def test_printed_tables_keep_their_header_with_their_rows(
        cli: Callable[..., Run], tmp_path: Path, pair: tuple[str, str], lang: str) -> None:
    plans = PLANS
    if lang == "uk":
        plans = tmp_path / "plans"
        _uk_pair(plans)
    html = tmp_path / f"report-{lang}.html"
    run = cli("diff", *pair, "--plans", str(plans), "--format", "html", "--lang", lang,
              "-o", str(html))
    assert run.code == 0, run.err
    parser = _Headers()
    parser.feed(html.read_text("utf-8"))
    headers = {_squeezed(row) for row in parser.rows if row.strip()}
    assert headers
    pages = _print(html, tmp_path)
    assert len(pages) > 2
    for number, lines in enumerate(pages, 1):
        assert lines, f"page {number} is empty"
        assert not _only_headers(_squeezed(lines[-1]), headers), (
            f"page {number} ends with a table's header, its rows on the next page: "
            f"{lines[-3:]}")
    if lang == "ja":  # the summary's topics run on to page 2, under their header again
        assert _only_headers(_squeezed(pages[1][0]), headers), pages[1][:2]
