"""Hostile Akoma Ntoso: entity expansion, external entities (file and network), deep
nesting, wrong XML. Each fails with exit code 2 and a one-line message naming the file,
fast, and nothing outside the file is read, fetched or written."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers import Run, assert_no_traceback

CliRun = Callable[..., Run]
AKN = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"'


def _body(inner: str) -> str:
    return f"<akomaNtoso {AKN}><act><body>{inner}</body></act></akomaNtoso>"


def _entity(i: int) -> str:
    inner = ("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10
    return f'<!ENTITY lol{i} "{inner}">'


LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(_entity(i) for i in range(1, 10))
          + "]>\n" + _body("<point><num>1</num><content><p>&lol9;</p></content></point>"))


@pytest.fixture
def server() -> Iterator[list[str]]:
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<!ENTITY x 'fetched'>")

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    hits.append(f"http://127.0.0.1:{httpd.server_port}")
    yield hits
    httpd.shutdown()


def _import(cli: CliRun, path: Path) -> Run:
    out = path.parent / "out.json"
    started = time.process_time()  # CPU time: other load on the machine does not count
    run = cli("import", str(path), "--document", "d", "--version", "2025-01-01", "-o", str(out))
    assert time.process_time() - started < 5
    assert run.code == 2, run.err
    assert_no_traceback(run)
    assert path.name in run.err and len(run.err.strip().splitlines()) == 1
    assert not out.exists()
    return run


def test_billion_laughs(cli: CliRun, tmp_path: Path) -> None:
    path = tmp_path / "laughs.xml"
    path.write_text(LAUGHS, encoding="utf-8")
    run = _import(cli, path)
    assert "DOCTYPE" in run.err and "lollol" not in run.err


def test_external_entities_are_never_read_or_fetched(cli: CliRun, tmp_path: Path,
                                                     server: list[str]) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    for name, system in (("file.xml", secret.as_uri()), ("net.xml", f"{server[0]}/x.dtd")):
        path = tmp_path / name
        path.write_text(f'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "{system}">]>'
                        + _body("<point><num>1</num><content><p>&x;</p></content></point>"),
                        encoding="utf-8")
        run = _import(cli, path)
        assert "TOP-SECRET" not in run.err + run.out
    assert server[1:] == []


def test_parameter_entity_in_an_external_dtd(cli: CliRun, tmp_path: Path,
                                             server: list[str]) -> None:
    path = tmp_path / "param.xml"
    path.write_text(f'<!DOCTYPE a SYSTEM "{server[0]}/evil.dtd">' + _body("<point/>"),
                    encoding="utf-8")
    _import(cli, path)
    assert server[1:] == []


def test_hundred_thousand_deep_nesting(cli: CliRun, tmp_path: Path) -> None:
    path = tmp_path / "deep.xml"
    path.write_text(_body("<point><num>1</num>" * 100_000 + "</point>" * 100_000),
                    encoding="utf-8")
    run = _import(cli, path)
    assert ":" in run.err


def test_not_well_formed_names_line_and_column(cli: CliRun, tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text(f"<akomaNtoso {AKN}>\n<act><body><point></act>", encoding="utf-8")
    run = _import(cli, path)
    assert "broken.xml:2:" in run.err


def test_xml_that_is_not_akoma_ntoso(cli: CliRun, tmp_path: Path) -> None:
    path = tmp_path / "other.xml"
    path.write_text("<html><body><p>1. Hello</p></body></html>", encoding="utf-8")
    run = _import(cli, path)
    assert "akomaNtoso" in run.err


def test_akoma_ntoso_without_points(cli: CliRun, tmp_path: Path) -> None:
    path = tmp_path / "empty.xml"
    path.write_text(_body("<p>no points</p>"), encoding="utf-8")
    _import(cli, path)
