"""The built report site in a real headless browser (Debian's chromium through chromedriver's
W3C WebDriver HTTP API, standard library only): every link from the index resolves over
file://, anchors to points land, no console errors, and the Content-Security-Policy blocks
nothing of the site's own. A missing browser is a failure, not a skip."""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urlsplit

import pytest

from plandiff.workflows.build import build
from tests.helpers import PLANS
from tests.test_setup_scripts import axe_pin

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1200,900"]
MAX_FRAGMENT_VISITS = 40


class WebDriver:
    """The few W3C WebDriver calls the test needs."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.session = ""

    def call(self, method: str, path: str, body: Any = None) -> Any:
        data = json.dumps(body).encode("utf-8") if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return json.loads(response.read())["value"]
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"WebDriver {method} {path}: {exc.read()[:500]!r}") from None

    def open(self, profile: Path) -> None:
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": str(CHROMIUM),
                                   "args": [*FLAGS, f"--user-data-dir={profile}"]},
            "goog:loggingPrefs": {"browser": "ALL"},
        }}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def go(self, url: str) -> None:
        self.call("POST", f"/session/{self.session}/url", {"url": url})

    def run(self, script: str) -> Any:
        return self.call("POST", f"/session/{self.session}/execute/sync",
                         {"script": script, "args": []})

    def console(self) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = self.call(
            "POST", f"/session/{self.session}/se/log", {"type": "browser"})
        return entries

    def close(self) -> None:
        if self.session:
            with contextlib.suppress(Exception):
                self.call("DELETE", f"/session/{self.session}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(f"the browser test needs {', '.join(missing)}: run scripts/setup "
                    "(apt-get install chromium chromium-driver)", pytrace=False)
    port = _free_port()
    driver = subprocess.Popen([str(CHROMEDRIVER), f"--port={port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    web = WebDriver(f"http://127.0.0.1:{port}")
    try:
        # A hang guard, not a time limit: chromedriver starts in a second or two, many more
        # on a loaded machine; a crash ends the wait at once (driver.poll()).
        deadline = time.monotonic() + 180
        while True:
            try:
                if web.call("GET", "/status").get("ready"):
                    break
            except (OSError, AssertionError):
                pass
            if time.monotonic() > deadline or driver.poll() is not None:
                pytest.fail("chromedriver did not start", pytrace=False)
            time.sleep(0.1)
        web.open(tmp_path_factory.mktemp("chromium-profile"))
        yield web
    finally:
        web.close()
        driver.terminate()
        try:
            driver.wait(timeout=10)
        except subprocess.TimeoutExpired:
            driver.kill()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped plans built as a site (HTML only, to keep the test fast)."""
    root = tmp_path_factory.mktemp("site")
    plans = root / "plans"
    shutil.copytree(PLANS, plans, ignore=shutil.ignore_patterns("plandiff.json", "*.md"))
    (plans / "plandiff.json").write_text(json.dumps({"formats": ["html"]}), encoding="utf-8")
    out = root / "reports"
    build(plans, out, jobs=2)
    return out


PAGE_STATE = """
return {
  href: location.href,
  ready: document.readyState,
  title: document.title,
  ids: Array.from(document.querySelectorAll('[id]')).map(e => e.id),
  links: Array.from(document.querySelectorAll('a[href]')).map(a => a.href),
  sheets: document.styleSheets.length,
  ruleCount: Array.from(document.styleSheets).reduce((n, s) => n + s.cssRules.length, 0),
  del: (() => { const d = document.querySelector('del');
                return d ? getComputedStyle(d).textDecorationLine : null; })(),
};
"""

LANDED = """
const id = decodeURIComponent(location.hash.slice(1));
const el = document.getElementById(id);
if (!el) return {found: false};
const box = el.getBoundingClientRect();
return {found: true, top: box.top, scrollY: window.scrollY,
        fits: document.documentElement.scrollHeight - window.innerHeight};
"""


def _is_page(url: str, site_url: str) -> bool:
    return url.startswith(site_url) and urlsplit(url).path.endswith(".html")


def test_the_csp_check_can_fail(browser: WebDriver, tmp_path: Path, site: Path) -> None:
    """A page with the site's policy and an inline style attribute must log a violation:
    proves the console check below is able to see one."""
    index = (site / "index.html").read_text(encoding="utf-8")
    bad = index.replace("<body>", '<body><p style="color: red">x</p>', 1)
    (tmp_path / "bad.html").write_text(bad, encoding="utf-8")
    browser.console()  # drain
    browser.go((tmp_path / "bad.html").as_uri())
    messages = [e["message"] for e in browser.console()]
    assert any("Content Security Policy" in m for m in messages), messages


