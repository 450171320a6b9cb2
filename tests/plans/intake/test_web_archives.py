"""Pages saved from web archives: an archive.today capture (the archive's header over the
captured page, the archive's own ``<head>`` and dates) and a Wayback Machine capture's
links between the points (rewritten to the archive's addresses). Texts are the project's
own."""

from __future__ import annotations

import datetime as dt

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.build import IMPORT_SOURCE_URL
from plandiff.plans.model import DatedBy, date_basis
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="draft", version="draft-1", stated_date=True)

_ARCHIVE_HEAD = (
    "<!DOCTYPE html><html style=\"background-color:#ffffff\" itemscope=\"itemscope\" "
    "itemtype=\"http://schema.org/Article\"><head><meta http-equiv=\"Content-Type\" "
    "content=\"text/html;charset=utf-8\"/><meta name=\"robots\" content=\"index,noarchive\"/>"
    "<meta property=\"og:type\" content=\"article\"/><meta property=\"og:title\" "
    "content=\"What the draft says\"/><meta property=\"og:url\" "
    "content=\"https://archive.ph/Xq3Zt\"/><meta property=\"og:site_name\" "
    "content=\"archive.ph\"/><meta property=\"article:published_time\" "
    "itemprop=\"datePublished\" content=\"2025-12-02T08:14:09Z\"/><title>What the draft "
    "says</title></head><body><center><div id=\"HEADER\" style=\"background-color:#EEEEEE\">"
    "<table style=\"width:1028px\"><tr><td rowspan=\"2\"><a href=\"https://archive.ph/\">"
    "archive.today<br/>webpage capture</a></td><td style=\"font-weight:bold\">Saved from</td>"
    "<td><input type=\"text\" name=\"q\" value=\"https://news.example.com/world/plan\"/></td>"
    "<td><a href=\"https://archive.ph/https://news.example.com/world/plan\">history</a></td>"
    "</tr><tr><td>All snapshots from host <a href=\"https://archive.ph/news.example.com\">"
    "news.example.com</a></td><td><time itemprop=\"pubdate\" datetime=\"2025-12-02T08:14:09Z\">"
    "2 Dec 2025 08:14:09 UTC</time></td></tr><tr><td><a href=\"https://archive.ph/Xq3Zt\">"
    "Webpage</a></td><td><a href=\"https://archive.ph/Xq3Zt/image\">Screenshot</a></td>"
    "<td>share</td><td><a href=\"https://archive.ph/download/Xq3Zt.zip\">download .zip</a>"
    "</td><td><a href=\"https://archive.ph/Xq3Zt/abuse\">report bug or abuse</a></td></tr>"
    "</table></div></center><div id=\"SOLID\"><div id=\"CONTENT\" style=\"width:1024px\">")
_STAMP = "<time datetime=\"2025-11-21T10:05:00+02:00\">21 November 2025</time>"
_ARTICLE = (
    "<div style=\"font-family:Georgia\"><div><h1 style=\"font-size:32px\">What the draft "
    "says</h1><div style=\"color:#666\"><span>By A. Writer</span> {stamp}</div></div>"
    "<div style=\"font-size:18px\"><p>The draft seen by this paper lists these points.</p>"
    "<p>1. Both sides stop firing along the whole line.</p>"
    "<p>2. Troops pull back ten kilometres.</p>"
    "<p>3. A buffer zone is set up under monitors.</p>"
    "<p>4. Detainees are swapped all for all.</p></div></div>")
_POINTS = [("1", "Both sides stop firing along the whole line."),
           ("2", "Troops pull back ten kilometres."),
           ("3", "A buffer zone is set up under monitors."),
           ("4", "Detainees are swapped all for all.")]


def _capture(stamp: str) -> bytes:
    return (_ARCHIVE_HEAD + _ARTICLE.format(stamp=stamp) + "</div></div></body></html>"
            ).encode()


