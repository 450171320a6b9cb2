"""checked_config: the build settings of a plans tree read and checked against its plans in
one call, which ``build`` stops on and ``validate`` reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from plandiff.errors import InputError
from plandiff.plans.corpus import load_corpus
from plandiff.workflows.buildconfig import BuildConfig, checked_config
from tests.helpers import make_plan, write_plan


def _tree(tmp_path: Path, config: str | None) -> Path:
    root = tmp_path / "plans"
    write_plan(root, make_plan(version="v1"))
    write_plan(root, make_plan(version="v2", supersedes="v1", date="2025-11-21"))
    if config is not None:
        (root / "plandiff.json").write_text(config, encoding="utf-8")
    return root


def test_no_config_gives_the_defaults(tmp_path: Path) -> None:
    root = _tree(tmp_path, None)
    assert checked_config(root, load_corpus(root), "plans/plandiff.json") == BuildConfig()


def test_a_valid_config_is_returned(tmp_path: Path) -> None:
    root = _tree(tmp_path, '{"extra_pairs": [["accord@v1", "accord@v2"]], "history": false}')
    config = checked_config(root, load_corpus(root), "plans/plandiff.json")
    assert config.extra_pairs == (("accord@v1", "accord@v2"),) and not config.history


def test_a_pair_naming_no_version_raises_with_every_problem(tmp_path: Path) -> None:
    root = _tree(tmp_path, '{"extra_pairs": [["accord@v0", "accord@v9"]]}')
    with pytest.raises(InputError) as caught:
        checked_config(root, load_corpus(root), "plans/plandiff.json")
    assert [p.format() for p in caught.value.problems] == [
        "plans/plandiff.json:1:19: $.extra_pairs[0][0]: accord@v0: no such version in the "
        "plans tree",
        "plans/plandiff.json:1:32: $.extra_pairs[0][1]: accord@v9: no such version in the "
        "plans tree"]
    assert caught.value.message == caught.value.problems[0].format()


def test_a_config_the_schema_refuses_raises_before_the_plans_are_read(tmp_path: Path) -> None:
    root = _tree(tmp_path, '{"history": "yes"}')
    with pytest.raises(InputError, match=r"plans/plandiff\.json:1:13: \$\.history"):
        checked_config(root, load_corpus(root), "plans/plandiff.json")
