"""``plandiff build``: every report, incremental, parallel, safe when interrupted."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from plandiff.errors import InputError, RenderError
from plandiff.workflows import build as build_module
from plandiff.workflows.build import MANIFEST, build
from plandiff.workflows.runner import LOCK_NAME
from tests.helpers import Run, assert_no_traceback, make_plan, write_plan

FAST = {"formats": ["html", "json", "md"]}


def make_tree(root: Path, config: dict[str, Any] | None = FAST) -> Path:
    """Two documents, three versions in English and two in Japanese, a cross-document
    derived_from link and an extra pair."""
    plans = root / "plans"
    write_plan(plans, make_plan(version="v1"))
    v2 = make_plan(version="v2", date="2025-12-01", supersedes="v1")
    v2["points"][0]["text"] = "The parties shall observe a ceasefire within 30 days."
    v2["points"].append({"id": "three", "number": "3", "text": "Sanctions are lifted.",
                         "topics": ["sanctions"]})
    write_plan(plans, v2)
    v3 = make_plan(version="v3", date="2026-01-01", supersedes="v2")
    v3["points"] = [v2["points"][1], v2["points"][0]]
    write_plan(plans, v3)
    ja1 = make_plan(version="v1-ja", language="ja", translation_of="v1", points=[
        {"id": "one", "number": "1", "text": "当事者は停戦を守る。", "topics": ["ceasefire"]}])
    write_plan(plans, ja1)
    ja2 = make_plan(version="v2-ja", language="ja", translation_of="v2", date="2025-12-01",
                    supersedes="v1-ja", points=[
                        {"id": "one", "number": "1", "text": "当事者は30日以内に停戦を守る。",
                         "topics": ["ceasefire"]}])
    write_plan(plans, ja2)
    write_plan(plans, make_plan(document="annex", version="a1", date="2025-12-02", points=[
        {"id": "truce", "number": "1", "text": "The parties shall observe a ceasefire.",
         "topics": ["ceasefire"], "derived_from": ["accord@v1#one"]}]))
    write_plan(plans, make_plan(document="solo", version="s1", points=[
        {"id": "alone", "number": "1", "text": "Nothing links here.",
         "topics": ["trade"]}]))
    write_plan(plans, make_plan(document="solo", version="s2", supersedes="s1",
                                date="2025-12-01", points=[
        {"id": "alone", "number": "1", "text": "Nothing links here at all.",
         "topics": ["trade"]}]))
    if config is not None:
        data = {**config, "extra_pairs": [["accord@v1", "accord@v3"]]}
        (plans / "plandiff.json").write_text(json.dumps(data), encoding="utf-8")
    return plans


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file() and p.name != ".build-lock"}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "href" and value:
                self.hrefs.append(value)
            if name == "id" and value:
                self.ids.add(value)


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def check_site(out: Path) -> int:
    """Every relative link of every HTML page resolves to a file, and every fragment to an
    element id of that file. Returns the number of links checked."""
    checked = 0
    for page in sorted(out.rglob("*.html")):
        for href in parse(page).hrefs:
            parts = urlsplit(href)
            if parts.scheme in ("http", "https"):
                continue
            assert not parts.scheme and not parts.netloc, f"{page}: absolute link {href}"
            target = (page.parent / unquote(parts.path) if parts.path else page).resolve()
            assert target.is_file(), f"{page.relative_to(out)}: broken link {href}"
            assert out.resolve() in target.parents, f"{page}: link leaves the site: {href}"
            if parts.fragment and target.suffix == ".html":
                assert parts.fragment in parse(target).ids, \
                    f"{page.relative_to(out)}: no #{parts.fragment} in {href}"
            checked += 1
    return checked


def test_a_synopsis_page_s_links_are_in_its_language(tmp_path: Path) -> None:
    """A Japanese synopsis links the index and the other pages of its document in Japanese,
    as its history page does ("index", "history (en)" were English on every page)."""
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    build(plans, out, jobs=1)
    ja = (out / "accord/synopsis.ja.html").read_text(encoding="utf-8")
    assert ">レポート一覧</a>" in ja and ">変遷 (ja)</a>" in ja and ">対照表 (en)</a>" in ja
    assert ">index</a>" not in ja and "history (" not in ja
    en = (out / "accord/synopsis.html").read_text(encoding="utf-8")
    assert ">All reports</a>" in en and ">History (en)</a>" in en


def test_build_writes_every_implied_report_and_an_index(tmp_path: Path) -> None:
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    result = build(plans, out, jobs=1)
    expected = {
        "index.html", MANIFEST,
        "accord/history.html", "accord/history.ja.html", "annex/history.html",
        "solo/history.html", "solo/s1__s2.html", "solo/s1__s2.json", "solo/s1__s2.md",
        "accord/synopsis.html", "accord/synopsis.ja.html", "annex/synopsis.html",
        "solo/synopsis.html",
        *(f"accord/{pair}.{fmt}" for pair in ("v1__v2", "v2__v3", "v1-ja__v2-ja", "v1__v3")
          for fmt in ("html", "json", "md")),
    }
    assert set(snapshot(out)) == expected
    assert result.outputs == len(expected) - 1 and len(result.written) == result.outputs
    diff = json.loads((out / "accord/v1__v2.json").read_text(encoding="utf-8"))
    assert diff["old"]["version"] == "v1" and diff["summary"]["added"] == 1
    index = parse(out / "index.html").hrefs
    assert "accord/v1__v2.html" in index and "accord/history.ja.html" in index
    assert "accord/v1__v3.html" in index  # the extra pair
    assert check_site(out) > 20
    history = (out / "accord/history.html").read_text(encoding="utf-8")
    assert 'href="../index.html"' in history
    assert 'href="v1__v2.html#new-one"' in history  # matrix cell → report anchor
    assert "../annex/history.html#h-truce" in history  # followed into another document
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    entry = manifest["outputs"]["accord/v1__v2.html"]
    assert set(entry["inputs"]) == {"accord/v1.json", "accord/v2.json"}
    assert manifest["plandiff"] and manifest["templates"] and manifest["code"]


def test_second_build_rebuilds_nothing(tmp_path: Path) -> None:
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    build(plans, out, jobs=1)
    # Every report keeps its modification time (the lock file records each build's process
    # while it runs: it is not a report).
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()
              and p.name != LOCK_NAME}
    again = build(plans, out, jobs=1)
    assert again.built == () and again.written == () and again.removed == ()
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()
            and p.name != LOCK_NAME} == before
    # Touching a file without changing it changes nothing either (content hashes).
    (plans / "accord" / "v2.json").touch()
    assert build(plans, out, jobs=1).built == ()


def test_changing_one_plan_rebuilds_only_its_dependents(tmp_path: Path) -> None:
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    build(plans, out, jobs=1)
    before = snapshot(out)
    path = plans / "solo" / "s2.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["points"][0]["text"] = "Nothing links here, ever."
    path.write_text(json.dumps(data), encoding="utf-8")
    result = build(plans, out, jobs=1)
    assert set(result.built) == {"pair solo@s1 solo@s2", "history solo en", "synopsis solo en",
                                 "index"}
    after = snapshot(out)
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed <= {"solo/s1__s2.html", "solo/s1__s2.json", "solo/s1__s2.md",
                       "solo/history.html", "solo/synopsis.html", "index.html", MANIFEST}
    assert "solo/s1__s2.json" in changed
    assert all(after[n] == before[n] for n in after if n.startswith("accord/"))


def test_changing_a_linked_plan_rebuilds_the_histories_that_follow_it(tmp_path: Path) -> None:
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    build(plans, out, jobs=1)
    path = plans / "annex" / "a1.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["points"][0]["text"] = "The parties shall observe a full ceasefire."
    path.write_text(json.dumps(data), encoding="utf-8")
    result = build(plans, out, jobs=1)
    assert set(result.built) == {"history annex en", "history accord en", "synopsis annex en",
                                 "index"}


def test_removed_version_removes_only_outputs_plandiff_made(tmp_path: Path) -> None:
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    build(plans, out, jobs=1)
    mine = out / "solo" / "notes.txt"
    mine.write_text("a user's file", encoding="utf-8")
    (plans / "solo" / "s2.json").unlink()
    result = build(plans, out, jobs=1)
    assert set(result.removed) == {"solo/s1__s2.html", "solo/s1__s2.json", "solo/s1__s2.md"}
    assert not (out / "solo" / "s1__s2.html").exists()
    assert mine.read_text(encoding="utf-8") == "a user's file"
    assert check_site(out) > 0


def test_a_report_edited_by_hand_is_kept_when_its_version_goes(tmp_path: Path,
                                                                 cli: Callable[..., Run]) -> None:
    """A user annotated a Markdown report plandiff wrote, then the version it compares was
    deleted: the report is no longer implied, but its bytes are not plandiff's any more, so
    it stays (and the build says so); the untouched reports of the pair go."""
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    build(plans, out, jobs=1)
    annotated = out / "solo" / "s1__s2.md"
    annotated.write_text(annotated.read_text(encoding="utf-8") + "\nMy note: ask about 3.\n",
                         encoding="utf-8")
    (plans / "solo" / "s2.json").unlink()
    run = cli("build", "--plans", str(plans), "--out", str(out), "-j", "1", "--no-progress")
    assert run.code == 0, run.err
    assert annotated.read_text(encoding="utf-8").endswith("My note: ask about 3.\n")
    assert not (out / "solo" / "s1__s2.html").exists()
    assert "kept solo/s1__s2.md: edited since plandiff wrote it" in run.err
    assert "solo/s1__s2.md" not in json.loads((out / "manifest.json").read_text())["outputs"]
    again = build(plans, out, jobs=1)
    assert again.removed == () and annotated.exists()


def test_a_user_s_file_where_a_report_would_go_is_not_overwritten(
        tmp_path: Path, cli: Callable[..., Run]) -> None:
    """The output folder already holds the user's own index.html (a landing page written by
    hand) and nothing says plandiff wrote it: the build stops before writing anything and
    names it (exit 2); --force replaces it. A file plandiff would write byte for byte (its
    record lost with the manifest, or a build killed before the manifest) is no conflict."""
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    out.mkdir()
    (out / "index.html").write_text("<h1>Our own landing page</h1>\n", encoding="utf-8")
    run = cli("build", "--plans", str(plans), "--out", str(out), "-j", "1", "--no-progress")
    assert run.code == 2
    assert "index.html" in run.err and "--force" in run.err
    assert (out / "index.html").read_text(encoding="utf-8") == "<h1>Our own landing page</h1>\n"
    assert sorted(p.name for p in out.iterdir() if p.name != LOCK_NAME) == ["index.html"]
    run = cli("build", "--plans", str(plans), "--out", str(out), "-j", "1", "--no-progress",
              "--force")
    assert run.code == 0, run.err
    assert (out / "index.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    (out / MANIFEST).unlink()
    again = build(plans, out, jobs=1)
    assert again.written == ()


def test_edited_or_deleted_output_is_rebuilt(tmp_path: Path) -> None:
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    build(plans, out, jobs=1)
    original = (out / "accord" / "v1__v2.md").read_bytes()
    (out / "accord" / "v1__v2.md").write_text("tampered", encoding="utf-8")
    (out / "solo" / "history.html").unlink()
    result = build(plans, out, jobs=1)
    assert set(result.built) == {"pair accord@v1 accord@v2", "history solo en"}
    assert (out / "accord" / "v1__v2.md").read_bytes() == original


def test_interrupted_build_leaves_previous_reports_and_manifest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    build(plans, out, jobs=1)
    before = snapshot(out)
    for path in plans.rglob("*.json"):
        if path.name != "plandiff.json":
            data = json.loads(path.read_text(encoding="utf-8"))
            data["title"] = data["title"] + " (revised)"
            path.write_text(json.dumps(data), encoding="utf-8")
    real = build_module._render_pair
    calls = {"n": 0}

    def fail_on_third(*args: Any, **kwargs: Any) -> dict[str, bytes]:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("renderer crashed")
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "_render_pair", fail_on_third)
    with pytest.raises(RenderError, match="renderer crashed"):
        build(plans, out, jobs=1)
    assert calls["n"] == 3
    assert snapshot(out) == before  # every previous report and the manifest, untouched
    assert not list(out.glob(".build-staging-*"))
    monkeypatch.undo()
    result = build(plans, out, jobs=1)  # and the next build completes the work
    assert len(result.built) == result.jobs


def test_parallel_build_gives_the_same_bytes(tmp_path: Path) -> None:
    plans = make_tree(tmp_path)
    serial = tmp_path / "serial"
    parallel = tmp_path / "parallel"
    build(plans, serial, jobs=1)
    result = build(plans, parallel, jobs=2)
    assert len(result.built) == result.jobs
    assert snapshot(serial) == snapshot(parallel)


def test_pdf_is_built_when_configured(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    write_plan(plans, make_plan(version="v1"))
    write_plan(plans, make_plan(version="v2", date="2025-12-01", supersedes="v1"))
    out = tmp_path / "reports"
    result = build(plans, out, jobs=1)
    assert "accord/v1__v2.pdf" in result.written
    assert (out / "accord" / "v1__v2.pdf").read_bytes().startswith(b"%PDF-")
    # The Word redline sits beside the PDF, and the index links it.
    assert "accord/v1__v2.docx" in result.written
    assert (out / "accord" / "v1__v2.docx").read_bytes().startswith(b"PK")
    assert 'href="accord/v1__v2.docx"' in (out / "index.html").read_text(encoding="utf-8")
    assert check_site(out) > 0
    from pypdf import PdfReader

    # the plan files are attached exactly as they are in the tree
    attached = PdfReader(out / "accord" / "v1__v2.pdf").attachments
    assert attached["old-v1.json"][0] == (plans / "accord" / "v1.json").read_bytes()
    assert attached["new-v2.json"][0] == (plans / "accord" / "v2.json").read_bytes()


def test_invalid_tree_builds_nothing(tmp_path: Path) -> None:
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    (plans / "accord" / "v2.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(InputError) as error:
        build(plans, out, jobs=1)
    assert any("v2.json" in p.file for p in error.value.problems)
    assert not (out / MANIFEST).exists()


def test_bad_config_is_reported_with_its_line(cli: Callable[..., Run], tmp_path: Path) -> None:
    plans = make_tree(tmp_path)
    (plans / "plandiff.json").write_text(
        '{\n  "formats": ["html"],\n  "extra_pairs": [["accord@v1", "accord@nope"]]\n}\n',
        encoding="utf-8")
    run = cli("build", "--plans", str(plans), "--out", str(tmp_path / "r"))
    assert run.code == 2 and "accord@nope: no such version" in run.err
    (plans / "plandiff.json").write_text('{\n  "formats": ["html", "odt"]\n}\n',
                                         encoding="utf-8")
    run = cli("build", "--plans", str(plans), "--out", str(tmp_path / "r"))
    assert run.code == 2
    assert re.search(r"plandiff\.json:2:23: \$\.formats\[1\]: 'odt' is not one of", run.err)
    (plans / "plandiff.json").write_text(
        '{"extra_pairs": [["accord@v1", "accord@v1-ja"]]}', encoding="utf-8")
    run = cli("build", "--plans", str(plans), "--out", str(tmp_path / "r"))
    assert run.code == 2 and "diffs compare one language" in run.err
    assert_no_traceback(run)


def test_cli_build_prints_plain_progress_off_a_terminal(cli: Callable[..., Run],
                                                        tmp_path: Path) -> None:
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    run = cli("build", "--plans", str(plans), "--out", str(out), "--jobs", "1")
    assert run.code == 0, run.err
    assert "building 14 job(s)" in run.err and "done: index" in run.err
    assert re.search(r"14 of 14 job\(s\) rebuilt, 24 file\(s\) written", run.out)
    run = cli("build", "--plans", str(plans), "--out", str(out))
    assert run.code == 0
    assert run.out.startswith("0 of 14 job(s) rebuilt, 0 file(s) written")
    # rebuilt with nothing changed: the progress line must not announce writes that the
    # summary then denies (it said "writing 24 file(s)", then "0 file(s) written")
    run = cli("build", "--plans", str(plans), "--out", str(out), "--force")
    assert run.code == 0
    assert "24 file(s) rendered; writing the new and changed ones" in run.err
    assert "writing 24" not in run.err
    assert run.out.startswith("14 of 14 job(s) rebuilt, 0 file(s) written")


def test_output_folder_must_not_be_the_plans_folder(cli: Callable[..., Run],
                                                    tmp_path: Path) -> None:
    plans = make_tree(tmp_path)
    run = cli("build", "--plans", str(plans), "--out", str(plans / "reports"))
    assert run.code == 2 and "must not contain or be inside" in run.err
    run = cli("build", "--plans", str(tmp_path / "missing"), "--out", str(tmp_path / "r"))
    assert run.code == 2 and "no such plans folder" in run.err
    assert_no_traceback(run)


def test_shipped_build_configuration_is_valid() -> None:
    from plandiff.plans.corpus import load_corpus
    from plandiff.workflows.buildconfig import check_pairs, load_config
    from tests.helpers import PLANS

    config = load_config(PLANS)
    assert ("peace-framework@2025-11-23-e3-counter-proposal",
            "peace-framework@2025-12-24-20-point") in config.extra_pairs
    assert check_pairs(config, load_corpus(PLANS), "plans/plandiff.json") == []


def test_new_plandiff_code_or_templates_rebuild_everything(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    first = build(plans, out, jobs=1)
    monkeypatch.setattr(build_module, "template_digest", lambda: "new templates")
    again = build(plans, out, jobs=1)
    assert len(again.built) == first.jobs
    assert again.written == ()  # same bytes: files left as they were
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["templates"] == "new templates"
    assert build(plans, out, jobs=1).built == ()


def test_adding_a_version_builds_its_pair_without_redoing_the_others(tmp_path: Path) -> None:
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    build(plans, out, jobs=1)
    write_plan(plans, make_plan(document="solo", version="s3", supersedes="s2",
                                date="2026-01-01", points=[
        {"id": "alone", "number": "1", "text": "Nothing links here, now.",
         "topics": ["trade"]}]))
    result = build(plans, out, jobs=1)
    pairs = {name for name in result.built if name.startswith("pair ")}
    assert pairs == {"pair solo@s2 solo@s3"}
    assert "index" in result.built and "history solo en" in result.built
    assert "solo/s2__s3.html" in parse(out / "index.html").hrefs


def test_ctrl_c_leaves_previous_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plans = make_tree(tmp_path)
    out = tmp_path / "reports"
    build(plans, out, jobs=1)
    before = snapshot(out)

    def interrupted(*args: Any, **kwargs: Any) -> dict[str, bytes]:
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "_render_pair", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(plans, out, jobs=1, force=True)
    assert snapshot(out) == before
    assert not list(out.glob(".build-staging-*"))


def test_docx_can_be_switched_off(tmp_path: Path) -> None:
    plans = make_tree(tmp_path)
    (plans / "plandiff.json").write_text('{"formats": ["html", "json"]}', encoding="utf-8")
    out = tmp_path / "reports"
    result = build(plans, out, jobs=1)
    assert result.written and not any(name.endswith(".docx") for name in result.written)
    (plans / "plandiff.json").write_text('{"formats": ["json", "docx"]}', encoding="utf-8")
    result = build(plans, out, jobs=1)
    assert any(name.endswith(".docx") for name in result.written)
