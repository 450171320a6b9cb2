"""atheris (libFuzzer) target for the readers of structured drafts that the other targets do not
reach: OpenDocument text (.odt packages and flat .fodt), Akoma Ntoso XML, single-file web pages
(.mhtml) and news feeds (.rss, .atom). ``fuzz_intake.py`` fuzzes the HTML, Word and PDF
readers, ``fuzz_text_readers.py`` the text, Markdown and e-mail readers.

The first byte picks the kind of draft and whether the rest is used raw or spliced into that
kind's seed. An .odt is a zip package: its fuzzed bytes go into the package's ``content.xml``
(a zip whose bytes were mutated is mostly refused at its first header, which says little about
the reader), and a raw input is also tried as a package of its own. A failure is any exception
other than plandiff's own :class:`PlandiffError` (exit code 2 in the CLI), or an imported plan
whose JSON the loader does not accept.

Run::

    python tests/fuzz/fuzz_structured_readers.py -max_total_time=60
"""

from __future__ import annotations

import dataclasses
import io
import sys
import zipfile
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: tests.fuzz

with atheris.instrument_imports(include=["plandiff"]):
    import plandiff.plans.akoma
    import plandiff.plans.intake.feeds
    import plandiff.plans.intake.mhtml
    import plandiff.plans.intake.odf  # noqa: F401  (the readers are loaded lazily: load them here)
    from plandiff.limits import Limits
    from plandiff.plans.intake import DraftFormat, DraftRequest
    from tests.fuzz.roundtrip import check_import

from tests.fuzz.budget import cpu_bounded
from tests.fuzz.splicing import spliced

LIMITS = Limits(max_file_bytes=1 << 20, max_points=500, max_text_chars=50_000,
                max_markup_depth=200, max_unpacked_bytes=8 << 20, max_parts=200)
REQUEST = DraftRequest(document="doc", version="2025-11-20-fuzz", limits=LIMITS)

_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
_ODF_BODY = (
    '<text:h text:outline-level="1">Framework</text:h>'
    '<text:list text:style-name="L1"><text:list-item><text:p>The parties observe a ceasefire.'
    '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
    '<text:note-body><text:p>A note.</text:p></text:note-body></text:note></text:p>'
    '<text:list><text:list-item><text:p>Monitors attend.</text:p></text:list-item></text:list>'
    '</text:list-item><text:list-item><text:p>Elections within <text:span>100</text:span> days.'
    '</text:p></text:list-item></text:list>'
    '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info>'
    '<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">A</dc:creator></office:change-info>'
    '<text:p>gone</text:p></text:deletion></text:changed-region></text:tracked-changes>'
    '<table:table><table:table-row><table:table-cell><text:p>3. Sanctions</text:p>'
    '</table:table-cell></table:table-row></table:table>')
_ODF_STYLES = ('<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
               'style:num-format="1" style:num-suffix="."/><text:list-level-style-number '
               'text:level="2" style:num-format="a" style:num-suffix=")"/></text:list-style>')
FODT = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document {_ODF_NS} office:version="1.3" '
    'office:mimetype="application/vnd.oasis.opendocument.text">'
    f"<office:automatic-styles>{_ODF_STYLES}</office:automatic-styles>"
    f"<office:body><office:text>{_ODF_BODY}</office:text></office:body></office:document>")
CONTENT_XML = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF_NS} '
    f'office:version="1.3"><office:automatic-styles>{_ODF_STYLES}</office:automatic-styles>'
    f"<office:body><office:text>{_ODF_BODY}</office:text></office:body>"
    "</office:document-content>")
