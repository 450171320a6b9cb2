"""Renderer security: hostile plan text renders literally and fetches nothing.

A plans tree whose titles, point texts and numbers, notes, parties, sources and topic labels
(plans/topics.json) carry HTML and script tags, ``</style>``, CSS ``url()`` and ``@import``,
``file:`` and ``http:`` URLs (to a loopback server and to a canary file), Markdown links and
images and Jinja syntax is rendered by every public command that renders (diff in all five
formats, history, build). While they run:

- a loopback HTTP server counts requests (there must be none);
- inotify watches the canary file (no process may open or read it, C libraries included);
- ``socket.socket.connect`` records every connection attempt of this process (none).

Then every output is checked: text and JSON carry the payload verbatim; Markdown, rendered by
a CommonMark parser, gives the payload back as text and no active HTML; HTML has no script,
no event handler, no external resource, the payload as text, and a Content-Security-Policy
that forbids every request (``default-src 'none'``, no scripts, styles only by hash, and the
hash is that of the page's own stylesheet); PDFs carry the text, no JavaScript or launch
actions and only http(s) links.
"""

from __future__ import annotations

import base64
import ctypes
import hashlib
import http.server
import io
import json
import os
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from pypdf import PdfReader

from plandiff.errors import ExitCode
from tests.helpers import Run, make_plan, write_plan

Cli = Callable[..., Run]
JINJA = "{{ 7*191 }}"
"""Evaluated, it would print 1337."""


# --------------------------------------------------------------------------- watchers


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []  # noqa: RUF012 - one server per test, reset by the fixture

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body{color:red}")

    def log_message(self, format: str, *args: Any) -> None:
        return


@dataclass
class Watch:
    port: int
    canary: Path
    hits: list[str]
    connects: list[Any] = field(default_factory=list)
    _inotify: int = -1

    def canary_events(self) -> bytes:
        try:
            return os.read(self._inotify, 65536)
        except BlockingIOError:
            return b""


IN_ACCESS, IN_OPEN = 0x1, 0x20


def _inotify(path: Path) -> int:
    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.inotify_init1(os.O_NONBLOCK)
    assert fd >= 0, f"inotify_init1 failed: errno {ctypes.get_errno()}"
    wd = libc.inotify_add_watch(fd, os.fsencode(path), IN_ACCESS | IN_OPEN)
    assert wd >= 0, f"inotify_add_watch failed: errno {ctypes.get_errno()}"
    return int(fd)


