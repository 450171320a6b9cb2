"""`plandiff validate`: every rule with a failing and a passing case, the error text (file and
JSON path), the output formats and the exit codes."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from plandiff.errors import ExitCode
from plandiff.workflows.validate import validate_paths
from tests.helpers import Run, assert_no_traceback, make_plan, write_plan

Cli = Callable[..., Run]


def _tree(tmp_path: Path, *plans: dict[str, Any]) -> Path:
    root = tmp_path / "plans"
    root.mkdir(exist_ok=True)
    for plan in plans:
        write_plan(root, plan)
    return root


def _messages(root: Path) -> list[str]:
    return [p.format() for p in validate_paths([root]).problems]


def test_valid_tree_passes(tmp_path: Path, cli: Cli) -> None:
    v1 = make_plan()
    v2 = make_plan(version="v2", supersedes="v1", date="2025-12-01",
                   points=[{"id": "one", "number": "1", "text": "Changed.", "topics": ["ceasefire"],
                            "derived_from": ["accord@v1#one"]}])
    root = _tree(tmp_path, v1, v2)
    assert _messages(root) == []
    run = cli("validate", str(root))
    assert run.code == ExitCode.OK
    assert "2 plan file(s) valid" in run.err


def test_duplicate_ids_at_any_level(tmp_path: Path) -> None:
    plan = make_plan()
    plan["points"][1]["points"][0]["id"] = "one"
    root = _tree(tmp_path, plan)
    [message] = _messages(root)
    assert message.endswith("$.points[1].points[0].id: duplicate point id 'one' "
                            "(first used at $.points[0])")
    assert "accord/v1.json:" in message


def test_supersedes_must_resolve(tmp_path: Path) -> None:
    root = _tree(tmp_path, make_plan(version="v2", supersedes="v1"))
    [message] = _messages(root)
    assert "$.supersedes: supersedes 'v1', but accord@v1 does not exist" in message


def test_dates_must_not_run_backwards(tmp_path: Path) -> None:
    root = _tree(tmp_path, make_plan(date="2025-12-01"),
                 make_plan(version="v2", supersedes="v1", date="2025-11-01"))
    [message] = _messages(root)
    assert re.search(r"v2\.json:\d+:\d+: \$\.date: date 2025-11-01 is earlier than 2025-12-01",
                     message)


def test_supersedes_cycle_is_found(tmp_path: Path) -> None:
    root = _tree(tmp_path, make_plan(supersedes="v2"), make_plan(version="v2", supersedes="v1"))
    messages = _messages(root)
    assert len(messages) == 2 and all("loops back" in m for m in messages)


def test_derived_from_must_resolve(tmp_path: Path) -> None:
    v2 = make_plan(version="v2", supersedes="v1", points=[
        {"id": "x", "number": "1", "text": "t", "topics": ["ceasefire"],
         "derived_from": ["accord@v1#nope", "other@v9#x", "accord@v2#x"]}])
    root = _tree(tmp_path, make_plan(), v2)
    messages = _messages(root)
    assert any("$.points[0].derived_from[0]: accord@v1#nope: no point 'nope' in accord@v1" in m
               for m in messages)
    assert any("derived_from[1]: other@v9#x: version other@v9 does not exist" in m
               for m in messages)
    assert any("derived_from[2]: accord@v2#x points into its own version" in m for m in messages)


def test_derived_from_across_documents(tmp_path: Path) -> None:
    other = make_plan(document="other", points=[
        {"id": "y", "number": "1", "text": "t", "topics": ["sanctions"],
         "derived_from": ["accord@v1#two-a"]}])
    root = _tree(tmp_path, make_plan(), other)
    assert _messages(root) == []


def test_derived_from_a_later_version_is_flagged(tmp_path: Path) -> None:
    early = make_plan(document="other", date="2025-01-01", points=[
        {"id": "y", "number": "1", "text": "t", "topics": ["sanctions"],
         "derived_from": ["accord@v1#one"]}])
    root = _tree(tmp_path, make_plan(), early)
    [message] = _messages(root)
    assert "derived from a later version" in message


def test_topics_must_be_in_vocabulary(tmp_path: Path) -> None:
    plan = make_plan()
    plan["points"][0]["topics"] = ["ceasefire", "weather"]
    root = _tree(tmp_path, plan)
    [message] = _messages(root)
    assert "$.points[0].topics[1]: unknown topic 'weather'" in message


def test_tree_topics_file_extends_vocabulary(tmp_path: Path) -> None:
    plan = make_plan()
    plan["points"][0]["topics"] = ["weather"]
    root = _tree(tmp_path, plan)
    (root / "topics.json").write_text(json.dumps(
        {"topics": [{"id": "weather", "labels": {"en": "Weather"}}]}), encoding="utf-8")
    assert _messages(root) == []


def test_path_must_match_document_and_version(tmp_path: Path) -> None:
    root = tmp_path / "plans"
    write_plan(root, make_plan(), name="accord/v2.json")
    [message] = _messages(root)
    assert "file should be at accord/v1.json" in message


def test_same_version_twice(tmp_path: Path) -> None:
    root = tmp_path / "plans"
    write_plan(root, make_plan())
    write_plan(root, make_plan(), name="accord/sub/v1.json")
    messages = _messages(root)
    assert sum("is also defined in" in m for m in messages) == 2


def test_translation_of_must_resolve_and_differ_in_language(tmp_path: Path) -> None:
    ja = make_plan(version="v1-ja", language="ja", text_kind="translation", translation_of="v1")
    root = _tree(tmp_path, make_plan(), ja)
    assert _messages(root) == []
    bad = make_plan(version="v1-en2", translation_of="v1")
    missing = make_plan(version="v1-uk", language="uk", translation_of="v0")
    root = _tree(tmp_path, bad, missing)
    messages = _messages(root)
    assert any("same language" in m for m in messages)
    assert any("accord@v0 does not exist" in m for m in messages)


def test_every_error_in_every_file_is_collected(tmp_path: Path, cli: Cli) -> None:
    a = make_plan(status="final", date="nope")
    b = make_plan(document="other")
    b["points"][0]["topics"] = ["weather"]
    root = _tree(tmp_path, a, b)
    (root / "broken").mkdir()
    (root / "broken" / "x.json").write_text("{\n  \"a\": 1,\n  oops\n}", encoding="utf-8")
    run = cli("validate", str(root))
    assert run.code == ExitCode.FINDINGS
    lines = run.out.strip().splitlines()
    assert any(line.endswith(": $.status: 'final' is not one of ['official', 'draft', "
                             "'leaked-draft', 'proposal', 'counter-proposal', 'reported', "
                             "'agreed', 'signed']") for line in lines)
    assert any(": $.date:" in line for line in lines)
    assert any("unknown topic 'weather'" in line for line in lines)
    assert any(line.endswith("x.json:3:3: invalid JSON: Expecting property name enclosed in "
                             "double quotes") for line in lines)
    assert "problem(s) in 3 of 3 plan file(s)" in run.err


def test_json_format(tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path, make_plan(status="final"))
    run = cli("validate", str(root), "--format", "json")
    assert run.code == ExitCode.FINDINGS
    payload = json.loads(run.out)
    assert payload["valid"] is False
    [problem] = payload["problems"]
    assert problem["path"] == "$.status" and problem["rule"] == "schema"
    assert problem["line"] == 6


def test_github_format_has_file_and_line(tmp_path: Path, cli: Cli) -> None:
    plan = make_plan()
    plan["points"][1]["points"][0]["topics"] = ["weather"]
    root = _tree(tmp_path, plan)
    run = cli("validate", str(root), "--format", "github")
    assert run.code == ExitCode.FINDINGS
    [line] = run.out.strip().splitlines()
    assert line.startswith("::error file=")
    assert "accord/v1.json,line=" in line
    text = (root / "accord" / "v1.json").read_text(encoding="utf-8").splitlines()
    number = int(line.split("line=")[1].split(",")[0])
    assert '"weather"' in text[number - 1]
    assert line.endswith("::$.points[1].points[0].topics[0]: unknown topic 'weather' "
                         "(not in schemas/topics.json or plans/topics.json)")


def test_missing_path_is_an_input_error(tmp_path: Path, cli: Cli) -> None:
    run = cli("validate", str(tmp_path / "nope"))
    assert run.code == ExitCode.INPUT
    assert "nope: no such file or directory" in run.err
    assert_no_traceback(run)


def test_default_path_is_plans(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, make_plan())
    monkeypatch.chdir(tmp_path)
    run = cli("validate")
    assert run.code == ExitCode.OK


def test_single_file_resolves_references_in_its_tree(tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path, make_plan(),
                 make_plan(version="v2", supersedes="v1", date="2025-12-01"))
    run = cli("validate", str(root / "accord" / "v2.json"))
    assert run.code == ExitCode.OK, run.out + run.err


def test_schema_command_prints_the_schema(cli: Cli) -> None:
    run = cli("schema")
    assert run.code == ExitCode.OK
    assert json.loads(run.out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert json.loads(cli("schema", "--topics").out)["title"] == "plandiff topic vocabulary"


def test_shipped_plans_validate(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.helpers import REPO

    monkeypatch.chdir(REPO)
    run = cli("validate", "plans")
    assert run.code == ExitCode.OK, run.out


def test_a_document_folder_validates_like_its_tree(tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path, make_plan(), make_plan(version="v2", supersedes="v1",
                                                  date="2025-12-01"))
    run = cli("validate", str(root / "accord"))
    assert run.code == ExitCode.OK, run.out
    write_plan(root, make_plan(), name="accord/v9.json")
    run = cli("validate", str(root / "accord"))
    assert run.code == ExitCode.FINDINGS
    assert "file should be at accord/v1.json" in run.out


def test_not_reported_must_resolve_and_not_contradict_derived_from(tmp_path: Path) -> None:
    v2 = make_plan(version="v2", supersedes="v1", not_reported=[
        "accord@v1#nope", "accord@v1#two", "accord@v2#x"], points=[
        {"id": "x", "number": "1", "text": "t", "topics": ["ceasefire"],
         "derived_from": ["accord@v1#two"]}])
    root = _tree(tmp_path, make_plan(), v2)
    messages = _messages(root)
    assert any(re.search(r"v2\.json:\d+:\d+: \$\.not_reported\[0\]: accord@v1#nope: no point "
                         "'nope' in accord@v1", m) for m in messages)
    assert any("$.not_reported[1]: accord@v1#two is listed as not reported, but a point of "
               "this version is derived from it" in m for m in messages)
    assert any("$.not_reported[2]: accord@v2#x points into its own version" in m
               for m in messages)
    assert len(messages) == 3


def test_not_reported_points_of_an_earlier_version_are_valid(tmp_path: Path) -> None:
    v2 = make_plan(version="v2", supersedes="v1", date="2025-12-01",
                   not_reported=["accord@v1#two-a"])
    root = _tree(tmp_path, make_plan(), v2)
    assert _messages(root) == []


def test_source_ids_are_unique_in_a_version(tmp_path: Path) -> None:
    plan = make_plan()
    first = plan["sources"][0]
    plan["sources"] = [{"id": "S1", **first}, {"id": "S2", **first, "url": "https://b.example/x"},
                       {"id": "S1", **first, "url": "https://c.example/y"}]
    root = _tree(tmp_path, plan)
    [message] = _messages(root)
    assert re.search(r"v1\.json:\d+:\d+: \$\.sources\[2\]\.id: duplicate source id 'S1' "
                     r"\(first used at \$\.sources\[0\]\)$", message)


def test_strict_says_the_warnings_fail_and_json_agrees_with_the_exit_code(
        tmp_path: Path, cli: Cli) -> None:
    """With --strict a warning fails the run: the summary must not call the files valid, and
    the JSON's "valid" must agree with the exit code (it said true while exiting 1)."""
    plan = make_plan(points=[{"id": "one", "number": "1", "text": "As set out in point 4."}])
    path = write_plan(_tree(tmp_path), plan)
    plain = cli("validate", str(path))
    assert plain.code == ExitCode.OK and "1 plan file(s) valid" in plain.err
    strict = cli("validate", str(path), "--strict")
    assert strict.code == ExitCode.FINDINGS
    assert "valid" not in strict.err
    assert "1 warning(s) in 1 of 1 plan file(s), which fail with --strict" in strict.err
    as_json = json.loads(cli("validate", str(path), "--strict", "--format", "json").out)
    assert as_json["valid"] is False and as_json["problems"] == []
    assert json.loads(cli("validate", str(path), "--format", "json").out)["valid"] is True


