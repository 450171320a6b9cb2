"""A page saved whole in one file (its images, fonts and a script's data inlined as base64):
the depth check and the mojibake scan pass over the base64, which holds no tags and no page
text, and the page reads as the same page with its images small."""

from __future__ import annotations

import base64
import random

import pytest

from plandiff.errors import InputError
from plandiff.limits import Limits
from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.htmlbytes import _TAG_SCAN, check_depth, tag_bytes
from plandiff.plans.intake.mojibake import _LOST, _RUN, scanned_text, undo_mojibake
from plandiff.plans.serialise import plan_to_json
from tests.plans.intake.bigpages import single_file_page

REQUEST = DraftRequest(document="plan", version="2026-03-02-draft")
RUN = base64.b64encode(random.Random(3).randbytes(3000)).decode("ascii")
"""4,000 characters of base64; it starts with "/" (so ``<RUN>`` is a closing tag)."""


def _imported(data: bytes) -> tuple[str, list[str]]:
    imported = import_bytes(data, "page.html", ".html", REQUEST)
    return plan_to_json(imported.plan), [f.message for f in imported.report.findings]


def test_a_single_file_page_reads_as_the_same_page_with_small_images() -> None:
    big = single_file_page(3 * 1024 * 1024)
    assert _imported(big) == _imported(single_file_page(400))


def test_the_depth_check_passes_over_a_saved_pages_base64() -> None:
    data = single_file_page(3 * 1024 * 1024)
    assert len(tag_bytes(data)) < 10_000 < len(data) // 100


def test_the_mojibake_scan_passes_over_a_saved_pages_base64() -> None:
    text = single_file_page(3 * 1024 * 1024).decode()
    assert len(scanned_text(text)) < 10_000 < len(text) // 100


@pytest.mark.parametrize("markup", [
    f'<div title="{RUN}">', f"<div style=\"background:url({RUN})\">",
    f'<img src="data:image/png;base64,{RUN}"><span>', f"<{RUN}>", f"<x-{RUN}>",
    f"<div class=({RUN[:-1]}/>", f"<div class=({RUN[:-1]}A>", f"<{RUN[:40]}/ x=\"{RUN}/>",
    f"<b>,{RUN}/>", f"<div x='{RUN}'/>",
])
def test_the_tags_read_in_a_base64_run_are_the_tags_read_without_it(markup: str) -> None:
    data = ("<html><body>" + markup * 3 + "</span></div>" * 2).encode()
    assert [m.groups() for m in _TAG_SCAN.finditer(tag_bytes(data))] == \
        [m.groups() for m in _TAG_SCAN.finditer(data)]


@pytest.mark.parametrize("opening", [
    f'<div title="{RUN}">', f'<section><img src="data:image/png;base64,{RUN}">',
    f"<div class=({RUN[:-1]}A>", f"<A{RUN}>",  # a tag named by a run
])
def test_a_deep_page_with_base64_in_its_tags_is_still_refused(opening: str) -> None:
    data = ("<html><body>" + opening * 60 + "<p>1. Deep.</p></body></html>").encode()
    with pytest.raises(InputError, match="nested more than 50"):
        check_depth(data, "page.html", Limits(max_markup_depth=50))
    check_depth(data, "page.html", Limits(max_markup_depth=62))  # <html>, <body>, 60 more


def test_a_deep_single_file_page_is_still_refused() -> None:
    body = b"<div>" * 1200 + b"<p>1. Deep.</p>"
    data = single_file_page(2 * 1024 * 1024).replace(b"<ol>", body + b"<ol>")
    with pytest.raises(InputError, match="nested more than 1000"):
        import_bytes(data, "page.html", ".html", REQUEST)


def test_mojibake_beside_base64_is_read_back_as_before() -> None:
    garbled = "Україна".encode().decode("cp1252", errors="replace")
    text = f'<p>{garbled}</p><img src="data:image/png;base64,{RUN}">' * 3 + \
        f"<p>{garbled}</p><script>x='{RUN}'</script><p>{garbled}</p>"
    assert [m.group() for m in _RUN.finditer(scanned_text(text))] == \
        [m.group() for m in _RUN.finditer(text)]
    assert [m.group() for m in _LOST.finditer(scanned_text(text))] == \
        [m.group() for m in _LOST.finditer(text)]
    assert "Україна" in undo_mojibake(text).text
