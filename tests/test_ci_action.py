"""Validation in other repositories' CI: the composite GitHub Action, the pre-commit hook,
and CI annotations that land on the right line."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from tests.helpers import REPO, Run, make_plan, write_plan


def _load(name: str) -> Any:
    return yaml.safe_load((REPO / name).read_text(encoding="utf-8"))


def test_action_is_a_composite_that_runs_validate_with_github_annotations() -> None:
    action = _load("action.yml")
    assert {"paths", "version"} <= set(action["inputs"])
    assert action["inputs"]["paths"]["default"] == "plans"
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    scripts = "\n".join(step.get("run", "") for step in steps)
    assert "plandiff validate --format github" in scripts
    assert '"$ACTION_PATH"' in scripts  # installs the action's own checkout ...
    assert '"plandiff==$PLANDIFF_VERSION"' in scripts  # ... or the version asked for
    apt = next(step for step in steps if "apt-get" in step.get("run", ""))
    assert apt["if"] == "${{ inputs.render == 'true' }}"  # only when rendering is asked
    for step in steps:  # inputs reach the shell through the environment, never inlined
        assert "${{ inputs." not in step.get("run", "")


def test_pre_commit_hook_exposes_plandiff_validate() -> None:
    (hook,) = _load(".pre-commit-hooks.yaml")
    assert hook["id"] == "plandiff-validate"
    assert hook["entry"] == "plandiff validate"
    assert re.search(hook["files"], "plans/accord/v1.json")
    assert re.search(hook["exclude"], "plans/plandiff.json")
    assert re.search(hook["exclude"], "plans/topics.json")
    assert re.search(hook["files"], "data/plans/accord/v1.json")
    # Another repository's other JSON files are no plan files: validating them as plans
    # failed every commit that touched one.
    for other in ("package.json", "tsconfig.json", ".vscode/settings.json", "schemas/x.json",
                  "explans/x.json"):
        assert not re.search(hook["files"], other), other


BROKEN = """{
  "document": "accord",
  "version": "v1",
  "title": "Accord",
  "date": "2025-11-20",
  "status": "draft",
  "text_kind": "paraphrase",
  "language": "en",
  "sources": [{"title": "Report", "publisher": "Outlet", "url": "https://example.org/r"}],
  "points": [
    {
      "id": "one",
      "number": "1",
      "text": "Ceasefire.",
      "topics": ["ceasefire", "not-a-topic"]
    },
    {
      "id": "one",
      "number": "2",
      "text": "Duplicate id.",
      "derived_from": ["accord@v0#x"]
    }
  ]
}
"""


def _annotations(out: str) -> list[tuple[str, int, str]]:
    found = []
    for line in out.splitlines():
        match = re.match(r"::error file=([^,]+),line=(\d+),.*?::(.*)$", line)
        assert match, line
        found.append((match[1], int(match[2]), match[3]))
    return found


def _line_of(text: str, needle: str) -> int:
    (index,) = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return index


def test_annotations_land_on_the_offending_line(cli: Callable[..., Run],
                                                tmp_path: Path) -> None:
    path = tmp_path / "plans" / "accord" / "v1.json"
    path.parent.mkdir(parents=True)
    path.write_text(BROKEN, encoding="utf-8")
    run = cli("validate", "--format", "github", str(tmp_path / "plans"))
    assert run.code == 1
    found = {message.split(":", 1)[0]: line for _, line, message in _annotations(run.out)}
    assert found["$.points[0].topics[1]"] == _line_of(BROKEN, '"not-a-topic"')
    ids = [i for i, line in enumerate(BROKEN.splitlines(), 1) if '"id": "one"' in line]
    assert found["$.points[1].id"] == ids[1]
    assert found["$.points[1].derived_from[0]"] == _line_of(BROKEN, "accord@v0#x")


def test_schema_error_annotation_lands_on_its_line(cli: Callable[..., Run],
                                                   tmp_path: Path) -> None:
    plan = make_plan(version="v1")
    plan["points"][1]["points"][0]["number"] = 7  # not a string
    path = write_plan(tmp_path / "plans", plan)
    text = path.read_text(encoding="utf-8")
    run = cli("validate", "--format", "github", str(tmp_path / "plans"))
    assert run.code == 1
    ((file, line, message),) = _annotations(run.out)
    assert file.endswith("accord/v1.json")
    assert message.startswith("$.points[1].points[0].number:")
    assert line == _line_of(text, '"number": 7')


def test_json_syntax_error_annotation_has_line_and_column(cli: Callable[..., Run],
                                                          tmp_path: Path) -> None:
    path = tmp_path / "plans" / "accord" / "v1.json"
    path.parent.mkdir(parents=True)
    text = json.dumps(make_plan(version="v1"), indent=2).replace('"draft",', '"draft"', 1)
    path.write_text(text, encoding="utf-8")
    run = cli("validate", "--format", "github", str(tmp_path / "plans"))
    assert run.code == 1
    ((_, line, message),) = _annotations(run.out)
    assert "invalid JSON" in message
    assert line == _line_of(text, '"draft"') + 1  # the parser stops on the next line


def _pre_commit(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """The real pre-commit (from the test dependencies) trying this repository's hook on
    every file of ``repo``, its environments kept under ``home``."""
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "plandiff-validate",
         "--all-files", "--verbose"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=1200, check=False)


def test_the_real_pre_commit_runs_the_hook_on_plan_files_only(tmp_path: Path) -> None:
    """The hook as another repository uses it: pre-commit installs plandiff from this
    repository into its own environment and runs ``plandiff validate`` on the plan files it
    selects. A broken plan fails the commit with its place; the repository's other JSON
    (package.json) is never read; a valid plan passes."""
    assert importlib.util.find_spec("pre_commit") is not None, \
        "pre-commit is a test dependency (pip install -e '.[test]')"
    repo = tmp_path / "other"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    write_plan(repo / "plans", make_plan(version="v1"))
    (repo / "plans" / "accord" / "v2.json").write_text(BROKEN.replace('"v1"', '"v2"'),
                                                       encoding="utf-8")
    (repo / "package.json").write_text('{"name": "site", "version": "1.0.0"}\n',
                                       encoding="utf-8")
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True)
    failed = _pre_commit(repo, tmp_path / "cache")
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "plans/accord/v2.json" in output and "not-a-topic" in output, output
    assert "plans/accord/v1.json" not in output.split("plandiff validate", 1)[1], output
    assert "package.json" not in output, output
    (repo / "plans" / "accord" / "v2.json").unlink()
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True)
    passed = _pre_commit(repo, tmp_path / "cache")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout, passed.stdout
