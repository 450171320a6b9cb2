"""The readers every command shares (jsonsource, loading, corpus), under hostile conditions:
a pipe swapped in after the check, huge limits, long and odd names, broken trees."""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

import pytest

from plandiff.errors import InputError, one_line, shorten
from plandiff.limits import Limits
from plandiff.plans import jsonsource
from plandiff.plans.corpus import display_path, load_corpus, tree_vocabulary
from plandiff.plans.loading import parse_plan_bytes, read_plan_file
from tests.helpers import make_plan, write_plan
from tests.hostile.common import VALID, special_path, watched


def test_pipe_swapped_in_after_the_check_is_not_read(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Even if the regular-file check is passed (a race), opening never blocks on a pipe."""
    fifo = tmp_path / "x.json"
    os.mkfifo(fifo)
    monkeypatch.setattr(jsonsource, "check_regular", lambda *args, **kwargs: None)
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(_read(fifo)), daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # release the blocked open, then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=10)
        raise AssertionError("opening a pipe blocked")
    assert isinstance(outcome[0], InputError)
    assert "not a regular file" in outcome[0].message


def _read(path: Path) -> object:
    try:
        return jsonsource.read_bytes(path, path.name)
    except InputError as exc:
        return exc


def test_huge_limit_reads_in_pieces(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(VALID)
    assert jsonsource.read_bytes(path, "x.json", Limits(max_file_bytes=2**62)) == VALID


def test_proc_file_with_zero_size_is_read(tmp_path: Path) -> None:
    """/proc files report size 0 but have content: the limit still applies as read."""
    data = jsonsource.read_bytes(Path("/proc/self/status"), "status",
                                 Limits(max_file_bytes=10_000))
    assert b"Name:" in data
    with pytest.raises(InputError, match="over the limit"):
        jsonsource.read_bytes(Path("/proc/self/status"), "status", Limits(max_file_bytes=10))


def test_parse_plan_bytes_matches_read_plan_file(tmp_path: Path) -> None:
    path = write_plan(tmp_path / "plans", make_plan())
    from_file = read_plan_file(path, "shown")
    from_bytes = parse_plan_bytes(path.read_bytes(), path, "shown")
    assert from_file.plan == from_bytes.plan and from_file.problems == from_bytes.problems
    broken = parse_plan_bytes(b"{", path, "shown")
    assert broken.plan is None and broken.problems[0].format().startswith("shown:")


def test_display_path_names_the_link_not_its_target(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "target.json").write_bytes(VALID)
    (tmp_path / "link.json").symlink_to("target.json")
    (tmp_path / "dangling.json").symlink_to("nowhere.json")
    assert display_path(Path("link.json")) == "link.json"
    assert display_path(tmp_path / "dangling.json") == "dangling.json"
    loop = special_path("symlink-loop", tmp_path, "loop.json")
    assert display_path(loop) == "loop.json"


def test_messages_stay_short_and_keep_both_ends() -> None:
    long = "x" * 10_000 + ": no such file"
    assert len(one_line(long)) <= 300 and one_line(long).endswith("no such file")
    assert len(shorten("y" * 5_000)) <= 200
    assert one_line("a\nb\u0007c") == "a b c"


def test_broken_files_of_a_document_are_named(tmp_path: Path) -> None:
    root = tmp_path / "plans"
    write_plan(root, make_plan())
    (root / "accord" / "v2.json").write_bytes(b"{")
    other = make_plan(document="other")
    write_plan(root, other)
    (root / "other" / "v2.json").write_text(json.dumps({**other, "version": "../x"}),
                                            encoding="utf-8")
    corpus = load_corpus(root)
    assert [f.path.name for f in corpus.broken("accord")] == ["v2.json"]
    assert len(corpus.broken()) == 2
    with pytest.raises(InputError) as raised:
        corpus.require_valid("accord")
    assert "v2.json" in raised.value.lines()[0]
    corpus.require_valid("nothing-here")


@pytest.mark.parametrize("kind", ["directory", "fifo", "dev-zero", "symlink-loop",
                                  "dangling-symlink"])
def test_odd_topics_json_is_refused_unopened(kind: str, tmp_path: Path) -> None:
    root = tmp_path / "plans"
    write_plan(root, make_plan())
    special_path(kind, root, "topics.json")
    with pytest.raises(InputError) as raised:
        tree_vocabulary(root)
    assert "topics.json" in raised.value.lines()[0]
    with pytest.raises(InputError):
        load_corpus(root)


def test_long_names_are_not_internal_errors(tmp_path: Path) -> None:
    corpus = load_corpus(tmp_path / ("x" * 10_000))
    assert corpus.root is None and not corpus.files


REDOS = {
    "escaped-quotes-unterminated": '["' + '\\"' * 1_000_000,
    "quotes-unterminated": "[" + '"a' * 1_000_000,
    "backslashes": '["' + "\\" * 2_000_000,
    "brackets-in-unterminated-string": '"' + "[" * 2_000_000,
    "deep": "[" * 2_000_000,
    "wide": "[]" * 1_000_000,
}


@pytest.mark.parametrize("name", sorted(REDOS))
def test_json_scanning_is_linear(name: str) -> None:
    """2 MB inputs that made the depth pre-scan's string regex restart at every quote
    (quadratic: hours at 16 MB) are refused in well under a second."""
    import time

    started = time.process_time()  # CPU time: other load on the machine does not count
    with pytest.raises(InputError):
        jsonsource.parse_json(REDOS[name], "x.json")
    assert time.process_time() - started < 5.0


@pytest.mark.parametrize("text,deep", [("[" * 64 + "]" * 64, False), ("[" * 65 + "]" * 65, True),
                                       ('["' + "[" * 100 + '"]', False),
                                       ('["\\"' + "[" * 100 + '"]', False),
                                       ('{"a\\\\": ' + "[" * 65 + "]" * 65 + "}", True)])
def test_depth_counts_only_structure(text: str, deep: bool) -> None:
    if deep:
        with pytest.raises(InputError, match="nested deeper than 64"):
            jsonsource.parse_json(text, "x.json")
    else:
        jsonsource.parse_json(text, "x.json")


@pytest.mark.parametrize(("code", "why"), [("import time; time.sleep(120)", "no CPU for"),
                                          ("while True: pass", "of CPU")])
def test_the_hang_guard_counts_cpu_not_the_wall_clock(code: str, why: str,
                                                      tmp_path: Path) -> None:
    """The subprocess guard of the hostile cases (tests/hostile/common.py) stops a child that
    spins past its CPU budget or sits blocked, and lets a slow but working one finish."""
    with pytest.raises(AssertionError, match=why):
        watched([sys.executable, "-c", code], tmp_path, timeout=1.0, env=os.environ,
                stdin=None, name="probe")
    done = watched([sys.executable, "-c", "import time; [time.sleep(0.4) or sum(range(10**6)) "
                    "for _ in range(6)]; print('done')"], tmp_path, timeout=1.0, env=os.environ,
                   stdin=None, name="probe")
    assert done.code == 0 and done.out.strip() == "done"