def test_a_folder_without_plan_files_gets_no_contradicting_summary(
        tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "empty").mkdir()
    run = cli("validate", str(tmp_path / "empty"))
    assert run.code == ExitCode.INPUT
    assert "no plan files" in run.err + run.out
    assert "0 problem(s)" not in run.err


def test_a_file_with_schema_errors_gets_its_cross_file_problems_in_the_same_run(
        tmp_path: Path, cli: Cli) -> None:
    """One broken field must not hide the file's duplicate ids, dangling links and unknown
    topics until a second run: a CI user fixes everything in one round."""
    v2 = make_plan(version="v2", supersedes="v1", date="2025-12-01", status="final", points=[
        {"id": "x", "number": "1", "text": "t", "topics": ["ceasefire", "weather"],
         "derived_from": ["accord@v1#nope", "accord@v1#one"]},
        {"id": "x", "number": "2", "text": "u", "topics": ["elections"], "derived_from": 7}])
    v2["sources"].append({"id": "s", "title": "A", "url": "https://example.org/a"})
    v2["sources"].append({"id": "s", "title": "B", "url": "https://example.org/b"})
    root = _tree(tmp_path, make_plan(), v2)
    messages = _messages(root)
    assert any(": $.status: 'final' is not one of" in m for m in messages)
    assert any(": $.points[1].derived_from: 7 is not of type 'array'" in m for m in messages)
    assert any("$.points[1].id: duplicate point id 'x' (first used at $.points[0])" in m
               for m in messages)
    assert any("$.sources[2].id: duplicate source id 's'" in m for m in messages)
    assert any("$.points[0].topics[1]: unknown topic 'weather'" in m for m in messages)
    assert any("$.points[0].derived_from[0]: accord@v1#nope: no point 'nope' in accord@v1" in m
               for m in messages)
    assert not any("derived_from[1]" in m for m in messages)
    run = cli("validate", str(root))
    assert run.code == ExitCode.FINDINGS
    assert_no_traceback(run)


