"""Shared test helpers: building plan dicts and trees, running the CLI in-process.

Import in tests with ``from tests.helpers import ...``."""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
PLANS = REPO / "plans"


def make_plan(document: str = "accord", version: str = "v1", **overrides: Any) -> dict[str, Any]:
    """A small valid plan version as a dict."""
    plan: dict[str, Any] = {
        "document": document,
        "version": version,
        "title": f"{document} {version}",
        "date": "2025-11-20",
        "status": "draft",
        "text_kind": "paraphrase",
        "language": "en",
        "supersedes": None,
        "parties": ["Party A"],
        "sources": [{"title": "Report", "publisher": "Outlet", "url": "https://example.org/r"}],
        "points": [
            {"id": "one", "number": "1", "text": "The parties shall observe a ceasefire.",
             "topics": ["ceasefire"]},
            {"id": "two", "number": "2", "text": "Elections within 100 days.",
             "topics": ["elections"],
             "points": [{"id": "two-a", "number": "2(a)", "text": "Observers attend.",
                         "topics": ["monitoring"]}]},
        ],
    }
    plan.update(copy.deepcopy(overrides))
    return plan


def write_plan(root: Path, plan: dict[str, Any], name: str | None = None) -> Path:
    """Write ``plan`` at ``root/<document>/<version>.json`` (or ``root/name``)."""
    path = root / (name or f"{plan['document']}/{plan['version']}.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(plan, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


@dataclass(frozen=True)
class Run:
    """The outcome of one in-process CLI run."""

    code: int
    out: str
    err: str


def run_cli(argv: Sequence[str], capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``plandiff ARGV`` in-process through the real entry point (exit code mapping incl.)."""
    from plandiff.cli import main

    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    captured = capsys.readouterr()
    code = exited.value.code
    return Run(code if isinstance(code, int) else 0, captured.out, captured.err)


def assert_no_traceback(run: Run) -> None:
    """No Python traceback reached the user."""
    assert "Traceback" not in run.err and "Traceback" not in run.out


def numbered_points(prefix: str, texts: Sequence[str], *, title: str | None = None,
                    title_every: int = 1, topic: str | None = None,
                    topic_every: int = 1) -> list[Any]:
    """Points ``{prefix}0``, ``{prefix}1``, ... numbered 1, 2, ... with ``texts``; every
    ``title_every``-th point (the first included) titled ``title``, every
    ``topic_every``-th tagged ``topic`` (no topics key at all when ``topic`` is None)."""
    from plandiff.plans.model import Point

    points = []
    for k, text in enumerate(texts):
        data: dict[str, Any] = {"id": f"{prefix}{k}", "number": str(k + 1), "text": text,
                                "title": title if title and k % title_every == 0 else None}
        if topic is not None:
            data["topics"] = [topic] if k % topic_every == 0 else []
        points.append(Point.model_validate(data))
    return points


def assert_linear_cpu(run: Callable[[int], object], size: int, factor: int = 4) -> None:
    """``run(size)`` costs at most ``3 * factor`` times the CPU of ``run(size // factor)``:
    linear growth passes with room to spare, a quadratic pass (``factor ** 2`` times) fails.
    A ratio measured in one process, so a slower or busier machine does not fail it where a
    fixed number of seconds would; the first small run pays for imports and is not counted.
    """

    def cpu(n: int) -> float:
        started = time.process_time()
        run(n)
        return time.process_time() - started

    cpu(size // factor)
    small = min(cpu(size // factor) for _ in range(2))
    big = cpu(size)
    assert big < 3 * factor * small + 0.05, f"{big:.2f} s CPU at {size}, {small:.2f} s at " \
        f"{size // factor}"


def pdf_of(objects: Sequence[bytes]) -> bytes:
    """A PDF from numbered object bodies (the first the catalogue), with a correct
    cross-reference table: what the tests that draw a page by hand write."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def one_page_pdf(content: bytes, font: bytes = b"") -> bytes:
    """A one-page Letter PDF drawing the (uncompressed) content stream ``content`` with
    Helvetica as /F1 (``font``: more of the font's dictionary, such as its /Encoding)."""
    import zlib

    stream = zlib.compress(content)
    return pdf_of([b"<< /Type /Catalog /Pages 2 0 R >>",
                   b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                   b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                   b"/Resources << /Font << /F1 5 0 R >> >> >>",
                   b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
                   + b"\nendstream",
                   b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica " + font + b">>"])