@pytest.mark.parametrize(("stamp", "date", "basis"), [
    (_STAMP, "2025-11-21", DatedBy.PUBLISHED),
    ("<span>21 November 2025</span>", "2025-11-21", DatedBy.DATE_LINE),
    ("", "2025-12-02", DatedBy.ARCHIVED),
])
def test_an_archive_today_capture_s_header_goes_and_its_date_is_the_capture_s(
        stamp: str, date: str, basis: DatedBy) -> None:
    """The archive's header ("webpage capture", "Saved from", "history", the snapshots,
    "download .zip" …) went to the notes, and the capture's day (the archive's ``<head>``,
    the header's ``<time>``) dated the draft as published. The page's own date wins: its
    ``<time>`` by the headline, else its date line; the capture's day is the archive's."""
    imported = import_bytes(_capture(stamp), "capture.html", ".html", REQUEST)
    assert _tree(imported) == _POINTS
    notes = imported.plan.notes or ""
    for chrome in ("webpage capture", "Saved from", "history", "snapshots", "Screenshot",
                   "download .zip", "report bug", "2 Dec 2025"):
        assert chrome not in notes
    assert "The draft seen by this paper lists these points." in notes
    assert (imported.plan.date, date_basis(imported.plan)) == (dt.date.fromisoformat(date),
                                                               basis)
    assert imported.plan.title == "What the draft says"


def test_a_page_with_blocks_called_header_and_content_is_no_capture() -> None:
    """A site's own ``#HEADER`` and ``#CONTENT`` (no archive named): its dates are its own."""
    page = (_ARCHIVE_HEAD.replace("archive.ph", "news.example.com")
            .replace("archive.today", "The Daily") + _ARTICLE.format(stamp=_STAMP)
            + "</div></div></body></html>").encode()
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert (imported.plan.date, date_basis(imported.plan)) == (dt.date(2025, 12, 2),
                                                               DatedBy.PUBLISHED)


_WAYBACK = "https://web.archive.org/web/20251121093000/https://news.example.com/plan/"


def test_wayback_rewritten_links_to_a_point_glued_to_a_word_are_text() -> None:
    """A Wayback capture rewrites the page's links to its own points to the archive's
    address (``…/web/2025…/https://site/plan/#p3``, or from the root, ``/web/…``): a
    ``[3]`` so linked right after a word was read as a note mark and taken out ("as set out
    in point below"); it is text, as an in-page ``#p3`` link's is. A link to a real note
    stays a mark."""
    imported = import_bytes(_page(
        "<ol><li id=\"p1\">Both sides stop firing.</li><li id=\"p2\">Troops pull back as set "
        f"out in point<a href=\"{_WAYBACK}#p3\">[3]</a> below.</li><li id=\"p3\">A buffer "
        "zone is set up.<a href=\"/web/20251121093000/https://news.example.com/plan/#fn1\">"
        "[1]</a></li><li>Monitors watch the zone under point<a href=\"/web/20251121093000/"
        "https://news.example.com/plan/#p1\">[1]</a>.</li></ol><div class=\"footnotes\">"
        "<ol><li id=\"fn1\">As agreed in the first round.</li></ol></div>"),
        "page.html", ".html", REQUEST)
    assert _tree(imported)[:4] == [
        ("1", "Both sides stop firing."),
        ("2", "Troops pull back as set out in point[3] below."),
        ("3", "A buffer zone is set up."),
        ("4", "Monitors watch the zone under point[1].")]
    assert "As agreed in the first round." in (imported.plan.notes or "")


def test_a_wayback_capture_s_table_of_contents_is_left_out() -> None:
    """Its entries, linked to the page's headings through the archive's address, were the
    points a second time (1, 2, then 1, 2 again)."""
    imported = import_bytes(_page(
        f"<ul><li><a href=\"{_WAYBACK}#a\">1. Ceasefire</a></li><li><a href=\"{_WAYBACK}#b\">"
        "2. Swap</a></li></ul><h2 id=\"a\">1. Ceasefire</h2><p>Both sides stop firing.</p>"
        "<h2 id=\"b\">2. Swap</h2><p>Detainees are swapped.</p>"), "page.html", ".html", REQUEST)
    assert [n for n, _ in _tree(imported)] == ["1", "2"]


def test_an_archive_today_capture_names_the_page_s_own_address_as_the_source() -> None:
    """The header's "Saved from" address is the page's own: the version's source is that
    address (the placeholder under ``.invalid`` had stood there), and the source's notes
    say it was read from the archive's capture at the archive's address."""
    imported = import_bytes(_capture(_STAMP), "capture.html", ".html", REQUEST)
    (source,) = imported.plan.sources
    assert source.url == "https://news.example.com/world/plan"
    assert "https://archive.ph/Xq3Zt" in (source.notes or "")
    assert _tree(imported) == _POINTS