def test_a_file_whose_head_is_broken_still_gets_its_id_checks(tmp_path: Path) -> None:
    """No usable document, version or date: the references cannot be resolved (nothing is
    said about them), the ids still can."""
    plan = make_plan(version=3, date="later")
    plan["points"][1]["points"][0]["id"] = "one"
    plan["points"][0]["derived_from"] = ["accord@v0#one"]
    root = _tree(tmp_path, plan, make_plan(version="v0"))
    (root / "accord" / "3.json").rename(root / "accord" / "v3.json")
    messages = _messages(root)
    assert any("duplicate point id 'one'" in m for m in messages)
    assert any(": $.version: 3 is not of type 'string'" in m for m in messages)
    assert not any("accord@v0#one" in m for m in messages)


def test_a_broken_version_is_reported_once_not_as_missing_in_every_file_after_it(
        tmp_path: Path, cli: Cli) -> None:
    """A bad merge breaks v2 (one schema error). v3 supersedes it and derives every point
    from it: its references are not to a version that "does not exist" (the file is there,
    with its own problem), so v3 gets one line saying v2 cannot be read, not one per
    reference. Validated alone (as pre-commit passes only the changed file), v3 still fails
    with that line."""
    points = [{"id": f"p{i}", "number": str(i), "text": f"Clause {i}.", "topics": ["ceasefire"]}
              for i in range(1, 6)]
    v2 = make_plan(version="v2", supersedes="v1", date="2025-12-01", status="drafty",
                   points=points)
    v3 = make_plan(version="v3", supersedes="v2", date="2025-12-02", points=[
        {**p, "derived_from": [f"accord@v2#{p['id']}"]} for p in points])
    root = _tree(tmp_path, make_plan(), v2, v3)
    messages = _messages(root)
    v3_lines = [m for m in messages if "v3.json" in m]
    assert not any("does not exist" in m for m in messages), messages
    assert len(v3_lines) == 1, v3_lines
    assert "accord@v2" in v3_lines[0] and "v2.json" in v3_lines[0], v3_lines
    assert "not a valid plan" in v3_lines[0], v3_lines
    run = cli("validate", str(root / "accord" / "v3.json"))
    assert run.code == ExitCode.FINDINGS, run.err
    assert "not a valid plan" in run.out + run.err