@pytest.fixture
def watch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Watch]:
    _Counter.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    canary = tmp_path / "canary" / "secret.css"
    canary.parent.mkdir()
    canary.write_bytes(b"body { background: url(http://127.0.0.1:1/canary-was-read) }")
    state = Watch(port=server.server_address[1], canary=canary, hits=_Counter.hits)
    state._inotify = _inotify(canary)
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> Any:
        state.connects.append(address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        os.close(state._inotify)


def assert_nothing_fetched(watch: Watch) -> None:
    assert watch.hits == [], f"requests reached the loopback server: {watch.hits}"
    assert watch.connects == [], f"connections attempted: {watch.connects}"
    assert watch.canary_events() == b"", "the canary file was opened or read"


@contextmanager
def recording_opens(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every path this process opens through Python (``open``, ``io.open``, ``os.open``)."""
    import builtins

    seen: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, bytes, os.PathLike)):
            seen.append(os.fsdecode(file))
        return real_open(file, *args, **kwargs)

    def spy_os_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(os.fsdecode(path))
        return real_os_open(path, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(builtins, "open", spy_open)
        patch.setattr(io, "open", spy_open)
        patch.setattr(os, "open", spy_os_open)
        yield seen


def outside(paths: list[str], *allowed: Path, output: Path | None = None) -> list[str]:
    """The paths not under plandiff's package and schemas, Python's installation, the system's
    font and fontconfig folders, or ``allowed``; nor ``output``, its folder (synced after a
    write) and its temporary file (``.NAME.*.tmp``)."""
    import re
    import sys
    import tempfile

    import plandiff
    from plandiff.resources import schema_dir

    if output is not None:
        paths = [p for p in paths if Path(p) not in (output, output.parent) and not (
            Path(p).parent == output.parent and Path(p).name.startswith(f".{output.name}."))]
    scratch = Path(tempfile.gettempdir())
    paths = [p for p in paths if p not in ("/dev/null", "/etc/mime.types", str(scratch))
             and not (Path(p).parent == scratch and re.fullmatch(r"tmp[\w]{8}", Path(p).name))]
    roots = [Path(plandiff.__file__).resolve().parent, schema_dir().resolve(),
             Path(sys.prefix).resolve(),
             Path(sys.base_prefix).resolve(), Path("/usr/share/fonts"), Path("/etc/fonts"),
             Path("/var/cache/fontconfig"), Path.home() / ".cache" / "fontconfig",
             Path("/usr/lib"), Path("/dev/urandom"), *allowed]
    out = []
    for raw in paths:
        path = Path(raw).resolve() if raw else Path(raw)
        if not any(path == root or root in path.parents for root in roots):
            out.append(raw)
    return out


# --------------------------------------------------------------------------- the tree


def payload(port: int, canary: Path) -> str:
    http_url = f"http://127.0.0.1:{port}"
    return (
        "<script>alert(1)</script></style><style>@import url(\"" + http_url + "/imp.css\");"
        " body{background:url(\"" + http_url + "/bg.png\")} @import 'file://" + str(canary)
        + "';</style><img src=\"" + http_url + "/img.png\" onerror=\"alert(2)\">"
        "<link rel=\"stylesheet\" href=\"file://" + str(canary) + "\">"
        "<iframe src=\"" + http_url + "/frame\"></iframe><object data=\"file://" + str(canary)
        + "\"></object><svg><image href=\"" + http_url + "/svg.png\"/></svg>"
        "<base href=\"" + http_url + "/\"><meta http-equiv=\"refresh\" content=\"0;url="
        + http_url + "/refresh\"><a href=\"javascript:alert(3)\">click</a> "
        + JINJA + " {% raw %} {{ config }} ![img](" + http_url + "/md.png) "
        "[link](javascript:alert(4)) <" + http_url + "/autolink> file://" + str(canary)
        + " &amp; &lt;b&gt; \\ ` * _ | ~ # "
    )


MARKERS = ("<script>alert(1)</script>", JINJA, "{% raw %}", "javascript:alert(3)")
"""Pieces of the payload that must come out as literal text."""


def hostile_tree(root: Path, port: int, canary: Path) -> Path:
    text = payload(port, canary)
    short = f"<script>alert(5)</script><img src=http://127.0.0.1:{port}/t.png>{JINJA}"
    topics = {"topics": [{"id": "hostile-topic", "labels": {"en": short, "ja": short}}]}
    root.mkdir(parents=True)
    (root / "topics.json").write_text(json.dumps(topics), encoding="utf-8")
    source = {"title": text[:1000], "publisher": short,
              "url": f"http://127.0.0.1:{port}/source?q=%3Cscript%3E"}
    points = [
        {"id": "one", "number": "<b>1</b>" + JINJA[:10], "title": text[:1000], "text": text,
         "topics": ["hostile-topic"], "notes": text},
        {"id": "two", "number": "2", "text": "Unchanged " + text, "topics": ["ceasefire"]},
        {"id": "gone", "number": "3", "text": "Removed " + text},
    ]
    old = make_plan(title=text[:1000], parties=[short], sources=[source], points=points,
                    notes=text)
    new_points = [dict(points[0], text=text + " shall not " + text),
                  points[1], {"id": "new", "number": "4", "text": "Added " + text}]
    new = make_plan(version="v2", supersedes="v1", date="2025-12-01", title=text[:1000],
                    parties=[short], sources=[source], points=new_points, notes=text)
    write_plan(root, old)
    write_plan(root, new)
    return root


# --------------------------------------------------------------------------- checkers


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)
        else:
            self.text.append(data)


FORBIDDEN_TAGS = {"script", "img", "iframe", "object", "embed", "link", "base", "svg", "image",
                  "frame", "audio", "video", "source", "form", "input", "applet"}
URL_ATTRIBUTES = ("src", "href", "data", "action", "formaction", "poster", "xlink:href")


def check_html(html: str, where: str) -> None:
    page = _Page()
    page.feed(html)
    text = "".join(page.text)
    for marker in MARKERS:
        assert marker in text, f"{where}: {marker!r} not shown literally"
    assert "1337" not in html, f"{where}: Jinja syntax in plan text was evaluated"
    for tag, attrs in page.tags:
        assert tag not in FORBIDDEN_TAGS, f"{where}: <{tag}> in the output"
        assert not any(a.startswith("on") for a in attrs), f"{where}: event handler on <{tag}>"
        for name in URL_ATTRIBUTES:
            value = attrs.get(name, "").strip().lower()
            assert not value.startswith(("javascript:", "file:", "data:text/html", "vbscript:")), (
                f"{where}: <{tag} {name}={value[:60]!r}>")
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            raise AssertionError(f"{where}: meta refresh")
    for style in page.styles:
        assert "127.0.0.1" not in style and "file:" not in style, f"{where}: plan text in CSS"
    check_csp(page, where)


def check_csp(page: _Page, where: str) -> None:
    policies = [attrs.get("content", "") for tag, attrs in page.tags
                if tag == "meta" and attrs.get("http-equiv", "").lower()
                == "content-security-policy"]
    assert len(policies) == 1, f"{where}: expected one CSP meta tag, found {len(policies)}"
    directives: dict[str, list[str]] = {}
    for part in policies[0].split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = words[1:]
    assert directives.get("default-src") == ["'none'"], f"{where}: {policies[0]}"
    assert directives.get("script-src", ["'none'"]) == ["'none'"], f"{where}: scripts allowed"
    for name, values in directives.items():
        for value in values:
            assert value not in ("*", "'unsafe-inline'", "'unsafe-eval'", "http:", "https:",
                                 "file:", "'self'"), f"{where}: {name} {value}"
    hashes = {v[len("'sha256-"):-1] for v in directives.get("style-src", [])
              if v.startswith("'sha256-")}
    assert set(directives.get("style-src", [])) <= {f"'sha256-{h}'" for h in hashes} | {
        "'none'"}, f"{where}: style-src allows more than hashed styles"
    for style in page.styles:
        digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode()
        assert digest in hashes, f"{where}: an inline style the policy does not allow"


def check_markdown(markdown: str, where: str) -> None:
    html = MarkdownIt("commonmark").render(markdown)
    page = _Page()
    page.feed(html)
    text = "".join(page.text)
    for marker in MARKERS:
        assert marker in text, f"{where}: {marker!r} not literal once rendered"
    for tag, attrs in page.tags:
        assert tag not in FORBIDDEN_TAGS | {"style", "meta"}, f"{where}: <{tag}> once rendered"
        href = attrs.get("href", "").lower()
        assert not href.startswith(("javascript:", "file:")), f"{where}: link {href[:40]}"
        assert "127.0.0.1" not in href, f"{where}: plan text became a link"


def check_pdf(data: bytes, where: str) -> None:
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    squeezed = "".join(text.split())
    for marker in ("<script>alert(1)</script>", "{{7*191}}", "javascript:alert(3)"):
        assert marker in squeezed, f"{where}: {marker!r} not in the PDF text"
    root = reader.trailer["/Root"]
    assert "/OpenAction" not in root and "/AA" not in root, f"{where}: automatic action"
    names = root.get("/Names", {})
    assert "/JavaScript" not in names, f"{where}: document JavaScript"
    for page in reader.pages:
        assert "/AA" not in page
        for annot in page.get("/Annots", []) or []:
            action = annot.get_object().get("/A")
            if action is None:
                continue
            kind = action.get("/S")
            assert kind in ("/URI", "/GoTo"), f"{where}: {kind} action"
            if kind == "/URI":
                uri = str(action.get("/URI"))
                assert uri.startswith(("http://", "https://")), f"{where}: link {uri[:60]}"


# --------------------------------------------------------------------------- the tests


def test_the_checks_can_fail(watch: Watch) -> None:
    """The watchers see a read of the canary, a request and a connection; the page checks
    reject an injected script, an external image, a weak policy and evaluated Jinja."""
    import urllib.request

    with watch.canary.open("rb") as handle:
        handle.read()
    urllib.request.urlopen(f"http://127.0.0.1:{watch.port}/probe", timeout=5).read()
    with pytest.raises(AssertionError):
        assert_nothing_fetched(watch)
    safe = "".join("&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*191 }} {% raw %} "
                   "javascript:alert(3)")
    csp = "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'\">"
    check_html(f"<html><head>{csp}</head><body>{safe}</body></html>", "control")
    for bad in (f"{csp}<script>alert(1)</script>{safe}", f"{csp}<img src=x>{safe}",
                f"<meta http-equiv='Content-Security-Policy' content=\"default-src *\">{safe}",
                f"{csp}{safe} 1337", f"{csp}<p onclick=x>{safe}</p>"):
        with pytest.raises(AssertionError):
            check_html(bad, "bad")
    with pytest.raises(AssertionError):
        check_markdown("<script>alert(1)</script>", "bad markdown")


def test_diff_renders_hostile_text_literally(tmp_path: Path, cli: Cli, watch: Watch,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    root = hostile_tree(tmp_path / "plans", watch.port, watch.canary)
    refs = ("accord@v1", "accord@v2", "--plans", str(root))
    outputs: dict[str, bytes] = {}
    for fmt in ("text", "markdown", "json", "html", "pdf"):
        target = tmp_path / f"out.{fmt}"
        with recording_opens(monkeypatch) as opened:
            run = cli("diff", *refs, "--format", fmt, "-o", str(target))
        assert run.code == ExitCode.OK, run.err
        stray = outside(opened, root, output=target)
        assert stray == [], (fmt, sorted(set(stray))[:10])
        outputs[fmt] = target.read_bytes()
    run = cli("diff", *refs, "--format", "html", "--layout", "side-by-side", "--lang", "ja")
    assert run.code == ExitCode.OK, run.err
    assert_nothing_fetched(watch)

    text = outputs["text"].decode("utf-8")
    for marker in MARKERS:
        assert marker in text
    assert "1337" not in text
    spans = "".join(s["text"] for c in json.loads(outputs["json"])["changes"]
                    for s in c["spans"])
    assert all(marker in spans for marker in MARKERS)
    check_markdown(outputs["markdown"].decode("utf-8"), "diff --format markdown")
    check_html(outputs["html"].decode("utf-8"), "diff --format html")
    check_html(run.out, "diff --format html --layout side-by-side --lang ja")
    check_pdf(outputs["pdf"], "diff --format pdf")


def test_history_renders_hostile_text_literally(tmp_path: Path, cli: Cli,
                                                watch: Watch) -> None:
    root = hostile_tree(tmp_path / "plans", watch.port, watch.canary)
    pages = {}
    for argv in (["--format", "html"], ["--point", "one", "--format", "html"],
                 ["--point", "one", "--format", "text"], ["--format", "json"]):
        run = cli("history", "accord", "--plans", str(root), *argv)
        assert run.code == ExitCode.OK, run.err
        pages[" ".join(argv)] = run.out
    target = tmp_path / "history.pdf"
    run = cli("history", "accord", "--plans", str(root), "--point", "one", "--format", "pdf",
              "-o", str(target))
    assert run.code == ExitCode.OK, run.err
    assert_nothing_fetched(watch)
    check_html(pages["--format html"], "history --format html")
    check_html(pages["--point one --format html"], "history --point one --format html")
    assert "<script>alert(1)</script>" in pages["--point one --format text"]
    assert "1337" not in pages["--point one --format text"]
    check_pdf(target.read_bytes(), "history --format pdf")


def test_build_renders_hostile_text_literally(tmp_path: Path, cli: Cli, watch: Watch) -> None:
    root = hostile_tree(tmp_path / "plans", watch.port, watch.canary)
    out = tmp_path / "reports"
    run = cli("build", "--plans", str(root), "--out", str(out), "--jobs", "1",
              "--no-progress")
    assert run.code == ExitCode.OK, run.err
    assert_nothing_fetched(watch)
    files = sorted(p for p in out.rglob("*") if p.is_file() and not p.name.startswith("."))
    kinds = {p.suffix for p in files}
    assert {".html", ".pdf", ".md", ".json"} <= kinds, kinds
    for path in files:
        where = f"build: {path.relative_to(out)}"
        if path.suffix == ".html":
            page = _Page()
            page.feed(path.read_text(encoding="utf-8"))
            if path.name == "index.html":  # titles only: check what it shows
                check_csp(page, where)
                assert not {t for t, _ in page.tags} & FORBIDDEN_TAGS, where
                assert "1337" not in path.read_text(encoding="utf-8")
            else:
                check_html(path.read_text(encoding="utf-8"), where)
        elif path.suffix == ".md":
            check_markdown(path.read_text(encoding="utf-8"), where)
        elif path.suffix == ".pdf":
            check_pdf(path.read_bytes(), where)


def test_pdf_renderer_refuses_any_url(tmp_path: Path, watch: Watch) -> None:
    """The PDF adapter itself, given HTML that asks for resources (as an injection would),
    fetches nothing: the refusing URL fetcher stops the rendering with a RenderError."""
    import datetime as dt

    from plandiff.errors import RenderError
    from plandiff.render.report.pdf import html_to_pdf

    when = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    for html in (
        f'<link rel="stylesheet" href="http://127.0.0.1:{watch.port}/a.css"><p>x</p>',
        f'<img src="http://127.0.0.1:{watch.port}/b.png">',
        f'<style>@import url("http://127.0.0.1:{watch.port}/c.css");</style><p>x</p>',
        f'<img src="file://{watch.canary}">',
        f'<style>p {{ background: url("file://{watch.canary}") }}</style><p>x</p>',
    ):
        with pytest.raises(RenderError):
            html_to_pdf(f"<html><head><meta name=dcterms.created content="
                        f"'2025-01-01T00:00:00Z'></head><body>{html}</body></html>", when=when)
    assert_nothing_fetched(watch)