def test_site_in_a_real_browser(browser: WebDriver, site: Path) -> None:
    site_url = site.as_uri() + "/"
    start = (site / "index.html").as_uri()
    browser.console()  # drain anything from earlier tests
    pages: dict[str, dict[str, Any]] = {}
    queue = [start]
    problems: list[str] = []
    fragments: list[tuple[str, str]] = []
    while queue:
        url = queue.pop(0)
        if url in pages:
            continue
        browser.go(url)
        state = browser.run(PAGE_STATE)
        pages[url] = state
        if not state["href"].startswith("file://") or state["ready"] != "complete":
            problems.append(f"{url}: did not load ({state['href']})")
            continue
        if state["sheets"] != 1 or state["ruleCount"] < 20:
            problems.append(f"{url}: stylesheet not applied ({state['sheets']} sheet(s), "
                            f"{state['ruleCount']} rules)")
        if state["del"] not in (None, "line-through"):
            problems.append(f"{url}: deletions are not struck through")
        for entry in browser.console():
            problems.append(f"{url}: console {entry['level']}: {entry['message']}")
        for link in state["links"]:
            target, fragment = urldefrag(link)
            if not target.startswith("file://"):
                assert target.startswith(("http://", "https://")), link
                continue
            if not target.startswith(site_url):
                problems.append(f"{url}: link leaves the site: {link}")
                continue
            path = Path(urllib.request.url2pathname(urlsplit(target).path))
            if not path.is_file():
                problems.append(f"{url}: broken link {link}")
                continue
            if _is_page(target, site_url):
                queue.append(target)
                if fragment:
                    fragments.append((url, link))
    assert not problems, "\n".join(problems[:30])
    # Every page of the site was reached from the index, and it is a real site.
    built = {p.as_uri() for p in site.rglob("*.html")}
    assert built == set(pages), sorted(built ^ set(pages))
    assert len(pages) >= 15
    # Every fragment names an element of its page ...
    for source, link in fragments:
        target, fragment = urldefrag(link)
        assert urllib.request.unquote(fragment) in pages[target]["ids"], \
            f"{source}: #{fragment} not found in {target}"
    # ... and the browser lands there (cross-page links into reports and histories).
    crossing = sorted({link for source, link in fragments
                       if urldefrag(link)[0] != source})
    assert any("__" in link and "#new-" in link for link in crossing)  # into reports
    assert any("history.html#h-" in link for link in crossing)  # into other histories
    for link in crossing[:: max(1, len(crossing) // MAX_FRAGMENT_VISITS)]:
        browser.go(link)
        landed = browser.run(LANDED)
        assert landed["found"], link
        # The element is at the top of the viewport, unless the page is too short to
        # scroll that far.
        assert abs(landed["top"]) < 2 or landed["scrollY"] >= landed["fits"] - 2, \
            (link, landed)
    assert not browser.console()


# --------------------------------------------------------------------------- accessibility

AXE = Path(__file__).resolve().parents[2] / ".cache" / "axe" / "node_modules" / "axe-core" \
    / "axe.min.js"
"""axe-core from npm, installed into this checkout by scripts/axe (which scripts/setup and
scripts/test run): the version it pins."""

AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(r => done({version: axe.version, violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))}))
  .catch(e => done({error: String(e)}));