def test_text_format_names_line_and_column_of_a_schema_error(tmp_path: Path, cli: Cli) -> None:
    """A user fixing a long plan file by hand jumps to FILE:LINE:COLUMN (as compilers print
    it, which editors and terminals turn into links), the JSON path still named after it."""
    plan = make_plan()
    plan["points"][1]["points"][0]["topics"] = ["weather"]
    root = _tree(tmp_path, plan)
    run = cli("validate", str(root))
    assert run.code == ExitCode.FINDINGS
    [line] = run.out.strip().splitlines()
    path = root / "accord" / "v1.json"
    text = path.read_text(encoding="utf-8").splitlines()
    head, rest = line.split(".json:", 1)
    number, column, where = rest.split(":", 2)
    assert head.endswith("accord/v1")
    assert text[int(number) - 1][int(column) - 1:].startswith('"weather"')
    assert where.startswith(" $.points[1].points[0].topics[0]: unknown topic 'weather'")


def test_a_missing_version_is_one_line_naming_how_many_places_refer_to_it(
        tmp_path: Path, cli: Cli) -> None:
    """v1's file was deleted (or never committed): v2 supersedes it and derives every point
    from it, and its Russian translation's points do too. One line says v1 is missing and how
    many places name it, at the first of them; the exit code is still 1. A version named by
    one place only keeps its own message there."""
    points = [{"id": f"p{i}", "number": str(i), "text": f"Clause {i}.", "topics": ["ceasefire"],
               "derived_from": [f"accord@v1#p{i}"]} for i in range(1, 6)]
    v2 = make_plan(version="v2", supersedes="v1", date="2025-12-01", points=points)
    v2_ru = make_plan(version="v2-ru", language="ru", translation_of="v2", date="2025-12-01",
                      points=points)
    lone = make_plan(document="other", points=[
        {"id": "x", "number": "1", "text": "t", "topics": ["ceasefire"],
         "derived_from": ["other@v9#x"]}])
    root = _tree(tmp_path, v2, v2_ru, lone)
    run = cli("validate", str(root))
    assert run.code == ExitCode.FINDINGS
    lines = run.out.strip().splitlines()
    about_v1 = [line for line in lines if "accord@v1" in line]
    assert len(about_v1) == 1, lines
    assert about_v1[0].endswith("version accord@v1 does not exist: 11 places in 2 files "
                                "refer to it (the first is here)"), about_v1
    assert "accord/v2-ru.json:" in about_v1[0]  # the first place, in the order lines are in
    assert ": $.points[0].derived_from[0]: " in about_v1[0]
    assert any(line.endswith("$.points[0].derived_from[0]: other@v9#x: version other@v9 does "
                             "not exist") for line in lines), lines
    assert "problem(s) in 3 of 3 plan file(s)" in run.err


