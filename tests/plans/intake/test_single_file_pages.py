"""A page saved as one file ("Save page as → Webpage, Single File"): an MHTML archive
(``multipart/related``, RFC 2557) whose HTML part is quoted-printable or base64, with the
page's images and style sheets as further parts. The importer reads the HTML part as the
page; an archive with no HTML part is refused with a message that says so. Archives here
are written with Python's e-mail package in the shape Chromium and Word give them; texts
are the project's own."""

from __future__ import annotations

import base64
import quopri

import pytest

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-12-24-press")

PAGE = """<!DOCTYPE html><html lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>The framework in full · The Ledger</title></head><body>
<header><nav><a href="/world">World</a></nav></header>
<main><article>
<h1>The framework in full</h1>
<p class="byline">By A. Writer · 24 December 2025</p>
<p>The president read the draft out on Tuesday; in summary it says:</p>
<p>1. Ukraine\u2019s sovereignty is confirmed by every signatory.</p>
<p>2. Russia and Ukraine conclude an unconditional non-aggression agreement, watched by
space-based and unmanned monitoring along the whole line of contact.</p>
<div class="newsletter"><p>Sign up for the morning briefing.</p></div>
<p>3. The armed forces keep a strength of 800,000 in peacetime.</p>
</article>
<section class="comments"><ol><li>1. First!</li><li>2. Not again.</li></ol></section>
</main></body></html>
"""
EXPECTED = ["Ukraine\u2019s sovereignty is confirmed by every signatory.",
            "Russia and Ukraine conclude an unconditional non-aggression agreement, watched by "
            "space-based and unmanned monitoring along the whole line of contact.",
            "The armed forces keep a strength of 800,000 in peacetime."]


def _archive(html: bytes, encoding: str, charset: str = "", *, blink: bool = True) -> bytes:
    """An MHTML archive of ``html`` (its part in ``encoding``) and a style sheet."""
    body = quopri.encodestring(html) if encoding == "quoted-printable" \
        else base64.encodebytes(html)
    head = (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/x\r\n"
            b"Subject: The framework in full\r\nDate: Wed, 24 Dec 2025 10:20:00 -0000\r\n"
            if blink else b"")
    kind = b"text/html" + (f'; charset="{charset}"'.encode() if charset else b"")
    return (head + b'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";'
            b'\r\n\tboundary="----MultipartBoundary--q1w2e3----"\r\n\r\n\r\n'
            b"------MultipartBoundary--q1w2e3----\r\nContent-Type: " + kind + b"\r\n"
            b"Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: "
            + encoding.encode() + b"\r\nContent-Location: https://news.example/x\r\n\r\n"
            + body.replace(b"\n", b"\r\n") + b"\r\n\r\n------MultipartBoundary--q1w2e3----\r\n"
            b"Content-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            b"Content-Location: https://news.example/site.css\r\n\r\nbody{margin:0}\r\n"
            b"------MultipartBoundary--q1w2e3------\r\n")


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
@pytest.mark.parametrize("suffix", [".mhtml", ".mht", ""])
def test_a_single_file_page_reads_as_its_html_part(encoding: str, suffix: str) -> None:
    """Read as text, the quoted-printable part gave points cut by ``=`` soft breaks and
    ``=C2=B7`` for its characters, its ``class=3D"comments"`` no longer told furniture (the
    comments became sub-points); the base64 part gave no point at all."""
    imported = import_bytes(_archive(PAGE.encode(), encoding), "page" + suffix, suffix,
                            REQUEST)
    assert [p.text for p in imported.plan.points] == EXPECTED
    assert all(not p.points for p in imported.plan.points)
    assert imported.plan.title == "The framework in full"
    assert any("MHTML" in f.message for f in imported.report.findings)


def test_the_html_part_s_charset_is_the_one_its_header_names() -> None:
    """Word's single-file page ("Web Archive") names the part's charset in its header."""
    page = PAGE.replace(' charset=UTF-8', '').replace("\u2019", "'")
    page = page.replace("Ukraine's sovereignty", "Суверенітет України")
    data = _archive(page.encode("cp1251"), "quoted-printable", "windows-1251", blink=False)
    imported = import_bytes(data, "page.mht", ".mht", REQUEST)
    assert imported.plan.points[0].text == "Суверенітет України is confirmed by every signatory."


def test_an_archive_without_an_html_part_is_refused() -> None:
    data = (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n'
            b"--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            b"iVBORw0KGgo=\r\n--b--\r\n")
    with pytest.raises(InputError, match=r"page\.mht.*no HTML"):
        import_bytes(data, "page.mht", ".mht", REQUEST)
