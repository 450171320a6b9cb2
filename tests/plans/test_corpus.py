"""plandiff.plans.corpus: a loaded plans tree and its lookups."""

from __future__ import annotations

from pathlib import Path

import pytest

from plandiff.errors import InputError
from plandiff.plans.corpus import discover, load_corpus
from tests.helpers import PLANS, make_plan, write_plan


def _tree(tmp_path: Path) -> Path:
    write_plan(tmp_path, make_plan(version="v1"))
    write_plan(tmp_path, make_plan(version="v2", date="2025-12-01", supersedes="v1"))
    write_plan(tmp_path, make_plan(version="v1-ja", language="ja", translation_of="v1",
                                   text_kind="translation"))
    write_plan(tmp_path, make_plan(document="pact", version="p1", date="2025-10-01"))
    return tmp_path


def test_lookups(tmp_path: Path) -> None:
    corpus = load_corpus(_tree(tmp_path))
    assert corpus.documents() == ["accord", "pact"]
    assert [p.version for p in corpus.versions_of("accord")] == ["v1", "v1-ja", "v2"]
    assert [p.version for p in corpus.versions_of("accord", "ja")] == ["v1-ja"]
    v2 = corpus.resolve("accord@v2")
    before = corpus.predecessor(v2)
    assert before is not None and before.version == "v1"
    assert [(a.version, b.version) for a, b in corpus.pairs()] == [("v1", "v2")]
    found = corpus.point("accord@v2#two-a")
    assert found is not None and found[1].number == "2(a)"
    assert corpus.point("accord@v2#none") is None and corpus.point("bad ref") is None
    assert corpus.version("accord@v9") is None


def test_data_of_returns_the_exact_bytes_read(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    corpus = load_corpus(root)
    plan = corpus.resolve("pact@p1")
    assert corpus.data_of(plan) == (root / "pact" / "p1.json").read_bytes()


def test_resolve_says_why_not(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    (root / "accord" / "broken.json").write_text("{", "utf-8")
    corpus = load_corpus(root)
    with pytest.raises(InputError, match="not a DOCUMENT@VERSION reference"):
        corpus.resolve("accord")
    with pytest.raises(InputError, match="no such version"):
        corpus.resolve("accord@v9")
    with pytest.raises(InputError, match=r"broken\.json:1:2: invalid JSON"):
        corpus.resolve("accord@broken")


def test_require_valid_names_every_broken_file_of_a_document(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    (root / "accord" / "broken.json").write_text("{", "utf-8")
    corpus = load_corpus(root)
    corpus.require_valid("pact")  # another document's broken file does not matter
    with pytest.raises(InputError) as caught:
        corpus.require_valid("accord")
    assert [p.file.rsplit("/", 1)[-1] for p in caught.value.problems] == ["broken.json"]
    assert [f.display.rsplit("/", 1)[-1] for f in corpus.broken()] == ["broken.json"]


def test_discover_finds_plan_files_in_order_and_skips_the_rest(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    (root / "topics.json").write_text('{"topics": []}', "utf-8")
    (root / "notes.txt").write_text("not a plan", "utf-8")
    names = [p.relative_to(root).as_posix() for p in discover(root)]
    assert names == sorted(names)
    assert "notes.txt" not in names and "topics.json" not in names
    assert {"accord/v1.json", "accord/v2.json", "pact/p1.json"} <= set(names)


def test_the_shipped_plans_load_without_problems() -> None:
    corpus = load_corpus(PLANS)
    assert corpus.plans and not corpus.broken()
    assert "peace-framework" in corpus.documents()


@pytest.mark.parametrize(("ref", "hint"), [
    ("peace-framework@2025-11-20-us-28",  # a version id typed in part
     "(did you mean peace-framework@2025-11-20-us-28-point, "
     "peace-framework@2025-11-20-us-28-point-ja, peace-framework@2025-11-20-us-28-point-ru?)"),
    ("peace-framework@2025-12-24-20-pont", "did you mean peace-framework@2025-12-24-20-point"),
    ("peace-framwork@2025-12-24-20-point", "(no document 'peace-framwork'; did you mean "
                                           "peace-framework?)"),
    ("peace-framework@latest", "(plandiff log peace-framework lists its 9 version(s))"),
    ("nodoc@v1", "(no document 'nodoc')"),
])
def test_a_mistyped_reference_names_what_it_may_mean(ref: str, hint: str) -> None:
    with pytest.raises(InputError) as refused:
        load_corpus(PLANS).resolve(ref)
    message = str(refused.value)
    assert message.startswith(f"{ref}: no such version in ") and hint in message
    assert "\n" not in message