def test_a_number_given_as_an_id_is_one_problem(tmp_path: Path) -> None:
    """A hand edit wrote a point's id as a number: it is not a string, and that is all that is
    wrong with it (the rule against '..' in an id is about strings)."""
    plan = make_plan()
    plan["points"][1]["id"] = 123
    root = _tree(tmp_path, plan)
    messages = _messages(root)
    assert [m.split(": ", 1)[1] for m in messages] == [
        "$.points[1].id: 123 is not of type 'string'"], messages


@pytest.mark.parametrize(("config", "expected"), [
    ('{"formats": ["pdf", "word"]}', "plandiff.json:1:21: $.formats[1]: 'word' is not one of"),
    ('{"extra_pair": []}', "plandiff.json:1:1: $: unknown field ('extra_pair' was unexpected)"),
    ('{"extra_pairs": [["accord@v1", "accord@v9"]]}',
     "plandiff.json:1:32: $.extra_pairs[0][1]: accord@v9: no such version in the plans tree"),
    ('{"extra_pairs": [["accord@v1", "accord@v1"]]',  # unterminated
     "plandiff.json:1:45: invalid JSON"),
])
def test_the_build_config_is_validated_with_the_tree(tmp_path: Path, cli: Cli, config: str,
                                                      expected: str) -> None:
    """A broken plans/plandiff.json is found by `validate` (what CI runs), not first by
    `build`; plan files and the config are checked alike, with the line and column."""
    root = _tree(tmp_path, make_plan())
    (root / "plandiff.json").write_text(config, encoding="utf-8")
    run = cli("validate", str(root))
    assert run.code == ExitCode.FINDINGS
    assert_no_traceback(run)
    assert run.err.strip().endswith("1 problem(s) in 0 of 1 plan file(s) and in "
                                    + str(root / "plandiff.json"))
    [line] = [x for x in run.out.splitlines() if "plandiff.json" in x]
    assert line.split("plans/", 1)[1].startswith(expected), line
    # a single plan file of the tree is validated with its tree's config too
    assert cli("validate", str(root / "accord" / "v1.json")).code == ExitCode.FINDINGS


def test_a_valid_build_config_passes(tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path, make_plan(), make_plan(version="v2", date="2025-12-01"))
    (root / "plandiff.json").write_text('{"extra_pairs": [["accord@v1", "accord@v2"]]}',
                                        encoding="utf-8")
    run = cli("validate", str(root))
    assert run.code == ExitCode.OK, run.out
    assert run.err.strip().endswith("2 plan file(s) and " + str(root / "plandiff.json") + " valid")


def test_a_config_problem_names_the_pair_where_it_stands(tmp_path: Path, cli: Cli) -> None:
    """A pair given twice is built once; a later pair's problem still names its own index."""
    root = _tree(tmp_path, make_plan(), make_plan(version="v2", date="2025-12-01"))
    (root / "plandiff.json").write_text(
        '{"extra_pairs": [\n  ["accord@v1", "accord@v2"],\n  ["accord@v1", "accord@v2"],\n'
        '  ["accord@v1", "accord@v9"]\n]}', encoding="utf-8")
    run = cli("validate", str(root))
    assert run.code == ExitCode.FINDINGS
    assert "plandiff.json:4:17: $.extra_pairs[2][1]: accord@v9: no such version" in run.out
