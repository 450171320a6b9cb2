"""plandiff.plans.rules: the cross-file rules a JSON Schema cannot express."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plandiff.errors import Problem
from plandiff.plans import rules
from plandiff.plans.corpus import load_corpus
from tests.helpers import make_plan, write_plan


def _problems(tmp_path: Path, *plans: dict[str, Any],
              names: dict[str, str] | None = None) -> list[Problem]:
    for plan in plans:
        write_plan(tmp_path, plan, (names or {}).get(plan["version"]))
    corpus = load_corpus(tmp_path)
    assert all(f.plan is not None for f in corpus.files), [f.problems for f in corpus.files]
    roots = {f.path.absolute(): tmp_path for f in corpus.files}
    return rules.check(corpus, list(corpus.files), roots)


def _by_rule(problems: list[Problem]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for problem in problems:
        out.setdefault(problem.rule, []).append(f"{problem.path}: {problem.message}")
    return out


def test_a_consistent_tree_has_no_problem(tmp_path: Path) -> None:
    v2 = make_plan(version="v2", date="2025-12-01", supersedes="v1")
    v2["points"][0]["derived_from"] = ["accord@v1#one"]
    assert _problems(tmp_path, make_plan(version="v1"), v2) == []


def test_duplicate_point_and_source_ids(tmp_path: Path) -> None:
    plan = make_plan(sources=[
        {"id": "s", "title": "A", "publisher": "P", "url": "https://example.org/a"},
        {"id": "s", "title": "B", "publisher": "P", "url": "https://example.org/b"}])
    plan["points"][1]["points"][0]["id"] = "one"
    found = _by_rule(_problems(tmp_path, plan))
    assert found["unique-id"] == [
        "$.points[1].points[0].id: duplicate point id 'one' (first used at $.points[0])",
        "$.sources[1].id: duplicate source id 's' (first used at $.sources[0])",
    ]


def test_supersedes_must_exist_and_dates_must_not_run_backwards(tmp_path: Path) -> None:
    missing = make_plan(version="v3", supersedes="v0")
    backwards = make_plan(version="v2", date="2025-01-01", supersedes="v1")
    found = _by_rule(_problems(tmp_path, make_plan(version="v1"), backwards, missing))
    assert found["reference"] == [
        "$.supersedes: supersedes 'v0', but accord@v0 does not exist"]
    assert found["date-order"] == ["$.date: date 2025-01-01 is earlier than 2025-11-20 of the "
                                   "version it supersedes (v1)"]


def test_a_supersedes_loop_is_found(tmp_path: Path) -> None:
    a = make_plan(version="a", supersedes="b")
    b = make_plan(version="b", supersedes="a")
    found = _by_rule(_problems(tmp_path, a, b))
    assert any("loops back" in m for m in found["reference"])


def test_derived_from_and_not_reported_references(tmp_path: Path) -> None:
    v2 = make_plan(version="v2", date="2025-12-01", supersedes="v1",
                   not_reported=["accord@v1#two"])
    v2["points"][0]["derived_from"] = ["accord@v1#nope", "accord@v9#one", "accord@v2#two"]
    v2["points"][1]["derived_from"] = ["accord@v1#two"]
    messages = _by_rule(_problems(tmp_path, make_plan(version="v1"), v2))["reference"]
    assert "$.points[0].derived_from[0]: accord@v1#nope: no point 'nope' in accord@v1" \
        in messages
    assert "$.points[0].derived_from[1]: accord@v9#one: version accord@v9 does not exist" \
        in messages
    assert "$.points[0].derived_from[2]: accord@v2#two points into its own version" in messages
    assert any(m.startswith("$.not_reported[0]: accord@v1#two is listed as not reported")
               for m in messages)


def test_unknown_topics_and_misplaced_files(tmp_path: Path) -> None:
    plan = make_plan()
    plan["points"][0]["topics"] = ["no-such-topic"]
    found = _by_rule(_problems(tmp_path, plan, names={"v1": "accord/other-name.json"}))
    assert found["topic"] == ["$.points[0].topics[0]: unknown topic 'no-such-topic' (not in "
                              "schemas/topics.json or plans/topics.json)"]
    assert found["path"][0].startswith("$: file should be at accord/v1.json")


def test_translations_need_an_original_in_another_language(tmp_path: Path) -> None:
    same = make_plan(version="v1-copy", translation_of="v1", text_kind="translation")
    ghost = make_plan(version="v1-ja", language="ja", translation_of="v0",
                      text_kind="translation")
    messages = _by_rule(_problems(tmp_path, make_plan(version="v1"), same, ghost))["reference"]
    assert "$.translation_of: translation_of 'v1', which is in the same language (en)" \
        in messages
    assert "$.translation_of: translation_of 'v0', but accord@v0 does not exist" in messages


def test_one_version_defined_twice(tmp_path: Path) -> None:
    plan = make_plan()
    write_plan(tmp_path, plan)
    write_plan(tmp_path, plan, "accord/v1-copy.json")
    corpus = load_corpus(tmp_path)
    problems = rules.check(corpus, list(corpus.files), {})
    assert [p.rule for p in problems] == ["duplicate-version", "duplicate-version"]
    assert problems[0].message.startswith("version accord@v1 is also defined in ")


def test_a_reviewers_alignment_record_resolves(tmp_path: Path) -> None:
    v2 = make_plan(version="v2", date="2025-12-01", supersedes="v1")
    ids = [p["id"] for p in v2["points"]]
    v2["points"][0]["derived_from"] = [f"accord@v1#{ids[0]}"]
    v2["alignment"] = {"against": "v1", "unlinked": [f"accord@v1#{ids[1]}"], "new": [ids[1]]}
    assert _problems(tmp_path, make_plan(version="v1"), v2) == []


def test_a_broken_alignment_record_is_reported(tmp_path: Path) -> None:
    v2 = make_plan(version="v2", date="2025-12-01", supersedes="v1")
    ids = [p["id"] for p in v2["points"]]
    v2["points"][0]["derived_from"] = [f"accord@v1#{ids[0]}"]
    v2["alignment"] = {"against": "v1",
                       "unlinked": [f"accord@v1#{ids[0]}", "accord@v1#gone", "other@v1#x"],
                       "new": [ids[0], "nowhere"]}
    found = _by_rule(_problems(tmp_path, make_plan(version="v1"), v2))["reference"]
    assert found == [
        f"$.alignment.unlinked[0]: accord@v1#{ids[0]} is unlinked, but a point of this "
        "version is derived from it",
        "$.alignment.unlinked[1]: accord@v1#gone: no point 'gone' in accord@v1",
        "$.alignment.unlinked[2]: other@v1#x is not a point of accord@v1",
        f"$.alignment.new[0]: point {ids[0]!r} is listed as new, but it derives from accord@v1",
        "$.alignment.new[1]: no point 'nowhere' in this version",
    ]
    v3 = make_plan(version="v3", date="2025-12-02", supersedes="v2",
                   alignment={"against": "v0"})
    found = _by_rule(_problems(tmp_path / "b", make_plan(version="v2"), v3))["reference"]
    assert found == ["$.alignment.against: version accord@v0 does not exist"]