"""


def _axe(browser: WebDriver) -> dict[str, Any]:
    """Inject axe-core into the current page (WebDriver scripts are not subject to the
    page's Content-Security-Policy) and run every rule of its default set."""
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run scripts/axe (scripts/setup and scripts/test "
                    "run it)", pytrace=False)
    browser.run(AXE.read_text(encoding="utf-8") + "\nreturn typeof window.axe;")
    browser.call("POST", f"/session/{browser.session}/timeouts", {"script": 120000})
    result: dict[str, Any] = browser.call(
        "POST", f"/session/{browser.session}/execute/async", {"script": AXE_RUN, "args": []})
    assert result.get("version") == axe_pin(), (
        f"axe-core {result.get('version')} in {AXE}; scripts/axe pins {axe_pin()}: run it")
    return result


def test_axe_can_fail(browser: WebDriver, tmp_path: Path, site: Path) -> None:
    """An index page without its main landmark and with an empty table header must fail:
    proves the check below can see a violation."""
    index = (site / "index.html").read_text(encoding="utf-8")
    bad = index.replace("<main>", "<div>").replace("</main>", "</div>")
    bad = bad.replace("</body>", "<table><tr><th></th><td>x</td></tr></table></body>")
    (tmp_path / "bad.html").write_text(bad, encoding="utf-8")
    browser.go((tmp_path / "bad.html").as_uri())
    found = {v["id"] for v in _axe(browser)["violations"]}
    assert {"landmark-one-main", "region"} <= found, found


def test_every_page_passes_axe(browser: WebDriver, site: Path) -> None:
    """axe-core (Deque's accessibility engine) finds no violation on any page the build
    writes: the index, the history pages, the comparison reports and the synopses."""
    pages = sorted(site.rglob("*.html"))
    kinds = {p.name.split(".")[0] if "__" not in p.name else "report" for p in pages}
    assert {"index", "history", "synopsis", "report"} <= kinds, kinds
    problems = []
    for page in pages:
        browser.go(page.as_uri())
        result = _axe(browser)
        assert "error" not in result, (page, result)
        for violation in result["violations"]:
            problems.append(f"{page.relative_to(site)}: {violation['id']} "
                            f"({violation['impact']}): {violation['help']} "
                            f"{violation['nodes']}")
    assert not problems, f"{len(problems)} violation(s):\n" + "\n".join(problems[:40])


WIDE = """
const out = [];
const width = document.documentElement.clientWidth;
for (const el of document.querySelectorAll('body *')) {
  const box = el.getBoundingClientRect();
  if (box.width && box.right > width + 1 && !el.closest('.scroll-x')) {
    out.push(el.tagName + '.' + el.className + ' ' + Math.round(box.right));
  }
}
return {width: width, scroll: document.documentElement.scrollWidth, wide: out.slice(0, 8)};
"""


def test_every_page_fits_a_phone_s_width(browser: WebDriver, site: Path) -> None:
    """A reader on a phone (390 CSS pixels) scrolls the page down, never sideways: no
    element of any report page runs past the screen's right edge (a wide table scrolls
    inside its own box)."""
    browser.call("POST", f"/session/{browser.session}/window/rect", {"width": 390,
                                                                      "height": 844})
    try:
        wide = {}
        for page in sorted(site.rglob("*.html")):
            browser.go(page.as_uri())
            found = browser.run(WIDE)
            if found["scroll"] > found["width"] + 1:
                wide[page.relative_to(site).as_posix()] = (found["scroll"], found["wide"][:3])
        assert not wide, "\n".join(f"{k}: {v}" for k, v in wide.items())
    finally:
        browser.call("POST", f"/session/{browser.session}/window/rect", {"width": 1200,
                                                                          "height": 900})


FITS_ITS_BOX = """
const out = [];
for (const wrap of document.querySelectorAll('.synopsis-wrap')) {
  const right = wrap.getBoundingClientRect().right;
  for (const el of wrap.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width && box.right > right + 1) {
      out.push(el.tagName + '.' + el.className + ' ' + Math.round(box.right - right) + 'px');
    }
  }
  if (wrap.scrollWidth > wrap.clientWidth + 1) out.push('wrap ' + wrap.scrollWidth);
}
return out.slice(0, 6);
"""


def test_a_synopsis_fits_a_phone_s_width_inside_its_own_box(browser: WebDriver,
                                                               site: Path) -> None:
    """The synopsis table is as wide as the screen (its columns share it): on a phone (390
    CSS pixels) nothing in it, a flag's kind label ("date or deadline") included, runs past
    the box's right edge, which would make the reader scroll the table sideways to read a
    flag."""
    browser.call("POST", f"/session/{browser.session}/window/rect", {"width": 390,
                                                                      "height": 844})
    try:
        wide = {}
        pages = sorted(site.rglob("synopsis*.html"))
        assert pages
        for page in pages:
            browser.go(page.as_uri())
            found = browser.run(FITS_ITS_BOX)
            if found:
                wide[page.relative_to(site).as_posix()] = found
        assert not wide, "\n".join(f"{k}: {v}" for k, v in wide.items())
    finally:
        browser.call("POST", f"/session/{browser.session}/window/rect", {"width": 1200,
                                                                          "height": 900})
