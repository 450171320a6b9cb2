"""A saved news page states where it was published: its canonical address (or ``og:url``, or
its JSON-LD article's ``url``), its site's name (``og:site_name``, the JSON-LD publisher, the
part of ``<title>`` after the headline) and its headline. They are the imported version's
source, with the page's publication date; a page that states no address keeps the
placeholder, and a value that is no web address is never taken. Pages are the project's
own."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.build import IMPORT_SOURCE_URL
from tests.helpers import Run
from tests.plans.intake.test_single_file_pages import PAGE, _archive

REQUEST = DraftRequest(document="memo", version="2026-03-17-revised")
ARTICLE = ("<h1>Black Sea memorandum: what changed in the new draft</h1>"
           "<p>The revised text, seen by this newspaper, lists these points:</p><ol>"
           "<li>The parties guarantee safe commercial navigation in the Black Sea.</li>"
           "<li>Neither party may use civilian vessels for military purposes.</li>"
           "<li>The memorandum is valid for 180 days and may be renewed.</li></ol>")


def _page(head: str, body: str = ARTICLE) -> bytes:
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">{head}</head>"
            f"<body><nav><a href=\"/\">Home</a></nav><main><article>{body}</article></main>"
            "</body></html>").encode()


def _source(data: bytes) -> dict[str, object]:
    imported = import_bytes(data, "page.html", ".html", REQUEST)
    assert len(imported.plan.points) == 3
    (source,) = imported.plan.sources
    return source.model_dump(mode="json", exclude_none=True)


def test_the_canonical_address_site_name_headline_and_date_are_the_source() -> None:
    head = ("<title>Black Sea memorandum: what changed | World News</title>"
            "<link rel=\"canonical\" href=\"https://news.example.com/world/black-sea-memo\">"
            "<meta property=\"og:site_name\" content=\"World News\">"
            "<meta property=\"og:title\" content=\"Black Sea memorandum: what changed in the "
            "new draft\">"
            "<meta property=\"article:published_time\" content=\"2026-03-17T09:30:00Z\">")
    source = _source(_page(head))
    assert source["url"] == "https://news.example.com/world/black-sea-memo"
    assert source["publisher"] == "World News"
    assert source["title"] == "Black Sea memorandum: what changed in the new draft"
    assert source["date"] == "2026-03-17"


def test_the_site_name_in_the_title_and_the_og_url() -> None:
    """No og:site_name: the part of ``<title>`` after the headline names the site."""
    head = ("<title>Black Sea memorandum: what changed in the new draft — The Daily Ledger"
            "</title><meta property=\"og:url\" content=\"https://ledger.example.net/a/42\">")
    source = _source(_page(head))
    assert source["url"] == "https://ledger.example.net/a/42"
    assert source["publisher"] == "The Daily Ledger"
    assert source["title"] == "Black Sea memorandum: what changed in the new draft"


def test_the_json_ld_article_names_the_address_and_publisher() -> None:
    article = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "not the article"},
        {"@type": "NewsArticle", "headline": "The new Black Sea draft",
         "url": "https://wire.example.org/2026/03/17/black-sea",
         "datePublished": "2026-03-17T07:00:00+02:00",
         "publisher": {"@type": "Organization", "name": "Example Wire"}}]}
    head = ("<title>Example Wire</title><script type=\"application/ld+json\">"
            f"{json.dumps(article)}</script>")
    source = _source(_page(head))
    assert source["url"] == "https://wire.example.org/2026/03/17/black-sea"
    assert source["publisher"] == "Example Wire"
    assert source["title"] == "The new Black Sea draft"
    assert source["date"] == "2026-03-17"


def test_with_no_site_name_the_host_publishes() -> None:
    head = "<link rel=\"canonical\" href=\"https://www.kyiv-daily.example.com/memo\">"
    source = _source(_page(head))
    assert source["publisher"] == "kyiv-daily.example.com"
    assert source["title"] == "Black Sea memorandum: what changed in the new draft"


@pytest.mark.parametrize("address", [
    "/world/black-sea-memo", "javascript:alert(1)", "file:///etc/passwd",
    "https://plandiff.invalid/import", "https://news example.com/a", "ftp://news.example.com/a",
    "https://localhost/a", "HTTPS://NEWS.EXAMPLE.COM/A", "https://news.example.com/a\x01b",
    ""])
def test_a_value_that_is_no_web_address_is_not_the_source(address: str) -> None:
    head = f"<title>The memo</title><link rel=\"canonical\" href=\"{address}\">"
    source = _source(_page(head))
    assert source["url"] == IMPORT_SOURCE_URL


def test_a_page_that_states_no_address_keeps_the_placeholder() -> None:
    assert _source(_page("<title>The memo | World News</title>"))["url"] == IMPORT_SOURCE_URL


def test_a_single_file_page_names_the_address_it_was_saved_from() -> None:
    imported = import_bytes(_archive(PAGE.encode(), "base64"), "page.mhtml", ".mhtml",
                            REQUEST)
    (source,) = imported.plan.sources
    assert source.url == "https://news.example/x"


def test_add_of_a_page_that_states_its_address_needs_no_source_url(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """No placeholder note, and ``validate`` has nothing to warn about the source."""
    page = tmp_path / "page.html"
    page.write_bytes(_page(
        "<title>The memo | World News</title>"
        "<link rel=\"canonical\" href=\"https://news.example.com/world/black-sea-memo\">"))
    plans = tmp_path / "plans"
    run = cli("add", str(page), "--document", "memo", "--version", "2026-03-17-revised",
              "--plans", str(plans))
    assert run.code == 0, run.err
    assert IMPORT_SOURCE_URL not in run.err
    check = cli("validate", "--strict", str(plans))
    assert check.code == 0, check.out + check.err
    stored = json.loads((plans / "memo" / "2026-03-17-revised.json").read_text("utf-8"))
    assert stored["sources"][0]["publisher"] == "World News"


def test_a_source_url_given_without_a_title_takes_the_page_s_headline(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """``--source-url`` alone titled the source with its URL and named its host; the saved
    page states its headline, site name and date: the source takes them (the name and date
    only when the page states the same host). A ``--source-title`` given still wins."""
    page = tmp_path / "page.html"
    page.write_bytes(_page(
        "<title>The memo | World News</title>"
        "<link rel=\"canonical\" href=\"https://news.example.com/world/black-sea-memo\">"
        "<meta property=\"og:site_name\" content=\"World News\">"
        "<meta property=\"article:published_time\" content=\"2026-03-17T09:30:00Z\">"))
    plans = tmp_path / "plans"
    base = ("add", str(page), "--document", "memo", "--plans", str(plans))
    same = cli(*base, "--version", "2026-03-17-a", "--source-url",
               "https://news.example.com/world/black-sea-memo?utm=x")
    assert same.code == 0, same.err
    other = cli(*base, "--version", "2026-03-18-b", "--source-url",
                "https://wire.example.org/copy", "--supersedes", "2026-03-17-a")
    assert other.code == 0, other.err
    titled = cli(*base, "--version", "2026-03-19-c", "--source-url",
                 "https://wire.example.org/copy", "--source-title", "Wire copy",
                 "--supersedes", "2026-03-18-b")
    assert titled.code == 0, titled.err

    def source(version: str) -> dict[str, Any]:
        data = json.loads((plans / "memo" / f"{version}.json").read_text("utf-8"))
        return dict(data["sources"][0])

    assert source("2026-03-17-a") == {
        "title": "Black Sea memorandum: what changed in the new draft", "publisher": "World News",
        "url": "https://news.example.com/world/black-sea-memo?utm=x", "date": "2026-03-17"}
    assert source("2026-03-18-b") == {
        "title": "Black Sea memorandum: what changed in the new draft",
        "publisher": "wire.example.org", "url": "https://wire.example.org/copy"}
    assert source("2026-03-19-c")["title"] == "Wire copy"


@pytest.mark.parametrize(("comment", "url"), [
    # Chrome's and Edge's "Save page as" (its length in four digits, then the address)
    ("<!-- saved from url=(0043)https://news.example.com/world/black-sea -->",
     "https://news.example.com/world/black-sea"),
    # the SingleFile extension's comment
    ("<!--\n Page saved with SingleFile \n url: https://news.example.com/world/black-sea \n "
     "saved date: Tue Mar 17 2026 10:00:00 GMT+0200\n-->", "https://news.example.com/world/black-sea"),
    # a page saved from a file or a blank page names no web address
    ("<!-- saved from url=(0014)about:internet -->", IMPORT_SOURCE_URL),
])
def test_the_address_a_browser_wrote_when_saving_the_page_is_its_source(
        comment: str, url: str) -> None:
    """A page a browser saved states no address of its own (no canonical link) but the
    comment the browser put over it does ("saved from url=…", SingleFile's "url: …"): its
    source was the placeholder."""
    page = (f"<!DOCTYPE html>\n{comment}\n<html><head><meta charset=\"utf-8\">"
            "<title>The memo | World News</title></head><body><main><article>"
            f"{ARTICLE}</article></main></body></html>").encode()
    assert _source(page)["url"] == url


@pytest.mark.parametrize(("href", "url"), [
    # a quote in the canonical link: the plan's source was no valid URI, and the schema
    # refused the plan import had just written (found by the structured readers' fuzz target)
    ("https://news.example.com/a&quot;b", "https://news.example.com/a%22b"),
    ("https://news.example.com/статья/5", "https://news.example.com/%D1%81%D1%82%D0%B0%D1%82"
                                          "%D1%8C%D1%8F/5"),
    ("https://новости.example/plan", "https://xn--b1amnebsh.example/plan"),
    ("https://news.example.com/100%-sure", "https://news.example.com/100%25-sure"),
    ("https://news.example.com/a%20b", "https://news.example.com/a%20b"),
    ("https://news.example.com/x<y>{z}|^`", "https://news.example.com/x%3Cy%3E%7Bz%7D%7C%5E%60"),
])
def test_the_page_s_address_is_made_a_valid_uri(href: str, url: str) -> None:
    from jsonschema import Draft202012Validator

    source = _source(_page(f"<link rel=\"canonical\" href=\"{href}\">"))
    assert source["url"] == url
    assert Draft202012Validator.FORMAT_CHECKER.conforms(url, "uri")


NO_HEADING = ("<p>The revised text, seen by this newspaper, lists these points:</p><ol>"
              "<li>The parties guarantee safe commercial navigation in the Black Sea.</li>"
              "<li>Neither party may use civilian vessels for military purposes.</li>"
              "<li>The memorandum is valid for 180 days and may be renewed.</li></ol>")


@pytest.mark.parametrize(("title", "meta", "expected"), [
    ("Что изменилось в меморандуме - Новости дня, 17.03.2026", "", "Что изменилось в меморандуме"),
    ("What changed in the memo | Daily Wire Service", "", "What changed in the memo"),
    ("Що змінилося в меморандумі — Щоденна правда", "", "Що змінилося в меморандумі"),
    ("Що змінилося в меморандумі | Новини | Щоденна правда", "",
     "Що змінилося в меморандумі"),
    ("What changed in the memo - the daily ledger", "the daily ledger",
     "What changed in the memo"),
    ("黒海覚書の骨子 | 港新聞", "", "黒海覚書の骨子"),
    ("和平案 | 港新聞", "", "和平案"),
    # no site's name after the separator: the title as the page has it
    ("Black Sea memo - what we know", "", "Black Sea memo - what we know"),
    ("Kyiv - Moscow talks", "", "Kyiv - Moscow talks"),
    ("The Daily Ledger", "", "The Daily Ledger"),
])
def test_a_page_with_no_heading_takes_its_title_from_title_without_the_site(
        title: str, meta: str, expected: str) -> None:
    """A page with no ``<h1>`` (and no ``og:title``) is titled by its ``<title>``; the site's
    name sites write after the headline (" - Site, date", " | Site", " — Site", a section
    and the site) is no part of it. It was kept: the version was titled "… | Daily Wire
    Service". A part that reads as no name (lower case, a one-word headline before it) is
    the title's own, unless the page names its site so (``og:site_name``)."""
    head = f"<title>{title}</title>" + (
        f'<meta property="og:site_name" content="{meta}">' if meta else "")
    imported = import_bytes(_page(head, NO_HEADING), "page.html", ".html", REQUEST)
    assert len(imported.plan.points) == 3
    assert imported.plan.title == expected
