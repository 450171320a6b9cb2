"""The cyclic collector pause: on inside, restored after, nested pauses leave it off."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from plandiff.collector import collector_paused
from plandiff.plans.loading import read_plan_file
from plandiff.render.json import render_json
from tests.helpers import PLANS


def test_the_collector_is_paused_inside_and_restored_after_even_on_error() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_pause_inside_a_pause_leaves_the_collector_off_until_the_outer_one_ends() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_loading_and_the_diff_json_restore_the_collector(tmp_path: Path) -> None:
    from plandiff.engine.compare import compare

    old = read_plan_file(PLANS / "peace-framework" / "2025-11-20-us-28-point.json")
    new = read_plan_file(PLANS / "peace-framework" / "2025-12-24-20-point.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert read_plan_file(bad).plan is None
    assert old.plan is not None and new.plan is not None
    assert gc.isenabled()
    assert render_json(compare(old.plan, new.plan)).endswith("\n")
    assert gc.isenabled()