AKN = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="plan">'
    '<meta><identification source="#p"><FRBRWork><FRBRthis value="/akn/ua/act/2025/1/!main"/>'
    '<FRBRuri value="/akn/ua/act/2025/1"/><FRBRdate date="2025-11-20" name="d"/>'
    '<FRBRauthor href="#p"/><FRBRcountry value="ua"/></FRBRWork></identification></meta>'
    '<preface><p><docTitle>Framework</docTitle></p></preface><body>'
    '<article eId="art_1"><num>Article 1</num><heading>Ceasefire</heading>'
    '<paragraph eId="art_1__para_1"><num>1.</num><content><p>The parties observe a ceasefire'
    '<authorialNote marker="1"><p>A note.</p></authorialNote>.</p></content></paragraph>'
    '<paragraph eId="art_1__para_2"><num>2.</num><list><intro><p>Monitors:</p></intro>'
    '<point eId="art_1__para_2__point_a"><num>(a)</num><content><p>attend;</p></content>'
    '</point></list></paragraph></article>'
    '<crossHeading>Part two</crossHeading>'
    '<article eId="art_2"><num>第二条の二</num><content><p>Elections within <remark>[sic]'
    '</remark> 100 days.<img src="x.png" alt="map"/></p></content></article>'
    '<tblock><num>3</num><p>Sanctions.</p></tblock></body></act></akomaNtoso>')
MHTML = (
    "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/plan\r\n"
    "Subject: Plan\r\nDate: Thu, 20 Nov 2025 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
    'Content-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n--B\r\n'
    "Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
    "Content-Location: https://example.org/plan\r\n\r\n<html><head><title>Plan</title></head>"
    "<body><article><h1>Plan</h1><ol><li>Ceasefire =E2=80=94 at once.</li><li>Elections=\r\n"
    " in 100 days.</li></ol></article></body></html>\r\n--B\r\nContent-Type: image/png\r\n"
    "Content-Transfer-Encoding: base64\r\nContent-Location: https://example.org/a.png\r\n\r\n"
    "iVBORw0KGgo=\r\n--B--\r\n")
RSS = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>News</title>'
    "<item><title>The 20 points</title><pubDate>Wed, 24 Dec 2025 09:00:00 GMT</pubDate>"
    "<description>&lt;p&gt;1. Ceasefire.&lt;/p&gt;&lt;p&gt;2. Elections.&lt;/p&gt;</description>"
    "</item></channel></rss>")
ATOM = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
    "<title>News</title><entry><title>Plan</title><updated>2025-12-24T09:00:00Z</updated>"
    '<content type="html">&lt;ol&gt;&lt;li&gt;Ceasefire&lt;/li&gt;&lt;li&gt;Elections&lt;/li&gt;'
    "&lt;/ol&gt;</content></entry></feed>")

KINDS: tuple[tuple[str, DraftFormat | None, str], ...] = (
    (".odt", DraftFormat.ODT, CONTENT_XML),
    (".fodt", DraftFormat.ODT, FODT),
    (".xml", DraftFormat.AKN, AKN),
    (".mhtml", None, MHTML),
    (".rss", None, RSS),
    (".atom", None, ATOM),
)
"""The suffix, the ``--from`` format (None: the suffix and content decide) and the seed of each
kind; an .odt's seed is its package's ``content.xml``."""


def odt_package(content: bytes) -> bytes:
    """An OpenDocument text package holding ``content`` as its ``content.xml``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        package.writestr("META-INF/manifest.xml",
                         '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                         '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry'
                         ' manifest:full-path="/" manifest:media-type='
                         '"application/vnd.oasis.opendocument.text"/></manifest:manifest>')
        package.writestr("content.xml", content)
    return buffer.getvalue()


def check(data: bytes, suffix: str, fmt: DraftFormat | None) -> None:
    request = dataclasses.replace(REQUEST, fmt=fmt)
    check_import(data, f"fuzz{suffix}", suffix, request, LIMITS)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    suffix, fmt, seed = KINDS[data[0] % len(KINDS)]
    body = spliced(seed.encode("utf-8"), data[1:]) if data[0] & 8 else data[1:]
    if suffix == ".odt":
        check(odt_package(body), suffix, fmt)
        if not data[0] & 8:
            check(body, suffix, fmt)
    else:
        check(body, suffix, fmt)


def main() -> None:
    argv = list(sys.argv)
    folders = [Path(arg) for arg in argv[1:] if not arg.startswith("-")]
    if folders and folders[0].is_dir() and not any(folders[0].iterdir()):
        for index, (_, _, seed) in enumerate(KINDS):
            (folders[0] / f"seed-{index}").write_bytes(bytes([index | 8]) + bytes(2)
                                                       + seed.encode("utf-8"))
            (folders[0] / f"raw-{index}").write_bytes(bytes([index]) + seed.encode("utf-8"))
    atheris.Setup(argv, cpu_bounded(test_one_input))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
