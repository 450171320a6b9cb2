"""The PDF report, checked in the real file with pypdf and pdfplumber: text, redline marks,
fonts, attachments, PDF/A identification, bookmarks, page breaks, determinism, and that
hostile plan text is drawn literally without anything being fetched."""

from __future__ import annotations

import datetime as dt
import hashlib
import http.server
import io
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from plandiff.errors import RenderError
from plandiff.render.report import pdf as pdf_module
from plandiff.render.report import render_html, render_pdf
from tests import report_samples

WHEN = dt.datetime(2025, 12, 24, tzinfo=dt.UTC)
FILES = {"old.json": b'{"version": "v1"}\n', "new.json": b'{"version": "v2"}\n',
         "diff.json": b'{"changes": []}\n'}


@pytest.fixture(autouse=True)
def _no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@pytest.fixture(scope="module")
def accord_pdf() -> bytes:
    comparison, old, new = report_samples.accord()
    return render_pdf(comparison, old, new, attachments=FILES)


@pytest.fixture(scope="module")
def japanese_pdf() -> bytes:
    comparison, old, new = report_samples.japanese()
    return render_pdf(comparison, old, new, attachments=FILES)


def _text(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _words(data: bytes) -> list[list[dict[str, Any]]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_words(extra_attrs=["fontname", "non_stroking_color"])
                for page in pdf.pages]


def _resolve(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


# -- contents -----------------------------------------------------------------------------------


def test_text_has_the_redline(accord_pdf: bytes) -> None:
    text = "\n".join(_text(accord_pdf))
    for expected in ("600,000", "800,000", "in peacetime", "within 100 days",
                     "as soon as possible", "Guarantees mirror Article 5.",
                     "All parties receive full amnesty for wartime acts.",
                     "Army cap: number 600,000 → 800,000", "Amnesty removed",
                     "Point 7 moved to 1."):
        assert expected in text.replace("\n", " "), expected


def test_deletions_are_struck_and_insertions_underlined(accord_pdf: bytes) -> None:
    """Colour is never the only cue: a line crosses each deleted word's middle and runs under
    each inserted word."""
    with pdfplumber.open(io.BytesIO(accord_pdf)) as pdf:
        seen = set()
        for page in pdf.pages:
            lines = page.lines
            for word in page.extract_words(extra_attrs=["non_stroking_color"]):
                if word["text"] not in ("600,000", "800,000"):
                    continue
                height = word["bottom"] - word["top"]
                crossing = [ln for ln in lines
                            if ln["x0"] <= word["x0"] + 1 and ln["x1"] >= word["x1"] - 1
                            and word["top"] < ln["top"] < word["bottom"]]
                assert crossing, word["text"]
                position = (crossing[0]["top"] - word["top"]) / height
                if word["text"] == "600,000":
                    assert 0.25 < position < 0.75  # struck through
                else:
                    assert position > 0.75  # underlined
                assert word["non_stroking_color"] != (0.105882, 0.113725, 0.129412)
                seen.add(word["text"])
    assert seen == {"600,000", "800,000"}


@pytest.mark.parametrize("sample", ["accord_pdf", "japanese_pdf"])
def test_a_legend_badge_stands_clear_of_its_explanation(
        sample: str, request: pytest.FixtureRequest) -> None:
    # The moved and removed samples are boxed badges; the box once took the legend cell's
    # own padding inside it, so its right edge touched the explanation's first letter.
    from plandiff.render.report.i18n import LABELS

    data: bytes = request.getfixturevalue(sample)
    labels = LABELS["ja" if sample == "japanese_pdf" else "en"]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = next(p for p in pdf.pages if labels["legend_moved_note"][:12] in
                    (p.extract_text() or ""))
        drawn = page.lines + page.curves + page.rects
        for key in ("legend_moved_note", "legend_removed_note"):
            note = page.search(labels[key][:12], regex=False)[0]
            middle = (note["top"] + note["bottom"]) / 2
            line = note["bottom"] - note["top"]
            box = [g for g in drawn  # what is drawn on the note's line, left of it
                   if g["top"] - 1 <= middle <= g["bottom"] + 1 and g["x0"] < note["x0"]
                   and g["bottom"] - g["top"] < 3 * line]
            assert box, key
            assert note["x0"] - max(g["x1"] for g in box) >= 3, key


def test_cover_page_numbers_and_running_header(accord_pdf: bytes) -> None:
    pages = _text(accord_pdf)
    assert "accord@v1" in pages[0] and "Accord v1 → Accord v2" in pages[0]
    assert pages[0].rstrip().endswith(f"Page 1 of {len(pages)}")
    for number, text in enumerate(pages[1:], start=2):
        assert text.lstrip().startswith("accord@v1 → accord@v2"), number
        assert f"Page {number} of {len(pages)}" in text


def test_bookmarks_for_every_point(accord_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(accord_pdf))
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    points = [t for t in titles if "—" in t]
    assert len(points) == 8
    assert "4 (was 6) Army cap — modified" in points
    assert "5(a) (was 8(a)) — unchanged" in points
    assert "26 Amnesty — removed" in points


def test_all_fonts_embedded(accord_pdf: bytes, japanese_pdf: bytes) -> None:
    for data in (accord_pdf, japanese_pdf):
        reader = PdfReader(io.BytesIO(data))
        fonts = 0
        for page in reader.pages:
            resources = _resolve(page["/Resources"])
            for font in _resolve(resources.get("/Font", DictionaryObject())).values():
                font = _resolve(font)
                descendants = [_resolve(d) for d in _resolve(font.get("/DescendantFonts", []))]
                for f in descendants or [font]:
                    descriptor = _resolve(f["/FontDescriptor"])
                    assert any(k in descriptor for k in ("/FontFile", "/FontFile2",
                                                         "/FontFile3")), f.get("/BaseFont")
                    fonts += 1
        assert fonts > 0


def test_attachments_and_their_hashes_on_the_cover(accord_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(accord_pdf))
    attached = {name: data[0] for name, data in reader.attachments.items()}
    assert attached == FILES
    cover = _text(accord_pdf)[0].replace("\n", " ")
    for data in FILES.values():
        assert hashlib.sha256(data).hexdigest() in cover


def test_pdf_a3b_identification_and_tags(accord_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(accord_pdf))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    assert "/OutputIntents" in root and "/AF" in root
    assert root["/Lang"] == "en"
    assert reader.metadata is not None and reader.metadata["/CreationDate"] == "D:20251224000000Z"


def test_layout_logs_no_warnings(caplog: pytest.LogCaptureFixture) -> None:
    """WeasyPrint understands every rule of the stylesheet, in every layout."""
    comparison, old, new = report_samples.japanese()
    with caplog.at_level("WARNING", logger="weasyprint"):
        render_pdf(comparison, old, new, attachments=FILES, layout="side-by-side",
                   changes_only=True)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []


def test_two_renders_are_byte_identical(accord_pdf: bytes) -> None:
    comparison, old, new = report_samples.accord()
    assert render_pdf(comparison, old, new, attachments=FILES) == accord_pdf
    assert render_html(comparison, old, new) == render_html(comparison, old, new)


_RENDER_IN_A_LOCALE = """
import sys
from plandiff.render.report import render_pdf
from tests import report_samples
comparison, old, new = report_samples.japanese()
sys.stdout.buffer.write(render_pdf(comparison, old, new, attachments={"a.json": b"{}"}))
"""


def test_a_japanese_locale_gives_the_same_bytes(tmp_path: Path) -> None:
    """A reader in Japan (LC_ALL=ja_JP.UTF-8) gets the PDF a build machine in C.UTF-8 makes:
    fontconfig names a font family in the locale's language (IPAexGothic as "IPAexゴシック")
    unless told otherwise, and the PDF carries that name. The locale need not be installed:
    fontconfig reads the variable itself."""
    import os
    import subprocess

    def render(**env: str) -> bytes:
        clean = {k: v for k, v in os.environ.items()
                 if not k.startswith(("LC_", "LANG", "FC_"))}
        return subprocess.run(
            [sys.executable, "-c", _RENDER_IN_A_LOCALE], check=True, capture_output=True,
            timeout=600, cwd=Path(__file__).resolve().parents[2],
            env={**clean, "HOME": str(tmp_path), **env}).stdout

    here = render(LC_ALL="C.UTF-8")
    assert here.startswith(b"%PDF")
    assert render(LC_ALL="ja_JP.UTF-8", LANG="ja_JP.UTF-8") == here


_RENDER_AND_SAY_FC_LANG = """
import os, sys
from plandiff.render.report import render_pdf
from tests import report_samples
comparison, old, new = report_samples.japanese()
seen = [os.environ.get("FC_LANG", "-")]
data = render_pdf(comparison, old, new, attachments={"a.json": b"{}"})
seen.append(os.environ.get("FC_LANG", "-"))
sys.stderr.write(" ".join(seen))
sys.stdout.buffer.write(data)
"""


def test_fc_lang_is_set_for_the_render_only(tmp_path: Path) -> None:
    """A library user's process keeps its own FC_LANG (or none): plandiff sets it to English
    while it lays out a PDF (the same bytes in every locale) and puts the old value back,
    on import nothing at all."""
    import os
    import subprocess

    def render(**env: str) -> tuple[bytes, str]:
        clean = {k: v for k, v in os.environ.items()
                 if not k.startswith(("LC_", "LANG", "FC_"))}
        done = subprocess.run(
            [sys.executable, "-c", _RENDER_AND_SAY_FC_LANG], check=True, capture_output=True,
            timeout=600, cwd=Path(__file__).resolve().parents[2],
            env={**clean, "HOME": str(tmp_path), **env})
        return done.stdout, done.stderr.decode("utf-8", "replace").strip().splitlines()[-1]

    here, said = render(LC_ALL="C.UTF-8")
    assert said == "- -"
    japanese, said = render(LC_ALL="ja_JP.UTF-8", LANG="ja_JP.UTF-8")
    assert said == "- -"
    assert japanese == here
    chosen, said = render(LC_ALL="ja_JP.UTF-8", LANG="ja_JP.UTF-8", FC_LANG="ja")
    assert said == "ja ja"
    assert chosen == here


def test_source_date_epoch_sets_every_date(monkeypatch: pytest.MonkeyPatch) -> None:
    comparison, old, new = report_samples.ukrainian()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    data = render_pdf(comparison, old, new, attachments=FILES)
    assert data == render_pdf(comparison, old, new, attachments=FILES)
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None
    assert reader.metadata["/CreationDate"] == "D:20260101000000Z"
    assert b"D:20260101000000Z" in data
    text = "".join("".join(_text(data)).split())
    assert "ПОРІВНЯЛЬНИЙЗВІТ" in text and "Сторінка1з" in text and "Попередняверсія" in text
    assert "2026-01-01" in text


def test_default_attachments_are_the_plans_and_the_diff() -> None:
    from plandiff.plans.serialise import plan_to_json
    from plandiff.render.json import render_json

    comparison, old, new = report_samples.ukrainian()
    reader = PdfReader(io.BytesIO(render_pdf(comparison, old, new)))
    attached = {name: data[0] for name, data in reader.attachments.items()}
    assert set(attached) == {"old-v1-uk.json", "new-v2-uk.json", "diff.json"}
    assert attached["diff.json"] == render_json(comparison).encode()
    assert attached["old-v1-uk.json"] == plan_to_json(old).encode()


def test_japanese_text_in_a_cjk_font(japanese_pdf: bytes) -> None:
    words = [w for page in _words(japanese_pdf) for w in page]
    japanese = [w for w in words if any("\u3040" <= ch <= "\u9fff" for ch in w["text"])]
    assert japanese
    assert all("IPAex" in w["fontname"] or "CJK" in w["fontname"] for w in japanese)
    text = "".join("".join(_text(japanese_pdf)).split())
    for expected in ("比較レポート", "ウクライナ軍の兵力は", "平時において", "万人を上限とする",
                     "「恩赦」を削除", "1/3ページ", "旧版", "旧6"):
        assert expected in text, expected


def test_bold_japanese_avoids_noto_cjk_without_harfbuzz_subsetting(
        monkeypatch: pytest.MonkeyPatch, japanese_pdf: bytes) -> None:
    """With HarfBuzz subsetting, bold Japanese is Noto Sans CJK (IPAexGothic has no bold);
    without it (fontTools subsetting, ~10 s for the CJK collection), it stays IPAexGothic."""
    def fonts(data: bytes) -> set[str]:
        return {w["fontname"].split("+")[-1] for page in _words(data) for w in page
                if any("\u3040" <= ch <= "\u9fff" for ch in w["text"])}

    assert any("CJK" in name for name in fonts(japanese_pdf))
    monkeypatch.setattr(pdf_module, "fast_subsetting", lambda: False)
    comparison, old, new = report_samples.japanese()
    slow = fonts(render_pdf(comparison, old, new, attachments=FILES))
    assert slow and all("IPAex" in name for name in slow)


def test_points_never_lose_their_first_line_nor_rows_their_cells() -> None:
    """36 points with long titles: each heading (HEADn) sits on the same page as the first
    word of its text (BODYn); each renumbering-table row (title HEADn … TAILn) is on one
    page."""
    comparison, old, new = report_samples.many(36)
    data = render_pdf(comparison, old, new, attachments=FILES)
    heads: dict[str, list[int]] = {}
    tails: dict[str, list[int]] = {}
    bodies: dict[str, int] = {}
    for number, words in enumerate(_words(data)):
        for w in words:
            text = w["text"]
            if text.startswith("HEAD"):
                heads.setdefault(text[4:8], []).append(number)
            elif text.startswith("TAIL"):
                tails.setdefault(text[4:8], []).append(number)
            elif text.startswith("BODY"):
                bodies[text[4:8]] = number
    assert len(bodies) == 36
    pages = max(bodies.values()) + 1
    assert pages > 5
    for key, page in bodies.items():
        # heads[key]: [flag list?, renumbering row, point heading]; the heading is the last.
        assert heads[key][-1] == page, key
        assert tails[key][-1] == page, key
        # The renumbering-table row: its title's first and last word on one page.
        assert heads[key][-2] == tails[key][-2], key


# -- safety --------------------------------------------------------------------------------------


class _Server:
    """A loopback HTTP server counting every request it gets."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.requests.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "text/css")
                self.end_headers()
                self.wfile.write(b"body { background: red }")

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> _Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


_OPENED: list[str] = []
_WATCHED: set[str] = set()


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "open" and args and str(args[0]) in _WATCHED:
        _OPENED.append(str(args[0]))


sys.addaudithook(_audit)


@pytest.fixture
def canary(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "canary.css"
    path.write_text("body { background: red }")
    _WATCHED.add(str(path))
    _OPENED.clear()
    yield path
    _WATCHED.discard(str(path))


def test_hostile_text_is_drawn_literally_and_fetches_nothing(canary: Path) -> None:
    with _Server() as server:
        comparison, old, new, _strings = report_samples.hostile(server.port, str(canary))
        html = render_html(comparison, old, new)
        data = render_pdf(comparison, old, new, attachments=FILES)
    assert server.requests == []
    assert _OPENED == []
    text = " ".join(" ".join(_text(data)).split())
    for literal in ("<script>alert(1)</script>", "{{ 7*7 }}", "{% for x in range(3) %}",
                    "file:///etc/passwd", "@import url(", "</style><style>body{background:url(",
                    "<!-- comment -->", "<b>T</b>", "<i>1</i>", "<script>p</script>"):
        assert literal in text, literal
    assert "<script" not in html.replace("&lt;script", "")


@pytest.mark.parametrize("markup", [
    '<img src="http://127.0.0.1:{port}/img.png">',
    '<link rel="stylesheet" href="http://127.0.0.1:{port}/style.css">',
    "<style>@import url(http://127.0.0.1:{port}/import.css);</style>",
    '<link rel="stylesheet" href="file://{canary}">',
    '<p style="background: url(file://{canary})">x</p>',
    '<link rel="attachment" href="file://{canary}">',
])
def test_the_url_fetcher_refuses_everything(markup: str, canary: Path) -> None:
    with _Server() as server:
        html = ('<html lang="en"><body style="font-family: \'Noto Sans\'"><p>Hi</p>'
                + markup.format(port=server.port, canary=canary) + "</body></html>")
        with pytest.raises(RenderError, match="fetches none"):
            pdf_module.html_to_pdf(html, when=WHEN)
    assert server.requests == []
    assert _OPENED == []


def test_missing_font_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    comparison, old, new = report_samples.ukrainian()
    monkeypatch.setattr(pdf_module, "LATIN_FAMILY", "Plandiff Missing Sans")
    with pytest.raises(RenderError, match="'Plandiff Missing Sans' is not installed"):
        render_pdf(comparison, old, new, attachments=FILES)


def test_missing_cjk_font_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    comparison, old, new = report_samples.japanese()
    monkeypatch.setattr(pdf_module, "CJK_FAMILIES", ("Plandiff Missing Gothic",))
    with pytest.raises(RenderError, match="Japanese"):
        render_pdf(comparison, old, new, attachments=FILES)


def test_missing_glyph_fails_loudly() -> None:
    html = ('<html lang="en"><body style="font-family: \'Noto Sans\'">'
            "<p>private use \U0010fffd here</p></body></html>")
    with pytest.raises(RenderError, match="U\\+10FFFD"):
        pdf_module.html_to_pdf(html, when=WHEN)


def test_cjk_detection() -> None:
    assert pdf_module.has_cjk("兵力") and pdf_module.has_cjk("カタカナ")
    assert pdf_module.has_cjk("한국어") and pdf_module.has_cjk("１")
    assert not pdf_module.has_cjk("Latin, Кирилиця, Ελληνικά → ⚑")


def test_emoji_in_plan_text_render_from_symbola() -> None:
    """Text quoted from posts carries emoji (with variation selectors, flags and skin tones):
    they are drawn in black and white from Symbola (installed by scripts/setup), embedded
    like every other font, and the PDF stays byte-identical."""
    from plandiff.engine.compare import compare

    point = {"id": "cf", "number": "1", "topics": ["ceasefire"]}
    old = report_samples._plan("v1", "2025-11-20", [{**point, "text": "Ceasefire agreed."}])
    new = report_samples._plan("v2", "2025-12-24", [
        {**point, "text": "Ceasefire agreed \U0001f54a\ufe0f \u2705 \U0001f1fa\U0001f1e6 "
                          "\U0001f44d\U0001f3fd by 2026."}])
    comparison = compare(old, new)
    data = render_pdf(comparison, old, new, attachments=FILES)
    assert data == render_pdf(comparison, old, new, attachments=FILES)
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    assert any("Symbola" in name for name in names), names
    text = "".join(_text(data))
    assert "\U0001f54a" in text and "by 2026" in text  # digits still from Noto Sans


def test_the_legend_is_never_split_over_two_pages() -> None:
    # The 28-point plan against the European counter-proposal: the summary's topic table
    # ends low on page 2, and the legend's last rows (removed, not reported, review) went
    # to page 3 without their heading.
    from plandiff.render.report.i18n import LABELS
    from plandiff.workflows.diff import compare_refs
    from tests.helpers import PLANS

    comparison, old, new = compare_refs(
        "peace-framework@2025-11-20-us-28-point",
        "peace-framework@2025-11-23-e3-counter-proposal", plans_root=PLANS)
    labels = LABELS["en"]
    notes = [labels[key] for key in ("legend_deleted_note", "legend_inserted_note",
                                     "legend_moved_note", "legend_removed_note",
                                     "legend_not_reported_note", "legend_review_note")]
    pages = [" ".join(text.split()) for text in _text(render_pdf(comparison, old, new))]
    holding = [number for number, text in enumerate(pages) if labels["legend_deleted_note"]
               in text]
    assert len(holding) == 1
    page = pages[holding[0]]
    assert f"{labels['legend']} " in page
    # (the review row only when a pair is marked for review: none since 21(d) -> [21a],
    # a wrong link, is no longer made)
    reviewed = any(change.review for change in comparison.changes)
    for note in notes if reviewed else notes[:-1]:
        assert note in page, note


def test_a_synopsis_insertion_stands_apart_from_the_deletion_before_it() -> None:
    # The bilateral guarantee's term went from 10 to 15 years: the synopsis drew the struck
    # "10" and the underlined "15" touching, read as "1015" (the comparison report already
    # set an insertion after a deletion a little apart; the synopsis and history did not).
    from plandiff.lineage.synopsis import build_synopsis
    from plandiff.plans.corpus import load_corpus
    from plandiff.render.report.synopsis_html import render_synopsis_pdf
    from tests.helpers import PLANS

    corpus = load_corpus(PLANS)
    data = render_synopsis_pdf(build_synopsis(
        corpus.versions_of("security-guarantees-bilateral", "en")))
    gaps = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            chars = page.chars
            for i in range(len(chars) - 3):
                if "".join(c["text"] for c in chars[i:i + 4]) == "1015":
                    gaps.append(chars[i + 2]["x0"] - chars[i + 1]["x1"])
    assert gaps and min(gaps) >= 0.8, gaps


def test_a_history_page_keeps_its_dates_and_report_links_on_one_line() -> None:
    # The built site's Japanese history page linked each version's report: printed, the
    # link's three kana went one a line (レ/ポー/ト) beside a long title, and in a browser a
    # date broke at its hyphen (2025-11-/20).
    from plandiff.lineage.history import document_history
    from plandiff.plans.corpus import load_corpus
    from plandiff.render.report.history_html import SiteLinks, render_history_html
    from plandiff.render.report.i18n import LABELS
    from plandiff.render.report.pdf import html_to_pdf
    from tests.helpers import PLANS

    whole = document_history(load_corpus(PLANS), "peace-framework", language="ja")
    html = render_history_html(whole, lang="ja",
                               links=SiteLinks(report=lambda old, new: "report.html"))
    lines = _text(html_to_pdf(html, when=WHEN))[0].splitlines()
    rows = [line for line in lines if line.startswith(("2025-11-20 ", "2025-12-24 "))]
    assert rows[1].startswith("2025-12-24 2025-12-24-20-point-ja ")  # the versions table
    assert rows[1].endswith(LABELS["ja"]["open_report"]), rows


@pytest.fixture(scope="module")
def peace_synopsis() -> tuple[str, bytes]:
    from plandiff.lineage.synopsis import build_synopsis
    from plandiff.plans.corpus import load_corpus
    from plandiff.render.report.pdf import html_to_pdf
    from plandiff.render.report.synopsis_html import render_synopsis_html
    from tests.helpers import PLANS

    html = render_synopsis_html(build_synopsis(
        load_corpus(PLANS).versions_of("peace-framework", "en")), document="peace-framework")
    return html, html_to_pdf(html, when=WHEN)


def test_a_long_synopsis_row_breaks_across_pages_instead_of_leaving_one_half_blank(
        peace_synopsis: tuple[str, bytes]) -> None:
    # The landscape synopsis kept every row whole: a long row that did not fit moved to the
    # next page and left up to a third of the page before it blank (pages 1, 4 and 7 of
    # peace-framework's), and a row taller than a page was cut without the header row on
    # the page it went on. A long row now breaks; the header row is on every page.
    _, data = peace_synopsis
    top, bottom = 16 * 72 / 25.4, 15 * 72 / 25.4  # synopsis.css's page margins
    blank, headed = [], []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            foot = page.height - bottom
            words = page.extract_words()
            ends = [w["bottom"] for w in words if w["bottom"] <= foot]
            blank.append((foot - max(ends)) / (foot - top))
            headed.append("2025-12-24-20-point" in " ".join(w["text"] for w in words[:60]))
    assert max(blank[:-1]) < 0.25, [round(b, 2) for b in blank]
    assert all(headed), headed


def test_a_short_synopsis_row_stays_whole_on_its_page(
        peace_synopsis: tuple[str, bytes]) -> None:
    # Each row that is not "long" starts and ends on one page: its clause (the label and the
    # topics under it) and every number of its cells are on the page its anchor is on.
    import re

    def bare(text: str) -> str:  # a line may wrap at a hyphen or a space
        return re.sub(r"[\s-]", "", text)

    html, data = peace_synopsis
    rows = re.findall(r'<tr id="([^"]+)"( class="long")?><th[^>]*><span[^>]*>([^<]*)</span>'
                      r'(?:<span class="topics">([^<]*)</span>)?</th>(.*?)</tr>', html, re.S)
    short = [(anchor, label, topics, re.findall(r'<span class="num">([^<]*)</span>', cells))
             for anchor, long, label, topics, cells in rows if not long]
    assert len(short) > 20 and len(short) < len(rows)
    reader = PdfReader(io.BytesIO(data))
    where = {name: reader.get_destination_page_number(dest)
             for name, dest in reader.named_destinations.items()}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        clause_right = pdf.pages[0].width * 0.16
        clause = [bare(page.crop((0, 0, clause_right, page.height)).extract_text())
                  for page in pdf.pages]
        text = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
    for anchor, label, topics, numbers in short:
        page = where[anchor]
        assert bare(f"{label} {topics}".replace("&#39;", "'")) in clause[page], (anchor, page)
        for number in numbers:
            assert number in text[page], (anchor, number)


def test_a_synopsis_s_closing_line_never_makes_a_page_of_its_own() -> None:
    # peace-framework's Russian synopsis ended on a page holding only the running head, the
    # closing "plandiff 0.1.0" line and the page number: the table had just filled page 4.
    from plandiff import __version__
    from plandiff.lineage.synopsis import build_synopsis
    from plandiff.plans.corpus import load_corpus
    from plandiff.render.report.synopsis_html import render_synopsis_pdf
    from tests.helpers import PLANS

    data = render_synopsis_pdf(build_synopsis(
        load_corpus(PLANS).versions_of("peace-framework", "ru")), lang="ru",
        document="peace-framework")
    last = _text(data)[-1].split()
    furniture = {"peace-framework", "plandiff", __version__, "Страница"}
    said = [word for word in last if word not in furniture and not word.isdigit()
            and word != "из"]
    assert len(said) > 10, last