def test_an_ordinary_page_keeps_the_placeholder_source() -> None:
    """A page that is no capture records no address it does not state as its source."""
    imported = import_bytes(_page("".join(f"<p>{n}. {text}</p>" for n, text in _POINTS)),
                            "page.html", ".html", REQUEST)
    assert imported.plan.sources[0].url == IMPORT_SOURCE_URL


_ORIGINAL = "https://www.dailyledger.example/world/2025/11/21/ceasefire-plan-text"
_WAYBACK_PAGE = f"https://web.archive.org/web/20251121093512/{_ORIGINAL}"


def _wayback_capture(*, toolbar: bool) -> bytes:
    """A page saved from the Wayback Machine: the archive's scripts in the ``<head>`` (its
    rewriting script naming the page and the capture's time), the canonical address
    rewritten to the archive's, and, with ``toolbar``, the toolbar over the page, the line
    it prints and the comment after ``</html>``."""
    wombat = ("<script type=\"text/javascript\">__wm.init(\"https://web.archive.org/web\");"
              f"__wm.wombat(\"{_ORIGINAL}\",\"20251121093512\",\"https://web.archive.org/\","
              "\"web\",\"https://web.archive.org/_static/\",\"1763717712\");</script>"
              if toolbar else "")
    bar = ("<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id=\"wm-ipp-base\" lang=\"en\" "
           "style=\"display:none;direction:ltr;\"><div id=\"wm-ipp\"><table><tr><td><form "
           f"action=\"/web/submit\"><input type=\"text\" name=\"url\" value=\"{_ORIGINAL}\">"
           "</form></td><td><a href=\"https://web.archive.org/web/20251121093512*/"
           f"{_ORIGINAL}\">3 captures</a><div class=\"r\">21 Nov 2025 - 23 Nov 2025</div>"
           "</td></tr></table></div></div><div id=\"wm-ipp-print\">The Wayback Machine - "
           f"{_WAYBACK_PAGE}</div><!-- END WAYBACK TOOLBAR INSERT -->" if toolbar else "")
    points = "".join(f"<li>{text}</li>" for _, text in _POINTS)
    return ("<!DOCTYPE html><html lang=\"en\"><head><script src=\"//archive.org/includes/"
            f"athena.js\"></script>{wombat}<meta charset=\"utf-8\"><title>Full text | Daily "
            f"Ledger</title><link rel=\"canonical\" href=\"{_WAYBACK_PAGE}\"><meta property="
            "\"article:published_time\" content=\"2025-11-20T18:05:00Z\"></head><body>"
            f"{bar}<main><article><h1>Full text of the outline</h1><p>Its points read:</p>"
            f"<ol>{points}</ol></article></main></body></html><!-- FILE ARCHIVED ON 09:35:12 "
            "Nov 21, 2025 AND RETRIEVED FROM THE INTERNET ARCHIVE ON 10:02:44 Dec 01, 2025. -->"
            ).encode()


@pytest.mark.parametrize("toolbar", [True, False])
def test_a_wayback_capture_names_the_page_s_own_address_as_the_source(toolbar: bool) -> None:
    """A Wayback Machine capture states the page's own address (its rewriting script's
    first argument; the canonical link rewritten to ``web.archive.org/web/<time>/<page>``):
    that address is the version's source, read from the capture at the archive's address,
    as an archive.today capture's is; the toolbar never reaches the notes, and the date is
    the article's (the Wayback Machine keeps the page's ``<head>``)."""
    imported = import_bytes(_wayback_capture(toolbar=toolbar), "capture.html", ".html",
                            REQUEST)
    (source,) = imported.plan.sources
    assert source.url == _ORIGINAL
    assert _WAYBACK_PAGE in (source.notes or "")
    assert _tree(imported) == _POINTS
    notes = imported.plan.notes or ""
    assert "Wayback" not in notes and "captures" not in notes
    assert imported.plan.date == dt.date(2025, 11, 20)
